/*
 * Modality of a coded event (dyad/modality.h), read off the shallow parse:
 * the verb group's own flags, the word that governs an infinitive or a
 * gerund, and the clauses around it. No allocation; every walk stays inside
 * one sentence's chunks, so the cost is a few dozen comparisons per event.
 *
 * Three layers, strongest result wins (the enum is ordered by strength):
 *   1. the group itself: will/shall/'ll/going to → future; a modal →
 *      hypothetical, except "would" reported after a past verb of saying
 *      ("said it would send troops": will, backshifted) → future;
 *   2. the governor chain of an infinitive or gerund: "plans to attack",
 *      "is set to visit", "urged Russia to withdraw", "refused to sign",
 *      "denied sending troops", followed through "will try to begin to …";
 *   3. the enclosing clauses: inside if/unless/whether → hypothetical; the
 *      own clause has an if/unless clause → hypothetical; inside the
 *      complement of deny/reject/dismiss ("denied that …", "rejected claims
 *      that …") → denied.
 * Negation: the group's own (not, n't, never), a negative subject or object
 * ("no talks were held", "sent no troops"), "without" + gerund, and a
 * governor's negation carried down ("did not plan to attack"); a negative
 * governor ("refused to", "failed to") negates, unless itself negated.
 */
#include <string.h>

#include "wordlist.h"
#include "dyad/modality.h"
#include "lang/chunk_internal.h"

/* A governor chain longer than this ("will try to begin to prepare to …")
 * is cut: deeper links change nothing in practice and the bound keeps the
 * cost per event fixed. */
#define MAX_DEPTH 6

typedef struct view {
	const dyad_token *toks;
	const dyad_chunk *ch;
	const dyad_clause *cl;
	uint32_t cb, ce; /* the sentence's chunks */
	uint32_t lb, le; /* its clauses */
} view;

/* What the word governing an infinitive or gerund does to it. */
enum {
	G_NONE,  /* nothing governs it (or nothing we know) */
	G_PASS,  /* transparent: "began to", "sent troops to protect" */
	G_FUT,   /* "is set to", "is due to", "is expected to", "is about to" */
	G_INT,   /* "plans to", "is ready to", "urged X to", "a bid to" */
	G_HYP,   /* "needs to", "is likely to", "considered sending" */
	G_NEG,   /* "refused to", "failed to", "without", "avoided" */
	G_DENY   /* "denied sending" */
};

/* Word lists, matched against lemmas (lower-case forms for adjectives).
 * NULL-terminated; a first-letter test screens most words out. */
static const char *const deny_verbs[] = { "deny", "reject", "dismiss", "refute", "rebut",
	"dispute", "repudiate", "disavow", "contest", NULL };
/* nouns naming what is denied: "rejected claims that …" */
static const char *const claim_nouns[] = { "claim", "report", "allegation", "accusation",
	"suggestion", "rumour", "rumor", "charge", "speculation", "assertion", "idea", "notion",
	"story", NULL };
/* verbs whose infinitive is wanted or planned, not yet done. pledge,
 * promise, vow, threaten, agree, offer are here for the infinitive ("agreed
 * to withdraw" coded as a withdrawal is not a withdrawal); coded as the verb
 * itself they are the act of pledging, which happened (CAMEO 03, 13). */
static const char *const intent_verbs[] = { "plan", "intend", "aim", "seek", "want", "wish",
	"hope", "try", "attempt", "prepare", "plot", "propose", "offer", "decide", "resolve",
	"vote", "agree", "promise", "pledge", "vow", "threaten", "swear", "strive", "endeavour",
	"endeavor", "undertake", "volunteer", "opt", "choose", "expect", "mean", "scramble",
	NULL };
/* the same verbs coded themselves: the subject has not acted yet ("Russia
 * plans to attack" coded on "plans"). Speech acts are left out (above). */
static const char *const self_intent_verbs[] = { "plan", "intend", "aim", "seek", "want",
	"wish", "hope", "try", "attempt", "prepare", "plot", "mean", NULL };
