/*
 * dyad_furniture_find on snippets written in the style of scraped news
 * pages: each kind of furniture is found, a dateline is cut off the front
 * of its sentence (and only there), and ordinary news sentences that look
 * a little like furniture ("Support for the bill...", "Photos showed...",
 * "Read the statement...") stay content.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dyad/furniture.h"
#include "dyad/text.h"

typedef struct fix {
	dyad_ctx *ctx;
	dyad_arena *arena;
	dyad_doc_text d;
	dyad_furniture f;
} fix;

static int setup(void **state)
{
	fix *f = calloc(1, sizeof *f);
	if (!f || dyad_ctx_new(&f->ctx, NULL) != DYAD_OK ||
		dyad_arena_new(&f->arena, f->ctx) != DYAD_OK)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fix *f = *state;
	dyad_arena_free(f->arena);
	dyad_ctx_free(f->ctx);
	free(f);
	return 0;
}

static fix *run(void **state, const char *in)
{
	fix *f = *state;
	dyad_text t;
	dyad_arena_reset(f->arena);
	assert_int_equal(dyad_text_normalize(&t, f->ctx, f->arena, in, strlen(in)), DYAD_OK);
	assert_int_equal(dyad_text_split(&f->d, f->ctx, f->arena, &t), DYAD_OK);
	assert_int_equal(dyad_furniture_find(&f->f, f->ctx, f->arena, &f->d), DYAD_OK);
	return f;
}

/* The kind of the sentence whose text starts with `start`; -1 if none. */
static int kind_of(const fix *f, const char *start)
{
	size_t s, n = strlen(start);
	for (s = 0; s < f->d.n_sents; s++) {
		const dyad_sentence *se = &f->d.sents[s];
		if (se->len >= n && !memcmp(f->d.text.buf + se->off, start, n))
			return se->furniture;
	}
	return -1;
}

#define KIND(f, start, k) assert_int_equal(kind_of(f, start), k)

/* Every sentence of a text is content, and nothing is reported. */
static void all_content(void **state, const char *in)
{
	fix *f = run(state, in);
	size_t s;
	for (s = 0; s < f->d.n_sents; s++)
		if (f->d.sents[s].furniture) {
			print_error("furniture (%s) in: %.*s\n",
				dyad_furniture_kind_name(f->d.sents[s].furniture),
				(int)f->d.sents[s].len, f->d.text.buf + f->d.sents[s].off);
			fail();
		}
	assert_int_equal(f->f.n_spans, 0);
}

static void test_issue_ending(void **state)
{
	fix *f = run(state,
		"Ostria's defence ministry denied that it was massing troops, a statement said. "
		"Last month the two governments signed a fishing accord.\n\n"
		"Photo: Lumen Daily Press. Support independent journalism \xE2\x80\x94 subscribe "
		"today. Remind me later.\n");
	KIND(f, "Ostria's", DYAD_FURN_NONE);
	KIND(f, "Last month", DYAD_FURN_NONE);
	KIND(f, "Photo:", DYAD_FURN_CREDIT);
	KIND(f, "Support independent", DYAD_FURN_APPEAL);
	KIND(f, "Remind me", DYAD_FURN_PROMPT);
	assert_int_equal(f->f.n_spans, 3);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_CREDIT);
	assert_int_equal(f->f.spans[0].sentence, 2);
	assert_non_null(f->f.spans[0].reason);
	assert_string_equal(dyad_furniture_kind_name(f->f.spans[1].kind), "appeal");
}

static void test_dateline_reuters(void **state)
{
	static const char in[] = "MOSCOW, Nov 12 (Reuters) - Russia said on Tuesday it would "
		"expel two diplomats. The foreign ministry gave no reason.";
	fix *f = run(state, in);
	const dyad_sentence *se = &f->d.sents[0];
	const dyad_token *t = &f->d.toks[se->tok_begin];
	assert_int_equal(se->furniture, 0);
	assert_memory_equal(f->d.text.buf + se->off, "Russia said", 11);
	assert_int_equal(se->off + se->len, strstr(in, "diplomats.") - in + 10);
	assert_true(t->flags & DYAD_TOKF_SENT_START);
	assert_false(f->d.toks[0].flags & DYAD_TOKF_SENT_START);
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_DATELINE);
	assert_int_equal(f->f.spans[0].off, 0);
	assert_int_equal(f->f.spans[0].len, strlen("MOSCOW, Nov 12 (Reuters) -"));
	/* the place: MOSCOW */
	assert_int_equal(f->f.dateline_place[0], 0);
	assert_int_equal(f->f.dateline_place[1], 1);
}

