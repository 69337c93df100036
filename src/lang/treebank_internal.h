/*
 * Internals shared by the Treebank input's two halves: treebank.c reads the
 * trees and makes tokens and sentences; treebank_chunk.c cuts chunks and
 * clauses from the constituents. Not public.
 *
 * Trees are kept as arrays of nodes in pre-order with first-child and
 * next-sibling links, so that the walks need no allocation, and each node
 * knows the tokens under it as a range (leaves get consecutive tokens).
 */
#ifndef DYAD_TREEBANK_INTERNAL_H
#define DYAD_TREEBANK_INTERNAL_H

#include <stdint.h>

#include "dyad/chunk.h"
#include "dyad/text.h"

/* Constituent classes that the chunker and clause finder tell apart. */
enum {
	DYAD__TB_LEAF = 0, /* a preterminal: (TAG word) */
	DYAD__TB_OTHER,    /* ROOT, FRAG, PRN, UCP, X … and unknown labels */
	DYAD__TB_S,        /* S SINV SQ SBARQ */
	DYAD__TB_SBAR,
	DYAD__TB_NP,
	DYAD__TB_NML,      /* NML NX NAC: nominal pieces inside an NP */
	DYAD__TB_VP,
	DYAD__TB_PP,       /* PP WHPP */
	DYAD__TB_ADJP,
	DYAD__TB_ADVP,
	DYAD__TB_QP,
	DYAD__TB_PRT,
	DYAD__TB_CONJP,
	DYAD__TB_WH,       /* WHNP WHADVP WHADJP */
	DYAD__TB_RRC
};

typedef struct dyad__tb_node {
	const char *label, *word;  /* into the parse text; word only for leaves */
	uint32_t label_len, word_len;
	int32_t parent, child, next; /* -1 for none */
	uint32_t tok_begin, tok_end; /* tokens under the node; equal when none */
	uint8_t cat;                 /* DYAD__TB_* */
	uint8_t wh;                  /* label starts with WH */
} dyad__tb_node;

typedef struct dyad__tb_forest {
	dyad__tb_node *nodes;
	size_t n_nodes;
	int32_t *roots;  /* one per sentence, in order */
	size_t n_roots;
} dyad__tb_forest;

/* Chunks and clauses of doc (tokens tagged and lemmatised, one sentence per
 * root of f) from f's constituents; sets every token's chunk. DYAD_ENOMEM
 * only. */
int dyad__tb_chunk(dyad_doc_chunks *out, dyad_ctx *ctx, dyad_arena *arena, dyad_doc_text *doc,
	const dyad__tb_forest *f);

#endif
