/*
 * Quotes and speakers (dyad/quotes.h): direct quotations and reported
 * speech in a whole story, with the token ranges of speaker, addressee and
 * verb of saying.
 *
 * Passes, each linear over the story:
 *  0. per sentence, a postposed attribution ("…, X said." / "…, said X,
 *     the minister." / "…, according to Z.") is looked for once;
 *  1. quotation marks are paired (the first kind opened is the outer one;
 *     the other kind inside it is a nested quote and ignored). A double
 *     quote left open at a paragraph's end carries on when the next
 *     paragraph opens with a mark (news convention), else ends there; an
 *     unclosed single quote is dropped (most are apostrophes). Each quote
 *     is attributed after its closing mark ("…," X said / said X / X told
 *     Y / according to Z / as quoted by Z), else before its opening mark in
 *     its sentence (X said: "…" / X said the two countries "must …" / The
 *     agency quoted X as saying "…"), else by its sentence's postposed
 *     attribution, else by a previous sentence ending in a colon;
 *  2. reported speech: a finite verb of saying followed by "that", or by a
 *     clause (NP + finite verb group), and the postposed attributions;
 *  3. the statements are sorted; an unattributed quote takes the speaker
 *     of the statement ending in the same or the previous sentence
 *     (continues), else of an attribution in the next sentence.
 *
 * Scare quotes: a quotation of 1-3 words with no verb, no attribution
 * right beside it and not a sentence of its own ("countering 'containment'
 * by the United States") is a noun phrase in quotes, not a statement.
 * A short partial quote with a verb ("said the two countries "must not
 * yield"") is a statement of the clause's subject, and so is any quoted
 * fragment inside the clause a verb of saying before it reports.
 */
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "dyad/quotes.h"
#include "dyad/tagger.h"

/* Verbs of saying that take a reported clause, by lemma. Sorted. */
static const char *const say_lemmas[] = {
	"acknowledge", "add", "admit", "allege", "announce", "argue", "assert", "claim",
	"complain", "concede", "confirm", "declare", "deny", "emphasise", "emphasize",
	"explain", "indicate", "insist", "maintain", "note", "predict", "reiterate", "repeat",
	"reply", "report", "respond", "say", "state", "stress", "suggest", "tell", "testify",
	"tweet", "warn", "write",
};

/* Further verbs that attribute a quotation beside it ("…," he urged) but
 * do not introduce reported speech. Sorted. */
static const char *const attr_lemmas[] = {
	"agree", "ask", "caution", "comment", "conclude", "continue", "exclaim", "joke",
	"observe", "pledge", "promise", "quip", "recall", "remark", "shout", "urge", "vow",
};

/* Verbs of communication whose clause may hold the subject's own words
 * in quotes, however far from the mark ("urged Israel "to resume talks"",
 * "expressed hope that it ends "very quickly"", "called it "a shame"").
 * They attribute a partial quote only; they report no clause. Sorted. */
static const char *const partial_lemmas[] = {
	"accuse", "call", "condemn", "criticise", "criticize", "demand", "describe", "dismiss",
	"expect", "express", "hail", "label", "praise", "slam", "term", "urge", "welcome",
};

/* Words before a quotation that make it a name, not anyone's words:
 * the so-called "…", a group dubbed "…". Sorted. */
static const char *const naming_words[] = {
	"codenamed", "dubbed", "entitled", "named", "nicknamed", "so-called", "titled",
};

/* Verbs of saying whose object is the addressee ("told Y"). Sorted. */
static const char *const addr_lemmas[] = {
	"ask", "assure", "brief", "inform", "remind", "tell", "urge", "warn",
};

/* Documents that speak for their author: "a statement from the ministry"
 * names the ministry. Sorted. */
static const char *const doc_nouns[] = {
	"announcement", "bulletin", "communique", "communiqué", "letter", "message", "readout",
	"release", "report", "statement", "tweet",
};

/* Time words: "Korsak on Tuesday said" skips "on Tuesday". Sorted. */
static const char *const time_nouns[] = {
	"afternoon", "april", "august", "day", "december", "evening", "february", "friday",
	"january", "july", "june", "march", "may", "monday", "month", "morning", "night",
	"november", "october", "saturday", "september", "sunday", "thursday", "today",
	"tomorrow", "tonight", "tuesday", "wednesday", "week", "weekend", "year", "yesterday",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int in_list(const char *w, const char *const *list, size_t n)
{
	return w && bsearch(&w, list, n, sizeof *list, cmp_str) != NULL;
}

#define IN_LIST(w, list) in_list((w), (list), sizeof(list) / sizeof((list)[0]))

/* A statement being found: token ranges, 0-length when none. */
typedef struct attr {
	uint32_t spk[2], addr[2], verb[2];
	uint32_t end_chunk; /* chunk after the attribution */
	int partial;        /* by a verb that only governs a partial quote (partial_vp) */
} attr;

typedef struct qz {
	const dyad_token *t;
	size_t nt;
	const dyad_chunk *ch;
	size_t nch;
	const dyad_doc_chunks *dc;
	const dyad_doc_text *doc;
	dyad_arena *arena;
	uint32_t *sent;      /* token → sentence */
	uint8_t *in_quote;   /* token inside a direct quote, marks included */
	uint8_t *verb_used;  /* token is the verb of a direct quote's attribution */
	attr *post;          /* per sentence: its postposed attribution */
	uint32_t *post_comma; /* per sentence: token of that attribution's comma, else UINT32_MAX */
	dyad_quote *q;
	size_t n, cap;
	int oom;
} qz;

/* ---- tokens and chunks ---- */

static const char *lem(const dyad_token *t)
{
	return t->lemma ? t->lemma : t->lower;
}

static int is_type(const qz *z, uint32_t k, int type)
{
	return k < z->nch && z->ch[k].type == type;
}

static const dyad_token *first(const qz *z, uint32_t k)
{
	return &z->t[z->ch[k].tok_begin];
}

/* A chunk holding a quotation mark: the bounds of the attribution search. */
static int mark_chunk(const qz *z, uint32_t k)
{
	if (k >= z->nch)
		return 0;
	for (uint32_t i = z->ch[k].tok_begin; i < z->ch[k].tok_end; i++)
		if (z->t[i].kind == DYAD_TOK_QUOTE)
			return 1;
	return 0;
}

static int comma(const qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_PUNCT) && first(z, k)->tag == DYAD_POS_COMMA;
}

