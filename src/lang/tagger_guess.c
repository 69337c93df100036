/*
 * Unknown words for the tagger: a tag distribution from the word's shape
 * (digits, capitals, hyphens) and suffix, the classic cues of English
 * morphology (-ing, -ed, -ly, -tion, -ous …). The numbers are rough
 * estimates of P(tag | cue) for rare words in news text; the decoder turns
 * them into emissions and lets the context decide.
 */
#include <math.h>
#include <string.h>

#include "lang/tagger_internal.h"

typedef struct dist {
	uint8_t tag;
	float p;
} dist;

typedef struct rule {
	const char *suffix;
	size_t len; /* of suffix: the table is tried at every unknown word */
	dist d[4];
} rule;

#define F(x) DYAD__F_##x
_Static_assert(DYAD__NTAG % 4 == 0, "dyad__tagger_guess scans tags four at a time");
#define S(suf) suf, sizeof suf - 1

/* Longest suffixes first within a shared ending; the first match wins. */
static const rule suffixes[] = {
	{ S("ness"), { { F(NN), .95f }, { F(NNP), .05f } } },
	{ S("ment"), { { F(NN), .9f }, { F(JJ), .05f }, { F(NNP), .05f } } },
	{ S("tion"), { { F(NN), .92f }, { F(NNP), .08f } } },
	{ S("sion"), { { F(NN), .92f }, { F(NNP), .08f } } },
	{ S("ship"), { { F(NN), .9f }, { F(NNP), .1f } } },
	{ S("hood"), { { F(NN), .95f }, { F(NNP), .05f } } },
	{ S("ism"), { { F(NN), .9f }, { F(NNP), .1f } } },
	{ S("ity"), { { F(NN), .92f }, { F(NNP), .08f } } },
	{ S("ance"), { { F(NN), .9f }, { F(NNP), .1f } } },
	{ S("ence"), { { F(NN), .9f }, { F(NNP), .1f } } },
	{ S("ists"), { { F(NNS), .9f }, { F(NNPS), .1f } } },
	{ S("ist"), { { F(NN), .75f }, { F(JJ), .25f } } },
	{ S("ing"), { { F(VBG), .6f }, { F(NN), .3f }, { F(JJ), .1f } } },
	{ S("ed"), { { F(VBN), .45f }, { F(VBD), .38f }, { F(JJ), .17f } } },
	{ S("ly"), { { F(RB), .8f }, { F(JJ), .18f }, { F(NN), .02f } } },
	{ S("ical"), { { F(JJ), .95f }, { F(NN), .05f } } },
	{ S("ous"), { { F(JJ), .95f }, { F(NN), .05f } } },
	{ S("ive"), { { F(JJ), .8f }, { F(NN), .2f } } },
	{ S("ic"), { { F(JJ), .75f }, { F(NN), .2f }, { F(NNP), .05f } } },
	{ S("ful"), { { F(JJ), .9f }, { F(NN), .1f } } },
	{ S("able"), { { F(JJ), .95f }, { F(NN), .05f } } },
	{ S("ible"), { { F(JJ), .95f }, { F(NN), .05f } } },
	{ S("less"), { { F(JJ), .95f }, { F(NN), .05f } } },
	{ S("ary"), { { F(JJ), .55f }, { F(NN), .45f } } },
	{ S("al"), { { F(JJ), .65f }, { F(NN), .35f } } },
	{ S("ian"), { { F(JJ), .5f }, { F(NN), .3f }, { F(NNP), .2f } } },
	{ S("ese"), { { F(JJ), .6f }, { F(NN), .2f }, { F(NNP), .2f } } },
	{ S("ish"), { { F(JJ), .8f }, { F(NN), .2f } } },
	{ S("est"), { { F(JJS), .5f }, { F(NN), .3f }, { F(JJ), .2f } } },
	{ S("er"), { { F(NN), .75f }, { F(JJR), .1f }, { F(NNP), .1f }, { F(VB), .05f } } },
	{ S("ize"), { { F(VB), .55f }, { F(VBP), .3f }, { F(NN), .15f } } },
	{ S("ise"), { { F(VB), .5f }, { F(VBP), .25f }, { F(NN), .25f } } },
	{ S("ify"), { { F(VB), .6f }, { F(VBP), .3f }, { F(NN), .1f } } },
	{ S("ate"), { { F(VB), .35f }, { F(JJ), .25f }, { F(NN), .25f }, { F(VBP), .15f } } },
	{ S("ss"), { { F(NN), .9f }, { F(JJ), .1f } } },
	{ S("us"), { { F(NN), .7f }, { F(JJ), .3f } } },
	{ S("is"), { { F(NN), .9f }, { F(NNP), .1f } } },
	{ S("s"), { { F(NNS), .75f }, { F(VBZ), .2f }, { F(NNPS), .05f } } },
};

static const dist fallback[] = {
	{ F(NN), .7f }, { F(JJ), .2f }, { F(VB), .04f }, { F(RB), .03f }, { F(NNS), .03f }
};

/* w[0..n) ends in suf[0..k) after at least two other bytes. */
static int ends_n(const char *w, size_t n, const char *suf, size_t k)
{
	return n > k + 1 && memcmp(w + n - k, suf, k) == 0;
}

static int ends(const char *w, size_t n, const char *suf)
{
	return ends_n(w, n, suf, strlen(suf));
}

/* Add w * d to the accumulating distribution acc. */
static void mix(float *acc, const dist *d, size_t nd, float w)
{
	size_t i;
	for (i = 0; i < nd && d[i].p > 0; i++)
		acc[d[i].tag] += w * d[i].p;
}

