/*
 * Unit tests for the Treebank input (src/lang/treebank.c, treebank_chunk.c):
 * small trees of invented sentences, checked for tokens (aligned to the
 * text, escapes undone), tags, chunks and clauses rendered as in
 * test_chunk.c, verb-group flags, the rebuilt-text fallback and malformed
 * input. Every successful run also checks the structural invariants.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "dyad/treebank.h"
#include "lang/lang_fixture.h"
#include "lang/treebank_check.h"

static lang_fixture fx;
static dyad_analysis an;
static char out[4096];

static int run(const char *text, const char *parse)
{
	dyad_arena_reset(fx.arena);
	return dyad_pipeline_from_parse(&an, fx.ctx, fx.lex, fx.arena, text, strlen(text), parse,
		strlen(parse));
}

static void ok(const char *text, const char *parse)
{
	const char *why;
	int rc = run(text, parse);
	if (rc != DYAD_OK)
		fail_msg("%s", dyad_ctx_error(fx.ctx));
	if ((why = tb_check(&an)) != NULL)
		fail_msg("%s", why);
}

static const char *chunks(const char *text, const char *parse)
{
	ok(text, parse);
	return tb_render(out, sizeof out, &an, 0);
}

static const char *clauses(const char *text, const char *parse)
{
	ok(text, parse);
	return tb_render(out, sizeof out, &an, 1);
}

/* "word/TAG word/TAG …" of the analysis. */
static const char *tagged(void)
{
	out[0] = '\0';
	for (size_t i = 0; i < an.doc.n_toks; i++) {
		const dyad_token *t = &an.doc.toks[i];
		if (i)
			TB_CATS(out, sizeof out, " ");
		tb_cat(out, sizeof out, an.doc.text.buf + t->off, t->len);
		TB_CATS(out, sizeof out, "/");
		TB_CATS(out, sizeof out, dyad_pos_name((dyad_pos)t->tag));
	}
	return out;
}

static const dyad_token *tok(const char *lower)
{
	for (size_t i = 0; i < an.doc.n_toks; i++)
		if (strcmp(an.doc.toks[i].lower, lower) == 0)
			return &an.doc.toks[i];
	fail_msg("no token %s", lower);
	return NULL;
}

static const dyad_chunk *chunk_of(const char *lower)
{
	return &an.chunks.chunks[tok(lower)->chunk];
}

static void test_lang_treebank__tokens_are_spans_of_the_text(void **state)
{
	static const char text[] = "  Gondor's envoy \xe2\x80\x9cwon't\xe2\x80\x9d go\n(again).";
	(void)state;
	ok(text, "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN envoy)) (`` ``) (VP (MD wo) (RB n't)"
		" ('' '') (VP (VB go) (ADVP (-LRB- -LRB-) (RB again) (-RRB- -RRB-)))) (. .)))");
	assert_string_equal(tagged(), "Gondor/NNP 's/POS envoy/NN \xe2\x80\x9c/`` wo/MD n't/RB "
		"\xe2\x80\x9d/'' go/VB (/-LRB- again/RB )/-RRB- ./.");
	assert_int_equal(an.doc.n_toks, 12);
	assert_int_equal(an.doc.toks[0].off, 2);
	assert_true(an.doc.toks[0].flags & DYAD_TOKF_SENT_START);
	assert_true(an.doc.toks[0].flags & DYAD_TOKF_CAP);
	assert_false(an.doc.toks[1].flags & DYAD_TOKF_SPACE_BEFORE);
	assert_int_equal(an.doc.toks[1].kind, DYAD_TOK_POSSESSIVE);
	assert_int_equal(an.doc.toks[3].kind, DYAD_TOK_QUOTE);
	assert_true(an.doc.toks[3].flags & DYAD_TOKF_QUOTE_OPEN);
	assert_true(an.doc.toks[6].flags & DYAD_TOKF_QUOTE_CLOSE);
	assert_true(tok("(")->flags & DYAD_TOKF_NEWLINE_BEFORE);
	assert_string_equal(tok("envoy")->lemma, "envoy");
	assert_int_equal(an.doc.n_sents, 1);
	assert_int_equal(an.doc.sents[0].off, 2);
	assert_int_equal(an.doc.sents[0].len, strlen(text) - 2);
}

