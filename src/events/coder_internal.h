/*
 * The coder handle and the options it acts on (options.c), shared by the
 * event coder's files. Internal to libdyad.
 */
#ifndef DYAD_EVENTS_CODER_INTERNAL_H
#define DYAD_EVENTS_CODER_INTERNAL_H

#include "dyad/coder.h"

struct dyad_coder {
	dyad_ctx *ctx;
	const dyad_matcher *m;
	int keep_negated;
	int dialect_tabari;      /* TABARI .options given: TABARI's rules */
	int require_dyad;        /* 0: code events missing a side as "---" */
	int agents_alone;        /* an agent without actor is "---AGT" */
	unsigned complex_verbs;  /* COMPLEX: VERBS[n] (manual 8.7); 0 off */
	unsigned complex_conj;   /* COMPLEX: CONJ[n] */
	int noactprior;          /* COMPLEX: NOACTPRIOR */
	unsigned comma_min, comma_max; /* nonrestrictive clause length (7.8) */
};

/* Read option lines into c (defaults first). */
void dyad_events__options(dyad_coder *c, const char *const *lines, size_t n);

#endif
