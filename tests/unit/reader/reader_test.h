/*
 * Helpers for the reader tests: a context, an arena and a reader together,
 * a transcript of everything a reader yields (so that reading with
 * different refill sizes or from memory vs FILE can be compared), and
 * fixture paths.
 */
#ifndef DYAD_TEST_READER_H
#define DYAD_TEST_READER_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/reader.h"
#include "text/reader_internal.h"

typedef struct rt {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_reader *r;
	FILE *fp;
} rt;

static inline void rt_init(rt *t)
{
	memset(t, 0, sizeof *t);
	assert_int_equal(dyad_ctx_new(&t->ctx, NULL), 0);
	assert_int_equal(dyad_arena_new(&t->arena, t->ctx), 0);
}

/* A reader over s (NUL-terminated unless n is given). */
static inline void rt_mem(rt *t, const char *s, size_t n, const char *name,
	const dyad_reader_options *o)
{
	rt_init(t);
	assert_int_equal(dyad_reader_open_mem(&t->r, t->ctx, s, n, name, o), 0);
}

/* The same through a FILE, as stdin would be. */
static inline void rt_file(rt *t, const char *s, size_t n, const char *name,
	const dyad_reader_options *o)
{
	rt_init(t);
	t->fp = fmemopen((void *)s, n, "rb");
	assert_non_null(t->fp);
	assert_int_equal(dyad_reader_open_file(&t->r, t->ctx, t->fp, name, o), 0);
}

static inline int rt_next(rt *t, dyad_story *s)
{
	dyad_arena_reset(t->arena);
	return dyad_reader_next(t->r, t->arena, s);
}

static inline const char *rt_err(const rt *t)
{
	return dyad_ctx_error(t->ctx);
}

static inline void rt_free(rt *t)
{
	dyad_reader_free(t->r);
	if (t->fp)
		fclose(t->fp);
	dyad_arena_free(t->arena);
	dyad_ctx_free(t->ctx);
	memset(t, 0, sizeof *t);
}

/* Expect a rejection with exactly this message. */
static inline void rt_expect_reject(rt *t, int status, const char *msg)
{
	dyad_story s;
	assert_int_equal(rt_next(t, &s), status);
	assert_string_equal(rt_err(t), msg);
}

static inline void rt_expect_end(rt *t)
{
	dyad_story s;
	assert_int_equal(rt_next(t, &s), 0);
	assert_int_equal(rt_next(t, &s), 0); /* and it stays ended */
}

static inline void tr_add(char **buf, size_t *len, const char *fmt, ...)
{
	va_list ap;
	int n;
	char tmp[512];

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	if ((size_t)n >= sizeof tmp)
		n = sizeof tmp - 1;
	*buf = realloc(*buf, *len + (size_t)n + 1);
	assert_non_null(*buf);
	memcpy(*buf + *len, tmp, (size_t)n + 1);
	*len += (size_t)n;
}

/* Everything the reader yields for s, as one malloc'd string (caller
 * frees). chunk 0 keeps the default refill size; use_file reads via FILE. */
static inline char *rt_transcript(const char *s, size_t n, const dyad_reader_options *o,
	size_t chunk, int use_file)
{
	rt t;
	char *out = NULL;
	size_t len = 0;
	int guard = 0;

	if (use_file)
		rt_file(&t, s, n, "in", o);
	else
		rt_mem(&t, s, n, "in", o);
	if (chunk)
		dyad__reader_set_chunk(t.r, chunk);
	tr_add(&out, &len, "");
	for (;;) {
		dyad_story st;
		int rc = rt_next(&t, &st);
		assert_true(++guard < 100000);
		if (rc == 0)
			break;
		if (rc != 1) {
			tr_add(&out, &len, "%d %s\n", rc, rt_err(&t));
			continue;
		}
		tr_add(&out, &len, "%s|%s|%ld|%ld|%zu|%s|%s|%s\n", st.id, st.date ? st.date : "-",
			st.line, st.index, st.text_len, st.text, st.parse ? st.parse : "-", st.file);
	}
	tr_add(&out, &len, "format %s\n", dyad_format_name(dyad_reader_format(t.r)));
	rt_free(&t);
	return out;
}

/* The transcript must not depend on how the input arrives. */
static inline void rt_check_chunking(const char *s, size_t n, const dyad_reader_options *o)
{
	static const size_t chunks[] = { 1, 2, 3, 5, 11, 64 };
	char *ref = rt_transcript(s, n, o, 0, 0);
	size_t i;

	for (i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
		char *m = rt_transcript(s, n, o, chunks[i], 0);
		char *f = n ? rt_transcript(s, n, o, chunks[i], 1) : NULL;
		assert_string_equal(ref, m);
		if (f)
			assert_string_equal(ref, f);
		free(m);
		free(f);
	}
	free(ref);
}

/* tests/data/reader/<name>, from DYAD_TEST_DATA. */
static inline const char *rt_data(char *buf, size_t size, const char *name)
{
	const char *dir = getenv("DYAD_TEST_DATA");
	snprintf(buf, size, "%s/reader/%s", dir ? dir : "tests/data", name);
	return buf;
}

#endif
