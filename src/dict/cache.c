/*
 * The matcher cache: hashing dictionary sources, writing a compiled matcher
 * (its block, stamped with the sources' hash) atomically, and loading it
 * back with one read and one linear validation pass — every offset and
 * index of every record is checked, so a damaged, truncated or foreign
 * file is DYAD_EINPUT and never a crash (STYLE 12; fuzz/fuzz_cache.c).
 * dyad_matcher_open ties it together: cache hit, or read + compile + save.
 *
 * File layout (matcher_internal.h): the 184-byte dm_header (magic
 * "DYADMTCH", version, endianness marker, source hash, total size,
 * FNV-1a-64 checksum of bytes 40..end, section table), then the sections,
 * each 8-aligned: strings, labels, files, nodes, terms, names, actors,
 * codes, agents, verbs, patterns, elems, synsets, discards, issues,
 * options.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ctx_internal.h"
#include "matcher_internal.h"
#include "model.h"
#include "dict_build_id.h"
#include "dyad/builtin.h"

_Static_assert(sizeof(dm_header) == 184, "header layout");
_Static_assert(offsetof(dm_header, n_sections) == DM_CHECKED_FROM, "checksum start");
_Static_assert(sizeof(dm_node) == 24 && sizeof(dm_term) == 12 && sizeof(dm_elem) == 12,
	"record layout");

const uint32_t dyad_matcher__elem_size[DM_NSEC] = {
	1, 1, sizeof(uint32_t), sizeof(dm_node), sizeof(dm_term), sizeof(dm_name),
	sizeof(dm_actor), sizeof(dm_code), sizeof(dm_agent), sizeof(dm_verb), sizeof(dm_pattern),
	sizeof(dm_elem), sizeof(dm_synset), sizeof(dm_discard), sizeof(dm_issue), sizeof(uint32_t)
};

uint64_t dyad_matcher__fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

void dyad_matcher__bind(dyad_matcher *m)
{
	const dm_header *h = (const dm_header *)m->block;
	const void *p[DM_NSEC];
	int s;
	for (s = 0; s < DM_NSEC; s++) {
		p[s] = m->block + h->sec[s].offset;
		m->n[s] = h->sec[s].size / dyad_matcher__elem_size[s];
	}
	m->str = p[DM_S_STRINGS];
	m->labels = p[DM_S_LABELS];
	m->files = p[DM_S_FILES];
	m->nodes = p[DM_S_NODES];
	m->terms = p[DM_S_TERMS];
	m->names = p[DM_S_NAMES];
	m->actors = p[DM_S_ACTORS];
	m->codes = p[DM_S_CODES];
	m->agents = p[DM_S_AGENTS];
	m->verbs = p[DM_S_VERBS];
	m->patterns = p[DM_S_PATTERNS];
	m->elems = p[DM_S_ELEMS];
	m->synsets = p[DM_S_SYNSETS];
	m->discards = p[DM_S_DISCARDS];
	m->issues = p[DM_S_ISSUES];
	m->options = p[DM_S_OPTIONS];
}

/* ---- Validation ------------------------------------------------------ */

static int str_ok(const dyad_matcher *m, uint32_t off)
{
	return off == DM_NONE || off < m->n[DM_S_STRINGS];
}

static int req_str_ok(const dyad_matcher *m, uint32_t off)
{
	return off < m->n[DM_S_STRINGS];
}

/* [first, first+count) within [0, limit), without overflow. */
static int range_ok(uint32_t first, uint32_t count, uint32_t limit)
{
	return first <= limit && count <= limit - first;
}

static int file_ok(const dyad_matcher *m, uint32_t f)
{
	return f < m->n[DM_S_FILES];
}

/* The header; m->block holds len bytes. */
static int check_header(const unsigned char *blk, size_t len, uint64_t hash)
{
	dm_header h;
	uint32_t end = (uint32_t)sizeof h;
	int s;

	if (len < sizeof h)
		return 0;
	memcpy(&h, blk, sizeof h);
	if (memcmp(h.magic, DM_MAGIC, 8) || h.version != DM_VERSION || h.endian != DM_ENDIAN
		|| h.source_hash != hash || h.total_size != len || h.n_sections != DM_NSEC
		|| h.header_size != sizeof h || h.reserved[0] || h.reserved[1] || len > UINT32_MAX)
		return 0;
	for (s = 0; s < DM_NSEC; s++) {
		/* In order, aligned, inside the file, whole records. */
		if (h.sec[s].offset < end || h.sec[s].offset % 8 || h.sec[s].offset > len
			|| h.sec[s].size > len - h.sec[s].offset || h.sec[s].size % dyad_matcher__elem_size[s])
			return 0;
		end = h.sec[s].offset + h.sec[s].size;
	}
	return h.checksum == dyad_matcher__fnv(DM_FNV_INIT, blk + DM_CHECKED_FROM, len - DM_CHECKED_FROM);
}

