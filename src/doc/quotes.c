/*
 * Quotes and speakers (dyad/quotes.h): direct quotations and reported
 * speech in a whole story, with the token ranges of speaker, addressee and
 * verb of saying.
 *
 * Passes, each linear over the story:
 *  0. per sentence, a postposed attribution ("…, X said." / "…, said X,
 *     the minister." / "…, according to Z.") is looked for once;
 *  1. quotation marks are paired (the first kind opened is the outer one;
 *     the other kind inside it is a nested quote and ignored). A double
 *     quote left open at a paragraph's end carries on when the next
 *     paragraph opens with a mark (news convention), or closes one,
 *     attributed, before opening any (the reopening mark left out), else
 *     ends there; an unclosed single quote is dropped (most are
 *     apostrophes). Each quote is attributed (quotes_attr.c) after its
 *     closing mark ("…," X said / said X / X told Y / according to Z / as
 *     quoted by Z), else before its opening mark in its sentence (X said:
 *     "…" / X said the two countries "must …" / X urged Y "to …" / …,
 *     calling it "a shame"), else by its sentence's postposed attribution,
 *     else by a previous sentence ending in a colon;
 *  2. reported speech: a finite verb of saying followed by "that", or by a
 *     clause (NP + finite verb group), and the postposed attributions;
 *  3. the statements are sorted; an unattributed quote takes the speaker
 *     of the statement ending in the same or the previous sentence
 *     (continues), else of an attribution in the next sentence.
 *
 * Scare quotes: the attribution decides. A quoted fragment in a clause a
 * verb of communication governs, or in a sentence with a postposed "…, X
 * said", is a partial quote of that speaker, however short; one without
 * (1-5 words, not a sentence of its own:
 * "countering 'containment' by the United States") is a noun phrase in
 * quotes, and so is a name or title (so-called "…", Operation "Sindoor").
 */
#include "ctx_internal.h"
#include "quotes_internal.h"

/* Words before a quotation that make it a name, not anyone's words:
 * the so-called "…", a group dubbed "…". Sorted. */
static const char *const naming_words[] = {
	"codenamed", "dubbed", "entitled", "named", "nicknamed", "so-called", "titled",
};

/* ---- output ---- */

static dyad_quote *add(dyad__qz *z)
{
	dyad_quote *q;
	if (z->n == z->cap) {
		size_t nc = z->cap ? z->cap * 2 : 16;
		dyad_quote *nq = dyad_arena_grow(z->arena, z->q, z->cap * sizeof *nq, nc * sizeof *nq);
		if (!nq) {
			z->oom = 1;
			return NULL;
		}
		z->q = nq;
		z->cap = nc;
	}
	q = &z->q[z->n++];
	memset(q, 0, sizeof *q);
	q->continues = -1;
	return q;
}

static void fill(dyad_quote *q, const dyad__qattr *a, uint32_t s)
{
	memcpy(q->speaker_tok, a->spk, sizeof q->speaker_tok);
	memcpy(q->addressee_tok, a->addr, sizeof q->addressee_tok);
	memcpy(q->verb_tok, a->verb, sizeof q->verb_tok);
	q->sentence = s;
}

/* Trim trailing commas, colons, dashes, end marks and quotation marks. */
static uint32_t trim_end(const dyad__qz *z, uint32_t b, uint32_t e, int keep_end_marks)
{
	while (e > b) {
		const dyad_token *t = &z->t[e - 1];
		if (t->lower && (!strcmp(t->lower, "]") || !strcmp(t->lower, ")"))) {
			/* a bracket closing one opened inside stays */
			const char *o = t->lower[0] == ']' ? "[" : "(";
			uint32_t i = e - 1;
			while (i > b && strcmp(z->t[i - 1].lower ? z->t[i - 1].lower : "", o))
				i--;
			if (i > b)
				break;
		}
		if (t->kind == DYAD_TOK_QUOTE || (t->kind == DYAD_TOK_PUNCT &&
			(!keep_end_marks || t->tag != DYAD_POS_PERIOD)))
			e--;
		else
			break;
	}
	return e;
}

