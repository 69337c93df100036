/*
 * bench_dict — dictionary loading and lookup speed, run by hand (never by
 * tests: no test times anything).
 *
 *   bench_dict [--cache-dir DIR] [--globalnet] [FILE...]
 *
 * Loads FILE... (default: the Phoenix set in ../shared/dictionaries/phoenix;
 * --globalnet: GDELT's TABARI set) and prints the cold load (read + compile)
 * time, the cache save time, the warm load time from the cache, the
 * matcher's size, peak RSS, and actor lookups/s over every actor phrase of
 * the set (each phrase split into words, looked up undated and dated).
 * The cache goes to DIR (default: a fresh directory under /tmp, removed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dyad/dict.h"
#include "dict/matcher_internal.h"
#include "bench_util.h"

static const char *const phoenix[] = { "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
	"Phoenix.discards.txt", "Phoenix.IssueCoding.txt" };
static const char *const globalnet[] = { "GLOBALNET.131001.actors", "GLOBALNET.131001.agents",
	"GLOBALNET.131001.verbs" };


/* Every actor phrase as words: from the phrase rows of actor terminals,
 * split at "_", "=" marks dropped. */
typedef struct probes {
	char *text;           /* all words, NUL-terminated, back to back */
	const char **words;   /* all word pointers */
	size_t *start, *len;  /* per phrase: first word, word count */
	size_t n, n_words;
} probes;

static int make_probes(probes *p, const dyad_matcher *m)
{
	size_t i, chars = 0, words = 0, pos = 0;
	memset(p, 0, sizeof *p);
	for (i = 0; i < m->n[DM_S_TERMS]; i++)
		if (m->terms[i].kind == DM_ACTOR) {
			const dm_name *nm = &m->names[m->terms[i].name];
			chars += strlen(dyad_matcher__str(m, nm->text)) + 2;
			words += nm->n_words;
			p->n++;
		}
	p->text = malloc(chars + 1);
	p->words = malloc((words + 1) * sizeof *p->words);
	p->start = malloc((p->n + 1) * sizeof *p->start);
	p->len = malloc((p->n + 1) * sizeof *p->len);
	if (!p->text || !p->words || !p->start || !p->len)
		return -1;
	p->n = 0;
	for (i = 0; i < m->n[DM_S_TERMS]; i++) {
		const char *s;
		int in_word = 0;
		if (m->terms[i].kind != DM_ACTOR)
			continue;
		p->start[p->n] = p->n_words;
		for (s = dyad_matcher__str(m, m->names[m->terms[i].name].text); *s; s++) {
			if (*s == '_' || *s == '=') {
				if (in_word)
					p->text[pos++] = '\0';
				in_word = 0;
				continue;
			}
			if (!in_word)
				p->words[p->n_words++] = p->text + pos;
			in_word = 1;
			p->text[pos++] = *s;
		}
		if (in_word)
			p->text[pos++] = '\0';
		p->len[p->n] = p->n_words - p->start[p->n];
		p->n++;
	}
	return 0;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: bench_dict [--cache-dir DIR] [--globalnet] [FILE...]\n"
		"  Times loading a dictionary set cold and from its cache, and actor lookups.\n"
		"  Default files: ../shared/dictionaries/phoenix (--globalnet: globalnet-tabari).\n"
		"Example:\n  bench_dict --cache-dir /tmp/dyadc\n");
}

