/*
 * JSON Lines reader: fields and defaults, and every kind of bad line being
 * rejected alone with "file:line: why" while the others are still read.
 */
#include "reader/reader_test.h"

static const dyad_reader_options jsonl_opts = { DYAD_READER_OPTIONS_VERSION, DYAD_FORMAT_JSONL,
	NULL, DYAD_READER_DEFAULT_MAX_RECORD };

static void test_reader_jsonl__fields(void **state)
{
	const char *in = "\xEF\xBB\xBF{\"id\":\"s1\",\"date\":\"2008-08-04\",\"title\":\"T\",\"text\":\"Hi \\u00e9.\","
		"\"source\":\"AFP\",\"url\":\"http://x\"}\r\n"
		"\n   \n"
		"{\"text\":\"no id\",\"date\":null}\n"
		"{\"id\":42,\"date\":\"20080806\",\"text\":\"n\"}\n"
		"{\"id\":1.5,\"text\":\"last, no newline\"}";
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, in, strlen(in), "in.jsonl", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_int_equal(dyad_reader_format(t.r), DYAD_FORMAT_JSONL);
	assert_string_equal(s.id, "s1");
	assert_string_equal(s.date, "2008-08-04");
	assert_string_equal(s.title, "T");
	assert_string_equal(s.text, "Hi \xC3\xA9.");
	assert_int_equal(s.text_len, 6);
	assert_string_equal(s.source, "AFP");
	assert_string_equal(s.url, "http://x");
	assert_null(s.parse);
	assert_string_equal(s.file, "in.jsonl");
	assert_int_equal(s.line, 1);
	assert_int_equal(s.index, 0);

	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "4"); /* the line number */
	assert_null(s.date);
	assert_null(s.title);
	assert_int_equal(s.line, 4);
	assert_int_equal(s.index, 1);

	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "42");
	assert_string_equal(s.date, "2008-08-06");

	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "1.5");
	assert_string_equal(s.text, "last, no newline");
	assert_int_equal(s.line, 6);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, strlen(in), NULL);
}

static void test_reader_jsonl__default_date_and_stdin(void **state)
{
	const char *in = "{\"text\":\"a\"}\n{\"text\":\"b\",\"date\":\"1999-12-31\"}\n";
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	dyad_story s;
	rt t;
	(void)state;

	o.default_date = "2001-02-03";
	rt_file(&t, in, strlen(in), "<stdin>", &o);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.date, "2001-02-03");
	assert_string_equal(s.id, "1");
	assert_string_equal(s.file, "<stdin>");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.date, "1999-12-31");
	rt_expect_end(&t);
	rt_free(&t);

	o.default_date = "2001-2-3";
	rt_init(&t);
	assert_int_equal(dyad_reader_open_mem(&t.r, t.ctx, in, strlen(in), "x", &o), DYAD_EINVALID);
	assert_null(t.r);
	rt_free(&t);
}

static void test_reader_jsonl__bad_lines(void **state)
{
	const char *in =
		"{\"id\":\"a\",\"text\":\"one\"}\n"
		"{\"id\":\"b\",\"text\":\"trunc\n"
		"[1,2]\n"
		"{\"id\":\"c\"}\n"
		"{\"text\":5}\n"
		"{\"text\":\"x\",\"date\":\"2008-13-01\"}\n"
		"{\"text\":\"x\",\"date\":7}\n"
		"{\"text\":\"x\",\"id\":[1]}\n"
		"{\"text\":\"x\",\"title\":1}\n"
		"{\"text\":\"x\"} tail\n"
		"{\"id\":\"z\",\"text\":\"last\"}\n";
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, in, strlen(in), "f.jsonl", &jsonl_opts);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "a");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:2: invalid JSON at column 19");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:3: not a JSON object");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:4: missing \"text\" field");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:5: \"text\" is not a string");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:6: bad date \"2008-13-01\" (expected YYYY-MM-DD)");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:7: \"date\" is not a string");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:8: \"id\" is not a string or number");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:9: \"title\" is not a string");
	rt_expect_reject(&t, DYAD_EINPUT, "f.jsonl:10: text after the JSON object at column 13");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.id, "z");
	assert_int_equal(s.index, 10); /* rejected records count */
	assert_int_equal(s.line, 11);
	rt_expect_end(&t);
	rt_free(&t);
	rt_check_chunking(in, strlen(in), &jsonl_opts);
}

