/*
 * Internals shared by the furniture passes: furniture.c (labels, datelines,
 * captions, the document pass) and furniture_rules.c (what one sentence is):
 * the per-call state `fx` and the small token tests both sides read.
 */
#ifndef DYAD_FURNITURE_INTERNAL_H
#define DYAD_FURNITURE_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "wordlist.h"
#include "dyad/furniture.h"

typedef struct fx {
	dyad_doc_text *d;
	const dyad_token *t;
	dyad_sentence *se;
	size_t ns;
	const char **why;         /* per sentence: the rule, NULL for content */
	uint32_t dl_off, dl_len;  /* the dateline's span, dl_len 0 when none */
	size_t dl_sent;           /* the sentence it starts in */
	uint32_t *cut_off, *cut_len; /* per sentence: a label line cut off its front */
	uint8_t *cut_kind;        /* per sentence: the cut's kind, and its rule */
	const char **cut_why;
	dyad_furniture *out;
} fx;

static inline void mark(fx *x, size_t s, int kind, const char *why)
{
	x->se[s].furniture = (uint8_t)kind;
	x->why[s] = why;
}

/* Cut tokens [tok_begin, k) of sentence s off its front as furniture of
 * `kind` (a line the splitter joined to the sentence below it); a second
 * cut of the same sentence widens the first. */
static inline void cut_front(fx *x, size_t s, uint32_t k, int kind, const char *why)
{
	dyad_sentence *se = &x->se[s];
	uint32_t b = se->tok_begin;
	if (!x->cut_len[s]) {
		x->cut_off[s] = x->t[b].off;
		x->cut_kind[s] = (uint8_t)kind;
		x->cut_why[s] = why;
	}
	x->cut_len[s] = x->t[k - 1].off + x->t[k - 1].len - x->cut_off[s];
	x->d->toks[b].flags &= (uint16_t)~DYAD_TOKF_SENT_START;
	x->d->toks[k].flags |= DYAD_TOKF_SENT_START;
	se->len -= x->t[k].off - se->off;
	se->off = x->t[k].off;
	se->tok_begin = k;
}

/* ---- Tokens and word classes ------------------------------------------ */

static inline int is_w(const dyad_token *t, const char *w)
{
	return !strcmp(t->lower, w);
}

/* Does a line break come before any token of (b, e), i.e. does [b, e)
 * run over more than one line? */
static inline int line_break_in(const fx *x, uint32_t b, uint32_t e)
{
	for (uint32_t k = b + 1; k < e; k++)
		if (x->t[k].flags & DYAD_TOKF_NEWLINE_BEFORE)
			return 1;
	return 0;
}

static inline int wordish(const dyad_token *t)
{
	return t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_ABBREV;
}

static inline int cap(const dyad_token *t)
{
	return (t->flags & (DYAD_TOKF_CAP | DYAD_TOKF_ALLCAPS)) != 0;
}

static inline int lowword(const dyad_token *t)
{
	return (wordish(t) || t->kind == DYAD_TOK_CONTRACTION) && !cap(t);
}

static inline int punct(const dyad_token *t, const char *p)
{
	return t->kind == DYAD_TOK_PUNCT && !strcmp(t->lower, p);
}

/* A dash between a dateline and its story: an em or en dash, or a spaced
 * hyphen pair or hyphen ("WASHINGTON - ", "PARIS -- "). */
static inline int dash(const dyad_token *t)
{
	if (t->kind != DYAD_TOK_PUNCT)
		return 0;
	if (!strcmp(t->lower, "\xE2\x80\x94") || !strcmp(t->lower, "\xE2\x80\x93"))
		return 1;
	return (!strcmp(t->lower, "-") || !strcmp(t->lower, "--") || !strcmp(t->lower, "---"))
		&& (t->flags & DYAD_TOKF_SPACE_BEFORE);
}


/* Line breaks between the end of sentence a and the start of sentence b
 * (a < b), counted up to 2: 1 for the next line, 2 past a blank line. */
static inline int gap_lines(const fx *x, size_t a, size_t b)
{
	const char *p = x->d->text.buf + x->se[a].off + x->se[a].len, *q = x->d->text.buf + x->se[b].off;
	int n = 0;
	for (; p < q && n < 2; p++)
		n += *p == '\n';
	return n;
}

/* One line of its own: no line break inside, one before (or none before it). */
static inline int own_line(const fx *x, size_t s)
{
	uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end, k;
	for (k = b + 1; k < e; k++)
		if (x->t[k].flags & DYAD_TOKF_NEWLINE_BEFORE)
			return 0;
	return b < e && (b == 0 || (x->t[b].flags & DYAD_TOKF_NEWLINE_BEFORE));
}

/* Month names and abbreviations (defined in furniture.c). */
extern const char *const dyad__furn_months[];

/* Someone's words: quotation marks or a reporting verb. Such a sentence is
 * news even when it sounds like an appeal ("Support our troops," he said). */
static inline int speech(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const say[] = {
		"said", "says", "say", "told", "tells", "added", "adds", "according", "asked",
		"wrote", "writes", "chanted", "shouted", "urged", "announced", "declared", NULL,
	};
	for (; b < e; b++)
		if (x->t[b].kind == DYAD_TOK_QUOTE || dyad__in_list(x->t[b].lower, say))
			return 1;
	return 0;
}

/* First word of [b, e), past leading bullets, dashes and brackets. */
static inline uint32_t first_word(const fx *x, uint32_t b, uint32_t e)
{
	while (b < e && !wordish(&x->t[b]) && x->t[b].kind != DYAD_TOK_CONTRACTION &&
		x->t[b].kind != DYAD_TOK_NUMBER && x->t[b].kind != DYAD_TOK_QUOTE)
		b++;
	return b;
}

static inline size_t n_words(const fx *x, uint32_t b, uint32_t e)
{
	size_t n = 0;
	for (; b < e; b++)
		n += wordish(&x->t[b]) || x->t[b].kind == DYAD_TOK_NUMBER;
	return n;
}

/* Lower-case words in [b, e) other than those of `ok`. */
static inline size_t n_lower(const fx *x, uint32_t b, uint32_t e, const char *const *ok)
{
	size_t n = 0;
	for (; b < e; b++)
		n += lowword(&x->t[b]) && !(ok && dyad__in_list(x->t[b].lower, ok));
	return n;
}

static inline int has_word(const fx *x, uint32_t b, uint32_t e, const char *const *list)
{
	for (; b < e; b++)
		if (dyad__in_list(x->t[b].lower, list))
			return 1;
	return 0;
}

/* The rule an author's note at the story's end is marked by. */
extern const char dyad__furn_author_why[];

/* The furniture kind sentence s is by its own shape (0: content); *strong
 * when it is a sign-off block that ends the story; *why names the rule. */
int dyad__furn_classify(fx *x, size_t s, int *strong, const char **why);

/* furniture_page.c: page residue one line at a time (share bars, counters,
 * template markup, editor's notes, date lines, bare links, a source name
 * over the story), lines cut off a sentence's front, and embedded posts. */
int dyad__furn_page(fx *x, size_t s, uint32_t b, uint32_t e, const char **why);
void dyad__furn_lead_cuts(fx *x);
void dyad__furn_crumbs(fx *x);
void dyad__furn_embeds(fx *x);
void dyad__furn_link_lists(fx *x);

#endif
