/*
 * TABARI and PETRARCH verb dictionaries (verbs_tabari.c, verbs_petrarch.c,
 * pattern.c): each construct read from small inline fixtures of our own and
 * checked element by element, malformed lines reported at their line, the
 * writers read back into the same model, and the shared verb files loaded
 * without errors (that case skips, exit 77, when $DYAD_SHARED is absent).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "dict/model.h"
#include "dyad/dict.h"

typedef struct fx {
	dyad_ctx *ctx;
	dyad_dict *d;
} fx;

static dyad_dict *load(fx *t, const char *text, dyad_dict_format format)
{
	assert_int_equal(dyad_ctx_new(&t->ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&t->d, t->ctx), DYAD_OK);
	assert_int_equal(dyad_dict_load_mem(t->d, "fixture.verbs", text, strlen(text), format,
		DYAD_DICT_KIND_VERBS), DYAD_OK);
	return t->d;
}

static void done(fx *t)
{
	dyad_dict_free(t->d);
	dyad_ctx_free(t->ctx);
}

/* The diagnostic at line, with its severity and a message fragment. */
static void expect_diag(const dyad_dict *d, unsigned line, int error, const char *fragment)
{
	size_t i;
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		if (g.line == line && g.error == error && strstr(g.message, fragment)) {
			assert_string_equal(g.file, "fixture.verbs");
			return;
		}
	}
	fail_msg("no %s at line %u containing '%s'", error ? "error" : "warning", line, fragment);
}

/* Duplicates are `dyad dict check`'s to report (it sees every format), not
 * the reader's: none at load, one after checking. */
static void check_then_expect(dyad_dict *d, unsigned line, const char *fragment)
{
	dyad_dict_check_options co = DYAD_DICT_CHECK_OPTIONS_INIT;
	size_t i;
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		if (g.line == line && strstr(g.message, "duplicate"))
			fail_msg("the reader reported a duplicate at line %u: %s", line, g.message);
	}
	assert_int_equal(dyad_dict_check(d, &co), DYAD_OK);
	expect_diag(d, line, 0, fragment);
}

static void expect_word(const dd_elem *e, const char *text, int mode, int joined)
{
	assert_int_equal(e->kind, DD_E_WORD);
	assert_string_equal(e->text, text);
	assert_int_equal(e->mode, mode);
	assert_int_equal(e->joined, joined);
}

static void expect_kind(const dd_elem *e, int kind, int joined)
{
	assert_int_equal(e->kind, kind);
	assert_int_equal(e->joined, joined);
}

/* ---- TABARI ------------------------------------------------------------ */

static const char tabari_basic[] =
	"# comment\n"
	"ZORBLE_  [1717] ;qq 1 Jan 2020\n"
	"{ZARBLED_ ZURBLEN_DOWN_ ZORBLISH}\n"
	"- * TREATY_ [161] ;one\n"
	"- +_WAS_* BY_ $  [042:043]\n"
	"- *_AND_KILLED  [080!]\n"
	"- MUST_ * OF_ %  [---]\n"
	"- * NEAT~_PLACE HOME= @ ^ +  [###]\n"
	"FLOOP=  [+++]\n"
	"- SAID * { WAS | WILL_BE }_HERE  [023?]\n"
	"- DEMAND_{ GENEVA_ | &TIES_EXCHANGE } *  [036:036]\n"
	"QUAX BLIP  [---]\n";

