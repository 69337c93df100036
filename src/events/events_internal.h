/*
 * Shared between the event coder's files: one sentence as the coder sees it
 * (words, which are hidden, clauses, actor mentions) and verb-pattern
 * matching over it (patterns.c). Internal to libdyad.
 */
#ifndef DYAD_EVENTS_INTERNAL_H
#define DYAD_EVENTS_INTERNAL_H

#include <stdint.h>

#include "actors/actors.h"
#include "dict/matcher_internal.h"
#include "dyad/coder.h"
#include "dyad/pipeline.h"

/* How an unresolved synset element of a pattern is read (patterns.c). */
typedef struct dyad__synfix {
	uint32_t set;            /* the synset, DM_NONE: none */
	uint32_t rest;           /* string offset of words glued after its name
	                          * ("MEMOS" of "&TIETYPES_MEMOS"), DM_NONE */
} dyad__synfix;

typedef struct dyad__sent {
	const dyad_matcher *m;
	const dyad_analysis *an;
	uint32_t index;          /* sentence number */
	uint32_t n;              /* words */
	const char **words;      /* lower-case forms */
	uint32_t *tok;           /* document token of each word (a hyphenated
	                          * token gives several words, manual 5.2) */
	uint8_t *hidden;         /* 1: inside an eliminated comma clause (7.8) */
	uint16_t *clause;        /* clause of a compound sentence (7.6) */
	uint16_t report_clause;  /* a postposed attribution's clause (PETRARCH's
	                          * rules), UINT16_MAX: none */
	int32_t *ment_at;        /* mention starting at word i, or -1 */
	int32_t *ment_end;       /* mention ending at word i (last word), or -1 */
	dyad__mention *ments;
	size_t n_ments;
	const dyad__synfix *synset_fix; /* per pattern element: what an
	                          * unresolved &NAME means (5.6), or NULL */
	int allcaps;             /* no lower-case letter in the sentence (7.4) */
	int np_skip;             /* PETRARCH: a pattern's "^" also passes over a
	                          * noun phrase holding no actor */
	const uint8_t *nested;   /* nested[k]: synset k has a member naming
	                          * another synset (5.6), or NULL */
	const uint32_t *special; /* (synset, name) pairs of the members the trie
	                          * cannot match: with gaps or $ + (patterns.c) */
	uint32_t n_special;
	const uint32_t *gapped;  /* (verb, name) pairs of TABARI verb roots
	                          * written with blanks (patterns.c) */
	uint32_t n_gapped;
	uint8_t **syn_len;       /* per word, NULL until asked: synset_len by
	                          * synset, 0xff not yet known (patterns.c); a
	                          * verb's patterns ask the same few synsets at
	                          * the same words again and again. NULL: no memo */
	dyad_arena *arena;       /* for the rows of syn_len */
	const uint64_t *syn_may; /* per word, DM_SYNW(synsets) words: the
	                          * synsets a member of which may start there
	                          * (dyad_matcher__synset_mask), or NULL */
} dyad__sent;

/* What a pattern matched. Mention indexes are -1 when the pattern has no
 * such slot. */
typedef struct dyad__pmatch {
	unsigned score;          /* elements matched: the longer pattern wins */
	unsigned chars;          /* TABARI's length: letters of its words (5.7.1) */
	int32_t src, tgt;        /* $ and + */
	int32_t compound;        /* %: a compound mention for both sides */
	int negation;            /* a matched word was a negation ("NOT *") */
	int32_t skip[4];         /* mentions "^" passed over (5.7.3) */
	unsigned n_skip;
	uint32_t lo, hi;         /* words covered [lo, hi) */
} dyad__pmatch;

/* One verb's place in a sentence, shared by all of the verb's patterns
 * (a verb block may hold hundreds): the visible words on each side,
 * computed once. Large (2 KB): one on the stack per verb. */
#define DYAD__SITE_WORDS 256   /* visible words on one side of the verb */
#define DYAD__SITE_SYNW 4      /* words of dyad__site.syn: up to 256 synsets */
typedef struct dyad__site {
	const dyad__sent *s;
	uint32_t vb, ve;
	unsigned nl, nr;
	uint32_t lpos[DYAD__SITE_WORDS], rpos[DYAD__SITE_WORDS];
	uint64_t pre[2][16];    /* per side (0 left): a bit per hashed pair of
	                         * upper-cased leading bytes of a visible word;
	                         * a pattern word none of them begins with
	                         * cannot match there */
	uint64_t syn[2][DYAD__SITE_SYNW]; /* per side: the synsets a member of
	                         * which may start at a visible word (from
	                         * dyad__sent.syn_may); valid when syn_ok */
	int syn_ok;
} dyad__site;

