/*
 * Page furniture that a scraper leaves as lines of their own: share bars
 * and view counters, template markup, editors' notes, page date lines,
 * bare links, a news outlet's name over the story, and posts embedded
 * from a social network. Each rule reads a whole line (or a sentence
 * that is one), so a line inside a wrapped wire paragraph never matches;
 * speech is never furniture.
 */
#include "furniture_internal.h"

/* Sentence [b, e) is exactly one line of the text. */
static int one_line(const fx *x, uint32_t b, uint32_t e)
{
	return b < e && (b == 0 || (x->t[b].flags & DYAD_TOKF_NEWLINE_BEFORE)) &&
		(e >= x->d->n_toks || (x->t[e].flags & DYAD_TOKF_NEWLINE_BEFORE)) && !line_break_in(x, b, e);
}

/* One past the end of the line token k is on, within [k, e). */
static uint32_t line_end(const fx *x, uint32_t k, uint32_t e)
{
	for (k++; k < e && !(x->t[k].flags & DYAD_TOKF_NEWLINE_BEFORE); k++)
		;
	return k;
}

static int glued(const fx *x, uint32_t k)
{
	return !(x->t[k].flags & (DYAD_TOKF_SPACE_BEFORE | DYAD_TOKF_NEWLINE_BEFORE));
}

/* ---- Template markup ---------------------------------------------------- */

/* One past a piece of template markup opening at token k ("{{^adFree}}",
 * "[[embed]]", "<!-- ad -->"), 0 when none opens there. */
static uint32_t markup_end(const fx *x, uint32_t k, uint32_t e)
{
	const char *close0, *close1;
	uint32_t j;
	if (k + 2 >= e || !glued(x, k + 1))
		return 0;
	if (!strcmp(x->t[k].lower, "{") && !strcmp(x->t[k + 1].lower, "{"))
		close0 = "}", close1 = "}";
	else if (!strcmp(x->t[k].lower, "[") && !strcmp(x->t[k + 1].lower, "["))
		close0 = "]", close1 = "]";
	else if (!strcmp(x->t[k].lower, "<") && !strcmp(x->t[k + 1].lower, "!") && !strcmp(x->t[k + 2].lower, "--"))
		close0 = "--", close1 = ">";
	else
		return 0;
	for (j = k + 2; j + 1 < e && j < k + 40; j++)
		if (!strcmp(x->t[j].lower, close0) && !strcmp(x->t[j + 1].lower, close1) && glued(x, j + 1))
			return j + 2;
	return 0;
}

/* Tokens [b, e) are markup only. */
static int all_markup(const fx *x, uint32_t b, uint32_t e)
{
	uint32_t m;
	while (b < e && (m = markup_end(x, b, e)) != 0)
		b = m;
	return b == e;
}

/* ---- Editors' notes ------------------------------------------------------ */

/* One past an editor's note in brackets opening at token b: "(ATTN: ...)",
 * "(EDITOR'S NOTE: ...)", "(Updated with ...)", "(Adds quotes)"; 0 when
 * none. The wire's revision verbs are followed by what changed, lower case. */
static uint32_t note_end(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const revise[] = {
		"updated", "update", "updates", "adds", "recasts", "corrects", "refiles", "repeats",
		"changes", "fixes", "rewrites", "writes", "removes", "deletes", NULL,
	};
	uint32_t w = b + 1, k;
	const char *a;
	if (w + 1 >= e || !punct(&x->t[b], "("))
		return 0;
	a = x->t[w].lower;
	if (!strcmp(a, "attn") && punct(&x->t[w + 1], ":"))
		;
	else if ((!strcmp(a, "editor") || !strcmp(a, "editors") || !strcmp(a, "editor's") || !strcmp(a, "editors'")) &&
		(is_w(&x->t[w + 1], "note") || (w + 2 < e && is_w(&x->t[w + 2], "note"))))
		;
	else if (dyad__in_list(a, revise) && cap(&x->t[w]) && lowword(&x->t[w + 1]) &&
		(strncmp(a, "update", 6) || dyad__in_list(x->t[w + 1].lower,
		(const char *const[]){ "with", "to", "throughout", "at", "for", "after", NULL })))
		;  /* "(Updated figures showed ...)" is an aside */
	else
		return 0;
	for (k = w + 1; k < e && k < b + 60; k++) {
		if (punct(&x->t[k], "("))
			return 0;
		if (punct(&x->t[k], ")"))
			return k + 1;
	}
	return 0;
}

