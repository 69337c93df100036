/*
 * The compiled matcher (compile.c, match.c): longest match, word modes and
 * regular endings (TABARI manual 5.2.2-5.2.3), dated codes (6.5.2), agents,
 * verbs with patterns and synsets, stats, and clean failure when
 * allocations fail. Dictionaries are built by hand (matcher_fixture.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/dict.h"
#include "matcher_fixture.h"

typedef struct fixture {
	dyad_ctx *ctx;
	dyad_matcher *m;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	dyad_dict *d;
	assert_int_equal(dyad_ctx_new(&f->ctx, NULL), DYAD_OK);
	d = fx_sample(f->ctx);
	assert_int_equal(dyad_matcher_compile(&f->m, f->ctx, d), DYAD_OK);
	dyad_dict_free(d); /* the matcher must not point into it */
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	dyad_matcher_free(f->m);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

/* The actor code matched at the start of text ("" when matched without a
 * code, NULL when nothing matched); *n gets the words consumed. */
static const char *actor_at(const dyad_matcher *m, const char *text, int32_t date, size_t *n)
{
	fx_words t;
	dyad_actor_match am;
	const char *const *w = fx_split(&t, text);
	if (!dyad_matcher_actor(m, w, t.n, date, &am))
		return NULL;
	if (n)
		*n = am.n_words;
	return am.code ? am.code : "";
}

static void test_dict_matcher__longest_match(void **state)
{
	fixture *f = *state;
	size_t n = 0;
	assert_string_equal(actor_at(f->m, "united states army said", DYAD_DATE_NONE, &n), "USAMIL");
	assert_int_equal(n, 3);
	assert_string_equal(actor_at(f->m, "United States navy", DYAD_DATE_NONE, &n), "USA");
	assert_int_equal(n, 2);
	assert_string_equal(actor_at(f->m, "UNITED STATES", DYAD_DATE_NONE, &n), "USA");
	assert_int_equal(n, 2);
	assert_null(actor_at(f->m, "UNITED KINGDOM", DYAD_DATE_NONE, &n));
	assert_null(actor_at(f->m, "states", DYAD_DATE_NONE, &n));
	assert_string_equal(actor_at(f->m, "u.s. officials", DYAD_DATE_NONE, &n), "USA");
	assert_int_equal(n, 1);
}

static void test_dict_matcher__stem_exact_literal(void **state)
{
	fixture *f = *state;
	/* stem: any word starting with it */
	assert_string_equal(actor_at(f->m, "tourist", DYAD_DATE_NONE, NULL), "TUR");
	assert_string_equal(actor_at(f->m, "tour", DYAD_DATE_NONE, NULL), "TUR");
	assert_null(actor_at(f->m, "tou", DYAD_DATE_NONE, NULL));
	/* exact: the word or the word plus a regular ending */
	assert_string_equal(actor_at(f->m, "head", DYAD_DATE_NONE, NULL), "HED");
	assert_null(actor_at(f->m, "headquarters", DYAD_DATE_NONE, NULL));
	assert_null(actor_at(f->m, "header", DYAD_DATE_NONE, NULL));
	/* literal: the word only */
	assert_string_equal(actor_at(f->m, "city", DYAD_DATE_NONE, NULL), "CIT");
	assert_null(actor_at(f->m, "citys", DYAD_DATE_NONE, NULL));
	assert_null(actor_at(f->m, "cityscape", DYAD_DATE_NONE, NULL));
	/* same phrase as stem (first defined) and exact: exact wins */
	assert_string_equal(actor_at(f->m, "peace", DYAD_DATE_NONE, NULL), "PCE");
	assert_string_equal(actor_at(f->m, "peaces", DYAD_DATE_NONE, NULL), "PCE");
	assert_string_equal(actor_at(f->m, "peacekeepers", DYAD_DATE_NONE, NULL), "PCS");
}

