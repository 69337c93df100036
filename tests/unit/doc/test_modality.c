/*
 * Unit tests of event modality (dyad/modality.h) on realistic sentences run
 * through dyad's own pipeline (the system lexicon is needed: skipped, exit
 * 77, without it). Each case names the verb word whose modality is asked,
 * as the coder's verb_tok would give it; a small invented dictionary lets
 * one test compare the negation with the coder's own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "coder/coder_fixture.h"
#include "dyad/modality.h"

static const char dict_text[] =
	"dyad-dictionary 1\n"
	"actor ZANARIA\n"
	"  code ZAN\n"
	"actor KOSTRA\n"
	"  code KOS\n"
	"verb ATTACK => 190\n"
	"  form ATTACK {*}\n"
	"verb SEND => 070\n"
	"  form SEND {SENDS, SENT, SENDING}\n"
	"verb RECOGNISE => 050\n"
	"  form RECOGNISE {*}\n";

enum { G = DYAD_MODALITY_NEG_GROUP, C = DYAD_MODALITY_NEG_CONTEXT };

typedef struct mcase {
	const char *text;
	const char *verb;  /* the event's verb word (first occurrence) */
	dyad_modality want;
	int neg;           /* expected DYAD_MODALITY_NEG_* bits */
} mcase;

static dyad_analysis AN;

static void analyse(const char *text)
{
	dyad_arena_reset(F.arena);
	assert_int_equal(dyad_pipeline_run(&AN, F.ctx, F.lex, F.arena, text, strlen(text),
		DYAD_STAGE_CHUNK), 0);
}

/* Modality of the first token spelled verb (lower case) in text. */
static dyad_modality modality(const char *text, const char *verb, int *neg)
{
	analyse(text);
	for (uint32_t t = 0; t < AN.doc.n_toks; t++) {
		if (strcmp(AN.doc.toks[t].lower, verb) != 0)
			continue;
		for (uint32_t s = 0; s < AN.doc.n_sents; s++)
			if (t >= AN.doc.sents[s].tok_begin && t < AN.doc.sents[s].tok_end) {
				uint32_t vt[2] = { t, t + 1 };
				return dyad_modality_of(&AN, s, vt, neg);
			}
	}
	fail_msg("no '%s' in: %s", verb, text);
	return DYAD_MODALITY_ASSERTED;
}

