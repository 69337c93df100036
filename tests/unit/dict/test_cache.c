/*
 * The matcher cache (cache.c): save + load gives the same matcher and the
 * same lookups; a damaged, truncated, stale or foreign cache is
 * DYAD_EINPUT (never a crash or a leak); saving is atomic; sources hash;
 * dyad_matcher_open reuses its cache and rebuilds when a source changes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include <cmocka.h>

#include "dyad/dict.h"
#include "matcher_fixture.h"

typedef struct fixture {
	dyad_ctx *ctx;
	dyad_matcher *m;
	char dir[64];
	char path[128];
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	dyad_dict *d;
	assert_int_equal(dyad_ctx_new(&f->ctx, NULL), DYAD_OK);
	d = fx_sample(f->ctx);
	assert_int_equal(dyad_matcher_compile(&f->m, f->ctx, d), DYAD_OK);
	dyad_dict_free(d);
	strcpy(f->dir, "/tmp/dyad_cache_test_XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/m.dyadc", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	DIR *dr = opendir(f->dir);
	struct dirent *e;
	while (dr && (e = readdir(dr)) != NULL) {
		char p[512];
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof p, "%s/%s", f->dir, e->d_name);
		if (remove(p) != 0) { /* a sub-directory: one level deep is all we make */
			DIR *sub = opendir(p);
			struct dirent *s;
			while (sub && (s = readdir(sub)) != NULL) {
				char q[1024];
				snprintf(q, sizeof q, "%s/%s", p, s->d_name);
				if (s->d_name[0] != '.')
					remove(q);
			}
			if (sub)
				closedir(sub);
			rmdir(p);
		}
	}
	if (dr)
		closedir(dr);
	rmdir(f->dir);
	dyad_matcher_free(f->m);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *b;
	long n;
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	b = malloc((size_t)n + 1);
	assert_int_equal(fread(b, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return b;
}

static void spit(const char *path, const void *b, size_t len)
{
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(b, 1, len, fp), len);
	fclose(fp);
}

static const char *const probes[] = { "united states army said", "united states navy", "tourist",
	"heads", "city", "citys", "peace", "peacekeepers", "border guards", "vladimir putin",
	"boutros ghali", "old politician", "east germany", "nameless", "said", "carried out",
	"presidents", "aid groups", "head of state", "soccer", "nothing here" };

/* Two matchers answer every probe alike, on several dates. */
static void same_lookups(const dyad_matcher *a, const dyad_matcher *b)
{
	static const int32_t dates[] = { DYAD_DATE_NONE, 0, 8000, 11000, 20000 };
	size_t i, k;
	for (i = 0; i < sizeof probes / sizeof *probes; i++) {
		fx_words t;
		const char *const *w = fx_split(&t, probes[i]);
		dyad_agent_match ga, gb;
		dyad_verb_match va, vb;
		for (k = 0; k < sizeof dates / sizeof *dates; k++) {
			dyad_actor_match ma, mb;
			int ra = dyad_matcher_actor(a, w, t.n, dates[k], &ma);
			assert_int_equal(ra, dyad_matcher_actor(b, w, t.n, dates[k], &mb));
			if (!ra)
				continue;
			assert_int_equal(ma.n_words, mb.n_words);
			assert_true((ma.code == NULL) == (mb.code == NULL));
			if (ma.code)
				assert_string_equal(ma.code, mb.code);
			assert_string_equal(ma.phrase, mb.phrase);
			assert_int_equal(ma.from, mb.from);
			assert_int_equal(ma.to, mb.to);
			assert_int_equal(ma.line, mb.line);
		}
		assert_int_equal(dyad_matcher_agent(a, w, t.n, &ga), dyad_matcher_agent(b, w, t.n, &gb));
		assert_int_equal(ga.n_words, gb.n_words);
		assert_int_equal(dyad_matcher_verb(a, w, t.n, &va), dyad_matcher_verb(b, w, t.n, &vb));
		assert_int_equal(va.verb, vb.verb);
	}
}

