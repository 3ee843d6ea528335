/* import_text_forum: forum posts in page text: numbered posts and replies, Q&A, member boxes. */
#include <limits.h>
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

/* The date under a member box: alone, or after a label of a word or two
 * of letters ("Topic starter 09/05/2024 9:12 pm", wpForo's mark of the
 * topic's author). */
static int box_date(struct page *P, size_t d, struct when *w)
{
	const struct line *L = &P->l[d];
	if (itx_date_line(P, L, w))
		return 1;
	const char *s = L->s, *end = L->s + L->len;
	for (int words = 0; words < 2 && s < end && isalpha((unsigned char)*s); words++) {
		while (s < end && isalpha((unsigned char)*s))
			s++;
		if (s == end || *s != ' ')
			return 0;
		s++;
		if (isdigit((unsigned char)*s) && itx_date_text(P, s, (size_t)(end - s), w))
			return 1;
	}
	return 0;
}

/* Line i the name of line i + 1 (past lynx's link number) written over and
 * over, run together or a space between (an avatar's alt text repeated:
 * "elmercasinogelmercasinog" over "elmercasinog"): the box starts under it. */
static int name_repeated_over(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i], *N = &P->l[i + 1];
	size_t ref = tt_textline_link_ref(N->s, N->len), nl = N->len - ref, k = 0, times = 0;
	if (N->blank || !nl || L->len <= nl)
		return 0;
	while (k + nl <= L->len && !memcmp(L->s + k, N->s + ref, nl)) {
		k += nl, times++;
		if (k < L->len && L->s[k] == ' ')
			k++;
	}
	return times >= 2 && k == L->len;
}

/* Line i only marks in brackets, one or more ("[a75a3217ba][a75a3217ba]",
 * an avatar's alt text as w3m draws it). */
static int marks_only(const struct line *L)
{
	size_t k = 0;
	while (k < L->len && L->s[k] == '[') {
		const char *c = memchr(L->s + k, ']', L->len - k);
		if (!c)
			return 0;
		k = (size_t)(c - L->s) + 1;
		while (k < L->len && L->s[k] == ' ')
			k++;
	}
	return k && k == L->len;
}

/* A forum post's author box: the name (lynx's link number before it), then
 * three to twelve short lines with no blank between (the member's rank,
 * stars, "Beiträge: 96", "#2"), a blank line, and the date alone
 * ("26.04.2020, 19:13", "Gestern, 06:58") over the post's text, as MyBB
 * sets it: the name and the date are the header's, the box too. */
int itx_author_box(struct page *P, size_t i, struct header *h)
{
	const struct line *L = &P->l[i];
	size_t ref, len, k = i + 1, b = i + 1;
	const char *name;
	struct when w = {0};
	/* first what is cheap to ask of every line: a blank line after three
	 * to twelve lines, a date right under it */
	while (b < P->n && b <= i + 13 && !P->l[b].blank)
		b++;
	if (b < i + 4 || b >= P->n || !P->l[b].blank || name_repeated_over(P, i))
		return 0;
	/* the date under the box past a blank line (w3m), or its last line (lynx) */
	size_t dl = itx_next_text(P, b);
	if (dl > b + 2 || dl >= P->n || !box_date(P, dl, &w))
		dl = b - 1;
	/* (only under its avatar: a box's last line dated is rare) */
	if (dl == b - 1 && (b < i + 5 || i == 0 || !name_repeated_over(P, i - 1) ||
	                      !box_date(P, dl, &w)))
		return 0;
	/* an avatar (its alt text, or the name written over and over) opens
	 * the box: a line over it is the post above's (its buttons) */
	if (marks_only(&P->l[i + 1]) || (i + 2 < P->n && name_repeated_over(P, i + 1)))
		return 0;
	ref = tt_textline_link_ref(L->s, L->len);
	len = L->len - ref;
	if (!P->buttons)
		itx_mark_buttons(P);
	/* the page's buttons under each post ("Suchen" over "Zitieren") and an
	 * image's alt text ("[default_]") come before the box, no name of it */
	/* a name under its avatar's alt text is a name, however often the
	 * member posts (the lines of the box repeat with it) */
	int avatar = i > 0 && name_repeated_over(P, i - 1);
	if (!len || (!avatar && (P->buttons[i] || P->buttons[i + 1])) ||
	    itx_bracketed_word(L->s + ref, len) ||
	    tt_textline_author_name(L->s + ref, len, &name) != len ||
	    tt_textline_count_words(L->s + ref, len) > 4 || itx_date_line(P, L, &w))
		return 0;
	while (k < P->n && k <= i + 12 && k != dl && !P->l[k].blank &&
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
	if (k < i + 4 || k >= P->n || (k != dl && !P->l[k].blank))
		return 0;
	size_t d = k == dl ? dl : itx_next_text(P, k);
	if (d >= P->n || d > k + 2 || !box_date(P, d, &h->when))
		return 0;
	itx_dated_header(P, h, SH_NAME_DATE, name, len, d + 1);
	return 1;
}

/* ---- forum posts numbered on a line of their own ----
 *
 * MyBB, vBulletin and their kind write each post as a profile block (name,
 * rank, post count), the post's number "#N" and its date on lines of their
 * own, the text, and a few buttons. What is the profile's and what the
 * buttons' is told by what repeats: a line found in the first two gaps
 * between posts is the template's; the name is the first line after the
 * buttons that is not. The first post is the topic. */

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
/* Whether s and t (n and m bytes) say the same but for their figures, each
 * run of digits any other ("Reply With Quote 1 Not allowed!", a vote's
 * count beside the buttons), words around them: twelve letters at least
 * (a member box's value, "7,870 (0 Banked)", is no line of the template). */
static int same_but_figures(const char *s, size_t n, const char *t, size_t m)
{
	size_t i = 0, j = 0, letters = 0;
	while (i < n && j < m) {
		if (isdigit((unsigned char)s[i]) && isdigit((unsigned char)t[j])) {
			while (i < n && isdigit((unsigned char)s[i]))
				i++;
			while (j < m && isdigit((unsigned char)t[j]))
				j++;
			continue;
		}
		if (s[i] != t[j])
			return 0;
		letters += isalpha((unsigned char)s[i]) != 0;
		i++, j++;
	}
	return i == n && j == m && letters >= 12;
}

static int in_gap(const struct page *P, size_t i, size_t from, size_t to)
{
	size_t n, m;
	const char *s = post_key(&P->l[i], &n);
	int figures = tt_textline_has_digit(s, n);
	for (size_t k = from; k < to; k++) {
		const char *t = post_key(&P->l[k], &m);
		if (!P->l[k].blank && ((m == n && !memcmp(s, t, n)) ||
		                       (figures && same_but_figures(s, n, t, m))))
			return 1;
	}
	return 0;
}

/* Whether line i belongs to the posts' template (in the first two gaps). */
static int post_template(const struct page *P, const struct numposts *np, size_t i)
{
	/* asked for every line of every post, twice and more: kept */
	if (np->tmpl && np->tmpl[i])
		return np->tmpl[i] - 1;
	/* the next posts may quote the topic whole, inside their gaps
	 * (XenForo 2's, vBulletin's "Originally Posted by"): where the topic
	 * is on the page, a line of the template is in the first four gaps */
	size_t gaps = np->over || np->opening ? (np->n - 1 < 4 ? np->n - 1 : 4) : 2;
	int yes = 1;
	for (size_t g = 0; g < gaps && yes; g++)
		yes = in_gap(P, i, np->date[g] + 1, np->mark[g + 1]);
	if (np->tmpl)
		np->tmpl[i] = (unsigned char)(yes + 1);
	return yes;
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
	free(np->tmpl);
	memset(np, 0, sizeof *np);
}

/* Line L's words past its post number, when a "#N " opens them (phpBB's
 * "#2 Post by NAME » DATE", lynx's "[41]#2 [42]Post by ..."): the label
 * is what follows the number, which differs on every post. */
static const char *past_post_number(const struct line *L, size_t *len)
{
	const char *s = post_key(L, len);
	size_t d = *len > 2 && s[0] == '#' ? strspn(s + 1, "0123456789") : 0;
	if (!d || d > 6 || d + 2 >= *len || s[d + 1] != ' ')
		return s;
	size_t k = d + 2;
	k += tt_textline_link_ref(s + k, *len - k);
	*len -= k;
	return s + k;
}

/* Whether the date reads past a short lower-case word of one to three
 * letters that opens r (len bytes), the label's preposition the date
 * reader does not take ("beantwortet am 03.01.2012 14:30"). */
static int date_past_short_word_b(struct page *P, const char *r, size_t len, struct when *w)
{
	size_t k = 0;
	while (k < len && k < 4 && islower((unsigned char)r[k]))
		k++;
	if (!k || k > 3 || k + 1 >= len || r[k] != ' ')
		return 0;
	return tt_dates_plausible(r + k + 1, len - k - 1) &&
	       itx_date_text(P, r + k + 1, len - k - 1, w);
}

/* Whether line i is a post's date after a label, the same first word on
 * every post: a date past a "» " ("Post by NAME » DATE", phpBB, a "#N"
 * before it or not), or a line whose date still reads without its first
 * word ("Posted March 3, 2024", Invision); *label is that word's length. */
static int labelled_date(struct page *P, size_t i, struct when *w, size_t *label)
{
	size_t n;
	if (P->l[i].blank || P->l[i].len > 100 || !memchr(P->l[i].s, ' ', P->l[i].len))
		return 0;
	const char *s = past_post_number(&P->l[i], &n);
	*label = strcspn(s, " ");
	/* a word of letters alone: "Tuesday," is the date's own */
	if (*label >= n || *label > 20 || !isalpha((unsigned char)s[0]) ||
	    !isalpha((unsigned char)s[*label - 1]))
		return 0;
	const char *sep = memchr(s, '\xC2', n) ? memmem(s, n, "\xC2\xBB ", 3) : NULL;
	if (sep && tt_dates_plausible(sep + 3, n - (size_t)(sep + 3 - s)))
		return itx_date_text(P, sep + 3, n - (size_t)(sep + 3 - s), w);
	/* the date after the label opens with a word (a month, a weekday), and
	 * the label is longer than a weekday's short form ("Sun Mar 03") */
	const char *r = s + *label + 1;
	r += tt_textline_link_ref(r, n - *label - 1);
	if (sep || *label < 4)
		return 0;
	if (isalpha((unsigned char)*r) && tt_dates_plausible(s + *label + 1, n - *label - 1) &&
	    itx_date_text(P, s + *label + 1, n - *label - 1, w))
		return 1;
	return date_past_short_word_b(P, r, n - (size_t)(r - s), w);
}

/* The label of the first post's date line, to compare with the others. */
static int same_label(const struct page *P, const struct numposts *np, size_t i, size_t label)
{
	size_t n, m;
	const char *s = past_post_number(&P->l[np->mark[0]], &n);
	const char *t = past_post_number(&P->l[i], &m);
	return n > label && s[label] == ' ' && !memcmp(s, t, label);
}

/* The date line over post number line i, past blank lines and list marks
 * with nothing after them (XenForo 2's "• May 6, 2024" / "•" / "• #2"),
 * its date into *w; or i when there is none. */
static size_t date_over_number(struct page *P, size_t i, struct when *w)
{
	size_t j = i;
	/* both items of one list, the post's header (a number alone under a
	 * date is Kaskus', the number a line of the text: numbers_under_dates) */
	if (!tt_textline_list_mark(P->l[i].s, P->l[i].len))
		return i;
	for (int steps = 0; j > 0 && steps < 4; steps++) {
		const struct line *L = &P->l[--j];
		if (L->blank || itx_bare_mark(L))
			continue;
		return tt_textline_list_mark(L->s, L->len) && itx_date_line(P, L, w) ? j : i;
	}
	return i;
}

/* The last line in [from, to) under its avatar: under a line of the same
 * words (an image's alt text, "dtier" over "dtier") or of its first letter
 * alone (XenForo 2's lettered avatar, "S" over "strato2009"); or to. */
static size_t avatar_name(const struct page *P, size_t from, size_t to)
{
	size_t found = to, prev = to;
	for (size_t k = from; k < to; k++) {
		if (P->l[k].blank)
			continue;
		size_t n, m = 0;
		const char *s = post_key(&P->l[k], &n), *u = prev < to ? post_key(&P->l[prev], &m) : NULL;
		if (u && n > 1 &&
		    ((m == n && !memcmp(u, s, n)) ||
		     (m == 1 && isalpha((unsigned char)u[0]) &&
		      toupper((unsigned char)u[0]) == toupper((unsigned char)s[0]))))
			found = k;
		prev = k;
	}
	return found;
}

/* The line in [from, to) whose words the date line d names just before its
 * "» " ("#2 Post by ruwolf » DATE" under a member box of "User avatar",
 * "ruwolf", "Posts: 668"): the post's name, or to. */
static size_t named_in_date(const struct page *P, size_t d, size_t from, size_t to)
{
	const struct line *D = &P->l[d];
	const char *sep = memchr(D->s, '\xC2', D->len) ? memmem(D->s, D->len, "\xC2\xBB ", 3) : NULL;
	if (!sep)
		return to;
	size_t before = (size_t)(sep - D->s);
	while (before && D->s[before - 1] == ' ')
		before--;
	for (size_t k = from; k < to; k++) {
		size_t n;
		const char *s = post_key(&P->l[k], &n);
		if (!P->l[k].blank && n && n < before && !memcmp(D->s + before - n, s, n) &&
		    strchr(" ]", D->s[before - n - 1]))
			return k;
	}
	return to;
}

/* Whether a line over line to says the page is a later one of its thread
 * ("25 messages • Page 3 sur 3", "Page 2 of 5", "Seite 2 von 4"): its
 * first post answers the opening post, which is on the first page. */
static int later_page_b(const struct page *P, size_t to)
{
	static const char *const words[][2] = {
	    {"page ", " sur "}, {"page ", " of "}, {"seite ", " von "}, {"p\xC3\xA1gina ", " de "}};
	for (size_t i = 0; i < to && i < P->n; i++) {
		const struct line *L = &P->l[i];
		for (size_t at = 0; !L->blank && at < L->len; at++) {
			if (at && isalpha((unsigned char)L->s[at - 1]))
				continue;
			for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
				size_t wl = strlen(words[w][0]), sl = strlen(words[w][1]);
				if (L->len - at <= wl ||
				    strncasecmp(L->s + at, words[w][0], wl) != 0)
					continue;
				char *e;
				long k = strtol(L->s + at + wl, &e, 10);
				if (e == L->s + at + wl || k < 2 ||
				    (size_t)(L->s + L->len - e) <= sl ||
				    strncasecmp(e, words[w][1], sl) != 0)
					continue;
				if (strtol(e + sl, NULL, 10) >= k)
					return 1;
			}
		}
	}
	return 0;
}

/* The name a labelled date line holds between its label and its "» "
 * ("Messagepar Nanette63 » Lun 8 Jan 2018 15:33", phpBB's French theme
 * with the permalink's icon glued to "par"; lynx's "Message par
 * [38]charlotte59 » DATE"): its start into *at, its length, a link's
 * number aside; 0 when the words between are none or more than four. */
static size_t name_in_date(const struct page *P, size_t d, size_t *at)
{
	const struct line *D = &P->l[d];
	const char *sep =
	    memchr(D->s, '\xC2', D->len) ? memmem(D->s, D->len, "\xC2\xBB ", 3) : NULL;
	size_t n;
	const char *s = past_post_number(D, &n);
	const char *w = s + strcspn(s, " ");
	if (!sep || w >= sep)
		return 0;
	w++;
	if (sep - w >= 4 && !memcmp(w, "par ", 4)) /* (lynx: the label's two words) */
		w += 4;
	w += tt_textline_link_ref(w, (size_t)(sep - w));
	size_t l = (size_t)(sep - w);
	while (l && w[l - 1] == ' ')
		l--;
	if (!l || tt_textline_count_words(w, l) > 4)
		return 0;
	*at = (size_t)(w - D->s);
	return l;
}

/* Whether, on a page of labelled dates, a name stands right under every
 * date ("Posted Thursday 6th June 2013 13:42 GMT" over "Squander Two",
 * the text under them): a line of four words at most with a letter, no
 * sentence's end and no date, the names not all the same. Then the name
 * is each post's own, and the first post is a comment like the others
 * (the article lies above the first date, no post of it). */
static int names_under_dates_a(struct page *P, const struct numposts *np)
{
	size_t differ = 0;
	for (size_t p = 0; p < np->n; p++) {
		size_t k = np->date[p] + 1, n, m;
		struct when w = {0};
		if (k >= P->n || P->l[k].blank)
			return 0;
		const char *s = post_key(&P->l[k], &n);
		if (!n || n > 40 || tt_textline_count_words(s, n) > 4 || !tt_textline_has_letter(s, n) ||
		    tt_textline_ends_with_any(s, n, ".!?:;,") || itx_bracketed_word(s, n) ||
		    itx_date_line(P, &P->l[k], &w))
			return 0;
		const char *t = p ? post_key(&P->l[np->date[p - 1] + 1], &m) : NULL;
		differ += t && (m != n || memcmp(s, t, n));
	}
	return differ * 2 >= np->n - 1 && differ > 0;
}

/* Whether line i could be a post's name over its date: four words at most
 * with a letter, no sentence's end, no bracketed word (an image), no date. */
static int name_like_b(struct page *P, size_t i)
{
	size_t n;
	struct when w = {0};
	const char *s = post_key(&P->l[i], &n);
	return !P->l[i].blank && n && n <= 40 && tt_textline_count_words(s, n) <= 4 &&
	       tt_textline_has_letter(s, n) && !tt_textline_ends_with_any(s, n, ".!?:;,") &&
	       !itx_bracketed_word(s, n) && !bracket_only(&P->l[i]) &&
	       !itx_date_line(P, &P->l[i], &w);
}

