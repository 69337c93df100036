/*
 * Unit tests of actors from story context (src/actors/context.c): the name
 * key (variants meet, distinct names stay apart), the entity table (full
 * name, surname, variant, family name first), and the coder with context
 * on over an invented dictionary: names from titles, later mentions,
 * pronouns, titles alone and collectives, with the resolved entity names
 * in events and the story's mention records. The coder part needs the
 * system lexicon (skipped, exit 77, without it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actors/context.h"
#include "coder/coder_fixture.h"

static const char *key(const char *name)
{
	static char k[2][64];
	static int w;
	w ^= 1;
	dyad_context__name_key(k[w], sizeof k[w], name, strlen(name));
	return k[w];
}

static void test_key_variants(void **state)
{
	static const char *const same[][2] = {
		{ "Sergei", "Sergey" }, { "Dmitri", "Dmitry" }, { "Mohammed", "Muhammad" },
		{ "Mohammed", "Mohamed" }, { "Aleksandr", "Alexander" }, { "Yevgeny", "Evgeny" },
		{ "Kiev", "Kyiv" }, { "Mikhail", "Mihail" }, { "Yuri", "Iouri" },
		{ "Sergei Shoigu", "Sergey Shoigu" }, { "Šoigu", "Shoigu" }, { "Zelenskyy", "Zelensky" },
		{ "Müller", "Muller" }, { "Khodorkovsky", "Hodorkovsky" }, { "Andrei", "Andrey" },
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof same / sizeof *same; i++) {
		char a[64];
		snprintf(a, sizeof a, "%s", key(same[i][0]));
		if (strcmp(a, key(same[i][1])))
			fail_msg("%s (%s) and %s (%s) should share a key", same[i][0], a, same[i][1],
				key(same[i][1]));
	}
	assert_string_equal(key("Sergei  Shoigu"), key("sergei_shoigu"));
}

static void test_key_collisions(void **state)
{
	/* distinct common names keep distinct keys */
	static const char *const names[] = { "Sergei", "Sergio", "Maria", "Mario", "Ivan", "Ivana",
		"Alina", "Alan", "Putin", "Biden", "Xi", "Li", "Wang", "Kim", "Modi", "Macron",
		"Lavrov", "Blinken", "Trump", "Erdogan", "Scholz", "Hed", "Hyde", "Korsak", "Irina",
		"Irene", "John", "Jane", "Mark", "Marco", "Ali", "Omar", "Ahmed", "Hamid", "Anna",
		"Anne", "Peter", "Pedro", "Paul", "Pablo", "Tomas", "Thomas Hed" };
	size_t i, j, n = sizeof names / sizeof *names;
	(void)state;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			char a[64];
			snprintf(a, sizeof a, "%s", key(names[i]));
			if (!strcmp(a, key(names[j])))
				fail_msg("%s and %s share the key %s", names[i], names[j], a);
		}
}

static void test_entity_table(void **state)
{
	dyad__context cx;
	const char *w[2];
	int32_t a, b;
	(void)state;
	dyad_arena_reset(F.arena);
	dyad_context__init(&cx, F.arena, F.m, NULL, DYAD_DATE_NONE);
	a = dyad_context__add(&cx, "Alina Korsak", 12, "VRNGOV", 1);
	b = dyad_context__add(&cx, "Wang Yi", 7, "CHNGOV", 1);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	assert_string_equal(cx.ents[a].country, "VRN");
	w[0] = "korsak";
	assert_int_equal(dyad_context__find(&cx, w, 1), a);
	w[0] = "alina";
	w[1] = "korsak";
	assert_int_equal(dyad_context__find(&cx, w, 2), a);
	w[0] = "wang"; /* family name first */
	assert_int_equal(dyad_context__find(&cx, w, 1), b);
	w[0] = "yi";
	assert_int_equal(dyad_context__find(&cx, w, 1), b);
	w[0] = "hed";
	assert_int_equal(dyad_context__find(&cx, w, 1), -1);
	w[0] = "tuesday";
	assert_int_equal(dyad_context__find(&cx, w, 1), -1);
	/* a variant of a full name */
	assert_int_equal(dyad_context__add(&cx, "Sergei Shoigu", 13, "RUSGOV", 1), 2);
	w[0] = "sergey";
	w[1] = "shoigu";
	assert_int_equal(dyad_context__find(&cx, w, 2), 2);
}

