/*
 * Internal: which verb an adjunct (a date or a place) belongs to, shared by
 * the date and place pickers.
 */
#ifndef DYAD_DOC_ATTACH_H
#define DYAD_DOC_ATTACH_H

#include <stdint.h>

#include "dyad/pipeline.h"

/* Whether the adjunct starting at document token tok belongs to a bare
 * participle standing between the event's verb (verb_tok, [b, e)) and it,
 * in the event verb's clause: "condemned an attack carried out by the RSF
 * in Sudan on Wednesday" (the attack was on Wednesday, in Sudan; the
 * condemnation was not), "killed five people, leaving the town without
 * power on Friday". Such a participle (VBN or VBG opening its verb group,
 * after an adverb at most) modifies a noun or the clause before it, and an
 * adjunct after it is its own. */
int dyad__doc_adjunct_of_participle(const dyad_analysis *an, const uint32_t verb_tok[2],
	uint32_t tok);

#endif
