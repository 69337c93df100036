/*
 * dyad_quotes — list the statements dyad_quotes_find sees in stories, to
 * measure and read them by hand.
 *
 *   dyad_quotes [--direct] [--context] [--sample N --seed S] [FILE]
 *
 * Reads stories (JSON Lines, text …; stdin without FILE) and prints one
 * tab-separated line per statement: doc id, D(irect)/I(ndirect), the
 * speaker, the verb, the addressee, the sentence, and the quote. "^k" after
 * D marks a quote continuing statement k; --context adds the sentence of
 * the attribution. With --sample N, N statements
 * picked at random (reservoir, seed S) instead of all. The last line on
 * stderr counts stories, direct and indirect statements, and direct ones
 * with a speaker.
 *
 * Exit codes: 0 ok, 2 usage, 3 lexicon or input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/dyad.h"
#include "dyad/quotes.h"

static void span(char *out, size_t cap, const dyad_analysis *an, const uint32_t r[2])
{
	size_t k = 0;
	out[0] = 0;
	if (r[1] <= r[0])
		return;
	{
		const dyad_token *a = &an->doc.toks[r[0]], *b = &an->doc.toks[r[1] - 1];
		size_t len = b->off + b->len - a->off;
		const char *s = an->doc.text.buf + a->off;
		for (size_t i = 0; i < len && k + 1 < cap; i++)
			out[k++] = (s[i] == '\n' || s[i] == '\t') ? ' ' : s[i];
		out[k] = 0;
	}
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	int only_direct = 0, context = 0;
	long sample = 0, seen = 0;
	unsigned long seed = 1;
	char **res = NULL;
	long stories = 0, nd = 0, ni = 0, nds = 0;
	dyad_ctx *ctx;
	dyad_arena *arena, *sa;
	dyad_lexicon *lex;
	dyad_reader *r;
	dyad_story st;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--direct"))
			only_direct = 1;
		else if (!strcmp(argv[i], "--context"))
			context = 1;
		else if (!strcmp(argv[i], "--sample") && i + 1 < argc)
			sample = atol(argv[++i]);
		else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
			seed = strtoul(argv[++i], NULL, 10);
		else if (argv[i][0] == '-') {
			fputs("usage: dyad_quotes [--direct] [--context] [--sample N --seed S] [FILE]\n", stderr);
			return 2;
		} else
			path = argv[i];
	}
	if (dyad_ctx_new(&ctx, NULL) || dyad_arena_new(&arena, ctx) || dyad_arena_new(&sa, ctx))
		return 3;
	if (dyad_lexicon_load(&lex, ctx, NULL)) {
		fprintf(stderr, "dyad_quotes: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	rc = path ? dyad_reader_open(&r, ctx, path, NULL)
		  : dyad_reader_open_file(&r, ctx, stdin, "<stdin>", NULL);
	if (rc) {
		fprintf(stderr, "dyad_quotes: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	if (sample > 0 && !(res = calloc((size_t)sample, sizeof *res)))
		return 3;
	srand((unsigned)seed);
	for (;;) {
		dyad_analysis an;
		dyad_quote *q;
		size_t n;
		dyad_arena_reset(sa);
		rc = dyad_reader_next(r, sa, &st);
		if (rc == 0)
			break;
		if (rc < 0)
			continue;
		dyad_arena_reset(arena);
		if (dyad_pipeline_run(&an, ctx, lex, arena, st.text, st.text_len, DYAD_STAGE_CHUNK) ||
			dyad_quotes_find(&q, &n, ctx, arena, &an))
			continue;
		stories++;
		for (size_t i = 0; i < n; i++) {
			char spk[256], verb[128], addr[128], quote[400], sent[600], line[1800];
			uint32_t sr[2];
			if (q[i].direct) {
				nd++;
				nds += q[i].speaker_tok[1] > q[i].speaker_tok[0];
			} else {
				ni++;
			}
			if (only_direct && !q[i].direct)
				continue;
			span(spk, sizeof spk, &an, q[i].speaker_tok);
			span(verb, sizeof verb, &an, q[i].verb_tok);
			span(addr, sizeof addr, &an, q[i].addressee_tok);
			span(quote, sizeof quote, &an, q[i].quote_tok);
			sr[0] = an.doc.sents[q[i].sentence].tok_begin;
			sr[1] = an.doc.sents[q[i].sentence].tok_end;
			span(sent, sizeof sent, &an, sr);
			snprintf(line, sizeof line, "%s\t%s%s%d\t%s\t%s\t%s\t%u\t%s\t| %s", st.id ? st.id : "-",
				q[i].direct ? "D" : "I", q[i].continues >= 0 ? "^" : "",
				q[i].continues >= 0 ? q[i].continues : (int)i, spk, verb, addr,
				q[i].sentence, quote, context ? sent : "");
			if (!sample) {
				puts(line);
				continue;
			}
			seen++;
			if (seen <= sample) {
				res[seen - 1] = strdup(line);
			} else {
				long j = rand() % seen;
				if (j < sample) {
					free(res[j]);
					res[j] = strdup(line);
				}
			}
		}
	}
	for (long i = 0; i < sample && i < seen; i++) {
		puts(res[i]);
		free(res[i]);
	}
	free(res);
	fprintf(stderr, "stories %ld, direct %ld (with speaker %ld), indirect %ld\n", stories, nd,
		nds, ni);
	dyad_reader_free(r);
	dyad_lexicon_free(lex);
	dyad_arena_free(sa);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
