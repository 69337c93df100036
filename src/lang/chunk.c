/*
 * Chunker: cuts each tagged sentence into flat, non-overlapping CoNLL-2000
 * style chunks with one greedy left-to-right scan (a little lookahead, no
 * backtracking beyond one chunk), then hands them to clause.c.
 *
 * Chunks. Every token of every sentence belongs to exactly one chunk: tokens
 * outside NP/VP/PP/ADJP/ADVP/SBAR/PRT become CONJ, PUNCT (one chunk per
 * punctuation token, so quotes and commas stay visible) or O. token->chunk is
 * the chunk's index in the DOCUMENT (out->chunks), like chunk->clause;
 * only a token outside every sentence keeps -1.
 * Heads: NP the last noun (else the last number, adjective or determiner),
 * or the pronoun; VP the last verb (the modal if there is none); PP and SBAR
 * their first word; others their last token.
 *
 * Clauses (built in clause.c) nest by containment:
 *   - each sentence with chunks has exactly one top-level clause (parent -1)
 *     spanning all its chunks; its type is MAIN, or REPORTING when the
 *     sentence reports speech (see below);
 *   - a clause's range [chunk_begin, chunk_end) includes the chunks of every
 *     clause nested in it; a child's range lies inside its parent's, and
 *     clauses are stored in pre-order (a parent before its children,
 *     siblings left to right), so parent < child index;
 *   - chunk->clause is the innermost clause holding the chunk, so a clause's
 *     own chunks are those in its range whose clause equals its index. To
 *     find the subject and object of a VP, walk left and right from it over
 *     chunks with the same clause index, skipping nested clauses (an
 *     interrupting relative clause is simply skipped over);
 *   - SBAR chunks belong to the clause they open; delimiting commas belong
 *     to the enclosing clause. A RELATIVE clause's antecedent is the NP
 *     before its SBAR chunk (across one comma); a PARTICIPIAL clause's
 *     subject is its parent's subject.
 *   - Reported speech: the attribution ("Korsak said", ", said Korsak",
 *     "X told Y", "according to X") is the own chunks of a REPORTING clause,
 *     and each reported content is a child of it: SUBORDINATE when opened by
 *     "that"/"whether"/"if", otherwise MAIN (a direct quotation, with its
 *     quote marks and trailing comma, or a bare "said Verania was ready").
 *     A MAIN clause with a parent is always such reported content. Only a
 *     MAIN clause becomes REPORTING; a reporting verb inside a relative or
 *     subordinate clause keeps that type, with its content still a child.
 */
#include <assert.h>
#include <string.h>

#include "chunk_internal.h"
#include "ctx_internal.h"

/* One sentence's tokens, as the scanners see them. */
typedef struct scan {
	const dyad_token *toks;
	uint32_t begin, end; /* the sentence's tokens */
} scan;

/* What a scanner found: [start, end), head and flags. */
typedef struct span {
	uint32_t end, head;
	uint16_t flags;
} span;

static unsigned tag(const scan *s, uint32_t i)
{
	return i < s->end ? s->toks[i].tag : DYAD_POS_NONE;
}

static const char *low(const scan *s, uint32_t i)
{
	return i < s->end && s->toks[i].lower ? s->toks[i].lower : "";
}

/* Word equality, first byte first: the scanners compare most tokens with
 * several words, and nearly all differ there. */
