/*
 * Readers: opening inputs, the buffered window the format parsers read
 * through, format names and detection, and the helpers they share (dates,
 * whitespace, story defaults). The formats themselves live in
 * reader_jsonl.c, reader_text.c, reader_petrarch.c and reader_tabari.c.
 *
 * Input is streamed: only the record being read (bounded by max_record) and
 * one refill are in memory, so multi-gigabyte inputs cost little.
 */
#include <assert.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "ctx_internal.h"
#include "dyad/date.h"
#include "reader_internal.h"

/* How much of the input format detection looks at. */
#define DETECT_BYTES ((size_t)64 * 1024)

static const char *const format_names[] = { "auto", "jsonl", "text", "petrarch", "tabari" };

const char *dyad_format_name(dyad_format f)
{
	if ((unsigned)f < sizeof format_names / sizeof format_names[0])
		return format_names[f];
	return "unknown";
}

int dyad_format_parse(dyad_format *out, const char *name)
{
	unsigned i;
	for (i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
		if (strcmp(name, format_names[i]) == 0) {
			*out = (dyad_format)i;
			return DYAD_OK;
		}
	}
	return DYAD_EINVALID;
}

/* ---- opening and closing ---- */

static char *ctx_strdup(dyad_ctx *ctx, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = dyad_ctx_malloc(ctx, n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* A new reader with options checked; the input is attached by the caller. */
static int reader_new(dyad_reader **out, dyad_ctx *ctx, const char *name,
	const dyad_reader_options *opts)
{
	dyad_reader_options def = DYAD_READER_OPTIONS_INIT;
	dyad_reader *r;
	char date[11];

	*out = NULL;
	if (!opts)
		opts = &def;
	if (opts->version != DYAD_READER_OPTIONS_VERSION)
		return dyad__error(ctx, DYAD_EINVALID, "reader options: unknown version %u", opts->version);
	if ((unsigned)opts->format > DYAD_FORMAT_TABARI)
		return dyad__error(ctx, DYAD_EINVALID, "reader options: unknown format %d", (int)opts->format);
	if (opts->default_date && dyad__date_parse(date, opts->default_date,
			strlen(opts->default_date), DYAD__DATE_ISO) != 0)
		return dyad__error(ctx, DYAD_EINVALID, "bad default date \"%s\" (expected YYYY-MM-DD)",
			opts->default_date);

	r = dyad_ctx_malloc(ctx, sizeof *r);
	if (!r)
		return DYAD_ENOMEM;
	memset(r, 0, sizeof *r);
	r->ctx = ctx;
	r->format = opts->format;
	r->max_record = opts->max_record ? opts->max_record : DYAD_READER_DEFAULT_MAX_RECORD;
	r->chunk = DYAD_READER_CHUNK;
	r->line = 1;
	r->name = ctx_strdup(ctx, name);
	if (opts->default_date)
		r->default_date = ctx_strdup(ctx, date);
	if (!r->name || (opts->default_date && !r->default_date)) {
		dyad_reader_free(r);
		return DYAD_ENOMEM;
	}
	*out = r;
	return DYAD_OK;
}

int dyad_reader_open(dyad_reader **out, dyad_ctx *ctx, const char *path,
	const dyad_reader_options *opts)
{
	struct stat st;
	FILE *fp;
	int rc;

	assert(out && ctx && path);
	*out = NULL;
	if (strcmp(path, "-") == 0)
		return dyad_reader_open_file(out, ctx, stdin, "<stdin>", opts);
	fp = fopen(path, "rb");
	if (!fp)
		return dyad__error(ctx, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
			strerror(errno));
	/* fopen succeeds on a directory; reading it would fail later and vaguer */
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return dyad__error(ctx, DYAD_EIO, "%s: %s", path, strerror(EISDIR));
	}
	rc = dyad_reader_open_file(out, ctx, fp, path, opts);
	if (rc < 0) {
		fclose(fp);
		return rc;
	}
	(*out)->own_fp = 1;
	return DYAD_OK;
}

int dyad_reader_open_file(dyad_reader **out, dyad_ctx *ctx, FILE *fp, const char *name,
	const dyad_reader_options *opts)
{
	int rc;

	assert(out && ctx && fp);
	rc = reader_new(out, ctx, name ? name : "<stdin>", opts);
	if (rc < 0)
		return rc;
	(*out)->fp = fp;
	return DYAD_OK;
}

int dyad_reader_open_mem(dyad_reader **out, dyad_ctx *ctx, const char *buf, size_t len,
	const char *name, const dyad_reader_options *opts)
{
	int rc;

	assert(out && ctx && (buf || len == 0));
	rc = reader_new(out, ctx, name ? name : "<memory>", opts);
	if (rc < 0)
		return rc;
	(*out)->data = buf ? buf : "";
	(*out)->mem_len = len;
	(*out)->chunk = 0; /* all at once unless a test asks otherwise */
	return DYAD_OK;
}

void dyad_reader_free(dyad_reader *r)
{
	dyad_ctx *ctx;

	if (!r)
		return;
	ctx = r->ctx;
	dyad__petrarch_free(r);
	if (r->own_fp)
		fclose(r->fp);
	dyad_ctx_free_mem(ctx, r->buf, r->cap);
	dyad_ctx_free_mem(ctx, r->scratch, r->scratch_cap);
	if (r->name)
		dyad_ctx_free_mem(ctx, r->name, strlen(r->name) + 1);
	if (r->default_date)
		dyad_ctx_free_mem(ctx, r->default_date, strlen(r->default_date) + 1);
	dyad_ctx_free_mem(ctx, r, sizeof *r);
}

dyad_format dyad_reader_format(const dyad_reader *r)
{
	return r->format;
}

void dyad__reader_set_chunk(dyad_reader *r, size_t n)
{
	r->chunk = n ? n : 1;
}

void dyad__reader_set_hooks(dyad_reader *r, const dyad__reader_hooks *h)
{
	if (h)
		r->hooks = *h;
	else
		memset(&r->hooks, 0, sizeof r->hooks);
}

/* ---- the window ---- */

/* Room for chunk more bytes at the end of buf. Capacity is kept near
 * max_record plus one chunk, the most a parser needs at once. */
static int make_room(dyad_reader *r, size_t want)
{
	size_t need, ncap, bound;
	char *nb;

	if (r->cap - r->len >= want)
		return DYAD_OK;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
		r->data = r->buf;
		if (r->cap - r->len >= want)
			return DYAD_OK;
	}
	need = r->len + want;
	if (need < want)
		return dyad__oom(r->ctx);
	ncap = r->cap > need / 2 ? r->cap * 2 : need;
	bound = r->max_record + 64 + want;
	if (ncap > bound && need <= bound)
		ncap = bound;
	if (ncap < need)
		ncap = need;
	nb = dyad_ctx_realloc(r->ctx, r->buf, r->cap, ncap);
	if (!nb)
		return DYAD_ENOMEM;
	r->buf = nb;
	r->data = nb;
	r->cap = ncap;
	return DYAD_OK;
}

