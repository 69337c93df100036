/*
 * The story as a whole (dyad/doc.h): join the coder's events with what the
 * doc/ modules find across the story — dates, places, quotes, modality.
 * Each module finds its things once per story; this file only picks, per
 * event, the ones that govern its verb.
 */
#include <string.h>
#include <strings.h>

#include "dyad/doc.h"
#include "ctx_internal.h"
#include "wordlist.h"
#include "places_internal.h"
#include "dyad/tagger.h"

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


/* ---- speakers the coder left without a country or a code ---- */

static int tok_is(const dyad_analysis *an, uint32_t t, const char *w)
{
	const dyad_token *k = &an->doc.toks[t];
	size_t n = strlen(w);
	return k->len == n && !strncasecmp(an->doc.text.buf + k->off, w, n);
}

static int same_word(const dyad_analysis *an, uint32_t a, uint32_t b)
{
	const dyad_token *x = &an->doc.toks[a], *y = &an->doc.toks[b];
	return x->len == y->len && x->len > 1
		&& !strncasecmp(an->doc.text.buf + x->off, an->doc.text.buf + y->off, x->len);
}

static const char *const spokes[] = { "spokesman", "spokeswoman", "spokesperson", "spokesmen",
	"spokeswomen", "spokespeople", "spokespersons", NULL };

static int spokes_word(const dyad_analysis *an, uint32_t t)
{
	const char *w = an->doc.toks[t].lower;
	return w && dyad__in_list(w, spokes);
}

static int in_quote(const dyad_quote *q, size_t nq, uint32_t t)
{
	size_t i;
	for (i = 0; i < nq; i++)
		if (q[i].direct && q[i].quote_tok[0] <= t && t < q[i].quote_tok[1])
			return 1;
	return 0;
}

/* A state's code: three capitals, not "---" nor an international block. */
static int stated(const char *c)
{
	return c && strlen(c) >= 3 && strncmp(c, "---", 3) && strncmp(c, "IGO", 3)
		&& strncmp(c, "NGO", 3) && strncmp(c, "MNC", 3) && strncmp(c, "INT", 3)
		&& c[0] >= 'A' && c[0] <= 'Z';
}

/* A spokesperson speaks for the body named with them ("his spokesperson",
 * "the ministry's spokesman"): that body's code, from a mention in the
 * speaker's phrase before the spokesperson's word. */
static const char *spoken_for(const dyad_analysis *an, const dyad_story_result *res,
	const uint32_t r[2], const char **entity)
{
	uint32_t t, w = r[1];
	const char *best = NULL;
	size_t i;
	for (t = r[0]; t < r[1] && w == r[1]; t++)
		if (spokes_word(an, t))
			w = t;
	if (w == r[1])
		return NULL;
	for (i = 0; i < res->n_mentions; i++) {
		const dyad_mention *m = &res->mentions[i];
		if (m->code && m->tok[0] >= r[0] && m->tok[1] <= w && strncmp(m->code, "---", 3)) {
			best = m->code;
			/* unnamed and someone's ("his spokesperson", "Blair's
			 * spokesman"): whom they speak for */
			*entity = w + 1 == r[1] && (tok_is(an, r[0], "his") || tok_is(an, r[0], "her")
				|| (m->tok[1] < w && an->doc.toks[m->tok[1]].kind == DYAD_TOK_POSSESSIVE))
				? m->entity : NULL;
		}
	}
	return best;
}

/* Does sentence si end as a sentence does (not a headline or a label)? */
static int full_sentence(const dyad_analysis *an, uint32_t si)
{
	const dyad_sentence *se = &an->doc.sents[si];
	uint32_t t;
	if (se->furniture || se->tok_end <= se->tok_begin)
		return 0;
	for (t = se->tok_end; t-- > se->tok_begin;) {
		/* a closing quotation mark or bracket after the stop */
		if (tok_is(an, t, "\"") || tok_is(an, t, "\xe2\x80\x9d") || tok_is(an, t, "'")
			|| tok_is(an, t, ")"))
			continue;
		return tok_is(an, t, ".") || tok_is(an, t, "!") || tok_is(an, t, "?");
	}
	return 0;
}

/* Do mention tokens m and the phrase r share a noun (a spokesperson's
 * word aside: it names a role, not the body)? */
