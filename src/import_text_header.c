/* import_text_header: comment headers of page text: dates, name lines, one-liners, signatures. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/datetime.h"
#include "threadtag/html_repeat.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

static int line_clock_alone(const struct line *L);
static int date_clock_name_box(struct page *P, size_t i, struct header *h);
static int in_date_clock_box(struct page *P, size_t i);

/* strspn and strcspn bounded by n: a line's bytes end at its length, not
 * at a NUL (a dump mended in place holds none after its last line). */
static size_t span_n(const char *s, size_t n, const char *set)
{
	size_t k = 0;
	while (k < n && s[k] && strchr(set, s[k]))
		k++;
	return k;
}

static size_t cspan_n(const char *s, size_t n, const char *set)
{
	size_t k = 0;
	while (k < n && s[k] && !strchr(set, s[k]))
		k++;
	return k;
}

/* "1. " or "12) " opening a line: a numbered list. */
int itx_numbered(const struct line *L)
{
	size_t i = 0;
	while (i < L->len && isdigit((unsigned char)L->s[i]))
		i++;
	return i && i + 1 < L->len && (L->s[i] == '.' || L->s[i] == ')') && L->s[i + 1] == ' ';
}

/* Makes h a dated header of the given shape: its author the name's len
 * bytes, the comment's text from line next (the dates are the caller's). */
void itx_dated_header(struct page *P, struct header *h, unsigned shape, const char *name,
                      size_t len, size_t next)
{
	h->kind = H_DATED;
	h->shape |= shape;
	h->author = tt_thread_strdup(P->t, name, len);
	h->next = next;
}

/* Where a run of links after a date starts (" | parent | next"; " -- ",
 * a typewriter's dash between spaces: "May 15, 2013 10:53am EDT  --
 * Report as abuse"), or len. */
static size_t before_links(const char *s, size_t len)
{
	static const char *const seps[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " -- "};
	size_t cut = len;
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		const char *p = tt_textline_find(s, len, seps[k], strlen(seps[k]));
		if (p && (size_t)(p - s) < cut)
			cut = (size_t)(p - s);
	}
	while (cut < len && cut > 0 && s[cut - 1] == ' ') /* the spaces before the separator */
		cut--;
	return cut;
}

/* " am", " p.m." after a clock time: its half of the day, the time's
 * (" am said:" leaves "am"); its length, or 0. */
static size_t half_day(const char *s, size_t len)
{
	static const char *const marks[] = {" a.m.", " p.m.", " am", " pm"};
	for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
		size_t ml = strlen(marks[k]);
		if (len >= ml && !strncasecmp(s, marks[k], ml) && (len == ml || s[ml] == ' '))
			return ml;
	}
	return 0;
}

/* " AM", " PM" after a clock time with a button's word run into it ("10:15
 * AMDelete", lynx's "10:15 AM[8]Delete": a browser sets the time's link and
 * the button after it with no space between, Blogger's dumps): the half of the day's length, or 0.
 * Only capitals run so: " amazing" is no half of a day. */
static size_t half_day_run_in(const char *s, size_t len)
{
	if (len < 5 || s[0] != ' ' || (s[1] != 'A' && s[1] != 'P') || s[2] != 'M')
		return 0;
	size_t at = 3 + tt_textline_link_ref(s + 3, len - 3); /* lynx's "AM[8]Delete" */
	return at + 1 < len && isupper((unsigned char)s[at]) && islower((unsigned char)s[at + 1])
	           ? 3
	           : 0;
}

/* "#301500" alone: a post's number, its permalink's text (bbPress sets it
 * after the date: "January 8, 2020 at 9:21 am #301500"). */
static int post_anchor(const char *s, size_t len)
{
	size_t d = 1;
	while (d < len && isdigit((unsigned char)s[d]))
		d++;
	return len >= 2 && len <= 12 && s[0] == '#' && d == len;
}

/* "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #": a date's clock
 * time, then the header's buttons (a few words that end no sentence, their
 * link numbers gone): where the clock time ends, or 0. */
static size_t buttons_after_clock(const char *s, size_t len)
{
	for (size_t i = 1; i + 3 < len; i++) {
		if (s[i] != ':' || !isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1]) || !isdigit((unsigned char)s[i + 2]))
			continue;
		size_t end = i + 3, glued = half_day_run_in(s + end, len - end);
		end += glued ? glued : half_day(s + end, len - end);
		if (end >= len || (s[end] != ' ' && !glued))
			return 0;
		size_t ref = glued ? tt_textline_link_ref(s + end, len - end) : 0;
		size_t words = tt_textline_count_words(s + end + ref, len - end - ref);
		return (words >= 1 && words <= 5 && !tt_textline_ends_sentence(s + end, len - end) &&
		        !tt_textline_has_digit(s + end + ref, len - end - ref)) ||
		               post_anchor(s + end + 1, len - end - 1)
		           ? end
		           : 0;
	}
	return 0;
}

/* A button's words (one to four, no digit, no sentence's end, opening with
 * a letter of any script) from s on to the end. */
