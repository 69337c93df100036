/*
 * Pronouns as the coder revisits them once it knows more than the actor
 * stage did: which words the comma rules eliminated (manual 7.8), and, with
 * FORWARD: (8.4), the actor the sentence before handed on.
 */
#include <stdio.h>
#include <string.h>

#include "events_internal.h"

static void note(dyad_trace_fn trace, void *payload, const dyad__sent *s, const char *what,
	const dyad__mention *x)
{
	char buf[160];
	if (!trace)
		return;
	snprintf(buf, sizeof buf, "pronoun at token %u: %s, %s", s->tok[x->b],
		x->code ? x->code : "no actor", what);
	trace(payload, s->index, buf);
}

static int plural_pronoun(const char *w)
{
	return !strcmp(w, "they") || !strcmp(w, "them") || !strcmp(w, "their");
}

/* The first coded actor before mention p other than a pronoun, the first
 * compound one for a plural pronoun (7.7); with `visible` only one outside
 * the eliminated comma clauses. -1 when none. */
static int32_t antecedent(const dyad__sent *s, size_t p, int visible)
{
	size_t j;
	int pass;
	for (pass = plural_pronoun(s->words[s->ments[p].b]) ? 0 : 1; pass < 2; pass++)
		for (j = 0; j < p; j++) {
			const dyad__mention *x = &s->ments[j];
			if (x->code && !x->pronoun && (!visible || !s->hidden[x->b])
				&& (pass == 1 || x->group >= 0))
				return (int32_t)j;
		}
	return -1;
}

/* TABARI drops comma-delimited clauses before it reads a sentence (7.8),
 * so a pronoun cannot refer to an actor inside one: it takes the first
 * visible one before it instead, or none. */
void dyad_events__rebind_pronouns(dyad__sent *s, dyad_trace_fn trace, void *payload)
{
	size_t i;
	for (i = 0; i < s->n_ments; i++) {
		dyad__mention *x = &s->ments[i];
		int32_t was, now;
		/* one resolved from the story's context keeps its entity */
		if (!x->pronoun || x->ent || (was = antecedent(s, i, 0)) < 0
			|| !s->hidden[s->ments[was].b])
			continue;
		now = antecedent(s, i, 1);
		x->code = now >= 0 ? s->ments[now].code : NULL;
		x->ref_group = now >= 0 && plural_pronoun(s->words[x->b]) ? s->ments[now].group : -1;
		note(trace, payload, s, "its antecedent being in a dropped clause", x);
	}
}

/* The actor a sentence hands on to the next: its first actor other than a
 * pronoun, as the actor's own code ("doesn't get the agent, only the
 * actor"). TABARI's validation records (FRWD-001-005, FRWD-002-003) show
 * it taken wherever it stands, after the verb too, and a forwarded pronoun
 * handing on nothing of its own ("secondary forwarding ... goes back to
 * the original"). */
static const char *forward_from(const dyad__sent *s, int32_t date)
{
	size_t i;
	for (i = 0; i < s->n_ments; i++) {
		const dyad__mention *x = &s->ments[i];
		dyad_actor_match am;
		if (!x->code || x->pronoun || x->agent_only)
			continue;
		/* the actor's words alone, looked up again: its code before an
		 * agent was joined */
		if (x->actor_e > x->actor_b
			&& dyad_matcher_actor(s->m, s->words + x->actor_b, s->n - x->actor_b, date, &am)
			&& am.n_words == x->actor_e - x->actor_b && am.code && *am.code
			&& strcmp(am.code, "---"))
			return am.code;
		return x->code;
	}
	return NULL;
}

/* A pronoun before any actor of the sentence ("He also asked ...", "In a
 * later statement it promised ...") refers to the actor the sentence
 * before handed on (fwd, or NULL). Pronouns after an actor already took
 * it (7.7), so those left without a code are the ones before any. */
const char *dyad_events__forward(dyad__sent *s, const char *fwd, int32_t date,
	dyad_trace_fn trace, void *payload)
{
	size_t i;
	for (i = 0; fwd && i < s->n_ments; i++) {
		dyad__mention *x = &s->ments[i];
		if (!x->pronoun || x->code || x->special)
			continue;
		x->code = fwd;
		note(trace, payload, s, "forwarded from the sentence before", x);
	}
	return forward_from(s, date);
}