static int cmp_u64_b(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* How many different lines stand at distance k over the posts' dates
 * (lynx's link numbers aside); keys is room for np->n hashes. */
static size_t distinct_over_b(const struct page *P, const struct numposts *np, size_t k,
                              uint64_t *keys)
{
	size_t spaces, d = 0;
	for (size_t p = 0; p < np->n; p++)
		keys[p] = itx_line_hash(&P->l[np->date[p] - k], &spaces);
	qsort(keys, np->n, sizeof *keys, cmp_u64_b);
	for (size_t p = 0; p < np->n; p++)
		d += !p || keys[p] != keys[p - 1];
	return d;
}

/* Whether every post holds a line at distance k over its date, none blank
 * from it to the date, all past the date before. */
static int box_rows_b(const struct page *P, const struct numposts *np, size_t k)
{
	for (size_t p = 0; p < np->n; p++)
		if (np->date[p] < k + (p ? np->date[p - 1] + 1 : 0) || P->l[np->date[p] - k].blank)
			return 0;
	return 1;
}

/* Whether every post's line at distance k over its date is name-like and
 * the names differ from post to post in half the posts or more. */
static int names_at_b(struct page *P, const struct numposts *np, size_t k)
{
	size_t differ = 0, spaces;
	for (size_t p = 0; p < np->n; p++) {
		if (!name_like_b(P, np->date[p] - k))
			return 0;
		differ += p && itx_line_hash(&P->l[np->date[p] - k], &spaces) !=
		                   itx_line_hash(&P->l[np->date[p - 1] - k], &spaces);
	}
	return differ * 2 >= np->n - 1 && differ > 0;
}

/* Whether, on a page of labelled dates, each post's name stands a few
 * lines over its date, as many lines on every post, none blank between
 * (a member box: "Milan" over "Telerik team" over a badge's image over
 * "answered on 07 Jan 2010, 09:50 AM"): of the distances 1 to 4 at which
 * every post holds a name-like line (names_at_b), the one with the most
 * different lines, and more than every line between has (a rank, a
 * badge: the box's few values, not the writer's). Returns that
 * distance, or 0. The label may then be any word: a member box over every
 * date marks the posts as names under the dates do. */
static size_t names_over_dates_b(struct page *P, const struct numposts *np)
{
	uint64_t *keys = tt_xcalloc(np->n, sizeof *keys);
	size_t best = 0, most = 0, d[5] = {0};
	for (size_t k = 1; k <= 4 && box_rows_b(P, np, k); k++) {
		d[k] = distinct_over_b(P, np, k, keys);
		if (d[k] > most && names_at_b(P, np, k))
			best = k, most = d[k];
	}
	for (size_t j = 1; best && j < best; j++)
		if (d[j] >= most)
			best = 0;
	free(keys);
	return best;
}

/* The first line of the member box whose name is line i: past a vote
 * count and an avatar's image over the name, two lines at most. */
static size_t box_top_b(const struct page *P, size_t i, size_t floor)
{
	for (int steps = 0; steps < 2 && i > floor + 1; steps++) {
		const struct line *L = &P->l[i - 1];
		if (L->blank || !(itx_count_line(L) || bracket_only(L)))
			break;
		i--;
	}
	return i;
}

/* N of a line that is a date then the post's number "#N" ("1. 12-07-2011
 * #4951", vBulletin 4's, lynx's "12-07-2011 [77]#4951"), the date into
 * *w; or -1. */
static long stamped_number_v(struct page *P, const struct line *L, struct when *w)
{
	size_t len, d = 0;
	if (L->blank || L->len > 80 || !memchr(L->s, '#', L->len))
		return -1;
	const char *s = post_key(L, &len);
	if (itx_numbered(L)) { /* a list's number ("1. "), the posts' items */
		size_t m = strcspn(L->s, " ") + 1;
		s = L->s + m, len = L->len - m;
	}
	const char *h = len > 4 ? memrchr(s, '#', len) : NULL;
	while (h && h + 1 + d < s + len && isdigit((unsigned char)h[1 + d]))
		d++;
	if (!h || !d || d > 7 || h + 1 + d != s + len)
		return -1;
	size_t e = (size_t)(h - s);
	if (e && s[e - 1] == ']') { /* lynx's number of the link "#N" */
		const char *o = memrchr(s, '[', e);
		e = o && tt_textline_link_ref(o, e - (size_t)(o - s)) == e - (size_t)(o - s)
		        ? (size_t)(o - s)
		        : e;
	}
	if (e < 2 || s[e - 1] != ' ')
		return -1;
	while (e && s[e - 1] == ' ')
		e--;
	return tt_dates_plausible(s, e) && itx_date_text(P, s, e, w) ? strtol(h + 1, NULL, 10) : -1;
}

/* The name line under stamped post date d: the first line of text, past
 * an image alone (a flag, "[united-sta]"), within three lines; or P->n. */
static size_t stamped_name_v(struct page *P, size_t d)
{
	for (size_t k = d + 1; k < P->n && k <= d + 3; k++) {
		if (P->l[k].blank || bracket_only(&P->l[k]))
			continue;
		/* one word may end in dots ("BBK..", ".RAID3N."): no sentence */
		size_t n;
		const char *s = post_key(&P->l[k], &n);
		int word = n && n <= 40 && !memchr(s, ' ', n) && tt_textline_has_letter(s, n) &&
		           !itx_bracketed_word(s, n);
		return word || name_like_b(P, k) ? k : P->n;
	}
	return P->n;
}

/* Makes room in np for one more post (its arrays grown together). */
static void numposts_room(struct numposts *np, size_t *cap)
{
	if (np->n < *cap)
		return;
	*cap = *cap ? 2 * *cap : 16;
	np->mark = tt_xrealloc(np->mark, *cap * sizeof *np->mark);
	np->date = tt_xrealloc(np->date, *cap * sizeof *np->date);
	np->name = tt_xrealloc(np->name, *cap * sizeof *np->name);
	np->when = tt_xrealloc(np->when, *cap * sizeof *np->when);
}

/* Posts whose date stands on their "#N" line (stamped_number_v), three
 * or more numbered in order, each name under its date: then each post is
 * a comment, the first too (a page of a long thread opens with any post,
 * the topic is on its first page alone), but "#1", the topic's opening
 * post on the thread's first page. 0 if the page is not so. */
static int stamped_posts_v(struct page *P, struct numposts *np)
{
	size_t cap = 0;
	long last = -1, k;
	struct when w = {0};
	memset(np, 0, sizeof *np);
	for (size_t i = 0; i < P->n; i++) {
		if ((k = stamped_number_v(P, &P->l[i], &w)) < 0)
			continue;
		if ((np->n && (k != last + 1 || i - np->date[np->n - 1] > 400)) || np->n == 100000)
			break;
		numposts_room(np, &cap);
		np->mark[np->n] = np->date[np->n] = i;
		np->when[np->n++] = w;
		np->opening |= np->n == 1 && k == 1;
		last = k;
	}
	for (size_t p = 0; np->n >= 3 && p < np->n; p++)
		if ((np->name[p] = stamped_name_v(P, np->date[p])) >= P->n)
			np->n = 0;
	if (np->n < 3) {
		numposts_free(np);
		return 0;
	}
	np->under = np->stamped = 1;
	np->from = np->mark[np->opening];
	return 1;
}

/* Line L a date, or a date then a note in brackets running on ("2024-01-05,
 * 03:34 AM (This post was last modified: ... by NAME.)", MyBB's edit
 * note under the post's number), or an icon's alt text then a date: the
 * date into *w. */
static int date_line_noted(struct page *P, const struct line *L, struct when *w)
{
	if (itx_date_line(P, L, w))
		return 1;
	/* (an icon's alt text before it, "[xx] June 09, 2024, 03:29:46 AM",
	 * SMF's) */
	const char *s = L->s, *sp = L->len > 4 && s[0] == '[' ? memchr(s, ' ', L->len) : NULL;
	if (sp && sp[-1] == ']' && itx_bracketed_word(s, (size_t)(sp - s))) {
		size_t off = (size_t)(sp + 1 - s);
		if (tt_dates_plausible(s + off, L->len - off) &&
		    itx_date_text(P, s + off, L->len - off, w))
			return 1;
	}
	const char *o = L->len > 8 ? memmem(L->s, L->len, " (", 2) : NULL;
	size_t e = o ? (size_t)(o - L->s) : 0;
	return e >= 6 && e <= 40 && tt_dates_plausible(L->s, e) && itx_date_text(P, L->s, e, w);
}

/* The icon's alt text opening line L ("[xx] " of "[xx] June 09, 2024"):
 * its length with the space, or 0. */
static size_t icon_lead(const struct line *L)
{
	const char *sp = L->len > 4 && L->s[0] == '[' ? memchr(L->s, ' ', L->len) : NULL;
	return sp && sp[-1] == ']' && itx_bracketed_word(L->s, (size_t)(sp - L->s))
	           ? (size_t)(sp + 1 - L->s)
	           : 0;
}

/* Posts numbered from their first answer on, the topic unnumbered over
 * them (SMF's "#1" the first reply, its topic dated alone): where every
 * post's date opens with one icon's alt text ("[xx] DATE") and a date so
 * opened stands alone within sixty lines over the first number, it is
 * the topic's, made post 0 so that "#1" is read as a comment. */
static void unnumbered_topic(struct page *P, struct numposts *np, size_t *cap)
{
	const struct line *D = &P->l[np->date[0]];
	size_t lead = icon_lead(D);
	struct when w = {0};
	if (!lead)
		return;
	for (size_t p = 1; p < np->n; p++) {
		const struct line *E = &P->l[np->date[p]];
		if (icon_lead(E) != lead || memcmp(E->s, D->s, lead))
			return;
	}
	for (size_t u = np->mark[0]; u-- > 0 && np->mark[0] - u <= 60;) {
		const struct line *U = &P->l[u];
		if (U->blank || icon_lead(U) != lead || memcmp(U->s, D->s, lead))
			continue;
		if (!date_line_noted(P, U, &w) || post_number(&P->l[itx_next_text(P, u)]) >= 0)
			return;
		numposts_room(np, cap);
		memmove(np->mark + 1, np->mark, np->n * sizeof *np->mark);
		memmove(np->date + 1, np->date, np->n * sizeof *np->date);
		memmove(np->when + 1, np->when, np->n * sizeof *np->when);
		np->mark[0] = np->date[0] = u;
		np->when[0] = w;
		np->n++;
		return;
	}
}

/* Finds three or more posts numbered in order, each "#N" over its date (or
 * each a labelled date, labelled_date), and each name after the buttons of
 * the post before; 0 if the page is not so. */
int itx_numbered_posts(struct page *P, struct numposts *np)
{
	if (stamped_posts_v(P, np))
		return 1;
	memset(np, 0, sizeof *np);
	size_t cap = 0, label = 0, nat;
	long last = -1;
	int labelled = 0;
	struct when w = {0};
	for (size_t i = 0; i < P->n; i++) {
		long k = labelled ? -1 : post_number(&P->l[i]);
		size_t d = k >= 0 ? itx_next_text(P, i) : P->n, at = i;
		/* the number under the date: the date line is the post's mark,
		 * the number's line the last of its header */
		if (k >= 0 && (!np->n || np->over) && (d >= P->n || !itx_date_line(P, &P->l[d], &w)) &&
		    (at = date_over_number(P, i, &w)) < i)
			np->over = 1, d = i;
		if (d < P->n && (at < i || date_line_noted(P, &P->l[d], &w))) {
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
		numposts_room(np, &cap);
		np->mark[np->n] = at;
		np->when[np->n] = w;
		np->date[np->n++] = d;
		last = k;
		i = d;
	}
	if (np->n < 3) {
		numposts_free(np);
		return 0;
	}
	if (labelled && names_under_dates_a(P, np)) {
		for (size_t p = 0; p < np->n; p++)
			np->name[p] = np->date[p] + 1;
		np->under = 1;
		np->from = np->mark[0];
		return 1;
	}
	size_t above = labelled ? names_over_dates_b(P, np) : 0;
	if (above) {
		for (size_t p = 0; p < np->n; p++) {
			np->name[p] = np->date[p] - above;
			np->mark[p] = box_top_b(P, np->name[p], p ? np->date[p - 1] : 0);
		}
		np->above = (int)above;
		np->from = np->mark[0];
		return 1;
	}
	/* a label the date reader does not know as a date's lead ("Posted";
	 * phpBB's "NAME » DATE" apart) marks posts only with their names
	 * under the dates: elsewhere a word before a date is no post's */
	for (size_t p = 0; labelled && p < np->n; p++)
		if (!memmem(P->l[np->date[p]].s, P->l[np->date[p]].len, "\xC2\xBB ", 3) &&
		    !itx_date_line(P, &P->l[np->date[p]], &w)) {
			numposts_free(np);
			return 0;
		}
	if (!labelled && !np->over)
		unnumbered_topic(P, np, &cap);
	np->name[0] = P->n;
	for (size_t p = 1; p < np->n; p++) {
		size_t to = np->mark[p];
		size_t b = post_skip(P, np, np->date[p - 1] + 1, to, 1);
		np->name[p] = post_skip(P, np, b, to, 0);
		if (labelled && named_in_date(P, np->date[p], np->name[p], to) < to)
			np->name[p] = named_in_date(P, np->date[p], np->name[p], to);
		else if (labelled && (np->in_date || p == 1) && name_in_date(P, np->date[p], &nat))
			np->name[p] = np->date[p], np->in_date = 1;
		if (np->over && avatar_name(P, np->date[p - 1] + 1, to) < to)
			np->name[p] = avatar_name(P, np->date[p - 1] + 1, to);
		if (np->name[p] >= to && !(np->in_date && np->name[p] == np->date[p])) {
			numposts_free(np);
			return 0;
		}
	}
	if (np->in_date && name_in_date(P, np->date[0], &nat)) {
		np->name[0] = np->date[0];
		np->later = later_page_b(P, np->date[0]); /* (then the first post answers too) */
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
static void add_without_refs(tt_buf *b, const struct line *L);

/* Whether line L's words, link numbers aside, stand in one of c's own
 * paragraphs (a quotation's line). */
static int quoted_line(const struct line *L, const tt_comment *c)
{
	tt_buf b = {0};
	add_without_refs(&b, L);
	int in = 0;
	for (size_t k = 0; k < c->body.n && !in && b.len >= 8; k++)
		in = strncmp(c->body.v[k], "> ", 2) &&
		     memmem(c->body.v[k], strlen(c->body.v[k]), b.data, b.len);
	tt_buf_free(&b);
	return in;
}

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
	} else { /* (a blank under the title, lynx's: the paragraphs the quoted post holds) */
		for (size_t k = *end, e;; k = e) {
			while (k < to && P->l[k].blank)
				k++;
			for (e = k; e < to && !P->l[e].blank && quoted_line(&P->l[e], made[q]); e++)
				;
			if (e == k || (e < to && !P->l[e].blank))
				break;
			*end = e;
		}
	}
	/* (at the text's column, a line naming a writer is a quotation's
	 * title where it holds a colon, "NAME wrote: ↑", or the quoted words
	 * follow it; "Hi Daresh" over the writer's own words is none) */
	if (P->l[from].indent <= own && *end == from + 1 && !memchr(P->l[from].s, ':', P->l[from].len)) {
		*end = from;
		return 0;
	}
	return q;
}

/* Line L to b less lynx's link numbers run into a word ("[67]Genady"): the
 * page's text does not hold them. */
static void add_without_refs(tt_buf *b, const struct line *L)
{
	for (size_t k = 0; k < L->len; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, L->len - k) : 0;
		if (ref && k + ref < L->len && L->s[k + ref] != ' ')
			k += ref - 1;
		else
			tt_buf_addc(b, L->s[k]);
	}
}

/* Whether line L ends inside an address a text browser broke over two
 * lines (its last word holds "://"): before a '-' opening the next line N
 * run into what follows ("-47-47", no list's dash), or after a '/' ending
 * L when N's first word would not have fitted on L. The address goes on
 * at N's start with no space. */
static int address_broken(const struct page *P, const struct line *L, const struct line *N)
{
	const char *sp = L->len ? memrchr(L->s, ' ', L->len) : NULL;
	const char *w = sp ? sp + 1 : L->s;
	size_t wl = L->len - (size_t)(w - L->s);
	if (wl <= 8 || !memmem(w, wl, "://", 3) || N->blank)
		return 0;
	/* lynx breaks an address before a '-' wherever it stands */
	return (N->s[0] == '-' && N->len > 1 && isalnum((unsigned char)N->s[1])) ||
	       (w[wl - 1] == '/' && isalnum((unsigned char)N->s[0]) && itx_soft_break(P, L, N));
}

/* Lines [from, to) as paragraphs of c, "> " before those of a quotation. */
static void post_text(struct page *P, tt_comment *c, size_t from, size_t to, int quote)
{
	tt_buf b = {0};
	for (size_t i = from; i <= to; i++) {
		if (i < to && !P->l[i].blank) {
			if (b.len && !(i > from && address_broken(P, &P->l[i - 1], &P->l[i])))
				tt_buf_addc(&b, ' ');
			else if (quote)
				tt_buf_add(&b, "> ", 2);
			add_without_refs(&b, &P->l[i]);
			P->role[i] = R_COMMENT;
		} else if (b.len) {
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
			b.len = 0;
		}
	}
	tt_buf_free(&b);
}

/* The end of a post's text dated over its number: before the avatar over
 * the next post's name (the line above it), if that comes first. */
static size_t over_text_end(const struct page *P, size_t from, size_t to, size_t name)
{
	size_t a = name;
	while (a > from && P->l[a - 1].blank)
		a--;
	return a > from && a - 1 < to ? a - 1 : to;
}

/* The end of a quotation opening lines [from, to): the lines indented past
 * the text's own (the topic quoted, which no comment is), or from. */
static size_t indented_quote(const struct page *P, size_t from, size_t to)
{
	size_t end = from;
	unsigned own = P->l[to - 1].indent;
	if (from + 1 >= to || P->l[from].indent <= own)
		return from;
	while (end < to && (P->l[end].blank || P->l[end].indent > own))
		end++;
	return end < to ? end : from;
}

int itx_file_type(const char *s, size_t len)
{
	static const char *const types[] = {"jpg", "jpeg", "png", "gif", "bmp", "webp", "svg",
	                                    "pdf", "zip", "rar", "7z",  "txt", "doc", "docx",
	                                    "xls", "xlsx", "log", "mp4", "mp3", NULL};
	const char *dot = len ? memrchr(s, '.', len) : NULL;
	if (!dot || dot - s < 1)
		return 0;
	size_t tl = len - (size_t)(dot + 1 - s);
	for (size_t k = 0; types[k]; k++)
		if (strlen(types[k]) == tl && !strncasecmp(dot + 1, types[k], tl))
			return k < 7 ? 1 : 2;
	return 0;
}

/* Whether line L is a file's name alone (lynx's link number before it
 * allowed): one word, a name, a dot and a file type of images, documents
 * or archives ("GridViewCellTemplateBug.JPG"), an attachment's link, set
 * over the post's text by the forum, no words of it. */
static int attachment_name_b(const struct line *L)
{
	size_t ref = tt_textline_link_ref(L->s, L->len), n = L->len - ref;
	const char *s = L->s + ref, *dot = n ? memrchr(s, '.', n) : NULL;
	if (L->blank || n > 80 || !dot || dot - s < 2 || memchr(s, ' ', n) || memchr(s, '/', n))
		return 0;
	return itx_file_type(s, n) != 0;
}

/* Where the last post's text ends when names stand over the dates: over
 * the first later line that is one of the first two boxes' lines between
 * the name and the date (a rank, "Top achievements", in a list of the
 * thread's writers under it), less the name and the box's top over it;
 * with no such line between, where the template's lines start. */
static size_t boxed_text_end_b(struct page *P, const struct numposts *np, size_t from)
{
	size_t k = (size_t)np->above, spaces;
	uint64_t key[6];
	size_t nk = 0;
	for (size_t p = 0; p < 2; p++)
		for (size_t j = 1; j < k && nk < 6; j++)
			key[nk++] = itx_line_hash(&P->l[np->date[p] - j], &spaces);
	if (!nk)
		return post_skip(P, np, from, P->n, 1);
	for (size_t i = from; i < P->n; i++) {
		if (P->l[i].blank)
			continue;
		uint64_t h = itx_line_hash(&P->l[i], &spaces);
		for (size_t m = 0; m < nk; m++)
			if (h == key[m] && i > from + 1)
				return box_top_b(P, i - 1, from);
	}
	return P->n;
}

/* Where the text of a post dated on its number line starts, its member
 * box in [from, stop) a run of labels each over its value (vBulletin 4's
 * "Join Date" over "Jul 2008", "Posts" over "8,974"): past the value of
 * the last label, a line of the posts' template right over a line further
 * in that is none; or from, when no label stands there. */
static int rule_line(const struct line *L);

static size_t past_box_values_v(const struct page *P, const struct numposts *np, size_t from,
                                size_t stop)
{
	size_t past = from, label = from;
	for (size_t i = from; i + 1 < stop; i++) {
		const struct line *L = &P->l[i], *V = &P->l[i + 1];
		if (L->blank || V->blank || V->indent <= L->indent || post_template(P, np, i + 1) ||
		    rule_line(V)) /* (a rule is no value) */
			continue;
		/* a label of the template, or one some members' boxes show
		 * alone ("Thanks", "Awards") right after the template's: a word
		 * or two over a short value, at the same columns */
		if (!post_template(P, np, i) &&
		    !(past > from && itx_next_text(P, past - 1) == i && L->len <= 20 &&
		      tt_textline_count_words(L->s, L->len) <= 2 && V->len <= 30 &&
		      L->indent == P->l[label].indent && V->indent == P->l[label + 1].indent))
			continue;
		for (past = i + 1; past < stop && !P->l[past].blank;)
			past++;
		label = i;
	}
	if (past == from)
		return from;
	/* values set apart by blank lines ("Achievements" over "IT'S OVER
	 * 9000!", lynx draws both at the values' column): lines further in
	 * than the text's, the column of the first line left of the name's
	 * (lynx sets the text there, the card's links at the name's column,
	 * a formula's lines further left still), else of the last line
	 * before the buttons */
	size_t to = post_skip(P, np, past, stop, 1), last = to;
	while (last > past && P->l[last - 1].blank)
		last--;
	unsigned text = last > past ? P->l[last - 1].indent : 0, card = P->l[from - 1].indent;
	for (size_t k = past; k < to; k++) /* (lynx: the text left of the name's column) */
		if (!P->l[k].blank && P->l[k].indent < card) {
			text = P->l[k].indent;
			break;
		}
	while (last > past && past < to && (P->l[past].blank || P->l[past].indent > text))
		past++;
	/* an image's alt text alone over the text's first line (w3m's
	 * "[LOL-1]"): the text starts under it, as the page's HTML has no
	 * words there */
	while (past + 1 < to && itx_bracketed_word(P->l[past].s, P->l[past].len) &&
	       !P->l[past + 1].blank)
		past++;
	return past;
}

/* A quotation's title naming its source ("Quote Originally Posted by
 * HOSTLAR View Post", vBulletin's box as a text browser draws it: the
 * icon's alt text, the words, the name, the button's alt text): where
 * the head starts in L's words, or -1. At most one word before it. */
static long source_head(const char *s, size_t len, size_t *headlen)
{
	static const char *const heads[] = {"Originally Posted by ", "Zitat von ",
	                                    "Quote from: ", "Cita de: ", "Citation de : "};
	for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
		size_t hl = strlen(heads[h]);
		for (size_t at = 0; at + hl < len && at <= 16; at++)
			if ((!at || s[at - 1] == ' ') && !strncasecmp(s + at, heads[h], hl)) {
				if (at && memchr(s, ' ', at - 1)) /* (two words before it) */
					break;
				*headlen = hl;
				return (long)at;
			}
	}
	return -1;
}

/* The date a source's title gives after the name, " on DATE" ("Quote from:
 * Arantor on June 09, 2024, 03:29:46 AM", SMF's, the quoted words run into
 * it in the dumps: "...03:29:46 AMAs for..."): its length, the longest
 * that reads as a date, or 0. */
static size_t dated_source(const char *s, size_t len)
{
	char buf[64], iso[32];
	if (len < 8 || strncmp(s, " on ", 4) != 0)
		return 0;
	for (size_t e = len < 4 + sizeof buf - 1 ? len : 4 + sizeof buf - 1; e > 8; e--) {
		memcpy(buf, s + 4, e - 4);
		buf[e - 4] = '\0';
		if (isdigit((unsigned char)buf[e - 5]) || buf[e - 5] == 'M')
			if (tt_dates_parse(buf, iso) == 0)
				return e;
	}
	return 0;
}

/* The name after a source's head at s (len bytes): the longest of the
 * names of posts 0 to p-1 standing there as whole words; its post in *q
 * (the latest by that name), its length returned, 0 when none. */
static size_t source_name(const struct page *P, const struct numposts *np, size_t p,
                          const char *s, size_t len, size_t *q)
{
	size_t best = 0;
	for (size_t k = p; k-- > 0 && p - k <= 1000;) {
		size_t n;
		if (np->name[k] >= P->n) /* (the topic's, where no name is known) */
			continue;
		const char *name = post_key(&P->l[np->name[k]], &n);
		if (n > best && n <= len && !strncasecmp(s, name, n) &&
		    (n == len || !isalnum((unsigned char)s[n])))
			best = n, *q = k;
	}
	return best;
}

/* The address's fragment of lynx's link number at s (len bytes, "[151]"),
 * or NULL. */
static const char *ref_fragment(struct page *P, const char *s, size_t len, size_t *fl)
{
	size_t r = len && *s == '[' ? tt_textline_link_ref(s, len) : 0, al;
	const char *a = r ? itx_ref_address(P, strtoul(s + 1, NULL, 10), &al) : NULL;
	const char *frag = a ? memrchr(a, '#', al) : NULL;
	*fl = frag ? al - (size_t)(frag - a) : 0;
	return *fl > 1 ? frag : NULL;
}

/* The post before p whose number line links to the address fragment frag
 * ("3. 12-08-2011 [88]#4952", 88 an address ending "#post5721717"), or p. */
static size_t post_of_fragment(struct page *P, const struct numposts *np, size_t p,
                               const char *frag, size_t fl)
{
	for (size_t k = p; k-- > 0 && p - k <= 1000;) {
		const struct line *M = &P->l[np->mark[k]];
		for (size_t i = 0; i < M->len; i++) {
			size_t ml;
			const char *f = M->s[i] == '[' ? ref_fragment(P, M->s + i, M->len - i, &ml) : NULL;
			if (f && ml == fl && !memcmp(f, frag, fl))
				return k;
		}
	}
	return p;
}

/* Whether line L's words stand in a line of post k's text (lines [date +
 * 1, the next post's mark)), link numbers aside: the whole line, or a
 * part of eight bytes or more (a quotation of a sentence of it). */
static int line_of_post(const struct page *P, const struct numposts *np, size_t k,
                        const struct line *L)
{
	size_t n, m;
	const char *s = post_key(L, &n);
	size_t to = k + 1 < np->n ? np->mark[k + 1] : P->n;
	for (size_t i = np->date[k] + 1; i < to && i < np->date[k] + 2000; i++) {
		const char *t = post_key(&P->l[i], &m);
		if (!P->l[i].blank && n >= 2 && m >= n &&
		    (m == n ? !memcmp(s, t, n) : n >= 8 && memmem(t, m, s, n)))
			return 1;
	}
	return 0;
}

/* What follows the name in the page's quotation titles that name a writer
 * of the page (" View Post", the button's alt text w3m writes after it):
 * learnt from the first such title, in np->suffix, for titles naming
 * someone whose posts are not on the page. Three words at most. */
static void learn_source_suffix(const struct page *P, struct numposts *np)
{
	for (size_t i = np->mark[0]; i < P->n && !np->suffix; i++) {
		size_t len = 0, hl, k;
		if (P->l[i].blank || P->l[i].len >= 120)
			continue;
		const char *s = post_key(&P->l[i], &len);
		long at = source_head(s, len, &hl);
		size_t n = at < 0 ? 0 : source_name(P, np, np->n, s + at + hl, len - (size_t)at - hl, &k);
		size_t b = n ? (size_t)at + hl + n : len;
		if (b + 1 < len && s[b] == ' ' && !memchr(s + b, '[', len - b) &&
		    tt_textline_count_words(s + b, len - b) <= 3)
			np->suffix = s + b, np->suffixl = len - b;
	}
}

/* The name of a quotation's title naming someone with no post before p
 * (r, rl bytes past the head): up to lynx's link number after it, or
 * the suffix the page's other titles end in; its length, 0 if neither. */
static size_t unknown_source(const struct numposts *np, const char *r, size_t rl)
{
	size_t e = 0;
	while (e < rl && !(r[e] == '[' && tt_textline_link_ref(r + e, rl - e)))
		e++;
	if (e == rl)
		e = np->suffixl && rl > np->suffixl && !memcmp(r + rl - np->suffixl, np->suffix,
		                                               np->suffixl)
		        ? rl - np->suffixl
		        : 0;
	while (e && r[e - 1] == ' ')
		e--;
	return e <= 40 && tt_textline_count_words(r, e) <= 4 ? e : 0;
}

/* Post p's text opening with a quotation's title naming its source
 * (source_head): where the quotation ends (the lines under the title that
 * the quoted post's text holds), *q the post quoted (the named writer's
 * latest before p, or the one lynx's link after the name leads to; p when
 * that writer has no post before p, the title alone quoted then), *nl the
 * name's length in the title; from itself when the text opens otherwise. */
static size_t source_quote(struct page *P, struct numposts *np, size_t p, size_t from,
                           size_t to, size_t *q, size_t *nl)
{
	const struct line *L = &P->l[from];
	size_t len, hl, k = 0;
	const char *s = post_key(L, &len);
	long at = source_head(s, len, &hl);
	if (at < 0)
		return from;
	const char *r = s + at + hl;
	size_t rl = len - (size_t)at - hl, n = source_name(P, np, p, r, rl, &k);
	if (!n) {
		*nl = unknown_source(np, r, rl), *q = p;
		return *nl ? from + 1 : from;
	}
	/* lynx's link after the name (its "View Post" button) to the post
	 * quoted, by that post's writer: that one, not the writer's latest */
	size_t b = n + (n < rl && r[n] == ' '), fl;
	const char *frag = ref_fragment(P, r + b, rl - b, &fl);
	size_t j = frag ? post_of_fragment(P, np, p, frag, fl) : p, jn = 0;
	const char *jname = j < p && np->name[j] < P->n ? post_key(&P->l[np->name[j]], &jn) : NULL;
	if (jname && jn == n && !strncasecmp(jname, r, n))
		k = j;
	size_t end = from + 1;
	for (size_t e = end; e < to; e++) {
		if (P->l[e].blank)
			continue;
		if (!line_of_post(P, np, k, &P->l[e]))
			break;
		end = e + 1;
	}
	*q = k, *nl = n;
	return end;
}

/* Each post after the first as a comment; one quoting an earlier post
 * answers it. */
void itx_read_numbered_posts(struct page *P, struct numposts *np)
{
	size_t status = status_word(P, np);
	tt_comment **made = tt_xcalloc(np->n, sizeof *made);
	np->tmpl = tt_xcalloc(P->n, 1);
	learn_source_suffix(P, np);
	for (size_t p = ((!np->under && !np->above) || np->opening) && !np->later; p < np->n; p++) {
		/* names under their dates: the text past the template's lines
		 * under the name, up to the next post's date; names over them:
		 * the text from the date to the next post's member box */
		size_t stop = p + 1 < np->n ? (np->under || np->above ? np->mark : np->name)[p + 1]
		                            : P->n;
		size_t box = np->stamped ? past_box_values_v(P, np, np->name[p] + 1, stop) : 0;
		size_t from = box > np->name[p] + 1 ? box
		              : np->under        ? post_skip(P, np, np->name[p] + 1, stop, 0)
		                                 : np->date[p] + 1;
		size_t to = !np->above       ? post_skip(P, np, from, stop, 1)
		            : p + 1 < np->n ? stop
		                            : boxed_text_end_b(P, np, from);
		if (np->over && p + 1 < np->n)
			to = over_text_end(P, from, to, np->name[p + 1]);
		while (to > from && P->l[to - 1].blank)
			to--;
		from = itx_next_text(P, from - 1) < to ? itx_next_text(P, from - 1) : to;
		if (from + 1 < to && attachment_name_b(&P->l[from]))
			P->role[from] = R_LINKS, from = itx_next_text(P, from) < to ? itx_next_text(P, from) : to;
		size_t sq = 0, snl = 0;
		size_t send = from < to ? source_quote(P, np, p, from, to, &sq, &snl) : from;
		size_t end = from, q = from < to && send == from ? quoted_post(P, made, p, from, to, &end) : 0;
		if (send > from)
			end = send, q = sq < p && made[sq] ? sq : 0;
		if (!q && np->over && send == from)
			end = indented_quote(P, from, to);
		tt_comment *c = tt_thread_add_comment(P->t, q ? made[q] : NULL);
		size_t n;
		const char *name = post_key(&P->l[np->name[p]], &n);
		size_t in;
		if (np->in_date && (n = name_in_date(P, np->date[p], &in)) > 0)
			name = P->l[np->date[p]].s + in;
		c->author = tt_thread_strdup(P->t, name, n - (np->in_date ? 0 : status));
		c->posted = np->when[p].posted;
		c->time = np->when[p].iso[0] ? tt_thread_strdup(P->t, np->when[p].iso, (size_t)-1)
		                             : NULL;
		c->line = P->l[np->name[p]].no;
		c->col = P->l[np->name[p]].indent + 1;
		P->role[np->name[p]] = P->role[np->mark[p]] = P->role[np->date[p]] = R_HEADER;
		for (size_t k = np->mark[p]; np->above && k < np->date[p]; k++)
			P->role[k] = R_HEADER;
		if (send > from) { /* the title as the page's box writes it, the quoted lines under it */
			size_t len, hl;
			const char *s = post_key(&P->l[from], &len);
			long at = source_head(s, len, &hl);
			size_t on = dated_source(s + at + hl + snl, len - (size_t)at - hl - snl);
			char *title = tt_xasprintf("> %.*s", (int)(hl + snl + on), s + at);
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, title, (size_t)-1));
			free(title);
			P->role[from] = R_COMMENT;
			from++;
		}
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

/* ---- replies numbered in their header lines ---- */

/* Each reply's header one line that opens with a word and the reply's
 * number, the numbers following each other, then the name and the date
 * ("Reply 7 - Posted by: NAME 5/21/2024 6:35:18 AM (No. 1721881)"); the
 * lines every reply repeats after its text (buttons, a vote count) end
 * the text. */

/* The number of a line opening with one word of letters and a number
 * ("Reply 7", "Post #7"), or -1; *word is the word's length, *rest where
 * the words after the number and the marks after it start. */
static long reply_number(const struct line *L, size_t *word, size_t *rest)
{
	const char *s = L->s, *end = L->s + L->len;
	size_t w = 0;
	if (L->blank || L->len < 12 || L->len > 300)
		return -1;
	/* letters: ASCII, or past U+00BF and outside U+2000-U+2FFF (a
	 * bullet, "• #1", is no word) */
	while (s + w < end && (isalpha((unsigned char)s[w]) ||
	                       ((unsigned char)s[w] >= 0x80 && (unsigned char)s[w] != 0xC2 &&
	                        (unsigned char)s[w] != 0xE2)))
		w++;
	if (!w || w > 20 || s + w + 2 >= end || s[w] != ' ')
		return -1;
	const char *d = s + w + 1 + (s[w + 1] == '#'), *de = d;
	while (de < end && isdigit((unsigned char)*de))
		de++;
	if (de == d || de - d > 6 || de >= end || isalnum((unsigned char)*de))
		return -1;
	/* the marks between number and name: " - ", ": ", a dash, a dot; one
	 * at least ("December 1, 2022" is a date) */
	int unmarked = 1;
	for (;;) {
		if (de < end && *de == ' ')
			de++;
		else if (de < end && strchr("-:|.", *de))
			de++, unmarked = 0;
		else if (end - de >= 3 && !memcmp(de, "\xE2\x80", 2) &&
		         ((unsigned char)de[2] == 0x93 || (unsigned char)de[2] == 0x94))
			de += 3, unmarked = 0;
		else if (end - de >= 2 && !memcmp(de, "\xC2\xB7", 2))
			de += 2, unmarked = 0;
		else
			break;
	}
	if (unmarked || !tt_textline_has_digit(de, (size_t)(end - de)))
		return -1; /* no mark, or no date after it */
	*word = w;
	*rest = (size_t)(de - s);
	return strtol(d, NULL, 10);
}

/* The part of a header after its number that names and dates the reply:
 * less a label of three words at most ending in a colon ("Posted by:"),
 * lynx's link number before the name, and a bracketed tail after the date
 * ("(No. 1721881)"). */
static struct line reply_naming(const struct line *L, size_t rest)
{
	struct line R = {.s = L->s + rest, .len = L->len - rest};
	const char *colon = memchr(R.s, ':', R.len);
	if (colon && colon + 1 < R.s + R.len && colon[1] == ' ' &&
	    tt_textline_count_words(R.s, (size_t)(colon - R.s)) <= 3 &&
	    !tt_textline_has_digit(R.s, (size_t)(colon - R.s)))
		R.len -= (size_t)(colon + 2 - R.s), R.s = colon + 2;
	size_t ref = tt_textline_link_ref(R.s, R.len);
	R.s += ref, R.len -= ref;
	if (R.len && R.s[R.len - 1] == ')') {
		size_t k = R.len - 1;
		while (k > 0 && R.s[k] != '(')
			k--;
		if (k > 1 && R.s[k - 1] == ' ')
			R.len = k - 1;
	}
	return R;
}

/* Whether the words of R before byte at (a space) read as a name: not
 * ending in a comma ("Thursday, May 16, 2024": a date's weekday). */
static int reply_name(const struct line *R, size_t at)
{
	const char *name;
	return at > 1 && !strchr(",;:", R->s[at - 2]) &&
	       tt_textline_author_name(R->s, at - 1, &name) == at - 1 && name == R->s;
}

/* Which numbers of last words (1 to 6) of R read as a date after a name,
 * each a bit. */
static unsigned date_word_counts(struct page *P, const struct line *R)
{
	unsigned bits = 0;
	size_t at = R->len, words = 0;
	struct when w = {0};
	while (at > 0 && words < 6) {
		while (at > 0 && R->s[at - 1] != ' ')
			at--;
		words++;
		if (reply_name(R, at) && itx_date_text(P, R->s + at, R->len - at, &w))
			bits |= 1u << words;
		while (at > 0 && R->s[at - 1] == ' ')
			at--;
	}
	return bits;
}

/* Splits R into name and date, the date its last `words` words. */
static int reply_header(struct page *P, const struct line *R, unsigned words, struct header *h)
{
	size_t at = R->len;
	for (unsigned k = 0; k < words && at > 0; k++) {
		while (at > 0 && R->s[at - 1] != ' ')
			at--;
		if (k + 1 < words)
			while (at > 0 && R->s[at - 1] == ' ')
				at--;
	}
	if (!reply_name(R, at) || !itx_date_text(P, R->s + at, R->len - at, &h->when))
		return 0;
	h->author = tt_thread_strdup(P->t, R->s, at - 1);
	return 1;
}

/* The key of a reply's line less its digits and lynx's link numbers, so
 * "87 people like this." is every reply's; 0 for a blank line. */
static uint64_t furniture_key(const struct line *L)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	if (L->blank)
		return 0;
	for (size_t k = 0; k < L->len; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, L->len - k) : 0;
		if (ref)
			k += ref - 1;
		else if (!isdigit((unsigned char)L->s[k]))
			h = (h ^ (unsigned char)L->s[k]) * 0x100000001b3ULL;
	}
	return h | 1;
}

int itx_numbered_replies(struct page *P, struct replylines *rl)
{
	memset(rl, 0, sizeof *rl);
	size_t cap = 0, word = 0, rest, w;
	long last = -1;
	for (size_t i = 0; i < P->n; i++) {
		long k = reply_number(&P->l[i], &w, &rest);
		struct line R;
		if (k < 0 || !date_word_counts(P, (R = reply_naming(&P->l[i], rest), &R)))
			continue;
		int next = rl->n && k == last + 1 && w == word &&
		           !memcmp(P->l[i].s, P->l[rl->line[0]].s, w) && i - rl->line[rl->n - 1] <= 400;
		if (!next && rl->n >= 3)
			break;
		if (!next)
			rl->n = 0, word = w;
		if (rl->n == cap)
			rl->line = tt_xrealloc(rl->line, (cap = cap ? 2 * cap : 16) * sizeof *rl->line);
		rl->line[rl->n++] = i;
		last = k;
	}
	if (rl->n < 3) {
		free(rl->line);
		memset(rl, 0, sizeof *rl);
		return 0;
	}
	rl->first = last - (long)rl->n + 1;
	rl->from = rl->line[0];
	return 1;
}

/* The most common number of last words that read as the headers' date
 * (the fuller of two as common): a name may end in numbers ("FJB 2022 23
 * 24 5/21/2024 6:11:04 AM"), the template's date does not change. */
static unsigned reply_date_words(struct page *P, const struct replylines *rl)
{
	size_t count[8] = {0}, w, rest;
	for (size_t p = 0; p < rl->n; p++) {
		reply_number(&P->l[rl->line[p]], &w, &rest);
		struct line R = reply_naming(&P->l[rl->line[p]], rest);
		unsigned bits = date_word_counts(P, &R);
		for (unsigned k = 1; k <= 6; k++)
			count[k] += (bits >> k) & 1;
	}
	unsigned best = 1;
	for (unsigned k = 2; k <= 6; k++)
		if (count[k] >= count[best])
			best = k;
	return best;
}

/* For each short line of the replies' blocks, whether three in four of the
 * replies (three at least) hold it: their buttons and counts, not anyone's
 * text (a spoiler's or a quotation's button in some). The last
 * block is taken as long as the longest other. */
static unsigned char *reply_furniture(const struct page *P, const struct replylines *rl,
                                      size_t *last_end)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	size_t longest = 0;
	for (size_t p = 1; p < rl->n; p++)
		if (rl->line[p] - rl->line[p - 1] > longest)
			longest = rl->line[p] - rl->line[p - 1];
	*last_end = rl->line[rl->n - 1] + longest < P->n ? rl->line[rl->n - 1] + longest : P->n;
	/* a button is short: a long line found thrice is a text quoted */
	for (size_t i = rl->line[0] + 1; i < *last_end; i++)
		if (tt_textline_count_words(P->l[i].s, P->l[i].len) <= 8)
			of[i] = furniture_key(&P->l[i]);
	itx_count_keys(P, of, n);
	unsigned char *furn = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		furn[i] = n[i] >= 3 && n[i] * 4 >= rl->n * 3;
	free(of);
	free(n);
	return furn;
}

/* The reply an answer opens by naming its number ("#29 Democrats ...",
 * "#49, ..."), one before it in the run, or -1. */
static long answered_number(const struct page *P, size_t i, const struct replylines *rl, size_t p)
{
	const struct line *L = &P->l[i];
	size_t d = 1;
	if (i >= P->n || L->blank || L->s[0] != '#')
		return -1;
	while (d < L->len && isdigit((unsigned char)L->s[d]))
		d++;
	if (d == 1 || d > 7 || (d < L->len && isalnum((unsigned char)L->s[d])))
		return -1;
	long k = strtol(L->s + 1, NULL, 10) - rl->first;
	return k >= 0 && (size_t)k < p ? k : -1;
}

