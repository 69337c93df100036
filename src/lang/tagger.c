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
 * Each token keeps at most K candidate tags, those within a beam of its
 * likeliest (BEAM below), so a step of the decoder costs at most K^3 and
 * the whole sentence time linear in its length; scratch comes from the
 * arena.
 */
#include <string.h>

#include "ctx_internal.h"
#include "lang/lexicon_internal.h"
#include "lang/tagger_internal.h"

#define K DYAD__CAND_MAX

/* Scratch per token: its candidates, and where its path scores start.
 * Token i's scores are an n_i x n_(i-1) matrix, indexed by its own
 * candidate first, so that the next step, which fixes that candidate and
 * maximises over the one before, reads one contiguous row. The matrices
 * are packed into one array per sentence (most tokens have one to three
 * candidates), which keeps the decoder's memory in the L1 cache. */
typedef struct cell {
	dyad__cands c;        /* candidate tags and their emission scores */
	uint8_t shape;        /* DYAD__SH_* of the token */
	uint32_t at;          /* d[at + q * n_prev + p]: best path score ending
	                       * (prev cand p, this cand q); bp[...] the
	                       * candidate of the token before prev */
} cell;

/* log P(a word seen once | tag) is about log(1/N) for N training tokens;
 * festlex was trained on about a million words. */
#define LOG_P_UNSEEN (-13.8f)

/* Keep the K best candidates by emission plus prior (≈ P(tag | word)).
 * Returns 1 when the cell was full, so that one candidate was dropped. */
static int add_cand(dyad__cands *c, const dyad_lexicon *lex, int tag, float e)
{
	int i, worst = 0;
	for (i = 0; i < c->n; i++)
		if (c->t[i] == tag) {
			if (e > c->e[i])
				c->e[i] = e;
			return 0;
		}
	if (c->n < K) {
		c->t[c->n] = (uint8_t)tag;
		c->e[c->n++] = e;
		return 0;
	}
	for (i = 1; i < K; i++)
		if (c->e[i] + lex->log_prior[c->t[i]] < c->e[worst] + lex->log_prior[c->t[worst]])
			worst = i;
	if (e + lex->log_prior[tag] > c->e[worst] + lex->log_prior[c->t[worst]]) {
		c->t[worst] = (uint8_t)tag;
		c->e[worst] = e;
	}
	return 1;
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
static int twin_forms(dyad__cands *c, const dyad_lexicon *lex, const dyad__entry *e,
	const char *lower, size_t llen)
{
	int dropped = 0;
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
				dropped |= add_cand(c, lex, pairs[k][1 - s], lp +
					lex->log_prior[pairs[k][s]] - lex->log_prior[pairs[k][1 - s]] -
					1.5f);
	}
	return dropped;
}

/* A word's candidates before the shape of the token weighs in: its
 * emissions, then the twin forms. Returns 1 when one had to be dropped. */
static int lexical(dyad__cands *c, const dyad_lexicon *lex, const dyad__entry *e)
{
	int dropped = 0;
	uint32_t i;
	c->n = 0;
	for (i = 0; i < e->u.e.n_em; i++)
		dropped |= add_cand(c, lex, lex->emits[e->u.e.em + i].tag,
			lex->emits[e->u.e.em + i].lp);
	c->n_lex = c->n;
	return twin_forms(c, lex, e, e->key, e->len) | dropped;
}

int dyad__tagger_prepare(dyad_lexicon *lex)
{
	uint32_t k;
	if (!(lex->cands = dyad_ctx_malloc(lex->ctx, (size_t)lex->words.n * sizeof *lex->cands)))
		return dyad__oom(lex->ctx);
	lex->n_cands = lex->words.n;
	for (k = 0; k < lex->words.n; k++)
		if (lexical(&lex->cands[k], lex, &lex->words.ents[k]))
			lex->cands[k].n = 0; /* which to drop depends on the weights */
	return DYAD_OK;
}

/* Candidates whose P(tag | word) (emission plus prior) is below the best
 * one's by more than this many nats are dropped before decoding: a factor
 * of e^7 ≈ 1100 that the trigram context would have to make up, which on
 * news text it almost never does (4 of the 4.08 million tokens of
 * shared/corpus/news.jsonl change tag, none of the accuracy samples),
 * while the decoder's work, cubic in the candidates per token, halves. */
#define BEAM 7.0f