/* A quotation at marks ob (words b..e) that names something rather than
 * quoting anyone: after "so-called", "dubbed", a participle "called" /
 * "named" ("a group called "…""), or every word capitalised mid-sentence
 * (a title or name: Operation "Sindoor", the "Big Bang"). */
static int name_like(const dyad__qz *z, uint32_t ob, uint32_t b, uint32_t e)
{
	const dyad_token *p;
	int caps = 1;
	if (ob == 0 || z->t[ob].flags & DYAD_TOKF_SENT_START)
		return 0;
	p = &z->t[ob - 1];
	if (IN_LIST(p->lower, naming_words))
		return 1;
	if (p->chunk >= 0 && is_type(z, (uint32_t)p->chunk, DYAD_CHUNK_VP) &&
		!dyad__q_finite_vp(z, (uint32_t)p->chunk) &&
		!(z->ch[p->chunk].flags & (DYAD_VPF_GERUND | DYAD_VPF_INFINITIVE)) &&
		(!strcmp(lem(p), "call") || !strcmp(lem(p), "name") || !strcmp(lem(p), "know")))
		return 1;
	for (uint32_t i = b; i < e; i++) {
		const dyad_token *t = &z->t[i];
		if (t->kind == DYAD_TOK_WORD && !(t->flags & DYAD_TOKF_CAP) &&
			!(i > b && (t->tag == DYAD_POS_DT || t->tag == DYAD_POS_IN ||
				t->tag == DYAD_POS_CC || t->tag == DYAD_POS_TO)))
			caps = 0;
	}
	return caps;
}

/* Nothing but marks and punctuation after the closing mark at cm up to
 * its sentence's end or postposed attribution: a quotation ending the
 * reported clause is what it says ("told Y the two countries "must …""). */
static int ends_clause(const dyad__qz *z, uint32_t cm)
{
	uint32_t s = z->sent[cm < z->nt ? cm : z->nt - 1], e = z->doc->sents[s].tok_end;
	if (z->post_comma[s] != UINT32_MAX && z->post_comma[s] > cm)
		e = z->post_comma[s];
	for (uint32_t i = cm + 1; i < e; i++)
		if (z->t[i].kind != DYAD_TOK_PUNCT && z->t[i].kind != DYAD_TOK_QUOTE)
			return 0;
	return 1;
}

