/*
 * How PETRARCH actor and agent phrases match words: an agent phrase without
 * braces takes its regular plural, "{}" none, so "POLICE {}" must not match
 * "polices" (PETRreader.read_agent_dictionary); an actor's words are
 * compared whole, so "THE_KU" is no stem of "the Kuwait"
 * (actor_phrase_match). TABARI's last words are stems and take the
 * regular endings (5.2.2-5.2.3).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/date.h"
#include "dyad/dict.h"

static dyad_matcher *compile_kind(dyad_ctx *ctx, const char *text, dyad_dict_format fmt,
	dyad_dict_kind kind)
{
	dyad_dict *d = NULL;
	dyad_matcher *m = NULL;
	assert_int_equal(dyad_dict_new(&d, ctx), 0);
	assert_int_equal(dyad_dict_load_mem(d, "t.txt", text, strlen(text), fmt, kind), 0);
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), 0);
	dyad_dict_free(d);
	return m;
}

static dyad_matcher *compile(dyad_ctx *ctx, const char *text, dyad_dict_format fmt)
{
	return compile_kind(ctx, text, fmt, DYAD_DICT_KIND_AGENTS);
}

/* The code of the actor matched at words w, or NULL. */
static const char *actor(const dyad_matcher *m, const char *w1, const char *w2)
{
	static char code[16];
	dyad_actor_match am;
	const char *words[2] = { w1, w2 };
	if (!dyad_matcher_actor(m, words, 2, DYAD_DATE_NONE, &am) || !am.code)
		return NULL;
	snprintf(code, sizeof code, "%s", am.code);
	return code;
}

static void test_dict_petrarch_nouns__actor_whole_words(void **state)
{
	static const char pet[] = "THE_KU [USAEDU]\nKUWAIT [KUW]\n";
	static const char tab[] = "THE_KU [USAEDU]\nKUWAIT [KUW]\n~FINISH\n";
	dyad_ctx *ctx;
	dyad_matcher *m;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	m = compile_kind(ctx, pet, DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS);
	assert_null(actor(m, "the", "kuwait"));
	assert_string_equal(actor(m, "the", "ku"), "USAEDU");
	assert_string_equal(actor(m, "kuwait", "x"), "KUW");
	dyad_matcher_free(m);
	m = compile_kind(ctx, tab, DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_ACTORS);
	assert_string_equal(actor(m, "the", "kuwait"), "USAEDU");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

static int agent(const dyad_matcher *m, const char *w)
{
	dyad_agent_match am;
	const char *words[1] = { w };
	return dyad_matcher_agent(m, words, 1, &am);
}

static void test_dict_petrarch_nouns__petrarch_braces(void **state)
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

static void test_dict_petrarch_nouns__tabari_endings(void **state)
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
		cmocka_unit_test(test_dict_petrarch_nouns__petrarch_braces),
		cmocka_unit_test(test_dict_petrarch_nouns__tabari_endings),
		cmocka_unit_test(test_dict_petrarch_nouns__actor_whole_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
