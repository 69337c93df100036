/*
 * Compiling a dictionary set (model.h) into the immutable matcher block
 * described in matcher_internal.h: stats and free live here too.
 *
 * The phrase index is a radix (path-compressed) trie over keys made of the
 * upper-cased words of each phrase, joined by ' ' — or by DM_STEM_SEP after
 * a non-last DD_STEM word, so that the walk knows where it may leave a
 * token early. Why a radix trie rather than sorted keys with binary search:
 * stems make a phrase match tokens that are longer than the key, which a
 * character walk handles as it goes (a terminal or a DM_STEM_SEP edge
 * reached before the token ends), while a sorted array would need one probe
 * per prefix length. Why compressed: the Phoenix actors have ~1.5 M phrase
 * characters; one node per character would be ~30 MB, one per branch is a
 * few MB, which keeps warm loads (a read and a checksum) within budget.
 *
 * Build: every phrase becomes (key, terminal); the pairs are sorted by key,
 * then (kind, entry, name), and the trie is laid out breadth-first from the
 * sorted run: each node's children are consecutive, sorted by first byte.
 */
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "matcher_internal.h"
#include "model.h"

/* A growable byte buffer through the context allocator. */
typedef struct buf {
	unsigned char *p;
	size_t n, cap;
} buf;

typedef struct krec {
	const unsigned char *key; /* set once every key is built */
	uint32_t off, len;
	dm_term t;
} krec;

typedef struct builder {
	dyad_ctx *ctx;
	int failed;             /* 0, DYAD_ENOMEM or DYAD_ELIMIT: sticky */
	buf sec[DM_NSEC];       /* the sections being built */
	buf keys;               /* key bytes */
	buf recs;               /* krec */
	uint32_t *strtab;       /* open-addressing table of pool offsets */
	size_t strtab_cap, strtab_n;
} builder;

static void *grow(builder *b, buf *v, size_t more)
{
	if (b->failed)
		return NULL;
	if (v->n + more > v->cap) {
		size_t ncap = v->cap ? v->cap * 2 : 4096;
		unsigned char *q;
		while (ncap < v->n + more)
			ncap *= 2;
		q = dyad_ctx_realloc(b->ctx, v->p, v->cap, ncap);
		if (!q) {
			b->failed = DYAD_ENOMEM;
			return NULL;
		}
		v->p = q;
		v->cap = ncap;
	}
	v->n += more;
	return v->p + v->n - more;
}

/* Append one zeroed record to section s; NULL on OOM. */
static void *push(builder *b, int s)
{
	void *p = grow(b, &b->sec[s], dyad_matcher__elem_size[s]);
	if (p)
		memset(p, 0, dyad_matcher__elem_size[s]);
	return p;
}

static uint32_t count(const builder *b, int s)
{
	return (uint32_t)(b->sec[s].n / dyad_matcher__elem_size[s]);
}

#define REC(b, s, type, i) ((type *)(b)->sec[s].p + (i))

static int strtab_grow(builder *b)
{
	size_t ncap = b->strtab_cap ? b->strtab_cap * 2 : 4096, i;
	uint32_t *t = dyad_ctx_malloc(b->ctx, ncap * sizeof *t);
	if (!t) {
		b->failed = DYAD_ENOMEM;
		return -1;
	}
	for (i = 0; i < ncap; i++)
		t[i] = DM_NONE;
	for (i = 0; i < b->strtab_cap; i++) {
		uint32_t off = b->strtab[i];
		if (off != DM_NONE) {
			const char *s = (const char *)b->sec[DM_S_STRINGS].p + off;
			size_t h = (size_t)dyad_matcher__fnv(DM_FNV_INIT, s, strlen(s)) & (ncap - 1);
			while (t[h] != DM_NONE)
				h = (h + 1) & (ncap - 1);
			t[h] = off;
		}
	}
	dyad_ctx_free_mem(b->ctx, b->strtab, b->strtab_cap * sizeof *b->strtab);
	b->strtab = t;
	b->strtab_cap = ncap;
	return 0;
}

