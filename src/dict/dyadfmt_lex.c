/*
 * The line-level syntax of dyad's dictionary format (docs/dictionaries.md):
 * notes, "=>" codes, words with their modes and escapes, phrases, pattern
 * elements, dated codes, verb forms and "from" lines. The block structure
 * (which line belongs to which entry) is dyadfmt.c's. Each parser reports
 * a malformed line itself, at lx->at, and returns DYAD_EINPUT, so the
 * caller only drops the line.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "dyad/date.h"
#include "ctx_internal.h"
#include "dyadfmt_read.h"

#define MAX_WORDS 64   /* words in a phrase (as dyad_dict__phrase_tabari) */
#define MAX_ELEMS 256  /* elements in a pattern (TABARI: 255 characters) */
#define MAX_FORMS 64   /* irregular forms of one verb */
#define MAX_DEPTH 16   /* nested groups in a pattern */

dd_span dyad_dict__lex_trim(dd_span t)
{
	while (t.n && isspace((unsigned char)t.s[0])) {
		t.s++;
		t.n--;
	}
	while (t.n && isspace((unsigned char)t.s[t.n - 1]))
		t.n--;
	return t;
}

int dyad_dict__lex_is(dd_span t, const char *word)
{
	return t.n == strlen(word) && !memcmp(t.s, word, t.n);
}

/* Report the line as an error (it is ignored); fmt takes one "%.*s". */
int dyad_dict__lex_bad(dd_lex *r, const char *fmt, const char *arg, size_t n)
{
	return dyad_dict__diag(r->d, 1, r->at, fmt, (int)n, arg);
}

/* As _bad, for a parser whose caller drops the entry or line. */
int dyad_dict__lex_reject(dd_lex *r, const char *fmt, const char *arg, size_t n)
{
	return dyad_dict__lex_bad(r, fmt, arg, n) < 0 ? DYAD_ENOMEM : DYAD_EINPUT;
}

int dyad_dict__lex_str(dd_lex *r, const char **out, dd_span t)
{
	*out = dyad_dict__str(r->d, t.s, t.n, 0);
	return *out ? DYAD_OK : DYAD_ENOMEM;
}

/* Split off a trailing note: a "#" that stands alone (white space before,
 * white space or the end after), so codes such as "###" stay codes. */
dd_span dyad_dict__lex_note(dd_span t, dd_span *note, int *has_note)
{
	size_t i;
	*has_note = 0;
	for (i = 0; i < t.n; i++)
		if (t.s[i] == '#' && (i == 0 || isspace((unsigned char)t.s[i - 1])) &&
			(i + 1 == t.n || isspace((unsigned char)t.s[i + 1]))) {
			note->s = t.s + i + 1;
			note->n = t.n - i - 1;
			*note = dyad_dict__lex_trim(*note);
			*has_note = 1;
			t.n = i;
			break;
		}
	return dyad_dict__lex_trim(t);
}

/* "LEFT => RIGHT" at the last "=>"; 0 when there is none. */
int dyad_dict__lex_arrow(dd_span t, dd_span *left, dd_span *right)
{
	size_t i;
	for (i = t.n; i >= 2; i--)
		if (t.s[i - 2] == '=' && t.s[i - 1] == '>') {
			left->s = t.s;
			left->n = i - 2;
			right->s = t.s + i;
			right->n = t.n - i;
			*left = dyad_dict__lex_trim(*left);
			*right = dyad_dict__lex_trim(*right);
			return 1;
		}
	return 0;
}

static int is_stop(const char *stops, char c)
{
	return c && strchr(stops, c) != NULL;
}

/* The end of a word starting at i: white space or one of stops ends it,
 * and "\x" belongs to it whatever x is. */
static size_t word_end(dd_span t, size_t i, const char *stops)
{
	while (i < t.n && !isspace((unsigned char)t.s[i]) && !is_stop(stops, t.s[i]))
		i += t.s[i] == '\\' && i + 1 < t.n ? 2 : 1;
	return i;
}

/* The first c in t not escaped by "\", or t.n. */
static size_t find_plain(dd_span t, char c)
{
	size_t i = 0;
	while (i < t.n && t.s[i] != c)
		i += t.s[i] == '\\' && i + 1 < t.n ? 2 : 1;
	return i;
}

/* Text without its escapes, into the arena; *escaped_last: the last
 * character was escaped (so it is no mode suffix). */
