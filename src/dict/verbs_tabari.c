/*
 * TABARI .verbs files (manual 5.5-5.7, 10.4-10.5), read into and written
 * from the dictionary model. A file is a list of roots
 *
 *     BREAK_  [1717] ;note
 *     {BROKE_ BROKEN_}
 *     - * TREATY  [161]
 *
 * each with optional irregular forms and "- pattern [code]" lines, plus a
 * <SYNSETS> section of "&NAME" / "+member" lines and <ATTRIB> and <TIME>
 * sections whose roots are read like verbs (dd_verb.section). Comments are
 * "#" or "/" lines and ";" tails; "~FINISH" ends the file (manual 5.2).
 */
#include <ctype.h>
#include <string.h>

#include "ctx_internal.h"
#include "pattern.h"

#define NONE UINT32_MAX

typedef struct treader {
	dyad_dict *d;
	uint32_t file;
	dd_verbacc verb;    /* verb.verb NONE: no root yet (or it was dropped) */
	int dropped;        /* the last root was rejected: so are its lines */
	uint8_t section;    /* dd_section of the roots being read */
	dd_synacc syn;
} treader;

static int warn(treader *r, uint32_t line, const char *msg, const char *arg, int n)
{
	dd_origin at = { r->file, line };
	return dyad_dict__diag(r->d, 0, at, msg, n, arg);
}

static int fail(treader *r, uint32_t line, const char *msg, const char *arg, int n)
{
	dd_origin at = { r->file, line };
	return dyad_dict__diag(r->d, 1, at, msg, n, arg);
}

/* Check the [code] of an entry: ERROR when "]" is missing (the entry is
 * dropped: returns 1), warnings for "[]" and text after "]". */
static int check_code(treader *r, uint32_t line, const dd_entry *e, int *rc)
{
	if (e->unclosed) {
		*rc = fail(r, line, "missing ']' after '[%.*s'", e->code.s, (int)e->code.n);
		return 1;
	}
	if (e->code.s && e->code.n == 0)
		*rc = warn(r, line, "empty code []%.*s", "", 0);
	if (*rc == DYAD_OK && e->rest.s && e->rest.n)
		*rc = warn(r, line, "text after the code ignored: '%.*s'", e->rest.s, (int)e->rest.n);
	return 0;
}

/* "[]" reads as "" (written back as "[]"), no brackets as NULL. */
static const char *code_str(dyad_dict *d, const dd_entry *e, int *rc)
{
	const char *c;
	if (!e->code.s)
		return NULL;
	c = e->code.n ? dyad_dict__str(d, e->code.s, e->code.n, 1) : dyad_dict__str(d, "", 0, 0);
	if (!c)
		*rc = DYAD_ENOMEM;
	return c;
}

static int read_tag(treader *r, uint32_t line, const char *s, size_t n)
{
	static const struct { const char *tag; int section; } tags[] = {
		{ "<SYNSETS>", -1 }, { "</SYNSETS>", -1 }, { "<SYNSET>", -1 }, { "</SYNSET>", -1 },
		{ "<ATTRIB>", DD_SECTION_ATTRIB }, { "</ATTRIB>", DD_SECTION_VERBS },
		{ "<TIME>", DD_SECTION_TIME }, { "</TIME>", DD_SECTION_VERBS },
	};
	size_t i;
	for (i = 0; i < sizeof tags / sizeof *tags; i++)
		if (strlen(tags[i].tag) == n && !memcmp(tags[i].tag, s, n)) {
			/* a section ends the root before it */
			r->verb.verb = NONE;
			r->dropped = 0;
			r->syn.syn = NONE;
			if (tags[i].section >= 0)
				r->section = (uint8_t)tags[i].section;
			return DYAD_OK;
		}
	return fail(r, line, "unknown section tag '%.*s'", s, (int)n);
}

/* "&NAME ;note" starts a synset (manual 5.6). */
static int read_synset(treader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_synset *syn;
	dd_entry e;
	int rc = DYAD_OK;

	dyad_dict__entry_split(&e, s + 1, n - 1, ";");
	if (!e.text.n) {
		r->syn.syn = NONE;
		return fail(r, line, "synset without a name%.*s", "", 0);
	}
	if (!(syn = dyad_dict__synset_begin(r->d, &r->syn, at)))
		return DYAD_ENOMEM;
	syn->name = dyad_dict__str(r->d, e.text.s, e.text.n, 1);
	syn->note = dyad_dict__span_str(r->d, e.note, &rc);
	return syn->name ? rc : DYAD_ENOMEM;
}

