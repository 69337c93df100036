/*
 * Writing a dictionary set in dyad's own format (docs/dictionaries.md), and
 * the spelling helpers the linter shares. The output is meant to be read
 * and diffed by people: entries grouped by kind in model order, one fact a
 * line, and each entry's provenance ("from FILE:LINE") so that a converted
 * TABARI or PETRARCH entry can be traced to its source. Whatever is written
 * reads back (dyadfmt.c) into the same model.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dyadfmt.h"

void dyad_dict__sink_buf(dd_sink *s, char *buf, size_t cap)
{
	s->f = NULL;
	s->buf = buf;
	s->cap = cap;
	s->len = 0;
	buf[0] = '\0';
}

void dyad_dict__put(dd_sink *s, const char *text, size_t len)
{
	if (s->f) {
		fwrite(text, 1, len, s->f);
		return;
	}
	if (len > s->cap - 1 - s->len)
		len = s->cap - 1 - s->len;
	memcpy(s->buf + s->len, text, len);
	s->len += len;
	s->buf[s->len] = '\0';
}

void dyad_dict__puts(dd_sink *s, const char *text)
{
	dyad_dict__put(s, text, strlen(text));
}

/* Word text with a backslash before each character that would otherwise
 * end the word or mean something: white space, "_" glue, brackets, "|",
 * ",", "#", ">" and the backslash anywhere; a marker or "&" first; "*" or
 * "=" last (a mode suffix). Synset names keep "_" and may end in anything. */
static void put_text(dd_sink *s, const char *text, int synset)
{
	size_t i, n = strlen(text);
	for (i = 0; i < n; i++) {
		char c = text[i];
		int esc = isspace((unsigned char)c) || strchr("\\,{}()[]|#>", c) ||
			(!synset && i == 0 && !strcmp(text, "...")) || /* the gap mark */
			(!synset && (c == '_' || (i == 0 && strchr("&+$%@^", c)) ||
			(i == n - 1 && (c == '*' || c == '='))));
		if (esc)
			dyad_dict__put(s, "\\", 1);
		dyad_dict__put(s, &c, 1);
	}
}

static void put_word(dd_sink *s, const char *text, unsigned mode)
{
	put_text(s, text ? text : "", 0);
	if (mode == DD_STEM)
		dyad_dict__put(s, "*", 1);
	else if (mode == DD_LITERAL)
		dyad_dict__put(s, "=", 1);
}

void dyad_dict__spell_phrase(dd_sink *s, const dd_phrase *p, uint32_t mark)
{
	uint32_t i;
	for (i = 0; i < p->n; i++) {
		if (i)
			dyad_dict__puts(s, p->words[i].gap ? " ... " : " ");
		if (i == mark)
			dyad_dict__put(s, "+", 1);
		put_word(s, p->words[i].text, p->words[i].mode);
	}
}

static const char *const elem_marks[] = {
	[DD_E_SOURCE] = "$", [DD_E_TARGET] = "+", [DD_E_VERB] = "*", [DD_E_COMPOUND] = "%",
	[DD_E_ATTRIB] = "@", [DD_E_SKIP] = "^", [DD_E_ALT_BEGIN] = "[", [DD_E_ALT_OR] = "|",
	[DD_E_ALT_END] = "]", [DD_E_NP_BEGIN] = "{", [DD_E_NP_END] = "}", [DD_E_PP_BEGIN] = "(",
	[DD_E_PP_END] = ")"
};

static int is_open(unsigned k)
{
	return k == DD_E_ALT_BEGIN || k == DD_E_NP_BEGIN || k == DD_E_PP_BEGIN;
}

static int is_close(unsigned k)
{
	return k == DD_E_ALT_END || k == DD_E_NP_END || k == DD_E_PP_END;
}

void dyad_dict__spell_pattern(dd_sink *s, const dd_elem *e, uint32_t n)
{
	uint32_t i;
	for (i = 0; i < n; i++) {
		unsigned k = e[i].kind;
		if (e[i].joined)
			/* "_" glues; after a synset name (which may hold "_") it must
			 * start a token of its own. */
			dyad_dict__puts(s, i && e[i - 1].kind == DD_E_SYNSET ? " _" : "_");
		else if (i && !is_open(e[i - 1].kind) && !is_close(k))
			dyad_dict__put(s, " ", 1);
		if (k == DD_E_WORD) {
			put_word(s, e[i].text, e[i].mode);
		} else if (k == DD_E_SYNSET) {
			dyad_dict__put(s, "&", 1);
			put_text(s, e[i].text ? e[i].text : "", 1);
		} else if (k < sizeof elem_marks / sizeof *elem_marks && elem_marks[k]) {
			dyad_dict__puts(s, elem_marks[k]);
		} else {
			dyad_dict__puts(s, "?");
		}
	}
}

