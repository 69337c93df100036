/*
 * Shared pieces of the dyad command-line tool: exit codes, diagnostics and
 * the input loop that every verb uses to account for each story.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>

#include "dyad/dyad.h"

/* Exit codes (documented in docs/dyad.1 and `dyad --help`). */
enum {
	EXIT_OK_ = 0,       /* every story coded */
	EXIT_REJECTED = 1,  /* some records were rejected (reported on stderr) */
	EXIT_USAGE = 2,     /* bad command line */
	EXIT_RESOURCE = 3,  /* a dictionary or lexicon could not be loaded */
	EXIT_IO = 4,        /* an input could not be opened or read, or output failed */
	EXIT_INTERNAL = 5   /* out of memory or another internal failure */
};

/* "dyad: " + message on stderr. */
void cli_error(const char *fmt, ...) DYAD_PRINTF(1, 2);
void cli_warn(const char *fmt, ...) DYAD_PRINTF(1, 2);

/* Counts of what happened to the input, printed as a summary on stderr. */
typedef struct cli_tally {
	long files;
	long files_failed;  /* could not be opened or read to the end */
	long stories;       /* read and processed */
	long rejected;      /* rejected records, each reported */
	long sentences;
	long tokens;
	int fatal;          /* EXIT_* of a failure that stopped the run, 0 if none */
} cli_tally;

/* Called for each story read; returns 0 to go on or an EXIT_* code to stop. */
typedef int (*cli_story_fn)(const dyad_story *story, dyad_arena *arena, cli_tally *tally,
	void *payload);

/* Read every story of every input (argv-style list; none means stdin) and
 * call fn on each. Rejected records are reported and counted. Returns the
 * exit code for the run. */
int cli_each_story(dyad_ctx *ctx, char **inputs, int n_inputs, const dyad_reader_options *ropts,
	cli_story_fn fn, void *payload, cli_tally *tally);

/* Print "dyad: N files, N stories, N rejected, N sentences" on stderr. */
void cli_print_summary(const char *verb, const cli_tally *t);

/* Verbs. */
int cli_cmd_parse(int argc, char **argv);
int cli_cmd_dict(int argc, char **argv);

#endif
