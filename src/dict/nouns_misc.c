/*
 * The smaller dictionary files: TABARI .options (manual ch. 8) and
 * .project (4.1), PETRARCH discards and issues (PETRARCH docs "Discard
 * List", "Issues List"), read into the model and written back.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ctx_internal.h"
#include "nouns.h"

static int push_raw(dyad_dict *d, uint8_t kind, const char *s, size_t n, dd_origin at)
{
	dd_raw *r = DD_PUSH(d, raws);
	if (!r || !(r->text = dyad_dict__str(d, s, n, 0)))
		return DYAD_ENOMEM;
	r->kind = kind;
	r->origin = at;
	return DYAD_OK;
}

/* ---- .options ------------------------------------------------------- */

/* The commands of manual ch. 8, by the four characters TABARI reads
 * (8.1.1 note 2); "SET:" is only three long. */
static int known_command(const char *s, size_t n)
{
	static const char *const cmds[] = { "SET:", "LABE", "FORW", "DEFA", "COMM", "COMP",
		"NONE", "OUTP" };
	char up[4];
	size_t i, k;
	for (i = 0; i < 4 && i < n; i++)
		up[i] = (char)toupper((unsigned char)s[i]);
	for (i = 0; i < sizeof cmds / sizeof *cmds; i++) {
		k = strlen(cmds[i]);
		if (n >= k && !memcmp(up, cmds[i], k))
			return memchr(s, ':', n) != NULL;
	}
	return 0;
}

int dyad_dict__read_options(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	dd_nlines it;
	const char *s;
	size_t n;
	int rc = DYAD_OK, block = 0, done = 0;

	/* Every line is kept verbatim (comments too) so the file round-trips;
	 * only the command names are checked here, the coder reads the rest. */
	dyad_dict__noun_lines_init(&it, file, buf, len, 0);
	while (rc >= 0 && dyad_dict__noun_lines_raw(&it, &s, &n)) {
		dd_origin at = { file, it.line };
		const char *b = s;
		size_t bn = n;
		if ((rc = push_raw(d, DD_RAW_OPTION, s, n, at)) < 0)
			break;
		while (bn && isspace((unsigned char)*b))
			b++, bn--;
		if (done || bn == 0 || b[0] == '#' || (bn >= 2 && b[0] == '/' && b[1] == '/'))
			continue;
		if (dyad_dict__noun_finish(b, bn)) {
			done = 1;
			continue;
		}
		if (b[0] == '<') {
			/* <TIME>, <ISSUE …>, <ATTRIB> blocks hold phrases, not commands. */
			block = !(bn >= 2 && b[1] == '/');
			continue;
		}
		if (!block && !known_command(b, bn))
			DD_DIAG(d, rc, 0, at, "unknown .options command '%.*s' (TABARI manual ch. 8)",
				(int)(bn > 40 ? 40 : bn), b);
	}
	return rc < 0 ? rc : DYAD_OK;
}

int dyad_dict__write_options(const dyad_dict *d, FILE *f)
{
	uint32_t i;
	for (i = 0; i < d->n_raws; i++)
		if (d->raws[i].kind == DD_RAW_OPTION)
			fprintf(f, "%s\n", d->raws[i].text);
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}

/* ---- .project -------------------------------------------------------- */

/* Tag → kind of dictionary, by its first two letters as TABARI reads it
 * (4.1 note 1); other tags (text, event, coder, session…) load nothing. */
static int project_kind(const char *tag, size_t n, dyad_dict_kind *kind)
{
	static const struct { char a, b; dyad_dict_kind kind; } tags[] = {
		{ 'a', 'c', DYAD_DICT_KIND_ACTORS }, { 'a', 'g', DYAD_DICT_KIND_AGENTS },
		{ 'v', 'e', DYAD_DICT_KIND_VERBS }, { 'o', 'p', DYAD_DICT_KIND_OPTIONS },
		{ 'i', 's', DYAD_DICT_KIND_ISSUES },
	};
	size_t i;
	if (n < 2)
		return 0;
	for (i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tolower((unsigned char)tag[0]) == tags[i].a &&
			tolower((unsigned char)tag[1]) == tags[i].b) {
			*kind = tags[i].kind;
			return 1;
		}
	return 0;
}

