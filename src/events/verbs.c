/*
 * Finding the verbs of a sentence: which words may be verbs (TABARI's
 * dictionary test, PETRARCH's verb phrases) and the verb entry that starts
 * at one, by word or lemma, with TABARI's gapped roots and PETRARCH's
 * multi-word verbs opening before the verb word.
 */
#include <string.h>

#include "coder_internal.h"
#include "dict/model.h"
#include "dyad/tagger.h"
#include "events_internal.h"

/* Look a verb up at word i: the word as written, else its lemma. Roots of
 * TABARI's <ATTRIB> and <TIME> sections are not verbs (10.4, 10.5). */
static int lookup_plain(const dyad_coder *c, const dyad__sent *s, uint32_t i,
	dyad_verb_match *vm)
{
	const char *tmp[8];
	size_t k, n = s->n - i < 8 ? s->n - i : 8;
	const dyad_token *t = &s->an->doc.toks[s->tok[i]];
	if (dyad_matcher_verb(s->m, s->words + i, s->n - i, vm) && vm->section == 0)
		return 1;
	if (!t->lemma || !strcmp(t->lemma, s->words[i]))
		return 0;
	for (k = 0; k < n; k++)
		tmp[k] = s->words[i + k];
	tmp[0] = t->lemma;
	if (!dyad_matcher_verb(s->m, tmp, n, vm) || vm->section != 0)
		return 0;
	/* a TABARI word written "BAN=" takes no endings (5.2.3), so "baning"
	 * is no form of it even though its lemma is */
	k = strcspn(vm->phrase, "_ ");
	return !(c->dialect_tabari && k > 0 && vm->phrase[k - 1] == '=');
}

/* As lookup_plain; with PETRARCH's rules a later block of the same verb
 * replaces the one found (duplicates.c). */
static int lookup_verb1(const dyad_coder *c, const dyad__sent *s, uint32_t i,
	dyad_verb_match *vm)
{
	const dm_verb *v;
	if (!lookup_plain(c, s, i, vm))
		return 0;
	if (!c->verb_last || c->verb_last[vm->verb] == vm->verb)
		return 1;
	v = &s->m->verbs[c->verb_last[vm->verb]];
	vm->verb = c->verb_last[vm->verb];
	vm->code = dyad_matcher__str(s->m, v->code);
	vm->n_patterns = v->n_pattern;
	vm->file = v->file < s->m->n[DM_S_FILES] ? dyad_matcher__str(s->m, s->m->files[v->file])
		: NULL;
	vm->line = v->line;
	return 1;
}

/* As lookup_verb1, or a TABARI root written with blanks whose words come
 * later in word i's clause, whichever spans more words. */
int dyad_events__lookup_verb(const dyad_coder *c, const dyad__sent *s, uint32_t i,
	dyad_verb_match *vm)
{
	dyad_verb_match g;
	const dyad_token *t = &s->an->doc.toks[s->tok[i]];
	uint32_t hi = i;
	int r = lookup_verb1(c, s, i, vm);
	if (!s->n_gapped)
		return r;
	while (hi < s->n && s->clause[hi] == s->clause[i])
		hi++;
	if ((dyad_events__gapped_verb(&g, s, i, hi, NULL)
		|| (t->lemma && dyad_events__gapped_verb(&g, s, i, hi, t->lemma)))
		&& (!r || g.n_words > vm->n_words)) {
		*vm = g;
		r = 1;
	}
	return r;
}

/* Could word i be a verb? TABARI takes any word of its verbs dictionary
 * that is not shown to be a noun (5.5.2): after a determiner ("the
 * restore"), capitalised inside the sentence ("To Restore"), or inside an
 * actor. With PETRARCH's rules dyad asks its chunker instead: a word of a
 * verb group but a modal, or one tagged as a verb. */
int dyad_events__verb_candidate(const dyad_coder *c, const dyad__sent *s, uint32_t i)
{
	const dyad_token *t = &s->an->doc.toks[s->tok[i]];
	if (s->hidden[i] || t->kind != DYAD_TOK_WORD)
		return 0;
	if (i > 0 && s->tok[i - 1] == s->tok[i])
		return 0; /* not the first part of a hyphenated word */
	if (i > 0 && (!strcmp(s->words[i - 1], "the") || !strcmp(s->words[i - 1], "a")
		|| !strcmp(s->words[i - 1], "an")))
		return 0;
	if (c->dyad_rules && dyad_events__adjectival(s, i))
		return 0;
	if (c->dialect_tabari) {
		size_t k;
		/* not in a record written in capitals only (7.4) */
		if ((t->flags & DYAD_TOKF_CAP) && !(t->flags & DYAD_TOKF_SENT_START) && !s->allcaps)
			return 0;
		for (k = 0; k < s->n_ments; k++)
			if (i >= s->ments[k].b && i < s->ments[k].e)
				return 0;
		/* TABARI reads "donate's" as one word, and a verb takes no 'S
		 * ending (5.2.3) */
		if (i + 1 < s->n && s->tok[i + 1] == s->tok[i] + 1) {
			const dyad_token *nx = t + 1;
			if (nx->kind == DYAD_TOK_POSSESSIVE && nx->off == t->off + t->len)
				return 0;
		}
		return 1;
	}
	/* PETRARCH codes a verb phrase headed by a VB* word: a modal ("should
	 * have acted") is none, the verb after it is */
	if (t->tag == DYAD_POS_MD)
		return 0;
	if (t->chunk >= 0 && s->an->chunks.chunks[t->chunk].type == DYAD_CHUNK_VP)
		return 1;
	return dyad_pos_is_verb((dyad_pos)t->tag);
}

/* As lookup_verb at word i, the verb word of a verb phrase; with
 * PETRARCH's rules a multi-word verb may also open with words before it
 * ("WIRE_+TAPPED": "Gondor wire tapped", the parse taking "wire" into the
 * noun phrase), one or two visible words of the clause [clo, ..) outside
 * actors that are no verbs themselves, which it then prefers. *vb: the
 * verb's first word. */
int dyad_events__lookup_from(const dyad_coder *c, const dyad__sent *s, uint32_t i, uint32_t clo,
	dyad_verb_match *vm, uint32_t *vb)
{
	if (dyad_events__lookup_back(c, s, i, clo, vm, vb))
		return 1;
	*vb = i;
	return dyad_events__lookup_verb(c, s, i, vm);
}

int dyad_events__lookup_back(const dyad_coder *c, const dyad__sent *s, uint32_t i, uint32_t clo,
	dyad_verb_match *vm, uint32_t *vb)
{
	uint32_t k;
	for (k = 2; !c->dialect_tabari && k >= 1; k--) {
		uint32_t w;
		int ok = i >= clo + k;
		for (w = i - k; ok && w < i; w++) {
			size_t m;
			ok = !s->hidden[w] && s->an->doc.toks[s->tok[w]].kind == DYAD_TOK_WORD
				&& s->tok[w] != s->tok[i] && !dyad_events__verb_candidate(c, s, w);
			for (m = 0; ok && m < s->n_ments; m++)
				ok = !(s->ments[m].code && w >= s->ments[m].b && w < s->ments[m].e);
		}
		if (ok && lookup_verb1(c, s, i - k, vm) && vm->n_words > k) {
			*vb = i - k;
			return 1;
		}
	}
	return 0;
}
