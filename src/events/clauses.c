/*
 * The clauses of a sentence, as the coder reads them before it looks for
 * verbs: words of comma-delimited nonrestrictive clauses are hidden by the
 * clause's length (manual 7.8, 8.6), and a compound sentence is cut into
 * clauses at AND/BUT/OR/NOR outside compound actors and adjective pairs
 * (7.6). Both work in place on the sentence's hidden and clause arrays;
 * nothing here allocates.
 */
#include <string.h>

#include "coder_internal.h"
#include "dyad/tagger.h"
#include "events_internal.h"

static int is_conj(const char *w)
{
	return !strcmp(w, "and") || !strcmp(w, "but") || !strcmp(w, "or") || !strcmp(w, "nor");
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
		int comma = i < end && !strcmp(s->words[i], ",");
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
		 * words) stays, "..., a senior official said on Saturday." goes */
		if (!comma)
			nw++;
		if (nw >= lo && nw <= hi && !list)
			for (k = begin ? 0 : prev; k < i || (k == i && comma); k++)
				s->hidden[k] = 1;
		prev = i;
		begin = 0;
	}
}

static int adjective(dyad_pos p)
{
	return p == DYAD_POS_JJ || p == DYAD_POS_JJR || p == DYAD_POS_JJS;
}

/* Does the conjunction between words a and b join two adjectives ("an easy
 * or pleasant place")? Manual 7.6: a conjunction forming an adjective
 * phrase does not delimit clauses. */
static int joins_words(const dyad__sent *s, uint32_t a, uint32_t b)
{
	return adjective((dyad_pos)s->an->doc.toks[s->tok[a]].tag)
		&& adjective((dyad_pos)s->an->doc.toks[s->tok[b]].tag);
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
