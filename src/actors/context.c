/*
 * Actors from story context (see context.h). For each sentence, in order:
 *
 *  1. dictionary mentions of people (a multi-word proper name, or one
 *     beside a title) become entities, so a later surname finds them;
 *  2. runs of proper nouns no dictionary phrase covers: a name already
 *     seen (full name, surname, or a variant by the name key); a variant
 *     of a dictionary phrase (the coder's key index); else a new entity
 *     when a title gives its code: a title mention right before it
 *     ("Veranian Foreign Minister Alina Korsak"), a nationality and
 *     "counterpart" (the role of the person last titled), or an
 *     apposition after a comma ("Wang Yi, China's foreign minister");
 *  3. a title alone after "the" ("the foreign minister") is the most
 *     recent entity holding it;
 *  4. he/she/him/his/her: the first person before it in the sentence,
 *     else the subject of the sentence before, else the most recent
 *     person, of a gender the story has not contradicted
 *     (context_pronouns.c);
 *  5. "the two countries", "both sides", "the pair" ...: the two most
 *     recently mentioned states, as a compound of two members
 *     (context_states.c).
 */
#include <stdlib.h>
#include <string.h>

#include "context_internal.h"
#include "dict/matcher_internal.h"
#include "dyad/tagger.h"

/* ---- the entity table ---- */

static const char *const nonstate[] = { "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT" };

/* The state a code belongs to: its first block when that names a country
 * (three capitals, none of CAMEO's international or non-state blocks). */
int dyad_context__state_of(char cc[4], const char *code)
{
	size_t i;
	cc[0] = '\0';
	if (!code || strlen(code) < 3)
		return 0;
	for (i = 0; i < 3; i++)
		if (code[i] < 'A' || code[i] > 'Z')
			return 0;
	for (i = 0; i < sizeof nonstate / sizeof *nonstate; i++)
		if (!strncmp(code, nonstate[i], 3))
			return 0;
	memcpy(cc, code, 3);
	cc[3] = '\0';
	return 1;
}

void dyad_context__init(dyad__context *cx, dyad_arena *a, const dyad_matcher *m,
	const dyad__keyindex *ix, int32_t date)
{
	memset(cx, 0, sizeof *cx);
	cx->a = a;
	cx->m = m;
	cx->ix = ix;
	cx->date = date;
	cx->subject = -1;
}

const char *dyad_context__text(dyad_arena *a, const dyad_analysis *an, uint32_t b, uint32_t e)
{
	const dyad_token *tb = &an->doc.toks[b], *te = &an->doc.toks[e];
	return dyad_arena_strndup(a, an->doc.text.buf + tb->off, te->off + te->len - tb->off);
}

int32_t dyad_context__add(dyad__context *cx, const char *name, size_t len, const char *code,
	int person)
{
	dyad__entity *x;
	const char *sp;
	if (cx->n_ents == cx->cap_ents) {
		size_t nc = cx->cap_ents ? cx->cap_ents * 2 : 8;
		dyad__entity *ne = dyad_arena_grow(cx->a, cx->ents, cx->cap_ents * sizeof *ne,
			nc * sizeof *ne);
		if (!ne)
			return -1;
		cx->ents = ne;
		cx->cap_ents = nc;
	}
	x = &cx->ents[cx->n_ents];
	memset(x, 0, sizeof *x);
	if (!(x->name = dyad_arena_strndup(cx->a, name, len)))
		return -1;
	x->code = code;
	x->person = (uint8_t)person;
	dyad_context__name_key(x->key, sizeof x->key, name, len);
	sp = strrchr(x->key, ' ');
	sp = sp ? sp + 1 : x->key;
	if (strlen(sp) < sizeof x->last)
		memcpy(x->last, sp, strlen(sp) + 1);
	dyad_context__state_of(x->country, code);
	x->seen = ++cx->stamp;
	return (int32_t)cx->n_ents++;
}

