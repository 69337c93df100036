/*
 * dyad's own dictionary format (src/dict/dyadfmt.c, dyadfmt_write.c): a
 * hand-built model holding every field survives write → read exactly,
 * field by field (model_compare.h), and a second write is identical; each construct parses as documented in
 * docs/dictionaries.md; malformed lines give exact file:line errors and
 * reading goes on; allocation failures at any point are clean.
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

#include "dyad/date.h"
#include "dyad/dict.h"
#include "dict/model.h"
#include "dict/model_compare.h"

static dyad_dict *new_dict(dyad_ctx **ctx)
{
	dyad_dict *d;
	assert_int_equal(dyad_ctx_new(ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_dict_new(&d, *ctx), DYAD_OK);
	return d;
}

static dyad_dict *load(dyad_ctx **ctx, const char *name, const char *text)
{
	dyad_dict *d = new_dict(ctx);
	assert_int_equal(dyad_dict_load_mem(d, name, text, strlen(text), DYAD_DICT_FORMAT_AUTO,
		DYAD_DICT_KIND_AUTO), DYAD_OK);
	return d;
}

/* The set written in dyad format; caller frees. */
static char *write_dyad(const dyad_dict *d)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(dyad_dict_write(d, f, DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL), DYAD_OK);
	fclose(f);
	return buf;
}

/* Every diagnostic as "file:line: error|warning: message", one a line. */
static char *diags(const dyad_dict *d)
{
	static char buf[8192]; /* test-only */
	size_t i, n = 0;
	buf[0] = '\0';
	for (i = 0; i < dyad_dict_diag_count(d); i++) {
		dyad_dict_diag g;
		dyad_dict_diag_get(d, i, &g);
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s:%u: %s: %s\n", g.file, g.line,
			g.error ? "error" : "warning", g.message);
	}
	return buf;
}

static int32_t day(const char *iso)
{
	int y, m, dd;
	assert_int_equal(dyad_date_parse(&y, &m, &dd, iso), 0);
	return (int32_t)dyad_date_days(y, m, dd);
}

/* ---- Building a model by hand -------------------------------------- */

static const char *S(dyad_dict *d, const char *s)
{
	return s ? dyad_dict__str(d, s, strlen(s), 0) : NULL;
}

/* "WORD" exact, "WORD*" stem, "WORD=" literal, space separated. */
static dd_phrase P(dyad_dict *d, const char *spec)
{
	dd_phrase p = { NULL, 0 };
	char buf[256], *tok, *save = NULL;
	p.words = dyad_arena_calloc(d->arena, 16, sizeof *p.words);
	snprintf(buf, sizeof buf, "%s", spec);
	for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		size_t n = strlen(tok);
		dd_word *w = &p.words[p.n++];
		w->mode = DD_EXACT;
		if (n > 1 && tok[n - 1] == '*')
			w->mode = DD_STEM, tok[--n] = '\0';
		else if (n > 1 && tok[n - 1] == '=')
			w->mode = DD_LITERAL, tok[--n] = '\0';
		w->text = S(d, tok);
	}
	return p;
}

static dd_name NAME(dyad_dict *d, const char *spec, int kind, const char *note)
{
	dd_name n;
	memset(&n, 0, sizeof n);
	n.phrase = P(d, spec);
	n.kind = (uint8_t)kind;
	n.note = S(d, note);
	return n;
}

static dd_code CODE(dyad_dict *d, const char *code, int kind, int32_t from, int32_t to,
	const char *note)
{
	dd_code c;
	memset(&c, 0, sizeof c);
	c.code = S(d, code);
	c.datekind = (uint8_t)kind;
	c.from = from;
	c.to = to;
	c.note = S(d, note);
	return c;
}

#define ARR(d, type, ...) arr_copy((d), (type[]){ __VA_ARGS__ }, \
	sizeof((type[]){ __VA_ARGS__ }))
static void *arr_copy(dyad_dict *d, const void *src, size_t size)
{
	void *p = dyad_arena_alloc(d->arena, size);
	memcpy(p, src, size);
	return p;
}
#define COUNT(type, ...) (uint32_t)(sizeof((type[]){ __VA_ARGS__ }) / sizeof(type))

static dd_elem E(dyad_dict *d, int kind, int mode, int joined, const char *text)
{
	dd_elem e;
	memset(&e, 0, sizeof e);
	e.kind = (uint8_t)kind;
	e.mode = (uint8_t)mode;
	e.joined = (uint8_t)joined;
	e.text = S(d, text);
	return e;
}

