/*
 * dyad_dict_check (src/dict/check.c, check_codes.c): each lint finds its
 * problem on a small dyad-format fixture and says where and what, in file
 * and line order; CAMEO code checks use our own CSV fixtures in
 * tests/data/dict/ and, when present, the real tables in ../shared.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/dict.h"

typedef struct fix {
	dyad_ctx *ctx;
	dyad_dict *d;
} fix;

static int setup(void **state)
{
	fix *f = calloc(1, sizeof *f);
	if (!f || dyad_ctx_new(&f->ctx, NULL) != DYAD_OK || dyad_dict_new(&f->d, f->ctx) != DYAD_OK)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fix *f = *state;
	dyad_dict_free(f->d);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static void load(fix *f, const char *text)
{
	assert_int_equal(dyad_dict_load_mem(f->d, "t.dyad", text, strlen(text),
		DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO), DYAD_OK);
	assert_int_equal(dyad_dict_error_count(f->d), 0);
}

/* Every diagnostic as "file:line: error|warning: message", one a line. */
static const char *diags(const dyad_dict *d)
{
	static char buf[8192]; /* test-only */
	size_t i, n = 0;
	buf[0] = '\0';
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s:%u: %s: %s\n", g.file, g.line,
			g.error ? "error" : "warning", g.message);
	}
	return buf;
}

static void check(fix *f, const char *events, const char *actors)
{
	dyad_dict_check_options o = DYAD_DICT_CHECK_OPTIONS_INIT;
	o.event_codes_csv = events;
	o.actor_codes_csv = actors;
	assert_int_equal(dyad_dict_check(f->d, &o), DYAD_OK);
}

static void test_dict_check__duplicate_names(void **state)
{
	fix *f = *state;
	load(f, "dyad-dictionary 1\n"
		"actor VLADIMIR PUTIN\n"      /* 2 */
		"  name PUTIN\n"
		"  name VLADIMIR PUTIN\n"     /* 4: same as the primary */
		"  code RUSGOV\n"
		"actor PUTIN\n"               /* 6: same as line 3 */
		"  code RUS\n"
		"agent MINISTER => ~GOV\n"    /* 8 */
		"agent MINISTER => ~GOVFRM\n" /* 9: same as line 8 */
		"agent MINISTER* => ~GOV\n"   /* 10: a stem is another phrase */
		"actor Putin\n"               /* 11: case does not matter */
		"  code RUS\n");
	check(f, NULL, NULL);
	assert_string_equal(diags(f->d),
		"t.dyad:4: warning: VLADIMIR PUTIN: synonym identical to its actor's primary name; "
		"delete it\n"
		"t.dyad:6: warning: PUTIN: duplicate of the actor at t.dyad:3\n"
		"t.dyad:9: warning: MINISTER: duplicate of the agent at t.dyad:8\n"
		"t.dyad:11: warning: Putin: duplicate of the actor at t.dyad:3\n");
}

static void test_dict_check__entries_that_never_match(void **state)
{
	fix *f = *state;
	load(f, "dyad-dictionary 1\n"
		"actor U*\n"                                /* 2: "U" stem, 1 character */
		"  code USA\n"
		"actor UN\n"                                /* 4: "UN_" has 3: fine */
		"  code IGOUNO\n"
		"actor NOBODY\n"                            /* 6: no codes */
		"actor\n"                                   /* 7: no names */
		"  code XXX\n"
		"actor PUTIN\n"
		"  code RUSGOV 2008-05-06..1999-12-31\n"    /* 10: from > to */
		"  code RUSGOV <2008-05-06\n"
		"synset EMPTY\n"                            /* 12 */
		"discard A\n"                               /* 13: "A_" has 2 */
		"agent => ~GOV\n");                         /* 14: no names */
	check(f, NULL, NULL);
	assert_string_equal(diags(f->d),
		"t.dyad:2: warning: U*: actor phrase shorter than three characters; TABARI rejects "
		"it (manual 5.2.4) and a short stem matches almost anything\n"
		"t.dyad:6: warning: NOBODY: actor has no codes; give it at least one\n"
		"t.dyad:7: warning: actor has no names, so it can never match\n"
		"t.dyad:10: warning: PUTIN: code RUSGOV is valid from 2008-05-06 to 1999-12-31, "
		"which is never; swap or fix the dates\n"
		"t.dyad:12: warning: synset &EMPTY has no members, so it can never match\n"
		"t.dyad:13: warning: A: discard phrase shorter than three characters; TABARI "
		"rejects it (manual 5.2.4) and a short stem matches almost anything\n"
		"t.dyad:14: warning: agent with no names can never match\n");
}

