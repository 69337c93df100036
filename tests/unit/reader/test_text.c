/*
 * Plain text reader, opening files, format names and format detection.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "reader/reader_test.h"

static void test_reader_text__whole_file_is_one_story(void **state)
{
	char path[512];
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	dyad_story s;
	rt t;
	(void)state;

	o.default_date = "2020-01-31";
	rt_init(&t);
	assert_int_equal(dyad_reader_open(&t.r, t.ctx, rt_data(path, sizeof path, "story.txt"), &o), 0);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_int_equal(dyad_reader_format(t.r), DYAD_FORMAT_TEXT);
	assert_string_equal(s.id, "story");
	assert_string_equal(s.text, "Arnor and Gondor held talks on Monday.\nA second paragraph.\n");
	assert_string_equal(s.date, "2020-01-31");
	assert_string_equal(s.file, path);
	assert_int_equal(s.line, 1);
	assert_int_equal(s.index, 0);
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_text__stdin_name_and_nul(void **state)
{
	const char in[] = "a\0b";
	dyad_story s;
	rt t;
	(void)state;

	rt_file(&t, in, 3, "<stdin>", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "stdin");
	assert_int_equal(s.text_len, 3);
	assert_memory_equal(s.text, in, 3);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, 3, NULL);
}

static void test_reader_text__empty(void **state)
{
	static const char *const inputs[] = { "", " \n\t\r\n", "\xEF\xBB\xBF" };
	size_t i;
	rt t;
	(void)state;

	for (i = 0; i < 3; i++) {
		rt_mem(&t, inputs[i], strlen(inputs[i]), "e.txt", NULL);
		rt_expect_reject(&t, DYAD_EINPUT, "e.txt: empty input");
		rt_expect_end(&t);
		rt_free(&t);
	}
}

static void test_reader_text__over_limit(void **state)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	char big[3000];
	rt t;
	(void)state;

	memset(big, 'w', sizeof big);
	o.max_record = 1000;
	o.format = DYAD_FORMAT_TEXT;
	rt_file(&t, big, sizeof big, "big.txt", &o);
	dyad__reader_set_chunk(t.r, 100);
	rt_expect_reject(&t, DYAD_ELIMIT, "big.txt:1: record of 3000 bytes exceeds the limit of 1000 bytes");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_text__open_errors(void **state)
{
	char dir[] = "/tmp/dyad-reader-dir-XXXXXX";
	dyad_reader *r = NULL;
	rt t;
	(void)state;

	rt_init(&t);
	assert_int_equal(dyad_reader_open(&r, t.ctx, "/nonexistent/x.jsonl", NULL), DYAD_ENOTFOUND);
	assert_null(r);
	assert_string_equal(rt_err(&t), "/nonexistent/x.jsonl: No such file or directory");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(dyad_reader_open(&r, t.ctx, dir, NULL), DYAD_EIO);
	assert_null(r);
	assert_non_null(strstr(rt_err(&t), ": Is a directory"));
	rmdir(dir);
	rt_free(&t);
}

static void test_reader_text__format_names(void **state)
{
	dyad_format f;
	int i;
	(void)state;

	for (i = DYAD_FORMAT_AUTO; i <= DYAD_FORMAT_TABARI; i++) {
		assert_int_equal(dyad_format_parse(&f, dyad_format_name((dyad_format)i)), 0);
		assert_int_equal(f, i);
	}
	assert_string_equal(dyad_format_name(DYAD_FORMAT_PETRARCH), "petrarch");
	assert_int_equal(dyad_format_parse(&f, "xml"), DYAD_EINVALID);
	assert_string_equal(dyad_format_name((dyad_format)99), "unknown");
}

static dyad_format detected(const char *in, const char *name)
{
	dyad_story s;
	dyad_format f;
	rt t;

	rt_mem(&t, in, strlen(in), name, NULL);
	(void)rt_next(&t, &s);
	f = dyad_reader_format(t.r);
	rt_free(&t);
	return f;
}

static void test_reader_text__detection(void **state)
{
	char path[512];
	int i;
	static const char *const files[] = { "sample.jsonl", "sample.xml", "sample.text", "story.txt" };
	static const dyad_format want[] = { DYAD_FORMAT_JSONL, DYAD_FORMAT_PETRARCH, DYAD_FORMAT_TABARI,
		DYAD_FORMAT_TEXT };
	(void)state;

	assert_int_equal(detected("\xEF\xBB\xBF \n{\"text\":\"x\"}\n", "a"), DYAD_FORMAT_JSONL);
	assert_int_equal(detected("\n  <Sentences>", "a"), DYAD_FORMAT_PETRARCH);
	assert_int_equal(detected("950101 DEMO-01\nText.\n", "a"), DYAD_FORMAT_TABARI);
	assert_int_equal(detected("# notes\nmore\n\n20080101\tX\nText.\n", "a"), DYAD_FORMAT_TABARI);
	assert_int_equal(detected("9501011 X\ntext\n", "a"), DYAD_FORMAT_TEXT);
	assert_int_equal(detected("Just prose.", "a.xml"), DYAD_FORMAT_PETRARCH); /* extension */
	assert_int_equal(detected("not json", "a.jsonl"), DYAD_FORMAT_JSONL);
	assert_int_equal(detected("", "a.json"), DYAD_FORMAT_JSONL);
	assert_int_equal(detected("{\"text\":\"x\"}", "a.txt"), DYAD_FORMAT_JSONL); /* content first */
	assert_int_equal(detected("Just prose.", "a.text"), DYAD_FORMAT_TEXT);
	assert_int_equal(detected("", "<stdin>"), DYAD_FORMAT_TEXT);
	for (i = 0; i < 4; i++) {
		dyad_story s;
		rt t;
		rt_init(&t);
		assert_int_equal(dyad_reader_open(&t.r, t.ctx, rt_data(path, sizeof path, files[i]), NULL), 0);
		assert_int_equal(rt_next(&t, &s), 1);
		assert_int_equal(dyad_reader_format(t.r), want[i]);
		rt_free(&t);
	}
}

static void test_reader_text__bad_options(void **state)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	dyad_reader *r = NULL;
	rt t;
	(void)state;

	rt_init(&t);
	o.version = 99;
	assert_int_equal(dyad_reader_open_mem(&r, t.ctx, "", 0, "x", &o), DYAD_EINVALID);
	o.version = DYAD_READER_OPTIONS_VERSION;
	o.format = (dyad_format)42;
	assert_int_equal(dyad_reader_open_mem(&r, t.ctx, "", 0, "x", &o), DYAD_EINVALID);
	assert_null(r);
	dyad_reader_free(NULL);
	rt_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_text__whole_file_is_one_story),
		cmocka_unit_test(test_reader_text__stdin_name_and_nul),
		cmocka_unit_test(test_reader_text__empty),
		cmocka_unit_test(test_reader_text__over_limit),
		cmocka_unit_test(test_reader_text__open_errors),
		cmocka_unit_test(test_reader_text__format_names),
		cmocka_unit_test(test_reader_text__detection),
		cmocka_unit_test(test_reader_text__bad_options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
