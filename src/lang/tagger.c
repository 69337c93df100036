/*
 * The part-of-speech tagger (dyad/tagger.h): a trigram HMM over the 36
 * festlex-poslex tags, decoded with Viterbi, then mapped to Penn tags.
 *
 * Emissions are the lexicon's log P(word | tag). A word the lexicon lacks
 * gets log P(tag | shape, suffix) - log P(tag) + log P(unseen word), Bayes'
 * inversion of a small hand-written guesser (tagger_guess below), so known
 * and unknown words compete on one scale. Capitalisation is evidence of its
 * own: a capital letter not at the start of a sentence multiplies in a
 * P(capital | tag) that strongly favours proper nouns.
 *
 * Each token keeps at most K candidate tags, so a step of the decoder costs
 * at most K^3 and the whole sentence time linear in its length; scratch
 * comes from the arena.
 */
#include <string.h>

#include "ctx_internal.h"
#include "lang/lexicon_internal.h"
#include "lang/tagger_internal.h"

#define K 8 /* candidate tags per token */

/* Scratch per token. */
typedef struct cell {
	float e[K];           /* emission score of each candidate */
	uint8_t t[K];         /* candidate festlex tags */
	uint8_t n;
	float d[K][K];        /* best path score ending (prev cand p, this cand q) */
	uint8_t bp[K][K];     /* the candidate of the token before prev */
} cell;

/* log P(a word seen once | tag) is about log(1/N) for N training tokens;
 * festlex was trained on about a million words. */
#define LOG_P_UNSEEN (-13.8f)

/* Keep the K best candidates by emission plus prior (≈ P(tag | word)). */
static void add_cand(cell *c, const dyad_lexicon *lex, int tag, float e)
{
	int i, worst = 0;
	for (i = 0; i < c->n; i++)
		if (c->t[i] == tag) {
			if (e > c->e[i])
				c->e[i] = e;
			return;
		}
	if (c->n < K) {
		c->t[c->n] = (uint8_t)tag;
		c->e[c->n++] = e;
		return;
	}
	for (i = 1; i < K; i++)
		if (c->e[i] + lex->log_prior[c->t[i]] < c->e[worst] + lex->log_prior[c->t[worst]])
			worst = i;
	if (e + lex->log_prior[tag] > c->e[worst] + lex->log_prior[c->t[worst]]) {
		c->t[worst] = (uint8_t)tag;
		c->e[worst] = e;
	}
}

/* log P(capitalised | tag) for a word inside a sentence, in nats. Proper
 * nouns are capitalised; nationality adjectives often; "I" always. */
static float cap_weight(int tag, int allcaps)
{
	switch (tag) {
	case DYAD__F_NNP: case DYAD__F_NNPS: return 0.0f;
	case DYAD__F_PRP: return allcaps ? -7.0f : -0.5f; /* "I", not "US" */
	case DYAD__F_LS: case DYAD__F_SYM: case DYAD__F_CD: return -0.5f;
	case DYAD__F_JJ: return allcaps ? -5.0f : -1.0f;
	case DYAD__F_NN: case DYAD__F_NNS: case DYAD__F_FW: return allcaps ? -6.0f : -3.5f;
	default: return allcaps ? -7.0f : -4.5f;
	}
}

/* The lexicon saw many verbs in only one of two uses that share their
 * form: regular past tense and participle (-ed), base form and present.
 * Offer the missing twin at the seen one's rate, scaled by the priors and
 * a small discount. */
static void twin_forms(cell *c, const dyad_lexicon *lex, const dyad__entry *e,
	const char *lower, size_t llen)
{
	static const uint8_t pairs[][2] = { { DYAD__F_VBD, DYAD__F_VBN },
		{ DYAD__F_VB, DYAD__F_VBP } };
	int ed = llen > 3 && memcmp(lower + llen - 2, "ed", 2) == 0, k;
	uint32_t i;
	for (k = 0; k < 2; k++) {
		int have[2] = { 0, 0 }, s;
		float lp = 0;
		if (k == 0 && !ed)
			continue;
		if (k == 1 && llen == 2 && memcmp(lower, "be", 2) == 0)
			continue; /* be has its own present forms */
		for (i = 0; i < e->u.e.n_em; i++)
			for (s = 0; s < 2; s++)
				if (lex->emits[e->u.e.em + i].tag == pairs[k][s])
					have[s] = 1, lp = lex->emits[e->u.e.em + i].lp;
		for (s = 0; s < 2; s++)
			if (have[s] && !have[1 - s])
				add_cand(c, lex, pairs[k][1 - s], lp + lex->log_prior[pairs[k][s]] -
					lex->log_prior[pairs[k][1 - s]] - 1.5f);
	}
}

