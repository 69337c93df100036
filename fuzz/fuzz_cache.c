/*
 * Fuzz target: the matcher cache loader (src/dict/cache.c). The input is
 * taken as a cache file. So that mutations get past the checksum and reach
 * the structural checks, the target recomputes the checksum (and takes the
 * source hash from the input) before loading. The loader must answer
 * DYAD_OK or DYAD_EINPUT, never crash; when it accepts, every lookup and
 * accessor is exercised, which must stay in bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/dict.h"
#include "../src/dict/matcher_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
	if (!ok)
		abort();
}

static void exercise(const dyad_matcher *m)
{
	static const char *const inputs[][3] = { { "UNITED", "STATES", "ARMY" },
		{ "VLADIMIR", "PUTIN", "SAID" }, { "SAID", "X", "Y" }, { "A", "B", "C" },
		{ "HEADS", "OF", "STATE" }, { "", "", "" } };
	dyad_matcher_stats st;
	size_t i, k;
	uint32_t v;

	dyad_matcher_stats_get(m, &st);
	for (i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		dyad_actor_match am;
		dyad_agent_match ag;
		dyad_verb_match vm;
		size_t nw, idx;
		for (k = 1; k <= 3; k++) {
			if (dyad_matcher_actor(m, inputs[i], k, 9000, &am)) {
				check(am.n_words >= 1 && am.n_words <= k && am.n_codes <= st.bytes);
				check(!am.code || strlen(am.code) < st.bytes);
			}
			if (dyad_matcher_agent(m, inputs[i], k, &ag))
				check(ag.n_words <= k);
			if (dyad_matcher_verb(m, inputs[i], k, &vm))
				check(vm.n_words <= k && vm.verb < st.verbs);
			(void)dyad_matcher__discard(m, inputs[i], k, &nw, &idx);
			(void)dyad_matcher__issue(m, inputs[i], k, &nw, &idx);
		}
	}
	for (i = 0; i < st.actors; i++) {
		const dm_actor *a = &m->actors[i];
		for (k = 0; k < a->n_code; k++) {
			dyad_code_info ci;
			dyad_matcher_actor_code(m, i, k, &ci);
		}
	}
	for (v = 0; v < st.verbs; v++)
		for (k = 0; k < m->verbs[v].n_pattern; k++) {
			dm_pattern_view pv;
			size_t e;
			dyad_matcher__verb_pattern(m, v, k, &pv);
			for (e = 0; e < pv.n; e++)
				if (pv.elems[e].synset != DM_NONE)
					(void)dyad_matcher__synset_match(m, pv.elems[e].synset, inputs[0], 3);
		}
	for (i = 0; i < st.synsets; i++) {
		const char *name = dyad_matcher__str(m, m->synsets[i].name);
		if (name)
			check(dyad_matcher__synset_find(m, name) >= 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_ctx *ctx = NULL;
	dyad_matcher *m = NULL;
	uint8_t *copy;
	uint64_t hash = 0;
	int rc;

	copy = malloc(size ? size : 1);
	check(copy != NULL);
	if (size)
		memcpy(copy, data, size);
	if (size >= sizeof(dm_header)) {
		dm_header h;
		memcpy(&h, copy, sizeof h);
		h.checksum = dyad_matcher__fnv(DM_FNV_INIT, copy + DM_CHECKED_FROM, size - DM_CHECKED_FROM);
		memcpy(copy, &h, sizeof h);
		hash = h.source_hash;
	}
	check(dyad_ctx_new(&ctx, NULL) == 0);
	rc = dyad_matcher__load_mem(&m, ctx, copy, size, hash);
	check(rc == DYAD_OK || rc == DYAD_EINPUT);
	check((rc == DYAD_OK) == (m != NULL));
	if (m)
		exercise(m);
	dyad_matcher_free(m);
	dyad_ctx_free(ctx);
	free(copy);
	return 0;
}
