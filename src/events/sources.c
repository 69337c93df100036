/*
 * Which actors an event is between: the mentions a verb's source and target
 * can be, the default rules when its pattern leaves a side open (TABARI
 * manual 5.8: the first actor before the verb in its clause, else in the
 * sentence; the first actor after it with another code, else before it),
 * PETRARCH's words before the verb stopping at a comma, dyad's own source
 * of a verb in reported content, and DEFAULT: codes for a missing side
 * (8.5). Used by coder.c.
 */
#include <string.h>

#include "coder_internal.h"
#include "events_internal.h"

/* Is mention i usable as an actor here? */
int dyad_events__live(const dyad__sent *s, size_t i)
{
	return s->ments[i].code && !s->hidden[s->ments[i].b];
}

/* The compound mention i stands for: its group, or for THEY/THEM/THEIR
 * the group of the compound it refers to (7.7); -1 for none. */
int32_t dyad_events__side_group(const dyad__sent *s, int32_t i)
{
	if (i < 0)
		return -1;
	return s->ments[i].group >= 0 ? s->ments[i].group : s->ments[i].ref_group;
}

/* Does x carry the code of mention a (-1: none)? The default search wants
 * "a code distinct from the code of the source" (5.8); the other members
 * of a compound source have distinct codes, and TABARI takes one as the
 * target when it finds nothing else. */
int dyad_events__same_code(const dyad__sent *s, int32_t a, const dyad__mention *x)
{
	return a >= 0 && !strcmp(x->code, s->ments[a].code);
}

/* First live mention in [lo, hi) without the code of mention `not` (-1:
 * any), other than those a pattern's "^" passed over (pm, or NULL; 5.7.3). */
int32_t dyad_events__first_skip(const dyad__sent *s, uint32_t lo, uint32_t hi, int32_t not,
	const dyad__pmatch *pm)
{
	size_t i;
	for (i = 0; i < s->n_ments; i++) {
		const dyad__mention *x = &s->ments[i];
		unsigned k;
		int skipped = 0;
		if (x->b < lo || x->b >= hi || !dyad_events__live(s, i))
			continue;
		if (dyad_events__same_code(s, not, x))
			continue;
		for (k = 0; pm && k < pm->n_skip; k++)
			skipped |= pm->skip[k] == (int32_t)i;
		if (skipped)
			continue;
		return (int32_t)i;
	}
	return -1;
}

/* PETRARCH's source: the words before the verb it looks at stop at a
 * comma (its get_upper_seq), one inside a compound actor aside. The first
 * live mention after the last such visible comma in [lo, hi); -1 when
 * none. */
static int32_t after_comma(const dyad__sent *s, uint32_t lo, uint32_t hi, int32_t not,
	const dyad__pmatch *pm)
{
	uint32_t i = hi;
	while (i > lo) {
		int32_t a = i < s->n ? s->ment_at[i] : -1;
		if (!strcmp(s->words[i - 1], ",") && !s->hidden[i - 1]
			&& !(a >= 0 && s->ments[a].group >= 0 && s->ments[a].group != a))
			break;
		i--;
	}
	return dyad_events__first_skip(s, i, hi, not, pm);
}

int32_t dyad_events__first_in(const dyad__sent *s, uint32_t lo, uint32_t hi)
{
	return dyad_events__first_skip(s, lo, hi, -1, NULL);
}

/* dyad's own rule: a verb in reported content or a subordinate clause of
 * the chunker's ("Freedonia said [Sylvania accused …]", "… warned that
 * [Sylvania would …]") takes its source from that clause, before the
 * verb, when one is there; -1 otherwise. */
static int32_t complement_source(const dyad__sent *s, uint32_t vb, int32_t not,
	const dyad__pmatch *pm)
{
	const dyad_doc_chunks *ch = &s->an->chunks;
	const dyad_token *t = &s->an->doc.toks[s->tok[vb]];
	int32_t cl;
	uint32_t lo = vb;
	if (t->chunk < 0 || !ch->chunks)
		return -1;
	cl = ch->chunks[t->chunk].clause;
	/* a subordinate clause, or the reported content a reporting clause
	 * ("Freedonia said") encloses */
	if (cl < 0 || !(ch->clauses[cl].type == DYAD_CLAUSE_SUBORDINATE
		|| (ch->clauses[cl].parent >= 0
			&& ch->clauses[ch->clauses[cl].parent].type == DYAD_CLAUSE_REPORTING)))
		return -1;
	while (lo > 0) {
		const dyad_token *p = &s->an->doc.toks[s->tok[lo - 1]];
		if (p->chunk < 0 || ch->chunks[p->chunk].clause != cl)
			break;
		lo--;
	}
	return lo < vb ? dyad_events__first_skip(s, lo, vb, not, pm) : -1;
}

