/*
 * dyad/codes.h — the CAMEO event code table: for each code its name, root,
 * QuadClass, Goldstein value and PLOVER event, mode and context. The
 * default table is built into libdyad (dictionaries/cameo-codes.tsv, sources
 * and format in docs/codes.md); a user's own table in the same format can be
 * loaded instead. A loaded table is immutable: one may be shared by threads.
 */
#ifndef DYAD_CODES_H
#define DYAD_CODES_H

#include <stddef.h>

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_codes dyad_codes;

/* Bits of dyad_event_code.inherited: the value came from a parent code
 * because the source table had none for this one. */
#define DYAD_CODE_INHERITED_GOLDSTEIN 1u
#define DYAD_CODE_INHERITED_PLOVER 2u

/* One row of the table. Strings live as long as the table; optional ones
 * are NULL when the table's field is empty. */
typedef struct dyad_event_code {
	const char *code;           /* "0312" */
	const char *name;           /* "Express intent to cooperate militarily" */
	const char *root;           /* "03" */
	int quad_class;             /* 1 verbal coop., 2 material coop.,
	                               3 verbal conflict, 4 material conflict */
	double goldstein;           /* -10 .. +10 */
	const char *plover_event;   /* "AGREE"; NULL for roots PLOVER drops (01, 02) */
	const char *plover_mode;    /* NULL when none */
	const char *plover_context; /* comma-separated; NULL when none */
	unsigned inherited;         /* DYAD_CODE_INHERITED_* bits */
} dyad_event_code;

/* Parse the built-in table. Free with dyad_codes_free. */
DYAD_NODISCARD int dyad_codes_new(dyad_codes **out, dyad_ctx *ctx);

/* Load a table file in the same format. A malformed line fails the load
 * with DYAD_EINPUT and a "path:line: reason" message on ctx. */
DYAD_NODISCARD int dyad_codes_load(dyad_codes **out, dyad_ctx *ctx, const char *path);

/* As dyad_codes_load from len bytes at buf; name is used in messages. */
DYAD_NODISCARD int dyad_codes_load_mem(dyad_codes **out, dyad_ctx *ctx, const char *name,
	const char *buf, size_t len);

void dyad_codes_free(dyad_codes *codes);

/* The row for code. A code of digits that the table lacks falls back to its
 * nearest listed parent (a dictionary's nonstandard "0313" to "031"; compare
 * the returned ->code to tell). NULL when code is NULL, empty, not all
 * digits ("---", "###", "062:062") or no prefix of it is in the table. */
const dyad_event_code *dyad_codes_find(const dyad_codes *codes, const char *code);

/* The number of rows, and the i-th in code order (NULL when i is out of
 * range), e.g. to list or check the table. */
size_t dyad_codes_count(const dyad_codes *codes);
const dyad_event_code *dyad_codes_at(const dyad_codes *codes, size_t i);

#ifdef __cplusplus
}
#endif
#endif
