/*
 * dyad_text_split on sentences written for these tests: Penn-style tokens,
 * flags, sentence ends (abbreviations, initials, quotes, ellipses),
 * paragraphs, spans that map back to the input, run-on cutting, and clean
 * failure when allocation fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/text.h"

typedef struct fix {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_doc_text d;
	char buf[8192];
} fix;

static int setup(void **state)
{
	fix *f = calloc(1, sizeof *f);
	if (!f || dyad_ctx_new(&f->ctx, NULL) != DYAD_OK ||
		dyad_arena_new(&f->arena, f->ctx) != DYAD_OK)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fix *f = *state;
	dyad_arena_free(f->arena);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static const dyad_doc_text *split(fix *f, const char *in)
{
	dyad_text t;
	dyad_arena_reset(f->arena);
	assert_int_equal(dyad_text_normalize(&t, f->ctx, f->arena, in, strlen(in)), DYAD_OK);
	assert_int_equal(dyad_text_split(&f->d, f->ctx, f->arena, &t), DYAD_OK);
	return &f->d;
}

/* Tokens joined by '|'. */
static const char *toks(fix *f, const char *in)
{
	const dyad_doc_text *d = split(f, in);
	size_t i, o = 0;
	f->buf[0] = '\0';
	for (i = 0; i < d->n_toks; i++)
		o += (size_t)snprintf(f->buf + o, sizeof f->buf - o, "%s%.*s", i ? "|" : "",
			(int)d->toks[i].len, d->text.buf + d->toks[i].off);
	return f->buf;
}

/* Token kinds joined by ' '. */
static const char *kinds(fix *f, const char *in)
{
	const dyad_doc_text *d = split(f, in);
	size_t i, o = 0;
	f->buf[0] = '\0';
	for (i = 0; i < d->n_toks; i++)
		o += (size_t)snprintf(f->buf + o, sizeof f->buf - o, "%s%s", i ? " " : "",
			dyad_tok_kind_name((dyad_tok_kind)d->toks[i].kind));
	return f->buf;
}

/* Sentences joined by " || ". */
static const char *sents(fix *f, const char *in)
{
	const dyad_doc_text *d = split(f, in);
	size_t i, o = 0;
	f->buf[0] = '\0';
	for (i = 0; i < d->n_sents; i++)
		o += (size_t)snprintf(f->buf + o, sizeof f->buf - o, "%s%.*s", i ? " || " : "",
			(int)d->sents[i].len, d->text.buf + d->sents[i].off);
	return f->buf;
}

/* --- tokens --- */

static void test_text_split__clitics(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "don't can't won't they're we'll I've she'd I'm"),
		"do|n't|ca|n't|wo|n't|they|'re|we|'ll|I|'ve|she|'d|I|'m");
	assert_string_equal(toks(f, "Putin's ministers' talks, it's O'Neill's"),
		"Putin|'s|ministers|'|talks|,|it|'s|O'Neill|'s");
	assert_string_equal(kinds(f, "Putin's ministers' it's don't"),
		"word possessive word possessive word contraction word contraction");
	/* curly apostrophes behave the same */
	assert_string_equal(toks(f, "Russia\xE2\x80\x99s leaders don\xE2\x80\x99t"),
		"Russia|\xE2\x80\x99s|leaders|do|n\xE2\x80\x99t");
	/* and an acute accent typed for one; the lower-case form, which
	 * lexicons and dictionaries see, has the ASCII apostrophe */
	assert_string_equal(kinds(f, "China\xC2\xB4s army"), "word possessive word");
	{
		const dyad_doc_text *d = split(f, "Russia\xE2\x80\x99s leaders don\xE2\x80\x99t");
		assert_int_equal(d->n_toks, 5);
		assert_string_equal(d->toks[1].lower, "'s");
		assert_string_equal(d->toks[4].lower, "n't");
	}
}

