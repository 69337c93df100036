/*
 * `dyad code`: the main job. Read stories, analyse them (text front end to
 * chunks), code events with the dictionaries given, and write one JSON
 * record per event (docs/output.md), tab-separated lines, or with
 * --explain a readable account of why each sentence gave what it gave.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char code_usage[] =
	"usage: dyad code [--dict FILE...] [options] [file...]\n"
	"\n"
	"Code political events (source, target, CAMEO code) in each story, with\n"
	"the evidence for each. Reads stdin when no file (or '-') is given.\n"
	"\n"
	"options:\n"
	"  --dict FILE       a dictionary file (TABARI, PETRARCH or dyad format, or\n"
	"                    a TABARI .project naming them); repeat for each file.\n"
	"                    Without --dict, dyad's built-in dictionaries are used;\n"
	"                    --dict builtin: adds them to your own files, and\n"
	"                    --dict builtin:NAME one of them (`dyad dict list`)\n"
	"  --format F        input format: auto (default), jsonl, text, petrarch, tabari\n"
	"  --date YYYY-MM-DD story date for stories that carry none\n"
	"  --output F        json (default: one JSON object per event) or tsv\n"
	"                    (date, source, target, code, doc id, sentence)\n"
	"  --explain         print why each sentence was or was not coded instead\n"
	"  --report-skipped  write a \"skipped\" record for each story dropped by a\n"
	"                    story-level discard phrase, and for each span of page\n"
	"                    furniture dropped (captions, bylines, appeals...)\n"
	"  --keep-furniture  code page furniture too (by default captions, credits,\n"
	"                    bylines, datelines, appeals, links, prompts and sign-offs\n"
	"                    are dropped before coding)\n"
	"  --keep-negated    keep events the text negates or denies, marked\n"
	"                    \"negated\":true or \"modality\":\"denied\"\n"
	"  --no-context      code each sentence alone: no names, pronouns or \"the two\n"
	"                    countries\" resolved from the rest of the story\n"
	"  --use-parse      code from the Treebank <Parse> a PETRARCH record carries\n"
	"                    instead of dyad's own tagger and chunker (a story without\n"
	"                    one, or with a malformed one, uses dyad's own)\n"
	"  --option LINE     a coder option (TABARI .options command, or PETRARCH\n"
	"                    name=value), after those of the dictionaries; repeatable\n"
	"  --codes FILE      the CAMEO code table the records' code_name, quad_class,\n"
	"                    goldstein and plover come from (default: the built-in\n"
	"                    table, docs/codes.md)\n"
	"  --places FILE     the gazetteer event places come from (default: the\n"
	"                    built-in places.tsv, docs/dictionaries.md)\n"
	"  --cache-dir DIR   compiled-dictionary cache (default $DYAD_CACHE_DIR,\n"
	"                    $XDG_CACHE_HOME/dyad or ~/.cache/dyad)\n"
	"  --no-cache        always read and compile the dictionaries\n"
	"  --max-record N    reject records longer than N bytes (default 64 MiB)\n"
	"  --poslex-dir D    festlex-poslex data (default " DYAD_POSLEX_DIR_DEFAULT ")\n"
	"  --wordnet-dir D   WordNet data (default " DYAD_WORDNET_DIR_DEFAULT ")\n"
	"  -o FILE           write to FILE instead of stdout\n"
	"  -q, --quiet       no summary line on stderr\n"
	"  -h, --help        show this help\n"
	"\n"
	"JSON records (docs/output.md; spans are [start,end) input bytes):\n"
	"  {\"type\":\"event\",\"doc_id\",\"sentence\",\"date\",\"date_precision\",\"date_text\",\n"
	"   \"date_basis\",\"story_date\",\"source\",\"target\",\"code\",\"root\",\"code_name\",\n"
	"   \"quad_class\",\"goldstein\",\"plover\",\"source_entity\",\"target_entity\",\n"
	"   \"source_text\",\"target_text\",\"verb_text\",\"negated\",\"modality\",\"reported_by\",\n"
	"   \"location\",\"location_text\",\"evidence\":{\"pattern\",\"dictionary\",\n"
	"   \"sentence_text\",\"spans\"}}\n"
	"  {\"type\":\"statement\",\"doc_id\",\"sentence\",\"speaker\",\"speaker_entity\",\n"
	"   \"speaker_text\",\"addressee\",\"addressee_text\",\"quote\",\"verb_text\",\"direct\",\n"
	"   \"spans\"}: a quote or reported speech, before its sentence's events\n"
	"\n"
	"examples:\n"
	"  dyad code stories.jsonl\n"
	"  dyad code --dict builtin: --dict my-people.dyad stories.jsonl\n"
	"  dyad code --dict Validate.project stories.jsonl\n"
	"  echo 'Freedonia accused Sylvania.' | dyad code --dict my.dyad --format text --explain\n"
	"  dyad code --output tsv --dict a.actors --dict a.verbs -o events.tsv stories.jsonl\n"
	"\n"
	"exit codes: 0 ok, 1 records rejected, 2 usage, 3 a dictionary, code table,\n"
	"gazetteer or lexicon could not be loaded, 4 I/O, 5 internal\n";

typedef struct code_job {
	dyad_ctx *ctx;
	const dyad_lexicon *lex;
	const dyad_coder *coder;
	const dyad_codes *codes;  /* the CAMEO code table the records cite */
	dyad_doc_options doc;     /* whole-story reading: places, kept denials */
	FILE *out;
	int tsv, explain, report_skipped, use_parse;
	unsigned pipeline_flags; /* DYAD_PIPELINE_*: furniture unless --keep-furniture */
	cli_trace trace;
	cli_forward forward;      /* TABARI's FORWARD: between records */
} code_job;