/* ---- Whole lines ---------------------------------------------------------- */

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL,
};

/* A page's date line: "Saturday, 26 Apr 2025", "Published on 12 May 2023
 * 11:04 AM", "Updated: 3 hours ago | June 2, 2024". */
static int date_line(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const ok[] = {
		"published", "updated", "posted", "modified", "last", "on", "at", "am", "pm", "a.m.",
		"p.m.", "gmt", "utc", "ist", "est", "edt", "bst", "cet", "cest", "pst", "pdt", "wib",
		"ago", "hours", "hour", "mins", "minutes", "th", "st", "nd", "rd", "of", "|", ",", ":",
		"-", "/", ".", "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7", NULL,
	};
	uint32_t k;
	int months = 0, wdays = 0, nums = 0, year = 0;
	if (n_words(x, b, e) > 12)
		return 0;
	for (k = b; k < e; k++) {
		const char *w = x->t[k].lower;
		size_t n = strlen(w);
		if (x->t[k].kind == DYAD_TOK_NUMBER) {
			/* a day, a year or a clock time, not a table's figures */
			if (!(n <= 2 || (n == 4 && (!strncmp(w, "19", 2) || !strncmp(w, "20", 2))) ||
				(n <= 5 && strchr(w, ':'))))
				return 0;
			year |= n == 4 && !strchr(w, ':');
			nums++;
		} else if (dyad__in_list(w, dyad__furn_months))
			months++;
		else if (dyad__in_list(w, weekdays))
			wdays++;
		else if (!dyad__in_list(w, ok))
			return 0;
	}
	/* "June 19" alone may be a table's row; a weekday, a year or a
	 * publishing word makes it the page's date */
	return months + wdays >= 1 && months <= 1 && wdays <= 1 && nums >= 1 && nums <= 3 &&
		(wdays || year || has_word(x, b, e, (const char *const[]){ "published", "updated", "posted", "modified", NULL }));
}

/* A share bar or view counter: "184", "1.2 k views", "Share", "Facebook
 * Twitter Email", "Copy link". */
static int share_line(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const ok[] = {
		"share", "shares", "shared", "tweet", "whatsapp", "facebook", "twitter", "email",
		"e-mail", "mail", "linkedin", "telegram", "reddit", "pinterest", "messenger", "sms",
		"flipboard", "x", "copy", "link", "copied", "print", "save", "views", "view", "likes",
		"like", "comments", "comment", "reads", "k", "m", "|", "/", ",", ".", ":", "\xC2\xB7",
		"\xE2\x80\xA2", NULL,
	};
	static const char *const counted[] = { "views", "likes", "comments", "shares", "reads", NULL };
	uint32_t k;
	size_t nums = 0, words = 0;
	for (k = b; k < e; k++) {
		const dyad_token *t = &x->t[k];
		if (t->kind == DYAD_TOK_NUMBER) {
			nums++;
			continue;
		}
		/* "1.2k", "3K" */
		if (t->kind == DYAD_TOK_WORD && t->lower[0] >= '0' && t->lower[0] <= '9') {
			nums++;
			continue;
		}
		if (!dyad__in_list(t->lower, ok))
			return 0;
		words += wordish(t);
	}
	if (!words)
		return nums == 1 && e - b == 1; /* a lone count */
	/* "k" and "m" count only after a number: "1.2 k views" */
	if (words <= 2 && !nums && (has_word(x, b, e, (const char *const[]){ "k", "m", NULL })))
		return 0;
	return words <= 8 && (!nums || has_word(x, b, e, counted) || has_word(x, b, e,
		(const char *const[]){ "k", "m", NULL }));
}

