/*
 * Tokeniser: normalised text to Penn-Treebank-like tokens, in one left to
 * right pass with a little lookahead, also noting paragraph breaks.
 *
 * Penn style because the tagger's lexicon is Penn: clitics split off
 * ("do" "n't", "ca" "n't", "minister" "'s", "ministers" "'"), currency
 * signs and % stand alone ("US$" "200", "5" "%"), hyphenated words and
 * numbers with separators stay whole ("Russian-Chinese", "1,200", "5.93"),
 * as do names joined by underscores ("Dol_Amroth"), and abbreviations keep
 * their period ("U.S.", "Gen.", "V.") so that the sentence splitter sees
 * the period's role in the token's kind.
 *
 * A word is scanned as a run of letters, digits and marks joined by
 * connectors that only count between two such characters (a hyphen, an
 * underscore, an apostrophe before a letter, a period in a letter-dot
 * sequence or a decimal, a thousands comma, "&" in AT&T); then the run is cut into
 * clitics, numbers and unit suffixes, and a following period is attached
 * when the run is an abbreviation.
 */
#include <string.h>

#include <utf8proc.h>

#include "split_internal.h"

/* Character kinds; the values are the letters of the ASCII table below. */
enum {
	K_SPACE = 'S', K_NL = 'N', K_ALPHA = 'A', K_DIGIT = 'D', K_MARK = 'M',
	K_APOS = 'P', K_QUOTE = 'Q', K_HYPH = 'H', K_DASH = '-', K_OPEN = 'O',
	K_CLOSE = 'C', K_CURR = '$', K_PUNCT = '.', K_ELLIP = 'E', K_SYM = 'Y'
};

/* ASCII kinds by byte: one load per character on the hot path. */
static const char ascii_kind[129] =
	"SSSSSSSSSSNSSNSSSSSSSSSSSSSSSSSS"
	"S.QY$YYPOCYY.H.YDDDDDDDDDD..YYY."
	"YAAAAAAAAAAAAAAAAAAAAAAAAAAOYCYY"
	"YAAAAAAAAAAAAAAAAAAAAAAAAAAOYCYS";

size_t dyad__utf8_next(const char *str, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	utf8proc_int32_t v;
	utf8proc_ssize_t k;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	k = utf8proc_iterate(s, (utf8proc_ssize_t)(n < 4 ? n : 4), &v);
	if (k <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return (size_t)k;
}

/* Kind of a non-ASCII code point. */
static int ukind(int32_t cp)
{
	switch (cp) {
	case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return K_SPACE;
	case 0x2010: case 0x2011:
		return K_HYPH;
	case 0x2019:
	case 0xB4: /* an acute accent typed for an apostrophe: "China´s" */
		return K_APOS;
	case 0x2026:
		return K_ELLIP;
	case 0x2212:
		return K_DASH;
	default:
		break;
	}
	if (cp >= 0x2000 && cp <= 0x200B)
		return K_SPACE;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
		return K_ALPHA;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_CF:
		return K_MARK;
	case UTF8PROC_CATEGORY_ND:
		return K_DIGIT;
	case UTF8PROC_CATEGORY_PD:
		return K_DASH;
	case UTF8PROC_CATEGORY_PS:
		return K_OPEN;
	case UTF8PROC_CATEGORY_PE:
		return K_CLOSE;
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
		return K_QUOTE;
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PO:
		return K_PUNCT;
	case UTF8PROC_CATEGORY_SC:
		return K_CURR;
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
		return K_SPACE;
	case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return K_NL;
	default:
		return K_SYM;
	}
}

/* Kind of the non-ASCII character at s[i]; kept out of line so that the
 * ASCII path below inlines. */
static int kind_slow(const char *s, size_t n, size_t i, int32_t *cp, size_t *len)
{
	int32_t v;
	size_t k = dyad__utf8_next(s + i, n - i, &v);
	if (cp)
		*cp = v;
	if (len)
		*len = k;
	return ukind(v);
}

/* Kind and length of the character at s[i] (kind 0 past the end). */
static inline int kind_at(const char *s, size_t n, size_t i, int32_t *cp, size_t *len)
{
	unsigned char c;
	if (i >= n) {
		if (cp)
			*cp = 0;
		if (len)
			*len = 0;
		return 0;
	}
	c = (unsigned char)s[i];
	if (c >= 0x80)
		return kind_slow(s, n, i, cp, len);
	if (cp)
		*cp = c;
	if (len)
		*len = 1;
	return ascii_kind[c];
}