/* Proleptic Gregorian date of a day number (H. Hinnant's civil_from_days),
 * the inverse of dyad_date_days. */
void dyad_dict__day_iso(char *buf, int32_t day)
{
	int64_t z = (int64_t)day + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned dd = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;
	int64_t y = (int64_t)yoe + era * 400 + (m <= 2);
	/* Day numbers are int32, so |y| < 6e6 and the text fits in 16. */
	snprintf(buf, 16, "%04d-%02u-%02u", (int)y, m % 100, dd % 100);
}

void dyad_dict__spell_dates(char *buf, const dd_code *c)
{
	char a[16], b[16];
	buf[0] = '\0';
	switch (c->datekind) {
	case DD_BEFORE:
		dyad_dict__day_iso(a, c->to);
		snprintf(buf, 32, "<%s", a);
		break;
	case DD_AFTER:
		dyad_dict__day_iso(a, c->from);
		snprintf(buf, 32, ">%s", a);
		break;
	case DD_RANGE:
		a[0] = b[0] = '\0';
		if (c->from != DD_DAY_MIN)
			dyad_dict__day_iso(a, c->from);
		if (c->to != DD_DAY_MAX)
			dyad_dict__day_iso(b, c->to);
		/* An int32 day is at most 14 characters ("-5879610-06-22"); the
		 * precision tells the compiler both fit in 32. */
		snprintf(buf, 32, "%.14s..%.14s", a, b);
		break;
	default:
		break;
	}
}

/* ---- The writer ---------------------------------------------------- */

typedef struct writer {
	const dyad_dict *d;
	dd_sink s;
	int blocks;      /* blocks written so far */
	int prev_multi;  /* the previous block had attribute lines */
} writer;

static const char *const name_words[] = { "primary", "name", "variant" };
static const char *const member_words[] = { "primary", "member", "variant" };

static void put_note(writer *w, const char *note)
{
	if (!note)
		return;
	dyad_dict__puts(&w->s, note[0] ? "  # " : "  #");
	dyad_dict__puts(&w->s, note);
}

static void put_line_end(writer *w, const char *note)
{
	put_note(w, note);
	dyad_dict__put(&w->s, "\n", 1);
}

/* The provenance to print: the recorded "from", else where the entry was
 * read (entries written in a dyad file without "from" have none). */
static int from_of(const writer *w, dd_source from, dd_origin origin, const char **file,
	uint32_t *line)
{
	if (from.file) {
		*file = from.file;
		*line = from.line;
		return from.file[0] != '\0';
	}
	if (origin.file >= w->d->n_files)
		return 0;
	*file = w->d->files[origin.file];
	*line = origin.line;
	return 1;
}

static void put_from(writer *w, dd_source from, dd_origin origin)
{
	const char *file;
	uint32_t line;
	char num[16];
	if (!from_of(w, from, origin, &file, &line))
		return;
	dyad_dict__puts(&w->s, "  from ");
	dyad_dict__puts(&w->s, file);
	if (line) {
		snprintf(num, sizeof num, ":%u", (unsigned)line);
		dyad_dict__puts(&w->s, num);
	}
	dyad_dict__put(&w->s, "\n", 1);
}

static int has_from(const writer *w, dd_source from, dd_origin origin)
{
	const char *file;
	uint32_t line;
	return from_of(w, from, origin, &file, &line);
}

/* Blank lines around blocks with attribute lines keep one-line entries
 * (options, agents without synonyms) together and the rest apart. */
static void begin_block(writer *w, int multi, const char *keyword)
{
	if (w->blocks && (multi || w->prev_multi))
		dyad_dict__put(&w->s, "\n", 1);
	w->blocks++;
	w->prev_multi = multi;
	dyad_dict__puts(&w->s, keyword);
}

static void section(writer *w, const char *title, uint32_t n)
{
	char buf[80];
	if (!n)
		return;
	snprintf(buf, sizeof buf, "%s# %s (%u)\n", w->blocks ? "\n" : "", title, (unsigned)n);
	dyad_dict__puts(&w->s, buf);
	w->prev_multi = 0;
	w->blocks = 0;
}

/* The header carries the first name when it is the primary one; every
 * other name gets a line of its own. */
static uint32_t put_header_name(writer *w, const dd_name *names, uint32_t n)
{
	if (n && names[0].kind == DD_NAME_PRIMARY && names[0].phrase.n) {
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__spell_phrase(&w->s, &names[0].phrase, UINT32_MAX);
		return 1;
	}
	return 0;
}

