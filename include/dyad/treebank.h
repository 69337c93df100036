/*
 * dyad/treebank.h — optional parse input: the analysis of a story taken from
 * a Penn Treebank tree (a PETRARCH record's <Parse>) instead of dyad's own
 * tokeniser, tagger and chunker.
 *
 * Why: coding the same records once from dyad's own analysis and once from
 * the gold trees tells where dyad's parser, rather than its dictionaries or
 * coder, loses records. So the result is the very structure dyad_pipeline_run
 * fills, with chunks and clauses cut from the constituents by chunk.h's
 * conventions, and anything downstream runs on it unchanged.
 */
#ifndef DYAD_TREEBANK_H
#define DYAD_TREEBANK_H

#include <stddef.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Deepest tree accepted; deeper ones fail with DYAD_ELIMIT. */
#define DYAD_TREEBANK_MAX_DEPTH 1000

/* Analyse the story raw_text[0..len) from its Treebank parse
 * parse[0..parse_len), filling *out as dyad_pipeline_run(…,
 * DYAD_STAGE_CHUNK) would.
 *
 * The parse is one or more bracketed trees, "(ROOT (S …))" or "( (S …))";
 * each tree is one sentence. Function tags ("NP-SBJ", "PP-TMP-2") are
 * ignored, -NONE- empty elements are dropped, and the AUX* tags of some
 * parsers read as the VB* they stand for.
 *
 * Tokens: one per leaf, in order, as spans of the normalised raw text:
 * each leaf is looked for at the next non-blank position, with Treebank
 * escapes mapped back (-LRB- "(", `` and '' any double quote, ` and '
 * either single quote, -- a dash, ... an ellipsis, \/ "/"; ASCII case is
 * ignored and the underscores of PETRARCH compounds are skipped). If a leaf
 * cannot be found there (the text is empty, or the parser changed a word),
 * the whole story's text is instead rebuilt from the leaves, separated by
 * single spaces, and the tokens point into that; out->doc.text.map then
 * sends every byte of it to the input offset where alignment stopped, so
 * spans still map back into raw_text[0..len]. Tags come from the leaves'
 * labels (an unknown label leaves DYAD_POS_NONE), lemmas from
 * dyad_lemma_tokens.
 *
 * Chunks: base NPs (an NP with no phrase inside but modifiers and a
 * possessive NP), verb groups (auxiliaries, modals, negation and the main
 * verb of nested VPs), PP = the preposition(s), SBAR = the complementiser
 * or wh-word, ADJP, ADVP, PRT, CONJ, PUNCT and O, every token in exactly
 * one chunk. Clauses: the sentence's top-level clause (MAIN, or REPORTING
 * when its verb of saying has a clause or quotation as complement), SBARs
 * (RELATIVE when a wh-phrase opens one attached to a noun phrase, else
 * SUBORDINATE, or the reported content), finite clauses reported by a verb
 * of saying (MAIN children of the REPORTING clause), participial clauses
 * set off at the start or by commas and RRCs (PARTICIPIAL); nested and
 * ordered as described at the top of src/lang/chunk.c.
 *
 * lex is required (for lemmas). Everything lives in arena, borrowed until
 * it is reset; on failure *out is zeroed. Returns DYAD_EINPUT for a
 * malformed parse (unbalanced brackets, an empty tree or constituent, text
 * outside brackets; the message gives the byte offset in the parse),
 * DYAD_ELIMIT for a tree deeper than DYAD_TREEBANK_MAX_DEPTH or a text or
 * parse of 4 GiB or more, DYAD_EINVALID for a NULL parse or lexicon,
 * DYAD_ENOMEM. */
DYAD_NODISCARD int dyad_pipeline_from_parse(dyad_analysis *out, dyad_ctx *ctx,
	const dyad_lexicon *lex, dyad_arena *arena, const char *raw_text, size_t len,
	const char *parse, size_t parse_len);

#ifdef __cplusplus
}
#endif
#endif