static void test_dateline_shapes(void **state)
{
	fix *f = run(state, "BEIJING (AP) \xE2\x80\x94 China warned the United States on Monday.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "China warned", 12);
	assert_int_equal(f->f.dateline_place[1] - f->f.dateline_place[0], 1);

	f = run(state, "KYIV, Ukraine \xE2\x80\x94 Ukrainian forces shot down 20 drones overnight.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "Ukrainian forces", 16);
	assert_int_equal(f->f.dateline_place[0], 0);
	assert_int_equal(f->f.dateline_place[1], 1);

	f = run(state, "NEW YORK (Reuters) - U.S. stocks closed higher on Monday.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "U.S. stocks", 11);
	assert_int_equal(f->f.dateline_place[1], 2); /* NEW YORK */

	/* an agency alone: a dateline, but no place */
	f = run(state, "AFP - Rebels in Darfur rejected the offer.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "Rebels", 6);
	assert_int_equal(f->f.dateline_place[1], 0);

	/* the splitter cut it after "Que." and "(CBS.": still one span */
	f = run(state, "Canadian Press - TROIS-RIVIERES, Que. (CP) - A former biker was jailed.");
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].len, strlen("Canadian Press - TROIS-RIVIERES, Que. (CP) -"));
	KIND(f, "Canadian", DYAD_FURN_DATELINE);
	KIND(f, "A former", DYAD_FURN_NONE);

	/* after a headline and an appeal not taken for furniture: only with
	 * a bracketed agency, a plain "WASHINGTON -" there opens content */
	f = run(state, "Talks to resume next week\n\nGet full access to all stories\n\n"
		"April 30 (Reuters) - Russia said talks would resume.");
	KIND(f, "Russia said", DYAD_FURN_NONE);
	assert_int_equal(f->f.spans[f->f.n_spans - 1].kind, DYAD_FURN_DATELINE);
	assert_int_equal(f->f.spans[f->f.n_spans - 1].len, strlen("April 30 (Reuters) -"));

	/* after a byline */
	f = run(state, "By Jane Roe\n\nPARIS -- France recalled its ambassador.");
	KIND(f, "By Jane", DYAD_FURN_BYLINE);
	KIND(f, "France recalled", DYAD_FURN_NONE);
	assert_int_equal(f->f.n_spans, 2);
}


/* Datelines off the wire's format: a place in capitals and a colon, a
 * place and its region in mixed case, a source in brackets after a comma;
 * the place is kept. */
static void test_dateline_colon_comma(void **state)
{
	fix *f = run(state, "NEW DELHI: The government said on Monday it would cut fuel taxes.");
	KIND(f, "The government", DYAD_FURN_NONE);
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_DATELINE);
	assert_int_equal(f->f.spans[0].len, strlen("NEW DELHI:"));
	assert_int_equal(f->f.dateline_place[0], 0);
	assert_int_equal(f->f.dateline_place[1], 2);

	f = run(state, "Lagos, Nigeria - Gunmen abducted twenty pupils from a school on Friday.");
	KIND(f, "Gunmen abducted", DYAD_FURN_NONE);
	assert_int_equal(f->f.spans[0].len, strlen("Lagos, Nigeria -"));
	assert_int_equal(f->f.dateline_place[1], 1);

	f = run(state, "Minsk, (Eastern wire) \xE2\x80\x93 Belarus closed two border crossings.");
	KIND(f, "Belarus closed", DYAD_FURN_NONE);
	assert_int_equal(f->f.dateline_place[1], 1);
	/* the same without a dash; not a bracketed aside in lower case */
	f = run(state, "Minsk, (Eastern wire) Belarus closed two border crossings.");
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].len, strlen("Minsk, (Eastern wire)"));
	f = run(state, "Lukashenko, (the president) Belarus said, closed two crossings.");
	assert_int_equal(f->f.n_spans, 0);

	/* under a headline not taken for furniture (no line layout) */
	f = run(state, "Talks to resume next week\n\nGENEVA: The envoys agreed to meet again on Monday.");
	KIND(f, "The envoys", DYAD_FURN_NONE);
	assert_int_equal(f->f.spans[f->f.n_spans - 1].kind, DYAD_FURN_DATELINE);

	f = run(state, "DOHA, March 3, 2024 (Agency/Wire) - Qatar hosted a new round of talks.");
	KIND(f, "Qatar hosted", DYAD_FURN_NONE);
	assert_int_equal(f->f.spans[0].len, strlen("DOHA, March 3, 2024 (Agency/Wire) -"));
}

static void test_not_dateline_colon_comma(void **state)
{
	/* labels, sentence openers and a region in the sentence's middle */
	all_content(state, "UPDATE: The minister resigned on Monday after the vote.");
	all_content(state, "BREAKING NEWS: The minister resigned on Monday after the vote.");
	all_content(state, "Ukraine: The minister resigned on Monday after the vote.");
	all_content(state, "Meanwhile, Israel - which denies the charge - sent envoys to Cairo.");
	all_content(state, "On Monday, Israel - Hamas talks resumed in Cairo.");
	all_content(state, "The talks in Cairo, Egypt - Hamas and Israel attended - ended.");
}

/* A post embedded from a social network: its text back to the blank
 * line, its signature and its links; the story's lead-in stays. */
static void test_embeds(void **state)
{
	fix *f = run(state, "The minister answered his critics online.\n\nHe wrote:\n\n"
		"We will not give in to threats. Our borders are safe. (1/2)\n"
		"\xE2\x80\x94 Jan Novak (@jannovak) June 16, 2020\n"
		"pic.twitter.com/AbC123\n\nThe opposition rejected the claim on Monday.");
	KIND(f, "The minister", DYAD_FURN_NONE);
	KIND(f, "He wrote", DYAD_FURN_NONE);
	KIND(f, "We will not", DYAD_FURN_RELATED);
	KIND(f, "Our borders", DYAD_FURN_RELATED);
	KIND(f, "(1/2)", DYAD_FURN_RELATED);
	KIND(f, "The opposition", DYAD_FURN_NONE);

	/* the splitter ran the "He wrote:" line into the post: it goes with it */
	f = run(state, "The minister answered his critics online.\n\nHe wrote:\n"
		"We will not give in to threats. Our borders are safe.\n"
		"\xE2\x80\x94 Jan Novak (@jannovak) June 16, 2020\n\nThe opposition rejected the claim.");
	KIND(f, "The minister", DYAD_FURN_NONE);
	KIND(f, "He wrote", DYAD_FURN_RELATED);
	KIND(f, "Our borders", DYAD_FURN_RELATED);
	KIND(f, "\xE2\x80\x94 Jan", DYAD_FURN_RELATED);
	KIND(f, "The opposition", DYAD_FURN_NONE);

	/* without a dash, the date after the handle; a bare link line */
	f = run(state, "Protesters marched in the capital.\n\nThe march is peaceful, police say.\n"
		"Ana Silva (@anasilva) March 2, 2023\n\nhttps://t.co/xyz12\n\nPolice later detained ten people.");
	KIND(f, "Protesters", DYAD_FURN_NONE);
	KIND(f, "The march", DYAD_FURN_RELATED);
	KIND(f, "https", DYAD_FURN_RELATED);
	KIND(f, "Police later", DYAD_FURN_NONE);

	/* a handle without brackets after a dash */
	f = run(state, "Protesters marched in the capital.\n\nThe march is peaceful.\n"
		"- Ana Silva @anasilva March 2, 2023\n\nPolice later detained ten people.");
	KIND(f, "The march", DYAD_FURN_RELATED);
	KIND(f, "Police later", DYAD_FURN_NONE);
}

