/*
 * From festlex tags to Penn tags, and contextual corrections.
 *
 * festlex folds distinctions the Treebank makes: all punctuation is `punc`
 * (we split it by its text), `of` and `to` have tags of their own, and
 * `prp` covers PRP and PRP$. The corrections after that are the few
 * context rules that measurably fix the HMM's habitual errors.
 */
#include <string.h>

#include "lang/tagger_internal.h"

#define F(x) DYAD__F_##x

static const uint8_t to_penn[DYAD__NTAG] = {
	[F(NN)] = DYAD_POS_NN, [F(PUNC)] = DYAD_POS_COLON, [F(NNP)] = DYAD_POS_NNP,
	[F(DT)] = DYAD_POS_DT, [F(IN)] = DYAD_POS_IN, [F(JJ)] = DYAD_POS_JJ,
	[F(NNS)] = DYAD_POS_NNS, [F(CD)] = DYAD_POS_CD, [F(RB)] = DYAD_POS_RB,
	[F(VBD)] = DYAD_POS_VBD, [F(VB)] = DYAD_POS_VB, [F(PRP)] = DYAD_POS_PRP,
	[F(CC)] = DYAD_POS_CC, [F(OF)] = DYAD_POS_IN, [F(TO)] = DYAD_POS_TO,
	[F(VBZ)] = DYAD_POS_VBZ, [F(VBN)] = DYAD_POS_VBN, [F(VBG)] = DYAD_POS_VBG,
	[F(VBP)] = DYAD_POS_VBP, [F(MD)] = DYAD_POS_MD, [F(POS)] = DYAD_POS_POS,
	[F(WDT)] = DYAD_POS_WDT, [F(JJR)] = DYAD_POS_JJR, [F(WP)] = DYAD_POS_WP,
	[F(NNPS)] = DYAD_POS_NNPS, [F(WRB)] = DYAD_POS_WRB, [F(JJS)] = DYAD_POS_JJS,
	[F(RBR)] = DYAD_POS_RBR, [F(RP)] = DYAD_POS_RP, [F(EX)] = DYAD_POS_EX,
	[F(RBS)] = DYAD_POS_RBS, [F(PDT)] = DYAD_POS_PDT, [F(FW)] = DYAD_POS_FW,
	[F(UH)] = DYAD_POS_UH, [F(SYM)] = DYAD_POS_SYM, [F(LS)] = DYAD_POS_LS
};

/* s[0..len) == w. The first byte is compared before anything else: most
 * calls fail there, without measuring w. */
static int is(const char *s, size_t len, const char *w)
{
	if (len == 0)
		return w[0] == '\0';
	return s[0] == w[0] && strlen(w) == len && memcmp(s, w, len) == 0;
}

static int is_any(const char *s, size_t len, const char *const *ws)
{
	for (; *ws; ws++)
		if (is(s, len, *ws))
			return 1;
	return 0;
}

static const char *const lquotes[] = { "``", "`", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB",
	NULL };
