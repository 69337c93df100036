/*
 * What `dyad code` writes for coded stories — JSON Lines event and skipped
 * records, tab-separated event lines — and the --explain listing built
 * from the coder's trace, shared with `dyad validate`. Formats:
 * docs/output.md. Positions are reported as byte offsets into the story
 * text as given, so that users can cut the evidence out of their input.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dyad/codes.h"
#include "dyad/date.h"
#include "jsonw.h"

int32_t cli_story_days(const dyad_story *story)
{
	int y, m, d;
	if (!story->date || dyad_date_parse(&y, &m, &d, story->date) != 0)
		return DYAD_DATE_NONE;
	return (int32_t)dyad_date_days(y, m, d);
}

/* Input byte span of tokens [b, e); 0 when the range is empty (no actor). */
static int tok_span(size_t span[2], const dyad_analysis *an, const uint32_t tok[2])
{
	const dyad_token *last;
	if (tok[1] <= tok[0] || tok[1] > an->doc.n_toks)
		return 0;
	last = &an->doc.toks[tok[1] - 1];
	span[0] = dyad_text_input_offset(&an->doc.text, an->doc.toks[tok[0]].off);
	span[1] = dyad_text_input_offset(&an->doc.text, (size_t)last->off + last->len);
	return 1;
}

/* "key":"input text" and remember the span, or "key":null. */
/* `"key":` and the story's text at document tokens tok, written by put
 * (jsonw_str, or put_quote), or null; its input bytes go into span. */
static int write_text_as(FILE *f, const char *key, const dyad_story *story,
	const dyad_analysis *an, const uint32_t tok[2], size_t span[2],
	void (*put)(FILE *, const char *, size_t))
{
	jsonw_key(f, key, 0);
	if (!tok_span(span, an, tok) || span[1] > story->text_len) {
		fputs("null", f);
		return 0;
	}
	put(f, story->text + span[0], span[1] - span[0]);
	return 1;
}

static int write_text(FILE *f, const char *key, const dyad_story *story,
	const dyad_analysis *an, const uint32_t tok[2], size_t span[2])
{
	return write_text_as(f, key, story, an, tok, span, jsonw_str);
}

/* A quote as a reader wants it: a run of blanks and line breaks (a
 * hard-wrapped wire story) is one space, and the opening mark that
 * journalists repeat at each new paragraph of a long quote is dropped.
 * The record's span still gives the exact source text. */
static void put_quote(FILE *f, const char *s, size_t len)
{
	char *buf;
	size_t n = 0, i;
	int line = 0;
	if (!(buf = malloc(len + 1))) {
		jsonw_str(f, s, len);
		return;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			line |= c == '\n';
			if (n && buf[n - 1] != ' ')
				buf[n++] = ' ';
			continue;
		}
		if (line && c == '"')
			; /* a paragraph's repeated opening mark */
		else if (line && c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80
			&& ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98))
			i += 2; /* the same in curly marks */
		else
			buf[n++] = (char)c;
		line = 0;
	}
	while (n && buf[n - 1] == ' ')
		n--;
	jsonw_str(f, buf, n);
	free(buf);
}

static void write_span(FILE *f, const char *key, int first, int have, const size_t span[2])
{
	jsonw_key(f, key, first);
	if (have)
		fprintf(f, "[%zu,%zu]", span[0], span[1]);
	else
		fputs("null", f);
}

/* "FILE:LINE" as one JSON string, or null. */
static void write_where(FILE *f, const char *file, unsigned line)
{
	char small[256], *buf = small;
	int n;
	if (!file) {
		fputs("null", f);
		return;
	}
	n = snprintf(small, sizeof small, "%s:%u", file, line);
	if (n >= (int)sizeof small && (buf = malloc((size_t)n + 1)) != NULL)
		snprintf(buf, (size_t)n + 1, "%s:%u", file, line);
	jsonw_str(f, buf ? buf : small, buf ? (size_t)n : strlen(small));
	if (buf != small)
		free(buf);
}

/* What the code table says of the event's code: its name, QuadClass,
 * Goldstein value and PLOVER type, mode and contexts (nulls when the table
 * has no row for it, e.g. "---"). */
