/*
 * Hand-built dictionary sets for the matcher and cache tests: entries are
 * pushed into a dyad_dict directly (model.h), not read through the file
 * readers, so these tests pin the compiler and matcher alone.
 */
#ifndef DYAD_TEST_MATCHER_FIXTURE_H
#define DYAD_TEST_MATCHER_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "dyad/date.h"
#include "dict/matcher_internal.h"
#include "dict/model.h"

static dd_phrase fx_phrase(dyad_dict *d, const char *spelling)
{
	dd_phrase ph;
	assert_int_equal(dyad_dict__phrase_tabari(d, &ph, spelling, strlen(spelling)), DYAD_OK);
	return ph;
}

static dd_name *fx_names(dyad_dict *d, const char *const *spellings, uint32_t *n, unsigned line)
{
	uint32_t i, k = 0;
	dd_name *names;
	while (spellings[k])
		k++;
	names = dyad_arena_calloc(d->arena, k, sizeof *names);
	assert_non_null(names);
	for (i = 0; i < k; i++) {
		names[i].phrase = fx_phrase(d, spellings[i]);
		names[i].kind = i ? DD_NAME_SYNONYM : DD_NAME_PRIMARY;
		names[i].origin.line = line + i;
	}
	*n = k;
	return names;
}

/* One code in TABARI bracket syntax: "EGY", "EGY <911231", "UNO >920101",
 * "UNO 920101-991231". "<D" is valid up to and including D (manual 6.5.2). */
static void fx_code(dyad_dict *d, dd_code *c, const char *spec, unsigned line)
{
	const char *sp = strchr(spec, ' ');
	int32_t a, b;
	c->origin.line = line;
	c->from = DD_DAY_MIN;
	c->to = DD_DAY_MAX;
	c->datekind = DD_UNDATED;
	c->code = dyad_dict__str(d, spec, sp ? (size_t)(sp - spec) : strlen(spec), 0);
	if (!sp)
		return;
	sp++;
	if (*sp == '<') {
		assert_int_equal(dyad_dict__date_days(&a, sp + 1, strlen(sp + 1)), 0);
		c->datekind = DD_BEFORE;
		c->to = a;
	} else if (*sp == '>') {
		assert_int_equal(dyad_dict__date_days(&a, sp + 1, strlen(sp + 1)), 0);
		c->datekind = DD_AFTER;
		c->from = a;
	} else {
		const char *dash = strchr(sp, '-');
		assert_non_null(dash);
		assert_int_equal(dyad_dict__date_days(&a, sp, (size_t)(dash - sp)), 0);
		assert_int_equal(dyad_dict__date_days(&b, dash + 1, strlen(dash + 1)), 0);
		c->datekind = DD_RANGE;
		c->from = a;
		c->to = b;
	}
}

/* An actor with NULL-terminated lists of phrases and code specs. */
static void fx_actor(dyad_dict *d, const char *const *phrases, const char *const *codes, unsigned line)
{
	dd_actor *a = DD_PUSH(d, actors);
	uint32_t i, k = 0;
	assert_non_null(a);
	a->origin.line = line;
	a->names = fx_names(d, phrases, &a->n_names, line);
	while (codes[k])
		k++;
	a->codes = dyad_arena_calloc(d->arena, k ? k : 1, sizeof *a->codes);
	assert_non_null(a->codes);
	for (i = 0; i < k; i++)
		fx_code(d, &a->codes[i], codes[i], line + 1 + i);
	a->n_codes = k;
}

#define FX_L(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define FX_ACTOR(d, line, phrases, codes) fx_actor(d, phrases, codes, line)

static void fx_agent(dyad_dict *d, const char *const *phrases, const char *code, int prefix,
	unsigned line)
{
	dd_agent *a = DD_PUSH(d, agents);
	assert_non_null(a);
	a->origin.line = line;
	a->names = fx_names(d, phrases, &a->n_names, line);
	a->code = dyad_dict__str(d, code, strlen(code), 0);
	a->prefix = (uint8_t)prefix;
}

/* A verb block: forms[0] is the verb, the rest its irregular forms;
 * patterns are "word word ... = CODE" with $ + * &SET recognised. */
