/*
 * Clause finder: groups each sentence's chunks into nested clauses (the
 * representation is described at the top of chunk.c).
 *
 * Two passes per sentence, both linear. First, a postposed attribution
 * ("…," Korsak said. / …, said Korsak on Tuesday.) is looked for, since it
 * decides the top-level clause; the reported content before it becomes a
 * child clause. Then a left-to-right walk keeps a stack of open clauses:
 * SBAR chunks push subordinate or relative clauses, a participle at the
 * start or after a comma pushes a participial one, a reporting verb followed
 * by a quotation or a bare clause pushes the reported content; commas close
 * the clauses that end at a comma once they have a verb group, semicolons
 * and colons close all but the quotation or the segment's root.
 */
#include <string.h>

#include "chunk_internal.h"

/* An open clause during the walk. */
typedef struct frame {
	int32_t cl;
	uint8_t closable;  /* ends at a comma once it has a verb group */
	uint8_t quote;     /* reported content opened by a quotation mark */
	uint8_t seen_vp;   /* has a verb group of its own */
	uint8_t reporting; /* its latest verb group is a verb of saying */
} frame;

typedef struct builder {
	dyad_arena *arena;
	dyad_doc_chunks *out;
	const dyad_token *toks;
	size_t cap;
	frame *stk;
	size_t sp, stk_cap;
	uint32_t sent;
	int pending; /* a reported content starts at the next chunk (after ':') */
	int failed;
} builder;

/* Verbs of saying, in every form, for when no lemma is set. Sorted by
 * strcmp: looked up by bisection at every verb group. */
static const char *const say_words[] = {
	"acknowledge", "acknowledged", "acknowledges", "add", "added", "adding", "adds",
	"admit", "admits", "admitted", "allege", "alleged", "alleges", "announce",
	"announced", "announces", "argue", "argued", "argues", "assert", "asserted",
	"asserts", "claim", "claimed", "claims", "confirm", "confirmed", "confirms",
	"declare", "declared", "declares", "denied", "denies", "deny", "emphasise",
	"emphasised", "emphasize", "emphasized", "explain", "explained", "explains",
	"indicate", "indicated", "indicates", "insist", "insisted", "insists", "note",
	"noted", "notes", "predict", "predicted", "reiterate", "reiterated", "replied",
	"replies", "reply", "report", "reported", "reports", "said", "say", "saying", "says",
	"state", "stated", "states", "stress", "stressed", "stresses", "suggest",
	"suggested", "suggests", "tell", "telling", "tells", "told", "tweeted", "warn",
	"warned", "warns", "write", "writes", "wrote",
};

int dyad_chunk__reporting(const dyad_token *t)
{
	const char *w = t->lemma ? t->lemma : t->lower;
	size_t lo = 0, hi = sizeof say_words / sizeof say_words[0];
	if (!w)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(say_words[mid], w);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static const dyad_token *first_tok(const builder *b, uint32_t k)
{
	return &b->toks[b->out->chunks[k].tok_begin];
}

static int is_type(const builder *b, uint32_t k, int type)
{
	return b->out->chunks[k].type == type;
}

static int punct_tag(const builder *b, uint32_t k, unsigned t)
{
	return is_type(b, k, DYAD_CHUNK_PUNCT) && first_tok(b, k)->tag == t;
}

static int close_quote(const builder *b, uint32_t k)
{
	return is_type(b, k, DYAD_CHUNK_PUNCT) && ck_close_quote(first_tok(b, k));
}

static int open_quote(const builder *b, uint32_t k)
{
	return is_type(b, k, DYAD_CHUNK_PUNCT) && ck_open_quote(first_tok(b, k));
}

/* A finite verb group of saying: "said", "has told", not "to say". */
static int report_vp(const builder *b, uint32_t k)
{
	const dyad_chunk *c = &b->out->chunks[k];
	return c->type == DYAD_CHUNK_VP && (c->flags & CK_TENSE)
		&& !(c->flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND))
		&& dyad_chunk__reporting(&b->toks[c->head]);
}

/* Append a clause record (the arena array grows geometrically); -1 and
 * b->failed on OOM. */
static int32_t new_clause(builder *b, int type, int32_t parent, uint32_t begin)
{
	dyad_doc_chunks *o = b->out;
	if (b->failed)
		return -1;
	if (o->n_clauses == b->cap) {
		size_t ncap = b->cap * 2;
		dyad_clause *p = dyad_arena_grow(b->arena, o->clauses, b->cap * sizeof *p,
			ncap * sizeof *p);
		if (!p) {
			b->failed = 1;
			return -1;
		}
		o->clauses = p;
		b->cap = ncap;
	}
	dyad_clause *c = &o->clauses[o->n_clauses];
	c->chunk_begin = c->chunk_end = begin;
	c->parent = parent;
	c->type = (uint8_t)type;
	c->sentence = b->sent;
	return (int32_t)o->n_clauses++;
}

