/*
 * Locative place mentions (dyad/places.h): one pass over each sentence's
 * tokens; at a locative preposition, read what follows as
 *
 *   [det] [modifiers] SPATIAL-NOUN [of | ,] NAME   "in the southern city of Zhuhai"
 *   [det] [lower-case modifiers] NAME              "in war-torn Syria", "at Kabul"
 *
 * where NAME is the longest gazetteer match (its first word capitalised) or,
 * with no determiner, a run of capitalised proper nouns that is not a
 * month, a title or an organisation ("in Lumen"). After NAME, a type noun
 * ("Kherson region"), an apposed country ("Beijing, China") or a
 * possessive ("Ukraine's eastern Donetsk region") refine it.
 */
#include <string.h>

#include "wordlist.h"
#include "ctx_internal.h"
#include "dyad/tagger.h"
#include "attach.h"
#include "places_internal.h"

enum { MODE_LOC = 1, MODE_ON, MODE_TO };

/* Prepositions after which an unknown proper name is taken for a place:
 * "at Duke", "into Gould", "to Lumen" name firms and people as often. */
static const char *const unknown_preps[] = { "in", "near", "outside", "around", "across",
	"throughout", NULL };

typedef struct scan {
	int unknown_ok; /* the preposition allows an unknown name */
	const dyad_gazetteer *g;
	const dyad_doc_text *doc;
	const dyad_token *t;
	uint32_t se; /* end of the sentence's tokens */
	dyad_arena *arena;
} scan;

typedef struct hit {
	uint32_t b, e; /* the name's tokens */
	uint32_t end;  /* end of the phrase */
	const char *name, *country;
	uint8_t kind;
	uint8_t unknown;
} hit;

static const char *const loc_preps[] = { "in", "at", "near", "outside", "inside", "across",
	"throughout", "around", "within", "into", NULL };

/* Nouns for a kind of settlement, or for an administrative unit: they name
 * the kind of the place that follows ("the town of X") or precedes ("X
 * province"). */
static const char *const city_nouns[] = { "city", "town", "village", "capital", "port",
	"hamlet", "township", "settlement", "camp", "municipality", "resort", "suburb",
	"neighbourhood", "neighborhood", NULL };
static const char *const region_nouns[] = { "province", "region", "district", "state",
	"county", "oblast", "governorate", "prefecture", "territory", "enclave", "area", "island",
	"islands", "peninsula", "valley", "republic", "emirate", "kingdom", "canton", "strip",
	"department", "municipality", NULL };
/* Parts of a place: the place is the one named after "of". */
static const char *const part_nouns[] = { "outskirts", "suburbs", "centre", "center", "heart",
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "edge", "coast", "shores",
	"streets", "vicinity", "part", "parts", "border", "borders", "environs", "countryside",
	"outskirt", "downtown", NULL };
/* Words that end a possessive place: "in Ukraine's east". */
static const char *const direction_nouns[] = { "north", "south", "east", "west", "northeast",
	"northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
	"south-west", "interior", "border", "borders", "territory", "soil", NULL };
static const char *const direction_adjs[] = { "northern", "southern", "eastern", "western",
	"central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
	"north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast",
	"southwest", "north", "south", "east", "west", NULL };
/* Nouns and verbs whose "in"/"into" names what is owned or joined, not
 * where: "a stake in Novo Astro", "invested in Lumen", "merged into X". */
static const char *const not_loc_heads[] = { "stake", "interest", "share", "shareholder",
	"holding", "investment", "invest", "investor", "position", "role", "participation",
	"confidence", "faith", "trust", "belief", "involvement", "merge", "buy", "fold",
	"convert", "turn", "translate", NULL };
/* Words that may follow a gazetteer name inside a longer place name
 * ("Atlantic City", "Jordan Valley"); any other proper noun makes the
 * longer name an institution or a person ("Moscow State University"). */
static const char *const geo_heads[] = { "city", "valley", "beach", "bay", "island", "islands",
	"mountains", "hills", "heights", "springs", "falls", "lake", "river", "harbor", "harbour",
	"port", "county", "plain", "plains", "basin", "coast", "gorge", "pass", "strait", NULL };
/* Nouns for a visit: "on a visit to Beijing" places the visit. */
static const char *const visit_nouns[] = { "visit", "trip", "tour", "journey", NULL };
/* Verbs of travel whose "to X" is where the traveller then is ("travelled
 * to Washington to meet Biden"), and verbs whose object is the place
 * ("visited Beijing"). Lemmas. */
