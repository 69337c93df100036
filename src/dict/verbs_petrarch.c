/*
 * PETRARCH-2 verb dictionaries (CAMEO.2.0.txt; petrarch2 docs
 * "dictionaries.rst" and PETRreader.read_verb_dictionary), read into and
 * written from the dictionary model:
 *
 *     &CURRENCY                      synset; "+" members, automatic plurals
 *     +DOLLAR                        unless the member or the label ends "_"
 *     --- GRANT [070] ---            a block: verbs sharing patterns
 *     GIVE {GAVE GIVEN} [071] # n    verb, irregular forms, own code
 *     +SET_UP {+SETS_UP}             multi-word verb, "+" marks the verb
 *     - * (TO {ARMS SHIPMENT}) [072] pattern: (PP) and {NP} groups
 *     ~ a (a b ATTACK) SAY = a b 015 transformation (kept verbatim)
 *
 * Comments are "#" (or legacy ";") tails and <!-- --> spans.
 */
#include <ctype.h>
#include <string.h>

#include "ctx_internal.h"
#include "pattern.h"

#define NONE UINT32_MAX
/* Forms are separated by blanks; CAMEO.2.0 also has "{+A_B , +C_B}". */
#define FSEP(c) (isspace((unsigned char)(c)) || (c) == ',')

typedef struct preader {
	dyad_dict *d;
	uint32_t file;
	dd_verbacc verb;    /* current block; verb.verb NONE before the first */
	dd_synacc syn;
	int in_synset;      /* "+" lines are members until a verb line or block */
	int in_comment;     /* inside a multi-line <!-- --> */
} preader;

static int warn(preader *r, uint32_t line, const char *msg, const char *arg, int n)
{
	dd_origin at = { r->file, line };
	return dyad_dict__diag(r->d, 0, at, msg, n, arg);
}

static int fail(preader *r, uint32_t line, const char *msg, const char *arg, int n)
{
	dd_origin at = { r->file, line };
	return dyad_dict__diag(r->d, 1, at, msg, n, arg);
}

/* Words of a PETRARCH phrase, split at "_" and blanks (hyphens stay inside
 * words: "F/A-18", "PEACE-KEEPING"), upper-cased, each with mode. A
 * leading "+" marks the verb of a multi-word verb: *plus gets the first
 * such word's index (NONE if none), *nplus their number. */
static int split_words(dyad_dict *d, dd_phrase *out, const char *s, size_t n, uint8_t mode,
	uint32_t *plus, uint32_t *nplus)
{
	dd_word w[64];
	uint32_t k = 0;
	size_t i = 0;

	*plus = NONE;
	*nplus = 0;
	while (i < n) {
		size_t b;
		while (i < n && (s[i] == '_' || isspace((unsigned char)s[i])))
			i++;
		if (i == n)
			break;
		if (s[i] == '+') {
			if ((*nplus)++ == 0)
				*plus = k;
			i++;
		}
		b = i;
		while (i < n && s[i] != '_' && !isspace((unsigned char)s[i]))
			i++;
		if (i == b)
			continue;
		if (k == sizeof w / sizeof *w)
			return DYAD_EINPUT;
		if (!(w[k].text = dyad_dict__str(d, s + b, i - b, 1)))
			return DYAD_ENOMEM;
		w[k].gap = 0;
		w[k++].mode = mode;
	}
	if (k == 0)
		return DYAD_EINPUT;
	if (!(out->words = dyad_arena_alloc(d->arena, k * sizeof *w)))
		return dyad__oom(d->ctx);
	memcpy(out->words, w, k * sizeof *w);
	out->n = k;
	return DYAD_OK;
}

static const char *code_str(dyad_dict *d, const dd_entry *e, int *rc)
{
	const char *c;
	if (!e->code.s)
		return NULL;
	c = dyad_dict__str(d, e->code.n ? e->code.s : "", e->code.n, 1);
	if (!c)
		*rc = DYAD_ENOMEM;
	return c;
}