/* Words [0, n) as one name key. */
static void words_key(char *key, size_t cap, const char *const *words, size_t n)
{
	char buf[256];
	size_t i, o = 0;
	for (i = 0; i < n && o + 1 < sizeof buf; i++) {
		size_t l = strlen(words[i]);
		if (o + l + 2 >= sizeof buf)
			break;
		if (i)
			buf[o++] = ' ';
		memcpy(buf + o, words[i], l);
		o += l;
	}
	buf[o] = '\0';
	dyad_context__name_key(key, cap, buf, o);
}

int32_t dyad_context__find(const dyad__context *cx, const char *const *words, size_t n)
{
	char key[64];
	size_t i;
	int32_t best = -1;
	if (!cx->n_ents)
		return -1;
	words_key(key, sizeof key, words, n);
	if (!*key)
		return -1;
	for (i = 0; i < cx->n_ents; i++) {
		const dyad__entity *x = &cx->ents[i];
		int hit = !strcmp(x->key, key);
		/* a surname alone: a person's, and a key long enough not to
		 * meet another name by chance (short ones must match as written) */
		if (!hit && n == 1 && x->person && strchr(x->key, ' ') && !strcmp(x->last, key)) {
			const char *sp = strrchr(x->name, ' ');
			hit = strlen(key) >= 3 || (sp && !strcmp(sp + 1, words[0]));
			if (!hit && sp) {
				/* compare case-blind with the name as written */
				size_t l = strlen(words[0]), k;
				hit = strlen(sp + 1) == l;
				for (k = 0; hit && k < l; k++)
					hit = (sp[1 + k] | 0x20) == (words[0][k] | 0x20);
			}
		}
		if (hit && (best < 0 || x->seen > cx->ents[best].seen))
			best = (int32_t)i;
	}
	/* family name first (Wang Yi, Zhang Youxia, Yoon Suk Yeol, Kim Jong
	 * Un): a word alone that is no surname may be the first word of a
	 * name of two or three words, as written */
	for (i = 0; best < 0 && n == 1 && i < cx->n_ents; i++) {
		const dyad__entity *x = &cx->ents[i];
		const char *sp = strchr(x->name, ' '), *sp2 = sp ? strchr(sp + 1, ' ') : NULL;
		size_t l = strlen(words[0]), k;
		int hit = x->person && sp && (!sp2 || !strchr(sp2 + 1, ' ')) && (size_t)(sp - x->name) == l;
		for (k = 0; hit && k < l; k++)
			hit = (x->name[k] | 0x20) == (words[0][k] | 0x20);
		if (hit)
			best = (int32_t)i;
	}
	return best;
}

/* ---- one sentence ---- */


static const char *const calendar[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL };
static const char *const honorific_m[] = { "mr", "mr.", "sir", NULL };
static const char *const honorific_f[] = { "mrs", "mrs.", "ms", "ms.", "madam", "madame",
	"dame", NULL };



static int name_word(const sent *s, size_t i)
{
	const dyad_token *t = tk(s, i);
	/* an acronym ("RMJ") names a body, not a person */
	return (t->tag == DYAD_POS_NNP || t->tag == DYAD_POS_NNPS) && (t->flags & DYAD_TOKF_CAP)
		&& !(t->flags & DYAD_TOKF_ALLCAPS) && t->kind == DYAD_TOK_WORD;
}

dyad__mention *dyad_context__mention(sent *s, uint32_t b, uint32_t e, const char *code, uint8_t how)
{
	dyad__mention *x;
	if (s->nm == s->cap) {
		size_t nc = s->cap * 2 + 4;
		dyad__mention *nn = dyad_arena_grow(s->cx->a, s->m, s->cap * sizeof *nn,
			nc * sizeof *nn);
		if (!nn)
			return NULL;
		s->m = nn;
		s->cap = nc;
	}
	x = &s->m[s->nm++];
	memset(x, 0, sizeof *x);
	x->b = x->actor_b = b;
	x->e = x->actor_e = e;
	x->code = x->actor_code = code;
	x->group = x->ref_group = -1;
	x->how = how;
	return x;
}

