/*
 * dyad_datescan — list the date expressions dyad_dates_find sees in a
 * JSON Lines corpus, for looking at them by hand, and time the finder
 * against the front end. Run by hand (no test runs it).
 *
 *   dyad_datescan [--quiet] [--repeat N] [FILE.jsonl]
 *                                      (default ../shared/corpus/news.jsonl)
 *
 * Prints one line per expression: doc id, story date, the expression, its
 * resolution and precision, and the sentence with the expression in
 * [brackets]; then counts and the finder's share of the front end's CPU
 * time (--repeat N: the finder runs N times per story, and one pass's time
 * is reported, so that timer overhead and cold caches do not dominate).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/date.h"
#include "dyad/dates.h"
#include "dyad/dyad.h"
#include <time.h>

/* CPU time of this thread: a busy machine disturbs it less than wall time. */
static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_sentence(const dyad_analysis *an, const dyad_timex *x)
{
	const dyad_sentence *s = &an->doc.sents[x->sentence];
	const char *buf = an->doc.text.buf;
	uint32_t b = an->doc.toks[x->tok[0]].off, e = an->doc.toks[x->tok[1] - 1].off
		+ an->doc.toks[x->tok[1] - 1].len, k;
	for (k = s->off; k < s->off + s->len; k++) {
		if (k == b)
			putchar('[');
		if (k == e)
			putchar(']');
		putchar(buf[k] == '\n' || buf[k] == '\t' ? ' ' : buf[k]);
	}
	if (e == s->off + s->len)
		putchar(']');
}

int main(int argc, char **argv)
{
	const char *path = "../shared/corpus/news.jsonl";
	int quiet = 0, repeat = 1, a, r;
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_reader *rd;
	dyad_lexicon *lex;
	dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
	size_t docs = 0, found = 0, unresolved = 0, sents = 0, by_prec[5] = { 0 };
	double t_pipe = 0, t_find = 0;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--quiet"))
			quiet = 1;
		else if (!strcmp(argv[a], "--repeat") && a + 1 < argc)
			repeat = atoi(argv[++a]) > 0 ? atoi(argv[a]) : 1;
		else if (argv[a][0] == '-' && argv[a][1]) {
			fprintf(stderr, "usage: dyad_datescan [--quiet] [--repeat N] [FILE.jsonl]\n");
			return 2;
		} else
			path = argv[a];
	}
	if (dyad_ctx_new(&ctx, NULL) < 0 || dyad_arena_new(&arena, ctx) < 0)
		return 5;
	if (dyad_lexicon_load(&lex, ctx, NULL) < 0) {
		fprintf(stderr, "dyad_datescan: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	ro.format = DYAD_FORMAT_JSONL;
	if (dyad_reader_open(&rd, ctx, path, &ro) < 0) {
		fprintf(stderr, "dyad_datescan: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	for (;;) {
		dyad_story st;
		dyad_analysis an;
		dyad_timex *tx;
		size_t n, i;
		int32_t story = DYAD_DATE_NONE;
		int y, m, d, rc;
		double t0;
		dyad_arena_reset(arena);
		rc = dyad_reader_next(rd, arena, &st);
		if (rc == 0)
			break;
		if (rc < 0)
			continue;
		if (st.date && dyad_date_parse(&y, &m, &d, st.date) == 0)
			story = (int32_t)dyad_date_days(y, m, d);
		t0 = cpu_now();
		if (dyad_pipeline_run(&an, ctx, lex, arena, st.text, st.text_len, DYAD_STAGE_CHUNK) < 0)
			continue;
		t_pipe += cpu_now() - t0;
		t0 = cpu_now();
		for (r = 1; r < repeat; r++) /* finder timed over several passes */
			if (dyad_dates_find(&tx, &n, ctx, arena, &an, story) < 0)
				return 5;
		if (dyad_dates_find(&tx, &n, ctx, arena, &an, story) < 0) {
			fprintf(stderr, "dyad_datescan: %s\n", dyad_ctx_error(ctx));
			return 5;
		}
		t_find += cpu_now() - t0;
		docs++;
		sents += an.doc.n_sents;
		for (i = 0; i < n; i++) {
			char date[16] = "none";
			found++;
			by_prec[tx[i].precision < 5 ? tx[i].precision : 0]++;
			if (tx[i].days == DYAD_DATE_NONE)
				unresolved++;
			else
				dyad_date_format(date, tx[i].days);
			if (quiet)
				continue;
			printf("%s\t%s\t%s\t%s\t", st.id ? st.id : "-", st.date ? st.date : "-", date,
				dyad_date_precision_name(tx[i].precision));
			print_sentence(&an, &tx[i]);
			putchar('\n');
		}
	}
	fprintf(stderr,
		"dyad_datescan: %zu documents, %zu sentences, %zu expressions (%zu unresolved; day %zu, week %zu, "
		"month %zu, year %zu)\n  front end %.3f s, finder %.3f s (CPU) (%.2f%%)\n",
		docs, sents, found, unresolved, by_prec[1], by_prec[2], by_prec[3], by_prec[4], t_pipe,
		t_find / repeat, t_pipe > 0 ? 100.0 * t_find / repeat / t_pipe : 0.0);
	dyad_reader_free(rd);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
