/*
 * Dictionaries as the coding verbs open them: compiled through the on-disk
 * cache, plus the TABARI .options lines the files carry. The compiled
 * matcher (and so its cache) holds no option lines, so they are read from
 * the sources with the library's own dictionary reader and written back
 * verbatim (dyad_dict_write, TABARI options) rather than re-parsed here:
 * the CLI then reads option files exactly as `dyad dict` does.
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

/* The option lines of the files, in the order the files name them. */
static int read_options(cli_strv *out, dyad_ctx *ctx, const char *const *paths, size_t n)
{
	dyad_dict *d = NULL;
	char *buf = NULL;
	size_t len = 0, i;
	FILE *mem;
	int rc;

	if (dyad_dict_new(&d, ctx) < 0)
		return EXIT_INTERNAL;
	for (i = 0; i < n; i++) {
		rc = dyad_dict_load(d, paths[i], DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO);
		if (rc < 0) {
			cli_error("%s", dyad_ctx_error(ctx));
			dyad_dict_free(d);
			return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
		}
	}
	mem = open_memstream(&buf, &len);
	if (!mem) {
		dyad_dict_free(d);
		return EXIT_INTERNAL;
	}
	rc = dyad_dict_write(d, mem, DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS);
	dyad_dict_free(d);
	if (fclose(mem) != 0 || rc < 0) {
		free(buf);
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 0; i < len;) {
		size_t e = i;
		while (e < len && buf[e] != '\n')
			e++;
		if (cli_strv_push(out, buf + i, e - i) < 0) {
			free(buf);
			cli_error("out of memory");
			return EXIT_INTERNAL;
		}
		i = e + 1;
	}
	free(buf);
	return EXIT_OK_;
}

int cli_dicts_open(cli_dicts *out, dyad_ctx *ctx, const char *const *paths, size_t n,
	const char *cache_dir)
{
	int rc;
	memset(out, 0, sizeof *out);
	rc = dyad_matcher_open(&out->m, ctx, paths, n, cache_dir, NULL);
	if (rc < 0) {
		cli_error("%s", dyad_ctx_error(ctx));
		return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_RESOURCE;
	}
	rc = read_options(&out->options, ctx, paths, n);
	if (rc != EXIT_OK_)
		cli_dicts_close(out);
	return rc;
}

void cli_dicts_close(cli_dicts *d)
{
	dyad_matcher_free(d->m);
	cli_strv_free(&d->options);
	d->m = NULL;
}
