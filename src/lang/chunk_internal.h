/*
 * Internals shared by the chunker (chunk.c) and the clause finder
 * (clause.c): coarse tag classes and the word lists both consult.
 *
 * The classifiers are our own static inlines over the dyad_pos enum rather
 * than dyad_pos_is_* from tagger.h, so that the chunker depends on the
 * tag set only, not on the tagger's code.
 */
#ifndef DYAD_CHUNK_INTERNAL_H
#define DYAD_CHUNK_INTERNAL_H

#include "dyad/chunk.h"
#include "dyad/tagger.h"

/* Tag classes; the enum keeps each class contiguous. */
static inline int ck_noun(unsigned t) { return t >= DYAD_POS_NN && t <= DYAD_POS_NNPS; }
static inline int ck_proper(unsigned t) { return t == DYAD_POS_NNP || t == DYAD_POS_NNPS; }
static inline int ck_verb(unsigned t) { return t >= DYAD_POS_VB && t <= DYAD_POS_VBZ; }
static inline int ck_adj(unsigned t) { return t >= DYAD_POS_JJ && t <= DYAD_POS_JJS; }
static inline int ck_adv(unsigned t) { return t >= DYAD_POS_RB && t <= DYAD_POS_RBS; }
static inline int ck_punct(unsigned t) { return t >= DYAD_POS_PERIOD && t <= DYAD_POS_RRB; }
static inline int ck_wh(unsigned t)
{
	return t == DYAD_POS_WDT || t == DYAD_POS_WP || t == DYAD_POS_WPS || t == DYAD_POS_WRB;
}
/* A tag that fixes tense: the first of these in a verb group gives it. */
static inline int ck_finite(unsigned t)
{
	return t == DYAD_POS_MD || t == DYAD_POS_VBD || t == DYAD_POS_VBZ || t == DYAD_POS_VBP;
}

#define CK_TENSE (DYAD_VPF_PAST | DYAD_VPF_PRESENT | DYAD_VPF_FUTURE | DYAD_VPF_MODAL)

/* Quotation marks, by tag or by the tokeniser's open/close flag. */
static inline int ck_open_quote(const dyad_token *t)
{
	return t->tag == DYAD_POS_LQUOTE || (t->flags & DYAD_TOKF_QUOTE_OPEN);
}
static inline int ck_close_quote(const dyad_token *t)
{
	return t->tag == DYAD_POS_RQUOTE || (t->flags & DYAD_TOKF_QUOTE_CLOSE);
}

/* Non-zero if a verb token is a verb of saying ("said", "told", "warned"):
 * the lemma when the lemmatiser has run, else the lower-cased form. */
int dyad_chunk__reporting(const dyad_token *t);

/* Flags and head (*head) of a verb group toks[begin..end) cut by someone
 * else (lang/treebank_chunk.c takes groups from a parse tree), by the same
 * rules as the chunker's own groups. */
uint16_t dyad_chunk__vp_flags(const dyad_token *toks, uint32_t begin, uint32_t end,
	uint32_t *head);

/* Group the chunks in out->chunks (already filled, with sent_chunk) into
 * clauses: fills clauses, n_clauses, sent_clause and every chunk's clause.
 * DYAD_ENOMEM only (the arena is then marked failed). */
int dyad_chunk__clauses(dyad_doc_chunks *out, dyad_arena *arena, const dyad_doc_text *doc);

#endif