static void test_dict_matcher__regular_endings_last_word_only(void **state)
{
	fixture *f = *state;
	static const char *const ok[] = { "heads", "head's", "head\xE2\x80\x99s", "heades",
		"HEADS" };
	/* verb endings are no noun endings (TABARI's parser) */
	static const char *const no[] = { "headed", "headen", "heading", "headd" };
	size_t i, n = 0;
	for (i = 0; i < sizeof ok / sizeof *ok; i++)
		assert_string_equal(actor_at(f->m, ok[i], DYAD_DATE_NONE, NULL), "HED");
	for (i = 0; i < sizeof no / sizeof *no; i++)
		assert_null(actor_at(f->m, no[i], DYAD_DATE_NONE, NULL));
	assert_null(actor_at(f->m, "headings", DYAD_DATE_NONE, NULL));
	assert_null(actor_at(f->m, "headly", DYAD_DATE_NONE, NULL));
	assert_string_equal(actor_at(f->m, "border guards", DYAD_DATE_NONE, &n), "BRD");
	assert_int_equal(n, 2);
	assert_null(actor_at(f->m, "borders guard", DYAD_DATE_NONE, NULL));
	assert_null(actor_at(f->m, "border guardsmen", DYAD_DATE_NONE, NULL));
}

static void test_dict_matcher__multi_word_and_stem_inside(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	dyad_matcher *m;
	dd_actor *a;
	size_t n = 0;
	uint32_t file;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	assert_int_equal(dyad_dict__add_file(d, &file, "x"), DYAD_OK);
	FX_ACTOR(d, 1, FX_L("AFGHAN_ARMY_"), FX_L("AFGMIL"));
	FX_ACTOR(d, 2, FX_L("AFGHAN_NATIONAL_ARMY_"), FX_L("AFGMIL2"));
	FX_ACTOR(d, 3, FX_L("AFGHAN_"), FX_L("AFG"));
	a = &d->actors[0];
	a->names[0].phrase.words[0].mode = DD_STEM; /* "AFGHAN*" then ARMY */
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), DYAD_OK);
	dyad_dict_free(d);
	assert_string_equal(actor_at(m, "afghanistan army", DYAD_DATE_NONE, &n), "AFGMIL");
	assert_int_equal(n, 2);
	assert_string_equal(actor_at(m, "Afghan army", DYAD_DATE_NONE, &n), "AFGMIL");
	assert_string_equal(actor_at(m, "afghan national army units", DYAD_DATE_NONE, &n), "AFGMIL2");
	assert_int_equal(n, 3);
	assert_string_equal(actor_at(m, "afghan national guard", DYAD_DATE_NONE, &n), "AFG");
	assert_int_equal(n, 1);
	assert_null(actor_at(m, "afghanistan national army", DYAD_DATE_NONE, &n));
	assert_null(actor_at(m, "afghanistan", DYAD_DATE_NONE, &n));
	assert_string_equal(actor_at(m, "afghans", DYAD_DATE_NONE, &n), "AFG");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

/* TABARI's connectors: words written apart with a blank may have other
 * words between them ("ITHILEN TELEVISION" in "Ithilen state-run
 * television"), "_" keeps them consecutive; skipping stops at a comma, or
 * where the caller's skip mask says so. */
static void test_dict_matcher__gaps(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	dyad_matcher *m;
	dyad_actor_match am;
	fx_words t;
	const char *const *w;
	size_t n = 0;
	uint32_t file;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	assert_int_equal(dyad_dict__add_file(d, &file, "x"), DYAD_OK);
	FX_ACTOR(d, 1, FX_L("ITHILEN_"), FX_L("ITH"));
	FX_ACTOR(d, 2, FX_L("ITHILEN TELEVISION_"), FX_L("ITHTV"));
	FX_ACTOR(d, 3, FX_L("PRINCE DOL_AMROTH_"), FX_L("DOL"));
	FX_ACTOR(d, 4, FX_L("ITHILEN_GOVERNMENT_RADIO_"), FX_L("ITHRAD"));
	assert_int_equal(d->actors[1].names[0].phrase.words[1].gap, 1);
	assert_int_equal(d->actors[2].names[0].phrase.words[2].gap, 0);
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), DYAD_OK);
	dyad_dict_free(d);
	assert_string_equal(actor_at(m, "ithilen television", DYAD_DATE_NONE, &n), "ITHTV");
	assert_int_equal(n, 2);
	assert_string_equal(actor_at(m, "ithilen state run television said", DYAD_DATE_NONE, &n),
		"ITHTV");
	assert_int_equal(n, 4);
	assert_string_equal(actor_at(m, "prince of dol amroth", DYAD_DATE_NONE, &n), "DOL");
	assert_int_equal(n, 4);
	/* "_" words stay consecutive */
	assert_null(actor_at(m, "prince of dol the amroth", DYAD_DATE_NONE, &n));
	assert_string_equal(actor_at(m, "ithilen state government radio", DYAD_DATE_NONE, &n), "ITH");
	assert_int_equal(n, 1);
	/* no skipping over a comma */
	assert_string_equal(actor_at(m, "ithilen , state television", DYAD_DATE_NONE, &n), "ITH");
	assert_int_equal(n, 1);
	/* the caller's mask: word 2 ("said") may not be skipped */
	w = fx_split(&t, "ithilen radio said television");
	assert_int_equal(dyad_matcher_actor_skip(m, w, (const unsigned char *)"\1\1\0\1", t.n,
		DYAD_DATE_NONE, &am), 1);
	assert_string_equal(am.code, "ITH");
	assert_int_equal(dyad_matcher_actor_skip(m, w, (const unsigned char *)"\1\1\1\1", t.n,
		DYAD_DATE_NONE, &am), 1);
	assert_string_equal(am.code, "ITHTV");
	assert_int_equal(am.n_words, 4);
	assert_string_equal(am.phrase, "ITHILEN TELEVISION_");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

