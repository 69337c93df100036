/*
 * Actors from story context (issue 5): an entity table per story, built as
 * the coder reads its sentences in order. Unknown names take the code of
 * the title and nationality around them; later mentions by name, surname,
 * a transliteration variant, title alone, pronoun or collective phrase
 * resolve to the entities already seen. Internal to libdyad; the coder
 * (src/events) is its only user.
 */
#ifndef DYAD_ACTORS_CONTEXT_H
#define DYAD_ACTORS_CONTEXT_H

#include <stdint.h>

#include "actors.h"
#include "dyad/coder.h"

/* A key for a name that transliteration variants share (Sergei/Sergey,
 * Mohammed/Muhammad, Aleksandr/Alexander): per word, lower case, accents
 * folded, letter groups mapped (kh h, ph f, x ks, w v, y i, ...), double
 * letters merged, vowels after the first letter dropped but for a final
 * one; words joined by one blank. Words are split at blanks, '_' and
 * '-'. Writes at most cap bytes with the NUL; returns the key's length. */
size_t dyad_context__name_key(char *out, size_t cap, const char *name, size_t len);

/* Keys of the matcher's multi-word actor phrases, so that a variant
 * spelling ("Sergey Shoigu") finds the dictionary's person. */
typedef struct dyad__keyindex dyad__keyindex;
DYAD_NODISCARD int dyad_context__index_new(dyad__keyindex **out, dyad_ctx *ctx,
	const dyad_matcher *m);
void dyad_context__index_free(dyad__keyindex *ix, dyad_ctx *ctx);

/* The dictionary phrase whose key is key (two words or more), looked up
 * again for its code on date; 1 when found. */
int dyad_context__index_find(const dyad__keyindex *ix, const dyad_matcher *m, int32_t date,
	const char *key, dyad_actor_match *am);

/* Does c separate the words of a name (blank, '_', '-')? */
static inline int dyad_context__name_sep(char c)
{
	return c == ' ' || c == '_' || c == '-';
}

typedef struct dyad__entity {
	const char *name;        /* as first written (arena) */
	char key[64];            /* dyad_context__name_key of the name */
	char last[32];           /* key of its last word (the surname) */
	const char *code;
	const char *agent_code;  /* its title's agent code, or NULL */
	const char *title;       /* its title's agent phrase, or NULL */
	uint8_t agent_prefix;
	uint8_t person;
	char gender;             /* 0 unknown, 'm', 'f' */
	char country[4];         /* first code block when a state's, else "" */
	uint32_t seen;           /* recency stamp */
	uint32_t sent;           /* the sentence it was last mentioned in */
} dyad__entity;

typedef struct dyad__context {
	dyad_arena *a;
	const dyad_matcher *m;
	const dyad__keyindex *ix;
	int32_t date;
	dyad__entity *ents;
	size_t n_ents, cap_ents;
	uint32_t stamp;
	int32_t subject;         /* entity that was the subject of the sentence
	                          * before, -1; -2 someone not in the table */
	uint32_t sent;           /* the sentence being read */
	struct {
		char cc[4];
		const char *code;    /* as last coded */
		const char *entity;  /* that mention's entity, or NULL */
		uint32_t t[2];       /* that mention's tokens [b, e] */
		uint32_t st[2];      /* the last naming the state alone ("Verania"),
		                      * st[1] < st[0] when none */
		uint32_t seen;
	} ctry[16];
	size_t n_ctry;           /* states mentioned, most recent use stamped */
	struct {
		const char *code[4]; /* members, as coded, in order */
		const char *entity;  /* the coordination as written */
		uint32_t n;          /* members; 0 none */
		uint32_t sent;       /* its sentence */
	} grp;                   /* the last coordinated subject ("Qatar, Egypt
	                          * and the US"): "the three countries", "they" */
	dyad_mention *out;       /* every resolved mention of the story */
	size_t n_out, cap_out;
} dyad__context;

void dyad_context__init(dyad__context *cx, dyad_arena *a, const dyad_matcher *m,
	const dyad__keyindex *ix, int32_t date);

/* Add an entity; returns its index, -1 on OOM. */
int32_t dyad_context__add(dyad__context *cx, const char *name, size_t len, const char *code,
	int person);

/* The entity the name (n lower-case words) refers to: the same full-name
 * key, or one word matching an entity's surname; -1 when none. */
int32_t dyad_context__find(const dyad__context *cx, const char *const *words, size_t n);

/* Resolve the mentions of one sentence (words and tok as for
 * dyad_actors__find) against the story so far, adding mentions for names
 * and collective phrases (*ments is replaced, still in word order) and
 * updating the table. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_context__sentence(dyad__context *cx, const dyad_analysis *an,
	uint32_t si, const uint32_t *tok, const char *const *words, size_t n,
	dyad__mention **ments, size_t *n_ments);

/* Record the coded mentions of sentence si once the coder has settled
 * them. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_context__record(dyad__context *cx, const dyad_analysis *an, uint32_t si,
	const uint32_t *tok, const dyad__mention *ments, size_t n);

/* The text of document tokens [b, e] (inclusive), arena; NULL on OOM. */
const char *dyad_context__text(dyad_arena *a, const dyad_analysis *an, uint32_t b, uint32_t e);

#endif
