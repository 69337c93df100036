/*
 * dyad — command-line entry point. Dispatches to a verb; each verb parses
 * its own options. Diagnostics go to stderr as "dyad: …", data to stdout.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
	"usage: dyad <command> [options] [file...]\n"
	"\n"
	"dyad codes political events (who did what to whom, when and where)\n"
	"from news text. Input is JSON Lines, plain text, PETRARCH XML or TABARI\n"
	"records (detected, or set with --format); none or '-' reads stdin.\n"
	"\n"
	"commands:\n"
	"  code       code events (source, target, CAMEO code) with --dict dictionaries\n"
	"  validate   run a TABARI or PETRARCH reference suite and report failures\n"
	"  parse      print sentences, tokens, tags, lemmas and chunks (debugging)\n"
	"  dict       check, convert, inspect and query dictionaries\n"
	"  help       show this text, or `dyad help <command>`\n"
	"  version    print the version\n"
	"\n"
	"exit codes:\n"
	"  0  success             1  some input records were rejected (see stderr)\n"
	"  2  usage error         3  a dictionary, code table, gazetteer or lexicon\n"
	"                             could not be loaded\n"
	"  4  input/output error  5  internal error (out of memory)\n"
	"\n"
	"examples:\n"
	"  dyad code --dict Validate.project stories.jsonl\n"
	"  dyad validate ../shared/testdata/tabari-validation/Validate.project\n"
	"  dyad parse examples/stories.jsonl\n"
	"  dyad dict check ../shared/dictionaries/phoenix/*.txt\n"
	"  echo 'Russia and China held talks on Tuesday.' | dyad parse --format text --output text\n"
	"\n"
	"See `man dyad` (docs/dyad.1) and docs/ for the formats.\n";

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("dyad: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;
	fputs("dyad: warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The verbs, by name. */
static const struct verb {
	const char *name;
	int (*run)(int argc, char **argv);
} verbs[] = {
	{ "code", cli_cmd_code },
	{ "validate", cli_cmd_validate },
	{ "parse", cli_cmd_parse },
	{ "dict", cli_cmd_dict },
};

static const struct verb *find_verb(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (!strcmp(name, verbs[i].name))
			return &verbs[i];
	return NULL;
}

int main(int argc, char **argv)
{
	const struct verb *v;
	const char *cmd;

	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		if (argc > 2 && strcmp(cmd, "help") == 0) {
			char *help_argv[] = { argv[2], (char *)"--help", NULL };
			if ((v = find_verb(argv[2])) != NULL)
				return v->run(2, help_argv);
			cli_error("unknown command '%s'", argv[2]);
			return EXIT_USAGE;
		}
		fputs(usage_text, stdout);
		return EXIT_OK_;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
		printf("dyad %s\n", dyad_version());
		return EXIT_OK_;
	}
	if ((v = find_verb(cmd)) != NULL)
		return v->run(argc - 1, argv + 1);
	cli_error("unknown command '%s' (try `dyad --help`)", cmd);
	return EXIT_USAGE;
}