/* Which words of a synset member or verb root were written after a blank
 * rather than "_" or "-" (dd_name.gaps), words split as
 * dyad_dict__phrase_tabari splits them. */
static uint32_t gaps(const char *s, size_t len)
{
	uint32_t g = 0, w = 0;
	size_t i = 0;
	while (i < len) {
		int blank = 0;
		while (i < len && (s[i] == '_' || s[i] == '-' || isspace((unsigned char)s[i])))
			blank |= isspace((unsigned char)s[i++]) != 0;
		if (i >= len)
			break;
		if (blank && w > 0 && w < 32)
			g |= 1u << w;
		while (i < len && s[i] != '_' && s[i] != '-' && !isspace((unsigned char)s[i]))
			i++;
		w++;
	}
	return g;
}

static int read_member(treader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_phrase ph;
	dd_name *m;
	dd_entry e;
	int rc = DYAD_OK;

	if (r->syn.syn == NONE)
		return fail(r, line, "synset member '%.*s' before any &NAME", s, (int)n);
	dyad_dict__entry_split(&e, s + 1, n - 1, ";");
	rc = e.text.n ? dyad_dict__phrase_tabari(r->d, &ph, e.text.s, e.text.n) : DYAD_EINPUT;
	if (rc == DYAD_EINPUT)
		return fail(r, line, "bad synset member '%.*s'", s, (int)n);
	if (rc < 0)
		return rc;
	if (!(m = dyad_dict__synset_add(r->d, &r->syn)))
		return DYAD_ENOMEM;
	m->phrase = ph;
	m->gaps = gaps(e.text.s, e.text.n);
	m->kind = DD_NAME_SYNONYM;
	m->origin = at;
	m->note = dyad_dict__span_str(r->d, e.note, &rc);
	return rc;
}

/* "{BROKE_ BROKEN_}": irregular forms of the root above (manual 5.5.1). */
static int read_forms(treader *r, uint32_t line, const char *s, size_t n)
{
	dd_verb *v;
	dd_verbform *f;
	dd_entry e;
	const char *p, *end, *close;
	uint32_t k = 0;
	int rc = DYAD_OK;

	if (r->verb.verb == NONE)
		return fail(r, line, r->dropped ? "forms '%.*s' of a rejected root"
			: "forms '%.*s' before any verb", s, (int)n);
	v = &r->d->verbs[r->verb.verb];
	f = &v->verbs[v->n_verbs - 1];
	dyad_dict__entry_split(&e, s, n, ";");
	p = e.text.s + 1;
	end = e.text.s + e.text.n;
	close = memchr(p, '}', (size_t)(end - p));
	if (!close) {
		if ((rc = warn(r, line, "unbalanced '{' in forms '%.*s'", e.text.s, (int)e.text.n)) < 0)
			return rc;
		close = end;
	} else if (close + 1 < end &&
		(rc = warn(r, line, "text after '}' ignored: '%.*s'", close + 1,
			(int)(end - close - 1))) < 0) {
		return rc;
	}
	{
		/* count, then fill an arena array of exactly that size */
		const char *q = p;
		uint32_t count = 0;
		dd_phrase *forms;
		while (q < close) {
			while (q < close && isspace((unsigned char)*q))
				q++;
			if (q < close)
				count++;
			while (q < close && !isspace((unsigned char)*q))
				q++;
		}
		if (count == 0)
			return warn(r, line, "no verb forms in '%.*s'", e.text.s, (int)e.text.n);
		forms = dyad_arena_alloc(r->d->arena, (f->n_forms + count) * sizeof *forms);
		if (!forms)
			return dyad__oom(r->d->ctx);
		if (f->n_forms)
			memcpy(forms, f->forms, f->n_forms * sizeof *forms);
		k = f->n_forms;
		for (q = p; q < close;) {
			const char *b;
			while (q < close && isspace((unsigned char)*q))
				q++;
			b = q;
			while (q < close && !isspace((unsigned char)*q))
				q++;
			if (b == q)
				continue;
			rc = dyad_dict__phrase_tabari(r->d, &forms[k], b, (size_t)(q - b));
			if (rc == DYAD_EINPUT) {
				if ((rc = fail(r, line, "bad verb form '%.*s'", b, (int)(q - b))) < 0)
					return rc;
				continue;
			}
			if (rc < 0)
				return rc;
			k++;
		}
		f->forms = forms;
		f->n_forms = k;
	}
	if (e.note.s && !f->note)
		f->note = dyad_dict__span_str(r->d, e.note, &rc);
	return rc;
}

