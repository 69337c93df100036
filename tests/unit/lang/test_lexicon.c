/*
 * Loading the lexicon: small fixture files written to a temporary
 * directory (a well-formed set, then one broken file at a time), the error
 * messages for missing and malformed files, clean failure when the
 * allocator fails the Nth allocation, and the installed Debian data.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "fault_alloc.h"

#include "dyad/lexicon.h"

static char dir[64];

static const char *const tags38 = "nn punc nnp dt in jj nns cd rb vbd vb prp cc of to vbz "
	"vbn vbg vbp md pos wdt jjr wp nnps wrb jjs rbr rp ex rbs pdt fw 1 uh sym ls 2";

static void put(const char *name, const char *data, size_t len)
{
	char path[128];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static void puts_file(const char *name, const char *text)
{
	put(name, text, strlen(text));
}

/* An n-gram file: header, vocabularies, then big-endian doubles; values
 * holds n counts where -r stands for r-1 zeros. */
static void put_ngram(const double *values, size_t n)
{
	char buf[1024];
	size_t len = (size_t)snprintf(buf, sizeof buf, "NgramBin_2 3\n%s \n%s \n", tags38, tags38);
	size_t i;
	int k;
	for (i = 0; i < n; i++) {
		uint64_t u;
		memcpy(&u, &values[i], 8);
		for (k = 7; k >= 0; k--)
			buf[len++] = (char)(u >> (8 * k));
	}
	put("wsj.wp39.tri.ngrambin", buf, len);
}

static void write_fixture(void)
{
	static const double counts[] = { 5, 2, -(38.0 * 38 * 38 - 2 + 1) };
	puts_file("wsj.wp39.poslexR", "MNCL\n(\"the\" ((dt -0.5) (nn -9.0) ) () )\n"
		"(\"runs\" ((vbz -3.0) (nns -4.0) (1 -2.0) ) () )\n");
	put_ngram(counts, 3);
	puts_file("index.noun", "  1 licence text\nrun n 1 0 1 0 0\ntalk n 1 0 1 0 0\n");
	puts_file("index.verb", "  1 licence text\nrun v 1 0 1 0 0\n");
	puts_file("index.adj", "  1 licence text\ngood a 1 0 1 0 0\n");
	puts_file("index.adv", "  1 licence text\nwell r 1 0 1 0 0\n");
	puts_file("noun.exc", "children child\n");
	puts_file("verb.exc", "ran run\n");
	puts_file("adj.exc", "better good well\n");
	puts_file("adv.exc", "better well\n");
}

static int load(dyad_lexicon **lex, dyad_ctx *ctx)
{
	dyad_lexicon_options o = DYAD_LEXICON_OPTIONS_INIT;
	o.poslex_dir = dir;
	o.wordnet_dir = dir;
	return dyad_lexicon_load(lex, ctx, &o);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/dyad_lexicon_XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	write_fixture();
	return 0;
}

static int teardown(void **state)
{
	static const char *const files[] = { "wsj.wp39.poslexR", "wsj.wp39.tri.ngrambin",
		"index.noun", "index.verb", "index.adj", "index.adv", "noun.exc", "verb.exc",
		"adj.exc", "adv.exc" };
	char path[128];
	size_t i;
	(void)state;
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		remove(path);
	}
	rmdir(dir);
	return 0;
}

static void test_lang_lexicon__fixture_loads(void **state)
{
	dyad_ctx *ctx;
	dyad_lexicon *lex;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(load(&lex, ctx), DYAD_OK);
	assert_int_equal(dyad_lexicon_size(lex), 2);
	dyad_lexicon_free(lex);
	dyad_lexicon_free(NULL);
	dyad_ctx_free(ctx);
}