static int button_words_e(const char *s, size_t len)
{
	size_t words = tt_textline_count_words(s, len);
	return len && (isalpha((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC0) && words >= 1 &&
	       words <= 4 && !tt_textline_has_digit(s, len) && !tt_textline_ends_sentence(s, len);
}

/* "3. März 2024 um 10:15[8]Löschen", "3 марта 2024, 10:15[8]Удалить",
 * "10:15 Uhr[8]Delete": a button whose link number lynx runs into the date
 * before it (the page sets them with no space between), or w3m's
 * "10:15Löschen", a capital run into the date's last digit: where the date
 * ends, or 0. The words are any language's, the shape the same; what is
 * left is read as a date again, so no date's own word is cut. */
static size_t button_run_into_date_e(const char *s, size_t len)
{
	const char *open = len > 6 ? memrchr(s, '[', len) : NULL;
	if (open && open > s && open[-1] != ' ') {
		size_t at = (size_t)(open - s), ref = tt_textline_link_ref(open, len - at);
		return ref && button_words_e(open + ref, len - at - ref) ? at : 0;
	}
	size_t d = len;
	while (d > 0 && !isdigit((unsigned char)s[d - 1]))
		d--;
	/* only after a clock's minutes ("10:15", "10.15"): a number closing a
	 * sentence ("по 11 сентября 01го") is none; a capital of a script of
	 * two-byte letters (Latin, Greek, Cyrillic), as a wide script's word
	 * run into a number ("1周前评论") is another rule's */
	unsigned char c = d >= 4 && d < len ? (unsigned char)s[d] : 0;
	int clock = c && (s[d - 3] == ':' || s[d - 3] == '.') && isdigit((unsigned char)s[d - 2]) &&
	            isdigit((unsigned char)s[d - 4]);
	return clock && (isupper(c) || (c >= 0xC3 && c <= 0xD4)) && button_words_e(s + d, len - d) ? d
	                                                                                      : 0;
}

/* Whether a capital letter opens the len bytes at p: of ASCII, or of
 * Latin-1's, Latin Extended-A's ("Şikayet", "Łukasz"), Greek's or
 * Cyrillic's capitals, told by their code points (no locale asked: an
 * import reads alike under any). */
static int capital_at(const char *p, size_t len)
{
	if (!len)
		return 0;
	if ((unsigned char)*p < 0x80)
		return isupper((unsigned char)*p);
	uint32_t c;
	if (tt_utf8_decode(p, len, &c) < 2)
		return 0;
	return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
	       (c >= 0x100 && c <= 0x137 && c % 2 == 0) || (c >= 0x139 && c <= 0x148 && c % 2) ||
	       (c >= 0x14A && c <= 0x177 && c % 2 == 0) || c == 0x178 ||
	       (c >= 0x179 && c <= 0x17E && c % 2) || (c >= 0x391 && c <= 0x3A9) ||
	       (c >= 0x400 && c <= 0x42F);
}

/* "1 ano atrás Link permanente": a relative time, then a permalink's or
 * reply's button in the page's language (one to three words, the first
 * capitalised, no digit, no sentence's end; not "I", which opens a
 * sentence; "3 gün önce Şikayet Et", Turkish's report button): where the
 * time ends, or 0. */
static size_t buttons_after_relative(const char *s, size_t len)
{
	char copy[72];
	if (len >= sizeof copy)
		return 0;
	for (size_t i = 1; i + 1 < len; i++) {
		if (s[i] != ' ' || !capital_at(s + i + 1, len - i - 1) ||
		    (s[i + 1] == 'I' && (i + 2 == len || s[i + 2] == ' ')))
			continue;
		size_t words = tt_textline_count_words(s + i + 1, len - i - 1);
		if (words > 3 || tt_textline_ends_sentence(s + i + 1, len - i - 1) ||
		    tt_textline_has_digit(s + i + 1, len - i - 1))
			continue;
		memcpy(copy, s, i);
		copy[i] = '\0';
		if (tt_dates_is_relative(copy))
			return i;
	}
	return 0;
}

/* "1周前评论", "1周前 评论": a relative time, then a button's word in a
 * script written without spaces (one to four wide characters, U+3000
 * on, to the end), run into the time or after a space: where the time
 * ends, or 0. */
static size_t word_run_into_relative(const char *s, size_t len)
{
	char copy[72];
	if (len >= sizeof copy)
		return 0;
	for (size_t i = 1, chars = 0; i + 2 < len; i++) {
		if ((unsigned char)s[i] < 0xE3 || (unsigned char)s[i] > 0xED)
			continue;
		/* from here to the end: wide characters only, four at most */
		size_t k = i;
		for (chars = 0; k + 2 < len && (unsigned char)s[k] >= 0xE3 && (unsigned char)s[k] <= 0xED;
		     k += 3)
			chars++;
		if (k != len || chars > 4)
			continue;
		size_t e = i;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		memcpy(copy, s, e);
		copy[e] = '\0';
		if (e && tt_dates_is_relative(copy))
			return e;
	}
	return 0;
}

/* A relative day or an age, then the clock it stands for after sep, and
 * close to end the text: "2 days ago at 07:52 am" (MacRumors; sep " at ",
 * as "Yesterday at 5:54 pm" is read), "15 seconds ago (7:18 PM)" (a page
 * that counts ages shows the time of day in brackets; sep " (", close
 * ")"). Read as the age, kept as written. */
static int relative_then_clock(const char *s, const char *sep, const char *close)
{
	const char *at = strstr(s, sep);
	char copy[64];
	if (!at || (size_t)(at - s) >= sizeof copy)
		return 0;
	const char *c = at + strlen(sep);
	if (!isdigit((unsigned char)c[0]))
		return 0;
	c += 1 + (isdigit((unsigned char)c[1]) != 0);
	if (c[0] != ':' || !isdigit((unsigned char)c[1]) || !isdigit((unsigned char)c[2]))
		return 0;
	c += 3;
	size_t rest = strlen(c), cl = strlen(close);
	if (rest < cl || strcmp(c + rest - cl, close) != 0)
		return 0;
	c += half_day(c, rest - cl);
	if (strcmp(c, close) != 0)
		return 0;
	memcpy(copy, s, (size_t)(at - s));
	copy[at - s] = '\0';
	return tt_dates_is_relative(copy);
}

/* "02.03.2012 (16:39)" (Interia): a date ending in a digit, then its clock
 * alone in round brackets; read as "02.03.2012 16:39", into copy. Whether
 * it was so. */
static int clock_in_brackets(const char *text, char copy[160])
{
	size_t n = strlen(text);
	const char *open = n > 8 && n < 150 && text[n - 1] == ')' ? strrchr(text, '(') : NULL;
	if (!open || open < text + 2 || open[-1] != ' ' || !isdigit((unsigned char)open[-2]))
		return 0;
	size_t h = strspn(open + 1, "0123456789"), in = (size_t)(text + n - 1 - open - 1);
	if (h < 1 || h > 2 || open[1 + h] != ':' || strspn(open + 1, "0123456789:") != in ||
	    in < h + 3 || in > h + 6)
		return 0;
	snprintf(copy, 160, "%.*s%.*s", (int)(open - text), text, (int)in, open + 1);
	return 1;
}

/* "17.07, 2011 @ 13:04" (an old WordPress theme's "d.m, Y"): day and month
 * with a dot, a comma before the year; read as "17.07.2011 @ 13:04", into
 * copy. Whether it was so. */
static int comma_year(const char *text, char copy[160])
{
	size_t d = strspn(text, "0123456789"), m;
	if (d < 1 || d > 2 || text[d] != '.')
		return 0;
	m = strspn(text + d + 1, "0123456789");
	const char *y = text + d + 1 + m;
	if (m < 1 || m > 2 || y[0] != ',' || y[1] != ' ' || strspn(y + 2, "0123456789") != 4 ||
	    isdigit((unsigned char)y[6]))
		return 0;
	snprintf(copy, 160, "%.*s.%s", (int)(y - text), text, y + 2);
	return 1;
}

/* The date's reading with a slash pair standing between its parts left out
 * ("29.07.2020 // 12:56": a theme's separator, no part of either), or one
 * slash, bullet or middle dot before the clock ("Do 9 Apr 2020 / 08:34"). */
/* The end of a clock after a bar that follows a date ("17 января 2012 |
 * 07:55   #   ответить": the page's date and clock in two cells, links
 * after them), or 0: the date is read through the clock, not cut at the
 * bar as a row of links would be. */
static size_t bar_clock_end(const char *s, size_t len)
{
	const char *p = tt_textline_find(s, len, " | ", 3);
	if (!p || p == s || !isdigit((unsigned char)p[-1]))
		return 0;
	size_t e = (size_t)(p + 3 - s), d = 0;
	while (e < len && d < 3 && isdigit((unsigned char)s[e]))
		e++, d++;
	if (!d || d > 2 || e + 2 >= len || s[e] != ':' || !isdigit((unsigned char)s[e + 1]) ||
	    !isdigit((unsigned char)s[e + 2]))
		return 0;
	e += 3;
	return e == len || s[e] == ' ' ? e : 0;
}

/* "DATE | 07:55" read as "DATE 07:55" into copy (160 bytes). */
static int bar_before_clock(const char *text, char *copy)
{
	size_t len = strlen(text), e = len < 150 ? bar_clock_end(text, len) : 0;
	if (!e || e != len)
		return 0;
	const char *p = strstr(text, " | ");
	snprintf(copy, 160, "%.*s %s", (int)(p - text), text, p + 3);
	return 1;
}

static int read_date(const char *text, char iso[32])
{
	/* each reading below turns on a space: one word ("6天前") is parsed as
	 * it stands */
	if (!strchr(text, ' '))
		return tt_dates_parse(text, iso);
	const char *sl = strstr(text, " // "), *one = strstr(text, " / ");
	size_t skip = 3;
	char copy[160];
	if (comma_year(text, copy) || clock_in_brackets(text, copy) || bar_before_clock(text, copy))
		return read_date(copy, iso);
	if (!sl && one && isdigit((unsigned char)one[3]))
		sl = one, skip = 2;
	/* "02-11-2023 • 16h43": a bullet or a middle dot before the clock */
	for (size_t k = 0; !sl && k < 2; k++) {
		const char *dot = strstr(text, k ? " \xC2\xB7 " : " \xE2\x80\xA2 ");
		if (dot && isdigit((unsigned char)dot[k ? 4 : 5]))
			sl = dot, skip = k ? 3 : 4;
	}
	if (!sl)
		return tt_dates_parse(text, iso);
	snprintf(copy, sizeof copy, "%.*s%s", (int)(sl - text), text, sl + skip);
	return tt_dates_parse(copy, iso);
}

/* The time as shown, less a colon closing it after its clock ("12. Mai
 * 2021 um 13:45:", the header's, or " :" as French sets it). A date with
 * no clock before a colon ("News vom 31.10.2018:") opens what follows and
 * is no date line; a dot is left to the reader below: it may be the
 * date's ("12." of "12. Mai"). */
static void time_as_shown(const char *buf, size_t *n)
{
	size_t e = *n;
	if (e < 8 || buf[e - 1] != ':')
		return;
	e -= 1 + (buf[e - 2] == ' ');
	if (isdigit((unsigned char)buf[e - 1]) && isdigit((unsigned char)buf[e - 2]) &&
	    buf[e - 3] == ':' && isdigit((unsigned char)buf[e - 4]))
		*n = e;
}

/* A machine form run into the time shown ("29 дек. 102010-12-29 18:27:35",
 * "11 авг. '10 в 15:072010-08-11 15:07"): the page shows its day and holds
 * the machine form in an element hidden by a class, which a text browser
 * draws, joined with nothing between. Where the machine form starts ("YYYY-
 * MM-DD HH:MM", seconds and a Z perhaps, closing buf), or n. */
static size_t machine_run_in(const char *buf, size_t n)
{
	/* it closes buf: 16 bytes, 17 with a Z, 19 with seconds, 20 with both */
	static const size_t lens[] = {16, 17, 19, 20};
	for (size_t i = 0; i < sizeof lens / sizeof *lens; i++) {
		size_t p = n - lens[i];
		if (n > lens[i] && buf[p - 1] != ' ' && buf[p + 10] == ' ' &&
		    (!memcmp(buf + p, "19", 2) || !memcmp(buf + p, "20", 2)) &&
		    tt_dates_machine_form(buf + p, lens[i]) == lens[i])
			return p;
	}
	return n;
}

/* A year run into the clock after it ("August 06, 20194:14 pm": the page
 * set them in two elements, which lynx and w3m join with nothing between),
 * set apart by a space, as the page shows them: a run of five or six digits
 * opening with a year of 19xx or 20xx, then a colon and two digits. buf has
 * room for one more character. */
static void year_clock_apart(char *buf, size_t *n)
{
	/* from each colon back: most date texts have none, or one */
	for (char *c = memchr(buf, ':', *n); c; c = memchr(c + 1, ':', *n - (size_t)(c + 1 - buf))) {
		size_t e = (size_t)(c - buf), b = e;
		while (b > 0 && isdigit((unsigned char)buf[b - 1]))
			b--;
		if ((e - b != 5 && e - b != 6) || e + 2 >= *n || !isdigit((unsigned char)c[1]) ||
		    !isdigit((unsigned char)c[2]) || (memcmp(buf + b, "19", 2) && memcmp(buf + b, "20", 2)))
			continue;
		memmove(buf + b + 5, buf + b + 4, *n - b - 4);
		buf[b + 4] = ' ';
		(*n)++;
		return;
	}
}

/* A sentence's closing dot after a time read (iso set), as opposed to an
 * abbreviation's, whose word holds a dot of its own ("p.m.", "a.m."), and
 * a month's short name ("Sept.": its dot is the date's, whatever reads it). */
static int closing_dot(const char *buf, size_t n)
{
	if (n < 2 || buf[n - 1] != '.')
		return 0;
	size_t b = n - 1;
	while (b > 0 && buf[b - 1] != ' ')
		b--;
	if (memchr(buf + b, '.', n - 1 - b))
		return 0;
	return isdigit((unsigned char)buf[n - 2]) || !tt_dates_plausible(buf + b, n - b);
}

/* A date of a few words before more links than a date has words ("1 day
 * ago | parent | prev | next [–]", Hacker News's header of a reply): the
 * date before them. */
static int links_after_date(struct page *P, const char *s, size_t len, struct when *w)
{
	size_t lim = len < 40 ? len : 40; /* four words of a date, a separator */
	size_t cut = before_links(s, lim);
	return cut < lim && cut && tt_textline_count_words(s, cut) <= 4 &&
	       itx_date_text(P, s, cut, w);
}

/* len less lynx's drawing of a button after a date ("12:59[129]
 * (BUTTON)", Tweakers): "(BUTTON)" is lynx's word for any form button, in
 * any page's language, and the link number run into the date before it
 * an empty link's. */
static size_t less_button(const char *s, size_t len)
{
	static const char button[] = " (BUTTON)";
	size_t bl = sizeof button - 1;
	if (len <= bl + 4 || memcmp(s + len - bl, button, bl) != 0)
		return len;
	len -= bl;
	if (s[len - 1] != ']')
		return len;
	size_t b = len - 1;
	while (b > 0 && isdigit((unsigned char)s[b - 1]))
		b--;
	return b < len - 1 && b > 1 && s[b - 1] == '[' ? b - 1 : len;
}

/* "2014-12-26T19:15:52   , respondido respondido 2014-12-27T01:46:47": a
 * date, then after a gap (two spaces or a comma) words and a second date
 * closing the line, when it was answered: the length of the first (the
 * comment's own), or 0. Both read as dates with their clocks. */
static size_t date_then_answered(const char *s, size_t len)
{
	char head[64], last[64], iso[32];
	/* the cheap tests first: a clock's digit closing the line, a clock's
	 * colon in its last word */
	const char *sp = len > 20 && isdigit((unsigned char)s[len - 1]) ? memrchr(s, ' ', len) : NULL;
	if (!sp || !memchr(sp, ':', len - (size_t)(sp - s)))
		return 0;
	const char *gap = memmem(s, len, "  ", 2), *comma = memmem(s, len, " ,", 2);
	if (!gap || (comma && comma < gap))
		gap = comma;
	size_t hl = gap ? (size_t)(gap - s) : 0, ll = sp ? len - (size_t)(sp + 1 - s) : 0;
	if (hl < 8 || hl >= sizeof head || ll < 8 || ll >= sizeof last || sp < gap)
		return 0;
	memcpy(head, s, hl), head[hl] = '\0';
	memcpy(last, sp + 1, ll), last[ll] = '\0';
	if (read_date(head, iso) || !strchr(iso, 'T') || read_date(last, iso) || !strchr(iso, 'T'))
		return 0;
	return hl;
}

/* "January 16, 2012, 7:28 am 7:28 am": a date whose clock is written a
 * second time after it (a page setting the time in two elements, one shown
 * on hover, which a text browser both writes): the length less the repeat,
 * or 0. The repeat is the last word or two, equal to the words before it. */
static size_t clock_twice(const char *s, size_t len)
{
	for (size_t half = 4; half * 2 + 1 < len && half <= 12; half++) {
		const char *b = s + len - half, *a = b - half - 1;
		if (a[half] != ' ' || (a > s && a[-1] != ' ') || memcmp(a, b, half) != 0 ||
		    !memchr(b, ':', half) || !isdigit((unsigned char)b[0]))
			continue;
		return (size_t)(b - 1 - s);
	}
	return 0;
}

/* The length of a word of letters and the middle dot joining it to what
 * follows, a digit ("回复·05月10日"; a space may follow the dot), or 0. */
static size_t dot_lead_b(const char *s, size_t len)
{
	/* lynx draws the button before its word: "(BUTTON) 回复·05月10日" */
	static const char button[] = "(BUTTON) ";
	size_t bl = len > sizeof button && !memcmp(s, button, sizeof button - 1) ? sizeof button - 1 : 0;
	size_t word = bl ? dot_lead_b(s + bl, len - bl) : 0;
	if (word)
		return bl + word;
	const char *dot = len > 4 ? tt_textline_find(s, len < 16 ? len : 16, "\xC2\xB7", 2) : NULL;
	if (!dot || dot == s || memchr(s, ' ', (size_t)(dot - s)) ||
	    tt_textline_has_digit(s, (size_t)(dot - s)))
		return 0;
	size_t at = (size_t)(dot + 2 - s);
	at += at < len && s[at] == ' ';
	return at < len && isdigit((unsigned char)s[at]) ? at : 0;
}

/* A word itx_date_text takes off a date's start or end, with its length:
 * the lists are tried on nearly every line, several times each, so the
 * length and one byte are compared before the words. */
struct itx_affix {
	const char *s;
	size_t n;
};
#define ITX_AFFIX(x) {x, sizeof x - 1}

static const struct itx_affix date_leads[] = {
    ITX_AFFIX("posted on "), ITX_AFFIX("published on "), ITX_AFFIX("published "),
    ITX_AFFIX("posted "),    ITX_AFFIX("updated "),      ITX_AFFIX("on "),
    ITX_AFFIX("at "),        ITX_AFFIX("\xE2\x80\xA2 "), ITX_AFFIX("\xC2\xB7 "),
    ITX_AFFIX("- ")};
static const struct itx_affix date_tails[] = {
    ITX_AFFIX(" | Reply"),   ITX_AFFIX(" \xC2\xB7 Reply"), ITX_AFFIX(" Reply"),
    ITX_AFFIX(" Permalink"), ITX_AFFIX(" | Permalink"),    ITX_AFFIX(" (edited)"),
    ITX_AFFIX(" edited")};

/* The length of the first of date_tails closing s (len bytes), in any
 * case, or 0. */
static size_t date_tail(const char *s, size_t len)
{
	for (size_t k = 0; k < sizeof date_tails / sizeof *date_tails; k++) {
		size_t tl = date_tails[k].n;
		if (len > tl &&
		    tolower((unsigned char)s[len - 1]) == tolower((unsigned char)date_tails[k].s[tl - 1]) &&
		    !strncasecmp(s + (len - tl), date_tails[k].s, tl))
			return tl;
	}
	return 0;
}

/* The length of a rating closing a relative date: a count, perhaps with
 * its icon's image after it ("vor 2 Monaten 152 [pixel-vfl3z5WfW.gif]",
 * "2 days ago 7"), where what is left is an age; else 0. The page's
 * figure beside the date, no part of it. */
static size_t rating_tail_b(const char *s, size_t len)
{
	size_t e = len;
	if (e && s[e - 1] == ']') { /* an image's label, no link's number */
		const char *open = memrchr(s, '[', e);
		size_t b = open ? (size_t)(open - s) : 0;
		if (!open || b < 2 || s[b - 1] != ' ' || memchr(open, ' ', e - b) ||
		    tt_textline_link_ref(open, e - b))
			return 0;
		e = b - 1;
	}
	size_t k = e;
	while (k > 0 && isdigit((unsigned char)s[k - 1]))
		k--;
	if (k == e || e - k > 6 || k < 2 || s[k - 1] != ' ' || k - 1 > 64)
		return 0;
	char age[66];
	memcpy(age, s, k - 1);
	age[k - 1] = '\0';
	return tt_dates_is_relative(age) ? len - (k - 1) : 0;
}

static int date_text(struct page *P, const char *s, size_t len, struct when *w)
{
	char buf[160];
	/* A list's bullet before the date ("o 10. April 2019 @ 16:29", "□ 8. April
	 * 2019"): a text browser's drawing of the page's list, not the date's. */
	size_t mark = tt_textline_list_mark(s, len);
	int led = mark && len > mark + 4;
	if (led)
		s += mark, len -= mark;
	/* a lead after a separator, perhaps past lynx's link number ("·
	 * [9]Updated May 17": the separator, then the link's label); a link's
	 * label alone before the date ("[36]on 11/08/2020") is kept as shown */
	for (int pass = 0; pass < 2; pass++) {
		size_t ref = led ? tt_textline_link_ref(s, len) : 0, k = 0;
		for (; k < sizeof date_leads / sizeof *date_leads; k++)
			if (len > ref + date_leads[k].n + 4 &&
			    tt_textline_starts_with_ci(s + ref, len - ref, date_leads[k].s)) {
				s += ref + date_leads[k].n;
				len -= ref + date_leads[k].n;
				break;
			}
		if (k == sizeof date_leads / sizeof *date_leads)
			break;
		led = 1;
	}
	len = less_button(s, len);
	/* a button's word joined to the date by a middle dot ("回复·05月10日",
	 * "Reply·3h"): the date's lead, no part of it */
	size_t lead_b = dot_lead_b(s, len);
	s += lead_b, len -= lead_b;
	len -= date_tail(s, len);
	len -= rating_tail_b(s, len);
	/* 64 characters at most once lynx's link numbers are gone (checked
	 * below); 100 with them. */
	if (len == 0 || len > 100 || tt_textline_words_over(s, len, 9))
		return links_after_date(P, s, len, w);
	/* A text browser's link numbers ("Posted on [5]April 2") are not the date's. */
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		size_t ref = s[i] == '[' ? tt_textline_link_ref(s + i, len - i) : 0;
		if (ref && (i == 0 || s[i - 1] == ' '))
			i += ref - 1;
		else if (s[i] == '\xC2' && i + 1 < len && s[i + 1] == '\xA0')
			buf[n++] = ' ', i++; /* "20:14 Uhr" as HTML's text gives it */
		else
			buf[n++] = s[i];
	}
	/* lynx numbers the reply link too ("May 3, 2017 [33]Reply"): its word
	 * shows only once the number is gone. */
	if (n < len)
		n -= date_tail(buf, n);
	if (n > 64) { /* a second date may make it long */
		size_t cut = date_then_answered(buf, n);
		return cut ? itx_date_text(P, buf, cut, w) : 0;
	}
	/* the machine form run into the time shown: the time as shown is the
	 * posted text, the machine form the time where both are one day */
	char machine[32] = "";
	size_t twin = n >= 24 ? machine_run_in(buf, n) : n;
	if (twin < n && n - twin < sizeof machine) {
		memcpy(machine, buf + twin, n - twin);
		machine[n - twin] = '\0';
		n = twin;
		while (n && buf[n - 1] == ' ')
			n--;
	}
	year_clock_apart(buf, &n);
	time_as_shown(buf, &n);
	buf[n] = '\0';
	/* Most lines are text: only one with a digit (or a short word such as
	 * "yesterday") may be a date. */
	if (!strpbrk(buf, "0123456789") && (n > 24 || !tt_dates_is_relative(buf)))
		return 0;
	if (read_date(buf, w->iso) != 0 && !tt_dates_is_relative(buf) &&
	    !tt_dates_is_yearless(buf) && !relative_then_clock(buf, " at ", "") &&
	    !relative_then_clock(buf, " (", ")")) {
		/* "14 days ago | parent | next": the date, then links. */
		size_t cut = bar_clock_end(s, len);
		if (cut == 0 || cut == len)
			cut = before_links(s, len);
		if (cut != len && cut != 0)
			return itx_date_text(P, s, cut, w);
		cut = buttons_after_clock(buf, n);
		/* a button run into the date: taken only when what is left reads */
		size_t run = cut ? 0 : button_run_into_date_e(buf, n);
		if (run && itx_date_text(P, buf, run, w))
			return 1;
		if (!cut)
			cut = buttons_after_relative(buf, n);
		if (!cut)
			cut = word_run_into_relative(buf, n);
		if (!cut)
			cut = date_then_answered(buf, n);
		if (!cut && (cut = clock_twice(buf, n)) && itx_date_text(P, buf, cut, w)) {
			w->posted = tt_thread_strdup(P->t, buf, n); /* as shown, twice */
			return 1;
		}
		return cut ? itx_date_text(P, buf, cut, w) : 0;
	}
	char exact[32];
	if (machine[0] && w->iso[0] && tt_datetime_parse(machine, exact) == 0 &&
	    tt_dates_same_day(w->iso, exact))
		memcpy(w->iso, exact, sizeof exact);
	/* "Posted" text keeps what was written, less a trailing period. */
	while (n && w->iso[0] && closing_dot(buf, n))
		n--;
	w->posted = tt_thread_strdup(P->t, buf, n);
	return 1;
}

/* The last readings of short date texts, by the text alone: the header
 * rules ask the same words many times (each rule trying the tails of a
 * line under a name, "客栈小K | 扫地 | 6天前"). date_text reads nothing but
 * the text: it writes w->iso (when it reads a date at all) and, when it
 * takes the text, w->posted (the text as shown, never longer than the
 * text); those two are what a slot keeps, field by field, so the reading
 * given never counts. Direct-mapped by the text's hash, bounded. */
enum { DATE_MEMO_SLOTS = 256, DATE_MEMO_TEXT = 48 };
struct date_memo {
	unsigned char len; /* 0: an empty slot */
	unsigned char dated, iso_set, plen;
	char s[DATE_MEMO_TEXT], posted[DATE_MEMO_TEXT];
	char iso[32];
};
static _Thread_local struct date_memo date_memo[DATE_MEMO_SLOTS];

static struct date_memo *date_memo_slot(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return &date_memo[h % DATE_MEMO_SLOTS];
}

/* The memo's reading back into *w: what date_text would have written. */
static int date_memo_answer(struct page *P, const struct date_memo *M, struct when *w)
{
	if (M->iso_set)
		memcpy(w->iso, M->iso, sizeof w->iso);
	if (M->dated)
		w->posted = tt_thread_strdup(P->t, M->posted, M->plen);
	return M->dated;
}

/* The n bytes at s, an age in a count and a unit's letter ("2y", "3mo",
 * "5d": Wall Street Oasis's, Substack's), with its unit's seconds. */
static int compact_age_v(const char *s, size_t n, long *secs)
{
	static const struct {
		const char *unit;
		long secs;
	} units[] = {{"y", 31536000}, {"mo", 2592000}, {"w", 604800}, {"d", 86400},
	             {"h", 3600},     {"m", 60},        {"s", 1}};
	size_t d = 0;
	while (d < n && d < 4 && isdigit((unsigned char)s[d]))
		d++;
	if (!d || d > 3)
		return 0;
	for (size_t u = 0; u < sizeof units / sizeof *units; u++)
		if (n - d == strlen(units[u].unit) && !memcmp(s + d, units[u].unit, n - d)) {
			*secs = units[u].secs;
			return 1;
		}
	return 0;
}

/* The n bytes at s, a bare age alone ("2 years", "2y"), with its unit's
 * seconds. */
static int bare_age_text_v(const char *s, size_t n, long *secs)
{
	char buf[24];
	if (compact_age_v(s, n, secs))
		return 1;
	if (n == 0 || n >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return tt_dates_bare_age(buf, secs);
}

/* Whether the page shows its comments' ages bare ("2 years" alone on a
 * line, Vimeo; "2y", Wall Street Oasis): three such lines at least, one
 * of a day or longer. A
 * recipe's "30 minutes" or a lone "3 days" in a text is no comment's age,
 * so one line alone never makes the page one; read once, linear. */
static int bare_age_page_v(struct page *P)
{
	if (P->bare_ages)
		return P->bare_ages == 2;
	size_t found = 0;
	int long_unit = 0;
	for (size_t i = 0; i < P->n; i++) {
		long secs;
		if (!P->l[i].blank && bare_age_text_v(P->l[i].s, P->l[i].len, &secs)) {
			found++;
			long_unit |= secs <= 0 || secs >= 86400;
		}
	}
	P->bare_ages = found >= 3 && long_unit ? 2 : 1;
	return P->bare_ages == 2;
}

static int date_text_memo(struct page *P, const char *s, size_t len, struct when *w);

int itx_date_text(struct page *P, const char *s, size_t len, struct when *w)
{
	long secs;
	if (date_text_memo(P, s, len, w))
		return 1;
	/* a bare age, on a page that shows them so: kept as written, no time */
	if (bare_age_text_v(s, len, &secs) && bare_age_page_v(P)) {
		w->posted = tt_thread_strdup(P->t, s, len);
		return 1;
	}
	return 0;
}

static int date_text_memo(struct page *P, const char *s, size_t len, struct when *w)
{
	if (len == 0 || len > DATE_MEMO_TEXT)
		return date_text(P, s, len, w);
	struct date_memo *M = date_memo_slot(s, len);
	if (M->len == len && !memcmp(M->s, s, len))
		return date_memo_answer(P, M, w);
	/* read into a reading of known bytes: a first byte of 1 left in iso
	 * says none was written (a reading writes a string of digits, or "") */
	struct when t;
	memset(&t, 0, sizeof t);
	t.iso[0] = 1;
	int dated = date_text(P, s, len, &t);
	size_t pl = dated && t.posted ? strlen(t.posted) : 0;
	if (t.iso[0] != 1)
		memcpy(w->iso, t.iso, sizeof w->iso);
	if (dated)
		w->posted = t.posted;
	if ((dated && !t.posted) || pl > DATE_MEMO_TEXT) /* never so (the text as shown is no longer) */
		return dated;
	M->len = (unsigned char)len;
	memcpy(M->s, s, len);
	M->dated = (unsigned char)(dated != 0);
	M->iso_set = t.iso[0] != 1;
	memcpy(M->iso, t.iso, sizeof M->iso);
	M->plen = (unsigned char)pl;
	memcpy(M->posted, t.posted ? t.posted : "", pl);
	return dated;
}

/* The whole of s in one pair of brackets, round or square ("[22.06.2018
 * 11:13]"), none inside. */
static int bracketed(const char *s, size_t len)
{
	char close = s[0] == '(' ? ')' : s[0] == '[' ? ']' : 0;
	return close && s[len - 1] == close && !memchr(s + 1, s[0], len - 2) &&
	       !memchr(s + 1, close, len - 2);
}

/* A line "November 30, 2010 at" (The Vacation Gals): a full date, then
 * the short lowercase word that would join its clock, the clock left out
 * by the page: the date read without the word, kept as written. Only a
 * whole line: within one the word may join a name ("am 12. März 2023 von
 * Lena"). */
static int clock_left_out(struct page *P, const char *s, size_t n, struct when *w)
{
	size_t ref = tt_textline_link_ref(s, n); /* lynx's "[12]November 30, 2010 at" */
	s += ref, n -= ref;
	size_t b = n;
	while (b > 0 && islower((unsigned char)s[b - 1]))
		b--;
	if (b < 8 || n - b > 3 || b == n || n > 64 || s[b - 1] != ' ' ||
	    !isdigit((unsigned char)s[b - 2]))
		return 0;
	char copy[80];
	snprintf(copy, sizeof copy, "%.*s", (int)(b - 1), s);
	if (read_date(copy, w->iso) != 0 || strlen(w->iso) < 10 || tt_dates_is_relative(copy))
		return 0;
	w->posted = tt_thread_strdup(P->t, s, n);
	return 1;
}

/* A date line in brackets ("(22 juin 2018 @11h13)", as SPIP sets it): the
 * brackets are the page's, not the date's (a date in brackets after other
 * words is a quote's source, "… pénible. » (03/10/2019)", no header). */
/* A date, then a linked image closing the line, as lynx writes it ("[21]15
 * lutego 2010 10:31 [22][icon_delete13.gif]", Blogger's delete button):
 * the date read without the image. */
static int image_link_after(struct page *P, const struct line *L, struct when *w)
{
	if (L->len < 12 || L->s[L->len - 1] != ']')
		return 0;
	const char *open = L->s + L->len - 1;
	while (open > L->s && open[-1] != '[')
		open--;
	if (open - L->s < 2 || memchr(open, ' ', (size_t)(L->s + L->len - open)))
		return 0;
	const char *b = open - 2; /* "]" closing the link's number, " [22]" */
	if (b <= L->s || *b != ']')
		return 0;
	const char *n = b;
	while (n > L->s && isdigit((unsigned char)n[-1]))
		n--;
	if (n == b || n - L->s < 2 || n[-1] != '[' || n[-2] != ' ')
		return 0;
	return itx_date_text(P, L->s, (size_t)(n - 2 - L->s), w);
}

/* The length of s (len bytes) with a doubled tail cut: a time written
 * twice with nothing between, once for screen readers and once as shown
 * ("Posted 2 years ago2 years ago"); the copy opens with a digit and is
 * glued to the letter before it. len unchanged when there is none. */
static size_t doubled_tail_g(const char *s, size_t len)
{
	if (len > 120)
		return len;
	for (size_t m = len / 2; m >= 3; m--) {
		const char *copy = s + len - m;
		if (isdigit((unsigned char)copy[0]) && isalpha((unsigned char)copy[-1]) &&
		    !memcmp(copy - m, copy, m))
			return len - m;
	}
	return len;
}

/* A moment of a track or video before the time a comment was written,
 * after a short lowercase word perhaps, then a mark, then an age ("at
 * 0:13  · Posted 2 years ago", lynx's "at [43]0:13  · ..."): the time is
 * the part after the mark, the moment no part of it; a doubled tail is
 * cut. */
static int moment_then_date_g(struct page *P, const char *s, size_t n, struct when *w)
{
	size_t k = 0;
	while (k < n && k < 4 && islower((unsigned char)s[k]))
		k++;
	k = k && k < n && s[k] == ' ' ? k + 1 : 0;
	k += tt_textline_link_ref(s + k, n - k);
	size_t d = k;
	while (k < n && k - d < 2 && isdigit((unsigned char)s[k]))
		k++;
	if (k == d || k + 3 > n || s[k] != ':' || !isdigit((unsigned char)s[k + 1]) ||
	    !isdigit((unsigned char)s[k + 2]))
		return 0;
	k += 3;
	if (k + 3 < n && s[k] == ':' && isdigit((unsigned char)s[k + 1])) /* "1:02:13" */
		k += 3;
	size_t sp = k;
	while (k < n && s[k] == ' ')
		k++;
	size_t mark = k;
	if (k + 2 <= n && (unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] == 0xB7)
		k += 2; /* a middle dot */
	else if (k + 3 <= n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80)
		k += 3; /* a bullet or a dash */
	else if (k < n && strchr("|-", s[k]))
		k++;
	if (k == mark || mark == sp || k >= n || s[k] != ' ')
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	size_t rest = doubled_tail_g(s + k, n - k);
	char age[128];
	if (!rest || rest >= sizeof age)
		return 0;
	memcpy(age, s + k, rest);
	age[rest] = '\0';
	/* an age ("2 years ago") has no clock of its own: the clock before
	 * it is a moment; before a day ("14:25 - 10. Juli 2020") it is the
	 * day's own */
	const char *count = age + strcspn(age, "0123456789"); /* past "Posted" */
	return tt_dates_is_relative(count) && itx_date_text(P, s + k, rest, w);
}

/* The last word of line L with its colon ("sagt:", "date:"): its start. */
static const char *colon_word_g(const struct line *L)
{
	const char *b = L->s + L->len - 1;
	while (b > L->s && b[-1] != ' ')
		b--;
	return b;
}

/* Whether another line within LABEL_WINDOW_G lines of i ends with the same
 * word and colon as line i: a header's word repeats from comment to
 * comment ("Ann sagt:", "Bob sagt:"), a field's label stands once. The
 * window keeps the look linear. */
enum { LABEL_WINDOW_G = 300 };
static int colon_word_repeats_g(const struct page *P, size_t i)
{
	const char *w = colon_word_g(&P->l[i]);
	size_t wl = (size_t)(P->l[i].s + P->l[i].len - w);
	size_t from = i > LABEL_WINDOW_G ? i - LABEL_WINDOW_G : 0;
	size_t to = i + LABEL_WINDOW_G < P->n ? i + LABEL_WINDOW_G : P->n;
	for (size_t k = from; k < to; k++) {
		const struct line *K = &P->l[k];
		if (k != i && K->len > wl && K->s[K->len - 1] == ':' &&
		    !memcmp(K->s + K->len - wl, w, wl) && K->s[K->len - wl - 1] == ' ')
			return 1;
	}
	return 0;
}

/* "Release date:" over "    28 January 2014": a line ending in a colon,
 * no list item, over its value indented past it (a definition list's term
 * over its description, as both browsers draw it), its last word standing
 * once on the page around it: a field of the page, no name over its date.
 * A header's "Ann sagt:" over an indented date repeats its word. */
static int label_over_value_g(const struct page *P, size_t i, const struct line *V)
{
	const struct line *L = &P->l[i];
	return L->len > 1 && L->s[L->len - 1] == ':' && V->indent > L->indent &&
	       !itx_numbered(L) && !tt_textline_list_mark(L->s, L->len) &&
	       !colon_word_repeats_g(P, i);
}

static int line_date(struct page *P, const struct line *L, struct when *w)
{
	if (L->len > 6 && bracketed(L->s, L->len))
		return itx_date_text(P, L->s + 1, L->len - 2, w);
	return itx_date_text(P, L->s, L->len, w) || clock_left_out(P, L->s, L->len, w) ||
	       image_link_after(P, L, w) || moment_then_date_g(P, L->s, L->len, w);
}

/* A month's name and a year, a line of their own ("March 2025", Vanilla's
 * date of a post older than the year shown, under its writer's name): a
 * date to the month, no day to read. Within a line ("Mac Pro December
 * 2019") they date no post. */
static int month_year_line(struct page *P, size_t i, struct when *w)
{
	const struct line *L = &P->l[i];
	size_t ref = tt_textline_link_ref(L->s, L->len); /* (lynx's "[28]March 2025") */
	const char *s = L->s + ref;
	size_t len = L->len - ref;
	/* (a field's value under its label, "Joined:" over "Jan 2022") */
	if (i && !P->l[i - 1].blank && P->l[i - 1].len && P->l[i - 1].s[P->l[i - 1].len - 1] == ':')
		return 0;
	const char *sp = len < 24 ? memchr(s, ' ', len) : NULL;
	size_t y = sp ? len - (size_t)(sp + 1 - s) : 0;
	if (y != 4 || strspn(sp + 1, "0123456789") < 4 || (sp[1] != '1' && sp[1] != '2') ||
	    !tt_textline_has_alpha(s, (size_t)(sp - s)) ||
	    tt_textline_has_digit(s, (size_t)(sp - s)))
		return 0;
	char buf[24];
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (!tt_dates_is_time(buf, 0))
		return 0;
	w->posted = tt_thread_strdup(P->t, s, len);
	return 1;
}

/* A date line, allowing "Posted on", "on" and a trailing "| Reply". */
int itx_date_line(struct page *P, const struct line *L, struct when *w)
{
	if (L->blank)
		return 0;
	uintptr_t at = (uintptr_t)L, first = (uintptr_t)P->l;
	if (at < first || at >= (uintptr_t)(P->l + P->n)) /* not one of the page's lines */
		return line_date(P, L, w);
	size_t i = (at - first) / sizeof *L;
	if (!P->is_date[i]) {
		struct when d = {0};
		P->is_date[i] = line_date(P, L, &d) || month_year_line(P, i, &d) ? 2 : 1;
		if (P->is_date[i] == 2) {
			if (P->ndates == P->capdates)
				P->dates = tt_xrealloc(P->dates, (P->capdates = P->capdates * 2 + 16) *
				                                     sizeof *P->dates);
			P->date_ix[i] = (uint32_t)P->ndates;
			P->dates[P->ndates++] = d;
		}
	}
	if (P->is_date[i] == 2)
		*w = P->dates[P->date_ix[i]];
	return P->is_date[i] == 2;
}

/* Next non-blank line after i within two blank lines, or P->n. */
size_t itx_next_text(const struct page *P, size_t i)
{
	size_t j = i + 1, blanks = 0;
	while (j < P->n && P->l[j].blank && blanks < 3)
		j++, blanks++;
	return j < P->n && !P->l[j].blank ? j : P->n;
}

/* The date of a one-line header; "NAME wrote on DATE at 3:53 am:" ends in a
 * colon that is the header's, not the date's (after a time only: "News vom
 * 31.10.2018:" opens a paragraph). */
/* A date, then a remark in brackets that holds a date of its own after a
 * word or three ("2 years ago (last modified 2 years ago) | thread",
 * "12.3.2021 (bearbeitet 13.3.2021)"): the later date is an edit's, the
 * header's date the one before it, read with the remark left out. */
static int edited_date(struct page *P, const char *s, size_t len, struct when *w)
{
	const char *open = memmem(s, len, " (", 2);
	const char *close = open ? memchr(open, ')', len - (size_t)(open - s)) : NULL;
	if (!open || open == s || !close || close - open > 60)
		return 0;
	const char *in = open + 2;
	struct when edit = {0};
	int dated = 0;
	for (int words = 0; words < 3 && !dated; words++) {
		const char *sp = memchr(in, ' ', (size_t)(close - in));
		if (!sp)
			return 0;
		in = sp + 1;
		dated = in < close && itx_date_text(P, in, (size_t)(close - in), &edit);
	}
	if (!dated)
		return 0;
	char buf[160];
	size_t head = (size_t)(open - s), rest = len - (size_t)(close + 1 - s);
	if (head + rest >= sizeof buf)
		return 0;
	memcpy(buf, s, head);
	memcpy(buf + head, close + 1, rest);
	return itx_date_text(P, buf, head + rest, w);
}

/* len less a post's number run into the date's end after a letter ("2
 * years ago#3", GameFAQs' message header). */
static size_t without_glued_number(const char *s, size_t len)
{
	size_t d = 0;
	while (d < len && isdigit((unsigned char)s[len - 1 - d]))
		d++;
	return d && d <= 6 && len > d + 2 && s[len - 1 - d] == '#' &&
	               isalpha((unsigned char)s[len - 2 - d])
	           ? len - d - 1
	           : len;
}

static int header_date(struct page *P, const char *s, size_t len, struct when *w)
{
	if (len > 8 && s[len - 1] == ':' && s[len - 2] != ' ' && memchr(s, ':', len - 1))
		len--;
	len = without_glued_number(s, len);
	return itx_date_text(P, s, len, w) || edited_date(P, s, len, w);
}

/* A name written twice (an avatar's alt text, then the name), run together
 * or with a space, perhaps with lynx's link number before the second
 * ("小鳳 [127]小鳳"), then one short joining word before the date
 * ("小鳳小鳳於", "linghua linghua 於"): the name's length, or 0. */
static size_t doubled_before_word(const char *s, size_t len)
{
	/* the longest half first: "面面面面於" is "面面" twice, not "面" twice
	 * before a word "面面於" */
	for (size_t half = len / 2; half > 0; half--) {
		if (((unsigned char)s[half] & 0xC0) == 0x80 || s[half - 1] == ' ')
			continue; /* not a character's end, or a name's */
		size_t at = half + (s[half] == ' ');
		at += tt_textline_link_ref(s + at, len - at);
		/* run together only where words take no spaces (CJK): "tutuca" is
		 * one name */
		if (at + half > len || memcmp(s, s + at, half) ||
		    (at == half && (unsigned char)s[0] < 0x80))
			continue;
		at += half;
		int spaced = at < len && s[at] == ' ';
		at += spaced;
		/* the joining word is no capitalised word of a name ("Ann Ann Lee") */
		if (at < len && len - at <= 12 && !memchr(s + at, ' ', len - at) &&
		    (spaced || (unsigned char)s[at] >= 0x80) && !isupper((unsigned char)s[at]))
			return half;
	}
	return 0;
}

/* The name of a one-line header less the short joining words before the
 * date ("Alan Goodale wrote on DATE", "Pieter de Vries schreef op DATE"):
 * one or two last words in lower case after a capitalised name of two words
 * or more are the verb, in whatever language; an image's alt text after the
 * name goes too. */
/* "Submitted by charlyc", "Submitted by email_registrat...": a name that
 * does not start with a capital (what header_name took for a verb, or a
 * handle) after a short lowercase joining word ("by", "von", "par") after
 * one capitalised word: those two are the template's, the rest the name
 * ("Pieter de Vries" keeps its capital). Where the name starts in s, or 0
 * (kept is what header_name kept of its full length). */
static size_t name_after_joiner(const char *s, size_t kept, size_t full)
{
	size_t e = kept < full ? kept : 0;
	if (!e) { /* the name's last word is no verb: three words, the last no capital */
		const char *sp = memchr(s, ' ', full);
		sp = sp ? memchr(sp + 1, ' ', full - (size_t)(sp + 1 - s)) : NULL;
		if (!sp || tt_textline_count_words(s, full) != 3 || isupper((unsigned char)sp[1]))
			return 0;
		e = (size_t)(sp - s);
	}
	size_t b = e;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	if (b < 2 || e - b > 4 || !isupper((unsigned char)s[0]))
		return 0;
	for (size_t k = b; k < e; k++)
		if (!islower((unsigned char)s[k]))
			return 0;
	return tt_textline_count_words(s, b) == 1 ? e + 1 : 0;
}

/* Whether the name s (of len bytes) ends in a lowercase word, as a name
 * whose verb was cut off does not ("Alan Goodale" of "Alan Goodale wrote
 * on"): what was cut then was no verb but words between two names
 * ("JamesDavis in reply" of "JamesDavis in reply to stueysplace"). */
static int name_ends_lower(const char *s, size_t len)
{
	size_t b = len;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	return b > 0 && b < len && islower((unsigned char)s[b]);
}

/* Keeps the joining word after the doubled name s[0..half) of s[0..len)
 * as the page's, the first time one is found. */
static void page_joiner(struct page *P, const char *s, size_t half, size_t len)
{
	size_t at = half + (s[half] == ' ');
	at += tt_textline_link_ref(s + at, len - at) + half;
	at += at < len && s[at] == ' ';
	if (P->joiner_len || at >= len || len - at >= sizeof P->joiner)
		return;
	memcpy(P->joiner, s + at, len - at);
	P->joiner_len = len - at;
}

/* The name s[0..len) less the page's joining word at its end, run into it
 * where the joiner is no ASCII word ("史蒂文的家_藍天於") or after a space:
 * the headers' template, as on the doubled names. */
static size_t without_joiner(const struct page *P, const char *s, size_t len)
{
	size_t j = P->joiner_len;
	if (!j || len <= j + 1 || memcmp(s + len - j, P->joiner, j))
		return len;
	if (s[len - j - 1] == ' ')
		return len - j - 1;
	return (unsigned char)P->joiner[0] >= 0x80 ? len - j : len;
}

static const char *header_name(struct page *P, const char *s, size_t len)
{
	size_t full = len;
	size_t half = doubled_before_word(s, len);
	if (half) {
		page_joiner(P, s, half, len);
		return tt_thread_strdup(P->t, s, half);
	}
	full = len = without_joiner(P, s, len);
	/* the name written twice, an avatar's alt text then the name
	 * ("link78 link78 Le 12/02 à 11:30", lynx's "link78 [103]link78") */
	for (size_t h = 1; h * 2 < len; h++)
		if (s[h] == ' ') {
			size_t at = h + 1 + tt_textline_link_ref(s + h + 1, len - h - 1);
			if (len - at == h && !memcmp(s, s + at, h))
				return tt_thread_strdup(P->t, s, h);
		}
	for (int words = 0; words < 2 && isupper((unsigned char)s[0]); words++) {
		size_t b = len;
		while (b > 0 && s[b - 1] != ' ')
			b--;
		/* a word after a number is its unit ("Poster1 point": a score) */
		int lower = b > 1 && tt_textline_count_words(s, b) >= 2 && len - b <= 12 &&
		            !isdigit((unsigned char)s[b - 2]);
		for (size_t k = b; k < len && lower; k++)
			lower = islower((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80;
		if (!lower)
			break;
		len = b - 1; /* "schreef op", "wrote on": two short words at most */
	}
	len = name_ends_lower(s, len) ? full : len;
	size_t by = name_after_joiner(s, len, full);
	if (by) /* lynx's number of the name's link after "by" goes too */
		by += tt_textline_link_ref(s + by, full - by);
	if (by)
		return tt_thread_strdup(P->t, s + by, full - by);
	return tt_thread_strdup(P->t, s, tt_textline_without_alt(s, len));
}

/* The length of a post's number " #N" ending the name (name, nl), or 0:
 * the reply's number between its name and its date ("gazeldx #3 1 月前",
 * Homeland), no part of the name. */
static size_t post_number_after(const char *name, size_t nl)
{
	size_t d = 0;
	while (d < nl && isdigit((unsigned char)name[nl - 1 - d]))
		d++;
	return d && d <= 6 && nl > d + 2 && name[nl - d - 1] == '#' && name[nl - d - 2] == ' '
	           ? d + 2
	           : 0;
}

/* Whether s (len bytes) opens with a comment's number ("#6 ", perhaps
 * after a signed vote count: "-36 #6 ", JComments as w3m draws it, "-36
 * [72]#6 " as lynx does). */
static int opens_with_post_number(const char *s, size_t len)
{
	size_t k = (len && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
	size_t d = k;
	while (d < len && isdigit((unsigned char)s[d]))
		d++;
	if (d > k && d < len && s[d] == ' ')
		k = d + 1;
	else if (k)
		return 0;
	k += tt_textline_link_ref(s + k, len - k);
	size_t n = k + 1;
	while (n < len && isdigit((unsigned char)s[n]))
		n++;
	return k < len && s[k] == '#' && n > k + 1 && n < len && s[n] == ' ';
}

/* "-36 #6 Завуч школы! 26.11.2011 19:21": a name ending in "!" or "?" is
 * marked off as a name where the comment's number stands before it and
 * its date after it, as a verb after it marks one off ("Danke !!
 * sagt:"); elsewhere such a line is a sentence. The length of the name
 * (s, len: the line up to the date), its "!" kept, or 0. */
static size_t numbered_exclaimed_name(const char *s, size_t len, const char **name)
{
	if (len < 3 || (s[len - 1] != '!' && s[len - 1] != '?') || strchr("!?. ", s[len - 2]) ||
	    !opens_with_post_number(s, len))
		return 0;
	size_t nl = tt_textline_author_name(s, len - 1, name);
	return nl && *name + nl == s + len - 1 ? nl + 1 : 0;
}

/* The length of a comment's number "#N " opening s after a list's mark
 * ("• #11 Ann 06.01.12, 10:32", "* #10 [19]Ann ..."), or 0: the number
 * counts the comments, no part of the name after it. */
static size_t post_number_before_a(const char *s, size_t len)
{
	size_t m = tt_textline_list_mark(s, len), i = m + 1;
	if (len < m + 4 || s[m] != '#')
		return 0;
	while (i < len && i - m <= 7 && isdigit((unsigned char)s[i]))
		i++;
	return i > m + 1 && i < len && s[i] == ' ' ? i + 1 : 0;
}

/* A name of marks alone ("." of "#3 . 05.01.12, 12:00"), which reads as no
 * name by itself: between a comment's number and its date it is marked off
 * as one, as a verb marks off "Danke !!". Its length (at most five bytes,
 * no space, no letter or digit), or 0. */
static size_t marks_alone_name_a(const char *s, size_t len)
{
	if (!len || len > 5 || memchr(s, ' ', len) || tt_textline_has_letter(s, len) ||
	    tt_textline_has_digit(s, len) || s[0] == '[' || s[0] == '|')
		return 0;
	return len;
}

/* Whether s (len bytes) holds a clock ("7:17", "19:05"): a time of day
 * with no date beside it, which a page shows for today's comments. */
static int has_clock(const char *s, size_t len)
{
	for (size_t i = 1; i + 2 < len; i++)
		if (s[i] == ':' && isdigit((unsigned char)s[i - 1]) &&
		    isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]))
			return 1;
	return 0;
}

/* "gabriel sempéré Le 11 septembre 2018 à 12:57": a name of one to six
 * words, then a date (perhaps after a short word, in any language); the
 * shortest name with a date after it. A name run into a full date with no
 * space ("Sana6. Juni 2015 um 10:23", as Blogger prints it) counts too. */
/* The n bytes at s a clock alone ("11:25 PM", "23:04"), no date: no name
 * (a date before the header's date may be the page's, as Kinja doubles
 * it). */
static int clock_alone(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && k < 2 && isdigit((unsigned char)s[k]))
		k++;
	if (!k || k + 3 > n || s[k] != ':' || !isdigit((unsigned char)s[k + 1]) ||
	    !isdigit((unsigned char)s[k + 2]))
		return 0;
	k += 3;
	k += k < n && s[k] == ' ';
	if (k + 2 <= n && strchr("aApP", s[k]) && strchr("mM", s[k + 1]))
		k += 2;
	/* the mark before the date ("11:25 PM -") */
	while (k < n && (s[k] == ' ' || (ispunct((unsigned char)s[k]) && s[k] != '@')))
		k++;
	if (k + 3 <= n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80)
		k += 3; /* a dash, U+2010-U+2015 */
	return k == n;
}

/* "Rainer55518.10.19 19:13", "marco m.19.10.19 12:48": a name ending in a
 * digit or a dot run into a numeric date's day: at i two digits (a day of
 * one would split the name's own digits), then '.', '/' or '-' and a
 * digit, the word before i holding a letter (a name, not the date's own
 * digits). */
static int day_run_into_name_a(const char *s, size_t len, size_t i)
{
	if (!i || (!isdigit((unsigned char)s[i - 1]) && s[i - 1] != '.') || i + 3 >= len ||
	    !isdigit((unsigned char)s[i]) || !isdigit((unsigned char)s[i + 1]) ||
	    !strchr("./-", s[i + 2]) || !isdigit((unsigned char)s[i + 3]))
		return 0;
	size_t b = i;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	/* a letter, not a figure ("Edited at 2024-05-13": the year's "20" is
	 * no name) */
	for (; b < i; b++)
		if (isalpha((unsigned char)s[b]) || (unsigned char)s[b] >= 0xC3)
			return 1;
	return 0;
}

/* The length of lynx's link number at i of s (len bytes) where a digit
 * follows it, or 0: the number of a date's link run into the name before
 * it, the two set in elements of their own with nothing between. */
static size_t ref_run_in_c(const char *s, size_t len, size_t i)
{
	size_t ref = s[i] == '[' ? tt_textline_link_ref(s + i, len - i) : 0;
	return ref && i + ref < len && isdigit((unsigned char)s[i + ref]) ? ref : 0;
}

static size_t verb_before_comma(const struct page *P, const char *s, const char *name, size_t nl);

/* A name read before its date closing in a verb, a comma and a short label
 * word ("stephan zei, op 3 augustus, 2019", "damian disse, em ..."): the
 * name less the three, where the verb before the comma repeats so nearby
 * (verb_before_comma), else nl. */
static size_t verb_comma_label(const struct page *P, const char *s, const char *name, size_t nl)
{
	size_t b = nl;
	while (b > 0 && name[b - 1] != ' ')
		b--;
	if (b < 3 || nl - b > 4 || name[b - 2] != ',')
		return nl;
	for (size_t k = b; k < nl; k++)
		if (!islower((unsigned char)name[k]))
			return nl;
	size_t v = verb_before_comma(P, s, name, b - 2);
	return v < b - 2 ? v : nl;
}

/* A header's line naming its writer after a label, "Name", then the date
 * and perhaps the post's number ("… [ ]無念 Name としあき 10/02/27(土)08:26:00
 * No.13042346 del", Futaba's line: the subject, the label, the name): the
 * words before the label are no part of the name. */
static int labelled_name_date(struct page *P, const struct line *L, struct header *h)
{
	const char *lab = L->len > 12 ? memmem(L->s, L->len, "Name ", 5) : NULL;
	if (!lab || (lab > L->s && lab[-1] != ' '))
		return 0;
	const char *name = lab + 5, *e = L->s + L->len;
	name += tt_textline_link_ref(name,
	                             (size_t)(e - name)); /* (lynx's "[21]NAME", a link to mail) */
	size_t len = tt_textline_without_post_number(L->s, L->len);
	for (const char *sp = name; (sp = memchr(sp, ' ', (size_t)(e - sp))) != NULL; sp++) {
		const char *d = sp + 1;
		if (d >= L->s + len || tt_textline_count_words(name, (size_t)(sp - name)) > 3)
			return 0;
		if (header_date(P, d, len - (size_t)(d - L->s), &h->when) && h->when.iso[0]) {
			h->author = header_name(P, name, (size_t)(sp - name));
			P->label_named |= h->author != NULL;
			return h->author != NULL;
		}
	}
	return 0;
}

static int name_then_date(struct page *P, const struct line *L, struct header *h)
{
	/* a clock alone only with the day it was on ("7:17 AM Today"): a
	 * teaser's "wczoraj, o godz: 13:08" is no comment's */
	if (!tt_textline_has_digit(L->s, L->len) ||
	    tt_textline_ends_with_any(L->s, L->len, ".!?") ||
	    tt_textline_count_words(L->s, L->len) > 15)
		return 0;
	int plausible = tt_dates_plausible(L->s, L->len); /* the dearest test last */
	if (!plausible && !has_clock(L->s, L->len))
		return 0;
	size_t words = 0, num = post_number_before_a(L->s, L->len);
	for (size_t i = 1; i < L->len && words < 6; i++) {
		unsigned char prev = (unsigned char)L->s[i - 1];
		/* lynx's number of the date's link run into the name
		 * ("tom_tucker_news[54]15 Oct 18"): the name ends where it opens */
		size_t ref = prev != ' ' ? ref_run_in_c(L->s, L->len, i) : 0;
		int glued = ref || (isdigit((unsigned char)L->s[i]) &&
		                    (isalpha(prev) || prev >= 0x80 || day_run_into_name_a(L->s, L->len, i)));
		if (!glued && (L->s[i] != ' ' || prev == ' '))
			continue;
		words += !glued;
		const char *name;
		size_t nl = tt_textline_author_name(L->s, i, &name), at = i + !glued + ref;
		if (!nl && num && i > num) { /* "#11 Ann 06.01.12, 10:32" */
			nl = tt_textline_author_name(L->s + num, i - num, &name);
			if (!nl && (nl = marks_alone_name_a(L->s + num, i - num)))
				name = L->s + num;
		}
		nl = nl || glued ? nl : numbered_exclaimed_name(L->s, i, &name);
		/* "11:25 PM - 10 Jul 2020": a clock before its day is the date's
		 * own, no name */
		if (nl && clock_alone(name, nl))
			continue;
		if (nl && header_date(P, L->s + at, L->len - at, &h->when) &&
		    (!glued || h->when.iso[0]) &&
		    (plausible || (h->when.posted && tt_dates_clock_and_day(h->when.posted)))) {
			nl = verb_comma_label(P, L->s, name, nl);
			h->author = header_name(P, name, nl - post_number_after(name, nl));
			return 1;
		}
	}
	return 0;
}

/* A bare count of at most four digits, no year ("0", "12", "-3"): a
 * rating the page sets after a comment's time. */
static int rating_word_a(const char *s, size_t len)
{
	size_t sign = len > 1 && (s[0] == '-' || s[0] == '+');
	if (len - sign > 4)
		return 0;
	for (size_t i = sign; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return !(len == 4 && (!strncmp(s, "19", 2) || !strncmp(s, "20", 2)));
}

/* "小咸鱼 2024-04-07 02:34:58 江苏": a name, then its date with the clock,
 * then one short word of letters the headers differ in (where the writer
 * was, as Chinese sites show it; a device), or a rating after the clock
 * ("Piter 6 Января 2012 14:05:28   0", w3m keeping the cells' gap): the
 * name and the date of a header, the word after them no part of either. */
static int name_date_place(struct page *P, const struct line *L, struct header *h)
{
	const char *sp = L->len < 140 ? memrchr(L->s, ' ', L->len) : NULL;
	size_t wl = sp ? L->len - (size_t)(sp + 1 - L->s) : 0;
	while (sp && sp > L->s && sp[-1] == ' ')
		sp--;
	if (!wl || wl > 12 || sp == L->s || memchr(sp + 1, '[', L->len - (size_t)(sp + 1 - L->s)) ||
	    !isdigit((unsigned char)sp[-1]))
		return 0;
	const char *word = L->s + L->len - wl;
	if (!rating_word_a(word, wl) &&
	    (tt_textline_has_digit(word, wl) || !tt_textline_has_letter(word, wl)))
		return 0;
	struct line head = *L;
	head.len = (size_t)(sp - L->s);
	if (!name_then_date(P, &head, h))
		return 0;
	if (strchr(h->when.iso, 'T'))
		return 1;
	memset(&h->when, 0, sizeof h->when);
	h->author = NULL;
	return 0;
}

/* A tilde run into one word of letters, perhaps with dots, digits, '_'
 * or '-' ("~s", "~D.M."): the guest's mark says the word is a name, though
 * it is one letter or closes in a dot, which tt_textline_author_name
 * reads as no name alone. Its length, the tilde's included, or 0. */
static size_t tilde_word(const char *s, size_t len, const char **name)
{
	if (len < 2 || len > 25 || s[0] != '~' || !tt_textline_has_letter(s + 1, len - 1))
		return 0;
	for (size_t k = 1; k < len; k++)
		if (!isalnum((unsigned char)s[k]) && (unsigned char)s[k] < 0x80 && !strchr("._-", s[k]))
			return 0;
	*name = s;
	return len;
}

/* A date, then two words at most after it, the first in lower case
 * ("14d ago via Android", lynx's "14d ago via [18]Android"): the client
 * the comment was posted from, no part of the date. Read only where a
 * mark run into the name sets the date off (glued_mark_date). */
static int date_then_client_a(struct page *P, const char *s, size_t len, struct when *w)
{
	if (itx_date_text(P, s, len, w))
		return 1;
	size_t end = len;
	for (int words = 1; words <= 2; words++) {
		const char *sp = memrchr(s, ' ', end); /* the space before the tail's first word */
		if (!sp || sp == s)
			return 0;
		end = (size_t)(sp - s);
		if (islower((unsigned char)sp[1]) && itx_date_text(P, s, end, w))
			return 1;
	}
	return 0;
}

/* "ZK383•14d ago", "ahorseelbowdeepinme•14d ago via Android": the name
 * and the date run into a bullet or a middle dot with no space either
 * side, as a browser draws a mark its page spaces by style alone (Imgur;
 * "Anna·vor 2 Tagen"). The name is the line's start, one word to four. */
static int glued_mark_date(struct page *P, const struct line *L, struct header *h)
{
	static const char *const marks[] = {"\xE2\x80\xA2", "\xC2\xB7"};
	for (size_t k = 0; k < 2; k++) {
		size_t ml = strlen(marks[k]);
		const char *m = tt_textline_find(L->s, L->len, marks[k], ml);
		if (!m || m == L->s || m[-1] == ' ' || m + ml >= L->s + L->len || m[ml] == ' ')
			continue;
		const char *name, *d = m + ml;
		size_t nl = tt_textline_author_name(L->s, (size_t)(m - L->s), &name);
		if (!nl || name + nl != m || tt_textline_count_words(name, nl) > 4 ||
		    !date_then_client_a(P, d, (size_t)(L->s + L->len - d), &h->when))
			continue;
		h->author = tt_thread_strdup(P->t, name, nl);
		return 1;
	}
	return 0;
}

/* "~olek [2012-01-01 01:08]": a name, then its date with the clock in
 * square brackets closing the line (Wirtualna Polska's opinions; a
 * guestbook's "NAME [DATE]"). The brackets mark the date off as a field
 * of its own, as a separator would; a tilde before the name is the
 * guest's mark set before that field, no letter of it (the markup keeps it
 * outside the name where the date is so bracketed; where a dash parts name
 * and date, "~Stanisława - DATE", the tilde stays the name's, see
 * tilde_name in textline.c: the dump alone cannot tell the two apart). */
static int name_bracketed_date(struct page *P, const struct line *L, struct header *h)
{
	if (L->len < 12 || L->len > 120 || L->s[L->len - 1] != ']')
		return 0;
	const char *open = memrchr(L->s, '[', L->len);
	if (!open || open < L->s + 2 || open[-1] != ' ')
		return 0;
	size_t dl = (size_t)(L->s + L->len - 1 - (open + 1));
	const char *name;
	size_t nl = tt_textline_author_name(L->s, (size_t)(open - 1 - L->s), &name);
	if (!nl)
		nl = tilde_word(L->s, (size_t)(open - 1 - L->s), &name);
	if (!nl || name + nl != open - 1 || !tt_textline_has_digit(open + 1, dl) ||
	    !header_date(P, open + 1, dl, &h->when))
		return 0;
	if (!strchr(h->when.iso, 'T')) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	if (nl > 1 && name[0] == '~' && (unsigned char)name[1] > ' ')
		name++, nl--;
	h->author = tt_thread_strdup(P->t, name, nl);
	return 1;
}

/* "12:31 pm, 12-Jan-2012Harry Paterson": the date alone before k, the
 * name run into its last digit (a theme that sets the name's box right
 * after the time's with no space between): a header, the tail the name.
 * Only a date with its day (ISO's) and its clock is so read. */
static int date_run_into_name(struct page *P, const struct line *L, size_t k, struct header *h)
{
	const char *name;
	size_t tl = L->len - k;
	/* (a clock in the date, no digit in the name: "July 26, 2018May 11,
	 * 2020" is two dates, "15.01.2012Doggie2344" a feed's line) */
	if (tt_textline_has_digit(L->s + k, tl) || !has_clock(L->s, k) ||
	    tt_textline_author_name(L->s + k, tl, &name) != tl || name != L->s + k ||
	    !header_date(P, L->s, k, &h->when) || !h->when.iso[0]) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	h->author = tt_thread_strdup(P->t, name, tl);
	return 1;
}

/* "林小舟2024-03-03Chrome 122": a name, its date, then a short tail of
 * one to three words run into the date's last digit (the writer's browser
 * or device, which the page sets right after the time with no space
 * between, Artalk): the name and the date of a header, the tail no part of
 * either. Only a date with its day (ISO's) is so read. */
static int date_run_into_tail(struct page *P, const struct line *L, struct header *h)
{
	if (L->len > 120)
		return 0;
	for (size_t k = 1; k + 1 < L->len; k++) {
		if (!isdigit((unsigned char)L->s[k - 1]) || !isupper((unsigned char)L->s[k]) ||
		    !islower((unsigned char)L->s[k + 1]))
			continue;
		size_t tl = L->len - k;
		if (tl > 40 || tt_textline_count_words(L->s + k, tl) > 3 ||
		    tt_textline_ends_sentence(L->s + k, tl))
			return 0;
		struct line head = *L;
		head.len = k;
		if (!name_then_date(P, &head, h))
			return date_run_into_name(P, L, k, h);
		if (h->when.iso[0])
			return 1;
		memset(&h->when, 0, sizeof h->when);
		h->author = NULL;
		return 0;
	}
	return 0;
}

/* "2 weeks 6 days ago #2 by xillibit" (Kunena): the date, the post's
 * number "#N", one short lowercase word, then the name. */
static int date_number_name(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s, *end = L->s + L->len;
	/* the cheap test first: a '#' after a space */
	const char *hash = L->len < 100 ? memchr(s, '#', L->len) : NULL;
	if (!hash || hash - s < 2 || *--hash != ' ')
		return 0;
	const char *n = hash + 2, *ne = n;
	while (ne < end && isdigit((unsigned char)*ne))
		ne++;
	if (ne == n || ne - n > 6 || ne >= end || *ne != ' ')
		return 0;
	const char *w = ne + 1, *we = w;
	while (we < end && islower((unsigned char)*we))
		we++;
	if (we == w || we - w > 5 || we >= end || *we != ' ')
		return 0;
	const char *name;
	size_t nl = tt_textline_author_name(we + 1, (size_t)(end - we - 1), &name);
	if (!nl || !itx_date_text(P, s, (size_t)(hash - s), &h->when))
		return 0;
	h->author = tt_thread_strdup(P->t, name, nl);
	return 1;
}

/* "# Le 3 juillet à 16:55, par voltaire En réponse à : TITLE": the date
 * first, after a permalink's mark or two ("#", "^", lynx's link numbers),
 * then a comma, one short lowercase word and the name, which ends where a
 * colon set off by a space begins the item it answers. The words between
 * name and colon, which every header shares, go in itx_strip_template. */
static int date_comma_name(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s, *end = L->s + L->len;
	size_t mark = tt_textline_list_mark(s, L->len);
	s += mark;
	for (int k = 0; k < 4 && s < end; k++) {
		size_t ref = tt_textline_link_ref(s, (size_t)(end - s));
		if (ref)
			s += ref;
		else if (end - s > 2 && (*s == '#' || *s == '^') && s[1] == ' ')
			s += 2;
		else
			break;
	}
	if (s == L->s + mark)
		return 0; /* no permalink mark: a sentence may start with a date */
	const char *comma = memmem(s, (size_t)(end - s), ", ", 2);
	if (!comma || comma - s > 64)
		return 0;
	const char *w = comma + 2, *we = w;
	while (we < end && islower((unsigned char)*we))
		we++;
	if (we == w || we - w > 5 || we >= end || *we != ' ')
		return 0;
	const char *name = we + 1, *ne = end;
	for (const char *c = name; c + 1 < end; c++)
		if (c[1] == ':' && (c[0] == ' ' || (c > name && !memcmp(c - 1, "\xC2\xA0", 2)))) {
			ne = c[0] == ' ' ? c : c - 1;
			break;
		}
	while (ne > name && ne[-1] == ' ')
		ne--;
	if (ne == name || !header_date(P, s, (size_t)(comma - s), &h->when))
		return 0;
	h->author = tt_thread_strdup(P->t, name, (size_t)(ne - name));
	h->wraps = ne != end;
	return 1;
}

/* "on " before the date as read, lynx's link numbers gone ("Milan on
 * [69]September 12, 2018 at 4:47 pm said:" reads "on September 12, 2018 at
 * 4:47 pm", as the page shows it); copying the line's own bytes cut the
 * time short by the link number's length. */
static const char *posted_with_on(struct page *P, const char *posted)
{
	char buf[80];
	int n = snprintf(buf, sizeof buf, "on %s", posted);
	return tt_thread_strdup(P->t, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* "Damon Hart-Davis Saturday, November 24, 2012": the name's last word
 * before the comma is the date's when the date still reads with it (a
 * weekday, in any language the date reader knows) and a name is left:
 * the name's new length, the date read again into w; else nl. */
static size_t day_before_comma(struct page *P, const struct line *L, const char *name, size_t nl,
                               struct when *w)
{
	size_t b = nl;
	while (b > 0 && name[b - 1] != ' ')
		b--;
	struct when day = {0};
	if (b < 2 || !tt_textline_has_letter(name, b - 1) ||
	    !itx_date_text(P, name + b, L->len - (size_t)(name + b - L->s), &day) || !day.iso[0] ||
	    strcmp(day.iso, w->iso) != 0)
		return nl;
	*w = day;
	return b - 1;
}

/* "Report this Comment On December 23, 2014, at 10:07 PM, argusdc wrote:"
 * (The Motley Fool): a date, a comma, then the name and one word and a
 * colon closing the line; the words before the date are the template's
 * (the longest run of words before the comma that reads as a full date is
 * the date, its half of the day kept). */
static int date_then_name_verb(struct page *P, const struct line *L, struct header *h)
{
	if (L->len < 16 || L->len > 160 || L->s[L->len - 1] != ':')
		return 0;
	size_t nv = tt_textline_without_verb(L->s, L->len);
	const char *c = NULL, *name;
	for (const char *p = L->s; nv < L->len && (p = memmem(p, nv - (size_t)(p - L->s), ", ", 2));
	     p += 2)
		c = p;
	size_t nl = c ? tt_textline_author_name(c + 2, nv - (size_t)(c + 2 - L->s), &name) : 0;
	/* the name whole from comma to verb, lynx's link number before it */
	if (!nl || name != c + 2 + tt_textline_link_ref(c + 2, nv - (size_t)(c + 2 - L->s)) ||
	    name + nl != L->s + nv || !tt_textline_has_digit(L->s, (size_t)(c - L->s)))
		return 0;
	for (const char *w = L->s; w && w < c; w = memchr(w, ' ', (size_t)(c - w)), w = w ? w + 1 : NULL)
		if (tt_textline_has_digit(w, (size_t)(c - w)) && itx_date_text(P, w, (size_t)(c - w), &h->when) &&
		    strlen(h->when.iso) >= 10) {
			h->author = tt_thread_strdup(P->t, name, nl);
			return 1;
		}
	return 0;
}

/* Whether line L opens a list's item, where a sentence does not open:
 * lynx's "* January 16, 2012 - 8:06am Joe Gomer" (*mark set to the
 * bullet's length), or the line right under a bullet and an image alone at
 * the item's text column (w3m's "• [safe_image]" over it, *mark 0). */
static int item_opening_a(const struct page *P, const struct line *L, size_t *mark)
{
	*mark = tt_textline_list_mark(L->s, L->len);
	if (*mark)
		return 1;
	if (L <= P->l || L >= P->l + P->n)
		return 0;
	const struct line *U = L - 1;
	size_t m = U->blank ? 0 : tt_textline_list_mark(U->s, U->len);
	const char *img = U->s + m;
	size_t il = U->len - m;
	/* the bullet's columns, not its bytes, set the text's column */
	return m && L->indent > U->indent && L->indent <= U->indent + m && il >= 3 &&
	       img[0] == '[' && img[il - 1] == ']' && !memchr(img, ' ', il) &&
	       !memchr(img + 1, '[', il - 1);
}

/* "1. [092522e] June 21, 2018 at 7:52 pm Timothy Sykes" (a WordPress
 * theme): perhaps a list's number and an avatar's alt text, then a date
 * read whole, then a name of
 * one to six words closing the line: the fewest words that leave a date
 * read to its end before them. */
static int date_then_name(struct page *P, const struct line *L, struct header *h)
{
	size_t at = 0;
	while (at < L->len && isdigit((unsigned char)L->s[at]))
		at++;
	at = itx_numbered(L) ? at + 2 : 0; /* the list's number */
	size_t img = tt_textline_image_ref(L->s + at, L->len - at);
	if (!img && L->len > at + 3 && !memcmp(L->s + at, "[] ", 3))
		img = 3; /* an avatar with no alt text */
	int item = !at && !img && item_opening_a(P, L, &at);
	const char *s = L->s + at + img, *name;
	size_t len = L->len - at - img;
	if (!at && !img && !item) /* a sentence may open with a date */
		return 0;
	if (len < 10 || len > 120 || !tt_textline_has_digit(s, len < 12 ? len : 12) ||
	    !tt_dates_plausible(s, len))
		return 0;
	size_t e = len;
	for (int words = 0; words < 6; words++) {
		while (e > 0 && s[e - 1] != ' ')
			e--;
		if (e < 8)
			return 0;
		e--; /* the space before the name */
		size_t nl = tt_textline_author_name(s + e + 1, len - e - 1, &name);
		/* a list's item with a clock: a teaser list's "• 2021-05-03 TITLE" holds a day alone */
		if (nl == len - e - 1 && name == s + e + 1 && itx_date_text(P, s, e, &h->when) &&
		    h->when.iso[0] && strlen(h->when.posted) == e &&
		    (!item || strlen(h->when.iso) > 10)) {
			h->author = tt_thread_strdup(P->t, name, nl);
			return 1;
		}
	}
	return 0;
}

/* The length of a short word (three letters at most, capitalised) opening
 * s before a date ("Le", "Am", "El"): a preposition the date reader need
 * not know, as dotclear's "Le dimanche 3 mars 2024, 10:15" opens; or 0. */
static size_t word_before_date(const char *s, size_t len)
{
	size_t w = 0;
	while (w < len && w < 4 && isalpha((unsigned char)s[w]))
		w++;
	return w >= 2 && w <= 3 && w + 1 < len && s[w] == ' ' && isupper((unsigned char)s[0]) &&
	               isdigit((unsigned char)s[w + 1]) == 0
	           ? w + 1
	           : 0;
}

/* "1. Le dimanche 3 mars 2024, 10:15 par Marguerite Hollande" (Dotclear),
 * "3 March 2024 at 10:15 by Ann Lee": a list's number, a date read whole
 * (perhaps after a short word), one short lowercase joining word in any
 * language, then a name of one to four words, capitalised, closing the
 * line. Only in a numbered list's item, where a sentence does not open. */
static int date_joiner_name(struct page *P, const struct line *L, struct header *h)
{
	/* lynx numbers the item's link before its number ("[8]1. Le …") */
	struct line item = *L;
	size_t at = tt_textline_link_ref(L->s, L->len);
	item.s += at;
	item.len -= at;
	if (!itx_numbered(&item) || L->len > 140)
		return 0;
	while (at < L->len && isdigit((unsigned char)L->s[at]))
		at++;
	at += 2;
	if (at >= L->len)
		return 0;
	at += word_before_date(L->s + at, L->len - at);
	const char *s = L->s + at, *name;
	size_t len = L->len - at, e = len;
	for (int words = 0; words < 4; words++) {
		while (e > 0 && s[e - 1] != ' ')
			e--;
		if (e < 10)
			return 0;
		size_t j = --e; /* the space before the name; the joiner before it */
		while (j > 0 && s[j - 1] != ' ')
			j--;
		size_t jl = e - j, ref = tt_textline_link_ref(s + e + 1, len - e - 1); /* "[9]NAME" */
		int joiner = j > 8 && jl >= 2 && jl <= 4 && isupper((unsigned char)s[e + 1 + ref]);
		for (size_t k = j; k < e && joiner; k++)
			joiner = islower((unsigned char)s[k]) != 0;
		struct when whole = {0}; /* "7:52 pm": the date's own word, no joiner */
		if (!joiner || (itx_date_text(P, s, e, &whole) && whole.iso[0] &&
		                strlen(whole.posted) == e))
			continue;
		size_t nl = tt_textline_author_name(s + e + 1 + ref, len - e - 1 - ref, &name);
		if (nl == len - e - 1 - ref && name == s + e + 1 + ref &&
		    itx_date_text(P, s, j - 1, &h->when) &&
		    h->when.iso[0] && strlen(h->when.posted) == j - 1) {
			h->author = tt_thread_strdup(P->t, name, nl);
			return 1;
		}
		memset(&h->when, 0, sizeof h->when);
	}
	return 0;
}

/* "Nothing new ! | January 16, 2012": a name ending in an exclamation or
 * a question (a nickname) before a bar, a dot or a dash, which marks it
 * off as a verb does (tt_textline_author_name keeps such a name only
 * before "WORD:"): its length as the page writes it, or 0. */
static size_t exclaimed_before_mark(const char *s, size_t len, const char *sep, const char **name)
{
	size_t e = len;
	while (e > 0 && (s[e - 1] == '!' || s[e - 1] == '?'))
		e--;
	if (e == len || e == 0 || !strcmp(sep, " - ") || !strcmp(sep, " says: ") ||
	    !strcmp(sep, " on ") || !strcmp(sep, ", "))
		return 0;
	size_t core = e - (s[e - 1] == ' ');
	size_t nl = tt_textline_author_name(s, core, name);
	return nl && *name + nl == s + core ? (size_t)(s + len - *name) : 0;
}

/* "Cal | Member 2 | 05.01.2012 12:51", "Marie • 12 messages • le 5 janvier
 * 2012": a badge holding a number (a rank, a post count) between the name
 * and the date, each apart by the same mark: no part of the date nor of the
 * name. */
static int mark_badge_date(struct page *P, const struct line *L, struct header *h)
{
	static const char *const marks[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "};
	for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
		size_t ml = strlen(marks[k]);
		const char *a = tt_textline_find(L->s, L->len, marks[k], ml);
		const char *b = a ? tt_textline_find(a + ml, L->len - (size_t)(a + ml - L->s), marks[k], ml)
		                  : NULL;
		if (!b)
			continue;
		const char *badge = a + ml, *d = b + ml, *name;
		size_t bl = (size_t)(b - badge);
		struct when w;
		if (bl > 30 || !tt_textline_has_digit(badge, bl) ||
		    tt_textline_count_words(badge, bl) > 3 || header_date(P, badge, bl, &w))
			continue;
		size_t nl = tt_textline_author_name(L->s, (size_t)(a - L->s), &name);
		if (!nl || name + nl != a || !header_date(P, d, L->len - (size_t)(d - L->s), &h->when))
			continue;
		h->author = header_name(P, name, nl);
		return 1;
	}
	return 0;
}

/* "Name · date", "Name | date", "Name on date", "Name says: date" on one line. */
/* A header closed by a colon as a verb's header is ("NAME am DATE:",
 * Serendipity's; "NAME, DATE:"): the line read again without it, once,
 * where the colon follows a digit (the date's year or minutes: a line
 * opening a quotation or a list, "NAME wrote:", "Pages:", is none). */
/* "Re: SUBJECT by NAME: DATE" (Nairaland's heading over each post, the
 * thread's subject, the writer, the time): the name between the last " by "
 * and the colon, the date after it. */
static int subject_by_name(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s, *by = NULL;
	for (const char *p = s; (p = tt_textline_find(p, L->len - (size_t)(p - s), " by ", 4)); p += 4)
		by = p;
	if (!by || by == s)
		return 0;
	const char *n = by + 4, *e = s + L->len;
	n += tt_textline_link_ref(n, (size_t)(e - n));
	const char *colon = tt_textline_find(n, (size_t)(e - n), ": ", 2);
	const char *name, *star = colon ? memchr(colon, '*', (size_t)(e - colon)) : NULL;
	size_t nl = colon ? tt_textline_author_name(n, (size_t)(colon - n), &name) : 0;
	/* (a star after the time marks the post edited: "2023*. Modified:") */
	if (star)
		e = star;
	if (!nl || nl != (size_t)(colon - n) || !header_date(P, colon + 2, (size_t)(e - colon - 2), &h->when))
		return 0;
	h->author = tt_thread_strdup(P->t, name, nl);
	return 1;
}

/* The line right under one-line header i saying when the post was
 * edited: "Modified: 10:31am On Dec 11, 2023" (". Modified: ..." where the
 * edit's star ends the header), or the date alone where the header's line
 * ends with that label, the browser having wrapped it ("...2023*.
 * Modified:" over "10:31am On Dec 11, 2023", Nairaland). */
static int edit_stamp_under(struct page *P, size_t i)
{
	if (i + 1 >= P->n || P->l[i + 1].blank)
		return 0;
	const struct line *L = &P->l[i], *N = &P->l[i + 1];
	const char *s = N->s;
	size_t n = N->len, k = span_n(s, n, ".* ");
	s += k, n -= k;
	size_t w = 0;
	while (w < n && w < 20 && isalpha((unsigned char)s[w]))
		w++;
	struct when when = {0};
	if (w >= 4 && w + 2 < n && s[w] == ':' && s[w + 1] == ' ')
		return itx_date_text(P, s + w + 2, n - w - 2, &when);
	size_t e = L->len;
	while (e && L->s[e - 1] == ' ')
		e--;
	size_t b = e && L->s[e - 1] == ':' ? e - 1 : e;
	while (b && isalpha((unsigned char)L->s[b - 1]))
		b--;
	return e && L->s[e - 1] == ':' && e - 1 - b >= 4 && b && L->s[b - 1] == ' ' &&
	       itx_date_text(P, N->s, N->len, &when);
}

/* Where the comments start on a page of "SUBJECT by NAME: DATE" headings
 * from line from on: past the topic's own post, the first heading, when
 * the next answers it ("Re: SUBJECT by ..."): that post is the thread's
 * article, as the HTML importer reads Nairaland's first post. Else from. */
size_t itx_topic_subject_from(struct page *P, size_t from)
{
	size_t first = P->n, sl = 0;
	for (size_t i = from; i < P->n && i < from + 400; i++) {
		struct header h;
		memset(&h, 0, sizeof h);
		const struct line *L = &P->l[i];
		if (L->blank || !subject_by_name(P, L, &h))
			continue;
		if (first == P->n) {
			const char *by = NULL;
			for (const char *p = L->s; (p = tt_textline_find(p, L->len - (size_t)(p - L->s),
			                                                  " by ", 4));
			     p += 4)
				by = p;
			first = i, sl = (size_t)(by - L->s);
			continue;
		}
		const char *t = L->s + tt_textline_link_ref(L->s, L->len);
		const char *f = P->l[first].s + tt_textline_link_ref(P->l[first].s, sl);
		size_t fl = sl - (size_t)(f - P->l[first].s);
		return tt_textline_starts_with_ci(t, L->len - (size_t)(t - L->s), "re: ") &&
		               (size_t)(L->s + L->len - t) > 4 + fl && !memcmp(t + 4, f, fl)
		           ? i
		           : from;
	}
	return from;
}

static int colon_closed_d(struct page *P, const struct line *L, struct header *h)
{
	if (L->len < 8 || L->s[L->len - 1] != ':' || !isdigit((unsigned char)L->s[L->len - 2]))
		return 0;
	/* text right under it (no blank line) is what it opens, a line of a
	 * comment's text ("News vom 31.10.2018:" over the news it quotes); so
	 * is it under a date (the header's over it, within two blank lines):
	 * the comment's first line */
	if (L >= P->l && L < P->l + P->n && L + 1 < P->l + P->n && !L[1].blank)
		return 0;
	if (L > P->l && L < P->l + P->n) {
		const struct line *U = L - 1;
		for (int blanks = 0; U > P->l && U->blank && blanks < 2; blanks++)
			U--;
		struct when w = {0};
		if (!U->blank && itx_date_line(P, U, &w))
			return 0;
	}
	struct line C = *L;
	C.len--;
	return itx_one_line_header(P, &C, h);
}

/* The name before ", DATE" less a lowercase word closing it that closes
 * another line's name before ", " nearby ("stephangoeldi said, on August
 * 3, 2019", then "damianduchamps said, on ..."): the template's verb,
 * written before the comma, in whatever language. s is the line's text. */
static size_t verb_before_comma(const struct page *P, const char *s, const char *name, size_t nl)
{
	size_t b = nl;
	while (b > 0 && name[b - 1] != ' ')
		b--;
	if (b < 2 || nl - b < 2 || nl - b > 12)
		return nl;
	for (size_t k = b; k < nl; k++)
		if (!islower((unsigned char)name[k]) && (unsigned char)name[k] < 0x80)
			return nl;
	char pat[20];
	int pl = snprintf(pat, sizeof pat, " %.*s, ", (int)(nl - b), name + b);
	size_t lo = 0, hi = P->n;
	while (lo < hi) { /* the line's index: lines are in the page's order */
		size_t mid = lo + (hi - lo) / 2;
		if (P->l[mid].s < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo > 60 ? lo - 60 : 0; k < P->n && k < lo + 60; k++)
		if (k != lo && P->l[k].s != s &&
		    tt_textline_find(P->l[k].s, P->l[k].len, pat, (size_t)pl))
			return b - 1;
	return nl;
}

/* Whether one of the first two words of s (len bytes) is an edit's
 * ("Message édité le DATE", forum.hardware.fr's note under a post;
 * "Edited by", "Modifié par", "Bearbeitet"): the post's edit note, no
 * header's name and date. */
static int edit_note(const char *s, size_t len)
{
	static const char *const words[] = {"edited ", "\xC3\xA9" "dit\xC3\xA9 ",
	                                    "modifi\xC3\xA9 ", "bearbeitet ", "editado ",
	                                    "modificato "};
	for (size_t w = 0, at = 0; w < 2 && at < len; w++) {
		for (size_t k = 0; k < sizeof words / sizeof *words; k++)
			if (tt_textline_starts_with_ci(s + at, len - at, words[k]))
				return 1;
		at += cspan_n(s + at, len - at, " ") + 1;
	}
	return 0;
}

int itx_one_line_header(struct page *P, const struct line *L, struct header *h)
{
	static const struct itx_affix seps[] = {
	    ITX_AFFIX(" \xC2\xB7 "),     ITX_AFFIX(" \xE2\x80\xA2 "), ITX_AFFIX(" | "),
	    ITX_AFFIX(" \xE2\x80\x94 "), ITX_AFFIX(" \xE2\x80\x93 "), ITX_AFFIX(" - "),
	    ITX_AFFIX(" says: "),        ITX_AFFIX(" on "),           ITX_AFFIX(", ")};
	/* A name of 60 characters and a date of 64 at most, and a separator. */
	if (L->len > 140 || edit_note(L->s, L->len))
		return 0;
	if (date_joiner_name(P, L, h) || date_then_name_verb(P, L, h) || date_then_name(P, L, h))
		return 1;
	/* every separator holds a space: a line of none (a CJK sentence) is
	 * searched for none of them */
	size_t nseps = memchr(L->s, ' ', L->len) ? sizeof seps / sizeof *seps : 0;
	for (size_t k = 0; k < nseps; k++) {
		size_t sl = seps[k].n;
		const char *sep = tt_textline_find(L->s, L->len, seps[k].s, sl);
		if (!sep)
			continue;
		const char *name;
		size_t nl = tt_textline_author_name(L->s, (size_t)(sep - L->s), &name);
		if (!nl)
			nl = exclaimed_before_mark(L->s, (size_t)(sep - L->s), seps[k].s, &name);
		const char *d = sep + sl;
		/* "11:25 PM - 10 Jul 2020": a clock before its day is the date's
		 * own, no name */
		if (nl && clock_alone(name, nl))
			continue;
		if (nl && header_date(P, d, L->len - (size_t)(d - L->s), &h->when)) {
			if (!strcmp(seps[k].s, ", "))
				nl = day_before_comma(P, L, name, nl, &h->when);
			/* a comma ends the name where it stands: no verb before it
			 * ("Soumis par monslateamoi, le lundi ...": the words before
			 * the name are the template's, itx_strip_template's to take) */
			h->author =
			    !strcmp(seps[k].s, ", ")
			        ? tt_thread_strdup(
			              P->t, name,
			              tt_textline_without_alt(name, verb_before_comma(P, L->s, name, nl)))
			        : header_name(P, name, nl);
			/* "Julia on 11/08/2020 at 9:52": the page's time reads "on
			 * 11/08/2020 at 9:52", as lynx's dump keeps it ("Julia
			 * [34]on 11/08/2020"); so does the posted text. */
			if (!strcmp(seps[k].s, " on ") && h->when.posted)
				h->when.posted = posted_with_on(P, h->when.posted);
			return 1;
		}
	}
	if (labelled_name_date(P, L, h))
		return 1;
	if (mark_badge_date(P, L, h) || name_then_date(P, L, h) || date_comma_name(P, L, h) ||
	    date_number_name(P, L, h) ||
	    name_date_place(P, L, h) || date_run_into_tail(P, L, h) ||
	    name_bracketed_date(P, L, h) || glued_mark_date(P, L, h))
		return 1;
	/* "@handle 2 years ago", "pg 14 years ago | parent": a one-word name;
	 * a list's item so ("• Yılmaz 3 gün önce", "• Anna vor 3 Tagen"). */
	size_t mark = tt_textline_list_mark(L->s, L->len);
	const char *s = L->s + mark, *e = L->s + L->len;
	const char *sp = s < e ? memchr(s, ' ', (size_t)(e - s)) : NULL;
	const char *name;
	size_t nl = sp ? tt_textline_author_name(s, (size_t)(sp - s), &name) : 0;
	if (nl && !clock_alone(name, nl) && itx_date_text(P, sp + 1, (size_t)(e - sp - 1), &h->when)) {
		h->author = tt_thread_strdup(P->t, name, nl);
		return 1;
	}
	return colon_closed_d(P, L, h) || subject_by_name(P, L, h);
}

/* L is the item after U in the same list ("1. Pingback: TITLE | SITE"
 * over "2. [4bde] Michael Blahm sagt:"): a browser wraps an item's line
 * past its number, never onto a number of its own. */
static int next_item(const struct line *U, const struct line *L)
{
	return U->indent == L->indent && itx_numbered(U) && itx_numbered(L);
}

/* Line i goes on the line above it, at the same indentation, whose four
 * words or more end no sentence: the last words of a wrapped title (a
 * teaser's "... del país" over its date), not a name of its own. */
/* A line of a form: a field w3m draws, or one lynx draws after its label
 * ("Screen Name ____________"; its field alone at the line's start may be
 * a search box standing where a post's author would). */
static int form_row(const struct line *L)
{
	return itx_drawn_field(L, 0) || (L->s[0] != '_' && itx_drawn_field(L, 1));
}

static int wrapped_tail(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL;
	/* a form's line (its field drawn, "Characters Used 0[0  ]Post Comment")
	 * is a row of controls, no sentence the browser could wrap */
	if (!U || U->blank || next_item(U, &P->l[i]) || form_row(U))
		return 0;
	/* under a list item, a wrapped line hangs past the item's bullet */
	int hangs = U->indent == P->l[i].indent ||
	            (U->indent < P->l[i].indent &&
	             (tt_textline_list_mark(U->s, U->len) || itx_numbered(U)));
	/* nor a date ("50 Minuten 46 Sekunden her" over the next name):
	 * itx_date_line only fills the page's cache of readings */
	struct when w = {0};
	/* where the browser wrapped the page, only a break it made can be
	 * one ("Sortiert nach: neuste | älteste" over a name is no title) */
	if (P->wrap && !itx_soft_break(P, U, &P->l[i]))
		return 0;
	/* nor a link alone ("[59]pendergast", lynx's numbered name) right
	 * over a date line alone: a header's two lines, under the last line
	 * of the text before (lynx sets no blank line between) */
	const struct line *L = &P->l[i];
	size_t ref = tt_textline_link_ref(L->s, L->len);
	if (ref && ref < L->len && i + 1 < P->n && tt_textline_count_words(L->s, L->len) <= 3 &&
	    itx_date_line((struct page *)P, &P->l[i + 1], &w))
		return 0;
	return hangs && tt_textline_count_words(U->s, U->len) >= 4 &&
	       !tt_textline_ends_sentence(U->s, U->len) &&
	       !tt_textline_ends_with_any(U->s, U->len, ":") &&
	       !itx_date_line((struct page *)P, U, &w);
}

/* A name line right over a line every comment repeats (wpDiscuz's share
 * button under the name), itself no such line: the same mark of a header
 * as a closing "WORD:". */
static int name_over_repeat(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	const char *name;
	if (!P->repeated)
		itx_mark_repeats(P);
	return i + 1 < P->n && P->repeated[i + 1] && !P->repeated[i] && !L->blank &&
	       tt_textline_count_words(L->s, L->len) <= 4 &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?:;,") &&
	       tt_textline_author_name(L->s, L->len, &name) == L->len;
}

static int tail_line(struct page *P, size_t i);
static int name_over_signed_date(struct page *P, size_t i, struct header *h);
static int dotted_name_header(struct page *P, size_t i, struct header *h);
static size_t doubled_after_ref(const struct line *L, const char **name);
static int doubles_dated_below(struct page *P);

/* A date line right under a name written on two lines, the same name twice
 * (an avatar's alt text, then the name: wpDiscuz's "Luripu" over "Luripu"
 * over "vor 1 Stunde"): a header of its own, whose date no name above it
 * takes. */
static int name_twice_over(const struct page *P, size_t k)
{
	/* (the member's rank between them and the date: "Niveau 100") */
	if (k >= 3 && itx_rank_line(&P->l[k - 1]) && name_twice_over(P, k - 1))
		return 1;
	const struct line *A = k >= 2 ? &P->l[k - 2] : NULL, *B = k >= 1 ? &P->l[k - 1] : NULL;
	const char *name;
	return A && !A->blank && !B->blank && A->len == B->len && !memcmp(A->s, B->s, A->len) &&
	       tt_textline_author_name(B->s, B->len, &name) == B->len;
}

static int double_footer(struct page *P, size_t k);
static int footer_name_at(struct page *P, size_t i);

/* Whether the word w (wl bytes) and three dots close two lines or more
 * within 200 lines of line i, other than i: the template's verb, not a
 * sentence trailing off ("Know your customer..."). */
static int verb_repeats(const struct page *P, size_t i, const char *w, size_t wl)
{
	size_t n = 0;
	for (size_t k = i > 200 ? i - 200 : 0; k < P->n && k < i + 200 && n < 2; k++) {
		const struct line *K = &P->l[k];
		n += k != i && K->len > wl + 4 && !memcmp(K->s + K->len - wl - 3, w, wl) &&
		     K->s[K->len - wl - 4] == ' ' && !memcmp(K->s + K->len - 3, w + wl, 3);
	}
	return n >= 2;
}

/* A name line closed by one word and three dots instead of a colon, the
 * same word closing others so (Blogger's "Tomasz Kowalczyk pisze..."):
 * the name's length past a link number, else 0. */
static size_t dotted_verb(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t e = L->len;
	if (e > 3 && !memcmp(L->s + e - 3, "...", 3))
		e -= 3;
	else if (e > 3 && !memcmp(L->s + e - 3, "\xE2\x80\xA6", 3))
		e -= 3;
	else
		return 0;
	size_t b = e;
	while (b > 0 && isalpha((unsigned char)L->s[b - 1]))
		b--;
	const char *name;
	size_t ref = tt_textline_link_ref(L->s, L->len); /* lynx's "[23]Tomasz ..." */
	if (b < ref + 2 || e - b < 2 || e - b > 16 || L->s[b - 1] != ' ' ||
	    tt_textline_author_name(L->s + ref, b - 1 - ref, &name) != b - 1 - ref ||
	    !verb_repeats(P, i, L->s + b, e - b))
		return 0;
	return b - 1 - ref;
}

/* A name line ending in one word and a colon or three dots. */
static int verb_ended(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	return (L->s[L->len - 1] == ':' && tt_textline_without_verb(L->s, L->len) != L->len) ||
	       dotted_verb(P, i);
}

/* A stated count closed by a colon ("11 komentarzy:", Blogger's heading
 * over its comments): no name and its verb. */
static int count_with_colon(struct page *P, const struct line *L)
{
	if (L->len < 4 || L->s[L->len - 1] != ':' || !isdigit((unsigned char)L->s[0]))
		return 0;
	struct line C = *L;
	C.len--;
	return itx_stated_count(P, &C) > 0;
}

/* A name line ending in "WORD:" (`Ramón dijo:`) over text whose date comes
 * after it, on a line of its own (`26 abril 2022 a las 14:02`), before the
 * next such name line: the date line's index, or 0. Looks 400 lines ahead at
 * most, and never past the next name line, so that asking at every line
 * stays linear. */
static int name_over_member_count(struct page *P, size_t i, struct header *h);
static int item_name_dated_below(struct page *P, size_t i, struct header *h);
/* Line k opens an item's header dated under its text (see
 * item_name_dated_below): the next comment's. */
static int item_dated_at(struct page *P, size_t k)
{
	struct header h;
	memset(&h, 0, sizeof h);
	return item_name_dated_below(P, k, &h);
}

/* Line k opens a member box's header (see name_over_member_count). */
static int member_box_at(struct page *P, size_t k)
{
	struct header h;
	memset(&h, 0, sizeof h);
	return name_over_member_count(P, k, &h);
}

static int name_badge_date(struct page *P, size_t i, struct header *h);

/* Whether the date line k is the date of a name over a badge right above
 * it (name_badge_date, its name three lines up at most): that header's,
 * no date of a text above ("微信扫一扫", a share menu's last line, over a
 * row the page repeats, is no name dated by the next answer's header). */
static int badge_header_date_c(struct page *P, size_t k)
{
	struct header g;
	for (size_t b = k > 3 ? k - 3 : 1; b < k; b++)
		if (!P->l[b].blank && name_badge_date(P, b, &g) && g.next == k + 1)
			return 1;
	return 0;
}

/* Whether line i stands right under the date line of a name over its
 * date (a blank line between them or none: "bluebeach", "3/9/2010 6:50:50
 * PM", then "Start with the PMO" over the buttons every comment repeats):
 * the first line of that comment's text, no name of a header dated under
 * its text. A date under a text (a vote count or the text over it) is
 * no header's. */
static int under_named_date_b(struct page *P, size_t i)
{
	struct when w = {0};
	const char *name;
	if (i < 3 || P->l[i - 1].blank || !itx_date_line(P, &P->l[i - 1], &w))
		return 0;
	size_t k = i - 2;
	if (P->l[k].blank)
		k--;
	const struct line *N = &P->l[k];
	size_t ref = tt_textline_link_ref(N->s, N->len);
	return !N->blank && !itx_count_line(N) && N->len - ref <= 40 &&
	       tt_textline_count_words(N->s + ref, N->len - ref) <= 4 &&
	       !tt_textline_ends_with_any(N->s, N->len, ".!?:;,") &&
	       tt_textline_author_name(N->s + ref, N->len - ref, &name) == N->len - ref;
}

static size_t date_after(struct page *P, size_t i, struct when *w)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct header g;
	int repeat = 0;
	if (L->blank ||
	    (!(repeat = name_over_repeat(P, i)) && !verb_ended(P, i) && !footer_name_at(P, i)) ||
	    (!tt_textline_author_name(L->s, L->len, &name) && !dotted_verb(P, i)) ||
	    wrapped_tail(P, i) || count_with_colon(P, L) || (repeat && under_named_date_b(P, i)))
		return 0;
	size_t j = itx_next_text(P, i + (size_t)repeat);
	if (j >= P->n || P->l[j].indent < L->indent || itx_date_line(P, &P->l[j], w))
		return 0;
	size_t item = P->n; /* the last item left of the name line */
	for (size_t k = j + 1; k < P->n && k < i + 400; k++) {
		const struct line *K = &P->l[k];
		if (K->blank)
			continue;
		if (K->indent < L->indent && !tt_textline_list_mark(K->s, K->len))
			return 0;
		/* a date right under an item's name left of the name line
		 * ("  • znowu.to.samo" over "rok temu") is that item's header's:
		 * the name line is a text's line ending in a colon ("Oto
		 * podsumowanie:") */
		/* nor the date over its clock opening the next post's header,
		 * a box under it (the quotation's title "NAME said:" over its
		 * words in a Simple:Press post) */
		if (itx_date_line(P, K, w))
			return double_footer(P, k) || name_twice_over(P, k) || badge_header_date_c(P, k) ||
			               (item < k && itx_next_text(P, item + 1) == k) ||
			               (k + 1 < P->n && line_clock_alone(&P->l[k + 1]) &&
			                date_clock_name_box(P, k, &g))
			           ? 0
			           : k; /* that name's */
		if (K->indent < L->indent)
			item = k;
		if (((K->s[K->len - 1] == ':' &&
		      tt_textline_without_verb(K->s, K->len) != K->len) ||
		     (repeat && name_over_repeat(P, k))) &&
		    tt_textline_author_name(K->s, K->len, &name) && !wrapped_tail(P, k))
			return 0;
		if (dotted_verb(P, k) || member_box_at(P, k) || item_dated_at(P, k))
			return 0;
		if (doubled_after_ref(K, &name) && doubles_dated_below(P))
			return 0; /* the next comment's header */
	}
	return 0;
}

/* Line i, a name line over text dated by line `dated`, is the first line
 * of the text of the header right above it, dated by the same line
 * (Blogger's "Allen Wirfs-Brock said..." over "A few clarify notes:"): a
 * header's first line of text may end in a word and a colon too. */
static int text_under_header(struct page *P, size_t i, size_t dated)
{
	size_t k = i;
	while (k > 0 && i - k < 3 && P->l[k - 1].blank)
		k--;
	struct when w = {0};
	return k > 0 && !P->l[k - 1].blank && date_after(P, k - 1, &w) == dated;
}

/* A name written twice, run together or with a space ("NossiNossi": an
 * avatar's alt text then the name, as comment plugins print them): the
 * name's length, 0 for any other line. */
static size_t doubled_name(const struct line *L, const char **name)
{
	size_t len = L->len, half = len / 2;
	if (len < 2 || len > 120)
		return 0;
	if (len % 2 == 1 && L->s[half] == ' ' && !memcmp(L->s, L->s + half + 1, half))
		return tt_textline_author_name(L->s, half, name) == half ? half : 0;
	if (len % 2 == 0 && !memcmp(L->s, L->s + half, half))
		return tt_textline_author_name(L->s, half, name) == half ? half : 0;
	return 0;
}

/* A date line over a name written twice: the line of the name, or 0. */
static size_t date_over_double(struct page *P, size_t i, struct when *w)
{
	size_t j = itx_next_text(P, i);
	const char *name;
	return j < P->n && P->l[j].indent >= P->l[i].indent && doubled_name(&P->l[j], &name) &&
	               itx_date_line(P, &P->l[i], w) && !doubles_dated_below(P)
	           ? j
	           : 0;
}

/* The column of a header block from line i to its date at d: its first
 * line's, but where lynx leaves the avatar's link at the margin and draws
 * the rest of a reply's block deeper (DealDoktor: "[60]Profilbild von
 * MikeNils" over "    MikeNils", "    6458", "[61]MikeNils", "    18.10.2019,
 * 16:31"), the column the name under it and the date share. */
static unsigned block_column(const struct page *P, size_t i, size_t d)
{
	const struct line *L = &P->l[i], *D = &P->l[d];
	return P->l[i + 1].indent == D->indent && D->indent > L->indent &&
	               tt_textline_link_ref(L->s, L->len)
	           ? D->indent
	           : L->indent;
}

/* A link's number alone on its line ("[2]"): lynx's mark of a link
 * whose text is an image. */
static int ref_alone_b(const struct line *L)
{
	return !L->blank && tt_textline_link_ref(L->s, L->len) == L->len;
}

/* The line of the name in a header block opening at line i: the one right
 * under it, or the one past a blank line or a link's number alone between
 * (Quora: the avatar's alt text "Profile photo for NAME" over w3m's blank
 * line of a no-break space, or lynx's "[2]", over "NAME"). */
static size_t block_name_line_b(const struct page *P, size_t i)
{
	const struct line *N = i + 2 < P->n ? &P->l[i + 1] : NULL;
	return N && (N->blank || ref_alone_b(N)) && !P->l[i + 2].blank ? i + 2 : i + 1;
}

/* A block of a few lines with no blank between, opening a list's item or
 * after a blank line, ending in a date line, its second line a name that
 * the first ends with ("avatar for user Dread-neck" over "Dread-neck" over
 * "Party: Conservative" over "Reply #1" over the date: an avatar's alt
 * text, the name, the forum's lines about its member): the name and the
 * date are the header's, the rest of the block too. */
static int block_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	struct when w = {0};
	/* (or back at the margin under a reply's text, lynx's avatar link; or
	 * under a link's number alone, lynx's of the avatar) */
	if (i == 0 ||
	    !(P->l[i - 1].blank || itx_bare_mark(&P->l[i - 1]) || itx_numbered(L) ||
	      ref_alone_b(&P->l[i - 1]) ||
	      (P->l[i - 1].indent > L->indent && tt_textline_link_ref(L->s, L->len))) ||
	    itx_bare_mark(L) || itx_date_line(P, L, &w))
		return 0;
	size_t m = block_name_line_b(P, i), d = m;
	while (d < P->n && d < m + 5 && !P->l[d].blank && !itx_date_line(P, &P->l[d], &w))
		d++;
	if (d >= P->n || d == m + 5 || P->l[d].blank || d < i + 2)
		return 0;
	/* the name under the first line, which ends with it */
	const struct line *M = &P->l[m];
	size_t ref = tt_textline_link_ref(M->s, M->len), len = M->len - ref;
	const char *name;
	if (!len || L->len <= len + 1 || L->s[L->len - len - 1] != ' ' ||
	    memcmp(L->s + L->len - len, M->s + ref, len) ||
	    tt_textline_author_name(M->s + ref, len, &name) != len)
		return 0;
	itx_date_line(P, &P->l[d], &h->when);
	itx_dated_header(P, h, SH_NAME_DATE, name, len, d + 1);
	h->indent = block_column(P, i, d);
	return 1;
}

/* One word in brackets filling the line ("[deleted]", an image's alt
 * text). */
int itx_bracketed_word(const char *s, size_t len)
{
	return len > 2 && s[0] == '[' && s[len - 1] == ']' && !memchr(s, ' ', len) &&
	       !memchr(s + 1, '[', len - 2) && !memchr(s + 1, ']', len - 2);
}

/* A score then a date on one line ("2.7k points · 1 day ago · edited 1
 * day ago", lynx: "34 points · [26]1 day ago"): a number (a decimal and a
 * multiplier letter allowed), one word, a middle dot, the date up to the
 * next dot. */
static int score_then_date(struct page *P, const struct line *L, struct when *w, int loose)
{
	static const char dot[] = " \xC2\xB7 ";
	size_t k = 0;
	while (!loose && k < L->len && (isdigit((unsigned char)L->s[k]) || (k && L->s[k] == '.')))
		k++;
	if ((!k && !loose) || k >= L->len)
		return 0;
	k += k + 1 < L->len && isalpha((unsigned char)L->s[k]) && L->s[k + 1] == ' '; /* "2.0k" */
	if (!loose && L->s[k] != ' ')
		return 0;
	const char *sep = memmem(L->s + k, L->len - k, dot, sizeof dot - 1);
	if (!sep || (!loose && tt_textline_count_words(L->s + k, (size_t)(sep - L->s) - k) != 1))
		return 0;
	const char *d = sep + sizeof dot - 1, *e = L->s + L->len;
	const char *next = memmem(d, (size_t)(e - d), dot, sizeof dot - 1);
	return itx_date_text(P, d, (size_t)((next ? next : e) - d), w);
}

/* A date broken after its number at the line's end ("edited 2" over
 * "years ago"): the number and the next line read as one. */
static int date_broken(struct page *P, const struct line *L, const struct line *next)
{
	char buf[64];
	struct when w = {0};
	size_t b = L->len;
	while (b > 0 && isdigit((unsigned char)L->s[b - 1]))
		b--;
	if (b == L->len || (b && L->s[b - 1] != ' ') || next->len > 40 ||
	    tt_textline_count_words(next->s, next->len) > 3)
		return 0;
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(L->len - b), L->s + b, (int)next->len,
	                 next->s);
	return n > 0 && (size_t)n < sizeof buf && itx_date_text(P, buf, (size_t)n, &w);
}

/* Line i right under a "level N" line. */
static int level_under(const struct page *P, size_t i)
{
	size_t w;
	return i > 0 && !P->l[i - 1].blank && itx_level_line(&P->l[i - 1], &w) >= 0;
}

/* A name alone (lynx's link number before it) right over its score and
 * date (new Reddit: "HR_Dragonfly" over "2.0k points · 1 day ago"): the
 * name is the author, the score no name. Under a "level N" line, whatever
 * stands before the dot ("a flair run into 'Score hidden'") may take the
 * score's place. */
static int name_over_score(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *N = &P->l[i + 1];
	if (i + 1 >= P->n || N->blank || L->blank || L->len > 80 ||
	    (!isdigit((unsigned char)N->s[0]) && !level_under(P, i)))
		return 0;
	size_t ref = tt_textline_link_ref(L->s, L->len), len = L->len - ref;
	const char *name = L->s + ref;
	if (!len || memchr(L->s + ref, ' ', len) ||
	    (!itx_bracketed_word(name, len) &&
	     tt_textline_author_name(L->s + ref, len, &name) != len) ||
	    score_then_date(P, L, &h->when, 0) ||
	    !score_then_date(P, N, &h->when, level_under(P, i)))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, name, len, i + 2);
	/* the line's end wrapped ("· edited 2" over "years ago") is the header's */
	if (h->next < P->n && !P->l[h->next].blank &&
	    (tt_textline_starts_with_ci(P->l[h->next].s, P->l[h->next].len, "\xC2\xB7 ") ||
	     itx_soft_break(P, N, &P->l[h->next]) || date_broken(P, N, &P->l[h->next])))
		h->next++;
	/* an award's image right under the score ("[award-gold]") is the header's */
	if (h->next < P->n && itx_bracketed_word(P->l[h->next].s, P->l[h->next].len) &&
	    !tt_textline_link_ref(P->l[h->next].s, P->l[h->next].len))
		h->next++;
	return 1;
}

/* Whether every word of line W is a word of header line N past its first
 * nl bytes (a badge repeated onto the next line) or opens with a digit. */
static int tail_words_again(const struct line *N, const struct line *W, size_t nl)
{
	const char *s = W->s, *e = W->s + W->len;
	while (s < e) {
		const char *w = s;
		while (s < e && *s != ' ')
			s++;
		size_t wl = (size_t)(s - w);
		const char *f = N->s + nl, *ne = N->s + N->len;
		int found = isdigit((unsigned char)*w);
		while (!found && (f = memmem(f, (size_t)(ne - f), w, wl)) != NULL) {
			found = f[-1] == ' ' && (f + wl == ne || f[wl] == ' ');
			f += wl;
		}
		if (!found)
			return 0;
		while (s < e && *s == ' ')
			s++;
	}
	return 1;
}

/* A full date from d to e, opening with a letter or digit: read whole, or
 * a date of its first word and a clock its last, one short word between
 * them at most, in a language the date reader does not know ("14.3.2011
 * v 06:06", Czech): read without the word and kept as written. */
static int row_date(struct page *P, const char *d, const char *e, struct when *w)
{
	if (!isalnum((unsigned char)*d))
		return 0;
	/* read to the line's end: not a date followed by links ("| 只看该作者") */
	if (itx_date_text(P, d, (size_t)(e - d), w) && w->iso[0])
		return w->posted && strlen(w->posted) + 2 >= (size_t)(e - d);
	const char *sp = memchr(d, ' ', (size_t)(e - d)), *clock = e;
	while (clock > d && clock[-1] != ' ')
		clock--;
	char buf[64];
	if (!sp || clock - sp > 5 || !memchr(clock, ':', (size_t)(e - clock)) ||
	    !isdigit((unsigned char)*clock))
		return 0;
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(sp - d), d, (int)(e - clock), clock);
	if (n <= 0 || (size_t)n >= sizeof buf || !itx_date_text(P, buf, (size_t)n, w) ||
	    !w->iso[0])
		return 0;
	w->posted = tt_thread_strdup(P->t, d, (size_t)(e - d));
	return 1;
}

