/*
 * Optional parse input (dyad/treebank.h): reads Treebank trees, aligns their
 * leaves with the story's text and makes the tokens and sentences that
 * dyad's own splitter would; treebank_chunk.c then cuts the chunks and
 * clauses from the constituents.
 *
 * The reader is iterative (an explicit stack of open constituents), so a
 * hostile parse can neither overflow the C stack here nor in the recursive
 * walks of treebank_chunk.c, whose depth the same limit bounds.
 */
#include <assert.h>
#include <string.h>
#include <utf8proc.h>

#include "ctx_internal.h"
#include "dyad/lemma.h"
#include "dyad/tagger.h"
#include "dyad/treebank.h"
#include "treebank_internal.h"

typedef struct reader {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad__tb_forest *f;
	size_t cap, roots_cap;
	uint32_t n_toks;
	int32_t stack[DYAD_TREEBANK_MAX_DEPTH];
	int32_t last[DYAD_TREEBANK_MAX_DEPTH]; /* last child of each open node */
	size_t depth;
} reader;

static int is_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

static int lab_eq(const char *l, size_t n, const char *name)
{
	return strlen(name) == n && memcmp(l, name, n) == 0;
}

/* Class of a label; function tags and indices ("NP-SBJ-1", "S=2") are cut
 * off first, but not from labels starting with '-' ("-NONE-"). */
static uint8_t category(const char *l, size_t n)
{
	static const struct { const char *name; uint8_t cat; } cats[] = {
		{ "S", DYAD__TB_S }, { "SINV", DYAD__TB_S }, { "SQ", DYAD__TB_S },
		{ "SBARQ", DYAD__TB_S }, { "SBAR", DYAD__TB_SBAR }, { "NP", DYAD__TB_NP },
		{ "NML", DYAD__TB_NML }, { "NX", DYAD__TB_NML }, { "NAC", DYAD__TB_NML },
		{ "VP", DYAD__TB_VP }, { "PP", DYAD__TB_PP }, { "WHPP", DYAD__TB_PP },
		{ "ADJP", DYAD__TB_ADJP }, { "ADVP", DYAD__TB_ADVP }, { "QP", DYAD__TB_QP },
		{ "PRT", DYAD__TB_PRT }, { "CONJP", DYAD__TB_CONJP }, { "WHNP", DYAD__TB_WH },
		{ "WHADVP", DYAD__TB_WH }, { "WHADJP", DYAD__TB_WH }, { "RRC", DYAD__TB_RRC },
	};
	size_t k;
	for (k = 1; k < n; k++)
		if (l[k] == '-' || l[k] == '=')
			break;
	for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
		if (lab_eq(l, k, cats[i].name))
			return cats[i].cat;
	return DYAD__TB_OTHER;
}

static int bad(reader *r, size_t at, const char *what)
{
	return dyad__error(r->ctx, DYAD_EINPUT, "<Parse> at byte %zu: %s", at, what);
}

/* A new node under the innermost open one (or a new root); -1 on OOM. */
static int32_t add_node(reader *r, const char *label, size_t llen)
{
	dyad__tb_forest *f = r->f;
	dyad__tb_node *n;
	int32_t id;
	if (f->n_nodes == r->cap) {
		size_t ncap = r->cap ? r->cap * 2 : 64;
		void *p = dyad_arena_grow(r->arena, f->nodes, r->cap * sizeof *f->nodes,
			ncap * sizeof *f->nodes);
		if (!p)
			return -1;
		f->nodes = p;
		r->cap = ncap;
	}
	id = (int32_t)f->n_nodes++;
	n = &f->nodes[id];
	memset(n, 0, sizeof *n);
	n->label = label;
	n->label_len = (uint32_t)llen;
	n->child = n->next = -1;
	n->parent = r->depth ? r->stack[r->depth - 1] : -1;
	n->tok_begin = n->tok_end = r->n_toks;
	n->cat = category(label, llen);
	n->wh = llen >= 2 && label[0] == 'W' && label[1] == 'H';
	if (r->depth) {
		int32_t *last = &r->last[r->depth - 1];
		if (*last < 0)
			f->nodes[n->parent].child = id;
		else
			f->nodes[*last].next = id;
		*last = id;
	} else {
		if (f->n_roots == r->roots_cap) {
			size_t ncap = r->roots_cap ? r->roots_cap * 2 : 4;
			void *p = dyad_arena_grow(r->arena, f->roots, r->roots_cap * sizeof *f->roots,
				ncap * sizeof *f->roots);
			if (!p)
				return -1;
			f->roots = p;
			r->roots_cap = ncap;
		}
		f->roots[f->n_roots++] = id;
	}
	return id;
}

