/*
 * CAMEO code checks for `dyad dict check`: event codes against the CAMEO
 * event table, actor and agent codes against the actor tables (countries,
 * regions, roles, types, organisations). The tables are CSV files (quoted
 * fields allowed) whose code column is named "code" or "…code", else the
 * first. CAMEO actor codes are strings of 3-character blocks (CAMEO manual,
 * actor codes: country + role + …), so an actor code is accepted when each
 * of its blocks is a block of some table code; "IGOAFB" contributes IGO
 * and AFB. Lookups are binary searches over sorted tables.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "check.h"
#include "dyadfmt.h"

#define CODE_MAX 8 /* longest code kept, with its NUL: CAMEO event codes are 2-4 */

typedef struct codeset {
	char (*v)[CODE_MAX];
	size_t n, cap;
} codeset;

static int cmp_code(const void *a, const void *b)
{
	return strcmp(a, b);
}

static int add_code(dyad_dict *d, codeset *s, const char *code, size_t n)
{
	if (!n || n >= CODE_MAX)
		return DYAD_OK;
	if (s->n == s->cap) {
		size_t ncap = s->cap ? s->cap * 2 : 256;
		void *p = dyad_ctx_realloc(d->ctx, s->v, s->cap * CODE_MAX, ncap * CODE_MAX);
		if (!p)
			return DYAD_ENOMEM;
		s->v = p;
		s->cap = ncap;
	}
	memcpy(s->v[s->n], code, n);
	s->v[s->n][n] = '\0';
	s->n++;
	return DYAD_OK;
}

static int has_code(const codeset *s, const char *code)
{
	char key[CODE_MAX];
	size_t n = strlen(code);
	if (n >= CODE_MAX)
		return 0;
	memcpy(key, code, n + 1);
	return s->n && bsearch(key, s->v, s->n, CODE_MAX, cmp_code) != NULL;
}

/* One CSV field at *pos, unquoted ("" is a quote) and truncated into
 * out[0..cap). *eor: the field ended its record. */