/* A row of a table of comments (zdrojak.cz's overview: "●danaketh
 * Psaní testů   14.3.2011 v 06:06"): past a bullet, a name, a gap of
 * three spaces or more, the comment's title, and a full date closing the
 * line, the longest run of up to six words that reads as one. The name
 * in *at and *nl, the title in *title and *tl, the date in *w; 0 if none. */
int itx_table_row(struct page *P, const struct line *L, const char **at, size_t *nl,
                  const char **title, size_t *tl, struct when *w)
{
	const char *s = L->s, *e = L->s + L->len, *name;
	/* a date closes the line: most lines of text end in a stop */
	if (L->len < 12 || L->len > 200 || !isalnum((unsigned char)e[-1]))
		return 0;
	s += tt_textline_list_mark(L->s, L->len);
	/* a bullet run into the name ("●danaketh"): a symbol of U+2000-U+2FFF */
	if (e - s > 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] >= 0x80 &&
	    (unsigned char)s[1] <= 0xBF && s[3] != ' ')
		s += 3;
	s += tt_textline_link_ref(s, (size_t)(e - s));
	const char *gap = s;
	while (gap + 3 <= e && (gap[0] != ' ' || gap[1] != ' ' || gap[2] != ' '))
		gap++;
	if (gap + 3 > e)
		return 0;
	if (!gap || gap == s || tt_textline_author_name(s, (size_t)(gap - s), &name) !=
	                             (size_t)(gap - s) || name != s)
		return 0;
	const char *t = gap;
	while (t < e && *t == ' ')
		t++;
	t += tt_textline_link_ref(t, (size_t)(e - t));
	const char *d = e, *date = NULL;
	for (int words = 0; words < 6 && d > t; words++) {
		while (d > t && d[-1] != ' ')
			d--;
		if (d > t && row_date(P, d, e, w))
			date = d;
		while (d > t && d[-1] == ' ')
			d--;
	}
	if (!date || !row_date(P, date, e, w))
		return 0;
	const char *te = date;
	while (te > t && te[-1] == ' ')
		te--;
	/* a cell's bullet before the date ("von lupa   * 02/03/16, 11:11 am", a
	 * list of topics) */
	if (te == t || (te - t >= 2 && te[-2] == ' ' && !isalnum((unsigned char)te[-1])))
		return 0;
	*at = s;
	*nl = (size_t)(gap - s);
	*title = t;
	*tl = (size_t)(te - t);
	return 1;
}