/* Run every case, print each mismatch, then fail if any. */
static void run(const mcase *cs, size_t n)
{
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		int neg = -1;
		dyad_modality m = modality(cs[i].text, cs[i].verb, &neg);
		if (m != cs[i].want || neg != cs[i].neg) {
			printf("  '%s' in \"%s\": got %s/%d, want %s/%d\n", cs[i].verb, cs[i].text,
				dyad_modality_name(m), neg, dyad_modality_name(cs[i].want), cs[i].neg);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

#define RUN(cs) run(cs, sizeof cs / sizeof cs[0])

static void test_asserted(void **state)
{
	static const mcase cs[] = {
		{ "Russian troops attacked the village of Kamenka on Tuesday.", "attacked",
			DYAD_MODALITY_ASSERTED, 0 },
		/* "plan", "will" and "may" as nouns */
		{ "The peace plan was signed in Geneva on Monday.", "signed", DYAD_MODALITY_ASSERTED, 0 },
		{ "The will of the people was respected, the president said.", "respected",
			DYAD_MODALITY_ASSERTED, 0 },
		{ "In May, Ostria recalled its ambassador from Verania.", "recalled",
			DYAD_MODALITY_ASSERTED, 0 },
		/* the commissive verb coded itself is the act of pledging */
		{ "Russia agreed to withdraw its troops from the border.", "agreed",
			DYAD_MODALITY_ASSERTED, 0 },
		{ "Moscow threatened to cut gas supplies to Kiev.", "threatened",
			DYAD_MODALITY_ASSERTED, 0 },
		/* an implicative governor is transparent */
		{ "Troops began to withdraw from the border on Monday.", "withdraw",
			DYAD_MODALITY_ASSERTED, 0 },
		/* reported speech is asserted (the speaker is reported_by) */
		{ "The minister said Verania had reopened the crossing.", "reopened",
			DYAD_MODALITY_ASSERTED, 0 },
		/* "had to" happened; "no fewer than" quantifies */
		{ "Residents had to flee the town after the shelling.", "flee",
			DYAD_MODALITY_ASSERTED, 0 },
		{ "Russia has sent no fewer than 2,000 troops to Syria.", "sent",
			DYAD_MODALITY_ASSERTED, 0 },
		/* a negated denial denies nothing */
		{ "The ministry did not deny that it had sent troops to the border.", "sent",
			DYAD_MODALITY_ASSERTED, 0 },
		/* an "if" question after a verb of asking is no condition */
		{ "Inspectors examined the site to see if it had been used for weapons.", "examined",
			DYAD_MODALITY_ASSERTED, 0 },
		{ "Asked if Ostria would reopen the crossing, Korsak said no.", "asked",
			DYAD_MODALITY_ASSERTED, 0 },
		/* "even if" concedes; the main clause stands */
		{ "Ostria signed the accord even if critics opposed it.", "signed",
			DYAD_MODALITY_ASSERTED, 0 },
	};
	(void)state;
	RUN(cs);
}

static void test_future(void **state)
{
	static const mcase cs[] = {
		{ "Chinese President Xi Jinping will visit Moscow next week.", "visit",
			DYAD_MODALITY_FUTURE, 0 },
		{ "The two leaders are set to meet in Geneva on Friday.", "meet", DYAD_MODALITY_FUTURE, 0 },
		{ "The president is due to arrive in Beijing on Friday.", "arrive",
			DYAD_MODALITY_FUTURE, 0 },
		{ "Talks are expected to resume in Vienna on Monday.", "resume", DYAD_MODALITY_FUTURE, 0 },
		{ "Russia is going to send more troops to the region.", "send", DYAD_MODALITY_FUTURE, 0 },
		{ "The president is to visit China next month.", "visit", DYAD_MODALITY_FUTURE, 0 },
		/* "would" reported after a past verb of saying is a backshifted will */
		{ "The foreign minister said Ostria would reopen its embassy in Lumen.", "reopen",
			DYAD_MODALITY_FUTURE, 0 },
		{ "Ostria's army will not withdraw from the crossing.", "withdraw",
			DYAD_MODALITY_FUTURE, G },
	};
	(void)state;
	RUN(cs);
}

static void test_intended(void **state)
{
	static const mcase cs[] = {
		{ "Ostria plans to open an embassy in Lumen.", "plans", DYAD_MODALITY_INTENDED, 0 },
		{ "Ostria plans to open an embassy in Lumen.", "open", DYAD_MODALITY_INTENDED, 0 },
		{ "Korsak said Verania was ready to reopen the Tarrow crossing.", "reopen",
			DYAD_MODALITY_INTENDED, 0 },
		{ "The United States urged Russia to withdraw its troops.", "withdraw",
			DYAD_MODALITY_INTENDED, 0 },
		{ "Russia agreed to withdraw its troops from the border.", "withdraw",
			DYAD_MODALITY_INTENDED, 0 },
		{ "Rebels launched a bid to capture the city of Aleppo.", "capture",
			DYAD_MODALITY_INTENDED, 0 },
		{ "Russia has no plans to attack Ukraine, the Kremlin said.", "attack",
			DYAD_MODALITY_INTENDED, C },
		{ "The government is preparing to evacuate its citizens.", "evacuate",
			DYAD_MODALITY_INTENDED, 0 },
		{ "The president would like to visit Lumen before the summit.", "visit",
			DYAD_MODALITY_INTENDED, 0 },
	};
	(void)state;
	RUN(cs);
}

static void test_hypothetical(void **state)
{
	static const mcase cs[] = {
		{ "Russia may impose new sanctions on Georgia.", "impose",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "NATO will respond if Moscow sends troops into Estonia.", "respond",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "NATO will respond if Moscow sends troops into Estonia.", "sends",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "If the talks fail, Ostria could expel the ambassador.", "expel",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "Officials would not rule out military action against the rebels.", "rule",
			DYAD_MODALITY_HYPOTHETICAL, G },
		{ "It is unclear whether Russia will send troops to Syria.", "send",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "Analysts said Ostria could close the border within days.", "close",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "The government is considering sending troops to the border.", "sending",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
		{ "Ostria should withdraw its forces, the minister said.", "withdraw",
			DYAD_MODALITY_HYPOTHETICAL, 0 },
	};
	(void)state;
	RUN(cs);
}

static void test_denied(void **state)
{
	static const mcase cs[] = {
		{ "Ostria's defence ministry denied that it was massing troops, a statement said.",
			"massing", DYAD_MODALITY_DENIED, 0 },
		{ "The ministry denied it was massing troops near the border.", "massing",
			DYAD_MODALITY_DENIED, 0 },
		{ "The Kremlin dismissed reports that Russian jets had bombed the town.", "bombed",
			DYAD_MODALITY_DENIED, 0 },
		{ "Beijing rejected claims that it had supplied weapons to the rebels.", "supplied",
			DYAD_MODALITY_DENIED, 0 },
		{ "The government denied sending troops across the border.", "sending",
			DYAD_MODALITY_DENIED, 0 },
		/* the deny verb itself is asserted: the denial happened */
		{ "The government denied sending troops across the border.", "denied",
			DYAD_MODALITY_ASSERTED, 0 },
		/* a negation inside the denied clause: both reported, both drop */
		{ "The ministry denied that it had not paid the soldiers.", "paid",
			DYAD_MODALITY_DENIED, G },
		/* a condition inside a denial is still denied (the stronger) */
		{ "Moscow denied that it would attack if Kiev joined NATO.", "attack",
			DYAD_MODALITY_DENIED, 0 },
	};
	(void)state;
	RUN(cs);
}

static void test_negated(void **state)
{
	static const mcase cs[] = {
		{ "Russia did not attack Ukraine.", "attack", DYAD_MODALITY_ASSERTED, G },
		{ "Russia never recognised the breakaway republic.", "recognised",
			DYAD_MODALITY_ASSERTED, G },
		{ "No talks were held in Geneva on Monday.", "held", DYAD_MODALITY_ASSERTED, C },
		{ "Russia has sent no troops to Syria.", "sent", DYAD_MODALITY_ASSERTED, C },
		{ "Neither side attacked the town overnight.", "attacked", DYAD_MODALITY_ASSERTED, C },
		{ "Russia refused to withdraw its troops from the border.", "withdraw",
			DYAD_MODALITY_ASSERTED, C },
		{ "Russia refused to withdraw its troops from the border.", "refused",
			DYAD_MODALITY_ASSERTED, 0 },
		{ "The talks failed to produce an agreement.", "produce", DYAD_MODALITY_ASSERTED, C },
		{ "Police dispersed the crowd without firing a shot.", "firing",
			DYAD_MODALITY_ASSERTED, C },
		/* a negated negative governor cancels (and "would" reported after
		 * "warned" is a future) */
		{ "Ostria would not hesitate to retaliate, the minister warned.", "retaliate",
			DYAD_MODALITY_FUTURE, 0 },
		/* a negated governor carries down */
		{ "Ostria does not plan to close the border.", "close", DYAD_MODALITY_INTENDED, C },
	};
	(void)state;
	RUN(cs);
}

static void test_drops_and_names(void **state)
{
	(void)state;
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_ASSERTED, 0), 0);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_FUTURE, 0), 0);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_INTENDED, 0), 0);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_HYPOTHETICAL, 0), 0);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_DENIED, 0), 1);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_ASSERTED, G), 1);
	assert_int_equal(dyad_modality_drops(DYAD_MODALITY_FUTURE, C), 1);
	assert_string_equal(dyad_modality_name(DYAD_MODALITY_ASSERTED), "asserted");
	assert_string_equal(dyad_modality_name(DYAD_MODALITY_FUTURE), "future");
	assert_string_equal(dyad_modality_name(DYAD_MODALITY_INTENDED), "intended");
	assert_string_equal(dyad_modality_name(DYAD_MODALITY_HYPOTHETICAL), "hypothetical");
	assert_string_equal(dyad_modality_name(DYAD_MODALITY_DENIED), "denied");
	assert_string_equal(dyad_modality_name((dyad_modality)99), "?");
}

