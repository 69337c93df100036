/*
 * dyad/text.h — the text front end: normalisation, tokens, sentences.
 *
 * Data flows one way. dyad_text_normalize turns raw bytes into NFC UTF-8
 * (invalid sequences replaced by U+FFFD and counted), keeping a map from
 * every normalised byte back to the input byte so that spans reported to
 * users point into what they gave us. dyad_text_split then cuts the
 * normalised text into paragraphs, sentences and tokens in one pass.
 *
 * Everything is a span (offset, length) into the normalised text; nothing is
 * copied per token except the lower-cased form. All output lives in the
 * arena passed in and is borrowed until the arena is reset.
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_text {
	const char *buf;   /* normalised UTF-8, NUL-terminated */
	size_t len;
	/* map[i] = input byte offset of normalised byte i (len+1 entries, the
	 * last = input length); NULL when the text was unchanged (identity). */
	const uint32_t *map;
	size_t input_len;
	size_t n_invalid;  /* invalid UTF-8 sequences replaced */
	size_t first_invalid; /* input offset of the first one (if n_invalid) */
} dyad_text;

/* Normalise in[0..len) into *out. Never fails on bad bytes (they are
 * replaced and counted); fails with DYAD_ENOMEM, or DYAD_ELIMIT when len is
 * 4 GiB or more (offsets are 32-bit). */
DYAD_NODISCARD int dyad_text_normalize(dyad_text *out, dyad_ctx *ctx, dyad_arena *arena,
	const char *in, size_t len);

/* Input byte offset of normalised offset off. */
size_t dyad_text_input_offset(const dyad_text *t, size_t off);

/* Token kinds. */
typedef enum dyad_tok_kind {
	DYAD_TOK_WORD = 0,  /* letters, possibly with inner hyphens/apostrophes */
	DYAD_TOK_NUMBER,    /* 12, 1,200, 3.5, 2nd, 1980s */
	DYAD_TOK_PUNCT,     /* . , ; : ! ? ( ) - -- … */
	DYAD_TOK_QUOTE,     /* " ' “ ” ‘ ’ « » as quotation marks */
	DYAD_TOK_SYMBOL,    /* & / @ # and other symbols */
	DYAD_TOK_CURRENCY,  /* $ US$ £ € ¥ (a currency sign or code+sign) */
	DYAD_TOK_PERCENT,   /* % */
	DYAD_TOK_ABBREV,    /* U.S. Gen. Sept. a.m. (word with inner/final dots) */
	DYAD_TOK_POSSESSIVE, /* 's ' (split off a word) */
	DYAD_TOK_CONTRACTION /* n't 're 'll 've 'd 'm (split off a word) */
} dyad_tok_kind;

/* Token flags. */
enum {
	DYAD_TOKF_CAP = 1u << 0,       /* first letter upper case */
	DYAD_TOKF_ALLCAPS = 1u << 1,   /* every letter upper case (2+ letters) */
	DYAD_TOKF_SENT_START = 1u << 2, /* first token of its sentence */
	DYAD_TOKF_HYPHEN = 1u << 3,    /* contains an inner hyphen */
	DYAD_TOKF_SPACE_BEFORE = 1u << 4, /* whitespace precedes it */
	DYAD_TOKF_QUOTE_OPEN = 1u << 5, /* QUOTE token opening a quotation */
	DYAD_TOKF_QUOTE_CLOSE = 1u << 6, /* QUOTE token closing a quotation */
	DYAD_TOKF_NEWLINE_BEFORE = 1u << 7 /* a line break precedes it */
};

/* One token. tag/lemma are filled by the lang/ stage (dyad/tagger.h,
 * dyad/lemma.h); chunk by dyad/chunk.h. */
typedef struct dyad_token {
	uint32_t off, len;   /* span in the normalised text */
	const char *lower;   /* lower-cased form, NUL-terminated (arena) */
	const char *lemma;   /* lemma (arena or lexicon), NULL until lemmatised */
	uint16_t flags;      /* DYAD_TOKF_* */
	uint8_t kind;        /* dyad_tok_kind */
	uint8_t tag;         /* dyad_pos (dyad/tagger.h), 0 until tagged */
	int32_t chunk;       /* index of its chunk in the document (dyad_doc_chunks.chunks); -1 before chunking */
} dyad_token;

typedef struct dyad_sentence {
	uint32_t off, len;   /* span in the normalised text */
	uint32_t tok_begin;  /* first token (index into dyad_doc_text.toks) */
	uint32_t tok_end;    /* one past the last token */
	uint32_t para;       /* 0-based paragraph number */
	uint8_t furniture;   /* 0: content; else a dyad_furniture_kind (dyad/furniture.h) */
} dyad_sentence;

/* The text of one document after splitting. */
typedef struct dyad_doc_text {
	dyad_text text;
	dyad_token *toks;
	size_t n_toks;
	dyad_sentence *sents;
	size_t n_sents;
	size_t n_paras;
	/* Layout: each line is a paragraph (a scraped page), not hard-wrapped
	 * wire copy; line breaks that do not run a sentence on end one. */
	uint8_t lines_are_paras;
} dyad_doc_text;

/* Split a normalised text into paragraphs, sentences and tokens.
 * Paragraphs: blank lines, or a line break followed by indentation; single
 * line breaks inside a paragraph are wrapping, unless the document's lines
 * are its paragraphs (.lines_are_paras: a line over 100 bytes and no
 * wrapping before lower-case words), when each line break that does not
 * run a sentence on (a trailing comma or "and", a lower-case next line)
 * is a paragraph break. Sentences end at . ! ? (and
 * a closing quote or bracket after them) unless the period belongs to an
 * abbreviation, an initial, a decimal, or a number marker ("No. 2").
 * Fills out->toks/sents (out->text is set to *text). DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_text_split(dyad_doc_text *out, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_text *text);

/* Printable name of a token kind ("word", "number", …). */
const char *dyad_tok_kind_name(dyad_tok_kind k);

#ifdef __cplusplus
}
#endif
#endif
