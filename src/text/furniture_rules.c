/*
 * Page furniture, one sentence at a time (the rules are listed at the top
 * of furniture.c): captions and credits, bylines, sign-offs, appeals,
 * related-story links, prompts and menus. Speech is never furniture.
 */
#include "furniture_internal.h"

/* Words a credit or byline line may hold besides names. */
static const char *const name_glue[] = {
	"by", "via", "for", "of", "and", "the", "in", "from", "with", "courtesy", "de", "da",
	"van", "von", "al", "bin", "le", "la", "staff", "file", "photo", "photos", "handout",
	"pool", "images", "writer", "reporter", "correspondent", "correspondents", "editor",
	"contributor", "special", "to", "bureau", "desk", NULL,
};

/* ---- Whole sentences --------------------------------------------------- */

static const char *lw(const fx *x, uint32_t k, uint32_t e)
{
	return k < e ? x->t[k].lower : "";
}

static int has_char(const fx *x, uint32_t b, uint32_t e, char c)
{
	for (; b < e; b++)
		if (strchr(x->t[b].lower, c))
			return 1;
	return 0;
}

static int year_at(const dyad_token *t)
{
	return t->kind == DYAD_TOK_NUMBER && t->len == 4 && (!strncmp(t->lower, "19", 2) || !strncmp(t->lower, "20", 2));
}

/* A copyright notice inside a line, which a caption or a credit carries
 * ("Kurti speaks in Pristina Copyright Jane Roe/Copyright 2023 The AP."):
 * a "\xC2\xA9", or a capitalised "Copyright" (before a name when it opens
 * the line) with a year or an Agency/Name slash within five tokens. A lower-case
 * "copyright" (a copyright claim) and "the Copyright Office" are the
 * story's words; so is speech. */
static int copyright_notice(const fx *x, uint32_t b, uint32_t e)
{
	uint32_t k, j;
	for (k = b; k < e; k++) {
		if (!strcmp(x->t[k].lower, "\xC2\xA9"))
			return !speech(x, b, e);
		if (strcmp(x->t[k].lower, "copyright") || !cap(&x->t[k]) ||
			(k == b && (k + 1 >= e || !cap(&x->t[k + 1]) || !wordish(&x->t[k + 1]))))
			continue;
		for (j = k + 1; j < e && j <= k + 5; j++)
			if (year_at(&x->t[j]) || punct(&x->t[j], "/") || (x->t[j].kind == DYAD_TOK_SYMBOL &&
				!strcmp(x->t[j].lower, "/")) || (wordish(&x->t[j]) && strchr(x->t[j].lower, '/')))
				return !speech(x, b, e);
	}
	return 0;
}