/* A post shown with its picture link and no signature line; a photo
 * caption known by a position marker after a name. */
static void test_pic_links_and_markers(void **state)
{
	fix *f = run(state, "The army said two soldiers died in the clash, and officials said more could be "
		"hurt later in the week.\n"
		"Troops have pulled back from the valley. Five were injured: Army HQ (1/2) "
		"pic.twitter.com/AbC123\n"
		"The ministry said the clash was avoidable, and it blamed the other side for it.");
	KIND(f, "The army", DYAD_FURN_NONE);
	KIND(f, "Troops have", DYAD_FURN_RELATED);
	KIND(f, "Five were", DYAD_FURN_RELATED);
	KIND(f, "The ministry", DYAD_FURN_NONE);
	f = run(state, "The leaders agreed to meet again.\n\nPresident Alina Korsak (R) salutes the flag in "
		"Lumen on March 16, 2023. Korsak began a two-day visit.\n\nKorsak met Hed on Monday.");
	KIND(f, "Korsak began", DYAD_FURN_CAPTION);
	KIND(f, "Korsak met", DYAD_FURN_NONE);
	f = run(state, "President Alina Korsak (R) salutes the flag in Lumen on March 16, 2023.\n\n"
		"Korsak (2nd L) and Hed (R) shake hands at the border.\n\n"
		"Senator Tomas Hed (R) said he would vote against the bill.");
	KIND(f, "President Alina", DYAD_FURN_CAPTION);
	KIND(f, "Korsak (2nd", DYAD_FURN_CAPTION);
	KIND(f, "Senator Tomas", DYAD_FURN_NONE);
	/* a trademark deep in a sentence is no position marker */
	f = run(state, "The firm said it would give users direct access to files residing on IBM (R) "
		"and IBM-compatible mainframes.\n\nIts shares rose.");
	KIND(f, "The firm", DYAD_FURN_NONE);
}

static void test_not_embeds(void **state)
{
	/* a handle in a sentence; a long paragraph above a signature is
	 * taken only as far back as a post's length */
	all_content(state, "The minister (@jannovak) said on June 16 that talks would resume.");
	all_content(state, "She posted a photo on her account, @anasilva, on Monday.");
	fix *f = run(state, "Troops moved into the northern province on Monday after weeks of "
		"fighting between rival militias that have killed hundreds of civilians. Aid groups "
		"said the roads were closed. The army said it would restore order within days. "
		"Residents fled to the border towns. The United Nations called for calm and for "
		"talks between the sides. Diplomats met in Geneva.\nWe are ready to talk.\n"
		"\xE2\x80\x94 Jan Novak (@jannovak) June 16, 2020");
	KIND(f, "Troops moved", DYAD_FURN_NONE);
	KIND(f, "Aid groups", DYAD_FURN_NONE);
	KIND(f, "We are ready", DYAD_FURN_RELATED);
	/* a page laid out a paragraph per line shows the post as its one line:
	 * the story's line above it stays */
	f = run(state, "Police detained the mayor of the capital on Wednesday, and prosecutors accused him "
		"of corruption and of aiding a banned group.\n"
		"The mayor said online that the will of the people could not be silenced.\n"
		"Thousands gathered at the square to demand justice.\n"
		"\xE2\x80\x94 Jan Novak (@jannovak) March 20, 2025\n"
		"Protesters marched through the city on Thursday, and police used tear gas against them.");
	KIND(f, "The mayor said", DYAD_FURN_NONE);
	KIND(f, "Thousands gathered", DYAD_FURN_RELATED);
	KIND(f, "Protesters marched", DYAD_FURN_NONE);
}

/* Share bars, counters, template markup, editors' notes, page date lines
 * and an outlet's name over the story, on lines of their own. */
static void test_page_lines(void **state)
{
	fix *f = run(state, "Asian Wire\n\n(ATTN: adds details of the meeting)\n\n"
		"Saturday, 26 Apr 2025\n\nPublished on 12 May 2023 11:04 AM\n\n"
		"{{^adFree}}\n\nThe minister met his counterpart in Delhi on Monday for talks.\n\n"
		"1.2 k views\n\n184\n\nShare\n\nWhatsApp\n\nFacebook Twitter Email\n\nCopy link\n\n"
		"(EDITOR'S NOTE: This story has been corrected.)\n\n(Updated with new figures)\n\n"
		"<!-- ad slot --> [[related]]\n\nThe talks ended without a deal.");
	KIND(f, "Asian Wire", DYAD_FURN_CREDIT);
	KIND(f, "(ATTN", DYAD_FURN_BYLINE);
	KIND(f, "Saturday", DYAD_FURN_DATELINE);
	KIND(f, "Published", DYAD_FURN_DATELINE);
	KIND(f, "{{", DYAD_FURN_PROMPT);
	KIND(f, "The minister", DYAD_FURN_NONE);
	KIND(f, "1.2", DYAD_FURN_PROMPT);
	KIND(f, "184", DYAD_FURN_PROMPT);
	KIND(f, "Share", DYAD_FURN_PROMPT);
	KIND(f, "WhatsApp", DYAD_FURN_PROMPT);
	KIND(f, "Facebook", DYAD_FURN_PROMPT);
	KIND(f, "Copy", DYAD_FURN_PROMPT);
	KIND(f, "(EDITOR", DYAD_FURN_BYLINE);
	KIND(f, "(Updated", DYAD_FURN_BYLINE);
	KIND(f, "<!--", DYAD_FURN_PROMPT);
	KIND(f, "The talks", DYAD_FURN_NONE);

	/* a note or markup line the splitter joined to the sentence below is
	 * cut off its front, and the dateline after it still found */
	f = run(state, "(Adds quotes from the minister)\nLONDON (Reuters) - Britain expelled two diplomats on Monday.");
	KIND(f, "Britain expelled", DYAD_FURN_NONE);
	assert_int_equal(f->f.n_spans, 2);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_BYLINE);
	assert_int_equal(f->f.spans[1].kind, DYAD_FURN_DATELINE);
	/* a note the splitter cut at its inner full stops */
	f = run(state, "(ATTN: Adds quotes from the minister. Updates the toll.)\n\n"
		"Troops shelled the town on Monday.");
	KIND(f, "(ATTN", DYAD_FURN_BYLINE);
	KIND(f, "Updates the", DYAD_FURN_BYLINE);
	KIND(f, "Troops shelled", DYAD_FURN_NONE);
	f = run(state, "{{/adFree}}\nThe minister resigned on Monday after the vote.");
	KIND(f, "The minister", DYAD_FURN_NONE);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_PROMPT);
}

