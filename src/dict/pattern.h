/*
 * Pieces shared by the TABARI and PETRARCH verb dictionary readers and
 * writers (verbs_tabari.c, verbs_petrarch.c): walking lines, splitting an
 * entry into phrase, [code] and comment, parsing and printing pattern
 * elements, and accumulating a verb's patterns with duplicate detection.
 * Both formats share TABARI's pattern syntax (manual 5.5.3-5.7) but differ
 * in details, so each call takes the format.
 */
#ifndef DYAD_DICT_PATTERN_H
#define DYAD_DICT_PATTERN_H

#include "model.h"

/* Lines of a buffer: no copies; trailing white space and '\r' dropped. */
typedef struct dd_lines {
	const char *buf;
	size_t len, pos;
	uint32_t line;      /* number of the line last returned (1-based) */
} dd_lines;

void dyad_dict__lines_init(dd_lines *it, const char *buf, size_t len);
/* The next line in *s, *n; 0 at the end of the buffer. */
int dyad_dict__lines_next(dd_lines *it, const char **s, size_t *n);

typedef struct dd_span {
	const char *s;      /* NULL when absent */
	size_t n;
} dd_span;

/* "PHRASE [CODE] extra ;comment", split. Comment characters outside
 * [ ] start the comment. Every span is trimmed. */
typedef struct dd_entry {
	dd_span text;       /* before the '[' (or the comment) */
	dd_span code;       /* inside [ ]; s NULL when there is no '[' */
	dd_span rest;       /* between ']' and the comment */
	dd_span note;       /* after the comment character; s NULL when none */
	int unclosed;       /* '[' without ']' */
} dd_entry;

void dyad_dict__entry_split(dd_entry *e, const char *s, size_t n, const char *comment);

/* Trim white space on both ends. */
void dyad_dict__trim(const char **s, size_t *n);

/* Arena copy of a span (not upper-cased), NULL for an absent or empty one.
 * Sets *rc to DYAD_ENOMEM when the copy fails. */
const char *dyad_dict__span_str(dyad_dict *d, dd_span sp, int *rc);

/* Parse a pattern ("* FOR { A | B }", "* (TO {ARMS SHIPMENT})") into at
 * most cap elements, strings in d's arena. Problems the entry survives are
 * warnings at `at`; DYAD_EINPUT after recording an error when it cannot be
 * kept; DYAD_ENOMEM. */
#define DD_MAX_ELEMS 128
DYAD_NODISCARD int dyad_dict__pattern_parse(dyad_dict *d, dd_elem *out, uint32_t *n,
	const char *s, size_t len, dyad_dict_format format, dd_origin at);

/* Print elements in a format's syntax, so that dyad_dict__pattern_parse
 * reads them back the same. TABARI cannot hold PETRARCH's NP/PP groups
 * (dropped) and PETRARCH cannot hold TABARI's alternatives (see
 * dyad_dict__pattern_has_alt). */
void dyad_dict__pattern_print(FILE *f, const dd_elem *e, uint32_t n, dyad_dict_format format);
int dyad_dict__pattern_has_alt(const dd_elem *e, uint32_t n);

/* Spell a phrase in a format into buf (always NUL-terminated, truncated at
 * cap): TABARI "WORD_WORD_" with "=" and trailing "_" for modes; PETRARCH
 * words joined by "_" with "+" before the word plus_at (when the phrase
 * has several words). */
void dyad_dict__phrase_spell(char *buf, size_t cap, const dd_phrase *p, dyad_dict_format format,
	uint32_t plus_at);

/* Arena array growth for the per-verb arrays, which are not DD_ARRAYs:
 * returns arr (or a larger copy) with room for n + 1 elements, the new
 * slot zeroed; NULL on OOM. */
void *dyad_dict__grow(dyad_dict *d, void *arr, uint32_t n, uint32_t *cap, size_t size);

/* The verb a reader is filling. (Duplicate patterns are reported by
 * `dyad dict check`, which sees every format, not by the readers.) */
typedef struct dd_verbacc {
	uint32_t verb;      /* index into d->verbs; UINT32_MAX when none */
	uint32_t cap_verbs, cap_patterns;
} dd_verbacc;

/* Start a new verb block (zeroed, at origin); NULL on OOM. */
dd_verb *dyad_dict__verb_begin(dyad_dict *d, dd_verbacc *a, dd_origin origin);
/* Append a verb form to the current verb; NULL on OOM. */
dd_verbform *dyad_dict__verb_add_form(dyad_dict *d, dd_verbacc *a);
/* Append a pattern (elements copied into the arena) to the current verb. */
DYAD_NODISCARD int dyad_dict__verb_add_pattern(dyad_dict *d, dd_verbacc *a, const dd_elem *e,
	uint32_t n, const char *code, const char *note, dd_origin origin);

/* The synset a reader is filling. */
typedef struct dd_synacc {
	uint32_t syn;       /* index into d->synsets; UINT32_MAX when none */
	uint32_t cap;
} dd_synacc;

/* Start a synset (zeroed, at origin) / append a member; NULL on OOM. */
dd_synset *dyad_dict__synset_begin(dyad_dict *d, dd_synacc *a, dd_origin origin);
dd_name *dyad_dict__synset_add(dyad_dict *d, dd_synacc *a);

/* Write helpers: " ;note" / "  # note" when note is set. */
void dyad_dict__print_note(FILE *f, const char *note, char mark);

#endif
