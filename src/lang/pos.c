/*
 * Penn Treebank tag names and classes (dyad/tagger.h). The names table is
 * indexed by dyad_pos, so printing a tag is one load.
 */
#include <string.h>

#include "dyad/tagger.h"

static const char *const names[DYAD_POS_COUNT] = {
	"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS",
	"NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO",
	"UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", ",",
	":", "``", "''", "-LRB-", "-RRB-", "$", "#"
};

/* Auxiliary tags of some Treebank-style parsers (PETRARCH's input among
 * them), which mark be/have/do by tense; the Penn tag carries the same. */
static const struct { const char *name; dyad_pos pos; } aliases[] = {
	{ "AUX", DYAD_POS_VB }, { "AUXB", DYAD_POS_VB }, { "AUXD", DYAD_POS_VBD },
	{ "AUXZ", DYAD_POS_VBZ }, { "AUXP", DYAD_POS_VBP }, { "AUXG", DYAD_POS_VBG },
	{ "AUXN", DYAD_POS_VBN }, { "(", DYAD_POS_LRB }, { ")", DYAD_POS_RRB },
	{ "-LCB-", DYAD_POS_LRB }, { "-RCB-", DYAD_POS_RRB }, { "-LSB-", DYAD_POS_LRB },
	{ "-RSB-", DYAD_POS_RRB }
};

const char *dyad_pos_name(dyad_pos p)
{
	return (unsigned)p < DYAD_POS_COUNT ? names[p] : "";
}

int dyad_pos_parse(dyad_pos *out, const char *name)
{
	size_t i;
	for (i = 1; i < DYAD_POS_COUNT; i++)
		if (strcmp(names[i], name) == 0) {
			*out = (dyad_pos)i;
			return 0;
		}
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(aliases[i].name, name) == 0) {
			*out = aliases[i].pos;
			return 0;
		}
	*out = DYAD_POS_NONE;
	return DYAD_EINVALID;
}

int dyad_pos_is_noun(dyad_pos p)
{
	return p >= DYAD_POS_NN && p <= DYAD_POS_NNPS;
}

int dyad_pos_is_verb(dyad_pos p)
{
	return p >= DYAD_POS_VB && p <= DYAD_POS_VBZ;
}

int dyad_pos_is_adj(dyad_pos p)
{
	return p >= DYAD_POS_JJ && p <= DYAD_POS_JJS;
}

int dyad_pos_is_adv(dyad_pos p)
{
	return p >= DYAD_POS_RB && p <= DYAD_POS_RBS;
}

int dyad_pos_is_punct(dyad_pos p)
{
	return p >= DYAD_POS_PERIOD && p <= DYAD_POS_RRB;
}