static const char *const travel_verbs[] = { "come", "fly", "go", "head", "return", "rush",
	"sail", "travel", NULL };
static const char *const visit_verbs[] = { "tour", "visit", NULL };
/* Verbs of taking or striking a place: their object is where the event is
 * ("captured the outskirts of Goma", "shelled the town of X"). Lemmas. */
static const char *const seize_verbs[] = { "bombard", "besiege", "capture", "encircle", "invade",
	"occupy", "overrun", "recapture", "retake", "seize", "shell", "storm", NULL };
/* Nouns for the audience of a statement: a place after them is still
 * where the words were said ("told reporters in Kyiv"). */
static const char *const audience_nouns[] = { "reporters", "journalists", "press", "media",
	"lawmakers", "legislators", "audience", "crowd", "supporters", "delegates", "counterpart",
	"counterparts", "news", "television", "radio", NULL };
/* Nouns for the occasion of a statement: what follows them, place
 * included, tells the occasion ("said in a speech to businessmen in X",
 * "told a meeting of the party in X"). */
static const char *const occasion_nouns[] = { "briefing", "broadcast", "ceremony", "conference",
	"forum", "gathering", "interview", "meeting", "rally", "session", "speech", "statement",
	"summit", "talks", "trip", "visit",
	/* what is signed is the event itself: "signed a deal in Doha" */
	"accord", "agreement", "communique", "deal", "declaration", "memorandum", "pact", "treaty",
	NULL };
/* Words of time: a noun before them has ended the object, and a place
 * after them goes with the verb ("signed it on Wednesday at a forum in X"). */