/* ERROR (entry dropped: returns 1) for a missing "]"; warning for "[]". */
static int bad_code(preader *r, uint32_t line, const dd_entry *e, int *rc)
{
	if (e->unclosed) {
		*rc = fail(r, line, "missing ']' after '[%.*s'", e->code.s, (int)e->code.n);
		return 1;
	}
	if (e->code.s && e->code.n == 0)
		*rc = warn(r, line, "empty code []%.*s", "", 0);
	return 0;
}

/* "--- NAME [code] ---" */
static int read_block(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_verb *v;
	dd_entry e;
	const char *name;
	size_t nn;
	int rc = DYAD_OK;

	r->in_synset = 0;
	r->verb.verb = NONE;
	dyad_dict__entry_split(&e, s + 3, n - 3, "#;");
	if (bad_code(r, line, &e, &rc) || rc < 0)
		return rc;
	name = e.text.s;
	nn = e.text.n;
	if (!e.code.s && nn >= 3 && !memcmp(name + nn - 3, "---", 3)) {
		nn -= 3; /* "--- NAME ---": no code */
		dyad_dict__trim(&name, &nn);
	}
	if (nn == 0)
		return fail(r, line, "block without a name: '%.*s'", s, (int)n);
	if (e.code.s && !e.rest.n && e.note.n >= 3 && !memcmp(e.note.s + e.note.n - 3, "---", 3)) {
		/* "--- NAME [code] # note ---": the comment swallowed the "---" */
		e.note.n -= 3;
		dyad_dict__trim(&e.note.s, &e.note.n);
	} else if (e.code.s && !(e.rest.n >= 3 && !memcmp(e.rest.s + e.rest.n - 3, "---", 3))) {
		if ((rc = warn(r, line, "block header '%.*s' does not end with '---'", s, (int)n)) < 0)
			return rc;
	} else if (e.code.s && e.rest.n > 3 &&
		(rc = warn(r, line, "text after the block code ignored: '%.*s'", e.rest.s,
			(int)e.rest.n - 3)) < 0) {
		return rc;
	}
	if (!(v = dyad_dict__verb_begin(r->d, &r->verb, at)))
		return DYAD_ENOMEM;
	v->name = dyad_dict__str(r->d, name, nn, 1);
	v->code = code_str(r->d, &e, &rc);
	v->note = dyad_dict__span_str(r->d, e.note, &rc);
	return v->name ? rc : DYAD_ENOMEM;
}

static int read_synset(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_synset *syn;
	dd_entry e;
	int rc = DYAD_OK;

	r->in_synset = 1;
	dyad_dict__entry_split(&e, s + 1, n - 1, "#;");
	if (!e.text.n || e.code.s) {
		r->syn.syn = NONE;
		return fail(r, line, "bad synset label '%.*s'", s, (int)n);
	}
	if (!(syn = dyad_dict__synset_begin(r->d, &r->syn, at)))
		return DYAD_ENOMEM;
	syn->name = dyad_dict__str(r->d, e.text.s, e.text.n, 1);
	syn->note = dyad_dict__span_str(r->d, e.note, &rc);
	return syn->name ? rc : DYAD_ENOMEM;
}

static int read_member(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	const dd_synset *syn;
	dd_phrase ph;
	dd_name *m;
	dd_entry e;
	uint32_t plus, nplus;
	size_t ln;
	int rc;

	if (r->syn.syn == NONE)
		return fail(r, line, "synset member '%.*s' without a valid &NAME", s, (int)n);
	syn = &r->d->synsets[r->syn.syn];
	dyad_dict__entry_split(&e, s + 1, n - 1, "#;");
	rc = split_words(r->d, &ph, e.text.s, e.text.n, DD_EXACT, &plus, &nplus);
	if (rc == DYAD_EINPUT)
		return fail(r, line, "bad synset member '%.*s'", s, (int)n);
	if (rc < 0)
		return rc;
	/* No automatic plural when the member or the label ends with "_". */
	ln = strlen(syn->name);
	if (e.text.s[e.text.n - 1] == '_' || (ln && syn->name[ln - 1] == '_'))
		ph.words[ph.n - 1].mode = DD_LITERAL;
	if (!(m = dyad_dict__synset_add(r->d, &r->syn)))
		return DYAD_ENOMEM;
	m->phrase = ph;
	m->kind = DD_NAME_SYNONYM;
	m->origin = at;
	m->note = dyad_dict__span_str(r->d, e.note, &rc);
	return rc;
}

