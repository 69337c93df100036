/*
 * dyad_tagacc — part-of-speech accuracy of dyad's tagger against the leaves
 * of Treebank parses in PETRARCH-style XML (<Parse> elements).
 *
 * The gold words themselves make the text, one token per leaf, so that only
 * tagging is measured, not tokenisation. Prints, per file and in total,
 * "tokens N, correct N, accuracy P%" and the most common confusions.
 *
 * Exit codes: 0 ok, 1 accuracy below --min, 2 usage, 3 lexicon, 4 I/O.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad/arena.h"
#include "dyad/common.h"
#include "dyad/lexicon.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

enum { EXIT_BELOW = 1, EXIT_USAGE = 2, EXIT_LEXICON = 3, EXIT_IO = 4 };
enum { MAXTOK = 4096, MAXTEXT = 65536 };

typedef struct stats {
	long tokens, correct;
	long confusion[DYAD_POS_COUNT][DYAD_POS_COUNT];
} stats;

typedef struct sent {
	char text[MAXTEXT];
	size_t len;
	dyad_token toks[MAXTOK];
	uint8_t gold[MAXTOK]; /* DYAD_POS_NONE: a leaf we cannot score */
	size_t n;
} sent;

static void usage(FILE *f)
{
	fputs("usage: dyad_tagacc [--min PCT] [--verbose] [--repeat N] FILE.xml...\n"
	      "Tag the leaves of each <Parse> tree and compare with their tags.\n"
	      "  --min PCT   exit 1 if the total accuracy is below PCT\n"
	      "  --verbose   print each sentence with its errors (word/gold/ours)\n"
	      "  --repeat N  tag everything N times and report tokens/s on stderr\n"
	      "Example: dyad_tagacc --min 95 GigaWord.sample.PETR.xml\n", f);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b;
	long sz;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    !(b = malloc((size_t)sz + 1))) {
		fclose(f);
		return NULL;
	}
	if (fread(b, 1, (size_t)sz, f) != (size_t)sz) {
		free(b);
		fclose(f);
		return NULL;
	}
	fclose(f);
	b[sz] = '\0';
	*len = (size_t)sz;
	return b;
}

/* Blank out XML comments: they quote bits of trees. */
static void strip_comments(char *b)
{
	char *p = b, *e;
	while ((p = strstr(p, "<!--")) != NULL) {
		if (!(e = strstr(p + 4, "-->")))
			e = p + strlen(p) - 3;
		memset(p, ' ', (size_t)(e + 3 - p));
		p = e + 3;
	}
}

/* Undo Treebank bracket escapes and XML entities into out (NUL-terminated). */
static size_t unescape(char *out, const char *w, size_t len)
{
	static const char *const br[][2] = { { "-LRB-", "(" }, { "-RRB-", ")" },
		{ "-LCB-", "{" }, { "-RCB-", "}" }, { "-LSB-", "[" }, { "-RSB-", "]" } };
	static const char *const ent[][2] = { { "&amp;", "&" }, { "&lt;", "<" },
		{ "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" } };
	size_t i, o = 0, k;
	for (k = 0; k < 6; k++)
		if (len == 5 && memcmp(w, br[k][0], 5) == 0) {
			strcpy(out, br[k][1]);
			return 1;
		}
	for (i = 0; i < len;) {
		for (k = 0; k < 5; k++) {
			size_t el = strlen(ent[k][0]);
			if (i + el <= len && memcmp(w + i, ent[k][0], el) == 0) {
				out[o++] = ent[k][1][0];
				i += el;
				break;
			}
		}
		if (k == 5)
			out[o++] = w[i++];
	}
	out[o] = '\0';
	return o;
}