static int shares_noun(const dyad_analysis *an, const uint32_t m[2], const uint32_t r[2])
{
	uint32_t a, b;
	for (b = r[0]; b < r[1]; b++) {
		unsigned tag = an->doc.toks[b].tag;
		int sp;
		if (tag < DYAD_POS_NN || tag > DYAD_POS_NNPS)
			continue;
		sp = spokes_word(an, b);
		for (a = m[0]; !sp && a < m[1]; a++)
			if (same_word(an, a, b))
				return 1;
	}
	return 0;
}

/* A country-less role ("---GOV": "the ministry", "Foreign Ministry
 * spokesman X") is the state's its own phrase names ("the US Department
 * of ..."), else the last earlier body's sharing a noun with it ("China's
 * foreign ministry" for "a ministry spokesman"), else the story's: the first state a full sentence of the story
 * names outside quoted words (a headline may lead with the other side). */
/* A country-less code ("---GOVMED") with a state's first block put in
 * ("IND" -> "INDGOVMED"); the code itself when out of memory. */
static const char *restate(dyad_arena *arena, const char *state, const char *code)
{
	size_t n = strlen(code);
	char *s = dyad_arena_alloc(arena, n + 1);
	if (!s)
		return code;
	memcpy(s, state, 3);
	memcpy(s + 3, code + 3, n - 2);
	return s;
}

static const char *const local_words[] = { "city", "district", "governor", "local", "mayor",
	"municipal", "police", "province", "provincial", "region", "regional", NULL };

/* Where the story is: its places and its dateline's country. */
typedef struct where {
	const dyad_place *pl;
	size_t npl;
	const char *dateline; /* country of the dateline's place, or NULL */
	const dyad_gazetteer *gaz; /* or NULL */
} where;

/* The country of the last place with a known country named before token t,
 * else the dateline's (NULL when neither): where a local official ("the
 * regional governor") is. */
static const char *place_country(const where *w, uint32_t t)
{
	const char *c = NULL;
	for (size_t i = 0; i < w->npl && w->pl[i].tok[1] <= t; i++)
		if (w->pl[i].country)
			c = w->pl[i].country;
	return c ? c : w->dateline;
}

/* Whether the speaker's phrase, or a title in apposition beside it
 * ("Oleh Martynenko, the regional governor"), names a local office. */
static int local_office(const dyad_analysis *an, const uint32_t r[2])
{
	uint32_t b = r[0] > 4 ? r[0] - 4 : 0, e = r[1] + 5, t;
	for (size_t i = 0; i < an->doc.n_sents; i++) {
		const dyad_sentence *se = &an->doc.sents[i];
		if (se->tok_begin <= r[0] && r[0] < se->tok_end) {
			b = b > se->tok_begin ? b : se->tok_begin;
			e = e < se->tok_end ? e : se->tok_end;
			break;
		}
	}
	for (t = b; t < e && t < an->doc.n_toks; t++)
		if (an->doc.toks[t].lower && dyad__in_list(an->doc.toks[t].lower, local_words))
			return 1;
	return 0;
}

static const char *with_country(dyad_arena *arena, const dyad_analysis *an,
	const dyad_story_result *res, const dyad_quote *q, size_t nq, const char *code,
	const uint32_t r[2], const where *w)
{
	const char *own = NULL, *named = NULL, *first = NULL;
	size_t i;
	for (i = 0; i < res->n_mentions; i++) {
		const dyad_mention *m = &res->mentions[i];
		if (!stated(m->code))
			continue;
		if (!own && m->tok[0] >= r[0] && m->tok[1] <= r[1])
			own = m->code;
		if (m->tok[1] <= r[0] && !in_quote(q, nq, m->tok[0]) && shares_noun(an, m->tok, r))
			named = m->code;
		if (!first && m->tok[1] <= r[0] && !in_quote(q, nq, m->tok[0])
			&& m->sentence < an->doc.n_sents && full_sentence(an, m->sentence))
			first = m->code;
	}
	/* a local office: the country of the story's places beats the first
	 * state named ("Russian forces shelled Kharkiv ... the regional
	 * governor" is Ukraine's) */
	if (!own && local_office(an, r))
		own = place_country(w, r[0]);
	if (!own)
		own = named ? named : first;
	return own ? restate(arena, own, code) : code;
}

/* ---- a statement, "it", a state: the body that speaks ---- */

static const char *const issued[] = { "statement", "statements", "communique", "communiqué",
	"declaration", "readout", "release", NULL };