void itx_read_numbered_replies(struct page *P, struct replylines *rl)
{
	unsigned words = reply_date_words(P, rl);
	size_t last_end, w, rest;
	unsigned char *furn = reply_furniture(P, rl, &last_end);
	tt_comment **made = tt_xcalloc(rl->n, sizeof *made);
	for (size_t p = 0; p < rl->n; p++) {
		size_t i = rl->line[p], end = p + 1 < rl->n ? rl->line[p + 1] : last_end, to = i + 1;
		struct header h = {0};
		reply_number(&P->l[i], &w, &rest);
		struct line R = reply_naming(&P->l[i], rest);
		if (!reply_header(P, &R, words, &h)) {
			unsigned bits = date_word_counts(P, &R), k = 1;
			while (k < 6 && !((bits >> k) & 1))
				k++;
			reply_header(P, &R, k, &h);
		}
		while (to < end && !furn[to])
			to++;
		size_t text_end = to;
		while (text_end > i + 1 && P->l[text_end - 1].blank)
			text_end--;
		long q = answered_number(P, itx_next_text(P, i), rl, p);
		tt_comment *c = tt_thread_add_comment(P->t, q >= 0 ? made[q] : NULL);
		c->author = h.author;
		c->posted = h.when.posted;
		c->time = h.when.iso[0] ? tt_thread_strdup(P->t, h.when.iso, (size_t)-1) : NULL;
		c->line = P->l[i].no;
		c->col = P->l[i].indent + 1;
		P->role[i] = R_HEADER;
		post_text(P, c, i + 1, text_end, 0);
		/* the buttons after the text; after the last reply, only its own */
		for (size_t k = to; k < end && (p + 1 < rl->n || furn[k] || P->l[k].blank); k++)
			if (!P->l[k].blank)
				P->role[k] = R_LINKS;
		made[p] = c;
		if (P->nall == P->capall)
			P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
		P->all[P->nall++] = c;
	}
	P->shape = SH_ONE_LINE | SH_NUMBERED;
	free(made);
	free(furn);
	free(rl->line);
}

/* ---- questions, answers and their comments ---- */

/* A question-and-answer page (Stack Exchange) signs each post under its
 * text: a date after one lowercase word ("answered Jul 3, 2009 at 0:28"),
 * then within a few lines the author's name written twice (the avatar's
 * title run into the name, "UnknownUnknown"); each comment under a post is
 * an item of a list (its score after the bullet) signed by a dash and the
 * name, the date on the line under it ("– Greg Hewgill" over "Jul 3, 2009
 * at 0:57"). The first post is the question, the page's article; answers
 * are comments, each post's comments answer it. */

/* The name of a line written twice over ("NAMENAME", lynx's
 * "[59]NAMENAME"): its length, *name where it starts; 0 if none. */
static size_t twice_written(const struct line *L, const char **name)
{
	size_t ref = L->blank ? 0 : tt_textline_link_ref(L->s, L->len), n = L->len - ref;
	const char *s = L->s + ref;
	if (L->blank || n < 4 || n > 120 || n % 2 || memcmp(s, s + n / 2, n / 2) ||
	    !tt_textline_has_letter(s, n / 2) || s[0] == ' ' || s[n / 2 - 1] == ' ')
		return 0;
	*name = s;
	return n / 2;
}

static int worded_date(struct page *P, size_t k);

/* The length of a lowercase letter at s, Latin or Cyrillic ("о" of "ответ
 * дан"), or 0. */
static size_t lower_letter(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len && islower(u[0]))
		return 1;
	return len >= 2 && ((u[0] == 0xD0 && u[1] >= 0xB0 && u[1] <= 0xBF) ||
	                    (u[0] == 0xD1 && u[1] >= 0x80 && u[1] <= 0x9F))
	           ? 2
	           : 0;
}

/* The signing words opening line L, one or two lowercase words ("answered",
 * "ответ дан", "изменён"), the space after them included: their length,
 * or 0 when the line does not open so. */
static size_t signing_words(const struct line *L)
{
	size_t k = 0, l, words = 0;
	if (L->blank || !lower_letter(L->s, L->len))
		return 0;
	for (;;) {
		size_t w0 = k;
		while (k < L->len && (l = lower_letter(L->s + k, L->len - k)))
			k += l;
		if (k == w0 || k >= L->len || L->s[k] != ' ' || ++words > 2 || k > 24)
			return 0;
		if (k + 1 < L->len && !lower_letter(L->s + k + 1, L->len - k - 1))
			return k + 1;
		k++;
	}
}

/* A post's signature at line i: its signing words, a date, and the name
 * written twice within the next four lines; that line's index, or 0. */
static size_t post_signature(struct page *P, size_t i, struct when *w, const char **name,
                             size_t *nl)
{
	const struct line *L = &P->l[i];
	size_t k = L->len > 80 ? 0 : signing_words(L);
	if (!k || k + 3 >= L->len || !tt_textline_has_digit(L->s, L->len))
		return 0;
	/* the last dated line over the name is the post's ("edited DATE" over
	 * "answered DATE" when the author edited it) */
	for (size_t j = i + 1; j < P->n && j <= i + 4 && !worded_date(P, j); j++)
		if ((*nl = twice_written(&P->l[j], name)))
			return itx_date_text(P, L->s + k, L->len - k, w) ? j : 0;
	return 0;
}

/* A comment's signature at line i: a dash, the name, and the date alone on
 * the next line; the name's length, or 0. */
static size_t dash_signature(struct page *P, size_t i, struct when *w, const char **name)
{
	const struct line *L = &P->l[i];
	if (L->blank || L->len < 5 || L->len > 80 || i + 1 >= P->n ||
	    memcmp(L->s, "\xE2\x80", 2) || ((unsigned char)L->s[2] != 0x93 &&
	                                    (unsigned char)L->s[2] != 0x94) || L->s[3] != ' ')
		return 0;
	const char *s = L->s + 4;
	size_t len = L->len - 4, ref = tt_textline_link_ref(s, len), nl;
	s += ref, len -= ref;
	nl = tt_textline_author_name(s, len, name);
	return nl && *name == s && itx_date_line(P, &P->l[i + 1], w) ? nl : 0;
}

/* A post's signature at line i as one line: a word, the date, the name
 * closing the line ("Создан 29 дек. 10 fiction", Stackoverrun's; the date
 * perhaps with its machine form run in, the name perhaps after lynx's link
 * number). The name's length, or 0. */
static size_t word_date_name(struct page *P, size_t i, struct when *w, const char **name)
{
	const struct line *L = &P->l[i];
	size_t k = 0;
	if (L->blank || L->len > 90 || !tt_textline_has_digit(L->s, L->len))
		return 0;
	while (k < L->len && L->s[k] != ' ')
		k++;
	if (k == 0 || k > 24 || k + 8 >= L->len || !tt_textline_has_alpha(L->s, k) ||
	    tt_textline_has_digit(L->s, k))
		return 0;
	/* a clock ("18:27") or a year's four digits after the word: a cheap
	 * look before the dates are read (most lines with a digit have none) */
	int dated = 0;
	const char *ls = L->s;
	for (size_t j = k + 1; j + 2 < L->len && !dated; j++)
		dated = (ls[j] == ':' && isdigit((unsigned char)ls[j - 1]) &&
		         isdigit((unsigned char)ls[j + 1]) && isdigit((unsigned char)ls[j + 2])) ||
		        (j + 4 <= L->len && (!memcmp(ls + j, "19", 2) || !memcmp(ls + j, "20", 2)) &&
		         !isalnum((unsigned char)ls[j - 1]) && isdigit((unsigned char)ls[j + 2]) &&
		         isdigit((unsigned char)ls[j + 3]) &&
		         (j + 4 == L->len || !isalnum((unsigned char)ls[j + 4])));
	if (!dated)
		return 0;
	/* a date closing the line ("edited Feb 18, 2015 at 20:05") leaves no name */
	struct when all = {0};
	if (itx_date_text(P, L->s + k + 1, L->len - k - 1, &all))
		return 0;
	/* the name: the last words, one to four, after the date */
	size_t e = L->len;
	for (int words = 0; words < 4; words++) {
		size_t sp = e;
		while (sp > k && L->s[sp - 1] != ' ')
			sp--;
		if (sp <= k + 1)
			return 0;
		const char *nm;
		size_t ref = tt_textline_link_ref(L->s + sp, L->len - sp), a = sp + ref; /* lynx's "[22]ron" */
		size_t nl = tt_textline_author_name(L->s + a, L->len - a, &nm);
		if (!nl || nm != L->s + a || nl != L->len - a || memchr(L->s + a, ':', nl))
			return 0;
		struct when t = {0};
		if (itx_date_text(P, L->s + k + 1, sp - 1 - (k + 1), &t) && t.iso[0]) {
			*w = t;
			*name = L->s + a;
			return nl;
		}
		e = sp - 1;
	}
	return 0;
}

/* A post's or comment's signature, in page order. */
struct qa_sign {
	int post;
	size_t line, end; /* the signature's first line, and the line after it */
	size_t cut;       /* where the signature starts in its first line, after text */
	const char *name;
	size_t nl;
	struct when when;
};

/* A comment signed at its text's end ("… для наглядности – Наталья 30 янв
 * в 10:51", Stack Exchange's older pages, lynx's "– [44]Наталья"): a dash,
 * the name, the date closing the line, or running onto the next line of
 * the item ("… – Наталья 3" over "янв в 12:20"). The name's length; *cut
 * where the dash stands in line i, *end the line after the signature. */
static size_t tail_dash_signature(struct page *P, size_t i, struct when *w, const char **name,
                                  size_t *cut, size_t *end)
{
	const struct line *L = &P->l[i];
	if (L->blank || L->len < 8 || L->len > 200 || !memmem(L->s, L->len, "\xE2\x80", 2))
		return 0;
	size_t d = L->len;
	while (d-- > 0) /* the last dash, a space or the line's start before it */
		if ((unsigned char)L->s[d] == 0xE2 && d + 2 < L->len && (unsigned char)L->s[d + 1] == 0x80 &&
		    ((unsigned char)L->s[d + 2] == 0x93 || (unsigned char)L->s[d + 2] == 0x94) &&
		    (d + 3 == L->len || L->s[d + 3] == ' ') && (d == 0 || L->s[d - 1] == ' '))
			break;
	if (d == (size_t)-1 || L->len - d > 90)
		return 0;
	/* the signature's words: with the next line's first, where the date
	 * runs on ("Spartacus 30 янв в" over "2:33") or the dash closes the line */
	char buf[200];
	size_t n = 0, a = d + 3 < L->len ? d + 4 : L->len;
	const struct line *M = i + 1 < P->n ? &P->l[i + 1] : NULL;
	int join_ok = M && !M->blank && M->len <= 80 && !tt_textline_list_mark(M->s, M->len) &&
	              L->len - a + 1 + M->len < sizeof buf;
	for (int joined = join_ok; joined >= (a == L->len); joined--) {
		n = (size_t)snprintf(buf, sizeof buf, "%.*s", (int)(L->len - a), L->s + a);
		if (joined)
			n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", n ? " " : "", (int)M->len,
			                      M->s);
		size_t ref = tt_textline_link_ref(buf, n);
		for (size_t sp = ref; sp < n; sp++) {
			if (buf[sp] != ' ')
				continue;
			const char *nm;
			size_t nl = tt_textline_author_name(buf + ref, sp - ref, &nm);
			if (!nl || nm != buf + ref || nl != sp - ref ||
			    tt_textline_count_words(buf + ref, sp - ref) > 4 ||
			    (a < L->len && ref + nl > L->len - a)) /* (a name split over two lines) */
				continue;
			if (!itx_date_text(P, buf + sp + 1, n - sp - 1, w))
				continue;
			*name = a < L->len ? L->s + a + ref : M->s + ref;
			*cut = d;
			*end = i + 1 + (size_t)joined;
			return nl;
		}
	}
	return 0;
}

struct qa_signs {
	struct qa_sign *v;
	size_t n, cap;
	int items; /* posts signed in an item, comments headed (item_signed_a) */
};

static int item_signed_a(struct page *P, struct qa_signs *q);
static void read_item_signed_a(struct page *P, struct qa_signs *q);
static int label_signed_page_a(struct page *P, struct qa_signs *q);
static void read_label_signed_page_a(struct page *P, struct qa_signs *q);

int itx_qa_posts(struct page *P, struct qa_signs **out)
{
	struct qa_signs *q = tt_xcalloc(1, sizeof *q);
	size_t posts = 0, comments = 0;
	for (size_t i = 0; i < P->n; i++) {
		struct qa_sign g = {.line = i};
		size_t at = post_signature(P, i, &g.when, &g.name, &g.nl);
		if (at)
			g.post = 1, g.end = at + 1;
		else if ((g.nl = word_date_name(P, i, &g.when, &g.name)))
			g.post = 1, g.end = i + 1;
		else if ((g.nl = dash_signature(P, i, &g.when, &g.name)))
			g.end = i + 2;
		else if (!(g.nl = tail_dash_signature(P, i, &g.when, &g.name, &g.cut, &g.end)))
			continue;
		if (q->n == q->cap)
			q->v = tt_xrealloc(q->v, (q->cap = q->cap ? 2 * q->cap : 16) * sizeof *q->v);
		q->v[q->n++] = g;
		posts += g.post, comments += !g.post;
		i = g.end - 1;
	}
	if (!posts || !comments || posts + comments < 3 || !q->v[0].post) {
		q->n = 0;
		if (!item_signed_a(P, q) && !label_signed_page_a(P, q)) {
			free(q->v);
			free(q);
			*out = NULL;
			return 0;
		}
	}
	*out = q;
	return 1;
}

/* A comment's list item alone on its line, or with its score ("• 123",
 * lynx's "* 4"). */
static int score_item(const struct line *L)
{
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (!mark)
		return !L->blank && itx_bare_mark(L);
	const char *s = L->s + mark, *end = L->s + L->len;
	while (s < end && (*s == ' ' || (end - s >= 2 && !memcmp(s, "\xC2\xA0", 2))))
		s += *s == ' ' ? 1 : 2;
	while (s < end && isdigit((unsigned char)*s))
		s++;
	return s == end;
}

/* Where a comment's text starts: under its item's bullet and score, or on
 * the bullet's line where the item opens with its text (lynx, no score:
 * "* See also ..."), the bullet gone. */
static size_t comment_start(struct page *P, size_t from, size_t to)
{
	for (size_t k = to; k-- > from;) {
		struct line *L = &P->l[k];
		size_t mark = L->blank ? 0 : tt_textline_list_mark(L->s, L->len);
		if (score_item(L)) {
			P->role[k] = R_LINKS;
			return k + 1;
		}
		if (mark) {
			L->s += mark, L->len -= mark, L->indent += 2;
			P->lines_edited = 1;
			return k;
		}
	}
	return from;
}

/* Line k a dated line after one lowercase word ("edited Sep 7, 2012 at
 * 6:19"): who edited a post, in its signature block. */
static int worded_date(struct page *P, size_t k)
{
	const struct line *L = &P->l[k];
	size_t w = signing_words(L);
	struct when when = {0};
	return w && w + 3 < L->len && tt_textline_has_digit(L->s, L->len) &&
	       itx_date_text(P, L->s + w, L->len - w, &when);
}

/* Where an answer's text ends: before the short lines over its signature
 * (its menu, "Share", "Follow", and who edited it, a blank line after that
 * date), back to a blank line or a line that reads as text. */
static size_t answer_end(struct page *P, size_t from, size_t sig)
{
	size_t k = sig;
	for (;;) {
		if (k > from + 1 && P->l[k - 1].blank && !P->l[k - 2].blank && worded_date(P, k - 2)) {
			k--;
			continue;
		}
		if (k <= from || P->l[k - 1].blank ||
		    tt_textline_count_words(P->l[k - 1].s, P->l[k - 1].len) > 8 ||
		    tt_textline_ends_with_any(P->l[k - 1].s, P->l[k - 1].len, ".!?"))
			return k;
		k--;
	}
}

/* The comment sign g heads: an answer at the top level, a comment under
 * the answer before it; its name, time and place from the sign. */
static tt_comment *qa_comment(struct page *P, const struct qa_sign *g, tt_comment *answer)
{
	tt_comment *c = tt_thread_add_comment(P->t, g->post ? NULL : answer);
	c->author = tt_thread_strdup(P->t, g->name, g->nl);
	c->posted = g->when.posted;
	c->time = g->when.iso[0] ? tt_thread_strdup(P->t, g->when.iso, (size_t)-1) : NULL;
	c->line = P->l[g->line].no;
	c->col = P->l[g->line].indent + 1;
	return c;
}

/* Where an answer's text starts: after its score (a number alone) and the
 * lines of its block: past the last of the next four at the score's column
 * that the page holds twice or more (the question's block has it too,
 * "Show activity on this post."), short as such a line is (an answer may
 * open with a line of code the question holds), else up to a blank line. */
static size_t answer_start(const struct page *P, size_t from, size_t to, const unsigned *seen)
{
	size_t s = to, start = 0;
	for (size_t k = from; k < to; k++)
		if (itx_count_line(&P->l[k]))
			s = k;
	if (s == to)
		return from;
	for (size_t k = s + 1; k < to && k <= s + 4; k++)
		if (seen[k] >= 2 && P->l[k].indent == P->l[s].indent && P->l[k].len <= 48)
			start = k + 1;
	if (start)
		return start;
	size_t k = s + 1;
	while (k < to && !P->l[k].blank)
		k++;
	return k < to && k <= s + 6 ? k : s + 1;
}

static void add_made(struct page *P, tt_comment *c)
{
	if (P->nall == P->capall)
		P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
	P->all[P->nall++] = c;
}

size_t itx_qa_from(const struct qa_signs *q)
{
	return q->v[0].end;
}

void itx_read_qa_posts(struct page *P, struct qa_signs *q)
{
	if (q->items == 2) {
		read_label_signed_page_a(P, q);
		return;
	}
	if (q->items) {
		read_item_signed_a(P, q);
		return;
	}
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *seen = tt_xcalloc(P->n + 1, sizeof *seen);
	for (size_t i = 0; i < P->n; i++)
		of[i] = furniture_key(&P->l[i]);
	itx_count_keys(P, of, seen);
	tt_comment *answer = NULL;
	for (size_t p = 1; p < q->n; p++) {
		const struct qa_sign *g = &q->v[p];
		size_t from = q->v[p - 1].end, to = g->line;
		if (g->post) {
			to = answer_end(P, from, g->line);
			size_t start = answer_start(P, from, to, seen);
			for (; from < start; from++) /* its score and buttons */
				if (!P->l[from].blank)
					P->role[from] = R_LINKS;
		} else {
			if (g->cut) { /* the text before the dash, on the signature's line */
				struct line *L = &P->l[g->line];
				L->len = g->cut;
				while (L->len && L->s[L->len - 1] == ' ')
					L->len--;
				P->lines_edited = 1;
				to = g->line + 1;
			}
			from = comment_start(P, from, to);
		}
		tt_comment *c = qa_comment(P, g, answer);
		if (g->post)
			answer = c;
		post_text(P, c, from, to, 0);
		for (size_t k = to; k < g->end; k++)
			if (!P->l[k].blank)
				P->role[k] = k >= g->line ? R_HEADER : R_LINKS;
		/* the author's badges under the post's signature, up to a blank
		 * line or the first comment's item */
		for (size_t k = g->end; g->post && k < P->n && k < g->end + 6 && !P->l[k].blank &&
		                        !tt_textline_list_mark(P->l[k].s, P->l[k].len) &&
		                        !score_item(&P->l[k]);
		     k++)
			P->role[k] = R_LINKS;
		add_made(P, c);
	}
	P->shape = SH_SIGNATURE;
	free(of);
	free(seen);
	free(q->v);
	free(q);
}

/* ---- questions and answers signed in an item, comments headed ----
 *
 * Sabai Discuss (a WordPress plugin's questions and answers) signs the
 * question and each answer under its text with an item of one line, the
 * name, one lowercase word and the date ("• Arthur answered 16 years
 * ago", lynx's "* [67]Arthur answered [68]16 years ago"); each post's
 * comments follow its signature, each headed (an item of the name over
 * the name, the date and the votes) with its text under the header,
 * indented past the posts' text. The first post is the question, the
 * page's article, its comments at the top level; each answer is a
 * comment, its comments answer it. */

/* Line i an item signing a post: the name (four words at most), one
 * lowercase word and the date; an item of two lowercase words and a date
 * under it ("last edited 12 years ago") is the edit's, passed over. */
static int signing_item_a(struct page *P, size_t i, struct qa_sign *g)
{
	const struct line *L = &P->l[i];
	size_t mark = L->blank || L->len > 120 ? 0 : tt_textline_list_mark(L->s, L->len);
	if (!mark || !tt_textline_has_digit(L->s, L->len))
		return 0;
	const char *s = L->s + mark, *end = L->s + L->len;
	s += tt_textline_link_ref(s, (size_t)(end - s));
	for (const char *sp = memchr(s, ' ', (size_t)(end - s)); sp;
	     sp = memchr(sp + 1, ' ', (size_t)(end - sp - 1))) {
		const char *w = sp + 1, *we = w;
		while (we < end && islower((unsigned char)*we))
			we++;
		if (we == w || we - w > 12 || we >= end || *we != ' ')
			continue;
		const char *name;
		size_t n = (size_t)(sp - s), nl = tt_textline_author_name(s, n, &name);
		if (!nl || name != s || nl != n || tt_textline_count_words(s, n) > 4)
			return 0;
		g->line = i, g->end = i + 1, g->post = 1, g->name = s, g->nl = n;
		return itx_date_text(P, we + 1, (size_t)(end - we - 1), &g->when);
	}
	return 0;
}

static void push_sign_a(struct qa_signs *q, const struct qa_sign *g)
{
	if (q->n == q->cap)
		q->v = tt_xrealloc(q->v, (q->cap = q->cap ? 2 * q->cap : 16) * sizeof *q->v);
	q->v[q->n++] = *g;
}

/* The signatures and comment headers of such a page, in page order: two
 * signed posts at least (the question and an answer) and two headed
 * comments, the first sign a post's. */
static int item_signed_a(struct page *P, struct qa_signs *q)
{
	size_t posts = 0, comments = 0;
	struct header h;
	for (size_t i = 0; i < P->n; i++) {
		struct qa_sign g = {0};
		if (signing_item_a(P, i, &g)) {
			if (!(q->n && q->v[q->n - 1].post && q->v[q->n - 1].end == i))
				push_sign_a(q, &g), posts++;
			continue;
		}
		if (!posts || P->l[i].blank || !tt_textline_list_mark(P->l[i].s, P->l[i].len) ||
		    !itx_header_at(P, i, 0, &h) || h.kind != H_DATED || h.next <= i + 1)
			continue;
		g.line = i, g.end = h.next, g.name = h.author, g.nl = strlen(h.author);
		g.when = h.when;
		push_sign_a(q, &g), comments++;
		i = h.next - 1;
	}
	q->items = posts >= 2 && comments >= 2 && q->v[0].post;
	return q->items;
}

/* The end of a comment's text from line from: its lines indented as its
 * first, or deeper, up to the next sign (to). */
static size_t comment_text_end_a(const struct page *P, size_t from, size_t to)
{
	size_t k = from;
	while (k < to && P->l[k].blank)
		k++;
	if (k >= to)
		return to;
	unsigned col = P->l[k].indent;
	for (; k < to; k++)
		if (!P->l[k].blank && (P->l[k].indent < col || tt_textline_list_mark(P->l[k].s, P->l[k].len)))
			return k;
	return to;
}

/* Where an answer's text starts, before its signature at sig: past the
 * last number alone over it (its votes), else from. */
static size_t answer_text_start_a(const struct page *P, size_t from, size_t sig)
{
	size_t start = from;
	for (size_t k = from; k < sig; k++)
		if (itx_count_line(&P->l[k]))
			start = k + 1;
	return start;
}

static void read_item_signed_a(struct page *P, struct qa_signs *q)
{
	tt_comment *answer = NULL;
	size_t from = q->v[0].end; /* past the text of the sign before */
	for (size_t p = 1; p < q->n; p++) {
		const struct qa_sign *g = &q->v[p];
		size_t next = p + 1 < q->n ? q->v[p + 1].line : P->n, a = g->line, b = g->line;
		if (g->post)
			a = answer_text_start_a(P, from, g->line);
		else
			a = g->end, b = comment_text_end_a(P, g->end, next);
		tt_comment *c = qa_comment(P, g, answer);
		if (g->post)
			answer = c;
		post_text(P, c, a, b, 0);
		for (size_t k = g->line; k < g->end; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		/* the comment's name alone over its header, an item of its own */
		if (!g->post && g->line > 0 && !P->l[g->line - 1].blank)
			P->role[g->line - 1] = R_HEADER;
		from = g->post ? g->end : b;
		add_made(P, c);
	}
	P->shape = SH_SIGNATURE;
	free(q->v);
	free(q);
}

/* ---- questions and answers signed by a labelled date over the name ----
 *
 * CodeProject's answers (and question-and-answer pages of its kind) sign
 * each post under its text with a date after a label of one word
 * ("Posted 25-Apr-24 21:52pm"), the author's name alone on the line under
 * it; the comments on a post follow its signature, each headed by one line
 * of the name and the date ("01fe20bec297 26-Apr-24 5:16am"), perhaps
 * after a label of their list ("Comments"), the text under the header. The
 * lines every post repeats around its text (its vote box, "Permalink",
 * "Accept Solution") are the page's, told by their being on the page twice
 * or more. The first post is the question, the page's article. */

/* Line i a label of one word of letters (any script) then a date, and
 * line i+1 a name alone (lynx's link number before it). */
static int label_signature_a(struct page *P, size_t i, struct qa_sign *g)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	if (L->blank || !N || N->blank || L->len > 80 || N->len > 80)
		return 0;
	size_t lab = 0;
	while (lab < L->len && (isalpha((unsigned char)L->s[lab]) || (unsigned char)L->s[lab] >= 0x80))
		lab++;
	/* the label is a word: a list's bullet before the date ("• 03.01.2012
	 * (17:28)" over the name) is no label, and the text under that header
	 * is the comment's, not signed by it */
	if (!lab || lab > 20 || lab + 4 >= L->len || L->s[lab] != ' ' ||
	    !tt_textline_has_digit(L->s, L->len) || !tt_textline_has_letter(L->s, lab) ||
	    tt_textline_list_mark(L->s, L->len))
		return 0;
	size_t ref = tt_textline_link_ref(N->s, N->len);
	const char *name;
	size_t nl = tt_textline_author_name(N->s + ref, N->len - ref, &name);
	/* an image's alt text in brackets under the date is a teaser's, no
	 * name; so is a row of links (lynx's "[89]Alerter [90]Répondre") */
	if (!nl || name != N->s + ref || nl != N->len - ref || tt_textline_count_words(name, nl) > 4 ||
	    memchr(name, '[', nl) || !tt_textline_has_letter(name, nl))
		return 0;
	struct when w = {0};
	if (!itx_date_text(P, L->s + lab + 1, L->len - lab - 1, &w) || !w.iso[0])
		return 0;
	*g = (struct qa_sign){.post = 1, .line = i, .end = i + 2, .name = name, .nl = nl, .when = w};
	return 1;
}

/* A comment's header at line i, after a post's signature or the comment
 * before: one line of a name and a date, with text under it. */
static int comment_header_a(struct page *P, size_t i, struct qa_sign *g)
{
	struct header h;
	memset(&h, 0, sizeof h);
	if (i + 1 >= P->n || P->l[i].blank || P->l[i + 1].blank ||
	    !itx_one_line_header(P, &P->l[i], &h) || !h.author || !h.author[0])
		return 0;
	*g = (struct qa_sign){.line = i, .end = i + 1, .name = h.author, .nl = strlen(h.author),
	                      .when = h.when};
	return 1;
}

/* The end of a comment's text from line from: the first blank line, line
 * the page holds twice or more (the next post's vote box) or the next
 * comment's header, at most to. */
static size_t label_comment_end_a(struct page *P, size_t from, size_t to, const unsigned *seen)
{
	struct qa_sign g;
	size_t k = from;
	while (k < to && !P->l[k].blank && seen[k] < 2 && (k == from || !comment_header_a(P, k, &g)))
		k++;
	return k;
}

/* Whether the posts' signatures share their label ("Posted" on every one:
 * a template's word, where a weekday, a place or a name before a date
 * varies) and their names differ: a line under every date alike is a
 * button ("Antworten", lynx's "[89]Alerter [90]Répondre"), no name. Each
 * signature is compared with the one before it only. */
static int label_signs_agree_a(const struct page *P, const struct qa_signs *q)
{
	const struct qa_sign *prev = NULL;
	size_t pairs = 0, same = 0;
	for (size_t k = 0; k < q->n; k++) {
		const struct qa_sign *g = &q->v[k];
		if (!g->post)
			continue;
		if (prev) {
			const struct line *a = &P->l[prev->line], *b = &P->l[g->line];
			const char *sa = memchr(a->s, ' ', a->len), *sb = memchr(b->s, ' ', b->len);
			if (!sa || !sb || sa - a->s != sb - b->s || memcmp(a->s, b->s, (size_t)(sa - a->s)))
				return 0;
			pairs++;
			same += g->nl == prev->nl && !memcmp(g->name, prev->name, g->nl);
		}
		prev = g;
	}
	return pairs && same * 2 < pairs;
}

/* The signs of such a page, in page order: comments looked for only
 * right after a post's signature (past one label line) or a comment's
 * text, so an answer's own lines are never taken for headers. */
static int label_signed_a(struct page *P, struct qa_signs *q, const unsigned *seen)
{
	size_t posts = 0, comments = 0;
	q->n = 0;
	for (size_t i = 0; i < P->n; i++) {
		struct qa_sign g;
		if (!label_signature_a(P, i, &g))
			continue;
		push_sign_a(q, &g), posts++;
		size_t k = g.end;
		if (k < P->n && !P->l[k].blank && tt_textline_count_words(P->l[k].s, P->l[k].len) <= 2 &&
		    !tt_textline_has_digit(P->l[k].s, P->l[k].len) && k + 1 < P->n &&
		    comment_header_a(P, k + 1, &g))
			k++;
		while (comment_header_a(P, k, &g)) {
			g.end = label_comment_end_a(P, k + 1, P->n, seen);
			push_sign_a(q, &g), comments++;
			k = g.end;
		}
		i = k - 1;
	}
	/* the posts' names differ somewhere: a line every signature has under
	 * its date is a button ("Antworten" under "Helen on 11/08/2020"), not
	 * a name */
	return label_signs_agree_a(P, q) && posts >= 2 && posts + comments >= 3 && q->v[0].post;
}

/* The run of lines from..to less the lines the page holds twice or more
 * and the blanks at either end (a post's vote box and its buttons): the
 * text is after the last such line before it. */