/* Pool offset of s[0..len) (deduplicated: codes repeat thousands of
 * times), upper-cased when upper is set; DM_NONE for NULL. */
static uint32_t intern_n(builder *b, const char *s, size_t len, int upper)
{
	buf *pool = &b->sec[DM_S_STRINGS];
	unsigned char *p;
	uint64_t h;
	size_t i, slot;

	if (!s || b->failed)
		return DM_NONE;
	if ((b->strtab_n + 1) * 2 > b->strtab_cap && strtab_grow(b) < 0)
		return DM_NONE;
	if (pool->n + len + 1 > UINT32_MAX - 1) {
		b->failed = DYAD_ELIMIT;
		return DM_NONE;
	}
	/* Write the candidate first so that hashing sees the final bytes. */
	if (!(p = grow(b, pool, len + 1)))
		return DM_NONE;
	for (i = 0; i < len; i++)
		p[i] = (unsigned char)(upper && s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	p[len] = '\0';
	h = dyad_matcher__fnv(DM_FNV_INIT, p, len);
	slot = (size_t)h & (b->strtab_cap - 1);
	while (b->strtab[slot] != DM_NONE) {
		const char *q = (const char *)pool->p + b->strtab[slot];
		if (!memcmp(q, p, len + 1)) {
			pool->n -= len + 1;
			return b->strtab[slot];
		}
		slot = (slot + 1) & (b->strtab_cap - 1);
	}
	b->strtab[slot] = (uint32_t)(pool->n - len - 1);
	b->strtab_n++;
	return b->strtab[slot];
}

static uint32_t intern(builder *b, const char *s)
{
	return s ? intern_n(b, s, strlen(s), 0) : DM_NONE;
}

/* The phrase in TABARI spelling: words joined by "_" (by a blank before a
 * word with a gap, when gaps count), the last ending in "_" (DD_EXACT), "="
 * (DD_LITERAL) or nothing (DD_STEM). */
static uint32_t spell(builder *b, const dd_phrase *ph, int gaps)
{
	char tmp[1024];
	size_t n = 0;
	uint32_t i;

	for (i = 0; i < ph->n; i++) {
		const char *w = ph->words[i].text;
		size_t len = strlen(w);
		if (n + len + 3 > sizeof tmp)
			break;
		if (i)
			tmp[n++] = gaps && ph->words[i].gap ? ' ' : '_';
		memcpy(tmp + n, w, len);
		n += len;
		if (ph->words[i].mode == DD_LITERAL)
			tmp[n++] = '=';
		else if (i + 1 == ph->n && ph->words[i].mode == DD_EXACT)
			tmp[n++] = '_';
	}
	return intern_n(b, tmp, n, 1);
}

/* Add a phrase row and its trie key with terminal (kind, entry). Phrases
 * with no words, an empty word, or more than DM_MAX_WORDS are skipped: they
 * could never match (the lint reports them). Gaps (dd_word.gap) count in
 * noun phrases, actors and agents: DM_GAP opens such a word's key. */
static void add_phrase(builder *b, const dd_phrase *ph, dd_origin o, unsigned kind, uint32_t entry)
{
	dm_name *nm;
	krec *r;
	uint32_t i, start, name;
	int gaps = kind == DM_ACTOR || kind == DM_AGENT;

	if (!ph->n || ph->n > DM_MAX_WORDS || b->failed)
		return;
	for (i = 0; i < ph->n; i++)
		if (!ph->words[i].text || !ph->words[i].text[0])
			return;
	name = count(b, DM_S_NAMES);
	if (!(nm = push(b, DM_S_NAMES)))
		return;
	nm->file = o.file;
	nm->line = o.line;
	nm->n_words = ph->n;
	nm->code = DM_NONE;
	nm->text = spell(b, ph, gaps);
	start = (uint32_t)b->keys.n;
	for (i = 0; i < ph->n; i++) {
		const char *w = ph->words[i].text;
		int gap = gaps && i > 0 && ph->words[i].gap;
		size_t len = strlen(w), k;
		unsigned char *p = grow(b, &b->keys, len + 1 + (size_t)gap);
		if (!p)
			return;
		if (gap)
			*p++ = DM_GAP;
		for (k = 0; k < len; k++)
			p[k] = (unsigned char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
		if (i + 1 < ph->n)
			p[len] = ph->words[i].mode == DD_STEM ? DM_STEM_SEP : ' ';
		else
			b->keys.n--; /* no separator after the last word */
	}
	if (b->keys.n > UINT32_MAX) {
		b->failed = DYAD_ELIMIT;
		return;
	}
	if (!(r = (krec *)grow(b, &b->recs, sizeof *r)))
		return;
	memset(r, 0, sizeof *r);
	r->off = start;
	r->len = (uint32_t)b->keys.n - start;
	r->t.kind = (uint8_t)kind;
	r->t.mode = ph->words[ph->n - 1].mode;
	r->t.entry = entry;
	r->t.name = name;
}

static int krec_cmp(const void *pa, const void *pb)
{
	const krec *a = pa, *b = pb;
	uint32_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->key, b->key, n);
	if (c)
		return c;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->t.kind != b->t.kind)
		return a->t.kind < b->t.kind ? -1 : 1;
	if (a->t.entry != b->t.entry)
		return a->t.entry < b->t.entry ? -1 : 1;
	return a->t.name < b->t.name ? -1 : a->t.name > b->t.name;
}

