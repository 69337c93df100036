/*
 * The compiled matcher's layout, shared by compile.c (builds it), match.c
 * (walks it) and cache.c (writes, reads and validates it), plus internal
 * accessors the event coder will use for verb patterns and synsets.
 *
 * Why one block: a matcher is a header followed by flat arrays of small
 * fixed-size records that refer to each other by 32-bit indices and to one
 * string pool by offsets. Nothing holds a pointer, so the cache file is the
 * block itself: loading is one read plus one linear validation pass, with
 * no per-entry work, and the block never points into the dyad_dict it was
 * compiled from.
 *
 * Integers are stored in host order and the header carries an endianness
 * marker: every host dyad targets is little-endian, so caches are
 * little-endian; a big-endian host sees a mismatched marker, reports
 * DYAD_EINPUT and rebuilds (a cache is host-specific, never shipped).
 */
#ifndef DYAD_DICT_MATCHER_INTERNAL_H
#define DYAD_DICT_MATCHER_INTERNAL_H

#include <stdint.h>

#include "dyad/dict.h"

#define DM_MAGIC "DYADMTCH"
#define DM_VERSION 6u  /* 2: option lines section; 3: verb sections, gaps; 4: DM_GAP in keys,
                          * PETRARCH whole words; 5: both; 6: a verb form's own code */
#define DM_ENDIAN 0x01020304u
#define DM_NONE UINT32_MAX      /* "no string / no index" */
#define DM_STEM_SEP '\x01'     /* key byte after a non-last DD_STEM word */
#define DM_GAP '\x02'          /* key byte before a word that may follow the
                                 * previous one after other words (dd_word.gap) */
#define DM_MAX_WORDS 64         /* longest phrase compiled (words) */

/* What a phrase terminal stands for. */
enum dm_kind { DM_ACTOR = 0, DM_AGENT, DM_VERB, DM_SYNSET, DM_DISCARD, DM_ISSUE, DM_NKIND };

/* Sections of the block, in file order. */
enum dm_section {
	DM_S_STRINGS = 0, DM_S_LABELS, DM_S_FILES, DM_S_NODES, DM_S_TERMS, DM_S_NAMES,
	DM_S_ACTORS, DM_S_CODES, DM_S_AGENTS, DM_S_VERBS, DM_S_PATTERNS, DM_S_ELEMS,
	DM_S_SYNSETS, DM_S_DISCARDS, DM_S_ISSUES, DM_S_OPTIONS, DM_NSEC
};

/* Radix-trie node: `label` is the edge text from the parent (offset into
 * the labels section), `first` its first byte, kept here so that choosing
 * a child reads only the node array; children are nodes[child ..
 * child+n_child), sorted by `first`; terminals are terms[term ..
 * term+n_term), sorted by (kind, entry, name). */
typedef struct dm_node {
	uint32_t label, label_len, child;
	uint16_t n_child;     /* at most 256: one per first byte */
	uint8_t first, pad;
	uint32_t term, n_term;
} dm_node;

/* A phrase ends here: kind, the last word's dd_mode, the entry (actor,
 * agent, verb block, synset, discard, issue index) and the phrase row. */
typedef struct dm_term { uint8_t kind, mode, pad[2]; uint32_t entry, name; } dm_term;

/* A phrase as written (TABARI spelling), its origin and word count;
 * gaps: dd_name.gaps of a synset member, dd_verbform.gaps of a verb root,
 * else 0; code: a verb form's own code ("CLARIFY {…} [040]" in another
 * verb's block), DM_NONE for the block's. */
typedef struct dm_name { uint32_t text, file, line, n_words, gaps, code; } dm_name;

typedef struct dm_code { uint32_t code; int32_t from, to; uint32_t datekind, file, line; } dm_code;
typedef struct dm_actor { uint32_t code, n_code, file, line; } dm_actor;
typedef struct dm_agent { uint32_t code, prefix, file, line; } dm_agent;
/* section: dd_section, a .verbs root, or one of <ATTRIB> or <TIME> */
typedef struct dm_verb { uint32_t name, code, pattern, n_pattern, file, line, section; } dm_verb;
typedef struct dm_pattern { uint32_t elem, n_elem, code, file, line; } dm_pattern;
/* A pattern element (dd_elemkind); synset elements are resolved at compile
 * time: `synset` is the index of the named set, DM_NONE when undefined. */
typedef struct dm_elem { uint8_t kind, mode, joined, pad; uint32_t text, synset; } dm_elem;
typedef struct dm_synset { uint32_t name, file, line; } dm_synset;
typedef struct dm_discard { uint32_t code, story, file, line; } dm_discard;
typedef struct dm_issue { uint32_t code, category, file, line; } dm_issue;

