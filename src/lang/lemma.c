/*
 * Lemmas (dyad/lemma.h) by WordNet's morphy: the exception list of the
 * word's part of speech, then the detachment rules, accepting the first
 * candidate that WordNet's index lists; failing all, the form itself.
 *
 * Results point into the lexicon (index keys, exception bases) whenever
 * WordNet knows the lemma, so the common case allocates nothing.
 */
#include <string.h>

#include "ctx_internal.h"
#include "dyad/lemma.h"
#include "lang/lexicon_internal.h"

typedef struct detach {
	const char *suffix, *ending;
} detach;

/* WordNet 3.0 morphy's detachment rules, in its order (morph.c). */
static const detach noun_rules[] = { { "s", "" }, { "ses", "s" }, { "xes", "x" },
	{ "zes", "z" }, { "ches", "ch" }, { "shes", "sh" }, { "men", "man" }, { "ies", "y" },
	{ NULL, NULL } };
static const detach verb_rules[] = { { "s", "" }, { "ies", "y" }, { "es", "e" }, { "es", "" },
	{ "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" }, { NULL, NULL } };
static const detach adj_rules[] = { { "er", "" }, { "est", "" }, { "er", "e" }, { "est", "e" },
	{ NULL, NULL } };

/* WordNet part of speech for a Penn tag, -1 for none; *inflected is set
 * for tags whose form differs from the lemma's (NNS, VBD, JJR …). */
static int wn_pos(dyad_pos pos, int *inflected)
{
	*inflected = 1;
	switch (pos) {
	case DYAD_POS_NN: *inflected = 0; /* fall through */
	case DYAD_POS_NNS: return DYAD__WN_NOUN;
	case DYAD_POS_VB: case DYAD_POS_VBP: *inflected = 0; /* fall through */
	case DYAD_POS_VBD: case DYAD_POS_VBG: case DYAD_POS_VBN: case DYAD_POS_VBZ:
		return DYAD__WN_VERB;
	case DYAD_POS_JJ: *inflected = 0; /* fall through */
	case DYAD_POS_JJR: case DYAD_POS_JJS: return DYAD__WN_ADJ;
	case DYAD_POS_RB: *inflected = 0; /* fall through */
	case DYAD_POS_RBR: case DYAD_POS_RBS: return DYAD__WN_ADV;
	default: return -1;
	}
}

/* The form itself, NUL-terminated: borrowed when it already is. */
static const char *self(dyad_arena *arena, const char *lower, size_t len)
{
	if (lower[len] == '\0')
		return lower;
	return dyad_arena_strndup(arena, lower, len);
}

static const char *by_rules(const dyad_lexicon *lex, int wn, const char *w, size_t len)
{
	const detach *r = wn == DYAD__WN_NOUN ? noun_rules : wn == DYAD__WN_VERB ? verb_rules :
		wn == DYAD__WN_ADJ ? adj_rules : NULL;
	char buf[64];
	for (; r && r->suffix; r++) {
		size_t sl = strlen(r->suffix), el = strlen(r->ending), bl;
		const dyad__entry *e;
		if (len <= sl || memcmp(w + len - sl, r->suffix, sl) != 0)
			continue;
		bl = len - sl + el;
		if (bl >= sizeof buf)
			continue;
		memcpy(buf, w, len - sl);
		memcpy(buf + len - sl, r->ending, el);
		if ((e = dyad__tab_find(&lex->wn_index[wn], buf, bl)) != NULL)
			return e->key;
	}
	return NULL;
}

/* morphy proper for WordNet class wn: the lemma from the lexicon, or NULL
 * when WordNet knows none (the form is then its own lemma). */
static const char *morphy(const dyad_lexicon *lex, int wn, int inflected, const char *lower,
	size_t len)
{
	const dyad__entry *e;
	const char *r;

	/* A base-form tag on a word WordNet lists is its own lemma ("news",
	 * "data" as NN); an inflected tag tries the reductions first. */
	if (!inflected && (e = dyad__tab_find(&lex->wn_index[wn], lower, len)) != NULL)
		return e->key;
	if ((e = dyad__tab_find(&lex->wn_exc[wn], lower, len)) != NULL && e->u.val)
		return e->u.val;
	if ((r = by_rules(lex, wn, lower, len)) != NULL)
		return r;
	if ((e = dyad__tab_find(&lex->wn_index[wn], lower, len)) != NULL)
		return e->key;
	return NULL;
}

/* Marks a precomputed slot whose word is its own lemma. */
static const char own_form[] = "";

/* WordNet class slot (wn * 2 + inflected) of each festlex tag, -1 for
 * none: which slots dyad__lemma_prepare fills for a word. Only a hint (an
 * empty slot is computed when asked), so it need not match wn_pos exactly. */