/* The header of a row of a table of comments: its title is its text (read
 * by itx_tidy_headers). */
static int table_row_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *title, *s;
	size_t nl, tl;
	if (!itx_table_row(P, L, &s, &nl, &title, &tl, &h->when))
		return 0;
	itx_dated_header(P, h, SH_ONE_LINE, s, nl, i + 1);
	return 1;
}

/* The length of s less a permalink's mark at its end (" #", lynx's
 * " [34]#") and the blanks before it. */
static size_t less_permalink(const char *s, size_t len)
{
	size_t e = len;
	if (e && s[e - 1] == '#') {
		e--;
		if (e && s[e - 1] == ']') {
			size_t k = e - 1;
			while (k > 0 && isdigit((unsigned char)s[k - 1]))
				k--;
			if (k > 0 && s[k - 1] == '[' && k < e - 1)
				e = k - 1;
		}
	}
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e < len ? e : len;
}

/* "Valdemar_1962" over "Valdemar_1962 комментирует материал Вчера в 9:20 #"
 * (Newsland; lynx's "[32]NAME" over "[33]NAME ... [34]#"): a name alone
 * (an avatar's or a profile's link) over a line opening with the same name
 * and ending in a date, a permalink's mark after it at most, the words
 * between the site's own (what the writer did: commented, answered NAME),
 * eight at most. The name is the author, the date the comment's. Its words
 * are never asked: the name given twice and the date at the line's end
 * are the template. */
