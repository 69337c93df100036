/*
 * The text front end end to end (see dyad/pipeline.h): each stage is a pure
 * function over the document's arena, run in the order data flows.
 */
#include <string.h>

#include "dyad/lemma.h"
#include "dyad/pipeline.h"
#include "dyad/tagger.h"
#include "ctx_internal.h"

int dyad_pipeline_run(dyad_analysis *out, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const char *raw, size_t len, dyad_stage upto)
{
	return dyad_pipeline_run_opts(out, ctx, lex, arena, raw, len, upto, 0);
}

int dyad_pipeline_run_opts(dyad_analysis *out, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const char *raw, size_t len, dyad_stage upto, unsigned flags)
{
	dyad_text text;
	size_t s;
	int rc;

	memset(out, 0, sizeof *out);
	if (upto >= DYAD_STAGE_TAG && !lex)
		return dyad__error(ctx, DYAD_EINVALID, "tagging needs a lexicon");
	if ((rc = dyad_text_normalize(&text, ctx, arena, raw, len)) < 0)
		return rc;
	out->doc.text = text;
	if (upto < DYAD_STAGE_SPLIT)
		return DYAD_OK;
	if ((rc = dyad_text_split(&out->doc, ctx, arena, &text)) < 0)
		return rc;
	/* before tagging, so that the tagger sees a sentence without its dateline */
	if ((flags & DYAD_PIPELINE_FURNITURE) &&
		(rc = dyad_furniture_find(&out->furniture, ctx, arena, &out->doc)) < 0)
		return rc;
	if (upto < DYAD_STAGE_TAG)
		return DYAD_OK;
	for (s = 0; s < out->doc.n_sents; s++) {
		const dyad_sentence *se = &out->doc.sents[s];
		dyad_token *toks = out->doc.toks + se->tok_begin;
		size_t n = se->tok_end - se->tok_begin;
		if ((rc = dyad_tagger_tag(ctx, lex, arena, text.buf, toks, n)) < 0)
			return rc;
		if (upto >= DYAD_STAGE_LEMMA && (rc = dyad_lemma_tokens(ctx, lex, arena, toks, n)) < 0)
			return rc;
	}
	if (upto < DYAD_STAGE_CHUNK)
		return DYAD_OK;
	return dyad_chunk_doc(&out->chunks, ctx, arena, &out->doc);
}