static void test_lang_lexicon__missing_files_name_the_package(void **state)
{
	dyad_ctx *ctx;
	dyad_lexicon *lex = (dyad_lexicon *)1;
	dyad_lexicon_options o = DYAD_LEXICON_OPTIONS_INIT;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	o.poslex_dir = "/nonexistent/dicts";
	assert_int_equal(dyad_lexicon_load(&lex, ctx, &o), DYAD_ENOTFOUND);
	assert_null(lex);
	assert_string_equal(dyad_ctx_error(ctx), "/nonexistent/dicts/wsj.wp39.poslexR: not found "
		"(install the Debian package festlex-poslex)");
	o.poslex_dir = dir;
	o.wordnet_dir = "/nonexistent/wn";
	assert_int_equal(dyad_lexicon_load(&lex, ctx, &o), DYAD_ENOTFOUND);
	assert_string_equal(dyad_ctx_error(ctx), "/nonexistent/wn/index.noun: not found "
		"(install the Debian package wordnet-base)");
	dyad_ctx_free(ctx);
}

static void expect_input_error(const char *suffix)
{
	dyad_ctx *ctx;
	dyad_lexicon *lex;
	const char *msg;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(load(&lex, ctx), DYAD_EINPUT);
	msg = dyad_ctx_error(ctx);
	if (!strstr(msg, suffix)) {
		print_error("message '%s' lacks '%s'\n", msg, suffix);
		fail();
	}
	assert_int_equal(strncmp(msg, dir, strlen(dir)), 0);
	dyad_ctx_free(ctx);
}

static void test_lang_lexicon__malformed_lines_give_file_and_line(void **state)
{
	static const double short_counts[] = { 5, 2, -10 };
	(void)state;
	puts_file("wsj.wp39.poslexR", "MNCL\n(\"the\" ((dt -0.5) ) () )\n(\"x\" ((dt oops) ) () )\n");
	expect_input_error("wsj.wp39.poslexR:3: bad log probability");
	puts_file("wsj.wp39.poslexR", "(\"the\" ((zz -0.5) ) () )\n");
	expect_input_error("wsj.wp39.poslexR:1: unknown tag zz");
	puts_file("wsj.wp39.poslexR", "the dt\n");
	expect_input_error("wsj.wp39.poslexR:1: expected (\"word\"");
	write_fixture();
	put_ngram(short_counts, 3);
	expect_input_error("wsj.wp39.tri.ngrambin: n-gram counts do not fill 38^3 cells");
	put("wsj.wp39.tri.ngrambin", "NgramBin_1 2\n", 13);
	expect_input_error("wsj.wp39.tri.ngrambin:1: not an NgramBin_2 trigram file");
	write_fixture();
	puts_file("verb.exc", "ran run\nflew\n");
	expect_input_error("verb.exc:2: expected a word and its base form");
	write_fixture();
}

static void test_lang_lexicon__allocation_failures_are_clean(void **state)
{
	long n;
	(void)state;
	for (n = 0; n < 100; n++) {
		failing f = { 1 + n, 0 }; /* the context itself takes one */
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_lexicon *lex;
		int rc;
		o.alloc = failing_alloc;
		o.alloc_ud = &f;
		assert_int_equal(dyad_ctx_new(&ctx, &o), DYAD_OK);
		rc = load(&lex, ctx);
		dyad_lexicon_free(lex);
		dyad_ctx_free(ctx);
		assert_int_equal(f.live, 0);
		if (rc == DYAD_OK)
			return;
		assert_int_equal(rc, DYAD_ENOMEM);
	}
	fail_msg("still failing after 100 allocations");
}

static void test_lang_lexicon__installed_data(void **state)
{
	dyad_ctx *ctx;
	dyad_lexicon *lex;
	int rc;
	(void)state;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	rc = dyad_lexicon_load(&lex, ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		dyad_ctx_free(ctx);
		skip();
	}
	assert_int_equal(rc, DYAD_OK);
	assert_true(dyad_lexicon_size(lex) > 30000);
	dyad_lexicon_free(lex);
	dyad_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_lexicon__fixture_loads),
		cmocka_unit_test(test_lang_lexicon__missing_files_name_the_package),
		cmocka_unit_test(test_lang_lexicon__malformed_lines_give_file_and_line),
		cmocka_unit_test(test_lang_lexicon__allocation_failures_are_clean),
		cmocka_unit_test(test_lang_lexicon__installed_data),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