static void test_text_split__single_quotes_vs_plural_possessive(void **state)
{
	fix *f = *state;
	/* an open single quote makes the final ' a closing quote */
	assert_string_equal(kinds(f, "they are 'disappointed' and 'the ministers' said"),
		"word word quote word quote word quote word word quote word");
	assert_string_equal(kinds(f, "the ministers' meeting"), "word word possessive word");
}

static void test_text_split__hyphens_and_dashes(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "Russian-Chinese ex-president - talks -- end\xE2\x80\x94then"),
		"Russian-Chinese|ex-president|-|talks|--|end|\xE2\x80\x94|then");
	split(f, "Russian-Chinese talks");
	assert_true(f->d.toks[0].flags & DYAD_TOKF_HYPHEN);
	assert_false(f->d.toks[1].flags & DYAD_TOKF_HYPHEN);
	assert_string_equal(toks(f, "a 5-year-old and mid-1980s U.S.-Japan pact"),
		"a|5-year-old|and|mid-1980s|U.S.-Japan|pact");
}

/* TABARI-style texts join a multi-word name with underscores: one token;
 * an underscore not between two letters or digits stands alone. */
static void test_text_split__underscore_names(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "the Prince of Dol_Amroth_ said _x a__b"),
		"the|Prince|of|Dol_Amroth|_|said|_|x|a|_|_|b");
	split(f, "Dol_Amroth left");
	assert_false(f->d.toks[0].flags & DYAD_TOKF_HYPHEN);
}

static void test_text_split__numbers(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "1,200 tonnes, 5.93 mln, down -0.5 in 1985-86, 2nd in the 1980s"),
		"1,200|tonnes|,|5.93|mln|,|down|-0.5|in|1985-86|,|2nd|in|the|1980s");
	assert_string_equal(kinds(f, "1,200 5.93 -0.5 2nd 1980s"),
		"number number number number number");
	/* a minus glued to a word is not a sign; a comma not followed by three
	 * digits ends the number */
	assert_string_equal(toks(f, "x-1 1,20 3,4567"), "x-1|1|,|20|3|,|4567");
	assert_string_equal(toks(f, "the '87 season"), "the|'87|season");
}

static void test_text_split__currency_and_percent(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "US$200 and $5 or \xC2\xA3" "5, \xE2\x82\xAC" "3.5bn, 5% up"),
		"US$|200|and|$|5|or|\xC2\xA3|5|,|\xE2\x82\xAC|3.5|bn|,|5|%|up");
	assert_string_equal(kinds(f, "US$200 5%"), "currency number number percent");
}

static void test_text_split__abbreviations(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "U.S. U.N. Gen. Sept. a.m. Jan. Corp. Inc. No. 2 V. Putin"),
		"U.S.|U.N.|Gen.|Sept.|a.m.|Jan.|Corp.|Inc.|No.|2|V.|Putin");
	assert_string_equal(kinds(f, "U.S. Gen. a.m. No. 2 V. Putin"),
		"abbrev abbrev abbrev abbrev number abbrev word");
	/* "No." is an abbreviation only before a number */
	assert_string_equal(toks(f, "He said no. Then"), "He|said|no|.|Then");
	/* an ordinary word keeps its period apart */
	assert_string_equal(toks(f, "talks ended."), "talks|ended|.");
}

static void test_text_split__urls_emails_tickers(void **state)
{
	fix *f = *state;
	assert_string_equal(toks(f, "See http://www.example.org/a?b=1. Or mail j.doe@example.com, or <ABCD.L>."),
		"See|http://www.example.org/a?b=1|.|Or|mail|j.doe@example.com|,|or|<|ABCD.L|>|.");
	assert_string_equal(kinds(f, "http://x.org/ j.doe@example.com"), "symbol symbol");
}

