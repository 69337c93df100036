/*
 * Actor recognition (see actors.h). Three passes over one sentence:
 *
 *  1. Dictionary hits: at each word, the longest actor or agent phrase that
 *     starts there (TABARI's "longer phrases first", manual 5.2); the words
 *     it covers are consumed, including those a phrase written with gaps
 *     passes over ("Ithilen state-run television" for ITHILEN TELEVISION:
 *     TABARI skips any words but commas, PETRARCH stays in the noun phrase).
 *  2. Agents joined to actors (manual 5.4): an agent immediately after an
 *     actor in its noun phrase ("Gondor's defence minister", "Israeli
 *     president"), or immediately before one, possibly across IN/OF ("the
 *     defence minister of Gondor", "President Peres"). The ~ of the agent
 *     code says where the actor's code goes, whatever the word order; a code
 *     already holding the agent's 3-character block is not extended; "former"
 *     right before the pair makes the agent ELI (5.4.1). An agent left alone
 *     is an actor "---AGT" ("~AGT" with TABARI's CONVERT AGENTS, 8.2.6)
 *     when the dialect allows it. PETRARCH's noun phrases also join across
 *     FROM and stack an agent after the actor on one before it ("MSF Arnor
 *     diplomat").
 *  3. Compound actors ("Arnor and Gondor", "Arnor, Gondor and Rohan",
 *     "Arnor and the evil Gondor": manual 7.5) share a group; PETRARCH gives
 *     an agent qualifying the whole list to each member, an actor
 *     qualifying coordinated agents to each agent ("Danish media and
 *     government", "officials and lawmakers in A and B"), and drops a
 *     possessive actor that only modifies another actor. Pronouns take the
 *     first actor before them in the sentence (manual 7.7: the subject is
 *     the usual antecedent); THEY, THEM and THEIR the first compound actor
 *     before them, for which they stand, else the first actor. PETRARCH's
 *     coder resolves no pronoun.
 */
#include <string.h>

#include "actors.h"
#include "dict/matcher_internal.h"
#include "dyad/tagger.h"

enum { HIT_ACTOR = 1, HIT_AGENT, HIT_PRONOUN };

typedef struct hit {
	uint32_t b, e;
	uint8_t kind, prefix, used;
	const char *code, *phrase, *file;
	unsigned line;
} hit;

static int is_word(const dyad_token *t)
{
	return t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_ABBREV || t->kind == DYAD_TOK_NUMBER;
}

/* Does code hold block at a 3-character boundary (manual 5.4: "Tamil Tiger
 * guerrillas" stays LKAREB)? */
static int has_block(const char *code, const char *block)
{
	size_t n = strlen(code), k = strlen(block), i;
	if (k == 0)
		return 1;
	for (i = 0; i + k <= n; i += 3)
		if (!strncmp(code + i, block, k))
			return 1;
	return 0;
}

static const char *join(dyad_arena *a, const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	char *s = dyad_arena_alloc(a, nx + ny + 1);
	if (!s)
		return NULL;
	memcpy(s, x, nx);
	memcpy(s + nx, y, ny + 1);
	return s;
}

static const char *const primary_roles[] = { "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB",
	"SEP", "SPY", "UAF", NULL };

static int primary(const char *block)
{
	for (size_t i = 0; primary_roles[i]; i++)
		if (!strncmp(block, primary_roles[i], 3))
			return 1;
	return 0;
}

const char *dyad_actors__compose(dyad_arena *a, const char *actor, const char *agent, int prefix)
{
	if (!actor)
		return NULL;
	if (!agent || has_block(actor, agent))
		return actor;
	/* the agent's primary role is the state's; an actor with a role (or
	 * a body's code) keeps its own and takes the specialty */
	if (!prefix && strlen(agent) >= 6 && primary(agent) && strlen(actor) > 3
		&& strncmp(actor, "---", 3)) {
		agent += 3;
		if (has_block(actor, agent))
			return actor;
	}
	return prefix ? join(a, agent, actor) : join(a, actor, agent);
}