static const char dict_text[] =
	"dyad-dictionary 1\n"
	"actor VERANIA\n"
	"  code VRN\n"
	"  name VERANIAN\n"
	"actor OSTRIA\n"
	"  code OST\n"
	"  name OSTRIAN\n"
	"agent FOREIGN MINISTER => ~GOV\n"
	"agent MINISTER => ~GOV\n"
	"agent GOVERNMENT => ~GOV\n"
	"verb TELL => 010\n"
	"  form TELL {TOLD, TELLS}\n"
	"verb SIGN => 057\n"
	"  form SIGN {SIGNED}\n"
	"verb PRAISE => 051\n"
	"  form PRAISE {PRAISED}\n"
	"verb CRITICISE => 111\n"
	"  form CRITICISE {CRITICISED}\n";

static dyad_story_result R;

static const char *code_ctx(const char *text, int context)
{
	static char out[512];
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	dyad_coder *c = NULL;
	dyad_analysis an;
	size_t i;
	o.context = context;
	dyad_arena_reset(F.arena);
	assert_int_equal(dyad_coder_new(&c, F.ctx, F.m, &o), 0);
	assert_int_equal(dyad_pipeline_run(&an, F.ctx, F.lex, F.arena, text, strlen(text),
		DYAD_STAGE_CHUNK), 0);
	assert_int_equal(dyad_coder_code(&R, c, F.ctx, F.arena, &an, DYAD_DATE_NONE, NULL, NULL), 0);
	dyad_coder_free(c);
	out[0] = 0;
	for (i = 0; i < R.n_events; i++) {
		char one[128];
		snprintf(one, sizeof one, "%s%s/%s/%s(%s|%s)", i ? " " : "", R.events[i].source,
			R.events[i].target, R.events[i].code,
			R.events[i].source_entity ? R.events[i].source_entity : "-",
			R.events[i].target_entity ? R.events[i].target_entity : "-");
		strncat(out, one, sizeof out - strlen(out) - 1);
	}
	return out;
}

static const char story[] =
	"Veranian Foreign Minister Alina Korsak on Tuesday told her Ostrian counterpart "
	"Tomas Hed that Verania and Ostria would resume talks. Korsak later praised Hed. She criticised him. "
	"The two governments signed a fishing accord.";

static void test_story_context(void **state)
{
	size_t i;
	int how[8] = { 0 };
	(void)state;
	assert_string_equal(code_ctx(story, 1),
		"VRNGOV/OSTGOV/010(Alina Korsak|Tomas Hed) "
		"VRNGOV/OSTGOV/051(Alina Korsak|Tomas Hed) "
		"VRNGOV/OSTGOV/111(Alina Korsak|Tomas Hed) "
		"VRNGOV/OSTGOV/057(Verania|Ostria) "
		"OSTGOV/VRNGOV/057(Ostria|Verania)");
	for (i = 0; i < R.n_mentions; i++)
		how[R.mentions[i].how]++;
	assert_int_equal(how[DYAD_MENTION_TITLE], 2);   /* Korsak, Hed */
	assert_int_equal(how[DYAD_MENTION_NAME], 2);    /* Korsak, Hed */
	assert_int_equal(how[DYAD_MENTION_PRONOUN], 3); /* her, She, him */
	assert_int_equal(how[DYAD_MENTION_COLLECTIVE], 2);
	assert_string_equal(R.mentions[0].entity, "Alina Korsak");
	assert_string_equal(R.mentions[0].code, "VRNGOV");
}

static void test_story_no_context(void **state)
{
	(void)state;
	/* each sentence alone: no names, no "the two governments" */
	assert_string_equal(code_ctx(story, 0),
		"VRNGOV/OST/010(Veranian Foreign Minister|Ostrian)");
	assert_int_equal(R.n_mentions, 0);
	/* the options as they were before context existed mean the same */
	assert_string_equal(coder_fixture_code(story, DYAD_DATE_NONE, 0, NULL, 0, &R),
		"VRNGOV/OST/010");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_variants),
		cmocka_unit_test(test_key_collisions),
		cmocka_unit_test(test_entity_table),
		cmocka_unit_test(test_story_context),
		cmocka_unit_test(test_story_no_context),
	};
	return coder_fixture_main("context", tests, sizeof tests / sizeof *tests, "context.dyad",
		dict_text, sizeof dict_text - 1);
}