static void test_text_split__quotes_open_close(void **state)
{
	fix *f = *state;
	const dyad_doc_text *d = split(f, "\"We are ready,\" he said. \xE2\x80\x9CYes\xE2\x80\x9D (\"no\")");
	assert_int_equal(d->toks[0].kind, DYAD_TOK_QUOTE);
	assert_true(d->toks[0].flags & DYAD_TOKF_QUOTE_OPEN);
	assert_true(d->toks[5].flags & DYAD_TOKF_QUOTE_CLOSE);
	assert_true(d->toks[9].flags & DYAD_TOKF_QUOTE_OPEN);
	assert_true(d->toks[11].flags & DYAD_TOKF_QUOTE_CLOSE);
	assert_true(d->toks[13].flags & DYAD_TOKF_QUOTE_OPEN); /* after "(" */
	assert_true(d->toks[15].flags & DYAD_TOKF_QUOTE_CLOSE);
	assert_string_equal(toks(f, "The talks ended... and \xC2\xAB" "oui\xC2\xBB \xE2\x80\xA6"),
		"The|talks|ended|...|and|\xC2\xAB|oui|\xC2\xBB|\xE2\x80\xA6");
}

static void test_text_split__flags_and_lower(void **state)
{
	fix *f = *state;
	const dyad_doc_text *d = split(f, "NATO and Russia\nmet \xC3\x89LYS\xC3\x89" "E officials");
	assert_int_equal(d->n_toks, 6);
	assert_true(d->toks[0].flags & DYAD_TOKF_CAP);
	assert_true(d->toks[0].flags & DYAD_TOKF_ALLCAPS);
	assert_true(d->toks[0].flags & DYAD_TOKF_SENT_START);
	assert_false(d->toks[0].flags & DYAD_TOKF_SPACE_BEFORE);
	assert_int_equal(d->toks[1].flags & (DYAD_TOKF_CAP | DYAD_TOKF_ALLCAPS), 0);
	assert_true(d->toks[1].flags & DYAD_TOKF_SPACE_BEFORE);
	assert_true(d->toks[2].flags & DYAD_TOKF_CAP);
	assert_false(d->toks[2].flags & DYAD_TOKF_ALLCAPS);
	assert_true(d->toks[3].flags & DYAD_TOKF_NEWLINE_BEFORE);
	assert_string_equal(d->toks[0].lower, "nato");
	assert_string_equal(d->toks[4].lower, "\xC3\xA9lys\xC3\xA9" "e");
	assert_true(d->toks[4].flags & DYAD_TOKF_ALLCAPS);
	assert_null(d->toks[0].lemma);
	assert_int_equal(d->toks[0].tag, 0);
	assert_int_equal(d->toks[0].chunk, -1);
}

/* --- sentences --- */

static void test_text_split__abbreviations_do_not_end(void **state)
{
	fix *f = *state;
	assert_string_equal(sents(f, "Gen. Valery Gerasimov met U.S. officials in St. Petersburg on "
		"Sept. 3. Vladimir V. Putin said the No. 2 priority was 3.5 percent growth."),
		"Gen. Valery Gerasimov met U.S. officials in St. Petersburg on Sept. 3. || "
		"Vladimir V. Putin said the No. 2 priority was 3.5 percent growth.");
	assert_string_equal(sents(f, "George W. Bush met Mr. Blair at 10 a.m. on Monday."),
		"George W. Bush met Mr. Blair at 10 a.m. on Monday.");
	assert_string_equal(sents(f, "Acme Corp. said it would buy Widget Inc. for cash, e.g. stock."),
		"Acme Corp. said it would buy Widget Inc. for cash, e.g. stock.");
}

static void test_text_split__abbreviation_before_sentence_start(void **state)
{
	fix *f = *state;
	assert_string_equal(sents(f, "Troops arrived in the U.S. The president said so."),
		"Troops arrived in the U.S. || The president said so.");
	assert_string_equal(sents(f, "The deal values Acme Corp. He declined to comment."),
		"The deal values Acme Corp. || He declined to comment.");
	assert_string_equal(sents(f, "It opened at 9 a.m. \"We are open,\" she said."),
		"It opened at 9 a.m. || \"We are open,\" she said.");
	/* a capitalised name after U.S. is not a sentence start */
	assert_string_equal(sents(f, "The U.S. Treasury said."), "The U.S. Treasury said.");
}

