/*
 * Field-by-field comparison of two dictionary models (src/dict/model.h),
 * for the round-trip tests: every field a format can carry is compared,
 * and each difference is described by where it is ("verbs[3] (line 120)
 * forms[1].code") so that a failing round trip says what was lost rather
 * than only that something was. Origins are never compared (a re-read
 * entry is defined where it was re-read); provenance ("from") only with
 * MC_FROM. Test-only: header-only, prints nothing itself.
 */
#ifndef DYAD_TEST_MODEL_COMPARE_H
#define DYAD_TEST_MODEL_COMPARE_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dict/model.h"

enum {
	/* Compare b's "from" with the provenance the dyad writer gives a's
	 * entries: a's own "from", else a's origin, else none (""). */
	MC_FROM = 1
};

/* The differences found: all counted, the first ones described. */
typedef struct mc_diffs {
	unsigned n;
	unsigned flags;
	const dyad_dict *a;
	char text[8192];
	size_t len;
	const char *where;  /* the entry being compared, e.g. "actors[3] (line 7)" */
} mc_diffs;

#define MC_SHOWN 40

static inline void mc_diff(mc_diffs *m, const char *fmt, ...) DYAD_PRINTF(2, 3);
static inline void mc_diff(mc_diffs *m, const char *fmt, ...)
{
	va_list ap;
	int k;
	if (m->n++ >= MC_SHOWN || m->len + 1 >= sizeof m->text)
		return;
	k = snprintf(m->text + m->len, sizeof m->text - m->len, "%s ", m->where);
	if (k > 0)
		m->len += (size_t)k < sizeof m->text - m->len ? (size_t)k : sizeof m->text - m->len - 1;
	va_start(ap, fmt);
	k = vsnprintf(m->text + m->len, sizeof m->text - m->len, fmt, ap);
	va_end(ap);
	if (k > 0)
		m->len += (size_t)k < sizeof m->text - m->len ? (size_t)k : sizeof m->text - m->len - 1;
	if (m->len + 1 < sizeof m->text) {
		m->text[m->len++] = '\n';
		m->text[m->len] = '\0';
	}
}

static inline void mc_str(mc_diffs *m, const char *field, const char *a, const char *b)
{
	if (a == b || (a && b && !strcmp(a, b)))
		return;
	mc_diff(m, "%s: %s%s%s != %s%s%s", field, a ? "\"" : "", a ? a : "NULL", a ? "\"" : "",
		b ? "\"" : "", b ? b : "NULL", b ? "\"" : "");
}

static inline void mc_int(mc_diffs *m, const char *field, long long a, long long b)
{
	if (a != b)
		mc_diff(m, "%s: %lld != %lld", field, a, b);
}

/* Arrays compare up to the shorter one after their counts. */
static inline uint32_t mc_count(mc_diffs *m, const char *field, uint32_t a, uint32_t b)
{
	mc_int(m, field, a, b);
	return a < b ? a : b;
}

static inline void mc_phrase(mc_diffs *m, const char *field, const dd_phrase *a,
	const dd_phrase *b)
{
	char f[160];
	uint32_t i, n;
	snprintf(f, sizeof f, "%s.n", field);
	n = mc_count(m, f, a->n, b->n);
	for (i = 0; i < n; i++) {
		snprintf(f, sizeof f, "%s.words[%u].text", field, (unsigned)i);
		mc_str(m, f, a->words[i].text, b->words[i].text);
		snprintf(f, sizeof f, "%s.words[%u].mode", field, (unsigned)i);
		mc_int(m, f, a->words[i].mode, b->words[i].mode);
	}
}

static inline void mc_names(mc_diffs *m, const char *field, const dd_name *a, uint32_t na,
	const dd_name *b, uint32_t nb)
{
	char f[128];
	uint32_t i, n;
	snprintf(f, sizeof f, "n_%s", field);
	n = mc_count(m, f, na, nb);
	for (i = 0; i < n; i++) {
		snprintf(f, sizeof f, "%s[%u].phrase", field, (unsigned)i);
		mc_phrase(m, f, &a[i].phrase, &b[i].phrase);
		snprintf(f, sizeof f, "%s[%u].kind", field, (unsigned)i);
		mc_int(m, f, a[i].kind, b[i].kind);
		snprintf(f, sizeof f, "%s[%u].note", field, (unsigned)i);
		mc_str(m, f, a[i].note, b[i].note);
	}
}

