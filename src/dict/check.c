/*
 * `dyad dict check`: lint a dictionary set (dyad_dict_check). Adds warnings,
 * never errors, each at the file:line of the entry concerned and saying
 * what to fix: duplicates (found by sorting, so a Phoenix-sized set of
 * ~100k phrases costs n log n), entries that can never match, undefined
 * synsets, impossible dates, and with CAMEO tables, codes outside them
 * (check_codes.c). The warnings of one run are sorted by file and line.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "check.h"
#include "dyadfmt.h"

int dyad_dict__casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = toupper((unsigned char)*a), y = toupper((unsigned char)*b);
		if (x != y || !x)
			return x - y;
	}
}

/* A phrase with the entry it belongs to, for sorting. */
typedef struct ref {
	const dd_phrase *p;
	uint32_t entry, item; /* entry index; name or form index within it */
	dd_origin at;
	uint8_t primary;      /* item is the entry's primary name */
} ref;

static int phrase_cmp(const dd_phrase *a, const dd_phrase *b)
{
	uint32_t i, n = a->n < b->n ? a->n : b->n;
	for (i = 0; i < n; i++) {
		int c = dyad_dict__casecmp(a->words[i].text, b->words[i].text);
		if (c)
			return c;
		if (a->words[i].mode != b->words[i].mode)
			return (int)a->words[i].mode - (int)b->words[i].mode;
	}
	return a->n < b->n ? -1 : a->n > b->n;
}

