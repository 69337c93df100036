/*
 * Unit tests for the gazetteer and the locative finder (src/doc/gazetteer.c,
 * places.c): realistic sentences through dyad's own pipeline, rendered as
 * "name/country/kind@phrase" joined by "; ", negatives included; the
 * reader's errors with file:line; and that every country code in the
 * built-in places.tsv is a code of dictionaries/countries.dyad.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/builtin.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"

static dyad_ctx *ctx;
static dyad_arena *arena;
static dyad_lexicon *lex;
static dyad_gazetteer *gaz;
static dyad_analysis an;

static void analyse(const char *text)
{
	dyad_arena_reset(arena);
	assert_int_equal(dyad_pipeline_run(&an, ctx, lex, arena, text, strlen(text), DYAD_STAGE_CHUNK), 0);
}

/* The places of text as "name/country/kind@phrase; …". */
static const char *places(const char *text)
{
	static char out[1024];
	dyad_place *p;
	size_t n;
	analyse(text);
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	out[0] = 0;
	for (size_t i = 0; i < n; i++) {
		const dyad_token *a = &an.doc.toks[p[i].phrase_tok[0]], *z = &an.doc.toks[p[i].phrase_tok[1] - 1];
		char one[256];
		snprintf(one, sizeof one, "%s%s/%s/%s@%.*s", i ? "; " : "", p[i].name,
			p[i].country ? p[i].country : "-", dyad_place_kind_name((dyad_place_kind)p[i].kind),
			(int)(z->off + z->len - a->off), an.doc.text.buf + a->off);
		strncat(out, one, sizeof out - strlen(out) - 1);
	}
	return out;
}

static void test_known(void **state)
{
	(void)state;
	assert_string_equal(places("The airshow opened in the southern city of Zhuhai on Tuesday."),
		"Zhuhai/CHN/city@in the southern city of Zhuhai");
	assert_string_equal(places("Leaders met at a forum in Astana in 2021."),
		"Astana/KAZ/capital@at a forum in Astana");
	assert_string_equal(places("He spoke in Beijing, China, on Monday."),
		"Beijing/CHN/capital@in Beijing, China");
	assert_string_equal(places("Shelling continued in eastern Ukraine and near Kharkiv."),
		"Ukraine/UKR/country@in eastern Ukraine; Kharkiv/UKR/city@near Kharkiv");
	assert_string_equal(places("Fighting raged in the Gaza Strip and in the West Bank."),
		"Gaza Strip/PSE/region@in the Gaza Strip; West Bank/PSE/region@in the West Bank");
	assert_string_equal(places("Drones struck a depot in Ukraine's southern Kherson region."),
		"Kherson region/UKR/region@in Ukraine's southern Kherson region");
	assert_string_equal(places("Troops were deployed on the outskirts of Khartoum."),
		"Khartoum/SDN/capital@on the outskirts of Khartoum");
	assert_string_equal(places("The talks were held at the White House."),
		"Washington/USA/capital@at the White House");
	assert_string_equal(places("The president arrived on a visit to Beijing."),
		"Beijing/CHN/capital@to Beijing");
	assert_string_equal(places("Envoys gathered in Kyiv and Warsaw."),
		"Kyiv/UKR/capital@in Kyiv; Warsaw/POL/capital@Warsaw");
	/* travel to a place, and the place a visit names */
	assert_string_equal(places("The president travelled to Washington to meet the senators."),
		"Washington/USA/capital@to Washington");
	assert_string_equal(places("The envoy visited Beijing on Monday."),
		"Beijing/CHN/capital@Beijing");
	assert_string_equal(places("The army will go to war."), "");
	assert_string_equal(places("She sent a letter to Beijing."), "");
}

static void test_alternates(void **state)
{
	(void)state;
	assert_string_equal(places("The embassy in Kiev reopened."), "Kyiv/UKR/capital@in Kiev");
	assert_string_equal(places("Riots broke out in Bombay."), "Mumbai/IND/city@in Bombay");
	assert_string_equal(places("A summit was held in Nur-Sultan."), "Astana/KAZ/capital@in Nur-Sultan");
	assert_string_equal(places("Court hearings took place in The Hague."),
		"The Hague/NLD/city@in The Hague");
}

