/* import_text: a web page saved as text (article, chrome, comments) into a thread. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/datetime.h"
#include "threadtag/import.h"
#include "threadtag/textline.h"
#include "threadtag/textlinks.h"
#include "threadtag/xalloc.h"

struct line {
	const char *s; /* after the indentation */
	size_t len;    /* without trailing white space */
	unsigned indent;
	int blank;
	unsigned no; /* 1-based line number */
};

struct page {
	tt_thread *t;
	struct line *l;
	size_t n;
	/* Computed once, on demand: lines after which a dated or signed comment
	 * still comes (below strong_end), and undated headers from each line on. */
	size_t strong_end;
	size_t *undated_from, *strong_from;
	tt_comment **all; /* every comment made, in page order */
	size_t nall, capall;
	unsigned char *role; /* what each line was taken as (enum role) */
	struct tt_import_report *r;
	unsigned shape;        /* SH_* bits of the first comment header */
	unsigned char *hshape; /* the SH_BASE shape of a dated or signed header there */
	int signed_text;       /* one-line headers sign the text above them */
	int titled;            /* 0 not yet known; 2 one-line headers under titles, 1 not */
	unsigned wrap;         /* the width a text browser wrapped lines at, or 0 */
	size_t flat_from, flat_to; /* a run of name lines each over its text, or 0 */
	size_t list_to;            /* the end of a stated count's list of bare items, or 0 */
	unsigned prose_indent;     /* the column of the first prose paragraph */
	unsigned char *repeated;   /* lines whose words come three times or more, or NULL */
	unsigned char *flat_names;  /* within that run, the lines that are names */
	unsigned char *buttons; /* short lines found thrice or more (1), under other lines (2) */
	unsigned char footer_doubles; /* doubled names dated under their text: 0 unasked, 1 no, 2 yes */
	unsigned char shared_over_dates; /* one line over three dates or more: 0 unasked, 1 no, 2 yes */
	unsigned char *short_repeats; /* short lines the page holds three times or more, or NULL */
	/* Whether each line is a date, asked many times over: 0 not yet known,
	 * 1 no, 2 yes (and then its reading in dates[]). */
	unsigned char *is_date;
	struct when *dates;
};

/* What a line was taken as, for --explain and for the warnings about
 * dropped text; a line left R_NONE was dropped. */
enum role { R_NONE, R_TITLE, R_BYLINE, R_ARTICLE, R_SECTION, R_HEADER, R_COMMENT, R_LINKS };

static const char *const role_names[] = {
    "furniture",        "title",          "byline",       "article",
    "comments heading", "comment header", "comment body", "comment links"};

/* The shape of the first comment header, for the report's layout. */
enum {
	SH_NAME_DATE = 1,
	SH_DATE_NAME = 2,
	SH_ONE_LINE = 4,
	SH_UNDATED = 8,
	SH_SIGNATURE = 16,
	SH_NUMBERED = 32,
	SH_VERB = 64,
	SH_DATE_AFTER = 128,
	SH_LIST = 256,
	SH_BASE = SH_NAME_DATE | SH_DATE_NAME | SH_ONE_LINE | SH_SIGNATURE | SH_DATE_AFTER
};

/* ---- lines and words ---- */

static void split_lines(struct page *P, const char *text, size_t len)
{
	size_t cap = 64;
	P->l = tt_xmalloc(cap * sizeof *P->l);
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		struct line L = {.no = (unsigned)P->n + 1};
		const char *s = p;
		for (; s < e; s++) {
			if (*s == ' ')
				L.indent++;
			else if (*s == '\t')
				L.indent = (L.indent / 4 + 1) * 4;
			else if ((unsigned char)s[0] == 0xC2 && s + 1 < e &&
			         (unsigned char)s[1] == 0xA0)
				L.indent++, s++; /* a no-break space */
			else
				break;
		}
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		L.s = s;
		L.len = (size_t)(e - s);
		L.blank = L.len == 0;
		if (P->n == cap)
			P->l = tt_xrealloc(P->l, (cap *= 2) * sizeof *P->l);
		P->l[P->n++] = L;
		p = nl ? nl + 1 : end;
	}
}

/* The column a margin's mark at the start of line L leaves its text at: a
 * bracketed word of a few letters ("[s]", a spacer image's alt text) or a
 * lone "*", then three spaces or more; 0 if none. */
static unsigned margin_mark(const struct line *L, size_t *skip)
{
	size_t m = 0;
	if (L->blank || L->len < 6)
		return 0;
	if (L->s[0] == '*')
		m = 1;
	else if (L->s[0] == '[') {
		const char *close = memchr(L->s, ']', L->len < 10 ? L->len : 10);
		m = close && !memchr(L->s, ' ', (size_t)(close - L->s)) ? (size_t)(close - L->s) + 1 : 0;
	}
	size_t sp = m;
	while (sp < L->len && L->s[sp] == ' ')
		sp++;
	if (!m || sp - m < 3 || sp >= L->len)
		return 0;
	*skip = sp;
	return L->indent + (unsigned)sp;
}

/* A mark w3m draws in the left margin amid a block of text (a vote arrow's
 * or a spacer's image, set where a table's row is centred: "[s]   His
 * easily-understandable ideas" between lines at the text's column): the
 * line's text stands at the column of the text above or below it (past a
 * blank line: a one-line comment under its header), and the mark is no
 * text of it. */
static void drop_margin_marks(struct page *P)
{
	for (size_t i = 1; i + 1 < P->n; i++) {
		size_t skip;
		unsigned col = margin_mark(&P->l[i], &skip);
		if (!col)
			continue;
		/* the nearest text above and below, past one blank line */
		const struct line *U = &P->l[i - 1], *D = &P->l[i + 1];
		if (U->blank && i > 1)
			U--;
		if (D->blank && i + 2 < P->n)
			D++;
		if (!((!U->blank && U->indent == col) || (!D->blank && D->indent == col)))
			continue;
		P->l[i].s += skip;
		P->l[i].len -= skip;
		P->l[i].indent = col;
	}
}

/* Case-insensitive match of the whole line against a list of phrases. */
static int line_is(const struct line *L, const char *const *phrases)
{
	if (!L->len)
		return 0;
	/* the first letter first: most lines are no phrase, and this is asked of
	 * every line more than once */
	int first = tolower((unsigned char)L->s[0]);
	for (; *phrases; phrases++)
		if (tolower((unsigned char)(*phrases)[0]) == first && strlen(*phrases) == L->len &&
		    !strncasecmp(L->s, *phrases, L->len))
			return 1;
	return 0;
}

/* ---- what comment systems print around comments ---- */

/* A line of nothing but such words between separators: "Reply • Share ›". */
static int chrome_run(const struct line *L, const char *const *words)
{
	size_t i = 0, found = 0;
	while (i < L->len) {
		/* Separators: spaces, | and the bullets, dots and arrows sites use. */
		if (L->s[i] == ' ' || L->s[i] == '|' || L->s[i] == '^') {
			i++;
			continue;
		}
		if ((unsigned char)L->s[i] >= 0x80) {
			size_t n = 1;
			while (i + n < L->len && ((unsigned char)L->s[i + n] & 0xC0) == 0x80)
				n++;
			if (n == 2 || n == 3) {
				i += n; /* one symbol such as · • › ↓ */
				continue;
			}
			return 0;
		}
		size_t j = i;
		while (j < L->len && (isalnum((unsigned char)L->s[j]) || L->s[j] == '\''))
			j++;
		if (j == i)
			return 0;
		struct line w = {.s = L->s + i, .len = j - i};
		if (!line_is(&w, words))
			return 0;
		found++;
		i = j;
	}
	return found >= 2;
}

/* Links and counters under or around a comment. */
static int comment_chrome(const struct line *L0)
{
	/* Text browsers number links: "[4]Reply". */
	size_t ref = tt_textline_link_ref(L0->s, L0->len);
	struct line stripped = *L0;
	stripped.s += ref;
	stripped.len -= ref;
	const struct line *L = &stripped;
	static const char *const words[] = {"Reply",
	                                    "Reply \xE2\x86\x93",
	                                    "Log in to Reply",
	                                    "Login to Reply",
	                                    "Report",
	                                    "Report comment",
	                                    "Like",
	                                    "Share",
	                                    "Flag",
	                                    "Permalink",
	                                    "Edit",
	                                    "Upvote",
	                                    "Downvote",
	                                    "Avatar",
	                                    "User avatar",
	                                    "Profile picture",
	                                    "Reply to this comment",
	                                    "Author",
	                                    "Mod",
	                                    "Moderator",
	                                    "Staff",
	                                    "Pinned",
	                                    "Top comment",
	                                    "Load more comments",
	                                    "Show more comments",
	                                    "View more comments",
	                                    "Show replies",
	                                    "Hide replies",
	                                    "View replies",
	                                    "Cancel reply",
	                                    "Sort by",
	                                    "Newest",
	                                    "Oldest",
	                                    "Most popular",
	                                    "Loading...",
	                                    "Load more",
	                                    NULL};
	if (line_is(L, words))
		return 1;
	if (chrome_run(L, words))
		return 1;
	if ((tt_textline_starts_with_ci(L->s, L->len, "sort by ") ||
	     tt_textline_starts_with_ci(L->s, L->len, "sort by:")) &&
	    L->len < 40)
		return 1;
	/* "12 likes", "3 replies", "5 points" */
	size_t i = 0;
	while (i < L->len && isdigit((unsigned char)L->s[i]))
		i++;
	if (!i || i >= L->len || L->s[i] != ' ')
		return 0;
	static const char *const units[] = {"like",   "likes", "reply", "replies", "point",
	                                    "points", "vote",  "votes", "upvotes", NULL};
	struct line rest = {.s = L->s + i + 1, .len = L->len - i - 1};
	return line_is(&rest, units);
}

/* A heading over the comment list: "11 Comments", "Comments", "3 thoughts on ...". */
static int comments_heading(const struct line *L)
{
	size_t i = 0;
	if (L->len > 80 || L->len == 0)
		return 0;
	while (i < L->len && isdigit((unsigned char)L->s[i]))
		i++;
	while (i < L->len && L->s[i] == ' ')
		i++;
	const char *s = L->s + i;
	size_t n = L->len - i;
	/* "Comments (12)" */
	if (n > 4 && s[n - 1] == ')') {
		size_t k = n - 1;
		while (k > 0 && isdigit((unsigned char)s[k - 1]))
			k--;
		if (k >= 2 && k < n - 1 && s[k - 1] == '(' && s[k - 2] == ' ')
			n = k - 2;
	}
	if (i && (tt_textline_starts_with_ci(s, n, "thoughts on") ||
	          tt_textline_starts_with_ci(s, n, "responses to") ||
	          tt_textline_starts_with_ci(s, n, "replies to") ||
	          tt_textline_starts_with_ci(s, n, "comments on")))
		return 1;
	static const char *const words[] = {"comment",
	                                    "comments",
	                                    "response",
	                                    "responses",
	                                    "reader comments",
	                                    "discussion",
	                                    "replies",
	                                    "join the discussion",
	                                    "join the conversation",
	                                    NULL};
	struct line rest = {.s = s, .len = n};
	if (line_is(&rest, words))
		return 1;
	/* A short line whose last word is "comments" (some captures decorate it). */
	return n <= 40 && tt_textline_count_words(s, n) <= 4 && n >= 8 &&
	       !strncasecmp(s + n - 8, "comments", 8) && (n == 8 || s[n - 9] == ' ');
}

/* The reply form that follows (or precedes) the comments. */
static int reply_form(const struct line *L)
{
	static const char *const starts[] = {"leave a reply",
	                                     "leave a comment",
	                                     "post a comment",
	                                     "add a comment",
	                                     "write a comment",
	                                     "submit a comment",
	                                     "your email address will not be published",
	                                     "you must be logged in to post a comment",
	                                     NULL};
	/* A form's heading is short: "Leave a comment below and tell us what you
	 * think!" ending an article is a sentence of it, not the form. */
	if (L->len > 80 ||
	    (tt_textline_ends_sentence(L->s, L->len) && tt_textline_count_words(L->s, L->len) > 8))
		return 0;
	for (const char *const *p = starts; *p; p++)
		if (tt_textline_starts_with_ci(L->s, L->len, *p))
			return 1;
	return 0;
}

/* A form's field as a text browser draws it: "[ ]", "Name * [______]". */
static int form_field(const struct line *L)
{
	const char *open = memchr(L->s, '[', L->len);
	if (!open)
		return 0;
	size_t i = (size_t)(open - L->s) + 1, sp = 0;
	while (i < L->len && (L->s[i] == ' ' || L->s[i] == '_'))
		i++, sp++;
	return i < L->len && L->s[i] == ']' && (sp >= 3 || (sp == 1 && open == L->s));
}

/* A footer line: copyright, legal links. */
static int footer_line(const struct line *L)
{
	return tt_textline_contains_ci(L->s, L->len, "\xC2\xA9") ||
	       tt_textline_contains_ci(L->s, L->len, "copyright") ||
	       tt_textline_contains_ci(L->s, L->len, "all rights reserved") ||
	       tt_textline_contains_ci(L->s, L->len, "privacy policy") ||
	       tt_textline_contains_ci(L->s, L->len, "terms of service") ||
	       tt_textline_contains_ci(L->s, L->len, "terms of use");
}

/* ---- comment headers ---- */

/* "1. " or "12) " opening a line: a numbered list. */
static int numbered(const struct line *L)
{
	size_t i = 0;
	while (i < L->len && isdigit((unsigned char)L->s[i]))
		i++;
	return i && i + 1 < L->len && (L->s[i] == '.' || L->s[i] == ')') && L->s[i + 1] == ' ';
}

struct when {
	const char *posted; /* the date text as written, in the thread's arena */
	char iso[32];
};

/* A date line, allowing "Posted on", "on" and a trailing "| Reply". */
/* Where a run of links after a date starts (" | parent | next"), or len. */
static size_t before_links(const char *s, size_t len)
{
	static const char *const seps[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "};
	size_t cut = len;
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		const char *p = memmem(s, len, seps[k], strlen(seps[k]));
		if (p && (size_t)(p - s) < cut)
			cut = (size_t)(p - s);
	}
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

/* "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #": a date's clock
 * time, then the header's buttons (a few words that end no sentence, their
 * link numbers gone): where the clock time ends, or 0. */
static size_t buttons_after_clock(const char *s, size_t len)
{
	for (size_t i = 1; i + 3 < len; i++) {
		if (s[i] != ':' || !isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1]) || !isdigit((unsigned char)s[i + 2]))
			continue;
		size_t end = i + 3;
		end += half_day(s + end, len - end);
		if (end >= len || s[end] != ' ')
			return 0;
		size_t words = tt_textline_count_words(s + end, len - end);
		return words >= 1 && words <= 5 && !tt_textline_ends_sentence(s + end, len - end) &&
		               !tt_textline_has_digit(s + end, len - end)
		           ? end
		           : 0;
	}
	return 0;
}

/* "1 ano atrás Link permanente": a relative time, then a permalink's or
 * reply's button in the page's language (one to three words, the first
 * capitalised, no digit, no sentence's end; not "I", which opens a
 * sentence): where the time ends, or 0. */