static const signed char ftag_slot[DYAD__NTAG] = {
	[DYAD__F_NN] = 2 * DYAD__WN_NOUN, [DYAD__F_NNS] = 2 * DYAD__WN_NOUN + 1,
	[DYAD__F_VB] = 2 * DYAD__WN_VERB, [DYAD__F_VBP] = 2 * DYAD__WN_VERB,
	[DYAD__F_VBD] = 2 * DYAD__WN_VERB + 1, [DYAD__F_VBG] = 2 * DYAD__WN_VERB + 1,
	[DYAD__F_VBN] = 2 * DYAD__WN_VERB + 1, [DYAD__F_VBZ] = 2 * DYAD__WN_VERB + 1,
	[DYAD__F_JJ] = 2 * DYAD__WN_ADJ, [DYAD__F_JJR] = 2 * DYAD__WN_ADJ + 1,
	[DYAD__F_JJS] = 2 * DYAD__WN_ADJ + 1, [DYAD__F_RB] = 2 * DYAD__WN_ADV,
	[DYAD__F_RBR] = 2 * DYAD__WN_ADV + 1, [DYAD__F_RBS] = 2 * DYAD__WN_ADV + 1,
	[DYAD__F_PUNC] = -1, [DYAD__F_NNP] = -1, [DYAD__F_DT] = -1, [DYAD__F_IN] = -1,
	[DYAD__F_CD] = -1, [DYAD__F_PRP] = -1, [DYAD__F_CC] = -1, [DYAD__F_OF] = -1,
	[DYAD__F_TO] = -1, [DYAD__F_MD] = -1, [DYAD__F_POS] = -1, [DYAD__F_WDT] = -1,
	[DYAD__F_WP] = -1, [DYAD__F_NNPS] = -1, [DYAD__F_WRB] = -1, [DYAD__F_RP] = -1,
	[DYAD__F_EX] = -1, [DYAD__F_PDT] = -1, [DYAD__F_FW] = -1, [DYAD__F_UH] = -1,
	[DYAD__F_SYM] = -1, [DYAD__F_LS] = -1,
};

int dyad__lemma_prepare(dyad_lexicon *lex)
{
	size_t n = (size_t)lex->words.n * DYAD__LEMMA_SLOTS, i;
	uint32_t k;
	if (!(lex->lemmas = dyad_ctx_malloc(lex->ctx, n * sizeof *lex->lemmas)))
		return dyad__oom(lex->ctx);
	lex->n_lemmas = n;
	for (i = 0; i < n; i++)
		lex->lemmas[i] = NULL;
	for (k = 0; k < lex->words.n; k++) {
		const dyad__entry *e = &lex->words.ents[k];
		const char **slots = lex->lemmas + (size_t)k * DYAD__LEMMA_SLOTS;
		for (i = 0; i < e->u.e.n_em; i++) {
			int sl = ftag_slot[lex->emits[e->u.e.em + i].tag];
			const char *r;
			if (sl < 0 || slots[sl])
				continue;
			r = morphy(lex, sl / 2, sl % 2, e->key, e->len);
			slots[sl] = r ? r : own_form;
		}
	}
	return DYAD_OK;
}

/* The lemma of the word k in WordNet class wn: precomputed for a word of
 * the tagging lexicon (one lookup instead of morphy's several), else by
 * morphy. */
static const char *lookup(const dyad_lexicon *lex, dyad_arena *arena, const dyad__key *k,
	int wn, int inflected)
{
	const dyad__entry *e;
	const char *r;

	if (k->len == 0)
		return self(arena, k->s, k->len);
	if (lex->lemmas && (e = dyad__tab_find_key(&lex->words, k)) != NULL &&
	    (r = lex->lemmas[(size_t)(e - lex->words.ents) * DYAD__LEMMA_SLOTS +
		    (size_t)(2 * wn + inflected)]) != NULL)
		return r == own_form ? self(arena, k->s, k->len) : r;
	r = morphy(lex, wn, inflected, k->s, k->len);
	return r ? r : self(arena, k->s, k->len);
}

const char *dyad_lemma_lookup(const dyad_lexicon *lex, dyad_arena *arena, const char *lower,
	size_t len, dyad_pos pos)
{
	int inflected, wn = wn_pos(pos, &inflected);
	dyad__key k;

	if (wn < 0)
		return self(arena, lower, len);
	dyad__key_init(&k, lower, len);
	return lookup(lex, arena, &k, wn, inflected);
}

int dyad_lemma_tokens(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	dyad_token *toks, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		dyad_token *t = &toks[i];
		int inflected, wn;
		dyad__key k;
		if (!t->lower)
			continue; /* no lower-case form to reduce */
		if ((wn = wn_pos((dyad_pos)t->tag, &inflected)) < 0) {
			t->lemma = t->lower; /* closed class, names, punctuation: the form */
			continue;
		}
		dyad__key_init(&k, t->lower, strlen(t->lower));
		if (!(t->lemma = lookup(lex, arena, &k, wn, inflected)))
			return dyad__oom(ctx);
	}
	return DYAD_OK;
}
