/*
 * The input loop shared by every verb: open each input, read its stories,
 * report and count rejected records, and hand each good story to the verb.
 * Its promise is that every record of every input is accounted for, either
 * processed or reported with file, line and reason. Also the options,
 * output file and analysis step that the story-reading verbs share, so
 * that they read and report stories the same way.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dyad/treebank.h"
#include "dyad/date.h"

int cli_story_option(const char *opt, const char *val, dyad_reader_options *ro,
	dyad_lexicon_options *lo)
{
	if (ro && !strcmp(opt, "--format")) {
		if (dyad_format_parse(&ro->format, val) < 0) {
			cli_error("unknown format '%s' (auto, jsonl, text, petrarch, tabari)", val);
			return -1;
		}
	} else if (ro && !strcmp(opt, "--date")) {
		if (!dyad_date_valid(val)) {
			cli_error("--date needs YYYY-MM-DD, not '%s'", val);
			return -1;
		}
		ro->default_date = val;
	} else if (ro && !strcmp(opt, "--max-record")) {
		char *end;
		unsigned long long n = strtoull(val, &end, 10);
		if (*end || n == 0 || *val == '-') {
			cli_error("--max-record needs a positive number of bytes, not '%s'", val);
			return -1;
		}
		ro->max_record = (size_t)n;
	} else if (!strcmp(opt, "--poslex-dir")) {
		lo->poslex_dir = val;
	} else if (!strcmp(opt, "--wordnet-dir")) {
		lo->wordnet_dir = val;
	} else {
		return 0;
	}
	return 1;
}

void cli_lexicon_defaults(dyad_lexicon_options *lo)
{
	lo->poslex_dir = getenv("DYAD_POSLEX_DIR");
	lo->wordnet_dir = getenv("DYAD_WORDNET_DIR");
}

int cli_lexicon_load(dyad_lexicon **out, dyad_ctx *ctx, const dyad_lexicon_options *lo)
{
	int rc = dyad_lexicon_load(out, ctx, lo);
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
	}
	return EXIT_OK_;
}

int cli_output_open(FILE **out, const char *path)
{
	*out = stdout;
	if (path && !(*out = fopen(path, "w"))) {
		cli_error("%s: cannot open for writing", path);
		return EXIT_IO;
	}
	return EXIT_OK_;
}

int cli_output_close(FILE *f, const char *path, int rc)
{
	int bad = fflush(f) != 0 || ferror(f);
	if (path && fclose(f) != 0)
		bad = 1;
	if (bad) {
		cli_error("%s: error writing output", path ? path : "<stdout>");
		if (rc == EXIT_OK_ || rc == EXIT_REJECTED)
			rc = EXIT_IO;
	}
	return rc;
}

int cli_story_arg(int argc, char **argv, int *i, char **inputs, int *n_inputs,
	dyad_reader_options *ro, dyad_lexicon_options *lo, const char *verb, const char **val)
{
	const char *a = argv[*i];
	int k;

	if (!strcmp(a, "-") || a[0] != '-') {
		inputs[(*n_inputs)++] = argv[*i];
		return 1;
	}
	if (!strcmp(a, "--")) {
		while (++*i < argc)
			inputs[(*n_inputs)++] = argv[*i];
		return 1;
	}
	if (*i + 1 >= argc) {
		cli_error("option %s needs a value (try `dyad %s --help`)", a, verb);
		return -1;
	}
	*val = argv[++*i];
	k = cli_story_option(a, *val, ro, lo);
	return k < 0 ? -1 : k;
}

int cli_analyse_story(dyad_analysis *an, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const dyad_story *story, dyad_stage stage, int use_parse, cli_tally *t)
{
	return cli_analyse_story_opts(an, ctx, lex, arena, story, stage, use_parse, 0, t);
}

int cli_analyse_story_opts(dyad_analysis *an, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const dyad_story *story, dyad_stage stage, int use_parse,
	unsigned flags, cli_tally *t)
{
	int rc;

	if (use_parse && story->parse && lex) {
		rc = dyad_pipeline_from_parse(an, ctx, lex, arena, story->text, story->text_len,
			story->parse, strlen(story->parse));
		if (rc == DYAD_EINPUT) {
			/* A broken parse is the record's problem, not the run's: say so
			 * and fall back to dyad's own parser. The arena is not reset: it
			 * also holds the story itself; the failed attempt's scratch is
			 * freed with the rest at the next story. */
			cli_warn("%s:%ld: story %s: unusable <Parse> (%s); using dyad's own parser",
				story->file, story->line, story->id ? story->id : "?", dyad_ctx_error(ctx));
			rc = dyad_pipeline_run_opts(an, ctx, lex, arena, story->text, story->text_len,
				stage, flags);
		}
	} else {
		rc = dyad_pipeline_run_opts(an, ctx, lex, arena, story->text, story->text_len, stage,
			flags);
	}

	if (rc == DYAD_ELIMIT) {
		cli_error("%s:%ld: story %s: %s (record skipped)", story->file, story->line,
			story->id ? story->id : "?", dyad_ctx_error(ctx));
		t->rejected++;
		return 1;
	}
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return EXIT_INTERNAL;
	}
	if (an->doc.text.n_invalid)
		cli_warn("%s:%ld: story %s: %zu invalid UTF-8 sequence%s replaced by U+FFFD "
			"(first at byte %zu of the text)", story->file, story->line,
			story->id ? story->id : "?", an->doc.text.n_invalid,
			an->doc.text.n_invalid == 1 ? "" : "s", an->doc.text.first_invalid);
	t->stories++;
	t->sentences += (long)an->doc.n_sents;
	t->tokens += (long)an->doc.n_toks;
	return 0;
}

