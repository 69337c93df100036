/*
 * dyad/modality.h — is a coded event said to have happened? From the verb
 * group of the event and the clauses around it (dyad/chunk.h), tell an
 * asserted action from a future, intended or hypothetical one, from one
 * inside a denial ("denied that it was massing troops"), and whether it is
 * negated. Pure: reads the analysis, allocates nothing; cheap enough to
 * call for every event.
 */
#ifndef DYAD_MODALITY_H
#define DYAD_MODALITY_H

#include <stdint.h>

#include "dyad/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ordered by strength: when several cues apply, the greatest wins
 * ("denied that it would attack if …" is denied). */
typedef enum dyad_modality {
	DYAD_MODALITY_ASSERTED = 0, /* said to have happened or to be happening */
	DYAD_MODALITY_FUTURE,       /* will / is going to / is set to / is due to / is
	                             * expected to; "would" reported after a past
	                             * verb of saying ("said it would send") */
	DYAD_MODALITY_INTENDED,     /* wanted, planned or asked for, not yet done:
	                             * "plans to", "is ready to", "urged X to" */
	DYAD_MODALITY_HYPOTHETICAL, /* could/might/may/would/should/must, inside or
	                             * under an if/unless/whether clause */
	DYAD_MODALITY_DENIED        /* inside what a deny/reject/dismiss verb
	                             * denies: "denied that …", "rejected claims that
	                             * …", "denied sending troops" */
} dyad_modality;

/* Bits of *negated. Nonzero means negated. */
enum {
	/* the event's own verb group is negated (not, n't, never, cannot): the
	 * same test as the coder's dyad_event.negated, which the coder clears
	 * when the matched pattern spells the negation itself ("NOT *") */
	DYAD_MODALITY_NEG_GROUP = 1,
	/* negated from outside the group: a negative subject or object ("no
	 * talks were held", "sent no troops", "neither side"), "without"
	 * before a gerund, a negative governor ("refused to", "failed to",
	 * "did not plan to") */
	DYAD_MODALITY_NEG_CONTEXT = 2
};

/* "asserted", "future", "intended", "hypothetical", "denied"; "?" for a
 * value outside the enum. */
const char *dyad_modality_name(dyad_modality m);

/* Modality of the event whose verb phrase is the document tokens
 * [verb_tok[0], verb_tok[1]) of sentence `sentence` (dyad_event.verb_tok),
 * in an analysis run up to DYAD_STAGE_CHUNK. *negated (may be NULL) gets
 * DYAD_MODALITY_NEG_* bits. A range outside the sentence gives ASSERTED and
 * 0. To agree with the coder on a pattern that spells the negation, a
 * caller combines: negated = ev->negated || (bits & NEG_CONTEXT). */
dyad_modality dyad_modality_of(const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2], int *negated);

/* 1 when an event of this modality and negation must not be coded as the
 * action its verb names: negated, or denied. Future, intended and
 * hypothetical actions keep their code and carry the flag. */
int dyad_modality_drops(dyad_modality m, int negated);

#ifdef __cplusplus
}
#endif
#endif
