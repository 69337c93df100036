/*
 * dyad_text_split: tokens (tokenize.c), then sentences and paragraphs, then
 * the lower-cased forms, each a linear pass over the document.
 *
 * Sentence rules, news-grade: a sentence ends at . ! ? (or an ellipsis
 * before a capital) plus the closing quotes and brackets glued to it, unless
 * what follows is lower case or a comma-like mark ("...?" asked X; "U.S.,
 * Japan"). Abbreviation tokens carry their period, so "Gen." "V." "No." are
 * never ends; "U.S." "Corp." "Sept." end a sentence only before a word that
 * plainly starts one ("The", "He", "But"...). A paragraph break always ends
 * a sentence (headlines and table rows have no final stop), and run-ons are
 * cut at MAX_SENT tokens, at a comma or line break when there is one, so
 * that later stages stay linear.
 */
#include <string.h>

#include <utf8proc.h>

#include "ctx_internal.h"
#include "split_internal.h"

#define MAX_SENT 400

static int first_byte_in(const char *s, const dyad_token *t, const char *set)
{
	return t->len >= 1 && strchr(set, s[t->off]) != NULL && s[t->off] != '\0';
}

/* Ends a sentence: . ! ? … ... or an abbreviation's period. */
static int is_term(const char *s, const dyad_token *t)
{
	const char *p = s + t->off;
	if (t->kind == DYAD_TOK_ABBREV)
		return p[t->len - 1] == '.';
	if (t->kind != DYAD_TOK_PUNCT)
		return 0;
	if (t->len == 3 && memcmp(p, "\xE2\x80\xA6", 3) == 0)
		return 1;
	return *p == '.' || *p == '!' || *p == '?';
}

/* Glued after a sentence end and part of that sentence: a closing quote or
 * bracket, or more end punctuation ("?!"). */
static int is_closer(const char *s, const dyad_token *t)
{
	if (t->flags & DYAD_TOKF_SPACE_BEFORE)
		return 0;
	if (t->kind == DYAD_TOK_QUOTE)
		return (t->flags & DYAD_TOKF_QUOTE_CLOSE) != 0;
	return t->kind == DYAD_TOK_PUNCT && first_byte_in(s, t, ").!?]}");
}

static int starts_lower(const char *s, const dyad_token *t)
{
	int32_t cp;
	unsigned char c = (unsigned char)s[t->off];
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	dyad__utf8_next(s + t->off, t->len, &cp);
	return utf8proc_islower(cp);
}

static int starter(const char *s, const dyad_token *t)
{
	return t->kind == DYAD_TOK_WORD && (t->flags & DYAD_TOKF_CAP) &&
		dyad__sent_starter(s + t->off, t->len);
}

/* Does a sentence end after toks[term] (and its closers), given that
 * toks[next] follows in the same paragraph? */
static int ends(const char *s, const dyad_token *toks, size_t begin, size_t term, size_t next)
{
	const dyad_token *t = &toks[term], *nx = &toks[next];
	const char *p = s + t->off;
	size_t body, q;
	int32_t cp;
	int cls;

	if (nx->kind == DYAD_TOK_PUNCT && first_byte_in(s, nx, ",;:)]}-"))
		return 0;
	if (nx->kind == DYAD_TOK_QUOTE && (nx->flags & DYAD_TOKF_QUOTE_CLOSE))
		return 0;
	if (starts_lower(s, nx))
		return 0;
	if (t->kind == DYAD_TOK_PUNCT) {
		if (*p == '!' || *p == '?' || (*p == '.' && t->len == 1))
			return 1;
		/* an ellipsis: only before a capital or a new quotation */
		return (nx->flags & (DYAD_TOKF_CAP | DYAD_TOKF_QUOTE_OPEN)) != 0;
	}
	/* an abbreviation */
	body = t->len - 1;
	for (q = 0; q < body && p[q] != '.'; q++)
		;
	if (q < body)
		cls = DYAD__ABBR_OTHER; /* U.S. a.m. */
	else if (dyad__utf8_next(p, body, &cp) == body) {
		/* an initial: "George W. Bush" never ends; "Plan B. The" may */
		int name_before = term > begin &&
			(toks[term - 1].flags & DYAD_TOKF_CAP) != 0;
		return !name_before && starter(s, nx);
	} else
		cls = dyad__abbrev_class(p, body);
	if (cls == DYAD__ABBR_TITLE || cls == DYAD__ABBR_NUM)
		return 0;
	return starter(s, nx) || (nx->flags & DYAD_TOKF_QUOTE_OPEN) ||
		(cls == DYAD__ABBR_NONE && (nx->flags & DYAD_TOKF_CAP));
}

