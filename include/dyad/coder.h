/*
 * dyad/coder.h — the event coder: from an analysed story (tokens, tags,
 * lemmas, chunks and clauses: dyad/pipeline.h) and a compiled dictionary
 * (dyad/dict.h), find the actors, the verb phrase and the dictionary
 * pattern that matches, and produce events: who (source) did what (CAMEO
 * code) to whom (target), with the evidence for each.
 *
 * The coder follows TABARI's and PETRARCH's documented semantics (TABARI
 * manual chapters 5-8; PETRARCH docs) over dyad's own shallow parse, with
 * no external parser. A coder is immutable once made and may be shared by
 * threads, each with its own context and arena.
 */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/dict.h"
#include "dyad/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One coded event. Strings are borrowed from the coder's matcher or the
 * arena passed to dyad_coder_code (valid until it is reset). Token ranges
 * are [begin, end) indexes into the analysis' document token array. */
typedef struct dyad_event {
	uint32_t sentence;        /* 0-based sentence within the story */
	const char *source;       /* actor code, e.g. "RUSGOV" */
	const char *target;       /* actor code; "---" when the pattern has none */
	const char *code;         /* CAMEO event code as the dictionary gives it */
	uint32_t source_tok[2];   /* where the source was found */
	uint32_t target_tok[2];
	uint32_t verb_tok[2];     /* the verb phrase that matched */
	int negated;              /* the verb group was negated */
	const char *pattern;      /* the pattern that fired, as written; NULL when
	                           * the verb's default code applied */
	const char *dict_file;    /* where the pattern (or verb) is defined */
	unsigned dict_line;
	const char *source_phrase; /* the dictionary phrases that matched */
	const char *target_phrase;
	/* the resolved name of each side: a person's full name as first
	 * written in the story ("Alina Korsak" for a later "she" or "Korsak",
	 * with dyad_coder_options.context), else the side's own mention text;
	 * NULL when the side is empty */
	const char *source_entity, *target_entity;
} dyad_event;

/* How the coder resolved an actor mention (dyad_mention.how). */
typedef enum dyad_mention_how {
	DYAD_MENTION_DICTIONARY = 0, /* a dictionary phrase */
	DYAD_MENTION_TITLE,      /* an unknown name coded from the title and
	                          * nationality around it */
	DYAD_MENTION_NAME,       /* a later mention by name or surname */
	DYAD_MENTION_ROLE,       /* a title alone: "the foreign minister" */
	DYAD_MENTION_PRONOUN,
	DYAD_MENTION_COLLECTIVE  /* "the two countries", "both sides": one
	                          * record per member */
} dyad_mention_how;

/* One actor mention the coder resolved (with dyad_coder_options.context). */
typedef struct dyad_mention {
	uint32_t sentence;
	uint32_t tok[2];          /* document tokens [begin, end) */
	const char *code;
	const char *entity;       /* as dyad_event.source_entity */
	uint8_t how;              /* dyad_mention_how */
} dyad_mention;

/* Options. TABARI .options commands (e.g. "SET: COMPLEX = …") are passed
 * as raw lines, as dyad_dict holds them; the coder interprets those it
 * supports and ignores the rest. */
typedef struct dyad_coder_options {
	unsigned version;              /* DYAD_CODER_OPTIONS_VERSION */
	const char *const *option_lines; /* TABARI option commands, in order */
	size_t n_option_lines;
	int keep_negated;              /* 1: emit negated events flagged negated=1;
	                                * 0 (default): drop them */
	int context;                   /* 1: resolve actors from story context
	                                * (names from titles, later mentions,
	                                * pronouns, collectives); 0 (default):
	                                * each sentence alone */
} dyad_coder_options;

#define DYAD_CODER_OPTIONS_VERSION 2
#define DYAD_CODER_OPTIONS_INIT { DYAD_CODER_OPTIONS_VERSION, NULL, 0, 0, 0 }

typedef struct dyad_coder dyad_coder;

/* Make a coder over a compiled dictionary (borrowed: it must outlive the
 * coder). Caller frees with dyad_coder_free. */
DYAD_NODISCARD int dyad_coder_new(dyad_coder **out, dyad_ctx *ctx, const dyad_matcher *m,
	const dyad_coder_options *opts);

void dyad_coder_free(dyad_coder *c);

/* Why a sentence produced what it did, for --explain: called with one
 * human-readable line at a time. */
typedef void (*dyad_trace_fn)(void *payload, uint32_t sentence, const char *line);

/* What happened to a story as a whole. */
typedef struct dyad_story_result {
	dyad_event *events;       /* in sentence order (arena) */
	size_t n_events;
	int discarded;            /* a story-level discard phrase matched */
	const char *discard_phrase; /* which, when discarded */
	const char *forward;      /* FORWARD: (TABARI 8.4): the actor code the
	                           * story's last sentence hands on to a story
	                           * that continues it, NULL when none (arena or
	                           * dictionary memory: copy it to keep it) */
	dyad_mention *mentions;   /* with context: every actor mention resolved,
	                           * in sentence and word order (arena) */
	size_t n_mentions;
} dyad_story_result;

/* Code every sentence of an analysed story (pipeline run up to
 * DYAD_STAGE_CHUNK). date: the story's date as days since 1970-01-01
 * (dyad_date_days), or DYAD_DATE_NONE. trace may be NULL. DYAD_ENOMEM
 * only. */
DYAD_NODISCARD int dyad_coder_code(dyad_story_result *out, const dyad_coder *c, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an, int32_t date, dyad_trace_fn trace,
	void *payload);

/* The same for a story that continues another (TABARI records that are
 * sentences of one story): forward is the previous one's result.forward,
 * which a leading pronoun of the first sentence may take when the coder's
 * FORWARD: option is on. */
DYAD_NODISCARD int dyad_coder_code_from(dyad_story_result *out, const dyad_coder *c,
	dyad_ctx *ctx, dyad_arena *arena, const dyad_analysis *an, int32_t date,
	const char *forward, dyad_trace_fn trace, void *payload);

/* TABARI's FORWARD: sequence format (manual 8.4): whether the record whose
 * id is `id` continues the one whose id is `prev_id` — the same story
 * serial and the next sentence serial. 0 when FORWARD is off or has no
 * format. */
int dyad_coder_continues(const dyad_coder *c, const char *prev_id, const char *id);

#ifdef __cplusplus
}
#endif
#endif
