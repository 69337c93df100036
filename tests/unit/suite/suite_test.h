/*
 * Helpers for the suite reader's tests: a context, arena and suite
 * together; a transcript of everything a suite yields (records, their
 * expectations and warnings, rejections) so that whole readings can be
 * compared; fixture paths; and an allocator that fails the Nth allocation.
 */
#ifndef DYAD_TEST_SUITE_H
#define DYAD_TEST_SUITE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/suite.h"
#include "text/suite_internal.h"

typedef struct st {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_suite *s;
} st;

static inline void st_mem(st *t, const char *text, dyad_suite_format fmt)
{
	memset(t, 0, sizeof *t);
	assert_int_equal(dyad_ctx_new(&t->ctx, NULL), 0);
	assert_int_equal(dyad_arena_new(&t->arena, t->ctx), 0);
	assert_int_equal(dyad_suite_open_mem(&t->s, t->ctx, text, strlen(text), "t", fmt), 0);
}

static inline int st_next(st *t, dyad_suite_record *r)
{
	dyad_arena_reset(t->arena);
	return dyad_suite_next(t->s, t->arena, r);
}

static inline void st_free(st *t)
{
	dyad_suite_free(t->s);
	dyad_arena_free(t->arena);
	dyad_ctx_free(t->ctx);
	memset(t, 0, sizeof *t);
}

/* The next call must reject a record with exactly this message. */
static inline void st_expect_reject(st *t, int status, const char *msg)
{
	dyad_suite_record r;
	assert_int_equal(st_next(t, &r), status);
	assert_string_equal(dyad_ctx_error(t->ctx), msg);
}

static inline void st_add(char **buf, size_t *len, const char *fmt, ...)
{
	va_list ap;
	char tmp[1024];
	int n;

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

static inline const char *nz(const char *s)
{
	return s ? s : "-";
}

/* One record in the transcript's words. */
static inline void st_record(char **out, size_t *len, const dyad_suite_record *r)
{
	size_t i;

	st_add(out, len, "%s|%s|%ld|%ld|std%d none%d disc%d cx%d unchk%d unval%d|%s|%s|%s\n",
		r->story.id, nz(r->story.date), r->story.line, r->story.index, r->standard,
		r->expect_none, r->discard, r->complex, r->unchecked, r->unvalidated, nz(r->error),
		nz(r->category), r->story.text);
	for (i = 0; i < r->n_events; i++)
		st_add(out, len, " E %s / %s / %s @%s L%ld\n", r->events[i].source,
			r->events[i].target, r->events[i].code, nz(r->events[i].date), r->events[i].line);
	for (i = 0; i < r->n_options; i++)
		st_add(out, len, " O %s\n", r->options[i]);
	for (i = 0; i < r->n_warnings; i++)
		st_add(out, len, " W %s\n", r->warnings[i]);
	if (r->note)
		st_add(out, len, " N %s\n", r->note);
}

/* Everything the suite over text yields, read chunk bytes at a time (0:
 * at once), as one malloc'd string (caller frees). */
static inline char *st_transcript(const char *text, dyad_suite_format fmt, size_t chunk)
{
	char *out = NULL;
	size_t len = 0;
	int guard = 0;
	st t;

	st_mem(&t, text, fmt);
	if (chunk)
		dyad__reader_set_chunk(t.s->r, chunk);
	st_add(&out, &len, "");
	for (;;) {
		dyad_suite_record r;
		int rc = st_next(&t, &r);
		assert_true(++guard < 100000);
		if (rc == 0)
			break;
		if (rc != 1) {
			st_add(&out, &len, "R %d %s\n", rc, dyad_ctx_error(t.ctx));
			continue;
		}
		st_record(&out, &len, &r);
	}
	st_free(&t);
	return out;
}

/* The transcript must not depend on how the input arrives. */
static inline void st_check_chunking(const char *text, dyad_suite_format fmt)
{
	static const size_t chunks[] = { 1, 2, 7, 64 };
	char *ref = st_transcript(text, fmt, 0);
	size_t i;

	for (i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
		char *m = st_transcript(text, fmt, chunks[i]);
		assert_string_equal(ref, m);
		free(m);
	}
	free(ref);
}

/* tests/data/suite/<name>, from DYAD_TEST_DATA. */
static inline const char *st_data(char *buf, size_t size, const char *name)
{
	const char *dir = getenv("DYAD_TEST_DATA");
	snprintf(buf, size, "%s/suite/%s", dir ? dir : "tests/data", name);
	return buf;
}

/* ---- fault injection: fail the Nth allocation, count what is live ---- */

typedef struct failing {
	long n, fail_at;     /* fail_at < 0: never */
	long live;
} failing;

static void *failing_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	failing *f = ud;
	void *p;

	if (nsize == 0) {
		if (ptr)
			f->live--;
		free(ptr);
		return NULL;
	}
	if (++f->n == f->fail_at)
		return NULL;
	p = realloc(ptr, nsize);
	if (p && !ptr)
		f->live++;
	(void)osize;
	return p;
}

/* Read text whole with the Nth allocation failing: every call returns a
 * status, and nothing is left allocated afterwards. Returns 1 when the
 * reading got to its end without meeting the failure. */
static inline int st_read_failing(const char *text, dyad_suite_format fmt, long fail_at)
{
	failing f = { 0, fail_at, 0 };
	dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
	dyad_ctx *ctx = NULL;
	dyad_arena *arena = NULL;
	dyad_suite *s = NULL;
	int rc, guard = 0, clean = 0;

	o.alloc = failing_alloc;
	o.alloc_ud = &f;
	if (dyad_ctx_new(&ctx, &o) != 0)
		goto out;
	if (dyad_arena_new(&arena, ctx) != 0)
		goto out;
	if (dyad_suite_open_mem(&s, ctx, text, strlen(text), "t", fmt) != 0)
		goto out;
	for (;;) {
		dyad_suite_record r;
		dyad_arena_reset(arena);
		rc = dyad_suite_next(s, arena, &r);
		assert_true(++guard < 10000);
		if (rc == 0) {
			clean = 1;
			break;
		}
		if (rc == DYAD_ENOMEM) {
			assert_string_equal(dyad_ctx_error(ctx), "out of memory");
			break;
		}
		assert_true(rc == 1 || rc == DYAD_EINPUT);
	}
out:
	dyad_suite_free(s);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	assert_int_equal(f.live, 0);
	return clean && f.n < fail_at;
}

/* Walk the failure through every allocation of a reading. */
static inline void st_check_oom(const char *text, dyad_suite_format fmt)
{
	long n;
	for (n = 1; n < 100000; n++)
		if (st_read_failing(text, fmt, n))
			return;
	fail_msg("allocation walk did not finish");
}

#endif