/* A verb whose last word ends in E takes D ("DONATE_": donated), as
 * TABARI's parser allows; a noun does not. */
static void test_dict_matcher__verb_ending_d(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	dyad_matcher *m;
	dyad_verb_match vm;
	fx_words t;
	uint32_t file;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	assert_int_equal(dyad_dict__add_file(d, &file, "x"), DYAD_OK);
	fx_verb(d, "DONATE", "073", FX_L("DONATE_"), NULL, NULL, 1);
	FX_ACTOR(d, 2, FX_L("DOVE_"), FX_L("DOV"));
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), DYAD_OK);
	dyad_dict_free(d);
	assert_int_equal(dyad_matcher_verb(m, fx_split(&t, "donated"), 1, &vm), 1);
	assert_int_equal(dyad_matcher_verb(m, fx_split(&t, "donates"), 1, &vm), 1);
	assert_int_equal(dyad_matcher_verb(m, fx_split(&t, "donate's"), 1, &vm), 0);
	assert_null(actor_at(m, "doved", DYAD_DATE_NONE, NULL));
	assert_string_equal(actor_at(m, "doves", DYAD_DATE_NONE, NULL), "DOV");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

static void test_dict_matcher__dated_codes(void **state)
{
	fixture *f = *state;
	fx_words t;
	dyad_actor_match am;
	const char *const *w = fx_split(&t, "boutros ghali");

	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(1990, 5, 1), NULL), "EGY");
	/* "<911231" includes that day (TABARI manual 6.5.2) */
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(1991, 12, 31), NULL), "EGY");
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(1992, 1, 1), NULL), "UNO");
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(1999, 12, 31), NULL), "UNO");
	/* between the ranges, no default: known actor, no code */
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(2000, 1, 1), NULL), "");
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(2000, 5, 31), NULL), "");
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(2000, 6, 1), NULL), "EGYGOV");
	assert_string_equal(actor_at(f->m, "boutros ghali", fx_day(2020, 1, 1), NULL), "EGYGOV");
	/* no date and no default: the latest-starting dated code */
	assert_string_equal(actor_at(f->m, "boutros ghali", DYAD_DATE_NONE, NULL), "EGYGOV");

	assert_int_equal(dyad_matcher_actor(f->m, w, t.n, fx_day(1995, 1, 1), &am), 1);
	assert_int_equal(am.from, fx_day(1992, 1, 1));
	assert_int_equal(am.to, fx_day(1999, 12, 31));
	assert_int_equal(am.n_codes, 3);
	assert_int_equal(am.line, 100);
	assert_string_equal(am.phrase, "BOUTROS_GHALI_");
	assert_string_equal(am.file, "sample.actors");
	assert_int_equal(dyad_matcher_actor(f->m, w, t.n, fx_day(1980, 1, 1), &am), 1);
	assert_int_equal(am.from, INT32_MIN);
	assert_int_equal(am.to, fx_day(1991, 12, 31));
	assert_int_equal(dyad_matcher_actor(f->m, w, t.n, fx_day(2000, 6, 1), &am), 1);
	assert_int_equal(am.to, INT32_MAX);
}

