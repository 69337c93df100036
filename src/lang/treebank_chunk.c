/*
 * Chunks and clauses from Treebank constituents (dyad/treebank.h), by the
 * conventions of dyad/chunk.h and the clause representation described at
 * the top of chunk.c, so that the coder cannot tell them from the
 * chunker's own.
 *
 * Chunks: one in-order walk gives every token a chunk type and a group key,
 * the node whose words make up the chunk (the base NP; the outermost VP of
 * a verb group, so that "will" and the nested VP's "meet" share it; the
 * first PP of "out of"); maximal runs of tokens with the same type and key
 * are the chunks, while punctuation, CC and O tokens stand alone.
 * Clauses: a second walk opens a clause at each SBAR, reported clause,
 * participial clause or RRC, in document order, which is the pre-order
 * chunk.c asks for.
 */
#include <string.h>

#include "chunk_internal.h"
#include "ctx_internal.h"
#include "treebank_internal.h"

enum { SOLO = -1 }; /* group key of tokens that are chunks on their own */

typedef struct walker {
	const dyad__tb_node *N;
	const dyad_token *toks;
	uint8_t *type;   /* per token: dyad_chunk_type */
	int32_t *key;    /* per token: group node, or SOLO */
	uint8_t last_type; /* of the token assigned last: is a group still open? */
	int32_t last_key;
} walker;

static int negator(const char *w)
{
	return !strcmp(w, "not") || !strcmp(w, "n't") || !strcmp(w, "never")
		|| !strcmp(w, "cannot") || !strcmp(w, "n\xe2\x80\x99t");
}

/* Chunk type of a word standing loose in a phrase, by its tag alone. */
static uint8_t by_tag(unsigned t)
{
	if (ck_punct(t))
		return DYAD_CHUNK_PUNCT;
	if (t == DYAD_POS_CC)
		return DYAD_CHUNK_CONJ;
	if (ck_verb(t) || t == DYAD_POS_MD || t == DYAD_POS_TO)
		return DYAD_CHUNK_VP;
	if (ck_noun(t) || t == DYAD_POS_PRP || t == DYAD_POS_PRPS || t == DYAD_POS_DT
		|| t == DYAD_POS_PDT || t == DYAD_POS_CD || t == DYAD_POS_EX || t == DYAD_POS_POS
		|| t == DYAD_POS_DOLLAR || t == DYAD_POS_HASH)
		return DYAD_CHUNK_NP;
	if (ck_adj(t))
		return DYAD_CHUNK_ADJP;
	if (ck_adv(t))
		return DYAD_CHUNK_ADVP;
	if (t == DYAD_POS_IN)
		return DYAD_CHUNK_PP;
	if (t == DYAD_POS_RP)
		return DYAD_CHUNK_PRT;
	if (ck_wh(t))
		return DYAD_CHUNK_SBAR;
	return DYAD_CHUNK_O;
}

/* Assign token t; punctuation and CC override the phrase's type. */
static void put(walker *w, uint32_t t, uint8_t type, int32_t key)
{
	const dyad_token *tk = &w->toks[t];
	if (ck_punct(tk->tag) || (tk->tag == DYAD_POS_NONE
		&& (tk->kind == DYAD_TOK_PUNCT || tk->kind == DYAD_TOK_QUOTE)))
		type = DYAD_CHUNK_PUNCT;
	else if (tk->tag == DYAD_POS_CC && type != DYAD_CHUNK_CONJ)
		type = DYAD_CHUNK_CONJ, key = SOLO;
	if (type == DYAD_CHUNK_PUNCT || type == DYAD_CHUNK_O)
		key = SOLO;
	w->type[t] = type;
	w->key[t] = key;
	w->last_type = type;
	w->last_key = key;
}

static int empty(const walker *w, int32_t n)
{
	return w->N[n].tok_begin == w->N[n].tok_end;
}

static unsigned tag_of(const walker *w, int32_t leaf)
{
	return w->toks[w->N[leaf].tok_begin].tag;
}