#define compose dyad_actors__compose

static int special(const char *code)
{
	if (!code)
		return 0;
	if (!strcmp(code, "###"))
		return '#';
	if (!strcmp(code, "+++"))
		return '+';
	return 0;
}

static int is_null(const char *code)
{
	return !code || !strcmp(code, "---") || !strcmp(code, "- - -");
}

static int pronoun(const char *w)
{
	static const char *const p[] = { "he", "she", "it", "they", "his", "her", "its", "their",
		"him", "them" };
	size_t i;
	for (i = 0; i < sizeof p / sizeof *p; i++)
		if (!strcmp(w, p[i]))
			return 1;
	return 0;
}

static int plural(const char *w)
{
	return !strcmp(w, "they") || !strcmp(w, "them") || !strcmp(w, "their");
}

/* Words between two hits that keep an agent attached to the actor before
 * it: possessives, adjectives, determiners and numbers inside the noun
 * phrase ("Dagolath's first deputy prime minister"). */
static int np_filler(const dyad_token *t)
{
	switch (t->tag) {
	case DYAD_POS_POS: case DYAD_POS_JJ: case DYAD_POS_JJR: case DYAD_POS_JJS:
	case DYAD_POS_CD: case DYAD_POS_DT: case DYAD_POS_PRPS:
		return 1;
	default:
		return t->kind == DYAD_TOK_POSSESSIVE;
	}
}

static int adjective(const dyad_token *t)
{
	return t->tag == DYAD_POS_JJ || t->tag == DYAD_POS_JJR || t->tag == DYAD_POS_JJS;
}

/* Words a phrase written with gaps ("ITHILEN TELEVISION") may pass over
 * inside a noun phrase, for PETRARCH, which matches actors within one:
 * determiners, adjectives, nouns, numbers, possessives and OF ("Ithilen
 * state-run television", "the Prince of Dol Amroth"). */
static int np_inner(const dyad_token *t, const char *w)
{
	switch (t->tag) {
	case DYAD_POS_DT: case DYAD_POS_PDT: case DYAD_POS_JJ: case DYAD_POS_JJR:
	case DYAD_POS_JJS: case DYAD_POS_NN: case DYAD_POS_NNS: case DYAD_POS_NNP:
	case DYAD_POS_NNPS: case DYAD_POS_CD: case DYAD_POS_POS: case DYAD_POS_PRPS:
		return 1;
	default:
		return t->kind == DYAD_TOK_POSSESSIVE || !strcmp(w, "of");
	}
}

/* PETRARCH: do words [b, e) between two actors join two noun phrases
 * that each hold one of them ("Ithilen's sheep and goats of Gondor")? One
 * AND, every other word inside a noun phrase. */
static int np_conjuncts(const dyad_token *toks, const uint32_t *tok, const char *const *words,
	uint32_t b, uint32_t e)
{
	uint32_t i, conj = 0;
	for (i = b; i < e; i++) {
		if (!strcmp(words[i], "and"))
			conj++;
		else if (!np_inner(&toks[tok[i]], words[i]))
			return 0;
	}
	return conj == 1;
}

/* Hits from pass 1, at most one per word. skip: words a gap may pass over
 * (NULL: TABARI's rule, any but a comma). */