/* Every record of every section: one pass, no recursion. */
static int check_body(const dyad_matcher *m)
{
	uint32_t i, next_child, next_term;

	/* The pool is "" first and ends with a NUL, so every in-range offset
	 * starts a terminated string. */
	if (m->n[DM_S_STRINGS] == 0 || m->str[m->n[DM_S_STRINGS] - 1] != '\0')
		return 0;
	for (i = 0; i < m->n[DM_S_FILES]; i++)
		if (!req_str_ok(m, m->files[i]))
			return 0;
	for (i = 0; i < m->n[DM_S_OPTIONS]; i++)
		if (!req_str_ok(m, m->options[i]))
			return 0;
	if (m->n[DM_S_NODES] == 0)
		return 0;
	/* Breadth-first layout: node i's children and terminals come right
	 * after those of nodes 0..i-1. Checking that with running counts
	 * proves the nodes form a tree whose children follow their parent, so
	 * a walk can neither loop nor revisit, whatever the file says. */
	next_child = 1;
	next_term = 0;
	for (i = 0; i < m->n[DM_S_NODES]; i++) {
		const dm_node *nd = &m->nodes[i];
		if (nd->child != next_child || nd->term != next_term
			|| nd->n_child > m->n[DM_S_NODES] - next_child
			|| nd->n_term > m->n[DM_S_TERMS] - next_term
			|| (i > 0 && nd->label_len == 0) || (i == 0 && nd->label_len != 0)
			|| !range_ok(nd->label, nd->label_len, m->n[DM_S_LABELS])
			|| (i > 0 && nd->first != m->labels[nd->label]) || nd->pad)
			return 0;
		next_child += nd->n_child;
		next_term += nd->n_term;
	}
	if (next_child != m->n[DM_S_NODES] || next_term != m->n[DM_S_TERMS])
		return 0;
	/* Children sorted by first byte (for the binary search). */
	for (i = 0; i < m->n[DM_S_NODES]; i++) {
		const dm_node *nd = &m->nodes[i];
		uint32_t c;
		for (c = nd->child + 1; c < nd->child + nd->n_child; c++)
			if (m->nodes[c].first <= m->nodes[c - 1].first)
				return 0;
	}
	for (i = 0; i < m->n[DM_S_TERMS]; i++) {
		const dm_term *t = &m->terms[i];
		static const int sec_of[DM_NKIND] = { DM_S_ACTORS, DM_S_AGENTS, DM_S_VERBS, DM_S_SYNSETS,
			DM_S_DISCARDS, DM_S_ISSUES };
		if (t->kind >= DM_NKIND || t->mode > DD_LITERAL || t->entry >= m->n[sec_of[t->kind]]
			|| t->name >= m->n[DM_S_NAMES])
			return 0;
	}
	for (i = 0; i < m->n[DM_S_NAMES]; i++)
		if (!str_ok(m, m->names[i].text) || !file_ok(m, m->names[i].file)
			|| !str_ok(m, m->names[i].code))
			return 0;
	for (i = 0; i < m->n[DM_S_ACTORS]; i++)
		if (!range_ok(m->actors[i].code, m->actors[i].n_code, m->n[DM_S_CODES])
			|| !file_ok(m, m->actors[i].file))
			return 0;
	for (i = 0; i < m->n[DM_S_CODES]; i++)
		if (!str_ok(m, m->codes[i].code) || m->codes[i].datekind > DD_RANGE
			|| !file_ok(m, m->codes[i].file))
			return 0;
	for (i = 0; i < m->n[DM_S_AGENTS]; i++)
		if (!str_ok(m, m->agents[i].code) || !file_ok(m, m->agents[i].file))
			return 0;
	for (i = 0; i < m->n[DM_S_VERBS]; i++) {
		const dm_verb *v = &m->verbs[i];
		if (!str_ok(m, v->name) || !str_ok(m, v->code) || !file_ok(m, v->file)
			|| !range_ok(v->pattern, v->n_pattern, m->n[DM_S_PATTERNS])
			|| v->section > DD_SECTION_TIME)
			return 0;
	}
	for (i = 0; i < m->n[DM_S_PATTERNS]; i++) {
		const dm_pattern *p = &m->patterns[i];
		if (!str_ok(m, p->code) || !file_ok(m, p->file)
			|| !range_ok(p->elem, p->n_elem, m->n[DM_S_ELEMS]))
			return 0;
	}
	for (i = 0; i < m->n[DM_S_ELEMS]; i++) {
		const dm_elem *e = &m->elems[i];
		if (e->kind > DD_E_PP_END || e->mode > DD_LITERAL || !str_ok(m, e->text)
			|| (e->synset != DM_NONE && e->synset >= m->n[DM_S_SYNSETS]))
			return 0;
	}
	for (i = 0; i < m->n[DM_S_SYNSETS]; i++)
		if (!str_ok(m, m->synsets[i].name) || !file_ok(m, m->synsets[i].file))
			return 0;
	for (i = 0; i < m->n[DM_S_DISCARDS]; i++)
		if (!str_ok(m, m->discards[i].code) || !file_ok(m, m->discards[i].file))
			return 0;
	for (i = 0; i < m->n[DM_S_ISSUES]; i++)
		if (!str_ok(m, m->issues[i].code) || !str_ok(m, m->issues[i].category)
			|| !file_ok(m, m->issues[i].file))
			return 0;
	return 1;
}

