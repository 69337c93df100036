/*
 * Unit tests of date expressions (src/doc/dates.c): finding and resolving
 * them against a story date, and picking the one that dates a verb.
 * Invented sentences through dyad's own pipeline (the system lexicon is
 * needed: skipped, exit 77, without it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/date.h"
#include "dyad/dates.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"

static struct {
	dyad_ctx *ctx;
	dyad_lexicon *lex;
	dyad_arena *arena;
	dyad_analysis an;
	dyad_timex *tx;
	size_t n;
} F;

static int32_t day_of(const char *iso)
{
	int y, m, d;
	if (!iso)
		return DYAD_DATE_NONE;
	assert_int_equal(dyad_date_parse(&y, &m, &d, iso), 0);
	return (int32_t)dyad_date_days(y, m, d);
}

/* Analyse text and find its dates relative to story (ISO, or NULL). */
static void run(const char *text, const char *story)
{
	dyad_arena_reset(F.arena);
	assert_int_equal(dyad_pipeline_run(&F.an, F.ctx, F.lex, F.arena, text, strlen(text),
		DYAD_STAGE_CHUNK), 0);
	assert_int_equal(dyad_dates_find(&F.tx, &F.n, F.ctx, F.arena, &F.an, day_of(story)), 0);
}

/* The dates of text as "expression=YYYY-MM-DD/precision" joined by " | "
 * ("none" for an unresolved date); "" when there are none. */
static const char *dates(const char *text, const char *story)
{
	static char out[1024];
	size_t i;
	run(text, story);
	out[0] = 0;
	for (i = 0; i < F.n; i++) {
		const dyad_token *b = &F.an.doc.toks[F.tx[i].tok[0]], *e = &F.an.doc.toks[F.tx[i].tok[1] - 1];
		char date[16] = "none", one[160];
		if (F.tx[i].days != DYAD_DATE_NONE)
			dyad_date_format(date, F.tx[i].days);
		snprintf(one, sizeof one, "%s%.*s=%s/%s", i ? " | " : "", (int)(e->off + e->len - b->off),
			F.an.doc.text.buf + b->off, date, dyad_date_precision_name(F.tx[i].precision));
		strncat(out, one, sizeof out - strlen(out) - 1);
	}
	return out;
}

/* Story date of most tests: Friday 1 March 2024 (a leap year). */
#define STORY "2024-03-01"

static void test_dates__weekdays(void **state)
{
	(void)state;
	assert_string_equal(dates("Korsak on Tuesday told Hed that the talks had failed.", STORY),
		"on Tuesday=2024-02-27/day");
	assert_string_equal(dates("The ministers met Friday.", STORY), "Friday=2024-03-01/day");
	assert_string_equal(dates("Rebels attacked the town on Monday night.", STORY),
		"on Monday night=2024-02-26/day");
	assert_string_equal(dates("Troops shelled the port last Friday.", STORY), "last Friday=2024-02-23/day");
	assert_string_equal(dates("Tuesday's attack killed five people.", STORY), "Tuesday=2024-02-27/day");
	assert_string_equal(dates("The envoy will discuss Tuesday's attack.", STORY), "Tuesday=2024-02-27/day");
	/* future: the next one; "next Friday" never the story's own day */
	assert_string_equal(dates("The ministers will meet on Tuesday.", STORY), "on Tuesday=2024-03-05/day");
	assert_string_equal(dates("The envoy is expected to arrive on Monday.", STORY),
		"on Monday=2024-03-04/day");
	assert_string_equal(dates("They will meet again next Friday.", STORY), "next Friday=2024-03-08/day");
	assert_string_equal(dates("The report may unsettle markets on Monday.", STORY),
		"on Monday=2024-03-04/day");
	/* a simple present or a scheduled infinitive is a schedule */
	assert_string_equal(dates("The full council meets on Thursday.", STORY), "on Thursday=2024-03-07/day");
	assert_string_equal(dates("A vote is scheduled for Thursday.", STORY), "Thursday=2024-03-07/day");
	assert_string_equal(dates("The ministers, scheduled to meet in Brussels on Monday, disagree.", STORY),
		"on Monday=2024-03-04/day");
	assert_string_equal(dates("A forecast due to be published on Monday shows growth.", STORY),
		"on Monday=2024-03-04/day");
	/* an explicit date after the weekday wins */
	assert_string_equal(dates("The vote took place on Tuesday, March 5, 2024.", STORY),
		"on Tuesday, March 5, 2024=2024-03-05/day");
	assert_string_equal(dates("Fans can watch the training on Friday, 8 March.", STORY),
		"on Friday, 8 March=2024-03-08/day");
}

