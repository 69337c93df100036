/*
 * `dyad validate`: run a reference suite — TABARI validation records
 * (manual 10.1) or PETRARCH validation XML — through the coder and report
 * each record whose coding differs from what the suite's authors expect,
 * with a command that reproduces it. The last line, "N passed, N failed",
 * is what CI floors read (tests/validate.floors).
 *
 * Comparison rules (docs/output.md, "dyad validate"):
 *   TABARI    markers first, as TABARI's validator checks them (10.1):
 *             {---} passes when nothing is coded; {###} when the story is
 *             discarded or nothing is coded; {+++} when nothing is coded
 *             (TABARI diverts a complex sentence uncoded, and the coder's
 *             API reports no complexity flag, so an uncoded sentence is
 *             the observable outcome); otherwise the multiset of (source,
 *             target, code) must equal the expected events. Dates after
 *             the braces are not checked (dyad does not shift time).
 *   PETRARCH  the set of (source, target, code) must equal the expected
 *             set; noevents= and error= records pass when nothing is coded.
 * Records marked -{...} (unchecked) or without braces are skipped; only the
 * suite's standard part is run unless --all.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "dyad/suite.h"

static const char validate_usage[] =
	"usage: dyad validate [options] FILE\n"
	"\n"
	"Code every record of a reference suite and compare with the codings it\n"
	"expects. FILE is a TABARI .project (or its .text file) or a PETRARCH\n"
	"validation XML file; its dictionaries are the ones the suite names,\n"
	"unless --dict or --dict-dir says otherwise.\n"
	"Prints `FAIL id (file:line): expected {...} produced {...}` and a command\n"
	"reproducing each failing record, then `N passed, N failed[, N skipped]`.\n"
	"\n"
	"options:\n"
	"  --all             also run the records after the suite's standard part\n"
	"                    (TABARI: after FINAL-01; PETRARCH: outside <Include>)\n"
	"  --min N           exit 0 when at least N records pass (a CI floor),\n"
	"                    still listing the failures\n"
	"  --explain         print the coder's trace for each failing record\n"
	"  --dict FILE       code with this dictionary instead of those the suite\n"
	"                    names; repeatable (all --dict files replace the list);\n"
	"                    builtin: stands for dyad's own dictionaries, without\n"
	"                    their coder options (builtin:options.dyad): the\n"
	"                    suite's rules apply\n"
	"  --dict-dir DIR    look for the files the suite names in DIR instead of\n"
	"                    beside the suite (e.g. the GSR suite with Phoenix)\n"
	"  --use-parse      code from the Treebank <Parse> a PETRARCH record carries\n"
	"                    instead of dyad's own tagger and chunker (a story without\n"
	"                    one, or with a malformed one, uses dyad's own)\n"
	"  --context         resolve actors from story context, as `dyad code` does\n"
	"  --cache-dir DIR   compiled-dictionary cache (default $DYAD_CACHE_DIR,\n"
	"                    $XDG_CACHE_HOME/dyad or ~/.cache/dyad)\n"
	"  --no-cache        always read and compile the dictionaries\n"
	"  --poslex-dir D    festlex-poslex data (default " DYAD_POSLEX_DIR_DEFAULT ")\n"
	"  --wordnet-dir D   WordNet data (default " DYAD_WORDNET_DIR_DEFAULT ")\n"
	"  -h, --help        show this help\n"
	"\n"
	"A record passes when (TABARI) its events match as a multiset, {---} and\n"
	"{+++} records code nothing, {###} records are discarded or code nothing;\n"
	"(PETRARCH) its events match as a set, noevents= and error= records code\n"
	"nothing. Unchecked -{...} records and records without braces are skipped.\n"
	"\n"
	"examples:\n"
	"  dyad validate ../shared/testdata/tabari-validation/Validate.project\n"
	"  dyad validate --explain ../shared/testdata/petrarch-unit/PETR.UnitTest.records.xml\n"
	"  dyad validate --min 120 Validate.project\n"
	"  dyad validate --dict-dir ../shared/dictionaries/phoenix \\\n"
	"      ../shared/testdata/petrarch-gsr/PETR2_GSR_validation.xml\n"
	"\n"
	"exit codes: 0 every record passed (or at least --min N), 1 some failed, 2 usage,\n"
	"3 a dictionary or lexicon could not be loaded, 4 the suite could not be read,\n"
	"5 internal\n";

typedef struct triple {
	const char *s, *t, *c;
} triple;

static int triple_cmp(const void *pa, const void *pb)
{
	const triple *a = pa, *b = pb;
	int r = strcmp(a->s, b->s);
	if (!r)
		r = strcmp(a->t, b->t);
	return r ? r : strcmp(a->c, b->c);
}

/* Sort, and with dedupe drop repeats (a set); returns the count kept. */
static size_t normalise(triple *v, size_t n, int dedupe)
{
	size_t i, w = 0;
	qsort(v, n, sizeof *v, triple_cmp);
	for (i = 0; i < n; i++)
		if (!dedupe || w == 0 || triple_cmp(&v[w - 1], &v[i]) != 0)
			v[w++] = v[i];
	return w;
}