/* Take ownership of blk (len bytes, from ctx) as a matcher if it checks. */
static int adopt(dyad_matcher **out, dyad_ctx *ctx, unsigned char *blk, size_t len, uint64_t hash,
	const char *name)
{
	dyad_matcher *m;

	if (!check_header(blk, len, hash)) {
		dyad_ctx_free_mem(ctx, blk, len);
		return dyad__error(ctx, DYAD_EINPUT, "%s: not a matcher cache for these sources", name);
	}
	if (!(m = dyad_ctx_malloc(ctx, sizeof *m))) {
		dyad_ctx_free_mem(ctx, blk, len);
		return DYAD_ENOMEM;
	}
	memset(m, 0, sizeof *m);
	m->ctx = ctx;
	m->block = blk;
	m->size = len;
	dyad_matcher__bind(m);
	if (!check_body(m)) {
		dyad_matcher_free(m);
		return dyad__error(ctx, DYAD_EINPUT, "%s: damaged matcher cache", name);
	}
	dyad_matcher__index(m);
	*out = m;
	return DYAD_OK;
}

int dyad_matcher__load_mem(dyad_matcher **out, dyad_ctx *ctx, const void *buf, size_t len,
	uint64_t source_hash)
{
	unsigned char *blk;

	*out = NULL;
	if (len < sizeof(dm_header))
		return dyad__error(ctx, DYAD_EINPUT, "<memory>: truncated matcher cache");
	/* A fresh block gives the records their alignment. */
	if (!(blk = dyad_ctx_malloc(ctx, len)))
		return DYAD_ENOMEM;
	memcpy(blk, buf, len);
	return adopt(out, ctx, blk, len, source_hash, "<memory>");
}

int dyad_matcher_load(dyad_matcher **out, dyad_ctx *ctx, const char *path, uint64_t source_hash)
{
	FILE *f;
	struct stat st;
	unsigned char *blk;
	size_t len;

	*out = NULL;
	if (!(f = fopen(path, "rb")))
		return dyad__error(ctx, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
			strerror(errno));
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		fclose(f);
		return dyad__error(ctx, DYAD_EIO, "%s: not a regular file", path);
	}
	if (st.st_size < (off_t)sizeof(dm_header) || (uint64_t)st.st_size > UINT32_MAX) {
		fclose(f);
		return dyad__error(ctx, DYAD_EINPUT, "%s: not a matcher cache (size)", path);
	}
	len = (size_t)st.st_size;
	if (!(blk = dyad_ctx_malloc(ctx, len))) {
		fclose(f);
		return DYAD_ENOMEM;
	}
	/* One read; a short one means the file changed under us: damaged. */
	if (fread(blk, 1, len, f) != len) {
		int err = ferror(f);
		fclose(f);
		dyad_ctx_free_mem(ctx, blk, len);
		return dyad__error(ctx, err ? DYAD_EIO : DYAD_EINPUT, "%s: %s", path,
			err ? "read error" : "truncated matcher cache");
	}
	fclose(f);
	return adopt(out, ctx, blk, len, source_hash, path);
}