static void label_post_span_a(const struct page *P, const unsigned *seen, size_t *from,
                              size_t *to)
{
	while (*to > *from && (P->l[*to - 1].blank || seen[*to - 1] >= 2))
		(*to)--;
	for (size_t k = *to; k-- > *from;)
		if (!P->l[k].blank && seen[k] >= 2) {
			*from = k + 1;
			break;
		}
	while (*from < *to && P->l[*from].blank)
		(*from)++;
}

static void read_label_signed_a(struct page *P, struct qa_signs *q, const unsigned *seen)
{
	tt_comment *answer = NULL;
	for (size_t p = 1; p < q->n; p++) {
		const struct qa_sign *g = &q->v[p];
		size_t a = g->end, b = g->post ? g->line : q->v[p].end, from = q->v[p - 1].end;
		if (g->post) {
			a = from;
			label_post_span_a(P, seen, &a, &b);
		} else {
			a = g->line + 1;
		}
		/* the lines around the text (a vote box, buttons, a list's label)
		 * are the page's */
		for (size_t k = from; k < g->line; k++)
			if (!P->l[k].blank && (k < a || k >= b))
				P->role[k] = R_LINKS;
		tt_comment *c = qa_comment(P, g, answer);
		if (g->post)
			answer = c;
		post_text(P, c, a, b, 0);
		for (size_t k = g->line; k < (g->post ? g->end : g->line + 1); k++)
			P->role[k] = R_HEADER;
		add_made(P, c);
	}
	P->shape = SH_SIGNATURE;
}

/* The page's lines counted by their furniture key (digits and lynx's link
 * numbers aside): into a new array the caller frees. */
static unsigned *label_seen_a(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *seen = tt_xcalloc(P->n + 1, sizeof *seen);
	for (size_t i = 0; i < P->n; i++)
		of[i] = furniture_key(&P->l[i]);
	itx_count_keys(P, of, seen);
	free(of);
	return seen;
}

static int label_signed_page_a(struct page *P, struct qa_signs *q)
{
	unsigned *seen = label_seen_a(P);
	int ok = label_signed_a(P, q, seen);
	free(seen);
	if (ok)
		q->items = 2;
	return ok;
}

static void read_label_signed_page_a(struct page *P, struct qa_signs *q)
{
	unsigned *seen = label_seen_a(P);
	read_label_signed_a(P, q, seen);
	free(seen);
	free(q->v);
	free(q);
}

/* ---- posts whose header is drawn twice ---- */

/* Invision Community and its kind draw each post's header twice, once for
 * wide screens and once for narrow: a labelled date ("Posted May 7"), the
 * author's name under it, the member box, and the same dated line again
 * over the text; the text ends at the line every post repeats after it
 * ("Link to comment"). The first post is the topic. */

struct twice_posts {
	size_t n, *first, *second; /* per post: its two dated lines */
	size_t from;
};

/* Line L less lynx's link numbers, into buf (up to cap bytes); its length. */
static size_t without_refs(const struct line *L, char *buf, size_t cap)
{
	size_t n = 0;
	for (size_t k = 0; k < L->len && n < cap; k++) {
		size_t ref = L->s[k] == '[' ? tt_textline_link_ref(L->s + k, L->len - k) : 0;
		if (ref)
			k += ref - 1;
		else
			buf[n++] = L->s[k];
	}
	return n;
}

/* A date, perhaps after a label of one word of letters ("Posted",
 * "Geschrieben") and perhaps with a word after it ("(edited)"). */
static int labelled_date_text(struct page *P, const char *s, size_t len, struct when *w)
{
	size_t lab = 0;
	while (lab < len && (isalpha((unsigned char)s[lab]) || (unsigned char)s[lab] >= 0x80))
		lab++;
	if (itx_date_text(P, s, len, w))
		return 1;
	if (!lab || lab > 20 || lab + 4 > len || s[lab] != ' ')
		return 0;
	if (itx_date_text(P, s + lab + 1, len - lab - 1, w))
		return 1;
	const char *sp = memrchr(s, ' ', len); /* "(edited)" */
	return sp && sp > s + lab + 1 && *sp == ' ' && sp[1] == '(' && s[len - 1] == ')' &&
	       itx_date_text(P, s + lab + 1, (size_t)(sp - s - lab - 1), w);
}

/* Whether the name line under line i (lynx's link number gone) stands in
 * one of the four lines over it too: the header's name, drawn twice.
 * lynx's mark of an unlabelled button ("(BUTTON)", under Vimeo's "2
 * years", and in "(BUTTON) Reply" over it) is no name. */
static int name_around(const struct page *P, size_t i)
{
	size_t k = itx_next_text(P, i);
	if (k >= P->n || P->l[k].len > 60 || tt_textline_count_words(P->l[k].s, P->l[k].len) > 4 ||
	    itx_lone_control(&P->l[k]))
		return 0;
	size_t ref = tt_textline_link_ref(P->l[k].s, P->l[k].len), nl = P->l[k].len - ref;
	const char *name = P->l[k].s + ref;
	for (size_t u = i; u-- > 0 && u + 4 >= i;)
		if (!P->l[u].blank && memmem(P->l[u].s, P->l[u].len, name, nl))
			return tt_textline_has_letter(name, nl);
	return 0;
}

/* A short dated line with the author's name around it (name_around) that
 * the page draws again within the next few lines, no line of text between
 * (eight words or more): that line's index, or 0. */
static size_t dated_again(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	char a[96], b[96];
	struct when w = {0};
	if (L->blank || L->len > 80 || !tt_textline_has_digit(L->s, L->len) || !name_around(P, i))
		return 0;
	size_t al = without_refs(L, a, sizeof a);
	if (al < 4 || !labelled_date_text(P, a, al, &w))
		return 0;
	for (size_t j = i + 2; j < P->n && j <= i + 24; j++) {
		const struct line *J = &P->l[j];
		if (!J->blank && tt_textline_count_words(J->s, J->len) >= 8)
			return 0;
		size_t bl = J->blank || J->len > 80 ? 0 : without_refs(J, b, sizeof b);
		if (bl >= al && !memcmp(a, b, al) && (bl == al || b[al] == ' '))
			return j; /* perhaps with a word after it, "(edited)" */
	}
	return 0;
}

int itx_twice_posts(struct page *P, struct twice_posts **out)
{
	struct twice_posts *tp = tt_xcalloc(1, sizeof *tp);
	size_t cap = 0;
	for (size_t i = 0; i < P->n; i++) {
		size_t j = dated_again(P, i);
		if (!j)
			continue;
		if (tp->n == cap) {
			cap = cap ? 2 * cap : 16;
			tp->first = tt_xrealloc(tp->first, cap * sizeof *tp->first);
			tp->second = tt_xrealloc(tp->second, cap * sizeof *tp->second);
		}
		tp->first[tp->n] = i;
		tp->second[tp->n++] = j;
		i = j;
	}
	if (tp->n < 3) {
		free(tp->first);
		free(tp->second);
		free(tp);
		*out = NULL;
		return 0;
	}
	tp->from = tp->first[1];
	*out = tp;
	return 1;
}

size_t itx_twice_from(const struct twice_posts *tp)
{
	return tp->from;
}

/* The name the post's first dated line has under it (lynx's link number
 * gone), else over it. */
static const char *twice_author(struct page *P, size_t first)
{
	size_t k = itx_next_text(P, first);
	for (int side = 0; side < 2; side++) {
		if (side) {
			k = first;
			while (k > 0 && P->l[k - 1].blank)
				k--;
			if (k-- == 0)
				return NULL;
		}
		const struct line *L = &P->l[k];
		size_t ref = k < P->n ? tt_textline_link_ref(L->s, L->len) : 0;
		if (k < P->n && !L->blank && L->len - ref <= 60 &&
		    tt_textline_count_words(L->s + ref, L->len - ref) <= 4 &&
		    tt_textline_has_letter(L->s + ref, L->len - ref)) {
			P->role[k] = R_HEADER;
			return tt_thread_strdup(P->t, L->s + ref, L->len - ref);
		}
	}
	return NULL;
}

void itx_read_twice_posts(struct page *P, struct twice_posts *tp)
{
	struct replylines rl = {.n = tp->n, .line = tp->second};
	size_t last_end;
	unsigned char *furn = reply_furniture(P, &rl, &last_end);
	tt_comment **made = tt_xcalloc(tp->n, sizeof *made);
	/* (the names first: the next post's name line, over its first dated
	 * line, ends a post's text) */
	const char **authors = tt_xcalloc(tp->n, sizeof *authors);
	for (size_t p = 1; p < tp->n; p++)
		authors[p] = twice_author(P, tp->first[p]);
	for (size_t p = 1; p < tp->n; p++) {
		size_t from = tp->second[p] + 1, end = p + 1 < tp->n ? tp->first[p + 1] : last_end;
		size_t to = from;
		while (to < end && !furn[to])
			to++;
		/* (the next post's name over its first dated line, the rank after
		 * it, "[62]Daresh [63]Mentor", "[64]Daresh": its header's) */
		for (int k = 0; k < 2 && p + 1 < tp->n && authors[p + 1]; k++) {
			size_t n = strlen(authors[p + 1]), t = to, len;
			while (t > from && P->l[t - 1].blank)
				t--;
			const char *key = t > from ? post_key(&P->l[t - 1], &len) : NULL;
			if (!key || len < n || strncmp(key, authors[p + 1], n) ||
			    (len > n && key[n] != ' '))
				break;
			to = t - 1;
		}
		while (to > from && P->l[to - 1].blank)
			to--;
		from = itx_next_text(P, from - 1) < to ? itx_next_text(P, from - 1) : to;
		/* no date read from the second line (a page cut short): none */
		struct when w = {0};
		char d[96];
		labelled_date_text(P, d, without_refs(&P->l[tp->second[p]], d, sizeof d), &w);
		const char *author = authors[p];
		/* a post quoting an earlier one at its top answers it */
		size_t qend = from, q = from < to ? quoted_post(P, made, p, from, to, &qend) : 0;
		tt_comment *c = made[p] = tt_thread_add_comment(P->t, q ? made[q] : NULL);
		c->author = author;
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = P->l[tp->first[p]].no;
		c->col = P->l[tp->first[p]].indent + 1;
		P->role[tp->first[p]] = P->role[tp->second[p]] = R_HEADER;
		post_text(P, c, from, qend, 1);
		post_text(P, c, qend, to, 0);
		add_made(P, c);
	}
	P->shape = SH_DATE_NAME;
	free(made);
	free(authors);
	free(furn);
	free(tp->first);
	free(tp->second);
	free(tp);
}

/* ---- comments dated under their text, a count under the date ---- */

/* paopao-ce and its kind close each comment with its date and, on the line
 * under it, its count of likes; a comment opens a thread where it stands
 * under a list item of its own (the avatar, "• [b3d4-4f62-]"), its answers
 * follow it with none. Each block runs from the line after the count before
 * it: the name (less a handle after it, "henryspace @henryspace", or the
 * colon of an answer's "alimy:"), a one-word line every block has (the
 * place it was written from), then the text. */

struct dated_counts {
	size_t n, *date; /* per comment: its date line (the count under it) */
};

int itx_dated_counts(struct page *P, struct dated_counts **out)
{
	struct dated_counts *dc = tt_xcalloc(1, sizeof *dc);
	size_t cap = 0;
	struct when w = {0};
	for (size_t i = 0; i + 1 < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->blank || L->len > 40 || !isdigit((unsigned char)L->s[L->len - 1]) ||
		    !itx_count_line(&P->l[i + 1]) || !itx_date_line(P, L, &w))
			continue;
		if (dc->n == cap)
			dc->date = tt_xrealloc(dc->date, (cap = cap ? 2 * cap : 16) * sizeof *dc->date);
		dc->date[dc->n++] = i++;
	}
	/* three comments at least, the text between each two (no blank line) */
	for (size_t p = 1; p < dc->n && dc->n >= 3; p++)
		for (size_t k = dc->date[p - 1] + 2; k < dc->date[p]; k++)
			if (P->l[k].blank)
				dc->n = 0;
	if (dc->n < 3) {
		free(dc->date);
		free(dc);
		*out = NULL;
		return 0;
	}
	*out = dc;
	return 1;
}

/* Where the first comment starts: under the list item over its date, or
 * the line after the last blank one. */
size_t itx_dated_counts_from(struct page *P, const struct dated_counts *dc)
{
	size_t k = dc->date[0];
	while (k > 0 && !P->l[k - 1].blank && !tt_textline_list_mark(P->l[k - 1].s, P->l[k - 1].len))
		k--;
	return k > 0 && !P->l[k - 1].blank ? k - 1 : k;
}

/* Lines [from, to) as one paragraph of c: where a line ends and the next
 * starts in a script that sets no spaces (Chinese, a full-width mark), the
 * browser wrapped a word, and nothing goes between. */
static void joined_text(struct page *P, tt_comment *c, size_t from, size_t to)
{
	tt_buf b = {0};
	for (size_t k = from; k < to; k++) {
		const struct line *L = &P->l[k];
		if (b.len && !((unsigned char)b.data[b.len - 1] >= 0x80 && (unsigned char)L->s[0] >= 0x80))
			tt_buf_addc(&b, ' ');
		add_without_refs(&b, L);
		P->role[k] = R_COMMENT;
	}
	if (b.len)
		tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
	tt_buf_free(&b);
}

/* "yanjun回复alimy": two names of the page's comments with a short word
 * between (who answers whom); the first is the author. Comments from first
 * on. */
static void names_answering(struct page *P, size_t first)
{
	for (size_t k = first; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t al = a ? strlen(a) : 0;
		for (size_t j = first; j < P->nall && al; j++) {
			const char *x = P->all[j]->author;
			size_t xl = x ? strlen(x) : 0;
			if (j == k || !xl || xl + 2 > al || memcmp(a, x, xl))
				continue;
			for (size_t y = first; y < P->nall; y++) {
				const char *z = P->all[y]->author;
				size_t zl = z ? strlen(z) : 0;
				if (y != k && zl && al >= xl + zl + 1 && al - xl - zl <= 12 &&
				    !memcmp(a + al - zl, z, zl)) {
					P->all[k]->author = tt_thread_strdup(P->t, a, xl);
					al = 0;
					break;
				}
			}
		}
	}
}

/* Block p's lines: its first line (the item's, or the name), and the date. */
static size_t block_first(const struct dated_counts *dc, size_t p, size_t from)
{
	return p ? dc->date[p - 1] + 2 : from;
}

void itx_read_dated_counts(struct page *P, struct dated_counts *dc, size_t from)
{
	/* the line under every name is the header's: one word, no sentence */
	int placed = 1;
	for (size_t p = 0; p < dc->n; p++) {
		size_t b = block_first(dc, p, from);
		b += tt_textline_list_mark(P->l[b].s, P->l[b].len) != 0;
		const struct line *L = &P->l[b + 1];
		placed &= b + 2 < dc->date[p] && tt_textline_count_words(L->s, L->len) == 1 &&
		          !tt_textline_ends_with_any(L->s, L->len, ".!?:;,");
	}
	tt_comment *thread = NULL;
	for (size_t p = 0; p < dc->n; p++) {
		size_t b = block_first(dc, p, from);
		int item = tt_textline_list_mark(P->l[b].s, P->l[b].len) != 0;
		if (item)
			P->role[b++] = R_LINKS;
		struct line *N = &P->l[b];
		size_t ref = tt_textline_link_ref(N->s, N->len), nl = N->len - ref;
		const char *name = N->s + ref, *at = memmem(name, nl, " @", 2);
		if (at)
			nl = (size_t)(at - name);
		else if (nl > 1 && name[nl - 1] == ':')
			nl--;
		struct when w = {0};
		itx_date_line(P, &P->l[dc->date[p]], &w);
		tt_comment *c = tt_thread_add_comment(P->t, item || !thread ? NULL : thread);
		if (item || !thread)
			thread = c;
		c->author = tt_thread_strdup(P->t, name, nl);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = N->no;
		c->col = N->indent + 1;
		P->role[b] = P->role[dc->date[p]] = P->role[dc->date[p] + 1] = R_HEADER;
		if (placed)
			P->role[++b] = R_HEADER;
		joined_text(P, c, b + 1, dc->date[p]);
		add_made(P, c);
	}
	names_answering(P, P->nall - dc->n);
	P->shape = SH_DATE_AFTER;
	free(dc->date);
	free(dc);
}

/* ---- member boxes over numbered posts ---- */

/* FlaskBB and its kind: each post a member box (the name, the rank, each a
 * paragraph of one line, then the avatar, the member's counts, the post's
 * date and its number `#N` with no blank line between), then the text. The
 * box has as many one-line paragraphs over its dated lines in every post:
 * the fewest found over any post (a text may end in one-line paragraphs
 * too), the name the first of them. The first post is the topic. */

struct boxed_posts {
	size_t n, *mark, *name; /* per post: its "#N" line (the date over it), its name */
};

/* The first line of the run of lines with no blank between that ends at
 * line i. */
static size_t run_start(const struct page *P, size_t i)
{
	while (i > 0 && !P->l[i - 1].blank)
		i--;
	return i;
}

/* How many paragraphs of one line stand right over line c (up to 6); the
 * top one's line in *top. */
static size_t one_line_paras(const struct page *P, size_t c, size_t *top)
{
	size_t n = 0, k = c;
	*top = c;
	while (n < 6) {
		while (k > 0 && P->l[k - 1].blank)
			k--;
		if (k == 0 || k == c || run_start(P, k - 1) != k - 1)
			break;
		*top = --k;
		n++;
	}
	return n;
}

int itx_boxed_posts(struct page *P, struct boxed_posts **out)
{
	struct boxed_posts *bp = tt_xcalloc(1, sizeof *bp);
	size_t cap = 0;
	long last = -1;
	struct when w = {0};
	for (size_t i = 1; i < P->n; i++) {
		long k = post_number(&P->l[i]);
		if (k < 0 || P->l[i - 1].blank || tt_textline_list_mark(P->l[i].s, P->l[i].len) ||
		    !itx_date_line(P, &P->l[i - 1], &w))
			continue;
		if (bp->n && k != last + 1)
			break;
		if (bp->n == cap) {
			cap = cap ? 2 * cap : 16;
			bp->mark = tt_xrealloc(bp->mark, cap * sizeof *bp->mark);
			bp->name = tt_xrealloc(bp->name, cap * sizeof *bp->name);
		}
		bp->mark[bp->n++] = i;
		last = k;
	}
	size_t height = 6, top;
	for (size_t p = 0; p < bp->n; p++) {
		size_t h = one_line_paras(P, run_start(P, bp->mark[p] - 1), &top);
		height = h < height ? h : height;
	}
	for (size_t p = 0; height && p < bp->n; p++) {
		size_t c = run_start(P, bp->mark[p] - 1);
		for (size_t h = 0, k = c; h < height; h++) { /* up `height` paragraphs */
			while (P->l[k - 1].blank)
				k--;
			bp->name[p] = --k;
		}
	}
	if (bp->n < 3 || !height) {
		free(bp->mark);
		free(bp->name);
		free(bp);
		*out = NULL;
		return 0;
	}
	*out = bp;
	return 1;
}

size_t itx_boxed_from(const struct boxed_posts *bp)
{
	return bp->name[1];
}