int dyad__reader_fill(dyad_reader *r)
{
	size_t got;
	int rc;

	if (r->eof)
		return 0;
	if (!r->fp) {
		size_t add = r->mem_len - r->len;
		if (r->chunk && r->chunk < add)
			add = r->chunk;
		r->len += add;
		if (r->len == r->mem_len)
			r->eof = 1;
		return add > 0;
	}
	rc = make_room(r, r->chunk);
	if (rc < 0)
		return rc;
	got = fread(r->buf + r->len, 1, r->chunk, r->fp);
	r->len += got;
	if (got < r->chunk) {
		if (ferror(r->fp))
			return dyad__error(r->ctx, DYAD_EIO, "%s: read error: %s", r->name,
				strerror(errno));
		r->eof = 1;
	}
	return got > 0;
}

void dyad__reader_consume(dyad_reader *r, size_t n)
{
	const char *p = r->data + r->pos, *end = p + n;

	assert(n <= r->len - r->pos);
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		r->line++;
		p++;
	}
	r->pos += n;
}

/* Stream past the rest of an over-long line without keeping it; last is
 * the byte before the window, so that a "\r\n" split by a refill counts. */
static int skip_line(dyad_reader *r, size_t *total, char last)
{
	for (;;) {
		size_t avail = r->len - r->pos;
		const char *p = r->data + r->pos;
		const char *nl = memchr(p, '\n', avail);
		int rc;

		if (nl) {
			size_t k = (size_t)(nl - p);
			*total += k - ((k ? nl[-1] : last) == '\r');
			dyad__reader_consume(r, k + 1);
			return DYAD_OK;
		}
		if (avail)
			last = p[avail - 1];
		*total += avail;
		r->pos = r->len; /* no newline in it: the line count stands */
		rc = dyad__reader_fill(r);
		if (rc <= 0)
			return rc;
	}
}

