/*
 * PETRARCH validation suites: <Environment> dictionaries and <Include>,
 * <Config> changes between records, <EventCoding> events and their
 * noevents/error forms, GSR's "<Sentence .../>" records, and malformed
 * EventCodings rejected alone.
 */
#include "suite/suite_test.h"

static void test_suite_petrarch__file(void **state)
{
	char path[600], dir[512];
	dyad_suite_record r;
	st t;
	(void)state;

	memset(&t, 0, sizeof t);
	assert_int_equal(dyad_ctx_new(&t.ctx, NULL), 0);
	assert_int_equal(dyad_arena_new(&t.arena, t.ctx), 0);
	assert_int_equal(dyad_suite_open(&t.s, t.ctx, st_data(path, sizeof path, "mini.xml"),
		DYAD_SUITE_AUTO), 0);
	assert_int_equal(dyad_suite_format_of(t.s), DYAD_SUITE_PETRARCH);
	st_data(dir, sizeof dir, "");
	assert_int_equal(dyad_suite_dict_count(t.s), 5);
	snprintf(path, sizeof path, "%smini.verbs.txt", dir);
	assert_string_equal(dyad_suite_dict_path(t.s, 0), path);
	assert_string_equal(dyad_suite_dict_role(t.s, 0), "verbs");
	snprintf(path, sizeof path, "%sa2.txt", dir); /* "a1.txt, a2.txt" */
	assert_string_equal(dyad_suite_dict_path(t.s, 2), path);
	assert_string_equal(dyad_suite_dict_role(t.s, 2), "actors");
	assert_string_equal(dyad_suite_dict_role(t.s, 3), "agents");
	assert_string_equal(dyad_suite_dict_role(t.s, 4), "discards");

	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "P-01");
	assert_string_equal(r.story.date, "2001-02-03");
	assert_string_equal(r.story.text, "Rohirrim envoys praised the Shire.");
	assert_non_null(r.story.parse);
	assert_string_equal(r.category, "ONE");
	assert_true(r.standard);
	assert_int_equal(r.n_events, 1);
	assert_string_equal(r.events[0].source, "ROH");
	assert_string_equal(r.events[0].target, "SHI");
	assert_string_equal(r.events[0].code, "041");
	assert_int_equal(r.events[0].line, 14);
	assert_string_equal(r.events[0].raw,
		"<EventCoding sourcecode=\"ROH\" targetcode=\"SHI\" eventcode=\"041\"/>");
	assert_int_equal(r.n_options, 1); /* the <Config> in <Environment> */
	assert_string_equal(r.options[0], "first=1");
	assert_string_equal(r.note, "a note");

	/* "<Sentence .../>" + children + "</Sentence>", as GSR writes them */
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "P-02");
	assert_false(r.standard); /* THREE is not in <Include> */
	assert_true(r.expect_none);
	assert_int_equal(r.n_events, 0);
	assert_int_equal(r.n_options, 1); /* the commented one is not read */
	assert_string_equal(r.options[0], "second=2");
	assert_null(r.note);
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
}

static const char constructs[] =
	"<Validation><Sentences>\n"
	"<Sentence date=\"20010101\" id=\"NEW\">\n"
	"<EventCoding sourcecode='\"BIG TOLL\"' targetcode=\" OSG \" eventcode=\"223\"/>\n"
	"<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"/>\n"
	"<Text>A toll rose.</Text></Sentence>\n"
	"<Config option=\"require_dyad\" value=\"false\"></Config>\n"
	"<Config option='comma_min' value='2'/>\n"
	"<Sentence date=\"20010102\" id=\"ERR\"><EventCoding error=\"dateline\"/>"
	"<Text>CITY: -- text.</Text></Sentence>\n"
	"<Sentence date=\"20010103\" id=\"DISC\"><EventCoding error=\"storydiscard\"></EventCoding>"
	"<Text>Sports.</Text></Sentence>\n"
	"<Sentence date=\"20010104\" id=\"NONE\"><EventCoding noevents = \"True\"> </EventCoding>"
	"<!-- first --><!--  second  --><Text>None.</Text></Sentence>\n"
	"<Sentence date=\"20010105\" id=\"BARE\"><Text>No EventCoding at all.</Text></Sentence>\n"
	"</Sentences></Validation>\n";

