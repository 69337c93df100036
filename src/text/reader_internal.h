/*
 * Internal to the readers: the reader handle, its buffered input, and the
 * helpers the format parsers (reader_<format>.c) share. Not public API.
 *
 * Input is a window data[pos..len) over the stream: file input is fread into
 * a growable buffer that is compacted before each refill, memory input is
 * used in place. A format parser looks at the window, asks for more with
 * dyad__reader_fill and drops what it has used with dyad__reader_consume,
 * which also keeps the line count. Offsets into the window must therefore be
 * kept relative to pos across a fill (the buffer may move).
 */
#ifndef DYAD_READER_INTERNAL_H
#define DYAD_READER_INTERNAL_H

#include <stdio.h>

#include "dyad/reader.h"

#define DYAD_READER_CHUNK ((size_t)64 * 1024)

/* For readers built on this one (the suite reader, suite_petrarch.c), which
 * need what a story leaves out. xml_record sees each PETRARCH <Sentence>
 * element (an xmlNode *) once its story is read, and returns 1 or the
 * status to return instead (message set); line is where the record starts.
 * outside sees the bytes between PETRARCH records, in order, before they
 * are dropped (a piece may end inside a comment or a tag). */
typedef struct dyad__reader_hooks {
	int (*xml_record)(void *payload, dyad_arena *a, void *node, long line, dyad_story *out);
	void (*outside)(void *payload, const char *p, size_t n);
	void *payload;
} dyad__reader_hooks;

struct dyad_reader {
	dyad_ctx *ctx;
	char *name;          /* owned; "<stdin>" for stdin */
	char *default_date;  /* owned copy of opts->default_date, or NULL */
	size_t max_record;
	dyad_format format;  /* AUTO until the first _next */

	FILE *fp;            /* NULL for memory input */
	int own_fp;          /* opened by dyad_reader_open: close on free */
	char *buf;           /* owned window storage (file input) */
	size_t cap;
	size_t chunk;        /* bytes asked of fread at a time */
	const char *data;    /* buf, or the caller's memory */
	size_t mem_len;      /* memory input: bytes in all */
	size_t pos, len;     /* data[pos..len) is the unread window */
	int eof;             /* nothing beyond len */

	char first_byte;     /* of a line streamed past (dyad__reader_getline) */
	long line;           /* 1-based line of data[pos] */
	long index;          /* records met so far, rejected ones too */
	long nrec;           /* as index, kept for "empty input" checks */
	int started;         /* BOM skipped and format detected */
	int finished;        /* end reported; _next returns 0 from now on */

	char *scratch;       /* per-record assembly (TABARI text, XML copies) */
	size_t scratch_len, scratch_cap;
	void *xml;           /* PETRARCH: parser state (reader_petrarch.c), lazily made */
	dyad__reader_hooks hooks; /* all NULL unless dyad__reader_set_hooks */
};

/* Read more input into the window (compacting it first). Returns the number
 * of bytes added, 0 at end of input, or DYAD_EIO/DYAD_ENOMEM. Invalidates
 * pointers into the window. */
int dyad__reader_fill(dyad_reader *r);

/* Drop n bytes from the front of the window, counting newlines. */
void dyad__reader_consume(dyad_reader *r, size_t n);

/* The next line, without its "\n" or "\r\n", borrowed until the next call.
 * Returns 1, 0 at end of input, DYAD_ELIMIT when the line is longer than
 * max_record (the line has then been streamed past, *len holds its length,
 * only **line, its first byte, can be read, and no message is set), or
 * DYAD_EIO/DYAD_ENOMEM. *lineno is its line. */
int dyad__reader_getline(dyad_reader *r, const char **line, size_t *len, long *lineno);

/* Scratch buffer: clear, append. Append returns DYAD_ENOMEM on failure. */
void dyad__scratch_clear(dyad_reader *r);
int dyad__scratch_add(dyad_reader *r, const char *s, size_t n);

/* Dates. Accepted shapes are OR-ed DYAD__DATE_* flags; out gets
 * "YYYY-MM-DD" and a NUL. Returns 0, or -1 when s is not a valid date. */
enum { DYAD__DATE_ISO = 1, DYAD__DATE_YMD8 = 2, DYAD__DATE_YMD6 = 4 };
int dyad__date_parse(char out[11], const char *s, size_t len, unsigned shapes);

/* Copy s[0..len) into the arena with whitespace runs collapsed to one
 * space and both ends trimmed. With all == 0 only runs that contain a
 * newline are collapsed (line wrapping), others are kept as they are.
 * *out_len gets the length. NULL when the arena is out of memory. */
char *dyad__collapse_ws(dyad_arena *a, const char *s, size_t len, int all, size_t *out_len);

/* Fill the fields every format sets the same way (file, line, index, and
 * date from default_date); the rest NULL. DYAD_ENOMEM on arena failure. */
int dyad__story_init(dyad_reader *r, dyad_arena *a, dyad_story *out, long line, long index);

/* "record of N bytes exceeds the limit of M bytes", as DYAD_ELIMIT. */
int dyad__reader_too_long(dyad_reader *r, long line, size_t n);

/* For tests and fuzzing: take input n bytes (>= 1) at a time, from a file
 * or from memory, so that records straddle refills of the window. */
void dyad__reader_set_chunk(dyad_reader *r, size_t n);

/* Install hooks (copied); NULL removes them. */
void dyad__reader_set_hooks(dyad_reader *r, const dyad__reader_hooks *h);

/* The format parsers. Each returns what dyad_reader_next returns. */
int dyad__jsonl_next(dyad_reader *r, dyad_arena *a, dyad_story *out);
int dyad__text_next(dyad_reader *r, dyad_arena *a, dyad_story *out);
int dyad__petrarch_next(dyad_reader *r, dyad_arena *a, dyad_story *out);
void dyad__petrarch_free(dyad_reader *r);
int dyad__tabari_next(dyad_reader *r, dyad_arena *a, dyad_story *out);

#endif