/* Captions and credits: a photo label, a bracketed or slashed credit. */
static int r_photo(const fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	static const char *const photo[] = {
		"photo", "photos", "photograph", "photographs", "picture", "pictures", "pic",
		"image", "images", "illustration", "graphic", "graphics", "caption", "credit",
		"credits", "photography", NULL,
	};
	static const char *const sub[] = { "caption", "copyright", "credit", "source", NULL };
	uint32_t w = first_word(x, b, e), r = 0, k;
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e);

	if (w >= e)
		return 0;
	if (copyright_notice(x, b, e)) {
		*why = "credit: a copyright notice in a caption or credit line";
		return DYAD_FURN_CREDIT;
	}
	if (dyad__in_list(a, photo) && (!strcmp(a1, ":") || !strcmp(a1, "|")))
		r = w + 2;
	else if ((dyad__in_list(a, photo) || !strcmp(a, "media")) && dyad__in_list(a1, sub))
		r = w + 2;
	else if (!strcmp(a, "file") && dyad__in_list(a1, photo))
		r = w + 2;
	if (r) {
		if (!strcmp(a, "caption") || !strcmp(a1, "caption") || n_lower(x, r, e, name_glue) >= 3) {
			*why = "caption: a photo label opens the sentence";
			return DYAD_FURN_CAPTION;
		}
		*why = "credit: a photo credit label";
		return DYAD_FURN_CREDIT;
	}
	if (dyad__in_list(a, photo) && !strcmp(a1, "by") && n_words(x, b, e) <= 12 &&
		n_lower(x, w + 2, e, name_glue) <= 1) {
		*why = "credit: \"photo by\" and names";
		return DYAD_FURN_CREDIT;
	}
	/* "AP file photo", "Reuters photo": a short line of names ending in a
	 * photo word */
	if (n_words(x, b, e) <= 4 && n_words(x, b, e) >= 2 && cap(&x->t[w]) && n_lower(x, b, e, name_glue) == 0) {
		uint32_t last = e;
		while (last > b && !wordish(&x->t[last - 1]))
			last--;
		if (last == e && dyad__in_list(x->t[last - 1].lower, photo) && !dyad__in_list(a, photo)) {
			*why = "credit: a short credit line";
			return DYAD_FURN_CREDIT;
		}
	}
	/* a position marker after a name, as only photo captions write them:
	 * "Yoon Suk Yeol (R) salutes ...", "Kim (2nd L) and Putin (R) shake
	 * hands"; a present-tense verb, "and" or a comma follows, and the
	 * marker is near the start (a caption opens with whom it shows; "IBM
	 * (R) and compatible mainframes" deep in a sentence is a trademark).
	 * Only in a story: a sentence given alone is the text to code. */
	for (k = b + 1; x->ns > 1 && k + 3 < e && k < b + 12; k++) {
		static const char *const side[] = { "back", "c", "center", "centre", "front", "l",
			"left", "r", "right", NULL };
		const char *m = x->t[k + 1].lower, *m2 = x->t[k + 2].lower, *after;
		uint32_t close = k + 2;
		if (!punct(&x->t[k], "(") || !cap(&x->t[k - 1]) || !m)
			continue;
		if (m2 && !dyad__in_list(m, side) && (m[0] >= '1' && m[0] <= '9') && dyad__in_list(m2, side))
			close = k + 3; /* "(2nd L)" */
		else if (!dyad__in_list(m, side))
			continue;
		if (close + 1 >= e || !punct(&x->t[close], ")"))
			continue;
		after = x->t[close + 1].lower;
		if (punct(&x->t[close + 1], ",") || (after && !cap(&x->t[close + 1])
			&& (!strcmp(after, "and") || after[strlen(after) - 1] == 's'))) {
			*why = "caption: a position marker after a name (\"(R)\")";
			return DYAD_FURN_CAPTION;
		}
	}
	if (!strcmp(a, "courtesy") && n_words(x, b, e) <= 10 && n_lower(x, w + 1, e, name_glue) == 0) {
		*why = "credit: \"courtesy\" and names";
		return DYAD_FURN_CREDIT;
	}
	/* a whole sentence in brackets naming a photo or a Agency/Name pair:
	 * "(AP Photo/Evan Vucci)", "(Reuters/Stringer)" */
	if (punct(&x->t[b], "(") && e - b <= 16) {
		for (k = b + 1; k < e && !punct(&x->t[k], ")"); k++)
			;
		if (k < e && (k + 1 == e || (k + 2 == e && punct(&x->t[k + 1], "."))) &&
			n_lower(x, b + 1, k, name_glue) <= 1) {
			uint32_t j;
			for (j = b + 1; j < k; j++)
				if (strstr(x->t[j].lower, "photo") || strstr(x->t[j].lower, "picture") ||
					(strchr(x->t[j].lower, '/') && cap(&x->t[j])) || punct(&x->t[j], "/"))
					break;
			if (j < k) {
				*why = "credit: a bracketed photo credit";
				return DYAD_FURN_CREDIT;
			}
		}
	}
	/* a paragraph of a few names, in mixed case (not a table row or an
	 * ALL-CAPS heading), ending in "Images" or joined by a slash:
	 * "AFP/Getty Images", "REUTERS/Kim Hong-Ji" */
	/* (or the last line of a caption's paragraph: "... in Istanbul, March
	 * 29, 2022. Presidential Press Service/Handout via REUTERS") */
	if (s > 0 && (s + 1 == x->ns || x->se[s + 1].para != x->se[s].para) &&
		n_words(x, b, e) <= (x->se[s - 1].para != x->se[s].para ? 6u : 8u) &&
		n_lower(x, b, e, name_glue) == 0 && !speech(x, b, e) && !has_word(x, b, e, dyad__furn_months) &&
		!has_word(x, b, e, (const char *const[]){ "and", NULL })) {
		uint32_t last = e;
		int mixed = 0;
		for (k = b; k < e; k++) {
			if (x->t[k].kind == DYAD_TOK_NUMBER)
				return 0;
			mixed |= wordish(&x->t[k]) && !(x->t[k].flags & DYAD_TOKF_ALLCAPS);
		}
		/* ALL CAPS only after a sentence of the paragraph: a caption's
		 * closing "AGENCY/NAME SURNAME" (an ALL-CAPS line alone is a
		 * heading or a table's row) */
		if (!mixed && x->se[s - 1].para != x->se[s].para)
			return 0;
		while (last > b && !wordish(&x->t[last - 1]))
			last--;
		if (last > b && (!strcmp(x->t[last - 1].lower, "images") || has_word(x, b, e,
			(const char *const[]){ "handout", NULL }))) {
			*why = "credit: a short credit line";
			return DYAD_FURN_CREDIT;
		}
		for (k = b; k < e; k++) {
			const char *sl = strchr(x->t[k].lower, '/');
			/* "Oct/Dec" is a table's column, not a credit */
			if (x->t[k].kind == DYAD_TOK_WORD && cap(&x->t[k]) && sl && sl[1] &&
				sl != x->t[k].lower && n_words(x, b, e) >= 2 && !dyad__in_list(sl + 1, dyad__furn_months)) {
				*why = "credit: an Agency/Name credit line";
				return DYAD_FURN_CREDIT;
			}
		}
	}
	return 0;
}

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
};

const char dyad__furn_author_why[] = "byline: an author's note closes the story";