/* verb + object + infinitive: the object is asked or made to act */
static const char *const request_verbs[] = { "urge", "ask", "call", "press", "request",
	"invite", "encourage", "appeal", "order", "instruct", "tell", "push", "persuade",
	"advise", "warn", "authorize", "authorise", "allow", "permit", "beg", "implore", "exhort",
	"direct", "challenge", "pressure", "lobby", "demand", "want", "expect", "need", NULL };
/* passive participles of scheduling: "is set to", "is scheduled to" */
static const char *const future_passive[] = { "set", "schedule", "slate", "poise", "expect",
	"due", NULL };
/* passive participles of obligation or supposition */
static const char *const hyp_passive[] = { "require", "oblige", "obligate", "suppose",
	NULL };
static const char *const future_adj[] = { "due", "set", "poised", "slated", "scheduled",
	NULL };
static const char *const intent_adj[] = { "ready", "willing", "prepared", "determined",
	"eager", "keen", "anxious", "resolved", "desperate", "intent", NULL };
static const char *const hyp_adj[] = { "likely", "unlikely", "possible", NULL };
static const char *const neg_adj[] = { "unwilling", "unable", "loath", "loth", NULL };
static const char *const neg_verbs[] = { "refuse", "decline", "fail", "neglect", "hesitate",
	NULL };
static const char *const hyp_verbs[] = { "need", NULL };
/* nouns whose infinitive is intended: "a bid to", "plans to", "in order to" */
static const char *const intent_nouns[] = { "plan", "bid", "attempt", "effort", "intention",
	"intent", "aim", "goal", "objective", "threat", "offer", "promise", "pledge", "decision",
	"agreement", "call", "demand", "proposal", "move", "order", "readiness", "willingness",
	"plot", "push", "drive", "campaign", "initiative", "request", "appeal", "commitment",
	"vow", "ultimatum", "deal", "resolution", "mandate", "permission", "authorization",
	"authorisation", "mission", "strategy", NULL };
/* verbs before a gerund */
static const char *const neg_gerund_verbs[] = { "avoid", "cease", "stop", "quit", "halt",
	NULL };
static const char *const hyp_gerund_verbs[] = { "consider", "contemplate", "discuss", "mull",
	"weigh", "debate", "explore", NULL };
static const char *const int_gerund_verbs[] = { "propose", "recommend", "favour", "favor",
	"suggest", "urge", NULL };
/* "refrained from attacking", "prevented X from attacking" */
static const char *const from_neg_verbs[] = { "refrain", "abstain", "desist", "stop",
	"prevent", "bar", "ban", "block", "deter", "dissuade", "keep", NULL };

/* "would like to", "would love to", "would prefer to" */
static const char *const wish_verbs[] = { "like", "love", "prefer", NULL };
/* verbs whose "if" clause is a question: "asked if", "to see if" */
static const char *const question_verbs[] = { "ask", "know", "see", "check", "determine",
	"ascertain", "decide", "wonder", "investigate", "examine", "assess", "establish", "learn",
	"find", "tell", "say", "discuss", "consider", "doubt", "query", "inquire", "enquire",
	"verify", "study", "review", "judge", "show", "indicate", "confirm", "reveal", "clarify",
	"test", "question", NULL };

static int eq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static const char *low(const view *v, uint32_t t)
{
	return v->toks[t].lower ? v->toks[t].lower : "";
}

static const char *lem(const view *v, uint32_t t)
{
	return v->toks[t].lemma ? v->toks[t].lemma : low(v, t);
}

static int is(const view *v, int32_t k, int type)
{
	return k >= 0 && v->ch[k].type == type;
}

/* First word of chunk k. */
static const char *first(const view *v, uint32_t k)
{
	return low(v, v->ch[k].tok_begin);
}

static int max_m(int a, int b)
{
	return a > b ? a : b;
}

/* The chunk before k in k's own clause (nested clauses skipped, adverbs
 * too), or -1 at the clause's start. */
