/*
 * Name keys for actors from context (context.h): one key for the
 * transliteration variants of a name, and the coder's index of the
 * dictionary's multi-word actor phrases by key, built once per coder.
 */
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "dict/matcher_internal.h"

/* ---- name keys ---- */

/* Latin-1 Supplement U+00C0..U+00FF and Latin Extended-A U+0100..U+017F
 * folded to a base letter ('.' none). */
static const char fold_c0[] = "aaaaaaaceeeeiiiidnooooo.ouuuuyts"
	"aaaaaaaceeeeiiiidnooooo.ouuuuyty";
static const char fold_100[] = "aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh"
	"iiiiiiiiii" "ii" "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooo" "oo" "rrrrrr"
	"ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";

/* Fold one word's bytes into ASCII lower-case letters (others dropped);
 * the Slavic háček letters spell their English digraphs (š sh, č ch, ž
 * zh), as transliterations write them. */
static size_t fold(char *o, size_t cap, const char *w, size_t n)
{
	size_t i = 0, k = 0;
	while (i < n && k + 3 < cap) {
		unsigned char c = (unsigned char)w[i];
		unsigned cp;
		if (c < 0x80) {
			if (c >= 'A' && c <= 'Z')
				o[k++] = (char)(c - 'A' + 'a');
			else if (c >= 'a' && c <= 'z')
				o[k++] = (char)c;
			i++;
			continue;
		}
		if ((c & 0xe0) == 0xc0 && i + 1 < n) {
			cp = ((c & 0x1fu) << 6) | ((unsigned char)w[i + 1] & 0x3fu);
			i += 2;
		} else {
			i++;
			while (i < n && ((unsigned char)w[i] & 0xc0) == 0x80)
				i++;
			continue;
		}
		if (cp == 0x160 || cp == 0x161 || cp == 0x10c || cp == 0x10d || cp == 0x17d
			|| cp == 0x17e) {
			o[k++] = cp >= 0x17d ? 'z' : cp >= 0x160 ? 's' : 'c';
			o[k++] = 'h';
		} else if (cp >= 0xc0 && cp < 0x100 && fold_c0[cp - 0xc0] != '.') {
			o[k++] = fold_c0[cp - 0xc0];
		} else if (cp >= 0x100 && cp < 0x180) {
			o[k++] = fold_100[cp - 0x100];
		}
	}
	o[k] = '\0';
	return k;
}

static int vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* One word's key: letter groups mapped, doubles merged, inner vowels
 * dropped, a final vowel run kept as one vowel (Sergei and Sergio stay
 * apart, Dmitri and Dmitry meet). */
static size_t word_key(char *out, size_t cap, const char *w, size_t n)
{
	char f[64], g[96];
	size_t nf = fold(f, sizeof f, w, n), i, k = 0, o = 0, last;
	for (i = 0; i < nf && k + 3 < sizeof g; i++) {
		char c = f[i], d = i + 1 < nf ? f[i + 1] : 0;
		if ((c == 'k' || c == 'p' || c == 't') && d == 'h') {
			g[k++] = c == 'p' ? 'f' : c == 'k' ? 'h' : 't';
			i++;
		} else if (c == 'c' && d == 'k') {
			g[k++] = 'k';
			i++;
		} else if (c == 's' && d == 'c' && i + 2 < nf && f[i + 2] == 'h') {
			g[k++] = 's';
			g[k++] = 'h';
			i += 2;
		} else if (c == 'o' && d == 'u') {
			g[k++] = 'u';
			i++;
		} else if (c == 'x') {
			g[k++] = 'k';
			g[k++] = 's';
		} else if (c == 'c' && d != 'h') {
			g[k++] = 'k';
		} else if (c == 'q') {
			g[k++] = 'k';
		} else if (c == 'w') {
			g[k++] = 'v';
		} else if (c == 'y' || (c == 'j' && i + 1 == nf)) {
			g[k++] = 'i';
		} else {
			g[k++] = c;
		}
	}
	/* a leading i before a vowel is a glide: Yevgeny, Evgeny */
	i = k >= 2 && g[0] == 'i' && vowel(g[1]) ? 1 : 0;
	for (last = k; last > i && vowel(g[last - 1]); last--)
		;
	for (; i < k && o + 1 < cap; i++) {
		if (o > 0 && out[o - 1] == g[i])
			continue;
		if (o > 0 && vowel(g[i]) && i < last)
			continue;
		if (i >= last && o > 0 && i + 1 < k)
			continue; /* the final run's last vowel stands for it */
		out[o] = g[i] == 'e' && i >= last && o > 0 ? 'i' : g[i];
		o++;
	}
	if (o < cap)
		out[o] = '\0';
	return o;
}

