/*
 * TABARI text records (TABARI 0.8.4 manual, section 4.3):
 *
 *     950101 DEMO-01          date YYMMDD (YYYYMMDD under SET: YYYY), id
 *     Arnor is about to ...   text lines
 *                             a blank line (spaces and tabs count as blank)
 *
 * A block of lines that does not start with a digit is a comment and is
 * skipped (4.3 rule 4). Text between slash-star and star-slash is not
 * coded (7.3); validation files keep their expected events there, so it is
 * dropped from the story text. The lines are word-wrapped
 * prose, so the text is joined with single spaces, as TABARI displays it.
 */
#include <string.h>

#include "ctx_internal.h"
#include "reader_internal.h"

static int is_blank(const char *p, size_t n)
{
	while (n--) {
		char c = *p++;
		if (c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f')
			return 0;
	}
	return 1;
}

/* Append a text line to scratch without its comments; *in_comment carries
 * an open comment over to the next line. A comment becomes a blank so that
 * the words on either side stay apart. */
static int add_text(dyad_reader *r, const char *p, size_t n, int *in_comment)
{
	size_t i = 0, from = 0;
	int rc = DYAD_OK;

	while (i < n && rc == DYAD_OK) {
		if (!*in_comment && i + 1 < n && p[i] == '/' && p[i + 1] == '*') {
			rc = dyad__scratch_add(r, p + from, i - from);
			*in_comment = 1;
			i += 2;
		} else if (*in_comment && i + 1 < n && p[i] == '*' && p[i + 1] == '/') {
			if (rc == DYAD_OK)
				rc = dyad__scratch_add(r, " ", 1);
			*in_comment = 0;
			i += 2;
			from = i;
		} else {
			i++;
		}
	}
	if (rc == DYAD_OK && !*in_comment)
		rc = dyad__scratch_add(r, p + from, n - from);
	if (rc == DYAD_OK)
		rc = dyad__scratch_add(r, "\n", 1);
	return rc;
}

/* Parse "YYMMDD id" into date and the id span. -1: bad date, -2: no id. */
static int header(const char *p, size_t n, char date[11], const char **id, size_t *id_len)
{
	size_t d = 0;

	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	if ((d != 6 && d != 8) ||
		dyad__date_parse(date, p, d, d == 6 ? DYAD__DATE_YMD6 : DYAD__DATE_YMD8) != 0)
		return -1;
	/* the id follows the date, usually after blanks; "950101*INTRO" is
	 * read as id "*INTRO" as TABARI does */
	p += d, n -= d;
	while (n && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	*id = p;
	*id_len = n;
	return n ? 0 : -2;
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
		if (rc == DYAD_ELIMIT) {
			*size += n + 1;
			continue;
		}
		if (rc < 0)
			return rc;
		if (is_blank(p, n))
			return 0;
		*size += n + 1;
	}
}

/* Read the text lines of a record whose header has been read; size already
 * counts the header. */
static int read_record(dyad_reader *r, dyad_arena *a, long start, size_t size, dyad_story *out)
{
	int in_comment = 0, over = 0, rc;
	size_t len;

	dyad__scratch_clear(r);
	for (;;) {
		const char *p;
		size_t n;
		long line;

		rc = dyad__reader_getline(r, &p, &n, &line);
		if (rc == 0)
			break; /* the last record may lack its blank line */
		if (rc == DYAD_ELIMIT) {
			size += n + 1;
			over = 1;
			continue;
		}
		if (rc < 0)
			return rc;
		if (is_blank(p, n))
			break;
		size += n + 1;
		if (size > r->max_record)
			over = 1;
		if (!over && (rc = add_text(r, p, n, &in_comment)) < 0)
			return rc;
	}
	if (over || size > r->max_record)
		return dyad__reader_too_long(r, start, size);
	out->text = dyad__collapse_ws(a, r->scratch ? r->scratch : "", r->scratch_len, 1, &len);
	if (!out->text)
		return dyad__oom(r->ctx);
	out->text_len = len;
	if (len == 0)
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: TABARI record has no text", r->name,
			start);
	return 1;
}

/* A rejected header: report it once its block has been streamed past. */
static int bad_header(dyad_reader *r, const char *p, size_t n, long line, int why)
{
	char shown[48];
	size_t d = 0, size = 0;
	int rc;

	while (d < n && d < sizeof shown - 1 && p[d] != ' ' && p[d] != '\t')
		d++;
	memcpy(shown, p, d); /* p is gone after the next read */
	shown[d] = '\0';
	rc = skip_block(r, &size);
	if (rc < 0)
		return rc;
	if (why == -2)
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: TABARI header has no record id",
			r->name, line);
	return dyad__error(r->ctx, DYAD_EINPUT,
		"%s:%ld: bad date \"%s\" in TABARI header (expected YYMMDD)", r->name, line, shown);
}

int dyad__tabari_next(dyad_reader *r, dyad_arena *a, dyad_story *out)
{
	int comments = 0;

	for (;;) {
		const char *p, *id;
		size_t n, id_len, size = 0;
		long line;
		char date[11];
		int rc = dyad__reader_getline(r, &p, &n, &line);

		if (rc == 0) {
			if (r->nrec > 0)
				return 0;
			r->nrec = 1; /* no record at all: say so once */
			r->finished = 1;
			return dyad__error(r->ctx, DYAD_EINPUT, comments ? "%s: no TABARI records" :
				"%s: empty input", r->name);
		}
		if (rc < 0 && rc != DYAD_ELIMIT)
			return rc;
		if (rc == 1 && is_blank(p, n))
			continue;
		if (p[0] < '0' || p[0] > '9') { /* a comment block (rule 4) */
			comments = 1;
			rc = skip_block(r, &size);
			if (rc < 0)
				return rc;
			continue;
		}
		r->nrec++;
		r->index++;
		if (rc == DYAD_ELIMIT) { /* an over-long header: the record goes with it */
			size = n + 1;
			rc = skip_block(r, &size);
			return rc < 0 ? rc : dyad__reader_too_long(r, line, size);
		}
		rc = header(p, n, date, &id, &id_len);
		if (rc < 0)
			return bad_header(r, p, n, line, rc);
		rc = dyad__story_init(r, a, out, line, r->index - 1);
		if (rc < 0)
			return rc;
		out->id = dyad_arena_strndup(a, id, id_len);
		out->date = dyad_arena_strndup(a, date, 10);
		if (!out->id || !out->date)
			return dyad__oom(r->ctx);
		rc = read_record(r, a, line, n + 1, out);
		if (rc != 1)
			memset(out, 0, sizeof *out);
		return rc;
	}
}