/* A link: "https://...", "www.example.com/...", "pic.twitter.com/..." */
static int url_at(const fx *x, uint32_t k, uint32_t e)
{
	const char *w = x->t[k].lower;
	if (!strncmp(w, "http", 4) || !strncmp(w, "www.", 4))
		return 1;
	if ((x->t[k].kind == DYAD_TOK_WORD || x->t[k].kind == DYAD_TOK_ABBREV) && strchr(w, '/') &&
		(strstr(w, ".com/") || strstr(w, ".co/") || strstr(w, ".org/") || strstr(w, ".net/")))
		return 1;
	/* "pic.twitter.com/x" is split as "pic" "." "twitter.com/x" */
	return k + 2 < e && glued(x, k + 1) && glued(x, k + 2) && punct(&x->t[k + 1], ".") && url_at(x, k + 2, e);
}

static int link_line(const fx *x, uint32_t b, uint32_t e)
{
	uint32_t k;
	int any = 0;
	for (k = b; k < e; k++) {
		if (url_at(x, k, e)) {
			any = 1;
			while (k + 1 < e && glued(x, k + 1))
				k++;
		} else if (x->t[k].kind != DYAD_TOK_PUNCT)
			return 0;
	}
	return any;
}

/* [b, e) ends in . ! ? (before closing quotes and brackets). */
static int ends_sentence(const fx *x, uint32_t b, uint32_t e)
{
	while (e > b && (x->t[e - 1].kind == DYAD_TOK_QUOTE || punct(&x->t[e - 1], ")")))
		e--;
	return e > b && x->t[e - 1].kind == DYAD_TOK_PUNCT && strchr(".!?", x->t[e - 1].lower[0]);
}

/* Words a news outlet's name may hold in lower case ("Asian independent"). */
static const char *const outlet_nouns[] = {
	"news", "independent", "times", "post", "daily", "online", "today", "tv", "radio", "media",
	"press", "network", "agency", "wire", "herald", "tribune", "journal", "express", "telegraph",
	"guardian", "observer", "chronicle", "gazette", "mail", "monitor", "standard", "digital",
	"live", "world", "report", "bureau", "desk", "service", NULL,
};

/* A news outlet's name on a line of its own above the story ("BBC News",
 * "Reuters", "Al Jazeera"): a paragraph of one to four capitalised words
 * (an outlet's common noun may be lower case) with no sentence end, before
 * which the page shows only furniture or lines without a sentence end. */
static int source_line(const fx *x, size_t s, uint32_t b, uint32_t e)
{
	uint32_t p = x->se[s].para, k;
	size_t nw = n_words(x, b, e), j;
	/* where lines are paragraphs it is a heading already */
	if (x->d->lines_are_paras || nw < 1 || nw > 4 || e - b != nw || !cap(&x->t[b]) || !one_line(x, b, e) ||
		(s > 0 && x->se[s - 1].para == p) || s + 1 >= x->ns || x->se[s + 1].para == p)
		return 0;
	for (k = b; k < e; k++)
		if (x->t[k].kind != DYAD_TOK_WORD || (!cap(&x->t[k]) && !dyad__in_list(x->t[k].lower, outlet_nouns)) ||
			dyad__in_list(x->t[k].lower, dyad__furn_months) || dyad__in_list(x->t[k].lower, weekdays) ||
			(k > b && dyad__in_list(x->t[k].lower, (const char *const[]){ "the", "in", "of", "on", "at",
			"to", "for", "with", "from", "by", "over", "after", "as", "a", "an", NULL })))
			return 0; /* "CRISIS IN THE NORTH" is a headline */
	if (s > 4)
		return 0;
	/* before it only furniture and one headline (no sentence end) */
	for (j = 0, k = 0; j < s; j++)
		if (!x->se[j].furniture && (k++ || ends_sentence(x, x->se[j].tok_begin, x->se[j].tok_end)))
			return 0;
	/* after it, past lines with no sentence end or in brackets (notes,
	 * stamps), the story's first sentence */
	for (j = s + 1; j < x->ns && j < s + 8; j++) {
		b = x->se[j].tok_begin;
		e = x->se[j].tok_end;
		if (!ends_sentence(x, b, e) || punct(&x->t[b], "("))
			continue;
		return n_words(x, b, e) >= 8;
	}
	return 0;
}