/* The words of pattern `pattern` (an index into m's patterns) that must
 * each begin a visible word on their side of the verb for it to match, as
 * entries (side << 15 | leading-byte-pair bit) in out (NULL: only count);
 * returns their number. */
uint32_t dyad_events__pattern_needs(uint16_t *out, const dyad_matcher *m, uint32_t pattern);

/* Words of synset `set` (longest member, one level of members naming other
 * synsets) at word w of s, 0 when none; remembered in s->syn_len
 * (synsets.c). */
size_t dyad_events__synset_len(const dyad__sent *s, uint32_t set, uint32_t w);

/* Does the site have every word of needs[0..n) on its side? */
int dyad_events__site_has(const struct dyad__site *st, const uint16_t *needs, uint32_t n);

/* Prepare st for the verb at words [vb, ve) within [lo, hi). */
void dyad_events__site(dyad__site *st, const dyad__sent *s, uint32_t vb, uint32_t ve,
	uint32_t lo, uint32_t hi);

/* Match pattern p at a prepared site: around its verb, within its visible
 * words (hidden words skipped; matching stops at a comma, manual 5.5.3).
 * The caller has checked the pattern's needs (dyad_events__site_has).
 * Returns 1 and fills *out when it matches. */
/* Every pattern's { | } variants, expanded once (patterns.c); NULL on
 * out of memory. */
typedef struct dyad__variants dyad__variants;
dyad__variants *dyad_events__variants_new(dyad_ctx *ctx, const dyad_matcher *m);
void dyad_events__variants_free(dyad__variants *vs);

int dyad_events__pattern_at(dyad__pmatch *out, dyad__site *st, const dm_pattern_view *p,
	const dyad__variants *vs, uint32_t pattern);

/* The pattern as written (arena), NULL on OOM. */
const char *dyad_events__pattern_text(dyad_arena *a, const dyad_matcher *m,
	const dm_pattern_view *p);

/* Fill f, one flag per synset of m: 1 when a member names another synset
 * ("&TIETYPES MEMOS"). Returns whether any does. */
int dyad_events__nested_synsets(uint8_t *f, const dyad_matcher *m);

/* Fill fix, one entry per pattern element of m, for synset elements left
 * unresolved by the dictionary: the synset whose name differs only by a
 * trailing "_" (TABARI's whole-word mark, 5.2.2: "&PREPOSIT1_" defines
 * what "&PREPOSIT1" uses), else a synset followed by glued words
 * ("&TIETYPES_MEMOS": &TIETYPES then MEMOS, as TABARI reads "_", 5.7).
 * Returns whether any element needs it. */
int dyad_events__synset_fix(dyad__synfix *fix, const dyad_matcher *m);

/* Re-resolve s's pronouns whose antecedent lies in an eliminated comma
 * clause (pronouns.c; manual 7.7, 7.8). */
void dyad_events__rebind_pronouns(dyad__sent *s, dyad_trace_fn trace, void *payload);

/* FORWARD: (manual 8.4): give fwd, the actor code the sentence before
 * handed on (or NULL), to s's pronouns before any actor; returns the code
 * s hands on to the next sentence, or NULL (pronouns.c). */
const char *dyad_events__forward(dyad__sent *s, const char *fwd, int32_t date,
	dyad_trace_fn trace, void *payload);

/* The synset members of m that need matching word by word: written with a
 * blank between words (dm_name.gaps: other words may come between, 5.5.3),
 * or holding the actor markers $ or + ("PESO_$", 5.6). Fills out (when not
 * NULL) with (synset, name) pairs; returns how many. */
uint32_t dyad_events__synset_special(uint32_t *out, const dyad_matcher *m);

/* TABARI verb roots written with a blank between words, whose other words
 * may come later in the clause ("DEATH TOLL RISEN": "death toll has
 * risen", 5.5.3): (verb, name) pairs into out when not NULL; the count. */
uint32_t dyad_events__gapped_verbs(uint32_t *out, const dyad_matcher *m);

/* The longest such root starting at word w, its other words among the
 * visible words before hi and the next comma; `first`, when not NULL,
 * stands for word w (its lemma). Fills vm (n_words: the words spanned). */
int dyad_events__gapped_verb(dyad_verb_match *vm, const dyad__sent *s, uint32_t w, uint32_t hi,
	const char *first);

/* PETRARCH's new_actor_length: the first noun phrase starting among the
 * visible words [lo, hi) (with at_lo, one starting at lo), as a quoted
 * upper-case actor code, when it has at most maxlen words (newactors.c);
 * NULL when none, or too long, or on OOM. */