static void test_text_split__quotes_end_sentences(void **state)
{
	fix *f = *state;
	assert_string_equal(sents(f, "\"We are ready,\" he said. \"We have waited long enough.\""),
		"\"We are ready,\" he said. || \"We have waited long enough.\"");
	assert_string_equal(sents(f, "\"We are ready.\" He left."),
		"\"We are ready.\" || He left.");
	assert_string_equal(sents(f, "\"Will they come?\" asked Ivanov. \"No!\" said Petrov."),
		"\"Will they come?\" asked Ivanov. || \"No!\" said Petrov.");
	assert_string_equal(sents(f, "\"It is over...\" he said. Then silence."),
		"\"It is over...\" he said. || Then silence.");
	/* curly quotes */
	assert_string_equal(sents(f, "\xE2\x80\x9CWe are ready.\xE2\x80\x9D He left. \xE2\x80\x98No,\xE2\x80\x99 she said."),
		"\xE2\x80\x9CWe are ready.\xE2\x80\x9D || He left. || \xE2\x80\x98No,\xE2\x80\x99 she said.");
	/* a bracket closes with the sentence */
	assert_string_equal(sents(f, "(He agreed.) Then he left."), "(He agreed.) || Then he left.");
}

static void test_text_split__ellipsis(void **state)
{
	fix *f = *state;
	assert_string_equal(sents(f, "The talks ended... Nobody knew why."),
		"The talks ended... || Nobody knew why.");
	assert_string_equal(sents(f, "The talks ended... and then resumed."),
		"The talks ended... and then resumed.");
	assert_string_equal(sents(f, "The talks ended\xE2\x80\xA6 Nobody knew."),
		"The talks ended\xE2\x80\xA6 || Nobody knew.");
	assert_string_equal(sents(f, "The talks ended..."), "The talks ended...");
}

static void test_text_split__decimals_and_exclamations(void **state)
{
	fix *f = *state;
	assert_string_equal(sents(f, "Output rose 3.5 pct. Prices fell 0.2 pct in May! Why? Nobody said."),
		"Output rose 3.5 pct. || Prices fell 0.2 pct in May! || Why? || Nobody said.");
	/* lower case after a stop: no break */
	assert_string_equal(sents(f, "Shares rose approx. ten pct."), "Shares rose approx. ten pct.");
}

static void test_text_split__paragraphs(void **state)
{
	fix *f = *state;
	const dyad_doc_text *d;
	/* Reuters: hard-wrapped lines, paragraphs indented */
	d = split(f, "Talks continued in\nthe capital, officials\nsaid.\n    The army withdrew.\n"
		"    Shr 1.20 dlrs vs 1.00\n    Net 5.3 mln vs 4.1 mln\n");
	assert_int_equal(d->n_sents, 4);
	assert_int_equal(d->n_paras, 4);
	assert_int_equal(d->sents[0].para, 0);
	assert_int_equal(d->sents[1].para, 1);
	assert_int_equal(d->sents[3].para, 3);
	assert_int_equal(d->sents[0].tok_end - d->sents[0].tok_begin, 9);
	/* BBC: blank lines; a headline without a stop ends at the break */
	assert_string_equal(sents(f, "Ministers meet in Brussels\n\nThe talks begin today. They end Friday.\n\nMore later"),
		"Ministers meet in Brussels || The talks begin today. || They end Friday. || More later");
	assert_int_equal(f->d.n_paras, 3);
	/* a sentence never spans a paragraph, even without a stop or with an
	 * abbreviation before the break */
	assert_string_equal(sents(f, "He went to the U.S.\n\nthe end"), "He went to the U.S. || the end");
}

/* A scraped page, each paragraph on one line: a headline or caption line
 * without a stop is its own paragraph; a line that runs on (a trailing
 * comma or function word, a lower-case next line, an open quotation) does
 * not break. Wire copy wrapped at 70 columns keeps its wrapping. */
