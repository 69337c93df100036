/*
 * Dictionaries as the coding verbs open them: compiled through the on-disk
 * cache, plus the TABARI .options lines the files carry, which the compiled
 * matcher keeps (so a cached run reads no source twice).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dyad/builtin.h"

int cli_strv_push(cli_strv *sv, const char *s, size_t len)
{
	char *copy;
	if (sv->n == sv->cap) {
		size_t nc = sv->cap ? sv->cap * 2 : 16;
		char **nv = realloc(sv->v, nc * sizeof *nv);
		if (!nv)
			return -1;
		sv->v = nv;
		sv->cap = nc;
	}
	copy = malloc(len + 1);
	if (!copy)
		return -1;
	memcpy(copy, s, len);
	copy[len] = '\0';
	sv->v[sv->n++] = copy;
	return 0;
}

void cli_strv_free(cli_strv *sv)
{
	size_t i;
	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	memset(sv, 0, sizeof *sv);
}

const char *cli_cache_dir(char *buf, size_t size)
{
	const char *e = getenv("DYAD_CACHE_DIR");
	if (e && *e)
		return e;
	if ((e = getenv("XDG_CACHE_HOME")) && *e) {
		snprintf(buf, size, "%s/dyad", e);
		return buf;
	}
	if ((e = getenv("HOME")) && *e) {
		snprintf(buf, size, "%s/.cache/dyad", e);
		return buf;
	}
	return NULL;
}

int cli_dicts_open(cli_dicts *out, dyad_ctx *ctx, const char *const *paths, size_t n,
	const char *cache_dir)
{
	size_t i;
	int rc;
	memset(out, 0, sizeof *out);
	rc = dyad_matcher_open(&out->m, ctx, paths, n, cache_dir, NULL);
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
	}
	for (i = 0; i < dyad_matcher_option_count(out->m); i++) {
		const char *o = dyad_matcher_option(out->m, i);
		if (cli_strv_push(&out->options, o, strlen(o)) < 0) {
			cli_error("out of memory");
			cli_dicts_close(out);
			return EXIT_INTERNAL;
		}
	}
	return EXIT_OK_;
}

void cli_dicts_close(cli_dicts *d)
{
	dyad_matcher_free(d->m);
	cli_strv_free(&d->options);
	d->m = NULL;
}

/* Is built-in file i one of the default dictionaries (a .dyad file; the
 * code table beside them is not a dictionary)? */
static int builtin_dict(size_t i)
{
	const char *name = dyad_builtin_name(i);
	size_t n = strlen(name);
	return n > 5 && !strcmp(name + n - 5, ".dyad");
}

/* The built-in file that holds only coder options (options.dyad): rules,
 * not vocabulary. */
static int builtin_rules(size_t i)
{
	return !strcmp(dyad_builtin_name(i), "options.dyad");
}

static int push_builtins(cli_strv *out, int rules)
{
	size_t i;
	char buf[512];
	for (i = 0; i < dyad_builtin_count(); i++) {
		int n;
		if (!builtin_dict(i) || (!rules && builtin_rules(i)))
			continue;
		n = snprintf(buf, sizeof buf, "%s%s", DYAD_BUILTIN_PREFIX, dyad_builtin_name(i));
		if (n < 0 || (size_t)n >= sizeof buf || cli_strv_push(out, buf, (size_t)n) < 0)
			return -1;
	}
	return 0;
}

static int expand(cli_strv *out, char *const *given, size_t n, int rules)
{
	size_t i;
	if (n == 0)
		return push_builtins(out, rules);
	for (i = 0; i < n; i++) {
		int rc = !strcmp(given[i], DYAD_BUILTIN_PREFIX) ? push_builtins(out, rules)
			: cli_strv_push(out, given[i], strlen(given[i]));
		if (rc < 0)
			return -1;
	}
	return 0;
}

int cli_dict_expand(cli_strv *out, char *const *given, size_t n)
{
	return expand(out, given, n, 1);
}

int cli_dict_expand_vocabulary(cli_strv *out, char *const *given, size_t n)
{
	return expand(out, given, n, 0);
}

void cli_dict_list_builtins(FILE *f)
{
	size_t i;
	for (i = 0; i < dyad_builtin_count(); i++) {
		const char *data;
		size_t len;
		if (dyad_builtin_find(&data, &len, dyad_builtin_name(i)) < 0)
			continue;
		fprintf(f, "%s%s\t%zu bytes\t%s\n", DYAD_BUILTIN_PREFIX, dyad_builtin_name(i), len,
			builtin_dict(i) ? "default dictionary" : "table");
	}
}
