/*
 * TABARI text-record reader: headers, comment blocks and comments, dates,
 * and bad records rejected alone.
 */
#include "reader/reader_test.h"

static const dyad_reader_options tab_opts = { DYAD_READER_OPTIONS_VERSION, DYAD_FORMAT_TABARI,
	NULL, DYAD_READER_DEFAULT_MAX_RECORD };

static void test_reader_tabari__sample_file(void **state)
{
	char path[512];
	dyad_story s;
	rt t;
	(void)state;

	rt_init(&t);
	assert_int_equal(dyad_reader_open(&t.r, t.ctx, rt_data(path, sizeof path, "sample.text"), NULL), 0);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_int_equal(dyad_reader_format(t.r), DYAD_FORMAT_TABARI);
	assert_string_equal(s.id, "T-01");
	assert_string_equal(s.date, "1995-01-01");
	assert_string_equal(s.text, "Arnor is about to restore full diplomatic ties with Gondor almost five "
		"years after crowds trashed its embassy.");
	assert_int_equal(s.line, 6);
	assert_int_equal(s.index, 0);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "T-02  second id part");
	assert_string_equal(s.date, "2008-08-06");
	assert_string_equal(s.text, "Gondor welcomed the talks.");
	assert_int_equal(s.line, 12);
	rt_expect_end(&t);
	rt_free(&t);
}

static const char records[] =
	"\n#---\nA comment block; its lines\n123456 may start with digits.\n\n"
	"950101*INTRO\nIntro text/* open comment\n\nstill open? no: blank ended it\n\n"
	"9501201  ACTORSYN-01\nbad date text\nmore\n\n"
	"950230 FEB-30\nno such day\n\n"
	"290101 Y2029\nPivot low.\n\n"
	"300101 Y2030\nPivot high (inclusive, manual 6.5.2).\n\n"
	"20150607 YYYY-01\nFour-digit year.\n\n"
	"950101   \nno id\n\n"
	"950101 NOTEXT\n/* only a comment */\n\n"
	"950101 LAST\nNo blank line at the end.";

static void test_reader_tabari__records(void **state)
{
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, records, sizeof records - 1, "v.text", &tab_opts);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "*INTRO");
	assert_string_equal(s.text, "Intro text");
	assert_int_equal(s.line, 6);
	/* the comment cannot run past the blank line; what follows is a block */
	rt_expect_reject(&t, DYAD_EINPUT,
		"v.text:11: bad date \"9501201\" in TABARI header (expected YYMMDD)");
	rt_expect_reject(&t, DYAD_EINPUT,
		"v.text:15: bad date \"950230\" in TABARI header (expected YYMMDD)");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.date, "2029-01-01");
	assert_int_equal(s.index, 3);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.date, "2030-01-01");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "YYYY-01");
	assert_string_equal(s.date, "2015-06-07");
	rt_expect_reject(&t, DYAD_EINPUT, "v.text:27: TABARI header has no record id");
	rt_expect_reject(&t, DYAD_EINPUT, "v.text:30: TABARI record has no text");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "LAST");
	assert_string_equal(s.text, "No blank line at the end.");
	assert_int_equal(s.line, 33);
	assert_int_equal(s.index, 8);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(records, sizeof records - 1, &tab_opts);
}

static void test_reader_tabari__crlf_and_stdin(void **state)
{
	const char *in = "950101 A\r\nline one \r\n  line two\r\n \t\r\n950102 B\r\nx\r\n";
	dyad_story s;
	rt t;
	(void)state;

	rt_file(&t, in, strlen(in), "<stdin>", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "A");
	assert_string_equal(s.text, "line one line two");
	assert_string_equal(s.file, "<stdin>");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "B");
	assert_int_equal(s.line, 5);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, strlen(in), &tab_opts);
}

static void test_reader_tabari__empty_and_no_records(void **state)
{
	rt t;
	(void)state;

	rt_mem(&t, "\n\n", 2, "e.text", &tab_opts);
	rt_expect_reject(&t, DYAD_EINPUT, "e.text: empty input");
	rt_expect_end(&t);
	rt_free(&t);
	rt_mem(&t, "# only\n# comments\n", 18, "c.text", &tab_opts);
	rt_expect_reject(&t, DYAD_EINPUT, "c.text: no TABARI records");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_tabari__over_limit(void **state)
{
	dyad_reader_options o = tab_opts;
	char in[4000];
	size_t len = 0;
	int i;
	dyad_story s;
	rt t;
	(void)state;

	len += (size_t)sprintf(in + len, "950101 BIG\n");
	for (i = 0; i < 40; i++) /* 40 lines of 50 bytes */
		len += (size_t)sprintf(in + len, "%049d\n", i);
	len += (size_t)sprintf(in + len, "\n950101 LONGLINE\n");
	memset(in + len, 'y', 1500);
	len += 1500;
	len += (size_t)sprintf(in + len, "\nmore\n\n950102 OK\nfine\n");
	o.max_record = 1000;
	rt_mem(&t, in, len, "big.text", &o);
	rt_expect_reject(&t, DYAD_ELIMIT, "big.text:1: record of 2011 bytes exceeds the limit of 1000 bytes");
	rt_expect_reject(&t, DYAD_ELIMIT, "big.text:43: record of 1522 bytes exceeds the limit of 1000 bytes");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "OK");
	assert_int_equal(s.index, 2);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, len, &o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_tabari__sample_file),
		cmocka_unit_test(test_reader_tabari__records),
		cmocka_unit_test(test_reader_tabari__crlf_and_stdin),
		cmocka_unit_test(test_reader_tabari__empty_and_no_records),
		cmocka_unit_test(test_reader_tabari__over_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