static void test_dict_cache__save_load_identical(void **state)
{
	fixture *f = *state;
	dyad_matcher *m2 = NULL;
	dyad_matcher_stats s1, s2;
	DIR *dr;
	struct dirent *e;
	int files = 0;

	assert_int_equal(dyad_matcher_save(f->m, f->path, 0x1234), DYAD_OK);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 0x1234), DYAD_OK);
	same_lookups(f->m, m2);
	dyad_matcher_stats_get(f->m, &s1);
	dyad_matcher_stats_get(m2, &s2);
	assert_memory_equal(&s1, &s2, sizeof s1);
	/* the block is the file, apart from the stamped hash */
	assert_int_equal(f->m->size, m2->size);
	assert_memory_equal(f->m->block + 24, m2->block + 24, f->m->size - 24);
	dyad_matcher_free(m2);
	/* atomic: no temporary file left behind */
	dr = opendir(f->dir);
	while ((e = readdir(dr)) != NULL)
		files += e->d_name[0] != '.';
	closedir(dr);
	assert_int_equal(files, 1);
}

static void test_dict_cache__missing_stale_foreign(void **state)
{
	fixture *f = *state;
	dyad_matcher *m2 = (dyad_matcher *)f; /* must be reset to NULL */
	unsigned char *b;
	size_t len;
	dm_header h;

	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 1), DYAD_ENOTFOUND);
	assert_null(m2);
	assert_int_equal(dyad_matcher_save(f->m, f->path, 7), DYAD_OK);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 8), DYAD_EINPUT);
	assert_null(m2);
	assert_true(strstr(dyad_ctx_error(f->ctx), f->path) != NULL);
	/* another format version, with a valid checksum still */
	b = slurp(f->path, &len);
	memcpy(&h, b, sizeof h);
	h.version = DM_VERSION + 1;
	memcpy(b, &h, sizeof h);
	spit(f->path, b, len);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 7), DYAD_EINPUT);
	/* the other endianness */
	h.version = DM_VERSION;
	h.endian = 0x04030201u;
	memcpy(b, &h, sizeof h);
	assert_int_equal(dyad_matcher__load_mem(&m2, f->ctx, b, len, 7), DYAD_EINPUT);
	/* not a cache at all; empty */
	spit(f->path, "hello", 5);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 7), DYAD_EINPUT);
	spit(f->path, "", 0);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 7), DYAD_EINPUT);
	/* a directory is not a cache */
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->dir, 7), DYAD_EIO);
	free(b);
}

static void test_dict_cache__corruption_is_einput(void **state)
{
	fixture *f = *state;
	dyad_matcher *m2;
	unsigned char *b;
	size_t len, i;

	assert_int_equal(dyad_matcher_save(f->m, f->path, 42), DYAD_OK);
	b = slurp(f->path, &len);
	/* every byte is checked (header fields or the checksum): any flip */
	for (i = 0; i < len; i++) {
		unsigned char bit;
		for (bit = 1; bit; bit <<= 3) {
			b[i] ^= bit;
			m2 = NULL;
			assert_int_equal(dyad_matcher__load_mem(&m2, f->ctx, b, len, 42), DYAD_EINPUT);
			assert_null(m2);
			b[i] ^= bit;
		}
	}
	/* every truncation, and trailing junk */
	for (i = 0; i < len; i++)
		assert_int_equal(dyad_matcher__load_mem(&m2, f->ctx, b, i, 42), DYAD_EINPUT);
	b[len] = 0;
	assert_int_equal(dyad_matcher__load_mem(&m2, f->ctx, b, len + 1, 42), DYAD_EINPUT);
	spit(f->path, b, len / 2);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 42), DYAD_EINPUT);
	assert_int_equal(dyad_matcher__load_mem(&m2, f->ctx, b, len, 42), DYAD_OK);
	dyad_matcher_free(m2);
	free(b);
}