static const char *const persons[] = { "he", "she", "him", "her", "i", "we", "they", NULL };
/* head nouns of bodies' proper names ("Ministry of Foreign Affairs") */
static const char *const body_heads[] = { "ministry", "affairs", "office", "department",
	"government", "council", "command", "army", "forces", "agency", "commission", "committee",
	"house", "kremlin", "presidency", "embassy", "secretariat", "cabinet", "authority", NULL };

/* The mention the coder resolved over r, as actor_at picks it, or NULL. */
static const dyad_mention *mention_at(const dyad_story_result *res, const uint32_t r[2])
{
	const dyad_mention *best = NULL;
	for (size_t i = 0; i < res->n_mentions; i++) {
		const dyad_mention *m = &res->mentions[i];
		if (m->code && overlaps(m->tok, r) && (!best || m->tok[1] > best->tok[1]))
			best = m;
	}
	return best;
}

/* Does the speaker phrase r name a body (a ministry, a government, a state
 * or an organisation by name), not a person? A person comes by a pronoun,
 * a title or a later mention; a dictionary name of people is two proper
 * nouns, a body's ends with a common noun or an institution's head, or is
 * one word. */
static int body_phrase(const dyad_analysis *an, const dyad_story_result *res, const uint32_t r[2])
{
	const dyad_mention *m;
	const dyad_token *h;
	if (r[1] <= r[0] || (an->doc.toks[r[0]].lower
		&& dyad__in_list(an->doc.toks[r[0]].lower, persons)))
		return 0;
	if ((m = mention_at(res, r)) && m->how != DYAD_MENTION_DICTIONARY)
		return 0;
	h = &an->doc.toks[r[1] - 1];
	if (spokes_word(an, r[1] - 1))
		return 0;
	return r[1] - r[0] == 1 || h->tag == DYAD_POS_NN || h->tag == DYAD_POS_NNS
		|| (h->lower && dyad__in_list(h->lower, body_heads));
}

/* A statement, or "it", as the speaker ("the statement said", "what it
 * described as"): the body whose statement it is, the last earlier
 * speaker within three sentences that is a body (of the state "it" was
 * resolved to, when it was). 1 when set. */
static int issuer(dyad_statement *st, const dyad_analysis *an, const dyad_quote *q, size_t qi,
	const dyad_story_result *res, const dyad_doc_result *out)
{
	const uint32_t *r = q[qi].speaker_tok;
	const char *h = an->doc.toks[r[1] - 1].lower;
	int it = r[1] - r[0] == 1 && tok_is(an, r[0], "it");
	size_t k;
	if (!it && !(h && dyad__in_list(h, issued) && (!st->speaker || !strncmp(st->speaker, "---", 3))))
		return 0;
	if (it && st->speaker && (strlen(st->speaker) != 3 || !stated(st->speaker)))
		return 0;
	for (k = out->n_statements; k-- > 0;) {
		const dyad_statement *o = &out->statements[k];
		if (o->quote->sentence + 3 < q[qi].sentence)
			break;
		if (!o->speaker || !strncmp(o->speaker, "---", 3) || o->quote->speaker_tok[0] == r[0]
			|| (it && st->speaker && strncmp(o->speaker, st->speaker, 3))
			|| !body_phrase(an, res, o->quote->speaker_tok))
			continue;
		st->speaker = o->speaker;
		st->speaker_entity = o->speaker_entity;
		return 1;
	}
	return 0;
}

/* A state speaks through its government: "Verania said", "the three
 * countries said", "it said" of a state are its GOV (a plural
 * nationality, "Veranians", is its people and stays). */
static const char *const state_nouns[] = { "countries", "nations", "states", "country",
	"nation", "state", NULL };

static const char *state_gov(dyad_arena *arena, const dyad_analysis *an,
	const dyad_story_result *res, const char *code, const uint32_t r[2], const where *w)
{
	const dyad_token *h = &an->doc.toks[r[1] - 1];
	uint32_t b = r[0] + (r[1] - r[0] > 1 && tok_is(an, r[0], "the")), nw = 0;
	int32_t k;
	char *s;
	if (!code || strlen(code) != 3 || !stated(code))
		return code;
	/* the phrase is the state's name as the gazetteer has it ("Verania",
	 * "the United States"; not "the Bank of Verania"), or a collective or
	 * a pronoun the coder resolved to the state */
	const dyad_mention *m = mention_at(res, r);
	if (!(h->lower && (dyad__in_list(h->lower, state_nouns) || !strcmp(h->lower, "it")))
		&& !(m && m->how == DYAD_MENTION_COLLECTIVE)) {
		if (!w->gaz || (k = dyad__gaz_match(w->gaz, an->doc.toks, b, r[1], &nw, 1)) < 0
			|| b + nw != r[1] || w->gaz->places[k].kind != DYAD_PLACE_COUNTRY
			|| !w->gaz->places[k].country || strcmp(w->gaz->places[k].country, code))
			return code;
	}
	if (!(s = dyad_arena_alloc(arena, 7)))
		return code;
	memcpy(s, code, 3);
	memcpy(s + 3, "GOV", 4);
	return s;
}