static void test_dict_verbs__tabari_roots_forms_patterns(void **state)
{
	fx t;
	const dd_verb *v;
	const dd_elem *e;
	(void)state;
	load(&t, tabari_basic, DYAD_DICT_FORMAT_TABARI);
	assert_int_equal(dyad_dict_diag_count(t.d), 0);
	assert_int_equal(t.d->n_verbs, 3);

	v = &t.d->verbs[0];
	assert_string_equal(v->name, "ZORBLE_");
	assert_string_equal(v->code, "1717");
	assert_string_equal(v->note, "qq 1 Jan 2020");
	assert_int_equal(v->origin.line, 2);
	assert_int_equal(v->section, DD_SECTION_VERBS);
	assert_int_equal(v->n_verbs, 1);
	assert_int_equal(v->verbs[0].phrase.n, 1);
	assert_int_equal(v->verbs[0].phrase.words[0].mode, DD_EXACT);
	assert_int_equal(v->verbs[0].n_forms, 3);
	assert_string_equal(v->verbs[0].forms[1].words[1].text, "DOWN");
	assert_int_equal(v->verbs[0].forms[1].words[1].mode, DD_EXACT);
	assert_int_equal(v->verbs[0].forms[2].words[0].mode, DD_STEM);
	assert_int_equal(v->n_patterns, 5);

	e = v->patterns[0].elems;
	assert_int_equal(v->patterns[0].n, 2);
	expect_kind(&e[0], DD_E_VERB, 0);
	expect_word(&e[1], "TREATY", DD_EXACT, 0);
	assert_string_equal(v->patterns[0].code, "161");
	assert_string_equal(v->patterns[0].note, "one");
	assert_int_equal(v->patterns[0].origin.line, 4);

	e = v->patterns[1].elems; /* +_WAS_* BY_ $ */
	assert_int_equal(v->patterns[1].n, 5);
	expect_kind(&e[0], DD_E_TARGET, 0);
	expect_word(&e[1], "WAS", DD_EXACT, 1);
	expect_kind(&e[2], DD_E_VERB, 1);
	expect_word(&e[3], "BY", DD_EXACT, 0);
	expect_kind(&e[4], DD_E_SOURCE, 0);
	assert_string_equal(v->patterns[1].code, "042:043");

	e = v->patterns[2].elems; /* *_AND_KILLED */
	assert_int_equal(v->patterns[2].n, 3);
	expect_kind(&e[0], DD_E_VERB, 0);
	expect_word(&e[1], "AND", DD_EXACT, 1);
	expect_word(&e[2], "KILLED", DD_STEM, 1);
	assert_string_equal(v->patterns[2].code, "080!");

	e = v->patterns[3].elems; /* MUST_ * OF_ % */
	expect_word(&e[0], "MUST", DD_EXACT, 0);
	expect_kind(&e[1], DD_E_VERB, 0);
	expect_kind(&e[3], DD_E_COMPOUND, 0);

	e = v->patterns[4].elems; /* * NEAT~_PLACE HOME= @ ^ + */
	assert_int_equal(v->patterns[4].n, 7);
	expect_word(&e[1], "NEAT", DD_STEM, 0);
	expect_word(&e[2], "PLACE", DD_STEM, 1);
	expect_word(&e[3], "HOME", DD_LITERAL, 0);
	expect_kind(&e[4], DD_E_ATTRIB, 0);
	expect_kind(&e[5], DD_E_SKIP, 0);
	expect_kind(&e[6], DD_E_TARGET, 0);
	assert_string_equal(v->patterns[4].code, "###");

	v = &t.d->verbs[1];
	assert_string_equal(v->name, "FLOOP=");
	assert_int_equal(v->verbs[0].phrase.words[0].mode, DD_LITERAL);
	assert_string_equal(v->code, "+++");
	e = v->patterns[0].elems; /* SAID * { WAS | WILL_BE }_HERE */
	assert_int_equal(v->patterns[0].n, 9);
	expect_kind(&e[2], DD_E_ALT_BEGIN, 0);
	expect_word(&e[3], "WAS", DD_STEM, 0);
	expect_kind(&e[4], DD_E_ALT_OR, 0);
	expect_word(&e[5], "WILL", DD_EXACT, 0);
	expect_word(&e[6], "BE", DD_STEM, 1);
	expect_kind(&e[7], DD_E_ALT_END, 0);
	expect_word(&e[8], "HERE", DD_STEM, 1);
	assert_string_equal(v->patterns[0].code, "023?");
	e = v->patterns[1].elems; /* DEMAND_{ GENEVA_ | &TIES_EXCHANGE } * */
	expect_word(&e[0], "DEMAND", DD_EXACT, 0);
	expect_kind(&e[1], DD_E_ALT_BEGIN, 1);
	expect_word(&e[2], "GENEVA", DD_EXACT, 0);
	assert_int_equal(e[4].kind, DD_E_SYNSET);
	assert_string_equal(e[4].text, "TIES");
	expect_word(&e[5], "EXCHANGE", DD_STEM, 1);

	v = &t.d->verbs[2]; /* multi-word root */
	assert_int_equal(v->verbs[0].phrase.n, 2);
	assert_string_equal(v->name, "QUAX_BLIP");
	done(&t);
}

