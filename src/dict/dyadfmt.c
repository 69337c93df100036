/*
 * Reading dyad's own dictionary format (docs/dictionaries.md; the writer is
 * dyadfmt_write.c). A file is a marker line, then blocks: a keyword at
 * column 0 opens an entry, indented lines add one fact each (a name, a
 * dated code, a verb form, a pattern, provenance). TABARI's rule for bad
 * lines applies (manual 5.2.4): the line is reported with file:line and
 * ignored, and reading goes on; a bad block header drops the whole entry.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "ctx_internal.h"
#include "dyadfmt_read.h"

typedef enum block {
	B_NONE = 0, /* before the first block */
	B_SKIP,     /* the header was bad: its attribute lines are ignored */
	B_ACTOR, B_AGENT, B_VERB, B_SYNSET, B_DISCARD, B_ISSUE, B_RAW
} block;

static const char *const block_names[] = { "", "", "actor", "agent", "verb", "synset",
	"discard", "issue", "" };

typedef struct reader {
	union {            /* r->d, r->at; &r->lx for the line parsers */
		dd_lex lx;
		struct {
			dyad_dict *d;
			dd_origin at;
		};
	};
	const char *eol;   /* end of the line, before trailing white space is cut */
	block kind;
	int have_from;     /* a "from" line was seen in this block */
	int have_section;  /* a "section" line was seen in this verb block */
	union {
		dd_actor actor;
		dd_agent agent;
		dd_verb verb;
		dd_synset synset;
		dd_discard discard;
		dd_issue issue;
		dd_raw raw;
	} e;
	uint32_t cap1, cap2; /* arena capacities of the entry's arrays */
} reader;

/* Append a zeroed element to an entry's array; arrays live in the arena,
 * grown by doubling (dyad_arena_grow copies). */
static void *grow(reader *r, void **arr, uint32_t *n, uint32_t *cap, size_t size)
{
	char *p;
	if (*n == *cap) {
		uint32_t ncap = *cap ? *cap * 2 : 4;
		void *q = dyad_arena_grow(r->d->arena, *arr, (size_t)*cap * size, (size_t)ncap * size);
		if (!q) {
			dyad__oom(r->d->ctx);
			return NULL;
		}
		*arr = q;
		*cap = ncap;
	}
	p = (char *)*arr + (size_t)*n * size;
	memset(p, 0, size);
	(*n)++;
	return p;
}
#define GROW(r, arr, n, cap) grow((r), (void **)&(arr), &(n), &(cap), sizeof *(arr))

/* ---- Blocks -------------------------------------------------------- */

static int finish(reader *r)
{
	dyad_dict *d = r->d;
	void *slot = NULL;
	size_t size = 0;

	if (r->kind >= B_ACTOR && !r->have_from) {
		/* Written here, not converted: no other source (see dd_source). */
		dd_source none = { "", 0 };
		switch (r->kind) {
		case B_ACTOR: r->e.actor.from = none; break;
		case B_AGENT: r->e.agent.from = none; break;
		case B_VERB: r->e.verb.from = none; break;
		case B_SYNSET: r->e.synset.from = none; break;
		case B_DISCARD: r->e.discard.from = none; break;
		case B_ISSUE: r->e.issue.from = none; break;
		default: r->e.raw.from = none; break;
		}
	}
	switch (r->kind) {
	case B_ACTOR: slot = DD_PUSH(d, actors); size = sizeof r->e.actor; break;
	case B_AGENT: slot = DD_PUSH(d, agents); size = sizeof r->e.agent; break;
	case B_VERB: slot = DD_PUSH(d, verbs); size = sizeof r->e.verb; break;
	case B_SYNSET: slot = DD_PUSH(d, synsets); size = sizeof r->e.synset; break;
	case B_DISCARD: slot = DD_PUSH(d, discards); size = sizeof r->e.discard; break;
	case B_ISSUE: slot = DD_PUSH(d, issues); size = sizeof r->e.issue; break;
	case B_RAW: slot = DD_PUSH(d, raws); size = sizeof r->e.raw; break;
	default: r->kind = B_NONE; return DYAD_OK;
	}
	r->kind = B_NONE;
	if (!slot)
		return DYAD_ENOMEM;
	memcpy(slot, &r->e, size);
	return DYAD_OK;
}

