/*
 * dyad/chunk.h — shallow syntax: flat, non-overlapping chunks and clauses.
 *
 * Chunks follow the CoNLL-2000 convention: an NP is a base noun phrase
 * (determiners, adjectives, nouns, possessives inside: "Russia 's defence
 * minister"), a VP a verb group (auxiliaries, modals, adverbs and negation
 * between them, the main verb last), a PP the preposition(s) alone, followed
 * by the NP that is its object. Verb groups carry tense, voice and negation
 * flags. Clauses group chunks: the main clause, subordinate clauses opened by
 * a complementiser ("that", "because"), relative clauses ("who", "which"),
 * and reported speech ("…, X said"). This is what the coder matches
 * patterns over, in place of a full parse.
 */
#ifndef DYAD_CHUNK_H
#define DYAD_CHUNK_H

#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_chunk_type {
	DYAD_CHUNK_NP = 1,
	DYAD_CHUNK_VP,
	DYAD_CHUNK_PP,
	DYAD_CHUNK_ADJP,
	DYAD_CHUNK_ADVP,
	DYAD_CHUNK_SBAR,  /* complementiser / subordinator: that, because, while */
	DYAD_CHUNK_PRT,   /* verb particle: "carry out" */
	DYAD_CHUNK_CONJ,  /* coordinating conjunction between chunks */
	DYAD_CHUNK_PUNCT, /* punctuation kept as its own chunk */
	DYAD_CHUNK_O      /* anything else */
} dyad_chunk_type;

/* Verb-group flags (VP only), and a few NP flags. */
enum {
	DYAD_VPF_NEGATED = 1u << 0,   /* not, n't, never in the group */
	DYAD_VPF_PASSIVE = 1u << 1,   /* form of be/get + VBN */
	DYAD_VPF_PAST = 1u << 2,
	DYAD_VPF_PRESENT = 1u << 3,
	DYAD_VPF_FUTURE = 1u << 4,    /* will/shall/'ll, going to */
	DYAD_VPF_MODAL = 1u << 5,     /* can could may might must should would */
	DYAD_VPF_PERFECT = 1u << 6,   /* have + VBN */
	DYAD_VPF_PROGRESSIVE = 1u << 7, /* be + VBG */
	DYAD_VPF_INFINITIVE = 1u << 8, /* to + VB */
	DYAD_VPF_GERUND = 1u << 9,    /* bare VBG heading the group */
	DYAD_NPF_PRONOUN = 1u << 10,  /* NP is a pronoun */
	DYAD_NPF_POSSESSIVE = 1u << 11, /* NP contains 's / possessive pronoun */
	DYAD_NPF_PROPER = 1u << 12    /* NP head is a proper noun */
};

typedef struct dyad_chunk {
	uint32_t tok_begin, tok_end; /* token range [begin, end) in the document */
	uint32_t head;               /* head token: last noun of NP, main verb of VP */
	uint16_t flags;              /* DYAD_VPF_* / DYAD_NPF_* */
	uint8_t type;                /* dyad_chunk_type */
	int32_t clause;              /* index of its clause in the document */
} dyad_chunk;

typedef enum dyad_clause_type {
	DYAD_CLAUSE_MAIN = 1,
	DYAD_CLAUSE_SUBORDINATE, /* that / whether / because / if … */
	DYAD_CLAUSE_RELATIVE,    /* who / which / that after a noun */
	DYAD_CLAUSE_REPORTING,   /* ", X said" / "said X" around reported speech */
	DYAD_CLAUSE_PARTICIPIAL  /* "Speaking to Hed in Lumen, …" */
} dyad_clause_type;

typedef struct dyad_clause {
	uint32_t chunk_begin, chunk_end; /* chunk range [begin, end) */
	int32_t parent;                  /* enclosing clause, -1 for top level */
	uint8_t type;                    /* dyad_clause_type */
	uint32_t sentence;               /* sentence index */
} dyad_clause;

typedef struct dyad_doc_chunks {
	dyad_chunk *chunks;
	size_t n_chunks;
	dyad_clause *clauses;
	size_t n_clauses;
	/* sent_chunk[s] .. sent_chunk[s+1] are sentence s's chunks
	 * (n_sents + 1 entries); likewise sent_clause for clauses. */
	uint32_t *sent_chunk;
	uint32_t *sent_clause;
} dyad_doc_chunks;

/* Chunk every sentence of a tagged document (tags must be set), and set
 * each token's chunk field to its chunk index (-1 for none). DYAD_ENOMEM
 * only. */
DYAD_NODISCARD int dyad_chunk_doc(dyad_doc_chunks *out, dyad_ctx *ctx, dyad_arena *arena,
	dyad_doc_text *doc);

/* "NP", "VP", "PP", …; "MAIN", "SUB", "REL", "REPORT", "PART" for clauses. */
const char *dyad_chunk_type_name(dyad_chunk_type t);
const char *dyad_clause_type_name(dyad_clause_type t);

#ifdef __cplusplus
}
#endif
#endif
