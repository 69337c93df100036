/*
 * Loading the lexicon (dyad/lexicon.h): festlex-poslex's word/tag lexicon
 * and tag trigram counts, and WordNet's index and exception lists.
 *
 * festlex-poslex is by the Centre for Speech Technology Research, University
 * of Edinburgh (Festival Speech Synthesis System), derived from the Penn
 * Treebank WSJ corpus and distributed under a permissive licence; WordNet 3.0
 * is Copyright 2006 by Princeton University, under the WordNet licence. We
 * read both from their Debian packages at run time and copy nothing.
 *
 * Each file is read whole into one buffer; keys are NUL-terminated in place
 * and indexed by open-addressing tables, so a load makes a handful of
 * allocations however many entries there are.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "lang/lexicon_internal.h"

const char *const dyad__ftag_names[DYAD__NTAG] = {
	"nn", "punc", "nnp", "dt", "in", "jj", "nns", "cd", "rb", "vbd", "vb", "prp",
	"cc", "of", "to", "vbz", "vbn", "vbg", "vbp", "md", "pos", "wdt", "jjr", "wp",
	"nnps", "wrb", "jjs", "rbr", "rp", "ex", "rbs", "pdt", "fw", "uh", "sym", "ls"
};

static const char *const wn_names[DYAD__WN_N] = { "noun", "verb", "adj", "adv" };

enum { B_POSLEX, B_INDEX0, B_EXC0 = B_INDEX0 + DYAD__WN_N }; /* buffer slots */

#define POSLEX_FILE "wsj.wp39.poslexR"
#define NGRAM_FILE "wsj.wp39.tri.ngrambin"
#define POSLEX_PKG "festlex-poslex"
#define WORDNET_PKG "wordnet-base"

/* The hash of s[0..len) and, in the same pass, its head (dyad__entry). */
static inline uint32_t hash_head(const char *s, size_t len, uint64_t *head)
{
	uint32_t h = 2166136261u; /* FNV-1a: short keys, good enough spread */
	uint64_t hd = 0;
	size_t i, m = len < 8 ? len : 8;
	for (i = 0; i < m; i++) {
		unsigned char c = (unsigned char)s[i];
		h = (h ^ c) * 16777619u;
		hd |= (uint64_t)c << (8 * i);
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	*head = hd;
	return h;
}

uint32_t dyad__hash(const char *s, size_t len)
{
	uint64_t head;
	return hash_head(s, len, &head);
}

/* Does e hold s[0..len), whose hash is h and head hd? */
static inline int same_key(const dyad__entry *e, const char *s, size_t len, uint32_t h,
	uint64_t hd)
{
	return e->hash == h && e->len == len && e->head == hd &&
		(len <= 8 || memcmp(e->key + 8, s + 8, len - 8) == 0);
}

void dyad__key_init(dyad__key *k, const char *s, size_t len)
{
	k->s = s;
	k->len = len;
	k->hash = hash_head(s, len, &k->head);
}

const dyad__entry *dyad__tab_find_key(const dyad__tab *t, const dyad__key *key)
{
	uint32_t i, k;
	if (!t->slots)
		return NULL;
	for (i = key->hash & t->mask; (k = t->slots[i]) != 0; i = (i + 1) & t->mask)
		if (same_key(&t->ents[k - 1], key->s, key->len, key->hash, key->head))
			return &t->ents[k - 1];
	return NULL;
}

const dyad__entry *dyad__tab_find(const dyad__tab *t, const char *s, size_t len)
{
	dyad__key k;
	dyad__key_init(&k, s, len);
	return dyad__tab_find_key(t, &k);
}

/* Room for n entries (one per line of the file: never exceeded). */
static int tab_init(dyad__tab *t, dyad_ctx *ctx, size_t n)
{
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	if (cap > 0x80000000u)
		return dyad__error(ctx, DYAD_ELIMIT, "lexicon table too large");
	t->slots = dyad_ctx_malloc(ctx, cap * sizeof *t->slots);
	t->ents = dyad_ctx_malloc(ctx, n * sizeof *t->ents);
	t->mask = (uint32_t)cap - 1; /* set now: tab_free needs the sizes */
	t->cap = (uint32_t)n;
	t->n = 0;
	if (!t->slots || !t->ents)
		return dyad__oom(ctx);
	memset(t->slots, 0, cap * sizeof *t->slots);
	return DYAD_OK;
}

/* Insert key (NUL-terminated, length len); NULL when the key is already
 * there (the first line wins, as with WordNet's own binary search) or the
 * table is full. */
static dyad__entry *tab_add(dyad__tab *t, const char *key, size_t len)
{
	uint64_t hd;
	uint32_t h = hash_head(key, len, &hd), i, k;
	dyad__entry *e;
	for (i = h & t->mask; (k = t->slots[i]) != 0; i = (i + 1) & t->mask)
		if (same_key(&t->ents[k - 1], key, len, h, hd))
			return NULL;
	if (t->n == t->cap)
		return NULL;
	e = &t->ents[t->n++];
	e->key = key;
	e->head = hd;
	e->len = (uint32_t)len;
	e->hash = h;
	e->u.val = NULL;
	t->slots[i] = t->n;
	return e;
}

static void tab_free(dyad__tab *t, dyad_ctx *ctx)
{
	if (t->slots)
		dyad_ctx_free_mem(ctx, t->slots, ((size_t)t->mask + 1) * sizeof *t->slots);
	if (t->ents)
		dyad_ctx_free_mem(ctx, t->ents, (size_t)t->cap * sizeof *t->ents);
	t->slots = NULL;
	t->ents = NULL;
}

static int join_path(char *out, size_t cap, dyad_ctx *ctx, const char *dir, const char *name)
{
	int k = snprintf(out, cap, "%s/%s", dir, name);
	if (k < 0 || (size_t)k >= cap)
		return dyad__error(ctx, DYAD_EINVALID, "%s/%s: path too long", dir, name);
	return DYAD_OK;
}

/* Read the whole of path into a NUL-terminated buffer from ctx. */
static int read_file(char **out, size_t *len, dyad_ctx *ctx, const char *path, const char *pkg)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long sz;
	if (!f) {
		if (errno == ENOENT)
			return dyad__error(ctx, DYAD_ENOTFOUND,
				"%s: not found (install the Debian package %s)", path, pkg);
		return dyad__error(ctx, DYAD_EIO, "%s: %s", path, strerror(errno));
	}
	if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		goto io;
	if (!(b = dyad_ctx_malloc(ctx, (size_t)sz + 1))) {
		fclose(f);
		return dyad__oom(ctx);
	}
	if (fread(b, 1, (size_t)sz, f) != (size_t)sz)
		goto io;
	fclose(f);
	b[sz] = '\0';
	*out = b;
	*len = (size_t)sz;
	return DYAD_OK;
io:
	dyad_ctx_free_mem(ctx, b, b ? (size_t)sz + 1 : 0);
	fclose(f);
	return dyad__error(ctx, DYAD_EIO, "%s: read error", path);
}