/* Does sentence s open with a list bullet ("- a fund to …", "• …")? */
static int bullet(const dyad__qz *z, uint32_t s)
{
	const dyad_sentence *se = &z->doc->sents[s];
	const char *p;
	if (se->tok_end <= se->tok_begin)
		return 0;
	p = z->doc->text.buf + z->t[se->tok_begin].off;
	return z->t[se->tok_begin].len <= 3 && (p[0] == '-' || p[0] == '*' || !strncmp(p, "\xe2\x80\xa2", 3)
		|| !strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xc2\xb7", 2));
}

/* A direct quotation: marks at ob and cm (cm = the token after the words
 * when it was never closed, closed = 0). */
static void direct(dyad__qz *z, uint32_t ob, uint32_t cm, int closed)
{
	uint32_t b = ob + 1, e = trim_end(z, b, cm, 1), s0 = z->sent[ob];
	uint32_t words = 0, verb = 0, whole, i;
	dyad__qattr a;
	int near = 0, found = 0, post;
	dyad_quote *q;
	if (e <= b)
		return;
	for (i = b; i < e; i++) {
		const dyad_token *t = &z->t[i];
		if (t->kind == DYAD_TOK_WORD || t->kind == DYAD_TOK_NUMBER || t->kind == DYAD_TOK_ABBREV)
			words++;
		if ((t->tag >= DYAD_POS_VB && t->tag <= DYAD_POS_VBZ) || t->tag == DYAD_POS_MD)
			verb = 1;
	}
	whole = ob == z->doc->sents[s0].tok_begin;
	if (whole && closed) {
		uint32_t se = z->doc->sents[z->sent[cm]].tok_end;
		for (i = cm + 1; i < se; i++)
			if (z->t[i].kind != DYAD_TOK_PUNCT && z->t[i].kind != DYAD_TOK_QUOTE)
				whole = 0;
	}
	post = closed && z->post_comma[z->sent[cm]] != UINT32_MAX && z->post_comma[z->sent[cm]] > cm;
	/* a sentence's postposed "…, X said" reports all of it, the clause of
	 * a participle or verb like "calling" or "urged" included */
	/* "the leader says: "Thank you ...," the BBC reported": the speaker
	 * the colon introduces, not the outlet that reports them */
	if (ob > z->doc->sents[s0].tok_begin && z->t[ob - 1].tag == DYAD_POS_COLON
		&& dyad__q_attrib_before(z, ob, &a, &near) && near)
		found = 1;
	else if (closed && dyad__q_attrib_after(z, cm, &a))
		found = near = 1;
	else if (dyad__q_attrib_before(z, ob, &a, &near) && !(a.partial && post))
		found = 1;
	else if (post) {
		a = z->post[z->sent[cm]];
		found = 1;
		near = 0;
	} else if (whole && s0 > 0) {
		/* "X said:" ending the previous sentence or paragraph */
		const dyad_sentence *p = &z->doc->sents[s0 - 1];
		if (p->tok_end > p->tok_begin && z->t[p->tok_end - 1].tag == DYAD_POS_COLON &&
			dyad__q_attrib_before_from(z, s0 - 1, z->dc->sent_chunk[s0], &a, &near))
			found = 1;
	}
	if (!found && s0 > 0 && ob == z->doc->sents[s0].tok_begin
		&& z->doc->sents[s0 - 1].para == z->doc->sents[s0].para) {
		/* "Putin told Kim. "I am glad to see you ..."": the sentence before
		 * ends on a verb of saying with no words of its own said, only an
		 * addressee; what follows is what was said */
		uint32_t c = z->dc->sent_chunk[s0], lo = z->dc->sent_chunk[s0 - 1], v, m;
		const dyad_sentence *ps = &z->doc->sents[s0 - 1];
		for (m = ps->tok_begin; m < ps->tok_end && z->t[m].kind != DYAD_TOK_QUOTE; m++)
			; /* ""…," he said." said its words already: the continuation pass decides */
		if (m == ps->tok_end && c >= lo + 2 && punct_is(z, c - 1, ".")) {
			v = np(z, c - 2) && c >= lo + 3 ? c - 3 : c - 2;
			if (v > lo && dyad__q_say_vp(z, v)
				&& dyad__q_attrib_before_from(z, s0 - 1, c, &a, &near)) {
				found = 1;
				near = 0;
			}
		}
	}
	if (!found && s0 > 0 && bullet(z, s0)) {
		/* a list item on a line of its own: the lead-in sentence above
		 * the list ("X expects a plan with three parts:") speaks it */
		uint32_t l = s0;
		while (l > 0 && bullet(z, l - 1))
			l--;
		if (l > 0 && dyad__q_attrib_before_from(z, l - 1, z->dc->sent_chunk[l], &a, &near)) {
			found = 1;
			near = 0;
		}
	}
	/* "in the "Big Bang," X said": a name in quotes mid-clause, not a
	 * quotation standing on its own ("Never," he said / said: "Never.") */
	if (words <= 3 && !verb && ob > z->doc->sents[s0].tok_begin &&
		z->t[ob - 1].tag != DYAD_POS_COMMA && z->t[ob - 1].tag != DYAD_POS_COLON)
		near = 0;
	/* The attribution decides: a fragment anywhere in a clause a verb of
	 * communication governs ("Taiwan said four "formations" of ships were
	 * patrolling", "urged Israel "to resume talks"", "were on "heightened
	 * alert", the ministry said") is the speaker's own words, quoted: a
	 * partial quote of theirs, however short. Without one, or when the
	 * quotation is a name or title, it is a noun phrase in quotes. */
	if (!(near || whole || words >= 6 || (found && !name_like(z, ob, b, e))))
		return;
	if (!(q = add(z)))
		return;
	for (i = ob; i <= cm && i < z->nt; i++)
		z->in_quote[i] = 1;
	set(q->quote_tok, b, e);
	q->direct = 1;
	q->sentence = s0;
	if (found) {
		fill(q, &a, a.verb[1] > a.verb[0] ? z->sent[a.verb[0]] : s0);
		/* A quotation beside its verb is what the verb reports; a fragment
		 * further in leaves the reported clause around it a statement too. */
		for (i = a.verb[0]; (near || ends_clause(z, cm)) && i < a.verb[1]; i++)
			z->verb_used[i] = 1;
	}
}

static int dbl(const dyad__qz *z, uint32_t i)
{
	const unsigned char *p = (const unsigned char *)z->doc->text.buf + z->t[i].off;
	/* " U+201C U+201D U+201E « » */
	return p[0] == '"' || (p[0] == 0xE2 && p[1] == 0x80 && (p[2] >= 0x9C && p[2] <= 0x9F)) ||
		(p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB));
}