int dyad_dict__read_project(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	const char *dir)
{
	dd_nlines it;
	const char *s;
	size_t n;
	int rc = DYAD_OK;

	dyad_dict__noun_lines_init(&it, file, buf, len, 0);
	while (rc >= 0 && dyad_dict__noun_lines_raw(&it, &s, &n)) {
		dd_origin at = { file, it.line };
		const char *gt, *name;
		size_t nl;
		dyad_dict_kind kind;
		char path[4096];
		int r;

		if ((rc = push_raw(d, DD_RAW_PROJECT, s, n, at)) < 0)
			break;
		if (n == 0 || s[0] != '<' || !(gt = memchr(s, '>', n)) ||
			!project_kind(s + 1, (size_t)(gt - s - 1), &kind))
			continue;
		name = gt + 1;
		while (name < s + n && isspace((unsigned char)*name))
			name++;
		for (nl = 0; name + nl < s + n && !isspace((unsigned char)name[nl]) && name[nl] != '<';)
			nl++;
		if (nl == 0) {
			DD_DIAG(d, rc, 1, at, "'%.*s' names no file", (int)n, s);
			continue;
		}
		if ((size_t)snprintf(path, sizeof path, "%s/%.*s", dir, (int)nl, name) >= sizeof path) {
			DD_DIAG(d, rc, 1, at, "path of '%.*s' too long", (int)nl, name);
			continue;
		}
		r = dyad_dict_load(d, path, DYAD_DICT_FORMAT_TABARI, kind);
		if (r == DYAD_ENOMEM)
			return r;
		if (r < 0) {
			/* A missing or unreadable file is the project's error, not a
			 * failure of the whole load. It is still a file the set
			 * depends on: listing it keeps a compiled cache from being
			 * reused once the file appears. */
			uint32_t ignored;
			DD_DIAG(d, rc, 1, at, "cannot load %s file '%.*s': %s", dyad_dict_kind_name(kind),
				(int)nl, name, dyad_ctx_error(d->ctx));
			dyad_ctx_clear_error(d->ctx);
			if (rc == DYAD_OK && (rc = dyad_dict__add_file(d, &ignored, path)) < 0)
				return rc;
		}
	}
	return rc < 0 ? rc : DYAD_OK;
}

/* ---- discards -------------------------------------------------------- */

int dyad_dict__read_discards(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	dd_nlines it;
	dd_nline ln;
	int rc = DYAD_OK;

	dyad_dict__noun_lines_init(&it, file, buf, len, 1);
	while (rc >= 0 && dyad_dict__noun_lines_next(&it, &ln)) {
		dd_origin at = { file, it.line };
		const char *s = ln.body, *o, *q, *in = NULL, *junk;
		size_t n = ln.body_len, pn, in_len = 0, junk_len;
		int story = s[0] == '+', r, brace;
		dd_discard x;

		if (story)
			s++, n--;
		o = memchr(s, '[', n);
		pn = o ? (size_t)(o - s) : n;
		memset(&x, 0, sizeof x);
		r = dyad_dict__phrase_tabari(d, &x.phrase, s, pn);
		if (r == DYAD_ENOMEM)
			return r;
		if (r < 0) {
			DD_DIAG(d, rc, 1, at, "empty or overlong discard phrase '%.*s'; dropped",
				(int)ln.body_len, ln.body);
			continue;
		}
		if (o) {
			q = o;
			r = dyad_dict__noun_bracket(&q, s + n, &in, &in_len, &junk, &junk_len, &brace);
			if (r < 0 && !brace) {
				DD_DIAG(d, rc, 1, at, "missing ']' in '%.*s'; dropped", (int)n, s);
				continue;
			}
			if (q < s + n)
				DD_DIAG(d, rc, 0, at, "text after the code ignored: '%.*s'", (int)(s + n - q), q);
			if (in_len && !(x.code = dyad_dict__str(d, in, in_len, 0)))
				return DYAD_ENOMEM;
		}
		x.story = (uint8_t)story;
		x.origin = at;
		x.note = dyad_dict__noun_span(d, ln.note, ln.note_len, &rc);
		if (rc < 0)
			break;
		{
			dd_discard *slot = DD_PUSH(d, discards);
			if (!slot)
				return DYAD_ENOMEM;
			*slot = x;
		}
	}
	return rc < 0 ? rc : DYAD_OK;
}

int dyad_dict__write_discards(const dyad_dict *d, FILE *f)
{
	uint32_t i;
	for (i = 0; i < d->n_discards; i++) {
		const dd_discard *x = &d->discards[i];
		if (x->story)
			fputc('+', f);
		dyad_dict__noun_put_phrase(f, &x->phrase);
		if (x->code)
			fprintf(f, " [%s]", x->code);
		if (x->note)
			fprintf(f, " # %s", x->note);
		fputc('\n', f);
	}
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}