static int32_t prev_own(const view *v, uint32_t k)
{
	int32_t c = v->ch[k].clause;
	uint32_t lo = c >= 0 ? v->cl[c].chunk_begin : v->cb;
	for (uint32_t j = k; j-- > lo;) {
		if (v->ch[j].clause != c || v->ch[j].type == DYAD_CHUNK_ADVP)
			continue;
		return (int32_t)j;
	}
	return -1;
}

/* The chunk after k in k's own clause, likewise, or -1. */
static int32_t next_own(const view *v, uint32_t k)
{
	int32_t c = v->ch[k].clause;
	uint32_t hi = c >= 0 ? v->cl[c].chunk_end : v->ce;
	for (uint32_t j = k + 1; j < hi; j++) {
		if (v->ch[j].clause != c || v->ch[j].type == DYAD_CHUNK_ADVP)
			continue;
		return (int32_t)j;
	}
	return -1;
}

/* "no" as a determiner that negates: not "no fewer than", "no more than",
 * "no longer" (comparatives), which quantify. */
static int neg_det(const view *v, uint32_t k)
{
	const dyad_chunk *c = &v->ch[k];
	uint32_t t = c->tok_begin;
	const char *w = low(v, t);
	if (eq(w, "neither") || eq(w, "none"))
		return 1;
	if (!eq(w, "no"))
		return 0;
	if (t + 1 < c->tok_end) {
		unsigned nt = v->toks[t + 1].tag;
		if (nt == DYAD_POS_JJR || nt == DYAD_POS_RBR)
			return 0;
	}
	return c->tok_end - c->tok_begin > 1; /* "no" alone is an answer */
}

/* A finite group k negated by its subject ("no talks were held", "neither
 * side", "none of them") or its object ("has sent no troops"). */
static int np_negated(const view *v, uint32_t k)
{
	int32_t j = prev_own(v, k);
	int32_t o = next_own(v, k);
	/* the object, past a particle ("gave up no ground") */
	if (is(v, o, DYAD_CHUNK_PRT))
		o = next_own(v, (uint32_t)o);
	if (is(v, o, DYAD_CHUNK_NP) && neg_det(v, (uint32_t)o))
		return 1;
	if (!(v->ch[k].flags & CK_TENSE))
		return 0; /* an infinitive's subject is its governor's */
	/* the subject: NPs, "of"-phrases and conjunctions back to the clause's
	 * start or a verb, comma or complementiser */
	for (; j >= 0; j = prev_own(v, (uint32_t)j)) {
		const dyad_chunk *c = &v->ch[j];
		if (c->type == DYAD_CHUNK_CONJ) {
			if (eq(first(v, (uint32_t)j), "nor"))
				return 1;
		} else if (c->type == DYAD_CHUNK_NP) {
			int32_t p = prev_own(v, (uint32_t)j);
			if (!is(v, p, DYAD_CHUNK_PP) && neg_det(v, (uint32_t)j))
				return 1;
		} else if (c->type != DYAD_CHUNK_PP) {
			break;
		}
	}
	return 0;
}

/* The modal verb of group k, or NULL. */
static const char *modal_word(const view *v, uint32_t k)
{
	for (uint32_t t = v->ch[k].tok_begin; t < v->ch[k].tok_end; t++)
		if (v->toks[t].tag == DYAD_POS_MD)
			return low(v, t);
	return NULL;
}

/* The verb group governing clause L in its parent: the parent's last own
 * chunk before L (commas and adverbs passed), else, when L opens the
 * parent (a preposed quotation), the parent's first own verb group after
 * it. -1 when none. */
static int32_t clause_governor(const view *v, int32_t L)
{
	const dyad_clause *c = &v->cl[L];
	int32_t P = c->parent;
	if (P < 0)
		return -1;
	for (uint32_t j = c->chunk_begin; j-- > v->cl[P].chunk_begin;) {
		const dyad_chunk *h = &v->ch[j];
		if (h->clause != P || h->type == DYAD_CHUNK_ADVP || h->type == DYAD_CHUNK_PUNCT)
			continue;
		return (int32_t)j;
	}
	for (uint32_t j = c->chunk_end; j < v->cl[P].chunk_end; j++)
		if (v->ch[j].clause == P && v->ch[j].type == DYAD_CHUNK_VP)
			return (int32_t)j;
	return -1;
}

