/*
 * JSON Lines input: one object per line, {"id","date","title","text",
 * "source","url"}, of which only "text" is required. Lines come from the
 * shared line reader, so an over-long line is streamed past, never held.
 * Each bad line is rejected on its own with "file:line: why" and reading
 * goes on with the next one.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "ctx_internal.h"
#include "reader_internal.h"

static int bad(dyad_reader *r, long line, const char *why)
{
	return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: %s", r->name, line, why);
}

static int blank(const char *p, size_t n)
{
	while (n--) {
		char c = *p++;
		if (c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f')
			return 0;
	}
	return 1;
}

/* An optional string field: absent and null give NULL, a string its copy;
 * anything else is an error (-1). */
static int opt_string(dyad_arena *a, const cJSON *obj, const char *key, const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	*out = NULL;
	if (!v || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsString(v))
		return -1;
	*out = dyad_arena_strndup(a, v->valuestring, strlen(v->valuestring));
	return 0;
}

/* The id: a string as is, a number as written (integers without ".0"),
 * absent or null the line number. */
static int get_id(dyad_reader *r, dyad_arena *a, const cJSON *obj, long line, dyad_story *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "id");
	char num[40];

	if (v && cJSON_IsString(v)) {
		out->id = dyad_arena_strndup(a, v->valuestring, strlen(v->valuestring));
		return 0;
	}
	if (v && cJSON_IsNumber(v)) {
		double d = v->valuedouble;
		if (d == floor(d) && fabs(d) < 9007199254740992.0) /* exact in a double */
			snprintf(num, sizeof num, "%.0f", d);
		else
			snprintf(num, sizeof num, "%.17g", d);
	} else if (!v || cJSON_IsNull(v)) {
		snprintf(num, sizeof num, "%ld", line);
	} else {
		return bad(r, line, "\"id\" is not a string or number");
	}
	out->id = dyad_arena_strndup(a, num, strlen(num));
	return 0;
}

static int get_date(dyad_reader *r, dyad_arena *a, const cJSON *obj, long line, dyad_story *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "date");
	char date[11];

	if (!v || cJSON_IsNull(v))
		return 0; /* keeps the default set by dyad__story_init */
	if (!cJSON_IsString(v))
		return bad(r, line, "\"date\" is not a string");
	if (dyad__date_parse(date, v->valuestring, strlen(v->valuestring),
			DYAD__DATE_ISO | DYAD__DATE_YMD8) != 0)
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: bad date \"%.40s\" (expected YYYY-MM-DD)",
			r->name, line, v->valuestring);
	out->date = dyad_arena_strndup(a, date, 10);
	return 0;
}

/* Build the story from one parsed object. */
static int from_object(dyad_reader *r, dyad_arena *a, const cJSON *obj, long line, dyad_story *out)
{
	const cJSON *text = cJSON_GetObjectItemCaseSensitive(obj, "text");
	int rc;

	if (!cJSON_IsObject(obj))
		return bad(r, line, "not a JSON object");
	if (!text)
		return bad(r, line, "missing \"text\" field");
	if (!cJSON_IsString(text))
		return bad(r, line, "\"text\" is not a string");
	rc = get_id(r, a, obj, line, out);
	if (rc == 0)
		rc = get_date(r, a, obj, line, out);
	if (rc < 0)
		return rc;
	if (opt_string(a, obj, "title", &out->title) < 0)
		return bad(r, line, "\"title\" is not a string");
	if (opt_string(a, obj, "source", &out->source) < 0)
		return bad(r, line, "\"source\" is not a string");
	if (opt_string(a, obj, "url", &out->url) < 0)
		return bad(r, line, "\"url\" is not a string");
	/* cJSON strings end at the first NUL, so an escaped \u0000 ends the text */
	out->text_len = strlen(text->valuestring);
	out->text = dyad_arena_strndup(a, text->valuestring, out->text_len);
	if (dyad_arena_failed(a) || !out->id || !out->text)
		return dyad__oom(r->ctx);
	return 1;
}

static int parse_line(dyad_reader *r, dyad_arena *a, const char *p, size_t n, long line,
	dyad_story *out)
{
	const char *end = NULL;
	cJSON *obj;
	int rc;

	if (memchr(p, '\0', n))
		return bad(r, line, "NUL byte in line");
	obj = cJSON_ParseWithLengthOpts(p, n, &end, 0);
	if (!obj) {
		/* end points at the failure when cJSON knows it */
		size_t col = end && end >= p && end <= p + n ? (size_t)(end - p) + 1 : 1;
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: invalid JSON at column %zu",
			r->name, line, col);
	}
	if (end && !blank(end, n - (size_t)(end - p))) {
		cJSON_Delete(obj);
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: text after the JSON object at column %zu",
			r->name, line, (size_t)(end - p) + 1);
	}
	rc = dyad__story_init(r, a, out, line, r->index - 1);
	if (rc == 0)
		rc = from_object(r, a, obj, line, out);
	cJSON_Delete(obj);
	return rc;
}

int dyad__jsonl_next(dyad_reader *r, dyad_arena *a, dyad_story *out)
{
	for (;;) {
		const char *p;
		size_t n;
		long line;
		int rc = dyad__reader_getline(r, &p, &n, &line);

		if (rc == 0) {
			if (r->nrec > 0)
				return 0;
			r->nrec = 1; /* report once, then end */
			r->finished = 1;
			return bad(r, 1, "empty input");
		}
		if (rc == DYAD_ELIMIT) {
			r->nrec++;
			r->index++;
			return dyad__reader_too_long(r, line, n);
		}
		if (rc < 0)
			return rc;
		if (blank(p, n))
			continue;
		r->nrec++;
		r->index++;
		rc = parse_line(r, a, p, n, line, out);
		if (rc != 1)
			memset(out, 0, sizeof *out);
		return rc;
	}
}