void dyad_context__link(dyad__context *cx, dyad__mention *x, int32_t e)
{
	x->ent = e + 1;
	x->entity = cx->ents[e].name;
	cx->ents[e].seen = ++cx->stamp;
	cx->ents[e].sent = cx->sent;
}

static int counterpart(const char *w)
{
	return !strcmp(w, "counterpart") || !strcmp(w, "counterparts");
}

/* The (old) mention ending right before word i, a possessive or
 * "counterpart" aside, or NULL. */
static const dyad__mention *before(const sent *s, size_t i)
{
	size_t k;
	for (k = 0; k < s->n_old; k++) {
		const dyad__mention *x = &s->m[k];
		if (x->e == i || (x->e + 1 == i && (tk(s, x->e)->kind == DYAD_TOK_POSSESSIVE
			|| counterpart(s->words[x->e]))))
			return x;
	}
	return NULL;
}

/* The most recent entity with a title, -1 none. */
static int32_t last_titled(const dyad__context *cx)
{
	size_t i;
	int32_t best = -1;
	for (i = 0; i < cx->n_ents; i++)
		if (cx->ents[i].agent_code && (best < 0 || cx->ents[i].seen > cx->ents[best].seen))
			best = (int32_t)i;
	return best;
}

/* Head nouns of institutions' proper names ("White House", "Security
 * Council"): no person's name ends with one. */
static const char *const institution[] = { "house", "street", "council", "office", "palace",
	"hall", "ministry", "court", "party", "army", "union", "bank", "fund", "nations", "forces",
	"assembly", "parliament", "congress", "committee", "agency", "republic", "kingdom", "states",
	"city", "state", "front", "movement", "organization", "organisation", "department",
	"command", "guard", "police", "navy", "corps", "authority", "commission", "senate",
	"government", "league", "alliance", "group", "brigade", "brigades", "emirates", "islands",
	"island", "coast", "county", "province", "region", "territory", "mountains", NULL };

/* A dictionary phrase of two to four proper nouns, a state's, none of
 * its first and last words an actor or agent alone, no institution's
 * head noun at its end ("Zhang Youxia", not "South Korea"). */
static int bare_name(const sent *s, const dyad__mention *x)
{
	uint32_t nw = x->actor_e - x->actor_b;
	const char *w[2];
	char cc[4];
	int k;
	if (nw < 2 || nw > 4 || !dyad_context__state_of(cc, x->actor_code)
		|| in(s->words[x->actor_e - 1], institution))
		return 0;
	w[0] = s->words[x->actor_b];
	w[1] = s->words[x->actor_e - 1];
	for (k = 0; k < 2; k++) {
		dyad_actor_match am;
		dyad_agent_match gm;
		if (dyad_matcher_actor(s->cx->m, &w[k], 1, s->cx->date, &am)
			|| dyad_matcher_agent(s->cx->m, &w[k], 1, &gm))
			return 0;
	}
	return 1;
}

/* The finer of two codes of one actor: b when it extends a ("RUS",
 * "RUSGOV"), else a. */
static const char *finer(const char *a, const char *b)
{
	size_t n = strlen(a);
	return b && strlen(b) > n && !strncmp(a, b, n) ? b : a;
}

/* Whether the title of x runs straight into its name: "President
 * Zelensky", not "reporters in Tokyo" (a place after a preposition). */
static int title_joined(const sent *s, const dyad__mention *x)
{
	for (uint32_t w = x->b; w < x->actor_b; w++) {
		unsigned tag = tk(s, w)->tag;
		if (tag == DYAD_POS_IN || tag == DYAD_POS_TO || tag == DYAD_POS_DT)
			return 0;
	}
	return 1;
}

