/*
 * Dated actor codes resolved through the compiled matcher, on the two
 * validation dictionaries the reference suites use: PETRARCH's (multi-line
 * date blocks, "<" and ">" bounds, YYYYMMDD ranges) and TABARI's (inline
 * date restrictions with an undated default after them). Skips (77) when
 * ../shared is absent.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/date.h"
#include "dyad/dict.h"

static char petr_actors[4096], tab_actors[4096];

static dyad_matcher *open_one(dyad_ctx *ctx, const char *path)
{
	dyad_matcher *m = NULL;
	const char *paths[1];
	paths[0] = path;
	if (dyad_matcher_open(&m, ctx, paths, 1, NULL, NULL) != DYAD_OK)
		fail_msg("%s", dyad_ctx_error(ctx));
	return m;
}

static void expect(const dyad_matcher *m, const char *phrase, const char *date, const char *code)
{
	const char *words[8];
	char buf[256], *p = buf;
	size_t n = 0;
	int y, mo, d;
	dyad_actor_match am;

	snprintf(buf, sizeof buf, "%s", phrase);
	while (*p && n < 8) {
		words[n++] = p;
		while (*p && *p != ' ')
			p++;
		if (*p)
			*p++ = '\0';
	}
	assert_int_equal(dyad_date_parse(&y, &mo, &d, date), 0);
	if (!dyad_matcher_actor(m, words, n, (int32_t)dyad_date_days(y, mo, d), &am))
		fail_msg("%s: no match", phrase);
	if (!am.code || strcmp(am.code, code))
		fail_msg("%s on %s: got %s, expected %s", phrase, date, am.code ? am.code : "(none)",
			code);
}

static void test_dict_dated__petrarch_validation_actors(void **state)
{
	dyad_ctx *ctx;
	dyad_matcher *m;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	m = open_one(ctx, petr_actors);
	/* [HOB < 950601] [HOBGOV 19950601 - 19990815] [HOBREB > 990816] */
	expect(m, "SMEAGOL", "1994-01-01", "HOB");
	expect(m, "SMEAGOL", "1995-06-01", "HOB"); /* "<" includes the day; first listed wins */
	expect(m, "GOLLUM", "1995-06-02", "HOBGOV");
	expect(m, "SLINKER", "1999-08-15", "HOBGOV");
	expect(m, "STINKER", "2001-01-01", "HOBREB");
	/* [RHO <790606] then undated [ZBW] */
	expect(m, "ZIMBABWE", "1975-01-01", "RHO");
	expect(m, "ZIMBABWE", "1990-01-01", "ZBW");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

static void test_dict_dated__tabari_demo_actors(void **state)
{
	dyad_ctx *ctx;
	dyad_matcher *m;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	m = open_one(ctx, tab_actors);
	/* ALBRIGHT [USAGOV 991201-010114] [---] */
	expect(m, "ALBRIGHT", "2000-06-01", "USAGOV");
	expect(m, "ALBRIGHT", "2005-06-01", "---");
	/* AXNOR [AR1 <911226] [AR2] */
	expect(m, "AXNOR", "1990-01-01", "AR1");
	expect(m, "AXNOR", "1995-01-01", "AR2");
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dict_dated__petrarch_validation_actors),
		cmocka_unit_test(test_dict_dated__tabari_demo_actors),
	};
	const char *s = getenv("DYAD_SHARED");
	FILE *f;

	if (!s || !*s)
		s = "../shared";
	snprintf(petr_actors, sizeof petr_actors, "%s/testdata/petrarch-unit/PETR.Validate.actors.txt", s);
	snprintf(tab_actors, sizeof tab_actors, "%s/testdata/tabari-validation/TABARI.Demo.actors", s);
	if (!(f = fopen(petr_actors, "r"))) {
		printf("skipped: %s not found (the shared reference data is absent)\n", petr_actors);
		return 77;
	}
	fclose(f);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