void itx_read_boxed_posts(struct page *P, struct boxed_posts *bp)
{
	for (size_t p = 1; p < bp->n; p++) {
		size_t from = bp->mark[p] + 1, to = p + 1 < bp->n ? bp->name[p + 1] : P->n;
		/* the last post's text ends at a list's item (the pages' links) */
		for (size_t k = from; p + 1 == bp->n && k < to; k++)
			if (!P->l[k].blank && tt_textline_list_mark(P->l[k].s, P->l[k].len))
				to = k;
		while (to > from && P->l[to - 1].blank)
			to--;
		const struct line *N = &P->l[bp->name[p]];
		size_t ref = tt_textline_link_ref(N->s, N->len);
		struct when w = {0};
		itx_date_line(P, &P->l[bp->mark[p] - 1], &w);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->author = tt_thread_strdup(P->t, N->s + ref, N->len - ref);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = N->no;
		c->col = N->indent + 1;
		for (size_t k = bp->name[p]; k <= bp->mark[p]; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		post_text(P, c, from, to, 0);
		add_made(P, c);
	}
	P->shape = SH_NAME_DATE;
	free(bp->mark);
	free(bp->name);
	free(bp);
}

/* Posts between rules: a forum that draws a rule under every post, each post
 * a name alone on its line over its text, no date (Flarum's discussion for
 * readers without JavaScript; w3m draws the rule "━━━", lynx "____"). Read
 * apart when three rules or more of one kind each close a post so made; the
 * first post is the topic, the text after the last rule is the page's. */

struct ruled_posts {
	size_t n, *rule; /* the rules, in page order */
	size_t *name;    /* per rule: the name line of the post it closes */
};

/* Whether L is a rule: one drawing character (a box-drawing one or of
 * "-_=~*"), ten times or more, and nothing else. */
static int rule_line(const struct line *L)
{
	if (L->blank || L->len < 10)
		return 0;
	unsigned char c = (unsigned char)L->s[0];
	size_t w = c < 0x80 ? 1 : 3;
	if (w == 1 ? !strchr("-_=~*", c) || !c
	           : c != 0xE2 || (unsigned char)L->s[1] < 0x94 || (unsigned char)L->s[1] > 0x95)
		return 0;
	if (L->len % w || L->len / w < 10)
		return 0;
	for (size_t k = w; k < L->len; k += w)
		if (memcmp(L->s + k, L->s, w))
			return 0;
	return 1;
}

/* Whether line i opens a post drawn between rules: a short name alone in its
 * paragraph (a link's number before it allowed), text under it. */
static int ruled_name(struct page *P, size_t i, size_t to)
{
	const struct line *L = &P->l[i];
	size_t ref = tt_textline_link_ref(L->s, L->len);
	struct when w = {0};
	if (L->blank || i + 2 >= to || !P->l[i + 1].blank || L->len - ref > 40 ||
	    tt_textline_count_words(L->s + ref, L->len - ref) > 3 ||
	    !tt_textline_has_letter(L->s + ref, L->len - ref) ||
	    tt_textline_ends_sentence(L->s, L->len) || tt_textline_list_mark(L->s, L->len) ||
	    rule_line(L) || itx_date_line(P, L, &w))
		return 0;
	size_t t = i + 1;
	while (t < to && P->l[t].blank)
		t++;
	return t < to && !rule_line(&P->l[t]);
}

/* The name line of the post that rule r closes, after line from: the first
 * line of text there; P->n when that is no post's name. */
static size_t ruled_post(struct page *P, size_t from, size_t r)
{
	while (from < r && P->l[from].blank)
		from++;
	return ruled_name(P, from, r) ? from : P->n;
}

static void ruled_free(struct ruled_posts *rp)
{
	free(rp->rule);
	free(rp->name);
	free(rp);
}

int itx_ruled_posts(struct page *P, struct ruled_posts **out)
{
	struct ruled_posts *rp = tt_xcalloc(1, sizeof *rp);
	size_t cap = 0;
	*out = NULL;
	for (size_t i = 0; i < P->n; i++) {
		if (!rule_line(&P->l[i]))
			continue;
		if (rp->n && (P->l[i].len != P->l[rp->rule[0]].len ||
		              memcmp(P->l[i].s, P->l[rp->rule[0]].s, 3 < P->l[i].len ? 3 : P->l[i].len)))
			break; /* a rule of another kind: not the posts' */
		if (rp->n == cap) {
			cap = cap ? 2 * cap : 16;
			rp->rule = tt_xrealloc(rp->rule, cap * sizeof *rp->rule);
			rp->name = tt_xrealloc(rp->name, cap * sizeof *rp->name);
		}
		rp->rule[rp->n++] = i;
	}
	for (size_t k = 1; k < rp->n; k++)
		if ((rp->name[k] = ruled_post(P, rp->rule[k - 1] + 1, rp->rule[k])) == P->n)
			rp->n = 0; /* a block between two rules that is no post */
	if (rp->n < 3) {
		ruled_free(rp);
		return 0;
	}
	*out = rp;
	return 1;
}

size_t itx_ruled_from(const struct ruled_posts *rp)
{
	return rp->name[1];
}

/* Whether ks (kl bytes) is the name n (len bytes) after its own first
 * character, one that is no ASCII letter: an avatar drawn as the name's
 * first character, run into the name ("有有点蠢" for 有点蠢). */
static int wide_letter_avatar(const char *ks, size_t kl, const char *n, size_t len)
{
	size_t cl = (unsigned char)n[0] < 0x80 ? 0 : tt_utf8_seq(n, len);
	return cl && kl == len + cl && !memcmp(ks, n, cl) && !memcmp(ks + cl, n, len);
}

/* Whether line k (before the rules) is the name n of length len, after a
 * list mark, a link's number or an image's alt text, or after its own first
 * letter in capitals (a lettered avatar run in: "EEster", "Kkees"). */
static int names_post(const struct page *P, size_t k, const char *n, size_t len)
{
	size_t kl;
	const char *ks = post_key(&P->l[k], &kl);
	size_t img = tt_textline_image_ref(ks, kl);
	ks += img, kl -= img;
	return !P->l[k].blank && len &&
	       ((kl == len && !memcmp(ks, n, len)) ||
	        (kl == len + 1 && toupper((unsigned char)ks[0]) == toupper((unsigned char)n[0]) &&
	         !memcmp(ks + 1, n, len)) ||
	        wide_letter_avatar(ks, kl, n, len));
}

/* The time of post p from the page's other drawing of the posts above the
 * rules (Flarum's scripted copy: the name, then the date as a list's item
 * within four lines), the names matched in order from the last; into *w. */
static int ruled_time(struct page *P, const struct ruled_posts *rp, size_t p, struct when *w)
{
	const struct line *N = &P->l[rp->name[p]];
	size_t ref = tt_textline_link_ref(N->s, N->len), len = N->len - ref, later = 0, seen = 0;
	const char *n = N->s + ref;
	for (size_t q = p + 1; q < rp->n; q++) { /* posts after p so named */
		const struct line *M = &P->l[rp->name[q]];
		size_t mr = tt_textline_link_ref(M->s, M->len);
		later += M->len - mr == len && !memcmp(M->s + mr, n, len);
	}
	for (size_t k = rp->rule[0]; k-- > 0;) {
		if (!names_post(P, k, n, len))
			continue;
		/* a name with no date under it (the topic's, under the rules'
		 * first block) is none of the drawn posts */
		for (size_t d = k + 1; d < rp->rule[0] && d <= k + 4; d++) {
			size_t dl;
			const char *ds = post_key(&P->l[d], &dl);
			if (!P->l[d].blank && tt_dates_plausible(ds, dl) && itx_date_text(P, ds, dl, w)) {
				if (seen++ == later)
					return 1;
				break;
			}
		}
	}
	return 0;
}

void itx_read_ruled_posts(struct page *P, struct ruled_posts *rp)
{
	for (size_t p = 1; p < rp->n; p++) {
		const struct line *N = &P->l[rp->name[p]];
		size_t ref = tt_textline_link_ref(N->s, N->len);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->author = tt_thread_strdup(P->t, N->s + ref, N->len - ref);
		struct when w = {0};
		if (ruled_time(P, rp, p, &w)) {
			c->posted = w.posted;
			c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		}
		c->line = N->no;
		c->col = N->indent + 1;
		P->role[rp->name[p]] = P->role[rp->rule[p]] = R_HEADER;
		post_text(P, c, rp->name[p] + 1, rp->rule[p], 0);
		add_made(P, c);
	}
	P->shape = SH_UNDATED;
	ruled_free(rp);
}

/* Posts signed under their text between rules: a page that draws a rule
 * between its comments (not over the first), each comment its text, then its
 * date alone on a line and its writer's name right under it (or over it,
 * where the line under the date is the same in every post: a button), then
 * a few short buttons up to the rule (Fakt's "Odp", "Zgłoś do moderacji").
 * Nothing but the signature tells where a post ends, and nothing but the
 * rule where the next begins. Read apart when three rules or more of one
 * kind in a row each close such a post; the first post's text is as many
 * paragraphs over its signature as the fewest any later post holds. */

struct rule_signed_d {
	size_t n;           /* posts */
	size_t *from;       /* per post: its text's first line */
	size_t *date, *end; /* its date line, the rule closing it */
	size_t *name;       /* its name line */
};

/* Whether L is a short line of a signature: a name or a button, 40 bytes
 * and three words at most past a link's number, a letter in it, no
 * sentence's end, no rule. */
static int rule_short_d(const struct line *L)
{
	size_t ref = tt_textline_link_ref(L->s, L->len);
	return !L->blank && L->len - ref <= 40 && tt_textline_has_letter(L->s + ref, L->len - ref) &&
	       tt_textline_count_words(L->s + ref, L->len - ref) <= 3 &&
	       !tt_textline_ends_sentence(L->s + ref, L->len - ref) && !rule_line(L);
}

/* The date line of the signature rule r closes, no higher than line floor:
 * up from the rule over four short lines at most (no blank), a date alone
 * (six words at most) with a short line under it; P->n if none. */
static size_t rule_signature_d(struct page *P, size_t floor, size_t r)
{
	for (size_t k = r, up = 0; k > floor + 1 && up < 5; up++) {
		const struct line *L = &P->l[--k];
		struct when w = {0};
		if (L->blank)
			return P->n;
		if (tt_textline_count_words(L->s, L->len) <= 6 && itx_date_line(P, L, &w))
			return k + 1 < r && rule_short_d(&P->l[k + 1]) ? k : P->n;
		if (!rule_short_d(L))
			return P->n;
	}
	return P->n;
}

/* Whether rules a and b are of one kind: as long, drawn alike. */
static int same_rule_d(const struct line *A, const struct line *B)
{
	return A->len == B->len && !memcmp(A->s, B->s, A->len < 3 ? A->len : 3);
}

static void rule_signed_free_d(struct rule_signed_d *rs)
{
	free(rs->from);
	free(rs->date);
	free(rs->end);
	free(rs->name);
	free(rs);
}

/* The longest run of rules of one kind, each closing a signature with the
 * one before it the rule right before it; into rs->end (n of them). */
static void rule_signed_run_d(struct page *P, struct rule_signed_d *rs)
{
	size_t best = 0, bestn = 0, start = 0, n = 0, prev = P->n;
	for (size_t i = 0; i < P->n; i++) {
		if (!rule_line(&P->l[i]))
			continue;
		size_t floor = prev < P->n ? prev : 0;
		int on = rule_signature_d(P, floor, i) < P->n;
		if (on && n && same_rule_d(&P->l[i], &P->l[prev]))
			n++;
		else if (on)
			start = i, n = 1;
		else
			n = 0;
		if (n > bestn)
			best = start, bestn = n;
		prev = i;
	}
	rs->end = tt_xcalloc(bestn + 1, sizeof *rs->end);
	for (size_t i = best; rs->n < bestn && i < P->n; i++)
		if (rule_line(&P->l[i]))
			rs->end[rs->n++] = i;
}

/* Paragraphs (runs of lines between blanks) in [from, to). */
static size_t rule_paras_d(const struct page *P, size_t from, size_t to)
{
	size_t n = 0;
	for (size_t k = from; k < to; k++)
		n += !P->l[k].blank && (k == from || P->l[k - 1].blank);
	return n;
}

/* Where the first post's text starts: paras paragraphs up from line d, no
 * higher than line floor. */
static size_t rule_first_from_d(const struct page *P, size_t floor, size_t d, size_t paras)
{
	size_t k = d, seen = 0;
	while (k > floor && P->l[k - 1].blank)
		k--;
	while (k > floor && seen < paras) {
		while (k > floor && !P->l[k - 1].blank)
			k--;
		seen++;
		while (seen < paras && k > floor && P->l[k - 1].blank)
			k--;
	}
	return k;
}

/* The name of each post: under its date, unless the line there is the same
 * in every post (a button): then over it. 0 where a post has none. */
static int rule_names_d(struct page *P, struct rule_signed_d *rs)
{
	const struct line *U0 = &P->l[rs->date[0] + 1];
	size_t r0 = tt_textline_link_ref(U0->s, U0->len);
	int under = 0;
	for (size_t p = 1; p < rs->n && !under; p++) { /* lynx's link numbers left out */
		const struct line *U = &P->l[rs->date[p] + 1];
		size_t r = tt_textline_link_ref(U->s, U->len);
		under = U->len - r != U0->len - r0 || memcmp(U->s + r, U0->s + r0, U->len - r);
	}
	for (size_t p = 0; p < rs->n; p++) {
		size_t d = rs->date[p];
		if (!under && (d == rs->from[p] || !rule_short_d(&P->l[d - 1])))
			return 0;
		rs->name[p] = under ? d + 1 : d - 1;
	}
	return 1;
}

int itx_rule_signed_d(struct page *P, struct rule_signed_d **out)
{
	struct rule_signed_d *rs = tt_xcalloc(1, sizeof *rs);
	*out = NULL;
	rule_signed_run_d(P, rs);
	if (rs->n < 3) {
		rule_signed_free_d(rs);
		return 0;
	}
	rs->from = tt_xcalloc(rs->n, sizeof *rs->from);
	rs->date = tt_xcalloc(rs->n, sizeof *rs->date);
	rs->name = tt_xcalloc(rs->n, sizeof *rs->name);
	size_t fewest = (size_t)-1;
	for (size_t p = 0; p < rs->n; p++) {
		size_t floor = p ? rs->end[p - 1] + 1 : 0;
		rs->date[p] = rule_signature_d(P, floor ? floor - 1 : 0, rs->end[p]);
		rs->from[p] = floor;
		size_t paras = rule_paras_d(P, floor, rs->date[p]);
		if (p && paras < fewest)
			fewest = paras;
	}
	/* the first post: back to the rule before it, if one is near */
	size_t floor = 0;
	for (size_t k = rs->end[0]; k-- > 0 && k + 200 > rs->end[0];)
		if (rule_line(&P->l[k])) {
			floor = k + 1;
			break;
		}
	rs->from[0] = rule_first_from_d(P, floor, rs->date[0], fewest ? fewest : 1);
	for (size_t p = 1; p < rs->n; p++)
		while (rs->from[p] < rs->date[p] && P->l[rs->from[p]].blank)
			rs->from[p]++;
	if (!rule_names_d(P, rs)) {
		rule_signed_free_d(rs);
		return 0;
	}
	for (size_t p = 0; p < rs->n; p++)
		if (rs->from[p] >= rs->date[p] || (rs->name[p] < rs->date[p] && rs->from[p] >= rs->name[p])) {
			rule_signed_free_d(rs);
			return 0; /* a post of no text */
		}
	*out = rs;
	return 1;
}

size_t itx_rule_signed_from_d(const struct rule_signed_d *rs)
{
	return rs->from[0];
}

void itx_read_rule_signed_d(struct page *P, struct rule_signed_d *rs)
{
	for (size_t p = 0; p < rs->n; p++) {
		const struct line *N = &P->l[rs->name[p]];
		size_t ref = tt_textline_link_ref(N->s, N->len);
		struct when w = {0};
		itx_date_line(P, &P->l[rs->date[p]], &w);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->author = tt_thread_strdup(P->t, N->s + ref, N->len - ref);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = N->no;
		c->col = N->indent + 1;
		size_t top = rs->name[p] < rs->date[p] ? rs->name[p] : rs->date[p];
		for (size_t k = top; k <= rs->end[p]; k++)
			P->role[k] = R_HEADER;
		post_text(P, c, rs->from[p], top, 0);
		add_made(P, c);
	}
	P->shape = SH_SIGNATURE;
	rule_signed_free_d(rs);
}

/* Posts whose number is run into their date: bbPress writes each reply as
 * its date with the post's number after it ("March 3, 2024 at 11:02 am#5101",
 * lynx's "...am[11]#5101"), the name on the next line, perhaps a role under
 * it ("Participant"), then the text. Read apart when three such lines or
 * more number their posts upwards, each with a name under it; the first
 * post is the topic, unless the page's prose stands above it. The role is told by where it stands: the line under
 * every name that is short on every post, else none. */

struct stamped_posts {
	size_t n, *head, *name, *text; /* per post: the date's line, the name's, the text's first */
	size_t first;                  /* the first post that is a reply: 1, or 0 under an article */
	struct when *when;
};

/* The name on line i past a link's number or an avatar's alt text. */
static const char *stamped_name(const struct page *P, size_t i, size_t *len)
{
	const struct line *N = &P->l[i];
	size_t ref = tt_textline_link_ref(N->s, N->len);
	ref += tt_textline_image_ref(N->s + ref, N->len - ref);
	*len = N->len - ref;
	return N->s + ref;
}

/* Whether the paragraph right over line to is prose of the page's own,
 * outside a list: a sentence's end closing eight words or more (a site's
 * notice further up, a breadcrumb or the list of column titles over the
 * posts is none). Then the topic's text is that, and the first post a reply
 * to it. */
static int article_above(const struct page *P, size_t to)
{
	size_t end = to, words = 0;
	while (end > 0 && P->l[end - 1].blank)
		end--;
	if (!end || !tt_textline_ends_sentence(P->l[end - 1].s, P->l[end - 1].len))
		return 0;
	for (size_t k = end; k > 0 && !P->l[k - 1].blank; k--) {
		const struct line *L = &P->l[k - 1];
		if (tt_textline_list_mark(L->s, L->len))
			return 0;
		words += tt_textline_count_words(L->s, L->len);
	}
	return words >= 8;
}

/* The post number N ending line L after a date ("DATE#N", "DATE [k]#N"),
 * the date read into *w; -1 if L is no such line. */
static long date_run_number(struct page *P, const struct line *L, struct when *w)
{
	size_t len;
	if (L->blank || L->len > 100 || !memchr(L->s, '#', L->len))
		return -1;
	const char *s = post_key(L, &len);
	const char *hash = memrchr(s, '#', len);
	size_t k = hash ? (size_t)(hash - s) : 0, d = len - k - 1;
	if (k < 6 || !d || d > 9 || strspn(hash + 1, "0123456789") != d)
		return -1;
	if (s[k - 1] == ']') { /* lynx's number of the post's link */
		const char *open = memrchr(s, '[', k);
		if (!open || strspn(open + 1, "0123456789") != (size_t)(s + k - 1 - open - 1))
			return -1;
		k = (size_t)(open - s);
	}
	while (k && s[k - 1] == ' ')
		k--;
	if (!k || !tt_dates_plausible(s, k) || !itx_date_text(P, s, k, w))
		return -1;
	return strtol(hash + 1, NULL, 10);
}

/* Whether L could be a name or a role in a member box: short, a letter in
 * it, no sentence's end. */
static int box_word(const struct line *L)
{
	size_t ref = tt_textline_link_ref(L->s, L->len);
	return !L->blank && L->len - ref <= 40 && tt_textline_count_words(L->s + ref, L->len - ref) <= 3 &&
	       tt_textline_has_letter(L->s + ref, L->len - ref) &&
	       !tt_textline_ends_sentence(L->s, L->len);
}

static void stamped_free(struct stamped_posts *sp)
{
	free(sp->head);
	free(sp->name);
	free(sp->text);
	free(sp->when);
	free(sp);
}

/* Whether the line under every post's name is short (a role): then the
 * text starts past it. */
static void stamped_roles(struct page *P, struct stamped_posts *sp)
{
	int role = 1;
	for (size_t p = 0; p < sp->n && role; p++)
		role = sp->name[p] + 1 < P->n && box_word(&P->l[sp->name[p] + 1]) &&
		       date_run_number(P, &P->l[sp->name[p] + 1], &(struct when){0}) < 0;
	for (size_t p = 0; p < sp->n; p++)
		sp->text[p] = sp->name[p] + 1 + (size_t)role;
}

int itx_stamped_posts(struct page *P, struct stamped_posts **out)
{
	struct stamped_posts *sp = tt_xcalloc(1, sizeof *sp);
	size_t cap = 0;
	long last = -1;
	struct when w = {0};
	*out = NULL;
	for (size_t i = 0; i + 1 < P->n; i++) {
		long k = date_run_number(P, &P->l[i], &w);
		if (k < 0)
			continue;
		size_t nm = P->l[i + 1].blank ? i + 2 : i + 1;
		if (k <= last || nm >= P->n || !box_word(&P->l[nm]) || itx_date_line(P, &P->l[nm], &w))
			break;
		if (sp->n == cap) {
			cap = cap ? 2 * cap : 16;
			sp->head = tt_xrealloc(sp->head, cap * sizeof *sp->head);
			sp->name = tt_xrealloc(sp->name, cap * sizeof *sp->name);
			sp->text = tt_xrealloc(sp->text, cap * sizeof *sp->text);
			sp->when = tt_xrealloc(sp->when, cap * sizeof *sp->when);
		}
		date_run_number(P, &P->l[i], &sp->when[sp->n]);
		sp->head[sp->n] = i;
		sp->name[sp->n++] = nm;
		last = k;
		i = nm;
	}
	if (sp->n < 3) {
		stamped_free(sp);
		return 0;
	}
	stamped_roles(P, sp);
	sp->first = !article_above(P, sp->head[0]);
	*out = sp;
	return 1;
}

size_t itx_stamped_from(const struct stamped_posts *sp)
{
	return sp->head[sp->first];
}

void itx_read_stamped_posts(struct page *P, struct stamped_posts *sp)
{
	for (size_t p = sp->first; p < sp->n; p++) {
		size_t from = sp->text[p], to = p + 1 < sp->n ? sp->head[p + 1] : P->n;
		/* the last post's text ends at a list's item (the topic's links) */
		for (size_t k = from; p + 1 == sp->n && k < to; k++)
			if (!P->l[k].blank && tt_textline_list_mark(P->l[k].s, P->l[k].len))
				to = k;
		const struct line *N = &P->l[sp->name[p]];
		size_t len;
		const char *name = stamped_name(P, sp->name[p], &len);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->author = tt_thread_strdup(P->t, name, len);
		c->posted = sp->when[p].posted;
		c->time = sp->when[p].iso[0] ? tt_thread_strdup(P->t, sp->when[p].iso, (size_t)-1) : NULL;
		c->line = N->no;
		c->col = N->indent + 1;
		for (size_t k = sp->head[p]; k < from && k < to; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		post_text(P, c, from < to ? from : to, to, 0);
		add_made(P, c);
	}
	P->shape = SH_DATE_NAME;
	stamped_free(sp);
}

/* Posts closed by their permalink numbered as an outline under the text
 * ("#1.2 - Mon Jan 16, 2012 5:50 PM EST", "Reply#2 - DATE" where a reply
 * link runs into it), each opened by a line that starts the same on every
 * post (an avatar's text before the name, "Comment author avatarNAME"):
 * the number's parts are the nesting (#1.2 answers #1), a number skipped
 * among answers a removed post kept as a placeholder. */
#define OUTLINE_DEPTH 6

struct outlined_posts {
	size_t n, cap;
	size_t *foot, *head; /* the numbered line, the line opening the post */
	unsigned char *parts;
	unsigned long *last; /* the number's last part */
	struct when *when;
	const char *prefix; /* the words that open every post's first line */
	size_t plen;
};

static void outlined_free(struct outlined_posts *op)
{
	free(op->foot);
	free(op->head);
	free(op->parts);
	free(op->last);
	free(op->when);
	free(op);
}

/* Line L's text past a list's mark, a link's number and one symbol run into
 * what follows (w3m's "●" of an avatar's frame). */
static const char *outline_key(const struct line *L, size_t *len)
{
	const char *s = post_key(L, len);
	if (*len > 4 && (unsigned char)s[0] == 0xE2 && s[3] != ' ')
		s += 3, *len -= 3;
	return s;
}

/* The number of parts of the outline number ("#1.2.3 - DATE") closing L,
 * its last part in *last and the date in *w; 0 if L is no such line. A
 * short lead is let be (the reply link's word, a link's number). */
static unsigned outline_footer(struct page *P, const struct line *L, unsigned long *last,
                               struct when *w)
{
	if (L->blank || L->len > 100 || L->len < 10)
		return 0;
	const char *hash = memchr(L->s, '#', L->len < 28 ? L->len : 28), *end = L->s + L->len;
	if (!hash)
		return 0;
	const char *p = hash + 1;
	unsigned parts = 0;
	for (;;) {
		size_t d = strspn(p, "0123456789");
		if (!d || d > 5 || p + d >= end)
			return 0;
		*last = strtoul(p, NULL, 10);
		p += d, parts++;
		if (*p != '.' || parts == OUTLINE_DEPTH)
			break;
		p++;
	}
	if (end - p < 8 || p[0] != ' ')
		return 0;
	if (p[1] == '-')
		p += 2;
	else if (!memcmp(p + 1, "\xE2\x80\x93", 3) || !memcmp(p + 1, "\xE2\x80\x94", 3))
		p += 4; /* en or em dash */
	else
		return 0;
	if (*p++ != ' ')
		return 0;
	size_t dl = (size_t)(end - p);
	return tt_dates_plausible(p, dl) && itx_date_text(P, p, dl, w) ? parts : 0;
}

static void outlined_grow(struct outlined_posts *op)
{
	if (op->n < op->cap)
		return;
	op->cap = op->cap ? 2 * op->cap : 16;
	op->foot = tt_xrealloc(op->foot, op->cap * sizeof *op->foot);
	op->head = tt_xrealloc(op->head, op->cap * sizeof *op->head);
	op->parts = tt_xrealloc(op->parts, op->cap * sizeof *op->parts);
	op->last = tt_xrealloc(op->last, op->cap * sizeof *op->last);
	op->when = tt_xrealloc(op->when, op->cap * sizeof *op->when);
}

static size_t common_prefix(const char *a, size_t al, const char *b, size_t bl)
{
	size_t k = 0;
	while (k < al && k < bl && a[k] == b[k])
		k++;
	return k;
}

static int by_size_down(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? 1 : x > y ? -1 : 0;
}

/* Up to four lines that open the text after post p's number (p >= 1),
 * into first[] and flen[]; their count. */
#define OUTLINE_LOOK 4
static size_t outline_openers(const struct page *P, const struct outlined_posts *op, size_t p,
                              const char **first, size_t *flen)
{
	size_t k = 0;
	for (size_t i = op->foot[p - 1] + 1; i < op->foot[p] && k < OUTLINE_LOOK; i++)
		if (!P->l[i].blank)
			first[k] = outline_key(&P->l[i], &flen[k]), k++;
	return k;
}

/* The longest start line s shares with one of the n lines of v. */
static size_t best_prefix(const char *s, size_t len, const char *const *v, const size_t *vl,
                          size_t n)
{
	size_t best = 0;
	for (size_t q = 0; q < n; q++) {
		size_t k = common_prefix(s, len, v[q], vl[q]);
		best = k > best ? k : best;
	}
	return best;
}

/* The words that open a line among the first few after the number of two
 * thirds of the posts (those after the first), into op->prefix: ended at
 * a character's end, never inside a link's number ("[1" of lynx's
 * "[103]"); 0 when there are no such words, of a letter and four bytes.
 * Lines between posts that are no post's (a reply link, an advertisement,
 * a removed post's name) are let be so. */
static int outline_prefix(const struct page *P, struct outlined_posts *op)
{
	size_t n = op->n - 1, *lcp = tt_xcalloc(n + 1, sizeof *lcp), bestn = 0;
	const char **first = tt_xcalloc(n * OUTLINE_LOOK + 1, sizeof *first), *ref = NULL;
	size_t *flen = tt_xcalloc(n * OUTLINE_LOOK + 1, sizeof *flen), *cnt = tt_xcalloc(n + 1, sizeof *cnt);
	size_t reflen = 0;
	for (size_t p = 1; p < op->n; p++)
		cnt[p - 1] = outline_openers(P, op, p, first + (p - 1) * OUTLINE_LOOK,
		                             flen + (p - 1) * OUTLINE_LOOK);
	/* the reference: the line sharing a long start with the most posts */
	for (size_t r = 0; r < n && r < 40; r++)
		for (size_t j = 0; j < cnt[r]; j++) {
			const char *s = first[r * OUTLINE_LOOK + j];
			size_t len = flen[r * OUTLINE_LOOK + j], m = 0;
			for (size_t q = 0; q < n; q++)
				m += best_prefix(s, len, first + q * OUTLINE_LOOK, flen + q * OUTLINE_LOOK,
				                 cnt[q]) >= 4;
			if (m > bestn)
				bestn = m, ref = s, reflen = len;
		}
	int ok = 0;
	if (n >= 2 && bestn * 3 >= n * 2) {
		for (size_t q = 0; q < n; q++)
			lcp[q] = best_prefix(ref, reflen, first + q * OUTLINE_LOOK, flen + q * OUTLINE_LOOK,
			                     cnt[q]);
		qsort(lcp, n, sizeof *lcp, by_size_down);
		size_t k = lcp[(n * 2 + 2) / 3 - 1];
		while (k && ((unsigned char)ref[k] & 0xC0) == 0x80)
			k--;
		const char *open = memrchr(ref, '[', k);
		if (open && strspn(open + 1, "0123456789") >= (size_t)(ref + k - open - 1))
			k = (size_t)(open - ref);
		op->prefix = ref, op->plen = k;
		ok = k >= 4 && tt_textline_has_letter(ref, k);
	}
	free(lcp);
	free(first);
	free(flen);
	free(cnt);
	return ok;
}

/* The line opening the post closed at line foot: the nearest above it, not
 * above line from, that starts with the prefix; or NOPOS. */
static size_t outline_head(const struct page *P, const struct outlined_posts *op, size_t from,
                           size_t foot)
{
	for (size_t i = foot; i-- > from;) {
		size_t len;
		const char *s = outline_key(&P->l[i], &len);
		if (!P->l[i].blank && len > op->plen && !memcmp(s, op->prefix, op->plen))
			return i;
	}
	return (size_t)-1;
}

int itx_outlined_posts(struct page *P, struct outlined_posts **out)
{
	struct outlined_posts *op = tt_xcalloc(1, sizeof *op);
	*out = NULL;
	for (size_t i = 0; i < P->n; i++) {
		struct when w = {0};
		unsigned long last = 0;
		unsigned parts = outline_footer(P, &P->l[i], &last, &w);
		if (!parts)
			continue;
		outlined_grow(op);
		op->foot[op->n] = i, op->parts[op->n] = (unsigned char)parts;
		op->last[op->n] = last, op->when[op->n++] = w;
	}
	int ok = op->n >= 3 && outline_prefix(P, op);
	for (size_t p = 0; ok && p < op->n; p++) {
		size_t from = p ? op->foot[p - 1] + 1 : 0;
		ok = (op->head[p] = outline_head(P, op, from, op->foot[p])) != (size_t)-1;
	}
	if (!ok) {
		outlined_free(op);
		return 0;
	}
	*out = op;
	return 1;
}

size_t itx_outlined_from(const struct outlined_posts *op)
{
	return op->head[0];
}

/* A count closing a post's text ("• 12 votes", "* 3 głosy"): a number and
 * one word at most, after a list's mark. */
static int count_row(const struct line *L)
{
	size_t m = tt_textline_list_mark(L->s, L->len), d = strspn(L->s + m, "0123456789");
	if (L->blank || !d || L->len > 30)
		return 0;
	const char *r = L->s + m + d;
	size_t rl = L->len - m - d;
	return !rl || (r[0] == ' ' && !memchr(r + 1, ' ', rl - 1));
}

/* Lines [from, to) as c's paragraphs, those indented past the text's own
 * column a quotation's ("> "). */
static void outline_text(struct page *P, tt_comment *c, size_t from, size_t to)
{
	unsigned base = (unsigned)-1;
	for (size_t i = from; i < to; i++)
		if (!P->l[i].blank && P->l[i].indent < base)
			base = P->l[i].indent;
	tt_buf b = {0};
	int was = 0;
	for (size_t i = from; i <= to; i++) {
		int quoted = i < to && !P->l[i].blank && P->l[i].indent >= base + 2;
		if (b.len && (i == to || P->l[i].blank || quoted != was)) {
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
			b.len = 0;
		}
		if (i == to || P->l[i].blank)
			continue;
		if (b.len)
			tt_buf_addc(&b, ' ');
		else if (quoted)
			tt_buf_add(&b, "> ", 2);
		add_without_refs(&b, &P->l[i]);
		P->role[i] = R_COMMENT;
		was = quoted;
	}
	tt_buf_free(&b);
}

/* The post's author: its first line past the prefix and a link's number. */
static const char *outline_name(const struct page *P, const struct outlined_posts *op, size_t i,
                                size_t *len)
{
	size_t n;
	const char *s = outline_key(&P->l[i], &n) + op->plen;
	n -= op->plen;
	while (n && *s == ' ')
		s++, n--;
	size_t ref = tt_textline_link_ref(s, n);
	*len = n - ref;
	return s + ref;
}

void itx_read_outlined_posts(struct page *P, struct outlined_posts *op)
{
	tt_comment *open[OUTLINE_DEPTH] = {0};
	unsigned long seen[OUTLINE_DEPTH] = {0};
	for (size_t p = 0; p < op->n; p++) {
		unsigned d = op->parts[p] - 1u;
		while (d && !open[d - 1])
			d--;
		/* a number skipped among answers: a removed post in its place */
		for (unsigned long k = seen[d] + 1; seen[d] && k < op->last[p] && k <= seen[d] + 3; k++) {
			tt_comment *gone = tt_thread_add_comment(P->t, d ? open[d - 1] : NULL);
			gone->flags |= TT_C_DELETED;
			gone->line = P->l[op->head[p]].no;
			add_made(P, gone);
		}
		size_t h = op->head[p], f = op->foot[p], to = f, len;
		while (to > h + 1 && (P->l[to - 1].blank || count_row(&P->l[to - 1])))
			if (!P->l[--to].blank)
				P->role[to] = R_LINKS;
		const char *name = outline_name(P, op, h, &len);
		tt_comment *c = tt_thread_add_comment(P->t, d ? open[d - 1] : NULL);
		c->author = len ? tt_thread_strdup(P->t, name, len) : NULL;
		c->posted = op->when[p].posted;
		c->time = op->when[p].iso[0] ? tt_thread_strdup(P->t, op->when[p].iso, (size_t)-1) : NULL;
		c->line = P->l[h].no;
		c->col = P->l[h].indent + 1;
		P->role[h] = P->role[f] = R_HEADER;
		outline_text(P, c, h + 1, to);
		add_made(P, c);
		open[d] = c, seen[d] = op->last[p];
		for (unsigned k = d + 1; k < OUTLINE_DEPTH; k++)
			open[k] = NULL, seen[k] = 0;
	}
	P->shape = SH_NUMBERED | SH_SIGNATURE;
	outlined_free(op);
}

/* Names written twice with the member's role run into the second
 * ("harbourcatharbourcatMember", lynx's "harbourcat [11]harbourcatMember":
 * Vanilla's avatar link, name link and role, or after a space): the name
 * is the first half.
 * The role is one capitalised word of letters; nothing after the double, as
 * "tutu", is left to the header's own reading. The length of the name, or 0. */
static size_t doubled_with_role(const char *s, size_t len)
{
	for (size_t half = 1; half * 2 < len; half++) {
		if (((unsigned char)s[half] & 0xC0) == 0x80)
			continue; /* not a character's end */
		size_t at = half + (s[half] == ' ');
		at += tt_textline_link_ref(s + at, len - at);
		if (at + half >= len || memcmp(s, s + at, half) || memchr(s, ' ', half))
			continue;
		const char *r = s + at + half;
		size_t rl = len - at - half;
		if (rl > 1 && r[0] == ' ') /* (w3m's "mcrousemcrouse Admin") */
			r++, rl--;
		size_t k = 1;
		while (k < rl && isalpha((unsigned char)r[k]))
			k++;
		if (k == rl && rl <= 20 && isupper((unsigned char)r[0]))
			return half;
	}
	return 0;
}

/* A name written twice and nothing after ("K17K17", lynx's "K17 [27]K17"):
 * the length of one, or 0. */
static size_t doubled_alone(const char *s, size_t len)
{
	for (size_t half = 2; half * 2 <= len; half++) {
		size_t at = half + (s[half] == ' ');
		at += tt_textline_link_ref(s + at, len - at);
		if (at + half == len && !memcmp(s, s + at, half) && !memchr(s, ' ', half))
			return half;
	}
	return 0;
}

/* Where two comments or more are so named, every name so written loses its
 * double and role, the article's byline too. */
static void doubled_role_names(struct page *P)
{
	size_t found = 0;
	for (size_t k = 0; k < P->nall && found < 2; k++)
		found += P->all[k]->author &&
		         doubled_with_role(P->all[k]->author, strlen(P->all[k]->author)) > 0;
	if (found < 2)
		return;
	/* (there, a name doubled with no role after it is the template's
	 * double too: "K17K17" beside "mcrousemcrouse Admin") */
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t half = a ? doubled_with_role(a, strlen(a)) : 0;
		if (a && !half)
			half = doubled_alone(a, strlen(a));
		if (half)
			P->all[k]->author = tt_thread_strdup(P->t, a, half);
	}
	const char *a = P->t->article.author;
	size_t half = a ? doubled_with_role(a, strlen(a)) : 0;
	if (half)
		P->t->article.author = tt_thread_strdup(P->t, a, half);
}

/* The earlier comment (before k) that comment k's text opens quoting, by
 * the quote's first line: "> NAME WORD:" ("harbourcat said:", "schrieb:",
 * "a dit :") or "> NAME:", NAME the author of a comment before it (the
 * latest so named); or NULL. */
static tt_comment *quoted_by_name(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	const char *q = c->body.n > 1 ? c->body.v[0] : NULL;
	/* (its first line: the quoted words may follow in the same paragraph;
	 * "> NAME posted..." too, GameFAQs') */
	size_t len = q ? strcspn(q, "\n") : 0;
	int dots = len > 5 && !strncmp(q + len - 3, "...", 3);
	if (dots)
		len -= 2; /* (then cut as a colon is) */
	if (len < 4 || strncmp(q, "> ", 2) || (q[len - 1] != ':' && !dots))
		return NULL;
	/* (a verb of saying after the name and whatever the site writes
	 * before it, "> Le DATE NAME a écrit :", jeuxvideo.com's: the name
	 * in any case, the date the post's, tt_textline_said_by) */
	size_t hl = tt_textline_said_head(q + 2, len - 2 + dots * 2);
	q += 2, len -= 3;
	while (len && q[len - 1] == ' ')
		len--;
	/* the word before the colon, or the name alone ("> Kaczynski:",
	 * Nairaland's) */
	const char *sp = memrchr(q, ' ', len);
	size_t n = sp ? (size_t)(sp - q) : len;
	for (size_t j = k; n && j-- > 0;) {
		const char *a = P->all[j]->author;
		if (a && strlen(a) == n && !memcmp(a, q, n))
			return P->all[j];
	}
	for (size_t j = k; hl && j-- > 0 && k - j <= 1000;)
		if (tt_textline_said_by(q, hl, P->all[j]->author, P->all[j]->posted))
			return P->all[j];
	return NULL;
}

/* In a flat list of posts, one whose text opens quoting an earlier post by
 * its author's name ("> harbourcat said:", Vanilla's, XenForo's and most
 * forums' quotations) answers it: its last reply, as the HTML importer
 * reads the quotation's markup. Only where no comment is nested already. */
void itx_quoted_replies(struct page *P)
{
	if (itx_flat(P))
		itx_move_answers(P, quoted_by_name);
}

/* The comment k answers by a title "> NAME WORD..." opening its text
 * (GameFAQs' "> Dark_guyver posted..."), or NULL. */
static tt_comment *quoted_by_dotted_title(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	const char *q = c->body.n > 1 ? c->body.v[0] : NULL;
	size_t len = q ? strcspn(q, "\n") : 0;
	return len > 5 && !strncmp(q + len - 3, "...", 3) ? quoted_by_name(P, k) : NULL;
}

void itx_dotted_quote_replies(struct page *P)
{
	if (itx_flat(P))
		itx_move_answers(P, quoted_by_dotted_title);
}

/* The length of name s less a member's rank drawn after it in symbols
 * ("PiperTWilson â­â­â­": stars, each a
 * character of U+2000-U+2FFF), or len when none ends it. */
static size_t without_rank(const char *s, size_t len)
{
	size_t e = len;
	while (e >= 3 && (unsigned char)s[e - 3] == 0xE2)
		e -= 3;
	if (e == len || e < 2 || s[e - 1] != ' ')
		return len;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e && tt_textline_has_letter(s, e) ? e : len;
}

/* Every comment's name less the rank after it. */
static void rank_after_names(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t len = a ? strlen(a) : 0, e = a ? without_rank(a, len) : 0;
		if (e < len)
			P->all[k]->author = tt_thread_strdup(P->t, a, e);
	}
}

void itx_tidy_posts(struct page *P)
{
	rank_after_names(P);
	doubled_role_names(P);
	itx_quoted_replies(P);
}

/* Posts over a row of buttons: each post a header line holding a date with
 * its clock and a name, in either order (an avatar's alt text may stand
 * before; "| score: 27 | blog: ..." member facts after), perhaps the post's
 * title on a line of its own, then a row of three buttons or more joined by
 * " | " ("Reply | Collapse | Link | Block"), then the text. Read apart when
 * three posts or more so open and every row starts with the same button:
 * the row is what tells such a header from a dated line of text. An answer's
 * row holds a button more than the least row ("Up", to the post answered):
 * in lynx's dump its address is another post's own link, whose post it
 * answers; in w3m's, which keeps no address, it answers the post above. */