static void test_text_split__line_paragraphs(void **state)
{
	fix *f = *state;
	const dyad_doc_text *d;
	assert_string_equal(sents(f, "Ostria is wary of Veland, says minister\n"
		"The minister said the two countries would keep talking about the border, a spokesman for "
		"the ministry told reporters on Monday.\n"
		"Talks will resume in March, and\nOstria's envoy said the date was set.\n"
		"Envoys met in Geneva on Monday to\nDiscuss the plan.\n"),
		"Ostria is wary of Veland, says minister || The minister said the two countries would keep "
		"talking about the border, a spokesman for the ministry told reporters on Monday. || "
		"Talks will resume in March, and\nOstria's envoy said the date was set. || "
		"Envoys met in Geneva on Monday to\nDiscuss the plan.");
	assert_true(f->d.lines_are_paras);
	assert_int_equal(f->d.sents[1].para, 1);
	assert_int_equal(f->d.n_paras, 4);
	/* hard-wrapped: no line ends a sentence past 100 bytes, or lines
	 * continue in lower case */
	d = split(f, "Ostria Corp said its Ostria\nHoldings division has agreed to manage the day-to-day "
		"operations of the clinical laboratory at Suburban\nHospital in Veland.");
	assert_false(d->lines_are_paras);
	assert_int_equal(d->n_sents, 1);
	d = split(f, "The company said it expects its net income to rise sharply this year, citing lower "
		"costs and firmer prices.\nTalks continued in\nthe capital, officials\nsaid.\nThe army\nwithdrew.\n");
	assert_false(d->lines_are_paras);
	assert_int_equal(d->n_paras, 1);
}

static void test_text_split__empty_and_blank(void **state)
{
	fix *f = *state;
	const dyad_doc_text *d = split(f, "");
	assert_int_equal(d->n_toks, 0);
	assert_int_equal(d->n_sents, 0);
	assert_int_equal(d->n_paras, 0);
	d = split(f, " \n\n \t ");
	assert_int_equal(d->n_toks, 0);
	assert_int_equal(d->n_paras, 0);
}

static void test_text_split__run_on_is_cut(void **state)
{
	fix *f = *state;
	size_t i, o = 0;
	char *in = malloc(20000);
	const dyad_doc_text *d;
	assert_non_null(in);
	for (i = 0; i < 1000; i++)
		o += (size_t)sprintf(in + o, "%s %zu", i % 10 == 9 ? "," : "x", i);
	d = split(f, in);
	assert_true(d->n_sents >= 5);
	for (i = 0; i < d->n_sents; i++) {
		assert_true(d->sents[i].tok_end - d->sents[i].tok_begin <= 400);
		if (i > 0) /* cut after a comma, not mid-clause */
			assert_int_equal(d->text.buf[d->toks[d->sents[i].tok_begin - 1].off], ',');
	}
	free(in);
}

static void test_text_split__spans_cover_and_round_trip(void **state)
{
	fix *f = *state;
	const char *in = "Gen. Ivanov's troops (1,200 men) can't leave U.S.-run bases,\n"
		"    \"officials\" said... OK? Yes! e-mail a@b.com.";
	const dyad_doc_text *d = split(f, in);
	size_t i, s;
	assert_null(d->text.map);
	for (i = 0; i < d->n_toks; i++) {
		const dyad_token *t = &d->toks[i];
		size_t a = dyad_text_input_offset(&d->text, t->off);
		size_t b = dyad_text_input_offset(&d->text, t->off + t->len);
		assert_true(t->len > 0);
		assert_memory_equal(in + a, d->text.buf + t->off, b - a);
		if (i > 0)
			assert_true(t->off >= d->toks[i - 1].off + d->toks[i - 1].len);
		assert_int_equal(strlen(t->lower), t->len);
	}
	/* sentences tile the tokens in order */
	assert_int_equal(d->sents[0].tok_begin, 0);
	for (s = 0; s < d->n_sents; s++) {
		const dyad_sentence *se = &d->sents[s];
		assert_true(se->tok_begin < se->tok_end);
		if (s + 1 < d->n_sents)
			assert_int_equal(se->tok_end, d->sents[s + 1].tok_begin);
		assert_int_equal(se->off, d->toks[se->tok_begin].off);
		assert_true(d->toks[se->tok_begin].flags & DYAD_TOKF_SENT_START);
	}
	assert_int_equal(d->sents[d->n_sents - 1].tok_end, d->n_toks);
}