static void all(walker *w, int32_t n, uint8_t type, int32_t key)
{
	for (uint32_t t = w->N[n].tok_begin; t < w->N[n].tok_end; t++)
		put(w, t, type, key);
}

static int open_group(const walker *w, uint8_t type, int32_t key)
{
	return w->last_type == type && w->last_key == key;
}

/* A flat phrase: words, modifier phrases made of words, and possessive NPs
 * ("Russia 's") — a base NP when it is an NP. */
static int flat(const walker *w, int32_t n)
{
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		const dyad__tb_node *k = &w->N[c];
		if (k->cat == DYAD__TB_LEAF || empty(w, c))
			continue;
		if (k->cat == DYAD__TB_NML || k->cat == DYAD__TB_QP || k->cat == DYAD__TB_ADJP
			|| k->cat == DYAD__TB_ADVP) {
			if (flat(w, c))
				continue;
		} else if (k->cat == DYAD__TB_NP && w->toks[k->tok_end - 1].tag == DYAD_POS_POS
			&& flat(w, c)) {
			continue;
		}
		return 0;
	}
	return 1;
}

static int adverbs_only(const walker *w, int32_t n)
{
	for (uint32_t t = w->N[n].tok_begin; t < w->N[n].tok_end; t++)
		if (!ck_adv(w->toks[t].tag))
			return 0;
	return 1;
}

/* The next sibling with words, past adverbs, continues a verb group. */
static int verb_follows(const walker *w, int32_t c)
{
	for (int32_t s = w->N[c].next; s >= 0; s = w->N[s].next) {
		if (empty(w, s))
			continue;
		if (w->N[s].cat == DYAD__TB_LEAF) {
			unsigned t = tag_of(w, s);
			if (ck_adv(t))
				continue;
			return ck_verb(t) || t == DYAD_POS_MD || t == DYAD_POS_TO;
		}
		if (w->N[s].cat == DYAD__TB_ADVP && adverbs_only(w, s))
			continue;
		return w->N[s].cat == DYAD__TB_VP;
	}
	return 0;
}

static void walk(walker *w, int32_t n, int32_t inh);

/* Children of a phrase: words get type (0: by tag), phrases walk alone. */
static void kids(walker *w, int32_t n, uint8_t type, int32_t key)
{
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		if (empty(w, c))
			continue;
		if (w->N[c].cat == DYAD__TB_LEAF)
			put(w, w->N[c].tok_begin, type ? type : by_tag(tag_of(w, c)), key);
		else
			walk(w, c, -1);
	}
}

/* A non-base NP (or nominal piece) whose loose words form NP chunks of
 * group g; nominal and flat modifier children join that group. */
static void np_kids(walker *w, int32_t n, int32_t g)
{
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		uint8_t cat = w->N[c].cat;
		if (empty(w, c))
			continue;
		if (cat == DYAD__TB_LEAF) {
			uint8_t t = by_tag(tag_of(w, c));
			put(w, w->N[c].tok_begin, t == DYAD_CHUNK_ADJP || t == DYAD_CHUNK_O
				? DYAD_CHUNK_NP : t, g);
		} else if (cat == DYAD__TB_NML || cat == DYAD__TB_QP || cat == DYAD__TB_ADJP
			|| cat == DYAD__TB_ADVP) {
			walk(w, c, g);
		} else {
			walk(w, c, -1);
		}
	}
}

/* A VP in verb group g: verbs, modals, "to", negation and adverbs before
 * more verbs join g, and so does a nested VP while g is still open. */