static void test_unknown(void **state)
{
	(void)state;
	assert_string_equal(places("Speaking to Hed in Lumen, Korsak said Verania was ready."),
		"Lumen/-/place@in Lumen");
	assert_string_equal(places("Protests spread to the town of Tarrow Falls."),
		"");
	assert_string_equal(places("Rebels attacked the border town of Quenby near the river."),
		"");
	assert_string_equal(places("Rebels attacked a base in the northern town of Quenby."),
		"Quenby/-/city@in the northern town of Quenby");
	assert_string_equal(places("A mill will be built in Hinton, Alberta."),
		"Hinton/CAN/place@in Hinton, Alberta");
}

static void test_negatives(void **state)
{
	(void)state;
	assert_string_equal(places("The accord was signed in March, and again in 2021."), "");
	assert_string_equal(places("The vote in the United Nations was close."), "");
	assert_string_equal(places("He arrived from Beijing on Monday."), "");
	assert_string_equal(places("Beijing said the talks would go on."), "");
	assert_string_equal(places("The company bought a stake in Novo Astro."), "");
	assert_string_equal(places("In Moscow's view, the deal is dead."), "");
	assert_string_equal(places("Profits fell at Steak and Ale."), "");
	assert_string_equal(places("She studied at Moscow State University."), "");
	assert_string_equal(places("The decision was made in Congress on Friday."), "");
	assert_string_equal(places("The report was published in Russian."), "");
	assert_string_equal(places("Errors were found in the GAO report."), "");
	assert_string_equal(places("The case is before the U.S. District Court in nice weather."), "");
}

