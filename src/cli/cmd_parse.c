/*
 * `dyad parse`: run the text front end (normalise, split, tag, lemmatise,
 * chunk) on each story and print what it found, one JSON record per
 * sentence, or a human-readable listing with --output text. For debugging
 * the pipeline and for seeing why a sentence was or was not coded.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "jsonw.h"

static const char parse_usage[] =
	"usage: dyad parse [options] [file...]\n"
	"\n"
	"Print each story's sentences with their tokens, part-of-speech tags,\n"
	"lemmas, chunks and clauses. Reads stdin when no file (or '-') is given.\n"
	"\n"
	"options:\n"
	"  --format F        input format: auto (default), jsonl, text, petrarch, tabari\n"
	"  --date YYYY-MM-DD story date for stories that carry none\n"
	"  --output F        json (default: one JSON object per sentence) or text\n"
	"  --stage S         stop after: normalize, split, tag, lemma, chunk (default)\n"
	"  --max-record N    reject records longer than N bytes (default 64 MiB)\n"
	"  --poslex-dir D    festlex-poslex data (default " DYAD_POSLEX_DIR_DEFAULT ",\n"
	"                    or $DYAD_POSLEX_DIR)\n"
	"  --wordnet-dir D   WordNet data (default " DYAD_WORDNET_DIR_DEFAULT ",\n"
	"                    or $DYAD_WORDNET_DIR)\n"
	"  -o FILE           write to FILE instead of stdout\n"
	"  -q, --quiet       no summary line on stderr\n"
	"  --use-parse      code from the Treebank <Parse> a PETRARCH record carries\n"
	"                    instead of dyad's own tagger and chunker (a story without\n"
	"                    one, or with a malformed one, uses dyad's own)\n"
	"  -h, --help        show this help\n"
	"\n"
	"JSON record: {\"type\":\"sentence\",\"doc_id\",\"sentence\",\"paragraph\",\n"
	"\"text\",\"span\":[start,end] (input bytes),\"tokens\":[{\"text\",\"tag\",\n"
	"\"lemma\",\"kind\",\"span\",\"chunk\"}],\"chunks\":[{\"type\",\"tokens\":[b,e],\n"
	"\"head\",\"flags\",\"clause\"}],\"clauses\":[{\"type\",\"chunks\":[b,e],\"parent\"}]}\n"
	"(token and chunk indexes are 0-based within the sentence). See docs/output.md.\n"
	"\n"
	"examples:\n"
	"  dyad parse examples/stories.jsonl\n"
	"  echo 'The minister did not attack the rebels.' | dyad parse --output text\n"
	"\n"
	"exit codes: 0 ok, 1 records rejected, 2 usage, 3 lexicon missing, 4 I/O, 5 internal\n";

typedef struct parse_job {
	dyad_ctx *ctx;
	const dyad_lexicon *lex;
	dyad_stage stage;
	int text_out, use_parse;
	FILE *out;
} parse_job;

static const char *vp_flag_names[] = {
	"negated", "passive", "past", "present", "future", "modal", "perfect",
	"progressive", "infinitive", "gerund", "pronoun", "possessive", "proper"
};

static void write_span(FILE *f, const dyad_text *t, size_t off, size_t len)
{
	fprintf(f, "[%zu,%zu]", dyad_text_input_offset(t, off), dyad_text_input_offset(t, off + len));
}

static void write_json_sentence(const parse_job *job, const dyad_story *story,
	const dyad_analysis *an, size_t s)
{
	const dyad_doc_text *d = &an->doc;
	const dyad_sentence *se = &d->sents[s];
	const dyad_doc_chunks *ch = &an->chunks;
	FILE *f = job->out;
	size_t i;
	int chunked = job->stage >= DYAD_STAGE_CHUNK;

	fputs("{\"type\":\"sentence\"", f);
	jsonw_key(f, "doc_id", 0);
	jsonw_cstr(f, story->id);
	fprintf(f, ",\"sentence\":%zu,\"paragraph\":%u", s, se->para);
	jsonw_key(f, "text", 0);
	jsonw_str(f, d->text.buf + se->off, se->len);
	fputs(",\"span\":", f);
	write_span(f, &d->text, se->off, se->len);
	fputs(",\"tokens\":[", f);
	for (i = se->tok_begin; i < se->tok_end; i++) {
		const dyad_token *tk = &d->toks[i];
		if (i > se->tok_begin)
			putc(',', f);
		fputs("{\"text\":", f);
		jsonw_str(f, d->text.buf + tk->off, tk->len);
		if (job->stage >= DYAD_STAGE_TAG) {
			jsonw_key(f, "tag", 0);
			jsonw_cstr(f, dyad_pos_name((dyad_pos)tk->tag));
		}
		if (job->stage >= DYAD_STAGE_LEMMA) {
			jsonw_key(f, "lemma", 0);
			jsonw_cstr(f, tk->lemma);
		}
		jsonw_key(f, "kind", 0);
		jsonw_cstr(f, dyad_tok_kind_name((dyad_tok_kind)tk->kind));
		fputs(",\"span\":", f);
		write_span(f, &d->text, tk->off, tk->len);
		if (chunked && tk->chunk >= 0)
			fprintf(f, ",\"chunk\":%u", (unsigned)(tk->chunk - (int32_t)ch->sent_chunk[s]));
		putc('}', f);
	}
	putc(']', f);
	if (chunked) {
		uint32_t c0 = ch->sent_chunk[s], c1 = ch->sent_chunk[s + 1];
		uint32_t k0 = ch->sent_clause[s], k1 = ch->sent_clause[s + 1];
		uint32_t c, k;
		fputs(",\"chunks\":[", f);
		for (c = c0; c < c1; c++) {
			const dyad_chunk *ck = &ch->chunks[c];
			unsigned b;
			int first = 1;
			if (c > c0)
				putc(',', f);
			fputs("{\"type\":", f);
			jsonw_cstr(f, dyad_chunk_type_name((dyad_chunk_type)ck->type));
			fprintf(f, ",\"tokens\":[%u,%u],\"head\":%u", ck->tok_begin - se->tok_begin,
				ck->tok_end - se->tok_begin, ck->head - se->tok_begin);
			fputs(",\"flags\":[", f);
			for (b = 0; b < sizeof vp_flag_names / sizeof *vp_flag_names; b++) {
				if (ck->flags & (1u << b)) {
					if (!first)
						putc(',', f);
					jsonw_cstr(f, vp_flag_names[b]);
					first = 0;
				}
			}
			fprintf(f, "],\"clause\":%d}", ck->clause >= 0 ? ck->clause - (int32_t)k0 : -1);
		}
		fputs("],\"clauses\":[", f);
		for (k = k0; k < k1; k++) {
			const dyad_clause *cl = &ch->clauses[k];
			if (k > k0)
				putc(',', f);
			fputs("{\"type\":", f);
			jsonw_cstr(f, dyad_clause_type_name((dyad_clause_type)cl->type));
			fprintf(f, ",\"chunks\":[%u,%u],\"parent\":%d}", cl->chunk_begin - c0,
				cl->chunk_end - c0, cl->parent >= 0 ? cl->parent - (int32_t)k0 : -1);
		}
		putc(']', f);
	}
	fputs("}\n", f);
}

static void write_text_sentence(const parse_job *job, const dyad_story *story,
	const dyad_analysis *an, size_t s)
{
	const dyad_doc_text *d = &an->doc;
	const dyad_sentence *se = &d->sents[s];
	const dyad_doc_chunks *ch = &an->chunks;
	FILE *f = job->out;
	size_t i;

	fprintf(f, "# %s sentence %zu (paragraph %u)\n", story->id ? story->id : "?", s, se->para);
	fprintf(f, "%.*s\n", (int)se->len, d->text.buf + se->off);
	for (i = se->tok_begin; i < se->tok_end; i++) {
		const dyad_token *tk = &d->toks[i];
		fprintf(f, "%s%.*s", i > se->tok_begin ? " " : "", (int)tk->len, d->text.buf + tk->off);
		if (job->stage >= DYAD_STAGE_TAG)
			fprintf(f, "/%s", dyad_pos_name((dyad_pos)tk->tag));
		if (job->stage >= DYAD_STAGE_LEMMA && tk->lemma)
			fprintf(f, "/%s", tk->lemma);
	}
	putc('\n', f);
	if (job->stage >= DYAD_STAGE_CHUNK) {
		uint32_t c;
		for (c = ch->sent_chunk[s]; c < ch->sent_chunk[s + 1]; c++) {
			const dyad_chunk *ck = &ch->chunks[c];
			const dyad_token *a = &d->toks[ck->tok_begin], *b = &d->toks[ck->tok_end - 1];
			fprintf(f, "%s[%s %.*s]", c > ch->sent_chunk[s] ? " " : "",
				dyad_chunk_type_name((dyad_chunk_type)ck->type),
				(int)(b->off + b->len - a->off), d->text.buf + a->off);
		}
		putc('\n', f);
	}
	putc('\n', f);
}

static int parse_story(const dyad_story *story, dyad_arena *arena, cli_tally *t, void *payload)
{
	parse_job *job = payload;
	dyad_analysis an;
	size_t s;
	int rc = cli_analyse_story(&an, job->ctx, job->lex, arena, story, job->stage, job->use_parse, t);

	if (rc != 0)
		return rc == 1 ? 0 : rc;
	for (s = 0; s < an.doc.n_sents; s++) {
		if (job->text_out)
			write_text_sentence(job, story, &an, s);
		else
			write_json_sentence(job, story, &an, s);
	}
	if (ferror(job->out)) {
		cli_error("error writing output");
		return EXIT_IO;
	}
	return 0;
}

static const char *const stage_names[] = { NULL, "normalize", "split", "tag", "lemma", "chunk" };

int cli_cmd_parse(int argc, char **argv)
{
	dyad_reader_options ropts = DYAD_READER_OPTIONS_INIT;
	dyad_lexicon_options lopts = DYAD_LEXICON_OPTIONS_INIT;
	parse_job job;
	cli_tally tally;
	dyad_ctx *ctx = NULL;
	dyad_lexicon *lex = NULL;
	const char *out_path = NULL;
	char **inputs;
	int n_inputs = 0, quiet = 0, i, k, rc;

	memset(&job, 0, sizeof job);
	memset(&tally, 0, sizeof tally);
	job.stage = DYAD_STAGE_CHUNK;
	cli_lexicon_defaults(&lopts);
	inputs = calloc((size_t)argc + 1, sizeof *inputs);
	if (!inputs) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val = NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(parse_usage, stdout);
			free(inputs);
			return EXIT_OK_;
		}
		if (!strcmp(a, "--use-parse")) {
			job.use_parse = 1;
			continue;
		}
		if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			quiet = 1;
			continue;
		}
		k = cli_story_arg(argc, argv, &i, inputs, &n_inputs, &ropts, &lopts, "parse", &val);
		if (k < 0)
			goto usage;
		if (k > 0)
			continue;
		if (!strcmp(a, "--output")) {
			if (!strcmp(val, "text"))
				job.text_out = 1;
			else if (strcmp(val, "json") != 0) {
				cli_error("unknown output '%s' (json, text)", val);
				goto usage;
			}
		} else if (!strcmp(a, "--stage")) {
			int found = 0;
			for (k = 1; k <= DYAD_STAGE_CHUNK; k++)
				if (!strcmp(val, stage_names[k]))
					job.stage = (dyad_stage)k, found = 1;
			if (!found) {
				cli_error("unknown stage '%s' (normalize, split, tag, lemma, chunk)", val);
				goto usage;
			}
		} else if (!strcmp(a, "-o")) {
			out_path = val;
		} else {
			cli_error("unknown option '%s' (try `dyad parse --help`)", a);
			goto usage;
		}
	}
	if (dyad_ctx_new(&ctx, NULL) < 0) {
		cli_error("out of memory");
		free(inputs);
		return EXIT_INTERNAL;
	}
	rc = job.stage >= DYAD_STAGE_TAG ? cli_lexicon_load(&lex, ctx, &lopts) : EXIT_OK_;
	if (rc == EXIT_OK_)
		rc = cli_output_open(&job.out, out_path);
	if (rc != EXIT_OK_) {
		dyad_lexicon_free(lex);
		dyad_ctx_free(ctx);
		free(inputs);
		return rc;
	}
	job.ctx = ctx;
	job.lex = lex;
	rc = cli_each_story(ctx, inputs, n_inputs, &ropts, parse_story, &job, &tally);
	rc = cli_output_close(job.out, out_path, rc);
	if (!quiet)
		cli_print_summary("parse", &tally);
	dyad_lexicon_free(lex);
	dyad_ctx_free(ctx);
	free(inputs);
	return rc;

usage:
	free(inputs);
	return EXIT_USAGE;
}