struct rowed_posts {
	size_t n, *head, *row; /* per post: its header's line, its row's */
	size_t least;          /* the fewest buttons a row holds */
};

static void rowed_free(struct rowed_posts *rp)
{
	free(rp->head);
	free(rp->row);
	free(rp);
}

/* The buttons of a row on line L less lynx's link numbers: the number of
 * " | "-joined items, each of three words at most, none a sentence, into
 * first (the first item, up to 24 bytes, without_refs'd); 0 if no row. */
static size_t row_buttons(const struct line *L, char *first, size_t *flen)
{
	char buf[256];
	if (L->blank || L->len > 200 || !memchr(L->s, '|', L->len))
		return 0;
	size_t len = without_refs(L, buf, sizeof buf), n = 0;
	for (size_t a = 0; a <= len;) {
		const char *bar = memchr(buf + a, '|', len - a);
		size_t e = bar ? (size_t)(bar - buf) : len, s = a;
		while (s < e && buf[s] == ' ')
			s++;
		size_t t = e;
		while (t > s && buf[t - 1] == ' ')
			t--;
		if (t == s || t - s > 24 || tt_textline_count_words(buf + s, t - s) > 3 ||
		    !tt_textline_has_letter(buf + s, t - s) ||
		    tt_textline_ends_sentence(buf + s, t - s))
			return 0;
		if (!n++) {
			*flen = t - s;
			memcpy(first, buf + s, t - s);
		}
		a = e + 1;
	}
	return n >= 3 ? n : 0;
}

/* "D.M. HH:MM": a date whose year the page leaves out, kept as written. */
static int yearless_clock(const char *s, size_t len)
{
	size_t k = 0, parts = 0;
	while (parts < 2) {
		size_t d = strspn(s + k, "0123456789");
		if (!d || d > 2 || k + d >= len || s[k + d] != '.')
			return 0;
		k += d + 1, parts++;
	}
	if (k >= len || s[k] != ' ')
		return 0;
	k++;
	size_t h = strspn(s + k, "0123456789");
	return h >= 1 && h <= 2 && k + h + 3 == len && s[k + h] == ':' &&
	       strspn(s + k + h + 1, "0123456789") == 2;
}

/* Whether the words s end in a clock: a last word holding a ':' and
 * ending in a digit, or "am"/"pm" after one. */
static int clock_last(const char *s, size_t len)
{
	if (len >= 3 && s[len - 3] == ' ' && strchr("aApP", s[len - 2]) &&
	    (s[len - 1] == 'm' || s[len - 1] == 'M'))
		len -= 3;
	const char *sp = memrchr(s, ' ', len);
	const char *w = sp ? sp + 1 : s;
	return len && isdigit((unsigned char)s[len - 1]) && memchr(w, ':', (size_t)(s + len - w));
}

/* Word j of s (len bytes) on: its start; words are runs of non-spaces. */
static size_t word_at(const char *s, size_t len, size_t j)
{
	size_t k = 0;
	while (k < len && s[k] == ' ')
		k++;
	for (; j; j--) {
		while (k < len && s[k] != ' ')
			k++;
		while (k < len && s[k] == ' ')
			k++;
	}
	return k;
}

/* Lines [from, to) as paragraphs of c: one indented past the column col
 * throughout a quotation ("> "), as the page draws a quoted post. */
static void rowed_text(struct page *P, tt_comment *c, size_t from, size_t to, unsigned col)
{
	while (from < to) {
		size_t e = from;
		int quote = 1;
		while (e < to && !P->l[e].blank)
			quote &= P->l[e++].indent > col;
		post_text(P, c, from, e, quote && e > from);
		for (from = e; from < to && P->l[from].blank;)
			from++;
	}
}

/* Whether line L is a post's header: a date with a clock (a ':' in it) as
 * words [j, j + m) of the part before the first " | ", the name the words
 * after it, or before it when none follow (at most five words, no
 * sentence). The name into name/nlen (nlen 0: a date alone, a post hidden
 * by its site), the date into *w. */
static int rowed_header(struct page *P, const struct line *L, char *buf, const char **name,
                        size_t *nlen, struct when *w)
{
	if (L->blank || L->len > 200 || !memchr(L->s, ':', L->len))
		return 0;
	size_t len = without_refs(L, buf, 255);
	const char *bar = memchr(buf, '|', len);
	if (bar)
		len = (size_t)(bar - buf);
	while (len && buf[len - 1] == ' ')
		len--;
	size_t words = tt_textline_count_words(buf, len);
	for (size_t j = 0; j < 7 && j < words; j++)
		for (size_t m = 3; m >= 1; m--) {
			if (j + m > words)
				continue;
			size_t a = word_at(buf, len, j), b = word_at(buf, len, j + m);
			while (b > a && buf[b - 1] == ' ')
				b--;
			if (!clock_last(buf + a, b - a) || !tt_dates_plausible(buf + a, b - a))
				continue;
			if (yearless_clock(buf + a, b - a)) {
				w->posted = tt_thread_strdup(P->t, buf + a, b - a);
				w->iso[0] = '\0';
			} else if (!itx_date_text(P, buf + a, b - a, w))
				continue;
			size_t na = 0, nb = a ? a - 1 : 0; /* the name before the date */
			if (b < len)                      /* or after it */
				na = word_at(buf, len, j + m), nb = len;
			*name = buf + na;
			*nlen = nb > na ? nb - na : 0;
			return *nlen <= 60 && tt_textline_count_words(*name, *nlen) <= 5 &&
			       !tt_textline_ends_sentence(*name, *nlen);
		}
	return 0;
}

/* The row under header line i: the first of the next four lines that is
 * one, or 0; its first button into first/flen. */
static size_t row_under(const struct page *P, size_t i, char *first, size_t *flen, size_t *nb)
{
	for (size_t k = i + 1; k < P->n && k <= i + 4; k++)
		if ((*nb = row_buttons(&P->l[k], first, flen)) > 0)
			return k;
	return 0;
}

int itx_rowed_posts(struct page *P, struct rowed_posts **out)
{
	struct rowed_posts *rp = tt_xcalloc(1, sizeof *rp);
	size_t cap = 0, flen0 = 0;
	char buf[256], first[32], first0[32];
	*out = NULL;
	for (size_t i = 0; i + 1 < P->n; i++) {
		const char *name;
		size_t nlen, flen = 0, nb;
		struct when w = {0};
		/* the row first: the cheap test, as most pages hold none */
		size_t row = memchr(P->l[i].s, ':', P->l[i].len) ? row_under(P, i, first, &flen, &nb) : 0;
		if (!row || (rp->n && (flen != flen0 || memcmp(first, first0, flen))) ||
		    !rowed_header(P, &P->l[i], buf, &name, &nlen, &w))
			continue;
		if (!rp->n)
			memcpy(first0, first, flen0 = flen);
		if (rp->n == cap) {
			cap = cap ? 2 * cap : 16;
			rp->head = tt_xrealloc(rp->head, cap * sizeof *rp->head);
			rp->row = tt_xrealloc(rp->row, cap * sizeof *rp->row);
		}
		rp->least = !rp->n || nb < rp->least ? nb : rp->least;
		rp->head[rp->n] = i;
		rp->row[rp->n++] = row;
		i = row;
	}
	if (rp->n < 3) {
		rowed_free(rp);
		return 0;
	}
	*out = rp;
	return 1;
}

size_t itx_rowed_from(const struct rowed_posts *rp)
{
	return rp->head[0];
}

/* The post (before p) whose row links to an address a link of post p's row
 * goes to (lynx's dump: "Up" to the answered post's "#12", its own "Link"
 * to the same): the first so linking, as later answers to it link there
 * too; NULL if none does. */
static tt_comment *rowed_linked(struct page *P, const struct rowed_posts *rp, size_t p,
                                tt_comment *const *made)
{
	const struct line *L = &P->l[rp->row[p]];
	for (size_t q = 0; q < p; q++)
		for (const char *b = memchr(L->s, '[', L->len); b;
		     b = memchr(b + 1, '[', (size_t)(L->s + L->len - b - 1))) {
			size_t r = tt_textline_link_ref(b, (size_t)(L->s + L->len - b));
			if (r && itx_link_also_on(P, b, &P->l[rp->row[q]]))
				return made[q];
		}
	return NULL;
}

/* Where the title on line T starts: at the last words that repeat a line
 * of the page above the posts (its heading: "Bolest proxy" in "Expand
 * Expand all Re: Bolest proxy", the buttons before it not the title's),
 * with a word ending in a colon before them ("Re:"); at T's start when no
 * such line is found. */
static size_t rowed_title(const struct page *P, const char *t, size_t len, size_t above)
{
	char buf[256];
	for (size_t k = 0; k + 4 <= len; k++) {
		if (k && t[k - 1] != ' ')
			continue;
		for (size_t i = 0; i < above; i++) {
			const struct line *L = &P->l[i];
			if (L->blank || L->len < len - k || L->len > 255)
				continue;
			size_t n = without_refs(L, buf, sizeof buf), m = tt_textline_list_mark(buf, n);
			if (n - m != len - k || memcmp(buf + m, t + k, len - k))
				continue;
			size_t w = k > 1 ? k - 1 : 0;
			while (w > 0 && t[w - 1] != ' ')
				w--;
			return k >= 2 && t[k - 2] == ':' && k - 1 - w <= 5 ? w : k;
		}
	}
	return 0;
}

/* The end of the last post's text from line from: a blank line before a
 * line that is no sentence and of six words at most (the page's "New
 * thread • Top" under the posts), a footer or the page's end. */
static size_t rowed_last_end(const struct page *P, size_t from)
{
	for (size_t k = from; k < P->n; k++) {
		const struct line *L = &P->l[k];
		if (itx_footer_line(L))
			return k;
		if (!L->blank || k + 1 >= P->n)
			continue;
		size_t j = itx_next_text(P, k);
		if (j >= P->n)
			return k;
		const struct line *J = &P->l[j];
		if (!tt_textline_ends_sentence(J->s, J->len) && tt_textline_count_words(J->s, J->len) <= 6)
			return k;
	}
	return P->n;
}

void itx_read_rowed_posts(struct page *P, struct rowed_posts *rp)
{
	tt_comment **made = tt_xcalloc(rp->n, sizeof *made);
	char buf[256], first[32];
	for (size_t p = 0; p < rp->n; p++) {
		size_t h = rp->head[p], row = rp->row[p], flen, nb = 0;
		size_t to = p + 1 < rp->n ? rp->head[p + 1] : rowed_last_end(P, row + 1);
		const char *name;
		size_t nlen;
		struct when w = {0};
		rowed_header(P, &P->l[h], buf, &name, &nlen, &w);
		nb = row_buttons(&P->l[row], first, &flen);
		tt_comment *parent = NULL;
		if (p && nb > rp->least && !(parent = rowed_linked(P, rp, p, made)))
			parent = made[p - 1];
		tt_comment *c = tt_thread_add_comment(P->t, parent);
		c->author = nlen ? tt_thread_strdup(P->t, name, nlen) : NULL;
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = P->l[h].no;
		c->col = P->l[h].indent + 1;
		for (size_t k = h; k < row; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		P->role[row] = R_LINKS;
		if (row - 1 > h && !P->l[row - 1].blank) {
			size_t tl = without_refs(&P->l[row - 1], buf, sizeof buf);
			size_t at = rowed_title(P, buf, tl, rp->head[0]);
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, buf + at, tl - at));
			P->role[row - 1] = R_COMMENT;
		}
		rowed_text(P, c, row + 1, to, P->l[row].indent);
		made[p] = c;
		add_made(P, c);
	}
	P->shape = SH_DATE_NAME;
	free(made);
	rowed_free(rp);
}

/* Titled posts signed under their text: each post a line "TITLE | DATE"
 * (the title may start a line or two higher), the text, the author's name
 * on a line of its own, then a line of one button with its vote counts
 * run into it ("reply00", lynx's "[55]reply[56]0[57]0") and perhaps a
 * count of the post's answers ("Replies 2 | Show all"). Read apart when
 * three posts or more so end, every button line the same less its digits:
 * that line is what tells the name under the text from the text's last
 * line. The answers come right after the post, shown one level in, and so
 * do their own answers: a post is an answer while the counts above it,
 * less the answers already read, say more are to come. */

struct signed_posts {
	size_t n, *title, *head, *name, *button, *end; /* per post: its lines */
	long *answers;                                 /* the count of its answers, or 0 */
};

static void signed_free(struct signed_posts *sp)
{
	free(sp->title), free(sp->head), free(sp->name), free(sp->button), free(sp->end);
	free(sp->answers);
	free(sp);
}

/* Whether L is blank or only no-break spaces (w3m's drawing of an empty
 * box). */
static int soft_blank(const struct line *L)
{
	for (size_t k = 0; k < L->len; k++)
		if (L->s[k] == ' ')
			continue;
		else if (k + 1 < L->len && !memcmp(L->s + k, "\xC2\xA0", 2))
			k++;
		else
			return 0;
	return 1;
}

/* Whether L is "TITLE | DATE": a date ending in a clock after its last
 * '|', words before it; the date into *w. */
static int titled_date(struct page *P, const struct line *L, struct when *w)
{
	char buf[256];
	if (L->blank || L->len > 250 || !memchr(L->s, '|', L->len))
		return 0;
	size_t len = without_refs(L, buf, sizeof buf);
	const char *bar = memrchr(buf, '|', len);
	size_t a = bar ? (size_t)(bar - buf) + 1 : 0, t = bar ? (size_t)(bar - buf) : 0;
	while (a < len && buf[a] == ' ')
		a++;
	while (t && buf[t - 1] == ' ')
		t--;
	return bar && t && len - a <= 40 && tt_textline_has_letter(buf, t) &&
	       clock_last(buf + a, len - a) && tt_dates_plausible(buf + a, len - a) &&
	       itx_date_text(P, buf + a, len - a, w);
}

/* The key of a button line: its letters less lynx's link numbers, digits
 * and spaces, into key (up to 63 bytes); 0 if L is no such line (longer
 * than 60 bytes, two words or more, no digit). */
static size_t button_key(const struct line *L, char *key)
{
	char buf[64];
	if (L->blank || L->len > 60 || !tt_textline_has_digit(L->s, L->len))
		return 0;
	size_t len = without_refs(L, buf, sizeof buf), n = 0;
	for (size_t k = 0; k < len; k++)
		if (buf[k] == ' ')
			return 0;
		else if (!isdigit((unsigned char)buf[k]))
			key[n++] = buf[k];
	return n && tt_textline_has_letter(key, n) ? n : 0;
}

/* A count of answers on line L: "WORD N | WORDS", six words at most; N, or
 * -1. */
static long answers_count(const struct line *L)
{
	if (L->blank || L->len > 80 || !memchr(L->s, '|', L->len) ||
	    tt_textline_count_words(L->s, L->len) > 6)
		return -1;
	for (size_t k = 0; k < L->len && L->s[k] != '|' && L->s[k] != '['; k++)
		if (isdigit((unsigned char)L->s[k]))
			return strtol(L->s + k, NULL, 10);
	return -1;
}

/* The tail of a post whose lines end before to: its button line (the last
 * line not blank, or the one over a count of answers) and the name over
 * it, with *count the answers' count; 0 if none. */
static int signed_tail(const struct page *P, size_t from, size_t to, char *key, size_t *klen,
                       size_t *name, size_t *button, long *count)
{
	while (to > from && soft_blank(&P->l[to - 1]))
		to--;
	*count = to > from ? answers_count(&P->l[to - 1]) : -1;
	if (*count >= 0)
		to--;
	if (to < from + 2 || !(*klen = button_key(&P->l[to - 1], key)))
		return 0;
	const struct line *N = &P->l[to - 2];
	*button = to - 1, *name = to - 2;
	return !soft_blank(N) && N->len <= 60 && tt_textline_count_words(N->s, N->len) <= 6 &&
	       tt_textline_has_letter(N->s, N->len);
}

/* Where the title over header line h starts: up to two lines higher, while
 * they are neither blank nor before stop. */
static size_t title_start(const struct page *P, size_t h, size_t stop)
{
	size_t t = h;
	while (t > stop && h - t < 2 && !soft_blank(&P->l[t - 1]))
		t--;
	return t;
}

static void signed_grow(struct signed_posts *sp, size_t *cap)
{
	if (sp->n < *cap)
		return;
	*cap = *cap ? 2 * *cap : 16;
	sp->title = tt_xrealloc(sp->title, *cap * sizeof *sp->title);
	sp->head = tt_xrealloc(sp->head, *cap * sizeof *sp->head);
	sp->name = tt_xrealloc(sp->name, *cap * sizeof *sp->name);
	sp->button = tt_xrealloc(sp->button, *cap * sizeof *sp->button);
	sp->end = tt_xrealloc(sp->end, *cap * sizeof *sp->end);
	sp->answers = tt_xrealloc(sp->answers, *cap * sizeof *sp->answers);
}

/* The last post's end: its first button line of the same key within 300
 * lines of its header (and the count under it); 0 if none. */
static int signed_last(struct signed_posts *sp, const struct page *P, const char *key0,
                       size_t k0)
{
	size_t p = sp->n - 1;
	char key[64];
	for (size_t b = sp->head[p] + 2; b < P->n && b <= sp->head[p] + 300; b++) {
		size_t kl = button_key(&P->l[b], key);
		if (kl != k0 || memcmp(key, key0, kl))
			continue;
		sp->button[p] = b, sp->name[p] = b - 1;
		sp->answers[p] = b + 1 < P->n ? answers_count(&P->l[b + 1]) : -1;
		sp->end[p] = b + 1 + (sp->answers[p] >= 0);
		return !soft_blank(&P->l[b - 1]);
	}
	return 0;
}

int itx_signed_posts(struct page *P, struct signed_posts **out)
{
	struct signed_posts *sp = tt_xcalloc(1, sizeof *sp);
	size_t cap = 0, k0 = 0;
	char key0[64], key[64];
	struct when w;
	*out = NULL;
	for (size_t i = 0; i < P->n; i++) {
		if (!memchr(P->l[i].s, '|', P->l[i].len) || !titled_date(P, &P->l[i], &w))
			continue;
		size_t stop = sp->n ? sp->head[sp->n - 1] + 1 : 0, t = title_start(P, i, stop);
		if (sp->n) { /* the post above ends here, with its name and button */
			size_t p = sp->n - 1, kl;
			if (!signed_tail(P, sp->head[p] + 1, t, key, &kl, &sp->name[p], &sp->button[p],
			                 &sp->answers[p]) ||
			    (p && (kl != k0 || memcmp(key, key0, kl))))
				break;
			if (!p)
				memcpy(key0, key, k0 = kl);
			sp->end[p] = t;
		}
		signed_grow(sp, &cap);
		sp->title[sp->n] = t;
		sp->head[sp->n++] = i;
	}
	if (sp->n < 3 || !signed_last(sp, P, key0, k0)) {
		signed_free(sp);
		return 0;
	}
	*out = sp;
	return 1;
}

size_t itx_signed_from(const struct signed_posts *sp)
{
	return sp->title[0];
}

/* Each post's answers come right after it, their own answers right after
 * each (To Vima's "Απαντήσεις 1" under an answer: the next post answers
 * that answer): the open posts whose counts are not yet read out, the
 * latest last (open, its counts in more; *n of them); the parent of the
 * next post, which it counts, or NULL. */
static tt_comment *signed_parent_a(tt_comment **open, long *more, size_t *n)
{
	while (*n && more[*n - 1] <= 0)
		--*n;
	if (!*n)
		return NULL;
	more[*n - 1]--;
	return open[*n - 1];
}

void itx_read_signed_posts(struct page *P, struct signed_posts *sp)
{
	tt_comment **open = tt_xmalloc(sp->n * sizeof *open);
	long *more = tt_xmalloc(sp->n * sizeof *more); /* answers still to come under each */
	size_t nopen = 0;
	for (size_t p = 0; p < sp->n; p++) {
		size_t h = sp->head[p];
		struct when w = {0};
		titled_date(P, &P->l[h], &w);
		tt_comment *c = tt_thread_add_comment(P->t, signed_parent_a(open, more, &nopen));
		if (sp->answers[p] > 0)
			open[nopen] = c, more[nopen++] = sp->answers[p];
		const struct line *N = &P->l[sp->name[p]];
		tt_buf b = {0};
		for (size_t k = sp->title[p]; k <= h; k++) {
			const struct line *L = &P->l[k];
			size_t len = L->len;
			if (k == h) { /* up to the last '|' */
				len = (size_t)((const char *)memrchr(L->s, '|', L->len) - L->s);
				while (len && L->s[len - 1] == ' ')
					len--;
			}
			if (b.len && len)
				tt_buf_addc(&b, ' ');
			add_without_refs(&b, &(struct line){.s = L->s, .len = len});
			P->role[k] = R_COMMENT;
		}
		if (b.len)
			tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
		tt_buf_free(&b);
		c->author = tt_thread_strdup(P->t, N->s, N->len);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = P->l[h].no;
		c->col = P->l[h].indent + 1;
		post_text(P, c, h + 1, sp->name[p], 0);
		P->role[sp->name[p]] = R_HEADER;
		for (size_t k = sp->button[p]; k < sp->end[p]; k++)
			if (!soft_blank(&P->l[k]))
				P->role[k] = R_LINKS;
		add_made(P, c);
	}
	free(open);
	free(more);
	P->shape = SH_SIGNATURE;
	signed_free(sp);
}

/* ---- posts named in a footer ("Posted by: NAME  Report Comment") ---- */

/* Daily Express' comments: a title, a date on a line of its own, the text,
 * then a footer naming the writer between a label ending in a colon and a
 * button set two spaces apart ("Posted by: NAME  Report Comment", lynx's
 * "Posted by: [87]NAME  [88]Report Comment"). */
struct footed_posts {
	size_t n, cap;
	size_t *title, *date, *foot;
};

/* Where the name that starts at a in line L ends: at two spaces, or at a
 * space before a mark and a space (lynx's " \u0095 ", a bullet the page
 * wrote in its own encoding); 0 when neither comes. */
static size_t footer_gap(const struct line *L, size_t a)
{
	for (size_t b = a + 1; b + 2 < L->len; b++) {
		if (L->s[b] != ' ')
			continue;
		if (L->s[b + 1] == ' ')
			return b;
		/* a mark: up to six bytes none ASCII (a bullet, or its bytes
		 * read in another encoding: "Â•"); a bar is a row's ("Score: 97
		 * Votes (Like | Disagree)") */
		size_t cl = 0;
		while (cl < 6 && b + 1 + cl < L->len && (unsigned char)L->s[b + 1 + cl] >= 0x80)
			cl++;
		if (cl && b + 1 + cl < L->len && L->s[b + 1 + cl] == ' ')
			return b;
	}
	return 0;
}

/* The name in footer line L (label, colon, name, two spaces, a button of
 * three words at most, no digit in label or button), its start and length
 * in *at and *nl, or 0. The label and button, less link numbers, in key
 * (64 bytes), to tell the footers of one template. */
static int footer_name(const struct line *L, size_t *at, size_t *nl, char key[64])
{
	const char *colon = L->len < 120 ? memchr(L->s, ':', L->len < 40 ? L->len : 40) : NULL;
	if (!colon || colon == L->s || (size_t)(colon + 2 - L->s) >= L->len || colon[1] != ' ')
		return 0;
	size_t ll = (size_t)(colon - L->s), a = ll + 2;
	a += tt_textline_link_ref(L->s + a, L->len - a);
	size_t b = footer_gap(L, a), e = b;
	if (!b || ll > 24 || tt_textline_count_words(L->s, ll) > 4 ||
	    tt_textline_has_digit(L->s, ll))
		return 0;
	while (e < L->len && (L->s[e] == ' ' || (unsigned char)L->s[e] >= 0x80 ||
	                      (ispunct((unsigned char)L->s[e]) && L->s[e] != '[')))
		e++;
	e += tt_textline_link_ref(L->s + e, L->len - e);
	const char *name;
	if (e >= L->len || L->len - e > 30 || tt_textline_count_words(L->s + e, L->len - e) > 3 ||
	    tt_textline_has_digit(L->s + e, L->len - e) ||
	    tt_textline_author_name(L->s + a, b - a, &name) != b - a || memchr(L->s + a, '(', b - a))
		return 0;
	snprintf(key, 64, "%.*s|%.*s", (int)ll, L->s, (int)(L->len - e), L->s + e);
	*at = a, *nl = b - a;
	return 1;
}

/* The date line nearest above footer f and below line from (a line that
 * is a date alone), or f. */
static size_t footed_date(struct page *P, size_t from, size_t f)
{
	struct when w = {0};
	for (size_t i = f; i-- > from;)
		if (!P->l[i].blank && itx_date_line(P, &P->l[i], &w))
			return i;
	return f;
}

static void footed_free(struct footed_posts *fp)
{
	if (!fp)
		return;
	free(fp->title);
	free(fp->date);
	free(fp->foot);
	free(fp);
}

int itx_footed_posts(struct page *P, struct footed_posts **out)
{
	char key[64], first[64] = "";
	size_t at, nl, keyed = 0, last = P->n, failed = 0;
	struct footed_posts *fp = tt_xcalloc(1, sizeof *fp);
	*out = NULL;
	for (size_t i = 0; i < P->n; i++) {
		if (P->l[i].blank || !footer_name(&P->l[i], &at, &nl, key))
			continue;
		if (!first[0])
			memcpy(first, key, sizeof first);
		if (strcmp(key, first))
			continue;
		/* from the candidate before at most, so no line is asked twice */
		size_t from = fp->n ? fp->foot[fp->n - 1] + 1 : (i > 200 ? i - 200 : 0);
		from = from > last + 1 || last == P->n ? from : last + 1;
		last = i;
		size_t d = footed_date(P, from, i), t = d;
		while (t > from && P->l[t - 1].blank)
			t--;
		while (t > from && !P->l[t - 1].blank && d - t < 4)
			t--;
		if ((d == i || t == d) && !fp->n) { /* no post's: look for another template */
			first[0] = '\0';
			if (++failed > 64)
				break; /* footers of no post: no such layout */
			continue;
		}
		keyed++;
		if (d == i || t == d)
			break; /* a footer with no date and title over its text */
		if (fp->n == fp->cap) {
			fp->cap = fp->cap ? fp->cap * 2 : 16;
			fp->title = tt_xrealloc(fp->title, fp->cap * sizeof *fp->title);
			fp->date = tt_xrealloc(fp->date, fp->cap * sizeof *fp->date);
			fp->foot = tt_xrealloc(fp->foot, fp->cap * sizeof *fp->foot);
		}
		fp->title[fp->n] = t, fp->date[fp->n] = d, fp->foot[fp->n++] = i;
	}
	if (fp->n < 3 || fp->n != keyed) {
		footed_free(fp);
		return 0;
	}
	*out = fp;
	return 1;
}

size_t itx_footed_from(const struct footed_posts *fp)
{
	return fp->title[0];
}

void itx_read_footed_posts(struct page *P, struct footed_posts *fp)
{
	char key[64];
	for (size_t p = 0; p < fp->n; p++) {
		size_t d = fp->date[p], f = fp->foot[p], at, nl;
		struct when w = {0};
		itx_date_line(P, &P->l[d], &w);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		post_text(P, c, fp->title[p], d, 0); /* the title, the first paragraph */
		post_text(P, c, d + 1, f, 0);
		footer_name(&P->l[f], &at, &nl, key);
		c->author = tt_thread_strdup(P->t, P->l[f].s + at, nl);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = P->l[d].no;
		c->col = P->l[d].indent + 1;
		P->role[d] = P->role[f] = R_HEADER;
		add_made(P, c);
	}
	P->shape = SH_SIGNATURE;
	footed_free(fp);
}

/* ---- posts holding a copy of the comment they answer ---- */

/* Onet's forum: each answer shows its writer's name (echoed by an avatar's
 * text around it), then a copy of the comment it answers opened by a line
 * of that comment's date ending in a colon ("3 sty 12, 10:46 użytkownik
 * ~jan napisał:") and closed by the same short link line in every post
 * ("przejdź do komentarza »"), then its own text, and its own date under
 * the text ("3 sty 12, 11:09 | ocena: 100%"). The copy is no comment and
 * no part of the answer's words. */
struct copied_posts {
	size_t n, cap;
	size_t *name, *head, *close, *date;
};

/* Whether line L opens a copy: short, ending in a colon, opening with a
 * date of up to six words. */
static int copy_head_onet(struct page *P, const struct line *L)
{
	struct when w = {0};
	if (L->len < 8 || L->len > 120 || L->s[L->len - 1] != ':' ||
	    tt_textline_count_words(L->s, L->len) > 12)
		return 0;
	for (size_t e = 1, words = 0; e < L->len && words < 6; e++)
		if (L->s[e] == ' ' && L->s[e - 1] != ' ' && ++words &&
		    itx_date_text(P, L->s, e, &w))
			return 1;
	return 0;
}

/* Line L less its link number, in key (at most 48 bytes), when it is a
 * short line of no digit (a link's text); else 0. */
static int copy_close_key_onet(const struct line *L, char key[48])
{
	size_t r = tt_textline_link_ref(L->s, L->len);
	if (L->blank || L->len - r == 0 || L->len - r > 40 ||
	    tt_textline_count_words(L->s + r, L->len - r) > 5 ||
	    tt_textline_has_digit(L->s + r, L->len - r))
		return 0;
	snprintf(key, 48, "%.*s", (int)(L->len - r), L->s + r);
	return 1;
}

/* The line closing the copy opened at head: the first of the next twelve
 * whose key is key; with key empty, the first line whose key also closes
 * the copy opened at next (set in key). P->n when none. */
static size_t copy_close_onet(const struct page *P, size_t head, size_t next, char key[48])
{
	char k[48], k2[48];
	for (size_t i = head + 1; i < P->n && i <= head + 12; i++) {
		if (!copy_close_key_onet(&P->l[i], k))
			continue;
		if (key[0] && !strcmp(k, key))
			return i;
		if (key[0] || next >= P->n)
			continue;
		for (size_t j = next + 1; j < P->n && j <= next + 12; j++)
			if (copy_close_key_onet(&P->l[j], k2) && !strcmp(k, k2)) {
				memcpy(key, k, 48);
				return i;
			}
	}
	return P->n;
}

/* Whether line i, in [from, to), is a short line, no colon at its end, no
 * link, found within a line beside it past that line's start: an avatar's
 * text naming the writer. */