static int para_start(const dyad__qz *z, uint32_t i)
{
	uint32_t s = z->sent[i];
	return z->doc->sents[s].tok_begin == i &&
		(s == 0 || z->doc->sents[s - 1].para != z->doc->sents[s].para);
}

/* A double quote left open at the end of the paragraph before token i
 * (a paragraph start) carries on without a new opening mark when this
 * paragraph closes a double quote before opening one and the closing mark
 * is attributed ("… emerged," he said): the writer dropped the reopening. */
static int carries_on(const dyad__qz *z, uint32_t i)
{
	dyad__qattr a;
	for (uint32_t j = i; j < z->nt && (j == i || !para_start(z, j)); j++) {
		const dyad_token *t = &z->t[j];
		if (t->kind != DYAD_TOK_QUOTE || !dbl(z, j))
			continue;
		if (t->flags & DYAD_TOKF_QUOTE_OPEN)
			return 0;
		if (t->flags & DYAD_TOKF_QUOTE_CLOSE)
			return dyad__q_attrib_after(z, j, &a);
	}
	return 0;
}

/* Pass 1: pair the marks. */
static void pass_direct(dyad__qz *z)
{
	int open = 0; /* 0 none, 1 double, 2 single */
	uint32_t ob = 0;
	for (uint32_t i = 0; i < z->nt && !z->oom; i++) {
		const dyad_token *t = &z->t[i];
		int kind;
		if (open && para_start(z, i)) {
			/* a new paragraph: a double quote carries on if it reopens */
			if (open == 1 && t->kind == DYAD_TOK_QUOTE && dbl(z, i) &&
				(t->flags & DYAD_TOKF_QUOTE_OPEN))
				continue;
			if (open == 1 && !carries_on(z, i)) {
				direct(z, ob, i, 0);
				open = 0;
			} else if (open == 2) {
				open = 0;
			}
		}
		if (t->kind != DYAD_TOK_QUOTE)
			continue;
		kind = dbl(z, i) ? 1 : 2;
		if (!open) {
			if (t->flags & DYAD_TOKF_QUOTE_OPEN) {
				open = kind;
				ob = i;
			}
			continue;
		}
		if (kind != open)
			continue; /* nested */
		if (t->flags & DYAD_TOKF_QUOTE_CLOSE) {
			direct(z, ob, i, 1);
			open = 0;
			continue;
		}
		/* an opening mark while one is open: the first was never closed */
		if (open == 1)
			direct(z, ob, i, 0);
		ob = i;
	}
	if (open == 1)
		direct(z, ob, (uint32_t)z->nt, 0);
}

/* A participle alone in its verb group ("the ultimatum issued by …"):
 * the chunker flags it passive with no auxiliary. */