/* Read every tree of s[0..len) into r->f. */
static int read_trees(reader *r, const char *s, size_t len)
{
	size_t i = 0;
	for (;;) {
		while (i < len && is_ws(s[i]))
			i++;
		if (i >= len)
			break;
		if (s[i] == ')') {
			dyad__tb_node *n;
			if (!r->depth)
				return bad(r, i, "unbalanced ')'");
			n = &r->f->nodes[r->stack[--r->depth]];
			if (n->child < 0)
				return bad(r, i, "empty constituent");
			n->tok_end = r->n_toks;
			if (!r->depth && n->tok_begin == n->tok_end)
				return bad(r, i, "tree without words");
			i++;
			continue;
		}
		if (s[i] != '(')
			return bad(r, i, "text outside brackets");
		size_t at = i++, lb = i;
		while (i < len && !is_ws(s[i]) && s[i] != '(' && s[i] != ')')
			i++;
		size_t ll = i - lb;
		while (i < len && is_ws(s[i]))
			i++;
		int32_t id = add_node(r, s + lb, ll);
		if (id < 0)
			return dyad__oom(r->ctx);
		if (i < len && s[i] != '(' && s[i] != ')') {
			/* (TAG word): a leaf, which -NONE- leaves without a token */
			dyad__tb_node *n = &r->f->nodes[id];
			size_t wb = i;
			while (i < len && !is_ws(s[i]) && s[i] != '(' && s[i] != ')')
				i++;
			n->word = s + wb;
			n->word_len = (uint32_t)(i - wb);
			while (i < len && is_ws(s[i]))
				i++;
			if (!ll)
				return bad(r, wb, "word without a tag");
			if (i >= len || s[i] != ')')
				return bad(r, i, "expected ')' after a word");
			i++;
			n->cat = DYAD__TB_LEAF;
			if (!lab_eq(n->label, ll, "-NONE-"))
				r->n_toks++;
			n->tok_end = r->n_toks;
			if (!r->depth && n->tok_begin == n->tok_end)
				return bad(r, at, "tree without words");
			continue;
		}
		if (i >= len)
			return bad(r, len, "unbalanced '(': tree not closed");
		if (r->depth == DYAD_TREEBANK_MAX_DEPTH)
			return dyad__error(r->ctx, DYAD_ELIMIT, "<Parse> at byte %zu: tree deeper than %d",
				at, DYAD_TREEBANK_MAX_DEPTH);
		r->stack[r->depth] = id;
		r->last[r->depth++] = -1;
	}
	if (r->depth)
		return bad(r, len, "unbalanced '(': tree not closed");
	if (!r->f->n_roots)
		return bad(r, 0, "empty parse");
	return DYAD_OK;
}

/* ---- alignment ---------------------------------------------------------- */

/* Whole-word Treebank escapes and the spellings they stand for in text. */
static const struct { const char *leaf; const char *text[12]; } escapes[] = {
	{ "-LRB-", { "(", "[", "{", NULL } }, { "-RRB-", { ")", "]", "}", NULL } },
	{ "-LCB-", { "{", "(", "[", NULL } }, { "-RCB-", { "}", ")", "]", NULL } },
	{ "-LSB-", { "[", "(", "{", NULL } }, { "-RSB-", { "]", ")", "}", NULL } },
	{ "``", { "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "``", "''", "\xe2\x80\x9e", "\xc2\xab",
		"\xc2\xbb", "'", "\xe2\x80\x98", "\xe2\x80\x99", NULL } },
	{ "''", { "\"", "\xe2\x80\x9d", "\xe2\x80\x9c", "''", "``", "\xc2\xbb", "\xc2\xab", "'",
		"\xe2\x80\x99", "\xe2\x80\x98", NULL } },
	{ "`", { "'", "\xe2\x80\x98", "`", "\xe2\x80\x99", NULL } },
	{ "--", { "--", "\xe2\x80\x94", "\xe2\x80\x93", "-", NULL } },
	{ "...", { "...", "\xe2\x80\xa6", ". . .", NULL } },
};

