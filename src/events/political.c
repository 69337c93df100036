/*
 * What makes an event political (dyad's own rules, dyad_rules=true). Wire
 * copy is full of company, market and rating news told with the same verbs
 * as politics ("X said", "sold shares", "cut rates"); CAMEO codes
 * interactions of political actors, so three rules keep that text out:
 *
 *  - a state or region named as the first word of an organisation's name
 *    ("Canadian Bond Rating Corp", "Connecticut Light and Power Co")
 *    is that body's nationality, not the state acting: the mention takes
 *    the body's sector (BUS, EDU, HLH) as its role;
 *  - a plain statement (010) needs a political side: one of its sides
 *    must be a state, a government or another political role, not only
 *    businesses, media, schools or nobody;
 *  - a verb whose object is a market quantity ("sold 50 mln dlrs of
 *    bonds", "raised its stake", "cut interest rates") or whose subject is
 *    one ("prices rose") reports the economy, not an event.
 */
#include <string.h>

#include "core/wordlist.h"
#include "events_internal.h"
#include "dyad/tagger.h"

/* roles that make a side political whatever else it holds ("---GOVMED":
 * a government spokesman) */
static const char *const political_roles[] = { "GOV", "MIL", "LEG", "JUD", "COP", "OPP",
	"PTY", "REB", "INS", "SEP", "SPY", "UAF", "IGO", "ELI", "NGO", "IMG", "ACT", "HRI", "LAB",
	"CVL", "REF", "CRM", NULL };
/* sectors that by themselves are not */
static const char *const private_roles[] = { "BUS", "MED", "EDU", "AGR", "HLH", "MNC", "SCI",
	NULL };

static int has_role(const char *code, const char *const *roles)
{
	size_t n = strlen(code), i, r;
	for (i = 0; i + 3 <= n; i += 3)
		for (r = 0; roles[r]; r++)
			if (!strncmp(code + i, roles[r], 3))
				return 1;
	return 0;
}

int dyad_events__political(const char *code)
{
	if (!code || !*code || !strcmp(code, "---"))
		return 0;
	if (has_role(code, political_roles))
		return 1;
	return !has_role(code, private_roles);
}

/* The last word of a company's name and the sector it names; not
 * "Service" or "Fund", which end state bodies' names as often ("Fish and
 * Wildlife Service", "Sovereign Fund"). */
static const struct {
	const char *word, *role;
} designators[] = {
	{ "inc", "BUS" }, { "corp", "BUS" }, { "co", "BUS" }, { "ltd", "BUS" }, { "plc", "BUS" },
	{ "ag", "BUS" }, { "llc", "BUS" }, { "corporation", "BUS" }, { "company", "BUS" },
	{ "bancorp", "BUS" }, { "bancshares", "BUS" }, { "holdings", "BUS" },
	{ "industries", "BUS" }, { "airlines", "BUS" }, { "airways", "BUS" }, { "mining", "BUS" },
	{ "manufacturing", "BUS" }, { "petroleum", "BUS" }, { "utilities", "BUS" },
	{ "motors", "BUS" },
	{ "steel", "BUS" }, { "chemicals", "BUS" }, { "securities", "BUS" },
	{ "insurance", "BUS" }, { "partners", "BUS" }, { "investments", "BUS" },
	{ "association", "BUS" }, { "enterprises", "BUS" }, { "telecom", "BUS" },
	{ "university", "EDU" }, { "college", "EDU" }, { "hospital", "HLH" },
};

static const char *designator(const char *w)
{
	char buf[32];
	size_t n = strlen(w), i;
	if (n && w[n - 1] == '.')
		n--; /* "Co.", "Inc." */
	if (n == 0 || n >= sizeof buf)
		return NULL;
	memcpy(buf, w, n);
	buf[n] = 0;
	for (i = 0; i < sizeof designators / sizeof designators[0]; i++)
		if (!strcmp(buf, designators[i].word))
			return designators[i].role;
	return NULL;
}

static int capital(const dyad_token *t)
{
	return (t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_ABBREV)
		&& (t->flags & DYAD_TOKF_CAP);
}

/* Mention i's code becomes code, and so does that of each pronoun after
 * it that took its code ("said it sold ..."). */
static void set_code(dyad__sent *s, size_t i, const char *code)
{
	const char *old = s->ments[i].code, *phrase = s->ments[i].phrase;
	size_t k;
	for (k = i + 1; k < s->n_ments; k++)
		if (s->ments[k].pronoun && s->ments[k].code == old && s->ments[k].phrase == phrase)
			s->ments[k].code = code;
	s->ments[i].code = code;
}

void dyad_events__org_names(dyad_arena *a, dyad__sent *s)
{
	const dyad_token *toks = s->an->doc.toks;
	size_t i;
	if (s->allcaps)
		return; /* every word is capitalised: no name boundary to see */
	for (i = 0; i < s->n_ments; i++) {
		dyad__mention *x = &s->ments[i];
		const char *role = NULL;
		uint32_t w;
		/* a bare state or region: "Canadian", "Texas", "North America" */
		if (!x->code || strlen(x->code) != 3 || !strcmp(x->code, "---") || x->agent
			|| x->pronoun || x->agent_only)
			continue;
		/* the capitalised words right after it, "and" or "&" between
		 * two of them ("Light and Power Co"); the last names the body */
		for (w = x->e; w < s->n; w++) {
			const dyad_token *t = &toks[s->tok[w]];
			if (capital(t)) {
				role = designator(s->words[w]);
				continue;
			}
			if ((!strcmp(s->words[w], "and") || !strcmp(s->words[w], "&")) && w > x->e
				&& w + 1 < s->n && capital(&toks[s->tok[w + 1]]))
				continue;
			break;
		}
		if (w > x->e && role)
			set_code(s, i, dyad_actors__compose(a, x->code, role, 0));
	}
}

