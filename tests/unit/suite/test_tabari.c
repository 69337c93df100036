/*
 * TABARI validation suites: the .project indirection, every construct of
 * the expected-event comments (manual 10.1), the quirks read TABARI's way
 * with a warning, and malformed records rejected alone.
 */
#include "suite/suite_test.h"

static void test_suite_tabari__project(void **state)
{
	char path[600], dir[512];
	dyad_suite_record r;
	st t;
	(void)state;

	memset(&t, 0, sizeof t);
	assert_int_equal(dyad_ctx_new(&t.ctx, NULL), 0);
	assert_int_equal(dyad_arena_new(&t.arena, t.ctx), 0);
	assert_int_equal(dyad_suite_open(&t.s, t.ctx, st_data(path, sizeof path, "mini.project"),
		DYAD_SUITE_AUTO), 0);
	assert_int_equal(dyad_suite_format_of(t.s), DYAD_SUITE_TABARI);
	st_data(dir, sizeof dir, "");
	assert_int_equal(dyad_suite_dict_count(t.s), 4);
	snprintf(path, sizeof path, "%smini.actors", dir);
	assert_string_equal(dyad_suite_dict_path(t.s, 0), path);
	assert_string_equal(dyad_suite_dict_role(t.s, 0), "actors");
	snprintf(path, sizeof path, "%smini.verbs", dir); /* the comment after it dropped */
	assert_string_equal(dyad_suite_dict_path(t.s, 1), path);
	assert_string_equal(dyad_suite_dict_role(t.s, 1), "verbs");
	assert_string_equal(dyad_suite_dict_role(t.s, 2), "options");
	assert_string_equal(dyad_suite_dict_path(t.s, 3), "/abs/mini.agents");
	assert_string_equal(dyad_suite_dict_role(t.s, 3), "agents");

	/* the first <textfile> is read */
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "MINI-01");
	assert_string_equal(r.story.date, "2001-02-03");
	assert_string_equal(r.story.text, "Rohirrim envoys praised the Shire on Tuesday.");
	assert_int_equal(r.story.line, 5);
	assert_int_equal(r.n_events, 1);
	assert_string_equal(r.events[0].source, "ROH");
	assert_string_equal(r.events[0].target, "SHI");
	assert_string_equal(r.events[0].code, "041");
	assert_string_equal(r.events[0].raw, "{ ROH / SHI / 041 }");
	assert_int_equal(r.events[0].line, 9);
	assert_null(r.events[0].date);
	assert_string_equal(r.note, "----------\n[one event]\n{ ROH / SHI / 041 }");
	assert_true(r.standard);
	assert_false(r.unvalidated);
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "FINAL-01");
	assert_true(r.standard);
	assert_true(r.unvalidated); /* no braces: TABARI's validation stops */
	assert_null(r.note);
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "AFTER-01");
	assert_false(r.standard);
	assert_true(r.expect_none);
	assert_int_equal(st_next(&t, &r), 0);
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
}

static void test_suite_tabari__open_errors(void **state)
{
	dyad_ctx *ctx;
	dyad_suite *s = (dyad_suite *)&s;
	char path[512], want[600];
	(void)state;

	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	assert_int_equal(dyad_suite_open(&s, ctx, "/no/such.project", DYAD_SUITE_AUTO), DYAD_ENOTFOUND);
	assert_null(s);
	assert_string_equal(dyad_ctx_error(ctx), "/no/such.project: No such file or directory");
	/* the text file the project names is not there */
	st_data(path, sizeof path, "missing.project");
	assert_int_equal(dyad_suite_open(&s, ctx, path, DYAD_SUITE_AUTO), DYAD_ENOTFOUND);
	st_data(path, sizeof path, "nowhere.text");
	snprintf(want, sizeof want, "%s: No such file or directory", path);
	assert_string_equal(dyad_ctx_error(ctx), want);
	st_data(path, sizeof path, "notext.project");
	assert_int_equal(dyad_suite_open(&s, ctx, path, DYAD_SUITE_AUTO), DYAD_EINPUT);
	snprintf(want, sizeof want, "%s:3: <textfile> names no file", path);
	assert_string_equal(dyad_ctx_error(ctx), want);
	assert_int_equal(dyad_suite_open(&s, ctx, st_data(path, sizeof path, ""), DYAD_SUITE_AUTO),
		DYAD_EIO);
	assert_null(s);
	dyad_suite_free(NULL);
	dyad_ctx_free(ctx);
}

