/*
 * Which verb an adjunct belongs to (see attach.h). The chunker puts a
 * reduced relative ("an attack carried out by the RSF") in the clause of
 * the verb before it, so the clause alone cannot tell a date or place of
 * the participle from one of the main verb.
 */
#include "attach.h"

#include "dyad/tagger.h"

static int noun(uint8_t tag)
{
	return tag == DYAD_POS_NN || tag == DYAD_POS_NNS || tag == DYAD_POS_NNP || tag == DYAD_POS_NNPS;
}

/* A verb group that opens with a participle (after adverbs at most). The
 * tagger often reads a reduced relative's participle as a past tense
 * ("an attack reportedly carried out by"): a past form right after a noun
 * group, in a clause that already has its verb, is taken as one too. */
static int bare_participle(const dyad_analysis *an, const dyad_chunk *c)
{
	uint32_t k = c->tok_begin;
	while (k + 1 < c->tok_end && an->doc.toks[k].tag == DYAD_POS_RB)
		k++;
	if (an->doc.toks[k].tag == DYAD_POS_VBG && k == c->tok_begin && k > 0 && k + 1 < an->doc.n_toks
		&& noun(an->doc.toks[k - 1].tag) && noun(an->doc.toks[k + 1].tag))
		return 0; /* a compound noun: "an oil pumping station" */
	/* After a preposition ("after meeting X in Berlin") the participle is
	 * an adjunct of the main verb, which shares its place. */
	if (c == an->chunks.chunks || (c[-1].type != DYAD_CHUNK_NP && c[-1].type != DYAD_CHUNK_PUNCT))
		return 0;
	if (an->doc.toks[k].tag == DYAD_POS_VBN || an->doc.toks[k].tag == DYAD_POS_VBG)
		return 1;
	/* A noun group after a comma is a new subject (", Keller said on
	 * Tuesday"), not the object a reduced relative hangs on. */
	return an->doc.toks[k].tag == DYAD_POS_VBD && k + 1 == c->tok_end && c[-1].type == DYAD_CHUNK_NP
		&& c - 1 > an->chunks.chunks && c[-2].type != DYAD_CHUNK_PUNCT && c[-2].type != DYAD_CHUNK_CONJ;
}

int dyad__doc_adjunct_of_participle(const dyad_analysis *an, const uint32_t verb_tok[2],
	uint32_t tok)
{
	const dyad_doc_chunks *ch = &an->chunks;
	uint32_t vt = verb_tok[1] > verb_tok[0] ? verb_tok[1] - 1 : verb_tok[0];
	int32_t vc, ac;
	if (vt >= an->doc.n_toks || tok >= an->doc.n_toks || tok <= vt)
		return 0;
	vc = an->doc.toks[vt].chunk;
	ac = an->doc.toks[tok].chunk;
	if (vc < 0 || ac < 0 || (size_t)vc >= ch->n_chunks || (size_t)ac >= ch->n_chunks)
		return 0;
	/* A participle right after the event's verb group is its own chain
	 * ("were seen fleeing"); one after a noun or a comma is not. */
	for (int32_t k = vc + 2; k < ac; k++) {
		const dyad_chunk *c = &ch->chunks[k];
		if (c->type == DYAD_CHUNK_VP && c->clause == ch->chunks[vc].clause && bare_participle(an, c))
			return 1;
	}
	return 0;
}