static void put_names(writer *w, const dd_name *names, uint32_t from, uint32_t n,
	const char *const *words)
{
	uint32_t i;
	for (i = from; i < n; i++) {
		unsigned k = names[i].kind <= DD_NAME_VARIANT ? names[i].kind : DD_NAME_SYNONYM;
		dyad_dict__puts(&w->s, "  ");
		dyad_dict__puts(&w->s, words[k]);
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__spell_phrase(&w->s, &names[i].phrase, UINT32_MAX);
		put_line_end(w, names[i].note);
	}
}

static void put_text_attr(writer *w, const char *keyword, const char *text)
{
	if (!text)
		return;
	dyad_dict__puts(&w->s, "  ");
	dyad_dict__puts(&w->s, keyword);
	dyad_dict__put(&w->s, " ", 1);
	dyad_dict__puts(&w->s, text);
	dyad_dict__put(&w->s, "\n", 1);
}

/* " => CODE"; " =>" for an empty code, nothing for none. */
static void put_code_arrow(writer *w, const char *code)
{
	if (!code)
		return;
	dyad_dict__puts(&w->s, " =>");
	if (code[0]) {
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__puts(&w->s, code);
	}
}

static void write_actor(writer *w, const dd_actor *a)
{
	int primary = a->n_names && a->names[0].kind == DD_NAME_PRIMARY && a->names[0].phrase.n;
	int multi = has_from(w, a->from, a->origin) || a->id || a->note || a->n_codes ||
		a->n_names > (uint32_t)primary;
	uint32_t first, i;
	char dates[32];

	begin_block(w, multi, "actor");
	first = put_header_name(w, a->names, a->n_names);
	put_line_end(w, first ? a->names[0].note : NULL);
	put_names(w, a->names, first, a->n_names, name_words);
	for (i = 0; i < a->n_codes; i++) {
		dyad_dict__puts(&w->s, "  code ");
		dyad_dict__puts(&w->s, a->codes[i].code ? a->codes[i].code : "");
		dyad_dict__spell_dates(dates, &a->codes[i]);
		if (dates[0]) {
			dyad_dict__put(&w->s, " ", 1);
			dyad_dict__puts(&w->s, dates);
		}
		put_line_end(w, a->codes[i].note);
	}
	put_text_attr(w, "id", a->id);
	put_text_attr(w, "note", a->note);
	put_from(w, a->from, a->origin);
}

static void write_agent(writer *w, const dd_agent *a)
{
	int primary = a->n_names && a->names[0].kind == DD_NAME_PRIMARY && a->names[0].phrase.n;
	int multi = has_from(w, a->from, a->origin) || a->note || a->n_names > (uint32_t)primary;
	uint32_t first;

	begin_block(w, multi, "agent");
	first = put_header_name(w, a->names, a->n_names);
	dyad_dict__puts(&w->s, " =>");
	if (a->raw_code && a->raw_code[0]) {
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__puts(&w->s, a->raw_code);
	} else {
		/* No source spelling: "~CODE" adds after the actor's code,
		 * "CODE~" before (TABARI manual 5.4). */
		dyad_dict__put(&w->s, " ", 1);
		if (!a->prefix)
			dyad_dict__put(&w->s, "~", 1);
		dyad_dict__puts(&w->s, a->code ? a->code : "");
		if (a->prefix)
			dyad_dict__put(&w->s, "~", 1);
	}
	put_line_end(w, first ? a->names[0].note : NULL);
	put_names(w, a->names, first, a->n_names, name_words);
	put_text_attr(w, "note", a->note);
	put_from(w, a->from, a->origin);
}

static const char *const section_words[] = {
	[DD_SECTION_VERBS] = "verbs", [DD_SECTION_ATTRIB] = "attrib", [DD_SECTION_TIME] = "time"
};

static void write_verb(writer *w, const dd_verb *v)
{
	uint32_t i, j;
	begin_block(w, 1, "verb");
	if (v->name && v->name[0]) {
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__puts(&w->s, v->name);
	}
	put_code_arrow(w, v->code);
	put_line_end(w, v->note);
	/* Verbs are the default; TABARI's <ATTRIB> and <TIME> roots say so. */
	if (v->section == DD_SECTION_ATTRIB || v->section == DD_SECTION_TIME)
		put_text_attr(w, "section", section_words[v->section]);
	for (i = 0; i < v->n_verbs; i++) {
		const dd_verbform *f = &v->verbs[i];
		dyad_dict__puts(&w->s, "  form ");
		/* The verb word of a multi-word form is marked only when it is not
		 * the first, so plain forms read as written. */
		dyad_dict__spell_phrase(&w->s, &f->phrase, f->verb_index ? f->verb_index : UINT32_MAX);
		if (f->n_forms || f->conjugate) {
			dyad_dict__puts(&w->s, " {");
			for (j = 0; j < f->n_forms; j++) {
				if (j)
					dyad_dict__puts(&w->s, ", ");
				dyad_dict__spell_phrase(&w->s, &f->forms[j], UINT32_MAX);
			}
			/* "*": the regular forms, generated as PETRARCH does. */
			if (f->conjugate)
				dyad_dict__puts(&w->s, f->n_forms ? ", *" : "*");
			dyad_dict__put(&w->s, "}", 1);
		}
		put_code_arrow(w, f->code);
		put_line_end(w, f->note);
	}
	for (i = 0; i < v->n_patterns; i++) {
		const dd_pattern *p = &v->patterns[i];
		dyad_dict__puts(&w->s, "  pattern ");
		dyad_dict__spell_pattern(&w->s, p->elems, p->n);
		put_code_arrow(w, p->code ? p->code : "");
		put_line_end(w, p->note);
	}
	put_from(w, v->from, v->origin);
}