static size_t count_lines(const char *b, size_t len)
{
	size_t n = 1;
	const char *p = b, *end = b + len;
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	return n;
}

static int ftag_index(const char *s, size_t len)
{
	int i;
	for (i = 0; i < DYAD__NTAG; i++)
		if (strlen(dyad__ftag_names[i]) == len && memcmp(dyad__ftag_names[i], s, len) == 0)
			return i;
	return -1;
}

/* Tag names of the file that we decode over no tag: the disjunctive `1` and
 * `2` (see lexicon_internal.h). */
static int ftag_ignored(const char *s, size_t len)
{
	return len == 1 && (s[0] == '1' || s[0] == '2');
}

/* One line of the poslex: ("word" ((tag logp) ...) () ) */
static int poslex_line(dyad_lexicon *lex, char *p, char *end, const char *path, size_t line)
{
	dyad_ctx *ctx = lex->ctx;
	char *w = p + 2, *q;
	dyad__entry *e;
	uint32_t em = (uint32_t)lex->n_emits;

	if (end - p < 4 || p[0] != '(' || p[1] != '"')
		return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: expected (\"word\"", path, line);
	for (q = w; q < end && !(q[0] == '"' && q + 1 < end && q[1] == ' '); q++)
		;
	if (q >= end || q == w)
		return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: unterminated word", path, line);
	*q = '\0';
	p = q + 2;
	if (p >= end || *p != '(')
		return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: expected tag list", path, line);
	p++;
	for (;;) {
		char *tag, *num;
		size_t tl;
		double v;
		int t;
		while (p < end && *p == ' ')
			p++;
		if (p < end && *p == ')')
			break;
		if (p >= end || *p != '(')
			return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: expected (tag logp)", path, line);
		tag = ++p;
		while (p < end && *p != ' ' && *p != ')')
			p++;
		tl = (size_t)(p - tag);
		if (p >= end || *p != ' ')
			return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: expected (tag logp)", path, line);
		*p = '\0'; /* strtod must stop at the ')' below, never run past end */
		v = strtod(p + 1, &num);
		if (num == p + 1 || num >= end || *num != ')' || v > 0.01)
			return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: bad log probability", path, line);
		p = num + 1;
		if (ftag_ignored(tag, tl))
			continue;
		if ((t = ftag_index(tag, tl)) < 0)
			return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: unknown tag %.*s", path, line,
				(int)tl, tag);
		lex->emits[lex->n_emits].lp = (float)v;
		lex->emits[lex->n_emits].tag = (uint8_t)t;
		lex->n_emits++;
	}
	if (lex->n_emits == em)
		return DYAD_OK; /* only disjunctive tags: nothing to decode with */
	if ((e = tab_add(&lex->words, w, (size_t)(q - w))) != NULL) {
		e->u.e.em = em;
		e->u.e.n_em = (uint32_t)(lex->n_emits - em);
	} else {
		lex->n_emits = em;
	}
	return DYAD_OK;
}