static void test_dict_matcher__tabari_date_precedence(void **state)
{
	fixture *f = *state;
	fx_words t;
	dyad_actor_match am;
	dyad_code_info ci;
	const char *const *w = fx_split(&t, "old politician");

	/* manual 6.5.2 rule 4: the first restriction satisfied, in order */
	assert_string_equal(actor_at(f->m, "old politician", fx_day(1962, 3, 1), NULL), "XXXGOV");
	assert_string_equal(actor_at(f->m, "old politician", fx_day(1970, 3, 1), NULL), "XXXOPP");
	assert_string_equal(actor_at(f->m, "old politician", fx_day(1955, 3, 1), NULL), "XXXELI");
	assert_string_equal(actor_at(f->m, "old politician", fx_day(1990, 3, 1), NULL), "XXXELI");
	/* the default only when no restriction holds */
	assert_string_equal(actor_at(f->m, "old politician", fx_day(2010, 3, 1), NULL), "---");
	assert_string_equal(actor_at(f->m, "old politician", fx_day(1940, 3, 1), NULL), "---");
	assert_string_equal(actor_at(f->m, "old politician", DYAD_DATE_NONE, NULL), "---");
	assert_int_equal(dyad_matcher_actor(f->m, w, t.n, fx_day(2010, 3, 1), &am), 1);
	assert_int_equal(am.from, INT32_MIN);
	assert_int_equal(am.to, INT32_MAX);
	/* a single restriction, no default */
	assert_string_equal(actor_at(f->m, "east germany", fx_day(1989, 1, 1), NULL), "GME");
	assert_string_equal(actor_at(f->m, "east germany", fx_day(1995, 1, 1), NULL), "");
	assert_string_equal(actor_at(f->m, "east germany", DYAD_DATE_NONE, NULL), "GME");
	/* latest-starting among dated codes when no date is given */
	assert_string_equal(actor_at(f->m, "nameless", DYAD_DATE_NONE, NULL), "BBB");
	/* every code with its validity */
	assert_int_equal(dyad_matcher_actor(f->m, w, t.n, DYAD_DATE_NONE, &am), 1);
	assert_int_equal(am.n_codes, 4);
	dyad_matcher_actor_code(f->m, am.actor, 2, &ci);
	assert_string_equal(ci.code, "XXXELI");
	assert_int_equal(ci.from, fx_day(1950, 1, 1));
	assert_int_equal(ci.to, fx_day(2005, 6, 30));
	assert_int_equal(ci.line, 113);
	dyad_matcher_actor_code(f->m, am.actor, 3, &ci);
	assert_string_equal(ci.code, "---");
	assert_int_equal(ci.from, INT32_MIN);
}

static void test_dict_matcher__agents(void **state)
{
	fixture *f = *state;
	fx_words t;
	dyad_agent_match ag;
	assert_int_equal(dyad_matcher_agent(f->m, fx_split(&t, "presidents of"), fx_nwords("presidents of"), &ag), 1);
	assert_string_equal(ag.code, "GOV");
	assert_int_equal(ag.prefix, 0);
	assert_int_equal(ag.n_words, 1);
	assert_int_equal(dyad_matcher_agent(f->m, fx_split(&t, "head of state"), fx_nwords("head of state"), &ag), 1);
	assert_string_equal(ag.code, "GOV");
	assert_int_equal(ag.n_words, 3);
	assert_string_equal(ag.phrase, "HEAD_OF_STATE_");
	assert_int_equal(ag.line, 201);
	assert_int_equal(dyad_matcher_agent(f->m, fx_split(&t, "aid groups"), fx_nwords("aid groups"), &ag), 1);
	assert_string_equal(ag.code, "NGO");
	assert_int_equal(ag.prefix, 1);
	/* actors are not agents and the other way round */
	assert_int_equal(dyad_matcher_agent(f->m, fx_split(&t, "head"), fx_nwords("head"), &ag), 0);
	assert_null(actor_at(f->m, "president", DYAD_DATE_NONE, NULL));
}

