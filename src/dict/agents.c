/*
 * Agent dictionaries, TABARI (.agents, manual 5.4) and PETRARCH
 * (*.agents.txt), read into dd_agent entries and written back.
 *
 * "PHRASE [~GOV]" adds GOV after the actor's code, "PHRASE [NGO~]" before
 * it; a code without "~" is an error (manual 5.2.4). PETRARCH extras
 * (docs "Agent Dictionary", PETRreader.read_agent_dictionary):
 *  - "PHRASE {PLURAL} [~X]": an irregular plural, kept as a synonym name
 *    with note "plural"; "{}" means no plural. Regular plurals need no
 *    name (the model's endings on the last word cover -S/-ES) except the
 *    -Y → -IES one PETRARCH also generates, which is added as a "plural"
 *    name; the writer puts it back in {…}, or writes "{}" after a -Y word
 *    that has none, so a re-read gives the same names.
 *  - "!PERSON! = MAN, MEN, …" defines a substitution set and
 *    "CATTLE!PERSON! [~AGR]" stands for one phrase per member: the agent
 *    gets them all as names (no plurals, as in PETRARCH); the writer prints
 *    them expanded, one line each.
 * Text after the code block that is not a comment — GLOBALNET's legacy
 * numeric agent codes, "OPPOSITION_FORCES [~OPPUAF] [~2034]" — is kept at
 * the start of the note ("[~2034]", or "[~2034] ; comment"); the writers
 * print a note starting with "[" back after the code without a comment
 * mark, so the line survives a round trip unchanged.
 */
#include <string.h>

#include "ctx_internal.h"
#include "nouns.h"

#define MAX_SETS 64
#define MAX_NAMES 64

typedef struct subst {
	const char *name, *list; /* spans into the file's buffer */
	size_t name_len, list_len;
} subst;

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* "!NAME! = A, B, C" */
static int define_set(dyad_dict *d, dd_origin at, const char *s, size_t n, subst *sets,
	size_t *n_sets)
{
	const char *a = memchr(s, '!', n), *b, *eq;
	int rc = DYAD_OK;
	size_t i;
	b = a ? memchr(a + 1, '!', (size_t)(s + n - a - 1)) : NULL;
	eq = b ? memchr(b, '=', (size_t)(s + n - b)) : NULL;
	if (!eq || b == a + 1) {
		DD_DIAG(d, rc, 1, at, "substitution set '%.*s' is not '!NAME! = A, B, …'; dropped",
			(int)n, s);
		return rc;
	}
	for (i = 0; i < *n_sets; i++)
		if (sets[i].name_len == (size_t)(b - a + 1) && !memcmp(sets[i].name, a, sets[i].name_len))
			break; /* a new definition replaces the old, as in PETRARCH */
	if (i == MAX_SETS) {
		DD_DIAG(d, rc, 1, at, "more than %d substitution sets; '%.*s' dropped", MAX_SETS,
			(int)n, s);
		return rc;
	}
	sets[i].name = a;
	sets[i].name_len = (size_t)(b - a + 1);
	sets[i].list = eq + 1;
	sets[i].list_len = (size_t)(s + n - eq - 1);
	if (i == *n_sets)
		(*n_sets)++;
	return rc;
}

/* Parse s as a phrase into names[*n]; 1 ok, 0 rejected, DYAD_ENOMEM. */
static int add(dyad_dict *d, dd_origin at, const char *s, size_t n, dd_name *names,
	uint32_t *count, uint8_t kind, const char *note)
{
	int rc = DYAD_OK, r;
	dd_name *nm;
	if (*count == MAX_NAMES) {
		DD_DIAG(d, rc, 1, at, "more than %d forms of one agent; '%.*s' dropped", MAX_NAMES,
			(int)n, s);
		return rc < 0 ? rc : 0;
	}
	nm = &names[*count];
	memset(nm, 0, sizeof *nm);
	r = dyad_dict__phrase_tabari(d, &nm->phrase, s, n);
	if (r == DYAD_ENOMEM)
		return r;
	if (r < 0) {
		DD_DIAG(d, rc, 1, at, "empty or overlong phrase '%.*s'; entry dropped", (int)n, s);
		return rc < 0 ? rc : 0;
	}
	nm->kind = kind;
	nm->note = note;
	nm->origin = at;
	(*count)++;
	return 1;
}

