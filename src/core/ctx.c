/*
 * The context: allocator hook and last error. Everything that would otherwise
 * be global lives here, so that threads can each own one.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/common.h"
#include "ctx_internal.h"

#define ERRMSG_MAX 1024

struct dyad_ctx {
	dyad_alloc_fn alloc;
	void *alloc_ud;
	int status;
	char message[ERRMSG_MAX];
};

static void *default_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	(void)ud;
	(void)osize;
	if (nsize == 0) {
		free(ptr);
		return NULL;
	}
	return realloc(ptr, nsize);
}

const char *dyad_version(void)
{
	return DYAD_VERSION_STRING;
}

const char *dyad_strerror(int status)
{
	switch (status) {
	case DYAD_OK: return "success";
	case DYAD_ENOMEM: return "out of memory";
	case DYAD_EIO: return "input/output error";
	case DYAD_EINVALID: return "invalid argument";
	case DYAD_EINPUT: return "malformed input";
	case DYAD_ENOTFOUND: return "not found";
	case DYAD_ELIMIT: return "input exceeds a limit";
	default: return "unknown error";
	}
}

int dyad_ctx_new(dyad_ctx **out, const dyad_ctx_options *opts)
{
	dyad_alloc_fn fn = default_alloc;
	void *ud = NULL;
	dyad_ctx *ctx;

	*out = NULL;
	if (opts) {
		if (opts->version != DYAD_CTX_OPTIONS_VERSION)
			return DYAD_EINVALID;
		if (opts->alloc) {
			fn = opts->alloc;
			ud = opts->alloc_ud;
		}
	}
	ctx = fn(ud, NULL, 0, sizeof *ctx);
	if (!ctx)
		return DYAD_ENOMEM;
	memset(ctx, 0, sizeof *ctx);
	ctx->alloc = fn;
	ctx->alloc_ud = ud;
	*out = ctx;
	return DYAD_OK;
}

void dyad_ctx_free(dyad_ctx *ctx)
{
	if (ctx)
		ctx->alloc(ctx->alloc_ud, ctx, sizeof *ctx, 0);
}

const char *dyad_ctx_error(const dyad_ctx *ctx)
{
	return ctx->message;
}

int dyad_ctx_status(const dyad_ctx *ctx)
{
	return ctx->status;
}

void dyad_ctx_clear_error(dyad_ctx *ctx)
{
	ctx->status = DYAD_OK;
	ctx->message[0] = '\0';
}

int dyad__error(dyad_ctx *ctx, int status, const char *fmt, ...)
{
	va_list ap;

	ctx->status = status;
	va_start(ap, fmt);
	vsnprintf(ctx->message, sizeof ctx->message, fmt, ap);
	va_end(ap);
	return status;
}

int dyad__oom(dyad_ctx *ctx)
{
	/* A fixed string: reporting out-of-memory must not allocate. */
	ctx->status = DYAD_ENOMEM;
	memcpy(ctx->message, "out of memory", sizeof "out of memory");
	return DYAD_ENOMEM;
}

void *dyad_ctx_malloc(dyad_ctx *ctx, size_t n)
{
	void *p = ctx->alloc(ctx->alloc_ud, NULL, 0, n ? n : 1);
	if (!p)
		dyad__oom(ctx);
	return p;
}

void *dyad_ctx_realloc(dyad_ctx *ctx, void *p, size_t osize, size_t nsize)
{
	void *q = ctx->alloc(ctx->alloc_ud, p, osize, nsize ? nsize : 1);
	if (!q)
		dyad__oom(ctx);
	return q;
}

void dyad_ctx_free_mem(dyad_ctx *ctx, void *p, size_t osize)
{
	if (p)
		ctx->alloc(ctx->alloc_ud, p, osize, 0);
}
