/*
 * Whole-file reads for the loaders of outside files (dictionaries, code
 * tables, gazetteers): one place decides the chunking and the messages.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ctx_internal.h"

int dyad__read_file(char **buf, size_t *len, size_t *cap, dyad_ctx *ctx, const char *path)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	size_t n = 0, c = 0, got;

	*buf = NULL;
	*len = *cap = 0;
	if (!f)
		return dyad__error(ctx, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
			strerror(errno));
	do {
		if (n == c) {
			size_t nc = c ? c * 2 : 65536;
			char *p = dyad_ctx_realloc(ctx, b, c, nc);
			if (!p) {
				dyad_ctx_free_mem(ctx, b, c);
				fclose(f);
				return dyad__oom(ctx);
			}
			b = p;
			c = nc;
		}
		got = fread(b + n, 1, c - n, f);
		n += got;
	} while (got);
	if (ferror(f)) {
		dyad_ctx_free_mem(ctx, b, c);
		fclose(f);
		return dyad__error(ctx, DYAD_EIO, "%s: read error", path);
	}
	fclose(f);
	*buf = b;
	*len = n;
	*cap = c;
	return DYAD_OK;
}
