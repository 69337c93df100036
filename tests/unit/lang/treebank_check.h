/*
 * Helpers for the Treebank input tests (test_treebank.c and
 * test_treebank_shared.c): the structural promises of dyad/chunk.h and
 * chunk.c checked over a whole analysis, returning a description of the
 * first broken one so that the shared-data test can name the record, and a
 * renderer in test_chunk.c's style ("[NP …] [VP …] .", clauses as
 * "{TYPE … }").
 */
#ifndef DYAD_TEST_TREEBANK_CHECK_H
#define DYAD_TEST_TREEBANK_CHECK_H

#include <stdio.h>
#include <string.h>

#include "dyad/pipeline.h"

/* NULL when every promise holds, else what broke (static text). */
static inline const char *tb_check(const dyad_analysis *a)
{
	const dyad_doc_text *d = &a->doc;
	const dyad_doc_chunks *c = &a->chunks;
	uint32_t end = 0;
	for (size_t i = 0; i < d->n_toks; i++) {
		const dyad_token *t = &d->toks[i];
		if (!t->len || t->off < end || (size_t)t->off + t->len > d->text.len)
			return "token span out of order or outside the text";
		if (!t->lower || !t->lemma)
			return "token without lower form or lemma";
		end = t->off + t->len;
	}
	if (d->text.map && d->text.map[d->text.len] != d->text.input_len)
		return "byte map does not end at the input length";
	if (c->sent_chunk[0] != 0 || c->sent_chunk[d->n_sents] != c->n_chunks
		|| c->sent_clause[d->n_sents] != c->n_clauses)
		return "sentence chunk/clause index";
	for (size_t s = 0; s < d->n_sents; s++) {
		uint32_t cb = c->sent_chunk[s], ce = c->sent_chunk[s + 1];
		uint32_t lb = c->sent_clause[s], le = c->sent_clause[s + 1];
		uint32_t next = d->sents[s].tok_begin;
		if (d->sents[s].tok_begin >= d->sents[s].tok_end)
			return "empty sentence";
		for (uint32_t k = cb; k < ce; k++) {
			const dyad_chunk *ch = &c->chunks[k];
			int32_t inner = -1;
			if (ch->tok_begin != next || ch->tok_end <= ch->tok_begin)
				return "chunks do not tile the sentence";
			if (ch->head < ch->tok_begin || ch->head >= ch->tok_end)
				return "head outside its chunk";
			for (uint32_t t = ch->tok_begin; t < ch->tok_end; t++)
				if (d->toks[t].chunk != (int32_t)k)
					return "token->chunk mismatch";
			next = ch->tok_end;
			for (uint32_t l = lb; l < le; l++)
				if (c->clauses[l].chunk_begin <= k && k < c->clauses[l].chunk_end)
					inner = (int32_t)l;
			if (ch->clause != inner)
				return "chunk->clause is not the innermost clause";
		}
		if (next != d->sents[s].tok_end)
			return "chunks do not cover the sentence";
		if (le <= lb)
			return "sentence without a clause";
		for (uint32_t l = lb; l < le; l++) {
			const dyad_clause *cl = &c->clauses[l];
			int32_t parent = -1;
			if (cl->sentence != s || cl->chunk_begin >= cl->chunk_end)
				return "clause sentence or range";
			for (uint32_t p = lb; p < l; p++)
				if (c->clauses[p].chunk_begin <= cl->chunk_begin
					&& cl->chunk_end <= c->clauses[p].chunk_end)
					parent = (int32_t)p;
			if (cl->parent != parent)
				return "clause parent is not the innermost container";
			if (l == lb && (cl->chunk_begin != cb || cl->chunk_end != ce || cl->parent != -1))
				return "top-level clause does not span the sentence";
			if (l == lb && cl->type != DYAD_CLAUSE_MAIN && cl->type != DYAD_CLAUSE_REPORTING)
				return "top-level clause neither MAIN nor REPORTING";
			if (l > lb && (cl->chunk_begin < c->clauses[l - 1].chunk_begin || cl->parent < 0))
				return "clauses not in pre-order";
		}
	}
	return NULL;
}

static inline void tb_cat(char *out, size_t cap, const char *s, size_t len)
{
	size_t n = strlen(out);
	if (n + len + 1 > cap)
		len = cap - n - 1;
	memcpy(out + n, s, len);
	out[n + len] = '\0';
}

#define TB_CATS(o, cap, s) tb_cat(o, cap, s, strlen(s))

/* Render every sentence (" | " between), with clause braces if asked. */
static inline const char *tb_render(char *out, size_t cap, const dyad_analysis *a, int clauses)
{
	const dyad_doc_chunks *c = &a->chunks;
	const dyad_doc_text *d = &a->doc;
	out[0] = '\0';
	for (size_t s = 0; s < d->n_sents; s++) {
		uint32_t lb = c->sent_clause[s], le = c->sent_clause[s + 1];
		if (s)
			TB_CATS(out, cap, " | ");
		for (uint32_t k = c->sent_chunk[s]; k < c->sent_chunk[s + 1]; k++) {
			const dyad_chunk *ch = &c->chunks[k];
			int punct = ch->type == DYAD_CHUNK_PUNCT;
			if (k > c->sent_chunk[s])
				TB_CATS(out, cap, " ");
			for (uint32_t l = lb; clauses && l < le; l++)
				if (c->clauses[l].chunk_begin == k) {
					TB_CATS(out, cap, "{");
					TB_CATS(out, cap, dyad_clause_type_name((dyad_clause_type)c->clauses[l].type));
					TB_CATS(out, cap, " ");
				}
			if (!punct) {
				TB_CATS(out, cap, "[");
				TB_CATS(out, cap, dyad_chunk_type_name((dyad_chunk_type)ch->type));
			}
			for (uint32_t t = ch->tok_begin; t < ch->tok_end; t++) {
				if (!punct || t > ch->tok_begin)
					TB_CATS(out, cap, " ");
				tb_cat(out, cap, d->text.buf + d->toks[t].off, d->toks[t].len);
			}
			if (!punct)
				TB_CATS(out, cap, "]");
			for (uint32_t l = le; clauses && l-- > lb;)
				if (c->clauses[l].chunk_end == k + 1)
					TB_CATS(out, cap, "}");
		}
	}
	return out;
}

#endif