static size_t buttons_after_relative(const char *s, size_t len)
{
	char copy[72];
	if (len >= sizeof copy)
		return 0;
	for (size_t i = 1; i + 1 < len; i++) {
		if (s[i] != ' ' || !isupper((unsigned char)s[i + 1]) ||
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

/* "2 days ago at 07:52 am" (MacRumors): a relative day, then the clock
 * after "at", as "Yesterday at 5:54 pm" is read; kept as text. */
static int relative_at_clock(const char *s)
{
	const char *at = strstr(s, " at ");
	char copy[64];
	if (!at || (size_t)(at - s) >= sizeof copy)
		return 0;
	const char *c = at + 4;
	if (!isdigit((unsigned char)c[0]))
		return 0;
	c += 1 + (isdigit((unsigned char)c[1]) != 0);
	if (c[0] != ':' || !isdigit((unsigned char)c[1]) || !isdigit((unsigned char)c[2]))
		return 0;
	c += 3;
	c += half_day(c, strlen(c));
	if (*c)
		return 0;
	memcpy(copy, s, (size_t)(at - s));
	copy[at - s] = '\0';
	return tt_dates_is_relative(copy);
}

/* The date's reading with a slash pair standing between its parts left out
 * ("29.07.2020 // 12:56": a theme's separator, no part of either), or one
 * slash, bullet or middle dot before the clock ("Do 9 Apr 2020 / 08:34"). */
static int read_date(const char *text, char iso[32])
{
	const char *sl = strstr(text, " // "), *one = strstr(text, " / ");
	size_t skip = 3;
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
	char copy[160];
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

static int date_text(struct page *P, const char *s, size_t len, struct when *w);

/* A date of a few words before more links than a date has words ("1 day
 * ago | parent | prev | next [–]", Hacker News's header of a reply): the
 * date before them. */
static int links_after_date(struct page *P, const char *s, size_t len, struct when *w)
{
	size_t lim = len < 40 ? len : 40; /* four words of a date, a separator */
	size_t cut = before_links(s, lim);
	return cut < lim && cut && tt_textline_count_words(s, cut) <= 4 && date_text(P, s, cut, w);
}

static int date_text(struct page *P, const char *s, size_t len, struct when *w)
{
	char buf[160];
	static const char *const lead[] = {
	    "posted on ", "published on ", "published ",    "posted ",   "updated ",
	    "on ",        "at ",           "\xE2\x80\xA2 ", "\xC2\xB7 ", "- "};
	/* A list's bullet before the date ("o 10. April 2019 @ 16:29", "□ 8. April
	 * 2019"): a text browser's drawing of the page's list, not the date's. */
	size_t mark = tt_textline_list_mark(s, len);
	if (mark && len > mark + 4)
		s += mark, len -= mark;
	for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
		if (tt_textline_starts_with_ci(s, len, lead[k]) && len > strlen(lead[k]) + 4) {
			s += strlen(lead[k]);
			len -= strlen(lead[k]);
			break;
		}
	static const char *const tail[] = {" | Reply",   " \xC2\xB7 Reply", " Reply",
	                                   " Permalink", " | Permalink",    " (edited)",
	                                   " edited"};
	for (size_t k = 0; k < sizeof tail / sizeof *tail; k++) {
		size_t tl = strlen(tail[k]);
		if (len > tl && !strncasecmp(s + (len - tl), tail[k], tl)) {
			len -= tl;
			break;
		}
	}
	/* 64 characters at most once lynx's link numbers are gone (checked
	 * below); 100 with them. */
	if (len == 0 || len > 100 || tt_textline_count_words(s, len) > 9)
		return links_after_date(P, s, len, w);
	/* A text browser's link numbers ("Posted on [5]April 2") are not the date's. */
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		size_t ref = tt_textline_link_ref(s + i, len - i);
		if (ref && (i == 0 || s[i - 1] == ' '))
			i += ref - 1;
		else if (i + 1 < len && !memcmp(s + i, "\xC2\xA0", 2))
			buf[n++] = ' ', i++; /* "20:14 Uhr" as HTML's text gives it */
		else
			buf[n++] = s[i];
	}
	/* lynx numbers the reply link too ("May 3, 2017 [33]Reply"): its word
	 * shows only once the number is gone. */
	for (size_t k = 0; k < sizeof tail / sizeof *tail && n < len; k++) {
		size_t tl = strlen(tail[k]);
		if (n > tl && !strncasecmp(buf + (n - tl), tail[k], tl)) {
			n -= tl;
			break;
		}
	}
	if (n > 64)
		return 0;
	time_as_shown(buf, &n);
	buf[n] = '\0';
	/* Most lines are text: only one with a digit (or a short word such as
	 * "yesterday") may be a date. */
	if (!strpbrk(buf, "0123456789") && (n > 24 || !tt_dates_is_relative(buf)))
		return 0;
	if (read_date(buf, w->iso) != 0 && !tt_dates_is_relative(buf) &&
	    !tt_dates_is_yearless(buf) && !relative_at_clock(buf)) {
		/* "14 days ago | parent | next": the date, then links. */
		size_t cut = before_links(s, len);
		if (cut != len && cut != 0)
			return date_text(P, s, cut, w);
		cut = buttons_after_clock(buf, n);
		if (!cut)
			cut = buttons_after_relative(buf, n);
		return cut ? date_text(P, buf, cut, w) : 0;
	}
	/* "Posted" text keeps what was written, less a trailing period. */
	while (n && w->iso[0] && closing_dot(buf, n))
		n--;
	w->posted = tt_thread_strdup(P->t, buf, n);
	return 1;
}

/* The whole of s in one pair of brackets, round or square ("[22.06.2018
 * 11:13]"), none inside. */
static int bracketed(const char *s, size_t len)
{
	char close = s[0] == '(' ? ')' : s[0] == '[' ? ']' : 0;
	return close && s[len - 1] == close && !memchr(s + 1, s[0], len - 2) &&
	       !memchr(s + 1, close, len - 2);
}

/* A date line in brackets ("(22 juin 2018 @11h13)", as SPIP sets it): the
 * brackets are the page's, not the date's (a date in brackets after other
 * words is a quote's source, "… pénible. » (03/10/2019)", no header). */
static int line_date(struct page *P, const struct line *L, struct when *w)
{
	if (L->len > 6 && bracketed(L->s, L->len))
		return date_text(P, L->s + 1, L->len - 2, w);
	return date_text(P, L->s, L->len, w);
}

static int date_line(struct page *P, const struct line *L, struct when *w)
{
	if (L->blank)
		return 0;
	uintptr_t at = (uintptr_t)L, first = (uintptr_t)P->l;
	if (at < first || at >= (uintptr_t)(P->l + P->n)) /* not one of the page's lines */
		return line_date(P, L, w);
	size_t i = (at - first) / sizeof *L;
	if (!P->is_date[i])
		P->is_date[i] = line_date(P, L, &P->dates[i]) ? 2 : 1;
	if (P->is_date[i] == 2)
		*w = P->dates[i];
	return P->is_date[i] == 2;
}

enum hkind { H_NONE, H_DATED, H_UNDATED, H_SIGNATURE };

struct header {
	enum hkind kind;
	unsigned shape; /* SH_* */
	const char *author;
	struct when when;
	size_t next;  /* the first line after the header */
	int wraps;    /* its line may wrap onto one more (date_comma_name) */
	size_t dated; /* the date line under the text (SH_DATE_AFTER), or 0 */
	unsigned indent;
};

/* Next non-blank line after i within two blank lines, or P->n. */
static size_t next_text(const struct page *P, size_t i)
{
	size_t j = i + 1, blanks = 0;
	while (j < P->n && P->l[j].blank && blanks < 3)
		j++, blanks++;
	return j < P->n && !P->l[j].blank ? j : P->n;
}

/* The date of a one-line header; "NAME wrote on DATE at 3:53 am:" ends in a
 * colon that is the header's, not the date's (after a time only: "News vom
 * 31.10.2018:" opens a paragraph). */
static int header_date(struct page *P, const char *s, size_t len, struct when *w)
{
	if (len > 8 && s[len - 1] == ':' && s[len - 2] != ' ' && memchr(s, ':', len - 1))
		len--;
	return date_text(P, s, len, w);
}

/* A name written twice (an avatar's alt text, then the name), run together
 * or with a space, perhaps with lynx's link number before the second
 * ("小鳳 [127]小鳳"), then one short joining word before the date
 * ("小鳳小鳳於", "linghua linghua 於"): the name's length, or 0. */
static size_t doubled_before_word(const char *s, size_t len)
{
	for (size_t half = 1; half * 2 <= len; half++) {
		if (((unsigned char)s[half] & 0xC0) == 0x80)
			continue; /* not a character's end */
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

static const char *header_name(struct page *P, const char *s, size_t len)
{
	size_t full = len;
	size_t half = doubled_before_word(s, len);
	if (half)
		return tt_thread_strdup(P->t, s, half);
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
	size_t by = name_after_joiner(s, len, full);
	if (by)
		return tt_thread_strdup(P->t, s + by, full - by);
	return tt_thread_strdup(P->t, s, tt_textline_without_alt(s, len));
}

/* "gabriel sempéré Le 11 septembre 2018 à 12:57": a name of one to six
 * words, then a date (perhaps after a short word, in any language); the
 * shortest name with a date after it. A name run into a full date with no
 * space ("Sana6. Juni 2015 um 10:23", as Blogger prints it) counts too. */
static int name_then_date(struct page *P, const struct line *L, struct header *h)
{
	if (!tt_textline_has_digit(L->s, L->len) ||
	    tt_textline_ends_with_any(L->s, L->len, ".!?") ||
	    tt_textline_count_words(L->s, L->len) > 15 || !tt_dates_plausible(L->s, L->len))
		return 0;
	size_t words = 0;
	for (size_t i = 1; i < L->len && words < 6; i++) {
		unsigned char prev = (unsigned char)L->s[i - 1];
		int glued = isdigit((unsigned char)L->s[i]) && (isalpha(prev) || prev >= 0x80);
		if (!glued && (L->s[i] != ' ' || prev == ' '))
			continue;
		words += !glued;
		const char *name;
		size_t nl = tt_textline_author_name(L->s, i, &name), at = i + !glued;
		if (nl && header_date(P, L->s + at, L->len - at, &h->when) &&
		    (!glued || h->when.iso[0])) {
			h->author = header_name(P, name, nl);
			return 1;
		}
	}
	return 0;
}

/* "# Le 3 juillet à 16:55, par voltaire En réponse à : TITLE": the date
 * first, after a permalink's mark or two ("#", "^", lynx's link numbers),
 * then a comma, one short lowercase word and the name, which ends where a
 * colon set off by a space begins the item it answers. The words between
 * name and colon, which every header shares, go in strip_template. */
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

/* "Name · date", "Name | date", "Name on date", "Name says: date" on one line. */
static int one_line_header(struct page *P, const struct line *L, struct header *h)
{
	static const char *const seps[] = {" \xC2\xB7 ",     " \xE2\x80\xA2 ", " | ",
	                                   " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ",
	                                   " says: ",        " on ",           ", "};
	/* A name of 60 characters and a date of 64 at most, and a separator. */
	if (L->len > 140)
		return 0;
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		size_t sl = strlen(seps[k]);
		const char *sep = memmem(L->s, L->len, seps[k], sl);
		if (!sep)
			continue;
		const char *name;
		size_t nl = tt_textline_author_name(L->s, (size_t)(sep - L->s), &name);
		const char *d = sep + sl;
		if (nl && header_date(P, d, L->len - (size_t)(d - L->s), &h->when)) {
			/* a comma ends the name where it stands: no verb before it
			 * ("Soumis par monslateamoi, le lundi ...": the words before
			 * the name are the template's, strip_template's to take) */
			h->author = !strcmp(seps[k], ", ")
			                ? tt_thread_strdup(P->t, name, tt_textline_without_alt(name, nl))
			                : header_name(P, name, nl);
			/* "Julia on 11/08/2020 at 9:52": the page's time reads "on
			 * 11/08/2020 at 9:52", as lynx's dump keeps it ("Julia
			 * [34]on 11/08/2020"); so does the posted text. */
			if (!strcmp(seps[k], " on ") && h->when.posted)
				h->when.posted = posted_with_on(P, h->when.posted);
			return 1;
		}
	}
	if (name_then_date(P, L, h) || date_comma_name(P, L, h))
		return 1;
	/* "@handle 2 years ago", "pg 14 years ago | parent": a one-word name. */
	const char *sp = memchr(L->s, ' ', L->len);
	const char *name;
	size_t nl = sp ? tt_textline_author_name(L->s, (size_t)(sp - L->s), &name) : 0;
	if (nl && date_text(P, sp + 1, L->len - (size_t)(sp + 1 - L->s), &h->when)) {
		h->author = tt_thread_strdup(P->t, name, nl);
		return 1;
	}
	return 0;
}

static int soft_break(const struct page *P, const struct line *L, const struct line *next);

/* L is the item after U in the same list ("1. Pingback: TITLE | SITE"
 * over "2. [4bde] Michael Blahm sagt:"): a browser wraps an item's line
 * past its number, never onto a number of its own. */
static int next_item(const struct line *U, const struct line *L)
{
	return U->indent == L->indent && numbered(U) && numbered(L);
}

/* Line i goes on the line above it, at the same indentation, whose four
 * words or more end no sentence: the last words of a wrapped title (a
 * teaser's "... del país" over its date), not a name of its own. */
static int wrapped_tail(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL;
	if (!U || U->blank || next_item(U, &P->l[i]))
		return 0;
	/* under a list item, a wrapped line hangs past the item's bullet */
	int hangs =
	    U->indent == P->l[i].indent ||
	    (U->indent < P->l[i].indent && (tt_textline_list_mark(U->s, U->len) || numbered(U)));
	/* nor a date ("50 Minuten 46 Sekunden her" over the next name):
	 * date_line only fills the page's cache of readings */
	struct when w;
	/* where the browser wrapped the page, only a break it made can be
	 * one ("Sortiert nach: neuste | älteste" over a name is no title) */
	if (P->wrap && !soft_break(P, U, &P->l[i]))
		return 0;
	return hangs && tt_textline_count_words(U->s, U->len) >= 4 &&
	       !tt_textline_ends_sentence(U->s, U->len) &&
	       !tt_textline_ends_with_any(U->s, U->len, ":") &&
	       !date_line((struct page *)P, U, &w);
}

/* The hash of a line's text less a text browser's link numbers ("[85]"),
 * which lynx numbers anew on every repetition. */
static uint64_t line_hash(const struct line *L, size_t *spaces)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	*spaces = 0;
	for (size_t k = 0; k < L->len; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, L->len - k) : 0;
		if (ref) {
			k += ref - 1;
			continue;
		}
		*spaces += L->s[k] == ' ';
		h = (h ^ (unsigned char)L->s[k]) * 0x100000001b3ULL;
	}
	return h;
}

/* For every line with a key (of[i]; 0 for none), how many lines of the page
 * share that key, in n[i] (0 for none): one pass and an open-addressing
 * table, the count behind every "the page repeats this line" below. */
static void count_keys(const struct page *P, const uint64_t *of, unsigned *n)
{
	size_t cap = 64;
	while (cap < P->n * 2)
		cap *= 2;
	uint64_t *keys = tt_xcalloc(cap, sizeof *keys);
	unsigned *counts = tt_xcalloc(cap, sizeof *counts);
	size_t *slot = tt_xcalloc(P->n + 1, sizeof *slot);
	for (size_t i = 0; i < P->n; i++) {
		if (!of[i])
			continue;
		size_t k = (size_t)of[i] & (cap - 1);
		while (keys[k] && keys[k] != of[i])
			k = (k + 1) & (cap - 1);
		keys[k] = of[i];
		counts[k]++;
		slot[i] = k + 1;
	}
	for (size_t i = 0; i < P->n; i++)
		n[i] = slot[i] ? counts[slot[i] - 1] : 0;
	free(keys);
	free(counts);
	free(slot);
}

/* Marks the lines of three words or more (two spaces) whose text (less link numbers)
 * the page holds three times or more: a button every comment repeats
 * ("Diesen Kommentar auf Twitter teilen?"). One pass and a table. */
static void mark_repeats(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	for (size_t i = 1; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t spaces;
		/* only what a name line can stand over is asked about */
		if (L->len < 8 || L->len > 200 || P->l[i - 1].blank || P->l[i - 1].len > 60)
			continue;
		uint64_t h = line_hash(L, &spaces) | 1; /* 0 marks no key */
		of[i] = spaces < 2 ? 0 : h;           /* three words at least */
	}
	count_keys(P, of, n);
	P->repeated = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->repeated[i] = n[i] >= 3;
	free(of);
	free(n);
}

/* A name line right over a line every comment repeats (wpDiscuz's share
 * button under the name), itself no such line: the same mark of a header
 * as a closing "WORD:". */
static int name_over_repeat(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	const char *name;
	if (!P->repeated)
		mark_repeats(P);
	return i + 1 < P->n && P->repeated[i + 1] && !P->repeated[i] && !L->blank &&
	       tt_textline_count_words(L->s, L->len) <= 4 &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?:;,") &&
	       tt_textline_author_name(L->s, L->len, &name) == L->len;
}

static int tail_line(struct page *P, size_t i);
static int name_over_signed_date(struct page *P, size_t i, struct header *h);
static int dotted_name_header(struct page *P, size_t i, struct header *h);
static size_t past_header_tail(struct page *P, size_t i);
static size_t doubled_after_ref(const struct line *L, const char **name);
static int doubles_dated_below(struct page *P);

/* A date line right under a name written on two lines, the same name twice
 * (an avatar's alt text, then the name: wpDiscuz's "Luripu" over "Luripu"
 * over "vor 1 Stunde"): a header of its own, whose date no name above it
 * takes. */
static int name_twice_over(const struct page *P, size_t k)
{
	const struct line *A = k >= 2 ? &P->l[k - 2] : NULL, *B = k >= 1 ? &P->l[k - 1] : NULL;
	const char *name;
	return A && !A->blank && !B->blank && A->len == B->len && !memcmp(A->s, B->s, A->len) &&
	       tt_textline_author_name(B->s, B->len, &name) == B->len;
}
static int double_footer(struct page *P, size_t k);

/* A name line ending in "WORD:" (`Ramón dijo:`) over text whose date comes
 * after it, on a line of its own (`26 abril 2022 a las 14:02`), before the
 * next such name line: the date line's index, or 0. Looks 400 lines ahead at
 * most, and never past the next name line, so that asking at every line
 * stays linear. */
static size_t date_after(struct page *P, size_t i, struct when *w)
{
	const struct line *L = &P->l[i];
	const char *name;
	int repeat = 0;
	if (L->blank ||
	    (!(repeat = name_over_repeat(P, i)) &&
	     (L->s[L->len - 1] != ':' || tt_textline_without_verb(L->s, L->len) == L->len)) ||
	    !tt_textline_author_name(L->s, L->len, &name) || wrapped_tail(P, i))
		return 0;
	size_t j = next_text(P, i + (size_t)repeat);
	if (j >= P->n || P->l[j].indent < L->indent || date_line(P, &P->l[j], w))
		return 0;
	for (size_t k = j + 1; k < P->n && k < i + 400; k++) {
		const struct line *K = &P->l[k];
		if (K->blank)
			continue;
		if (K->indent < L->indent && !tt_textline_list_mark(K->s, K->len))
			return 0;
		if (date_line(P, K, w))
			return double_footer(P, k) || name_twice_over(P, k) ? 0 : k; /* that name's */
		if (((K->s[K->len - 1] == ':' && tt_textline_without_verb(K->s, K->len) != K->len) ||
		     (repeat && name_over_repeat(P, k))) &&
		    tt_textline_author_name(K->s, K->len, &name) && !wrapped_tail(P, k))
			return 0;
		if (doubled_after_ref(K, &name) && doubles_dated_below(P))
			return 0; /* the next comment's header */
	}
	return 0;
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
	size_t j = next_text(P, i);
	const char *name;
	return j < P->n && P->l[j].indent >= P->l[i].indent && doubled_name(&P->l[j], &name) &&
	               date_line(P, &P->l[i], w) && !doubles_dated_below(P)
	           ? j
	           : 0;
}

/* A comment header starting at line i: the author then the date (or the
 * other way round), or both on one line; with undated set, a name line whose
 * text below is indented deeper. */
static int undated_at(struct page *P, size_t i, struct header *h);
static int bare_mark(const struct line *L);
static int item_number(const struct page *P, size_t i);
static int under_avatar(const struct page *P, size_t i);
static long stated_count(struct page *P, const struct line *L);

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

/* A block of a few lines with no blank between, opening a list's item or
 * after a blank line, ending in a date line, its second line a name that
 * the first ends with ("avatar for user Dread-neck" over "Dread-neck" over
 * "Party: Conservative" over "Reply #1" over the date: an avatar's alt
 * text, the name, the forum's lines about its member): the name and the
 * date are the header's, the rest of the block too. */
static int block_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	struct when w;
	/* (or back at the margin under a reply's text, lynx's avatar link) */
	if (i == 0 ||
	    !(P->l[i - 1].blank || bare_mark(&P->l[i - 1]) || numbered(L) ||
	      (P->l[i - 1].indent > L->indent && tt_textline_link_ref(L->s, L->len))) ||
	    bare_mark(L) || date_line(P, L, &w))
		return 0;
	size_t d = i + 1;
	while (d < P->n && d < i + 6 && !P->l[d].blank && !date_line(P, &P->l[d], &w))
		d++;
	if (d >= P->n || d == i + 6 || P->l[d].blank || d < i + 2)
		return 0;
	for (size_t m = i + 1; m < i + 2; m++) { /* the name right under the first line */
		const struct line *M = &P->l[m], *U = &P->l[m - 1];
		size_t ref = tt_textline_link_ref(M->s, M->len), len = M->len - ref;
		const char *name;
		if (!len || U->len <= len + 1 || U->s[U->len - len - 1] != ' ' ||
		    memcmp(U->s + U->len - len, M->s + ref, len) ||
		    tt_textline_author_name(M->s + ref, len, &name) != len)
			continue;
		date_line(P, &P->l[d], &h->when);
		h->kind = H_DATED;
		h->shape |= SH_NAME_DATE;
		h->author = tt_thread_strdup(P->t, name, len);
		h->next = d + 1;
		h->indent = block_column(P, i, d);
		return 1;
	}
	return 0;
}

static long level_line(const struct line *L, size_t *word);

/* One word in brackets filling the line ("[deleted]", an image's alt
 * text). */
static int bracketed_word(const char *s, size_t len)
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
	return date_text(P, d, (size_t)((next ? next : e) - d), w);
}

/* A date broken after its number at the line's end ("edited 2" over
 * "years ago"): the number and the next line read as one. */
static int date_broken(struct page *P, const struct line *L, const struct line *next)
{
	char buf[64];
	struct when w;
	size_t b = L->len;
	while (b > 0 && isdigit((unsigned char)L->s[b - 1]))
		b--;
	if (b == L->len || (b && L->s[b - 1] != ' ') || next->len > 40 ||
	    tt_textline_count_words(next->s, next->len) > 3)
		return 0;
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(L->len - b), L->s + b, (int)next->len,
	                 next->s);
	return n > 0 && (size_t)n < sizeof buf && date_text(P, buf, (size_t)n, &w);
}

/* Line i right under a "level N" line. */
static int level_under(const struct page *P, size_t i)
{
	size_t w;
	return i > 0 && !P->l[i - 1].blank && level_line(&P->l[i - 1], &w) >= 0;
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
	    (!bracketed_word(name, len) && tt_textline_author_name(L->s + ref, len, &name) != len) ||
	    score_then_date(P, L, &h->when, 0) || !score_then_date(P, N, &h->when, level_under(P, i)))
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, name, len);
	h->next = i + 2;
	/* the line's end wrapped ("· edited 2" over "years ago") is the header's */
	if (h->next < P->n && !P->l[h->next].blank &&
	    (tt_textline_starts_with_ci(P->l[h->next].s, P->l[h->next].len, "\xC2\xB7 ") ||
	     soft_break(P, N, &P->l[h->next]) || date_broken(P, N, &P->l[h->next])))
		h->next++;
	/* an award's image right under the score ("[award-gold]") is the header's */
	if (h->next < P->n && bracketed_word(P->l[h->next].s, P->l[h->next].len) &&
	    !tt_textline_link_ref(P->l[h->next].s, P->l[h->next].len))
		h->next++;
	return 1;
}

/* A word in capitals in brackets alone on its line: lynx's mark of a form
 * control with no label ("(BUTTON)"). */
static int lone_control(const struct line *L)
{
	if (L->blank || L->len < 3 || L->s[0] != '(' || L->s[L->len - 1] != ')')
		return 0;
	for (size_t k = 1; k + 1 < L->len; k++)
		if (!isupper((unsigned char)L->s[k]))
			return 0;
	return 1;
}

static void mark_buttons(struct page *P);

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
	    !date_text(P, close + 2, (size_t)(hash - 2 - (close + 2)), &h->when))
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_ONE_LINE;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = i + 1;
	return 1;
}

/* A forum post's author box: the name (lynx's link number before it), then
 * three to twelve short lines with no blank between (the member's rank,
 * stars, "Beiträge: 96", "#2"), a blank line, and the date alone
 * ("26.04.2020, 19:13", "Gestern, 06:58") over the post's text, as MyBB
 * sets it: the name and the date are the header's, the box too. */
static int author_box(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t ref, len, k = i + 1, b = i + 1;
	const char *name;
	struct when w;
	/* first what is cheap to ask of every line: a blank line after three
	 * to twelve lines, a date right under it */
	while (b < P->n && b <= i + 13 && !P->l[b].blank)
		b++;
	if (b < i + 4 || b >= P->n || !P->l[b].blank || next_text(P, b) > b + 2 ||
	    next_text(P, b) >= P->n || !date_line(P, &P->l[next_text(P, b)], &w))
		return 0;
	ref = tt_textline_link_ref(L->s, L->len);
	len = L->len - ref;
	if (!P->buttons)
		mark_buttons(P);
	/* the page's buttons under each post ("Suchen" over "Zitieren") and an
	 * image's alt text ("[default_]") come before the box, no name of it */
	if (!len || P->buttons[i] || P->buttons[i + 1] || bracketed_word(L->s + ref, len) ||
	    tt_textline_author_name(L->s + ref, len, &name) != len ||
	    tt_textline_count_words(L->s + ref, len) > 4 || date_line(P, L, &w))
		return 0;
	while (k < P->n && k <= i + 12 && !P->l[k].blank &&
	       tt_textline_count_words(P->l[k].s, P->l[k].len) <= 8 &&
	       !tt_textline_ends_sentence(P->l[k].s, P->l[k].len)) {
		/* a link to a name under it (lynx's "[30]Werner Edelmann"; the
		 * post's number "[32]#2" is none): the box starts there */
		size_t r = tt_textline_link_ref(P->l[k].s, P->l[k].len);
		if (r && r < P->l[k].len &&
		    (isalpha((unsigned char)P->l[k].s[r]) || (unsigned char)P->l[k].s[r] >= 0xC0))
			return 0;
		k++;
	}
	if (k < i + 4 || k >= P->n || !P->l[k].blank)
		return 0;
	size_t d = next_text(P, k);
	if (d >= P->n || d > k + 2 || !date_line(P, &P->l[d], &h->when))
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, name, len);
	h->next = d + 1;
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
	if (i == 0 || P->l[i - 1].blank || level_line(&P->l[i - 1], &w) < 0 || len > 100)
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
		if (tt_textline_count_words(L->s, k) < 2 || !date_text(P, L->s + k + ref, len - k - ref, &h->when))
			return 0;
		h->kind = H_DATED;
		h->shape = SH_NAME_DATE; /* where the name and date stand */
		h->next = i + 1;
		/* lynx's marks of the buttons it shows without a label
		 * ("(BUTTON)", a capitalised word in brackets alone) are the
		 * header's: the comment has no text */
		while (h->next < P->n && lone_control(&P->l[h->next]))
			h->next++;
		return 1;
	}
	return 0;
}

