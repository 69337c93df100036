/*
 * Word lists: is a lower-cased word one of a NULL-terminated list? The
 * doc/ and text/ stages test most tokens of every story against short
 * lists, so the first letter decides before a call to strcmp. Internal to
 * libdyad.
 */
#ifndef DYAD_CORE_WORDLIST_H
#define DYAD_CORE_WORDLIST_H

#include <string.h>

static inline int dyad__in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (**list == *w && !strcmp(w, *list))
			return 1;
	return 0;
}

#endif