static void test_dict_verbs__tabari_synsets_and_sections(void **state)
{
	fx t;
	const dd_synset *s;
	(void)state;
	load(&t,
		"<SYNSETS>\n"
		"&MONIES ;cash\n"
		"+GROAT\n"
		"+SILVER_PENNY_\n"
		"+&METAL_BAR\n"
		"+OLD GOLD_COIN\n"
		"</SYNSETS>\n"
		"<TIME>\n"
		"fortnight_ago [-14]\n"
		"- * AND_A_DAY [-15]\n"
		"</TIME>\n"
		"<ATTRIB>\n"
		"QUOTH [---]\n"
		"</ATTRIB>\n"
		"PAY [071]\n"
		"- * &MONIES [072]\n"
		"~FINISH\n"
		"IGNORED [1]\n", DYAD_DICT_FORMAT_TABARI);
	assert_int_equal(dyad_dict_diag_count(t.d), 0);
	assert_int_equal(t.d->n_synsets, 1);
	s = &t.d->synsets[0];
	assert_string_equal(s->name, "MONIES");
	assert_string_equal(s->note, "cash");
	assert_int_equal(s->n_members, 4);
	assert_int_equal(s->members[0].phrase.words[0].mode, DD_STEM);
	assert_int_equal(s->members[1].phrase.n, 2);
	assert_int_equal(s->members[1].phrase.words[1].mode, DD_EXACT);
	assert_string_equal(s->members[2].phrase.words[0].text, "&METAL");
	/* a blank lets other words in between (5.5.3), "_" does not */
	assert_int_equal(s->members[1].gaps, 0);
	assert_int_equal(s->members[3].phrase.n, 3);
	assert_int_equal(s->members[3].gaps, 1u << 1);
	assert_int_equal(t.d->n_verbs, 3);
	assert_int_equal(t.d->verbs[0].section, DD_SECTION_TIME);
	assert_string_equal(t.d->verbs[0].name, "FORTNIGHT_AGO");
	assert_string_equal(t.d->verbs[0].code, "-14");
	assert_int_equal(t.d->verbs[0].n_patterns, 1);
	assert_int_equal(t.d->verbs[1].section, DD_SECTION_ATTRIB);
	assert_int_equal(t.d->verbs[2].section, DD_SECTION_VERBS);
	assert_int_equal(t.d->verbs[2].patterns[0].elems[1].kind, DD_E_SYNSET);
	assert_string_equal(t.d->verbs[2].patterns[0].elems[1].text, "MONIES");
	done(&t);
}

static void test_dict_verbs__tabari_malformed_lines(void **state)
{
	fx t;
	(void)state;
	load(&t,
		"- * ORPHAN [010]\n"            /* 1: before any verb: dropped */
		"ZAP [010\n"                    /* 2: missing ]: root dropped */
		"- * LOST [011]\n"              /* 3: its pattern goes too */
		"ZIP [020]\n"
		"- * { ONE | TWO [021]\n"       /* 5: unclosed {: kept, warned */
		"- NOVERB HERE [022]\n"         /* 6: no *: kept, warned */
		"- * TWICE [023]\n"
		"- * TWICE [024]\n"             /* 8: duplicate, other code */
		"- * EMPTY []\n"                /* 9: empty code */
		"- * NOCODE\n"                  /* 10: no code */
		"- * ONE } [025]\n"             /* 11: stray } */
		"- *S [026]\n", DYAD_DICT_FORMAT_TABARI); /* 12: glued * */
	expect_diag(t.d, 1, 1, "before any verb");
	expect_diag(t.d, 2, 1, "missing ']'");
	expect_diag(t.d, 3, 1, "rejected root");
	expect_diag(t.d, 5, 0, "unclosed '{'");
	expect_diag(t.d, 6, 0, "no '*'");
	check_then_expect(t.d, 8, "duplicate of the pattern at fixture.verbs:7");
	expect_diag(t.d, 9, 0, "empty code");
	expect_diag(t.d, 10, 0, "without [code]");
	expect_diag(t.d, 11, 0, "unbalanced '}'");
	expect_diag(t.d, 12, 0, "glued");
	assert_int_equal(dyad_dict_error_count(t.d), 3);
	assert_int_equal(t.d->n_verbs, 1);
	assert_int_equal(t.d->verbs[0].n_patterns, 8);
	/* the unclosed group is closed at the end */
	assert_int_equal(t.d->verbs[0].patterns[0].elems[5].kind, DD_E_ALT_END);
	assert_string_equal(t.d->verbs[0].patterns[4].code, "");
	assert_null(t.d->verbs[0].patterns[5].code);
	done(&t);
}