static int unescape(dd_lex *r, const char **out, dd_span t, int *escaped_last)
{
	char *p = dyad_arena_alloc(r->d->arena, t.n + 1);
	size_t i, n = 0;
	int esc = 0;
	if (!p)
		return dyad__oom(r->d->ctx);
	for (i = 0; i < t.n; i++) {
		esc = t.s[i] == '\\' && i + 1 < t.n;
		i += (size_t)esc;
		p[n++] = t.s[i];
	}
	p[n] = '\0';
	*out = p;
	if (escaped_last)
		*escaped_last = esc;
	return DYAD_OK;
}

/* One word with its mode suffix: "*" stem, "=" literal, none exact. */
static int word(dd_lex *r, dd_word *w, dd_span t)
{
	int esc = 0, rc;
	size_t n;
	char *text;
	if ((rc = unescape(r, &w->text, t, &esc)) < 0)
		return rc;
	text = (char *)w->text;
	n = strlen(text);
	w->mode = DD_EXACT;
	w->gap = 0;
	if (!esc && n && (text[n - 1] == '*' || text[n - 1] == '=')) {
		if (n == 1)
			return dyad_dict__lex_reject(r, "empty word '%.*s' in a phrase", t.s, t.n);
		w->mode = text[n - 1] == '*' ? DD_STEM : DD_LITERAL;
		text[n - 1] = '\0';
	}
	return DYAD_OK;
}

/* Words separated by white space or "_". A "..." standing alone between
 * two words lets other words come between them (dd_word.gap: TABARI's
 * blank-separated "ITHILEN TELEVISION" is "ITHILEN ... TELEVISION").
 * *mark: the index of a word written with a leading "+" (verb forms),
 * UINT32_MAX when none; pass NULL where "+" is an ordinary character. */
int dyad_dict__lex_phrase(dd_lex *r, dd_phrase *out, dd_span t, uint32_t *mark)
{
	dd_word words[MAX_WORDS];
	uint32_t n = 0;
	size_t i = 0;
	int rc, gap = 0;

	out->words = NULL;
	out->n = 0;
	if (mark)
		*mark = UINT32_MAX;
	while (i < t.n) {
		dd_span w;
		while (i < t.n && (isspace((unsigned char)t.s[i]) || t.s[i] == '_'))
			i++;
		if (i >= t.n)
			break;
		w.s = t.s + i;
		i = word_end(t, i, "_");
		w.n = (size_t)(t.s + i - w.s);
		if (w.n == 3 && !memcmp(w.s, "...", 3)) {
			if (!n || gap)
				return dyad_dict__lex_reject(r, "'...' must stand between two words in '%.*s'", t.s, t.n);
			gap = 1;
			continue;
		}
		if (n == MAX_WORDS)
			return dyad_dict__lex_reject(r, "phrase '%.*s' has more than 64 words", t.s, t.n);
		if (mark && w.n > 1 && w.s[0] == '+') {
			if (*mark != UINT32_MAX)
				return dyad_dict__lex_reject(r, "more than one verb word marked '+' in '%.*s'", t.s, t.n);
			*mark = n;
			w.s++;
			w.n--;
		}
		if ((rc = word(r, &words[n], w)) < 0)
			return rc;
		words[n++].gap = (uint8_t)gap;
		gap = 0;
	}
	if (gap)
		return dyad_dict__lex_reject(r, "'...' must stand between two words in '%.*s'", t.s, t.n);
	if (!n)
		return DYAD_OK;
	out->words = dyad_arena_alloc(r->d->arena, n * sizeof *words);
	if (!out->words)
		return dyad__oom(r->d->ctx);
	memcpy(out->words, words, n * sizeof *words);
	out->n = n;
	return DYAD_OK;
}

/* A phrase that must not be empty. */
int dyad_dict__lex_phrase_req(dd_lex *r, dd_phrase *out, dd_span t, uint32_t *mark)
{
	int rc = dyad_dict__lex_phrase(r, out, t, mark);
	if (rc == DYAD_OK && !out->n) {
		return dyad_dict__lex_reject(r, "missing phrase%.*s", "", 0);
	}
	return rc;
}

static int is_group(char c)
{
	return c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == '|';
}

static const char group_chars[] = "[|]{}()";
static const uint8_t group_kinds[] = { DD_E_ALT_BEGIN, DD_E_ALT_OR, DD_E_ALT_END,
	DD_E_NP_BEGIN, DD_E_NP_END, DD_E_PP_BEGIN, DD_E_PP_END };
static const char marker_chars[] = "$+*%@^";
static const uint8_t marker_kinds[] = { DD_E_SOURCE, DD_E_TARGET, DD_E_VERB, DD_E_COMPOUND,
	DD_E_ATTRIB, DD_E_SKIP };