static int np(const qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_NP);
}

static int head_in_time(const qz *z, uint32_t k)
{
	const dyad_token *h = &z->t[z->ch[k].head];
	const char *w = lem(h);
	return h->tag == DYAD_POS_CD || IN_LIST(w, time_nouns);
}

/* Prepositions that keep a phrase one name: "a spokesman for the
 * ministry", "the head of the bank", "ambassador to the UN". */
static int attach_pp(const qz *z, uint32_t k)
{
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_PP) || z->ch[k].tok_end - z->ch[k].tok_begin != 1)
		return 0;
	w = first(z, k)->lower;
	return w && (!strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "from") ||
		!strcmp(w, "at") || !strcmp(w, "to"));
}

static int and_or(const qz *z, uint32_t k)
{
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_CONJ))
		return 0;
	w = first(z, k)->lower;
	return w && (!strcmp(w, "and") || !strcmp(w, "or"));
}

/* 1: a verb of saying that takes a clause; 2: one that only attributes a
 * quotation beside it. Finite or participle, not "to say" nor "saying". */
static int say_vp(const qz *z, uint32_t k)
{
	const dyad_token *h;
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_VP) ||
		(z->ch[k].flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND)))
		return 0;
	h = &z->t[z->ch[k].head];
	w = lem(h);
	if (IN_LIST(w, say_lemmas) || IN_LIST(h->lower, say_lemmas))
		return 1;
	if (IN_LIST(w, attr_lemmas) || IN_LIST(h->lower, attr_lemmas))
		return 2;
	/* lemma not set: the irregular past forms */
	if (h->lower && (!strcmp(h->lower, "said") || !strcmp(h->lower, "told") ||
		!strcmp(h->lower, "wrote")))
		return 1;
	return 0;
}

static int vp_lemma(const qz *z, uint32_t k, const char *w)
{
	const char *l;
	if (!is_type(z, k, DYAD_CHUNK_VP))
		return 0;
	l = lem(&z->t[z->ch[k].head]);
	return l && !strcmp(l, w);
}

static int addr_verb(const qz *z, uint32_t k)
{
	const char *w = lem(&z->t[z->ch[k].head]);
	return IN_LIST(w, addr_lemmas);
}

static int according(const qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_PP) && first(z, k)->lower &&
		!strcmp(first(z, k)->lower, "according");
}

static void set(uint32_t r[2], uint32_t b, uint32_t e)
{
	r[0] = b;
	r[1] = e;
}

/* A speaker's phrase starts after any line break inside it: the line
 * before is a caption or credit the chunker ran into it. */
static void set_phrase(const qz *z, uint32_t r[2], uint32_t b, uint32_t e)
{
	for (uint32_t i = b + 1; i < e; i++)
		if (z->t[i].flags & DYAD_TOKF_NEWLINE_BEFORE)
			b = i;
	set(r, b, e);
}

/* "a statement from the ministry" → "the ministry": the chunk where a
 * phrase starting at chunk k really names its speaker (before ke). */
static uint32_t unwrap(const qz *z, uint32_t k, uint32_t ke)
{
	const char *w = lem(&z->t[z->ch[k].head]);
	uint32_t p = k + 1;
	if (!IN_LIST(w, doc_nouns))
		return k;
	/* "a statement issued by" */
	if (is_type(z, p, DYAD_CHUNK_VP) && z->t[z->ch[p].head].tag == DYAD_POS_VBN)
		p++;
	if (p + 1 < ke && is_type(z, p, DYAD_CHUNK_PP) && np(z, p + 1)) {
		const char *pr = first(z, p)->lower;
		if (pr && (!strcmp(pr, "from") || !strcmp(pr, "by") || !strcmp(pr, "of")))
			return p + 1;
	}
	return k;
}

/* Two adjacent NP chunks that are one name split by the chunker
 * ("Russian Foreign Minister" "Sergei Lavrov"). */
static int name_join(const qz *z, uint32_t a, uint32_t b)
{
	/* not across a line break: a caption or credit line ends there */
	return np(z, a) && np(z, b) && (first(z, b)->flags & DYAD_TOKF_CAP) &&
		!(first(z, b)->flags & DYAD_TOKF_NEWLINE_BEFORE) &&
		(z->t[z->ch[a].tok_end - 1].flags & DYAD_TOKF_CAP) && !head_in_time(z, a) &&
		!(z->ch[b].flags & DYAD_NPF_PRONOUN) && !(z->ch[a].flags & DYAD_NPF_PRONOUN);
}

/* The phrase naming a speaker from NP chunk k forward (before chunk hi):
 * NP (NP)* ((of|for|…) NP | and NP)*, stopping at a comma, so that an
 * apposition is left out. Returns the chunk after it, 0 if none. */
static uint32_t phrase_after(const qz *z, uint32_t k, uint32_t hi, uint32_t r[2])
{
	uint32_t k0 = k, e;
	if (k >= hi || !np(z, k))
		return 0;
	e = z->ch[k].tok_end;
	k++;
	for (;;) {
		if (k < hi && name_join(z, k - 1, k)) {
			e = z->ch[k].tok_end;
			k++;
		} else if (k + 1 < hi && (attach_pp(z, k) || and_or(z, k)) && np(z, k + 1) &&
			!head_in_time(z, k + 1)) {
			e = z->ch[k + 1].tok_end;
			k += 2;
		} else {
			break;
		}
	}
	set_phrase(z, r, z->ch[unwrap(z, k0, k)].tok_begin, e);
	return k;
}

static int punct_is(const qz *z, uint32_t k, const char *w)
{
	return is_type(z, k, DYAD_CHUNK_PUNCT) && first(z, k)->lower &&
		!strcmp(first(z, k)->lower, w);
}

