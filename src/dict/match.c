/*
 * Lookups in a compiled matcher: the radix-trie walk shared by every kind
 * of phrase, actor code resolution by date, agents, verbs, and the internal
 * accessors for patterns, synsets, discards and issues. Nothing here
 * allocates; a lookup costs one step per input character plus a binary
 * search among a node's children at each branch.
 *
 * Word rules (TABARI manual 5.2.2-5.2.3), case-insensitive (ASCII):
 *  - a non-last word equals the token (DD_EXACT, DD_LITERAL) or is a prefix
 *    of it (DD_STEM: the key has DM_STEM_SEP after it);
 *  - the last word: DD_EXACT equals the token, or the token is the word
 *    plus one regular ending (5.2.3; endings only on the last word, rule
 *    1): S 'S ES for nouns, S ED ES EN ING (and D after E) for verbs;
 *    DD_STEM is a prefix of it; DD_LITERAL equals it (rule 2: "=" words
 *    take no endings).
 * Gaps (DM_GAP, actors and agents): a word TABARI writes after a blank
 * ("ITHILEN TELEVISION", "PRINCE DOL_AMROTH") may come after other words
 * ("Ithilen state-run television", "the Prince of Dol_Amroth"), which the
 * match then spans; "_" keeps words consecutive (TABARI's connectors).
 * Ranking (longest match, TABARI's "longer phrases first"): most phrase
 * words, then most phrase characters, then fewest words skipped, then
 * exact/literal over stem, then the entry defined first.
 */
#include <string.h>

#include "matcher_internal.h"
#include "model.h"