static void csv_field(const char *b, size_t n, size_t *pos, char *out, size_t cap, int *eor)
{
	size_t i = *pos, k = 0;
	if (i < n && b[i] == '"') {
		for (i++; i < n; i++) {
			char ch = b[i];
			if (ch == '"') {
				if (i + 1 < n && b[i + 1] == '"')
					i++;
				else {
					i++;
					break;
				}
			}
			if (k + 1 < cap)
				out[k++] = ch;
		}
	}
	for (; i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r'; i++)
		if (k + 1 < cap)
			out[k++] = b[i];
	out[k] = '\0';
	*eor = i >= n || b[i] != ',';
	if (i < n && b[i] == ',')
		i++;
	else {
		if (i < n && b[i] == '\r')
			i++;
		if (i < n && b[i] == '\n')
			i++;
	}
	*pos = i;
}

static int ends_with_code(const char *s)
{
	size_t n = strlen(s);
	return n >= 4 && !dyad_dict__casecmp(s + n - 4, "code");
}

/* Upper-cased, trimmed copy; its length. */
static size_t clean(char *s)
{
	size_t a = 0, n = strlen(s), i;
	while (a < n && isspace((unsigned char)s[a]))
		a++;
	while (n > a && isspace((unsigned char)s[n - 1]))
		n--;
	for (i = a; i < n; i++)
		s[i - a] = (char)toupper((unsigned char)s[i]);
	s[n - a] = '\0';
	return n - a;
}

/* Add the code column of a CSV file: whole codes (blocks = 0) or their
 * 3-character blocks. */
static int load_table(dyad_dict *d, codeset *s, const char *path, int blocks)
{
	char *buf = NULL, field[64];
	size_t len = 0, cap = 0, pos = 0;
	int col = -1, i, eor, rc = DYAD_OK;

	if ((rc = dyad__read_file(&buf, &len, &cap, d->ctx, path)) < 0)
		return rc;
	/* The header names the code column. */
	for (i = 0, eor = 0; !eor && pos < len; i++) {
		csv_field(buf, len, &pos, field, sizeof field, &eor);
		clean(field);
		if (!dyad_dict__casecmp(field, "code") || (col < 0 && ends_with_code(field)))
			col = i;
	}
	if (col < 0)
		col = 0;
	while (pos < len && rc == DYAD_OK) {
		for (i = 0, eor = 0; !eor && pos < len; i++) {
			size_t n, k;
			csv_field(buf, len, &pos, field, sizeof field, &eor);
			if (i != col)
				continue;
			n = clean(field);
			if (!blocks) {
				rc = add_code(d, s, field, n);
				continue;
			}
			for (k = 0; k < n && isalnum((unsigned char)field[k]); k++)
				;
			if (k != n || n % 3)
				continue; /* not a block code (a note, a blank) */
			for (k = 0; k < n && rc == DYAD_OK; k += 3)
				rc = add_code(d, s, field + k, 3);
		}
	}
	dyad_ctx_free_mem(d->ctx, buf, cap);
	return rc;
}

/* Sort and drop repeats. */
static void finish_set(codeset *s)
{
	size_t i, k = 0;
	if (!s->n)
		return;
	qsort(s->v, s->n, CODE_MAX, cmp_code);
	for (i = 1; i < s->n; i++)
		if (strcmp(s->v[i], s->v[k]))
			memcpy(s->v[++k], s->v[i], CODE_MAX);
	s->n = k + 1;
}

static int special(const char *code)
{
	return !strcmp(code, "---") || !strcmp(code, "###") || !strcmp(code, "+++");
}

/* "042:043", "080!", "023?", "---" (TABARI manual 6.6), ":173". what
 * names the pattern or verb in the message. */
static int check_event(dyad_dict *d, const codeset *events, const char *path, const char *code,
	dd_origin at, const char *what)
{
	char buf[64];
	char *part, *end;
	size_t n = strlen(code);

	if (n >= sizeof buf)
		return dyad_dict__diag(d, 0, at, "%s: event code '%s' is too long for CAMEO", what,
			code);
	memcpy(buf, code, n + 1);
	if (!strpbrk(buf, "0123456789-#+"))
		return dyad_dict__diag(d, 0, at, "%s: event code '%s' holds no code", what, code);
	for (part = buf;; part = end + 1) {
		end = strchr(part, ':');
		if (end)
			*end = '\0';
		n = clean(part);
		while (n && (part[n - 1] == '!' || part[n - 1] == '?'))
			part[--n] = '\0';
		/* An empty side of a pair is PETRARCH's "[:173]": no event that way. */
		if (n && !special(part) && !has_code(events, part)) {
			if (dyad_dict__diag(d, 0, at, "%s: event code '%s' is not in the CAMEO event "
				"table %s", what, part, path) < 0)
				return DYAD_ENOMEM;
		}
		if (!end)
			return DYAD_OK;
	}
}

/* Each run of letters and digits ("USAGOV" in "USAGOV/ISRGOV") must be
 * whole 3-character blocks from the tables. */
static int check_actor(dyad_dict *d, const codeset *blocks, const char *code, dd_origin at,
	const char *what)
{
	size_t i = 0, n = strlen(code), k;
	char block[4];

	if (special(code))
		return DYAD_OK;
	while (i < n) {
		size_t start;
		while (i < n && !isalnum((unsigned char)code[i]))
			i++;
		start = i;
		while (i < n && isalnum((unsigned char)code[i]))
			i++;
		if (i == start)
			break;
		if ((i - start) % 3)
			return dyad_dict__diag(d, 0, at, "%s: code '%s' is not made of 3-character "
				"CAMEO blocks", what, code);
		for (k = start; k < i; k += 3) {
			size_t j;
			for (j = 0; j < 3; j++)
				block[j] = (char)toupper((unsigned char)code[k + j]);
			block[3] = '\0';
			if (!has_code(blocks, block))
				return dyad_dict__diag(d, 0, at, "%s: code '%s': block '%s' is in none of the "
					"CAMEO actor tables", what, code, block);
		}
	}
	return DYAD_OK;
}

static const char *spell_name(char *buf, size_t cap, const dd_name *names, uint32_t n)
{
	dd_sink s;
	dyad_dict__sink_buf(&s, buf, cap);
	if (n)
		dyad_dict__spell_phrase(&s, &names[0].phrase, UINT32_MAX);
	else
		dyad_dict__puts(&s, "(unnamed)");
	return buf;
}

static int check_events(dyad_dict *d, const codeset *events, const char *path)
{
	char what[320];
	dd_sink s;
	uint32_t i, j;
	int rc = DYAD_OK;

	for (i = 0; i < d->n_verbs && rc == DYAD_OK; i++) {
		const dd_verb *v = &d->verbs[i];
		if (v->code) {
			snprintf(what, sizeof what, "verb %s", v->name ? v->name : "");
			rc = check_event(d, events, path, v->code, v->origin, what);
		}
		for (j = 0; j < v->n_patterns && rc == DYAD_OK; j++) {
			const dd_pattern *p = &v->patterns[j];
			if (!p->code)
				continue;
			dyad_dict__sink_buf(&s, what, sizeof what);
			dyad_dict__puts(&s, "pattern '");
			dyad_dict__spell_pattern(&s, p->elems, p->n);
			dyad_dict__puts(&s, "'");
			rc = check_event(d, events, path, p->code, dyad_dict__at(p->origin, v->origin),
				what);
		}
	}
	return rc;
}

static int check_actors(dyad_dict *d, const codeset *blocks)
{
	char what[256];
	uint32_t i, j;
	int rc = DYAD_OK;

	for (i = 0; i < d->n_actors && rc == DYAD_OK; i++) {
		const dd_actor *a = &d->actors[i];
		spell_name(what, sizeof what, a->names, a->n_names);
		for (j = 0; j < a->n_codes && rc == DYAD_OK; j++)
			if (a->codes[j].code)
				rc = check_actor(d, blocks, a->codes[j].code,
					dyad_dict__at(a->codes[j].origin, a->origin), what);
	}
	for (i = 0; i < d->n_agents && rc == DYAD_OK; i++) {
		const dd_agent *a = &d->agents[i];
		if (a->code)
			rc = check_actor(d, blocks, a->code, a->origin,
				spell_name(what, sizeof what, a->names, a->n_names));
	}
	return rc;
}

int dyad_dict__check_codes(dyad_dict *d, const char *event_csv, const char *actor_csvs)
{
	codeset set;
	int rc = DYAD_OK;

	memset(&set, 0, sizeof set);
	if (event_csv && event_csv[0]) {
		rc = load_table(d, &set, event_csv, 0);
		finish_set(&set);
		if (rc == DYAD_OK)
			rc = check_events(d, &set, event_csv);
		set.n = 0;
	}
	if (rc == DYAD_OK && actor_csvs && actor_csvs[0]) {
		const char *p = actor_csvs;
		while (rc == DYAD_OK) {
			const char *colon = strchr(p, ':');
			size_t n = colon ? (size_t)(colon - p) : strlen(p);
			char path[4096];
			if (n >= sizeof path) {
				rc = dyad__error(d->ctx, DYAD_EINVALID, "actor table path too long");
				break;
			}
			memcpy(path, p, n);
			path[n] = '\0';
			if (n)
				rc = load_table(d, &set, path, 1);
			if (!colon)
				break;
			p = colon + 1;
		}
		finish_set(&set);
		if (rc == DYAD_OK)
			rc = check_actors(d, &set);
	}
	dyad_ctx_free_mem(d->ctx, set.v, set.cap * CODE_MAX);
	return rc;
}
