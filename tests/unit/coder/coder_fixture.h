/*
 * Helpers for the coder's unit tests: a test program's invented dictionary
 * in dyad format, compiled once; the system lexicon, loaded once (the
 * program exits 77, skipped, without it); and coding a text through dyad's
 * own pipeline into "SRC/TGT/CODE" strings joined by spaces.
 */
#ifndef DYAD_TEST_CODER_FIXTURE_H
#define DYAD_TEST_CODER_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "dyad/coder.h"
#include "dyad/dict.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"

typedef struct coder_fixture {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_lexicon *lex;
	dyad_matcher *m;
	const char *dict_name, *dict_text; /* the test's dictionary */
	size_t dict_len;
} coder_fixture;

static coder_fixture F;

static int coder_fixture_setup(void **state)
{
	dyad_dict *d = NULL;
	(void)state;
	if (dyad_arena_new(&F.arena, F.ctx) || dyad_dict_new(&d, F.ctx))
		return 1;
	if (dyad_dict_load_mem(d, F.dict_name, F.dict_text, F.dict_len, DYAD_DICT_FORMAT_DYAD,
		    DYAD_DICT_KIND_ALL)
		|| dyad_dict_error_count(d) != 0 || dyad_matcher_compile(&F.m, F.ctx, d)) {
		dyad_dict_free(d);
		return 1;
	}
	dyad_dict_free(d);
	return 0;
}

static int coder_fixture_teardown(void **state)
{
	(void)state;
	dyad_matcher_free(F.m);
	dyad_arena_free(F.arena);
	return 0;
}

/* Code text on day (days since 1970-01-01, or DYAD_DATE_NONE) with the
 * option lines; *res gets the result, the return value its events as
 * "SRC/TGT/CODE" joined by spaces (a static buffer). */
static const char *coder_fixture_code(const char *text, int32_t day, int keep_negated,
	const char *const *lines, size_t n_lines, dyad_story_result *res)
{
	static char out[512];
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	dyad_coder *c = NULL;
	dyad_analysis an;
	size_t i;
	o.keep_negated = keep_negated;
	o.option_lines = lines;
	o.n_option_lines = n_lines;
	dyad_arena_reset(F.arena);
	assert_int_equal(dyad_coder_new(&c, F.ctx, F.m, &o), 0);
	assert_int_equal(dyad_pipeline_run(&an, F.ctx, F.lex, F.arena, text, strlen(text),
		DYAD_STAGE_CHUNK), 0);
	assert_int_equal(dyad_coder_code(res, c, F.ctx, F.arena, &an, day, NULL, NULL), 0);
	dyad_coder_free(c);
	out[0] = 0;
	for (i = 0; i < res->n_events; i++) {
		char one[64];
		snprintf(one, sizeof one, "%s%s/%s/%s", i ? " " : "", res->events[i].source,
			res->events[i].target, res->events[i].code);
		strncat(out, one, sizeof out - strlen(out) - 1);
	}
	return out;
}

/* The test program's main: load the lexicon (77 when it is missing), run
 * the tests over the dictionary dict_text[0..dict_len) named dict_name. */
static int coder_fixture_main(const char *group, const struct CMUnitTest *tests, size_t n,
	const char *dict_name, const char *dict_text, size_t dict_len)
{
	int rc;
	F.dict_name = dict_name;
	F.dict_text = dict_text;
	F.dict_len = dict_len;
	if (dyad_ctx_new(&F.ctx, NULL))
		return 1;
	rc = dyad_lexicon_load(&F.lex, F.ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(F.ctx));
		dyad_ctx_free(F.ctx);
		return 77;
	}
	if (rc == 0)
		rc = _cmocka_run_group_tests(group, tests, n, coder_fixture_setup,
			coder_fixture_teardown);
	else
		rc = 1;
	dyad_lexicon_free(F.lex);
	dyad_ctx_free(F.ctx);
	return rc;
}

#endif
