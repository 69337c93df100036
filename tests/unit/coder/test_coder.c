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

#include "coder/coder_fixture.h"
#include "dyad/date.h"

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
	"actor TWIN VALLEYS\n"
	"  code TVA/TVB\n"
	"agent FOREIGN MINISTER => ~GOVFRM\n"
	"agent ENVOYS => ~GOV\n"
	"agent SOLDIERS => ~MIL\n"
	"agent MEDICS => NGO~\n"
	"verb ACCUSE => 112\n"
	"  form ACCUSE {*}\n"
	"verb RESTORE => 060\n"
	"  form RESTORE {*}\n"
	"  pattern * TIES WITH + => 064\n"
	"verb PRAISE => 051\n"
	"  form PRAISE {*}\n"
	"verb DEFEAT => ---\n"
	"  form DEFEAT {*}\n"
	"synset NEGAUX\n"
	"  member DIDN'T\n"
	"  member WILL NOT\n"
	"synset HUE\n"
	"  member RED\n"
	"  member BLUE\n"
	"synset HUENOTE\n"
	"  member \\&HUE NOTES\n"
	"  member NOTES ON \\&HUE\n"
	"verb QUARREL => 120\n"
	"  form QUARREL {*}\n"
	"  pattern &NEGAUX * OVER TARIFFS => 901\n"
	"  pattern * OVER TARIFFS => 121\n"
	"verb GREET => 041\n"
	"  form GREET {*}\n"
	"  pattern * &HUENOTE FROM => 911\n"
	"  pattern * &HUE_FLAGS FROM => 912\n"
	"synset NEARBY_\n"
	"  member NEAR\n"
	"  member BESIDE\n"
	"verb CAMP => 190\n"
	"  form CAMP {*}\n"
	"  pattern * &NEARBY BORDER => 191\n"
	"verb WARN => 160\n"
	"  form WARN {*}\n"
	"  pattern $ ^ FOR * => 164\n"
	"verb CONFER => 031:031\n"
	"  form CONFER {*}\n"
	"discard FOOTBALL\n";

/* Code text; returns the events as "SRC/TGT/CODE" joined by spaces. */
static const char *code_opts(const char *text, const char *date, int keep_negated,
	const char *const *lines, size_t n_lines, dyad_story_result *res)
{
	int32_t day = DYAD_DATE_NONE;
	int y, mo, d;
	if (date && dyad_date_parse(&y, &mo, &d, date) == 0)
		day = (int32_t)dyad_date_days(y, mo, d);
	return coder_fixture_code(text, day, keep_negated, lines, n_lines, res);
}

static const char *code_with(const char *text, const char *date, int keep_negated,
	dyad_story_result *res)
{
	return code_opts(text, date, keep_negated, NULL, 0, res);
}

/* With a TABARI option line: TABARI's rules (short test sentences let
 * through: SET: MINIMUM WORDS = 1). */
static const char *code_tabari_set(const char *text, const char *line)
{
	const char *lines[2];
	dyad_story_result r;
	lines[0] = "SET: MINIMUM WORDS = 1";
	lines[1] = line;
	return code_opts(text, NULL, 0, lines, 2, &r);
}

static const char *code_tabari(const char *text)
{
	return code_tabari_set(text, "SET: CONVERT AGENT = FALSE");
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
	/* across adjectives joined by a conjunction (5.4) */
	assert_string_equal(code("Zanaria's bold and brash foreign minister accused Belovia."),
		"ZANGOVFRM/BEL/112");
}

static void test_coder_coder__compound_subject(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria and Kostra accused Belovia."),
		"ZAN/BEL/112 KOS/BEL/112");
	/* the second member's noun phrase may open with adjectives (7.5) */
	assert_string_equal(code("Zanaria and the angry old Kostra accused Belovia."),
		"ZAN/BEL/112 KOS/BEL/112");
	assert_string_equal(code("Zanaria, the angry Kostra, and old Belovia accused the Twin"
		" Valleys."), "ZAN/TVA/112 ZAN/TVB/112 KOS/TVA/112 KOS/TVB/112 BEL/TVA/112 BEL/TVB/112");
}

