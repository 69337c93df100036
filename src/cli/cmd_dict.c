/*
 * `dyad dict`: tools for dictionaries in TABARI, PETRARCH and dyad format.
 *   check    lint: syntax errors, duplicates, entries that can never match,
 *            undefined synsets, codes outside the CAMEO tables
 *   convert  translate into dyad, TABARI or PETRARCH format
 *   stats    counts of entries, and load/compile times
 *   lookup   what code an actor phrase gets on a date, and why
 *   list     the dictionaries built into dyad
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "dyad/date.h"
#include "dyad/dict.h"

static const char dict_usage[] =
	"usage: dyad dict <tool> [options] FILE...\n"
	"\n"
	"Dictionary FILEs may be TABARI (.actors .agents .verbs .options, or a\n"
	".project naming them), PETRARCH (actors, agents, verbs, discards, issues)\n"
	"or dyad format; format and kind are detected (docs/dictionaries.md).\n"
	"\n"
	"tools:\n"
	"  check [--cameo-dir DIR] FILE...\n"
	"        report syntax errors, duplicates, entries that can never match,\n"
	"        undefined synsets and (with the CAMEO tables in DIR) unknown codes,\n"
	"        as `dyad: FILE:LINE: error|warning: message`\n"
	"  convert --to dyad|tabari|petrarch [--kind K] [-o OUT] FILE...\n"
	"        translate; TABARI and PETRARCH hold one kind per file, so name it\n"
	"        with --kind (actors, agents, verbs, options, discards, issues)\n"
	"        when the input holds several\n"
	"  stats FILE...\n"
	"        counts of entries, diagnostics, compiled size and load times\n"
	"  lookup [--date YYYY-MM-DD] [--no-cache] PHRASE FILE...\n"
	"        the actor, agent and verb entries PHRASE matches, with the code\n"
	"        valid on the date and where each is defined\n"
	"  list\n"
	"        the files built into dyad: its default dictionaries and tables\n"
	"\n"
	"FILE may be builtin:NAME, a file built into dyad, or builtin: for all its\n"
	"default dictionaries (what `dyad code` uses without --dict).\n"
	"\n"
	"options:\n"
	"  --cache-dir DIR   compiled-dictionary cache (default $DYAD_CACHE_DIR,\n"
	"                    $XDG_CACHE_HOME/dyad or ~/.cache/dyad)\n"
	"  --no-cache        always read and compile the sources\n"
	"  -h, --help        show this help\n"
	"\n"
	"examples:\n"
	"  dyad dict check ../shared/dictionaries/phoenix/*.txt\n"
	"  dyad dict convert --to dyad -o phoenix.dyad ../shared/dictionaries/phoenix/*.txt\n"
	"  dyad dict lookup --date 2005-06-01 'VLADIMIR PUTIN' Phoenix.Countries.actors.txt\n"
	"  dyad dict check --cameo-dir ../shared/cameo builtin:\n"
	"\n"
	"exit codes: 0 ok (warnings allowed), 1 entries were rejected (errors), 2 usage,\n"
	"3 a dictionary file could not be read, 4 output could not be written, 5 internal\n";

typedef struct dict_opts {
	const char *tool;
	const char *cameo_dir;
	const char *cache_dir;
	const char *out_path;
	const char *date;
	dyad_dict_format to;
	dyad_dict_kind kind;
	int no_cache;
	char **files;
	int n_files;
	const char *phrase;
} dict_opts;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_diags(const dyad_dict *d)
{
	size_t i, n = dyad_dict_diag_count(d);
	for (i = 0; i < n; i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		if (g.line)
			fprintf(stderr, "dyad: %s:%u: %s: %s\n", g.file, g.line,
				g.error ? "error" : "warning", g.message);
		else
			fprintf(stderr, "dyad: %s: %s: %s\n", g.file, g.error ? "error" : "warning",
				g.message);
	}
}

/* Load every file into one set; EXIT_RESOURCE when one cannot be read. */
static int load_all(dyad_dict **out, dyad_ctx *ctx, const dict_opts *o)
{
	int i, rc;
	if (dyad_dict_new(out, ctx) < 0)
		return EXIT_INTERNAL;
	for (i = 0; i < o->n_files; i++) {
		rc = dyad_dict_load(*out, o->files[i], DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO);
		if (rc < 0) {
			cli_error("%s", dyad_ctx_error(ctx));
			return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
		}
	}
	return EXIT_OK_;
}

