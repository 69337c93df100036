/*
 * dyad/doc.h — reading a story as a whole, after the coder: each event's
 * date, place, modality and the speaker whose words hold it, and the
 * story's statements (who said what, to whom).
 *
 * The coder (dyad/coder.h) finds events sentence by sentence, with actors
 * resolved from the story's context. This stage joins what only the whole
 * story tells: date expressions resolved against the story's date
 * (dyad/dates.h), locative phrases and the gazetteer (dyad/places.h),
 * quotations and reported speech (dyad/quotes.h) and the modality of each
 * event's verb (dyad/modality.h). Events that the text denies or negates
 * are dropped here, since they did not happen as coded.
 */
#ifndef DYAD_DOC_H
#define DYAD_DOC_H

#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/coder.h"
#include "dyad/common.h"
#include "dyad/dates.h"
#include "dyad/modality.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"
#include "dyad/quotes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Where an event's date came from. */
typedef enum dyad_date_basis {
	DYAD_DATE_BASIS_NONE = 0, /* neither the text nor the story gives one */
	DYAD_DATE_BASIS_TEXT,     /* a date expression governing the verb */
	DYAD_DATE_BASIS_STORY     /* the story's own date */
} dyad_date_basis;

/* One event as the story reads it. */
typedef struct dyad_doc_event {
	const dyad_event *event;  /* the coder's event (borrowed) */
	const char *source, *target; /* its codes as the story settles them: a
	                           * country-less role ("---GOVMED") takes the
	                           * state a statement of the same person was
	                           * given (see dyad_statement); else the coder's */
	int32_t date;             /* days since 1970-01-01, DYAD_DATE_NONE */
	uint8_t date_precision;   /* dyad_date_precision; 0 when no date */
	uint8_t date_basis;       /* dyad_date_basis */
	uint8_t modality;         /* dyad_modality */
	uint8_t negated;          /* the coder's or the clause's negation */
	const dyad_timex *timex;  /* the expression that dated it, or NULL */
	const dyad_place *place;  /* where it happened, or NULL */
	int32_t statement;        /* the statement whose words hold the verb
	                           * (index into dyad_doc_result.statements), -1 */
	const char *reported_by;  /* that statement's speaker code, or NULL */
} dyad_doc_event;

/* Something said: a direct quote or reported speech. */
typedef struct dyad_statement {
	const dyad_quote *quote;  /* where it is (borrowed) */
	const char *speaker;      /* the speaker's actor code, or NULL */
	const char *speaker_entity; /* the name the speaker resolves to, or NULL */
	const char *addressee;    /* the addressee's code, or NULL */
	const char *addressee_entity;
} dyad_statement;

typedef struct dyad_doc_result {
	dyad_doc_event *events;   /* the events kept, in the coder's order */
	size_t n_events;
	size_t n_dropped;         /* events dropped as denied or negated */
	dyad_statement *statements;
	size_t n_statements;
} dyad_doc_result;

typedef struct dyad_doc_options {
	unsigned version;         /* DYAD_DOC_OPTIONS_VERSION */
	const dyad_gazetteer *gazetteer; /* places; NULL: no places */
	int keep_dropped;         /* 1: keep denied and negated events,
	                           * flagged, instead of dropping them */
} dyad_doc_options;

#define DYAD_DOC_OPTIONS_VERSION 1
#define DYAD_DOC_OPTIONS_INIT { DYAD_DOC_OPTIONS_VERSION, NULL, 0 }

/* Read the story whose analysis is an (up to DYAD_STAGE_CHUNK) and whose
 * coder result is res (coded with the context option on, so that its
 * mentions give speakers their codes). story_days: the story's date
 * (dyad_date_days) or DYAD_DATE_NONE. Output lives in the arena.
 * DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_doc_read(dyad_doc_result *out, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, const dyad_story_result *res, int32_t story_days,
	const dyad_doc_options *opts);

/* "text", "story"; NULL for none. */
const char *dyad_date_basis_name(dyad_date_basis b);

#ifdef __cplusplus
}
#endif

#endif
