/*
 * The noun-side readers and writers (actors.c, agents.c, nouns_misc.c):
 * TABARI and PETRARCH actors and agents, PETRARCH discards and issues,
 * TABARI options and projects. Small fixtures of our own, checked field
 * by field; diagnostics with file:line; a writer → reader round trip; and
 * every shared reference dictionary read with no errors (skipped when
 * $DYAD_SHARED is absent).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "dyad/date.h"
#include "dict/model.h"

#define TAB DYAD_DICT_FORMAT_TABARI
#define PET DYAD_DICT_FORMAT_PETRARCH

static dyad_dict *load(const char *name, const char *text, dyad_dict_format f, dyad_dict_kind k)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	assert_int_equal(dyad_dict_new(&d, ctx), 0);
	assert_int_equal(dyad_dict_load_mem(d, name, text, strlen(text), f, k), 0);
	return d;
}

static void done(dyad_dict *d)
{
	dyad_ctx *ctx = d->ctx;
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

static int32_t day(int y, int m, int dd)
{
	return (int32_t)dyad_date_days(y, m, dd);
}

/* The diagnostic at file:line whose message contains what. */
static void expect_diag(const dyad_dict *d, int error, const char *file, unsigned line,
	const char *what)
{
	size_t i;
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		if (g.error == error && g.line == line && !strcmp(g.file, file) && strstr(g.message, what))
			return;
	}
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		print_message("%s:%u: %s: %s\n", g.file, g.line, g.error ? "error" : "warning", g.message);
	}
	fail_msg("no %s at %s:%u containing '%s'", error ? "error" : "warning", file, line, what);
}

static void expect_words(const dd_phrase *p, const char *spelled)
{
	/* "WORD WORD_ WORD=": mode as TABARI writes it, "_" exact, "=" literal */
	char buf[512] = "";
	uint32_t i;
	for (i = 0; i < p->n; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, p->words[i].text);
		strcat(buf, p->words[i].mode == DD_EXACT ? "_" : p->words[i].mode == DD_LITERAL ? "=" : "");
	}
	assert_string_equal(buf, spelled);
}

static void expect_code(const dd_code *c, const char *code, int kind, int32_t from, int32_t to)
{
	assert_string_equal(c->code, code);
	assert_int_equal(c->datekind, kind);
	assert_int_equal(c->from, from);
	assert_int_equal(c->to, to);
}

static const char actors_tab[] =
	"# a comment\n"
	"<NOUN>\n"
	"BEES   ;pas 26 Feb 2002\n"
	"</NOUN>\n"
	"ALBRIGHT_  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001\n"
	"\n"
	"GOLLUM ; pas 27 Apr 03\n"
	"+SMEAGOL\n"
	"+SLINKER_ ; alias\n"
	"\t[HOB < 950601]\n"
	"#\t[950601-990815]  commented out\n"
	"\t[HOBGOV 950601 - 990815] ; a note\n"
	"\t[HOBREB > 990816]\n"
	"LORIEN  [ELR/GAL]\n"
	"MOUSE= [MUS]\n"
	"NOCODE_\n"
	"~FINISH 16:47\n"
	"AFTER_FINISH [XXX]\n";

