/*
 * The event coder (dyad/coder.h): for each sentence of an analysed story,
 *
 *  0. with TABARI's rules a sentence shorter than MINIMUM WORDS is not
 *     coded (8.2.3);
 *  1. discards: a dictionary discard phrase drops the sentence, or with
 *     story = 1 the whole story; an actor or verb coded [###] drops the
 *     sentence, [+++] marks it complex (manual 6.3, 6.4); so does a TABARI
 *     <TIME> phrase coded so, its other codes shifting only the date (10.5);
 *  2. words of comma-delimited nonrestrictive clauses are hidden, by their
 *     length at the beginning, inside and at the end (7.8, 8.6), and the
 *     sentence is cut into the clauses of a compound sentence at
 *     AND/BUT/OR/NOR outside compound actors and adjective pairs (7.6)
 *     (clauses.c);
 *  3. actors (src/actors); pronouns whose antecedent was eliminated are
 *     resolved again, and with FORWARD: a pronoun before any actor takes
 *     the one the sentence before handed on (7.7, 8.4; pronouns.c); then
 *     the COMPLEX: conditions (8.7);
 *  4. in each clause, verbs left to right (dyad's VP heads; multi-word
 *     verbs by longest match; a verb given twice is TABARI's first block,
 *     PETRARCH's last, duplicates.c): the verb's patterns are tried and the
 *     longest that matches wins, the first listed on a tie (7.6: "phrases
 *     within a verb by length"); without one the verb's own code applies.
 *     The first verb that yields an event codes the clause, or with SET:
 *     CODE BY SENTENCE the sentence; CODE ALL codes every verb (7.6.1);
 *  5. source and target: the pattern's $ + % slots, else the default rules
 *     (5.8): the source is the first actor before the verb (in the clause,
 *     else in the sentence; with TABARI's rules a clause after a
 *     conjunction keeps the source unless an actor follows the
 *     conjunction, 7.6), the target the first actor after it with
 *     another code, else the first such before it; passive voice with
 *     "by" right after the verb swaps them (7.9); DEFAULT: codes fill a
 *     missing side (8.5) (sources.c);
 *  6. codes: [---] codes nothing (6.2), "a:b" pairs give a->b a and b->a b
 *     (6.6.3), each source-target-code once per sentence; a coded compound
 *     actor "A/B" stands for each code (6.5.1); "x?" is kept only when the sentence has no other event, "x!"
 *     removes the others (6.6.1-2); negated verb groups are dropped unless
 *     keep_negated (a pattern that spells the negation, "NOT *", is not
 *     negated: its code already says so); TABARI drops none.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/context.h"
#include "coder_internal.h"
#include "ctx_internal.h"
#include "dict/model.h"
#include "dyad/tagger.h"
#include "events_internal.h"

/* Do the dictionaries spell the United States U.S. and have no actor
 * "US"? dyad's own keep the word US for the pronoun "us" (matching folds
 * case), so an all-capitals US must be read as U.S. whatever the rules;
 * dictionaries listing US themselves (Phoenix's US_) are left as they are. */
static int spells_us_dotted(const dyad_matcher *m)
{
	const char *us = "us", *dotted = "u.s.";
	dyad_actor_match a;
	if (dyad_matcher_actor(m, &us, 1, 0, &a))
		return 0;
	return dyad_matcher_actor(m, &dotted, 1, 0, &a);
}

