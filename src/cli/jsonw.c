/*
 * JSON string escaping for the CLI writers (see jsonw.h).
 */
#include <stdint.h>
#include <string.h>

#include "jsonw.h"

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len, i;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

void jsonw_str(FILE *f, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	if (len <= 254) {
		/* most strings (codes, names, short texts) need no escape: one
		 * write with their quotes */
		char buf[256];
		while (i < len && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
			i++;
		if (i == len) {
			buf[0] = '"';
			memcpy(buf + 1, s, len);
			buf[len + 1] = '"';
			fwrite(buf, 1, len + 2, f);
			return;
		}
		i = 0;
	}
	putc('"', f);
	while (i < len) {
		unsigned c = p[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			size_t j = i + 1;
			while (j < len && p[j] >= 0x20 && p[j] < 0x80 && p[j] != '"' && p[j] != '\\')
				j++;
			fwrite(p + i, 1, j - i, f);
			i = j;
			continue;
		}
		if (c < 0x80) {
			switch (c) {
			case '"': fputs("\\\"", f); break;
			case '\\': fputs("\\\\", f); break;
			case '\n': fputs("\\n", f); break;
			case '\t': fputs("\\t", f); break;
			case '\r': fputs("\\r", f); break;
			default: fprintf(f, "\\u%04x", c); break;
			}
			i++;
			continue;
		}
		{
			size_t n = utf8_seq(p + i, len - i);
			if (n == 0) {
				fputs("\\ufffd", f);
				i++;
			} else {
				fwrite(p + i, 1, n, f);
				i += n;
			}
		}
	}
	putc('"', f);
}

void jsonw_cstr(FILE *f, const char *s)
{
	size_t n = 0;
	if (!s) {
		fputs("null", f);
		return;
	}
	while (s[n])
		n++;
	jsonw_str(f, s, n);
}

void jsonw_key(FILE *f, const char *key, int first)
{
	/* Keys are dyad's own ASCII names, never escaped: one write for
	 * `,"key":` (a writer emits millions; each stdio call takes a lock). */
	char buf[64];
	size_t n = 0, k = strlen(key);
	if (k + 4 > sizeof buf) {
		if (!first)
			putc(',', f);
		jsonw_cstr(f, key);
		putc(':', f);
		return;
	}
	if (!first)
		buf[n++] = ',';
	buf[n++] = '"';
	memcpy(buf + n, key, k);
	n += k;
	buf[n++] = '"';
	buf[n++] = ':';
	fwrite(buf, 1, n, f);
}
