/*
 * cmake/embed_files.cmake on a fixture folder (tests/data/embed): this
 * program links src/core/builtin.c with the table generated from that folder
 * instead of dictionaries/, and checks names, order, exclusions and exact
 * bytes (NUL, 0xff, CR LF, quote, backslash, an empty file, a file with no
 * final newline, a name in a subfolder).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/builtin.h"
#include "dyad/common.h"

static void test_core_embed__names_in_strcmp_order_without_dotfiles(void **state)
{
	static const char *const want[] = { "Z.txt", "bytes.bin", "empty", "sub/b.txt" };
	size_t i;
	(void)state;
	assert_int_equal(dyad_builtin_count(), 4);
	for (i = 0; i < 4; i++)
		assert_string_equal(dyad_builtin_name(i), want[i]);
	assert_int_equal(dyad_builtin_find(NULL, NULL, ".hidden"), DYAD_ENOTFOUND);
	assert_int_equal(dyad_builtin_find(NULL, NULL, "sub/.hidden2"), DYAD_ENOTFOUND);
	assert_int_equal(dyad_builtin_find(NULL, NULL, "sub"), DYAD_ENOTFOUND);
}

static void test_core_embed__exact_bytes(void **state)
{
	static const unsigned char head[] = { 0, 1, 0x7f, 0x80, 0xff, '\r', '\n', '"', '\\' };
	const char *d;
	size_t len, i;
	(void)state;
	assert_int_equal(dyad_builtin_find(&d, &len, "bytes.bin"), DYAD_OK);
	assert_int_equal(len, sizeof head + 32);
	assert_memory_equal(d, head, sizeof head);
	for (i = 0; i < 32; i++)
		assert_int_equal((unsigned char)d[sizeof head + i], 0x20 + i);
	assert_int_equal(d[len], '\0');

	assert_int_equal(dyad_builtin_find(&d, &len, "empty"), DYAD_OK);
	assert_int_equal(len, 0);
	assert_int_equal(d[0], '\0');

	assert_int_equal(dyad_builtin_find(&d, &len, "sub/b.txt"), DYAD_OK);
	assert_int_equal(len, strlen("no newline at end"));
	assert_string_equal(d, "no newline at end");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core_embed__names_in_strcmp_order_without_dotfiles),
		cmocka_unit_test(test_core_embed__exact_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