static inline int eq(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* Contractions may come with a typographic apostrophe (U+2019): "’s" is
 * compared as "'s". */
static const char *apos(const char *w)
{
	return memcmp(w, "\xe2\x80\x99", 3) == 0 && w[3] ? w + 2 : w;
}

static int apos_eq(const char *w, const char *contr)
{
	w = apos(w);
	return w[0] == '\'' && eq(w + 1, contr + 1);
}

enum { AUX_NONE, AUX_BE, AUX_HAVE, AUX_DO, AUX_GET };

/* Auxiliary class of a verb form: switch on the first letter so that most
 * verbs cost one comparison. */
static int aux_class(const char *w)
{
	switch (w[0]) {
	case 'a': return eq(w, "am") || eq(w, "are") ? AUX_BE : AUX_NONE;
	case 'b': return eq(w, "be") || eq(w, "been") || eq(w, "being") ? AUX_BE : AUX_NONE;
	case 'i': return eq(w, "is") ? AUX_BE : AUX_NONE;
	case 'w': return eq(w, "was") || eq(w, "were") ? AUX_BE : AUX_NONE;
	case 'h':
		return eq(w, "have") || eq(w, "has") || eq(w, "had") || eq(w, "having") ? AUX_HAVE
			: AUX_NONE;
	case 'd': return eq(w, "do") || eq(w, "does") || eq(w, "did") ? AUX_DO : AUX_NONE;
	case 'g':
		return eq(w, "get") || eq(w, "gets") || eq(w, "got") || eq(w, "gotten")
				|| eq(w, "getting") ? AUX_GET : AUX_NONE;
	default:
		if (apos_eq(w, "'s") || apos_eq(w, "'re") || apos_eq(w, "'m"))
			return AUX_BE;
		return apos_eq(w, "'ve") ? AUX_HAVE : AUX_NONE;
	}
}

static int negator(const char *w)
{
	return eq(w, "not") || eq(w, "cannot") || eq(w, "never") || eq(w, "n't") || eq(w, "n\xe2\x80\x99t");
}

static int future_modal(const char *w)
{
	return eq(w, "will") || eq(w, "shall") || eq(w, "wo") || apos_eq(w, "'ll");
}

/* "to" may join a verb group only before a base verb (adverbs between). */
static int base_verb_at(const scan *s, uint32_t k)
{
	while (k < s->end && ck_adv(tag(s, k)))
		k++;
	return tag(s, k) == DYAD_POS_VB || tag(s, k) == DYAD_POS_VBP;
}

/* Flags of the verb group [i, end): tense from the first finite element,
 * voice and aspect from each auxiliary and the verb after it. */
static void vp_flags(span *sp, const scan *s, uint32_t i)
{
	uint16_t f = 0;
	int prev = AUX_NONE, first = 1, tensed = 0, going = 0;
	const char *prevw = "";
	for (uint32_t k = i; k < sp->end; k++) {
		unsigned t = tag(s, k);
		const char *w = low(s, k);
		if (negator(w))
			f |= DYAD_VPF_NEGATED; /* "not", "n't", "never", or the modal "cannot" */
		if (ck_adv(t))
			continue;
		if (!tensed && ck_finite(t)) {
			tensed = 1;
			if (t == DYAD_POS_MD)
				f |= future_modal(w) ? DYAD_VPF_FUTURE : DYAD_VPF_MODAL;
			else
				f |= t == DYAD_POS_VBD ? DYAD_VPF_PAST : DYAD_VPF_PRESENT;
		}
		if (t == DYAD_POS_TO) {
			/* "going to" is a future, "have to" an obligation */
			if (going)
				f = (uint16_t)((f | DYAD_VPF_FUTURE) & ~(DYAD_VPF_PRESENT | DYAD_VPF_PROGRESSIVE));
			else if (prev == AUX_HAVE)
				f |= DYAD_VPF_MODAL;
			else
				f |= DYAD_VPF_INFINITIVE;
			prev = AUX_NONE;
			first = 0;
			continue;
		}
		if (ck_verb(t)) {
			if (first && t == DYAD_POS_VBG)
				f |= DYAD_VPF_GERUND;
			if (first && t == DYAD_POS_VBN)
				f |= DYAD_VPF_PASSIVE; /* bare participle: "killed in the attack" */
			if ((prev == AUX_BE || prev == AUX_GET) && t == DYAD_POS_VBN)
				/* "'s been" is "has been" */
				f |= apos_eq(prevw, "'s") && eq(w, "been") ? DYAD_VPF_PERFECT : DYAD_VPF_PASSIVE;
			if (prev == AUX_BE && t == DYAD_POS_VBG)
				f |= DYAD_VPF_PROGRESSIVE;
			if (prev == AUX_HAVE && t == DYAD_POS_VBN)
				f |= DYAD_VPF_PERFECT;
			going = eq(w, "going") && prev == AUX_BE;
			prev = aux_class(w);
			prevw = w;
			sp->head = k;
		} else if (t == DYAD_POS_MD) {
			prev = AUX_NONE;
			if (sp->head == i && !ck_verb(tag(s, i)))
				sp->head = k;
		}
		first = 0;
	}
	sp->flags = f;
}

uint16_t dyad_chunk__vp_flags(const dyad_token *toks, uint32_t begin, uint32_t end,
	uint32_t *head)
{
	scan s = { toks, begin, end };
	span sp = { end, begin, 0 };
	vp_flags(&sp, &s, begin);
	*head = sp.head;
	return sp.flags;
}

/* Verb group: (adverbs) (modal) (to) auxiliaries, adverbs and negation
 * between them, the main verb last. An element joins only while the group
 * is "open": empty, or ending in a modal, "to" or an auxiliary. */
static uint32_t vp_scan(span *sp, const scan *s, uint32_t i)
{
	uint32_t k = i, last = i;
	int n = 0, open = 1, to_ok = 0;
	int prev = AUX_NONE;
	for (;;) {
		uint32_t j = k;
		while (j < s->end && ck_adv(tag(s, j)))
			j++;
		if (j >= s->end || (!open && n))
			break;
		unsigned t = tag(s, j);
		if (n && open && !(t == DYAD_POS_MD || t == DYAD_POS_TO || ck_verb(t))) {
			/* "is not ready": the negation stays with the copula */
			while (k < j && negator(low(s, k)))
				last = ++k;
			break;
		}
		const char *w = low(s, j);
		if (t == DYAD_POS_MD) {
			if (n)
				break;
			to_ok = 0;
		} else if (t == DYAD_POS_TO) {
			if ((n && !to_ok) || !base_verb_at(s, j + 1))
				break;
			to_ok = 0;
		} else if (ck_verb(t)) {
			int cls = aux_class(w);
			/* "is going to", "has to": the "to" stays in the group */
			to_ok = (eq(w, "going") && prev == AUX_BE) || cls == AUX_HAVE;
			open = cls != AUX_NONE || to_ok;
			prev = cls;
			n++;
			last = k = j + 1;
			continue;
		} else {
			break;
		}
		n++;
		open = 1;
		last = k = j + 1;
	}
	if (!n)
		return i;
	/* "to" joined only before a verb; a modal alone ("Hed will .") is a
	 * group whose head is the modal (vp_flags) */
	sp->end = last;
	sp->head = i;
	vp_flags(sp, s, i);
	return last;
}

/* Base noun phrase. Scan permissively (determiners, adjectives, numbers,
 * nouns, possessive markers, participles after a modifier, adverbs before
 * an adjective or number), then cut back to the last token that can end an
 * NP, so that "the minister responsible for" keeps only "the minister". */
static uint32_t np_scan(span *sp, const scan *s, uint32_t i)
{
	uint32_t k = i, good = i, det_end, head_noun = 0, head_cd = 0, last_adj = 0;
	int nouns = 0, cds = 0, adj_run = 1;
	uint16_t f = 0;
	unsigned t = tag(s, i);

	if (t == DYAD_POS_PRP || t == DYAD_POS_EX) {
		sp->end = i + 1;
		sp->head = i;
		sp->flags = t == DYAD_POS_PRP ? DYAD_NPF_PRONOUN : 0;
		return i + 1;
	}
	if (t == DYAD_POS_PDT)
		k++;
	t = tag(s, k);
	if (t == DYAD_POS_DT || t == DYAD_POS_PRPS || t == DYAD_POS_DOLLAR || t == DYAD_POS_HASH) {
		if (t == DYAD_POS_PRPS)
			f |= DYAD_NPF_POSSESSIVE;
		k++;
	}
	det_end = k;
	for (; k < s->end; k++) {
		unsigned prev = k > i ? tag(s, k - 1) : DYAD_POS_NONE;
		unsigned next = tag(s, k + 1);
		t = tag(s, k);
		if (ck_noun(t)) {
			head_noun = k;
			nouns++;
			good = k + 1;
		} else if (t == DYAD_POS_CD) {
			if (ck_noun(prev)) {
				/* "Resolution 1441" ends here; "Tuesday 12 people" splits */
				uint32_t j = k;
				while (tag(s, j) == DYAD_POS_CD)
					j++;
				if (ck_noun(tag(s, j)) || ck_adj(tag(s, j)))
					break;
				good = j;
				break;
			}
			if (!nouns) {
				head_cd = k;
				cds++;
			}
			good = k + 1;
		} else if (ck_adj(t)) {
			if (adj_run)
				last_adj = k + 1;
		} else if (t == DYAD_POS_VBN || t == DYAD_POS_VBG) {
			if (t == DYAD_POS_VBG && k == det_end && k > i && !(ck_noun(next) || ck_adj(next))) {
				/* nominal gerund: "the reopening of" */
				head_noun = k;
				nouns++;
				good = k + 1;
				break;
			}
			if (k == i || ck_noun(prev) || !(ck_noun(next) || ck_adj(next)))
				break;
		} else if (ck_adv(t)) {
			/* "almost five years", "most urgent task", but not "Gondor almost" */
			if (ck_noun(prev) || !(ck_adj(next) || next == DYAD_POS_CD))
				break;
		} else if (t == DYAD_POS_POS) {
			if (!(ck_noun(prev) || prev == DYAD_POS_CD))
				break;
			f |= DYAD_NPF_POSSESSIVE;
			good = k + 1;
		} else {
			break;
		}
		if (!ck_adj(t) && !ck_adv(t))
			adj_run = 0;
	}
	if (good > det_end) {
		sp->end = good;
	} else if (det_end > i) {
		/* determiner alone ("this"), or with adjectives ("the poor") */
		sp->end = last_adj > det_end ? last_adj : det_end;
	} else {
		return i;
	}
	if (nouns && head_noun < sp->end)
		sp->head = head_noun;
	else if (cds && head_cd < sp->end)
		sp->head = head_cd;
	else
		sp->head = sp->end - 1;
	if (ck_proper(tag(s, sp->head)))
		f |= DYAD_NPF_PROPER;
	sp->flags = f;
	return sp->end;
}

/* Two-word prepositions taken as one PP chunk. */
static const char *const pairs[][2] = {
	{ "according", "to" }, { "due", "to" }, { "prior", "to" }, { "thanks", "to" },
	{ "owing", "to" }, { "next", "to" }, { "because", "of" }, { "instead", "of" },
	{ "ahead", "of" }, { "out", "of" }, { "regardless", "of" }, { "apart", "from" },
	{ "away", "from" }, { "such", "as" }, { "along", "with" }, { "together", "with" },
};

/* Tried at every chunk start, so the second word's first letter screens
 * out most tokens before the table is searched, and the lookahead for a
 * verb waits until a pair matched. */
static int prep_pair(const scan *s, uint32_t i)
{
	const char *a = low(s, i), *b = low(s, i + 1);
	if (i + 1 >= s->end)
		return 0;
	switch (b[0]) {
	case 't': case 'o': case 'f': case 'a': case 'w': /* to of from as with */
		break;
	default:
		return 0;
	}
	for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
		if (a[0] == pairs[p][0][0] && eq(b, pairs[p][1]) && eq(a, pairs[p][0]))
			return !(eq(b, "to") && base_verb_at(s, i + 2)); /* "is due to visit" */
	return 0;
}

/* Subordinators that always open a clause. */
static int sbar_word(const char *w)
{
	static const char *const words[] = { "that", "whether", "if", "because", "although",
		"though", "unless", "whereas", "while", "lest" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (w[0] == words[i][0] && eq(w, words[i]))
			return 1;
	return 0;
}

/* Words that open a clause only when one follows ("after X attacked"),
 * else are prepositions ("after the attack"). */
static int sbar_if_clause(const char *w)
{
	static const char *const words[] = { "after", "before", "since", "until", "till", "as",
		"once", "so" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (w[0] == words[i][0] && eq(w, words[i]))
			return 1;
	return 0;
}

/* A clause starts at k: an NP, then a finite verb. */
static int clause_at(const scan *s, uint32_t k)
{
	span sp;
	uint32_t j = np_scan(&sp, s, k);
	if (j == k)
		return 0;
	while (j < s->end && ck_adv(tag(s, j)))
		j++;
	return ck_finite(tag(s, j));
}

/* The chunk starting at token i: its type, end, head and flags. */
static uint8_t classify(span *sp, const scan *s, uint32_t i)
{
	const dyad_token *tk = &s->toks[i];
	unsigned t = tk->tag;
	const char *w = low(s, i);

	sp->end = i + 1;
	sp->head = i;
	sp->flags = 0;
	if (t == DYAD_POS_NONE)
		return tk->kind == DYAD_TOK_PUNCT || tk->kind == DYAD_TOK_QUOTE ? DYAD_CHUNK_PUNCT
			: DYAD_CHUNK_O;
	if (ck_punct(t))
		return DYAD_CHUNK_PUNCT;
	if (eq(w, "as") && eq(low(s, i + 1), "well") && eq(low(s, i + 2), "as")) {
		sp->end = i + 3; /* "as well as" coordinates actors */
		return DYAD_CHUNK_CONJ;
	}
	if (t == DYAD_POS_CC)
		return DYAD_CHUNK_CONJ;
	if (prep_pair(s, i)) {
		sp->end = i + 2;
		return DYAD_CHUNK_PP;
	}
	if (t == DYAD_POS_RP)
		return DYAD_CHUNK_PRT;
	if (vp_scan(sp, s, i) > i)
		return DYAD_CHUNK_VP;
	if (t == DYAD_POS_DT && eq(w, "that") && i > s->begin && ck_verb(tag(s, i - 1))
		&& clause_at(s, i + 1))
		return DYAD_CHUNK_SBAR; /* "said that Verania was" tagged as a determiner */
	if (np_scan(sp, s, i) > i)
		return DYAD_CHUNK_NP;
	sp->end = i + 1;
	sp->head = i;
	sp->flags = 0;
	if (ck_wh(t))
		return DYAD_CHUNK_SBAR;
	if (t == DYAD_POS_IN || t == DYAD_POS_TO) {
		if ((t == DYAD_POS_IN && sbar_word(w)) || (sbar_if_clause(w) && clause_at(s, i + 1)))
			return DYAD_CHUNK_SBAR;
		return DYAD_CHUNK_PP;
	}
	if (ck_adv(t) || ck_adj(t)) {
		uint32_t k = i;
		while (k < s->end && ck_adv(tag(s, k)))
			k++;
		if (k < s->end && ck_adj(tag(s, k))) {
			while (k < s->end && ck_adj(tag(s, k)))
				k++;
			sp->end = k;
			sp->head = k - 1;
			return DYAD_CHUNK_ADJP;
		}
		sp->end = k;
		sp->head = k - 1;
		return DYAD_CHUNK_ADVP;
	}
	return DYAD_CHUNK_O;
}

/* Chunk tokens [b, e) into out[n…]; returns the new chunk count. */
static uint32_t chunk_sentence(dyad_chunk *out, uint32_t n, dyad_token *toks, uint32_t b,
	uint32_t e)
{
	scan s = { toks, b, e };
	for (uint32_t i = b; i < e;) {
		span sp;
		uint8_t type = classify(&sp, &s, i);
		dyad_chunk *c = &out[n];
		c->tok_begin = i;
		c->tok_end = sp.end;
		c->head = sp.head;
		c->flags = sp.flags;
		c->type = type;
		c->clause = -1;
		for (; i < sp.end; i++)
			toks[i].chunk = (int32_t)n;
		n++;
	}
	return n;
}

int dyad_chunk_doc(dyad_doc_chunks *out, dyad_ctx *ctx, dyad_arena *arena, dyad_doc_text *doc)
{
	size_t ns = doc->n_sents;
	uint32_t n = 0;

	assert(doc->n_toks < UINT32_MAX);
	memset(out, 0, sizeof *out);
	/* a sentence never has more chunks than tokens: one allocation */
	out->chunks = dyad_arena_alloc(arena, (doc->n_toks ? doc->n_toks : 1) * sizeof *out->chunks);
	out->sent_chunk = dyad_arena_alloc(arena, (ns + 1) * sizeof *out->sent_chunk);
	out->sent_clause = dyad_arena_alloc(arena, (ns + 1) * sizeof *out->sent_clause);
	if (!out->chunks || !out->sent_chunk || !out->sent_clause) {
		memset(out, 0, sizeof *out);
		return dyad__oom(ctx);
	}
	for (size_t i = 0; i < doc->n_toks; i++)
		doc->toks[i].chunk = -1;
	for (size_t si = 0; si < ns; si++) {
		const dyad_sentence *se = &doc->sents[si];
		out->sent_chunk[si] = n;
		n = chunk_sentence(out->chunks, n, doc->toks, se->tok_begin, se->tok_end);
	}
	out->sent_chunk[ns] = n;
	out->n_chunks = n;
	if (dyad_chunk__clauses(out, arena, doc) != DYAD_OK) {
		memset(out, 0, sizeof *out);
		return dyad__oom(ctx);
	}
	return DYAD_OK;
}

const char *dyad_chunk_type_name(dyad_chunk_type t)
{
	switch (t) {
	case DYAD_CHUNK_NP: return "NP";
	case DYAD_CHUNK_VP: return "VP";
	case DYAD_CHUNK_PP: return "PP";
	case DYAD_CHUNK_ADJP: return "ADJP";
	case DYAD_CHUNK_ADVP: return "ADVP";
	case DYAD_CHUNK_SBAR: return "SBAR";
	case DYAD_CHUNK_PRT: return "PRT";
	case DYAD_CHUNK_CONJ: return "CONJ";
	case DYAD_CHUNK_PUNCT: return "PUNCT";
	case DYAD_CHUNK_O: return "O";
	}
	return "?";
}

const char *dyad_clause_type_name(dyad_clause_type t)
{
	switch (t) {
	case DYAD_CLAUSE_MAIN: return "MAIN";
	case DYAD_CLAUSE_SUBORDINATE: return "SUB";
	case DYAD_CLAUSE_RELATIVE: return "REL";
	case DYAD_CLAUSE_REPORTING: return "REPORT";
	case DYAD_CLAUSE_PARTICIPIAL: return "PART";
	}
	return "?";
}
