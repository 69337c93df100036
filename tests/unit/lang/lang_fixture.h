/*
 * Helpers for the lang/ unit tests: load the system lexicon once per
 * program (skipping the suite with exit 77 when the Debian data is not
 * installed), and split a sentence on spaces into tokens, so that tests of
 * tagging do not depend on the tokeniser.
 */
#ifndef DYAD_TEST_LANG_FIXTURE_H
#define DYAD_TEST_LANG_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/arena.h"
#include "dyad/lexicon.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

typedef struct lang_fixture {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_lexicon *lex;
} lang_fixture;

/* 0 on success; 77 (skip) when the data files are missing; 1 otherwise. */
static int lang_fixture_open(lang_fixture *f)
{
	int rc;
	memset(f, 0, sizeof *f);
	if (dyad_ctx_new(&f->ctx, NULL) != 0 || dyad_arena_new(&f->arena, f->ctx) != 0)
		return 1;
	rc = dyad_lexicon_load(&f->lex, f->ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(f->ctx));
		return 77;
	}
	if (rc != 0) {
		printf("lexicon: %s\n", dyad_ctx_error(f->ctx));
		return 1;
	}
	return 0;
}

static void lang_fixture_close(lang_fixture *f)
{
	dyad_lexicon_free(f->lex);
	dyad_arena_free(f->arena);
	dyad_ctx_free(f->ctx);
}

/* Tokens of the space-separated words of text (kept by the caller), with
 * lower-case forms in the arena. Returns the count; *out in the arena. */
static size_t split_spaces(dyad_token **out, dyad_arena *a, const char *text)
{
	size_t n = 0, cap = strlen(text) / 2 + 1, i = 0;
	dyad_token *t = dyad_arena_calloc(a, cap, sizeof *t);
	while (t && text[i]) {
		size_t s, k;
		char *lw;
		while (text[i] == ' ')
			i++;
		if (!text[i])
			break;
		s = i;
		while (text[i] && text[i] != ' ')
			i++;
		t[n].off = (uint32_t)s;
		t[n].len = (uint32_t)(i - s);
		t[n].chunk = -1;
		t[n].flags = n == 0 ? DYAD_TOKF_SENT_START : DYAD_TOKF_SPACE_BEFORE;
		if (text[s] >= 'A' && text[s] <= 'Z')
			t[n].flags |= DYAD_TOKF_CAP;
		lw = dyad_arena_strndup(a, text + s, i - s);
		for (k = 0; lw && lw[k]; k++)
			if (lw[k] >= 'A' && lw[k] <= 'Z')
				lw[k] = (char)(lw[k] + 32);
		t[n++].lower = lw;
	}
	*out = t;
	return n;
}

#endif
