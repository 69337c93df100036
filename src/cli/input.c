/*
 * The input loop shared by every verb: open each input, read its stories,
 * report and count rejected records, and hand each good story to the verb.
 * Its promise is that every record of every input is accounted for, either
 * processed or reported with file, line and reason.
 */
#include <string.h>

#include "cli.h"

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
		"%ld sentences, %ld tokens\n",
		verb, t->files, t->files == 1 ? "" : "s", t->stories, t->stories == 1 ? "y" : "ies",
		t->rejected, t->files_failed, t->files_failed == 1 ? "" : "s", t->sentences, t->tokens);
}
