/*
 * dyad/dates.h — date expressions in a story ("on Tuesday", "last month",
 * "Sept. 30, 2021", "two days ago"), resolved against the story's date, and
 * the choice of the expression that dates an event.
 *
 * A weekday or a month without a year is the latest one on or before the
 * story date, or the next one when its verb group looks ahead ("will meet
 * on Tuesday", "opens on Thursday"); src/doc/dates.c has the details.
 * Relative expressions need the story date: without it (DYAD_DATE_NONE)
 * they resolve to DYAD_DATE_NONE, while absolute ones with a year ("March
 * 2020", "2021-11-12") still resolve. A date governed by a boundary
 * preposition ("since 2019", "until Friday", "by next year") bounds an
 * event rather than dating it, and is not reported.
 */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* No date (same definition as in dyad/dict.h). */
#ifndef DYAD_DATE_NONE
#define DYAD_DATE_NONE INT32_MIN
#endif

typedef enum {
	DYAD_DATE_PREC_DAY = 1,
	DYAD_DATE_PREC_WEEK,
	DYAD_DATE_PREC_MONTH,
	DYAD_DATE_PREC_YEAR
} dyad_date_precision;

typedef struct dyad_timex {
	uint32_t sentence;
	uint32_t tok[2];   /* document tokens [b, e) of the expression: "on Tuesday", "last month" */
	int32_t days;      /* resolved date, days since 1970-01-01 (dyad_date_days); the
	                    * first day of the period for week (Monday; Saturday for a
	                    * weekend), month and year; DYAD_DATE_NONE when unresolvable */
	uint8_t precision; /* dyad_date_precision */
} dyad_timex;

/* Find and resolve every date expression of a tagged and chunked story
 * (dyad_pipeline_run to DYAD_STAGE_CHUNK), in document order, relative to
 * story_days (or DYAD_DATE_NONE). *out is in the arena (NULL when *n is 0).
 * One linear pass. DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_dates_find(dyad_timex **out, size_t *n, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, int32_t story_days);

/* The index in tx[0..n) of the expression that dates an event whose verb
 * is at document tokens verb_tok [b, e) of sentence, or -1 (the story
 * date applies). Candidates are the expressions in the verb's own clause,
 * else in its enclosing clauses up to the sentence's top-level clause,
 * never one inside a relative or other clause of another verb. Among
 * several, one attached to the verb's own verb group (the nearest verb
 * group before it in its clause, or the first after it) wins, then the
 * nearest to the verb. */
int dyad_dates_pick(const dyad_timex *tx, size_t n, const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2]);

/* "day", "week", "month", "year"; "" for anything else. */
const char *dyad_date_precision_name(int precision);

#ifdef __cplusplus
}
#endif
#endif