/* Damage with the checksum recomputed, so the structural checks must
 * catch it: load fails cleanly, or succeeds and every lookup stays in
 * bounds (ASan builds check that). */
static void test_dict_cache__forged_checksum_is_safe(void **state)
{
	fixture *f = *state;
	unsigned char *b;
	size_t len, i;
	long rejected = 0, accepted = 0;

	assert_int_equal(dyad_matcher_save(f->m, f->path, 42), DYAD_OK);
	b = slurp(f->path, &len);
	for (i = DM_CHECKED_FROM; i < len; i++) {
		static const unsigned char flips[] = { 0x01, 0x80, 0xff };
		size_t k;
		for (k = 0; k < sizeof flips; k++) {
			dyad_matcher *m2 = NULL;
			dm_header h;
			int rc;
			b[i] ^= flips[k];
			memcpy(&h, b, sizeof h);
			h.checksum = dyad_matcher__fnv(DM_FNV_INIT, b + DM_CHECKED_FROM, len - DM_CHECKED_FROM);
			memcpy(b, &h, sizeof h);
			rc = dyad_matcher__load_mem(&m2, f->ctx, b, len, 42);
			if (rc == DYAD_OK) {
				dyad_matcher_stats st;
				size_t p;
				accepted++;
				dyad_matcher_stats_get(m2, &st);
				for (p = 0; p < sizeof probes / sizeof *probes; p++) {
					fx_words t;
					dyad_actor_match am;
					const char *const *w = fx_split(&t, probes[p]);
					if (dyad_matcher_actor(m2, w, t.n, 9000, &am) && am.code)
						assert_true(strlen(am.code) < len);
				}
				dyad_matcher_free(m2);
			} else {
				assert_int_equal(rc, DYAD_EINPUT);
				rejected++;
			}
			b[i] ^= flips[k];
		}
	}
	assert_true(rejected > 0);
	(void)accepted;
	free(b);
}

static void test_dict_cache__sources_hash(void **state)
{
	fixture *f = *state;
	char a[160], c[160];
	const char *paths[2];
	uint64_t h1, h2, h3;

	snprintf(a, sizeof a, "%s/a.txt", f->dir);
	snprintf(c, sizeof c, "%s/c.txt", f->dir);
	spit(a, "ONE", 3);
	spit(c, "TWO", 3);
	paths[0] = a;
	paths[1] = c;
	assert_int_equal(dyad_dict_sources_hash(&h1, f->ctx, paths, 2), DYAD_OK);
	assert_int_equal(dyad_dict_sources_hash(&h2, f->ctx, paths, 2), DYAD_OK);
	assert_true(h1 == h2);
	spit(c, "TWX", 3);
	assert_int_equal(dyad_dict_sources_hash(&h3, f->ctx, paths, 2), DYAD_OK);
	assert_true(h3 != h1);
	paths[0] = c;
	paths[1] = a;
	assert_int_equal(dyad_dict_sources_hash(&h2, f->ctx, paths, 2), DYAD_OK);
	assert_true(h2 != h3);
	/* No files: the key is the dictionary code's build id alone, so it is
	 * not the bare FNV seed, and it is the same each time. */
	assert_int_equal(dyad_dict_sources_hash(&h2, f->ctx, paths, 0), DYAD_OK);
	assert_true(h2 != DM_FNV_INIT);
	assert_int_equal(dyad_dict_sources_hash(&h3, f->ctx, paths, 0), DYAD_OK);
	assert_true(h2 == h3);
	snprintf(a, sizeof a, "%s/none.txt", f->dir);
	assert_int_equal(dyad_dict_sources_hash(&h2, f->ctx, paths, 2), DYAD_ENOTFOUND);
}

/* A TABARI actors source, if its reader works yet (the readers land
 * separately; until then this test is skipped with a message). */
