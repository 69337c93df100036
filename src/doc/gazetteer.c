/*
 * The gazetteer: dictionaries/places.tsv (or a user's file) read into a
 * hash table keyed on lower-cased word sequences. Names are cut into words
 * by dyad's own tokenizer, so a name is found exactly when the document's
 * tokens spell it ("St. Petersburg" and "St Petersburg" are different
 * keys; the file lists both). Format: docs/dictionaries.md.
 */
#include <stdio.h>
#include <string.h>

#include "ctx_internal.h"
#include "dyad/builtin.h"
#include "places_internal.h"

#define FNV_OFF 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

static uint64_t fnv_bytes(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
	return h;
}

const char *dyad_place_kind_name(dyad_place_kind k)
{
	switch (k) {
	case DYAD_PLACE_COUNTRY: return "country";
	case DYAD_PLACE_CAPITAL: return "capital";
	case DYAD_PLACE_CITY: return "city";
	case DYAD_PLACE_REGION: return "region";
	default: return "place";
	}
}

/* The reader's state: names and keys accumulate in growable arrays on the
 * scratch side until the table is built at the end. */
typedef struct rd {
	dyad_gazetteer *g;
	dyad_ctx *ctx;
	dyad_arena *tmp; /* tokenizer scratch, reset per name */
	const char *file;
	size_t line;
	dyad__gz_slot *keys;
	size_t n_keys, cap_keys;
	size_t cap_places;
} rd;

static int bad(rd *r, const char *fmt, const char *arg)
{
	char msg[1024];
	snprintf(msg, sizeof msg, fmt, arg);
	return dyad__error(r->ctx, DYAD_EINPUT, "%s:%zu: %s", r->file, r->line, msg);
}

/* s[0..n) without surrounding blanks. */
static void trim(const char **s, size_t *n)
{
	while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
		(*n)--;
}

/* Add name s[0..n) as a key of place p. */
static int add_key(rd *r, const char *s, size_t n, uint32_t p)
{
	dyad_analysis an;
	char buf[512], *kb;
	size_t kl = 0;
	uint64_t h = FNV_OFF;
	int rc;

	trim(&s, &n);
	if (n == 0)
		return bad(r, "%sempty name (or an empty alternate between '|')", "");
	dyad_arena_reset(r->tmp);
	rc = dyad_pipeline_run(&an, r->ctx, NULL, r->tmp, s, n, DYAD_STAGE_SPLIT);
	if (rc)
		return rc;
	if (an.doc.n_toks == 0)
		return bad(r, "name '%s' has no words", dyad_arena_strndup(r->tmp, s, n));
	if (an.doc.n_toks > DYAD_PLACES_MAX_WORDS) {
		snprintf(buf, sizeof buf, "name '%.*s' has more than %d words", (int)(n > 200 ? 200 : n), s,
			DYAD_PLACES_MAX_WORDS);
		return bad(r, "%s", buf);
	}
	for (size_t i = 0; i < an.doc.n_toks; i++) {
		const char *w = an.doc.toks[i].lower;
		size_t wl = strlen(w);
		if (kl + wl + 1 >= sizeof buf)
			return bad(r, "%s", "name too long");
		if (i) {
			buf[kl++] = ' ';
			h = fnv_bytes(h, " ", 1);
		}
		memcpy(buf + kl, w, wl);
		kl += wl;
		h = fnv_bytes(h, w, wl);
	}
	if (r->n_keys == r->cap_keys) {
		size_t nc = r->cap_keys ? r->cap_keys * 2 : 4096;
		dyad__gz_slot *nk = dyad_ctx_realloc(r->ctx, r->keys, r->cap_keys * sizeof *nk,
			nc * sizeof *nk);
		if (!nk)
			return DYAD_ENOMEM;
		r->keys = nk;
		r->cap_keys = nc;
	}
	if (!(kb = dyad_arena_strndup(r->g->mem, buf, kl)))
		return dyad__oom(r->ctx);
	r->keys[r->n_keys++] = (dyad__gz_slot){ h, kb, (uint32_t)kl, p, (uint8_t)an.doc.n_toks,
		(uint8_t)((an.doc.toks[0].flags & DYAD_TOKF_ALLCAPS) != 0) };
	return 0;
}

static int parse_kind(const char *s, size_t n)
{
	static const char *const names[] = { "country", "capital", "city", "region" };
	for (int k = 0; k < 4; k++)
		if (strlen(names[k]) == n && !memcmp(names[k], s, n))
			return k + 1;
	return -1;
}

