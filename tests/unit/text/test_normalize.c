/*
 * dyad_text_normalize: the ASCII fast path, NFC composition with a byte map
 * back to the input, invalid UTF-8, controls and line ends, limits, and
 * clean failure when allocation fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/text.h"

typedef struct fix {
	dyad_ctx *ctx;
	dyad_arena *arena;
} fix;

static int setup(void **state)
{
	fix *f = calloc(1, sizeof *f);
	if (!f || dyad_ctx_new(&f->ctx, NULL) != DYAD_OK ||
		dyad_arena_new(&f->arena, f->ctx) != DYAD_OK)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fix *f = *state;
	dyad_arena_free(f->arena);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static dyad_text norm(fix *f, const char *in, size_t len)
{
	dyad_text t;
	assert_int_equal(dyad_text_normalize(&t, f->ctx, f->arena, in, len), DYAD_OK);
	assert_non_null(t.buf);
	assert_int_equal(t.buf[t.len], '\0');
	assert_int_equal(t.input_len, len);
	return t;
}

static void test_text_normalize__ascii_is_identity(void **state)
{
	fix *f = *state;
	const char in[] = "The talks ended.\n    Reuters said\tnothing.";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_null(t.map);
	assert_int_equal(t.len, sizeof in - 1);
	assert_memory_equal(t.buf, in, t.len);
	assert_true(t.buf != in); /* a copy: input need not be NUL-terminated */
	assert_int_equal(t.n_invalid, 0);
	assert_int_equal(dyad_text_input_offset(&t, 5), 5);
	assert_int_equal(dyad_text_input_offset(&t, t.len), t.len);
}

static void test_text_normalize__empty(void **state)
{
	fix *f = *state;
	dyad_text t = norm(f, "", 0);
	assert_int_equal(t.len, 0);
	assert_null(t.map);
}

static void test_text_normalize__nfc_unchanged_keeps_identity(void **state)
{
	fix *f = *state;
	/* already NFC: curly quotes, an em dash, a pound sign, é precomposed */
	const char in[] = "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x94 \xC2\xA3" "5";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_null(t.map);
	assert_string_equal(t.buf, in);
}

static void test_text_normalize__composes_with_map(void **state)
{
	fix *f = *state;
	/* "Cafe" + U+0301 COMBINING ACUTE -> "Café"; then " ok" */
	const char in[] = "Cafe\xCC\x81 ok";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_string_equal(t.buf, "Caf\xC3\xA9 ok");
	assert_non_null(t.map);
	assert_int_equal(t.map[0], 0);
	assert_int_equal(t.map[2], 2);
	/* both bytes of é point at the 'e' that started the cluster */
	assert_int_equal(t.map[3], 3);
	assert_int_equal(t.map[4], 3);
	/* after the cluster the map is exact again */
	assert_int_equal(t.map[5], 6);
	assert_int_equal(t.map[6], 7);
	assert_int_equal(t.map[t.len], sizeof in - 1);
	assert_int_equal(dyad_text_input_offset(&t, 6), 7);
}

static void test_text_normalize__reorders_marks(void **state)
{
	fix *f = *state;
	/* a + dot below (ccc 220) + acute (ccc 230) in the wrong order:
	 * canonical order puts 220 first; the result composes to U+1EA1 +
	 * U+0301 */
	const char in[] = "a\xCC\x81\xCC\xA3";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_string_equal(t.buf, "\xE1\xBA\xA1\xCC\x81");
	assert_non_null(t.map);
}

static void test_text_normalize__invalid_utf8(void **state)
{
	fix *f = *state;
	/* a stray continuation byte, a truncated 3-byte sequence, an overlong
	 * slash and a surrogate */
	const char in[] = "ab\x80" "c\xE2\x80" "d\xC0\xAF" "e\xED\xA0\x80" "f";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_int_equal(t.n_invalid, 5);
	assert_int_equal(t.first_invalid, 2);
	assert_string_equal(t.buf, "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD"
		"e\xEF\xBF\xBD" "f");
	assert_non_null(t.map);
	assert_int_equal(t.map[2], 2);
	assert_int_equal(t.map[4], 2);
	assert_int_equal(t.map[5], 3); /* c */
	assert_int_equal(t.map[6], 4); /* the truncated sequence */
	assert_int_equal(t.map[9], 6); /* d */
}