static int read_pattern(treader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_elem elems[DD_MAX_ELEMS];
	uint32_t ne;
	dd_entry e;
	const char *code, *note;
	int rc = DYAD_OK;

	if (r->verb.verb == NONE)
		return fail(r, line, r->dropped ? "pattern '%.*s' of a rejected root"
			: "pattern '%.*s' before any verb", s, (int)n);
	dyad_dict__entry_split(&e, s + 1, n - 1, ";");
	if (check_code(r, line, &e, &rc) || rc < 0)
		return rc;
	if (!e.code.s && (rc = warn(r, line, "pattern without [code]%.*s", "", 0)) < 0)
		return rc;
	rc = dyad_dict__pattern_parse(r->d, elems, &ne, e.text.s, e.text.n, DYAD_DICT_FORMAT_TABARI,
		at);
	if (rc < 0)
		return rc == DYAD_EINPUT ? DYAD_OK : rc;
	code = code_str(r->d, &e, &rc);
	note = dyad_dict__span_str(r->d, e.note, &rc);
	if (rc < 0)
		return rc;
	return dyad_dict__verb_add_pattern(r->d, &r->verb, elems, ne, code, note, at);
}

static int read_root(treader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	char name[512];
	dd_phrase ph;
	dd_verb *v;
	dd_verbform *f;
	dd_entry e;
	int rc = DYAD_OK;

	r->verb.verb = NONE;
	r->dropped = 1; /* until the root is stored */
	dyad_dict__entry_split(&e, s, n, ";");
	if (check_code(r, line, &e, &rc) || rc < 0)
		return rc;
	if (!e.text.n)
		return fail(r, line, "verb line without a verb: '%.*s'", s, (int)n);
	if (memchr(e.text.s, '*', e.text.n) || memchr(e.text.s, '{', e.text.n))
		return fail(r, line, "not a verb: '%.*s' (patterns start with '-', forms with '{')",
			e.text.s, (int)e.text.n);
	rc = dyad_dict__phrase_tabari(r->d, &ph, e.text.s, e.text.n);
	if (rc == DYAD_EINPUT)
		return fail(r, line, "bad verb '%.*s'", e.text.s, (int)e.text.n);
	if (rc < 0)
		return rc;
	if (!(v = dyad_dict__verb_begin(r->d, &r->verb, at)) || !(f = dyad_dict__verb_add_form(r->d,
		&r->verb)))
		return DYAD_ENOMEM;
	r->dropped = 0;
	/* the name is the canonical spelling, so a written file reads back the same */
	dyad_dict__phrase_spell(name, sizeof name, &ph, DYAD_DICT_FORMAT_TABARI, 0);
	v->name = dyad_dict__str(r->d, name, strlen(name), 0);
	v->code = code_str(r->d, &e, &rc);
	v->note = dyad_dict__span_str(r->d, e.note, &rc);
	v->section = r->section;
	f->phrase = ph;
	f->gaps = gaps(e.text.s, e.text.n);
	f->verb_index = 0;
	f->origin = at;
	return v->name ? rc : DYAD_ENOMEM;
}

int dyad_dict__read_verbs_tabari(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	treader r;
	dd_lines it;
	const char *s;
	size_t n;
	int rc = DYAD_OK;

	memset(&r, 0, sizeof r);
	r.d = d;
	r.file = file;
	r.verb.verb = NONE;
	r.syn.syn = NONE;
	dyad_dict__lines_init(&it, buf, len);
	while (rc >= 0 && dyad_dict__lines_next(&it, &s, &n)) {
		dyad_dict__trim(&s, &n);
		if (n == 0 || s[0] == '#' || s[0] == '/')
			continue;
		if (n >= 7 && !memcmp(s, "~FINISH", 7))
			break; /* manual 5.2: the rest is not read */
		switch (s[0]) {
		case '<': rc = read_tag(&r, it.line, s, n); break;
		case '&': rc = read_synset(&r, it.line, s, n); break;
		case '+': rc = read_member(&r, it.line, s, n); break;
		case '{': rc = read_forms(&r, it.line, s, n); break;
		case '-': rc = read_pattern(&r, it.line, s, n); break;
		default: rc = read_root(&r, it.line, s, n); break;
		}
	}
	return rc < 0 ? rc : DYAD_OK;
}

