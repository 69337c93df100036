/*
 * A minimal streaming JSON writer for the CLI's JSON Lines output. Records
 * are written straight to a FILE with no tree built, because the output of
 * a corpus run is large and every record is written once.
 */
#ifndef DYAD_CLI_JSONW_H
#define DYAD_CLI_JSONW_H

#include <stddef.h>
#include <stdio.h>

/* Write s[0..len) as a JSON string literal (quotes included). Invalid UTF-8
 * is written as U+FFFD so that the output is always valid JSON. */
void jsonw_str(FILE *f, const char *s, size_t len);

/* As jsonw_str for a NUL-terminated string; NULL writes null. */
void jsonw_cstr(FILE *f, const char *s);

/* "key": — with a leading comma unless first. */
void jsonw_key(FILE *f, const char *key, int first);

#endif