/* ---- PETRARCH ---------------------------------------------------------- */

static const char petrarch_basic[] =
	"<!-- a comment\n"
	"   over lines -->\n"
	"&COIN  # money\n"
	"+GROAT\n"
	"+SILVER PENNY_\n"
	"+F/A-18_JET\n"
	"&HELPVERB_\n"
	"+HAS\n"
	"\n"
	"--- ZORBLE  [070]  ---  # block note\n"
	"ZORBLE\n"
	"GRIBBLE {GRABBLED GRUBBLEN}  [071] # own code\n"
	"+SET_ASIDE {+SETS_ASIDE +SETTING_ASIDE}\n"
	"WIRE_+ZAP\n"
	"+NAB_UP {}\n"
	"- * (TO {ARMS SHIPMENT})  [072]  # pp\n"
	"- &HELPVERB_ * &COIN (IN ^) (WITH +) [042:043]\n"
	"- *_LAWS $  [---]\n"
	"&LATE\n"
	"+EMBARGO\n"
	"- * FOR &LATE [172]\n"
	"~ a (a b ZORBLE) SAY = a b 015\n";

static void test_dict_verbs__petrarch_blocks_synsets_patterns(void **state)
{
	fx t;
	const dd_verb *v;
	const dd_synset *s;
	const dd_elem *e;
	(void)state;
	load(&t, petrarch_basic, DYAD_DICT_FORMAT_PETRARCH);
	assert_int_equal(dyad_dict_diag_count(t.d), 0);

	assert_int_equal(t.d->n_synsets, 3);
	s = &t.d->synsets[0];
	assert_string_equal(s->name, "COIN");
	assert_string_equal(s->note, "money");
	assert_int_equal(s->n_members, 3);
	assert_int_equal(s->members[0].phrase.words[0].mode, DD_EXACT); /* plural made */
	assert_int_equal(s->members[1].phrase.n, 2);
	assert_int_equal(s->members[1].phrase.words[1].mode, DD_LITERAL); /* "_": none */
	assert_string_equal(s->members[2].phrase.words[0].text, "F/A-18");
	assert_string_equal(t.d->synsets[1].name, "HELPVERB_");
	assert_int_equal(t.d->synsets[1].members[0].phrase.words[0].mode, DD_LITERAL);
	assert_string_equal(t.d->synsets[2].name, "LATE");

	assert_int_equal(t.d->n_verbs, 1);
	v = &t.d->verbs[0];
	assert_string_equal(v->name, "ZORBLE");
	assert_string_equal(v->code, "070");
	assert_string_equal(v->note, "block note");
	assert_int_equal(v->n_verbs, 5);
	assert_int_equal(v->verbs[0].phrase.words[0].mode, DD_EXACT);
	assert_null(v->verbs[0].code);
	assert_string_equal(v->verbs[1].code, "071");
	assert_string_equal(v->verbs[1].note, "own code");
	assert_int_equal(v->verbs[1].n_forms, 2);
	assert_string_equal(v->verbs[1].forms[1].words[0].text, "GRUBBLEN");
	assert_int_equal(v->verbs[1].phrase.words[0].mode, DD_LITERAL);
	assert_int_equal(v->verbs[2].phrase.n, 2);
	assert_int_equal(v->verbs[2].verb_index, 0);
	assert_string_equal(v->verbs[2].phrase.words[1].text, "ASIDE");
	assert_int_equal(v->verbs[2].n_forms, 2);
	assert_string_equal(v->verbs[2].forms[0].words[0].text, "SETS");
	assert_int_equal(v->verbs[3].verb_index, 1);
	assert_string_equal(v->verbs[3].phrase.words[1].text, "ZAP");
	assert_int_equal(v->verbs[4].n_forms, 0);
	assert_int_equal(v->verbs[4].phrase.words[0].mode, DD_LITERAL); /* "{}" */

	assert_int_equal(v->n_patterns, 4);
	e = v->patterns[0].elems; /* * (TO {ARMS SHIPMENT}) */
	assert_int_equal(v->patterns[0].n, 8);
	expect_kind(&e[0], DD_E_VERB, 0);
	expect_kind(&e[1], DD_E_PP_BEGIN, 0);
	expect_word(&e[2], "TO", DD_LITERAL, 0);
	expect_kind(&e[3], DD_E_NP_BEGIN, 0);
	expect_word(&e[4], "ARMS", DD_LITERAL, 0);
	expect_word(&e[5], "SHIPMENT", DD_LITERAL, 0);
	expect_kind(&e[6], DD_E_NP_END, 0);
	expect_kind(&e[7], DD_E_PP_END, 0);
	assert_string_equal(v->patterns[0].note, "pp");
	e = v->patterns[1].elems; /* &HELPVERB_ * &COIN (IN ^) (WITH +) */
	assert_int_equal(e[0].kind, DD_E_SYNSET);
	assert_string_equal(e[0].text, "HELPVERB_");
	assert_int_equal(v->patterns[1].n, 11);
	expect_kind(&e[3], DD_E_PP_BEGIN, 0);
	expect_kind(&e[5], DD_E_SKIP, 0);
	expect_kind(&e[6], DD_E_PP_END, 0);
	expect_kind(&e[9], DD_E_TARGET, 0);
	e = v->patterns[2].elems; /* *_LAWS $ */
	expect_word(&e[1], "LAWS", DD_LITERAL, 1);
	expect_kind(&e[2], DD_E_SOURCE, 0);
	assert_int_equal(v->patterns[3].origin.line, 21); /* after a synset, same block */

	assert_int_equal(t.d->n_raws, 1);
	assert_int_equal(t.d->raws[0].kind, DD_RAW_TRANSFORM);
	assert_string_equal(t.d->raws[0].text, "~ a (a b ZORBLE) SAY = a b 015");
	done(&t);
}

