/* text: the one place that decides how thread text becomes terminal cells. */
#include "threadtag/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* The one strict UTF-8 decoder: lead bytes C2-F4, continuation bytes only
 * 80-BF, no overlong forms, no surrogates, nothing past U+10FFFF. Returns the
 * length of the sequence at s, or 0 when it is not valid. */
static size_t decode(const unsigned char *u, size_t len, uint32_t *cp)
{
	unsigned char b = u[0];
	size_t n;
	uint32_t c, min;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF)
		n = 2, c = b & 0x1F, min = 0x80;
	else if (b >= 0xE0 && b <= 0xEF)
		n = 3, c = b & 0x0F, min = 0x800;
	else if (b >= 0xF0 && b <= 0xF4)
		n = 4, c = b & 0x07, min = 0x10000;
	else
		return 0;
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

size_t tt_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	size_t n = decode((const unsigned char *)s, len, cp);
	if (n)
		return n;
	*cp = TT_REPLACEMENT;
	return 1;
}

size_t tt_utf8_seq(const char *s, size_t len)
{
	uint32_t cp;
	return len ? decode((const unsigned char *)s, len, &cp) : 0;
}

size_t tt_utf8_space(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] == 0xC2)
		return u[1] == 0xA0 ? 2 : 0;
	if (u[0] != 0xE2)
		return 0;
	if (u[1] == 0x80)
		return (u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF ? 3 : 0;
	return u[1] == 0x81 && u[2] == 0x9F ? 3 : 0;
}

int tt_utf8_valid(const char *s, size_t len)
{
	for (size_t i = 0, n; i < len; i += n) {
		/* ASCII, most bytes of most text, passes eight at a time: an
		 * import asks this of the whole input twice */
		uint64_t w;
		while (len - i >= sizeof w && (memcpy(&w, s + i, sizeof w), !(w & 0x8080808080808080u)))
			i += sizeof w;
		if (i == len)
			break;
		if (!(n = tt_utf8_seq(s + i, len - i)))
			return 0;
	}
	return 1;
}

void tt_utf8_encode(tt_buf *b, uint32_t cp)
{
	char o[4];
	size_t n;

	if (cp < 0x80) {
		o[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		o[0] = (char)(0xF0 | (cp >> 18));
		o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	tt_buf_add(b, o, n);
}

/* Invisible characters that reorder text: a terminal that honours them would
 * show the line in a different order from the stored bytes. */
static int is_bidi_control(uint32_t cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

int tt_text_is_unsafe(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return 1;
	if (is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029)
		return 1;
	return wcwidth((wchar_t)cp) < 0;
}

int tt_text_cp_width(uint32_t cp)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F) /* printable ASCII: one column in every locale */
		return 1;
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp) ||
	    cp == 0x2028 || cp == 0x2029)
		return -1;
	/* tt_text_is_unsafe's last test and the width in one wcwidth call (it
	 * was called twice for every character past ASCII). */
	w = wcwidth((wchar_t)cp);
	return w < 0 ? -1 : w;
}

/* The inert stand-in for an unsafe code point. */
static void put_glyph(tt_buf *out, uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7F) {
		tt_buf_addc(out, '^');
		tt_buf_addc(out, cp == 0x7F ? '?' : (char)(cp + '@'));
	} else if (cp >= 0x80 && cp <= 0x9F) {
		tt_buf_printf(out, "<%02X>", (unsigned)cp);
	} else if (is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029) {
		tt_buf_printf(out, "<U+%04X>", (unsigned)cp);
	} else {
		tt_utf8_encode(out, TT_REPLACEMENT);
	}
}

