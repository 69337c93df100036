/*
 * Built-in data files (dyad/builtin.h): the table the build generates from
 * dictionaries/ is sorted, every name is found, and each file's bytes are
 * exactly those of the file in the source tree, NUL-terminated.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/builtin.h"
#include "dyad/common.h"

/* The source tree's dictionaries/ folder: tests/data is DYAD_TEST_DATA. */
static int source_path(char *buf, size_t cap, const char *name)
{
	const char *data = getenv("DYAD_TEST_DATA");
	int n;
	if (!data)
		return -1;
	n = snprintf(buf, cap, "%s/../../dictionaries/%s", data, name);
	return n < 0 || (size_t)n >= cap ? -1 : 0;
}

static void test_core_builtin__names_sorted_and_found(void **state)
{
	size_t i, n = dyad_builtin_count();
	(void)state;
	assert_true(n >= 1);
	for (i = 0; i < n; i++) {
		const char *name = dyad_builtin_name(i), *data = NULL;
		size_t len = 0;
		assert_non_null(name);
		assert_true(name[0] != '\0' && name[0] != '.');
		if (i)
			assert_true(strcmp(dyad_builtin_name(i - 1), name) < 0);
		assert_int_equal(dyad_builtin_find(&data, &len, name), DYAD_OK);
		assert_non_null(data);
		assert_int_equal(data[len], '\0');
	}
	assert_null(dyad_builtin_name(n));
}

static void test_core_builtin__absent_and_bad_arguments(void **state)
{
	const char *data = NULL;
	size_t len = 7;
	(void)state;
	assert_int_equal(dyad_builtin_find(&data, &len, "no-such-file.tsv"), DYAD_ENOTFOUND);
	assert_int_equal(dyad_builtin_find(&data, &len, ""), DYAD_ENOTFOUND);
	assert_int_equal(dyad_builtin_find(&data, &len, "cameo-codes"), DYAD_ENOTFOUND);
	assert_null(data);
	assert_int_equal(len, 7);
	assert_int_equal(dyad_builtin_find(&data, &len, NULL), DYAD_EINVALID);
	/* Presence test with no out pointers. */
	assert_int_equal(dyad_builtin_find(NULL, NULL, "cameo-codes.tsv"), DYAD_OK);
}

static void test_core_builtin__bytes_match_the_source_tree(void **state)
{
	size_t i, n = dyad_builtin_count();
	(void)state;
	for (i = 0; i < n; i++) {
		const char *name = dyad_builtin_name(i), *data;
		char path[4096], *buf;
		size_t len, got;
		FILE *f;
		assert_int_equal(dyad_builtin_find(&data, &len, name), DYAD_OK);
		if (source_path(path, sizeof path, name) < 0 || !(f = fopen(path, "rb"))) {
			print_message("skipping %s: source tree not found\n", name);
			continue;
		}
		buf = malloc(len + 2);
		assert_non_null(buf);
		got = fread(buf, 1, len + 1, f); /* one more: the file is no longer */
		fclose(f);
		assert_int_equal(got, len);
		assert_memory_equal(buf, data, len);
		free(buf);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core_builtin__names_sorted_and_found),
		cmocka_unit_test(test_core_builtin__absent_and_bad_arguments),
		cmocka_unit_test(test_core_builtin__bytes_match_the_source_tree),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
