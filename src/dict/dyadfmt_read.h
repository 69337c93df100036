/*
 * Internals of the dyad-format reader: the line-level parsers of
 * dyadfmt_lex.c, used by the block reader in dyadfmt.c.
 */
#ifndef DYAD_DICT_DYADFMT_READ_H
#define DYAD_DICT_DYADFMT_READ_H

#include "model.h"

/* A span of the line being read. */
typedef struct dd_span {
	const char *s;
	size_t n;
} dd_span;

/* Where strings go and diagnostics point. */
typedef struct dd_lex {
	dyad_dict *d;
	dd_origin at;       /* the line being read */
} dd_lex;

dd_span dyad_dict__lex_trim(dd_span t);
int dyad_dict__lex_is(dd_span t, const char *word);

/* Report the line as an error; fmt takes one "%.*s" (arg, n). _bad
 * returns DYAD_OK or DYAD_ENOMEM, _reject DYAD_EINPUT or DYAD_ENOMEM. */
int dyad_dict__lex_bad(dd_lex *x, const char *fmt, const char *arg, size_t n);
int dyad_dict__lex_reject(dd_lex *x, const char *fmt, const char *arg, size_t n);

/* An arena copy of t. */
int dyad_dict__lex_str(dd_lex *x, const char **out, dd_span t);

/* Cut a trailing note ("#" standing alone) off t; returns the rest. */
dd_span dyad_dict__lex_note(dd_span t, dd_span *note, int *has_note);

/* Split "LEFT => RIGHT" at the last "=>"; 0 when there is none. */
int dyad_dict__lex_arrow(dd_span t, dd_span *left, dd_span *right);

/* The parsers below return DYAD_OK, DYAD_EINPUT (reported) or
 * DYAD_ENOMEM. */

/* Words separated by white space or "_". mark: NULL, or receives the index
 * of the word written with a leading "+" (UINT32_MAX for none). An empty
 * t gives an empty phrase; _req reports it. */
int dyad_dict__lex_phrase(dd_lex *x, dd_phrase *out, dd_span t, uint32_t *mark);
int dyad_dict__lex_phrase_req(dd_lex *x, dd_phrase *out, dd_span t, uint32_t *mark);

/* Pattern elements (p->elems, p->n). */
int dyad_dict__lex_pattern(dd_lex *x, dd_pattern *p, dd_span t);

/* "CODE [DATES]" of an actor code line. */
int dyad_dict__lex_code(dd_lex *x, dd_code *c, dd_span t);

/* "VERB {FORM, FORM}" */
int dyad_dict__lex_form(dd_lex *x, dd_verbform *f, dd_span t);

/* "FILE:LINE" or "FILE" */
int dyad_dict__lex_from(dd_lex *x, dd_source *src, dd_span t);

#endif
