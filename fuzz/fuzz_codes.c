/*
 * Fuzz target for the CAMEO code table reader (dyad/codes.h): the input is
 * a table file; whatever loads is then looked up row by row and with its
 * codes' longer and shorter forms, so lookups see odd tables too.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dyad/codes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_ctx *ctx = NULL;
	dyad_codes *c = NULL;
	size_t i;

	if (dyad_ctx_new(&ctx, NULL) < 0)
		return 0;
	if (dyad_codes_load_mem(&c, ctx, "fuzz.tsv", (const char *)data, size) == DYAD_OK) {
		for (i = 0; i < dyad_codes_count(c); i++) {
			const dyad_event_code *r = dyad_codes_at(c, i);
			char longer[16];
			size_t n = strlen(r->code);
			if (dyad_codes_find(c, r->code) != r)
				__builtin_trap();
			memcpy(longer, r->code, n);
			memcpy(longer + n, "9", 2);
			if (!dyad_codes_find(c, longer))
				__builtin_trap();
		}
	}
	dyad_codes_free(c);
	dyad_ctx_free(ctx);
	return 0;
}