/* Is clause L reported content ("said it would …")? Its parent reports, or
 * its governor is a verb of saying. past: and the saying is past or
 * perfect, so that "would" there is a backshifted "will". */
static int reported(const view *v, int32_t L, int *past)
{
	int32_t g;
	*past = 0;
	if (L < 0 || v->cl[L].parent < 0)
		return 0;
	if (v->cl[L].type != DYAD_CLAUSE_MAIN && v->cl[L].type != DYAD_CLAUSE_SUBORDINATE)
		return 0;
	g = clause_governor(v, L);
	/* past the saying's adjuncts and addressee: "said on Saturday that",
	 * "told reporters that" */
	for (int32_t j = g, n = 0; j > (int32_t)v->cl[v->cl[L].parent].chunk_begin && n < 4 &&
		(is(v, j, DYAD_CHUNK_PP) || is(v, j, DYAD_CHUNK_NP)); n++) {
		j--;
		if (v->ch[j].clause != v->cl[L].parent)
			break;
		if (is(v, j, DYAD_CHUNK_VP)) {
			g = j;
			break;
		}
	}
	if (!is(v, g, DYAD_CHUNK_VP) || !dyad_chunk__reporting(&v->toks[v->ch[g].head]))
		return v->cl[v->cl[L].parent].type == DYAD_CLAUSE_REPORTING;
	*past = (v->ch[g].flags & (DYAD_VPF_PAST | DYAD_VPF_PERFECT)) != 0;
	return 1;
}

/* The modality group k has by itself. */
static int own_modality(const view *v, uint32_t k)
{
	const dyad_chunk *c = &v->ch[k];
	const char *md;
	int past;
	if (c->flags & DYAD_VPF_FUTURE)
		return DYAD_MODALITY_FUTURE;
	if (!(c->flags & DYAD_VPF_MODAL))
		return DYAD_MODALITY_ASSERTED;
	md = modal_word(v, k);
	if (!md) /* "has to" an obligation; "had to" something that happened */
		return c->flags & DYAD_VPF_PAST ? DYAD_MODALITY_ASSERTED : DYAD_MODALITY_HYPOTHETICAL;
	if (eq(md, "would") || eq(md, "'d") || eq(md, "\xe2\x80\x99" "d")) {
		/* "would like to" is a present wish (its infinitive: intended) */
		if (dyad__in_list(lem(v, c->head), wish_verbs))
			return DYAD_MODALITY_ASSERTED;
		if (!(c->flags & DYAD_VPF_PERFECT) && reported(v, c->clause, &past) && past)
			return DYAD_MODALITY_FUTURE;
	}
	return DYAD_MODALITY_HYPOTHETICAL;
}

/* A verb group heads a gerund: "sending", "having sent". */
static int gerund(const view *v, uint32_t k)
{
	const dyad_chunk *c = &v->ch[k];
	return (c->flags & DYAD_VPF_GERUND) && !(c->flags & (CK_TENSE | DYAD_VPF_INFINITIVE));
}

/* Governor of the gerund group k; *gk the group to inherit from. */
static int gerund_governor(const view *v, uint32_t k, int32_t *gk)
{
	int32_t j = prev_own(v, k);
	const char *w;
	int particle_out = 0;
	if (is(v, j, DYAD_CHUNK_PRT)) {
		particle_out = eq(first(v, (uint32_t)j), "out");
		j = prev_own(v, (uint32_t)j);
	}
	if (is(v, j, DYAD_CHUNK_VP)) {
		*gk = j;
		w = lem(v, v->ch[j].head);
		if (dyad__in_list(w, deny_verbs))
			return G_DENY;
		if (dyad__in_list(w, neg_gerund_verbs) || (particle_out && eq(w, "rule")))
			return G_NEG;
		if (dyad__in_list(w, hyp_gerund_verbs))
			return G_HYP;
		if (dyad__in_list(w, int_gerund_verbs))
			return G_INT;
		return G_PASS; /* "began shelling", "kept firing" */
	}
	if (is(v, j, DYAD_CHUNK_PP)) {
		int32_t p;
		w = first(v, (uint32_t)j);
		if (eq(w, "without"))
			return G_NEG;
		if (!eq(w, "from"))
			return G_NONE;
		/* "refrained from", "prevented X from" */
		p = prev_own(v, (uint32_t)j);
		if (is(v, p, DYAD_CHUNK_NP))
			p = prev_own(v, (uint32_t)p);
		if (is(v, p, DYAD_CHUNK_VP) && dyad__in_list(lem(v, v->ch[p].head), from_neg_verbs)) {
			*gk = p;
			return G_NEG;
		}
	}
	return G_NONE;
}

