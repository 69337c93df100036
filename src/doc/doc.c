/*
 * The story as a whole (dyad/doc.h): join the coder's events with what the
 * doc/ modules find across the story — dates, places, quotes, modality.
 * Each module finds its things once per story; this file only picks, per
 * event, the ones that govern its verb.
 */
#include <string.h>

#include "dyad/doc.h"
#include "ctx_internal.h"

const char *dyad_date_basis_name(dyad_date_basis b)
{
	switch (b) {
	case DYAD_DATE_BASIS_TEXT: return "text";
	case DYAD_DATE_BASIS_STORY: return "story";
	default: return NULL;
	}
}

static int overlaps(const uint32_t a[2], const uint32_t b[2])
{
	return a[0] < b[1] && b[0] < a[1];
}

/* The actor the coder resolved at document tokens r: the mention
 * inside r that ends last (the head of "Chinese Foreign Minister Wang
 * Yi" is the name, and a title before it is the same actor). Else an
 * event's side found there, for a coder run without its mentions. */
static void actor_at(const char **code, const char **entity, const dyad_story_result *res,
	const uint32_t r[2])
{
	const dyad_mention *best = NULL;
	size_t i;

	*code = *entity = NULL;
	if (r[1] <= r[0])
		return;
	for (i = 0; i < res->n_mentions; i++) {
		const dyad_mention *m = &res->mentions[i];
		if (!m->code || !overlaps(m->tok, r))
			continue;
		if (!best || m->tok[1] > best->tok[1])
			best = m;
	}
	if (best) {
		*code = best->code;
		*entity = best->entity;
		return;
	}
	for (i = 0; i < res->n_events; i++) {
		const dyad_event *e = &res->events[i];
		if (overlaps(e->source_tok, r) && e->source && strcmp(e->source, "---")) {
			*code = e->source;
			*entity = e->source_entity;
			return;
		}
		if (overlaps(e->target_tok, r) && e->target && strcmp(e->target, "---")) {
			*code = e->target;
			*entity = e->target_entity;
			return;
		}
	}
}

/* One statement per quote outside page furniture; st_of[i] is quote i's
 * statement, -1 for one in furniture. */
static int statements(dyad_doc_result *out, int32_t **st_of, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, const dyad_quote *q, size_t nq, const dyad_story_result *res)
{
	size_t i;

	*st_of = NULL;
	if (!nq)
		return DYAD_OK;
	out->statements = dyad_arena_calloc(arena, nq, sizeof *out->statements);
	*st_of = dyad_arena_calloc(arena, nq, sizeof **st_of);
	if (!out->statements || !*st_of)
		return dyad__oom(ctx);
	for (i = 0; i < nq; i++) {
		dyad_statement *st = &out->statements[out->n_statements];
		int32_t c = q[i].continues;

		(*st_of)[i] = -1;
		if (q[i].sentence < an->doc.n_sents && an->doc.sents[q[i].sentence].furniture)
			continue;
		st->quote = &q[i];
		actor_at(&st->speaker, &st->speaker_entity, res, q[i].speaker_tok);
		/* An unattributed quote right after another speaker's words is
		 * theirs (quotes.c decides when); quotes come in story order, so
		 * the earlier one is already resolved. */
		if (!st->speaker && c >= 0 && (size_t)c < i && (*st_of)[c] >= 0) {
			st->speaker = out->statements[(*st_of)[c]].speaker;
			st->speaker_entity = out->statements[(*st_of)[c]].speaker_entity;
		}
		actor_at(&st->addressee, &st->addressee_entity, res, q[i].addressee_tok);
		(*st_of)[i] = (int32_t)out->n_statements++;
	}
	return DYAD_OK;
}

int dyad_doc_read(dyad_doc_result *out, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, const dyad_story_result *res, int32_t story_days,
	const dyad_doc_options *opts)
{
	dyad_timex *tx = NULL;
	dyad_place *pl = NULL;
	dyad_quote *q = NULL;
	int32_t *st_of = NULL;
	size_t ntx = 0, npl = 0, nq = 0, i;
	int rc;

	memset(out, 0, sizeof *out);
	if (res->n_events == 0 && an->doc.n_sents == 0)
		return DYAD_OK;
	if ((rc = dyad_quotes_find(&q, &nq, ctx, arena, an)) < 0)
		return rc;
	if ((rc = statements(out, &st_of, ctx, arena, an, q, nq, res)) < 0)
		return rc;
	if (res->n_events == 0)
		return DYAD_OK;
	if ((rc = dyad_dates_find(&tx, &ntx, ctx, arena, an, story_days)) < 0)
		return rc;
	if (opts && opts->gazetteer
		&& (rc = dyad_places_find(&pl, &npl, ctx, arena, opts->gazetteer, an)) < 0)
		return rc;

	out->events = dyad_arena_calloc(arena, res->n_events, sizeof *out->events);
	if (!out->events)
		return dyad__oom(ctx);
	for (i = 0; i < res->n_events; i++) {
		const dyad_event *e = &res->events[i];
		dyad_doc_event *de = &out->events[out->n_events];
		int neg = 0, k;
		dyad_modality m = dyad_modality_of(an, e->sentence, e->verb_tok, &neg);

		de->event = e;
		de->modality = (uint8_t)m;
		/* The coder's own flag, not the verb group's: a pattern that
		 * spells the negation ("NOT *" → a refusal code) clears it. */
		de->negated = (uint8_t)(e->negated || (neg & DYAD_MODALITY_NEG_CONTEXT));
		/* A denied or negated action did not happen as coded (issue 5):
		 * the dictionaries code refusals and denials as their own
		 * events, so the action itself is dropped. */
		if (dyad_modality_drops(m, de->negated) && !(opts && opts->keep_dropped)) {
			out->n_dropped++;
			continue;
		}
		k = dyad_dates_pick(tx, ntx, an, e->sentence, e->verb_tok);
		if (k >= 0 && tx[k].days != DYAD_DATE_NONE) {
			de->timex = &tx[k];
			de->date = tx[k].days;
			de->date_precision = tx[k].precision;
			de->date_basis = DYAD_DATE_BASIS_TEXT;
		} else if (k >= 0 || story_days == DYAD_DATE_NONE) {
			/* A date the text gives but the story's date cannot resolve
			 * ("last month" in an undated story) is unknown, not the
			 * story's. */
			de->timex = k >= 0 ? &tx[k] : NULL;
			de->date = DYAD_DATE_NONE;
		} else {
			de->date = story_days;
			de->date_precision = DYAD_DATE_PREC_DAY;
			de->date_basis = DYAD_DATE_BASIS_STORY;
		}
		k = npl ? dyad_places_pick(pl, npl, an, e->sentence, e->verb_tok) : -1;
		de->place = k >= 0 ? &pl[k] : NULL;
		k = nq ? dyad_quotes_covering(q, nq, e->verb_tok[0]) : -1;
		de->statement = k >= 0 ? st_of[k] : -1;
		k = de->statement;
		de->reported_by = k >= 0 ? out->statements[k].speaker : NULL;
		out->n_events++;
	}
	return DYAD_OK;
}
