/*
 * Fuzz target for the gazetteer reader (dyad/places.h): the input is a
 * places file, as `dyad code --places FILE` reads one. Whatever loads must
 * count at least one name per place; whatever fails must say why.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "dyad/places.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_ctx *ctx = NULL;
	dyad_gazetteer *g = NULL;
	int rc;

	if (dyad_ctx_new(&ctx, NULL) < 0)
		return 0;
	rc = dyad_gazetteer_new_mem(&g, ctx, "fuzz.tsv", (const char *)data, size);
	if (rc == DYAD_OK && dyad_gazetteer_names(g) < dyad_gazetteer_count(g))
		abort();
	if (rc < 0 && rc != DYAD_ENOMEM && !dyad_ctx_error(ctx)[0])
		abort();
	dyad_gazetteer_free(g);
	dyad_ctx_free(ctx);
	return 0;
}