static void vp(walker *w, int32_t n, int32_t g)
{
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		const dyad__tb_node *k = &w->N[c];
		if (empty(w, c))
			continue;
		if (k->cat == DYAD__TB_LEAF) {
			unsigned t = tag_of(w, c);
			uint32_t tok = k->tok_begin;
			if (ck_verb(t) || t == DYAD_POS_MD || t == DYAD_POS_TO)
				put(w, tok, DYAD_CHUNK_VP, g);
			else if (ck_adv(t) && ((negator(w->toks[tok].lower)
				&& open_group(w, DYAD_CHUNK_VP, g)) || verb_follows(w, c)))
				put(w, tok, DYAD_CHUNK_VP, g);
			else
				put(w, tok, t == DYAD_POS_RP ? DYAD_CHUNK_PRT : by_tag(t), n);
		} else if (k->cat == DYAD__TB_VP) {
			vp(w, c, open_group(w, DYAD_CHUNK_VP, g) ? g : c);
		} else if (k->cat == DYAD__TB_ADVP && adverbs_only(w, c) && verb_follows(w, c)) {
			all(w, c, DYAD_CHUNK_VP, g);
		} else {
			walk(w, c, -1);
		}
	}
}

/* A PP in group g: its words before the object are the preposition(s), and
 * a PP right after them continues it ("out of", "according to"). */
static void pp(walker *w, int32_t n, int32_t g)
{
	int object = 0;
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		const dyad__tb_node *k = &w->N[c];
		if (empty(w, c))
			continue;
		if (k->cat == DYAD__TB_LEAF) {
			unsigned t = tag_of(w, c);
			if (ck_wh(t))
				put(w, k->tok_begin, DYAD_CHUNK_SBAR, n);
			else if (!object || t == DYAD_POS_IN || t == DYAD_POS_TO)
				put(w, k->tok_begin, DYAD_CHUNK_PP, g);
			else
				put(w, k->tok_begin, by_tag(t), n);
		} else if (k->cat == DYAD__TB_PP) {
			pp(w, c, open_group(w, DYAD_CHUNK_PP, g) ? g : c);
			object = 1;
		} else {
			walk(w, c, -1);
			object = 1;
		}
	}
}

static void walk(walker *w, int32_t n, int32_t inh)
{
	const dyad__tb_node *k = &w->N[n];
	if (empty(w, n))
		return;
	switch (k->cat) {
	case DYAD__TB_LEAF:
		put(w, k->tok_begin, by_tag(tag_of(w, n)), n);
		return;
	case DYAD__TB_NP:
		if (flat(w, n))
			all(w, n, DYAD_CHUNK_NP, n);
		else
			np_kids(w, n, n);
		return;
	case DYAD__TB_NML:
	case DYAD__TB_QP:
		if (flat(w, n))
			all(w, n, DYAD_CHUNK_NP, inh >= 0 ? inh : n);
		else
			np_kids(w, n, inh >= 0 ? inh : n);
		return;
	case DYAD__TB_ADJP:
	case DYAD__TB_ADVP:
		if (inh >= 0 && flat(w, n))
			all(w, n, DYAD_CHUNK_NP, inh); /* a modifier inside an NP */
		else
			kids(w, n, k->cat == DYAD__TB_ADJP ? DYAD_CHUNK_ADJP : DYAD_CHUNK_ADVP, n);
		return;
	case DYAD__TB_VP:
		vp(w, n, n);
		return;
	case DYAD__TB_PP:
		pp(w, n, n);
		return;
	case DYAD__TB_SBAR:
		kids(w, n, DYAD_CHUNK_SBAR, n);
		return;
	case DYAD__TB_WH:
		for (int32_t c = k->child; c >= 0; c = w->N[c].next) {
			if (empty(w, c))
				continue;
			if (w->N[c].cat != DYAD__TB_LEAF)
				walk(w, c, -1);
			else if (ck_wh(tag_of(w, c)))
				put(w, w->N[c].tok_begin, DYAD_CHUNK_SBAR, n);
			else
				put(w, w->N[c].tok_begin, by_tag(tag_of(w, c)), c);
		}
		return;
	case DYAD__TB_PRT:
		all(w, n, DYAD_CHUNK_PRT, n);
		return;
	case DYAD__TB_CONJP:
		all(w, n, DYAD_CHUNK_CONJ, n);
		return;
	default:
		kids(w, n, 0, n);
		return;
	}
}

