/*
 * Synsets for verb patterns (TABARI manual 5.6): the tables the coder
 * builds once (members naming other synsets, &NAME elements read as a
 * synset plus glued words, members the trie cannot match) and the lookup
 * of a synset's longest member at a sentence word, remembered per sentence.
 * Internal to libdyad; patterns.c matches the elements.
 */
#include <string.h>

#include "events_internal.h"
#include "dict/model.h"

int dyad_events__nested_synsets(uint8_t *f, const dyad_matcher *m)
{
	int any = 0;
	uint32_t i;
	memset(f, 0, m->n[DM_S_SYNSETS]);
	for (i = 0; i < m->n[DM_S_TERMS]; i++) {
		const dm_term *t = &m->terms[i];
		const char *txt;
		if (t->kind != DM_SYNSET || t->entry >= m->n[DM_S_SYNSETS]
			|| t->name >= m->n[DM_S_NAMES])
			continue;
		txt = dyad_matcher__str(m, m->names[t->name].text);
		if (!txt || !strchr(txt, '&'))
			continue;
		f[t->entry] = 1;
		any = 1;
	}
	return any;
}

int dyad_events__synset_fix(dyad__synfix *fix, const dyad_matcher *m)
{
	uint32_t i, k;
	int any = 0;
	for (i = 0; i < m->n[DM_S_ELEMS]; i++) {
		const dm_elem *x = &m->elems[i];
		const char *nm = x->kind == DD_E_SYNSET && x->synset == DM_NONE
			? dyad_matcher__str(m, x->text) : NULL;
		size_t ln = nm ? strlen(nm) : 0, best = 0;
		fix[i].set = fix[i].rest = DM_NONE;
		for (k = 0; nm && k < m->n[DM_S_SYNSETS]; k++) {
			const char *sn = dyad_matcher__str(m, m->synsets[k].name);
			size_t ls = sn ? strlen(sn) : 0;
			if (!sn || !ls)
				continue;
			if ((ls == ln + 1 && sn[ln] == '_' && !strncmp(sn, nm, ln))
				|| (ln == ls + 1 && nm[ls] == '_' && !strncmp(sn, nm, ls))) {
				fix[i].set = k;
				fix[i].rest = DM_NONE;
				break;
			}
			/* the longest synset name followed by "_" and words */
			if (ls + 1 < ln && nm[ls] == '_' && !strncmp(sn, nm, ls) && ls > best) {
				best = ls;
				fix[i].set = k;
				fix[i].rest = x->text + (uint32_t)ls + 1;
			}
		}
		any |= fix[i].set != DM_NONE;
	}
	return any;
}

/* Words of the longest member of synset `set` at words[0..n). A member
 * written whole ("KRONER_") takes no regular ending: 5.6 applies none in
 * synsets, so "kroneren" is not KRONER_. */
static size_t member_match(const dyad_matcher *m, uint32_t set, const char *const *words,
	size_t n)
{
	dm_hit h;
	size_t k, len = 0;
	if (set >= m->n[DM_S_SYNSETS] || n == 0 || !dyad_matcher__synset_may(m, set, words[0])
		|| !dyad_matcher__match(m, DM_SYNSET, set, words, NULL, n, &h))
		return 0;
	if (m->terms[h.term].mode != DD_EXACT)
		return h.words;
	for (k = 0; k < h.words; k++) /* the phrase's letters cover the words */
		len += strlen(words[k]);
	return len == h.chars ? h.words : 0;
}

/* Words of synset `set` at words[w..). A member may name another synset
 * ("&TIEPHRASE" = "&TIETYPES MEMOS", manual 5.6): for such sets the words
 * of one inner synset are replaced by its name and the member tried
 * again, one level deep. */
static size_t synset_len_walk(const dyad__sent *s, uint32_t set, uint32_t w)
{
	enum { LIM = 12 };
	const char *alt[LIM];
	char name[64];
	size_t n = member_match(s->m, set, s->words + w, s->n - w);
	size_t lim = s->n - w < LIM ? s->n - w : LIM, k, l;
	uint32_t t;
	if (n || !s->nested || !s->nested[set])
		return n;
	for (k = 0; k < lim; k++)
		for (t = 0; t < s->m->n[DM_S_SYNSETS]; t++) {
			const char *nm = dyad_matcher__str(s->m, s->m->synsets[t].name);
			size_t len, r;
			if (t == set || !nm || (len = strlen(nm)) + 2 > sizeof name)
				continue;
			l = member_match(s->m, t, s->words + w + k, lim - k);
			if (!l)
				continue;
			name[0] = '&';
			memcpy(name + 1, nm, len + 1);
			memcpy(alt, s->words + w, k * sizeof *alt);
			alt[k] = name;
			memcpy(alt + k + 1, s->words + w + k + l, (lim - k - l) * sizeof *alt);
			r = member_match(s->m, set, alt, lim - l + 1);
			if (r > k)
				return r - 1 + l;
		}
	return 0;
}

/* synset_len_walk, remembered per sentence (dyad__sent.syn_len). */
size_t dyad_events__synset_len(const dyad__sent *s, uint32_t set, uint32_t w)
{
	uint8_t *row;
	size_t n, ns = s->m->n[DM_S_SYNSETS];
	/* no member starts at w, and no member names another synset */
	if (s->syn_may && set < ns && !(s->nested && s->nested[set])
		&& !((s->syn_may[(size_t)w * DM_SYNW(ns) + set / 64] >> (set % 64)) & 1))
		return 0;
	if (!s->syn_len || set >= ns)
		return synset_len_walk(s, set, w);
	row = s->syn_len[w];
	if (!row) {
		row = dyad_arena_alloc(s->arena, ns);
		if (!row)
			return synset_len_walk(s, set, w);
		memset(row, 0xff, ns);
		s->syn_len[w] = row;
	}
	if (row[set] != 0xff)
		return row[set];
	n = synset_len_walk(s, set, w);
	if (n < 0xff)
		row[set] = (uint8_t)n;
	return n;
}

static int special_member(const dyad_matcher *m, const dm_term *t)
{
	const char *txt;
	if (t->kind != DM_SYNSET || t->name >= m->n[DM_S_NAMES])
		return 0;
	if (m->names[t->name].gaps)
		return 1;
	txt = dyad_matcher__str(m, m->names[t->name].text);
	for (; txt && *txt; txt++) /* a word "$" or "+" */
		if ((*txt == '$' || *txt == '+') && (txt[1] == '_' || !txt[1]))
			return 1;
	return 0;
}

uint32_t dyad_events__synset_special(uint32_t *out, const dyad_matcher *m)
{
	uint32_t i, n = 0;
	for (i = 0; i < m->n[DM_S_TERMS]; i++) {
		const dm_term *t = &m->terms[i];
		if (!special_member(m, t))
			continue;
		if (out) {
			out[2 * n] = t->entry;
			out[2 * n + 1] = t->name;
		}
		n++;
	}
	return n;
}