static void fill_cell(cell *c, const dyad_lexicon *lex, const char *s, size_t len,
	const char *lower, size_t llen, unsigned shape)
{
	const dyad__entry *e = dyad__tab_find(&lex->words, lower, llen);
	int cap = (shape & (DYAD__SH_CAP | DYAD__SH_ALLCAPS)) && !(shape & DYAD__SH_INITIAL);
	int allcaps = (shape & DYAD__SH_ALLCAPS) != 0;
	/* Conversely, a lower-case word is rarely a proper noun. */
	float lc = (shape & DYAD__SH_LOWER) && !(shape & DYAD__SH_INITIAL) ? -3.0f : 0.0f;
	dyad__guess g[DYAD__GUESS_MAX];
	int ng, i;

	c->n = 0;
	if (e) {
		for (i = 0; i < (int)e->u.e.n_em; i++) {
			const dyad__emit *m = &lex->emits[e->u.e.em + i];
			float w = cap ? cap_weight(m->tag, allcaps) : 0;
			if (m->tag == DYAD__F_NNP || m->tag == DYAD__F_NNPS)
				w += lc;
			add_cand(c, lex, m->tag, m->lp + w);
		}
		twin_forms(c, lex, e, lower, llen);
		/* A capitalised known word may still be (part of) a name the
		 * lexicon never saw as one: "Energy", "Deputy", "US". */
		if (!(cap || allcaps) || (shape & DYAD__SH_DIGIT))
			return;
	}
	ng = dyad__tagger_guess(g, lex, s, len, lower, llen, shape);
	for (i = 0; i < ng; i++)
		add_cand(c, lex, g[i].tag, g[i].lp - lex->log_prior[g[i].tag] + LOG_P_UNSEEN +
			(e ? -2.0f : 0.0f));
}

static unsigned shape_of(const char *s, size_t len, int initial)
{
	unsigned sh = 0, upper = 0, letters = 0;
	size_t i;
	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch >= 'A' && ch <= 'Z')
			upper++, letters++;
		else if ((ch >= 'a' && ch <= 'z') || ch >= 0x80)
			letters++;
		else if (ch >= '0' && ch <= '9')
			sh |= DYAD__SH_DIGIT;
		else if (ch == '-' && i > 0 && i + 1 < len)
			sh |= DYAD__SH_HYPHEN;
	}
	if (len && s[0] >= 'A' && s[0] <= 'Z')
		sh |= DYAD__SH_CAP;
	else if (len && s[0] >= 'a' && s[0] <= 'z')
		sh |= DYAD__SH_LOWER;
	if (upper >= 2 && upper == letters)
		sh |= DYAD__SH_ALLCAPS;
	if (initial)
		sh |= DYAD__SH_INITIAL;
	return sh;
}

/* Viterbi over the cells; writes the best festlex tag of each token. */
static void decode(const dyad_lexicon *lex, cell *c, size_t n, uint8_t *best)
{
	static const uint8_t bound[1] = { DYAD__F_PUNC }; /* sentence edge */
	size_t i;
	int p, q, r;

	for (i = 0; i < n; i++) {
		const uint8_t *pt = i ? c[i - 1].t : bound, *rt = i > 1 ? c[i - 2].t : bound;
		int np = i ? c[i - 1].n : 1, nr = i > 1 ? c[i - 2].n : 1;
		for (p = 0; p < np; p++)
			for (q = 0; q < c[i].n; q++) {
				float bs = -1e30f;
				int br = 0;
				for (r = 0; r < nr; r++) {
					float v = (i ? c[i - 1].d[r][p] : 0.0f) +
						lex->trans[rt[r]][pt[p]][c[i].t[q]];
					if (v > bs)
						bs = v, br = r;
				}
				c[i].d[p][q] = bs + c[i].e[q];
				c[i].bp[p][q] = (uint8_t)br;
			}
	}
	/* Best final pair, then walk back. */
	{
		int np = n > 1 ? c[n - 1 - 1].n : 1, bp = 0, bq = 0;
		float bs = -1e30f;
		size_t k;
		for (p = 0; p < np; p++)
			for (q = 0; q < c[n - 1].n; q++)
				if (c[n - 1].d[p][q] > bs)
					bs = c[n - 1].d[p][q], bp = p, bq = q;
		for (k = n; k-- > 0;) {
			int r2 = c[k].bp[bp][bq];
			best[k] = c[k].t[bq];
			bq = bp;
			bp = r2;
		}
	}
}

int dyad_tagger_tag(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	const char *text, dyad_token *toks, size_t n)
{
	cell *c;
	uint8_t *best;
	char lbuf[64];
	size_t i, k;

	if (n == 0)
		return DYAD_OK;
	c = dyad_arena_alloc(arena, n * sizeof *c);
	best = dyad_arena_alloc(arena, n);
	if (!c || !best)
		return dyad__oom(ctx);
	for (i = 0; i < n; i++) {
		const char *s = text + toks[i].off, *lw = toks[i].lower;
		size_t len = toks[i].len;
		int initial = i == 0 || (toks[i].flags & DYAD_TOKF_SENT_START) ||
			dyad__after_opening(text, toks, i);
		unsigned sh = shape_of(s, len, initial);
		size_t llen;
		if (lw) {
			llen = strlen(lw);
		} else {
			/* Longer words are unknown anyway: the prefix is as good. */
			llen = len < sizeof lbuf - 1 ? len : sizeof lbuf - 1;
			for (k = 0; k < llen; k++)
				lbuf[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
			lbuf[llen] = '\0';
			lw = lbuf;
		}
		fill_cell(&c[i], lex, s, len, lw, llen, sh);
	}
	decode(lex, c, n, best);
	dyad__tagger_finish(lex, text, toks, n, best);
	return DYAD_OK;
}