static void test_dict_verbs__petrarch_malformed_lines(void **state)
{
	fx t;
	(void)state;
	load(&t,
		"- * ORPHAN [010]\n"            /* 1: before any block */
		"LONELY\n"                      /* 2: verb before any block */
		"--- ZAP [020] ---\n"
		"ZAP\n"
		"- * (TO BORDER [021]\n"        /* 5: unclosed ( */
		"- * {ARMS [022]\n"             /* 6: unclosed { */
		"- * TO) [023]\n"               /* 7: stray ) */
		"- * BROKEN [024\n"             /* 8: missing ] */
		"ZIP ZOP\n"                     /* 9: blank, no + */
		"--- ZUP [030] ---\n"
		"- * X [031]\n"
		"- * X [031]\n"                /* 12: duplicate */
		"ZOP {ZOPS , ZOPPED}\n", DYAD_DICT_FORMAT_PETRARCH); /* 13: comma */
	expect_diag(t.d, 1, 1, "before any '--- NAME ---' block");
	expect_diag(t.d, 2, 1, "before any '--- NAME ---' block");
	expect_diag(t.d, 5, 0, "unclosed '('");
	expect_diag(t.d, 6, 0, "unclosed '{'");
	expect_diag(t.d, 7, 0, "unbalanced ')'");
	expect_diag(t.d, 8, 1, "missing ']'");
	expect_diag(t.d, 9, 0, "no '+'");
	check_then_expect(t.d, 12, "duplicate of the pattern at fixture.verbs:11");
	expect_diag(t.d, 13, 0, "',' in forms");
	assert_int_equal(dyad_dict_error_count(t.d), 3);
	assert_int_equal(t.d->n_verbs, 2);
	assert_int_equal(t.d->verbs[0].n_patterns, 3);
	assert_int_equal(t.d->verbs[0].patterns[0].elems[4].kind, DD_E_PP_END);
	assert_int_equal(t.d->verbs[1].verbs[0].n_forms, 2);
	done(&t);
}