/* Bylines and timestamps at the top; author notes at the bottom. */
static int r_byline(const fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	static const char *const stamp[] = {
		"published", "updated", "posted", "modified", "last", NULL,
	};
	static const char *const stamp_ok[] = {
		"at", "on", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "bst", "cet",
		"ago", "hours", "hour", "minutes", "minute", "days", "day", "updated", "modified",
		"last", "and", "mins", "hrs", NULL,
	};
	static const char *const journalist[] = {
		"correspondent", "reporter", "columnist", "commentator", "editor", "writer",
		"contributor", "journalist", "blogger", "presenter", "producer", NULL,
	};
	uint32_t w = first_word(x, b, e), k;
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e);
	size_t nw = n_words(x, b, e);
	int top = s < 4 && x->se[s].para < 3, bottom = s + 2 >= x->ns;

	if (w >= e)
		return 0;
	if (top && !strcmp(a, "by") && w + 1 < e && wordish(&x->t[w + 1]) && cap(&x->t[w + 1]) &&
		!dyad__in_list(a1, dyad__furn_months) && !dyad__in_list(a1, weekdays) && nw <= 14 &&
		n_lower(x, w + 1, e, name_glue) == 0 && !speech(x, b, e)) {
		*why = "byline: \"By\" and names open the story";
		return DYAD_FURN_BYLINE;
	}
	if ((top || bottom) && dyad__in_list(a, stamp) && (strcmp(a, "last") || !strcmp(a1, "updated") ||
		!strcmp(a1, "modified"))) {
		uint32_t n = !strcmp(a, "last") ? w + 2 : w + 1;
		const dyad_token *t = n < e ? &x->t[n] : NULL;
		if (t && (punct(t, ":") || t->kind == DYAD_TOK_NUMBER || dyad__in_list(t->lower, dyad__furn_months) ||
			dyad__in_list(t->lower, weekdays)) && nw <= 16 && n_lower(x, n, e, stamp_ok) == 0) {
			*why = "dateline: a publication timestamp";
			return DYAD_FURN_DATELINE;
		}
	}
	/* "(Web editor: Jane Roe)", "(Editor: Jane Roe, John Doe)": a whole
	 * sentence in brackets, a journalist noun and a colon, then names */
	if (punct(&x->t[b], "(") && punct(&x->t[e - 1], ")") && nw <= 10) {
		for (k = w; k < e && k < w + 3 && !punct(&x->t[k], ":"); k++)
			;
		if (k < e && k < w + 3 && k > w && dyad__in_list(x->t[k - 1].lower, journalist) &&
			n_lower(x, k + 1, e, name_glue) == 0) {
			*why = "byline: a bracketed editor's note";
			return DYAD_FURN_BYLINE;
		}
	}
	/* "Jane Roe is a regular commentator on ..." closing the story, about
	 * someone the story never mentioned */
	if (bottom && x->se[s].para == x->se[x->ns - 1].para && !speech(x, b, e)) {
		for (k = w; k < e && k < w + 4 && wordish(&x->t[k]) && cap(&x->t[k]); k++)
			;
		if (k > w && k < e && (is_w(&x->t[k], "is") || is_w(&x->t[k], "was"))) {
			uint32_t j, lim = k + 6 < e ? k + 6 : e, m;
			for (j = k + 1; j < lim && !dyad__in_list(x->t[j].lower, journalist); j++)
				;
			if (j < lim) {
				for (m = 0; m < x->se[s].tok_begin; m++) {
					uint32_t q;
					for (q = w; q < k; q++)
						if (!strcmp(x->t[m].lower, x->t[q].lower))
							return 0;
				}
				*why = dyad__furn_author_why;
				return DYAD_FURN_BYLINE;
			}
		}
	}
	return 0;
}

/* Sign-off blocks: reporting credits, copyright lines, contact details, a
 * lone agency name. Sets *strong when what follows is furniture too. */