static int alnum(int k)
{
	return k == K_ALPHA || k == K_DIGIT || k == K_MARK;
}

/* Per-byte bits for the word loop and token shape (0 for bytes >= 0x80,
 * which take the slow path). */
enum { B_UP = 1, B_LOW = 2, B_DIG = 4, B_HYPH = 8 };
static const unsigned char ascii_bits[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
};

typedef struct tz {
	dyad__tokbuf *tb;
	const char *s;
	size_t n;
	unsigned pend;  /* flags for the next token (space, newline, para) */
	int sq_open;    /* single quotes opened and not closed, this paragraph */
	int open_ctx;   /* last token opens (bracket, open quote, dash) */
	int in_word, na, hy; /* inside word(): its run has non-ASCII, hyphens */
} tz;

/* Case flags of an ASCII token, looking at as few bytes as it can: most
 * words are decided by their first one or two letters. */
static unsigned shape_ascii(const unsigned char *s, size_t n)
{
	unsigned b = ascii_bits[s[0]], any = 0, f = 0;
	size_t i = 1, up = 0;
	if (b & B_LOW)
		return 0;
	if (b & B_UP) {
		if (n < 2 || (ascii_bits[s[1]] & B_LOW))
			return DYAD_TOKF_CAP;
		f = DYAD_TOKF_CAP;
		up = 1;
	} else {
		/* no letter yet ("1980s", "'s"): find the first one */
		for (; i < n && !(ascii_bits[s[i]] & (B_UP | B_LOW)); i++)
			;
		if (i == n)
			return 0;
		if (ascii_bits[s[i]] & B_LOW)
			return 0;
		f = DYAD_TOKF_CAP;
		up = 1;
		i++;
	}
	for (; i < n; i++) {
		b = ascii_bits[s[i]];
		up += b & B_UP;
		any |= b;
	}
	if (up >= 2 && !(any & B_LOW))
		f |= DYAD_TOKF_ALLCAPS;
	return f;
}

/* Case, hyphen and non-ASCII flags of any token, decoding UTF-8. */
static unsigned shape_utf8(const char *s, size_t n)
{
	unsigned f = DYAD__TOKF_NONASCII;
	size_t i, k;
	int32_t cp;
	int first = 1, up = 0, low = 0;
	for (i = 0; i < n; i += k) {
		int u, l;
		k = dyad__utf8_next(s + i, n - i, &cp);
		u = utf8proc_isupper(cp);
		l = utf8proc_islower(cp);
		if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && i > 0 && i + k < n)
			f |= DYAD_TOKF_HYPHEN;
		if (first && (u || l)) {
			if (u)
				f |= DYAD_TOKF_CAP;
			first = 0;
		}
		up += u;
		low += l;
	}
	if (up >= 2 && low == 0)
		f |= DYAD_TOKF_ALLCAPS;
	return f;
}

static void emit(tz *z, size_t off, size_t len, int kind, unsigned flags)
{
	dyad__tokbuf *tb = z->tb;
	dyad_token *t;
	if (tb->n == tb->cap) {
		size_t ncap = tb->cap ? tb->cap * 2 : 64;
		dyad_token *nt = dyad_arena_grow(tb->arena, tb->toks, tb->cap * sizeof *nt,
			ncap * sizeof *nt);
		if (!nt) {
			tb->oom = 1;
			return;
		}
		tb->toks = nt;
		tb->cap = ncap;
	}
	if (tb->n == 0)
		z->pend &= ~(unsigned)DYAD__TOKF_PARA;
	if (z->pend & DYAD__TOKF_PARA)
		z->sq_open = 0;
	t = &tb->toks[tb->n++];
	t->off = (uint32_t)off;
	t->len = (uint32_t)len;
	t->lower = NULL;
	t->lemma = NULL;
	/* word() knows whether its run had non-ASCII bytes or a hyphen; other
	 * tokens are a character or two, checked here */
	if (z->in_word ? z->na : (len > 1 && ((unsigned char)z->s[off] & 0x80)))
		flags |= shape_utf8(z->s + off, len);
	else {
		flags |= shape_ascii((const unsigned char *)z->s + off, len);
		if (z->hy && len > 2 && memchr(z->s + off + 1, '-', len - 2))
			flags |= DYAD_TOKF_HYPHEN;
	}
	if (kind == DYAD_TOK_PUNCT || kind == DYAD_TOK_QUOTE || kind == DYAD_TOK_SYMBOL)
		flags &= ~(unsigned)DYAD_TOKF_HYPHEN;
	t->flags = (uint16_t)(flags | z->pend);
	t->kind = (uint8_t)kind;
	t->tag = 0;
	t->chunk = -1;
	z->pend = 0;
	/* callers that emit an opening token set this again afterwards */
	z->open_ctx = kind == DYAD_TOK_QUOTE && (flags & DYAD_TOKF_QUOTE_OPEN);
}