/* One walk for actors and agents gives what the two walks give. */
static void test_dict_matcher__actor_agent_one_walk(void **state)
{
	static const char *const texts[] = {
		"united states army said", "presidents of", "head of state", "aid groups",
		"u.s. officials", "head", "the president", "UNITED STATES navy", ""
	};
	fixture *f = *state;
	size_t i, k;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		fx_words t;
		const char *const *w = fx_split(&t, texts[i]);
		for (k = 0; k < t.n; k++) {
			dyad_actor_match a1, a2;
			dyad_agent_match g1, g2;
			int ha = dyad_matcher_actor_skip(f->m, w + k, NULL, t.n - k, DYAD_DATE_NONE, &a1);
			int hg = dyad_matcher_agent_skip(f->m, w + k, NULL, t.n - k, &g1);
			unsigned both = dyad_matcher__actor_agent(f->m, w + k, NULL, t.n - k,
				DYAD_DATE_NONE, &a2, &g2);
			assert_int_equal(both, (unsigned)ha | (unsigned)hg << 1);
			assert_memory_equal(&a1, &a2, sizeof a1);
			assert_memory_equal(&g1, &g2, sizeof g1);
		}
	}
}

static void test_dict_matcher__verbs_and_patterns(void **state)
{
	fixture *f = *state;
	fx_words t;
	dyad_verb_match vm;
	dm_pattern_view pv;
	long cur;

	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "said"), fx_nwords("said"), &vm), 1);
	assert_string_equal(vm.name, "SAY");
	assert_string_equal(vm.code, "010");
	assert_string_equal(vm.phrase, "SAID_");
	assert_int_equal(vm.n_patterns, 3);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "saying"), fx_nwords("saying"), &vm), 1);
	assert_string_equal(vm.phrase, "SAY_");
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "carried out raids"), fx_nwords("carried out raids"), &vm), 1);
	assert_string_equal(vm.name, "CARRY OUT");
	assert_int_equal(vm.n_words, 2);
	/* endings only on the last word (manual 5.2.3 rule 1) */
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "carrying out"), fx_nwords("carrying out"), &vm), 0);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "carry outs"), fx_nwords("carry outs"), &vm), 1);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "carry"), fx_nwords("carry"), &vm), 0);
	/* verbs: S ED ES EN ING, D after a final E, never the possessive */
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "sayed"), 1, &vm), 1);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "sayen"), 1, &vm), 1);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "say's"), 1, &vm), 0);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "sayd"), 1, &vm), 0);
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "attacked"), fx_nwords("attacked"), &vm), 1);
	assert_string_equal(vm.code, "190");
	assert_int_equal(vm.line, 600);

	/* patterns and their resolved synsets */
	assert_int_equal(dyad_matcher_verb(f->m, fx_split(&t, "says"), fx_nwords("says"), &vm), 1);
	dyad_matcher__verb_pattern(f->m, vm.verb, 0, &pv);
	assert_int_equal(pv.n, 3);
	assert_int_equal(pv.elems[0].kind, DD_E_SOURCE);
	assert_int_equal(pv.elems[1].kind, DD_E_VERB);
	assert_int_equal(pv.elems[2].kind, DD_E_TARGET);
	assert_string_equal(pv.code, "012");
	cur = dyad_matcher__synset_find(f->m, "CURRENCY");
	assert_true(cur >= 0);
	assert_int_equal(dyad_matcher__synset_find(f->m, "NOSUCH"), -1);
	dyad_matcher__verb_pattern(f->m, vm.verb, 1, &pv);
	assert_int_equal(pv.elems[1].kind, DD_E_SYNSET);
	assert_int_equal(pv.elems[1].synset, (uint32_t)cur);
	assert_string_equal(dyad_matcher__str(f->m, pv.elems[1].text), "CURRENCY");
	dyad_matcher__verb_pattern(f->m, vm.verb, 2, &pv);
	assert_int_equal(pv.elems[1].synset, DM_NONE);
	assert_int_equal(dyad_matcher__synset_match(f->m, (size_t)cur, fx_split(&t, "dollars"), fx_nwords("dollars")), 1);
	assert_int_equal(dyad_matcher__synset_match(f->m, (size_t)cur, fx_split(&t, "pound sterling x"), fx_nwords("pound sterling x")), 2);
	assert_int_equal(dyad_matcher__synset_match(f->m, (size_t)cur, fx_split(&t, "pound"), fx_nwords("pound")), 0);
	assert_int_equal(dyad_matcher__synset_match(f->m, 99, fx_split(&t, "dollars"), fx_nwords("dollars")), 0);
}