static void test_dates__deictic(void **state)
{
	(void)state;
	assert_string_equal(dates("Police arrested him yesterday.", STORY), "yesterday=2024-02-29/day");
	assert_string_equal(dates("Police arrested him yesterday.", "2023-03-01"), "yesterday=2023-02-28/day");
	assert_string_equal(dates("Police arrested him yesterday.", "2024-01-01"), "yesterday=2023-12-31/day");
	assert_string_equal(dates("The leaders meet tomorrow.", "2024-12-31"), "tomorrow=2025-01-01/day");
	assert_string_equal(dates("He said today that talks will resume tonight.", STORY),
		"today=2024-03-01/day | tonight=2024-03-01/day");
	assert_string_equal(dates("Gunmen opened fire last night.", STORY), "last night=2024-02-29/day");
	/* a name, not a date */
	assert_string_equal(dates("He told USA Today that he would resign.", STORY), "");
}

static void test_dates__periods(void **state)
{
	(void)state;
	assert_string_equal(dates("The two governments signed an accord last month.", STORY),
		"last month=2024-02-01/month");
	assert_string_equal(dates("The two governments signed an accord last month.", "2024-01-15"),
		"last month=2023-12-01/month");
	assert_string_equal(dates("Talks resumed this week and will end next week.", STORY),
		"this week=2024-02-26/week | next week=2024-03-04/week");
	assert_string_equal(dates("Fighting flared last week.", STORY), "last week=2024-02-19/week");
	assert_string_equal(dates("Elections are due next year.", STORY), "next year=2025-01-01/year");
	assert_string_equal(dates("The party won last year.", STORY), "last year=2023-01-01/year");
	assert_string_equal(dates("The army moved in earlier this month.", STORY),
		"earlier this month=2024-03-01/month");
	assert_string_equal(dates("Protesters gathered last weekend.", STORY), "last weekend=2024-02-24/week");
	assert_string_equal(dates("Protesters gathered over the weekend.", STORY),
		"over the weekend=2024-02-24/week");
	/* spans and ordinals, not dates */
	assert_string_equal(dates("Prices rose over the last year.", STORY), "");
	assert_string_equal(dates("It was the last week of talks.", STORY), "");
}

static void test_dates__ago(void **state)
{
	(void)state;
	assert_string_equal(dates("The ship sank two days ago.", STORY), "two days ago=2024-02-28/day");
	assert_string_equal(dates("The ship sank three weeks ago.", STORY), "three weeks ago=2024-02-05/week");
	assert_string_equal(dates("The ship sank six months ago.", STORY), "six months ago=2023-09-01/month");
	assert_string_equal(dates("The ship sank a year ago.", STORY), "a year ago=2023-01-01/year");
	assert_string_equal(dates("The ship sank 36 hours ago.", STORY), "36 hours ago=2024-02-29/day");
}

static void test_dates__months(void **state)
{
	(void)state;
	assert_string_equal(dates("The treaty was signed on Sept. 30, 2021.", STORY),
		"on Sept. 30, 2021=2021-09-30/day");
	assert_string_equal(dates("The treaty was signed on 30 September 2021.", STORY),
		"on 30 September 2021=2021-09-30/day");
	/* no year: the nearest one, or the next one in a future clause */
	assert_string_equal(dates("The treaty was signed on September 30.", STORY),
		"on September 30=2023-09-30/day");
	assert_string_equal(dates("The vote is on May 5.", STORY), "on May 5=2024-05-05/day");
	assert_string_equal(dates("Talks were held Nov 12.", STORY), "Nov 12=2023-11-12/day");
	assert_string_equal(dates("The leaders will meet on February 20.", STORY),
		"on February 20=2025-02-20/day");
	/* a bare month: the latest on or before the story, unless future */
	assert_string_equal(dates("The accord was signed in March.", STORY), "in March=2024-03-01/month");
	assert_string_equal(dates("The accord was signed in April.", STORY), "in April=2023-04-01/month");
	assert_string_equal(dates("The leaders will meet in April.", STORY), "in April=2024-04-01/month");
	assert_string_equal(dates("In May, the ministers met.", STORY), "In May=2023-05-01/month");
	assert_string_equal(dates("Prices fell in February last year.", STORY),
		"in February last year=2023-02-01/month");
	assert_string_equal(dates("Fighting broke out in March 2020.", STORY), "in March 2020=2020-03-01/month");
	assert_string_equal(dates("Fighting broke out in mid-March.", STORY), "in mid-March=2024-03-01/month");
	assert_string_equal(dates("The law was passed in 2021.", STORY), "in 2021=2021-01-01/year");
	assert_string_equal(dates("The law was passed on 2021-11-12.", STORY), "on 2021-11-12=2021-11-12/day");
	/* leap days */
	assert_string_equal(dates("It happened on Feb 29.", "2025-03-01"), "on Feb 29=2024-02-29/day");
	assert_string_equal(dates("It happened on February 29, 2023.", STORY), "");
	assert_string_equal(dates("The report for September 31 was late.", STORY), "");
}