/* A name on a header line, or on a primary/name/variant/member line. */
static int add_name(reader *r, dd_name **names, uint32_t *n, uint8_t kind, dd_span t, dd_span note,
	int has_note, int required)
{
	dd_phrase p;
	dd_name *nm;
	int rc = required ? dyad_dict__lex_phrase_req(&r->lx, &p, t, NULL) : dyad_dict__lex_phrase(&r->lx, &p, t, NULL);
	if (rc < 0 || !p.n)
		return rc;
	if (!(nm = GROW(r, *names, *n, r->cap1)))
		return DYAD_ENOMEM;
	nm->phrase = p;
	nm->kind = kind;
	nm->origin = r->at;
	if (has_note)
		return dyad_dict__lex_str(&r->lx, &nm->note, note);
	return DYAD_OK;
}

static const char *const raw_words[] = { "option", "transform", "noun", "adjective", "project" };
static const char *const entry_words[] = { "actor", "agent", "verb", "synset", "discard",
	"discard-story", "issue", "option", "transform", "noun", "adjective", "project" };
static const char *const attribute_words[] = { "primary", "name", "variant", "member", "code",
	"id", "note", "from", "form", "pattern", "section", "category", "attrs", "raw" };
static const char *const section_words[] = { "verbs", "attrib", "time" }; /* dd_section */

static int in_list(dd_span kw, const char *const *list, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (dyad_dict__lex_is(kw, list[i]))
			return 1;
	return 0;
}

static int starts_entry(dd_span kw)
{
	return in_list(kw, entry_words, sizeof entry_words / sizeof *entry_words);
}

static int is_attribute(dd_span kw)
{
	return in_list(kw, attribute_words, sizeof attribute_words / sizeof *attribute_words);
}

/* Verbatim text after "keyword " to the very end of the line (raw lines
 * are kept byte for byte): one separating space is dropped. */
static dd_span verbatim(const reader *r, dd_span kw)
{
	dd_span t = { kw.s + kw.n, (size_t)(r->eol - kw.s) - kw.n };
	if (t.n && (t.s[0] == ' ' || t.s[0] == '\t')) {
		t.s++;
		t.n--;
	}
	return t;
}