/* Every construct, one record each. */
static const char constructs[] =
	"950101  EVENTS\n"
	"Gondor praised Rohan and paid a visit./*\\n--- a note\n"
	"\\n[two events, one dated]\n"
	"\\n{ GON / ROH / 041 }  950102   (PRAISE)\n"
	"\\n{GON/ROH/032} */\n"
	"\n"
	"950101 MARKERS\n"
	"Nothing to code. /* {---} {###}\n{ + + + } */\n"
	"\n"
	"950101 UNCHECKED\n"
	"Text. /* \\n{ A / B / 010 }\n\\n-{ C / D / 020 } */\n"
	"\n"
	"950101 OPTIONS\n"
	"Option change. /* {}\n\\n{ OPTION: SET: YYYY = TRUE }\n"
	"{ OPTION: COMPLEX: OFF  */\n"
	"\n"
	"19950102 YYYY-ON\n"
	"Eight-digit date. /* { A / B / 010 } 19950103 {OPTION: SET:YYYY=FALSE} */\n"
	"\n"
	"9501031  EXTRA\n"
	"A seventh digit. /* { A / B / 010 } */ { C / D / 020 }\n"
	"\n"
	"950104 OPEN\n"
	"Left open /* { A / B / 010 }\n"
	"\n"
	"950105 NOTEXT\n"
	"/* { A / B / 010 } */\n"
	"\n"
	"950106 FINAL-01\n"
	"The end of the standard part.\n"
	"\n"
	"950107 LATER\n"
	"After it. /* {+++} */";

static void test_suite_tabari__constructs(void **state)
{
	char *got = st_transcript(constructs, DYAD_SUITE_TABARI, 0);
	(void)state;

	assert_string_equal(got,
		"EVENTS|1995-01-01|1|0|std1 none0 disc0 cx0 unchk0 unval0|-|-|"
		"Gondor praised Rohan and paid a visit.\n"
		" E GON / ROH / 041 @1995-01-02 L4\n"
		" E GON / ROH / 032 @- L5\n"
		" N --- a note\n[two events, one dated]\n{ GON / ROH / 041 } 950102 (PRAISE)\n{GON/ROH/032}\n"
		"MARKERS|1995-01-01|7|1|std1 none1 disc1 cx1 unchk0 unval0|-|-|Nothing to code.\n"
		" N {---} {###} { + + + }\n"
		"UNCHECKED|1995-01-01|11|2|std1 none0 disc0 cx0 unchk1 unval0|-|-|Text.\n"
		" E A / B / 010 @- L12\n"
		" N { A / B / 010 }\n-{ C / D / 020 }\n"
		"OPTIONS|1995-01-01|15|3|std1 none0 disc0 cx0 unchk0 unval0|-|-|Option change.\n"
		" O SET: YYYY = TRUE\n"
		" O COMPLEX: OFF\n"
		" W t:18: OPTION has no \"}\"; read to the end of its line as TABARI does\n"
		" N {}\n{ OPTION: SET: YYYY = TRUE } { OPTION: COMPLEX: OFF\n"
		"YYYY-ON|1995-01-02|20|4|std1 none0 disc0 cx0 unchk0 unval0|-|-|Eight-digit date.\n"
		" E A / B / 010 @1995-01-03 L21\n"
		" O SET:YYYY=FALSE\n"
		" N { A / B / 010 } 19950103 {OPTION: SET:YYYY=FALSE}\n"
		"EXTRA|1995-01-03|23|5|std1 none0 disc0 cx0 unchk0 unval0|-|-|"
		"A seventh digit. { C / D / 020 }\n"
		" E A / B / 010 @- L24\n"
		" E C / D / 020 @- L24\n"
		" W t:23: date \"9501031\" has 7 digits; read as TABARI reads it, the first 6 (1995-01-03)\n"
		" W t:24: \"{ C / D / 020 }\" is outside a comment; read as TABARI reads it\n"
		" N { A / B / 010 }\n"
		"OPEN|1995-01-04|26|6|std1 none0 disc0 cx0 unchk0 unval0|-|-|Left open\n"
		" E A / B / 010 @- L27\n"
		" W t:27: comment is not closed; it ends with its record, as in TABARI\n"
		" N { A / B / 010 }\n"
		"NOTEXT|1995-01-05|29|7|std1 none0 disc0 cx0 unchk0 unval0|-|-|\n"
		" E A / B / 010 @- L30\n"
		" N { A / B / 010 }\n"
		"FINAL-01|1995-01-06|32|8|std1 none0 disc0 cx0 unchk0 unval1|-|-|The end of the standard part.\n"
		"LATER|1995-01-07|35|9|std0 none0 disc0 cx1 unchk0 unval0|-|-|After it.\n"
		" N {+++}\n");
	free(got);
	st_check_chunking(constructs, DYAD_SUITE_TABARI);
}