/* Head and flags of an NP: the last noun, else the pronoun, the last
 * number, adjective, or token. */
static uint32_t np_head(const dyad_token *toks, uint32_t b, uint32_t e, uint16_t *flags)
{
	uint32_t noun = e, pron = e, cd = e, adj = e, head;
	uint16_t f = 0;
	for (uint32_t i = b; i < e; i++) {
		unsigned t = toks[i].tag;
		if (ck_noun(t))
			noun = i;
		else if (t == DYAD_POS_PRP || t == DYAD_POS_EX)
			pron = i;
		else if (t == DYAD_POS_CD)
			cd = i;
		else if (ck_adj(t))
			adj = i;
		if (t == DYAD_POS_POS || t == DYAD_POS_PRPS)
			f |= DYAD_NPF_POSSESSIVE;
	}
	head = noun < e ? noun : pron < e ? pron : cd < e ? cd : adj < e ? adj : e - 1;
	if (toks[head].tag == DYAD_POS_PRP)
		f |= DYAD_NPF_PRONOUN;
	if (ck_proper(toks[head].tag))
		f |= DYAD_NPF_PROPER;
	*flags = f;
	return head;
}

/* Cut tokens [b, e) into chunks at out->chunks[*n…]. */
static void cut(dyad_doc_chunks *out, dyad_doc_text *doc, const walker *w, uint32_t b,
	uint32_t e)
{
	for (uint32_t i = b, j; i < e; i = j) {
		dyad_chunk *c = &out->chunks[out->n_chunks];
		j = i + 1;
		if (w->key[i] != SOLO)
			while (j < e && w->type[j] == w->type[i] && w->key[j] == w->key[i])
				j++;
		c->tok_begin = i;
		c->tok_end = j;
		c->type = w->type[i];
		c->flags = 0;
		c->clause = -1;
		if (c->type == DYAD_CHUNK_NP)
			c->head = np_head(doc->toks, i, j, &c->flags);
		else if (c->type == DYAD_CHUNK_VP)
			c->flags = dyad_chunk__vp_flags(doc->toks, i, j, &c->head);
		else
			c->head = c->type == DYAD_CHUNK_PP || c->type == DYAD_CHUNK_SBAR ? i : j - 1;
		for (uint32_t t = i; t < j; t++)
			doc->toks[t].chunk = (int32_t)out->n_chunks;
		out->n_chunks++;
	}
}

/* ---- clauses ------------------------------------------------------------ */

typedef struct cbuild {
	const walker *w;
	dyad_doc_chunks *out;
	dyad_arena *arena;
	size_t cap;
	uint32_t sent;
	int failed;
} cbuild;

static int32_t add_clause(cbuild *b, int type, int32_t parent, uint32_t bt, uint32_t et)
{
	dyad_doc_chunks *o = b->out;
	const dyad_token *toks = b->w->toks;
	dyad_clause *c;
	if (b->failed)
		return -1;
	if (o->n_clauses == b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 16;
		void *p = dyad_arena_grow(b->arena, o->clauses, b->cap * sizeof *o->clauses,
			ncap * sizeof *o->clauses);
		if (!p) {
			b->failed = 1;
			return -1;
		}
		o->clauses = p;
		b->cap = ncap;
	}
	c = &o->clauses[o->n_clauses];
	c->chunk_begin = (uint32_t)toks[bt].chunk;
	c->chunk_end = (uint32_t)toks[et - 1].chunk + 1;
	c->parent = parent;
	c->type = (uint8_t)type;
	c->sentence = b->sent;
	return (int32_t)o->n_clauses++;
}

/* The verb group of a VP (or of a clause's first VP): the chunk of its
 * first verb word, looking into a first nested VP; -1 if none. */