static void test_text_normalize__truncated_at_end(void **state)
{
	fix *f = *state;
	const char in[] = "x\xF0\x9F\x98";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_int_equal(t.n_invalid, 1);
	assert_string_equal(t.buf, "x\xEF\xBF\xBD");
}

static void test_text_normalize__line_ends_and_controls(void **state)
{
	fix *f = *state;
	const char in[] = "a\r\nb\rc\0d\x01" "e\tf\x7F" "g";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_int_equal(t.len, 13);
	assert_memory_equal(t.buf, "a\nb\nc d e\tf g", 13);
	assert_non_null(t.map);
	assert_int_equal(t.map[1], 1);  /* \r\n -> \n at the \r */
	assert_int_equal(t.map[2], 3);  /* b */
	assert_int_equal(t.map[3], 4);  /* lone \r */
	assert_int_equal(t.map[5], 6);  /* NUL -> space */
	assert_int_equal(t.map[t.len], sizeof in - 1);
}

static void test_text_normalize__c1_and_separators(void **state)
{
	fix *f = *state;
	/* NEL -> \n, another C1 control -> space, U+2029 -> blank line, a
	 * byte-order mark at the start dropped */
	const char in[] = "\xEF\xBB\xBF" "a\xC2\x85" "b\xC2\x90" "c\xE2\x80\xA9" "d";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_string_equal(t.buf, "a\nb c\n\nd");
	assert_int_equal(t.map[0], 3);
}

static void test_text_normalize__input_offset_clamps(void **state)
{
	fix *f = *state;
	const char in[] = "e\xCC\x81";
	dyad_text t = norm(f, in, sizeof in - 1);
	assert_int_equal(dyad_text_input_offset(&t, 1000), sizeof in - 1);
}

static void test_text_normalize__long_mark_run_is_bounded(void **state)
{
	fix *f = *state;
	/* 5000 combining marks after one letter: cut into clusters, so this
	 * stays linear, and every byte survives */
	size_t n = 1 + 5000 * 2, i;
	char *in = malloc(n);
	dyad_text t;
	assert_non_null(in);
	in[0] = 'a';
	for (i = 0; i < 5000; i++) {
		in[1 + 2 * i] = (char)0xCC;
		in[2 + 2 * i] = (char)(i % 2 ? 0x81 : 0xA3);
	}
	t = norm(f, in, n);
	assert_true(t.len >= n - 4);
	free(in);
}

static void test_text_normalize__oom_is_clean(void **state)
{
	const char in[] = "Caf\xC3\xA9 e\xCC\x81 \r\n bad \xFF end";
	long n;
	(void)state;
	for (n = 0; n < 64; n++) {
		failing fl = { 0, 0 };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_arena *a;
		dyad_text t;
		int rc;
		o.alloc = failing_alloc;
		o.alloc_ud = &fl;
		fl.left = 2; /* the context and the arena */
		assert_int_equal(dyad_ctx_new(&ctx, &o), DYAD_OK);
		assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
		fl.left = n;
		rc = dyad_text_normalize(&t, ctx, a, in, sizeof in - 1);
		assert_true(rc == DYAD_OK || rc == DYAD_ENOMEM);
		if (rc == DYAD_ENOMEM)
			assert_int_equal(dyad_ctx_status(ctx), DYAD_ENOMEM);
		dyad_arena_free(a);
		dyad_ctx_free(ctx);
		assert_int_equal(fl.live, 0);
		if (rc == DYAD_OK)
			break;
	}
	assert_true(n < 64);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_normalize__ascii_is_identity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__nfc_unchanged_keeps_identity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__composes_with_map, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__reorders_marks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__invalid_utf8, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__truncated_at_end, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__line_ends_and_controls, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__c1_and_separators, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__input_offset_clamps, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_normalize__long_mark_run_is_bounded, setup, teardown),
		cmocka_unit_test(test_text_normalize__oom_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
