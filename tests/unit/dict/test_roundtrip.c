/*
 * Round trip of every shared dictionary: read it, convert it to dyad format,
 * read that, convert back to the file's own format, read that, and check
 * that all three compiled matchers give the same answer for every phrase of
 * the dictionary (actors on every boundary date of their codes, agents,
 * verbs) and hold the same counts of everything else. Skips (exit 77) when
 * ../shared is absent.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dict/model.h"
#include "dyad/dict.h"

typedef struct rt_file {
	const char *path; /* under $DYAD_SHARED */
	dyad_dict_format format;
	dyad_dict_kind kind;
} rt_file;

static const rt_file files[] = {
	{ "dictionaries/phoenix/Phoenix.Countries.actors.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.International.actors.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.MilNonState.actors.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.agents.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_AGENTS },
	{ "dictionaries/phoenix/CAMEO.2.0.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_VERBS },
	{ "dictionaries/phoenix/Phoenix.discards.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_DISCARDS },
	{ "dictionaries/phoenix/Phoenix.IssueCoding.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ISSUES },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.actors", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.agents", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_AGENTS },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.verbs", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_VERBS },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.options", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/tabari-validation/TABARI.Demo.actors", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_ACTORS },
	{ "testdata/tabari-validation/TABARI.Demo.verbs", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_VERBS },
	{ "testdata/tabari-validation/TABARI.Demo.options", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/tabari-validation/Validate.agents", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_AGENTS },
	{ "testdata/tabari-validation/Validate.options", DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/petrarch-unit/PETR.Validate.actors.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS },
	{ "testdata/petrarch-unit/PETR.Validate.agents.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_AGENTS },
	{ "testdata/petrarch-unit/PETR.Validate.discards.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_DISCARDS },
	{ "testdata/petrarch-unit/PETR.Validate.verbs.txt", DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_VERBS },
};

static const char *shared_dir(void)
{
	const char *s = getenv("DYAD_SHARED");
	return s && *s ? s : "../shared";
}

/* Write d in (format, kind) to memory and read it back into a new set. */
static dyad_dict *reread(dyad_ctx *ctx, const dyad_dict *d, dyad_dict_format format,
	dyad_dict_kind kind, const char *name)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	dyad_dict *out = NULL;

	assert_non_null(f);
	if (dyad_dict_write(d, f, format, kind) != DYAD_OK)
		fail_msg("%s: writing %s failed: %s", name, dyad_dict_format_name(format),
			dyad_ctx_error(ctx));
	fclose(f);
	assert_int_equal(dyad_dict_new(&out, ctx), DYAD_OK);
	assert_int_equal(dyad_dict_load_mem(out, name, buf, len, format, kind), DYAD_OK);
	if (dyad_dict_error_count(out) != 0) {
		dyad_dict_diag g;
		dyad_dict_diag_get(out, 0, &g);
		fail_msg("%s: re-reading %s output: %zu errors, first: %u: %s", name,
			dyad_dict_format_name(format), dyad_dict_error_count(out), g.line, g.message);
	}
	free(buf);
	return out;
}

/* Words of a phrase as lookup input. */
static size_t words_of(const dd_phrase *p, const char **w, size_t max)
{
	size_t i;
	for (i = 0; i < p->n && i < max; i++)
		w[i] = p->words[i].text;
	return i;
}

/* strcmp that treats two NULLs as equal. */
static int differ(const char *a, const char *b)
{
	return (a == NULL) != (b == NULL) || (a && strcmp(a, b));
}

static void same_actor(const dyad_matcher *const *m, const char *const *w, size_t n,
	int32_t date, const char *what)
{
	dyad_actor_match a, b;
	int fa = dyad_matcher_actor(m[0], w, n, date, &a), k;
	for (k = 1; k < 3; k++) {
		int fb = dyad_matcher_actor(m[k], w, n, date, &b);
		if (fa != fb || (fa && (a.n_words != b.n_words || a.from != b.from || a.to != b.to ||
		    a.n_codes != b.n_codes || differ(a.code, b.code))))
			fail_msg("%s: actor lookup differs after round trip %d (date %d): %s vs %s", what, k,
				(int)date, fa && a.code ? a.code : "-", fb && b.code ? b.code : "-");
	}
}

static void check_file(const rt_file *rf)
{
	char path[4096];
	dyad_ctx *ctx;
	dyad_dict *d[3] = { NULL, NULL, NULL };
	dyad_matcher *m[3] = { NULL, NULL, NULL };
	dyad_matcher_stats ms[3];
	const char *w[64];
	uint32_t i, j, c;
	int k;

	snprintf(path, sizeof path, "%s/%s", shared_dir(), rf->path);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d[0], ctx), DYAD_OK);
	if (dyad_dict_load(d[0], path, rf->format, rf->kind) != DYAD_OK)
		fail_msg("%s: %s", path, dyad_ctx_error(ctx));
	assert_int_equal(dyad_dict_error_count(d[0]), 0);
	d[1] = reread(ctx, d[0], DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL, "roundtrip.dyad");
	d[2] = reread(ctx, d[1], rf->format, rf->kind, rf->path);
	for (k = 0; k < 3; k++) {
		assert_int_equal(dyad_matcher_compile(&m[k], ctx, d[k]), DYAD_OK);
		dyad_matcher_stats_get(m[k], &ms[k]);
	}
	for (k = 1; k < 3; k++) {
		assert_int_equal(ms[k].actors, ms[0].actors);
		assert_int_equal(ms[k].actor_phrases, ms[0].actor_phrases);
		assert_int_equal(ms[k].agents, ms[0].agents);
		assert_int_equal(ms[k].agent_phrases, ms[0].agent_phrases);
		assert_int_equal(ms[k].verbs, ms[0].verbs);
		assert_int_equal(ms[k].verb_phrases, ms[0].verb_phrases);
		assert_int_equal(ms[k].patterns, ms[0].patterns);
		assert_int_equal(ms[k].synsets, ms[0].synsets);
		assert_int_equal(ms[k].discards, ms[0].discards);
		assert_int_equal(ms[k].issues, ms[0].issues);
		assert_int_equal(d[k]->n_raws, d[0]->n_raws);
	}
	for (i = 0; i < d[0]->n_actors; i++) {
		const dd_actor *a = &d[0]->actors[i];
		for (j = 0; j < a->n_names; j++) {
			size_t n = words_of(&a->names[j].phrase, w, 64);
			same_actor((const dyad_matcher *const *)m, w, n, DYAD_DATE_NONE, rf->path);
			for (c = 0; c < a->n_codes; c++) {
				if (a->codes[c].from != DD_DAY_MIN)
					same_actor((const dyad_matcher *const *)m, w, n, a->codes[c].from, rf->path);
				if (a->codes[c].to != DD_DAY_MAX)
					same_actor((const dyad_matcher *const *)m, w, n, a->codes[c].to, rf->path);
			}
		}
	}
	for (i = 0; i < d[0]->n_agents; i++) {
		const dd_agent *g = &d[0]->agents[i];
		for (j = 0; j < g->n_names; j++) {
			size_t n = words_of(&g->names[j].phrase, w, 64);
			dyad_agent_match a, b;
			int fa = dyad_matcher_agent(m[0], w, n, &a);
			for (k = 1; k < 3; k++) {
				int fb = dyad_matcher_agent(m[k], w, n, &b);
				if (fa != fb || (fa && (a.n_words != b.n_words || a.prefix != b.prefix ||
				    differ(a.code, b.code))))
					fail_msg("%s: agent lookup differs after round trip %d", rf->path, k);
			}
		}
	}
	for (i = 0; i < d[0]->n_verbs; i++) {
		const dd_verb *v = &d[0]->verbs[i];
		for (j = 0; j < v->n_verbs; j++) {
			size_t n = words_of(&v->verbs[j].phrase, w, 64);
			dyad_verb_match a, b;
			int fa = dyad_matcher_verb(m[0], w, n, &a);
			for (k = 1; k < 3; k++) {
				int fb = dyad_matcher_verb(m[k], w, n, &b);
				if (fa != fb || (fa && (a.n_words != b.n_words || a.n_patterns != b.n_patterns ||
				    differ(a.code, b.code) || differ(a.name, b.name))))
					fail_msg("%s: verb lookup differs after round trip %d", rf->path, k);
			}
		}
	}
	print_message("%s: %zu actors, %zu agents, %zu verbs, %zu patterns: same after round trips\n",
		rf->path, ms[0].actors, ms[0].agents, ms[0].verbs, ms[0].patterns);
	for (k = 0; k < 3; k++) {
		dyad_matcher_free(m[k]);
		dyad_dict_free(d[k]);
	}
	dyad_ctx_free(ctx);
}

static void test_dict_roundtrip__shared_dictionaries(void **state)
{
	size_t i;
	(void)state;
	for (i = 0; i < sizeof files / sizeof *files; i++)
		check_file(&files[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dict_roundtrip__shared_dictionaries),
	};
	char probe[4096];
	FILE *f;

	snprintf(probe, sizeof probe, "%s/dictionaries/phoenix/CAMEO.2.0.txt", shared_dir());
	if (!(f = fopen(probe, "r"))) {
		printf("skipped: %s not found (the shared reference data is absent)\n", probe);
		return 77;
	}
	fclose(f);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
