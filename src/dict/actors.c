/*
 * Actor dictionaries, TABARI (.actors, manual 5.3) and PETRARCH
 * (*.actors.txt), read into dd_actor entries and written back.
 *
 * An entry is a phrase line, optionally with "[CODE …]" blocks, then "+"
 * synonym lines, then indented code lines (manual 5.3.1; PETRARCH requires
 * this layout for dated codes). Several codes per actor are kept in order;
 * compound codes ("[GME/GMW]", 6.5.1) stay as written. TABARI's
 * <NOUN>/<ADJECTIVE> sections (5.3.2) become DD_RAW_NOUN/_ADJECTIVE raws.
 */
#include <ctype.h>
#include <string.h>

#include "ctx_internal.h"
#include "nouns.h"

/* The entry being read: its names and codes grow in scratch arrays reused
 * for every entry, then are copied to the arena once the entry ends. */
typedef struct pend {
	int open, dead;     /* dead: its phrase was rejected; swallow its lines */
	int whole;          /* PETRARCH: an unmarked last word is a whole word */
	dd_origin origin;
	const char *note;
	const char *text;   /* primary phrase as written, for messages */
	int text_len;
	dd_name *names;
	uint32_t n_names, cap_names;
	dd_code *codes;
	uint32_t n_codes, cap_codes;
} pend;

static int finish(dyad_dict *d, pend *p)
{
	dd_actor *a;
	int rc = DYAD_OK;

	if (!p->open) {
		p->dead = 0;
		return DYAD_OK;
	}
	p->open = 0;
	/* An actor without codes is kept; `dyad dict check` reports it. */
	a = DD_PUSH(d, actors);
	if (!a)
		return DYAD_ENOMEM;
	a->origin = p->origin;
	a->note = p->note;
	a->n_names = p->n_names;
	a->names = dyad_arena_alloc(d->arena, p->n_names * sizeof *a->names);
	a->n_codes = p->n_codes;
	a->codes = p->n_codes ? dyad_arena_alloc(d->arena, p->n_codes * sizeof *a->codes) : NULL;
	if (!a->names || (p->n_codes && !a->codes))
		return dyad__oom(d->ctx);
	memcpy(a->names, p->names, p->n_names * sizeof *a->names);
	if (p->n_codes)
		memcpy(a->codes, p->codes, p->n_codes * sizeof *a->codes);
	return rc;
}

/* Parse a phrase; 1 ok, 0 rejected (error reported), DYAD_ENOMEM. whole:
 * PETRARCH's reading, where an unmarked last word is the whole word (with
 * the regular endings), not TABARI's stem: PETRARCH "works with complete
 * words", so THE_KU is no match for "the Kuwait government". */
static int phrase(dyad_dict *d, dd_origin at, const char *s, size_t n, dd_phrase *out, int whole)
{
	int rc = dyad_dict__phrase_tabari(d, out, s, n), e = DYAD_OK;
	if (rc == DYAD_OK && whole && out->words[out->n - 1].mode == DD_STEM)
		out->words[out->n - 1].mode = DD_EXACT;
	if (rc == DYAD_ENOMEM)
		return rc;
	if (rc < 0) {
		size_t i;
		for (i = 0; i < n && s[i] && strchr(" \t_-", s[i]); i++)
			;
		if (i == n)
			DD_DIAG(d, e, 1, at, "empty phrase; entry dropped");
		else
			DD_DIAG(d, e, 1, at, "phrase '%.*s' has too many words; entry dropped", (int)n, s);
		return e < 0 ? e : 0;
	}
	return 1;
}

/* The phrase part of a line: up to the first "[", less a stray quote
 * before the code (GLOBALNET has 'BRUCE_KATZ_ "[USAGOV …'). */
static size_t phrase_part(dyad_dict *d, dd_origin at, const char *s, size_t n, int *rc)
{
	const char *o = memchr(s, '[', n);
	size_t k = o ? (size_t)(o - s) : n;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	if (k > 0 && (s[k - 1] == '"' || s[k - 1] == '`') &&
		(k == 1 || s[k - 2] == ' ' || s[k - 2] == '\t')) {
		DD_DIAG(d, *rc, 0, at, "stray '%c' before the code ignored", s[k - 1]);
		k--;
	}
	return k;
}

/* Read the "[…]" blocks of s into p's codes; the first gets note. After
 * a phrase (after_phrase), what precedes the first "[" was reported. */