static int tool_check(dyad_ctx *ctx, const dict_opts *o)
{
	dyad_dict_check_options co = DYAD_DICT_CHECK_OPTIONS_INIT;
	dyad_dict_stats st;
	dyad_dict *d = NULL;
	char events[4096], actors[16384];
	int rc = load_all(&d, ctx, o);

	if (rc == EXIT_OK_) {
		if (o->cameo_dir) {
			snprintf(events, sizeof events, "%s/event_codes.csv", o->cameo_dir);
			snprintf(actors, sizeof actors,
				"%s/country_codes.csv:%s/actor_role_codes.csv:%s/international_org_codes.csv:"
				"%s/international_generic_codes.csv:%s/region_codes.csv:%s/actor_types.csv",
				o->cameo_dir, o->cameo_dir, o->cameo_dir, o->cameo_dir, o->cameo_dir,
				o->cameo_dir);
			co.event_codes_csv = events;
			co.actor_codes_csv = actors;
		}
		if (dyad_dict_check(d, &co) < 0) {
			cli_error("%s", dyad_ctx_error(ctx));
			rc = dyad_ctx_status(ctx) == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
		}
	}
	if (d) {
		print_diags(d);
		dyad_dict_stats_get(d, &st);
		fprintf(stderr, "dyad dict check: %zu file%s, %zu actors, %zu agents, %zu verbs, "
			"%zu patterns, %zu errors, %zu warnings\n", st.files, st.files == 1 ? "" : "s",
			st.actors, st.agents, st.verbs, st.patterns, st.errors, st.warnings);
		if (rc == EXIT_OK_ && st.errors)
			rc = EXIT_REJECTED;
	}
	dyad_dict_free(d);
	return rc;
}

static int tool_convert(dyad_ctx *ctx, const dict_opts *o)
{
	dyad_dict *d = NULL;
	dyad_dict_stats st;
	dyad_dict_kind kind = o->kind;
	FILE *f = stdout;
	int rc = load_all(&d, ctx, o);

	if (rc != EXIT_OK_)
		goto done;
	print_diags(d);
	dyad_dict_stats_get(d, &st);
	if (o->to == DYAD_DICT_FORMAT_DYAD) {
		kind = DYAD_DICT_KIND_ALL;
	} else if (kind == DYAD_DICT_KIND_AUTO) {
		/* One kind per file in the old formats: infer it when unambiguous. */
		int kinds = 0;
		if (st.actors) kinds++, kind = DYAD_DICT_KIND_ACTORS;
		if (st.agents) kinds++, kind = DYAD_DICT_KIND_AGENTS;
		if (st.verbs || st.synsets) kinds++, kind = DYAD_DICT_KIND_VERBS;
		if (st.discards) kinds++, kind = DYAD_DICT_KIND_DISCARDS;
		if (st.issues) kinds++, kind = DYAD_DICT_KIND_ISSUES;
		if (kinds != 1) {
			cli_error("the input holds %s; name the one to write with --kind",
				kinds ? "several kinds of entries" : "no entries");
			rc = EXIT_USAGE;
			goto done;
		}
	}
	if (o->out_path && !(f = fopen(o->out_path, "w"))) {
		cli_error("%s: cannot open for writing", o->out_path);
		rc = EXIT_IO;
		goto done;
	}
	if (dyad_dict_write(d, f, o->to, kind) < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		rc = dyad_ctx_status(ctx) == DYAD_EINVALID ? EXIT_USAGE : EXIT_IO;
	}
	if ((fflush(f) != 0 || (o->out_path && fclose(f) != 0)) && rc == EXIT_OK_) {
		cli_error("%s: write error", o->out_path ? o->out_path : "<stdout>");
		rc = EXIT_IO;
	}
	if (rc == EXIT_OK_ && st.errors)
		rc = EXIT_REJECTED;
	fprintf(stderr, "dyad dict convert: %zu file%s to %s, %zu errors, %zu warnings\n", st.files,
		st.files == 1 ? "" : "s", dyad_dict_format_name(o->to), st.errors, st.warnings);
done:
	dyad_dict_free(d);
	return rc;
}

static int tool_stats(dyad_ctx *ctx, const dict_opts *o)
{
	dyad_dict *d = NULL;
	dyad_matcher *m = NULL;
	dyad_dict_stats st;
	dyad_matcher_stats ms;
	double t0 = now(), t1, t2;
	int rc = load_all(&d, ctx, o);

	if (rc != EXIT_OK_) {
		dyad_dict_free(d);
		return rc;
	}
	t1 = now();
	if (dyad_matcher_compile(&m, ctx, d) < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		dyad_dict_free(d);
		return EXIT_INTERNAL;
	}
	t2 = now();
	dyad_dict_stats_get(d, &st);
	dyad_matcher_stats_get(m, &ms);
	printf("files           %zu\n", st.files);
	printf("actors          %zu (%zu names, %zu codes, %zu dated)\n", st.actors, st.actor_names,
		st.actor_codes, st.dated_codes);
	printf("agents          %zu (%zu names)\n", st.agents, st.agent_names);
	printf("verbs           %zu (%zu forms, %zu patterns)\n", st.verbs, st.verb_forms,
		st.patterns);
	printf("synsets         %zu (%zu members)\n", st.synsets, st.synset_members);
	printf("discards        %zu\nissues          %zu\nother lines     %zu\n", st.discards,
		st.issues, st.raw_lines);
	printf("errors          %zu\nwarnings        %zu\n", st.errors, st.warnings);
	printf("compiled        %zu bytes (%zu actor phrases, %zu agent phrases, %zu verb phrases)\n",
		ms.bytes, ms.actor_phrases, ms.agent_phrases, ms.verb_phrases);
	printf("read            %.1f ms\ncompile         %.1f ms\n", (t1 - t0) * 1e3, (t2 - t1) * 1e3);
	dyad_matcher_free(m);
	dyad_dict_free(d);
	return st.errors ? EXIT_REJECTED : EXIT_OK_;
}