static int name_over_named_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	if (i + 1 >= P->n || P->l[i + 1].blank || L->len > 60)
		return 0;
	const struct line *N = &P->l[i + 1];
	size_t ref = tt_textline_link_ref(L->s, L->len), len = L->len - ref;
	size_t nref = tt_textline_link_ref(N->s, N->len);
	const char *n = N->s + nref, *name;
	size_t nlen = less_permalink(n, N->len - nref);
	/* the cheap test first: the next line opens with this one's words */
	if (!len || nlen <= len + 5 || memcmp(n, L->s + ref, len) || n[len] != ' ' ||
	    tt_textline_author_name(L->s + ref, len, &name) != len ||
	    tt_textline_count_words(n + len, nlen - len) > 12)
		return 0;
	/* the date: the longest run of the tail's last words that reads as one,
	 * a word at least left before it */
	for (size_t k = len + 1; k < nlen; k++) {
		if (n[k - 1] != ' ' || n[k] == ' ')
			continue;
		if (k == len + 1 || !itx_date_text(P, n + k, nlen - k, &h->when))
			continue;
		if (tt_textline_count_words(n + len, k - len) > 8)
			return 0;
		itx_dated_header(P, h, SH_NAME_DATE, name, len, i + 2);
		return 1;
	}
	memset(&h->when, 0, sizeof h->when);
	return 0;
}

/* A name alone over the same name followed by a short tail, one blank line
 * between at most (Livefyre: the avatar's link "RonHarris" over "RonHarris
 * 5pts", lynx setting a blank line between): a header with no date, the
 * tail a score or badges, one word of it at least a number ("5pts"; a
 * name in the tail, "shotgunBlues dan ik54n54 memberi reputasi", is none). */
static int name_over_own_name(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t j = i + 1 < P->n && P->l[i + 1].blank ? i + 2 : i + 1;
	if (j >= P->n || P->l[j].blank || P->l[j].indent != L->indent || L->len > 40)
		return 0;
	const struct line *N = &P->l[j];
	const char *name, *n = N->s + tt_textline_link_ref(N->s, N->len), *e = N->s + N->len;
	size_t ref = tt_textline_link_ref(L->s, L->len), len = L->len - ref;
	/* the cheap test first: the next line opens with this one */
	if (!len || (size_t)(e - n) <= len + 1 || memcmp(n, L->s + ref, len) || n[len] != ' ' ||
	    tt_textline_author_name(L->s + ref, len, &name) != len ||
	    tt_textline_count_words(n + len, (size_t)(e - n) - len) > 8 ||
	    tt_textline_ends_with_any(n, (size_t)(e - n), ".!?:;,"))
		return 0;
	/* a digit in the tail (a score), but no clock or year: a name run
	 * into its date ("lee (; ))2017-11-11 05:46:28") is another header */
	size_t numbers = 0, run = 0;
	for (const char *d = n + len; d < e; d++) {
		run = isdigit((unsigned char)*d) ? run + 1 : 0;
		numbers += run == 1 && d[-1] == ' '; /* a word opening with a digit */
		if (run >= 4 || *d == ':')
			return 0;
	}
	if (!numbers)
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, name, len);
	/* the tail wrapped (a run of badges) is the header's */
	for (h->next = j + 1; h->next < P->n && !P->l[h->next].blank &&
	                      (itx_soft_break(P, &P->l[h->next - 1], &P->l[h->next]) ||
	                       tail_words_again(N, &P->l[h->next], len));)
		h->next++;
	return 1;
}

/* "codinghorror (Jeff Atwood) February 6, 2014, 5:27am #2" (Discourse): a
 * one-word handle, the full name in brackets, the date, the post's number
 * after a "#": the handle is the author, the number the post's. */
static int handle_name_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t ref = tt_textline_link_ref(L->s, L->len); /* lynx's "[9]codinghorror" */
	const char *s = L->s + ref, *e = L->s + L->len, *hash = e, *name;
	while (hash > s && isdigit((unsigned char)hash[-1]))
		hash--;
	if (hash == e || hash - s < 12 || hash[-1] != '#' || hash[-2] != ' ')
		return 0;
	const char *sp = memchr(s, ' ', (size_t)(e - s));
	if (!sp || sp[1] != '(')
		return 0;
	const char *close = memchr(sp, ')', (size_t)(hash - sp));
	size_t nl = tt_textline_author_name(s, (size_t)(sp - s), &name);
	if (!close || close[1] != ' ' || nl != (size_t)(sp - s) ||
	    !itx_date_text(P, close + 2, (size_t)(hash - 2 - (close + 2)), &h->when))
		return 0;
	itx_dated_header(P, h, SH_ONE_LINE, name, nl, i + 1);
	return 1;
}

/* Under a "level N" line, words with a date run into their end ("Comment
 * removed by moderator1 day ago", lynx: "...moderator[27]1 day ago"),
 * perhaps a count in brackets after it ("(9 children)"), and no name over a
 * score: a comment the page shows gone, kept with its date and no author
 * or text, so that its replies keep their depth. */
static int gone_under_level(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t w, len = L->len;
	if (i == 0 || P->l[i - 1].blank || itx_level_line(&P->l[i - 1], &w) < 0 || len > 100)
		return 0;
	if (L->s[len - 1] == ')') { /* "(9 children)" */
		const char *open = memrchr(L->s, '(', len);
		if (!open || open == L->s || !isdigit((unsigned char)open[1]))
			return 0;
		len = (size_t)(open - L->s);
	}
	for (size_t k = 1; k + 4 < len; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, len - k) : 0;
		if (!isalpha((unsigned char)L->s[k - 1]) ||
		    !(ref || isdigit((unsigned char)L->s[k])))
			continue;
		if (tt_textline_count_words(L->s, k) < 2 ||
		    !itx_date_text(P, L->s + k + ref, len - k - ref, &h->when))
			return 0;
		h->kind = H_DATED;
		h->shape = SH_NAME_DATE; /* where the name and date stand */
		h->next = i + 1;
		/* lynx's marks of the buttons it shows without a label
		 * ("(BUTTON)", a capitalised word in brackets alone) are the
		 * header's: the comment has no text */
		while (h->next < P->n && itx_lone_control(&P->l[h->next]))
			h->next++;
		return 1;
	}
	return 0;
}

static int name_button_date(struct page *P, size_t i, struct header *h);
static int name_badge_date(struct page *P, size_t i, struct header *h);
static int in_name_button_date(struct page *P, size_t i);

/* An image alone on its line ("[100x100]", lynx's "[97][100x100]"): no
 * space in it, in brackets from end to end. */
static int image_alone(const struct line *L)
{
	return !L->blank && L->len > 2 && L->s[0] == '[' && L->s[L->len - 1] == ']' &&
	       !memchr(L->s, ' ', L->len);
}

/* An image alone named by its size or a hash, a digit and a letter in it
 * past lynx's link number ("[100x100]", "[97][8uNnIba2M2.jpg]"), as
 * avatars are; a number alone is lynx's link ("[108]"). */
static int avatar_alone(const struct line *L)
{
	size_t ref = image_alone(L) ? tt_textline_link_ref(L->s, L->len) : 0;
	const char *a = L->s + ref;
	size_t n = L->len - ref; /* one image's brackets, none inside ("[33]Weiter...[34]") */
	return image_alone(L) && n > 2 && a[0] == '[' && !memchr(a + 1, '[', n - 1) &&
	       !memchr(a, ']', n - 1) && tt_textline_has_digit(a, n) && tt_textline_has_letter(a, n);
}

/* Whether the page holds two avatars at least (asked once): most pages
 * hold none, and need look no further. */
static int page_has_avatars(struct page *P)
{
	for (size_t k = 0, n = 0; !P->avatars; k++)
		if (k == P->n)
			P->avatars = 1;
		else if (P->l[k].len > 2 && P->l[k].s[0] == '[' && avatar_alone(&P->l[k]) && ++n == 2)
			P->avatars = 2;
	return P->avatars == 2;
}

/* Another avatar within 40 lines of the one at line a: comments come in
 * numbers, a lone picture ("[close-6959]" in a menu) is none of them. */
static int avatar_near(const struct page *P, size_t a)
{
	size_t from = a > 40 ? a - 40 : 0, to = a + 40 < P->n ? a + 40 : P->n;
	for (size_t k = from; k < to; k++)
		if (k != a && avatar_alone(&P->l[k]))
			return 1;
	return 0;
}

static int avatar_over_name(struct page *P, size_t i, struct header *h);

/* Whether the date line d dates the text of an avatar's name above it
 * (avatar_over_name): the text's last line over it is no name. */
static int avatar_dated(struct page *P, size_t d)
{
	struct header h;
	if (!page_has_avatars(P))
		return 0;
	for (size_t k = d; k-- > 1 && d - k < 100;)
		if (avatar_alone(&P->l[k - 1]) && !P->l[k].blank)
			return avatar_over_name(P, k, &h) && h.dated == d;
	return 0;
}

/* An avatar's image alone right over a name, a line or two of badges under
 * it ("版主 3.1k 声望") and a blank line, then the text and its date under
 * it, before the next avatar (LearnKu's comments): the name opens the
 * comment, dated there. The image is an avatar (avatar_alone, another
 * near it): a button's word ("[Registrieren]") or a teaser's picture
 * ("[Linda_Bild]") is none; nor is a question or a sentence a name. */
static int avatar_over_name(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	if (i == 0 || !page_has_avatars(P) || !avatar_alone(&P->l[i - 1]) ||
	    P->l[i - 1].indent != L->indent || L->blank || image_alone(L) || !avatar_near(P, i - 1))
		return 0;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (!nl || name + nl != L->s + L->len || tt_textline_ends_with_any(L->s, L->len, ".!?:") ||
	    memchr(L->s, '?', L->len) || itx_date_line(P, L, &w))
		return 0;
	/* the badges end at a blank line, or where the text starts left of
	 * them (lynx sets a code block at the margin) */
	size_t b = i + 1;
	while (b < P->n && b < i + 3 && !P->l[b].blank && P->l[b].indent >= L->indent &&
	       !itx_date_line(P, &P->l[b], &w))
		b++;
	if (b >= P->n || !(P->l[b].blank || P->l[b].indent < L->indent))
		return 0;
	for (size_t k = (P->l[b].blank ? itx_next_text(P, b) : b) + 1; k < P->n && k < i + 100; k++) {
		if (P->l[k].blank)
			continue;
		/* no comment's text holds the next avatar, nor a comments
		 * heading ("12 Kommentare" under a photo of the article) */
		if (image_alone(&P->l[k]) || itx_comments_heading(&P->l[k]) ||
		    itx_stated_count(P, &P->l[k]) >= 0)
			return 0;
		if (itx_date_line(P, &P->l[k], &h->when)) {
			h->kind = H_DATED;
			h->shape = SH_DATE_AFTER;
			h->author = tt_thread_strdup(P->t, name, nl);
			h->dated = k;
			h->next = b;
			return 1;
		}
	}
	return 0;
}

/* Line i goes on a web address ending the line above, where the browser
 * wrapped it (lynx cuts a long address at the width, "…/So-leben-Kinder-
 * in-Deutschl" over "and.html 19.05.19", or sets the source's date under
 * it): a source list's line, no header. */
static int continues_address(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL, *L = &P->l[i];
	if (!P->wrap || !U || U->blank || U->indent != L->indent || !itx_soft_break(P, U, L))
		return 0;
	size_t b = U->len;
	while (b > 0 && U->s[b - 1] != ' ')
		b--;
	return memmem(U->s + b, U->len - b, "://", 3) != NULL;
}

/* Line i goes on a list's item the browser wrapped above it: it starts at
 * the item's text column, right past its bullet, and the item's line ends
 * where the line's first word would not have fitted (lynx's "* [189]U.S.
 * is only ... - Business -" over "latimes.com 05/28/2013, 12:01 p.m.", a
 * teaser's source and date): the item's last words, no header. */
static int continues_item_b(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL, *L = &P->l[i];
	if (!U || U->blank)
		return 0;
	size_t mark = tt_textline_list_mark(U->s, U->len);
	/* a bullet of U+2000-U+2FFF takes three bytes and one column */
	unsigned col = U->indent + (unsigned)(mark == 4 ? 2 : mark);
	/* an item ending its sentence is a signed comment's text, its
	 * signature under it at the text's column ("+ Ich kann nur sagen,
	 * ... zufrieden bin." over "[30]Paddy · Oktober 19, 2019") */
	return mark && L->indent == col && itx_text_soft_break(P, U, L) &&
	       !tt_textline_ends_sentence(U->s, U->len);
}

/* A name written twice, perhaps after lynx's link number ("[111]Kathrin
 * Kathrin"): the name's length, its start in *name. */
static size_t doubled_after_ref(const struct line *L, const char **name)
{
	size_t ref = tt_textline_link_ref(L->s, L->len);
	struct line M = *L;
	M.s += ref, M.len -= ref;
	return doubled_name(&M, name);
}

/* The date line under the text of the doubled name at line i, before the
 * next doubled name (400 lines at most), or 0. */
static size_t double_footer_date(struct page *P, size_t i, struct when *w)
{
	const char *name;
	for (size_t k = i + 1; k < P->n && k < i + 400; k++) {
		if (P->l[k].blank)
			continue;
		if (doubled_after_ref(&P->l[k], &name))
			return 0;
		if (itx_date_line(P, &P->l[k], w))
			return k > itx_next_text(P, i) ? k : 0;
	}
	return 0;
}

/* Whether the line above i (within two blank lines) is a date line. */
static int date_right_above(struct page *P, size_t i)
{
	struct when w = {0};
	size_t u = i;
	while (u > 0 && i - u < 3 && P->l[u - 1].blank)
		u--;
	return u > 0 && itx_date_line(P, &P->l[u - 1], &w);
}

/* Whether the page's names written twice ("FranziFranzi", an avatar's alt
 * text run into the name) have their date under their text, in the
 * comment's footer (wpDiscuz), rather than over them. Decided once, from
 * the names with a date below their text (three at least): the first has
 * no date right above it (the first comment has no footer before it), and
 * at least half of the others do (the footer of the comment before). */
static int doubles_dated_below(struct page *P)
{
	if (P->footer_doubles)
		return P->footer_doubles == 2;
	P->footer_doubles = 1;
	const char *name;
	struct when w = {0};
	size_t dated = 0, above = 0, first = P->n;
	for (size_t i = 0; i < P->n; i++) {
		if (P->l[i].blank || !doubled_after_ref(&P->l[i], &name) ||
		    !double_footer_date(P, i, &w))
			continue;
		if (!dated++)
			first = i;
		else
			above += date_right_above(P, i) != 0;
	}
	if (dated >= 3 && !date_right_above(P, first) && 2 * above >= dated - 1)
		P->footer_doubles = 2;
	return P->footer_doubles == 2;
}

/* Whether the date line at k is the footer of a name written twice above
 * it, on a page whose doubled names are so dated: no other header's date
 * (the vote buttons' line over it is no name). */
static int double_footer(struct page *P, size_t k)
{
	const char *name;
	struct when w = {0};
	if (!doubles_dated_below(P) || !itx_date_line(P, &P->l[k], &w))
		return 0;
	for (size_t u = k; u-- > 0 && k - u < 400;) {
		if (P->l[u].blank)
			continue;
		if (doubled_after_ref(&P->l[u], &name))
			return 1;
		if (itx_date_line(P, &P->l[u], &w))
			return 0;
	}
	return 0;
}

static int decoration_m(const struct line *U);

/* A plain name line (no verb, no repeated button under it) over text that
 * is no date: a name that may be dated under its text. */

static int plain_name_over_text(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	if (L->blank || L->len > 80 || strchr(".!?,;", L->s[L->len - 1]) || /* no name's end */
	    itx_bracketed_word(L->s, L->len) || /* an avatar's label ("[e5e36739fe]") */
	    decoration_m(L)) /* a rule, or half of an avatar's label lynx broke */
		return 0;
	size_t j = itx_next_text(P, i);
	/* the cheap tests first: this runs over every line of the page */
	return j < P->n && P->l[j].indent >= L->indent &&
	       tt_textline_author_name(L->s, L->len, &name) && !itx_form_field(L) &&
	       !itx_drawn_field(L, 1) && !itx_form_at(P, L) && !itx_form_field(&P->l[j]) &&
	       !itx_drawn_field(&P->l[j], 1) && !itx_date_line(P, L, &w) &&
	       !itx_date_line(P, &P->l[j], &w) && !verb_ended(P, j);
}

/* Whether the len bytes at s end in a full stop, an exclamation or a
 * question mark of Chinese or Japanese ("。", "！", "？"): a sentence's
 * end, though its line holds one "word" (no spaces between words). */