static void test_dict_nouns__actors_tabari(void **state)
{
	dyad_dict *d = load("x.actors", actors_tab, TAB, DYAD_DICT_KIND_ACTORS);
	const dd_actor *a;
	(void)state;
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(d->n_actors, 5);
	assert_int_equal(d->n_raws, 1);
	assert_int_equal(d->raws[0].kind, DD_RAW_NOUN);
	assert_string_equal(d->raws[0].text, "BEES   ;pas 26 Feb 2002");

	a = &d->actors[0];
	expect_words(&a->names[0].phrase, "ALBRIGHT_");
	assert_int_equal(a->names[0].kind, DD_NAME_PRIMARY);
	assert_string_equal(a->note, "ems 02 Feb 2001");
	assert_int_equal(a->n_codes, 2);
	expect_code(&a->codes[0], "USAGOV", DD_RANGE, day(1999, 12, 1), day(2001, 1, 14));
	expect_code(&a->codes[1], "---", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX);
	assert_int_equal(a->origin.line, 5);

	a = &d->actors[1];
	assert_int_equal(a->n_names, 3);
	expect_words(&a->names[1].phrase, "SMEAGOL");
	assert_int_equal(a->names[1].kind, DD_NAME_SYNONYM);
	expect_words(&a->names[2].phrase, "SLINKER_");
	assert_string_equal(a->names[2].note, "alias");
	assert_string_equal(a->note, "pas 27 Apr 03");
	assert_int_equal(a->n_codes, 3);
	/* "<" includes the date itself (TABARI manual 6.5.2, model.h) */
	expect_code(&a->codes[0], "HOB", DD_BEFORE, DD_DAY_MIN, day(1995, 6, 1));
	expect_code(&a->codes[1], "HOBGOV", DD_RANGE, day(1995, 6, 1), day(1999, 8, 15));
	assert_string_equal(a->codes[1].note, "a note");
	assert_int_equal(a->codes[1].origin.line, 12);
	expect_code(&a->codes[2], "HOBREB", DD_AFTER, day(1999, 8, 16), DD_DAY_MAX);

	expect_code(&d->actors[2].codes[0], "ELR/GAL", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX);
	expect_words(&d->actors[3].names[0].phrase, "MOUSE=");
	assert_int_equal(d->actors[4].n_codes, 0);
	{
		/* A codeless actor is kept; `dyad dict check` reports it. */
		dyad_dict_check_options co = DYAD_DICT_CHECK_OPTIONS_INIT;
		assert_int_equal(dyad_dict_check(d, &co), DYAD_OK);
		expect_diag(d, 0, "x.actors", 16, "has no codes");
	}
	done(d);
}

static const char actors_pet[] =
	"<!-- header -->\n"
	"<!--\n"
	"# inside a comment [XXX]\n"
	"-->\n"
	"VLADIMIR_PUTIN_  # CountryInfo.txt\n"
	"+PUTIN_\n"
	"+PRESIDENT PUTIN\n"
	"\t[RUSELI 700101-990809]\n"
	"\t[RUSGOV 20080508-20120507] # long years\n"
	"\t[RUSGOV >20120508]\n"
	"\t[RUSELI]\n"
	"HAMID_KARZAI_  [AFGMIL]; legacy comment\n"
	"\t[AFGGOV 9008223-911221]\n"
	"\t[USAGOV 19820101]\n"
	"\t[X 031131-040101]\n";

static void test_dict_nouns__actors_petrarch(void **state)
{
	dyad_dict *d = load("x.actors.txt", actors_pet, PET, DYAD_DICT_KIND_ACTORS);
	const dd_actor *a;
	(void)state;
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(d->n_actors, 2);
	a = &d->actors[0];
	assert_string_equal(a->note, "CountryInfo.txt");
	assert_int_equal(a->n_names, 3);
	/* PETRARCH: an unmarked last word is the whole word, not a stem */
	expect_words(&a->names[2].phrase, "PRESIDENT_ PUTIN_");
	assert_int_equal(a->names[2].phrase.words[1].gap, 1);
	assert_int_equal(a->n_codes, 4);
	expect_code(&a->codes[0], "RUSELI", DD_RANGE, day(1970, 1, 1), day(1999, 8, 9));
	expect_code(&a->codes[1], "RUSGOV", DD_RANGE, day(2008, 5, 8), day(2012, 5, 7));
	assert_string_equal(a->codes[1].note, "long years");
	expect_code(&a->codes[2], "RUSGOV", DD_AFTER, day(2012, 5, 8), DD_DAY_MAX);
	expect_code(&a->codes[3], "RUSELI", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX);

	a = &d->actors[1];
	assert_string_equal(a->note, "legacy comment");
	assert_int_equal(a->n_codes, 4);
	/* PETRARCH reads a 7-digit date by its first six digits */
	expect_code(&a->codes[1], "AFGGOV", DD_RANGE, day(1990, 8, 22), day(1991, 12, 21));
	expect_diag(d, 0, "x.actors.txt", 13, "7 digits");
	expect_code(&a->codes[2], "USAGOV", DD_AFTER, day(1982, 1, 1), DD_DAY_MAX);
	expect_diag(d, 0, "x.actors.txt", 14, "no '<', '>' or range");
	/* 31 November is clamped to the 30th, with a warning saying so */
	expect_code(&a->codes[3], "X", DD_RANGE, day(2003, 11, 30), day(2004, 1, 1));
	expect_diag(d, 0, "x.actors.txt", 15, "read as 2003-11-30");
	done(d);
}