/* "VERB {FORMS} [code] # note", "+SET_UP {+SETS_UP}", "WIRE_+TAP". */
static int read_verbline(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_verbform *f;
	dd_phrase ph;
	dd_entry e;
	const char *brace, *end, *close = NULL;
	uint32_t plus, nplus, count = 0;
	size_t mn;
	int rc = DYAD_OK;

	r->in_synset = 0;
	if (r->verb.verb == NONE)
		return fail(r, line, "verb '%.*s' before any '--- NAME ---' block", s, (int)n);
	dyad_dict__entry_split(&e, s, n, "#;");
	if (bad_code(r, line, &e, &rc) || rc < 0)
		return rc;
	end = e.text.s + e.text.n;
	brace = memchr(e.text.s, '{', e.text.n);
	mn = brace ? (size_t)(brace - e.text.s) : e.text.n;
	while (mn > 0 && isspace((unsigned char)e.text.s[mn - 1]))
		mn--;
	/* With {…} the forms are all given; without, PETRARCH makes the
	 * regular ones: a whole word plus endings (DD_EXACT). */
	rc = split_words(r->d, &ph, e.text.s, mn, DD_LITERAL, &plus, &nplus);
	if (rc == DYAD_EINPUT)
		return fail(r, line, "verb line without a verb: '%.*s'", s, (int)n);
	if (rc < 0)
		return rc;
	if (memchr(e.text.s, ' ', mn) || memchr(e.text.s, '\t', mn))
		rc = warn(r, line, "blank in verb '%.*s' (multi-word verbs are WORD_+WORD)", e.text.s,
			(int)mn);
	if (rc == DYAD_OK && ph.n > 1 && nplus == 0)
		rc = warn(r, line, "no '+' marks the verb in '%.*s'; taking the first word", e.text.s,
			(int)mn);
	if (rc == DYAD_OK && nplus > 1)
		rc = warn(r, line, "several '+' in '%.*s'; taking the first", e.text.s, (int)mn);
	if (rc < 0)
		return rc;
	if (plus == NONE)
		plus = 0;
	ph.words[plus].mode = brace ? DD_LITERAL : DD_EXACT;
	if (!(f = dyad_dict__verb_add_form(r->d, &r->verb)))
		return DYAD_ENOMEM;
	f->phrase = ph;
	f->verb_index = plus;
	f->conjugate = !brace;
	f->origin = at;
	f->code = code_str(r->d, &e, &rc);
	f->note = dyad_dict__span_str(r->d, e.note, &rc);
	if (rc < 0 || !brace)
		return rc;
	close = memchr(brace, '}', (size_t)(end - brace));
	if (!close) {
		if ((rc = warn(r, line, "unbalanced '{' in '%.*s'", e.text.s, (int)e.text.n)) < 0)
			return rc;
		close = end;
	} else if (close + 1 < end && (rc = warn(r, line, "text after '}' ignored: '%.*s'",
		close + 1, (int)(end - close - 1))) < 0) {
		return rc;
	}
	{
		const char *q;
		uint32_t k = 0;
		if (memchr(brace, ',', (size_t)(close - brace)) && (rc = warn(r, line,
			"',' in forms '%.*s' read as a blank", e.text.s, (int)e.text.n)) < 0)
			return rc;
		for (q = brace + 1; q < close;) {
			while (q < close && FSEP(*q))
				q++;
			count += q < close;
			while (q < close && !FSEP(*q))
				q++;
		}
		if (count == 0)
			return DYAD_OK; /* "{}": no forms at all */
		if (!(f->forms = dyad_arena_alloc(r->d->arena, count * sizeof *f->forms)))
			return dyad__oom(r->d->ctx);
		for (q = brace + 1; q < close;) {
			const char *b;
			uint32_t fp, fn;
			while (q < close && FSEP(*q))
				q++;
			b = q;
			while (q < close && !FSEP(*q))
				q++;
			if (b == q)
				continue;
			rc = split_words(r->d, &f->forms[k], b, (size_t)(q - b), DD_LITERAL, &fp, &fn);
			if (rc == DYAD_EINPUT)
				continue; /* a lone "+" or "_" */
			if (rc < 0)
				return rc;
			k++;
		}
		f->n_forms = k;
	}
	return DYAD_OK;
}

