/*
 * Built-in data files: lookups in the table that the build generates from
 * dictionaries/ (cmake/embed_files.cmake). The table is const, sorted by
 * name, so a find is a binary search and needs no context.
 */
#include <stdlib.h>
#include <string.h>

#include "dyad/builtin.h"
#include "dyad/common.h"
#include "builtin_internal.h"

static int cmp_name(const void *key, const void *elem)
{
	return strcmp(key, ((const dyad__builtin_file *)elem)->name);
}

int dyad_builtin_find(const char **data, size_t *len, const char *name)
{
	const dyad__builtin_file *f;
	if (!name)
		return DYAD_EINVALID;
	if (dyad__builtin_nfiles == 0)
		return DYAD_ENOTFOUND;
	f = bsearch(name, dyad__builtin_files, dyad__builtin_nfiles, sizeof *f, cmp_name);
	if (!f)
		return DYAD_ENOTFOUND;
	if (data)
		*data = f->data;
	if (len)
		*len = f->len;
	return DYAD_OK;
}

size_t dyad_builtin_count(void)
{
	return dyad__builtin_nfiles;
}

const char *dyad_builtin_name(size_t i)
{
	return i < dyad__builtin_nfiles ? dyad__builtin_files[i].name : NULL;
}