static int r_signoff(const fx *x, size_t s, uint32_t b, uint32_t e, int *strong, const char **why)
{
	static const char *const credit[] = {
		"reporting", "additional", "writing", "editing", "edited", "compiled", "produced",
		"graphics", "research", "translated", "written", "reported", NULL,
	};
	static const char *const credit_ok[] = {
		"reporting", "additional", "writing", "editing", "edited", "compiled", "produced",
		"graphics", "research", "translated", "written", "reported", "by", "and", "in",
		"from", "with", "of", "the", "for", "de", "van", "von", "al", "bin", NULL,
	};
	static const char *const copy[] = {
		"published", "broadcast", "rewritten", "redistributed", "reproduced", "republished",
		"distributed", "copied", NULL,
	};
	static const char *const contact[] = {
		"contact", "email", "e-mail", "write", "reach", "send", "follow", "tweet", NULL,
	};
	uint32_t w = first_word(x, b, e), k;
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e);
	size_t nw = n_words(x, b, e);

	*strong = 1;
	if (w >= e)
		return 0;
	if (dyad__in_list(a, credit) && (strcmp(a, "additional") || !strcmp(a1, "reporting")) &&
		(!strcmp(a1, "by") || !strcmp(lw(x, w + 2, e), "by")) &&
		n_lower(x, w, e, credit_ok) <= 1) {
		*why = "signoff: reporting and editing credits";
		return DYAD_FURN_SIGNOFF;
	}
	if (!strcmp(x->t[b].lower, "\xC2\xA9") || (!strcmp(a, "copyright") && w + 1 < e &&
		(x->t[w + 1].kind == DYAD_TOK_NUMBER || x->t[w + 1].kind == DYAD_TOK_SYMBOL ||
		punct(&x->t[w + 1], "(")))) {
		*why = "signoff: a copyright line";
		return DYAD_FURN_SIGNOFF;
	}
	for (k = b; k + 2 < e; k++)
		if (is_w(&x->t[k], "all") && is_w(&x->t[k + 1], "rights") && is_w(&x->t[k + 2], "reserved")) {
			*why = "signoff: \"all rights reserved\"";
			return DYAD_FURN_SIGNOFF;
		}
	if (s + 3 >= x->ns && has_word(x, b, e, (const char *const[]){ "not", "n't", NULL })) {
		int n = 0;
		for (k = b; k < e; k++)
			n += dyad__in_list(x->t[k].lower, copy);
		/* a court's "may not be published or broadcast" is news: the
		 * notice names the rarer verbs too */
		if (n >= 2 && has_word(x, b, e, (const char *const[]){ "rewritten", "redistributed",
			"republished", "reproduced", NULL })) {
			*why = "signoff: a redistribution notice";
			return DYAD_FURN_SIGNOFF;
		}
	}
	if (s + 3 >= x->ns && nw <= 30 && !speech(x, b, e))
		for (k = b; k + 1 < e; k++)
			if (is_w(&x->t[k], "contributed") && (has_word(x, k + 1, k + 4 < e ? k + 4 : e,
				(const char *const[]){ "report", "reporting", "story", "article", NULL }))) {
				*why = "signoff: a contributor credit";
				return DYAD_FURN_SIGNOFF;
			}
	if (dyad__in_list(a, contact) && nw <= 20 && has_char(x, b, e, '@')) {
		*why = "signoff: contact details";
		return DYAD_FURN_SIGNOFF;
	}
	/* "REUTER" alone closing the story */
	*strong = 0;
	if (s + 1 == x->ns && s > 0 && x->se[s - 1].para != x->se[s].para && nw == 1 && e - b <= 2 &&
		(x->t[w].flags & DYAD_TOKF_ALLCAPS)) {
		*why = "signoff: a lone agency name closes the story";
		return DYAD_FURN_SIGNOFF;
	}
	return 0;
}

/* Appeals: an appeal verb in the imperative (it opens the sentence and is
 * not followed by a preposition or an auxiliary, as the noun in "Support
 * for the bill grew" is) with a cue addressed to the reader. Verbs that
 * ask for money or a sign-up need any such cue ("you", "our"); everyday
 * verbs ("Give us a break", "Get your hands off") need a publishing word
 * (newsletter, journalism) or "us"/"our" with a channel ("Follow us on
 * Twitter"). */
static const char *const appeal_verbs[] = {
	"subscribe", "donate", "support", "sign", "contribute", "register", "download",
	"upgrade", "unlock", "sponsor", "pledge", "chip",
	"follow", "share", "join", "become", "give", "get", "try", "help", "click", "tap", NULL,
};
static const char *const generic_verbs[] = {
	"follow", "share", "join", "become", "give", "get", "try", "help", "click", "tap", NULL,
};
static const char *const reader_cue[] = {
	"you", "your", "yours", "us", "our", "newsletter", "newsletters", "inbox",
	"subscription", "subscriptions", "subscriber", "subscribers", "membership", "member",
	"donation", "donations", "journalism", "podcast", "app", NULL,
};
static const char *const publishing_cue[] = {
	"newsletter", "newsletters", "e-newsletter", "inbox", "subscription", "subscriptions",
	"subscriber", "subscribers", "membership", "donation", "donations", "journalism",
	"podcast", "app", NULL,
};
static const char *const channel[] = {
	"twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "online", "social",
	"site", "website", "page", "channel", "feed", "rss", "whatsapp", "telegram", NULL,
};

static int r_appeal(const fx *x, uint32_t b, uint32_t e, const char **why)
{
	static const char *const not_object[] = {
		"for", "of", "from", "among", "in", "on", "at", "by", "with", "is", "was", "are",
		"were", "has", "had", "have", "will", "would", "could", "can", "may", "might",
		"'s", "and", "or", ",", NULL,
	};
	static const char *const soon[] = { "today", "now", "here", NULL };
	uint32_t w = first_word(x, b, e), k;
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e);
	size_t nw = n_words(x, b, e);
	int cue, second = 0;

	/* only sentences opening with an appeal verb or saying "please" are
	 * looked at further: the rest of the story costs one lookup */
	if (w >= e || nw > 40 || (!dyad__in_list(a, appeal_verbs) &&
		!has_word(x, b, e, (const char *const[]){ "please", NULL })) || speech(x, b, e))
		return 0;
	cue = dyad__in_list(a, generic_verbs) ? has_word(x, b, e, publishing_cue) ||
		(has_word(x, b, e, (const char *const[]){ "us", "our", NULL }) &&
		has_word(x, b, e, channel)) : has_word(x, b, e, reader_cue);
	/* a second imperative after a dash or colon: "... — subscribe today" */
	for (k = w + 1; k + 1 < e; k++)
		if ((dash(&x->t[k]) || punct(&x->t[k], ":") || punct(&x->t[k], "\xE2\x80\x94")) &&
			dyad__in_list(x->t[k + 1].lower, appeal_verbs))
			second = 1;
	if (dyad__in_list(a, appeal_verbs) && !dyad__in_list(a1, not_object) && (strcmp(a, "sign") || !strcmp(a1, "up")) &&
		(strcmp(a, "chip") || !strcmp(a1, "in"))) {
		uint32_t last = e;
		while (last > b && !wordish(&x->t[last - 1]))
			last--;
		if (!strcmp(a, "click") || !strcmp(a, "tap")) {
			if (!cue && !has_word(x, w + 1, e, appeal_verbs))
				return 0; /* a link, not an appeal: r_related */
		} else if (!cue && !second && !(!dyad__in_list(a, generic_verbs) && nw <= 5 && last > b &&
			dyad__in_list(x->t[last - 1].lower, soon)))
			return 0;
		*why = "appeal: an imperative appeal to the reader";
		return DYAD_FURN_APPEAL;
	}
	/* "If you value our journalism, please consider a donation." */
	if (has_word(x, b, e, publishing_cue) && has_word(x, b, e, (const char *const[]){ "please", NULL }) &&
		(has_word(x, b, e, appeal_verbs) || has_word(x, b, e, (const char *const[]){ "consider", NULL }))) {
		*why = "appeal: a request to the reader";
		return DYAD_FURN_APPEAL;
	}
	return 0;
}