static int ref_cmp(const void *x, const void *y)
{
	const ref *a = x, *b = y;
	int c = phrase_cmp(a->p, b->p);
	if (c)
		return c;
	if (a->entry != b->entry)
		return a->entry < b->entry ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

typedef struct checker {
	dyad_dict *d;
	ref *refs;
	size_t cap;      /* refs allocated */
	size_t n;        /* refs in use */
	int rc;          /* first failure (sticky) */
} checker;

static const char *file_of(const dyad_dict *d, dd_origin o)
{
	return o.file < d->n_files ? d->files[o.file] : "?";
}

static void warn(checker *c, dd_origin at, const char *fmt, ...) DYAD_PRINTF(3, 4);

static void warn(checker *c, dd_origin at, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	if (c->rc < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	c->rc = dyad_dict__diag(c->d, 0, at, "%s", buf);
}

static const char *spell(char *buf, size_t cap, const dd_phrase *p)
{
	dd_sink s;
	dyad_dict__sink_buf(&s, buf, cap);
	dyad_dict__spell_phrase(&s, p, UINT32_MAX);
	return buf;
}

static int reserve(checker *c, size_t n)
{
	if (n <= c->cap)
		return DYAD_OK;
	ref *r = dyad_ctx_realloc(c->d->ctx, c->refs, c->cap * sizeof *r, n * sizeof *r);
	if (!r)
		return c->rc = DYAD_ENOMEM;
	c->refs = r;
	c->cap = n;
	return DYAD_OK;
}

static void add_ref(checker *c, const dd_phrase *p, uint32_t entry, uint32_t item, dd_origin at,
	int primary)
{
	ref *r = &c->refs[c->n++];
	r->p = p;
	r->entry = entry;
	r->item = item;
	r->at = at;
	r->primary = (uint8_t)primary;
}

/* ---- Phrases that can never match ---------------------------------- */

/* Length of the phrase as TABARI spells it ("UN_", "US=", "BE"): TABARI
 * rejects phrases under three characters (manual 5.2.4). */
static size_t tabari_len(const dd_phrase *p)
{
	size_t n = 0;
	uint32_t i;
	for (i = 0; i < p->n; i++)
		n += strlen(p->words[i].text) + 1; /* the word and "_" or "=" after it */
	if (p->n && p->words[p->n - 1].mode == DD_STEM)
		n--;
	return n;
}

/* what: "actor", "agent", … for the message. */
static void check_phrase(checker *c, const dd_phrase *p, dd_origin at, const char *what)
{
	char buf[256];
	uint32_t i;
	if (!p->n) {
		warn(c, at, "%s with an empty phrase can never match", what);
		return;
	}
	for (i = 0; i < p->n; i++)
		if (!p->words[i].text || !p->words[i].text[0]) {
			warn(c, at, "%s: word %u is empty, so the %s can never match",
				spell(buf, sizeof buf, p), (unsigned)i + 1, what);
			return;
		}
	if (tabari_len(p) < 3)
		warn(c, at, "%s: %s phrase shorter than three characters; TABARI rejects it "
			"(manual 5.2.4) and a short stem matches almost anything", spell(buf, sizeof buf, p),
			what);
}

/* ---- Duplicate names ----------------------------------------------- */

/* Sort refs and report each repeat against the first of its group. */
static void report_repeats(checker *c, const char *what, int per_entry_verbs)
{
	dyad_dict *d = c->d;
	size_t i, first = 0;
	char buf[256];

	if (c->n < 2)
		return;
	qsort(c->refs, c->n, sizeof *c->refs, ref_cmp);
	for (i = 1; i < c->n; i++) {
		const ref *a, *b = &c->refs[i];
		if (phrase_cmp(c->refs[first].p, b->p)) {
			first = i;
			continue;
		}
		a = &c->refs[first];
		spell(buf, sizeof buf, b->p);
		if (per_entry_verbs && a->entry != b->entry)
			warn(c, b->at, "%s: verb form also in verb block %s at %s:%u; keep it in one "
				"block", buf, d->verbs[a->entry].name ? d->verbs[a->entry].name : "?",
				file_of(d, a->at), (unsigned)a->at.line);
		else if (!per_entry_verbs && a->entry == b->entry && a->primary)
			warn(c, b->at, "%s: synonym identical to its %s's primary name; delete it", buf,
				what);
		else
			warn(c, b->at, "%s: duplicate of the %s at %s:%u", buf, per_entry_verbs
				? "verb form" : what, file_of(d, a->at), (unsigned)a->at.line);
	}
}

static void check_actors(checker *c)
{
	dyad_dict *d = c->d;
	size_t total = 0;
	uint32_t i, j;
	char buf[256], from[16], to[16];

	for (i = 0; i < d->n_actors; i++)
		total += d->actors[i].n_names;
	if (reserve(c, total) < 0)
		return;
	c->n = 0;
	for (i = 0; i < d->n_actors; i++) {
		const dd_actor *a = &d->actors[i];
		const char *name = a->n_names ? spell(buf, sizeof buf, &a->names[0].phrase) : NULL;
		if (!a->n_names)
			warn(c, a->origin, "actor%s%s has no names, so it can never match",
				a->id ? " " : "", a->id ? a->id : "");
		else if (!a->n_codes)
			warn(c, a->origin, "%s: actor has no codes; give it at least one", name);
		for (j = 0; j < a->n_codes; j++) {
			const dd_code *k = &a->codes[j];
			if (k->from > k->to) {
				dyad_dict__day_iso(from, k->from);
				dyad_dict__day_iso(to, k->to);
				warn(c, dyad_dict__at(k->origin, a->origin), "%s: code %s is valid from %s "
					"to %s, which is never; swap or fix the dates", name ? name : "actor",
					k->code, from, to);
			}
		}
		for (j = 0; j < a->n_names; j++) {
			dd_origin at = dyad_dict__at(a->names[j].origin, a->origin);
			check_phrase(c, &a->names[j].phrase, at, "actor");
			if (a->names[j].phrase.n)
				add_ref(c, &a->names[j].phrase, i, j, at,
					j == 0 && a->names[j].kind == DD_NAME_PRIMARY);
		}
	}
	report_repeats(c, "actor", 0);
}

static void check_agents(checker *c)
{
	dyad_dict *d = c->d;
	size_t total = 0;
	uint32_t i, j;

	for (i = 0; i < d->n_agents; i++)
		total += d->agents[i].n_names;
	if (reserve(c, total) < 0)
		return;
	c->n = 0;
	for (i = 0; i < d->n_agents; i++) {
		const dd_agent *a = &d->agents[i];
		if (!a->n_names)
			warn(c, a->origin, "agent with no names can never match");
		if (!a->code || !a->code[0])
			warn(c, a->origin, "agent has no code; write it as ~CODE or CODE~");
		for (j = 0; j < a->n_names; j++) {
			dd_origin at = dyad_dict__at(a->names[j].origin, a->origin);
			check_phrase(c, &a->names[j].phrase, at, "agent");
			if (a->names[j].phrase.n)
				add_ref(c, &a->names[j].phrase, i, j, at,
					j == 0 && a->names[j].kind == DD_NAME_PRIMARY);
		}
	}
	report_repeats(c, "agent", 0);
}

/* ---- Verbs --------------------------------------------------------- */

static void check_forms(checker *c)
{
	dyad_dict *d = c->d;
	size_t total = 0;
	uint32_t i, j, k;

	for (i = 0; i < d->n_verbs; i++)
		for (j = 0; j < d->verbs[i].n_verbs; j++)
			total += 1 + d->verbs[i].verbs[j].n_forms;
	if (reserve(c, total) < 0)
		return;
	c->n = 0;
	for (i = 0; i < d->n_verbs; i++) {
		const dd_verb *v = &d->verbs[i];
		for (j = 0; j < v->n_verbs; j++) {
			const dd_verbform *f = &v->verbs[j];
			dd_origin at = dyad_dict__at(f->origin, v->origin);
			check_phrase(c, &f->phrase, at, "verb form");
			if (f->phrase.n)
				add_ref(c, &f->phrase, i, j, at, 0);
			for (k = 0; k < f->n_forms; k++)
				if (f->forms[k].n)
					add_ref(c, &f->forms[k], i, j, at, 0);
		}
	}
	report_repeats(c, "verb form", 1);
}

static int elem_cmp(const dd_elem *a, const dd_elem *b)
{
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	if (a->kind == DD_E_WORD && a->mode != b->mode)
		return (int)a->mode - (int)b->mode;
	if (a->kind == DD_E_WORD || a->kind == DD_E_SYNSET)
		return dyad_dict__casecmp(a->text ? a->text : "", b->text ? b->text : "");
	return 0;
}

/* Patterns are compared element by element; "_" glue does not change what
 * a pattern matches, so joined is ignored. */
static int pattern_cmp(const void *x, const void *y)
{
	const dd_pattern *a = *(const dd_pattern *const *)x, *b = *(const dd_pattern *const *)y;
	uint32_t i, n = a->n < b->n ? a->n : b->n;
	for (i = 0; i < n; i++) {
		int c = elem_cmp(&a->elems[i], &b->elems[i]);
		if (c)
			return c;
	}
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return a < b ? -1 : a > b; /* same: keep file order */
}

static const char *spell_pattern(char *buf, size_t cap, const dd_pattern *p)
{
	dd_sink s;
	dyad_dict__sink_buf(&s, buf, cap);
	dyad_dict__spell_pattern(&s, p->elems, p->n);
	return buf;
}

static void check_patterns(checker *c, const dd_pattern **sorted)
{
	dyad_dict *d = c->d;
	uint32_t i, j, k;
	char buf[256];

	for (i = 0; i < d->n_verbs; i++) {
		const dd_verb *v = &d->verbs[i];
		for (j = 0; j < v->n_patterns; j++) {
			const dd_pattern *p = &v->patterns[j];
			int verb = 0;
			sorted[j] = p;
			for (k = 0; k < p->n; k++)
				verb |= p->elems[k].kind == DD_E_VERB;
			if (!verb)
				warn(c, dyad_dict__at(p->origin, v->origin), "pattern '%s' has no verb "
					"marker '*' (TABARI manual 5.2.4)", spell_pattern(buf, sizeof buf, p));
		}
		qsort(sorted, v->n_patterns, sizeof *sorted, pattern_cmp);
		for (j = 1, k = 0; j < v->n_patterns; j++) {
			const dd_pattern *a = sorted[k], *b = sorted[j];
			uint32_t e;
			int same = a->n == b->n;
			for (e = 0; same && e < a->n; e++)
				same = !elem_cmp(&a->elems[e], &b->elems[e]);
			if (!same) {
				k = j;
				continue;
			}
			spell_pattern(buf, sizeof buf, b);
			if (a->code && b->code && strcmp(a->code, b->code))
				warn(c, dyad_dict__at(b->origin, v->origin), "pattern '%s' => %s: duplicate "
					"of the pattern at %s:%u, which gives %s; keep one", buf, b->code,
					file_of(d, a->origin), (unsigned)a->origin.line, a->code);
			else
				warn(c, dyad_dict__at(b->origin, v->origin), "pattern '%s': duplicate of the "
					"pattern at %s:%u", buf, file_of(d, a->origin), (unsigned)a->origin.line);
		}
	}
}

/* ---- Synsets ------------------------------------------------------- */

/* Synset names compare without case and without a trailing "_" (PETRARCH
 * writes both "&AUXVERB1_" and "&AUXVERB1"). */
static int synname_cmp(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i;
	if (na && a[na - 1] == '_')
		na--;
	if (nb && b[nb - 1] == '_')
		nb--;
	for (i = 0; i < na && i < nb; i++) {
		int x = toupper((unsigned char)a[i]), y = toupper((unsigned char)b[i]);
		if (x != y)
			return x - y;
	}
	return na < nb ? -1 : na > nb;
}

static int synset_cmp(const void *x, const void *y)
{
	const dd_synset *a = *(const dd_synset *const *)x, *b = *(const dd_synset *const *)y;
	int c = synname_cmp(a->name ? a->name : "", b->name ? b->name : "");
	return c ? c : (a < b ? -1 : a > b);
}

static int defined(const dd_synset **sorted, uint32_t n, const char *name)
{
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = synname_cmp(sorted[mid]->name ? sorted[mid]->name : "", name);
		if (!c)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static void check_synsets(checker *c, const dd_synset **sorted)
{
	dyad_dict *d = c->d;
	uint32_t i, j, k;
	char buf[256];

	for (i = 0; i < d->n_synsets; i++)
		sorted[i] = &d->synsets[i];
	qsort(sorted, d->n_synsets, sizeof *sorted, synset_cmp);
	for (i = 1; i < d->n_synsets; i++)
		if (!synname_cmp(sorted[i - 1]->name ? sorted[i - 1]->name : "",
			sorted[i]->name ? sorted[i]->name : ""))
			warn(c, sorted[i]->origin, "synset &%s: duplicate of the synset at %s:%u",
				sorted[i]->name, file_of(d, sorted[i - 1]->origin),
				(unsigned)sorted[i - 1]->origin.line);
	for (i = 0; i < d->n_synsets; i++) {
		const dd_synset *s = &d->synsets[i];
		if (!s->n_members)
			warn(c, s->origin, "synset &%s has no members, so it can never match",
				s->name ? s->name : "");
		for (j = 0; j < s->n_members; j++) {
			const dd_phrase *p = &s->members[j].phrase;
			dd_origin at = dyad_dict__at(s->members[j].origin, s->origin);
			if (!p->n)
				warn(c, at, "synset &%s: member with an empty phrase can never match",
					s->name ? s->name : "");
			for (k = 0; k < p->n; k++)
				if (p->words[k].text[0] == '&' &&
					!defined(sorted, d->n_synsets, p->words[k].text + 1))
					warn(c, at, "%s: synset %s is not defined", spell(buf, sizeof buf, p),
						p->words[k].text);
		}
	}
	for (i = 0; i < d->n_verbs; i++)
		for (j = 0; j < d->verbs[i].n_patterns; j++) {
			const dd_pattern *p = &d->verbs[i].patterns[j];
			for (k = 0; k < p->n; k++)
				if (p->elems[k].kind == DD_E_SYNSET && p->elems[k].text &&
					!defined(sorted, d->n_synsets, p->elems[k].text))
					warn(c, dyad_dict__at(p->origin, d->verbs[i].origin), "pattern '%s': "
						"synset &%s is not defined", spell_pattern(buf, sizeof buf, p),
						p->elems[k].text);
		}
}

static void check_discards(checker *c)
{
	uint32_t i;
	for (i = 0; i < c->d->n_discards; i++)
		check_phrase(c, &c->d->discards[i].phrase, c->d->discards[i].origin, "discard");
	for (i = 0; i < c->d->n_issues; i++)
		if (!c->d->issues[i].phrase.n && !c->d->issues[i].raw)
			warn(c, c->d->issues[i].origin, "issue with an empty phrase can never match");
}

/* ---- Ordering the warnings ----------------------------------------- */

static int before(const dd_diag *a, const dd_diag *b)
{
	if (a->origin.file != b->origin.file)
		return a->origin.file < b->origin.file;
	return a->origin.line < b->origin.line;
}

/* Stable merge sort of diags[0..n) by file and line, via tmp. */
static void sort_diags(dd_diag *v, dd_diag *tmp, size_t n)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;
	if (n < 2)
		return;
	sort_diags(v, tmp, mid);
	sort_diags(v + mid, tmp, n - mid);
	while (i < mid && j < n)
		tmp[k++] = before(&v[j], &v[i]) ? v[j++] : v[i++];
	while (i < mid)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
}

int dyad_dict_check(dyad_dict *d, const dyad_dict_check_options *opts)
{
	checker c;
	uint32_t first = d->n_diags, i, most = d->n_synsets;
	void *scratch;
	size_t n;

	memset(&c, 0, sizeof c);
	c.d = d;
	for (i = 0; i < d->n_verbs; i++)
		if (d->verbs[i].n_patterns > most)
			most = d->verbs[i].n_patterns;
	/* One scratch array of pointers serves patterns and synsets in turn. */
	scratch = dyad_ctx_malloc(d->ctx, (most ? most : 1) * sizeof(void *));
	if (!scratch)
		return DYAD_ENOMEM;
	check_actors(&c);
	check_agents(&c);
	check_forms(&c);
	check_patterns(&c, scratch);
	check_synsets(&c, scratch);
	check_discards(&c);
	dyad_ctx_free_mem(d->ctx, scratch, (most ? most : 1) * sizeof(void *));
	dyad_ctx_free_mem(d->ctx, c.refs, c.cap * sizeof *c.refs);
	if (c.rc >= 0 && opts)
		c.rc = dyad_dict__check_codes(d, opts->event_codes_csv, opts->actor_codes_csv);
	n = d->n_diags - first;
	if (n > 1) {
		dd_diag *tmp = dyad_ctx_malloc(d->ctx, n * sizeof *tmp);
		if (!tmp)
			return DYAD_ENOMEM;
		sort_diags(d->diags + first, tmp, n);
		dyad_ctx_free_mem(d->ctx, tmp, n * sizeof *tmp);
	}
	return c.rc < 0 ? c.rc : DYAD_OK;
}