static void write_code_facts(FILE *f, const dyad_codes *codes, const char *code)
{
	const dyad_event_code *row = codes && code ? dyad_codes_find(codes, code) : NULL;
	jsonw_key(f, "code_name", 0);
	jsonw_cstr(f, row ? row->name : NULL);
	if (row) {
		fprintf(f, ",\"quad_class\":%d", row->quad_class);
		fprintf(f, ",\"goldstein\":%.1f", row->goldstein);
	} else {
		fputs(",\"quad_class\":null,\"goldstein\":null", f);
	}
	jsonw_key(f, "plover", 0);
	if (!row || !row->plover_event) {
		fputs("null", f);
		return;
	}
	fputs("{\"event\":", f);
	jsonw_cstr(f, row->plover_event);
	jsonw_key(f, "mode", 0);
	jsonw_cstr(f, row->plover_mode);
	fputs(",\"context\":[", f);
	if (row->plover_context) {
		const char *p = row->plover_context;
		int first = 1;
		while (*p) {
			size_t n = strcspn(p, ",");
			if (n) {
				if (!first)
					putc(',', f);
				jsonw_str(f, p, n);
				first = 0;
			}
			p += n + (p[n] == ',');
		}
	}
	fputs("]}", f);
}

/* "key":"text of tokens r" (input bytes), or null. */
static void write_tok_text(FILE *f, const char *key, const dyad_story *story,
	const dyad_analysis *an, const uint32_t r[2])
{
	size_t span[2];
	write_text(f, key, story, an, r, span);
}

/* The event's date as the story reads it (docs/output.md). */
static void write_when(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_doc_event *de)
{
	char buf[16];
	static const uint32_t none[2] = { 0, 0 };

	jsonw_key(f, "date", 0);
	if (de->date == DYAD_DATE_NONE) {
		fputs("null", f);
	} else {
		dyad_date_format(buf, de->date);
		jsonw_cstr(f, buf);
	}
	jsonw_key(f, "date_precision", 0);
	jsonw_cstr(f, de->date == DYAD_DATE_NONE ? NULL
		: dyad_date_precision_name(de->date_precision));
	write_tok_text(f, "date_text", story, an, de->timex ? de->timex->tok : none);
	jsonw_key(f, "date_basis", 0);
	jsonw_cstr(f, dyad_date_basis_name((dyad_date_basis)de->date_basis));
	jsonw_key(f, "story_date", 0);
	jsonw_cstr(f, story->date);
}

static void write_where_place(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_place *p)
{
	static const uint32_t none[2] = { 0, 0 };

	jsonw_key(f, "location", 0);
	if (!p) {
		fputs("null", f);
	} else {
		fputs("{\"name\":", f);
		jsonw_cstr(f, p->name);
		jsonw_key(f, "country", 0);
		jsonw_cstr(f, p->country);
		jsonw_key(f, "kind", 0);
		jsonw_cstr(f, dyad_place_kind_name(p->kind));
		putc('}', f);
	}
	write_tok_text(f, "location_text", story, an, p ? p->phrase_tok : none);
}

void cli_write_event_json(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_codes *codes, const dyad_doc_event *de)
{
	const dyad_event *e = de->event;
	size_t ss[2], ts[2], vs[2];
	int hs, ht, hv;
	const dyad_sentence *se = &an->doc.sents[e->sentence];
	size_t sb = dyad_text_input_offset(&an->doc.text, se->off);
	size_t send = dyad_text_input_offset(&an->doc.text, (size_t)se->off + se->len);

	fputs("{\"type\":\"event\"", f);
	jsonw_key(f, "doc_id", 0);
	jsonw_cstr(f, story->id);
	fprintf(f, ",\"sentence\":%u", e->sentence);
	write_when(f, story, an, de);
	jsonw_key(f, "source", 0);
	jsonw_cstr(f, de->source ? de->source : e->source);
	jsonw_key(f, "target", 0);
	jsonw_cstr(f, de->target ? de->target : e->target);
	jsonw_key(f, "code", 0);
	jsonw_cstr(f, e->code);
	/* The CAMEO root is the code's first two digits (CAMEO manual 1.1). */
	jsonw_key(f, "root", 0);
	if (e->code && isdigit((unsigned char)e->code[0]) && isdigit((unsigned char)e->code[1]))
		jsonw_str(f, e->code, 2);
	else
		fputs("null", f);
	write_code_facts(f, codes, e->code);
	jsonw_key(f, "source_entity", 0);
	jsonw_cstr(f, e->source_entity);
	jsonw_key(f, "target_entity", 0);
	jsonw_cstr(f, e->target_entity);
	hs = write_text(f, "source_text", story, an, e->source_tok, ss);
	ht = write_text(f, "target_text", story, an, e->target_tok, ts);
	hv = write_text(f, "verb_text", story, an, e->verb_tok, vs);
	fprintf(f, ",\"negated\":%s", de->negated ? "true" : "false");
	jsonw_key(f, "modality", 0);
	jsonw_cstr(f, dyad_modality_name((dyad_modality)de->modality));
	jsonw_key(f, "reported_by", 0);
	jsonw_cstr(f, de->reported_by);
	write_where_place(f, story, an, de->place);
	fputs(",\"evidence\":{\"pattern\":", f);
	jsonw_cstr(f, e->pattern);
	jsonw_key(f, "dictionary", 0);
	write_where(f, e->dict_file, e->dict_line);
	jsonw_key(f, "sentence_text", 0);
	if (send <= story->text_len && sb <= send)
		jsonw_str(f, story->text + sb, send - sb);
	else
		fputs("null", f);
	fputs(",\"spans\":{", f);
	write_span(f, "source", 1, hs, ss);
	write_span(f, "target", 0, ht, ts);
	write_span(f, "verb", 0, hv, vs);
	fputs("}}}\n", f);
}