static int reader_works(dyad_ctx *ctx)
{
	static const char src[] = "VLADIMIR_PUTIN_ [RUSGOV]\n";
	dyad_dict *d;
	int ok;
	assert_int_equal(dyad_dict_new(&d, ctx), DYAD_OK);
	ok = dyad_dict_load_mem(d, "t.actors", src, sizeof src - 1, DYAD_DICT_FORMAT_TABARI,
		DYAD_DICT_KIND_ACTORS) == DYAD_OK && d->n_actors == 1;
	dyad_dict_free(d);
	return ok;
}

static void test_dict_cache__open_reuses_and_rebuilds(void **state)
{
	fixture *f = *state;
	char src[160], cdir[160];
	const char *paths[1];
	dyad_matcher *m;
	fx_words t;
	dyad_actor_match am;
	int from_cache = -1;

	if (!reader_works(f->ctx)) {
		print_message("skipped: the TABARI actors reader is not implemented yet\n");
		skip();
	}
	snprintf(src, sizeof src, "%s/test.actors", f->dir);
	snprintf(cdir, sizeof cdir, "%s/cache", f->dir); /* created by open */
	spit(src, "VLADIMIR_PUTIN_ [RUSGOV]\n", 25);
	paths[0] = src;
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "putin"), fx_nwords("putin"), 0, &am), 0);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "vladimir putin"), fx_nwords("vladimir putin"), 0, &am), 1);
	assert_string_equal(am.code, "RUSGOV");
	dyad_matcher_free(m);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 1);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "vladimir putin"), fx_nwords("vladimir putin"), 0, &am), 1);
	assert_string_equal(am.code, "RUSGOV");
	dyad_matcher_free(m);
	/* a changed source gets a new hash, so a fresh build */
	spit(src, "VLADIMIR_PUTIN_ [RUSELI]\n", 25);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "vladimir putin"), fx_nwords("vladimir putin"), 0, &am), 1);
	assert_string_equal(am.code, "RUSELI");
	dyad_matcher_free(m);
	/* no cache directory: always built */
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, NULL, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	dyad_matcher_free(m);
}

static void test_dict_cache__open_damaged_cache_rebuilds(void **state)
{
	fixture *f = *state;
	char src[160], cache[256];
	const char *paths[1];
	dyad_matcher *m;
	uint64_t h;
	int from_cache = -1;

	if (!reader_works(f->ctx)) {
		print_message("skipped: the TABARI actors reader is not implemented yet\n");
		skip();
	}
	snprintf(src, sizeof src, "%s/x.actors", f->dir);
	spit(src, "VLADIMIR_PUTIN_ [RUSGOV]\n", 25);
	paths[0] = src;
	assert_int_equal(dyad_dict_sources_hash(&h, f->ctx, paths, 1), DYAD_OK);
	snprintf(cache, sizeof cache, "%s/%016llx.dyadc", f->dir, (unsigned long long)h);
	spit(cache, "garbage", 7);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, f->dir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	dyad_matcher_free(m);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, f->dir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 1);
	dyad_matcher_free(m);
}

static void test_dict_cache__open_missing_source(void **state)
{
	fixture *f = *state;
	char src[160];
	const char *paths[1];
	dyad_matcher *m = (dyad_matcher *)f;
	int from_cache = -1;

	snprintf(src, sizeof src, "%s/absent.actors", f->dir);
	paths[0] = src;
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, f->dir, &from_cache), DYAD_ENOTFOUND);
	assert_null(m);
	assert_int_equal(from_cache, 0);
	assert_true(strstr(dyad_ctx_error(f->ctx), "absent.actors") != NULL);
}

/* A TABARI .project names its dictionary files itself: a change to one of
 * them must make the cache stale although the path given is unchanged, and
 * a set built while a named file was missing is not cached. */
