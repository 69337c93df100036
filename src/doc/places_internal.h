/*
 * Internals shared by the gazetteer (gazetteer.c) and the locative finder
 * (places.c): the compiled table and its longest-match lookup over a
 * document's tokens.
 */
#ifndef DYAD_DOC_PLACES_INTERNAL_H
#define DYAD_DOC_PLACES_INTERNAL_H

#include <stdint.h>

#include "dyad/places.h"

typedef struct dyad__gz_place {
	const char *name;
	const char *country; /* NULL when the line says "-" */
	uint8_t kind;
} dyad__gz_place;

/* One name (canonical or alternate) in the open-addressed table: its words'
 * lower-cased forms joined by single spaces. key NULL = empty slot. */
typedef struct dyad__gz_slot {
	uint64_t hash;
	const char *key;
	uint32_t key_len;
	uint32_t place;
	uint8_t n_words;
	uint8_t caps; /* written in capitals ("UAE"): only such a name matches an all-caps token */
} dyad__gz_slot;

struct dyad_gazetteer {
	dyad_ctx *ctx;
	dyad_arena *mem; /* every string, place and the table */
	dyad__gz_place *places;
	size_t n_places;
	dyad__gz_slot *slots;
	size_t mask; /* slots - 1, a power of two minus one */
	size_t n_names;
};

/* Longest name at document tokens [b, lim) (at most DYAD_PLACES_MAX_WORDS
 * words): its place index, or -1; *n_words gets its length. A word in
 * capitals matches only a name written so ("the GAO" is not Gao) unless
 * any_case (a dateline's "KYIV"). */
int32_t dyad__gaz_match(const dyad_gazetteer *g, const dyad_token *toks, uint32_t b, uint32_t lim,
	uint32_t *n_words, int any_case);

#endif