/* Is s[i] (an apostrophe) followed by letters: lower-cased suffix match. */
static int suffix_is(const char *s, size_t a, size_t e, const char *w)
{
	size_t k = strlen(w), i;
	if (e - a != k)
		return 0;
	for (i = 0; i < k; i++) {
		char c = s[a + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != w[i])
			return 0;
	}
	return 1;
}

/* Emit the core s[st..e) of a word run: a number with a unit suffix is cut
 * in two ("3.5bn" -> "3.5" "bn") unless the suffix is an ordinal or decade
 * ("2nd", "1980s"); "5-year-old" stays one word. */
static void emit_core(tz *z, size_t st, size_t e, int has_dots)
{
	const char *s = z->s;
	size_t i = st;
	int k, kn;
	if (i < e && (s[i] == '-' || s[i] == '+'))
		i++;
	if (kind_at(s, e, i, NULL, NULL) != K_DIGIT) {
		emit(z, st, e - st, has_dots ? DYAD_TOK_ABBREV : DYAD_TOK_WORD, 0);
		return;
	}
	while (i < e) {
		size_t l;
		k = kind_at(s, e, i, NULL, &l);
		if (k == K_DIGIT) {
			i += l;
			continue;
		}
		kn = kind_at(s, e, i + l, NULL, NULL);
		if ((s[i] == '.' || s[i] == ',' || s[i] == ':' || s[i] == '/' || s[i] == '-') &&
			kn == K_DIGIT) {
			i += l;
			continue;
		}
		break;
	}
	if (i == e || s[i] == '-' || kind_at(s, e, i, NULL, NULL) != K_ALPHA) {
		emit(z, st, e - st, i == e ? DYAD_TOK_NUMBER : DYAD_TOK_WORD, 0);
		return;
	}
	if (suffix_is(s, i, e, "s") || suffix_is(s, i, e, "st") || suffix_is(s, i, e, "nd") ||
		suffix_is(s, i, e, "rd") || suffix_is(s, i, e, "th")) {
		emit(z, st, e - st, DYAD_TOK_NUMBER, 0);
		return;
	}
	emit(z, st, i - st, DYAD_TOK_NUMBER, 0);
	emit(z, i, e - i, DYAD_TOK_WORD, 0);
}

/* Emit a word run, splitting a final clitic ('s 're 'll 've 'd 'm n't). */
static void emit_word(tz *z, size_t st, size_t e, size_t apos, size_t al, int has_dots)
{
	static const char *const clitics[] = { "re", "ll", "ve", "d", "m" };
	const char *s = z->s;
	size_t i, b = e;
	int kind = DYAD_TOK_CONTRACTION;
	if (apos != SIZE_MAX && apos > st) {
		if (suffix_is(s, apos + al, e, "s")) {
			b = apos;
			if (!dyad__s_is_verb(s + st, apos - st))
				kind = DYAD_TOK_POSSESSIVE;
		} else if (suffix_is(s, apos + al, e, "t") && apos - 1 > st &&
			(s[apos - 1] == 'n' || s[apos - 1] == 'N')) {
			b = apos - 1;
		} else {
			for (i = 0; i < sizeof clitics / sizeof *clitics; i++)
				if (suffix_is(s, apos + al, e, clitics[i]))
					b = apos;
		}
	}
	emit_core(z, st, b, has_dots);
	if (b < e)
		emit(z, b, e - b, kind, 0);
}

/* Case-insensitive prefix test. */
static int iprefix(const char *s, size_t n, const char *p)
{
	size_t i;
	for (i = 0; p[i]; i++) {
		char c;
		if (i >= n)
			return 0;
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != p[i])
			return 0;
	}
	return 1;
}