/* The surface form of a leaf for a rebuilt text: escapes undone. */
static const char *surface(const dyad__tb_node *n, size_t *len)
{
	for (size_t e = 0; e < sizeof escapes / sizeof escapes[0]; e++)
		if (lab_eq(n->word, n->word_len, escapes[e].leaf)) {
			*len = strlen(escapes[e].text[0]);
			return escapes[e].text[0];
		}
	*len = n->word_len;
	return n->word;
}

/* Length of the text t[0..n) spelling the leaf word w, 0 if it does not.
 * Beyond whole-word escapes, an apostrophe or double quote in the leaf
 * matches its typographic forms, and "\/" "\*" (old Treebank escapes)
 * match "/" "*". ASCII letters match in either case: some PETRARCH records'
 * parses were made from a differently cased copy of the text. */
static size_t match(const char *t, size_t n, const char *w, size_t wl)
{
	size_t i = 0, j = 0;
	for (size_t e = 0; e < sizeof escapes / sizeof escapes[0]; e++) {
		if (!lab_eq(w, wl, escapes[e].leaf))
			continue;
		for (const char *const *a = escapes[e].text; *a; a++) {
			size_t al = strlen(*a);
			if (al <= n && memcmp(t, *a, al) == 0)
				return al;
		}
		return 0;
	}
	while (j < wl) {
		char c = w[j];
		if (c == '\\' && j + 1 < wl && (w[j + 1] == '/' || w[j + 1] == '*'))
			c = w[++j];
		if (i < n && (t[i] == c || ((unsigned)((t[i] | 32) - 'a') < 26 && (t[i] | 32) == (c | 32)))) {
			i++, j++;
		} else if ((c == '\'' || c == '"') && i + 3 <= n
			&& memcmp(t + i, "\xe2\x80", 2) == 0
			&& (c == '\'' ? (t[i + 2] == '\x98' || t[i + 2] == '\x99')
				: (t[i + 2] == '\x9c' || t[i + 2] == '\x9d'))) {
			i += 3, j++;
		} else {
			return 0;
		}
	}
	return i;
}

/* Lower-case s[0..n) into the arena (simple case mapping, which can grow a
 * character by half; undecodable bytes are copied). */
static char *lower_dup(dyad_arena *a, const char *s, size_t n)
{
	char *out = dyad_arena_alloc(a, n + n / 2 + 5), *p = out;
	size_t i = 0;
	if (!out)
		return NULL;
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		if ((unsigned char)s[i] < 0x80) {
			*p++ = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			*p++ = s[i++];
			continue;
		}
		p += utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)p);
		i += (size_t)k;
	}
	*p = '\0';
	return out;
}

/* Token kind and shape flags from its text and tag, as the tokeniser would
 * have set them. */
static void shape(dyad_token *t, const char *w)
{
	static const char *const contr[] = { "n't", "'re", "'ll", "'ve", "'d", "'m" };
	size_t n = t->len, letters = 0, upper = 0, alnum = 0;
	int dot = 0, digit0 = w[0] >= '0' && w[0] <= '9';
	unsigned tag = t->tag;
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w + i,
			(utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			k = 1, cp = 0xFFFD;
		if (utf8proc_isupper(cp) || utf8proc_islower(cp)) {
			letters++;
			if (utf8proc_isupper(cp)) {
				upper++;
				if (i == 0)
					t->flags |= DYAD_TOKF_CAP;
			}
		}
		if (utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU
			&& utf8proc_category(cp) <= UTF8PROC_CATEGORY_NO)
			alnum++; /* letters, marks and numbers are contiguous in the enum */
		if (cp == '-' && i > 0 && i + 1 < n)
			t->flags |= DYAD_TOKF_HYPHEN;
		if (cp == '.' && i > 0)
			dot = 1;
		i += (size_t)k;
	}
	if (letters >= 2 && upper == letters)
		t->flags |= DYAD_TOKF_ALLCAPS;
	t->kind = DYAD_TOK_WORD;
	if (tag == DYAD_POS_LQUOTE || tag == DYAD_POS_RQUOTE || (n == 1 && w[0] == '"')) {
		t->kind = DYAD_TOK_QUOTE;
		t->flags |= tag == DYAD_POS_RQUOTE ? DYAD_TOKF_QUOTE_CLOSE : DYAD_TOKF_QUOTE_OPEN;
	} else if (tag == DYAD_POS_POS) {
		t->kind = DYAD_TOK_POSSESSIVE;
	} else if (tag == DYAD_POS_DOLLAR) {
		t->kind = DYAD_TOK_CURRENCY;
	} else if (n == 1 && w[0] == '%') {
		t->kind = DYAD_TOK_PERCENT;
	} else if (tag == DYAD_POS_HASH || (!alnum && !dyad_pos_is_punct((dyad_pos)tag))) {
		t->kind = alnum ? DYAD_TOK_WORD : n && strchr(".,;:!?()[]{}-", w[0]) ? DYAD_TOK_PUNCT
			: DYAD_TOK_SYMBOL;
	} else if (dyad_pos_is_punct((dyad_pos)tag)) {
		t->kind = DYAD_TOK_PUNCT;
	} else if (digit0) {
		t->kind = DYAD_TOK_NUMBER;
	} else if (dot && letters) {
		t->kind = DYAD_TOK_ABBREV;
	} else {
		for (size_t c = 0; c < sizeof contr / sizeof contr[0]; c++)
			if (strcmp(t->lower, contr[c]) == 0
				|| (strcmp(t->lower, "'s") == 0 && tag != DYAD_POS_POS))
				t->kind = DYAD_TOK_CONTRACTION;
	}
}