/* Links to other stories: "Read more:", "Related stories", "Watch:". */
static int related_shape(const fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	static const char *const labels[] = {
		"related", "watch", "listen", "video", "read", "see", "explore", "recommended",
		"more", "also", "trending", "latest", "popular", "tags", "topics", NULL,
	};
	static const char *const more_next[] = {
		":", "|", ">", "\xC2\xBB", "about", "on", "here", "at", "from", "stories", "news",
		"articles", "coverage", NULL,
	};
	static const char *const lists[] = {
		"stories", "story", "articles", "article", "coverage", "content", "links", "topics",
		"news", "reading", "video", "videos", NULL,
	};
	static const char *const go[] = {
		"visit", "see", "go", "click", "follow", "read", "check", "watch", "listen", "log", NULL,
	};
	static const char *const media[] = {
		"more", "programme", "program", "podcast", "website", "site", NULL,
	};
	uint32_t w = first_word(x, b, e);
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e), *a2 = lw(x, w + 2, e);
	size_t nw = n_words(x, b, e);

	if (w >= e)
		return 0;
	*why = "related: a link to other stories";
	if (dyad__in_list(a, labels) && (!strcmp(a1, ":") || !strcmp(a1, "|")))
		return DYAD_FURN_RELATED;
	if ((!strcmp(a, "read") || !strcmp(a, "see")) && (!strcmp(a1, "more") || !strcmp(a1, "also")) &&
		(w + 2 >= e || x->t[w + 2].kind == DYAD_TOK_PUNCT || dyad__in_list(a2, more_next)))
		return DYAD_FURN_RELATED;
	if (!strcmp(a, "also") && (!strcmp(a1, "read") || !strcmp(a1, "see")))
		return DYAD_FURN_RELATED;
	/* "You may also like", "You might also be interested in" */
	if (!strcmp(a, "you") && (!strcmp(a1, "may") || !strcmp(a1, "might")) && !strcmp(a2, "also") &&
		nw <= 7 && has_word(x, w + 3, e, (const char *const[]){ "like", "enjoy", "interested", NULL }))
		return DYAD_FURN_RELATED;
	if ((!strcmp(a, "related") || !strcmp(a, "recommended") || !strcmp(a, "further") ||
		!strcmp(a, "top") || !strcmp(a, "most")) && nw <= 4 &&
		(dyad__in_list(a1, lists) || !strcmp(a1, "read") || !strcmp(a1, "popular")))
		return DYAD_FURN_RELATED;
	if (!strcmp(a, "more") && (!strcmp(a1, "on") || !strcmp(a1, "from") || !strcmp(a1, "about")) &&
		nw <= 6 && has_word(x, b, e, (const char *const[]){ "this", NULL }))
		return DYAD_FURN_RELATED;
	if (!strcmp(a, "for") && !strcmp(a1, "more") && nw <= 25 && has_word(x, w + 2, e, go))
		return DYAD_FURN_RELATED;
	if ((!strcmp(a, "click") || !strcmp(a, "tap")) && !strcmp(a1, "here"))
		return DYAD_FURN_RELATED;
	if (s + 3 >= x->ns && !strcmp(a, "you") && !strcmp(a1, "can") &&
		dyad__in_list(a2, (const char *const[]){ "hear", "read", "watch", "find", "listen", "see",
			"follow", "get", NULL }) && has_word(x, w + 3, e, media))
		return DYAD_FURN_RELATED;
	return 0;
}

/* A navigation label and its colon open the line ("Read more:", "ALSO
 * READ:"): what follows is a headline, whose quotation marks are not speech. */
static int nav_label(const fx *x, uint32_t b, uint32_t e)
{
	static const char *const labels[] = {
		"related", "watch", "listen", "video", "read", "see", "more", "also", NULL,
	};
	uint32_t w = first_word(x, b, e);
	const char *a = lw(x, w, e), *a1 = lw(x, w + 1, e), *a2 = lw(x, w + 2, e);
	if (!dyad__in_list(a, labels))
		return 0;
	if (!strcmp(a1, ":") || !strcmp(a1, "|"))
		return 1;
	return (!strcmp(a, "read") || !strcmp(a, "see") || !strcmp(a, "also")) &&
		dyad__in_list(a1, (const char *const[]){ "more", "also", "read", "see", NULL }) &&
		(!strcmp(a2, ":") || !strcmp(a2, "|"));
}