/* File header: fixed 184 bytes. The checksum (FNV-1a-64) covers every byte
 * from `n_sections` to the end of the file; the fields before it are
 * checked one by one. Section offsets are from the start of the file. */
typedef struct dm_section_ref { uint32_t offset, size; } dm_section_ref;
typedef struct dm_header {
	char magic[8];
	uint32_t version, endian;
	uint64_t source_hash, total_size, checksum;
	uint32_t n_sections, header_size;
	dm_section_ref sec[DM_NSEC];
	uint32_t reserved[2];   /* zero */
} dm_header;
#define DM_CHECKED_FROM 40u   /* offsetof(dm_header, n_sections) */

struct dyad_matcher {
	dyad_ctx *ctx;
	unsigned char *block;   /* header + sections, owned */
	size_t size;
	const char *str;        /* string pool, NUL-terminated strings */
	const unsigned char *labels;
	const uint32_t *files;  /* string offsets */
	const dm_node *nodes;
	const dm_term *terms;
	const dm_name *names;
	const dm_actor *actors;
	const dm_code *codes;
	const dm_agent *agents;
	const dm_verb *verbs;
	const dm_pattern *patterns;
	const dm_elem *elems;
	const dm_synset *synsets;
	const dm_discard *discards;
	const dm_issue *issues;
	const uint32_t *options; /* string offsets: TABARI .options lines in order */
	uint32_t n[DM_NSEC];    /* element counts (bytes for strings, labels) */
	uint8_t *kinds;         /* per node: bit k set when a kind-k phrase ends
	                         * in its subtree, so a walk for one kind skips
	                         * the rest of the trie; derived after the block
	                         * checks, not stored; NULL: walk everything */
	uint64_t *sets;         /* per node: bit (k % 64) set when a member of
	                         * synset k ends in its subtree (likewise) */
	uint64_t *syn2;         /* per synset, DM_SYN2 words: the pairs of
	                         * leading key bytes its members start with
	                         * (likewise; see match.c) */
	uint32_t *root;         /* 256 entries: the root's child for a first
	                         * byte, DM_NONE (likewise) */
	uint8_t *first;         /* per node: nodes[i].first, packed so that a
	                         * node's children are a few adjacent bytes,
	                         * then DM_FIRST_PAD zero bytes so that a search
	                         * may read 8 at a time (likewise) */
	uint64_t *syn2inv;      /* per syn2 bit, DM_SYNW words: the synsets
	                         * with that bit (likewise) */
};
#define DM_FIRST_PAD 8u
#define DM_SYN2 20u
#define DM_SYNW(ns) (((ns) + 63u) / 64u) /* words of a bit set of synsets */

/* Record sizes per section (1 for the byte sections). */
extern const uint32_t dyad_matcher__elem_size[DM_NSEC];

/* Point m's typed arrays at the sections of m->block (already validated). */
void dyad_matcher__bind(dyad_matcher *m);

/* Build m->kinds, m->sets, m->syn2, m->root and m->first from a bound and checked block. Without memory it stays
 * NULL: lookups are then slower but give the same answers. */
void dyad_matcher__index(dyad_matcher *m);

/* FNV-1a-64, continuing from h (start with DM_FNV_INIT). */
#define DM_FNV_INIT 0xcbf29ce484222325ULL
uint64_t dyad_matcher__fnv(uint64_t h, const void *p, size_t n);

/* A string of the pool, NULL for DM_NONE. */
static inline const char *dyad_matcher__str(const dyad_matcher *m, uint32_t off)
{
	return off == DM_NONE ? NULL : m->str + off;
}

/* The bit of the key bytes (a, b) in a synset's m->syn2 words: a pair in
 * the first 1024 bits; a member whose second byte ends its first word, or
 * which is one byte long, takes bit 1024 + a. */
static inline unsigned dyad_matcher__syn2_bit(unsigned char a, unsigned char b)
{
	return b ? ((unsigned)a * 31u + (unsigned)b) & 1023u : 1024u + a;
}

/* Can a member of synset `set` (< the synset count) start at word w?
 * 0 only when none can (m->syn2); a word check costs far less than a
 * walk, and almost every word starts no member. */
