/*
 * Verb blocks defined twice. TABARI keeps the first entry of a duplicate
 * verb root (manual 8.2.5); PETRARCH's reader stores each block under its
 * verb, so a later block of the same verb replaces the earlier one, code
 * and patterns (its suite, DEMO-05: "SHOT [---]", then "SHOT [223]" with
 * the pattern that codes).
 */
#include <stdlib.h>
#include <string.h>

#include "events_internal.h"

typedef struct named { const char *name; uint32_t idx; } named;

static int by_name(const void *a, const void *b)
{
	const named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

int dyad_events__verb_last(uint32_t **out, dyad_ctx *ctx, const dyad_matcher *m)
{
	uint32_t n = m->n[DM_S_VERBS], i, k = 0, *last;
	named *v;
	int dup = 0;

	*out = NULL;
	if (n < 2)
		return DYAD_OK;
	v = dyad_ctx_malloc(ctx, n * sizeof *v);
	if (!v)
		return DYAD_ENOMEM;
	for (i = 0; i < n; i++) {
		const char *s = dyad_matcher__str(m, m->verbs[i].name);
		/* only verb roots: TABARI's <ATTRIB> and <TIME> sections aside */
		if (s && m->verbs[i].section == 0) {
			v[k].name = s;
			v[k++].idx = i;
		}
	}
	qsort(v, k, sizeof *v, by_name);
	for (i = 1; i < k && !dup; i++)
		dup = !strcmp(v[i - 1].name, v[i].name);
	if (!dup) {
		dyad_ctx_free_mem(ctx, v, n * sizeof *v);
		return DYAD_OK;
	}
	last = dyad_ctx_malloc(ctx, n * sizeof *last);
	if (!last) {
		dyad_ctx_free_mem(ctx, v, n * sizeof *v);
		return DYAD_ENOMEM;
	}
	for (i = 0; i < n; i++)
		last[i] = i;
	for (i = k; i-- > 0;)
		if (i + 1 < k && !strcmp(v[i].name, v[i + 1].name))
			last[v[i].idx] = last[v[i + 1].idx];
	dyad_ctx_free_mem(ctx, v, n * sizeof *v);
	*out = last;
	return DYAD_OK;
}
