/*
 * Unit tests for quotes and speakers (src/doc/quotes.c) over news-style
 * snippets run through the whole front end (normalise … chunk). Each
 * statement is rendered as "D|I speaker / verb / addressee : quote" (with
 * "^k" when it continues statement k), and a story's statements are
 * compared line by line. Skips (77) when the lexicon data is missing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/lexicon.h"
#include "dyad/pipeline.h"
#include "dyad/quotes.h"

static dyad_ctx *ctx;
static dyad_arena *arena;
static dyad_lexicon *lex;
static dyad_analysis an;
static dyad_quote *qs;
static size_t nq;
static char out[8192];

static void span(char *b, size_t cap, const uint32_t r[2])
{
	size_t k = 0;
	b[0] = 0;
	if (r[1] <= r[0])
		return;
	{
		const dyad_token *s = &an.doc.toks[r[0]], *e = &an.doc.toks[r[1] - 1];
		for (size_t i = s->off; i < e->off + e->len && k + 1 < cap; i++)
			b[k++] = an.doc.text.buf[i] == '\n' ? ' ' : an.doc.text.buf[i];
		b[k] = 0;
	}
}

/* Run text and render its statements, one per line. */
static const char *run(const char *text)
{
	size_t k = 0;
	dyad_arena_reset(arena);
	assert_int_equal(dyad_pipeline_run(&an, ctx, lex, arena, text, strlen(text),
		DYAD_STAGE_CHUNK), DYAD_OK);
	assert_int_equal(dyad_quotes_find(&qs, &nq, ctx, arena, &an), DYAD_OK);
	out[0] = 0;
	for (size_t i = 0; i < nq; i++) {
		char s[256], v[128], a[128], q[1024];
		span(s, sizeof s, qs[i].speaker_tok);
		span(v, sizeof v, qs[i].verb_tok);
		span(a, sizeof a, qs[i].addressee_tok);
		span(q, sizeof q, qs[i].quote_tok);
		if (qs[i].continues >= 0)
			k += (size_t)snprintf(out + k, sizeof out - k, "%s^%d %s : %s\n",
				qs[i].direct ? "D" : "I", qs[i].continues, s, q);
		else
			k += (size_t)snprintf(out + k, sizeof out - k, "%s %s / %s / %s : %s\n",
				qs[i].direct ? "D" : "I", s, v, a, q);
		assert_true(k < sizeof out);
	}
	return out;
}

/* Only the direct ones. */
static const char *run_direct(const char *text)
{
	char all[8192];
	const char *p;
	size_t k = 0;
	snprintf(all, sizeof all, "%s", run(text));
	out[0] = 0;
	for (p = all; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
		if (p[0] == 'D') {
			memcpy(out + k, p, len);
			k += len;
		}
		p += len;
	}
	out[k] = 0;
	return out;
}

static void attribution_after(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"There is no reason for delay,\" one official at a U.S. bank said. "
		"\"The recent remark has cast a shadow on the agreement,\" said Koji Kidokoro, "
		"general manager of Mitsui Bank's treasury division. "
		"\"We have waited long enough,\" she added. "
		"\u201cWe will not be rushed,\u201d Korsak told Hed."),
		"D one official at a U.S. bank / said /  : There is no reason for delay\n"
		"D Koji Kidokoro / said /  : The recent remark has cast a shadow on the agreement\n"
		"D she / added /  : We have waited long enough\n"
		"D Korsak / told / Hed : We will not be rushed\n");
}

static void attribution_before(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Russian Foreign Minister Sergei Lavrov said: \"We are ready to talk.\" "
		"Her coach Aston Moore told the Times: \u201cWe're not looking at 2006.\u201d "
		"Ronald Tappmeyer, president of the association, said, \"Only a fee can protect us.\""),
		"D Russian Foreign Minister Sergei Lavrov / said /  : We are ready to talk.\n"
		"D Her coach Aston Moore / told / the Times : We're not looking at 2006.\n"
		"D Ronald Tappmeyer / said /  : Only a fee can protect us.\n");
}

/* A short partial quote with a verb inside a reported clause is its
 * speaker's statement; the reported clause around it is not repeated. */
static void partial_quote(void **st)
{
	(void)st;
	assert_string_equal(run(
		"Veranian Foreign Minister Alina Korsak on Tuesday told her Ostrian counterpart "
		"Tomas Hed that the two countries \"must not let the border dispute define us\"."),
		"D Veranian Foreign Minister Alina Korsak / told / her Ostrian counterpart Tomas Hed : "
		"must not let the border dispute define us\n");
	assert_string_equal(run_direct(
		"He said the overall reform would give the French markets a \"dynamic and "
		"efficient organisation.\""),
		"D He / said /  : dynamic and efficient organisation.\n");
}