static void test_text_split__spans_after_composition(void **state)
{
	fix *f = *state;
	/* "Cafe\u0301 Noe\u0308l": tokens map back to whole input words */
	const char in[] = "Cafe\xCC\x81 Noe\xCC\x88l";
	dyad_text t;
	dyad_doc_text *d = &f->d;
	assert_int_equal(dyad_text_normalize(&t, f->ctx, f->arena, in, sizeof in - 1), DYAD_OK);
	assert_int_equal(dyad_text_split(d, f->ctx, f->arena, &t), DYAD_OK);
	assert_int_equal(d->n_toks, 2);
	assert_int_equal(dyad_text_input_offset(&t, d->toks[0].off), 0);
	assert_int_equal(dyad_text_input_offset(&t, d->toks[0].off + d->toks[0].len), 6);
	assert_int_equal(dyad_text_input_offset(&t, d->toks[1].off), 7);
	assert_int_equal(dyad_text_input_offset(&t, d->toks[1].off + d->toks[1].len), sizeof in - 1);
	assert_string_equal(d->toks[1].lower, "no\xC3\xABl");
}

static void test_text_split__kind_names(void **state)
{
	(void)state;
	assert_string_equal(dyad_tok_kind_name(DYAD_TOK_WORD), "word");
	assert_string_equal(dyad_tok_kind_name(DYAD_TOK_CONTRACTION), "contraction");
	assert_string_equal(dyad_tok_kind_name((dyad_tok_kind)99), "unknown");
}

static void test_text_split__oom_is_clean(void **state)
{
	char in[6000];
	size_t o = 0;
	long n;
	(void)state;
	while (o + 60 < sizeof in)
		o += (size_t)sprintf(in + o, "Gen. Ivanov's \xC3\x89LYS\xC3\x89" "E troops can't go. ");
	for (n = 0; n < 200; n++) {
		failing fl = { 2, 0 };
		dyad_ctx_options op = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_arena *a;
		dyad_text t;
		dyad_doc_text d;
		int rc;
		op.alloc = failing_alloc;
		op.alloc_ud = &fl;
		assert_int_equal(dyad_ctx_new(&ctx, &op), DYAD_OK);
		assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
		fl.left = n;
		rc = dyad_text_normalize(&t, ctx, a, in, o);
		if (rc == DYAD_OK)
			rc = dyad_text_split(&d, ctx, a, &t);
		assert_true(rc == DYAD_OK || rc == DYAD_ENOMEM);
		dyad_arena_free(a);
		dyad_ctx_free(ctx);
		assert_int_equal(fl.live, 0);
		if (rc == DYAD_OK)
			break;
	}
	assert_true(n < 200);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_text_split__clitics),
		T(test_text_split__single_quotes_vs_plural_possessive),
		T(test_text_split__hyphens_and_dashes),
		T(test_text_split__underscore_names),
		T(test_text_split__numbers),
		T(test_text_split__currency_and_percent),
		T(test_text_split__abbreviations),
		T(test_text_split__urls_emails_tickers),
		T(test_text_split__quotes_open_close),
		T(test_text_split__flags_and_lower),
		T(test_text_split__abbreviations_do_not_end),
		T(test_text_split__abbreviation_before_sentence_start),
		T(test_text_split__quotes_end_sentences),
		T(test_text_split__ellipsis),
		T(test_text_split__decimals_and_exclamations),
		T(test_text_split__paragraphs),
		T(test_text_split__line_paragraphs),
		T(test_text_split__empty_and_blank),
		T(test_text_split__run_on_is_cut),
		T(test_text_split__spans_cover_and_round_trip),
		T(test_text_split__spans_after_composition),
		cmocka_unit_test(test_text_split__kind_names),
		cmocka_unit_test(test_text_split__oom_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