static const char *const time_words[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", NULL };
/* Capitalised words that are not places after "in"/"at": times, titles,
 * institutions and events, languages. */
static const char *const not_place[] = { "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "ramadan", "christmas", "easter",
	"president", "prime", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "king",
	"queen", "prince", "princess", "pope", "sen", "senator", "rep", "secretary", "chancellor",
	"sheikh", "ayatollah", "colonel", "col", "lt", "sgt", "capt", "captain", "judge", "justice",
	"congress", "parliament", "senate", "council", "assembly", "court", "ministry",
	"department", "committee", "commission", "union", "nations", "party", "bank", "university",
	"college", "school", "corp", "corporation", "inc", "ltd", "co", "company", "group",
	"agency", "office", "forces", "army", "navy", "police", "government", "cabinet", "church",
	"times", "post", "news", "journal", "press", "reuters", "association", "federation",
	"organization", "organisation", "institute", "foundation", "fund", "exchange", "index",
	"league", "cup", "games", "olympics", "championship", "festival", "conference", "treaty",
	"accord", "agreement", "act", "war", "world", "god", "islam", "christianity", "internet",
	"english", "french", "dutch", "arabic", "hebrew", "greek", "thai", "hindi", "urdu",
	"farsi", "swahili", "latin", "german", "spanish", "i", "we", "he", "she", "they", "it",
	"this", "that", "these", "those", "there", "here", "all", "both", "some", "many",
	/* company names */
	"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv",
	"securities", "petroleum", "oil", "gas", "marketing", "hotels", "industries", "mines",
	"mining", "holdings", "partners", "airlines", "airways", "air", "motors", "systems",
	"technologies", "technology", "communications", "energy", "resources", "capital",
	"financial", "insurance", "life", "brothers", "associates", "enterprises",
	"international", "pharmaceuticals", "chemical", "chemicals", "electric", "steel",
	"foods", "stores", "telecom", "services", "products", "investments", "realty",
	"ventures", "lines", "shipping", "bancorp", "bankers", "trading", "media", "network",
	"television", "radio", "magazine", "club", NULL };

static int tag_is(const dyad_token *t, dyad_pos p)
{
	return t->tag == p;
}

static int is_cap_word(const dyad_token *t)
{
	return (t->flags & DYAD_TOKF_CAP) && (t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_ABBREV);
}

static int is_proper(const dyad_token *t)
{
	return is_cap_word(t) && (tag_is(t, DYAD_POS_NNP) || tag_is(t, DYAD_POS_NNPS));
}

/* Kind a type noun gives the place, 0 when w is not one. */
static uint8_t noun_kind(const char *w)
{
	if (dyad__in_list(w, city_nouns))
		return DYAD_PLACE_CITY;
	if (dyad__in_list(w, region_nouns))
		return DYAD_PLACE_REGION;
	return 0;
}

static int is_spatial(const dyad_token *t)
{
	return t->kind == DYAD_TOK_WORD && !(t->flags & DYAD_TOKF_CAP)
		&& (noun_kind(t->lower) || dyad__in_list(t->lower, part_nouns));
}

/* A word that ends in a nationality or language suffix ("Russian",
 * "Chinese", "Turkish") names no place. */
static int demonym_like(const char *w)
{
	size_t n = strlen(w);
	return (n > 4 && (!strcmp(w + n - 3, "ese") || !strcmp(w + n - 3, "ish")
		|| !strcmp(w + n - 3, "ian") || !strcmp(w + n - 3, "ean")));
}

static int gaz_at(const scan *s, uint32_t k, uint32_t *nw)
{
	if (k >= s->se || !is_cap_word(&s->t[k]))
		return -1;
	return dyad__gaz_match(s->g, s->t, k, s->se, nw, 0);
}

/* A run of capitalised proper nouns at k that may be an unknown place:
 * its end, or k when there is none. */
static uint32_t unknown_run(const scan *s, uint32_t k)
{
	uint32_t e = k;
	while (e < s->se && e - k < 4 && is_proper(&s->t[e]) && !(s->t[e].flags & DYAD_TOKF_ALLCAPS)
		&& !noun_kind(s->t[e].lower)) {
		if (dyad__in_list(s->t[e].lower, not_place) || demonym_like(s->t[e].lower)
			|| strlen(s->t[e].lower) < 2 || strpbrk(s->t[e].lower, "0123456789"))
			return k;
		e++;
	}
	if (e == k || e >= s->se)
		return e;
	/* "in Lumen talks", "in Korsak's view": the name modifies a noun */
	if (s->t[e].kind == DYAD_TOK_POSSESSIVE)
		return k;
	if ((tag_is(&s->t[e], DYAD_POS_NN) || tag_is(&s->t[e], DYAD_POS_NNS)) && !noun_kind(s->t[e].lower))
		return k;
	return e;
}

static int target(const scan *s, uint32_t j, int mode, int depth, hit *h);

/* The name at k: a gazetteer place, or (allow_unknown) an unknown proper
 * name; then what refines it. */
static int name_at(const scan *s, uint32_t k, int allow_unknown, int depth, hit *h)
{
	const dyad_token *t = s->t;
	uint32_t nw = 0, e;
	int32_t pl = gaz_at(s, k, &nw);

	memset(h, 0, sizeof *h);
	/* a known name that goes on as a longer proper name ("Moscow State
	 * University") is that longer name */
	if (pl >= 0 && k + nw < s->se && is_proper(&t[k + nw]) && !noun_kind(t[k + nw].lower)) {
		if (!dyad__in_list(t[k + nw].lower, geo_heads))
			return 0;
		pl = -1;
		allow_unknown = 1;
	}
	if (pl >= 0) {
		const dyad__gz_place *gp = &s->g->places[pl];
		h->b = k;
		h->e = k + nw;
		h->name = gp->name;
		h->country = gp->country;
		h->kind = gp->kind;
	} else {
		if (!allow_unknown || !s->unknown_ok || k >= s->se || (e = unknown_run(s, k)) == k)
			return 0;
		h->b = k;
		h->e = e;
		h->unknown = 1;
		h->kind = DYAD_PLACE_UNKNOWN;
	}
	h->end = e = h->e;
	if (e >= s->se)
		return 1;
	/* "Kherson region", "Helmand province" */
	if (noun_kind(t[e].lower) && t[e].kind == DYAD_TOK_WORD) {
		uint8_t nk = noun_kind(t[e].lower);
		/* "the U.S. District Court": an institution's name */
		if ((t[e].flags & DYAD_TOKF_CAP) && e + 1 < s->se && is_proper(&t[e + 1]))
			return 0;
		if (h->unknown || nk == DYAD_PLACE_REGION)
			h->kind = nk;
		h->end = e + 1;
		return 1;
	}
	/* "Ukraine's eastern Donetsk region", "Ukraine's east"; "Moscow's view" is not a place */
	if (t[e].kind == DYAD_TOK_POSSESSIVE) {
		hit in;
		uint32_t m = e + 1;
		if (h->unknown)
			return 0;
		if (depth == 0 && target(s, m, MODE_LOC, 1, &in)) {
			if (!in.country)
				in.country = h->country;
			*h = in;
			return 1;
		}
		while (m < s->se && m - e < 3 && (tag_is(&t[m], DYAD_POS_JJ) || tag_is(&t[m], DYAD_POS_JJS)))
			m++;
		if (m < s->se && dyad__in_list(t[m].lower, direction_nouns)) {
			h->end = m + 1;
			return 1;
		}
		return 0;
	}
	/* "Beijing, China": the apposed country gives the code when a
	 * punctuation mark or a preposition closes it */
	if (t[e].kind == DYAD_TOK_PUNCT && t[e].lower[0] == ',' && h->kind != DYAD_PLACE_COUNTRY
		&& h->kind != DYAD_PLACE_REGION) {
		uint32_t cw;
		int32_t c = gaz_at(s, e + 1, &cw);
		if (c >= 0 && s->g->places[c].country
			&& (s->g->places[c].kind == DYAD_PLACE_COUNTRY || s->g->places[c].kind == DYAD_PLACE_REGION)) {
			uint32_t a = e + 1 + cw;
			if (a >= s->se || s->t[a].kind == DYAD_TOK_PUNCT || tag_is(&t[a], DYAD_POS_IN)
				|| tag_is(&t[a], DYAD_POS_TO)) {
				h->country = s->g->places[c].country;
				h->end = a;
			}
		}
	}
	return 1;
}

/* What follows a locative preposition, from token j. */
static int target(const scan *s, uint32_t j, int mode, int depth, hit *h)
{
	const dyad_token *t = s->t;
	uint32_t k = j, m;
	int det = 0, verbal = 0;

	if (k >= s->se)
		return 0;
	if (dyad__in_list(t[k].lower, (const char *const[]){ "the", "a", "an", NULL })) {
		uint32_t nw;
		/* a name that starts with a capitalised article: "The Hague" */
		if ((t[k].flags & DYAD_TOKF_CAP) && !(t[k].flags & DYAD_TOKF_SENT_START)
			&& gaz_at(s, k, &nw) >= 0 && nw > 1)
			return name_at(s, k, 0, depth, h);
		det = 1;
		k++;
	}
	/* [modifiers] spatial noun [of|,] NAME */
	for (m = k; m < s->se && m - k < 5 && !is_spatial(&t[m]); m++) {
		const dyad_token *x = &t[m];
		if (!(dyad_pos_is_adj(x->tag) || dyad_pos_is_noun(x->tag) || tag_is(x, DYAD_POS_VBN)
			    || tag_is(x, DYAD_POS_VBG) || tag_is(x, DYAD_POS_CD)))
			break;
	}
	if (m < s->se && is_spatial(&t[m])) {
		uint32_t n = m + 1;
		uint8_t nk = noun_kind(t[m].lower);
		/* "sold off part of X", "on part of": not a place */
		if (mode == MODE_ON && (!strcmp(t[m].lower, "part") || !strcmp(t[m].lower, "parts")))
			return 0;
		if (n < s->se && !strcmp(t[n].lower, "of")) {
			n++;
			if (n < s->se && !strcmp(t[n].lower, "the"))
				n++;
		} else if (n < s->se && nk && t[n].lower[0] == ',') {
			n++;
		} else if (nk && !(n < s->se && is_cap_word(&t[n]))) {
			/* "the southern Kherson region": the name is before the noun */
			for (uint32_t st = k; st < m; st++)
				if (is_cap_word(&t[st]))
					return name_at(s, st, 1, depth, h) && h->e >= m;
			return 0;
		} else if (!nk) {
			return 0;
		}
		if (!name_at(s, n, 1, depth, h))
			return 0;
		if (h->unknown && nk)
			h->kind = nk;
		return 1;
	}
	if (mode == MODE_ON)
		return 0;
	/* lower-case modifiers: "in war-torn Syria", "in northern Lumen" */
	for (m = k; m < s->se && m - k < 3; m++) {
		const dyad_token *x = &t[m];
		uint32_t nw;
		/* the tagger may call "eastern" a proper noun */
		int dir = !(x->flags & DYAD_TOKF_CAP) && dyad__in_list(x->lower, direction_adjs);
		if (!(dyad_pos_is_adj(x->tag) || tag_is(x, DYAD_POS_VBN) || tag_is(x, DYAD_POS_VBG)
			    || dyad_pos_is_adv(x->tag) || dir))
			break;
		if ((x->flags & DYAD_TOKF_CAP) && !(x->flags & DYAD_TOKF_HYPHEN))
			break;
		if (gaz_at(s, m, &nw) >= 0)
			break;
		if (!dyad_pos_is_adj(x->tag) && !(x->flags & DYAD_TOKF_HYPHEN) && !dir)
			verbal = 1;
	}
	/* "in crushing Solidarity": only a known place follows a verb form */
	return name_at(s, m, !det && !verbal, depth, h);
}

/* "at a forum in Astana": the phrase starts at the event noun's preposition. */
static uint32_t phrase_start(const scan *s, uint32_t i, uint32_t sb)
{
	const dyad_token *t = s->t;
	uint32_t k = i, nouns = 0;
	if (strcmp(t[i].lower, "in"))
		return i;
	while (k > sb && i - k < 5) {
		const dyad_token *x = &t[k - 1];
		if (x->flags & DYAD_TOKF_CAP)
			return i;
		if (tag_is(x, DYAD_POS_NN) || tag_is(x, DYAD_POS_NNS))
			nouns++;
		else if (!(tag_is(x, DYAD_POS_DT) || dyad_pos_is_adj(x->tag) || tag_is(x, DYAD_POS_CD)))
			break;
		k--;
	}
	if (nouns && k > sb && k < i && (!strcmp(t[k - 1].lower, "at") || !strcmp(t[k - 1].lower, "during")))
		return k - 1;
	return i;
}

typedef struct out {
	dyad_place *v;
	size_t n, cap;
	dyad_arena *arena;
} out;

static int push(const scan *s, out *o, uint32_t sent, uint32_t pb, const hit *h)
{
	dyad_place *p;
	if (o->n == o->cap) {
		size_t nc = o->cap ? o->cap * 2 : 16;
		dyad_place *nv = dyad_arena_grow(o->arena, o->v, o->cap * sizeof *nv, nc * sizeof *nv);
		if (!nv)
			return DYAD_ENOMEM;
		o->v = nv;
		o->cap = nc;
	}
	p = &o->v[o->n++];
	p->sentence = sent;
	p->tok[0] = h->b;
	p->tok[1] = h->e;
	p->phrase_tok[0] = pb;
	p->phrase_tok[1] = h->end;
	p->country = h->country;
	p->kind = h->kind;
	p->name = h->name;
	if (h->unknown) {
		const dyad_token *a = &s->t[h->b], *z = &s->t[h->e - 1];
		p->name = dyad_arena_strndup(o->arena, s->doc->text.buf + a->off, z->off + z->len - a->off);
		if (!p->name)
			return DYAD_ENOMEM;
	}
	return 0;
}

int dyad_places_find(dyad_place **outp, size_t *n, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_gazetteer *g, const dyad_analysis *an)
{
	out o = { NULL, 0, 0, arena };
	scan s;

	*outp = NULL;
	*n = 0;
	if (!g || !an)
		return dyad__error(ctx, DYAD_EINVALID, "dyad_places_find: NULL argument");
	s.g = g;
	s.doc = &an->doc;
	s.t = an->doc.toks;
	s.arena = arena;
	for (uint32_t si = 0; si < an->doc.n_sents; si++) {
		const dyad_sentence *sn = &an->doc.sents[si];
		s.se = sn->tok_end;
		for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++) {
			const dyad_token *x = &s.t[i];
			const char *prev;
			int mode = 0, object = 0;
			hit h;
			if (x->kind != DYAD_TOK_WORD || !x->lower)
				continue;
			if (dyad__in_list(x->lower, loc_preps))
				mode = MODE_LOC;
			else if (!strcmp(x->lower, "on") || !strcmp(x->lower, "off"))
				mode = MODE_ON;
			else if (!strcmp(x->lower, "to") && i > sn->tok_begin) {
				const dyad_token *pt = &s.t[i - 1];
				prev = pt->lemma ? pt->lemma : pt->lower;
				if (prev && (dyad__in_list(prev, visit_nouns) || (pt->tag >= DYAD_POS_VB
					&& pt->tag <= DYAD_POS_VBZ && dyad__in_list(prev, travel_verbs))))
					mode = MODE_TO;
			} else if (x->tag >= DYAD_POS_VB && x->tag <= DYAD_POS_VBZ && x->lemma
				&& (dyad__in_list(x->lemma, visit_verbs) || dyad__in_list(x->lemma, seize_verbs))) {
				mode = MODE_TO; /* "visited Beijing", "seized Kherson": the object */
				object = 1;
			}
			if (mode && (!strcmp(x->lower, "in") || !strcmp(x->lower, "into")) && i > sn->tok_begin) {
				prev = s.t[i - 1].lemma ? s.t[i - 1].lemma : s.t[i - 1].lower;
				if (prev && dyad__in_list(prev, not_loc_heads))
					mode = 0;
			}
			s.unknown_ok = dyad__in_list(x->lower, unknown_preps);
			if (!mode || !target(&s, i + 1, mode, 0, &h))
				continue;
			if (push(&s, &o, si, object ? i + 1 : phrase_start(&s, i, sn->tok_begin), &h))
				return dyad__oom(ctx);
			i = h.end - 1;
			/* "in Kyiv and Kharkiv": a coordinated known place */
			while (h.end + 1 < s.se && (!strcmp(s.t[h.end].lower, "and") || !strcmp(s.t[h.end].lower, "or"))) {
				uint32_t at = h.end + 1, nw;
				if (gaz_at(&s, at, &nw) < 0 || !name_at(&s, at, 0, 0, &h))
					break;
				if (push(&s, &o, si, h.b, &h))
					return dyad__oom(ctx);
				i = h.end - 1;
			}
		}
	}
	*outp = o.n ? o.v : NULL;
	*n = o.n;
	return 0;
}

