/*
 * TABARI validation suites (TABARI 0.8.4 manual, 10.1): the .project that
 * names the files, and the text records with their expected events.
 *
 * Records are TABARI text records (4.3), read as reader_tabari.c reads them
 * (the story text is the same), with three differences that keep a suite's
 * expectations exact:
 *   - the header date is TABARI's fixed-width field: six digits, or eight
 *     once an "OPTION: SET: YYYY = TRUE" record has been read; extra digits
 *     are skipped with a warning ("9501201  ACTORSYN-01" is 1995-01-20, which
 *     its expected actor's date restriction confirms);
 *   - braces are looked for in the whole record, not only inside comments:
 *     TABARI passes PATTERN-26 and AGENTS-11, whose last events follow a
 *     stray star-slash, and DEBUG-08b keeps its braces mid-text on purpose;
 *   - a comment left open ends with its record, as in TABARI (COMPOUND-06,
 *     DEFAULT-06b), with a warning.
 * Within braces (10.1): "SRC / TGT / CODE" and an optional date after the
 * "}"; the markers ---, ###, +++; a "-" before the "{" unchecks the record;
 * "OPTION: cmd" (10.1.1), which may lack its "}" (MINWRD-ACTIVATE) and then
 * ends at the star-slash or the line's end. Empty braces are prose.
 */
#include <string.h>
#include <strings.h>

#include "ctx_internal.h"
#include "suite_internal.h"

/* ---- the .project file (4.2) ---- */

typedef struct project_tag {
	const char *tag;
	const char *role;    /* NULL: the text file */
} project_tag;

static const project_tag project_tags[] = {
	{ "<actorsfile>", "actors" }, { "<verbsfile>", "verbs" },
	{ "<optionsfile>", "options" }, { "<agentsfile>", "agents" },
	{ "<textfile>", NULL },
};

int dyad__suite_tabari_project(dyad_suite *s, const char *head, size_t n, const char *path,
	size_t dir_len, char **text_path)
{
	size_t i = 0, k;
	long line = 1;
	int rc;

	*text_path = NULL;
	while (i < n) {
		const char *nl = memchr(head + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - head) : n;
		const char *p = head + i;
		size_t len = end - i;

		/* lines that do not begin with "<" are comments (4.2 rule 3) */
		for (k = 0; k < sizeof project_tags / sizeof project_tags[0]; k++) {
			size_t t = strlen(project_tags[k].tag), w = 0;
			const char *v = p + t;
			size_t vn = len - t;
			if (len < t || strncasecmp(p, project_tags[k].tag, t) != 0)
				continue;
			dyad__suite_trim(&v, &vn);
			while (w < vn && v[w] != ' ' && v[w] != '\t')
				w++; /* the name is the first word; a comment may follow */
			if (w == 0)
				return dyad__error(s->ctx, DYAD_EINPUT, "%s:%ld: %s names no file", path,
					line, project_tags[k].tag);
			if (project_tags[k].role) {
				rc = dyad__suite_add_dict(s, path, dir_len, v, w, project_tags[k].role);
			} else if (*text_path) {
				rc = DYAD_OK; /* TABARI codes the first text file named */
			} else {
				size_t d = v[0] == '/' ? 0 : dir_len;
				*text_path = dyad_ctx_malloc(s->ctx, d + w + 1);
				if (!*text_path)
					return DYAD_ENOMEM;
				memcpy(*text_path, path, d);
				memcpy(*text_path + d, v, w);
				(*text_path)[d + w] = '\0';
				rc = DYAD_OK;
			}
			if (rc < 0)
				return rc;
			break;
		}
		i = end + 1;
		line++;
	}
	if (!*text_path)
		return dyad__error(s->ctx, DYAD_EINPUT, "%s: no <textfile> line in the project", path);
	return DYAD_OK;
}

/* ---- records ---- */