static void write_synset(writer *w, const dd_synset *s)
{
	begin_block(w, 1, "synset ");
	dyad_dict__puts(&w->s, s->name ? s->name : "");
	put_line_end(w, s->note);
	put_names(w, s->members, 0, s->n_members, member_words);
	put_from(w, s->from, s->origin);
}

/* " PHRASE" after a keyword; nothing for an empty phrase. */
static void put_phrase(writer *w, const dd_phrase *p)
{
	if (!p->n)
		return;
	dyad_dict__put(&w->s, " ", 1);
	dyad_dict__spell_phrase(&w->s, p, UINT32_MAX);
}

static void write_discard(writer *w, const dd_discard *x)
{
	begin_block(w, has_from(w, x->from, x->origin), x->story ? "discard-story" : "discard");
	put_phrase(w, &x->phrase);
	put_code_arrow(w, x->code);
	put_line_end(w, x->note);
	put_from(w, x->from, x->origin);
}

static void write_issue(writer *w, const dd_issue *x)
{
	begin_block(w, has_from(w, x->from, x->origin) || x->category || x->attrs || x->raw,
		"issue");
	put_phrase(w, &x->phrase);
	put_code_arrow(w, x->code);
	put_line_end(w, x->note);
	put_text_attr(w, "category", x->category);
	put_text_attr(w, "attrs", x->attrs);
	put_text_attr(w, "raw", x->raw);
	put_from(w, x->from, x->origin);
}

static const char *const raw_words[] = {
	[DD_RAW_OPTION] = "option", [DD_RAW_TRANSFORM] = "transform", [DD_RAW_NOUN] = "noun",
	[DD_RAW_ADJECTIVE] = "adjective", [DD_RAW_PROJECT] = "project"
};

static void write_raw(writer *w, const dd_raw *r)
{
	unsigned k = r->kind <= DD_RAW_PROJECT ? r->kind : DD_RAW_OPTION;
	begin_block(w, has_from(w, r->from, r->origin), raw_words[k]);
	if (r->text && r->text[0]) {
		dyad_dict__put(&w->s, " ", 1);
		dyad_dict__puts(&w->s, r->text);
	}
	dyad_dict__put(&w->s, "\n", 1);
	put_from(w, r->from, r->origin);
}

int dyad_dict__write_dyad(const dyad_dict *d, FILE *f)
{
	writer w;
	uint32_t i;

	memset(&w, 0, sizeof w);
	w.d = d;
	w.s.f = f;
	dyad_dict__puts(&w.s, "# dyad dictionary: see docs/dictionaries.md\ndyad-dictionary 1\n");
	w.blocks = 1; /* a blank line after the marker */
	section(&w, "actors", d->n_actors);
	for (i = 0; i < d->n_actors; i++)
		write_actor(&w, &d->actors[i]);
	section(&w, "agents", d->n_agents);
	for (i = 0; i < d->n_agents; i++)
		write_agent(&w, &d->agents[i]);
	section(&w, "verbs", d->n_verbs);
	for (i = 0; i < d->n_verbs; i++)
		write_verb(&w, &d->verbs[i]);
	section(&w, "synsets", d->n_synsets);
	for (i = 0; i < d->n_synsets; i++)
		write_synset(&w, &d->synsets[i]);
	section(&w, "discards", d->n_discards);
	for (i = 0; i < d->n_discards; i++)
		write_discard(&w, &d->discards[i]);
	section(&w, "issues", d->n_issues);
	for (i = 0; i < d->n_issues; i++)
		write_issue(&w, &d->issues[i]);
	section(&w, "options, transformations, nouns, adjectives, project lines", d->n_raws);
	for (i = 0; i < d->n_raws; i++)
		write_raw(&w, &d->raws[i]);
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}
