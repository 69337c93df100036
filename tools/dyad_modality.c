/*
 * dyad_modality — code stories with the built-in dictionaries (as `dyad
 * code` without --dict) and print each event's modality (dyad/modality.h),
 * to measure it on a corpus and to read the non-asserted cases by hand.
 *
 * One TSV line per event: doc id, sentence, code, the coder's negated,
 * modality, negation bits (1 the group, 2 the context), whether the event
 * would be dropped, the verb text, the sentence. Counts per modality go to
 * stderr. Negated events are kept (the coder's keep_negated) so that the
 * two negation tests can be compared.
 *
 * usage: dyad_modality [--quiet] FILE...   (exit 0 ok, 2 usage, 3 resources)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/builtin.h"
#include "dyad/coder.h"
#include "dyad/date.h"
#include "dyad/dict.h"
#include "dyad/lexicon.h"
#include "dyad/modality.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"

/* Print text[b, e) on one line (tabs and line breaks as spaces). */
static void put_span(const char *text, uint32_t b, uint32_t e)
{
	for (uint32_t i = b; i < e; i++)
		putchar(text[i] == '\n' || text[i] == '\t' || text[i] == '\r' ? ' ' : text[i]);
}

int main(int argc, char **argv)
{
	dyad_ctx *ctx = NULL;
	dyad_arena *arena = NULL;
	dyad_lexicon *lex = NULL;
	dyad_matcher *m = NULL;
	dyad_coder *coder = NULL;
	const char *paths[16];
	size_t np = 0;
	long count[5] = { 0 }, neg_coder = 0, neg_mine = 0, neg_both = 0, events = 0;
	int quiet = 0, first = 1;

	if (argc > 1 && !strcmp(argv[1], "--quiet")) {
		quiet = 1;
		first = 2;
	}
	if (first >= argc) {
		fputs("usage: dyad_modality [--quiet] FILE...\n", stderr);
		return 2;
	}
	if (dyad_ctx_new(&ctx, NULL) || dyad_arena_new(&arena, ctx))
		return 3;
	if (dyad_lexicon_load(&lex, ctx, NULL)) {
		fprintf(stderr, "lexicon: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	for (size_t i = 0; i < dyad_builtin_count() && np < 16; i++) {
		static char names[16][256];
		const char *n = dyad_builtin_name(i);
		size_t len = strlen(n);
		if (len <= 5 || strcmp(n + len - 5, ".dyad"))
			continue;
		snprintf(names[np], sizeof names[np], "%s%s", DYAD_BUILTIN_PREFIX, n);
		paths[np] = names[np];
		np++;
	}
	if (dyad_matcher_open(&m, ctx, paths, np, getenv("DYAD_CACHE_DIR"), NULL)) {
		fprintf(stderr, "dictionaries: %s\n", dyad_ctx_error(ctx));
		return 3;
	}
	{
		dyad_coder_options o = DYAD_CODER_OPTIONS_INIT;
		const char *lines[64];
		size_t nl = 0;
		for (size_t i = 0; i < dyad_matcher_option_count(m) && nl < 64; i++)
			lines[nl++] = dyad_matcher_option(m, i);
		o.option_lines = lines;
		o.n_option_lines = nl;
		o.keep_negated = 1;
		if (dyad_coder_new(&coder, ctx, m, &o)) {
			fprintf(stderr, "coder: %s\n", dyad_ctx_error(ctx));
			return 3;
		}
	}
	for (int a = first; a < argc; a++) {
		dyad_reader *r = NULL;
		dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
		if (dyad_reader_open(&r, ctx, argv[a], &ro)) {
			fprintf(stderr, "%s\n", dyad_ctx_error(ctx));
			return 3;
		}
		for (;;) {
			dyad_story st;
			dyad_analysis an;
			dyad_story_result res;
			int y, mo, d, rc;
			int32_t day = DYAD_DATE_NONE;
			dyad_arena_reset(arena);
			rc = dyad_reader_next(r, arena, &st);
			if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
				break;
			if (rc < 0)
				continue;
			if (st.date && dyad_date_parse(&y, &mo, &d, st.date) == 0)
				day = (int32_t)dyad_date_days(y, mo, d);
			if (dyad_pipeline_run(&an, ctx, lex, arena, st.text, st.text_len, DYAD_STAGE_CHUNK)
				|| dyad_coder_code(&res, coder, ctx, arena, &an, day, NULL, NULL))
				continue;
			for (size_t i = 0; i < res.n_events; i++) {
				const dyad_event *e = &res.events[i];
				const dyad_sentence *s = &an.doc.sents[e->sentence];
				const dyad_token *vb = &an.doc.toks[e->verb_tok[0]];
				const dyad_token *ve = &an.doc.toks[e->verb_tok[1] - 1];
				int neg = 0;
				dyad_modality md = dyad_modality_of(&an, e->sentence, e->verb_tok, &neg);
				events++;
				count[md]++;
				neg_coder += e->negated != 0;
				neg_mine += neg != 0;
				neg_both += e->negated && neg;
				if (quiet)
					continue;
				printf("%s\t%u\t%s\t%d\t%s\t%d\t%d\t", st.id ? st.id : "?", e->sentence, e->code,
					e->negated, dyad_modality_name(md), neg, dyad_modality_drops(md, neg));
				put_span(an.doc.text.buf, vb->off, ve->off + ve->len);
				putchar('\t');
				put_span(an.doc.text.buf, s->off, s->off + s->len);
				putchar('\n');
			}
		}
		dyad_reader_free(r);
	}
	fprintf(stderr, "events %ld:", events);
	for (int k = 0; k < 5; k++)
		fprintf(stderr, " %s %ld", dyad_modality_name((dyad_modality)k), count[k]);
	fprintf(stderr, "; negated: coder %ld, modality %ld, both %ld\n", neg_coder, neg_mine,
		neg_both);
	dyad_coder_free(coder);
	dyad_matcher_free(m);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
