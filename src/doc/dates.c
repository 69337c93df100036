/*
 * Date expressions (see dyad/dates.h).
 *
 * One left-to-right pass over each sentence's tokens. At each token a few
 * matchers try to read the core of an expression starting there (an ISO
 * date, today/yesterday, last/this/next + unit, a weekday, a month with or
 * without day and year, a day before a month, a year after a temporal
 * preposition, "N units ago", "mid-March", "over the weekend"); the first
 * that succeeds resolves it, then the span is widened leftwards over
 * modifiers ("earlier", "late") and a locative preposition ("on", "in").
 * Words that are also common words (May, March, abbreviations without a
 * period) need a day, a year or a temporal preposition next to them; every
 * month and weekday needs its capital.
 *
 * Direction: a weekday is the most recent one on or before the story date,
 * or the next one on or after it when the verb group it attaches to looks
 * ahead: future ("will meet on Tuesday"), a simple present ("opens on
 * Thursday", a schedule in news), a modal of possibility ("may fall
 * Friday"), an infinitive under a present, future or participle verb or
 * none ("is expected to arrive on Tuesday", "due to be published Monday").
 * "next Tuesday" / "last Tuesday" never mean the story's own day. A month
 * without a year is the latest on or before the story in a past clause,
 * the next in a future one, else the nearest; a month and day without a
 * year the next in a future clause, else the nearest ("holders of record
 * March 20" under a past verb is still ahead).
 */
#include <stdlib.h>
#include <string.h>

#include "wordlist.h"
#include "ctx_internal.h"
#include "dyad/date.h"
#include "dyad/dates.h"

#include "attach.h"
#include "dyad/tagger.h"

/* The time a date's clause points to. A simple present ("opens on
 * Thursday", "is set for Monday") in news is a schedule: ahead for a
 * weekday, the nearest for a month. */
enum { DIR_PAST, DIR_FUTURE, DIR_PRESENT, DIR_NEAREST };

typedef struct finder {
	const dyad_analysis *an;
	const dyad_token *t;
	const char *text;
	uint32_t sent, b, e; /* the sentence and its tokens [b, e) */
	uint32_t floor;      /* an expression may not start before this (the last one's end) */
	int32_t story;
	int sy, sm, sd;      /* the story date's calendar parts, when known */
	dyad_arena *arena;
	dyad_timex *out;
	size_t n, cap;
	int failed;
} finder;

/* ---- tokens ---- */

static const char *lw(const finder *f, uint32_t i)
{
	return i >= f->b && i < f->e && f->t[i].lower ? f->t[i].lower : "";
}

static int is(const finder *f, uint32_t i, const char *w)
{
	return strcmp(lw(f, i), w) == 0;
}

static unsigned tg(const finder *f, uint32_t i)
{
	return i >= f->b && i < f->e ? f->t[i].tag : DYAD_POS_NONE;
}

static int capital(const finder *f, uint32_t i)
{
	return i >= f->b && i < f->e && (f->t[i].flags & DYAD_TOKF_CAP);
}

/* A capitalised proper-noun word: the next word of a name ("April Ryan"). */
static int name_word(const finder *f, uint32_t i)
{
	return capital(f, i) && f->t[i].kind == DYAD_TOK_WORD && tg(f, i) == DYAD_POS_NNP;
}

/* ---- vocabulary ---- */

static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", NULL };

/* Monday 0 .. Sunday 6, or -1. */
static int weekday_of(const char *w)
{
	int k;
	for (k = 0; weekdays[k]; k++)
		if (strcmp(w, weekdays[k]) == 0)
			return k;
	return -1;
}

/* Month 1..12 of a month word, or 0. *weak: the word is also a common word
 * (may, march) or an abbreviation without its period ("Jan" is a name
 * too), so it needs context. */
