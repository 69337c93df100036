/*
 * dyad/common.h — status codes, the context every call hangs off, and the
 * allocator hook.
 *
 * Why a context: dyad keeps no global mutable state, so that several threads
 * can code documents in parallel, each with its own dyad_ctx. The context
 * carries the allocator, the last error message (with file:line when input is
 * at fault) and nothing else that changes while coding.
 *
 * Conventions (see docs/architecture.md): functions return an int status,
 * 0 on success and one of the negative DYAD_E* codes on failure; out params
 * come first; every _free accepts NULL.
 */
#ifndef DYAD_COMMON_H
#define DYAD_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define DYAD_NODISCARD __attribute__((warn_unused_result))
#define DYAD_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DYAD_NODISCARD
#define DYAD_PRINTF(f, a)
#endif

/* Status codes. Bad input is DYAD_EINPUT (the record or file is at fault and
 * the run can go on); the others are about the machine or the caller. */
enum {
	DYAD_OK = 0,
	DYAD_ENOMEM = -1,   /* an allocation failed; sticky on the arena */
	DYAD_EIO = -2,      /* reading or writing a file failed */
	DYAD_EINVALID = -3, /* the caller passed something unusable */
	DYAD_EINPUT = -4,   /* malformed input: a record or line was rejected */
	DYAD_ENOTFOUND = -5, /* a named file or resource does not exist */
	DYAD_ELIMIT = -6    /* input exceeds a configured limit (line length…) */
};

/* Static text for a status code; never NULL. */
const char *dyad_strerror(int status);

/* Allocator hook, Lua style: nsize 0 frees ptr and returns NULL; otherwise
 * behaves as realloc(ptr, nsize). osize is the old size when known, else 0. */
typedef void *(*dyad_alloc_fn)(void *ud, void *ptr, size_t osize, size_t nsize);

typedef struct dyad_ctx dyad_ctx;

typedef struct dyad_ctx_options {
	unsigned version;   /* DYAD_CTX_OPTIONS_VERSION */
	dyad_alloc_fn alloc; /* NULL: the C library's realloc/free */
	void *alloc_ud;
} dyad_ctx_options;

#define DYAD_CTX_OPTIONS_VERSION 1
#define DYAD_CTX_OPTIONS_INIT { DYAD_CTX_OPTIONS_VERSION, NULL, NULL }

/* Create a context. opts may be NULL for defaults. Caller frees with
 * dyad_ctx_free. */
DYAD_NODISCARD int dyad_ctx_new(dyad_ctx **out, const dyad_ctx_options *opts);
void dyad_ctx_free(dyad_ctx *ctx);

/* The message of the last failure on this context ("" when none). Borrowed
 * until the next failing call on ctx. */
const char *dyad_ctx_error(const dyad_ctx *ctx);

/* The status of the last failure (DYAD_OK when none). */
int dyad_ctx_status(const dyad_ctx *ctx);

/* Forget the last failure. */
void dyad_ctx_clear_error(dyad_ctx *ctx);

/* Allocation through the context's hook. dyad_ctx_malloc returns NULL and
 * records DYAD_ENOMEM on failure. dyad_ctx_free_mem accepts NULL. */
void *dyad_ctx_malloc(dyad_ctx *ctx, size_t n);
void *dyad_ctx_realloc(dyad_ctx *ctx, void *p, size_t osize, size_t nsize);
void dyad_ctx_free_mem(dyad_ctx *ctx, void *p, size_t osize);

/* Library version string, e.g. "0.1.0". */
const char *dyad_version(void);

#ifdef __cplusplus
}
#endif
#endif
