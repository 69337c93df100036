/*
 * Verb-pattern matching over a sentence's words, TABARI style (manual
 * 5.5.3-5.7.4), also used for PETRARCH patterns:
 *
 *  - the elements before "*" are matched leftwards from the verb, those
 *    after it rightwards; each element must occur in order, with other
 *    words allowed in between, unless it was written glued to its
 *    neighbour with "_" (then it must be adjacent: "*_HELICOPTERS");
 *  - matching stops at a comma and at the clause's ends (conjunctions,
 *    5.5.3); words of an eliminated comma clause (7.8) are not there;
 *  - "$" and "+" take the first actor met in their place (5.7.3), "%" a
 *    compound actor for both sides, "^" skips an actor (PETRARCH: or a
 *    noun phrase without one); &NAME matches any
 *    member of the synset (5.6), whose words follow the same connector
 *    rules, a whole member ("KRONER_") taking no ending; { A | B }
 *    alternatives (5.7) are expanded into one flat variant per choice;
 *  - with TABARI's rules the longest pattern wins, length being the
 *    letters of its words (5.7.1); "WORD_" is the whole word;
 *  - PETRARCH's {NP} and (PP) groups are read as plain sequences: dyad's
 *    shallow parse has no tree to hang them on, and their words keep the
 *    order the groups require.
 * Backtracking is bounded by the sentence length and the pattern's size
 * (a handful of elements), and nothing here allocates.
 */
#include <string.h>

#include "events_internal.h"
#include "dict/model.h"

#define MAXE 48   /* elements of one flat variant */
#define MAXV 64   /* variants of one pattern: a word list of up to 64 alternatives */
#define MAXW DYAD__SITE_WORDS

typedef struct flat {
	const dm_elem *e[MAXE];
	uint8_t glued[MAXE];
	unsigned n;
} flat;

typedef struct side {
	const dyad__sent *s;
	const uint32_t *pos;   /* word indexes, nearest the verb first */
	unsigned np;
	int back;              /* leftwards */
	const dm_elem *const *e;
	const uint8_t *glued;  /* glued[k]: element k must be adjacent to the
	                        * element before it (towards the verb) */
	unsigned ne;
	dyad__pmatch *m;
	unsigned far;          /* farthest position used */
} side;

int dyad_events__negation(const char *w)
{
	size_t l = strlen(w);
	/* "n't" alone, or kept on its word as TABARI reads it ("didn't") */
	return !strcmp(w, "not") || !strcmp(w, "never") || !strcmp(w, "no")
		|| (l >= 3 && !strcmp(w + l - 3, "n't"))
		|| (l >= 5 && !strcmp(w + l - 5, "n\xe2\x80\x99t"));
}

