/*
 * Actors from context (context.h): the states a story has named, most
 * recent last, and the collective phrases that stand for the last two
 * ("the two countries", "both sides", "the pair").
 */
#include <stdint.h>
#include <string.h>

#include "context_internal.h"
#include "dyad/tagger.h"

/* Stamp the state of mention x as the most recently mentioned. */
static void note_state(sent *s, const dyad__mention *x)
{
	dyad__context *cx = s->cx;
	size_t i;
	char cc[4];
	if (!x->code || x->collective || !dyad_context__state_of(cc, x->code))
		return;
	for (i = 0; i < cx->n_ctry && strcmp(cx->ctry[i].cc, cc); i++)
		;
	if (i == cx->n_ctry) {
		if (cx->n_ctry < sizeof cx->ctry / sizeof *cx->ctry) {
			cx->n_ctry++;
		} else {
			/* the least recent gives way */
			size_t o;
			for (i = 0, o = 1; o < cx->n_ctry; o++)
				if (cx->ctry[o].seen < cx->ctry[i].seen)
					i = o;
		}
		memcpy(cx->ctry[i].cc, cc, 4);
		cx->ctry[i].st[0] = 1;
		cx->ctry[i].st[1] = 0;
	}
	cx->ctry[i].code = x->code;
	cx->ctry[i].entity = x->entity;
	cx->ctry[i].t[0] = s->tok[x->b];
	cx->ctry[i].t[1] = s->tok[x->e - 1];
	if (!x->pronoun && x->actor_code && !strcmp(x->actor_code, cc) && x->actor_e > x->actor_b) {
		cx->ctry[i].st[0] = s->tok[x->actor_b];
		cx->ctry[i].st[1] = s->tok[x->actor_e - 1];
	}
	cx->ctry[i].seen = ++cx->stamp;
}

/* The states of the sentence's mentions ending by word `upto`, in word
 * order (the old mentions and the added ones are each in word order). */
void dyad_context__states(sent *s, size_t upto)
{
	size_t i = 0, k = s->n_old;
	for (;;) {
		const dyad__mention *x;
		int old_ok = i < s->n_old && s->m[i].e <= upto;
		int add_ok = k < s->nm && s->m[k].e <= upto && !s->m[k].collective;
		if (old_ok && add_ok)
			x = s->m[i].b <= s->m[k].b ? &s->m[i++] : &s->m[k++];
		else if (old_ok)
			x = &s->m[i++];
		else if (add_ok)
			x = &s->m[k++];
		else
			break;
		note_state(s, x);
	}
}

/* 5. "the two countries", "both sides", "the pair": the two states last
 * mentioned; the noun says how: governments (and capitals) their
 * government, leaders the person last seen for each, countries the
 * state, sides and the pair the actor as last coded. */
static const char *const coll_gov[] = { "governments", "capitals", "administrations", NULL };
static const char *const coll_lead[] = { "leaders", "presidents", "ministers",
	"foreign ministers", NULL };
static const char *const coll_state[] = { "countries", "nations", "states", "neighbours",
	"neighbors", NULL };
static const char *const coll_side[] = { "sides", NULL };

static int collective_at(const sent *s, size_t i, size_t *end, int *kind)
{
	size_t j = i;
	const char *w;
	if (!strcmp(s->words[i], "the") && i + 1 < s->n && !strcmp(s->words[i + 1], "pair")) {
		*end = i + 2;
		*kind = 3;
		return 1;
	}
	if (!strcmp(s->words[i], "both"))
		j = i + 1 < s->n && !strcmp(s->words[i + 1], "the") ? i + 2 : i + 1;
	else if (!strcmp(s->words[i], "the") && i + 1 < s->n && !strcmp(s->words[i + 1], "two"))
		j = i + 2;
	else
		return 0;
	/* "both sides of the border", "on both sides": places */
	if (j >= s->n || (j + 1 < s->n && !strcmp(s->words[j + 1], "of"))
		|| (i > 0 && !strcmp(s->words[i - 1], "on")))
		return 0;
	w = s->words[j];
	*kind = in(w, coll_gov) ? 0 : in(w, coll_lead) ? 1 : in(w, coll_state) ? 2
		: in(w, coll_side) ? 3 : -1;
	*end = j + 1;
	return *kind >= 0;
}