static const char actors_bad[] =
	"ONE [ABC\n"                   /* 1: missing ] */
	"TWO [ 950101-960101]\n"       /* 2: missing code */
	"THREE [X 95AB01-960101]\n"    /* 3: malformed date */
	"FOUR [X 951301-960101]\n"     /* 4: month 13 */
	"___ [X]\n"                    /* 5: empty phrase */
	"\t[Y]\n"                      /* 6: code of the dropped entry: silent */
	"FIVE ABC]\n"                  /* 7: missing [ */
	"SIX [X 950101~960101]\n";     /* 8: malformed restriction */

static void test_dict_nouns__actors_diagnostics(void **state)
{
	dyad_dict *d = load("bad.actors", actors_bad, TAB, DYAD_DICT_KIND_ACTORS);
	dyad_dict *e;
	(void)state;
	expect_diag(d, 1, "bad.actors", 1, "missing ']'");
	expect_diag(d, 1, "bad.actors", 2, "missing code");
	expect_diag(d, 1, "bad.actors", 3, "malformed date");
	expect_diag(d, 1, "bad.actors", 4, "impossible date");
	expect_diag(d, 1, "bad.actors", 5, "empty phrase");
	expect_diag(d, 1, "bad.actors", 7, "missing '['");
	expect_diag(d, 1, "bad.actors", 8, "malformed date");
	assert_int_equal(dyad_dict_error_count(d), 7);
	/* entries stay, without the dropped codes */
	assert_int_equal(d->n_actors, 5);
	assert_int_equal(d->actors[0].n_codes, 0);
	done(d);

	e = load("orphan.actors", "+SYN\n\t[X]\n", TAB, DYAD_DICT_KIND_ACTORS);
	expect_diag(e, 1, "orphan.actors", 1, "no actor before it");
	expect_diag(e, 1, "orphan.actors", 2, "no actor before it");
	done(e);
}

static const char agents_tab[] =
	"AMBASSADOR_  [ ~GOV] ;LRP 02 Jun 2004\n"
	"HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL\n"
	"OPPOSITION_FORCES  \t[~OPPUAF]      \t[~2034]\n"
	"HINDU_PRIEST [~HIN] [~3522] ; both\n"
	"NO_TILDE [GOV]\n"
	"NO_CODE_AT_ALL\n";

static void test_dict_nouns__agents_tabari(void **state)
{
	dyad_dict *d = load("x.agents", agents_tab, TAB, DYAD_DICT_KIND_AGENTS);
	(void)state;
	assert_int_equal(d->n_agents, 4);
	expect_words(&d->agents[0].names[0].phrase, "AMBASSADOR_");
	assert_string_equal(d->agents[0].code, "GOV");
	assert_int_equal(d->agents[0].prefix, 0);
	assert_string_equal(d->agents[0].raw_code, "~GOV");
	assert_string_equal(d->agents[0].note, "LRP 02 Jun 2004");
	assert_string_equal(d->agents[1].code, "NGO");
	assert_int_equal(d->agents[1].prefix, 1);
	assert_string_equal(d->agents[1].raw_code, "NGO~");
	/* GLOBALNET's second bracket: a legacy numeric code, kept in the note */
	assert_string_equal(d->agents[2].code, "OPPUAF");
	assert_string_equal(d->agents[2].note, "[~2034]");
	assert_string_equal(d->agents[3].note, "[~3522] ; both");
	expect_diag(d, 1, "x.agents", 5, "lacks the '~'");
	expect_diag(d, 1, "x.agents", 6, "no [code]");
	assert_int_equal(dyad_dict_error_count(d), 2);
	done(d);
}

static const char agents_pet[] =
	"<!-- agents -->\n"
	"!PERSON! = MAN, MEN, WOMAN\n"
	"PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002\n"
	"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
	"AUTHORITY [~GOV]\n"
	"CONGRESS!PERSON! [~LEG]\n"
	"DEPARTMENT_OF_ENVIRONMENT [~ENV}\n"
	"ISLAMIC_EXTREMIST\n"
	"UNDEFINED!SET! [~X]\n";