static void print_set(FILE *f, const triple *v, size_t n)
{
	size_t i;
	putc('{', f);
	for (i = 0; i < n; i++)
		fprintf(f, "%s%s/%s/%s", i ? ", " : "", v[i].s, v[i].t, v[i].c);
	putc('}', f);
}

/* A shell word: single quotes, with ' written '\'' and line breaks as
 * blanks so that the command stays on one line. */
static void shell_word(FILE *f, const char *s, size_t n)
{
	size_t i;
	putc('\'', f);
	for (i = 0; i < n; i++) {
		if (s[i] == '\'')
			fputs("'\\''", f);
		else
			putc(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i], f);
	}
	putc('\'', f);
}

typedef struct vjob {
	dyad_ctx *ctx;
	dyad_suite *suite;
	const char **dict_paths; /* the files coded with, for the reproduce line */
	size_t n_dict_paths;
	cli_strv dict_dir_paths; /* storage for the --dict and --dict-dir paths */
	const dyad_lexicon *lex;
	cli_dicts dicts;
	cli_strv options;        /* the dictionaries' options, then the suite's */
	size_t n_dict_options;
	dyad_coder *coder;
	cli_trace trace;
	int petrarch, all, explain, use_parse, context;
	long passed, failed, skipped, outside;
	long ev_expected, ev_found, ev_extra; /* event-level tally over checked records */
	cli_forward forward;     /* TABARI's FORWARD: across records */
	cli_tally tally;
} vjob;

/* DIR/basename(path), kept in sv; NULL when out of memory. */
static const char *in_dir(cli_strv *sv, const char *dir, const char *path)
{
	const char *base = strrchr(path, '/');
	size_t nd = strlen(dir), nb;
	char *buf;
	base = base ? base + 1 : path;
	nb = strlen(base);
	if (!(buf = malloc(nd + nb + 2)))
		return NULL;
	memcpy(buf, dir, nd);
	buf[nd] = '/';
	memcpy(buf + nd + 1, base, nb + 1);
	if (cli_strv_push(sv, buf, nd + nb + 1) < 0) {
		free(buf);
		return NULL;
	}
	free(buf);
	return sv->v[sv->n - 1];
}

static int rebuild_coder(vjob *j)
{
	dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
	dyad_coder_free(j->coder);
	j->coder = NULL;
	o.option_lines = (const char *const *)j->options.v;
	o.n_option_lines = j->options.n;
	o.context = j->context;
	if (dyad_coder_new(&j->coder, j->ctx, j->dicts.m, &o) < 0) {
		cli_error("%s", dyad_ctx_error(j->ctx));
		return EXIT_INTERNAL;
	}
	return EXIT_OK_;
}