/* Check that groups nest: "[ | ]" alternatives, "{ }" and "( )". */
static int groups(dd_lex *r, const dd_elem *e, uint32_t n, dd_span t)
{
	char stack[MAX_DEPTH];
	uint32_t i, depth = 0;
	for (i = 0; i < n; i++) {
		const char *g = memchr(group_kinds, e[i].kind, sizeof group_kinds);
		char c = g ? group_chars[g - (const char *)group_kinds] : 0;
		if (c == '[' || c == '{' || c == '(') {
			if (depth == MAX_DEPTH)
				return dyad_dict__lex_reject(r, "groups nested too deeply in '%.*s'", t.s, t.n);
			stack[depth++] = c;
		} else if (c == '|') {
			if (!depth || stack[depth - 1] != '[')
				return dyad_dict__lex_reject(r, "'|' outside [ ] in '%.*s'", t.s, t.n);
		} else if (c) {
			char open = c == ']' ? '[' : c == '}' ? '{' : '(';
			if (!depth || stack[--depth] != open)
				return dyad_dict__lex_reject(r, "unbalanced brackets in '%.*s'", t.s, t.n);
		}
	}
	if (depth)
		return dyad_dict__lex_reject(r, "unbalanced brackets in '%.*s'", t.s, t.n);
	return DYAD_OK;
}

/* Pattern elements: words, markers, "&SYNSET", groups; "_" glues the next
 * element to the previous one (dd_elem.joined). */
int dyad_dict__lex_pattern(dd_lex *r, dd_pattern *p, dd_span t)
{
	dd_elem elems[MAX_ELEMS];
	uint32_t n = 0;
	size_t i = 0;
	int glue = 0, rc;

	while (i < t.n) {
		char c = t.s[i];
		dd_elem *e;
		dd_span w;
		if (isspace((unsigned char)c)) {
			glue = 0;
			i++;
			continue;
		}
		if (c == '_') {
			glue = 1;
			i++;
			continue;
		}
		if (n == MAX_ELEMS)
			return dyad_dict__lex_reject(r, "pattern '%.*s' has more than 256 elements", t.s, t.n);
		e = &elems[n++];
		memset(e, 0, sizeof *e);
		e->joined = (uint8_t)glue;
		glue = 0;
		if (is_group(c)) {
			e->kind = group_kinds[strchr(group_chars, c) - group_chars];
			i++;
			continue;
		}
		w.s = t.s + i;
		if (c == '&') { /* synset names may hold "_" */
			i = word_end(t, i, "{}()[]|");
			w.n = (size_t)(t.s + i - w.s);
			if (w.n == 1)
				return dyad_dict__lex_reject(r, "missing synset name after '&' in '%.*s'", t.s, t.n);
			e->kind = DD_E_SYNSET;
			w.s++;
			w.n--;
			if ((rc = unescape(r, &e->text, w, NULL)) < 0)
				return rc;
			continue;
		}
		i = word_end(t, i, "_{}()[]|");
		w.n = (size_t)(t.s + i - w.s);
		if (w.n == 1 && c && strchr(marker_chars, c)) { /* c: NUL would match the terminator */
			e->kind = marker_kinds[strchr(marker_chars, c) - marker_chars];
			continue;
		}
		dd_word dw;
		if ((rc = word(r, &dw, w)) < 0)
			return rc;
		e->kind = DD_E_WORD;
		e->mode = dw.mode;
		e->text = dw.text;
	}
	if (!n) {
		return dyad_dict__lex_reject(r, "empty pattern%.*s", "", 0);
	}
	if ((rc = groups(r, elems, n, t)) < 0)
		return rc;
	p->elems = dyad_arena_alloc(r->d->arena, n * sizeof *elems);
	if (!p->elems)
		return dyad__oom(r->d->ctx);
	memcpy(p->elems, elems, n * sizeof *elems);
	p->n = n;
	return DYAD_OK;
}

/* An ISO date "YYYY-MM-DD" as a day number. */
static int iso_day(int32_t *out, dd_span t)
{
	char buf[11];
	int y, m, dd;
	if (t.n != 10)
		return -1;
	memcpy(buf, t.s, 10);
	buf[10] = '\0';
	if (!dyad_date_valid(buf) || dyad_date_parse(&y, &m, &dd, buf) != 0)
		return -1;
	*out = (int32_t)dyad_date_days(y, m, dd);
	return 0;
}

/* "A..B" (either end may be open), "<D" (up to and including D), ">D"
 * (from D on): model.h, TABARI manual 6.5.2. */
