/*
 * The Treebank input over every <Parse> of the PETRARCH reference files in
 * ../shared: no record may fail, every leaf must become a token, and the
 * chunk and clause invariants must hold. For the GigaWord sample it also
 * prints (without asserting) how often dyad's own chunker and the
 * tree-derived chunks agree on NP and VP spans, which is where dyad's own
 * parser loses records. Skips (exit 77) when ../shared or the lexicon is
 * absent.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/stat.h>

#include "dyad/reader.h"
#include "dyad/treebank.h"
#include "lang/lang_fixture.h"
#include "lang/treebank_check.h"

static lang_fixture fx;

static const char *shared_dir(void)
{
	const char *d = getenv("DYAD_SHARED");
	return d ? d : "../shared";
}

/* Leaves of a parse other than -NONE-, counted independently of the
 * library: "(TAG word)" with no bracket inside. */
static size_t count_leaves(const char *p)
{
	size_t n = 0;
	for (; (p = strchr(p, '(')) != NULL; p++) {
		const char *q = p + 1, *close = strchr(q, ')'), *open = strchr(q, '(');
		if (!close || (open && open < close))
			continue;
		while (*q == ' ')
			q++;
		if (strncmp(q, "-NONE- ", 7) != 0 && strchr(q, ' ') && strchr(q, ' ') < close)
			n++;
	}
	return n;
}

/* Span agreement of one chunk type between two analyses of the same text:
 * adds to *both the chunks found in both (same byte span), to *tree and
 * *own each side's count. */
static void agree(const dyad_analysis *t, const dyad_analysis *o, int type, long *both,
	long *tree, long *own)
{
	const dyad_token *tt = t->doc.toks, *ot = o->doc.toks;
	for (size_t i = 0; i < o->chunks.n_chunks; i++)
		*own += o->chunks.chunks[i].type == type;
	for (size_t i = 0, j = 0; i < t->chunks.n_chunks; i++) {
		const dyad_chunk *c = &t->chunks.chunks[i];
		uint32_t b, e;
		if (c->type != type)
			continue;
		(*tree)++;
		b = tt[c->tok_begin].off;
		e = tt[c->tok_end - 1].off + tt[c->tok_end - 1].len;
		/* both lists are in text order: one merge-like pass */
		while (j < o->chunks.n_chunks && ot[o->chunks.chunks[j].tok_begin].off < b)
			j++;
		for (size_t k = j; k < o->chunks.n_chunks && ot[o->chunks.chunks[k].tok_begin].off == b;
			k++) {
			const dyad_chunk *d = &o->chunks.chunks[k];
			if (d->type == type && ot[d->tok_end - 1].off + ot[d->tok_end - 1].len == e) {
				(*both)++;
				break;
			}
		}
	}
}

static void run_file(const char *rel, int compare)
{
	char path[1024];
	dyad_reader *r = NULL;
	dyad_arena *story_arena = NULL;
	dyad_story s;
	long parses = 0, rejected = 0, rebuilt = 0, sents = 0, toks = 0, agreed = 0;
	long np[3] = { 0, 0, 0 }, vp[3] = { 0, 0, 0 };
	int rc;

	snprintf(path, sizeof path, "%s/testdata/%s", shared_dir(), rel);
	assert_int_equal(dyad_arena_new(&story_arena, fx.ctx), DYAD_OK);
	assert_int_equal(dyad_reader_open(&r, fx.ctx, path, NULL), DYAD_OK);
	for (;;) {
		dyad_analysis tree, own;
		const char *why;
		dyad_arena_reset(story_arena);
		if ((rc = dyad_reader_next(r, story_arena, &s)) == 0)
			break;
		assert_int_equal(rc, 1);
		if (!s.parse)
			continue;
		parses++;
		dyad_arena_reset(fx.arena);
		rc = dyad_pipeline_from_parse(&tree, fx.ctx, fx.lex, fx.arena, s.text, s.text_len,
			s.parse, strlen(s.parse));
		if (rc == DYAD_EINPUT && strncmp(s.id, "ERROR-", 6) == 0) {
			/* the unit file's deliberately broken parses ("bad_input_parse") */
			print_message("%s:%ld: %s rejected as expected: %s\n", rel, s.line, s.id,
				dyad_ctx_error(fx.ctx));
			rejected++;
			continue;
		}
		if (rc != DYAD_OK)
			fail_msg("%s:%ld: %s", rel, s.line, dyad_ctx_error(fx.ctx));
		if ((why = tb_check(&tree)) != NULL)
			fail_msg("%s:%ld: %s", rel, s.line, why);
		if (tree.doc.n_toks != count_leaves(s.parse))
			fail_msg("%s:%ld: %zu tokens for %zu leaves", rel, s.line, tree.doc.n_toks,
				count_leaves(s.parse));
		sents += (long)tree.doc.n_sents;
		toks += (long)tree.doc.n_toks;
		if (tree.doc.text.len != s.text_len || memcmp(tree.doc.text.buf, s.text, s.text_len)) {
			rebuilt++;
			continue; /* no common text to compare spans over */
		}
		if (!compare)
			continue;
		assert_int_equal(dyad_pipeline_run(&own, fx.ctx, fx.lex, fx.arena, s.text, s.text_len,
			DYAD_STAGE_CHUNK), DYAD_OK);
		agreed++;
		agree(&tree, &own, DYAD_CHUNK_NP, &np[0], &np[1], &np[2]);
		agree(&tree, &own, DYAD_CHUNK_VP, &vp[0], &vp[1], &vp[2]);
	}
	print_message("%s: %ld parses (%ld rejected), %ld sentences, %ld tokens, %ld on rebuilt "
		"text\n", rel, parses, rejected, sents, toks, rebuilt);
	if (compare && agreed)
		print_message("%s: own chunker vs tree over %ld records: NP %ld of %ld tree spans "
			"(%.1f%%; own has %ld, precision %.1f%%), VP %ld of %ld (%.1f%%; own has %ld, "
			"precision %.1f%%)\n", rel, agreed, np[0], np[1], 100.0 * np[0] / (np[1] ? np[1] : 1),
			np[2], 100.0 * np[0] / (np[2] ? np[2] : 1), vp[0], vp[1],
			100.0 * vp[0] / (vp[1] ? vp[1] : 1), vp[2], 100.0 * vp[0] / (vp[2] ? vp[2] : 1));
	assert_true(parses > 0);
	dyad_reader_free(r);
	dyad_arena_free(story_arena);
}

static void test_lang_treebank_shared__petrarch_unit_records(void **state)
{
	(void)state;
	run_file("petrarch-unit/PETR.UnitTest.records.xml", 0);
}

static void test_lang_treebank_shared__gigaword_sample(void **state)
{
	(void)state;
	run_file("gigaword-sample/GigaWord.sample.PETR.xml", 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_treebank_shared__petrarch_unit_records),
		cmocka_unit_test(test_lang_treebank_shared__gigaword_sample),
	};
	char path[1024];
	struct stat st;
	int rc;
	(void)split_spaces; /* the fixture's tokeniser: the trees give ours */
	snprintf(path, sizeof path, "%s/testdata", shared_dir());
	if (stat(path, &st) != 0) {
		printf("skipped: %s not found (set DYAD_SHARED)\n", path);
		return 77;
	}
	if ((rc = lang_fixture_open(&fx)) == 0)
		rc = cmocka_run_group_tests(tests, NULL, NULL);
	lang_fixture_close(&fx);
	return rc;
}