/* A definite title for someone named before ("the NATO chief", "the
 * spokesman"): the person the story last quoted under the same code,
 * when the phrase names no one itself. An indefinite one ("a
 * spokesman") or one of another body is someone new. 1 when set. */
static const char *const title_heads[] = { "chief", "head", "leader", "boss", "spokesman",
	"spokeswoman", "spokesperson", "minister", "president", "secretary", "secretary-general",
	"envoy", "ambassador", "commander", "premier", "chancellor", "official", NULL };

static int the_title(dyad_statement *st, const dyad_analysis *an, const dyad_quote *q,
	size_t qi, const dyad_doc_result *out, const where *w)
{
	const uint32_t *r = q[qi].speaker_tok;
	const char *h = an->doc.toks[r[1] - 1].lower;
	size_t k;
	if (r[1] - r[0] < 2 || !tok_is(an, r[0], "the") || !h || !dyad__in_list(h, title_heads))
		return 0;
	for (k = out->n_statements; k-- > 0;) {
		const dyad_statement *o = &out->statements[k];
		const char *n = o->speaker_entity;
		const uint32_t *or = o->quote->speaker_tok;
		const char *oh = or[1] > or[0] ? an->doc.toks[or[1] - 1].lower : NULL;
		uint32_t nw = 0;
		if (!o->speaker || strcmp(o->speaker, st->speaker) || !n || n[0] < 'A' || n[0] > 'Z'
			|| or[1] <= or[0] || an->doc.toks[or[1] - 1].tag != DYAD_POS_NNP
			|| (an->doc.toks[or[1] - 1].flags & DYAD_TOKF_ALLCAPS)
			|| (oh && dyad__in_list(oh, body_heads))
			|| (w->gaz && dyad__gaz_match(w->gaz, an->doc.toks, or[1] - 1, or[1], &nw, 1) >= 0))
			continue;
		/* a name: every word capitalised */
		for (const char *p = n; *p; p++)
			if (*p == ' ' && (p[1] < 'A' || p[1] > 'Z'))
				n = NULL;
		if (!n)
			continue;
		st->speaker_entity = o->speaker_entity;
		return 1;
	}
	return 0;
}

/* Settle a statement's speaker the coder left without a code or a country:
 * a spokesperson speaks for their body; a surname or a title alone ("Kim",
 * "the spokesman") is the earlier speaker whose phrase has that word; a
 * country-less role takes the story's state. */
static void speaker_fix(dyad_statement *st, dyad_arena *arena, const dyad_analysis *an,
	const dyad_quote *q, size_t nq, size_t qi, const dyad_story_result *res,
	const dyad_doc_result *out, const where *w)
{
	const uint32_t *r = q[qi].speaker_tok;
	const char *c, *e = NULL;
	size_t k;
	uint32_t h;
	if (r[1] <= r[0])
		return;
	if (issuer(st, an, q, qi, res, out))
		return;
	st->speaker = state_gov(arena, an, res, st->speaker, r, w);
	if (st->speaker && (c = spoken_for(an, res, r, &e))) {
		st->speaker = c;
		if (e)
			st->speaker_entity = e;
		return;
	}
	if (st->speaker && the_title(st, an, q, qi, out, w))
		return;
	if (st->speaker && strncmp(st->speaker, "---", 3))
		return;
	/* the phrase's head: its last word, a noun */
	h = r[1] - 1;
	if (an->doc.toks[h].tag >= DYAD_POS_NN && an->doc.toks[h].tag <= DYAD_POS_NNPS)
		for (k = out->n_statements; k-- > 0;) {
			const dyad_statement *o = &out->statements[k];
			uint32_t t;
			if (!o->speaker || !strncmp(o->speaker, "---", 3) || o->quote->speaker_tok[0] == r[0])
				continue;
			/* a head there too: not a modifier of a common noun
			 * ("Ministry spokesman" is no ministry) */
			for (t = o->quote->speaker_tok[0]; t < o->quote->speaker_tok[1]; t++)
				if (same_word(an, t, h) && (t + 1 == o->quote->speaker_tok[1]
					|| an->doc.toks[t + 1].tag < DYAD_POS_NN
					|| an->doc.toks[t + 1].tag > DYAD_POS_NNS)) {
					st->speaker = o->speaker;
					st->speaker_entity = o->speaker_entity;
					return;
				}
		}
	if (st->speaker && strlen(st->speaker) > 3)
		st->speaker = with_country(arena, an, res, q, nq, st->speaker, r, w);
}

