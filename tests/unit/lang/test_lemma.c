/*
 * The lemmatiser: WordNet exceptions, detachment rules, and tags that keep
 * their form.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "dyad/lemma.h"
#include "lang/lang_fixture.h"

static lang_fixture fx;

static const char *lemma(const char *w, dyad_pos p)
{
	return dyad_lemma_lookup(fx.lex, fx.arena, w, strlen(w), p);
}

static void test_lang_lemma__exceptions(void **state)
{
	(void)state;
	assert_string_equal(lemma("went", DYAD_POS_VBD), "go");
	assert_string_equal(lemma("said", DYAD_POS_VBD), "say");
	assert_string_equal(lemma("held", DYAD_POS_VBN), "hold");
	assert_string_equal(lemma("met", DYAD_POS_VBD), "meet");
	assert_string_equal(lemma("is", DYAD_POS_VBZ), "be");
	assert_string_equal(lemma("has", DYAD_POS_VBZ), "have");
	assert_string_equal(lemma("children", DYAD_POS_NNS), "child");
	assert_string_equal(lemma("better", DYAD_POS_JJR), "good");
}

static void test_lang_lemma__detachment_rules(void **state)
{
	(void)state;
	assert_string_equal(lemma("ministers", DYAD_POS_NNS), "minister");
	assert_string_equal(lemma("talks", DYAD_POS_NNS), "talk");
	assert_string_equal(lemma("countries", DYAD_POS_NNS), "country");
	assert_string_equal(lemma("deepening", DYAD_POS_VBG), "deepen");
	assert_string_equal(lemma("attacked", DYAD_POS_VBD), "attack");
	assert_string_equal(lemma("churches", DYAD_POS_NNS), "church");
	assert_string_equal(lemma("largest", DYAD_POS_JJS), "large");
}

static void test_lang_lemma__other_tags_keep_their_form(void **state)
{
	const char *w = "obama";
	(void)state;
	assert_ptr_equal(lemma(w, DYAD_POS_NNP), w); /* borrowed, not copied */
	assert_string_equal(lemma("the", DYAD_POS_DT), "the");
	assert_string_equal(lemma("news", DYAD_POS_NN), "news");
	assert_string_equal(lemma("xyzzyies", DYAD_POS_NNS), "xyzzyies");
	/* A form that is not NUL-terminated at len is copied to the arena. */
	assert_string_equal(dyad_lemma_lookup(fx.lex, fx.arena, "talksX", 5, DYAD_POS_NNS),
		"talk");
	assert_string_equal(dyad_lemma_lookup(fx.lex, fx.arena, "fooX", 3, DYAD_POS_IN), "foo");
}

static void test_lang_lemma__tokens(void **state)
{
	const char *s = "The ministers went home .";
	dyad_token *t;
	size_t n = split_spaces(&t, fx.arena, s);
	(void)state;
	assert_int_equal(dyad_tagger_tag(fx.ctx, fx.lex, fx.arena, s, t, n), DYAD_OK);
	assert_int_equal(dyad_lemma_tokens(fx.ctx, fx.lex, fx.arena, t, n), DYAD_OK);
	assert_string_equal(t[0].lemma, "the");
	assert_string_equal(t[1].lemma, "minister");
	assert_string_equal(t[2].lemma, "go");
	assert_string_equal(t[4].lemma, ".");
	dyad_arena_reset(fx.arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_lemma__exceptions),
		cmocka_unit_test(test_lang_lemma__detachment_rules),
		cmocka_unit_test(test_lang_lemma__other_tags_keep_their_form),
		cmocka_unit_test(test_lang_lemma__tokens),
	};
	int rc = lang_fixture_open(&fx);
	if (rc == 0)
		rc = cmocka_run_group_tests(tests, NULL, NULL);
	lang_fixture_close(&fx);
	return rc;
}
