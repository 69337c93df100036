/*
 * dyad/furniture.h — page furniture: the parts of a scraped story that are
 * not news. Photo captions and credits, bylines, datelines, appeals
 * (donate, subscribe, newsletter), related-story links, cookie and share
 * prompts, and a publisher's sign-off block with everything after it.
 *
 * dyad_furniture_find runs on a split (not yet tagged) document. It marks
 * whole furniture sentences (dyad_sentence.furniture) and cuts a dateline
 * off the front of a content sentence ("MOSCOW, Nov 12 (Reuters) - Russia
 * said ..."), so that the tagger, the chunker and the coder see only the
 * news. The rules are general, from position in the story, length,
 * vocabulary classes and the shape of the text (capitals, brackets,
 * dashes); they are conservative: an ordinary news sentence is never
 * furniture.
 */
#ifndef DYAD_FURNITURE_H
#define DYAD_FURNITURE_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/text.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a span of furniture is; 0 (DYAD_FURN_NONE) is content. */
typedef enum dyad_furniture_kind {
	DYAD_FURN_NONE = 0,
	DYAD_FURN_CAPTION,  /* a photo caption */
	DYAD_FURN_CREDIT,   /* "Photo: X", "(AP Photo/X)", "Getty Images" */
	DYAD_FURN_BYLINE,   /* "By Jane Roe", an author's note */
	DYAD_FURN_DATELINE, /* "MOSCOW, Nov 12 (Reuters) -", "Updated 14:02 GMT" */
	DYAD_FURN_APPEAL,   /* donate, subscribe, newsletter sign-up, follow us */
	DYAD_FURN_RELATED,  /* "Read more: ...", related stories */
	DYAD_FURN_PROMPT,   /* cookie, share and other page prompts */
	DYAD_FURN_SIGNOFF,  /* sign-off block and everything after it */
	DYAD_FURN_REPEAT,   /* a sentence the page repeats verbatim from earlier */
	DYAD_FURN_HEADING   /* a headline, subhead or label line: no sentence end */
} dyad_furniture_kind;

/* One dropped span. */
typedef struct dyad_furniture_span {
	uint32_t off, len;     /* in the normalised text */
	uint32_t sentence;     /* the sentence it was (or was cut from) */
	uint8_t kind;          /* dyad_furniture_kind */
	const char *reason;    /* the rule that fired, human-readable (static) */
} dyad_furniture_span;

typedef struct dyad_furniture {
	dyad_furniture_span *spans; /* in text order */
	size_t n_spans;
	/* Document token range [b, e) of a dateline's place name ("MOSCOW"),
	 * {0,0} when there is none. */
	uint32_t dateline_place[2];
} dyad_furniture;

/* Find the furniture of a split document: sets .furniture on whole
 * furniture sentences, moves a sentence's off/len/tok_begin past a
 * dateline prefix, and lists every dropped span in *out (arena).
 * DYAD_ENOMEM only. */
DYAD_NODISCARD int dyad_furniture_find(dyad_furniture *out, dyad_ctx *ctx, dyad_arena *arena,
	dyad_doc_text *doc);

/* "caption", "credit", "byline", "dateline", "appeal", "related",
 * "prompt", "signoff", "repeat", "heading"; "content" for 0. */
const char *dyad_furniture_kind_name(unsigned kind);

#ifdef __cplusplus
}
#endif
#endif