static int bare_participle(const dyad__qz *z, uint32_t k)
{
	return is_type(z, k, DYAD_CHUNK_VP) && (z->ch[k].flags & DYAD_VPF_PASSIVE) &&
		z->ch[k].tok_end == z->ch[k].tok_begin + 1 && z->t[z->ch[k].head].tag == DYAD_POS_VBN;
}

/* "said at a briefing with journalists late on Wednesday that …": the
 * "that" of the reported clause after adjuncts (prepositional phrases and
 * adverbs, no comma, no verb), when an NP opens the clause after it (not
 * "in a letter that was sent", a relative clause). The chunk of that
 * "that", else c unchanged. Only when an adjunct comes first: an NP right
 * after the verb is its object or the clause's subject. */
static uint32_t that_after_adjuncts(const dyad__qz *z, uint32_t c, uint32_t ce)
{
	uint32_t j;
	if (!is_type(z, c, DYAD_CHUNK_PP) && !is_type(z, c, DYAD_CHUNK_ADVP))
		return c;
	for (j = c; j < ce && j < c + 10; j++) {
		if (is_type(z, j, DYAD_CHUNK_SBAR))
			break;
		if (!np(z, j) && !is_type(z, j, DYAD_CHUNK_PP) && !is_type(z, j, DYAD_CHUNK_ADVP) &&
			!is_type(z, j, DYAD_CHUNK_ADJP))
			return c;
	}
	if (j + 1 < ce && is_type(z, j, DYAD_CHUNK_SBAR) && first(z, j)->lower &&
		!strcmp(first(z, j)->lower, "that") && np(z, j + 1) && !z->in_quote[z->ch[j].tok_begin])
		return j;
	return c;
}

