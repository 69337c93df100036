/*
 * Noun phrases in PETRARCH's source and target slots. Its parse makes
 * every noun phrase a named entity (NE), coded when it holds an actor, null
 * ("---") when not, so a slot no actor fills is a null one only when a
 * noun phrase stands there, and a null noun phrase after the last comma
 * before the verb is the source.
 *
 * New actors from noun phrases (its new_actor_length option): when
 * the source/target rules find no actor, PETRARCH can put the noun phrase
 * in the slot's place, upper-cased in double quotes ("THE MINISTRY OF
 * MAGIC"), if it has at most new_actor_length words; a longer one leaves
 * the slot empty. The phrase is the noun phrase as its parse reads it: a
 * possessive marker dropped, an "of" phrase taken in.
 */
#include <string.h>

#include "events_internal.h"
#include "dyad/tagger.h"

static int32_t np_chunk(const dyad__sent *s, uint32_t i)
{
	int32_t c = s->an->doc.toks[s->tok[i]].chunk;
	return c >= 0 && s->an->chunks.chunks[c].type == DYAD_CHUNK_NP ? c : -1;
}

/* The end of the noun phrase whose chunk holds word i, "of" + noun phrase
 * taken in ("the Ministry of Magic"), hidden words ending it. */
static uint32_t np_end(const dyad__sent *s, uint32_t i, uint32_t hi)
{
	int32_t c = np_chunk(s, i);
	for (;;) {
		while (i < hi && !s->hidden[i] && np_chunk(s, i) == c)
			i++;
		if (i + 1 < hi && !strcmp(s->words[i], "of") && !s->hidden[i + 1]
			&& (c = np_chunk(s, i + 1)) >= 0)
			i++;
		else
			return i;
	}
}

uint32_t dyad_events__np_after(const dyad__sent *s, uint32_t i, uint32_t hi)
{
	return np_chunk(s, i) >= 0 ? np_end(s, i, hi) : i + 1;
}

