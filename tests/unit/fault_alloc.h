/*
 * Fault injection for unit tests (STYLE 17): an allocator hook that fails
 * once `left` allocations have succeeded, and counts live blocks so a test
 * can assert that a failed call leaked nothing. Walk `left` upward from 0
 * to fail every allocation of a call in turn.
 */
#ifndef DYAD_TEST_FAULT_ALLOC_H
#define DYAD_TEST_FAULT_ALLOC_H

#include <stdlib.h>

typedef struct failing {
	long left;  /* allocations that may still succeed */
	long live;  /* blocks allocated and not yet freed */
} failing;

static inline void *failing_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	failing *f = ud;
	(void)osize;
	if (nsize == 0) {
		if (ptr)
			f->live--;
		free(ptr);
		return NULL;
	}
	if (f->left-- <= 0)
		return NULL;
	if (!ptr)
		f->live++;
	return realloc(ptr, nsize);
}

#endif
