/*
 * Coder options: the TABARI .options commands (manual chapter 8) and
 * PETRARCH config settings the coder acts on, read in order so that a
 * later line overrides an earlier one. Unknown lines are ignored (the
 * header promises as much: dictionaries carry options for other tools).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder_internal.h"
#include "dict/matcher_internal.h"
#include "dict/model.h"

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* "NAME[5]" inside a COMPLEX: line, 0 when absent. */
static unsigned bracket_num(const char *line, const char *name)
{
	const char *p = strstr(line, name);
	if (!p)
		return 0;
	p += strlen(name);
	p = skip_ws(p);
	return *p == '[' ? (unsigned)strtoul(p + 1, NULL, 10) : 0;
}

static int truth(const char *s)
{
	const char *eq = strchr(s, '=');
	s = skip_ws(eq ? eq + 1 : s);
	return !strncasecmp(s, "TRUE", 4) || !strncasecmp(s, "ON", 2) || *s == '1';
}

/* The code in brackets after `key` ("SOURCE [USA]" or "SOURCE: [USA]"),
 * upper-cased, into out[16]; "" when absent (manual 8.5). Returns the
 * position after the "]", or NULL. */
static const char *default_code(char *out, const char *line, const char *key)
{
	const char *p = strstr(line, key), *e;
	size_t n = 0;
	if (!p)
		return NULL; /* not named: the setting stays */
	out[0] = 0;
	p = skip_ws(p + strlen(key));
	if (*p == ':')
		p = skip_ws(p + 1);
	if (*p != '[' || !(e = strchr(p, ']')))
		return NULL;
	for (p = skip_ws(p + 1); p < e && n < 15 && *p != ' '; p++)
		out[n++] = (char)toupper((unsigned char)*p);
	out[n] = 0;
	return e + 1;
}

/* Is `word` the next word at p? */
static int next_word(const char *p, const char *word)
{
	size_t n = strlen(word);
	p = p ? skip_ws(p) : "";
	return !strncasecmp(p, word, n) && !isalnum((unsigned char)p[n]);
}

/* "NAME = n" in a COMMA: line, NAME a whole word ("MIN" is not the end of
 * "EMIN"); *out unchanged when absent. */
static void comma_value(unsigned *out, const char *line, const char *name)
{
	const char *p = line;
	size_t n = strlen(name);
	while ((p = strstr(p, name)) != NULL) {
		const char *q = skip_ws(p + n);
		if ((p == line || !isalpha((unsigned char)p[-1])) && *q == '=') {
			*out = (unsigned)strtoul(skip_ws(q + 1), NULL, 10);
			return;
		}
		p += n;
	}
}