static void test_coder_coder__passive_by(void **state)
{
	(void)state;
	assert_string_equal(code("Belovia was accused by Zanaria."), "ZAN/BEL/112");
	assert_string_equal(code("Belovia was accused earlier by Zanaria."), "ZAN/BEL/112");
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

/* A synset in a pattern may spell the negation (manual 5.6): the pattern
 * codes the negated verb; with TABARI's rules "didn't" is one word, as the
 * synset writes it (5.2). */
static void test_coder_coder__negation_synset(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria didn't quarrel over tariffs with Belovia."),
		"ZAN/BEL/901");
	assert_string_equal(code_tabari("Zanaria will not quarrel over tariffs with Belovia."),
		"ZAN/BEL/901");
	assert_string_equal(code_tabari("Zanaria quarreled over tariffs with Belovia."),
		"ZAN/BEL/121");
	/* TABARI has no negation rule of its own: without such a pattern the
	 * verb codes, marked negated; PETRARCH's rules drop it */
	assert_string_equal(code_tabari("Zanaria did not greet Belovia."), "ZAN/BEL/041");
	assert_string_equal(code("Zanaria did not greet Belovia."), "");
}

/* A synset member may name another synset (manual 5.6). */
static void test_coder_coder__nested_synset(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria greeted red notes from Belovia."), "ZAN/BEL/911");
	assert_string_equal(code("Zanaria greeted notes on blue from Belovia."), "ZAN/BEL/911");
	assert_string_equal(code("Zanaria greeted green notes from Belovia."), "ZAN/BEL/041");
}

/* A paired code over a compound actor names each dyad once (6.6.3). */
static void test_coder_coder__paired_compound_once(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria and Kostra conferred on Monday."),
		"ZAN/KOS/031 KOS/ZAN/031");
}

/* An agent alone is "---AGT" with PETRARCH's rules; TABARI's CONVERT
 * AGENTS uses the agent's code as written, "~AGT" (manual 8.2.6). */
static void test_coder_coder__agent_alone(void **state)
{
	(void)state;
	assert_string_equal(code("The foreign minister accused Belovia."), "---GOVFRM/BEL/112");
	assert_string_equal(code_tabari_set("The foreign minister accused Belovia.",
		"SET: CONVERT AGENT = TRUE"), "~GOVFRM/BEL/112");
	assert_string_equal(code_tabari("The foreign minister accused Belovia."), "");
}

/* A coded compound actor, codes joined by "/", stands for each of them
 * (manual 6.5.1). */
static void test_coder_coder__coded_compound(void **state)
{
	(void)state;
	assert_string_equal(code("The Twin Valleys accused Belovia."), "TVA/BEL/112 TVB/BEL/112");
	assert_string_equal(code("Belovia and Kostra accused the Twin Valleys."),
		"BEL/TVA/112 BEL/TVB/112 KOS/TVA/112 KOS/TVB/112");
}

/* DEFAULT: SOURCE [x] PRIOR TARGET [y] AFTER (manual 8.5): the default
 * codes stand in when no actor precedes or follows the verb; without PRIOR
 * the first actor after the verb is the source. */
static void test_coder_coder__default_codes(void **state)
{
	(void)state;
	assert_string_equal(code_tabari_set("Somebody accused Belovia on Monday.",
		"DEFAULT: SOURCE [DSRC] PRIOR TARGET [DTGT] AFTER"), "DSRC/BEL/112");
	assert_string_equal(code_tabari_set("Zanaria accused somebody on Monday.",
		"DEFAULT: SOURCE [DSRC] PRIOR TARGET [DTGT] AFTER"), "ZAN/DTGT/112");
	assert_string_equal(code_tabari_set("Somebody accused Belovia on Monday.",
		"DEFAULT: SOURCE [DSRC] TARGET [DTGT] AFTER"), "BEL/DTGT/112");
	assert_string_equal(code_tabari_set("Somebody accused Belovia on Monday.",
		"DEFAULT: OFF"), "");
}

/* Two members of one compound facing each other are one dyad (5.8). */
static void test_coder_coder__compound_members_face(void **state)
{
	(void)state;
	assert_string_equal(code_tabari_set("Somebody accused Kostra and Belovia on Monday.",
		"DEFAULT: SOURCE [DSRC] TARGET [DTGT] AFTER"), "KOS/BEL/112");
}

