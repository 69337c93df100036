/*
 * Shared between the event coder's files: one sentence as the coder sees it
 * (words, which are hidden, clauses, actor mentions) and verb-pattern
 * matching over it (patterns.c). Internal to libdyad.
 */
#ifndef DYAD_EVENTS_INTERNAL_H
#define DYAD_EVENTS_INTERNAL_H

#include <stdint.h>

#include "actors/actors.h"
#include "dict/matcher_internal.h"
#include "dyad/pipeline.h"

typedef struct dyad__sent {
	const dyad_matcher *m;
	const dyad_analysis *an;
	uint32_t index;          /* sentence number */
	uint32_t n;              /* words */
	const char **words;      /* lower-case forms */
	uint32_t *tok;           /* document token of each word (a hyphenated
	                          * token gives several words, manual 5.2) */
	uint8_t *hidden;         /* 1: inside an eliminated comma clause (7.8) */
	uint16_t *clause;        /* clause of a compound sentence (7.6) */
	int32_t *ment_at;        /* mention starting at word i, or -1 */
	int32_t *ment_end;       /* mention ending at word i (last word), or -1 */
	dyad__mention *ments;
	size_t n_ments;
} dyad__sent;

/* What a pattern matched. Mention indexes are -1 when the pattern has no
 * such slot. */
typedef struct dyad__pmatch {
	unsigned score;          /* elements matched: the longer pattern wins */
	int32_t src, tgt;        /* $ and + */
	int32_t compound;        /* %: a compound mention for both sides */
	int negation;            /* a matched word was a negation ("NOT *") */
	uint32_t lo, hi;         /* words covered [lo, hi) */
} dyad__pmatch;

/* Match pattern p around the verb at words [vb, ve), within the visible
 * words of [lo, hi) (hidden words skipped; matching stops at a comma,
 * manual 5.5.3). Returns 1 and fills *out when it matches. */
int dyad_events__pattern(dyad__pmatch *out, const dyad__sent *s, const dm_pattern_view *p,
	uint32_t vb, uint32_t ve, uint32_t lo, uint32_t hi);

/* The pattern as written (arena), NULL on OOM. */
const char *dyad_events__pattern_text(dyad_arena *a, const dyad_matcher *m,
	const dm_pattern_view *p);

/* Is w a negation word? */
int dyad_events__negation(const char *w);

#endif
