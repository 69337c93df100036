/*
 * dyad/places.h — where an event happened: a gazetteer of countries,
 * capitals, cities and regions (dictionaries/places.tsv, built in; format in
 * docs/dictionaries.md) and the locative phrases of a story that name a
 * place ("in Beijing", "in the southern city of Zhuhai", "at a forum in
 * Astana", "in Lumen" for a place no gazetteer knows).
 *
 * Only locatives count: a place after in/at/near/outside/inside/across/
 * throughout/around/within/into, or after "to" following a visit or trip
 * noun. "from Beijing" is where someone came from, and "Beijing said" is an
 * actor; neither is a place here.
 */
#ifndef DYAD_PLACES_H
#define DYAD_PLACES_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/chunk.h"
#include "dyad/common.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a place is. UNKNOWN: a proper name in a locative that the gazetteer
 * does not hold (its kind comes from "the city of X" when the text says). */
typedef enum dyad_place_kind {
	DYAD_PLACE_UNKNOWN = 0,
	DYAD_PLACE_COUNTRY,
	DYAD_PLACE_CAPITAL,
	DYAD_PLACE_CITY,
	DYAD_PLACE_REGION
} dyad_place_kind;

/* "country", "capital", "city", "region"; "place" for UNKNOWN. */
const char *dyad_place_kind_name(dyad_place_kind k);

typedef struct dyad_gazetteer dyad_gazetteer;

/* Read a gazetteer from path, or the built-in places.tsv when path is NULL
 * (a path "builtin:NAME" names another built-in file). Names and their
 * alternates are cut into words by dyad's own tokenizer and matched
 * case-insensitively, longest first, up to DYAD_PLACES_MAX_WORDS words.
 * DYAD_EINPUT with "file:line: message" on ctx for a malformed line,
 * DYAD_ENOTFOUND / DYAD_EIO for the file, DYAD_ENOMEM. ctx must outlive
 * the gazetteer, which is immutable and may be shared between threads. */
#define DYAD_PLACES_MAX_WORDS 6
DYAD_NODISCARD int dyad_gazetteer_new(dyad_gazetteer **out, dyad_ctx *ctx, const char *path);
/* Same, from text[0..len) named name in messages. */
DYAD_NODISCARD int dyad_gazetteer_new_mem(dyad_gazetteer **out, dyad_ctx *ctx, const char *name,
	const char *text, size_t len);
void dyad_gazetteer_free(dyad_gazetteer *g);
/* Number of distinct places (lines) and of names (with alternates). */
size_t dyad_gazetteer_count(const dyad_gazetteer *g);
size_t dyad_gazetteer_names(const dyad_gazetteer *g);

typedef struct dyad_place {
	uint32_t sentence;
	uint32_t tok[2];        /* the name's document tokens [b, e) */
	uint32_t phrase_tok[2]; /* the whole locative phrase, e.g. "in the southern city of Zhuhai" */
	const char *name;       /* canonical name (gazetteer's, or the text's for an unknown place) */
	const char *country;    /* CAMEO country code, NULL when unknown */
	uint8_t kind;           /* dyad_place_kind */
} dyad_place;

/* Every locative place mention of an analysed story (chunked), in text
 * order, into *out (arena; NULL when *n is 0). Strings point into the
 * gazetteer or the arena. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_places_find(dyad_place **out, size_t *n, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_gazetteer *g, const dyad_analysis *an);

/* The place of the event whose verb group is document tokens verb_tok
 * [b, e) in sentence: index into p[0..n) or -1. A locative in the verb's
 * clause wins, the first after the verb before the nearest one before it;
 * then one in a participial clause attached to the verb's clause
 * ("Speaking to Hed in Lumen, Korsak said ..."); places in other clauses
 * (reported speech, subordinate and relative clauses) are not the verb's. */
int dyad_places_pick(const dyad_place *p, size_t n, const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2]);

/* dyad_places_pick for an event whose source and target were found at
 * source_tok and target_tok ([begin, end) tokens, NULL when none). A verbal event (verbal != 0: statements, appeals, meetings,
 * demands, accusations, threats) takes no place after its verb that
 * follows content: another verb, or a common noun that is not its target
 * or an audience ("discussed the situation in the Middle East" has no
 * place; "told reporters in Kyiv" has). */
int dyad_places_pick_event(const dyad_place *p, size_t n, const dyad_analysis *an,
	uint32_t sentence, const uint32_t verb_tok[2], const uint32_t *source_tok,
	const uint32_t *target_tok, int verbal);

#ifdef __cplusplus
}
#endif
#endif
