/*
 * The dictionary model: one in-memory form for everything a TABARI,
 * PETRARCH or dyad dictionary file can say, so that each reader fills it,
 * each writer prints it, and the compiler (compile.c) builds matchers from
 * it without knowing where an entry came from. Lossless by design: what a
 * format can express has a place here (including raw text for rules whose
 * meaning only the coder interprets), so `dyad dict convert` can go from any
 * format to dyad's and back.
 *
 * Strings are NUL-terminated, upper-cased as in the source files (matching
 * is case-insensitive), and live in the set's arena. Arrays are owned by the
 * set. Internal to libdyad: the public face is dyad/dict.h.
 */
#ifndef DYAD_DICT_MODEL_H
#define DYAD_DICT_MODEL_H

#include <stdint.h>
#include <stdio.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/dict.h"

/* How one word of a phrase matches a token (TABARI manual 5.2.2-5.2.3). */
typedef enum dd_mode {
	DD_EXACT = 0, /* the whole word, plus regular endings on a phrase's last
	               * word (-S -'S -ED -ES -EN -ING); TABARI "WORD_" */
	DD_STEM,      /* any word starting with it; TABARI "WORD" without "_" */
	DD_LITERAL    /* the whole word only, no endings; TABARI "WORD=" */
} dd_mode;

typedef struct dd_word {
	const char *text;
	uint8_t mode;     /* dd_mode */
	uint8_t gap;      /* 1: other words may come between this word and the
	                   * one before it (TABARI writes the two apart with a
	                   * blank, "ITHILEN TELEVISION"; "_" keeps them
	                   * consecutive). Noun phrases (actors, agents) only. */
} dd_word;

typedef struct dd_phrase {
	dd_word *words;
	uint32_t n;
} dd_phrase;

/* Where an entry was read: file index into dyad_dict.files, 1-based line. */
typedef struct dd_origin {
	uint32_t file;
	uint32_t line;
} dd_origin;

/* Provenance of an entry that was converted from another file: dyad
 * format's "from FILE:LINE" line. Distinct from origin, which is where this
 * copy of the entry was read. file NULL: not recorded (writers take the
 * origin instead); "": written in a dyad file with no "from" line (the
 * entry has no other source). line 0 when unknown. */
typedef struct dd_source {
	const char *file;
	uint32_t line;
} dd_source;

/* Validity of a dated code, as days since 1970-01-01 (dyad_date_days).
 * DD_DAY_MIN / DD_DAY_MAX mark open ends; both bounds are inclusive.
 * TABARI manual 6.5.2: "[X <950601]" is "prior to and including" the date,
 * [MIN, 1995-06-01]; "[X >950601]" is "after and including", [1995-06-01,
 * MAX]; "[X 950601-990815]" is [1995-06-01, 1999-08-15]. datekind records
 * which form the source used, so writers can restore it. */
#define DD_DAY_MIN INT32_MIN
#define DD_DAY_MAX INT32_MAX

typedef enum dd_datekind {
	DD_UNDATED = 0,
	DD_BEFORE,   /* < date: valid up to and including it */
	DD_AFTER,    /* > date: valid from that day on */
	DD_RANGE     /* from-to, both inclusive */
} dd_datekind;

typedef struct dd_code {
	const char *code;   /* e.g. "RUSGOV"; compound codes as written */
	int32_t from, to;   /* inclusive valid days (see above) */
	uint8_t datekind;   /* dd_datekind */
	const char *note;   /* comment on this code line, or NULL */
	dd_origin origin;
} dd_code;

typedef enum dd_namekind {
	DD_NAME_PRIMARY = 0, /* the entry's first phrase */
	DD_NAME_SYNONYM,     /* TABARI/PETRARCH "+" synonym */
	DD_NAME_VARIANT      /* a transliteration variant (dyad format) */
} dd_namekind;

typedef struct dd_name {
	dd_phrase phrase;
	uint8_t kind;       /* dd_namekind */
	uint32_t gaps;      /* TABARI synset member: bit i (i < 32) set when word
	                     * i followed a blank, not "_": other words may come
	                     * between ("AUSTRIAN FLORIN", manual 5.5.3, 5.6) */
	const char *note;
	dd_origin origin;
} dd_name;