/* Where a node's phrases are while the trie is laid out. */
typedef struct span { size_t lo, hi; uint32_t depth; } span;

/* Lay the trie out breadth-first from the sorted records: node i's
 * children and terminals follow those of nodes 0..i-1, so the file can be
 * checked to be a tree (no sharing, no cycles) by one running count. */
static void build_trie(builder *b, const krec *recs, size_t n)
{
	buf spans = { NULL, 0, 0 };
	span *sp;
	uint32_t ni;

	if (!push(b, DM_S_NODES) || !(sp = (span *)grow(b, &spans, sizeof *sp)))
		goto done;
	*sp = (span){ 0, n, 0 };
	for (ni = 0; ni < count(b, DM_S_NODES) && !b->failed; ni++) {
		span cur = ((span *)spans.p)[ni];
		size_t i, lo = cur.lo;
		uint32_t g = 0;

		REC(b, DM_S_NODES, dm_node, ni)->term = count(b, DM_S_TERMS);
		REC(b, DM_S_NODES, dm_node, ni)->child = count(b, DM_S_NODES);
		for (i = lo; i < cur.hi && recs[i].len == cur.depth; i++) {
			dm_term *t = push(b, DM_S_TERMS);
			if (!t)
				goto done;
			*t = recs[i].t;
		}
		REC(b, DM_S_NODES, dm_node, ni)->n_term = (uint32_t)(i - lo);
		for (lo = i; i < cur.hi; g++) {
			size_t j = i + 1;
			uint32_t d = cur.depth, end = d + 1, lim;
			unsigned char *lab;
			dm_node *ch;
			while (j < cur.hi && recs[j].key[d] == recs[i].key[d])
				j++;
			/* Sorted, so the group's common prefix is that of its ends. */
			lim = recs[i].len < recs[j - 1].len ? recs[i].len : recs[j - 1].len;
			while (end < lim && recs[i].key[end] == recs[j - 1].key[end])
				end++;
			if (!(lab = grow(b, &b->sec[DM_S_LABELS], end - d)) || !(ch = push(b, DM_S_NODES))
				|| !(sp = (span *)grow(b, &spans, sizeof *sp)))
				goto done;
			memcpy(lab, recs[i].key + d, end - d);
			ch->label = (uint32_t)(b->sec[DM_S_LABELS].n - (end - d));
			ch->label_len = end - d;
			ch->first = recs[i].key[d];
			*sp = (span){ i, j, end };
			i = j;
		}
		REC(b, DM_S_NODES, dm_node, ni)->n_child = (uint16_t)g; /* g <= 256 */
	}
done:
	dyad_ctx_free_mem(b->ctx, spans.p, spans.cap);
}

