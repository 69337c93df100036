/*
 * PETRARCH XML input: <Sentence date= id= source=><Text>…</Text>
 * <Parse>…</Parse></Sentence> records inside <Sentences> (batch files)
 * or <Validation> (test files, which add <Environment>, <EventCoding> and
 * comments).
 *
 * Why not parse the whole document: files can be gigabytes, and one broken
 * record would lose everything after it. Instead a small scanner finds each
 * <Sentence ...> ... </Sentence> span in the stream (skipping comments and
 * CDATA), and only that span goes to libxml2. A broken record is reported
 * with its line and the scan goes on with the next <Sentence>.
 *
 * PETR2_GSR_validation.xml writes most records as <Sentence .../> followed
 * by the children and a </Sentence>; such a span is read as if the start tag
 * were open, since that is plainly what the file means.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ctx_internal.h"
#include "reader_internal.h"

/* Longest pattern looked at from one '<': "</Sentence" plus one byte. */
#define LOOK 12

enum { OUT, STAG, BODY, AFTER_EMPTY, COMMENT, CDATA, ETAG };
enum { NONE, RECORD, EMPTY, UNCLOSED };

typedef struct scan {
	int state, ret;     /* ret: where a comment or CDATA section returns to */
	char quote, prev;   /* in the start tag */
	int self_closing;
	int over;           /* longer than max_record: streamed, not kept */
	int content;        /* seen non-blank bytes outside records */
	size_t i;           /* next byte, as an offset from r->pos */
	size_t stag_end;    /* just past the start tag */
	size_t skipped;     /* bytes of an over-long record already dropped */
	long line;          /* where the record starts */
} scan;

static int at(const char *p, size_t left, const char *lit, size_t n)
{
	return left >= n && memcmp(p, lit, n) == 0;
}

/* "<Sentence" (or "</Sentence" with slash) as a whole name. */
static int sentence_tag(const char *p, size_t left, int slash)
{
	size_t n = slash ? 10 : 9;
	char c;
	if (!at(p, left, slash ? "</Sentence" : "<Sentence", n))
		return 0;
	if (left == n)
		return 1;
	c = p[n];
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || (!slash && c == '/');
}

static int blank(const char *p, size_t n)
{
	while (n--) {
		char c = *p++;
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			return 0;
	}
	return 1;
}

static int in_record(const scan *s)
{
	return s->state == COMMENT || s->state == CDATA ? s->ret != OUT : s->state != OUT;
}

/* Drop the outside bytes before the scan position. */
static void drop_outside(dyad_reader *r, scan *s)
{
	if (!s->content && !blank(r->data + r->pos, s->i))
		s->content = 1;
	if (r->hooks.outside && s->i)
		r->hooks.outside(r->hooks.payload, r->data + r->pos, s->i);
	dyad__reader_consume(r, s->i);
	s->i = 0;
}

/* Find the next record. Returns NONE, RECORD, EMPTY or UNCLOSED with the
 * span data[pos..pos+*end), or DYAD_EIO/DYAD_ENOMEM. */
