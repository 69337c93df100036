/*
 * Internal layout of dyad_lexicon, shared by lexicon.c (loading), tagger.c
 * and lemma.c (reading). Not part of the public API.
 *
 * Every table is open addressing over one array of entries whose keys point
 * into the file buffers read at load time (each key NUL-terminated in
 * place), so loading costs one allocation per file plus one per table and
 * no allocation per entry.
 */
#ifndef DYAD_LEXICON_INTERNAL_H
#define DYAD_LEXICON_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/lexicon.h"
#include "dyad/tagger.h"

/* festlex-poslex tags that the tagger decodes over, in the order of the
 * n-gram file's vocabulary. Its two remaining tags, `1` and `2`, collect
 * WSJ's disjunctive annotations (JJ|VBN and the like: 79 words, and one
 * word for `2`); no output tag corresponds, so they are dropped. */
enum dyad__ftag {
	DYAD__F_NN, DYAD__F_PUNC, DYAD__F_NNP, DYAD__F_DT, DYAD__F_IN, DYAD__F_JJ,
	DYAD__F_NNS, DYAD__F_CD, DYAD__F_RB, DYAD__F_VBD, DYAD__F_VB, DYAD__F_PRP,
	DYAD__F_CC, DYAD__F_OF, DYAD__F_TO, DYAD__F_VBZ, DYAD__F_VBN, DYAD__F_VBG,
	DYAD__F_VBP, DYAD__F_MD, DYAD__F_POS, DYAD__F_WDT, DYAD__F_JJR, DYAD__F_WP,
	DYAD__F_NNPS, DYAD__F_WRB, DYAD__F_JJS, DYAD__F_RBR, DYAD__F_RP, DYAD__F_EX,
	DYAD__F_RBS, DYAD__F_PDT, DYAD__F_FW, DYAD__F_UH, DYAD__F_SYM, DYAD__F_LS,
	DYAD__NTAG
};

/* festlex spelling of a tag ("nn", "punc"). */
extern const char *const dyad__ftag_names[DYAD__NTAG];

/* One emission: log P(word | tag), natural log as in the file. */
typedef struct dyad__emit {
	float lp;
	uint8_t tag;
} dyad__emit;

/* A table entry. key is NUL-terminated; val is the exception's base form
 * (WordNet .exc), or em/n_em index the emissions (poslex). */
typedef struct dyad__entry {
	const char *key;
	/* The key's first 8 bytes, zero-padded: most words are no longer, so a
	 * lookup compares them here without touching the file buffer (one
	 * cache miss less per token on a large lexicon). */
	uint64_t head;
	uint32_t len, hash;
	union {
		const char *val;
		struct { uint32_t em, n_em; } e;
	} u;
} dyad__entry;

/* A token's candidate tags for the tagger and their emission scores. */
#define DYAD__CAND_MAX 8
typedef struct dyad__cands {
	float e[DYAD__CAND_MAX];
	uint8_t t[DYAD__CAND_MAX]; /* enum dyad__ftag */
	uint8_t n;
	uint8_t n_lex; /* the first n_lex are the word's own emissions */
} dyad__cands;

/* Entries are dense, in file order; the open-addressing slots hold entry
 * index + 1 (0 = empty), so the array to clear and probe is small. */
typedef struct dyad__tab {
	uint32_t *slots;    /* mask+1 */
	dyad__entry *ents;  /* cap, n used */
	uint32_t mask, n, cap;
} dyad__tab;

/* WordNet parts of speech, in file-name order. */
enum { DYAD__WN_NOUN, DYAD__WN_VERB, DYAD__WN_ADJ, DYAD__WN_ADV, DYAD__WN_N };

#define DYAD__NBUF 10

struct dyad_lexicon {
	dyad_ctx *ctx;            /* its allocator frees everything */
	char *buf[DYAD__NBUF];    /* file contents (keys point here) */
	size_t buf_len[DYAD__NBUF];
	dyad__tab words;          /* poslex, lower case */
	dyad__emit *emits;
	size_t n_emits;
	/* log P(c | a b), interpolated trigram/bigram/unigram, stored as
	 * trans_bca[b][c][a]: the decoder's innermost loop runs over a, which
	 * then reads one contiguous row instead of striding DYAD__NTAG^2
	 * floats per step. */
	float trans_bca[DYAD__NTAG][DYAD__NTAG][DYAD__NTAG];
	float log_prior[DYAD__NTAG]; /* log P(tag) */
	/* Each poslex word's tagger candidates before the token's shape
	 * weighs in, built once at load time (tagger.c), parallel to
	 * words.ents; n = 0 where they depend on the shape after all. */
	dyad__cands *cands;
	size_t n_cands;
	dyad__tab wn_index[DYAD__WN_N];
	dyad__tab wn_exc[DYAD__WN_N];
	/* WordNet lemma of each poslex word in each class its tags take,
	 * reduced once at load time (lemma.c) so that lemmatising a known word
	 * is one lookup: lemmas[entry index * DYAD__LEMMA_SLOTS + 2 * wn +
	 * inflected]; NULL where not precomputed (reduced when asked). */
	const char **lemmas;
	size_t n_lemmas;
};

#define DYAD__LEMMA_SLOTS (2 * DYAD__WN_N)

uint32_t dyad__hash(const char *s, size_t len);

/* The entry for s[0..len), or NULL. */
const dyad__entry *dyad__tab_find(const dyad__tab *t, const char *s, size_t len);

/* The same lookup in steps, for a caller with many keys at once (the
 * tagger, a sentence): hash them all, prefetch their slots, then their
 * entries, then finish each. A lookup in a table of tens of thousands of
 * words is two cache misses; overlapping them across the sentence's tokens
 * hides most of the wait. */
typedef struct dyad__key {
	const char *s;
	size_t len;
	uint64_t head;
	uint32_t hash;
} dyad__key;

void dyad__key_init(dyad__key *k, const char *s, size_t len);

/* Index + 1 of the entry in the key's first slot (0 if empty): the entry
 * to prefetch, and its index in parallel arrays. Loads the slot. */
static inline uint32_t dyad__tab_first(const dyad__tab *t, const dyad__key *k)
{
	return t->slots ? t->slots[k->hash & t->mask] : 0;
}

const dyad__entry *dyad__tab_find_key(const dyad__tab *t, const dyad__key *k);

#if defined(__GNUC__) || defined(__clang__)
#define DYAD__PREFETCH(p) __builtin_prefetch(p)
#else
#define DYAD__PREFETCH(p) ((void)(p))
#endif

/* Fill lex->cands (tagger.c); the poslex and n-gram files must be
 * loaded. DYAD_ENOMEM only. */
int dyad__tagger_prepare(dyad_lexicon *lex);

/* Fill lex->lemmas (lemma.c); the poslex and WordNet tables must be
 * loaded. DYAD_ENOMEM only. */
int dyad__lemma_prepare(dyad_lexicon *lex);

#endif
