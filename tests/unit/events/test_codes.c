/*
 * The CAMEO code table (dyad/codes.h): lookups in the built-in table (known
 * codes, parent fallback, non-codes), and loading a user's table with
 * "file:line:" errors for malformed lines; allocation failures leak nothing.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/codes.h"
#include "dyad/common.h"

#define HEADER "code\tname\troot\tquad_class\tgoldstein\tplover_event\tplover_mode\tplover_context\tinherited\n"

static void test_events_codes__known_codes(void **state)
{
	dyad_ctx *ctx;
	dyad_codes *c;
	const dyad_event_code *i;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_codes_new(&c, ctx), DYAD_OK);
	assert_true(dyad_codes_count(c) >= 300);

	i = dyad_codes_find(c, "010");
	assert_non_null(i);
	assert_string_equal(i->code, "010");
	assert_string_equal(i->name, "Make statement, not specified below");
	assert_string_equal(i->root, "01");
	assert_int_equal(i->quad_class, 1);
	assert_true(i->goldstein == 0.0);
	assert_null(i->plover_event); /* PLOVER drops CAMEO 01 and 02 */
	assert_null(i->plover_mode);
	assert_int_equal(i->inherited, 0);

	i = dyad_codes_find(c, "0312");
	assert_non_null(i);
	assert_string_equal(i->name, "Express intent to cooperate militarily");
	assert_string_equal(i->root, "03");
	assert_int_equal(i->quad_class, 1);
	assert_true(fabs(i->goldstein - 5.2) < 1e-9);
	assert_string_equal(i->plover_event, "AGREE");
	assert_null(i->plover_mode);
	assert_string_equal(i->plover_context, "military");

	i = dyad_codes_find(c, "190");
	assert_non_null(i);
	assert_string_equal(i->root, "19");
	assert_int_equal(i->quad_class, 4);
	assert_true(i->goldstein == -10.0);
	assert_string_equal(i->plover_event, "ASSAULT");
	assert_string_equal(i->plover_context, "military");

	i = dyad_codes_find(c, "20");
	assert_non_null(i);
	assert_string_equal(i->code, "20");
	assert_string_equal(i->name, "USE UNCONVENTIONAL MASS VIOLENCE");
	assert_int_equal(i->quad_class, 4);

	/* QuadClass boundaries of GDELT's rule. */
	assert_int_equal(dyad_codes_find(c, "057")->quad_class, 1);
	assert_int_equal(dyad_codes_find(c, "061")->quad_class, 2);
	assert_int_equal(dyad_codes_find(c, "0874")->quad_class, 2);
	assert_int_equal(dyad_codes_find(c, "090")->quad_class, 3);
	assert_int_equal(dyad_codes_find(c, "139")->quad_class, 3);
	assert_int_equal(dyad_codes_find(c, "141")->quad_class, 4);

	/* Multi-valued context, and a code whose values come from its parent. */
	assert_string_equal(dyad_codes_find(c, "1121")->plover_context, "crime,corruption");
	i = dyad_codes_find(c, "1951");
	assert_non_null(i);
	assert_string_equal(i->code, "1951");
	assert_int_equal(i->inherited, DYAD_CODE_INHERITED_GOLDSTEIN | DYAD_CODE_INHERITED_PLOVER);
	assert_true(i->goldstein == dyad_codes_find(c, "195")->goldstein);

	dyad_codes_free(c);
	dyad_ctx_free(ctx);
}

static void test_events_codes__fallback_and_non_codes(void **state)
{
	dyad_ctx *ctx;
	dyad_codes *c;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_codes_new(&c, ctx), DYAD_OK);

	/* "0313" is in CAMEO; a nonstandard 4-digit code falls back to its
	 * 3-digit parent, an unknown 3-digit code to its root. */
	assert_string_equal(dyad_codes_find(c, "0313")->code, "0313");
	assert_string_equal(dyad_codes_find(c, "0319")->code, "031");
	assert_string_equal(dyad_codes_find(c, "095")->code, "09");
	assert_string_equal(dyad_codes_find(c, "03131")->code, "0313");
	assert_string_equal(dyad_codes_find(c, "1213")->code, "121");

	assert_null(dyad_codes_find(c, "---"));
	assert_null(dyad_codes_find(c, "###"));
	assert_null(dyad_codes_find(c, ""));
	assert_null(dyad_codes_find(c, NULL));
	assert_null(dyad_codes_find(c, "0"));
	assert_null(dyad_codes_find(c, "062:062"));
	assert_null(dyad_codes_find(c, "023?"));
	assert_null(dyad_codes_find(c, " 010"));
	assert_null(dyad_codes_find(c, "223")); /* no root 22 */
	assert_null(dyad_codes_find(c, "00"));
	assert_null(dyad_codes_find(NULL, "010"));

	/* Rows in code order. */
	assert_string_equal(dyad_codes_at(c, 0)->code, "01");
	assert_null(dyad_codes_at(c, dyad_codes_count(c)));
	dyad_codes_free(c);
	dyad_codes_free(NULL);
	dyad_ctx_free(ctx);
}

