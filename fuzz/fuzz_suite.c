/*
 * Fuzz target: the suite reader, TABARI or PETRARCH by the first input
 * byte's low bit; the next bits pick the refill size. Every record must be
 * accounted for (a record or a rejection with a message), the strings of a
 * record must be present and the call count bounded by the input size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/suite.h"
#include "../src/text/suite_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_suite_format fmt = DYAD_SUITE_TABARI;
	dyad_ctx *ctx = NULL;
	dyad_arena *arena = NULL;
	dyad_suite *s = NULL;
	unsigned char b = 0;
	long calls = 0, last = -1;

	if (size > 0) {
		b = data[0];
		data++, size--;
	}
	if (b & 1)
		fmt = DYAD_SUITE_PETRARCH;
	check(dyad_ctx_new(&ctx, NULL) == 0 && dyad_arena_new(&arena, ctx) == 0);
	check(dyad_suite_open_mem(&s, ctx, (const char *)data, size, "fuzz", fmt) == 0);
	if (b >> 1)
		dyad__reader_set_chunk(s->r, b >> 1);
	for (;;) {
		dyad_suite_record r;
		size_t i;
		int rc;

		dyad_arena_reset(arena);
		rc = dyad_suite_next(s, arena, &r);
		check(++calls <= (long)size + 2);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT) {
			check(dyad_ctx_error(ctx)[0] != '\0');
			continue;
		}
		check(rc == 1);
		check(r.story.id && r.story.text && r.story.file && r.story.line >= 1);
		check(r.story.index > last);
		last = r.story.index;
		for (i = 0; i < r.n_events; i++)
			check(r.events[i].source && r.events[i].target && r.events[i].code &&
				r.events[i].raw && r.events[i].source[0] && r.events[i].code[0]);
		for (i = 0; i < r.n_options; i++)
			check(r.options[i] != NULL);
		for (i = 0; i < r.n_warnings; i++)
			check(r.warnings[i] && strncmp(r.warnings[i], "fuzz:", 5) == 0);
	}
	for (size_t i = 0; i < dyad_suite_dict_count(s); i++)
		check(dyad_suite_dict_path(s, i) && dyad_suite_dict_role(s, i));
	dyad_suite_free(s);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}