static const char *const rquotes[] = { "''", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", NULL };
static const char *const lbrackets[] = { "(", "[", "{", "-LRB-", "-LSB-", "-LCB-", NULL };
static const char *const rbrackets[] = { ")", "]", "}", "-RRB-", "-RSB-", "-RCB-", NULL };
static const char *const finals[] = { ".", "!", "?", NULL };

int dyad__opening(const char *s, size_t len)
{
	return is(s, len, "\"") || is(s, len, "'") || is_any(s, len, lquotes) ||
		is_any(s, len, lbrackets);
}

/* A token decoded as `punc` (or an unknown symbol): its Penn tag by text. */
static dyad_pos punct_tag(const char *text, const dyad_token *toks, size_t i)
{
	const char *s = text + toks[i].off;
	size_t len = toks[i].len, j, dq = 0;

	if (is(s, len, ","))
		return DYAD_POS_COMMA;
	if (is_any(s, len, finals))
		return DYAD_POS_PERIOD;
	if (is_any(s, len, lbrackets))
		return DYAD_POS_LRB;
	if (is_any(s, len, rbrackets))
		return DYAD_POS_RRB;
	if (is_any(s, len, lquotes))
		return DYAD_POS_LQUOTE;
	if (is_any(s, len, rquotes))
		return DYAD_POS_RQUOTE;
	if (is(s, len, "$") || (len > 1 && s[len - 1] == '$'))
		return DYAD_POS_DOLLAR;
	if (is(s, len, "#"))
		return DYAD_POS_HASH;
	if (is(s, len, "\"") || is(s, len, "'")) {
		/* Straight quotes: the splitter's flags, else alternate open/close
		 * within the sentence. */
		if (toks[i].flags & DYAD_TOKF_QUOTE_OPEN)
			return DYAD_POS_LQUOTE;
		if (toks[i].flags & DYAD_TOKF_QUOTE_CLOSE)
			return DYAD_POS_RQUOTE;
		if (s[0] == '\'')
			return i == 0 ? DYAD_POS_LQUOTE : DYAD_POS_RQUOTE;
		for (j = 0; j < i; j++)
			if (is(text + toks[j].off, toks[j].len, "\""))
				dq++;
		return dq % 2 ? DYAD_POS_RQUOTE : DYAD_POS_LQUOTE;
	}
	return DYAD_POS_COLON; /* ; : -- - ... and the like */
}

static int nominal_next(const uint8_t *best, size_t n, size_t i)
{
	if (i + 1 >= n)
		return 0;
	switch (best[i + 1]) {
	case F(NN): case F(NNS): case F(NNP): case F(NNPS): case F(JJ): case F(JJR):
	case F(JJS): case F(CD): case F(VBG): case F(VBN):
		return 1;
	default:
		return 0;
	}
}

static const char *const possessives[] = { "his", "its", "their", "my", "our", "your",
	"whose", NULL };

static void lower_of(char *out, size_t cap, const char *s, size_t len)
{
	size_t k, m = len < cap - 1 ? len : cap - 1;
	for (k = 0; k < m; k++)
		out[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
	out[m] = '\0';
}

static const char *const be_have[] = { "is", "are", "was", "were", "be", "been", "being",
	"am", "'re", "'m", "has", "have", "had", "having", "'ve", "get", "gets", "got",
	"gotten", "getting", NULL };

static void lower_tok(char *w, size_t cap, const char *text, const dyad_token *t)
{
	lower_of(w, cap, text + t->off, t->len);
}

/* Can the word be tagged f? From the lexicon, else by the guesser's own
 * suffix cue (unknown -ed words can be VBD or VBN, -s words NNS). */
static int can_be(const dyad_lexicon *lex, const char *w, int f)
{
	const dyad__entry *e = dyad__tab_find(&lex->words, w, strlen(w));
	size_t n = strlen(w), i;
	if (!e) {
		if (f == F(VBD) || f == F(VBN))
			return n > 3 && strcmp(w + n - 2, "ed") == 0;
		if (f == F(NNS))
			return n > 3 && w[n - 1] == 's';
		return 0;
	}
	for (i = 0; i < e->u.e.n_em; i++) {
		int t = lex->emits[e->u.e.em + i].tag;
		/* The lexicon saw many regular -ed verbs in one use only. */
		if (t == f || (n > 3 && strcmp(w + n - 2, "ed") == 0 &&
			(f == F(VBD) || f == F(VBN)) && (t == F(VBD) || t == F(VBN))))
			return 1;
	}
	return 0;
}

static const char *const subordinators[] = { "after", "before", "when", "because", "since",
	"while", "although", "though", "if", "that", "as", "until", "unless", "whether", NULL };

/* Does toks[i] open a clause: a comma or colon, a wh-word or a
 * subordinator ("after crowds burned …")? */
static int clause_opener(const char *text, const dyad_token *t)
{
	dyad_pos p = (dyad_pos)t->tag;
	char w[16];
	if (p == DYAD_POS_COMMA || p == DYAD_POS_COLON || p == DYAD_POS_WDT ||
	    p == DYAD_POS_WP || p == DYAD_POS_WRB)
		return 1;
	lower_tok(w, sizeof w, text, t);
	return p == DYAD_POS_IN && is_any(w, strlen(w), subordinators);
}

/* Does a finite verb precede toks[i] in its clause? */
static int finite_before(const char *text, const dyad_token *toks, size_t i)
{
	while (i-- > 0) {
		dyad_pos p = (dyad_pos)toks[i].tag;
		if (p == DYAD_POS_VBD || p == DYAD_POS_VBZ || p == DYAD_POS_VBP || p == DYAD_POS_MD)
			return 1;
		if (clause_opener(text, &toks[i]))
			return 0;
	}
	return 0;
}

/* Is there a form of be/have/get before toks[i] in its clause? With
 * adjacent, only adverbs may come between: "has not yet gone". */
static int aux_before(const char *text, const dyad_token *toks, size_t i, int adjacent)
{
	char w[16];
	while (i-- > 0) {
		dyad_pos p = (dyad_pos)toks[i].tag;
		lower_tok(w, sizeof w, text, &toks[i]);
		if (is_any(w, strlen(w), be_have) || (is(w, strlen(w), "'s") && p == DYAD_POS_VBZ))
			return 1;
		if (clause_opener(text, &toks[i]))
			return 0;
		if (adjacent && p != DYAD_POS_RB && p != DYAD_POS_RBR)
			return 0;
	}
	return 0;
}

/* The tag the lexicon likes best for w on its own (max P(tag | w)). */
static int lex_best(const dyad_lexicon *lex, const char *w)
{
	const dyad__entry *e = dyad__tab_find(&lex->words, w, strlen(w));
	float bs = -1e30f;
	int best = -1;
	size_t i;
	for (i = 0; e && i < e->u.e.n_em; i++) {
		const dyad__emit *m = &lex->emits[e->u.e.em + i];
		if (m->lp + lex->log_prior[m->tag] > bs)
			bs = m->lp + lex->log_prior[m->tag], best = m->tag;
	}
	return best;
}

static int tag_in(dyad_pos p, const uint8_t *set)
{
	for (; *set; set++)
		if (*set == p)
			return 1;
	return 0;
}

static const uint8_t subjects[] = { DYAD_POS_NN, DYAD_POS_NNS, DYAD_POS_NNP, DYAD_POS_NNPS,
	DYAD_POS_PRP, 0 };
static const uint8_t objects[] = { DYAD_POS_DT, DYAD_POS_PRPS, DYAD_POS_PRP, DYAD_POS_CD,
	DYAD_POS_RP, 0 };
static const uint8_t before_noun[] = { DYAD_POS_IN, DYAD_POS_DT, DYAD_POS_JJ, DYAD_POS_CC,
	DYAD_POS_CD, DYAD_POS_PRPS, DYAD_POS_COMMA, DYAD_POS_NN, DYAD_POS_NNP, 0 };

/* Contextual corrections on Penn tags, each fixing an error class the
 * trigram model makes because festlex conflates auxiliaries with verbs. */
static void correct(const dyad_lexicon *lex, const char *text, dyad_token *toks, size_t n)
{
	char w[32], nx[32];
	size_t i;
	for (i = 0; i < n; i++) {
		dyad_pos p = (dyad_pos)toks[i].tag;
		dyad_pos next = i + 1 < n ? (dyad_pos)toks[i + 1].tag : DYAD_POS_NONE;
		dyad_pos prev = i ? (dyad_pos)toks[i - 1].tag : DYAD_POS_NONE;
		/* Each rule below needs its tag, and some a tag after it: test
		 * those before lower-casing anything. */
		if (!(p == DYAD_POS_RB || p == DYAD_POS_VBD || p == DYAD_POS_VBN ||
		      (p == DYAD_POS_NNP && (next == DYAD_POS_NN || next == DYAD_POS_NNS)) ||
		      (p == DYAD_POS_VBZ && (next == DYAD_POS_VBD || next == DYAD_POS_VBN))))
			continue;
		lower_tok(w, sizeof w, text, &toks[i]);
		if (i + 1 < n)
			lower_tok(nx, sizeof nx, text, &toks[i + 1]);
		else
			nx[0] = '\0';
		/* "about to leave": Penn tags this about IN. */
		if (p == DYAD_POS_RB && is(w, strlen(w), "about") && is(nx, strlen(nx), "to"))
			toks[i].tag = DYAD_POS_IN;
		/* "has issued", "was said": a participle after be/have. */
		else if (p == DYAD_POS_VBD && aux_before(text, toks, i, 1) && can_be(lex, w, F(VBN)))
			toks[i].tag = DYAD_POS_VBN;
		/* "crowds trashed its embassy": a finite verb between subject and
		 * object when no auxiliary precedes. */
		else if (p == DYAD_POS_VBN && (tag_in(prev, subjects) || (prev == DYAD_POS_RB &&
			 i > 1 && tag_in((dyad_pos)toks[i - 2].tag, subjects))) &&
			 (tag_in(next, objects) || !finite_before(text, toks, i)) &&
			 !is(nx, strlen(nx), "by") && !aux_before(text, toks, i, 0) &&
			 can_be(lex, w, F(VBD)))
			toks[i].tag = DYAD_POS_VBD;
		/* "Pakistani woman": a capitalised adjective before a common noun
		 * is a nationality, not part of a name. */
		else if (p == DYAD_POS_NNP && i > 0 && text[toks[i].off] >= 'A' && text[toks[i].off] <= 'Z' &&
			 (next == DYAD_POS_NN || next == DYAD_POS_NNS) && nx[0] >= 'a' &&
			 nx[0] <= 'z' && text[toks[i + 1].off] == nx[0] && lex_best(lex, w) == F(JJ))
			toks[i].tag = DYAD_POS_JJ;
		/* "after crowds burned": a plural noun, not a verb, before a
		 * past-tense verb. */
		else if (p == DYAD_POS_VBZ && (next == DYAD_POS_VBD || next == DYAD_POS_VBN) &&
			 (i == 0 || tag_in(prev, before_noun)) && can_be(lex, w, F(NNS)) &&
			 !is(w, strlen(w), "is") && !is(w, strlen(w), "has") &&
			 !is(w, strlen(w), "'s") && !is(w, strlen(w), "does")) {
			toks[i].tag = DYAD_POS_NNS;
			if (next == DYAD_POS_VBN && !aux_before(text, toks, i + 1, 0) &&
			    can_be(lex, nx, F(VBD)))
				toks[i + 1].tag = DYAD_POS_VBD;
		}
	}
}

/* Is w the -s form of a verb the lexicon knows ("departs": depart,
 * "pushes": push), though it does not list w itself? */
static int third_person(const dyad_lexicon *lex, char *w)
{
	size_t n = strlen(w);
	int r = 0;
	if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's')
		return 0;
	w[n - 1] = '\0';
	r = can_be(lex, w, F(VB));
	/* -es only after s, x, z, ch, sh or o ("pushes", not "departes") */
	if (!r && w[n - 2] == 'e' && n > 4 && (strchr("sxzo", w[n - 3]) ||
		((w[n - 3] == 'h') && (w[n - 4] == 'c' || w[n - 4] == 's')))) {
		w[n - 2] = '\0';
		r = can_be(lex, w, F(VB));
		w[n - 2] = 'e';
	}
	w[n - 1] = 's';
	return r;
}

/* A sentence's main clause has a finite verb. When the words before its
 * first clause opener have none, and a lower-case word right after a
 * name or pronoun that starts the sentence was taken for a noun but can
 * be a present-tense verb, it is that verb: "Ethiopia departs from
 * Libya …", "Ethiopia act on a resolution …" (headline style, where the
 * trigram model prefers the noun). */
static void main_verb(const dyad_lexicon *lex, const char *text, dyad_token *toks, size_t n)
{
	size_t i, k = 0;
	char w[32];
	/* the subject: a name (one or more words) or a pronoun at the start */
	while (k < n && (toks[k].tag == DYAD_POS_NNP || toks[k].tag == DYAD_POS_NNPS))
		k++;
	if (k == 0 && n > 0 && toks[0].tag == DYAD_POS_PRP)
		k = 1;
	if (k == 0 || k + 1 >= n)
		return;
	for (i = 0; i < n && !clause_opener(text, &toks[i]); i++)
		if (dyad_pos_is_verb((dyad_pos)toks[i].tag) || toks[i].tag == DYAD_POS_MD)
			return;
	if (text[toks[k].off] < 'a' || text[toks[k].off] > 'z')
		return;
	lower_tok(w, sizeof w, text, &toks[k]);
	if (toks[k].tag == DYAD_POS_NNS && (can_be(lex, w, F(VBZ)) || third_person(lex, w)))
		toks[k].tag = DYAD_POS_VBZ;
	else if (toks[k].tag == DYAD_POS_NN && can_be(lex, w, F(VBP)))
		toks[k].tag = DYAD_POS_VBP;
}

void dyad__tagger_finish(const dyad_lexicon *lex, const char *text, dyad_token *toks,
	size_t n, const uint8_t *best)
{
	size_t i;
	char w[16];

	for (i = 0; i < n; i++) {
		const char *s = text + toks[i].off;
		size_t len = toks[i].len;
		dyad_pos p = (dyad_pos)to_penn[best[i]];
		if (best[i] == F(PUNC) || best[i] == F(SYM)) {
			dyad_pos q = punct_tag(text, toks, i);
			if (best[i] == F(PUNC) || q != DYAD_POS_COLON)
				p = q;
		} else if (best[i] == F(PRP)) {
			lower_of(w, sizeof w, s, len);
			if (is_any(w, strlen(w), possessives) ||
			    (is(w, strlen(w), "her") && nominal_next(best, n, i)))
				p = DYAD_POS_PRPS;
		}
		toks[i].tag = (uint8_t)p;
	}
	correct(lex, text, toks, n);
	main_verb(lex, text, toks, n);
}
