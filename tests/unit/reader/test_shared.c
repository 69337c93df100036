/*
 * The readers end to end over the reference files in ../shared: every
 * PETRARCH and TABARI test file is read whole, with record counts and
 * rejections checked. Skips (exit 77) when ../shared is absent.
 */
#include <sys/stat.h>

#include "reader/reader_test.h"

typedef struct expect {
	const char *path;    /* under $DYAD_SHARED/testdata */
	dyad_format format;  /* as detected */
	long stories, rejected;
} expect;

static const expect files[] = {
	{ "petrarch-unit/PETR.UnitTest.records.xml", DYAD_FORMAT_PETRARCH, 284, 0 },
	{ "gigaword-sample/GigaWord.sample.PETR.xml", DYAD_FORMAT_PETRARCH, 76, 0 },
	/* written as <Sentence .../> + children + </Sentence>; read as meant */
	{ "petrarch-gsr/PETR2_GSR_validation.xml", DYAD_FORMAT_PETRARCH, 78, 0 },
	{ "tabari-validation/TABARI.Demo.text", DYAD_FORMAT_TABARI, 46, 0 },
	/* headers "9501201  ACTORSYN-01" and "186010029 YYYY-03" have bad dates */
	{ "tabari-validation/Validate.text", DYAD_FORMAT_TABARI, 479, 2 },
};

static const char *shared_dir(void)
{
	const char *d = getenv("DYAD_SHARED");
	return d ? d : "../shared";
}

static void read_all(const expect *e)
{
	char path[1024];
	long stories = 0, rejected = 0, last_index = -1;
	dyad_story s;
	rt t;
	int rc;

	snprintf(path, sizeof path, "%s/testdata/%s", shared_dir(), e->path);
	rt_init(&t);
	assert_int_equal(dyad_reader_open(&t.r, t.ctx, path, NULL), 0);
	while ((rc = rt_next(&t, &s)) != 0) {
		if (rc == 1) {
			stories++;
			assert_true(s.index > last_index);
			last_index = s.index;
			assert_non_null(s.id);
			assert_non_null(s.date);
			if (e->format == DYAD_FORMAT_PETRARCH)
				assert_non_null(s.parse);
			else
				assert_true(s.text_len > 0);
			assert_null(strchr(s.text, '\n'));
		} else {
			assert_true(rc == DYAD_EINPUT || rc == DYAD_ELIMIT);
			print_message("%s\n", rt_err(&t));
			rejected++;
		}
	}
	print_message("%s: %ld stories, %ld rejected\n", e->path, stories, rejected);
	assert_int_equal(dyad_reader_format(t.r), e->format);
	assert_int_equal(stories, e->stories);
	assert_int_equal(rejected, e->rejected);
	rt_free(&t);
}

static void test_reader_shared__files(void **state)
{
	size_t i;
	(void)state;
	for (i = 0; i < sizeof files / sizeof files[0]; i++)
		read_all(&files[i]);
}

/* The same files through one-byte refills and a FILE, as from stdin. */
static void test_reader_shared__chunked(void **state)
{
	char path[1024];
	size_t i;
	(void)state;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		FILE *fp;
		char *buf;
		long n;

		snprintf(path, sizeof path, "%s/testdata/%s", shared_dir(), files[i].path);
		fp = fopen(path, "rb");
		assert_non_null(fp);
		assert_int_equal(fseek(fp, 0, SEEK_END), 0);
		n = ftell(fp);
		assert_true(n > 0);
		rewind(fp);
		buf = malloc((size_t)n);
		assert_non_null(buf);
		assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
		fclose(fp);
		{
			char *ref = rt_transcript(buf, (size_t)n, NULL, 0, 0);
			char *one = rt_transcript(buf, (size_t)n, NULL, 1, 1);
			char *odd = rt_transcript(buf, (size_t)n, NULL, 333, 0);
			assert_string_equal(ref, one);
			assert_string_equal(ref, odd);
			free(ref);
			free(one);
			free(odd);
		}
		free(buf);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_shared__files),
		cmocka_unit_test(test_reader_shared__chunked),
	};
	struct stat st;
	char probe[1024];

	snprintf(probe, sizeof probe, "%s/testdata", shared_dir());
	if (stat(probe, &st) != 0 || !S_ISDIR(st.st_mode)) {
		printf("skipped: %s not found (set DYAD_SHARED)\n", probe);
		return 77;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