/* Leaves (TAG word) of the tree in p[0..end) into s. */
static void leaves(sent *s, const char *p, const char *end)
{
	s->n = 0;
	s->len = 0;
	while (p < end && s->n < MAXTOK) {
		const char *tag, *w;
		size_t tl, wl;
		char tagz[32], wbuf[256];
		dyad_pos gold;
		dyad_token *t;
		if (*p++ != '(')
			continue;
		for (tag = p; p < end && *p != ' ' && *p != '\n' && *p != '(' && *p != ')'; p++)
			;
		tl = (size_t)(p - tag);
		while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
			p++;
		if (p >= end || *p == '(' || tl == 0 || tl >= sizeof tagz)
			continue;
		for (w = p; p < end && *p != ')' && *p != ' ' && *p != '\n'; p++)
			;
		wl = (size_t)(p - w);
		if (p >= end || *p != ')' || wl == 0 || wl >= sizeof wbuf)
			continue;
		memcpy(tagz, tag, tl);
		tagz[tl] = '\0';
		wl = unescape(wbuf, w, wl);
		if (s->len + wl + 2 >= MAXTEXT)
			break;
		if (dyad_pos_parse(&gold, tagz) != 0)
			gold = DYAD_POS_NONE;
		t = &s->toks[s->n];
		memset(t, 0, sizeof *t);
		t->off = (uint32_t)s->len;
		t->len = (uint32_t)wl;
		t->chunk = -1;
		t->flags = s->n == 0 ? DYAD_TOKF_SENT_START : DYAD_TOKF_SPACE_BEFORE;
		memcpy(s->text + s->len, wbuf, wl);
		s->len += wl;
		s->text[s->len++] = ' ';
		s->gold[s->n++] = (uint8_t)gold;
	}
	s->text[s->len] = '\0';
}

static int tag_file(stats *st, sent *s, dyad_ctx *ctx, const dyad_lexicon *lex,
	dyad_arena *arena, const char *path, int verbose, long repeat, double *secs, long *ntok)
{
	size_t len, i;
	char *b = slurp(path, &len), *p;
	stats fs;
	long r;

	if (!b) {
		fprintf(stderr, "dyad_tagacc: %s: cannot read\n", path);
		return EXIT_IO;
	}
	memset(&fs, 0, sizeof fs);
	strip_comments(b);
	for (p = b; (p = strstr(p, "<Parse>")) != NULL;) {
		char *e = strstr(p, "</Parse>");
		int bad = 0;
		if (!e)
			break;
		leaves(s, p + 7, e);
		p = e + 8;
		for (r = 0; r < repeat; r++) {
			clock_t t0 = clock();
			dyad_arena_reset(arena);
			if (dyad_tagger_tag(ctx, lex, arena, s->text, s->toks, s->n) != 0) {
				fprintf(stderr, "dyad_tagacc: %s: %s\n", path, dyad_ctx_error(ctx));
				free(b);
				return EXIT_IO;
			}
			*secs += (double)(clock() - t0) / CLOCKS_PER_SEC;
			*ntok += (long)s->n;
		}
		for (i = 0; i < s->n; i++) {
			if (s->gold[i] == DYAD_POS_NONE)
				continue;
			fs.tokens++;
			if (s->gold[i] == s->toks[i].tag)
				fs.correct++;
			else
				bad = 1;
			fs.confusion[s->gold[i]][s->toks[i].tag]++;
		}
		if (verbose && bad) {
			for (i = 0; i < s->n; i++) {
				const dyad_token *t = &s->toks[i];
				if (s->gold[i] == t->tag || s->gold[i] == DYAD_POS_NONE)
					printf("%.*s ", (int)t->len, s->text + t->off);
				else
					printf("[%.*s/%s/%s] ", (int)t->len, s->text + t->off,
						dyad_pos_name((dyad_pos)s->gold[i]),
						dyad_pos_name((dyad_pos)t->tag));
			}
			printf("\n\n");
		}
	}
	free(b);
	printf("%s: tokens %ld, correct %ld, accuracy %.2f%%\n", path, fs.tokens, fs.correct,
		fs.tokens ? 100.0 * fs.correct / fs.tokens : 0.0);
	st->tokens += fs.tokens;
	st->correct += fs.correct;
	for (i = 0; i < DYAD_POS_COUNT * DYAD_POS_COUNT; i++)
		st->confusion[i / DYAD_POS_COUNT][i % DYAD_POS_COUNT] +=
			fs.confusion[i / DYAD_POS_COUNT][i % DYAD_POS_COUNT];
	return 0;
}