void tt_text_sanitize(const char *s, size_t len, int keep_newlines, tt_buf *out)
{
	size_t i = 0;

	if (!out->data)
		tt_buf_add(out, "", 0);
	while (i < len) {
		uint32_t cp;
		size_t n, run = i;

		/* Printable text passes as it is: copied by the run, not by the
		 * character (most text of a thread is this; a page of CJK or emoji
		 * spent a tenth of a page down appending a character at a time). */
		for (;;) {
			while (run < len && (unsigned char)s[run] >= 0x20 &&
			       (unsigned char)s[run] < 0x7F)
				run++;
			if (run >= len || (unsigned char)s[run] < 0x80)
				break;
			n = tt_utf8_decode(s + run, len - run, &cp);
			if (cp == TT_REPLACEMENT || tt_text_is_unsafe(cp))
				break;
			run += n;
		}
		if (run > i) {
			tt_buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		n = tt_utf8_decode(s + i, len - i, &cp);
		if (cp == '\t' || (cp == '\n' && keep_newlines)) {
			tt_buf_addc(out, cp == '\t' ? ' ' : '\n');
		} else if (cp == TT_REPLACEMENT || tt_text_is_unsafe(cp)) {
			put_glyph(out, cp);
		} else {
			tt_buf_add(out, s + i, n);
		}
		i += n;
	}
}

int tt_text_width(const char *s, size_t len)
{
	int w = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		int cw;

		i += tt_utf8_decode(s + i, len - i, &cp);
		cw = tt_text_cp_width(cp);
		w += cw < 0 ? 1 : cw;
	}
	return w;
}

/* Skips the spaces at a break so the next line starts with a word. */
static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

int tt_text_wrap_next(const char *s, size_t len, size_t *pos, int cols, tt_line *line)
{
	size_t i = *pos, brk = 0, brk_next = 0;
	int w = 0, brk_w = 0, have_brk = 0;

	if (*pos > len || (*pos == len && len > 0))
		return 0;
	if (cols < 1)
		cols = 1;
	line->start = i;
	while (i < len) {
		uint32_t cp = (unsigned char)s[i];
		size_t n = 1;
		int cw = 1;

		/* Printable ASCII, most of a thread's text, needs no decoding. */
		if (cp < 0x20 || cp >= 0x7F) {
			n = tt_utf8_decode(s + i, len - i, &cp);
			cw = cp == '\n' ? 0 : tt_text_cp_width(cp);
			if (cw < 0)
				cw = 1;
		}
		if (cp == '\n') {
			line->end = i, line->width = w;
			*pos = i + 1;
			return 1;
		}
		if (cp == ' ' && i > line->start && s[i - 1] != ' ') {
			have_brk = 1, brk = i, brk_w = w;
			brk_next = skip_spaces(s, len, i);
		}
		if (w + cw > cols && cw > 0 && i > line->start) {
			if (have_brk && brk > line->start) {
				line->end = brk, line->width = brk_w;
				*pos = brk_next;
			} else {
				line->end = i, line->width = w;
				*pos = cp == ' ' ? skip_spaces(s, len, i) : i;
			}
			return 1;
		}
		w += cw;
		i += n;
	}
	line->end = i, line->width = w;
	*pos = len > 0 ? len : 1;
	return 1;
}

size_t tt_text_wrap_count(const char *s, size_t len, int cols)
{
	size_t pos = 0, n = 0;
	tt_line l;

	while (tt_text_wrap_next(s, len, &pos, cols, &l))
		n++;
	return n ? n : 1;
}

int tt_text_smartcase(const char *needle)
{
	size_t len = strlen(needle);

	for (size_t i = 0; i < len;) {
		uint32_t cp;

		i += tt_utf8_decode(needle + i, len - i, &cp);
		if (iswupper((wint_t)cp))
			return 1;
	}
	return 0;
}

/* Matches needle at hay+at; returns 1 on a match. */
static int match_at(const char *hay, size_t len, size_t at, const char *needle, size_t nlen,
                    int exact)
{
	size_t i = at, j = 0;

	while (j < nlen) {
		uint32_t a, b;

		if (i >= len)
			return 0;
		i += tt_utf8_decode(hay + i, len - i, &a);
		j += tt_utf8_decode(needle + j, nlen - j, &b);
		if (!exact) {
			a = (uint32_t)towlower((wint_t)a);
			b = (uint32_t)towlower((wint_t)b);
		}
		if (a != b)
			return 0;
	}
	return 1;
}

long tt_text_find(const char *hay, size_t len, size_t from, const char *needle)
{
	size_t nlen = strlen(needle);
	int exact = tt_text_smartcase(needle);

	if (nlen == 0)
		return -1;
	for (size_t i = from; i < len;) {
		uint32_t cp;

		if (match_at(hay, len, i, needle, nlen, exact))
			return (long)i;
		i += tt_utf8_decode(hay + i, len - i, &cp);
	}
	return -1;
}

/* Static storage, so one-shot commands leave nothing allocated at exit. */
static char ring[8][8192];
static unsigned ring_next;

/* Copies the first n bytes of text into the next ring slot; text past the
 * slot is cut at a character boundary and ends in "...". */