static int code_story(const dyad_story *story, dyad_arena *arena, cli_tally *t, void *payload)
{
	code_job *job = payload;
	dyad_analysis an;
	dyad_story_result res;
	dyad_doc_result doc;
	size_t i, k;
	int rc = cli_analyse_story_opts(&an, job->ctx, job->lex, arena, story, DYAD_STAGE_CHUNK,
		job->use_parse, job->pipeline_flags, t);

	if (rc != 0) {
		cli_forward_break(&job->forward);
		return rc == 1 ? 0 : rc;
	}
	cli_trace_reset(&job->trace);
	if ((rc = cli_code_story(&res, &job->forward, job->coder, job->ctx, arena, &an, story,
		job->explain ? &job->trace : NULL)) != EXIT_OK_)
		return rc;
	if ((rc = dyad_doc_read(&doc, job->ctx, arena, &an, &res, cli_story_days(story),
		&job->doc)) < 0) {
		cli_error("%s", dyad_ctx_error(job->ctx));
		return EXIT_INTERNAL;
	}
	if (res.discarded)
		doc.n_statements = 0; /* a discarded story says nothing either */
	t->events += (long)doc.n_events;
	t->discarded += res.discarded != 0;
	if (job->explain)
		cli_explain_print(job->out, "", story, &an, &res, &job->trace);
	else if (res.discarded && job->report_skipped && !job->tsv)
		cli_write_skipped_json(job->out, story, &res);
	if (!job->explain && !res.discarded && job->report_skipped && !job->tsv)
		cli_write_furniture_json(job->out, story, &an);
	if (job->explain)
		return ferror(job->out) ? EXIT_IO : 0;
	/* Sentence by sentence: what was said there, then what was done. */
	for (i = 0, k = 0; i < doc.n_events || (k < doc.n_statements && !job->tsv);) {
		uint32_t se = i < doc.n_events ? doc.events[i].event->sentence : UINT32_MAX;
		if (!job->tsv && k < doc.n_statements && doc.statements[k].quote->sentence <= se) {
			cli_write_statement_json(job->out, story, &an, &doc.statements[k++]);
			continue;
		}
		if (job->tsv)
			cli_write_event_tsv(job->out, story, &doc.events[i]);
		else
			cli_write_event_json(job->out, story, &an, job->codes, &doc.events[i]);
		i++;
	}
	if (ferror(job->out)) {
		cli_error("error writing output");
		return EXIT_IO;
	}
	return 0;
}