static void test_dict_cache__open_follows_files_a_project_names(void **state)
{
	fixture *f = *state;
	char proj[160], actors[160], cdir[160];
	const char *paths[1];
	dyad_matcher *m;
	fx_words t;
	dyad_actor_match am;
	int from_cache = -1;

	if (!reader_works(f->ctx)) {
		print_message("skipped: the TABARI actors reader is not implemented yet\n");
		skip();
	}
	snprintf(proj, sizeof proj, "%s/p.project", f->dir);
	snprintf(actors, sizeof actors, "%s/p.actors", f->dir);
	snprintf(cdir, sizeof cdir, "%s/cache", f->dir);
	spit(proj, "<actorsfile> p.actors\n", 22);
	paths[0] = proj;
	/* the named file is missing: coded without it, and not cached */
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	dyad_matcher_free(m);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	dyad_matcher_free(m);
	spit(actors, "VLADIMIR_PUTIN_ [RUSGOV]\n", 25);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	dyad_matcher_free(m);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 1);
	dyad_matcher_free(m);
	/* the named file changes, the .project does not */
	spit(actors, "VLADIMIR_PUTIN_ [RUSELI]\n", 25);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 0);
	assert_int_equal(dyad_matcher_actor(m, fx_split(&t, "vladimir putin"),
		fx_nwords("vladimir putin"), 0, &am), 1);
	assert_string_equal(am.code, "RUSELI");
	dyad_matcher_free(m);
	assert_int_equal(dyad_matcher_open(&m, f->ctx, paths, 1, cdir, &from_cache), DYAD_OK);
	assert_int_equal(from_cache, 1);
	dyad_matcher_free(m);
}

/* TABARI .options lines are compiled in file order and survive the cache,
 * so a coder made from a cached matcher sees the same options. */
static void test_dict_cache__options_travel_with_the_matcher(void **state)
{
	static const char opts[] = "SET: CONVERT AGENTS = TRUE\n# a comment line\nCOMMA: OFF\n";
	fixture *f = *state;
	dyad_dict *d = NULL;
	dyad_matcher *m = NULL, *m2 = NULL;
	size_t i;

	assert_int_equal(dyad_matcher_option_count(f->m), 0);
	assert_int_equal(dyad_dict_new(&d, f->ctx), DYAD_OK);
	assert_int_equal(dyad_dict_load_mem(d, "x.options", opts, sizeof opts - 1,
		DYAD_DICT_FORMAT_TABARI, DYAD_DICT_KIND_OPTIONS), DYAD_OK);
	assert_int_equal(dyad_matcher_compile(&m, f->ctx, d), DYAD_OK);
	assert_int_equal(dyad_matcher_option_count(m), d->n_raws);
	for (i = 0; i < d->n_raws; i++)
		assert_string_equal(dyad_matcher_option(m, i), d->raws[i].text);
	assert_string_equal(dyad_matcher_option(m, 0), "SET: CONVERT AGENTS = TRUE");
	assert_null(dyad_matcher_option(m, d->n_raws));
	assert_int_equal(dyad_matcher_save(m, f->path, 7), DYAD_OK);
	assert_int_equal(dyad_matcher_load(&m2, f->ctx, f->path, 7), DYAD_OK);
	assert_int_equal(dyad_matcher_option_count(m2), d->n_raws);
	for (i = 0; i < d->n_raws; i++)
		assert_string_equal(dyad_matcher_option(m2, i), dyad_matcher_option(m, i));
	dyad_matcher_free(m2);
	dyad_matcher_free(m);
	dyad_dict_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_dict_cache__save_load_identical, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__options_travel_with_the_matcher, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__missing_stale_foreign, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__corruption_is_einput, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__forged_checksum_is_safe, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__sources_hash, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__open_reuses_and_rebuilds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__open_damaged_cache_rebuilds, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__open_missing_source, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dict_cache__open_follows_files_a_project_names, setup,
			teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