static int group_live(const dyad__context *cx);
static int group_at(sent *s, dyad__mention *x, uint32_t b, uint32_t e);

/* "the three countries", "the four nations": a count of three or more
 * members (two is "the two countries" above, the last two states) */
static int counted(const sent *s, size_t i, uint32_t n, size_t *end)
{
	static const char *const num[] = { "three", "four", NULL };
	static const char *const noun[] = { "countries", "nations", "states", "governments",
		"mediators", "parties", "sides", "leaders", NULL };
	size_t k;
	if (n < 3 || strcmp(s->words[i], "the") || i + 2 >= s->n)
		return 0;
	for (k = 0; num[k] && strcmp(num[k], s->words[i + 1]); k++)
		;
	if (!num[k] || k + 3 != n || !in(s->words[i + 2], noun))
		return 0;
	*end = i + 3;
	return 1;
}

int dyad_context__collectives(sent *s, const uint8_t *covered)
{
	dyad__context *cx = s->cx;
	size_t i, end, a, b, q;
	int kind;
	for (i = 0; i < s->n; i++) {
		size_t top[2] = { SIZE_MAX, SIZE_MAX };
		int ok = 1;
		if (!covered[i] && group_live(cx) && counted(s, i, cx->grp.n, &end)) {
			/* "the three countries": the last coordinated subject */
			for (q = 0; q < s->n_old; q++)
				if (s->m[q].b >= i && s->m[q].b < end) {
					s->m[q].code = NULL;
					s->m[q].agent_only = 1;
				}
			if (group_at(s, NULL, (uint32_t)i, (uint32_t)end) < 0)
				return DYAD_ENOMEM;
			i = end - 1;
			continue;
		}
		if (covered[i] || !collective_at(s, i, &end, &kind))
			continue;
		/* an agent alone inside ("the two governments") gives way */
		for (q = i; q < end; q++)
			ok &= covered[q] != 1;
		if (!ok)
			continue;
		/* the states named so far, this sentence's before it included */
		dyad_context__states(s, i);
		if (cx->n_ctry < 2)
			continue;
		for (a = 0; a < cx->n_ctry; a++) {
			if (top[0] == SIZE_MAX || cx->ctry[a].seen > cx->ctry[top[0]].seen) {
				top[1] = top[0];
				top[0] = a;
			} else if (top[1] == SIZE_MAX || cx->ctry[a].seen > cx->ctry[top[1]].seen) {
				top[1] = a;
			}
		}
		/* in the order they were last mentioned: the first named first */
		if (cx->ctry[top[1]].seen < cx->ctry[top[0]].seen) {
			a = top[0];
			top[0] = top[1];
			top[1] = a;
		}
		for (b = 0; b < 2; b++) {
			const char *cc = cx->ctry[top[b]].cc, *code = NULL;
			dyad__mention *x;
			int32_t who = -1;
			if (kind == 0 || kind == 1) {
				size_t e;
				for (e = 0; kind == 1 && e < cx->n_ents; e++)
					if (cx->ents[e].person && !strcmp(cx->ents[e].country, cc)
						&& (who < 0 || cx->ents[e].seen > cx->ents[who].seen))
						who = (int32_t)e;
				code = who >= 0 ? cx->ents[who].code : dyad_actors__compose(cx->a, cc, "GOV", 0);
			} else if (kind == 2) {
				code = dyad_arena_strndup(cx->a, cc, 3);
			} else {
				code = cx->ctry[top[b]].code;
			}
			if (!code || !(x = dyad_context__mention(s, (uint32_t)i, (uint32_t)end, code, DYAD_MENTION_COLLECTIVE)))
				return DYAD_ENOMEM;
			x->collective = 1;
			if (who >= 0) {
				x->ent = who + 1;
				x->entity = cx->ents[who].name;
			} else if (kind == 3 && cx->ctry[top[b]].entity) {
				x->entity = cx->ctry[top[b]].entity;
			} else {
				/* the state as the story named it, or the mention as coded */
				const uint32_t *r = kind != 3 && cx->ctry[top[b]].st[1] >= cx->ctry[top[b]].st[0]
					? cx->ctry[top[b]].st : kind == 3 ? cx->ctry[top[b]].t : NULL;
				if (r && !(x->entity = dyad_context__text(cx->a, s->an, r[0], r[1])))
					return DYAD_ENOMEM;
			}
		}
		for (q = 0; q < s->n_old; q++)
			if (s->m[q].b >= i && s->m[q].b < end) {
				s->m[q].code = NULL;
				s->m[q].agent_only = 1;
			}
		i = end - 1;
	}
	return DYAD_OK;
}