static void test_dict_nouns__agents_petrarch(void **state)
{
	dyad_dict *d = load("x.agents.txt", agents_pet, PET, DYAD_DICT_KIND_AGENTS);
	const dd_agent *a;
	(void)state;
	assert_int_equal(d->n_agents, 5);
	a = &d->agents[0];
	assert_int_equal(a->n_names, 1); /* "{}": no plural */
	/* whole words (PETRARCH "works with complete words"): with "{…}" or
	 * from a set, the names are all there is (literal); else the regular
	 * plural comes from the endings (exact) */
	expect_words(&a->names[0].phrase, "PARLIAMENTARY_ OPPOSITION=");
	assert_string_equal(a->note, "jap 11 Oct 2002");
	a = &d->agents[1];
	assert_int_equal(a->n_names, 2);
	expect_words(&a->names[1].phrase, "ATTORNEYS_ GENERAL=");
	assert_int_equal(a->names[1].kind, DD_NAME_SYNONYM);
	assert_string_equal(a->names[1].note, "plural");
	/* PETRARCH's regular -IES plural, which no ending covers */
	a = &d->agents[2];
	assert_int_equal(a->n_names, 2);
	expect_words(&a->names[1].phrase, "AUTHORITIES_");
	assert_string_equal(a->names[1].note, "plural");
	/* substitution set: one name per member */
	a = &d->agents[3];
	assert_int_equal(a->n_names, 3);
	expect_words(&a->names[0].phrase, "CONGRESSMAN=");
	expect_words(&a->names[2].phrase, "CONGRESSWOMAN=");
	assert_string_equal(a->code, "LEG");
	assert_string_equal(d->agents[4].code, "ENV");
	expect_diag(d, 0, "x.agents.txt", 7, "read as '[~ENV]'");
	expect_diag(d, 0, "x.agents.txt", 8, "no [code]");
	expect_diag(d, 1, "x.agents.txt", 9, "undefined substitution set");
	assert_int_equal(dyad_dict_error_count(d), 1);
	done(d);
}

static void test_dict_nouns__discards(void **state)
{
	dyad_dict *d = load("x.discards.txt",
		"# Story-level discards are indicated with a '+'\n"
		"+ World Golf Championships   # pas 26-Feb-2014\n"
		"ACCIDENT KILLED\t\n"
		"BASEBALL_ [###]\n", PET, DYAD_DICT_KIND_DISCARDS);
	(void)state;
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(d->n_discards, 3);
	assert_int_equal(d->discards[0].story, 1);
	expect_words(&d->discards[0].phrase, "WORLD_ GOLF_ CHAMPIONSHIPS");
	assert_string_equal(d->discards[0].note, "pas 26-Feb-2014");
	assert_int_equal(d->discards[1].story, 0);
	expect_words(&d->discards[2].phrase, "BASEBALL_");
	assert_string_equal(d->discards[2].code, "###");
	done(d);
}

static const char issues_txt[] =
	"<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
	"n:preschool [EARLY_CHILDHOOD_EDUCATION]\n"
	"pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"
	"early+childhood education [EARLY_CHILDHOOD_EDUCATION]\n"
	"~a head start\n"
	"~~Armenian genocide  # not coding historical cases\n"
	"eec\n"
	"</ISSUE>\n"
	"<ISSUE CATEGORY=\"REFUGEES\" TYPE=\"COUNTEVENT\">\n"
	"stateless people [REFUGEES]*****\n"
	"</ISSUE>\n";

