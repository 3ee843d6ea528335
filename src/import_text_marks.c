/* import_text_marks: furniture around comments in page text: chrome, forms, repeats, buttons. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

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
		if (!itx_line_is(&w, words))
			return 0;
		found++;
		i = j;
	}
	return found >= 2;
}

/* Links and counters under or around a comment. */
int itx_comment_chrome(const struct line *L0)
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
	if (itx_line_is(L, words))
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
	return itx_line_is(&rest, units);
}

/* Whether the bracket at s[open] can open a count closing a heading: after
 * a space ("Comments (12)"), or run into the heading's last word, as pages
 * write it too ("Comments(79)": a letter of any script, no digit or sign). */
int itx_count_opens(const char *s, size_t open)
{
	unsigned char c = open ? (unsigned char)s[open - 1] : 0;
	return c == ' ' || isalpha(c) || c >= 0x80;
}

/* "Comments" in the languages of the rounds, the heading's word alone on
 * its line (a count beside it, "74 Kommentare", is read by its shape in
 * itx_stated_count; a word alone has no other shape to be read by). The
 * one list of these words, as the date module keeps its month names in
 * one place: the plurals only (a singular is as often a button's word;
 * so are Chinese, Japanese and Korean's one word for both, "评论" under
 * each post, so only a phrase no button says, "网友评论"),
 * matched as the whole line, in ASCII any case, the rest as written
 * (capitalised, or all small as some pages set it). */
static const char *const comments_words_e[] = {
    "kommentare", "leserkommentare", "commentaires", "comentarios", "coment\xC3\xA1rios",
    "commenti", "reacties", "komentarze", "koment\xC3\xA1\xC5\x99" "e", "diskuse",
    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8", /* Комментарии */
    "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8", /* комментарии */
    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD1\x96", /* Коментарі */
    "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD1\x96", /* коментарі */
    "\xCE\xA3\xCF\x87\xCF\x8C\xCE\xBB\xCE\xB9\xCE\xB1", /* Σχόλια */
    "\xCF\x83\xCF\x87\xCF\x8C\xCE\xBB\xCE\xB9\xCE\xB1", /* σχόλια */
    "yorumlar",
    "\xE7\xBD\x91\xE5\x8F\x8B\xE8\xAF\x84\xE8\xAE\xBA", /* 网友评论 */
    "\xE7\xB6\xB2\xE5\x8F\x8B\xE8\xA9\x95\xE8\xAB\x96", /* 網友評論 */
    NULL};

/* A heading over the comment list: "11 Comments", "Comments", "3 thoughts on ...". */
int itx_comments_heading(const struct line *L)
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
	/* "Comments (12)", or the count run into the word ("Comments(79)") */
	if (n > 4 && s[n - 1] == ')') {
		size_t k = n - 1;
		while (k > 0 && isdigit((unsigned char)s[k - 1]))
			k--;
		if (k >= 2 && k < n - 1 && s[k - 1] == '(' && itx_count_opens(s, k - 1))
			n = k - 1 - (s[k - 2] == ' ');
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
	/* the table's words with no count only: a count's line is read by
	 * its shape, as before (itx_stated_count) */
	int counted = i || n < L->len - i;
	if (itx_line_is(&rest, words) || (!counted && itx_line_is(&rest, comments_words_e)))
		return 1;
	/* A short line whose last word is "comments" (some captures decorate
	 * it); its words counted last, where the word stands. */
	return n <= 40 && n >= 8 && !strncasecmp(s + n - 8, "comments", 8) &&
	       (n == 8 || s[n - 9] == ' ') && tt_textline_count_words(s, n) <= 4;
}

/* The reply form that follows (or precedes) the comments. */
int itx_reply_form(const struct line *L)
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
	 * think!" ending an article is a sentence of it, not the form (asked
	 * of the few lines opening so: the starts rule out most lines at their
	 * first byte). */
	if (L->len > 80)
		return 0;
	for (const char *const *p = starts; *p; p++)
		if (tt_textline_starts_with_ci(L->s, L->len, *p))
			return !tt_textline_ends_sentence(L->s, L->len) ||
			       tt_textline_count_words(L->s, L->len) <= 8;
	return 0;
}