/* SET: CODE BY CLAUSE / SENTENCE / CODE ALL (manual 7.6.1). */
static void test_coder_coder__code_by(void **state)
{
	const char *two = "Zanaria accused Belovia and praised Kostra on Monday.";
	const char *one = "Zanaria accused Belovia after praising Kostra on Monday.";
	(void)state;
	assert_string_equal(code_tabari_set(two, "SET: CODE BY CLAUSE"),
		"ZAN/BEL/112 ZAN/KOS/051");
	assert_string_equal(code_tabari_set(two, "SET: CODE BY SENTENCE"), "ZAN/BEL/112");
	assert_string_equal(code_tabari_set(one, "SET: CODE BY CLAUSE"), "ZAN/BEL/112");
	assert_string_equal(code_tabari_set(one, "SET: CODE ALL"), "ZAN/BEL/112 ZAN/KOS/051");
}

/* An agent joins an actor across IN and OF (manual 5.4); PETRARCH's noun
 * phrases also take FROM, and give the agent of a compound to each
 * member. */
static void test_coder_coder__agent_noun_phrase(void **state)
{
	(void)state;
	assert_string_equal(code("Soldiers from Zanaria accused Belovia."), "ZANMIL/BEL/112");
	assert_string_equal(code_tabari("Soldiers from Zanaria accused Belovia."), "ZAN/BEL/112");
	assert_string_equal(code("Envoys of Zanaria and Kostra accused Belovia."),
		"ZANGOV/BEL/112 KOSGOV/BEL/112");
	assert_string_equal(code_tabari("Envoys of Zanaria and Kostra accused Belovia."),
		"ZANGOV/BEL/112 KOS/BEL/112");
	/* PETRARCH stacks an agent before the actor and one after it */
	assert_string_equal(code("The medics Zanaria envoys accused Belovia."), "NGOZANGOV/BEL/112");
	assert_string_equal(code_tabari("The medics Zanaria envoys accused Belovia."),
		"NGOZAN/BEL/112");
}

/* With TABARI's rules a sentence of fewer than MINIMUM WORDS words,
 * commas counted, is not coded; the default is 8 (manual 8.2.3). */
static void test_coder_coder__minimum_words(void **state)
{
	static const char *const dflt[] = { "SET: CONVERT AGENT = FALSE" };
	static const char *const four[] = { "SET: MINIMUM WORDS = 4" };
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_opts("Zanaria accused Belovia on Monday.", NULL, 0, dflt, 1, &r),
		"");
	assert_string_equal(code_opts("Zanaria accused Belovia on Monday, officials said.", NULL,
		0, dflt, 1, &r), "ZAN/BEL/112");
	assert_string_equal(code_opts("Zanaria accused Belovia.", NULL, 0, four, 1, &r), "");
	assert_string_equal(code_opts("Zanaria accused Belovia today.", NULL, 0, four, 1, &r),
		"ZAN/BEL/112");
	/* PETRARCH has no such rule */
	assert_string_equal(code("Zanaria accused Belovia."), "ZAN/BEL/112");
}

/* COMMA: BMIN/BMAX, MIN/MAX, EMIN/EMAX set the lengths of nonrestrictive
 * clauses hidden at the beginning, inside and at the end of a sentence;
 * COMMA: OFF keeps them all (manual 8.6). */
static void test_coder_coder__comma_ranges(void **state)
{
	const char *b = "Kostra officials say, Zanaria praised Belovia on Monday for its generous"
		" help with the flood relief effort.";
	const char *e = "Zanaria praised on Monday, Kostra officials say.";
	(void)state;
	assert_string_equal(code_tabari_set(b, "COMMA: BMIN = 1 BMAX = 4"), "ZAN/BEL/051");
	assert_string_equal(code_tabari_set(b, "COMMA: OFF"), "KOS/BEL/051");
	assert_string_equal(code_tabari_set(e, "COMMA: EMIN = 1 EMAX = 4"), "");
	assert_string_equal(code_tabari_set(e, "COMMA: EMIN = 5 EMAX = 9"), "ZAN/KOS/051");
}

/* With TABARI's rules a capitalised word inside a sentence is a noun,
 * unless the whole record is in capitals (manual 7.4). */
static void test_coder_coder__all_caps(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria Accused Belovia on Monday."), "");
	assert_string_equal(code_tabari("ZANARIA ACCUSED BELOVIA ON MONDAY."), "ZAN/BEL/112");
}