static int name_button_date(struct page *P, size_t i, struct header *h);
static int in_name_button_date(struct page *P, size_t i);
/* Line i goes on a web address ending the line above, where the browser
 * wrapped it (lynx cuts a long address at the width, "…/So-leben-Kinder-
 * in-Deutschl" over "and.html 19.05.19", or sets the source's date under
 * it): a source list's line, no header. */
static int continues_address(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL, *L = &P->l[i];
	if (!P->wrap || !U || U->blank || U->indent != L->indent || !soft_break(P, U, L))
		return 0;
	size_t b = U->len;
	while (b > 0 && U->s[b - 1] != ' ')
		b--;
	return memmem(U->s + b, U->len - b, "://", 3) != NULL;
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
		if (date_line(P, &P->l[k], w))
			return k > next_text(P, i) ? k : 0;
	}
	return 0;
}

/* Whether the line above i (within two blank lines) is a date line. */
static int date_right_above(struct page *P, size_t i)
{
	struct when w;
	size_t u = i;
	while (u > 0 && i - u < 3 && P->l[u - 1].blank)
		u--;
	return u > 0 && date_line(P, &P->l[u - 1], &w);
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
	struct when w;
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
	struct when w;
	if (!doubles_dated_below(P) || !date_line(P, &P->l[k], &w))
		return 0;
	for (size_t u = k; u-- > 0 && k - u < 400;) {
		if (P->l[u].blank)
			continue;
		if (doubled_after_ref(&P->l[u], &name))
			return 1;
		if (date_line(P, &P->l[u], &w))
			return 0;
	}
	return 0;
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
	h->kind = H_DATED;
	h->shape |= SH_DATE_AFTER;
	h->author = tt_thread_strdup(P->t, name, half);
	h->next = i + 1;
	/* the name once more, perhaps under a role ("Gast"), is the header's */
	for (size_t k = i, n = 0; n < 2 && (k = next_text(P, k)) < h->dated; n++) {
		const struct line *N = &P->l[k];
		size_t ref = tt_textline_link_ref(N->s, N->len);
		if (N->len - ref == half && !memcmp(N->s + ref, name, half))
			h->next = k + 1;
	}
	return 1;
}

/* Marks the short lines (four words at most, 60 bytes at most) whose text,
 * less link numbers, the page holds three times or more: a comment's
 * buttons ("Zgłoś do moderacji", "Odpowiedz"). One pass and a table. */
static void mark_short_repeats(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	for (size_t i = 0; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t spaces;
		if (!L->blank && L->len <= 60 && tt_textline_count_words(L->s, L->len) <= 4)
			of[i] = line_hash(L, &spaces) | 1; /* 0 marks no key */
	}
	count_keys(P, of, n);
	P->short_repeats = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->short_repeats[i] = n[i] >= 3;
	free(of);
	free(n);
}

/* A number alone on its line, perhaps signed: a vote count. */
static int count_line(const struct line *L)
{
	size_t d = !L->blank && (L->s[0] == '+' || L->s[0] == '-');
	return !L->blank && L->len > d && L->len <= 8 + d &&
	       strspn(L->s + d, "0123456789") == L->len - d;
}

/* A line of a header's furniture under the name and date: a vote count or
 * a short line the page repeats (a button: letters, no sentence's end). */
static int tail_line(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	if (!P->short_repeats)
		mark_short_repeats(P);
	if (L->blank)
		return 0;
	return (P->short_repeats[i] && tt_textline_has_letter(L->s, L->len) &&
	        !tt_textline_ends_with_any(L->s, L->len, ".!?:)")) ||
	       count_line(L);
}

/* Where the text starts after a header ending before line i: past the run of
 * furniture right under it, no blank line between, that holds a vote count
 * ("Zgłoś do moderacji", "2", "0", "Odpowiedz"; a short text the page
 * repeats, "❤️" under "Antworten", is no such run), when the text follows
 * the run as directly. */
static size_t past_header_tail(struct page *P, size_t i)
{
	size_t k = i;
	int counts = 0;
	/* a count within the first lines, before the page's lines are counted */
	while (k < P->n && k < i + 8 && !P->l[k].blank && !count_line(&P->l[k]))
		k++;
	if (k >= P->n || k == i + 8 || P->l[k].blank)
		return i;
	k = i;
	while (k < P->n && tail_line(P, k))
		counts |= count_line(&P->l[k++]);
	return counts && k < P->n && !P->l[k].blank ? k : i;
}

/* A name of one word closed by a dot ("Lopek."), which reads as no name
 * alone, over a date line and the furniture of the template's headers
 * (buttons the page repeats, vote counts) right under it: a header. */
static int dotted_name_header(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	struct when w;
	if (L->blank || L->len < 3 || L->len > 40 || L->s[L->len - 1] != '.' ||
	    L->s[L->len - 2] == '.' || memchr(L->s, ' ', L->len) || i + 2 >= P->n ||
	    !tt_textline_has_letter(L->s, L->len - 1) || date_line(P, L, &w) ||
	    !date_line(P, &P->l[i + 1], &h->when) || !tail_line(P, i + 2) ||
	    past_header_tail(P, i + 2) == i + 2)
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, L->s, L->len);
	h->next = i + 2;
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
	if (k >= bl || !isdigit((unsigned char)b[k]) || !date_text(P, b + k, bl - k, &h->when))
		return 0;
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, name, al);
	h->next = i + 2;
	return 1;
}

static int header_at(struct page *P, size_t i, int undated, struct header *h)
{
	const struct line *L = &P->l[i];
	memset(h, 0, sizeof *h);
	h->indent = L->indent;
	if (L->blank || comment_chrome(L) || reply_form(L) || in_name_button_date(P, i) ||
	    continues_address(P, i))
		return 0;
	if (name_over_score(P, i, h) || gone_under_level(P, i, h) || author_box(P, i, h) ||
	    handle_name_date(P, i, h))
		return 1;
	const char *name;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	size_t j = next_text(P, i);
	struct when w;
	h->shape =
	    (numbered(L) ? SH_NUMBERED : 0) |
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
		for (size_t k = d, n = 0; n < 2 && (k = next_text(P, k)) < P->n; n++)
			if (P->l[k].len == half && !memcmp(P->l[k].s, P->l[d].s, half))
				h->next = k + 1;
		return 1;
	}
	/* a number alone over the date is a vote count (wpDiscuz's "4"), no name;
	 * a number under a list's number with the verb of the template ("3. 1009
	 * schreibt:", a pupil's number on a school blog) is a name */
	if (nl && strspn(name, "0123456789") >= nl && L->len == nl)
		nl = 0;
	if (nl && j < P->n && P->l[j].indent >= L->indent && !date_line(P, L, &w) &&
	    !wrapped_tail(P, i) && !date_over_double(P, j, &w) && !double_footer(P, j) &&
	    date_line(P, &P->l[j], &h->when)) {
		h->kind = H_DATED;
		h->shape |= SH_NAME_DATE;
		h->author = tt_thread_strdup(P->t, name, nl);
		h->next = j + 1;
		h->indent = name_pulled_left(P, i, j);
		return 1;
	}
	if (nl && name + nl == L->s + L->len && name_button_date(P, i, h))
		return 1;
	if (date_line(P, L, &h->when) && j < P->n && P->l[j].indent >= L->indent) {
		const struct line *A = &P->l[j];
		size_t k = next_text(P, j);
		nl = tt_textline_author_name(A->s, A->len, &name);
		/* The name must be followed by text, or it is just a short comment;
		 * a name whose own date comes under its text is not this one's; a
		 * count under a date ("15 min lues", a teaser's reading time) is
		 * none. */
		if (nl && k < P->n && !date_line(P, A, &w) && !date_after(P, j, &w) &&
		    stated_count(P, A) < 0) {
			h->kind = H_DATED;
			h->shape = SH_DATE_NAME;
			h->author = tt_thread_strdup(P->t, name, nl);
			h->next = j + 1;
			return 1;
		}
	}
	if (!date_line(P, L, &w) && one_line_header(P, L, h)) {
		h->kind = H_DATED;
		h->shape |= SH_ONE_LINE;
		h->next = i + 1;
		/* The item it answers, wrapped: one more line at its indentation
		 * before a blank line, or one the browser's wrapping broke off
		 * (lynx: the text follows with no blank line), is the header's too. */
		if (h->wraps && i + 2 < P->n && !P->l[i + 1].blank &&
		    ((P->l[i + 2].blank && P->l[i + 1].indent == L->indent) ||
		     soft_break(P, L, &P->l[i + 1])) &&
		    !date_line(P, &P->l[i + 1], &w))
			h->next = i + 2;
		/* The name once more under it, as an item of its own ("• 小鳳"),
		 * is still the header's. */
		size_t k = next_text(P, i);
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
	    name_over_signed_date(P, i, h))
		return 1;
	if (nl && (h->dated = date_after(P, i, &h->when)) != 0) {
		h->kind = H_DATED;
		h->shape |= SH_DATE_AFTER;
		h->author = tt_thread_strdup(P->t, name, nl);
		/* the repeated button under the name is the header's */
		h->next = i + 1 + (size_t)name_over_repeat(P, i);
		return 1;
	}
	return undated && undated_at(P, i, h);
}

/* Whether a digit stands in line L outside lynx's link numbers ("[198]"). */
static int digit_past_refs(const struct line *L)
{
	for (size_t k = 0; k < L->len; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, L->len - k) : 0;
		if (ref)
			k += ref - 1;
		else if (isdigit((unsigned char)L->s[k]))
			return 1;
	}
	return 0;
}

/* Marks the lines of one to three words, no digit among them, that the
 * page holds three times or more, each right under a line of text, not
 * always the same one: a button under every name ("Link kopieren"),
 * shorter than mark_repeats asks (2; 1 for any line found thrice). A name
 * under the same reply link each time ("Antworten" over "Dietmar", a reader
 * who wrote thrice) is none. */
static void mark_buttons(struct page *P)
{
	size_t spaces;
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of), *pair = tt_xcalloc(P->n + 1, sizeof *pair);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n), *same = tt_xcalloc(P->n + 1, sizeof *same);
	for (size_t i = 1; i < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->len >= 4 && L->len <= 40 && !P->l[i - 1].blank && !digit_past_refs(L) &&
		    !tt_textline_ends_sentence(L->s, L->len))
			of[i] = (line_hash(L, &spaces) | 1) * (spaces <= 2);
		/* the line and the one over it: fewer of these than of the line
		 * alone, and the line stands under other lines too */
		if (of[i])
			pair[i] = ((of[i] * 0x9E3779B97F4A7C15ULL) ^ line_hash(&P->l[i - 1], &spaces)) | 1;
	}
	count_keys(P, of, n);
	count_keys(P, pair, same);
	P->buttons = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->buttons[i] = (unsigned char)((n[i] >= 3) | (n[i] >= 3 && same[i] < n[i]) << 1);
	free(of);
	free(pair);
	free(n);
	free(same);
}

/* "Magnus_15" over "Link kopieren" over "29.04.2023, 10:57 Uhr" (taz.de):
 * a name line, a button the page repeats under every name, then the date,
 * with no blank line between them: the name and date of one header, the
 * button the header's. */
