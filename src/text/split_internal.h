/*
 * Internals shared by the splitter's files: the tokeniser (tokenize.c), the
 * abbreviation and sentence-starter tables (abbrev.c) and the driver that
 * groups tokens into sentences and paragraphs (split.c). Not public.
 */
#ifndef DYAD_SPLIT_INTERNAL_H
#define DYAD_SPLIT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/text.h"

/* Flag bits used only while splitting, cleared before dyad_text_split
 * returns: they sit above the public DYAD_TOKF_* bits. */
enum {
	DYAD__TOKF_PARA = 1u << 15,    /* a paragraph break precedes the token */
	DYAD__TOKF_NONASCII = 1u << 14 /* the token has bytes >= 0x80 */
};

/* A growable token array in the document's arena. */
typedef struct dyad__tokbuf {
	dyad_arena *arena;
	dyad_token *toks;
	size_t n, cap;
	int oom;
} dyad__tokbuf;

/* Tokenise s[0..n) into tb (appending). Sets DYAD__TOKF_PARA on tokens
 * that start a paragraph (other than the first). Returns 0, or -1 when the
 * arena ran out (tb->oom set). */
int dyad__tokenize(dyad__tokbuf *tb, const char *s, size_t n);

/* Abbreviation classes: how a period after the word behaves. */
enum {
	DYAD__ABBR_NONE = 0,
	DYAD__ABBR_TITLE, /* Gen. Mr. Sen.: precedes a name, never ends a sentence */
	DYAD__ABBR_OTHER, /* Corp. Sept. Calif. etc.: may end one before "The" */
	DYAD__ABBR_NUM    /* No. Art.: an abbreviation only before a number */
};

/* Class of the word s[0..n) (without its period), case-sensitive. */
int dyad__abbrev_class(const char *s, size_t n);

/* Non-zero when s[0..n) is a capitalised function word that almost always
 * starts a sentence ("The", "He", "But"), used after abbreviations. */
int dyad__sent_starter(const char *s, size_t n);

/* Non-zero for pronouns whose 's is "is"/"has" rather than a possessive. */
int dyad__s_is_verb(const char *s, size_t n);

/* UTF-8 decoding for already-normalised text that tolerates bad bytes:
 * returns the sequence length (1 for a bad byte, with *cp = 0xFFFD). */
size_t dyad__utf8_next(const char *s, size_t n, int32_t *cp);

#endif