static void test_dict_matcher__discards_issues_stats(void **state)
{
	fixture *f = *state;
	fx_words t;
	dyad_matcher_stats st;
	size_t n, i;

	assert_int_equal(dyad_matcher__discard(f->m, fx_split(&t, "soccer match"), fx_nwords("soccer match"), &n, &i), 1);
	assert_int_equal(n, 1);
	assert_int_equal(f->m->discards[i].story, 1);
	assert_int_equal(dyad_matcher__discard(f->m, fx_split(&t, "peace"), fx_nwords("peace"), &n, &i), 0);
	assert_int_equal(dyad_matcher__issue(f->m, fx_split(&t, "human rights groups"), fx_nwords("human rights groups"), &n, &i), 1);
	assert_int_equal(n, 2);
	assert_string_equal(dyad_matcher__str(f->m, f->m->issues[i].code), "HUMRIGHTS");

	dyad_matcher_stats_get(f->m, &st);
	assert_int_equal(st.actors, 13);
	assert_int_equal(st.actor_phrases, 15);
	assert_int_equal(st.agents, 2);
	assert_int_equal(st.agent_phrases, 3);
	assert_int_equal(st.verbs, 3);
	assert_int_equal(st.verb_phrases, 6);
	assert_int_equal(st.patterns, 4);
	assert_int_equal(st.synsets, 1);
	assert_int_equal(st.discards, 1);
	assert_int_equal(st.issues, 1);
	assert_true(st.bytes > sizeof(dm_header));
}

static void test_dict_matcher__no_words_and_empty_set(void **state)
{
	fixture *f = *state;
	dyad_ctx *ctx;
	dyad_dict *d;
	dyad_matcher *m;
	dyad_actor_match am;
	fx_words t;
	const char *const empty[] = { "" };

	assert_int_equal(dyad_matcher_actor(f->m, NULL, 0, DYAD_DATE_NONE, &am), 0);
	assert_int_equal(dyad_matcher_actor(f->m, empty, 1, DYAD_DATE_NONE, &am), 0);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	assert_int_equal(dyad_matcher_compile(&m, ctx, d), DYAD_OK);
	dyad_dict_free(d);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "anything at all"), fx_nwords("anything at all"), 0, &am), 0);
	dyad_matcher_free(m);
	dyad_matcher_free(NULL);
	dyad_ctx_free(ctx);
}

static void test_dict_matcher__compile_oom_is_clean(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	long n;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	d = fx_sample(ctx);
	for (n = 0;; n++) {
		failing fl = { n, 0 };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *c2;
		dyad_matcher *m = NULL;
		int rc;
		o.alloc = failing_alloc;
		o.alloc_ud = &fl;
		fl.left = 1000; /* the context itself */
		assert_int_equal(dyad_ctx_new(&c2, &o), DYAD_OK);
		fl.left = n;
		rc = dyad_matcher_compile(&m, c2, d);
		if (rc == DYAD_OK) {
			assert_non_null(m);
			dyad_matcher_free(m);
			dyad_ctx_free(c2);
			assert_int_equal(fl.live, 0);
			break;
		}
		assert_int_equal(rc, DYAD_ENOMEM);
		assert_null(m);
		assert_string_equal(dyad_ctx_error(c2), "out of memory");
		dyad_ctx_free(c2);
		assert_int_equal(fl.live, 0);
	}
	assert_true(n > 3);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dict_matcher__longest_match, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__stem_exact_literal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__regular_endings_last_word_only, setup,
			teardown),
		cmocka_unit_test(test_dict_matcher__multi_word_and_stem_inside),
		cmocka_unit_test(test_dict_matcher__gaps),
		cmocka_unit_test(test_dict_matcher__verb_ending_d),
		cmocka_unit_test_setup_teardown(test_dict_matcher__dated_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__tabari_date_precedence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__agents, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__actor_agent_one_walk, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__verbs_and_patterns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__discards_issues_stats, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_matcher__no_words_and_empty_set, setup, teardown),
		cmocka_unit_test(test_dict_matcher__compile_oom_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
