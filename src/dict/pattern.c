/*
 * Pattern elements and entry lines shared by the TABARI and PETRARCH verb
 * dictionaries (see pattern.h). Patterns are parsed character by character
 * into a flat dd_elem sequence so that a writer can restore the source's
 * spelling: "_" glue becomes `joined`, TABARI "WORD_" / "WORD" / "WORD="
 * become word modes (manual 5.2.2-5.2.3, 5.5.3), "{ | }" alternatives
 * (5.7) and PETRARCH "{NP}" "(PP)" groups become BEGIN/END elements.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "ctx_internal.h"
#include "pattern.h"

void dyad_dict__lines_init(dd_lines *it, const char *buf, size_t len)
{
	it->buf = buf;
	it->len = len;
	it->pos = 0;
	it->line = 0;
}

int dyad_dict__lines_next(dd_lines *it, const char **s, size_t *n)
{
	const char *p, *nl;
	size_t k;

	if (it->pos >= it->len)
		return 0;
	p = it->buf + it->pos;
	nl = memchr(p, '\n', it->len - it->pos);
	k = nl ? (size_t)(nl - p) : it->len - it->pos;
	it->pos += k + (nl != NULL);
	it->line++;
	while (k > 0 && isspace((unsigned char)p[k - 1]))
		k--;
	*s = p;
	*n = k;
	return 1;
}

void dyad_dict__trim(const char **s, size_t *n)
{
	while (*n > 0 && isspace((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && isspace((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

static dd_span span(const char *s, size_t n)
{
	dd_span sp;
	dyad_dict__trim(&s, &n);
	sp.s = s;
	sp.n = n;
	return sp;
}

void dyad_dict__entry_split(dd_entry *e, const char *s, size_t n, const char *comment)
{
	size_t i, open = n, close = n, cmt = n;
	int in_code = 0;

	memset(e, 0, sizeof *e);
	/* A comment character inside [ ] belongs to the code ("[###]"). */
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c == '[' && open == n) {
			open = i;
			in_code = 1;
		} else if (c == ']' && in_code) {
			close = i;
			in_code = 0;
		} else if (!in_code && strchr(comment, c) && c) {
			cmt = i;
			break;
		}
	}
	if (cmt < n)
		e->note = span(s + cmt + 1, n - cmt - 1);
	if (open < cmt) {
		e->text = span(s, open);
		if (close < cmt) {
			e->code = span(s + open + 1, close - open - 1);
			e->rest = span(s + close + 1, cmt - close - 1);
		} else {
			e->code = span(s + open + 1, cmt - open - 1);
			e->unclosed = 1;
		}
		if (!e->code.s)
			e->code.s = s + open + 1; /* "[]": present but empty */
	} else {
		e->text = span(s, cmt);
	}
}

const char *dyad_dict__span_str(dyad_dict *d, dd_span sp, int *rc)
{
	const char *p;
	if (!sp.s || sp.n == 0)
		return NULL;
	p = dyad_dict__str(d, sp.s, sp.n, 0);
	if (!p)
		*rc = DYAD_ENOMEM;
	return p;
}

/* ---- Parsing ---------------------------------------------------------- */

typedef struct pstate {
	dyad_dict *d;
	dd_elem *out;
	uint32_t n;
	int tab;            /* TABARI syntax (else PETRARCH) */
	int join_next;      /* the next element is glued with "_" */
	int32_t word;       /* TABARI word still open to a "_"/"="/"~" suffix */
	uint8_t stack[16];  /* open groups: their BEGIN kinds */
	int depth;
	dd_origin at;
} pstate;

static int emit(pstate *p, uint8_t kind, const char *text, uint8_t mode)
{
	dd_elem *e;
	if (p->n == DD_MAX_ELEMS) {
		if (dyad_dict__diag(p->d, 1, p->at, "pattern has more than %d elements", DD_MAX_ELEMS) < 0)
			return DYAD_ENOMEM;
		return DYAD_EINPUT;
	}
	e = &p->out[p->n++];
	e->kind = kind;
	e->mode = mode;
	e->joined = (uint8_t)(p->join_next && p->n > 1);
	e->text = text;
	p->join_next = 0;
	p->word = -1;
	return DYAD_OK;
}

static const char *group_name(uint8_t kind)
{
	switch (kind) {
	case DD_E_ALT_BEGIN: return "{";
	case DD_E_NP_BEGIN: return "{";
	case DD_E_PP_BEGIN: return "(";
	default: return "?";
	}
}

