/*
 * Internals of the tagger shared by tagger.c (decoding), tagger_guess.c
 * (unknown words) and tagger_fix.c (Penn mapping and corrections).
 */
#ifndef DYAD_TAGGER_INTERNAL_H
#define DYAD_TAGGER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/tagger.h"
#include "lang/lexicon_internal.h"

/* Word shape bits. */
enum {
	DYAD__SH_CAP = 1u << 0,     /* first letter upper case */
	DYAD__SH_ALLCAPS = 1u << 1, /* 2+ letters, all upper case */
	DYAD__SH_INITIAL = 1u << 2, /* first word of the sentence */
	DYAD__SH_DIGIT = 1u << 3,   /* contains a digit */
	DYAD__SH_HYPHEN = 1u << 4,  /* contains an inner hyphen */
	DYAD__SH_LOWER = 1u << 5    /* first letter lower case */
};

typedef struct dyad__guess {
	uint8_t tag; /* enum dyad__ftag */
	float lp;    /* log P(tag | shape, suffix) */
} dyad__guess;

#define DYAD__GUESS_MAX 8

/* Tag distribution for a word the lexicon does not know (or a capitalised
 * one it knows only as a common word): s[0..len) as written, lower[0..llen)
 * lower case. Returns the number of entries written to out. */
int dyad__tagger_guess(dyad__guess *out, const dyad_lexicon *lex, const char *s, size_t len,
	const char *lower, size_t llen, unsigned shape);

/* Non-zero when s[0..len) is an opening quote or bracket: a token after
 * only such tokens still starts the sentence for capitalisation. */
int dyad__opening(const char *s, size_t len);

/* Set toks[k].tag from the decoded festlex tags best[k]: punctuation from
 * its text, of/to/prp split, then the contextual corrections. */
void dyad__tagger_finish(const dyad_lexicon *lex, const char *text, dyad_token *toks,
	size_t n, const uint8_t *best);

#endif
