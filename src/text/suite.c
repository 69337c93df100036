/*
 * Suite reader: opening a suite (format detection, the TABARI .project
 * indirection, the PETRARCH <Environment> look-ahead), the dictionary list,
 * dispatch to the formats (suite_tabari.c, suite_petrarch.c), and the
 * record-building helpers they share. See dyad/suite.h.
 *
 * Records are read through a dyad_reader over the records' file, so input
 * is streamed and limited the same way as a story reader's.
 */
#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "ctx_internal.h"
#include "suite_internal.h"

/* How much of a file is looked at before reading records: enough for any
 * .project and for the PETRARCH preamble (<Environment>); more is not read. */
#define HEAD_BYTES ((size_t)1024 * 1024)

/* ---- helpers for the formats ---- */

void *dyad__suite_push(dyad_arena *a, void *arrayp, size_t *n, size_t *cap, size_t size)
{
	char **array = arrayp;
	char *p;

	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		char *grown = dyad_arena_grow(a, *array, *cap * size, ncap * size);
		if (!grown)
			return NULL;
		*array = grown;
		*cap = ncap;
	}
	p = *array + *n * size;
	memset(p, 0, size);
	(*n)++;
	return p;
}

int dyad__suite_warn(dyad_arena *a, dyad_suite_record *rec, size_t *cap, const char *fmt, ...)
{
	char msg[512];
	const char **slot;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof msg)
		n = sizeof msg - 1;
	slot = dyad__suite_push(a, &rec->warnings, &rec->n_warnings, cap, sizeof *slot);
	if (!slot || !(*slot = dyad_arena_strndup(a, msg, (size_t)n)))
		return DYAD_ENOMEM;
	return DYAD_OK;
}

int dyad__suite_buf_add(dyad_ctx *ctx, char **buf, size_t *len, size_t *cap, const char *p,
	size_t n)
{
	if (*cap - *len < n + 1) {
		size_t ncap = *cap ? *cap : 256;
		char *nb;
		while (ncap - *len < n + 1) {
			if (ncap > ((size_t)-1) / 2)
				return dyad__oom(ctx);
			ncap *= 2;
		}
		nb = dyad_ctx_realloc(ctx, *buf, *cap, ncap);
		if (!nb)
			return DYAD_ENOMEM;
		*buf = nb;
		*cap = ncap;
	}
	if (n)
		memcpy(*buf + *len, p, n);
	*len += n;
	(*buf)[*len] = '\0';
	return DYAD_OK;
}

void dyad__suite_trim(const char **s, size_t *n)
{
	const char *p = *s;
	size_t k = *n;

	while (k && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++, k--;
	while (k && (p[k - 1] == ' ' || p[k - 1] == '\t' || p[k - 1] == '\r' || p[k - 1] == '\n'))
		k--;
	*s = p;
	*n = k;
}

int dyad__suite_add_dict(dyad_suite *s, const char *dir, size_t dir_len, const char *name,
	size_t name_len, const char *role)
{
	suite_dict *d;
	char *path;
	size_t len;

	if (name[0] == '/')
		dir_len = 0;
	len = dir_len + name_len;
	if (s->n_dicts == s->cap_dicts) {
		size_t ncap = s->cap_dicts ? s->cap_dicts * 2 : 8;
		suite_dict *nd = dyad_ctx_realloc(s->ctx, s->dicts, s->cap_dicts * sizeof *nd,
			ncap * sizeof *nd);
		if (!nd)
			return DYAD_ENOMEM;
		s->dicts = nd;
		s->cap_dicts = ncap;
	}
	path = dyad_ctx_malloc(s->ctx, len + 1);
	if (!path)
		return DYAD_ENOMEM;
	memcpy(path, dir, dir_len);
	memcpy(path + dir_len, name, name_len);
	path[len] = '\0';
	d = &s->dicts[s->n_dicts++];
	d->path = path;
	d->role = role;
	return DYAD_OK;
}

/* ---- opening ---- */

/* Up to HEAD_BYTES of path into a ctx buffer (caller frees *len + 1). */
static int read_head(dyad_ctx *ctx, const char *path, char **out, size_t *len)
{
	struct stat st;
	FILE *fp = fopen(path, "rb");
	char *buf;
	size_t got;

	*out = NULL;
	*len = 0;
	if (!fp)
		return dyad__error(ctx, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
			strerror(errno));
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return dyad__error(ctx, DYAD_EIO, "%s: %s", path, strerror(EISDIR));
	}
	buf = dyad_ctx_malloc(ctx, HEAD_BYTES + 1);
	if (!buf) {
		fclose(fp);
		return DYAD_ENOMEM;
	}
	got = fread(buf, 1, HEAD_BYTES, fp);
	if (ferror(fp)) {
		fclose(fp);
		dyad_ctx_free_mem(ctx, buf, HEAD_BYTES + 1);
		return dyad__error(ctx, DYAD_EIO, "%s: read error: %s", path, strerror(errno));
	}
	fclose(fp);
	buf[got] = '\0';
	*out = buf;
	*len = got;
	return DYAD_OK;
}

/* A .project names its files on lines starting "<textfile>" (4.2). */
static int is_project(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - p) : n;
		if (end - i >= 10 && strncasecmp(p + i, "<textfile>", 10) == 0)
			return 1;
		i = end + 1;
	}
	return 0;
}

static int first_is_lt(const char *p, size_t n)
{
	size_t i = 0;
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	return i < n && p[i] == '<';
}

static int has_ext(const char *path, const char *ext)
{
	size_t n = strlen(path), e = strlen(ext);
	return n > e && strcasecmp(path + n - e, ext) == 0;
}