static int month_of(const char *w, int *weak)
{
	static const char *const full[] = { "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december" };
	static const struct { const char *w; int m; } abbr[] = { { "jan", 1 }, { "feb", 2 },
		{ "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 },
		{ "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 } };
	size_t n = strlen(w), k;
	int dot = n > 0 && w[n - 1] == '.';
	*weak = 0;
	if (!dot)
		for (k = 0; k < 12; k++)
			if (strcmp(w, full[k]) == 0) {
				*weak = k == 2 || k == 4;
				return (int)k + 1;
			}
	if (dot)
		n--;
	for (k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (strlen(abbr[k].w) == n && strncmp(w, abbr[k].w, n) == 0) {
			*weak = !dot;
			return abbr[k].m;
		}
	return 0;
}

/* 'd' 'w' 'm' 'y' 'h' for day(s) week(s) month(s) year(s) hour(s), 0 else. */
static int unit_of(const char *w)
{
	static const char *const u[] = { "day", "days", "week", "weeks", "month", "months", "year",
		"years", "hour", "hours" };
	static const char code[] = "ddwwmmyyhh";
	size_t k;
	for (k = 0; k < sizeof u / sizeof u[0]; k++)
		if (strcmp(w, u[k]) == 0)
			return code[k];
	return 0;
}

static int part_of_day(const char *w)
{
	static const char *const p[] = { "morning", "afternoon", "evening", "night", NULL };
	return dyad__in_list(w, p);
}

/* Words that shift a date inside its period: "earlier this month". */
static int modifier(const char *w)
{
	static const char *const m[] = { "early", "late", "mid", "earlier", "later", NULL };
	return dyad__in_list(w, m);
}

/* Prepositions that put a date on the event ("on Tuesday", "in March"). */
static int locative(const char *w)
{
	static const char *const p[] = { "on", "in", "during", NULL };
	return dyad__in_list(w, p);
}

/* Prepositions that make a date a bound or a span end, not the event's date. */
static int boundary(const char *w)
{
	static const char *const p[] = { "since", "until", "till", "til", "by", "before", "after",
		"from", "through", "to", "between", "within", "than", NULL };
	return dyad__in_list(w, p);
}

/* Prepositions after which a bare month or year is a date. */
static int temporal_prep(const char *w)
{
	static const char *const p[] = { "of", "for", "throughout", "around", NULL };
	return locative(w) || boundary(w) || dyad__in_list(w, p);
}

/* Value of digits s[0..n), -1 if any is not a digit. */
static long digits(const char *s, size_t n)
{
	long v = 0;
	size_t k;
	if (n == 0)
		return -1;
	for (k = 0; k < n; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

/* A day of the month, "30" or "30th": 1..31, else 0. */
static int day_num(const finder *f, uint32_t i)
{
	const char *w = lw(f, i);
	size_t n = strlen(w);
	long v;
	if (i >= f->e || f->t[i].kind != DYAD_TOK_NUMBER)
		return 0;
	if (n > 2 && (!strcmp(w + n - 2, "st") || !strcmp(w + n - 2, "nd") || !strcmp(w + n - 2, "rd")
		    || !strcmp(w + n - 2, "th")))
		n -= 2;
	if (n > 2)
		return 0;
	v = digits(w, n);
	return v >= 1 && v <= 31 ? (int)v : 0;
}

/* A four-digit year 1800..2199, else 0. */
static int year_num(const finder *f, uint32_t i)
{
	const char *w = lw(f, i);
	long v;
	if (i >= f->e || f->t[i].kind != DYAD_TOK_NUMBER || strlen(w) != 4)
		return 0;
	v = digits(w, 4);
	return v >= 1800 && v <= 2199 ? (int)v : 0;
}

/* A small count: digits, a number word, "a"/"an"; 0 when none. */
static long count_of(const finder *f, uint32_t i)
{
	static const char *const words[] = { "a", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", NULL };
	const char *w = lw(f, i);
	int k;
	if (!strcmp(w, "an"))
		return 1;
	for (k = 0; words[k]; k++)
		if (!strcmp(w, words[k]))
			return k ? k : 1;
	if (!strcmp(w, "fifteen"))
		return 15;
	if (!strcmp(w, "twenty"))
		return 20;
	if (!strcmp(w, "thirty"))
		return 30;
	if (i < f->e && f->t[i].kind == DYAD_TOK_NUMBER && strlen(w) <= 3) {
		long v = digits(w, strlen(w));
		return v > 0 ? v : 0;
	}
	return 0;
}

/* ---- calendar ---- */

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : d[m - 1];
}

static int32_t ymd(int y, int m, int d)
{
	return (int32_t)dyad_date_days(y, m, d);
}

/* Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
static int wday(int32_t days)
{
	return (int)(((days + 3) % 7 + 7) % 7);
}

/* First day of the month k months after the story's (k may be negative). */
static int32_t month_start(const finder *f, int k)
{
	long idx = (long)f->sy * 12 + (f->sm - 1) + k;
	return ymd((int)(idx / 12), (int)(idx % 12) + 1, 1);
}

/* ---- verb groups ---- */

static const dyad_chunk *chunk_at(const dyad_analysis *an, uint32_t tok)
{
	int32_t c = an->doc.toks[tok].chunk;
	return c >= 0 && an->chunks.chunks && (size_t)c < an->chunks.n_chunks ? &an->chunks.chunks[c] : NULL;
}

/* The verb group a date at tok attaches to: the nearest one before it in
 * its own clause (a date after a verb is its adjunct), else the first one
 * after it ("On Tuesday, troops attacked"); -1 when the clause has none. */
static int32_t owner_vp(const dyad_analysis *an, uint32_t sent, uint32_t tok)
{
	const dyad_doc_chunks *ch = &an->chunks;
	const dyad_chunk *c = chunk_at(an, tok);
	uint32_t lo, hi, k, me;
	if (!c || !ch->sent_chunk || sent >= an->doc.n_sents)
		return -1;
	me = (uint32_t)(c - ch->chunks);
	lo = ch->sent_chunk[sent];
	hi = ch->sent_chunk[sent + 1];
	for (k = me; k-- > lo;)
		if (ch->chunks[k].type == DYAD_CHUNK_VP && ch->chunks[k].clause == c->clause)
			return (int32_t)k;
	for (k = me + 1; k < hi; k++)
		if (ch->chunks[k].type == DYAD_CHUNK_VP && ch->chunks[k].clause == c->clause)
			return (int32_t)k;
	return -1;
}

/* Whether the date at tok is in a past, future or undetermined clause. */
static int direction(const finder *f, uint32_t tok)
{
	const dyad_doc_chunks *ch = &f->an->chunks;
	int32_t v = owner_vp(f->an, f->sent, tok), k;
	unsigned fl;
	if (v < 0)
		return DIR_NEAREST;
	fl = ch->chunks[v].flags;
	if (fl & DYAD_VPF_FUTURE)
		return DIR_FUTURE;
	if ((fl & DYAD_VPF_MODAL) && !(fl & DYAD_VPF_PERFECT)) {
		/* "may pressure the market Friday": a modal of possibility or
		 * obligation looks ahead; "could", "would" may look back. */
		static const char *const ahead[] = { "may", "might", "can", "must", "should", "shall", NULL };
		uint32_t k2;
		for (k2 = ch->chunks[v].tok_begin; k2 < ch->chunks[v].tok_end; k2++)
			if (f->t[k2].tag == DYAD_POS_MD && f->t[k2].lower && dyad__in_list(f->t[k2].lower, ahead))
				return DIR_FUTURE;
	}
	if (fl & DYAD_VPF_INFINITIVE) {
		/* "is expected to arrive on Tuesday": the governing verb decides. */
		for (k = v; k-- > (int32_t)ch->sent_chunk[f->sent];)
			if (ch->chunks[k].type == DYAD_CHUNK_VP && ch->chunks[k].clause == ch->chunks[v].clause) {
				const dyad_chunk *g = &ch->chunks[k];
				if (g->flags & DYAD_VPF_FUTURE)
					return DIR_FUTURE;
				if ((g->flags & DYAD_VPF_PRESENT) && !(g->flags & DYAD_VPF_PERFECT))
					return DIR_FUTURE;
				/* "the ministers, scheduled to meet Monday": a bare participle */
				if (g->tok_end - g->tok_begin == 1 && f->t[g->tok_begin].tag == DYAD_POS_VBN)
					return DIR_FUTURE;
				return DIR_PAST;
			}
		/* "a forecast due to be published on Monday" */
		return DIR_FUTURE;
	}
	if (fl & (DYAD_VPF_PAST | DYAD_VPF_PERFECT))
		return DIR_PAST;
	if ((fl & DYAD_VPF_PRESENT) && !(fl & DYAD_VPF_GERUND))
		return DIR_PRESENT;
	return DIR_NEAREST;
}

static int ahead(int dir)
{
	return dir == DIR_FUTURE || dir == DIR_PRESENT;
}

/* ---- resolution ---- */

/* Weekday wd relative to the story: dir past = on or before, future = on
 * or after; strict (last/next Tuesday) excludes the story's own day. */
static int32_t resolve_weekday(const finder *f, int wd, int future, int strict)
{
	int d;
	if (f->story == DYAD_DATE_NONE)
		return DYAD_DATE_NONE;
	if (future) {
		d = (wd - wday(f->story) + 7) % 7;
		return f->story + (d == 0 && strict ? 7 : d);
	}
	d = (wday(f->story) - wd + 7) % 7;
	return f->story - (d == 0 && strict ? 7 : d);
}

/* Month m without a year: which: -1 last (before the story's month), 0 by
 * direction, 1 next (after it). */
static int32_t resolve_month(const finder *f, int m, int which, int dir)
{
	int y;
	if (f->story == DYAD_DATE_NONE)
		return DYAD_DATE_NONE;
	y = f->sy;
	if (which < 0)
		y = m < f->sm ? y : y - 1;
	else if (which > 0)
		y = m > f->sm ? y : y + 1;
	else if (dir == DIR_FUTURE)
		y = m >= f->sm ? y : y + 1;
	else if (dir == DIR_PAST)
		y = m <= f->sm ? y : y - 1;
	else if (m - f->sm > 6)
		y--; /* the nearest: "the meeting in September" in a June story */
	else if (f->sm - m > 6)
		y++;
	return ymd(y, m, 1);
}

/* Month m, day d without a year: on or after the story in a future
 * clause, else the nearest (a past verb is often not the date's own: "it
 * declared a dividend payable to holders of record March 20"). */
static int32_t resolve_month_day(const finder *f, int m, int d, int dir)
{
	int32_t best = DYAD_DATE_NONE;
	long bestdist = 0;
	int y;
	if (f->story == DYAD_DATE_NONE)
		return DYAD_DATE_NONE;
	for (y = f->sy - 1; y <= f->sy + 1; y++) {
		int32_t c;
		long dist;
		if (d > month_days(y, m))
			continue;
		c = ymd(y, m, d);
		if (dir == DIR_FUTURE && c < f->story)
			continue;
		dist = labs((long)c - f->story);
		/* ties go to the earlier: y ascends */
		if (best == DYAD_DATE_NONE || dist < bestdist) {
			best = c;
			bestdist = dist;
		}
	}
	return best;
}

static int32_t rel_days(const finder *f, long k)
{
	return f->story == DYAD_DATE_NONE ? DYAD_DATE_NONE : (int32_t)(f->story + k);
}

static int32_t monday_of(int32_t d)
{
	return d == DYAD_DATE_NONE ? d : d - wday(d);
}

/* Period `unit` (w m y, e weekend) k periods from the story's: its first day. */
static int32_t rel_period(const finder *f, int unit, int k, int *prec)
{
	*prec = unit == 'w' || unit == 'e' ? DYAD_DATE_PREC_WEEK
		: unit == 'm'              ? DYAD_DATE_PREC_MONTH
					   : DYAD_DATE_PREC_YEAR;
	if (f->story == DYAD_DATE_NONE)
		return DYAD_DATE_NONE;
	switch (unit) {
	case 'w':
		return monday_of(f->story) + 7 * k;
	case 'e':
		return monday_of(f->story) + 5 + 7 * k;
	case 'm':
		return month_start(f, k);
	default:
		return ymd(f->sy + k, 1, 1);
	}
}

/* ---- output ---- */

static void emit(finder *f, uint32_t b, uint32_t e, int32_t days, int prec)
{
	dyad_timex *x;
	if (f->failed)
		return;
	if (f->n == f->cap) {
		size_t ncap = f->cap ? f->cap * 2 : 16;
		dyad_timex *p = f->out ? dyad_arena_grow(f->arena, f->out, f->cap * sizeof *p, ncap * sizeof *p)
				       : dyad_arena_alloc(f->arena, ncap * sizeof *p);
		if (!p) {
			f->failed = 1;
			return;
		}
		f->out = p;
		f->cap = ncap;
	}
	x = &f->out[f->n++];
	x->sentence = f->sent;
	x->tok[0] = b;
	x->tok[1] = e;
	x->days = days;
	x->precision = (uint8_t)prec;
}

/* The token before i that an expression may still take (after the last
 * expression and inside the sentence). */
static int may_take(const finder *f, uint32_t k)
{
	return k > f->b && k > f->floor;
}

/* Widen core [cb, ce) leftwards over modifiers and a locative preposition,
 * drop it when a boundary preposition governs it, and emit it. Returns ce,
 * where scanning resumes. */
static uint32_t finish(finder *f, uint32_t cb, uint32_t ce, int32_t days, int prec)
{
	uint32_t k = cb;
	int steps = 0;
	int adverb = 0; /* "earlier this month" takes no preposition before it */
	while (may_take(f, k) && steps < 2 && modifier(lw(f, k - 1))) {
		k--, steps++;
		adverb |= is(f, k, "earlier") || is(f, k, "later");
	}
	if (may_take(f, k) && !adverb) {
		const char *p = lw(f, k - 1);
		if (boundary(p)) {
			f->floor = ce;
			return ce;
		}
		if (locative(p) && tg(f, k - 1) == DYAD_POS_IN) {
			k--;
			/* "late on Tuesday" */
			if (may_take(f, k) && modifier(lw(f, k - 1)))
				k--;
		}
	}
	emit(f, k, ce, days, prec);
	f->floor = ce;
	return ce;
}

/* A temporal preposition before i, over modifiers ("in early March"). */
static int prep_before(const finder *f, uint32_t i)
{
	uint32_t k = i;
	while (k > f->b && modifier(lw(f, k - 1)))
		k--;
	return k > f->b && temporal_prep(lw(f, k - 1));
}

/* ---- matchers: each returns the end of what it consumed, or 0 ---- */

/* 2021-11-12 */
static uint32_t m_iso(finder *f, uint32_t i)
{
	int y, m, d;
	if (f->t[i].kind != DYAD_TOK_NUMBER || strlen(lw(f, i)) != 10
		|| dyad_date_parse(&y, &m, &d, lw(f, i)) != 0)
		return 0;
	return finish(f, i, i + 1, ymd(y, m, d), DYAD_DATE_PREC_DAY);
}

/* today, tonight, yesterday, tomorrow [morning|…] */
static uint32_t m_deictic(finder *f, uint32_t i)
{
	const char *w = lw(f, i);
	uint32_t e = i + 1;
	int k;
	if (!strcmp(w, "today") || !strcmp(w, "tonight"))
		k = 0;
	else if (!strcmp(w, "yesterday"))
		k = -1;
	else if (!strcmp(w, "tomorrow"))
		k = 1;
	else
		return 0;
	/* "USA Today", the "Today" programme: a capital inside a sentence. */
	if ((f->t[i].flags & (DYAD_TOKF_CAP | DYAD_TOKF_ALLCAPS | DYAD_TOKF_SENT_START)) == DYAD_TOKF_CAP
		&& !(i > f->b && f->t[i - 1].kind == DYAD_TOK_QUOTE))
		return 0;
	if (k != 0 && part_of_day(lw(f, e)))
		e++;
	return finish(f, i, e, rel_days(f, k), DYAD_DATE_PREC_DAY);
}

static uint32_t m_weekday_at(finder *f, uint32_t i, int which);
static uint32_t m_month_at(finder *f, uint32_t i, int which, int only_day);
static uint32_t m_dayfirst(finder *f, uint32_t i);

/* last/this/next + week|month|year|weekend|night|weekday|month */
static uint32_t m_rel(finder *f, uint32_t i)
{
	const char *w = lw(f, i), *u;
	int which, unit, prec;
	unsigned pt;
	if (!strcmp(w, "last"))
		which = -1;
	else if (!strcmp(w, "this"))
		which = 0;
	else if (!strcmp(w, "next"))
		which = 1;
	else
		return 0;
	/* "the last week", "its next year": a span or an ordinal, not a date. */
	pt = i > f->b ? tg(f, i - 1) : DYAD_POS_NONE;
	if (pt == DYAD_POS_DT || pt == DYAD_POS_PRPS || pt == DYAD_POS_POS || pt == DYAD_POS_CD)
		return 0;
	u = lw(f, i + 1);
	unit = unit_of(u);
	if (!strcmp(u, "weekend"))
		unit = 'e';
	if (unit == 'w' || unit == 'm' || unit == 'y' || unit == 'e') {
		int32_t d;
		if (u[strlen(u) - 1] == 's')
			return 0; /* "last years" */
		d = rel_period(f, unit, which, &prec);
		return finish(f, i, i + 2, d, prec);
	}
	if (part_of_day(u)) {
		if (which == 1 || (which == 0 && !strcmp(u, "night")))
			return 0; /* "next morning" is relative to another event */
		return finish(f, i, i + 2, rel_days(f, which), DYAD_DATE_PREC_DAY);
	}
	if (weekday_of(u) >= 0 && capital(f, i + 1))
		return m_weekday_at(f, i + 1, which == 0 ? 2 : which);
	{
		int weak;
		if (month_of(u, &weak) && capital(f, i + 1))
			return m_month_at(f, i + 1, which == 0 ? 2 : which, 0);
	}
	return 0;
}

/* "Tuesday", "Monday night", "Tuesday, March 5". which: 0 by tense, -1
 * last, 1 next, 2 this (by tense, the same). The expression starts at
 * start (the "last"/"next" before it, or i). */
static uint32_t weekday_core(finder *f, uint32_t start, uint32_t i, int which)
{
	static const char *const holiday[] = { "good", "black", "ash", "super", "holy", "easter", "palm",
		"bloody", "cyber", "maundy", "shrove", NULL };
	int wd = weekday_of(lw(f, i)), dir, weak;
	uint32_t e = i + 1, j;
	int32_t d;
	if (wd < 0 || !capital(f, i))
		return 0;
	if (i > f->b && dyad__in_list(lw(f, i - 1), holiday))
		return 0;
	/* "The Sunday Times": a name goes on, unless a preposition shows a date. */
	if (name_word(f, e) && month_of(lw(f, e), &weak) == 0 && !(i > f->b && temporal_prep(lw(f, i - 1))))
		return 0;
	if (part_of_day(lw(f, e)))
		e++;
	/* "Tuesday, March 5, 2024": the explicit date wins. */
	j = e + (is(f, e, ",") ? 1 : 0);
	if (j < f->e) {
		size_t before = f->n;
		uint32_t saved = f->floor, r;
		f->floor = j; /* the month matcher must not widen over the weekday */
		r = m_month_at(f, j, 0, 1);
		if (!r)
			r = m_dayfirst(f, j); /* "Friday, 4 March" */
		if (r && f->n == before + 1) {
			d = f->out[before].days;
			f->n = before;
			f->floor = saved;
			return finish(f, start, r, d, DYAD_DATE_PREC_DAY);
		}
		f->floor = saved;
		f->n = before;
	}
	/* "Monday's collapse" names an event by its day: one that has been */
	dir = e < f->e && f->t[e].kind == DYAD_TOK_POSSESSIVE ? DIR_PAST : direction(f, i);
	if (which == -1)
		d = resolve_weekday(f, wd, 0, 1);
	else if (which == 1)
		d = resolve_weekday(f, wd, 1, 1);
	else
		d = resolve_weekday(f, wd, ahead(dir), 0);
	return finish(f, start, e, d, DYAD_DATE_PREC_DAY);
}

static uint32_t m_weekday_at(finder *f, uint32_t i, int which)
{
	return weekday_core(f, which ? i - 1 : i, i, which);
}

static uint32_t m_weekday(finder *f, uint32_t i)
{
	return weekday_core(f, i, i, 0);
}

/* The year after a month (and day) at e: "2021", ", 2021", "of 2021",
 * "last year", "of next year". The end consumed (e when none); *y the year,
 * 0 when relative to an unknown story date. */
static uint32_t year_after(const finder *f, uint32_t e, int *y)
{
	uint32_t j = e;
	*y = 0;
	if (year_num(f, j)) {
		*y = year_num(f, j);
		return j + 1;
	}
	if (is(f, j, ",") || is(f, j, "of"))
		j++;
	if (year_num(f, j) && j > e) {
		*y = year_num(f, j);
		return j + 1;
	}
	if (is(f, j + 1, "year") && (is(f, j, "last") || is(f, j, "this") || is(f, j, "next"))) {
		if (f->story != DYAD_DATE_NONE)
			*y = f->sy + (is(f, j, "last") ? -1 : is(f, j, "next") ? 1 : 0);
		return j + 2;
	}
	return e;
}

/* A month word at i: "September 30", "Sept. 30, 2021", "March 2020",
 * "in March". which as for weekdays (only with a bare month). only_day:
 * accept only a full day date (after a weekday). */
static uint32_t m_month_at(finder *f, uint32_t i, int which, int only_day)
{
	int weak, m = month_of(lw(f, i), &weak), d, y = 0;
	uint32_t e, start = which == -1 || which == 1 || which == 2 ? i - 1 : i;
	if (!m || !capital(f, i))
		return 0;
	d = day_num(f, i + 1);
	if (d > month_days(2000, m))
		return 0; /* "September 31": not a date */
	if (d) {
		uint32_t ye = year_after(f, i + 2, &y);
		if (ye > i + 2 && y && d > month_days(y, m))
			return 0; /* "February 29, 2023" */
		if (ye > i + 2)
			return finish(f, start, ye, y ? ymd(y, m, d) : DYAD_DATE_NONE, DYAD_DATE_PREC_DAY);
		return finish(f, start, i + 2, resolve_month_day(f, m, d, direction(f, i)), DYAD_DATE_PREC_DAY);
	}
	if (only_day)
		return 0;
	e = year_after(f, i + 1, &y);
	if (e > i + 1)
		return finish(f, start, e, y ? ymd(y, m, 1) : DYAD_DATE_NONE, DYAD_DATE_PREC_MONTH);
	if (start == i) {
		/* A bare month: a common word ("May", "march") or a name ("April
		 * Ryan") unless a preposition shows it is a date. */
		int prep = prep_before(f, i);
		if (weak && (!prep || dyad_pos_is_verb((dyad_pos)tg(f, i)) || is(f, i - 1, "to")))
			return 0;
		if (!prep && name_word(f, i + 1))
			return 0;
	}
	if (which == 2)
		return finish(f, start, e, f->story == DYAD_DATE_NONE ? DYAD_DATE_NONE : ymd(f->sy, m, 1),
			DYAD_DATE_PREC_MONTH);
	return finish(f, start, e, resolve_month(f, m, which, direction(f, i)), DYAD_DATE_PREC_MONTH);
}

static uint32_t m_month(finder *f, uint32_t i)
{
	return m_month_at(f, i, 0, 0);
}

/* "30 September [2021]", "1st of June" */
static uint32_t m_dayfirst(finder *f, uint32_t i)
{
	int d = day_num(f, i), m, weak, y = 0;
	uint32_t j = i + 1, e;
	if (!d)
		return 0;
	if (is(f, j, "of"))
		j++;
	m = month_of(lw(f, j), &weak);
	if (!m || !capital(f, j) || d > month_days(2000, m))
		return 0;
	e = year_after(f, j + 1, &y);
	if (e > j + 1)
		return y && d > month_days(y, m) ? 0
			: finish(f, i, e, y ? ymd(y, m, d) : DYAD_DATE_NONE, DYAD_DATE_PREC_DAY);
	return finish(f, i, e, resolve_month_day(f, m, d, direction(f, i)), DYAD_DATE_PREC_DAY);
}

/* "in 2021", "2021's" — not "2021 people" */
static uint32_t m_year(finder *f, uint32_t i)
{
	int y = year_num(f, i);
	unsigned nt;
	if (!y)
		return 0;
	nt = tg(f, i + 1);
	if (i + 1 < f->e && f->t[i + 1].kind == DYAD_TOK_POSSESSIVE) {
		if (i > f->b && tg(f, i - 1) == DYAD_POS_DT)
			return 0; /* "the 1980's": a decade */
		return finish(f, i, i + 1, ymd(y, 1, 1), DYAD_DATE_PREC_YEAR);
	}
	if (!prep_before(f, i) || nt == DYAD_POS_NN || nt == DYAD_POS_NNS)
		return 0;
	return finish(f, i, i + 1, ymd(y, 1, 1), DYAD_DATE_PREC_YEAR);
}

/* "two days ago", "a year ago", "36 hours ago" */
static uint32_t m_ago(finder *f, uint32_t i)
{
	long k;
	int unit, prec = DYAD_DATE_PREC_DAY;
	int32_t d = DYAD_DATE_NONE;
	if (!is(f, i + 2, "ago") || !(k = count_of(f, i)))
		return 0;
	unit = unit_of(lw(f, i + 1));
	if (!unit)
		return 0;
	if (f->story != DYAD_DATE_NONE)
		switch (unit) {
		case 'h':
			d = f->story - (int32_t)(k / 24);
			break;
		case 'd':
			d = f->story - (int32_t)k;
			break;
		case 'w':
			d = monday_of(f->story - 7 * (int32_t)k);
			prec = DYAD_DATE_PREC_WEEK;
			break;
		case 'm':
			d = month_start(f, -(int)k);
			prec = DYAD_DATE_PREC_MONTH;
			break;
		default:
			d = ymd(f->sy - (int)k, 1, 1);
			prec = DYAD_DATE_PREC_YEAR;
		}
	else
		prec = unit == 'w' ? DYAD_DATE_PREC_WEEK
			: unit == 'm' ? DYAD_DATE_PREC_MONTH
			: unit == 'y' ? DYAD_DATE_PREC_YEAR
				      : DYAD_DATE_PREC_DAY;
	return finish(f, i, i + 3, d, prec);
}

/* "mid-March", "mid-2021", "early-2020" */
static uint32_t m_mid(finder *f, uint32_t i)
{
	const char *w = lw(f, i), *rest, *orig;
	int m, weak;
	long y;
	if (!strncmp(w, "mid-", 4))
		rest = w + 4;
	else if (!strncmp(w, "early-", 6))
		rest = w + 6;
	else if (!strncmp(w, "late-", 5))
		rest = w + 5;
	else
		return 0;
	orig = f->text + f->t[i].off + (rest - w);
	y = strlen(rest) == 4 ? digits(rest, 4) : -1;
	if (y >= 1800 && y <= 2199)
		return finish(f, i, i + 1, ymd((int)y, 1, 1), DYAD_DATE_PREC_YEAR);
	m = month_of(rest, &weak);
	if (!m || rest[strlen(rest) - 1] == '.' || !(*orig >= 'A' && *orig <= 'Z'))
		return 0;
	return finish(f, i, i + 1, resolve_month(f, m, 0, direction(f, i)), DYAD_DATE_PREC_MONTH);
}

/* "over the weekend", "at the weekend": the latest weekend, or the coming
 * one in a future clause. */
static uint32_t m_weekend(finder *f, uint32_t i)
{
	static const char *const p[] = { "over", "at", "during", "on", NULL };
	int32_t sat;
	if (!is(f, i, "the") || !is(f, i + 1, "weekend") || !(i > f->b && i - 1 >= f->floor)
		|| !dyad__in_list(lw(f, i - 1), p))
		return 0;
	sat = DYAD_DATE_NONE;
	if (f->story != DYAD_DATE_NONE) {
		int wd = wday(f->story);
		if (wd >= 5)
			sat = f->story - (wd - 5);
		else if (ahead(direction(f, i)))
			sat = f->story + (5 - wd);
		else
			sat = f->story - (wd + 2);
	}
	emit(f, i - 1, i + 2, sat, DYAD_DATE_PREC_WEEK);
	f->floor = i + 2;
	return i + 2;
}

/* What a word can start; one lookup per token keeps the pass cheap. */
enum { K_NONE, K_COUNT, K_MONTH, K_WEEKDAY, K_REL, K_DEICTIC, K_THE };

static int trigger(const char *w)
{
	/* sorted by strcmp, for bisection */
	static const struct { const char *w; unsigned char k; } tab[] = {
	{ "a", K_COUNT }, { "an", K_COUNT }, { "apr", K_MONTH }, { "apr.", K_MONTH },
	{ "april", K_MONTH }, { "aug", K_MONTH }, { "aug.", K_MONTH }, { "august", K_MONTH },
	{ "dec", K_MONTH }, { "dec.", K_MONTH }, { "december", K_MONTH }, { "eight", K_COUNT },
	{ "eleven", K_COUNT }, { "feb", K_MONTH }, { "feb.", K_MONTH }, { "february", K_MONTH },
	{ "fifteen", K_COUNT }, { "five", K_COUNT }, { "four", K_COUNT }, { "friday", K_WEEKDAY },
	{ "jan", K_MONTH }, { "jan.", K_MONTH }, { "january", K_MONTH }, { "jul", K_MONTH },
	{ "jul.", K_MONTH }, { "july", K_MONTH }, { "jun", K_MONTH }, { "jun.", K_MONTH },
	{ "june", K_MONTH }, { "last", K_REL }, { "mar", K_MONTH }, { "mar.", K_MONTH },
	{ "march", K_MONTH }, { "may", K_MONTH }, { "monday", K_WEEKDAY }, { "next", K_REL },
	{ "nine", K_COUNT }, { "nov", K_MONTH }, { "nov.", K_MONTH }, { "november", K_MONTH },
	{ "oct", K_MONTH }, { "oct.", K_MONTH }, { "october", K_MONTH }, { "one", K_COUNT },
	{ "saturday", K_WEEKDAY }, { "sep", K_MONTH }, { "sep.", K_MONTH }, { "sept", K_MONTH },
	{ "sept.", K_MONTH }, { "september", K_MONTH }, { "seven", K_COUNT }, { "six", K_COUNT },
	{ "sunday", K_WEEKDAY }, { "ten", K_COUNT }, { "the", K_THE }, { "thirty", K_COUNT },
	{ "this", K_REL }, { "three", K_COUNT }, { "thursday", K_WEEKDAY }, { "today", K_DEICTIC },
	{ "tomorrow", K_DEICTIC }, { "tonight", K_DEICTIC }, { "tuesday", K_WEEKDAY },
	{ "twelve", K_COUNT }, { "twenty", K_COUNT }, { "two", K_COUNT }, { "wednesday", K_WEEKDAY },
	{ "yesterday", K_DEICTIC } };
	size_t lo = 0, hi = sizeof tab / sizeof tab[0];
	if (w[0] < 'a' || w[0] > 'y')
		return K_NONE;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		/* first letters inline: most probes end there, without a call */
		int c = tab[mid].w[0] != w[0] ? (unsigned char)tab[mid].w[0] - (unsigned char)w[0]
					      : strcmp(tab[mid].w, w);
		if (c == 0)
			return tab[mid].k;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return K_NONE;
}

/* Run the matchers that can start at token i; the end consumed, or 0. */
static uint32_t match_at(finder *f, uint32_t i)
{
	const dyad_token *t = &f->t[i];
	uint32_t r;
	if (t->kind == DYAD_TOK_NUMBER) {
		if ((r = m_iso(f, i)) || (r = m_dayfirst(f, i)) || (r = m_ago(f, i)))
			return r;
		return m_year(f, i);
	}
	if (t->kind != DYAD_TOK_WORD && t->kind != DYAD_TOK_ABBREV)
		return 0;
	if (t->flags & DYAD_TOKF_HYPHEN)
		return m_mid(f, i);
	switch (trigger(t->lower)) {
	case K_COUNT:
		return m_ago(f, i);
	case K_MONTH:
		return m_month(f, i);
	case K_WEEKDAY:
		return m_weekday(f, i);
	case K_REL:
		return m_rel(f, i);
	case K_DEICTIC:
		return m_deictic(f, i);
	case K_THE:
		return m_weekend(f, i);
	default:
		return 0;
	}
}

int dyad_dates_find(dyad_timex **out, size_t *n, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an, int32_t story_days)
{
	finder f;
	size_t s;
	memset(&f, 0, sizeof f);
	f.an = an;
	f.t = an->doc.toks;
	f.text = an->doc.text.buf;
	f.arena = arena;
	f.story = story_days;
	if (story_days != DYAD_DATE_NONE)
		dyad_date_from_days(&f.sy, &f.sm, &f.sd, story_days);
	for (s = 0; s < an->doc.n_sents && !f.failed; s++) {
		uint32_t i;
		f.sent = (uint32_t)s;
		f.b = an->doc.sents[s].tok_begin;
		f.e = an->doc.sents[s].tok_end;
		f.floor = f.b;
		for (i = f.b; i < f.e;) {
			uint32_t r = f.t[i].lower ? match_at(&f, i) : 0;
			i = r > i ? r : i + 1;
		}
	}
	if (f.failed) {
		*out = NULL;
		*n = 0;
		return dyad__oom(ctx);
	}
	*out = f.n ? f.out : NULL;
	*n = f.n;
	return 0;
}

/* ---- picking the expression that dates an event ---- */

static uint32_t gap(const uint32_t a[2], const uint32_t b[2])
{
	if (a[1] <= b[0])
		return b[0] - a[1];
	if (b[1] <= a[0])
		return a[0] - b[1];
	return 0;
}

int dyad_dates_pick(const dyad_timex *tx, size_t n, const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2])
{
	const dyad_doc_chunks *ch = &an->chunks;
	const dyad_chunk *vc;
	int32_t cl, vvp;
	uint32_t vt;
	size_t i;
	if (!n || verb_tok[0] >= an->doc.n_toks)
		return -1;
	vt = verb_tok[1] > verb_tok[0] ? verb_tok[1] - 1 : verb_tok[0];
	vc = chunk_at(an, vt);
	if (!vc)
		return -1;
	vvp = vc->type == DYAD_CHUNK_VP ? (int32_t)(vc - ch->chunks) : -1;
	/* The verb's own clause first, then each enclosing one up to the top:
	 * a date in a sibling or nested clause belongs to another verb. */
	for (cl = vc->clause; cl >= 0 && (size_t)cl < ch->n_clauses; cl = ch->clauses[cl].parent) {
		int best = -1, best_own = 0;
		uint32_t best_gap = 0;
		for (i = 0; i < n; i++) {
			const dyad_chunk *ec;
			int own;
			uint32_t g;
			if (tx[i].sentence != sentence || tx[i].tok[1] <= tx[i].tok[0])
				continue;
			ec = chunk_at(an, tx[i].tok[1] - 1);
			if (!ec || ec->clause != cl)
				continue;
			if (cl == vc->clause && dyad__doc_adjunct_of_participle(an, verb_tok, tx[i].tok[0]))
				continue;
			own = vvp >= 0 && cl == vc->clause && owner_vp(an, sentence, tx[i].tok[1] - 1) == vvp;
			g = gap(tx[i].tok, verb_tok);
			if (best < 0 || own > best_own || (own == best_own && g < best_gap)) {
				best = (int)i;
				best_own = own;
				best_gap = g;
			}
		}
		if (best >= 0)
			return best;
	}
	return -1;
}

const char *dyad_date_precision_name(int precision)
{
	switch (precision) {
	case DYAD_DATE_PREC_DAY:
		return "day";
	case DYAD_DATE_PREC_WEEK:
		return "week";
	case DYAD_DATE_PREC_MONTH:
		return "month";
	case DYAD_DATE_PREC_YEAR:
		return "year";
	default:
		return "";
	}
}