const char *dyad_events__new_actor(dyad_arena *a, const dyad__sent *s, uint32_t lo,
	uint32_t hi, unsigned maxlen, int at_lo);

/* Is a visible word of [lo, hi) in a noun phrase other than those of the
 * words [not_b, not_e), a bare time expression aside (newactors.c)? */
int dyad_events__has_np(const dyad__sent *s, uint32_t lo, uint32_t hi, uint32_t not_b,
	uint32_t not_e);

/* PETRARCH: is there a noun phrase between the last visible comma of
 * [clo, vb) and the verb at vb (newactors.c)? */
int dyad_events__comma_np(const dyad__sent *s, uint32_t clo, uint32_t vb);

/* PETRARCH without require_dyad: may the verb [vb, ve) of clause [clo,
 * chi) code with a missing side (src or tgt -1) as "---", a noun phrase
 * standing in its place (newactors.c)? */
int dyad_events__null_sides(const dyad__sent *s, uint32_t vb, uint32_t ve, uint32_t clo,
	uint32_t chi, int32_t src, int32_t tgt);

/* Does a clause governed by the verb group ending at word ve follow it
 * (newactors.c)? */
int dyad_events__governs_clause(const dyad__sent *s, uint32_t ve);

/* The word after the noun phrase chunk holding word i ("of" phrases taken
 * in), at most hi (newactors.c). */
uint32_t dyad_events__np_after(const dyad__sent *s, uint32_t i, uint32_t hi);

/* PETRARCH: per verb block of m, the last block of the same name, which
 * replaces it (duplicates.c); *out NULL when no name repeats, else owned
 * by the caller (m->n[DM_S_VERBS] entries). DYAD_ENOMEM only. */
int dyad_events__verb_last(uint32_t **out, dyad_ctx *ctx, const dyad_matcher *m);

/* Is w a negation word? */
int dyad_events__negation(const char *w);

/* ---- Sources and targets (sources.c) ------------------------------- */

/* A side filled by a DEFAULT: code (8.5) instead of a mention. */
#define DEF_SRC (-2)
#define DEF_TGT (-3)

/* Is mention i usable as an actor here (coded, not hidden)? */
int dyad_events__live(const dyad__sent *s, size_t i);

/* The compound mention i stands for: its group, or for THEY/THEM/THEIR the
 * group of the compound it refers to (7.7); -1 for none. */
int32_t dyad_events__side_group(const dyad__sent *s, int32_t i);

/* Does mention x have mention a's code (a < 0: never)? */
int dyad_events__same_code(const dyad__sent *s, int32_t a, const dyad__mention *x);

/* The first live mention starting in [lo, hi) whose code is not mention
 * `not`'s, passing over pm's skipped words (pm may be NULL); -1 none. */
int32_t dyad_events__first_skip(const dyad__sent *s, uint32_t lo, uint32_t hi, int32_t not,
	const dyad__pmatch *pm);

/* The first live mention starting in [lo, hi); -1 none. */
int32_t dyad_events__first_in(const dyad__sent *s, uint32_t lo, uint32_t hi);

/* The source and target mentions (or DEF_SRC, DEF_TGT, -1) of the verb at
 * [vb, ve) in the clause [clo, chi), from pm's slots and the default
 * rules; keep: the source a clause after a conjunction keeps (7.6), or -1. */
void dyad_events__actors_for(const dyad_coder *c, const dyad__sent *s, const dyad__pmatch *pm,
	uint32_t vb, uint32_t ve, uint32_t clo, uint32_t chi, int32_t keep, int32_t *src,
	int32_t *tgt);

/* political.c: dyad's rules for what is political (dyad_rules=true).
 * political: a side that may make a plain statement (010): a state or a
 * political role, not only a business, the media or nobody. org_names:
 * a state first in an organisation's name takes the body's sector
 * ("Canadian Bond Rating Corp" CANBUS). market_verb: the verb in
 * [lo, hi) has a market quantity as subject or object ("sold bonds"). */
int dyad_events__political(const char *code);
void dyad_events__org_names(dyad_arena *a, dyad__sent *s);
/* adjectival: word i, tagged a verb, is a participle used as an adjective
 * ("of approved supplies", "its working group") or a reduced relative
 * after a time noun ("the week ended March 19"), no verb of its clause. */
int dyad_events__adjectival(const dyad__sent *s, uint32_t i);
int dyad_events__market_verb(const dyad__sent *s, uint32_t vb, uint32_t ve, uint32_t lo,
	uint32_t hi);

#endif