static dd_verb *fx_verb(dyad_dict *d, const char *name, const char *code, const char *const *verbs,
	const char *const *forms, const char *const *patterns, unsigned line)
{
	dd_verb *v = DD_PUSH(d, verbs);
	uint32_t i, k = 0, j;
	assert_non_null(v);
	v->name = dyad_dict__str(d, name, strlen(name), 0);
	v->code = dyad_dict__str(d, code, strlen(code), 0);
	v->origin.line = line;
	while (verbs[k])
		k++;
	v->verbs = dyad_arena_calloc(d->arena, k, sizeof *v->verbs);
	for (i = 0; i < k; i++) {
		dd_verbform *f = &v->verbs[i];
		f->phrase = fx_phrase(d, verbs[i]);
		f->origin.line = line + i;
		if (i == 0 && forms) {
			uint32_t nf = 0;
			while (forms[nf])
				nf++;
			f->forms = dyad_arena_calloc(d->arena, nf ? nf : 1, sizeof *f->forms);
			for (j = 0; j < nf; j++)
				f->forms[j] = fx_phrase(d, forms[j]);
			f->n_forms = nf;
		}
	}
	v->n_verbs = k;
	k = 0;
	while (patterns && patterns[k])
		k++;
	v->patterns = dyad_arena_calloc(d->arena, k ? k : 1, sizeof *v->patterns);
	for (i = 0; i < k; i++) {
		dd_pattern *p = &v->patterns[i];
		char tmp[256];
		char *tok, *save = NULL, *eq;
		strcpy(tmp, patterns[i]);
		eq = strchr(tmp, '=');
		*eq++ = '\0';
		while (*eq == ' ')
			eq++;
		p->code = dyad_dict__str(d, eq, strlen(eq), 0);
		p->elems = dyad_arena_calloc(d->arena, 16, sizeof *p->elems);
		p->origin.line = line + 100 + i;
		for (tok = strtok_r(tmp, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
			dd_elem *e = &p->elems[p->n++];
			if (!strcmp(tok, "$"))
				e->kind = DD_E_SOURCE;
			else if (!strcmp(tok, "+"))
				e->kind = DD_E_TARGET;
			else if (!strcmp(tok, "*"))
				e->kind = DD_E_VERB;
			else if (tok[0] == '&') {
				e->kind = DD_E_SYNSET;
				e->text = dyad_dict__str(d, tok + 1, strlen(tok + 1), 0);
			} else {
				e->kind = DD_E_WORD;
				e->mode = DD_EXACT;
				e->text = dyad_dict__str(d, tok, strlen(tok), 1);
			}
		}
	}
	v->n_patterns = k;
	return v;
}

static void fx_synset(dyad_dict *d, const char *name, const char *const *members, unsigned line)
{
	dd_synset *s = DD_PUSH(d, synsets);
	assert_non_null(s);
	s->name = dyad_dict__str(d, name, strlen(name), 0);
	s->origin.line = line;
	s->members = fx_names(d, members, &s->n_members, line + 1);
}

static inline int32_t fx_day(int y, int m, int dd)
{
	return (int32_t)dyad_date_days(y, m, dd);
}

/* Split text at spaces into words (up to 31) held in buf. */
typedef struct fx_words {
	char buf[512];
	const char *w[32];
	size_t n;
} fx_words;

/* Words in text, independently of fx_split (so that both can be
 * arguments of one call, whose evaluation order is unspecified). */
static inline size_t fx_nwords(const char *text)
{
	size_t n = 0;
	for (; *text; text++)
		n += *text != ' ' && (text[1] == ' ' || !text[1]);
	return n;
}

static const char *const *fx_split(fx_words *t, const char *text)
{
	char *p;
	t->n = 0;
	strncpy(t->buf, text, sizeof t->buf - 1);
	t->buf[sizeof t->buf - 1] = '\0';
	for (p = t->buf; *p && t->n < 32;) {
		while (*p == ' ')
			*p++ = '\0';
		if (!*p)
			break;
		t->w[t->n++] = p;
		while (*p && *p != ' ')
			p++;
	}
	return t->w;
}

/* The set used across tests: actors (dated and undated), agents, verbs
 * with patterns and synsets, a discard and an issue. */
static dyad_dict *fx_sample(dyad_ctx *ctx)
{
	dyad_dict *d;
	uint32_t file;
	dd_discard *x;
	dd_issue *is;

	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	assert_int_equal(dyad_dict__add_file(d, &file, "sample.actors"), DYAD_OK);
	FX_ACTOR(d, 10, FX_L("UNITED_STATES_", "AMERICA_", "U.S._"), FX_L("USA"));
	FX_ACTOR(d, 20, FX_L("UNITED_STATES_ARMY_"), FX_L("USAMIL"));
	FX_ACTOR(d, 30, FX_L("TOUR"), FX_L("TUR"));
	FX_ACTOR(d, 40, FX_L("HEAD_"), FX_L("HED"));
	FX_ACTOR(d, 50, FX_L("CITY="), FX_L("CIT"));
	FX_ACTOR(d, 60, FX_L("PEACE"), FX_L("PCS"));
	FX_ACTOR(d, 70, FX_L("PEACE_"), FX_L("PCE"));
	FX_ACTOR(d, 80, FX_L("BORDER_GUARD_"), FX_L("BRD"));
	FX_ACTOR(d, 90, FX_L("VLADIMIR_PUTIN_"), FX_L("RUSGOV"));
	FX_ACTOR(d, 100, FX_L("BOUTROS_GHALI_"), FX_L("EGY <911231", "UNO 920101-991231", "EGYGOV >000601"));
	FX_ACTOR(d, 110, FX_L("OLD_POLITICIAN_"),
		FX_L("XXXGOV 600101-651231", "XXXOPP 660101-851231", "XXXELI 500101-050630", "---"));
	FX_ACTOR(d, 120, FX_L("EAST_GERMANY_"), FX_L("GME <901103"));
	FX_ACTOR(d, 130, FX_L("NAMELESS_"), FX_L("AAA 800101-801231", "BBB 900101-901231"));
	fx_agent(d, FX_L("PRESIDENT_", "HEAD_OF_STATE_"), "GOV", 0, 200);
	fx_agent(d, FX_L("AID_GROUP_"), "NGO", 1, 210);
	fx_synset(d, "CURRENCY", FX_L("DOLLAR", "EURO_", "POUND_STERLING_"), 300);
	fx_verb(d, "SAY", "010", FX_L("SAY_"), FX_L("SAID_", "SAYS_"),
		FX_L("$ * + = 012", "* &CURRENCY = 013", "* &NOSUCH = 014"), 400);
	fx_verb(d, "CARRY OUT", "---", FX_L("CARRY_OUT_"), FX_L("CARRIED_OUT_"), NULL, 500);
	fx_verb(d, "ATTACK", "190", FX_L("ATTACK"), NULL, FX_L("$ * + = 190"), 600);
	x = DD_PUSH(d, discards);
	x->phrase = fx_phrase(d, "SOCCER_");
	x->story = 1;
	x->origin.line = 700;
	is = DD_PUSH(d, issues);
	is->phrase = fx_phrase(d, "HUMAN_RIGHTS_");
	is->code = dyad_dict__str(d, "HUMRIGHTS", 9, 0);
	is->origin.line = 800;
	return d;
}

#endif
