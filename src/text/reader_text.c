/*
 * Plain text input: the whole input is one story, named after the file.
 * Unlike the record formats this one must hold the whole input, so it is
 * read into the window up to max_record and rejected (streamed past) beyond.
 */
#include <string.h>

#include "ctx_internal.h"
#include "reader_internal.h"

/* "dir/story.txt" -> "story"; "<stdin>" -> "stdin". */
static char *base_id(dyad_arena *a, const char *name)
{
	const char *slash = strrchr(name, '/');
	const char *b = slash ? slash + 1 : name;
	size_t n = strlen(b);
	const char *dot;

	if (n >= 2 && b[0] == '<' && b[n - 1] == '>')
		return dyad_arena_strndup(a, b + 1, n - 2);
	dot = strrchr(b, '.');
	if (dot && dot != b)
		n = (size_t)(dot - b);
	return dyad_arena_strndup(a, b, n);
}

static int blank(const char *p, size_t n)
{
	while (n--) {
		char c = *p++;
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f')
			return 0;
	}
	return 1;
}

int dyad__text_next(dyad_reader *r, dyad_arena *a, dyad_story *out)
{
	size_t avail;
	int rc;

	if (r->nrec > 0)
		return 0;
	for (;;) {
		avail = r->len - r->pos;
		if (avail > r->max_record) {
			size_t total = 0;
			r->nrec = r->index = 1;
			do { /* stream past the rest, counting */
				total += r->len - r->pos;
				dyad__reader_consume(r, r->len - r->pos);
				rc = dyad__reader_fill(r);
				if (rc < 0)
					return rc;
			} while (rc > 0);
			return dyad__reader_too_long(r, 1, total);
		}
		if (r->eof)
			break;
		rc = dyad__reader_fill(r);
		if (rc < 0)
			return rc;
	}
	r->nrec = r->index = 1;
	if (blank(r->data + r->pos, avail))
		return dyad__error(r->ctx, DYAD_EINPUT, "%s: empty input", r->name);
	rc = dyad__story_init(r, a, out, 1, 0);
	if (rc < 0)
		return rc;
	out->id = base_id(a, r->name);
	/* raw bytes, NULs and all: text_len is the length that counts */
	out->text = dyad_arena_strndup(a, r->data + r->pos, avail);
	out->text_len = avail;
	dyad__reader_consume(r, avail);
	if (!out->id || !out->text)
		return dyad__oom(r->ctx);
	return 1;
}