/* Pass 2: reported speech in sentence s. */
static void pass_indirect(dyad__qz *z, uint32_t s)
{
	uint32_t cb = z->dc->sent_chunk[s], ce = z->dc->sent_chunk[s + 1];
	const dyad_sentence *st = &z->doc->sents[s];
	uint32_t pc = z->post_comma[s], end;
	dyad_quote *q;
	dyad__qattr a;
	/* (not when a quotation opens the sentence: the quotation is what it reports) */
	if (pc != UINT32_MAX && !z->verb_used[z->post[s].verb[0]] && !z->in_quote[pc] &&
		!z->in_quote[st->tok_begin]) {
		uint32_t b = st->tok_begin, e = trim_end(z, b, pc, 0);
		if (e > b && (q = add(z))) {
			set(q->quote_tok, b, e);
			fill(q, &z->post[s], s);
		}
	}
	/* "According to Z, …" */
	if (ce > cb + 2 && dyad__q_according(z, cb)) {
		uint32_t k = dyad__q_phrase_after(z, cb + 1, ce, a.spk);
		if (k && comma(z, k) && k + 1 < ce && (q = add(z))) {
			memset(q->addressee_tok, 0, sizeof q->addressee_tok);
			set(q->quote_tok, z->ch[k + 1].tok_begin, trim_end(z, z->ch[k + 1].tok_begin,
				pc != UINT32_MAX ? pc : st->tok_end, 0));
			memcpy(q->speaker_tok, a.spk, sizeof a.spk);
			set(q->verb_tok, z->ch[cb].tok_begin, z->ch[cb].tok_end);
			q->sentence = s;
			if (q->quote_tok[1] <= q->quote_tok[0])
				z->n--;
		}
	}
	end = pc != UINT32_MAX ? pc : st->tok_end;
	for (uint32_t k = cb; k < ce && !z->oom; k++) {
		uint32_t c, b = 0, v = z->ch[k].tok_begin, ve = z->ch[k].tok_end, sk;
		int quoted = 0;
		memset(&a, 0, sizeof a);
		if (dyad__q_vp_lemma(z, k, "quote") && (sk = dyad__q_as_saying(z, k, ce))) {
			/* "X was quoted as saying", "the agency quoted X as saying" */
			if (z->ch[k].flags & DYAD_VPF_PASSIVE)
				dyad__q_subject_before(z, k, cb, a.spk);
			else
				dyad__q_phrase_after(z, k + 1, sk, a.spk);
			ve = z->ch[sk].tok_end;
			quoted = 1;
			c = sk + 1;
		} else if (dyad__q_say_vp(z, k) != 1 ||
			((z->ch[k].flags & DYAD_VPF_PASSIVE) && !dyad__q_fenced_main(z, k))) {
			continue;
		} else {
			c = k + 1;
		}
		if (z->in_quote[v] || z->verb_used[v] || v >= end)
			continue;
		if (!quoted && dyad__q_addr_verb(z, k) && np(z, c) &&
			!(c + 1 < ce && is_type(z, c + 1, DYAD_CHUNK_VP))) {
			uint32_t n2 = dyad__q_phrase_after(z, c, ce, a.addr);
			c = n2 ? n2 : c + 1;
		}
		for (int n = 0; n < 3 && c < ce; n++) {
			if (is_type(z, c, DYAD_CHUNK_ADVP))
				c++;
			else if (is_type(z, c, DYAD_CHUNK_PP) && !dyad__q_according(z, c) && np(z, c + 1) &&
				(dyad__q_head_in_time(z, c + 1) || dyad__q_doc_noun(lem(&z->t[z->ch[c + 1].head]))))
				c += 2;
			else
				break;
		}
		if (c >= ce)
			continue;
		c = that_after_adjuncts(z, c, ce);
		if (is_type(z, c, DYAD_CHUNK_SBAR) && first(z, c)->lower &&
			!strcmp(first(z, c)->lower, "that") && c + 1 < ce) {
			b = z->ch[c + 1].tok_begin;
		} else if (np(z, c)) {
			uint32_t j;
			/* "said the ultimatum issued against the junta is not …": a
			 * participle modifying the subject is no verb of its own */
			for (j = c + 1; j < ce && j < c + 8; j++)
				if (!np(z, j) && !is_type(z, j, DYAD_CHUNK_PP) &&
					!is_type(z, j, DYAD_CHUNK_ADJP) && !bare_participle(z, j))
					break;
			if (j < ce && is_type(z, j, DYAD_CHUNK_VP) &&
				(z->ch[j].flags & (DYAD_VPF_PAST | DYAD_VPF_PRESENT | DYAD_VPF_FUTURE |
					DYAD_VPF_MODAL)) &&
				!(z->ch[j].flags & (DYAD_VPF_INFINITIVE | DYAD_VPF_GERUND)))
				b = z->ch[c].tok_begin;
		}
		if (!b || z->in_quote[b])
			continue;
		if (!(q = add(z)))
			return;
		if (!quoted)
			dyad__q_subject_before(z, k, cb, a.spk);
		set(a.verb, v, ve);
		fill(q, &a, s);
		set(q->quote_tok, b, trim_end(z, b, end, 0));
		if (q->quote_tok[1] <= b)
			z->n--;
	}
}

static int by_start(const void *pa, const void *pb)
{
	const dyad_quote *a = pa, *b = pb;
	if (a->quote_tok[0] != b->quote_tok[0])
		return a->quote_tok[0] < b->quote_tok[0] ? -1 : 1;
	if (a->quote_tok[1] != b->quote_tok[1])
		return a->quote_tok[1] > b->quote_tok[1] ? -1 : 1;
	return a->verb_tok[0] < b->verb_tok[0] ? -1 : a->verb_tok[0] > b->verb_tok[0];
}

static int has_speaker(const dyad_quote *q)
{
	return q->speaker_tok[1] > q->speaker_tok[0];
}