static void test_lang_treebank__aux_tags_and_function_tags(void **state)
{
	(void)state;
	assert_string_equal(chunks("Rohan did not answer.",
		"( (S (NP-SBJ (NNP Rohan)) (VP (AUXD did) (RB not) (VP (VB answer))) (. .)) )"),
		"[NP Rohan] [VP did not answer] .");
	assert_string_equal(tagged(), "Rohan/NNP did/VBD not/RB answer/VB ./.");
	assert_true(chunk_of("did")->flags & DYAD_VPF_NEGATED);
	assert_true(chunk_of("did")->flags & DYAD_VPF_PAST);
	assert_string_equal(an.doc.toks[chunk_of("did")->head].lower, "answer");
}

static void test_lang_treebank__base_nps_and_possessives(void **state)
{
	(void)state;
	assert_string_equal(chunks("Gondor's defence minister met the envoy of Rohan and "
		"the US Deputy Secretary of Trade Hal Vorn.",
		"(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN defence) (NN minister))"
		" (VP (VBD met) (NP (NP (NP (DT the) (NN envoy)) (PP (IN of) (NP (NNP Rohan))))"
		" (CC and) (NP (DT the) (NNP US) (NML (NNP Deputy) (NNP Secretary) (PP (IN of)"
		" (NP (NNP Trade)))) (NNP Hal) (NNP Vorn)))) (. .)))"),
		"[NP Gondor 's defence minister] [VP met] [NP the envoy] [PP of] [NP Rohan] "
		"[CONJ and] [NP the US Deputy Secretary] [PP of] [NP Trade] [NP Hal Vorn] .");
	assert_true(chunk_of("gondor")->flags & DYAD_NPF_POSSESSIVE);
	assert_string_equal(an.doc.toks[chunk_of("gondor")->head].lower, "minister");
	assert_true(chunk_of("hal")->flags & DYAD_NPF_PROPER);
}

static void test_lang_treebank__verb_groups(void **state)
{
	(void)state;
	assert_string_equal(chunks("Rohan will not quickly recognise the envoys, who were "
		"reportedly expelled.",
		"(ROOT (S (NP (NNP Rohan)) (VP (MD will) (RB not) (ADVP (RB quickly)) (VP (VB recognise)"
		" (NP (NP (DT the) (NNS envoys)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD were)"
		" (ADVP (RB reportedly)) (VP (VBN expelled)))))))) (. .)))"),
		"[NP Rohan] [VP will not quickly recognise] [NP the envoys] , [SBAR who] "
		"[VP were reportedly expelled] .");
	assert_string_equal(tok("envoys")->lemma, "envoy");
	assert_int_equal(chunk_of("will")->flags, DYAD_VPF_NEGATED | DYAD_VPF_FUTURE);
	assert_int_equal(chunk_of("were")->flags, DYAD_VPF_PASSIVE | DYAD_VPF_PAST);
	assert_string_equal(chunks("Mordor has to pull out of Ithilien.",
		"(ROOT (S (NP (NNP Mordor)) (VP (VBZ has) (S (VP (TO to) (VP (VB pull) (PRT (RP out))"
		" (PP (IN of) (NP (NNP Ithilien))))))) (. .)))"),
		"[NP Mordor] [VP has] [VP to pull] [PRT out] [PP of] [NP Ithilien] .");
	assert_string_equal(chunks("Aid arrived according to the envoy, out of season.",
		"(ROOT (S (NP (NN Aid)) (VP (VBD arrived) (PP (VBG according) (PP (TO to) (NP (DT the)"
		" (NN envoy)))) (, ,) (PP (IN out) (PP (IN of) (NP (NN season))))) (. .)))"),
		"[NP Aid] [VP arrived] [PP according to] [NP the envoy] , [PP out of] [NP season] .");
}