/* Governor of the infinitive group k ("to attack"); *gk the group to
 * inherit from, *npneg set when the governing noun is negated ("no plans
 * to"). */
static int inf_governor(const view *v, uint32_t k, int32_t *gk, int *npneg)
{
	int32_t j = prev_own(v, k), p;
	const char *w;
	if (is(v, j, DYAD_CHUNK_PRT)) /* "set out to", "went on to" */
		j = prev_own(v, (uint32_t)j);
	if (j < 0)
		return G_NONE;
	switch (v->ch[j].type) {
	case DYAD_CHUNK_VP: {
		const dyad_chunk *c = &v->ch[j];
		*gk = j;
		w = lem(v, c->head);
		if (c->flags & DYAD_VPF_PASSIVE) {
			if (dyad__in_list(w, future_passive))
				return G_FUT;
			if (dyad__in_list(w, hyp_passive))
				return G_HYP;
			if (dyad__in_list(w, request_verbs))
				return G_INT; /* "was asked to", "were ordered to" */
			return G_PASS;
		}
		if (eq(w, "be")) {
			/* "is to visit" is scheduled; "the aim is to end" intended */
			p = prev_own(v, (uint32_t)j);
			if (is(v, p, DYAD_CHUNK_NP) && dyad__in_list(lem(v, v->ch[p].head), intent_nouns))
				return G_INT;
			return G_FUT;
		}
		if (dyad__in_list(w, neg_verbs))
			return G_NEG;
		if (dyad__in_list(w, hyp_verbs))
			return G_HYP;
		if (dyad__in_list(w, intent_verbs) || dyad__in_list(w, request_verbs)
			|| ((c->flags & DYAD_VPF_MODAL) && dyad__in_list(w, wish_verbs)))
			return G_INT; /* "asked to attend", "would like to visit" */
		return G_PASS;
	}
	case DYAD_CHUNK_ADJP:
		w = low(v, v->ch[j].head);
		p = prev_own(v, (uint32_t)j);
		if (is(v, p, DYAD_CHUNK_VP))
			*gk = p;
		if (dyad__in_list(w, future_adj))
			return G_FUT;
		if (dyad__in_list(w, intent_adj))
			return G_INT;
		if (dyad__in_list(w, hyp_adj))
			return G_HYP;
		if (dyad__in_list(w, neg_adj))
			return G_NEG;
		return G_PASS;
	case DYAD_CHUNK_PP:
		if (!eq(first(v, (uint32_t)j), "about"))
			return G_NONE;
		p = prev_own(v, (uint32_t)j);
		if (is(v, p, DYAD_CHUNK_VP))
			*gk = p;
		return G_FUT;
	case DYAD_CHUNK_NP:
		p = prev_own(v, (uint32_t)j);
		if (dyad__in_list(lem(v, v->ch[j].head), intent_nouns)) {
			*npneg = neg_det(v, (uint32_t)j);
			if (is(v, p, DYAD_CHUNK_VP))
				*gk = p; /* "announced plans to" */
			return G_INT;
		}
		if (is(v, p, DYAD_CHUNK_PP)) /* "called on Russia to" */
			p = prev_own(v, (uint32_t)p);
		/* a copula's noun is no object: "it is not a good idea to X" */
		if (!is(v, p, DYAD_CHUNK_VP) || eq(lem(v, v->ch[p].head), "be"))
			return G_NONE;
		*gk = p;
		return dyad__in_list(lem(v, v->ch[p].head), request_verbs) ? G_INT : G_PASS;
	default:
		return G_NONE;
	}
}