size_t dyad_context__name_key(char *out, size_t cap, const char *name, size_t len)
{
	size_t i = 0, o = 0;
	if (cap == 0)
		return 0;
	out[0] = '\0';
	while (i < len) {
		size_t b, k;
		while (i < len && dyad_context__name_sep(name[i]))
			i++;
		b = i;
		while (i < len && !dyad_context__name_sep(name[i]))
			i++;
		if (i == b)
			break;
		if (o > 0 && o + 1 < cap)
			out[o++] = ' ';
		k = word_key(out + o, cap - o, name + b, i - b);
		if (k == 0 && o > 0 && out[o - 1] == ' ')
			o--;
		o += k;
	}
	if (o >= cap)
		o = cap - 1;
	out[o] = '\0';
	return o;
}

static uint64_t fnv(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* ---- the coder's index of dictionary phrases by key ---- */

typedef struct ixent { uint64_t h; uint32_t name; } ixent;

struct dyad__keyindex {
	ixent *e;
	size_t n, cap;
};

static int ixcmp(const void *x, const void *y)
{
	const ixent *a = x, *b = y;
	return a->h < b->h ? -1 : a->h > b->h ? 1 : a->name < b->name ? -1 : a->name > b->name;
}

int dyad_context__index_new(dyad__keyindex **out, dyad_ctx *ctx, const dyad_matcher *m)
{
	dyad__keyindex *ix;
	uint32_t t;
	*out = NULL;
	ix = dyad_ctx_malloc(ctx, sizeof *ix);
	if (!ix)
		return DYAD_ENOMEM;
	memset(ix, 0, sizeof *ix);
	for (t = 0; t < m->n[DM_S_TERMS]; t++)
		ix->cap += m->terms[t].kind == DM_ACTOR;
	if (ix->cap && !(ix->e = dyad_ctx_malloc(ctx, ix->cap * sizeof *ix->e))) {
		dyad_ctx_free_mem(ctx, ix, sizeof *ix);
		return DYAD_ENOMEM;
	}
	for (t = 0; t < m->n[DM_S_TERMS] && ix->n < ix->cap; t++) {
		const dm_name *nm;
		const char *p;
		char key[64];
		if (m->terms[t].kind != DM_ACTOR)
			continue;
		nm = &m->names[m->terms[t].name];
		/* people's names: two to four words, letters only */
		if (nm->n_words < 2 || nm->n_words > 4)
			continue;
		p = m->str + nm->text;
		if (strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz _-") != strlen(p))
			continue;
		if (!dyad_context__name_key(key, sizeof key, p, strlen(p)) || !strchr(key, ' '))
			continue;
		ix->e[ix->n].h = fnv(key);
		ix->e[ix->n++].name = m->terms[t].name;
	}
	if (ix->n)
		qsort(ix->e, ix->n, sizeof *ix->e, ixcmp);
	*out = ix;
	return DYAD_OK;
}

void dyad_context__index_free(dyad__keyindex *ix, dyad_ctx *ctx)
{
	if (!ix)
		return;
	dyad_ctx_free_mem(ctx, ix->e, ix->cap * sizeof *ix->e);
	dyad_ctx_free_mem(ctx, ix, sizeof *ix);
}

/* The dictionary phrase whose key is key: its words looked up again for
 * the code on the date. 1 when found. */
int dyad_context__index_find(const dyad__keyindex *ix, const dyad_matcher *m, int32_t date,
	const char *key, dyad_actor_match *am)
{
	uint64_t h = fnv(key);
	size_t lo = 0, hi = ix ? ix->n : 0;
	const char *p, *words[8];
	char buf[8][48];
	size_t nw = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ix->e[mid].h < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!ix || lo >= ix->n || ix->e[lo].h != h)
		return 0;
	p = m->str + m->names[ix->e[lo].name].text;
	while (*p && nw < 8) {
		size_t l = 0;
		while (*p && dyad_context__name_sep(*p))
			p++;
		while (p[l] && !dyad_context__name_sep(p[l]))
			l++;
		if (!l)
			break;
		if (l >= sizeof buf[0])
			return 0;
		for (size_t i = 0; i < l; i++)
			buf[nw][i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' : p[i]);
		buf[nw][l] = '\0';
		words[nw] = buf[nw];
		nw++;
		p += l;
	}
	return nw && dyad_matcher_actor(m, words, nw, date, am) && am->n_words == nw
		&& am->code && *am->code && strcmp(am->code, "---");
}