static void test_dict_nouns__issues(void **state)
{
	dyad_dict *d = load("x.issues.txt", issues_txt, PET, DYAD_DICT_KIND_ISSUES);
	const dd_issue *x = NULL;
	(void)state;
	assert_int_equal(dyad_dict_error_count(d), 0);
	assert_int_equal(d->n_issues, 7);
	x = &d->issues[0];
	assert_string_equal(x->category, "EDUCATION");
	assert_string_equal(x->attrs, "TYPE=\"ALL\"");
	assert_string_equal(x->raw, "n:preschool");
	assert_string_equal(x->code, "EARLY_CHILDHOOD_EDUCATION");
	expect_words(&x->phrase, "PRESCHOOL_");
	x = &d->issues[1];
	assert_string_equal(x->raw, "pre+n:school");
	expect_words(&x->phrase, "PRE_ SCHOOL_");
	expect_words(&d->issues[2].phrase, "EARLY_ CHILDHOOD_ EDUCATION=");
	assert_string_equal(d->issues[3].code, "~");
	assert_string_equal(d->issues[3].raw, "~a head start");
	assert_string_equal(d->issues[4].code, "~~");
	assert_string_equal(d->issues[4].note, "not coding historical cases");
	assert_null(d->issues[5].code);
	assert_null(d->issues[5].raw);
	expect_diag(d, 0, "x.issues.txt", 7, "no [code]");
	x = &d->issues[6];
	assert_string_equal(x->attrs, "TYPE=\"COUNTEVENT\"");
	assert_string_equal(x->note, "*****");
	done(d);
}

static void test_dict_nouns__options(void **state)
{
	dyad_dict *d = load("x.options",
		"// comment\n"
		"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"
		"SET: CONVERT AGENTS = TRUE\n"
		"FROBNICATE: 3\n"
		"<TIME>\n"
		"yesterday [-1]\n"
		"</TIME>\n"
		"~~~~~\n"
		"anything\n", TAB, DYAD_DICT_KIND_OPTIONS);
	(void)state;
	assert_int_equal(d->n_raws, 9);
	assert_int_equal(d->raws[1].kind, DD_RAW_OPTION);
	assert_string_equal(d->raws[1].text, "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN");
	expect_diag(d, 0, "x.options", 4, "unknown .options command");
	assert_int_equal(dyad_dict_diag_count(d), 1);
	done(d);
}

static void test_dict_nouns__project(void **state)
{
	char dir[] = "/tmp/dyad-nouns-XXXXXX", path[256];
	FILE *f;
	dyad_ctx *ctx;
	dyad_dict *d;
	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a.actors", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("ARNOR [ARN]\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/x.project", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("Demo project\n<actorsfile> \ta.actors\n<agentsfile> missing.agents\n"
		"<textfile> some.text\n<coder> DEMO\n", f);
	fclose(f);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	assert_int_equal(dyad_dict_new(&d, ctx), 0);
	assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO), 0);
	assert_int_equal(d->n_actors, 1);
	assert_string_equal(d->actors[0].codes[0].code, "ARN");
	assert_int_equal(d->n_raws, 5);
	assert_int_equal(d->raws[1].kind, DD_RAW_PROJECT);
	expect_diag(d, 1, path, 3, "missing.agents");
	assert_int_equal(dyad_dict_error_count(d), 1);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
	snprintf(path, sizeof path, "%s/x.project", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/a.actors", dir);
	unlink(path);
	rmdir(dir);
}

/* Any bytes: no crash, every kind. */
static void test_dict_nouns__garbage(void **state)
{
	static const dyad_dict_kind kinds[] = { DYAD_DICT_KIND_ACTORS, DYAD_DICT_KIND_AGENTS,
		DYAD_DICT_KIND_OPTIONS, DYAD_DICT_KIND_DISCARDS, DYAD_DICT_KIND_ISSUES };
	static const char *const bits[] = { "[", "]", "+", "~", "{", "}", "!", "=", "#", ";", "<!--",
		"-->", "\t", " ", "\n", "_", "-", "<", ">", "9", "950101", "A", "n:", "<ISSUE",
		"CATEGORY=\"", "\"", "\r", "<NOUN>", "~FINISH", "\xff" };
	char buf[600];
	unsigned seed = 12345, round, k;
	(void)state;
	for (round = 0; round < 400; round++) {
		size_t n = 0;
		while (n < sizeof buf - 16) {
			const char *b;
			seed = seed * 1103515245u + 12345u;
			b = bits[(seed >> 16) % (sizeof bits / sizeof *bits)];
			memcpy(buf + n, b, strlen(b));
			n += strlen(b);
		}
		for (k = 0; k < sizeof kinds / sizeof *kinds; k++) {
			dyad_ctx *ctx;
			dyad_dict *d;
			assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
			assert_int_equal(dyad_dict_new(&d, ctx), 0);
			assert_int_equal(dyad_dict_load_mem(d, "g", buf, n, round & 1 ? TAB : PET, kinds[k]),
				0);
			dyad_dict_free(d);
			dyad_ctx_free(ctx);
		}
	}
}