static int dates(dd_code *c, dd_span t)
{
	int32_t day;
	size_t i;
	if (t.n && (t.s[0] == '<' || t.s[0] == '>')) {
		dd_span rest = { t.s + 1, t.n - 1 };
		if (iso_day(&day, rest) < 0)
			return -1;
		c->datekind = t.s[0] == '<' ? DD_BEFORE : DD_AFTER;
		c->from = t.s[0] == '<' ? DD_DAY_MIN : day;
		c->to = t.s[0] == '<' ? day : DD_DAY_MAX;
		return 0;
	}
	for (i = 0; i + 1 < t.n; i++)
		if (t.s[i] == '.' && t.s[i + 1] == '.') {
			dd_span a = { t.s, i }, b = { t.s + i + 2, t.n - i - 2 };
			c->datekind = DD_RANGE;
			c->from = DD_DAY_MIN;
			c->to = DD_DAY_MAX;
			if ((a.n && iso_day(&c->from, a) < 0) || (b.n && iso_day(&c->to, b) < 0))
				return -1;
			return 0;
		}
	return -1;
}

/* "CODE [DATES]" */
int dyad_dict__lex_code(dd_lex *r, dd_code *c, dd_span t)
{
	size_t i = 0;
	dd_span code, rest;
	while (i < t.n && !isspace((unsigned char)t.s[i]))
		i++;
	code.s = t.s;
	code.n = i;
	rest.s = t.s + i;
	rest.n = t.n - i;
	rest = dyad_dict__lex_trim(rest);
	if (!code.n)
		return dyad_dict__lex_reject(r, "missing code%.*s", "", 0);
	c->from = DD_DAY_MIN;
	c->to = DD_DAY_MAX;
	c->datekind = DD_UNDATED;
	if (rest.n && dates(c, rest) < 0)
		return dyad_dict__lex_reject(r, "bad date '%.*s': expected YYYY-MM-DD..YYYY-MM-DD, <YYYY-MM-DD or "
			">YYYY-MM-DD", rest.s, rest.n);
	return dyad_dict__lex_str(r, &c->code, code);
}

/* "PHRASE {FORM, FORM}"; a "*" among the forms asks for the regular ones
 * (dd_verbform.conjugate): a lone "*" is never a phrase (an empty stem). */
int dyad_dict__lex_form(dd_lex *r, dd_verbform *f, dd_span t)
{
	size_t open = find_plain(t, '{');
	dd_span head = t;
	int rc;

	if (open < t.n) {
		dd_span body = { t.s + open + 1, t.n - open - 1 };
		dd_phrase forms[MAX_FORMS];
		uint32_t n = 0;
		head.n = open;
		if (find_plain(body, '}') + 1 != body.n)
			return dyad_dict__lex_reject(r, "missing '}' after the forms in '%.*s'", t.s, t.n);
		body.n--;
		while (body.n) {
			size_t at = find_plain(body, ',');
			const char *comma = at < body.n ? body.s + at : NULL;
			dd_span one = { body.s, at };
			if (dyad_dict__lex_is(dyad_dict__lex_trim(one), "*")) {
				f->conjugate = 1;
			} else {
				if (n == MAX_FORMS)
					return dyad_dict__lex_reject(r, "more than 64 forms in '%.*s'", t.s, t.n);
				if ((rc = dyad_dict__lex_phrase_req(r, &forms[n++], one, NULL)) < 0)
					return rc;
			}
			if (!comma)
				break;
			body.n -= (size_t)(comma + 1 - body.s);
			body.s = comma + 1;
		}
		if (n) {
			f->forms = dyad_arena_alloc(r->d->arena, n * sizeof *forms);
			if (!f->forms)
				return dyad__oom(r->d->ctx);
			memcpy(f->forms, forms, n * sizeof *forms);
			f->n_forms = n;
		}
	}
	if ((rc = dyad_dict__lex_phrase_req(r, &f->phrase, dyad_dict__lex_trim(head), &f->verb_index)) < 0)
		return rc;
	if (f->verb_index == UINT32_MAX)
		f->verb_index = 0;
	return DYAD_OK;
}

/* "FILE:LINE" or "FILE" */
int dyad_dict__lex_from(dd_lex *r, dd_source *src, dd_span t)
{
	size_t i = t.n, k;
	uint32_t line = 0;
	if (!t.n)
		return dyad_dict__lex_reject(r, "missing file in 'from'%.*s", "", 0);
	while (i && t.s[i - 1] != ':')
		i--;
	if (i && i < t.n && i - 1 > 0) {
		int digits = 1;
		for (k = i; k < t.n; k++)
			digits &= isdigit((unsigned char)t.s[k]) != 0;
		if (digits && t.n - i <= 9) {
			for (k = i; k < t.n; k++)
				line = line * 10 + (uint32_t)(t.s[k] - '0');
			t.n = i - 1;
		}
	}
	src->line = line;
	return dyad_dict__lex_str(r, &src->file, t);
}