static frame *top(builder *b)
{
	return &b->stk[b->sp - 1];
}

static void push(builder *b, int type, uint32_t begin, int closable, int quote)
{
	int32_t cl;
	frame *f;
	if (b->sp == b->stk_cap)
		return; /* cannot happen (see the allocation); degrade, don't overrun */
	cl = new_clause(b, type, top(b)->cl, begin);
	if (cl < 0)
		return;
	f = &b->stk[b->sp++];
	memset(f, 0, sizeof *f);
	f->cl = cl;
	f->closable = (uint8_t)closable;
	f->quote = (uint8_t)quote;
}

static void pop(builder *b, uint32_t end)
{
	b->out->clauses[b->stk[--b->sp].cl].chunk_end = end;
}

/* Reported content starts at k: the current clause, if MAIN, reports. */
static void push_content(builder *b, uint32_t k, int type, int quote)
{
	dyad_clause *c = &b->out->clauses[top(b)->cl];
	if (c->type == DYAD_CLAUSE_MAIN)
		c->type = DYAD_CLAUSE_REPORTING;
	top(b)->reporting = 0;
	push(b, type, k, 0, quote);
}

/* A comma ahead in [k, end) before any finite verb group: a participle at
 * the start is then an opener ("Speaking to Hed, Korsak said"), not the
 * subject ("Attacking civilians is a crime"). Stops at the first comma, so
 * the scans stay linear overall. */
static int comma_ahead(const builder *b, uint32_t k, uint32_t end)
{
	for (; k < end; k++) {
		if (punct_tag(b, k, DYAD_POS_COMMA))
			return 1;
		if (is_type(b, k, DYAD_CHUNK_VP) && (b->out->chunks[k].flags & CK_TENSE))
			return 0;
	}
	return 0;
}

static int participle(const dyad_chunk *c)
{
	return c->type == DYAD_CHUNK_VP && !(c->flags & (CK_TENSE | DYAD_VPF_INFINITIVE))
		&& (c->flags & (DYAD_VPF_GERUND | DYAD_VPF_PASSIVE));
}

static void on_punct(builder *b, uint32_t k)
{
	dyad_chunk *c = &b->out->chunks[k];
	unsigned t = first_tok(b, k)->tag;

	if (t == DYAD_POS_COLON || t == DYAD_POS_RRB) {
		while (b->sp > 1 && !top(b)->quote)
			pop(b, k);
		b->pending = t == DYAD_POS_COLON && top(b)->reporting;
	} else if (t == DYAD_POS_COMMA) {
		while (b->sp > 1 && top(b)->closable && top(b)->seen_vp)
			pop(b, k);
	}
	if (close_quote(b, k)) {
		size_t q = b->sp;
		while (q > 1 && !b->stk[q - 1].quote)
			q--;
		if (q > 1) {
			c->clause = b->stk[q - 1].cl;
			while (b->sp > q)
				pop(b, k);
			pop(b, k + 1); /* the quotation keeps its closing mark */
			return;
		}
	} else if (open_quote(b, k) && (b->pending || top(b)->reporting)) {
		b->pending = 0;
		push_content(b, k, DYAD_CLAUSE_MAIN, 1);
	} else if (t == DYAD_POS_PERIOD) {
		top(b)->reporting = 0;
	}
	c->clause = top(b)->cl;
}

static void on_sbar(builder *b, uint32_t k, uint32_t beg, uint32_t end)
{
	const dyad_token *t = first_tok(b, k);
	const char *w = t->lower ? t->lower : "";
	uint32_t p = k > beg ? k - 1 : k;
	int after_np, rel, compl;

	if (p > beg && punct_tag(b, p, DYAD_POS_COMMA))
		p--;
	after_np = k > beg && is_type(b, p, DYAD_CHUNK_NP);
	if (t->tag == DYAD_POS_WDT || t->tag == DYAD_POS_WP || t->tag == DYAD_POS_WPS)
		rel = after_np && strcmp(w, "what") != 0;
	else if (strcmp(w, "where") == 0)
		rel = after_np;
	else /* "the man that attacked": "that" then a verb at once */
		rel = strcmp(w, "that") == 0 && k > beg && is_type(b, k - 1, DYAD_CHUNK_NP)
			&& k + 1 < end && is_type(b, k + 1, DYAD_CHUNK_VP);
	if (rel) {
		push(b, DYAD_CLAUSE_RELATIVE, k, 1, 0);
		return;
	}
	/* a complement clause ("said that …") runs to the end of its parent;
	 * an adverbial one ("because …", "if …" first) ends at a comma */
	compl = k > beg && (strcmp(w, "that") == 0 || strcmp(w, "whether") == 0
		|| strcmp(w, "if") == 0);
	if (compl && top(b)->reporting)
		push_content(b, k, DYAD_CLAUSE_SUBORDINATE, 0);
	else
		push(b, DYAD_CLAUSE_SUBORDINATE, k, !compl, 0);
}

