/*
 * Shared by the files of actors from context (context.c, context_states.c):
 * one sentence as they read it. Internal to src/actors.
 */
#ifndef DYAD_ACTORS_CONTEXT_INTERNAL_H
#define DYAD_ACTORS_CONTEXT_INTERNAL_H

#include <string.h>

#include "context.h"

typedef struct sent {
	dyad__context *cx;
	const dyad_analysis *an;
	const uint32_t *tok;
	const char *const *words;
	size_t n;
	dyad__mention *m;        /* mentions, old then added */
	size_t nm, cap;
	size_t n_old;
	uint32_t si;
	uint8_t *unknown;        /* per word: 1 opens a name no entity or
	                          * dictionary phrase explains, not after a
	                          * preposition: someone the table does not know */
} sent;

static inline const dyad_token *tk(const sent *s, size_t i)
{
	return &s->an->doc.toks[s->tok[i]];
}

/* Is w one of the NULL-terminated list? */
static inline int in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(w, *list))
			return 1;
	return 0;
}

/* The state a code belongs to: its first block when that names a country
 * (three capitals, none of CAMEO's international or non-state blocks);
 * 1 when it does, cc set. */
int dyad_context__state_of(char cc[4], const char *code);

/* Add a mention of words [b, e) to s (after the old ones); NULL on OOM. */
dyad__mention *dyad_context__mention(sent *s, uint32_t b, uint32_t e, const char *code,
	uint8_t how);

/* Is word w inside quotation marks opened in its sentence? */
int dyad_context__quoted(const sent *s, size_t w);

/* Link mention x to entity e (its name, and when it was last seen). */
void dyad_context__link(dyad__context *cx, dyad__mention *x, int32_t e);

/* Step 4 (context_pronouns.c): he/she/his/her to a person of the story;
 * and the sentence's subject, kept for the next sentence's pronouns. */
void dyad_context__pronouns(sent *s);
void dyad_context__subject(sent *s);

/* Note the sentence's coordinated subject of two to four members, for
 * the next sentences' "the three countries" and "they". */
void dyad_context__group_note(sent *s);

/* "they" outside quotes, unresolved or resolved inside the quote it
 * attributes: the last coordinated subject, one mention per member.
 * DYAD_ENOMEM only. */
int dyad_context__they(sent *s);

/* Stamp the states of s's mentions ending by word upto, in word order. */
void dyad_context__states(sent *s, size_t upto);

/* Mentions for the collective phrases of s ("the two governments") no
 * mention but an agent alone covers (covered[w]: 1 a mention, 2 an agent
 * alone). DYAD_ENOMEM only. */
int dyad_context__collectives(sent *s, const uint8_t *covered);

#endif