static int load_poslex(dyad_lexicon *lex, const char *dir)
{
	char path[4096];
	char *b, *p, *end;
	size_t len, line = 0;
	int rc;

	if ((rc = join_path(path, sizeof path, lex->ctx, dir, POSLEX_FILE)) < 0 ||
	    (rc = read_file(&lex->buf[B_POSLEX], &lex->buf_len[B_POSLEX], lex->ctx, path,
		    POSLEX_PKG)) < 0)
		return rc;
	b = lex->buf[B_POSLEX];
	len = lex->buf_len[B_POSLEX];
	if ((rc = tab_init(&lex->words, lex->ctx, count_lines(b, len))) < 0)
		return rc;
	/* Each emission takes at least "(t 0)" in the file: a safe bound. */
	if (!(lex->emits = dyad_ctx_malloc(lex->ctx, (len / 5 + 1) * sizeof *lex->emits)))
		return dyad__oom(lex->ctx);
	for (p = b; p < b + len; p = end + 1) {
		char *nl = memchr(p, '\n', (size_t)(b + len - p));
		end = nl ? nl : b + len;
		line++;
		if (end > p && end[-1] == '\r')
			end--;
		*end = '\0';
		if (p == end || p[0] == '\0' || (line == 1 && strcmp(p, "MNCL") == 0))
			continue; /* the header names the lexicon's format */
		if ((rc = poslex_line(lex, p, end, path, line)) < 0)
			return rc;
		end = nl ? nl : b + len;
	}
	return DYAD_OK;
}

static double be_double(const unsigned char *p)
{
	uint64_t u = 0;
	double d;
	int i;
	for (i = 0; i < 8; i++)
		u = (u << 8) | p[i];
	memcpy(&d, &u, sizeof d);
	return d;
}

/* Turn trigram counts n[a][b][c] into interpolated log P(c | a b), with
 * TnT's deleted interpolation choosing the weights (Brants 2000, fig. 1). */
static void build_trans(dyad_lexicon *lex, const double *n3, int nv)
{
	enum { T = DYAD__NTAG };
	static const double eps = 1e-9;
	double uni[T] = { 0 }, bi[T][T], ctx2[T][T], ctx1[T] = { 0 }, total = 0, lt, l[3] = { 0 };
	int a, b, c;

	memset(bi, 0, sizeof bi);
	memset(ctx2, 0, sizeof ctx2);
	for (a = 0; a < T; a++)
		for (b = 0; b < T; b++)
			for (c = 0; c < T; c++) {
				double v = n3[((size_t)a * nv + b) * nv + c];
				uni[c] += v;
				bi[b][c] += v;
				ctx2[a][b] += v;
				ctx1[b] += v;
				total += v;
			}
	for (a = 0; a < T; a++)
		for (b = 0; b < T; b++)
			for (c = 0; c < T; c++) {
				double v = n3[((size_t)a * nv + b) * nv + c], x3, x2, x1;
				if (v < 1)
					continue; /* the file's smoothed fractions carry no event */
				x3 = ctx2[a][b] > 1 ? (v - 1) / (ctx2[a][b] - 1) : 0;
				x2 = ctx1[b] > 1 ? (bi[b][c] - 1) / (ctx1[b] - 1) : 0;
				x1 = (uni[c] - 1) / (total - 1);
				if (x3 >= x2 && x3 >= x1)
					l[2] += v;
				else if (x2 >= x1)
					l[1] += v;
				else
					l[0] += v;
			}
	lt = l[0] + l[1] + l[2];
	for (a = 0; a < 3; a++)
		l[a] = lt > 0 ? l[a] / lt : 1.0 / 3;
	for (c = 0; c < T; c++)
		lex->log_prior[c] = (float)log((uni[c] + eps) / (total + eps * T));
	for (a = 0; a < T; a++)
		for (b = 0; b < T; b++)
			for (c = 0; c < T; c++) {
				double v = n3[((size_t)a * nv + b) * nv + c];
				double p = l[0] * (uni[c] + eps) / (total + eps * T);
				if (ctx1[b] > 0)
					p += l[1] * bi[b][c] / ctx1[b];
				if (ctx2[a][b] > 0)
					p += l[2] * v / ctx2[a][b];
				lex->trans_bca[b][c][a] = (float)log(p + eps);
			}
}