static int read_pattern(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_origin at = { r->file, line };
	dd_elem elems[DD_MAX_ELEMS];
	uint32_t ne;
	dd_entry e;
	const char *code, *note;
	int rc = DYAD_OK;

	r->in_synset = 0;
	if (r->verb.verb == NONE)
		return fail(r, line, "pattern '%.*s' before any '--- NAME ---' block", s, (int)n);
	dyad_dict__entry_split(&e, s + 1, n - 1, "#;");
	if (bad_code(r, line, &e, &rc) || rc < 0)
		return rc;
	if (!e.code.s && (rc = warn(r, line, "pattern without [code]%.*s", "", 0)) < 0)
		return rc;
	if (e.rest.n && (rc = warn(r, line, "text after the code ignored: '%.*s'", e.rest.s,
		(int)e.rest.n)) < 0)
		return rc;
	rc = dyad_dict__pattern_parse(r->d, elems, &ne, e.text.s, e.text.n,
		DYAD_DICT_FORMAT_PETRARCH, at);
	if (rc < 0)
		return rc == DYAD_EINPUT ? DYAD_OK : rc;
	code = code_str(r->d, &e, &rc);
	note = dyad_dict__span_str(r->d, e.note, &rc);
	if (rc < 0)
		return rc;
	return dyad_dict__verb_add_pattern(r->d, &r->verb, elems, ne, code, note, at);
}

static int read_transform(preader *r, uint32_t line, const char *s, size_t n)
{
	dd_raw *raw = DD_PUSH(r->d, raws);
	if (!raw)
		return DYAD_ENOMEM;
	raw->kind = DD_RAW_TRANSFORM;
	raw->origin.file = r->file;
	raw->origin.line = line;
	/* verbatim: the rule's lower-case letters are variables */
	raw->text = dyad_dict__str(r->d, s, n, 0);
	return raw->text ? DYAD_OK : DYAD_ENOMEM;
}

/* Drop <!-- --> comments (which may span lines) from a line. */
static void strip_xml_comment(preader *r, const char **s, size_t *n)
{
	const char *p = *s, *end = p + *n, *q;
	if (r->in_comment) {
		for (q = p; q + 3 <= end && memcmp(q, "-->", 3); q++)
			;
		if (q + 3 > end) {
			*n = 0;
			return;
		}
		r->in_comment = 0;
		*s = q + 3;
		*n = (size_t)(end - *s);
		return;
	}
	for (q = p; q + 4 <= end && memcmp(q, "<!--", 4); q++)
		;
	if (q + 4 > end)
		return;
	*n = (size_t)(q - p); /* what follows the comment on its line is ignored */
	for (q += 4; q + 3 <= end && memcmp(q, "-->", 3); q++)
		;
	r->in_comment = q + 3 > end;
}

int dyad_dict__read_verbs_petrarch(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	preader r;
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
		if (r.in_comment || memchr(s, '<', n))
			strip_xml_comment(&r, &s, &n);
		dyad_dict__trim(&s, &n);
		if (n == 0 || s[0] == '#' || s[0] == ';')
			continue;
		if (n >= 3 && !memcmp(s, "---", 3))
			rc = read_block(&r, it.line, s, n);
		else if (s[0] == '-')
			rc = read_pattern(&r, it.line, s, n);
		else if (s[0] == '~')
			rc = read_transform(&r, it.line, s, n);
		else if (s[0] == '&')
			rc = read_synset(&r, it.line, s, n);
		else if (s[0] == '+' && r.in_synset)
			rc = read_member(&r, it.line, s, n);
		else
			rc = read_verbline(&r, it.line, s, n);
	}
	if (rc >= 0 && r.in_comment)
		rc = warn(&r, it.line, "unclosed <!--%.*s", "", 0);
	return rc < 0 ? rc : DYAD_OK;
}

