/*
 * Attribution of statements (quotes_internal.h): who says a quotation or a
 * reported clause. Verbs of saying and of communication by lemma, the
 * phrase naming a speaker ("Russian Foreign Minister Sergei Lavrov", "a
 * statement from the ministry" → the ministry), the subject of a verb
 * group, and the attributions after a closing mark ("…," X said), before
 * an opening mark (X said: "…", X urged Y "…", …, saying "…") and after a
 * sentence ("…, X said.").
 */
#include "quotes_internal.h"

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

/* A chunk holding a quotation mark: the bounds of the attribution search. */
static int mark_chunk(const dyad__qz *z, uint32_t k)
{
	if (k >= z->nch)
		return 0;
	for (uint32_t i = z->ch[k].tok_begin; i < z->ch[k].tok_end; i++)
		if (z->t[i].kind == DYAD_TOK_QUOTE)
			return 1;
	return 0;
}

int dyad__q_head_in_time(const dyad__qz *z, uint32_t k)
{
	const dyad_token *h = &z->t[z->ch[k].head];
	const char *w = lem(h);
	return h->tag == DYAD_POS_CD || IN_LIST(w, time_nouns);
}

/* Prepositions that keep a phrase one name: "a spokesman for the
 * ministry", "the head of the bank", "ambassador to the UN". */
static int attach_pp(const dyad__qz *z, uint32_t k)
{
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_PP) || z->ch[k].tok_end - z->ch[k].tok_begin != 1)
		return 0;
	w = first(z, k)->lower;
	return w && (!strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "from") ||
		!strcmp(w, "at") || !strcmp(w, "to"));
}

static int and_or(const dyad__qz *z, uint32_t k)
{
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_CONJ))
		return 0;
	w = first(z, k)->lower;
	return w && (!strcmp(w, "and") || !strcmp(w, "or"));
}

/* "…," the statement read: "read" gives a document's words (a person who
 * "read" is reading, not saying), so only with a document as its subject:
 * an NP headed by a document noun in the few chunks before it, within its
 * sentence and before any comma or mark ("a statement from the ministry
 * on Saturday read"). */
static int doc_reads(const dyad__qz *z, uint32_t k)
{
	uint32_t lo;
	if (!dyad__q_vp_lemma(z, k, "read"))
		return 0;
	lo = z->dc->sent_chunk[z->sent[z->ch[k].tok_begin]];
	for (uint32_t j = k; j-- > lo && j + 7 > k;) {
		if (is_type(z, j, DYAD_CHUNK_PUNCT) || mark_chunk(z, j) || is_type(z, j, DYAD_CHUNK_VP))
			return 0;
		if (np(z, j) && IN_LIST(lem(&z->t[z->ch[j].head]), doc_nouns))
			return 1;
	}
	return 0;
}

/* 1: a verb of saying that takes a clause; 2: one that only attributes a
 * quotation beside it. Finite or participle, not "to say" nor "saying". */
int dyad__q_say_vp(const dyad__qz *z, uint32_t k)
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
	return doc_reads(z, k) ? 2 : 0;
}

int dyad__q_vp_lemma(const dyad__qz *z, uint32_t k, const char *w)
{
	const char *l;
	if (!is_type(z, k, DYAD_CHUNK_VP))
		return 0;
	l = lem(&z->t[z->ch[k].head]);
	return l && !strcmp(l, w);
}

int dyad__q_addr_verb(const dyad__qz *z, uint32_t k)
{
	const char *w = lem(&z->t[z->ch[k].head]);
	return IN_LIST(w, addr_lemmas);
}

int dyad__q_according(const dyad__qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_PP) && first(z, k)->lower &&
		!strcmp(first(z, k)->lower, "according");
}

/* A speaker's phrase starts after any line break inside it: the line
 * before is a caption or credit the chunker ran into it. */
static void set_phrase(const dyad__qz *z, uint32_t r[2], uint32_t b, uint32_t e)
{
	for (uint32_t i = b + 1; i < e; i++)
		if (z->t[i].flags & DYAD_TOKF_NEWLINE_BEFORE)
			b = i;
	set(r, b, e);
}

/* "a statement from the ministry" → "the ministry": the chunk where a
 * phrase starting at chunk k really names its speaker (before ke). */