static int read_one_input(dyad_ctx *ctx, const char *path, const dyad_reader_options *ropts,
	dyad_arena *arena, cli_story_fn fn, void *payload, cli_tally *t)
{
	dyad_reader *r = NULL;
	int rc = dyad_reader_open(&r, ctx, path, ropts);

	t->files++;
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		t->files_failed++;
		return rc == DYAD_ENOMEM ? EXIT_INTERNAL : 0;
	}
	for (;;) {
		dyad_story story;
		dyad_arena_reset(arena);
		rc = dyad_reader_next(r, arena, &story);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT) {
			cli_error("%s (record skipped)", dyad_ctx_error(ctx));
			t->rejected++;
			continue;
		}
		if (rc < 0) {
			cli_error("%s", dyad_ctx_error(ctx));
			t->files_failed++;
			dyad_reader_free(r);
			return rc == DYAD_ENOMEM ? EXIT_INTERNAL : 0;
		}
		rc = fn(&story, arena, t, payload);
		if (rc != 0) {
			dyad_reader_free(r);
			return rc;
		}
	}
	dyad_reader_free(r);
	return 0;
}

int cli_each_story(dyad_ctx *ctx, char **inputs, int n_inputs, const dyad_reader_options *ropts,
	cli_story_fn fn, void *payload, cli_tally *t)
{
	char *stdin_only[1];
	dyad_arena *arena = NULL;
	int i, rc = 0;

	if (n_inputs == 0) {
		stdin_only[0] = (char *)"-";
		inputs = stdin_only;
		n_inputs = 1;
	}
	if (dyad_arena_new(&arena, ctx) < 0) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 0; i < n_inputs && rc == 0; i++)
		rc = read_one_input(ctx, inputs[i], ropts, arena, fn, payload, t);
	dyad_arena_free(arena);
	if (rc != 0) {
		t->fatal = rc;
		return rc;
	}
	if (t->files_failed)
		return EXIT_IO;
	if (t->rejected)
		return EXIT_REJECTED;
	return EXIT_OK_;
}

void cli_print_summary(const char *verb, const cli_tally *t)
{
	fprintf(stderr,
		"dyad %s: %ld input%s, %ld stor%s processed, %ld rejected, %ld unreadable input%s, "
		"%ld sentences, %ld tokens",
		verb, t->files, t->files == 1 ? "" : "s", t->stories, t->stories == 1 ? "y" : "ies",
		t->rejected, t->files_failed, t->files_failed == 1 ? "" : "s", t->sentences, t->tokens);
	if (t->coding)
		fprintf(stderr, ", %ld event%s, %ld stor%s discarded", t->events,
			t->events == 1 ? "" : "s", t->discarded, t->discarded == 1 ? "y" : "ies");
	fputc('\n', stderr);
}

int cli_code_story(dyad_story_result *res, cli_forward *fw, const dyad_coder *c, dyad_ctx *ctx,
	dyad_arena *arena, const dyad_analysis *an, const dyad_story *story, cli_trace *trace)
{
	const char *in = story->id && dyad_coder_continues(c, fw->prev_id, story->id) ? fw->actor
		: NULL;
	if (dyad_coder_code_from(res, c, ctx, arena, an, cli_story_days(story), in,
		trace ? cli_trace_line : NULL, trace) < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return EXIT_INTERNAL;
	}
	snprintf(fw->prev_id, sizeof fw->prev_id, "%s", story->id ? story->id : "");
	snprintf(fw->actor, sizeof fw->actor, "%s", res->forward ? res->forward : "");
	return EXIT_OK_;
}

void cli_forward_break(cli_forward *fw)
{
	fw->prev_id[0] = '\0';
}