/* Load text as a table; return the status and leave the message in msg. */
static int load(const char *text, char *msg, size_t cap)
{
	dyad_ctx *ctx;
	dyad_codes *c = NULL;
	int rc;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	rc = dyad_codes_load_mem(&c, ctx, "my.tsv", text, strlen(text));
	snprintf(msg, cap, "%s", dyad_ctx_error(ctx));
	if (rc == DYAD_OK)
		assert_non_null(c);
	else
		assert_null(c);
	dyad_codes_free(c);
	dyad_ctx_free(ctx);
	return rc;
}

static void expect_error(const char *text, const char *message)
{
	char msg[1024];
	int rc = load(text, msg, sizeof msg);
	if (rc != DYAD_EINPUT)
		print_message("loaded, expected \"%s\":\n%s", message, text);
	assert_int_equal(rc, DYAD_EINPUT);
	assert_string_equal(msg, message);
}

static void test_events_codes__user_table(void **state)
{
	static const char text[] =
		"# my own table\r\n"
		"\n"
		HEADER
		"99\tEXTRA\t99\t4\t-9.5\t\t\t\t-\n"
		"01\tSTATEMENT\t01\t1\t0\t\t\t\t\n" /* empty: nothing inherited */
		"991\tExtra thing\t99\t4\t-9.5\tASSAULT\tbeat\ta,b\tgoldstein=99,plover\n";
	dyad_ctx *ctx;
	dyad_codes *c;
	const dyad_event_code *i;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_codes_load_mem(&c, ctx, "my.tsv", text, sizeof text - 1), DYAD_OK);
	assert_int_equal(dyad_codes_count(c), 3);
	assert_string_equal(dyad_codes_at(c, 0)->code, "01");
	i = dyad_codes_find(c, "9912");
	assert_non_null(i);
	assert_string_equal(i->code, "991");
	assert_string_equal(i->plover_mode, "beat");
	assert_string_equal(i->plover_context, "a,b");
	assert_true(i->goldstein == -9.5);
	assert_int_equal(i->inherited, DYAD_CODE_INHERITED_GOLDSTEIN | DYAD_CODE_INHERITED_PLOVER);
	assert_null(dyad_codes_find(c, "010")->plover_event);
	assert_int_equal(dyad_codes_find(c, "01")->inherited, 0);
	dyad_codes_free(c);
	dyad_ctx_free(ctx);
}

static void test_events_codes__malformed_lines(void **state)
{
	(void)state;
	expect_error("", "my.tsv: empty: no header line, no codes");
	expect_error("# a comment\n\n", "my.tsv: empty: no header line, no codes");
	expect_error(HEADER, "my.tsv:1: no codes in the table");
	expect_error("# only a comment\n01\tX\t01\t1\t0\t\t\t\t-\n",
		"my.tsv:2: expected the header line: code, name, root, quad_class, goldstein, "
		"plover_event, plover_mode, plover_context, inherited (tab-separated)");
	expect_error("code,name\n", "my.tsv:1: expected the header line: code, name, root, quad_class, "
		"goldstein, plover_event, plover_mode, plover_context, inherited (tab-separated)");
	expect_error(HEADER "01\tX\t01\t1\t0\n", "my.tsv:2: too few fields, expected 9 (tab-separated)");
	expect_error(HEADER "01\tX\t01\t1\t0\t\t\t\t-\textra\n",
		"my.tsv:2: too many fields, expected 9 (tab-separated)");
	expect_error(HEADER "1\tX\t01\t1\t0\t\t\t\t-\n", "my.tsv:2: code \"1\" is not 2 to 4 digits");
	expect_error(HEADER "01234\tX\t01\t1\t0\t\t\t\t-\n", "my.tsv:2: code \"01234\" is not 2 to 4 digits");
	expect_error(HEADER "0a1\tX\t0a\t1\t0\t\t\t\t-\n", "my.tsv:2: code \"0a1\" is not 2 to 4 digits");
	expect_error(HEADER "010\t\t01\t1\t0\t\t\t\t-\n", "my.tsv:2: code 010 has no name");
	expect_error(HEADER "010\tX\t02\t1\t0\t\t\t\t-\n",
		"my.tsv:2: root \"02\" is not the first two digits of 010");
	expect_error(HEADER "010\tX\t01\t5\t0\t\t\t\t-\n", "my.tsv:2: quad_class \"5\" is not 1, 2, 3 or 4");
	expect_error(HEADER "010\tX\t01\t\t0\t\t\t\t-\n", "my.tsv:2: quad_class \"\" is not 1, 2, 3 or 4");
	expect_error(HEADER "010\tX\t01\t1\t-10.5\t\t\t\t-\n",
		"my.tsv:2: goldstein \"-10.5\" is not a number from -10 to 10");
	expect_error(HEADER "010\tX\t01\t1\t3.4x\t\t\t\t-\n",
		"my.tsv:2: goldstein \"3.4x\" is not a number from -10 to 10");
	expect_error(HEADER "010\tX\t01\t1\tnan\t\t\t\t-\n",
		"my.tsv:2: goldstein \"nan\" is not a number from -10 to 10");
	expect_error(HEADER "010\tX\t01\t1\t\t\t\t\t-\n",
		"my.tsv:2: goldstein \"\" is not a number from -10 to 10");
	expect_error(HEADER "010\tX\t01\t1\t0\t\tvisit\t\t-\n",
		"my.tsv:2: a PLOVER mode or context without a PLOVER event");
	expect_error(HEADER "010\tX\t01\t1\t0\t\t\t\tgoldstein=0x\n",
		"my.tsv:2: inherited \"goldstein=0x\" is not \"-\" or a list of goldstein=CODE, plover=CODE");
	expect_error(HEADER "010\tX\t01\t1\t0\t\t\t\tname\n",
		"my.tsv:2: inherited \"name\" is not \"-\" or a list of goldstein=CODE, plover=CODE");
	expect_error(HEADER "010\tX\t01\t1\t0\t\t\t\tplover,\n",
		"my.tsv:2: inherited \"plover,\" is not \"-\" or a list of goldstein=CODE, plover=CODE");
	expect_error(HEADER "010\tX\t01\t1\t0\t\t\t\t-\n# c\n011\tY\t01\t1\t0\t\t\t\t-\n"
		"010\tZ\t01\t1\t0\t\t\t\t-\n", "my.tsv:5: code 010 again (first at line 2)");
}