static void print_confusions(const stats *st)
{
	int shown, g, o;
	long last = -1;
	printf("top confusions (gold -> ours):\n");
	for (shown = 0; shown < 15; shown++) {
		long best = 0;
		int bg = 0, bo = 0;
		/* Selection by (count, position) below the last one printed. */
		for (g = 0; g < DYAD_POS_COUNT; g++)
			for (o = 0; o < DYAD_POS_COUNT; o++) {
				long c = st->confusion[g][o];
				int idx = g * DYAD_POS_COUNT + o;
				if (g == o || c == 0)
					continue;
				if (last >= 0 && (c > st->confusion[last / DYAD_POS_COUNT][last %
					DYAD_POS_COUNT] || (c == st->confusion[last / DYAD_POS_COUNT]
					[last % DYAD_POS_COUNT] && idx <= last)))
					continue;
				if (c > best)
					best = c, bg = g, bo = o;
			}
		if (!best)
			break;
		printf("  %-6s -> %-6s %ld\n", dyad_pos_name((dyad_pos)bg),
			dyad_pos_name((dyad_pos)bo), best);
		last = bg * DYAD_POS_COUNT + bo;
	}
}

int main(int argc, char **argv)
{
	double min = -1, secs = 0;
	long repeat = 1, ntok = 0;
	int verbose = 0, i, rc = 0, nfiles = 0;
	dyad_ctx *ctx = NULL;
	dyad_lexicon *lex = NULL;
	dyad_arena *arena = NULL;
	stats *st = calloc(1, sizeof *st);
	sent *s = malloc(sizeof *s);

	if (!st || !s)
		return EXIT_IO;
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		char *end;
		if (strcmp(argv[i], "--help") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(argv[i], "--verbose") == 0) {
			verbose = 1;
		} else if (strcmp(argv[i], "--min") == 0 && i + 1 < argc) {
			min = strtod(argv[++i], &end);
			if (*end)
				goto bad;
		} else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
			repeat = strtol(argv[++i], &end, 10);
			if (*end || repeat < 1)
				goto bad;
		} else {
			goto bad;
		}
	}
	if (i == argc)
		goto bad;
	if (dyad_ctx_new(&ctx, NULL) != 0 || dyad_arena_new(&arena, ctx) != 0)
		return EXIT_IO;
	if (dyad_lexicon_load(&lex, ctx, NULL) != 0) {
		fprintf(stderr, "dyad_tagacc: %s\n", dyad_ctx_error(ctx));
		rc = EXIT_LEXICON;
		goto out;
	}
	for (; i < argc; i++, nfiles++)
		if ((rc = tag_file(st, s, ctx, lex, arena, argv[i], verbose, repeat, &secs,
			     &ntok)) != 0)
			goto out;
	if (nfiles > 1)
		printf("total: tokens %ld, correct %ld, accuracy %.2f%%\n", st->tokens, st->correct,
			st->tokens ? 100.0 * st->correct / st->tokens : 0.0);
	print_confusions(st);
	if (repeat > 1 && secs > 0)
		fprintf(stderr, "dyad_tagacc: %ld tokens in %.3f s: %.0f tokens/s\n", ntok, secs,
			ntok / secs);
	if (min >= 0 && (st->tokens == 0 || 100.0 * st->correct / st->tokens < min)) {
		fprintf(stderr, "dyad_tagacc: accuracy below %.2f%%\n", min);
		rc = EXIT_BELOW;
	}
out:
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	free(st);
	free(s);
	return rc;
bad:
	usage(stderr);
	free(st);
	free(s);
	return EXIT_USAGE;
}