/* One name per member of the set named in phrase s. */
static int expand(dyad_dict *d, dd_origin at, const char *s, size_t n, const subst *sets,
	size_t n_sets, dd_name *names, uint32_t *count)
{
	const char *a = memchr(s, '!', n), *b = memchr(a + 1, '!', (size_t)(s + n - a - 1));
	const char *m, *end, *t;
	size_t i;
	int rc = DYAD_OK, extra = 0;

	for (i = 0; b && i < n_sets; i++)
		if (sets[i].name_len == (size_t)(b - a + 1) && !memcmp(sets[i].name, a, sets[i].name_len))
			break;
	if (!b || i == n_sets) {
		DD_DIAG(d, rc, 1, at, "undefined substitution set in '%.*s'; entry dropped", (int)n, s);
		return rc;
	}
	m = sets[i].list;
	end = m + sets[i].list_len;
	/* Phoenix has "…AND_AD!MINIST!RATIVE_REFORM" after a search and
	 * replace: PETRARCH expands the first marker only, leaving a word
	 * that never matches; the "!"s of later ones are dropped instead,
	 * which gives the word meant. */
	while (m < end) {
		const char *c = memchr(m, ',', (size_t)(end - m)), *e = c ? c : end;
		char tmp[512];
		const char *w = m;
		size_t wn = (size_t)(e - m), k;
		int ok;
		trim(&w, &wn);
		m = c ? c + 1 : end;
		if (wn == 0)
			continue;
		k = (size_t)(a - s) + wn + (size_t)(s + n - b - 1);
		if (k >= sizeof tmp) {
			DD_DIAG(d, rc, 1, at, "expansion of '%.*s' too long; dropped", (int)n, s);
			return rc;
		}
		memcpy(tmp, s, (size_t)(a - s));
		memcpy(tmp + (a - s), w, wn);
		k = (size_t)(a - s) + wn;
		for (t = b + 1; t < s + n; t++)
			if (*t != '!')
				tmp[k++] = *t;
			else
				extra = 1;
		ok = add(d, at, tmp, k, names, count, *count ? DD_NAME_SYNONYM : DD_NAME_PRIMARY, NULL);
		if (ok <= 0)
			return ok < 0 ? ok : rc;
	}
	if (extra)
		DD_DIAG(d, rc, 0, at, "'%.*s' has more than one substitution marker: only the first is "
			"expanded, the '!'s of the others are dropped", (int)n, s);
	return rc;
}

/* The code block "~GOV" / "NGO~" into a. 1 ok, 0 rejected. */
static int agent_code(dyad_dict *d, dd_origin at, const char *in, size_t n, dd_agent *a)
{
	int rc = DYAD_OK;
	if (n > 0 && in[0] == '~') {
		a->code = dyad_dict__str(d, in + 1, n - 1, 0);
	} else if (n > 0 && in[n - 1] == '~') {
		a->prefix = 1;
		a->code = dyad_dict__str(d, in, n - 1, 0);
	} else {
		DD_DIAG(d, rc, 1, at, "agent code '[%.*s]' lacks the '~' connector (TABARI 5.2.4); "
			"entry dropped", (int)n, in);
		return rc < 0 ? rc : 0;
	}
	a->raw_code = dyad_dict__str(d, in, n, 0);
	if (!a->code || !a->raw_code)
		return DYAD_ENOMEM;
	if (!a->code[0] || strchr(a->code, '~') || strchr(a->code, ' ') || strchr(a->code, '\t')) {
		DD_DIAG(d, rc, 1, at, "malformed agent code '[%.*s]'; entry dropped", (int)n, in);
		return rc < 0 ? rc : 0;
	}
	return 1;
}

