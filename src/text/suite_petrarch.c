/*
 * PETRARCH validation suites: PETR.UnitTest.records.xml (PETRARCH 1) and
 * PETR2_GSR_validation.xml (PETRARCH 2 / UniversalPetrarch).
 *
 *   <Environment>  <Verbfile> <Actorfile> (comma list) <Agentfile>
 *                  <Discardfile> name the dictionaries; <Include> lists the
 *                  categories that are run.
 *   <Config option= value=>  between records: an option change that holds
 *                  from the next record on (also inside <Environment>).
 *   <Sentence date= id= category=> with <EventCoding sourcecode=
 *                  targetcode= eventcode=> children (values such as
 *                  '"INJURY TOLL"' name new actors and are kept as written),
 *                  or <EventCoding noevents="True">, or error="dateline",
 *                  "bad_input_parse", "storydiscard", "sentencediscard".
 *
 * The records are read by the story reader (reader_petrarch.c), so its
 * leniency holds, GSR's "<Sentence .../>" records included; its hooks hand
 * this file each record's element and the bytes between records, from
 * which <Config> elements are picked. The preamble is read ahead at open
 * so that the dictionary list is known before the first record.
 */
#include <string.h>

#include <libxml/tree.h>

#include "ctx_internal.h"
#include "suite_internal.h"

/* ---- a tag scanner for the text outside records ---- */