static int atoi_small(const char *w)
{
	int n = 0;
	for (; *w >= '0' && *w <= '9' && n < 1000; w++)
		n = n * 10 + (*w - '0');
	return n;
}

/* A thread marker closing a post: "(1/2)", "2/5". */
static int thread_marker(const fx *x, uint32_t b, uint32_t e)
{
	const char *w, *sl;
	if (e > b && punct(&x->t[e - 1], ")"))
		e--;
	if (e == b || x->t[e - 1].kind != DYAD_TOK_NUMBER)
		return 0;
	w = x->t[e - 1].lower;
	sl = strchr(w, '/');
	if (!sl || sl == w || !sl[1] || strchr(sl + 1, '/') || atoi_small(w) > atoi_small(sl + 1) ||
		atoi_small(sl + 1) > 30 || atoi_small(w) < 1)
		return 0;
	return e - 1 == b || (e >= b + 2 && punct(&x->t[e - 2], "(") && e - 2 == b);
}

/* Line s stands alone: the page's lines are its paragraphs, or blank lines
 * set it off (a table's rows and a wire story's wrapped lines are not). */
static int alone(const fx *x, size_t s)
{
	return x->d->lines_are_paras || ((s == 0 || gap_lines(x, s - 1, s) >= 2) &&
		(s + 1 == x->ns || gap_lines(x, s, s + 1) >= 2));
}

int dyad__furn_page(fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	uint32_t z = e;
	if (all_markup(x, b, e)) {
		*why = "prompt: template markup";
		return DYAD_FURN_PROMPT;
	}
	/* a note's "adds" is the desk's word, not a reporting verb */
	while (z > b && punct(&x->t[z - 1], "."))
		z--;
	if (note_end(x, b, e) == z) {
		*why = "byline: a bracketed editor's note";
		return DYAD_FURN_BYLINE;
	}
	if (speech(x, b, e))
		return 0;
	if (!one_line(x, b, e) || !alone(x, s))
		return 0;
	if (date_line(x, b, e)) {
		*why = "dateline: a page date line";
		return DYAD_FURN_DATELINE;
	}
	if (share_line(x, b, e)) {
		*why = "prompt: a share bar or a view counter";
		return DYAD_FURN_PROMPT;
	}
	if (link_line(x, b, e) || thread_marker(x, b, e) == 1) {
		*why = "related: a bare link";
		return DYAD_FURN_RELATED;
	}
	if (source_line(x, s, b, e)) {
		*why = "credit: a news outlet's name over the story";
		return DYAD_FURN_CREDIT;
	}
	return 0;
}

/* A line of markup or an editor's note that the splitter joined to the
 * sentence below it (no full stop ends it) is cut off that sentence. */