static void test_not_page_lines(void **state)
{
	/* news sentences with numbers, dates, share words and brackets */
	all_content(state, "Shares in the company fell 5 percent on Monday.");
	all_content(state, "On Saturday, 26 April 2025, troops entered the town.");
	all_content(state, "(Updated figures showed that 20 people died.)");
	all_content(state, "The minister [of defence] resigned on Monday after the vote.");
	all_content(state, "184 people were killed in the attack, officials said.");
	all_content(state, "(ATTN: the minister. Troops shelled the town on Monday.");
	/* a wire table: its rows and a lone figure are not set off by blank
	 * lines, and a row label is not an outlet's name */
	all_content(state, "Shr loss four cts vs loss 34 cts\nYear\nShr loss 23 cts vs loss 79 cts\n"
		"June 19\n184\nRevs 22.4 mln vs 28.6 mln");
	all_content(state, "Year\n\nShr loss 23 cts vs loss 79 cts\n\nNet loss 17.3 mln vs loss 46.2 mln");
	/* a short line after the story has begun */
	all_content(state, "The talks opened in Geneva on Monday.\n\nAl Jazeera\n\n"
		"The delegations met for three hours and agreed to meet again next week.");
}

/* A bare link label on its own line heads the linked headline below it,
 * even one with a full stop, where lines are paragraphs. */
static void test_link_lists(void **state)
{
	fix *f = run(state, "The foreign ministers of both countries met in the capital on Monday to "
		"discuss the dispute over the border road, officials said.\n"
		"READ ALSO\nArmy chief says troops will stay in the valley.\n"
		"See also\nOpposition leader arrested in the capital\n"
		"More on this story\nPolice detained two activists after the march.\n"
		"RELATED:\nRebels seize the airport in the north.\n"
		"The talks will continue on Tuesday, the ministry said.");
	KIND(f, "READ ALSO", DYAD_FURN_RELATED);
	KIND(f, "Army chief", DYAD_FURN_RELATED);
	KIND(f, "See also", DYAD_FURN_RELATED);
	KIND(f, "More on this", DYAD_FURN_RELATED);
	KIND(f, "Police detained", DYAD_FURN_RELATED);
	KIND(f, "Rebels seize", DYAD_FURN_RELATED);
	KIND(f, "The talks", DYAD_FURN_NONE);
}

static void test_not_link_lists(void **state)
{
	/* a label with its headline on the same line takes nothing below; a
	 * long paragraph under a label is the story */
	fix *f = run(state, "The foreign ministers of both countries met in the capital on Monday to "
		"discuss the dispute over the border road, officials said.\n"
		"Also Read: Minister resigns over the report\nPolice detained two activists after the march.\n"
		"RELATED:\nThe army said on Monday that it had sent more troops to the northern border region "
		"after rebels shelled two villages and killed at least ten people overnight.\n");
	KIND(f, "Also Read", DYAD_FURN_RELATED);
	KIND(f, "Police detained", DYAD_FURN_NONE);
	KIND(f, "The army said", DYAD_FURN_NONE);
}

static void test_not_dateline(void **state)
{
	/* an aside between dashes, a name and a dash, a table row, a
	 * dash later in the story */
	all_content(state, "NATO - which has 32 members - said it would respond.");
	all_content(state, "Tiger Woods -- the former world number one -- withdrew.");
	all_content(state, "Obama - Clinton talks ended without a deal.");
	all_content(state, "The talks failed.\n\nWASHINGTON - The senator spoke later.");
	all_content(state, "Talks failed\n\nThe talks failed.\n\nWASHINGTON - The senator spoke later.");
	all_content(state, "KEY talks between the government and rebels could fail.");
	all_content(state, "The following offerings were filed:\n\n"
		"Angio-Medical Corp - Initial public offering of one million units.");
}

static void test_captions_credits(void **state)
{
	fix *f = run(state, "Police arrested 12 people after the march, officials said.\n\n"
		"Protesters gather outside parliament in Kyiv on Monday. (AP Photo/Efrem Lukatsky)\n\n"
		"The march was the largest this year.");
	KIND(f, "Protesters gather", DYAD_FURN_CAPTION);
	KIND(f, "(AP Photo", DYAD_FURN_CREDIT);
	KIND(f, "Police arrested", DYAD_FURN_NONE);
	KIND(f, "The march", DYAD_FURN_NONE);

	f = run(state, "The ministers met in Geneva.\n\nImage caption Delegates arrive for the talks "
		"in Geneva.\n\nImage copyright Getty Images\n\nFile photo: Soldiers patrol the border "
		"town.\n\nAFP/Getty Images\n\nPhoto by Jane Roe for The Daily.\n\nThe talks lasted "
		"two days.");
	KIND(f, "Image caption", DYAD_FURN_CAPTION);
	KIND(f, "Image copyright", DYAD_FURN_CREDIT);
	KIND(f, "File photo", DYAD_FURN_CAPTION);
	KIND(f, "AFP/Getty", DYAD_FURN_CREDIT);
	KIND(f, "Photo by", DYAD_FURN_CREDIT);
	KIND(f, "The talks", DYAD_FURN_NONE);
}