static size_t dictionary_hits(hit *h, const dyad_matcher *m, const dyad_token *toks,
	const uint32_t *tok, const char *const *words, const unsigned char *skip, size_t n,
	int32_t date)
{
	size_t i = 0, k = 0;
	while (i < n) {
		dyad_actor_match am;
		dyad_agent_match gm;
		int ha = 0, hg = 0;
		if (!is_word(&toks[tok[i]])) {
			i++;
			continue;
		}
		{
			unsigned both = dyad_matcher__actor_agent(m, words + i, skip ? skip + i : NULL,
				n - i, date, &am, &gm);
			ha = both & 1;
			hg = (both >> 1) & 1;
		}
		if (ha && (!hg || am.n_words >= gm.n_words)) {
			h[k] = (hit){ (uint32_t)i, (uint32_t)(i + am.n_words), HIT_ACTOR, 0, 0, am.code,
				am.phrase, am.file, am.line };
			/* an actor whose dated codes all miss the date has no code:
			 * treat it as null (manual 6.5.2) */
			i += am.n_words;
			k++;
		} else if (hg) {
			h[k] = (hit){ (uint32_t)i, (uint32_t)(i + gm.n_words), HIT_AGENT,
				(uint8_t)gm.prefix, 0, gm.code, gm.phrase, gm.file, gm.line };
			i += gm.n_words;
			k++;
		} else if ((toks[tok[i]].tag == DYAD_POS_PRP || toks[tok[i]].tag == DYAD_POS_PRPS)
			&& pronoun(words[i])) {
			h[k++] = (hit){ (uint32_t)i, (uint32_t)i + 1, HIT_PRONOUN, 0, 0, NULL, NULL, NULL,
				0 };
			i++;
		} else {
			i++;
		}
	}
	return k;
}

/* Can document token t name someone as an agent alone: the head of its
 * noun phrase, or with PETRARCH's noun phrases, which look for agents
 * anywhere in the phrase, a noun in one ("the official news agency")? */
static int np_head(const dyad_analysis *an, uint32_t t, int anywhere)
{
	int32_t c = an->doc.toks[t].chunk;
	unsigned tag = an->doc.toks[t].tag;
	if (c < 0 || an->chunks.chunks[c].type != DYAD_CHUNK_NP)
		return 0;
	return an->chunks.chunks[c].head == t || (anywhere && (tag == DYAD_POS_NN
		|| tag == DYAD_POS_NNS || tag == DYAD_POS_NNP || tag == DYAD_POS_NNPS));
}

/* across_prep: 0 none, 1 IN and OF (manual 5.4: "at present only the
 * prepositions defined in the system are IN and OF"), 2 also FROM, which
 * PETRARCH's noun phrases take in. */
static int gap_is(const dyad_token *toks, const uint32_t *tok, const char *const *words, uint32_t b, uint32_t e,
	int across_prep)
{
	uint32_t i;
	for (i = b; i < e; i++) {
		if (np_filler(&toks[tok[i]]))
			continue;
		/* adjectives joined by a conjunction ("awful and evil") */
		if (i > b && i + 1 < e && (!strcmp(words[i], "and") || !strcmp(words[i], "or"))
			&& adjective(&toks[tok[i - 1]]) && adjective(&toks[tok[i + 1]]))
			continue;
		if (across_prep && (!strcmp(words[i], "of") || !strcmp(words[i], "in")))
			continue;
		if (across_prep == 2 && !strcmp(words[i], "from"))
			continue;
		return 0;
	}
	return 1;
}

/* Words [b, e) join two members of a list: only AND and commas. */
static int bare_join(const char *const *words, uint32_t b, uint32_t e)
{
	uint32_t i;
	for (i = b; i < e; i++)
		if (strcmp(words[i], "and") && strcmp(words[i], ","))
			return 0;
	return e > b;
}

/* PETRARCH: the compound mt[i..last] coordinates agents under one actor.
 * An actor opening a noun phrase whose heads are coordinated agents
 * ("Danish media and government") qualifies each head; agents before a
 * preposition and its list of actors ("lawmakers and officials in A and
 * B") pair each agent with each actor, written "A~/B~" (6.5.1). */