static void test_lang_treebank__relative_and_subordinate_clauses(void **state)
{
	(void)state;
	assert_string_equal(clauses("The envoy who visited Rohan said that Gondor would attack "
		"because talks failed.",
		"(ROOT (S (NP (NP (DT The) (NN envoy)) (SBAR (WHNP (WP who)) (S (VP (VBD visited)"
		" (NP (NNP Rohan)))))) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (MD would)"
		" (VP (VB attack) (SBAR (IN because) (S (NP (NNS talks)) (VP (VBD failed))))))))) (. .)))"),
		"{REPORT [NP The envoy] {REL [SBAR who] [VP visited] [NP Rohan]} [VP said] "
		"{SUB [SBAR that] [NP Gondor] [VP would attack] {SUB [SBAR because] [NP talks] "
		"[VP failed]}} .}");
	assert_string_equal(clauses("Rohan thinks Gondor lied.",
		"(ROOT (S (NP (NNP Rohan)) (VP (VBZ thinks) (SBAR (S (NP (NNP Gondor)) (VP (VBD lied)))))"
		" (. .)))"),
		"{MAIN [NP Rohan] [VP thinks] {SUB [NP Gondor] [VP lied]} .}");
}

static void test_lang_treebank__reported_speech(void **state)
{
	(void)state;
	assert_string_equal(clauses("\"Gondor will fight,\" the minister said.",
		"(ROOT (S (`` ``) (S (NP (NNP Gondor)) (VP (MD will) (VP (VB fight)))) (, ,) ('' '')"
		" (NP (DT the) (NN minister)) (VP (VBD said)) (. .)))"),
		"{REPORT {MAIN \" [NP Gondor] [VP will fight] , \"} [NP the minister] [VP said] .}");
	assert_string_equal(clauses("Hal said Rohan was ready.",
		"(ROOT (S (NP (NNP Hal)) (VP (VBD said) (SBAR (S (NP (NNP Rohan)) (VP (VBD was)"
		" (ADJP (JJ ready)))))) (. .)))"),
		"{REPORT [NP Hal] [VP said] {MAIN [NP Rohan] [VP was] [ADJP ready]} .}");
	/* a verb of saying without a clause to report stays MAIN */
	assert_string_equal(clauses("Hal said nothing.",
		"(ROOT (S (NP (NNP Hal)) (VP (VBD said) (NP (NN nothing))) (. .)))"),
		"{MAIN [NP Hal] [VP said] [NP nothing] .}");
}

static void test_lang_treebank__participial_clauses(void **state)
{
	(void)state;
	assert_string_equal(clauses("Speaking in Edoras, the king warned Mordor.",
		"(ROOT (S (S (VP (VBG Speaking) (PP (IN in) (NP (NNP Edoras))))) (, ,) (NP (DT the)"
		" (NN king)) (VP (VBD warned) (NP (NNP Mordor))) (. .)))"),
		"{MAIN {PART [VP Speaking] [PP in] [NP Edoras]} , [NP the king] [VP warned] "
		"[NP Mordor] .}");
	assert_string_equal(clauses("After meeting Hal, Vorn left.",
		"(ROOT (S (PP (IN After) (S (VP (VBG meeting) (NP (NNP Hal))))) (, ,) (NP (NNP Vorn))"
		" (VP (VBD left)) (. .)))"),
		"{MAIN {PART [PP After] [VP meeting] [NP Hal]} , [NP Vorn] [VP left] .}");
}

static void test_lang_treebank__several_trees_are_sentences(void **state)
{
	(void)state;
	assert_string_equal(clauses("Rohan attacked. It failed.",
		"( (S (NP (NNP Rohan)) (VP (VBD attacked)) (. .)) )\n"
		"(ROOT (S (NP (PRP It)) (VP (VBD failed)) (. .)))"),
		"{MAIN [NP Rohan] [VP attacked] .} | {MAIN [NP It] [VP failed] .}");
	assert_int_equal(an.doc.n_sents, 2);
	assert_int_equal(an.doc.sents[1].tok_begin, 3);
	assert_true(an.doc.toks[3].flags & DYAD_TOKF_SENT_START);
	assert_true(chunk_of("it")->flags & DYAD_NPF_PRONOUN);
}

static void test_lang_treebank__empty_elements_are_dropped(void **state)
{
	(void)state;
	assert_string_equal(chunks("Talks resumed.",
		"( (S (NP-SBJ-1 (NNS Talks)) (VP (VBD resumed) (NP (-NONE- *-1))) (. .)) )"),
		"[NP Talks] [VP resumed] .");
}