static void test_reader_jsonl__invalid_utf8_kept(void **state)
{
	const char in[] = "{\"text\":\"caf\xC3 \xFF\xFE end\"}\n";
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, in, sizeof in - 1, "u.jsonl", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.text, "caf\xC3 \xFF\xFE end");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_jsonl__nul_byte(void **state)
{
	const char in[] = "{\"text\":\"a\"}\n{\"text\":\"b\0c\"}\n{\"text\":\"d\"}\n";
	dyad_story s;
	rt t;
	(void)state;

	rt_mem(&t, in, sizeof in - 1, "n.jsonl", NULL);
	assert_int_equal(rt_next(&t, &s), 1);
	rt_expect_reject(&t, DYAD_EINPUT, "n.jsonl:2: NUL byte in line");
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.text, "d");
	rt_expect_end(&t);
	rt_free(&t);
}

static void test_reader_jsonl__empty(void **state)
{
	static const char *const inputs[] = { "", "\n \r\n\t\n" };
	size_t i;
	rt t;
	(void)state;

	for (i = 0; i < 2; i++) {
		rt_mem(&t, inputs[i], strlen(inputs[i]), "e.jsonl", &jsonl_opts);
		rt_expect_reject(&t, DYAD_EINPUT, "e.jsonl:1: empty input");
		rt_expect_end(&t);
		rt_free(&t);
	}
	/* an empty .jsonl file is still read as JSON Lines */
	rt_mem(&t, "", 0, "dir/e.jsonl", NULL);
	rt_expect_reject(&t, DYAD_EINPUT, "dir/e.jsonl:1: empty input");
	assert_int_equal(dyad_reader_format(t.r), DYAD_FORMAT_JSONL);
	rt_free(&t);
}

static void test_reader_jsonl__line_over_limit(void **state)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	size_t n = 5000, len;
	char *in = malloc(n + 64);
	dyad_story s;
	int use_file;
	rt t;
	(void)state;

	assert_non_null(in);
	len = (size_t)sprintf(in, "{\"text\":\"ok\"}\n{\"text\":\"");
	memset(in + len, 'x', n - 10);
	len += n - 10;
	len += (size_t)sprintf(in + len, "\"}\r\n{\"text\":\"after\"}\n");
	o.max_record = 1000;
	for (use_file = 0; use_file < 2; use_file++) {
		if (use_file)
			rt_file(&t, in, len, "big.jsonl", &o);
		else
			rt_mem(&t, in, len, "big.jsonl", &o);
		dyad__reader_set_chunk(t.r, 256);
		assert_int_equal(rt_next(&t, &s), 1);
		rt_expect_reject(&t, DYAD_ELIMIT,
			"big.jsonl:2: record of 5001 bytes exceeds the limit of 1000 bytes");
		assert_int_equal(rt_next(&t, &s), 1);
		assert_string_equal(s.text, "after");
		assert_int_equal(s.line, 3);
		assert_int_equal(s.index, 2);
		rt_expect_end(&t);
		rt_free(&t);
	}
	rt_check_chunking(in, len, &o);
	free(in);
}

/* A real 100 MB line streams past under the default 64 MB limit. */
static void test_reader_jsonl__huge_line(void **state)
{
	char path[] = "/tmp/dyad-reader-XXXXXX";
	size_t block = 1 << 20, i;
	char *buf = malloc(block);
	dyad_story s;
	FILE *fp;
	int fd;
	rt t;
	(void)state;

	assert_non_null(buf);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "wb");
	assert_non_null(fp);
	memset(buf, 'x', block);
	fputs("{\"text\":\"", fp);
	for (i = 0; i < 100; i++)
		assert_int_equal(fwrite(buf, 1, block, fp), block);
	fputs("\"}\n{\"text\":\"after\"}\n", fp);
	assert_int_equal(fclose(fp), 0);
	free(buf);

	rt_init(&t);
	assert_int_equal(dyad_reader_open(&t.r, t.ctx, path, NULL), 0);
	assert_int_equal(rt_next(&t, &s), DYAD_ELIMIT);
	assert_non_null(strstr(rt_err(&t), ":1: record of 104857611 bytes exceeds the limit of 67108864 bytes"));
	assert_int_equal(rt_next(&t, &s), 1);
	assert_string_equal(s.text, "after");
	assert_int_equal(s.line, 2);
	/* the window never held the whole line */
	assert_true(t.r->cap < DYAD_READER_DEFAULT_MAX_RECORD + 2 * DYAD_READER_CHUNK + 64);
	rt_expect_end(&t);
	rt_free(&t);
	remove(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_jsonl__fields),
		cmocka_unit_test(test_reader_jsonl__default_date_and_stdin),
		cmocka_unit_test(test_reader_jsonl__bad_lines),
		cmocka_unit_test(test_reader_jsonl__invalid_utf8_kept),
		cmocka_unit_test(test_reader_jsonl__nul_byte),
		cmocka_unit_test(test_reader_jsonl__empty),
		cmocka_unit_test(test_reader_jsonl__line_over_limit),
		cmocka_unit_test(test_reader_jsonl__huge_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