static void test_events_codes__nul_byte_and_files(void **state)
{
	static const char with_nul[] = HEADER "010\tX\0Y\t01\t1\t0\t\t\t\t-\n";
	char path[] = "/tmp/dyad-codes-XXXXXX";
	dyad_ctx *ctx;
	dyad_codes *c;
	FILE *f;
	int fd;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_codes_load_mem(&c, ctx, "nul.tsv", with_nul, sizeof with_nul - 1), DYAD_EINPUT);
	assert_string_equal(dyad_ctx_error(ctx), "nul.tsv: a NUL byte: not a text table");

	assert_int_equal(dyad_codes_load(&c, ctx, "/nonexistent/codes.tsv"), DYAD_ENOTFOUND);
	assert_null(c);
	assert_non_null(strstr(dyad_ctx_error(ctx), "/nonexistent/codes.tsv: "));

	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(HEADER "010\tX\t01\t1\t0\t\t\t\t-\n010\tX\t01\t1\t0\t\t\t\t-\n", f);
	fclose(f);
	assert_int_equal(dyad_codes_load(&c, ctx, path), DYAD_EINPUT);
	assert_non_null(strstr(dyad_ctx_error(ctx), ":3: code 010 again (first at line 2)"));
	assert_int_equal(strncmp(dyad_ctx_error(ctx), path, strlen(path)), 0);

	f = fopen(path, "w");
	assert_non_null(f);
	fputs(HEADER "010\tX\t01\t1\t0\t\t\t\t-", f); /* no final newline */
	fclose(f);
	assert_int_equal(dyad_codes_load(&c, ctx, path), DYAD_OK);
	assert_string_equal(dyad_codes_find(c, "0101")->name, "X");
	dyad_codes_free(c);
	unlink(path);
	dyad_ctx_free(ctx);
}

static void test_events_codes__allocation_failures_leak_nothing(void **state)
{
	long left;
	(void)state;
	for (left = 0;; left++) {
		failing fa = { 0, 0 };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_codes *c = NULL;
		int rc;
		o.alloc = failing_alloc;
		o.alloc_ud = &fa;
		fa.left = 1; /* the context itself */
		assert_int_equal(dyad_ctx_new(&ctx, &o), DYAD_OK);
		fa.left = left;
		rc = dyad_codes_new(&c, ctx);
		if (rc == DYAD_OK) {
			assert_non_null(dyad_codes_find(c, "010"));
			dyad_codes_free(c);
			dyad_ctx_free(ctx);
			assert_int_equal(fa.live, 0);
			break;
		}
		assert_int_equal(rc, DYAD_ENOMEM);
		assert_null(c);
		dyad_ctx_free(ctx);
		assert_int_equal(fa.live, 0);
	}
	assert_true(left >= 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events_codes__known_codes),
		cmocka_unit_test(test_events_codes__fallback_and_non_codes),
		cmocka_unit_test(test_events_codes__user_table),
		cmocka_unit_test(test_events_codes__malformed_lines),
		cmocka_unit_test(test_events_codes__nul_byte_and_files),
		cmocka_unit_test(test_events_codes__allocation_failures_leak_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