static int name_end(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

static size_t find3(const char *p, size_t from, size_t n, const char *lit)
{
	size_t i;
	for (i = from; i + 3 <= n; i++)
		if (memcmp(p + i, lit, 3) == 0)
			return i;
	return n;
}

/* The next "<name" tag at or after from, outside comments; n when none. */
static size_t find_tag(const char *p, size_t n, size_t from, const char *name)
{
	size_t k = strlen(name), i = from;

	while (i < n) {
		const char *lt = memchr(p + i, '<', n - i);
		if (!lt)
			return n;
		i = (size_t)(lt - p);
		if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0) {
			size_t e = find3(p, i + 4, n, "-->");
			if (e == n)
				return n;
			i = e + 3;
			continue;
		}
		if (n - i > k + 1 && memcmp(p + i + 1, name, k) == 0 && name_end(p[i + 1 + k]))
			return i;
		i++;
	}
	return n;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The value of attribute name in the tag at p[i]; 0 when absent. */
static int tag_attr(const char *p, size_t n, size_t i, const char *name, const char **v,
	size_t *vn)
{
	size_t k = strlen(name);

	while (i < n && !name_end(p[i]))
		i++; /* the tag's own name */
	for (;;) {
		size_t a, al;
		char q;
		while (i < n && is_space(p[i]))
			i++;
		if (i >= n || p[i] == '>' || p[i] == '/' || p[i] == '<')
			return 0;
		a = i;
		while (i < n && !is_space(p[i]) && p[i] != '=' && p[i] != '>')
			i++;
		al = i - a;
		while (i < n && is_space(p[i]))
			i++;
		if (i >= n || p[i] != '=')
			continue; /* a bare word: nothing to read */
		i++;
		while (i < n && is_space(p[i]))
			i++;
		if (i >= n || (p[i] != '"' && p[i] != '\''))
			return 0;
		q = p[i++];
		*v = p + i;
		while (i < n && p[i] != q)
			i++;
		if (i >= n)
			return 0;
		*vn = (size_t)(p + i - *v);
		i++;
		if (al == k && memcmp(p + a, name, k) == 0)
			return 1;
	}
}

/* The text of the element whose start tag is at p[i], up to the next tag. */
static void elem_text(const char *p, size_t n, size_t i, const char **t, size_t *tn)
{
	const char *gt = memchr(p + i, '>', n - i), *lt;
	*t = gt ? gt + 1 : p + n;
	lt = memchr(*t, '<', (size_t)(p + n - *t));
	*tn = (size_t)((lt ? lt : p + n) - *t);
	dyad__suite_trim(t, tn);
}

/* ---- the preamble ---- */

typedef struct env_file {
	const char *tag;
	const char *role;
} env_file;

static const env_file env_files[] = {
	{ "Verbfile", "verbs" }, { "Actorfile", "actors" },
	{ "Agentfile", "agents" }, { "Discardfile", "discards" },
};

int dyad__suite_petrarch_start(dyad_suite *s, const char *head, size_t n, const char *path,
	size_t dir_len)
{
	size_t first = find_tag(head, n, 0, "Sentence");
	size_t env = find_tag(head, first, 0, "Environment"), end, k, t;
	const char *v;
	size_t vn;
	int rc;

	if (env == first)
		return DYAD_OK; /* no <Environment>: no dictionaries named */
	end = find_tag(head, first, env, "/Environment");
	for (k = 0; k < sizeof env_files / sizeof env_files[0]; k++) {
		t = find_tag(head, end, env, env_files[k].tag);
		if (t == end)
			continue;
		elem_text(head, end, t, &v, &vn);
		while (vn) { /* "a.txt,b.txt" */
			const char *comma = memchr(v, ',', vn);
			const char *f = v;
			size_t fn = comma ? (size_t)(comma - v) : vn;
			v += comma ? fn + 1 : fn;
			vn -= comma ? fn + 1 : fn;
			dyad__suite_trim(&f, &fn);
			if (fn && (rc = dyad__suite_add_dict(s, path, dir_len, f, fn, env_files[k].role)) < 0)
				return rc;
		}
	}
	t = find_tag(head, end, env, "Include");
	if (t < end) {
		elem_text(head, end, t, &v, &vn);
		/* " w1 w2 " so that a category is found as " cat " */
		s->include = dyad_ctx_malloc(s->ctx, vn + 3);
		if (!s->include)
			return DYAD_ENOMEM;
		s->include[0] = ' ';
		memcpy(s->include + 1, v, vn);
		memcpy(s->include + 1 + vn, " ", 2);
		for (k = 0; k < vn + 2; k++)
			if (is_space(s->include[k]))
				s->include[k] = ' ';
	}
	return DYAD_OK;
}

/* ---- records ---- */

typedef struct prec {
	dyad_suite_record *out;
	size_t cap_events, cap_options, cap_warnings;
} prec;

static void on_outside(void *payload, const char *p, size_t n)
{
	dyad_suite *s = payload;

	if (s->outside_over || s->outside_len + n > s->r->max_record) {
		s->outside_over = 1;
		return;
	}
	if (dyad__suite_buf_add(s->ctx, &s->outside, &s->outside_len, &s->outside_cap, p, n) < 0)
		s->outside_oom = 1;
}

/* <Config option= value=> elements met since the last record. */
static int take_configs(dyad_suite *s, prec *c, dyad_arena *a, long line)
{
	const char *p = s->outside ? s->outside : "", *o, *v;
	size_t n = s->outside_len, i = 0, on, vn;
	int over = s->outside_over, oom = s->outside_oom;

	s->outside_len = 0;
	s->outside_over = s->outside_oom = 0;
	if (oom)
		return dyad__oom(s->ctx);
	if (over && dyad__suite_warn(a, c->out, &c->cap_warnings,
			"%s:%ld: more than %zu bytes before this record; <Config> elements there were not read",
			s->r->name, line, s->r->max_record) < 0)
		return dyad__oom(s->ctx);
	while ((i = find_tag(p, n, i, "Config")) < n) {
		const char **slot;
		char *opt;
		if (!tag_attr(p, n, i, "option", &o, &on) || !tag_attr(p, n, i, "value", &v, &vn)) {
			if (dyad__suite_warn(a, c->out, &c->cap_warnings,
					"%s:%ld: a <Config> before this record lacks option= or value=; ignored",
					s->r->name, line) < 0)
				return dyad__oom(s->ctx);
			i++;
			continue;
		}
		slot = dyad__suite_push(a, &c->out->options, &c->out->n_options, &c->cap_options,
			sizeof *slot);
		opt = dyad_arena_alloc(a, on + vn + 2);
		if (!slot || !opt)
			return dyad__oom(s->ctx);
		memcpy(opt, o, on);
		opt[on] = '=';
		memcpy(opt + on + 1, v, vn);
		opt[on + 1 + vn] = '\0';
		*slot = opt;
		i++;
	}
	return DYAD_OK;
}

/* An attribute, blank-trimmed, into the arena; NULL when absent. *oom is
 * set when the copy failed. */
static const char *prop(dyad_arena *a, xmlNode *node, const char *name, int *oom)
{
	xmlChar *x = xmlGetProp(node, (const xmlChar *)name);
	const char *v;
	size_t n;
	char *d;

	if (!x)
		return NULL;
	v = (const char *)x;
	n = strlen(v);
	dyad__suite_trim(&v, &n);
	d = dyad_arena_strndup(a, v, n);
	xmlFree(x);
	*oom |= !d;
	return d;
}

static const char *dump(dyad_arena *a, xmlNode *node)
{
	xmlBufferPtr b = xmlBufferCreate();
	const char *d = NULL;

	if (!b)
		return NULL;
	if (xmlNodeDump(b, node->doc, node, 0, 0) >= 0)
		d = dyad_arena_strndup(a, (const char *)xmlBufferContent(b), (size_t)xmlBufferLength(b));
	xmlBufferFree(b);
	return d;
}

static int event_coding(dyad_suite *s, prec *c, dyad_arena *a, xmlNode *node, long line)
{
	dyad_suite_record *out = c->out;
	int oom = 0;
	const char *src = prop(a, node, "sourcecode", &oom);
	const char *tgt = prop(a, node, "targetcode", &oom);
	const char *code = prop(a, node, "eventcode", &oom);
	const char *none = prop(a, node, "noevents", &oom);
	const char *err = prop(a, node, "error", &oom);
	dyad_expected_event *e;

	if (oom)
		return dyad__oom(s->ctx);
	if (none)
		out->expect_none = 1;
	if (err) {
		out->error = err;
		/* the discard outcomes, as TABARI's {###} */
		if (strstr(err, "discard"))
			out->discard = 1;
	}
	if (!src && !tgt && !code) {
		if (none || err)
			return DYAD_OK;
		return dyad__error(s->ctx, DYAD_EINPUT,
			"%s:%ld: <EventCoding> has none of sourcecode, targetcode, eventcode, noevents, error",
			s->r->name, line);
	}
	if (!src || !tgt || !code || !*src || !*tgt || !*code)
		return dyad__error(s->ctx, DYAD_EINPUT, "%s:%ld: <EventCoding> lacks %s", s->r->name,
			line, !src || !*src ? "sourcecode" : !tgt || !*tgt ? "targetcode" : "eventcode");
	e = dyad__suite_push(a, &out->events, &out->n_events, &c->cap_events, sizeof *e);
	if (!e || !(e->raw = dump(a, node)))
		return dyad__oom(s->ctx);
	e->source = src;
	e->target = tgt;
	e->code = code;
	e->line = line;
	return DYAD_OK;
}

/* Comments in the record, one a line, for --explain. */
static int add_note(dyad_arena *a, dyad_suite_record *out, size_t *len, const char *text)
{
	size_t n = strlen(text), old = *len;
	char *d;

	dyad__suite_trim(&text, &n);
	if (!n)
		return DYAD_OK;
	d = dyad_arena_grow(a, (char *)out->note, old ? old + 1 : 0, old + n + (old ? 2 : 1));
	if (!d)
		return DYAD_ENOMEM;
	if (old)
		d[old++] = '\n';
	memcpy(d + old, text, n);
	d[old + n] = '\0';
	out->note = d;
	*len = old + n;
	return DYAD_OK;
}

static int on_record(void *payload, dyad_arena *a, void *root, long line, dyad_story *story)
{
	dyad_suite *s = payload;
	prec *c = s->cur;
	xmlNode *node = root, *ch;
	size_t note_len = 0;
	int rc, oom = 0;

	(void)story;
	if ((rc = take_configs(s, c, a, line)) < 0)
		return rc;
	c->out->category = prop(a, node, "category", &oom);
	if (oom)
		return dyad__oom(s->ctx);
	if (s->include) {
		const char *cat = c->out->category;
		size_t n = cat ? strlen(cat) : 0;
		const char *hit = s->include;
		c->out->standard = 0;
		while (n && (hit = strstr(hit, cat)) != NULL) {
			if (hit[-1] == ' ' && hit[n] == ' ') {
				c->out->standard = 1;
				break;
			}
			hit++;
		}
	} else {
		c->out->standard = 1;
	}
	for (ch = node->children; ch; ch = ch->next) {
		long at = line + (ch->line > 0 ? (long)ch->line - 1 : 0);
		if (ch->type == XML_COMMENT_NODE && ch->content)
			rc = add_note(a, c->out, &note_len, (const char *)ch->content) < 0 ?
				dyad__oom(s->ctx) : DYAD_OK;
		else if (ch->type == XML_ELEMENT_NODE && strcmp((const char *)ch->name, "EventCoding") == 0)
			rc = event_coding(s, c, a, ch, at);
		if (rc < 0)
			return rc;
	}
	return 1;
}

int dyad__suite_petrarch_next(dyad_suite *s, dyad_arena *a, dyad_suite_record *out)
{
	prec c;
	int rc;

	if (!s->r->hooks.payload) {
		dyad__reader_hooks h = { on_record, on_outside, NULL };
		h.payload = s;
		dyad__reader_set_hooks(s->r, &h);
	}
	memset(&c, 0, sizeof c);
	c.out = out;
	s->cur = &c;
	rc = dyad_reader_next(s->r, a, &out->story);
	s->cur = NULL;
	return rc;
}
