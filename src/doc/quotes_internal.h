/*
 * Internals shared by the statement finder (quotes.c: pairing marks,
 * statements, scare quotes) and its attribution search (quotes_attr.c:
 * verbs of saying, speakers, subjects, "…, X said"). Chunk-level helpers
 * over one story; all ranges are document token or chunk indexes.
 */
#ifndef DYAD_DOC_QUOTES_INTERNAL_H
#define DYAD_DOC_QUOTES_INTERNAL_H

#include <stdlib.h>
#include <string.h>

#include "dyad/quotes.h"
#include "dyad/tagger.h"

static inline int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static inline int in_list(const char *w, const char *const *list, size_t n)
{
	return w && bsearch(&w, list, n, sizeof *list, cmp_str) != NULL;
}

#define IN_LIST(w, list) in_list((w), (list), sizeof(list) / sizeof((list)[0]))

/* A statement being found: token ranges, 0-length when none. */
typedef struct dyad__qattr {
	uint32_t spk[2], addr[2], verb[2];
	uint32_t end_chunk; /* chunk after the attribution */
	int partial;        /* by a verb that only governs a partial quote (partial_vp) */
} dyad__qattr;

typedef struct dyad__qz {
	const dyad_token *t;
	size_t nt;
	const dyad_chunk *ch;
	size_t nch;
	const dyad_doc_chunks *dc;
	const dyad_doc_text *doc;
	dyad_arena *arena;
	uint32_t *sent;      /* token → sentence */
	uint8_t *in_quote;   /* token inside a direct quote, marks included */
	uint8_t *verb_used;  /* token is the verb of a direct quote's attribution */
	dyad__qattr *post;          /* per sentence: its postposed attribution */
	uint32_t *post_comma; /* per sentence: token of that attribution's comma, else UINT32_MAX */
	dyad_quote *q;
	size_t n, cap;
	int oom;
} dyad__qz;

/* ---- tokens and chunks ---- */

static inline const char *lem(const dyad_token *t)
{
	return t->lemma ? t->lemma : t->lower;
}

static inline int is_type(const dyad__qz *z, uint32_t k, int type)
{
	return k < z->nch && z->ch[k].type == type;
}

static inline const dyad_token *first(const dyad__qz *z, uint32_t k)
{
	return &z->t[z->ch[k].tok_begin];
}

static inline int comma(const dyad__qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_PUNCT) && first(z, k)->tag == DYAD_POS_COMMA;
}

static inline int np(const dyad__qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_NP);
}

static inline int punct_is(const dyad__qz *z, uint32_t k, const char *w)
{
	return is_type(z, k, DYAD_CHUNK_PUNCT) && first(z, k)->lower &&
		!strcmp(first(z, k)->lower, w);
}

static inline void set(uint32_t r[2], uint32_t b, uint32_t e)
{
	r[0] = b;
	r[1] = e;
}

/* quotes_attr.c: verb classes (say_vp 1 reports a clause, 2 only
 * attributes a quotation beside it), the speaker phrase after a chunk, the
 * subject of a verb group, and the attributions after a closing mark,
 * before an opening mark and after a sentence (documented there). */
int dyad__q_say_vp(const dyad__qz *z, uint32_t k);
int dyad__q_vp_lemma(const dyad__qz *z, uint32_t k, const char *w);
int dyad__q_addr_verb(const dyad__qz *z, uint32_t k);
int dyad__q_according(const dyad__qz *z, uint32_t k);
int dyad__q_head_in_time(const dyad__qz *z, uint32_t k);
uint32_t dyad__q_phrase_after(const dyad__qz *z, uint32_t k, uint32_t hi, uint32_t r[2]);
int dyad__q_finite_vp(const dyad__qz *z, uint32_t k);
/* "X, in a statement, called": a participle-tagged main verb (quotes_attr.c) */
int dyad__q_fenced_main(const dyad__qz *z, uint32_t k);
int dyad__q_subject_before(const dyad__qz *z, uint32_t v, uint32_t lo, uint32_t r[2]);
uint32_t dyad__q_as_saying(const dyad__qz *z, uint32_t k, uint32_t hi);
int dyad__q_attrib_after(const dyad__qz *z, uint32_t m, dyad__qattr *a);
int dyad__q_attrib_before(const dyad__qz *z, uint32_t o, dyad__qattr *a, int *near);
int dyad__q_attrib_before_from(const dyad__qz *z, uint32_t s, uint32_t from, dyad__qattr *a, int *near);
void dyad__q_find_post(dyad__qz *z, uint32_t s);
int dyad__q_doc_noun(const char *w);

#endif