/* read(L), kept in P->facts (two bits from `shift`) when L is one of the
 * page's lines and no line was edited yet: the header rules, the
 * footer-dated names' pass and the comments' pass ask each line whether it
 * is chrome or a form's heading, each again; an edited line (a bullet or
 * a link number cut) is read afresh, as any line is from then on. */
static int kept_fact(struct page *P, const struct line *L, unsigned shift,
                     int (*read)(const struct line *))
{
	uintptr_t at = (uintptr_t)L, first = (uintptr_t)P->l;
	if (P->lines_edited || at < first || at >= (uintptr_t)(P->l + P->n))
		return read(L);
	size_t i = (at - first) / sizeof *L;
	if (!P->facts)
		P->facts = tt_xcalloc(P->n + 1, 1);
	unsigned f = (unsigned)(P->facts[i] >> shift) & 3u;
	if (!f) {
		f = read(L) ? 3u : 1u;
		P->facts[i] = (unsigned char)(P->facts[i] | (f << shift));
	}
	return f == 3u;
}

int itx_chrome_at(struct page *P, const struct line *L)
{
	return kept_fact(P, L, 0, itx_comment_chrome);
}

int itx_form_at(struct page *P, const struct line *L)
{
	return kept_fact(P, L, 2, itx_reply_form);
}

/* A form's field as a text browser draws it: "[ ]", "Name * [______]". */
int itx_form_field(const struct line *L)
{
	const char *open = memchr(L->s, '[', L->len);
	if (!open)
		return 0;
	size_t i = (size_t)(open - L->s) + 1, sp = 0;
	while (i < L->len && (L->s[i] == ' ' || L->s[i] == '_'))
		i++, sp++;
	return i < L->len && L->s[i] == ']' && (sp >= 3 || (sp == 1 && open == L->s));
}

/* A form's field as a text browser draws it anywhere on the line, empty
 * or holding its value: w3m's bracket closing three blanks or more
 * ("Email Address[     ]", "Characters Used 0[0     ]Post Comment"), and
 * where underscores is set lynx's run of twelve underscores or more
 * ("Screen Name ______________", with more than underscores on the
 * line). */
int itx_drawn_field(const struct line *L, int underscores)
{
	const char *s = L->s, *e = s + L->len, *c;
	/* asked of most lines: memchr skips to the few brackets there are */
	for (c = memchr(s, ']', L->len); c; c = memchr(c + 1, ']', (size_t)(e - c - 1)))
		if (c - s >= 3 && strspn(c - 3, " _") >= 3 && memchr(s, '[', (size_t)(c - 3 - s)))
			return 1;
	/* lynx's field beside its label or value: a line of underscores alone
	 * is how it draws a rule (<hr>) as well as a text area's rows */
	for (c = underscores ? memchr(s, '_', L->len) : NULL; c;
	     c = memchr(c, '_', (size_t)(e - c))) {
		size_t run = strspn(c, "_");
		if (run >= 12)
			return strspn(s, "_ ") < L->len;
		c += run;
	}
	return 0;
}

/* A footer line: copyright, legal links. */
int itx_footer_line(const struct line *L)
{
	return tt_textline_contains_ci(L->s, L->len, "\xC2\xA9") ||
	       tt_textline_contains_ci(L->s, L->len, "copyright") ||
	       tt_textline_contains_ci(L->s, L->len, "all rights reserved") ||
	       tt_textline_contains_ci(L->s, L->len, "privacy policy") ||
	       tt_textline_contains_ci(L->s, L->len, "terms of service") ||
	       tt_textline_contains_ci(L->s, L->len, "terms of use");
}

/* The hash of a line's text less a text browser's link numbers ("[85]"),
 * which lynx numbers anew on every repetition. */
uint64_t itx_line_hash(const struct line *L, size_t *spaces)
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

/* The slot of key in an open-addressing table of cap (a power of two):
 * where it stands, or the empty slot it would take. */