static void agents_shared(dyad_arena *arena, dyad__mention *mt, size_t i, size_t last,
	const dyad_token *toks, const uint32_t *tok, const char *const *words)
{
	const dyad__mention *h = &mt[i];
	size_t j, p;
	if (h->agent_code && !h->agent_only && h->actor_code && h->actor_b == h->b
		&& h->e > h->actor_e
		&& (h->b == 0 || toks[tok[h->b - 1]].chunk != toks[tok[h->b]].chunk)) {
		for (j = i + 1; j <= last && mt[j].agent_only && mt[j].agent_code
			&& bare_join(words, mt[j - 1].e, mt[j].b); j++) {
			mt[j].code = compose(arena, h->actor_code, mt[j].agent_code, mt[j].agent_prefix);
			mt[j].actor_code = h->actor_code;
			mt[j].phrase = h->phrase;
			mt[j].agent_only = 0;
		}
		return;
	}
	for (p = i; p <= last && mt[p].agent_only && mt[p].agent_code; p++)
		if (p > i && !bare_join(words, mt[p - 1].e, mt[p].b))
			return;
	if (p == i || p > last || !mt[p].agent_code || mt[p].agent_only || !mt[p].actor_code
		|| mt[p].b >= mt[p].actor_b || !bare_join(words, mt[p - 1].e, mt[p].b))
		return;
	for (j = p + 1; j <= last; j++)
		if (mt[j].agent_code || !mt[j].actor_code || mt[j].pronoun)
			return;
	for (j = i; j < p; j++) {
		const char *codes = NULL;
		size_t q;
		for (q = p; q <= last; q++) {
			const char *one = compose(arena, mt[q].actor_code, mt[j].agent_code,
				mt[j].agent_prefix);
			const char *sep = one && codes ? join(arena, codes, "/") : NULL;
			codes = !codes ? one : sep ? join(arena, sep, one) : NULL;
			if (!codes)
				return; /* out of memory: the arena reports it */
		}
		mt[j].code = codes;
		mt[j].agent_only = 0;
	}
	for (j = p + 1; j <= last; j++) {
		mt[j].code = compose(arena, mt[j].actor_code, mt[p].agent_code, mt[p].agent_prefix);
		mt[j].agent = mt[p].agent;
		mt[j].agent_code = mt[p].agent_code;
	}
}

/* A capital coded as its government (the dictionaries' metonymy: "Beijing
 * said") after "in" names the place, not the government: "a protest in
 * Beijing", "remarks in Doha" are the country's. One word, a bare
 * country+GOV code: "in the Kremlin" or an agency keep theirs. */
static int capital_as_place(const char *code, const char *const *words, uint32_t b, uint32_t e)
{
	return e == b + 1 && b > 0 && !strcmp(words[b - 1], "in") && strlen(code) == 6
		&& !strcmp(code + 3, "GOV");
}