static uint32_t unwrap(const dyad__qz *z, uint32_t k, uint32_t ke)
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
static int name_join(const dyad__qz *z, uint32_t a, uint32_t b)
{
	/* not across a line break: a caption or credit line ends there */
	return np(z, a) && np(z, b) && (first(z, b)->flags & DYAD_TOKF_CAP) &&
		!(first(z, b)->flags & DYAD_TOKF_NEWLINE_BEFORE) &&
		(z->t[z->ch[a].tok_end - 1].flags & DYAD_TOKF_CAP) && !dyad__q_head_in_time(z, a) &&
		!(z->ch[b].flags & DYAD_NPF_PRONOUN) && !(z->ch[a].flags & DYAD_NPF_PRONOUN);
}

/* The phrase naming a speaker from NP chunk k forward (before chunk hi):
 * NP (NP)* ((of|for|…) NP | and NP)*, stopping at a comma, so that an
 * apposition is left out. Returns the chunk after it, 0 if none. */
uint32_t dyad__q_phrase_after(const dyad__qz *z, uint32_t k, uint32_t hi, uint32_t r[2])
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
			!dyad__q_head_in_time(z, k + 1)) {
			e = z->ch[k + 1].tok_end;
			k += 2;
		} else {
			break;
		}
	}
	set_phrase(z, r, z->ch[unwrap(z, k0, k)].tok_begin, e);
	return k;
}


/* A comma or a dash fencing an apposition. */
static int fence(const dyad__qz *z, uint32_t k)
{
	return comma(z, k) || punct_is(z, k, "--") || punct_is(z, k, "\xe2\x80\x94");
}

/* "Guterres, in a statement, called on Rwanda": a bare participle right
 * after a comma-fenced insertion (no verb group in it) that follows the
 * subject, with no verb group before it in its sentence, is the sentence's
 * main verb in the past tense, which the tagger took for a participle
 * after the comma: a sentence needs a finite verb. */
int dyad__q_fenced_main(const dyad__qz *z, uint32_t k)
{
	uint32_t lo, j;
	if (!is_type(z, k, DYAD_CHUNK_VP) || !(z->ch[k].flags & DYAD_VPF_PASSIVE) ||
		z->t[z->ch[k].head].tag != DYAD_POS_VBN || !comma(z, k - 1))
		return 0;
	for (uint32_t i = z->ch[k].tok_begin; i < z->ch[k].head; i++)
		if (z->t[i].tag != DYAD_POS_RB)
			return 0; /* an auxiliary: a real passive */
	lo = z->dc->sent_chunk[z->sent[z->ch[k].tok_begin]];
	if (k < lo + 4)
		return 0;
	for (j = k - 2; j > lo && !comma(z, j); j--)
		if (!np(z, j) && !is_type(z, j, DYAD_CHUNK_PP) && !is_type(z, j, DYAD_CHUNK_ADVP) &&
			!is_type(z, j, DYAD_CHUNK_ADJP))
			return 0;
	if (j <= lo || j + 1 >= k - 1 || !np(z, j - 1))
		return 0;
	for (j = lo; j < k; j++)
		if (is_type(z, j, DYAD_CHUNK_VP) || mark_chunk(z, j))
			return 0;
	return 1;
}

int dyad__q_finite_vp(const dyad__qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_VP) &&
		(((z->ch[k].flags & (DYAD_VPF_PAST | DYAD_VPF_PRESENT | DYAD_VPF_FUTURE | DYAD_VPF_MODAL)) &&
		!(z->ch[k].flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND))) || dyad__q_fenced_main(z, k));
}

static int subject_d(const dyad__qz *z, uint32_t v, uint32_t lo, uint32_t r[2], int depth);

/* The subject of the sentence's first finite verb group before chunk k
 * (a main clause's first, else any clause's): the subject a second verb
 * of a coordination ("He said …, but added") or a participle ("X condemned
 * …, saying …") shares. */