static size_t count_slot(const uint64_t *keys, size_t cap, uint64_t key)
{
	size_t k = (size_t)key & (cap - 1);
	while (keys[k] && keys[k] != key)
		k = (k + 1) & (cap - 1);
	return k;
}

/* For every line with a key (of[i]; 0 for none), how many lines of the page
 * share that key, in n[i] (0 for none): one pass and an open-addressing
 * table, the count behind every "the page repeats this line" below. */
void itx_count_keys(const struct page *P, const uint64_t *of, unsigned *n)
{
	/* the table is sized by the keys, not the lines (most lines hold none
	 * in some callers), and each line's slot is looked up again rather
	 * than kept: the two were most of the importer's peak on long dumps */
	size_t nk = 0, cap = 64;
	for (size_t i = 0; i < P->n; i++)
		nk += of[i] != 0;
	while (cap < nk * 2)
		cap *= 2;
	uint64_t *keys = tt_xcalloc(cap, sizeof *keys);
	unsigned *counts = tt_xcalloc(cap, sizeof *counts);
	for (size_t i = 0; i < P->n; i++) {
		if (!of[i])
			continue;
		size_t k = count_slot(keys, cap, of[i]);
		keys[k] = of[i];
		counts[k]++;
	}
	for (size_t i = 0; i < P->n; i++)
		n[i] = of[i] ? counts[count_slot(keys, cap, of[i])] : 0;
	free(keys);
	free(counts);
}

/* Marks the lines of three words or more (two spaces) whose text (less link numbers)
 * the page holds three times or more: a button every comment repeats
 * ("Diesen Kommentar auf Twitter teilen?"). One pass and a table. */
void itx_mark_repeats(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	for (size_t i = 1; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t spaces;
		/* only what a name line can stand over is asked about */
		if (L->len < 8 || L->len > 200 || P->l[i - 1].blank || P->l[i - 1].len > 60)
			continue;
		uint64_t h = itx_line_hash(L, &spaces) | 1; /* 0 marks no key */
		of[i] = spaces < 2 ? 0 : h;                 /* three words at least */
	}
	itx_count_keys(P, of, n);
	P->repeated = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->repeated[i] = n[i] >= 3;
	free(of);
	free(n);
}

/* A word in capitals in brackets alone on its line: lynx's mark of a form
 * control with no label ("(BUTTON)"). */
int itx_lone_control(const struct line *L)
{
	if (L->blank || L->len < 3 || L->s[0] != '(' || L->s[L->len - 1] != ')')
		return 0;
	for (size_t k = 1; k + 1 < L->len; k++)
		if (!isupper((unsigned char)L->s[k]))
			return 0;
	return 1;
}

/* Marks the short lines (four words at most, 60 bytes at most) whose text,
 * less link numbers, the page holds three times or more: a comment's
 * buttons ("Zgłoś do moderacji", "Odpowiedz"). One pass and a table. */
void itx_mark_short_repeats(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	for (size_t i = 0; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t spaces;
		if (!L->blank && L->len <= 60 && tt_textline_count_words(L->s, L->len) <= 4)
			of[i] = itx_line_hash(L, &spaces) | 1; /* 0 marks no key */
	}
	itx_count_keys(P, of, n);
	P->short_repeats = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->short_repeats[i] = n[i] >= 3;
	free(of);
	free(n);
}

/* A number alone on its line, perhaps signed: a vote count. */
int itx_count_line(const struct line *L)
{
	size_t d = !L->blank && (L->s[0] == '+' || L->s[0] == '-');
	return !L->blank && L->len > d && L->len <= 8 + d &&
	       strspn(L->s + d, "0123456789") == L->len - d;
}

/* Whether a digit stands in line L outside lynx's link numbers ("[198]"). */
int itx_digit_past_refs(const struct line *L)
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

/* Whether line i stands between a score and a date, as a name under its
 * comment's score does ("- 2" over "Honda" over "16 января 2012 | 22:03"):
 * no button, though a reader who wrote thrice repeats it under other
 * lines. A button over the date stands under the name ("Link kopieren"). */