/* ---- Writing ---------------------------------------------------------- */

static void write_synset(const dd_synset *s, FILE *f)
{
	char buf[1024];
	size_t ln = strlen(s->name);
	int label_ = ln && s->name[ln - 1] == '_';
	uint32_t j;

	fprintf(f, "&%s", s->name);
	dyad_dict__print_note(f, s->note, '#');
	fputc('\n', f);
	for (j = 0; j < s->n_members; j++) {
		const dd_phrase *p = &s->members[j].phrase;
		dyad_dict__phrase_spell(buf, sizeof buf, p, DYAD_DICT_FORMAT_PETRARCH, NONE);
		fprintf(f, "+%s%s", buf, !label_ && p->n && p->words[p->n - 1].mode == DD_LITERAL
			? "_" : "");
		dyad_dict__print_note(f, s->members[j].note, '#');
		fputc('\n', f);
	}
	fputc('\n', f);
}

static void write_verbform(const dd_verbform *vf, FILE *f)
{
	char buf[1024];
	uint32_t k, vi = vf->verb_index < vf->phrase.n ? vf->verb_index : 0;

	dyad_dict__phrase_spell(buf, sizeof buf, &vf->phrase, DYAD_DICT_FORMAT_PETRARCH, vi);
	fputs(buf, f);
	if (vf->n_forms || (vf->phrase.n && vf->phrase.words[vi].mode == DD_LITERAL)) {
		fputs(" {", f);
		for (k = 0; k < vf->n_forms; k++) {
			dyad_dict__phrase_spell(buf, sizeof buf, &vf->forms[k], DYAD_DICT_FORMAT_PETRARCH,
				vi);
			fprintf(f, "%s%s", k ? " " : "", buf);
		}
		fputc('}', f);
	}
	if (vf->code)
		fprintf(f, " [%s]", vf->code);
	dyad_dict__print_note(f, vf->note, '#');
	fputc('\n', f);
}

static void write_block(const dd_verb *v, FILE *f)
{
	uint32_t j;

	fprintf(f, "--- %s ", v->name ? v->name : "?");
	if (v->code)
		fprintf(f, "[%s] ", v->code);
	fputs("---", f);
	dyad_dict__print_note(f, v->note, '#');
	fputc('\n', f);
	for (j = 0; j < v->n_verbs; j++)
		write_verbform(&v->verbs[j], f);
	for (j = 0; j < v->n_patterns; j++) {
		const dd_pattern *p = &v->patterns[j];
		/* PETRARCH has no alternatives ("patterns containing these are
		 * skipped"): keep them visible as comments. */
		fputs(dyad_dict__pattern_has_alt(p->elems, p->n) ? "# (TABARI alternatives) - " : "- ",
			f);
		dyad_dict__pattern_print(f, p->elems, p->n, DYAD_DICT_FORMAT_PETRARCH);
		if (p->code)
			fprintf(f, " [%s]", p->code);
		dyad_dict__print_note(f, p->note, '#');
		fputc('\n', f);
	}
	fputc('\n', f);
}

int dyad_dict__write_verbs_petrarch(const dyad_dict *d, FILE *f)
{
	uint32_t i;

	for (i = 0; i < d->n_synsets; i++)
		write_synset(&d->synsets[i], f);
	for (i = 0; i < d->n_verbs; i++) {
		if (d->verbs[i].section != DD_SECTION_VERBS) {
			/* TABARI <ATTRIB>/<TIME> roots have no PETRARCH form */
			fprintf(f, "# TABARI %s entry not written: %s\n",
				d->verbs[i].section == DD_SECTION_TIME ? "<TIME>" : "<ATTRIB>",
				d->verbs[i].name ? d->verbs[i].name : "?");
			continue;
		}
		write_block(&d->verbs[i], f);
	}
	for (i = 0; i < d->n_raws; i++)
		if (d->raws[i].kind == DD_RAW_TRANSFORM)
			fprintf(f, "%s\n", d->raws[i].text);
	return ferror(f) ? dyad__error(d->ctx, DYAD_EIO, "write error") : DYAD_OK;
}