static dd_pattern PAT(dyad_dict *d, dd_elem *elems, uint32_t n, const char *code,
	const char *note)
{
	dd_pattern p;
	memset(&p, 0, sizeof p);
	p.elems = elems;
	p.n = n;
	p.code = S(d, code);
	p.note = S(d, note);
	return p;
}

#define W(text, mode) E(d, DD_E_WORD, mode, 0, text)
#define WJ(text, mode) E(d, DD_E_WORD, mode, 1, text)
#define K(kind) E(d, kind, 0, 0, NULL)
#define KJ(kind) E(d, kind, 0, 1, NULL)
#define PATTERN(code, note, ...) PAT(d, ARR(d, dd_elem, __VA_ARGS__), \
	COUNT(dd_elem, __VA_ARGS__), code, note)

/* A model using every field and every kind of every enum. */
static dyad_dict *build_model(dyad_ctx **ctx)
{
	dyad_dict *d = new_dict(ctx);
	uint32_t f0, f1;
	dd_actor *a;
	dd_agent *g;
	dd_verb *v;
	dd_verbform *vf;
	dd_synset *s;
	dd_discard *x;
	dd_issue *is;
	dd_raw *r;
	int k;

	assert_int_equal(dyad_dict__add_file(d, &f0, "dicts/Phoenix.Countries.actors.txt"), DYAD_OK);
	assert_int_equal(dyad_dict__add_file(d, &f1, "GLOBALNET.verbs"), DYAD_OK);

	a = DD_PUSH(d, actors);
	a->id = S(d, "PUTIN-1");
	a->names = ARR(d, dd_name, NAME(d, "Vladimir PUTIN", DD_NAME_PRIMARY, "CountryInfo.txt"),
		NAME(d, "PUTIN*", DD_NAME_SYNONYM, NULL),
		NAME(d, "WLADIMIR PUTIN=", DD_NAME_VARIANT, "German spelling"),
		NAME(d, "VVP", DD_NAME_PRIMARY, ""));
	a->n_names = 4;
	a->names[1].phrase.words[0].text = S(d, "PUT IN\tX"); /* white space in a word */
	a->codes = ARR(d, dd_code,
		CODE(d, "RUSELI", DD_RANGE, day("1952-10-07"), day("1999-12-30"), "early # life"),
		CODE(d, "RUSGOV", DD_RANGE, DD_DAY_MIN, day("2008-05-06"), NULL),
		CODE(d, "RUSGOV", DD_RANGE, day("2008-05-07"), DD_DAY_MAX, NULL),
		CODE(d, "RUSGOV", DD_RANGE, DD_DAY_MIN, DD_DAY_MAX, NULL),
		CODE(d, "RUSGOV", DD_BEFORE, DD_DAY_MIN, day("2012-05-07"), NULL),
		CODE(d, "RUSELI", DD_AFTER, day("2012-05-07"), DD_DAY_MAX, NULL),
		CODE(d, "###", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX, "discard # code"));
	a->n_codes = 7;
	a->note = S(d, " verbatim note # with a hash"); /* lines are right-trimmed */
	a->origin = (dd_origin){ f0, 1234 };

	a = DD_PUSH(d, actors); /* no primary name: every name on its own line */
	a->names = ARR(d, dd_name, NAME(d, "KREMLIN", DD_NAME_SYNONYM, NULL));
	a->n_names = 1;
	a->codes = ARR(d, dd_code, CODE(d, "RUS", DD_UNDATED, DD_DAY_MIN, DD_DAY_MAX, NULL));
	a->n_codes = 1;
	a->from = (dd_source){ "", 0 }; /* authored in dyad format */

	a = DD_PUSH(d, actors); /* empty; provenance without a line */
	a->from = (dd_source){ "old/list.txt", 0 };

	g = DD_PUSH(d, agents);
	g->names = ARR(d, dd_name, NAME(d, "FOREIGN MINISTER", DD_NAME_PRIMARY, "a note"),
		NAME(d, "FOREIGN MINISTERS", DD_NAME_SYNONYM, "plural"));
	g->n_names = 2;
	g->code = S(d, "GOVFRM");
	g->raw_code = S(d, "~GOVFRM");
	g->note = S(d, "agent note");
	g->from = (dd_source){ "Phoenix.agents.txt", 77 };
	g = DD_PUSH(d, agents);
	g->names = ARR(d, dd_name, NAME(d, "ACTIVIST*", DD_NAME_PRIMARY, NULL));
	g->n_names = 1;
	g->code = S(d, "NGO");
	g->prefix = 1;
	g->raw_code = S(d, "NGO~");
	g->origin = (dd_origin){ f0, 9 };

	v = DD_PUSH(d, verbs);
	v->name = S(d, "ACCELERATE");
	v->code = S(d, "---");
	v->note = S(d, "OY 14 Mar 2006");
	v->origin = (dd_origin){ f1, 200 };
	v->verbs = dyad_arena_calloc(d->arena, 3, sizeof *v->verbs);
	v->n_verbs = 3;
	vf = &v->verbs[0];
	vf->phrase = P(d, "HURRY");
	vf->forms = ARR(d, dd_phrase, P(d, "HURRIES"), P(d, "HURRYING*"), P(d, "HURRIED ON="));
	vf->n_forms = 3;
	vf->note = S(d, "irregular");
	vf->code = S(d, "040"); /* a verb's own code, as PETRARCH's CLARIFY [040] */
	vf->conjugate = 1;      /* and its regular forms, generated */
	v->verbs[1].phrase = P(d, "CARRY OUT");
	v->verbs[1].code = S(d, ""); /* "[]": an empty code, not the block's */
	v->verbs[2].phrase = P(d, "SET UP*");
	v->verbs[2].verb_index = 1;
	v->verbs[2].conjugate = 1; /* PETRARCH's verb without "{…}" */
	/* Words holding the format's own characters are escaped. */
	vf = &v->verbs[1];
	vf->forms = ARR(d, dd_phrase, P(d, ",="), P(d, "+WAS {X} [Y]|Z"));
	vf->n_forms = 2;
	v->patterns = ARR(d, dd_pattern,
		PATTERN("154", "RUSH", K(DD_E_VERB), K(DD_E_PP_BEGIN), W("TO", DD_EXACT),
			W("BORDER", DD_STEM), K(DD_E_PP_END)),
		PATTERN("070", NULL, K(DD_E_SOURCE), K(DD_E_VERB), K(DD_E_ALT_BEGIN), W("AID", 0),
			K(DD_E_ALT_OR), W("RELIEF", DD_LITERAL), K(DD_E_ALT_END), K(DD_E_TARGET),
			K(DD_E_COMPOUND), K(DD_E_ATTRIB), K(DD_E_SKIP), E(d, DD_E_SYNSET, 0, 0, "FOOD"),
			K(DD_E_NP_BEGIN), W("ARMS", 0), W("SHIPMENT", DD_STEM), K(DD_E_NP_END)),
		PATTERN("190:193!", "", KJ(DD_E_VERB), WJ("AND", 0), WJ("KILLED", DD_STEM),
			E(d, DD_E_SYNSET, 0, 0, "FIGHT_OF_WORDS"), WJ("BAR", 0), KJ(DD_E_PP_BEGIN),
			WJ("X", 0), KJ(DD_E_PP_END), W("Y", 0)),
		PATTERN("###", NULL, K(DD_E_VERB)),
		PATTERN("", NULL, K(DD_E_VERB), W("*", 0), W("&X", 0), W("A_B", DD_STEM), W("#", 0),
			W("Q=>R", 0), W("a\\b", 0), W("AB*", 0), W("CD=", DD_LITERAL), W("$", DD_STEM),
			E(d, DD_E_SYNSET, 0, 0, "S P{}"), W("C#", 0)));
	v->n_patterns = 5;
	v = DD_PUSH(d, verbs); /* no name, no code, nothing inside */
	v->origin = (dd_origin){ f1, 1 };
	v->section = DD_SECTION_ATTRIB;
	v = DD_PUSH(d, verbs); /* a TABARI <TIME> root */
	v->name = S(d, "LAST_WEEK");
	v->code = S(d, "-7");
	v->section = DD_SECTION_TIME;
	v->verbs = ARR(d, dd_verbform, { .phrase = P(d, "LAST WEEK*") });
	v->n_verbs = 1;

	s = DD_PUSH(d, synsets);
	s->name = S(d, "CURRENCY");
	s->note = S(d, "money # and the like");
	s->members = ARR(d, dd_name, NAME(d, "MONEY", DD_NAME_SYNONYM, NULL),
		NAME(d, "CASH=", DD_NAME_PRIMARY, "cash"), NAME(d, "DOLLARS*", DD_NAME_VARIANT, NULL));
	s->n_members = 3;
	s->origin = (dd_origin){ f1, 50 };
	s = DD_PUSH(d, synsets);
	s->name = S(d, "FIGHT_OF_WORDS");
	s->note = S(d, "");
	s->members = ARR(d, dd_name, NAME(d, "&CURRENCY WAR", DD_NAME_SYNONYM, NULL));
	s->n_members = 1;

	x = DD_PUSH(d, discards);
	x->phrase = P(d, "SPORTS* RESULTS");
	x->note = S(d, "noise");
	x = DD_PUSH(d, discards);
	x->phrase = P(d, "HOROSCOPE");
	x->story = 1;
	x->code = S(d, "###");

	is = DD_PUSH(d, issues);
	is->phrase = P(d, "PRESCHOOL*");
	is->code = S(d, "EARLY_CHILDHOOD_EDUCATION");
	is->category = S(d, "EDUCATION");
	is->attrs = S(d, "TYPE=\"ALL\"  PRIORITY=\"2\" # verbatim");
	is->raw = S(d, "n:preschool");
	is->note = S(d, "issue note");
	is = DD_PUSH(d, issues); /* a phrase only the raw spelling holds */
	is->code = S(d, "TEACHERS");
	is->raw = S(d, "~a head start");

	is = DD_PUSH(d, issues); /* an empty code, and none */
	is->phrase = P(d, "EEC");
	is->code = S(d, "");
	is = DD_PUSH(d, issues);
	is->phrase = P(d, "ECB");

	for (k = DD_RAW_OPTION; k <= DD_RAW_PROJECT; k++) {
		r = DD_PUSH(d, raws);
		r->kind = (uint8_t)k;
		r->text = S(d, k == DD_RAW_OPTION ? "  SET: ACTOR USAGE = OFF # not a note"
			: k == DD_RAW_PROJECT ? "" : "~ a (a b ATTACK) SAY = a b 015");
		r->origin = (dd_origin){ f1, (uint32_t)(10 + k) };
	}
	return d;
}