/* An actor: names (first primary) and codes, possibly dated. */
typedef struct dd_actor {
	const char *id;     /* dyad-format id, or NULL */
	dd_name *names;
	uint32_t n_names;
	dd_code *codes;
	uint32_t n_codes;
	const char *note;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
} dd_actor;

/* An agent: role nouns and a code added before or after an actor's code
 * ("[~GOV]" suffix, "[NGO~]" prefix). */
typedef struct dd_agent {
	dd_name *names;     /* includes PETRARCH {plural} forms as DD_NAME_SYNONYM
	                     * with note "plural" */
	uint32_t n_names;
	const char *code;   /* without the ~ */
	uint8_t prefix;     /* 1: "[NGO~]" (code goes before the actor's) */
	const char *raw_code; /* the bracket contents as written, e.g. "~GOV" */
	const char *note;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
} dd_agent;

/* Pattern elements. A pattern is a flat sequence; groups are delimited by
 * BEGIN/END elements so nesting needs no trees. */
typedef enum dd_elemkind {
	DD_E_WORD = 0,   /* text, mode */
	DD_E_SYNSET,     /* text = synset name without the & */
	DD_E_SOURCE,     /* $ */
	DD_E_TARGET,     /* + */
	DD_E_VERB,       /* * */
	DD_E_COMPOUND,   /* % (TABARI compound actor marker) */
	DD_E_ATTRIB,     /* @ (TABARI attribution) */
	DD_E_SKIP,       /* ^ (TABARI skip) */
	DD_E_ALT_BEGIN,  /* TABARI { a | b }: alternatives */
	DD_E_ALT_OR,     /* | */
	DD_E_ALT_END,
	DD_E_NP_BEGIN,   /* PETRARCH { ADJ NOUN }: words of one noun phrase */
	DD_E_NP_END,
	DD_E_PP_BEGIN,   /* PETRARCH ( PREP NOUN ): a prepositional phrase */
	DD_E_PP_END
} dd_elemkind;

typedef struct dd_elem {
	uint8_t kind;       /* dd_elemkind */
	uint8_t mode;       /* dd_mode, for DD_E_WORD */
	uint8_t joined;     /* 1: written glued to the previous element with "_"
	                     * (TABARI "*_AND_KILLED"), so writers restore it */
	const char *text;   /* DD_E_WORD, DD_E_SYNSET; else NULL */
} dd_elem;

typedef struct dd_pattern {
	dd_elem *elems;
	uint32_t n;
	const char *code;   /* bracket contents as written: "042:043", "080!",
	                     * "---", "###", "+++" */
	const char *note;
	dd_origin origin;
} dd_pattern;

/* One verb (or multi-word verb) and its irregular forms. */
typedef struct dd_verbform {
	dd_phrase phrase;   /* multi-word verbs: the words in order; for PETRARCH
	                     * "+" multi-word forms the verb word is marked by
	                     * verb_index */
	uint32_t verb_index; /* which word is the verb */
	uint32_t gaps;      /* TABARI root: as dd_name.gaps ("DEATH TOLL RISEN"
	                     * matches "death toll has risen", manual 5.5.3) */
	dd_phrase *forms;   /* {…} irregular forms, each possibly multi-word */
	uint32_t n_forms;
	const char *note;
	dd_origin origin;
	const char *code;   /* PETRARCH "CLARIFY {…} [040]": this verb's own
	                     * code as written; NULL: the block's */
	uint8_t conjugate;  /* 1: the verb word's regular forms are generated as
	                     * PETRARCH does for a verb without "{…}": V+S, and
	                     * V+D, V-E+ING after a final E, else V+ED, V+ING */
} dd_verbform;

/* Which part of a TABARI .verbs file a root belongs to: the verbs, or the
 * <ATTRIB> attribution and <TIME> time-shift sections (manual 10.4, 10.5),
 * whose roots are not verbs. */
typedef enum dd_section {
	DD_SECTION_VERBS = 0,
	DD_SECTION_ATTRIB,
	DD_SECTION_TIME
} dd_section;