static int scored_name(struct page *P, size_t i)
{
	const struct line *S = &P->l[i - 1];
	size_t m = S->len > 2 && (S->s[0] == '+' || S->s[0] == '-') && S->s[1] == ' ' ? 2 : 0;
	if (S->blank || S->len - m > 6 || strspn(S->s + m, "0123456789") != S->len - m)
		return 0;
	struct when w = {0};
	return i + 1 < P->n && itx_date_line(P, &P->l[i + 1], &w);
}

/* Marks the lines of one to three words, no digit among them, that the
 * page holds three times or more, each right under a line of text, not
 * always the same one: a button under every name ("Link kopieren"),
 * shorter than itx_mark_repeats asks (2; 1 for any line found thrice). A name
 * under the same reply link each time ("Antworten" over "Dietmar", a reader
 * who wrote thrice) is none. */
void itx_mark_buttons(struct page *P)
{
	size_t spaces;
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of), *pair = tt_xcalloc(P->n + 1, sizeof *pair);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n), *same = tt_xcalloc(P->n + 1, sizeof *same);
	for (size_t i = 1; i < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->len >= 4 && L->len <= 40 && !P->l[i - 1].blank && !itx_digit_past_refs(L) &&
		    !tt_textline_ends_sentence(L->s, L->len) && !scored_name(P, i))
			of[i] = (itx_line_hash(L, &spaces) | 1) * (spaces <= 2);
		/* the line and the one over it: fewer of these than of the line
		 * alone, and the line stands under other lines too */
		if (of[i])
			pair[i] = ((of[i] * 0x9E3779B97F4A7C15ULL) ^
			           itx_line_hash(&P->l[i - 1], &spaces)) |
			          1;
	}
	itx_count_keys(P, of, n);
	itx_count_keys(P, pair, same);
	P->buttons = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++)
		P->buttons[i] = (unsigned char)((n[i] >= 3) | (n[i] >= 3 && same[i] < n[i]) << 1);
	free(of);
	free(pair);
	free(n);
	free(same);
}

/* A longer line the page repeats three times or more right under a short
 * one (itx_mark_repeats), no sentence: a badge some comments carry under
 * their header (Pikabu's "Автор поста оценил этот комментарий", the
 * post's author rated this comment), of five words and more than
 * itx_mark_short_repeats counts. */
static int badge_line(struct page *P, size_t k)
{
	if (!P->repeated)
		itx_mark_repeats(P);
	const struct line *L = &P->l[k];
	if (!P->repeated[k] || tt_textline_ends_sentence(L->s, L->len))
		return 0;
	/* a badge says the same words each time: a line holding a figure or a
	 * link ("Response to [215]NAME, 19 November 2011 2:10AM", quoted under
	 * three answers) names one comment */
	for (size_t j = 0; j < L->len; j++)
		if (isdigit((unsigned char)L->s[j]))
			return 0;
	return 1;
}

/* Where a comment's text starts after a header ending before line i: past
 * a run of three lines at most right under it, no blank line between, of
 * buttons the page repeats three times or more and avatars' alt text
 * alone ("Antworten" over "[1561c]", WordPress.com), one button at least,
 * when a blank line closes the run; else i. */
size_t itx_past_header_buttons(struct page *P, size_t i)
{
	if (i >= P->n || P->l[i].blank) /* the common case: no table of repeats asked */
		return i;
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	size_t k = i;
	int buttons = 0;
	for (; k < P->n && k < i + 3 && !P->l[k].blank; k++) {
		const struct line *L = &P->l[k];
		if ((P->short_repeats[k] || badge_line(P, k)) &&
		    tt_textline_has_letter(L->s, L->len) &&
		    !tt_textline_ends_with_any(L->s, L->len, ".!?:"))
			buttons = 1;
		else if (!itx_bracketed_word(L->s, L->len))
			return i;
	}
	return buttons && k < P->n && P->l[k].blank ? k : i;
}

/* How many lines of a block every comment repeats make it furniture, and
 * how many comments at least: a signature, or a comment quoted by two
 * answers, stays shorter or rarer than that. */
