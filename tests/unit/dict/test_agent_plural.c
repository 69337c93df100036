/*
 * PETRARCH agent plurals (PETRreader.read_agent_dictionary): a phrase
 * without braces takes its regular plural, "{}" none, so "POLICE {}" must
 * not match "polices"; a TABARI agent takes the regular endings (5.2.3).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/dict.h"

static dyad_matcher *compile(dyad_ctx *ctx, const char *text, dyad_dict_format fmt)
{
	dyad_dict *d = NULL;
	dyad_matcher *m = NULL;
	assert_int_equal(dyad_dict_new(&d, ctx), 0);
	assert_int_equal(dyad_dict_load_mem(d, "t.agents.txt", text, strlen(text), fmt,
		DYAD_DICT_KIND_AGENTS), 0);
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), 0);
	dyad_dict_free(d);
	return m;
}

static int agent(const dyad_matcher *m, const char *w)
{
	dyad_agent_match am;
	const char *words[1] = { w };
	return dyad_matcher_agent(m, words, 1, &am);
}

static void test_dict_agent_plural__petrarch_braces(void **state)
{
	static const char text[] = "POLICE {} [~COP]\nOFFICIAL [~GOV]\nMOUSE {MICE} [~AGR]\n";
	dyad_ctx *ctx;
	dyad_matcher *m;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	m = compile(ctx, text, DYAD_DICT_FORMAT_PETRARCH);
	assert_true(agent(m, "police"));
	assert_false(agent(m, "polices"));
	assert_true(agent(m, "official"));
	assert_true(agent(m, "officials"));
	assert_true(agent(m, "mice"));
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

static void test_dict_agent_plural__tabari_endings(void **state)
{
	static const char text[] = "POLICE [~COP]\n~FINISH\n";
	dyad_ctx *ctx;
	dyad_matcher *m;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	m = compile(ctx, text, DYAD_DICT_FORMAT_TABARI);
	assert_true(agent(m, "police"));
	assert_true(agent(m, "polices"));
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dict_agent_plural__petrarch_braces),
		cmocka_unit_test(test_dict_agent_plural__tabari_endings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