static int copy_echoed_onet(const struct page *P, size_t i, size_t from, size_t to)
{
	const struct line *L = &P->l[i];
	if (L->blank || L->len > 60 || L->s[L->len - 1] == ':' || L->s[0] == '[' ||
	    tt_textline_count_words(L->s, L->len) > 8)
		return 0;
	for (int d = -1; d <= 1; d += 2) {
		const struct line *N = &P->l[d < 0 ? i - 1 : i + 1];
		const char *f = (d < 0 ? i > from : i + 1 < to) && N->len > L->len + 1
		                    ? tt_textline_find(N->s + 1, N->len - 1, L->s, L->len)
		                    : NULL;
		if (f && f[-1] == ' ')
			return 1;
	}
	return 0;
}

/* The writer's name between lines from and head: the last short line,
 * no colon at its end, found within a line beside it past that line's
 * start (an avatar's text naming the writer, "Brak zdjęcia ~NAME
 * Użytkownik anonimowy"), so a name of many words or dots may be taken
 * ("~Jak nie wiadomo o co chodzi..."); P->n when none. */
static size_t copy_name_onet(const struct page *P, size_t from, size_t head)
{
	for (size_t i = head; i-- > from && head - i <= 12;)
		if (copy_echoed_onet(P, i, from, head))
			return i;
	return P->n;
}

static void copied_free(struct copied_posts *cp)
{
	if (!cp)
		return;
	free(cp->name);
	free(cp->head);
	free(cp->close);
	free(cp->date);
	free(cp);
}

static void copied_add_onet(struct copied_posts *cp, size_t n, size_t h, size_t c, size_t d)
{
	if (cp->n == cp->cap) {
		cp->cap = cp->cap ? cp->cap * 2 : 16;
		cp->name = tt_xrealloc(cp->name, cp->cap * sizeof *cp->name);
		cp->head = tt_xrealloc(cp->head, cp->cap * sizeof *cp->head);
		cp->close = tt_xrealloc(cp->close, cp->cap * sizeof *cp->close);
		cp->date = tt_xrealloc(cp->date, cp->cap * sizeof *cp->date);
	}
	cp->name[cp->n] = n, cp->head[cp->n] = h, cp->close[cp->n] = c, cp->date[cp->n++] = d;
}

/* The first date line in the 40 after close, before the next copy; P->n
 * when none. */
static size_t copy_date_onet(struct page *P, size_t close, size_t next)
{
	struct when w = {0};
	for (size_t i = close + 1; i < P->n && i < next && i <= close + 40; i++)
		if (!P->l[i].blank && itx_date_line(P, &P->l[i], &w))
			return i;
	return P->n;
}

/* A post answering no one in [from, to), between two posts of copies: a
 * name so echoed, the echo lines under it (three at most), its text and
 * a date line under the text. Returns the date's line, *nm the name's and
 * *open the last echo line; P->n when none. */
static size_t copy_free_post_onet(struct page *P, size_t from, size_t to, size_t *nm,
                                  size_t *open)
{
	struct when w = {0};
	size_t name = P->n, o = P->n;
	for (size_t i = from; i < to; i++) {
		const struct line *L = &P->l[i], *N = name < P->n ? &P->l[name] : NULL;
		if (L->blank)
			continue;
		if (!N) {
			if (copy_echoed_onet(P, i, from, to))
				name = o = i;
		} else if (o + 1 == i && i <= name + 3 && tt_textline_find(L->s, L->len, N->s, N->len))
			o = i;
		else if (itx_date_line(P, L, &w)) {
			if (i == o + 1)
				return P->n; /* no text */
			*nm = name, *open = o;
			return i;
		}
	}
	return P->n;
}

/* cp with the posts answering no one between its posts put in order. */
static struct copied_posts *copy_free_posts_onet(struct page *P, struct copied_posts *cp)
{
	struct copied_posts *all = tt_xcalloc(1, sizeof *all);
	for (size_t p = 0; p < cp->n; p++) {
		copied_add_onet(all, cp->name[p], cp->head[p], cp->close[p], cp->date[p]);
		size_t from = cp->date[p] + 1, to = p + 1 < cp->n ? cp->name[p + 1] : from, nm, o, d;
		while (from < to && (d = copy_free_post_onet(P, from, to, &nm, &o)) < P->n) {
			copied_add_onet(all, nm, o, o, d);
			from = d + 1;
		}
	}
	copied_free(cp);
	return all;
}

int itx_copied_posts(struct page *P, struct copied_posts **out)
{
	char key[48] = "";
	size_t *heads = NULL, nh = 0, ch = 0;
	*out = NULL;
	for (size_t i = 0; i < P->n; i++)
		if (!P->l[i].blank && copy_head_onet(P, &P->l[i])) {
			if (nh == ch)
				heads = tt_xrealloc(heads, (ch = ch * 2 + 16) * sizeof *heads);
			heads[nh++] = i;
		}
	struct copied_posts *cp = nh >= 3 ? tt_xcalloc(1, sizeof *cp) : NULL;
	for (size_t k = 0; cp && k < nh; k++) {
		size_t next = k + 1 < nh ? heads[k + 1] : P->n;
		size_t from = cp->n ? cp->date[cp->n - 1] + 1 : (heads[k] > 12 ? heads[k] - 12 : 0);
		size_t c = copy_close_onet(P, heads[k], next, key);
		size_t d = c < P->n ? copy_date_onet(P, c, next) : P->n;
		size_t nm = d < P->n ? copy_name_onet(P, from, heads[k]) : P->n;
		if (nm == P->n) {
			copied_free(cp);
			cp = NULL;
			break; /* every copy in a post of this shape, or no such layout */
		}
		copied_add_onet(cp, nm, heads[k], c, d);
	}
	free(heads);
	if (!cp)
		return 0;
	*out = copy_free_posts_onet(P, cp);
	return 1;
}

size_t itx_copied_from(const struct copied_posts *cp)
{
	return cp->name[0];
}

/* Lines [from, to) but line keep as the posts' chrome: the copy, the
 * avatar's text, the votes and buttons between one post's date and the
 * next one's name. */
static void copy_chrome_onet(struct page *P, size_t from, size_t to, size_t keep)
{
	for (size_t k = from; k < to && k < P->n; k++)
		if (k != keep && !P->l[k].blank)
			P->role[k] = R_LINKS;
}

void itx_read_copied_posts(struct page *P, struct copied_posts *cp)
{
	for (size_t p = 0; p < cp->n; p++) {
		size_t gap = p ? cp->name[p] - cp->date[p - 1] : 0; /* the last post's tail */
		copy_chrome_onet(P, p ? cp->date[p - 1] + 1 : cp->name[p], cp->close[p] + 1, cp->name[p]);
		if (p + 1 == cp->n)
			copy_chrome_onet(P, cp->date[p] + 1, cp->date[p] + gap, P->n);
		size_t nm = cp->name[p], d = cp->date[p];
		const struct line *N = &P->l[nm];
		struct when w = {0};
		itx_date_line(P, &P->l[d], &w);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		post_text(P, c, cp->close[p] + 1, d, 0);
		size_t a = 0; /* a guest's mark before the name ("~jan") */
		while (a + 1 < N->len && ispunct((unsigned char)N->s[a]) && N->s[a] != '[')
			a++;
		c->author = tt_thread_strdup(P->t, N->s + a, N->len - a);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = N->no;
		c->col = N->indent + 1;
		P->role[nm] = P->role[d] = R_HEADER;
		add_made(P, c);
	}
	P->shape = SH_DATE_AFTER;
	copied_free(cp);
}

/* Posts closed by their date: each post one paragraph (no blank line in it),
 * its writer's name on the first line (twice where an avatar's link repeats
 * it: LinkedIn's "[16]Zoe Kibbey" over "[17]Zoe Kibbey"; after a label and
 * its colon the same in every post: "Комментарии нашего читателя: гость"),
 * then the text, then the date alone on a line, then as many short lines as
 * in every other post (buttons, a rule: none at all as w3m draws LinkedIn).
 * Between two posts only blank lines and short lines (a menu's "• Report
 * this comment"). Nothing but the date closing each paragraph tells such a
 * post, so three in a row at least, each with a line of text, are read
 * apart. Each paragraph is looked at once, four lines up from its end. */

struct closed_posts_l {
	size_t n, cap;
	size_t *head, *text, *date; /* per post: its name line, text's first, date */
	size_t label;               /* bytes of the label before every name, or 0 */
	const char *place;          /* the two words before a place after names */
	size_t placel;
};

/* Whether L is a short line of a post's chrome: a rule, or 60 bytes and six
 * words at most past a link's number, no sentence's end. */
static int closed_short_l(const struct line *L)
{
	size_t ref = tt_textline_link_ref(L->s, L->len);
	return !L->blank && (rule_line(L) || (L->len - ref <= 60 &&
	                                      tt_textline_count_words(L->s + ref, L->len - ref) <= 6 &&
	                                      !tt_textline_ends_sentence(L->s + ref, L->len - ref)));
}

/* The name line's key: past a link's number. */
static const char *closed_key_l(const struct line *L, size_t *len)
{
	size_t ref = tt_textline_link_ref(L->s, L->len);
	*len = L->len - ref;
	return L->s + ref;
}

/* Whether L is the date closing a post, into *w: a date line, or an age
 * alone in a count and a unit's letter ("6y", LinkedIn's), which only this
 * place (the end of three paragraphs alike) tells from a figure. A clock
 * alone is a news list's, under each title (Globo's "- 17:54"). */
static int closed_when_l(struct page *P, const struct line *L, struct when *w)
{
	char t[8];
	if (tt_textline_count_words(L->s, L->len) > 4 || itx_clock_alone_line(L))
		return 0;
	if (itx_date_line(P, L, w))
		return 1;
	if (L->len >= sizeof t)
		return 0;
	memcpy(t, L->s, L->len);
	t[L->len] = '\0';
	if (!tt_dates_is_time(t, TT_DATES_BARE))
		return 0;
	w->posted = tt_thread_strdup(P->t, L->s, L->len);
	return 1;
}

/* The name line of a paragraph opening at a, over line d: the first of two
 * lines alike within its first four (an avatar's link and the name's, under
 * a count and a row of buttons as lynx draws LinkedIn's first comment), else
 * its first line; the text's first line in *text. */
static size_t closed_head_l(const struct page *P, size_t a, size_t d, size_t *text)
{
	for (size_t j = a; j + 1 < d && j < a + 4; j++) {
		size_t hl, nl;
		const char *h = closed_key_l(&P->l[j], &hl);
		const char *n = closed_key_l(&P->l[j + 1], &nl);
		if (hl && nl == hl && !memcmp(n, h, hl)) {
			*text = j + 2;
			return j;
		}
	}
	*text = a + 1;
	return a;
}

/* The date closing paragraph [a, b): up from its end over three short lines
 * at most, a date alone with a name (twelve words at most) and a line of
 * text over it; its line,
 * or P->n. The name's line in *head, the text's first in *text. */
static size_t closed_date_l(struct page *P, size_t a, size_t b, size_t *head, size_t *text)
{
	for (size_t k = b; k > a && b - k < 4;) {
		const struct line *L = &P->l[--k];
		struct when w = {0};
		if (closed_when_l(P, L, &w)) {
			size_t hl;
			*head = closed_head_l(P, a, k, text);
			const char *h = closed_key_l(&P->l[*head], &hl);
			return *text < k && hl && hl <= 200 && tt_textline_count_words(h, hl) <= 12 &&
			               !closed_when_l(P, &P->l[*head], &w)
			           ? k
			           : P->n;
		}
		if (!closed_short_l(L))
			return P->n;
	}
	return P->n;
}

static void closed_push_l(struct closed_posts_l *cp, size_t h, size_t t, size_t d)
{
	if (cp->n == cp->cap) {
		cp->cap = cp->cap * 2 + 8;
		cp->head = tt_xrealloc(cp->head, cp->cap * sizeof *cp->head);
		cp->text = tt_xrealloc(cp->text, cp->cap * sizeof *cp->text);
		cp->date = tt_xrealloc(cp->date, cp->cap * sizeof *cp->date);
	}
	cp->head[cp->n] = h, cp->text[cp->n] = t, cp->date[cp->n] = d;
	cp->n++;
}

static void closed_free_l(struct closed_posts_l *cp)
{
	free(cp->head);
	free(cp->text);
	free(cp->date);
	free(cp);
}

/* The label before every post's name: the bytes up to ": " on the first
 * name line, the same on every other; 0 if none. */
static size_t closed_label_l(const struct page *P, const struct closed_posts_l *cp)
{
	size_t l0;
	const char *h0 = closed_key_l(&P->l[cp->head[0]], &l0);
	const char *colon = memmem(h0, l0, ": ", 2);
	size_t lab = colon ? (size_t)(colon - h0) + 2 : 0;
	if (!lab || lab > 60 || lab >= l0)
		return 0;
	for (size_t p = 1; p < cp->n; p++) {
		size_t l;
		const char *h = closed_key_l(&P->l[cp->head[p]], &l);
		if (l <= lab || memcmp(h, h0, lab))
			return 0;
	}
	return lab;
}

/* The length of name n (nl bytes) with " W1 W2 PLACE" cut off its end,
 * where "W1 W2" are the pl bytes at pw; nl if it does not end so. */
static size_t closed_cut_l(const char *n, size_t nl, const char *pw, size_t pl)
{
	const char *sp = memrchr(n, ' ', nl);
	size_t at = sp ? (size_t)(sp - n) : 0;
	if (!at || at <= pl + 1 || memcmp(n + at - pl, pw, pl) || n[at - pl - 1] != ' ')
		return nl;
	return at - pl - 1;
}

/* The words before the last of a name (after the label): the two words
 * before its last, a name's word before them; 0 if none. */
static const char *closed_pair_l(const char *n, size_t nl, size_t *pl)
{
	const char *s3 = memrchr(n, ' ', nl), *s2 = s3 ? memrchr(n, ' ', (size_t)(s3 - n)) : NULL;
	const char *s1 = s2 ? memrchr(n, ' ', (size_t)(s2 - n)) : NULL;
	if (!s1 || s1 == n)
		return NULL;
	*pl = (size_t)(s3 - s1 - 1);
	return s1 + 1;
}

/* A place the system writes after the names: the same two words before
 * the last word of three names or more (Bankfax's "Андрей из города
 * Барнаул", "from the town of"; "Jan aus der Stadt Bern" would be read
 * alike): the writer's town, no part of the name. Asked of the first
 * eight posts' names, so linear. */
static void closed_place_l(const struct page *P, struct closed_posts_l *cp)
{
	for (size_t p = 0; p < cp->n && p < 8; p++) {
		size_t nl, pl, seen = 0;
		const char *n = closed_key_l(&P->l[cp->head[p]], &nl);
		const char *pw = closed_pair_l(n + cp->label, nl - cp->label, &pl);
		for (size_t q = 0; pw && q < cp->n; q++) {
			size_t ml;
			const char *m = closed_key_l(&P->l[cp->head[q]], &ml);
			seen += closed_cut_l(m + cp->label, ml - cp->label, pw, pl) < ml - cp->label;
		}
		if (seen >= 3) {
			cp->place = pw, cp->placel = pl;
			return;
		}
	}
}

/* Whether the run's dates are most of them a header's under a name (a
 * name over its date, then the text in the next paragraph: Pikabu's
 * votes, name and date under each text), not dates closing posts. */
static int closed_named_dates_l(struct page *P, const struct closed_posts_l *cp)
{
	size_t named = 0;
	for (size_t p = 0; p < cp->n; p++) {
		struct header h;
		named += itx_header_at(P, cp->date[p] - 1, 0, &h) != 0;
	}
	return 2 * named >= cp->n;
}

/* The run cur ends: kept in *best if it is the longest of three posts or
 * more so far; cur emptied for the next. */
static void closed_keep_l(struct closed_posts_l **best, struct closed_posts_l **cur)
{
	if ((*cur)->n >= 3 && (!*best || (*cur)->n > (*best)->n)) {
		if (*best)
			closed_free_l(*best);
		*best = *cur;
		*cur = tt_xcalloc(1, sizeof **cur);
	}
	(*cur)->n = 0;
}

int itx_closed_posts_l(struct page *P, struct closed_posts_l **out)
{
	struct closed_posts_l *best = NULL, *cur = tt_xcalloc(1, sizeof *cur);
	size_t tail = 0, last = 0; /* the run's lines after a date; its last post's end */
	*out = NULL;
	for (size_t a = 0; a < P->n;) {
		if (P->l[a].blank) {
			a++;
			continue;
		}
		size_t b = a, text = 0, head = a;
		while (b < P->n && !P->l[b].blank)
			b++;
		size_t d = b - a >= 3 ? closed_date_l(P, a, b, &head, &text) : P->n;
		int on = cur->n && last == a; /* right after the run's last post */
		if (d < P->n && on && b - 1 - d == tail)
			closed_push_l(cur, head, text, d), last = b;
		else if (d < P->n) {
			closed_keep_l(&best, &cur);
			closed_push_l(cur, head, text, d);
			tail = b - 1 - d, last = b;
		} else if (on && b - a <= 2 && closed_short_l(&P->l[a]) &&
		           (b - a == 1 || closed_short_l(&P->l[a + 1])))
			last = b; /* a menu between two posts */
		else
			closed_keep_l(&best, &cur);
		a = b;
		while (last >= b && last < P->n && P->l[last].blank)
			last++;
	}
	closed_keep_l(&best, &cur);
	closed_free_l(cur);
	if (!best || closed_named_dates_l(P, best)) {
		if (best)
			closed_free_l(best);
		return 0;
	}
	best->label = closed_label_l(P, best);
	closed_place_l(P, best);
	*out = best;
	return 1;
}

/* Whether lines A and B read alike, link numbers and digits aside ("6
 * Likes", "5 Likes"; "[13]Like", "[21]Like"). */
static int closed_alike_l(const struct line *A, const struct line *B)
{
	size_t al, bl, i = 0, j = 0;
	const char *a = closed_key_l(A, &al), *b = closed_key_l(B, &bl);
	for (;;) {
		while (i < al && isdigit((unsigned char)a[i]))
			i++;
		while (j < bl && isdigit((unsigned char)b[j]))
			j++;
		if (i == al || j == bl)
			return i == al && j == bl;
		if (a[i++] != b[j++])
			return 0;
	}
}

/* Whether line k over post p's date is the posts' chrome: a count and a
 * word or two ("1 Like"), or a line like one of the four over the date of
 * the post before or after (the buttons: "Reply Sign in to reply to this
 * comment"). */
static int closed_chrome_l(const struct page *P, const struct closed_posts_l *cp, size_t p, size_t k)
{
	const struct line *L = &P->l[k];
	size_t ref = tt_textline_link_ref(L->s, L->len), dg = strspn(L->s + ref, "0123456789");
	if (dg && dg < L->len - ref && L->s[ref + dg] == ' ' &&
	    tt_textline_count_words(L->s + ref, L->len - ref) <= 3)
		return 1;
	for (size_t q = p ? p - 1 : p + 1; q <= p + 1 && q < cp->n; q += q + 1 == p ? 2 : 1)
		for (size_t j = cp->date[q]; j > cp->text[q] && cp->date[q] - j < 4;)
			if (closed_alike_l(L, &P->l[--j]))
				return 1;
	return 0;
}

/* Where post p's text ends: over the chrome right over its date. */
static size_t closed_text_end_l(const struct page *P, const struct closed_posts_l *cp, size_t p)
{
	size_t e = cp->date[p];
	while (e > cp->text[p] + 1 && cp->date[p] - e < 4 && closed_chrome_l(P, cp, p, e - 1))
		e--;
	return e;
}

size_t itx_closed_from_l(const struct closed_posts_l *cp)
{
	return cp->head[0];
}

void itx_read_closed_posts_l(struct page *P, struct closed_posts_l *cp)
{
	for (size_t p = 0; p < cp->n; p++) {
		size_t h = cp->head[p], d = cp->date[p], nl;
		const char *n = closed_key_l(&P->l[h], &nl);
		struct when w = {0};
		closed_when_l(P, &P->l[d], &w);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		nl -= cp->label, n += cp->label;
		if (cp->place)
			nl = closed_cut_l(n, nl, cp->place, cp->placel);
		c->author = tt_thread_strdup(P->t, n, nl);
		c->posted = w.posted;
		c->time = w.iso[0] ? tt_thread_strdup(P->t, w.iso, (size_t)-1) : NULL;
		c->line = P->l[h].no;
		c->col = P->l[h].indent + 1;
		size_t e = closed_text_end_l(P, cp, p);
		for (size_t k = h; k < cp->text[p]; k++)
			P->role[k] = R_HEADER;
		for (size_t k = e; k < P->n && !P->l[k].blank; k++)
			P->role[k] = R_HEADER;
		post_text(P, c, cp->text[p], e, 0);
		add_made(P, c);
	}
	P->shape = SH_DATE_AFTER;
	closed_free_l(cp);
}

/* ---- posts between a member card and a dated row of links ---- */

/* The Something Awful Forums and other vBulletin heirs set each post as a
 * table row: the member's card on the left (the name, the date the member
 * joined, a title of their own), the text on the right, and under it a row
 * of links ending in the post's date and clock ("* # ? Dec 5, 2024 21:45").
 * lynx reads the row a cell after another: the name, the join date under
 * it (indented further, a day alone), the card's lines at that indent, the
 * text, then the dated row. The card's day is no post's: the row's date is.
 * Read apart when three posts or more so follow each other. */
struct carded_posts {
	size_t n, cap;
	size_t *name, *text, *foot;
	struct when *when;
};

static void carded_free(struct carded_posts *cp)
{
	free(cp->name);
	free(cp->text);
	free(cp->foot);
	free(cp->when);
	free(cp);
}

/* Whether line L is a row of links ending in a date with its clock (its
 * links' numbers and marks "*", "#", "?", "|", "•" before it), the date in
 * *w. */
static int dated_row(struct page *P, const struct line *L, struct when *w)
{
	size_t a = 0, marks = 0;
	for (;;) {
		size_t r = tt_textline_link_ref(L->s + a, L->len - a);
		if (r) {
			a += r, marks++;
			continue;
		}
		if (a < L->len && strchr("*#?| ", L->s[a])) {
			marks += L->s[a] != ' ';
			a++;
			continue;
		}
		if (a + 3 <= L->len && !memcmp(L->s + a, "\xE2\x80\xA2", 3)) {
			a += 3, marks++;
			continue;
		}
		break;
	}
	return marks >= 2 && a < L->len && L->len - a <= 40 && tt_dates_plausible(L->s + a, L->len - a) &&
	       itx_date_text(P, L->s + a, L->len - a, w) && strchr(w->iso, 'T');
}

/* The card opening at line i: the name (short, no sentence), under it and
 * indented further a day alone (no clock); the line past the card's lines
 * (those at the day's indent, no blank between) in *end. */
static int member_card(struct page *P, size_t i, size_t *end)
{
	const struct line *L = &P->l[i], *D = i + 1 < P->n ? &P->l[i + 1] : NULL;
	struct when w = {0};
	size_t r = L->blank ? 0 : tt_textline_link_ref(L->s, L->len);
	/* (a name of five words at most: "big nipples big life") */
	if (!D || L->blank || D->blank || D->indent <= L->indent || L->len - r > 40 ||
	    tt_textline_count_words(L->s + r, L->len - r) > 5 ||
	    !tt_textline_has_letter(L->s + r, L->len - r) || tt_textline_ends_sentence(L->s, L->len) ||
	    !itx_date_line(P, D, &w) || strchr(w.iso, 'T'))
		return 0;
	size_t e = i + 2;
	while (e < P->n && !P->l[e].blank && P->l[e].indent == D->indent)
		e++;
	*end = e;
	return 1;
}

/* A post's text, lines [from, to): its own at the column of its last line;
 * a line left of that column closing in a colon ("[35]Songbearer posted:")
 * over lines indented past it is a quotation's title over the quotation,
 * as the page's quote box sets them ("> " before each paragraph). */
static void carded_text(struct page *P, tt_comment *c, size_t from, size_t to)
{
	size_t last = to;
	while (last > from && P->l[last - 1].blank)
		last--;
	if (last == from)
		return;
	unsigned own = P->l[last - 1].indent;
	size_t i = from;
	while (i < to) {
		const struct line *L = &P->l[i];
		size_t q = i + 1;
		while (q < to && P->l[q].blank)
			q++;
		if (!L->blank && L->indent < own && L->len && L->s[L->len - 1] == ':' && q < to &&
		    P->l[q].indent > own) {
			size_t e = q;
			while (e < to && (P->l[e].blank || P->l[e].indent > own))
				e++;
			post_text(P, c, i, i + 1, 1);
			post_text(P, c, q, e, 1);
			i = e;
			continue;
		}
		size_t e = i + 1;
		while (e < to && !(P->l[e].indent < own && !P->l[e].blank && P->l[e].len &&
		                   P->l[e].s[P->l[e].len - 1] == ':'))
			e++;
		post_text(P, c, i, e, 0);
		i = e;
	}
}

int itx_carded_posts(struct page *P, struct carded_posts **out)
{
	struct carded_posts *cp = NULL;
	*out = NULL;
	for (size_t i = 0; i + 2 < P->n; i++) {
		size_t end;
		if (!member_card(P, i, &end))
			continue;
		/* the dated row before the next card */
		size_t f = end, e2;
		struct when w = {0};
		while (f < P->n && !dated_row(P, &P->l[f], &w) && !member_card(P, f, &e2))
			f++;
		if (f >= P->n || !dated_row(P, &P->l[f], &w)) {
			if (cp && cp->n >= 3)
				break;
			if (cp)
				cp->n = 0;
			continue;
		}
		if (!cp)
			cp = tt_xcalloc(1, sizeof *cp);
		if (cp->n == cp->cap) {
			cp->cap = cp->cap ? 2 * cp->cap : 16;
			cp->name = tt_xrealloc(cp->name, cp->cap * sizeof *cp->name);
			cp->text = tt_xrealloc(cp->text, cp->cap * sizeof *cp->text);
			cp->foot = tt_xrealloc(cp->foot, cp->cap * sizeof *cp->foot);
			cp->when = tt_xrealloc(cp->when, cp->cap * sizeof *cp->when);
		}
		cp->name[cp->n] = i, cp->text[cp->n] = end, cp->foot[cp->n] = f;
		cp->when[cp->n++] = w;
		i = f;
	}
	if (!cp || cp->n < 3) {
		if (cp)
			carded_free(cp);
		return 0;
	}
	*out = cp;
	return 1;
}

size_t itx_carded_from(const struct carded_posts *cp)
{
	return cp->name[0];
}

void itx_read_carded_posts(struct page *P, struct carded_posts *cp)
{
	for (size_t p = 0; p < cp->n; p++) {
		const struct line *N = &P->l[cp->name[p]];
		size_t r = tt_textline_link_ref(N->s, N->len);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->author = tt_thread_strdup(P->t, N->s + r, N->len - r);
		c->posted = cp->when[p].posted;
		c->time = tt_thread_strdup(P->t, cp->when[p].iso, (size_t)-1);
		c->line = N->no;
		c->col = N->indent + 1;
		for (size_t k = cp->name[p]; k < cp->text[p]; k++)
			P->role[k] = R_HEADER;
		P->role[cp->foot[p]] = R_HEADER;
		carded_text(P, c, cp->text[p], cp->foot[p]);
		add_made(P, c);
	}
	P->shape = SH_DATE_AFTER;
	carded_free(cp);
}

/* ---- posts under a member card, the thread's subject and a date ---- */

/* phpBB's prosilver sets each post as the member's card (the avatar's
 * "User avatar", the name, under it "Posts: 13" and "Joined: DATE"), the
 * post's subject (the topic's, "Re: " before it) and its date on lines of
 * their own, then the text, a rule closing it; a deleted account's post
 * shows the name alone, no card. The subject repeated post after post
 * tells the header from any text: read apart when three posts or more so
 * headed share one subject but for its "Re: ", and as many are headed so
 * as not. The first post is the topic. FluxBB sets the same lines in
 * another order: "#2 DATE" over the name, its card, then the subject. */
struct subject_posts {
	size_t n, cap;
	size_t *name;         /* each post's name line */
	size_t *first, *last; /* each header's first and last line */
	struct when *when;
	size_t tail, ntail; /* the lines closing every post ("Offline"): the first, how many */
};

static void subject_free(struct subject_posts *sp)
{
	free(sp->name);
	free(sp->first);
	free(sp->last);
	free(sp->when);
	free(sp);
}

/* A card's line: a label of one or two words, a colon, a value ("Posts:
 * [50]13", "Joined: Thu Aug 27, 2020 2:37 pm", "Location: Bavaria"). */
static int card_line_s(const struct line *L)
{
	size_t len, words = 0;
	if (L->blank || L->len > 80 || !memchr(L->s, ':', L->len)) /* (most lines: no colon) */
		return 0;
	const char *s = post_key(L, &len);
	if (L->blank || len > 60 || !isupper((unsigned char)s[0]) ||
	    (len > 3 && !strncasecmp(s, "re:", 3))) /* (a subject's "Re: ") */
		return 0;
	for (size_t k = 0; k + 2 < len; k++) {
		if (s[k] == ' ')
			words++;
		if (s[k] == ':' && s[k + 1] == ' ')
			return words <= 1 && k > 1;
	}
	return 0;
}

/* The subject line L, its link number and "Re: " left out, into *len;
 * NULL if L could be no subject (long, no letter, a sentence ending). */
static const char *subject_key(const struct line *L, size_t *len)
{
	const char *s = post_key(L, len);
	if (L->blank || *len > 150 || !tt_textline_has_letter(s, *len))
		return NULL;
	if (*len > 4 && !strncasecmp(s, "re:", 3) && s[3] == ' ')
		s += 4, *len -= 4;
	return s;
}

/* A member's name: short, a link's number before it allowed, no sentence,
 * no date, no rule, no card's line. */
static int card_name_s(struct page *P, const struct line *L)
{
	size_t len;
	const char *s = post_key(L, &len);
	struct when w = {0};
	return !L->blank && len && len <= 40 && tt_textline_count_words(s, len) <= 5 &&
	       tt_textline_has_letter(s, len) && !tt_textline_ends_sentence(s, len) &&
	       !rule_line(L) && !card_line_s(L) && !itx_date_line(P, L, &w);
}

/* The line of text above line i, within two blank lines, or P->n. */
static size_t text_above_s(const struct page *P, size_t i)
{
	size_t k = i, blanks = 0;
	while (k > 0 && P->l[k - 1].blank && blanks < 3)
		k--, blanks++;
	return k > 0 && !P->l[k - 1].blank ? k - 1 : P->n;
}

/* Whether line d is a post's date alone (a clock in it) under the subject
 * line *subj, under the name line *name (the card's lines between). */