/* Pass 3: unattributed quotes take the previous (or next) speaker. */
static void pass_continue(dyad__qz *z)
{
	for (size_t i = 0; i < z->n; i++) {
		dyad_quote *q = &z->q[i];
		uint32_t s0 = z->sent[q->quote_tok[0]], s1 = z->sent[q->quote_tok[1] - 1];
		if (!q->direct || has_speaker(q) || q->verb_tok[1] > q->verb_tok[0])
			continue;
		for (size_t j = i; j-- > 0;) {
			const dyad_quote *p = &z->q[j];
			uint32_t pe = z->sent[p->quote_tok[1] - 1];
			if (p->quote_tok[1] > q->quote_tok[0])
				continue; /* encloses or overlaps it */
			if (p->sentence > pe)
				pe = p->sentence;
			if (pe + 1 >= s0 && has_speaker(p)) {
				q->continues = (int32_t)j;
				memcpy(q->speaker_tok, p->speaker_tok, sizeof q->speaker_tok);
			}
			break;
		}
		if (q->continues >= 0)
			continue;
		/* the next sentence's verb of saying ("…." Vos said this on Tuesday.) */
		if (q->quote_tok[1] < z->nt && s1 + 1 < z->doc->n_sents &&
			z->sent[q->quote_tok[1]] == s1) {
			uint32_t cb = z->dc->sent_chunk[s1 + 1], ce = z->dc->sent_chunk[s1 + 2];
			dyad__qattr a;
			memset(&a, 0, sizeof a);
			for (uint32_t k = cb; k < ce && k < cb + 10; k++) {
				if (z->in_quote[z->ch[k].tok_begin] || !dyad__q_say_vp(z, k))
					continue;
				if (dyad__q_subject_before(z, k, cb, a.spk)) {
					memcpy(q->speaker_tok, a.spk, sizeof q->speaker_tok);
					set(q->verb_tok, z->ch[k].tok_begin, z->ch[k].tok_end);
					q->sentence = s1 + 1;
				}
				break;
			}
		}
	}
}

int dyad_quotes_find(dyad_quote **out, size_t *n, dyad_ctx *ctx, dyad_arena *arena,
	const dyad_analysis *an)
{
	dyad__qz z;
	size_t ns = an->doc.n_sents;
	*out = NULL;
	*n = 0;
	memset(&z, 0, sizeof z);
	z.t = an->doc.toks;
	z.nt = an->doc.n_toks;
	z.ch = an->chunks.chunks;
	z.nch = an->chunks.n_chunks;
	z.dc = &an->chunks;
	z.doc = &an->doc;
	z.arena = arena;
	if (z.nt == 0 || ns == 0 || !z.dc->sent_chunk || z.nt >= UINT32_MAX)
		return DYAD_OK;
	z.sent = dyad_arena_alloc(arena, z.nt * sizeof *z.sent);
	z.in_quote = dyad_arena_calloc(arena, z.nt + 1, 1);
	z.verb_used = dyad_arena_calloc(arena, z.nt + 1, 1);
	z.post = dyad_arena_calloc(arena, ns, sizeof *z.post);
	z.post_comma = dyad_arena_alloc(arena, ns * sizeof *z.post_comma);
	if (!z.sent || !z.in_quote || !z.verb_used || !z.post || !z.post_comma)
		return dyad__oom(ctx);
	for (size_t s = 0; s < ns; s++) {
		for (uint32_t i = an->doc.sents[s].tok_begin; i < an->doc.sents[s].tok_end; i++)
			z.sent[i] = (uint32_t)s;
		dyad__q_find_post(&z, (uint32_t)s);
	}
	pass_direct(&z);
	for (size_t s = 0; s < ns && !z.oom; s++)
		pass_indirect(&z, (uint32_t)s);
	if (z.oom)
		return dyad__oom(ctx);
	if (z.n > 1)
		qsort(z.q, z.n, sizeof *z.q, by_start);
	pass_continue(&z);
	*out = z.q;
	*n = z.n;
	return DYAD_OK;
}

int dyad_quotes_covering(const dyad_quote *q, size_t n, uint32_t tok)
{
	int best = -1;
	for (size_t i = 0; i < n; i++)
		if (q[i].quote_tok[0] <= tok && tok < q[i].quote_tok[1] &&
			(best < 0 || q[i].quote_tok[1] - q[i].quote_tok[0] <
				q[best].quote_tok[1] - q[best].quote_tok[0]))
			best = (int)i;
	return best;
}