/* A URL at s[i]: consume to whitespace, give back trailing punctuation. */
static size_t url_end(tz *z, size_t i)
{
	const char *s = z->s;
	size_t n = z->n, j = i, l;
	if (!iprefix(s + i, n - i, "http://") && !iprefix(s + i, n - i, "https://") &&
		!iprefix(s + i, n - i, "www.") && !iprefix(s + i, n - i, "ftp://"))
		return 0;
	while (j < n) {
		int k = kind_at(s, n, j, NULL, &l);
		if (k == K_SPACE || k == K_NL)
			break;
		j += l;
	}
	while (j > i && strchr(".,;:!?'\")]}", s[j - 1]))
		j--;
	while (j >= i + 3 && (unsigned char)s[j - 3] == 0xE2 && (unsigned char)s[j - 2] == 0x80 &&
		((unsigned char)s[j - 1] == 0x9D || (unsigned char)s[j - 1] == 0x99))
		j -= 3;
	return j > i + 4 ? j : 0;
}

/* Looking at s[j] == '.' inside a word: does the run continue as a domain
 * ("reuters.com") or an e-mail local part ("j.smith@")? The look for "@"
 * is bounded, or a long dotted run would be rescanned at every dot. */
static int dot_continues(const char *s, size_t n, size_t j)
{
	size_t k = j + 1;
	if (n > j + 64)
		n = j + 64;
	static const char *const tlds[] = { "com", "org", "net", "gov", "edu", "int", "co.uk" };
	size_t t;
	for (t = 0; t < sizeof tlds / sizeof *tlds; t++) {
		size_t l = strlen(tlds[t]);
		if (iprefix(s + k, n - k, tlds[t]) &&
			(k + l >= n || !alnum(kind_at(s, n, k + l, NULL, NULL))))
			return 1;
	}
	while (k < n && ((unsigned char)s[k] < 0x80) &&
		(alnum(ascii_kind[(unsigned char)s[k]]) || s[k] == '.' || s[k] == '_' || s[k] == '-'))
		k++;
	return k < n && s[k] == '@';
}

static size_t word_run(tz *z, size_t i);

/* Scan a word, number, abbreviation, URL or e-mail starting at i. */
static size_t word(tz *z, size_t i)
{
	size_t j;
	z->in_word = 1;
	z->na = z->hy = 0;
	j = word_run(z, i);
	z->in_word = 0;
	return j;
}