/* ---- round trip ----------------------------------------------------- */

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

static void same_actors(const dyad_dict *a, const dyad_dict *b)
{
	uint32_t i, j;
	assert_int_equal(a->n_actors, b->n_actors);
	for (i = 0; i < a->n_actors; i++) {
		const dd_actor *x = &a->actors[i], *y = &b->actors[i];
		assert_true(same_str(x->note, y->note));
		assert_int_equal(x->n_names, y->n_names);
		for (j = 0; j < x->n_names; j++) {
			same_phrase(&x->names[j].phrase, &y->names[j].phrase);
			assert_int_equal(x->names[j].kind, y->names[j].kind);
			assert_true(same_str(x->names[j].note, y->names[j].note));
		}
		assert_int_equal(x->n_codes, y->n_codes);
		for (j = 0; j < x->n_codes; j++) {
			expect_code(&y->codes[j], x->codes[j].code, x->codes[j].datekind, x->codes[j].from,
				x->codes[j].to);
			assert_true(same_str(x->codes[j].note, y->codes[j].note));
		}
	}
}

/* Agents compared as (phrase, code, prefix) lists: a PETRARCH writer
 * prints substitution-set forms one per line. */
static void agent_list(const dyad_dict *d, const dd_phrase **ph, const dd_agent **ag, size_t *n)
{
	uint32_t i, j;
	*n = 0;
	for (i = 0; i < d->n_agents; i++)
		for (j = 0; j < d->agents[i].n_names; j++) {
			ph[*n] = &d->agents[i].names[j].phrase;
			ag[*n] = &d->agents[i];
			(*n)++;
		}
}

static void same_agents(const dyad_dict *a, const dyad_dict *b)
{
	size_t na, nb, i;
	const dd_phrase **pa = calloc(20000, sizeof *pa), **pb = calloc(20000, sizeof *pb);
	const dd_agent **aa = calloc(20000, sizeof *aa), **ab = calloc(20000, sizeof *ab);
	assert_true(a->n_agents < 10000 && b->n_agents < 10000);
	agent_list(a, pa, aa, &na);
	agent_list(b, pb, ab, &nb);
	assert_int_equal(na, nb);
	for (i = 0; i < na; i++) {
		same_phrase(pa[i], pb[i]);
		assert_string_equal(aa[i]->code, ab[i]->code);
		assert_int_equal(aa[i]->prefix, ab[i]->prefix);
		assert_true(same_str(aa[i]->note, ab[i]->note));
	}
	free(pa);
	free(pb);
	free(aa);
	free(ab);
}

static void same_rest(const dyad_dict *a, const dyad_dict *b)
{
	uint32_t i;
	assert_int_equal(a->n_discards, b->n_discards);
	for (i = 0; i < a->n_discards; i++) {
		same_phrase(&a->discards[i].phrase, &b->discards[i].phrase);
		assert_int_equal(a->discards[i].story, b->discards[i].story);
		assert_true(same_str(a->discards[i].code, b->discards[i].code));
		assert_true(same_str(a->discards[i].note, b->discards[i].note));
	}
	assert_int_equal(a->n_issues, b->n_issues);
	for (i = 0; i < a->n_issues; i++) {
		const dd_issue *x = &a->issues[i], *y = &b->issues[i];
		same_phrase(&x->phrase, &y->phrase);
		assert_true(same_str(x->code, y->code));
		assert_true(same_str(x->category, y->category));
		assert_true(same_str(x->attrs, y->attrs));
		assert_true(same_str(x->raw, y->raw));
		assert_true(same_str(x->note, y->note));
	}
	assert_int_equal(a->n_raws, b->n_raws);
	for (i = 0; i < a->n_raws; i++) {
		assert_int_equal(a->raws[i].kind, b->raws[i].kind);
		assert_string_equal(a->raws[i].text, b->raws[i].text);
	}
}