/* ---- Round trip -------------------------------------------------------- */

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static void same_phrase(const dd_phrase *a, const dd_phrase *b)
{
	uint32_t i;
	assert_int_equal(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		assert_string_equal(a->words[i].text, b->words[i].text);
		assert_int_equal(a->words[i].mode, b->words[i].mode);
	}
}

/* Everything the verb formats hold, compared element by element. */
static void same_model(const dyad_dict *a, const dyad_dict *b)
{
	uint32_t i, j, k;
	assert_int_equal(a->n_synsets, b->n_synsets);
	for (i = 0; i < a->n_synsets; i++) {
		const dd_synset *x = &a->synsets[i], *y = &b->synsets[i];
		assert_string_equal(x->name, y->name);
		assert_true(same_str(x->note, y->note));
		assert_int_equal(x->n_members, y->n_members);
		for (j = 0; j < x->n_members; j++) {
			same_phrase(&x->members[j].phrase, &y->members[j].phrase);
			assert_true(same_str(x->members[j].note, y->members[j].note));
		}
	}
	assert_int_equal(a->n_verbs, b->n_verbs);
	for (i = 0; i < a->n_verbs; i++) {
		const dd_verb *x = &a->verbs[i], *y = &b->verbs[i];
		assert_string_equal(x->name, y->name);
		assert_true(same_str(x->code, y->code));
		assert_true(same_str(x->note, y->note));
		assert_int_equal(x->section, y->section);
		assert_int_equal(x->n_verbs, y->n_verbs);
		for (j = 0; j < x->n_verbs; j++) {
			const dd_verbform *f = &x->verbs[j], *g = &y->verbs[j];
			same_phrase(&f->phrase, &g->phrase);
			assert_int_equal(f->verb_index, g->verb_index);
			assert_true(same_str(f->code, g->code));
			assert_true(same_str(f->note, g->note));
			assert_int_equal(f->n_forms, g->n_forms);
			for (k = 0; k < f->n_forms; k++)
				same_phrase(&f->forms[k], &g->forms[k]);
		}
		assert_int_equal(x->n_patterns, y->n_patterns);
		for (j = 0; j < x->n_patterns; j++) {
			const dd_pattern *p = &x->patterns[j], *q = &y->patterns[j];
			assert_true(same_str(p->code, q->code));
			assert_true(same_str(p->note, q->note));
			assert_int_equal(p->n, q->n);
			for (k = 0; k < p->n; k++) {
				assert_int_equal(p->elems[k].kind, q->elems[k].kind);
				assert_int_equal(p->elems[k].mode, q->elems[k].mode);
				assert_int_equal(p->elems[k].joined, q->elems[k].joined);
				assert_true(same_str(p->elems[k].text, q->elems[k].text));
			}
		}
	}
	assert_int_equal(a->n_raws, b->n_raws);
	for (i = 0; i < a->n_raws; i++)
		assert_string_equal(a->raws[i].text, b->raws[i].text);
}

/* Write d, read the text back, compare; returns the text's length. */
static size_t round_trip(dyad_ctx *ctx, const dyad_dict *d, dyad_dict_format format)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	dyad_dict *back;

	assert_non_null(f);
	assert_int_equal(dyad_dict_write(d, f, format, DYAD_DICT_KIND_VERBS), DYAD_OK);
	fclose(f);
	assert_int_equal(dyad_dict_new(&back, ctx), DYAD_OK);
	assert_int_equal(dyad_dict_load_mem(back, "fixture.verbs", buf, len, format,
		DYAD_DICT_KIND_VERBS), DYAD_OK);
	if (dyad_dict_error_count(back)) {
		dyad_dict_diag g;
		dyad_dict_diag_get(back, 0, &g);
		fail_msg("re-read: line %u: %s\n%s", g.line, g.message, buf);
	}
	same_model(d, back);
	dyad_dict_free(back);
	free(buf);
	return len;
}