/* Place every token in the normalised text; -1 (and *stop, the leaf that
 * failed) when some leaf is not where it should be. */
static int align(dyad_doc_text *d, const dyad__tb_forest *f, size_t *stop)
{
	const char *s = d->text.buf;
	size_t n = d->text.len, cur = 0, k = 0;
	for (size_t i = 0; i < f->n_nodes; i++) {
		const dyad__tb_node *nd = &f->nodes[i];
		dyad_token *t;
		size_t j = cur, m;
		uint16_t fl = 0;
		if (nd->cat != DYAD__TB_LEAF || nd->tok_begin == nd->tok_end)
			continue;
		while (j < n && (is_ws(s[j]) || (j + 1 < n && memcmp(s + j, "\xc2\xa0", 2) == 0))) {
			fl |= DYAD_TOKF_SPACE_BEFORE;
			if (s[j] == '\n')
				fl |= DYAD_TOKF_NEWLINE_BEFORE;
			j += s[j] == '\xc2' ? 2 : 1;
		}
		m = match(s + j, n - j, nd->word, nd->word_len);
		if (!m && j < n && s[j] == '_' && cur > 0) {
			/* PETRARCH joins compound names ("Dol_Amroth") the parser split */
			while (j < n && s[j] == '_')
				j++;
			m = match(s + j, n - j, nd->word, nd->word_len);
		}
		if (!m) {
			*stop = k;
			return -1;
		}
		t = &d->toks[k++];
		t->off = (uint32_t)j;
		t->len = (uint32_t)m;
		t->flags = fl;
		cur = j + m;
	}
	return 0;
}

/* The fallback when alignment fails: a text of the leaves' surface forms
 * separated by spaces, whose byte map points at the input offset of each
 * aligned token and, from the failing leaf on, where alignment stopped. */
static int rebuild(dyad_doc_text *d, dyad_arena *a, const dyad__tb_forest *f, size_t stop,
	size_t input_len)
{
	size_t total = 1, k = 0, o = 0;
	uint32_t at = 0;
	char *buf;
	uint32_t *map;
	for (size_t i = 0; i < f->n_nodes; i++)
		if (f->nodes[i].cat == DYAD__TB_LEAF)
			total += f->nodes[i].word_len + 1;
	buf = dyad_arena_alloc(a, total);
	map = dyad_arena_alloc(a, (total + 1) * sizeof *map);
	if (!buf || !map)
		return -1;
	if (stop > 0) {
		const dyad_token *lt = &d->toks[stop - 1];
		at = (uint32_t)dyad_text_input_offset(&d->text, lt->off + lt->len);
	}
	for (size_t i = 0; i < f->n_nodes; i++) {
		const dyad__tb_node *nd = &f->nodes[i];
		size_t wl;
		const char *w;
		uint32_t in;
		if (nd->cat != DYAD__TB_LEAF || nd->tok_begin == nd->tok_end)
			continue;
		w = surface(nd, &wl);
		in = k < stop ? (uint32_t)dyad_text_input_offset(&d->text, d->toks[k].off) : at;
		if (k) {
			map[o] = in;
			buf[o++] = ' ';
		}
		d->toks[k].off = (uint32_t)o;
		d->toks[k].len = (uint32_t)wl;
		d->toks[k].flags = k ? DYAD_TOKF_SPACE_BEFORE : 0;
		for (size_t b = 0; b < wl; b++) {
			map[o] = in;
			buf[o++] = w[b];
		}
		k++;
	}
	buf[o] = '\0';
	map[o] = (uint32_t)input_len;
	d->text.buf = buf;
	d->text.len = o;
	d->text.map = map;
	d->text.input_len = input_len;
	d->text.n_invalid = 0;
	d->text.first_invalid = 0;
	return 0;
}