int dyad_actors__find(dyad__mention **out, size_t *n_out, const dyad_matcher *m,
	dyad_arena *arena, const dyad_analysis *an, const uint32_t *tok, const char *const *words,
	size_t n, int32_t date, const dyad__actor_opts *opts)
{
	const dyad_token *toks = an->doc.toks;
	hit *h = dyad_arena_alloc(arena, (n + 1) * sizeof *h);
	dyad__mention *mt = dyad_arena_alloc(arena, (n + 1) * sizeof *mt);
	unsigned char *skip = NULL, *closed = dyad_arena_alloc(arena, n + 1);
	size_t nh, i, k = 0;

	*out = NULL;
	*n_out = 0;
	if (!h || !mt || !closed)
		return DYAD_ENOMEM;
	memset(closed, 0, n + 1); /* per mention: joined its list by a conjunction */
	if (opts->noun_phrases) {
		if (!(skip = dyad_arena_alloc(arena, n + 1)))
			return DYAD_ENOMEM;
		for (i = 0; i < n; i++)
			skip[i] = (unsigned char)np_inner(&toks[tok[i]], words[i]);
	}
	nh = dictionary_hits(h, m, toks, tok, words, skip, n, date);

	for (i = 0; i < nh; i++) {
		hit *g = &h[i];
		dyad__mention *x;
		int former;
		if (g->kind == HIT_ACTOR || g->kind == HIT_PRONOUN) {
			if (g->used)
				continue;
			x = &mt[k++];
			memset(x, 0, sizeof *x);
			x->b = g->b;
			x->e = g->e;
			x->group = -1;
			x->phrase = g->phrase;
			x->file = g->file;
			x->line = g->line;
			x->pronoun = g->kind == HIT_PRONOUN;
			x->special = (uint8_t)special(g->code);
			x->code = is_null(g->code) || x->special ? NULL : g->code;
			if (x->code && capital_as_place(x->code, words, g->b, g->e))
				x->code = dyad_arena_strndup(arena, x->code, 3);
			x->actor_code = x->code;
			x->actor_b = g->b;
			x->actor_e = g->e;
			continue;
		}
		/* An agent: join it to the actor before it, else after it; with
		 * TABARI's rules one immediately before an actor and not
		 * immediately after one goes with the actor it touches (5.4:
		 * "immediately before an actor, immediately after an actor"):
		 * "Ithilen's awful minister Calimehtar" is Calimehtar. */
		former = g->b > 0 && !strcmp(words[g->b - 1], "former");
		{
			const char *acode = former ? "ELI" : g->code;
			int touches_next = !opts->noun_phrases && i + 1 < nh
				&& h[i + 1].kind == HIT_ACTOR && h[i + 1].b == g->e
				&& !(i > 0 && h[i - 1].e == g->b);
			if (!touches_next && k > 0 && i > 0 && h[i - 1].kind == HIT_ACTOR
				&& (!mt[k - 1].agent || (opts->noun_phrases && mt[k - 1].b < mt[k - 1].actor_b))
				&& mt[k - 1].e == h[i - 1].e && gap_is(toks, tok, words, h[i - 1].e, g->b, 0)) {
				x = &mt[k - 1];
				if (x->code && !(x->b > 0 && !strcmp(words[x->b - 1], "former")))
					x->code = compose(arena, x->code, acode, g->prefix);
				else if (x->code)
					x->code = compose(arena, x->code, "ELI", g->prefix);
				x->e = g->e;
				x->agent = g->phrase;
				x->agent_code = acode;
				x->agent_prefix = g->prefix;
				continue;
			}
			if (i + 1 < nh && h[i + 1].kind == HIT_ACTOR
				&& gap_is(toks, tok, words, g->e, h[i + 1].b, opts->noun_phrases ? 2 : 1)) {
				hit *a = &h[i + 1];
				x = &mt[k++];
				memset(x, 0, sizeof *x);
				x->b = g->b;
				x->e = a->e;
				x->group = -1;
				x->phrase = a->phrase;
				x->agent = g->phrase;
				x->agent_code = acode;
				x->agent_prefix = g->prefix;
				x->actor_b = a->b;
				x->actor_e = a->e;
				x->file = a->file;
				x->line = a->line;
				x->special = (uint8_t)special(a->code);
				x->code = is_null(a->code) || x->special ? NULL
					: compose(arena, a->code, acode, g->prefix);
				x->actor_code = x->code ? a->code : NULL;
				a->used = 1;
				i++;
				continue;
			}
			x = &mt[k++];
			memset(x, 0, sizeof *x);
			x->b = g->b;
			x->e = g->e;
			x->group = -1;
			x->agent = g->phrase;
			x->file = g->file;
			x->line = g->line;
			x->agent_only = 1;
			x->agent_code = acode;
			x->agent_prefix = g->prefix;
			/* alone, an agent names someone only as the head of its noun
			 * phrase: "a senior official", not "diplomatic ties" */
			x->code = opts->agents_alone && np_head(an, tok[g->e - 1], opts->noun_phrases)
				? compose(arena, opts->agent_as_written ? "~" : "---", acode, g->prefix)
				: NULL;
		}
	}
	if (dyad_arena_failed(arena))
		return DYAD_ENOMEM;

	/* PETRARCH: an actor in the possessive before another actor of its
	 * noun phrase ("Dagolath's deputy minister Telemar") only modifies
	 * the phrase's head, which is the actor. */
	for (i = 0; opts->noun_phrases && i + 1 < k; i++) {
		uint32_t pe = mt[i].e;
		if (!mt[i].code || mt[i].pronoun || mt[i].agent_only || mt[i + 1].agent_only
			|| mt[i + 1].pronoun || !mt[i + 1].code || pe >= n
			|| toks[tok[pe]].kind != DYAD_TOK_POSSESSIVE
			|| toks[tok[pe]].chunk < 0
			|| toks[tok[pe]].chunk != toks[tok[mt[i + 1].e - 1]].chunk)
			continue;
		/* "Gondor and Arnor's Elrond": a member of a coordination stays */
		if (mt[i].b > 0 && (!strcmp(words[mt[i].b - 1], "and")
			|| !strcmp(words[mt[i].b - 1], "or") || !strcmp(words[mt[i].b - 1], ",")))
			continue;
		mt[i].code = NULL;
	}

	/* Compound actors: members separated by "and" (or "nor": "neither A nor
	 * B") or by commas ending in "and" (manual 7.5: <np1>, <np2>, ...
	 * AND <actor>). TABARI chains lists ("A and B, and C and D" is one);
	 * PETRARCH's parse sees two coordinated noun phrases there: after the
	 * conjunction a comma ends the list. */
	for (i = 1; i < k; i++) {
		uint32_t gb = mt[i - 1].e, ge = mt[i].b, j;
		int and_seen = 0, sep = 0, comma = 0, ok = ge > gb && mt[i - 1].code && mt[i].code;
		for (j = gb; ok && j < ge; j++) {
			if (!strcmp(words[j], "and") || !strcmp(words[j], "nor"))
				and_seen = sep = 1;
			else if (!strcmp(words[j], ","))
				sep = comma = 1;
			else if (toks[tok[j]].tag != DYAD_POS_DT && !(sep && np_filler(&toks[tok[j]])))
				ok = 0; /* after the "and" or comma, the next member's noun
				         * phrase may open with adjectives ("and the evil
				         * Gondor") */
		}
		if (ok && comma && opts->noun_phrases && mt[i - 1].group >= 0 && closed[i - 1])
			ok = 0;
		if (!ok && opts->noun_phrases && ge > gb && mt[i - 1].code && mt[i].code
			&& !mt[i - 1].pronoun && !mt[i].pronoun)
			ok = and_seen = np_conjuncts(toks, tok, words, gb, ge);
		if (ok && (and_seen || (i + 1 < k && !strcmp(words[gb], ",")))) {
			mt[i].group = mt[i - 1].group >= 0 ? mt[i - 1].group : (int32_t)(i - 1);
			closed[i] = (unsigned char)and_seen;
		}
	}
	for (i = 0; i < k; i++)
		if (mt[i].group < 0 && i + 1 < k && mt[i + 1].group == (int32_t)i)
			mt[i].group = (int32_t)i;
	/* TABARI: a member's noun phrase may hold several actors with only
	 * adjectives and determiners between them (7.5: "Israeli Prime Minister
	 * Sharon and President Bush" gives ISRAEL, SHARON and BUSH); each is a
	 * member. PETRARCH's parse keeps the phrase's head only. */
	for (i = 1; !opts->noun_phrases && i < k; i++) {
		uint32_t j;
		int ok = mt[i - 1].code && mt[i].code && !mt[i - 1].pronoun && !mt[i].pronoun
			&& (mt[i - 1].group >= 0) != (mt[i].group >= 0);
		for (j = mt[i - 1].e; ok && j < mt[i].b; j++)
			ok = adjective(&toks[tok[j]]) || toks[tok[j]].tag == DYAD_POS_DT;
		if (ok && mt[i - 1].group >= 0) {
			mt[i].group = mt[i - 1].group;
		} else if (ok) {
			/* ahead of the group's first: it names the group now */
			int32_t old = mt[i].group;
			for (j = (uint32_t)i; j < k && mt[j].group == old; j++)
				mt[j].group = (int32_t)(i - 1);
			mt[i - 1].group = (int32_t)(i - 1);
		}
	}
	/* A list ends at its last "and" (or "nor"): members after it, joined by commas
	 * only ("Rohan, an Arnorian official"), are none; a group of one is
	 * no compound. */
	for (i = 0; i < k; i++) {
		size_t j, last = i;
		if (mt[i].group != (int32_t)i)
			continue;
		for (j = i + 1; j < k && mt[j].group == (int32_t)i; j++) {
			/* joined by a conjunction, or within one noun phrase (no
			 * comma between: "the evil Marsovia angry Kostra") */
			uint32_t w;
			int conj = 0, comma = 0;
			for (w = mt[j - 1].e; w < mt[j].b; w++) {
				conj |= !strcmp(words[w], "and") || !strcmp(words[w], "nor");
				comma |= !strcmp(words[w], ",");
			}
			if (conj || !comma)
				last = j;
		}
		for (j = i; j < k && mt[j].group == (int32_t)i; j++)
			if (j > last || last == i)
				mt[j].group = -1;
	}

	/* PETRARCH: an agent qualifying a whole compound ("envoys of A, B and
	 * C", "A and B envoys") goes to each member without one. */
	for (i = 0; opts->noun_phrases && i < k; i++) {
		size_t j, last = i;
		const dyad__mention *with = NULL;
		if (mt[i].group != (int32_t)i)
			continue;
		for (j = i; j < k && mt[j].group == (int32_t)i; j++)
			last = j;
		if (mt[i].agent_code && !mt[i].agent_only && mt[i].b < mt[i].actor_b)
			with = &mt[i];
		else if (mt[last].agent_code && !mt[last].agent_only && mt[last].e > mt[last].actor_e)
			with = &mt[last];
		for (j = i; with && j <= last; j++)
			if ((!mt[j].agent_code || mt[j].agent_only) && mt[j].code && !mt[j].pronoun) {
				mt[j].code = compose(arena, mt[j].code, with->agent_code, with->agent_prefix);
				mt[j].agent = with->agent;
			}
		if (!with)
			agents_shared(arena, mt, i, last, toks, tok, words);
	}
	if (dyad_arena_failed(arena))
		return DYAD_ENOMEM;

	/* Pronouns: the first actor before them; THEY, THEM and THEIR the
	 * first compound actor when there is one (manual 7.7). */
	for (i = 0; i < k; i++)
		mt[i].ref_group = -1;
	for (i = 0; i < k; i++) {
		size_t j;
		int32_t a = -1;
		/* PETRARCH reads a pronoun as a noun phrase without actor: its
		 * coder resolves none */
		if (!mt[i].pronoun || !opts->pronouns)
			continue;
		for (j = 0; j < i && a < 0 && plural(words[mt[i].b]); j++)
			if (mt[j].code && !mt[j].pronoun && mt[j].group >= 0)
				a = (int32_t)j;
		for (j = 0; j < i && a < 0; j++)
			if (mt[j].code && !mt[j].pronoun)
				a = (int32_t)j;
		if (a < 0)
			continue;
		if (plural(words[mt[i].b]))
			mt[i].ref_group = mt[a].group;
		mt[i].code = mt[a].code;
		mt[i].phrase = mt[a].phrase;
		mt[i].file = mt[a].file;
		mt[i].line = mt[a].line;
	}
	*out = mt;
	*n_out = k;
	return DYAD_OK;
}