static size_t word_run(tz *z, size_t i)
{
	const char *s = z->s;
	size_t n = z->n, st = i, j = i, l, l2, apos = SIZE_MAX, al = 0, seg = 0;
	int k, nk, prev = 0, dots = 0, email = 0, all_short = 1, prev_up = 0;
	int32_t cp;

	if (((s[i] | 0x20) == 'h' || (s[i] | 0x20) == 'w' || (s[i] | 0x20) == 'f') &&
		(j = url_end(z, i)) != 0) {
		z->in_word = 0; /* let emit look at every byte */
		emit(z, i, j - i, DYAD_TOK_SYMBOL, 0);
		return j;
	}
	j = i;
	if (s[j] == '-' || s[j] == '+')
		j++;
	for (;;) {
		/* ASCII letters and digits, the bulk of every word, in a tight
		 * loop; the state is read off the last one afterwards. */
		size_t j0 = j;
		while (j < n && (ascii_bits[(unsigned char)s[j]] & (B_UP | B_LOW | B_DIG)))
			j++;
		if (j > j0) {
			unsigned b = ascii_bits[(unsigned char)s[j - 1]];
			prev = b & B_DIG ? K_DIGIT : K_ALPHA;
			prev_up = (b & B_UP) != 0;
			seg += j - j0;
		}
		k = kind_at(s, n, j, &cp, &l);
		if (k == K_SPACE || k == K_NL || k == 0)
			break;
		if (l > 1)
			z->na = 1; /* consumed below, or ends the run harmlessly */
		if (alnum(k)) {
			prev = k;
			prev_up = k == K_ALPHA && (cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp));
			if (k != K_MARK)
				seg++;
			j += l;
			continue;
		}
		if (j == st || !k)
			break;
		nk = kind_at(s, n, j + l, &cp, &l2);
		if (s[j] == '.') {
			if (prev == K_DIGIT && nk == K_DIGIT)
				;
			else if (prev != K_DIGIT && nk == K_ALPHA && (email || seg <= 2))
				dots = 1;
			else if (prev != K_DIGIT && nk == K_ALPHA &&
				((st > 0 && s[st - 1] == '<') || dot_continues(s, n, j)))
				email = 1; /* ticker <BPCL.L>, domain or address */
			else if (dots && all_short && seg <= 2 && s[j + 1] == '-' &&
				kind_at(s, n, j + 2, NULL, NULL) == K_ALPHA) {
				j += 2; /* "U.S.-Japan" */
				z->hy = 1;
				seg = 0;
				continue;
			} else
				break;
			if (seg > 2)
				all_short = 0;
			seg = 0;
		} else if (s[j] == ',') {
			if (!(prev == K_DIGIT && nk == K_DIGIT &&
				kind_at(s, n, j + 2, NULL, NULL) == K_DIGIT &&
				kind_at(s, n, j + 3, NULL, NULL) == K_DIGIT &&
				kind_at(s, n, j + 4, NULL, NULL) != K_DIGIT))
				break;
		} else if (k == K_HYPH) {
			if (!alnum(nk))
				break;
			z->hy = 1;
			seg = 0;
			all_short = 0;
		} else if (s[j] == '_') {
			/* "Dol_Amroth": TABARI-style texts write a multi-word name
			 * with underscores; it stays one token (the coder reads its
			 * parts as consecutive words) */
			if (!alnum(nk))
				break;
			seg = 0;
			all_short = 0;
		} else if (k == K_APOS) {
			if (nk != K_ALPHA)
				break;
			apos = j;
			al = l;
		} else if (s[j] == '&') {
			if (!(prev_up && nk == K_ALPHA && cp >= 'A' && cp <= 'Z'))
				break;
		} else if (s[j] == '/' || s[j] == ':') {
			if (!(prev == K_DIGIT && nk == K_DIGIT) && !(s[j] == '/' && alnum(prev) && nk == K_ALPHA))
				break;
		} else if (s[j] == '@') {
			if (email > 1 || !alnum(nk))
				break;
			email = 2;
		} else {
			break;
		}
		j += l;
	}
	if (seg > 2)
		all_short = 0;

	/* "US$200": a short upper-case code fused with the dollar sign */
	if (j < n && s[j] == '$' && j - st <= 3) {
		size_t q;
		for (q = st; q < j && s[q] >= 'A' && s[q] <= 'Z'; q++)
			;
		if (q == j) {
			emit(z, st, j + 1 - st, DYAD_TOK_CURRENCY, 0);
			return j + 1;
		}
	}
	/* A period after the run: keep it when the run is an abbreviation. */
	if (j < n && s[j] == '.' && prev == K_ALPHA && !email && apos == SIZE_MAX &&
		!(j + 1 < n && s[j + 1] == '.')) {
		int cls = dyad__abbrev_class(s + st, j - st);
		int initial = 0, ok;
		l = 0;
		kind_at(s, n, st, &cp, &l);
		if (l == j - st)
			initial = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp);
		if (cls == DYAD__ABBR_NUM) {
			size_t q = j + 1;
			while (q < n && (s[q] == ' ' || s[q] == '\n'))
				q++;
			ok = q < n && s[q] >= '0' && s[q] <= '9';
		} else {
			ok = (dots && all_short) || initial || cls != DYAD__ABBR_NONE;
		}
		if (ok) {
			emit(z, st, j + 1 - st, DYAD_TOK_ABBREV, 0);
			return j + 1;
		}
	}
	/* "ministers'": a plural possessive, unless a single quote is open */
	if (j < n && j > st && (s[j - 1] == 's' || s[j - 1] == 'S') && prev == K_ALPHA &&
		kind_at(s, n, j, NULL, &l) == K_APOS && z->sq_open == 0 &&
		!alnum(kind_at(s, n, j + l, NULL, NULL))) {
		emit_word(z, st, j, apos, al, dots && all_short && !email);
		emit(z, j, l, DYAD_TOK_POSSESSIVE, 0);
		return j + l;
	}
	if (email == 2) {
		emit(z, st, j - st, DYAD_TOK_SYMBOL, 0);
		return j;
	}
	emit_word(z, st, j, apos, al, dots && all_short && !email);
	return j;
}

/* A quotation mark at i: open after space, start or an opening token,
 * close otherwise. A curly opening mark (U+201C, U+2018, U+201E) opens
 * whatever precedes it ("said:“We"), when a word follows; U+201D closes. */
