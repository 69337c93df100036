/*
 * Actor recognition inside one sentence, for the event coder: dictionary
 * actors and agents found by longest match over the sentence's words, agents
 * joined to their actors, compound actors grouped, pronouns resolved to an
 * antecedent. Internal to libdyad; the coder (src/events) is its only user.
 */
#ifndef DYAD_ACTORS_ACTORS_H
#define DYAD_ACTORS_ACTORS_H

#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/dict.h"
#include "dyad/pipeline.h"

/* One actor mention. Word ranges are [b, e) indexes into the sentence's
 * words (word i is part of document token tok[i]: hyphenated tokens are
 * split into words, as TABARI reads hyphens as blanks, manual 5.2). */
typedef struct dyad__mention {
	uint32_t b, e;
	const char *code;     /* composed code; NULL: a null-coded actor [---],
	                       * which blocks shorter matches but is no actor */
	const char *phrase;   /* actor phrase as written (NULL for an agent alone) */
	const char *agent;    /* agent phrase joined to it, or NULL */
	const char *file;     /* where the actor (or agent) is defined */
	unsigned line;
	int32_t group;        /* compound actor: index of its first member; -1 */
	uint8_t special;      /* 0, or '#' ([###] discard), '+' ([+++] complex) */
	uint8_t agent_only;   /* an agent without an actor */
	uint8_t pronoun;      /* a pronoun resolved to an earlier mention */
	uint8_t agent_prefix; /* the joined agent's ~ comes last ("NGO~") */
	const char *agent_code; /* the joined agent's code (an agent alone: its
	                       * own), or NULL */
	const char *actor_code; /* the actor's own code, no agent joined; NULL
	                       * for none */
	uint32_t actor_b, actor_e; /* the actor's own words, agent left out */
	int32_t ref_group;    /* THEY/THEM/THEIR referring to a compound actor:
	                       * its group, the members the pronoun stands for
	                       * (7.7); else -1 */
	/* actors from context (context.c); all zero when it is off */
	const char *entity;   /* the entity's name, or NULL */
	int32_t ent;          /* its index in the story's table + 1; 0 none */
	uint8_t how;          /* dyad_mention_how */
	uint8_t collective;   /* a member of "the two countries" */
} dyad__mention;

typedef struct dyad__actor_opts {
	int agents_alone;     /* 1: an agent without actor is an actor "---AGT"
	                       * (PETRARCH; TABARI SET: CONVERT AGENTS, 8.2.6) */
	int agent_as_written; /* with agents_alone: the agent's own code, "~AGT"
	                       * as TABARI writes it (8.2.6), not "---AGT" */
	int noun_phrases;     /* PETRARCH: an agent joins an actor across any
	                       * preposition of its noun phrase ("soldiers from
	                       * Gondor"), and every member of a compound actor
	                       * the agent qualifies ("envoys of A, B and C");
	                       * TABARI: across IN and OF only, one actor (5.4) */
	int pronouns;         /* resolve pronouns to an earlier actor (TABARI
	                       * 7.7, dyad's own rules); PETRARCH resolves none */
} dyad__actor_opts;

/* An actor's code with an agent's added, the agent placed by its ~
 * (prefix: before it), TABARI manual 5.4: a block the actor's code holds
 * already is not added again, and an agent whose code leads with a
 * primary role ("~GOVMED", a spokesperson) adds only its other blocks to
 * an actor that has a role of its own (CAMEO: one primary role; "Hamas
 * spokesman" is PSEREBHMSMED, "Indian spokesman" INDGOVMED). NULL for
 * no actor or out of memory. */
const char *dyad_actors__compose(dyad_arena *a, const char *actor, const char *agent, int prefix);

/* Find the mentions among the n words of a sentence of an: words[i] is
 * the lower-case word, tok[i] its document token. *out in the arena, in word order.
 * DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_actors__find(dyad__mention **out, size_t *n_out, const dyad_matcher *m,
	dyad_arena *arena, const dyad_analysis *an, const uint32_t *tok, const char *const *words,
	size_t n, int32_t date, const dyad__actor_opts *opts);

#endif