static int codes(dyad_dict *d, pend *p, dd_origin at, const char *s, size_t n, const char *note,
	int after_phrase)
{
	const char *o = after_phrase ? memchr(s, '[', n) : NULL;
	const char *q = o ? o : s, *end = s + n, *in, *junk;
	size_t in_len, junk_len;
	int rc = DYAD_OK, r, brace, first = 1;

	while ((r = dyad_dict__noun_bracket(&q, end, &in, &in_len, &junk, &junk_len, &brace)) != 0 ||
		junk_len) {
		dd_code c;
		int ok;
		if (junk_len)
			DD_DIAG(d, rc, 0, at, "text '%.*s' outside [...] ignored", (int)junk_len, junk);
		if (r == 0)
			break;
		if (r < 0 && !brace) {
			DD_DIAG(d, rc, 1, at, "missing ']' after '[%.*s'; code dropped", (int)in_len, in);
			break;
		}
		if (r < 0)
			DD_DIAG(d, rc, 0, at, "'[%.*s}' read as '[%.*s]'", (int)in_len, in, (int)in_len, in);
		memset(&c, 0, sizeof c);
		ok = dyad_dict__noun_code(d, at, in, in_len, &c);
		if (ok < 0)
			return ok;
		if (ok) {
			dd_code *slot = dyad_dict__push(d, (void **)&p->codes, &p->n_codes, &p->cap_codes,
				sizeof *p->codes);
			if (!slot)
				return DYAD_ENOMEM;
			if (first)
				c.note = note;
			first = 0;
			*slot = c;
		}
	}
	return rc;
}

static int add_name(dyad_dict *d, pend *p, const dd_phrase *ph, uint8_t kind, const char *note,
	dd_origin at)
{
	dd_name *nm = dyad_dict__push(d, (void **)&p->names, &p->n_names, &p->cap_names,
		sizeof *p->names);
	if (!nm)
		return DYAD_ENOMEM;
	nm->phrase = *ph;
	nm->kind = kind;
	nm->note = note;
	nm->origin = at;
	return DYAD_OK;
}

/* TABARI <NOUN>/<ADJECTIVE> section tags; 0 when s is not one. */
static int section_tag(const char *s, size_t n, int *section)
{
	static const struct { const char *tag; int section; } tags[] = {
		{ "<NOUN>", DD_RAW_NOUN + 1 }, { "<ADJECTIVE>", DD_RAW_ADJECTIVE + 1 },
		{ "<ADJ>", DD_RAW_ADJECTIVE + 1 }, { "</NOUN>", 0 }, { "</ADJECTIVE>", 0 },
		{ "</ADJ>", 0 },
	};
	size_t i, k;
	for (i = 0; i < sizeof tags / sizeof *tags; i++) {
		k = strlen(tags[i].tag);
		if (n >= k && !strncmp(s, tags[i].tag, k)) {
			*section = tags[i].section;
			return 1;
		}
	}
	return 0;
}

static int line(dyad_dict *d, pend *p, const dd_nline *ln, dd_origin at)
{
	const char *s = ln->body;
	size_t n = ln->body_len, k;
	int rc = DYAD_OK, ok;
	const char *note;
	dd_phrase ph;

	note = dyad_dict__noun_span(d, ln->note, ln->note_len, &rc);
	if (rc < 0)
		return rc;
	if (s[0] == '[') {
		if (p->dead)
			return DYAD_OK;
		if (!p->open) {
			DD_DIAG(d, rc, 1, at, "code line '%.*s' has no actor before it; dropped", (int)n, s);
			return rc;
		}
		return codes(d, p, at, s, n, note, 0);
	}
	if (s[0] == '+') {
		if (p->dead)
			return DYAD_OK;
		if (!p->open) {
			DD_DIAG(d, rc, 1, at, "synonym '%.*s' has no actor before it; dropped", (int)n, s);
			return rc;
		}
		k = phrase_part(d, at, s + 1, n - 1, &rc);
		if ((ok = phrase(d, at, s + 1, k, &ph, p->whole)) <= 0)
			return ok < 0 ? ok : rc;
		if ((rc = add_name(d, p, &ph, DD_NAME_SYNONYM, note, at)) < 0)
			return rc;
		return codes(d, p, at, s + 1 + k, n - 1 - k, NULL, 1);
	}
	if ((rc = finish(d, p)) < 0)
		return rc;
	k = phrase_part(d, at, s, n, &rc);
	if (!memchr(s, '[', n) && memchr(s, ']', n)) {
		DD_DIAG(d, rc, 1, at, "missing '[' in '%.*s'; entry dropped", (int)n, s);
		p->dead = 1;
		return rc;
	}
	if ((ok = phrase(d, at, s, k, &ph, p->whole)) <= 0) {
		p->dead = 1;
		return ok < 0 ? ok : rc;
	}
	p->open = 1;
	p->dead = 0;
	p->origin = at;
	p->note = note;
	p->text = s;
	p->text_len = (int)k;
	p->n_names = p->n_codes = 0;
	if ((rc = add_name(d, p, &ph, DD_NAME_PRIMARY, NULL, at)) < 0)
		return rc;
	return codes(d, p, at, s + k, n - k, NULL, 1);
}

