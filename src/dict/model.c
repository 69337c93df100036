/*
 * Building blocks of the dictionary model (model.h) shared by every reader:
 * growing arrays, file names, diagnostics, strings, TABARI-style phrases
 * and dates.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dyad/date.h"
#include "ctx_internal.h"
#include "model.h"

void *dyad_dict__push(dyad_dict *d, void **arr, uint32_t *n, uint32_t *cap, size_t size)
{
	char *p;
	if (*n == *cap) {
		uint32_t ncap = *cap ? *cap * 2 : 16;
		void *q;
		if (ncap < *cap) { /* 2^32 entries: treat as out of memory */
			dyad__oom(d->ctx);
			return NULL;
		}
		q = dyad_ctx_realloc(d->ctx, *arr, (size_t)*cap * size, (size_t)ncap * size);
		if (!q)
			return NULL;
		*arr = q;
		*cap = ncap;
	}
	p = (char *)*arr + (size_t)*n * size;
	memset(p, 0, size);
	(*n)++;
	return p;
}

char *dyad_dict__str(dyad_dict *d, const char *s, size_t len, int upper)
{
	char *p = dyad_arena_strndup(d->arena, s, len);
	size_t i;
	if (!p) {
		dyad__oom(d->ctx);
		return NULL;
	}
	if (upper)
		for (i = 0; i < len; i++)
			p[i] = (char)toupper((unsigned char)p[i]);
	return p;
}

int dyad_dict__add_file(dyad_dict *d, uint32_t *index, const char *path)
{
	const char **slot;
	char *copy = dyad_dict__str(d, path, strlen(path), 0);
	if (!copy)
		return DYAD_ENOMEM;
	slot = DD_PUSH(d, files);
	if (!slot)
		return DYAD_ENOMEM;
	*slot = copy;
	*index = d->n_files - 1;
	return DYAD_OK;
}

int dyad_dict__diag(dyad_dict *d, int error, dd_origin origin, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	dd_diag *g;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof buf)
		n = sizeof buf - 1;
	g = DD_PUSH(d, diags);
	if (!g)
		return DYAD_ENOMEM;
	g->error = (uint8_t)(error != 0);
	g->origin = origin;
	g->message = dyad_dict__str(d, buf, (size_t)n, 0);
	if (!g->message)
		return DYAD_ENOMEM;
	if (error)
		d->n_errors++;
	return DYAD_OK;
}

int dyad_dict__phrase_tabari(dyad_dict *d, dd_phrase *out, const char *s, size_t len)
{
	dd_word words[64];
	uint32_t n = 0;
	size_t i = 0;

	out->words = NULL;
	out->n = 0;
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	while (i < len) {
		size_t start, end;
		uint8_t mode, gap = 0;
		for (; i < len && (s[i] == '_' || s[i] == '-' || isspace((unsigned char)s[i])); i++)
			if (n > 0 && isspace((unsigned char)s[i]))
				gap = 1;
		if (i >= len)
			break;
		start = i;
		while (i < len && s[i] != '_' && s[i] != '-' && !isspace((unsigned char)s[i]))
			i++;
		end = i;
		if (end > start + 1 && s[end - 1] == '=') {
			mode = DD_LITERAL;
			end--;
		} else if (i < len) {
			mode = DD_EXACT; /* followed by "_", "-" or a space */
		} else {
			mode = DD_STEM;  /* last word without a trailing "_" */
		}
		if (n == sizeof words / sizeof *words)
			return DYAD_EINPUT;
		words[n].text = dyad_dict__str(d, s + start, end - start, 1);
		if (!words[n].text)
			return DYAD_ENOMEM;
		words[n].mode = mode;
		words[n].gap = gap;
		n++;
	}
	if (n == 0)
		return DYAD_EINPUT;
	out->words = dyad_arena_alloc(d->arena, n * sizeof *out->words);
	if (!out->words)
		return dyad__oom(d->ctx);
	memcpy(out->words, words, n * sizeof *words);
	out->n = n;
	return DYAD_OK;
}

int dyad_dict__date_days(int32_t *out, const char *s, size_t len)
{
	char buf[9];
	int y, m, dd;
	size_t i;

	if (len != 6 && len != 8)
		return -1;
	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	if (len == 6) {
		int yy = (s[0] - '0') * 10 + (s[1] - '0');
		/* TABARI manual 6.5.2: 00-30 are 2000-2030, others 19xx. */
		buf[0] = yy <= 30 ? '2' : '1';
		buf[1] = yy <= 30 ? '0' : '9';
		memcpy(buf + 2, s, 6);
	} else {
		memcpy(buf, s, 8);
	}
	buf[8] = '\0';
	if (dyad_date_parse(&y, &m, &dd, buf) != 0)
		return -1;
	*out = (int32_t)dyad_date_days(y, m, dd);
	return 0;
}