static void test_dict_check__verbs_patterns_synsets(void **state)
{
	fix *f = *state;
	load(f, "dyad-dictionary 1\n"
		"verb ATTACK => 190\n"
		"  form ATTACK\n"
		"  form HIT {HITS, STRUCK}\n"         /* 4 */
		"  pattern * + => 190\n"              /* 5 */
		"  pattern $ ARMY => 190\n"           /* 6: no verb marker */
		"  pattern * + => 193\n"              /* 7: same as 5, another code */
		"  pattern *_+ => 190\n"              /* 8: glue changes nothing */
		"  pattern * &WEAPON => 190\n"        /* 9: undefined */
		"  pattern * &arms_ => 190\n"         /* 10: defined (case, trailing _) */
		"verb STRIKE => 190\n"
		"  form STRUCK\n"                     /* 12: also in ATTACK */
		"  form STRIKE* {STRIKES, STRIKES}\n" /* 13: twice */
		"synset ARMS\n"
		"  member GUN\n"
		"  member &MISSILES ATTACK\n");       /* 16: undefined */
	check(f, NULL, NULL);
	assert_string_equal(diags(f->d),
		"t.dyad:6: warning: pattern '$ ARMY' has no verb marker '*' (TABARI manual 5.2.4)\n"
		"t.dyad:7: warning: pattern '* +' => 193: duplicate of the pattern at t.dyad:5, "
		"which gives 190; keep one\n"
		"t.dyad:8: warning: pattern '*_+': duplicate of the pattern at t.dyad:5\n"
		"t.dyad:9: warning: pattern '* &WEAPON': synset &WEAPON is not defined\n"
		"t.dyad:12: warning: STRUCK: verb form also in verb block ATTACK at t.dyad:4; keep "
		"it in one block\n"
		"t.dyad:13: warning: STRIKES: duplicate of the verb form at t.dyad:13\n"
		"t.dyad:16: warning: \\&MISSILES ATTACK: synset &MISSILES is not defined\n");
}

static const char codes_fixture[] =
	"dyad-dictionary 1\n"
	"actor PUTIN\n"
	"  code RUSGOV\n"
	"  code rusELI\n"
	"  code RUSXYZ\n"                 /* 5 */
	"  code USAG\n"                   /* 6 */
	"  code ---\n"
	"actor UNITED NATIONS\n"
	"  code IGOUNO\n"
	"agent MINISTER => ~GOVFRM\n"     /* 10 */
	"verb SAY => 010\n"
	"  pattern * VISIT => 042:043\n"  /* 12 */
	"  pattern * => 190!\n"
	"  pattern * FOO => ---\n"
	"  pattern * BAR => 999?\n"       /* 15 */
	"  pattern * BAZ => :\n"          /* 16 */
	"  pattern * QUX => :042\n"
	"  pattern * AID => 0211\n"
	"verb ASK => 02\n";               /* 19 */

static void test_dict_check__cameo_codes(void **state)
{
	fix *f = *state;
	const char *data = getenv("DYAD_TEST_DATA");
	char events[1024], actors[4096], expect[4096];

	assert_non_null(data);
	snprintf(events, sizeof events, "%s/dict/check_events.csv", data);
	snprintf(actors, sizeof actors, "%s/dict/check_countries.csv:%s/dict/check_roles.csv::"
		"%s/dict/check_orgs.csv", data, data, data);
	load(f, codes_fixture);
	check(f, events, actors);
	snprintf(expect, sizeof expect,
		"t.dyad:5: warning: PUTIN: code 'RUSXYZ': block 'XYZ' is in none of the CAMEO actor "
		"tables\n"
		"t.dyad:6: warning: PUTIN: code 'USAG' is not made of 3-character CAMEO blocks\n"
		"t.dyad:10: warning: MINISTER: code 'GOVFRM': block 'FRM' is in none of the CAMEO "
		"actor tables\n"
		"t.dyad:12: warning: pattern '* VISIT': event code '043' is not in the CAMEO event "
		"table %s\n"
		"t.dyad:15: warning: pattern '* BAR': event code '999' is not in the CAMEO event "
		"table %s\n"
		"t.dyad:16: warning: pattern '* BAZ': event code ':' holds no code\n"
		"t.dyad:19: warning: verb ASK: event code '02' is not in the CAMEO event table %s\n",
		events, events, events);
	assert_string_equal(diags(f->d), expect);
}

static void test_dict_check__missing_table_is_an_error(void **state)
{
	fix *f = *state;
	dyad_dict_check_options o = DYAD_DICT_CHECK_OPTIONS_INIT;
	load(f, codes_fixture);
	o.event_codes_csv = "/nonexistent/event_codes.csv";
	assert_int_equal(dyad_dict_check(f->d, &o), DYAD_ENOTFOUND);
	assert_non_null(strstr(dyad_ctx_error(f->ctx), "/nonexistent/event_codes.csv"));
}

/* The real CAMEO tables parse, and common codes are in them. */
static void test_dict_check__shared_cameo_tables(void **state)
{
	fix *f = *state;
	const char *shared = getenv("DYAD_SHARED");
	char events[1024], actors[8192];
	FILE *probe;

	snprintf(events, sizeof events, "%s/cameo/event_codes.csv", shared ? shared : ".");
	if (!shared || !(probe = fopen(events, "r"))) {
		print_message("../shared/cameo not found: skipping\n");
		skip();
		return;
	}
	fclose(probe);
	snprintf(actors, sizeof actors, "%s/cameo/country_codes.csv:%s/cameo/actor_role_codes.csv:"
		"%s/cameo/international_org_codes.csv:%s/cameo/actor_types.csv", shared, shared,
		shared, shared);
	load(f, "dyad-dictionary 1\n"
		"actor PUTIN\n  code RUSGOV\n  code RUSELI <2000-01-01\n"
		"actor UNICEF\n  code IGOUNOKID\n"
		"agent ACTIVIST => NGO~\n"
		"verb MEET => 040\n  pattern * + => 042:043\n  pattern * => 0211!\n"
		"  pattern * + AID => 023?\n");
	check(f, events, actors);
	assert_string_equal(diags(f->d), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dict_check__duplicate_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_check__entries_that_never_match, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_dict_check__verbs_patterns_synsets, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_dict_check__cameo_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_check__missing_table_is_an_error, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_dict_check__shared_cameo_tables, setup,
			teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