/* An ALL-CAPS label of two or three words and a colon before a line with
 * no full stop ("BREAKING NEWS: Japan lodges protest: official"): a
 * headline the page links to: short, with no full stop, where a dateline
 * opens a sentence. */
static int caps_label_headline(const fx *x, uint32_t b, uint32_t e)
{
	uint32_t w = first_word(x, b, e), k;
	const dyad_token *z;
	if (w != b)
		return 0;
	for (k = w; k < e && k < w + 3 && wordish(&x->t[k]) && (x->t[k].flags & DYAD_TOKF_ALLCAPS) &&
		x->t[k].len >= 4; k++)
		;
	if (k < w + 2 || k >= e || !punct(&x->t[k], ":") || n_words(x, k, e) < 4 || n_words(x, k, e) > 16)
		return 0;
	z = &x->t[e - 1];
	if ((z->kind == DYAD_TOK_PUNCT && (punct(z, ".") || punct(z, "!") || punct(z, "?"))) ||
		z->lower[strlen(z->lower) - 1] == '.')
		return 0;
	return !line_break_in(x, k, e);
}

/* Lines after the first that end in a full stop: a sentence the splitter
 * ran on past a headline into the story, which a label must not take. */
static int runs_on(const fx *x, uint32_t b, uint32_t e)
{
	return line_break_in(x, b, e) && punct(&x->t[e - 1], ".");
}

static int r_related(const fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	if ((nav_label(x, b, e) && !runs_on(x, b, e)) || (e == x->se[s].tok_end && caps_label_headline(x, b, e))) {
		*why = "related: a labelled link to other stories";
		return DYAD_FURN_RELATED;
	}
	return related_shape(x, s, b, e, why) && !speech(x, b, e) ? DYAD_FURN_RELATED : 0;
}

/* Page prompts: a short line of interface words ("Remind me later",
 * "Share this article"), cookie and terms notices. */
static int r_prompt(const fx *x, uint32_t b, uint32_t e, const char **why)
{
	static const char *const ui[] = {
		"remind", "me", "later", "accept", "all", "reject", "decline", "close", "cancel",
		"continue", "reading", "dismiss", "ok", "okay", "got", "it", "no", "thanks", "thank",
		"you", "yes", "not", "now", "skip", "to", "content", "main", "sign", "in", "up",
		"out", "log", "share", "this", "article", "story", "page", "print", "email",
		"e-mail", "tweet", "copy", "link", "save", "menu", "search", "advertisement",
		"comments", "comment", "show", "hide", "more", "less", "cookie", "cookies",
		"settings", "manage", "preferences", "allow", "back", "top", "play", "video",
		"audio", "loading", "already", "a", "subscriber", "have", "an", "account", "on",
		"via", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "messenger",
		"pinterest", "telegram", "x", "or", "and", NULL,
	};
	static const char *const trigger[] = {
		"remind", "accept", "reject", "decline", "close", "cancel", "continue", "dismiss",
		"skip", "sign", "log", "share", "print", "tweet", "copy", "save", "manage", "allow",
		"thanks", "subscriber", "account", "advertisement", "cookies", "loading", NULL,
	};
	static const char *const notice[] = {
		"cookie", "cookies", "you", "your", "we", "our", "agree", "consent", "terms",
		"policy", "site", "website", "privacy", "javascript", "browser", "support",
		"supported", "update", "upgrade", "enable", "enabled", "outdated", NULL,
	};
	enum {
		N_COOKIE = 1, N_PEOPLE = 2, N_YOU = 4, N_AGREE = 8, N_TERMS = 16, N_JS = 32,
		N_BROWSER = 64, N_YOUR = 128, N_FIX = 256
	};
	size_t nw = n_words(x, b, e);
	uint32_t k;
	unsigned seen = 0;
	int kind = 0;

	if (nw && nw <= 6) {
		int all = 1;
		for (k = b; k < e && all; k++)
			if (x->t[k].kind == DYAD_TOK_NUMBER || (wordish(&x->t[k]) && !dyad__in_list(x->t[k].lower, ui)))
				all = 0;
		if (all && has_word(x, b, e, trigger)) {
			*why = "prompt: a line of page-interface words";
			kind = DYAD_FURN_PROMPT;
		}
	}
	/* one pass over the sentence for the notices' words */
	for (k = b; k < e && !kind && nw <= 45; k++) {
		const char *w = x->t[k].lower;
		if (!dyad__in_list(w, notice))
			continue;
		if (!strcmp(w, "cookie") || !strcmp(w, "cookies"))
			seen |= N_COOKIE | N_TERMS;
		else if (!strcmp(w, "you"))
			seen |= N_PEOPLE | N_YOU;
		else if (!strcmp(w, "your"))
			seen |= N_PEOPLE | N_YOUR;
		else if (!strcmp(w, "we") || !strcmp(w, "our"))
			seen |= N_PEOPLE;
		else if (!strcmp(w, "agree") || !strcmp(w, "consent"))
			seen |= N_AGREE;
		else if (!strcmp(w, "javascript"))
			seen |= N_JS;
		else if (!strcmp(w, "browser"))
			seen |= N_BROWSER;
		else if (!strcmp(w, "terms") || !strcmp(w, "policy") || !strcmp(w, "site") ||
			!strcmp(w, "website") || !strcmp(w, "privacy"))
			seen |= N_TERMS;
		else
			seen |= N_FIX;
	}
	if (kind)
		;
	else if ((seen & (N_COOKIE | N_PEOPLE)) == (N_COOKIE | N_PEOPLE)) {
		*why = "prompt: a cookie notice";
		kind = DYAD_FURN_PROMPT;
	} else if ((seen & (N_YOU | N_AGREE | N_TERMS)) == (N_YOU | N_AGREE | N_TERMS)) {
		*why = "prompt: a terms notice";
		kind = DYAD_FURN_PROMPT;
	} else if (nw <= 30 && ((seen & N_JS) ||
		(seen & (N_BROWSER | N_YOUR | N_FIX)) == (N_BROWSER | N_YOUR | N_FIX))) {
		*why = "prompt: a browser notice";
		kind = DYAD_FURN_PROMPT;
	}
	return kind && !speech(x, b, e) ? kind : 0;
}