static unsigned char up(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

/* A pattern word against a token (manual 5.2.2): a stem is a prefix of
 * it, an exact ("WORD_") or literal word equals it. Regular endings belong
 * to dictionary phrases, not to patterns (5.2.3): TABARI's pattern check
 * takes a literal that only begins the word as a partial match, which an
 * exact word refuses ("PLAN_TO_*" is not "plans tos"). */
static int word_match(const char *pat, unsigned mode, const char *w)
{
	size_t i;
	for (i = 0; pat[i]; i++)
		if (up((unsigned char)w[i]) != (unsigned char)pat[i])
			return 0;
	return !w[i] || mode == DD_STEM;
}

/* Expand alternatives: append to out every flat variant of elems[a..b)
 * prefixed by pre. */
static void expand(const dm_elem *el, uint32_t a, uint32_t b, const flat *pre, flat *out,
	unsigned *nout, int glue_next)
{
	flat cur = *pre;
	uint32_t i;
	for (i = a; i < b; i++) {
		const dm_elem *x = &el[i];
		if (x->kind == DD_E_ALT_BEGIN) {
			/* find the matching end and the branches */
			uint32_t depth = 0, j, start = i + 1;
			int g = x->joined;
			for (j = i; j < b; j++) {
				if (el[j].kind == DD_E_ALT_BEGIN)
					depth++;
				else if (el[j].kind == DD_E_ALT_END && --depth == 0)
					break;
			}
			if (j >= b)
				return; /* unbalanced: no variant */
			for (uint32_t k = i + 1; k <= j; k++) {
				int d = 0;
				uint32_t q;
				if (k < j && el[k].kind != DD_E_ALT_OR)
					continue;
				/* branch [start, k) at depth 1 */
				for (q = start; q < k; q++)
					d += el[q].kind == DD_E_ALT_BEGIN ? 1 : el[q].kind == DD_E_ALT_END ? -1 : 0;
				if (d != 0)
					continue;
				{
					flat br[MAXV];
					unsigned nb = 0, v;
					expand(el, start, k, &cur, br, &nb, g);
					for (v = 0; v < nb && *nout < MAXV; v++)
						expand(el, j + 1, b, &br[v], out, nout, 0);
				}
				start = k + 1;
			}
			return;
		}
		if (x->kind == DD_E_ALT_OR || x->kind == DD_E_ALT_END || x->kind == DD_E_NP_BEGIN
			|| x->kind == DD_E_NP_END || x->kind == DD_E_PP_BEGIN || x->kind == DD_E_PP_END
			|| x->kind == DD_E_ATTRIB)
			continue;
		if (cur.n >= MAXE)
			return;
		cur.glued[cur.n] = (uint8_t)(x->joined || glue_next);
		glue_next = 0;
		cur.e[cur.n++] = x;
	}
	if (*nout < MAXV)
		out[(*nout)++] = cur;
}

/* A mention usable in a slot. */
static int32_t mention_at(const side *sd, unsigned q, unsigned *used)
{
	const dyad__sent *s = sd->s;
	uint32_t w = sd->pos[q];
	int32_t mi = sd->back ? s->ment_end[w] : s->ment_at[w];
	unsigned len, k;
	if (mi < 0 || !s->ments[mi].code)
		return -1;
	len = s->ments[mi].e - s->ments[mi].b;
	if (q + len > sd->np)
		return -1;
	for (k = 1; k < len; k++) /* contiguous in the visible words */
		if (sd->pos[q + k] != (sd->back ? w - k : w + k))
			return -1;
	*used = len;
	return mi;
}

/* PETRARCH's "^" passes over the rest of a noun phrase (its parse's NE)
 * even without an actor ("* THEIR ^ ABOUT +": "their populations about"):
 * the visible words from q on in word q's noun phrase chunk, 0 when q is
 * in none or an actor is among them (then the mention rule applies). */
static unsigned np_rest(const side *sd, unsigned q)
{
	const dyad__sent *s = sd->s;
	int32_t c = s->an->doc.toks[s->tok[sd->pos[q]]].chunk;
	unsigned n = 0;
	if (c < 0 || s->an->chunks.chunks[c].type != DYAD_CHUNK_NP)
		return 0;
	while (q + n < sd->np && s->an->doc.toks[s->tok[sd->pos[q + n]]].chunk == c) {
		int32_t mi = s->ment_at[sd->pos[q + n]];
		if (mi >= 0 && s->ments[mi].code)
			return 0;
		n++;
	}
	return n;
}

/* Words glued after a synset ("MEMOS_ON"), from position q on the right
 * side: how many positions they take, 0 when they do not follow. */
static unsigned glued_words(const side *sd, const char *rest, unsigned q)
{
	unsigned n = 0;
	while (*rest) {
		char part[64];
		size_t l = strcspn(rest, "_");
		if (l == 0 || l >= sizeof part || q + n >= sd->np
			|| (n > 0 && sd->pos[q + n] != sd->pos[q + n - 1] + 1))
			return 0;
		memcpy(part, rest, l);
		part[l] = 0;
		if (!word_match(part, DD_EXACT, sd->s->words[sd->pos[q + n]]))
			return 0;
		n++;
		rest += l;
		while (*rest == '_')
			rest++;
	}
	return n;
}

/* A member written with gaps or actor markers (dyad_events__synset_special)
 * against the visible words p[0..np) in sentence order, its first word at
 * p[0]: the positions it takes, 0 when it does not match. Its words are
 * read from the spelling ("AUSTRIAN_FLORIN", the last one ending in "_"
 * when whole); a word after a gap is the first one that fits further on,
 * the others must follow at once. "$" and "+" take an actor there
 * (*mi, *slot), "&NAME" a member of that synset. */
static unsigned member_words(const dyad__sent *s, uint32_t name, const uint32_t *p, unsigned np,
	int32_t *mi, int *slot, const char *first)
{
	const dyad_matcher *m = s->m;
	const char *txt = dyad_matcher__str(m, m->names[name].text);
	uint32_t gaps = m->names[name].gaps, wi;
	unsigned k = 0;
	for (wi = 0; txt && *txt; wi++) {
		char part[64];
		size_t l = strcspn(txt, "_");
		unsigned mode = DD_LITERAL, j, used = 0;
		int last;
		if (l == 0 || l >= sizeof part)
			return 0;
		memcpy(part, txt, l);
		part[l] = 0;
		txt += l;
		last = !txt[0] || (txt[0] == '_' && !txt[1]);
		if (last && !txt[0])
			mode = DD_STEM; /* "_" makes it whole, with no endings (5.6) */
		if (l > 1 && part[l - 1] == '=') {
			part[l - 1] = 0;
			mode = DD_LITERAL;
		}
		while (*txt == '_')
			txt++;
		for (j = k; j < np; j++) {
			if (wi > 0 && j == k && p[j] != p[j - 1] + 1 && !(wi < 32 && (gaps >> wi & 1)))
				return 0; /* glued: must follow at once */
			if (!strcmp(part, "$") || !strcmp(part, "+")) {
				int32_t x = s->ment_at[p[j]];
				unsigned len = x >= 0 && s->ments[x].code ? s->ments[x].e - s->ments[x].b : 0, u;
				for (u = 1; len && u < len; u++)
					if (j + u >= np || p[j + u] != p[j] + u)
						len = 0;
				if (len) {
					*mi = x;
					*slot = part[0];
				}
				used = len;
			} else if (part[0] == '&') {
				long set = dyad_matcher__synset_find(m, part + 1);
				size_t n = set >= 0 ? dyad_events__synset_len(s, (uint32_t)set, p[j]) : 0, u;
				for (u = 1; n && u < n; u++)
					if (j + u >= np || p[j + u] != p[j] + u)
						n = 0;
				used = (unsigned)n;
			} else {
				used = word_match(part, mode, wi == 0 && first ? first : s->words[p[j]]);
			}
			if (used || wi == 0 || !(wi < 32 && (gaps >> wi & 1)))
				break;
		}
		if (!used)
			return 0;
		k = j + used;
	}
	return k;
}

uint32_t dyad_events__gapped_verbs(uint32_t *out, const dyad_matcher *m)
{
	uint32_t i, n = 0;
	for (i = 0; i < m->n[DM_S_TERMS]; i++) {
		const dm_term *t = &m->terms[i];
		if (t->kind != DM_VERB || t->name >= m->n[DM_S_NAMES] || !m->names[t->name].gaps
			|| t->entry >= m->n[DM_S_VERBS] || m->verbs[t->entry].section != 0)
			continue;
		if (out) {
			out[2 * n] = t->entry;
			out[2 * n + 1] = t->name;
		}
		n++;
	}
	return n;
}

int dyad_events__gapped_verb(dyad_verb_match *vm, const dyad__sent *s, uint32_t w, uint32_t hi,
	const char *first)
{
	const dyad_matcher *m = s->m;
	uint32_t pos[MAXW], i;
	unsigned np = 0, best = 0;
	for (i = w; i < hi && np < MAXW; i++) {
		if (s->hidden[i])
			continue;
		if (!strcmp(s->words[i], ",") || !strcmp(s->words[i], ";"))
			break;
		pos[np++] = i;
	}
	for (i = 0; np && i < s->n_gapped; i++) {
		uint32_t verb = s->gapped[2 * i], name = s->gapped[2 * i + 1];
		int32_t mi = -1;
		int slot = 0;
		unsigned k = member_words(s, name, pos, np, &mi, &slot, first), span;
		const dm_verb *v = &m->verbs[verb];
		if (!k || (span = pos[k - 1] + 1 - w) <= best)
			continue;
		best = span;
		memset(vm, 0, sizeof *vm);
		vm->n_words = span;
		vm->verb = verb;
		vm->name = dyad_matcher__str(m, v->name);
		vm->code = dyad_matcher__str(m, v->code);
		vm->n_patterns = v->n_pattern;
		vm->section = v->section;
		vm->phrase = dyad_matcher__str(m, m->names[name].text);
		vm->file = m->names[name].file < m->n[DM_S_FILES]
			? dyad_matcher__str(m, m->files[m->names[name].file]) : NULL;
		vm->line = m->names[name].line;
	}
	return best > 0;
}

/* The longest special member of synset `set` at p[0..np). */
static unsigned special_at(const dyad__sent *s, uint32_t set, const uint32_t *p, unsigned np,
	int32_t *mi, int *slot)
{
	unsigned best = 0, i;
	for (i = 0; i < s->n_special; i++) {
		int32_t x = -1;
		int sl = 0;
		unsigned n;
		if (s->special[2 * i] != set)
			continue;
		n = member_words(s, s->special[2 * i + 1], p, np, &x, &sl, NULL);
		if (n > best) {
			best = n;
			*mi = x;
			*slot = sl;
		}
	}
	return best;
}

/* Words of synset `set` covering positions q.. (nearest first); an actor
 * a member's $ or + took goes to *mi and *slot. */
static unsigned synset_at(const side *sd, uint32_t set, unsigned q, int32_t *mi, int *slot)
{
	const dyad__sent *s = sd->s;
	unsigned l;
	if (set == DM_NONE)
		return 0;
	if (!sd->back) {
		uint32_t w = sd->pos[q];
		size_t n = dyad_events__synset_len(s, set, w);
		unsigned g = s->n_special ? special_at(s, set, sd->pos + q, sd->np - q, mi, slot) : 0;
		for (l = 1; l < n; l++)
			if (q + l >= sd->np || sd->pos[q + l] != w + l)
				n = 0;
		if (g > n)
			return g;
		*mi = -1; /* the trie's member, with no actor in it */
		*slot = 0;
		return (unsigned)n;
	}
	if (s->n_special) {
		/* leftwards: a special member starting t positions further out
		 * and ending next to the verb side, at q */
		uint32_t seq[16];
		unsigned t = sd->np - q < 16 ? sd->np - q : 16;
		while (t-- > 0) {
			unsigned u;
			for (u = 0; u <= t; u++)
				seq[u] = sd->pos[q + t - u];
			if (special_at(s, set, seq, t + 1, mi, slot) == t + 1)
				return t + 1;
		}
		*mi = -1;
		*slot = 0;
	}
	for (l = 4; l >= 1; l--) {
		uint32_t first;
		unsigned k;
		int ok = q + l <= sd->np;
		for (k = 1; ok && k < l; k++)
			ok = sd->pos[q + k] == sd->pos[q] - k;
		if (!ok)
			continue;
		first = sd->pos[q + l - 1];
		if (dyad_events__synset_len(s, set, first) == l)
			return l;
	}
	return 0;
}

/* Match elements k.. of the side from position p on. */
static int run(side *sd, unsigned k, unsigned p)
{
	unsigned q, last;
	if (k == sd->ne)
		return 1;
	last = sd->glued[k] ? p : sd->np;
	for (q = p; q < sd->np && q <= last; q++) {
		const dm_elem *x = sd->e[k];
		unsigned used = 0;
		int32_t mi = -1;
		int slot = 0;   /* '$' or '+': a synset member took actor mi */
		const char *text = x->kind == DD_E_WORD || x->kind == DD_E_SYNSET
			? dyad_matcher__str(sd->s->m, x->text) : NULL;
		switch (x->kind) {
		case DD_E_WORD:
			/* "WORD_" in a verb pattern is the whole word: the regular
			 * endings are for nouns, actors and agents (5.2.2-5.2.3), so
			 * "* RESOLUTION_" does not match "resolutions" */
			used = text && word_match(text, x->mode == DD_EXACT ? DD_LITERAL : x->mode,
				sd->s->words[sd->pos[q]]) ? 1 : 0;
			break;
		case DD_E_SYNSET:
			if (x->synset != DM_NONE || !sd->s->synset_fix) {
				used = synset_at(sd, x->synset, q, &mi, &slot);
			} else {
				const dyad__synfix *f = &sd->s->synset_fix[x - sd->s->m->elems];
				used = synset_at(sd, f->set, q, &mi, &slot);
				if (used && f->rest != DM_NONE) {
					/* glued words follow the synset: right side only */
					unsigned g = sd->back || q + used >= sd->np
						|| sd->pos[q + used] != sd->pos[q + used - 1] + 1 ? 0
						: glued_words(sd, dyad_matcher__str(sd->s->m, f->rest), q + used);
					used = g ? used + g : 0;
				}
			}
			break;
		case DD_E_SOURCE: case DD_E_TARGET:
			mi = mention_at(sd, q, &used);
			break;
		case DD_E_SKIP:
			mi = mention_at(sd, q, &used);
			if (mi < 0 && sd->s->np_skip)
				used = np_rest(sd, q);
			break;
		case DD_E_COMPOUND:
			mi = mention_at(sd, q, &used);
			if (mi >= 0 && sd->s->ments[mi].group < 0)
				mi = -1;
			break;
		default:
			used = 0;
		}
		if (mi < 0 && (x->kind == DD_E_SOURCE || x->kind == DD_E_TARGET
			|| (x->kind == DD_E_SKIP && !sd->s->np_skip) || x->kind == DD_E_COMPOUND))
			used = 0;
		if (!used)
			continue;
		if (run(sd, k + 1, q + used)) {
			if (x->kind == DD_E_SYNSET && slot && mi >= 0)
				*(slot == '$' ? &sd->m->src : &sd->m->tgt) = mi;
			if (x->kind == DD_E_SOURCE)
				sd->m->src = mi;
			else if (x->kind == DD_E_TARGET)
				sd->m->tgt = mi;
			else if (x->kind == DD_E_COMPOUND)
				sd->m->compound = mi;
			else if (x->kind == DD_E_SKIP && mi >= 0 && sd->m->n_skip < 4)
				sd->m->skip[sd->m->n_skip++] = mi;
			if (x->kind == DD_E_WORD || x->kind == DD_E_SYNSET) {
				unsigned u; /* a synset may spell the negation too (5.6) */
				for (u = 0; u < used; u++)
					if (dyad_events__negation(sd->s->words[sd->pos[q + u]]))
						sd->m->negation = 1;
			}
			if (q + used > sd->far)
				sd->far = q + used;
			return 1;
		}
	}
	return 0;
}

/* The bit of a word's first two bytes (upper-cased; the second 0 for a
 * one-byte word) in dyad__site.pre. */
static unsigned pre_bit(unsigned char a, unsigned char b)
{
	return ((unsigned)a * 31u + (unsigned)b) & 1023u;
}

static void pre_fill(uint64_t *bits, const dyad__sent *s, const uint32_t *pos, unsigned n)
{
	unsigned i, b;
	memset(bits, 0, 16 * sizeof *bits);
	for (i = 0; i < n; i++) {
		const unsigned char *w = (const unsigned char *)s->words[pos[i]];
		/* a one-letter pattern word needs only the first byte: set the
		 * pair (first, 0) too */
		b = pre_bit(up(w[0]), 0);
		bits[b >> 6] |= 1ull << (b & 63);
		if (w[0]) {
			b = pre_bit(up(w[0]), up(w[1]));
			bits[b >> 6] |= 1ull << (b & 63);
		}
	}
}

/* Can some visible word on the side of bits begin with pattern word pat
 * (word_match needs that whatever the mode)? */
static int pre_may(const uint64_t *bits, const char *pat)
{
	const unsigned char *p = (const unsigned char *)pat;
	unsigned b;
	if (!p || !p[0])
		return 1;
	b = pre_bit(p[0], p[1]);
	return (bits[b >> 6] >> (b & 63)) & 1;
}

static unsigned visible(const dyad__sent *s, uint32_t *pos, uint32_t from, uint32_t lo,
	uint32_t hi, int back)
{
	unsigned n = 0;
	uint32_t w = from;
	while (n < MAXW) {
		if (back) {
			if (w == 0 || w <= lo)
				break;
			w--;
		} else if (w >= hi) {
			break;
		}
		if (!s->hidden[w]) {
			if (!strcmp(s->words[w], ",") || !strcmp(s->words[w], ";"))
				break;
			pos[n++] = w;
		}
		if (!back)
			w++;
	}
	return n;
}

/* TABARI's pattern length (manual 5.7.1): the letters and digits of its
 * words; blanks, connectors and the tokens $ + % * ^ do not count, nor does
 * a synset, whose members vary (so "* DOLLAR" is tried before
 * "* &CURRENCY"). */
static unsigned pattern_chars(const dyad_matcher *m, const flat *f)
{
	unsigned n = 0, i;
	for (i = 0; i < f->n; i++) {
		const char *t = f->e[i]->kind == DD_E_WORD ? dyad_matcher__str(m, f->e[i]->text) : NULL;
		for (; t && *t; t++)
			n += (*t >= 'A' && *t <= 'Z') || (*t >= 'a' && *t <= 'z') || (*t >= '0' && *t <= '9');
	}
	return n;
}

/* Can no member of synset `set` match on side `right` of the site? Each
 * must start at a visible word there (synset_at), unless it names another
 * synset or the trie does not hold it (special members). */
static int syn_absent(const dyad__site *st, uint32_t set, int right)
{
	const dyad__sent *s = st->s;
	uint32_t i;
	if (!st->syn_ok || set >= s->m->n[DM_S_SYNSETS] || (s->nested && s->nested[set])
		|| ((st->syn[right][set / 64] >> (set % 64)) & 1))
		return 0;
	for (i = 0; i < s->n_special; i++)
		if (s->special[2 * i] == set)
			return 0;
	return 1;
}

static int match_flat(dyad__pmatch *out, dyad__site *st, const flat *f)
{
	const dyad__sent *s = st->s;
	uint32_t vb = st->vb, ve = st->ve;
	const uint32_t *lpos = st->lpos, *rpos = st->rpos;
	const dm_elem *le[MAXE];
	uint8_t lg[MAXE];
	unsigned vi, i, nl, nr, score = 0;
	side L, R;

	for (vi = 0; vi < f->n && f->e[vi]->kind != DD_E_VERB; vi++)
		;
	if (vi == f->n)
		return 0;
	for (i = 0; i < f->n; i++) {
		const dm_elem *x = f->e[i];
		if (x->kind == DD_E_WORD && i != vi
			&& !pre_may(st->pre[i > vi], dyad_matcher__str(s->m, x->text)))
			return 0;
		if (x->kind == DD_E_SYNSET && syn_absent(st, x->synset != DM_NONE || !s->synset_fix
			? x->synset : s->synset_fix[x - s->m->elems].set, i > vi))
			return 0;
	}
	memset(out, 0, sizeof *out);
	out->src = out->tgt = out->compound = -1;
	/* left side, nearest the verb first: element vi-1-i; it is glued to
	 * its right neighbour when that one was written glued to it */
	for (i = 0; i < vi; i++) {
		le[i] = f->e[vi - 1 - i];
		lg[i] = f->glued[vi - i];
	}
	nl = st->nl;
	nr = st->nr;
	L = (side){ s, lpos, nl, 1, le, lg, vi, out, 0 };
	R = (side){ s, rpos, nr, 0, f->e + vi + 1, f->glued + vi + 1, f->n - vi - 1, out, 0 };
	if (!run(&L, 0, 0) || !run(&R, 0, 0))
		return 0;
	for (i = 0; i < f->n; i++)
		score += f->e[i]->kind != DD_E_VERB;
	out->score = score;
	out->chars = pattern_chars(s->m, f);
	out->lo = L.far ? lpos[L.far - 1] : vb;
	out->hi = R.far ? rpos[R.far - 1] + 1 : ve;
	return 1;
}

void dyad_events__site(dyad__site *st, const dyad__sent *s, uint32_t vb, uint32_t ve,
	uint32_t lo, uint32_t hi)
{
	st->s = s;
	st->vb = vb;
	st->ve = ve;
	st->nl = visible(s, st->lpos, vb, lo, hi, 1);
	st->nr = visible(s, st->rpos, ve, lo, hi, 0);
	pre_fill(st->pre[0], s, st->lpos, st->nl);
	pre_fill(st->pre[1], s, st->rpos, st->nr);
	st->syn_ok = 0;
	if (s->syn_may && DM_SYNW(s->m->n[DM_S_SYNSETS]) <= DYAD__SITE_SYNW) {
		uint32_t nw = DM_SYNW(s->m->n[DM_S_SYNSETS]), i, k;
		memset(st->syn, 0, sizeof st->syn);
		for (i = 0; i < st->nl; i++)
			for (k = 0; k < nw; k++)
				st->syn[0][k] |= s->syn_may[(size_t)st->lpos[i] * nw + k];
		for (i = 0; i < st->nr; i++)
			for (k = 0; k < nw; k++)
				st->syn[1][k] |= s->syn_may[(size_t)st->rpos[i] * nw + k];
		st->syn_ok = 1;
	}
}

/* A pattern without { | } alternatives is its only variant: build it
 * directly, as expand would, without copying flats around. */
static int plain(const dm_pattern_view *p, flat *f)
{
	uint32_t i;
	f->n = 0;
	for (i = 0; i < p->n; i++) {
		const dm_elem *x = &p->elems[i];
		switch (x->kind) {
		case DD_E_ALT_BEGIN:
			return 0;
		case DD_E_ALT_OR: case DD_E_ALT_END: case DD_E_NP_BEGIN: case DD_E_NP_END:
		case DD_E_PP_BEGIN: case DD_E_PP_END: case DD_E_ATTRIB:
			continue;
		default:
			break;
		}
		if (f->n >= MAXE) {
			f->n = MAXE + 1; /* too long: no variant */
			continue;
		}
		f->glued[f->n] = x->joined != 0;
		f->e[f->n++] = x;
	}
	return 1;
}

/* Can a pattern match at all? Each word outside { | } alternatives must
 * begin some visible word on its side of the verb, in every variant. Its
 * words, once per pattern: the coder checks them (dyad_events__site_has)
 * before it even builds the pattern's view, so pattern_at need not. */
uint32_t dyad_events__pattern_needs(uint16_t *out, const dyad_matcher *m, uint32_t pattern)
{
	const dm_pattern *p = &m->patterns[pattern];
	uint32_t i, depth = 0, n = 0;
	unsigned right = 0;
	for (i = 0; i < p->n_elem; i++) {
		const dm_elem *x = &m->elems[p->elem + i];
		const unsigned char *t;
		switch (x->kind) {
		case DD_E_ALT_BEGIN:
			depth++;
			break;
		case DD_E_ALT_END:
			if (depth)
				depth--;
			break;
		case DD_E_VERB:
			if (depth)
				return n; /* sides differ between variants */
			right = 1;
			break;
		case DD_E_WORD:
			t = (const unsigned char *)dyad_matcher__str(m, x->text);
			if (!depth && t && t[0]) {
				if (out)
					out[n] = (uint16_t)(right << 15 | pre_bit(t[0], t[1]));
				n++;
			}
			break;
		default:
			break;
		}
	}
	return n;
}

int dyad_events__site_has(const dyad__site *st, const uint16_t *needs, uint32_t n)
{
	uint32_t i;
	for (i = 0; i < n; i++) {
		unsigned b = needs[i] & 1023u;
		if (!((st->pre[needs[i] >> 15][b >> 6] >> (b & 63)) & 1))
			return 0;
	}
	return 1;
}

/* A pattern's flat variants: its own, or expanded into v. */
static unsigned variants_of(const dm_pattern_view *p, flat *v)
{
	flat empty;
	unsigned nv = 0;
	if (plain(p, &v[0]))
		return v[0].n > MAXE ? 0 : 1;
	empty.n = 0;
	expand(p->elems, 0, p->n, &empty, v, &nv, 0);
	return nv;
}

/* The variants of every pattern with { | } alternatives, expanded once
 * when the coder is made: the coder tries a pattern at every verb that can
 * take it, and expanding its lists there each time cost more than matching
 * them. A pattern without alternatives keeps none here: plain() builds its
 * one variant in place as cheaply as a copy. */
struct dyad__variants {
	dyad_ctx *ctx;
	uint32_t n_patterns;
	uint32_t *at;  /* pattern k's variants are f[at[k] .. at[k+1]) */
	flat *f;
	size_t cap;
};

dyad__variants *dyad_events__variants_new(dyad_ctx *ctx, const dyad_matcher *m)
{
	uint32_t np = m->n[DM_S_PATTERNS], k;
	dyad__variants *vs = dyad_ctx_malloc(ctx, sizeof *vs);
	flat *tmp = NULL;
	size_t n = 0;
	if (!vs)
		return NULL;
	memset(vs, 0, sizeof *vs);
	vs->ctx = ctx;
	vs->n_patterns = np;
	vs->at = dyad_ctx_malloc(ctx, ((size_t)np + 1) * sizeof *vs->at);
	tmp = dyad_ctx_malloc(ctx, MAXV * sizeof *tmp);
	if (!vs->at || !tmp)
		goto oom;
	for (k = 0; k < np; k++) {
		const dm_pattern *pt = &m->patterns[k];
		dm_pattern_view pv;
		unsigned nv;
		pv.elems = &m->elems[pt->elem];
		pv.n = pt->n_elem;
		vs->at[k] = (uint32_t)n;
		if (plain(&pv, tmp))
			continue;
		nv = variants_of(&pv, tmp);
		if (n + nv > vs->cap) {
			size_t cap = vs->cap ? vs->cap * 2 : 64;
			flat *f;
			while (cap < n + nv)
				cap *= 2;
			if (!(f = dyad_ctx_realloc(ctx, vs->f, vs->cap * sizeof *f, cap * sizeof *f)))
				goto oom;
			vs->f = f;
			vs->cap = cap;
		}
		memcpy(vs->f + n, tmp, nv * sizeof *tmp);
		n += nv;
	}
	vs->at[np] = (uint32_t)n;
	dyad_ctx_free_mem(ctx, tmp, MAXV * sizeof *tmp);
	return vs;
oom:
	dyad_ctx_free_mem(ctx, tmp, MAXV * sizeof *tmp);
	dyad_events__variants_free(vs);
	return NULL;
}

void dyad_events__variants_free(dyad__variants *vs)
{
	if (!vs)
		return;
	dyad_ctx_free_mem(vs->ctx, vs->f, vs->cap * sizeof *vs->f);
	if (vs->at)
		dyad_ctx_free_mem(vs->ctx, vs->at, ((size_t)vs->n_patterns + 1) * sizeof *vs->at);
	dyad_ctx_free_mem(vs->ctx, vs, sizeof *vs);
}

int dyad_events__pattern_at(dyad__pmatch *out, dyad__site *st, const dm_pattern_view *p,
	const dyad__variants *vs, uint32_t pattern)
{
	flat own[MAXV];
	const flat *v = own;
	unsigned nv, i;
	int any = 0;
	dyad__pmatch pm;
	if (vs && pattern < vs->n_patterns && vs->at[pattern + 1] > vs->at[pattern]) {
		v = vs->f + vs->at[pattern];
		nv = vs->at[pattern + 1] - vs->at[pattern];
	} else {
		nv = variants_of(p, own); /* plain, or none to expand */
	}
	/* the variant with the longest match (manual 5.7.1), the first on a tie */
	for (i = 0; i < nv; i++)
		if (match_flat(&pm, st, &v[i]) && (!any || pm.chars > out->chars)) {
			*out = pm;
			any = 1;
		}
	return any;
}

/* The pattern as written, TABARI style ("- * DIPLOMATIC TIES" without the
 * dash): elements separated by blanks, "_" where they were glued. */
const char *dyad_events__pattern_text(dyad_arena *a, const dyad_matcher *m,
	const dm_pattern_view *p)
{
	size_t cap = 16, len = 0, i;
	char *buf;
	for (i = 0; i < p->n; i++) {
		const char *t = dyad_matcher__str(m, p->elems[i].text);
		cap += (t ? strlen(t) : 0) + 3;
	}
	buf = dyad_arena_alloc(a, cap);
	if (!buf)
		return NULL;
	for (i = 0; i < p->n; i++) {
		const dm_elem *x = &p->elems[i];
		const char *t = NULL;
		char tmp[2] = { 0, 0 };
		switch (x->kind) {
		case DD_E_WORD: t = dyad_matcher__str(m, x->text); break;
		case DD_E_SYNSET: t = dyad_matcher__str(m, x->text); buf[len++] = '&'; break;
		case DD_E_SOURCE: tmp[0] = '$'; break;
		case DD_E_TARGET: tmp[0] = '+'; break;
		case DD_E_VERB: tmp[0] = '*'; break;
		case DD_E_COMPOUND: tmp[0] = '%'; break;
		case DD_E_ATTRIB: tmp[0] = '@'; break;
		case DD_E_SKIP: tmp[0] = '^'; break;
		case DD_E_ALT_BEGIN: tmp[0] = '{'; break;
		case DD_E_ALT_OR: tmp[0] = '|'; break;
		case DD_E_ALT_END: tmp[0] = '}'; break;
		case DD_E_NP_BEGIN: tmp[0] = '{'; break;
		case DD_E_NP_END: tmp[0] = '}'; break;
		case DD_E_PP_BEGIN: tmp[0] = '('; break;
		case DD_E_PP_END: tmp[0] = ')'; break;
		default: break;
		}
		if (!t)
			t = tmp;
		memcpy(buf + len, t, strlen(t));
		len += strlen(t);
		if (i + 1 < p->n)
			buf[len++] = p->elems[i + 1].joined ? '_' : ' ';
	}
	buf[len] = 0;
	return buf;
}
