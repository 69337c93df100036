/*
 * The coder handle and the options it acts on (options.c), and the clause
 * handling the coder runs on each sentence (clauses.c), shared by the event
 * coder's files. Internal to libdyad.
 */
#ifndef DYAD_EVENTS_CODER_INTERNAL_H
#define DYAD_EVENTS_CODER_INTERNAL_H

#include <stdint.h>

#include "dyad/coder.h"

struct dyad__keyindex;

/* When the coder stops looking for events in a sentence (manual 7.6.1). */
enum { DYAD__BY_CLAUSE = 0, DYAD__BY_SENTENCE, DYAD__BY_ALL };

struct dyad_coder {
	dyad_ctx *ctx;
	const dyad_matcher *m;
	int keep_negated;
	int context;             /* actors from story context (context.c) */
	struct dyad__keyindex *keys; /* with context: the dictionary's
	                          * multi-word actor phrases by name key; owned */
	int dialect_tabari;      /* TABARI .options given: TABARI's rules */
	int require_dyad;        /* 0: code events missing a side as "---" */
	int dyad_rules;          /* dyad_rules=true (dyad's own dictionaries): where
	                          * PETRARCH's rules are a limitation of its parser
	                          * rather than a coding decision, dyad's own rule
	                          * instead: pronouns are resolved */
	int us_dotted;           /* an all-capitals US reads as U.S. (coder.c,
	                          * spells_us_dotted) */
	unsigned new_actor_length; /* PETRARCH: a noun phrase of at most this
	                          * many words fills an empty slot; 0 off */
	int agents_alone;        /* an agent without actor is "---AGT" */
	unsigned complex_verbs;  /* COMPLEX: VERBS[n] (manual 8.7); 0 off */
	unsigned complex_conj;   /* COMPLEX: CONJ[n] */
	int noactprior;          /* COMPLEX: NOACTPRIOR */
	unsigned min_words;      /* SET: MINIMUM WORDS (8.2.3); 0 off */
	int code_by;             /* SET: CODE BY ... (7.6.1): DYAD__BY_* */
	int time_shift;          /* <TIME> phrases apply (10.5, SET: TIME SHIFT
	                          * 8.2.9): on when the dictionary has some */
	unsigned comma_min, comma_max; /* nonrestrictive clause length (7.8) */
	unsigned comma_emin, comma_emax; /* the same, ending the sentence */
	unsigned comma_bmin, comma_bmax; /* the same, beginning it (8.6) */
	/* DEFAULT: (manual 8.5): codes of at most 15 characters, "" when off */
	char def_src[16], def_tgt[16];
	int def_prior;           /* the default source whenever none precedes
	                          * the verb */
	int def_after;           /* the default target whenever none follows */
	int forward;             /* FORWARD: (manual 8.4): a pronoun before any
	                          * actor takes one from the sentence before */
	char fwd_format[32];     /* its sequence format (^ * N S), "" when none */
	struct dyad__synfix *synset_fix; /* per pattern element (patterns.c); NULL when
	                          * none needs it; owned */
	uint8_t *nested;         /* per synset: a member names a synset (5.6);
	                          * NULL when none does; owned */
	uint32_t *special;       /* dyad_events__synset_special pairs; owned */
	uint32_t n_special;
	uint32_t *verb_last;     /* PETRARCH: a verb block's replacement
	                          * (dyad_events__verb_last), or NULL; owned */
	uint32_t *gapped;        /* dyad_events__gapped_verbs pairs; owned */
	uint32_t n_gapped;
	uint32_t *needs_at;      /* per pattern, and one more: its words in
	                          * needs[needs_at[p] .. needs_at[p+1]); NULL
	                          * when not built; owned */
	uint16_t *needs;         /* dyad_events__pattern_needs entries; owned */
	struct dyad__variants *variants; /* every pattern's variants; owned, NULL when
	                          * the matcher has no patterns */
};

/* Read option lines into c (defaults first). */
void dyad_events__options(dyad_coder *c, const char *const *lines, size_t n);

struct dyad__sent; /* events_internal.h */

/* With PETRARCH's rules, hide the commas between coordinate adjectives
 * of a noun phrase: no clause boundary there. */
void dyad_events__hide_np_commas(const dyad_coder *c, struct dyad__sent *s);

/* Hide the words of s's comma-delimited nonrestrictive clauses whose length
 * c's comma options allow (manual 7.8, 8.6), a clause holding a compound
 * actor list aside; nothing when all are off. */
void dyad_events__hide_commas(const dyad_coder *c, struct dyad__sent *s);

/* Number s's words by clause of a compound sentence: a visible AND/BUT/OR/NOR
 * outside a compound actor or an adjective pair starts one (7.6). Returns
 * the conjunctions counted for COMPLEX: CONJ (8.7), those joining
 * adjectives included. */
unsigned dyad_events__split_clauses(struct dyad__sent *s);

/* Give a postposed attribution ("..., an official said") its own clause
 * number in s, renumbering the rest (PETRARCH's rules). Returns its first
 * clause number, UINT16_MAX when the sentence has none. */
uint16_t dyad_events__split_attribution(struct dyad__sent *s);

/* Could word i of s be a verb (verbs.c)? */
int dyad_events__verb_candidate(const dyad_coder *c, const struct dyad__sent *s, uint32_t i);

/* The verb entry at word i of s (its word or lemma; a TABARI root with
 * blanks whose words come later in the clause), 1 when found (verbs.c). */
int dyad_events__lookup_verb(const dyad_coder *c, const struct dyad__sent *s, uint32_t i,
	dyad_verb_match *vm);

/* As dyad_events__lookup_verb for the verb word i of a verb phrase, or with
 * PETRARCH's rules a multi-word verb opening up to two words before it in
 * the clause starting at clo; *vb: the verb's first word (verbs.c). */
int dyad_events__lookup_from(const dyad_coder *c, const struct dyad__sent *s, uint32_t i,
	uint32_t clo, dyad_verb_match *vm, uint32_t *vb);

/* Only the second part of dyad_events__lookup_from: a multi-word verb
 * opening before word i (PETRARCH's rules); 0 when none (verbs.c). */
int dyad_events__lookup_back(const dyad_coder *c, const struct dyad__sent *s, uint32_t i,
	uint32_t clo, dyad_verb_match *vm, uint32_t *vb);

#endif
