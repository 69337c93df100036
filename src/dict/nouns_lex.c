/*
 * Line, comment, bracket and date handling shared by the actor, agent,
 * discard, issue, option and project readers (nouns.h), and the phrase and
 * code printers their writers share. TABARI comments: lines starting with
 * "#" or "/", ";" after an entry (manual 5.2). PETRARCH comments: lines
 * starting with "#", "<!-- … -->" (possibly over several lines), "#" after
 * an entry, and ";" as a legacy comment (PETRARCH docs, "General Rules").
 */
#include <ctype.h>
#include <string.h>

#include "dyad/date.h"
#include "ctx_internal.h"
#include "nouns.h"

void dyad_dict__noun_lines_init(dd_nlines *it, uint32_t file, const char *buf, size_t len, int petrarch)
{
	memset(it, 0, sizeof *it);
	it->p = buf;
	it->end = buf + len;
	it->file = file;
	it->petrarch = petrarch;
}

int dyad_dict__noun_lines_raw(dd_nlines *it, const char **s, size_t *n)
{
	const char *e;
	if (it->p >= it->end)
		return 0;
	e = memchr(it->p, '\n', (size_t)(it->end - it->p));
	if (!e)
		e = it->end;
	*s = it->p;
	*n = (size_t)(e - it->p);
	if (*n > 0 && (*s)[*n - 1] == '\r')
		(*n)--;
	it->p = e < it->end ? e + 1 : e;
	it->line++;
	return 1;
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void trim(const char **s, size_t *n)
{
	while (*n > 0 && is_ws(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && is_ws((*s)[*n - 1]))
		(*n)--;
}

static const char *find(const char *s, size_t n, const char *what)
{
	size_t k = strlen(what), i;
	for (i = 0; i + k <= n; i++)
		if (s[i] == what[0] && !memcmp(s + i, what, k))
			return s + i;
	return NULL;
}

int dyad_dict__noun_lines_next(dd_nlines *it, dd_nline *out)
{
	const char *s, *c;
	size_t n;

	while (dyad_dict__noun_lines_raw(it, &s, &n)) {
		const char *b = s;
		size_t bn = n;
		if (it->in_xml) {
			/* PETRARCH skips the whole line holding the "-->". */
			if (find(s, n, "-->"))
				it->in_xml = 0;
			continue;
		}
		trim(&b, &bn);
		if (bn == 0 || b[0] == '#')
			continue;
		if (!it->petrarch && b[0] == '/')
			continue;
		if (it->petrarch && bn >= 2 && b[0] == '<' && b[1] == '!') {
			if (bn >= 4 && !memcmp(b, "<!--", 4) && !find(b + 4, bn - 4, "-->"))
				it->in_xml = 1;
			continue;
		}
		out->raw = s;
		out->raw_len = n;
		out->indented = n > 0 && (s[0] == ' ' || s[0] == '\t');
		out->note = NULL;
		out->note_len = 0;
		c = memchr(b, ';', bn);
		if (it->petrarch) {
			const char *h = NULL, *x = find(b, bn, "<!--");
			size_t i, depth = 0;
			/* "#" starts a comment, but not inside "[###]" */
			for (i = 0; i < bn && !h; i++)
				if (b[i] == '[')
					depth++;
				else if (b[i] == ']' && depth)
					depth--;
				else if (b[i] == '#' && !depth)
					h = b + i;
			if (h && (!c || h < c))
				c = h;
			if (x && (!c || x < c))
				c = x;
		}
		if (c) {
			const char *ns = c + (*c == '<' ? 4 : 1);
			size_t nn = (size_t)(b + bn - ns);
			const char *xe = *c == '<' ? find(ns, nn, "-->") : NULL;
			if (xe)
				nn = (size_t)(xe - ns);
			trim(&ns, &nn);
			if (nn) {
				out->note = ns;
				out->note_len = nn;
			}
			bn = (size_t)(c - b);
			trim(&b, &bn);
			if (bn == 0)
				continue; /* a comment-only line */
		}
		out->body = b;
		out->body_len = bn;
		return 1;
	}
	return 0;
}

int dyad_dict__noun_finish(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_ws(s[i]))
		i++;
	if (i >= n || s[i] != '~')
		return 0;
	while (i < n && s[i] == '~')
		i++;
	while (n > i && is_ws(s[n - 1]))
		n--;
	if (i == n)
		return 1;
	return n - i >= 6 && !strncmp(s + i, "FINISH", 6);
}

int dyad_dict__noun_bracket(const char **p, const char *end, const char **in, size_t *in_len,
	const char **junk, size_t *junk_len, int *brace)
{
	const char *s = *p, *o, *c;
	size_t n;

	*junk = NULL;
	*junk_len = 0;
	*brace = 0;
	o = memchr(s, '[', (size_t)(end - s));
	n = (size_t)((o ? o : end) - s);
	trim(&s, &n);
	if (n) {
		*junk = s;
		*junk_len = n;
	}
	if (!o) {
		*p = end;
		return 0;
	}
	c = memchr(o + 1, ']', (size_t)(end - o - 1));
	*in = o + 1;
	*in_len = (size_t)((c ? c : end) - (o + 1));
	trim(in, in_len);
	*p = c ? c + 1 : end;
	if (c)
		return 1;
	*brace = *in_len > 0 && (*in)[*in_len - 1] == '}';
	if (*brace)
		(*in_len)--;
	return -1;
}

const char *dyad_dict__noun_span(dyad_dict *d, const char *s, size_t len, int *rc)
{
	const char *r;
	if (len == 0)
		return NULL;
	r = dyad_dict__str(d, s, len, 0);
	if (!r)
		*rc = DYAD_ENOMEM;
	return r;
}

static int days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : mdays[m - 1];
}