static void on_vp(builder *b, uint32_t k, uint32_t beg, uint32_t end)
{
	dyad_chunk *ch = b->out->chunks;
	frame *f = top(b);

	if (participle(&ch[k])) {
		if (k == beg && comma_ahead(b, k + 1, end)) {
			push(b, DYAD_CLAUSE_PARTICIPIAL, k, 1, 0);
		} else if (k == beg + 1 && is_type(b, beg, DYAD_CHUNK_PP)
			&& comma_ahead(b, k + 1, end)) {
			/* "After meeting Hed, …": the preposition opens it */
			push(b, DYAD_CLAUSE_PARTICIPIAL, beg, 1, 0);
			if (!b->failed)
				ch[beg].clause = top(b)->cl;
		} else if (k > beg && punct_tag(b, k - 1, DYAD_POS_COMMA)) {
			push(b, DYAD_CLAUSE_PARTICIPIAL, k, 1, 0);
		}
	} else if (ch[k].flags & CK_TENSE) {
		/* "the minister who met Hed said": a relative clause holds one
		 * finite verb group unless coordinated */
		while (b->sp > 1 && b->out->clauses[f->cl].type == DYAD_CLAUSE_RELATIVE
			&& f->seen_vp && !is_type(b, k - 1, DYAD_CHUNK_CONJ)) {
			pop(b, k);
			f = top(b);
		}
	}
	f = top(b);
	f->seen_vp = 1;
	f->reporting = (uint8_t)report_vp(b, k);
}

/* Walk chunks [beg, end) with the segment's root clause on the stack. */
static void walk(builder *b, uint32_t beg, uint32_t end)
{
	dyad_chunk *ch = b->out->chunks;
	for (uint32_t k = beg; k < end && !b->failed; k++) {
		dyad_chunk *c = &ch[k];
		if (c->type == DYAD_CHUNK_PUNCT) {
			on_punct(b, k);
			continue;
		}
		if (b->pending) {
			b->pending = 0;
			push_content(b, k, DYAD_CLAUSE_MAIN, 0);
		}
		switch (c->type) {
		case DYAD_CHUNK_SBAR:
			on_sbar(b, k, beg, end);
			break;
		case DYAD_CHUNK_VP:
			on_vp(b, k, beg, end);
			break;
		case DYAD_CHUNK_NP:
			/* "said Verania was ready": a bare reported clause */
			if (top(b)->reporting && k + 1 < end && is_type(b, k + 1, DYAD_CHUNK_VP)
				&& (ch[k + 1].flags & CK_TENSE))
				push_content(b, k, DYAD_CLAUSE_MAIN, 0);
			break;
		case DYAD_CHUNK_CONJ:
			top(b)->reporting = 0;
			break;
		default:
			break;
		}
		if (!b->failed && c->clause < 0)
			c->clause = top(b)->cl;
	}
	while (b->sp > 1)
		pop(b, end);
}

/* The attribution after a boundary, from s: NP (PP NP)* + saying verb
 * ("one of the girls said"), optionally with an appositive, saying verb + NP, or "according to" + NP, then
 * up to six PP/NP/ADVP chunks ("on Tuesday", "in a statement"). Sets *m to
 * the chunk after it. */
static int attribution(const builder *b, uint32_t s, uint32_t lim, uint32_t *m)
{
	const dyad_chunk *ch = b->out->chunks;
	const dyad_token *t;
	uint32_t v = s + 1;
	if (s + 1 >= lim)
		return 0;
	t = first_tok(b, s);
	if (ch[s].type == DYAD_CHUNK_NP) {
		for (int n = 0; n < 2 && v + 2 < lim && ch[v].type == DYAD_CHUNK_PP
			&& ch[v + 1].type == DYAD_CHUNK_NP; n++)
			v += 2;
		/* an appositive: "Korsak, the minister, said" */
		if (v + 3 < lim && punct_tag(b, v, DYAD_POS_COMMA) && ch[v + 1].type == DYAD_CHUNK_NP
			&& punct_tag(b, v + 2, DYAD_POS_COMMA))
			v += 3;
	}
	if (ch[s].type == DYAD_CHUNK_NP && report_vp(b, v))
		s = v + 1;
	else if ((report_vp(b, s) && ch[s + 1].type == DYAD_CHUNK_NP)
		|| (ch[s].type == DYAD_CHUNK_PP && t->lower && strcmp(t->lower, "according") == 0
			&& ch[s + 1].type == DYAD_CHUNK_NP))
		s += 2;
	else
		return 0;
	for (int n = 0; n < 6 && s < lim; n++, s++)
		if (ch[s].type != DYAD_CHUNK_PP && ch[s].type != DYAD_CHUNK_NP
			&& ch[s].type != DYAD_CHUNK_ADVP)
			break;
	*m = s;
	return 1;
}