/* ---- the last coordinated subject ---- */

void dyad_context__group_note(sent *s)
{
	dyad__context *cx = s->cx;
	size_t k, q;
	uint32_t n = 0, last = 0;
	const dyad__mention *x = NULL;
	const char *code[4];
	/* the sentence's first mention, outside quotes and after no
	 * preposition, opening a compound */
	for (k = 0; k < s->nm && !x; k++) {
		const dyad__mention *y = &s->m[k];
		if (!y->code || dyad_context__quoted(s, y->b))
			continue;
		x = y;
	}
	if (!x || x->collective || x->group != (int32_t)(x - s->m) || (x->b > 0
		&& (tk(s, x->b - 1)->tag == DYAD_POS_IN || tk(s, x->b - 1)->tag == DYAD_POS_TO)))
		return;
	for (q = (size_t)(x - s->m); q < s->nm; q++)
		if (s->m[q].group == x->group && s->m[q].code && !s->m[q].collective) {
			if (n == 4)
				return;
			code[n++] = s->m[q].code;
			last = s->m[q].e;
		}
	if (n < 2)
		return;
	if (!(cx->grp.entity = dyad_context__text(cx->a, s->an, s->tok[x->b], s->tok[last - 1])))
		return;
	memcpy(cx->grp.code, code, n * sizeof *code);
	cx->grp.n = n;
	cx->grp.sent = s->si;
}

/* Members of the last coordinated subject, from the two sentences before,
 * as mentions of words [b, e); the first takes over x when given. */
static int group_at(sent *s, dyad__mention *x, uint32_t b, uint32_t e)
{
	dyad__context *cx = s->cx;
	for (uint32_t k = 0; k < cx->grp.n; k++) {
		dyad__mention *y = k == 0 && x ? x : dyad_context__mention(s, b, e, cx->grp.code[k],
			DYAD_MENTION_COLLECTIVE);
		if (!y)
			return DYAD_ENOMEM;
		y->code = cx->grp.code[k];
		y->collective = 1;
		y->group = y->ref_group = -1;
		y->pronoun = 0;
		y->ent = 0;
		y->entity = cx->grp.entity;
		y->how = DYAD_MENTION_COLLECTIVE;
	}
	return DYAD_OK;
}

static int group_live(const dyad__context *cx)
{
	return cx->grp.n >= 2 && cx->grp.sent < cx->sent && cx->grp.sent + 2 >= cx->sent;
}

int dyad_context__they(sent *s)
{
	size_t w, k, q;
	if (!group_live(s->cx))
		return DYAD_OK;
	for (w = 0; w < s->n; w++) {
		dyad__mention *x = NULL;
		int inside = 0, rc;
		if (strcmp(s->words[w], "they") || dyad_context__quoted(s, w))
			continue;
		for (k = 0; k < s->n_old && !x; k++)
			if (s->m[k].b <= w && w < s->m[k].e)
				x = &s->m[k];
		if (x && (!x->pronoun || x->e != w + 1 || x->b != w))
			continue;
		/* resolved to words of a quote ("... release hostages," they
		 * said): the pronoun outside it cannot mean them */
		for (q = 0; x && q < s->n_old; q++)
			inside |= &s->m[q] != x && !s->m[q].pronoun && s->m[q].code && x->code
				&& !strcmp(s->m[q].code, x->code) && dyad_context__quoted(s, s->m[q].b);
		if (x && !inside)
			continue;
		if ((rc = group_at(s, x, (uint32_t)w, (uint32_t)w + 1)) < 0)
			return rc;
	}
	return DYAD_OK;
}
