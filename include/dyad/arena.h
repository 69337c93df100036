/*
 * dyad/arena.h — per-document bump allocation.
 *
 * Every stage of the pipeline writes its output (normalised text, tokens,
 * sentences, chunks, lemmas) into one arena per document, which is reset
 * between documents. Hot loops then allocate nothing from the system, and a
 * document's data is freed in one call. Out of memory is sticky: after one
 * failed allocation every later one fails too, so callers may check once.
 *
 * Build with -DDYAD_DEBUG_ARENA to make every allocation a separate malloc,
 * so that AddressSanitizer sees overruns between objects.
 */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_arena dyad_arena;

/* Create an arena whose blocks come from ctx's allocator. Caller frees with
 * dyad_arena_free. */
DYAD_NODISCARD int dyad_arena_new(dyad_arena **out, dyad_ctx *ctx);

/* n bytes aligned for any type, or NULL (and the arena marked failed). The
 * memory is borrowed until dyad_arena_reset or dyad_arena_free. */
void *dyad_arena_alloc(dyad_arena *a, size_t n);

/* As dyad_arena_alloc, zero-filled. */
void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size);

/* Grow the most recent or any earlier allocation to nsize bytes, copying the
 * old contents (old memory is not reclaimed until reset). NULL on failure. */
void *dyad_arena_grow(dyad_arena *a, void *p, size_t osize, size_t nsize);

/* A NUL-terminated copy of s[0..len). */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t len);

/* Non-zero once an allocation has failed (until reset). */
int dyad_arena_failed(const dyad_arena *a);

/* Bytes handed out since the last reset (for benchmarks). */
size_t dyad_arena_used(const dyad_arena *a);

/* Free everything allocated since creation, keeping the first block for
 * reuse, and clear the failed flag. */
void dyad_arena_reset(dyad_arena *a);

void dyad_arena_free(dyad_arena *a);

#ifdef __cplusplus
}
#endif
#endif