/* One data line: name, country, kind, alternates. */
static int data_line(rd *r, const char *s, size_t n)
{
	const char *col[5];
	size_t len[5], nc = 0, i = 0, st = 0;
	dyad__gz_place *pl;
	int kind;

	for (i = 0; i <= n; i++)
		if (i == n || s[i] == '\t') {
			if (nc == 5)
				break;
			col[nc] = s + st;
			len[nc++] = i - st;
			st = i + 1;
		}
	if (nc < 3 || nc > 4) {
		char m[128];
		snprintf(m, sizeof m, "expected 3 or 4 tab-separated columns (name, country, kind, alternates), found %s%zu",
			nc > 4 ? "more than " : "", nc > 4 ? (size_t)4 : nc);
		return bad(r, "%s", m);
	}
	for (i = 0; i < nc; i++)
		trim(&col[i], &len[i]);
	if (len[0] == 0)
		return bad(r, "%s", "empty name");
	if (!(len[1] == 1 && col[1][0] == '-')
		&& !(len[1] == 3 && col[1][0] >= 'A' && col[1][0] <= 'Z' && col[1][1] >= 'A'
			&& col[1][1] <= 'Z' && col[1][2] >= 'A' && col[1][2] <= 'Z')) {
		char code[16];
		snprintf(code, sizeof code, "%.*s", (int)(len[1] > 12 ? 12 : len[1]), col[1]);
		return bad(r, "bad country code '%s' (three capital letters, or - for none)", code);
	}
	if ((kind = parse_kind(col[2], len[2])) < 0) {
		char k[32];
		snprintf(k, sizeof k, "%.*s", (int)(len[2] > 20 ? 20 : len[2]), col[2]);
		return bad(r, "unknown kind '%s' (country, capital, city or region)", k);
	}
	if (r->g->n_places == r->cap_places) {
		size_t ncap = r->cap_places ? r->cap_places * 2 : 2048;
		dyad__gz_place *np = dyad_arena_grow(r->g->mem, r->g->places,
			r->cap_places * sizeof *np, ncap * sizeof *np);
		if (!np)
			return dyad__oom(r->ctx);
		r->g->places = np;
		r->cap_places = ncap;
	}
	pl = &r->g->places[r->g->n_places];
	pl->name = dyad_arena_strndup(r->g->mem, col[0], len[0]);
	pl->country = len[1] == 3 ? dyad_arena_strndup(r->g->mem, col[1], 3) : NULL;
	pl->kind = (uint8_t)kind;
	if (!pl->name || (len[1] == 3 && !pl->country))
		return dyad__oom(r->ctx);
	int rc = add_key(r, col[0], len[0], (uint32_t)r->g->n_places);
	if (rc)
		return rc;
	if (nc == 4 && len[3]) {
		const char *a = col[3];
		size_t left = len[3];
		for (;;) {
			const char *bar = memchr(a, '|', left);
			size_t al = bar ? (size_t)(bar - a) : left;
			if ((rc = add_key(r, a, al, (uint32_t)r->g->n_places)))
				return rc;
			if (!bar)
				break;
			left -= al + 1;
			a = bar + 1;
		}
	}
	r->g->n_places++;
	return 0;
}

/* Header: the first line that is neither blank nor a comment. */
static int header_ok(const char *s, size_t n)
{
	static const char want[] = "name\tcountry\tkind";
	size_t w = sizeof want - 1;
	if (n < w || memcmp(s, want, w))
		return 0;
	s += w, n -= w;
	while (n && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	return n == 0 || (n == 11 && !memcmp(s, "\talternates", 11));
}

/* Put every key in the table; a key seen before keeps its first place, so
 * the file's order says which "Hyderabad" a bare name means. */
static int build_table(rd *r)
{
	dyad_gazetteer *g = r->g;
	size_t size = 64;
	while (size < r->n_keys * 2)
		size *= 2;
	if (!(g->slots = dyad_arena_calloc(g->mem, size, sizeof *g->slots)))
		return dyad__oom(r->ctx);
	g->mask = size - 1;
	for (size_t i = 0; i < r->n_keys; i++) {
		const dyad__gz_slot *k = &r->keys[i];
		size_t at = (size_t)k->hash & g->mask;
		int dup = 0;
		while (g->slots[at].key) {
			const dyad__gz_slot *o = &g->slots[at];
			if (o->hash == k->hash && o->key_len == k->key_len && !memcmp(o->key, k->key, k->key_len)) {
				dup = 1;
				break;
			}
			at = (at + 1) & g->mask;
		}
		if (!dup) {
			g->slots[at] = *k;
			g->n_names++;
		}
	}
	return 0;
}

int dyad_gazetteer_new_mem(dyad_gazetteer **out, dyad_ctx *ctx, const char *name, const char *text,
	size_t len)
{
	rd r;
	size_t pos = 0;
	int rc = 0, seen_header = 0;

	if (!out || !ctx || (!text && len))
		return dyad__error(ctx, DYAD_EINVALID, "dyad_gazetteer_new_mem: NULL argument");
	*out = NULL;
	memset(&r, 0, sizeof r);
	r.ctx = ctx;
	r.file = name ? name : "places";
	if (!(r.g = dyad_ctx_malloc(ctx, sizeof *r.g)))
		return DYAD_ENOMEM;
	memset(r.g, 0, sizeof *r.g);
	r.g->ctx = ctx;
	if ((rc = dyad_arena_new(&r.g->mem, ctx)) || (rc = dyad_arena_new(&r.tmp, ctx)))
		goto done;
	while (pos < len) {
		const char *s = text + pos, *nl = memchr(s, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - s) : len - pos, k = 0;
		pos += n + (nl != NULL);
		r.line++;
		while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k == n || s[k] == '#')
			continue;
		if (!seen_header) {
			if (!header_ok(s, n)) {
				rc = bad(&r, "%s", "expected the header line name<TAB>country<TAB>kind<TAB>alternates");
				goto done;
			}
			seen_header = 1;
			continue;
		}
		if ((rc = data_line(&r, s, n)))
			goto done;
	}
	if (!seen_header) {
		rc = dyad__error(ctx, DYAD_EINPUT, "%s: no header line (name<TAB>country<TAB>kind<TAB>alternates)",
			r.file);
		goto done;
	}
	rc = build_table(&r);
done:
	dyad_ctx_free_mem(ctx, r.keys, r.cap_keys * sizeof *r.keys);
	dyad_arena_free(r.tmp);
	if (rc) {
		if (rc == DYAD_ENOMEM)
			dyad__oom(ctx);
		dyad_gazetteer_free(r.g);
		return rc;
	}
	*out = r.g;
	return 0;
}

