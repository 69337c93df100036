/*
 * Dictionaries as the coding verbs open them: compiled through the on-disk
 * cache, plus the TABARI .options lines the files carry, which the compiled
 * matcher keeps (so a cached run reads no source twice).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