/* Write d as (f, k), read it back, compare. */
static void round_trip(const dyad_dict *d, dyad_dict_format f, dyad_dict_kind k)
{
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	dyad_ctx *ctx;
	dyad_dict *e;
	assert_non_null(m);
	assert_int_equal(dyad_dict_write(d, m, f, k), 0);
	fclose(m);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	assert_int_equal(dyad_dict_new(&e, ctx), 0);
	assert_int_equal(dyad_dict_load_mem(e, "rt", out, len, f, k), 0);
	assert_int_equal(dyad_dict_error_count(e), 0);
	same_actors(d, e);
	same_agents(d, e);
	same_rest(d, e);
	free(out);
	dyad_dict_free(e);
	dyad_ctx_free(ctx);
}

static void test_dict_nouns__round_trip(void **state)
{
	static const struct { const char *name, *text; dyad_dict_format f; dyad_dict_kind k; } fx[] = {
		{ "a.actors", actors_tab, TAB, DYAD_DICT_KIND_ACTORS },
		{ "a.actors.txt", actors_pet, PET, DYAD_DICT_KIND_ACTORS },
		{ "a.agents", agents_tab, TAB, DYAD_DICT_KIND_AGENTS },
		{ "a.agents.txt", agents_pet, PET, DYAD_DICT_KIND_AGENTS },
		{ "a.issues.txt", issues_txt, PET, DYAD_DICT_KIND_ISSUES },
		{ "a.discards.txt", "+X_ [###] # n\nY Z\n", PET, DYAD_DICT_KIND_DISCARDS },
		{ "a.options", "// c\nSET: LABEL = TRUE\n\nLABEL: 01=YIELD\n", TAB,
			DYAD_DICT_KIND_OPTIONS },
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof fx / sizeof *fx; i++) {
		dyad_dict *d = load(fx[i].name, fx[i].text, fx[i].f, fx[i].k);
		round_trip(d, fx[i].f, fx[i].k);
		done(d);
	}
}

/* ---- the shared reference dictionaries ------------------------------ */

static const char *shared_dir(void)
{
	const char *d = getenv("DYAD_SHARED");
	return d && *d ? d : "../shared";
}

static const struct shared_file {
	const char *path;
	dyad_dict_format f;
	dyad_dict_kind k;
} shared[] = {
	{ "dictionaries/phoenix/Phoenix.Countries.actors.txt", PET, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.International.actors.txt", PET, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.MilNonState.actors.txt", PET, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/phoenix/Phoenix.agents.txt", PET, DYAD_DICT_KIND_AGENTS },
	{ "dictionaries/phoenix/Phoenix.discards.txt", PET, DYAD_DICT_KIND_DISCARDS },
	{ "dictionaries/phoenix/Phoenix.IssueCoding.txt", PET, DYAD_DICT_KIND_ISSUES },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.actors", TAB, DYAD_DICT_KIND_ACTORS },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.agents", TAB, DYAD_DICT_KIND_AGENTS },
	{ "dictionaries/globalnet-tabari/GLOBALNET.131001.options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/tabari-validation/TABARI.Demo.actors", TAB, DYAD_DICT_KIND_ACTORS },
	{ "testdata/tabari-validation/TABARI.Demo.options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/tabari-validation/Validate.agents", TAB, DYAD_DICT_KIND_AGENTS },
	{ "testdata/tabari-validation/Validate.options", TAB, DYAD_DICT_KIND_OPTIONS },
	{ "testdata/petrarch-unit/PETR.Validate.actors.txt", PET, DYAD_DICT_KIND_ACTORS },
	{ "testdata/petrarch-unit/PETR.Validate.agents.txt", PET, DYAD_DICT_KIND_AGENTS },
	{ "testdata/petrarch-unit/PETR.Validate.discards.txt", PET, DYAD_DICT_KIND_DISCARDS },
	{ "testdata/tabari-validation/TABARI.Demo.project", TAB, DYAD_DICT_KIND_PROJECT },
	{ "testdata/tabari-validation/Validate.project", TAB, DYAD_DICT_KIND_PROJECT },
};

static dyad_dict *load_shared(const struct shared_file *s)
{
	char path[1024];
	dyad_ctx *ctx;
	dyad_dict *d;
	snprintf(path, sizeof path, "%s/%s", shared_dir(), s->path);
	assert_int_equal(dyad_ctx_new(&ctx, NULL), 0);
	assert_int_equal(dyad_dict_new(&d, ctx), 0);
	assert_int_equal(dyad_dict_load(d, path, s->f, s->k), 0);
	return d;
}