/* Every field of b is a's, provenance included (model_compare.h). */
static void same_model(const dyad_dict *a, const dyad_dict *b)
{
	mc_diffs m;
	if (mc_compare(&m, a, b, MC_FROM) != 0) {
		printf("%s", m.text);
		fail_msg("%u fields differ (listed above)", m.n);
	}
}

static void test_dict_dyadfmt__roundtrip_every_field(void **state)
{
	dyad_ctx *c1, *c2, *c3;
	dyad_dict *a = build_model(&c1), *b, *c;
	char *text = write_dyad(a), *again;
	(void)state;

	b = load(&c2, "out.dyad", text);
	assert_string_equal(diags(b), "");
	same_model(a, b);
	/* Reading what was written and writing it again changes nothing. */
	again = write_dyad(b);
	assert_string_equal(text, again);
	c = load(&c3, "again.dyad", again);
	same_model(b, c);
	free(text);
	free(again);
	dyad_dict_free(a);
	dyad_dict_free(b);
	dyad_dict_free(c);
	dyad_ctx_free(c1);
	dyad_ctx_free(c2);
	dyad_ctx_free(c3);
}

/* The written text itself: the spellings docs/dictionaries.md promises. */
static void test_dict_dyadfmt__writes_documented_spellings(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d = build_model(&ctx);
	char *text = write_dyad(d);
	(void)state;

	assert_non_null(strstr(text, "dyad-dictionary 1\n"));
	assert_non_null(strstr(text, "\nactor Vladimir PUTIN  # CountryInfo.txt\n"
		"  name PUT\\ IN\\\tX*\n  variant WLADIMIR PUTIN=  # German spelling\n  primary VVP  #\n"
		"  code RUSELI 1952-10-07..1999-12-30  # early # life\n"
		"  code RUSGOV ..2008-05-06\n  code RUSGOV 2008-05-07..\n  code RUSGOV ..\n"
		"  code RUSGOV <2012-05-07\n  code RUSELI >2012-05-07\n"
		"  code ###  # discard # code\n  id PUTIN-1\n"
		"  note  verbatim note # with a hash\n"
		"  from dicts/Phoenix.Countries.actors.txt:1234\n"));
	assert_non_null(strstr(text, "\nactor\n  name KREMLIN\n  code RUS\n\nactor\n"
		"  from old/list.txt\n"));
	assert_non_null(strstr(text, "\nagent ACTIVIST* => NGO~\n"));
	assert_non_null(strstr(text, "  form HURRY {HURRIES, HURRYING*, HURRIED ON=, *} => 040"
		"  # irregular\n  form CARRY OUT {"));
	assert_non_null(strstr(text, "\n  form SET +UP* {*}\n"));
	assert_non_null(strstr(text, "  pattern * (TO BORDER*) => 154  # RUSH\n"));
	assert_non_null(strstr(text, "  pattern $ * [AID | RELIEF=] + % @ ^ &FOOD {ARMS SHIPMENT*}"
		" => 070\n"));
	assert_non_null(strstr(text, "  pattern _*_AND_KILLED* &FIGHT_OF_WORDS _BAR_(_X_) Y"
		" => 190:193!  #\n"));
	assert_non_null(strstr(text, "\ndiscard-story HOROSCOPE => ###\n"));
	assert_non_null(strstr(text, "  form CARRY OUT {\\,=, \\+WAS \\{X\\} \\[Y\\]\\|Z} =>\n"));
	assert_non_null(strstr(text, "\nverb\n  section attrib\n"));
	assert_non_null(strstr(text, "\nverb LAST_WEEK => -7\n  section time\n  form LAST WEEK*\n"));
	assert_null(strstr(text, "section verbs")); /* the default goes unsaid */
	assert_non_null(strstr(text, "\nsynset CURRENCY  # money # and the like\n"));
	assert_non_null(strstr(text, "\nsynset FIGHT_OF_WORDS  #\n"));
	assert_non_null(strstr(text, "  category EDUCATION\n  attrs TYPE=\"ALL\"  PRIORITY=\"2\" "
		"# verbatim\n  raw n:preschool\n"));
	assert_non_null(strstr(text, "  pattern * \\* \\&X A\\_B* \\# Q=\\>R a\\\\b AB\\* CD\\== \\$* "
		"&S\\ P\\{\\} C\\# =>\n"));
	assert_non_null(strstr(text, "\nissue EEC =>\n"));
	assert_non_null(strstr(text, "\nissue ECB\n"));
	assert_non_null(strstr(text, "\noption   SET: ACTOR USAGE = OFF # not a note\n"
		"  from GLOBALNET.verbs:10\n"));
	assert_non_null(strstr(text, "\nproject\n  from GLOBALNET.verbs:14\n"));
	free(text);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

static const char fixture[] =
	"# a comment before the marker\n"
	"dyad-dictionary 1\n"
	"actor VLADIMIR PUTIN   # CountryInfo.txt\n"
	"  name VLADIMIR_VLADIMIROVICH PUTIN\n"
	"\n"
	"  # a comment inside a block\n"
	"  variant WLADIMIR PUTIN=\n"
	"\tcode RUSGOV 1999-12-31..2008-05-06 # acting\n"
	"  code RUSGOV <2012-05-07\n"
	"  code RUSGOV >2012-05-07\n"
	"  code RUS\n"
	"  from Phoenix.Countries.actors.txt:39559\n"
	"agent FOREIGN MINISTER => ~GOVFRM\n"
	"agent HUMAN RIGHTS ACTIVIST* => NGO~   # prefix\n"
	"verb ACCELERATE => ---\n"
	"  form HURRY {HURRIES, HURRYING}\n"
	"  form +CARRY OUT {CARRIED OUT}\n"
	"  form CLARIFY {CLARIFIES, CLARIFIED} => 040  # own code\n"
	"  form EXPLAIN =>\n"
	"  form ACCUSE { * }\n"
	"  pattern * (TO BORDER) => 154    # RUSH\n"
	"  pattern *_AND_KILLED + => 190\n"
	"  pattern $ * &WEAPON => ###\n"
	"verb LAST_WEEK => -7\n"
	"  section time\n"
	"  form LAST WEEK*\n"
	"synset &CURRENCY  # money\n"
	"  member MONEY\n"
	"discard SPORTS RESULTS\n"
	"discard-story HOROSCOPE* => ###\n"
	"issue PRESCHOOL => EARLY_CHILDHOOD_EDUCATION\n"
	"  category EDUCATION\n"
	"  attrs TYPE=\"ALL\"\n"
	"  raw n:preschool\n"
	"option SET: ACTOR USAGE = OFF # verbatim\n"
	"transform ~ a (a b ATTACK) SAY = a b 015\n"
	"noun HEADQUARTERS\n"
	"adjective FORMER\n"
	"project <actorsfile> x.actors\n";

static void test_dict_dyadfmt__parses_each_construct(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d = load(&ctx, "fix.dyad", fixture);
	const dd_actor *a;
	const dd_verb *v;
	const dd_pattern *p;
	(void)state;

	assert_string_equal(diags(d), "");
	assert_int_equal(d->n_actors, 1);
	a = &d->actors[0];
	assert_int_equal(a->origin.line, 3);
	assert_int_equal(a->n_names, 3);
	assert_string_equal(a->names[0].note, "CountryInfo.txt");
	assert_int_equal(a->names[1].kind, DD_NAME_SYNONYM);
	assert_int_equal(a->names[1].phrase.n, 3); /* "_" separates words */
	assert_int_equal(a->names[1].origin.line, 4);
	assert_int_equal(a->names[2].kind, DD_NAME_VARIANT);
	assert_int_equal(a->names[2].phrase.words[1].mode, DD_LITERAL);
	assert_int_equal(a->names[0].phrase.words[1].mode, DD_EXACT);
	assert_int_equal(a->n_codes, 4);
	assert_int_equal(a->codes[0].datekind, DD_RANGE);
	assert_int_equal(a->codes[0].from, day("1999-12-31"));
	assert_int_equal(a->codes[0].to, day("2008-05-06"));
	assert_string_equal(a->codes[0].note, "acting");
	assert_int_equal(a->codes[0].origin.line, 8);
	assert_int_equal(a->codes[1].datekind, DD_BEFORE);
	assert_int_equal(a->codes[1].from, DD_DAY_MIN);
	assert_int_equal(a->codes[1].to, day("2012-05-07")); /* up to and including */
	assert_int_equal(a->codes[2].datekind, DD_AFTER);
	assert_int_equal(a->codes[2].from, day("2012-05-07"));
	assert_int_equal(a->codes[2].to, DD_DAY_MAX);
	assert_int_equal(a->codes[3].datekind, DD_UNDATED);
	assert_string_equal(a->from.file, "Phoenix.Countries.actors.txt");
	assert_int_equal(a->from.line, 39559);

	assert_int_equal(d->n_agents, 2);
	assert_string_equal(d->agents[0].code, "GOVFRM");
	assert_int_equal(d->agents[0].prefix, 0);
	assert_string_equal(d->agents[0].from.file, ""); /* written here */
	assert_string_equal(d->agents[1].code, "NGO");
	assert_int_equal(d->agents[1].prefix, 1);
	assert_string_equal(d->agents[1].raw_code, "NGO~");
	assert_int_equal(d->agents[1].names[0].phrase.words[2].mode, DD_STEM);
	assert_string_equal(d->agents[1].names[0].note, "prefix");

	v = &d->verbs[0];
	assert_string_equal(v->name, "ACCELERATE");
	assert_string_equal(v->code, "---");
	assert_int_equal(v->section, DD_SECTION_VERBS);
	assert_int_equal(v->n_verbs, 5);
	assert_null(v->verbs[0].code); /* the block's */
	assert_int_equal(v->verbs[2].n_forms, 2);
	assert_string_equal(v->verbs[2].forms[1].words[0].text, "CLARIFIED");
	assert_string_equal(v->verbs[2].code, "040");
	assert_string_equal(v->verbs[2].note, "own code");
	assert_int_equal(v->verbs[3].phrase.n, 1);
	assert_string_equal(v->verbs[3].code, ""); /* an empty code of its own */
	assert_int_equal(v->verbs[3].conjugate, 0);
	assert_int_equal(v->verbs[4].conjugate, 1); /* "*": the regular forms */
	assert_int_equal(v->verbs[4].n_forms, 0);
	assert_int_equal(v->verbs[0].n_forms, 2);
	assert_string_equal(v->verbs[0].forms[1].words[0].text, "HURRYING");
	assert_int_equal(v->verbs[1].verb_index, 0);
	assert_int_equal(v->verbs[1].phrase.n, 2);
	assert_int_equal(v->verbs[1].forms[0].n, 2);
	assert_int_equal(v->n_patterns, 3);
	p = &v->patterns[0];
	assert_int_equal(p->n, 5);
	assert_int_equal(p->elems[0].kind, DD_E_VERB);
	assert_int_equal(p->elems[1].kind, DD_E_PP_BEGIN);
	assert_string_equal(p->elems[2].text, "TO");
	assert_int_equal(p->elems[4].kind, DD_E_PP_END);
	assert_string_equal(p->code, "154");
	assert_string_equal(p->note, "RUSH");
	p = &v->patterns[1];
	assert_int_equal(p->n, 4);
	assert_int_equal(p->elems[1].joined, 1);
	assert_int_equal(p->elems[2].joined, 1);
	assert_int_equal(p->elems[3].kind, DD_E_TARGET);
	assert_int_equal(p->elems[3].joined, 0);
	p = &v->patterns[2];
	assert_int_equal(p->elems[2].kind, DD_E_SYNSET);
	assert_string_equal(p->elems[2].text, "WEAPON");
	assert_string_equal(p->code, "###"); /* not a note */
	assert_null(p->note);

	assert_int_equal(d->n_verbs, 2);
	assert_int_equal(d->verbs[1].section, DD_SECTION_TIME);
	assert_string_equal(d->verbs[1].verbs[0].phrase.words[1].text, "WEEK");
	assert_string_equal(d->synsets[0].name, "CURRENCY");
	assert_string_equal(d->synsets[0].note, "money");
	assert_int_equal(d->synsets[0].members[0].kind, DD_NAME_SYNONYM);
	assert_int_equal(d->n_discards, 2);
	assert_int_equal(d->discards[0].story, 0);
	assert_null(d->discards[0].code);
	assert_int_equal(d->discards[1].story, 1);
	assert_string_equal(d->discards[1].code, "###");
	assert_string_equal(d->issues[0].category, "EDUCATION");
	assert_string_equal(d->issues[0].attrs, "TYPE=\"ALL\"");
	assert_string_equal(d->issues[0].raw, "n:preschool");
	assert_int_equal(d->n_raws, 5);
	assert_string_equal(d->raws[0].text, "SET: ACTOR USAGE = OFF # verbatim");
	assert_int_equal(d->raws[1].kind, DD_RAW_TRANSFORM);
	assert_int_equal(d->raws[4].kind, DD_RAW_PROJECT);
	assert_string_equal(d->raws[4].text, "<actorsfile> x.actors");
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

static const char malformed[] =
	"dyad-dictionary 1\n"                       /* 1 */
	"actor A\n"                                  /* 2 */
	"  code X 2001-13-01..2002-01-01\n"          /* 3 */
	"  code Y <01-02-03\n"                       /* 4 */
	"  bogus Y\n"                                /* 5 */
	"frobnicate Z\n"                             /* 6 */
	"  name Q\n"                                 /* 7: under a dropped header */
	"agent FOREIGN MINISTER\n"                   /* 8 */
	"verb V => 010\n"                            /* 9 */
	"  pattern * FOO\n"                          /* 10 */
	"  pattern * (FOO => 020\n"                  /* 11 */
	"  pattern * FOO] => 020\n"                  /* 12 */
	"  actor B\n"                                /* 13 */
	"  form HURRY {HURRIES\n"                    /* 14 */
	"  code X\n"                                 /* 15 */
	"name X\n"                                   /* 16 */
	"agent X =>\n"                               /* 17 */
	"synset TWO WORDS\n"                         /* 18 */
	"actor C\n"                                  /* 19 */
	"  from a.txt:1\n"                           /* 20 */
	"  from b.txt:2\n"                           /* 21 */
	"  note one\n"                               /* 22 */
	"  note two\n"                               /* 23 */
	"  name\n"                                   /* 24 */
	"discard\n"                                  /* 25 */
	"option x\n"                                 /* 26 */
	"  name Y\n"                                 /* 27 */
	"verb W\n"                                   /* 28 */
	"  pattern * | X => 010\n"                   /* 29 */
	"  pattern * & => 010\n"                     /* 30 */
	"actor D\n"                                  /* 31 */
	"  code\n"                                   /* 32 */
	"verb X\n"                                   /* 33 */
	"  section past\n"                           /* 34 */
	"  section time\n"                           /* 35 */
	"  section attrib\n"                         /* 36 */
	"  attrs A=1\n"                              /* 37 */
	"issue Z => 1\n"                             /* 38 */
	"  attrs A\n"                                /* 39 */
	"  attrs B\n"                                /* 40 */
	"  section time\n";                          /* 41 */

static void test_dict_dyadfmt__malformed_lines_are_reported_and_skipped(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d = load(&ctx, "bad.dyad", malformed);
	(void)state;

	assert_string_equal(diags(d),
		"bad.dyad:3: error: bad date '2001-13-01..2002-01-01': expected "
		"YYYY-MM-DD..YYYY-MM-DD, <YYYY-MM-DD or >YYYY-MM-DD\n"
		"bad.dyad:4: error: bad date '<01-02-03': expected YYYY-MM-DD..YYYY-MM-DD, "
		"<YYYY-MM-DD or >YYYY-MM-DD\n"
		"bad.dyad:5: error: unknown keyword 'bogus' in an actor block\n"
		"bad.dyad:6: error: unknown keyword 'frobnicate'\n"
		"bad.dyad:8: error: missing => code in agent 'FOREIGN MINISTER'\n"
		"bad.dyad:10: error: missing => code in pattern '* FOO'\n"
		"bad.dyad:11: error: unbalanced brackets in '* (FOO'\n"
		"bad.dyad:12: error: unbalanced brackets in '* FOO]'\n"
		"bad.dyad:13: error: 'actor' starts an entry: write it at column 0\n"
		"bad.dyad:14: error: missing '}' after the forms in 'HURRY {HURRIES'\n"
		"bad.dyad:15: error: unknown keyword 'code' in a verb block\n"
		"bad.dyad:16: error: 'name' at column 0: attribute lines are indented under their "
		"entry\n"
		"bad.dyad:17: error: missing => code in agent 'X =>'\n"
		"bad.dyad:18: error: bad synset name 'TWO WORDS': expected one word\n"
		"bad.dyad:21: error: more than one 'from' line in this block\n"
		"bad.dyad:23: error: more than one 'note' line in this block\n"
		"bad.dyad:24: error: missing phrase\n"
		"bad.dyad:25: error: missing phrase\n"
		"bad.dyad:27: error: unknown keyword 'name' under 'option' (only 'from' may follow)\n"
		"bad.dyad:29: error: '|' outside [ ] in '* | X'\n"
		"bad.dyad:30: error: missing synset name after '&' in '* &'\n"
		"bad.dyad:32: error: missing code\n"
		"bad.dyad:34: error: bad section 'past': expected verbs, attrib or time\n"
		"bad.dyad:36: error: more than one 'section' line in this block\n"
		"bad.dyad:37: error: unknown keyword 'attrs' in a verb block\n"
		"bad.dyad:40: error: more than one 'attrs' line in this block\n"
		"bad.dyad:41: error: unknown keyword 'section' in an issue block\n");
	assert_int_equal(dyad_dict_error_count(d), 27);
	/* What was good is kept. */
	assert_int_equal(d->n_actors, 3);
	assert_int_equal(d->actors[0].n_codes, 0);
	assert_string_equal(d->actors[1].from.file, "a.txt");
	assert_string_equal(d->actors[1].note, "one");
	assert_int_equal(d->n_agents, 0);
	assert_int_equal(d->n_verbs, 3);
	assert_int_equal(d->verbs[2].section, DD_SECTION_TIME); /* the first one stands */
	assert_int_equal(d->verbs[0].n_patterns, 0);
	assert_int_equal(d->verbs[0].n_verbs, 0);
	assert_int_equal(d->n_issues, 1);
	assert_string_equal(d->issues[0].attrs, "A");
	assert_int_equal(d->n_synsets, 0);
	assert_int_equal(d->n_discards, 0);
	assert_int_equal(d->n_raws, 1);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

static void test_dict_dyadfmt__marker_and_version(void **state)
{
	dyad_ctx *ctx;
	dyad_dict *d;
	static const char v2[] = "dyad-dictionary 2\nactor A\n  code X\n";
	static const char none[] = "# no marker\nactor A\n  code X\n";
	static const char attr[] = "dyad-dictionary 1\n  code X\nactor B\n";
	(void)state;

	d = load(&ctx, "v2.dyad", v2);
	assert_string_equal(diags(d), "v2.dyad:1: error: unsupported dyad dictionary version '2' "
		"(this dyad reads version 1)\n");
	assert_int_equal(d->n_actors, 0);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);

	/* Format forced by the caller: the missing marker is reported, and the
	 * entries are read as version 1. */
	d = new_dict(&ctx);
	assert_int_equal(dyad_dict_load_mem(d, "none.txt", none, strlen(none),
		DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_AUTO), DYAD_OK);
	assert_string_equal(diags(d), "none.txt:2: error: expected 'dyad-dictionary 1' as the "
		"first line\n");
	assert_int_equal(d->n_actors, 1);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);

	d = load(&ctx, "attr.dyad", attr);
	assert_string_equal(diags(d), "attr.dyad:2: error: attribute line 'code' outside a "
		"block\n");
	assert_int_equal(d->n_actors, 1);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
}

static void test_dict_dyadfmt__oom_is_clean(void **state)
{
	long n;
	(void)state;
	for (n = 0;; n++) {
		failing f = { n, 0 };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_dict *d;
		int rc;
		o.alloc = failing_alloc;
		o.alloc_ud = &f;
		if (dyad_ctx_new(&ctx, &o) != DYAD_OK)
			continue;
		if (dyad_dict_new(&d, ctx) != DYAD_OK) {
			dyad_ctx_free(ctx);
			continue;
		}
		rc = dyad_dict_load_mem(d, "fix.dyad", fixture, strlen(fixture), DYAD_DICT_FORMAT_AUTO,
			DYAD_DICT_KIND_AUTO);
		if (rc == DYAD_OK) {
			assert_int_equal(d->n_raws, 5);
			dyad_dict_free(d);
			dyad_ctx_free(ctx);
			assert_int_equal(f.live, 0);
			break;
		}
		assert_int_equal(rc, DYAD_ENOMEM);
		dyad_dict_free(d);
		dyad_ctx_free(ctx);
		assert_int_equal(f.live, 0);
	}
	assert_true(n > 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dict_dyadfmt__roundtrip_every_field),
		cmocka_unit_test(test_dict_dyadfmt__writes_documented_spellings),
		cmocka_unit_test(test_dict_dyadfmt__parses_each_construct),
		cmocka_unit_test(test_dict_dyadfmt__malformed_lines_are_reported_and_skipped),
		cmocka_unit_test(test_dict_dyadfmt__marker_and_version),
		cmocka_unit_test(test_dict_dyadfmt__oom_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