static int load_ngram(dyad_lexicon *lex, const char *dir)
{
	enum { MAXV = 64 };
	dyad_ctx *ctx = lex->ctx;
	char path[4096];
	char *b = NULL;
	const char *p, *end, *nl;
	size_t len, i, nd, k = 0, need = 0;
	int map[MAXV], nv = 0, rc, seen = 0;
	double *n3 = NULL;

	if ((rc = join_path(path, sizeof path, ctx, dir, NGRAM_FILE)) < 0 ||
	    (rc = read_file(&b, &len, ctx, path, POSLEX_PKG)) < 0)
		return rc;
	p = b;
	end = b + len;
	if (len < 13 || memcmp(b, "NgramBin_2 3\n", 13) != 0 ||
	    !(nl = memchr(b + 13, '\n', len - 13))) {
		rc = dyad__error(ctx, DYAD_EINPUT, "%s:1: not an NgramBin_2 trigram file", path);
		goto out;
	}
	p = b + 13; /* line 2: the tag vocabulary; line 3: the predicted one */
	while (p < nl) {
		const char *s = p;
		while (p < nl && *p != ' ')
			p++;
		if (p > s) {
			int t = ftag_index(s, (size_t)(p - s));
			if (nv == MAXV || (t < 0 && !ftag_ignored(s, (size_t)(p - s)))) {
				rc = dyad__error(ctx, DYAD_EINPUT, "%s:2: unknown tag %.*s", path,
					(int)(p - s), s);
				goto out;
			}
			map[nv++] = t;
		}
		while (p < nl && *p == ' ')
			p++;
	}
	/* The decoder indexes counts by our tag numbers, which follow this file's
	 * vocabulary order; insist on it rather than permute. */
	for (i = 0; i < (size_t)nv; i++)
		if (map[i] >= 0 && map[i] != seen++) {
			rc = dyad__error(ctx, DYAD_EINPUT, "%s:2: unexpected tag order", path);
			goto out;
		}
	if (seen != DYAD__NTAG || !(p = memchr(nl + 1, '\n', (size_t)(end - nl - 1)))) {
		rc = dyad__error(ctx, DYAD_EINPUT, "%s:3: bad vocabulary", path);
		goto out;
	}
	p++;
	nd = (size_t)(end - p) / 8;
	need = (size_t)nv * nv * nv;
	if (!(n3 = dyad_ctx_malloc(ctx, need * sizeof *n3))) {
		rc = dyad__oom(ctx);
		goto out;
	}
	/* Counts are run-length coded: a value -r stands for r-1 zero counts (the
	 * file holds 3035 runs, and values plus zeros come to exactly 38^3). */
	for (i = 0; i < nd; i++) {
		double v = be_double((const unsigned char *)p + 8 * i);
		if (v < 0) {
			size_t r = (size_t)(-v) - 1;
			if (r > need - k)
				break;
			memset(n3 + k, 0, r * sizeof *n3);
			k += r;
		} else if (k < need && v == v) {
			n3[k++] = v;
		} else {
			break;
		}
	}
	if (i != nd || k != need) {
		rc = dyad__error(ctx, DYAD_EINPUT, "%s: n-gram counts do not fill %d^3 cells", path,
			nv);
		goto out;
	}
	build_trans(lex, n3, nv);
out:
	dyad_ctx_free_mem(ctx, n3, n3 ? need * sizeof *n3 : 0);
	dyad_ctx_free_mem(ctx, b, len + 1);
	return rc;
}

/* index.<pos>: lemma first on each line; licence lines start with spaces.
 * <pos>.exc: "inflected base [base…]"; the first base is WordNet's choice. */