static int name_button_date(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w;
	if (i + 2 >= P->n || P->l[i + 1].blank || P->l[i + 2].blank ||
	    P->l[i + 2].indent < L->indent || tt_textline_ends_with_any(L->s, L->len, ".!?:;,"))
		return 0;
	if (!P->buttons)
		mark_buttons(P);
	if (P->buttons[i] || !(P->buttons[i + 1] & 2) || date_line(P, L, &w) ||
	    date_line(P, &P->l[i + 1], &w) || !date_line(P, &P->l[i + 2], &h->when))
		return 0;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	h->kind = H_DATED;
	h->shape |= SH_NAME_DATE;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = i + 3;
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
		mark_buttons(P);
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
	       (!U || U->blank || (U->indent == L->indent && !soft_break(P, U, L)));
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
static size_t flat_run(const struct page *P, size_t i, unsigned char **names)
{
	size_t j = next_text(P, i), k = j, count = 0;
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
static void find_flat_run(struct page *P, size_t i)
{
	size_t end = flat_run(P, i, &P->flat_names);
	if (end) {
		P->flat_from = next_text(P, i);
		P->flat_to = end;
	}
}

/* A name line over text indented deeper, the undated header, alone: what
 * header_at adds with undated set, for a line known to hold no other; in a
 * flat run, a name line over its text. */
static int undated_at(struct page *P, size_t i, struct header *h)
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
	size_t j = next_text(P, i);
	/* the text deeper than the page's own prose too: lynx sets every
	 * paragraph three columns in, under headings at the margin */
	if (j >= P->n || j <= i + 1 || P->l[j].indent <= L->indent ||
	    P->l[j].indent <= P->prose_indent || comment_chrome(L) || reply_form(L))
		return 0;
	const char *name;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (!nl)
		return 0;
	/* A line over a dated header, perhaps past an avatar's bare item
	 * ("Add yours" over "1. 1 [60afcbfb6a3d]" over "Julia on 11/08/2020
	 * at 9:52"), heads the comments: it is none of them. */
	size_t k = bare_mark(&P->l[j]) ? next_text(P, j) : j;
	if (k < P->n && item_number(P, k))
		k = next_text(P, k);
	struct header d;
	if (k < P->n && header_at(P, k, 0, &d))
		return 0;
	h->kind = H_UNDATED;
	h->shape = SH_UNDATED;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->next = i + 1;
	return 1;
}

/* "by NAME on DATE at TIME." after a comment's text. */
static int signature_at(struct page *P, const struct line *L, struct header *h)
{
	const char *s = L->s;
	size_t len = L->len;
	if (tt_textline_starts_with_ci(s, len, "posted by "))
		s += 7, len -= 7;
	if (!tt_textline_starts_with_ci(s, len, "by ") || len > 200)
		return 0;
	s += 3, len -= 3;
	/* The name may itself hold " on ": take the last split whose tail is a date. */
	for (size_t i = len; i-- > 1;) {
		if (i + 4 > len || strncmp(s + i, " on ", 4))
			continue; /* " on " must lie within the line */
		if (date_text(P, s + i + 4, len - i - 4, &h->when) && h->when.iso[0]) {
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

/* ---- paragraphs ---- */

/* A run of lines; NULL entries are paragraph breaks. */
struct lines {
	const struct line **v;
	size_t n, cap;
};

static void lines_add(struct lines *ls, const struct line *L)
{
	if (ls->n == ls->cap)
		ls->v = tt_xrealloc(ls->v, (ls->cap = ls->cap ? ls->cap * 2 : 32) * sizeof *ls->v);
	ls->v[ls->n++] = L && !L->blank ? L : NULL;
}

/* Records what the lines of ls were taken as. */
static void mark_lines(struct page *P, const struct lines *ls, enum role r)
{
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i])
			P->role[ls->v[i] - P->l] = (unsigned char)r;
}

/* Lines without a blank between them form one paragraph, hard breaks kept;
 * the indentation they share is dropped, deeper indentation kept. With
 * line_mode, every line is a paragraph of its own. */
/* Columns of s (code points; wide characters are rare in wrapped dumps). */
static unsigned columns(const char *s, size_t len)
{
	unsigned n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* The width a text browser wrapped the page at: the widest line that has a
 * space in it (less the widest hundredth), when a third of the lines inside paragraphs reach near it; 0
 * when the page was not wrapped (a browser's copy keeps a paragraph on one
 * line). A line holding an address is left out: browsers never break one, so
 * it runs past the width (lynx's list of references is all such lines). */
static unsigned wrap_width(const struct page *P)
{
	size_t count[201] = {0}, lines = 0;
	for (size_t i = 0; i < P->n; i++) {
		const struct line *L = &P->l[i];
		unsigned w = L->indent + columns(L->s, L->len);
		if (w <= 200 && memchr(L->s, ' ', L->len) && !memmem(L->s, L->len, "://", 3))
			count[w]++, lines++;
	}
	/* The widest hundredth are lines the browser could not break (a long
	 * word, characters it counts wider), not its width. */
	unsigned max = 200;
	for (size_t over = 0; max > 0 && over + count[max] <= lines / 100; max--)
		over += count[max];
	size_t inner = 0, full = 0; /* lines followed by a line of the same paragraph */
	for (size_t i = 0; i + 1 < P->n; i++)
		if (!P->l[i].blank && !P->l[i + 1].blank) {
			inner++;
			full += P->l[i].indent + columns(P->l[i].s, P->l[i].len) + 12 >= max;
		}
	return max >= 60 && inner >= 10 && full * 3 >= inner ? max : 0;
}

/* Was the break after L the browser's wrapping? Only when the next line's
 * first word would not have fitted on L. */
static int soft_break(const struct page *P, const struct line *L, const struct line *next)
{
	if (!P->wrap)
		return 0;
	const char *sp = memchr(next->s, ' ', next->len);
	size_t first = sp ? (size_t)(sp - next->s) : next->len;
	return L->indent + columns(L->s, L->len) + 1 + columns(next->s, first) > P->wrap;
}

/* A comment's paragraph indented four columns or more past the comment's
 * own text, and no list item, is a quote (w3m indents a blockquote so):
 * marked as the HTML importer marks one, "> " opening each line. */
static int quoted_para(const struct lines *ls, size_t i, unsigned min, unsigned base)
{
	const struct line *L = ls->v[i];
	return base != ~0u && min >= base + 4 && !tt_textline_list_mark(L->s, L->len) &&
	       !numbered(L);
}

/* As emit_paragraphs; paragraphs indented four columns or more past base
 * (~0u: none) are quotes. */
static void emit_quoting(const struct page *P, tt_strv *out, const struct lines *ls,
                         int line_mode, unsigned base)
{
	tt_thread *t = P->t;
	tt_buf b = {0};
	for (size_t i = 0; i < ls->n;) {
		if (!ls->v[i]) {
			i++;
			continue;
		}
		size_t j = i;
		unsigned min = ~0u;
		while (j < ls->n && ls->v[j] && (j == i || !line_mode)) {
			if (ls->v[j]->indent < min)
				min = ls->v[j]->indent;
			j++;
		}
		b.len = 0;
		int quote = quoted_para(ls, i, min, base);
		for (size_t k = i; k < j; k++) {
			int soft = k > i && soft_break(P, ls->v[k - 1], ls->v[k]);
			if (k > i)
				tt_buf_addc(&b, soft ? ' ' : '\n');
			if (quote && !soft)
				tt_buf_add(&b, "> ", 2);
			for (unsigned s = min; s < ls->v[k]->indent && !soft; s++)
				tt_buf_addc(&b, ' ');
			tt_buf_add(&b, ls->v[k]->s, ls->v[k]->len);
		}
		tt_strv_push(t, out, tt_thread_strdup(t, b.data, b.len));
		i = j;
	}
	tt_buf_free(&b);
}

static void emit_paragraphs(const struct page *P, tt_strv *out, const struct lines *ls,
                            int line_mode)
{
	emit_quoting(P, out, ls, line_mode, ~0u);
}

/* ---- the comment section ---- */

struct open {
	tt_comment *c;
	unsigned indent;
};

struct section {
	struct page *P;
	tt_comment *cur;
	struct lines body; /* of cur, or text waiting for a signature */
	struct open *stack;
	size_t depth, cap;
	enum hkind style;
	unsigned top_indent; /* of the first header */
	int chrome;          /* skipping a form or footer until the next header */
	int text_aligned;    /* comment text sits 1: at its header's column, 2: left, 3: right */
	int bulleted;        /* the first header's lines are items of a list */
	int clocked;         /* the first header's date has a time of day */
	size_t dated;        /* the current comment's date line under its text, or 0 */
	unsigned lead;       /* lines since an avatar's bare item closed a comment */
	size_t shaped;       /* comments so far, all of the first one's shape (SH_BASE) */
	struct line level;   /* the word of "level 2" lines over headers, or len 0 */
	long level_min;      /* the smallest number such lines give */
};

/* The width of the number opening the signed comment's line body.v[k]
 * ("2. Freuen weil..."), when it is the comment's list number: the text
 * hangs past it (the line under it, or else the signature, starts where the
 * number's text does); 0 for a number of the text's own. */
static size_t list_number(const struct section *S, size_t k)
{
	const struct line *L = S->body.v[k];
	size_t w = 0;
	while (isdigit((unsigned char)L->s[w]))
		w++;
	w += 2;
	const struct line *next = k + 1 < S->body.n ? S->body.v[k + 1] : NULL;
	unsigned hang = next ? next->indent : S->cur->col - 1;
	return hang == L->indent + w ? w : 0;
}

/* A signed comment's paragraphs may open with its list's bullet ("• très
 * bien"): the bullet marks the comment, not its text; with at_header, only
 * paragraphs at the header's column. */
static void strip_bullets(struct section *S, int at_header)
{
	for (size_t k = 0; k < S->body.n; k++) {
		if (!S->body.v[k] || (k > 0 && S->body.v[k - 1]))
			continue;
		struct line *L = &S->P->l[S->body.v[k] - S->P->l];
		if (at_header && L->indent + 1 != S->cur->col)
			continue;
		size_t mark = tt_textline_list_mark(L->s, L->len);
		if (!mark && numbered(L))
			mark = list_number(S, k);
		for (size_t b = 0; b < mark; b++) /* columns, not bytes */
			L->indent += ((unsigned char)L->s[b] & 0xC0) != 0x80;
		L->s += mark;
		L->len -= mark;
	}
}

/* The lines of the comment's text before those left of its header's
 * column that end it ("Comments are closed.", lynx's "(BUTTON) Voir les
 * commentaires suivants" at the page's margin under the last comment): they
 * follow the comment and set no column for its quotes. All where no line
 * sits at or right of the header's column (text left of its bullets). */
static size_t trailing_left(const struct section *S, unsigned header)
{
	size_t n = S->body.n;
	while (n > 0 && (!S->body.v[n - 1] || S->body.v[n - 1]->indent < header))
		n--;
	return n ? n : S->body.n;
}

/* The column of the current comment's own text: its leftmost line of
 * three words or more, not left of its header by more than a bullet's
 * width (text further left, "Profilbild von NAME", is the page's; a stray
 * word, an ad's "Reklama", is none); ~0u if none. */
static unsigned text_column(const struct section *S)
{
	unsigned base = ~0u, header = S->cur->col - 1;
	size_t n = trailing_left(S, header);
	/* a reply whose name lynx drew at the margin is at its block's column */
	if (S->depth && S->stack[S->depth - 1].c == S->cur && S->stack[S->depth - 1].indent > header)
		header = S->stack[S->depth - 1].indent;
	for (size_t i = 0; i < n; i++) {
		const struct line *L = S->body.v[i];
		if (L && L->indent < base && L->indent + 2 >= header &&
		    tt_textline_count_words(L->s, L->len) >= 3)
			base = L->indent;
	}
	return base;
}

static void finish_comment(struct section *S)
{
	/* Under bulleted headers, the text's items at the header's column
	 * ("* #1 NAME DATE" over "* text") are the same list's. */
	if (S->cur && (S->style == H_SIGNATURE || S->bulleted))
		strip_bullets(S, S->style != H_SIGNATURE);
	if (S->cur)
		mark_lines(S->P, &S->body, R_COMMENT);
	/* Quotes are told from the comment's own column; signed text also
	 * holds the links above it, further left, so it has none. */
	if (S->cur)
		emit_quoting(S->P, &S->cur->body, &S->body, 0,
		             S->style == H_SIGNATURE ? ~0u : text_column(S));
	S->cur = NULL;
	S->body.n = 0;
}

static tt_comment *new_comment(struct section *S, const struct header *h, const struct line *L)
{
	while (S->depth && S->stack[S->depth - 1].indent >= h->indent)
		S->depth--;
	tt_comment *parent = S->depth ? S->stack[S->depth - 1].c : NULL;
	tt_comment *c = tt_thread_add_comment(S->P->t, parent);
	c->author = h->author;
	c->posted = h->when.posted;
	c->time = h->when.iso[0] ? tt_thread_strdup(S->P->t, h->when.iso, (size_t)-1) : NULL;
	c->line = L->no;
	c->col = L->indent + 1;
	struct page *P = S->P;
	if (P->nall == P->capall)
		P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
	P->all[P->nall++] = c;
	if (S->depth == S->cap)
		S->stack =
		    tt_xrealloc(S->stack, (S->cap = S->cap ? S->cap * 2 : 16) * sizeof *S->stack);
	S->stack[S->depth++] = (struct open){c, h->indent};
	return c;
}

/* Short lines (menus) right above a footer line, with no blank line between,
 * belong to the footer; a short last paragraph of the comment ("Cheers")
 * stands apart and stays. */
static void drop_footer_tail(struct section *S)
{
	size_t n = S->body.n;
	while (n) {
		const struct line *L = S->body.v[n - 1];
		if (!L || L->len > 60 || tt_textline_count_words(L->s, L->len) > 8 ||
		    tt_textline_ends_sentence(L->s, L->len))
			break;
		n--;
	}
	S->body.n = n;
}

/* Text kept in case a signature claims it; a link of one word alone on
 * its line (lynx's "[125]發表留言", a "post a comment" button) signs
 * nothing. */
static int pending_text(const struct section *S)
{
	for (size_t k = 0; k < S->body.n; k++) {
		const struct line *L = S->body.v[k];
		if (L && !(tt_textline_link_ref(L->s, L->len) && !memchr(L->s, ' ', L->len)))
			return 1;
	}
	return 0;
}

static long level_over(const struct section *S, size_t i);

/* A signature under the text it signs: "by NAME on DATE", or a one-line
 * header ("NAME Le DATE") when text came before the section's first header
 * and the page's one-line headers sign text (signed_layout): a line such
 * as "Comments are closed." over the first header signs nothing. */
static int signature_line(struct section *S, size_t i, struct header *h)
{
	struct page *P = S->P;
	if (signature_at(P, &P->l[i], h))
		return 1;
	/* A header right under an avatar's bare item ("1. 1 [60afcbfb6a3d]")
	 * opens its comment: the text before it is someone else's. */
	if (S->style == H_NONE && under_avatar(P, i))
		return 0;
	/* So does a header under its "level N" line: the level is its own. */
	if (level_over(S, i) >= 0)
		return 0;
	if ((S->style == H_SIGNATURE || (pending_text(S) && P->signed_text)) &&
	    header_at(P, i, 0, h) &&
	    (h->shape & SH_ONE_LINE)) {
		h->kind = H_SIGNATURE;
		h->shape = SH_SIGNATURE;
		return 1;
	}
	return 0;
}

/* A list's bullet or number alone on its line, perhaps with an image (" 1.
 * []", " 2. [pic2]"; "☆", "o"): a text browser's mark for the next comment,
 * no text. */
static int bare_mark(const struct line *L)
{
	const unsigned char *u = (const unsigned char *)L->s;
	if (L->len == 1 && strchr("*+o-", L->s[0]))
		return 1;
	/* U+2022 (•), U+25xx (□ ■ ○ ●), U+26xx (☆ ★) */
	if (L->len == 3 && u[0] == 0xE2 &&
	    ((u[1] == 0x80 && u[2] == 0xA2) || u[1] == 0x96 || u[1] == 0x97 || u[1] == 0x98))
		return 1;
	size_t len = L->len, k = 0;
	while (k < len && isdigit(u[k]))
		k++;
	if (k && k < len && (u[k] == '.' || u[k] == ')'))
		k++;
	else if ((k = tt_textline_list_mark(L->s, len)) == 0)
		return 0;
	/* images with no alt text ("[]") or one word of it each ("[pic2]",
	 * "[dc63703] [gif]": an avatar and its frame), after the comment's
	 * number as the theme prints it ("1. 1 [60afcbfb6a3d]") */
	for (int counted = 0;; counted = 1) {
		for (; k < len && u[k] == ' '; k++)
			;
		if (k == len)
			return 1;
		size_t d = k;
		while (!counted && d < len && isdigit(u[d]))
			d++;
		if (d > k && d < len && u[d] == ' ') {
			k = d;
			continue;
		}
		if (u[k] != '[')
			return 0;
		size_t close = k + 1;
		while (close < len && u[close] != ']' && u[close] != ' ')
			close++;
		if (close == len || u[close] != ']')
			return 0;
		k = close + 1;
	}
}

/* The column of the header at line i, indent, or that of the numbered
 * bare item right over it whose text column it sits at ("2. [avatar]" over
 * "MsElmeno • 2 weeks ago" three columns in, where "1. MA Sullivan • ..."
 * has no image): the item's number is the comment's, not a reply's. Only
 * where the first header opens with its number (elsewhere every header
 * sits under its number, at the same column). */
static unsigned hanging_item(const struct page *P, size_t i, unsigned indent)
{
	const struct line *U = i ? &P->l[i - 1] : NULL;
	if (!U || U->blank || !(P->shape & SH_NUMBERED) || !numbered(U) || !bare_mark(U) ||
	    U->indent >= indent)
		return indent;
	size_t w = strspn(U->s, "0123456789") + 2; /* "12. " */
	return indent == U->indent + w ? U->indent : indent;
}

/* A sign alone on line i ("+", "-", a pupil's mark opening the text) right
 * over text at its own column, with no blank line between, that is no
 * header nor list item and holds three words: the text's first line, no
 * browser's bullet (which stands over the item it draws, or on its line). */
static int mark_opens_text(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	return L->len == 1 && N && !N->blank && N->indent == L->indent &&
	       !(P->hshape && P->hshape[i + 1]) && !tt_textline_list_mark(N->s, N->len) &&
	       !numbered(N) && N->s[0] != '[' && tt_textline_count_words(N->s, N->len) >= 3;
}

/* A comment's number alone on the line under a bare item ("1." over "1",
 * as lynx shows a theme's counter where the avatar has no alt text). */
static int item_number(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t k = 0;
	while (k < L->len && isdigit((unsigned char)L->s[k]))
		k++;
	return k && k == L->len && k <= 4 && i > 0 && !P->l[i - 1].blank && bare_mark(&P->l[i - 1]);
}

/* Line i sits right under an avatar's bare item (perhaps past its number). */
static int under_avatar(const struct page *P, size_t i)
{
	return i > 0 && !P->l[i - 1].blank && (bare_mark(&P->l[i - 1]) || item_number(P, i - 1));
}

/* An avatar's bare item ("• [5e6a]") over a line of its own, apart from
 * both, that is no list item, then a dated header ("Ein Missverständnis",
 * "geschrieben von wScherf am 21. Jan. 2015, 20:02"): the line is the
 * comment's title. */
static int titled_item(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	struct header g;
	/* An avatar's image alone ("[avatar_sla]"), the title right under it
	 * and the one-line header right under that (Slate.fr): the same. */
	if (L->len > 2 && L->s[0] == '[' && L->s[L->len - 1] == ']' &&
	    !memchr(L->s, ' ', L->len) && i + 2 < P->n && !P->l[i + 1].blank &&
	    !P->l[i + 2].blank && P->l[i + 1].indent == L->indent &&
	    P->hshape && P->hshape[i + 2] == SH_ONE_LINE && !P->hshape[i + 1] &&
	    header_at(P, i + 2, 0, &g) && g.kind == H_DATED)
		return 1;
	if (!bare_mark(L) || !(memchr(L->s, '[', L->len) || !tt_textline_has_letter(L->s, L->len)))
		return 0;
	size_t j = next_text(P, i), k;
	struct header h;
	/* the title apart from the header, or (lynx) at the margin right over
	 * the header indented under the item */
	if (j >= P->n || j == i + 1 || tt_textline_list_mark(P->l[j].s, P->l[j].len) ||
	    numbered(&P->l[j]) || (k = next_text(P, j)) >= P->n ||
	    (k == j + 1 && P->l[j].indent >= P->l[k].indent))
		return 0;
	return header_at(P, k, 0, &h) && h.kind == H_DATED && !(h.shape & SH_DATE_AFTER);
}

/* A first header dated to the day over headers dated to the minute
 * ("©KOF ETH Zürich, 21. Jan. 2015" over "geschrieben von berg2012 am 21.
 * Jan. 2015, 19:04"): the page's line, not a comment. */
static int day_over_clocks(struct page *P, const struct header *h)
{
	if (!P->hshape || h->kind != H_DATED || !h->when.iso[0] || strchr(h->when.iso, 'T'))
		return 0;
	size_t seen = 0, clocked = 0;
	struct header g;
	for (size_t k = h->next; k < P->n && seen < 3; k++)
		if (P->hshape[k] && header_at(P, k, 0, &g)) {
			seen++;
			clocked += g.kind == H_DATED && strchr(g.when.iso, 'T') != NULL;
			k = g.next - 1;
		}
	return seen >= 2 && clocked == seen;
}

/* Three comments or more, all of one shape (a name line over its date):
 * a dated header of another after them ("DATE by NAME" under "Popular
 * Stories") is a teaser of another post. */
static int other_shape(const struct section *S, const struct header *h)
{
	return S->shaped >= 3 && h->kind == H_DATED && S->shaped == S->P->nall &&
	       (h->shape & SH_BASE) != (S->P->shape & SH_BASE);
}

/* Where the comments' headers are numbered ("34. Guy Hence says:"), a
 * header with neither number nor bullet right of the open comment's
 * header ("averagjoe says:" over its date, at the text's column) is the
 * comment it answers quoted at the start of the text, no comment; but not
 * one hanging under a numbered avatar item, whose number is its own. */
static int quoted_among_numbered(const struct section *S, const struct line *L)
{
	const struct page *P = S->P;
	return (P->shape & SH_NUMBERED) && S->cur && !numbered(L) &&
	       !tt_textline_list_mark(L->s, L->len) && L->indent + 1 > S->cur->col &&
	       hanging_item(P, (size_t)(L - P->l), L->indent) == L->indent;
}

/* Once comments are dated under their text, a header of another shape is a
 * teaser of another post (a title over its date) in a box after them. */
static int same_template(const struct section *S, const struct header *h, const struct line *L)
{
	/* Where "level N" lines nest the comments, a header without one (a
	 * sidebar's "Created · Jan 25, 2008") is none of them. */
	if (S->level.len && level_over(S, (size_t)(L - S->P->l)) < 0)
		return 0;
	if (S->style == H_NONE)
		return 1;
	if (other_shape(S, h))
		return 0;
	/* After a reply form or footer, a header dated to the day (or less) where
	 * the comments were dated to the minute is a teaser's, in a box of other
	 * posts. */
	if (S->chrome && S->clocked && h->kind == H_DATED && !strchr(h->when.iso, 'T'))
		return 0;
	/* Where headers are items of a list (bulleted, or numbered for replies),
	 * a name and date in a comment's text ("@ NAME" over the date of the
	 * comment it answers) are no header. */
	if (S->bulleted && !tt_textline_list_mark(L->s, L->len) && !numbered(L))
		return 0;
	if (quoted_among_numbered(S, L))
		return 0;
	return !(S->P->shape & SH_DATE_AFTER) || (h->shape & SH_DATE_AFTER);
}

/* "level 2": one word of letters and a number of one or two digits, alone
 * on a line; the number, or -1. */
static long level_line(const struct line *L, size_t *word)
{
	size_t w = 0;
	while (w < L->len && isalpha((unsigned char)L->s[w]))
		w++;
	if (!w || w > 16 || w + 2 > L->len || L->s[w] != ' ' || L->len - w - 1 > 2)
		return -1;
	for (size_t k = w + 1; k < L->len; k++)
		if (!isdigit((unsigned char)L->s[k]))
			return -1;
	*word = w;
	return strtol(L->s + w + 1, NULL, 10);
}

/* The level a "level N" line right over the dated header at line i gives,
 * in the section's template (S->level), or -1. */
static long level_over(const struct section *S, size_t i)
{
	size_t w;
	long n;
	if (!S->level.len || i == 0 || S->P->l[i - 1].blank ||
	    (n = level_line(&S->P->l[i - 1], &w)) < 0)
		return -1;
	return w == S->level.len && !memcmp(S->P->l[i - 1].s, S->level.s, w) ? n : -1;
}

/* Nesting written out as a word and a number on the line over each header
 * ("level 1", "level 2": new Reddit's labels, the comments all at one
 * column): the same word over half the dated headers from line from on,
 * and three at least, is the section's template; the numbers give depth. */
static void find_levels(struct section *S, size_t from)
{
	struct page *P = S->P;
	size_t headers = 0, over = 0, w;
	long min = -1;
	if (!P->hshape)
		return;
	for (size_t i = from + 1; i < P->n; i++) {
		if (!P->hshape[i])
			continue;
		headers++;
		const struct line *U = &P->l[i - 1];
		long n = U->blank ? -1 : level_line(U, &w);
		if (n < 0 || (S->level.len && (w != S->level.len || memcmp(U->s, S->level.s, w))))
			continue;
		if (!S->level.len)
			S->level = (struct line){.s = U->s, .len = w};
		over++;
		if (min < 0 || n < min)
			min = n;
	}
	if (over < 3 || over * 2 < headers)
		S->level.len = 0;
	S->level_min = min;
}

/* A dated or signed header within the next eight lines after line i: a
 * name line over indented text there ("Kommentare" over "Dieser Artikel
 * hat 32 Kommentare.") heads them, and is no comment with no date. */
static int dated_soon(const struct page *P, size_t i)
{
	for (size_t k = i + 1; P->hshape && k < P->n && k <= i + 8; k++)
		if (P->hshape[k])
			return 1;
	return 0;
}

/* Line i a comment's title, apart, right over a one-line header with one
 * blank line between ("Fake Christians" over "Submitted by charlyc on
 * Wed, 10/17/2018 - 12:17.", Drupal 6): two to eight words, no sentence's
 * end, no item, number or date. */
static int title_at(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	struct when w;
	size_t words = L->blank ? 0 : tt_textline_count_words(L->s, L->len);
	return i > 0 && i + 2 < P->n && words >= 2 && words <= 8 && P->l[i - 1].blank &&
	       P->l[i + 1].blank && P->hshape[i + 2] == SH_ONE_LINE && !P->hshape[i] &&
	       P->l[i + 2].indent >= L->indent &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?:;,") &&
	       !tt_textline_list_mark(L->s, L->len) && !numbered(L) && !date_line(P, L, &w) &&
	       !comment_chrome(L) && !comments_heading(L) && !reply_form(L) &&
	       stated_count(P, L) < 0;
}

/* Where two one-line headers or more have a title over them, and two in
 * three at least (a byline's "CHQ Staff | 10/17/18" has none), each title
 * opens its comment, a paragraph of its own. Three or more all alike are
 * a link closing each comment ("Log in to Reply" over the next header),
 * no titles; two alike may be an answer under its question's title. */
static int titled_header(struct page *P, size_t i)
{
	if (!P->hshape)
		return 0;
	if (!P->titled) {
		size_t headers = 0, titled = 0, alike = 0, spaces;
		uint64_t first = 0;
		for (size_t k = 2; k < P->n; k++)
			if (P->hshape[k] == SH_ONE_LINE) {
				headers++;
				if (!title_at(P, k - 2))
					continue;
				/* alike less lynx's link numbers */
				uint64_t h = line_hash(&P->l[k - 2], &spaces);
				if (!titled++)
					first = h;
				alike += h == first;
			}
		P->titled = titled >= 2 && titled * 3 >= headers * 2 && (titled < 3 || alike < titled)
		                ? 2
		                : 1;
	}
	return P->titled == 2 && title_at(P, i);
}

/* Whether line L holds a character of four bytes in UTF-8 (past U+FFFF:
 * an emoji, "🙂", "👍"): a person's words, no page's badge. */
static int has_emoji(const struct line *L)
{
	for (size_t k = 0; k < L->len; k++)
		if ((unsigned char)L->s[k] >= 0xF0)
			return 1;
	return 0;
}

/* Whether three date lines or more, three in four at least, have the same
 * line right over them (not a frequent commenter's name),
 * their list numbers and link numbers aside ("1. [181][avatar]
 * [182]Profile" over "12.29.14 at 9:14 pm"): a button every header
 * shares, the name being the line under the date (names_under_dates).
 * Asked once a page: one pass and count_keys. */
static int shared_over_dates(struct page *P)
{
	if (P->shared_over_dates)
		return P->shared_over_dates == 2;
	P->shared_over_dates = 1;
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	size_t dates = 0, best = 0, spaces;
	struct when w;
	for (size_t i = 1; i < P->n; i++) {
		const struct line *U = &P->l[i - 1];
		if (U->blank || P->l[i].blank || !date_line(P, &P->l[i], &w))
			continue;
		struct line M = *U;
		if (numbered(&M)) {
			size_t k = strspn(M.s, "0123456789") + 2;
			M.s += k, M.len -= k;
		}
		of[i] = line_hash(&M, &spaces) | 1;
		dates++;
	}
	count_keys(P, of, n);
	for (size_t i = 0; i < P->n; i++)
		best = n[i] > best ? n[i] : best;
	free(of);
	free(n);
	if (best >= 3 && best * 4 >= dates * 3)
		P->shared_over_dates = 2;
	return P->shared_over_dates == 2;
}

/* A name over its date, then up to three short lines with no blank
 * between and a blank line after ("Edits", "ContributorAuthor", lynx's
 * "(BUTTON)": GitHub's badges and buttons under the header): the header's,
 * not the text's. A line of two words at most at the date's column, no
 * sentence, no date, no digit; where the next line of text follows at
 * once, or the header is a list's item ("□ 8. April 2019 @ 21:43" over
 * "@MayaZi", the name the text answers), or the line over every date is
 * the same button (the name is then under the date), or the date's line
 * holds more than the date (Douban's "NAME(SIGNATURE)DATE" over a text
 * of one word), nothing; nor is a line without a letter, or with an
 * emoji ("Bitte 🙂", a whole comment), a badge. */
static size_t header_badges(struct page *P, const struct header *h)
{
	size_t k = h->next;
	struct when w;
	const struct line *D = &P->l[h->next - 1]; /* the date's line */
	if (!(h->shape & SH_NAME_DATE) || h->kind != H_DATED || tt_textline_list_mark(D->s, D->len) ||
	    shared_over_dates(P))
		return h->next;
	/* the date's line opening with the name again: Douban's signed date */
	size_t ref = tt_textline_link_ref(D->s, D->len), al = h->author ? strlen(h->author) : 0;
	if (al && D->len - ref >= al && !memcmp(D->s + ref, h->author, al))
		return h->next;
	while (k < P->n && k < h->next + 3 && !P->l[k].blank) {
		const struct line *L = &P->l[k];
		if (L->indent != D->indent || tt_textline_count_words(L->s, L->len) > 2 ||
		    digit_past_refs(L) || !tt_textline_has_letter(L->s, L->len) ||
		    has_emoji(L) ||
		    tt_textline_ends_with_any(L->s, L->len, ".!?:;,") || date_line(P, L, &w))
			return h->next;
		k++;
	}
	return k > h->next && k < P->n && P->l[k].blank ? k : h->next;
}

static void section_line(struct section *S, size_t *i)
{
	struct page *P = S->P;
	const struct line *L = &P->l[*i];
	struct header h;
	if (P->flat_to && *i == P->flat_to) { /* a flat run ends with its last text */
		finish_comment(S);
		S->chrome = 1;
	}
	if (L->blank) {
		lines_add(&S->body, NULL);
		return;
	}
	if (S->dated && *i == S->dated) { /* the date under the text is the header's */
		P->role[*i] = R_HEADER;
		return;
	}
	if (*i + 1 < P->n && P->hshape && P->hshape[*i + 1] && level_over(S, *i + 1) >= 0) {
		P->role[*i] = R_HEADER; /* the next header's "level N" */
		return;
	}
	int undated = S->style == H_UNDATED || (S->style == H_NONE && !dated_soon(P, *i));
	if ((S->style == H_NONE || S->style == H_SIGNATURE) && !S->lead && signature_line(S, *i, &h)) {
		if (S->style == H_NONE)
			P->shape = h.shape;
		S->style = H_SIGNATURE;
		P->role[*i] = R_HEADER;
		S->cur = new_comment(S, &h, L);
		finish_comment(S);
		S->chrome = 0;
		return;
	}
	if (S->style != H_SIGNATURE && header_at(P, *i, undated, &h) && same_template(S, &h, L) &&
	    !(S->style == H_NONE && day_over_clocks(P, &h))) {
		if (S->style == H_NONE) {
			S->style = h.kind;
			S->top_indent = h.indent;
			S->bulleted = tt_textline_list_mark(L->s, L->len) != 0;
			S->clocked = h.kind == H_DATED && strchr(h.when.iso, 'T') != NULL;
			P->shape = h.shape;
		}
		/* A list's bullet alone right above the header, deeper than it, is
		 * where lynx shows the comment's nesting ("  *" over "Graugans
		 * sagt:" under its parent's text): the header nests there. */
		if (*i > 0 && !P->l[*i - 1].blank && bare_mark(&P->l[*i - 1]) &&
		    P->l[*i - 1].indent > h.indent)
			h.indent = P->l[*i - 1].indent;
		h.indent = hanging_item(P, *i, h.indent);
		h.next = header_badges(P, &h);
		/* "level 2" over it: nested as the number says, past the
		 * column every header shares */
		long level = level_over(S, *i);
		if (level >= S->level_min && S->level.len)
			h.indent += (unsigned)(level - S->level_min);
		/* A mark alone right under the header (SPIP's ":" after the
		 * date), no letter or digit in it, is the header's; a sentence's
		 * end (a comment of ".") is text. */
		if (h.next < P->n && !P->l[h.next].blank && P->l[h.next].len <= 3 &&
		    !tt_textline_has_letter(P->l[h.next].s, P->l[h.next].len) &&
		    !bare_mark(&P->l[h.next]) &&
		    !tt_textline_ends_with_any(P->l[h.next].s, P->l[h.next].len, ".!?"))
			h.next++;
		h.next = past_header_tail(P, h.next);
		for (size_t k = *i; k < h.next; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		/* Text between an avatar's item and the header under it ("•
		 * [5e6a]", "Ein Missverständnis", "geschrieben von wScherf am
		 * ...") is the comment's title: it opens the comment's text. */
		if (!S->lead || S->cur)
			finish_comment(S);
		else if (S->body.n)
			lines_add(&S->body, NULL); /* the title, a paragraph of its own */
		S->lead = 0;
		S->cur = new_comment(S, &h, L);
		S->shaped += S->shaped + 1 == P->nall && (h.shape & SH_BASE) == (P->shape & SH_BASE);
		S->chrome = 0;
		S->dated = h.dated;
		*i = h.next - 1;
		return;
	}
	/* A teaser's header ends the comment before it: what follows is the
	 * teaser's, up to the next comment. */
	if (S->style == H_DATED && S->cur && P->hshape && P->hshape[*i] &&
	    header_at(P, *i, 0, &h) && other_shape(S, &h) &&
	    !(S->dated && h.next > S->dated)) { /* not the comment's date under its text */
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	/* A footer's words with comments still to come ("das Copyright" in a
	 * comment's text) are no footer: the page's own comes after them all. */
	int footer = footer_line(L) && !(P->strong_from && P->strong_from[*i + 1]);
	if (reply_form(L) || footer || form_field(L)) {
		if (footer)
			drop_footer_tail(S);
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	if (((S->cur && S->style == H_DATED) || S->style == H_NONE) && titled_header(P, *i)) {
		finish_comment(S);
		S->lead = 1;
		S->chrome = 0;
		/* lynx's number of the title's link ("[137]Fake Christians") */
		size_t ref = tt_textline_link_ref(L->s, L->len);
		P->l[*i].s += ref;
		P->l[*i].len -= ref;
		lines_add(&S->body, L);
		return;
	}
	/* An avatar's item after a dated comment's text, over a title, opens
	 * the next comment: the title is that one's. */
	if (((S->cur && S->style == H_DATED) || S->style == H_NONE) && !S->chrome &&
	    titled_item(P, *i)) {
		finish_comment(S);
		S->lead = 1;
		return;
	}
	if (S->lead && !S->cur) {
		lines_add(&S->body, L);
		return;
	}
	/* Before any header, text is kept in case a signature claims it. */
	if (S->chrome || comment_chrome(L) || (bare_mark(L) && !mark_opens_text(P, *i)) ||
	    item_number(P, *i) || (!S->cur && S->style != H_SIGNATURE && S->style != H_NONE))
		return;
	/* Where comment text is indented like its header, text further left is
	 * the page going on (a footer); where it is not, nothing can be told. */
	/* Headers drawn as items of an inner list ("□ NAME", "□ DATE") may stand
	 * right of their comment's text, which belongs to the outer item: there
	 * only text at the margin is the page's. */
	/* Where it sits right of its header, text back at the header's column
	 * (and no header) is the page going on too. */
	if (S->cur && !S->text_aligned)
		S->text_aligned = L->indent > S->top_indent ? 3 : L->indent == S->top_indent ? 1 : 2;
	/* A bulleted header at the margin itself ("● HansEhrlich" over text at
	 * column 0) leaves nothing further left to be the page's. */
	if ((S->text_aligned == 1 || S->text_aligned == 3) && S->style != H_SIGNATURE &&
	    L->indent < (S->bulleted ? S->top_indent > 0 : S->top_indent + (S->text_aligned == 3))) {
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	lines_add(&S->body, L);
}

/* Paragraph k of c (k < 0 counts from the end) when it is one short line
 * and no sentence ("Antworten", "Répondre", "Reply ↓"), else NULL. */
static const char *link_para(const tt_comment *c, long k)
{
	if (!c->body.n)
		return NULL;
	const char *p = c->body.v[k < 0 ? (long)c->body.n + k : k];
	size_t len = strlen(p);
	return len <= 40 && !memchr(p, '\n', len) && tt_textline_count_words(p, len) <= 3 &&
	               !tt_textline_ends_sentence(p, len)
	           ? p
	           : NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The most frequent of n strings (sorted in place), and its count. */
static const char *most_common(const char **v, size_t n, size_t *count)
{
	qsort(v, n, sizeof *v, cmp_str);
	const char *best = NULL;
	*count = 0;
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i; j < n && !strcmp(v[i], v[j]); j++)
			;
		if (j - i > *count)
			best = v[i], *count = j - i;
	}
	return best;
}

/* Lines of the comments that are the paragraph `text` alone become links. */
static void mark_links(struct page *P, const char *text)
{
	size_t bl = strlen(text);
	for (size_t i = 0; i < P->n; i++)
		if (P->role[i] == R_COMMENT && P->l[i].len == bl && !memcmp(P->l[i].s, text, bl) &&
		    (i == 0 || P->role[i - 1] != R_COMMENT || P->l[i - 1].blank) &&
		    (i + 1 == P->n || P->role[i + 1] != R_COMMENT || P->l[i + 1].blank))
			P->role[i] = R_LINKS;
}

/* The reply link with every comment is what repeats: the same short line
 * ending (or, where signatures follow the text, opening) at least half of the
 * comments, and two, is the site's, in whatever language; it is dropped. */
/* The short first paragraph of c that may be a repeated link; none where
 * the comments open with their titles (titled_header), which may repeat
 * ("Fake Christians" answered under the same title). */
static const char *head_link(const struct page *P, const tt_comment *c)
{
	return P->titled == 2 ? NULL : link_para(c, 0);
}

static void drop_repeated_links(struct page *P)
{
	const char **v = tt_xmalloc((2 * P->nall + 1) * sizeof *v);
	size_t n = 0, count;
	for (size_t i = 0; i < P->nall; i++) {
		const char *head = head_link(P, P->all[i]), *tail = link_para(P->all[i], -1);
		if (tail)
			v[n++] = tail;
		if (head && head != tail)
			v[n++] = head;
	}
	const char *best = most_common(v, n, &count);
	if (count >= 2 && count * 2 >= P->nall) {
		char *text = tt_xstrndup(best, strlen(best));
		mark_links(P, text);
		for (size_t i = 0; i < P->nall; i++) {
			tt_comment *c = P->all[i];
			const char *tail = link_para(c, -1), *head = head_link(P, c);
			if (tail && !strcmp(tail, text))
				c->body.n--;
			if (head && c->body.n && !strcmp(head, text)) {
				memmove(c->body.v, c->body.v + 1,
				        (c->body.n - 1) * sizeof *c->body.v);
				c->body.n--;
			}
		}
		free(text);
	}
	free(v);
}

/* The first line of c's text when it is a numbered link alone ("[35]Antworten"
 * over the text, no blank line between, as lynx writes a reply link over
 * it): a copy of the link's words, else NULL. */
static char *numbered_head(const tt_comment *c)
{
	if (!c->body.n)
		return NULL;
	const char *p = c->body.v[0], *nl = strchr(p, '\n');
	if (!nl)
		return NULL;
	while (p < nl && *p == ' ')
		p++;
	size_t ref = tt_textline_link_ref(p, (size_t)(nl - p)), len = (size_t)(nl - p) - ref;
	p += ref;
	if (!ref || !len || len > 40 || tt_textline_count_words(p, len) > 3 ||
	    tt_textline_ends_sentence(p, len))
		return NULL;
	return tt_xstrndup(p, len);
}

/* The same link opening most comments' text, numbered anew each time, is
 * the site's reply link as drop_repeated_links finds it: it is dropped. */
static void drop_numbered_heads(struct page *P)
{
	char **heads = tt_xmalloc((P->nall + 1) * sizeof *heads);
	const char **v = tt_xmalloc((P->nall + 1) * sizeof *v);
	size_t n = 0, count;
	for (size_t i = 0; i < P->nall; i++)
		if ((heads[i] = numbered_head(P->all[i])) != NULL)
			v[n++] = heads[i];
	const char *best = most_common(v, n, &count);
	if (count >= 2 && count * 2 >= P->nall)
		for (size_t i = 0; i < P->nall; i++)
			if (heads[i] && !strcmp(heads[i], best)) {
				tt_comment *c = P->all[i];
				c->body.v[0] = strchr(c->body.v[0], '\n') + 1;
			}
	for (size_t i = 0; i < P->nall; i++)
		free(heads[i]);
	free(heads);
	free(v);
}

/* The words every author (but perhaps the first comment's) starts with, or
 * ends with (tail set), with more after (before) them: the header's template
 * ("geschrieben von NAME am"), not the name. A copy, or NULL. */
static char *template_words(tt_comment **all, size_t n, int tail)
{
	const char *a = NULL;
	for (size_t i = 1; i < n && !a; i++) /* the first may be odd */
		a = all[i]->author && strchr(all[i]->author, ' ') ? all[i]->author : NULL;
	if (!a)
		return NULL;
	size_t al = strlen(a), best = 0, best_long = 0;
	for (size_t at = 1; at + 1 < al; at++) {
		if (a[at] != ' ' || a[at - 1] == ' ' || a[at + 1] == ' ')
			continue;
		/* "geschrieben von " (head) or " am" (tail) */
		const char *w = tail ? a + at : a;
		size_t len = tail ? al - at : at + 1, i = 0, shared = 0;
		int every = 1;
		int long_tail = tail && tt_textline_count_words(w, len) >= 3;
		int two_head = !tail && memchr(a, ' ', at) != NULL;
		for (; i < n; i++) {
			const char *b = all[i]->author;
			size_t bl = b ? strlen(b) : 0;
			int differs = bl <= len || memcmp(tail ? b + bl - len : b, w, len);
			shared += !differs;
			every &= !differs || !i;
			if (!every && !long_tail && !two_head)
				break;
		}
		/* Two words or more before the name that half the comments share
		 * (three at least: "Soumis par NAME", where replies and teasers
		 * after the comments are written otherwise) are the header's. */
		if (two_head && !every && shared >= 3 && shared * 2 >= n)
			best = len;
		/* Three words or more after the name are the header's where a third
		 * of the comments share them (no name is that long; teasers after
		 * the comments do not share them). */
		if (long_tail && !best_long && shared >= 3 && shared * 3 > n)
			best_long = len;
		/* two words at least before the name ("Herr" alone is the
		 * name's, as the page's markup has it); after it, lowercase or
		 * three words, more than any name shares ("En réponse à") */
		if (every && (tail ? !best && islower((unsigned char)w[1])
		                    : memchr(a, ' ', at) != NULL))
			best = len;
	}
	if (best_long > best)
		best = best_long;
	return best ? tt_xstrndup(tail ? a + al - best : a, best) : NULL;
}

/* One word opening every name, and alone in one of them ("permalien" for
 * a comment with no name, "permalien Red Bastard" for the others: SPIP's
 * link before the name): the header's, not the names'. Its length, or 0. */
static size_t lone_head_word(tt_comment **all, size_t n)
{
	const char *a = all[0]->author;
	size_t wl = a ? strcspn(a, " ") : 0;
	int alone = 0;
	if (!wl)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const char *b = all[i]->author;
		if (!b || strncmp(b, a, wl) || (b[wl] != ' ' && b[wl] != '\0'))
			return 0;
		alone |= b[wl] == '\0';
	}
	return alone ? wl : 0;
}

/* Authors that share a header's words before or after the name lose them. */
static void strip_template(struct page *P)
{
	if (P->nall < 3)
		return;
	size_t wl = lone_head_word(P->all, P->nall);
	for (size_t i = 0; wl && i < P->nall; i++) {
		tt_comment *c = P->all[i];
		c->author = c->author[wl] ? c->author + wl + 1 : NULL;
	}
	char *head = template_words(P->all, P->nall, 0), *tail = template_words(P->all, P->nall, 1);
	size_t hl = head ? strlen(head) : 0, tl = tail ? strlen(tail) : 0;
	for (size_t i = 0; i < P->nall; i++) {
		tt_comment *c = P->all[i];
		size_t l = c->author ? strlen(c->author) : 0;
		if (hl && l > hl && !memcmp(c->author, head, hl))
			c->author += hl, l -= hl;
		if (tl && l > tl && !memcmp(c->author + l - tl, tail, tl))
			c->author = tt_thread_strdup(P->t, c->author, l - tl);
	}
	free(head);
	free(tail);
}

/* The length of a count ending name ("39 points", "Original Poster1
 * point"): a number, a space and one word of letters; 0 if none. *n is
 * the number. */
static size_t count_tail(const char *a, long *n)
{
	size_t l = strlen(a), w = l, d;
	while (w > 0 && isalpha((unsigned char)a[w - 1]))
		w--;
	if (w == l || w < 2 || a[w - 1] != ' ')
		return 0;
	for (d = w - 1; d > 0 && isdigit((unsigned char)a[d - 1]); d--)
		;
	if (d == w - 1)
		return 0;
	*n = strtol(a + d, NULL, 10);
	return l - d;
}

/* Where every name (three at least) ends in a count and the counts differ,
 * they are the comments' scores ("39 points · 6 years ago", where the saved
 * page kept no name): the count leaves each name, and a name of nothing but
 * a count is none. */
static void drop_count_names(struct page *P)
{
	long n, first = -1;
	int differ = 0;
	if (P->nall < 3)
		return;
	for (size_t i = 0; i < P->nall; i++) {
		const char *a = P->all[i]->author;
		if (!a || !count_tail(a, &n))
			return;
		differ |= first >= 0 && n != first;
		first = n;
	}
	for (size_t i = 0; differ && i < P->nall; i++) {
		tt_comment *c = P->all[i];
		size_t l = strlen(c->author) - count_tail(c->author, &n);
		while (l > 0 && c->author[l - 1] == ' ')
			l--;
		c->author = l ? tt_thread_strdup(P->t, c->author, l) : NULL;
	}
}

/* The blank lines between comment c's header and its first line of text,
 * which *first is set to (P->n if none). */
static size_t lead_blanks(const struct page *P, const tt_comment *c, size_t *first)
{
	size_t j = c->line ? c->line - 1 : 0, blanks = 0;
	for (; j < P->n && (P->l[j].blank || P->role[j] == R_HEADER); j++)
		blanks = P->l[j].blank ? blanks + 1 : 0;
	*first = j < P->n && P->role[j] == R_COMMENT ? j : P->n;
	return blanks;
}

/* How many paragraphs from line i on come before two blank lines in a row
 * (the comment's own words after a quote, as w3m sets a blockquote apart),
 * or 1 when none do: the quote's paragraphs. */
static size_t quote_paras(const struct page *P, size_t i)
{
	size_t paras = 1, blanks = 0;
	for (; i < P->n && (P->l[i].blank || P->role[i] == R_COMMENT); i++) {
		if (!P->l[i].blank) {
			if (blanks >= 2)
				return paras;
			paras += blanks > 0;
			blanks = 0;
		} else
			blanks++;
	}
	return 1;
}

/* MacRumors' w3m dump: a comment's text right under its header, but one
 * that opens with a quotation two blank lines under it (the quote, then
 * two blank lines, then the comment's own words). Where both kinds are on
 * the page, the paragraphs so set apart are a quote, "> " opening each of
 * their lines as the HTML importer writes one. */
static void mark_spaced_quotes(struct page *P)
{
	size_t close = 0, apart = 0, first;
	for (size_t k = 0; k < P->nall; k++) {
		size_t b = lead_blanks(P, P->all[k], &first);
		close += first < P->n && b == 0;
		apart += first < P->n && b >= 2;
	}
	if (!close || !apart)
		return;
	tt_buf q = {0};
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (lead_blanks(P, c, &first) < 2 || first >= P->n || !c->body.n ||
		    strncmp(c->body.v[0], P->l[first].s, P->l[first].len))
			continue;
		size_t n = quote_paras(P, first);
		for (size_t p = 0; p < n && p + 1 < c->body.n; p++) {
			q.len = 0;
			tt_buf_add(&q, "> ", 2);
			for (const char *s = c->body.v[p]; *s; s++) {
				tt_buf_addc(&q, *s);
				if (*s == '\n')
					tt_buf_add(&q, "> ", 2);
			}
			c->body.v[p] = tt_thread_strdup(P->t, q.data, q.len);
		}
	}
	tt_buf_free(&q);
}

/* a and b the same but for a text browser's link numbers ("[avatar]
 * [182]Profile", "[avatar] [184]Profile"); NULL only as NULL. */
static int same_but_numbers(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	for (;;) {
		a += tt_textline_link_ref(a, strlen(a));
		b += tt_textline_link_ref(b, strlen(b));
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
		a++, b++;
	}
}

/* The first line of c's text, where it could be a name (four words and 60
 * bytes at most, a letter, no list item, more text under it), its length in
 * *len; strict: and it reads as a header's name (no sentence's end). NULL
 * if none. */
static const char *name_opening(const tt_comment *c, int strict, size_t *len)
{
	if (!c->posted || !c->body.n)
		return NULL;
	const char *p = c->body.v[0], *nl = strchr(p, '\n'), *name = p;
	size_t l = nl ? (size_t)(nl - p) : strlen(p);
	*len = 0;
	if (l > 60 || tt_textline_count_words(p, l) > 4 || !(nl || c->body.n > 1) ||
	    tt_textline_list_mark(p, l) || !tt_textline_has_letter(p, l))
		return NULL;
	if (!strict)
		*len = l;
	else if (!tt_textline_ends_sentence(p, l))
		*len = tt_textline_author_name(p, l, &name);
	return *len ? name : NULL;
}

/* The name under the date: where every comment (three at least) has the
 * same name line over its date, or none, and a name opens the text of
 * three in four ("1. [avatar] [182]Profile" over "12.29.14 at 9:14 pm"
 * over "SatanHimself"), the line over the date is a profile's button and
 * the name is the line under it, in every comment ("AreWeFriendsJack?"
 * too). */
static void names_under_dates(struct page *P)
{
	size_t len, named = 0;
	if (P->nall < 3)
		return;
	for (size_t i = 0; i < P->nall; i++) {
		if (!same_but_numbers(P->all[0]->author, P->all[i]->author) ||
		    !name_opening(P->all[i], 0, &len))
			return;
		named += name_opening(P->all[i], 1, &len) != NULL;
	}
	if (named < 3 || named * 4 < P->nall * 3)
		return;
	for (size_t i = 0; i < P->nall; i++) {
		tt_comment *c = P->all[i];
		const char *name = name_opening(c, 1, &len), *nl = strchr(c->body.v[0], '\n');
		if (!name)
			name = name_opening(c, 0, &len);
		c->author = tt_thread_strdup(P->t, name, len);
		if (nl)
			c->body.v[0] = nl + 1;
		else
			memmove(c->body.v, c->body.v + 1, --c->body.n * sizeof *c->body.v);
	}
}

static void parse_comments(struct page *P, size_t from)
{
	struct section S = {.P = P};
	find_levels(&S, from);
	for (size_t i = from; i < P->n; i++)
		section_line(&S, &i);
	finish_comment(&S);
	drop_repeated_links(P);
	drop_numbered_heads(P);
	strip_template(P);
	drop_count_names(P);
	mark_spaced_quotes(P);
	names_under_dates(P);
	tt_textlinks_drop(P->t, P->all, P->nall);
	free(S.body.v);
	free(S.stack);
}

static size_t item_bullet(const struct line *L);

/* The items of the list under a stated count (count_list), each a
 * comment with no name or date, in page order, none nested. */
static void parse_list(struct page *P, size_t from)
{
	struct lines ls = {0};
	size_t i = next_text(P, from);
	unsigned col = i < P->list_to ? P->l[i].indent : 0;
	while (i < P->list_to) {
		struct line *L = &P->l[i];
		size_t mark = item_bullet(L);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->line = L->no;
		c->col = L->indent + 1;
		if (P->nall == P->capall)
			P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
		P->all[P->nall++] = c;
		ls.n = 0;
		if (mark == L->len) {
			P->role[i] = R_HEADER; /* the bullet alone marks the comment */
		} else {
			/* the bullet goes, its text stays at the columns it had */
			size_t at = mark;
			while (at < L->len && L->s[at] == ' ')
				at++;
			L->indent += columns(L->s, at);
			L->s += at, L->len -= at;
			lines_add(&ls, L);
		}
		size_t k = i + 1;
		for (; k < P->list_to; k++) {
			const struct line *K = &P->l[k];
			if (!K->blank && K->indent == col && item_bullet(K))
				break;
			lines_add(&ls, K);
		}
		mark_lines(P, &ls, R_COMMENT);
		emit_paragraphs(P, &c->body, &ls, 0);
		i = k;
	}
	P->shape = SH_LIST;
	tt_textlinks_drop(P->t, P->all, P->nall);
	free(ls.v);
}

/* ---- the article ---- */

struct para {
	size_t first, last; /* line indices */
	size_t lines, chars;
};

static int is_prose(const struct page *P, const struct para *p)
{
	const struct line *L = &P->l[p->first];
	if (p->chars < 60 || tt_textline_count_words(L->s, L->len) < (p->lines > 1 ? 4 : 10))
		return 0;
	const struct line *E = &P->l[p->last];
	return tt_textline_ends_sentence(E->s, E->len) || memmem(L->s, L->len, ". ", 2) != NULL;
}

static int is_caption(const struct line *L)
{
	return tt_textline_contains_ci(L->s, L->len, "image credit") ||
	       tt_textline_contains_ci(L->s, L->len, "photo credit") ||
	       tt_textline_starts_with_ci(L->s, L->len, "image:") ||
	       tt_textline_starts_with_ci(L->s, L->len, "photo:") ||
	       tt_textline_starts_with_ci(L->s, L->len, "credit:") ||
	       tt_textline_contains_ci(L->s, L->len, "getty images");
}

/* Headings that start the chrome after an article: author box, sharing, related links. */
static int tail_heading(const struct line *L)
{
	static const char *const words[] = {"Written by",
	                                    "About the author",
	                                    "About the writer",
	                                    "Share this:",
	                                    "Share this",
	                                    "Share this article",
	                                    "Share:",
	                                    "Related",
	                                    "Related posts",
	                                    "Related articles",
	                                    "Related stories",
	                                    "You may also like",
	                                    "You might also like",
	                                    "Read more",
	                                    "Read next",
	                                    "More stories",
	                                    "Recommended",
	                                    "Tags:",
	                                    "Filed under:",
	                                    "Trending",
	                                    NULL};
	return line_is(L, words);
}

struct byline {
	const char *author;
	struct when when;
	int has_when;
};

/* A short line holding a date among other words, whatever the language:
 * "Veröffentlicht am 12. März 2023 von Lena", "Publié le 3 mars 2023 par
 * Marc". The date is the longest run of words that reads as one; a name
 * after it and one short word becomes the author. */
static int dated_words(struct page *P, const struct line *L, struct byline *b)
{
	size_t start[12], end[12], nw = 0;
	if (L->len > 120 || !memchr(L->s, ' ', L->len) || !tt_textline_has_digit(L->s, L->len) ||
	    !tt_dates_plausible(L->s, L->len))
		return 0;
	for (size_t i = 0; i < L->len; nw++) {
		while (i < L->len && L->s[i] == ' ')
			i++;
		if (nw == 12)
			return 0;
		start[nw] = i;
		while (i < L->len && L->s[i] != ' ')
			i++;
		end[nw] = i;
	}
	for (size_t i = 0; i < nw; i++)
		for (size_t j = nw; j-- > i + 1;) {
			struct when w;
			if (!date_text(P, L->s + start[i], end[j] - start[i], &w) || !w.iso[0])
				continue;
			b->when = w;
			b->has_when = 1;
			const char *name;
			size_t nl = j + 2 < nw && end[j + 1] - start[j + 1] <= 5
			                ? tt_textline_author_name(L->s + start[j + 2],
			                                          end[nw - 1] - start[j + 2], &name)
			                : 0;
			if (nl && isupper((unsigned char)name[0]))
				b->author = tt_thread_strdup(P->t, name, nl);
			return 1;
		}
	return 0;
}

/* A byline on one line: "By NAME", "By NAME on DATE", "Posted by NAME |
 * DATE", "Posted on DATE by NAME", "Author: NAME", "NAME | DATE", a date alone. */
static int line_byline(struct page *P, const struct line *L, struct byline *b)
{
	const char *s = L->s;
	size_t len = L->len;
	static const char *const lead[] = {"by ",       "written by ", "posted by ",
	                                   "words by ", "author: ",    "story by "};
	if (L->blank)
		return 0;
	if (date_line(P, L, &b->when))
		return b->has_when = 1;
	const char *by = memmem(s, len, " by ", 4);
	if (by && date_text(P, s, (size_t)(by - s), &b->when)) {
		const char *name;
		size_t nl = tt_textline_author_name(by + 4, len - (size_t)(by - s) - 4, &name);
		if (nl) {
			b->author = tt_thread_strdup(P->t, name, nl);
			return b->has_when = 1;
		}
	}
	for (size_t k = 0; k < sizeof lead / sizeof *lead; k++) {
		if (!tt_textline_starts_with_ci(s, len, lead[k]))
			continue;
		struct line rest = *L;
		rest.s += strlen(lead[k]);
		rest.len -= strlen(lead[k]);
		struct header h;
		if (one_line_header(P, &rest, &h)) {
			b->author = h.author;
			b->when = h.when;
			return b->has_when = 1;
		}
		const char *name;
		size_t nl = tt_textline_author_name(rest.s, rest.len, &name);
		if (nl) {
			b->author = tt_thread_strdup(P->t, name, nl);
			return 1;
		}
	}
	struct header bare;
	if (one_line_header(P, L, &bare)) {
		b->author = bare.author;
		b->when = bare.when;
		return b->has_when = 1;
	}
	return dated_words(P, L, b);
}

/* Line i is a name whose next text line (before limit) is a date: a byline
 * in two lines, as "Jane Roe / Mar 14, 2023". */
static int byline_name_at(struct page *P, size_t i, size_t limit, struct byline *b)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w;
	size_t nl = L->blank ? 0 : tt_textline_author_name(L->s, L->len, &name);
	size_t j = next_text(P, i);
	/* an image alone ("[btn-follow]" over "Fr, 18. Oktober 2019") names no one */
	if (nl && L->s[0] == '[' && L->s[L->len - 1] == ']' && !memchr(L->s, ' ', L->len))
		return 0;
	if (!nl || j >= limit || date_line(P, L, &w) || !date_line(P, &P->l[j], &b->when))
		return 0;
	b->author = tt_thread_strdup(P->t, name, nl);
	return b->has_when = 1;
}

/* Could line i be the title? One line of 2 to 25 words, no sentence end,
 * no link, not a byline, a caption or comment chrome. */
static int title_line(struct page *P, size_t i, size_t limit)
{
	const struct line *L = &P->l[i];
	size_t w = L->blank ? 0 : tt_textline_count_words(L->s, L->len);
	if (w < 2 || w > 25 || L->len > 200 || tt_textline_ends_with_any(L->s, L->len, ".,:;") ||
	    tt_textline_contains_ci(L->s, L->len, "http") || is_caption(L) || comments_heading(L) ||
	    reply_form(L) || comment_chrome(L) || form_field(L))
		return 0;
	struct byline b = {0};
	return !line_byline(P, L, &b) && !byline_name_at(P, i, limit, &b);
}

/* The name a bio opens with: "Jane Doe is a reporter ..." gives "Jane Doe". */
static const char *bio_name(struct page *P, const struct line *L)
{
	const char *name;
	size_t nl = tt_textline_author_name(L->s, L->len, &name);
	if (nl)
		return tt_thread_strdup(P->t, name, nl);
	static const char *const verbs[] = {" is ", " was ", " has ", " writes ", " covers "};
	for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
		const char *v = memmem(L->s, L->len < 80 ? L->len : 80, verbs[k], strlen(verbs[k]));
		if (!v || v == L->s)
			continue;
		size_t n = (size_t)(v - L->s), words = tt_textline_count_words(L->s, n);
		if (words >= 2 && words <= 4 && isupper((unsigned char)L->s[0]) &&
		    !memchr(L->s, ',', n))
			return tt_thread_strdup(P->t, L->s, n);
	}
	return NULL;
}

/* Words with letters in them: separators (| › ·) do not make a line longer. */
static size_t letter_words(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		while (i < len && s[i] == ' ')
			i++;
		int letters = 0;
		while (i < len && s[i] != ' ')
			letters |=
			    isalpha((unsigned char)s[i++]) || (unsigned char)s[i - 1] >= 0xC0;
		n += letters;
	}
	return n;
}

/* The title among the heading-like lines in [from, to) (to is the first
 * prose): counting only the first line of each run of them (a subtitle under
 * its title is not a title), of the last four the one with the most words,
 * the later on a tie — so "5 min read" or a tag line under the title does not
 * win, nor a menu far above it. Returns to when there is none. */
static size_t pick_title(struct page *P, size_t from, size_t to)
{
	size_t best = to, best_words = 0, seen = 0;
	for (size_t i = to; i-- > from && seen < 4;) {
		if (!title_line(P, i, to))
			continue;
		if (i > from && !P->l[i - 1].blank && title_line(P, i - 1, to))
			continue;
		seen++;
		size_t w = letter_words(P->l[i].s, P->l[i].len);
		if (w > best_words) {
			best = i;
			best_words = w;
		}
	}
	return best;
}

static size_t make_paras(const struct page *P, size_t from, size_t to, int line_mode,
                         struct para **out)
{
	size_t n = 0, cap = 16;
	struct para *v = tt_xmalloc(cap * sizeof *v);
	for (size_t i = from; i < to;) {
		if (P->l[i].blank) {
			i++;
			continue;
		}
		struct para p = {.first = i};
		while (i < to && !P->l[i].blank && (i == p.first || !line_mode)) {
			p.chars += P->l[i].len;
			p.lines++;
			p.last = i++;
		}
		if (n == cap)
			v = tt_xrealloc(v, (cap *= 2) * sizeof *v);
		v[n++] = p;
	}
	*out = v;
	return n;
}

/* No blank line anywhere in the article: each line is a paragraph. */
static int article_line_mode(const struct page *P, size_t from, size_t to)
{
	size_t text = 0, gaps = 0;
	for (size_t i = from; i < to; i++) {
		if (!P->l[i].blank)
			text++;
		else if (text && i + 1 < to && !P->l[i + 1].blank)
			gaps++;
	}
	return text >= 3 && gaps == 0;
}

static void take_byline(struct page *P, const struct byline *b)
{
	tt_article *a = &P->t->article;
	if (b->author && !a->author)
		a->author = b->author;
	if (b->has_when && !a->published) {
		a->published = b->when.posted;
		if (b->when.iso[0])
			a->time = tt_thread_strdup(P->t, b->when.iso, (size_t)-1);
	}
}

/* Front matter, the lines between the title and the first prose: bylines
 * give the author and date; of the rest, a paragraph that ends a sentence is
 * article text, anything else (tags, captions, "5 min read") is not. */
static void front_matter(struct page *P, size_t from, size_t to, int keep_all, struct lines *body)
{
	struct lines para = {0};
	size_t skip = (size_t)-1;
	for (size_t i = from; i <= to; i++) {
		if (i == to || P->l[i].blank) {
			int keep = para.n &&
			           (keep_all || tt_textline_ends_sentence(para.v[para.n - 1]->s,
			                                                  para.v[para.n - 1]->len));
			for (size_t k = 0; k < para.n && keep; k++)
				keep = !is_caption(para.v[k]);
			for (size_t k = 0; k < para.n && keep; k++)
				lines_add(body, para.v[k]);
			if (keep)
				lines_add(body, NULL);
			para.n = 0;
			continue;
		}
		struct byline b = {0};
		if (i == skip)
			continue;
		if (line_byline(P, &P->l[i], &b)) {
			take_byline(P, &b);
			P->role[i] = R_BYLINE;
		} else if (byline_name_at(P, i, to, &b)) {
			take_byline(P, &b);
			skip = next_text(P, i);
			P->role[i] = P->role[skip] = R_BYLINE;
		} else {
			lines_add(&para, &P->l[i]);
		}
	}
	free(para.v);
}

/* A line of a widget: a field, a button ("[Subscribe]"), or a bulleted or
 * linked item of four words at most. */
static int widget_line(const struct line *L)
{
	if (form_field(L) || (L->len > 2 && L->s[0] == '[' && L->s[L->len - 1] == ']' &&
	                      memchr(L->s, ']', L->len) == L->s + L->len - 1))
		return 1;
	size_t mark = tt_textline_list_mark(L->s, L->len),
	       ref = tt_textline_link_ref(L->s + mark, L->len - mark);
	return (mark || ref) && tt_textline_count_words(L->s + mark, L->len - mark) <= 4 &&
	       !tt_textline_ends_sentence(L->s, L->len);
}

static int widget_para(struct page *P, const struct para *p)
{
	struct header h;
	struct when w;
	/* Teasers of other posts: a title over a date, the comments' shape. */
	if (p->lines <= 2 &&
	    (header_at(P, p->first, 0, &h) || (p->lines == 1 && date_line(P, &P->l[p->first], &w))))
		return 1;
	for (size_t k = p->first; k <= p->last; k++)
		if (!widget_line(&P->l[k]))
			return 0;
	return 1;
}

/* The end of the body less the sidebar widgets that follow it (link lists,
 * forms, and the short headings over them), never reaching back past the
 * last prose paragraph (at index last). */
static size_t without_widgets(struct page *P, const struct para *ps, size_t last, size_t end)
{
	size_t e = end;
	while (e > last + 1) {
		const struct para *p = &ps[e - 1];
		const struct line *L = &P->l[p->first];
		int heading = p->lines == 1 && tt_textline_count_words(L->s, L->len) <= 3 &&
		              !tt_textline_ends_sentence(L->s, L->len) && e < end;
		if (!widget_para(P, p) && !heading)
			break;
		e--;
	}
	return e;
}

/* Lines [from, to) hold the article: chrome before the title, the title, a
 * front matter of bylines, dates and captions, the body, chrome after it. */
static void parse_article(struct page *P, size_t from, size_t to)
{
	struct para *ps;
	int line_mode = article_line_mode(P, from, to);
	size_t n = make_paras(P, from, to, line_mode, &ps);
	size_t prose = 0;
	while (prose < n && !is_prose(P, &ps[prose]))
		prose++;
	size_t prose_line = prose < n ? ps[prose].first : to;
	/* Without prose, the title is looked for near the top only. */
	size_t title = prose < n ? pick_title(P, from, prose_line) : to;
	for (size_t i = from; prose == n && i < to && i < from + 40 && title == to; i++)
		if (title_line(P, i, to))
			title = i;
	struct lines body = {0};
	size_t from_para = 0;
	if (title < to) {
		P->t->article.title = tt_thread_strdup(P->t, P->l[title].s, P->l[title].len);
		P->role[title] = R_TITLE;
		/* With no prose anywhere, what follows the title is all the text
		 * there is: kept rather than lost. */
		front_matter(P, title + 1, prose_line, prose == n, &body);
		from_para = prose;
	} else if (n) {
		/* No heading: the first line serves, and stays in the body. */
		const struct line *L = &P->l[ps[0].first];
		P->t->article.title = tt_thread_strdup(P->t, L->s, L->len);
	}
	size_t end = n;
	for (size_t i = prose; i < n; i++)
		if (tail_heading(&P->l[ps[i].first]) && i * 10 >= n * 6) {
			end = i;
			break;
		}
	size_t last_prose = prose;
	for (size_t i = prose; i < end; i++)
		if (is_prose(P, &ps[i]))
			last_prose = i;
	if (prose < n)
		end = without_widgets(P, ps, last_prose, end);
	for (size_t i = from_para; i < end; i++) {
		const struct line *L = &P->l[ps[i].first];
		if (ps[i].lines == 1 && (comment_chrome(L) || comments_heading(L)))
			continue; /* "Sort by", "Share" and the like, just above the comments */
		for (size_t k = ps[i].first; k <= ps[i].last; k++)
			lines_add(&body, &P->l[k]);
		lines_add(&body, NULL);
	}
	mark_lines(P, &body, R_ARTICLE);
	emit_paragraphs(P, &P->t->article.body, &body, line_mode);
	/* The author box after the body names the author when nothing above did. */
	static const char *const box[] = {"Written by", "About the author", "About the writer",
	                                  NULL};
	for (size_t i = end; i + 1 < n && !P->t->article.author; i++)
		if (line_is(&P->l[ps[i].first], box))
			P->t->article.author = bio_name(P, &P->l[ps[i + 1].first]);
	free(body.v);
	free(ps);
}

/* ---- where the comments start ---- */

static size_t first_prose_line(struct page *P)
{
	struct para *ps;
	size_t n = make_paras(P, 0, P->n, 0, &ps), line = P->n;
	for (size_t i = 0; i < n; i++)
		if (is_prose(P, &ps[i])) {
			line = ps[i].first;
			break;
		}
	free(ps);
	return line;
}

/* One pass from the end, so that asking at every line stays linear. */
static void index_headers(struct page *P)
{
	struct header h;
	P->undated_from = tt_xcalloc(P->n + 1, sizeof *P->undated_from);
	P->strong_from = tt_xcalloc(P->n + 1, sizeof *P->strong_from);
	P->hshape = tt_xcalloc(P->n + 1, 1);
	for (size_t i = P->n; i-- > 0;) {
		int strong = signature_at(P, &P->l[i], &h) || header_at(P, i, 0, &h);
		P->hshape[i] = strong ? (unsigned char)(h.shape & SH_BASE) : 0;
		if (strong && !P->strong_end)
			P->strong_end = i + 1;
		P->undated_from[i] = P->undated_from[i + 1] + (!strong && undated_at(P, i, &h));
		P->strong_from[i] = P->strong_from[i + 1] + (size_t)strong;
	}
}

/* Does a comment start at or after line i? *kind tells whether dated or
 * signed ones do, or only name lines over indented text (two at least). */
static int comments_follow(struct page *P, size_t i, enum hkind *kind)
{
	if (!P->undated_from)
		index_headers(P);
	if (i < P->strong_end) {
		*kind = H_DATED;
		return 1;
	}
	*kind = H_UNDATED;
	return i < P->n && P->undated_from[i] >= 2;
}

/* A header found at line first, before any comment heading, may belong to
 * the article (an embedded post, a dated aside). When a comment heading with
 * comments under it comes later and at most two headers lie before it, the
 * section starts at that heading instead. */
static size_t later_heading(struct page *P, size_t first)
{
	struct header h;
	enum hkind kind;
	size_t headers = 0;
	for (size_t i = first; i < P->n && headers <= 2; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (comments_heading(L) && comments_follow(P, i + 1, &kind) && kind != H_UNDATED)
			return i;
		if (signature_at(P, L, &h) || header_at(P, i, 0, &h))
			headers++;
	}
	return first;
}

/* "03 May 2025     4": a byline's date, then the count beside it (of
 * comments, under an icon the dump cannot show). Its number opens a date,
 * no heading: a full date (with its year) reads from the line's start to
 * the number at its end. */
static int date_then_count(const struct line *L)
{
	size_t e = L->len;
	while (e > 0 && isdigit((unsigned char)L->s[e - 1]))
		e--;
	if (e == L->len || e == 0 || L->s[e - 1] != ' ')
		return 0;
	while (e > 0 && L->s[e - 1] == ' ')
		e--;
	char buf[64], iso[32];
	if (e < 6 || e >= sizeof buf)
		return 0;
	memcpy(buf, L->s, e);
	buf[e] = '\0';
	return tt_dates_parse(buf, iso) == 0 && strlen(iso) >= 10;
}

/* The count a short heading states: "74 Kommentare", "199 Comments", "17
 * Discussion to this post", "Comments (4)", "Kommentare (12)"; -1 if none.
 * The words do not matter: a number opening or closing a short line that is
 * no sentence, no date and no list item is what such headings share. */
static long stated_count(struct page *P, const struct line *L)
{
	struct when w;
	if (L->blank || L->len > 120 || tt_textline_count_words(L->s, L->len) > 12 ||
	    tt_textline_ends_with_any(L->s, L->len, ".!?:,;") || date_line(P, L, &w))
		return -1;
	const char *s = L->s, *e = L->s + L->len;
	char *end;
	if (isdigit((unsigned char)s[0])) {
		long n = strtol(s, &end, 10);
		/* the number then a word of letters: not "1. Name", not "2019 Report" */
		if (end - s <= 6 && end + 1 < e && end[0] == ' ' &&
		    (isalpha((unsigned char)end[1]) || (unsigned char)end[1] >= 0xC0) &&
		    tt_textline_count_words(L->s, L->len) <= (comments_heading(L) ? 12 : 5) &&
		    !date_then_count(L))
			return n;
		return -1;
	}
	if (e[-1] != ')')
		return -1;
	const char *open = e - 1;
	while (open > s && isdigit((unsigned char)open[-1]))
		open--;
	if (open == e - 1 || open - s < 3 || open[-1] != '(' || open[-2] != ' ' ||
	    tt_textline_count_words(L->s, L->len) > 4)
		return -1;
	return strtol(open, NULL, 10);
}

/* Headers from line i on of the first one's shape, when it comes right
 * under the heading (within eight lines): the comments' template, which a
 * sidebar's dated teasers after them do not share. */
static size_t same_shape_after(const struct page *P, size_t i)
{
	size_t from = i;
	while (i < P->n && !P->hshape[i])
		i++;
	if (i >= from + 8)
		return P->strong_from[from];
	size_t count = 0;
	for (size_t k = i; k < P->n; k++)
		count += P->hshape[k] && P->hshape[k] == P->hshape[i];
	return count;
}

/* The words after a count's number (its first word, up to a space). */
static size_t count_word(const struct line *L, const char **w)
{
	size_t k = 0, e;
	while (k < L->len && isdigit((unsigned char)L->s[k]))
		k++;
	if (!k || k + 1 >= L->len || L->s[k] != ' ')
		return 0;
	for (e = k + 1; e < L->len && L->s[e] != ' '; e++)
		;
	*w = L->s + k + 1;
	return e - k - 1;
}

/* A count at line i whose first word comes again after another count
 * within 64 lines before or after it ("3 more replies", "2 more replies":
 * the page's collapsed threads, between the comments; "8 Likes", "1
 * Like" under each post) is the comments' own, no heading. */
static int count_again(const struct page *P, size_t i)
{
	const char *w, *v;
	size_t wl = count_word(&P->l[i], &w), vl;
	for (size_t k = i > 64 ? i - 64 : 0; wl && k < P->n && k <= i + 64; k++) {
		if (k == i || P->l[k].blank || !(vl = count_word(&P->l[k], &v)))
			continue;
		/* one word in the singular and the plural ("1 Like", "8 Likes";
		 * "1 more reply", "3 more replies"): the first four letters */
		size_t cmp = wl < vl ? wl : vl;
		if (cmp > 4 && wl != vl)
			cmp = 4;
		if ((wl == vl || (cmp == 4 && wl + vl > 8 && (wl > vl ? wl - vl : vl - wl) <= 2)) &&
		    !memcmp(v, w, cmp))
			return 1;
	}
	return 0;
}

/* A stated-count heading after the prose with about as many comments under
 * it as it says (furniture such as related posts may come before it and look
 * like comments); its line, or P->n. */
static size_t count_heading(struct page *P, size_t prose, long *stated)
{
	enum hkind kind;
	int tries = 0; /* same_shape_after walks to the end: a few times at most */
	for (size_t i = prose; i < P->n; i++) {
		long n = stated_count(P, &P->l[i]);
		if (n < 1 || !comments_follow(P, i + 1, &kind) || kind != H_DATED ||
		    count_again(P, i))
			continue;
		/* A count right under a date is a teaser's ("19/02/2020" over "15
		 * min lues", a reading time), no heading. */
		struct when w;
		if (i > 0 && !P->l[i - 1].blank && date_line(P, &P->l[i - 1], &w))
			continue;
		/* A line amid a paragraph, at its indentation above and below, or
		 * right under another such count, is the paragraph's ("1 Freddy
		 * Mercury", "3 Robert Plant" in a comment's list). */
		const struct line *up = i > 0 && !P->l[i - 1].blank ? &P->l[i - 1] : NULL;
		if (up && up->indent == P->l[i].indent &&
		    ((i + 1 < P->n && !P->l[i + 1].blank && P->l[i + 1].indent == up->indent) ||
		     stated_count(P, up) >= 0))
			continue;
		size_t after = P->strong_from[i + 1];
		/* Too many: those of the comments' template, no fewer than it says
		 * (replies only add to a page's count). */
		if (after > (size_t)n * 2 + 3 && tries++ < 8) {
			after = same_shape_after(P, i + 1);
			if (after < (size_t)n)
				continue;
		}
		if (after * 2 + 1 >= (size_t)n && after <= (size_t)n * 2 + 3) {
			*stated = n;
			return i;
		}
	}
	return P->n;
}

/* A list's bullet opening line L, alone ("•", as w3m draws an item over
 * its text) or before the text (lynx's "* text"): its length, or 0. */
static size_t item_bullet(const struct line *L)
{
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (mark)
		return mark;
	return bare_mark(L) && !isdigit((unsigned char)L->s[0]) && L->s[0] != '[' ? L->len : 0;
}

/* A list of items whose bullets stand at line i's column, each item's text
 * right of its bullet (blank lines between items allowed): the line after
 * it, or 0. *items counts the items, *texts those whose text reads as a
 * comment's (eight words or a sentence's end, and no link opening it: a
 * menu's or a teaser box's items are a few linked words). */
static size_t bullet_list(const struct page *P, size_t i, size_t *items, size_t *texts)
{
	unsigned col = P->l[i].indent;
	size_t k = i, words = 0;
	int sentence = 0, linked = 0;
	*items = *texts = 0;
	if (!item_bullet(&P->l[i]))
		return 0;
	for (; k < P->n; k++) {
		const struct line *L = &P->l[k];
		if (L->blank) {
			size_t j = next_text(P, k);
			if (j >= P->n || P->l[j].indent < col ||
			    (P->l[j].indent == col && !item_bullet(&P->l[j])))
				break;
			continue;
		}
		size_t mark = L->indent == col ? item_bullet(L) : 0;
		if (!mark && L->indent <= col)
			break;
		if (mark) {
			*texts += *items && (words >= 8 || sentence) && !linked;
			++*items, words = 0, sentence = 0, linked = -1;
		}
		const char *s = L->s + mark;
		size_t len = L->len - mark;
		while (len && *s == ' ')
			s++, len--;
		if (!len)
			continue;
		if (linked < 0)
			linked = tt_textline_link_ref(s, len) != 0;
		words += tt_textline_count_words(s, len);
		sentence = tt_textline_ends_sentence(s, len);
	}
	*texts += *items && (words >= 8 || sentence) && linked == 0;
	return k;
}

/* A stated count ("27 Comments") right over a list of about as many items
 * (at least half, at most as many: a page may show fewer than it counts)
 * with no header among them, most of them text: comments with no name or
 * date, each item one (Android Central's forum replies saved without their
 * header). The heading's line, or P->n; P->list_to is set to the list's
 * end. */
static size_t count_list(struct page *P, size_t prose, long *stated)
{
	for (size_t i = prose; i < P->n; i++) {
		const struct line *L = &P->l[i];
		/* a count opens or closes the line: ask no other; an item of a
		 * list itself ("□ ▼ September (21)", a blog's archive) heads none */
		if (L->blank || !(isdigit((unsigned char)L->s[0]) || L->s[L->len - 1] == ')') ||
		    tt_textline_list_mark(L->s, L->len) || numbered(L))
			continue;
		long n = stated_count(P, L);
		if (n < 3)
			continue;
		size_t j = next_text(P, i), items, texts, end;
		if (j >= P->n || P->l[j].indent < P->l[i].indent ||
		    !(end = bullet_list(P, j, &items, &texts)))
			continue;
		if (items >= 3 && items <= (size_t)n && items * 2 >= (size_t)n && texts * 2 >= items &&
		    P->strong_from[j] == P->strong_from[end]) {
			*stated = n;
			P->list_to = end;
			return i;
		}
	}
	return P->n;
}

/* The first line of the comment section (a heading, the reply form or the
 * first comment), or P->n when the page has none. *skip is set when the
 * line itself is chrome. */
/* The shape most dated or signed headers after line from share: the
 * comments' template, which teasers and asides of other shapes do not have. */
static unsigned dominant_shape(const struct page *P, size_t from, size_t *first, size_t *last)
{
	static const unsigned shapes[] = {SH_NAME_DATE, SH_DATE_NAME, SH_ONE_LINE, SH_SIGNATURE,
	                                  SH_DATE_AFTER};
	enum { NSHAPES = sizeof shapes / sizeof *shapes };
	size_t count[NSHAPES] = {0}, best = 0;
	for (size_t i = from; i < P->n; i++)
		for (size_t k = 0; k < NSHAPES; k++)
			count[k] += P->hshape[i] == shapes[k];
	for (size_t k = 1; k < NSHAPES; k++)
		if (count[k] > count[best])
			best = k;
	*first = *last = P->n;
	for (size_t i = from; i < P->n; i++)
		if (P->hshape[i] == shapes[best]) {
			*last = i;
			if (*first == P->n)
				*first = i;
		}
	return count[best] ? shapes[best] : 0;
}

/* The next (dir 1) or previous (dir -1) non-blank line within two blank
 * lines of line i, or NULL. */
static const struct line *near_text(const struct page *P, size_t i, int dir)
{
	for (size_t k = i + (size_t)dir, blanks = 0; k < P->n && blanks <= 2; k += (size_t)dir) {
		if (!P->l[k].blank)
			return &P->l[k];
		blanks++;
	}
	return NULL;
}

/* A one-line header that signs text: text of three words or more right
 * above it, and below it a short line (a reply link), nothing, or the next
 * item of a list (lynx numbers the comments and writes each signature right
 * over the next one's first line). */
static int signs_above(const struct page *P, size_t i)
{
	const struct line *up = near_text(P, i, -1), *down = near_text(P, i, 1);
	return up && !P->hshape[up - P->l] && tt_textline_count_words(up->s, up->len) >= 3 &&
	       (!down || tt_textline_count_words(down->s, down->len) <= 3 || numbered(down) ||
	        tt_textline_list_mark(down->s, down->len));
}

/* Signatures rather than headers: most one-line headers (three at least)
 * sign the text above them. */
static int signed_layout(const struct page *P, size_t from)
{
	size_t one_line = 0, signing = 0;
	for (size_t i = from; i < P->n; i++)
		if (P->hshape[i] == SH_ONE_LINE) {
			one_line++;
			signing += (size_t)signs_above(P, i);
		}
	return signing >= 3 && signing * 2 >= one_line;
}

/* Another heading (or a stated count) between the heading at line i and
 * the first header of the comments' template after it: the share bar's
 * "• 718 Comments" over the page's boxes, then "Readers' Comments (718)"
 * right over the comments. The later one heads them. */
static int heading_nearer(struct page *P, size_t i, unsigned dom)
{
	size_t k = i + 1;
	while (dom && k < P->n && !(P->hshape[k] & dom))
		k++;
	if (k >= P->n)
		return 0;
	/* none of another shape before it either: comments under the first
	 * heading, teasers of other posts after them ("Top Rated Comments" over
	 * comments, then "Read All Comments" over the teasers) */
	for (size_t j = i + 1; j < k && !P->hshape[j]; j++)
		if (!P->l[j].blank && (comments_heading(&P->l[j]) || stated_count(P, &P->l[j]) > 0))
			return 1;
	return 0;
}

static size_t comment_start(struct page *P, size_t prose, long *stated)
{
	struct header h;
	enum hkind kind;
	if (!P->undated_from)
		index_headers(P);
	/* whether one-line headers sign the text above them, with a heading or
	 * not (signature_line asks it) */
	P->signed_text = signed_layout(P, prose + 1);
	size_t counted = count_heading(P, prose, stated);
	if (counted < P->n)
		return counted;
	if ((counted = count_list(P, prose, stated)) < P->n)
		return counted;
	size_t first, last;
	unsigned dom = P->signed_text ? SH_ONE_LINE : dominant_shape(P, prose + 1, &first, &last);
	for (size_t i = prose; i < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (comments_heading(L) || reply_form(L)) {
			if ((comments_follow(P, i + 1, &kind) || reply_form(L) || flat_run(P, i, NULL)) &&
			    !heading_nearer(P, i, dom))
				return i;
			continue;
		}
		if (i > prose && (P->hshape[i] & dom))
			return later_heading(P, i);
	}
	/* Name lines over indented replies, with no dates anywhere. */
	for (size_t i = prose + 1; i < P->n; i++)
		if (header_at(P, i, 1, &h) && comments_follow(P, i, &kind) && kind == H_UNDATED)
			return i;
	return P->n;
}

/* ---- the report ---- */

/* A dropped block that reads as text: eight words or more ending a sentence
 * (a menu, a form's labels or a counter does not). */
static int reads_as_text(const struct page *P, size_t first, size_t last)
{
	size_t words = 0;
	for (size_t i = first; i <= last; i++) {
		if (is_caption(&P->l[i]) || form_field(&P->l[i]))
			return 0;
		words += tt_textline_count_words(P->l[i].s, P->l[i].len);
	}
	return (words >= 8 || tt_textline_ends_sentence(P->l[last].s, P->l[last].len)) &&
	       words >= 4 && !reply_form(&P->l[first]) && !footer_line(&P->l[last]);
}

/* Each block of lines (a run with one role, blank lines between blocks) to
 * --explain, and a warning for each dropped block after the title that
 * reads as text. */
static void report_blocks(struct page *P)
{
	/* Text is lost only inside the article or among the comments: what lies
	 * around them is the site's. */
	size_t a0 = P->n, a1 = 0, c0 = P->n, c1 = 0;
	for (size_t i = 0; i < P->n; i++) {
		int art = P->role[i] >= R_TITLE && P->role[i] <= R_ARTICLE;
		int com = P->role[i] >= R_HEADER;
		if (art && a0 == P->n)
			a0 = i;
		if (art)
			a1 = i;
		if (com && c0 == P->n)
			c0 = i;
		if (com)
			c1 = i;
	}
	for (size_t i = 0, j; i < P->n; i = j) {
		if (P->l[i].blank) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < P->n && !P->l[j].blank && P->role[j] == P->role[i]; j++)
			;
		const struct line *L = &P->l[i];
		tt_import_explain(P->r, L->no, P->l[j - 1].no, role_names[P->role[i]], L->s,
		                  L->len);
		int inside = (i > a0 && i < a1) || (i > c0 && i < c1);
		if (P->role[i] == R_NONE && inside && reads_as_text(P, i, j - 1))
			tt_import_warn(
			    P->r, L->no,
			    "%u line%s of text dropped (lines %u-%u), neither article nor "
			    "comment",
			    P->l[j - 1].no - L->no + 1, j - i == 1 ? "" : "s", L->no,
			    P->l[j - 1].no);
	}
}

/* "numbered 'NAME WORD:' headers, date lines, indented replies". */
static void report_layout(const struct page *P)
{
	static const struct {
		unsigned bit;
		const char *words;
	} parts[] = {
	    {SH_NUMBERED, "numbered"},
	    {SH_VERB, "'NAME WORD:'"},
	    {SH_NAME_DATE, "author/date lines"},
	    {SH_DATE_NAME, "date/author lines"},
	    {SH_ONE_LINE, "'NAME - DATE' lines"},
	    {SH_UNDATED, "name lines over indented text"},
	    {SH_SIGNATURE, "signatures after the text"},
	    {SH_DATE_AFTER, "dates under the text"},
	    {SH_LIST, "list items with no name or date"},
	};
	if (!P->r || !P->t->ncomments)
		return;
	tt_buf b = {0};
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
		if (P->shape & parts[i].bit)
			tt_buf_printf(&b, "%s%s",
			              !b.len                               ? ""
			              : P->shape & (SH_NUMBERED | SH_VERB) ? " "
			                                                   : ", ",
			              parts[i].words);
	if (P->t->max_depth > 0)
		tt_buf_printf(&b, "%sindented replies", b.len ? ", " : "");
	snprintf(P->r->layout, sizeof P->r->layout, "%s", b.data ? b.data : "");
	tt_buf_free(&b);
}

/* The first line of the comment section (P->n: none) and whether it is a
 * heading; *stated is the count a heading states, or -1. */
static size_t find_section(struct page *P, int *heading, long *stated)
{
	size_t prose = first_prose_line(P);
	if (prose == P->n)
		prose = 0;
	P->prose_indent = prose < P->n ? P->l[prose].indent : 0;
	*stated = -1;
	size_t cstart = comment_start(P, prose, stated);
	*heading = cstart < P->n && (comments_heading(&P->l[cstart]) || *stated >= 0);
	if (*heading && *stated < 0)
		*stated = stated_count(P, &P->l[cstart]);
	/* A signature-style section has no header: its first comment starts after
	 * the article, which only a heading can tell; without one, the paragraph
	 * before the first signature is taken as that comment. */
	if (cstart < P->n && !*heading && !reply_form(&P->l[cstart]) &&
	    (P->hshape[cstart] == SH_SIGNATURE ||
	     (P->signed_text && P->hshape[cstart] == SH_ONE_LINE))) {
		size_t k = cstart;
		while (k > prose + 1 && P->l[k - 1].blank)
			k--;
		while (k > prose + 1 && !P->l[k - 1].blank)
			k--;
		cstart = k;
	}
	/* The list number or bullet a text browser put on a line of its own
	 * above the first header ("1. []") is the comment's, not the article's;
	 * so is a bare item over the title right above it (titled_item). */
	if (cstart < P->n && cstart > prose + 1 && bare_mark(&P->l[cstart - 1]))
		cstart--;
	else if (cstart < P->n && cstart > prose + 2 && !P->l[cstart - 1].blank) {
		size_t k = cstart - 2;
		while (k > prose + 1 && P->l[k].blank)
			k--;
		if (titled_item(P, k))
			cstart = k;
	}
	if (cstart < P->n && cstart >= 2 && titled_header(P, cstart - 2))
		cstart -= 2;
	if (*heading && !P->list_to)
		find_flat_run(P, cstart);
	return cstart;
}

static void page_free(struct page *P)
{
	free(P->l);
	free(P->undated_from);
	free(P->strong_from);
	free(P->hshape);
	free(P->all);
	free(P->role);
	free(P->is_date);
	free(P->dates);
	free(P->flat_names);
	free(P->repeated);
	free(P->buttons);
	free(P->short_repeats);
}

/* NULL and err set when the page gives no thread: no title, or a title and
 * nothing else (binary junk and one long unbroken line end up so). */
static tt_thread *check_page(tt_thread *t, const char *name, const struct tt_import_opts *opts,
                             tt_error *err)
{
	if (!t->article.title || !*t->article.title)
		tt_error_set(err, name, 0, 0,
		             "no title found (the page has no text); give one with --title");
	else if (!t->first && !(opts && opts->title) &&
	         (!t->article.body.n ||
	          (t->article.body.n == 1 && !strcmp(t->article.body.v[0], t->article.title))))
		tt_error_set(err, name, 0, 0,
		             "no title and paragraph, no comment: not a page (give --title to "
		             "import it anyway)");
	else if (tt_thread_finish(t, err) == 0)
		return t;
	tt_thread_free(t);
	return NULL;
}

/* ---- forum posts numbered on a line of their own ----
 *
 * MyBB, vBulletin and their kind write each post as a profile block (name,
 * rank, post count), the post's number "#N" and its date on lines of their
 * own, the text, and a few buttons. What is the profile's and what the
 * buttons' is told by what repeats: a line found in the first two gaps
 * between posts is the template's; the name is the first line after the
 * buttons that is not. The first post is the topic. */

struct numposts {
	size_t n, *mark, *date, *name; /* per post: its "#N" line, date line, name line */
	struct when *when;             /* per post: its date */
	size_t from;                   /* where the second post's block starts */
};

/* Line L without its list mark and lynx's link number, into *len. */
static const char *post_key(const struct line *L, size_t *len)
{
	size_t m = tt_textline_list_mark(L->s, L->len);
	m += tt_textline_link_ref(L->s + m, L->len - m);
	*len = L->len - m;
	return L->s + m;
}

/* N of a line that is "#N" alone (after a list mark or link number), or -1. */
static long post_number(const struct line *L)
{
	size_t len;
	/* "#N" alone: short, and a '#' near its start (the cheap test first) */
	if (L->blank || L->len > 20 || !memchr(L->s, '#', L->len))
		return -1;
	const char *s = post_key(L, &len);
	if (len < 2 || len > 7 || s[0] != '#' || strspn(s + 1, "0123456789") != len - 1)
		return -1;
	return strtol(s + 1, NULL, 10);
}

/* Whether line i's words are also a line of the gap [from, to). */
static int in_gap(const struct page *P, size_t i, size_t from, size_t to)
{
	size_t n, m;
	const char *s = post_key(&P->l[i], &n);
	for (size_t k = from; k < to; k++) {
		const char *t = post_key(&P->l[k], &m);
		if (!P->l[k].blank && m == n && !memcmp(s, t, n))
			return 1;
	}
	return 0;
}

/* Whether line i belongs to the posts' template (in the first two gaps). */
static int post_template(const struct page *P, const struct numposts *np, size_t i)
{
	return in_gap(P, i, np->date[0] + 1, np->mark[1]) &&
	       in_gap(P, i, np->date[1] + 1, np->mark[2]);
}

/* A line that is one bracketed mark and nothing else: an image's alt text
 * ("[default_]") or the browser's mark of inserted text ("[INS::INS]",
 * lynx's "[INS: :INS]"). */
static int bracket_only(const struct line *L)
{
	return L->len > 2 && L->s[0] == '[' && memchr(L->s, ']', L->len) == L->s + L->len - 1 &&
	       !memchr(L->s + 1, '[', L->len - 1);
}

/* The first line at or after i (before to) that is (tmpl) or is not of
 * the template, or to; a name is no bracketed word alone. */
static size_t post_skip(const struct page *P, const struct numposts *np, size_t i, size_t to,
                        int tmpl)
{
	while (i < to && (P->l[i].blank || post_template(P, np, i) != tmpl ||
	                  (!tmpl && bracket_only(&P->l[i]))))
		i++;
	return i;
}

static void numposts_free(struct numposts *np)
{
	free(np->mark);
	free(np->date);
	free(np->name);
	free(np->when);
	memset(np, 0, sizeof *np);
}

/* Whether line i is a post's date after a label, the same first word on
 * every post: a date past a "» " ("Post by NAME » DATE", phpBB), or a line
 * whose date still reads without its first word ("Posted March 3, 2024",
 * Invision); *label is that word's length. */
static int labelled_date(struct page *P, size_t i, struct when *w, size_t *label)
{
	size_t n;
	if (P->l[i].blank || P->l[i].len > 100 || !memchr(P->l[i].s, ' ', P->l[i].len))
		return 0;
	const char *s = post_key(&P->l[i], &n);
	*label = strcspn(s, " ");
	/* a word of letters alone: "Tuesday," is the date's own */
	if (*label >= n || *label > 20 || !isalpha((unsigned char)s[0]) ||
	    !isalpha((unsigned char)s[*label - 1]))
		return 0;
	const char *sep = memchr(s, '\xC2', n) ? memmem(s, n, "\xC2\xBB ", 3) : NULL;
	if (sep && tt_dates_plausible(sep + 3, n - (size_t)(sep + 3 - s)))
		return date_text(P, sep + 3, n - (size_t)(sep + 3 - s), w);
	/* the date after the label opens with a word (a month, a weekday), and
	 * the label is longer than a weekday's short form ("Sun Mar 03") */
	const char *r = s + *label + 1;
	r += tt_textline_link_ref(r, n - *label - 1);
	return !sep && *label >= 4 && isalpha((unsigned char)*r) &&
	       tt_dates_plausible(s + *label + 1, n - *label - 1) &&
	       date_line(P, &P->l[i], w) && date_text(P, s + *label + 1, n - *label - 1, w);
}

/* The label of the first post's date line, to compare with the others. */
static int same_label(const struct page *P, const struct numposts *np, size_t i, size_t label)
{
	size_t n, m;
	const char *s = post_key(&P->l[np->mark[0]], &n), *t = post_key(&P->l[i], &m);
	return n > label && s[label] == ' ' && !memcmp(s, t, label);
}

/* Finds three or more posts numbered in order, each "#N" over its date (or
 * each a labelled date, labelled_date), and each name after the buttons of
 * the post before; 0 if the page is not so. */
static int numbered_posts(struct page *P, struct numposts *np)
{
	memset(np, 0, sizeof *np);
	size_t cap = 0, label = 0;
	long last = -1;
	int labelled = 0;
	struct when w;
	for (size_t i = 0; i < P->n; i++) {
		long k = labelled ? -1 : post_number(&P->l[i]);
		size_t d = k >= 0 ? next_text(P, i) : P->n;
		if (d < P->n && date_line(P, &P->l[d], &w)) {
			/* one page of posts: numbers that follow each other, gaps
			 * of a post's size */
			if ((np->n && (k != last + 1 || i - np->date[np->n - 1] > 400)) ||
			    np->n == 100000)
				break;
		} else if ((!np->n || labelled) && labelled_date(P, i, &w, &label)) {
			/* a first word not the first post's: the first was none */
			if (np->n && (!same_label(P, np, i, label) || i - np->date[np->n - 1] > 400)) {
				if (np->n >= 3)
					continue;
				np->n = 0;
			}
			labelled = 1;
			d = i;
		} else {
			continue;
		}
		if (np->n == cap) {
			cap = cap ? 2 * cap : 16;
			np->mark = tt_xrealloc(np->mark, cap * sizeof *np->mark);
			np->date = tt_xrealloc(np->date, cap * sizeof *np->date);
			np->name = tt_xrealloc(np->name, cap * sizeof *np->name);
			np->when = tt_xrealloc(np->when, cap * sizeof *np->when);
		}
		np->mark[np->n] = i;
		np->when[np->n] = w;
		np->date[np->n++] = d;
		last = k;
		i = d;
	}
	if (np->n < 3) {
		numposts_free(np);
		return 0;
	}
	np->name[0] = P->n;
	for (size_t p = 1; p < np->n; p++) {
		size_t to = np->mark[p];
		size_t b = post_skip(P, np, np->date[p - 1] + 1, to, 1);
		np->name[p] = post_skip(P, np, b, to, 0);
		if (np->name[p] >= to) {
			numposts_free(np);
			return 0;
		}
	}
	np->from = np->name[1];
	while (np->from > np->date[0] + 1 && !P->l[np->from - 1].blank &&
	       post_template(P, np, np->from - 1))
		np->from--;
	return 1;
}

/* The word all names end with ("Offline"), a status, not the name: its
 * length with the space before it, or 0. */
static size_t status_word(const struct page *P, const struct numposts *np)
{
	size_t n0, len = 0;
	const char *s0 = post_key(&P->l[np->name[1]], &n0);
	const char *sp = s0 + n0;
	while (sp > s0 && sp[-1] != ' ')
		sp--;
	if (sp == s0)
		return 0;
	len = n0 - (size_t)(--sp - s0);
	for (size_t p = 2; p < np->n; p++) {
		size_t n;
		const char *s = post_key(&P->l[np->name[p]], &n);
		if (n <= len || memcmp(s + n - len, sp, len))
			return 0;
	}
	return len;
}

/* Whether name stands in line L as a word of its own. */
static int names_author(const struct line *L, const char *name)
{
	size_t n = strlen(name);
	for (const char *s = L->s; n && (s = memmem(s, L->len - (size_t)(s - L->s), name, n));
	     s++)
		if ((s == L->s || !isalnum((unsigned char)s[-1])) &&
		    (s + n == L->s + L->len || !isalnum((unsigned char)s[n])))
			return 1;
	return 0;
}

/* The post a quotation at the top of post p's text (lines [from, to))
 * quotes, by the name it gives, or 0; *end is where the quotation ends: the
 * lines indented past the text's, or else the quoted post's own words. */
static size_t quoted_post(const struct page *P, tt_comment **made, size_t p, size_t from,
                          size_t to, size_t *end)
{
	size_t q = p;
	while (q-- > 0)
		if (made[q] ? names_author(&P->l[from], made[q]->author) : 0)
			break;
	if (q >= p || from + 1 >= to)
		return 0;
	unsigned own = P->l[to - 1].indent;
	*end = from + 1;
	if (P->l[from].indent > own) {
		while (*end < to && (P->l[*end].blank || P->l[*end].indent > own))
			(*end)++;
	} else if (!P->l[*end].blank) {
		for (size_t k = 0; k < made[q]->body.n; k++)
			if (strncmp(made[q]->body.v[k], "> ", 2) &&
			    !strncmp(made[q]->body.v[k], P->l[*end].s, P->l[*end].len)) {
				(*end)++;
				break;
			}
	}
	return q;
}

/* Lines [from, to) as paragraphs of c, "> " before those of a quotation. */
static void post_text(struct page *P, tt_comment *c, size_t from, size_t to, int quote)
{
	tt_buf b = {0};
	for (size_t i = from; i <= to; i++) {
		if (i < to && !P->l[i].blank) {
			if (b.len)
				tt_buf_addc(&b, ' ');
			else if (quote)
				tt_buf_add(&b, "> ", 2);
			tt_buf_add(&b, P->l[i].s, P->l[i].len);
			P->role[i] = R_COMMENT;
		} else if (b.len) {
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
			b.len = 0;
		}
	}
	tt_buf_free(&b);
}

/* Each post after the first as a comment; one quoting an earlier post
 * answers it. */
static void read_numbered_posts(struct page *P, struct numposts *np)
{
	size_t status = status_word(P, np);
	tt_comment **made = tt_xcalloc(np->n, sizeof *made);
	for (size_t p = 1; p < np->n; p++) {
		size_t from = np->date[p] + 1;
		size_t to = post_skip(P, np, from, p + 1 < np->n ? np->name[p + 1] : P->n, 1);
		while (to > from && P->l[to - 1].blank)
			to--;
		from = next_text(P, from - 1) < to ? next_text(P, from - 1) : to;
		size_t end = from, q = from < to ? quoted_post(P, made, p, from, to, &end) : 0;
		tt_comment *c = tt_thread_add_comment(P->t, q ? made[q] : NULL);
		size_t n;
		const char *name = post_key(&P->l[np->name[p]], &n);
		c->author = tt_thread_strdup(P->t, name, n - status);
		c->posted = np->when[p].posted;
		c->time = np->when[p].iso[0] ? tt_thread_strdup(P->t, np->when[p].iso, (size_t)-1)
		                             : NULL;
		c->line = P->l[np->name[p]].no;
		c->col = P->l[np->name[p]].indent + 1;
		P->role[np->name[p]] = P->role[np->mark[p]] = P->role[np->date[p]] = R_HEADER;
		post_text(P, c, from, end, 1);
		post_text(P, c, end, to, 0);
		made[p] = c;
		if (P->nall == P->capall)
			P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
		P->all[P->nall++] = c;
	}
	free(made);
	numposts_free(np);
}

/* ---- names and subjects a template repeats around the header ---- */

/* Line L without its list number or mark and lynx's link number, into *len. */
static const char *item_text(const struct line *L, size_t *len)
{
	size_t i = strspn(L->s, "0123456789");
	if (i && i + 1 < L->len && L->s[i] == '.' && L->s[i + 1] == ' ')
		i += 2;
	else
		i = 0;
	i += tt_textline_list_mark(L->s + i, L->len - i);
	i += tt_textline_link_ref(L->s + i, L->len - i);
	*len = L->len - i;
	return L->s + i;
}

/* The name on the line over a header, run into the word after it on the
 * header's own line ("Margaret Holt" over "Margaret Holton March 3", Divi):
 * the name is the line's; and as the last paragraph of the comment before,
 * it was that header's, not text. */
static void name_over_header(struct page *P, size_t k)
{
	tt_comment *c = P->all[k];
	size_t h = c->line - 1, n;
	if (!c->author || h < 1 || h >= P->n || P->l[h - 1].blank)
		return;
	const char *name = item_text(&P->l[h - 1], &n);
	size_t al = strlen(c->author), rest = al - n;
	if (n < 2 || al <= n || rest > 3 || strncmp(c->author, name, n))
		return;
	for (size_t i = n; i < al; i++)
		if (!islower((unsigned char)c->author[i]))
			return;
	c->author = tt_thread_strdup(P->t, name, n);
	P->role[h - 1] = R_HEADER;
	tt_comment *b = k ? P->all[k - 1] : NULL;
	if (b && b->body.n > 1 && !strncmp(b->body.v[b->body.n - 1],
	                                   P->l[h - 1].s, P->l[h - 1].len) &&
	    !b->body.v[b->body.n - 1][P->l[h - 1].len])
		b->body.n--;
}

/* Where the number "#N" after a vote count (and lynx's link number) stands
 * in name a, or NULL. */
static const char *number_in_name(const char *a)
{
	a += strspn(a, "0123456789");
	a += tt_textline_link_ref(a, strlen(a));
	return *a == '#' && isdigit((unsigned char)a[1]) ? a + 1 : NULL;
}

/* A vote count and the comment's number run into the name ("0#2Ellen
 * Park", JComments): when every name so begins with the numbers in order,
 * the numbers go. */
static void numbers_before_names(struct page *P)
{
	size_t *cut = P->nall > 1 ? tt_xcalloc(P->nall, sizeof *cut) : NULL;
	long last = 0;
	for (size_t k = 0; k < P->nall && cut; k++) {
		const char *a = P->all[k]->author ? P->all[k]->author : "";
		const char *num = number_in_name(a);
		char *end = NULL;
		long n = num ? strtol(num, &end, 10) : -1;
		if (n < 0 || (k && n != last + 1) || !isalpha((unsigned char)*end)) {
			free(cut);
			cut = NULL;
		} else {
			cut[k] = (size_t)(end - a);
			last = n;
		}
	}
	for (size_t k = 0; cut && k < P->nall; k++)
		P->all[k]->author += cut[k];
	free(cut);
}

/* A subject over the header that is the text's first words (Drupal makes
 * it so): taken as the first paragraph, it goes. */
static void subject_of_text(tt_comment *c)
{
	if (c->body.n < 2)
		return;
	const char *s = c->body.v[0];
	s += tt_textline_link_ref(s, strlen(s));
	size_t n = strlen(s);
	if (tt_textline_count_words(s, n) >= 3 && strlen(c->body.v[1]) > n && !strncmp(c->body.v[1], s, n) &&
	    c->body.v[1][n] == ' ') {
		memmove(c->body.v, c->body.v + 1, (c->body.n - 1) * sizeof *c->body.v);
		c->body.n--;
	}
}

/* The length of the post number "#N" (after lynx's link number) alone on
 * the first line of s, with its line end; N into *n; 0 if s opens not so. */
static size_t opening_number(const char *s, long *n)
{
	size_t i = tt_textline_link_ref(s, strlen(s));
	if (s[i] != '#' || !isdigit((unsigned char)s[i + 1]))
		return 0;
	char *end;
	*n = strtol(s + i + 1, &end, 10);
	if (end - (s + i) > 7 || (*end && *end != '\n'))
		return 0;
	return (size_t)(end - s) + (*end == '\n');
}

/* Whether every comment after the first opens with its post number, 1, 2,
 * ... in order, and the first with none. */
static int numbered_after_first(const struct page *P)
{
	long n;
	if (P->nall < 3 || !P->all[0]->body.n || opening_number(P->all[0]->body.v[0], &n))
		return 0;
	for (size_t k = 1; k < P->nall; k++)
		if (!P->all[k]->body.n || !opening_number(P->all[k]->body.v[0], &n) ||
		    n != (long)k)
			return 0;
	return 1;
}

/* A forum's opening post, unnumbered over posts numbered from 1 (Kaskus):
 * the topic, no comment. Its paragraphs go to the article, its lines are
 * the article's. */
static void topic_over_numbers(struct page *P)
{
	if (!numbered_after_first(P))
		return;
	tt_comment *c = P->all[0];
	if (c->parent || c->first_child || P->t->first != c)
		return;
	for (size_t i = 0; i < c->body.n; i++)
		tt_strv_push(P->t, &P->t->article.body, c->body.v[i]);
	for (size_t i = 0; i < P->n && P->l[i].no < P->all[1]->line; i++)
		if (P->l[i].no >= c->line && P->role[i] >= R_HEADER)
			P->role[i] = R_ARTICLE;
	P->t->first = c->next_sibling;
	P->t->ntop--;
	P->t->ncomments--;
	memmove(P->all, P->all + 1, --P->nall * sizeof *P->all);
}

/* Each post's number on a line of its own under its date (Kaskus): read
 * as the text's first line. When two or more comments so open, numbers
 * rising, the numbers go (a text that opens with "#2" alone stays). */
static void numbers_under_dates(struct page *P)
{
	long last = 0, n;
	size_t seen = 0;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (!c->body.n || !opening_number(c->body.v[0], &n))
			continue;
		if (n <= last)
			return;
		last = n;
		seen++;
	}
	for (size_t k = 0; seen >= 2 && k < P->nall; k++) {
		tt_comment *c = P->all[k];
		size_t cut = c->body.n ? opening_number(c->body.v[0], &n) : 0;
		if (!cut)
			continue;
		if (c->body.v[0][cut])
			c->body.v[0] += cut;
		else
			memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
	}
}