static unsigned char up(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

/* Is rest (non-empty), after a word ending in `last`, one regular ending
 * for a phrase of kind? TABARI (manual 5.2.3 and its parser): nouns
 * (actors, agents, synset members) take the plural and possessive S 'S ES;
 * verbs S ED ES EN ING, and D after a final E (DONATE_: DONATED); issues
 * and discards, whose "n:"/"v:" marks do not say which, take either. */
static int regular_ending(unsigned kind, unsigned char last, const unsigned char *r)
{
	static const struct { const char *e; unsigned char noun, verb; } endings[] = {
		{ "S", 1, 1 }, { "ES", 1, 1 }, { "'S", 1, 0 }, { "\xE2\x80\x99S", 1, 0 },
		{ "ED", 0, 1 }, { "EN", 0, 1 }, { "ING", 0, 1 }, { "D", 0, 1 }
	};
	int noun = kind == DM_ACTOR || kind == DM_AGENT || kind == DM_SYNSET;
	int verb = kind == DM_VERB;
	size_t i, k;
	for (i = 0; i < sizeof endings / sizeof *endings; i++) {
		const unsigned char *e = (const unsigned char *)endings[i].e;
		if ((noun && !endings[i].noun) || (verb && !endings[i].verb))
			continue;
		if (e[0] == 'D' && !e[1] && up(last) != 'E')
			continue;
		for (k = 0; e[k] && up(r[k]) == e[k]; k++)
			;
		if (!e[k] && !r[k])
			return 1;
	}
	return 0;
}

/* The child of nd whose label starts with c, or DM_NONE. */
static uint32_t child_of(const dyad_matcher *m, const dm_node *nd, unsigned char c)
{
	uint32_t lo = nd->child, hi = nd->child + nd->n_child;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (m->first) {
		/* Scan the packed bytes 8 at a time (most nodes have a few
		 * children; the padding makes the last read safe): a byte of
		 * x = v ^ c*0x01.. is zero where it equals c, and the lowest byte
		 * the zero-byte test flags is a true zero (false flags only
		 * follow a true one). */
		const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
		const uint64_t cc = ones * c;
		uint32_t i;
		for (i = lo; i < hi; i += 8) {
			uint64_t v, x, z;
			memcpy(&v, m->first + i, 8);
			x = v ^ cc;
			z = (x - ones) & ~x & highs;
			if (z) {
				uint32_t k = i + (uint32_t)__builtin_ctzll(z) / 8;
				return k < hi ? k : DM_NONE;
			}
		}
		return DM_NONE;
	}
#endif
	if (m->first) {
		/* the same search over bytes side by side: fewer cache lines */
		const uint8_t *f = m->first;
		while (lo < hi) {
			uint32_t mid = lo + (hi - lo) / 2;
			if (f[mid] == c)
				return mid;
			if (f[mid] < c)
				lo = mid + 1;
			else
				hi = mid;
		}
		return DM_NONE;
	}
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		unsigned char f = m->nodes[mid].first;
		if (f == c)
			return mid;
		if (f < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return DM_NONE;
}

/* The child of nd for DM_GAP, or DM_NONE: children are sorted by first
 * byte and only DM_STEM_SEP sorts before DM_GAP, so it is one of the first
 * two (asked at every word start: no search). */
static uint32_t gap_child(const dyad_matcher *m, const dm_node *nd)
{
	uint32_t k = nd->child;
	if (!nd->n_child)
		return DM_NONE;
	if (m->nodes[k].first == (unsigned char)DM_STEM_SEP) {
		if (nd->n_child < 2)
			return DM_NONE;
		k++;
	}
	return m->nodes[k].first == (unsigned char)DM_GAP ? k : DM_NONE;
}

typedef struct walk {
	uint32_t node, lp, ti, ci, chars;
} walk;

/* May word i be skipped inside a phrase with a gap? Without the caller's
 * word classes, as TABARI: any word but a comma, and the ";" ":" "(" ")"
 * its parser turns into commas (manual 5.5.3: matching stops at commas). */
static int skippable(const char *const *words, const unsigned char *skip, size_t i)
{
	const char *w = words[i];
	if (skip)
		return skip[i] != 0;
	return !(w[0] && !w[1] && strchr(",;:()", w[0]));
}

/* Is candidate (n_words, span, chars, exact, term) better than the best so
 * far? More phrase words, then more characters, then fewer words skipped. */
static int better(const dyad_matcher *m, const dm_hit *best, int have, int best_exact,
	uint32_t span, uint32_t chars, int exact, uint32_t term)
{
	const dm_term *a, *b;
	uint32_t na, nb;
	if (!have)
		return 1;
	a = &m->terms[term];
	b = &m->terms[best->term];
	na = m->names[a->name].n_words;
	nb = m->names[b->name].n_words;
	if (na != nb)
		return na > nb;
	if (chars != best->chars)
		return chars > best->chars;
	if (span != best->words)
		return span < best->words;
	if (exact != best_exact)
		return exact > best_exact;
	if (a->entry != b->entry)
		return a->entry < b->entry;
	return a->name < b->name;
}

/* Queue the branches of a gap before token ti: the next phrase word at
 * ti+1, ti+2, ... as long as the words passed over may be skipped. */
static size_t push_gap(walk *stack, size_t top, walk w, const char *const *words,
	const unsigned char *skip, size_t n)
{
	uint32_t j;
	for (j = w.ti; j + 1 < n && top < DM_WALK_STACK && skippable(words, skip, j); j++)
		stack[top++] = (walk){ w.node, w.lp, j + 1, 0, w.chars };
	return top;
}

/* The walk behind dyad_matcher__match, for up to two kinds at once (kb
 * DM_NKIND: one): the best hit of kind ka in out[0], of kb in out[1]. The
 * kinds' phrases share the trie's paths, so one walk does the work of two;
 * it meets every state either single walk would, in the same relative
 * order, and the ranking is a strict order, so the hits are the same. The
 * one exception is a full branch stack, which a wider walk reaches sooner:
 * *full then says the answers may differ from single walks. */
static unsigned walk_kinds(const dyad_matcher *m, unsigned ka, unsigned kb, uint32_t entry,
	const char *const *words, const unsigned char *skip, size_t n, dm_hit out[2], int *full)
{
	walk stack[DM_WALK_STACK];
	size_t top = 0;
	unsigned have = 0;       /* bit i: out[i] holds a hit */
	int best_exact[2] = { 0, 0 };
	const uint8_t *kinds = m->kinds;
	const uint8_t bit = (uint8_t)((1u << ka) | (kb < DM_NKIND ? 1u << kb : 0u));
	/* one synset's members: prune by the synset bits too */
	const uint64_t *sets = ka == DM_SYNSET && entry != DM_NONE ? m->sets : NULL;
	uint64_t sbit = 1ull << (entry & 63);

	*full = 0;
	if (n == 0 || m->n[DM_S_NODES] == 0 || (kinds && !(kinds[0] & bit))
		|| (sets && !(sets[0] & sbit)))
		return 0;
	stack[top++] = (walk){ 0, m->nodes[0].label_len, 0, 0, 0 };
	while (top > 0) {
		walk w = stack[--top];
		for (;;) {
			const dm_node *nd = &m->nodes[w.node];
			const unsigned char *lab = m->labels + nd->label;
			const unsigned char *tok = (const unsigned char *)words[w.ti];
			uint32_t c;
			int dead = 0;

			/* The rest of the edge into this node. */
			for (; w.lp < nd->label_len; w.lp++) {
				unsigned char l = lab[w.lp];
				if (l > ' ') {
					/* a plain byte, the common case (never 0, so
					 * the token goes on too) */
					if (up(tok[w.ci]) != l) {
						dead = 1;
						break;
					}
					w.ci++;
					w.chars++;
				} else if (l == ' ' || l == DM_STEM_SEP) {
					/* ' ' needs the token to end here; a stem word may
					 * leave it early (but not before its first byte) */
					if ((l == ' ' ? tok[w.ci] != 0 : w.ci == 0) || w.ti + 1 >= n) {
						dead = 1;
						break;
					}
					tok = (const unsigned char *)words[++w.ti];
					w.ci = 0;
				} else if (l == (unsigned char)DM_GAP) {
					/* zero words skipped here, more later */
					walk g = w;
					g.lp++;
					top = push_gap(stack, top, g, words, skip, n);
					*full |= top >= DM_WALK_STACK;
				} else if (up(tok[w.ci]) == l && tok[w.ci]) {
					w.ci++;
					w.chars++;
				} else {
					dead = 1;
					break;
				}
			}
			if (dead)
				break;
			if (nd->n_term && w.ci > 0) {
				const unsigned char *rest = tok + w.ci;
				uint32_t t;
				for (t = nd->term; t < nd->term + nd->n_term; t++) {
					const dm_term *tm = &m->terms[t];
					unsigned i = tm->kind == ka ? 0 : 1;
					int ok;
					if ((tm->kind != ka && tm->kind != kb)
						|| (entry != DM_NONE && tm->entry != entry))
						continue;
					ok = !*rest || tm->mode == DD_STEM
						|| (tm->mode == DD_EXACT
							&& regular_ending(tm->kind, rest[-1], rest));
					if (ok && better(m, &out[i], (have >> i) & 1, best_exact[i], w.ti + 1,
						    w.chars, tm->mode != DD_STEM, t)) {
						have |= 1u << i;
						best_exact[i] = tm->mode != DD_STEM;
						out[i].words = w.ti + 1;
						out[i].chars = w.chars;
						out[i].term = t;
					}
				}
			}
			if (!nd->n_child)
				break;
			/* A stem word may end here: try that branch later. */
			if (w.ci > 0 && w.ti + 1 < n
				&& m->nodes[nd->child].first == (unsigned char)DM_STEM_SEP
				&& (!kinds || (kinds[nd->child] & bit))
				&& (!sets || (sets[nd->child] & sbit))) {
				if (top < DM_WALK_STACK)
					stack[top++] = (walk){ nd->child, 0, w.ti, w.ci, w.chars };
				else
					*full = 1;
			}
			/* At a word's start, a gap may open the next phrase word. */
			if (w.ci == 0 && (c = gap_child(m, nd)) != DM_NONE
				&& !(kinds && !(kinds[c] & bit)) && !(sets && !(sets[c] & sbit))) {
				if (top < DM_WALK_STACK)
					stack[top++] = (walk){ c, 0, w.ti, 0, w.chars };
				else
					*full = 1;
			}
			c = tok[w.ci] ? up(tok[w.ci]) : ' ';
			c = w.node == 0 && m->root ? m->root[c] : child_of(m, nd, (unsigned char)c);
			/* no phrase of these kinds below: nothing to find there */
			if (c == DM_NONE || (kinds && !(kinds[c] & bit)) || (sets && !(sets[c] & sbit)))
				break;
			w.node = c;
			w.lp = 0;
		}
	}
	return have;
}

int dyad_matcher__match(const dyad_matcher *m, unsigned kind, uint32_t entry,
	const char *const *words, const unsigned char *skip, size_t n, dm_hit *out)
{
	dm_hit h[2];
	int full;
	if (!(walk_kinds(m, kind, DM_NKIND, entry, words, skip, n, h, &full) & 1))
		return 0;
	*out = h[0];
	return 1;
}

/* TABARI manual 6.5.2, rule 4: restrictions are tried in the order listed
 * and the first one satisfied applies; the unrestricted (default) code only
 * when none is; with neither, no code. Dated from/to are inclusive days
 * (model.h). Without a date (DYAD_DATE_NONE) the default code applies, or,
 * with none, the latest-starting dated code (first listed on a tie).
 * Returns the code index within the actor, or -1. */
static long resolve(const dyad_matcher *m, const dm_actor *a, int32_t date)
{
	long dflt = -1, latest = -1;
	uint32_t i;

	for (i = 0; i < a->n_code; i++) {
		const dm_code *c = &m->codes[a->code + i];
		if (c->datekind == DD_UNDATED) {
			if (dflt < 0)
				dflt = (long)i;
		} else if (date == DYAD_DATE_NONE) {
			if (latest < 0 || c->from > m->codes[a->code + latest].from)
				latest = (long)i;
		} else if (c->from <= date && date <= c->to) {
			return (long)i;
		}
	}
	return dflt >= 0 ? dflt : latest;
}

int dyad_matcher_actor(const dyad_matcher *m, const char *const *words, size_t n, int32_t date,
	dyad_actor_match *out)
{
	return dyad_matcher_actor_skip(m, words, NULL, n, date, out);
}

/* Fill an actor match from its hit. */
static void actor_out(const dyad_matcher *m, const dm_hit *h, int32_t date, dyad_actor_match *out)
{
	const dm_term *t = &m->terms[h->term];
	const dm_actor *a = &m->actors[t->entry];
	long ci;
	out->n_words = h->words;
	out->phrase = dyad_matcher__str(m, m->names[t->name].text);
	out->file = a->file < m->n[DM_S_FILES] ? dyad_matcher__str(m, m->files[a->file]) : NULL;
	out->line = a->line;
	out->actor = t->entry;
	out->n_codes = a->n_code;
	out->from = INT32_MIN;
	out->to = INT32_MAX;
	if ((ci = resolve(m, a, date)) >= 0) {
		const dm_code *c = &m->codes[a->code + (uint32_t)ci];
		out->code = dyad_matcher__str(m, c->code);
		out->from = c->from;
		out->to = c->to;
	}
}

int dyad_matcher_actor_skip(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, int32_t date, dyad_actor_match *out)
{
	dm_hit h;

	memset(out, 0, sizeof *out);
	if (!dyad_matcher__match(m, DM_ACTOR, DM_NONE, words, skip, n, &h))
		return 0;
	actor_out(m, &h, date, out);
	return 1;
}

void dyad_matcher_actor_code(const dyad_matcher *m, size_t actor, size_t i, dyad_code_info *out)
{
	const dm_code *c = &m->codes[m->actors[actor].code + i];
	out->code = dyad_matcher__str(m, c->code);
	out->from = c->from;
	out->to = c->to;
	out->file = c->file < m->n[DM_S_FILES] ? dyad_matcher__str(m, m->files[c->file]) : NULL;
	out->line = c->line;
}

/* The phrase row's origin, for agents and verbs: where the form is. */
static void origin(const dyad_matcher *m, const dm_name *nm, const char **file, unsigned *line)
{
	*file = nm->file < m->n[DM_S_FILES] ? dyad_matcher__str(m, m->files[nm->file]) : NULL;
	*line = nm->line;
}

int dyad_matcher_agent(const dyad_matcher *m, const char *const *words, size_t n,
	dyad_agent_match *out)
{
	return dyad_matcher_agent_skip(m, words, NULL, n, out);
}

static void agent_out(const dyad_matcher *m, const dm_hit *h, dyad_agent_match *out)
{
	const dm_term *t = &m->terms[h->term];
	const dm_agent *a = &m->agents[t->entry];
	out->n_words = h->words;
	out->code = dyad_matcher__str(m, a->code);
	out->prefix = a->prefix != 0;
	out->phrase = dyad_matcher__str(m, m->names[t->name].text);
	origin(m, &m->names[t->name], &out->file, &out->line);
}

int dyad_matcher_agent_skip(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, dyad_agent_match *out)
{
	dm_hit h;

	memset(out, 0, sizeof *out);
	if (!dyad_matcher__match(m, DM_AGENT, DM_NONE, words, skip, n, &h))
		return 0;
	agent_out(m, &h, out);
	return 1;
}

unsigned dyad_matcher__actor_agent(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, int32_t date, dyad_actor_match *am,
	dyad_agent_match *gm)
{
	dm_hit h[2];
	int full;
	unsigned have = walk_kinds(m, DM_ACTOR, DM_AGENT, DM_NONE, words, skip, n, h, &full);
	if (full) /* the wider walk may have dropped a branch: walk each kind */
		return (unsigned)dyad_matcher_actor_skip(m, words, skip, n, date, am)
			| (unsigned)dyad_matcher_agent_skip(m, words, skip, n, gm) << 1;
	memset(am, 0, sizeof *am);
	memset(gm, 0, sizeof *gm);
	if (have & 1)
		actor_out(m, &h[0], date, am);
	if (have & 2)
		agent_out(m, &h[1], gm);
	return have;
}

int dyad_matcher_verb(const dyad_matcher *m, const char *const *words, size_t n,
	dyad_verb_match *out)
{
	dm_hit h;
	const dm_term *t;
	const dm_verb *v;

	memset(out, 0, sizeof *out);
	if (!dyad_matcher__match(m, DM_VERB, DM_NONE, words, NULL, n, &h))
		return 0;
	t = &m->terms[h.term];
	v = &m->verbs[t->entry];
	out->n_words = h.words;
	out->verb = t->entry;
	out->name = dyad_matcher__str(m, v->name);
	/* a form with its own code codes so when no pattern matches */
	out->code = dyad_matcher__str(m, m->names[t->name].code != DM_NONE ? m->names[t->name].code
		: v->code);
	out->n_patterns = v->n_pattern;
	out->section = v->section;
	out->phrase = dyad_matcher__str(m, m->names[t->name].text);
	origin(m, &m->names[t->name], &out->file, &out->line);
	return 1;
}

void dyad_matcher__verb_pattern(const dyad_matcher *m, size_t verb, size_t i,
	dm_pattern_view *out)
{
	const dm_pattern *p = &m->patterns[m->verbs[verb].pattern + i];
	out->elems = m->elems + p->elem;
	out->n = p->n_elem;
	out->code = dyad_matcher__str(m, p->code);
	out->file = p->file < m->n[DM_S_FILES] ? dyad_matcher__str(m, m->files[p->file]) : NULL;
	out->line = p->line;
}

long dyad_matcher__synset_find(const dyad_matcher *m, const char *name)
{
	uint32_t i;
	for (i = 0; i < m->n[DM_S_SYNSETS]; i++) {
		const char *s = dyad_matcher__str(m, m->synsets[i].name);
		if (s && !strcmp(s, name))
			return (long)i;
	}
	return -1;
}

size_t dyad_matcher__synset_match(const dyad_matcher *m, size_t synset, const char *const *words,
	size_t n)
{
	dm_hit h;
	if (synset >= m->n[DM_S_SYNSETS])
		return 0;
	/* almost every word starts no member: say so without a walk */
	if (n > 0 && !dyad_matcher__synset_may(m, synset, words[0]))
		return 0;
	if (!dyad_matcher__match(m, DM_SYNSET, (uint32_t)synset, words, NULL, n, &h))
		return 0;
	return h.words;
}

static int entry_match(const dyad_matcher *m, unsigned kind, const char *const *words, size_t n,
	size_t *n_words, size_t *index)
{
	dm_hit h;
	if (!dyad_matcher__match(m, kind, DM_NONE, words, NULL, n, &h))
		return 0;
	*n_words = h.words;
	*index = m->terms[h.term].entry;
	return 1;
}

int dyad_matcher__discard(const dyad_matcher *m, const char *const *words, size_t n,
	size_t *n_words, size_t *discard)
{
	return entry_match(m, DM_DISCARD, words, n, n_words, discard);
}

int dyad_matcher__issue(const dyad_matcher *m, const char *const *words, size_t n,
	size_t *n_words, size_t *issue)
{
	return entry_match(m, DM_ISSUE, words, n, n_words, issue);
}

size_t dyad_matcher_option_count(const dyad_matcher *m)
{
	return m->n[DM_S_OPTIONS];
}

const char *dyad_matcher_option(const dyad_matcher *m, size_t i)
{
	return i < m->n[DM_S_OPTIONS] ? dyad_matcher__str(m, m->options[i]) : NULL;
}