static void test_pick(void **state)
{
	dyad_place *p;
	size_t n;
	uint32_t v[2];
	(void)state;
	/* the participial clause's place is the event's */
	analyse("Speaking to Hed in Lumen, Korsak said Verania was ready to reopen the crossing.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	assert_int_equal(n, 1);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "said"); v[0]++)
		;
	v[1] = v[0] + 1;
	assert_int_equal(dyad_places_pick(p, n, &an, 0, v), 0);
	/* a place in the verb's clause, the one after the verb first */
	analyse("In Geneva, the ministers signed an accord in Doha.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	assert_int_equal(n, 2);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "signed"); v[0]++)
		;
	v[1] = v[0] + 1;
	assert_string_equal(p[dyad_places_pick(p, n, &an, 0, v)].name, "Doha");
	/* reported speech: the place of the speech is not the reported event's */
	analyse("Korsak said in Lumen that troops had withdrawn.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	assert_int_equal(n, 1);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "withdrawn"); v[0]++)
		;
	v[1] = v[0] + 1;
	v[0]--; /* "had withdrawn" */
	assert_int_equal(dyad_places_pick(p, n, &an, 0, v), -1);
	/* another sentence's place is never picked */
	assert_int_equal(dyad_places_pick(p, n, &an, 1, v), -1);
	/* a reduced relative's place is its own, not the main verb's */
	analyse("Korsak condemned an attack carried out by rebels in Lumen.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	assert_int_equal(n, 1);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "condemned"); v[0]++)
		;
	v[1] = v[0] + 1;
	assert_int_equal(dyad_places_pick(p, n, &an, 0, v), -1);
}

/* The place dyad_places_pick_event gives the verb w of a verbal event
 * with no actor spans: its name, or "" for none. */
static const char *verbal_place(const char *text, const char *w)
{
	dyad_place *p;
	size_t n;
	uint32_t v[2];
	int k;
	analyse(text);
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	for (v[0] = 0; v[0] < an.doc.n_toks && strcmp(an.doc.toks[v[0]].lower, w); v[0]++)
		;
	assert_true(v[0] < an.doc.n_toks);
	v[1] = v[0] + 1;
	k = dyad_places_pick_event(p, n, &an, 0, v, NULL, NULL, 1);
	return k >= 0 ? p[k].name : "";
}

static void test_pick_verbal(void **state)
{
	uint32_t v[2];
	dyad_place *p;
	size_t n;
	(void)state;
	/* a place right after the verb, after an audience or an occasion, or
	 * before the verb is where the words were said */
	assert_string_equal(verbal_place("The envoy said in Geneva that talks would resume.", "said"), "Geneva");
	assert_string_equal(verbal_place("The envoy told reporters in Geneva that talks would resume.",
				    "told"), "Geneva");
	assert_string_equal(verbal_place("The minister said in a speech to farmers in the town of Dorval "
				    "that prices would rise.", "said"), "Dorval");
	/* a place inside the content is the content's: after a common noun
	 * that is not the audience, or after another verb */
	assert_string_equal(verbal_place("The two leaders discussed the fighting in Sudan on Friday.",
				    "discussed"), "");
	assert_string_equal(verbal_place("The envoys urged both sides to agree a truce in Gaza.", "urged"), "");
	assert_string_equal(verbal_place("Seoul accused the crew of smuggling fuel in the Yellow Sea.",
				    "accused"), "");
	/* what is signed is the event; a time word ends the object */
	assert_string_equal(verbal_place("The ministers signed a deal in Doha.", "signed"), "Doha");
	assert_string_equal(verbal_place("The ministers praised the plan on Monday in Doha.", "praised"),
		"Doha");
	/* with the fallback to a place before the verb */
	assert_string_equal(verbal_place("In Cairo, the mediators called for a truce in Gaza.", "called"),
		"Cairo");
	/* a material event keeps the place after its object */
	analyse("Soldiers killed three fighters in Gaza on Friday.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "killed"); v[0]++)
		;
	v[1] = v[0] + 1;
	assert_int_equal(dyad_places_pick_event(p, n, &an, 0, v, NULL, NULL, 0), 0);
	assert_int_equal(dyad_places_pick_event(p, n, &an, 0, v, NULL, NULL, 1), -1);
	/* the target's own words are not content: "met the mayor of X in Y" */
	analyse("The envoy met the mayor of Dorval in Cairo.");
	assert_int_equal(dyad_places_find(&p, &n, ctx, arena, gaz, &an), 0);
	for (v[0] = 0; strcmp(an.doc.toks[v[0]].lower, "met"); v[0]++)
		;
	v[1] = v[0] + 1;
	assert_int_equal(dyad_places_pick_event(p, n, &an, 0, v, NULL, (const uint32_t[2]){ v[1], v[1] + 4 }, 1) >= 0, 1);
	assert_string_equal(p[dyad_places_pick_event(p, n, &an, 0, v, NULL,
				(const uint32_t[2]){ v[1], v[1] + 4 }, 1)].name, "Cairo");
}

static void test_seized(void **state)
{
	(void)state;
	/* the object of a verb of taking a place is the place */
	assert_string_equal(places("Rebels captured the outskirts of Goma on Monday."),
		"Goma/COD/city@the outskirts of Goma");
	assert_string_equal(places("Troops seized Kherson after a week of fighting."),
		"Kherson/UKR/city@Kherson");
	/* not every object: "attacked" and "captured a general" name no place */
	assert_string_equal(places("Rebels captured a general near the river."), "");
}

static void expect_error(const char *text, const char *msg)
{
	dyad_gazetteer *g = NULL;
	assert_int_equal(dyad_gazetteer_new_mem(&g, ctx, "t.tsv", text, strlen(text)), DYAD_EINPUT);
	assert_null(g);
	if (!strstr(dyad_ctx_error(ctx), msg))
		fail_msg("error '%s' lacks '%s'", dyad_ctx_error(ctx), msg);
}

static void test_reader(void **state)
{
	static const char good[] = "# a comment\n\nname\tcountry\tkind\talternates\n"
		"Lumen\tVRN\tcapital\tLumenburg | Lumen City\n"
		"Tarrow Falls\t-\tcity\t\n"
		"Ostria\tOST\tcountry\n";
	dyad_gazetteer *g = NULL;
	(void)state;
	assert_int_equal(dyad_gazetteer_new_mem(&g, ctx, "t.tsv", good, strlen(good)), 0);
	assert_int_equal(dyad_gazetteer_count(g), 3);
	assert_int_equal(dyad_gazetteer_names(g), 5);
	dyad_gazetteer_free(g);
	expect_error("name\tcountry\tkind\nLumen\tVRN\n", "t.tsv:2: expected 3 or 4 tab-separated columns");
	expect_error("name\tcountry\tkind\n\nLumen\tVRN\tcity\tA\tB\n", "t.tsv:3: expected 3 or 4");
	expect_error("name\tcountry\tkind\nLumen\tvrn\tcity\n", "t.tsv:2: bad country code 'vrn'");
	expect_error("name\tcountry\tkind\nLumen\tVRNX\tcity\n", "t.tsv:2: bad country code");
	expect_error("name\tcountry\tkind\nLumen\tVRN\ttown\n", "t.tsv:2: unknown kind 'town'");
	expect_error("name\tcountry\tkind\n\tVRN\tcity\n", "t.tsv:2: empty name");
	expect_error("name\tcountry\tkind\nLumen\tVRN\tcity\tA||B\n", "t.tsv:2: empty name");
	expect_error("# only a comment\nLumen\tVRN\tcity\n", "t.tsv:2: expected the header line");
	expect_error("name\tcountry\tkind\nA B C D E F G\tVRN\tcity\n", "t.tsv:2: name 'A B C D E F G' has more than");
	assert_int_equal(dyad_gazetteer_new(&g, ctx, "/nonexistent/places.tsv"), DYAD_ENOTFOUND);
	dyad_gazetteer_free(NULL);
}

/* Every code in places.tsv is a "code XXX" of countries.dyad. */
static void test_codes_exist(void **state)
{
	const char *pl, *cd, *line;
	size_t pl_len, cd_len, n = 0;
	(void)state;
	assert_int_equal(dyad_builtin_find(&pl, &pl_len, "places.tsv"), 0);
	assert_int_equal(dyad_builtin_find(&cd, &cd_len, "countries.dyad"), 0);
	for (line = pl; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		const char *tab = strchr(line, '\t'), *nl = strchr(line, '\n');
		char want[16];
		if (*line == '#' || *line == '\n' || !tab || (nl && tab > nl) || !strncmp(line, "name\t", 5))
			continue;
		if (tab[1] == '-')
			continue;
		snprintf(want, sizeof want, "code %.3s", tab + 1);
		/* "code XXX" at a line's end or before a role suffix / comment */
		const char *f = cd;
		int ok = 0;
		while ((f = strstr(f, want)) != NULL) {
			char c = f[8];
			if (c == '\n' || c == ' ' || c == '\0' || (c >= 'A' && c <= 'Z')) {
				ok = 1;
				break;
			}
			f += 8;
		}
		if (!ok)
			fail_msg("places.tsv: code %.3s (line starting '%.20s') is not in countries.dyad", tab + 1, line);
		n++;
	}
	assert_true(n > 2000);
}

static void test_builtin_loads(void **state)
{
	(void)state;
	assert_true(dyad_gazetteer_count(gaz) > 2000);
	assert_true(dyad_gazetteer_names(gaz) > dyad_gazetteer_count(gaz));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_loads),
		cmocka_unit_test(test_codes_exist),
		cmocka_unit_test(test_reader),
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_alternates),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_negatives),
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_pick_verbal),
		cmocka_unit_test(test_seized),
	};
	int rc;
	if (dyad_ctx_new(&ctx, NULL) || dyad_arena_new(&arena, ctx))
		return 1;
	rc = dyad_lexicon_load(&lex, ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(ctx));
		return 77;
	}
	if (rc || dyad_gazetteer_new(&gaz, ctx, NULL)) {
		printf("setup: %s\n", dyad_ctx_error(ctx));
		return 1;
	}
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	dyad_gazetteer_free(gaz);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return rc;
}