/* What an option line sets, so that a later line setting the same thing
 * supersedes it: "SET: TIME SHIFT = FALSE" → "SET: TIME SHIFT",
 * "require_dyad=true" → "require_dyad", the three "SET: CODE ..." modes →
 * "SET: CODE", and "DEFAULT: ...", "COMPLEX: ...", "FORWARD: ..." → the
 * command word (each such line states the whole setting). Case and runs of
 * blanks do not matter. Writes at most cap-1 bytes. */
static void option_key(char *out, size_t cap, const char *line)
{
	const char *eq = strchr(line, '='), *colon = strchr(line, ':'), *end;
	size_t w = 0;
	int blank = 0;

	while (*line == ' ' || *line == '\t')
		line++;
	if (eq)
		end = eq;
	else if (!strncasecmp(line, "SET:", 4)) {
		const char *v = line + 4;
		while (*v == ' ' || *v == '\t')
			v++;
		end = !strncasecmp(v, "CODE", 4) ? v + 4 : line + strlen(line);
	} else
		end = colon ? colon + 1 : line + strlen(line);
	for (; line < end && w + 1 < cap; line++) {
		if (*line == ' ' || *line == '\t') {
			blank = 1;
			continue;
		}
		if (blank && w)
			out[w++] = ' ';
		blank = 0;
		if (w + 1 < cap)
			out[w++] = (char)toupper((unsigned char)*line);
	}
	out[w] = '\0';
}

/* Whether a later suite option sets what option i sets: the reproduce line
 * then lists only the options in force. */
static int option_superseded(const vjob *j, size_t i)
{
	char a[128], b[128];
	size_t k;
	option_key(a, sizeof a, j->options.v[i]);
	for (k = i + 1; k < j->options.n; k++) {
		option_key(b, sizeof b, j->options.v[k]);
		if (!strcmp(a, b))
			return 1;
	}
	return 0;
}

static void print_failure(const vjob *j, const dyad_suite_record *r, const dyad_analysis *an,
	const dyad_story_result *res, const triple *exp, size_t n_exp, const triple *got,
	size_t n_got)
{
	size_t i;
	printf("FAIL %s (%s:%ld): expected ", r->story.id ? r->story.id : "?", r->story.file,
		r->story.line);
	if (r->expect_none)
		fputs("{---}", stdout);
	else if (!j->petrarch && r->discard)
		fputs("{###}", stdout);
	else if (r->complex)
		fputs("{+++}", stdout);
	else if (r->error)
		printf("{} (error=%s)", r->error);
	else
		print_set(stdout, exp, n_exp);
	fputs(" produced ", stdout);
	print_set(stdout, got, n_got);
	if (res->discarded)
		fputs(" (story discarded)", stdout);
	fputs("\n  explain: printf '%s\\n' ", stdout);
	shell_word(stdout, r->story.text, r->story.text_len);
	fputs(" | dyad code --explain --format text", stdout);
	if (!j->context)
		fputs(" --no-context", stdout);
	if (r->story.date)
		printf(" --date %s", r->story.date);
	for (i = 0; i < j->n_dict_paths; i++) {
		fputs(" --dict ", stdout);
		shell_word(stdout, j->dict_paths[i], strlen(j->dict_paths[i]));
	}
	for (i = j->n_dict_options; i < j->options.n; i++) {
		if (option_superseded(j, i))
			continue;
		fputs(" --option ", stdout);
		shell_word(stdout, j->options.v[i], strlen(j->options.v[i]));
	}
	putchar('\n');
	if (j->explain)
		cli_explain_print(stdout, "    ", &r->story, an, res, &j->trace);
}

/* Add one record's events to the event-level tally: expected events found
 * (a sorted merge; multisets for TABARI, sets for PETRARCH, as normalised)
 * and events produced beyond them. A record expecting nothing adds all it
 * produced as extra. */