static void multi_sentence_and_paragraph(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"In China the political system dictates economic policy,\" he said. \"The large "
		"deficit gives the conservatives a stick.\n\n"
		"\"One of China's top policy makers told me 1987 will be a year of consolidation.\"\n\n"
		"\"Once you have paid, you can come and go. We expect customers to be mobile,\" said "
		"spokesperson Belinda Henderson. \"It's like going to a concert hall.\" The company hopes "
		"to learn more."),
		"D he / said /  : In China the political system dictates economic policy\n"
		"D^0 he : The large deficit gives the conservatives a stick.  \"One of China's top "
		"policy makers told me 1987 will be a year of consolidation.\n"
		"D spokesperson Belinda Henderson / said /  : Once you have paid, you can come and go. "
		"We expect customers to be mobile\n"
		"D^2 spokesperson Belinda Henderson : It's like going to a concert hall.\n");
}

static void according_and_quoted(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"The border will stay closed,\" according to a statement from the ministry. "
		"\"It is over,\" as quoted by the agency. "
		"The agency quoted Lavrov as saying: \"We are ready.\" "
		"Lavrov was quoted as saying: \"We are not ready.\" "
		"Tehran Radio quoted spokesman Ali Rafsanjani telling a delegation, \"We are strong.\""),
		"D the ministry / according to /  : The border will stay closed\n"
		"D the agency / as quoted by /  : It is over\n"
		"D Lavrov / quoted Lavrov as saying /  : We are ready.\n"
		"D Lavrov / was quoted as saying /  : We are not ready.\n"
		"D spokesman Ali Rafsanjani / quoted spokesman Ali Rafsanjani telling / a delegation : "
		"We are strong.\n");
}

static void attribution_next_sentence(void **st)
{
	(void)st;
	/* at a paragraph's start nothing precedes it: the next sentence names the speaker */
	assert_string_equal(run_direct(
		"The talks ended.\n\n\"We will never give up our claim.\" Prime Minister Jan Vos said "
		"this on Tuesday."),
		"D Prime Minister Jan Vos / said /  : We will never give up our claim.\n");
}

static void indirect_speech(void **st)
{
	(void)st;
	assert_string_equal(run(
		"Speaking to Hed in Lumen, Korsak said Verania was ready to reopen the crossing. "
		"Ostria's defence ministry denied that it was massing troops, a statement said. "
		"Officials told reporters the plan was dead. "
		"According to the ministry, the troops withdrew on Monday. "
		"Lavrov was quoted by Interfax as saying the talks had failed."),
		"I Korsak / said /  : Verania was ready to reopen the crossing\n"
		"I a statement / said /  : Ostria's defence ministry denied that it was massing troops\n"
		"I Ostria's defence ministry / denied /  : it was massing troops\n"
		"I Officials / told / reporters : the plan was dead\n"
		"I the ministry / According to /  : the troops withdrew on Monday\n"
		"I Lavrov / was quoted by Interfax as saying /  : the talks had failed\n");
}

/* "…," the statement read: "read" attributes a document's words only. */
static void document_reads(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"The army will withdraw by Friday,\" a statement from the defence ministry on "
		"Saturday read. The letter read: \"We demand a ceasefire.\" "
		"He read the report twice. \"It is over,\" he said."),
		"D the defence ministry / read /  : The army will withdraw by Friday\n"
		"D The letter / read /  : We demand a ceasefire.\n"
		"D he / said /  : It is over\n");
}

/* "X, in a statement, called on": the participle-tagged verb after an
 * inserted phrase is the main verb; a participle inside the insertion
 * ("The convoy, attacked near the border, was") is not. */
static void verb_after_insertion(void **st)
{
	(void)st;
	assert_string_equal(run(
		"The minister, in an interview with state television, called the talks "
		"\"a waste of time\". The envoy, in a statement, denied that troops had crossed. "
		"The convoy, attacked near the border, was carrying \"supplies\"."),
		"D The minister / called /  : a waste of time\n"
		"I The envoy / denied /  : troops had crossed\n");
}

/* Reported speech after adjuncts ("said at a briefing … that"), not a
 * relative "that"; a participle modifying the clause's subject. */
static void indirect_after_adjuncts(void **st)
{
	(void)st;
	assert_string_equal(run(
		"The spokesman said at a briefing with journalists late on Wednesday that the "
		"talks would resume soon. "
		"Korsak said the ultimatum issued against the junta is not a personal decision. "
		"Hed spoke at a rally in the city that the army had built."),
		"I The spokesman / said /  : the talks would resume soon\n"
		"I Korsak / said /  : the ultimatum issued against the junta is not a personal "
		"decision\n");
}