int dyad__reader_getline(dyad_reader *r, const char **line, size_t *len, long *lineno)
{
	size_t scanned = 0;

	*lineno = r->line;
	for (;;) {
		size_t avail = r->len - r->pos, n;
		const char *p = r->data + r->pos;
		const char *nl = memchr(p + scanned, '\n', avail - scanned);
		int rc;

		if (nl || (r->eof && avail > 0)) {
			n = nl ? (size_t)(nl - p) : avail;
			*len = n;
			if (n > 0 && p[n - 1] == '\r')
				(*len)--;
			dyad__reader_consume(r, nl ? n + 1 : n);
			*line = p; /* still valid: consume moves nothing */
			return *len > r->max_record ? DYAD_ELIMIT : 1;
		}
		if (r->eof)
			return 0;
		/* max_record bytes, "\r", and still no "\n": too long for sure */
		if (avail > r->max_record + 1) {
			*len = avail;
			r->first_byte = *p;
			*line = &r->first_byte;
			r->pos = r->len;
			rc = skip_line(r, len, p[avail - 1]);
			return rc < 0 ? rc : DYAD_ELIMIT;
		}
		scanned = avail;
		rc = dyad__reader_fill(r);
		if (rc < 0)
			return rc;
	}
}

/* ---- scratch ---- */

void dyad__scratch_clear(dyad_reader *r)
{
	r->scratch_len = 0;
}

int dyad__scratch_add(dyad_reader *r, const char *s, size_t n)
{
	if (r->scratch_cap - r->scratch_len < n + 1) {
		size_t ncap = r->scratch_cap ? r->scratch_cap : 256;
		char *p;
		while (ncap - r->scratch_len < n + 1) {
			if (ncap > ((size_t)-1) / 2)
				return dyad__oom(r->ctx);
			ncap *= 2;
		}
		p = dyad_ctx_realloc(r->ctx, r->scratch, r->scratch_cap, ncap);
		if (!p)
			return DYAD_ENOMEM;
		r->scratch = p;
		r->scratch_cap = ncap;
	}
	if (n)
		memcpy(r->scratch + r->scratch_len, s, n);
	r->scratch_len += n;
	r->scratch[r->scratch_len] = '\0';
	return DYAD_OK;
}

/* ---- shared helpers ---- */