static void tally_events(vjob *j, const triple *exp, size_t n_exp, const triple *got,
	size_t n_got)
{
	size_t a = 0, b = 0, found = 0;
	while (a < n_exp && b < n_got) {
		int c = triple_cmp(&exp[a], &got[b]);
		if (c == 0) {
			found++;
			a++;
			b++;
		} else if (c < 0)
			a++;
		else
			b++;
	}
	j->ev_expected += (long)n_exp;
	j->ev_found += (long)found;
	j->ev_extra += (long)(n_got - found);
}

/* Code one record and, when judge, judge it against its expectations (a
 * record not judged is still coded when it may hand an actor on). */
static int check_record(vjob *j, dyad_arena *arena, const dyad_suite_record *r, int judge)
{
	dyad_analysis an;
	dyad_story_result res;
	triple *exp = NULL, *got = NULL;
	size_t n_exp = r->n_events, n_got, i;
	int pass, rc = cli_analyse_story(&an, j->ctx, j->lex, arena, &r->story, DYAD_STAGE_CHUNK,
		j->use_parse, &j->tally);

	if (rc == 1) {
		cli_forward_break(&j->forward);
		if (judge)
			j->failed++;
		return 0;
	}
	if (rc != 0)
		return rc;
	cli_trace_reset(&j->trace);
	if ((rc = cli_code_story(&res, &j->forward, j->coder, j->ctx, arena, &an, &r->story,
		j->explain ? &j->trace : NULL)) != EXIT_OK_)
		return rc;
	if (!judge)
		return 0;
	exp = dyad_arena_alloc(arena, (n_exp + 1) * sizeof *exp);
	got = dyad_arena_alloc(arena, (res.n_events + 1) * sizeof *got);
	if (!exp || !got) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 0; i < n_exp; i++) {
		exp[i].s = r->events[i].source;
		exp[i].t = r->events[i].target;
		exp[i].c = r->events[i].code;
	}
	for (i = 0; i < res.n_events; i++) {
		got[i].s = res.events[i].source;
		got[i].t = res.events[i].target;
		got[i].c = res.events[i].code;
	}
	n_exp = normalise(exp, n_exp, j->petrarch);
	n_got = normalise(got, res.n_events, j->petrarch);
	tally_events(j, exp, n_exp, got, n_got);
	if (j->petrarch && (r->expect_none || r->error || r->discard))
		pass = n_got == 0;
	else if (!j->petrarch && r->expect_none)
		pass = n_got == 0;
	else if (!j->petrarch && r->discard)
		pass = res.discarded || n_got == 0;
	else if (!j->petrarch && r->complex)
		pass = n_got == 0;
	else {
		pass = n_exp == n_got;
		for (i = 0; pass && i < n_exp; i++)
			pass = triple_cmp(&exp[i], &got[i]) == 0;
	}
	if (pass) {
		j->passed++;
		return 0;
	}
	j->failed++;
	print_failure(j, r, &an, &res, exp, n_exp, got, n_got);
	return 0;
}

static int run_suite(vjob *j, dyad_arena *arena)
{
	for (;;) {
		dyad_suite_record r;
		size_t i;
		int rc;
		dyad_arena_reset(arena);
		rc = dyad_suite_next(j->suite, arena, &r);
		if (rc == 0)
			return EXIT_OK_;
		if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT) {
			/* Unreadable records cannot pass: counted as failures. */
			cli_error("%s (record counted as failed)", dyad_ctx_error(j->ctx));
			j->failed++;
			continue;
		}
		if (rc < 0) {
			cli_error("%s", dyad_ctx_error(j->ctx));
			return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_IO;
		}
		/* Option changes hold from this record on, whether or not it is
		 * checked (TABARI 10.1.1). */
		for (i = 0; i < r.n_options; i++)
			if (cli_strv_push(&j->options, r.options[i], strlen(r.options[i])) < 0)
				return EXIT_INTERNAL;
		if (r.n_options && (rc = rebuild_coder(j)) != EXIT_OK_)
			return rc;
		if (!r.standard && !j->all) {
			j->outside++;
			continue;
		}
		if (r.unchecked || r.unvalidated) {
			j->skipped++;
			/* TABARI codes it all the same: FORWARD: may carry its
			 * actor on to the next record */
			if (!j->petrarch && (rc = check_record(j, arena, &r, 0)) != 0)
				return rc;
			continue;
		}
		if ((rc = check_record(j, arena, &r, 1)) != 0)
			return rc;
	}
}

