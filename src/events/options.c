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

void dyad_events__options(dyad_coder *c, const char *const *lines, size_t n)
{
	size_t i;
	c->dialect_tabari = 0;
	c->require_dyad = 1;
	c->agents_alone = 1;
	c->comma_min = 3;
	c->comma_max = 10;
	for (i = 0; i < n; i++) {
		const char *l = skip_ws(lines[i] ? lines[i] : "");
		size_t k;
		/* TABARI commands are "WORD: ..." (manual 8.1.1); PETRARCH's are
		 * "name=value". */
		for (k = 0; isupper((unsigned char)l[k]); k++)
			;
		if (k > 0 && l[k] == ':' && !c->dialect_tabari) {
			c->dialect_tabari = 1;
			c->agents_alone = 0;  /* manual 5.4: only with CONVERT AGENTS */
		}
		if (!strncasecmp(l, "COMPLEX:", 8)) {
			c->complex_verbs = bracket_num(l, "VERBS");
			c->complex_conj = bracket_num(l, "CONJ");
			c->noactprior = strstr(l, "NOACTPRIOR") != NULL;
		} else if (!strncasecmp(l, "SET:", 4)) {
			const char *v = skip_ws(l + 4);
			if (!strncasecmp(v, "CONVERT AGENT", 13))
				c->agents_alone = truth(v);
		} else if (!strncasecmp(l, "require_dyad", 12)) {
			c->require_dyad = truth(l);
		} else if (!strncasecmp(l, "comma_", 6)) {
			/* PETRARCH comma_emax etc.: 0 turns comma elimination off */
			const char *eq = strchr(l, '=');
			if (eq && !strncasecmp(l, "comma_emax", 10))
				c->comma_max = (unsigned)strtoul(skip_ws(eq + 1), NULL, 10);
		}
	}
}