void cli_write_statement_json(FILE *f, const dyad_story *story, const dyad_analysis *an,
	const dyad_statement *st)
{
	const dyad_quote *q = st->quote;
	size_t sp[2], ad[2], qu[2], vb[2];
	int hs, ha, hq, hv;

	fputs("{\"type\":\"statement\"", f);
	jsonw_key(f, "doc_id", 0);
	jsonw_cstr(f, story->id);
	fprintf(f, ",\"sentence\":%u", q->sentence);
	jsonw_key(f, "speaker", 0);
	jsonw_cstr(f, st->speaker);
	jsonw_key(f, "speaker_entity", 0);
	jsonw_cstr(f, st->speaker_entity);
	hs = write_text(f, "speaker_text", story, an, q->speaker_tok, sp);
	jsonw_key(f, "addressee", 0);
	jsonw_cstr(f, st->addressee);
	ha = write_text(f, "addressee_text", story, an, q->addressee_tok, ad);
	hq = write_text_as(f, "quote", story, an, q->quote_tok, qu, put_quote);
	hv = write_text(f, "verb_text", story, an, q->verb_tok, vb);
	fprintf(f, ",\"direct\":%s", q->direct ? "true" : "false");
	fputs(",\"spans\":{", f);
	write_span(f, "speaker", 1, hs, sp);
	write_span(f, "addressee", 0, ha, ad);
	write_span(f, "quote", 0, hq, qu);
	write_span(f, "verb", 0, hv, vb);
	fputs("}}\n", f);
}

/* A TSV field: tabs and line breaks would split the line, so they become
 * blanks. */