int dyad_matcher_save(const dyad_matcher *m, const char *path, uint64_t source_hash)
{
	char tmp[4096];
	dm_header h;
	FILE *f;
	int ok;

	if (snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid()) >= (int)sizeof tmp)
		return dyad__error(m->ctx, DYAD_EINVALID, "%s: path too long", path);
	if (!(f = fopen(tmp, "wb")))
		return dyad__error(m->ctx, DYAD_EIO, "%s: %s", tmp, strerror(errno));
	/* The hash sits before the checksummed range: stamp a copy. */
	memcpy(&h, m->block, sizeof h);
	h.source_hash = source_hash;
	ok = fwrite(&h, 1, sizeof h, f) == sizeof h
		&& fwrite(m->block + sizeof h, 1, m->size - sizeof h, f) == m->size - sizeof h;
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;
		remove(tmp);
		return dyad__error(m->ctx, DYAD_EIO, "%s: %s", path, ok ? strerror(e) : "write error");
	}
	return DYAD_OK;
}

/* ---- Sources and open ------------------------------------------------ */

/* A source's name (with its NUL, so "a"+"bc" differs from "ab"+"c") and
 * size as 8 little-endian bytes; its contents follow. */
static uint64_t hash_head(uint64_t h, const char *name, uint64_t size)
{
	unsigned char b[8];
	int k;
	for (k = 0; k < 8; k++)
		b[k] = (unsigned char)(size >> (8 * k));
	h = dyad_matcher__fnv(h, name, strlen(name) + 1);
	return dyad_matcher__fnv(h, b, sizeof b);
}

int dyad_dict_sources_hash(uint64_t *out, dyad_ctx *ctx, const char *const *paths, size_t n)
{
	unsigned char chunk[16384];
	uint64_t h = DM_FNV_INIT;
	size_t i;

	/* The code that reads and compiles dictionaries is part of the key: a
	 * matcher compiled by another build of dyad is never reused. */
	h = dyad_matcher__fnv(h, DYAD_DICT_BUILD_ID, sizeof DYAD_DICT_BUILD_ID);

	for (i = 0; i < n; i++) {
		FILE *f;
		struct stat st;
		size_t got;

		if (!strncmp(paths[i], DYAD_BUILTIN_PREFIX, DYAD_BUILTIN_PREFIX_LEN)) {
			/* a built-in dictionary: its bytes are in the binary */
			const char *data;
			size_t len;
			if (dyad_builtin_find(&data, &len, paths[i] + DYAD_BUILTIN_PREFIX_LEN) < 0)
				return dyad__error(ctx, DYAD_ENOTFOUND, "%s: no such built-in dictionary",
					paths[i]);
			h = dyad_matcher__fnv(hash_head(h, paths[i], len), data, len);
			continue;
		}
		f = fopen(paths[i], "rb");
		if (!f)
			return dyad__error(ctx, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s",
				paths[i], strerror(errno));
		if (fstat(fileno(f), &st) != 0) {
			fclose(f);
			return dyad__error(ctx, DYAD_EIO, "%s: %s", paths[i], strerror(errno));
		}
		h = hash_head(h, paths[i], (uint64_t)st.st_size);
		while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
			h = dyad_matcher__fnv(h, chunk, got);
		if (ferror(f)) {
			fclose(f);
			return dyad__error(ctx, DYAD_EIO, "%s: read error", paths[i]);
		}
		fclose(f);
	}
	*out = h;
	return DYAD_OK;
}

/* mkdir -p; errors surface when the cache is written. */
static void make_dirs(const char *dir)
{
	char p[4096];
	size_t i, n = strlen(dir);
	if (n >= sizeof p)
		return;
	memcpy(p, dir, n + 1);
	for (i = 1; i <= n; i++)
		if (p[i] == '/' || p[i] == '\0') {
			char c = p[i];
			p[i] = '\0';
			(void)mkdir(p, 0777);
			p[i] = c;
		}
}