/* A comma or a dash fencing an apposition. */
static int fence(const qz *z, uint32_t k)
{
	return comma(z, k) || punct_is(z, k, "--") || punct_is(z, k, "\xe2\x80\x94");
}

static int finite_vp(const qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_VP) &&
		(z->ch[k].flags & (DYAD_VPF_PAST | DYAD_VPF_PRESENT | DYAD_VPF_FUTURE | DYAD_VPF_MODAL)) &&
		!(z->ch[k].flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND));
}

static int subject_d(const qz *z, uint32_t v, uint32_t lo, uint32_t r[2], int depth);

/* The subject of the sentence's first finite verb group before chunk k
 * (a main clause's first, else any clause's): the subject a second verb
 * of a coordination ("He said …, but added") or a participle ("X condemned
 * …, saying …") shares. */
static int main_subject(const qz *z, uint32_t lo, uint32_t k, uint32_t r[2])
{
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t p = lo; p < k; p++) {
			int32_t cl = z->ch[p].clause;
			int ty = cl >= 0 && (size_t)cl < z->dc->n_clauses ? z->dc->clauses[cl].type : 0;
			if (!finite_vp(z, p) || z->in_quote[z->ch[p].tok_begin] || (pass == 0 &&
				ty != DYAD_CLAUSE_MAIN && ty != DYAD_CLAUSE_REPORTING))
				continue;
			if (subject_d(z, p, lo, r, 1))
				return 1;
		}
	return 0;
}

/* The subject of the verb group at chunk v, looking back no further than
 * chunk lo: skips adverbs, time or venue phrases ("on Tuesday", "in a
 * statement"), a comma- or dash-fenced apposition or relative clause
 * ("Korsak, who met Hed, said"), a bracketed acronym; a second verb of a
 * coordination ("He said …, but added") takes the first one's subject. */
static int subject_before(const qz *z, uint32_t v, uint32_t lo, uint32_t r[2])
{
	return subject_d(z, v, lo, r, 0);
}

static int subject_d(const qz *z, uint32_t v, uint32_t lo, uint32_t r[2], int depth)
{
	uint32_t k, kb;
	if (v <= lo)
		return 0;
	k = v - 1;
	for (int n = 0; n < 4 && k > lo; n++) {
		if (is_type(z, k, DYAD_CHUNK_ADVP))
			k--;
		else if (np(z, k) && k >= lo + 2 && is_type(z, k - 1, DYAD_CHUNK_PP) &&
			!attach_pp(z, k - 1) && (np(z, k - 2) || comma(z, k - 2)))
			k -= 2;
		else
			break;
	}
	if (is_type(z, k, DYAD_CHUNK_CONJ))
		return !depth && main_subject(z, lo, k, r);
	if (fence(z, k) && k > lo) {
		uint32_t j = k - 1;
		while (j > lo && k - j < 24 && !fence(z, j) && !mark_chunk(z, j))
			j--;
		if (!fence(z, j) || j == lo)
			return 0;
		k = j - 1;
	}
	if (punct_is(z, k, ")")) {
		uint32_t j = k;
		while (j > lo && k - j < 12 && !punct_is(z, j, "("))
			j--;
		if (!punct_is(z, j, "(") || j == lo)
			return 0;
		k = j - 1;
	}
	if (is_type(z, k, DYAD_CHUNK_SBAR) && k >= lo + 2 && comma(z, k - 1))
		k -= 2; /* "Korsak, who said" */
	/* "a negotiator taking part in the talks said": the participle's object
	 * is not the subject */
	if (np(z, k) && k >= lo + 2 && is_type(z, k - 1, DYAD_CHUNK_VP) && np(z, k - 2) &&
		(z->ch[k - 1].flags & DYAD_VPF_GERUND))
		k -= 2;
	if (!np(z, k) || mark_chunk(z, k))
		return 0;
	kb = k;
	while (kb > lo) {
		if (name_join(z, kb - 1, kb))
			kb--;
		else if (kb >= lo + 2 && (attach_pp(z, kb - 1) || and_or(z, kb - 1)) && np(z, kb - 2))
			kb -= 2;
		else
			break;
	}
	set_phrase(z, r, z->ch[unwrap(z, kb, k + 1)].tok_begin, z->ch[k].tok_end);
	return 1;
}

/* "was quoted (by Y) as saying": the chunk of "saying" after the verb
 * group of "quote" at k, or 0. */
static uint32_t as_saying(const qz *z, uint32_t k, uint32_t hi)
{
	for (uint32_t p = k + 1; p + 1 < hi && p < k + 5; p++)
		if (is_type(z, p, DYAD_CHUNK_PP) && first(z, p)->lower &&
			!strcmp(first(z, p)->lower, "as") && is_type(z, p + 1, DYAD_CHUNK_VP) &&
			(z->ch[p + 1].flags & DYAD_VPF_GERUND)) {
			const char *w = lem(&z->t[z->ch[p + 1].head]);
			return IN_LIST(w, say_lemmas) ? p + 1 : 0;
		}
	return 0;
}

/* The attribution starting at chunk c (a comma and a closing mark already
 * skipped), before chunk hi: "X said", "said X", "X told Y", "X, the
 * minister, said", "according to Z", "as quoted by Z", "X was quoted as
 * saying". */