static void coordination_and_apposition(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Leveque said he had not offered any advice, but added: \"The yen is not stable.\" "
		"The Conseil Superieur (CSA), the French broadcasting regulator, said: \"Sales "
		"are rising.\" Korsak, who met Hed on Tuesday, said: \"It went well.\" "
		"An EC negotiator taking part in the talks said: \"We wanted the clause.\""),
		"D Leveque / added /  : The yen is not stable.\n"
		"D The Conseil Superieur / said /  : Sales are rising.\n"
		"D Korsak / said /  : It went well.\n"
		"D An EC negotiator / said /  : We wanted the clause.\n");
}

/* Scare quotes: 1-3 quoted words with no verb and no attribution beside
 * them are not statements; a short quote with its attribution is. */
static void scare_quotes(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Beijing is countering 'containment' by the United States. "
		"The so-called \"Third Country Meat Directive\" takes effect in April. "
		"Poehl wants Washington to stop \"talking down\" the dollar. "
		"It grew in the \"Big Bang,\" Hauck said. "
		"\"Never,\" he said."),
		"D he / said /  : Never\n");
}

/* A short quoted fragment inside the clause a verb of saying reports is
 * the speaker's word: a partial quote of theirs. */
static void fragment_in_reported_clause(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Taiwan said four \"formations\" of ships were patrolling the island. "
		"Kanaani said Iran would use its \"legal\" rights."),
		"D Taiwan / said /  : formations\n"
		"D Kanaani / said /  : legal\n");
}

/* Partial quotes in an attributed sentence are the reporting subject's
 * words: a verb of communication before them, however far ("urged",
 * "expressed hope that", ", saying …", ", calling …"), or a postposed
 * "…, X said". Each quoted span is its own statement; names and titles in
 * quotes stay out. */
static void partial_quotes_attributed(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Marlow condemned the new tariffs, saying the decision by Ostria is proof of its "
		"\"bad faith\" toward Lumen. "
		"Border posts were on \"high readiness\" and \"patrols will respond to any "
		"incursion\", Verania's interior ministry said. "
		"Hed expressed hope that the talks resume \"very soon,\" calling the delay "
		"\"a pity.\" "
		"In a joint letter, the two leaders urged Ostria and Verania \"to reopen the "
		"crossing\" on Monday \"to let the convoys through\". "
		"Korsak has previously urged the council to give Verania \"firm guarantees\" and "
		"more aid."),
		"D Marlow / saying /  : bad faith\n"
		"D Verania's interior ministry / said /  : high readiness\n"
		"D Verania's interior ministry / said /  : patrols will respond to any incursion\n"
		"D Hed / expressed /  : very soon\n"
		"D Hed / calling /  : a pity.\n"
		"D the two leaders / urged / Ostria and Verania : to reopen the crossing\n"
		"D the two leaders / urged / Ostria and Verania : to let the convoys through\n"
		"D Korsak / has previously urged / the council : firm guarantees\n");
	assert_string_equal(run_direct(
		"The army launched Operation \"Northern Shield\" on Monday, a spokesman said. "
		"The rebels, a group dubbed \"the hawks\", fired rockets, the army said. "
		"Lumen calls the strikes an \"act of war\"."),
		"D Lumen / calls /  : act of war\n");
}

/* A partial quote inside a reported clause leaves the clause a statement
 * of its own, around it. */
static void partial_quote_keeps_clause(void **st)
{
	(void)st;
	assert_string_equal(run(
		"Ostria and Verania are making \"serious efforts\" to end the dispute, state "
		"media said on Monday."),
		"I state media / said /  : Ostria and Verania are making \"serious efforts\" to "
		"end the dispute\n"
		"D state media / said /  : serious efforts\n");
}

/* A sentence introducing a list: its own quote and those of the items
 * written on the following lines are its subject's. */
static void list_items(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"The council chief expects that members agree a plan with two parts to "
		"\"bring Verania closer to the union.\"\n"
		"- a fund \"to rebuild the border towns\";\n"
		"- a new council to \"deepen our ties\"."),
		"D The council chief / expects /  : bring Verania closer to the union.\n"
		"D The council chief / expects /  : to rebuild the border towns\n"
		"D The council chief / expects /  : deepen our ties\n");
}

/* A quotation opened in one paragraph, carried into the next without a
 * new opening mark and closed there before its attribution. */