static const char *ring_put(const char *text, size_t n)
{
	char *out = ring[ring_next++ % 8];
	if (n >= sizeof ring[0]) {
		n = sizeof ring[0] - 4;
		while (n && (text[n] & 0xC0) == 0x80)
			n--;
		memcpy(out + n, "...", 4);
	} else {
		out[n] = '\0';
	}
	if (n)
		memcpy(out, text, n);
	return out;
}

const char *tt_text_safe(const char *s)
{
	tt_buf b = {0};
	if (!s)
		return ring_put("", 0);
	tt_text_sanitize(s, strlen(s), 0, &b);
	const char *out = ring_put(b.data, b.len);
	tt_buf_free(&b);
	return out;
}

/* Columns that what the sanitiser shows for cp takes: an unsafe one's glyph
 * ("^[", "<9B>", "<U+202E>", U+FFFD), so a cut never splits a glyph. */
static int shown_width(uint32_t cp)
{
	if (cp == '\t') /* shown as one space */
		return 1;
	if (cp < 0x20 || cp == 0x7F)
		return 2;
	if (cp >= 0x80 && cp <= 0x9F)
		return 4;
	if (is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029)
		return 8;
	int w = tt_text_cp_width(cp);
	return w < 0 ? 1 : w;
}

/* Bytes of s that fit in max columns (all of it when max < 0), measured as
 * the sanitiser shows them (on text already sanitised, each character's own
 * width); *cols receives their width. Zero-width marks stay with their base,
 * and a letter that does not fit takes its marks with it. */
static size_t fit_cols(const char *s, size_t len, int max, int *cols)
{
	size_t i = 0;
	int w = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = tt_utf8_decode(s + i, len - i, &cp);
		int cw = shown_width(cp);
		if (max >= 0 && w + cw > max)
			break;
		w += cw;
		i += n;
	}
	*cols = w;
	return i;
}

const char *tt_text_fit(const char *s, int width, int precision)
{
	tt_buf b = {0}, out = {0};
	tt_text_sanitize(s ? s : "", s ? strlen(s) : 0, 0, &b);
	int cols;
	size_t n = fit_cols(b.data, b.len, precision, &cols);
	int pad = (width < 0 ? -width : width) - cols;
	for (int i = 0; width > 0 && i < pad; i++)
		tt_buf_addc(&out, ' ');
	tt_buf_add(&out, b.data, n);
	for (int i = 0; width < 0 && i < pad; i++)
		tt_buf_addc(&out, ' ');
	const char *r = ring_put(out.data, out.len);
	tt_buf_free(&b);
	tt_buf_free(&out);
	return r;
}

size_t tt_utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	/* Forward from the start: a sequence is only known whole from its lead
	 * byte, and a mark only by decoding what follows the boundary. */
	size_t i = 0, keep = 0;
	while (i <= max && i < len) {
		uint32_t cp;
		size_t n = tt_utf8_decode(s + i, len - i, &cp);
		if (cp == TT_REPLACEMENT || tt_text_cp_width(cp) != 0)
			keep = i; /* a boundary before a character that is not a mark */
		i += n;
	}
	return keep;
}

void tt_utf8_vsnprintf(char *dst, size_t cap, const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(dst, cap, fmt, ap);
	if (n >= 0 && (size_t)n >= cap) {
		char *all = malloc((size_t)n + 1);
		if (all) {
			vsnprintf(all, (size_t)n + 1, fmt, again);
			size_t k = tt_utf8_cut(all, (size_t)n, cap - 4);
			memcpy(dst, all, k);
			memcpy(dst + k, "...", 4);
			free(all);
		} else { /* no memory for the whole: back off a split sequence */
			size_t k = cap - 4;
			while (k && ((unsigned char)dst[k] & 0xC0) == 0x80)
				k--;
			memcpy(dst + k, "...", 4);
		}
	}
	va_end(again);
}


const char *tt_text_quote(const char *s, size_t len, int cols)
{
	if (!s)
		s = "", len = 0;
	/* Measured on the input, as shown */
	int w;
	size_t i = fit_cols(s, len, cols < 0 ? 0 : cols, &w);
	tt_buf b = {0};
	tt_text_sanitize(s, i, 0, &b);
	if (i < len)
		tt_buf_add(&b, "...", 3);
	const char *out = ring_put(b.data, b.len);
	tt_buf_free(&b);
	return out;
}