/* Split a phrase on spaces and underscores into upper-case words. */
static int split_phrase(char *buf, const char **words, int max)
{
	int n = 0;
	char *p = buf;
	while (*p && n < max) {
		while (*p == ' ' || *p == '_' || *p == '\t')
			*p++ = '\0';
		if (!*p)
			break;
		words[n++] = p;
		while (*p && *p != ' ' && *p != '_' && *p != '\t') {
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
			p++;
		}
	}
	return n;
}

static void print_range(int32_t from, int32_t to)
{
	char a[11], b[11];
	if (from == INT32_MIN && to == INT32_MAX) {
		printf("undated");
		return;
	}
	if (from != INT32_MIN)
		dyad_date_format(a, from);
	if (to != INT32_MAX)
		dyad_date_format(b, to);
	if (from == INT32_MIN)
		printf("until %s", b);
	else if (to == INT32_MAX)
		printf("from %s", a);
	else
		printf("%s to %s", a, b);
}

static int tool_lookup(dyad_ctx *ctx, const dict_opts *o)
{
	dyad_matcher *m = NULL;
	char cache_buf[4096], *phrase;
	const char *cache_dir = NULL, *words[64];
	int32_t date = DYAD_DATE_NONE;
	int n, start, step, found = 0, from_cache = 0, rc;

	if (o->date) {
		int y, mo, d;
		if (dyad_date_parse(&y, &mo, &d, o->date) != 0 || !dyad_date_valid(o->date)) {
			cli_error("--date needs YYYY-MM-DD, not '%s'", o->date);
			return EXIT_USAGE;
		}
		date = (int32_t)dyad_date_days(y, mo, d);
	}
	if (!o->no_cache)
		cache_dir = o->cache_dir ? o->cache_dir : cli_cache_dir(cache_buf, sizeof cache_buf);
	rc = dyad_matcher_open(&m, ctx, (const char *const *)o->files, (size_t)o->n_files, cache_dir,
		&from_cache);
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
	}
	phrase = strdup(o->phrase);
	if (!phrase) {
		dyad_matcher_free(m);
		return EXIT_INTERNAL;
	}
	n = split_phrase(phrase, words, 64);
	/* Scan as the coder does: report the matches that start at a word, then
	 * go on after the longest of them. */
	for (start = 0; start < n; start += step) {
		dyad_actor_match am;
		dyad_agent_match gm;
		dyad_verb_match vm;
		step = 1;
		if (dyad_matcher_actor(m, words + start, (size_t)(n - start), date, &am)) {
			if ((int)am.n_words > step)
				step = (int)am.n_words;
			size_t i;
			found = 1;
			printf("actor  %s -> %s", am.phrase, am.code ? am.code : "(no code on that date)");
			if (am.code) {
				printf(" (");
				print_range(am.from, am.to);
				printf(")");
			}
			printf("\n       defined at %s:%u; %zu word%s matched\n", am.file, am.line, am.n_words,
				am.n_words == 1 ? "" : "s");
			for (i = 0; i < am.n_codes; i++) {
				dyad_code_info ci;
				dyad_matcher_actor_code(m, am.actor, i, &ci);
				printf("       code %-12s ", ci.code);
				print_range(ci.from, ci.to);
				printf("  (%s:%u)\n", ci.file, ci.line);
			}
		}
		if (dyad_matcher_agent(m, words + start, (size_t)(n - start), &gm)) {
			found = 1;
			if ((int)gm.n_words > step)
				step = (int)gm.n_words;
			printf("agent  %s -> %s%s%s  (%s:%u)\n", gm.phrase, gm.prefix ? "" : "~", gm.code,
				gm.prefix ? "~" : "", gm.file, gm.line);
		}
		if (dyad_matcher_verb(m, words + start, (size_t)(n - start), &vm)) {
			found = 1;
			if ((int)vm.n_words > step)
				step = (int)vm.n_words;
			printf("verb   %s -> block %s [%s], %zu patterns  (%s:%u)\n", vm.phrase, vm.name,
				vm.code, vm.n_patterns, vm.file, vm.line);
		}
	}
	if (!found)
		printf("no entry matches '%s'\n", o->phrase);
	free(phrase);
	dyad_matcher_free(m);
	return found ? EXIT_OK_ : EXIT_REJECTED;
}