static inline int dyad_matcher__synset_may(const dyad_matcher *m, size_t set, const char *w)
{
	const uint64_t *f;
	unsigned char a, b;
	unsigned one, two;
	if (!m->syn2 || !w[0])
		return 1;
	f = m->syn2 + set * DM_SYN2;
	a = (unsigned char)w[0];
	b = (unsigned char)w[1];
	a = a >= 'a' && a <= 'z' ? (unsigned char)(a - 32) : a;
	b = b >= 'a' && b <= 'z' ? (unsigned char)(b - 32) : b;
	one = dyad_matcher__syn2_bit(a, 0);
	two = dyad_matcher__syn2_bit(a, b);
	return ((f[one / 64] >> (one % 64)) & 1) || (b && ((f[two / 64] >> (two % 64)) & 1));
}

/* The synsets a member of which may start at word w, as a bit set of
 * DM_SYNW(synsets) words in out (all ones without m->syn2inv): those
 * dyad_matcher__synset_may allows, for all synsets at once. */
static inline void dyad_matcher__synset_mask(const dyad_matcher *m, const char *w, uint64_t *out)
{
	uint32_t k, nw = DM_SYNW(m->n[DM_S_SYNSETS]);
	unsigned char a = (unsigned char)w[0], b;
	const uint64_t *x, *y;
	if (!m->syn2inv || !a) {
		for (k = 0; k < nw; k++)
			out[k] = ~0ull;
		return;
	}
	b = (unsigned char)w[1];
	a = a >= 'a' && a <= 'z' ? (unsigned char)(a - 32) : a;
	b = b >= 'a' && b <= 'z' ? (unsigned char)(b - 32) : b;
	x = m->syn2inv + (size_t)dyad_matcher__syn2_bit(a, 0) * nw;
	y = m->syn2inv + (size_t)dyad_matcher__syn2_bit(a, b) * nw;
	for (k = 0; k < nw; k++)
		out[k] = x[k] | (b ? y[k] : 0);
}

/* Load from memory (copied): as dyad_matcher_load. For the fuzz target. */
DYAD_NODISCARD int dyad_matcher__load_mem(dyad_matcher **out, dyad_ctx *ctx, const void *buf,
	size_t len, uint64_t source_hash);

/* ---- Generic phrase lookup (match.c) ----------------------------------
 * The longest phrase of `kind` matching at words[0] (restricted to entry
 * `entry` unless DM_NONE). Returns 1 and the winning terminal, or 0. A
 * word after DM_GAP may come after other words, each of which must be
 * skippable: skip[i] nonzero, or, with skip NULL, any word but a comma
 * (or ; : ( ), which TABARI reads as commas). No allocation; the walk keeps at most DM_WALK_STACK pending
 * stem and gap branches. */
#define DM_WALK_STACK 64
typedef struct dm_hit {
	uint32_t words;   /* tokens consumed, skipped ones included */
	uint32_t chars;   /* phrase characters matched */
	uint32_t term;    /* index into m->terms */
} dm_hit;
int dyad_matcher__match(const dyad_matcher *m, unsigned kind, uint32_t entry,
	const char *const *words, const unsigned char *skip, size_t n, dm_hit *out);

/* dyad_matcher_actor_skip and dyad_matcher_agent_skip at once, in one
 * walk (the same answers): bit 0 of the result an actor in *am, bit 1 an
 * agent in *gm. */
unsigned dyad_matcher__actor_agent(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, int32_t date, dyad_actor_match *am,
	dyad_agent_match *gm);

/* ---- For the event coder ------------------------------------------- */

/* Pattern i of verb block `verb`: its elements (borrowed from m), code and
 * origin. i < the block's n_patterns. */
typedef struct dm_pattern_view {
	const dm_elem *elems;
	uint32_t n;
	const char *code;
	const char *file;
	unsigned line;
} dm_pattern_view;
void dyad_matcher__verb_pattern(const dyad_matcher *m, size_t verb, size_t i,
	dm_pattern_view *out);

/* Index of synset `name` (without the &), or -1. Linear: patterns carry
 * resolved indices (dm_elem.synset), so this is for tools and tests. */
long dyad_matcher__synset_find(const dyad_matcher *m, const char *name);

/* Words consumed when words[0..n) starts with a member of synset `synset`
 * (longest member), 0 when none. */
size_t dyad_matcher__synset_match(const dyad_matcher *m, size_t synset, const char *const *words,
	size_t n);

/* Discard / issue phrases at words[0]: 1 and the entry index, or 0. */
int dyad_matcher__discard(const dyad_matcher *m, const char *const *words, size_t n,
	size_t *n_words, size_t *discard);
int dyad_matcher__issue(const dyad_matcher *m, const char *const *words, size_t n,
	size_t *n_words, size_t *issue);

#endif
