/*
 * Fuzz target for the Treebank input (dyad/treebank.h): the bytes up to the
 * first NUL are the story's text, the rest its parse, so that both the tree
 * reader and the leaf alignment see hostile input. A success must satisfy
 * what the coder relies on: tokens in order inside the text, every token in
 * exactly one chunk, chunks tiling each sentence, clauses nested in
 * pre-order with the innermost one on each chunk.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/treebank.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static void check(const dyad_analysis *a)
{
	const dyad_doc_text *d = &a->doc;
	const dyad_doc_chunks *c = &a->chunks;
	uint32_t end = 0;
	for (size_t i = 0; i < d->n_toks; i++) {
		const dyad_token *t = &d->toks[i];
		CHECK(t->len > 0 && t->off >= end && (size_t)t->off + t->len <= d->text.len);
		CHECK(t->lower && t->lemma && t->chunk >= 0 && (size_t)t->chunk < c->n_chunks);
		end = t->off + t->len;
	}
	CHECK(c->sent_chunk[d->n_sents] == c->n_chunks && c->sent_clause[d->n_sents] == c->n_clauses);
	for (size_t s = 0; s < d->n_sents; s++) {
		uint32_t next = d->sents[s].tok_begin, lb = c->sent_clause[s];
		CHECK(d->sents[s].tok_begin < d->sents[s].tok_end);
		for (uint32_t k = c->sent_chunk[s]; k < c->sent_chunk[s + 1]; k++) {
			const dyad_chunk *ch = &c->chunks[k];
			CHECK(ch->tok_begin == next && ch->tok_end > next);
			CHECK(ch->head >= ch->tok_begin && ch->head < ch->tok_end);
			for (uint32_t t = ch->tok_begin; t < ch->tok_end; t++)
				CHECK(d->toks[t].chunk == (int32_t)k);
			CHECK(ch->clause >= (int32_t)lb && (uint32_t)ch->clause < c->sent_clause[s + 1]);
			CHECK(c->clauses[ch->clause].chunk_begin <= k && k < c->clauses[ch->clause].chunk_end);
			next = ch->tok_end;
		}
		CHECK(next == d->sents[s].tok_end);
		CHECK(c->sent_clause[s + 1] > lb && c->clauses[lb].parent == -1);
		for (uint32_t l = lb + 1; l < c->sent_clause[s + 1]; l++) {
			const dyad_clause *cl = &c->clauses[l], *p;
			CHECK(cl->parent >= (int32_t)lb && (uint32_t)cl->parent < l);
			p = &c->clauses[cl->parent];
			CHECK(p->chunk_begin <= cl->chunk_begin && cl->chunk_end <= p->chunk_end);
			CHECK(cl->chunk_begin < cl->chunk_end && cl->chunk_begin >= c->clauses[l - 1].chunk_begin);
		}
	}
}

/* The lexicon is loaded once per process (a harness, not the library):
 * loading it per input would drown the fuzzer. Without it nothing runs. */
static const dyad_lexicon *lexicon(void)
{
	static dyad_ctx *lctx;
	static dyad_lexicon *lex;
	static int tried;
	if (!tried) {
		tried = 1;
		if (dyad_ctx_new(&lctx, NULL) != DYAD_OK || dyad_lexicon_load(&lex, lctx, NULL) != DYAD_OK)
			lex = NULL;
	}
	return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data, *nul = memchr(in, '\0', size);
	size_t tlen = nul ? (size_t)(nul - in) : 0;
	const char *parse = nul ? nul + 1 : in;
	size_t plen = size - (nul ? tlen + 1 : 0);
	const dyad_lexicon *lex = lexicon();
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_analysis a;
	if (!lex || dyad_ctx_new(&ctx, NULL) != DYAD_OK)
		return 0;
	if (dyad_arena_new(&arena, ctx) == DYAD_OK) {
		int rc = dyad_pipeline_from_parse(&a, ctx, lex, arena, in, tlen, parse, plen);
		if (rc == DYAD_OK)
			check(&a);
		else
			CHECK(rc == DYAD_EINPUT || rc == DYAD_ELIMIT || rc == DYAD_ENOMEM);
		dyad_arena_free(arena);
	}
	dyad_ctx_free(ctx);
	return 0;
}
