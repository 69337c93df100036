/*
 * dyad/dict.h — dictionaries: reading TABARI, PETRARCH and dyad's own
 * dictionary files into one model (dyad_dict), writing any of the three
 * formats, linting, and compiling into an immutable matcher (dyad_matcher)
 * that the coder queries. Compiled matchers are cached on disk (magic,
 * format version, hash of the sources), so loading a large set such as
 * Phoenix costs a file read when nothing changed.
 *
 * Formats: docs/dictionaries.md. Reading never stops at a bad entry: the
 * entry is dropped and reported as a diagnostic with file and line.
 */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stdint.h>
#include <stdio.h>

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_dict_format {
	DYAD_DICT_FORMAT_AUTO = 0,
	DYAD_DICT_FORMAT_DYAD,
	DYAD_DICT_FORMAT_TABARI,
	DYAD_DICT_FORMAT_PETRARCH
} dyad_dict_format;

typedef enum dyad_dict_kind {
	DYAD_DICT_KIND_AUTO = 0, /* from the file's name and contents */
	DYAD_DICT_KIND_ACTORS,
	DYAD_DICT_KIND_AGENTS,
	DYAD_DICT_KIND_VERBS,
	DYAD_DICT_KIND_OPTIONS,  /* TABARI .options */
	DYAD_DICT_KIND_DISCARDS, /* PETRARCH discards */
	DYAD_DICT_KIND_ISSUES,   /* PETRARCH issues */
	DYAD_DICT_KIND_PROJECT,  /* TABARI .project: names the other files */
	DYAD_DICT_KIND_ALL       /* dyad format: any mix of entries */
} dyad_dict_kind;

/* "dyad", "tabari", "petrarch", "auto"; "actors", "agents", "verbs", … */
const char *dyad_dict_format_name(dyad_dict_format f);
const char *dyad_dict_kind_name(dyad_dict_kind k);
DYAD_NODISCARD int dyad_dict_format_parse(dyad_dict_format *out, const char *name);

/* ---- The source model ---------------------------------------------- */

typedef struct dyad_dict dyad_dict;

/* An empty dictionary set. Caller frees with dyad_dict_free. */
DYAD_NODISCARD int dyad_dict_new(dyad_dict **out, dyad_ctx *ctx);

/* Read one file into d (entries are added to what d holds). A TABARI
 * .project file loads the dictionary files it names, relative to its own
 * directory. Format and kind are detected when AUTO. Returns DYAD_OK even
 * when entries were dropped (see the diagnostics); DYAD_ENOTFOUND or
 * DYAD_EIO when the file cannot be read, DYAD_ENOMEM. */
DYAD_NODISCARD int dyad_dict_load(dyad_dict *d, const char *path, dyad_dict_format format,
	dyad_dict_kind kind);

/* As dyad_dict_load from memory; name is used in diagnostics and for
 * detection. */
DYAD_NODISCARD int dyad_dict_load_mem(dyad_dict *d, const char *name, const char *buf, size_t len,
	dyad_dict_format format, dyad_dict_kind kind);

/* Write the entries of the given kind (ALL: everything the format can hold
 * in one file — dyad format only) in a format. DYAD_EINVALID when the
 * format cannot hold that kind, DYAD_EIO on a write error. */
DYAD_NODISCARD int dyad_dict_write(const dyad_dict *d, FILE *f, dyad_dict_format format,
	dyad_dict_kind kind);

/* Diagnostics from reading and checking, in the order found. */
typedef struct dyad_dict_diag {
	int error;           /* 1: the entry was dropped; 0: a warning */
	const char *file;    /* borrowed from d */
	unsigned line;       /* 1-based; 0 when about the whole file */
	const char *message; /* borrowed from d */
} dyad_dict_diag;

size_t dyad_dict_diag_count(const dyad_dict *d);
void dyad_dict_diag_get(const dyad_dict *d, size_t i, dyad_dict_diag *out);
size_t dyad_dict_error_count(const dyad_dict *d);

/* Lint: duplicates, entries that can never match, undefined synsets,
 * malformed or impossible dates, and (when tables are given) codes outside
 * the CAMEO tables. Adds warnings to d's diagnostics. */
typedef struct dyad_dict_check_options {
	unsigned version;              /* DYAD_DICT_CHECK_OPTIONS_VERSION */
	const char *event_codes_csv;   /* CAMEO event codes (code,name…), or NULL */
	const char *actor_codes_csv;   /* country/role/org code tables, or NULL;
	                                * several files separated by ':' */
} dyad_dict_check_options;
#define DYAD_DICT_CHECK_OPTIONS_VERSION 1
#define DYAD_DICT_CHECK_OPTIONS_INIT { DYAD_DICT_CHECK_OPTIONS_VERSION, NULL, NULL }

DYAD_NODISCARD int dyad_dict_check(dyad_dict *d, const dyad_dict_check_options *opts);

typedef struct dyad_dict_stats {
	size_t files, actors, actor_names, actor_codes, dated_codes, agents, agent_names,
		verbs, verb_forms, patterns, synsets, synset_members, discards, issues, raw_lines,
		errors, warnings;
} dyad_dict_stats;

void dyad_dict_stats_get(const dyad_dict *d, dyad_dict_stats *out);

void dyad_dict_free(dyad_dict *d);

/* ---- The compiled matcher ------------------------------------------ */

typedef struct dyad_matcher dyad_matcher;

/* Compile d (which may be freed afterwards). */
DYAD_NODISCARD int dyad_matcher_compile(dyad_matcher **out, dyad_ctx *ctx, const dyad_dict *d);

