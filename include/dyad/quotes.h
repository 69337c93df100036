/*
 * dyad/quotes.h — quotations and reported speech in a whole story, with the
 * token ranges of their speakers, addressees and verbs of saying.
 *
 * Works on a tagged and chunked story (dyad/pipeline.h). Returns token
 * ranges only; resolving a speaker to an actor code is the coder's job.
 * All token ranges are DOCUMENT token indexes [b, e) into an->doc.toks;
 * {0,0} means none.
 */
#ifndef DYAD_QUOTES_H
#define DYAD_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_quote {
	uint32_t sentence;         /* sentence of the attribution (or of the quote's start when none) */
	/* The quoted words, outer marks excluded (a trailing comma too); may
	 * span sentences and paragraphs (a paragraph's repeated opening mark
	 * stays inside). For indirect speech, the reported clause. */
	uint32_t quote_tok[2];
	/* The noun phrase or pronoun naming the speaker: "Russian Foreign
	 * Minister Sergei Lavrov", "she", "a statement from the ministry" → the
	 * ministry; no trailing apposition. Copied from the quote it continues
	 * (see continues). {0,0} when none found. */
	uint32_t speaker_tok[2];
	uint32_t addressee_tok[2]; /* "told Y" → Y; {0,0} */
	uint32_t verb_tok[2];      /* "said", "told", "added", "according to", "quoted … as saying"; {0,0} */
	uint8_t direct;            /* 1 quoted words, 0 reported (indirect) speech */
	/* An unattributed quote taking an earlier statement's speaker (the one
	 * ending in the same or the previous sentence): that statement's index,
	 * else -1. */
	int32_t continues;
} dyad_quote;

/* Find the statements of a story: direct quotes in straight or curly marks
 * and reported speech ("X said (that) …", "…, X said", "according to X").
 * *out (arena) is sorted by quote_tok[0], an enclosing span before the spans
 * inside it. A quoted fragment of a sentence a speaker is attributed
 * (X urged Y "to …", "…" and "…", X said) is that speaker's statement,
 * however short; scare quotes (a short quotation with no attribution, e.g.
 * countering 'containment') and names or titles in quotes (so-called "…",
 * Operation "Sindoor") are not statements and are not returned. Never
 * fails on unbalanced marks. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_quotes_find(dyad_quote **out, size_t *n, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an);

/* Index of the innermost (shortest) quote or reported span containing
 * document token tok, or -1. */
int dyad_quotes_covering(const dyad_quote *q, size_t n, uint32_t tok);

#ifdef __cplusplus
}
#endif
#endif