static void test_dates__not_dates(void **state)
{
	(void)state;
	assert_string_equal(dates("Officials may meet the rebels.", STORY), "");
	assert_string_equal(dates("May I ask a question?", STORY), "");
	assert_string_equal(dates("Thousands will march on the capital.", STORY), "");
	assert_string_equal(dates("March on the capital, the rebels said.", STORY), "");
	assert_string_equal(dates("Protesters plan to March through the city.", STORY), "");
	assert_string_equal(dates("2021 people attended the rally.", STORY), "");
	assert_string_equal(dates("Output has declined since the 1980's.", STORY), "");
	assert_string_equal(dates("The talks lasted for two days.", STORY), "");
	assert_string_equal(dates("The suspect is 45 years old.", STORY), "");
	assert_string_equal(dates("The meeting starts at 10 a.m.", STORY), "");
	assert_string_equal(dates("April Ryan asked about the strike.", STORY), "");
	assert_string_equal(dates("The Sunday Times reported the deal.", STORY), "");
	assert_string_equal(dates("The accord was signed on Good Friday.", STORY), "");
	/* bounds, not the event's date */
	assert_string_equal(dates("He has been jailed since 2019.", STORY), "");
	assert_string_equal(dates("The ceasefire holds until Friday.", STORY), "");
}

static void test_dates__unknown_story(void **state)
{
	(void)state;
	assert_string_equal(dates("Korsak said on Tuesday that the accord was signed last month.", NULL),
		"on Tuesday=none/day | last month=none/month");
	assert_string_equal(dates("The treaty was signed on Sept. 30, 2021, in March 2020 and in 2019.", NULL),
		"on Sept. 30, 2021=2021-09-30/day | in March 2020=2020-03-01/month | in 2019=2019-01-01/year");
	assert_string_equal(dates("It was signed in March, two days ago.", NULL),
		"in March=none/month | two days ago=none/day");
}

/* The document token range of the first token spelled w. */
static void tok_of(uint32_t r[2], const char *w)
{
	size_t i;
	for (i = 0; i < F.an.doc.n_toks; i++)
		if (!strcmp(F.an.doc.toks[i].lower, w)) {
			r[0] = (uint32_t)i;
			r[1] = (uint32_t)i + 1;
			return;
		}
	fail_msg("no token %s", w);
}

/* The expression dating the verb w in sentence s, as its text ("" for
 * none). */
static const char *pick(uint32_t s, const char *w)
{
	static char out[128];
	uint32_t v[2];
	int k;
	tok_of(v, w);
	k = dyad_dates_pick(F.tx, F.n, &F.an, s, v);
	if (k < 0)
		return "";
	assert_true((size_t)k < F.n);
	{
		const dyad_token *b = &F.an.doc.toks[F.tx[k].tok[0]], *e = &F.an.doc.toks[F.tx[k].tok[1] - 1];
		snprintf(out, sizeof out, "%.*s", (int)(e->off + e->len - b->off), F.an.doc.text.buf + b->off);
	}
	return out;
}