/* A credit line ending the caption's paragraph, bracketed or not; a
 * caption of two sentences before a bracketed credit. */
static void test_caption_credit_line(void **state)
{
	fix *f = run(state, "Talks resume\n\nDelegates attend the talks in Istanbul, Turkey March 29, "
		"2022. Presidential Press Service/Handout via REUTERS\n\nThe talks lasted two days.");
	KIND(f, "Delegates attend", DYAD_FURN_CAPTION);
	KIND(f, "Presidential Press", DYAD_FURN_CREDIT);
	KIND(f, "The talks lasted", DYAD_FURN_NONE);

	f = run(state, "In this file photo, the spokesman speaks in Tehran. He condemned the new "
		"sanctions. (PHOTO / AP)\n\nThe ministry said more sanctions would fail.");
	KIND(f, "In this file", DYAD_FURN_CAPTION);
	KIND(f, "He condemned", DYAD_FURN_CAPTION);
	KIND(f, "The ministry", DYAD_FURN_NONE);

	/* a label line the splitter joined to the lead: only the label goes */
	f = run(state, "Photo: VCG\nPakistan's Ministry of Foreign Affairs on Wednesday condemned "
		"the strikes.\n\nThe talks lasted two days.");
	KIND(f, "Pakistan's Ministry", DYAD_FURN_NONE);
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_CREDIT);
	assert_int_equal(f->f.spans[0].len, strlen("Photo: VCG"));

	/* a story paragraph of three sentences is not a caption */
	f = run(state, "The army moved in. Shops closed. Roads were cut. (Reuters/Stringer)\n\n"
		"The talks lasted two days.");
	KIND(f, "The army", DYAD_FURN_NONE);
	KIND(f, "Shops closed", DYAD_FURN_NONE);
}

static void test_bylines(void **state)
{
	fix *f = run(state, "By Andrew Balls in Washington and Jennifer Hughes in New York\n\n"
		"Published: 12 November 2024 14:02 GMT\n\nThe Federal Reserve raised rates.");
	KIND(f, "By Andrew", DYAD_FURN_BYLINE);
	KIND(f, "Published", DYAD_FURN_DATELINE);
	KIND(f, "The Federal", DYAD_FURN_NONE);

	f = run(state, "Sony will launch a console in May. Analysts expect strong sales.\n\n"
		"Owain Bennallack is the editor of Develop magazine.");
	KIND(f, "Owain", DYAD_FURN_BYLINE);

	/* someone the story is about is not its author */
	all_content(state, "Jane Roe resigned on Monday. She had run the paper since 2010.\n\n"
		"Roe is a former correspondent for the BBC.");
	all_content(state, "By Tuesday, the army had retaken the town.");
	all_content(state, "By March 2025 Russia Had Left The Region.");
	all_content(state, "Updated figures showed inflation rising.");
}

static void test_appeals(void **state)
{
	fix *f = run(state, "The strike ended on Friday.\n\nSign up for our daily newsletter.\n\n"
		"Follow us on Twitter.\n\nDonate now.\n\nIf you value our journalism, please "
		"consider a donation.");
	KIND(f, "Sign up", DYAD_FURN_APPEAL);
	KIND(f, "Follow us", DYAD_FURN_APPEAL);
	KIND(f, "Donate now", DYAD_FURN_APPEAL);
	KIND(f, "If you", DYAD_FURN_APPEAL);
	KIND(f, "The strike", DYAD_FURN_NONE);
}

static void test_not_appeal(void **state)
{
	all_content(state, "Support for the bill among our members fell sharply.");
	all_content(state, "Support from Washington remained strong.");
	all_content(state, "Share prices rose today in Tokyo.");
	all_content(state, "\"Support our troops,\" the crowd chanted.");
	all_content(state, "Support our troops, the protesters said.");
	all_content(state, "Give us a break, fans wrote to the broadcaster on Monday.");
	all_content(state, "Get your hands off the Clangers!");
	all_content(state, "Shareholders were invited to subscribe to a bond issue.");
	all_content(state, "Join talks resumed in Geneva on Monday.");
}

static void test_related_prompts(void **state)
{
	fix *f = run(state, "The bank cut rates.\n\nRead more: Why the bank cut rates\n\n"
		"Related stories\n\nWatch: The governor explains the decision\n\n"
		"We use cookies to improve your experience on our site.\n\nShare this article\n\n"
		"Continue reading\n\nAdvertisement");
	KIND(f, "The bank", DYAD_FURN_NONE);
	KIND(f, "Read more", DYAD_FURN_RELATED);
	KIND(f, "Related stories", DYAD_FURN_RELATED);
	KIND(f, "Watch:", DYAD_FURN_RELATED);
	KIND(f, "We use cookies", DYAD_FURN_PROMPT);
	KIND(f, "Share this", DYAD_FURN_PROMPT);
	KIND(f, "Continue reading", DYAD_FURN_PROMPT);
	KIND(f, "Advertisement", DYAD_FURN_PROMPT);
}

static void test_not_related(void **state)
{
	all_content(state, "Read the statement carefully, the lawyer told reporters.");
	all_content(state, "Photos showed soldiers crossing the river.");
	all_content(state, "Read together, the two reports paint a grim picture.");
	all_content(state, "More than 200 people were killed.");
	all_content(state, "Watch groups said the vote was fair.");
	all_content(state, "The odds are that when you fire up your browser, you go straight to "
		"a search engine.");
	all_content(state, "The EU cookie law requires websites to ask before storing data.");
	all_content(state, "Close aides said the president would not resign.");
}

/* Labelled link lines, a bare label under a credit word, bracketed
 * credits closing captions and the lines a page shows twice. */