void dyad__furn_lead_cuts(fx *x)
{
	size_t s, j;
	for (s = 0; s < x->ns; s++) {
		/* a long note the splitter cut at its inner full stops:
		 * "(ATTN: Adds quotes. Updates toll.)" opens a paragraph and its
		 * bracket closes a few sentences on */
		uint32_t w = x->se[s].tok_begin + 1, e = x->se[s].tok_end;
		size_t k;
		if (w + 2 >= e || !punct(&x->t[w - 1], "(") || (s > 0 && x->se[s - 1].para == x->se[s].para) ||
			note_end(x, w - 1, e) || !(is_w(&x->t[w], "attn") ||
			(!strncmp(x->t[w].lower, "editor", 6) && (is_w(&x->t[w + 1], "note") || is_w(&x->t[w + 2], "note")))))
			continue;
		for (j = s + 1; j < x->ns && j < s + 6 && x->se[j].para == x->se[s].para; j++) {
			uint32_t z = x->se[j].tok_end;
			if (punct(&x->t[z - 1], ")") || (z - x->se[j].tok_begin >= 2 && punct(&x->t[z - 2], ")")))
				break;
		}
		if (j == x->ns || j == s + 6 || x->se[j].para != x->se[s].para)
			continue;
		for (k = s; k <= j; k++)
			mark(x, k, DYAD_FURN_BYLINE, "byline: a bracketed editor's note");
		s = j;
	}
	for (s = 0; s < x->ns; s++) {
		uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, le, m;
		if (x->se[s].furniture)
			continue;
		for (;;) {
			b = x->se[s].tok_begin;
			if (b >= e || (b > 0 && !(x->t[b].flags & DYAD_TOKF_NEWLINE_BEFORE)))
				break;
			le = line_end(x, b, e);
			if (le >= e || n_words(x, le, e) < 3)
				break;
			if (all_markup(x, b, le))
				cut_front(x, s, le, DYAD_FURN_PROMPT, "prompt: template markup");
			else if ((m = note_end(x, b, le)) == le)
				cut_front(x, s, le, DYAD_FURN_BYLINE, "byline: a bracketed editor's note");
			else
				break;
		}
	}
}

/* ---- Breadcrumbs ----------------------------------------------------------- */

/* A breadcrumb trail opening a line: "Home » World » Middle East »
 * <headline>", "News > Europe > ...", "Politics | Asia | ...": two or
 * more of one separator, each after a short section name (one to five
 * words, no sentence end); the last piece, often the headline shown
 * again, runs to the end of its line. An arrow ("»", "›", "→"; ">"
 * spaced) is a separator glued or spaced and between names in any case; a bar or a
 * slash, which prose and tables use too, only spaced and between
 * capitalised names. The trail may put each piece on a line of its own.
 * Returns one past the end of the last piece's line, or 0. */
static uint32_t crumbs_end(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const arrow[] = {
		"\xC2\xBB", "\xE2\x80\xBA", ">", "\xE2\x86\x92", NULL,
	};
	static const char *const bar[] = { "/", "|", "\\", NULL };
	uint32_t k, seg = b, n = 0, w;
	const char *kind = NULL;
	for (k = b + 1; k + 1 < e; k++) {
		const dyad_token *t = &x->t[k];
		/* ">" glued is an angle bracket's close ("Chase <CMB>") */
		int arr = dyad__in_list(t->lower, arrow) && (strcmp(t->lower, ">") || (!glued(x, k) && !glued(x, k + 1)));
		if (k > seg && (t->flags & DYAD_TOKF_NEWLINE_BEFORE) && !arr && !dyad__in_list(t->lower, bar))
			break; /* the line ends inside a piece: the last one */
		if (t->kind == DYAD_TOK_WORD || (!arr && (!dyad__in_list(t->lower, bar) || glued(x, k) || glued(x, k + 1))))
			continue;
		if (kind && strcmp(kind, t->lower))
			return 0;
		kind = t->lower;
		w = first_word(x, seg, k);
		if (w >= k || k - seg > 8 || n_words(x, seg, k) > 5 || !wordish(&x->t[w]) ||
			(!arr && !cap(&x->t[w])) || ends_sentence(x, seg, k))
			return 0;
		n++;
		seg = k + 1;
	}
	return n >= 2 && seg < e ? line_end(x, seg, e) : 0;
}

static const char crumbs_why[] = "prompt: a breadcrumb trail of section names";

/* A trail is the whole sentence, or is cut off the front of the sentence
 * the splitter joined it to (no full stop ends the line). Before speech
 * is looked at: the headline at its end may well say "says". */