const char *dyad_events__new_actor(dyad_arena *a, const dyad__sent *s, uint32_t lo,
	uint32_t hi, unsigned maxlen, int at_lo)
{
	const dyad_token *toks = s->an->doc.toks;
	const char *text = s->an->doc.text.buf;
	uint32_t i, e, w, prev = UINT32_MAX;
	unsigned nw = 0;
	size_t len = 2, k;
	char *out;

	for (i = lo; i < hi && !(at_lo && i > lo); i++)
		if (!s->hidden[i] && np_chunk(s, i) >= 0
			&& (i == lo || np_chunk(s, i - 1) != np_chunk(s, i)))
			break;
	if (i >= hi || maxlen == 0)
		return NULL;
	/* a pronoun the actor rules left unresolved names no one */
	if (toks[s->an->chunks.chunks[np_chunk(s, i)].head].tag == DYAD_POS_PRP)
		return NULL;
	e = np_end(s, i, hi);
	for (w = i; w < e; w++) {
		const dyad_token *t = &toks[s->tok[w]];
		if (s->tok[w] == prev || t->kind == DYAD_TOK_POSSESSIVE)
			continue;
		prev = s->tok[w];
		nw++;
		len += t->len + 1;
	}
	if (nw == 0 || nw > maxlen)
		return NULL;
	out = dyad_arena_alloc(a, len + 1);
	if (!out)
		return NULL;
	k = 0;
	out[k++] = '"';
	prev = UINT32_MAX;
	for (w = i; w < e; w++) {
		const dyad_token *t = &toks[s->tok[w]];
		size_t b;
		if (s->tok[w] == prev || t->kind == DYAD_TOK_POSSESSIVE)
			continue;
		prev = s->tok[w];
		if (k > 1)
			out[k++] = ' ';
		for (b = 0; b < t->len; b++) {
			char ch = text[t->off + b];
			out[k++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
		}
	}
	out[k++] = '"';
	out[k] = '\0';
	return out;
}

/* A word of a time expression ("today", "last week", "Monday"): bare, its
 * parse marks such a phrase NP-TMP, which is no NE; after a preposition
 * ("on Saturday") it is a noun phrase like any other. */
static int time_word(const char *w)
{
	static const char *const t[] = { "today", "yesterday", "tomorrow", "tonight", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next",
		"this", "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon",
		"earlier", "later", "ago" };
	size_t k;
	for (k = 0; k < sizeof t / sizeof *t; k++)
		if (!strcmp(w, t[k]))
			return 1;
	return 0;
}

/* Does a preposition open noun phrase chunk c ("on Saturday")? */
static int after_prep(const dyad__sent *s, int32_t c)
{
	uint32_t t = s->an->chunks.chunks[c].tok_begin;
	return t > 0 && (s->an->doc.toks[t - 1].tag == DYAD_POS_IN
		|| s->an->doc.toks[t - 1].tag == DYAD_POS_TO);
}

int dyad_events__has_np(const dyad__sent *s, uint32_t lo, uint32_t hi, uint32_t not_b,
	uint32_t not_e)
{
	uint32_t i;
	int32_t c1 = not_e > not_b ? np_chunk(s, not_b) : -1;
	int32_t c2 = not_e > not_b ? np_chunk(s, not_e - 1) : -1;
	for (i = lo; i < hi; i++) {
		int32_t c = np_chunk(s, i);
		if (!s->hidden[i] && c >= 0 && !(i >= not_b && i < not_e) && c != c1 && c != c2
			&& !(time_word(s->words[i]) && !after_prep(s, c)))
			return 1;
	}
	return 0;
}

/* Is there a noun phrase between the last visible comma before vb in
 * [clo, vb) and vb? */
int dyad_events__comma_np(const dyad__sent *s, uint32_t clo, uint32_t vb)
{
	uint32_t lo = vb;
	while (lo > clo && !(!strcmp(s->words[lo - 1], ",") && !s->hidden[lo - 1]))
		lo--;
	return lo > clo && dyad_events__has_np(s, lo, vb, 0, 0);
}

/* PETRARCH without require_dyad: a side no actor fills is "---" only when
 * a noun phrase stands in its place (its null-coded NE), the source's
 * before the verb after the last comma, the target's after the verb or,
 * failing that, before it apart from the source; else the verb codes
 * nothing. */
int dyad_events__null_sides(const dyad__sent *s, uint32_t vb, uint32_t ve, uint32_t clo, uint32_t chi,
	int32_t src, int32_t tgt)
{
	uint32_t lo = vb, nb = 0, ne = 0;
	while (lo > clo && !(!strcmp(s->words[lo - 1], ",") && !s->hidden[lo - 1]))
		lo--;
	if (src == -1 && !dyad_events__has_np(s, lo, vb, 0, 0))
		return 0;
	if (src >= 0) {
		nb = s->ments[src].b;
		ne = s->ments[src].e;
	}
	return tgt != -1 || dyad_events__has_np(s, ve, chi, 0, 0)
		|| dyad_events__has_np(s, lo, vb, nb, ne);
}

/* Does a clause follow the verb group ending at word ve as its
 * complement: an SBAR chunk ("that ..."), or a noun phrase right before a
 * verb group ("said government proposed")? */
int dyad_events__governs_clause(const dyad__sent *s, uint32_t ve)
{
	const dyad_doc_chunks *ch = &s->an->chunks;
	int32_t c;
	if (ve >= s->n || (c = s->an->doc.toks[s->tok[ve]].chunk) < 0)
		return 0;
	if (ch->chunks[c].type == DYAD_CHUNK_SBAR)
		return 1;
	return ch->chunks[c].type == DYAD_CHUNK_NP && (size_t)c + 1 < ch->n_chunks
		&& ch->chunks[c + 1].type == DYAD_CHUNK_VP
		&& ch->chunks[c + 1].tok_begin <= s->tok[s->n - 1];
}