/* A verb block: TABARI's verb with its patterns, or PETRARCH's
 * "--- NAME [code] ---" block with its verbs and patterns. */
typedef struct dd_verb {
	const char *name;   /* block name (PETRARCH) or the first verb (TABARI) */
	const char *code;   /* default code as written, e.g. "---", "040" */
	dd_verbform *verbs;
	uint32_t n_verbs;
	dd_pattern *patterns;
	uint32_t n_patterns;
	const char *note;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
	uint8_t section;    /* dd_section */
} dd_verb;

/* A synonym set "&NAME" and its members. */
typedef struct dd_synset {
	const char *name;   /* without the & */
	dd_name *members;
	uint32_t n_members;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
	const char *note;   /* comment on the "&NAME" line, or NULL */
} dd_synset;

/* Discards: a phrase that discards the sentence, or with story = 1 the
 * whole story (PETRARCH "+", TABARI [###] actors). */
typedef struct dd_discard {
	dd_phrase phrase;
	uint8_t story;
	const char *code;   /* as written, or NULL */
	const char *note;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
} dd_discard;

/* Issues (PETRARCH issues file, TABARI <ISSUE> options). */
typedef struct dd_issue {
	dd_phrase phrase;
	const char *code;
	const char *category; /* enclosing category, e.g. "EDUCATION", or NULL */
	const char *attrs;  /* the enclosing <ISSUE> tag's other attributes as
	                     * written, e.g. TYPE="ALL", or NULL */
	const char *raw;    /* the line as written when the phrase syntax is
	                     * the issues file's own (n:, +), else NULL */
	const char *note;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
} dd_issue;

/* Lines whose meaning belongs to the coder, kept verbatim: TABARI .options
 * commands, PETRARCH "~" transformation rules, TABARI <NOUN>/<ADJECTIVE>
 * words, .project lines. */
typedef enum dd_rawkind {
	DD_RAW_OPTION = 0,  /* TABARI .options line */
	DD_RAW_TRANSFORM,   /* PETRARCH ~ rule */
	DD_RAW_NOUN,        /* TABARI <NOUN> entry */
	DD_RAW_ADJECTIVE,   /* TABARI <ADJECTIVE> entry */
	DD_RAW_PROJECT      /* TABARI .project line */
} dd_rawkind;

typedef struct dd_raw {
	uint8_t kind;       /* dd_rawkind */
	const char *text;
	dd_origin origin;
	dd_source from;     /* "from" provenance (dyad format) */
} dd_raw;

/* A diagnostic found while reading or checking. */
typedef struct dd_diag {
	uint8_t error;      /* 1 error (entry dropped), 0 warning */
	dd_origin origin;
	const char *message;
} dd_diag;

/* Growable array helper: every array here grows through these. */
#define DD_ARRAY(type, name) type *name; uint32_t n_##name; uint32_t cap_##name

struct dyad_dict {
	dyad_ctx *ctx;
	dyad_arena *arena;  /* strings and entry contents */
	DD_ARRAY(const char *, files); /* source paths as given, including files a
	                                 * .project names that could not be read */
	DD_ARRAY(dd_actor, actors);
	DD_ARRAY(dd_agent, agents);
	DD_ARRAY(dd_verb, verbs);
	DD_ARRAY(dd_synset, synsets);
	DD_ARRAY(dd_discard, discards);
	DD_ARRAY(dd_issue, issues);
	DD_ARRAY(dd_raw, raws);
	DD_ARRAY(dd_diag, diags);
	uint32_t n_errors;
};

/* Append one zeroed element to an array, growing it through ctx; returns
 * NULL (and records ENOMEM) on failure. Use via DD_PUSH. */