/* 1. a dictionary mention of a person names an entity */
static int dictionary_people(sent *s)
{
	dyad__context *cx = s->cx;
	size_t k;
	for (k = 0; k < s->n_old; k++) {
		dyad__mention *x = &s->m[k];
		const dyad__mention *t = NULL;
		uint32_t w, nw = x->actor_e - x->actor_b;
		int names = nw > 0, person;
		int32_t e;
		if (!x->code || x->pronoun || x->agent_only || !x->actor_code)
			continue;
		for (w = x->actor_b; names && w < x->actor_e; w++)
			names = name_word(s, w);
		if (!names)
			continue;
		if ((e = dyad_context__find(cx, s->words + x->actor_b, nw)) >= 0) {
			dyad_context__link(cx, x, e);
			x->code = finer(x->code, cx->ents[e].code);
			continue;
		}
		/* one word is a person's name only with a title before it and a
		 * dictionary code that gives a role ("President Zelensky",
		 * UKRGOV; "the government of Iran" is IRN, a state) */
		if (nw < 2 && !(x->agent_code && x->b < x->actor_b && strlen(x->actor_code) > 3
			&& !in(s->words[x->actor_b], institution) && title_joined(s, x)))
			continue;
		/* a title beside it: joined to it, or the mention before */
		if (x->agent_code && x->b < x->actor_b)
			t = x;
		else if (x->actor_b > 0 && (t = before(s, x->actor_b)) && (!t->agent_code || t == x))
			t = NULL;
		person = t != NULL;
		if (!person) {
			/* the dictionary knows them by surname alone */
			dyad_actor_match am;
			const char *last = s->words[x->actor_e - 1];
			person = dyad_matcher_actor(cx->m, &last, 1, cx->date, &am) && am.code
				&& x->actor_code && !strcmp(am.code, x->actor_code);
		}
		if (!person)
			person = bare_name(s, x);
		if (!person)
			continue;
		{
			const dyad_token *tb = tk(s, x->actor_b), *te = tk(s, x->actor_e - 1);
			e = dyad_context__add(cx, s->an->doc.text.buf + tb->off,
				te->off + te->len - tb->off, x->code, 1);
		}
		if (e < 0)
			return DYAD_ENOMEM;
		if (t) {
			cx->ents[e].agent_code = t->agent_code;
			cx->ents[e].agent_prefix = t->agent_prefix;
			cx->ents[e].title = t->agent;
			/* "Russian President Vladimir Putin": the title says more
			 * than a dictionary giving the country alone */
			cx->ents[e].code = x->code = finer(x->code, t->code);
		}
		dyad_context__link(cx, x, e);
	}
	return DYAD_OK;
}

/* The first mention within `reach` words after the comma at word c, with
 * no verb (and, with stop_in, no preposition) before it; NULL when none. */
static const dyad__mention *after_comma(const sent *s, size_t c, size_t reach, int stop_in)
{
	size_t k, w;
	if (c >= s->n || strcmp(s->words[c], ","))
		return NULL;
	for (k = 0; k < s->n_old; k++) {
		const dyad__mention *x = &s->m[k];
		if (x->b <= c || x->b > c + reach)
			continue;
		for (w = c + 1; w < x->b; w++) {
			unsigned tag = tk(s, w)->tag;
			if ((tag >= DYAD_POS_VB && tag <= DYAD_POS_VBZ) || tag == DYAD_POS_MD
				|| (stop_in && tag == DYAD_POS_IN) || !strcmp(s->words[w], ","))
				return NULL;
		}
		return x;
	}
	return NULL;
}

/* The title a name's apposition gives ("Wang Yi, China's foreign
 * minister"): a mention of an actor with an agent soon after the comma at
 * word c, no verb before it. */
static const dyad__mention *apposition(const sent *s, size_t c)
{
	const dyad__mention *x = after_comma(s, c, 8, 0);
	return x && x->code && !x->agent_only && x->agent_code && !x->pronoun ? x : NULL;
}

/* Words that join a title to the body it serves ("spokesman for the
 * Department of State", "adviser to the president"). */
static const char *const title_link[] = { "for", "of", "to", "at", "the", NULL };

/* The body a title alone serves: the actor mention (not an agent alone)
 * after it, only linking words between, or NULL. */
