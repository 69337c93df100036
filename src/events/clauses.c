/*
 * The clauses of a sentence, as the coder reads them before it looks for
 * verbs: words of comma-delimited nonrestrictive clauses are hidden by the
 * clause's length (manual 7.8, 8.6), and a compound sentence is cut into
 * clauses at AND/BUT/OR/NOR outside compound actors and adjective or
 * adverb pairs (7.6). Both work in place on the sentence's hidden and
 * clause arrays; nothing here allocates.
 */
#include <string.h>

#include "coder_internal.h"
#include "dyad/chunk.h"
#include "dyad/tagger.h"
#include "events_internal.h"

static int is_conj(const char *w)
{
	switch (w[0]) { /* asked of every word: one byte decides most */
	case 'a': return !strcmp(w, "and");
	case 'b': return !strcmp(w, "but");
	case 'o': return !strcmp(w, "or");
	case 'n': return !strcmp(w, "nor");
	default: return 0;
	}
}

static int adjective(dyad_pos p)
{
	return p == DYAD_POS_JJ || p == DYAD_POS_JJR || p == DYAD_POS_JJS;
}

/* PETRARCH reads a noun phrase as one unit, commas inside it gone: a comma
 * between coordinate adjectives ("complete, full diplomatic ties") is no
 * clause boundary, neither for comma clauses nor for patterns. Hidden
 * here, before the comma clauses are counted. */
void dyad_events__hide_np_commas(const dyad_coder *c, dyad__sent *s)
{
	uint32_t i;
	if (c->dialect_tabari)
		return;
	for (i = 1; i + 1 < s->n; i++)
		if (!strcmp(s->words[i], ",")
			&& adjective((dyad_pos)s->an->doc.toks[s->tok[i - 1]].tag)
			&& adjective((dyad_pos)s->an->doc.toks[s->tok[i + 1]].tag))
			s->hidden[i] = 1;
}

/* Hide comma-delimited nonrestrictive clauses (manual 7.8, 8.6): between two
 * commas of comma_min..comma_max words, between a comma and the full stop
 * of comma_emin..comma_emax (the stop counted), between its beginning and a comma of
 * comma_bmin..comma_bmax; counting starts again at the comma that ended
 * the previous clause. A clause holding a compound actor list is kept. */
void dyad_events__hide_commas(const dyad_coder *c, dyad__sent *s)
{
	uint32_t i, prev = 0, end = s->n;
	int begin = 1, closed = 0;
	if (c->comma_max == 0 && c->comma_emax == 0 && c->comma_bmax == 0)
		return;
	while (end > 0 && s->an->doc.toks[s->tok[end - 1]].kind != DYAD_TOK_WORD
		&& s->an->doc.toks[s->tok[end - 1]].kind != DYAD_TOK_NUMBER) {
		const char *w = s->words[end - 1];
		closed |= !strcmp(w, ".") || !strcmp(w, "!") || !strcmp(w, "?");
		end--;
	}
	for (i = 0; i <= end; i++) {
		int comma = i < end && !strcmp(s->words[i], ",") && !s->hidden[i];
		uint32_t from, nw, k, lo, hi;
		int list = 0;
		if (!comma && i < end)
			continue;
		if (begin && !comma)
			break; /* no comma at all */
		from = begin ? 0 : prev + 1;
		nw = i - from;
		lo = begin ? c->comma_bmin : comma ? c->comma_min : c->comma_emin;
		hi = begin ? c->comma_bmax : comma ? c->comma_max : c->comma_emax;
		for (k = from; k < i; k++)
			if (s->ment_at[k] >= 0 && s->ments[s->ment_at[k]].group >= 0)
				list = 1;
		/* a clause runs to "the end of the sentence" only when a full
		 * stop ends it: text cut off without one ("... that X attacked
		 * Y") may go on, so its last clause is kept */
		if (!comma && !closed)
			break;
		/* the full stop is counted with the last clause's words (its
		 * position ends the count): at the default EMAX of 10, "..., urged
		 * Eriador to respond to Gondor 's proposals on elections." (ten
		 * words) stays, "..., a senior official said on Saturday." goes.
		 * PETRARCH counts the words of the clause's parse node, which the
		 * stop is not in */
		if (!comma && c->dialect_tabari)
			nw++;
		if (nw >= lo && nw <= hi && !list)
			for (k = begin ? 0 : prev; k < i || (k == i && comma); k++)
				s->hidden[k] = 1;
		prev = i;
		begin = 0;
	}
}

static int adverb(dyad_pos p)
{
	return p == DYAD_POS_RB || p == DYAD_POS_RBR || p == DYAD_POS_RBS;
}

/* Does the conjunction between words a and b join two adjectives ("an easy
 * or pleasant place") or two adverbs ("heavily and unjustly criticized")?
 * Manual 7.6: a conjunction forming an adjective phrase does not delimit
 * clauses; an adverb phrase modifies one verb just as well. */