void dyad_events__options(dyad_coder *c, const char *const *lines, size_t n)
{
	size_t i;
	c->dialect_tabari = 0;
	c->forward = 0;
	c->fwd_format[0] = '\0';
	c->require_dyad = 1;
	c->dyad_rules = 0;
	c->new_actor_length = 0;
	c->agents_alone = 1;
	/* PETRARCH's defaults (its config.ini: internal and terminal clauses
	 * of 2 to 8 words), TABARI's when its options are given (8.6) */
	c->comma_min = c->comma_emin = 2;
	c->comma_max = c->comma_emax = 8;
	c->comma_bmin = 128;  /* BMIN > BMAX: an opening clause is kept (8.6) */
	c->comma_bmax = 0;
	/* time shifting is on when the dictionary has <TIME> phrases (8.2.9) */
	c->time_shift = 0;
	for (i = 0; c->m && i < c->m->n[DM_S_VERBS] && !c->time_shift; i++)
		c->time_shift = c->m->verbs[i].section == DD_SECTION_TIME;
	for (i = 0; i < n; i++) {
		const char *l = skip_ws(lines[i] ? lines[i] : "");
		size_t k;
		/* TABARI commands are "WORD: ..." (manual 8.1.1); PETRARCH's are
		 * "name=value". */
		for (k = 0; isupper((unsigned char)l[k]); k++)
			;
		if (k > 0 && l[k] == ':' && !c->dialect_tabari) {
			c->dialect_tabari = 1;
			c->comma_min = c->comma_emin = 3;
			c->comma_max = c->comma_emax = 10;
			c->min_words = 8;     /* manual 8.2.3: the default */
			c->agents_alone = 0;  /* manual 5.4: only with CONVERT AGENTS */
		}
		if (!strncasecmp(l, "COMPLEX:", 8)) {
			c->complex_verbs = bracket_num(l, "VERBS");
			c->complex_conj = bracket_num(l, "CONJ");
			c->noactprior = strstr(l, "NOACTPRIOR") != NULL;
		} else if (!strncasecmp(l, "DEFAULT:", 8)) {
			/* DEFAULT: OFF, or SOURCE [x] <PRIOR> TARGET [y] <AFTER> (8.5) */
			const char *v = skip_ws(l + 8), *p;
			if (next_word(v, "OFF")) {
				c->def_src[0] = c->def_tgt[0] = 0;
				c->def_prior = c->def_after = 0;
				continue;
			}
			if ((p = default_code(c->def_src, v, "SOURCE")) != NULL)
				c->def_prior = next_word(p, "PRIOR");
			if ((p = default_code(c->def_tgt, v, "TARGET")) != NULL)
				c->def_after = next_word(p, "AFTER");
		} else if (!strncasecmp(l, "FORWARD:", 8)) {
			/* FORWARD: format [DOC] [OFF] (8.4): the format says where a
			 * record id holds story and sentence numbers; a story's
			 * sentences reach dyad together, so only OFF matters here */
			const char *v = skip_ws(l + 8);
			size_t fl = strcspn(v, " \t");
			c->forward = 1;
			/* the format, when the first word is one (OFF alone is not) */
			if (fl && fl < sizeof c->fwd_format && strspn(v, "^*NS") == fl) {
				memcpy(c->fwd_format, v, fl);
				c->fwd_format[fl] = '\0';
			}
			while (*v) {
				if (next_word(v, "OFF"))
					c->forward = 0;
				v += strcspn(v, " \t");
				v = skip_ws(v);
			}
		} else if (!strncasecmp(l, "SET:", 4)) {
			const char *v = skip_ws(l + 4);
			if (!strncasecmp(v, "CONVERT AGENT", 13))
				c->agents_alone = truth(v);
			else if (!strncasecmp(v, "MINIMUM WORDS", 13) && strchr(v, '='))
				c->min_words = (unsigned)strtoul(skip_ws(strchr(v, '=') + 1), NULL, 10);
			else if (!strncasecmp(v, "CODE BY SENTENCE", 16))
				c->code_by = DYAD__BY_SENTENCE;
			else if (!strncasecmp(v, "CODE BY CLAUSE", 14))
				c->code_by = DYAD__BY_CLAUSE;
			else if (!strncasecmp(v, "CODE ALL", 8))
				c->code_by = DYAD__BY_ALL;
			else if (!strncasecmp(v, "TIME SHIFT", 10)) /* also SHIFTING */
				c->time_shift = truth(v);
		} else if (!strncasecmp(l, "require_dyad", 12)) {
			c->require_dyad = truth(l);
		} else if (!strncasecmp(l, "dyad_rules", 10)) {
			c->dyad_rules = truth(l);
		} else if (!strncasecmp(l, "new_actor_length", 16)) {
			const char *eq = strchr(l, '=');
			c->new_actor_length = eq ? (unsigned)strtoul(skip_ws(eq + 1), NULL, 10) : 0;
		} else if (!strncasecmp(l, "comma_", 6)) {
			/* PETRARCH comma_emax etc.: 0 turns comma elimination off */
			const char *eq = strchr(l, '=');
			unsigned v = eq ? (unsigned)strtoul(skip_ws(eq + 1), NULL, 10) : 0;
			if (!eq)
				continue;
			if (!strncasecmp(l, "comma_emax", 10))
				c->comma_emax = v;
			else if (!strncasecmp(l, "comma_emin", 10))
				c->comma_emin = v;
			else if (!strncasecmp(l, "comma_bmax", 10))
				c->comma_bmax = v;
			else if (!strncasecmp(l, "comma_bmin", 10))
				c->comma_bmin = v;
			else if (!strncasecmp(l, "comma_max", 9))
				c->comma_max = v;
			else if (!strncasecmp(l, "comma_min", 9))
				c->comma_min = v;
		} else if (!strncasecmp(l, "COMMA:", 6)) {
			/* COMMA: MIN = a MAX = b EMIN = c EMAX = d BMIN = e BMAX = f,
			 * or COMMA: OFF (manual 8.6); a value not given stays */
			const char *v = skip_ws(l + 6);
			if (next_word(v, "OFF")) {
				c->comma_max = c->comma_emax = c->comma_bmax = 0;
				continue;
			}
			comma_value(&c->comma_min, v, "MIN");
			comma_value(&c->comma_max, v, "MAX");
			comma_value(&c->comma_emin, v, "EMIN");
			comma_value(&c->comma_emax, v, "EMAX");
			comma_value(&c->comma_bmin, v, "BMIN");
			comma_value(&c->comma_bmax, v, "BMAX");
		}
	}
}