static const dyad__mention *served(const sent *s, const dyad__mention *t)
{
	size_t k, w;
	for (k = 0; k < s->n_old; k++) {
		const dyad__mention *y = &s->m[k];
		if (y->b <= t->e || y->b > t->e + 3 || !y->code || y->agent_only || y->pronoun
			|| !y->actor_code)
			continue;
		for (w = t->e; w < y->b; w++)
			if (!in(s->words[w], title_link))
				return NULL;
		return y->b > t->e ? y : NULL;
	}
	return NULL;
}

/* A title alone names the person beside it (issue 5: "Foreign Ministry
 * spokesman Abbas Mousavi", "Ani Badalian, the Foreign Ministry
 * spokeswoman", "Captain Li Xi, spokesman for the Chinese military"):
 * the body the title serves gives the code, else the title's own
 * ("---GOV"; the statement's speaker fill finds its state). t the agent
 * alone; *code and *body set; 0 when t is no such title. */
static int lone_title(const sent *s, const dyad__mention *t, const char **code)
{
	const dyad__mention *y;
	char cc[4];
	size_t w;
	if (!t || !t->agent_only || !t->agent_code || !t->code || t->pronoun)
		return 0;
	/* up to two title words no dictionary phrase has ("Deputy") */
	for (w = t->b; w > 0 && w + 2 > t->b && !before(s, w) && name_word(s, w - 1); w--)
		;
	if (w > 0 && (y = before(s, w)) && y->code && !y->agent_only && !y->pronoun
		&& !y->agent_code && dyad_context__state_of(cc, y->code)) {
		/* a nationality before the title: "Russian Deputy Defence
		 * Minister Sergei Volkonsky" */
		*code = dyad_actors__compose(s->cx->a, y->code, t->agent_code, t->agent_prefix);
		return *code != NULL;
	}
	*code = (y = served(s, t)) ? y->code : t->code;
	return 1;
}

/* The title in a name's apposition that is an agent alone: after the
 * comma at word c, "the" or a capitalised title word first, no verb. */
static const dyad__mention *lone_apposition(const sent *s, size_t c)
{
	const dyad__mention *x = after_comma(s, c, 4, 1);
	return x && x->agent_only ? x : NULL;
}

/* Could the name [i, j) be someone: the head of its noun phrase, not
 * after a preposition, a determiner or a possessive ("in Lumen", "the
 * Tarrow crossing")? */
static int person_slot(const sent *s, size_t i, size_t j)
{
	const dyad_token *t = tk(s, j - 1);
	/* a numbered name ("Resolution 2231", "Route 9") is a thing */
	if (j < s->n && tk(s, j)->kind == DYAD_TOK_NUMBER)
		return 0;
	if (i > 0) {
		unsigned tag = tk(s, i - 1)->tag;
		if (tag == DYAD_POS_IN || tag == DYAD_POS_TO || tag == DYAD_POS_DT
			|| tag == DYAD_POS_PRPS || tag == DYAD_POS_POS)
			return 0;
	}
	return t->chunk >= 0 && s->an->chunks.chunks
		&& s->an->chunks.chunks[t->chunk].head == s->tok[j - 1];
}