static void tsv_field(FILE *f, const char *s)
{
	for (; s && *s; s++)
		putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

void cli_write_event_tsv(FILE *f, const dyad_story *story, const dyad_doc_event *de)
{
	const dyad_event *e = de->event;
	/* PETRARCH's YYYYMMDD: the event's date, empty when unknown. */
	if (de->date != DYAD_DATE_NONE) {
		char buf[16];
		dyad_date_format(buf, de->date);
		fprintf(f, "%.4s%.2s%.2s", buf, buf + 5, buf + 8);
	}
	putc('\t', f);
	tsv_field(f, de->source ? de->source : e->source);
	putc('\t', f);
	tsv_field(f, de->target ? de->target : e->target);
	putc('\t', f);
	tsv_field(f, e->code);
	putc('\t', f);
	tsv_field(f, story->id);
	fprintf(f, "\t%u\n", e->sentence);
}

void cli_write_skipped_json(FILE *f, const dyad_story *story, const dyad_story_result *res)
{
	fputs("{\"type\":\"skipped\"", f);
	jsonw_key(f, "doc_id", 0);
	jsonw_cstr(f, story->id);
	jsonw_key(f, "reason", 0);
	{
		const char *p = res->discard_phrase ? res->discard_phrase : "?";
		size_t n = strlen(p) + 32;
		char *buf = malloc(n);
		if (buf) {
			snprintf(buf, n, "discard phrase '%s'", p);
			jsonw_cstr(f, buf);
			free(buf);
		} else {
			jsonw_cstr(f, "discard phrase");
		}
	}
	fputs("}\n", f);
}

/* Page furniture: one record per dropped span, its text cut from the
 * input as given (like an event's evidence). */
void cli_write_furniture_json(FILE *f, const dyad_story *story, const dyad_analysis *an)
{
	size_t i;
	for (i = 0; i < an->furniture.n_spans; i++) {
		const dyad_furniture_span *sp = &an->furniture.spans[i];
		size_t b = dyad_text_input_offset(&an->doc.text, sp->off);
		size_t e = dyad_text_input_offset(&an->doc.text, (size_t)sp->off + sp->len);
		char reason[64];
		fputs("{\"type\":\"skipped\"", f);
		jsonw_key(f, "doc_id", 0);
		jsonw_cstr(f, story->id);
		snprintf(reason, sizeof reason, "furniture: %s", dyad_furniture_kind_name(sp->kind));
		jsonw_key(f, "reason", 0);
		jsonw_cstr(f, reason);
		jsonw_key(f, "span", 0);
		fprintf(f, "[%zu,%zu]", b, e);
		jsonw_key(f, "text", 0);
		if (e <= story->text_len && b <= e)
			jsonw_str(f, story->text + b, e - b);
		else
			fputs("null", f);
		fputs("}\n", f);
	}
}

/* ---- --explain ------------------------------------------------------ */

void cli_trace_line(void *payload, uint32_t sentence, const char *line)
{
	cli_trace *t = payload;
	if (t->oom)
		return;
	if (t->lines.n == t->cap_sent) {
		size_t nc = t->cap_sent ? t->cap_sent * 2 : 32;
		uint32_t *ns = realloc(t->sent, nc * sizeof *ns);
		if (!ns) {
			t->oom = 1;
			return;
		}
		t->sent = ns;
		t->cap_sent = nc;
	}
	t->sent[t->lines.n] = sentence;
	if (cli_strv_push(&t->lines, line, strlen(line)) < 0)
		t->oom = 1;
}

void cli_trace_reset(cli_trace *t)
{
	size_t i;
	for (i = 0; i < t->lines.n; i++)
		free(t->lines.v[i]);
	t->lines.n = 0;
	t->oom = 0;
}

void cli_trace_free(cli_trace *t)
{
	cli_strv_free(&t->lines);
	free(t->sent);
	memset(t, 0, sizeof *t);
}

static void print_event(FILE *f, const dyad_event *e)
{
	fprintf(f, "%s %s %s%s", e->source, e->target, e->code, e->negated ? " (negated)" : "");
}

void cli_explain_print(FILE *f, const char *prefix, const dyad_story *story,
	const dyad_analysis *an, const dyad_story_result *res, const cli_trace *t)
{
	size_t s, i, k = 0;
	int stopped = 0;

	fprintf(f, "%sstory %s (%s:%ld), date %s\n", prefix, story->id ? story->id : "?",
		story->file ? story->file : "?", story->line, story->date ? story->date : "none");
	if (res->discarded)
		fprintf(f, "%s=> story discarded by discard phrase '%s': no event of it is kept\n",
			prefix, res->discard_phrase ? res->discard_phrase : "?");
	for (s = 0; s < an->doc.n_sents; s++) {
		const dyad_sentence *se = &an->doc.sents[s];
		size_t n_coded = 0;
		int said = 0;
		fprintf(f, "%ssentence %zu: %.*s\n", prefix, s, (int)se->len, an->doc.text.buf + se->off);
		if (stopped) {
			fprintf(f, "%s  not coded: the story was discarded\n", prefix);
			continue;
		}
		for (; k < t->lines.n && t->sent[k] <= s; k++) {
			if (t->sent[k] < s)
				continue;
			fprintf(f, "%s  %s\n", prefix, t->lines.v[k]);
			said = 1;
		}
		if (!said)
			fprintf(f, "%s  no discard phrase, actor or verb found\n", prefix);
		for (i = 0; i < res->n_events; i++) {
			if (res->events[i].sentence != s)
				continue;
			fprintf(f, "%s  => coded ", prefix);
			print_event(f, &res->events[i]);
			putc('\n', f);
			n_coded++;
		}
		if (res->discarded && !stopped) {
			/* The coder stops at the sentence holding the discard phrase;
			 * find it as the last sentence the trace speaks of. */
			size_t last = 0;
			for (i = 0; i < t->lines.n; i++)
				if (t->sent[i] > last)
					last = t->sent[i];
			if (s >= last) {
				fprintf(f, "%s  => story discarded here\n", prefix);
				stopped = 1;
				continue;
			}
		}
		if (!n_coded)
			fprintf(f, "%s  => nothing coded\n", prefix);
	}
	if (t->oom)
		fprintf(f, "%s(trace incomplete: out of memory)\n", prefix);
}
