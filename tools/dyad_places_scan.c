/*
 * dyad_places_scan — measure the locative place finder (dyad/places.h) on a
 * corpus, run by hand:
 *
 *   dyad_places_scan [--print] [--every N] [--gazetteer FILE] [FILE.jsonl]
 *
 * Runs the front end and dyad_places_find on every story of FILE (default
 * ../shared/corpus/news.jsonl) and prints sentences, places, places per 100
 * sentences, how many were gazetteer matches, and the time spent finding
 * places beside the front end's. --print writes every Nth place (--every,
 * default 1) as "id<TAB>name<TAB>country<TAB>kind<TAB>phrase<TAB>sentence",
 * for judging precision by eye.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad/dyad.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void put_span(const dyad_doc_text *d, uint32_t b, uint32_t e)
{
	const dyad_token *a = &d->toks[b], *z = &d->toks[e - 1];
	for (uint32_t o = a->off; o < z->off + z->len; o++)
		putchar(d->text.buf[o] == '\n' || d->text.buf[o] == '\t' ? ' ' : d->text.buf[o]);
}

int main(int argc, char **argv)
{
	const char *path = "../shared/corpus/news.jsonl", *gpath = NULL;
	int print = 0, every = 1, i, rc;
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_reader *rd;
	dyad_lexicon *lex = NULL;
	dyad_gazetteer *g = NULL;
	dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
	size_t sents = 0, places = 0, known = 0, seen = 0;
	double t_front = 0, t_places = 0, t0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--print"))
			print = 1;
		else if (!strcmp(argv[i], "--every") && i + 1 < argc)
			every = atoi(argv[++i]) > 0 ? atoi(argv[i]) : 1;
		else if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc)
			gpath = argv[++i];
		else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: dyad_places_scan [--print] [--every N] [--gazetteer FILE] [FILE.jsonl]\n");
			return 2;
		} else
			path = argv[i];
	}
	if (dyad_ctx_new(&ctx, NULL) < 0 || dyad_arena_new(&arena, ctx) < 0)
		return 5;
	t0 = now();
	if (dyad_lexicon_load(&lex, ctx, NULL) < 0 || dyad_gazetteer_new(&g, ctx, gpath) < 0) {
		fprintf(stderr, "dyad_places_scan: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	fprintf(stderr, "loaded lexicon and gazetteer (%zu places, %zu names) in %.2f s\n",
		dyad_gazetteer_count(g), dyad_gazetteer_names(g), now() - t0);
	ro.format = DYAD_FORMAT_JSONL;
	if (dyad_reader_open(&rd, ctx, path, &ro) < 0) {
		fprintf(stderr, "dyad_places_scan: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	for (;;) {
		dyad_story st;
		dyad_analysis an;
		dyad_place *p;
		size_t n;
		dyad_arena_reset(arena);
		rc = dyad_reader_next(rd, arena, &st);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT)
			continue;
		if (rc < 0)
			break;
		t0 = now();
		if (dyad_pipeline_run(&an, ctx, lex, arena, st.text, st.text_len, DYAD_STAGE_CHUNK) < 0)
			continue;
		t_front += now() - t0;
		t0 = now();
		if (dyad_places_find(&p, &n, ctx, arena, g, &an) < 0)
			continue;
		t_places += now() - t0;
		sents += an.doc.n_sents;
		places += n;
		for (size_t k = 0; k < n; k++) {
			const dyad_sentence *s = &an.doc.sents[p[k].sentence];
			known += p[k].kind != DYAD_PLACE_UNKNOWN;
			if (!print || seen++ % (size_t)every)
				continue;
			printf("%s\t%s\t%s\t%s\t", st.id ? st.id : "-", p[k].name,
				p[k].country ? p[k].country : "-", dyad_place_kind_name((dyad_place_kind)p[k].kind));
			put_span(&an.doc, p[k].phrase_tok[0], p[k].phrase_tok[1]);
			putchar('\t');
			put_span(&an.doc, s->tok_begin, s->tok_end);
			putchar('\n');
		}
	}
	fprintf(stderr, "%zu sentences, %zu places (%.1f per 100 sentences), %zu from the gazetteer; "
		"front end %.2f s, places %.3f s\n", sents, places, sents ? 100.0 * places / sents : 0.0,
		known, t_front, t_places);
	dyad_reader_free(rd);
	dyad_gazetteer_free(g);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