/* The note: text after the code block (legacy codes) then the comment. */
static const char *tail_note(dyad_dict *d, const char *t, size_t tn, const dd_nline *ln, int pet,
	int *rc)
{
	char buf[1024];
	int k;
	trim(&t, &tn);
	if (!tn)
		return dyad_dict__noun_span(d, ln->note, ln->note_len, rc);
	if (!ln->note)
		return dyad_dict__noun_span(d, t, tn, rc);
	k = snprintf(buf, sizeof buf, "%.*s %c %.*s", (int)tn, t, pet ? '#' : ';', (int)ln->note_len,
		ln->note);
	return dyad_dict__noun_span(d, buf, k < 0 ? 0 : (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1,
		rc);
}

static int entry(dyad_dict *d, dd_origin at, const dd_nline *ln, int pet, const subst *sets,
	size_t n_sets)
{
	const char *s = ln->body, *o = memchr(s, '[', ln->body_len), *q, *in, *junk, *br;
	size_t n = ln->body_len, pn, in_len, junk_len;
	dd_name names[MAX_NAMES];
	uint32_t count = 0;
	dd_agent ag, *slot;
	int rc = DYAD_OK, r, brace, ok;
	uint32_t w;

	if (!o) {
		/* PETRARCH only warns and skips such a line: nothing it codes is
		 * lost, so it is a warning there and an error in TABARI (5.2.4). */
		DD_DIAG(d, rc, !pet, at, "agent '%.*s' has no [code]; skipped", (int)n, s);
		return rc;
	}
	memset(&ag, 0, sizeof ag);
	q = o;
	r = dyad_dict__noun_bracket(&q, s + n, &in, &in_len, &junk, &junk_len, &brace);
	if (r < 0 && !brace) {
		DD_DIAG(d, rc, 1, at, "missing ']' after '[%.*s'; entry dropped", (int)in_len, in);
		return rc;
	}
	if (r < 0)
		DD_DIAG(d, rc, 0, at, "'[%.*s}' read as '[%.*s]'", (int)in_len, in, (int)in_len, in);
	if ((ok = agent_code(d, at, in, in_len, &ag)) <= 0)
		return ok < 0 ? ok : rc;
	ag.note = tail_note(d, q, (size_t)(s + n - q), ln, pet, &rc);
	ag.origin = at;
	pn = (size_t)(o - s);
	br = memchr(s, '{', pn);
	if (br) {
		const char *cl = memchr(br, '}', pn - (size_t)(br - s));
		if (!cl) {
			DD_DIAG(d, rc, 1, at, "missing '}' in '%.*s'; entry dropped", (int)pn, s);
			return rc;
		}
		pn = (size_t)(br - s);
	}
	trim(&s, &pn);
	if (pet && memchr(s, '!', pn))
		ok = expand(d, at, s, pn, sets, n_sets, names, &count);
	else
		ok = add(d, at, s, pn, names, &count, DD_NAME_PRIMARY, NULL);
	if (ok < 0)
		return ok;
	if (count == 0)
		return rc;
	if (br) {
		const char *pl = br + 1;
		size_t pln = (size_t)((const char *)memchr(br, '}', (size_t)(o - br)) - pl);
		uint32_t j;
		trim(&pl, &pln);
		/* "{}": PETRARCH generates no plural, so the phrase takes no
		 * ending ("POLICE {}" does not match "polices") */
		for (j = 0; pet && !pln && j < count; j++)
			if (names[j].phrase.n)
				names[j].phrase.words[names[j].phrase.n - 1].mode = DD_LITERAL;
		if (pln && (ok = add(d, at, pl, pln, names, &count, DD_NAME_SYNONYM, "plural")) < 0)
			return ok;
	} else if (pet && !memchr(s, '!', pn)) {
		/* PETRARCH's regular -Y → -IES plural, the one no ending covers. */
		size_t k = pn;
		while (k > 0 && s[k - 1] == '_')
			k--;
		if (k > 1 && (s[k - 1] == 'Y' || s[k - 1] == 'y') && pn + 2 < 512) {
			char tmp[512];
			memcpy(tmp, s, k - 1);
			memcpy(tmp + k - 1, "IES", 3);
			memcpy(tmp + k + 2, s + k, pn - k);
			if ((ok = add(d, at, tmp, pn + 2, names, &count, DD_NAME_SYNONYM, "plural")) < 0)
				return ok;
		}
	}
	/* PETRARCH "works with complete words": an unmarked last word is the
	 * whole word, with the regular plural it generates (the model's
	 * endings) unless "{…}" lists the plural or "{}" refuses one, or the
	 * names come from a substitution set; then the names are all there is. */
	for (w = 0; pet && w < count; w++) {
		dd_word *lw = &names[w].phrase.words[names[w].phrase.n - 1];
		if (lw->mode == DD_STEM)
			lw->mode = br || memchr(s, '!', pn) ? DD_LITERAL : DD_EXACT;
	}
	ag.n_names = count;
	ag.names = dyad_arena_alloc(d->arena, count * sizeof *ag.names);
	if (!ag.names)
		return dyad__oom(d->ctx);
	memcpy(ag.names, names, count * sizeof *names);
	if (!(slot = DD_PUSH(d, agents)))
		return DYAD_ENOMEM;
	*slot = ag;
	return rc;
}

/* "+PHRASE" after an agent: one more name for it. */
static int synonym(dyad_dict *d, dd_origin at, const dd_nline *ln, uint32_t first_agent)
{
	dd_agent *a;
	dd_name nm, *names;
	uint32_t one = 0;
	int rc = DYAD_OK, ok;
	const char *note;

	if (d->n_agents == first_agent) {
		DD_DIAG(d, rc, 1, at, "synonym '%.*s' has no agent before it; dropped",
			(int)ln->body_len, ln->body);
		return rc;
	}
	note = dyad_dict__noun_span(d, ln->note, ln->note_len, &rc);
	if ((ok = add(d, at, ln->body + 1, ln->body_len - 1, &nm, &one, DD_NAME_SYNONYM, note)) <= 0)
		return ok < 0 ? ok : rc;
	a = &d->agents[d->n_agents - 1];
	names = dyad_arena_grow(d->arena, a->names, a->n_names * sizeof *names,
		(a->n_names + 1) * sizeof *names);
	if (!names)
		return dyad__oom(d->ctx);
	names[a->n_names++] = nm;
	a->names = names;
	return rc;
}

int dyad_dict__read_agents(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	dyad_dict_format format)
{
	int pet = format == DYAD_DICT_FORMAT_PETRARCH, rc = DYAD_OK;
	subst sets[MAX_SETS];
	size_t n_sets = 0;
	uint32_t first = d->n_agents;
	dd_nlines it;
	dd_nline ln;

	dyad_dict__noun_lines_init(&it, file, buf, len, pet);
	while (rc >= 0 && dyad_dict__noun_lines_next(&it, &ln)) {
		dd_origin at = { file, it.line };
		if (dyad_dict__noun_finish(ln.body, ln.body_len))
			break;
		if (pet && ln.body[0] == '!' && memchr(ln.body, '=', ln.body_len) &&
			!memchr(ln.body, '[', ln.body_len))
			rc = define_set(d, at, ln.body, ln.body_len, sets, &n_sets);
		else if (ln.body[0] == '+')
			rc = synonym(d, at, &ln, first);
		else
			rc = entry(d, at, &ln, pet, sets, n_sets);
	}
	return rc < 0 ? rc : DYAD_OK;
}

static int ends_y(const dd_phrase *p)
{
	const char *w = p->n ? p->words[p->n - 1].text : "";
	size_t k = strlen(w);
	return k > 0 && (w[k - 1] == 'Y' || w[k - 1] == 'y');
}

static void put_tail(FILE *f, const dd_agent *a, int pet)
{
	if (a->raw_code)
		fprintf(f, " [%s]", a->raw_code);
	else
		fprintf(f, a->prefix ? " [%s~]" : " [~%s]", a->code);
	if (a->note)
		fprintf(f, a->note[0] == '[' ? " %s" : pet ? " # %s" : " ; %s", a->note);
	fputc('\n', f);
}

#define SPELL 256

/* A PETRARCH substitution set holding an agent's names (all but the one
 * written in {…}): the spelled names share prefix[0..pre) and a suffix of
 * suf bytes; the members are the middles. 0 when the names do not fit
 * (a middle with "," or "!", a marker character around it, too long). */
typedef struct subset {
	char names[MAX_NAMES][SPELL];
	size_t len[MAX_NAMES], pre, suf;
	uint32_t n;
} subset;

static int make_set(const dd_agent *a, uint32_t plural, subset *z)
{
	uint32_t j, k;
	int again = 1;

	z->n = 0;
	for (j = 0; j < a->n_names && j < MAX_NAMES; j++) {
		FILE *m;
		if (j == plural && j)
			continue;
		m = fmemopen(z->names[z->n], SPELL, "w");
		if (!m)
			return 0;
		dyad_dict__noun_put_phrase(m, &a->names[j].phrase);
		z->len[z->n] = (size_t)ftell(m);
		fclose(m);
		if (z->len[z->n] >= SPELL - 1)
			return 0;
		z->n++;
	}
	if (z->n < 2 || j < a->n_names)
		return 0;
	z->pre = z->len[0];
	z->suf = z->len[0];
	for (k = 1; k < z->n; k++) {
		size_t p = 0, q = 0;
		while (p < z->pre && p < z->len[k] && z->names[k][p] == z->names[0][p])
			p++;
		while (q < z->suf && q < z->len[k] &&
			z->names[k][z->len[k] - 1 - q] == z->names[0][z->len[0] - 1 - q])
			q++;
		z->pre = p;
		z->suf = q;
	}
	while (again) { /* every middle must be non-empty */
		again = 0;
		for (k = 0; k < z->n; k++)
			if (z->pre + z->suf >= z->len[k]) {
				if (!z->pre && !z->suf)
					return 0; /* two names spelled alike */
				if (z->suf)
					z->suf--;
				else
					z->pre--;
				again = 1;
			}
	}
	for (k = 0; k < z->n; k++) {
		const char *s = z->names[k];
		size_t i;
		for (i = 0; i < z->len[k]; i++)
			if ((s[i] && strchr("!{}[]#;<", s[i])) || (s[i] == ',' && i >= z->pre &&
				i < z->len[k] - z->suf))
				return 0;
	}
	return 1;
}

int dyad_dict__write_agents(const dyad_dict *d, FILE *f, dyad_dict_format format)
{
	int pet = format == DYAD_DICT_FORMAT_PETRARCH;
	uint32_t i, j;
	subset *z = pet ? dyad_ctx_malloc(d->ctx, sizeof *z) : NULL;

	if (pet && !z)
		return DYAD_ENOMEM;
	for (i = 0; i < d->n_agents; i++) {
		const dd_agent *a = &d->agents[i];
		uint32_t plural = 0; /* index of the name written in {…}, 0: none */
		int set;
		if (a->n_names == 0)
			continue;
		for (j = 1; pet && j < a->n_names && !plural; j++)
			if (a->names[j].note && !strcmp(a->names[j].note, "plural"))
				plural = j;
		/* PETRARCH has no synonym lines, but a substitution set keeps an
		 * agent's names in one entry (one marker, redefined each time). */
		set = pet && a->n_names > 1 + (plural != 0) && make_set(a, plural, z);
		if (set) {
			fputs("!DYAD! = ", f);
			for (j = 0; j < z->n; j++)
				fprintf(f, "%s%.*s", j ? ", " : "", (int)(z->len[j] - z->pre - z->suf),
					z->names[j] + z->pre);
			fprintf(f, "\n%.*s!DYAD!%s", (int)z->pre, z->names[0],
				z->names[0] + z->len[0] - z->suf);
		} else {
			dyad_dict__noun_put_phrase(f, &a->names[0].phrase);
		}
		if (pet) {
			if (plural) {
				fputs(" {", f);
				dyad_dict__noun_put_phrase(f, &a->names[plural].phrase);
				fputc('}', f);
			} else if (!set && ends_y(&a->names[0].phrase)) {
				fputs(" {}", f); /* no -IES plural to regenerate */
			}
		}
		put_tail(f, a, pet);
		for (j = 1; j < a->n_names && !set; j++) {
			if (j == plural)
				continue;
			dyad_dict__noun_put_phrase(f, &a->names[j].phrase);
			if (pet && ends_y(&a->names[j].phrase))
				fputs(" {}", f);
			put_tail(f, a, pet); /* a line of its own: it keeps the note */
		}
	}
	if (!pet)
		fputs("~FINISH\n", f);
	dyad_ctx_free_mem(d->ctx, z, sizeof *z);
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}