static int scan_record(dyad_reader *r, scan *s, size_t *end)
{
	for (;;) {
		size_t avail = r->len - r->pos, left;
		const char *p;
		int rc;

		if (avail - s->i < LOOK && !r->eof) {
			if (!in_record(s)) {
				drop_outside(r, s);
			} else if (s->over || s->i > r->max_record) {
				s->over = 1; /* stream on, keeping nothing */
				s->skipped += s->i;
				dyad__reader_consume(r, s->i);
				s->i = 0;
			}
			rc = dyad__reader_fill(r);
			if (rc < 0)
				return rc;
			continue;
		}
		if (s->i >= avail) { /* end of input */
			if (!in_record(s)) {
				drop_outside(r, s);
				return NONE;
			}
			int base = s->state == COMMENT || s->state == CDATA || s->state == ETAG ?
				s->ret : s->state;
			if (base == AFTER_EMPTY) {
				*end = s->over ? avail : s->stag_end;
				return EMPTY;
			}
			*end = avail;
			return UNCLOSED;
		}
		p = r->data + r->pos + s->i;
		left = avail - s->i;
		switch (s->state) {
		case OUT:
		case BODY:
		case AFTER_EMPTY:
			if (*p != '<') {
				const char *lt = memchr(p, '<', left);
				s->i = lt ? s->i + (size_t)(lt - p) : avail;
			} else if (at(p, left, "<!--", 4)) {
				s->ret = s->state, s->state = COMMENT, s->i += 4;
			} else if (at(p, left, "<![CDATA[", 9)) {
				s->ret = s->state, s->state = CDATA, s->i += 9;
			} else if (sentence_tag(p, left, 0)) {
				if (s->state == OUT) {
					drop_outside(r, s);
					s->line = r->line;
					s->state = STAG, s->quote = 0, s->prev = 0;
					s->i = 9;
					r->nrec++;
					r->index++;
				} else {
					/* the next record starts: this one ends here */
					*end = s->state == AFTER_EMPTY && !s->over ? s->stag_end : s->i;
					return s->state == AFTER_EMPTY ? EMPTY : UNCLOSED;
				}
			} else if (s->state != OUT && sentence_tag(p, left, 1)) {
				s->ret = s->state, s->state = ETAG, s->i += 10;
			} else {
				s->i++;
			}
			break;
		case STAG:
			if (s->quote) {
				if (*p == s->quote)
					s->quote = 0;
			} else if (*p == '"' || *p == '\'') {
				s->quote = *p;
			} else if (*p == '>') {
				s->self_closing = s->prev == '/';
				s->state = s->self_closing ? AFTER_EMPTY : BODY;
				s->stag_end = s->i + 1;
			} else if (*p == '<') {
				s->state = BODY; /* a broken start tag: libxml2 will say how */
				break;
			}
			s->prev = *p;
			s->i++;
			break;
		case COMMENT:
		case CDATA:
			if (at(p, left, s->state == COMMENT ? "-->" : "]]>", 3)) {
				s->state = s->ret;
				s->i += 3;
			} else {
				s->i++;
			}
			break;
		default: /* ETAG: blanks, then '>' */
			s->i++;
			if (*p == '>') {
				*end = s->i;
				return RECORD;
			}
			break;
		}
	}
}

/* Text and CDATA under node, in document order, onto scratch. */
static int gather(dyad_reader *r, const xmlNode *node)
{
	const xmlNode *c;
	int rc = DYAD_OK;

	for (c = node->children; c && rc == DYAD_OK; c = c->next) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			rc = dyad__scratch_add(r, (const char *)c->content, strlen((const char *)c->content));
		else if (c->type == XML_ELEMENT_NODE)
			rc = gather(r, c);
	}
	return rc;
}

static const xmlNode *child(const xmlNode *node, const char *name)
{
	const xmlNode *c;
	for (c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* An attribute's value into the arena; NULL when absent (or out of memory,
 * which the arena remembers). */
static const char *attr(dyad_arena *a, xmlNode *node, const char *name)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
	char *s;

	if (!v)
		return NULL;
	s = dyad_arena_strndup(a, (const char *)v, strlen((const char *)v));
	xmlFree(v);
	return s;
}