static int load_wordnet(dyad_lexicon *lex, const char *dir, int pos, int exc)
{
	dyad_ctx *ctx = lex->ctx;
	char name[32], path[4096];
	int slot = (exc ? B_EXC0 : B_INDEX0) + pos, rc;
	dyad__tab *t = exc ? &lex->wn_exc[pos] : &lex->wn_index[pos];
	char *b, *p, *end, *lim;
	size_t line = 0;

	snprintf(name, sizeof name, exc ? "%s.exc" : "index.%s", wn_names[pos]);
	if ((rc = join_path(path, sizeof path, ctx, dir, name)) < 0 ||
	    (rc = read_file(&lex->buf[slot], &lex->buf_len[slot], ctx, path, WORDNET_PKG)) < 0)
		return rc;
	b = lex->buf[slot];
	lim = b + lex->buf_len[slot];
	if ((rc = tab_init(t, ctx, count_lines(b, lex->buf_len[slot]))) < 0)
		return rc;
	for (p = b; p < lim; p = end + 1) {
		char *k = p, *sp;
		dyad__entry *e;
		line++;
		end = memchr(p, '\n', (size_t)(lim - p));
		if (!end)
			end = lim;
		if (p == end || *p == ' ')
			continue;
		if (!(sp = memchr(p, ' ', (size_t)(end - p))) || sp == p) {
			if (!exc && sp == NULL && end > p && end[-1] != '\r')
				sp = end; /* a bare lemma is still a lemma */
			else
				return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: expected a word and %s", path,
					line, exc ? "its base form" : "its data");
		}
		*sp = '\0';
		e = tab_add(t, k, (size_t)(sp - k));
		if (exc && sp < end) {
			char *v = sp + 1, *ve = v;
			while (ve < end && *ve != ' ' && *ve != '\r')
				ve++;
			if (ve == v)
				return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: missing base form", path, line);
			*ve = '\0';
			if (e)
				e->u.val = v;
		} else if (exc) {
			return dyad__error(ctx, DYAD_EINPUT, "%s:%zu: missing base form", path, line);
		}
	}
	return DYAD_OK;
}

int dyad_lexicon_load(dyad_lexicon **out, dyad_ctx *ctx, const dyad_lexicon_options *opts)
{
	const char *pdir = opts && opts->poslex_dir ? opts->poslex_dir : DYAD_POSLEX_DIR_DEFAULT;
	const char *wdir = opts && opts->wordnet_dir ? opts->wordnet_dir : DYAD_WORDNET_DIR_DEFAULT;
	dyad_lexicon *lex;
	int rc, pos;

	*out = NULL;
	if (opts && opts->version != DYAD_LEXICON_OPTIONS_VERSION)
		return dyad__error(ctx, DYAD_EINVALID, "lexicon options version %u unsupported",
			opts->version);
	if (!(lex = dyad_ctx_malloc(ctx, sizeof *lex)))
		return dyad__oom(ctx);
	memset(lex, 0, sizeof *lex);
	lex->ctx = ctx;
	if ((rc = load_poslex(lex, pdir)) < 0 || (rc = load_ngram(lex, pdir)) < 0 ||
	    (rc = dyad__tagger_prepare(lex)) < 0)
		goto fail;
	for (pos = 0; pos < DYAD__WN_N; pos++)
		if ((rc = load_wordnet(lex, wdir, pos, 0)) < 0 ||
		    (rc = load_wordnet(lex, wdir, pos, 1)) < 0)
			goto fail;
	if ((rc = dyad__lemma_prepare(lex)) < 0)
		goto fail;
	*out = lex;
	return DYAD_OK;
fail:
	dyad_lexicon_free(lex);
	return rc;
}

size_t dyad_lexicon_size(const dyad_lexicon *lex)
{
	return lex->words.n;
}

void dyad_lexicon_free(dyad_lexicon *lex)
{
	dyad_ctx *ctx;
	int i;
	if (!lex)
		return;
	ctx = lex->ctx;
	for (i = 0; i < DYAD__NBUF; i++)
		dyad_ctx_free_mem(ctx, lex->buf[i], lex->buf[i] ? lex->buf_len[i] + 1 : 0);
	tab_free(&lex->words, ctx);
	for (i = 0; i < DYAD__WN_N; i++) {
		tab_free(&lex->wn_index[i], ctx);
		tab_free(&lex->wn_exc[i], ctx);
	}
	dyad_ctx_free_mem(ctx, lex->cands, lex->n_cands * sizeof *lex->cands);
	dyad_ctx_free_mem(ctx, (void *)lex->lemmas, lex->n_lemmas * sizeof *lex->lemmas);
	dyad_ctx_free_mem(ctx, lex->emits, lex->emits ? (lex->buf_len[B_POSLEX] / 5 + 1) *
		sizeof *lex->emits : 0);
	dyad_ctx_free_mem(ctx, lex, sizeof *lex);
}
