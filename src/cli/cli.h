/*
 * Shared pieces of the dyad command-line tool: exit codes, diagnostics,
 * the options and input loop that every story-reading verb uses to account
 * for each story, and the dictionaries, event output and --explain traces
 * that `dyad code` and `dyad validate` share.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>

#include "dyad/coder.h"
#include "dyad/doc.h"
#include "dyad/dict.h"
#include "dyad/dyad.h"

/* Exit codes (documented in docs/dyad.1 and `dyad --help`). */
enum {
	EXIT_OK_ = 0,       /* every story coded */
	EXIT_REJECTED = 1,  /* some records were rejected (reported on stderr) */
	EXIT_USAGE = 2,     /* bad command line */
	EXIT_RESOURCE = 3,  /* a dictionary, code table, gazetteer or lexicon could not be loaded */
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
	int coding;         /* 1: the summary adds events and discarded stories */
	long events;
	long discarded;     /* stories dropped by a story-level discard phrase */
	int fatal;          /* EXIT_* of a failure that stopped the run, 0 if none */
} cli_tally;

/* Options shared by the verbs that read stories: --format, --date and
 * --max-record (ro; NULL when the verb reads no stories) and --poslex-dir,
 * --wordnet-dir (lo). Returns 1 when opt was one of them (val consumed), 0
 * when it is not, -1 on a bad value (reported; a usage error). */
int cli_story_option(const char *opt, const char *val, dyad_reader_options *ro,
	dyad_lexicon_options *lo);

/* The argument handling every story-reading verb shares, for argv[*i]:
 * an input ("-" or not an option; everything after "--"), or a valued
 * option: a story/lexicon option is applied, any other gets its value in
 * *val for the verb to handle (argv[*i] is then the option). Returns 1
 * when consumed, 0 when *val is the verb's to use, -1 on a usage error
 * (reported, naming `dyad VERB --help`). Flags without values must be
 * handled by the verb before calling this. */
int cli_story_arg(int argc, char **argv, int *i, char **inputs, int *n_inputs,
	dyad_reader_options *ro, dyad_lexicon_options *lo, const char *verb, const char **val);

/* The lexicon options' defaults from the environment. */
void cli_lexicon_defaults(dyad_lexicon_options *lo);

/* Load the lexicon; EXIT_OK_, EXIT_RESOURCE or EXIT_INTERNAL (reported). */
int cli_lexicon_load(dyad_lexicon **out, dyad_ctx *ctx, const dyad_lexicon_options *lo);

/* Open -o FILE (NULL: stdout) into *out; EXIT_OK_ or EXIT_IO (reported). */
int cli_output_open(FILE **out, const char *path);

/* Flush and close what cli_output_open opened; turns rc into EXIT_IO when
 * writing failed and rc was a success (0) or rejected records (1). */
int cli_output_close(FILE *f, const char *path, int rc);

/* Analyse a story up to stage, counting it in t; with use_parse, from the
 * story's Treebank parse when it has one (--use-parse). Returns 0 when an
 * is filled, 1 when the story was too large and was reported and counted as
 * rejected, EXIT_INTERNAL when out of memory (reported). */
int cli_analyse_story(dyad_analysis *an, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const dyad_story *story, dyad_stage stage, int use_parse, cli_tally *t);

/* cli_analyse_story with dyad_pipeline_run_opts flags (DYAD_PIPELINE_*);
 * a story analysed from its <Parse> takes no flags. */
int cli_analyse_story_opts(dyad_analysis *an, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const dyad_story *story, dyad_stage stage, int use_parse,
	unsigned flags, cli_tally *t);

/* Called for each story read; returns 0 to go on or an EXIT_* code to stop. */
typedef int (*cli_story_fn)(const dyad_story *story, dyad_arena *arena, cli_tally *tally,
	void *payload);

/* Read every story of every input (argv-style list; none means stdin) and
 * call fn on each. Rejected records are reported and counted. Returns the
 * exit code for the run. */
int cli_each_story(dyad_ctx *ctx, char **inputs, int n_inputs, const dyad_reader_options *ropts,
	cli_story_fn fn, void *payload, cli_tally *tally);

/* Print "dyad VERB: N inputs, N stories processed, N rejected, …" on
 * stderr (with t->coding, also the events and discarded stories). */
void cli_print_summary(const char *verb, const cli_tally *t);

/* ---- Dictionaries (dicts.c) ---------------------------------------- */

/* A list of owned strings. */
typedef struct cli_strv {
	char **v;
	size_t n, cap;
} cli_strv;

/* Append a copy of s[0..len); -1 when out of memory. */
int cli_strv_push(cli_strv *sv, const char *s, size_t len);
void cli_strv_free(cli_strv *sv);