static int is_blank(const char *p, size_t n)
{
	while (n--) {
		char c = *p++;
		if (c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f')
			return 0;
	}
	return 1;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Stream to the end of the current block; *size counts its bytes. */
static int skip_block(dyad_reader *r, size_t *size)
{
	for (;;) {
		const char *p;
		size_t n;
		long line;
		int rc = dyad__reader_getline(r, &p, &n, &line);

		if (rc == 0)
			return 0;
		if (rc < 0 && rc != DYAD_ELIMIT)
			return rc;
		if (rc == 1 && is_blank(p, n))
			return 0;
		*size += n + 1;
	}
}

/* State of the record being read. */
typedef struct rec {
	dyad_suite *s;
	dyad_arena *a;
	dyad_suite_record *out;
	const char *name;
	size_t cap_events, cap_options, cap_warnings;
	int braces;          /* non-empty brace groups seen */
} rec;

/* "-1": bad date; "-2": no id. *digits gets the length of the digit run. */
static int header(const char *p, size_t n, int yyyy, char date[11], const char **id,
	size_t *id_len, size_t *digits)
{
	size_t d = 0, w = yyyy ? 8 : 6;

	while (d < n && is_digit(p[d]))
		d++;
	*digits = d;
	if (d < w || dyad__date_parse(date, p, w, yyyy ? DYAD__DATE_YMD8 : DYAD__DATE_YMD6) != 0)
		return -1;
	p += d, n -= d;
	while (n && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	*id = p;
	*id_len = n;
	return n ? 0 : -2;
}

static int add_option(rec *c, const char *p, size_t n)
{
	const char **slot = dyad__suite_push(c->a, &c->out->options, &c->out->n_options,
		&c->cap_options, sizeof *slot);
	if (!slot || !(*slot = dyad_arena_strndup(c->a, p, n)))
		return dyad__oom(c->s->ctx);
	return DYAD_OK;
}

/* A field of "SRC / TGT / CODE", trimmed; NULL when empty (or holding a
 * NUL byte, which would cut it short). */
static const char *field(rec *c, const char *p, size_t n, int *oom)
{
	dyad__suite_trim(&p, &n);
	if (!n || memchr(p, '\0', n))
		return NULL;
	p = dyad_arena_strndup(c->a, p, n);
	*oom |= !p;
	return p;
}

static int add_event(rec *c, const char *body, size_t n, const char *raw, size_t raw_n,
	const char *after, size_t after_n, long line)
{
	const char *s1 = memchr(body, '/', n), *s2 = s1 ? memchr(s1 + 1, '/', (size_t)(body + n - s1 - 1)) : NULL;
	dyad_expected_event *e;
	int oom = 0;
	size_t w = 0;

	if (!s2 || memchr(s2 + 1, '/', (size_t)(body + n - s2 - 1)))
		goto bad;
	e = dyad__suite_push(c->a, &c->out->events, &c->out->n_events, &c->cap_events, sizeof *e);
	if (!e)
		return dyad__oom(c->s->ctx);
	e->line = line;
	e->source = field(c, body, (size_t)(s1 - body), &oom);
	e->target = field(c, s1 + 1, (size_t)(s2 - s1 - 1), &oom);
	e->code = field(c, s2 + 1, (size_t)(body + n - s2 - 1), &oom);
	e->raw = dyad_arena_strndup(c->a, raw, raw_n);
	if (oom || !e->raw)
		return dyad__oom(c->s->ctx);
	if (!e->source || !e->target || !e->code) {
		c->out->n_events--;
		goto bad;
	}
	/* "} 950103": the date time shifting is checked against (10.1);
	 * other words after the "}" are notes and ignored */
	dyad__suite_trim(&after, &after_n);
	while (w < after_n && after[w] != ' ' && after[w] != '\t')
		w++;
	if (w && is_digit(after[0])) {
		char date[11];
		size_t want = c->s->yyyy ? 8 : 6;
		if (w != want || dyad__date_parse(date, after, w,
				c->s->yyyy ? DYAD__DATE_YMD8 : DYAD__DATE_YMD6) != 0)
			return dyad__error(c->s->ctx, DYAD_EINPUT,
				"%s:%ld: bad date \"%.*s\" after an expected event (expected %s)", c->name,
				line, (int)(w < 40 ? w : 40), after, c->s->yyyy ? "YYYYMMDD" : "YYMMDD");
		if (!(e->date = dyad_arena_strndup(c->a, date, 10)))
			return dyad__oom(c->s->ctx);
	}
	return DYAD_OK;
bad:
	return dyad__error(c->s->ctx, DYAD_EINPUT,
		"%s:%ld: expected event \"%.*s\" is not { source / target / code }", c->name, line,
		(int)(raw_n < 80 ? raw_n : 80), raw);
}

static size_t find2(const char *p, size_t from, size_t to, char a, char b)
{
	size_t i;
	for (i = from; i + 1 < to; i++)
		if (p[i] == a && p[i + 1] == b)
			return i;
	return to;
}

/* The brace group at b[i] == '{', on line `line`; *end gets where the scan
 * for further groups resumes. */
static int brace(rec *c, const char *b, size_t len, size_t i, long line, int in_comment,
	size_t *end)
{
	const char *nl = memchr(b + i, '\n', len - i);
	size_t eol = nl ? (size_t)(nl - b) : len;
	const char *close = memchr(b + i + 1, '}', eol - i - 1);
	size_t body_end = close ? (size_t)(close - b) : find2(b, i + 1, eol, '*', '/');
	size_t raw_from = i > 0 && b[i - 1] == '-' ? i - 1 : i;
	size_t raw_to = close ? body_end + 1 : body_end;
	const char *body = b + i + 1, *raw = b + raw_from;
	size_t n = body_end - i - 1, raw_n = raw_to - raw_from, k, m = 0;
	char compact[4];
	int rc;

	*end = raw_to;
	dyad__suite_trim(&body, &n);
	dyad__suite_trim(&raw, &raw_n);
	if (raw_from < i) { /* -{...}: do not check this record (10.1) */
		c->braces++;
		c->out->unchecked = 1;
		return DYAD_OK;
	}
	if (n == 0 && close)
		return DYAD_OK; /* "{}" in prose, as START-00 has */
	c->braces++;
	if (!in_comment) {
		rc = dyad__suite_warn(c->a, c->out, &c->cap_warnings,
			"%s:%ld: \"%.*s\" is outside a comment; read as TABARI reads it", c->name, line,
			(int)(raw_n < 80 ? raw_n : 80), raw);
		if (rc < 0)
			return dyad__oom(c->s->ctx);
	}
	if (n >= 7 && strncasecmp(body, "OPTION:", 7) == 0) {
		const char *cmd = body + 7;
		size_t cn = n - 7;
		dyad__suite_trim(&cmd, &cn);
		if (!cn)
			return dyad__error(c->s->ctx, DYAD_EINPUT, "%s:%ld: OPTION names no command",
				c->name, line);
		if (!close && dyad__suite_warn(c->a, c->out, &c->cap_warnings,
				"%s:%ld: OPTION has no \"}\"; read to the end of its line as TABARI does",
				c->name, line) < 0)
			return dyad__oom(c->s->ctx);
		return add_option(c, cmd, cn);
	}
	if (!close)
		return dyad__error(c->s->ctx, DYAD_EINPUT, "%s:%ld: \"{\" is not closed on its line",
			c->name, line);
	for (k = 0; k < n && m < sizeof compact; k++)
		if (body[k] != ' ' && body[k] != '\t')
			compact[m++] = body[k];
	if (m == 3 && k == n) {
		if (memcmp(compact, "---", 3) == 0)
			return c->out->expect_none = 1, DYAD_OK;
		if (memcmp(compact, "###", 3) == 0)
			return c->out->discard = 1, DYAD_OK;
		if (memcmp(compact, "+++", 3) == 0)
			return c->out->complex = 1, DYAD_OK;
	}
	return add_event(c, body, n, raw, raw_n, b + raw_to, find2(b, raw_to, eol, '*', '/') - raw_to,
		line);
}

/* The comment text as TABARI displays it: a line break at each "\n"
 * escape and between comments (src separates them with NULs); other line
 * ends are word wraps. Blanks are trimmed and blank lines dropped. */
static const char *make_note(dyad_arena *a, const char *src, size_t n)
{
	char *d = dyad_arena_alloc(a, n + 1);
	size_t i, o = 0, line_start = 0;

	if (!d)
		return NULL;
	for (i = 0; i <= n; i++) {
		char ch = i < n ? src[i] : '\0';
		if (ch == '\\' && i + 1 < n && src[i + 1] == 'n')
			ch = '\0', i++;
		else if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == '\0') { /* a line break */
			while (o > line_start && d[o - 1] == ' ')
				o--;
			if (o > line_start)
				d[o++] = '\n';
			line_start = o;
		} else if (ch != ' ' || (o > line_start && d[o - 1] != ' ')) {
			d[o++] = ch;
		}
	}
	while (o && d[o - 1] == '\n')
		o--;
	d[o] = '\0';
	return o ? d : NULL;
}

/* Split the record body (lines after the header, joined by "\n") into
 * story text, note and expectations. first_line is the body's first line. */
static int process(rec *c, const char *b, size_t len, long first_line)
{
	dyad_reader *r = c->s->r;
	char *note = dyad_arena_alloc(c->a, len + 2);
	size_t i, from = 0, skip_to = 0, nn = 0, tlen;
	long line = first_line, comment_line = 0;
	int in_comment = 0, rc = DYAD_OK;

	if (!note)
		return dyad__oom(c->s->ctx);
	dyad__scratch_clear(r);
	for (i = 0; i < len && rc == DYAD_OK; i++) {
		char ch = b[i];
		if (!in_comment && ch == '/' && i + 1 < len && b[i + 1] == '*') {
			rc = dyad__scratch_add(r, b + from, i - from);
			in_comment = 1;
			comment_line = line;
			i++;
			continue;
		}
		if (in_comment && ch == '*' && i + 1 < len && b[i + 1] == '/') {
			rc = dyad__scratch_add(r, " ", 1); /* a comment is a blank */
			in_comment = 0;
			note[nn++] = '\0';
			from = i + 2;
			i++;
			continue;
		}
		if (ch == '{' && i >= skip_to)
			rc = brace(c, b, len, i, line, in_comment, &skip_to);
		if (in_comment)
			note[nn++] = ch;
		if (ch == '\n')
			line++;
	}
	if (rc < 0)
		return rc;
	if (in_comment) {
		note[nn++] = '\0';
		rc = dyad__suite_warn(c->a, c->out, &c->cap_warnings,
			"%s:%ld: comment is not closed; it ends with its record, as in TABARI", c->name,
			comment_line);
	} else {
		rc = dyad__scratch_add(r, b + from, len - from);
	}
	if (rc < 0)
		return rc;
	c->out->note = nn ? make_note(c->a, note, nn) : NULL;
	c->out->story.text = dyad__collapse_ws(c->a, r->scratch ? r->scratch : "", r->scratch_len, 1,
		&tlen);
	c->out->story.text_len = tlen;
	c->out->unvalidated = c->braces == 0;
	if (!c->out->story.text || dyad_arena_failed(c->a))
		return dyad__oom(c->s->ctx);
	return DYAD_OK;
}

/* Options this suite reader itself must follow: the date width. */
static void follow_options(dyad_suite *s, const dyad_suite_record *out)
{
	size_t i, k, m;
	char compact[24];

	for (i = 0; i < out->n_options; i++) {
		const char *o = out->options[i];
		for (k = 0, m = 0; o[k] && m < sizeof compact - 1; k++)
			if (o[k] != ' ' && o[k] != '\t')
				compact[m++] = o[k];
		compact[m] = '\0';
		if (strcasecmp(compact, "SET:YYYY=TRUE") == 0)
			s->yyyy = 1;
		else if (strcasecmp(compact, "SET:YYYY=FALSE") == 0)
			s->yyyy = 0;
	}
}

/* Read the body lines of a record into s->body; *size counts its bytes. */
static int read_body(dyad_suite *s, size_t *size, int *over)
{
	dyad_reader *r = s->r;

	s->body_len = 0;
	for (;;) {
		const char *p;
		size_t n;
		long line;
		int rc = dyad__reader_getline(r, &p, &n, &line);

		if (rc == 0)
			return DYAD_OK; /* the last record may lack its blank line */
		if (rc < 0 && rc != DYAD_ELIMIT)
			return rc;
		if (rc == 1 && is_blank(p, n))
			return DYAD_OK;
		*size += n + 1;
		if (rc == DYAD_ELIMIT || *size > r->max_record)
			*over = 1;
		if (*over)
			continue;
		if ((rc = dyad__suite_buf_add(s->ctx, &s->body, &s->body_len, &s->body_cap, p, n)) < 0 ||
			(rc = dyad__suite_buf_add(s->ctx, &s->body, &s->body_len, &s->body_cap, "\n", 1)) < 0)
			return rc;
	}
}

static int bad_header(dyad_suite *s, const char *shown, long line, int why)
{
	size_t size = 0;
	int rc = skip_block(s->r, &size);

	if (rc < 0)
		return rc;
	if (why == -2)
		return dyad__error(s->ctx, DYAD_EINPUT, "%s:%ld: TABARI header has no record id",
			s->r->name, line);
	return dyad__error(s->ctx, DYAD_EINPUT, "%s:%ld: bad date \"%s\" in TABARI header (expected %s)",
		s->r->name, line, shown, s->yyyy ? "YYYYMMDD, as SET: YYYY = TRUE is in effect" : "YYMMDD");
}

int dyad__suite_tabari_next(dyad_suite *s, dyad_arena *a, dyad_suite_record *out)
{
	dyad_reader *r = s->r;
	int comments = 0;

	if (!r->started) { /* the window has no buffer before its first fill */
		int rc = dyad__reader_fill(r);
		if (rc < 0)
			return rc;
		r->started = 1;
	}
	for (;;) {
		const char *p, *id;
		size_t n, id_len, digits, size = 0;
		long line;
		char date[11], shown[24];
		int rc = dyad__reader_getline(r, &p, &n, &line), over = 0;
		rec c;

		if (rc == 0) {
			if (r->nrec > 0 || r->finished)
				return 0;
			r->finished = 1; /* no record at all: say so once */
			return dyad__error(s->ctx, DYAD_EINPUT, comments ? "%s: no TABARI records" :
				"%s: empty input", r->name);
		}
		if (rc < 0 && rc != DYAD_ELIMIT)
			return rc;
		if (line == 1 && rc == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3, n -= 3;
		if (rc == 1 && is_blank(p, n))
			continue;
		if (!is_digit(p[0])) { /* a comment block (4.3 rule 4) */
			comments = 1;
			if ((rc = skip_block(r, &size)) < 0)
				return rc;
			continue;
		}
		r->nrec++;
		r->index++;
		if (rc == DYAD_ELIMIT) {
			size = n + 1;
			rc = skip_block(r, &size);
			return rc < 0 ? rc : dyad__reader_too_long(r, line, size);
		}
		rc = header(p, n, s->yyyy, date, &id, &id_len, &digits);
		if (rc < 0) {
			size_t k = 0;
			while (k < n && k < sizeof shown - 1 && p[k] != ' ' && p[k] != '\t')
				k++;
			memcpy(shown, p, k); /* p is gone after the next read */
			shown[k] = '\0';
			return bad_header(s, shown, line, rc);
		}
		memset(&c, 0, sizeof c);
		c.s = s, c.a = a, c.out = out, c.name = r->name;
		if ((rc = dyad__story_init(r, a, &out->story, line, r->index - 1)) < 0)
			return rc;
		out->story.id = dyad_arena_strndup(a, id, id_len);
		out->story.date = dyad_arena_strndup(a, date, 10);
		if (!out->story.id || !out->story.date)
			return dyad__oom(s->ctx);
		if (digits > (s->yyyy ? 8u : 6u) &&
			dyad__suite_warn(a, out, &c.cap_warnings,
				"%s:%ld: date \"%.*s\" has %zu digits; read as TABARI reads it, the first %d (%s)",
				r->name, line, (int)(digits < 16 ? digits : 16), p, digits, s->yyyy ? 8 : 6,
				date) < 0)
			return dyad__oom(s->ctx);
		size = n + 1;
		if ((rc = read_body(s, &size, &over)) < 0)
			return rc;
		if (over)
			return dyad__reader_too_long(r, line, size);
		if ((rc = process(&c, s->body ? s->body : "", s->body_len, line + 1)) < 0)
			return rc;
		out->standard = !s->past_final;
		/* FINAL-01 ends the standard records (10.1) */
		if (strcmp(out->story.id, "FINAL-01") == 0)
			s->past_final = 1;
		follow_options(s, out);
		return 1;
	}
}