void dyad__furn_crumbs(fx *x)
{
	size_t s;
	for (s = 0; s < x->ns; s++) {
		uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, le;
		if (x->se[s].furniture || b >= e || (b > 0 && !(x->t[b].flags & DYAD_TOKF_NEWLINE_BEFORE)) ||
			!(le = crumbs_end(x, b, e)))
			continue;
		if (le < e && n_words(x, le, e) >= 3)
			cut_front(x, s, le, DYAD_FURN_PROMPT, crumbs_why);
		else
			mark(x, s, DYAD_FURN_PROMPT, crumbs_why);
	}
}

/* ---- Embedded posts ------------------------------------------------------- */

/* The signature line of an embedded post in [b, e): "— Name (@handle)
 * June 16, 2020": a bracketed @handle, after a dash opening the line or
 * before a date. Returns the first token of its line, or e. */
static uint32_t signature(const fx *x, uint32_t b, uint32_t e)
{
	uint32_t k, ls = b;
	for (k = b; k + 3 < e; k++) {
		if (x->t[k].flags & DYAD_TOKF_NEWLINE_BEFORE)
			ls = k;
		if (punct(&x->t[k], "(") && !strcmp(x->t[k + 1].lower, "@") && glued(x, k + 2) &&
			wordish(&x->t[k + 2]) && punct(&x->t[k + 3], ")")) {
			int opens = dash(&x->t[ls]) || !strcmp(x->t[ls].lower, "\xE2\x80\x94") || !strcmp(x->t[ls].lower, "-");
			int dated = k + 4 < e && dyad__in_list(x->t[k + 4].lower, dyad__furn_months);
			if (opens || dated)
				return ls;
		}
		/* "— Name @handle June 16, 2020" */
		if (!strcmp(x->t[k].lower, "@") && glued(x, k + 1) && wordish(&x->t[k + 1]) &&
			dyad__in_list(x->t[k + 2].lower, dyad__furn_months) && k > ls &&
			(dash(&x->t[ls]) || !strcmp(x->t[ls].lower, "-")))
			return ls;
	}
	return e;
}

static const char embed_why[] = "related: a post embedded from a social network (someone else's text)";

/* Where the text of a post whose signature line starts at byte `sig`
 * begins: the lines right above it, back to a blank line or a line ending
 * in a colon (the story's "She wrote:"), over at most ~300 bytes (a
 * post's length; a story paragraph above is longer); only the line right
 * above when each line is a paragraph. */
static uint32_t post_start(const fx *x, uint32_t sig)
{
	const char *buf = x->d->text.buf;
	uint32_t cur = sig;
	while (cur > 0) {
		uint32_t le = cur - 1, lb, z; /* buf[le] is the '\n' ending the line above */
		if (buf[le] != '\n')
			break;
		for (lb = le; lb > 0 && buf[lb - 1] != '\n'; lb--)
			;
		for (z = le; z > lb && (buf[z - 1] == ' ' || buf[z - 1] == '\t' || buf[z - 1] == '\r'); z--)
			;
		if (z == lb || buf[z - 1] == ':' || sig - lb > 320)
			break;
		cur = lb;
		/* a page laid out a paragraph per line shows the post as one
		 * line: the line above that is the story's */
		if (x->d->lines_are_paras)
			break;
	}
	return cur;
}

/* A post embedded from a social network is shown as its text, then its
 * signature line and links. Its events are the poster's, not the story's,
 * and the story says what it needs of them in its own sentences; so the
 * whole embed is dropped as a related item (text shown from elsewhere,
 * like a linked story) rather than a kind of its own, which the output's
 * documented kinds do not have. A sentence the splitter ran from the
 * story's "He wrote:" line into the post goes with the post. */
/* A post's text shown with its picture link and no signature line
 * ("... Indian Army (1/2) pic.twitter.com/AbC123"): the link ends the
 * line, and the line is the post. */
