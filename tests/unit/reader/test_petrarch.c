/*
 * PETRARCH XML reader: records found in the stream past comments and other
 * elements, text unwrapped, parse kept, and a broken record rejected alone.
 */
#include "reader/reader_test.h"

static const dyad_reader_options xml_opts = { DYAD_READER_OPTIONS_VERSION, DYAD_FORMAT_PETRARCH,
	NULL, DYAD_READER_DEFAULT_MAX_RECORD };

static void test_reader_petrarch__sample_file(void **state)
{
	char path[512];
	dyad_story s;
	rt t;
	(void)state;

	rt_init(&t);
	assert_int_equal(dyad_reader_open(&t.r, t.ctx, rt_data(path, sizeof path, "sample.xml"), NULL), 0);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_int_equal(dyad_reader_format(t.r), DYAD_FORMAT_PETRARCH);
	assert_string_equal(s.id, "T-1");
	assert_string_equal(s.date, "2008-08-04");
	assert_string_equal(s.source, "AFP");
	assert_string_equal(s.text, "Arnor is about to restore full diplomatic ties with Gondor almost five "
		"years after crowds trashed its embassy.");
	assert_int_equal(s.text_len, strlen(s.text));
	assert_string_equal(s.parse, "(ROOT (S (NP (NNP Arnor))\n  (VP (VBZ is))))");
	assert_null(s.title);
	assert_null(s.url);
	assert_int_equal(s.line, 5);
	assert_int_equal(s.index, 0);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "T-2");
	assert_string_equal(s.text, "Gondor & Arnor  signed a treaty."); /* only wrapping collapses */
	assert_null(s.parse);
	assert_int_equal(s.line, 18);
	assert_int_equal(s.index, 1);
	rt_expect_end(&t);
	rt_free(&t);
}

static const char broken[] =
	"<Sentences>\n"
	"<Sentence id=\"a\" date=\"20080804\"><Text>one</Text></Sentence>\n"
	"<Sentence id=\"u\" date=\"20080804\">\n"
	"<Text>never closed\n"
	"<!-- <Sentence id=\"hidden\"> -->\n"
	"<Sentence id=\"b\"><Text>two</Text></Sentence><Sentence id=\"m\"><Text>x<i>y</Text>\n"
	"</Sentence>\n"
	"<Sentence id=\"d\" date=\"2008x804\"><Text>t</Text></Sentence>\n"
	"<Sentence id=\"n\"><Parse>(S)</Parse></Sentence>\n"
	"<Sentence id=\"e\"><Text> </Text></Sentence>\n"
	"<Sentence id=\"c\"><![CDATA[</Sentence>]]><Text><![CDATA[x < y]]> and\n  z</Text></Sentence>\n"
	"<Sentences/>\n"
	"<Sentence id=\"last\"><Text>end";

static void test_reader_petrarch__broken_records(void **state)
{
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, broken, sizeof broken - 1, "b.xml", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "a");
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:3: unclosed <Sentence> element");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "b");
	assert_int_equal(s.line, 6);
	assert_int_equal(s.index, 2);
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:6: malformed <Sentence> record: "
		"Opening and ending tag mismatch: i line 6 and Text (at line 6)");
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:8: bad date \"2008x804\" (expected YYYYMMDD)");
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:9: <Sentence> record has no <Text> element");
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:10: <Sentence> record has empty <Text> and no <Parse>");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "c");
	assert_string_equal(s.text, "x < y and z");
	assert_null(s.date);
	rt_expect_reject(&t, DYAD_EINPUT, "b.xml:14: unclosed <Sentence> element");
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(broken, sizeof broken - 1, &xml_opts);
}

/* PETR2_GSR_validation.xml style: <Sentence .../> then the children. */
static void test_reader_petrarch__self_closed_start_tag(void **state)
{
	const char *in =
		"<Validation>\n# notes\n<Sentences>\n"
		"<Sentence category=\"AFP\" date=\"121108\" id=\"G1\" evaluate=\"true\"/>\n"
		"<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
		"<Text>\nA met B.\n</Text>\n<Parse>\n1\tA\n2\tmet\n</Parse></Sentence>\n"
		"<Sentence id=\"G2\" date=\"20080806\"/>\n"
		"<Sentence id=\"G3\"><Text>Fine.</Text></Sentence>\n"
		"</Sentences></Validation>\n";
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, in, strlen(in), "g.xml", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "G1");
	assert_string_equal(s.date, "2012-11-08");
	assert_string_equal(s.text, "A met B.");
	assert_string_equal(s.parse, "1\tA\n2\tmet");
	assert_int_equal(s.line, 4);
	rt_expect_reject(&t, DYAD_EINPUT, "g.xml:13: <Sentence> record has no <Text> element");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "G3");
	assert_int_equal(s.index, 2);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, strlen(in), &xml_opts);
}

static void test_reader_petrarch__defaults_and_stdin(void **state)
{
	const char *in = "<Sentence><Text>No id, no date.</Text></Sentence>";
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	dyad_story s;
	rt t;
	(void)state;

	o.default_date = "2010-10-10";
	rt_file(&t, in, strlen(in), "<stdin>", &o);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "1");
	assert_string_equal(s.date, "2010-10-10");
	assert_string_equal(s.file, "<stdin>");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_petrarch__empty_and_no_records(void **state)
{
	rt t;
	(void)state;

	rt_mem(&t, "  \n", 3, "e.xml", NULL);
	rt_expect_reject(&t, DYAD_EINPUT, "e.xml: empty input");
	rt_expect_end(&t);
	rt_free(&t);
	rt_mem(&t, "<Sentences>\n<!-- <Sentence> -->\n</Sentences>\n", 44, "n.xml", &xml_opts);
	rt_expect_reject(&t, DYAD_EINPUT, "n.xml: no <Sentence> records");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_petrarch__over_limit(void **state)
{
	dyad_reader_options o = xml_opts;
	char *in = malloc(8000);
	size_t len;
	dyad_story s;
	rt t;
	(void)state;

	assert_non_null(in);
	len = (size_t)sprintf(in, "<Sentences>\n<Sentence id=\"big\"><Text>");
	memset(in + len, 'x', 5000);
	len += 5000;
	len += (size_t)sprintf(in + len, "\n</Text></Sentence>\n<Sentence id=\"ok\"><Text>y</Text></Sentence>\n");
	o.max_record = 1000;
	rt_file(&t, in, len, "big.xml", &o);
	dyad__reader_set_chunk(t.r, 100);
	rt_expect_reject(&t, DYAD_ELIMIT, "big.xml:2: record of 5044 bytes exceeds the limit of 1000 bytes");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "ok");
	assert_int_equal(s.line, 4);
	assert_true(t.r->cap < 1000 + 64 + 200);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, len, &o);
	free(in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_petrarch__sample_file),
		cmocka_unit_test(test_reader_petrarch__broken_records),
		cmocka_unit_test(test_reader_petrarch__self_closed_start_tag),
		cmocka_unit_test(test_reader_petrarch__defaults_and_stdin),
		cmocka_unit_test(test_reader_petrarch__empty_and_no_records),
		cmocka_unit_test(test_reader_petrarch__over_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