int cli_cmd_validate(int argc, char **argv)
{
	dyad_lexicon_options lopts = DYAD_LEXICON_OPTIONS_INIT;
	vjob j;
	dyad_lexicon *lex = NULL;
	dyad_arena *arena = NULL;
	const char *path = NULL, *cache_dir = NULL, *dict_dir = NULL, **dict_paths = NULL,
		**dict_args = NULL;
	size_t n_dict_args = 0;
	char cache_buf[4096];
	long min = -1;
	int no_cache = 0, i, k, rc = EXIT_USAGE;
	size_t n_dicts, d;

	memset(&j, 0, sizeof j);
	cli_lexicon_defaults(&lopts);
	if (!(dict_args = calloc((size_t)argc + 1, sizeof *dict_args))) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(validate_usage, stdout);
			rc = EXIT_OK_;
			goto usage;
		}
		if (!strcmp(a, "--use-parse")) {
			j.use_parse = 1;
			continue;
		}
		if (!strcmp(a, "--context")) {
			j.context = 1;
			continue;
		}
		if (!strcmp(a, "--all") || !strcmp(a, "--explain") || !strcmp(a, "--no-cache")) {
			if (!strcmp(a, "--all"))
				j.all = 1;
			else if (!strcmp(a, "--explain"))
				j.explain = 1;
			else
				no_cache = 1;
			continue;
		}
		if (a[0] != '-' || !a[1]) {
			if (path) {
				cli_error("validate takes one suite file (try `dyad validate --help`)");
				goto usage;
			}
			path = a;
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("option %s needs a value (try `dyad validate --help`)", a);
			goto usage;
		}
		val = argv[++i];
		k = cli_story_option(a, val, NULL, &lopts);
		if (k < 0)
			goto usage;
		if (k > 0)
			continue;
		if (!strcmp(a, "--min")) {
			char *end;
			min = strtol(val, &end, 10);
			if (*end || !*val || min < 0) {
				cli_error("--min needs a number of records, not '%s'", val);
				goto usage;
			}
		} else if (!strcmp(a, "--cache-dir")) {
			cache_dir = val;
		} else if (!strcmp(a, "--dict")) {
			dict_args[n_dict_args++] = val;
		} else if (!strcmp(a, "--dict-dir")) {
			dict_dir = val;
		} else {
			cli_error("unknown option '%s' (try `dyad validate --help`)", a);
			goto usage;
		}
	}
	if (!path) {
		cli_error("no suite file given (try `dyad validate --help`)");
		goto usage;
	}
	if (n_dict_args && dict_dir) {
		cli_error("--dict and --dict-dir do not go together (try `dyad validate --help`)");
		goto usage;
	}
	if (dyad_ctx_new(&j.ctx, NULL) < 0) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	if ((rc = dyad_suite_open(&j.suite, j.ctx, path, DYAD_SUITE_AUTO)) < 0) {
		cli_error("%s", dyad_ctx_error(j.ctx));
		rc = rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_IO;
		goto done;
	}
	j.petrarch = dyad_suite_format_of(j.suite) == DYAD_SUITE_PETRARCH;
	n_dicts = dyad_suite_dict_count(j.suite);
	if (n_dicts == 0 && !n_dict_args) {
		cli_error("%s names no dictionaries", path);
		rc = EXIT_RESOURCE;
		goto done;
	}
	/* "builtin:" among the --dict files stands for dyad's own dictionaries,
	 * without their coder options: the suite's rules apply */
	if (n_dict_args && cli_dict_expand_vocabulary(&j.dict_dir_paths, (char *const *)dict_args,
		n_dict_args) < 0) {
		rc = EXIT_INTERNAL;
		goto done;
	}
	if (!(dict_paths = calloc(n_dicts + j.dict_dir_paths.n + 1, sizeof *dict_paths))) {
		rc = EXIT_INTERNAL;
		goto done;
	}
	if (n_dict_args) {
		n_dicts = j.dict_dir_paths.n;
		for (d = 0; d < n_dicts; d++)
			dict_paths[d] = j.dict_dir_paths.v[d];
	} else {
		for (d = 0; d < n_dicts; d++) {
			const char *p = dyad_suite_dict_path(j.suite, d);
			if (dict_dir && !(p = in_dir(&j.dict_dir_paths, dict_dir, p))) {
				rc = EXIT_INTERNAL;
				goto done;
			}
			dict_paths[d] = p;
		}
	}
	j.dict_paths = dict_paths;
	j.n_dict_paths = n_dicts;
	if (!no_cache && !cache_dir)
		cache_dir = cli_cache_dir(cache_buf, sizeof cache_buf);
	rc = cli_dicts_open(&j.dicts, j.ctx, dict_paths, n_dicts, no_cache ? NULL : cache_dir);
	if (rc != EXIT_OK_)
		goto done;
	/* The accumulated options start as the dictionaries' own. */
	for (d = 0; d < j.dicts.options.n; d++)
		if (cli_strv_push(&j.options, j.dicts.options.v[d], strlen(j.dicts.options.v[d])) < 0)
			rc = EXIT_INTERNAL;
	j.n_dict_options = j.options.n;
	if (rc == EXIT_OK_)
		rc = rebuild_coder(&j);
	if (rc == EXIT_OK_)
		rc = cli_lexicon_load(&lex, j.ctx, &lopts);
	if (rc == EXIT_OK_ && dyad_arena_new(&arena, j.ctx) < 0)
		rc = EXIT_INTERNAL;
	if (rc != EXIT_OK_)
		goto done;
	j.lex = lex;
	rc = run_suite(&j, arena);
	if (rc != EXIT_OK_)
		goto done;
	printf("events: %ld expected, %ld found, %ld extra\n", j.ev_expected, j.ev_found,
		j.ev_extra);
	printf("%ld passed, %ld failed", j.passed, j.failed);
	if (j.skipped)
		printf(", %ld skipped", j.skipped);
	putchar('\n');
	if (j.outside)
		fprintf(stderr, "dyad validate: %ld record%s after the standard part not run "
			"(--all runs them)\n", j.outside, j.outside == 1 ? "" : "s");
	if (min >= 0) {
		rc = j.passed >= min ? EXIT_OK_ : EXIT_REJECTED;
		if (rc != EXIT_OK_)
			cli_error("%ld passed, below the floor of %ld (--min)", j.passed, min);
	} else {
		rc = j.failed ? EXIT_REJECTED : EXIT_OK_;
	}
	if (fflush(stdout) != 0 && rc == EXIT_OK_) {
		cli_error("<stdout>: error writing output");
		rc = EXIT_IO;
	}
done:
	dyad_arena_free(arena);
	cli_trace_free(&j.trace);
	dyad_coder_free(j.coder);
	cli_dicts_close(&j.dicts);
	cli_strv_free(&j.options);
	dyad_suite_free(j.suite);
	dyad_lexicon_free(lex);
	dyad_ctx_free(j.ctx);
	free(dict_paths);
	cli_strv_free(&j.dict_dir_paths);
usage:
	free(dict_args);
	return rc;
}
