/*
 * Unit tests for the chunker and clause finder (src/lang/chunk.c,
 * clause.c). Sentences are tagged by hand ("Russia/NNP 's/POS …") and
 * built into a dyad_doc_text here, so nothing from the text or tagger stages
 * is needed. Results are rendered as "[NP …] [VP …] ." (punctuation bare),
 * with clauses as "{TYPE … }" when asked, and compared as strings; every run
 * also checks the structural invariants (coverage, token→chunk, nesting).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/chunk.h"
#include "dyad/tagger.h"

/* Penn names in dyad_pos order: the test's own table, so that it does not
 * depend on the tagger's code. */
static const char *const tag_names[] = { "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR",
	"JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
	"RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
	"WRB", ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "$", "#" };
_Static_assert(sizeof tag_names / sizeof tag_names[0] == DYAD_POS_COUNT, "tag table");

#define MAX_TOKS 512
#define MAX_SENTS 16

typedef struct fixture {
	dyad_ctx *ctx;
	dyad_arena *arena;
	char buf[8192];
	dyad_token toks[MAX_TOKS];
	dyad_sentence sents[MAX_SENTS];
	dyad_doc_text doc;
	dyad_doc_chunks ch;
	char out[8192];
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	assert_int_equal(dyad_ctx_new(&f->ctx, NULL), DYAD_OK);
	assert_int_equal(dyad_arena_new(&f->arena, f->ctx), DYAD_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	dyad_arena_free(f->arena);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static unsigned parse_tag(const char *name, size_t len)
{
	for (unsigned i = 1; i < DYAD_POS_COUNT; i++)
		if (strlen(tag_names[i]) == len && memcmp(tag_names[i], name, len) == 0)
			return i;
	fail_msg("unknown tag %.*s", (int)len, name);
	return 0;
}

/* Build the document: one sentence per string of "word/TAG" items. */
static void build(fixture *f, const char *const *sents, size_t ns)
{
	size_t blen = 0, nt = 0;
	dyad_arena_reset(f->arena);
	assert_true(ns <= MAX_SENTS);
	for (size_t s = 0; s < ns; s++) {
		const char *p = sents[s];
		f->sents[s].tok_begin = (uint32_t)nt;
		f->sents[s].off = (uint32_t)blen;
		f->sents[s].para = 0;
		while (*p) {
			const char *e, *slash;
			while (*p == ' ')
				p++;
			if (!*p)
				break;
			e = strchr(p, ' ');
			if (!e)
				e = p + strlen(p);
			slash = e;
			while (slash > p && slash[-1] != '/')
				slash--;
			assert_true(slash > p + 1);
			dyad_token *t = &f->toks[nt++];
			memset(t, 0, sizeof *t);
			t->off = (uint32_t)blen;
			t->len = (uint32_t)(slash - 1 - p);
			memcpy(f->buf + blen, p, t->len);
			char *low = dyad_arena_strndup(f->arena, p, t->len);
			for (char *c = low; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			t->lower = low;
			t->tag = (uint8_t)parse_tag(slash, (size_t)(e - slash));
			t->kind = t->tag == DYAD_POS_LQUOTE || t->tag == DYAD_POS_RQUOTE ? DYAD_TOK_QUOTE
				: t->tag >= DYAD_POS_PERIOD && t->tag <= DYAD_POS_RRB ? DYAD_TOK_PUNCT
				: DYAD_TOK_WORD;
			blen += t->len;
			f->buf[blen++] = ' ';
			p = e;
		}
		f->sents[s].tok_end = (uint32_t)nt;
		f->sents[s].len = (uint32_t)(blen - f->sents[s].off);
	}
	f->buf[blen] = '\0';
	memset(&f->doc, 0, sizeof f->doc);
	f->doc.text.buf = f->buf;
	f->doc.text.len = blen;
	f->doc.toks = f->toks;
	f->doc.n_toks = nt;
	f->doc.sents = f->sents;
	f->doc.n_sents = ns;
	f->doc.n_paras = 1;
}

/* Coverage, token→chunk, heads, and clause nesting as chunk.c promises. */
static void check_invariants(const fixture *f)
{
	const dyad_doc_chunks *c = &f->ch;
	assert_int_equal(c->sent_chunk[0], 0);
	assert_int_equal(c->sent_chunk[f->doc.n_sents], c->n_chunks);
	assert_int_equal(c->sent_clause[f->doc.n_sents], c->n_clauses);
	for (size_t s = 0; s < f->doc.n_sents; s++) {
		uint32_t cb = c->sent_chunk[s], ce = c->sent_chunk[s + 1];
		uint32_t lb = c->sent_clause[s], le = c->sent_clause[s + 1];
		uint32_t next = f->sents[s].tok_begin;
		for (uint32_t k = cb; k < ce; k++) {
			const dyad_chunk *ch = &c->chunks[k];
			int32_t inner = -1;
			assert_int_equal(ch->tok_begin, next);
			assert_true(ch->tok_end > ch->tok_begin);
			assert_true(ch->head >= ch->tok_begin && ch->head < ch->tok_end);
			for (uint32_t t = ch->tok_begin; t < ch->tok_end; t++)
				assert_int_equal(f->toks[t].chunk, (int32_t)k);
			next = ch->tok_end;
			for (uint32_t l = lb; l < le; l++)
				if (c->clauses[l].chunk_begin <= k && k < c->clauses[l].chunk_end)
					inner = (int32_t)l;
			assert_int_equal(ch->clause, inner);
		}
		assert_int_equal(next, f->sents[s].tok_end);
		assert_true(cb == ce ? lb == le : le > lb);
		for (uint32_t l = lb; l < le; l++) {
			const dyad_clause *cl = &c->clauses[l];
			int32_t parent = -1;
			assert_int_equal(cl->sentence, s);
			assert_true(cl->chunk_begin < cl->chunk_end);
			for (uint32_t p = lb; p < l; p++)
				if (c->clauses[p].chunk_begin <= cl->chunk_begin
					&& cl->chunk_end <= c->clauses[p].chunk_end)
					parent = (int32_t)p;
			assert_int_equal(cl->parent, parent);
			if (l == lb) {
				assert_int_equal(cl->chunk_begin, cb);
				assert_int_equal(cl->chunk_end, ce);
			}
			if (l > lb)
				assert_true(cl->chunk_begin >= c->clauses[l - 1].chunk_begin);
		}
	}
}

static void cat(fixture *f, const char *s, size_t len)
{
	size_t n = strlen(f->out);
	assert_true(n + len + 1 < sizeof f->out);
	memcpy(f->out + n, s, len);
	f->out[n + len] = '\0';
}

static void cats(fixture *f, const char *s)
{
	cat(f, s, strlen(s));
}

/* Render every sentence (" | " between), with clause braces if asked. */
static const char *render(fixture *f, int clauses)
{
	const dyad_doc_chunks *c = &f->ch;
	f->out[0] = '\0';
	for (size_t s = 0; s < f->doc.n_sents; s++) {
		uint32_t lb = c->sent_clause[s], le = c->sent_clause[s + 1];
		if (s)
			cats(f, " | ");
		for (uint32_t k = c->sent_chunk[s]; k < c->sent_chunk[s + 1]; k++) {
			const dyad_chunk *ch = &c->chunks[k];
			if (k > c->sent_chunk[s])
				cats(f, " ");
			for (uint32_t l = lb; clauses && l < le; l++)
				if (c->clauses[l].chunk_begin == k) {
					cats(f, "{");
					cats(f, dyad_clause_type_name(c->clauses[l].type));
					cats(f, " ");
				}
			if (ch->type != DYAD_CHUNK_PUNCT) {
				cats(f, "[");
				cats(f, dyad_chunk_type_name(ch->type));
			}
			for (uint32_t t = ch->tok_begin; t < ch->tok_end; t++) {
				if (ch->type != DYAD_CHUNK_PUNCT || t > ch->tok_begin)
					cats(f, " ");
				cat(f, f->buf + f->toks[t].off, f->toks[t].len);
			}
			if (ch->type != DYAD_CHUNK_PUNCT)
				cats(f, "]");
			for (uint32_t l = le; clauses && l-- > lb;)
				if (c->clauses[l].chunk_end == k + 1)
					cats(f, "}");
		}
	}
	return f->out;
}

static void run_n(fixture *f, const char *const *sents, size_t ns)
{
	build(f, sents, ns);
	assert_int_equal(dyad_chunk_doc(&f->ch, f->ctx, f->arena, &f->doc), DYAD_OK);
	check_invariants(f);
}

static const char *chunks_of(fixture *f, const char *sent)
{
	run_n(f, &sent, 1);
	return render(f, 0);
}

static const char *clauses_of(fixture *f, const char *sent)
{
	run_n(f, &sent, 1);
	return render(f, 1);
}

/* Flags of the chunk holding the first token spelled w, as words. */
static const char *flags_of(fixture *f, const char *w)
{
	static const char *const names[] = { "NEG", "PASS", "PAST", "PRES", "FUT", "MODAL",
		"PERF", "PROG", "INF", "GER", "PRON", "POSS", "PROPER" };
	for (size_t t = 0; t < f->doc.n_toks; t++) {
		if (strcmp(f->toks[t].lower, w) != 0)
			continue;
		unsigned fl = f->ch.chunks[f->toks[t].chunk].flags;
		f->out[0] = '\0';
		for (unsigned b = 0; b < 13; b++)
			if (fl & (1u << b)) {
				if (f->out[0])
					cats(f, " ");
				cats(f, names[b]);
			}
		return f->out;
	}
	fail_msg("no token %s", w);
	return "";
}

/* The head token of the chunk holding w. */
static const char *head_of(fixture *f, const char *w)
{
	for (size_t t = 0; t < f->doc.n_toks; t++)
		if (strcmp(f->toks[t].lower, w) == 0)
			return f->toks[f->ch.chunks[f->toks[t].chunk].head].lower;
	fail_msg("no token %s", w);
	return "";
}

#define F ((fixture *)*state)

static void test_lang_chunk__long_np_and_vp(void **state)
{
	assert_string_equal(chunks_of(F, "Russian/JJ Security/NNP Council/NNP chief/NN Sergei/NNP "
		"Shoigu/NNP on/IN Tuesday/NNP told/VBD Chinese/JJ Foreign/NNP Minister/NNP Wang/NNP "
		"Yi/NNP that/IN their/PRP$ two/CD countries/NNS '/POS most/RBS urgent/JJ task/NN "
		"should/MD be/VB countering/VBG Western/JJ pressure/NN ./."),
		"[NP Russian Security Council chief Sergei Shoigu] [PP on] [NP Tuesday] [VP told] "
		"[NP Chinese Foreign Minister Wang Yi] [SBAR that] [NP their two countries ' most "
		"urgent task] [VP should be countering] [NP Western pressure] .");
	assert_string_equal(head_of(F, "shoigu"), "shoigu");
	assert_string_equal(flags_of(F, "shoigu"), "PROPER");
	assert_string_equal(head_of(F, "their"), "task");
	assert_string_equal(flags_of(F, "their"), "POSS");
	assert_string_equal(flags_of(F, "should"), "MODAL PROG");
	assert_string_equal(head_of(F, "should"), "countering");
}

static void test_lang_chunk__possessive_np(void **state)
{
	assert_string_equal(chunks_of(F, "Russia/NNP 's/POS defence/NN minister/NN met/VBD "
		"his/PRP$ counterpart/NN ./."),
		"[NP Russia 's defence minister] [VP met] [NP his counterpart] .");
	assert_string_equal(flags_of(F, "russia"), "POSS");
	assert_string_equal(head_of(F, "russia"), "minister");
}

static void test_lang_chunk__numbers_and_pronouns(void **state)
{
	assert_string_equal(chunks_of(F, "They/PRP said/VBD the/DT two/CD countries/NNS "
		"pledged/VBD $/$ 200/CD million/CD in/IN 2003/CD ./."),
		"[NP They] [VP said] [NP the two countries] [VP pledged] [NP $ 200 million] [PP in] "
		"[NP 2003] .");
	assert_string_equal(flags_of(F, "they"), "PRON");
	assert_string_equal(head_of(F, "$"), "million");
	assert_string_equal(head_of(F, "the"), "countries");
}

static void test_lang_chunk__np_coordination(void **state)
{
	assert_string_equal(chunks_of(F, "Russia/NNP and/CC China/NNP as/RB well/RB as/IN "
		"Iran/NNP signed/VBD a/DT deal/NN ./."),
		"[NP Russia] [CONJ and] [NP China] [CONJ as well as] [NP Iran] [VP signed] "
		"[NP a deal] .");
}

static void test_lang_chunk__negated_perfect_passive_with_agent(void **state)
{
	assert_string_equal(chunks_of(F, "Lumen/NNP has/VBZ not/RB been/VBN attacked/VBN by/IN "
		"Verania/NNP ./."),
		"[NP Lumen] [VP has not been attacked] [PP by] [NP Verania] .");
	assert_string_equal(flags_of(F, "has"), "NEG PASS PRES PERF");
	assert_string_equal(head_of(F, "has"), "attacked");
}

static void test_lang_chunk__past_negation_and_passive(void **state)
{
	assert_string_equal(chunks_of(F, "Verania/NNP did/VBD n't/RB attack/VB ;/: Hed/NNP "
		"was/VBD attacked/VBN ./."),
		"[NP Verania] [VP did n't attack] ; [NP Hed] [VP was attacked] .");
	assert_string_equal(flags_of(F, "did"), "NEG PAST");
	assert_string_equal(flags_of(F, "was"), "PASS PAST");
}

static void test_lang_chunk__future_and_modal(void **state)
{
	assert_string_equal(chunks_of(F, "Korsak/NNP will/MD meet/VB Hed/NNP ,/, who/WP "
		"is/VBZ going/VBG to/TO visit/VB Lumen/NNP and/CC could/MD never/RB attack/VB ./."),
		"[NP Korsak] [VP will meet] [NP Hed] , [SBAR who] [VP is going to visit] [NP Lumen] "
		"[CONJ and] [VP could never attack] .");
	assert_string_equal(flags_of(F, "will"), "FUT");
	assert_string_equal(flags_of(F, "is"), "FUT");
	assert_string_equal(head_of(F, "is"), "visit");
	assert_string_equal(flags_of(F, "could"), "NEG MODAL");
}

static void test_lang_chunk__infinitive_and_progressive(void **state)
{
	assert_string_equal(chunks_of(F, "Verania/NNP is/VBZ seeking/VBG to/TO deepen/VB "
		"ties/NNS and/CC has/VBZ to/TO act/VB ./."),
		"[NP Verania] [VP is seeking] [VP to deepen] [NP ties] [CONJ and] [VP has to act] .");
	assert_string_equal(flags_of(F, "is"), "PRES PROG");
	assert_string_equal(flags_of(F, "deepen"), "INF");
	assert_string_equal(flags_of(F, "has"), "PRES MODAL");
}

static void test_lang_chunk__particle_verb(void **state)
{
	assert_string_equal(chunks_of(F, "The/DT rebels/NNS carried/VBD out/RP an/DT "
		"attack/NN ./."),
		"[NP The rebels] [VP carried] [PRT out] [NP an attack] .");
}

static void test_lang_chunk__copula(void **state)
{
	assert_string_equal(chunks_of(F, "Verania/NNP is/VBZ ready/JJ but/CC Hed/NNP "
		"is/VBZ not/RB very/RB happy/JJ ./."),
		"[NP Verania] [VP is] [ADJP ready] [CONJ but] [NP Hed] [VP is not] "
		"[ADJP very happy] .");
	assert_string_equal(flags_of(F, "is"), "PRES");
	assert_string_equal(flags_of(F, "not"), "NEG PRES");
}

static void test_lang_chunk__participles_as_modifiers(void **state)
{
	assert_string_equal(chunks_of(F, "The/DT proposed/VBN plan/NN angered/VBD the/DT "
		"soldiers/NNS killed/VBN in/IN the/DT attack/NN ./."),
		"[NP The proposed plan] [VP angered] [NP the soldiers] [VP killed] [PP in] "
		"[NP the attack] .");
	assert_string_equal(flags_of(F, "killed"), "PASS");
}

static void test_lang_chunk__prepositions_and_subordinators(void **state)
{
	assert_string_equal(chunks_of(F, "According/VBG to/TO police/NNS ,/, Hed/NNP left/VBD "
		"because/IN of/IN the/DT attack/NN after/IN crowds/NNS trashed/VBD its/PRP$ "
		"embassy/NN after/IN the/DT vote/NN ./."),
		"[PP According to] [NP police] , [NP Hed] [VP left] [PP because of] [NP the attack] "
		"[SBAR after] [NP crowds] [VP trashed] [NP its embassy] [PP after] [NP the vote] .");
}

static void test_lang_chunk__appositive(void **state)
{
	assert_string_equal(clauses_of(F, "Shoigu/NNP ,/, the/DT Security/NNP Council/NNP "
		"chief/NN ,/, met/VBD Wang/NNP ./."),
		"{MAIN [NP Shoigu] , [NP the Security Council chief] , [VP met] [NP Wang] .}");
}

static void test_lang_chunk__relative_clause(void **state)
{
	assert_string_equal(clauses_of(F, "The/DT minister/NN ,/, who/WP met/VBD Hed/NNP "
		"on/IN Monday/NNP ,/, attacked/VBD the/DT plan/NN ./."),
		"{MAIN [NP The minister] , {REL [SBAR who] [VP met] [NP Hed] [PP on] [NP Monday]} , "
		"[VP attacked] [NP the plan] .}");
	assert_string_equal(clauses_of(F, "The/DT weapons/NNS which/WDT Russia/NNP "
		"supplied/VBD were/VBD used/VBN ./."),
		"{MAIN [NP The weapons] {REL [SBAR which] [NP Russia] [VP supplied]} "
		"[VP were used] .}");
	assert_string_equal(clauses_of(F, "The/DT man/NN who/WP met/VBD Hed/NNP "
		"left/VBD ./."),
		"{MAIN [NP The man] {REL [SBAR who] [VP met] [NP Hed]} [VP left] .}");
}

static void test_lang_chunk__said_that(void **state)
{
	assert_string_equal(clauses_of(F, "Korsak/NNP said/VBD on/IN Tuesday/NNP that/IN "
		"Verania/NNP was/VBD ready/JJ ./."),
		"{REPORT [NP Korsak] [VP said] [PP on] [NP Tuesday] {SUB [SBAR that] [NP Verania] "
		"[VP was] [ADJP ready] .}}");
	assert_string_equal(clauses_of(F, "Korsak/NNP told/VBD Hed/NNP that/IN Verania/NNP "
		"would/MD attack/VB ./."),
		"{REPORT [NP Korsak] [VP told] [NP Hed] {SUB [SBAR that] [NP Verania] "
		"[VP would attack] .}}");
}

static void test_lang_chunk__said_bare_clause(void **state)
{
	assert_string_equal(clauses_of(F, "Korsak/NNP said/VBD Verania/NNP was/VBD "
		"ready/JJ ./."),
		"{REPORT [NP Korsak] [VP said] {MAIN [NP Verania] [VP was] [ADJP ready] .}}");
}

static void test_lang_chunk__quote_then_attribution(void **state)
{
	assert_string_equal(clauses_of(F, "``/`` Verania/NNP is/VBZ ready/JJ ,/, ''/'' "
		"Korsak/NNP said/VBD ./."),
		"{REPORT {MAIN `` [NP Verania] [VP is] [ADJP ready] , ''} [NP Korsak] [VP said] .}");
	assert_string_equal(clauses_of(F, "Verania/NNP attacked/VBD Lumen/NNP ,/, said/VBD "
		"Korsak/NNP on/IN Tuesday/NNP ./."),
		"{REPORT {MAIN [NP Verania] [VP attacked] [NP Lumen] ,} [VP said] [NP Korsak] "
		"[PP on] [NP Tuesday] .}");
	assert_string_equal(clauses_of(F, "Hed/NNP fled/VBD ,/, according/VBG to/TO "
		"police/NNS ./."),
		"{REPORT {MAIN [NP Hed] [VP fled] ,} [PP according to] [NP police] .}");
}

static void test_lang_chunk__split_quotation(void **state)
{
	assert_string_equal(clauses_of(F, "``/`` We/PRP are/VBP ready/JJ ,/, ''/'' he/PRP "
		"said/VBD ,/, ``/`` to/TO talk/VB ./. ''/''"),
		"{REPORT {MAIN `` [NP We] [VP are] [ADJP ready] , ''} [NP he] [VP said] , "
		"{MAIN `` [VP to talk] . ''}}");
}

static void test_lang_chunk__attribution_then_quote(void **state)
{
	assert_string_equal(clauses_of(F, "Korsak/NNP said/VBD :/: ``/`` We/PRP are/VBP "
		"ready/JJ ./. ''/'' Hed/NNP left/VBD"),
		"{REPORT [NP Korsak] [VP said] : {MAIN `` [NP We] [VP are] [ADJP ready] . ''} "
		"[NP Hed] [VP left]}");
}

static void test_lang_chunk__participial_opener(void **state)
{
	assert_string_equal(clauses_of(F, "Speaking/VBG to/TO Hed/NNP in/IN Lumen/NNP ,/, "
		"Korsak/NNP said/VBD Verania/NNP was/VBD ready/JJ ./."),
		"{REPORT {PART [VP Speaking] [PP to] [NP Hed] [PP in] [NP Lumen]} , [NP Korsak] "
		"[VP said] {MAIN [NP Verania] [VP was] [ADJP ready] .}}");
	assert_string_equal(flags_of(F, "speaking"), "GER");
	assert_string_equal(clauses_of(F, "After/IN meeting/VBG Hed/NNP ,/, Korsak/NNP "
		"left/VBD ,/, killing/VBG time/NN ./."),
		"{MAIN {PART [PP After] [VP meeting] [NP Hed]} , [NP Korsak] [VP left] , "
		"{PART [VP killing] [NP time] .}}");
	/* a gerund subject is no opener */
	assert_string_equal(clauses_of(F, "Attacking/VBG civilians/NNS is/VBZ a/DT crime/NN ./."),
		"{MAIN [VP Attacking] [NP civilians] [VP is] [NP a crime] .}");
}

static void test_lang_chunk__adverbial_clause_ends_at_comma(void **state)
{
	assert_string_equal(clauses_of(F, "Although/IN Verania/NNP attacked/VBD Lumen/NNP ,/, "
		"Hed/NNP stayed/VBD calm/JJ ./."),
		"{MAIN {SUB [SBAR Although] [NP Verania] [VP attacked] [NP Lumen]} , [NP Hed] "
		"[VP stayed] [ADJP calm] .}");
}

static void test_lang_chunk__np_boundaries(void **state)
{
	/* an adverb after a noun starts a new NP; a gerund after a determiner
	 * heads its NP; "that" tagged DT before a clause is a complementiser */
	assert_string_equal(chunks_of(F, "Arnor/NNP restored/VBD ties/NNS with/IN Gondor/NNP "
		"almost/RB five/CD years/NNS after/IN the/DT reopening/VBG of/IN talks/NNS ./."),
		"[NP Arnor] [VP restored] [NP ties] [PP with] [NP Gondor] [NP almost five years] "
		"[PP after] [NP the reopening] [PP of] [NP talks] .");
	assert_string_equal(head_of(F, "the"), "reopening");
	assert_string_equal(chunks_of(F, "Hed/NNP said/VBD that/DT Lumen/NNP cannot/MD "
		"win/VB ./."),
		"[NP Hed] [VP said] [SBAR that] [NP Lumen] [VP cannot win] .");
	assert_string_equal(flags_of(F, "cannot"), "NEG MODAL");
}

static void test_lang_chunk__attribution_with_modifiers(void **state)
{
	assert_string_equal(clauses_of(F, "Hed/NNP fled/VBD ,/, one/CD of/IN the/DT "
		"girls/NNS said/VBD ./."),
		"{REPORT {MAIN [NP Hed] [VP fled] ,} [NP one] [PP of] [NP the girls] [VP said] .}");
	assert_string_equal(clauses_of(F, "``/`` We/PRP will/MD win/VB ,/, ''/'' Korsak/NNP ,/, "
		"the/DT minister/NN ,/, told/VBD reporters/NNS in/IN Lumen/NNP ./."),
		"{REPORT {MAIN `` [NP We] [VP will win] , ''} [NP Korsak] , [NP the minister] , "
		"[VP told] [NP reporters] [PP in] [NP Lumen] .}");
	/* no content before the comma: not an attribution */
	assert_string_equal(clauses_of(F, "In/IN Lumen/NNP ,/, Korsak/NNP said/VBD ./."),
		"{MAIN [PP In] [NP Lumen] , [NP Korsak] [VP said] .}");
}

static void test_lang_chunk__empty_and_punctuation_only(void **state)
{
	const char *sents[] = { "", "!/. ?/.", "Hed/NNP left/VBD" };
	run_n(F, sents, 3);
	assert_string_equal(render(F, 1), " | {MAIN ! ?} | {MAIN [NP Hed] [VP left]}");
	assert_int_equal(F->ch.sent_chunk[0], F->ch.sent_chunk[1]);
	assert_int_equal(F->ch.sent_clause[0], F->ch.sent_clause[1]);
	/* indices are document-wide */
	assert_int_equal(F->toks[2].chunk, 2);
	assert_int_equal(F->ch.chunks[2].clause, 1);
	assert_int_equal(F->ch.clauses[1].sentence, 2);
}

static void test_lang_chunk__empty_document(void **state)
{
	run_n(F, NULL, 0);
	assert_int_equal(F->ch.n_chunks, 0);
	assert_int_equal(F->ch.n_clauses, 0);
}

static void test_lang_chunk__type_names(void **state)
{
	(void)state;
	assert_string_equal(dyad_chunk_type_name(DYAD_CHUNK_NP), "NP");
	assert_string_equal(dyad_chunk_type_name(DYAD_CHUNK_O), "O");
	assert_string_equal(dyad_chunk_type_name((dyad_chunk_type)99), "?");
	assert_string_equal(dyad_clause_type_name(DYAD_CLAUSE_MAIN), "MAIN");
	assert_string_equal(dyad_clause_type_name(DYAD_CLAUSE_SUBORDINATE), "SUB");
	assert_string_equal(dyad_clause_type_name(DYAD_CLAUSE_RELATIVE), "REL");
	assert_string_equal(dyad_clause_type_name(DYAD_CLAUSE_REPORTING), "REPORT");
	assert_string_equal(dyad_clause_type_name(DYAD_CLAUSE_PARTICIPIAL), "PART");
}

/* Allocator that fails every allocation from the Nth on. */
typedef struct budget {
	int left;
} budget;

static void *tight_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	budget *b = ud;
	(void)osize;
	if (nsize == 0) {
		free(ptr);
		return NULL;
	}
	if (b->left <= 0)
		return NULL;
	b->left--;
	return realloc(ptr, nsize);
}

static void test_lang_chunk__out_of_memory_is_clean(void **state)
{
	const char *sent = "Korsak/NNP said/VBD that/IN the/DT minister/NN ,/, who/WP "
		"met/VBD Hed/NNP ,/, was/VBD ready/JJ ./.";
	int ok = 0;
	build(F, &sent, 1);
	for (int n = 0; n < 64 && !ok; n++) {
		budget b = { n };
		dyad_ctx_options o = DYAD_CTX_OPTIONS_INIT;
		dyad_ctx *ctx;
		dyad_arena *a;
		dyad_doc_chunks out;
		o.alloc = tight_alloc;
		o.alloc_ud = &b;
		b.left = 1000;
		assert_int_equal(dyad_ctx_new(&ctx, &o), DYAD_OK);
		assert_int_equal(dyad_arena_new(&a, ctx), DYAD_OK);
		b.left = n;
		int rc = dyad_chunk_doc(&out, ctx, a, &F->doc);
		if (rc == DYAD_OK) {
			ok = 1;
			assert_int_equal(out.n_clauses, 3);
		} else {
			assert_int_equal(rc, DYAD_ENOMEM);
			assert_int_equal(dyad_ctx_status(ctx), DYAD_ENOMEM);
			assert_null(out.chunks);
		}
		dyad_arena_free(a);
		dyad_ctx_free(ctx);
	}
	assert_true(ok);
}

#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_lang_chunk__long_np_and_vp),
		T(test_lang_chunk__possessive_np),
		T(test_lang_chunk__numbers_and_pronouns),
		T(test_lang_chunk__np_coordination),
		T(test_lang_chunk__negated_perfect_passive_with_agent),
		T(test_lang_chunk__past_negation_and_passive),
		T(test_lang_chunk__future_and_modal),
		T(test_lang_chunk__infinitive_and_progressive),
		T(test_lang_chunk__particle_verb),
		T(test_lang_chunk__copula),
		T(test_lang_chunk__participles_as_modifiers),
		T(test_lang_chunk__prepositions_and_subordinators),
		T(test_lang_chunk__appositive),
		T(test_lang_chunk__relative_clause),
		T(test_lang_chunk__said_that),
		T(test_lang_chunk__said_bare_clause),
		T(test_lang_chunk__quote_then_attribution),
		T(test_lang_chunk__split_quotation),
		T(test_lang_chunk__attribution_then_quote),
		T(test_lang_chunk__participial_opener),
		T(test_lang_chunk__adverbial_clause_ends_at_comma),
		T(test_lang_chunk__np_boundaries),
		T(test_lang_chunk__attribution_with_modifiers),
		T(test_lang_chunk__empty_and_punctuation_only),
		T(test_lang_chunk__empty_document),
		T(test_lang_chunk__type_names),
		T(test_lang_chunk__out_of_memory_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