enum { REPEATED_BLOCK_LINES = 8, REPEATED_BLOCK_TIMES = 5 };

/* Whether counts a and b are alike: within a quarter of the larger. A text
 * browser draws the block of an answer narrower, so a line or two of it
 * breaks elsewhere there, and is counted once less. */
static int counts_alike(unsigned a, unsigned b)
{
	unsigned d = a > b ? a - b : b - a, m = a > b ? a : b;
	return d * 4 <= m;
}

/* The count most of the non-blank lines of [i, j) share (a majority vote,
 * one pass); how many lines have a count alike in *lines, and how many of
 * those end a sentence of four words or more in *sentences (none when
 * fewer than half hold four words, or fewer than half differ from the one
 * before): a block printed in every comment holds
 * each of its lines once a comment, where a name line or a button among
 * it comes a different number of times, and a help text, unlike a row of
 * buttons, a form or a rating widget, is prose. */
static unsigned block_count(const struct page *P, const unsigned *n, const uint64_t *of,
                            size_t i, size_t j, size_t *lines, size_t *sentences)
{
	unsigned best = 0;
	size_t votes = 0;
	for (size_t a = i; a < j; a++)
		if (!P->l[a].blank) {
			if (!votes)
				best = n[a];
			votes += n[a] == best ? 1 : (size_t)-1;
		}
	size_t wordy = 0, changes = 0;
	uint64_t last = 0;
	*lines = *sentences = 0;
	for (size_t a = i; a < j; a++)
		if (!P->l[a].blank && counts_alike(n[a], best)) {
			const struct line *L = &P->l[a];
			int words = tt_textline_count_words(L->s, L->len) >= 4;
			(*lines)++;
			wordy += words;
			*sentences += words && tt_textline_ends_with_any(L->s, L->len, ".!?:");
			changes += last && of[a] != last;
			last = of[a];
		}
	/* a form or a widget's buttons, not a text; or one line said over and
	 * over (a paragraph an article repeats), not a block */
	if (wordy * 2 < *lines || changes * 2 < *lines)
		*sentences = 0;
	return best;
}

/* Blanks the lines of [i, j) whose count is alike to c. */
static void blank_counted(struct page *P, const unsigned *n, size_t i, size_t j, unsigned c)
{
	for (; i < j; i++)
		if (!P->l[i].blank && counts_alike(n[i], c)) {
			P->l[i].len = 0;
			P->l[i].blank = 1;
		}
}

/* A block of text every comment prints (a status pop-up's help, "Как
 * поменять статус..." in each comment's header, drawn open by a text
 * browser): a run of eight lines or more, blank lines aside, each of which
 * the page holds about as often as the others and five times or more (its
 * text less link numbers, which lynx counts anew), two of them ending a
 * sentence, is the page's, not a comment's. Its lines are blanked before
 * anything reads the page, so that the name and date under it read as a
 * header, as they would in the page's HTML without the pop-up. */
void itx_drop_repeated_blocks(struct page *P)
{
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	for (size_t i = 0; i < P->n; i++) {
		const struct line *L = &P->l[i];
		size_t spaces;
		if (L->blank || L->len > 400)
			continue;
		/* most lines hold no link number: xxHash's XXH3 reads them whole, a
		 * fraction of the cost of the byte-wise hash that skips them */
		of[i] = (memchr(L->s, '[', L->len) ? itx_line_hash(L, &spaces)
		                                    : XXH3_64bits(L->s, L->len)) |
		        1; /* 0 marks no key */
	}
	itx_count_keys(P, of, n);
	for (size_t i = 0; i < P->n;) {
		if (n[i] < REPEATED_BLOCK_TIMES) {
			i++;
			continue;
		}
		size_t j = i, lines, sentences;
		while (j < P->n && (P->l[j].blank || n[j] >= 3))
			j++;
		unsigned c = block_count(P, n, of, i, j, &lines, &sentences);
		if (c >= REPEATED_BLOCK_TIMES && lines >= REPEATED_BLOCK_LINES && sentences >= 2)
			blank_counted(P, n, i, j, c);
		i = j;
	}
	free(of);
	free(n);
}