/* Modality of group k from itself and its governor chain; *neg gets the
 * negation bits (the group's own, NEG_GROUP; any other, NEG_CONTEXT). */
static int group_modality(const view *v, uint32_t k, int depth, int *neg)
{
	const dyad_chunk *c = &v->ch[k];
	int m = own_modality(v, k), kind = G_NONE, gm = DYAD_MODALITY_ASSERTED, gneg = 0;
	int npneg = 0;
	int32_t gk = -1, nx;

	*neg = (c->flags & DYAD_VPF_NEGATED) ? DYAD_MODALITY_NEG_GROUP : 0;
	if (np_negated(v, k))
		*neg |= DYAD_MODALITY_NEG_CONTEXT;
	/* the intent verb coded itself: "plans to attack" coded on "plans" */
	nx = next_own(v, k);
	if (depth == 0 && is(v, nx, DYAD_CHUNK_VP) && (v->ch[nx].flags & DYAD_VPF_INFINITIVE)
		&& dyad__in_list(lem(v, c->head), self_intent_verbs))
		m = max_m(m, DYAD_MODALITY_INTENDED);
	if (depth >= MAX_DEPTH)
		return m;
	if (c->flags & DYAD_VPF_INFINITIVE)
		kind = inf_governor(v, k, &gk, &npneg);
	else if (gerund(v, k))
		kind = gerund_governor(v, k, &gk);
	if (kind == G_NONE)
		return m;
	if (gk >= 0)
		gm = group_modality(v, (uint32_t)gk, depth + 1, &gneg);
	gneg = gneg || npneg;
	switch (kind) {
	case G_PASS:
		m = max_m(m, gm);
		break;
	case G_FUT:
		m = max_m(m, max_m(DYAD_MODALITY_FUTURE, gm));
		break;
	case G_INT:
		m = max_m(m, max_m(DYAD_MODALITY_INTENDED, gm));
		break;
	case G_HYP:
		m = max_m(m, max_m(DYAD_MODALITY_HYPOTHETICAL, gm));
		break;
	case G_NEG:
		/* "did not fail to attack" attacked */
		m = max_m(m, gm);
		gneg = !gneg;
		break;
	case G_DENY:
		/* "did not deny sending troops" admits it */
		if (!gneg)
			m = DYAD_MODALITY_DENIED;
		gneg = 0;
		break;
	}
	if (gneg)
		*neg |= DYAD_MODALITY_NEG_CONTEXT;
	return m;
}

/* The word opening clause L when its first chunk is a complementiser. */
static const char *opener(const view *v, int32_t L)
{
	uint32_t b = v->cl[L].chunk_begin;
	if (b >= v->ce || v->ch[b].type != DYAD_CHUNK_SBAR || v->ch[b].clause != L)
		return NULL;
	return first(v, b);
}

/* The word before clause L's opener ("as if", "even if"). */
static const char *before_opener(const view *v, int32_t L)
{
	uint32_t t = v->ch[v->cl[L].chunk_begin].tok_begin;
	return t > 0 && t > v->ch[v->cb].tok_begin ? low(v, t - 1) : "";
}

/* Clause L is a condition or an open question: if, unless, whether. */
static int conditional(const view *v, int32_t L)
{
	const char *w = opener(v, L);
	return w && (eq(w, "if") || eq(w, "unless") || eq(w, "whether") || eq(w, "lest"));
}

/* Clause x, opened by "if", is the question a verb of asking or finding
 * out takes ("asked (him) if", "to see if"), not a condition. */