/* ---- issues ---------------------------------------------------------- */

/* The phrase of an issue line in the issues file's own syntax: "n:" and
 * "v:" ask for the regular noun and verb forms (the last word then takes
 * the model's regular endings, DD_EXACT); "+" joins two words with a blank
 * or a hyphen (the blank form is kept: hyphens become blanks in text,
 * manual 5.2); other words match whole (PETRARCH pads the string with
 * blanks), so an unmarked last word is DD_LITERAL. */
static int issue_phrase(dyad_dict *d, const char *s, size_t n, dd_phrase *out, int *special)
{
	dd_word words[64];
	uint32_t k = 0;
	size_t i = 0;

	*special = 0;
	while (i < n) {
		size_t st, e;
		int marked = 0;
		while (i < n && (isspace((unsigned char)s[i]) || s[i] == '_' || s[i] == '+')) {
			*special |= s[i] == '+';
			i++;
		}
		if (i >= n)
			break;
		st = i;
		while (i < n && !isspace((unsigned char)s[i]) && s[i] != '_' && s[i] != '+')
			i++;
		e = i;
		if (e - st > 2 && s[st + 1] == ':' && s[st] && strchr("nNvV", s[st])) {
			st += 2;
			marked = 1;
			*special = 1;
		}
		if (k == 64)
			return DYAD_EINPUT;
		words[k].text = dyad_dict__str(d, s + st, e - st, 1);
		if (!words[k].text)
			return DYAD_ENOMEM;
		words[k].mode = marked ? DD_EXACT : DD_LITERAL;
		words[k].gap = 0;
		k++;
	}
	if (k == 0)
		return DYAD_EINPUT;
	for (i = 0; i + 1 < k; i++)
		words[i].mode = DD_EXACT;
	out->words = dyad_arena_alloc(d->arena, k * sizeof *words);
	if (!out->words)
		return dyad__oom(d->ctx);
	memcpy(out->words, words, k * sizeof *words);
	out->n = k;
	return DYAD_OK;
}

/* <ISSUE CATEGORY="X" TYPE="ALL">: the category, and the other attributes
 * as written (dd_issue.attrs). */
static int issue_tag(dyad_dict *d, const char *s, size_t n, const char **cat, const char **attrs)
{
	const char *b = s + 6, *e = s + n, *c, *q1, *q2 = NULL;
	char rest[512];
	size_t k = 0;
	int rc = DYAD_OK;

	if (e > b && e[-1] == '>')
		e--;
	*cat = *attrs = NULL;
	c = b;
	while (c + 8 <= e && strncmp(c, "CATEGORY", 8))
		c++;
	if (c + 8 <= e) {
		q1 = memchr(c, '"', (size_t)(e - c));
		q2 = q1 ? memchr(q1 + 1, '"', (size_t)(e - q1 - 1)) : NULL;
		if (q2) {
			*cat = dyad_dict__noun_span(d, q1 + 1, (size_t)(q2 - q1 - 1), &rc);
			k = (size_t)snprintf(rest, sizeof rest, "%.*s%.*s", (int)(c - b), b,
				(int)(e - q2 - 1), q2 + 1);
		}
	}
	if (!q2)
		k = (size_t)snprintf(rest, sizeof rest, "%.*s", (int)(e - b), b);
	if (k >= sizeof rest)
		k = sizeof rest - 1;
	b = rest;
	while (k && isspace((unsigned char)*b))
		b++, k--;
	while (k && isspace((unsigned char)b[k - 1]))
		k--;
	*attrs = dyad_dict__noun_span(d, b, k, &rc);
	return rc;
}