/* A group character: open, "|" or close, with balance checks. */
static int group(pstate *p, char c)
{
	uint8_t open, close;
	int top = p->depth > 0 ? p->stack[p->depth - 1] : -1;

	if (p->tab) {
		if (c == '|') {
			if (top != DD_E_ALT_BEGIN)
				return dyad_dict__diag(p->d, 0, p->at, "'|' outside { } ignored");
			return emit(p, DD_E_ALT_OR, NULL, 0);
		}
		open = DD_E_ALT_BEGIN;
		close = DD_E_ALT_END;
	} else if (c == '{' || c == '}') {
		open = DD_E_NP_BEGIN;
		close = DD_E_NP_END;
	} else {
		open = DD_E_PP_BEGIN;
		close = DD_E_PP_END;
	}
	if (c == '{' || c == '(') {
		if (p->depth == (int)sizeof p->stack) {
			if (dyad_dict__diag(p->d, 1, p->at, "groups nested too deeply") < 0)
				return DYAD_ENOMEM;
			return DYAD_EINPUT;
		}
		p->stack[p->depth++] = open;
		return emit(p, open, NULL, 0);
	}
	if (top != open)
		return dyad_dict__diag(p->d, 0, p->at, "unbalanced '%c' ignored", c);
	p->depth--;
	return emit(p, close, NULL, 0);
}

static int is_group(const pstate *p, char c)
{
	return p->tab ? (c == '{' || c == '|' || c == '}')
		: (c == '{' || c == '}' || c == '(' || c == ')');
}

static int is_sep(const pstate *p, char c)
{
	return c == '_' || (p->tab && c == '-');
}

static int ends_part(const pstate *p, char c)
{
	return isspace((unsigned char)c) || is_sep(p, c) || is_group(p, c) || c == '*'
		|| (p->tab && (c == '~' || c == '='));
}

/* One part: a marker, "&SYNSET" or a word. */
static int part(pstate *p, const char *s, size_t len, size_t *i, int token_start)
{
	static const char marks[] = "*$+%@^";
	static const uint8_t kinds[] = { DD_E_VERB, DD_E_SOURCE, DD_E_TARGET, DD_E_COMPOUND,
		DD_E_ATTRIB, DD_E_SKIP };
	size_t b = *i, e = b;
	const char *text, *mark;

	if (s[b] == '&' && !p->tab && token_start) {
		/* PETRARCH names a synset by the whole token: "&FIGHT_CRIM",
		 * "&AUXVERB1_" */
		while (e < len && !isspace((unsigned char)s[e]) && !is_group(p, s[e]))
			e++;
	} else {
		while (e < len && !ends_part(p, s[e]))
			e++;
	}
	*i = e;
	/* memchr, not strchr: a NUL byte in the line would match strchr's
	 * terminator and index past kinds[] (found by fuzz_dict). */
	if (e - b == 1 && (mark = memchr(marks, s[b], sizeof marks - 1)) != NULL)
		return emit(p, kinds[mark - marks], NULL, 0);
	if (s[b] == '&') {
		if (e - b == 1) {
			if (dyad_dict__diag(p->d, 1, p->at, "'&' without a synset name") < 0)
				return DYAD_ENOMEM;
			return DYAD_EINPUT;
		}
		if (!(text = dyad_dict__str(p->d, s + b + 1, e - b - 1, 1)))
			return DYAD_ENOMEM;
		return emit(p, DD_E_SYNSET, text, 0);
	}
	if (!(text = dyad_dict__str(p->d, s + b, e - b, 1)))
		return DYAD_ENOMEM;
	/* TABARI: a stem unless a suffix says otherwise; PETRARCH matches
	 * whole words only ("PETRARCH only works with complete words"). */
	if (emit(p, DD_E_WORD, text, p->tab ? DD_STEM : DD_LITERAL) < 0)
		return DYAD_ENOMEM;
	if (p->tab)
		p->word = (int32_t)p->n - 1;
	return DYAD_OK;
}