static size_t dir_len_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) + 1 : 0;
}

static int suite_new(dyad_suite **out, dyad_ctx *ctx, dyad_suite_format fmt)
{
	dyad_suite *s = dyad_ctx_malloc(ctx, sizeof *s);

	*out = NULL;
	if (!s)
		return DYAD_ENOMEM;
	memset(s, 0, sizeof *s);
	s->ctx = ctx;
	s->format = fmt;
	*out = s;
	return DYAD_OK;
}

static const dyad_reader_options *reader_opts(dyad_reader_options *o, dyad_suite_format fmt)
{
	dyad_reader_options def = DYAD_READER_OPTIONS_INIT;
	*o = def;
	o->format = fmt == DYAD_SUITE_PETRARCH ? DYAD_FORMAT_PETRARCH : DYAD_FORMAT_TABARI;
	return o;
}

int dyad_suite_open(dyad_suite **out, dyad_ctx *ctx, const char *path, dyad_suite_format fmt)
{
	dyad_reader_options ro;
	dyad_suite *s = NULL;
	char *head = NULL, *text_path = NULL;
	size_t len = 0;
	int rc, project;

	assert(out && ctx && path && (unsigned)fmt <= DYAD_SUITE_PETRARCH);
	*out = NULL;
	rc = read_head(ctx, path, &head, &len);
	if (rc < 0)
		return rc;
	project = fmt != DYAD_SUITE_PETRARCH && !has_ext(path, ".xml") &&
		(has_ext(path, ".project") || is_project(head, len));
	if (fmt == DYAD_SUITE_AUTO)
		fmt = !project && (has_ext(path, ".xml") || first_is_lt(head, len)) ?
			DYAD_SUITE_PETRARCH : DYAD_SUITE_TABARI;
	rc = suite_new(&s, ctx, fmt);
	if (rc == 0 && project)
		rc = dyad__suite_tabari_project(s, head, len, path, dir_len_of(path), &text_path);
	if (rc == 0 && fmt == DYAD_SUITE_PETRARCH)
		rc = dyad__suite_petrarch_start(s, head, len, path, dir_len_of(path));
	if (rc == 0)
		rc = dyad_reader_open(&s->r, ctx, text_path ? text_path : path, reader_opts(&ro, fmt));
	if (text_path)
		dyad_ctx_free_mem(ctx, text_path, strlen(text_path) + 1);
	dyad_ctx_free_mem(ctx, head, HEAD_BYTES + 1);
	if (rc < 0) {
		dyad_suite_free(s);
		return rc;
	}
	*out = s;
	return DYAD_OK;
}

int dyad_suite_open_mem(dyad_suite **out, dyad_ctx *ctx, const char *buf, size_t len,
	const char *name, dyad_suite_format fmt)
{
	dyad_reader_options ro;
	dyad_suite *s;
	int rc;

	assert(out && ctx && (buf || len == 0));
	assert(fmt == DYAD_SUITE_TABARI || fmt == DYAD_SUITE_PETRARCH);
	if (!name)
		name = "<memory>";
	rc = suite_new(&s, ctx, fmt);
	if (rc < 0)
		return rc;
	if (fmt == DYAD_SUITE_PETRARCH)
		rc = dyad__suite_petrarch_start(s, buf ? buf : "", len < HEAD_BYTES ? len : HEAD_BYTES,
			name, dir_len_of(name));
	if (rc == 0)
		rc = dyad_reader_open_mem(&s->r, ctx, buf, len, name, reader_opts(&ro, fmt));
	if (rc < 0) {
		dyad_suite_free(s);
		return rc;
	}
	*out = s;
	return DYAD_OK;
}

dyad_suite_format dyad_suite_format_of(const dyad_suite *s)
{
	return s->format;
}

size_t dyad_suite_dict_count(const dyad_suite *s)
{
	return s->n_dicts;
}

const char *dyad_suite_dict_path(const dyad_suite *s, size_t i)
{
	assert(i < s->n_dicts);
	return s->dicts[i].path;
}

const char *dyad_suite_dict_role(const dyad_suite *s, size_t i)
{
	assert(i < s->n_dicts);
	return s->dicts[i].role;
}

int dyad_suite_next(dyad_suite *s, dyad_arena *arena, dyad_suite_record *out)
{
	int rc;

	assert(s && arena && out);
	memset(out, 0, sizeof *out);
	if (s->format == DYAD_SUITE_PETRARCH)
		rc = dyad__suite_petrarch_next(s, arena, out);
	else
		rc = dyad__suite_tabari_next(s, arena, out);
	if (rc == 1 && dyad_arena_failed(arena))
		rc = dyad__oom(s->ctx);
	if (rc != 1)
		memset(out, 0, sizeof *out);
	return rc;
}

void dyad_suite_free(dyad_suite *s)
{
	dyad_ctx *ctx;
	size_t i;

	if (!s)
		return;
	ctx = s->ctx;
	dyad_reader_free(s->r);
	for (i = 0; i < s->n_dicts; i++)
		dyad_ctx_free_mem(ctx, s->dicts[i].path, strlen(s->dicts[i].path) + 1);
	dyad_ctx_free_mem(ctx, s->dicts, s->cap_dicts * sizeof *s->dicts);
	dyad_ctx_free_mem(ctx, s->body, s->body_cap);
	dyad_ctx_free_mem(ctx, s->outside, s->outside_cap);
	if (s->include)
		dyad_ctx_free_mem(ctx, s->include, strlen(s->include) + 1);
	dyad_ctx_free_mem(ctx, s, sizeof *s);
}