static int build(dyad_matcher **out, dyad_ctx *ctx, const char *const *paths, size_t n)
{
	dyad_dict *d;
	size_t i;
	int rc;

	if ((rc = dyad_dict_new(&d, ctx)) < 0)
		return rc;
	for (i = 0; i < n && rc == DYAD_OK; i++)
		rc = dyad_dict_load(d, paths[i], DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO);
	if (rc == DYAD_OK)
		rc = dyad_matcher_compile(out, ctx, d);
	dyad_dict_free(d);
	return rc;
}

/* Were the matcher's sources exactly these paths? (Not so when a TABARI
 * .project named further files.) */
static int built_from(const dyad_matcher *m, const char *const *paths, size_t n)
{
	size_t i;
	if (m->n[DM_S_FILES] != n)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(dyad_matcher__str(m, m->files[i]), paths[i]))
			return 0;
	return 1;
}

/* The stamp a matcher's cache carries: the hash of every file it was built
 * from, so that a change to a file a .project names makes the cache stale
 * even though the paths given (and so the cache's name) are unchanged.
 * When those files are the given paths, that is `hash` itself. */
static int stamp_of(uint64_t *out, const dyad_matcher *m, const char *const *paths, size_t n,
	uint64_t hash)
{
	const char **files;
	uint32_t i, k = m->n[DM_S_FILES];
	int rc;

	if (built_from(m, paths, n)) {
		*out = hash;
		return DYAD_OK;
	}
	if (!(files = dyad_ctx_malloc(m->ctx, (k ? k : 1) * sizeof *files)))
		return DYAD_ENOMEM;
	for (i = 0; i < k; i++)
		files[i] = dyad_matcher__str(m, m->files[i]);
	rc = dyad_dict_sources_hash(out, m->ctx, files, k);
	dyad_ctx_free_mem(m->ctx, files, (k ? k : 1) * sizeof *files);
	return rc;
}

/* The stamp written in a cache file's header, without trusting the rest:
 * dyad_matcher_load then validates the whole file against it. */
static int peek_stamp(const char *path, uint64_t *stamp)
{
	dm_header h;
	FILE *f = fopen(path, "rb");
	size_t got;
	if (!f)
		return -1;
	got = fread(&h, 1, sizeof h, f);
	fclose(f);
	if (got != sizeof h || memcmp(h.magic, DM_MAGIC, sizeof h.magic))
		return -1;
	*stamp = h.source_hash;
	return 0;
}

int dyad_matcher_open(dyad_matcher **out, dyad_ctx *ctx, const char *const *paths, size_t n,
	const char *cache_dir, int *from_cache)
{
	char path[4096];
	uint64_t hash, stamp, now;
	int rc, use_cache = cache_dir && cache_dir[0];

	*out = NULL;
	if (from_cache)
		*from_cache = 0;
	if ((rc = dyad_dict_sources_hash(&hash, ctx, paths, n)) < 0)
		return rc;
	if (use_cache) {
		if (snprintf(path, sizeof path, "%s/%016llx.dyadc", cache_dir, (unsigned long long)hash)
			>= (int)sizeof path)
			return dyad__error(ctx, DYAD_EINVALID, "%s: path too long", cache_dir);
		rc = peek_stamp(path, &stamp) == 0 ? dyad_matcher_load(out, ctx, path, stamp)
			: DYAD_ENOTFOUND;
		if (rc == DYAD_OK) {
			rc = stamp_of(&now, *out, paths, n, hash);
			if (rc == DYAD_OK && now == stamp) {
				if (from_cache)
					*from_cache = 1;
				return DYAD_OK;
			}
			dyad_matcher_free(*out);
			*out = NULL;
		}
		/* Absent, stale, damaged or unreadable: a cache is only an
		 * optimisation, so rebuild (out of memory is not worth retrying). */
		if (rc == DYAD_ENOMEM)
			return rc;
	}
	if ((rc = build(out, ctx, paths, n)) < 0)
		return rc;
	/* A source that cannot be hashed now (a file a .project names that is
	 * missing) leaves the set uncached. */
	if (use_cache && stamp_of(&stamp, *out, paths, n, hash) == DYAD_OK) {
		int saved;
		make_dirs(cache_dir);
		/* Not open's failure: the next open just rebuilds again. */
		saved = dyad_matcher_save(*out, path, stamp);
		(void)saved;
	}
	dyad_ctx_clear_error(ctx);
	return DYAD_OK;
}