int dyad_dict__pattern_parse(dyad_dict *d, dd_elem *out, uint32_t *n, const char *s, size_t len,
	dyad_dict_format format, dd_origin at)
{
	pstate p;
	size_t i = 0;
	uint32_t k, verbs = 0;
	int rc, token_start = 1, glued = 0;

	memset(&p, 0, sizeof p);
	p.d = d;
	p.out = out;
	p.tab = format == DYAD_DICT_FORMAT_TABARI;
	p.word = -1;
	p.at = at;
	*n = 0;
	while (i < len) {
		char c = s[i];
		if (isspace((unsigned char)c)) {
			p.join_next = 0;
			p.word = -1;
			token_start = 1;
			i++;
			continue;
		}
		if (is_sep(&p, c)) {
			/* "WORD_": whole word (exact); "_NEXT": glued */
			if (p.word >= 0)
				out[p.word].mode = DD_EXACT;
			p.word = -1;
			p.join_next = 1;
			i++;
		} else if (p.tab && c == '~') {
			/* "STEM~_NEXT": a stem followed at once by NEXT (manual 5.5.3) */
			p.word = -1;
			p.join_next = 1;
			i++;
		} else if (p.tab && c == '=') {
			if (p.word >= 0)
				out[p.word].mode = DD_LITERAL;
			p.word = -1;
			i++;
		} else if (c == '*') {
			/* manual 5.5: only "_" or a blank may touch the verb marker;
			 * "*TO" is read as "* TO", as PETRARCH does */
			if (!glued && ((i > 0 && !ends_part(&p, s[i - 1]))
				|| (i + 1 < len && !ends_part(&p, s[i + 1])))) {
				glued = 1;
				if (dyad_dict__diag(d, 0, at, "'*' glued to a word in '%.*s': read apart",
					(int)len, s) < 0)
					return DYAD_ENOMEM;
			}
			if ((rc = emit(&p, DD_E_VERB, NULL, 0)) < 0)
				return rc;
			i++;
		} else if (is_group(&p, c)) {
			if ((rc = group(&p, c)) < 0)
				return rc;
			i++;
			continue; /* "{&NAME": the name still starts a token */
		} else if ((rc = part(&p, s, len, &i, token_start)) < 0) {
			return rc;
		}
		token_start = 0;
	}
	while (p.depth > 0) {
		uint8_t open = p.stack[--p.depth];
		if (dyad_dict__diag(d, 0, at, "unclosed '%s' closed at the end", group_name(open)) < 0)
			return DYAD_ENOMEM;
		p.join_next = 0;
		if ((rc = emit(&p, open == DD_E_ALT_BEGIN ? DD_E_ALT_END : (uint8_t)(open + 1), NULL,
			0)) < 0)
			return rc;
	}
	for (k = 0; k < p.n; k++)
		verbs += out[k].kind == DD_E_VERB;
	/* manual 5.2.4: "Missing verb marker '*' in a pattern" */
	if (verbs == 0 && dyad_dict__diag(d, 0, at, "pattern has no '*'") < 0)
		return DYAD_ENOMEM;
	if (verbs > 1 && dyad_dict__diag(d, 0, at, "pattern has %u '*'", verbs) < 0)
		return DYAD_ENOMEM;
	*n = p.n;
	return DYAD_OK;
}

/* ---- Printing --------------------------------------------------------- */

int dyad_dict__pattern_has_alt(const dd_elem *e, uint32_t n)
{
	uint32_t i;
	for (i = 0; i < n; i++)
		if (e[i].kind >= DD_E_ALT_BEGIN && e[i].kind <= DD_E_ALT_END)
			return 1;
	return 0;
}

static const char *elem_text(const dd_elem *e, int tab)
{
	switch (e->kind) {
	case DD_E_SOURCE: return "$";
	case DD_E_TARGET: return "+";
	case DD_E_VERB: return "*";
	case DD_E_COMPOUND: return "%";
	case DD_E_ATTRIB: return "@";
	case DD_E_SKIP: return "^";
	case DD_E_ALT_BEGIN: return "{";
	case DD_E_ALT_OR: return "|";
	case DD_E_ALT_END: return "}";
	case DD_E_NP_BEGIN: return tab ? "" : "{";
	case DD_E_NP_END: return tab ? "" : "}";
	case DD_E_PP_BEGIN: return tab ? "" : "(";
	case DD_E_PP_END: return tab ? "" : ")";
	default: return "";
	}
}

static int is_np_pp(uint8_t kind)
{
	return kind >= DD_E_NP_BEGIN && kind <= DD_E_PP_END;
}

void dyad_dict__pattern_print(FILE *f, const dd_elem *e, uint32_t n, dyad_dict_format format)
{
	int tab = format == DYAD_DICT_FORMAT_TABARI;
	const dd_elem *prev = NULL;
	uint32_t i;

	for (i = 0; i < n; i++) {
		const dd_elem *x = &e[i];
		if (tab && is_np_pp(x->kind))
			continue; /* TABARI has no syntactic groups */
		if (prev) {
			int pword = prev->kind == DD_E_WORD;
			if (x->joined)
				fputs(tab && pword && prev->mode == DD_STEM ? "~_" : "_", f);
			else if (tab && pword && prev->mode == DD_EXACT)
				fputs("_ ", f);
			else if (!tab && (prev->kind == DD_E_NP_BEGIN || prev->kind == DD_E_PP_BEGIN
				|| x->kind == DD_E_NP_END || x->kind == DD_E_PP_END))
				; /* PETRARCH glues "{" "(" and "}" ")" to their words */
			else
				fputc(' ', f);
		}
		if (x->kind == DD_E_WORD) {
			fputs(x->text, f);
			if (tab && x->mode == DD_LITERAL)
				fputc('=', f);
		} else if (x->kind == DD_E_SYNSET) {
			fprintf(f, "&%s", x->text);
		} else {
			fputs(elem_text(x, tab), f);
		}
		prev = x;
	}
	if (tab && prev && prev->kind == DD_E_WORD && prev->mode == DD_EXACT)
		fputc('_', f);
}