static void pic_link_posts(fx *x)
{
	const char *buf = x->d->text.buf;
	for (size_t s = 0; s < x->ns; s++) {
		uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, k, ls;
		/* "pic.twitter.com/AbC123" (the tokenizer cuts "pic" "." and the
		 * rest), the sentence's last token, at the end of its line */
		k = e - 1;
		if (!x->t[k].lower || strncmp(x->t[k].lower, "twitter.com/", 12) || k < b + 2
			|| strcmp(x->t[k - 2].lower ? x->t[k - 2].lower : "", "pic")
			|| (k + 1 < x->d->n_toks && !(x->t[k + 1].flags & DYAD_TOKF_NEWLINE_BEFORE)))
			continue;
		for (ls = x->t[k].off; ls > 0 && buf[ls - 1] != '\n'; ls--)
			;
		mark(x, s, DYAD_FURN_RELATED, embed_why);
		for (size_t j = s; j > 0 && x->se[j - 1].off >= ls; j--)
			mark(x, j - 1, DYAD_FURN_RELATED, embed_why);
	}
}

void dyad__furn_embeds(fx *x)
{
	pic_link_posts(x);
	size_t s, j;
	for (s = 0; s < x->ns; s++) {
		uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, sig = signature(x, b, e), from;
		if (sig == e)
			continue;
		from = post_start(x, x->t[sig].off);
		mark(x, s, DYAD_FURN_RELATED, embed_why);
		for (j = s; j > 0; j--) {
			const dyad_sentence *p = &x->se[j - 1];
			if (p->off + p->len <= from)
				break;
			if (p->furniture && x->why[j - 1] != embed_why && p->furniture != DYAD_FURN_HEADING)
				break;
			if (p->off < from) {
				const char *q = memchr(x->d->text.buf + p->off, '\n', from - p->off);
				uint32_t z = q ? (uint32_t)(q - x->d->text.buf) : from;
				while (z > p->off && x->d->text.buf[z - 1] == ' ')
					z--;
				if (z + 1 != from || x->d->text.buf[z - 1] != ':')
					break;
			}
			mark(x, j - 1, DYAD_FURN_RELATED, embed_why);
		}
		/* its links and thread marker on the lines below */
		for (j = s + 1; j < x->ns && gap_lines(x, j - 1, j) < 2; j++) {
			uint32_t jb = x->se[j].tok_begin, je = x->se[j].tok_end;
			if (!link_line(x, jb, je) && !thread_marker(x, jb, je))
				break;
			mark(x, j, DYAD_FURN_RELATED, embed_why);
		}
	}
}

/* ---- Link lists ------------------------------------------------------------ */

/* A bare link label on a line of its own ("READ ALSO", "See also", "More
 * on this story", "RELATED:", "You may also like") heads the linked
 * headline on the line below; that line is the link even when it ends in
 * a full stop, and so are further lines below it without a sentence end
 * (a list's headlines and their "• by Agency" and date lines), on the
 * next line or past one blank line. A story paragraph (over twenty
 * words, or a line ending in a full stop past a blank line) is never
 * taken. */
void dyad__furn_link_lists(fx *x)
{
	size_t s, j;
	for (s = 0; s + 1 < x->ns; s++) {
		uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, k;
		int colon = 0;
		if (x->se[s].furniture != DYAD_FURN_RELATED || !x->why[s] || strncmp(x->why[s], "related: a l", 12) ||
			!one_line(x, b, e) || n_words(x, b, e) > 5)
			continue;
		for (k = b; k < e; k++)
			if (punct(&x->t[k], ":") || punct(&x->t[k], "|"))
				colon = k + 1 == e ? 1 : -1;
		if (colon < 0)
			continue;
		for (j = s + 1; j < x->ns && j < s + 13; j++) {
			uint32_t jb = x->se[j].tok_begin, je = x->se[j].tok_end;
			int end = ends_sentence(x, jb, je);
			if ((x->se[j].furniture && x->se[j].furniture != DYAD_FURN_HEADING) ||
				gap_lines(x, j - 1, j) > (end ? 1 : 2) || !one_line(x, jb, je) ||
				n_words(x, jb, je) > 20 || (j > s + 1 && end))
				break;
			mark(x, j, DYAD_FURN_RELATED, "related: a headline under a link label");
		}
	}
}