static int32_t clause_of(const dyad_analysis *an, uint32_t tok)
{
	int32_t c;
	if (tok >= an->doc.n_toks)
		return -1;
	c = an->doc.toks[tok].chunk;
	if (c < 0 || (size_t)c >= an->chunks.n_chunks)
		return -1;
	return an->chunks.chunks[c].clause;
}

/* Whether what lies between a verbal event's verb and a place after it
 * is content, not the event's own complement: another verb ("called on X
 * to reach a ceasefire in Gaza"), or a common noun that is neither the
 * target nor an audience ("discussed the situation in the Middle East",
 * "threatens stability in Japan"). Such a place is where the thing talked
 * about is, not where the talking was. */
static int in_span(const uint32_t *sp, uint32_t k)
{
	return sp && k >= sp[0] && k < sp[1];
}

static int content_between(const dyad_analysis *an, const uint32_t verb_tok[2],
	const uint32_t *source_tok, const uint32_t *target_tok, uint32_t place_tok)
{
	int noun = 0;
	for (uint32_t k = verb_tok[1]; k < place_tok && k < an->doc.n_toks; k++) {
		const dyad_token *x = &an->doc.toks[k];
		if (in_span(source_tok, k) || in_span(target_tok, k))
			continue;
		if ((x->tag >= DYAD_POS_VB && x->tag <= DYAD_POS_VBZ) || x->tag == DYAD_POS_MD
			|| x->tag == DYAD_POS_TO)
			return 1;
		if (x->lower && dyad__in_list(x->lower, time_words))
			noun = 0;
		else if ((x->tag == DYAD_POS_NN || x->tag == DYAD_POS_NNS) && !(x->flags & DYAD_TOKF_CAP)) {
			if (dyad__in_list(x->lower, occasion_nouns))
				return 0;
			if (!dyad__in_list(x->lower, audience_nouns))
				noun = 1;
		}
	}
	return noun;
}