static int fields(dyad_reader *r, dyad_arena *a, xmlNode *root, long line, dyad_story *out)
{
	const xmlNode *text = child(root, "Text"), *parse = child(root, "Parse");
	const char *date = attr(a, root, "date");
	char iso[11], num[24];
	size_t len, b = 0;
	int rc;

	if (date) {
		len = strlen(date);
		while (b < len && (date[b] == ' ' || date[b] == '\t'))
			b++;
		while (len > b && (date[len - 1] == ' ' || date[len - 1] == '\t'))
			len--;
		/* 6-digit dates (YYMMDD, as TABARI wrote them) appear in the GSR file */
		if (dyad__date_parse(iso, date + b, len - b,
				DYAD__DATE_YMD8 | DYAD__DATE_ISO | DYAD__DATE_YMD6) != 0)
			return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: bad date \"%.40s\" (expected YYYYMMDD)",
				r->name, line, date);
		out->date = dyad_arena_strndup(a, iso, 10);
	}
	if (!text)
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: <Sentence> record has no <Text> element",
			r->name, line);
	out->id = attr(a, root, "id");
	if (!out->id) {
		snprintf(num, sizeof num, "%ld", line);
		out->id = dyad_arena_strndup(a, num, strlen(num));
	}
	out->source = attr(a, root, "source");
	dyad__scratch_clear(r);
	if ((rc = gather(r, text)) < 0)
		return rc;
	/* the text is wrapped over lines: a newline and its indent are a space */
	out->text = dyad__collapse_ws(a, r->scratch ? r->scratch : "", r->scratch_len, 0, &len);
	out->text_len = len;
	if (parse) {
		const char *s;
		dyad__scratch_clear(r);
		if ((rc = gather(r, parse)) < 0)
			return rc;
		s = r->scratch ? r->scratch : "";
		len = r->scratch_len;
		while (len && blank(s, 1))
			s++, len--;
		while (len && blank(s + len - 1, 1))
			len--;
		out->parse = dyad_arena_strndup(a, s, len);
	}
	/* test records may leave <Text> empty and give only the parse */
	if (out->text && len == 0 && (!out->parse || !*out->parse))
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: <Sentence> record has empty <Text> and no <Parse>",
			r->name, line);
	if (dyad_arena_failed(a) || !out->text || !out->id)
		return dyad__oom(r->ctx);
	return 1;
}

/* The parser context and the first error of the current parse: libxml2
 * keeps only the last, which for a broken record is usually the less telling
 * "Premature end of data". */
typedef struct xml_state {
	xmlParserCtxtPtr ctxt;
	int have;
	int line;        /* within the span */
	char msg[200];
} xml_state;

static void first_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = data; /* libxml2 passes the context's userData */
	xml_state *st = ctxt ? ctxt->_private : NULL;
	const char *m = e && e->message ? e->message : "not well-formed";
	size_t n = strcspn(m, "\n");

	if (!st || st->have || (e && e->level == XML_ERR_WARNING))
		return;
	while (n && (m[n - 1] == ' ' || m[n - 1] == '\r'))
		n--;
	if (n >= sizeof st->msg)
		n = sizeof st->msg - 1;
	memcpy(st->msg, m, n);
	st->msg[n] = '\0';
	st->line = e ? e->line : 0;
	st->have = 1;
}

/* libxml2 numbers lines within the record it was given; rewrite each
 * "line N" in its message to the file's line so users can find it. */
static void absolute_lines(char *out, size_t size, const char *msg, long first_line)
{
	size_t o = 0;
	while (*msg && o + 1 < size) {
		if (!strncmp(msg, "line ", 5) && msg[5] >= '0' && msg[5] <= '9') {
			char *end;
			long n = strtol(msg + 5, &end, 10);
			int w = snprintf(out + o, size - o, "line %ld", n + first_line - 1);
			if (w < 0 || (size_t)w >= size - o)
				break;
			o += (size_t)w;
			msg = end;
			continue;
		}
		out[o++] = *msg++;
	}
	out[o] = '\0';
}

/* Name the line where the record starts (where users look first) and the
 * line of the fault. */
static int malformed(dyad_reader *r, const xml_state *st, long line)
{
	char msg[300];
	if (!st->have)
		return dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: malformed <Sentence> record",
			r->name, line);
	absolute_lines(msg, sizeof msg, st->msg, line);
	return dyad__error(r->ctx, DYAD_EINPUT,
		"%s:%ld: malformed <Sentence> record: %s (at line %ld)", r->name, line, msg,
		st->line > 0 ? line + st->line - 1 : line);
}