static int cjk_sentence_end_b(const char *s, size_t len)
{
	static const char *const ends[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
	for (size_t k = 0; len >= 3 && k < sizeof ends / sizeof *ends; k++)
		if (!memcmp(s + len - 3, ends[k], 3))
			return 1;
	return 0;
}

static size_t over_marks_b(const struct page *P, size_t i);

/* Whether the name at line i opens a block: over it (past an item's mark
 * and an avatar) the page's start, a blank line, or a date (the footer of
 * the comment before); not a line of text run on into it. */
static int name_opens_m(struct page *P, size_t i)
{
	struct when w = {0};
	size_t u = over_marks_b(P, i);
	if (u == 0)
		return 1;
	for (size_t k = u; k < i; k++)
		if (P->l[k].blank)
			return 1;
	return itx_date_line(P, &P->l[u - 1], &w);
}

/* Whether line u, short, ends a text run unbroken from a plain name over
 * it (lynx draws a comment's name, text and footer date with no blank line
 * between: "[158]Keren Dagan", the text, "Keren", "[159]October 30, 2008
 * 08:44:07 [160]Reply"): the text's last line (a signature, "Thanks.", a
 * link), no name of a header over its date. The run holds no date (a
 * header's, name over date over text, the next comment's), the name opens
 * its block (name_opens_m: no text runs on into it) and a line of
 * text at least between the name and line u (a name over a button alone,
 * "关注", over its date is a header); it is looked up 40 lines at most. */
static int text_run_over_m(struct page *P, size_t u)
{
	const struct line *U = &P->l[u];
	struct when w = {0};
	size_t text = 0; /* lines of text between the name and line u */
	for (size_t j = u, n = 0; j > 0 && n < 40; j--, n++) {
		const struct line *J = &P->l[j - 1];
		/* a date in the run is a header's: the run is no one text */
		if (J->blank || J->indent != U->indent || itx_date_line(P, J, &w))
			return 0;
		if (text && plain_name_over_text(P, j - 1))
			return name_opens_m(P, j - 1);
		text += !itx_bracketed_word(J->s, J->len);
	}
	return 0;
}

/* Whether the line right over the date line k is a name, with a verb or
 * a short line of no sentence ("NAME schreibt:", "2. [avatar]Profile"
 * over its date): a header's date, no footer's, which closes a text. */
static int named_right_over(struct page *P, size_t k)
{
	size_t u = k;
	while (u > 0 && P->l[u - 1].blank)
		u--;
	if (u == 0)
		return 0;
	const struct line *U = &P->l[u - 1];
	if (text_run_over_m(P, u - 1))
		return 0;
	return verb_ended(P, u - 1) || (tt_textline_count_words(U->s, U->len) <= 4 &&
	                                !tt_textline_ends_with_any(U->s, U->len, ".!?") &&
	                                !cjk_sentence_end_b(U->s, U->len));
}

/* A line that is no text: a rule drawn of one symbol ("____", "━━━", no
 * letter nor digit), or one half of a bracketed word lynx broke over two
 * lines (an avatar's long image address: "[144][e9ee...?s=50&d=http%3A"
 * over "es%2Fdefault-red.png&r=PG]": one word, opened or closed by a
 * bracket, its other bracket on the other line). */
static int decoration_m(const struct line *U)
{
	if (U->len < 3 || memchr(U->s, ' ', U->len))
		return 0;
	if (!tt_textline_has_letter(U->s, U->len)) /* (letters and digits) */
		return 1;
	int opens = U->s[0] == '[' && !memchr(U->s + 1, ']', U->len - 1) ? 1 : 0;
	/* an image's reference and then its alt text broken ("[144][e9ee") */
	const char *c = U->s[0] == '[' ? memchr(U->s, ']', U->len) : NULL;
	if (c && c + 1 < U->s + U->len && c[1] == '[' && !memchr(c + 2, ']', (size_t)(U->s + U->len - c - 2)))
		opens = 1;
	int closes = U->s[U->len - 1] == ']' && !memchr(U->s, '[', U->len);
	return opens || closes;
}

/* One past the line right above line i, within two blank lines, passing
 * over an item's bullet and an avatar alone on their lines, a rule and a
 * broken avatar's label (decoration_m) (w3m: "•" over "[e5e36739fe]" over
 * the name: no text); 0 when none is. */
static size_t over_marks_b(const struct page *P, size_t i)
{
	size_t u = i, blanks = 0, marks = 0, decor = 0;
	while (u > 0 && blanks < 3) {
		const struct line *U = &P->l[u - 1];
		if (U->blank)
			blanks++;
		else if (marks < 2 && (itx_bare_mark(U) || itx_bracketed_word(U->s, U->len)))
			marks++;
		else if (decor < 3 && decoration_m(U))
			decor++;
		else
			break;
		u--;
	}
	return u;
}

/* Whether line i opens a list's item: its bullet or number on it ("*
 * [7]辽阔"), or alone on a line over it, an avatar perhaps between (w3m's
 * "•" over "[996dbcd3f7]" over the name). */
static int opens_item_b(const struct page *P, size_t i)
{
	if (tt_textline_list_mark(P->l[i].s, P->l[i].len))
		return 1;
	for (size_t u = i, seen = 0, blanks = 0; u > 0 && seen < 3 && blanks < 3; u--) {
		const struct line *U = &P->l[u - 1];
		if (U->blank) {
			blanks++;
			continue;
		}
		if (itx_bare_mark(U))
			return 1;
		if (!itx_bracketed_word(U->s, U->len))
			return 0;
		seen++;
	}
	return 0;
}

/* Whether a date line right above line i (within two blank lines) closes
 * text, no name: the footer of the comment before. */
static int footer_right_above(struct page *P, size_t i)
{
	struct when w = {0};
	size_t u = over_marks_b(P, i);
	return u > 0 && itx_date_line(P, &P->l[u - 1], &w) && !named_right_over(P, u - 1);
}

static int under_form(struct page *P, size_t i);
static int item_over_m(const struct page *P, size_t i);

/* Whether the page's comments are each a plain name over the text with the
 * date under the text, the next name right under that date (a footer of
 * date and buttons: HashOver, Chefkoch), rather than a date over a name.
 * The two read alike in the middle; only their ends tell them apart, so
 * the page is asked once, in one pass: three names at least, each with a
 * date under its text before the next name; the first with no date right
 * above it (no footer before the first comment), at least half of the
 * others with one; and under the last one's date no name over text (where
 * a date opens each comment, the last date is over the last name). */
static int names_dated_below(struct page *P)
{
	if (P->footer_names)
		return P->footer_names == 2;
	P->footer_names = 1;
	if (doubles_dated_below(P))
		return 0; /* names written twice tell the comments apart already */
	struct when w = {0};
	size_t pend = P->n, first = P->n, dated = 0, above = 0, last = P->n;
	/* A short line the page repeats (a button under every text) is passed
	 * over: a frequent writer's name too, which costs the count a name. */
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	for (size_t i = 0; i < P->n; i++) {
		if (P->l[i].blank)
			continue;
		if (pend < P->n && i - pend > 400)
			pend = P->n;
		/* with no name waiting for its date, no line needs reading as one */
		if (pend < P->n && itx_date_line(P, &P->l[i], &w)) {
			if (pend < P->n && i > itx_next_text(P, pend) && !named_right_over(P, i)) {
				if (!dated++)
					first = pend;
				else
					above += footer_right_above(P, pend) != 0;
				last = i;
			}
			pend = P->n;
		} else if (!P->short_repeats[i] && plain_name_over_text(P, i) && /* cheaper first */
		           (pend == P->n || under_form(P, i) || opens_item_b(P, i) ||
		            item_over_m(P, i)))
			pend = i; /* the name under a form or heading, not a line over
			           * them; a list's item opens its own ("* [7]辽阔"
			           * under a title still waiting for its date) */
	}
	size_t k = last < P->n ? itx_next_text(P, last) : P->n;
	if (dated >= 3 && above >= 2 && !date_right_above(P, first) && 2 * above >= dated - 1 &&
	    (k >= P->n || P->l[k].indent < P->l[first].indent || !plain_name_over_text(P, k)))
		P->footer_names = 2, P->footer_first = first;
	return P->footer_names == 2;
}

/* Whether the line over line i (within two blank lines) is a form's field,
 * button or a comments heading: what stands over the first comment. */
static int under_form(struct page *P, size_t i)
{
	size_t u = over_marks_b(P, i);
	if (u == 0)
		return 0;
	const struct line *U = &P->l[u - 1];
	return itx_form_field(U) || itx_drawn_field(U, 1) || itx_form_at(P, U) ||
	       itx_comments_heading(U) || itx_stated_count(P, U) >= 0;
}

/* Whether an item's bare mark ("1.", "•") stands over line i, past
 * blank lines, a rule and an avatar (as over_marks_b passes them), left
 * of it: the name hangs in an item of the list of comments (a heading at
 * the margin under a list's last bare bullet opens none). */
static int item_over_m(const struct page *P, size_t i)
{
	for (size_t u = over_marks_b(P, i); u < i; u++)
		if (itx_bare_mark(&P->l[u]) && P->l[u].indent < P->l[i].indent)
			return 1;
	return 0;
}

/* Whether line i may be a plain name dated under its text: on a page so
 * laid out, the first such name or one right under the date before it
 * (a short line within a comment's text opens nothing). */
static int footer_name_at(struct page *P, size_t i)
{
	return names_dated_below(P) && plain_name_over_text(P, i) &&
	       (i == P->footer_first || footer_right_above(P, i) || under_form(P, i) ||
	        item_over_m(P, i));
}

/* A name written twice whose date is under its text (wpDiscuz: "NiciNici",
 * "Nici", the text, the vote buttons, "4. Juni 2016 19:46"): a header like
 * a name over a repeated button; the name once more under it is the
 * header's. */
static int double_over_footer(struct page *P, size_t i, struct header *h)
{
	const char *name;
	size_t half = doubled_after_ref(&P->l[i], &name);
	if (!half || !doubles_dated_below(P) || !(h->dated = double_footer_date(P, i, &h->when)))
		return 0;
	itx_dated_header(P, h, SH_DATE_AFTER, name, half, i + 1);
	/* the name once more, perhaps under a role ("Gast"), is the header's */
	for (size_t k = i, n = 0; n < 2 && (k = itx_next_text(P, k)) < h->dated; n++) {
		const struct line *N = &P->l[k];
		size_t ref = tt_textline_link_ref(N->s, N->len);
		if (N->len - ref == half && !memcmp(N->s + ref, name, half))
			h->next = k + 1;
	}
	return 1;
}

/* A vote count as lynx draws it, the count and its button's link number
 * after it ("0 [51]"), or the number of a button drawn as an image alone
 * ("[50]"): 2 for the first, 1 for the second, else 0 (Glavred's vote box
 * between the header and the text). */
static int linked_count(const struct line *L)
{
	size_t d = 0, k;
	while (d < L->len && d <= 8 && isdigit((unsigned char)L->s[d]))
		d++;
	k = d + (d && d < L->len && L->s[d] == ' ');
	if (k == L->len || (d && k == d))
		return 0;
	for (size_t ref; k < L->len; k += ref) {
		ref = tt_textline_link_ref(L->s + k, L->len - k);
		if (!ref)
			return 0;
	}
	return d ? 2 : 1;
}

/* A line of a header's furniture under the name and date: a vote count or
 * a short line the page repeats (a button: letters, no sentence's end). */
static int tail_line(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	if (L->blank)
		return 0;
	return (P->short_repeats[i] && tt_textline_has_letter(L->s, L->len) &&
	        !tt_textline_ends_with_any(L->s, L->len, ".!?:)")) ||
	       itx_count_line(L) || linked_count(L);
}

/* Where the text starts after a header ending before line i: past the run of
 * furniture right under it, no blank line between, that holds a vote count
 * ("Zgłoś do moderacji", "2", "0", "Odpowiedz"; a short text the page
 * repeats, "❤️" under "Antworten", is no such run), when the text follows
 * the run as directly. */
size_t itx_past_header_tail(struct page *P, size_t i)
{
	size_t k = i;
	int counts = 0;
	/* a count within the first lines, before the page's lines are counted */
	while (k < P->n && k < i + 8 && !P->l[k].blank && !itx_count_line(&P->l[k]) &&
	       linked_count(&P->l[k]) != 2)
		k++;
	if (k >= P->n || k == i + 8 || P->l[k].blank)
		return i;
	k = i;
	for (; k < P->n && tail_line(P, k); k++)
		counts |= itx_count_line(&P->l[k]) || linked_count(&P->l[k]) == 2;
	return counts && k < P->n && !P->l[k].blank ? k : i;
}

/* A name of one word closed by a dot ("Lopek."), which reads as no name
 * alone, over a date line and the furniture of the template's headers
 * (buttons the page repeats, vote counts) right under it: a header. */
static int dotted_name_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	struct when w = {0};
	if (L->blank || L->len < 3 || L->len > 40 || L->s[L->len - 1] != '.' ||
	    L->s[L->len - 2] == '.' || memchr(L->s, ' ', L->len) || i + 2 >= P->n ||
	    !tt_textline_has_letter(L->s, L->len - 1) || itx_date_line(P, L, &w) ||
	    !itx_date_line(P, &P->l[i + 1], &h->when) || !tail_line(P, i + 2) ||
	    itx_past_header_tail(P, i + 2) == i + 2)
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, L->s, L->len, i + 2);
	return 1;
}

/* The column of a name-then-date header at lines i and j: the name's, but
 * where lynx pulls a name's link out to the margin, left of both the line
 * right above it and the date right under it, which share a deeper column
 * (DealDoktor's reply: "    6458" over "[61]MikeNils" over "    18.10.2019,
 * 16:31"), the reply's column is theirs. */
static unsigned name_pulled_left(const struct page *P, size_t i, size_t j)
{
	const struct line *L = &P->l[i], *D = &P->l[j], *U = i > 0 ? &P->l[i - 1] : NULL;
	return j == i + 1 && U && !U->blank && U->indent == D->indent && D->indent > L->indent &&
	               tt_textline_link_ref(L->s, L->len)
	           ? D->indent
	           : L->indent;
}

/* The column of a name-then-date header at lines i and j whose name
 * lynx set at the margin, its date indented under it (framablog: "Sweet"
 * at column 0 over "            [62]2 décembre 2017 | [63]Reply"): the
 * date's column says the nesting; else indent. */
static unsigned name_at_margin(const struct page *P, size_t i, size_t j, unsigned indent)
{
	const struct line *L = &P->l[i], *D = &P->l[j];
	return j == i + 1 && L->indent == 0 && indent == 0 && D->indent > 0 &&
	               tt_textline_link_ref(D->s, D->len)
	           ? D->indent
	           : indent;
}

/* A word in brackets alone in a list's item (w3m's drawing of a form's
 * button, "• [Anuluj]") over a date opening the next item of the list
 * (the same column: the comment's "• 03.01.2012 (17:28)"): two items, the
 * button no name over that date, which opens its own. */
static int items_apart_b(const struct line *L, const struct line *D)
{
	size_t m = tt_textline_list_mark(L->s, L->len);
	return m && L->indent == D->indent && tt_textline_list_mark(D->s, D->len) &&
	       itx_bracketed_word(L->s + m, L->len - m);
}

/* Line i an item of a list of short items (two words at most each, no
 * blank line between) right under a form's fields, one blank line at most
 * between: a text area's row (lynx's underscores alone) or a field drawn
 * on its line. The form's buttons as lynx draws them ("* Wyślij
 * komentarz", "* Anuluj" under "Treść:" and its rows), no name over the
 * date opening the next item. Looks back over the list, 40 lines at most. */
static int form_button_item_b(const struct page *P, size_t i)
{
	size_t k = i;
	while (k > 0 && i - k < 40) {
		const struct line *K = &P->l[k];
		size_t m = tt_textline_list_mark(K->s, K->len);
		if (K->blank || !m || K->indent != P->l[i].indent ||
		    tt_textline_count_words(K->s + m, K->len - m) > 2)
			break;
		k--;
	}
	if (k == i || (P->l[k].blank && k > 0 && P->l[--k].blank))
		return 0;
	const struct line *U = &P->l[k];
	return !U->blank && ((U->len >= 5 && strspn(U->s, "_") == U->len) ||
	                     itx_drawn_field(U, 1) || itx_form_field(U));
}

/* lynx keeps the space an inline box opens with: a name one column right
 * of the date under it (taz: "    Götz-Michael Freimann" over "   14. 01.
 * 2020, 13:29"), while the names of the items before stand at the margin
 * over dates at that same column. Whether line j is the date of name line
 * i so, by its column: then the date's column is the header's. */
static int name_right_of_date(const struct page *P, size_t i, size_t j)
{
	return j < P->n && P->l[j].indent + 1 == P->l[i].indent;
}

/* A name alone over a line that opens with the same name and ends in a
 * date, a signature in brackets perhaps between them (Douban: "cope" over
 * "cope(时间是固定的)2017-11-10 19:35:15"): a header of both lines. */
static int name_over_signed_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	const char *name;
	if (L->blank || !N || N->blank)
		return 0;
	/* lynx numbers both links ("[94]cope" over "[95]cope(…)2017-11-10") */
	size_t lr = tt_textline_link_ref(L->s, L->len), nr = tt_textline_link_ref(N->s, N->len);
	const char *a = L->s + lr, *b = N->s + nr;
	size_t al = L->len - lr, bl = N->len - nr;
	if (!al || bl <= al || bl - al > 80 || memcmp(a, b, al) ||
	    tt_textline_author_name(a, al, &name) != al)
		return 0;
	size_t k = al;
	if (b[k] == '(' || (b[k] == ' ' && k + 1 < bl && b[k + 1] == '(')) {
		const char *close = memchr(b + k, ')', bl - k);
		while (close && close + 1 < b + bl && close[1] == ')')
			close++; /* a signature of its own brackets: "(; ))" */
		if (!close)
			return 0;
		k = (size_t)(close - b) + 1;
	}
	while (k < bl && b[k] == ' ')
		k++;
	if (k >= bl || !isdigit((unsigned char)b[k]) || !itx_date_text(P, b + k, bl - k, &h->when))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, name, al, i + 2);
	return 1;
}

/* s less lynx's link numbers before its words ("[50]bja009 replied to
 * [51]comment from Ann" reads "bja009 replied to comment from Ann"), into
 * out (of len + 1 bytes at least); its length. */
static size_t without_refs(const char *s, size_t len, char *out)
{
	size_t n = 0;
	for (size_t k = 0; k < len; k++) {
		size_t ref = k == 0 || s[k - 1] == ' ' ? tt_textline_link_ref(s + k, len - k) : 0;
		if (ref)
			k += ref - 1;
		else
			out[n++] = s[k];
	}
	return n;
}

/* A field of a fielded header that is neither its name nor its date: the
 * comment's number or a button, a word or two. */
static int short_field(const char *s, size_t len)
{
	char buf[40];
	if (len == 0 || len >= sizeof buf)
		return 0;
	size_t n = without_refs(s, len, buf);
	return n && n <= 24 && tt_textline_count_words(buf, n) <= 2;
}

/* The first field of a fielded header: a name, or a name and the words
 * naming the comment it answers ("bja009 replied to comment from Juno the
 * Loon", split in itx_tidy_headers once every author is known). */
static const char *field_name(struct page *P, const char *s, size_t len)
{
	char buf[160];
	const char *name;
	if (len >= sizeof buf)
		return NULL;
	size_t n = without_refs(s, len, buf);
	buf[n] = '\0';
	size_t nl = tt_textline_author_name(buf, n, &name);
	if (nl) /* lowercase words last are no verb before a date here: "from ann" */
		return tt_thread_strdup(P->t, name, tt_textline_without_alt(name, nl));
	if (!n || tt_textline_count_words(buf, n) > 14 || tt_textline_ends_with_any(buf, n, ".,;:?!") ||
	    !tt_textline_author_name(buf, strcspn(buf, " "), &name))
		return NULL;
	return tt_thread_strdup(P->t, buf, n);
}

/* "8:05 AM Wednesday, Aug 18, 2010": the clock before the date, which
 * the date reader takes after it; read so, kept as written. */
static int clock_first(struct page *P, const char *s, size_t len, struct when *w)
{
	size_t c = 0;
	while (c < len && c < 2 && isdigit((unsigned char)s[c]))
		c++;
	if (!c || c + 3 > len || s[c] != ':' || !isdigit((unsigned char)s[c + 1]) ||
	    !isdigit((unsigned char)s[c + 2]))
		return 0;
	c += 3;
	c += half_day(s + c, len - c);
	char buf[120];
	if (c >= len || s[c] != ' ' || len >= sizeof buf)
		return 0;
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(len - c - 1), s + c + 1, (int)c, s);
	if (!itx_date_text(P, buf, (size_t)n, w))
		return 0;
	w->posted = tt_thread_strdup(P->t, s, len);
	return 1;
}

/* Line i (and the line the browser wrapped it onto, which holds the
 * separator too, or follows or opens with one) as one, in buf: the line
 * after it in *next. */
static size_t fielded_text(const struct page *P, size_t i, const char *sep, char *buf,
                           size_t size, size_t *next)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	size_t n = L->len;
	memcpy(buf, L->s, n);
	*next = i + 1;
	size_t sl = strlen(sep) - 1; /* the separator less its last space */
	/* "… 2010 •" over "Reply", "… 2010" over "• Reply" */
	int open = (n > sl && !memcmp(L->s + n - sl, sep, sl)) ||
	           (N && N->len > sl && !memcmp(N->s, sep + 1, sl));
	if (N && !N->blank && N->indent == L->indent && n + 1 + N->len < size &&
	    (open || memmem(N->s, N->len, sep, sl + 1)) && itx_soft_break(P, L, N)) {
		buf[n++] = ' ';
		memcpy(buf + n, N->s, N->len);
		n += N->len;
		*next = i + 2;
	}
	buf[n] = '\0';
	return n;
}

/* "NAME • #12 • 8:05 AM Wednesday, Aug 18, 2010 • Reply" (Movable Type):
 * three fields or more set off by one separator, the first a name, one
 * after it a full date, every other a word or two (the comment's number,
 * its buttons); the browser may wrap it onto a second line. A menu ("Home
 * | About | March 2019") ends in its date: the date is no last field of
 * three alone. */
static int fielded_header(struct page *P, size_t i, struct header *h)
{
	static const char *const seps[] = {" \xE2\x80\xA2 ", " \xC2\xB7 ", " | "};
	const struct line *L = &P->l[i];
	char buf[400];
	if (L->len < 12 || L->len > 200)
		return 0;
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		size_t sl = strlen(seps[k]), next;
		/* memchr first: most lines hold none of the separators' bytes */
		if (!memchr(L->s, seps[k][1], L->len) || !memmem(L->s, L->len, seps[k], sl))
			continue;
		size_t n = fielded_text(P, i, seps[k], buf, sizeof buf, &next), fields = 1;
		const char *first = strstr(buf, seps[k]);
		if (!first || !strstr(first + sl, seps[k]))
			continue;
		struct when w = {0};
		int dated = 0, last = 0, ok = 1;
		/* e is the separator before each field, NULL past the last: the next
		 * field is found from it only while there is one (NULL + sl is
		 * undefined). */
		for (const char *e = first; ok && e;) {
			const char *f = e + sl;
			e = strstr(f, seps[k]);
			size_t fl = e ? (size_t)(e - f) : (size_t)(buf + n - f);
			fields++;
			if (!dated && fl > 6 && (itx_date_text(P, f, fl, &w) || clock_first(P, f, fl, &w)) &&
			    strlen(w.iso) >= 10)
				dated = 1, last = !e;
			else
				ok = short_field(f, fl);
		}
		if (!ok || !dated || (last && fields == 3))
			continue;
		const char *name = field_name(P, buf, (size_t)(first - buf));
		if (!name)
			continue;
		h->kind = H_DATED;
		h->shape |= SH_ONE_LINE;
		h->author = name;
		h->when = w;
		h->next = next;
		return 1;
	}
	return 0;
}

/* "349 Fans", "1,204 followers": a number, then one word, alone on a
 * line: a member's count of followers or posts in a profile box. */
static int member_count(const struct line *L)
{
	if (L->blank)
		return 0;
	size_t ref = tt_textline_link_ref(L->s, L->len); /* lynx's "[207]830 Fans" */
	const char *s = L->s + ref;
	size_t len = L->len - ref, d = strspn(s, "0123456789,.");
	if (d == 0 || d >= len || s[d] != ' ' || !isdigit((unsigned char)s[0]))
		return 0;
	return tt_textline_count_words(s, len) == 2 && tt_textline_has_letter(s + d, len - d) &&
	       !tt_textline_has_digit(s + d, len - d);
}

/* The name of line k signs a line below it, before line stop ("MochaLite:
 * Ok, this is just..." under the text: the page's excerpt of the comment
 * under its author's name, a space of the name perhaps an underscore). */
static int signed_below(const struct page *P, size_t k, size_t from, size_t stop)
{
	const char *name;
	size_t nl = tt_textline_author_name(P->l[k].s, P->l[k].len, &name);
	if (!nl)
		return 0;
	for (size_t j = from; j < stop && j < P->n; j++) {
		const struct line *S = &P->l[j];
		if (S->len <= nl + 1 || S->s[nl] != ':')
			continue;
		size_t c = 0;
		while (c < nl && (S->s[c] == name[c] || (S->s[c] == '_' && name[c] == ' ')))
			c++;
		if (c == nl)
			return 1;
	}
	return 0;
}

/* A member box over the text (HuffPost's: "MochaLite" over "349 Fans"
 * over "15 seconds ago (7:18 PM)", a motto between name and count at
 * times): a name, at most one line of motto, a count of followers and the
 * date, no blank line between. The name is the line over the motto when
 * that line signs the comment below or the motto cannot be a name (a
 * sentence, five words or more). */
static int name_over_member_count(struct page *P, size_t i, struct header *h)
{
	struct when w = {0};
	const char *name;
	size_t c = i + 1;
	if (c < P->n && !P->l[c].blank && !member_count(&P->l[c]))
		c++;
	if (c + 1 >= P->n || !member_count(&P->l[c]) || P->l[c - 1].blank || P->l[i].blank ||
	    P->l[c + 1].blank || !itx_date_line(P, &P->l[c + 1], &h->when))
		return 0;
	size_t nl = tt_textline_author_name(P->l[i].s, P->l[i].len, &name);
	if (!nl || itx_date_line(P, &P->l[i], &w))
		return 0;
	if (c == i + 2) {
		const struct line *M = &P->l[i + 1];
		if (!signed_below(P, i, c + 2, c + 60) && !signed_below(P, i + 1, c + 2, c + 60) &&
		    !tt_textline_ends_sentence(M->s, M->len) && tt_textline_count_words(M->s, M->len) < 5)
			return 0; /* line i+1 is the name: asked there */
		if (signed_below(P, i + 1, c + 2, c + 60) && !signed_below(P, i, c + 2, c + 60))
			return 0;
	} else if (i > 0 && !P->l[i - 1].blank && signed_below(P, i - 1, c + 2, c + 60) &&
	           !signed_below(P, i, c + 2, c + 60))
		return 0; /* line i is the motto of the name over it */
	itx_dated_header(P, h, SH_NAME_DATE, name, nl, c + 2);
	return 1;
}

/* A member's count of posts alone on its line ("516", "1,342"; "18K119",
 * two counts run together): digits, thousands' marks and a K or M, a digit
 * first, ten bytes at most. */
static int post_count(const struct line *L)
{
	return !L->blank && L->len <= 10 && isdigit((unsigned char)L->s[0]) &&
	       strspn(L->s, "0123456789,.KM") == L->len;
}

/* The line after line k, past one blank line at most: its index, or P->n. */
static size_t next_past_blank(const struct page *P, size_t k)
{
	size_t j = k + 1;
	if (j < P->n && P->l[j].blank)
		j++;
	return j < P->n && !P->l[j].blank ? j : P->n;
}

/* A member's card over the post's date (Tapatalk's: "C. Andrew Nelson"
 * over "1,342", then the date, "Jul 11, 2013", one blank line at most
 * between each): the name over the member's count of posts. The card drawn twice (name,
 * count, rank, name, count) is read at its second drawing, the one over
 * the date. */
static int name_over_post_count(struct page *P, size_t i, struct header *h)
{
	struct when w = {0};
	const char *name;
	size_t c = next_past_blank(P, i), d = c < P->n ? next_past_blank(P, c) : P->n;
	if (d >= P->n || !post_count(&P->l[c]) || !itx_date_line(P, &P->l[d], &h->when))
		return 0;
	const struct line *L = &P->l[i];
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (!nl || itx_date_line(P, L, &w) || post_count(L))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, name, nl, d + 1);
	return 1;
}

/* Line i lies within two lines under the date of a member box, no blank
 * line between: the first words of its text (a box quoted from another
 * comment, "UpNorthGuyWI" over "1204 Fans Become a fan" over its date, as
 * the page quotes it), no header of its own. */
static int under_member_box(struct page *P, size_t i)
{
	struct when w = {0};
	for (size_t up = 1; up <= 2 && up + 1 <= i; up++) {
		if (P->l[i - up].blank)
			return 0;
		if (member_count(&P->l[i - up - 1]) && itx_date_line(P, &P->l[i - up], &w))
			return 1;
	}
	return 0;
}

/* "• Avatar Abonné" over "democrate10", the text, then "Le 21/04/2013 à
 * 02:20" (Le Figaro's comments, each an item of a list): a name hanging
 * under an item's first line (an avatar's alt text, three words at most),
 * its text under it, and the item's date under the text, before the next
 * item. The header's date is that line; the line under it, the item's
 * buttons, no name. */
static int item_name_dated_below(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *U = i ? &P->l[i - 1] : NULL;
	const char *name;
	struct when w = {0};
	if (!U || U->blank || U->indent >= L->indent || itx_date_line(P, U, &w))
		return 0;
	size_t mark = tt_textline_list_mark(U->s, U->len);
	if (!mark || tt_textline_count_words(U->s + mark, U->len - mark) > 3)
		return 0;
	/* the name no item of its own (WordPress's "☆ Antworten" over "☆
	 * Henning Lobin" over "☆ 10. April 2019 @ 16:29", a list of fields) */
	size_t nl = tt_textline_list_mark(L->s, L->len) ? 0 : tt_textline_author_name(L->s, L->len, &name);
	size_t j = itx_next_text(P, i);
	if (!nl || itx_date_line(P, L, &w) || tt_textline_ends_with_any(L->s, L->len, ".!?:;,") ||
	    j >= P->n || P->l[j].indent < L->indent || itx_date_line(P, &P->l[j], &w))
		return 0;
	/* nor a link over the linked name of a header of its own (lynx's
	 * "[42]MINHYEOCK LEE's icon", an avatar, over "[43]MINHYEOCK LEE" over
	 * its date) */
	size_t d = itx_next_text(P, j);
	if (j == i + 1 && d < P->n && tt_textline_link_ref(L->s, L->len) &&
	    tt_textline_link_ref(P->l[j].s, P->l[j].len) && itx_date_line(P, &P->l[d], &w))
		return 0;
	for (size_t k = j + 1; k < P->n && k < i + 200; k++) {
		const struct line *K = &P->l[k];
		if (K->blank)
			continue;
		if (K->indent < L->indent)
			return 0;
		if (itx_date_line(P, K, &h->when)) {
			h->kind = H_DATED;
			h->shape |= SH_DATE_AFTER;
			h->author = tt_thread_strdup(P->t, name, nl);
			h->dated = k;
			h->next = i + 1;
			return 1;
		}
	}
	return 0;
}

/* A name written twice run together, in a script written without spaces
 * ("林小舟林小舟": an avatar's alt text, then the name, as Typecho's
 * template prints them), two characters each at least: the half's length,
 * else nl ("tutuca", "冰冰" stay one name). */
static size_t unspaced_double(const char *name, size_t nl)
{
	size_t half = nl / 2;
	return nl % 2 == 0 && half >= 6 && ((unsigned char)name[0] & 0xF0) == 0xE0 &&
	               ((unsigned char)name[half] & 0xC0) != 0x80 && !memchr(name, ' ', nl) &&
	               !memcmp(name, name + half, half)
	           ? half
	           : nl;
}

/* "1. Margaret Holt Avatar" over "Margaret Holt" over its date line: an
 * avatar's alt text (the name, then a word or two of the template's, in
 * whatever language: WordPress's block themes write "NAME Avatar"), perhaps
 * as a list's item, right over the name and the date (lynx numbering the
 * name's link, "[5]Margaret Holt"): a header of the three lines, the name
 * the one under the alt text. */