/* Out-of-range input is asserted and not negated, never read past. */
static void test_bad_input(void **state)
{
	uint32_t vt[2];
	int neg = -1;
	(void)state;
	analyse("Russia did not attack Ukraine. Kostra praised Zanaria.");
	vt[0] = 3; /* "attack", in sentence 0 */
	vt[1] = 4;
	assert_int_equal(dyad_modality_of(&AN, 1, vt, &neg), DYAD_MODALITY_ASSERTED);
	assert_int_equal(neg, 0);
	assert_int_equal(dyad_modality_of(&AN, 7, vt, &neg), DYAD_MODALITY_ASSERTED);
	vt[1] = 3;
	assert_int_equal(dyad_modality_of(&AN, 0, vt, &neg), DYAD_MODALITY_ASSERTED);
	vt[1] = 4;
	assert_int_equal(dyad_modality_of(&AN, 0, vt, NULL), DYAD_MODALITY_ASSERTED);
	assert_int_equal(dyad_modality_of(&AN, 0, vt, &neg), DYAD_MODALITY_ASSERTED);
	assert_int_equal(neg, G);
	assert_int_equal(dyad_modality_of(NULL, 0, vt, &neg), DYAD_MODALITY_ASSERTED);
	assert_int_equal(neg, 0);
}