/* b's provenance against what the dyad writer records for a's entry. */
static inline void mc_from(mc_diffs *m, dd_source fa, dd_origin oa, dd_source fb)
{
	const char *file = "";
	uint32_t line = 0;
	if (!(m->flags & MC_FROM))
		return;
	if (fa.file) {
		file = fa.file;
		line = fa.line;
	} else if (oa.file < m->a->n_files) {
		file = m->a->files[oa.file];
		line = oa.line;
	}
	mc_str(m, "from.file", file, fb.file);
	mc_int(m, "from.line", line, fb.line);
}

static inline void mc_pattern(mc_diffs *m, const char *field, const dd_pattern *a,
	const dd_pattern *b)
{
	char f[128];
	uint32_t i, n;
	snprintf(f, sizeof f, "%s.code", field);
	mc_str(m, f, a->code, b->code);
	snprintf(f, sizeof f, "%s.note", field);
	mc_str(m, f, a->note, b->note);
	snprintf(f, sizeof f, "%s.n", field);
	n = mc_count(m, f, a->n, b->n);
	for (i = 0; i < n; i++) {
		const dd_elem *x = &a->elems[i], *y = &b->elems[i];
		snprintf(f, sizeof f, "%s.elems[%u].kind", field, (unsigned)i);
		mc_int(m, f, x->kind, y->kind);
		snprintf(f, sizeof f, "%s.elems[%u].mode", field, (unsigned)i);
		mc_int(m, f, x->mode, y->mode);
		snprintf(f, sizeof f, "%s.elems[%u].joined", field, (unsigned)i);
		mc_int(m, f, x->joined, y->joined);
		snprintf(f, sizeof f, "%s.elems[%u].text", field, (unsigned)i);
		mc_str(m, f, x->text, y->text);
	}
}

static inline void mc_verbform(mc_diffs *m, const char *field, const dd_verbform *a,
	const dd_verbform *b)
{
	char f[128];
	uint32_t i, n;
	snprintf(f, sizeof f, "%s.phrase", field);
	mc_phrase(m, f, &a->phrase, &b->phrase);
	snprintf(f, sizeof f, "%s.verb_index", field);
	mc_int(m, f, a->verb_index, b->verb_index);
	snprintf(f, sizeof f, "%s.code", field);
	mc_str(m, f, a->code, b->code);
	snprintf(f, sizeof f, "%s.note", field);
	mc_str(m, f, a->note, b->note);
	snprintf(f, sizeof f, "%s.conjugate", field);
	mc_int(m, f, a->conjugate, b->conjugate);
	snprintf(f, sizeof f, "%s.n_forms", field);
	n = mc_count(m, f, a->n_forms, b->n_forms);
	for (i = 0; i < n; i++) {
		snprintf(f, sizeof f, "%s.forms[%u]", field, (unsigned)i);
		mc_phrase(m, f, &a->forms[i], &b->forms[i]);
	}
}

/* Sets m->where to "kind[i] (line L)" for the entry's messages. */
static inline void mc_at(mc_diffs *m, char *buf, size_t size, const char *kind, uint32_t i,
	dd_origin o)
{
	snprintf(buf, size, "%s[%u] (line %u)", kind, (unsigned)i, (unsigned)o.line);
	m->where = buf;
}