/* The first live mention in [lo, vb) (as dyad_events__first_skip) that is
 * not a member of compound g (-1: any will do); *member keeps the first
 * member passed over, when it has none yet. */
static int32_t outside_group(const dyad__sent *s, uint32_t lo, uint32_t vb, int32_t g,
	int32_t not, const dyad__pmatch *pm, int32_t *member)
{
	int32_t t = dyad_events__first_skip(s, lo, vb, not, pm);
	for (; t >= 0 && g >= 0 && dyad_events__side_group(s, t) == g;
		t = dyad_events__first_skip(s, s->ments[t].e, vb, not, pm))
		if (*member < 0)
			*member = t;
	return t;
}

void dyad_events__actors_for(const dyad_coder *c, const dyad__sent *s, const dyad__pmatch *pm,
	uint32_t vb, uint32_t ve, uint32_t clo, uint32_t chi, int32_t keep, int32_t *src,
	int32_t *tgt)
{
	int32_t not;
	int null_np;
	*src = pm->src;
	*tgt = pm->tgt;
	if (pm->compound >= 0) {
		int32_t x = -1;
		/* PETRARCH: a compound matched after the verb ("* WITH %") is
		 * the target when an actor before the verb is the source */
		if (!c->dialect_tabari && s->ments[pm->compound].b >= ve) {
			x = after_comma(s, clo, vb, -1, pm);
			if (x < 0)
				x = dyad_events__first_skip(s, clo, vb, -1, pm);
		}
		*src = x >= 0 ? x : pm->compound;
		*tgt = pm->compound;
		return;
	}
	if (*src < 0 && keep >= 0 && (*tgt < 0 || !dyad_events__same_code(s, *tgt, &s->ments[keep])))
		*src = keep;
	/* PETRARCH: a noun phrase without actor between the last comma and
	 * the verb ("..., he said") is the source, a null one: no looking
	 * further back */
	if (*src < 0 && c->dyad_rules)
		*src = complement_source(s, vb, *tgt, pm);
	null_np = *src < 0 && !c->dialect_tabari && !c->dyad_rules && after_comma(s, clo, vb, *tgt, pm) < 0
		&& dyad_events__comma_np(s, clo, vb);
	if (*src < 0 && !null_np) {
		not = *tgt;
		*src = c->dialect_tabari ? -1 : after_comma(s, clo, vb, not, pm);
		if (*src < 0)
			*src = dyad_events__first_skip(s, clo, vb, not, pm);
		/* an attribution's speaker is in it, or it has none */
		if (*src < 0 && s->clause[vb] != s->report_clause)
			*src = dyad_events__first_skip(s, 0, vb, not, pm);
		/* DEFAULT: SOURCE (8.5): with PRIOR whenever no actor precedes
		 * the verb; without it only when no actor is found at all, the
		 * first one after the verb being the source. TABARI, when a
		 * pattern found the target, takes "the first actor with a code
		 * distinct from the target's" (5.8), after the verb too ("+ WAS
		 * * DEAD": "X was shot dead in Y") */
		if (*src < 0 && ((c->def_src[0] && !c->def_prior)
			|| (c->dialect_tabari && *tgt >= 0)))
			*src = dyad_events__first_skip(s, ve, chi, not, pm);
		if (*src < 0 && c->def_src[0])
			*src = DEF_SRC;
	}
	if (*tgt < 0) {
		not = *src >= 0 ? *src : -1;
		*tgt = dyad_events__first_skip(s, *src >= 0 && s->ments[*src].b >= ve ? s->ments[*src].e : ve, chi, not,
			pm);
		/* DEFAULT: TARGET ... AFTER: whenever no actor follows (8.5) */
		if (*tgt < 0 && c->def_tgt[0] && c->def_after) {
			*tgt = DEF_TGT;
			return;
		}
		/* else the first before the verb, in its clause first: TABARI
		 * codes a compound sentence's clauses apart (7.6) */
		if (*tgt < 0 && c->dialect_tabari) {
			int32_t g = dyad_events__side_group(s, *src), member = -1;
			/* an actor other than the source compound's own members
			 * first, else such a member */
			int32_t t = outside_group(s, clo, vb, g, not, pm, &member);
			if (t < 0)
				t = outside_group(s, 0, vb, g, not, pm, &member);
			if (t < 0)
				t = member;
			if (t >= 0 && t != *src)
				*tgt = t;
		}
		if (*tgt < 0 && dyad_events__side_group(s, *src) >= 0)
			*tgt = *src; /* compound source: both sides (5.8) */
		if (*tgt < 0 && c->def_tgt[0])
			*tgt = DEF_TGT;
	}
}