static int num(const char *s, size_t n)
{
	int v = 0;
	while (n--)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* One date of a restriction. TABARI/PETRARCH write YYMMDD (00-30 are
 * 20xx, manual 6.5.2) or YYYYMMDD. Like PETRARCH's dstr_to_ordate, a
 * 7-digit date is read by its first six digits and a longer one by its
 * first eight, with a warning; a day past the month's end is clamped to
 * it (the source surely meant the month's last day) with a warning. */
static int date_field(dyad_dict *d, dd_origin at, const char *s, size_t n, int32_t *out)
{
	int rc = DYAD_OK, y, m, dd, last;
	size_t use = n, i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			break;
	if (n < 6 || i < n) {
		DD_DIAG(d, rc, 1, at, "malformed date '%.*s' (want YYMMDD or YYYYMMDD); code dropped",
			(int)n, s);
		return rc < 0 ? rc : 0;
	}
	if (n == 7)
		use = 6;
	else if (n > 8)
		use = 8;
	if (use != n)
		DD_DIAG(d, rc, 0, at, "date '%.*s' has %zu digits: read as '%.*s' (as PETRARCH does)",
			(int)n, s, n, (int)use, s);
	if (use == 6) {
		y = num(s, 2);
		y += y <= 30 ? 2000 : 1900;
	} else {
		y = num(s, 4);
		s += 2;
	}
	m = num(s + 2, 2);
	dd = num(s + 4, 2);
	if (m < 1 || m > 12 || dd < 1) {
		DD_DIAG(d, rc, 1, at, "impossible date '%.*s'; code dropped", (int)use, s - (use == 8 ? 2 : 0));
		return rc < 0 ? rc : 0;
	}
	last = days_in_month(y, m);
	if (dd > last) {
		DD_DIAG(d, rc, 0, at, "impossible date '%.*s' (month %d has %d days): read as %04d-%02d-%02d",
			(int)use, s - (use == 8 ? 2 : 0), m, last, y, m, last);
		dd = last;
	}
	*out = (int32_t)dyad_date_days(y, m, dd);
	return rc < 0 ? rc : 1;
}

int dyad_dict__noun_code(dyad_dict *d, dd_origin at, const char *s, size_t n, dd_code *c)
{
	char rest[64];
	size_t i = 0, k = 0, r;
	int rc = DYAD_OK;
	const char *dash;
	int32_t a, b;

	trim(&s, &n);
	while (i < n && !is_ws(s[i]))
		i++;
	for (r = 0, k = 0; r < i && s[r] && strchr("0123456789<>-", s[r]); r++)
		k += isdigit((unsigned char)s[r]) != 0;
	if (n == 0 || (r == i && k > 0)) {
		/* "[]" or "[ 991201-010114]": a date with no code before it */
		DD_DIAG(d, rc, 1, at, "missing code in '[%.*s]'", (int)n, s);
		return rc < 0 ? rc : 0;
	}
	c->code = dyad_dict__str(d, s, i, 0);
	if (!c->code)
		return DYAD_ENOMEM;
	c->origin = at;
	c->from = DD_DAY_MIN;
	c->to = DD_DAY_MAX;
	c->datekind = DD_UNDATED;
	/* "950601 - 990815" and "< 950601" occur: drop inner white space. */
	for (r = i; r < n; r++)
		if (!is_ws(s[r])) {
			if (k == sizeof rest - 1) {
				DD_DIAG(d, rc, 1, at, "malformed date restriction in '[%.*s]'; code dropped",
					(int)n, s);
				return rc < 0 ? rc : 0;
			}
			rest[k++] = s[r];
		}
	rest[k] = '\0';
	if (k == 0)
		return 1;
	if (rest[0] == '<' || rest[0] == '>') {
		int ok = date_field(d, at, rest + 1, k - 1, &a);
		if (ok <= 0)
			return ok;
		if (rest[0] == '<') {
			c->datekind = DD_BEFORE;
			c->to = a; /* "<" includes the date itself (TABARI manual 6.5.2) */
		} else {
			c->datekind = DD_AFTER;
			c->from = a;
		}
		return 1;
	}
	dash = strchr(rest, '-');
	if (!dash && isdigit((unsigned char)rest[0])) {
		/* Phoenix has "[USAGOV 19820101] # entered Foreign Service": a
		 * start date written without its ">". */
		int ok = date_field(d, at, rest, k, &a);
		if (ok <= 0)
			return ok;
		DD_DIAG(d, rc, 0, at, "date '%s' has no '<', '>' or range: read as '>%s'", rest, rest);
		c->datekind = DD_AFTER;
		c->from = a;
		return rc < 0 ? rc : 1;
	}
	if (!dash || dash == rest) {
		DD_DIAG(d, rc, 1, at, "malformed date restriction '%s' in '[%.*s]'; code dropped", rest,
			(int)n, s);
		return rc < 0 ? rc : 0;
	}
	{
		int ok = date_field(d, at, rest, (size_t)(dash - rest), &a);
		if (ok <= 0)
			return ok;
		ok = date_field(d, at, dash + 1, strlen(dash + 1), &b);
		if (ok <= 0)
			return ok;
	}
	if (b < a)
		DD_DIAG(d, rc, 0, at, "date range '%s' ends before it starts: the code never applies", rest);
	c->datekind = DD_RANGE;
	c->from = a;
	c->to = b;
	return rc < 0 ? rc : 1;
}

void dyad_dict__noun_put_phrase(FILE *f, const dd_phrase *p)
{
	uint32_t i;
	for (i = 0; i < p->n; i++) {
		const dd_word *w = &p->words[i];
		int last = i + 1 == p->n;
		fputs(w->text, f);
		if (w->mode == DD_LITERAL)
			fputc('=', f);
		/* Inner words are whole words whatever their mode (phrase_tabari
		 * gives them DD_EXACT); the last one says its mode itself. A
		 * blank before the next word lets words come between (gap). */
		if (!last && p->words[i + 1].gap)
			fputc(' ', f);
		else if (!last || w->mode == DD_EXACT)
			fputc('_', f);
	}
}

static void put_date(FILE *f, int32_t days)
{
	int y, m, dd;
	dyad_date_from_days(&y, &m, &dd, days);
	if (y >= 1931 && y <= 2030)
		fprintf(f, "%02d%02d%02d", y % 100, m, dd);
	else
		fprintf(f, "%04d%02d%02d", y, m, dd);
}

void dyad_dict__noun_put_code(FILE *f, const dd_code *c)
{
	fprintf(f, "[%s", c->code);
	switch (c->datekind) {
	case DD_BEFORE:
		fputs(" <", f);
		put_date(f, c->to);
		break;
	case DD_AFTER:
		fputs(" >", f);
		put_date(f, c->from);
		break;
	case DD_RANGE:
		fputc(' ', f);
		put_date(f, c->from);
		fputc('-', f);
		put_date(f, c->to);
		break;
	default:
		break;
	}
	fputc(']', f);
}
