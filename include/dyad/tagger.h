/*
 * dyad/tagger.h — Penn Treebank part-of-speech tags and the tagger.
 *
 * The tagger is a trigram HMM decoded with Viterbi over festlex-poslex's
 * lexicon and tag n-grams, with suffix and shape guesses for unknown words
 * (capitalised unknown words lean to proper nouns) and a few contextual
 * corrections. It runs per sentence in time linear in its length.
 */
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/lexicon.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Penn Treebank tags, with punctuation tags as in the Treebank. */
typedef enum dyad_pos {
	DYAD_POS_NONE = 0,
	DYAD_POS_CC, DYAD_POS_CD, DYAD_POS_DT, DYAD_POS_EX, DYAD_POS_FW,
	DYAD_POS_IN, DYAD_POS_JJ, DYAD_POS_JJR, DYAD_POS_JJS, DYAD_POS_LS,
	DYAD_POS_MD, DYAD_POS_NN, DYAD_POS_NNS, DYAD_POS_NNP, DYAD_POS_NNPS,
	DYAD_POS_PDT, DYAD_POS_POS, DYAD_POS_PRP, DYAD_POS_PRPS /* PRP$ */,
	DYAD_POS_RB, DYAD_POS_RBR, DYAD_POS_RBS, DYAD_POS_RP, DYAD_POS_SYM,
	DYAD_POS_TO, DYAD_POS_UH, DYAD_POS_VB, DYAD_POS_VBD, DYAD_POS_VBG,
	DYAD_POS_VBN, DYAD_POS_VBP, DYAD_POS_VBZ, DYAD_POS_WDT, DYAD_POS_WP,
	DYAD_POS_WPS /* WP$ */, DYAD_POS_WRB,
	DYAD_POS_PERIOD /* . */, DYAD_POS_COMMA /* , */, DYAD_POS_COLON /* : */,
	DYAD_POS_LQUOTE /* `` */, DYAD_POS_RQUOTE /* '' */,
	DYAD_POS_LRB /* -LRB- */, DYAD_POS_RRB /* -RRB- */,
	DYAD_POS_DOLLAR /* $ */, DYAD_POS_HASH /* # */,
	DYAD_POS_COUNT
} dyad_pos;

/* Penn spelling of a tag ("NN", "PRP$", "-LRB-"); "" for NONE. */
const char *dyad_pos_name(dyad_pos p);

/* Parse a Penn tag name. Non-standard auxiliary tags found in some
 * Treebank files (AUX, AUXD, AUXZ, AUXP, AUXB, AUXG, AUXN) map to the
 * corresponding VB* tag. DYAD_EINVALID for an unknown name. */
DYAD_NODISCARD int dyad_pos_parse(dyad_pos *out, const char *name);

/* Coarse classes, for the chunker and coder. */
int dyad_pos_is_noun(dyad_pos p);   /* NN NNS NNP NNPS */
int dyad_pos_is_verb(dyad_pos p);   /* VB VBD VBG VBN VBP VBZ (not MD) */
int dyad_pos_is_adj(dyad_pos p);    /* JJ JJR JJS */
int dyad_pos_is_adv(dyad_pos p);    /* RB RBR RBS */
int dyad_pos_is_punct(dyad_pos p);  /* . , : `` '' -LRB- -RRB- */

/* Tag toks[0..n) (one sentence) of text: sets each token's tag. Uses the
 * arena for scratch space only. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_tagger_tag(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	const char *text, dyad_token *toks, size_t n);

#ifdef __cplusplus
}
#endif
#endif