int main(int argc, char **argv)
{
	const char *dir = "../shared/dictionaries/phoenix", *cache_dir = NULL;
	const char *const *names = phoenix;
	size_t n_names = sizeof phoenix / sizeof *phoenix, n_paths = 0, i, found = 0;
	char **paths = calloc((size_t)argc + 8, sizeof *paths), tmpdir[64] = "", cache[4096];
	dyad_ctx *ctx;
	dyad_dict *d;
	dyad_matcher *m, *m2;
	dyad_matcher_stats st;
	uint64_t hash;
	probes pr;
	double t_short, t0, t_read, t_compile, t_save, t_warm, t_look;
	long rounds = 0;
	int a, rc, own_paths;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(argv[a], "--cache-dir") && a + 1 < argc) {
			cache_dir = argv[++a];
		} else if (!strcmp(argv[a], "--globalnet")) {
			dir = "../shared/dictionaries/globalnet-tabari";
			names = globalnet;
			n_names = sizeof globalnet / sizeof *globalnet;
		} else if (argv[a][0] == '-') {
			usage(stderr);
			return 2;
		} else {
			paths[n_paths++] = argv[a];
		}
	}
	own_paths = n_paths == 0;
	if (own_paths)
		for (i = 0; i < n_names; i++) {
			paths[n_paths] = malloc(strlen(dir) + strlen(names[i]) + 2);
			sprintf(paths[n_paths++], "%s/%s", dir, names[i]);
		}
	if (!cache_dir) {
		strcpy(tmpdir, "/tmp/bench_dict_XXXXXX");
		if (!mkdtemp(tmpdir)) {
			perror("bench_dict: mkdtemp");
			return 4;
		}
		cache_dir = tmpdir;
	}
	(void)mkdir(cache_dir, 0777); /* an existing one is fine */
	if (dyad_ctx_new(&ctx, NULL) < 0 || dyad_dict_new(&d, ctx) < 0)
		return 5;

	t0 = bench_now();
	for (i = 0; i < n_paths; i++)
		if ((rc = dyad_dict_load(d, paths[i], DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO)) < 0) {
			fprintf(stderr, "bench_dict: %s\n", dyad_ctx_error(ctx));
			return 3;
		}
	t_read = bench_now() - t0;
	t0 = bench_now();
	if (dyad_matcher_compile(&m, ctx, d) < 0) {
		fprintf(stderr, "bench_dict: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	t_compile = bench_now() - t0;
	printf("files: %zu, dictionary diagnostics: %zu (%zu errors)\n", n_paths,
		dyad_dict_diag_count(d), dyad_dict_error_count(d));
	dyad_dict_free(d);

	if (dyad_dict_sources_hash(&hash, ctx, (const char *const *)paths, n_paths) < 0) {
		fprintf(stderr, "bench_dict: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	snprintf(cache, sizeof cache, "%s/%016llx.dyadc", cache_dir, (unsigned long long)hash);
	t0 = bench_now();
	if (dyad_matcher_save(m, cache, hash) < 0) {
		fprintf(stderr, "bench_dict: %s\n", dyad_ctx_error(ctx));
		return 4;
	}
	t_save = bench_now() - t0;
	t0 = bench_now();
	{
		int from_cache = 0;
		if (dyad_matcher_open(&m2, ctx, (const char *const *)paths, n_paths, cache_dir,
			    &from_cache) < 0 || !from_cache) {
			fprintf(stderr, "bench_dict: warm load did not use the cache: %s\n",
				dyad_ctx_error(ctx));
			return 4;
		}
	}
	t_warm = bench_now() - t0;
	dyad_matcher_stats_get(m2, &st);

	if (make_probes(&pr, m2) < 0)
		return 5;
	t0 = bench_now();
	do {
		for (i = 0; i < pr.n; i++) {
			dyad_actor_match am;
			found += (size_t)dyad_matcher_actor(m2, pr.words + pr.start[i], pr.len[i],
				(rounds & 1) ? 12000 : DYAD_DATE_NONE, &am);
		}
		rounds++;
		t_look = bench_now() - t0;
	} while (t_look < 1.0);

	{
		/* the coder's common case: 1-3 word inputs */
		size_t short_n = 0;
		double t1 = bench_now(), ts;
		long r2 = 0;
		do {
			for (i = 0; i < pr.n; i++) {
				dyad_actor_match am;
				if (pr.len[i] > 3)
					continue;
				dyad_matcher_actor(m2, pr.words + pr.start[i], pr.len[i], DYAD_DATE_NONE, &am);
				short_n++;
			}
			r2++;
			ts = bench_now() - t1;
		} while (ts < 1.0);
		t_short = (double)short_n / ts;
	}
	printf("actors %zu (%zu phrases), agents %zu (%zu), verbs %zu (%zu forms, %zu patterns), "
		"synsets %zu, discards %zu, issues %zu\n", st.actors, st.actor_phrases, st.agents,
		st.agent_phrases, st.verbs, st.verb_phrases, st.patterns, st.synsets, st.discards, st.issues);
	printf("cold load:  %.1f ms (read %.1f ms + compile %.1f ms)\n", (t_read + t_compile) * 1e3,
		t_read * 1e3, t_compile * 1e3);
	printf("cache save: %.1f ms\n", t_save * 1e3);
	printf("warm load:  %.1f ms (hash sources + read + validate)\n", t_warm * 1e3);
	printf("matcher:    %zu bytes\n", st.bytes);
	printf("peak RSS:   %ld kB\n", bench_peak_rss_kb());
	printf("lookups:    %.2f M actor lookups/s over %zu phrases (%.1f%% matched); "
		"%.2f M/s over those of 1-3 words\n",
		(double)rounds * (double)pr.n / t_look / 1e6, pr.n,
		pr.n ? 100.0 * (double)found / ((double)rounds * (double)pr.n) : 0.0, t_short / 1e6);

	dyad_matcher_free(m);
	dyad_matcher_free(m2);
	dyad_ctx_free(ctx);
	free(pr.text);
	free(pr.words);
	free(pr.start);
	free(pr.len);
	if (own_paths)
		for (i = 0; i < n_paths; i++)
			free(paths[i]);
	free(paths);
	if (tmpdir[0]) {
		remove(cache);
		rmdir(tmpdir);
	}
	return 0;
}
