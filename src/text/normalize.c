/*
 * Normalisation: raw bytes to NFC UTF-8 with a byte map back to the input.
 *
 * Why it is shaped like this: news text is almost all ASCII, so the common
 * case must cost one table lookup per byte. The input is scanned until the
 * first byte that needs attention; if there is none the text is copied and
 * map stays NULL. Otherwise the output is built byte by byte, and utf8proc
 * is called only on "clusters" (a starter plus the marks that follow it),
 * on a small stack buffer, never through its allocating helpers.
 *
 * The map is created lazily at the first change: until then output offset
 * equals input offset, so the prefix of the map is the identity. Every byte
 * of a cluster that composition changed maps to the cluster's first input
 * byte. Controls become spaces (\n and \t kept; \r\n and lone \r become
 * \n); invalid UTF-8 becomes U+FFFD.
 */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "dyad/text.h"
#include "ctx_internal.h"

/* Clusters longer than this are cut, as in Unicode's stream-safe format,
 * so that canonical reordering (quadratic in utf8proc) stays bounded. */
#define MAX_CLUSTER 32

/* Byte classes: 0 = ASCII copied as is, 1 = control, 2 = \r, 3 = non-ASCII.
 * A table keeps the fast scan to one load and compare per byte. */
static const unsigned char bcls[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 2, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

/* The output being built. map is NULL until the first change. */
typedef struct nbuf {
	dyad_arena *a;
	char *out;
	uint32_t *map;
	size_t n, cap;
	int oom;
} nbuf;

/* Make room for k more bytes (and map entries, plus the final one). */
static int reserve(nbuf *b, size_t k)
{
	size_t ncap;
	if (b->n + k + 1 <= b->cap)
		return 0;
	ncap = b->cap * 2;
	if (ncap < b->n + k + 1)
		ncap = b->n + k + 1;
	b->out = dyad_arena_grow(b->a, b->out, b->cap, ncap);
	if (b->map)
		b->map = dyad_arena_grow(b->a, b->map, b->cap * sizeof *b->map,
			ncap * sizeof *b->map);
	b->cap = ncap;
	if (!b->out || dyad_arena_failed(b->a)) {
		b->oom = 1;
		return -1;
	}
	return 0;
}

/* Start the map: everything so far was copied unchanged. */
static int start_map(nbuf *b)
{
	size_t i;
	if (b->map)
		return 0;
	b->map = dyad_arena_alloc(b->a, b->cap * sizeof *b->map);
	if (!b->map) {
		b->oom = 1;
		return -1;
	}
	for (i = 0; i < b->n; i++)
		b->map[i] = (uint32_t)i;
	return 0;
}

/* Append bytes s[0..k) that stand for input starting at src. Identity
 * copies (changed == 0) map byte by byte; changed bytes all map to src. */
static int put(nbuf *b, const char *s, size_t k, size_t src, int changed)
{
	size_t i;
	if (reserve(b, k) < 0)
		return -1;
	if (changed && start_map(b) < 0)
		return -1;
	memcpy(b->out + b->n, s, k);
	if (b->map)
		for (i = 0; i < k; i++)
			b->map[b->n + i] = (uint32_t)(changed ? src : src + i);
	b->n += k;
	return 0;
}

/* Decode one UTF-8 sequence at s (n bytes available, s[0] >= 0x80).
 * Returns its length and sets *cp, or returns the length of the invalid
 * sequence (lead byte plus any continuation bytes that follow it, at most
 * the expected count) and sets *cp to -1. */
static size_t decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned c = s[0];
	size_t need, i;
	int32_t v, min;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2; v = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3; v = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < need; i++) {
		if (i >= n || (s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = -1;
		return need;
	}
	*cp = v;
	return need;
}

/* Does cp attach to the preceding starter (so that NFC may combine them)?
 * Combining marks, and the Hangul vowels/trailing consonants and Indic
 * vowel signs that compose with a preceding starter. */
static int attaches(int32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	return p->combining_class != 0 || p->boundclass == UTF8PROC_BOUNDCLASS_EXTEND ||
		p->boundclass == UTF8PROC_BOUNDCLASS_SPACINGMARK ||
		p->boundclass == UTF8PROC_BOUNDCLASS_V || p->boundclass == UTF8PROC_BOUNDCLASS_T;
}

/* NFC of the cluster in[start..end) (valid UTF-8), appended to b. */
static int put_cluster(nbuf *b, const unsigned char *in, size_t start, size_t end)
{
	utf8proc_int32_t stack[MAX_CLUSTER * 4 + 8];
	utf8proc_int32_t *buf = stack;
	utf8proc_ssize_t cap = (utf8proc_ssize_t)(sizeof stack / sizeof *stack), n, m, i;
	unsigned char enc[4];
	size_t k, o, len = end - start;
	const utf8proc_option_t opt = UTF8PROC_COMPOSE | UTF8PROC_STABLE;

	n = utf8proc_decompose(in + start, (utf8proc_ssize_t)len, buf, cap, opt);
	if (n > cap) {
		/* only pathological clusters get here; the arena keeps it simple */
		buf = dyad_arena_alloc(b->a, (size_t)n * sizeof *buf);
		if (!buf) {
			b->oom = 1;
			return -1;
		}
		cap = n;
		n = utf8proc_decompose(in + start, (utf8proc_ssize_t)len, buf, cap, opt);
	}
	if (n < 0) /* cannot happen on valid input; copy rather than lose text */
		return put(b, (const char *)in + start, len, start, 0);
	m = utf8proc_normalize_utf32(buf, n, opt);
	/* Encode into the output, then compare with the input: most clusters
	 * are already NFC and keep a byte-exact map. */
	o = b->n;
	for (i = 0; i < m; i++) {
		k = (size_t)utf8proc_encode_char(buf[i], enc);
		if (reserve(b, k) < 0)
			return -1;
		memcpy(b->out + b->n, enc, k);
		b->n += k;
	}
	if (b->n - o == len && memcmp(b->out + o, in + start, len) == 0) {
		if (b->map)
			for (k = 0; k < len; k++)
				b->map[o + k] = (uint32_t)(start + k);
		return 0;
	}
	/* changed: the map must exist and cover the prefix as identity */
	{
		size_t done = b->n;
		b->n = o;
		if (start_map(b) < 0)
			return -1;
		b->n = done;
	}
	for (k = o; k < b->n; k++)
		b->map[k] = (uint32_t)start;
	return 0;
}

/* The slow path, from input offset i onwards (everything before it is
 * already in b, unchanged). */
static int slow(nbuf *b, dyad_text *t, const unsigned char *in, size_t len, size_t i)
{
	static const char fffd[3] = { (char)0xEF, (char)0xBF, (char)0xBD };
	/* Last cluster start that a following mark may attach to: input and
	 * output offsets, or cs_in == SIZE_MAX when there is none. */
	size_t cs_in = SIZE_MAX, cs_out = 0;
	size_t run, j, k, start;
	int32_t cp;

	if (i > 0 && in[i - 1] >= 0x20) { /* the fast scan's last character */
		cs_in = i - 1;
		cs_out = b->n - 1;
	}

	while (i < len && !b->oom) {
		unsigned c = in[i];
		switch (bcls[c]) {
		case 0:
			/* copy a run of plain ASCII at once */
			for (run = i + 1; run < len && bcls[in[run]] == 0; run++)
				;
			/* a mark may attach to the run's last character */
			cs_in = in[run - 1] >= 0x20 ? run - 1 : SIZE_MAX;
			cs_out = b->n + (run - 1 - i);
			if (put(b, (const char *)in + i, run - i, i, 0) < 0)
				return -1;
			i = run;
			break;
		case 1:
			cs_in = SIZE_MAX;
			if (put(b, " ", 1, i, 1) < 0)
				return -1;
			i++;
			break;
		case 2:
			cs_in = SIZE_MAX;
			if (put(b, "\n", 1, i, 1) < 0)
				return -1;
			i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
			break;
		default:
			k = decode(in + i, len - i, &cp);
			if (cp < 0) {
				if (t->n_invalid++ == 0)
					t->first_invalid = i;
				cs_in = SIZE_MAX;
				if (put(b, fffd, 3, i, 1) < 0)
					return -1;
				i += k;
				break;
			}
			if (cp <= 0x9F || cp == 0x2028 || cp == 0x2029 || (cp == 0xFEFF && i == 0)) {
				/* C1 controls, NEL and the Unicode line/paragraph
				 * separators become the ASCII the splitter knows; a
				 * leading byte-order mark is dropped. */
				const char *r = cp == 0x85 || cp == 0x2028 ? "\n" :
					cp == 0x2029 ? "\n\n" : cp == 0xFEFF ? "" : " ";
				cs_in = SIZE_MAX;
				if (*r == '\0')
					(void)start_map(b);
				else if (put(b, r, strlen(r), i, 1) < 0)
					return -1;
				i += k;
				break;
			}
			if (attaches(cp) && cs_in != SIZE_MAX) {
				start = cs_in;
				b->n = cs_out; /* redo the cluster with its starter */
			} else {
				start = i;
				cs_out = b->n;
			}
			/* extend over following marks, up to MAX_CLUSTER of them */
			j = i + k;
			for (run = 1; j < len && in[j] >= 0x80 && run < MAX_CLUSTER; run++) {
				size_t k2 = decode(in + j, len - j, &cp);
				if (cp < 0 || cp <= 0x9F || !attaches(cp))
					break;
				j += k2;
			}
			if (put_cluster(b, in, start, j) < 0)
				return -1;
			/* a cut cluster is closed, or the next mark would redo it */
			cs_in = run < MAX_CLUSTER ? start : SIZE_MAX;
			i = j;
			break;
		}
		if (b->n > UINT32_MAX - 8)
			return 1;
	}
	return b->oom ? -1 : 0;
}

int dyad_text_normalize(dyad_text *out, dyad_ctx *ctx, dyad_arena *arena,
	const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *)in;
	nbuf b;
	size_t i;
	int rc;

	memset(out, 0, sizeof *out);
	if ((uint64_t)len >= (uint64_t)UINT32_MAX)
		return dyad__error(ctx, DYAD_ELIMIT, "text of %zu bytes is over the 4 GiB limit", len);
	for (i = 0; i < len && bcls[s[i]] == 0; i++)
		;
	memset(&b, 0, sizeof b);
	b.a = arena;
	b.cap = len + 1;
	b.out = dyad_arena_alloc(arena, b.cap);
	if (!b.out)
		return dyad__oom(ctx);
	memcpy(b.out, in, i);
	b.n = i;
	out->input_len = len;
	if (i < len) {
		rc = slow(&b, out, s, len, i);
		if (rc < 0)
			return dyad__oom(ctx);
		if (rc > 0)
			return dyad__error(ctx, DYAD_ELIMIT, "normalised text is over the 4 GiB limit");
	}
	b.out[b.n] = '\0';
	if (b.map)
		b.map[b.n] = (uint32_t)len;
	out->buf = b.out;
	out->len = b.n;
	out->map = b.map;
	return DYAD_OK;
}

size_t dyad_text_input_offset(const dyad_text *t, size_t off)
{
	if (off > t->len)
		off = t->len;
	return t->map ? t->map[off] : off;
}
