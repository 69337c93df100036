/*
 * Sentence-splitting regressions on real news: ten hard places in
 * ../shared/corpus/news.jsonl (Reuters-21578, AG News), read at test time.
 *
 * Only document ids, byte ranges and the expected byte offsets of sentence
 * starts live here; no corpus text is copied into the repository. For each
 * case, the sentences of the document whose first byte falls in [lo, hi)
 * must start exactly at the listed offsets (offsets into the decoded "text"
 * field, mapped back through dyad_text_input_offset).
 *
 * Skips (exit 77) when the corpus is absent. DYAD_SHARED names the shared
 * folder; the default is ../shared relative to the working directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <cmocka.h>

#include "dyad/text.h"

#define MAX_STARTS 8

typedef struct rcase {
	const char *id;
	size_t lo, hi;
	size_t starts[MAX_STARTS]; /* ends at the first 0 after the first */
	const char *why;
} rcase;

static const rcase cases[] = {
	{ "reuters-2359", 700, 1000, { 741, 855, 962 },
		"U.S. ends a sentence mid-paragraph before 'He' on the next wrapped "
		"line, while a later 'the U.S. sugar market' does not" },
	{ "reuters-203", 2100, 2400, { 2107, 2275, 2351 },
		"letter-dot initials inside a firm name, then 'Co.' ends the quote's "
		"sentence in mid-line before 'The'" },
	{ "reuters-369", 380, 640, { 398, 438, 523, 546 },
		"a middle initial and 'Jr.' followed by a lower-case verb; sentences "
		"separated by two spaces" },
	{ "reuters-854", 3400, 3700, { 3435, 3498, 3573 },
		"a '?' inside a quotation followed by a lower-case continuation (no "
		"break), and a new quotation opening after 'said one.'" },
	{ "reuters-56", 150, 400, { 152, 261 },
		"a sentence ending in a period inside closing double quotes, the next "
		"one starting on the same line" },
	{ "reuters-885", 150, 420, { 231, 307, 353 },
		"numbers with four decimals at the end of sentences in mid-paragraph" },
	{ "reuters-1963", 3700, 3950, { 3821, 3941 },
		"an ellipsis followed by a capital inside a long quotation ends a "
		"sentence" },
	{ "agnews-3555", 0, 300, { 0, 85 },
		"'Sen.', a party-state tag ending in an abbreviation and a comma, a "
		"month abbreviation with a date, then a real break after a plain word" },
	{ "reuters-97", 300, 520, { 301, 357, 399, 442, 485 },
		"a price table whose rows are indented by one space and one row label "
		"is a state abbreviation: each row is its own unit" },
	{ "reuters-177", 150, 420, { 200, 320 },
		"a quote ending with a comma, a title, and a state abbreviation "
		"closing inside parentheses before a lower-case verb" },
};

#define N_CASES (sizeof cases / sizeof *cases)

static char *read_line(FILE *f, size_t *cap, char **buf)
{
	size_t n = 0;
	int c;
	while ((c = getc(f)) != EOF) {
		if (n + 2 > *cap) {
			size_t ncap = *cap ? *cap * 2 : 65536;
			char *nb = realloc(*buf, ncap);
			if (!nb)
				return NULL;
			*buf = nb;
			*cap = ncap;
		}
		if (c == '\n')
			break;
		(*buf)[n++] = (char)c;
	}
	if (n == 0 && c == EOF)
		return NULL;
	(*buf)[n] = '\0';
	return *buf;
}

/* Fill texts[i] with the text of cases[i].id (NULL when missing). */
static int load(char **texts, const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL, *line;
	size_t cap = 0, i;
	if (!f)
		return -1;
	while ((line = read_line(f, &cap, &buf)) != NULL) {
		cJSON *j, *id, *text;
		if (!strstr(line, "\"id\""))
			continue;
		j = cJSON_Parse(line);
		id = j ? cJSON_GetObjectItem(j, "id") : NULL;
		text = j ? cJSON_GetObjectItem(j, "text") : NULL;
		if (cJSON_IsString(id) && cJSON_IsString(text))
			for (i = 0; i < N_CASES; i++)
				if (!texts[i] && strcmp(id->valuestring, cases[i].id) == 0)
					texts[i] = strdup(text->valuestring);
		cJSON_Delete(j);
	}
	free(buf);
	fclose(f);
	return 0;
}

static void test_text_split_corpus__hard_cases(void **state)
{
	char **texts = *state;
	dyad_ctx *ctx;
	dyad_arena *a;
	size_t i, s, k, failed = 0;
	assert_int_equal(dyad_ctx_new(&ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
	for (i = 0; i < N_CASES; i++) {
		const rcase *c = &cases[i];
		dyad_text t;
		dyad_doc_text d;
		size_t got[64], n_got = 0, n_want = 1, ok;
		if (!texts[i]) {
			print_error("%s: document not found in the corpus\n", c->id);
			failed++;
			continue;
		}
		dyad_arena_reset(a);
		assert_int_equal(dyad_text_normalize(&t, ctx, a, texts[i], strlen(texts[i])), DYAD_OK);
		assert_int_equal(dyad_text_split(&d, ctx, a, &t), DYAD_OK);
		for (s = 0; s < d.n_sents && n_got < 64; s++) {
			size_t off = dyad_text_input_offset(&t, d.sents[s].off);
			if (off >= c->lo && off < c->hi)
				got[n_got++] = off;
		}
		while (n_want < MAX_STARTS && c->starts[n_want])
			n_want++;
		ok = n_got == n_want;
		for (k = 0; ok && k < n_want; k++)
			ok = got[k] == c->starts[k];
		if (!ok) {
			print_error("%s [%zu,%zu) (%s): sentence starts", c->id, c->lo, c->hi, c->why);
			for (k = 0; k < n_got; k++)
				print_error(" %zu", got[k]);
			print_error(", want");
			for (k = 0; k < n_want; k++)
				print_error(" %zu", c->starts[k]);
			print_error("\n");
			failed++;
		}
	}
	dyad_arena_free(a);
	dyad_ctx_free(ctx);
	assert_int_equal(failed, 0);
}

int main(void)
{
	char *texts[N_CASES] = { NULL };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_prestate(test_text_split_corpus__hard_cases, texts),
	};
	const char *shared = getenv("DYAD_SHARED");
	char path[4096];
	size_t i;
	int rc;
	snprintf(path, sizeof path, "%s/corpus/news.jsonl", shared && *shared ? shared : "../shared");
	if (load(texts, path) < 0) {
		printf("skipped: %s not found\n", path);
		return 77;
	}
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	for (i = 0; i < N_CASES; i++)
		free(texts[i]);
	return rc;
}