/* Site words: the reader's account with the publisher, and its pages. */
static const char *const site_words[] = {
	"subscription", "subscriptions", "subscriber", "account", "payment", "comment", "comments",
	"commenting", "article", "newsletter", "password", "login", "registration", NULL,
};

/* Prompts about the reader's account, payment or comments, addressed to
 * the reader: "You must update your payment details ... to keep your
 * subscription.", "Please read our comment policy before commenting.",
 * "Register or sign in now.", and a link to a full text ("Read his speech
 * in full."). Never speech. */
static int r_account(const fx *x, uint32_t b, uint32_t e, const char **why)
{
	static const char *const enter[] = { "register", "sign", "log", "login", NULL };
	static const char *const go[] = { "read", "watch", "listen", "see", NULL };
	uint32_t w = first_word(x, b, e), z = e;
	const char *a = lw(x, w, e);
	size_t nw = n_words(x, b, e);
	if (w >= e || nw > 40 || speech(x, b, e))
		return 0;
	*why = "prompt: the reader's account, payment or comments";
	/* the publisher or the reader is the subject ("You must ...", "We've
	 * tried to contact you", "Would you like to comment"), not a firm
	 * that lets "you" do something in a column */
	if (dyad__in_list(a, (const char *const[]){ "you", "your", "we", "please", "would", NULL }) &&
		has_word(x, b, e, site_words) && has_word(x, b, e, (const char *const[]){ "you", "your", "our", NULL }))
		return DYAD_FURN_PROMPT;
	if (dyad__in_list(a, enter) && nw <= 12) {
		uint32_t k;
		for (k = w; k + 1 < e; k++)
			if ((is_w(&x->t[k], "sign") || is_w(&x->t[k], "log")) && is_w(&x->t[k + 1], "in"))
				return DYAD_FURN_PROMPT;
	}
	while (z > b && !wordish(&x->t[z - 1]))
		z--;
	if (dyad__in_list(a, go) && nw <= 8 && z - b >= 2 && is_w(&x->t[z - 2], "in") && is_w(&x->t[z - 1], "full")) {
		*why = "related: a link to the full text";
		return DYAD_FURN_RELATED;
	}
	return 0;
}

/* A menu: three or more short items between bars ("Cookie settings |
 * Privacy policy | Terms of use", "Share: Facebook | X | Email"). */
static int r_menu(const fx *x, uint32_t b, uint32_t e, const char **why)
{
	uint32_t k, bars = 0, words = 0;
	for (k = b; k < e; k++) {
		if (!strcmp(x->t[k].lower, "|") && !wordish(&x->t[k])) {
			if (words > 4)
				return 0;
			bars++;
			words = 0;
		} else if (wordish(&x->t[k]) && ++words > 4)
			return 0;
	}
	if (bars < 2 || speech(x, b, e))
		return 0;
	*why = "prompt: a menu of short items between bars";
	return DYAD_FURN_PROMPT;
}

/* A sentence the splitter ran across line breaks (no full stop ends a
 * label or a credit line): when its first line with words opens a block
 * whose followers are furniture ("Related articles" then a headline,
 * "Reporting by ..." then a prompt), the whole sentence is that block. */
static int first_line(const fx *x, size_t s, uint32_t b, uint32_t e, int *strong,
	const char **why)
{
	uint32_t lb = b, le;
	int k;
	for (;;) {
		for (le = lb + 1; le < e && !(x->t[le].flags & DYAD_TOKF_NEWLINE_BEFORE); le++)
			;
		if (le >= e)
			return 0;
		if (n_words(x, lb, le))
			break;
		lb = le; /* a rule line ("—") above the block */
	}
	if ((k = r_signoff(x, s, lb, le, strong, why)) && *strong)
		return k;
	*strong = 0;
	if ((k = r_related(x, s, lb, le, why)))
		return k;
	/* a credit word on its own line ("Reuters") closes the paragraph
	 * above; a bare link label ("READ MORE :") on the next line still
	 * opens the block */
	if (n_words(x, lb, le) <= 2 && le < e) {
		uint32_t nb = le, ne;
		for (ne = nb + 1; ne < e && !(x->t[ne].flags & DYAD_TOKF_NEWLINE_BEFORE); ne++)
			;
		if (ne < e && n_words(x, nb, ne) <= 3 && nav_label(x, nb, ne) && punct(&x->t[ne - 1], ":")) {
			*why = "related: a labelled link to other stories";
			return DYAD_FURN_RELATED;
		}
	}
	return 0;
}