/* 2. names no dictionary phrase covers */
static int names(sent *s, const uint8_t *covered)
{
	dyad__context *cx = s->cx;
	size_t i = 0, j;
	while (i < s->n) {
		const dyad__mention *t;
		dyad__mention *x;
		dyad_actor_match am;
		char key[64], gender = 0;
		int32_t e;
		if (covered[i] || !name_word(s, i)) {
			i++;
			continue;
		}
		for (j = i; j < s->n && !covered[j] && name_word(s, j); j++)
			;
		/* "Mr", "Mrs": not part of the name, but its gender */
		while (i < j && (in(s->words[i], honorific_m) || in(s->words[i], honorific_f))) {
			gender = in(s->words[i], honorific_m) ? 'm' : 'f';
			i++;
		}
		if (i == j || (j - i == 1 && in(s->words[i], calendar))) {
			i = j;
			continue;
		}
		x = NULL;
		if ((e = dyad_context__find(cx, s->words + i, j - i)) >= 0) {
			if (!(x = dyad_context__mention(s, (uint32_t)i, (uint32_t)j, cx->ents[e].code, DYAD_MENTION_NAME)))
				return DYAD_ENOMEM;
			dyad_context__link(cx, x, e);
		} else {
			const char *code = NULL, *agent = NULL, *title = NULL;
			uint8_t prefix = 0, how = DYAD_MENTION_TITLE;
			dyad__mention *ext = NULL;
			if (j - i >= 2 && (words_key(key, sizeof key, s->words + i, j - i), 1)
				&& dyad_context__index_find(cx->ix, cx->m, cx->date, key, &am)) {
				code = am.code;
				how = DYAD_MENTION_DICTIONARY;
			} else if ((t = before(s, i)) && t->code && !t->pronoun && !t->agent_only
				&& t->actor_code) {
				if (t->agent_code && t->e == i) {
					/* "Veranian Foreign Minister Alina Korsak" */
					code = t->code;
					agent = t->agent_code;
					prefix = t->agent_prefix;
					title = t->agent;
					ext = (dyad__mention *)t;
				} else if (!t->agent_code && dyad_context__state_of(key, t->code) && t->e + 1 == i
					&& counterpart(s->words[t->e]) && last_titled(cx) >= 0) {
					/* "her Ostrian counterpart Tomas Hed": the role of the
					 * person last titled. (A nationality alone, "Japan
					 * Security Pacific", may name a firm as well.) */
					int32_t r = last_titled(cx);
					agent = cx->ents[r].agent_code;
					prefix = cx->ents[r].agent_prefix;
					title = cx->ents[r].title;
					code = dyad_actors__compose(cx->a, t->code, agent, prefix);
					ext = (dyad__mention *)t;
				}
			}
			if (!code && (t = before(s, i)) && t->e == i && lone_title(s, t, &code)) {
				/* "Foreign Ministry spokesman Abbas Mousavi" */
				agent = t->agent_code;
				prefix = t->agent_prefix;
				title = t->agent;
				ext = (dyad__mention *)t;
			} else if (!code && (t = before(s, i)) && t->e == i && !t->agent_only
				&& !t->pronoun && t->code && t->actor_code) {
				/* "Spokesman for the US Department of State Vedant
				 * Patel": a title alone serving the body before it */
				const dyad__mention *y;
				size_t k;
				for (k = 0; k < s->n_old; k++)
					if (s->m[k].agent_only && (y = served(s, &s->m[k]))
						&& y->b <= t->b && t->b <= y->e) {
						code = t->code;
						agent = s->m[k].agent_code;
						prefix = s->m[k].agent_prefix;
						title = s->m[k].agent;
						break;
					}
			}
			if (!code && (t = apposition(s, j))) {
				code = t->code;
				agent = t->agent_code;
				prefix = t->agent_prefix;
				title = t->agent;
			} else if (!code && (t = lone_apposition(s, j)) && lone_title(s, t, &code)) {
				agent = t->agent_code;
				prefix = t->agent_prefix;
				title = t->agent;
			}
			if (code) {
				const dyad_token *tb = tk(s, i), *te = tk(s, j - 1);
				e = dyad_context__add(cx, s->an->doc.text.buf + tb->off,
					te->off + te->len - tb->off, code, 1);
				if (e < 0)
					return DYAD_ENOMEM;
				cx->ents[e].agent_code = agent;
				cx->ents[e].agent_prefix = prefix;
				cx->ents[e].title = title;
				if (ext && ext->code) {
					/* the title and the name are one mention */
					ext->e = (uint32_t)j;
					ext->code = code;
					if (ext->agent_only) {
						/* a title alone is now someone named */
						ext->agent_only = 0;
						ext->actor_code = code;
						ext->actor_b = (uint32_t)i;
						ext->actor_e = (uint32_t)j;
					}
					ext->how = how;
					x = ext;
				} else if (!(x = dyad_context__mention(s, (uint32_t)i, (uint32_t)j, code, how))) {
					return DYAD_ENOMEM;
				}
				if (how == DYAD_MENTION_DICTIONARY)
					x->phrase = am.phrase, x->file = am.file, x->line = am.line;
				else if (t && !x->phrase)
					x->phrase = t->phrase, x->file = t->file, x->line = t->line;
				dyad_context__link(cx, x, e);
			}
		}
		if (x && gender && !cx->ents[x->ent - 1].gender)
			cx->ents[x->ent - 1].gender = gender;
		if (!x && person_slot(s, i, j))
			s->unknown[i] = 1;
		i = j;
	}
	return DYAD_OK;
}