static int32_t vp_chunk(const cbuild *b, int32_t n)
{
	const walker *w = b->w;
	for (int32_t c = w->N[n].child; c >= 0; c = w->N[c].next) {
		if (empty(w, c))
			continue;
		if (w->N[c].cat == DYAD__TB_LEAF) {
			if (w->type[w->N[c].tok_begin] == DYAD_CHUNK_VP)
				return w->toks[w->N[c].tok_begin].chunk;
		} else if (w->N[c].cat == DYAD__TB_VP) {
			return vp_chunk(b, c);
		}
	}
	return -1;
}

static int finite(const cbuild *b, int32_t k)
{
	return k >= 0 && (b->out->chunks[k].flags & CK_TENSE);
}

/* A finite verb group of saying ("said", "has told"; not "to say"). */
static int reporting(const cbuild *b, int32_t k)
{
	const dyad_chunk *c = &b->out->chunks[k];
	return finite(b, k) && !(c->flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND))
		&& dyad_chunk__reporting(&b->w->toks[c->head]);
}

static int participle(const cbuild *b, int32_t k)
{
	uint16_t f = k >= 0 ? b->out->chunks[k].flags : 0;
	return k >= 0 && !(f & (CK_TENSE | DYAD_VPF_INFINITIVE))
		&& (f & (DYAD_VPF_GERUND | DYAD_VPF_PASSIVE));
}

/* Neighbouring siblings with words (-1 for none). */
static int32_t prev_sib(const walker *w, int32_t c)
{
	int32_t p = w->N[c].parent, prev = -1;
	if (p < 0)
		return -1;
	for (int32_t s = w->N[p].child; s >= 0 && s != c; s = w->N[s].next)
		if (!empty(w, s))
			prev = s;
	return prev;
}

static int32_t next_sib(const walker *w, int32_t c)
{
	int32_t s = w->N[c].next;
	while (s >= 0 && empty(w, s))
		s = w->N[s].next;
	return s;
}

static int leaf_tag(const walker *w, int32_t n, unsigned t)
{
	return n >= 0 && w->N[n].cat == DYAD__TB_LEAF && tag_of(w, n) == t;
}

/* A verb of saying heads a VP child of p (the attribution of c). */
static int32_t reporting_sib(const cbuild *b, int32_t p, int32_t c)
{
	for (int32_t s = b->w->N[p].child; s >= 0; s = b->w->N[s].next) {
		int32_t k;
		if (s != c && b->w->N[s].cat == DYAD__TB_VP && (k = vp_chunk(b, s)) >= 0
			&& reporting(b, k))
			return s;
	}
	return -1;
}

/* Reported content opens under cur: a MAIN cur becomes REPORTING. */
static int content(cbuild *b, int32_t cur, int type)
{
	dyad_clause *c = &b->out->clauses[cur];
	if (c->type == DYAD_CLAUSE_MAIN)
		c->type = DYAD_CLAUSE_REPORTING;
	return type;
}

/* The clause type node c (child of p, inside clause cur) opens, 0 for none;
 * *bt, *et its token range (quotation marks and a participle's preposition
 * included). */