int dyad_places_pick(const dyad_place *p, size_t n, const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2])
{
	return dyad_places_pick_event(p, n, an, sentence, verb_tok, NULL, NULL, 0);
}

int dyad_places_pick_event(const dyad_place *p, size_t n, const dyad_analysis *an,
	uint32_t sentence, const uint32_t verb_tok[2], const uint32_t *source_tok,
	const uint32_t *target_tok, int verbal)
{
	int32_t vc = clause_of(an, verb_tok[0]);
	int after = -1, before = -1, part = -1;

	for (size_t i = 0; i < n; i++) {
		int32_t pc;
		if (p[i].sentence != sentence)
			continue;
		pc = clause_of(an, p[i].phrase_tok[0]);
		if (vc < 0 || pc < 0 || pc == vc) {
			if (dyad__doc_adjunct_of_participle(an, verb_tok, p[i].phrase_tok[0]))
				continue;
			if (p[i].tok[0] >= verb_tok[1]) {
				if (verbal && content_between(an, verb_tok, source_tok, target_tok,
						p[i].phrase_tok[0]))
					continue;
				if (after < 0)
					after = (int)i;
			} else {
				before = (int)i;
			}
		} else if ((size_t)pc < an->chunks.n_clauses
			&& an->chunks.clauses[pc].type == DYAD_CLAUSE_PARTICIPIAL
			&& an->chunks.clauses[pc].parent == vc && part < 0) {
			part = (int)i;
		}
	}
	return after >= 0 ? after : before >= 0 ? before : part;
}