static void prune(dyad__cands *c, const dyad_lexicon *lex)
{
	float best = -1e30f;
	int i, m = 0;
	if (c->n < 2)
		return;
	for (i = 0; i < c->n; i++)
		if (c->e[i] + lex->log_prior[c->t[i]] > best)
			best = c->e[i] + lex->log_prior[c->t[i]];
	for (i = 0; i < c->n; i++)
		if (c->e[i] + lex->log_prior[c->t[i]] >= best - BEAM) {
			c->t[m] = c->t[i];
			c->e[m++] = c->e[i];
		}
	c->n = (uint8_t)m;
}

/* The weight the token's shape gives a known word's emission of tag. */
static float shape_weight(int tag, int cap, int allcaps, float lc)
{
	float w = cap ? cap_weight(tag, allcaps) : 0;
	if (tag == DYAD__F_NNP || tag == DYAD__F_NNPS)
		w += lc;
	return w;
}

/* Candidates of the token s[0..len), lower case lower[0..llen), whose
 * lexicon entry is e (NULL for an unknown word). */
static void fill_cell(dyad__cands *c, const dyad_lexicon *lex, const char *s, size_t len,
	const char *lower, size_t llen, unsigned shape, const dyad__entry *e)
{
	int cap = (shape & (DYAD__SH_CAP | DYAD__SH_ALLCAPS)) && !(shape & DYAD__SH_INITIAL);
	int allcaps = (shape & DYAD__SH_ALLCAPS) != 0;
	/* Conversely, a lower-case word is rarely a proper noun. */
	float lc = (shape & DYAD__SH_LOWER) && !(shape & DYAD__SH_INITIAL) ? -3.0f : 0.0f;
	dyad__guess g[DYAD__GUESS_MAX];
	int ng, i;

	c->n = 0;
	if (e && lex->cands[e - lex->words.ents].n) {
		/* The common case: the lexical candidates were built at load
		 * time; only the emissions (not the twins) take the weights. */
		*c = lex->cands[e - lex->words.ents];
		for (i = 0; i < c->n_lex; i++)
			c->e[i] += shape_weight(c->t[i], cap, allcaps, lc);
	} else if (e) {
		for (i = 0; i < (int)e->u.e.n_em; i++) {
			const dyad__emit *m = &lex->emits[e->u.e.em + i];
			add_cand(c, lex, m->tag, m->lp + shape_weight(m->tag, cap, allcaps, lc));
		}
		twin_forms(c, lex, e, lower, llen);
	}
	if (e) {
		/* A capitalised known word may still be (part of) a name the
		 * lexicon never saw as one: "Energy", "Deputy", "US". */
		if (!(cap || allcaps) || (shape & DYAD__SH_DIGIT)) {
			prune(c, lex);
			return;
		}
	}
	ng = dyad__tagger_guess(g, lex, s, len, lower, llen, shape);
	for (i = 0; i < ng; i++)
		add_cand(c, lex, g[i].tag, g[i].lp - lex->log_prior[g[i].tag] + LOG_P_UNSEEN +
			(e ? -2.0f : 0.0f));
	prune(c, lex);
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

/* Viterbi over the cells c[2..n+2); c[0] and c[1] stand for the sentence
 * edge before the first token (one `punc` candidate, score 0), so that
 * every step has two predecessors and the loops carry no edge tests.
 * Writes the best festlex tag of each token. Ties keep the first
 * candidate, as a plain left-to-right scan would. */
static void decode(const dyad_lexicon *lex, const cell *c, size_t n, float *d, uint8_t *bp,
	uint8_t *best)
{
	size_t i;
	int p, q, r;

	for (i = 2; i < n + 2; i++) {
		const cell *pp = &c[i - 2], *pv = &c[i - 1], *cu = &c[i];
		int nr = pp->c.n, np = pv->c.n, nq = cu->c.n;
		for (p = 0; p < np; p++) {
			const float *dp = d + pv->at + (size_t)p * nr; /* dp[r]: path ending (r, p) */
			float *dq = d + cu->at + p;                    /* dq[q * np]: (p, q) */
			uint8_t *bq = bp + cu->at + p;
			for (q = 0; q < nq; q++) {
				/* row[a] = log P(t_q | a, t_p) */
				const float *row = lex->trans_bca[pv->c.t[p]][cu->c.t[q]];
				float bs = dp[0] + row[pp->c.t[0]];
				int br = 0;
				for (r = 1; r < nr; r++) {
					float v = dp[r] + row[pp->c.t[r]];
					if (v > bs)
						bs = v, br = r;
				}
				dq[q * np] = bs + cu->c.e[q];
				bq[q * np] = (uint8_t)br;
			}
		}
	}
	/* Best final pair, then walk back. */
	{
		const cell *last = &c[n + 1];
		int np = c[n].c.n, bpp = 0, bq = 0;
		float bs = -1e30f;
		size_t k;
		for (p = 0; p < np; p++)
			for (q = 0; q < last->c.n; q++)
				if (d[last->at + (size_t)q * np + p] > bs)
					bs = d[last->at + (size_t)q * np + p], bpp = p, bq = q;
		for (k = n; k-- > 0;) {
			const cell *ck = &c[k + 2];
			int r2 = bp[ck->at + (size_t)bq * c[k + 1].c.n + bpp];
			best[k] = ck->c.t[bq];
			bq = bpp;
			bpp = r2;
		}
	}
}

/* The decoder's first read of each transition row that step i will use:
 * fetched while the cells are still being filled. */
static void prefetch_rows(const dyad_lexicon *lex, const cell *c, size_t i)
{
	int p, q;
	for (p = 0; p < c[i - 1].c.n; p++)
		for (q = 0; q < c[i].c.n; q++)
			DYAD__PREFETCH(&lex->trans_bca[c[i - 1].c.t[p]][c[i].c.t[q]][c[i - 2].c.t[0]]);
}

int dyad_tagger_tag(dyad_ctx *ctx, const dyad_lexicon *lex, dyad_arena *arena,
	const char *text, dyad_token *toks, size_t n)
{
	cell *c;
	dyad__key *key;
	float *d;
	uint8_t *best, *bp;
	size_t i, k, nd;
	int lead = 1; /* toks[0..i) are all opening quotes or brackets */

	if (n == 0)
		return DYAD_OK;
	c = dyad_arena_alloc(arena, (n + 2) * sizeof *c);
	key = dyad_arena_alloc(arena, n * sizeof *key);
	best = dyad_arena_alloc(arena, n);
	if (!c || !key || !best)
		return dyad__oom(ctx);
	for (i = 0; i < 2; i++) {
		c[i].c.n = 1;
		c[i].c.t[0] = DYAD__F_PUNC;
		c[i].at = 0; /* c[1]'s 1 x 1 matrix: the empty path, score 0 */
	}
	/* The lexicon lookups in three passes, so that their cache misses
	 * overlap (see dyad__key): hash and fetch the slots, ... */
	for (i = 0; i < n; i++) {
		const char *s = text + toks[i].off, *lw = toks[i].lower;
		size_t len = toks[i].len, llen;
		/* after opening quotes and brackets the sentence still starts */
		int initial = lead || (toks[i].flags & DYAD_TOKF_SENT_START);
		c[i + 2].shape = (uint8_t)shape_of(s, len, initial);
		lead = lead && dyad__opening(s, len);
		if (lw) {
			llen = strlen(lw);
		} else {
			/* Longer words are unknown anyway: the prefix is as good. */
			char *b;
			llen = len < 63 ? len : 63;
			if (!(b = dyad_arena_alloc(arena, llen + 1)))
				return dyad__oom(ctx);
			for (k = 0; k < llen; k++)
				b[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
			b[llen] = '\0';
			lw = b;
		}
		dyad__key_init(&key[i], lw, llen);
		DYAD__PREFETCH(&lex->words.slots[key[i].hash & lex->words.mask]);
	}
	/* ... then the entries and their candidates, ... */
	for (i = 0; i < n; i++) {
		uint32_t first = dyad__tab_first(&lex->words, &key[i]);
		if (first) {
			DYAD__PREFETCH(&lex->words.ents[first - 1]);
			DYAD__PREFETCH(&lex->cands[first - 1]);
		}
	}
	/* ... then fill the cells. */
	for (i = 0; i < n; i++) {
		fill_cell(&c[i + 2].c, lex, text + toks[i].off, toks[i].len, key[i].s, key[i].len,
			c[i + 2].shape, dyad__tab_find_key(&lex->words, &key[i]));
		prefetch_rows(lex, c, i + 2);
	}
	for (nd = 1, i = 2; i < n + 2; i++) {
		c[i].at = (uint32_t)nd;
		nd += (size_t)c[i].c.n * c[i - 1].c.n;
	}
	d = dyad_arena_alloc(arena, nd * sizeof *d);
	bp = dyad_arena_alloc(arena, nd);
	if (!d || !bp)
		return dyad__oom(ctx);
	d[0] = 0.0f;
	decode(lex, c, n, d, bp, best);
	dyad__tagger_finish(lex, text, toks, n, best);
	return DYAD_OK;
}