static void test_dict_verbs__tabari_write_read_back(void **state)
{
	fx t;
	(void)state;
	load(&t, tabari_basic, DYAD_DICT_FORMAT_TABARI);
	dyad_dict_free(t.d);
	assert_int_equal(dyad_dict_new(&t.d, t.ctx), DYAD_OK);
	{
		static const char more[] =
			"<TIME>\nLAST_WEEK [-7]\n</TIME>\n"
			"<SYNSETS>\n&TIES\n+SILK_TIE_\n+BOW\n</SYNSETS>\n";
		char all[2048];
		snprintf(all, sizeof all, "%s%s", more, tabari_basic);
		assert_int_equal(dyad_dict_load_mem(t.d, "fixture.verbs", all, strlen(all),
			DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_VERBS), DYAD_OK);
	}
	assert_int_equal(dyad_dict_error_count(t.d), 0);
	round_trip(t.ctx, t.d, DYAD_DICT_FORMAT_TABARI);
	done(&t);
}

static void test_dict_verbs__petrarch_write_read_back(void **state)
{
	fx t;
	(void)state;
	load(&t, petrarch_basic, DYAD_DICT_FORMAT_PETRARCH);
	round_trip(t.ctx, t.d, DYAD_DICT_FORMAT_PETRARCH);
	done(&t);
}

/* ---- The shared files -------------------------------------------------- */

static const struct {
	const char *path;
	dyad_dict_format format;
} shared_files[] = {
	{ "dictionaries/phoenix/CAMEO.2.0.txt", DYAD_DICT_FORMAT_PETRARCH },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.verbs", DYAD_DICT_FORMAT_TABARI },
	{ "testdata/tabari-validation/TABARI.Demo.verbs", DYAD_DICT_FORMAT_TABARI },
	{ "testdata/petrarch-unit/PETR.Validate.verbs.txt", DYAD_DICT_FORMAT_PETRARCH },
};

static void test_dict_verbs__shared_files(void **state)
{
	const char *dir = getenv("DYAD_SHARED");
	size_t i;
	(void)state;
	for (i = 0; i < sizeof shared_files / sizeof *shared_files; i++) {
		char path[1024];
		dyad_ctx *ctx;
		dyad_dict *d;
		dyad_dict_stats st;
		struct timespec a, b;

		snprintf(path, sizeof path, "%s/%s", dir, shared_files[i].path);
		assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
		assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
		clock_gettime(CLOCK_MONOTONIC, &a);
		assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO),
			DYAD_OK);
		clock_gettime(CLOCK_MONOTONIC, &b);
		dyad_dict_stats_get(d, &st);
		print_message("%s: %zu verbs, %zu forms, %zu patterns, %zu synsets, %zu raws, "
			"%zu errors, %zu warnings, %.1f ms\n", shared_files[i].path, st.verbs,
			st.verb_forms, st.patterns, st.synsets, st.raw_lines, st.errors, st.warnings,
			(double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6);
		if (st.errors) {
			dyad_dict_diag g;
			size_t k;
			for (k = 0; k < dyad_dict_diag_count(d); k++) {
				dyad_dict_diag_get(d, k, &g);
				if (g.error)
					print_message("  %s:%u: %s\n", g.file, g.line, g.message);
			}
		}
		assert_int_equal(st.errors, 0);
		assert_true(st.verbs > 0 && st.patterns > 0);
		round_trip(ctx, d, shared_files[i].format);
		dyad_dict_free(d);
		dyad_ctx_free(ctx);
	}
}

/* PETRARCH conjugates a verb listed without "{…}" itself; with "{…}" only
 * the listed forms count. The compiled matcher must agree. */
