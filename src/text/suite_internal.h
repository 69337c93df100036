/*
 * Internal to the suite reader: the handle, and the helpers suite.c lends
 * the format parsers (suite_tabari.c, suite_petrarch.c) to build a record.
 * Not public API.
 *
 * A record's arrays (events, options, warnings) grow in the caller's arena
 * while the record is read; a rejected record leaves its bytes there until
 * the caller resets the arena.
 */
#ifndef DYAD_SUITE_INTERNAL_H
#define DYAD_SUITE_INTERNAL_H

#include "dyad/suite.h"
#include "reader_internal.h"

typedef struct suite_dict {
	char *path;          /* owned */
	const char *role;    /* static: "actors", "verbs", ... */
} suite_dict;

struct dyad_suite {
	dyad_ctx *ctx;
	dyad_suite_format format;
	dyad_reader *r;      /* the window over the records' file */
	suite_dict *dicts;
	size_t n_dicts, cap_dicts;

	/* TABARI */
	int yyyy;            /* SET: YYYY = TRUE in effect: 8-digit dates */
	int past_final;      /* FINAL-01 has been read */
	char *body;          /* the record being read, lines joined by "\n" */
	size_t body_len, body_cap;

	/* PETRARCH */
	char *outside;       /* bytes between the last record and the next */
	size_t outside_len, outside_cap;
	int outside_over;    /* more than max_record of them: some dropped */
	int outside_oom;     /* an append failed: reported on the next record */
	char *include;       /* <Include> words, blank-separated, or NULL */
	void *cur;           /* the record the xml hook fills (suite_petrarch.c) */
};

/* Grow a record array in the arena by one element; *n counts, *cap is its
 * room. Returns the new element (zeroed) or NULL (arena marked failed). */
void *dyad__suite_push(dyad_arena *a, void *arrayp, size_t *n, size_t *cap, size_t size);

/* Append a formatted "file:line: ..." warning to rec. DYAD_ENOMEM. */
int dyad__suite_warn(dyad_arena *a, dyad_suite_record *rec, size_t *cap, const char *fmt, ...)
	DYAD_PRINTF(4, 5);

/* Append a dictionary file: dir is the suite file's directory ("" for the
 * current one), name as written (absolute names are kept). DYAD_ENOMEM. */
int dyad__suite_add_dict(dyad_suite *s, const char *dir, size_t dir_len, const char *name,
	size_t name_len, const char *role);

/* Grow-and-append on a ctx-allocated buffer. DYAD_ENOMEM. */
int dyad__suite_buf_add(dyad_ctx *ctx, char **buf, size_t *len, size_t *cap, const char *p,
	size_t n);

/* s[0..n) without leading and trailing blanks (space, tab, CR, LF). */
void dyad__suite_trim(const char **s, size_t *n);

/* The formats. _project reads a .project's head (all of it) into the
 * dictionary list and the text file's path (ctx-allocated, *text_path);
 * _start reads the PETRARCH preamble and installs the reader hooks; _next
 * returns what dyad_suite_next returns. path[0..dir_len) is the directory. */
int dyad__suite_tabari_project(dyad_suite *s, const char *head, size_t n, const char *path,
	size_t dir_len, char **text_path);
int dyad__suite_tabari_next(dyad_suite *s, dyad_arena *a, dyad_suite_record *out);
int dyad__suite_petrarch_start(dyad_suite *s, const char *head, size_t n, const char *path,
	size_t dir_len);
int dyad__suite_petrarch_next(dyad_suite *s, dyad_arena *a, dyad_suite_record *out);

#endif