static void by_suffix(float *acc, const char *w, size_t n, float weight)
{
	size_t i;
	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (ends_n(w, n, suffixes[i].suffix, suffixes[i].len)) {
			mix(acc, suffixes[i].d, 4, weight);
			return;
		}
	mix(acc, fallback, sizeof fallback / sizeof fallback[0], weight);
}

/* Punctuation outside ASCII (curly quotes, dashes, ellipsis, guillemets),
 * which the lexicon cannot know. */
static int utf8_punct(const unsigned char *s, size_t len)
{
	if (len == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0xA6)
		return 1;
	return len == 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB);
}

int dyad__tagger_guess(dyad__guess *out, const dyad_lexicon *lex, const char *s, size_t len,
	const char *lower, size_t llen, unsigned sh)
{
	float acc[DYAD__NTAG] = { 0 };
	int cap = (sh & DYAD__SH_CAP) != 0, plural = ends(lower, llen, "s") &&
		!ends(lower, llen, "ss") && !ends(lower, llen, "us") && !ends(lower, llen, "is");
	int i, j, n = 0, letters = 0;
	size_t k;
	(void)lex;

	for (k = 0; k < len; k++) {
		unsigned char ch = (unsigned char)s[k];
		if ((ch | 32) >= 'a' && (ch | 32) <= 'z')
			letters++;
	}
	if (utf8_punct((const unsigned char *)s, len)) {
		acc[F(PUNC)] = 1;
	} else if (sh & DYAD__SH_DIGIT) {
		/* 1,200 3.5 1/2: numbers; 1980s; 2nd; F-16 and G8 are names. */
		if (letters == 0)
			acc[F(CD)] = .97f, acc[F(JJ)] = .02f, acc[F(NN)] = .01f;
		else if (ends(lower, llen, "s") && lower[0] >= '0' && lower[0] <= '9')
			acc[F(CD)] = .6f, acc[F(NNS)] = .4f;
		else if (ends(lower, llen, "th") || ends(lower, llen, "st") ||
			 ends(lower, llen, "nd") || ends(lower, llen, "rd"))
			acc[F(JJ)] = .75f, acc[F(CD)] = .15f, acc[F(NN)] = .1f;
		else
			acc[F(NNP)] = .4f, acc[F(CD)] = .3f, acc[F(NN)] = .2f, acc[F(JJ)] = .1f;
	} else if (letters == 0) {
		acc[F(PUNC)] = .85f, acc[F(SYM)] = .15f; /* ":" is not in the lexicon */
	} else if (sh & DYAD__SH_ALLCAPS) {
		/* Acronyms: UN, NATO, AFP. */
		acc[F(NNP)] = .85f, acc[F(NN)] = .05f;
		acc[plural ? F(NNPS) : F(JJ)] = .1f;
	} else if (sh & DYAD__SH_HYPHEN) {
		/* pro-Western, cease-fire, 25-year-old, Al-Qaeda: mostly
		 * adjectives and nouns; a capital makes a name. */
		if (cap && !(sh & DYAD__SH_INITIAL))
			acc[F(NNP)] = .6f, acc[F(JJ)] = .3f, acc[F(NN)] = .1f;
		else if (plural)
			acc[F(NNS)] = .7f, acc[F(JJ)] = .2f, acc[F(NN)] = .1f;
		else if (ends(lower, llen, "ed"))
			acc[F(JJ)] = .6f, acc[F(VBN)] = .3f, acc[F(VBD)] = .1f;
		else if (ends(lower, llen, "ing"))
			acc[F(JJ)] = .5f, acc[F(VBG)] = .3f, acc[F(NN)] = .2f;
		else
			acc[F(JJ)] = .55f, acc[F(NN)] = .4f, acc[F(RB)] = .05f;
		if (cap && (sh & DYAD__SH_INITIAL))
			acc[F(NNP)] += .3f;
	} else if (cap && !(sh & DYAD__SH_INITIAL)) {
		/* Inside a sentence a capital is a name, or a nationality. */
		if (plural)
			acc[F(NNPS)] = .3f, acc[F(NNP)] = .6f, acc[F(NNS)] = .1f;
		else if (ends(lower, llen, "an") || ends(lower, llen, "ese") ||
			 ends(lower, llen, "ish") || ends(lower, llen, "i"))
			acc[F(NNP)] = .6f, acc[F(JJ)] = .35f, acc[F(NN)] = .05f;
		else
			acc[F(NNP)] = .92f, acc[F(NN)] = .04f, acc[F(JJ)] = .04f;
	} else if (cap) {
		/* First word: an unknown word there is still most often a name. */
		acc[plural ? F(NNPS) : F(NNP)] = .55f;
		by_suffix(acc, lower, llen, .45f);
	} else {
		by_suffix(acc, lower, llen, 1.0f);
	}
	/* At most a handful of the tags are set: skip four zeros at a time
	 * (acc only ever adds positive numbers, so 0 is all bits clear). */
	for (i = 0; i < DYAD__NTAG && n < DYAD__GUESS_MAX; i += 4) {
		uint64_t bits[2];
		memcpy(bits, acc + i, sizeof bits);
		if (!(bits[0] | bits[1]))
			continue;
		for (j = i; j < i + 4 && n < DYAD__GUESS_MAX; j++)
			if (acc[j] > 0) {
				out[n].tag = (uint8_t)j;
				out[n++].lp = logf(acc[j]);
			}
	}
	return n;
}