/* Find a postposed attribution in the sentence [cb, ce): content (with a
 * verb group) up to a comma or closing quote, then the attribution, then
 * the end or a comma and a second quotation. *s = its first chunk, *c2 =
 * start of the second content (ce if none). */
static int find_attribution(const builder *b, uint32_t cb, uint32_t ce, uint32_t *s,
	uint32_t *c2)
{
	uint32_t lim = ce, m;
	int has_vp = 0;
	while (lim > cb && is_type(b, lim - 1, DYAD_CHUNK_PUNCT)
		&& (punct_tag(b, lim - 1, DYAD_POS_PERIOD) || close_quote(b, lim - 1)))
		lim--;
	for (uint32_t p = cb; p < lim; p++) {
		uint32_t a = p + 1;
		if (is_type(b, p, DYAD_CHUNK_VP))
			has_vp = 1;
		if (!has_vp || !(punct_tag(b, p, DYAD_POS_COMMA) || close_quote(b, p)))
			continue;
		while (a < lim && a < p + 3 && (punct_tag(b, a, DYAD_POS_COMMA) || close_quote(b, a)))
			a++;
		if (!attribution(b, a, lim, &m))
			continue;
		if (m == lim) {
			*s = a;
			*c2 = ce;
			return 1;
		}
		if (punct_tag(b, m, DYAD_POS_COMMA) && m + 1 < lim && open_quote(b, m + 1)) {
			*s = a;
			*c2 = m + 1;
			return 1;
		}
	}
	return 0;
}

/* Walk [beg, end) as the content of a fresh child of the root. */
static void content(builder *b, int32_t root, uint32_t beg, uint32_t end)
{
	int32_t cl = new_clause(b, DYAD_CLAUSE_MAIN, root, beg);
	if (cl < 0)
		return;
	b->sp = 1;
	memset(b->stk, 0, sizeof *b->stk);
	b->stk[0].cl = cl;
	b->pending = 0;
	walk(b, beg, end);
	b->out->clauses[cl].chunk_end = end;
}

static void sentence(builder *b, uint32_t cb, uint32_t ce)
{
	uint32_t s, c2;
	int32_t root;
	if (cb == ce)
		return;
	root = new_clause(b, DYAD_CLAUSE_MAIN, -1, cb);
	if (root < 0)
		return;
	if (find_attribution(b, cb, ce, &s, &c2)) {
		b->out->clauses[root].type = DYAD_CLAUSE_REPORTING;
		content(b, root, cb, s);
		b->sp = 1;
		memset(b->stk, 0, sizeof *b->stk);
		b->stk[0].cl = root;
		b->pending = 0;
		walk(b, s, c2);
		if (c2 < ce)
			content(b, root, c2, ce);
	} else {
		b->sp = 1;
		memset(b->stk, 0, sizeof *b->stk);
		b->stk[0].cl = root;
		b->pending = 0;
		walk(b, cb, ce);
	}
	if (!b->failed)
		b->out->clauses[root].chunk_end = ce;
}

int dyad_chunk__clauses(dyad_doc_chunks *out, dyad_arena *arena, const dyad_doc_text *doc)
{
	builder b;
	uint32_t maxlen = 0;
	size_t ns = doc->n_sents;

	memset(&b, 0, sizeof b);
	b.arena = arena;
	b.out = out;
	b.toks = doc->toks;
	for (size_t i = 0; i < ns; i++) {
		uint32_t len = out->sent_chunk[i + 1] - out->sent_chunk[i];
		if (len > maxlen)
			maxlen = len;
	}
	/* at most one clause opens per chunk, plus the root and a content */
	b.stk_cap = (size_t)maxlen + 2;
	b.stk = dyad_arena_alloc(arena, b.stk_cap * sizeof *b.stk);
	b.cap = ns + 16;
	out->clauses = dyad_arena_alloc(arena, b.cap * sizeof *out->clauses);
	if (!b.stk || !out->clauses)
		return DYAD_ENOMEM;
	out->n_clauses = 0;
	for (size_t i = 0; i < ns && !b.failed; i++) {
		b.sent = (uint32_t)i;
		out->sent_clause[i] = (uint32_t)out->n_clauses;
		sentence(&b, out->sent_chunk[i], out->sent_chunk[i + 1]);
	}
	out->sent_clause[ns] = (uint32_t)out->n_clauses;
	return b.failed ? DYAD_ENOMEM : DYAD_OK;
}