void *dyad_dict__push(dyad_dict *d, void **arr, uint32_t *n, uint32_t *cap, size_t size);
#define DD_PUSH(d, name) \
	dyad_dict__push((d), (void **)&(d)->name, &(d)->n_##name, &(d)->cap_##name, sizeof *(d)->name)

/* Register a source file name; returns its index. */
DYAD_NODISCARD int dyad_dict__add_file(dyad_dict *d, uint32_t *index, const char *path);

/* Record a diagnostic "message" at origin (formatted); errors count in
 * n_errors. Returns DYAD_OK, or DYAD_ENOMEM. */
int dyad_dict__diag(dyad_dict *d, int error, dd_origin origin, const char *fmt, ...)
	DYAD_PRINTF(4, 5);

/* Arena string copy (NUL-terminated), upper-cased when upper is set. NULL
 * on OOM. */
char *dyad_dict__str(dyad_dict *d, const char *s, size_t len, int upper);

/* Parse a TABARI/PETRARCH phrase spelling ("AFGHAN_NATIONAL_ARMY_",
 * "VLADIMIR PUTIN", "HEADQUARTERS=") into words with modes: "_" and spaces
 * separate words; a word followed by "_" or a space (not last) is DD_EXACT;
 * the last word is DD_STEM unless it ends in "_" (DD_EXACT) or "=" (DD_LITERAL).
 * Hyphens count as "_" (manual 5.2). A word after a blank (rather than a
 * "_" or "-" alone) gets gap = 1. DYAD_EINPUT for an empty phrase. */
DYAD_NODISCARD int dyad_dict__phrase_tabari(dyad_dict *d, dd_phrase *out, const char *s, size_t len);

/* Day number for a TABARI/PETRARCH date "YYMMDD" or "YYYYMMDD"; -1 if
 * malformed. Two-digit years 00-30 are 20xx, 31-99 19xx (TABARI manual
 * 6.5.2). */
int dyad_dict__date_days(int32_t *out, const char *s, size_t len);

/* Readers, one per kind of file (each handles both TABARI and PETRARCH
 * spellings where the kind exists in both). Each appends to d, records
 * diagnostics, and returns DYAD_OK unless memory runs out: a malformed
 * entry is an error diagnostic (the entry dropped), never a failure of the
 * whole load. format is DYAD_DICT_FORMAT_TABARI or _PETRARCH. */
DYAD_NODISCARD int dyad_dict__read_actors(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	dyad_dict_format format);                                    /* nouns.c */
DYAD_NODISCARD int dyad_dict__read_agents(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	dyad_dict_format format);                                    /* nouns.c */
DYAD_NODISCARD int dyad_dict__read_options(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* nouns.c: TABARI */
DYAD_NODISCARD int dyad_dict__read_discards(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* nouns.c: PETRARCH */
DYAD_NODISCARD int dyad_dict__read_issues(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* nouns.c: PETRARCH */
/* TABARI .project: records its lines (DD_RAW_PROJECT) and loads each
 * dictionary file it names, relative to dir, with dyad_dict_load. */
DYAD_NODISCARD int dyad_dict__read_project(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	const char *dir);                                            /* nouns.c */
DYAD_NODISCARD int dyad_dict__read_verbs_tabari(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* verbs_tabari.c */
DYAD_NODISCARD int dyad_dict__read_verbs_petrarch(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* verbs_petrarch.c */
DYAD_NODISCARD int dyad_dict__read_dyad(dyad_dict *d, uint32_t file, const char *buf,
	size_t len);                                                 /* dyadfmt.c */

/* Writers: print the entries of one kind in a format. DYAD_EIO when the
 * stream fails. Output re-read by the matching reader gives the same
 * entries (the round trip the tests check). */
DYAD_NODISCARD int dyad_dict__write_actors(const dyad_dict *d, FILE *f, dyad_dict_format format);
DYAD_NODISCARD int dyad_dict__write_agents(const dyad_dict *d, FILE *f, dyad_dict_format format);
DYAD_NODISCARD int dyad_dict__write_options(const dyad_dict *d, FILE *f);
DYAD_NODISCARD int dyad_dict__write_discards(const dyad_dict *d, FILE *f);
DYAD_NODISCARD int dyad_dict__write_issues(const dyad_dict *d, FILE *f);
DYAD_NODISCARD int dyad_dict__write_verbs_tabari(const dyad_dict *d, FILE *f);
DYAD_NODISCARD int dyad_dict__write_verbs_petrarch(const dyad_dict *d, FILE *f);
DYAD_NODISCARD int dyad_dict__write_dyad(const dyad_dict *d, FILE *f);

#endif