/* Malformed records are rejected alone, with file:line, and reading goes
 * on with the next record. */
static const char malformed[] =
	"950101 MISSING-CODE\nText. /* { A / B } */\n\n"
	"950101 FOUR-FIELDS\nText. /* { A / B / C / D } */\n\n"
	"950101 EMPTY-FIELD\nText. /* { A /  / 010 } */\n\n"
	"950101 UNCLOSED-BRACE\nText. /* { A / B / 010\n */\n\n"
	"950101 BAD-EVENT-DATE\nText. /* { A / B / 010 } 951301 */\n\n"
	"950101 SHORT-EVENT-DATE\nText. /* { A / B / 010 } 9501 */\n\n"
	"950101 EMPTY-OPTION\nText. /* { OPTION: } */\n\n"
	"95010 SHORT-DATE\nText.\n\n"
	"951301 BAD-MONTH\nText.\n\n"
	"950101   \nNo id.\n\n"
	"950101 GOOD\nStill read. /* { A / B / 010 } */\n";

static void test_suite_tabari__malformed(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, malformed, DYAD_SUITE_TABARI);
	st_expect_reject(&t, DYAD_EINPUT,
		"t:2: expected event \"{ A / B }\" is not { source / target / code }");
	st_expect_reject(&t, DYAD_EINPUT,
		"t:5: expected event \"{ A / B / C / D }\" is not { source / target / code }");
	st_expect_reject(&t, DYAD_EINPUT,
		"t:8: expected event \"{ A /  / 010 }\" is not { source / target / code }");
	st_expect_reject(&t, DYAD_EINPUT, "t:11: \"{\" is not closed on its line");
	st_expect_reject(&t, DYAD_EINPUT,
		"t:15: bad date \"951301\" after an expected event (expected YYMMDD)");
	st_expect_reject(&t, DYAD_EINPUT,
		"t:18: bad date \"9501\" after an expected event (expected YYMMDD)");
	st_expect_reject(&t, DYAD_EINPUT, "t:21: OPTION names no command");
	st_expect_reject(&t, DYAD_EINPUT, "t:23: bad date \"95010\" in TABARI header (expected YYMMDD)");
	st_expect_reject(&t, DYAD_EINPUT, "t:26: bad date \"951301\" in TABARI header (expected YYMMDD)");
	st_expect_reject(&t, DYAD_EINPUT, "t:29: TABARI header has no record id");
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "GOOD");
	assert_int_equal(r.story.index, 10); /* every record counted */
	assert_int_equal(r.n_events, 1);
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
	st_check_chunking(malformed, DYAD_SUITE_TABARI);
}