static int main_subject(const dyad__qz *z, uint32_t lo, uint32_t k, uint32_t r[2])
{
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t p = lo; p < k; p++) {
			int32_t cl = z->ch[p].clause;
			int ty = cl >= 0 && (size_t)cl < z->dc->n_clauses ? z->dc->clauses[cl].type : 0;
			if (!dyad__q_finite_vp(z, p) || z->in_quote[z->ch[p].tok_begin] || (pass == 0 &&
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
int dyad__q_subject_before(const dyad__qz *z, uint32_t v, uint32_t lo, uint32_t r[2])
{
	return subject_d(z, v, lo, r, 0);
}

static int subject_d(const dyad__qz *z, uint32_t v, uint32_t lo, uint32_t r[2], int depth)
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
uint32_t dyad__q_as_saying(const dyad__qz *z, uint32_t k, uint32_t hi)
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
static int attrib_at(const dyad__qz *z, uint32_t c, uint32_t hi, dyad__qattr *a)
{
	uint32_t k, s;
	memset(a, 0, sizeof *a);
	if (c >= hi)
		return 0;
	if (dyad__q_according(z, c)) {
		if (!(k = dyad__q_phrase_after(z, c + 1, hi, a->spk)))
			return 0;
		set(a->verb, z->ch[c].tok_begin, z->ch[c].tok_end);
		a->end_chunk = k;
		return 1;
	}
	/* "as quoted by Z", "as reported by Z" */
	if (first(z, c)->lower && !strcmp(first(z, c)->lower, "as") &&
		(dyad__q_vp_lemma(z, c + 1, "quote") || dyad__q_vp_lemma(z, c + 1, "report")) &&
		is_type(z, c + 2, DYAD_CHUNK_PP) && first(z, c + 2)->lower &&
		!strcmp(first(z, c + 2)->lower, "by")) {
		if (!(k = dyad__q_phrase_after(z, c + 3, hi, a->spk)))
			return 0;
		set(a->verb, z->ch[c].tok_begin, z->ch[c + 2].tok_end);
		a->end_chunk = k;
		return 1;
	}
	/* "said X" (not "told Y": its object is the addressee) */
	if (dyad__q_say_vp(z, c) && np(z, c + 1) && !dyad__q_vp_lemma(z, c, "tell")) {
		if (!(k = dyad__q_phrase_after(z, c + 1, hi, a->spk)))
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
	if (dyad__q_vp_lemma(z, k, "quote") && (z->ch[k].flags & DYAD_VPF_PASSIVE) &&
		(s = dyad__q_as_saying(z, k, hi))) {
		if (!dyad__q_subject_before(z, k, c, a->spk))
			return 0;
		set(a->verb, z->ch[k].tok_begin, z->ch[s].tok_end);
		a->end_chunk = s + 1;
		return 1;
	}
	if (!dyad__q_say_vp(z, k) || !dyad__q_subject_before(z, k, c, a->spk))
		return 0;
	set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
	a->end_chunk = k + 1;
	if (dyad__q_addr_verb(z, k) && np(z, k + 1))
		a->end_chunk = dyad__q_phrase_after(z, k + 1, hi, a->addr);
	return 1;
}

/* A quotation's attribution right after its closing mark at token m: an
 * optional comma, then attrib_at. Needs a comma or an end mark (. ? !)
 * inside the quotation or a comma after it. */
int dyad__q_attrib_after(const dyad__qz *z, uint32_t m, dyad__qattr *a)
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
static int partial_vp(const dyad__qz *z, uint32_t k, uint32_t lo)
{
	const dyad_token *h;
	const char *w;
	if (!is_type(z, k, DYAD_CHUNK_VP) ||
		((z->ch[k].flags & DYAD_VPF_PASSIVE) && !dyad__q_fenced_main(z, k)))
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
	return dyad__q_finite_vp(z, k) && IN_LIST(w, partial_lemmas);
}

/* A quotation's attribution before its opening mark at token o, within its
 * sentence back to the previous quotation: the nearest verb of saying (its
 * subject, or "said X" after it), "quoted X as saying", "according to Z".
 * *near: nothing but punctuation, "that" or the addressee in between. */
int dyad__q_attrib_before_from(const dyad__qz *z, uint32_t s, uint32_t from, dyad__qattr *a, int *near)
{
	uint32_t lo = z->dc->sent_chunk[s];
	uint32_t k, between = 0;
	memset(a, 0, sizeof *a);
	*near = 0;
	for (k = from; k-- > lo;) {
		int sv = dyad__q_say_vp(z, k), pv;
		if (mark_chunk(z, k) || z->in_quote[z->ch[k].tok_begin]) {
			between++; /* an earlier quotation: its words are not ours */
			continue;
		}
		if (is_type(z, k, DYAD_CHUNK_VP) && (z->ch[k].flags & DYAD_VPF_GERUND) && k > lo &&
			is_type(z, k - 1, DYAD_CHUNK_PP) && first(z, k - 1)->lower &&
			!strcmp(first(z, k - 1)->lower, "as")) {
			/* "quoted X as saying": find the verb group of "quote" */
			for (uint32_t j = k - 1; j-- > lo && j + 6 > k;) {
				if (!dyad__q_vp_lemma(z, j, "quote"))
					continue;
				if (dyad__q_as_saying(z, j, from) != k)
					break;
				if (z->ch[j].flags & DYAD_VPF_PASSIVE) {
					if (!dyad__q_subject_before(z, j, lo, a->spk))
						return 0;
				} else if (!dyad__q_phrase_after(z, j + 1, k, a->spk)) {
					return 0;
				}
				set(a->verb, z->ch[j].tok_begin, z->ch[k].tok_end);
				*near = between == 0;
				return 1;
			}
		}
		/* "Tehran Radio quoted X telling a delegation, "…"" */
		if (is_type(z, k, DYAD_CHUNK_VP) && (z->ch[k].flags & DYAD_VPF_GERUND) &&
			k >= lo + 2 && np(z, k - 1) && dyad__q_vp_lemma(z, k - 2, "quote") &&
			(IN_LIST(lem(&z->t[z->ch[k].head]), say_lemmas))) {
			set(a->spk, z->ch[k - 1].tok_begin, z->ch[k - 1].tok_end);
			set(a->verb, z->ch[k - 2].tok_begin, z->ch[k].tok_end);
			if (dyad__q_addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
				dyad__q_phrase_after(z, k + 1, from, a->addr);
			*near = between == 0;
			return 1;
		}
		if ((!sv || (sv == 2 && between)) && (pv = partial_vp(z, k, lo))) {
			if (pv == 2 ? !main_subject(z, lo, k, a->spk) : !dyad__q_subject_before(z, k, lo, a->spk))
				return 0;
			set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
			if (dyad__q_addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
				dyad__q_phrase_after(z, k + 1, from, a->addr);
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
			if (dyad__q_subject_before(z, k, lo, a->spk)) {
				if (dyad__q_addr_verb(z, k) && np(z, k + 1) && k + 1 < from)
					dyad__q_phrase_after(z, k + 1, from, a->addr);
			} else if (!(np(z, k + 1) && dyad__q_phrase_after(z, k + 1, from, a->spk))) {
				memset(a->spk, 0, sizeof a->spk);
			}
			*near = between == 0;
			return 1;
		}
		if (dyad__q_according(z, k) && dyad__q_phrase_after(z, k + 1, from, a->spk)) {
			set(a->verb, z->ch[k].tok_begin, z->ch[k].tok_end);
			*near = 1;
			return 1;
		}
		if (is_type(z, k, DYAD_CHUNK_PUNCT) || (is_type(z, k, DYAD_CHUNK_SBAR) &&
			first(z, k)->lower && !strcmp(first(z, k)->lower, "that")))
			continue;
		/* the addressee of "told Y:" */
		if (np(z, k) && k > lo && (np(z, k - 1) || is_type(z, k - 1, DYAD_CHUNK_VP)))
			if (is_type(z, k - 1, DYAD_CHUNK_VP) && dyad__q_addr_verb(z, k - 1))
				continue;
		between++;
	}
	return 0;
}

int dyad__q_attrib_before(const dyad__qz *z, uint32_t o, dyad__qattr *a, int *near)
{
	if (z->t[o].chunk < 0)
		return 0;
	return dyad__q_attrib_before_from(z, z->sent[o], (uint32_t)z->t[o].chunk, a, near);
}

/* Pass 0: a sentence's postposed attribution: after a comma, running to
 * the sentence's end but for adjuncts ("on Tuesday") and end marks. */
void dyad__q_find_post(dyad__qz *z, uint32_t s)
{
	uint32_t cb = z->dc->sent_chunk[s], ce = z->dc->sent_chunk[s + 1], hi = ce;
	dyad__qattr a;
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

/* "statement", "letter": a document that speaks for its author. */
int dyad__q_doc_noun(const char *w)
{
	return IN_LIST(w, doc_nouns);
}