/* A conjunction joining two adjectives does not start a clause (7.6). */
static void test_coder_coder__adjective_conjunction(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria accused Belovia of an easy or cheap praise."),
		"ZAN/BEL/112");
	assert_string_equal(code_tabari("Zanaria accused Belovia of an error or then praise."),
		"ZAN/BEL/112 ZAN/BEL/051");
}

/* "&NAME" in a pattern finds the synset written "&NAME_" (5.2.2). */
static void test_coder_coder__synset_trailing_underscore(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria camped near the border with Belovia."), "ZAN/BEL/191");
	assert_string_equal(code("Zanaria camped far from the border with Belovia."),
		"ZAN/BEL/190");
}

/* "&HUE_FLAGS", a synset glued to a word in one name, reads as the synset
 * followed by the word (5.7). */
static void test_coder_coder__synset_glued_word(void **state)
{
	(void)state;
	assert_string_equal(code("Zanaria greeted red flags from Belovia."), "ZAN/BEL/912");
	assert_string_equal(code("Zanaria greeted red old flags from Belovia."), "ZAN/BEL/041");
}

/* PETRARCH: a possessive actor before another actor of its noun phrase
 * only modifies it; not inside a coordination. */
static void test_coder_coder__possessive_modifier(void **state)
{
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_with("Zanaria's leader Voren Malik accused Belovia.", "2003-05-01",
		0, &r), "ZANGOV/BEL/112");
	assert_string_equal(code_with("Kostra and Zanaria's Voren Malik accused Belovia.",
		"2003-05-01", 0, &r), "KOS/BEL/112 ZAN/BEL/112");
}

/* An actor that "^" passed over is no default source or target (5.7.3). */
static void test_coder_coder__skip_not_default(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria was Kostra for Belovia warning next week."),
		"ZAN/BEL/164");
}

/* FORWARD: (8.4): a pronoun before any actor of a sentence takes the
 * first actor of the sentence before, its own code without agent; a
 * forwarded pronoun hands on nothing, and without FORWARD: (or with OFF)
 * nothing is forwarded. */
static void test_coder_coder__forward(void **state)
{
	static const char *const on[] = { "SET: MINIMUM WORDS = 1", "FORWARD: ^^***NNN*SSS" };
	static const char *const off[] = { "SET: MINIMUM WORDS = 1", "FORWARD: ^^***NNN*SSS OFF" };
	const char *text = "Zanaria's foreign minister praised Belovia on Monday. Then he accused "
		"Kostra. Later he accused Belovia of lying.";
	dyad_story_result r;
	(void)state;
	assert_string_equal(code_opts(text, NULL, 0, on, 2, &r),
		"ZANGOVFRM/BEL/051 ZAN/KOS/112 KOS/BEL/112");
	assert_int_equal(r.events[1].sentence, 1);
	assert_string_equal(code_opts(text, NULL, 0, off, 2, &r), "ZANGOVFRM/BEL/051");
	/* a sentence between breaks the chain */
	assert_string_equal(code_opts("Zanaria praised Belovia on Monday. It rained. He accused "
		"Kostra.", NULL, 0, on, 2, &r), "ZAN/BEL/051");
}

/* THEY, THEM and THEIR refer to the first compound actor and stand for
 * each member (7.7); with TABARI's rules a target missing after the verb
 * is looked for before it in its own clause first (5.8, 7.6). */
static void test_coder_coder__pronoun_antecedents(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Belovia praised Zanaria and Kostra on Monday and then they "
		"accused Belovia."), "BEL/ZAN/051 BEL/KOS/051 ZAN/BEL/112 KOS/BEL/112");
	assert_string_equal(code_tabari("Zanaria accused Belovia on Monday and then it hoped that "
		"Kostra praised with vigour."), "ZAN/BEL/112 ZAN/KOS/051");
}

/* With TABARI's rules a clause after a conjunction keeps the sentence's
 * source unless an actor comes right after the conjunction (7.6). */
static void test_coder_coder__clause_keeps_source(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria accused Belovia on Monday and during a visit to "
		"Kostra praised the army."), "ZAN/BEL/112 ZAN/KOS/051");
	assert_string_equal(code_tabari("Zanaria accused Belovia on Monday and Kostra praised "
		"Belovia."), "ZAN/BEL/112 KOS/BEL/051");
}