static void test_dates__pick(void **state)
{
	(void)state;
	run("Korsak said on Tuesday that Verania attacked Ostria last month.", STORY);
	assert_string_equal(pick(0, "said"), "on Tuesday");
	assert_string_equal(pick(0, "attacked"), "last month");
	/* without a date of its own, the reported verb takes the main clause's */
	run("Korsak said on Tuesday that Verania attacked Ostria.", STORY);
	assert_string_equal(pick(0, "attacked"), "on Tuesday");
	/* a relative clause's date belongs to its own verb */
	run("Troops attacked the village where rebels had fought last month.", STORY);
	assert_string_equal(pick(0, "attacked"), "");
	assert_string_equal(pick(0, "fought"), "last month");
	run("The minister, who arrived on Monday, met the president on Tuesday.", STORY);
	assert_string_equal(pick(0, "met"), "on Tuesday");
	assert_string_equal(pick(0, "arrived"), "on Monday");
	/* a fronted date; two verb groups in one clause take their own */
	run("On Monday, troops attacked the village.", STORY);
	assert_string_equal(pick(0, "attacked"), "On Monday");
	run("The envoys met on Monday and signed an accord on Wednesday.", STORY);
	assert_string_equal(pick(0, "met"), "on Monday");
	assert_string_equal(pick(0, "signed"), "on Wednesday");
	/* a quotation's own date, else the attribution's */
	run("\"We will attack the town next week,\" Korsak said on Tuesday.", STORY);
	assert_string_equal(pick(0, "attack"), "next week");
	assert_string_equal(pick(0, "said"), "on Tuesday");
	/* a participle between the verb and the date owns it: a reduced
	 * relative (tagged past or participle) or a comma-led adjunct */
	run("Korsak condemned an attack reportedly carried out by rebels on Wednesday.", STORY);
	assert_string_equal(pick(0, "condemned"), "");
	run("Korsak condemned the raid, leaving talks suspended until next week.", STORY);
	assert_string_equal(pick(0, "condemned"), "");
	/* but not a new subject's verb after a comma, nor "after meeting" */
	run("Verania will send aid next year, Korsak said on Tuesday after meeting Hed.", STORY);
	assert_string_equal(pick(0, "send"), "next year");
	assert_string_equal(pick(0, "said"), "on Tuesday");
	run("Korsak said Ostria attacked the town on Monday.", STORY);
	assert_string_equal(pick(0, "said"), "");
	/* another sentence's date, or none at all */
	run("Fighting flared on Monday. Troops attacked the town.", STORY);
	assert_string_equal(pick(1, "attacked"), "");
	assert_int_equal(dyad_dates_pick(F.tx, 0, &F.an, 1, (const uint32_t[2]){ 5, 6 }), -1);
}

static void test_dates__precision_names(void **state)
{
	(void)state;
	assert_string_equal(dyad_date_precision_name(DYAD_DATE_PREC_DAY), "day");
	assert_string_equal(dyad_date_precision_name(DYAD_DATE_PREC_WEEK), "week");
	assert_string_equal(dyad_date_precision_name(DYAD_DATE_PREC_MONTH), "month");
	assert_string_equal(dyad_date_precision_name(DYAD_DATE_PREC_YEAR), "year");
	assert_string_equal(dyad_date_precision_name(0), "");
	/* no sentences: nothing found, nothing allocated */
	run("", STORY);
	assert_int_equal(F.n, 0);
	assert_null(F.tx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates__weekdays),
		cmocka_unit_test(test_dates__deictic),
		cmocka_unit_test(test_dates__periods),
		cmocka_unit_test(test_dates__ago),
		cmocka_unit_test(test_dates__months),
		cmocka_unit_test(test_dates__not_dates),
		cmocka_unit_test(test_dates__unknown_story),
		cmocka_unit_test(test_dates__pick),
		cmocka_unit_test(test_dates__precision_names),
	};
	int rc;
	if (dyad_ctx_new(&F.ctx, NULL) || dyad_arena_new(&F.arena, F.ctx))
		return 1;
	rc = dyad_lexicon_load(&F.lex, F.ctx, NULL);
	if (rc == DYAD_ENOTFOUND) {
		printf("skipped: %s\n", dyad_ctx_error(F.ctx));
		rc = 77;
	} else if (rc == 0) {
		rc = cmocka_run_group_tests_name("dates", tests, NULL, NULL);
	} else {
		rc = 1;
	}
	dyad_lexicon_free(F.lex);
	dyad_arena_free(F.arena);
	dyad_ctx_free(F.ctx);
	return rc;
}
