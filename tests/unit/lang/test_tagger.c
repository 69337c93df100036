/*
 * The tagger: key tags in hand-made sentences (auxiliaries and
 * participles, proper nouns, punctuation, PRP$), and Penn tag names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "lang/lang_fixture.h"

static lang_fixture fx;

/* Tag sentence and compare with the space-separated Penn tags in want
 * ("-" skips a token). */
static void check(const char *sentence, const char *want)
{
	dyad_token *t;
	size_t n = split_spaces(&t, fx.arena, sentence), i = 0;
	char buf[512], *tok, *save = NULL;
	assert_int_equal(dyad_tagger_tag(fx.ctx, fx.lex, fx.arena, sentence, t, n), DYAD_OK);
	snprintf(buf, sizeof buf, "%s", want);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save), i++) {
		assert_true(i < n);
		if (strcmp(tok, "-") != 0 && strcmp(tok, dyad_pos_name((dyad_pos)t[i].tag)) != 0) {
			print_error("%s: token %zu '%.*s' is %s, want %s\n", sentence, i,
				(int)t[i].len, sentence + t[i].off, dyad_pos_name((dyad_pos)t[i].tag),
				tok);
			fail();
		}
	}
	assert_int_equal(i, n);
	dyad_arena_reset(fx.arena);
}

static void test_lang_tagger__simple_sentence(void **state)
{
	(void)state;
	check("The minister said the talks were constructive .",
		"DT NN VBD DT NNS VBD JJ .");
}

static void test_lang_tagger__proper_nouns_and_unknown_words(void **state)
{
	(void)state;
	check("Rebels attacked Zorgovia on Tuesday , officials said .",
		"NNS VBD NNP IN NNP , NNS VBD .");
	check("The UN envoy met Kupfer in Nairobi .", "DT NNP NN VBD NNP IN NNP .");
}

static void test_lang_tagger__participles_after_auxiliaries(void **state)
{
	(void)state;
	check("Police have arrested three men .", "- VBP VBN CD NNS .");
	check("He was arrested by police .", "PRP VBD VBN IN NN .");
	check("Crowds burned the embassy .", "NNS VBD DT NN .");
}

static void test_lang_tagger__to_modal_and_possessives(void **state)
{
	(void)state;
	check("They will meet his envoy to discuss their plan .",
		"PRP MD VB PRP$ NN TO VB PRP$ NN .");
	check("She thanked her .", "PRP VBD PRP .");
}

/* A main clause needs a finite verb: after a leading name, a word the
 * model took for a noun becomes the present-tense verb it can be; not when
 * the clause has a verb already, nor for a misspelt -es form. */
static void test_lang_tagger__main_clause_verb(void **state)
{
	(void)state;
	check("Ethiopia departs from Libya after crowds trashed its embassy .",
		"NNP VBZ IN NNP IN NNS VBD PRP$ NN .");
	check("Ethiopia act on a resolution with Libya .", "NNP VBP IN DT NN IN NNP .");
	check("Ethiopia departes from Libya .", "NNP NNS IN NNP .");
	check("Ethiopia talks were held in Libya .", "NNP NNS VBD VBN IN NNP .");
}

static void test_lang_tagger__punctuation_by_text(void **state)
{
	(void)state;
	check("`` We refuse ( again ) '' , he said ; $ 5 .",
		"`` PRP VBP -LRB- RB -RRB- '' , PRP VBD : $ CD .");
}

static void test_lang_tagger__empty_sentence(void **state)
{
	(void)state;
	assert_int_equal(dyad_tagger_tag(fx.ctx, fx.lex, fx.arena, "", NULL, 0), DYAD_OK);
}

static void test_lang_tagger__pos_names_round_trip(void **state)
{
	int p;
	dyad_pos q;
	(void)state;
	for (p = 1; p < DYAD_POS_COUNT; p++) {
		assert_int_equal(dyad_pos_parse(&q, dyad_pos_name((dyad_pos)p)), 0);
		assert_int_equal(q, p);
	}
	assert_string_equal(dyad_pos_name(DYAD_POS_PRPS), "PRP$");
	assert_string_equal(dyad_pos_name(DYAD_POS_LRB), "-LRB-");
	assert_int_equal(dyad_pos_parse(&q, "AUXD"), 0);
	assert_int_equal(q, DYAD_POS_VBD);
	assert_int_equal(dyad_pos_parse(&q, "AUXZ"), 0);
	assert_int_equal(q, DYAD_POS_VBZ);
	assert_int_equal(dyad_pos_parse(&q, "AUXG"), 0);
	assert_int_equal(q, DYAD_POS_VBG);
	assert_int_equal(dyad_pos_parse(&q, "TABARI"), DYAD_EINVALID);
	assert_true(dyad_pos_is_noun(DYAD_POS_NNPS));
	assert_true(dyad_pos_is_verb(DYAD_POS_VBZ));
	assert_false(dyad_pos_is_verb(DYAD_POS_MD));
	assert_true(dyad_pos_is_adj(DYAD_POS_JJS));
	assert_true(dyad_pos_is_adv(DYAD_POS_RBR));
	assert_true(dyad_pos_is_punct(DYAD_POS_RRB));
	assert_false(dyad_pos_is_punct(DYAD_POS_DOLLAR));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_tagger__pos_names_round_trip),
		cmocka_unit_test(test_lang_tagger__simple_sentence),
		cmocka_unit_test(test_lang_tagger__proper_nouns_and_unknown_words),
		cmocka_unit_test(test_lang_tagger__participles_after_auxiliaries),
		cmocka_unit_test(test_lang_tagger__to_modal_and_possessives),
		cmocka_unit_test(test_lang_tagger__punctuation_by_text),
		cmocka_unit_test(test_lang_tagger__main_clause_verb),
		cmocka_unit_test(test_lang_tagger__empty_sentence),
	};
	int rc = lang_fixture_open(&fx);
	if (rc == 0)
		rc = cmocka_run_group_tests(tests, NULL, NULL);
	lang_fixture_close(&fx);
	return rc;
}
