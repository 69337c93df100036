/*
 * Page furniture (see dyad/furniture.h): which sentences of a scraped story
 * are not news, and the dateline on the front of the first one.
 *
 * Every rule reads the shape of the text, never a publisher's strings:
 * - datelines: at the start of one of the first paragraphs, a run of
 *   capitalised words, numbers, commas and a bracketed agency, closed by a
 *   spaced dash and followed by the start of a sentence, with an ALL-CAPS
 *   place, a bracketed agency or a one-word source name as evidence;
 * - labels: "Photo:", "Image caption", "Read more:", "Watch:";
 * - small vocabulary classes (appeal verbs in the imperative with a reader
 *   cue such as "you", "our", "newsletter"; page-interface words;
 *   journalist nouns; credit lines in brackets or with a slash);
 * - position: sign-offs and author notes close a story, bylines and
 *   timestamps open it, everything after a sign-off block is furniture.
 * A sentence with quotation marks or a reporting verb is never an appeal,
 * a prompt or a link: that is someone's speech, which is news.
 */
#include <string.h>

#include "ctx_internal.h"
#include "furniture_internal.h"

/* A one-word source name with an odd shape: a dot inside ("FT.com") or an
 * inner capital ("NewsFactor"). */
static int odd_name(const fx *x, const dyad_token *t)
{
	const char *s = x->d->text.buf + t->off;
	uint32_t i;
	if (t->kind != DYAD_TOK_WORD || !cap(t))
		return 0;
	for (i = 1; i + 1 < t->len; i++)
		if (s[i] == '.' || (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z'))
			return 1;
	return 0;
}

const char *const dyad__furn_months[] = {
	"jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr",
	"apr.", "april", "may", "jun", "jun.", "june", "jul", "jul.", "july", "aug", "aug.",
	"august", "sep", "sep.", "sept", "sept.", "september", "oct", "oct.", "october", "nov",
	"nov.", "november", "dec", "dec.", "december", NULL,
};

/* ---- Datelines --------------------------------------------------------- */

/* The paragraph's last token (one past) from sentence s. */
static uint32_t para_end(const fx *x, size_t s)
{
	uint32_t p = x->se[s].para;
	while (s + 1 < x->ns && x->se[s + 1].para == p)
		s++;
	return x->se[s].tok_end;
}

/* The place name at the front of a dateline segment [b, e): its leading
 * capitalised words, unless they are a date. */
static void place_of(fx *x, uint32_t b, uint32_t e, int paren)
{
	uint32_t k = b, letters = 0;
	if (x->out->dateline_place[1])
		return;
	while (k < e && wordish(&x->t[k]) && cap(&x->t[k]) && !dyad__in_list(x->t[k].lower, dyad__furn_months)) {
		letters += x->t[k].len;
		k++;
	}
	/* without a bracketed agency a short capital word is the agency
	 * itself ("AP -", "AFP -"), not a place */
	if (k == b || (!paren && letters < 4))
		return;
	x->out->dateline_place[0] = b;
	x->out->dateline_place[1] = k;
}

/* Words that open a sentence or label a line, never a dateline's place. */
static const char *const not_place[] = {
	"on", "in", "at", "by", "for", "from", "with", "after", "before", "since", "meanwhile",
	"however", "also", "but", "and", "the", "this", "that", "yesterday", "today", "earlier",
	"later", "last", "next", "then", "now", "still", "yet", "so", "as", "if", "when", "while",
	"note", "update", "updated", "breaking", "news", "exclusive", "analysis", "opinion",
	"editorial", "comment", "factbox", "explainer", "watch", "live", "video", "photos",
	"correction", "urgent", "flash", "alert", "related", "read", "also", "more", "advisory",
	"attn", "editors", "tops", "graphic", "poll", "review", "interview", "timeline", "quote",
	"quotes", "table", "summary", "background", "q", "a", "source", "sources", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
};

/* [b, k) before a colon is a place in capitals ("NEW DELHI:", "ISLAMABAD:"):
 * one to three ALL-CAPS words, not a label ("UPDATE:", "BREAKING NEWS:"),
 * and the story's first sentence starts after it. */
static int colon_place(const fx *x, uint32_t b, uint32_t k)
{
	uint32_t j, letters = 0;
	if (k == b || k > b + 3 || k + 1 >= x->d->n_toks || !cap(&x->t[k + 1]) || !wordish(&x->t[k + 1]))
		return 0;
	for (j = b; j < k; j++) {
		if (x->t[j].kind != DYAD_TOK_WORD || !(x->t[j].flags & DYAD_TOKF_ALLCAPS) ||
			dyad__in_list(x->t[j].lower, not_place) || dyad__in_list(x->t[j].lower, dyad__furn_months))
			return 0;
		letters += x->t[j].len;
	}
	return letters >= 4;
}

/* [b, k) before a dash is a place and its region in mixed case
 * ("Jerusalem, Israel -", "Lagos, Nigeria -"): capitalised names in two or
 * three parts between commas, no numbers, no sentence opener. */
static int comma_place(const fx *x, uint32_t b, uint32_t k)
{
	uint32_t j, words = 0, commas = 0;
	if (k - b > 8)
		return 0;
	for (j = b; j < k; j++) {
		if (punct(&x->t[j], ",")) {
			if (!words || punct(&x->t[j - 1], ","))
				return 0;
			commas++;
		} else if (x->t[j].kind == DYAD_TOK_WORD && cap(&x->t[j]) && !dyad__in_list(x->t[j].lower, not_place) &&
			!dyad__in_list(x->t[j].lower, dyad__furn_months))
			words++;
		else
			return 0;
	}
	return commas >= 1 && commas <= 2 && !punct(&x->t[k - 1], ",");
}

/* Walk from token b (a paragraph's first) over the dateline shape, across
 * sentence ends ("TROIS-RIVIERES, Que. (CP) -"), and return one past its
 * closing dash, or 0 when there is none. Segments between dashes: each is
 * capitalised words, numbers, commas, periods and at most one bracketed
 * group; the last needs evidence (an ALL-CAPS word outside brackets, a
 * bracketed group, or a lone odd-shaped name); earlier ones are short. */
static uint32_t dateline_end(fx *x, uint32_t b, uint32_t lim)
{
	uint32_t k, seg = b, best = 0, seg_ntok = 0, best_seg = 0, pstart = 0;
	int depth = 0, allcaps = 0, paren = 0, odd = 0, best_paren = 0, stamp = 0;

	if (lim > b + 18)
		lim = b + 18;
	for (k = b; k < lim; k++) {
		const dyad_token *t = &x->t[k];
		/* "NEW DELHI: The ..." */
		if (depth == 0 && punct(t, ":") && seg == b && colon_place(x, b, k)) {
			best = k + 1;
			best_seg = seg;
			best_paren = 0;
			break;
		}
		if (depth == 0 && dash(t) && seg_ntok > 0) {
			int valid = allcaps || paren || (seg_ntok == 1 && odd) || (seg == b && comma_place(x, b, k));
			if (valid) {
				best = k + 1;
				best_seg = seg;
				best_paren = paren;
			} else if (seg_ntok > 4)
				break;
			seg = k + 1;
			seg_ntok = 0;
			allcaps = paren = odd = 0;
			continue;
		}
		if (punct(t, "(")) {
			if (depth++ || paren)
				break;
			paren = 1;
			pstart = k;
			continue;
		}
		if (punct(t, ")")) {
			if (--depth < 0)
				break;
			/* no dash: an ALL-CAPS place, a date in or before a
			 * bracket holding a source, then the story ("PRETORIA
			 * (Agency / Wire - 23rd January, 2023) The ...", "CAIRO,
			 * March 4, 2024 (Wire/Agency) Egypt ...") */
			if (allcaps && stamp && k + 1 < lim && seg == b && cap(&x->t[k + 1]) && wordish(&x->t[k + 1])) {
				best = k + 1;
				best_seg = seg;
				best_paren = 1;
				break;
			}
			/* "Moscow, (Asian independent) North Korean leader ...": a
			 * place, a comma and a short bracketed source, no dash */
			if (seg == b && pstart > b + 1 && k - pstart >= 2 && k - pstart <= 5 && k + 1 < lim
				&& punct(&x->t[pstart - 1], ",") && cap(&x->t[pstart + 1])
				&& cap(&x->t[k + 1]) && wordish(&x->t[k + 1])) {
				best = k + 1;
				best_seg = seg;
				best_paren = 1;
				break;
			}
			continue;
		}
		if (depth > 0) {
			if (!wordish(t) && t->kind != DYAD_TOK_NUMBER && t->kind != DYAD_TOK_SYMBOL &&
				!punct(t, ".") && !punct(t, "/") && !punct(t, ",") && !dash(t))
				break;
			stamp |= wordish(t) && dyad__in_list(t->lower, dyad__furn_months);
			seg_ntok++;
			continue;
		}
		if (wordish(t) && cap(t) && !strpbrk(t->lower, "0123456789")) {
			allcaps |= (t->flags & DYAD_TOKF_ALLCAPS) != 0;
			odd |= odd_name(x, t);
			stamp |= k > b && dyad__in_list(t->lower, dyad__furn_months);
		} else if (t->kind != DYAD_TOK_NUMBER && !punct(t, ",") && !punct(t, "."))
			break;
		seg_ntok++;
	}
	if (!best || best >= x->d->n_toks)
		return 0;
	/* a dateline is followed by the start of a sentence, not by the rest
	 * of an aside ("NATO - which has 32 members - said") */
	{
		const dyad_token *nx = &x->t[best];
		if (!(cap(nx) || nx->kind == DYAD_TOK_NUMBER ||
			(nx->flags & DYAD_TOKF_QUOTE_OPEN) || (nx->flags & DYAD_TOKF_SENT_START)))
			return 0;
	}
	place_of(x, best_seg, best, best_paren);
	return best;
}

/* Sentence s is a paragraph of one line without a sentence end. */
static int one_line_para(const fx *x, size_t s)
{
	uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end;
	const dyad_token *z;
	if ((s + 1 < x->ns && x->se[s + 1].para == x->se[s].para) || b >= e || line_break_in(x, b, e))
		return 0;
	z = &x->t[e - 1];
	return !(z->kind == DYAD_TOK_PUNCT && strchr(".!?:", z->lower[0])) && n_words(x, b, e) <= 20;
}

static const char dateline_why[] = "dateline: capitalised place or source and a dash open the story";

/* Find the story's dateline: it opens the first sentence that is not
 * furniture (a byline or a caption may come first), at a paragraph start.
 * A scraped page often puts a headline, a caption or an appeal not
 * recognised as furniture before it, so the next few paragraphs are
 * looked at too, but there only a dateline with a bracketed agency
 * ("April 30 (Reuters) -") counts: a plain "WASHINGTON -" later on opens
 * a paragraph of the story. Sentences it covers whole are marked, the one
 * it ends in is cut; the dateline is one span (x->dl_*), however many
 * sentences the splitter made of it ("SAN FRANCISCO (CBS." "MW) - ..."). */
static void datelines(fx *x)
{
	size_t s, k, paras = 0;
	uint32_t b = 0, end = 0;
	int heads = 1;
	for (s = 0; s < x->ns && x->se[s].furniture; s++)
		;
	if (s == x->ns || (s > 0 && x->se[s - 1].para == x->se[s].para))
		return;
	for (; s < x->ns && paras < 8; s++) {
		if (x->se[s].furniture || (s > 0 && x->se[s - 1].para == x->se[s].para))
			continue;
		b = x->se[s].tok_begin;
		end = dateline_end(x, b, para_end(x, s));
		if (end && paras > 0 && (!heads || paras > 1 || dyad__in_list(x->t[b].lower, not_place) ||
			!strchr(".!?\"'", x->t[para_end(x, s) - 1].lower[0]))) {
			for (k = b; k < end && !punct(&x->t[k], "("); k++)
				;
			if (k == end) {
				x->out->dateline_place[0] = x->out->dateline_place[1] = 0;
				end = 0;
			}
		}
		if (end)
			break;
		paras++;
		/* a headline-like paragraph (one line, no sentence end) over
		 * it: the story starts below, where any dateline counts */
		heads &= one_line_para(x, s);
	}
	if (!end)
		return;
	x->dl_sent = s;
	x->dl_off = x->t[b].off;
	x->dl_len = x->t[end - 1].off + x->t[end - 1].len - x->dl_off;
	for (k = s; k < x->ns && x->se[k].tok_end <= end; k++)
		mark(x, k, DYAD_FURN_DATELINE, dateline_why);
	if (k < x->ns && x->se[k].tok_begin < end) {
		dyad_sentence *se = &x->se[k];
		dyad_token *nt = &x->d->toks[end];
		x->d->toks[se->tok_begin].flags &= (uint16_t)~DYAD_TOKF_SENT_START;
		nt->flags |= DYAD_TOKF_SENT_START;
		se->len -= nt->off - se->off;
		se->off = nt->off;
		se->tok_begin = end;
	}
}

/* ---- The document ------------------------------------------------------ */

/* A caption is the one-sentence paragraph a photo credit closes:
 * "Protesters gather in Kyiv on Monday. (AP Photo/Efrem Lukatsky)". */
static int credit_line(const fx *x, const char *why)
{
	return why && (!strncmp(why, "credit: a bracketed", 19) || !strcmp(why, "credit: a short credit line") ||
		!strcmp(why, "credit: an Agency/Name credit line") ||
		(x->d->lines_are_paras && !strcmp(why, "credit: a photo credit label")));
}

/* Sentences a and b (a < b) sit on lines next to each other, or in one
 * paragraph. */
static int adjacent(const fx *x, size_t a, size_t b)
{
	return x->se[a].para == x->se[b].para || (x->d->lines_are_paras && b == a + 1 && gap_lines(x, a, b) == 1);
}

/* Sentence o, a paragraph of its own on the line next to caption line c
 * (a paragraph), opens with the caption's first three words. */
static int alt_text(const fx *x, size_t c, size_t o)
{
	uint32_t a = x->se[o].tok_begin, b, k;
	size_t lo = c < o ? c : o, hi = c < o ? o : c;
	if ((x->se[o].furniture && x->se[o].furniture != DYAD_FURN_HEADING) || gap_lines(x, lo, hi) != 1 || (o > 0 && x->se[o - 1].para == x->se[o].para) ||
		(o + 1 < x->ns && x->se[o + 1].para == x->se[o].para))
		return 0;
	for (b = c; b > 0 && x->se[b - 1].para == x->se[c].para; b--)
		;
	b = x->se[b].tok_begin;
	for (k = 0; k < 3 && a + k < x->se[o].tok_end && b + k < x->d->n_toks &&
		!strcmp(x->t[a + k].lower, x->t[b + k].lower); k++)
		;
	return k == 3;
}

/* The sentences a credit closes its paragraph after are the photo's
 * caption: one or two short ones ("Kanaani speaks in Tehran. Kanaani
 * condemned the sanctions. (PHOTO / AP)"); on a page whose lines are
 * paragraphs, the whole line a credit ends, up to three sentences. */
static void captions(fx *x)
{
	size_t s, most = x->d->lines_are_paras ? 2 : 1;
	for (s = 1; s < x->ns; s++) {
		size_t c = s - 1, first = c;
		uint32_t p = x->se[s].para;
		if (x->se[s].furniture != DYAD_FURN_CREDIT || !credit_line(x, x->why[s]) ||
			x->se[c].furniture || x->se[c].para != p)
			continue;
		if (s + 1 < x->ns && x->se[s + 1].para == p)
			continue;
		while (first > 0 && x->se[first - 1].para == p && c - first < most)
			first--;
		if ((first > 0 && x->se[first - 1].para == p) ||
			x->se[c].tok_end - x->se[first].tok_begin > (first == c ? 60u : 30u + 30u * (uint32_t)most))
			continue;
		for (; first <= c; first++)
			if (!x->se[first].furniture)
				mark(x, first, DYAD_FURN_CAPTION, "caption: the sentences a photo credit closes");
	}
	/* a caption known by its position marker ("X (R) salutes ...") that
	 * opens its paragraph takes the paragraph's next sentence or two
	 * ("X began a two-day trip to Japan.") */
	for (s = 0; s < x->ns; s++) {
		size_t n;
		if (x->se[s].furniture != DYAD_FURN_CAPTION || !x->why[s]
			|| strncmp(x->why[s], "caption: a position marker", 26)
			|| (s > 0 && x->se[s - 1].para == x->se[s].para))
			continue;
		for (n = s + 1; n < x->ns && n <= s + 2 && x->se[n].para == x->se[s].para; n++)
			if (!x->se[n].furniture)
				mark(x, n, DYAD_FURN_CAPTION, "caption: the sentences after a marked caption");
	}
	/* a figure block: a credit line and one sentence, on two lines
	 * between blank lines ("AP file photo" over "A TV screen shows ...") */
	for (s = 0; x->d->lines_are_paras && s + 1 < x->ns; s++) {
		size_t c = x->se[s].furniture == DYAD_FURN_CREDIT ? s + 1 : s, cr = c == s ? s + 1 : s;
		if (x->se[cr].furniture != DYAD_FURN_CREDIT || x->se[c].furniture || !credit_line(x, x->why[cr]) ||
			gap_lines(x, s, s + 1) != 1 || (s > 0 && gap_lines(x, s - 1, s) < 2) ||
			(s + 2 < x->ns && gap_lines(x, s + 1, s + 2) < 2) || x->se[c].tok_end - x->se[c].tok_begin > 60)
			continue;
		mark(x, c, DYAD_FURN_CAPTION, "caption: the line a photo credit line stands with");
	}
	/* the image's alt text on the line above or below a caption line: a
	 * paragraph of one sentence opening with the caption's first words */
	for (s = 0; x->d->lines_are_paras && s < x->ns; s++) {
		size_t e = s, n;
		if (x->se[s].furniture != DYAD_FURN_CAPTION || (s > 0 && x->se[s - 1].para == x->se[s].para))
			continue;
		while (e + 1 < x->ns && x->se[e + 1].para == x->se[s].para)
			e++;
		if (s > 0 && alt_text(x, s, s - 1))
			mark(x, s - 1, DYAD_FURN_CAPTION, "caption: the alt text a caption repeats");
		n = e + 1;
		if (n < x->ns && alt_text(x, e, n))
			mark(x, n, DYAD_FURN_CAPTION, "caption: the alt text a caption repeats");
	}
}

static int same_text(const fx *x, size_t a, size_t b)
{
	return x->se[a].len == x->se[b].len &&
		!memcmp(x->d->text.buf + x->se[a].off, x->d->text.buf + x->se[b].off, x->se[a].len);
}

/* A caption closed by a credit in square brackets ("... in Khan Younis
 * [File: Name/Agency]"): the bracket holds a slash or a label colon. */
static int bracket_credit(const fx *x, size_t s)
{
	uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, k;
	int slash = 0, colon = 0;
	if (e - b < 6 || e - b > 80 || !punct(&x->t[e - 1], "]"))
		return 0;
	for (k = e - 1; k-- > b && e - k <= 12;) {
		if (punct(&x->t[k], "["))
			return k > b + 3 && (slash || colon) && n_words(x, k, e) <= 8;
		slash |= strchr(x->t[k].lower, '/') != NULL;
		colon |= punct(&x->t[k], ":");
	}
	return 0;
}

/* Whole-line captions and page repeats:
 * - a line closed by a bracketed credit is a caption, and so is the line
 *   just above it when it opens with the same three words (the image's alt
 *   text shown beside its caption);
 * - a line shown twice in a row is an image's alt text and caption;
 * - a later verbatim copy of an earlier sentence of six words (not
 *   numbers: table rows recur) or more is
 *   a page repeat (a pull quote, a caption re-shown), said once already. */
static void repeats(fx *x)
{
	size_t s, r;
	for (s = 0; s < x->ns; s++) {
		if (x->se[s].furniture || !own_line(x, s) || !bracket_credit(x, s))
			continue;
		mark(x, s, DYAD_FURN_CAPTION, "caption: a line a bracketed credit closes");
		if (s > 0 && !x->se[s - 1].furniture && own_line(x, s - 1) && adjacent(x, s - 1, s)) {
			uint32_t a = x->se[s - 1].tok_begin, b = x->se[s].tok_begin, k;
			for (k = 0; k < 3 && a + k < x->se[s - 1].tok_end && !strcmp(x->t[a + k].lower, x->t[b + k].lower); k++)
				;
			if (k == 3)
				mark(x, s - 1, DYAD_FURN_CAPTION, "caption: the alt text a caption repeats");
		}
	}
	for (s = 1; s < x->ns; s++) {
		uint32_t nw = 0, k;
		for (k = x->se[s].tok_begin; k < x->se[s].tok_end; k++)
			nw += wordish(&x->t[k]);
		if (x->se[s].furniture || nw < 6)
			continue;
		if (!x->se[s - 1].furniture && same_text(x, s - 1, s) && own_line(x, s - 1) &&
			own_line(x, s) && adjacent(x, s - 1, s) && nw <= 40) {
			mark(x, s - 1, DYAD_FURN_CAPTION, "caption: a line shown twice in a row (alt text and caption)");
			mark(x, s, DYAD_FURN_CAPTION, "caption: a line shown twice in a row (alt text and caption)");
			continue;
		}
		for (r = 0; r < s; r++)
			if (same_text(x, r, s)) {
				mark(x, s, DYAD_FURN_REPEAT, "repeat: the same sentence earlier in the story");
				break;
			}
	}
}

static const char label_why[] = "credit: a photo label line before the story";

/* "Photo: VCG" on its own line, which the splitter joined to the lead
 * paragraph after it for want of a full stop: the label ends at the line
 * break and the rest is the story, so the label line is cut off the
 * sentence's front (as a dateline is) instead of taking the lead with it. */
static void label_lines(fx *x)
{
	static const char *const photo[] = { "photo", "photos", "image", "images", "picture", NULL };
	size_t s;
	for (s = 0; s < x->ns; s++) {
		dyad_sentence *se = &x->se[s];
		uint32_t b = se->tok_begin, e = se->tok_end, k;
		if (se->furniture || e - b < 6 || !dyad__in_list(x->t[b].lower, photo) || !punct(&x->t[b + 1], ":"))
			continue;
		for (k = b + 3; k < e && k <= b + 10; k++) {
			const char *gap = x->d->text.buf + x->t[k - 1].off + x->t[k - 1].len;
			if (memchr(gap, '\n', x->t[k].off - (x->t[k - 1].off + x->t[k - 1].len)))
				break;
		}
		if (k >= e || k > b + 10 || n_words(x, k, e) < 4)
			continue;
		cut_front(x, s, k, DYAD_FURN_CREDIT, label_why);
	}
}

static int add_span(fx *x, size_t *cap, dyad_arena *a, uint32_t off, uint32_t len, size_t s,
	int kind, const char *why)
{
	dyad_furniture *o = x->out;
	dyad_furniture_span *sp;
	if (o->n_spans == *cap) {
		size_t nc = *cap * 2 + 8;
		sp = dyad_arena_grow(a, o->spans, *cap * sizeof *sp, nc * sizeof *sp);
		if (!sp)
			return -1;
		o->spans = sp;
		*cap = nc;
	}
	sp = &o->spans[o->n_spans++];
	sp->off = off;
	sp->len = len;
	sp->sentence = (uint32_t)s;
	sp->kind = (uint8_t)kind;
	sp->reason = why;
	return 0;
}

int dyad_furniture_find(dyad_furniture *out, dyad_ctx *ctx, dyad_arena *arena,
	dyad_doc_text *doc)
{
	fx x;
	size_t s, cap = 0, signoff = (size_t)-1;
	int begun = 0;

	memset(out, 0, sizeof *out);
	if (!doc->n_sents)
		return DYAD_OK;
	memset(&x, 0, sizeof x);
	x.d = doc;
	x.t = doc->toks;
	x.se = doc->sents;
	x.ns = doc->n_sents;
	x.out = out;
	x.why = dyad_arena_calloc(arena, x.ns, sizeof *x.why);
	x.cut_off = dyad_arena_calloc(arena, x.ns, sizeof *x.cut_off);
	x.cut_len = dyad_arena_calloc(arena, x.ns, sizeof *x.cut_len);
	x.cut_kind = dyad_arena_calloc(arena, x.ns, sizeof *x.cut_kind);
	x.cut_why = dyad_arena_calloc(arena, x.ns, sizeof *x.cut_why);
	if (!x.why || !x.cut_off || !x.cut_len || !x.cut_kind || !x.cut_why)
		return dyad__oom(ctx);
	dyad__furn_lead_cuts(&x);
	dyad__furn_crumbs(&x);
	label_lines(&x);

	for (s = 0; s < x.ns; s++) {
		const char *why = NULL;
		int strong, kind;
		if (x.se[s].furniture)
			continue;
		/* everything after a sign-off block in the story's second half */
		if (signoff != (size_t)-1) {
			mark(&x, s, DYAD_FURN_SIGNOFF, "signoff: after the sign-off block");
			continue;
		}
		/* an author's note goes on about the author ("She previously
		 * worked in Moscow.") to the end of its paragraph */
		if (s > 0 && x.why[s - 1] == dyad__furn_author_why && x.se[s - 1].para == x.se[s].para) {
			mark(&x, s, DYAD_FURN_BYLINE, dyad__furn_author_why);
			continue;
		}
		kind = dyad__furn_classify(&x, s, &strong, &why);
		if (!kind) {
			begun = 1;
			continue;
		}
		mark(&x, s, kind, why);
		/* a sign-off closes a story that has begun: one in a caption's
		 * credit above the story ("All rights reserved.") closes nothing */
		if (kind == DYAD_FURN_SIGNOFF && strong && begun && 2 * s >= x.ns)
			signoff = s;
	}
	dyad__furn_link_lists(&x);
	captions(&x);
	repeats(&x);
	dyad__furn_embeds(&x);
	datelines(&x);

	for (s = 0; s < x.ns; s++) {
		const dyad_sentence *se = &x.se[s];
		if (x.cut_len[s] && add_span(&x, &cap, arena, x.cut_off[s], x.cut_len[s], s,
			x.cut_kind[s], x.cut_why[s]) < 0)
			return dyad__oom(ctx);
		if (x.dl_len && s == x.dl_sent && add_span(&x, &cap, arena, x.dl_off, x.dl_len, s,
			DYAD_FURN_DATELINE, dateline_why) < 0)
			return dyad__oom(ctx);
		if (se->furniture && x.why[s] != dateline_why && add_span(&x, &cap, arena, se->off, se->len, s, se->furniture,
			x.why[s]) < 0)
			return dyad__oom(ctx);
	}
	return DYAD_OK;
}

const char *dyad_furniture_kind_name(unsigned kind)
{
	static const char *const names[] = {
		"content", "caption", "credit", "byline", "dateline", "appeal", "related", "prompt",
		"signoff", "repeat", "heading",
	};
	return kind < sizeof names / sizeof *names ? names[kind] : "unknown";
}
