/*
 * dyad/pipeline.h — run the whole text front end on one story: normalise,
 * split into sentences and tokens, tag, lemmatise, chunk. The result lives
 * in the arena passed in.
 */
#ifndef DYAD_PIPELINE_H
#define DYAD_PIPELINE_H

#include "dyad/arena.h"
#include "dyad/chunk.h"
#include "dyad/common.h"
#include "dyad/furniture.h"
#include "dyad/lexicon.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_analysis {
	dyad_doc_text doc;      /* normalised text, tokens (tagged, lemmatised), sentences */
	dyad_doc_chunks chunks; /* chunks and clauses */
	dyad_furniture furniture; /* dropped spans (with DYAD_PIPELINE_FURNITURE) */
} dyad_analysis;

/* Stages to run, in order; each includes the ones before it. */
typedef enum dyad_stage {
	DYAD_STAGE_NORMALIZE = 1,
	DYAD_STAGE_SPLIT,
	DYAD_STAGE_TAG,
	DYAD_STAGE_LEMMA,
	DYAD_STAGE_CHUNK
} dyad_stage;

/* Analyse raw[0..len) up to and including stage `upto`. lex may be NULL
 * when upto < DYAD_STAGE_TAG. DYAD_ENOMEM or DYAD_ELIMIT on failure. */
DYAD_NODISCARD int dyad_pipeline_run(dyad_analysis *out, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const char *raw, size_t len, dyad_stage upto);

/* Flags for dyad_pipeline_run_opts. */
enum {
	/* after splitting, find page furniture (dyad/furniture.h): mark
	 * furniture sentences, cut a dateline off the first one */
	DYAD_PIPELINE_FURNITURE = 1u << 0
};

/* dyad_pipeline_run with DYAD_PIPELINE_* flags; flags 0 is
 * dyad_pipeline_run. */
DYAD_NODISCARD int dyad_pipeline_run_opts(dyad_analysis *out, dyad_ctx *ctx,
	const dyad_lexicon *lex, dyad_arena *arena, const char *raw, size_t len, dyad_stage upto,
	unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
