/*
 * dyad format holds everything on the real files: each shared TABARI and
 * PETRARCH dictionary is read, written in dyad format, read back, and the
 * two models compared field by field (model_compare.h; provenance aside),
 * so `dyad dict convert --to dyad` is shown to lose nothing on them. One
 * case per file, so a failure names the file and the fields that differ.
 * Skips (exit 77) when $DYAD_SHARED (default ../shared) is absent.
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
#include "dict/model_compare.h"
#include "dyad/dict.h"

typedef struct shared_file {
	const char *path; /* under $DYAD_SHARED */
	dyad_dict_format format;
	dyad_dict_kind kind;
} shared_file;

#define PETR DYAD_DICT_FORMAT_PETRARCH
#define TAB DYAD_DICT_FORMAT_TABARI
#define PHOENIX "dictionaries/phoenix/"
#define GLOBALNET "dictionaries/globalnet-tabari/GLOBALNET.131001."
#define TABVAL "testdata/tabari-validation/"
#define PETRVAL "testdata/petrarch-unit/PETR.Validate."

static const shared_file files[] = {
	{ PHOENIX "CAMEO.2.0.txt", PETR, DYAD_DICT_KIND_VERBS },
	{ PHOENIX "Phoenix.Countries.actors.txt", PETR, DYAD_DICT_KIND_ACTORS },
	{ PHOENIX "Phoenix.International.actors.txt", PETR, DYAD_DICT_KIND_ACTORS },
	{ PHOENIX "Phoenix.IssueCoding.txt", PETR, DYAD_DICT_KIND_ISSUES },
	{ PHOENIX "Phoenix.MilNonState.actors.txt", PETR, DYAD_DICT_KIND_ACTORS },
	{ PHOENIX "Phoenix.agents.txt", PETR, DYAD_DICT_KIND_AGENTS },
	{ PHOENIX "Phoenix.discards.txt", PETR, DYAD_DICT_KIND_DISCARDS },
	{ GLOBALNET "actors", TAB, DYAD_DICT_KIND_ACTORS },
	{ GLOBALNET "agents", TAB, DYAD_DICT_KIND_AGENTS },
	{ GLOBALNET "verbs", TAB, DYAD_DICT_KIND_VERBS },
	{ GLOBALNET "options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ TABVAL "TABARI.Demo.actors", TAB, DYAD_DICT_KIND_ACTORS },
	{ TABVAL "TABARI.Demo.verbs", TAB, DYAD_DICT_KIND_VERBS },
	{ TABVAL "Validate.agents", TAB, DYAD_DICT_KIND_AGENTS },
	{ TABVAL "TABARI.Demo.options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ TABVAL "Validate.options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ PETRVAL "actors.txt", PETR, DYAD_DICT_KIND_ACTORS },
	{ PETRVAL "agents.txt", PETR, DYAD_DICT_KIND_AGENTS },
	{ PETRVAL "discards.txt", PETR, DYAD_DICT_KIND_DISCARDS },
	{ PETRVAL "verbs.txt", PETR, DYAD_DICT_KIND_VERBS },
};

static const char *shared_dir(void)
{
	const char *s = getenv("DYAD_SHARED");
	return s && *s ? s : "../shared";
}

/* The whole set in dyad format, read back into a new set of ctx. */
static dyad_dict *via_dyad(dyad_ctx *ctx, const dyad_dict *d, const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	dyad_dict *out = NULL;

	assert_non_null(f);
	if (dyad_dict_write(d, f, DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL) != DYAD_OK)
		fail_msg("%s: writing dyad format failed: %s", path, dyad_ctx_error(ctx));
	assert_int_equal(fclose(f), 0);
	assert_int_equal(dyad_dict_new(&out, ctx), DYAD_OK);
	assert_int_equal(dyad_dict_load_mem(out, "converted.dyad", buf, len, DYAD_DICT_FORMAT_DYAD,
		DYAD_DICT_KIND_ALL), DYAD_OK);
	if (dyad_dict_error_count(out) != 0) {
		dyad_dict_diag g;
		dyad_dict_diag_get(out, 0, &g);
		fail_msg("%s: re-reading the dyad output: %zu errors, first at line %u: %s", path,
			dyad_dict_error_count(out), g.line, g.message);
	}
	free(buf);
	return out;
}

static void check_file(const shared_file *sf)
{
	char path[1024];
	dyad_ctx *ctx;
	dyad_dict *a, *b;
	mc_diffs m;

	snprintf(path, sizeof path, "%s/%s", shared_dir(), sf->path);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&a, ctx), DYAD_OK);
	if (dyad_dict_load(a, path, sf->format, sf->kind) != DYAD_OK)
		fail_msg("%s: %s", path, dyad_ctx_error(ctx));
	b = via_dyad(ctx, a, sf->path);
	if (mc_compare(&m, a, b, 0) != 0) {
		/* cmocka truncates long failure messages: the list goes first. */
		printf("%s", m.text);
		fail_msg("%s: %u fields differ after write and re-read in dyad format (the first "
			"%d are listed above)", sf->path, m.n, MC_SHOWN);
	}
	dyad_dict_free(a);
	dyad_dict_free(b);
	dyad_ctx_free(ctx);
}

static void test_dict_dyadfmt_shared__every_field_survives(void **state)
{
	check_file(*state);
}

int main(void)
{
	struct CMUnitTest tests[sizeof files / sizeof *files];
	char probe[1024];
	FILE *f;
	size_t i;

	snprintf(probe, sizeof probe, "%s/%s", shared_dir(), files[0].path);
	if (!(f = fopen(probe, "r"))) {
		printf("skipped: %s not found (the shared reference data is absent; set "
			"DYAD_SHARED)\n", probe);
		return 77;
	}
	fclose(f);
	for (i = 0; i < sizeof files / sizeof *files; i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test_prestate(
			test_dict_dyadfmt_shared__every_field_survives, (void *)&files[i]);
		tests[i].name = files[i].path;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