/* A list of actors ends at its last "and": one joined by a comma only
 * is no member (7.5). */
static void test_coder_coder__list_ends_at_and(void **state)
{
	(void)state;
	assert_string_equal(code_tabari_set("Zanaria accused Belovia, a Kostra ally, of helping it.",
		"COMMA: OFF"), "ZAN/BEL/112");
	assert_string_equal(code_tabari_set("Zanaria accused Belovia, Kostra and the Twin Valleys.",
		"COMMA: OFF"), "ZAN/BEL/112 ZAN/KOS/112 ZAN/TVA/112 ZAN/TVB/112");
}

/* COMPLEX: NOACTPRIOR looks for an actor before the first verb that
 * codes: a null-coded verb before the subject is no verb (6.2, 8.7). */
static void test_coder_coder__noactprior_null_verb(void **state)
{
	(void)state;
	assert_string_equal(code_tabari_set("Upon defeat Zanaria accused Belovia.",
		"COMPLEX: NOACTPRIOR"), "ZAN/BEL/112");
	assert_string_equal(code_tabari_set("Officials accused Zanaria of praising Belovia.",
		"COMPLEX: NOACTPRIOR"), "");
}

/* A conjunction joining nouns, <noun> <conj> <adjective>* <noun>, does
 * not start a clause (7.5.1). */
static void test_coder_coder__noun_conjunction(void **state)
{
	(void)state;
	assert_string_equal(code_tabari("Zanaria praised sheep and lazy goats with Belovia."),
		"ZAN/BEL/051");
	assert_string_equal(code_tabari("Zanaria praised sheep and accused Belovia."),
		"ZAN/BEL/112");
}

/* A pronoun cannot refer to an actor in an eliminated comma clause (7.8):
 * it takes the first visible actor before it. */
static void test_coder_coder__pronoun_not_in_dropped_clause(void **state)
{
	const char *text = "Kostra officials say, Zanaria accused its neighbour Belovia of "
		"neglect in the flood relief effort last week.";
	(void)state;
	assert_string_equal(code_tabari_set(text, "COMMA: BMIN = 1 BMAX = 4"), "ZAN/BEL/112");
	assert_string_equal(code_tabari_set(text, "COMMA: OFF"), "KOS/BEL/112");
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
		cmocka_unit_test(test_coder_coder__negation_synset),
		cmocka_unit_test(test_coder_coder__nested_synset),
		cmocka_unit_test(test_coder_coder__paired_compound_once),
		cmocka_unit_test(test_coder_coder__agent_alone),
		cmocka_unit_test(test_coder_coder__coded_compound),
		cmocka_unit_test(test_coder_coder__default_codes),
		cmocka_unit_test(test_coder_coder__compound_members_face),
		cmocka_unit_test(test_coder_coder__code_by),
		cmocka_unit_test(test_coder_coder__agent_noun_phrase),
		cmocka_unit_test(test_coder_coder__minimum_words),
		cmocka_unit_test(test_coder_coder__comma_ranges),
		cmocka_unit_test(test_coder_coder__all_caps),
		cmocka_unit_test(test_coder_coder__adjective_conjunction),
		cmocka_unit_test(test_coder_coder__synset_trailing_underscore),
		cmocka_unit_test(test_coder_coder__synset_glued_word),
		cmocka_unit_test(test_coder_coder__possessive_modifier),
		cmocka_unit_test(test_coder_coder__skip_not_default),
		cmocka_unit_test(test_coder_coder__forward),
		cmocka_unit_test(test_coder_coder__pronoun_antecedents),
		cmocka_unit_test(test_coder_coder__clause_keeps_source),
		cmocka_unit_test(test_coder_coder__list_ends_at_and),
		cmocka_unit_test(test_coder_coder__noactprior_null_verb),
		cmocka_unit_test(test_coder_coder__noun_conjunction),
		cmocka_unit_test(test_coder_coder__pronoun_not_in_dropped_clause),
	};
	return coder_fixture_main("coder", tests, sizeof tests / sizeof tests[0], "coder-test.dyad",
		dict_text, sizeof dict_text - 1);
}