static void test_dict_nouns__shared_files(void **state)
{
	size_t i, k;
	(void)state;
	for (i = 0; i < sizeof shared / sizeof *shared; i++) {
		dyad_dict *d = load_shared(&shared[i]);
		dyad_dict_stats st;
		dyad_dict_stats_get(d, &st);
		print_message("%s: %zu actors (%zu names, %zu codes, %zu dated), %zu agents (%zu names), "
			"%zu discards, %zu issues, %zu raw lines; %zu errors, %zu warnings\n",
			shared[i].path, st.actors, st.actor_names, st.actor_codes, st.dated_codes,
			st.agents, st.agent_names, st.discards, st.issues, st.raw_lines, st.errors,
			st.warnings);
		for (k = 0; k < dyad_dict_diag_count(d); k++) {
			dyad_dict_diag g;
			dyad_dict_diag_get(d, k, &g);
			/* verbs files come through the projects; they are not ours */
			if (g.error && !strstr(g.file, ".verbs")) {
				print_message("%s:%u: error: %s\n", g.file, g.line, g.message);
				fail();
			}
		}
		if (shared[i].k != DYAD_DICT_KIND_PROJECT)
			round_trip(d, shared[i].f, shared[i].k);
		done(d);
	}
}

/* VLADIMIR_PUTIN_ in Phoenix.Countries.actors.txt and its dated codes. */
static void test_dict_nouns__shared_putin(void **state)
{
	dyad_dict *d = load_shared(&shared[0]);
	const dd_actor *a = NULL;
	uint32_t i;
	(void)state;
	for (i = 0; i < d->n_actors && !a; i++) {
		const dd_phrase *p = &d->actors[i].names[0].phrase;
		if (p->n == 2 && !strcmp(p->words[0].text, "VLADIMIR") &&
			!strcmp(p->words[1].text, "PUTIN"))
			a = &d->actors[i];
	}
	assert_non_null(a);
	expect_words(&a->names[0].phrase, "VLADIMIR_ PUTIN_");
	assert_string_equal(a->note, "CountryInfo.txt");
	assert_true(a->n_names >= 12);
	expect_words(&a->names[2].phrase, "PUTIN_");
	assert_int_equal(a->n_codes, 5);
	expect_code(&a->codes[0], "RUSELI", DD_RANGE, day(1970, 1, 1), day(1999, 8, 9));
	expect_code(&a->codes[1], "RUSGOV", DD_RANGE, day(1999, 12, 31), day(2008, 5, 7));
	expect_code(&a->codes[2], "RUSGOV", DD_RANGE, day(1999, 8, 9), day(2000, 5, 7));
	expect_code(&a->codes[3], "RUSGOV", DD_AFTER, day(2008, 5, 8), DD_DAY_MAX);
	expect_code(&a->codes[4], "RUSELI", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX);
	done(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dict_nouns__actors_tabari),
		cmocka_unit_test(test_dict_nouns__actors_petrarch),
		cmocka_unit_test(test_dict_nouns__actors_diagnostics),
		cmocka_unit_test(test_dict_nouns__agents_tabari),
		cmocka_unit_test(test_dict_nouns__agents_petrarch),
		cmocka_unit_test(test_dict_nouns__discards),
		cmocka_unit_test(test_dict_nouns__issues),
		cmocka_unit_test(test_dict_nouns__options),
		cmocka_unit_test(test_dict_nouns__project),
		cmocka_unit_test(test_dict_nouns__garbage),
		cmocka_unit_test(test_dict_nouns__round_trip),
	};
	const struct CMUnitTest shared_tests[] = {
		cmocka_unit_test(test_dict_nouns__shared_files),
		cmocka_unit_test(test_dict_nouns__shared_putin),
	};
	char probe[1024];
	struct stat st;
	int rc = cmocka_run_group_tests_name("nouns", tests, NULL, NULL);

	snprintf(probe, sizeof probe, "%s/dictionaries", shared_dir());
	if (stat(probe, &st) != 0 || !S_ISDIR(st.st_mode)) {
		printf("skipped: %s not found (set DYAD_SHARED)\n", probe);
		return rc ? rc : 77;
	}
	return rc | cmocka_run_group_tests_name("nouns_shared", shared_tests, NULL, NULL);
}