static void test_lang_treebank__unaligned_leaves_rebuild_the_text(void **state)
{
	static const char parse[] = "(ROOT (S (NP (NNP Rohan)) (VP (VBD attacked)"
		" (NP (-LRB- -LRB-) (NNP Gondor) (-RRB- -RRB-))) (. .)))";
	(void)state;
	/* no text at all: PETRARCH test records may give only the parse */
	assert_string_equal(chunks("", parse),
		"[NP Rohan] [VP attacked] ( [NP Gondor] ) .");
	assert_string_equal(an.doc.text.buf, "Rohan attacked ( Gondor ) .");
	assert_int_equal(dyad_text_input_offset(&an.doc.text, 6), 0);
	/* the parser changed a word: aligned up to it, then where it stopped */
	assert_string_equal(chunks("Rohan attacked [Gondour].", parse),
		"[NP Rohan] [VP attacked] ( [NP Gondor] ) .");
	assert_int_equal(dyad_text_input_offset(&an.doc.text, 6), 6);
	assert_int_equal(dyad_text_input_offset(&an.doc.text, 17), 16);
	assert_int_equal(dyad_text_input_offset(&an.doc.text, an.doc.text.len), 25);
}

static void expect_fail(int status, const char *parse, const char *msg)
{
	an.doc.n_toks = 99;
	assert_int_equal(run("Rohan attacked.", parse), status);
	assert_non_null(strstr(dyad_ctx_error(fx.ctx), msg));
	assert_int_equal(an.doc.n_toks, 0);
	assert_null(an.chunks.chunks);
}

static void test_lang_treebank__malformed_trees_are_input_errors(void **state)
{
	char *deep;
	(void)state;
	expect_fail(DYAD_EINPUT, "(ROOT (S (NP (NNP Rohan)) (VP (VBD attacked))", "not closed");
	expect_fail(DYAD_EINPUT, "(ROOT (S (NNP Rohan))))", "unbalanced ')'");
	expect_fail(DYAD_EINPUT, "", "empty parse");
	expect_fail(DYAD_EINPUT, "  \n ", "empty parse");
	expect_fail(DYAD_EINPUT, "()", "empty constituent");
	expect_fail(DYAD_EINPUT, "(ROOT (S (NP) (VBD attacked)))", "empty constituent");
	expect_fail(DYAD_EINPUT, "(ROOT (S (-NONE- *)))", "tree without words");
	expect_fail(DYAD_EINPUT, "Rohan (NNP Rohan)", "text outside brackets");
	expect_fail(DYAD_EINPUT, "(ROOT (S ( Rohan)))", "word without a tag");
	expect_fail(DYAD_EINPUT, "(ROOT (NNP Rohan attacked))", "expected ')'");
	deep = malloc(4 * (DYAD_TREEBANK_MAX_DEPTH + 1) + 16);
	assert_non_null(deep);
	deep[0] = '\0';
	for (int i = 0; i <= DYAD_TREEBANK_MAX_DEPTH; i++)
		strcat(deep, "(S ");
	strcat(deep, "(NN x)");
	expect_fail(DYAD_ELIMIT, deep, "deeper than");
	free(deep);
	assert_int_equal(dyad_pipeline_from_parse(&an, fx.ctx, fx.lex, fx.arena, "x", 1, NULL, 0),
		DYAD_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_treebank__tokens_are_spans_of_the_text),
		cmocka_unit_test(test_lang_treebank__aux_tags_and_function_tags),
		cmocka_unit_test(test_lang_treebank__base_nps_and_possessives),
		cmocka_unit_test(test_lang_treebank__verb_groups),
		cmocka_unit_test(test_lang_treebank__relative_and_subordinate_clauses),
		cmocka_unit_test(test_lang_treebank__reported_speech),
		cmocka_unit_test(test_lang_treebank__participial_clauses),
		cmocka_unit_test(test_lang_treebank__several_trees_are_sentences),
		cmocka_unit_test(test_lang_treebank__empty_elements_are_dropped),
		cmocka_unit_test(test_lang_treebank__unaligned_leaves_rebuild_the_text),
		cmocka_unit_test(test_lang_treebank__malformed_trees_are_input_errors),
	};
	int rc = lang_fixture_open(&fx);
	(void)split_spaces; /* the fixture's tokeniser: the trees give ours */
	if (rc == 0)
		rc = cmocka_run_group_tests(tests, NULL, NULL);
	lang_fixture_close(&fx);
	return rc;
}
