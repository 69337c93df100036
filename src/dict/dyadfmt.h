/*
 * Spelling model pieces in dyad's dictionary syntax (docs/dictionaries.md),
 * shared by the dyad-format writer (dyadfmt_write.c), which needs it exact,
 * and the linter (check.c), which quotes phrases in its warnings. Both
 * write through a sink: a stream, or a bounded buffer that truncates.
 */
#ifndef DYAD_DICT_DYADFMT_H
#define DYAD_DICT_DYADFMT_H

#include <stdio.h>

#include "model.h"

typedef struct dd_sink {
	FILE *f;     /* when set, everything goes here */
	char *buf;   /* else into buf[0..cap), always NUL-terminated */
	size_t cap, len;
} dd_sink;

/* A sink on a caller buffer (cap >= 1); the text is truncated to fit. */
void dyad_dict__sink_buf(dd_sink *s, char *buf, size_t cap);

void dyad_dict__put(dd_sink *s, const char *text, size_t len);
void dyad_dict__puts(dd_sink *s, const char *text);

/* Words separated by spaces, each with its mode suffix: "*" stem, "="
 * literal, nothing for exact. mark (a word index, or UINT32_MAX for none)
 * gets a leading "+" (the verb word of a multi-word verb form). */
void dyad_dict__spell_phrase(dd_sink *s, const dd_phrase *p, uint32_t mark);

/* Pattern elements: "*", "$", "&NAME", "[A | B]", "{NP}", "(PP)", "_" glue. */
void dyad_dict__spell_pattern(dd_sink *s, const dd_elem *e, uint32_t n);

/* "YYYY-MM-DD" for a day number (days since 1970-01-01); buf holds 16. */
void dyad_dict__day_iso(char *buf, int32_t day);

/* The date part of a dated code line: "A..B", "<A", ">A", or "" when
 * undated. buf holds 32. */
void dyad_dict__spell_dates(char *buf, const dd_code *c);

#endif