static int opens(cbuild *b, int32_t c, int32_t p, int32_t cur, uint32_t *bt, uint32_t *et)
{
	const walker *w = b->w;
	const dyad__tb_node *C = &w->N[c], *P = &w->N[p];
	int32_t k, first;

	*bt = C->tok_begin;
	*et = C->tok_end;
	switch (C->cat) {
	case DYAD__TB_SBAR: {
		const char *wd = w->toks[C->tok_begin].lower;
		int overt;
		for (first = C->child; first >= 0 && empty(w, first); first = w->N[first].next)
			;
		if (first >= 0 && w->N[first].wh && P->cat == DYAD__TB_NP)
			return DYAD_CLAUSE_RELATIVE;
		overt = first >= 0 && (w->N[first].cat == DYAD__TB_LEAF || w->N[first].wh);
		if (P->cat == DYAD__TB_VP && (k = vp_chunk(b, p)) >= 0 && reporting(b, k)) {
			if (!overt)
				return content(b, cur, DYAD_CLAUSE_MAIN);
			if (!strcmp(wd, "that") || !strcmp(wd, "whether") || !strcmp(wd, "if"))
				return content(b, cur, DYAD_CLAUSE_SUBORDINATE);
		}
		return DYAD_CLAUSE_SUBORDINATE;
	}
	case DYAD__TB_S: {
		int32_t v = -1, s, pv, nx;
		if (P->cat == DYAD__TB_SBAR)
			return 0; /* the SBAR is the clause */
		for (s = C->child; s >= 0 && v < 0; s = w->N[s].next)
			if (w->N[s].cat == DYAD__TB_VP && !empty(w, s))
				v = s;
		if (v < 0 || (k = vp_chunk(b, v)) < 0)
			return 0;
		pv = prev_sib(w, c);
		nx = next_sib(w, c);
		if (finite(b, k)) {
			int32_t rep = P->cat == DYAD__TB_S ? reporting_sib(b, p, c) : -1;
			int quoted = leaf_tag(w, pv, DYAD_POS_LQUOTE);
			if (!(rep >= 0 || (P->cat == DYAD__TB_VP && (k = vp_chunk(b, p)) >= 0
				&& reporting(b, k))))
				return 0; /* a conjunct or a small clause: not a clause of its own */
			/* a quotation keeps its marks, and before its attribution its comma */
			if (quoted)
				*bt = w->N[pv].tok_begin;
			for (int n = 0; n < 2 && (quoted || (rep >= 0 && rep > c)) && nx >= 0
				&& (leaf_tag(w, nx, DYAD_POS_COMMA) || leaf_tag(w, nx, DYAD_POS_RQUOTE)); n++) {
				*et = w->N[nx].tok_end;
				nx = next_sib(w, nx);
			}
			return content(b, cur, DYAD_CLAUSE_MAIN);
		}
		if (!participle(b, k))
			return 0;
		if (P->cat == DYAD__TB_PP) {
			/* "After meeting Hed, …": the preposition opens it */
			int32_t ppv = prev_sib(w, p), ppn = next_sib(w, p);
			if (ppv >= 0 && !leaf_tag(w, ppv, DYAD_POS_COMMA)
				&& !leaf_tag(w, ppn, DYAD_POS_COMMA))
				return 0;
			*bt = P->tok_begin;
			return DYAD_CLAUSE_PARTICIPIAL;
		}
		if (pv < 0 || leaf_tag(w, pv, DYAD_POS_COMMA) || leaf_tag(w, nx, DYAD_POS_COMMA))
			return DYAD_CLAUSE_PARTICIPIAL;
		return 0;
	}
	case DYAD__TB_RRC:
		return DYAD_CLAUSE_PARTICIPIAL;
	case DYAD__TB_VP:
		/* "the minister, speaking to reporters, …" */
		if (P->cat == DYAD__TB_NP && leaf_tag(w, prev_sib(w, c), DYAD_POS_COMMA)
			&& (k = vp_chunk(b, c)) >= 0 && participle(b, k))
			return DYAD_CLAUSE_PARTICIPIAL;
		return 0;
	default:
		return 0;
	}
}

static void cwalk(cbuild *b, int32_t n, int32_t cur)
{
	const walker *w = b->w;
	for (int32_t c = w->N[n].child; c >= 0 && !b->failed; c = w->N[c].next) {
		uint32_t bt, et;
		int type;
		if (empty(w, c) || w->N[c].cat == DYAD__TB_LEAF)
			continue;
		type = opens(b, c, n, cur, &bt, &et);
		if (type) {
			int32_t cl = add_clause(b, type, cur, bt, et);
			if (cl >= 0)
				cwalk(b, c, cl);
		} else {
			cwalk(b, c, cur);
		}
	}
}

