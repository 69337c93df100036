/*
 * The public face of the dictionary model (dyad/dict.h): creating a set,
 * loading files with format and kind detection, dispatching to the reader
 * and writer of each kind, diagnostics and counts.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx_internal.h"
#include "dyad/builtin.h"
#include "model.h"

static const char *const format_names[] = { "auto", "dyad", "tabari", "petrarch" };
static const char *const kind_names[] = { "auto", "actors", "agents", "verbs", "options",
	"discards", "issues", "project", "all" };

const char *dyad_dict_format_name(dyad_dict_format f)
{
	return (unsigned)f < sizeof format_names / sizeof *format_names ? format_names[f] : "?";
}

const char *dyad_dict_kind_name(dyad_dict_kind k)
{
	return (unsigned)k < sizeof kind_names / sizeof *kind_names ? kind_names[k] : "?";
}

int dyad_dict_format_parse(dyad_dict_format *out, const char *name)
{
	size_t i;
	for (i = 0; i < sizeof format_names / sizeof *format_names; i++)
		if (!strcmp(name, format_names[i])) {
			*out = (dyad_dict_format)i;
			return DYAD_OK;
		}
	return DYAD_EINVALID;
}

int dyad_dict_new(dyad_dict **out, dyad_ctx *ctx)
{
	dyad_dict *d = dyad_ctx_malloc(ctx, sizeof *d);
	*out = NULL;
	if (!d)
		return DYAD_ENOMEM;
	memset(d, 0, sizeof *d);
	d->ctx = ctx;
	if (dyad_arena_new(&d->arena, ctx) < 0) {
		dyad_ctx_free_mem(ctx, d, sizeof *d);
		return DYAD_ENOMEM;
	}
	*out = d;
	return DYAD_OK;
}

#define FREE_ARRAY(d, name) \
	dyad_ctx_free_mem((d)->ctx, (d)->name, (size_t)(d)->cap_##name * sizeof *(d)->name)

void dyad_dict_free(dyad_dict *d)
{
	if (!d)
		return;
	/* Entry contents live in the arena; only the top-level arrays are
	 * separately allocated. */
	FREE_ARRAY(d, files);
	FREE_ARRAY(d, actors);
	FREE_ARRAY(d, agents);
	FREE_ARRAY(d, verbs);
	FREE_ARRAY(d, synsets);
	FREE_ARRAY(d, discards);
	FREE_ARRAY(d, issues);
	FREE_ARRAY(d, raws);
	FREE_ARRAY(d, diags);
	dyad_arena_free(d->arena);
	dyad_ctx_free_mem(d->ctx, d, sizeof *d);
}

