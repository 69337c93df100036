/*
 * Unit tests of the coder's clause rules (src/events/clauses.c) with
 * PETRARCH's and TABARI's options: a postposed attribution coded as a
 * clause of its own, and the comma-clause defaults. Invented dictionary
 * and sentences, run through dyad's own pipeline (the system lexicon is
 * needed: skipped, exit 77, without it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "coder/coder_fixture.h"

static const char dict_text[] =
	"dyad-dictionary 1\n"
	"actor ZANARIA\n"
	"  code ZAN\n"
	"actor KOSTRA\n"
	"  code KOS\n"
	"actor BELOVIA\n"
	"  code BEL\n"
	"actor MARSOVIA\n"
	"  code MRS\n"
	"agent OFFICIAL => ~GOV\n"
	"verb ACCUSE => 112\n"
	"  form ACCUSE {*}\n"
	"verb SAID => 023\n"
	"  form SAID\n"
	"verb RESTORE => 060\n"
	"  form RESTORE {*}\n"
	"  pattern * TIES WITH + => 064\n";

/* Code text with option lines; the events as "SRC/TGT/CODE" joined by
 * spaces. */
static const char *code_lines(const char *text, const char *const *lines, size_t n)
{
	dyad_story_result res;
	return coder_fixture_code(text, DYAD_DATE_NONE, 0, lines, n, &res);
}

/* PETRARCH's options with comma clauses kept, so that only the
 * attribution rule is at work. */
static const char *code_nocomma(const char *text, int require_dyad)
{
	const char *lines[4] = { "comma_max=0", "comma_emax=0", "comma_bmax=0",
		require_dyad ? "require_dyad=true" : "require_dyad=false" };
	return code_lines(text, lines, 4);
}

/* A postposed attribution is a clause of its own, coded besides the
 * reported clause, its speaker the source; without a target it codes only
 * when require_dyad is off. */
static void test_coder_clauses__attribution_own_clause(void **state)
{
	(void)state;
	assert_string_equal(code_nocomma("Zanaria accused Belovia, a senior official said on Monday.",
		0), "ZAN/BEL/112 ---GOV/---/023");
	assert_string_equal(code_nocomma("Zanaria accused Belovia, a senior official said on Monday.",
		1), "ZAN/BEL/112");
	assert_string_equal(code_nocomma("Zanaria accused Belovia, a Kostra official said on Monday.",
		0), "ZAN/BEL/112 KOSGOV/---/023");
}

/* Neither clause lends its actors to the other: the speaker is no target
 * of the reported verb, and the reported clause's actors are no source
 * for the attribution. */
static void test_coder_clauses__attribution_keeps_actors(void **state)
{
	(void)state;
	assert_string_equal(code_nocomma("Zanaria accused everyone, a Kostra official said on Monday.",
		0), "ZAN/---/112 KOSGOV/---/023");
	assert_string_equal(code_nocomma("Zanaria accused everyone, a Kostra official said on Monday.",
		1), "");
	assert_string_equal(code_nocomma("Zanaria accused Belovia, everyone said on Monday.", 0),
		"ZAN/BEL/112");
}

/* A preposed reporting verb still codes the clause it heads. */
static void test_coder_clauses__preposed_reporting(void **state)
{
	(void)state;
	assert_string_equal(code_nocomma("Kostra said Zanaria accused Belovia on Monday.", 1),
		"KOS/ZAN/023");
}

/* TABARI codes by the clauses of a compound sentence only (7.6): the
 * attribution is part of the clause before it, its speaker a target. */
static void test_coder_clauses__tabari_no_attribution(void **state)
{
	static const char *const lines[] = { "SET: MINIMUM WORDS = 1", "COMMA: OFF" };
	(void)state;
	assert_string_equal(code_lines("Zanaria accused everyone, a Kostra official said on Monday.",
		lines, 2), "ZAN/KOSGOV/112");
}

/* PETRARCH's defaults hide internal and terminal comma clauses of 2 to 8
 * words; TABARI's of 3 to 10 (manual 8.6). */
static void test_coder_clauses__comma_defaults(void **state)
{
	static const char *const nodyad[] = { "require_dyad=false" };
	static const char *const tabari[] = { "SET: MINIMUM WORDS = 1" };
	const char *eight = "Zanaria accused Belovia on Monday, the official said in a statement on"
		" Tuesday.";
	const char *nine = "Zanaria accused Belovia on Monday, the official said in a statement on"
		" Tuesday night.";
	(void)state;
	assert_string_equal(code_lines(eight, nodyad, 1), "ZAN/BEL/112");
	assert_string_equal(code_lines(nine, nodyad, 1), "ZAN/BEL/112 ---GOV/---/023");
	assert_string_equal(code_lines(nine, tabari, 1), "ZAN/BEL/112");
}

/* PETRARCH looks for agents anywhere in a noun phrase: a noun that is no
 * head names someone too ("the official news agency"), an adjective does
 * not. */
static void test_coder_clauses__agent_in_noun_phrase(void **state)
{
	(void)state;
	assert_string_equal(code_nocomma("The primary official news agency accused Belovia.", 1),
		"---GOV/BEL/112");
}

/* PETRARCH's words before the verb stop at a comma: the source is the
 * first actor after it, one inside a compound actor list aside; TABARI's
 * is the first of the clause (5.8). */
static void test_coder_clauses__source_after_comma(void **state)
{
	static const char *const tabari[] = { "SET: MINIMUM WORDS = 1", "COMMA: OFF" };
	const char *t = "Zanaria is angry, weeks after Belovia accused Kostra.";
	(void)state;
	assert_string_equal(code_nocomma(t, 1), "BEL/KOS/112");
	assert_string_equal(code_lines(t, tabari, 2), "ZAN/KOS/112");
	assert_string_equal(code_nocomma("Zanaria, Belovia and Kostra accused Marsovia.", 1),
		"ZAN/MRS/112 BEL/MRS/112 KOS/MRS/112");
}

/* A comma between coordinate adjectives is inside PETRARCH's noun
 * phrase: patterns match across it; with TABARI's rules matching stops
 * there (5.5.3). */
static void test_coder_clauses__adjective_comma(void **state)
{
	static const char *const tabari[] = { "SET: MINIMUM WORDS = 1", "COMMA: OFF" };
	const char *t = "Zanaria restored complete, full diplomatic ties with Kostra.";
	(void)state;
	assert_string_equal(code_nocomma(t, 1), "ZAN/KOS/064");
	assert_string_equal(code_lines(t, tabari, 2), "ZAN/KOS/060");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coder_clauses__attribution_own_clause),
		cmocka_unit_test(test_coder_clauses__attribution_keeps_actors),
		cmocka_unit_test(test_coder_clauses__preposed_reporting),
		cmocka_unit_test(test_coder_clauses__tabari_no_attribution),
		cmocka_unit_test(test_coder_clauses__comma_defaults),
		cmocka_unit_test(test_coder_clauses__agent_in_noun_phrase),
		cmocka_unit_test(test_coder_clauses__source_after_comma),
		cmocka_unit_test(test_coder_clauses__adjective_comma),
	};
	return coder_fixture_main("clauses", tests, sizeof tests / sizeof tests[0],
		"clauses-test.dyad", dict_text, sizeof dict_text - 1);
}
