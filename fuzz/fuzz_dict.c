/*
 * Fuzz target for the dictionary readers: the first byte picks the format
 * and kind (every reader except .project, which opens other files), the
 * rest is the file. Whatever is read is also written back in every format
 * that can hold it and compiled, so writers and the compiler see odd models.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad/dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct { dyad_dict_format format; dyad_dict_kind kind; const char *name; } modes[] = {
	{ DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_ACTORS, "f.actors" },
	{ DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ACTORS, "f.actors.txt" },
	{ DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_AGENTS, "f.agents" },
	{ DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_AGENTS, "f.agents.txt" },
	{ DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_VERBS, "f.verbs" },
	{ DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_VERBS, "f.verbs.txt" },
	{ DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS, "f.options" },
	{ DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_DISCARDS, "f.discards.txt" },
	{ DYAD_DICT_FORMAT_PETRARCH, DYAD_DICT_KIND_ISSUES, "f.issues.txt" },
	{ DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL, "f.dyad" },
	{ DYAD_DICT_FORMAT_AUTO, DYAD_DICT_KIND_AUTO, "f.txt" },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_ctx *ctx = NULL;
	dyad_dict *d = NULL;
	dyad_matcher *m = NULL;
	FILE *sink;
	unsigned k;

	if (size < 1)
		return 0;
	k = data[0] % (sizeof modes / sizeof *modes);
	if (dyad_ctx_new(&ctx, NULL) < 0)
		return 0;
	if (dyad_dict_new(&d, ctx) == DYAD_OK &&
	    dyad_dict_load_mem(d, modes[k].name, (const char *)data + 1, size - 1, modes[k].format,
		    modes[k].kind) == DYAD_OK) {
		dyad_dict_check_options co = DYAD_DICT_CHECK_OPTIONS_INIT;
		dyad_dict_kind kind;
		if (dyad_dict_check(d, &co) < 0)
			goto done;
		sink = fopen("/dev/null", "w");
		if (sink) {
			if (dyad_dict_write(d, sink, DYAD_DICT_FORMAT_DYAD, DYAD_DICT_KIND_ALL) < 0)
				dyad_ctx_clear_error(ctx);
			for (kind = DYAD_DICT_KIND_ACTORS; kind <= DYAD_DICT_KIND_ISSUES; kind++) {
				if (dyad_dict_write(d, sink, DYAD_DICT_FORMAT_TABARI, kind) < 0)
					dyad_ctx_clear_error(ctx);
				if (dyad_dict_write(d, sink, DYAD_DICT_FORMAT_PETRARCH, kind) < 0)
					dyad_ctx_clear_error(ctx);
			}
			fclose(sink);
		}
		if (dyad_matcher_compile(&m, ctx, d) == DYAD_OK) {
			const char *words[2] = { "THE", "MINISTER" };
			dyad_actor_match am;
			(void)dyad_matcher_actor(m, words, 2, DYAD_DATE_NONE, &am);
		}
	}
done:
	dyad_matcher_free(m);
	dyad_dict_free(d);
	dyad_ctx_free(ctx);
	return 0;
}