/* ---- Writing ---------------------------------------------------------- */

static const char *const section_tags[] = { NULL, "ATTRIB", "TIME" };

static void write_synsets(const dyad_dict *d, FILE *f)
{
	char buf[1024];
	uint32_t i, j;

	if (d->n_synsets == 0)
		return;
	fputs("<SYNSETS>\n", f);
	for (i = 0; i < d->n_synsets; i++) {
		const dd_synset *s = &d->synsets[i];
		fprintf(f, "&%s", s->name);
		dyad_dict__print_note(f, s->note, ';');
		fputc('\n', f);
		for (j = 0; j < s->n_members; j++) {
			dyad_dict__phrase_spell(buf, sizeof buf, &s->members[j].phrase,
				DYAD_DICT_FORMAT_TABARI, 0);
			fprintf(f, "+%s", buf);
			dyad_dict__print_note(f, s->members[j].note, ';');
			fputc('\n', f);
		}
	}
	fputs("</SYNSETS>\n", f);
}

static void write_patterns(const dd_verb *v, FILE *f)
{
	uint32_t i;
	for (i = 0; i < v->n_patterns; i++) {
		const dd_pattern *p = &v->patterns[i];
		fputs("- ", f);
		dyad_dict__pattern_print(f, p->elems, p->n, DYAD_DICT_FORMAT_TABARI);
		if (p->code)
			fprintf(f, "  [%s]", p->code);
		dyad_dict__print_note(f, p->note, ';');
		fputc('\n', f);
	}
}

/* One root per verb form: TABARI roots are single verbs, so a PETRARCH
 * block of several verbs becomes several roots sharing its patterns. */
static void write_verb(const dd_verb *v, FILE *f)
{
	char buf[1024];
	uint32_t j, k;

	if (v->n_verbs == 0) {
		fputs(v->name ? v->name : "?", f);
		if (v->code)
			fprintf(f, "  [%s]", v->code);
		dyad_dict__print_note(f, v->note, ';');
		fputc('\n', f);
		write_patterns(v, f);
		return;
	}
	for (j = 0; j < v->n_verbs; j++) {
		const dd_verbform *vf = &v->verbs[j];
		const char *code = vf->code ? vf->code : v->code;
		const char *note = j == 0 && (v->note || vf->n_forms) ? v->note : vf->note;
		dyad_dict__phrase_spell(buf, sizeof buf, &vf->phrase, DYAD_DICT_FORMAT_TABARI, 0);
		fputs(buf, f);
		if (code)
			fprintf(f, "  [%s]", code);
		dyad_dict__print_note(f, note, ';');
		fputc('\n', f);
		if (vf->n_forms) {
			fputc('{', f);
			for (k = 0; k < vf->n_forms; k++) {
				dyad_dict__phrase_spell(buf, sizeof buf, &vf->forms[k],
					DYAD_DICT_FORMAT_TABARI, 0);
				fprintf(f, "%s%s", k ? " " : "", buf);
			}
			fputc('}', f);
			dyad_dict__print_note(f, note == vf->note ? NULL : vf->note, ';');
			fputc('\n', f);
		}
		write_patterns(v, f);
	}
}

int dyad_dict__write_verbs_tabari(const dyad_dict *d, FILE *f)
{
	uint8_t section = DD_SECTION_VERBS;
	uint32_t i;

	write_synsets(d, f);
	for (i = 0; i < d->n_verbs; i++) {
		const dd_verb *v = &d->verbs[i];
		uint8_t s = v->section <= DD_SECTION_TIME ? v->section : DD_SECTION_VERBS;
		if (s != section) {
			/* keep the source's order: close and reopen sections as needed */
			if (section != DD_SECTION_VERBS)
				fprintf(f, "</%s>\n", section_tags[section]);
			if (s != DD_SECTION_VERBS)
				fprintf(f, "<%s>\n", section_tags[s]);
			section = s;
		}
		write_verb(v, f);
	}
	if (section != DD_SECTION_VERBS)
		fprintf(f, "</%s>\n", section_tags[section]);
	return ferror(f) ? dyad__error(d->ctx, DYAD_EIO, "write error") : DYAD_OK;
}
