/*
 * Fuzz target for the text front end: arbitrary bytes through
 * dyad_text_normalize and dyad_text_split, then the invariants every later
 * stage relies on are checked, so that a wrong span fails as loudly as a
 * crash: tokens in order, inside the text and never empty; sentences tiling
 * the tokens; the byte map non-decreasing and inside the input. Then page
 * furniture (dyad/furniture.h) runs on the split text: its spans stay
 * inside the text and a dateline cut leaves sentences inside their tokens.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/furniture.h"
#include "dyad/text.h"

#define CHECK(c) do { if (!(c)) abort(); } while (0)

static void check(const dyad_doc_text *d, size_t in_len)
{
	const dyad_text *t = &d->text;
	size_t i, end = 0;
	CHECK(t->buf[t->len] == '\0');
	if (t->map) {
		for (i = 0; i < t->len; i++)
			CHECK(t->map[i] <= t->map[i + 1] && t->map[i] < in_len);
		CHECK(t->map[t->len] == in_len);
	} else {
		CHECK(t->len == in_len);
	}
	for (i = 0; i < d->n_toks; i++) {
		const dyad_token *k = &d->toks[i];
		CHECK(k->len > 0 && k->off >= end && (size_t)k->off + k->len <= t->len);
		CHECK(k->lower != NULL && k->kind <= DYAD_TOK_CONTRACTION && k->chunk == -1);
		CHECK((k->flags & 0xFF00u) == 0);
		end = k->off + k->len;
	}
	for (i = 0; i < d->n_sents; i++) {
		const dyad_sentence *s = &d->sents[i];
		CHECK(s->tok_begin < s->tok_end && s->tok_end <= d->n_toks);
		CHECK(s->tok_begin == (i ? d->sents[i - 1].tok_end : 0));
		CHECK(s->tok_end - s->tok_begin <= 400);
		CHECK(s->off == d->toks[s->tok_begin].off);
		CHECK(s->para < d->n_paras);
	}
	CHECK(d->n_sents == 0 ? d->n_toks == 0 : d->sents[d->n_sents - 1].tok_end == d->n_toks);
}

static void check_furniture(dyad_ctx *ctx, dyad_arena *arena, dyad_doc_text *d)
{
	dyad_furniture f;
	size_t i;
	if (dyad_furniture_find(&f, ctx, arena, d) != DYAD_OK)
		return;
	for (i = 0; i < f.n_spans; i++)
		CHECK(f.spans[i].sentence < d->n_sents && f.spans[i].kind != 0 &&
			(size_t)f.spans[i].off + f.spans[i].len <= d->text.len);
	for (i = 0; i < d->n_sents; i++) {
		const dyad_sentence *s = &d->sents[i];
		CHECK(s->tok_begin <= s->tok_end && s->tok_end <= d->n_toks);
		CHECK((size_t)s->off + s->len <= d->text.len);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_text t;
	dyad_doc_text d;
	if (dyad_ctx_new(&ctx, NULL) != DYAD_OK)
		return 0;
	if (dyad_arena_new(&arena, ctx) == DYAD_OK) {
		if (dyad_text_normalize(&t, ctx, arena, (const char *)data, size) == DYAD_OK &&
			dyad_text_split(&d, ctx, arena, &t) == DYAD_OK) {
			check(&d, size);
			check_furniture(ctx, arena, &d);
		}
		dyad_arena_free(arena);
	}
	dyad_ctx_free(ctx);
	return 0;
}