void dyad_dict__phrase_spell(char *buf, size_t cap, const dd_phrase *p, dyad_dict_format format,
	uint32_t plus_at)
{
	int tab = format == DYAD_DICT_FORMAT_TABARI;
	size_t k = 0;
	uint32_t i;
	int w;

	buf[0] = '\0';
	for (i = 0; i < p->n; i++) {
		const dd_word *x = &p->words[i];
		const char *suffix = "";
		if (tab && x->mode == DD_LITERAL)
			suffix = "=";
		else if (tab && x->mode == DD_EXACT && i + 1 == p->n)
			suffix = "_";
		w = snprintf(buf + k, cap - k, "%s%s%s%s", i ? "_" : "",
			!tab && p->n > 1 && i == plus_at ? "+" : "", x->text, suffix);
		if (w < 0 || (size_t)w >= cap - k) {
			buf[cap - 1] = '\0';
			return;
		}
		k += (size_t)w;
	}
}

void dyad_dict__print_note(FILE *f, const char *note, char mark)
{
	if (note)
		fprintf(f, mark == ';' ? " ;%s" : "  # %s", note);
}

/* ---- Accumulating a verb ---------------------------------------------- */

void *dyad_dict__grow(dyad_dict *d, void *arr, uint32_t n, uint32_t *cap, size_t size)
{
	char *p = arr;
	if (n == *cap) {
		uint32_t ncap = *cap ? *cap * 2 : 4;
		p = dyad_arena_grow(d->arena, arr, (size_t)*cap * size, (size_t)ncap * size);
		if (!p) {
			dyad__oom(d->ctx);
			return NULL;
		}
		*cap = ncap;
	}
	memset(p + (size_t)n * size, 0, size);
	return p;
}

dd_verb *dyad_dict__verb_begin(dyad_dict *d, dd_verbacc *a, dd_origin origin)
{
	dd_verb *v = DD_PUSH(d, verbs);
	if (!v)
		return NULL;
	v->origin = origin;
	a->verb = d->n_verbs - 1;
	a->cap_verbs = a->cap_patterns = 0;
	return v;
}

dd_verbform *dyad_dict__verb_add_form(dyad_dict *d, dd_verbacc *a)
{
	dd_verb *v = &d->verbs[a->verb];
	dd_verbform *arr = dyad_dict__grow(d, v->verbs, v->n_verbs, &a->cap_verbs, sizeof *arr);
	if (!arr)
		return NULL;
	v->verbs = arr;
	return &arr[v->n_verbs++];
}

int dyad_dict__verb_add_pattern(dyad_dict *d, dd_verbacc *a, const dd_elem *e, uint32_t n,
	const char *code, const char *note, dd_origin origin)
{
	dd_verb *v = &d->verbs[a->verb];
	dd_pattern *arr, *pt;

	if (!(arr = dyad_dict__grow(d, v->patterns, v->n_patterns, &a->cap_patterns, sizeof *arr)))
		return DYAD_ENOMEM;
	v->patterns = arr;
	pt = &arr[v->n_patterns];
	if (n) {
		dd_elem *copy = dyad_arena_alloc(d->arena, n * sizeof *copy);
		if (!copy)
			return dyad__oom(d->ctx);
		memcpy(copy, e, n * sizeof *copy);
		pt->elems = copy;
	}
	pt->n = n;
	pt->code = code;
	pt->note = note;
	pt->origin = origin;
	v->n_patterns++;
	return DYAD_OK;
}

dd_synset *dyad_dict__synset_begin(dyad_dict *d, dd_synacc *a, dd_origin origin)
{
	dd_synset *s = DD_PUSH(d, synsets);
	if (!s)
		return NULL;
	s->origin = origin;
	a->syn = d->n_synsets - 1;
	a->cap = 0;
	return s;
}

dd_name *dyad_dict__synset_add(dyad_dict *d, dd_synacc *a)
{
	dd_synset *s = &d->synsets[a->syn];
	dd_name *arr = dyad_dict__grow(d, s->members, s->n_members, &a->cap, sizeof *arr);
	if (!arr)
		return NULL;
	s->members = arr;
	return &arr[s->n_members++];
}