int dyad_dict__read_issues(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	dd_nlines it;
	dd_nline ln;
	const char *cat = NULL, *attrs = NULL;
	int rc = DYAD_OK;

	dyad_dict__noun_lines_init(&it, file, buf, len, 1);
	while (rc >= 0 && dyad_dict__noun_lines_next(&it, &ln)) {
		dd_origin at = { file, it.line };
		const char *s = ln.body, *o, *q, *in = NULL, *junk;
		size_t n = ln.body_len, pn, in_len = 0, junk_len;
		int tilde = 0, special, r, brace;
		dd_issue x, *slot;

		if (n >= 6 && !strncmp(s, "<ISSUE", 6)) {
			rc = issue_tag(d, s, n, &cat, &attrs);
			continue;
		}
		if (n >= 7 && !strncmp(s, "</ISSUE", 7)) {
			cat = attrs = NULL;
			continue;
		}
		memset(&x, 0, sizeof x);
		while (tilde < 2 && tilde < (int)n && s[tilde] == '~')
			tilde++;
		o = memchr(s, '[', n);
		pn = o ? (size_t)(o - s) : n;
		r = issue_phrase(d, s + tilde, pn - (size_t)tilde, &x.phrase, &special);
		if (r == DYAD_ENOMEM)
			return r;
		if (r < 0) {
			DD_DIAG(d, rc, 1, at, "empty or overlong issue phrase '%.*s'; dropped", (int)n, s);
			continue;
		}
		if (o) {
			q = o;
			r = dyad_dict__noun_bracket(&q, s + n, &in, &in_len, &junk, &junk_len, &brace);
			if (r < 0 && !brace) {
				DD_DIAG(d, rc, 1, at, "missing ']' in '%.*s'; dropped", (int)n, s);
				continue;
			}
			while (q < s + n && isspace((unsigned char)*q))
				q++;
			if (q < s + n) {
				/* "… [NAMED_TERROR_GROUP]*******": kept in the note */
				DD_DIAG(d, rc, 0, at, "text '%.*s' after the code kept as a comment",
					(int)(s + n - q), q);
				x.note = dyad_dict__noun_span(d, q, (size_t)(s + n - q), &rc);
			}
		}
		if (tilde) {
			/* PETRARCH's own codes for its ignore phrases: "~" cancels the
			 * sentence's issues, "~~" the story's. */
			x.code = dyad_dict__str(d, "~~", (size_t)tilde, 0);
			if (!x.code)
				return DYAD_ENOMEM;
			special = 1;
		} else if (in_len) {
			x.code = dyad_dict__str(d, in, in_len, 0);
			if (!x.code)
				return DYAD_ENOMEM;
		} else {
			DD_DIAG(d, rc, 0, at, "issue '%.*s' has no [code]: PETRARCH ignores it", (int)n, s);
		}
		if (special) {
			const char *w = s;
			size_t wn = pn;
			while (wn && isspace((unsigned char)w[wn - 1]))
				wn--;
			x.raw = dyad_dict__noun_span(d, w, wn, &rc);
		}
		if (!x.note)
			x.note = dyad_dict__noun_span(d, ln.note, ln.note_len, &rc);
		else if (ln.note)
			DD_DIAG(d, rc, 0, at, "comment '%.*s' dropped after the text kept as comment",
				(int)ln.note_len, ln.note);
		x.category = cat;
		x.attrs = attrs;
		x.origin = at;
		if (rc < 0 || !(slot = DD_PUSH(d, issues)))
			return DYAD_ENOMEM;
		*slot = x;
	}
	return rc < 0 ? rc : DYAD_OK;
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

int dyad_dict__write_issues(const dyad_dict *d, FILE *f)
{
	const char *cat = NULL, *attrs = NULL;
	int open = 0;
	uint32_t i, j;

	for (i = 0; i < d->n_issues; i++) {
		const dd_issue *x = &d->issues[i];
		int ignore = x->code && x->code[0] == '~';
		if (!open || !same(cat, x->category) || !same(attrs, x->attrs)) {
			if (open)
				fputs("</ISSUE>\n\n", f);
			open = x->category || x->attrs;
			if (open) {
				fputs("<ISSUE", f);
				if (x->category)
					fprintf(f, " CATEGORY=\"%s\"", x->category);
				if (x->attrs)
					fprintf(f, " %s", x->attrs);
				fputs(">\n", f);
			}
			cat = x->category;
			attrs = x->attrs;
		}
		if (x->raw) {
			fputs(x->raw, f);
		} else {
			if (ignore)
				fputs(x->code, f);
			for (j = 0; j < x->phrase.n; j++) {
				const dd_word *w = &x->phrase.words[j];
				fprintf(f, "%s%s%s", j ? " " : "",
					j + 1 == x->phrase.n && w->mode == DD_EXACT ? "n:" : "", w->text);
			}
		}
		if (x->code && !ignore)
			fprintf(f, " [%s]", x->code);
		if (x->note)
			fprintf(f, " # %s", x->note);
		fputc('\n', f);
	}
	if (open)
		fputs("</ISSUE>\n", f);
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}