/* A sentence end: . ! ? or an ellipsis, or an abbreviation's period. */
static int sentence_end(const dyad_token *t)
{
	size_t n = strlen(t->lower);
	if (t->kind == DYAD_TOK_ABBREV)
		return n && t->lower[n - 1] == '.';
	return t->kind == DYAD_TOK_PUNCT && (t->lower[0] == '.' || t->lower[0] == '!' ||
		t->lower[0] == '?' || !strcmp(t->lower, "\xE2\x80\xA6"));
}

/* Headings: on a page whose lines are its paragraphs (the splitter's
 * layout test), a paragraph of one sentence with no sentence end is a
 * headline, standfirst, subhead, section label or page label ("WAR IN
 * THE NORTH", "Most read", "Key developments:"). Not a list item (a
 * bullet or dash opens it); not long unless in Title Case (a paragraph of
 * twenty words with no full stop is a sentence that lost its stop); a
 * colon ends only a short label that reports no one's words ("He said:");
 * a line over a list (a bullet or dash opens the next) introduces it;
 * the story's last line is a label only when short (a longer one is a
 * story cut off mid-sentence). */
static int r_heading(const fx *x, size_t s, uint32_t b, uint32_t e, const char **why)
{
	uint32_t p = x->se[s].para, z = e, k, big = 0, capn = 0;
	size_t nw;
	if (!x->d->lines_are_paras || (s > 0 && x->se[s - 1].para == p) ||
		(s + 1 < x->ns && x->se[s + 1].para == p))
		return 0;
	while (z > b && (x->t[z - 1].kind == DYAD_TOK_QUOTE ||
		(x->t[z - 1].kind == DYAD_TOK_PUNCT && strchr(")]}", x->t[z - 1].lower[0]))))
		z--;
	if (z == b)
		return 0;
	if (sentence_end(&x->t[z - 1])) {
		/* an explainer's subhead or a linked story's title asks a question:
		 * "Why has Turkey blocked Sweden's bid?", a short line of its own,
		 * opening with a question word, not in quotation marks */
		static const char *const ask[] = { "are", "can", "could", "did", "do", "does", "has",
			"have", "how", "is", "what", "when", "where", "which", "who", "why", "will", NULL };
		if (!punct(&x->t[z - 1], "?") || z != e || x->t[b].kind == DYAD_TOK_QUOTE
			|| !cap(&x->t[b]) || !dyad__in_list(x->t[b].lower, ask) || n_words(x, b, e) > 12)
			return 0;
		*why = "heading: a short question on a line of its own";
		return DYAD_FURN_HEADING;
	}
	if (x->t[b].kind == DYAD_TOK_PUNCT && !strchr("([", x->t[b].lower[0]))
		return 0; /* "• item", "- item" */
	nw = n_words(x, b, e);
	if (!nw)
		return 0;
	for (k = b; k < e; k++)
		if (wordish(&x->t[k]) && x->t[k].len >= 4) {
			big++;
			capn += cap(&x->t[k]);
		}
	if (nw > 16 && !(nw <= 25 && big && capn * 5 >= big * 4))
		return 0;
	if (punct(&x->t[z - 1], ":") && (nw > 6 || speech(x, b, e)))
		return 0;
	if (s + 1 == x->ns && nw > 4)
		return 0;
	/* "Prosecutors had claimed the firms" over a list of what they claimed */
	if (s + 1 < x->ns && !punct(&x->t[z - 1], ":") && x->t[x->se[s + 1].tok_begin].kind == DYAD_TOK_PUNCT &&
		!strchr("([\"'", x->t[x->se[s + 1].tok_begin].lower[0]))
		return 0;
	*why = "heading: a line of its own with no sentence end";
	return DYAD_FURN_HEADING;
}

int dyad__furn_classify(fx *x, size_t s, int *strong, const char **why)
{
	uint32_t b = x->se[s].tok_begin, e = x->se[s].tok_end;
	int k;
	*strong = 0;
	if (b >= e)
		return 0;
	if ((k = r_signoff(x, s, b, e, strong, why)))
		return k;
	if ((k = r_photo(x, s, b, e, why)) || (k = r_byline(x, s, b, e, why)) ||
		(k = r_appeal(x, b, e, why)) || (k = r_related(x, s, b, e, why)) ||
		(k = r_prompt(x, b, e, why)) || (k = r_menu(x, b, e, why)) || (k = r_account(x, b, e, why)) ||
		(k = dyad__furn_page(x, s, b, e, why)))
		return k;
	if ((k = first_line(x, s, b, e, strong, why)))
		return k;
	return r_heading(x, s, b, e, why);
}

