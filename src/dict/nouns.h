/*
 * Shared pieces of the noun-side readers and writers (actors.c, agents.c,
 * nouns_misc.c): walking a file line by line with TABARI or PETRARCH
 * comment rules, taking "[...]" blocks apart, reading dated codes, and
 * printing phrases and dates back in the source spelling. Internal to
 * libdyad.
 */
#ifndef DYAD_DICT_NOUNS_H
#define DYAD_DICT_NOUNS_H

#include "model.h"

/* A cursor over a buffer, one line at a time. */
typedef struct dd_nlines {
	const char *p, *end;
	uint32_t line;      /* 1-based number of the line last returned */
	uint32_t file;
	int petrarch;       /* comment rules: PETRARCH ("#", "<!-- -->") or TABARI (";") */
	int in_xml;         /* inside a multi-line <!-- comment */
} dd_nlines;

/* One line split into its entry text and its comment (both trimmed). */
typedef struct dd_nline {
	const char *raw;    /* the whole line without its newline */
	size_t raw_len;
	const char *body;
	size_t body_len;
	const char *note;   /* NULL when the line has no comment */
	size_t note_len;
	int indented;       /* starts with a space or a tab */
} dd_nline;

void dyad_dict__noun_lines_init(dd_nlines *it, uint32_t file, const char *buf, size_t len, int petrarch);

/* The next line that holds an entry (blank and comment-only lines are
 * skipped); 0 at the end of the buffer. */
int dyad_dict__noun_lines_next(dd_nlines *it, dd_nline *out);

/* The next raw line, comments included; 0 at the end. */
int dyad_dict__noun_lines_raw(dd_nlines *it, const char **s, size_t *n);

/* "~FINISH", "~~FINISH …" or a line of tildes: TABARI's end of file. */
int dyad_dict__noun_finish(const char *s, size_t n);

/* Next "[...]" block in *p..end: 1 with its trimmed contents, 0 when no
 * "[" is left, -1 when it lacks its "]" (contents run to the end; *brace
 * set when it ends in "}", a common typo). Non-blank text skipped before
 * the "[" is returned in junk (junk_len 0 when none). */
int dyad_dict__noun_bracket(const char **p, const char *end, const char **in, size_t *in_len,
	const char **junk, size_t *junk_len, int *brace);

/* Parse one actor code block ("USAGOV", "USAGOV 950601-990815",
 * "HOB < 950601", "X >20080508") into c. Returns 1 when read (possibly
 * after a warning), 0 when dropped with an error diagnostic, DYAD_ENOMEM. */
int dyad_dict__noun_code(dyad_dict *d, dd_origin at, const char *s, size_t n, dd_code *c);

/* Arena copy of a span (NULL when len is 0); sets *rc on OOM. */
const char *dyad_dict__noun_span(dyad_dict *d, const char *s, size_t len, int *rc);

/* Phrase in TABARI/PETRARCH spelling: words joined by "_" (by a blank
 * before a word with gap), the last one with "_" when exact and "=" when
 * literal (dyad_dict__phrase_tabari's inverse). */
void dyad_dict__noun_put_phrase(FILE *f, const dd_phrase *p);

/* A code block "[CODE]" / "[CODE <YYMMDD]" / … with the date in YYMMDD
 * when the year is 1931-2030, else YYYYMMDD. */
void dyad_dict__noun_put_code(FILE *f, const dd_code *c);

/* Record a diagnostic; sets *rc to DYAD_ENOMEM when that fails. */
#define DD_DIAG(d, rc, err, at, ...) \
	do { if (dyad_dict__diag((d), (err), (at), __VA_ARGS__) < 0) (rc) = DYAD_ENOMEM; } while (0)

#endif