static int all_digits(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Reshape to "YYYY-MM-DD"; the calendar check is dyad_date_valid's. */
int dyad__date_parse(char out[11], const char *s, size_t len, unsigned shapes)
{
	if (len == 10 && (shapes & DYAD__DATE_ISO) && s[4] == '-' && s[7] == '-') {
		memcpy(out, s, 10);
	} else if (len == 8 && (shapes & DYAD__DATE_YMD8) && all_digits(s, 8)) {
		memcpy(out, s, 4);
		memcpy(out + 5, s + 4, 2);
		memcpy(out + 8, s + 6, 2);
	} else if (len == 6 && (shapes & DYAD__DATE_YMD6) && all_digits(s, 6)) {
		/* Two-digit years as TABARI reads them (manual 6.5.2): 00-30
		 * are 2000-2030, the rest 1900s. Dictionaries use the same rule. */
		int yy = (s[0] - '0') * 10 + (s[1] - '0');
		memcpy(out, yy <= 30 ? "20" : "19", 2);
		memcpy(out + 2, s, 2);
		memcpy(out + 5, s + 2, 2);
		memcpy(out + 8, s + 4, 2);
	} else {
		return -1;
	}
	out[4] = out[7] = '-';
	out[10] = '\0';
	return dyad_date_valid(out) ? 0 : -1;
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

char *dyad__collapse_ws(dyad_arena *a, const char *s, size_t len, int all, size_t *out_len)
{
	char *d = dyad_arena_alloc(a, len + 1);
	size_t i = 0, n = 0;

	if (!d)
		return NULL;
	while (i < len && is_ws(s[i]))
		i++;
	while (i < len) {
		size_t j = i;
		int nl = 0;

		if (!is_ws(s[i])) {
			d[n++] = s[i++];
			continue;
		}
		while (j < len && is_ws(s[j]))
			nl |= s[j++] == '\n';
		if (j == len)
			break; /* trailing */
		if (all || nl) {
			d[n++] = ' ';
		} else {
			memcpy(d + n, s + i, j - i);
			n += j - i;
		}
		i = j;
	}
	d[n] = '\0';
	*out_len = n;
	return d;
}

int dyad__story_init(dyad_reader *r, dyad_arena *a, dyad_story *out, long line, long index)
{
	memset(out, 0, sizeof *out);
	out->line = line;
	out->index = index;
	out->file = dyad_arena_strndup(a, r->name, strlen(r->name));
	if (r->default_date)
		out->date = dyad_arena_strndup(a, r->default_date, 10);
	if (!out->file || (r->default_date && !out->date))
		return dyad__oom(r->ctx);
	return DYAD_OK;
}

int dyad__reader_too_long(dyad_reader *r, long line, size_t n)
{
	return dyad__error(r->ctx, DYAD_ELIMIT, "%s:%ld: record of %zu bytes exceeds the limit of %zu bytes",
		r->name, line, n, r->max_record);
}

/* ---- detection and dispatch ---- */

/* A TABARI header: six (or, with SET: YYYY, eight) digits, blanks, an id. */
static int tabari_header(const char *p, const char *end)
{
	size_t n = 0;
	while (p + n < end && p[n] >= '0' && p[n] <= '9')
		n++;
	if (n != 6 && n != 8)
		return 0;
	p += n;
	if (p == end || (*p != ' ' && *p != '\t'))
		return 0;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p < end && !is_ws(*p);
}

/* A TABARI record starts a block (after a blank line, or first in the file);
 * blocks that do not start with a digit are comments (manual, 4.3), so a
 * header is looked for at the start of every block in the window. */
static int looks_tabari(const char *p, size_t n)
{
	const char *end = p + n;
	int block_start = 1;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *q = p;
		while (q < eol && is_ws(*q))
			q++;
		if (q == eol) {
			block_start = 1;
		} else {
			if (block_start && tabari_header(p, eol))
				return 1;
			block_start = 0;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}

static dyad_format by_extension(const char *name)
{
	const char *slash = strrchr(name, '/');
	const char *dot = strrchr(slash ? slash + 1 : name, '.');

	if (!dot)
		return DYAD_FORMAT_AUTO;
	if (strcmp(dot, ".jsonl") == 0 || strcmp(dot, ".json") == 0)
		return DYAD_FORMAT_JSONL;
	if (strcmp(dot, ".xml") == 0)
		return DYAD_FORMAT_PETRARCH;
	if (strcmp(dot, ".txt") == 0)
		return DYAD_FORMAT_TEXT;
	return DYAD_FORMAT_AUTO;
}

static dyad_format detect(const char *p, size_t n, const char *name)
{
	size_t i = 0;
	dyad_format f;

	while (i < n && is_ws(p[i]))
		i++;
	if (i < n && p[i] == '{')
		return DYAD_FORMAT_JSONL;
	if (i < n && p[i] == '<')
		return DYAD_FORMAT_PETRARCH;
	if (i < n && looks_tabari(p, n))
		return DYAD_FORMAT_TABARI;
	f = by_extension(name);
	return f != DYAD_FORMAT_AUTO ? f : DYAD_FORMAT_TEXT;
}

/* Skip a UTF-8 byte order mark and settle the format. */
static int start(dyad_reader *r)
{
	size_t want = r->format == DYAD_FORMAT_AUTO ? DETECT_BYTES : 3;
	int rc;

	while (!r->eof && r->len - r->pos < want) {
		rc = dyad__reader_fill(r);
		if (rc < 0)
			return rc;
	}
	if (r->len - r->pos >= 3 && memcmp(r->data + r->pos, "\xEF\xBB\xBF", 3) == 0)
		r->pos += 3;
	if (r->format == DYAD_FORMAT_AUTO)
		r->format = detect(r->data + r->pos, r->len - r->pos, r->name);
	r->started = 1;
	return DYAD_OK;
}

int dyad_reader_next(dyad_reader *r, dyad_arena *arena, dyad_story *out)
{
	int rc;

	assert(r && arena && out);
	memset(out, 0, sizeof *out);
	if (!r->started) {
		rc = start(r);
		if (rc < 0)
			return rc;
	}
	if (r->finished)
		return 0;
	switch (r->format) {
	case DYAD_FORMAT_JSONL: rc = dyad__jsonl_next(r, arena, out); break;
	case DYAD_FORMAT_TEXT: rc = dyad__text_next(r, arena, out); break;
	case DYAD_FORMAT_PETRARCH: rc = dyad__petrarch_next(r, arena, out); break;
	default: rc = dyad__tabari_next(r, arena, out); break;
	}
	if (rc == 0)
		r->finished = 1;
	return rc;
}