/* One statement per quote outside page furniture; st_of[i] is quote i's
 * statement, -1 for one in furniture. */
static int statements(dyad_doc_result *out, int32_t **st_of, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, const dyad_quote *q, size_t nq, const dyad_story_result *res,
	const where *w)
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
		speaker_fix(st, arena, an, q, nq, i, res, out, w);
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

/* A country-less role of an event's actor ("---GOVMED") whose entity a
 * statement's speaker carries with a state ("INDGOVMED" for "Anurag
 * Srivastava"): that state and the event's own roles. */
static const char *settle(dyad_arena *arena, const char *code, const char *entity,
	const dyad_doc_result *out)
{
	if (!code || !entity || strncmp(code, "---", 3) || strlen(code) <= 3)
		return code;
	for (size_t k = out->n_statements; k-- > 0;) {
		const dyad_statement *st = &out->statements[k];
		if (!st->speaker || !st->speaker_entity || !strncmp(st->speaker, "---", 3)
			|| strlen(st->speaker) < 3 || strcmp(st->speaker_entity, entity))
			continue;
		return restate(arena, st->speaker, code);
	}
	return code;
}

/* CAMEO's verbal roots, 01-05 and 10-13: the event is words (or a
 * meeting), and what its complement names is content. */
static int verbal_code(const char *code)
{
	int r;
	if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
		return 0;
	r = (code[0] - '0') * 10 + (code[1] - '0');
	return (r >= 1 && r <= 5) || (r >= 10 && r <= 13);
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
	where w;
	int rc;

	memset(out, 0, sizeof *out);
	if (res->n_events == 0 && an->doc.n_sents == 0)
		return DYAD_OK;
	if ((rc = dyad_quotes_find(&q, &nq, ctx, arena, an)) < 0)
		return rc;
	if ((nq || res->n_events) && opts && opts->gazetteer
		&& (rc = dyad_places_find(&pl, &npl, ctx, arena, opts->gazetteer, an)) < 0)
		return rc;
	w.pl = pl;
	w.npl = npl;
	w.dateline = NULL;
	w.gaz = opts ? opts->gazetteer : NULL;
	if (opts && opts->gazetteer && an->furniture.dateline_place[1] > an->furniture.dateline_place[0]) {
		uint32_t nw;
		int32_t k = dyad__gaz_match(opts->gazetteer, an->doc.toks, an->furniture.dateline_place[0],
			an->furniture.dateline_place[1], &nw, 1);
		if (k >= 0)
			w.dateline = opts->gazetteer->places[k].country;
	}
	if ((rc = statements(out, &st_of, ctx, arena, an, q, nq, res, &w)) < 0)
		return rc;
	if (res->n_events == 0)
		return DYAD_OK;
	if ((rc = dyad_dates_find(&tx, &ntx, ctx, arena, an, story_days)) < 0)
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
		de->source = settle(arena, e->source, e->source_entity, out);
		de->target = settle(arena, e->target, e->target_entity, out);
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
		k = npl ? dyad_places_pick_event(pl, npl, an, e->sentence, e->verb_tok,
				e->source_tok[1] > e->source_tok[0] ? e->source_tok : NULL,
				e->target_tok[1] > e->target_tok[0] ? e->target_tok : NULL, verbal_code(e->code))
			: -1;
		de->place = k >= 0 ? &pl[k] : NULL;
		k = nq ? dyad_quotes_covering(q, nq, e->verb_tok[0]) : -1;
		de->statement = k >= 0 ? st_of[k] : -1;
		k = de->statement;
		de->reported_by = k >= 0 ? out->statements[k].speaker : NULL;
		out->n_events++;
	}
	return DYAD_OK;
}
