/*
 * The CAMEO event code table (dyad/codes.h; format in docs/codes.md): a
 * tab-separated file, '#' comments, a header line naming the columns, one
 * row per code. Loading copies the text once, cuts it into fields in place
 * and sorts the rows by code, so a lookup is a binary search and the rows'
 * strings point into that one copy.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/builtin.h"
#include "dyad/codes.h"
#include "ctx_internal.h"

#define BUILTIN_NAME "cameo-codes.tsv"
#define CODE_MIN 2 /* CAMEO event codes: a 2-digit root, 3- and 4-digit codes */
#define CODE_MAX 4

enum { C_CODE, C_NAME, C_ROOT, C_QUAD, C_GOLDSTEIN, C_EVENT, C_MODE, C_CONTEXT, C_INHERITED, NCOL };

static const char *const columns[NCOL] = {
	"code", "name", "root", "quad_class", "goldstein",
	"plover_event", "plover_mode", "plover_context", "inherited"
};

typedef struct row {
	dyad_event_code info;
	long line; /* for the duplicate-code message */
} row;

struct dyad_codes {
	dyad_ctx *ctx;
	char *text; /* the table's bytes, fields cut with NULs */
	size_t text_len;
	row *rows;  /* sorted by code */
	size_t n, cap;
};

void dyad_codes_free(dyad_codes *c)
{
	if (!c)
		return;
	dyad_ctx_free_mem(c->ctx, c->text, c->text ? c->text_len + 1 : 0);
	dyad_ctx_free_mem(c->ctx, c->rows, c->cap * sizeof *c->rows);
	dyad_ctx_free_mem(c->ctx, c, sizeof *c);
}

static int is_digits(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int valid_code(const char *s)
{
	size_t n = strlen(s);
	return n >= CODE_MIN && n <= CODE_MAX && is_digits(s, n);
}

/* The "inherited" column: "-" or empty, or comma-separated "goldstein[=CODE]" and
 * "plover[=CODE]" naming the parent a value came from. */
static int parse_inherited(unsigned *bits, const char *s)
{
	*bits = 0;
	if (strcmp(s, "-") == 0)
		return 0;
	while (*s) {
		size_t n = strcspn(s, ",="), k;
		if (n == 9 && strncmp(s, "goldstein", 9) == 0)
			*bits |= DYAD_CODE_INHERITED_GOLDSTEIN;
		else if (n == 6 && strncmp(s, "plover", 6) == 0)
			*bits |= DYAD_CODE_INHERITED_PLOVER;
		else
			return -1;
		s += n;
		if (*s == '=') {
			k = strcspn(++s, ",");
			if (k < CODE_MIN || k > CODE_MAX || !is_digits(s, k))
				return -1;
			s += k;
		}
		if (*s == ',' && *++s == '\0')
			return -1;
	}
	return 0;
}

/* Cut one data line into its row; a message names what is wrong. */
static int parse_row(dyad_codes *c, const char *name, long line, char **f)
{
	dyad_event_code *in;
	char *end;
	double g;
	row *r;

	if (!valid_code(f[C_CODE]))
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: code \"%s\" is not 2 to 4 digits",
			name, line, f[C_CODE]);
	if (!f[C_NAME][0])
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: code %s has no name", name, line, f[C_CODE]);
	if (strlen(f[C_ROOT]) != 2 || strncmp(f[C_ROOT], f[C_CODE], 2) != 0)
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: root \"%s\" is not the first two digits of %s",
			name, line, f[C_ROOT], f[C_CODE]);
	if (strlen(f[C_QUAD]) != 1 || f[C_QUAD][0] < '1' || f[C_QUAD][0] > '4')
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: quad_class \"%s\" is not 1, 2, 3 or 4",
			name, line, f[C_QUAD]);
	errno = 0;
	g = strtod(f[C_GOLDSTEIN], &end);
	if (!f[C_GOLDSTEIN][0] || *end || errno || !isfinite(g) || g < -10.0 || g > 10.0)
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: goldstein \"%s\" is not a number from -10 to 10",
			name, line, f[C_GOLDSTEIN]);
	if (!f[C_EVENT][0] && (f[C_MODE][0] || f[C_CONTEXT][0]))
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: a PLOVER mode or context without a PLOVER event",
			name, line);
	if (c->n == c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 512;
		row *p = dyad_ctx_realloc(c->ctx, c->rows, c->cap * sizeof *p, ncap * sizeof *p);
		if (!p)
			return dyad__oom(c->ctx);
		c->rows = p;
		c->cap = ncap;
	}
	r = &c->rows[c->n];
	in = &r->info;
	if (parse_inherited(&in->inherited, f[C_INHERITED]) < 0)
		return dyad__error(c->ctx, DYAD_EINPUT,
			"%s:%ld: inherited \"%s\" is not \"-\" or a list of goldstein=CODE, plover=CODE",
			name, line, f[C_INHERITED]);
	in->code = f[C_CODE];
	in->name = f[C_NAME];
	in->root = f[C_ROOT];
	in->quad_class = f[C_QUAD][0] - '0';
	in->goldstein = g;
	in->plover_event = f[C_EVENT][0] ? f[C_EVENT] : NULL;
	in->plover_mode = f[C_MODE][0] ? f[C_MODE] : NULL;
	in->plover_context = f[C_CONTEXT][0] ? f[C_CONTEXT] : NULL;
	r->line = line;
	c->n++;
	return DYAD_OK;
}

/* Split s (one line, NUL-terminated) at tabs into at most NCOL fields;
 * returns the number of fields, NCOL + 1 when there are too many. */
