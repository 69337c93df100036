/*
 * Internals of `dyad dict check` (check.c, check_codes.c), shared between
 * the structural checks and the CAMEO code-table checks.
 */
#ifndef DYAD_DICT_CHECK_H
#define DYAD_DICT_CHECK_H

#include "model.h"

/* Where to report something about an item: its own line when it has one,
 * else its entry's. */
static inline dd_origin dyad_dict__at(dd_origin item, dd_origin entry)
{
	return item.line ? item : entry;
}

/* Warn about event codes (verb defaults, patterns) outside the CAMEO event
 * table and actor or agent codes whose 3-letter blocks are in none of the
 * actor tables. Paths as in dyad_dict_check_options; NULL skips a check.
 * DYAD_ENOTFOUND or DYAD_EIO when a table cannot be read. */
DYAD_NODISCARD int dyad_dict__check_codes(dyad_dict *d, const char *event_csv,
	const char *actor_csvs);

/* ASCII case-insensitive comparison (dictionary matching ignores case). */
int dyad_dict__casecmp(const char *a, const char *b);

#endif