static int attrib_at(const qz *z, uint32_t c, uint32_t hi, attr *a)
{
	uint32_t k, s;
	memset(a, 0, sizeof *a);
	if (c >= hi)
		return 0;
	if (according(z, c)) {
		if (!(k = phrase_after(z, c + 1, hi, a->spk)))
			return 0;
		set(a->verb, z->ch[c].tok_begin, z->ch[c].tok_end);
		a->end_chunk = k;
		return 1;
	}
	/* "as quoted by Z", "as reported by Z" */
	if (first(z, c)->lower && !strcmp(first(z, c)->lower, "as") &&
		(vp_lemma(z, c + 1, "quote") || vp_lemma(z, c + 1, "report")) &&
		is_type(z, c + 2, DYAD_CHUNK_PP) && first(z, c + 2)->lower &&
		!strcmp(first(z, c + 2)->lower, "by")) {
		if (!(k = phrase_after(z, c + 3, hi, a->spk)))
			return 0;
		set(a->verb, z->ch[c].tok_begin, z->ch[c + 2].tok_end);
		a->end_chunk = k;
		return 1;
	}
	/* "said X" (not "told Y": its object is the addressee) */
	if (say_vp(z, c) && np(z, c + 1) && !vp_lemma(z, c, "tell")) {
		if (!(k = phrase_after(z, c + 1, hi, a->spk)))
			return 0;
		set(a->verb, z->ch[c].tok_begin, z->ch[c].tok_end);
		a->end_chunk = k;
		return 1;
	}
	/* "X said", "X, who …, said": the first verb group within a few chunks */
	for (k = c; k < hi && k < c + 14; k++) {
		if (is_type(z, k, DYAD_CHUNK_VP))
			break;
		if (mark_chunk(z, k) || (is_type(z, k, DYAD_CHUNK_PUNCT) && !comma(z, k)))
			return 0;
	}
	if (k >= hi || k == c)
		return 0;
	if (vp_lemma(z, k, "quote") && (z->ch[k].flags & DYAD_VPF_PASSIVE) &&
		(s = as_saying(z, k, hi))) {
		if (!subject_before(z, k, c, a->spk))
			return 0;
		set(a->verb, z->ch[k].tok_begin, z->ch[s].tok_end);
		a->end_chunk = s + 1;
		return 1;
	}
	if (!say_vp(z, k) || !subject_before(z, k, c, a->spk))
		return 0;
	set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
	a->end_chunk = k + 1;
	if (addr_verb(z, k) && np(z, k + 1))
		a->end_chunk = phrase_after(z, k + 1, hi, a->addr);
	return 1;
}

/* A quotation's attribution right after its closing mark at token m: an
 * optional comma, then attrib_at. Needs a comma or an end mark (. ? !)
 * inside the quotation or a comma after it. */
static int attrib_after(const qz *z, uint32_t m, attr *a)
{
	uint32_t s = z->sent[m], i = m + 1, se = z->doc->sents[s].tok_end;
	uint32_t hi = z->dc->sent_chunk[s + 1];
	int punct = 0;
	uint32_t pm = m;
	/* an editor's bracket closing inside the marks: "… [the meeting,]"" */
	if (pm > 1 && z->t[pm - 1].lower && !strcmp(z->t[pm - 1].lower, "]"))
		pm--;
	if (pm > 0 && z->t[pm - 1].kind == DYAD_TOK_PUNCT) {
		const dyad_token *p = &z->t[pm - 1];
		punct = p->tag == DYAD_POS_COMMA || p->tag == DYAD_POS_PERIOD;
	}
	while (i < se && z->t[i].tag == DYAD_POS_COMMA) {
		punct = 1;
		i++;
	}
	if (!punct || i >= se || z->t[i].chunk < 0)
		return 0;
	return attrib_at(z, (uint32_t)z->t[i].chunk, hi, a);
}

/* A verb group at chunk k that makes a quotation further on in its clause
 * its subject's words: a finite active verb of communication
 * ("urged", "expressed hope that", "condemned"), or one after a comma as a
 * participle of the main clause (", saying …", ", calling it …"). 1 finite,
 * 2 participle, 0 neither. */
static int partial_vp(const qz *z, uint32_t k, uint32_t lo)
{
	const dyad_token *h;
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_VP) || (z->ch[k].flags & DYAD_VPF_PASSIVE))
		return 0;
	h = &z->t[z->ch[k].head];
	w = lem(h);
	if (z->ch[k].flags & DYAD_VPF_GERUND) {
		/* after a comma, also one inside a closing mark ("…," calling) */
		uint32_t i = z->ch[k].tok_begin;
		while (i > z->ch[lo].tok_begin && z->t[i - 1].kind == DYAD_TOK_QUOTE)
			i--;
		return k > lo && i > z->ch[lo].tok_begin && z->t[i - 1].tag == DYAD_POS_COMMA &&
			(IN_LIST(w, partial_lemmas) || IN_LIST(w, say_lemmas) ||
				IN_LIST(w, attr_lemmas)) ? 2 : 0;
	}
	return finite_vp(z, k) && IN_LIST(w, partial_lemmas);
}

/* A quotation's attribution before its opening mark at token o, within its
 * sentence back to the previous quotation: the nearest verb of saying (its
 * subject, or "said X" after it), "quoted X as saying", "according to Z".
 * *near: nothing but punctuation, "that" or the addressee in between. */