/* The group bit agrees with the coder's dyad_event.negated. */
static void test_agrees_with_coder(void **state)
{
	static const char *const texts[] = {
		"Zanaria did not attack Kostra.",
		"Zanaria attacked Kostra on Monday.",
		"Zanaria has not sent soldiers to Kostra.",
		"Zanaria will not recognise Kostra, the minister said.",
		"Zanaria never recognised Kostra.",
		"Kostra said Zanaria would not send soldiers to Kostra.",
		"Zanaria and Kostra didn't attack each other.",
	};
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	dyad_coder *c = NULL;
	size_t n = 0;
	(void)state;
	o.keep_negated = 1;
	assert_int_equal(dyad_coder_new(&c, F.ctx, F.m, &o), 0);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		dyad_story_result res;
		analyse(texts[i]);
		assert_int_equal(dyad_coder_code(&res, c, F.ctx, F.arena, &AN, DYAD_DATE_NONE, NULL,
			NULL), 0);
		for (size_t e = 0; e < res.n_events; e++, n++) {
			int neg = 0;
			(void)dyad_modality_of(&AN, res.events[e].sentence, res.events[e].verb_tok, &neg);
			if (((neg & G) != 0) != (res.events[e].negated != 0))
				fail_msg("\"%s\": coder negated %d, modality bits %d", texts[i],
					res.events[e].negated, neg);
		}
	}
	dyad_coder_free(c);
	assert_true(n >= sizeof texts / sizeof texts[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_asserted),
		cmocka_unit_test(test_future),
		cmocka_unit_test(test_intended),
		cmocka_unit_test(test_hypothetical),
		cmocka_unit_test(test_denied),
		cmocka_unit_test(test_negated),
		cmocka_unit_test(test_drops_and_names),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_agrees_with_coder),
	};
	(void)coder_fixture_code; /* the fixture's coding helper: this test codes itself */
	return coder_fixture_main("modality", tests, sizeof tests / sizeof tests[0],
		"modality-test.dyad", dict_text, sizeof dict_text - 1);
}