static int joins_words(const dyad__sent *s, uint32_t a, uint32_t b)
{
	dyad_pos x = (dyad_pos)s->an->doc.toks[s->tok[a]].tag;
	dyad_pos y = (dyad_pos)s->an->doc.toks[s->tok[b]].tag;
	return (adjective(x) && adjective(y)) || (adverb(x) && adverb(y));
}

static int common_noun(dyad_pos p)
{
	return p == DYAD_POS_NN || p == DYAD_POS_NNS;
}

/* Does the conjunction at word c join two nouns, <noun> <conj> <adjctv>*
 * <noun> ("bombs and rockets", "sheep and evil awful goats")? Manual
 * 7.5.1: such a compound noun phrase does not delimit clauses. TABARI
 * knows nouns and adjectives from its <NOUN> and <ADJECTIVE> lists; dyad
 * from their tags, actors aside. */
static int joins_nouns(const dyad__sent *s, uint32_t c)
{
	uint32_t i = c + 1;
	if (c == 0 || s->ment_end[c - 1] >= 0
		|| !common_noun((dyad_pos)s->an->doc.toks[s->tok[c - 1]].tag))
		return 0;
	while (i < s->n && adjective((dyad_pos)s->an->doc.toks[s->tok[i]].tag))
		i++;
	return i < s->n && s->ment_at[i] < 0
		&& common_noun((dyad_pos)s->an->doc.toks[s->tok[i]].tag);
}

/* Clauses of a compound sentence: a conjunction outside a compound actor
 * starts a new one (7.6). Returns the number of clause breaks. */
unsigned dyad_events__split_clauses(dyad__sent *s)
{
	uint32_t i;
	uint16_t k = 0;
	unsigned breaks = 0;
	for (i = 0; i < s->n; i++) {
		if (!s->hidden[i] && is_conj(s->words[i])) {
			int in_compound = 0;
			int32_t after = i + 1 < s->n ? s->ment_at[i + 1] : -1;
			if (after < 0 && i + 2 < s->n)
				after = s->ment_at[i + 2];
			if (after >= 0 && s->ments[after].group >= 0
				&& s->ments[after].group != after)
				in_compound = 1;
			/* like a compound actor, not counted for CONJ (8.7) */
			if (!in_compound && joins_nouns(s, i))
				in_compound = 1;
			if (!in_compound && i > 0 && i + 1 < s->n && joins_words(s, i - 1, i + 1)) {
				breaks++; /* still a conjunction for COMPLEX: CONJ (8.7) */
				in_compound = 1;
			}
			if (!in_compound) {
				k++;
				breaks++;
			}
		}
		s->clause[i] = k;
	}
	return breaks;
}

/* Is word i part of a postposed attribution ("..., a senior official said
 * on Saturday"): a chunk of the sentence's top-level reporting clause that
 * comes after reported content the clause finder put in a child clause? A
 * preposed one ("X said that ...") is not: its verb keeps coding the
 * content, as a verb phrase holding it does. */
static int in_attribution(const dyad__sent *s, uint32_t i)
{
	const dyad_doc_chunks *dc = &s->an->chunks;
	int32_t k = s->an->doc.toks[s->tok[i]].chunk, cl;
	size_t q;
	if (k < 0 || !dc->clauses)
		return 0;
	cl = dc->chunks[k].clause;
	if (cl < 0 || (size_t)cl >= dc->n_clauses || dc->clauses[cl].parent != -1
		|| dc->clauses[cl].type != DYAD_CLAUSE_REPORTING)
		return 0;
	for (q = dc->sent_clause[s->index]; q < dc->sent_clause[s->index + 1]; q++)
		if (dc->clauses[q].parent == cl && dc->clauses[q].chunk_end <= (uint32_t)k)
			return 1;
	return 0;
}

/* PETRARCH codes each verb phrase on its own, and a reporting clause after
 * its content ("..., the news agency WFNA said on Thursday") is a verb
 * phrase of its own whose source is its speaker: give the attribution its
 * own clause number, so that it is coded besides the reported clause and
 * neither lends its actors to the other. Returns the clause number of the
 * first attribution word, or UINT16_MAX when there is none. */
uint16_t dyad_events__split_attribution(dyad__sent *s)
{
	uint32_t i;
	uint16_t k = 0, old = 0, first = UINT16_MAX;
	int prev = 0;
	for (i = 0; i < s->n; i++) {
		int a = in_attribution(s, i);
		if (i > 0 && (s->clause[i] != old || a != prev))
			k++;
		old = s->clause[i];
		prev = a;
		s->clause[i] = k;
		if (a && first == UINT16_MAX)
			first = k;
	}
	return first;
}