static void tidy_headers(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		name_over_header(P, k);
		subject_of_text(P->all[k]);
	}
	numbers_before_names(P);
	topic_over_numbers(P);
	numbers_under_dates(P);
}

tt_thread *tt_import_text(const char *name, const char *text, size_t len,
                          const struct tt_import_opts *opts, tt_error *err)
{
	struct page P = {.t = tt_thread_new(), .r = opts ? opts->report : NULL};
	P.t->name = tt_thread_strdup(P.t, name, (size_t)-1);
	split_lines(&P, text, len);
	drop_margin_marks(&P);
	P.wrap = wrap_width(&P);
	P.is_date = tt_xcalloc(P.n + 1, 1);
	P.role = tt_xcalloc(P.n + 1, 1);
	P.dates = tt_xcalloc(P.n + 1, sizeof *P.dates);
	int heading;
	long stated;
	size_t cstart = find_section(&P, &heading, &stated);
	struct numposts np;
	if (numbered_posts(&P, &np)) /* forum posts: read apart, below */
		cstart = np.from, heading = 0, stated = -1, P.list_to = 0;
	if (P.r) {
		P.r->stated = stated;
		P.r->stated_line = stated >= 0 ? P.l[cstart].no : 0;
	}
	parse_article(&P, 0, cstart);
	if (cstart < P.n) {
		if (heading)
			P.role[cstart] = R_SECTION;
		if (P.list_to)
			parse_list(&P, cstart);
		else if (np.n)
			read_numbered_posts(&P, &np);
		else
			parse_comments(&P, heading ? cstart + 1 : cstart);
	}
	tidy_headers(&P);
	report_blocks(&P);
	page_free(&P);
	if (opts)
		tt_import_apply_overrides(P.t, opts);
	tt_thread *t = check_page(P.t, name, opts, err);
	if (t)
		report_layout(&P);
	return t;
}
