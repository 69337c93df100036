/*
 * Unit tests of the event coder (dyad/coder.h) over a small invented
 * dictionary in dyad format and invented sentences, run through dyad's own
 * pipeline (so the system lexicon is needed: skipped, exit 77, without it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/coder.h"
#include "dyad/date.h"
#include "dyad/dict.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"

static const char dict_text[] =
	"dyad-dictionary 1\n"
	"actor ZANARIA\n"
	"  code ZAN\n"
	"actor KOSTRA\n"
	"  code KOS\n"
	"actor BELOVIA\n"
	"  code BEL\n"
	"actor VOREN MALIK\n"
	"  code ZANGOV 2000-01-01..2005-12-31\n"
	"  code ZANELI\n"
	"agent FOREIGN MINISTER => ~GOVFRM\n"
	"verb ACCUSE => 112\n"
	"  form ACCUSE {*}\n"
	"verb RESTORE => 060\n"
	"  form RESTORE {*}\n"
	"  pattern * TIES WITH + => 064\n"
	"verb PRAISE => 051\n"
	"  form PRAISE {*}\n"
	"verb DEFEAT => ---\n"
	"  form DEFEAT {*}\n"
	"discard FOOTBALL\n";

typedef struct fx {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_lexicon *lex;
	dyad_matcher *m;
} fx;

static fx F;

static int setup(void **state)
{
	dyad_dict *d = NULL;
	(void)state;
	if (dyad_arena_new(&F.arena, F.ctx) || dyad_dict_new(&d, F.ctx))
		return 1;
	if (dyad_dict_load_mem(d, "coder-test.dyad", dict_text, sizeof dict_text - 1,
		    DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL)
		|| dyad_dict_error_count(d) != 0 || dyad_matcher_compile(&F.m, F.ctx, d)) {
		dyad_dict_free(d);
		return 1;
	}
	dyad_dict_free(d);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	dyad_matcher_free(F.m);
	dyad_arena_free(F.arena);
	return 0;
}

/* Code text; returns the events as "SRC/TGT/CODE" joined by spaces. */
static const char *code_with(const char *text, const char *date, int keep_negated,
	dyad_story_result *res)
{
	static char out[512];
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	dyad_coder *c = NULL;
	dyad_analysis an;
	int32_t day = DYAD_DATE_NONE;
	size_t i;
	int y, mo, d;
	o.keep_negated = keep_negated;
	if (date && dyad_date_parse(&y, &mo, &d, date) == 0)
		day = (int32_t)dyad_date_days(y, mo, d);
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

static const char *code(const char *text)
{
	dyad_story_result r;
	return code_with(text, NULL, 0, &r);
}

static void test_coder_coder__simple_svo(void **state)
{
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_with("Zanaria accused Belovia on Monday.", NULL, 0, &r),
		"ZAN/BEL/112");
	assert_non_null(r.events[0].dict_file);
	assert_int_equal(r.events[0].source_tok[0], 0);
	assert_int_equal(r.events[0].verb_tok[0], 1);
	assert_null(r.events[0].pattern);
}

static void test_coder_coder__agent_composition(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria's foreign minister accused Belovia."),
		"ZANGOVFRM/BEL/112");
	assert_string_equal(code("The foreign minister of Zanaria accused Belovia."),
		"ZANGOVFRM/BEL/112");
}

static void test_coder_coder__compound_subject(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria and Kostra accused Belovia."),
		"ZAN/BEL/112 KOS/BEL/112");
}

static void test_coder_coder__passive_by(void **state)
{
	(void)state;
	assert_string_equal(code("Belovia was accused by Zanaria."), "ZAN/BEL/112");
}

static void test_coder_coder__negation(void **state)
{
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_with("Zanaria did not praise Belovia.", NULL, 0, &r), "");
	assert_string_equal(code_with("Zanaria did not praise Belovia.", NULL, 1, &r),
		"ZAN/BEL/051");
	assert_int_equal(r.events[0].negated, 1);
}

static void test_coder_coder__pattern_target(void **state)
{
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_with("Zanaria restored full ties with Belovia.", NULL, 0, &r),
		"ZAN/BEL/064");
	assert_string_equal(r.events[0].pattern, "* TIES WITH +");
}

static void test_coder_coder__null_code(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria defeated Belovia."), "");
}

static void test_coder_coder__discard(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria accused Belovia of football bribes."), "");
}

static void test_coder_coder__dated_actor(void **state)
{
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_with("Voren Malik accused Belovia.", "2003-05-01", 0, &r),
		"ZANGOV/BEL/112");
	assert_string_equal(code_with("Voren Malik accused Belovia.", "2010-05-01", 0, &r),
		"ZANELI/BEL/112");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coder_coder__simple_svo),
		cmocka_unit_test(test_coder_coder__agent_composition),
		cmocka_unit_test(test_coder_coder__compound_subject),
		cmocka_unit_test(test_coder_coder__passive_by),
		cmocka_unit_test(test_coder_coder__negation),
		cmocka_unit_test(test_coder_coder__pattern_target),
		cmocka_unit_test(test_coder_coder__null_code),
		cmocka_unit_test(test_coder_coder__discard),
		cmocka_unit_test(test_coder_coder__dated_actor),
	};
	int rc;
	if (dyad_ctx_new(&F.ctx, NULL))
		return 1;
	rc = dyad_lexicon_load(&F.lex, F.ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(F.ctx));
		dyad_ctx_free(F.ctx);
		return 77;
	}
	if (rc == 0)
		rc = cmocka_run_group_tests(tests, setup, teardown);
	else
		rc = 1;
	dyad_lexicon_free(F.lex);
	dyad_ctx_free(F.ctx);
	return rc;
}
