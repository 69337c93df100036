/*
 * Chunked bump allocator, one per document (see dyad/arena.h for why).
 * Blocks double in size up to a cap; a request larger than the cap gets a
 * block of its own. Reset keeps the first block so that a steady stream of
 * small documents never goes back to the system allocator.
 */
#include <stdint.h>
#include <string.h>

#include "dyad/arena.h"
#include "ctx_internal.h"

#define FIRST_BLOCK (64u * 1024u)
#define MAX_BLOCK (4u * 1024u * 1024u)
#define ALIGN 16u

typedef struct block {
	struct block *next;
	size_t size; /* usable bytes after the header */
	size_t used;
} block;

struct dyad_arena {
	dyad_ctx *ctx;
	block *head;  /* current block; older ones follow via next */
	size_t next_size;
	size_t used_total;
	int failed;
};

#define HDR ((sizeof(block) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

static block *block_new(dyad_arena *a, size_t size)
{
	block *b = dyad_ctx_malloc(a->ctx, HDR + size);
	if (!b)
		return NULL;
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

int dyad_arena_new(dyad_arena **out, dyad_ctx *ctx)
{
	dyad_arena *a = dyad_ctx_malloc(ctx, sizeof *a);
	*out = NULL;
	if (!a)
		return DYAD_ENOMEM;
	memset(a, 0, sizeof *a);
	a->ctx = ctx;
	a->next_size = FIRST_BLOCK;
	*out = a;
	return DYAD_OK;
}

#ifdef DYAD_DEBUG_ARENA
/* Every allocation is its own block, so ASan sees each object's bounds. */
void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
	block *b;
	if (a->failed)
		return NULL;
	b = block_new(a, n ? n : 1);
	if (!b) {
		a->failed = 1;
		return NULL;
	}
	b->used = n;
	b->next = a->head;
	a->head = b;
	a->used_total += n;
	return (char *)b + HDR;
}
#else
void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
	block *b = a->head;
	size_t need = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	void *p;

	if (a->failed)
		return NULL;
	if (need < n) { /* overflow */
		a->failed = 1;
		dyad__oom(a->ctx);
		return NULL;
	}
	if (!b || b->size - b->used < need) {
		size_t size = a->next_size;
		block *nb;
		if (need > MAX_BLOCK / 2) {
			size = need; /* large objects get a block of their own */
		} else {
			while (size < need)
				size *= 2;
			if (a->next_size < MAX_BLOCK)
				a->next_size *= 2;
		}
		nb = block_new(a, size);
		if (!nb) {
			a->failed = 1;
			return NULL;
		}
		if (size == need && b && b->size - b->used > ALIGN * 64) {
			/* keep filling the current block; slot the big one behind it */
			nb->next = b->next;
			b->next = nb;
			nb->used = need;
			a->used_total += n;
			return (char *)nb + HDR;
		}
		nb->next = b;
		a->head = b = nb;
	}
	p = (char *)b + HDR + b->used;
	b->used += need;
	a->used_total += n;
	return p;
}
#endif

void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size)
{
	void *p;
	if (size && count > SIZE_MAX / size) {
		a->failed = 1;
		dyad__oom(a->ctx);
		return NULL;
	}
	p = dyad_arena_alloc(a, count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

void *dyad_arena_grow(dyad_arena *a, void *p, size_t osize, size_t nsize)
{
	void *q;
	if (nsize <= osize)
		return p;
	q = dyad_arena_alloc(a, nsize);
	if (q && p && osize)
		memcpy(q, p, osize);
	return q;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t len)
{
	char *p = dyad_arena_alloc(a, len + 1);
	if (p) {
		if (len)
			memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

int dyad_arena_failed(const dyad_arena *a)
{
	return a->failed;
}

size_t dyad_arena_used(const dyad_arena *a)
{
	return a->used_total;
}

void dyad_arena_reset(dyad_arena *a)
{
	block *b = a->head, *keep = NULL;

	while (b) {
		block *next = b->next;
#ifndef DYAD_DEBUG_ARENA
		if (!next && b->size == FIRST_BLOCK) {
			keep = b; /* the first block is the oldest: last in the list */
			break;
		}
#endif
		dyad_ctx_free_mem(a->ctx, b, HDR + b->size);
		b = next;
	}
	if (keep)
		keep->used = 0;
	a->head = keep;
	a->next_size = FIRST_BLOCK;
	a->used_total = 0;
	a->failed = 0;
}

void dyad_arena_free(dyad_arena *a)
{
	block *b;
	if (!a)
		return;
	b = a->head;
	while (b) {
		block *next = b->next;
		dyad_ctx_free_mem(a->ctx, b, HDR + b->size);
		b = next;
	}
	dyad_ctx_free_mem(a->ctx, a, sizeof *a);
}