static xml_state *xml_get(dyad_reader *r)
{
	xml_state *st = r->xml;

	if (st)
		return st;
	st = dyad_ctx_malloc(r->ctx, sizeof *st);
	if (!st)
		return NULL;
	memset(st, 0, sizeof *st);
	st->ctxt = xmlNewParserCtxt();
	if (!st->ctxt) {
		dyad_ctx_free_mem(r->ctx, st, sizeof *st);
		dyad__oom(r->ctx);
		return NULL;
	}
	/* errors come to us, never to stderr (the library never prints) */
	st->ctxt->sax->serror = first_error;
	r->xml = st;
	return st;
}

/* One record span (not NUL-terminated) into a story. The span is the raw
 * record; the suite reader reads its EventCodings through r->hooks. repair is the
 * offset of a start tag's "/" to read as open, or 0. */
static int parse_span(dyad_reader *r, dyad_arena *a, const char *span, size_t n, size_t repair,
	long line, dyad_story *out)
{
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
		XML_PARSE_HUGE; /* HUGE: max_record is the limit; no DTD can hide in a span */
	xml_state *st = xml_get(r);
	xmlDocPtr doc;
	int rc;

	if (n > INT_MAX)
		return dyad__reader_too_long(r, line, n);
	if (repair) {
		dyad__scratch_clear(r);
		if ((rc = dyad__scratch_add(r, span, n)) < 0)
			return rc;
		r->scratch[repair] = ' ';
		span = r->scratch;
	}
	if (!st)
		return DYAD_ENOMEM;
	st->have = 0;
	st->ctxt->_private = st;
	doc = xmlCtxtReadMemory(st->ctxt, span, (int)n, NULL, "UTF-8", opts);
	if (!doc)
		return malformed(r, st, line);
	rc = dyad__story_init(r, a, out, line, r->index - 1);
	if (rc == 0)
		rc = fields(r, a, xmlDocGetRootElement(doc), line, out);
	if (rc == 1 && r->hooks.xml_record)
		rc = r->hooks.xml_record(r->hooks.payload, a, xmlDocGetRootElement(doc), line, out);
	xmlFreeDoc(doc);
	return rc;
}

int dyad__petrarch_next(dyad_reader *r, dyad_arena *a, dyad_story *out)
{
	scan s;
	size_t end = 0;
	int kind, rc;

	memset(&s, 0, sizeof s);
	kind = scan_record(r, &s, &end);
	if (kind < 0)
		return kind;
	if (kind == NONE) {
		if (r->nrec > 0)
			return 0;
		r->nrec = 1; /* nothing to read: say so once */
		r->finished = 1;
		return dyad__error(r->ctx, DYAD_EINPUT, s.content ? "%s: no <Sentence> records" :
			"%s: empty input", r->name);
	}
	if (s.over || end > r->max_record) {
		dyad__reader_consume(r, end);
		return dyad__reader_too_long(r, s.line, s.skipped + end);
	}
	if (kind == UNCLOSED)
		rc = dyad__error(r->ctx, DYAD_EINPUT, "%s:%ld: unclosed <Sentence> element", r->name,
			s.line);
	else
		rc = parse_span(r, a, r->data + r->pos, end,
			kind == RECORD && s.self_closing ? s.stag_end - 2 : 0, s.line, out);
	dyad__reader_consume(r, end);
	if (rc != 1)
		memset(out, 0, sizeof *out);
	return rc;
}

void dyad__petrarch_free(dyad_reader *r)
{
	xml_state *st = r->xml;

	if (!st)
		return;
	xmlFreeParserCtxt(st->ctxt);
	dyad_ctx_free_mem(r->ctx, st, sizeof *st);
	r->xml = NULL;
}
