/*
 * dyad/lexicon.h — the English word knowledge the lang/ stage needs, loaded
 * once and shared read-only by every thread:
 *
 *   - festlex-poslex (Penn Treebank lexicon of ~33k words with log
 *     P(word|tag), and a tag trigram model), the basis of the tagger;
 *   - WordNet's index files (which lemmas exist per part of speech) and its
 *     exception lists (irregular forms), the basis of the lemmatiser.
 *
 * The data files come from Debian packages (festlex-poslex, wordnet-base) and
 * are read into memory in one go; no per-call file access.
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_lexicon dyad_lexicon;

#define DYAD_POSLEX_DIR_DEFAULT "/usr/share/festival/dicts"
#define DYAD_WORDNET_DIR_DEFAULT "/usr/share/wordnet"

typedef struct dyad_lexicon_options {
	unsigned version;        /* DYAD_LEXICON_OPTIONS_VERSION */
	const char *poslex_dir;  /* NULL: DYAD_POSLEX_DIR_DEFAULT */
	const char *wordnet_dir; /* NULL: DYAD_WORDNET_DIR_DEFAULT */
} dyad_lexicon_options;

#define DYAD_LEXICON_OPTIONS_VERSION 1
#define DYAD_LEXICON_OPTIONS_INIT { DYAD_LEXICON_OPTIONS_VERSION, NULL, NULL }

/* Load both resources. DYAD_ENOTFOUND names the missing file (and the Debian
 * package that provides it) on ctx; DYAD_EINPUT names file:line of a
 * malformed entry. Caller frees with dyad_lexicon_free. The loaded lexicon is
 * immutable and may be shared between threads. */
DYAD_NODISCARD int dyad_lexicon_load(dyad_lexicon **out, dyad_ctx *ctx,
	const dyad_lexicon_options *opts);

/* Number of distinct word forms in the tagging lexicon. */
size_t dyad_lexicon_size(const dyad_lexicon *lex);

void dyad_lexicon_free(dyad_lexicon *lex);

#ifdef __cplusplus
}
#endif
#endif