static void test_dict_verbs__petrarch_regular_forms_match(void **state)
{
	fx t;
	dyad_matcher *m = NULL;
	dyad_verb_match vm;
	static const char *const yes[] = { "ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING", "CLAIM",
		"CLAIMED", "CLAIMING", "SAID" };
	static const char *const no[] = { "ACCUSEED", "SAYED", "SAYING" };
	size_t i;
	(void)state;
	load(&t, "--- BLAME [112] ---\nACCUSE\nCLAIM\nSAY {SAID SAYS}\n- * + [112]\n",
		DYAD_DICT_FORMAT_PETRARCH);
	assert_int_equal(t.d->verbs[0].verbs[0].conjugate, 1);
	assert_int_equal(t.d->verbs[0].verbs[2].conjugate, 0);
	assert_int_equal(dyad_matcher_compile(&m, t.ctx, t.d), DYAD_OK);
	for (i = 0; i < sizeof yes / sizeof *yes; i++)
		if (!dyad_matcher_verb(m, &yes[i], 1, &vm))
			fail_msg("%s should match", yes[i]);
	for (i = 0; i < sizeof no / sizeof *no; i++)
		if (dyad_matcher_verb(m, &no[i], 1, &vm))
			fail_msg("%s should not match", no[i]);
	dyad_matcher_free(m);
	done(&t);
}

/* The compiled matcher keeps each root's section: the coder must not take
 * a <TIME> or <ATTRIB> root for a verb (manual 10.4, 10.5). */
static void test_dict_verbs__sections_compiled(void **state)
{
	fx t;
	dyad_matcher *m = NULL;
	dyad_verb_match vm;
	static const char *const words[] = { "FORTNIGHT", "AGO", "QUOTH", "PAY" };
	(void)state;
	load(&t, "<TIME>\nFORTNIGHT_AGO [-14]\n</TIME>\n<ATTRIB>\nQUOTH [---]\n</ATTRIB>\n"
		"PAY [071]\nTOLL HAS_RISEN [223]\n", DYAD_DICT_FORMAT_TABARI);
	/* a root's blanks are kept: its words may be apart (5.5.3) */
	assert_int_equal(t.d->verbs[3].verbs[0].gaps, 1u << 1);
	assert_int_equal(dyad_matcher_compile(&m, t.ctx, t.d), DYAD_OK);
	assert_int_equal(dyad_matcher_verb(m, words, 2, &vm), 1);
	assert_int_equal(vm.n_words, 2);
	assert_int_equal(vm.section, DD_SECTION_TIME);
	assert_int_equal(dyad_matcher_verb(m, words + 2, 1, &vm), 1);
	assert_int_equal(vm.section, DD_SECTION_ATTRIB);
	assert_int_equal(dyad_matcher_verb(m, words + 3, 1, &vm), 1);
	assert_int_equal(vm.section, DD_SECTION_VERBS);
	dyad_matcher_free(m);
	done(&t);
}

int main(void)
{
	const struct CMUnitTest fixtures[] = {
		cmocka_unit_test(test_dict_verbs__tabari_roots_forms_patterns),
		cmocka_unit_test(test_dict_verbs__tabari_synsets_and_sections),
		cmocka_unit_test(test_dict_verbs__sections_compiled),
		cmocka_unit_test(test_dict_verbs__tabari_malformed_lines),
		cmocka_unit_test(test_dict_verbs__petrarch_blocks_synsets_patterns),
		cmocka_unit_test(test_dict_verbs__petrarch_malformed_lines),
		cmocka_unit_test(test_dict_verbs__tabari_write_read_back),
		cmocka_unit_test(test_dict_verbs__petrarch_write_read_back),
		cmocka_unit_test(test_dict_verbs__petrarch_regular_forms_match),
	};
	const struct CMUnitTest shared[] = {
		cmocka_unit_test(test_dict_verbs__shared_files),
	};
	const char *dir = getenv("DYAD_SHARED");
	char probe[1024];
	FILE *f;
	int rc = cmocka_run_group_tests_name("dict_verbs", fixtures, NULL, NULL);

	if (rc)
		return rc;
	snprintf(probe, sizeof probe, "%s/%s", dir ? dir : "", shared_files[0].path);
	if (!dir || !*dir || !(f = fopen(probe, "rb"))) {
		printf("skipped: %s not found (set DYAD_SHARED)\n", probe);
		return 77;
	}
	fclose(f);
	return cmocka_run_group_tests_name("dict_verbs_shared", shared, NULL, NULL);
}