/* The dictionaries to open: the given paths, "builtin:" standing for all
 * built-in dictionaries (the .dyad files of dictionaries/ in the source
 * tree), or, when
 * none is given, the built-in ones (dyad's defaults). -1 when out of
 * memory. */
int cli_dict_expand(cli_strv *out, char *const *given, size_t n);

/* The same, but "builtin:" leaves out the built-in coder options
 * (options.dyad: require_dyad, dyad_rules): `dyad validate` codes a suite
 * by the suite's rules, so that the built-in dictionaries are compared with
 * the suite's own under the same coder rules. Naming builtin:options.dyad
 * still loads it. */
int cli_dict_expand_vocabulary(cli_strv *out, char *const *given, size_t n);

/* One line per built-in file: "builtin:NAME<TAB>N bytes<TAB>what". */
void cli_dict_list_builtins(FILE *f);

/* The compiled-dictionary cache directory: $DYAD_CACHE_DIR,
 * $XDG_CACHE_HOME/dyad or ~/.cache/dyad (buf may hold the result); NULL
 * when none can be named. */
const char *cli_cache_dir(char *buf, size_t size);

/* Dictionaries for the coder: the compiled matcher and the TABARI .options
 * lines the files carry (which the matcher does not keep). */
typedef struct cli_dicts {
	dyad_matcher *m;
	cli_strv options;
} cli_dicts;

/* Open dictionary files through the cache in cache_dir (NULL: none).
 * EXIT_OK_, or EXIT_RESOURCE / EXIT_INTERNAL with the error reported. */
int cli_dicts_open(cli_dicts *out, dyad_ctx *ctx, const char *const *paths, size_t n,
	const char *cache_dir);
void cli_dicts_close(cli_dicts *d);

/* ---- Events and traces (events_out.c) ------------------------------ */

/* A story date as days for the coder: DYAD_DATE_NONE when absent. */
int32_t cli_story_days(const dyad_story *story);

/* One event as a JSON Lines "event" record (docs/output.md): the coder's
 * event as the story reads it (date, place, modality, speaker), with what
 * the code table (may be NULL) says of its code. */
void cli_write_event_json(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_codes *codes, const dyad_doc_event *de);

/* One statement (a quote or reported speech) as a "statement" record. */
void cli_write_statement_json(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_statement *st);

/* One event as a tab-separated line: date, source, target, code, doc id,
 * sentence (docs/output.md). */
void cli_write_event_tsv(FILE *f, const dyad_story *story, const dyad_doc_event *de);

/* A story dropped by a story-level discard, as a "skipped" record. */
void cli_write_skipped_json(FILE *f, const dyad_story *story, const dyad_story_result *res);

/* One "skipped" record per span of page furniture the pipeline dropped
 * (reason "furniture: KIND"). */
void cli_write_furniture_json(FILE *f, const dyad_story *story, const dyad_analysis *an);

/* The coder's trace lines for one story, kept to be printed per sentence
 * with what was coded. cli_trace_line is a dyad_trace_fn (payload: the
 * cli_trace). */
typedef struct cli_trace {
	cli_strv lines;
	uint32_t *sent;      /* sentence of each line */
	size_t cap_sent;
	int oom;
} cli_trace;

void cli_trace_line(void *payload, uint32_t sentence, const char *line);
void cli_trace_reset(cli_trace *t);
void cli_trace_free(cli_trace *t);

/* TABARI's FORWARD: (manual 8.4) between records that are sentences of
 * one story: the last record's id and the actor it handed on. Zeroed: no
 * record yet. */
typedef struct cli_forward {
	char prev_id[64], actor[64];
} cli_forward;

/* Code an analysed story (dyad_coder_code_from), giving it the actor the
 * record before handed on when its id continues that record's story, and
 * remember what it hands on; trace (NULL: none) collects --explain lines.
 * EXIT_OK_, or EXIT_INTERNAL with the error printed. */
int cli_code_story(dyad_story_result *res, cli_forward *fw, const dyad_coder *c, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an, const dyad_story *story, cli_trace *trace);

/* A record that could not be coded breaks the chain. */
void cli_forward_break(cli_forward *fw);

/* Print the explanation of one coded story: for each sentence, its text,
 * the trace lines and what was coded; prefix starts every line. */
void cli_explain_print(FILE *f, const char *prefix, const dyad_story *story,
	const dyad_analysis *an, const dyad_story_result *res, const cli_trace *t);

/* Verbs. */
int cli_cmd_parse(int argc, char **argv);
int cli_cmd_dict(int argc, char **argv);
int cli_cmd_code(int argc, char **argv);
int cli_cmd_validate(int argc, char **argv);

#endif
