/*
 * The body shared by the reader fuzz targets (fuzz_jsonl.c, fuzz_petrarch.c,
 * fuzz_tabari.c): read every record of the input in one format and check
 * the reader's promises. The first input byte picks how the input is fed
 * (memory or FILE, refill size) and the record limit, so that records
 * straddle refills and hit the limit.
 */
#ifndef DYAD_FUZZ_READER_H
#define DYAD_FUZZ_READER_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/reader.h"
#include "../src/text/reader_internal.h"

static void check(int ok)
{
	if (!ok)
		abort();
}

static int fuzz_reader(const uint8_t *data, size_t size, dyad_format format)
{
	static const size_t limits[4] = { DYAD_READER_DEFAULT_MAX_RECORD, 16, 256, 4096 };
	dyad_reader_options opts = DYAD_READER_OPTIONS_INIT;
	dyad_ctx *ctx = NULL;
	dyad_arena *arena = NULL;
	dyad_reader *r = NULL;
	FILE *fp = NULL;
	unsigned char b = 0;
	long calls = 0, last = -1;

	if (size > 0) {
		b = data[0];
		data++, size--;
	}
	opts.format = format;
	opts.max_record = limits[(b >> 5) & 3];
	opts.default_date = (b & 0x10) ? "2001-02-03" : NULL;
	check(dyad_ctx_new(&ctx, NULL) == 0 && dyad_arena_new(&arena, ctx) == 0);
	if ((b & 0x80) && size > 0) {
		fp = fmemopen((void *)data, size, "rb");
		check(fp != NULL);
		check(dyad_reader_open_file(&r, ctx, fp, "fuzz", &opts) == 0);
	} else {
		check(dyad_reader_open_mem(&r, ctx, (const char *)data, size, "fuzz", &opts) == 0);
	}
	if (b & 0x0f)
		dyad__reader_set_chunk(r, b & 0x0f);
	for (;;) {
		dyad_story s;
		int rc;

		dyad_arena_reset(arena);
		rc = dyad_reader_next(r, arena, &s);
		/* every call but the last moves past at least one byte */
		check(++calls <= (long)size + 2);
		if (rc == 0)
			break;
		if (rc == DYAD_EINPUT || rc == DYAD_ELIMIT) {
			check(dyad_ctx_error(ctx)[0] != '\0');
			continue;
		}
		check(rc == 1);
		check(s.id && s.text && s.file && s.line >= 1);
		check(s.index > last);
		last = s.index;
		check(s.text_len <= size && strlen(s.text) <= s.text_len);
		check(!s.date || strlen(s.date) == 10);
	}
	check(dyad_reader_format(r) == format);
	dyad_reader_free(r);
	if (fp)
		fclose(fp);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return 0;
}

#endif