/* Does the title alone (an agent phrase) name someone titled t: the same
 * phrase, or its last word ("the minister" for "foreign minister")? */
static int same_title(const char *t, const char *alone)
{
	size_t nt, na;
	if (!t || !alone)
		return 0;
	nt = strlen(t);
	na = strlen(alone);
	if (strchr(alone, ' ') || na > nt)
		return !strcmp(t, alone);
	return !strcmp(t + nt - na, alone) && (nt == na || t[nt - na - 1] == ' '
		|| t[nt - na - 1] == '_');
}

/* 3. "the foreign minister": the most recent entity with that title */
static void roles(sent *s)
{
	dyad__context *cx = s->cx;
	size_t k, i;
	for (k = 0; k < s->nm; k++) {
		dyad__mention *x = &s->m[k];
		int32_t best = -1;
		if (!x->agent_only || !x->agent_code || x->b == 0 || strcmp(s->words[x->b - 1], "the")
			|| tk(s, x->e - 1)->tag == DYAD_POS_NNS || tk(s, x->e - 1)->tag == DYAD_POS_NNPS)
			continue;
		for (i = 0; i < cx->n_ents; i++) {
			const dyad__entity *y = &cx->ents[i];
			size_t q;
			int named = 0;
			/* not someone the sentence names: "the minister met Hed" */
			for (q = 0; q < s->nm; q++)
				named |= s->m[q].ent == (int32_t)i + 1 && !s->m[q].pronoun;
			if (!named && same_title(y->title, x->agent)
				&& (best < 0 || y->seen > cx->ents[best].seen))
				best = (int32_t)i;
		}
		if (best < 0)
			continue;
		x->code = cx->ents[best].code;
		x->agent_only = 0;
		x->how = DYAD_MENTION_ROLE;
		dyad_context__link(cx, x, best);
	}
}