static int alt_over_name(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *N = i + 2 < P->n ? &P->l[i + 1] : NULL;
	const char *name;
	if (!N || N->blank || L->len > 80 || N->len < 2)
		return 0;
	size_t mark = tt_textline_list_mark(L->s, L->len);
	const char *sp = memchr(L->s, ' ', L->len);
	if (!mark && itx_numbered(L) && sp) /* past the item's number, "1. " */
		mark = (size_t)(sp + 1 - L->s);
	const char *a = L->s + mark;
	size_t al = L->len - mark, ref = tt_textline_link_ref(N->s, N->len); /* lynx's "[5]" */
	const char *n = N->s + ref;
	size_t nl = N->len - ref;
	if (al < nl + 2 || memcmp(a, n, nl) || a[nl] != ' ' ||
	    tt_textline_count_words(a + nl + 1, al - nl - 1) > 2 ||
	    tt_textline_has_digit(a + nl, al - nl) ||
	    tt_textline_author_name(n, nl, &name) != nl ||
	    !itx_date_line(P, &P->l[i + 2], &h->when)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	h->kind = H_DATED;
	h->shape = SH_NAME_DATE | (itx_numbered(L) ? SH_NUMBERED : 0);
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = i + 3;
	h->indent = L->indent;
	return 1;
}

/* lynx's mark of a button showing no words, alone on its line ("(BUTTON)"
 * under Mumsnet's "NAME · DATE", The Student Room's post menu): no text. */
int itx_bare_button(const struct line *L)
{
	static const char mark[] = "(BUTTON)";
	return L->len == sizeof mark - 1 && !memcmp(L->s, mark, sizeof mark - 1);
}

/* A date over an avatar's alt text naming the writer after a word or two
 * of the template's, over the name ("1 year ago" over "Avatar for
 * Andrew97" over "Andrew97", lynx's "[167]Andrew97": The Student Room's),
 * then perhaps a line of the member's titles and a count alone (its
 * badges, "20"), lynx's bare buttons among them: the header; the text
 * begins past the count, or right under the name where none follows. */
static int date_over_alt_name(struct page *P, size_t i, struct header *h)
{
	const struct line *L = i + 2 < P->n ? &P->l[i + 1] : NULL, *N = L ? &P->l[i + 2] : NULL;
	const char *name;
	if (!N || L->blank || N->blank || L->len > 80 || N->len < 2 || P->l[i].len > 40)
		return 0;
	size_t ref = tt_textline_link_ref(N->s, N->len), nl = N->len - ref;
	const char *n = N->s + ref;
	if (L->len < nl + 3 || memcmp(L->s + L->len - nl, n, nl) || L->s[L->len - nl - 1] != ' ' ||
	    tt_textline_count_words(L->s, L->len - nl - 1) > 2 ||
	    tt_textline_has_digit(L->s, L->len - nl) ||
	    tt_textline_author_name(n, nl - (n[nl - 1] == '.'), &name) != nl - (n[nl - 1] == '.') ||
	    !itx_date_line(P, &P->l[i], &h->when)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	size_t next = i + 3;
	for (size_t k = i + 3; k < P->n && k <= i + 5; k++) {
		if (itx_bare_button(&P->l[k]))
			continue;
		if (P->l[k].blank)
			break;
		if (itx_count_line(&P->l[k])) {
			next = k + 1;
			break;
		}
	}
	while (next < P->n && itx_bare_button(&P->l[next]))
		next++;
	h->kind = H_DATED;
	h->shape = SH_DATE_NAME;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = next;
	h->indent = P->l[i].indent;
	return 1;
}

/* A list's item holding a name alone ("• wizarddrummer", lynx's "*
 * [228]Carlos Millan") over the same name with its date, the line's text
 * one step deeper ("wizarddrummer 47 seconds ago"): the avatar's link,
 * then the name and the date; the date is the tail, or the tail past one
 * or two words before it that no date holds ("about a minute ago"), the
 * time shown being the whole tail. */
static int item_name_over_dated_name(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	if (!N || N->blank || N->indent <= L->indent || L->len > 60) /* the cheap tests first */
		return 0;
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (!mark)
		return 0;
	const char *s = L->s + mark, *e = L->s + L->len, *name;
	s += tt_textline_link_ref(s, (size_t)(e - s));
	size_t len = (size_t)(e - s);
	const char *n = N->s + tt_textline_link_ref(N->s, N->len), *ne = N->s + N->len;
	if (!len || (size_t)(ne - n) <= len + 4 || memcmp(n, s, len) || n[len] != ' ' ||
	    tt_textline_author_name(s, len, &name) != len || name != s)
		return 0;
	const char *tail = n + len + 1;
	for (int skip = 0; skip < 3 && tail < ne; skip++) {
		if (itx_date_text(P, tail, (size_t)(ne - tail), &h->when) && h->when.posted) {
			h->when.posted = tt_thread_strdup(P->t, n + len + 1, (size_t)(ne - n) - len - 1);
			h->kind = H_DATED;
			h->shape |= SH_NAME_DATE;
			h->author = tt_thread_strdup(P->t, s, len);
			h->next = i + 2;
			return 1;
		}
		const char *sp = memchr(tail, ' ', (size_t)(ne - tail));
		if (!sp)
			break;
		tail = sp + 1;
	}
	memset(&h->when, 0, sizeof h->when);
	return 0;
}

/* Whether the name before a date is a date itself, a label with a colon
 * between them ("Tuesday, 3 January 2012 (16:11)   Updated: Tuesday, ..."
 * under an article's title): the article's dates, published and updated,
 * no comment's header. (A date written twice with nothing between, as
 * Kinja draws one, is left to the readers of headers.) */
static int name_is_date(struct page *P, const char *name)
{
	struct when w = {0};
	size_t nl = name ? strlen(name) : 0;
	return nl && tt_textline_has_digit(name, nl) && tt_dates_plausible(name, nl) &&
	       itx_date_text(P, name, nl, &w) && w.iso[0];
}

/* A label, its colon and a date inside the name, with the next label's
 * first word or two after it ("Data dodania: 2012-01-03 13:59:25
 * Ostatnia" of "... Ostatnia aktualizacja: 2012-01-03 16:23:54", the
 * article's added and updated dates, the second label's last word read as
 * a verb): two labelled dates, no writer's name. */
static int labelled_date_in_name(struct page *P, const char *name)
{
	const char *c = name ? strstr(name, ": ") : NULL;
	if (!c || !tt_textline_has_digit(c, strlen(c)))
		return 0;
	const char *d = c + 2;
	size_t dl = strlen(d);
	for (int drop = 0; drop < 3 && dl > 0; drop++) {
		struct when w = {0};
		if (tt_dates_plausible(d, dl) && itx_date_text(P, d, dl, &w) && strchr(w.iso, 'T'))
			return 1;
		while (dl > 0 && d[dl - 1] != ' ') /* one word less */
			dl--;
		while (dl > 0 && d[dl - 1] == ' ')
			dl--;
	}
	return 0;
}

/* "0    nie oceniono 0", "+1    oceniono 1 raz", "-2    oceniono 2 razy":
 * a vote's count, signed or not, then a gap of spaces a browser leaves
 * between two boxes, then its label: no words of a comment. */
int itx_vote_row(const struct line *L)
{
	size_t k = L->len && (L->s[0] == '+' || L->s[0] == '-') ? 1 : 0, d = k;
	while (d < L->len && isdigit((unsigned char)L->s[d]))
		d++;
	return d > k && d - k <= 6 && L->len <= 60 && d + 3 < L->len &&
	       !memcmp(L->s + d, "   ", 3) && tt_textline_has_letter(L->s + d, L->len - d) &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?");
}

/* "Jointowy Kac..." over its date, a vote row, then the same line again
 * (We-Dwoje's writer's name, then under the votes its link): a line the
 * name reader refuses (a sentence's three dots) is a name where the
 * template writes it twice around the date and the votes. */
static int name_echoed_under_votes_a(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	if (i + 3 >= P->n || L->blank || L->len > 60 || P->l[i + 1].blank ||
	    !itx_vote_row(&P->l[i + 2]) || tt_textline_author_name(L->s, L->len, &name) ||
	    !tt_textline_has_letter(L->s, L->len) || itx_date_line(P, L, &w))
		return 0;
	const struct line *E = &P->l[i + 3];
	size_t ref = tt_textline_link_ref(E->s, E->len);
	if (E->len - ref != L->len || memcmp(E->s + ref, L->s, L->len) ||
	    !itx_date_line(P, &P->l[i + 1], &w))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, L->s, L->len, i + 2);
	h->when = w;
	return 1;
}

static int header_at(struct page *P, size_t i, int undated, struct header *h);

/* Whether index_headers found no header at line i, an answer that still
 * holds: the comments' pass asks again at every line, and reading all the
 * rules twice was a third of a long page's import. */
static int known_no_header(const struct page *P, size_t i, int undated)
{
	return !undated && P->no_header && !P->lines_edited && P->no_header[i];
}

/* Line k an item of a number alone ("+ 1", w3m's "□ 3"), under the item
 * of a header's last line at its indentation: the comment's votes, drawn
 * as one more field of the header's list (Sabai's name, date and score
 * each an item), the header's, no text. */
static int votes_item_under(const struct page *P, size_t k)
{
	const struct line *L = &P->l[k], *U = &P->l[k - 1];
	size_t mark = L->blank ? 0 : tt_textline_list_mark(L->s, L->len);
	if (!mark || U->blank || U->indent != L->indent || !tt_textline_list_mark(U->s, U->len))
		return 0;
	size_t d = strspn(L->s + mark, "0123456789");
	return d >= 1 && d <= 5 && mark + d == L->len;
}

static int header_read(struct page *P, size_t i, int undated, struct header *h)
{
	if (!header_at(P, i, undated, h))
		return 0;
	if (h->kind == H_DATED && h->next > i && h->next < P->n && votes_item_under(P, h->next))
		h->next++;
	const struct line *L = &P->l[i];
	if (h->kind != H_DATED || !tt_textline_find(L->s, L->len, ": ", 2) ||
	    (!name_is_date(P, h->author) && !labelled_date_in_name(P, h->author)))
		return 1;
	memset(h, 0, sizeof *h);
	return 0;
}

/* "Order by:" over "• Newest first", "• |", "• Oldest first" (a comment
 * list's sorting control, lynx's "* [122]Newest first" right under it): a
 * line of three words at most ending in a colon, over a list of two items
 * or more, one blank line between at most, each three words at most and no
 * sentence. A choice to make, no writer saying something. */
static int label_over_choices(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	if (L->len < 2 || L->len > 40 || L->s[L->len - 1] != ':' ||
	    tt_textline_count_words(L->s, L->len) > 3)
		return 0;
	size_t k = i + 1, items = 0;
	if (k < P->n && P->l[k].blank)
		k++;
	for (; k < P->n && !P->l[k].blank; k++, items++) {
		const struct line *I = &P->l[k];
		size_t mark = tt_textline_list_mark(I->s, I->len);
		if (!mark || tt_textline_count_words(I->s + mark, I->len - mark) > 3 ||
		    tt_textline_ends_sentence(I->s + mark, I->len - mark))
			return 0;
	}
	return items >= 2;
}

/* Debug builds (make test-asan) read the line again where the record says
 * none: a header rule that came to read what the passes change (roles,
 * shapes, the comments made) would make the two differ, and stops here. */
static void check_no_header(struct page *P, size_t i)
{
#ifndef NDEBUG
	struct header fresh;
	if (header_read(P, i, 0, &fresh)) {
		fprintf(stderr, "threadtag: internal error: line %u has a header index_headers missed\n",
		        P->l[i].no);
		abort();
	}
#else
	(void)P, (void)i;
#endif
}

/* Line i, short, right over the date of a date_over_alt_name header
 * (blank lines and lynx's bare buttons between: The Student Room's "Reply
 * 1" over "1 year ago" over "Avatar for NAME"): the post's number, no
 * name; the header is the date's, opening at the number, whose line is
 * no text of the post above. */
static int over_alt_named_date(struct page *P, size_t i, struct header *h)
{
	size_t j = i + 1;
	while (j < P->n && j <= i + 3 && (P->l[j].blank || itx_bare_button(&P->l[j])))
		j++;
	const struct line *L = &P->l[i];
	return j < P->n && j <= i + 3 && !itx_bare_button(L) && !itx_count_line(L) && L->len <= 24 &&
	       tt_textline_has_digit(L->s, L->len) && tt_textline_count_words(L->s, L->len) <= 3 &&
	       date_over_alt_name(P, j, h);
}

/* A list of threads' line telling when each was last answered ("Last
 * reply 2 weeks ago", "Last post by NAME"): the list's, no comment's
 * header, whatever date it holds. */
int itx_last_reply_line(const struct line *L)
{
	static const char *const leads[] = {"last reply ", "last post ", "latest reply ",
	                                    "last comment ", "last activity "};
	if (L->len < 10 || (L->s[0] != 'L' && L->s[0] != 'l')) /* (asked of every line) */
		return 0;
	for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
		if (tt_textline_starts_with_ci(L->s, L->len, leads[k]))
			return 1;
	return 0;
}

int itx_header_at(struct page *P, size_t i, int undated, struct header *h)
{
	if ((P->quoted_headers && P->quoted_headers[i]) ||
	    (!P->l[i].blank && itx_last_reply_line(&P->l[i]))) {
		memset(h, 0, sizeof *h);
		return 0;
	}
	if (!undated && !P->l[i].blank && over_alt_named_date(P, i, h))
		return 1;
	if (known_no_header(P, i, undated)) {
		memset(h, 0, sizeof *h);
		check_no_header(P, i);
		return 0;
	}
	return header_read(P, i, undated, h);
}

/* A lettered avatar over a list of the header's fields: a line of one
 * letter alone (the name's first, as avatars drawn as letters show it),
 * past a blank line, over a list item holding a name of that initial, and
 * the item's list going on (no blank line) for one or two more items, the
 * last a date ("J" over "• Johnrb", "• 3Wt", "• 30 Nov 2020"; lynx's
 * "J" over "* [37]Johnrb"): the first item is the writer, whatever the
 * items between (a place's code, a rank) say. */
static int avatar_letter_items_a(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t a = i;
	while (a > 0 && a + 2 > i && P->l[a - 1].blank)
		a--;
	if (a == 0 || a + 2 <= i)
		return 0;
	const struct line *A = &P->l[a - 1];
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (A->len != 1 || !isalpha((unsigned char)A->s[0]) || !mark)
		return 0;
	const char *s = L->s + mark, *name;
	size_t len = L->len - mark;
	size_t ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	size_t nl = tt_textline_author_name(s, len, &name);
	if (!nl || name != s || nl != len || toupper((unsigned char)s[0]) != toupper((unsigned char)A->s[0]))
		return 0;
	for (size_t k = i + 1; k < P->n && k <= i + 2; k++) {
		const struct line *K = &P->l[k];
		if (K->blank || K->indent != L->indent || !tt_textline_list_mark(K->s, K->len))
			return 0;
		if (itx_date_line(P, K, &h->when)) {
			itx_dated_header(P, h, SH_NAME_DATE, name, nl, k + 1);
			return 1;
		}
	}
	memset(&h->when, 0, sizeof h->when);
	return 0;
}

/* The bytes of a label of two to six wide (CJK) characters opening line N
 * and run into a digit ("热门跟贴2024-05-13 09:58:13"), or 0. */
static size_t wide_label_into_digit(const struct line *N)
{
	size_t w = 0;
	while (w + 3 <= N->len && (unsigned char)N->s[w] >= 0xE3 && (unsigned char)N->s[w] <= 0xE9)
		w += 3;
	return w >= 6 && w <= 18 && w < N->len && isdigit((unsigned char)N->s[w]) ? w : 0;
}

/* A name line, perhaps with a bracketed tail closing it (where the writer
 * was, "丰羽煊[网易甘肃兰州手机网友]"), over a wide label run into a full date
 * ("热门跟贴2024-05-13 09:58:13", NetEase's list's name before each time): the
 * label opens two other lines within 60 lines, run into a digit too, so it
 * is no writer's name; the name line's is. */
static int name_over_label_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	size_t w;
	if (!N || N->blank || N->indent != L->indent || L->len > 80 ||
	    !(w = wide_label_into_digit(N)))
		return 0;
	/* past lynx's number of the name's link ("[130]丰羽煊[…]") */
	const char *a = L->s + tt_textline_link_ref(L->s, L->len);
	size_t cut = L->len - (size_t)(a - L->s);
	if (cut && a[cut - 1] == ']') {
		const char *open = memrchr(a, '[', cut);
		cut = open && open > a ? (size_t)(open - a) : cut;
	}
	const char *name;
	/* an image's alt text or file ("[0.png]") is no name */
	if (!cut || a[0] == '[' || tt_textline_author_name(a, cut, &name) != cut || name != a)
		return 0;
	/* the label on two other lines at least: one writer's name may
	 * open two date lines ("林小舟2024-03-03"), a label opens all */
	size_t again = 0;
	for (size_t k = i > 60 ? i - 60 : 0; k < P->n && k <= i + 60 && again < 2; k++)
		again += k != i + 1 && !P->l[k].blank && P->l[k].len > w &&
		         !memcmp(P->l[k].s, N->s, w) && isdigit((unsigned char)P->l[k].s[w]);
	if (again < 2 || !header_date(P, N->s + w, N->len - w, &h->when) || !h->when.iso[0]) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	h->kind = H_DATED;
	/* the shape its date line reads as alone: the headers that line
	 * shares with a page's later one-line headers stay counted alike */
	h->shape = SH_ONE_LINE;
	h->author = tt_thread_strdup(P->t, name, cut);
	h->next = i + 2;
	h->indent = L->indent;
	return 1;
}

/* Line i is the labelled date line of a name_over_label_date header over
 * it: no header of its own (the label no name). */
static int label_date_under_name(struct page *P, size_t i)
{
	struct header g;
	if (!i || !wide_label_into_digit(&P->l[i]))
		return 0;
	memset(&g, 0, sizeof g);
	return name_over_label_date(P, i - 1, &g);
}

/* A score whose separating dot the browser set at the line's end, the
 * next field on a line of its own ("26·", Lemmy's votes before the age). */
static int score_dot_line(const struct line *L)
{
	size_t d = strspn(L->s, "0123456789");
	d += d && d < L->len && L->s[d] == '.' ? 1 + strspn(L->s + d + 1, "0123456789") : 0;
	d += d && d < L->len && isalpha((unsigned char)L->s[d]); /* "1.2k" */
	return !L->blank && d && L->len == d + 2 && !memcmp(L->s + d, "\xC2\xB7", 2);
}

/* A label of one word on a line of its own ("English"), or a count
 * ("2"): no name, no date. */
static int stack_label(const struct line *L)
{
	/* (has_letter counts digits too) */
	return !L->blank && L->len <= 20 && !memchr(L->s, ' ', L->len) &&
	       (strspn(L->s, "0123456789") == L->len ||
	        (tt_textline_has_letter(L->s, L->len) && !tt_textline_has_digit(L->s, L->len)));
}

/* The length of a run of capitals closing a name after a small letter
 * ("DessalinesOPMA": Lemmy's badges, "OP", "M", "A", run into the name
 * with no space), when the name without them stands alone within 300 lines
 * on the page ("@dessalines", "Nutomic" in a list of contributors), so
 * that a name written so ("McDONALD") keeps its capitals; else 0. */
static size_t badge_tail(const struct page *P, size_t at, const char *s, size_t len)
{
	size_t c = len;
	while (c > 0 && isupper((unsigned char)s[c - 1]))
		c--;
	if (len - c < 2 || len - c > 6 || c < 3 || !islower((unsigned char)s[c - 1]))
		return 0;
	size_t from = at > 300 ? at - 300 : 0, to = at + 300 < P->n ? at + 300 : P->n;
	for (size_t k = from; k < to; k++) {
		const struct line *L = &P->l[k];
		for (size_t x = 0; !L->blank && x + c <= L->len; x++)
			if ((x == 0 || !isalnum((unsigned char)L->s[x - 1])) &&
			    !strncasecmp(L->s + x, s, c) &&
			    (x + c == L->len || !isalpha((unsigned char)L->s[x + c])))
				return len - c;
	}
	return 0;
}

/* A name over its header's fields stacked one per line, the age last: a
 * label of one word or two (the comment's language), the score with its
 * dot ("26·"), lines of spaces between (Lemmy's comment header, each
 * field a box of its own, as w3m and lynx set it: "[image_prox]NAME" or
 * "[53]NAME", "English", "26·", "1 year ago"). The avatar's bracketed
 * alt text or lynx's link number before the name is none of it, nor are
 * badges run into it (badge_tail). */
static int name_over_score_stack(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	if (L->blank || L->len > 80 || i + 2 >= P->n)
		return 0;
	size_t k = i + 1, labels = 0;
	while (k < P->n && k <= i + 6 && !score_dot_line(&P->l[k])) {
		if (!P->l[k].blank && (labels++ >= 2 || !stack_label(&P->l[k])))
			return 0;
		k++;
	}
	if (k + 1 >= P->n || k > i + 6 || !itx_date_line(P, &P->l[k + 1], &h->when)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	const char *n = L->s + tt_textline_link_ref(L->s, L->len);
	size_t nl = (size_t)(L->s + L->len - n);
	const char *close = n[0] == '[' ? memchr(n, ']', nl) : NULL;
	if (close && close + 1 < n + nl && close[1] != ' ') /* an avatar's alt text */
		nl -= (size_t)(close + 1 - n), n = close + 1;
	/* (a list's bullet alone over the name is no name: "•" over "Corgana") */
	if (!nl || nl > 60 || tt_textline_count_words(n, nl) > 4 || !tt_textline_has_letter(n, nl) ||
	    tt_textline_ends_with_any(n, nl, ".!?:") || score_dot_line(L)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	nl -= badge_tail(P, i, n, nl);
	itx_dated_header(P, h, SH_NAME_DATE, n, nl, k + 2);
	h->indent = L->indent;
	return 1;
}

/* The words of line L past lynx's link number, into *n; their length. */
static size_t past_ref(const struct line *L, const char **n)
{
	size_t r = tt_textline_link_ref(L->s, L->len);
	*n = L->s + r;
	return L->len - r;
}

int itx_rank_line(const struct line *L)
{
	size_t w = 0;
	while (w < L->len && isalpha((unsigned char)L->s[w]))
		w++;
	size_t d = w + 1 < L->len && L->s[w] == ' ' ? span_n(L->s + w + 1, L->len - w - 1, "0123456789") : 0;
	return !L->blank && w >= 3 && d && d <= 6 && w + 1 + d == L->len;
}

/* A name on two lines, the avatar's alt text then the name itself, over
 * the member's rank and the date ("Maredioa" / "Maredioa" / "Niveau 100" /
 * "02 juin 2026 à 22:25:06", jeuxvideo.com's message header). */
static int name_twice_over_rank(struct page *P, size_t i, struct header *h)
{
	if (i + 3 >= P->n || P->l[i].blank || P->l[i + 1].blank || !itx_rank_line(&P->l[i + 2]))
		return 0;
	const char *a, *b, *name;
	size_t al = past_ref(&P->l[i], &a), bl = past_ref(&P->l[i + 1], &b);
	if (!al || al != bl || memcmp(a, b, al) != 0 || al > 60 ||
	    tt_textline_author_name(b, bl, &name) != bl ||
	    !itx_date_line(P, &P->l[i + 3], &h->when)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	itx_dated_header(P, h, SH_NAME_DATE, name, bl, i + 4);
	h->indent = P->l[i].indent;
	return 1;
}

/* Whether line L shows nothing but spaces (w3m's no-break space alone). */
static int spaces_only(const struct line *L)
{
	for (size_t k = 0; k < L->len; k++)
		if (L->s[k] != ' ' && !(k + 1 < L->len && !memcmp(L->s + k, "\xC2\xA0", 2) && ++k))
			return 0;
	return 1;
}

/* The length of the name opening line N before the reply button's word
 * after it ("valar 回复 (MOTTO)", "咔咔鸟回复", lynx's "[94]valar [95]回复"),
 * from *name on; 0 when no such word follows a name. */
static size_t name_before_button(const struct line *N, const char **name)
{
	char buf[256];
	size_t r = tt_textline_link_ref(N->s, N->len), len = N->len - r;
	if (!len || len >= sizeof buf)
		return 0;
	memcpy(buf, N->s + r, len);
	buf[len] = '\0';
	for (size_t p = 1; p < len; p++) {
		size_t q = p + tt_textline_link_ref(buf + p, len - p);
		/* a word of its own, or a CJK one run into the name */
		if ((buf[p - 1] != ' ' && (unsigned char)buf[q] < 0xE0) || !tt_html_action_words(buf + q))
			continue;
		size_t e = p;
		while (e && buf[e - 1] == ' ')
			e--;
		*name = N->s + r;
		return e <= 60 ? e : 0;
	}
	return 0;
}

/* A post's number and date over its writer's name and reply button
 * ("#2-1 - 2020-5-4 10:58" / "咔咔鸟回复", Bangumi's floors and the
 * answers in them): the levels of the number ("2-1") its depth. */
static int numbered_date_over_button(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t r = tt_textline_link_ref(L->s, L->len), k = r, levels = 0;
	if (L->blank || k >= L->len || L->s[k] != '#')
		return 0;
	for (k++; k < L->len && isdigit((unsigned char)L->s[k]);) {
		k += span_n(L->s + k, L->len - k, "0123456789");
		if (k + 1 < L->len && L->s[k] == '-' && isdigit((unsigned char)L->s[k + 1]))
			k++, levels++;
	}
	if (k + 3 >= L->len || memcmp(L->s + k, " - ", 3) != 0 ||
	    !itx_date_text(P, L->s + k + 3, L->len - k - 3, &h->when)) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	size_t n = i + 1;
	while (n < P->n && n < i + 3 && (P->l[n].blank || spaces_only(&P->l[n])))
		n++;
	const char *name;
	size_t nl = n < P->n ? name_before_button(&P->l[n], &name) : 0;
	if (!nl) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	itx_dated_header(P, h, SH_DATE_NAME, name, nl, n + 1);
	h->indent = L->indent + 4 * (unsigned)levels;
	return 1;
}

/* The date in s (len bytes) past a label's words ("Posté le 16-03-2016 à
 * 15:11:21"), up to two spaces (the buttons' alt texts after it,
 * "profilanswer"), into *w; 1 when there is one. */
static int date_past_label(struct page *P, const char *s, size_t len, struct when *w)
{
	const char *two = tt_textline_find(s, len, "  ", 2);
	if (two)
		len = (size_t)(two - s);
	for (size_t k = 0; k < len && k < 40; k += 1 + cspan_n(s + k + 1, len - k - 1, " "))
		if (itx_date_text(P, s + k + (k > 0), len - k - (k > 0), w))
			return 1;
	return 0;
}

/* A post's number line ("n°9762116", forum.hardware.fr, lynx's "[24]n°..."),
 * the date run onto it past the left cell ("n°9762116    Posté le DATE
 * profilanswer", w3m) or under the name and the member's card ("Posté le
 * DATE  [25] profil answer", lynx); the name the line under the number,
 * the text what follows the date, past the card's lines (w3m sets the
 * text in the right column, the card's lines left of it). */
static int post_number_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t r = tt_textline_link_ref(L->s, L->len), d;
	if (L->blank || L->len < r + 4 || memcmp(L->s + r, "n\xC2\xB0", 3) != 0 ||
	    !(d = span_n(L->s + r + 3, L->len - r - 3, "0123456789")) || i + 2 >= P->n)
		return 0;
	const char *rest = L->s + r + 3 + d, *name;
	size_t rl = L->len - r - 3 - d, sp = span_n(rest, rl, " ");
	const struct line *N = &P->l[i + 1];
	size_t nl = N->blank ? 0 : tt_textline_author_name(N->s, N->len, &name), next = 0;
	if (!nl)
		return 0;
	if (rl > sp && sp >= 2 && date_past_label(P, rest + sp, rl - sp, &h->when)) {
		next = i + 2;
		while (next < P->n && next < i + 5 && !P->l[next].blank &&
		       P->l[next].indent <= L->indent + 2)
			next++; /* the card's lines, left of the text */
	} else if (!rl) {
		for (size_t k = i + 2; k < P->n && k < i + 5 && !P->l[k].blank && !next; k++)
			if (date_past_label(P, P->l[k].s, P->l[k].len, &h->when))
				next = k + 1;
	}
	if (!next) {
		memset(&h->when, 0, sizeof h->when);
		return 0;
	}
	itx_dated_header(P, h, SH_NAME_DATE, name, nl, next);
	h->indent = L->indent;
	return 1;
}

static int header_at(struct page *P, size_t i, int undated, struct header *h)
{
	const struct line *L = &P->l[i];
	memset(h, 0, sizeof *h);
	h->indent = L->indent;
	/* nor is a line holding a form's field ("Email Address[    ]"): no
	 * name is drawn as a box to type in */
	if (L->blank || itx_chrome_at(P, L) || itx_form_at(P, L) || in_name_button_date(P, i) ||
	    continues_address(P, i) || continues_item_b(P, i) || label_date_under_name(P, i) ||
	    form_row(L) || in_date_clock_box(P, i) ||
	    under_member_box(P, i) || label_over_choices(P, i))
		return 0;
	if (name_twice_over_rank(P, i, h) || numbered_date_over_button(P, i, h) ||
	    post_number_header(P, i, h) || name_over_label_date(P, i, h) ||
	    name_over_score_stack(P, i, h) || avatar_letter_items_a(P, i, h) ||
	    item_name_over_dated_name(P, i, h) || alt_over_name(P, i, h) ||
	    date_over_alt_name(P, i, h) || name_over_score(P, i, h) ||
	    name_over_named_date(P, i, h) || name_over_own_name(P, i, h) ||
	    name_echoed_under_votes_a(P, i, h) || gone_under_level(P, i, h) ||
	    date_clock_name_box(P, i, h) || itx_author_box(P, i, h) || handle_name_date(P, i, h) ||
	    avatar_over_name(P, i, h) || name_over_member_count(P, i, h) ||
	    name_over_post_count(P, i, h))
		return 1;
	const char *name;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	size_t j = itx_next_text(P, i);
	struct when w = {0};
	struct header g; /* the header of the next line, where it may take this one's date */
	h->shape =
	    (itx_numbered(L) ? SH_NUMBERED : 0) |
	    (L->s[L->len - 1] == ':' && tt_textline_without_verb(L->s, L->len) != L->len ? SH_VERB
	                                                                                 : 0);
	size_t d = date_over_double(P, i, &h->when);
	if (d) {
		h->kind = H_DATED;
		h->shape = SH_DATE_NAME;
		size_t half = doubled_name(&P->l[d], &name);
		h->author = tt_thread_strdup(P->t, P->l[d].s, half);
		h->next = d + 1;
		/* The name once more, perhaps under a role ("Gast", "Autor"), is
		 * still the header's. */
		for (size_t k = d, n = 0; n < 2 && (k = itx_next_text(P, k)) < P->n; n++)
			if (P->l[k].len == half && !memcmp(P->l[k].s, P->l[d].s, half))
				h->next = k + 1;
		return 1;
	}
	/* a number alone over the date is a vote count (wpDiscuz's "4"), no name;
	 * a number under a list's number with the verb of the template ("3. 1009
	 * schreibt:", a pupil's number on a school blog) is a name */
	if (nl && strspn(name, "0123456789") >= nl && L->len == nl)
		nl = 0;
	if (nl && j < P->n && (P->l[j].indent >= L->indent || name_right_of_date(P, i, j)) &&
	    !itx_date_line(P, L, &w) && !items_apart_b(L, &P->l[j]) &&
	    !(tt_textline_list_mark(P->l[j].s, P->l[j].len) && form_button_item_b(P, i)) &&
	    !wrapped_tail(P, i) && !date_over_double(P, j, &w) && !double_footer(P, j) &&
	    !label_over_value_g(P, i, &P->l[j]) && itx_date_line(P, &P->l[j], &h->when) &&
	    !avatar_dated(P, j) && !(j == i + 1 && date_clock_name_box(P, j, &g))) {
		itx_dated_header(P, h, SH_NAME_DATE, name, unspaced_double(name, nl), j + 1);
		h->indent = name_at_margin(P, i, j, name_pulled_left(P, i, j));
		if (name_right_of_date(P, i, j))
			h->indent = P->l[j].indent;
		return 1;
	}
	if (nl && name + nl == L->s + L->len &&
	    (name_button_date(P, i, h) || name_badge_date(P, i, h)))
		return 1;
	if (itx_date_line(P, L, &h->when) && j < P->n && P->l[j].indent >= L->indent) {
		const struct line *A = &P->l[j];
		size_t k = itx_next_text(P, j);
		nl = tt_textline_author_name(A->s, A->len, &name);
		/* The name must be followed by text, or it is just a short comment;
		 * a name whose own date comes under its text is not this one's; a
		 * count under a date ("15 min lues", a teaser's reading time) is
		 * none, nor a form's field under it (LearnKu's reply box under
		 * each comment's time, "____ (BUTTON) 评论"), nor lynx's mark of
		 * an unlabelled button ("(BUTTON)" under Vimeo's "2 years"). */
		if (nl && k < P->n && !itx_lone_control(A) && !itx_date_line(P, A, &w) &&
		    !date_after(P, j, &w) &&
		    itx_stated_count(P, A) < 0 && !itx_drawn_field(A, 1) && !itx_vote_row(A)) {
			h->kind = H_DATED;
			h->shape = SH_DATE_NAME;
			h->author = tt_thread_strdup(P->t, name, nl);
			h->next = j + 1;
			return 1;
		}
	}
	if (fielded_header(P, i, h) || table_row_header(P, i, h))
		return 1;
	if (!itx_date_line(P, L, &w) && itx_one_line_header(P, L, h)) {
		h->kind = H_DATED;
		h->shape |= SH_ONE_LINE;
		h->next = i + 1;
		/* The item it answers, wrapped: one more line at its indentation
		 * before a blank line, or one the browser's wrapping broke off
		 * (lynx: the text follows with no blank line), is the header's too. */
		if (h->wraps && i + 2 < P->n && !P->l[i + 1].blank &&
		    ((P->l[i + 2].blank && P->l[i + 1].indent == L->indent) ||
		     itx_soft_break(P, L, &P->l[i + 1])) &&
		    !itx_date_line(P, &P->l[i + 1], &w))
			h->next = i + 2;
		if (edit_stamp_under(P, i))
			h->next = i + 2;
		/* The name once more under it, as an item of its own ("• 小鳳"),
		 * is still the header's. */
		size_t k = itx_next_text(P, i);
		if (k < P->n && k == i + 1) {
			const struct line *N = &P->l[k];
			size_t mark = tt_textline_list_mark(N->s, N->len);
			mark += tt_textline_link_ref(N->s + mark, N->len - mark);
			if (mark && N->len - mark == strlen(h->author) &&
			    !memcmp(N->s + mark, h->author, N->len - mark))
				h->next = k + 1;
		}
		return 1;
	}
	if (block_header(P, i, h) || double_over_footer(P, i, h) || dotted_name_header(P, i, h) ||
	    name_over_signed_date(P, i, h) || item_name_dated_below(P, i, h))
		return 1;
	if (!nl && (nl = dotted_verb(P, i)) != 0)
		name = L->s + tt_textline_link_ref(L->s, L->len);
	if (nl && (h->dated = date_after(P, i, &h->when)) != 0 &&
	    !text_under_header(P, i, h->dated)) {
		h->kind = H_DATED;
		h->shape |= SH_DATE_AFTER;
		h->author = tt_thread_strdup(P->t, name, nl);
		/* the repeated button under the name is the header's */
		h->next = i + 1 + (size_t)name_over_repeat(P, i);
		return 1;
	}
	return undated && itx_undated_at(P, i, h);
}

/* A clock alone on its line ("6:45 am", "14:20"), a digit or two, a
 * colon and two, perhaps the half of the day. */
static int line_clock_alone(const struct line *L)
{
	size_t k = L->blank || L->len > 12 ? 0 : strspn(L->s, "0123456789");
	if (k < 1 || k > 2 || L->s[k] != ':' || strspn(L->s + k + 1, "0123456789") != 2)
		return 0;
	k += 3;
	return k == L->len || half_day(L->s + k, L->len - k) == L->len - k;
}

int itx_clock_alone_line(const struct line *L)
{
	size_t m = tt_textline_list_mark(L->s, L->len);
	struct line T = *L;
	T.s += m, T.len -= m;
	while (T.len && T.s[0] == ' ')
		T.s++, T.len--;
	return line_clock_alone(&T);
}

/* "August 29, 2011" over "6:45 am" over "bridonca" over the member's box
 * ("Moderator", "Forum Posts: 1201", "Member Since:", "April 22, 2009",
 * "Offline"), a blank line, then the text (Simple:Press): the date to the
 * day, its clock alone on the line under it, the name, and short lines
 * to the blank line, none ending a sentence. The date is read through
 * the clock, as shown on the two lines; the box is the header's. */
enum { DATE_BOX_LINES = 12 };
static int date_clock_name_box(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	char buf[160];
	if (i + 3 >= P->n || L->len + 16 > sizeof buf || !line_clock_alone(&P->l[i + 1]) ||
	    !itx_date_line(P, L, &w) || strchr(w.iso, 'T'))
		return 0;
	const struct line *N = &P->l[i + 2];
	size_t ref = N->blank ? 0 : tt_textline_link_ref(N->s, N->len);
	size_t nl = N->blank ? 0 : tt_textline_author_name(N->s + ref, N->len - ref, &name);
	if (!nl || nl != N->len - ref || tt_textline_count_words(name, nl) > 4 ||
	    itx_date_line(P, N, &w))
		return 0;
	size_t k = i + 3;
	for (; k < P->n && k <= i + 3 + DATE_BOX_LINES && !P->l[k].blank; k++)
		if (tt_textline_count_words(P->l[k].s, P->l[k].len) > 8 ||
		    tt_textline_ends_sentence(P->l[k].s, P->l[k].len))
			return 0;
	if (k >= P->n || !P->l[k].blank || itx_next_text(P, k) >= P->n)
		return 0;
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)L->len, L->s, (int)P->l[i + 1].len,
	                 P->l[i + 1].s);
	if (n <= 0 || (size_t)n >= sizeof buf || !itx_date_text(P, buf, (size_t)n, &h->when))
		return 0;
	itx_dated_header(P, h, SH_DATE_NAME, name, nl, k);
	return 1;
}