static int split(char *s, char **f)
{
	int n = 0;
	for (;;) {
		char *tab = strchr(s, '\t');
		if (n == NCOL)
			return NCOL + 1;
		f[n++] = s;
		if (!tab)
			return n;
		*tab = '\0';
		s = tab + 1;
	}
}

static int cmp_row(const void *a, const void *b)
{
	return strcmp(((const row *)a)->info.code, ((const row *)b)->info.code);
}

static int parse(dyad_codes *c, const char *name)
{
	char *p = c->text, *end = c->text + c->text_len;
	char *f[NCOL];
	int have_header = 0, rc, nf, i;
	long line = 0;
	size_t k;

	if (memchr(c->text, '\0', c->text_len))
		return dyad__error(c->ctx, DYAD_EINPUT, "%s: a NUL byte: not a text table", name);
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *s = p;
		size_t n;
		if (!nl)
			nl = end;
		*nl = '\0';
		p = nl + 1;
		line++;
		n = (size_t)(nl - s);
		if (n && s[n - 1] == '\r')
			s[--n] = '\0';
		if (!n || s[0] == '#')
			continue;
		nf = split(s, f);
		if (!have_header) {
			for (i = 0; i < NCOL && i < nf && strcmp(f[i], columns[i]) == 0; i++)
				;
			if (i < NCOL || nf != NCOL)
				return dyad__error(c->ctx, DYAD_EINPUT,
					"%s:%ld: expected the header line: code, name, root, quad_class, goldstein, "
					"plover_event, plover_mode, plover_context, inherited (tab-separated)",
					name, line);
			have_header = 1;
			continue;
		}
		if (nf != NCOL)
			return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: %s fields, expected %d (tab-separated)",
				name, line, nf > NCOL ? "too many" : "too few", NCOL);
		if ((rc = parse_row(c, name, line, f)) < 0)
			return rc;
	}
	if (!have_header)
		return dyad__error(c->ctx, DYAD_EINPUT, "%s: empty: no header line, no codes", name);
	if (!c->n)
		return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: no codes in the table", name, line);
	qsort(c->rows, c->n, sizeof *c->rows, cmp_row);
	for (k = 1; k < c->n; k++)
		if (strcmp(c->rows[k - 1].info.code, c->rows[k].info.code) == 0) {
			const row *a = &c->rows[k - 1], *b = &c->rows[k];
			return dyad__error(c->ctx, DYAD_EINPUT, "%s:%ld: code %s again (first at line %ld)",
				name, a->line > b->line ? a->line : b->line, a->info.code,
				a->line < b->line ? a->line : b->line);
		}
	return DYAD_OK;
}

int dyad_codes_load_mem(dyad_codes **out, dyad_ctx *ctx, const char *name, const char *buf, size_t len)
{
	dyad_codes *c;
	int rc;

	if (!out)
		return DYAD_EINVALID;
	*out = NULL;
	if (!ctx || (!buf && len))
		return DYAD_EINVALID;
	if (!name)
		name = "(table)";
	if (!(c = dyad_ctx_malloc(ctx, sizeof *c)))
		return dyad__oom(ctx);
	memset(c, 0, sizeof *c);
	c->ctx = ctx;
	if (!(c->text = dyad_ctx_malloc(ctx, len + 1))) {
		dyad_codes_free(c);
		return dyad__oom(ctx);
	}
	if (len)
		memcpy(c->text, buf, len);
	c->text[len] = '\0';
	c->text_len = len;
	if ((rc = parse(c, name)) < 0) {
		dyad_codes_free(c);
		return rc;
	}
	*out = c;
	return DYAD_OK;
}

int dyad_codes_new(dyad_codes **out, dyad_ctx *ctx)
{
	const char *data;
	size_t len;
	if (!out)
		return DYAD_EINVALID;
	*out = NULL;
	if (!ctx)
		return DYAD_EINVALID;
	if (dyad_builtin_find(&data, &len, BUILTIN_NAME) < 0)
		return dyad__error(ctx, DYAD_ENOTFOUND, "%s: not built into this libdyad", BUILTIN_NAME);
	return dyad_codes_load_mem(out, ctx, "(built-in) " BUILTIN_NAME, data, len);
}

int dyad_codes_load(dyad_codes **out, dyad_ctx *ctx, const char *path)
{
	char *b = NULL;
	size_t len = 0, cap = 0;
	int rc;

	if (!out)
		return DYAD_EINVALID;
	*out = NULL;
	if (!ctx || !path)
		return DYAD_EINVALID;
	if ((rc = dyad__read_file(&b, &len, &cap, ctx, path)) < 0)
		return rc;
	rc = dyad_codes_load_mem(out, ctx, path, b, len);
	dyad_ctx_free_mem(ctx, b, cap);
	return rc;
}

static int cmp_key(const void *key, const void *elem)
{
	return strcmp(key, ((const row *)elem)->info.code);
}

const dyad_event_code *dyad_codes_find(const dyad_codes *c, const char *code)
{
	char key[CODE_MAX + 1];
	size_t n, k;

	if (!c || !code)
		return NULL;
	n = strnlen(code, 64);
	if (n < CODE_MIN || n == 64 || !is_digits(code, n))
		return NULL;
	/* The table holds no code longer than CODE_MAX, so start there. */
	for (k = n < CODE_MAX ? n : CODE_MAX; k >= CODE_MIN; k--) {
		const row *r;
		memcpy(key, code, k);
		key[k] = '\0';
		r = bsearch(key, c->rows, c->n, sizeof *r, cmp_key);
		if (r)
			return &r->info;
	}
	return NULL;
}

size_t dyad_codes_count(const dyad_codes *c)
{
	return c ? c->n : 0;
}

const dyad_event_code *dyad_codes_at(const dyad_codes *c, size_t i)
{
	return c && i < c->n ? &c->rows[i].info : NULL;
}