/* Case-insensitive substring test on the file's base name. */
static int name_has(const char *base, const char *word)
{
	size_t n = strlen(word), i;
	for (i = 0; base[i]; i++) {
		size_t k = 0;
		while (k < n && base[i + k] && tolower((unsigned char)base[i + k]) == word[k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

/* The first line that is neither blank nor a comment. */
static int first_line_is(const char *buf, size_t len, const char *prefix)
{
	size_t i = 0, n = strlen(prefix);
	while (i < len) {
		size_t end = i;
		while (end < len && buf[end] != '\n')
			end++;
		while (i < end && isspace((unsigned char)buf[i]))
			i++;
		if (i < end && buf[i] != '#')
			return end - i >= n && !memcmp(buf + i, prefix, n);
		i = end + 1;
	}
	return 0;
}

/* Any line starting with prefix (after leading white space)? */
static int has_line(const char *buf, size_t len, const char *prefix)
{
	size_t i = 0, n = strlen(prefix);
	while (i < len) {
		size_t j = i;
		while (j < len && (buf[j] == ' ' || buf[j] == '\t'))
			j++;
		if (len - j >= n && !memcmp(buf + j, prefix, n))
			return 1;
		while (j < len && buf[j] != '\n')
			j++;
		i = j + 1;
	}
	return 0;
}

static void detect(const char *name, const char *buf, size_t len, dyad_dict_format *format,
	dyad_dict_kind *kind)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;

	if (*format == DYAD_DICT_FORMAT_AUTO && first_line_is(buf, len, "dyad-dictionary"))
		*format = DYAD_DICT_FORMAT_DYAD;
	if (*format == DYAD_DICT_FORMAT_DYAD) {
		*kind = DYAD_DICT_KIND_ALL;
		return;
	}
	if (*kind == DYAD_DICT_KIND_AUTO) {
		if (ends_with(base, ".project"))
			*kind = DYAD_DICT_KIND_PROJECT;
		else if (name_has(base, "actor"))
			*kind = DYAD_DICT_KIND_ACTORS;
		else if (name_has(base, "agent"))
			*kind = DYAD_DICT_KIND_AGENTS;
		else if (name_has(base, "verb") || name_has(base, "cameo"))
			*kind = DYAD_DICT_KIND_VERBS;
		else if (name_has(base, "option"))
			*kind = DYAD_DICT_KIND_OPTIONS;
		else if (name_has(base, "discard"))
			*kind = DYAD_DICT_KIND_DISCARDS;
		else if (name_has(base, "issue"))
			*kind = DYAD_DICT_KIND_ISSUES;
		else if (has_line(buf, len, "---") || has_line(buf, len, "- "))
			*kind = DYAD_DICT_KIND_VERBS;
		else if (has_line(buf, len, "<ISSUE"))
			*kind = DYAD_DICT_KIND_ISSUES;
		else
			*kind = DYAD_DICT_KIND_ACTORS;
	}
	if (*format == DYAD_DICT_FORMAT_AUTO) {
		switch (*kind) {
		case DYAD_DICT_KIND_VERBS:
			/* PETRARCH-2 verb files are made of "--- NAME [code] ---" blocks. */
			*format = has_line(buf, len, "--- ") ? DYAD_DICT_FORMAT_PETRARCH
				: DYAD_DICT_FORMAT_TABARI;
			break;
		case DYAD_DICT_KIND_DISCARDS:
		case DYAD_DICT_KIND_ISSUES:
			*format = DYAD_DICT_FORMAT_PETRARCH;
			break;
		case DYAD_DICT_KIND_OPTIONS:
		case DYAD_DICT_KIND_PROJECT:
			*format = DYAD_DICT_FORMAT_TABARI;
			break;
		default:
			/* TABARI names its files .actors/.agents; PETRARCH's are .txt */
			*format = ends_with(base, ".txt") ? DYAD_DICT_FORMAT_PETRARCH
				: DYAD_DICT_FORMAT_TABARI;
			break;
		}
	}
}

int dyad_dict_load_mem(dyad_dict *d, const char *name, const char *buf, size_t len,
	dyad_dict_format format, dyad_dict_kind kind)
{
	uint32_t file;
	int rc;

	detect(name, buf, len, &format, &kind);
	if ((rc = dyad_dict__add_file(d, &file, name)) < 0)
		return rc;
	switch (kind) {
	case DYAD_DICT_KIND_ALL:
		return dyad_dict__read_dyad(d, file, buf, len);
	case DYAD_DICT_KIND_ACTORS:
		return dyad_dict__read_actors(d, file, buf, len, format);
	case DYAD_DICT_KIND_AGENTS:
		return dyad_dict__read_agents(d, file, buf, len, format);
	case DYAD_DICT_KIND_VERBS:
		return format == DYAD_DICT_FORMAT_PETRARCH ? dyad_dict__read_verbs_petrarch(d, file, buf, len)
			: dyad_dict__read_verbs_tabari(d, file, buf, len);
	case DYAD_DICT_KIND_OPTIONS:
		return dyad_dict__read_options(d, file, buf, len);
	case DYAD_DICT_KIND_DISCARDS:
		return dyad_dict__read_discards(d, file, buf, len);
	case DYAD_DICT_KIND_ISSUES:
		return dyad_dict__read_issues(d, file, buf, len);
	case DYAD_DICT_KIND_PROJECT: {
		char dir[4096];
		const char *slash = strrchr(name, '/');
		size_t n = slash ? (size_t)(slash - name) : 0;
		if (n >= sizeof dir)
			return dyad__error(d->ctx, DYAD_EINVALID, "%s: path too long", name);
		if (slash)
			memcpy(dir, name, n);
		else
			dir[n++] = '.';
		dir[n] = '\0';
		return dyad_dict__read_project(d, file, buf, len, dir);
	}
	default:
		return dyad__error(d->ctx, DYAD_EINVALID, "%s: unknown dictionary kind", name);
	}
}

/* "builtin:NAME": a dictionary built into libdyad (dictionaries/NAME in
 * the source tree, dyad/builtin.h). */
static int load_builtin(dyad_dict *d, const char *path, dyad_dict_format format,
	dyad_dict_kind kind)
{
	const char *data;
	size_t len;
	if (dyad_builtin_find(&data, &len, path + DYAD_BUILTIN_PREFIX_LEN) < 0)
		return dyad__error(d->ctx, DYAD_ENOTFOUND,
			"%s: no such built-in dictionary (`dyad dict list` names them)", path);
	return dyad_dict_load_mem(d, path, data, len, format, kind);
}

int dyad_dict_load(dyad_dict *d, const char *path, dyad_dict_format format, dyad_dict_kind kind)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int rc;

	if (!strncmp(path, DYAD_BUILTIN_PREFIX, DYAD_BUILTIN_PREFIX_LEN))
		return load_builtin(d, path, format, kind);
	if ((rc = dyad__read_file(&buf, &len, &cap, d->ctx, path)) < 0)
		return rc;
	rc = dyad_dict_load_mem(d, path, buf, len, format, kind);
	dyad_ctx_free_mem(d->ctx, buf, cap);
	return rc;
}

int dyad_dict_write(const dyad_dict *d, FILE *f, dyad_dict_format format, dyad_dict_kind kind)
{
	int rc;

	if (format == DYAD_DICT_FORMAT_DYAD) {
		rc = dyad_dict__write_dyad(d, f);
	} else if (format == DYAD_DICT_FORMAT_TABARI || format == DYAD_DICT_FORMAT_PETRARCH) {
		int tab = format == DYAD_DICT_FORMAT_TABARI;
		switch (kind) {
		case DYAD_DICT_KIND_ACTORS: rc = dyad_dict__write_actors(d, f, format); break;
		case DYAD_DICT_KIND_AGENTS: rc = dyad_dict__write_agents(d, f, format); break;
		case DYAD_DICT_KIND_VERBS:
			rc = tab ? dyad_dict__write_verbs_tabari(d, f) : dyad_dict__write_verbs_petrarch(d, f);
			break;
		case DYAD_DICT_KIND_OPTIONS:
			rc = tab ? dyad_dict__write_options(d, f) : DYAD_EINVALID;
			break;
		case DYAD_DICT_KIND_DISCARDS:
			rc = tab ? DYAD_EINVALID : dyad_dict__write_discards(d, f);
			break;
		case DYAD_DICT_KIND_ISSUES:
			rc = tab ? DYAD_EINVALID : dyad_dict__write_issues(d, f);
			break;
		default:
			rc = DYAD_EINVALID;
		}
		if (rc == DYAD_EINVALID)
			return dyad__error(d->ctx, DYAD_EINVALID, "the %s format has no single file for %s",
				dyad_dict_format_name(format), dyad_dict_kind_name(kind));
	} else {
		return dyad__error(d->ctx, DYAD_EINVALID, "no output format given");
	}
	if (rc == DYAD_OK && ferror(f))
		rc = dyad__error(d->ctx, DYAD_EIO, "write error");
	return rc;
}

size_t dyad_dict_diag_count(const dyad_dict *d)
{
	return d->n_diags;
}

size_t dyad_dict_error_count(const dyad_dict *d)
{
	return d->n_errors;
}

void dyad_dict_diag_get(const dyad_dict *d, size_t i, dyad_dict_diag *out)
{
	const dd_diag *g = &d->diags[i];
	out->error = g->error;
	out->file = g->origin.file < d->n_files ? d->files[g->origin.file] : "?";
	out->line = g->origin.line;
	out->message = g->message;
}

void dyad_dict_stats_get(const dyad_dict *d, dyad_dict_stats *out)
{
	uint32_t i, j;
	memset(out, 0, sizeof *out);
	out->files = d->n_files;
	out->actors = d->n_actors;
	for (i = 0; i < d->n_actors; i++) {
		out->actor_names += d->actors[i].n_names;
		out->actor_codes += d->actors[i].n_codes;
		for (j = 0; j < d->actors[i].n_codes; j++)
			if (d->actors[i].codes[j].datekind != DD_UNDATED)
				out->dated_codes++;
	}
	out->agents = d->n_agents;
	for (i = 0; i < d->n_agents; i++)
		out->agent_names += d->agents[i].n_names;
	out->verbs = d->n_verbs;
	for (i = 0; i < d->n_verbs; i++) {
		out->verb_forms += d->verbs[i].n_verbs;
		out->patterns += d->verbs[i].n_patterns;
	}
	out->synsets = d->n_synsets;
	for (i = 0; i < d->n_synsets; i++)
		out->synset_members += d->synsets[i].n_members;
	out->discards = d->n_discards;
	out->issues = d->n_issues;
	out->raw_lines = d->n_raws;
	out->errors = d->n_errors;
	out->warnings = d->n_diags - d->n_errors;
}
