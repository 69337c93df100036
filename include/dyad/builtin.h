/*
 * dyad/builtin.h — data files built into libdyad: everything under the
 * source tree's dictionaries/ folder (the default dictionaries, the CAMEO
 * code table), embedded at build time so that dyad needs no files beside
 * it. The data is read-only and lives as long as the program.
 */
#ifndef DYAD_BUILTIN_H
#define DYAD_BUILTIN_H

#include <stddef.h>

#include "dyad/common.h" /* the DYAD_E* status codes */

#ifdef __cplusplus
extern "C" {
#endif

/* Find the built-in file name (its path relative to dictionaries/, with '/'
 * separators, e.g. "cameo-codes.tsv"). On success *data points at its exact
 * bytes followed by a NUL (not counted in *len) and 0 is returned;
 * DYAD_ENOTFOUND when there is no such file, DYAD_EINVALID when an argument
 * is NULL. Either out pointer may be NULL to test for presence only. */
/* A dictionary path "builtin:NAME" names built-in file NAME wherever a
 * dictionary file is loaded (dyad_dict_load, dyad_matcher_open). */
#define DYAD_BUILTIN_PREFIX "builtin:"
#define DYAD_BUILTIN_PREFIX_LEN 8

int dyad_builtin_find(const char **data, size_t *len, const char *name);

/* How many files are built in, and the name of the i-th in strcmp order
 * (NULL when i >= dyad_builtin_count()). */
size_t dyad_builtin_count(void);
const char *dyad_builtin_name(size_t i);

#ifdef __cplusplus
}
#endif
#endif
