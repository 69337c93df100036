/*
 * dyad/suite.h — reading reference test suites: records to code together
 * with the events their authors expect, for `dyad validate`.
 *
 * Two suite formats are read:
 *
 *   TABARI    a .project file naming the dictionaries and a text file
 *             (TABARI 0.8.4 manual, 4.2), or that text file alone. Records
 *             are TABARI text records (4.3) whose expected events sit in
 *             braces inside slash-star comments (10.1):
 *                 { SRC / TGT / CODE } [YYMMDD]   an expected event
 *                 {---}  {###}  {+++}             no events / discard / complex
 *                 -{ ... }                        do not check this record
 *                 { OPTION: <.options command> }  an option change (10.1.1)
 *   PETRARCH  a <Validation> XML file: <Sentence> records carrying
 *             <EventCoding sourcecode= targetcode= eventcode=/> elements
 *             (or noevents= / error=), <Config option= value=/> changes
 *             between records, and an <Environment> naming dictionaries.
 *
 * Why a reader apart from dyad_reader: a story reader drops exactly what a
 * suite is about (comments, EventCoding elements, options between records),
 * and a suite must be read the way the original coder read it, down to its
 * quirks, so that the expected codings stay exact. The story part of each
 * record is read by the same rules as dyad_reader's.
 *
 * Like dyad_reader, every record is accounted for: dyad_suite_next yields a
 * record or rejects one with a file:line message and goes on. Quirks of a
 * file that the original coder read without complaint (an unclosed comment,
 * a seven-digit date) are read its way and named in the record's warnings.
 */
#ifndef DYAD_SUITE_H
#define DYAD_SUITE_H

#include <stddef.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_suite_format {
	DYAD_SUITE_AUTO = 0, /* .xml or '<' first: PETRARCH; else TABARI */
	DYAD_SUITE_TABARI,
	DYAD_SUITE_PETRARCH
} dyad_suite_format;

/* One expected event. Strings are blank-trimmed and borrowed from the
 * arena given to dyad_suite_next. */
typedef struct dyad_expected_event {
	const char *source;
	const char *target;
	const char *code;
	/* TABARI: the date written after the "}", as "YYYY-MM-DD" (checked
	 * against the shifted date when time shifting is on, 10.1), or NULL. */
	const char *date;
	/* As written: "{ ARN / GON / 064 }", or the <EventCoding> element. */
	const char *raw;
	long line;           /* where it is written */
} dyad_expected_event;

/* One record. TABARI's rule (10.1) for a validator: the markers are
 * checked first, and when one holds the events are not checked; a record
 * marked unchecked is not checked at all. */
typedef struct dyad_suite_record {
	dyad_story story;    /* id, date, text, parse, file, line, index */

	const dyad_expected_event *events;
	size_t n_events;

	int expect_none;     /* {---}; PETRARCH noevents= : nothing is coded */
	int discard;         /* {###}; error="storydiscard"/"sentencediscard" */
	int complex;         /* {+++}: the complexity filter stops coding */
	int unchecked;       /* -{...}: the record is not checked (10.1) */
	/* TABARI: no braces at all. Validation stops at such a record (10.1);
	 * FINAL-01, which ends the standard part, is one. */
	int unvalidated;
	/* PETRARCH error= value ("dateline", "bad_input_parse", ...), else
	 * NULL. Such a record passes when nothing is coded. */
	const char *error;
	const char *category; /* PETRARCH category=, else NULL */

	/* Option commands taking effect from this record on, in order:
	 * TABARI "SET: YYYY = TRUE" (the text after "OPTION:"), PETRARCH
	 * "require_dyad=false" (<Config> elements before this record). */
	const char *const *options;
	size_t n_options;

	/* 1 in the standard part: TABARI, up to and including FINAL-01 (the
	 * records after it need other settings, 10.1); PETRARCH, records whose
	 * category is in the <Include> list (or all, without one). */
	int standard;

	/* The record's comment text for --explain: TABARI comments with "\n"
	 * escapes as line breaks, PETRARCH <!-- --> comments; or NULL. */
	const char *note;

	/* "file:line: ..." for each quirk read the original coder's way. */
	const char *const *warnings;
	size_t n_warnings;
} dyad_suite_record;

typedef struct dyad_suite dyad_suite;

/* Open a suite: a TABARI .project or text file, or a PETRARCH .xml file
 * (fmt AUTO detects which). Fails with DYAD_ENOTFOUND or DYAD_EIO (file
 * names on ctx), DYAD_EINPUT for a .project without <textfile>. Caller
 * frees with dyad_suite_free. */
DYAD_NODISCARD int dyad_suite_open(dyad_suite **out, dyad_ctx *ctx, const char *path,
	dyad_suite_format fmt);

/* Read a suite's records from memory (borrowed for the suite's life),
 * named name; fmt must not be AUTO and a .project cannot be read so. */
DYAD_NODISCARD int dyad_suite_open_mem(dyad_suite **out, dyad_ctx *ctx, const char *buf,
	size_t len, const char *name, dyad_suite_format fmt);

/* The format in use. */
dyad_suite_format dyad_suite_format_of(const dyad_suite *s);

/* The dictionary files the suite names, in the order named: TABARI, the
 * <actorsfile>, <verbsfile>, <optionsfile> and <agentsfile> lines of the
 * .project; PETRARCH, the <Environment> files (<Actorfile> may list
 * several). Paths are resolved against the suite file's directory and may
 * not exist (PETR2_GSR names Phoenix files kept elsewhere). The role is
 * "actors", "verbs", "options", "agents" or "discards", as
 * dyad_dict_kind_name spells them. Borrowed from s. */
size_t dyad_suite_dict_count(const dyad_suite *s);
const char *dyad_suite_dict_path(const dyad_suite *s, size_t i);
const char *dyad_suite_dict_role(const dyad_suite *s, size_t i);

/* The next record into *out, strings in arena (reset it between calls).
 * Returns 1, 0 at the end, DYAD_EINPUT or DYAD_ELIMIT for a rejected
 * record (message "file:line: why" on the context; call again to go on),
 * DYAD_EIO or DYAD_ENOMEM when reading cannot go on. */
DYAD_NODISCARD int dyad_suite_next(dyad_suite *s, dyad_arena *arena, dyad_suite_record *out);

void dyad_suite_free(dyad_suite *s);

#ifdef __cplusplus
}
#endif
#endif