int cli_cmd_dict(int argc, char **argv)
{
	dict_opts o;
	cli_strv files;
	dyad_ctx *ctx = NULL;
	int i, rc;

	memset(&o, 0, sizeof o);
	memset(&files, 0, sizeof files);
	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		fputs(dict_usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_OK_;
	}
	o.tool = argv[1];
	if (!strcmp(o.tool, "list")) {
		if (argc > 2) {
			cli_error("list takes no arguments (try `dyad dict --help`)");
			return EXIT_USAGE;
		}
		cli_dict_list_builtins(stdout);
		return EXIT_OK_;
	}
	if (strcmp(o.tool, "check") && strcmp(o.tool, "convert") && strcmp(o.tool, "stats") &&
	    strcmp(o.tool, "lookup")) {
		cli_error("unknown dict tool '%s' (check, convert, stats, lookup, list)", o.tool);
		return EXIT_USAGE;
	}
	o.files = calloc((size_t)argc, sizeof *o.files);
	if (!o.files)
		return EXIT_INTERNAL;
	for (i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(dict_usage, stdout);
			free(o.files);
			return EXIT_OK_;
		}
		if (!strcmp(a, "--no-cache")) {
			o.no_cache = 1;
			continue;
		}
		if (a[0] != '-' || !a[1]) {
			if (!strcmp(o.tool, "lookup") && !o.phrase)
				o.phrase = a;
			else
				o.files[o.n_files++] = argv[i];
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("option %s needs a value (try `dyad dict --help`)", a);
			goto usage;
		}
		if (!strcmp(a, "--cameo-dir")) {
			o.cameo_dir = argv[++i];
		} else if (!strcmp(a, "--cache-dir")) {
			o.cache_dir = argv[++i];
		} else if (!strcmp(a, "-o")) {
			o.out_path = argv[++i];
		} else if (!strcmp(a, "--date")) {
			o.date = argv[++i];
		} else if (!strcmp(a, "--to")) {
			if (dyad_dict_format_parse(&o.to, argv[++i]) < 0 || o.to == DYAD_DICT_FORMAT_AUTO) {
				cli_error("--to takes dyad, tabari or petrarch, not '%s'", argv[i]);
				goto usage;
			}
		} else if (!strcmp(a, "--kind")) {
			const char *k = argv[++i];
			int j, ok = 0;
			for (j = DYAD_DICT_KIND_ACTORS; j <= DYAD_DICT_KIND_ISSUES; j++)
				if (!strcmp(k, dyad_dict_kind_name((dyad_dict_kind)j)))
					o.kind = (dyad_dict_kind)j, ok = 1;
			if (!ok) {
				cli_error("--kind takes actors, agents, verbs, options, discards or issues, not '%s'", k);
				goto usage;
			}
		} else {
			cli_error("unknown option '%s' (try `dyad dict --help`)", a);
			goto usage;
		}
	}
	if (!strcmp(o.tool, "lookup") && !o.phrase) {
		cli_error("lookup needs a PHRASE and dictionary files");
		goto usage;
	}
	if (o.n_files == 0) {
		cli_error("no dictionary files given (try `dyad dict --help`)");
		goto usage;
	}
	if (!strcmp(o.tool, "convert") && o.to == DYAD_DICT_FORMAT_AUTO) {
		cli_error("convert needs --to dyad, tabari or petrarch");
		goto usage;
	}
	/* "builtin:" stands for every built-in dictionary */
	if (cli_dict_expand(&files, o.files, (size_t)o.n_files) < 0) {
		cli_strv_free(&files);
		free(o.files);
		return EXIT_INTERNAL;
	}
	free(o.files);
	o.files = files.v;
	o.n_files = (int)files.n;
	if (dyad_ctx_new(&ctx, NULL) < 0) {
		cli_strv_free(&files);
		return EXIT_INTERNAL;
	}
	if (!strcmp(o.tool, "check"))
		rc = tool_check(ctx, &o);
	else if (!strcmp(o.tool, "convert"))
		rc = tool_convert(ctx, &o);
	else if (!strcmp(o.tool, "stats"))
		rc = tool_stats(ctx, &o);
	else
		rc = tool_lookup(ctx, &o);
	dyad_ctx_free(ctx);
	cli_strv_free(&files);
	return rc;
usage:
	free(o.files);
	return EXIT_USAGE;
}