int dyad_dict__read_actors(dyad_dict *d, uint32_t file, const char *buf, size_t len,
	dyad_dict_format format)
{
	dd_nlines it;
	dd_nline ln;
	pend p;
	int rc = DYAD_OK, section = 0;

	memset(&p, 0, sizeof p);
	p.whole = format == DYAD_DICT_FORMAT_PETRARCH;
	dyad_dict__noun_lines_init(&it, file, buf, len, format == DYAD_DICT_FORMAT_PETRARCH);
	while (rc >= 0 && dyad_dict__noun_lines_next(&it, &ln)) {
		dd_origin at = { file, it.line };
		int sec;
		if (dyad_dict__noun_finish(ln.body, ln.body_len))
			break;
		if (ln.body[0] == '<' && section_tag(ln.body, ln.body_len, &sec)) {
			rc = finish(d, &p);
			section = sec;
			continue;
		}
		if (section) {
			const char *s = ln.raw;
			size_t n = ln.raw_len;
			dd_raw *r;
			while (n && (*s == ' ' || *s == '\t'))
				s++, n--;
			while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
				n--;
			if (!(r = DD_PUSH(d, raws)) || !(r->text = dyad_dict__str(d, s, n, 0))) {
				rc = DYAD_ENOMEM;
				break;
			}
			r->kind = (uint8_t)(section - 1);
			r->origin = at;
			continue;
		}
		rc = line(d, &p, &ln, at);
	}
	if (rc >= 0)
		rc = finish(d, &p);
	if (rc >= 0 && section)
		rc = dyad_dict__diag(d, 0, (dd_origin){ file, it.line },
			"<NOUN> or <ADJECTIVE> section not closed at the end of the file");
	dyad_ctx_free_mem(d->ctx, p.names, (size_t)p.cap_names * sizeof *p.names);
	dyad_ctx_free_mem(d->ctx, p.codes, (size_t)p.cap_codes * sizeof *p.codes);
	return rc < 0 ? rc : DYAD_OK;
}

static void put_note(FILE *f, const char *note, int petrarch)
{
	if (note)
		fprintf(f, " %c %s", petrarch ? '#' : ';', note);
}

static void put_section(const dyad_dict *d, FILE *f, int kind, const char *tag)
{
	uint32_t i;
	int any = 0;
	for (i = 0; i < d->n_raws; i++)
		if (d->raws[i].kind == kind) {
			if (!any)
				fprintf(f, "<%s>\n", tag);
			any = 1;
			fprintf(f, "%s\n", d->raws[i].text);
		}
	if (any)
		fprintf(f, "</%s>\n", tag);
}

int dyad_dict__write_actors(const dyad_dict *d, FILE *f, dyad_dict_format format)
{
	int pet = format == DYAD_DICT_FORMAT_PETRARCH;
	uint32_t i, j;

	if (!pet) {
		put_section(d, f, DD_RAW_NOUN, "NOUN");
		put_section(d, f, DD_RAW_ADJECTIVE, "ADJECTIVE");
	}
	for (i = 0; i < d->n_actors; i++) {
		const dd_actor *a = &d->actors[i];
		const char *note = a->note ? a->note : a->n_names ? a->names[0].note : NULL;
		int inl = a->n_names <= 1;
		if (a->n_names == 0)
			continue;
		for (j = 0; j < a->n_codes; j++)
			if (a->codes[j].note || (pet && (a->codes[j].datekind != DD_UNDATED || j > 0)))
				inl = 0; /* PETRARCH wants dated codes on their own lines */
		dyad_dict__noun_put_phrase(f, &a->names[0].phrase);
		if (inl)
			for (j = 0; j < a->n_codes; j++) {
				fputc(' ', f);
				dyad_dict__noun_put_code(f, &a->codes[j]);
			}
		put_note(f, note, pet);
		fputc('\n', f);
		if (inl)
			continue;
		for (j = 1; j < a->n_names; j++) {
			fputc('+', f);
			dyad_dict__noun_put_phrase(f, &a->names[j].phrase);
			put_note(f, a->names[j].note, pet);
			fputc('\n', f);
		}
		for (j = 0; j < a->n_codes; j++) {
			fputc('\t', f);
			dyad_dict__noun_put_code(f, &a->codes[j]);
			put_note(f, a->codes[j].note, pet);
			fputc('\n', f);
		}
	}
	if (!pet)
		fputs("~FINISH\n", f);
	return ferror(f) ? DYAD_EIO : DYAD_OK;
}