static void paragraph_without_reopening(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"Korsak spoke after the talks.\n\n"
		"\"We have come far since the spring. Things are harder now.\n\n"
		"There are many questions. Sadly, new ones keep coming,\" she said, as quoted by "
		"the Lumen Daily.\n\n"
		"The next round is due in May."),
		"D she / said /  : We have come far since the spring. Things are harder now.  "
		"There are many questions. Sadly, new ones keep coming\n");
	/* a paragraph that opens a new quotation first does not continue it */
	assert_string_equal(run_direct(
		"\"We are ready to go on.\n\nThe talks ended. \"We will see,\" he said."),
		"D  /  /  : We are ready to go on.\n"
		"D he / said /  : We will see\n");
}

/* An editor's bracket closing a quotation ("[on Monday,]") and "told Y"
 * after it: the speaker is before the verb, Y is the addressee. */
static void bracket_and_told(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"The sides are fixing [a date for the talks,]\" Mara Lind, the ministry "
		"spokeswoman, told Lumen Radio."),
		"D Mara Lind / told / Lumen Radio : The sides are fixing [a date for the talks,]\n");
}

static void nested_single_quotes(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"\"I think 'I've got them' by then,\" Cook said. "
		"\u201cThey called it \u2018a farce\u2019 and left,\u201d she said."),
		"D Cook / said /  : I think 'I've got them' by then\n"
		"D she / said /  : They called it \u2018a farce\u2019 and left\n");
}

static void no_speaker(void **st)
{
	(void)st;
	assert_string_equal(run_direct(
		"The project is at the pilot stage.\n\n\"The content is divided into visual "
		"information and questions.\" EduVision is planning more."),
		"D  /  /  : The content is divided into visual information and questions.\n");
	assert_int_equal(qs[0].continues, -1);
}

/* Marks that never pair up: no crash, no loop, something sensible. */
static void unbalanced(void **st)
{
	static const char *const texts[] = {
		"\"", "\"\"", "\" \" \" \"", "''''", "He said \"", "\"We are ready, he said.",
		"Stray close\" here. And 'one more.", "\u201d\u201c\u201d\u201c", "\u201cA\u201c B\u201c C.",
		"\"A.\n\n\"B.\n\nC said.\n\n\"", "said, said: \"\" said",
	};
	(void)st;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		run(texts[i]);
		for (size_t k = 0; k < nq; k++) {
			assert_true(qs[k].quote_tok[0] < qs[k].quote_tok[1]);
			assert_true(qs[k].quote_tok[1] <= an.doc.n_toks);
			assert_true(qs[k].continues < (int32_t)k);
		}
	}
	/* an unclosed quote ends with its paragraph */
	assert_string_equal(run_direct("\"We are ready to go on, he said.\n\nThe talks ended."),
		"D  /  /  : We are ready to go on, he said.\n");
}

static void covering(void **st)
{
	uint32_t tok = 0;
	(void)st;
	run("Most dealers said they doubted the Fed would act, but some said this might occur.");
	assert_int_equal(nq, 2);
	for (uint32_t i = 0; i < an.doc.n_toks; i++)
		if (!strcmp(an.doc.toks[i].lower, "occur"))
			tok = i;
	assert_int_equal(dyad_quotes_covering(qs, nq, tok), 1);
	assert_int_equal(dyad_quotes_covering(qs, nq, 0), -1);
	assert_int_equal(dyad_quotes_covering(qs, nq, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(attribution_after),
		cmocka_unit_test(attribution_before),
		cmocka_unit_test(partial_quote),
		cmocka_unit_test(multi_sentence_and_paragraph),
		cmocka_unit_test(according_and_quoted),
		cmocka_unit_test(attribution_next_sentence),
		cmocka_unit_test(indirect_speech),
		cmocka_unit_test(document_reads),
		cmocka_unit_test(verb_after_insertion),
		cmocka_unit_test(indirect_after_adjuncts),
		cmocka_unit_test(coordination_and_apposition),
		cmocka_unit_test(scare_quotes),
		cmocka_unit_test(fragment_in_reported_clause),
		cmocka_unit_test(partial_quotes_attributed),
		cmocka_unit_test(partial_quote_keeps_clause),
		cmocka_unit_test(list_items),
		cmocka_unit_test(paragraph_without_reopening),
		cmocka_unit_test(bracket_and_told),
		cmocka_unit_test(nested_single_quotes),
		cmocka_unit_test(no_speaker),
		cmocka_unit_test(unbalanced),
		cmocka_unit_test(covering),
	};
	int rc;
	if (dyad_ctx_new(&ctx, NULL) != 0 || dyad_arena_new(&arena, ctx) != 0)
		return 1;
	rc = dyad_lexicon_load(&lex, ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(ctx));
		return 77;
	}
	if (rc != 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	dyad_lexicon_free(lex);
	dyad_arena_free(arena);
	dyad_ctx_free(ctx);
	return rc;
}