static void test_suite_petrarch__constructs(void **state)
{
	char *got = st_transcript(constructs, DYAD_SUITE_PETRARCH, 0);
	(void)state;

	assert_string_equal(got,
		"NEW|2001-01-01|2|0|std1 none0 disc0 cx0 unchk0 unval0|-|-|A toll rose.\n"
		" E \"BIG TOLL\" / OSG / 223 @- L3\n"
		" E A / B / 010 @- L4\n"
		"ERR|2001-01-02|8|1|std1 none0 disc0 cx0 unchk0 unval0|dateline|-|CITY: -- text.\n"
		" O require_dyad=false\n"
		" O comma_min=2\n"
		"DISC|2001-01-03|9|2|std1 none0 disc1 cx0 unchk0 unval0|storydiscard|-|Sports.\n"
		"NONE|2001-01-04|10|3|std1 none1 disc0 cx0 unchk0 unval0|-|-|None.\n"
		" N first\nsecond\n"
		"BARE|2001-01-05|11|4|std1 none0 disc0 cx0 unchk0 unval0|-|-|No EventCoding at all.\n");
	free(got);
	st_check_chunking(constructs, DYAD_SUITE_PETRARCH);
}

static const char malformed[] =
	"<Sentences>\n"
	"<Sentence date=\"20010101\" id=\"M1\"><EventCoding sourcecode=\"A\" targetcode=\"B\"/>"
	"<Text>x</Text></Sentence>\n"
	"<Sentence date=\"20010101\" id=\"M2\">\n<EventCoding sourcecode=\"A\" targetcode=\"\" eventcode=\"1\"/>"
	"<Text>x</Text></Sentence>\n"
	"<Sentence date=\"20010101\" id=\"M3\"><EventCoding/><Text>x</Text></Sentence>\n"
	"<Config value=\"1\"/>\n"
	"<Sentence date=\"20010101\" id=\"M4\"><EventCoding sourcecode=\"A\"<Text>x</Text></Sentence>\n"
	"<Sentence date=\"20010101\" id=\"GOOD\"><EventCoding sourcecode=\"A\" targetcode=\"B\" "
	"eventcode=\"010\"/><Text>x</Text></Sentence>\n"
	"</Sentences>\n";

static void test_suite_petrarch__malformed(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, malformed, DYAD_SUITE_PETRARCH);
	st_expect_reject(&t, DYAD_EINPUT, "t:2: <EventCoding> lacks eventcode");
	st_expect_reject(&t, DYAD_EINPUT, "t:4: <EventCoding> lacks targetcode");
	st_expect_reject(&t, DYAD_EINPUT,
		"t:5: <EventCoding> has none of sourcecode, targetcode, eventcode, noevents, error");
	assert_int_equal(st_next(&t, &r), DYAD_EINPUT); /* the story reader's message */
	assert_non_null(strstr(dyad_ctx_error(t.ctx), "t:7: malformed <Sentence> record"));
	assert_int_equal(st_next(&t, &r), 1);
	assert_string_equal(r.story.id, "GOOD");
	assert_int_equal(r.story.index, 4);
	assert_int_equal(r.n_warnings, 1);
	assert_string_equal(r.warnings[0],
		"t:8: a <Config> before this record lacks option= or value=; ignored");
	assert_int_equal(st_next(&t, &r), 0);
	st_free(&t);
	st_check_chunking(malformed, DYAD_SUITE_PETRARCH);
}

static void test_suite_petrarch__empty(void **state)
{
	dyad_suite_record r;
	st t;
	(void)state;

	st_mem(&t, "", DYAD_SUITE_PETRARCH);
	st_expect_reject(&t, DYAD_EINPUT, "t: empty input");
	assert_int_equal(st_next(&t, &r), 0);
	assert_int_equal(dyad_suite_dict_count(t.s), 0);
	st_free(&t);
	/* no <Include>: every record is standard */
	st_mem(&t, "<Sentence id=\"x\"><Text>t</Text></Sentence>", DYAD_SUITE_PETRARCH);
	assert_int_equal(st_next(&t, &r), 1);
	assert_true(r.standard);
	assert_null(r.category);
	st_free(&t);
}

static void test_suite_petrarch__oom(void **state)
{
	(void)state;
	st_check_oom(constructs, DYAD_SUITE_PETRARCH);
	st_check_oom(malformed, DYAD_SUITE_PETRARCH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_suite_petrarch__file),
		cmocka_unit_test(test_suite_petrarch__constructs),
		cmocka_unit_test(test_suite_petrarch__malformed),
		cmocka_unit_test(test_suite_petrarch__empty),
		cmocka_unit_test(test_suite_petrarch__oom),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
