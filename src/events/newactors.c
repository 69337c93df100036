/*
 * New actors from noun phrases (PETRARCH's new_actor_length option): when
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
