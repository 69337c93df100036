/*
 * bench_pipeline — throughput of the text front end, run by hand (never by
 * tests: no test times anything).
 *
 *   bench_pipeline [--stage normalize|split|tag|lemma|chunk] [--repeat N]
 *                  [FILE.jsonl]
 *
 * Reads every story of FILE (default ../shared/corpus/news.jsonl) into
 * memory first, so that reading is not timed, then runs the pipeline up to
 * the stage on each story, one thread, and prints documents/s, sentences/s,
 * tokens/s, MB/s of story text, lexicon load time and peak RSS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dyad/dyad.h"
#include "bench_util.h"

typedef struct doc { char *text; size_t len; } doc;


int main(int argc, char **argv)
{
	const char *path = "../shared/corpus/news.jsonl";
	const char *stage_names[] = { NULL, "normalize", "split", "tag", "lemma", "chunk" };
	dyad_stage stage = DYAD_STAGE_CHUNK;
	int repeat = 1, i, r;
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_reader *rd;
	dyad_lexicon *lex = NULL;
	dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
	doc *docs = NULL;
	size_t n_docs = 0, cap = 0, bytes = 0, sents = 0, toks = 0, k;
	double t0, t1, load = 0;
	int rc;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--stage") && i + 1 < argc) {
			int s, found = 0;
			for (s = 1; s <= DYAD_STAGE_CHUNK; s++)
				if (!strcmp(argv[i + 1], stage_names[s]))
					stage = (dyad_stage)s, found = 1;
			if (!found) {
				fprintf(stderr, "bench_pipeline: unknown stage %s\n", argv[i + 1]);
				return 2;
			}
			i++;
		} else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) {
			repeat = atoi(argv[++i]);
			if (repeat < 1)
				repeat = 1;
		} else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: bench_pipeline [--stage S] [--repeat N] [FILE.jsonl]\n");
			return 2;
		} else {
			path = argv[i];
		}
	}
	if (dyad_ctx_new(&ctx, NULL) < 0 || dyad_arena_new(&arena, ctx) < 0)
		return 5;
	ro.format = DYAD_FORMAT_JSONL;
	if (dyad_reader_open(&rd, ctx, path, &ro) < 0) {
		fprintf(stderr, "bench_pipeline: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	for (;;) {
		dyad_story st;
		dyad_arena_reset(arena);
		rc = dyad_reader_next(rd, arena, &st);
		if (rc == 0)
			break;
		if (rc < 0) {
			if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT)
				continue;
			fprintf(stderr, "bench_pipeline: %s\n", dyad_ctx_error(ctx));
			return 4;
		}
		if (n_docs == cap) {
			cap = cap ? cap * 2 : 1024;
			docs = realloc(docs, cap * sizeof *docs);
			if (!docs)
				return 5;
		}
		docs[n_docs].text = malloc(st.text_len + 1);
		if (!docs[n_docs].text)
			return 5;
		memcpy(docs[n_docs].text, st.text, st.text_len);
		docs[n_docs].len = st.text_len;
		bytes += st.text_len;
		n_docs++;
	}
	dyad_reader_free(rd);
	if (stage >= DYAD_STAGE_TAG) {
		dyad_lexicon_options lo = DYAD_LEXICON_OPTIONS_INIT;
		double l0 = bench_now();
		if (dyad_lexicon_load(&lex, ctx, &lo) < 0) {
			fprintf(stderr, "bench_pipeline: %s\n", dyad_ctx_error(ctx));
			return 3;
		}
		load = bench_now() - l0;
	}
	t0 = bench_now();
	for (r = 0; r < repeat; r++) {
		for (k = 0; k < n_docs; k++) {
			dyad_analysis an;
			dyad_arena_reset(arena);
			if (dyad_pipeline_run(&an, ctx, lex, arena, docs[k].text, docs[k].len, stage) < 0) {
				fprintf(stderr, "bench_pipeline: doc %zu: %s\n", k, dyad_ctx_error(ctx));
				continue;
			}
			sents += an.doc.n_sents;
			toks += an.doc.n_toks;
		}
	}
	t1 = bench_now() - t0;
	printf("bench_pipeline: %s, stage %s, %d pass%s, 1 thread\n", path, stage_names[stage], repeat,
		repeat == 1 ? "" : "es");
	printf("  documents    %zu (%.1f MB of text)\n", n_docs, (double)bytes / 1e6);
	printf("  sentences    %zu\n  tokens       %zu\n", sents / (size_t)repeat, toks / (size_t)repeat);
	printf("  time         %.3f s (lexicon load %.3f s, not included)\n", t1, load);
	printf("  documents/s  %.0f\n", (double)n_docs * repeat / t1);
	printf("  sentences/s  %.0f\n", (double)sents / t1);
	printf("  tokens/s     %.0f\n", (double)toks / t1);
	printf("  MB/s         %.1f\n", (double)bytes * repeat / 1e6 / t1);
	printf("  peak RSS     %.1f MB (includes the corpus held in memory: %.1f MB)\n",
		(double)bench_peak_rss_kb() / 1024.0, (double)bytes / 1048576.0);
	for (k = 0; k < n_docs; k++)
		free(docs[k].text);
	free(docs);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
