/*
 * Actors from context, steps 4 and after (see context.c): he, she, his and
 * her resolved to a person of the story, and each sentence's subject kept
 * for the next sentence's pronouns.
 */
#include <string.h>

#include "context_internal.h"
#include "dyad/tagger.h"

static char pronoun_gender(const char *w)
{
	if (!strcmp(w, "he") || !strcmp(w, "him") || !strcmp(w, "his"))
		return 'm';
	if (!strcmp(w, "she") || !strcmp(w, "her") || !strcmp(w, "hers"))
		return 'f';
	return 0;
}

static int fits(const dyad__entity *y, char g)
{
	return y->person && (!y->gender || y->gender == g);
}

/* Is word w inside quotation marks opened in its sentence? (Curly and
 * guillemet marks say which way they go; a straight double mark
 * toggles; a single straight mark may be an apostrophe and is left.) */
int dyad_context__quoted(const sent *s, size_t w)
{
	size_t i;
	int in_q = 0;
	for (i = 0; i < w && i < s->n; i++) {
		const dyad_token *t = tk(s, i);
		const char *x = s->an->doc.text.buf + t->off;
		if (t->kind != DYAD_TOK_QUOTE)
			continue;
		if (!strncmp(x, "\xe2\x80\x9c", 3) || !strncmp(x, "\xc2\xab", 2))
			in_q = 1;
		else if (!strncmp(x, "\xe2\x80\x9d", 3) || !strncmp(x, "\xc2\xbb", 2))
			in_q = 0;
		else if (*x == '"')
			in_q = !in_q;
	}
	return in_q;
}

/* Heads of titles that name one person ("a ministry spokesperson", "the
 * foreign minister"). Sorted. */
static const char *const person_titles[] = { "adviser", "advisor", "ambassador", "chancellor",
	"chief", "commander", "diplomat", "envoy", "governor", "leader", "mayor", "minister",
	"negotiator", "official", "premier", "president", "prosecutor", "secretary", "senator",
	"spokesman", "spokesperson", "spokeswoman", NULL };

/* Whether pronoun x (mention k) stands for a nameless title with a code
 * that opens its sentence's clause before it, outside quotes: the
 * coder's own resolution to the nearest actor then holds. */
static int titled_subject(const sent *s, size_t k, const dyad__mention *x)
{
	for (size_t i = 0; i < k; i++) {
		const dyad__mention *y = &s->m[i];
		if (y->pronoun || !y->code || y->e > x->b
			|| dyad_context__quoted(s, y->b) != dyad_context__quoted(s, x->b))
			continue;
		/* someone known, or "the presidential spokesman" (a person named
		 * before), is for the usual rules; "a spokesperson" or "a Chinese
		 * spokesperson" is someone new */
		if (y->ent || !y->agent_code || y->e <= y->b || tk(s, y->e - 1)->tag != DYAD_POS_NN
			|| !in(s->words[y->e - 1], person_titles))
			return 0;
		return !strcmp(s->words[y->b], "a") || !strcmp(s->words[y->b], "an")
			|| (y->b > 0 && (!strcmp(s->words[y->b - 1], "a") || !strcmp(s->words[y->b - 1], "an")))
			|| y->actor_code != NULL;
	}
	return 0;
}