static int synset_cmp(const void *pa, const void *pb)
{
	const dd_synset *a = *(const dd_synset *const *)pa, *b = *(const dd_synset *const *)pb;
	int c = strcmp(a->name ? a->name : "", b->name ? b->name : "");
	return c ? c : (a < b ? -1 : a > b);
}

/* Index of the first synset called name, DM_NONE when undefined. */
static uint32_t find_synset(const dd_synset *const *sorted, const dyad_dict *d, const char *name)
{
	size_t lo = 0, hi = d->n_synsets;
	if (!name || !sorted)
		return DM_NONE;
	while (lo < hi) { /* lower bound */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(sorted[mid]->name ? sorted[mid]->name : "", name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->n_synsets && sorted[lo]->name && !strcmp(sorted[lo]->name, name))
		return (uint32_t)(sorted[lo] - d->synsets);
	return DM_NONE;
}

/* The regular forms PETRARCH generates for a verb listed without "{…}"
 * (its reader's make_verb_forms): V+S, and V+D, V-E+ING when V ends in E,
 * else V+ED, V+ING. TABARI's endings (S ED ES EN ING) miss the E cases
 * ("ACCUSE" → "ACCUSED", "ACCUSING") and allow forms PETRARCH does not, so
 * the base and its three forms are indexed as literal words of their own. */
static void add_conjugations(builder *b, const dd_verbform *f, uint32_t entry)
{
	dd_word words[DM_MAX_WORDS];
	char forms[4][96];
	uint32_t vi = f->verb_index, k;
	const char *w;
	size_t len;
	dd_phrase ph;

	if (!f->conjugate || !f->phrase.n || f->phrase.n > DM_MAX_WORDS || vi >= f->phrase.n)
		return;
	w = f->phrase.words[vi].text;
	len = w ? strlen(w) : 0;
	if (len == 0 || len + 4 > sizeof forms[0])
		return;
	snprintf(forms[0], sizeof forms[0], "%s", w);
	snprintf(forms[1], sizeof forms[1], "%sS", w);
	if (w[len - 1] == 'E' || w[len - 1] == 'e') {
		snprintf(forms[2], sizeof forms[2], "%sD", w);
		snprintf(forms[3], sizeof forms[3], "%.*sING", (int)(len - 1), w);
	} else {
		snprintf(forms[2], sizeof forms[2], "%sED", w);
		snprintf(forms[3], sizeof forms[3], "%sING", w);
	}
	memcpy(words, f->phrase.words, f->phrase.n * sizeof *words);
	ph.words = words;
	ph.n = f->phrase.n;
	for (k = 0; k < 4; k++) {
		words[vi].text = forms[k];
		words[vi].mode = DD_LITERAL;
		add_phrase(b, &ph, f->origin, DM_VERB, entry);
	}
}

static void add_entries(builder *b, const dyad_dict *d, const dd_synset **sorted)
{
	uint32_t i, j, k;

	/* TABARI .options lines travel with the matcher (and its cache), so a
	 * coder made from a cached matcher needs no second read of the sources. */
	for (i = 0; i < d->n_raws; i++) {
		if (d->raws[i].kind == DD_RAW_OPTION) {
			uint32_t *o = push(b, DM_S_OPTIONS);
			if (o)
				*o = intern(b, d->raws[i].text);
		}
	}
	for (i = 0; i < d->n_files; i++) {
		uint32_t *f = push(b, DM_S_FILES);
		if (f)
			*f = intern(b, d->files[i]);
	}
	for (i = 0; i < d->n_actors && !b->failed; i++) {
		const dd_actor *a = &d->actors[i];
		dm_actor *ma = push(b, DM_S_ACTORS);
		if (!ma)
			return;
		ma->code = count(b, DM_S_CODES);
		ma->n_code = a->n_codes;
		ma->file = a->origin.file;
		ma->line = a->origin.line;
		for (j = 0; j < a->n_codes; j++) {
			const dd_code *c = &a->codes[j];
			dm_code *mc = push(b, DM_S_CODES);
			if (!mc)
				return;
			mc->code = intern(b, c->code);
			mc->datekind = c->datekind;
			/* Undated codes are valid on every day, whatever the reader
			 * left in from/to. */
			mc->from = c->datekind == DD_UNDATED ? DD_DAY_MIN : c->from;
			mc->to = c->datekind == DD_UNDATED ? DD_DAY_MAX : c->to;
			mc->file = c->origin.file;
			mc->line = c->origin.line;
		}
		for (j = 0; j < a->n_names; j++)
			add_phrase(b, &a->names[j].phrase, a->names[j].origin, DM_ACTOR, i);
	}
	for (i = 0; i < d->n_agents && !b->failed; i++) {
		const dd_agent *a = &d->agents[i];
		dm_agent *ma = push(b, DM_S_AGENTS);
		if (!ma)
			return;
		ma->code = intern(b, a->code);
		ma->prefix = a->prefix;
		ma->file = a->origin.file;
		ma->line = a->origin.line;
		for (j = 0; j < a->n_names; j++)
			add_phrase(b, &a->names[j].phrase, a->names[j].origin, DM_AGENT, i);
	}
	for (i = 0; i < d->n_synsets && !b->failed; i++) {
		const dd_synset *s = &d->synsets[i];
		dm_synset *ms = push(b, DM_S_SYNSETS);
		if (!ms)
			return;
		ms->name = intern(b, s->name);
		ms->file = s->origin.file;
		ms->line = s->origin.line;
		for (j = 0; j < s->n_members; j++) {
			uint32_t nm = count(b, DM_S_NAMES);
			add_phrase(b, &s->members[j].phrase, s->members[j].origin, DM_SYNSET, i);
			if (!b->failed && count(b, DM_S_NAMES) > nm)
				REC(b, DM_S_NAMES, dm_name, nm)->gaps = s->members[j].gaps;
		}
	}
	for (i = 0; i < d->n_verbs && !b->failed; i++) {
		const dd_verb *v = &d->verbs[i];
		dm_verb *mv = push(b, DM_S_VERBS);
		if (!mv)
			return;
		mv->name = intern(b, v->name);
		mv->code = intern(b, v->code);
		mv->pattern = count(b, DM_S_PATTERNS);
		mv->n_pattern = v->n_patterns;
		mv->file = v->origin.file;
		mv->line = v->origin.line;
		mv->section = v->section;
		for (j = 0; j < v->n_patterns; j++) {
			const dd_pattern *p = &v->patterns[j];
			dm_pattern *mp = push(b, DM_S_PATTERNS);
			if (!mp)
				return;
			mp->elem = count(b, DM_S_ELEMS);
			mp->n_elem = p->n;
			mp->code = intern(b, p->code);
			mp->file = p->origin.file;
			mp->line = p->origin.line;
			for (k = 0; k < p->n; k++) {
				const dd_elem *e = &p->elems[k];
				dm_elem *me = push(b, DM_S_ELEMS);
				if (!me)
					return;
				me->kind = e->kind;
				me->mode = e->mode;
				me->joined = e->joined;
				me->text = intern(b, e->text);
				me->synset = e->kind == DD_E_SYNSET ? find_synset(sorted, d, e->text) : DM_NONE;
			}
		}
		for (j = 0; j < v->n_verbs; j++) {
			const dd_verbform *f = &v->verbs[j];
			uint32_t first = count(b, DM_S_NAMES), q;
			if (f->conjugate)
				add_conjugations(b, f, i);
			else {
				uint32_t nm = count(b, DM_S_NAMES);
				add_phrase(b, &f->phrase, f->origin, DM_VERB, i);
				if (!b->failed && count(b, DM_S_NAMES) > nm)
					REC(b, DM_S_NAMES, dm_name, nm)->gaps = f->gaps;
			}
			for (k = 0; k < f->n_forms; k++)
				add_phrase(b, &f->forms[k], f->origin, DM_VERB, i);
			/* every form of a verb with its own code carries it */
			if (f->code) {
				uint32_t fc = intern(b, f->code);
				for (q = first; !b->failed && q < count(b, DM_S_NAMES); q++)
					REC(b, DM_S_NAMES, dm_name, q)->code = fc;
			}
		}
	}
	for (i = 0; i < d->n_discards && !b->failed; i++) {
		const dd_discard *x = &d->discards[i];
		dm_discard *mx = push(b, DM_S_DISCARDS);
		if (!mx)
			return;
		mx->code = intern(b, x->code);
		mx->story = x->story;
		mx->file = x->origin.file;
		mx->line = x->origin.line;
		add_phrase(b, &x->phrase, x->origin, DM_DISCARD, i);
	}
	for (i = 0; i < d->n_issues && !b->failed; i++) {
		const dd_issue *x = &d->issues[i];
		dm_issue *mx = push(b, DM_S_ISSUES);
		if (!mx)
			return;
		mx->code = intern(b, x->code);
		mx->category = intern(b, x->category);
		mx->file = x->origin.file;
		mx->line = x->origin.line;
		add_phrase(b, &x->phrase, x->origin, DM_ISSUE, i);
	}
}

/* Lay the sections out after the header, 8-aligned, in one block. */
static int assemble(builder *b, dyad_matcher **out)
{
	dyad_matcher *m;
	dm_header h;
	size_t off = sizeof h;
	int s;

	memset(&h, 0, sizeof h);
	for (s = 0; s < DM_NSEC; s++) {
		off = (off + 7) & ~(size_t)7;
		if (off > UINT32_MAX || b->sec[s].n > UINT32_MAX - off)
			return dyad__error(b->ctx, DYAD_ELIMIT, "dictionary too large for a matcher (4 GB)");
		h.sec[s].offset = (uint32_t)off;
		h.sec[s].size = (uint32_t)b->sec[s].n;
		off += b->sec[s].n;
	}
	if (!(m = dyad_ctx_malloc(b->ctx, sizeof *m)))
		return DYAD_ENOMEM;
	memset(m, 0, sizeof *m);
	m->ctx = b->ctx;
	m->size = off;
	if (!(m->block = dyad_ctx_malloc(b->ctx, off))) {
		dyad_ctx_free_mem(b->ctx, m, sizeof *m);
		return DYAD_ENOMEM;
	}
	memset(m->block, 0, off);
	memcpy(h.magic, DM_MAGIC, 8);
	h.version = DM_VERSION;
	h.endian = DM_ENDIAN;
	h.total_size = off;
	h.n_sections = DM_NSEC;
	h.header_size = sizeof h;
	for (s = 0; s < DM_NSEC; s++)
		if (b->sec[s].n)
			memcpy(m->block + h.sec[s].offset, b->sec[s].p, b->sec[s].n);
	memcpy(m->block, &h, sizeof h);
	h.checksum = dyad_matcher__fnv(DM_FNV_INIT, m->block + DM_CHECKED_FROM, off - DM_CHECKED_FROM);
	memcpy(m->block, &h, sizeof h);
	dyad_matcher__bind(m);
	dyad_matcher__index(m);
	*out = m;
	return DYAD_OK;
}

static void builder_free(builder *b)
{
	int s;
	for (s = 0; s < DM_NSEC; s++)
		dyad_ctx_free_mem(b->ctx, b->sec[s].p, b->sec[s].cap);
	dyad_ctx_free_mem(b->ctx, b->keys.p, b->keys.cap);
	dyad_ctx_free_mem(b->ctx, b->recs.p, b->recs.cap);
	dyad_ctx_free_mem(b->ctx, b->strtab, b->strtab_cap * sizeof *b->strtab);
}

int dyad_matcher_compile(dyad_matcher **out, dyad_ctx *ctx, const dyad_dict *d)
{
	builder b;
	const dd_synset **sorted = NULL;
	krec *recs;
	size_t n, i;
	int rc = DYAD_OK;

	*out = NULL;
	memset(&b, 0, sizeof b);
	b.ctx = ctx;
	/* Offset 0 of the pool is "", so that no valid string is at DM_NONE's
	 * neighbours and an empty pool never occurs. */
	intern_n(&b, "", 0, 0);
	if (d->n_synsets) {
		/* Patterns name synsets; resolve them by binary search. */
		sorted = dyad_ctx_malloc(ctx, d->n_synsets * sizeof *sorted);
		if (!sorted)
			b.failed = DYAD_ENOMEM;
		else {
			for (i = 0; i < d->n_synsets; i++)
				sorted[i] = &d->synsets[i];
			qsort(sorted, d->n_synsets, sizeof *sorted, synset_cmp);
		}
	}
	if (!b.failed)
		add_entries(&b, d, sorted);
	dyad_ctx_free_mem(ctx, sorted, d->n_synsets * sizeof *sorted);
	if (!b.failed) {
		recs = (krec *)b.recs.p;
		n = b.recs.n / sizeof *recs;
		for (i = 0; i < n; i++)
			recs[i].key = b.keys.p + recs[i].off;
		if (n)
			qsort(recs, n, sizeof *recs, krec_cmp);
		build_trie(&b, recs, n);
	}
	if (b.failed == DYAD_ENOMEM)
		rc = DYAD_ENOMEM; /* already recorded, without allocating */
	else if (b.failed)
		rc = dyad__error(ctx, DYAD_ELIMIT, "dictionary too large for a matcher (4 GB)");
	else
		rc = assemble(&b, out);
	builder_free(&b);
	return rc;
}

void dyad_matcher_stats_get(const dyad_matcher *m, dyad_matcher_stats *out)
{
	uint32_t i;
	memset(out, 0, sizeof *out);
	out->actors = m->n[DM_S_ACTORS];
	out->agents = m->n[DM_S_AGENTS];
	out->verbs = m->n[DM_S_VERBS];
	out->patterns = m->n[DM_S_PATTERNS];
	out->synsets = m->n[DM_S_SYNSETS];
	out->discards = m->n[DM_S_DISCARDS];
	out->issues = m->n[DM_S_ISSUES];
	out->bytes = m->size;
	for (i = 0; i < m->n[DM_S_TERMS]; i++)
		switch (m->terms[i].kind) {
		case DM_ACTOR: out->actor_phrases++; break;
		case DM_AGENT: out->agent_phrases++; break;
		case DM_VERB: out->verb_phrases++; break;
		default: break;
		}
}

/* m->syn2: for each node the first two bytes of its key (the second 0
 * while the key has one), top-down, then each synset member's pair. */
static void index_syn2(dyad_matcher *m)
{
	uint32_t i, k, w, nn = m->n[DM_S_NODES], ns = m->n[DM_S_SYNSETS];
	uint16_t *k2;
	if (!ns || !(k2 = dyad_ctx_malloc(m->ctx, (size_t)nn * sizeof *k2)))
		return;
	if (!(m->syn2 = dyad_ctx_malloc(m->ctx, (size_t)ns * DM_SYN2 * sizeof *m->syn2))) {
		dyad_ctx_free_mem(m->ctx, k2, (size_t)nn * sizeof *k2);
		return;
	}
	memset(m->syn2, 0, (size_t)ns * DM_SYN2 * sizeof *m->syn2);
	k2[0] = 0;
	for (i = 0; i < nn; i++) {
		const dm_node *nd = &m->nodes[i];
		for (k = nd->child; k < nd->child + nd->n_child; k++) {
			const unsigned char *lab = m->labels + m->nodes[k].label;
			if (i == 0)
				k2[k] = (uint16_t)(lab[0] << 8 | (m->nodes[k].label_len > 1 ? lab[1] : 0));
			else
				k2[k] = (k2[i] & 0xff) ? k2[i] : (uint16_t)(k2[i] | lab[0]);
		}
		for (k = nd->term; k < nd->term + nd->n_term; k++) {
			const dm_term *t = &m->terms[k];
			unsigned char a = (unsigned char)(k2[i] >> 8), b = (unsigned char)k2[i];
			unsigned bit;
			if (t->kind != DM_SYNSET)
				continue;
			/* a first word of one byte, or a stem word, may meet any
			 * token starting with a */
			if (b == ' ' || b == (unsigned char)DM_STEM_SEP)
				b = 0;
			bit = dyad_matcher__syn2_bit(a, b);
			m->syn2[(size_t)t->entry * DM_SYN2 + bit / 64] |= 1ull << (bit % 64);
		}
	}
	dyad_ctx_free_mem(m->ctx, k2, (size_t)nn * sizeof *k2);
	/* the same bits the other way round: per pair, the synsets */
	w = DM_SYNW(ns);
	if (!(m->syn2inv = dyad_ctx_malloc(m->ctx, (size_t)DM_SYN2 * 64 * w * sizeof *m->syn2inv)))
		return;
	memset(m->syn2inv, 0, (size_t)DM_SYN2 * 64 * w * sizeof *m->syn2inv);
	for (k = 0; k < ns; k++)
		for (i = 0; i < DM_SYN2 * 64; i++)
			if ((m->syn2[(size_t)k * DM_SYN2 + i / 64] >> (i % 64)) & 1)
				m->syn2inv[(size_t)i * w + k / 64] |= 1ull << (k % 64);
}

void dyad_matcher__index(dyad_matcher *m)
{
	uint32_t i, k, nn = m->n[DM_S_NODES];
	if (!nn || !(m->kinds = dyad_ctx_malloc(m->ctx, nn)))
		return;
	m->sets = dyad_ctx_malloc(m->ctx, (size_t)nn * sizeof *m->sets);
	/* Breadth-first layout: every child follows its parent (checked). */
	for (i = nn; i-- > 0;) {
		const dm_node *nd = &m->nodes[i];
		uint8_t f = 0;
		uint64_t g = 0;
		for (k = nd->term; k < nd->term + nd->n_term; k++) {
			f |= (uint8_t)(1u << m->terms[k].kind);
			if (m->terms[k].kind == DM_SYNSET)
				g |= 1ull << (m->terms[k].entry & 63);
		}
		for (k = nd->child; k < nd->child + nd->n_child; k++) {
			f |= m->kinds[k];
			g |= m->sets ? m->sets[k] : 0;
		}
		m->kinds[i] = f;
		if (m->sets)
			m->sets[i] = g;
	}
	index_syn2(m);
	if ((m->first = dyad_ctx_malloc(m->ctx, (size_t)nn + DM_FIRST_PAD))) {
		for (i = 0; i < nn; i++)
			m->first[i] = m->nodes[i].first;
		memset(m->first + nn, 0, DM_FIRST_PAD);
	}
	if ((m->root = dyad_ctx_malloc(m->ctx, 256 * sizeof *m->root))) {
		for (k = 0; k < 256; k++)
			m->root[k] = DM_NONE;
		for (k = m->nodes[0].child; k < m->nodes[0].child + m->nodes[0].n_child; k++)
			m->root[m->nodes[k].first] = k;
	}
}

void dyad_matcher_free(dyad_matcher *m)
{
	if (!m)
		return;
	if (m->kinds)
		dyad_ctx_free_mem(m->ctx, m->kinds, m->n[DM_S_NODES]);
	if (m->sets)
		dyad_ctx_free_mem(m->ctx, m->sets, (size_t)m->n[DM_S_NODES] * sizeof *m->sets);
	if (m->root)
		dyad_ctx_free_mem(m->ctx, m->root, 256 * sizeof *m->root);
	if (m->first)
		dyad_ctx_free_mem(m->ctx, m->first, (size_t)m->n[DM_S_NODES] + DM_FIRST_PAD);
	if (m->syn2)
		dyad_ctx_free_mem(m->ctx, m->syn2,
			(size_t)m->n[DM_S_SYNSETS] * DM_SYN2 * sizeof *m->syn2);
	if (m->syn2inv)
		dyad_ctx_free_mem(m->ctx, m->syn2inv,
			(size_t)DM_SYN2 * 64 * DM_SYNW(m->n[DM_S_SYNSETS]) * sizeof *m->syn2inv);
	dyad_ctx_free_mem(m->ctx, m->block, m->size);
	dyad_ctx_free_mem(m->ctx, m, sizeof *m);
}