/* Each chunk's innermost clause, in one sweep: clauses are in pre-order
 * and nested, so a stack of open ones is enough. */
static int innermost(dyad_doc_chunks *o, dyad_arena *arena)
{
	int32_t *stk = dyad_arena_alloc(arena, (o->n_clauses + 1) * sizeof *stk);
	size_t sp = 0, next = 0;
	if (!stk)
		return -1;
	for (uint32_t k = 0; k < o->n_chunks; k++) {
		while (sp && o->clauses[stk[sp - 1]].chunk_end <= k)
			sp--;
		while (next < o->n_clauses && o->clauses[next].chunk_begin <= k) {
			while (sp && o->clauses[stk[sp - 1]].chunk_end <= o->clauses[next].chunk_begin)
				sp--;
			stk[sp++] = (int32_t)next++;
		}
		while (sp && o->clauses[stk[sp - 1]].chunk_end <= k)
			sp--;
		o->chunks[k].clause = sp ? stk[sp - 1] : -1;
	}
	return 0;
}

int dyad__tb_chunk(dyad_doc_chunks *out, dyad_ctx *ctx, dyad_arena *arena, dyad_doc_text *doc,
	const dyad__tb_forest *f)
{
	size_t ns = doc->n_sents, nt = doc->n_toks;
	walker w;
	cbuild b;

	memset(out, 0, sizeof *out);
	memset(&w, 0, sizeof w);
	w.N = f->nodes;
	w.toks = doc->toks;
	w.type = dyad_arena_calloc(arena, nt + 1, 1);
	w.key = dyad_arena_alloc(arena, (nt + 1) * sizeof *w.key);
	out->chunks = dyad_arena_alloc(arena, (nt + 1) * sizeof *out->chunks);
	out->sent_chunk = dyad_arena_alloc(arena, (ns + 1) * sizeof *out->sent_chunk);
	out->sent_clause = dyad_arena_alloc(arena, (ns + 1) * sizeof *out->sent_clause);
	if (!w.type || !w.key || !out->chunks || !out->sent_chunk || !out->sent_clause)
		goto oom;
	for (size_t t = 0; t < nt; t++) {
		w.type[t] = DYAD_CHUNK_O;
		w.key[t] = SOLO;
	}
	memset(&b, 0, sizeof b);
	b.w = &w;
	b.out = out;
	b.arena = arena;
	for (size_t s = 0; s < ns; s++) {
		int32_t root = f->roots[s];
		w.last_type = 0;
		walk(&w, root, -1);
		out->sent_chunk[s] = (uint32_t)out->n_chunks;
		cut(out, doc, &w, doc->sents[s].tok_begin, doc->sents[s].tok_end);
	}
	out->sent_chunk[ns] = (uint32_t)out->n_chunks;
	for (size_t s = 0; s < ns && !b.failed; s++) {
		int32_t root = f->roots[s], cl;
		b.sent = (uint32_t)s;
		out->sent_clause[s] = (uint32_t)out->n_clauses;
		/* the clause root: below ROOT and other single-child wrappers */
		for (;;) {
			int32_t only = -1, c;
			int many = 0;
			if (w.N[root].cat == DYAD__TB_LEAF || w.N[root].cat == DYAD__TB_S)
				break;
			for (c = w.N[root].child; c >= 0; c = w.N[c].next) {
				if (empty(&w, c))
					continue;
				many |= only >= 0;
				only = c;
			}
			if (many || only < 0)
				break;
			root = only;
		}
		cl = add_clause(&b, DYAD_CLAUSE_MAIN, -1, doc->sents[s].tok_begin,
			doc->sents[s].tok_end);
		if (cl >= 0)
			cwalk(&b, root, cl);
	}
	if (b.failed || innermost(out, arena) < 0)
		goto oom;
	out->sent_clause[ns] = (uint32_t)out->n_clauses;
	return DYAD_OK;
oom:
	memset(out, 0, sizeof *out);
	return dyad__oom(ctx);
}