/* Market quantities: a verb with one as object or subject reports trade,
 * not an interaction of actors. Money and goods are not among them:
 * "gave 100 mln dlrs in aid", "shipped grain" can be events. */
static const char *const market_words[] = { "shares", "stake", "stakes", "stock",
	"stocks", "bond", "bonds", "debentures", "dividend", "dividends", "earnings", "profit",
	"profits", "revenue", "revenues", "prices", "rates", "yields", "inventories",
	"futures", "turnover", NULL };

static int nominal(uint8_t tag)
{
	return tag == DYAD_POS_DT || tag == DYAD_POS_PRPS || tag == DYAD_POS_JJ
		|| tag == DYAD_POS_JJR || tag == DYAD_POS_JJS || tag == DYAD_POS_CD
		|| tag == DYAD_POS_NN || tag == DYAD_POS_NNS || tag == DYAD_POS_NNP
		|| tag == DYAD_POS_NNPS || tag == DYAD_POS_POS || tag == DYAD_POS_PDT;
}

int dyad_events__market_verb(const dyad__sent *s, uint32_t vb, uint32_t ve, uint32_t lo,
	uint32_t hi)
{
	const dyad_token *toks = s->an->doc.toks;
	uint32_t w = ve, n = 0;
	/* the subject's head, right before the verb group: "prices rose" */
	if (vb > lo && dyad__in_list(s->words[vb - 1], market_words)
		&& toks[s->tok[vb - 1]].tag == DYAD_POS_NNS)
		return 1;
	/* "agreed to sell its stake": through one infinitive */
	if (w + 1 < hi && toks[s->tok[w]].tag == DYAD_POS_TO && toks[s->tok[w + 1]].tag == DYAD_POS_VB)
		w += 2;
	/* the object: its noun phrase, with an "of" phrase ("50 mln dlrs of
	 * bonds") */
	for (; w < hi && n < 10; w++, n++) {
		uint8_t tag = toks[s->tok[w]].tag;
		if (!nominal(tag) && !(tag == DYAD_POS_IN && !strcmp(s->words[w], "of")))
			break;
		if ((tag == DYAD_POS_NN || tag == DYAD_POS_NNS)
			&& dyad__in_list(s->words[w], market_words))
			return 1;
	}
	return 0;
}

static int noun_tag(uint8_t tag)
{
	return tag == DYAD_POS_NN || tag == DYAD_POS_NNS || tag == DYAD_POS_NNP
		|| tag == DYAD_POS_NNPS;
}

static const char *const time_nouns[] = { "week", "weeks", "month", "months", "year", "years",
	"quarter", "period", "day", "days", NULL };

static const char *const months[] = { "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december", NULL };
/* "this week said 45 ...": a time adverbial before the verb */
static const char *const deictic[] = { "this", "last", "next", "that", "each", "every", NULL };
/* determiners that open a noun phrase ("that", "both", "all" may stand
 * alone as its subject: "a coalition that supported free trade") */
static const char *const determiners[] = { "this", "these", "those", "no", "some", "any",
	"every", "another", NULL };
/* prepositions, not subordinators ("if adopted by Congress") */
static const char *const prepositions[] = { "of", "with", "for", "from", "on", "in", "by",
	"about", "against", "among", "into", "at", NULL };

int dyad_events__adjectival(const dyad__sent *s, uint32_t i)
{
	const dyad_token *toks = s->an->doc.toks;
	uint8_t tag = toks[s->tok[i]].tag, prev, next;
	if (i == 0 || i + 1 >= s->n || (tag != DYAD_POS_VBN && tag != DYAD_POS_VBG
		&& tag != DYAD_POS_VBD))
		return 0;
	prev = toks[s->tok[i - 1]].tag;
	next = toks[s->tok[i + 1]].tag;
	/* "in the week ended March 19": which ended */
	if (tag != DYAD_POS_VBG && dyad__in_list(s->words[i - 1], time_nouns)
		&& !(i > 1 && dyad__in_list(s->words[i - 2], deictic))
		&& (next == DYAD_POS_CD || dyad__in_list(s->words[i + 1], months)))
		return 1;
	if (!noun_tag(next) && next != DYAD_POS_JJ)
		return 0;
	/* a participle between a determiner or preposition and its noun:
	 * "of approved energy supplies"; not a gerund after a preposition,
	 * which has an object ("accused of killing civilians") */
	/* after "its" not even a past tense: "its planned visit" ("'s" may
	 * be a verb or a misplaced apostrophe: "youth's violated") */
	if (prev == DYAD_POS_PRPS)
		return 1;
	if (prev == DYAD_POS_POS)
		return tag != DYAD_POS_VBD;
	if (prev == DYAD_POS_DT && dyad__in_list(s->words[i - 1], determiners))
		return tag != DYAD_POS_VBD;
	return tag == DYAD_POS_VBN && dyad__in_list(s->words[i - 1], prepositions);
}