static int header(reader *r, dd_span line, dd_span kw)
{
	dd_span rest, note, left, right;
	int has_note, arrow, rc;
	size_t k;

	memset(&r->e, 0, sizeof r->e);
	r->cap1 = r->cap2 = 0;
	r->have_from = r->have_section = 0;
	r->kind = B_SKIP;
	for (k = 0; k < sizeof raw_words / sizeof *raw_words; k++)
		if (dyad_dict__lex_is(kw, raw_words[k])) {
			r->kind = B_RAW;
			r->e.raw.kind = (uint8_t)k;
			r->e.raw.origin = r->at;
			return dyad_dict__lex_str(&r->lx, &r->e.raw.text, verbatim(r, kw));
		}
	rest.s = kw.s + kw.n;
	rest.n = line.n - kw.n;
	rest = dyad_dict__lex_note(rest, &note, &has_note);
	arrow = dyad_dict__lex_arrow(rest, &left, &right);
	if (!arrow)
		left = rest;
	if (dyad_dict__lex_is(kw, "actor")) {
		r->e.actor.origin = r->at;
		rc = add_name(r, &r->e.actor.names, &r->e.actor.n_names, DD_NAME_PRIMARY, rest, note,
			has_note, 0);
		if (rc == DYAD_OK)
			r->kind = B_ACTOR;
		return rc == DYAD_EINPUT ? DYAD_OK : rc;
	}
	if (dyad_dict__lex_is(kw, "agent")) {
		dd_agent *a = &r->e.agent;
		if (!arrow || !right.n)
			return dyad_dict__lex_bad(&r->lx, "missing => code in agent '%.*s'", rest.s, rest.n);
		a->origin = r->at;
		if ((rc = add_name(r, &a->names, &a->n_names, DD_NAME_PRIMARY, left, note, has_note,
			0)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if ((rc = dyad_dict__lex_str(&r->lx, &a->raw_code, right)) < 0)
			return rc;
		/* "~GOV" follows the actor's code, "NGO~" precedes it. */
		if (right.s[0] == '~') {
			right.s++;
			right.n--;
		} else if (right.s[right.n - 1] == '~') {
			a->prefix = 1;
			right.n--;
		}
		r->kind = B_AGENT;
		return dyad_dict__lex_str(&r->lx, &a->code, right);
	}
	if (dyad_dict__lex_is(kw, "verb")) {
		dd_verb *v = &r->e.verb;
		v->origin = r->at;
		if (left.n && (rc = dyad_dict__lex_str(&r->lx, &v->name, left)) < 0)
			return rc;
		if (arrow && (rc = dyad_dict__lex_str(&r->lx, &v->code, right)) < 0)
			return rc;
		if (has_note && (rc = dyad_dict__lex_str(&r->lx, &v->note, note)) < 0)
			return rc;
		r->kind = B_VERB;
		return DYAD_OK;
	}
	if (dyad_dict__lex_is(kw, "synset")) {
		if (rest.n && rest.s[0] == '&') {
			rest.s++;
			rest.n--;
		}
		if (!rest.n || memchr(rest.s, ' ', rest.n) || memchr(rest.s, '\t', rest.n))
			return dyad_dict__lex_bad(&r->lx, "bad synset name '%.*s': expected one word", rest.s, rest.n);
		r->e.synset.origin = r->at;
		if ((rc = dyad_dict__lex_str(&r->lx, &r->e.synset.name, rest)) < 0 ||
			(has_note && (rc = dyad_dict__lex_str(&r->lx, &r->e.synset.note, note)) < 0))
			return rc;
		r->kind = B_SYNSET;
		return DYAD_OK;
	}
	if (dyad_dict__lex_is(kw, "discard") || dyad_dict__lex_is(kw, "discard-story")) {
		dd_discard *x = &r->e.discard;
		x->origin = r->at;
		x->story = kw.n > 7;
		if ((rc = dyad_dict__lex_phrase_req(&r->lx, &x->phrase, left, NULL)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if ((arrow && (rc = dyad_dict__lex_str(&r->lx, &x->code, right)) < 0) ||
			(has_note && (rc = dyad_dict__lex_str(&r->lx, &x->note, note)) < 0))
			return rc;
		r->kind = B_DISCARD;
		return DYAD_OK;
	}
	if (dyad_dict__lex_is(kw, "issue")) {
		dd_issue *x = &r->e.issue;
		x->origin = r->at;
		if ((rc = dyad_dict__lex_phrase(&r->lx, &x->phrase, left, NULL)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if ((arrow && (rc = dyad_dict__lex_str(&r->lx, &x->code, right)) < 0) ||
			(has_note && (rc = dyad_dict__lex_str(&r->lx, &x->note, note)) < 0))
			return rc;
		r->kind = B_ISSUE;
		return DYAD_OK;
	}
	if (is_attribute(kw))
		return dyad_dict__lex_bad(&r->lx, "'%.*s' at column 0: attribute lines are indented under their entry",
			kw.s, kw.n);
	return dyad_dict__lex_bad(&r->lx, "unknown keyword '%.*s'", kw.s, kw.n);
}

/* A field that may be given once per block. */
static int once(reader *r, const char **field, dd_span kw, dd_span text)
{
	if (*field)
		return dyad_dict__lex_bad(&r->lx, "more than one '%.*s' line in this block", kw.s, kw.n);
	return dyad_dict__lex_str(&r->lx, field, text);
}

static int attribute(reader *r, dd_span line, dd_span kw)
{
	dd_span rest = { kw.s + kw.n, line.n - kw.n }, note, left, right;
	int has_note, rc;
	const char *const *kinds;

	if (r->kind == B_SKIP)
		return DYAD_OK;
	if (r->kind == B_NONE)
		return dyad_dict__lex_bad(&r->lx, "attribute line '%.*s' outside a block", kw.s, kw.n);
	if (dyad_dict__lex_is(kw, "from")) {
		dd_source *src = r->kind == B_ACTOR ? &r->e.actor.from : r->kind == B_AGENT
			? &r->e.agent.from : r->kind == B_VERB ? &r->e.verb.from : r->kind == B_SYNSET
			? &r->e.synset.from : r->kind == B_DISCARD ? &r->e.discard.from : r->kind == B_ISSUE
			? &r->e.issue.from : &r->e.raw.from;
		if (r->have_from)
			return dyad_dict__lex_bad(&r->lx, "more than one '%.*s' line in this block", kw.s, kw.n);
		if ((rc = dyad_dict__lex_from(&r->lx, src, dyad_dict__lex_trim(rest))) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		r->have_from = 1;
		return DYAD_OK;
	}
	if (r->kind == B_ACTOR || r->kind == B_AGENT) {
		if (dyad_dict__lex_is(kw, "note"))
			return once(r, r->kind == B_ACTOR ? &r->e.actor.note : &r->e.agent.note, kw,
				verbatim(r, kw));
		if (r->kind == B_ACTOR && dyad_dict__lex_is(kw, "id"))
			return once(r, &r->e.actor.id, kw, dyad_dict__lex_trim(rest));
	}
	if (r->kind == B_ISSUE) {
		/* raw and attrs are the source's own text, kept verbatim. */
		if (dyad_dict__lex_is(kw, "category"))
			return once(r, &r->e.issue.category, kw, dyad_dict__lex_trim(rest));
		if (dyad_dict__lex_is(kw, "attrs"))
			return once(r, &r->e.issue.attrs, kw, verbatim(r, kw));
		if (dyad_dict__lex_is(kw, "raw"))
			return once(r, &r->e.issue.raw, kw, verbatim(r, kw));
	}
	if (r->kind == B_VERB && dyad_dict__lex_is(kw, "section")) {
		dd_span t = dyad_dict__lex_trim(rest);
		uint8_t k;
		if (r->have_section)
			return dyad_dict__lex_bad(&r->lx, "more than one '%.*s' line in this block", kw.s, kw.n);
		for (k = DD_SECTION_VERBS; k <= DD_SECTION_TIME; k++)
			if (dyad_dict__lex_is(t, section_words[k])) {
				r->e.verb.section = k;
				r->have_section = 1;
				return DYAD_OK;
			}
		return dyad_dict__lex_bad(&r->lx, "bad section '%.*s': expected verbs, attrib or time",
			t.s, t.n);
	}
	rest = dyad_dict__lex_note(rest, &note, &has_note);
	kinds = r->kind == B_SYNSET ? (const char *const[]){ "primary", "member", "variant" }
		: (const char *const[]){ "primary", "name", "variant" };
	if (r->kind == B_ACTOR || r->kind == B_AGENT || r->kind == B_SYNSET) {
		uint8_t k;
		for (k = 0; k <= DD_NAME_VARIANT; k++)
			if (dyad_dict__lex_is(kw, kinds[k])) {
				dd_name **names = r->kind == B_ACTOR ? &r->e.actor.names : r->kind == B_AGENT
					? &r->e.agent.names : &r->e.synset.members;
				uint32_t *n = r->kind == B_ACTOR ? &r->e.actor.n_names : r->kind == B_AGENT
					? &r->e.agent.n_names : &r->e.synset.n_members;
				rc = add_name(r, names, n, k, rest, note, has_note, 1);
				return rc == DYAD_EINPUT ? DYAD_OK : rc;
			}
	}
	if (r->kind == B_ACTOR && dyad_dict__lex_is(kw, "code")) {
		dd_code c;
		memset(&c, 0, sizeof c);
		c.origin = r->at;
		if ((rc = dyad_dict__lex_code(&r->lx, &c, rest)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if (has_note && (rc = dyad_dict__lex_str(&r->lx, &c.note, note)) < 0)
			return rc;
		dd_code *slot = GROW(r, r->e.actor.codes, r->e.actor.n_codes, r->cap2);
		if (!slot)
			return DYAD_ENOMEM;
		*slot = c;
		return DYAD_OK;
	}
	if (r->kind == B_VERB && dyad_dict__lex_is(kw, "form")) {
		dd_verbform f;
		int arrow = dyad_dict__lex_arrow(rest, &left, &right);
		memset(&f, 0, sizeof f);
		f.origin = r->at;
		/* "=> CODE": this verb's own code (PETRARCH "VERB [040]" in a block
		 * of another code); without it the block's applies. */
		if ((rc = dyad_dict__lex_form(&r->lx, &f, arrow ? left : rest)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if ((arrow && (rc = dyad_dict__lex_str(&r->lx, &f.code, right)) < 0) ||
			(has_note && (rc = dyad_dict__lex_str(&r->lx, &f.note, note)) < 0))
			return rc;
		dd_verbform *slot = GROW(r, r->e.verb.verbs, r->e.verb.n_verbs, r->cap1);
		if (!slot)
			return DYAD_ENOMEM;
		*slot = f;
		return DYAD_OK;
	}
	if (r->kind == B_VERB && dyad_dict__lex_is(kw, "pattern")) {
		dd_pattern p;
		memset(&p, 0, sizeof p);
		p.origin = r->at;
		if (!dyad_dict__lex_arrow(rest, &left, &right))
			return dyad_dict__lex_bad(&r->lx, "missing => code in pattern '%.*s'", rest.s, rest.n);
		if ((rc = dyad_dict__lex_pattern(&r->lx, &p, left)) < 0)
			return rc == DYAD_EINPUT ? DYAD_OK : rc;
		if ((rc = dyad_dict__lex_str(&r->lx, &p.code, right)) < 0 || (has_note && (rc = dyad_dict__lex_str(&r->lx, &p.note, note)) < 0))
			return rc;
		dd_pattern *slot = GROW(r, r->e.verb.patterns, r->e.verb.n_patterns, r->cap2);
		if (!slot)
			return DYAD_ENOMEM;
		*slot = p;
		return DYAD_OK;
	}
	if (starts_entry(kw))
		return dyad_dict__lex_bad(&r->lx, "'%.*s' starts an entry: write it at column 0", kw.s, kw.n);
	if (r->kind == B_RAW)
		return dyad_dict__diag(r->d, 1, r->at, "unknown keyword '%.*s' under '%s' (only 'from' "
			"may follow)", (int)kw.n, kw.s, raw_words[r->e.raw.kind]);
	return dyad_dict__diag(r->d, 1, r->at, "unknown keyword '%.*s' in %s %s block", (int)kw.n,
		kw.s, r->kind == B_ACTOR || r->kind == B_AGENT || r->kind == B_ISSUE ? "an" : "a",
		block_names[r->kind]);
}

/* "dyad-dictionary VERSION"; 1 when reading may go on. */
static int marker(reader *r, dd_span line, int *rc)
{
	static const char word[] = "dyad-dictionary";
	dd_span rest;
	*rc = DYAD_OK;
	if (line.n < sizeof word - 1 || memcmp(line.s, word, sizeof word - 1)) {
		*rc = dyad_dict__diag(r->d, 1, r->at, "expected 'dyad-dictionary 1' as the first line");
		return 1;
	}
	rest.s = line.s + sizeof word - 1;
	rest.n = line.n - (sizeof word - 1);
	rest = dyad_dict__lex_trim(rest);
	if (dyad_dict__lex_is(rest, "1"))
		return 0;
	*rc = dyad_dict__lex_bad(&r->lx, "unsupported dyad dictionary version '%.*s' (this dyad reads version 1)",
		rest.s, rest.n);
	return -1;
}

int dyad_dict__read_dyad(dyad_dict *d, uint32_t file, const char *buf, size_t len)
{
	reader r;
	size_t i = 0;
	int seen_marker = 0, rc = DYAD_OK;

	memset(&r, 0, sizeof r);
	r.d = d;
	r.at.file = file;
	while (i < len && rc >= 0) {
		size_t end = i;
		dd_span line, kw;
		int indented;
		while (end < len && buf[end] != '\n')
			end++;
		r.at.line++;
		line.s = buf + i;
		line.n = end - i;
		if (line.n && line.s[line.n - 1] == '\r')
			line.n--;
		r.eol = line.s + line.n;
		i = end + 1;
		indented = line.n && (line.s[0] == ' ' || line.s[0] == '\t');
		line = dyad_dict__lex_trim(line);
		if (!line.n || line.s[0] == '#')
			continue;
		if (!seen_marker) {
			int m = marker(&r, line, &rc);
			seen_marker = 1;
			if (m < 0)
				return rc;
			if (m == 0)
				continue;
			/* No marker (format forced by the caller): read on as version 1. */
		}
		kw.s = line.s;
		kw.n = 0;
		while (kw.n < line.n && !isspace((unsigned char)line.s[kw.n]))
			kw.n++;
		if (indented) {
			rc = attribute(&r, line, kw);
		} else {
			if ((rc = finish(&r)) < 0)
				break;
			rc = header(&r, line, kw);
		}
	}
	if (rc >= 0)
		rc = finish(&r);
	if (rc >= 0 && !seen_marker)
		rc = dyad_dict__diag(d, 1, (dd_origin){ file, 0 },
			"expected 'dyad-dictionary 1' as the first line");
	return rc < 0 ? rc : DYAD_OK;
}