int dyad_gazetteer_new(dyad_gazetteer **out, dyad_ctx *ctx, const char *path)
{
	const char *data;
	size_t len = 0, cap = 0;
	char *buf = NULL;
	int rc;

	if (!path || !strncmp(path, DYAD_BUILTIN_PREFIX, DYAD_BUILTIN_PREFIX_LEN)) {
		const char *nm = path ? path + DYAD_BUILTIN_PREFIX_LEN : "places.tsv";
		if (dyad_builtin_find(&data, &len, nm) < 0)
			return dyad__error(ctx, DYAD_ENOTFOUND, "%s%s: no such built-in file",
				DYAD_BUILTIN_PREFIX, nm);
		return dyad_gazetteer_new_mem(out, ctx, path ? path : "builtin:places.tsv", data, len);
	}
	if ((rc = dyad__read_file(&buf, &len, &cap, ctx, path)) < 0)
		return rc;
	rc = dyad_gazetteer_new_mem(out, ctx, path, buf, len);
	dyad_ctx_free_mem(ctx, buf, cap);
	return rc;
}

void dyad_gazetteer_free(dyad_gazetteer *g)
{
	if (!g)
		return;
	dyad_arena_free(g->mem);
	dyad_ctx_free_mem(g->ctx, g, sizeof *g);
}

size_t dyad_gazetteer_count(const dyad_gazetteer *g)
{
	return g ? g->n_places : 0;
}

size_t dyad_gazetteer_names(const dyad_gazetteer *g)
{
	return g ? g->n_names : 0;
}

int32_t dyad__gaz_match(const dyad_gazetteer *g, const dyad_token *toks, uint32_t b, uint32_t lim,
	uint32_t *n_words, int any_case)
{
	uint64_t h = FNV_OFF;
	int32_t best = -1;
	uint32_t k;

	*n_words = 0;
	for (k = 0; k < DYAD_PLACES_MAX_WORDS && b + k < lim; k++) {
		const char *w = toks[b + k].lower;
		size_t at;
		if (!w)
			break;
		if (k)
			h = fnv_bytes(h, " ", 1);
		h = fnv_bytes(h, w, strlen(w));
		for (at = (size_t)h & g->mask; g->slots[at].key; at = (at + 1) & g->mask) {
			const dyad__gz_slot *s = &g->slots[at];
			const char *p = s->key;
			uint32_t i;
			if (s->hash != h || s->n_words != k + 1)
				continue;
			/* "the GAO" is not Gao */
			if ((toks[b].flags & DYAD_TOKF_ALLCAPS) && !s->caps && !any_case)
				continue;
			/* compare word by word: the key is the words joined by ' ' */
			for (i = 0; i <= k; i++) {
				size_t wl = strlen(toks[b + i].lower);
				if (strncmp(p, toks[b + i].lower, wl) || (p[wl] != (i == k ? '\0' : ' ')))
					break;
				p += wl + 1;
			}
			if (i > k) {
				best = (int32_t)s->place;
				*n_words = k + 1;
				break;
			}
		}
	}
	return best;
}