static int subject_header(struct page *P, size_t d, size_t *subj, size_t *name, int *card,
                          struct when *w)
{
	size_t len;
	if (P->l[d].blank || P->l[d].len > 60 || !itx_date_line(P, &P->l[d], w) ||
	    !strchr(w->iso, 'T'))
		return 0;
	size_t s = text_above_s(P, d);
	if (s >= P->n || !subject_key(&P->l[s], &len) || card_line_s(&P->l[s]))
		return 0;
	size_t c = text_above_s(P, s);
	if (c >= P->n)
		return 0;
	size_t k = c;
	while (k > 0 && card_line_s(&P->l[k]) && !P->l[k - 1].blank)
		k--;
	if (!card_name_s(P, &P->l[k]) || (k == c && s - c < 2)) /* (no card: a blank under the name) */
		return 0;
	*subj = s, *name = k, *card = k < c;
	return 1;
}

/* Whether line d is FluxBB's post header, "#N DATE" (a clock in it, a
 * link's number before the date allowed), over the name, the card's
 * lines under it indented past it (a title, "Registered: DATE"), and,
 * after a blank, the subject: its lines in *subj and *name. */
static int numbered_header(struct page *P, size_t d, size_t *subj, size_t *name,
                           struct when *w)
{
	const struct line *L = &P->l[d];
	if (L->blank || L->len > 60 || L->s[0] != '#' || L->len < 4)
		return 0;
	size_t k = 1 + strspn(L->s + 1, "0123456789");
	if (k == 1 || k > 8 || L->s[k] != ' ')
		return 0;
	struct line D = *L;
	D.s += k + 1, D.len -= k + 1;
	size_t r = tt_textline_link_ref(D.s, D.len);
	D.s += r, D.len -= r;
	if (!itx_date_line(P, &D, w) || !strchr(w->iso, 'T'))
		return 0;
	size_t n = d + 1, blanks = 0;
	while (n < P->n && P->l[n].blank && blanks < 2)
		n++, blanks++;
	if (n >= P->n || !card_name_s(P, &P->l[n]))
		return 0;
	size_t c = n + 1;
	int labelled = 0;
	while (c < P->n && !P->l[c].blank && P->l[c].indent > P->l[n].indent)
		labelled |= card_line_s(&P->l[c++]);
	size_t len, t = c;
	for (blanks = 0; t < P->n && P->l[t].blank && blanks < 2; t++, blanks++)
		;
	if (!labelled || t == c || t >= P->n || !subject_key(&P->l[t], &len) ||
	    card_line_s(&P->l[t]))
		return 0;
	*subj = t, *name = n;
	return 1;
}

/* Whether subject lines a and b say the same but for a "Re: ". */
static int same_subject(const struct page *P, size_t a, size_t b)
{
	size_t la, lb;
	const char *sa = subject_key(&P->l[a], &la), *sb = subject_key(&P->l[b], &lb);
	return sa && sb && la == lb && !memcmp(sa, sb, la);
}

/* The last line of text above line k, or P->n. */
static size_t last_text_before(const struct page *P, size_t k, size_t floor)
{
	while (k > floor && P->l[k - 1].blank)
		k--;
	return k > floor ? k - 1 : P->n;
}

/* Whether lines a and b say the same, their list marks and link numbers
 * aside ("* [15]Quote", "* [19]Quote"). */
static int same_key(const struct page *P, size_t a, size_t b)
{
	size_t la, lb;
	const char *sa = post_key(&P->l[a], &la), *sb = post_key(&P->l[b], &lb);
	return la == lb && !memcmp(sa, sb, la);
}

/* Whether the t lines of text from line k on say what the tail's do: the
 * same keys, short lines, blanks between them allowed. */
static int tail_at(const struct page *P, size_t k, size_t tail, size_t t)
{
	for (size_t m = 0; m < t; m++) {
		while (k < P->n && P->l[k].blank)
			k++;
		while (tail < P->n && P->l[tail].blank)
			tail++;
		if (k >= P->n || tail >= P->n || !same_key(P, k, tail))
			return 0;
		k++, tail++;
	}
	return 1;
}

/* The first of the last t lines of text above line stop (above floor), or
 * P->n. */
static size_t tail_from(const struct page *P, size_t stop, size_t floor, size_t t)
{
	size_t k = stop;
	for (size_t m = 0; m < t; m++)
		if ((k = last_text_before(P, k, floor)) >= P->n)
			return P->n;
	return k;
}

/* The lines closing every post, four at most: the member's status and the
 * post's buttons ("Offline", "Report", "Quote": FluxBB's), short lines,
 * the last above three next headers or more and above most of them, their
 * link numbers aside. Sets sp->tail (the second post's, its first line)
 * and sp->ntail (how many lines of text), 0 when none. */
static void post_tail(const struct page *P, struct subject_posts *sp)
{
	sp->ntail = 0;
	for (size_t t = 1; t <= 4 && sp->n >= 4; t++) {
		size_t ref = tail_from(P, sp->first[2], sp->last[1] + 1, t), same = 0, len;
		if (ref >= P->n || P->l[ref].len > 24)
			return;
		const char *key = post_key(&P->l[ref], &len);
		if (!tt_textline_has_letter(key, len))
			return;
		for (size_t p = 1; p < sp->n; p++) {
			size_t k = tail_from(P, sp->first[p], sp->last[p - 1] + 1, t);
			same += k < P->n && tail_at(P, k, ref, t);
		}
		if (same < 3 || same * 3 < (sp->n - 1) * 2)
			return;
		sp->tail = ref, sp->ntail = t;
	}
}

int itx_subject_posts(struct page *P, struct subject_posts **out)
{
	*out = NULL;
	struct subject_posts *sp = NULL;
	size_t *subj = NULL;
	unsigned char *card = NULL;
	for (size_t d = 2; d < P->n; d++) {
		size_t s, name, first, last;
		int carded = 1;
		struct when w = {0};
		if (subject_header(P, d, &s, &name, &carded, &w))
			first = name, last = d;
		else if (numbered_header(P, d, &s, &name, &w))
			first = d, last = s;
		else
			continue;
		if (!sp)
			sp = tt_xcalloc(1, sizeof *sp);
		if (sp->n == sp->cap) {
			sp->cap = sp->cap ? 2 * sp->cap : 16;
			sp->name = tt_xrealloc(sp->name, sp->cap * sizeof *sp->name);
			sp->when = tt_xrealloc(sp->when, sp->cap * sizeof *sp->when);
			sp->first = tt_xrealloc(sp->first, sp->cap * sizeof *sp->first);
			sp->last = tt_xrealloc(sp->last, sp->cap * sizeof *sp->last);
			subj = tt_xrealloc(subj, sp->cap * sizeof *subj);
			card = tt_xrealloc(card, sp->cap);
		}
		card[sp->n] = (unsigned char)carded;
		sp->name[sp->n] = name, subj[sp->n] = s;
		sp->first[sp->n] = first, sp->last[sp->n] = last;
		sp->when[sp->n++] = w;
	}
	/* the subject of most posts (the first post's, the topic's, or the
	 * second's where the first names it otherwise), three of them or more
	 * under a card (a post without one, a deleted account's, among them) */
	size_t same = 0, carded = 0;
	for (size_t a = 0; sp && a < 2 && a < sp->n && same * 2 < sp->n; a++) {
		size_t m = 0, mc = 0;
		for (size_t p = 0; p < sp->n; p++)
			if (same_subject(P, subj[a], subj[p]))
				m++, mc += card[p];
		if (m > same)
			same = m, carded = mc;
	}
	free(subj);
	free(card);
	if (!sp || carded < 3 || same * 2 < sp->n) {
		if (sp)
			subject_free(sp);
		return 0;
	}
	post_tail(P, sp);
	*out = sp;
	return 1;
}

/* Where post p's text ends: at the rule over the next post's card (the
 * avatar's line between them), or else at the next post's name; the last
 * post's at the first rule after it drawn as the one before its card. */
static size_t subject_text_end(const struct page *P, const struct subject_posts *sp, size_t p)
{
	size_t stop = p + 1 < sp->n ? sp->first[p + 1] : P->n;
	int closed = 0; /* the lines closing it found */
	if (sp->ntail) { /* the lines closing it, the last post's its first */
		size_t e = tail_from(P, stop, sp->last[p] + 1, sp->ntail);
		if (p + 1 == sp->n)
			for (e = sp->last[p] + 1; e < P->n && !tail_at(P, e, sp->tail, sp->ntail); e++)
				;
		if (e < P->n && tail_at(P, e, sp->tail, sp->ntail))
			stop = e, closed = 1;
	}
	if (!closed && p + 1 == sp->n && p > 0) {
		size_t r = subject_text_end(P, sp, p - 1);
		const struct line *R = &P->l[r];
		for (size_t k = sp->last[p] + 1; r < sp->first[p] && rule_line(R) && k < P->n; k++)
			if (P->l[k].len == R->len && P->l[k].indent == R->indent &&
			    !memcmp(P->l[k].s, R->s, R->len))
				return k;
		return P->n;
	}
	for (size_t k = stop, seen = 0; k > sp->last[p] + 1 && seen < 4; k--)
		if (!P->l[k - 1].blank && (seen++, rule_line(&P->l[k - 1])))
			return k - 1;
	return stop;
}

/* Whether line L opens a quotation of the topic's writer (the first post,
 * no comment): "NAME wrote:", an arrow to the post after it or not. */
static int quotes_topic(const struct page *P, const struct subject_posts *sp, const struct line *L)
{
	size_t n;
	const char *name = post_key(&P->l[sp->name[0]], &n);
	char buf[48];
	if (!n || n >= sizeof buf || L->blank || L->len > 80 || !memmem(L->s, L->len, " wrote:", 7))
		return 0;
	memcpy(buf, name, n);
	buf[n] = '\0';
	return names_author(L, buf);
}

size_t itx_subject_from(const struct page *P, const struct subject_posts *sp)
{
	return subject_text_end(P, sp, 0);
}

void itx_read_subject_posts(struct page *P, struct subject_posts *sp)
{
	tt_comment **made = tt_xcalloc(sp->n, sizeof *made);
	/* the rule and the avatar's line over each card */
	for (size_t p = 1; p < sp->n; p++)
		for (size_t k = subject_text_end(P, sp, p - 1); k < sp->first[p]; k++)
			P->role[k] = P->l[k].blank ? P->role[k] : R_HEADER;
	for (size_t p = 1; p < sp->n; p++) {
		size_t from = sp->last[p] + 1, to = subject_text_end(P, sp, p);
		while (to > from && P->l[to - 1].blank)
			to--;
		while (from < to && P->l[from].blank)
			from++;
		size_t end = from, q = from < to ? quoted_post(P, made, p, from, to, &end) : 0;
		if (!q)
			end = indented_quote(P, from, to);
		/* (a quotation of the topic, its title at the text's column: lynx) */
		if (!q && end == from && from + 1 < to && quotes_topic(P, sp, &P->l[from]))
			end = from + 1;
		tt_comment *c = tt_thread_add_comment(P->t, q ? made[q] : NULL);
		size_t n;
		const char *name = post_key(&P->l[sp->name[p]], &n);
		c->author = tt_thread_strdup(P->t, name, n);
		c->posted = sp->when[p].posted;
		c->time = sp->when[p].iso[0] ? tt_thread_strdup(P->t, sp->when[p].iso, (size_t)-1) : NULL;
		c->line = P->l[sp->name[p]].no;
		c->col = P->l[sp->name[p]].indent + 1;
		for (size_t k = sp->first[p]; k <= sp->last[p]; k++)
			P->role[k] = P->l[k].blank ? P->role[k] : R_HEADER;
		post_text(P, c, from, end, 1);
		post_text(P, c, end, to, 0);
		made[p] = c;
		add_made(P, c);
	}
	free(made);
	P->shape = SH_SUBJECT;
	subject_free(sp);
}

/* ---- comments whose headers count the tree under them ---- */

/* Old Reddit heads each comment with a line opening with its fold mark,
 * "[–]" (open) or "[+]" (folded): the name, the score three times (the
 * page shows one of them by its style sheet: "22 points23 points24
 * points", or "[score hidden]"), the age, an edit's "*", and "(N
 * children)": how many comments the tree under it holds, shown or not.
 * A text browser indents none of it, so the tree is rebuilt from those
 * counts: each comment takes one place under every comment still open
 * above it; a line "load more comments (N replies)" takes N there, and a
 * line with no count after a comment's row of buttons ("continue this
 * thread", at the tree's depth limit) the rest under the comment it
 * closes. The words run from the header to that row of buttons. Read
 * apart when three headers or more so follow each other. */
struct counted {
	size_t head, text, end; /* lines: the header, the words [text, end) */
	size_t name, namelen;   /* the name's bytes in the header's line */
	size_t lines;           /* the header's lines (a text browser may wrap it) */
	long kids;              /* the count under it, -1 when none shown */
	struct when when;
};

struct counted_posts {
	size_t n, cap;
	struct counted *v;
};

/* s[a..] past the link numbers a text browser writes there ("[12]"). */
static size_t past_refs(const char *s, size_t len, size_t a)
{
	size_t r;
	while (a < len && (r = tt_textline_link_ref(s + a, len - a)))
		a += r;
	return a;
}

/* The count closing s, "(N WORD)" (one word: "(10 children)", "(1
 * dieťa)"), its opening bracket's offset in *open; -1 when none. */
static long closing_count(const char *s, size_t len, size_t *open)
{
	if (len < 5 || s[len - 1] != ')')
		return -1;
	size_t o = len - 1;
	while (o > 0 && s[o - 1] != '(')
		o--;
	if (!o || !isdigit((unsigned char)s[o]))
		return -1;
	size_t d = o;
	while (d < len && isdigit((unsigned char)s[d]))
		d++;
	if (d - o > 7 || s[d] != ' ' || d + 1 >= len - 1 || memchr(s + d + 1, ' ', len - 2 - d))
		return -1;
	*open = o - 1;
	return strtol(s + o, NULL, 10);
}

/* The end of s[..e) less the white space, edit marks ("*") and link
 * numbers ("[273]") closing it. */
static size_t trim_marks(const char *s, size_t e)
{
	for (;;) {
		if (e && (s[e - 1] == ' ' || s[e - 1] == '*')) {
			e--;
			continue;
		}
		if (e && s[e - 1] == ']') {
			size_t k = e - 1;
			while (k && isdigit((unsigned char)s[k - 1]))
				k--;
			if (k < e - 1 && k && s[k - 1] == '[') {
				e = k - 1;
				continue;
			}
		}
		return e;
	}
}

/* Whether words of s[from, e) read as an age: the first run of them
 * (six words at most, the longest from each word on) that does, in *w. */
static int age_among(struct page *P, const char *s, size_t from, size_t e, struct when *w)
{
	for (size_t k = from; k < e; k++) {
		if ((k && s[k - 1] != ' ') || s[k] == ' ')
			continue;
		size_t zl = k;
		for (int n = 0; n < 6 && zl < e; n++) {
			while (zl < e && s[zl] != ' ')
				zl++;
			while (n < 5 && zl < e && s[zl] == ' ')
				zl++;
		}
		for (size_t z = zl; z > k; z--)
			if ((z == e || (s[z] == ' ' && s[z - 1] != ' ')) && itx_date_text(P, s + k, z - k, w))
				return 1;
	}
	return 0;
}

/* Whether s (a header's line, or two joined) heads a comment so, its
 * parts in *c (the name's offset in s). */
static int counted_head(struct page *P, const char *s, size_t len, struct counted *c)
{
	static const char *const folds[] = {"[\xE2\x80\x93]", "[+]", "[-]"};
	size_t a = past_refs(s, len, 0), f = 0;
	for (size_t k = 0; !f && k < sizeof folds / sizeof *folds; k++)
		if (len - a > strlen(folds[k]) && !memcmp(s + a, folds[k], strlen(folds[k])))
			f = strlen(folds[k]);
	if (!f)
		return 0;
	a = past_refs(s, len, a + f);
	size_t open = len;
	c->kids = closing_count(s, len, &open);
	size_t e = trim_marks(s, c->kids >= 0 ? open : len);
	const char *sp = a < e ? memchr(s + a, ' ', e - a) : NULL;
	if (!sp || sp == s + a || (size_t)(sp - (s + a)) > 60)
		return 0;
	c->name = a, c->namelen = (size_t)(sp - (s + a));
	/* (a flair run into the name, "NAME[[2246]🍰]": names hold no bracket) */
	const char *br = memchr(s + a, '[', c->namelen);
	if (br && br > s + a)
		c->namelen = (size_t)(br - (s + a));
	/* the age after the score (its numbers, or a bracketed word), words
	 * after it allowed ("2 hours ago stickied comment"), among the line's
	 * last ten words */
	size_t from = e, words = 0;
	while (from > (size_t)(sp - s) + 1 && words < 10)
		words += s[--from - 1] == ' ' && s[from] != ' ';
	return age_among(P, s, from, e, &c->when);
}

/* Whether line i heads a comment, alone or with the next line when a text
 * browser wrapped the header ("... pred 1" over "hodina  [828](5 detí)",
 * "[273](10" over "detí)"): the next line short, closing the count. */
static int counted_header(struct page *P, size_t i, struct counted *c)
{
	const struct line *L = &P->l[i], *N = i + 1 < P->n ? &P->l[i + 1] : NULL;
	if (L->blank || L->len > 200)
		return 0;
	c->head = i, c->lines = 1;
	int one = counted_head(P, L->s, L->len, c);
	if ((one && c->kids >= 0) || !N || N->blank || N->len > 60 || N->s[N->len - 1] != ')')
		return one;
	char buf[320];
	int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)L->len, L->s, (int)N->len, N->s);
	struct counted two = *c;
	if (n > 0 && (size_t)n < sizeof buf && counted_head(P, buf, (size_t)n, &two) &&
	    two.name + two.namelen <= L->len) {
		*c = two, c->lines = 2;
		return 1;
	}
	return one;
}

/* Whether line L is a list's item (a button of a comment's row). */
static int button_line(const struct line *L)
{
	return !L->blank && tt_textline_list_mark(L->s, L->len) > 0;
}

static void counted_free(struct counted_posts *cp)
{
	free(cp->v);
	free(cp);
}

/* The words' end of comment p, whose lines run to `to`: before the last
 * row of buttons there (its lines together: a list in the words is set
 * apart by a blank line), else before a closing "load more" line. */
static size_t counted_text_end(const struct page *P, size_t from, size_t to)
{
	size_t e = to;
	while (e > from && (P->l[e - 1].blank || !button_line(&P->l[e - 1])))
		e--;
	if (e == from) { /* no buttons (a folded comment): up to a count */
		size_t open;
		e = to;
		while (e > from && (P->l[e - 1].blank ||
		                    closing_count(P->l[e - 1].s, P->l[e - 1].len, &open) >= 0))
			e--;
		return e;
	}
	while (e > from && button_line(&P->l[e - 1]))
		e--;
	return e;
}

/* A list's item, lines [k, e): a paragraph of its own, its mark left off
 * (as the page's <li> is read). */
static void counted_item(struct page *P, tt_comment *c, size_t k, size_t e)
{
	tt_buf b = {0};
	for (size_t i = k; i < e; i++) {
		struct line L = P->l[i];
		if (i == k) {
			size_t m = tt_textline_list_mark(L.s, L.len);
			L.s += m, L.len -= m;
		}
		if (b.len)
			tt_buf_addc(&b, ' ');
		add_without_refs(&b, &L);
		P->role[i] = R_COMMENT;
	}
	if (b.len)
		tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, b.data, b.len));
	tt_buf_free(&b);
}

/* A comment's words, lines [from, to): a list's items each a paragraph;
 * a paragraph indented past the least indented one (items aside) is a
 * quotation (the dumps' way of a blockquote). */
static void counted_text(struct page *P, tt_comment *c, size_t from, size_t to)
{
	unsigned own = UINT_MAX;
	for (size_t k = from; k < to; k++)
		if (!P->l[k].blank && !button_line(&P->l[k]) && P->l[k].indent < own)
			own = P->l[k].indent;
	for (size_t k = from; k < to;) {
		if (P->l[k].blank) {
			k++;
			continue;
		}
		int item = button_line(&P->l[k]);
		size_t e = k + 1;
		while (e < to && !P->l[e].blank && !button_line(&P->l[e]))
			e++;
		if (item)
			counted_item(P, c, k, e);
		else
			post_text(P, c, k, e, P->l[k].indent > own);
		k = e;
	}
}

int itx_counted_posts(struct page *P, struct counted_posts **out)
{
	struct counted_posts *cp = NULL;
	*out = NULL;
	for (size_t i = 0; i < P->n; i++) {
		struct counted c = {0};
		if (!counted_header(P, i, &c))
			continue;
		if (!cp)
			cp = tt_xcalloc(1, sizeof *cp);
		if (cp->n == cp->cap)
			cp->v = tt_xrealloc(cp->v, (cp->cap = cp->cap * 2 + 16) * sizeof *cp->v);
		if (cp->n)
			cp->v[cp->n - 1].end = i;
		c.text = i + c.lines;
		cp->v[cp->n++] = c;
		i += c.lines - 1;
	}
	if (!cp || cp->n < 3) {
		if (cp)
			counted_free(cp);
		return 0;
	}
	/* the last comment's lines: up to its row of buttons and what follows
	 * it closely ("load more" lines), not the page's foot */
	struct counted *z = &cp->v[cp->n - 1];
	size_t e = z->text;
	while (e < P->n && !button_line(&P->l[e]))
		e++;
	while (e < P->n && button_line(&P->l[e]))
		e++;
	z->end = e;
	*out = cp;
	return 1;
}

size_t itx_counted_from(const struct counted_posts *cp)
{
	return cp->v[0].head;
}

/* A button's words: past its list mark and link numbers. */
static const char *button_words(const struct line *L, size_t *len)
{
	size_t a = past_refs(L->s, L->len, tt_textline_list_mark(L->s, L->len));
	*len = L->len - a;
	return L->s + a;
}

/* The last row of buttons in lines [from, to) (a list in the words comes
 * before it): its lines in [*b, *e). */
static int button_row(const struct page *P, size_t from, size_t to, size_t *b, size_t *e)
{
	size_t k = to;
	while (k > from && !button_line(&P->l[k - 1]))
		k--;
	if (k == from)
		return 0;
	*e = k;
	while (k > from && button_line(&P->l[k - 1]))
		k--;
	*b = k;
	return 1;
}

/* Whether the row [b, e) holds a button of the words w. */
static int row_has(const struct page *P, size_t b, size_t e, const char *w, size_t wl)
{
	for (size_t k = b; k < e; k++) {
		size_t l;
		const char *t = button_words(&P->l[k], &l);
		if (l == wl && !memcmp(t, w, wl))
			return 1;
	}
	return 0;
}

/* The button only answers show, the one leading to the comment answered
 * ("parent", "nadradený"): of the buttons some rows lack (two rows at
 * least hold it), the one whose rows are one longer than those without it
 * (nine rows in ten at least), in *w; 0 when none is so. Comments
 * without it answer none. */
static int parent_button(const struct page *P, const struct counted_posts *cp, const char **w,
                         size_t *wl)
{
	size_t rows = 0, most = 0;
	for (size_t p = 0; p < cp->n; p++) {
		size_t b, e;
		if (!button_row(P, cp->v[p].text, cp->v[p].end, &b, &e))
			continue;
		rows++;
		most = e - b > most ? e - b : most;
	}
	if (rows < 3 || most > 16) /* (a row of buttons is short) */
		return 0;
	for (size_t p = 0; p < cp->n; p++) {
		size_t b, e;
		if (!button_row(P, cp->v[p].text, cp->v[p].end, &b, &e) || e - b != most)
			continue;
		for (size_t k = b; k < e; k++) {
			size_t l, with = 0, fit = 0;
			const char *t = button_words(&P->l[k], &l);
			for (size_t q = 0; q < cp->n; q++) {
				size_t qb, qe;
				if (!button_row(P, cp->v[q].text, cp->v[q].end, &qb, &qe))
					continue;
				int has = row_has(P, qb, qe, t, l);
				with += has;
				fit += qe - qb == most - !has;
			}
			if (with < rows && with >= 2 && fit * 10 >= rows * 9) {
				*w = t, *wl = l;
				return 1;
			}
		}
		return 0; /* the first full row tells */
	}
	return 0;
}

/* The seconds a comment's shown age ("3 hours ago") says it is old at
 * least (its count of units), or with upper set at most (a unit more);
 * -1 when it shows no age in seconds, minutes, hours, days or weeks. */
static long counted_age(const struct counted *h, int upper)
{
	long count, secs;
	if (!h->when.posted || !tt_dates_age(h->when.posted, &count, &secs) || secs <= 0)
		return -1;
	return (count + upper) * secs;
}

/* The places still open under each comment of the stack, less n each. */
static void counted_take(long *left, size_t top, long n)
{
	for (size_t k = 0; k < top; k++)
		left[k] -= n;
}

void itx_read_counted_posts(struct page *P, struct counted_posts *cp)
{
	tt_comment **open = tt_xcalloc(cp->n + 1, sizeof *open);
	long *left = tt_xcalloc(cp->n + 1, sizeof *left), *young = tt_xcalloc(cp->n + 1, sizeof *young);
	size_t top = 0, pwl = 0;
	const char *pw = NULL;
	int parents = parent_button(P, cp, &pw, &pwl);
	for (size_t p = 0; p < cp->n; p++) {
		struct counted *h = &cp->v[p];
		const struct line *L = &P->l[h->head];
		size_t rb, re;
		/* a comment without the button to the one it answers answers
		 * none, whatever the counts above it still hold (they count
		 * answers deleted and not shown) */
		if (parents && button_row(P, h->text, h->end, &rb, &re) && !row_has(P, rb, re, pw, pwl))
			top = 0;
		while (top && left[top - 1] <= 0)
			top--;
		/* an answer is younger than what it answers: a comment older
		 * than the one open above it ("2 hours ago" under "40 minutes
		 * ago") is none of its answers, whose count held answers not
		 * shown */
		long old = counted_age(h, 0);
		while (top && old >= 0 && young[top - 1] >= 0 && young[top - 1] <= old) {
			counted_take(left, top - 1, left[top - 1]);
			top--;
			while (top && left[top - 1] <= 0)
				top--;
		}
		counted_take(left, top, 1);
		tt_comment *c = tt_thread_add_comment(P->t, top ? open[top - 1] : NULL);
		c->author = tt_thread_strdup(P->t, L->s + h->name, h->namelen);
		c->posted = h->when.posted;
		c->time = h->when.iso[0] ? tt_thread_strdup(P->t, h->when.iso, (size_t)-1) : NULL;
		c->line = L->no;
		c->col = L->indent + 1;
		for (size_t k = h->head; k < h->text; k++)
			P->role[k] = R_HEADER;
		size_t te = counted_text_end(P, h->text, h->end);
		counted_text(P, c, h->text, te);
		add_made(P, c);
		open[top] = c, young[top] = counted_age(h, 1), left[top++] = h->kids > 0 ? h->kids : 0;
		/* what follows its words: buttons, then "load more" and "continue"
		 * lines */
		int buttons = 0;
		for (size_t k = te; k < h->end; k++) {
			const struct line *T = &P->l[k];
			if (T->blank)
				continue;
			P->role[k] = R_LINKS;
			if (button_line(T)) {
				buttons = 1;
				continue;
			}
			size_t o;
			long more = closing_count(T->s, T->len, &o);
			while (top && left[top - 1] <= 0)
				top--;
			if (more >= 0)
				counted_take(left, top, more);
			else if (buttons && top)
				counted_take(left, top, left[top - 1]);
		}
	}
	free(open);
	free(left);
	free(young);
	P->shape = SH_COUNTED;
	counted_free(cp);
}

/* The post over the comments (old Reddit's, as the dumps show it): its
 * title, a paragraph closing with the linked site in brackets ("(theguardian.com)",
 * "(self.science)"), over a line holding its age ("submitted 3 hours ago
 * by NAME"), then a self post's words up to its row of buttons ("86
 * comments", "share"). That is the article, not the column of the
 * subreddit's rules the page sets before it. */
static int site_in_brackets(const struct line *L)
{
	if (L->blank || L->len < 5 || L->s[L->len - 1] != ')')
		return 0;
	size_t o = L->len - 1;
	while (o && L->s[o - 1] != '(' && L->s[o - 1] != ' ')
		o--;
	return o && L->s[o - 1] == '(' && L->len - 1 - o <= 40 && memchr(L->s + o, '.', L->len - 1 - o);
}

/* Whether line L, short, holds an age among its words. */
static int holds_age(struct page *P, const struct line *L)
{
	struct when w;
	return !L->blank && tt_textline_count_words(L->s, L->len) <= 16 &&
	       age_among(P, L->s, 0, L->len, &w);
}

void itx_counted_article(struct page *P, size_t cstart)
{
	size_t sub = cstart, floor = cstart > 200 ? cstart - 200 : 0;
	while (sub > floor && !(sub >= 3 && P->l[sub - 2].blank && site_in_brackets(&P->l[sub - 3]) &&
	                        holds_age(P, &P->l[sub - 1])))
		sub--;
	if (sub == floor)
		return;
	sub--; /* the line of its age */
	size_t top = sub - 2; /* the title's last line; its first after a blank */
	while (top > 0 && !P->l[top - 1].blank)
		top--;
	tt_buf b = {0};
	for (size_t i = top; i < sub - 1; i++) {
		if (b.len)
			tt_buf_addc(&b, ' ');
		add_without_refs(&b, &P->l[i]);
	}
	size_t cut = b.len; /* less the site in brackets */
	while (cut && b.data[cut - 1] != '(')
		cut--;
	while (cut > 1 && b.data[cut - 2] == ' ')
		cut--;
	for (size_t i = 0; i < cstart; i++)
		if (P->role[i] == R_ARTICLE || P->role[i] == R_TITLE)
			P->role[i] = R_NONE;
	tt_article *a = &P->t->article;
	a->title = tt_thread_strdup(P->t, b.data, cut ? cut - 1 : b.len);
	a->body.n = 0;
	a->author = NULL; /* (read from the column's words, if at all) */
	for (size_t i = top; i < sub; i++)
		P->role[i] = R_TITLE;
	/* a self post's words: the paragraphs up to its row of buttons */
	size_t e = sub + 1;
	while (e < cstart && !button_line(&P->l[e]))
		e++;
	for (size_t k = sub + 1; k < e;) {
		if (P->l[k].blank) {
			k++;
			continue;
		}
		size_t pe = k + 1;
		while (pe < e && !P->l[pe].blank)
			pe++;
		b.len = 0;
		for (size_t i = k; i < pe; i++) {
			if (b.len)
				tt_buf_addc(&b, ' ');
			add_without_refs(&b, &P->l[i]);
			P->role[i] = R_ARTICLE;
		}
		tt_strv_push(P->t, &a->body, tt_thread_strdup(P->t, b.data, b.len));
		k = pe;
	}
	tt_buf_free(&b);
}