static inline void mc_entries(mc_diffs *m, const dyad_dict *a, const dyad_dict *b)
{
	char at[64], f[64];
	uint32_t i, j, n;

	n = mc_count(m, "n_actors", a->n_actors, b->n_actors);
	for (i = 0; i < n; i++) {
		const dd_actor *x = &a->actors[i], *y = &b->actors[i];
		mc_at(m, at, sizeof at, "actors", i, x->origin);
		mc_str(m, "id", x->id, y->id);
		mc_names(m, "names", x->names, x->n_names, y->names, y->n_names);
		uint32_t nc = mc_count(m, "n_codes", x->n_codes, y->n_codes);
		for (j = 0; j < nc; j++) {
			const dd_code *c = &x->codes[j], *e = &y->codes[j];
			snprintf(f, sizeof f, "codes[%u].code", (unsigned)j);
			mc_str(m, f, c->code, e->code);
			snprintf(f, sizeof f, "codes[%u].datekind", (unsigned)j);
			mc_int(m, f, c->datekind, e->datekind);
			snprintf(f, sizeof f, "codes[%u].from", (unsigned)j);
			mc_int(m, f, c->from, e->from);
			snprintf(f, sizeof f, "codes[%u].to", (unsigned)j);
			mc_int(m, f, c->to, e->to);
			snprintf(f, sizeof f, "codes[%u].note", (unsigned)j);
			mc_str(m, f, c->note, e->note);
		}
		mc_str(m, "note", x->note, y->note);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
	n = mc_count(m, "n_agents", a->n_agents, b->n_agents);
	for (i = 0; i < n; i++) {
		const dd_agent *x = &a->agents[i], *y = &b->agents[i];
		mc_at(m, at, sizeof at, "agents", i, x->origin);
		mc_names(m, "names", x->names, x->n_names, y->names, y->n_names);
		mc_str(m, "code", x->code, y->code);
		mc_int(m, "prefix", x->prefix, y->prefix);
		mc_str(m, "raw_code", x->raw_code, y->raw_code);
		mc_str(m, "note", x->note, y->note);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
	n = mc_count(m, "n_verbs", a->n_verbs, b->n_verbs);
	for (i = 0; i < n; i++) {
		const dd_verb *x = &a->verbs[i], *y = &b->verbs[i];
		mc_at(m, at, sizeof at, "verbs", i, x->origin);
		mc_str(m, "name", x->name, y->name);
		mc_str(m, "code", x->code, y->code);
		mc_int(m, "section", x->section, y->section);
		mc_str(m, "note", x->note, y->note);
		mc_from(m, x->from, x->origin, y->from);
		uint32_t nv = mc_count(m, "n_verbs", x->n_verbs, y->n_verbs);
		uint32_t np = mc_count(m, "n_patterns", x->n_patterns, y->n_patterns);
		for (j = 0; j < nv; j++) {
			snprintf(f, sizeof f, "verbs[%u]", (unsigned)j);
			mc_verbform(m, f, &x->verbs[j], &y->verbs[j]);
		}
		for (j = 0; j < np; j++) {
			snprintf(f, sizeof f, "patterns[%u]", (unsigned)j);
			mc_pattern(m, f, &x->patterns[j], &y->patterns[j]);
		}
	}
	m->where = "";
	n = mc_count(m, "n_synsets", a->n_synsets, b->n_synsets);
	for (i = 0; i < n; i++) {
		const dd_synset *x = &a->synsets[i], *y = &b->synsets[i];
		mc_at(m, at, sizeof at, "synsets", i, x->origin);
		mc_str(m, "name", x->name, y->name);
		mc_str(m, "note", x->note, y->note);
		mc_names(m, "members", x->members, x->n_members, y->members, y->n_members);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
	n = mc_count(m, "n_discards", a->n_discards, b->n_discards);
	for (i = 0; i < n; i++) {
		const dd_discard *x = &a->discards[i], *y = &b->discards[i];
		mc_at(m, at, sizeof at, "discards", i, x->origin);
		mc_phrase(m, "phrase", &x->phrase, &y->phrase);
		mc_int(m, "story", x->story, y->story);
		mc_str(m, "code", x->code, y->code);
		mc_str(m, "note", x->note, y->note);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
	n = mc_count(m, "n_issues", a->n_issues, b->n_issues);
	for (i = 0; i < n; i++) {
		const dd_issue *x = &a->issues[i], *y = &b->issues[i];
		mc_at(m, at, sizeof at, "issues", i, x->origin);
		mc_phrase(m, "phrase", &x->phrase, &y->phrase);
		mc_str(m, "code", x->code, y->code);
		mc_str(m, "category", x->category, y->category);
		mc_str(m, "attrs", x->attrs, y->attrs);
		mc_str(m, "raw", x->raw, y->raw);
		mc_str(m, "note", x->note, y->note);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
	n = mc_count(m, "n_raws", a->n_raws, b->n_raws);
	for (i = 0; i < n; i++) {
		const dd_raw *x = &a->raws[i], *y = &b->raws[i];
		mc_at(m, at, sizeof at, "raws", i, x->origin);
		mc_int(m, "kind", x->kind, y->kind);
		mc_str(m, "text", x->text, y->text);
		mc_from(m, x->from, x->origin, y->from);
	}
	m->where = "";
}

/* Compare b (re-read) with a (the original); returns the number of
 * differences, described in m->text (the first MC_SHOWN of them). */
static inline unsigned mc_compare(mc_diffs *m, const dyad_dict *a, const dyad_dict *b,
	unsigned flags)
{
	memset(m, 0, sizeof *m);
	m->flags = flags;
	m->a = a;
	m->where = "";
	mc_entries(m, a, b);
	return m->n;
}

#endif