/* Tokens (placed, lower-cased, tagged, shaped) and sentences. */
static int make_tokens(dyad_doc_text *d, dyad_ctx *ctx, dyad_arena *a,
	const dyad__tb_forest *f, uint32_t n_toks, size_t input_len)
{
	size_t stop = 0, k = 0;
	d->toks = dyad_arena_calloc(a, n_toks, sizeof *d->toks);
	d->sents = dyad_arena_calloc(a, f->n_roots, sizeof *d->sents);
	if (!d->toks || !d->sents)
		return dyad__oom(ctx);
	d->n_toks = n_toks;
	if (align(d, f, &stop) < 0 && rebuild(d, a, f, stop, input_len) < 0)
		return dyad__oom(ctx);
	for (size_t i = 0; i < f->n_nodes; i++) {
		const dyad__tb_node *nd = &f->nodes[i];
		dyad_token *t;
		char tagz[16];
		dyad_pos pos = DYAD_POS_NONE;
		if (nd->cat != DYAD__TB_LEAF || nd->tok_begin == nd->tok_end)
			continue;
		t = &d->toks[k++];
		if (nd->label_len < sizeof tagz) {
			memcpy(tagz, nd->label, nd->label_len);
			tagz[nd->label_len] = '\0';
			if (dyad_pos_parse(&pos, tagz) != DYAD_OK)
				pos = DYAD_POS_NONE; /* HYPH, NFP, ADD …: left untagged */
		}
		t->tag = (uint8_t)pos;
		t->chunk = -1;
		if (!(t->lower = lower_dup(a, d->text.buf + t->off, t->len)))
			return dyad__oom(ctx);
		shape(t, d->text.buf + t->off);
	}
	for (size_t r = 0; r < f->n_roots; r++) {
		const dyad__tb_node *root = &f->nodes[f->roots[r]];
		dyad_sentence *se = &d->sents[r];
		const dyad_token *last = &d->toks[root->tok_end - 1];
		se->tok_begin = root->tok_begin;
		se->tok_end = root->tok_end;
		se->off = d->toks[root->tok_begin].off;
		se->len = last->off + last->len - se->off;
		d->toks[root->tok_begin].flags |= DYAD_TOKF_SENT_START;
	}
	d->n_sents = f->n_roots;
	d->n_paras = 1;
	return DYAD_OK;
}

int dyad_pipeline_from_parse(dyad_analysis *out, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const char *raw_text, size_t len, const char *parse, size_t parse_len)
{
	dyad__tb_forest f;
	reader *r;
	int rc;

	assert(out && ctx && arena);
	memset(out, 0, sizeof *out);
	if (!parse)
		return dyad__error(ctx, DYAD_EINVALID, "no parse to analyse");
	if (!lex)
		return dyad__error(ctx, DYAD_EINVALID, "lemmas need a lexicon");
	if (parse_len >= UINT32_MAX)
		return dyad__error(ctx, DYAD_ELIMIT, "<Parse> of 4 GiB or more");
	memset(&f, 0, sizeof f);
	/* the reader's stacks are big: from the arena, not the C stack */
	if (!(r = dyad_arena_calloc(arena, 1, sizeof *r)))
		return dyad__oom(ctx);
	r->ctx = ctx;
	r->arena = arena;
	r->f = &f;
	if ((rc = read_trees(r, parse, parse_len)) < 0)
		return rc;
	if ((rc = dyad_text_normalize(&out->doc.text, ctx, arena, raw_text ? raw_text : "",
		raw_text ? len : 0)) < 0
		|| (rc = make_tokens(&out->doc, ctx, arena, &f, r->n_toks, raw_text ? len : 0)) < 0
		|| (rc = dyad_lemma_tokens(ctx, lex, arena, out->doc.toks, out->doc.n_toks)) < 0
		|| (rc = dyad__tb_chunk(&out->chunks, ctx, arena, &out->doc, &f)) < 0) {
		memset(out, 0, sizeof *out);
		return rc;
	}
	return DYAD_OK;
}