static void test_labels_repeats(void **state)
{
	fix *f = run(state,
		"Ostria fires a missile\n\n"
		"BREAKING NEWS: Ostria lodges protest with Veland over missile launch: official\n\n"
		"Ostria fired a missile on Sunday, the government said.\n\n"
		"ALSO READ: Veland slams 'threatening' remarks\n\n"
		"The launch came days after talks.\n"
		"Reuters\nREAD MORE :\nVeland drills disrupt shipping lanes\nOstria praises allies\n");
	KIND(f, "BREAKING NEWS", DYAD_FURN_RELATED);
	KIND(f, "Ostria fired", DYAD_FURN_NONE);
	KIND(f, "ALSO READ", DYAD_FURN_RELATED);
	KIND(f, "The launch", DYAD_FURN_NONE);
	KIND(f, "Ostria fires", DYAD_FURN_NONE);
	KIND(f, "Reuters", DYAD_FURN_RELATED);

	f = run(state,
		"The two sides met on Monday.\n\n"
		"A girl who was wounded in a strike cries on a bed at a hospital, August 6, 2024.\n"
		"A girl who was wounded in an attack cries as she gets treatment [File: Ann Roe/Agency]\n\n"
		"Ministers of Ostria and Veland meet in Geneva, November 7, 2022.\n"
		"Ministers of Ostria and Veland meet in Geneva, November 7, 2022.\n\n"
		"The ministers agreed to meet again in March.\n\n"
		"The ministers agreed to meet again in March.\n");
	KIND(f, "The two sides", DYAD_FURN_NONE);
	KIND(f, "A girl who was wounded in a strike", DYAD_FURN_CAPTION);
	KIND(f, "A girl who was wounded in an attack", DYAD_FURN_CAPTION);
	KIND(f, "Ministers of", DYAD_FURN_CAPTION);
	assert_int_equal(f->d.sents[f->d.n_sents - 2].furniture, DYAD_FURN_NONE);
	assert_int_equal(f->d.sents[f->d.n_sents - 1].furniture, DYAD_FURN_REPEAT);
}

static void test_not_labels_repeats(void **state)
{
	/* a dateline with a colon, an editor's note, a bracket aside, a
	 * short sentence said twice */
	all_content(state, "NOTE: Full name is North Atlantic Technologies Inc");
	all_content(state, "The minister [of defence] resigned on Monday after the vote.");
	all_content(state, "No comment.\n\nThe talks failed.\n\nNo comment.");
	all_content(state, "Avg shrs 13.9 mln vs 13.8 mln\nNet 1.2 mln\nAvg shrs 13.9 mln vs 13.8 mln\n");
}

/* A page whose lines are paragraphs: headlines, subheads and labels
 * without a stop are headings; a caption line its credit ends is a
 * caption, with the alt text beside it; a figure block of a credit line
 * and one sentence is a caption. */
static void test_headings(void **state)
{
	fix *f = run(state,
		"CRISIS IN THE NORTH\n\n"
		"Ostria praises Veland's support, says president\n"
		"Ministers of Ostria and Veland meet in Geneva, November 7, 2022. / Photo: AP\n"
		"Ministers of Ostria and Veland meeting in Geneva\n\n"
		"President Arlo Venn has praised Veland as one of Ostria's closest allies and accused its "
		"neighbour of stalling the border talks.\n\n"
		"Other key developments:\n"
		"\xE2\x80\xA2 Rebels shelled the port of Dara overnight, local officials said.\n\n"
		"Lumen file photo\n"
		"Soldiers patrol a street in Dara on Thursday.\n\n"
		"The army said it had sent more troops to the border region on Friday.\n\n"
		"Leave a Reply\n");
	KIND(f, "CRISIS", DYAD_FURN_HEADING);
	KIND(f, "Ostria praises", DYAD_FURN_HEADING);
	KIND(f, "Ministers of Ostria and Veland meet ", DYAD_FURN_CAPTION);
	KIND(f, "/ Photo", DYAD_FURN_CREDIT);
	KIND(f, "Ministers of Ostria and Veland meeting", DYAD_FURN_CAPTION);
	KIND(f, "President Arlo", DYAD_FURN_NONE);
	KIND(f, "Other key", DYAD_FURN_HEADING);
	KIND(f, "\xE2\x80\xA2 Rebels", DYAD_FURN_NONE);
	KIND(f, "Lumen file", DYAD_FURN_CREDIT);
	KIND(f, "Soldiers patrol", DYAD_FURN_CAPTION);
	KIND(f, "The army said", DYAD_FURN_NONE);
	KIND(f, "Leave a", DYAD_FURN_HEADING);
	assert_string_equal(dyad_furniture_kind_name(DYAD_FURN_HEADING), "heading");
	/* a short question on a line of its own is a subhead; a quoted one or
	 * a long one is not */
	f = run(state,
		"Ostria opposes Veland joining the alliance\n"
		"Why has Ostria blocked the bid?\n"
		"The foreign minister said on Monday that talks with Veland would resume next week in Lumen, and that both sides wanted a deal.\n"
		"\"Why should we wait?\"\n"
		"Is there any chance that the two governments will agree on the border before the winter comes?\n"
		"The army said it had sent more troops to the border region on Friday.");
	KIND(f, "Why has", DYAD_FURN_HEADING);
	KIND(f, "The foreign", DYAD_FURN_NONE);
	KIND(f, "\"Why should", DYAD_FURN_NONE);
	KIND(f, "Is there", DYAD_FURN_NONE);
}

/* Datelines with a bracketed source and date but no dash, bracketed
 * editor's notes, and prompts about the reader's account, payment or
 * comments, and a link to a full text. */