int cli_cmd_code(int argc, char **argv)
{
	dyad_reader_options ropts = DYAD_READER_OPTIONS_INIT;
	dyad_lexicon_options lopts = DYAD_LEXICON_OPTIONS_INIT;
	dyad_coder_options copts = DYAD_CODER_OPTIONS_INIT;
	code_job job;
	cli_tally tally;
	cli_dicts dicts;
	cli_strv options, dict_list;
	dyad_ctx *ctx = NULL;
	dyad_lexicon *lex = NULL;
	dyad_coder *coder = NULL;
	const char *out_path = NULL, *cache_dir = NULL, *codes_path = NULL, *places_path = NULL;
	dyad_codes *codes = NULL;
	dyad_gazetteer *gaz = NULL;
	char cache_buf[4096], **inputs, **dict_paths;
	int n_inputs = 0, n_dicts = 0, quiet = 0, no_cache = 0, keep_furniture = 0, i, k, rc;
	size_t j;

	memset(&job, 0, sizeof job);
	{
		dyad_doc_options dinit = DYAD_DOC_OPTIONS_INIT;
		job.doc = dinit;
	}
	memset(&tally, 0, sizeof tally);
	memset(&dicts, 0, sizeof dicts);
	memset(&options, 0, sizeof options);
	memset(&dict_list, 0, sizeof dict_list);
	tally.coding = 1;
	copts.context = 1; /* whole stories, unless --no-context */
	cli_lexicon_defaults(&lopts);
	inputs = calloc((size_t)argc + 1, sizeof *inputs);
	dict_paths = calloc((size_t)argc + 1, sizeof *dict_paths);
	if (!inputs || !dict_paths) {
		cli_error("out of memory");
		free(inputs);
		free(dict_paths);
		return EXIT_INTERNAL;
	}
	rc = EXIT_USAGE;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(code_usage, stdout);
			rc = EXIT_OK_;
			goto done;
		}
		if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			quiet = 1;
			continue;
		}
		if (!strcmp(a, "--explain")) {
			job.explain = 1;
			continue;
		}
		if (!strcmp(a, "--report-skipped")) {
			job.report_skipped = 1;
			continue;
		}
		if (!strcmp(a, "--keep-furniture")) {
			keep_furniture = 1;
			continue;
		}
		if (!strcmp(a, "--use-parse")) {
			job.use_parse = 1;
			continue;
		}
		if (!strcmp(a, "--keep-negated")) {
			copts.keep_negated = 1;
			job.doc.keep_dropped = 1;
			continue;
		}
		if (!strcmp(a, "--no-context")) {
			copts.context = 0;
			continue;
		}
		if (!strcmp(a, "--no-cache")) {
			no_cache = 1;
			continue;
		}
		k = cli_story_arg(argc, argv, &i, inputs, &n_inputs, &ropts, &lopts, "code", &val);
		if (k < 0)
			goto done;
		if (k > 0)
			continue;
		if (!strcmp(a, "--dict")) {
			dict_paths[n_dicts++] = argv[i];
		} else if (!strcmp(a, "--output")) {
			job.tsv = !strcmp(val, "tsv");
			if (!job.tsv && strcmp(val, "json") != 0) {
				cli_error("unknown output '%s' (json, tsv)", val);
				goto done;
			}
		} else if (!strcmp(a, "--option")) {
			if (cli_strv_push(&options, val, strlen(val)) < 0) {
				rc = EXIT_INTERNAL;
				goto done;
			}
		} else if (!strcmp(a, "--cache-dir")) {
			cache_dir = val;
		} else if (!strcmp(a, "--codes")) {
			codes_path = val;
		} else if (!strcmp(a, "--places")) {
			places_path = val;
		} else if (!strcmp(a, "-o")) {
			out_path = val;
		} else {
			cli_error("unknown option '%s' (try `dyad code --help`)", a);
			goto done;
		}
	}
	/* no --dict: dyad's built-in dictionaries */
	if (cli_dict_expand(&dict_list, dict_paths, (size_t)n_dicts) < 0) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto done;
	}
	if (dyad_ctx_new(&ctx, NULL) < 0) {
		cli_error("out of memory");
		rc = EXIT_INTERNAL;
		goto done;
	}
	if (!no_cache && !cache_dir)
		cache_dir = cli_cache_dir(cache_buf, sizeof cache_buf);
	rc = cli_dicts_open(&dicts, ctx, (const char *const *)dict_list.v, dict_list.n,
		no_cache ? NULL : cache_dir);
	/* The coder's options: the dictionaries' own, then --option lines. */
	for (j = 0; rc == EXIT_OK_ && j < options.n; j++)
		if (cli_strv_push(&dicts.options, options.v[j], strlen(options.v[j])) < 0)
			rc = EXIT_INTERNAL;
	if (rc == EXIT_OK_) {
		copts.option_lines = (const char *const *)dicts.options.v;
		copts.n_option_lines = dicts.options.n;
		if (dyad_coder_new(&coder, ctx, dicts.m, &copts) < 0) {
			cli_error("%s", dyad_ctx_error(ctx));
			rc = EXIT_INTERNAL;
		}
	}
	if (rc == EXIT_OK_ && (codes_path ? dyad_codes_load(&codes, ctx, codes_path)
		: dyad_codes_new(&codes, ctx)) < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		rc = EXIT_RESOURCE;
	}
	if (rc == EXIT_OK_ && dyad_gazetteer_new(&gaz, ctx, places_path) < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		rc = EXIT_RESOURCE;
	}
	if (rc == EXIT_OK_)
		rc = cli_lexicon_load(&lex, ctx, &lopts);
	if (rc == EXIT_OK_)
		rc = cli_output_open(&job.out, out_path);
	if (rc != EXIT_OK_)
		goto done;
	job.ctx = ctx;
	job.lex = lex;
	job.pipeline_flags = keep_furniture ? 0 : DYAD_PIPELINE_FURNITURE;
	job.coder = coder;
	job.codes = codes;
	job.doc.gazetteer = gaz;
	rc = cli_each_story(ctx, inputs, n_inputs, &ropts, code_story, &job, &tally);
	rc = cli_output_close(job.out, out_path, rc);
	if (!quiet)
		cli_print_summary("code", &tally);
done:
	cli_trace_free(&job.trace);
	dyad_coder_free(coder);
	cli_dicts_close(&dicts);
	cli_strv_free(&options);
	cli_strv_free(&dict_list);
	dyad_codes_free(codes);
	dyad_gazetteer_free(gaz);
	dyad_lexicon_free(lex);
	dyad_ctx_free(ctx);
	free(inputs);
	free(dict_paths);
	return rc;
}