static int attrib_before_from(const qz *z, uint32_t s, uint32_t from, attr *a, int *near)
{
	uint32_t lo = z->dc->sent_chunk[s];
	uint32_t k, between = 0;
	memset(a, 0, sizeof *a);
	*near = 0;
	for (k = from; k-- > lo;) {
		int sv = say_vp(z, k), pv;
		if (mark_chunk(z, k) || z->in_quote[z->ch[k].tok_begin]) {
			between++; /* an earlier quotation: its words are not ours */
			continue;
		}
		if (is_type(z, k, DYAD_CHUNK_VP) && (z->ch[k].flags & DYAD_VPF_GERUND) && k > lo &&
			is_type(z, k - 1, DYAD_CHUNK_PP) && first(z, k - 1)->lower &&
			!strcmp(first(z, k - 1)->lower, "as")) {
			/* "quoted X as saying": find the verb group of "quote" */
			for (uint32_t j = k - 1; j-- > lo && j + 6 > k;) {
				if (!vp_lemma(z, j, "quote"))
					continue;
				if (as_saying(z, j, from) != k)
					break;
				if (z->ch[j].flags & DYAD_VPF_PASSIVE) {
					if (!subject_before(z, j, lo, a->spk))
						return 0;
				} else if (!phrase_after(z, j + 1, k, a->spk)) {
					return 0;
				}
				set(a->verb, z->ch[j].tok_begin, z->ch[k].tok_end);
				*near = between == 0;
				return 1;
			}
		}
		/* "Tehran Radio quoted X telling a delegation, "…"" */
		if (is_type(z, k, DYAD_CHUNK_VP) && (z->ch[k].flags & DYAD_VPF_GERUND) &&
			k >= lo + 2 && np(z, k - 1) && vp_lemma(z, k - 2, "quote") &&
			(IN_LIST(lem(&z->t[z->ch[k].head]), say_lemmas))) {
			set(a->spk, z->ch[k - 1].tok_begin, z->ch[k - 1].tok_end);
			set(a->verb, z->ch[k - 2].tok_begin, z->ch[k].tok_end);
			if (addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
				phrase_after(z, k + 1, from, a->addr);
			*near = between == 0;
			return 1;
		}
		if ((!sv || (sv == 2 && between)) && (pv = partial_vp(z, k, lo))) {
			if (pv == 2 ? !main_subject(z, lo, k, a->spk) : !subject_before(z, k, lo, a->spk))
				return 0;
			set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
			if (addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
				phrase_after(z, k + 1, from, a->addr);
			a->partial = 1;
			*near = between == 0;
			return 1;
		}
		if (sv) {
			if (sv == 2 && between) {
				/* "agreed": only right before a quotation; a verb
				 * further back may report the whole clause */
				between++;
				continue;
			}
			set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
			if (subject_before(z, k, lo, a->spk)) {
				if (addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
					phrase_after(z, k + 1, from, a->addr);
			} else if (!(np(z, k + 1) && phrase_after(z, k + 1, from, a->spk))) {
				memset(a->spk, 0, sizeof a->spk);
			}
			*near = between == 0;
			return 1;
		}
		if (according(z, k) && phrase_after(z, k + 1, from, a->spk)) {
			set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
			*near = 1;
			return 1;
		}
		if (is_type(z, k, DYAD_CHUNK_PUNCT) || (is_type(z, k, DYAD_CHUNK_SBAR) &&
			first(z, k)->lower && !strcmp(first(z, k)->lower, "that")))
			continue;
		/* the addressee of "told Y:" */
		if (np(z, k) && k > lo && (np(z, k - 1) || is_type(z, k - 1, DYAD_CHUNK_VP)))
			if (is_type(z, k - 1, DYAD_CHUNK_VP) && addr_verb(z, k - 1))
				continue;
		between++;
	}
	return 0;
}

static int attrib_before(const qz *z, uint32_t o, attr *a, int *near)
{
	if (z->t[o].chunk < 0)
		return 0;
	return attrib_before_from(z, z->sent[o], (uint32_t)z->t[o].chunk, a, near);
}

/* Pass 0: a sentence's postposed attribution: after a comma, running to
 * the sentence's end but for adjuncts ("on Tuesday") and end marks. */
static void find_post(qz *z, uint32_t s)
{
	uint32_t cb = z->dc->sent_chunk[s], ce = z->dc->sent_chunk[s + 1], hi = ce;
	attr a;
	z->post_comma[s] = UINT32_MAX;
	while (hi > cb && is_type(z, hi - 1, DYAD_CHUNK_PUNCT) && !comma(z, hi - 1))
		hi--;
	for (uint32_t k = hi; k-- > cb + 1;) {
		uint32_t c = k + 1, e;
		if (!comma(z, k))
			continue;
		if (c < hi && mark_chunk(z, c))
			c++;
		if (!attrib_at(z, c, hi, &a))
			continue;
		for (e = a.end_chunk; e < hi; e++)
			if (!np(z, e) && !is_type(z, e, DYAD_CHUNK_PP) &&
				!is_type(z, e, DYAD_CHUNK_ADVP))
				break;
		if (e < hi)
			continue;
		/* the content needs a verb group of its own */
		for (e = cb; e < k; e++)
			if (is_type(z, e, DYAD_CHUNK_VP))
				break;
		if (e == k)
			return;
		z->post[s] = a;
		z->post_comma[s] = z->ch[k].tok_begin;
		return;
	}
}

/* ---- output ---- */

static dyad_quote *add(qz *z)
{
	dyad_quote *q;
	if (z->n == z->cap) {
		size_t nc = z->cap ? z->cap * 2 : 16;
		dyad_quote *nq = dyad_arena_grow(z->arena, z->q, z->cap * sizeof *nq, nc * sizeof *nq);
		if (!nq) {
			z->oom = 1;
			return NULL;
		}
		z->q = nq;
		z->cap = nc;
	}
	q = &z->q[z->n++];
	memset(q, 0, sizeof *q);
	q->continues = -1;
	return q;
}

static void fill(dyad_quote *q, const attr *a, uint32_t s)
{
	memcpy(q->speaker_tok, a->spk, sizeof q->speaker_tok);
	memcpy(q->addressee_tok, a->addr, sizeof q->addressee_tok);
	memcpy(q->verb_tok, a->verb, sizeof q->verb_tok);
	q->sentence = s;
}

/* Trim trailing commas, colons, dashes, end marks and quotation marks. */
static uint32_t trim_end(const qz *z, uint32_t b, uint32_t e, int keep_end_marks)
{
	while (e > b) {
		const dyad_token *t = &z->t[e - 1];
		if (t->lower && (!strcmp(t->lower, "]") || !strcmp(t->lower, ")"))) {
			/* a bracket closing one opened inside stays */
			const char *o = t->lower[0] == ']' ? "[" : "(";
			uint32_t i = e - 1;
			while (i > b && strcmp(z->t[i - 1].lower ? z->t[i - 1].lower : "", o))
				i--;
			if (i > b)
				break;
		}
		if (t->kind == DYAD_TOK_QUOTE || (t->kind == DYAD_TOK_PUNCT &&
			(!keep_end_marks || t->tag != DYAD_POS_PERIOD)))
			e--;
		else
			break;
	}
	return e;
}

/* A quotation at marks ob (words b..e) that names something rather than
 * quoting anyone: after "so-called", "dubbed", a participle "called" /
 * "named" ("a group called "…""), or every word capitalised mid-sentence
 * (a title or name: Operation "Sindoor", the "Big Bang"). */
static int name_like(const qz *z, uint32_t ob, uint32_t b, uint32_t e)
{
	const dyad_token *p;
	int caps = 1;
	if (ob == 0 || z->t[ob].flags & DYAD_TOKF_SENT_START)
		return 0;
	p = &z->t[ob - 1];
	if (IN_LIST(p->lower, naming_words))
		return 1;
	if (p->chunk >= 0 && is_type(z, (uint32_t)p->chunk, DYAD_CHUNK_VP) &&
		!finite_vp(z, (uint32_t)p->chunk) &&
		!(z->ch[p->chunk].flags & (DYAD_VPF_GERUND | DYAD_VPF_INFINITIVE)) &&
		(!strcmp(lem(p), "call") || !strcmp(lem(p), "name") || !strcmp(lem(p), "know")))
		return 1;
	for (uint32_t i = b; i < e; i++) {
		const dyad_token *t = &z->t[i];
		if (t->kind == DYAD_TOK_WORD && !(t->flags & DYAD_TOKF_CAP) &&
			!(i > b && (t->tag == DYAD_POS_DT || t->tag == DYAD_POS_IN ||
				t->tag == DYAD_POS_CC || t->tag == DYAD_POS_TO)))
			caps = 0;
	}
	return caps;
}

/* Nothing but marks and punctuation after the closing mark at cm up to
 * its sentence's end or postposed attribution: a quotation ending the
 * reported clause is what it says ("told Y the two countries "must …""). */
static int ends_clause(const qz *z, uint32_t cm)
{
	uint32_t s = z->sent[cm < z->nt ? cm : z->nt - 1], e = z->doc->sents[s].tok_end;
	if (z->post_comma[s] != UINT32_MAX && z->post_comma[s] > cm)
		e = z->post_comma[s];
	for (uint32_t i = cm + 1; i < e; i++)
		if (z->t[i].kind != DYAD_TOK_PUNCT && z->t[i].kind != DYAD_TOK_QUOTE)
			return 0;
	return 1;
}

/* A direct quotation: marks at ob and cm (cm = the token after the words
 * when it was never closed, closed = 0). */
static void direct(qz *z, uint32_t ob, uint32_t cm, int closed)
{
	uint32_t b = ob + 1, e = trim_end(z, b, cm, 1), s0 = z->sent[ob];
	uint32_t words = 0, verb = 0, whole, i;
	attr a;
	int near = 0, found = 0, post;
	dyad_quote *q;
	if (e <= b)
		return;
	for (i = b; i < e; i++) {
		const dyad_token *t = &z->t[i];
		if (t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_NUMBER || t->kind == DYAD_TOK_ABBREV)
			words++;
		if ((t->tag >= DYAD_POS_VB && t->tag <= DYAD_POS_VBZ) || t->tag == DYAD_POS_MD)
			verb = 1;
	}
	whole = ob == z->doc->sents[s0].tok_begin;
	if (whole && closed) {
		uint32_t se = z->doc->sents[z->sent[cm]].tok_end;
		for (i = cm + 1; i < se; i++)
			if (z->t[i].kind != DYAD_TOK_PUNCT && z->t[i].kind != DYAD_TOK_QUOTE)
				whole = 0;
	}
	post = closed && z->post_comma[z->sent[cm]] != UINT32_MAX && z->post_comma[z->sent[cm]] > cm;
	/* a sentence's postposed "…, X said" reports all of it, the clause of
	 * a participle or verb like "calling" or "urged" included */
	if (closed && attrib_after(z, cm, &a))
		found = near = 1;
	else if (attrib_before(z, ob, &a, &near) && !(a.partial && post))
		found = 1;
	else if (post) {
		a = z->post[z->sent[cm]];
		found = 1;
		near = 0;
	} else if (whole && s0 > 0) {
		/* "X said:" ending the previous sentence or paragraph */
		const dyad_sentence *p = &z->doc->sents[s0 - 1];
		if (p->tok_end > p->tok_begin && z->t[p->tok_end - 1].tag == DYAD_POS_COLON &&
			attrib_before_from(z, s0 - 1, z->dc->sent_chunk[s0], &a, &near))
			found = 1;
	}
	/* "in the "Big Bang," X said": a name in quotes mid-clause, not a
	 * quotation standing on its own ("Never," he said / said: "Never.") */
	if (words <= 3 && !verb && ob > z->doc->sents[s0].tok_begin &&
		z->t[ob - 1].tag != DYAD_POS_COMMA && z->t[ob - 1].tag != DYAD_POS_COLON)
		near = 0;
	/* The attribution decides: a fragment anywhere in a clause a verb of
	 * communication governs ("Taiwan said four "formations" of ships were
	 * patrolling", "urged Israel "to resume talks"", "were on "heightened
	 * alert", the ministry said") is the speaker's own words, quoted: a
	 * partial quote of theirs, however short. Without one, or when the
	 * quotation is a name or title, it is a noun phrase in quotes. */
	if (!(near || whole || words >= 6 || (found && !name_like(z, ob, b, e))))
		return;
	if (!(q = add(z)))
		return;
	for (i = ob; i <= cm && i < z->nt; i++)
		z->in_quote[i] = 1;
	set(q->quote_tok, b, e);
	q->direct = 1;
	q->sentence = s0;
	if (found) {
		fill(q, &a, a.verb[1] > a.verb[0] ? z->sent[a.verb[0]] : s0);
		/* A quotation beside its verb is what the verb reports; a fragment
		 * further in leaves the reported clause around it a statement too. */
		for (i = a.verb[0]; (near || ends_clause(z, cm)) && i < a.verb[1]; i++)
			z->verb_used[i] = 1;
	}
}

static int dbl(const qz *z, uint32_t i)
{
	const unsigned char *p = (const unsigned char *)z->doc->text.buf + z->t[i].off;
	/* " U+201C U+201D U+201E « » */
	return p[0] == '"' || (p[0] == 0xE2 && p[1] == 0x80 && (p[2] >= 0x9C && p[2] <= 0x9F)) ||
		(p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB));
}

static int para_start(const qz *z, uint32_t i)
{
	uint32_t s = z->sent[i];
	return z->doc->sents[s].tok_begin == i &&
		(s == 0 || z->doc->sents[s - 1].para != z->doc->sents[s].para);
}

/* A double quote left open at the end of the paragraph before token i
 * (a paragraph start) carries on without a new opening mark when this
 * paragraph closes a double quote before opening one and the closing mark
 * is attributed ("… emerged," he said): the writer dropped the reopening. */
static int carries_on(const qz *z, uint32_t i)
{
	attr a;
	for (uint32_t j = i; j < z->nt && (j == i || !para_start(z, j)); j++) {
		const dyad_token *t = &z->t[j];
		if (t->kind != DYAD_TOK_QUOTE || !dbl(z, j))
			continue;
		if (t->flags & DYAD_TOKF_QUOTE_OPEN)
			return 0;
		if (t->flags & DYAD_TOKF_QUOTE_CLOSE)
			return attrib_after(z, j, &a);
	}
	return 0;
}

/* Pass 1: pair the marks. */
static void pass_direct(qz *z)
{
	int open = 0; /* 0 none, 1 double, 2 single */
	uint32_t ob = 0;
	for (uint32_t i = 0; i < z->nt && !z->oom; i++) {
		const dyad_token *t = &z->t[i];
		int kind;
		if (open && para_start(z, i)) {
			/* a new paragraph: a double quote carries on if it reopens */
			if (open == 1 && t->kind == DYAD_TOK_QUOTE && dbl(z, i) &&
				(t->flags & DYAD_TOKF_QUOTE_OPEN))
				continue;
			if (open == 1 && !carries_on(z, i)) {
				direct(z, ob, i, 0);
				open = 0;
			} else if (open == 2) {
				open = 0;
			}
		}
		if (t->kind != DYAD_TOK_QUOTE)
			continue;
		kind = dbl(z, i) ? 1 : 2;
		if (!open) {
			if (t->flags & DYAD_TOKF_QUOTE_OPEN) {
				open = kind;
				ob = i;
			}
			continue;
		}
		if (kind != open)
			continue; /* nested */
		if (t->flags & DYAD_TOKF_QUOTE_CLOSE) {
			direct(z, ob, i, 1);
			open = 0;
			continue;
		}
		/* an opening mark while one is open: the first was never closed */
		if (open == 1)
			direct(z, ob, i, 0);
		ob = i;
	}
	if (open == 1)
		direct(z, ob, (uint32_t)z->nt, 0);
}

/* Pass 2: reported speech in sentence s. */
static void pass_indirect(qz *z, uint32_t s)
{
	uint32_t cb = z->dc->sent_chunk[s], ce = z->dc->sent_chunk[s + 1];
	const dyad_sentence *st = &z->doc->sents[s];
	uint32_t pc = z->post_comma[s], end;
	dyad_quote *q;
	attr a;
	/* (not when a quotation opens the sentence: the quotation is what it reports) */
	if (pc != UINT32_MAX && !z->verb_used[z->post[s].verb[0]] && !z->in_quote[pc] &&
		!z->in_quote[st->tok_begin]) {
		uint32_t b = st->tok_begin, e = trim_end(z, b, pc, 0);
		if (e > b && (q = add(z))) {
			set(q->quote_tok, b, e);
			fill(q, &z->post[s], s);
		}
	}
	/* "According to Z, …" */
	if (ce > cb + 2 && according(z, cb)) {
		uint32_t k = phrase_after(z, cb + 1, ce, a.spk);
		if (k && comma(z, k) && k + 1 < ce && (q = add(z))) {
			memset(q->addressee_tok, 0, sizeof q->addressee_tok);
			set(q->quote_tok, z->ch[k + 1].tok_begin, trim_end(z, z->ch[k + 1].tok_begin,
				pc != UINT32_MAX ? pc : st->tok_end, 0));
			memcpy(q->speaker_tok, a.spk, sizeof a.spk);
			set(q->verb_tok, z->ch[cb].tok_begin, z->ch[cb].tok_end);
			q->sentence = s;
			if (q->quote_tok[1] <= q->quote_tok[0])
				z->n--;
		}
	}
	end = pc != UINT32_MAX ? pc : st->tok_end;
	for (uint32_t k = cb; k < ce && !z->oom; k++) {
		uint32_t c, b = 0, v = z->ch[k].tok_begin, ve = z->ch[k].tok_end, sk;
		int quoted = 0;
		memset(&a, 0, sizeof a);
		if (vp_lemma(z, k, "quote") && (sk = as_saying(z, k, ce))) {
			/* "X was quoted as saying", "the agency quoted X as saying" */
			if (z->ch[k].flags & DYAD_VPF_PASSIVE)
				subject_before(z, k, cb, a.spk);
			else
				phrase_after(z, k + 1, sk, a.spk);
			ve = z->ch[sk].tok_end;
			quoted = 1;
			c = sk + 1;
		} else if (say_vp(z, k) != 1 || (z->ch[k].flags & DYAD_VPF_PASSIVE)) {
			continue;
		} else {
			c = k + 1;
		}
		if (z->in_quote[v] || z->verb_used[v] || v >= end)
			continue;
		if (!quoted && addr_verb(z, k) && np(z, c) &&
			!(c + 1 < ce && is_type(z, c + 1, DYAD_CHUNK_VP))) {
			uint32_t n2 = phrase_after(z, c, ce, a.addr);
			c = n2 ? n2 : c + 1;
		}
		for (int n = 0; n < 3 && c < ce; n++) {
			if (is_type(z, c, DYAD_CHUNK_ADVP))
				c++;
			else if (is_type(z, c, DYAD_CHUNK_PP) && !according(z, c) && np(z, c + 1) &&
				(head_in_time(z, c + 1) || IN_LIST(lem(&z->t[z->ch[c + 1].head]), doc_nouns)))
				c += 2;
			else
				break;
		}
		if (c >= ce)
			continue;
		if (is_type(z, c, DYAD_CHUNK_SBAR) && first(z, c)->lower &&
			!strcmp(first(z, c)->lower, "that") && c + 1 < ce) {
			b = z->ch[c + 1].tok_begin;
		} else if (np(z, c)) {
			uint32_t j;
			for (j = c + 1; j < ce && j < c + 8; j++)
				if (!np(z, j) && !is_type(z, j, DYAD_CHUNK_PP) &&
					!is_type(z, j, DYAD_CHUNK_ADJP))
					break;
			if (j < ce && is_type(z, j, DYAD_CHUNK_VP) &&
				(z->ch[j].flags & (DYAD_VPF_PAST | DYAD_VPF_PRESENT | DYAD_VPF_FUTURE |
					DYAD_VPF_MODAL)) &&
				!(z->ch[j].flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND)))
				b = z->ch[c].tok_begin;
		}
		if (!b || z->in_quote[b])
			continue;
		if (!(q = add(z)))
			return;
		if (!quoted)
			subject_before(z, k, cb, a.spk);
		set(a.verb, v, ve);
		fill(q, &a, s);
		set(q->quote_tok, b, trim_end(z, b, end, 0));
		if (q->quote_tok[1] <= b)
			z->n--;
	}
}

static int by_start(const void *pa, const void *pb)
{
	const dyad_quote *a = pa, *b = pb;
	if (a->quote_tok[0] != b->quote_tok[0])
		return a->quote_tok[0] < b->quote_tok[0] ? -1 : 1;
	if (a->quote_tok[1] != b->quote_tok[1])
		return a->quote_tok[1] > b->quote_tok[1] ? -1 : 1;
	return a->verb_tok[0] < b->verb_tok[0] ? -1 : a->verb_tok[0] > b->verb_tok[0];
}

static int has_speaker(const dyad_quote *q)
{
	return q->speaker_tok[1] > q->speaker_tok[0];
}

/* Pass 3: unattributed quotes take the previous (or next) speaker. */
static void pass_continue(qz *z)
{
	for (size_t i = 0; i < z->n; i++) {
		dyad_quote *q = &z->q[i];
		uint32_t s0 = z->sent[q->quote_tok[0]], s1 = z->sent[q->quote_tok[1] - 1];
		if (!q->direct || has_speaker(q) || q->verb_tok[1] > q->verb_tok[0])
			continue;
		for (size_t j = i; j-- > 0;) {
			const dyad_quote *p = &z->q[j];
			uint32_t pe = z->sent[p->quote_tok[1] - 1];
			if (p->quote_tok[1] > q->quote_tok[0])
				continue; /* encloses or overlaps it */
			if (p->sentence > pe)
				pe = p->sentence;
			if (pe + 1 >= s0 && has_speaker(p)) {
				q->continues = (int32_t)j;
				memcpy(q->speaker_tok, p->speaker_tok, sizeof q->speaker_tok);
			}
			break;
		}
		if (q->continues >= 0)
			continue;
		/* the next sentence's verb of saying ("…." Vos said this on Tuesday.) */
		if (q->quote_tok[1] < z->nt && s1 + 1 < z->doc->n_sents &&
			z->sent[q->quote_tok[1]] == s1) {
			uint32_t cb = z->dc->sent_chunk[s1 + 1], ce = z->dc->sent_chunk[s1 + 2];
			attr a;
			memset(&a, 0, sizeof a);
			for (uint32_t k = cb; k < ce && k < cb + 10; k++) {
				if (z->in_quote[z->ch[k].tok_begin] || !say_vp(z, k))
					continue;
				if (subject_before(z, k, cb, a.spk)) {
					memcpy(q->speaker_tok, a.spk, sizeof q->speaker_tok);
					set(q->verb_tok, z->ch[k].tok_begin, z->ch[k].tok_end);
					q->sentence = s1 + 1;
				}
				break;
			}
		}
	}
}

int dyad_quotes_find(dyad_quote **out, size_t *n, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an)
{
	qz z;
	size_t ns = an->doc.n_sents;
	*out = NULL;
	*n = 0;
	memset(&z, 0, sizeof z);
	z.t = an->doc.toks;
	z.nt = an->doc.n_toks;
	z.ch = an->chunks.chunks;
	z.nch = an->chunks.n_chunks;
	z.dc = &an->chunks;
	z.doc = &an->doc;
	z.arena = arena;
	if (z.nt == 0 || ns == 0 || !z.dc->sent_chunk || z.nt >= UINT32_MAX)
		return DYAD_OK;
	z.sent = dyad_arena_alloc(arena, z.nt * sizeof *z.sent);
	z.in_quote = dyad_arena_calloc(arena, z.nt + 1, 1);
	z.verb_used = dyad_arena_calloc(arena, z.nt + 1, 1);
	z.post = dyad_arena_calloc(arena, ns, sizeof *z.post);
	z.post_comma = dyad_arena_alloc(arena, ns * sizeof *z.post_comma);
	if (!z.sent || !z.in_quote || !z.verb_used || !z.post || !z.post_comma)
		return dyad__oom(ctx);
	for (size_t s = 0; s < ns; s++) {
		for (uint32_t i = an->doc.sents[s].tok_begin; i < an->doc.sents[s].tok_end; i++)
			z.sent[i] = (uint32_t)s;
		find_post(&z, (uint32_t)s);
	}
	pass_direct(&z);
	for (size_t s = 0; s < ns && !z.oom; s++)
		pass_indirect(&z, (uint32_t)s);
	if (z.oom)
		return dyad__oom(ctx);
	if (z.n > 1)
		qsort(z.q, z.n, sizeof *z.q, by_start);
	pass_continue(&z);
	*out = z.q;
	*n = z.n;
	return DYAD_OK;
}

int dyad_quotes_covering(const dyad_quote *q, size_t n, uint32_t tok)
{
	int best = -1;
	for (size_t i = 0; i < n; i++)
		if (q[i].quote_tok[0] <= tok && tok < q[i].quote_tok[1] &&
			(best < 0 || q[i].quote_tok[1] - q[i].quote_tok[0] <
				q[best].quote_tok[1] - q[best].quote_tok[0]))
			best = (int)i;
	return best;
}