/* A 64-bit hash of the sources a matcher is compiled from: their names,
 * sizes and bytes. Stored in caches to detect stale ones. */
DYAD_NODISCARD int dyad_dict_sources_hash(uint64_t *out, dyad_ctx *ctx, const char *const *paths,
	size_t n);

/* Write a compiled matcher to path (atomically: temp file + rename),
 * stamped with source_hash. */
DYAD_NODISCARD int dyad_matcher_save(const dyad_matcher *m, const char *path, uint64_t source_hash);

/* Load a cache. DYAD_ENOTFOUND when absent; DYAD_EINPUT when it is
 * corrupt, of another format version, or stamped with another hash (the
 * caller then recompiles); never crashes on a damaged file. */
DYAD_NODISCARD int dyad_matcher_load(dyad_matcher **out, dyad_ctx *ctx, const char *path,
	uint64_t source_hash);

/* Load dictionary files through a cache in cache_dir (NULL or "": no
 * cache): reuse the cache when it was built from the same contents of
 * every file it read (the paths given and, for a TABARI .project, the files
 * it names), else read, compile and save. *from_cache (may be NULL) says which happened. Diagnostics of a
 * fresh read are not kept; use dyad_dict_load + dyad_dict_check for those. */
DYAD_NODISCARD int dyad_matcher_open(dyad_matcher **out, dyad_ctx *ctx, const char *const *paths,
	size_t n, const char *cache_dir, int *from_cache);

void dyad_matcher_free(dyad_matcher *m);

/* Counts of compiled entries (for stats and tests). */
typedef struct dyad_matcher_stats {
	size_t actors, actor_phrases, agents, agent_phrases, verbs, verb_phrases, patterns,
		synsets, discards, issues, bytes;
} dyad_matcher_stats;
void dyad_matcher_stats_get(const dyad_matcher *m, dyad_matcher_stats *out);

/* The TABARI .options lines of the compiled dictionaries, in the order the
 * files hold them (what dyad_coder_options.option_lines takes). The lines
 * are borrowed from m. */
size_t dyad_matcher_option_count(const dyad_matcher *m);
const char *dyad_matcher_option(const dyad_matcher *m, size_t i);

/* ---- Lookups ------------------------------------------------------- */

/* Words are matched case-insensitively, one per element of words[]. A match
 * starts at words[0] and is the longest phrase that matches there (TABARI's
 * rule: longer phrases first). */

typedef struct dyad_actor_match {
	size_t n_words;      /* words consumed by the match */
	const char *code;    /* the code valid on the date, NULL if none is */
	int32_t from, to;    /* its validity (days; INT32_MIN/MAX when open) */
	const char *phrase;  /* the dictionary phrase that matched, as written */
	const char *file;    /* where the entry is defined */
	unsigned line;
	size_t actor;        /* entry index, for dyad_matcher_actor_code */
	size_t n_codes;      /* codes of the entry (dated and undated) */
} dyad_actor_match;

/* Match an actor at words[0..n). date is days since 1970-01-01
 * (dyad_date_days), or DYAD_DATE_NONE to take the undated code (or, with
 * none, the latest). Returns 1 on a match, 0 when none. */
#define DYAD_DATE_NONE INT32_MIN
int dyad_matcher_actor(const dyad_matcher *m, const char *const *words, size_t n, int32_t date,
	dyad_actor_match *out);

/* As dyad_matcher_actor, saying which words a phrase may skip. A phrase
 * whose words the dictionary writes apart with a blank ("ITHILEN
 * TELEVISION"; dyad format "ITHILEN ... TELEVISION") also matches with
 * other words between them ("Ithilen state-run television"); the match's
 * n_words then counts them. Word i may be skipped when skip[i] is nonzero;
 * skip NULL (dyad_matcher_actor): any word but "," ";" ":" "(" ")", as
 * TABARI. */
int dyad_matcher_actor_skip(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, int32_t date, dyad_actor_match *out);

/* The i-th code of an actor entry with its validity (for explanations). */
typedef struct dyad_code_info {
	const char *code;
	int32_t from, to;
	const char *file;
	unsigned line;
} dyad_code_info;
void dyad_matcher_actor_code(const dyad_matcher *m, size_t actor, size_t i, dyad_code_info *out);

typedef struct dyad_agent_match {
	size_t n_words;
	const char *code;    /* without the ~ */
	int prefix;          /* 1: goes before the actor's code */
	const char *phrase;
	const char *file;
	unsigned line;
} dyad_agent_match;

int dyad_matcher_agent(const dyad_matcher *m, const char *const *words, size_t n,
	dyad_agent_match *out);
/* As dyad_matcher_actor_skip, for agents. */
int dyad_matcher_agent_skip(const dyad_matcher *m, const char *const *words,
	const unsigned char *skip, size_t n, dyad_agent_match *out);

typedef struct dyad_verb_match {
	size_t n_words;
	size_t verb;         /* verb block index */
	const char *name;    /* block name */
	const char *code;    /* block default code as written */
	size_t n_patterns;
	const char *phrase;  /* the verb form that matched */
	unsigned section;    /* 0: a verb; 1: a TABARI <ATTRIB> root, 2: a <TIME>
	                      * root (time shift, manual 10.5), neither a verb */
	const char *file;
	unsigned line;
} dyad_verb_match;

int dyad_matcher_verb(const dyad_matcher *m, const char *const *words, size_t n,
	dyad_verb_match *out);

#ifdef __cplusplus
}
#endif
#endif
