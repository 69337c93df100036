/*
 * Word lists the splitter consults at a period: abbreviations that take a
 * period without ending a sentence, the capitalised function words that
 * show a new sentence has begun after one, and pronouns whose 's is a verb.
 *
 * The starter and pronoun lists are short and consulted rarely, so they are
 * scanned; all of it is const data, not state.
 */
#include <string.h>

#include "split_internal.h"

typedef struct entry {
	const char *w;
	unsigned char len, cls;
} entry;

#define T DYAD__ABBR_TITLE
#define O DYAD__ABBR_OTHER
#define N DYAD__ABBR_NUM
#define E(w, c) { w, sizeof w - 1, c }

/* Case-sensitive, as written in news copy. Single letters and letter-dot
 * sequences (U.S., a.m.) are recognised by shape, not listed. Consulted at
 * every word before a period, so it is searched by bisection. */
static const entry abbrevs[] = {
	/* T: titles and ranks, always followed by a name; O: may end a
	 * sentence (places, firms, months, US states in AP style, Latin);
	 * N: number markers ("No. 2"). Sorted by byte value for bsearch. */
	E("Adm", T), E("Ala", O), E("Apr", O), E("Ariz", O), E("Ark", O),
	E("Art", N), E("Assn", O), E("Atty", T), E("Aug", O), E("Ave", O),
	E("Blvd", O), E("Brig", T), E("Bros", O), E("Calif", O), E("Capt", T),
	E("Cdr", T), E("Cmdr", T), E("Co", O), E("Col", T), E("Colo", O),
	E("Conn", O), E("Corp", O), E("Cos", O), E("Cpl", T), E("Dec", O),
	E("Del", O), E("Dept", O), E("Dr", T), E("Feb", O), E("Fig", N),
	E("Fla", O), E("Fr", T), E("Ft", O), E("Ga", O), E("Gen", T), E("Gov", T),
	E("Hon", T), E("Ill", O), E("Inc", O), E("Ind", O), E("Insp", T),
	E("Jan", O), E("Jr", O), E("Jul", O), E("Jun", O), E("Kan", O),
	E("Kans", O), E("Ky", O), E("La", O), E("Lt", T), E("Ltd", O), E("Maj", T),
	E("Mar", O), E("Mass", O), E("Md", O), E("Messrs", T), E("Mich", O),
	E("Minn", O), E("Miss", O), E("Mo", O), E("Mont", O), E("Mr", T),
	E("Mrs", T), E("Ms", T), E("Msgr", T), E("Mt", O), E("Neb", O), E("Nev", O),
	E("No", N), E("Nos", N), E("Nov", O), E("Nr", N), E("Oct", O), E("Okla", O),
	E("Ore", O), E("Pa", O), E("Penn", O), E("Pres", T), E("Prof", T),
	E("Pvt", T), E("Rd", O), E("Rep", T), E("Reps", T), E("Rev", T),
	E("Sen", T), E("Sens", T), E("Sep", O), E("Sept", O), E("Sgt", T),
	E("Sr", O), E("St", O), E("Supt", T), E("Tenn", O), E("Tex", O),
	E("Univ", O), E("Va", O), E("Vol", N), E("Vt", O), E("Wash", O),
	E("Wis", O), E("Wisc", O), E("Wyo", O), E("al", O), E("approx", O),
	E("cf", O), E("est", O), E("etc", O), E("no", N), E("nos", N), E("viz", O),
	E("vs", O),
};

/* Capitalised words that, after an abbreviation such as "U.S." or "Corp.",
 * signal a new sentence rather than a name. */
static const char *const starters[] = {
	"A", "After", "Also", "An", "And", "Analysts", "As", "At", "But", "By",
	"During", "For", "He", "Her", "His", "However", "I", "If", "In", "It",
	"Its", "Meanwhile", "Mr", "Mrs", "Ms", "On", "One", "Our", "Officials",
	"She", "Some", "That", "The", "Their", "There", "These", "They", "This",
	"Those", "To", "Under", "We", "What", "When", "While", "Yet", "You",
};

/* 's after these is "is" or "has" (Penn: VBZ), not a possessive. */
static const char *const s_verbs[] = {
	"he", "she", "it", "that", "there", "what", "who", "where", "here",
	"how", "let", "this",
};

int dyad__abbrev_class(const char *s, size_t n)
{
	size_t lo = 0, hi = sizeof abbrevs / sizeof *abbrevs;
	if (n > 6 || n == 0)
		return DYAD__ABBR_NONE; /* longer than any entry */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2, k = abbrevs[mid].len;
		int c = memcmp(abbrevs[mid].w, s, k < n ? k : n);
		if (c == 0)
			c = (int)k - (int)n;
		if (c == 0)
			return abbrevs[mid].cls;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return DYAD__ABBR_NONE;
}

static int in_list(const char *const *l, size_t k, const char *s, size_t n, int fold)
{
	size_t i, j;
	for (i = 0; i < k; i++) {
		const char *w = l[i];
		if (strlen(w) != n)
			continue;
		for (j = 0; j < n; j++) {
			char c = s[j];
			if (fold && c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != w[j])
				break;
		}
		if (j == n)
			return 1;
	}
	return 0;
}

int dyad__sent_starter(const char *s, size_t n)
{
	return in_list(starters, sizeof starters / sizeof *starters, s, n, 0);
}

int dyad__s_is_verb(const char *s, size_t n)
{
	return in_list(s_verbs, sizeof s_verbs / sizeof *s_verbs, s, n, 1);
}