/* Under SET: YYYY = TRUE a six-digit header is short. */
static void test_suite_tabari__yyyy_header(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, "950101 ON\nx /* {OPTION: SET: YYYY = TRUE} */\n\n950102 SHORT\ny\n\n"
		"19950103 OK\nz\n", DYAD_SUITE_TABARI);
	assert_int_equal(st_next(&t, &r), 1);
	st_expect_reject(&t, DYAD_EINPUT, "t:4: bad date \"950102\" in TABARI header "
		"(expected YYYYMMDD, as SET: YYYY = TRUE is in effect)");
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.date, "1995-01-03");
	st_free(&t);
}

static void test_suite_tabari__empty(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, "", DYAD_SUITE_TABARI);
	st_expect_reject(&t, DYAD_EINPUT, "t: empty input");
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
	st_mem(&t, "\xEF\xBB\xBF# only a comment\n", DYAD_SUITE_TABARI);
	st_expect_reject(&t, DYAD_EINPUT, "t: no TABARI records");
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
	st_mem(&t, "\xEF\xBB\xBF" "950101 BOM\nA byte order mark first.\n", DYAD_SUITE_TABARI);
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "BOM");
	st_free(&t);
}

/* The story part is what the story reader makes of the same record. */
static void test_suite_tabari__story_as_reader(void **state)
{
	static const char text[] =
		"950101 A\nWrapped   text\n  over lines /* a comment */ and on.\n\n"
		"950102 B\nSaid./*\\n{ A / B / 010 } */\n";
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	dyad_suite_record r;
	dyad_reader *rd;
	dyad_arena *a2;
	dyad_story s;
	st t;
	(void)state;

	o.format = DYAD_FORMAT_TABARI;
	st_mem(&t, text, DYAD_SUITE_TABARI);
	assert_int_equal(dyad_arena_new(&a2, t.ctx), 0);
	assert_int_equal(dyad_reader_open_mem(&rd, t.ctx, text, sizeof text - 1, "t", &o), 0);
	while (st_next(&t, &r) == 1) {
		assert_int_equal(dyad_reader_next(rd, a2, &s), 1);
		assert_string_equal(r.story.id, s.id);
		assert_string_equal(r.story.date, s.date);
		assert_string_equal(r.story.text, s.text);
		assert_int_equal(r.story.text_len, s.text_len);
		assert_int_equal(r.story.line, s.line);
		assert_int_equal(r.story.index, s.index);
		assert_string_equal(r.story.file, s.file);
	}
	assert_int_equal(dyad_reader_next(rd, a2, &s), 0);
	dyad_reader_free(rd);
	dyad_arena_free(a2);
	st_free(&t);
}

static void test_suite_tabari__limit(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, "950101 LONG\n0123456789 0123456789\nmore\n\n950102 NEXT\nok\n", DYAD_SUITE_TABARI);
	t.s->r->max_record = 16;
	st_expect_reject(&t, DYAD_ELIMIT, "t:1: record of 39 bytes exceeds the limit of 16 bytes");
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "NEXT");
	st_free(&t);
}

static void test_suite_tabari__oom(void **state)
{
	(void)state;
	st_check_oom(constructs, DYAD_SUITE_TABARI);
	st_check_oom(malformed, DYAD_SUITE_TABARI);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_suite_tabari__project),
		cmocka_unit_test(test_suite_tabari__open_errors),
		cmocka_unit_test(test_suite_tabari__constructs),
		cmocka_unit_test(test_suite_tabari__malformed),
		cmocka_unit_test(test_suite_tabari__yyyy_header),
		cmocka_unit_test(test_suite_tabari__empty),
		cmocka_unit_test(test_suite_tabari__story_as_reader),
		cmocka_unit_test(test_suite_tabari__limit),
		cmocka_unit_test(test_suite_tabari__oom),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
