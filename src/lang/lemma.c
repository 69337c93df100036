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

const char *dyad_lemma_lookup(const dyad_lexicon *lex, dyad_arena *arena, const char *lower,
	size_t len, dyad_pos pos)
{
	int inflected, wn = wn_pos(pos, &inflected);
	const dyad__entry *e;
	const char *r;

	if (wn < 0 || len == 0)
		return self(arena, lower, len);
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
	return self(arena, lower, len);
}

int dyad_lemma_tokens(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	dyad_token *toks, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		dyad_token *t = &toks[i];
		if (!t->lower)
			continue; /* no lower-case form to reduce */
		if (!(t->lemma = dyad_lemma_lookup(lex, arena, t->lower, strlen(t->lower),
			      (dyad_pos)t->tag)))
			return dyad__oom(ctx);
	}
	return DYAD_OK;
}