static int by_word(const void *x, const void *y)
{
	const dyad__mention *a = x, *b = y;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* Put the added mentions in word order among the old ones, renumbering
 * the compound groups. */
static int merge(sent *s)
{
	size_t i, k, o = 0, na = s->nm - s->n_old;
	int32_t *map;
	dyad__mention *out;
	if (na == 0)
		return DYAD_OK;
	map = dyad_arena_alloc(s->cx->a, (s->n_old + 1) * sizeof *map);
	out = dyad_arena_alloc(s->cx->a, s->nm * sizeof *out);
	if (!map || !out)
		return DYAD_ENOMEM;
	/* the added ones are in word order but for collectives, made last;
	 * a stable sort keeps a collective's members in their order */
	for (i = s->n_old + 1; i < s->nm; i++)
		for (k = i; k > s->n_old && by_word(&s->m[k - 1], &s->m[k]) > 0; k--) {
			dyad__mention t = s->m[k];
			s->m[k] = s->m[k - 1];
			s->m[k - 1] = t;
		}
	for (i = 0, k = s->n_old; i < s->n_old || k < s->nm;) {
		if (k >= s->nm || (i < s->n_old && s->m[i].b <= s->m[k].b)) {
			map[i] = (int32_t)o;
			out[o++] = s->m[i++];
		} else {
			out[o++] = s->m[k++];
		}
	}
	for (i = 0; i < o; i++) {
		if (!out[i].collective) {
			if (out[i].group >= 0)
				out[i].group = map[out[i].group];
			if (out[i].ref_group >= 0)
				out[i].ref_group = map[out[i].ref_group];
		} else if (i > 0 && out[i - 1].collective && out[i - 1].b == out[i].b) {
			/* the members of one collective phrase are one compound */
			if (out[i - 1].group < 0)
				out[i - 1].group = (int32_t)(i - 1);
			out[i].group = out[i - 1].group;
		}
	}
	s->m = out;
	s->cap = s->nm;
	return DYAD_OK;
}

int dyad_context__sentence(dyad__context *cx, const dyad_analysis *an, uint32_t si,
	const uint32_t *tok, const char *const *words, size_t n, dyad__mention **ments,
	size_t *n_ments)
{
	sent s;
	uint8_t *covered;
	size_t k;
	uint32_t w;
	int rc;
	memset(&s, 0, sizeof s);
	s.cx = cx;
	s.an = an;
	s.tok = tok;
	s.words = words;
	s.n = n;
	s.m = *ments;
	s.nm = s.cap = s.n_old = *n_ments;
	if (!n)
		return DYAD_OK;
	cx->sent = si;
	s.si = si;
	if (!(covered = dyad_arena_calloc(cx->a, n, 1)) || !(s.unknown = dyad_arena_calloc(cx->a, n, 1)))
		return DYAD_ENOMEM;
	/* 1: a word of a mention; 2: of an agent alone */
	for (k = 0; k < s.nm; k++)
		for (w = s.m[k].b; w < s.m[k].e && w < n; w++)
			covered[w] = s.m[k].agent_only ? 2 : 1;
	if ((rc = dictionary_people(&s)) < 0 || (rc = names(&s, covered)) < 0
		|| (rc = dyad_context__collectives(&s, covered)) < 0 || (rc = dyad_context__they(&s)) < 0
		|| (rc = merge(&s)) < 0)
		return rc;
	roles(&s);
	dyad_context__pronouns(&s);
	dyad_context__subject(&s);
	dyad_context__group_note(&s);
	s.n_old = s.nm; /* merged: all in word order */
	dyad_context__states(&s, n);
	*ments = s.m;
	*n_ments = s.nm;
	return dyad_arena_failed(cx->a) ? DYAD_ENOMEM : DYAD_OK;
}

int dyad_context__record(dyad__context *cx, const dyad_analysis *an, uint32_t si,
	const uint32_t *tok, const dyad__mention *ments, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++) {
		const dyad__mention *x = &ments[k];
		dyad_mention *r;
		if (!x->code)
			continue;
		if (cx->n_out == cx->cap_out) {
			size_t nc = cx->cap_out ? cx->cap_out * 2 : 16;
			dyad_mention *no = dyad_arena_grow(cx->a, cx->out, cx->cap_out * sizeof *no,
				nc * sizeof *no);
			if (!no)
				return DYAD_ENOMEM;
			cx->out = no;
			cx->cap_out = nc;
		}
		r = &cx->out[cx->n_out++];
		r->sentence = si;
		r->tok[0] = tok[x->b];
		r->tok[1] = tok[x->e - 1] + 1;
		r->code = x->code;
		r->how = x->pronoun && x->how == DYAD_MENTION_DICTIONARY ? DYAD_MENTION_PRONOUN
			: x->how;
		r->entity = x->entity;
		for (size_t q = 0; !r->entity && x->pronoun && q < k; q++)
			if (!ments[q].pronoun && ments[q].code && !strcmp(ments[q].code, x->code))
				r->entity = ments[q].entity ? ments[q].entity
					: dyad_context__text(cx->a, an, tok[ments[q].b], tok[ments[q].e - 1]);
		if (!r->entity)
			r->entity = dyad_context__text(cx->a, an, tok[x->b], tok[x->e - 1]);
		if (!r->entity)
			return DYAD_ENOMEM;
	}
	return DYAD_OK;
}
