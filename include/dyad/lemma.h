/*
 * dyad/lemma.h — lemmas from WordNet's morphology: the exception lists
 * (went → go, children → child) first, then WordNet's detachment rules
 * (-ies → -y, -es → -e or nothing, -ed, -ing …), accepting the first
 * candidate that WordNet knows for the word's part of speech.
 */
#ifndef DYAD_LEMMA_H
#define DYAD_LEMMA_H

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/lexicon.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The lemma of a lower-case word form with Penn tag pos. Nouns, verbs,
 * adjectives and adverbs are reduced; other tags return the form itself.
 * The result is borrowed from the lexicon or the arena (valid until reset);
 * NULL only when the arena is out of memory. */
const char *dyad_lemma_lookup(const dyad_lexicon *lex, dyad_arena *arena,
	const char *lower, size_t len, dyad_pos pos);

/* Set the lemma of every token in toks[0..n) from its lower form and tag.
 * DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_lemma_tokens(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	dyad_token *toks, size_t n);

#ifdef __cplusplus
}
#endif
#endif