static size_t quote(tz *z, size_t i, size_t l, int single, int32_t cp)
{
	int k = kind_at(z->s, z->n, i + l, NULL, NULL);
	int word_next = k != 0 && k != K_SPACE && k != K_NL;
	int open = (z->pend & DYAD_TOKF_SPACE_BEFORE || z->tb->n == 0 || z->open_ctx) &&
		word_next;
	if (cp == 0x201C || cp == 0x2018 || cp == 0x201E)
		open = word_next;
	else if (cp == 0x201D)
		open = 0;
	if (single) {
		if (open)
			z->sq_open++;
		else if (z->sq_open > 0)
			z->sq_open--;
	}
	emit(z, i, l, DYAD_TOK_QUOTE, open ? DYAD_TOKF_QUOTE_OPEN : DYAD_TOKF_QUOTE_CLOSE);
	return i + l;
}

int dyad__tokenize(dyad__tokbuf *tb, const char *s, size_t n)
{
	tz z;
	size_t i = 0, l, j;
	int k, nk, ws, nl = 0;
	int32_t cp;

	memset(&z, 0, sizeof z);
	z.tb = tb;
	z.s = s;
	z.n = n;
	while (i < n && !tb->oom) {
		k = kind_at(s, n, i, &cp, &l);
		if (k == K_SPACE) {
			z.pend |= DYAD_TOKF_SPACE_BEFORE;
			/* indentation after a line break starts a paragraph:
			 * Reuters indents paragraphs by 4 and table rows by 1 */
			if (nl)
				z.pend |= DYAD__TOKF_PARA;
			i += l;
			continue;
		}
		if (k == K_NL) {
			z.pend |= DYAD_TOKF_SPACE_BEFORE | DYAD_TOKF_NEWLINE_BEFORE;
			if (++nl >= 2)
				z.pend |= DYAD__TOKF_PARA;
			i += l;
			continue;
		}
		nl = 0;
		if (k == K_ALPHA || k == K_DIGIT || k == K_MARK) {
			i = word(&z, i);
			continue;
		}
		/* what precedes and follows matters for signs and quotes */
		ws = (z.pend & DYAD_TOKF_SPACE_BEFORE) || tb->n == 0 || z.open_ctx;
		nk = kind_at(s, n, i + l, NULL, NULL);
		switch (k) {
		case K_HYPH:
			for (j = i; j < n && s[j] == '-'; j++)
				;
			if (j - i >= 2) {
				emit(&z, i, j - i, DYAD_TOK_PUNCT, 0); /* "--" */
				z.open_ctx = 1;
				i = j;
			} else if (s[i] == '-' && ws && nk == K_DIGIT) {
				i = word(&z, i); /* "-0.5" */
			} else {
				emit(&z, i, l, DYAD_TOK_PUNCT, 0);
				z.open_ctx = 1;
				i += l;
			}
			break;
		case K_PUNCT:
			if (s[i] == '.') {
				for (j = i; j < n && s[j] == '.'; j++)
					;
				emit(&z, i, j - i, DYAD_TOK_PUNCT, 0); /* "." or "..." */
				i = j;
				break;
			}
			emit(&z, i, l, DYAD_TOK_PUNCT, 0);
			i += l;
			break;
		case K_APOS:
			/* "'87", "'80s": a clipped year */
			if (ws && nk == K_DIGIT && kind_at(s, n, i + l + 1, NULL, NULL) == K_DIGIT &&
				!alnum(kind_at(s, n, i + l + 2, NULL, NULL)) ) {
				emit(&z, i, l + 2, DYAD_TOK_NUMBER, 0);
				i += l + 2;
				break;
			}
			i = quote(&z, i, l, 1, cp);
			break;
		case K_QUOTE:
			i = quote(&z, i, l, cp == 0x2018, cp);
			break;
		case K_DASH: case K_ELLIP: case K_OPEN: case K_CLOSE:
			emit(&z, i, l, DYAD_TOK_PUNCT, 0);
			z.open_ctx = k == K_DASH || k == K_OPEN;
			i += l;
			break;
		case K_CURR:
			emit(&z, i, l, DYAD_TOK_CURRENCY, 0);
			i += l;
			break;
		default:
			if (s[i] == '+' && ws && nk == K_DIGIT) {
				i = word(&z, i);
				break;
			}
			emit(&z, i, l, s[i] == '%' ? DYAD_TOK_PERCENT : DYAD_TOK_SYMBOL, 0);
			i += l;
			break;
		}
	}
	return tb->oom ? -1 : 0;
}
