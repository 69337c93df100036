/*
 * Arena and context: allocation, alignment, reset, growth, sticky failure,
 * and clean failure when the allocator hook fails the Nth allocation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/date.h"

static void test_core_arena__alloc_aligned_and_distinct(void **state)
{
	dyad_ctx *ctx;
	dyad_arena *a;
	char *p, *q;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
	p = dyad_arena_alloc(a, 3);
	q = dyad_arena_alloc(a, 5);
	assert_non_null(p);
	assert_non_null(q);
	assert_true(((uintptr_t)q % 16) == 0);
	assert_true(p != q);
	memset(p, 'x', 3);
	memset(q, 'y', 5);
	assert_int_equal(p[2], 'x');
	assert_int_equal(dyad_arena_used(a), 8);
	dyad_arena_free(a);
	dyad_ctx_free(ctx);
}

static void test_core_arena__large_and_many(void **state)
{
	dyad_ctx *ctx;
	dyad_arena *a;
	int i, round;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
	for (round = 0; round < 3; round++) {
		char *big = dyad_arena_alloc(a, 10u * 1024 * 1024);
		assert_non_null(big);
		big[10u * 1024 * 1024 - 1] = 1;
		for (i = 0; i < 100000; i++) {
			int *p = dyad_arena_alloc(a, sizeof(int) * 3);
			assert_non_null(p);
			p[2] = i;
		}
		dyad_arena_reset(a);
		assert_int_equal(dyad_arena_used(a), 0);
	}
	dyad_arena_free(a);
	dyad_ctx_free(ctx);
}

static void test_core_arena__grow_and_strndup(void **state)
{
	dyad_ctx *ctx;
	dyad_arena *a;
	char *s, *g;
	int *z;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
	s = dyad_arena_strndup(a, "Shoigu said", 6);
	assert_string_equal(s, "Shoigu");
	g = dyad_arena_grow(a, s, 7, 100);
	assert_string_equal(g, "Shoigu");
	z = dyad_arena_calloc(a, 10, sizeof *z);
	assert_int_equal(z[9], 0);
	assert_null(dyad_arena_calloc(a, SIZE_MAX / 2, 4));
	assert_true(dyad_arena_failed(a));
	assert_null(dyad_arena_alloc(a, 1)); /* sticky */
	assert_int_equal(dyad_ctx_status(ctx), DYAD_ENOMEM);
	dyad_arena_reset(a);
	assert_false(dyad_arena_failed(a));
	assert_non_null(dyad_arena_alloc(a, 1));
	dyad_arena_free(a);
	dyad_arena_free(NULL);
	dyad_ctx_free(ctx);
	dyad_ctx_free(NULL);
}

/* Walk the failure point upward: every run either succeeds or fails cleanly
 * with DYAD_ENOMEM, and nothing leaks. */
static void test_core_arena__fails_nth_allocation_cleanly(void **state)
{
	long n;
	(void)state;
	for (n = 0; n < 12; n++) {
		failing f = { n, 0 };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx = NULL;
		dyad_arena *a = NULL;
		int i, ok = 1;
		o.alloc = failing_alloc;
		o.alloc_ud = &f;
		if (dyad_ctx_new(&ctx, &o) != DYAD_OK) {
			assert_int_equal(f.live, 0);
			continue;
		}
		if (dyad_arena_new(&a, ctx) == DYAD_OK) {
			for (i = 0; i < 40 && ok; i++)
				ok = dyad_arena_alloc(a, 40000) != NULL;
			if (!ok) {
				assert_true(dyad_arena_failed(a));
				assert_int_equal(dyad_ctx_status(ctx), DYAD_ENOMEM);
				assert_string_equal(dyad_ctx_error(ctx), "out of memory");
			}
			dyad_arena_free(a);
		} else {
			assert_int_equal(dyad_ctx_status(ctx), DYAD_ENOMEM);
		}
		dyad_ctx_free(ctx);
		assert_int_equal(f.live, 0);
	}
}

static void test_core_ctx__strerror_and_options(void **state)
{
	dyad_ctx *ctx = NULL;
	dyad_ctx_options bad = DYAD_CTX_OPTIONS_INIT;
	(void)state;
	assert_string_equal(dyad_strerror(DYAD_EINPUT), "malformed input");
	assert_string_equal(dyad_strerror(12345), "unknown error");
	bad.version = 99;
	assert_int_equal(dyad_ctx_new(&ctx, &bad), DYAD_EINVALID);
	assert_null(ctx);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_string_equal(dyad_ctx_error(ctx), "");
	dyad_ctx_free(ctx);
}

static void test_core_date__valid_parse_days(void **state)
{
	int y, m, d;
	(void)state;
	assert_true(dyad_date_valid("2024-02-29"));
	assert_false(dyad_date_valid("2023-02-29"));
	assert_false(dyad_date_valid("2024-13-01"));
	assert_false(dyad_date_valid("20240101"));
	assert_false(dyad_date_valid("2024-1-01"));
	assert_int_equal(dyad_date_parse(&y, &m, &d, "19870226"), 0);
	assert_int_equal(y * 10000 + m * 100 + d, 19870226);
	assert_int_equal(dyad_date_parse(&y, &m, &d, "1987-02-30"), -1);
	assert_int_equal(dyad_date_days(1970, 1, 1), 0);
	assert_int_equal(dyad_date_days(2000, 3, 1) - dyad_date_days(2000, 2, 28), 2);
	assert_int_equal(dyad_date_days(1969, 12, 31), -1);
	{
		char buf[11];
		long k;
		for (k = -800000; k < 800000; k += 997) {
			dyad_date_from_days(&y, &m, &d, k);
			assert_int_equal(dyad_date_days(y, m, d), k);
		}
		dyad_date_format(buf, dyad_date_days(2024, 2, 29));
		assert_string_equal(buf, "2024-02-29");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core_arena__alloc_aligned_and_distinct),
		cmocka_unit_test(test_core_arena__large_and_many),
		cmocka_unit_test(test_core_arena__grow_and_strndup),
		cmocka_unit_test(test_core_arena__fails_nth_allocation_cleanly),
		cmocka_unit_test(test_core_ctx__strerror_and_options),
		cmocka_unit_test(test_core_date__valid_parse_days),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