int dyad_coder_new(dyad_coder **out, dyad_ctx *ctx, const dyad_matcher *m,
	const dyad_coder_options *opts)
{
	dyad_coder *c;
	*out = NULL;
	if (!m)
		return dyad__error(ctx, DYAD_EINVALID, "coder: no matcher");
	c = dyad_ctx_malloc(ctx, sizeof *c);
	if (!c)
		return DYAD_ENOMEM;
	memset(c, 0, sizeof *c);
	c->ctx = ctx;
	c->m = m;
	dyad_events__options(c, opts ? opts->option_lines : NULL, opts ? opts->n_option_lines : 0);
	c->us_dotted = c->dyad_rules || (!c->dialect_tabari && spells_us_dotted(m));
	c->keep_negated = opts ? opts->keep_negated : 0;
	c->context = opts && opts->version >= 2 ? opts->context : 0;
	if (c->context && dyad_context__index_new(&c->keys, ctx, m) < 0) {
		dyad_coder_free(c);
		return DYAD_ENOMEM;
	}
	if (m->n[DM_S_SYNSETS]) {
		c->nested = dyad_ctx_malloc(ctx, m->n[DM_S_SYNSETS]);
		if (!c->nested) {
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		if (!dyad_events__nested_synsets(c->nested, m)) {
			dyad_ctx_free_mem(ctx, c->nested, m->n[DM_S_SYNSETS]);
			c->nested = NULL;
		}
	}
	if (m->n[DM_S_ELEMS] && m->n[DM_S_SYNSETS]) {
		c->synset_fix = dyad_ctx_malloc(ctx, m->n[DM_S_ELEMS] * sizeof *c->synset_fix);
		if (!c->synset_fix) {
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		if (!dyad_events__synset_fix(c->synset_fix, m)) {
			dyad_ctx_free_mem(ctx, c->synset_fix, m->n[DM_S_ELEMS] * sizeof *c->synset_fix);
			c->synset_fix = NULL;
		}
	}
	if (!c->dialect_tabari && dyad_events__verb_last(&c->verb_last, ctx, m) < 0) {
		dyad_coder_free(c);
		return DYAD_ENOMEM;
	}
	c->n_gapped = dyad_events__gapped_verbs(NULL, m);
	if (c->n_gapped) {
		c->gapped = dyad_ctx_malloc(ctx, 2 * c->n_gapped * sizeof *c->gapped);
		if (!c->gapped) {
			c->n_gapped = 0;
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		dyad_events__gapped_verbs(c->gapped, m);
	}
	if (m->n[DM_S_PATTERNS]) {
		uint32_t np = m->n[DM_S_PATTERNS], k, total = 0;
		c->needs_at = dyad_ctx_malloc(ctx, ((size_t)np + 1) * sizeof *c->needs_at);
		if (!c->needs_at) {
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		for (k = 0; k < np; k++) {
			c->needs_at[k] = total;
			total += dyad_events__pattern_needs(NULL, m, k);
		}
		c->needs_at[np] = total;
		c->needs = dyad_ctx_malloc(ctx, ((size_t)total + 1) * sizeof *c->needs);
		if (!c->needs) {
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		for (k = 0; k < np; k++)
			dyad_events__pattern_needs(c->needs + c->needs_at[k], m, k);
		if (!(c->variants = dyad_events__variants_new(ctx, m))) {
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
	}
	c->n_special = dyad_events__synset_special(NULL, m);
	if (c->n_special) {
		c->special = dyad_ctx_malloc(ctx, 2 * c->n_special * sizeof *c->special);
		if (!c->special) {
			c->n_special = 0;
			dyad_coder_free(c);
			return DYAD_ENOMEM;
		}
		dyad_events__synset_special(c->special, m);
	}
	*out = c;
	return DYAD_OK;
}

void dyad_coder_free(dyad_coder *c)
{
	if (!c)
		return;
	dyad_context__index_free(c->keys, c->ctx);
	if (c->nested)
		dyad_ctx_free_mem(c->ctx, c->nested, c->m->n[DM_S_SYNSETS]);
	if (c->synset_fix)
		dyad_ctx_free_mem(c->ctx, c->synset_fix, c->m->n[DM_S_ELEMS] * sizeof *c->synset_fix);
	if (c->special)
		dyad_ctx_free_mem(c->ctx, c->special, 2 * c->n_special * sizeof *c->special);
	if (c->gapped)
		dyad_ctx_free_mem(c->ctx, c->gapped, 2 * c->n_gapped * sizeof *c->gapped);
	if (c->verb_last)
		dyad_ctx_free_mem(c->ctx, c->verb_last, c->m->n[DM_S_VERBS] * sizeof *c->verb_last);
	if (c->needs)
		dyad_ctx_free_mem(c->ctx, c->needs,
			((size_t)c->needs_at[c->m->n[DM_S_PATTERNS]] + 1) * sizeof *c->needs);
	dyad_events__variants_free(c->variants);
	if (c->needs_at)
		dyad_ctx_free_mem(c->ctx, c->needs_at,
			((size_t)c->m->n[DM_S_PATTERNS] + 1) * sizeof *c->needs_at);
	dyad_ctx_free_mem(c->ctx, c, sizeof *c);
}

enum { SENT_OK = 0, SENT_DISCARD, SENT_COMPLEX, STORY_DISCARD };

/* Per-call state. */
typedef struct job {
	const dyad_coder *c;
	dyad_arena *a;
	dyad_trace_fn trace;
	void *payload;
	int32_t date;
	dyad_event *ev;
	char *mark;              /* per event: '!' dominant, '?' subordinate, 0 */
	size_t n_ev, cap_ev;
	int oom;
	/* FORWARD: (8.4) the actor the sentence just coded hands on, its own
	 * code without agent, NULL when none */
	const char *fwd;
	/* new_actor_length: the noun phrases standing for a missing source and
	 * target of the verb being coded (NEW_SRC, NEW_TGT), or NULL */
	const char *new_src, *new_tgt;
	/* the same for a conjunct without actor beside the actor of a side
	 * ("Eriador's death and injury toll"): one more member, or NULL */
	const char *more_src, *more_tgt;
	dyad__context cx;        /* actors from context, when the coder's on */
} job;

static void say(job *j, uint32_t sent, const char *fmt, ...) DYAD_PRINTF(3, 4);

static void say(job *j, uint32_t sent, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	if (!j->trace)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	j->trace(j->payload, sent, buf);
}

static dyad_event *push_event(job *j)
{
	if (j->n_ev == j->cap_ev) {
		size_t nc = j->cap_ev ? j->cap_ev * 2 : 16;
		dyad_event *ne = dyad_arena_grow(j->a, j->ev, j->cap_ev * sizeof *ne, nc * sizeof *ne);
		char *nm = ne ? dyad_arena_grow(j->a, j->mark, j->cap_ev, nc) : NULL;
		if (!ne || !nm) {
			j->oom = 1;
			return NULL;
		}
		j->ev = ne;
		j->mark = nm;
		j->cap_ev = nc;
	}
	memset(&j->ev[j->n_ev], 0, sizeof *j->ev);
	j->mark[j->n_ev] = 0;
	return &j->ev[j->n_ev++];
}

static int null_code(const char *c)
{
	return !c || !*c || !strcmp(c, "---") || !strcmp(c, "- - -");
}

/* Copy a code part [b, e) dropping the ! and ? markers. */
static const char *code_part(job *j, const char *b, const char *e)
{
	while (e > b && (e[-1] == '!' || e[-1] == '?' || e[-1] == ' '))
		e--;
	while (b < e && *b == ' ')
		b++;
	return dyad_arena_strndup(j->a, b, (size_t)(e - b));
}

typedef struct pick {
	const char *code;        /* as written */
	long pattern;            /* pattern index; -1: the verb's code */
	const char *file;
	unsigned line;
	dyad__pmatch pm;
} pick;

/* The longest matching pattern of the verb, else its own code. */
static void choose(pick *out, const dyad_coder *c, const dyad__sent *s,
	const dyad_verb_match *vm, uint32_t vb, uint32_t ve, uint32_t lo, uint32_t hi)
{
	size_t i;
	dyad__site st;
	memset(out, 0, sizeof *out);
	if (vm->n_patterns)
		dyad_events__site(&st, s, vb, ve, lo, hi);
	out->pattern = -1;
	out->code = vm->code;
	out->file = vm->file;
	out->line = vm->line;
	out->pm.src = out->pm.tgt = out->pm.compound = -1;
	for (i = 0; i < vm->n_patterns; i++) {
		dm_pattern_view pv;
		dyad__pmatch pm;
		if (c->needs_at) {
			/* most patterns want a word the sentence lacks */
			size_t a = s->m->verbs[vm->verb].pattern + i;
			if (!dyad_events__site_has(&st, c->needs + c->needs_at[a],
				    c->needs_at[a + 1] - c->needs_at[a]))
				continue;
		}
		dyad_matcher__verb_pattern(s->m, vm->verb, i, &pv);
		/* PETRARCH does not implement TABARI's complex code: a pattern
		 * coded [+++] is passed over (its suite, DEMO-04) */
		if (!c->dialect_tabari && pv.code && !strcmp(pv.code, "+++"))
			continue;
		if (!dyad_events__pattern_at(&pm, &st, &pv, c->variants,
			    (uint32_t)(s->m->verbs[vm->verb].pattern + i)))
			continue;
		if (out->pattern < 0 || (c->dialect_tabari ? pm.chars > out->pm.chars
			: pm.score > out->pm.score)) {
			out->pm = pm;
			out->code = pv.code;
			out->file = pv.file;
			out->line = pv.line;
			out->pattern = (long)i;
		}
	}
}

/* Has sentence `sent` already given this event? A compound actor on both
 * sides with a paired code (6.6.3) names each dyad twice, and TABARI
 * reports each source-target-code combination once. */
static int seen(const job *j, uint32_t sent, const char *src, const char *tgt,
	const char *code)
{
	size_t k = j->n_ev;
	while (k-- > 0 && j->ev[k].sentence == sent)
		if (!strcmp(j->ev[k].source, src) && !strcmp(j->ev[k].target, tgt)
			&& !strcmp(j->ev[k].code, code))
			return 1;
	return 0;
}

#define MAXM 32 /* actors on one side of an event */
#define NEW_SRC (-4) /* a noun phrase as the source (new_actor_length) */
#define NEW_TGT (-5) /* the same as the target */

/* The actors one side stands for: each member of a compound mention (7.5),
 * and each code of a coded compound actor, written with slashes
 * ("GME/GMW", manual 6.5.1); with `alone` the mention's own codes only.
 * idx < 0 gives one side without a mention: "---" or a DEFAULT: code. */
static size_t members(job *j, const dyad__sent *s, int32_t idx, int alone, int32_t *ment,
	const char **code)
{
	size_t n = 0, q;
	int32_t g = dyad_events__side_group(s, idx);
	for (q = 0; q < s->n_ments && n < MAXM; q++) {
		const char *c, *sl;
		if (idx < 0 || !(q == (size_t)idx || (!alone && g >= 0 && s->ments[q].group == g))
			|| !s->ments[q].code)
			continue;
		for (c = s->ments[q].code; n < MAXM; c = sl + 1) {
			if (!*c)
				break;
			sl = strchr(c, '/');
			if (sl == c) /* an empty part */
				continue;
			ment[n] = (int32_t)q;
			code[n] = sl ? dyad_arena_strndup(j->a, c, (size_t)(sl - c)) : c;
			if (!code[n]) {
				j->oom = 1;
				return 0;
			}
			n++;
			if (!sl)
				break;
		}
	}
	if (idx < 0) {
		/* copied: events live in the arena, and may outlive the coder */
		const char *d = idx == DEF_SRC ? j->c->def_src : idx == DEF_TGT ? j->c->def_tgt
			: idx == NEW_SRC ? j->new_src : idx == NEW_TGT ? j->new_tgt : NULL;
		ment[0] = -1;
		code[0] = d ? dyad_arena_strndup(j->a, d, strlen(d)) : NULL;
		if (d && !code[0]) {
			j->oom = 1;
			return 0;
		}
		n = 1;
	}
	return n;
}

/* A side's resolved name: its entity's, a pronoun's antecedent's in the
 * sentence, else its own words. */
static const char *entity_of(job *j, const dyad__sent *s, const dyad__mention *x)
{
	const char *t;
	size_t q;
	if (x->entity)
		return x->entity;
	for (q = 0; x->pronoun && q < s->n_ments && &s->ments[q] < x; q++) {
		const dyad__mention *a = &s->ments[q];
		if (!a->pronoun && a->code && x->code && !strcmp(a->code, x->code)) {
			x = a;
			if (x->entity)
				return x->entity;
			break;
		}
	}
	t = dyad_context__text(j->a, s->an, s->tok[x->b], s->tok[x->e - 1]);
	if (!t)
		j->oom = 1;
	return t;
}

/* Emit the events of one coded verb: compound sides expand to each member
 * (7.5), pairs give two events (6.6.3); same-code dyads and repeats of an
 * event of the sentence are dropped. */
static void emit(job *j, const dyad__sent *s, const pick *pk, const dyad_verb_match *vm,
	int32_t src, int32_t tgt, uint32_t vb, uint32_t ve, int negated)
{
	const char *colon = strchr(pk->code, ':');
	const char *end = pk->code + strlen(pk->code);
	const char *codes[2];
	const char *ptext = NULL;
	int32_t srcs[MAXM], tgts[MAXM];
	const char *scode[MAXM], *tcode[MAXM];
	size_t ns = 0, nt = 0, a, b, side;
	int one;

	codes[0] = code_part(j, pk->code, colon ? colon : end);
	codes[1] = colon ? code_part(j, colon + 1, end) : NULL;
	if (pk->pattern >= 0) {
		dm_pattern_view pv;
		dyad_matcher__verb_pattern(s->m, vm->verb, (size_t)pk->pattern, &pv);
		ptext = dyad_events__pattern_text(j->a, s->m, &pv);
	}
	/* two members of one compound facing each other: each side is the
	 * member itself, not the whole list (5.8) */
	one = src >= 0 && tgt >= 0 && src != tgt && dyad_events__side_group(s, src) >= 0
		&& dyad_events__side_group(s, src) == dyad_events__side_group(s, tgt);
	ns = members(j, s, src, one, srcs, scode);
	nt = members(j, s, tgt, one, tgts, tcode);
	if (j->more_src && ns < MAXM) {
		srcs[ns] = NEW_SRC;
		scode[ns++] = j->more_src;
	}
	if (j->more_tgt && nt < MAXM) {
		tgts[nt] = NEW_TGT;
		tcode[nt++] = j->more_tgt;
	}
	for (side = 0; side < 2; side++) {
		const char *code = codes[side];
		if (!code || !*code || null_code(code))
			continue;
		for (a = 0; a < ns; a++)
			for (b = 0; b < nt; b++) {
				int32_t x = side ? tgts[b] : srcs[a], y = side ? srcs[a] : tgts[b];
				const char *cx = side ? tcode[b] : scode[a], *cy = side ? scode[a] : tcode[b];
				const dyad__mention *mx = x >= 0 ? &s->ments[x] : NULL;
				const dyad__mention *my = y >= 0 ? &s->ments[y] : NULL;
				dyad_event *e;
				if (!cx)
					cx = "---";
				if (!cy)
					cy = "---";
				if ((mx || x != -1) && (my || y != -1) && !strcmp(cx, cy))
					continue;
				if (seen(j, s->index, cx, cy, code))
					continue;
				/* a plain statement with no political side: company or
				 * market news */
				if (j->c->dyad_rules && !strcmp(code, "010") && !dyad_events__political(cx)
					&& !dyad_events__political(cy)) {
					say(j, s->index, "statement %s %s: no political side, not coded", cx, cy);
					continue;
				}
				e = push_event(j);
				if (!e)
					return;
				e->sentence = s->index;
				e->source = cx;
				e->target = cy;
				e->code = code;
				if (mx) {
					e->source_tok[0] = s->tok[mx->b];
					e->source_tok[1] = s->tok[mx->e - 1] + 1;
					e->source_phrase = mx->phrase ? mx->phrase : mx->agent;
					e->source_entity = entity_of(j, s, mx);
				}
				if (my) {
					e->target_tok[0] = s->tok[my->b];
					e->target_tok[1] = s->tok[my->e - 1] + 1;
					e->target_phrase = my->phrase ? my->phrase : my->agent;
					e->target_entity = entity_of(j, s, my);
				}
				e->verb_tok[0] = s->tok[vb];
				e->verb_tok[1] = s->tok[ve - 1] + 1;
				e->negated = negated;
				e->pattern = ptext;
				e->dict_file = pk->file;
				e->dict_line = pk->line;
				/* the marker, for the dominant/subordinate pass */
				j->mark[j->n_ev - 1] = strchr(pk->code, '!') ? '!'
					: strchr(pk->code, '?') ? '?' : 0;
				say(j, s->index, "event %s %s %s%s", e->source, e->target, e->code,
					negated ? " (negated)" : "");
			}
	}
}

/* Default source and target (manual 5.8) unless the pattern set them;
 * DEF_SRC and DEF_TGT stand for the DEFAULT: codes (8.5), -1 for none.
 * keep: the source a clause after a conjunction keeps (7.6), or -1. */
/* A conjunct after the noun phrase of mention x, joined by AND, with no
 * actor in [.., hi): its noun phrase as a new actor, or NULL. */
static const char *conjunct(job *j, const dyad__sent *s, int32_t x, uint32_t hi)
{
	uint32_t w;
	if (x < 0 || dyad_events__side_group(s, x) >= 0)
		return NULL;
	w = dyad_events__np_after(s, s->ments[x].e - 1, hi);
	if (w + 1 >= hi || strcmp(s->words[w], "and") || s->hidden[w])
		return NULL;
	if (dyad_events__first_in(s, w + 1, hi) >= 0)
		return NULL;
	return dyad_events__new_actor(j->a, s, w + 1, hi, j->c->new_actor_length, 1);
}

/* PETRARCH's new_actor_length: a side no actor fills takes the first noun
 * phrase in its place, the source's before the verb (after the last comma,
 * as PETRARCH's words before a verb stop there), the target's after it; a
 * side's actor coordinated with a noun phrase holding none ("Eriador's
 * death and injury toll") has that phrase as a second member. */
static void new_actors(job *j, const dyad__sent *s, uint32_t vb, uint32_t ve, uint32_t clo,
	uint32_t chi, int32_t *src, int32_t *tgt)
{
	uint32_t lo = vb;
	while (lo > clo && !(!strcmp(s->words[lo - 1], ",") && !s->hidden[lo - 1]))
		lo--;
	if (*src == -1
		&& (j->new_src = dyad_events__new_actor(j->a, s, lo, vb, j->c->new_actor_length, 0)))
		*src = NEW_SRC;
	if (*tgt == -1
		&& (j->new_tgt = dyad_events__new_actor(j->a, s, ve, chi, j->c->new_actor_length, 0)))
		*tgt = NEW_TGT;
	if (*src >= 0 && (uint32_t)*src < s->n_ments && s->ments[*src].e <= vb)
		j->more_src = conjunct(j, s, *src, vb);
	if (*tgt >= 0 && s->ments[*tgt].b >= ve)
		j->more_tgt = conjunct(j, s, *tgt, chi);
}

/* Is the verb group at token vb passive with "by" right after the verb,
 * adverbs aside (manual 7.9)? */
static int passive_by(const dyad__sent *s, uint32_t ve, uint16_t flags)
{
	uint32_t i = ve;
	if (!(flags & DYAD_VPF_PASSIVE))
		return 0;
	/* hidden words and adverbs ("opposed earlier by") may come between */
	while (i < s->n && (s->hidden[i] || s->an->doc.toks[s->tok[i]].tag == DYAD_POS_RB
		|| s->an->doc.toks[s->tok[i]].tag == DYAD_POS_RBR
		|| s->an->doc.toks[s->tok[i]].tag == DYAD_POS_RBS))
		i++;
	return i < s->n && !strcmp(s->words[i], "by");
}

/* Time shifting (manual 10.5): the first <TIME> phrase of the sentence
 * whose code is not null decides. Its code is a number of days, which
 * changes only the date, or [###] or [+++], which act as in a verb. The
 * whole sentence is searched, comma clauses included: the phrase is a
 * signal about the report, not part of an event. */
static int time_shift(job *j, const dyad__sent *s)
{
	uint32_t i;
	for (i = 0; i < s->n; i++) {
		dyad_verb_match vm;
		pick pk;
		if (!dyad_matcher_verb(s->m, s->words + i, s->n - i, &vm)
			|| vm.section != DD_SECTION_TIME)
			continue;
		choose(&pk, j->c, s, &vm, i, i + (uint32_t)vm.n_words, 0, s->n);
		if (!pk.code || null_code(pk.code))
			continue;
		if (!strcmp(pk.code, "###")) {
			say(j, s->index, "time phrase '%s' is [###]: sentence discarded", s->words[i]);
			return SENT_DISCARD;
		}
		if (!strcmp(pk.code, "+++")) {
			say(j, s->index, "time phrase '%s' is [+++]: complex", s->words[i]);
			return SENT_COMPLEX;
		}
		say(j, s->index, "time phrase '%s': date shifted by %s days", s->words[i], pk.code);
		return SENT_OK;
	}
	return SENT_OK;
}

/* Is token t a negative contraction split off the word before it ("did"
 * "n't")? */
static int glued_nt(const dyad_analysis *an, uint32_t t)
{
	const dyad_token *tk = &an->doc.toks[t], *pv = &an->doc.toks[t - 1];
	const char *w = tk->lower ? tk->lower : "";
	return tk->kind == DYAD_TOK_CONTRACTION && w[0] == 'n' && pv->kind == DYAD_TOK_WORD
		&& pv->lower && pv->off + pv->len == tk->off;
}

/* A sentence written in capitals (a headline, a TABARI record): most of
 * its words of two or more letters are all capitals. */
static int shouting(const dyad_analysis *an, const dyad_sentence *se)
{
	uint32_t t, caps = 0, words = 0;
	for (t = se->tok_begin; t < se->tok_end; t++) {
		const dyad_token *tk = &an->doc.toks[t];
		if (tk->kind != DYAD_TOK_WORD || tk->len < 2)
			continue;
		words++;
		caps += (tk->flags & DYAD_TOKF_ALLCAPS) != 0;
	}
	return 2 * caps > words;
}

/* Words of a sentence: each token's lower-case form, a hyphenated word
 * split at its hyphens (TABARI reads "Barad-dur" as BARAD DUR, 5.2), a name
 * joined by underscores at those ("Dol_Amroth": DOL AMROTH). TABARI
 * reads words between blanks (5.2), so with its rules a negative
 * contraction stays one word: "didn't", as its dictionaries spell it
 * (&NEGATVAUXVRB = DIDN'T); PETRARCH's Treebank words keep "did" "n't".
 * With dyad's own rules or dictionaries (us_country: spells_us_dotted),
 * "US" in capitals in a sentence that is not is the country, read as
 * "u.s.": matching folds case, and the pronoun "us" must not become the
 * United States ("the US commander" vs "told us"); with dyad's rules
 * (pm_title) "PM" is the dictionaries' prime minister, "4 pm" a time. */
static int split_words(dyad__sent *s, dyad_arena *a, const dyad_analysis *an,
	const dyad_sentence *se, int join_nt, int us_country, int pm_title)
{
	uint32_t t, n = 0, cap = 0;
	for (t = se->tok_begin; t < se->tok_end; t++) {
		const char *w = an->doc.toks[t].lower ? an->doc.toks[t].lower : "";
		cap += 1;
		for (; *w; w++)
			cap += *w == '-' || *w == '_';
	}
	s->words = dyad_arena_alloc(a, cap * sizeof *s->words);
	s->tok = dyad_arena_alloc(a, cap * sizeof *s->tok);
	if (!s->words || !s->tok)
		return DYAD_ENOMEM;
	for (t = se->tok_begin; t < se->tok_end; t++) {
		const dyad_token *tk = &an->doc.toks[t];
		const char *w = tk->lower ? tk->lower : "";
		if (join_nt && n > 0 && t > se->tok_begin && s->tok[n - 1] == t - 1
			&& glued_nt(an, t)) {
			size_t l0 = strlen(s->words[n - 1]), l1 = strlen(w);
			char *jw = dyad_arena_alloc(a, l0 + l1 + 1);
			if (!jw)
				return DYAD_ENOMEM;
			memcpy(jw, s->words[n - 1], l0);
			memcpy(jw + l0, w, l1 + 1);
			s->words[n - 1] = jw;
			continue;
		}
		if (tk->kind == DYAD_TOK_WORD && strpbrk(w, "-_") && w[0] != '-') {
			while (*w) {
				size_t l = strcspn(w, "-_");
				if (l > 0) {
					s->words[n] = dyad_arena_strndup(a, w, l);
					if (!s->words[n])
						return DYAD_ENOMEM;
					s->tok[n++] = t;
				}
				w += l;
				while (*w == '-' || *w == '_')
					w++;
			}
			continue;
		}
		if (us_country && (tk->flags & DYAD_TOKF_ALLCAPS) && !strcmp(w, "us")
			&& !shouting(an, se))
			w = "u.s.";
		/* "PM" is a prime minister only in capitals, and not after a
		 * number ("at 4 PM") */
		if (pm_title && !strcmp(w, "pm") && (!(tk->flags & DYAD_TOKF_ALLCAPS)
			|| (t > se->tok_begin && an->doc.toks[t - 1].kind == DYAD_TOK_NUMBER)))
			w = "p.m.";
		s->words[n] = w;
		s->tok[n++] = t;
	}
	s->n = n;
	return DYAD_OK;
}

/* Does an actor stand right after the conjunction opening the clause
 * [clo, chi), determiners and adverbs aside ("and the Shire ...", "and
 * then it ...")? Then it, not the source kept from the clause before, is
 * the clause's source (7.6). */
static int actor_after_conj(const dyad__sent *s, uint32_t clo, uint32_t chi)
{
	uint32_t i = clo + 1;
	while (i < chi && (s->hidden[i] || s->an->doc.toks[s->tok[i]].tag == DYAD_POS_DT
		|| s->an->doc.toks[s->tok[i]].tag == DYAD_POS_RB))
		i++;
	return i < chi && s->ment_at[i] >= 0 && dyad_events__live(s, (size_t)s->ment_at[i]);
}

/* Does a verb group lie between the speech verb ending at word ve and word
 * w, making w part of the clause it reports ("says [it has evidence
 * proving Russia ...]", "said Wednesday [she hoped ...]")? */
static int reported_between(const dyad__sent *s, uint32_t ve, uint32_t w)
{
	uint32_t i;
	for (i = ve; i < w && i < s->n; i++) {
		int32_t c = s->an->doc.toks[s->tok[i]].chunk;
		if (!s->hidden[i] && c >= 0 && s->an->chunks.chunks[c].type == DYAD_CHUNK_VP)
			return 1;
	}
	return 0;
}

static int code_sentence(job *j, const dyad_analysis *an, uint32_t si, dyad_story_result *res)
{
	const dyad_coder *c = j->c;
	const dyad_sentence *se = &an->doc.sents[si];
	dyad__sent s;
	dyad__actor_opts ao;
	uint32_t i, pi, nverbs = 0, first_verb = UINT32_MAX;
	uint8_t *isverb;         /* per word: a verb candidate found in the verbs */
	dyad_verb_match *vms;    /* its lookup */
	enum { MAXPICK = 4 };
	pick picks[MAXPICK];     /* picks over the whole sentence */
	uint32_t pick_at[MAXPICK], n_picks = 0;
	unsigned breaks;
	size_t ev0 = j->n_ev;
	uint16_t nclauses;
	int rc, sent_done = 0;
	int neg_dropped = 0;     /* a negated event with a plain code was dropped */
	int32_t kept = -1;       /* the source clauses keep (7.6) */
	const char *fwd = j->fwd;

	/* forwarding runs from one sentence to the next only (8.4): a
	 * sentence left uncoded breaks the chain */
	j->fwd = NULL;
	memset(&s, 0, sizeof s);
	s.m = c->m;
	s.an = an;
	s.index = si;
	s.nested = c->nested;
	s.synset_fix = c->synset_fix;
	s.special = c->special;
	s.n_special = c->n_special;
	s.gapped = c->gapped;
	s.n_gapped = c->n_gapped;
	if (se->tok_end == se->tok_begin)
		return SENT_OK;
	rc = split_words(&s, j->a, an, se, c->dialect_tabari, c->us_dotted,
		c->dyad_rules);
	if (rc < 0)
		return rc;
	s.hidden = dyad_arena_calloc(j->a, s.n, 1);
	s.clause = dyad_arena_calloc(j->a, s.n, sizeof *s.clause);
	s.ment_at = dyad_arena_alloc(j->a, s.n * sizeof *s.ment_at);
	s.ment_end = dyad_arena_alloc(j->a, s.n * sizeof *s.ment_end);
	if (!s.hidden || !s.clause || !s.ment_at || !s.ment_end)
		return DYAD_ENOMEM;
	if (c->m->n[DM_S_SYNSETS]) {
		s.arena = j->a;
		uint32_t nw = DM_SYNW(c->m->n[DM_S_SYNSETS]);
		uint64_t *may = dyad_arena_alloc(j->a, (size_t)s.n * nw * sizeof *may);
		s.syn_len = dyad_arena_calloc(j->a, s.n, sizeof *s.syn_len);
		if (!s.syn_len || !may)
			return DYAD_ENOMEM;
		for (i = 0; i < s.n; i++)
			dyad_matcher__synset_mask(c->m, s.words[i], may + (size_t)i * nw);
		s.syn_may = may;
	}
	for (i = 0; i < s.n; i++)
		s.ment_at[i] = s.ment_end[i] = -1;

	{
		uint32_t t;
		size_t b;
		s.allcaps = 1;
		for (t = se->tok_begin; t < se->tok_end && s.allcaps; t++) {
			const dyad_token *tk = &an->doc.toks[t];
			for (b = 0; b < tk->len; b++)
				if (an->doc.text.buf[tk->off + b] >= 'a' && an->doc.text.buf[tk->off + b] <= 'z')
					s.allcaps = 0;
		}
	}

	/* SET: MINIMUM WORDS (8.2.3): a shorter sentence, commas counted as
	 * words, is a fragment and not coded */
	if (c->min_words) {
		uint32_t t, nw = 0;
		for (t = se->tok_begin; t < se->tok_end; t++) {
			const dyad_token *tk = &an->doc.toks[t];
			nw += tk->kind == DYAD_TOK_WORD || tk->kind == DYAD_TOK_NUMBER
				|| tk->kind == DYAD_TOK_ABBREV
				|| (tk->kind == DYAD_TOK_PUNCT && tk->lower && !strcmp(tk->lower, ","));
		}
		if (nw < c->min_words) {
			say(j, si, "%u words, fewer than the minimum %u: not coded", nw, c->min_words);
			return SENT_OK;
		}
	}

	/* 1. discard phrases */
	for (i = 0; i < s.n; i++) {
		size_t nw, di;
		if (dyad_matcher__discard(c->m, s.words + i, s.n - i, &nw, &di)) {
			int story = c->m->discards[di].story != 0;
			say(j, si, "discard phrase at token %u: %s %s", s.tok[i],
				story ? "story" : "sentence", "discarded");
			if (story) {
				res->discarded = 1;
				res->discard_phrase = dyad_arena_strndup(j->a,
					an->doc.text.buf + an->doc.toks[s.tok[i]].off,
					an->doc.toks[s.tok[i + nw - 1]].off + an->doc.toks[s.tok[i + nw - 1]].len
						- an->doc.toks[s.tok[i]].off);
				return STORY_DISCARD;
			}
			return SENT_DISCARD;
		}
	}

	if (c->time_shift) {
		rc = time_shift(j, &s);
		if (rc != SENT_OK)
			return rc;
	}

	/* 2-3. actors, hidden clauses, compound-sentence clauses */
	ao.agents_alone = c->agents_alone;
	ao.agent_as_written = c->dialect_tabari;
	ao.noun_phrases = !c->dialect_tabari;
	ao.pronouns = c->dialect_tabari || c->dyad_rules;
	rc = dyad_actors__find(&s.ments, &s.n_ments, c->m, j->a, an, s.tok, s.words, s.n, j->date, &ao);
	if (rc < 0)
		return rc;
	if (c->dyad_rules) {
		dyad_events__org_names(j->a, &s);
		if (dyad_arena_failed(j->a))
			return DYAD_ENOMEM;
	}
	if (c->context && (rc = dyad_context__sentence(&j->cx, an, si, s.tok, s.words, s.n,
		&s.ments, &s.n_ments)) < 0)
		return rc;
	for (i = 0; i < s.n_ments; i++) {
		/* a collective's second member shares the first's words */
		if (s.ment_at[s.ments[i].b] < 0)
			s.ment_at[s.ments[i].b] = (int32_t)i;
		if (s.ment_end[s.ments[i].e - 1] < 0)
			s.ment_end[s.ments[i].e - 1] = (int32_t)i;
		if (s.ments[i].special == '#') {
			say(j, si, "actor at token %u is [###]: sentence discarded", s.tok[s.ments[i].b]);
			return SENT_DISCARD;
		}
		if (s.ments[i].special == '+') {
			say(j, si, "actor at token %u is [+++]: complex", s.tok[s.ments[i].b]);
			return SENT_COMPLEX;
		}
		if (s.ments[i].code)
			say(j, si, "actor %s (tokens %u-%u)%s%s", s.ments[i].code, s.tok[s.ments[i].b],
				s.tok[s.ments[i].e - 1], s.ments[i].group >= 0 ? " compound" : "",
				s.ments[i].pronoun ? " pronoun" : "");
	}
	dyad_events__hide_np_commas(c, &s);
	dyad_events__hide_commas(c, &s);
	if (c->dialect_tabari || c->dyad_rules)
		dyad_events__rebind_pronouns(&s, j->trace, j->payload);
	if (c->forward)
		j->fwd = dyad_events__forward(&s, fwd, j->date, j->trace, j->payload);
	if (c->context && (rc = dyad_context__record(&j->cx, an, si, s.tok, s.ments, s.n_ments)) < 0)
		return rc;
	breaks = dyad_events__split_clauses(&s);
	s.report_clause = c->dialect_tabari ? UINT16_MAX : dyad_events__split_attribution(&s);
	s.np_skip = !c->dialect_tabari;
	nclauses = (uint16_t)(s.clause[s.n - 1] + 1);

	/* COMPLEX: conditions (manual 8.7). Nothing below changes what makes
	 * a word a verb, so each word's lookup is kept for the clauses, and so
	 * are the picks made here over the whole sentence (the clause loop
	 * asks the same when the sentence is one clause). */
	isverb = dyad_arena_alloc(j->a, s.n);
	vms = dyad_arena_alloc(j->a, s.n * sizeof *vms);
	if (!isverb || !vms)
		return DYAD_ENOMEM;
	for (i = 0; i < s.n; i++) {
		dyad_verb_match *vm = &vms[i];
		isverb[i] = dyad_events__verb_candidate(c, &s, i)
			&& dyad_events__lookup_verb(c, &s, i, vm);
		/* a verb with only a null code is no verb (6.2) */
		if (isverb[i] && !(null_code(vm->code) && vm->n_patterns == 0)) {
			nverbs++;
			/* NOACTPRIOR looks before the first verb that codes: a null
			 * code that no pattern overrides ("On accord ...") does not.
			 * Without it the pick waits for the clause loop, which may
			 * never need it. */
			if (c->noactprior && first_verb == UINT32_MAX) {
				pick *pk = &picks[n_picks < MAXPICK ? n_picks : MAXPICK - 1];
				choose(pk, c, &s, vm, i, i + (uint32_t)vm->n_words, 0, s.n);
				pick_at[n_picks < MAXPICK ? n_picks++ : MAXPICK - 1] = i;
				if (!null_code(pk->code))
					first_verb = i;
			}
		}
	}
	if ((c->complex_verbs && nverbs >= c->complex_verbs)
		|| (c->complex_conj && breaks >= c->complex_conj)
		|| (c->noactprior && first_verb != UINT32_MAX && dyad_events__first_in(&s, 0, first_verb) < 0)) {
		say(j, si, "complex: %u verbs, %u conjunctions", nverbs, breaks);
		return SENT_COMPLEX;
	}

	/* 4-6. each clause: the first verb that codes */
	/* CODE BY CLAUSE stops at a clause's first event, CODE BY SENTENCE at
	 * the sentence's, CODE ALL codes every verb (7.6.1) */
	for (uint16_t cl = 0; cl < nclauses && !sent_done; cl++) {
		uint32_t clo = 0, chi = 0;
		int done = 0;
		int32_t keep, coded_src = -1;
		while (clo < s.n && s.clause[clo] != cl)
			clo++;
		chi = clo;
		while (chi < s.n && s.clause[chi] == cl)
			chi++;
		keep = cl > 0 && !actor_after_conj(&s, clo, chi) ? kept : -1;
		for (i = clo; i < chi && !done; i++) {
			const dyad_token *t = &an->doc.toks[s.tok[i]];
			const dyad_chunk *ch;
			dyad_verb_match vm;
			pick pk;
			int32_t src, tgt;
			uint32_t ve, vb;
			int negated, both;
			if (s.hidden[i] || t->chunk < 0)
				continue;
			ch = &an->chunks.chunks[t->chunk];
			/* PETRARCH: a multi-word verb may open before word i; else
			 * what the COMPLEX pass found at i */
			if (!c->dialect_tabari && dyad_events__verb_candidate(c, &s, i)
				&& dyad_events__lookup_back(c, &s, i, clo, &vm, &vb)) {
				/* vm, vb set */
			} else if (isverb[i]) {
				vm = vms[i];
				vb = i;
			} else {
				continue;
			}
			ve = vb + (uint32_t)vm.n_words;
			say(j, si, "verb '%s' -> block %s (%s:%u)", s.words[vb], vm.name ? vm.name : "?",
				vm.file ? vm.file : "?", vm.line);
			for (pi = 0; pi < n_picks && pick_at[pi] != vb; pi++)
				;
			if (pi < n_picks && clo == 0 && chi == s.n && vb == i)
				pk = picks[pi];
			else
				choose(&pk, c, &s, &vm, vb, ve, clo, chi);
			if (pk.pattern >= 0)
				say(j, si, "pattern %ld matched (%s:%u) -> [%s]", pk.pattern,
					pk.file ? pk.file : "?", pk.line, pk.code ? pk.code : "");
			if (!pk.code || null_code(pk.code)) {
				say(j, si, "null code [---]: not coded");
				continue;
			}
			if (!strcmp(pk.code, "###")) {
				say(j, si, "verb code [###]: sentence discarded");
				j->n_ev = ev0;
				return SENT_DISCARD;
			}
			if (!strcmp(pk.code, "+++")) {
				say(j, si, "verb code [+++]: complex");
				j->n_ev = ev0;
				return SENT_COMPLEX;
			}
			dyad_events__actors_for(c, &s, &pk.pm, vb, ve, clo, chi, c->dialect_tabari ? keep : -1, &src,
				&tgt);
			/* a speech verb's own target is whom it addresses ("told
			 * Iran", "said to Iran"), never an actor inside what it
			 * reports ("said [the step enjoyed support from Moscow]"):
			 * with both sides required, that content codes as its own
			 * event, or none. (Without, dyad's statement records carry
			 * such a verb, and its one-sided event stays as it was.) */
			if (!c->dialect_tabari && c->require_dyad && pk.pattern < 0 && strchr(pk.code, '?') && tgt >= 0
				&& s.ments[tgt].b >= ve && reported_between(&s, ve, s.ments[tgt].b)) {
				say(j, si, "target inside the reported clause: the clause codes");
				continue;
			}
			j->new_src = j->new_tgt = j->more_src = j->more_tgt = NULL;
			if (c->new_actor_length)
				new_actors(j, &s, vb, ve, clo, chi, &src, &tgt);
			if (pk.pm.src < 0 && pk.pm.tgt < 0 && pk.pm.compound < 0
				&& passive_by(&s, ve, ch->flags)) {
				int32_t x = src;
				say(j, si, "passive voice with 'by': source and target swapped");
				src = tgt;
				tgt = x;
			}
			/* "the two governments signed an accord": each with the other */
			both = 0;
			if (c->context && src >= 0 && s.ments[src].collective && s.ments[src].group >= 0
				&& (tgt == -1 || dyad_events__side_group(&s, tgt) == s.ments[src].group)) {
				src = s.ments[src].group;
				tgt = src + 1;
				both = 1;
			}
			if (!c->dialect_tabari && !c->dyad_rules && !c->require_dyad && (src == -1 || tgt == -1)
				&& !dyad_events__null_sides(&s, i, ve, clo, chi, src, tgt)) {
				say(j, si, "no noun phrase for the %s: verb not coded",
					src == -1 ? "source" : "target");
				continue;
			}
			if ((src == -1 || tgt == -1) && (c->require_dyad || (src == -1 && tgt == -1))) {
				say(j, si, "no %s: verb not coded", src == -1 ? "source" : "target");
				/* PETRARCH: a verb with a code takes its verb phrase, and
				 * a clause it governs ("said [government proposed ...]")
				 * with it, event or not */
				if (!c->dialect_tabari && c->code_by != DYAD__BY_ALL
					&& dyad_events__governs_clause(&s, ve))
					done = 1;
				continue;
			}
			/* a market quantity as subject or object: economic news */
			if (c->dyad_rules && strncmp(pk.code, "01", 2)
				&& dyad_events__market_verb(&s, vb, ve, clo, chi)) {
				say(j, si, "market quantity as subject or object: verb not coded");
				continue;
			}
			negated = (ch->flags & DYAD_VPF_NEGATED) && !pk.pm.negation;
			/* TABARI has no negation rule: a pattern spells it ("NOT *",
			 * &NEGATVAUXVRB, 5.6), else the verb codes as it is; the event
			 * is still marked negated */
			if (negated && !c->keep_negated && !c->dialect_tabari) {
				say(j, si, "negated verb group: event dropped");
				neg_dropped |= !strchr(pk.code, '?');
				done = c->code_by != DYAD__BY_ALL;
				sent_done = done && c->code_by == DYAD__BY_SENTENCE;
				continue;
			}
			emit(j, &s, &pk, &vm, src, tgt, vb, ve, negated);
			if (both)
				emit(j, &s, &pk, &vm, tgt, src, vb, ve, negated);
			if (j->oom)
				return DYAD_ENOMEM;
			if (coded_src < 0)
				coded_src = src;
			/* a subordinate code (6.6.1) gives way to a later verb */
			done = !strchr(pk.code, '?') && c->code_by != DYAD__BY_ALL;
			sent_done = done && c->code_by == DYAD__BY_SENTENCE;
		}
		/* the source the next clauses keep (7.6): this clause's, else, when
		 * none is kept yet, its first actor */
		if (coded_src >= 0)
			kept = coded_src;
		else if (kept < 0)
			kept = dyad_events__first_in(&s, clo, chi);
	}

	/* dominant and subordinate codes (6.6.1-2) */
	{
		size_t k, w = ev0;
		/* a statement whose reported event is negated implies a refusal,
		 * not a mere statement (CAMEO 010): it gives way as to a coded one */
		int dominant = 0, plain = neg_dropped;
		for (k = ev0; k < j->n_ev; k++) {
			dominant |= j->mark[k] == '!';
			plain |= j->mark[k] == 0;
		}
		for (k = ev0; k < j->n_ev; k++) {
			if (dominant ? j->mark[k] != '!' : (j->mark[k] == '?' && plain))
				continue;
			j->ev[w] = j->ev[k];
			j->mark[w++] = j->mark[k];
		}
		j->n_ev = w;
	}
	return SENT_OK;
}

int dyad_coder_code(dyad_story_result *out, const dyad_coder *c, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an, int32_t date, dyad_trace_fn trace,
	void *payload)
{
	return dyad_coder_code_from(out, c, ctx, arena, an, date, NULL, trace, payload);
}

int dyad_coder_code_from(dyad_story_result *out, const dyad_coder *c, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an, int32_t date, const char *forward,
	dyad_trace_fn trace, void *payload)
{
	job j;
	uint32_t si;
	memset(out, 0, sizeof *out);
	memset(&j, 0, sizeof j);
	j.c = c;
	j.a = arena;
	j.trace = trace;
	j.payload = payload;
	j.date = date;
	if (c->context)
		dyad_context__init(&j.cx, arena, c->m, c->keys, date);
	/* the caller's copy may change once this returns: events keep ours */
	if (c->forward && forward && *forward
		&& !(j.fwd = dyad_arena_strndup(arena, forward, strlen(forward))))
		return dyad__error(ctx, DYAD_ENOMEM, "coder: out of memory");
	if (!an->chunks.chunks && an->doc.n_toks)
		return dyad__error(ctx, DYAD_EINVALID, "coder: the story is not chunked");
	for (si = 0; si < an->doc.n_sents; si++) {
		size_t ev0 = j.n_ev;
		int r;
		/* page furniture (captions, appeals, sign-offs) is not news */
		if (an->doc.sents[si].furniture)
			continue;
		r = code_sentence(&j, an, si, out);
		if (r < 0) {
			(void)dyad__error(ctx, DYAD_ENOMEM, "coder: out of memory");
			return DYAD_ENOMEM;
		}
		if (r == STORY_DISCARD) {
			j.n_ev = 0;
			break;
		}
		if (r != SENT_OK)
			j.n_ev = ev0;
		if (dyad_arena_failed(arena))
			return dyad__error(ctx, DYAD_ENOMEM, "coder: out of memory");
	}
	out->events = j.ev;
	out->n_events = j.n_ev;
	out->forward = j.fwd;
	out->mentions = j.cx.out;
	out->n_mentions = j.cx.n_out;
	return DYAD_OK;
}

/* One serial number of a record id under a FORWARD: format (manual 8.4.1):
 * the characters at the format's `which` positions ('N' story, 'S'
 * sentence), '^' positions being the blanks the reader already dropped. */
static size_t serial(char *out, size_t cap, const char *fmt, const char *id, char which)
{
	size_t k, w = 0, idn = strlen(id), at = 0;
	for (k = 0; fmt[k]; k++) {
		if (fmt[k] == '^')
			continue;
		if (fmt[k] == which && at < idn && w + 1 < cap)
			out[w++] = id[at];
		at++;
	}
	out[w] = '\0';
	return w;
}

int dyad_coder_continues(const dyad_coder *c, const char *prev_id, const char *id)
{
	char sa[32], sb[32], na[32], nb[32];
	char *end;
	long a, b;
	if (!c->forward || !c->fwd_format[0] || !prev_id || !id)
		return 0;
	if (!serial(sa, sizeof sa, c->fwd_format, prev_id, 'N')
		|| !serial(sb, sizeof sb, c->fwd_format, id, 'N') || strcmp(sa, sb))
		return 0;
	serial(na, sizeof na, c->fwd_format, prev_id, 'S');
	serial(nb, sizeof nb, c->fwd_format, id, 'S');
	/* a non-numeric sentence number counts as zero (8.4.1) */
	a = strtol(na, &end, 10);
	if (*end || !*na)
		a = 0;
	b = strtol(nb, &end, 10);
	if (*end || !*nb)
		b = 0;
	return b == a + 1;
}