/* 4. he, she, his, her */
void dyad_context__pronouns(sent *s)
{
	dyad__context *cx = s->cx;
	size_t k, i;
	for (k = 0; k < s->nm; k++) {
		dyad__mention *x = &s->m[k];
		char g;
		int32_t best = -1;
		uint32_t w;
		int unknown = 0, qx;
		if (!x->pronoun || !(g = pronoun_gender(s->words[x->b])))
			continue;
		x->how = DYAD_MENTION_PRONOUN;
		/* the first person before it in the sentence; one the table does
		 * not know ("Mourinho added that his team ...") keeps it open */
		/* someone unknown named inside a quote the pronoun is outside
		 * ("“Johnson is a leader,” he added") is not a candidate */
		qx = dyad_context__quoted(s, x->b);
		for (i = 0, w = 0; i < k && best < 0 && !unknown; i++) {
			for (; w < s->m[i].b && !unknown; w++)
				unknown = s->unknown[w] && dyad_context__quoted(s, w) == qx;
			/* someone named inside the quote is not who "he added"
			 * outside it ("“Johnson leads,” he added") */
			if (!unknown && s->m[i].ent && !s->m[i].pronoun
				&& fits(&cx->ents[s->m[i].ent - 1], g)
				&& dyad_context__quoted(s, s->m[i].b) == dyad_context__quoted(s, x->b))
				best = s->m[i].ent - 1;
		}
		for (; w < x->b && best < 0 && !unknown; w++)
			unknown = s->unknown[w] && dyad_context__quoted(s, w) == qx;
		if (unknown)
			continue;
		if (best < 0 && titled_subject(s, k, x)) {
			/* "A Chinese ministry spokesperson said ..., but added that
			 * he ...": the nameless title before it, not the last
			 * person named in the story */
			x->how = DYAD_MENTION_PRONOUN;
			continue;
		}
		/* else the subject of the sentence before, else the person last
		 * named in the two before, unless someone unknown came since */
		if (best < 0 && cx->subject >= 0 && fits(&cx->ents[cx->subject], g))
			best = cx->subject;
		for (i = 0; best < 0 && cx->subject != -2 && i < cx->n_ents; i++)
			if (fits(&cx->ents[i], g) && cx->ents[i].sent + 2 >= cx->sent
				&& (best < 0 || cx->ents[i].seen > cx->ents[best].seen))
				best = (int32_t)i;
		if (best < 0)
			continue;
		if (!cx->ents[best].gender)
			cx->ents[best].gender = g;
		x->code = cx->ents[best].code;
		x->phrase = NULL;
		dyad_context__link(cx, x, best);
	}
}

/* The subject of the sentence, for the next one's pronouns: its first
 * person not after a preposition and outside a subordinate, relative or
 * participial clause; else its first person. */
void dyad_context__subject(sent *s)
{
	const dyad_doc_chunks *ch = &s->an->chunks;
	size_t k;
	int32_t first = -1, main = -1;
	for (k = 0; k < s->nm && main < 0; k++) {
		const dyad__mention *x = &s->m[k];
		const dyad_token *t;
		int ok = 1;
		/* whom a quote names is not the sentence's subject */
		if (!x->ent || !s->cx->ents[x->ent - 1].person || x->collective || dyad_context__quoted(s, x->b))
			continue;
		if (first < 0)
			first = x->ent - 1;
		if (x->b > 0) {
			unsigned tag = tk(s, x->b - 1)->tag;
			ok = tag != DYAD_POS_IN && tag != DYAD_POS_TO;
		}
		t = tk(s, x->b);
		if (ok && t->chunk >= 0 && ch->chunks && ch->chunks[t->chunk].clause >= 0) {
			unsigned type = ch->clauses[ch->chunks[t->chunk].clause].type;
			ok = type != DYAD_CLAUSE_SUBORDINATE && type != DYAD_CLAUSE_RELATIVE
				&& type != DYAD_CLAUSE_PARTICIPIAL;
		}
		if (ok)
			main = x->ent - 1;
	}
	{
		/* someone unknown named before them is the subject; "he" resolved
		 * to them counts as naming them (no one unknown came before it);
		 * a name inside a quote is the speaker's words, not the subject */
		uint32_t w, lim = (uint32_t)s->n;
		for (k = 0; k < s->nm; k++)
			if (s->m[k].ent - 1 == (main >= 0 ? main : first)
				&& (!s->m[k].pronoun || s->m[k].ent)) {
				lim = s->m[k].b;
				break;
			}
		for (w = 0; w < lim; w++)
			if (s->unknown[w] && !dyad_context__quoted(s, w)
				&& (w + 1 >= s->n || !(tk(s, w)->chunk >= 0 && ch->chunks
				&& ch->chunks[tk(s, w)->chunk].clause >= 0
				&& ch->clauses[ch->chunks[tk(s, w)->chunk].clause].type
					== DYAD_CLAUSE_PARTICIPIAL))) {
				s->cx->subject = -2;
				return;
			}
	}
	if (main >= 0 || first >= 0)
		s->cx->subject = main >= 0 ? main : first;
}

