/*
 * dyad/reader.h — reading stories from outside input.
 *
 * A reader turns a file (or stdin, or a memory buffer) in one of the supported
 * formats into a stream of dyad_story records. Every story in the input is
 * accounted for: dyad_reader_next either returns one story, or reports the
 * record it rejected (file, line, reason) and moves past it, so that one bad
 * record never stops the batch. Formats:
 *
 *   jsonl     one JSON object per line: {"id","date","title","text","source",
 *             "url"}; only "text" is required; id defaults to the line number.
 *   text      a whole file is one story; id is the file's base name.
 *   petrarch  PETRARCH XML: <Sentence date= id=><Text>…</Text><Parse>…</Parse>
 *             </Sentence> records (validation and batch files).
 *   tabari    TABARI text records: a "YYMMDD id" line, text lines, a blank line.
 *
 * The format is detected from the first bytes unless set in the options.
 */
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include <stdio.h>

#include "dyad/arena.h"
#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_format {
	DYAD_FORMAT_AUTO = 0,
	DYAD_FORMAT_JSONL,
	DYAD_FORMAT_TEXT,
	DYAD_FORMAT_PETRARCH,
	DYAD_FORMAT_TABARI
} dyad_format;

/* "jsonl", "text", "petrarch", "tabari", "auto". */
const char *dyad_format_name(dyad_format f);
/* DYAD_EINVALID for an unknown name. */
DYAD_NODISCARD int dyad_format_parse(dyad_format *out, const char *name);

/* One story. All strings are NUL-terminated and borrowed from the arena
 * passed to dyad_reader_next (valid until it is reset); absent fields are
 * NULL. */
typedef struct dyad_story {
	const char *id;
	const char *date;    /* "YYYY-MM-DD", or NULL when unknown */
	const char *title;
	const char *source;
	const char *url;
	const char *text;    /* raw bytes as read (not yet normalised) */
	size_t text_len;
	const char *parse;   /* PETRARCH <Parse> Treebank tree, else NULL */
	const char *file;    /* input name, "<stdin>" for stdin */
	long line;           /* 1-based line where the record starts */
	long index;          /* 0-based position of the record in its input */
} dyad_story;

typedef struct dyad_reader dyad_reader;

typedef struct dyad_reader_options {
	unsigned version;        /* DYAD_READER_OPTIONS_VERSION */
	dyad_format format;      /* DYAD_FORMAT_AUTO: detect */
	const char *default_date; /* "YYYY-MM-DD" for stories without one, or NULL */
	size_t max_record;       /* bytes; a longer record is rejected (ELIMIT) */
} dyad_reader_options;

#define DYAD_READER_OPTIONS_VERSION 1
#define DYAD_READER_DEFAULT_MAX_RECORD ((size_t)64 * 1024 * 1024)
#define DYAD_READER_OPTIONS_INIT \
	{ DYAD_READER_OPTIONS_VERSION, DYAD_FORMAT_AUTO, NULL, DYAD_READER_DEFAULT_MAX_RECORD }

/* Open path for reading ("-" is stdin, named "<stdin>"). Fails with
 * DYAD_ENOTFOUND or DYAD_EIO, message on ctx. Caller frees with
 * dyad_reader_free. */
DYAD_NODISCARD int dyad_reader_open(dyad_reader **out, dyad_ctx *ctx, const char *path,
	const dyad_reader_options *opts);

/* Read from an open FILE (not closed by the reader), named name. */
DYAD_NODISCARD int dyad_reader_open_file(dyad_reader **out, dyad_ctx *ctx, FILE *fp,
	const char *name, const dyad_reader_options *opts);

/* Read from memory (borrowed for the reader's life), named name. */
DYAD_NODISCARD int dyad_reader_open_mem(dyad_reader **out, dyad_ctx *ctx, const char *buf,
	size_t len, const char *name, const dyad_reader_options *opts);

/* The next story, into *out with strings in arena.
 * Returns 1 when a story was read, 0 at the end of input, DYAD_EINPUT or
 * DYAD_ELIMIT when a record was rejected (message on ctx says
 * "file:line: why"; call again to go on with the next record), DYAD_EIO or
 * DYAD_ENOMEM when reading cannot go on. */
DYAD_NODISCARD int dyad_reader_next(dyad_reader *r, dyad_arena *arena, dyad_story *out);

/* The format in use (after detection, which happens on the first _next). */
dyad_format dyad_reader_format(const dyad_reader *r);

void dyad_reader_free(dyad_reader *r);

#ifdef __cplusplus
}
#endif
#endif