/* Line i one of such a header's own lines under its date ("Forum Posts:
 * 1201" over "Member Since:" over its date in the box): no header of its
 * own. Up the box's run of lines only, past a clock alone under a date. */
static int in_date_clock_box(struct page *P, size_t i)
{
	struct header h;
	for (size_t k = i; k-- > 0 && i - k <= DATE_BOX_LINES + 3 && !P->l[k].blank;)
		if (line_clock_alone(&P->l[k + 1]) && k + 1 < i && date_clock_name_box(P, k, &h) && h.next > i)
			return 1;
	return 0;
}

/* "Martina Berg" over "Autor" over "19. Juni 2019 / 13:20", right under
 * a reply's bare mark or avatar ("□ [853e]", lynx's "+"): a name, a badge
 * of a word or two the page repeats (the site's author, answering each
 * comment), then the date; the badge is no name. Under a blank line the
 * date may stand past one blank line more ("莫九牧" over "活跃答主", a
 * blank line, "2021-10-19 · 爱答题": Baidu Zhidao's answerer, w3m's
 * dump), as a block of its own: the badge, repeated, is still no name
 * (name_badge_gap_c). */
static size_t name_badge_gap_c(const struct page *P, size_t i)
{
	if (P->l[i - 1].blank && i + 3 < P->n && P->l[i + 2].blank && !P->l[i + 3].blank)
		return i + 3;
	return i + 2;
}

static int name_badge_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i], *B = &P->l[i + 1];
	const char *name;
	struct when w = {0};
	if (i == 0 || i + 2 >= P->n || (!P->l[i - 1].blank && !itx_bare_mark(&P->l[i - 1])))
		return 0;
	size_t d = name_badge_gap_c(P, i);
	if (P->l[i - 1].blank && d != i + 3) /* under a blank line, the gapped form alone */
		return 0;
	if (B->blank || P->l[d].blank || P->l[d].indent < L->indent ||
	    tt_textline_count_words(B->s, B->len) > 2 ||
	    !tt_textline_has_letter(B->s, B->len) || tt_textline_has_digit(B->s, B->len))
		return 0;
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (!nl || !P->short_repeats[i + 1] || itx_date_line(P, L, &w) || itx_date_line(P, B, &w) ||
	    !itx_date_line(P, &P->l[d], &h->when))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, name, nl, d + 1);
	return 1;
}

/* "Magnus_15" over "Link kopieren" over "29.04.2023, 10:57 Uhr" (taz.de):
 * a name line, a button the page repeats under every name, then the date,
 * with no blank line between them: the name and date of one header, the
 * button the header's. */
static int name_button_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	if (i + 2 >= P->n || P->l[i + 1].blank || P->l[i + 2].blank ||
	    P->l[i + 2].indent < L->indent || tt_textline_ends_with_any(L->s, L->len, ".!?:;,"))
		return 0;
	if (!P->buttons)
		itx_mark_buttons(P);
	/* (a name the page shows thrice or more, a frequent writer's, reads as
	 * a button too: a name still right under the last post's buttons,
	 * Phorum's "Responder Responder citando" over "juanjo") */
	int under_buttons = i > 0 && !P->l[i - 1].blank && (P->buttons[i - 1] & 3) == 3;
	if ((P->buttons[i] && !under_buttons) || !(P->buttons[i + 1] & 2) ||
	    itx_date_line(P, L, &w) || itx_date_line(P, &P->l[i + 1], &w) ||
	    !itx_date_line(P, &P->l[i + 2], &h->when))
		return 0;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	itx_dated_header(P, h, SH_NAME_DATE, name, nl, i + 3);
	return 1;
}

/* The button or the date of such a header (the button over the date reads
 * as a name over its date, the date over the text as a date over a name):
 * the header's, none of its own. */
static int in_name_button_date(struct page *P, size_t i)
{
	struct header h;
	const char *name;
	if (!P->buttons)
		itx_mark_buttons(P);
	for (size_t up = 1; up <= 2 && up <= i; up++) {
		const struct line *N = &P->l[i - up];
		if (!(P->buttons[i - up + 1] & 2)) /* the button: line i, or the one over it */
			continue;
		size_t nl = N->blank ? 0 : tt_textline_author_name(N->s, N->len, &name);
		if (nl && name + nl == N->s + N->len && name_button_date(P, i - up, &h))
			return 1;
	}
	return 0;
}

/* A line that may be a name in a run with no blank lines: a name of four
 * words at most that ends no sentence, starting a line of its own (the line
 * above, if any, does not wrap into it). */
static int name_like(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i], *U = i > 0 ? &P->l[i - 1] : NULL;
	const char *name;
	return !L->blank && tt_textline_author_name(L->s, L->len, &name) &&
	       tt_textline_count_words(L->s, L->len) <= 4 &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?:;,") &&
	       (!U || U->blank || (U->indent == L->indent && !itx_soft_break(P, U, L)));
}

/* The lines from j to k, names marked in is, are a menu, no comments:
 * under fewer than half of its names is there text of three words or a
 * sentence's end ("Einloggen" over "Registrieren", "Profil anzeigen" over
 * "Profil bearbeiten", a login box's links under a comments heading). */
static int menu_run(const struct page *P, size_t j, size_t k, const unsigned char *is)
{
	size_t names = 0, texts = 0;
	for (size_t m = j; m < k; m++) {
		const struct line *L = &P->l[m];
		if (is[m - j])
			names++;
		else if (m > j && is[m - j - 1])
			texts += tt_textline_count_words(L->s, L->len) >= 3 ||
			         tt_textline_ends_sentence(L->s, L->len);
	}
	return texts * 2 < names;
}

/* Under a comments heading at line i, a run where each comment is a name
 * line right over its text (Disqus's comments for readers without
 * JavaScript: no date, no blank line, no indentation), its first line a
 * name and three names at least: the line after the run, or 0. Read from
 * the top, a name-like line is a name unless a name is right above it (then
 * it is that name's short text); with names set, which lines are names (the
 * caller frees it). */
size_t itx_flat_run(const struct page *P, size_t i, unsigned char **names)
{
	size_t j = itx_next_text(P, i), k = j, count = 0;
	if (j >= P->n || !name_like(P, j))
		return 0;
	while (k < P->n && !P->l[k].blank && P->l[k].indent == P->l[j].indent)
		k++;
	/* A dated header inside it ("39 points · 6 years ago" under a sort
	 * menu's lines) makes it no run of names: the menu is chrome. */
	for (size_t m = j; P->hshape && m < k; m++)
		if (P->hshape[m])
			return 0;
	unsigned char *is = tt_xcalloc(k - j + 1, 1);
	for (size_t m = j; m + 1 < k; m++) {
		is[m - j] = (m == j || !is[m - j - 1]) && name_like(P, m);
		count += is[m - j];
	}
	if (count >= 3 && menu_run(P, j, k, is))
		count = 0;
	if (count < 3 || !names)
		free(is);
	else
		*names = is;
	return count >= 3 ? k : 0;
}

/* Marks such a run under the heading at line i (flat_from, flat_to). */
void itx_find_flat_run(struct page *P, size_t i)
{
	size_t end = itx_flat_run(P, i, &P->flat_names);
	if (end) {
		P->flat_from = itx_next_text(P, i);
		P->flat_to = end;
	}
}

/* A name line over text indented deeper, the undated header, alone: what
 * itx_header_at adds with undated set, for a line known to hold no other; in a
 * flat run, a name line over its text. */
/* Line j, the text under a name line, is a form's box: two words at most
 * alone in their paragraph, right over a form's field ("Imágen de
 * usuario" over "• Anonymous" over "[ico_emoji] [     ]", the avatar's
 * label and the writer the form will post as): no one's text. */
static int form_box_b(struct page *P, size_t j)
{
	const struct line *J = &P->l[j];
	if (tt_textline_count_words(J->s, J->len) > 2)
		return 0;
	size_t f = itx_next_text(P, j);
	return f < P->n && (f == j + 1 || P->l[j + 1].blank) &&
	       (itx_drawn_field(&P->l[f], 1) || itx_form_field(&P->l[f]));
}

int itx_undated_at(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	memset(h, 0, sizeof *h);
	h->indent = L->indent;
	if (P->flat_to && i >= P->flat_from && i < P->flat_to) {
		const char *name;
		size_t nl = P->flat_names[i - P->flat_from]
		                ? tt_textline_author_name(L->s, L->len, &name)
		                : 0;
		if (!nl)
			return 0;
		h->kind = H_UNDATED;
		h->shape = SH_UNDATED;
		h->author = tt_thread_strdup(P->t, name, nl);
		h->next = i + 1;
		return 1;
	}
	if (L->blank || (i > 0 && !P->l[i - 1].blank))
		return 0;
	size_t j = itx_next_text(P, i);
	/* the text deeper than the page's own prose too: lynx sets every
	 * paragraph three columns in, under headings at the margin */
	if (j >= P->n || j <= i + 1 || P->l[j].indent <= L->indent ||
	    P->l[j].indent <= P->prose_indent || itx_comment_chrome(L) || itx_reply_form(L))
		return 0;
	const char *name;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (!nl)
		return 0;
	/* A line over a dated header, perhaps past an avatar's bare item
	 * ("Add yours" over "1. 1 [60afcbfb6a3d]" over "Julia on 11/08/2020
	 * at 9:52"), heads the comments: it is none of them. */
	size_t k = itx_bare_mark(&P->l[j]) ? itx_next_text(P, j) : j;
	if (k < P->n && itx_item_number(P, k))
		k = itx_next_text(P, k);
	struct header d;
	if (k < P->n && itx_header_at(P, k, 0, &d))
		return 0;
	if (form_box_b(P, j))
		return 0;
	h->kind = H_UNDATED;
	h->shape = SH_UNDATED;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = i + 1;
	return 1;
}

/* "- NAME , PLACE, COUNTRY, DATE" after a comment's text (MailOnline): a
 * dash, the name up to the first comma, the date after the last. */
static int dash_place_signature(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s;
	size_t len = L->len;
	if (len < 6 || len > 200 || s[0] != '-' || s[1] != ' ')
		return 0;
	s += 2, len -= 2;
	size_t ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	const char *first = memchr(s, ',', len), *last = first;
	if (!first)
		return 0;
	for (const char *c = first; (c = memchr(c + 1, ',', len - (size_t)(c + 1 - s)));)
		last = c;
	size_t nl = (size_t)(first - s), at = (size_t)(last - s) + 1;
	while (nl && s[nl - 1] == ' ')
		nl--;
	while (at < len && s[at] == ' ')
		at++;
	if (!nl || nl > 60 || at >= len || !itx_date_text(P, s + at, len - at, &h->when) ||
	    !h->when.iso[0])
		return 0;
	memset(h, 0, offsetof(struct header, when));
	h->kind = H_SIGNATURE;
	h->shape = SH_SIGNATURE;
	h->author = tt_thread_strdup(P->t, s, nl);
	h->indent = L->indent;
	return 1;
}

/* A list item whose last two lines are a name and a date (ZDNet: "• TITLE",
 * the text hanging under it, then "NAME" over "5 June, 2013 13:23"): the
 * comment's signature at its name line L; the item's nesting is its column. */
/* The line of the date under the name at line i in a list item: the next
 * line, or the one after a blank line at the same column (w3m's dump sets
 * each of the item's paragraphs apart, EDP24's "NAME", a blank line, then
 * "Monday, January 16, 2012"; lynx's does not), the name then a paragraph
 * of its own (which also spares every paragraph's last line the walk
 * back to the item's mark). P->n if neither. */
static size_t date_under_name(const struct page *P, size_t i)
{
	size_t d = i + 1 < P->n && P->l[i + 1].blank ? i + 2 : i + 1;
	/* an item's text hangs right of its mark: nothing at the margin is
	 * one (and the walk back to the mark would cross the whole page) */
	if (!P->l[i].indent || (d == i + 2 && (i == 0 || !P->l[i - 1].blank)))
		return P->n;
	return d < P->n && !P->l[d].blank && P->l[d].indent == P->l[i].indent ? d : P->n;
}

static int item_signature(struct page *P, const struct line *L, struct header *h)
{
	size_t i = (size_t)(L - P->l), k = i, d = L->blank ? P->n : date_under_name(P, i);
	const char *name;
	if (d >= P->n)
		return 0;
	/* back over the item's text, hanging at the name's column, to its mark;
	 * lynx sets the item's title at the margin, under the mark alone */
	while (k-- > 0 && i - k < 200 && (P->l[k].blank || P->l[k].indent == L->indent))
		;
	int titled = k < i && L->indent && !P->l[k].indent;
	while (titled && k-- > 0 && i - k < 200 && !P->l[k].blank && !P->l[k].indent)
		;
	while (titled && k < i && k-- > 0 && P->l[k].blank)
		;
	/* text between the item's mark and the name: a headline wrapping onto
	 * a second line over its date is no comment */
	if (k >= i || i - k >= 200 || P->l[k].indent >= L->indent || itx_next_text(P, k) >= i)
		return 0;
	/* lynx's marks of deeper lists: "#", "@" */
	int bare = k < i && (itx_bare_mark(&P->l[k]) ||
	                     (P->l[k].len == 1 && ispunct((unsigned char)P->l[k].s[0])));
	if (titled && !bare)
		return 0;
	size_t mark = bare ? P->l[k].len + 1 : tt_textline_list_mark(P->l[k].s, P->l[k].len);
	size_t cols = 0;
	for (size_t b = 0; b < mark; b++) /* columns, not bytes */
		cols += b >= P->l[k].len || ((unsigned char)P->l[k].s[b] & 0xC0) != 0x80;
	/* the name last of the cheap tests: it costs most */
	if (!mark || P->l[k].indent + cols != L->indent ||
	    tt_textline_author_name(L->s, L->len, &name) != L->len || name != L->s ||
	    !itx_date_line(P, &P->l[d], &h->when) || !h->when.iso[0])
		return 0;
	memset(h, 0, offsetof(struct header, when));
	h->kind = H_SIGNATURE;
	h->shape = SH_SIGNATURE;
	h->author = tt_thread_strdup(P->t, L->s, L->len);
	h->indent = L->indent;
	h->next = d + 1;
	h->opens = k;
	return 1;
}

/* "by NAME on DATE at TIME." after a comment's text, or a dash, the name
 * and the date with the place between them, or a name and a date ending
 * a list item. */
int itx_signature_at(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s;
	size_t len = L->len;
	if (dash_place_signature(P, L, h) || item_signature(P, L, h))
		return 1;
	if (tt_textline_starts_with_ci(s, len, "posted by "))
		s += 7, len -= 7;
	if (!tt_textline_starts_with_ci(s, len, "by ") || len > 200)
		return 0;
	s += 3, len -= 3;
	/* The name may itself hold " on ": take the last split whose tail is a date. */
	for (size_t i = len; i-- > 1;) {
		if (i + 4 > len || strncmp(s + i, " on ", 4))
			continue; /* " on " must lie within the line */
		if (itx_date_text(P, s + i + 4, len - i - 4, &h->when) && h->when.iso[0]) {
			memset(h, 0, offsetof(struct header, when));
			h->kind = H_SIGNATURE;
			h->shape = SH_SIGNATURE;
			h->author = tt_thread_strdup(P->t, s, i);
			h->indent = L->indent;
			return 1;
		}
	}
	return 0;
}

/* ---- replies told by a link of their header ---- */

/* The words of a one-line header's links after its date (" | thread[26]
 * parent [ ]"): up to max words into w (lynx's link numbers and form
 * boxes left out), each word's link number in ref (0: none); the count,
 * or 0 for a header with no such links. */
static size_t header_links(const struct line *L, struct line *w, size_t *ref, size_t max)
{
	size_t at = before_links(L->s, L->len), n = 0, pending = 0;
	if (at == L->len)
		return 0;
	const char *s = L->s + at, *end = L->s + L->len;
	while (s < end) {
		size_t r = tt_textline_link_ref(s, (size_t)(end - s));
		if (r) {
			pending = strtoul(s + 1, NULL, 10);
			s += r;
			continue;
		}
		if (*s == ' ' || *s == '|' || (*s == '[' && s + 2 < end && s[2] == ']')) {
			s += *s == '[' ? 3 : 1;
			continue;
		}
		const char *b = s;
		while (s < end && *s != ' ' && *s != '|' && *s != '[')
			s++;
		if (n == max)
			return 0;
		w[n] = (struct line){.s = b, .len = (size_t)(s - b)};
		ref[n++] = pending;
		pending = 0;
	}
	return n;
}

/* lynx's "References" at the page's end: each "N. ADDRESS" line as refs[N]. */
static void read_refs(struct page *P)
{
	P->refs_read = 1;
	size_t k = P->n;
	while (k > 0 && !(P->l[k - 1].indent == 0 && P->l[k - 1].len == 10 &&
	                  !memcmp(P->l[k - 1].s, "References", 10)))
		k--;
	for (; k > 0 && k < P->n; k++) {
		const struct line *L = &P->l[k];
		char *dot;
		unsigned long no = strtoul(L->s, &dot, 10);
		if (L->blank || dot == L->s || dot + 2 > L->s + L->len || dot[0] != '.' ||
		    dot[1] != ' ' || no > P->n * 8)
			continue;
		if (no >= P->nrefs) {
			size_t cap = P->nrefs ? P->nrefs : 64;
			while (cap <= no)
				cap *= 2;
			P->refs = tt_xrealloc(P->refs, cap * sizeof *P->refs);
			memset(P->refs + P->nrefs, 0, (cap - P->nrefs) * sizeof *P->refs);
			P->nrefs = cap;
		}
		P->refs[no] = L;
	}
}

/* Whether the page ends in lynx's list of "References" holding an address. */
int itx_lynx_refs(struct page *P)
{
	if (!P->refs_read)
		read_refs(P);
	return P->nrefs > 0;
}

const char *itx_ref_address(struct page *P, size_t no, size_t *len)
{
	if (!P->refs_read)
		read_refs(P);
	if (no >= P->nrefs || !P->refs[no])
		return NULL;
	const struct line *L = P->refs[no];
	const char *a = (const char *)memchr(L->s, ' ', L->len) + 1;
	*len = L->len - (size_t)(a - L->s);
	return a;
}

/* The line before i, up to 5,000 lines back and no header's, holding a
 * link to the address a (an earlier comment's own link: "^[23]reply" to
 * the same address as a reply's "[26] parent"); P->n if none. */
static size_t line_linking(struct page *P, size_t i, const char *a, size_t alen)
{
	for (size_t k = i; k-- > 0 && i - k <= 5000;) {
		const struct line *L = &P->l[k];
		if (L->blank || P->role[k] == R_HEADER || !memchr(L->s, '[', L->len))
			continue;
		for (size_t j = 0; j + 2 < L->len; j++) {
			size_t r = tt_textline_link_ref(L->s + j, L->len - j), len;
			if (!r)
				continue;
			const char *b = itx_ref_address(P, strtoul(L->s + j + 1, NULL, 10), &len);
			if (b && len == alen && !memcmp(a, b, len))
				return k;
			j += r - 1;
		}
	}
	return P->n;
}

/* Whether line L holds a link (lynx's "[N]") to the address a. */
static int line_links_to(struct page *P, const struct line *L, const char *a, size_t alen)
{
	for (const char *b = memchr(L->s, '[', L->len); b; b = memchr(b + 1, '[', (size_t)(L->s + L->len - b - 1))) {
		size_t len, r = tt_textline_link_ref(b, (size_t)(L->s + L->len - b));
		const char *c = r ? itx_ref_address(P, strtoul(b + 1, NULL, 10), &len) : NULL;
		if (c && len == alen && !memcmp(a, c, len))
			return 1;
	}
	return 0;
}

int itx_link_also_on(struct page *P, const char *b, const struct line *J)
{
	size_t len;
	const char *a = itx_ref_address(P, strtoul(b + 1, NULL, 10), &len);
	return a && line_links_to(P, J, a, len);
}

/* lynx's dump: the first comment, among the 1000 of all[] before k, whose
 * lines (from its header to the next comment's) link to the address of
 * the last link before byte at of line i, comment k's ("[51]comment
 * from Ann": Ann's comment, whose "[21]#1" links the same, or its "[176]Link
 * to this" under its text); NULL if none does. */
tt_comment *itx_linked_comment(struct page *P, tt_comment *const *all, size_t k, size_t i,
                               size_t at)
{
	const struct line *L = &P->l[i];
	size_t alen = 0;
	const char *a = NULL;
	for (size_t j = 0; j < at && j < L->len; j++) {
		size_t r = L->s[j] == '[' ? tt_textline_link_ref(L->s + j, L->len - j) : 0;
		if (r)
			a = itx_ref_address(P, strtoul(L->s + j + 1, NULL, 10), &alen);
	}
	if (!a)
		return NULL;
	/* the first that links there: answers to it, later, link there too */
	for (size_t j = k > 1000 ? k - 1000 : 0; j < k; j++)
		for (size_t n = all[j]->line - 1; n < all[j + 1]->line - 1; n++)
			if (!P->l[n].blank && line_links_to(P, &P->l[n], a, alen))
				return all[j];
	return NULL;
}

/* The part of address a (alen bytes) after its last '=' or '/', the id a
 * permalink ends in ("item?id=36821956", "/comment/5"), into *len; NULL
 * when the address has a fragment or no such part. */
static const char *address_tail(const char *a, size_t alen, size_t *len)
{
	if (memchr(a, '#', alen))
		return NULL;
	size_t k = alen;
	while (k > 0 && a[k - 1] != '=' && a[k - 1] != '/')
		k--;
	*len = alen - k;
	return k && *len ? a + k : NULL;
}

/* Whether the address a (alen bytes) has as its fragment the id a link
 * on line j ends in (lynx's dump: "item?id=1#36818754", the comment whose
 * own link is "item?id=36818754"). */
static int fragment_names(struct page *P, const char *a, size_t alen, const struct line *J)
{
	const char *f = memchr(a, '#', alen);
	if (!f || ++f == a + alen)
		return 0;
	size_t fl = alen - (size_t)(f - a);
	for (const char *b = memchr(J->s, '[', J->len); b;
	     b = memchr(b + 1, '[', (size_t)(J->s + J->len - b - 1))) {
		size_t len, tl, r = tt_textline_link_ref(b, (size_t)(J->s + J->len - b));
		const char *c = r ? itx_ref_address(P, strtoul(b + 1, NULL, 10), &len) : NULL;
		const char *t = c ? address_tail(c, len, &tl) : NULL;
		if (t && tl == fl && !memcmp(t, f, fl))
			return 1;
	}
	return 0;
}

int itx_links_to_own(struct page *P, size_t i, size_t j)
{
	const struct line *L = &P->l[i];
	for (const char *b = memchr(L->s, '[', L->len); b;
	     b = memchr(b + 1, '[', (size_t)(L->s + L->len - b - 1))) {
		size_t len, r = tt_textline_link_ref(b, (size_t)(L->s + L->len - b));
		const char *a = r ? itx_ref_address(P, strtoul(b + 1, NULL, 10), &len) : NULL;
		if (a && fragment_names(P, a, len, &P->l[j]))
			return 1;
	}
	return 0;
}

/* Whether the one-line header at line i is a reply by its links: those of
 * the first comment's header (line first) and a word or two more ("|
 * thread" and "| thread parent"; the first comment is no reply). *named is
 * the line of the earlier comment that lynx's address of the added link
 * names (its own link), or P->n when none does. */
int itx_reply_link(struct page *P, size_t first, size_t i, size_t *named)
{
	struct line w0[8], w[8];
	size_t r0[8], r[8];
	size_t n0 = header_links(&P->l[first], w0, r0, 8), n = n0 ? header_links(&P->l[i], w, r, 8) : 0;
	if (!n0 || n <= n0 || n > n0 + 2)
		return 0;
	for (size_t k = 0; k < n0; k++)
		if (w[k].len != w0[k].len || memcmp(w[k].s, w0[k].s, w[k].len))
			return 0;
	*named = P->n;
	size_t alen;
	const char *a = r[n0] ? itx_ref_address(P, r[n0], &alen) : NULL;
	if (a)
		*named = line_linking(P, i, a, alen);
	return 1;
}