static void test_stamps_prompts(void **state)
{
	static const char in[] = "VELGRAD (Lumen News / Wire - 23rd January, 2023) The longer the "
		"talks are delayed, the harder a deal will be, the foreign minister said on Monday.";
	fix *f = run(state, in);
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "The longer", 10);
	assert_int_equal(f->f.spans[0].kind, DYAD_FURN_DATELINE);
	assert_int_equal(f->f.dateline_place[1] - f->f.dateline_place[0], 1);

	f = run(state, "Rebels took the town on Monday. The army sent reinforcements.\n\n"
		"You must update your payment details via My Account to keep your subscription.\n"
		"We've tried to contact you several times as we haven't been able to take payment.\n"
		"Would you like to comment on this article?\n"
		"Register (it's quick and free) or sign in now.\n"
		"Please read our comment policy before commenting.\n"
		"Read his speech in full.\n\n"
		"(Web editor: Jane Roe, John Doe)");
	KIND(f, "Rebels took", DYAD_FURN_NONE);
	KIND(f, "The army", DYAD_FURN_NONE);
	KIND(f, "You must", DYAD_FURN_PROMPT);
	KIND(f, "We've tried", DYAD_FURN_PROMPT);
	KIND(f, "Would you", DYAD_FURN_PROMPT);
	KIND(f, "Register (", DYAD_FURN_PROMPT);
	KIND(f, "Please read", DYAD_FURN_PROMPT);
	KIND(f, "Read his", DYAD_FURN_RELATED);
	KIND(f, "(Web editor", DYAD_FURN_BYLINE);
}

static void test_not_stamps_prompts(void **state)
{
	all_content(state, "NATO (the alliance) Secretary-General Jan Roe said on Monday the talks would go on.");
	all_content(state, "With a broadband subscription, you can also get your phone service.");
	all_content(state, "Ostel will let you use its services as part of your subscription cost.");
	all_content(state, "\"You must update your payment details,\" the bank told its customers.");
	all_content(state, "Read together, the two reports paint a grim picture of the war in full.");
	all_content(state, "The minister registered his party before signing in as a candidate.");
}

static void test_not_headings(void **state)
{
	/* a sentence that lost its stop, a speaker's colon over a quotation,
	 * a line over a list, a story cut off mid-sentence */
	all_content(state,
		"The foreign ministry said the two countries would keep talking about the border, a "
		"spokesman told reporters on Monday.\n\n"
		"Ostria's foreign minister emphasised that the country reserves all rights to take the "
		"necessary steps to counter such measures\n\n"
		"The minister told reporters in the capital:\n"
		"\"We will not give up a metre of our land.\"\n\n"
		"The government had claimed the rebels\n\n"
		" - shelled the port\n - mined the roads.\n\n"
		"The ministry stated that the foreign minister, Arlo Venn");
	/* hard-wrapped wire copy: short lines are not headings */
	all_content(state, "Ostria Corp said its Ostria\nHoldings division has agreed to manage the day-to-day "
		"operations of the clinical laboratory at Suburban\nHospital in Veland.");
}

static void test_signoff(void **state)
{
	fix *f = run(state, "Protesters clashed with police in Tbilisi. Dozens were hurt. The "
		"government blamed the opposition. The opposition denied it.\n\n"
		"(Reporting by Jane Roe; Editing by John Doe)\n\n"
		"Ministers meet in Brussels to discuss sanctions\n\n"
		"\xC2\xA9 2024 Lumen Daily Press. All rights reserved.");
	KIND(f, "The opposition", DYAD_FURN_NONE);
	KIND(f, "(Reporting", DYAD_FURN_SIGNOFF);
	/* everything after the sign-off block */
	KIND(f, "Ministers meet", DYAD_FURN_SIGNOFF);
	KIND(f, "\xC2\xA9 2024", DYAD_FURN_SIGNOFF);

	f = run(state, "The company said profits rose 12 pct.\n REUTER\n");
	KIND(f, "REUTER", DYAD_FURN_SIGNOFF);
	KIND(f, "The company", DYAD_FURN_NONE);

	f = run(state, "Rebels took the town. Two soldiers died. The army sent reinforcements. "
		"Jane Roe in Kyiv contributed to this report.");
	KIND(f, "Jane Roe in", DYAD_FURN_SIGNOFF);
	KIND(f, "The army", DYAD_FURN_NONE);

	f = run(state, "Rebels took the town. Two soldiers died.\n\nThis material may not be "
		"published, broadcast, rewritten or redistributed.");
	KIND(f, "This material", DYAD_FURN_SIGNOFF);
	KIND(f, "Two soldiers", DYAD_FURN_NONE);
}

static void test_not_signoff(void **state)
{
	all_content(state, "Copyright lawsuits against the firm rose last year. Reporting rules "
		"were tightened. Editing by machine is now common, the survey found.");
	all_content(state, "The judge ordered that the names may not be published or broadcast. "
		"The hearing went on.");
	all_content(state, "Fans wrote in. \"Them was the days!\" LOL");
	all_content(state, "");
}

/* Breadcrumb trails (section names between one spaced separator, often
 * closed by the headline) are navigation, whole or cut off the sentence
 * the splitter ran them into; arrows and slashes inside a story's sentence
 * are not. */