static int if_complement(const view *v, int32_t x)
{
	int32_t g = clause_governor(v, x);
	if (g < 0 || (uint32_t)g > v->cl[x].chunk_begin)
		return 0; /* a fronted "If …, we will decide" is a condition */
	if (is(v, g, DYAD_CHUNK_NP))
		g = prev_own(v, (uint32_t)g);
	return is(v, g, DYAD_CHUNK_VP) && dyad__in_list(lem(v, v->ch[g].head), question_verbs);
}

/* Clause L has a condition of its own: "NATO will respond if Russia
 * attacks" (not "even if", a concession, nor "asked if", a question). */
static int has_condition(const view *v, int32_t L)
{
	for (uint32_t x = (uint32_t)L + 1; x < v->le && v->cl[x].chunk_begin < v->cl[L].chunk_end;
		x++) {
		const char *w;
		if (v->cl[x].parent != L || !(w = opener(v, (int32_t)x)))
			continue;
		if (eq(w, "unless") || (eq(w, "if") && !eq(before_opener(v, (int32_t)x), "even")
			&& !if_complement(v, (int32_t)x)))
			return 1;
	}
	return 0;
}

/* Clause L is what a deny verb denies: "denied (that) it was massing",
 * "rejected claims that", "…, the ministry denied". A negated denial
 * ("did not deny that") denies nothing. */
static int denied_content(const view *v, int32_t L)
{
	const char *w = opener(v, L);
	int32_t g;
	if (v->cl[L].parent < 0)
		return 0;
	if (v->cl[L].type != DYAD_CLAUSE_MAIN && v->cl[L].type != DYAD_CLAUSE_SUBORDINATE)
		return 0;
	if (w && !eq(w, "that"))
		return 0; /* "because …", "if …" are not what is denied */
	g = clause_governor(v, L);
	if (g >= 0 && (uint32_t)g >= v->cl[L].chunk_end) {
		/* "…, claims denied by Labour": a participle with its agent, not a
		 * postposed "…, the ministry denied" */
		int32_t n = next_own(v, (uint32_t)g);
		if (is(v, n, DYAD_CHUNK_PP) && eq(first(v, (uint32_t)n), "by"))
			return 0;
	}
	if (is(v, g, DYAD_CHUNK_NP) && dyad__in_list(lem(v, v->ch[g].head), claim_nouns)) {
		g = prev_own(v, (uint32_t)g);
		if (is(v, g, DYAD_CHUNK_PP)) /* "dismissed as false claims that" is rare; "of" is not */
			return 0;
	}
	return is(v, g, DYAD_CHUNK_VP) && dyad__in_list(lem(v, v->ch[g].head), deny_verbs)
		&& !(v->ch[g].flags & DYAD_VPF_NEGATED);
}

/* Is clause A an ancestor of, or, clause E? */
static int encloses(const view *v, int32_t A, int32_t E)
{
	for (; E >= 0; E = v->cl[E].parent)
		if (E == A)
			return 1;
	return 0;
}

/* Does a clause-level coordination come between the start of clause L and
 * chunk k (in clause E, inside L): "but", or a conjunction after a comma,
 * in L or a clause between? "denied that X attacked, but said Y …". A
 * plain "and" coordinates verbs within the clause ("denied that it
 * attacked and killed …") and does not count. */
static int coordinated(const view *v, int32_t L, int32_t E, uint32_t k)
{
	for (uint32_t j = v->cl[L].chunk_begin; j < k; j++) {
		const char *w;
		if (v->ch[j].type != DYAD_CHUNK_CONJ || !encloses(v, v->ch[j].clause, E))
			continue;
		w = first(v, j);
		if (eq(w, "but") || eq(w, "yet")
			|| (j > v->cb && v->ch[j - 1].type == DYAD_CHUNK_PUNCT
				&& v->toks[v->ch[j - 1].tok_begin].tag == DYAD_POS_COMMA))
			return 1;
	}
	return 0;
}

/* The verb group of the event: the first VP chunk in its verb phrase, else
 * the chunk of its first token. -1 when there is none. */
