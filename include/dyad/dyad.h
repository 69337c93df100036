/*
 * dyad/dyad.h — the whole public API of libdyad in one include.
 * Each concept has its own header; include only what you use if you prefer.
 */
#ifndef DYAD_DYAD_H
#define DYAD_DYAD_H

#include "dyad/common.h"
#include "dyad/arena.h"
#include "dyad/date.h"
#include "dyad/builtin.h"
#include "dyad/reader.h"
#include "dyad/text.h"
#include "dyad/furniture.h"
#include "dyad/lexicon.h"
#include "dyad/tagger.h"
#include "dyad/lemma.h"
#include "dyad/chunk.h"
#include "dyad/pipeline.h"
#include "dyad/treebank.h"
#include "dyad/dict.h"
#include "dyad/suite.h"
#include "dyad/coder.h"
#include "dyad/codes.h"
#include "dyad/modality.h"
#include "dyad/dates.h"
#include "dyad/quotes.h"
#include "dyad/places.h"
#include "dyad/doc.h"

#endif