static void test_crumbs(void **state)
{
	fix *f = run(state, "Home \xC2\xBB World \xC2\xBB Middle East \xC2\xBB Freedonia accuses Sylvania of shelling\n\n"
		"Freedonia accused Sylvania of shelling the border on Monday.");
	KIND(f, "Home", DYAD_FURN_PROMPT);
	KIND(f, "Freedonia accused", DYAD_FURN_NONE);
	f = run(state, "News / Africa / Freedonia army says rebels attacked a convoy\n\nThe army said so on Monday.");
	KIND(f, "News", DYAD_FURN_PROMPT);
	f = run(state, "Politics | Asia | Freedonia protests incursion\n\nFreedonia lodged a protest on Friday.");
	KIND(f, "Politics", DYAD_FURN_PROMPT);
	/* joined to the lead for want of a full stop: cut off its front */
	f = run(state, "News > Europe > Freedonia recalls envoy\nFreedonia recalled its ambassador on Thursday.");
	KIND(f, "Freedonia recalled", DYAD_FURN_NONE);
	assert_int_equal(f->f.n_spans, 1);
	assert_int_equal(f->f.spans[0].len, strlen("News > Europe > Freedonia recalls envoy"));
	/* glued arrows, lower case, one piece a line */
	f = run(state, "home\xE2\x80\xBAnews\xE2\x80\xBAworld\xE2\x80\xBA Freedonia army accuses rebels\n\nThe army said so.");
	KIND(f, "home", DYAD_FURN_PROMPT);
	f = run(state, "Home\n\xC2\xBB\nNews\n\xC2\xBB\nWorld\n\xC2\xBB\nFreedonia army accuses rebels\n\nThe army said so.");
	KIND(f, "Home", DYAD_FURN_PROMPT);
	KIND(f, "The army", DYAD_FURN_NONE);
	all_content(state, "Prices rose 3 / 4 / 5 percent in three regions, the bank said.");
	all_content(state, "the rebels / the army / the police all denied it, residents said.");
	all_content(state, "Freedonia Bank <FRB> and Sylvania Corp <SYC> said they would merge.");
	all_content(state, "The ratio of deaths to injuries was 1 / 3 and the ministry said it was rising / falling.");
	all_content(state, "Turnout was high > 60 percent in the north > 50 percent in the south, officials said.");
}

/* A copyright notice inside a caption line, and the "All rights reserved."
 * after it above the story: a credit, and a sign-off that closes nothing,
 * since the story has not begun. */
static void test_copyright_caption(void **state)
{
	fix *f = run(state, "President Jan Roe speaks in Freeport\n"
		"President Jan Roe speaks in Freeport Copyright Jane Doe/Copyright 2023 The Wire. All rights reserved.\n"
		"Copyright Jane Doe/Copyright 2023 The Wire. All rights reserved.\n\n"
		"Freedonia's president urged calm on Saturday after clashes in the north.\n\n"
		"Officials said talks would resume.");
	KIND(f, "President Jan Roe speaks in Freeport Copyright", DYAD_FURN_CREDIT);
	KIND(f, "Copyright Jane", DYAD_FURN_CREDIT);
	KIND(f, "Freedonia's president", DYAD_FURN_NONE);
	KIND(f, "Officials said", DYAD_FURN_NONE);
	all_content(state, "The firm filed a copyright claim in 2023 against the broadcaster.");
	all_content(state, "The U.S. Copyright Office said in 2023 it would review the rules.");
}

/* A dateline with a date and a bracketed source but no dash. */
static void test_dateline_no_dash(void **state)
{
	fix *f = run(state, "FREEPORT, March 4, 2024 (Wire/Agency) Freedonia and Sylvania said on Monday "
		"they had proposed a truce.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "Freedonia and", 13);
	assert_int_equal(f->f.spans[0].len, strlen("FREEPORT, March 4, 2024 (Wire/Agency)"));
	f = run(state, "FREEPORT, Oct. 12, 2023 (AFP) Freedonia's president met the leader of Sylvania.");
	assert_memory_equal(f->d.text.buf + f->d.sents[0].off, "Freedonia's", 11);
	/* no date: a bracket after capitals is not enough */
	f = run(state, "NATO (the alliance) Members met in Brussels on Monday.");
	assert_int_equal(f->f.n_spans, 0);
}

/* A caption closed by an ALL-CAPS Agency/NAME credit; a list under "You
 * may also like"; tag lines; an author's note and the rest of its
 * paragraph. */
static void test_caps_credit_lists_bio(void **state)
{
	fix *f = run(state, "Jan Roe and Ann Doe shake hands in Freeport, Freedonia, 24 August 2023. WIRE-PIX/JOHN SMITH\n\n"
		"Freedonia and Sylvania signed a trade deal on Thursday.");
	KIND(f, "Jan Roe", DYAD_FURN_CAPTION);
	KIND(f, "WIRE-PIX", DYAD_FURN_CREDIT);
	KIND(f, "Freedonia and", DYAD_FURN_NONE);
	f = run(state, "Freedonia's president defended the budget on Tuesday, his office said.\n\n"
		"You may also like\n\nFloods displace thousands in the south as rains continue\n"
		"  \xE2\x80\xA2 by Wire\n  \xE2\x80\xA2 March 9, 2024\n\n"
		"Sylvania says it will not sign the treaty this year\n  \xE2\x80\xA2 by Wire\n\n"
		"Tags: Freedonia, Sylvania, budget");
	KIND(f, "Freedonia's", DYAD_FURN_NONE);
	KIND(f, "You may", DYAD_FURN_RELATED);
	KIND(f, "Floods", DYAD_FURN_RELATED);
	KIND(f, "Sylvania says", DYAD_FURN_RELATED);
	KIND(f, "Tags", DYAD_FURN_RELATED);
	f = run(state, "Freedonia said Sylvania fired missiles at the port on Monday.\n\n"
		"Jane Roe is a senior reporter covering the region. She previously worked in Freeport.");
	KIND(f, "Jane Roe", DYAD_FURN_BYLINE);
	KIND(f, "She previously", DYAD_FURN_BYLINE);
	all_content(state, "Freedonia said talks would resume. You may also like to know that the vote "
		"was delayed, the minister told reporters.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_issue_ending, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dateline_reuters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dateline_shapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_dateline, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dateline_colon_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_dateline_colon_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_embeds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_embeds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pic_links_and_markers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_page_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_link_lists, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_link_lists, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_page_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_caption_credit_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_captions_credits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bylines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_appeals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_appeal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_related_prompts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_related, setup, teardown),
		cmocka_unit_test_setup_teardown(test_labels_repeats, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_labels_repeats, setup, teardown),
		cmocka_unit_test_setup_teardown(test_headings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_headings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stamps_prompts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_stamps_prompts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_signoff, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_signoff, setup, teardown),
		cmocka_unit_test_setup_teardown(test_crumbs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copyright_caption, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dateline_no_dash, setup, teardown),
		cmocka_unit_test_setup_teardown(test_caps_credit_lists_bio, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
