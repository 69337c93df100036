/*
 * The table of built-in data files that cmake/embed_files.cmake generates
 * from dictionaries/ (builtin_data.c in the build folder). Not public: the
 * API is dyad/builtin.h.
 */
#ifndef DYAD_BUILTIN_INTERNAL_H
#define DYAD_BUILTIN_INTERNAL_H

#include <stddef.h>

typedef struct dyad__builtin_file {
	const char *name; /* relative to dictionaries/, '/'-separated */
	const char *data; /* len bytes, then a NUL */
	size_t len;
} dyad__builtin_file;

/* Sorted by name (strcmp order); dyad__builtin_nfiles entries are real. */
extern const dyad__builtin_file dyad__builtin_files[];
extern const size_t dyad__builtin_nfiles;

#endif