static int add_sent(dyad_doc_text *d, size_t *cap, dyad_arena *a, size_t b, size_t e, size_t para)
{
	dyad_sentence *se;
	if (d->n_sents == *cap) {
		size_t ncap = *cap * 2 + 8;
		se = dyad_arena_grow(a, d->sents, *cap * sizeof *se, ncap * sizeof *se);
		if (!se)
			return -1;
		d->sents = se;
		*cap = ncap;
	}
	se = &d->sents[d->n_sents++];
	se->off = d->toks[b].off;
	se->len = d->toks[e - 1].off + d->toks[e - 1].len - se->off;
	se->tok_begin = (uint32_t)b;
	se->tok_end = (uint32_t)e;
	se->para = (uint32_t)para;
	se->furniture = 0;
	d->toks[b].flags |= DYAD_TOKF_SENT_START;
	return 0;
}

/* ---- Page layout: are the lines paragraphs? -------------------------- */

/* A word that cannot end a sentence or a heading: a line ending in one
 * runs on into the next ("... were determined to\nintercept ..."). */
static int glue_word(const char *s, const dyad_token *t)
{
	static const char *const glue[] = {
		"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by",
		"for", "from", "with", "as", "that", "which", "who", "whose", "than", "into",
		"its", "their", "his", "her", "our", "is", "are", "was", "were", "be", "has",
		"have", "had", "will", "would", "said", NULL,
	};
	size_t i, n = t->len;
	if (t->kind != DYAD_TOK_WORD)
		return 0;
	for (i = 0; glue[i]; i++) {
		size_t k;
		if (strlen(glue[i]) != n)
			continue;
		for (k = 0; k < n && (s[t->off + k] | 0x20) == glue[i][k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Does the line break before toks[j] run a sentence on: the next line
 * starts lower case or with closing punctuation, or this one ends in a
 * comma-like mark, a hyphen or a function word, or inside a quotation
 * (open quotes counted from the line's start `lb`), or with a colon
 * introducing a quotation ("... said:\n"We ...")? */
static int runs_on(const char *s, const dyad_token *toks, size_t lb, size_t j)
{
	const dyad_token *p = &toks[j - 1], *nx = &toks[j];
	int depth = 0;
	size_t k;
	if (starts_lower(s, nx) || (nx->kind == DYAD_TOK_PUNCT && first_byte_in(s, nx, ",;:.)]}")) ||
		(nx->kind == DYAD_TOK_QUOTE && (nx->flags & DYAD_TOKF_QUOTE_CLOSE)))
		return 1;
	if (p->kind == DYAD_TOK_PUNCT && (first_byte_in(s, p, ",;([{-&/") ||
		(first_byte_in(s, p, ":") && (nx->flags & DYAD_TOKF_QUOTE_OPEN))))
		return 1;
	if (glue_word(s, p))
		return 1;
	for (k = lb; k < j; k++)
		if (toks[k].kind == DYAD_TOK_QUOTE)
			depth += (toks[k].flags & DYAD_TOKF_QUOTE_OPEN) ? 1 : (toks[k].flags & DYAD_TOKF_QUOTE_CLOSE) ? -1 : 0;
	return depth > 0;
}

/* Scraped pages put each paragraph, headline, caption and label on its own
 * line; wire copy is hard-wrapped at ~70 columns, mid-sentence, with the
 * next line often starting lower case. A document whose lines are
 * paragraphs has a line over 100 bytes that ends a sentence (a paragraph
 * on one line) and (almost) no line break before a
 * lower-case word after a line without a sentence end. In such a document
 * each line break that does not run a sentence on is a paragraph break, so
 * a headline without a full stop is not joined to the paragraph below it. */
static void line_paras(dyad_doc_text *d)
{
	const char *s = d->text.buf;
	dyad_token *toks = d->toks;
	size_t n = d->n_toks, j, lb = 0, breaks = 0, cont = 0, longest = 0;
	for (j = 1; j <= n; j++) {
		if (j < n && !(toks[j].flags & DYAD_TOKF_NEWLINE_BEFORE))
			continue;
		if (toks[j - 1].off + toks[j - 1].len - toks[lb].off > longest &&
			(is_term(s, &toks[j - 1]) || is_closer(s, &toks[j - 1])))
			longest = toks[j - 1].off + toks[j - 1].len - toks[lb].off;
		if (j < n) {
			breaks++;
			cont += starts_lower(s, &toks[j]) && !is_term(s, &toks[j - 1]) &&
				!is_closer(s, &toks[j - 1]);
		}
		lb = j;
	}
	d->lines_are_paras = breaks > 0 && longest > 100 && cont * 10 < breaks;
	if (!d->lines_are_paras)
		return;
	for (j = 1, lb = 0; j < n; j++) {
		if (!(toks[j].flags & DYAD_TOKF_NEWLINE_BEFORE))
			continue;
		if (!(toks[j].flags & DYAD__TOKF_PARA) && !runs_on(s, toks, lb, j))
			toks[j].flags |= DYAD__TOKF_PARA;
		lb = j;
	}
}

static int sentences(dyad_doc_text *d, dyad_arena *a)
{
	const char *s = d->text.buf;
	dyad_token *toks = d->toks;
	size_t n = d->n_toks, i = 0, j, k, safe, para = 0, cap = n / 16 + 4;

	d->sents = dyad_arena_alloc(a, cap * sizeof *d->sents);
	if (!d->sents)
		return -1;
	line_paras(d);
	while (i < n) {
		if (i > 0 && (toks[i].flags & DYAD__TOKF_PARA))
			para++;
		safe = 0;
		for (j = i + 1; j < n && !(toks[j].flags & DYAD__TOKF_PARA);) {
			if (is_term(s, &toks[j - 1])) {
				for (k = j; k < n && !(toks[k].flags & DYAD__TOKF_PARA) &&
					is_closer(s, &toks[k]); k++)
					;
				if (k >= n || (toks[k].flags & DYAD__TOKF_PARA) ||
					ends(s, toks, i, j - 1, k)) {
					j = k;
					break;
				}
				if (k > j) {
					j = k;
					continue;
				}
			}
			if ((toks[j].flags & DYAD_TOKF_NEWLINE_BEFORE) ||
				(toks[j - 1].kind == DYAD_TOK_PUNCT && first_byte_in(s, &toks[j - 1], ",;:")))
				safe = j;
			if (j - i >= MAX_SENT) {
				if (safe > i + MAX_SENT / 2)
					j = safe;
				break;
			}
			j++;
		}
		if (add_sent(d, &cap, a, i, j, para) < 0)
			return -1;
		i = j;
	}
	d->n_paras = n ? para + 1 : 0;
	return 0;
}

/* ASCII lower case by table: one load per byte, no branch. */
static const unsigned char lowtab[256] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
	16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
	32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
	64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
	96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
	128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
	144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
	160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
	176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
	192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
	208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
	224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
	240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

/* Lower-case every token into one arena buffer, NUL after each; clear the
 * internal flags. A typographic apostrophe becomes the ASCII one, the form
 * lexicons and dictionaries are written in. ASCII tokens need no decoding; for others a simple case
 * mapping can grow a character by half (U+023A -> U+2C65). */
static int lower(dyad_doc_text *d, dyad_arena *a)
{
	const char *s = d->text.buf;
	size_t i, total = 1, j, k;
	char *p;
	for (i = 0; i < d->n_toks; i++) {
		size_t len = d->toks[i].len;
		total += (d->toks[i].flags & DYAD__TOKF_NONASCII ? len + len / 2 + 4 : len) + 1;
	}
	p = dyad_arena_alloc(a, total);
	if (!p)
		return -1;
	for (i = 0; i < d->n_toks; i++) {
		dyad_token *t = &d->toks[i];
		const char *w = s + t->off;
		t->lower = p;
		if (!(t->flags & DYAD__TOKF_NONASCII)) {
			for (j = 0; j < t->len; j++)
				p[j] = (char)lowtab[(unsigned char)w[j]];
			p += t->len;
		} else {
			for (j = 0; j < t->len; j += k) {
				int32_t cp;
				k = dyad__utf8_next(w + j, t->len - j, &cp);
				if (cp == 0x2019 || cp == 0xB4)
					*p++ = '\''; /* "China’s" is looked up as "china's" */
				else
					p += utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)p);
			}
		}
		*p++ = '\0';
		t->flags &= (uint16_t)~(DYAD__TOKF_PARA | DYAD__TOKF_NONASCII);
	}
	return 0;
}

int dyad_text_split(dyad_doc_text *out, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_text *text)
{
	dyad__tokbuf tb;

	memset(out, 0, sizeof *out);
	out->text = *text;
	memset(&tb, 0, sizeof tb);
	tb.arena = arena;
	tb.cap = text->len / 5 + 16;
	tb.toks = dyad_arena_alloc(arena, tb.cap * sizeof *tb.toks);
	if (!tb.toks || dyad__tokenize(&tb, text->buf, text->len) < 0)
		return dyad__oom(ctx);
	out->toks = tb.toks;
	out->n_toks = tb.n;
	if (sentences(out, arena) < 0 || lower(out, arena) < 0)
		return dyad__oom(ctx);
	return DYAD_OK;
}

const char *dyad_tok_kind_name(dyad_tok_kind k)
{
	static const char *const names[] = {
		"word", "number", "punct", "quote", "symbol", "currency", "percent",
		"abbrev", "possessive", "contraction",
	};
	return (unsigned)k < sizeof names / sizeof *names ? names[k] : "unknown";
}