static int32_t event_chunk(const dyad_analysis *an, const uint32_t verb_tok[2])
{
	for (uint32_t t = verb_tok[0]; t < verb_tok[1]; t++) {
		int32_t k = an->doc.toks[t].chunk;
		if (k >= 0 && (size_t)k < an->chunks.n_chunks && an->chunks.chunks[k].type == DYAD_CHUNK_VP)
			return k;
	}
	{
		int32_t k = an->doc.toks[verb_tok[0]].chunk;
		return k >= 0 && (size_t)k < an->chunks.n_chunks ? k : -1;
	}
}

dyad_modality dyad_modality_of(const dyad_analysis *an, uint32_t sentence,
	const uint32_t verb_tok[2], int *negated)
{
	const dyad_sentence *se;
	view v;
	int32_t k, L;
	int m = DYAD_MODALITY_ASSERTED, neg = 0;

	if (negated)
		*negated = 0;
	if (!an || !verb_tok || sentence >= an->doc.n_sents || !an->chunks.chunks
		|| !an->chunks.sent_chunk || !an->chunks.sent_clause)
		return DYAD_MODALITY_ASSERTED;
	se = &an->doc.sents[sentence];
	if (verb_tok[0] >= verb_tok[1] || verb_tok[0] < se->tok_begin || verb_tok[1] > se->tok_end)
		return DYAD_MODALITY_ASSERTED;
	k = event_chunk(an, verb_tok);
	if (k < 0)
		return DYAD_MODALITY_ASSERTED;
	v.toks = an->doc.toks;
	v.ch = an->chunks.chunks;
	v.cl = an->chunks.clauses;
	v.cb = an->chunks.sent_chunk[sentence];
	v.ce = an->chunks.sent_chunk[sentence + 1];
	v.lb = an->chunks.sent_clause[sentence];
	v.le = an->chunks.sent_clause[sentence + 1];
	if ((uint32_t)k < v.cb || (uint32_t)k >= v.ce)
		return DYAD_MODALITY_ASSERTED;
	L = v.ch[k].clause;
	if (L >= 0 && ((uint32_t)L < v.lb || (uint32_t)L >= v.le))
		return DYAD_MODALITY_ASSERTED; /* not this sentence's clause: don't guess */
	if (v.ch[k].type == DYAD_CHUNK_VP)
		m = group_modality(&v, (uint32_t)k, 0, &neg);
	if (L >= 0 && has_condition(&v, L))
		m = max_m(m, DYAD_MODALITY_HYPOTHETICAL);
	for (int32_t E = L; L >= 0; L = v.cl[L].parent) {
		/* a relative clause is presupposed, and ", but said …" goes on
		 * after the denial or condition: neither is inside it */
		if (v.cl[L].type == DYAD_CLAUSE_RELATIVE || coordinated(&v, L, E, (uint32_t)k))
			break;
		if (conditional(&v, L))
			m = max_m(m, DYAD_MODALITY_HYPOTHETICAL);
		if (denied_content(&v, L))
			m = DYAD_MODALITY_DENIED;
	}
	if (negated)
		*negated = neg;
	return (dyad_modality)m;
}

const char *dyad_modality_name(dyad_modality m)
{
	switch (m) {
	case DYAD_MODALITY_ASSERTED: return "asserted";
	case DYAD_MODALITY_FUTURE: return "future";
	case DYAD_MODALITY_INTENDED: return "intended";
	case DYAD_MODALITY_HYPOTHETICAL: return "hypothetical";
	case DYAD_MODALITY_DENIED: return "denied";
	}
	return "?";
}

/* Negated: the action did not happen. Denied: the source says it did not
 * happen, and that holds for conflict as much as for cooperation: coding
 * "denied that it was massing troops" as a mobilisation would assert the
 * very thing the source denies. The denial itself is the event, coded on
 * the deny verb by the dictionary's own patterns (CAMEO reject/deny codes);
 * a negation inside the denied clause does not turn it back into an
 * assertion here (double negatives are rare and a dropped event is safer
 * than a wrong one). */
int dyad_modality_drops(dyad_modality m, int negated)
{
	return negated != 0 || m == DYAD_MODALITY_DENIED;
}
