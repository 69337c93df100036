/*
 * Internal context helpers shared by all stages: recording an error with a
 * formatted message. Not part of the public API.
 */
#ifndef DYAD_CTX_INTERNAL_H
#define DYAD_CTX_INTERNAL_H

#include "dyad/common.h"

/* Record status and a one-line message on ctx and return status, so that a
 * failure site reads `return dyad__error(ctx, DYAD_EINPUT, "...")`.
 * Messages about input start with "file:line:" when those are known. */
int dyad__error(dyad_ctx *ctx, int status, const char *fmt, ...) DYAD_PRINTF(3, 4);

/* Record DYAD_ENOMEM without allocating. */
int dyad__oom(dyad_ctx *ctx);

/* Read the whole file at path into *buf (allocated from ctx, *cap bytes;
 * the caller frees it with dyad_ctx_free_mem(ctx, *buf, *cap)), its size in
 * *len. Reads in growing chunks, so pipes work and a directory fails.
 * DYAD_ENOTFOUND or DYAD_EIO ("path: reason" on ctx), DYAD_ENOMEM; on
 * failure nothing is left allocated. */
int dyad__read_file(char **buf, size_t *len, size_t *cap, dyad_ctx *ctx, const char *path);

#endif
