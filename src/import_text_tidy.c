/* import_text_tidy: page text's comments tidied after the pass: repeated links, names, numbers. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

#include "threadtag/dates.h"
#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

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
 * the comments open with their titles (itx_titled_header), which may repeat
 * ("Fake Christians" answered under the same title). */
static const char *head_link(const struct page *P, const tt_comment *c)
{
	return P->titled == 2 ? NULL : link_para(c, 0);
}

void itx_drop_repeated_links(struct page *P)
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

/* The first line of c's first paragraph, a copy, where more text follows
 * it (a paragraph of its own lines, or more paragraphs); else NULL. Not
 * a line the browser wrapped onto the next (the next line's first word
 * would not have fitted on it): that is the start of someone's paragraph
 * (the same forum post's excerpt that three answers open with), no
 * notice of one line. */
static char *first_line_b(const struct page *P, const tt_comment *c)
{
	if (!c->body.n)
		return NULL;
	const char *p = c->body.v[0], *nl = strchr(p, '\n');
	if (!nl && c->body.n < 2)
		return NULL;
	size_t len = nl ? (size_t)(nl - p) : strlen(p);
	if (nl) {
		const char *q = nl + 1 + strspn(nl + 1, " ");
		struct line U = {.s = p, .len = len}, N = {.s = q, .len = strcspn(q, "\n")};
		if (N.len && itx_text_soft_break(P, &U, &N))
			return NULL;
	}
	/* where the page's wrap width is known the wrapped lines are joined
	 * already: a line wider than it is such a paragraph */
	if (P->wrap && itx_columns(p, len) > P->wrap)
		return NULL;
	return tt_xstrndup(p, len);
}

/* The head (head_of's copy) that most comments' text opens with,
 * count_min times at least and half of them or more, of words_min words
 * or more, is the site's: drop takes it from each comment it opens. */
typedef char *head_fn_b(const struct page *P, const tt_comment *c);

static void drop_common_heads(struct page *P, head_fn_b *head_of, void (*drop)(tt_comment *),
                              size_t count_min, size_t words_min)
{
	char **heads = tt_xmalloc((P->nall + 1) * sizeof *heads);
	const char **v = tt_xmalloc((P->nall + 1) * sizeof *v);
	size_t n = 0, count;
	for (size_t i = 0; i < P->nall; i++)
		if ((heads[i] = head_of(P, P->all[i])) != NULL)
			v[n++] = heads[i];
	const char *best = most_common(v, n, &count);
	if (count >= count_min && count * 2 >= P->nall &&
	    tt_textline_count_words(best, strlen(best)) >= words_min)
		for (size_t i = 0; i < P->nall; i++)
			if (heads[i] && !strcmp(heads[i], best))
				drop(P->all[i]);
	for (size_t i = 0; i < P->nall; i++)
		free(heads[i]);
	free(heads);
	free(v);
}

/* The first paragraph gone, where more follows. */
static void drop_first_paragraph(tt_comment *c)
{
	if (c->body.n >= 2)
		memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
}

/* The first line gone (numbered_head found one more after it). */
static void drop_first_line(tt_comment *c)
{
	c->body.v[0] = strchr(c->body.v[0], '\n') + 1;
}

/* The length of comment c's first line when it could be the thread's
 * title: three words or more, 100 bytes at most, no sentence's end, no
 * reply's mark before it ("Re: SUBJECT", "Odp:", "AW:": a message's own
 * subject, its first paragraph), more text after it; else 0. */
static size_t title_line(const tt_comment *c)
{
	const char *s = c->body.n ? c->body.v[0] : NULL;
	size_t l = s ? strcspn(s, "\n") : 0, w = s ? strcspn(s, " ") : 0;
	if (!l || l > 100 || tt_textline_count_words(s, l) < 3 || tt_textline_ends_sentence(s, l) ||
	    (!s[l] && c->body.n < 2) || (w >= 2 && w <= 4 && s[w - 1] == ':') ||
	    tt_textline_list_mark(s, l))
		return 0; /* (nor a list's item: a member card's "• Jr. Member") */
	return l;
}

/* Whether a line over the first comment's header is s (l bytes) alone,
 * a link's number aside: the thread's heading, which the line repeats. */
static int heading_over(const struct page *P, const char *s, size_t l)
{
	unsigned first = P->nall ? P->all[0]->line : 0;
	for (size_t i = 0; i < P->n && P->l[i].no < first; i++) {
		const struct line *L = &P->l[i];
		size_t r = L->blank ? 0 : tt_textline_link_ref(L->s, L->len);
		if (!L->blank && L->len - r == l && !memcmp(L->s + r, s, l))
			return 1;
	}
	return 0;
}

/* Most comments (three at least, two thirds or more) opening with the same
 * line that could be a title, the thread's heading over them, over their words in the same
 * paragraph or the next (AMSEL's rows, the thread's title over every message, in lynx's dump): the
 * page's template, no words of them; the line alone goes from each comment, before a notice's
 * paragraph would go whole (itx_drop_notice_heads) with the words under it. */
void itx_drop_repeated_titles(struct page *P)
{
	const tt_comment *first = NULL;
	size_t fl = 0, same = 0;
	for (size_t i = 0; i < P->nall; i++) {
		size_t l = title_line(P->all[i]);
		if (!l)
			continue;
		if (!first)
			first = P->all[i], fl = l;
		same += l == fl && !memcmp(P->all[i]->body.v[0], first->body.v[0], l);
	}
	if (same < 3 || same * 3 < P->nall * 2 || !heading_over(P, first->body.v[0], fl))
		return;
	char *title = tt_xstrndup(first->body.v[0], fl);
	for (size_t i = 0; i < P->nall; i++) {
		tt_comment *c = P->all[i];
		if (title_line(c) != fl || memcmp(c->body.v[0], title, fl) != 0)
			continue;
		if (c->body.v[0][fl])
			c->body.v[0] += fl + 1;
		else
			memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
	}
	free(title);
}

/* The same line of three words or more opening most comments' text (three
 * at least, half or more: CareerCup's "Comment hidden because of low
 * score. Click to expand." over the comment's score, "0", "of 0 votes",
 * each answer's before its text, the site's script choosing which shows)
 * is the site's notice: the paragraph it opens goes where more text
 * follows. */
void itx_drop_notice_heads(struct page *P)
{
	drop_common_heads(P, first_line_b, drop_first_paragraph, 3, 3);
}

/* The first line of c's text when it is a numbered link alone ("[35]Antworten"
 * over the text, no blank line between, as lynx writes a reply link over
 * it): a copy of the link's words, else NULL. */
static char *numbered_head(const struct page *P, const tt_comment *c)
{
	(void)P;
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
 * the site's reply link as itx_drop_repeated_links finds it: it is dropped. */
void itx_drop_numbered_heads(struct page *P)
{
	drop_common_heads(P, numbered_head, drop_first_line, 2, 0);
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

/* One short lowercase word opening every author, with a name after it
 * that is not the same in all ("by tiredofitall | DATE", "by henry
 * gondorf | DATE"; "von NAME", "par NAME"): the header's joining word,
 * which every comment repeats, not part of the names, whatever its
 * language. template_words wants two words for a head (one capitalised
 * word, "Herr", may be the name's); a lowercase one alone is no name's
 * start on every comment of a page. Its length with the space, or 0. */
static size_t lower_head_word(tt_comment **all, size_t n)
{
	const char *a = all[0]->author;
	size_t wl = a ? strcspn(a, " ") : 0;
	if (!wl || wl > 4 || !a[wl])
		return 0;
	for (size_t k = 0; k < wl; k++)
		if (!islower((unsigned char)a[k]))
			return 0;
	int differ = 0;
	for (size_t i = 0; i < n; i++) {
		const char *b = all[i]->author;
		if (!b || strncmp(b, a, wl + 1) || !b[wl + 1])
			return 0;
		differ |= strcmp(b, a) != 0;
	}
	return differ ? wl + 1 : 0;
}

/* Authors that share a lowercase word before the name (lower_head_word)
 * lose it, and lynx's number of the name's link after it. */
static void strip_lower_head(struct page *P)
{
	size_t wl = lower_head_word(P->all, P->nall);
	for (size_t i = 0; wl && i < P->nall; i++) {
		tt_comment *c = P->all[i];
		size_t l = strlen(c->author + wl);
		c->author += wl + tt_textline_link_ref(c->author + wl, l);
	}
}

/* Authors that share a header's words before or after the name lose them. */
void itx_strip_template(struct page *P)
{
	if (P->nall < 3)
		return;
	strip_lower_head(P);
	size_t wl = P->label_named ? 0 : lone_head_word(P->all, P->nall);
	for (size_t i = 0; wl && i < P->nall; i++) {
		tt_comment *c = P->all[i];
		c->author = c->author[wl] ? c->author + wl + 1 : NULL;
	}
	char *head = template_words(P->all, P->nall, 0), *tail = template_words(P->all, P->nall, 1);
	size_t hl = head ? strlen(head) : 0, tl = tail ? strlen(tail) : 0;
	for (size_t i = 0; i < P->nall; i++) {
		tt_comment *c = P->all[i];
		size_t l = c->author ? strlen(c->author) : 0;
		if (hl && l > hl && !memcmp(c->author, head, hl)) {
			c->author += hl, l -= hl;
			/* lynx's number of the name's link ("by [20]NAME") */
			size_t ref = tt_textline_link_ref(c->author, l);
			if (ref < l)
				c->author += ref, l -= ref;
		}
		if (tl && l > tl && !memcmp(c->author + l - tl, tail, tl))
			c->author = tt_thread_strdup(P->t, c->author, l - tl);
	}
	free(head);
	free(tail);
}

/* The length of lynx's link number opening comment c's first paragraph
 * ("[75]Firsthand experience"), a line of its own over more text, or 0. */
static size_t title_ref(const tt_comment *c)
{
	const char *s = c->body.n >= 2 && !strchr(c->body.v[0], '\n') ? c->body.v[0] : NULL;
	size_t l = s ? strlen(s) : 0, ref = l ? tt_textline_link_ref(s, l) : 0;
	return ref && ref < l && s[ref] != ' ' ? ref : 0;
}

/* Most comments (three at least, half or more) opening their text with a
 * link's number: each one's title, a link to the comment, drawn under its
 * header (The Chronicle Herald's "[75]Firsthand experience ..." under "by
 * NAME | DATE" in lynx's dump). What every comment repeats is the page's
 * template; the number is the browser's, not the writer's, and goes. */
void itx_drop_title_refs(struct page *P)
{
	size_t n = 0;
	for (size_t i = 0; i < P->nall; i++)
		n += title_ref(P->all[i]) != 0;
	if (n < 3 || n * 2 < P->nall)
		return;
	for (size_t i = 0; i < P->nall; i++) {
		size_t ref = title_ref(P->all[i]);
		if (ref)
			P->all[i]->body.v[0] += ref;
	}
}

/* Whether the byte before at (s its string's start) ends a Latin letter:
 * ASCII, or Latin-1 to Latin Extended-B (U+00C0..U+024F, lead bytes C3..C9). */
static int latin_before(const char *s, const char *at)
{
	unsigned char a = at > s ? (unsigned char)at[-1] : 0;
	if (isalpha(a))
		return 1;
	unsigned char b = at - s >= 2 ? (unsigned char)at[-2] : 0;
	return a >= 0x80 && a < 0xC0 && b >= 0xC3 && b <= 0xC9;
}

/* Whether a Latin letter opens at. */
static int latin_at(const char *at)
{
	unsigned char a = (unsigned char)at[0], b = (unsigned char)at[1];
	return isalpha(a) || (a >= 0xC3 && a <= 0xC9 && b >= 0x80 && b < 0xC0);
}

/* s with each modifier letter apostrophe (U+02BC) between two Latin
 * letters made "'", or s itself when it holds none. */
static const char *plain_apostrophes(tt_thread *t, const char *s)
{
	const char *p = strstr(s, "\xCA\xBC");
	if (!p)
		return s;
	tt_buf b = {0};
	const char *from = s;
	for (; p; p = strstr(p + 2, "\xCA\xBC")) {
		if (!latin_before(s, p) || !latin_at(p + 2))
			continue;
		tt_buf_add(&b, from, (size_t)(p - from));
		tt_buf_addc(&b, '\'');
		from = p + 2;
	}
	if (from == s)
		return s;
	tt_buf_adds(&b, from);
	const char *r = tt_thread_strdup(t, b.data, b.len);
	free(b.data);
	return r;
}

/* lynx writes a page's ASCII apostrophe given as a reference ("&apos;",
 * "&#39;") as U+02BC, where the page, its HTML and w3m's dump hold "'":
 * "Iʼm" is "I'm". Only in lynx's dumps (its list of "References" read), and
 * only between two Latin letters: in Ukrainian or a transliteration the
 * letter is the writer's own ("мʼясо"), and stays. */
void itx_lynx_apostrophes(struct page *P)
{
	if (!itx_lynx_refs(P))
		return;
	for (size_t i = 0; i < P->nall; i++) {
		tt_comment *c = P->all[i];
		for (unsigned k = 0; k < c->body.n; k++)
			c->body.v[k] = plain_apostrophes(P->t, c->body.v[k]);
		if (c->author)
			c->author = plain_apostrophes(P->t, c->author);
	}
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
void itx_drop_count_names(struct page *P)
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
 * their lines as the HTML importer writes one; not where more than two in
 * three comments are set apart so (Pikabu's w3m dump: two blank lines under
 * every header, a quotation is no comment's habit). */
/* Whether comment c's header is of the page's first shape (SH_BASE), or
 * of no shape the index knows: not an answer drawn in a shape of its own
 * (one line under comments dated under their text). */
static int page_shaped(const struct page *P, const tt_comment *c)
{
	size_t lo = 0, hi = P->n;
	while (lo < hi) { /* the line numbered c->line: lines come in order */
		size_t mid = lo + (hi - lo) / 2;
		if (P->l[mid].no < c->line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return !P->hshape || lo >= P->n || P->l[lo].no != c->line || !P->hshape[lo] ||
	       (P->hshape[lo] & SH_BASE) == (P->shape & SH_BASE);
}

/* The paragraphs from line i on indented past col, the column of the
 * comment's header, where its own words stand (a quotation w3m indents
 * past them, Lemmy's). */
static size_t indented_paras(const struct page *P, size_t i, unsigned col)
{
	size_t paras = 0;
	for (size_t k = i; k < P->n && (P->l[k].blank || P->role[k] == R_COMMENT); k++) {
		if (P->l[k].blank)
			continue;
		if (P->l[k].indent <= col)
			break;
		if (k == i || P->l[k - 1].blank)
			paras++;
	}
	return paras;
}

void itx_mark_spaced_quotes(struct page *P)
{
	/* under most headers the text comes right under them, or one blank
	 * line under (Lemmy's): a quotation one more blank line down */
	size_t none = 0, one = 0, at_col = 0, apart = 0, first;
	for (size_t k = 0; k < P->nall; k++) {
		const tt_comment *c = P->all[k];
		if (!page_shaped(P, c))
			continue;
		size_t b = lead_blanks(P, c, &first);
		none += first < P->n && b == 0;
		one += first < P->n && b == 1;
		at_col += first < P->n && b == 1 && c->col && P->l[first].indent == c->col - 1;
		apart += first < P->n && b >= 2;
	}
	size_t close = none >= one ? none : one;
	/* (one blank line under: the words at their header's column, so that
	 * a quotation is told by standing right of it) */
	if (!close || !apart || apart > 2 * close || (none < one && at_col * 2 <= one))
		return;
	tt_buf q = {0};
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (lead_blanks(P, c, &first) < 2 || first >= P->n || !c->body.n ||
		    strncmp(c->body.v[0], P->l[first].s, P->l[first].len))
			continue;
		/* (one blank line under most headers: the quotation is told by
		 * its indentation too, past the words after it) */
		size_t n = none >= one ? quote_paras(P, first)
		                       : indented_paras(P, first, c->col ? c->col - 1 : 0);
		/* (a comment all of whose words quote: Lemmy's "!spoiler!<") */
		for (size_t p = 0; p < n && (p + 1 < c->body.n || none < one); p++) {
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
void itx_names_under_dates(struct page *P)
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
 * in name a, or NULL; the count may be signed and a space apart ("+39 #1
 * NAME"). */
static const char *number_in_name(const char *a)
{
	a += (*a == '+' || *a == '-') && isdigit((unsigned char)a[1]);
	a += strspn(a, "0123456789");
	a += *a == ' ';
	a += tt_textline_link_ref(a, strlen(a));
	return *a == '#' && isdigit((unsigned char)a[1]) ? a + 1 : NULL;
}

/* Whether the name after a comment's number starts at s: a letter, of any
 * alphabet, perhaps a space after the number. */
static const char *name_after_number(const char *s)
{
	s += *s == ' ';
	return isalpha((unsigned char)*s) || (unsigned char)*s >= 0xC0 ? s : NULL;
}

/* A vote count and the comment's number run into the name ("0#2Ellen
 * Park", JComments; "+39 #1 NAME" as w3m draws it): when every name so
 * begins with numbers that rise (a comment the page hid may leave a gap),
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
		const char *name = n < 0 ? NULL : name_after_number(end);
		if (!name || (k && n <= last)) {
			free(cut);
			cut = NULL;
		} else {
			cut[k] = (size_t)(name - a);
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

/* Whether the first line of comment c's text (its length in *len) names
 * c's author and, but for the name, is the line ref opens with (ref NULL:
 * any); *at is where the name stands in it. */
static int names_own_author(const tt_comment *c, const char *ref, size_t rlen, size_t rat,
                            size_t ref_name, size_t *len, size_t *at)
{
	if (!c->body.n || !c->author || !*c->author)
		return 0;
	const char *s = c->body.v[0], *nl = strchr(s, '\n');
	*len = nl ? (size_t)(nl - s) : strlen(s);
	size_t an = strlen(c->author);
	const char *a = memmem(s, *len, c->author, an);
	if (!a)
		return 0;
	*at = (size_t)(a - s);
	if (!ref)
		return 1;
	/* the same words before and after the name */
	return *at == rat && *len - an == rlen - ref_name && !memcmp(s, ref, rat) &&
	       !memcmp(a + an, ref + rat + ref_name, *len - an - rat);
}

/* The line every comment's text opens with, the same words around each
 * comment's own author ("Replied by NAME on topic TITLE", Kunena): the
 * header's, no text. Two comments or more, a line of four words or more
 * that is not all of a comment's text. */
static void line_naming_author(struct page *P)
{
	size_t len, at, rlen, rat;
	if (P->nall < 2 || !names_own_author(P->all[0], NULL, 0, 0, 0, &rlen, &rat) ||
	    tt_textline_count_words(P->all[0]->body.v[0], rlen) < 4)
		return;
	const char *ref = P->all[0]->body.v[0];
	size_t ref_name = strlen(P->all[0]->author);
	for (size_t k = 0; k < P->nall; k++) {
		const tt_comment *c = P->all[k];
		if (!names_own_author(c, ref, rlen, rat, ref_name, &len, &at) ||
		    (!c->body.v[0][len] && c->body.n < 2))
			return;
	}
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *nl = strchr(c->body.v[0], '\n');
		if (nl)
			c->body.v[0] = nl + 1;
		else
			memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
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

/* The number of the list item comment c's header line opens or hangs
 * under: the outermost of the numbers over it, each alone on its line
 * (w3m's " 2." over "     1." over the header), or the header's own ("1.
 * NAME DATE" under " 2.": lynx); -1 when it is no item's. */
static long item_number_b(const struct page *P, const tt_comment *c)
{
	size_t i = c->line ? c->line - 1 : P->n;
	if (i >= P->n || P->l[i].no != c->line)
		return -1;
	long n = itx_numbered(&P->l[i]) ? strtol(P->l[i].s, NULL, 10) : -1;
	for (size_t k = i, up = 0; k-- > 0 && up < 3; up++) {
		const struct line *U = &P->l[k];
		if (U->blank || U->indent > P->l[i].indent || !isdigit((unsigned char)U->s[0]) ||
		    !itx_bare_mark(U))
			break;
		n = strtol(U->s, NULL, 10);
	}
	return n;
}

/* Whether every comment after the first (three at least) is an item of a
 * numbered list, 1, 2, ... in order, and the first one no item (Twitter's
 * replies, listed under the post they answer). */
static int items_after_first_b(const struct page *P)
{
	if (P->nall < 3 || item_number_b(P, P->all[0]) >= 0)
		return 0;
	for (size_t k = 1; k < P->nall; k++)
		if (item_number_b(P, P->all[k]) != (long)k)
			return 0;
	return 1;
}

/* A forum's opening post, unnumbered over posts numbered from 1 (Kaskus),
 * or over posts listed as a numbered list's items (Twitter's replies under
 * the post they answer, each drawn as an item: its replies): the topic, no
 * comment. Its paragraphs go to the article, its lines are the article's;
 * its replies are the page's comments. */
static void topic_over_numbers(struct page *P)
{
	int items = 0;
	if (!numbered_after_first(P) && !(items = items_after_first_b(P)))
		return;
	tt_comment *c = P->all[0];
	if (c->parent || (c->first_child && !items) || P->t->first != c)
		return;
	for (tt_comment *r = c->first_child, *next; r; r = next) {
		next = r->next_sibling;
		tt_thread_move_comment(P->t, r, NULL, NULL);
	}
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

/* The number a comment's first paragraph is alone ("12"), or -1. */
static long bare_number(const tt_comment *c)
{
	const char *s = c->body.n ? c->body.v[0] : "";
	size_t n = strspn(s, "0123456789");
	return n && n <= 6 && !s[n] ? atol(s) : -1;
}

/* Each comment's number alone on the line under its header (Smitten
 * Kitchen's "• Rena   May 26, 2016" over "4"), read as the text's first
 * paragraph: when three comments or more and half of them at least so
 * open, the numbers rising, they are the header's, no text. */
static void counts_under_headers(struct page *P)
{
	long last = 0, n;
	size_t seen = 0;
	for (size_t k = 0; k < P->nall; k++) {
		if ((n = bare_number(P->all[k])) < 0)
			continue;
		if (n <= last)
			return;
		last = n;
		seen++;
	}
	if (seen < 3 || seen * 2 < P->nall)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (bare_number(c) >= 0 && c->body.n > 1)
			memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
	}
}

/* Comments read from the rows of a table (itx_table_row) with no text of
 * their own: each row's title is its text. A title "Re: TITLE" (or
 * "RE:TITLE") answers the latest comment before it whose title is TITLE,
 * no further back than 1,000 rows, where three rows or more so answer and
 * none is nested yet: a reply to it, its last ("Re: Re: TITLE" answers
 * "Re: TITLE"). */
static void row_titles(struct page *P)
{
	size_t i = 0, rows = 0, answers = 0;
	const char **title = tt_xcalloc(P->nall + 1, sizeof *title);
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		while (i < P->n && P->l[i].no < c->line)
			i++;
		const char *t, *at;
		size_t nl, tl;
		struct when w = {0};
		if (c->parent || i >= P->n || c->body.n ||
		    !itx_table_row(P, &P->l[i], &at, &nl, &t, &tl, &w))
			continue;
		title[k] = tt_thread_strdup(P->t, t, tl);
		tt_strv_push(P->t, &c->body, title[k]);
		rows++;
		answers += !strncasecmp(title[k], "re:", 3);
	}
	tt_comment *prev = NULL;
	for (size_t k = 0; rows >= 3 && answers >= 3 && k < P->nall; k++) {
		const char *t = title[k];
		tt_comment *to = NULL;
		if (t && !strncasecmp(t, "re:", 3))
			for (size_t j = k, tl = strlen(t += 3 + strspn(t + 3, " "));
			     j-- > 0 && k - j <= 1000 && !to;)
				if (title[j] && !strncmp(title[j], t, tl) && !title[j][tl])
					to = P->all[j];
		if (to)
			tt_thread_move_comment(P->t, P->all[k], prev, to);
		else
			prev = P->all[k];
	}
	free(title);
}

/* The next word of five bytes or more (letters, digits, any byte of a
 * multibyte character) from *s on, its start in *w; its length, 0 at the
 * end. */
static size_t long_word_w3m(const char **s, const char **w)
{
	for (;;) {
		const unsigned char *p = (const unsigned char *)*s;
		while (*p && !isalnum(*p) && *p < 0x80)
			p++;
		const unsigned char *e = p;
		while (*e && (isalnum(*e) || *e >= 0x80))
			e++;
		*s = (const char *)e;
		if (e == p)
			return 0;
		if (e - p >= 5) {
			*w = (const char *)p;
			return (size_t)(e - p);
		}
	}
}

/* Word w (l bytes) hashed, ASCII letters in any case. */
static uint64_t word_hash_w3m(const char *w, size_t l)
{
	char low[64];
	l = l < sizeof low ? l : sizeof low;
	for (size_t i = 0; i < l; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	return XXH3_64bits(low, l) | 1; /* 0 marks an empty slot */
}

static int cmp_hash_w3m(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Forgets the words read of the page's comments, and their counts: a
 * pass that asks reads the comments as they stand. */
static void forget_words_w3m(struct page *P)
{
	free(P->wcache), P->wcache = NULL, P->nwcache = 0;
	free(P->wpool), P->wpool = NULL, P->nwpool = P->capwpool = 0;
	free(P->wdf), P->wdf = NULL, P->nwdf = P->capwdf = 0;
}

/* The distinct long words of comment k's text, read in its first 4,000
 * bytes, 64 at most, hashed and sorted, in *h; how many. Read once a
 * comment, kept in the page's pool (the answers of a long page ask for
 * the same comments again and again): no more words than the text holds. */
static size_t comment_words_w3m(struct page *P, size_t k, const uint64_t **h)
{
	if (P->nwcache != P->nall) { /* comments made since: read afresh */
		forget_words_w3m(P);
		P->wcache = tt_xcalloc(P->nall ? P->nall : 1, sizeof *P->wcache);
		P->nwcache = P->nall;
	}
	struct itx_words *c = &P->wcache[k];
	if (!c->read) {
		uint64_t v[64];
		size_t n = 0, left = 4000, l;
		const char *w;
		const tt_comment *t = P->all[k];
		for (size_t i = 0; i < t->body.n && n < 64 && left; i++) {
			const char *s = t->body.v[i], *from = s;
			while (n < 64 && (size_t)(s - from) < left && (l = long_word_w3m(&s, &w)) != 0) {
				uint64_t x = word_hash_w3m(w, l);
				size_t d = 0;
				while (d < n && v[d] != x)
					d++;
				if (d == n)
					v[n++] = x;
			}
			left -= (size_t)(s - from) < left ? (size_t)(s - from) : left;
		}
		qsort(v, n, sizeof *v, cmp_hash_w3m);
		if (!P->wpool || P->nwpool + n > P->capwpool) { /* never NULL: h points in */
			P->capwpool = 2 * (P->nwpool + n) + 256;
			P->wpool = tt_xrealloc(P->wpool, P->capwpool * sizeof *P->wpool);
		}
		memcpy(P->wpool + P->nwpool, v, n * sizeof *v);
		c->off = P->nwpool, c->n = (unsigned char)n, c->read = 1;
		P->nwpool += n;
	}
	*h = P->wpool + c->off;
	return c->n;
}

struct itx_word_count {
	uint64_t h;
	size_t comments;
};

/* The slot of word hash x in the page's table (open addressing). */
static struct itx_word_count *word_slot_w3m(const struct page *P, uint64_t x)
{
	size_t i = (size_t)x & (P->capwdf - 1);
	while (P->wdf[i].h && P->wdf[i].h != x)
		i = (i + 1) & (P->capwdf - 1);
	return &P->wdf[i];
}

/* Adds word hash x, held by one more comment, to the table, growing it
 * past half full. */
static void count_word_w3m(struct page *P, uint64_t x)
{
	if (2 * (P->nwdf + 1) > P->capwdf) {
		struct itx_word_count *old = P->wdf;
		size_t cap = P->capwdf;
		P->capwdf = cap ? 2 * cap : 1024;
		P->wdf = tt_xcalloc(P->capwdf, sizeof *P->wdf);
		for (size_t i = 0; i < cap; i++)
			if (old[i].h)
				*word_slot_w3m(P, old[i].h) = old[i];
		free(old);
	}
	struct itx_word_count *w = word_slot_w3m(P, x);
	if (!w->h)
		w->h = x, P->nwdf++;
	w->comments++;
}

/* How many comments hold each long word: counted once a page. */
static void word_counts_w3m(struct page *P)
{
	if (P->wdf)
		return;
	P->capwdf = 1024;
	P->wdf = tt_xcalloc(P->capwdf, sizeof *P->wdf);
	for (size_t k = 0; k < P->nall; k++) {
		const uint64_t *h;
		for (size_t i = 0, n = comment_words_w3m(P, k, &h); i < n; i++)
			count_word_w3m(P, h[i]);
	}
}

/* How many of the long words of comment a's text that five comments at
 * most hold (rare on the page: no word of every thread) also stand in
 * comment b's text (a and b the comments' places in the page's list). */
static size_t shared_words_w3m(struct page *P, size_t a, size_t b)
{
	word_counts_w3m(P);
	const uint64_t *x, *y;
	size_t nx = comment_words_w3m(P, a, &x), ny = comment_words_w3m(P, b, &y), shared = 0;
	for (size_t i = 0, j = 0; i < nx && j < ny;) /* both sorted */
		if (x[i] < y[j])
			i++;
		else if (x[i] > y[j])
			j++;
		else
			shared += word_slot_w3m(P, x[i])->comments <= 5, i++, j++;
	return shared;
}

/* Of the comments cand[0..n) by the author answer k names (places in the
 * page's list, the latest first), the one whose text shares more rare
 * words with k's than the latest does, the most (the answer takes up the
 * words it answers: w3m's dump keeps no link to the comment), the latest
 * of equals; NULL if none. */
static tt_comment *closest_by_words_w3m(struct page *P, size_t k, const size_t *cand, size_t n)
{
	tt_comment *best = NULL;
	size_t most = n ? shared_words_w3m(P, k, cand[0]) : 0;
	for (size_t i = 1; i < n; i++) {
		size_t s = shared_words_w3m(P, k, cand[i]);
		if (s > most)
			most = s, best = P->all[cand[i]];
	}
	return best;
}

/* The comment answer k answers among cand[0..n), the comments by the
 * name it answers (places in the page's list, the latest first), where no
 * link says (w3m): found (quoted, or the latest turn of an exchange with
 * k's author), else the latest where it stands just above k (two comments
 * back at most: a reply to what was just said), else the one sharing more
 * rare words with k than the latest, else the latest; NULL if none. */
static tt_comment *answer_among_w3m(struct page *P, size_t k, tt_comment *found, const size_t *cand,
                                    size_t n)
{
	if (found || !n)
		return found;
	if (k - cand[0] <= 2)
		return P->all[cand[0]];
	tt_comment *close = closest_by_words_w3m(P, k, cand, n);
	return close ? close : P->all[cand[0]];
}

/* Whether comment c answers a comment by the author me (ml bytes): a
 * turn of an exchange between the two. */
static int answers_author_w3m(const tt_comment *c, const char *me, size_t ml)
{
	const char *a = c->parent ? c->parent->author : NULL;
	return a && ml && strlen(a) == ml && !memcmp(a, me, ml);
}

/* Whether comment c's text holds the quotation q ("> WORDS"). */
static int holds_quote(const tt_comment *c, const char *q)
{
	for (size_t i = 0; i < c->body.n; i++)
		if (strstr(c->body.v[i], q + 2))
			return 1;
	return 0;
}

/* lynx's dump: the comment that the link opening comment k's text
 * ("[102]@Old School:") points to, where another comment's lines link the
 * same address (its "Reply", "[79]Reply"); NULL if none. */
static tt_comment *linked_at_answer(struct page *P, size_t k)
{
	size_t end = k + 1 < P->nall ? P->all[k + 1]->line - 1 : P->n;
	if (k + 1 >= P->nall) /* itx_linked_comment reads the next comment's line */
		return NULL;
	/* the text's first line, under the header's lines (a name, a date) */
	for (size_t i = P->all[k]->line, n = 0; i < end && n < 4; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		n++;
		size_t r = tt_textline_link_ref(L->s, L->len);
		if (r && r < L->len && L->s[r] == '@')
			return itx_linked_comment(P, P->all, k, i, r);
	}
	return NULL;
}

/* A comment's hash (its author's, or its author's and time's) with its
 * place in the page's list: sorted by hash, then place, the comments that
 * may share an author (or repeat one another) stand together, the
 * earliest first. */
struct itx_repeat_key {
	uint64_t h;
	size_t k;
};

static int cmp_repeat_key(const void *a, const void *b)
{
	const struct itx_repeat_key *x = a, *y = b;
	if (x->h != y->h)
		return (x->h > y->h) - (x->h < y->h);
	return (x->k > y->k) - (x->k < y->k);
}

/* The page's comments with an author (none empty), keyed by the hash of
 * the author (repeat_key's first part), sorted: P->akeys. */
static void author_keys(struct page *P)
{
	free(P->akeys);
	P->akeys = tt_xcalloc(P->nall ? P->nall : 1, sizeof *P->akeys), P->nakeys = 0;
	P->akeys_maxlen = 0;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0;
		if (!n)
			continue;
		P->akeys[P->nakeys].h = XXH3_64bits(a, n) | 1, P->akeys[P->nakeys++].k = k;
		P->akeys_maxlen = n > P->akeys_maxlen ? n : P->akeys_maxlen;
	}
	qsort(P->akeys, P->nakeys, sizeof *P->akeys, cmp_repeat_key);
}

/* The place in P->akeys of the latest comment before k whose author is
 * name (n bytes), or P->nakeys; hashes alike are told apart by the text. */
static size_t latest_by_author(const struct page *P, size_t k, const char *name, size_t n)
{
	struct itx_repeat_key want = {XXH3_64bits(name, n) | 1, k};
	size_t lo = 0, hi = P->nakeys; /* the first key not below want */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_repeat_key(&P->akeys[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo-- > 0 && P->akeys[lo].h == want.h) {
		const char *a = P->all[P->akeys[lo].k]->author;
		if (strlen(a) == n && !memcmp(a, name, n))
			return lo;
	}
	return P->nakeys;
}

/* The place in P->akeys of the comment before at's (its author's
 * previous comment, at most 1000 places before k) by name (n bytes), or
 * P->nakeys. */
static size_t earlier_by_author(const struct page *P, size_t k, size_t at, const char *name,
                                size_t n)
{
	while (at-- > 0 && P->akeys[at].h == P->akeys[at + 1].h && k - P->akeys[at].k <= 1000) {
		const char *a = P->all[P->akeys[at].k]->author;
		if (strlen(a) == n && !memcmp(a, name, n))
			return at;
	}
	return P->nakeys;
}

/* answered_by_name's look back (below) over P->akeys: only the comments
 * by an author that text s names ("NAME:", where a colon may end a name),
 * latest first, 1000 back at most, as the look back over every comment
 * sees them (a page of 27,000 answers asked each of the last 1000 twice);
 * the answer in *found. 0 when s names more than 16 (the look back over
 * every comment answers). */
static int answered_by_name_keyed(struct page *P, size_t k, const char *s, const char *q,
                                  tt_comment **found)
{
	size_t at[16], len[16], names = 0;
	for (size_t n = 1; n <= P->akeys_maxlen && s[n - 1]; n++) {
		if (s[n] != ':')
			continue;
		if (names == 16)
			return 0;
		at[names] = latest_by_author(P, k, s, n), len[names++] = n;
	}
	const char *me = P->all[k]->author ? P->all[k]->author : "";
	size_t ml = strlen(me), mine = ml ? latest_by_author(P, k, me, ml) : P->nakeys;
	tt_comment *turn = NULL;
	size_t cand[8], nc = 0;
	for (;;) {
		size_t best = names; /* the name whose comment is the latest */
		for (size_t i = 0; i < names; i++)
			if (at[i] < P->nakeys && (best == names || P->akeys[at[i]].k > P->akeys[at[best]].k))
				best = i;
		if (best == names || k - P->akeys[at[best]].k > 1000)
			break;
		size_t j = P->akeys[at[best]].k;
		/* me wrote since: a turn before that was answered */
		int spoke = mine < P->nakeys && P->akeys[mine].k >= j;
		if (q && holds_quote(P->all[j], q)) {
			*found = P->all[j];
			return 1;
		}
		if (nc < 8)
			cand[nc++] = j;
		if (!turn && !spoke && answers_author_w3m(P->all[j], me, ml))
			turn = P->all[j];
		at[best] = earlier_by_author(P, k, at[best], s, len[best]);
	}
	*found = answer_among_w3m(P, k, turn, cand, nc);
	return 1;
}

/* Where an answer's text opens with a quotation that opens with the
 * mention ("> @Ann: Did you see the lineup?", w3m's blockquote holding
 * the link to the comment answered and the words it answers; "> @Ann:"
 * alone over "> I have tickets"), the quotation's words as "> WORDS": past
 * the mention's ": " on its paragraph, else the next paragraph where it
 * quotes too; NULL if neither. */
static const char *quoted_after_mention_f(const tt_comment *c, const char *s)
{
	const char *colon = strstr(s, ": ");
	if (colon && colon[2])
		return colon; /* ": WORDS": two bytes before the words, as "> " */
	return c->body.n > 1 && !strncmp(c->body.v[1], "> ", 2) ? c->body.v[1] : NULL;
}

/* The earlier comment (before k) whose author comment k's text opens
 * answering, "@NAME:", or NULL: of several by NAME the last that holds
 * the words k quotes next, else the last. A bare "@NAME" over a quotation
 * (SPIP's forums) stays a mention. */
static tt_comment *answered_by_name(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	if (!c->body.n)
		return NULL;
	const char *s = c->body.v[0];
	s += tt_textline_link_ref(s, strlen(s));
	const char *q = c->body.n > 1 && !strncmp(c->body.v[1], "> ", 2) ? c->body.v[1] : NULL;
	if (!strncmp(s, "> @", 3)) /* the mention opens a quotation */
		q = quoted_after_mention_f(c, s), s += 2;
	if (*s++ != '@')
		return NULL;
	tt_comment *linked = linked_at_answer(P, k);
	if (linked)
		return linked;
	tt_comment *found = NULL;
	if (P->akeys && answered_by_name_keyed(P, k, s, q, &found))
		return found;
	tt_comment *turn = NULL;
	size_t cand[8], nc = 0;
	const char *me = c->author ? c->author : "";
	size_t ml = strlen(me);
	int spoke = 0; /* me wrote since: a turn before that was answered */
	/* no further back than 1000 comments: a page of answers to nobody
	 * stays linear */
	for (size_t j = k; j-- > 0 && k - j <= 1000;) {
		const char *a = P->all[j]->author;
		size_t n = a ? strlen(a) : 0;
		spoke |= n == ml && ml && !memcmp(a, me, ml);
		if (!n || strncmp(s, a, n) || s[n] != ':')
			continue;
		if (q && holds_quote(P->all[j], q))
			return P->all[j];
		if (nc < 8)
			cand[nc++] = j;
		if (!turn && !spoke && answers_author_w3m(P->all[j], me, ml))
			turn = P->all[j];
	}
	return answer_among_w3m(P, k, turn, cand, nc);
}

/* Whether no comment of the page's list is nested yet: where one is, the
 * page showed its nesting, which says more than names in the text. */
int itx_flat(const struct page *P)
{
	for (size_t k = 0; k < P->nall; k++)
		if (P->all[k]->parent)
			return 0;
	return 1;
}

/* How many comments of the page's list find names an earlier comment for
 * (an answer by name, by mention, by quotation). */
static size_t count_answers(struct page *P, itx_answer_fn *find)
{
	size_t answers = 0;
	for (size_t k = 0; k < P->nall; k++)
		answers += find(P, k) != NULL;
	return answers;
}

/* Moves each comment find names an earlier comment for under it, as its
 * last reply; the others stay at the top in their order. */
void itx_move_answers(struct page *P, itx_answer_fn *find)
{
	tt_comment *prev = NULL;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *to = find(P, k);
		if (to)
			tt_thread_move_comment(P->t, P->all[k], prev, to);
		else
			prev = P->all[k];
	}
}

/* The label line opening comment c's text right over a mention opening
 * the rest ("View original reply" over "@mrsguzbee: Ooo...": the box of
 * the post answered, its words filled by a script): a short line, four
 * words at most, no sentence's end, no mention itself; a copy of it
 * (freed by the caller), or NULL. *own tells whether it is a paragraph of
 * its own (lynx) or the first line of one (w3m). */
static char *label_over_mention_m(const tt_comment *c, int *own)
{
	if (!c->body.n)
		return NULL;
	const char *s = c->body.v[0], *nl = strchr(s, '\n'), *next;
	size_t len = nl ? (size_t)(nl - s) : strlen(s);
	if (nl)
		next = nl + 1, *own = 0;
	else if (c->body.n >= 2)
		next = c->body.v[1], *own = 1;
	else
		return NULL;
	next += tt_textline_link_ref(next, strlen(next));
	if (!len || len > 40 || memchr(s, '@', len) || next[0] != '@' || !next[1] || next[1] == ' ' ||
	    tt_textline_count_words(s, len) > 4 || tt_textline_ends_with_any(s, len, ".!?:;,"))
		return NULL;
	char *l = tt_xmalloc(len + 1);
	memcpy(l, s, len), l[len] = 0;
	return l;
}

/* Where three comments or more open with the same label line over a
 * mention (label_over_mention_m), the label is the page's, no one's
 * words: it goes, and lynx's link number on the mention with it, so the
 * mention opens the text and names the comment answered
 * (answers_by_name). */
static void labels_over_mentions_m(struct page *P)
{
	char **labels = tt_xmalloc((P->nall + 1) * sizeof *labels);
	const char **v = tt_xmalloc((P->nall + 1) * sizeof *v);
	int *own = tt_xmalloc((P->nall + 1) * sizeof *own);
	size_t n = 0, count = 0;
	for (size_t i = 0; i < P->nall; i++)
		if ((labels[i] = label_over_mention_m(P->all[i], &own[i])) != NULL)
			v[n++] = labels[i];
	const char *best = n >= 3 ? most_common(v, n, &count) : NULL;
	for (size_t i = 0; best && count >= 3 && i < P->nall; i++)
		if (labels[i] && !strcmp(labels[i], best)) {
			tt_comment *c = P->all[i];
			if (own[i])
				drop_first_paragraph(c);
			else
				drop_first_line(c);
			/* the mention links the post answered: lynx's number on
			 * it is no word of the writer's */
			c->body.v[0] += tt_textline_link_ref(c->body.v[0], strlen(c->body.v[0]));
		}
	for (size_t i = 0; i < P->nall; i++)
		free(labels[i]);
	free(labels), free(v), free(own);
}

/* In a flat list of comments, one opening "@NAME:" answers NAME's latest
 * comment before it (Balloon Juice's numbered list): a reply to it, its
 * last. Only when no comment is nested already (indentation says more)
 * and three answers or more open so: the page's way of answering, not a
 * mention in passing (wpDiscuz's flat list keeps its one "@NAME:"). */
static void answers_by_name(struct page *P)
{
	forget_words_w3m(P);
	if (!itx_flat(P))
		return;
	author_keys(P); /* no author changes until the answers are moved */
	if (count_answers(P, answered_by_name) >= 3)
		itx_move_answers(P, answered_by_name);
	free(P->akeys), P->akeys = NULL, P->nakeys = 0;
}

/* The "@NAME" words opening text s (past lynx's link number), each a
 * word of its own, eight at most, into v[] (start, length); their count. */
static size_t opening_names(const char *s, const char **v, size_t *len)
{
	size_t n = 0;
	s += tt_textline_link_ref(s, strlen(s));
	while (n < 8 && *s == '@' && s[1] && s[1] != ' ') {
		size_t l = strcspn(s + 1, " ,:");
		v[n] = s + 1, len[n++] = l;
		s += 1 + l;
		s += strspn(s, " ");
	}
	return n;
}

static int among_names(const char *a, size_t al, const char **v, const size_t *len, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (len[i] == al && !memcmp(v[i], a, al))
			return 1;
	return 0;
}

/* Livefyre's answers name the whole chain: an answer to a comment opens
 * with its author's "@NAME", then the names that comment opened with
 * ("@TroyAdamson @jpaulson81720" answering jpaulson81720's "@TroyAdamson
 * @jpaulson81720 Just because..."). Where comment k opens with two names
 * or more, the latest comment before it whose author and opening names
 * are those names, no more and no fewer; NULL if none. */
static tt_comment *answered_by_name_chain(struct page *P, size_t k)
{
	const char *v[8], *w[8];
	size_t len[8], wl[8];
	size_t n = opening_names(P->all[k]->body.v[0], v, len);
	if (n < 2)
		return NULL;
	for (size_t j = k; j-- > 0 && k - j <= 1000;) {
		const tt_comment *c = P->all[j];
		size_t al = c->author ? strlen(c->author) : 0;
		if (!al || !among_names(c->author, al, v, len, n) || !c->body.n)
			continue;
		size_t m = opening_names(c->body.v[0], w, wl), covered = 0;
		int ok = 1;
		for (size_t i = 0; i < m && ok; i++)
			ok = among_names(w[i], wl[i], v, len, n);
		for (size_t i = 0; i < n && ok; i++)
			covered += (len[i] == al && !memcmp(v[i], c->author, al)) ||
			           among_names(v[i], len[i], w, wl, m);
		if (ok && covered == n)
			return P->all[j];
	}
	return NULL;
}

/* "@sacredh " a paragraph of its own over the answer's words (Livefyre's
 * mention, a block of its own in the markup): the name ends at the
 * paragraph's end, and text follows it. */
static int name_alone_over_text(const tt_comment *c, const char *after)
{
	return !*after && c->body.n > 1;
}

/* The earlier comment (before k) by the author comment k's text opens
 * naming, "@NAME" then a space, a no-break space or a comma (Livefyre's
 * "@jpaulson81720 So..."), the last by NAME; NULL if none, or if a
 * quotation follows (SPIP's "@habsb" over the words it answers). */
static tt_comment *answered_by_bare_name(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	if (!c->body.n || (c->body.n > 1 && !strncmp(c->body.v[1], "> ", 2)))
		return NULL;
	const char *s = c->body.v[0];
	s += tt_textline_link_ref(s, strlen(s));
	if (*s++ != '@')
		return NULL;
	tt_comment *chain = answered_by_name_chain(P, k);
	if (chain)
		return chain;
	for (size_t j = k; j-- > 0 && k - j <= 1000;) {
		const char *a = P->all[j]->author;
		size_t n = a ? strlen(a) : 0;
		if (n && !strncmp(s, a, n) &&
		    (s[n] == ' ' || s[n] == ',' || !strncmp(s + n, "\xC2\xA0", 2) ||
		     name_alone_over_text(c, s + n)))
			return P->all[j];
	}
	return NULL;
}

/* In a flat list where three comments or more open with "@NAME" and no
 * colon, naming an earlier comment's author, each answers NAME's latest
 * comment before it: a reply to it, its last. */
static void answers_by_bare_name(struct page *P)
{
	if (itx_flat(P) && count_answers(P, answered_by_bare_name) >= 3)
		itx_move_answers(P, answered_by_bare_name);
}

/* The earlier comment (of the 1000 before k) by the author whose name
 * comment k's text opens with, the latest; run into the text or not
 * (Flarum's mention of the post answered, "寒冰冽测试了"), past lynx's link
 * number, but never into a word of Latin letters ("Ann" is not
 * "Annoying"). NULL if none. */
static tt_comment *answered_by_opening_name(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	if (!c->body.n)
		return NULL;
	const char *s = c->body.v[0];
	s += tt_textline_link_ref(s, strlen(s));
	if (!*s)
		return NULL;
	/* Asked through P->akeys (the authors by hash): each length of s an
	 * author may have and that may end a name there (a byte not a letter
	 * or digit after an ASCII end) is looked up once, where a look back
	 * over the last 1000 comments compared each one's author (a dense page
	 * of 127,000 short comments spent a third of its time here). The
	 * latest comment of all those found answers, as the look back's first. */
	size_t best = P->nakeys, most = P->akeys_maxlen;
	for (size_t n = 1; n <= most && s[n - 1]; n++) {
		if ((unsigned char)s[n - 1] < 0x80 && isalnum((unsigned char)s[n]))
			continue;
		size_t at = latest_by_author(P, k, s, n);
		if (at < P->nakeys && k - P->akeys[at].k <= 1000 &&
		    (best == P->nakeys || P->akeys[at].k > P->akeys[best].k))
			best = at;
	}
	return best < P->nakeys ? P->all[P->akeys[best].k] : NULL;
}

/* In a flat list where half the comments after the first, three at least,
 * open with the name of an earlier comment's author (a forum's mention of
 * the post answered, which the text browser runs into the text), each
 * answers that author's latest comment before it: a reply to it, its
 * last. A comment naming nobody before it (the topic's author) stays at
 * the top. */
static void answers_by_opening_name(struct page *P)
{
	if (!itx_flat(P))
		return;
	author_keys(P); /* no author changes until the answers are moved */
	size_t answers = count_answers(P, answered_by_opening_name);
	if (answers >= 3 && answers * 2 >= P->nall - 1)
		itx_move_answers(P, answered_by_opening_name);
	free(P->akeys), P->akeys = NULL, P->nakeys = 0;
}

/* Whether the word w (wl bytes) is the first of author a's two words or
 * more ("Margaret" of "Margaret Holt"). */
static int first_name_of(const char *a, const char *w, size_t wl)
{
	return a && !strncmp(a, w, wl) && a[wl] == ' ' && a[wl + 1];
}

/* The comment k's text addresses by first name in its opening words, set
 * off by a comma before and "!", "," or ":" after ("Thank you, Margaret!",
 * "Danke, Margarete!"): the latest before k by the one earlier author of
 * two words or more whose first word that is (not k's own author); NULL
 * if none, or if two such authors share the name. */
static tt_comment *addressed_by_first_name(struct page *P, size_t k)
{
	const tt_comment *c = P->all[k];
	if (!c->body.n)
		return NULL;
	const char *s = c->body.v[0], *end = s + strcspn(s, ".?\n");
	if (end - s > 40)
		end = s + 40;
	for (const char *w = strstr(s, ", "); w && w < end; w = strstr(w + 1, ", ")) {
		w += 2;
		size_t wl = 0;
		while (w + wl < end && (isalpha((unsigned char)w[wl]) || (unsigned char)w[wl] >= 0x80))
			wl++;
		if (wl < 3 || !strchr("!,:", w[wl]) || w[wl] == '\0')
			continue;
		tt_comment *to = NULL;
		for (size_t j = k; j-- > 0 && k - j <= 1000;) {
			const char *a = P->all[j]->author;
			if (!first_name_of(a, w, wl) || (c->author && !strcmp(a, c->author)))
				continue;
			if (to && strcmp(to->author, a))
				return NULL;
			if (!to)
				to = P->all[j];
		}
		if (to)
			return to;
	}
	return NULL;
}

/* In a flat list, a comment that addresses an earlier commenter by first
 * name in its opening words answers that commenter's latest comment (the
 * nesting a text browser's dump of threaded comments loses, where nothing
 * else tells it). */
static void answers_by_first_name(struct page *P)
{
	if (itx_flat(P))
		itx_move_answers(P, addressed_by_first_name);
}

/* Whether author a opens with a lettered avatar run into the name: its
 * letter, then the name's own capital ("BBill the Lizard", "JJoel"). */
static int lettered_capital(const char *a)
{
	return a && isupper((unsigned char)a[0]) && a[1] == a[0] && islower((unsigned char)a[2]);
}

/* Talkyard and its kind draw an avatar as the name's first letter, which a
 * text browser runs into the name ("BBill the Lizard", "Bblueberryfields";
 * lynx numbers the name's link between them, "B[16]blueberryfields"). Where
 * two names or more open with their capital twice, every name opening with
 * a capital and the same letter again loses the first. */
static void lettered_avatars(struct page *P)
{
	size_t n = 0;
	for (size_t k = 0; k < P->nall; k++)
		n += lettered_capital(P->all[k]->author);
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t ref = a && isupper((unsigned char)a[0]) ? tt_textline_link_ref(a + 1, strlen(a + 1)) : 0;
		if (ref && tolower((unsigned char)a[1 + ref]) == tolower((unsigned char)a[0]))
			P->all[k]->author = a + 1 + ref; /* lynx: "B[16]blueberryfields" */
		else if (n >= 2 && a && isupper((unsigned char)a[0]) &&
		         tolower((unsigned char)a[1]) == tolower((unsigned char)a[0]) &&
		         isalpha((unsigned char)a[2]))
			P->all[k]->author = a + 1;
	}
}

/* A letter alone closing a comment's text, the next comment's writer's
 * initial: that comment's avatar drawn as a letter over its header
 * (avatar_letter_items_a), no word of this one's. */
static void avatar_letter_tails_a(struct page *P)
{
	for (size_t k = 0; k + 1 < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *last = c->body.n >= 2 ? c->body.v[c->body.n - 1] : NULL;
		const char *next = P->all[k + 1]->author;
		if (last && next && isalpha((unsigned char)last[0]) && !last[1] &&
		    toupper((unsigned char)last[0]) == toupper((unsigned char)next[0]))
			c->body.n--;
	}
}

/* "Lalala @lalala": a name with its own handle after it, the same letters
 * but for case and spaces; the name is the author. (A handle of someone
 * else, the comment answered, is left: the page may write it so.) */
static void own_handles(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author, *at = a ? strstr(a, " @") : NULL;
		if (!at || at == a || strchr(at + 2, ' ') || strchr(at + 2, '@'))
			continue;
		const char *n = a, *h = at + 2;
		while (n < at && *h) {
			if (*n == ' ') {
				n++;
				continue;
			}
			if (tolower((unsigned char)*n) != tolower((unsigned char)*h))
				break;
			n++, h++;
		}
		if (n == at && !*h)
			P->all[k]->author = tt_thread_strdup(P->t, a, (size_t)(at - a));
	}
}

/* Where the name before the handle closing author a ends ("rafael\u200F
 * @rafel212", "Anna @anna@social.example": a space, perhaps after an
 * invisible direction mark, then "@WORD" to the end); 0 when no handle
 * closes it or no name comes before it. */
static size_t handle_at_b(const char *a)
{
	const char *at = a ? strrchr(a, ' ') : NULL;
	if (!at || at - a < 1 || at[1] != '@' || !at[2])
		return 0;
	at++;
	size_t end = (size_t)(at - a) - 1;
	/* U+200E, U+200F: the page's marks of writing direction, no letters */
	while (end >= 3 && (unsigned char)a[end - 3] == 0xE2 && (unsigned char)a[end - 2] == 0x80 &&
	       ((unsigned char)a[end - 1] == 0x8E || (unsigned char)a[end - 1] == 0x8F))
		end -= 3;
	while (end && a[end - 1] == ' ')
		end--;
	return end;
}

/* "rafael @rafel212", "Terri Malon @Terri_Malon": where every author but
 * perhaps the first (three at least) closes with a handle, the handles are
 * the header's (the account, which own_handles reads when it spells the
 * name): the names are what comes before them, their runs of spaces made
 * one ("Yor  ♥ Ayl", as the page's markup shows it). */
static void handles_after_names_b(struct page *P)
{
	if (P->nall < 3)
		return;
	for (size_t k = 1; k < P->nall; k++)
		if (!handle_at_b(P->all[k]->author))
			return;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t end = handle_at_b(a), o = 0;
		if (!end)
			continue;
		char *name = tt_xmalloc(end + 1);
		for (size_t i = 0; i < end; i++)
			if (a[i] != ' ' || (o && name[o - 1] != ' '))
				name[o++] = a[i];
		P->all[k]->author = tt_thread_strdup(P->t, name, o);
		free(name);
	}
}

/* Where, in comment k's author, the name of an earlier comment's author
 * (of the 1000 before k) ends it after two words or more ("bja009 replied
 * to comment from Juno the Loon" ends in "Juno the Loon", the longest such
 * name, perhaps after lynx's link number), or 0. An earlier author that
 * opens with the name counts: it may answer in turn ("Bob replied to
 * comment from Ann"), its words not yet told from its name. */
static size_t named_at_end(const struct page *P, size_t k)
{
	const char *a = P->all[k]->author;
	if (!a || tt_textline_count_words(a, strlen(a)) < 3)
		return 0;
	for (const char *sp = strchr(a, ' '); sp && (sp = strchr(sp + 1, ' ')) != NULL;) {
		const char *name = sp + 1 + tt_textline_link_ref(sp + 1, strlen(sp + 1));
		size_t nl = strlen(name);
		for (size_t j = k; j-- > 0 && k - j <= 1000;) {
			const char *b = P->all[j]->author;
			if (b && !strncmp(b, name, nl) && (!b[nl] || b[nl] == ' '))
				return (size_t)(sp + 1 - a);
		}
	}
	return 0;
}

/* Whether the author a, up to the name it ends in (at), ends in the words
 * w (of wl bytes) after a word of its own. */
static int joined_by(const char *a, size_t at, const char *w, size_t wl)
{
	return at > wl + 2 && a[at - 1] == ' ' && a[at - wl - 2] == ' ' &&
	       !memcmp(a + at - wl - 1, w, wl);
}

/* The words that join the answer's author to the name it answers, which
 * the most headers share ("replied to comment from"), into *w (*wl bytes,
 * within a candidate's author); how many headers share them. */
static size_t joining_words(const struct page *P, const size_t *cand, const size_t *at,
                            size_t n, const char **w, size_t *wl)
{
	size_t best = 0;
	*wl = 0;
	for (size_t c = 0; c < n && c < 8; c++) {
		const char *a = P->all[cand[c]]->author;
		for (const char *sp = strchr(a, ' '); sp && sp < a + at[c] - 1; sp = strchr(sp + 1, ' ')) {
			size_t len = (size_t)(a + at[c] - 1 - (sp + 1)), count = 0;
			for (size_t d = 0; d < n; d++)
				count += joined_by(P->all[cand[d]]->author, at[d], sp + 1, len);
			if (count > best || (count == best && len > *wl))
				best = count, *wl = len, *w = sp + 1;
		}
	}
	return best;
}

/* The latest comment before k by the author name (of nl bytes), of the
 * 1000 before it, or NULL. */
static tt_comment *latest_by(const struct page *P, size_t k, const char *name, size_t nl)
{
	for (size_t j = k; j-- > 0 && k - j <= 1000;) {
		const char *a = P->all[j]->author;
		if (a && strlen(a) == nl && !memcmp(a, name, nl))
			return P->all[j];
	}
	return NULL;
}

/* Whether paragraph p opens a quotation, "> WORDS" (the blockquote w3m
 * sets apart) or "WORDS" in quotation marks: how long the mark is, or 0. */
static size_t quote_mark(const char *p)
{
	if (!strncmp(p, "> ", 2))
		return 2;
	if (p[0] == '"')
		return 1;
	if (!strncmp(p, "\xe2\x80\x9c", 3)) /* U+201C */
		return 3;
	return 0;
}

/* Whether comment k's text quotes words of comment c's text: a paragraph
 * of k opening a quotation whose first 30 bytes or more (to a word's end)
 * stand in one of c's paragraphs. */
static int quotes_from(const tt_comment *k, const tt_comment *c)
{
	for (size_t i = 0; i < k->body.n; i++) {
		const char *q = k->body.v[i];
		size_t m = quote_mark(q);
		if (!m || strlen(q) < m + 30)
			continue;
		size_t n = 30 + strcspn(q + m + 30, " \"");
		for (size_t j = 0; j < c->body.n; j++)
			if (memmem(c->body.v[j], strlen(c->body.v[j]), q + m, n))
				return 1;
	}
	return 0;
}

/* Of the comments before k by the author name (nl bytes), the one k
 * answers where the header names only the author (w3m's dump keeps no
 * link to the comment): the one whose words k quotes, else as
 * answer_among_w3m says (k's own author me, ml bytes); NULL if none. */
static tt_comment *answered_among(struct page *P, size_t k, const char *name, size_t nl,
                                  const char *me, size_t ml)
{
	tt_comment *turn = NULL;
	size_t cand[8], nc = 0;
	int spoke = 0; /* me wrote since: a turn before that was answered */
	for (size_t j = k; j-- > 0 && k - j <= 1000;) {
		tt_comment *c = P->all[j];
		spoke |= c->author && strlen(c->author) == ml && !memcmp(c->author, me, ml);
		if (!c->author || strlen(c->author) != nl || memcmp(c->author, name, nl))
			continue;
		if (quotes_from(P->all[k], c))
			return c;
		if (nc < 8)
			cand[nc++] = j;
		if (!turn && !spoke && answers_author_w3m(c, me, ml))
			turn = c;
	}
	return answer_among_w3m(P, k, turn, cand, nc);
}

/* The comment that comment k's header links to by the words joining its
 * author to the name answered (keep, " WORDS "), in lynx's dump: the link
 * last before the end of "from NAME" ("[51]comment from Ann", "in reply
 * to [4]Ann"); NULL where no link says (w3m's dump keeps none). */
static tt_comment *linked_answer(struct page *P, size_t k, const char *keep, const char *name)
{
	const struct line *L = &P->l[P->all[k]->line - 1];
	if (!memchr(L->s, '[', L->len))
		return NULL;
	const char *last = keep + strlen(keep) - 1; /* the joining words' last word */
	while (last > keep && last[-1] != ' ')
		last--;
	char pat[160];
	int n = snprintf(pat, sizeof pat, "%s%s", last, name);
	const char *at = n > 0 && (size_t)n < sizeof pat ? memmem(L->s, L->len, pat, (size_t)n) : NULL;
	return at ? itx_linked_comment(P, P->all, k, P->all[k]->line - 1, (size_t)(at - L->s) + (size_t)n)
	          : NULL;
}

/* In a flat list, headers that name the comment answered after the
 * author ("bja009 replied to comment from Juno the Loon", Movable Type):
 * the words joining the two names, the same in three headers or more,
 * whatever the language, go; the comment answers the one its link there
 * names (lynx), else the latest one by the name after them (itself perhaps
 * an answer, its author read first). */
static void answers_in_headers(struct page *P)
{
	size_t n = 0, *cand = tt_xmalloc((P->nall + 1) * sizeof *cand),
	       *at = tt_xmalloc((P->nall + 1) * sizeof *at);
	char *keep = NULL;
	forget_words_w3m(P);
	for (size_t k = 0; k < P->nall; k++) {
		if (P->all[k]->parent)
			goto done;
		if ((at[n] = named_at_end(P, k)) != 0)
			cand[n++] = k;
	}
	const char *w = NULL;
	size_t wl;
	if (joining_words(P, cand, at, n, &w, &wl) < 3)
		goto done;
	keep = tt_xmalloc(wl + 3);
	snprintf(keep, wl + 3, " %.*s ", (int)wl, w);
	tt_comment *prev = NULL;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *C = P->all[k];
		const char *j = C->author ? strstr(C->author, keep) : NULL;
		if (!j || j == C->author) {
			prev = C;
			continue;
		}
		const char *name = j + wl + 2;
		tt_comment *to = linked_answer(P, k, keep, name);
		name += tt_textline_link_ref(name, strlen(name)); /* lynx's "to [177]Ann" */
		if (!to)
			to = answered_among(P, k, name, strlen(name), C->author,
			                    (size_t)(j - C->author));
		C->author = tt_thread_strdup(P->t, C->author, (size_t)(j - C->author));
		if (to)
			tt_thread_move_comment(P->t, C, prev, to);
		else
			prev = C;
	}
done:
	free(keep);
	free(cand), free(at);
}

/* The length of a symbol of U+2000 to U+2BFF (punctuation, arrows,
 * geometric shapes: "●", "•", "★") at s, or 0. */
static size_t symbol_at(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return u[0] == 0xE2 && u[1] >= 0x80 && u[1] <= 0xAF && u[2] >= 0x80 && u[2] <= 0xBF ? 3 : 0;
}

/* "●renrom", "P_Tingen ●" (Tweakers): a symbol run into the name before
 * it, or set after it, is the page's mark (online, a badge), no part of
 * the name. */
static void strip_name_marks(struct page *P, tt_comment *c)
{
	const char *a = c->author;
	if (!a)
		return;
	size_t lead = symbol_at(a), len = strlen(a);
	if (lead && len > lead && a[lead] != ' ')
		a += lead, len -= lead;
	while (len > 4 && a[len - 4] == ' ' && symbol_at(a + len - 3))
		len -= 4;
	if (a != c->author || len != strlen(c->author))
		c->author = tt_thread_strdup(P->t, a, len);
}

/* Where " @" sets off, in author a, the name of the comment answered
 * ("latka @Webgnome", Tweakers; lynx's "latka [136]@Webgnome"), or NULL;
 * the name after it in *name. */
static const char *at_name(const char *a, const char **name)
{
	const char *sp = a ? strrchr(a, ' ') : NULL;
	if (!sp || sp == a)
		return NULL;
	const char *n = sp + 1 + tt_textline_link_ref(sp + 1, strlen(sp + 1));
	if (n[0] != '@' || !n[1])
		return NULL;
	*name = n + 1;
	return sp;
}

/* Whether line s (len bytes) is a picture's file line, its name and its
 * size in bytes ("1267227013425.jpg-(42479 B) サムネ表示", Futaba's, lynx's
 * "[19]1267227013425.jpg-(42479 B)"), or the picture's alt text giving the
 * size alone ("42479 B", "[20]42479 B"). */
static int picture_file_line(const char *s, size_t len)
{
	while (len && *s == ' ')
		s++, len--;
	size_t ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	size_t d = strspn(s, "0123456789");
	if (d && d + 2 == len && !strncmp(s + d, " B", 2))
		return 1; /* the size alone */
	const char *open = memmem(s, len, "-(", 2);
	const char *dot = open ? memrchr(s, '.', (size_t)(open - s)) : NULL;
	size_t el = dot ? (size_t)(open - dot - 1) : 0;
	if (!dot || el < 3 || el > 4 || memchr(s, ' ', (size_t)(open - s)))
		return 0;
	const char *n = open + 2;
	size_t nd = strspn(n, "0123456789");
	return nd && (size_t)(n + nd - s) + 3 <= len && !strncmp(n + nd, " B)", 3);
}

/* A comment's first paragraph made of a picture's file line and its size
 * (picture_file_line, every line of it): the picture's caption the board
 * writes, no word of the writer's, as the HTML importer reads it. */
static void picture_files_opening_texts(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *t = c->body.n >= 2 ? c->body.v[0] : NULL;
		int all = t != NULL;
		for (const char *l = t; all && l; l = strchr(l, '\n'), l = l ? l + 1 : NULL)
			all = picture_file_line(l, strcspn(l, "\n"));
		if (all) {
			memmove(c->body.v, c->body.v + 1, (c->body.n - 1) * sizeof *c->body.v);
			c->body.n--;
		}
	}
}

/* An image with no alt text opening a comment's text, which lynx writes as
 * its file's name in brackets ("[151.png] 这“后院生火”…", an emoji drawn as
 * an image), is no word of the writer's, as the HTML importer reads it:
 * it goes, with the space after it. */
static void image_files_opening_texts_b(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *s = c->body.n ? c->body.v[0] : NULL;
		if (!s || s[0] != '[')
			continue;
		const char *close = strchr(s, ']');
		size_t n = close ? (size_t)(close - s) - 1 : 0;
		if (!n || n > 60 || memchr(s + 1, ' ', n) || memchr(s + 1, '[', n) ||
		    itx_file_type(s + 1, n) != 1)
			continue;
		const char *rest = close + 1;
		while (*rest == ' ')
			rest++;
		if (*rest)
			c->body.v[0] = rest;
	}
}

/* Where every comment's text, three comments or more, opens with lynx's
 * link number ("[192]Toś Jorguś ...": wnp.pl links each excerpt to the
 * comment's page), the text is a link, and the number is lynx's mark on
 * it, no word of the writer's: it goes. A text or two so opening among
 * others is a link the writer set there, and keeps its number. */
static void link_numbers_opening_texts(struct page *P)
{
	if (P->nall < 3)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		const tt_comment *c = P->all[k];
		if (!c->body.n || !tt_textline_link_ref(c->body.v[0], strlen(c->body.v[0])))
			return;
	}
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		size_t ref = tt_textline_link_ref(c->body.v[0], strlen(c->body.v[0]));
		if (c->body.v[0][ref])
			c->body.v[0] += ref;
	}
}

/* The count a comment's last paragraph states of its answers, the
 * paragraph a number among two to five words of letters, no sentence
 * ("pokaż 5 ukrytych odpowiedzi", "View 2 replies", lynx's link number
 * before it): the number (1 to 999), its word's place in *at, the words in
 * *words; else 0. */
static long answer_count_line(const tt_comment *c, size_t *at, size_t *words)
{
	if (!c->body.n)
		return 0;
	const char *s = c->body.v[c->body.n - 1];
	size_t len = strlen(s);
	size_t ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	*words = tt_textline_count_words(s, len);
	if (len > 60 || *words < 2 || *words > 5 || strpbrk(s, ".!?:;,()[]"))
		return 0;
	long n = 0;
	size_t w = 0;
	*at = SIZE_MAX;
	for (const char *p = s; *p; w++) {
		size_t l = strcspn(p, " ");
		size_t d = 0;
		while (d < l && isdigit((unsigned char)p[d]))
			d++;
		if (d == l) {
			if (*at != SIZE_MAX || l > 3)
				return 0;
			n = atol(p), *at = w;
		} else if (d) {
			return 0;
		}
		p += l;
		p += strspn(p, " ");
	}
	return *at != SIZE_MAX && n >= 1 ? n : 0;
}

/* The short line (three words at most, no digit, no sentence) right over
 * every count of answers alike (at, words), the same in each: the reply
 * button the box of answers follows ("odpowiedz"), which the reply links'
 * rule left where it was no comment's last line. NULL if they differ. */
static const char *button_over_counts(struct page *P, size_t at0, size_t words0)
{
	const char *button = NULL;
	for (size_t k = 0; k < P->nall; k++) {
		size_t at, words;
		const tt_comment *c = P->all[k];
		if (!answer_count_line(c, &at, &words) || at != at0 || words != words0)
			continue;
		const char *b = c->body.n > 2 ? c->body.v[c->body.n - 2] : "";
		size_t bl = strlen(b);
		if (!bl || bl > 40 || tt_textline_count_words(b, bl) > 3 ||
		    tt_textline_has_digit(b, bl) || tt_textline_ends_sentence(b, bl) ||
		    (button && strcmp(button, b)))
			return NULL;
		button = b;
	}
	return button;
}

/* A flat list where two comments or more close with a count of their
 * answers, the counts' lines alike (as many words, the number at the
 * same place): the answers a count tells are the comments right after
 * it (a box of hidden answers the text browser shows, drawn with no
 * indentation: Wirtualna Polska's "pokaż 5 ukrytych odpowiedzi", a video
 * site's "View 2 replies"), each a reply of the counting comment, none
 * deeper, and the count is no text of it. */
static void answers_after_counts(struct page *P)
{
	size_t at0 = 0, words0 = 0, alike = 0;
	if (!itx_flat(P))
		return;
	for (size_t k = 0; k < P->nall && alike < 2; k++) {
		size_t at, words;
		if (!answer_count_line(P->all[k], &at, &words))
			continue;
		if (!alike)
			at0 = at, words0 = words;
		alike += at == at0 && words == words0;
	}
	if (alike < 2)
		return;
	const char *button = button_over_counts(P, at0, words0);
	for (size_t k = 0; k < P->nall; k++) {
		size_t at, words;
		tt_comment *c = P->all[k];
		long n = answer_count_line(c, &at, &words);
		if (!n || at != at0 || words != words0 || k + (size_t)n >= P->nall || c->parent)
			continue;
		c->body.n--;
		if (button && c->body.n > 1 && !strcmp(c->body.v[c->body.n - 1], button))
			c->body.n--;
		for (size_t j = k + 1; j <= k + (size_t)n; j++)
			tt_thread_move_comment(P->t, P->all[j], c, c);
		k += (size_t)n;
	}
}

/* In a flat list where three headers or more name, after the author and
 * " @", the author answered ("latka @Webgnome • DATE"): each answers the
 * latest comment by that name, the name alone its author. */
static void answers_at_names(struct page *P)
{
	size_t answers = 0;
	for (size_t k = 0; k < P->nall; k++) {
		strip_name_marks(P, P->all[k]);
		if (P->all[k]->parent)
			return;
		const char *name;
		answers += at_name(P->all[k]->author, &name) != NULL;
	}
	if (answers < 3)
		return;
	tt_comment *prev = NULL;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *C = P->all[k];
		const char *name, *at = at_name(C->author, &name);
		if (!at) {
			prev = C;
			continue;
		}
		tt_comment *to = latest_by(P, k, name, strlen(name));
		C->author = tt_thread_strdup(P->t, C->author, (size_t)(at - C->author));
		strip_name_marks(P, C); /* "P_Tingen ● @latka" */
		if (to)
			tt_thread_move_comment(P->t, C, prev, to);
		else
			prev = C;
	}
}

/* Name a without lynx's link numbers ("[31]") and the spaces at its ends,
 * into the thread's arena. */
static const char *without_link_numbers(struct page *P, const char *a)
{
	tt_buf b = {0};
	for (const char *p = a; *p;) {
		size_t ref = *p == '[' ? tt_textline_link_ref(p, strlen(p)) : 0;
		if (ref)
			p += ref;
		else
			tt_buf_addc(&b, *p++);
	}
	size_t l = b.len, s = 0;
	while (l && b.data[l - 1] == ' ')
		l--;
	while (s < l && b.data[s] == ' ')
		s++;
	const char *out = tt_thread_strdup(P->t, b.data ? b.data + s : "", l - s);
	free(b.data);
	return out;
}

/* How many bytes every one of the n names shares at its start (at its end
 * with tail set), whole characters only. */
static size_t shared_text(tt_comment **all, size_t n, int tail)
{
	const char *a = all[0]->author;
	size_t al = strlen(a), len = al;
	for (size_t i = 1; i < n; i++) {
		const char *b = all[i]->author;
		size_t bl = strlen(b), k = 0;
		while (k < len && k < bl && (tail ? a[al - 1 - k] == b[bl - 1 - k] : a[k] == b[k]))
			k++;
		len = k;
	}
	/* back to a character's first byte */
	while (len && len < al && ((unsigned char)a[tail ? al - len : len] & 0xC0) == 0x80)
		len--;
	return len;
}

/* The number of letters (characters that are not spaces) in s[0..len). */
static size_t letters_in(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += s[i] != ' ' && ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Where every name (five at least) opens with a count and the counts
 * differ, they are the comments' votes ("6765 有用小倪儿呼啦呼啦看过",
 * Douban): the count goes, and so do the words every name then shares
 * at its start and at its end, two characters or more, run into the name
 * or not (the vote's word, a mark the header repeats): what is left
 * between them is the name. */
static void counted_names(struct page *P)
{
	size_t n = P->nall;
	long first = -1;
	int differ = 0;
	if (n < 5)
		return;
	for (size_t k = 0; k < n; k++) {
		const char *a = P->all[k]->author;
		size_t d = a ? strspn(a, "0123456789") : 0;
		if (!d || d > 9 || a[d] != ' ' || !a[d + 1])
			return;
		long v = strtol(a, NULL, 10);
		differ |= first >= 0 && v != first;
		first = v;
	}
	if (!differ)
		return;
	for (size_t k = 0; k < n; k++) {
		tt_comment *c = P->all[k];
		c->author = without_link_numbers(P, c->author + strspn(c->author, "0123456789"));
	}
	size_t head = shared_text(P->all, n, 0), tail = shared_text(P->all, n, 1);
	if (letters_in(P->all[0]->author, head) < 2)
		head = 0;
	if (letters_in(P->all[0]->author + strlen(P->all[0]->author) - tail, tail) < 2)
		tail = 0;
	for (size_t k = 0; k < n; k++) {
		const char *a = P->all[k]->author;
		size_t l = strlen(a);
		if (l > head + tail)
			P->all[k]->author =
			    without_link_numbers(P, tt_thread_strdup(P->t, a + head, l - head - tail));
	}
}

/* Whether paragraph s is an image's alt text alone: one bracketed word with
 * a digit in it ("[u102]"), perhaps after lynx's link number
 * ("[32][u85153744-1.jpg]"). */
static int alt_alone(const char *s)
{
	size_t len = strlen(s), ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	return len > 2 && s[0] == '[' && s[len - 1] == ']' && !memchr(s, ' ', len) &&
	       memchr(s + 1, ']', len - 1) == s + len - 1 && tt_textline_has_digit(s, len);
}

/* Where comment c's text ends in an image's alt text alone, a paragraph
 * or a line of its own (lynx sets it under the text): that line's start in
 * the last paragraph, else NULL. */
static const char *alt_at_end(const tt_comment *c)
{
	if (!c->body.n)
		return NULL;
	const char *last = c->body.v[c->body.n - 1], *nl = strrchr(last, '\n');
	const char *at = nl ? nl + 1 : last;
	return (nl || c->body.n > 1) && alt_alone(at) ? at : NULL;
}

/* Where three comments or more, and half of them, end in an image's alt
 * text alone, it is the avatar of the comment under it, which a text
 * browser draws over that comment's header (Douban's "[u85153744-]"): no
 * part of the text above. */
static void avatars_over_headers(struct page *P)
{
	size_t n = 0;
	for (size_t k = 0; k < P->nall; k++)
		n += alt_at_end(P->all[k]) != NULL;
	if (n < 3 || n * 2 < P->nall)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *at = alt_at_end(c), *last = c->body.n ? c->body.v[c->body.n - 1] : NULL;
		if (!at)
			continue; /* a comment with no text too: nothing to drop */
		if (at == last)
			c->body.n--;
		else
			c->body.v[c->body.n - 1] = tt_thread_strdup(P->t, last, (size_t)(at - 1 - last));
	}
}

/* The name author a (link numbers dropped) ends in twice, "ALT X X",
 * of one to three words (an avatar's alt text ending in the name, then
 * the linked name: lynx's "[71]Аватар пользователя Wererat [72]Wererat"),
 * its length in *len; NULL if none. */
static const char *name_twice(const char *a, size_t *len)
{
	size_t n = strlen(a);
	const char *sp = a + n;
	for (int words = 0; words < 3; words++) {
		while (sp > a && sp[-1] != ' ')
			sp--;
		if (sp == a)
			return NULL;
		size_t x = (size_t)(a + n - sp); /* the last words, X */
		if (sp - 1 >= a + x && !memcmp(sp - 1 - x, sp, x) &&
		    (sp - 1 - x == a || sp[-2 - (long)x] == ' ')) {
			*len = x;
			return sp;
		}
		sp--;
	}
	return NULL;
}

/* Comment k's author given twice (name_twice), the name's length in *len;
 * NULL if not. A copy without link numbers only where it has some. */
static const char *author_twice(struct page *P, size_t k, size_t *len)
{
	const char *a = P->all[k]->author;
	if (!a || !strchr(a, ' '))
		return NULL;
	return name_twice(strchr(a, '[') ? without_link_numbers(P, a) : a, len);
}

/* Where three comments or more have a name given twice as their author
 * (name_twice), each such author is the name alone. */
static void names_given_twice(struct page *P)
{
	size_t n = 0, len;
	for (size_t k = 0; k < P->nall && n < 3; k++)
		n += author_twice(P, k, &len) != NULL;
	if (n < 3)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		const char *x = author_twice(P, k, &len);
		if (x)
			P->all[k]->author = tt_thread_strdup(P->t, x, len);
	}
}

/* A page writes its numeric dates in one order: where its comments' own
 * dates say month first ("9/28/2015" can be nothing else), each date that
 * either order could read ("7/2/2015") is read so too, not day first as a
 * date alone is. Only times read from the whole of what was shown. */
static void dates_in_page_order(struct page *P)
{
	struct tt_dates_order o;
	tt_dates_order_init(&o);
	size_t either = 0;
	for (size_t k = 0; k < P->nall; k++)
		if (P->all[k]->posted && P->all[k]->time)
			either += tt_dates_order_see(&o, P->all[k]->posted);
	for (size_t k = 0; either && k < P->nall; k++) {
		tt_comment *c = P->all[k];
		char plain[32], iso[32];
		if (!c->posted || !c->time || tt_dates_parse(c->posted, plain) != 0 ||
		    strcmp(plain, c->time) != 0 || tt_dates_parse_order(c->posted, &o, iso) != 0)
			continue;
		if (strcmp(iso, c->time) != 0)
			c->time = tt_thread_strdup(P->t, iso, (size_t)-1);
	}
}

/* Whether ISO time a is later than b, both of one shape: a date alone
 * among times with their clocks is another header's (the article's). */
static int later_than(const char *a, const char *b)
{
	return strlen(a) == strlen(b) && strcmp(a, b) > 0;
}

/* Marks in reply[] the comments that a flat list, oldest first, shows out
 * of their time's order: a comment later than the one after it is an
 * answer, set under the comment it answers, as are those before it back to
 * the last one not later than the one after (the comment answered). 1
 * when the list keeps its order but for such answers: every comment dated,
 * five at least, one step back in five at most. */
static int out_of_order(const struct page *P, char *reply)
{
	size_t n = P->nall, back = 0;
	if (n < 5)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (P->all[k]->parent || !P->all[k]->time)
			return 0;
	for (size_t k = 0; k + 1 < n; k++) {
		const char *next = P->all[k + 1]->time;
		if (!later_than(P->all[k]->time, next))
			continue;
		back++;
		size_t j = k;
		while (j > 0 && later_than(P->all[j]->time, next))
			j--;
		if (later_than(P->all[j]->time, next))
			return 0; /* nothing before it as early: no order kept */
		memset(reply + j + 1, 1, k - j);
	}
	return back && back * 5 <= n - 1;
}

/* A flat list of comments, oldest first, whose answers sit under the
 * comments they answer with nothing to show it (the indentation was the
 * style sheet's, which a text browser drops): an answer shows by its date,
 * later than the next comment's (HubSpot's blog comments). Each answers
 * the last comment before it that is not itself one. */
static void answers_out_of_time(struct page *P)
{
	char *reply = tt_xcalloc(P->nall + 1, 1);
	if (out_of_order(P, reply)) {
		tt_comment *prev = NULL;
		for (size_t k = 0; k < P->nall; k++) {
			if (reply[k] && prev)
				tt_thread_move_comment(P->t, P->all[k], prev, prev);
			else
				prev = P->all[k];
		}
	}
	free(reply);
}

/* Whether comment k (its header at line *at or after, moved there) is
 * followed by a form of its own before the next comment's header: for the
 * last, within twelve lines after its text. */
static int form_after(const struct page *P, size_t k, size_t *at)
{
	while (*at < P->n && P->l[*at].no < P->all[k]->line)
		(*at)++;
	size_t end = P->n, last = *at;
	if (k + 1 < P->nall)
		for (end = *at; end < P->n && P->l[end].no < P->all[k + 1]->line; end++)
			;
	for (size_t i = *at; i < end; i++) {
		if (P->role[i] == R_COMMENT || P->role[i] == R_HEADER)
			last = i;
		else if (k + 1 == P->nall && i > last + 12)
			break;
		if (itx_drawn_field(&P->l[i], 1))
			return 1;
	}
	return 0;
}

/* Comments whose answers the page sets after them, each top-level one
 * followed by its own reply form (a form drawn after its text) and the
 * answers, which cannot be answered in turn, by none: in a flat list
 * whose first comment has a form after it, and two at least before the
 * last but not all do, a comment with none answers the latest one with one before it
 * (Carnegie's "Reply to this post" and its form under each comment, the
 * answers after that form; a page offering answers one level deep draws
 * it so whatever its words). */
static void answers_after_forms(struct page *P)
{
	if (P->nall < 3)
		return;
	for (size_t k = 0; k < P->nall; k++)
		if (P->all[k]->parent)
			return;
	unsigned char *form = tt_xcalloc(P->nall, 1);
	size_t with = 0, at = 0;
	for (size_t k = 0; k < P->nall; k++)
		with += form[k] = (unsigned char)form_after(P, k, &at);
	/* two between comments at least: the page's own form after the last
	 * one is no sign */
	if (form[0] && with - form[P->nall - 1] >= 2 && with < P->nall) {
		tt_comment *prev = NULL, *to = NULL;
		for (size_t k = 0; k < P->nall; k++)
			if (form[k])
				prev = to = P->all[k];
			else
				tt_thread_move_comment(P->t, P->all[k], prev, to);
	}
	free(form);
}

/* A name followed by badges in full-width brackets, as pages in Chinese or
 * Japanese mark the thread's starter or the article's author after a name
 * ("my38778570 （作者）（楼主）"): the badges are no part of it. */
static void badges_after_names(struct page *P)
{
	static const char open[] = "\xEF\xBC\x88", close[] = "\xEF\xBC\x89"; /* （ ） */
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, e = n;
		while (e > 3 && !memcmp(a + e - 3, close, 3)) {
			size_t b = e - 3;
			while (b >= 3 && memcmp(a + b - 3, open, 3) && memcmp(a + b - 3, close, 3))
				b--;
			if (b < 3 || memcmp(a + b - 3, open, 3))
				break;
			e = b - 3;
			while (e > 0 && a[e - 1] == ' ')
				e--;
		}
		if (e && e < n)
			P->all[k]->author = tt_thread_strdup(P->t, a, e);
	}
}

static const char *as_quoted(tt_thread *t, const char *s);

/* Whether comment q (not c) is by the first al bytes of c's text and its
 * first paragraph of three words or more follows them there, whole. */
static int quotes_comment_b(const tt_comment *c, const tt_comment *q, size_t al)
{
	if (q == c || !q->body.n)
		return 0;
	/* compared first, its words counted only where it follows whole: a
	 * long paragraph is not walked for every text opening with its
	 * writer's name */
	const char *t = c->body.v[0] + al, *f = q->body.v[0];
	size_t fl = 0;
	while (f[fl] && t[fl] == f[fl])
		fl++;
	return fl && !f[fl] && tt_textline_count_words(f, fl) >= 3;
}

/* A text opening with another comment's author run into that comment's
 * first paragraph, whole ("~wKiedy ten lek ... za ile ?Na liście ...":
 * RMF24's quotation, the quoted post's author in a span before its words,
 * which the text browser runs into the answer's own): a quotation of that
 * comment, set apart as the HTML importer writes one ("> ~w", "> Kiedy ...",
 * then the answer's words), the comment left where it stands (the quotation
 * names what it quotes, no link: no answer is told by it). The names are
 * looked up by hash among the page's authors (author_keys), each prefix of
 * the text of a name's length (64 bytes at most), not compared with every
 * comment. */
static void quotes_run_in_b(struct page *P)
{
	author_keys(P);
	/* the authors' lengths (up to 64 bytes) and first bytes: most texts
	 * open with no name's first byte, and most prefixes are no name's
	 * length, so few are hashed and looked up */
	uint64_t lengths = 0;
	unsigned char firsts[256] = {0};
	for (size_t a = 0; a < P->nakeys; a++) {
		const char *n = P->all[P->akeys[a].k]->author;
		size_t nl = strlen(n);
		lengths |= nl <= 64 ? 1ull << (nl - 1) : 0;
		firsts[(unsigned char)n[0]] = 1;
	}
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (!c->body.n || !firsts[(unsigned char)c->body.v[0][0]] ||
		    !strncmp(c->body.v[0], "> ", 2))
			continue;
		const char *t = c->body.v[0];
		size_t tl = strlen(t);
		for (size_t al = 1; al < tl && al <= 64; al++) {
			if (!(lengths >> (al - 1) & 1) || ((unsigned char)t[al] & 0xC0) == 0x80)
				continue; /* no name's length, or not at a character's start */
			size_t at = latest_by_author(P, P->nall, t, al), tries = 0;
			const tt_comment *q = NULL;
			/* the writer's latest 20 comments, as quotes_under_name_a asks:
			 * a look back bounded for pages where one writer posts
			 * thousands and every answer opens with the name */
			for (; at < P->nakeys && !q && tries++ < 20;
			     at = earlier_by_author(P, P->nall, at, t, al))
				if (quotes_comment_b(c, P->all[P->akeys[at].k], al))
					q = P->all[P->akeys[at].k];
			if (!q)
				continue;
			size_t fl = strlen(q->body.v[0]), rest = al + fl;
			while (rest < tl && isspace((unsigned char)t[rest]))
				rest++;
			tt_strv v = {0};
			tt_strv_push(P->t, &v, tt_thread_strfmt(P->t, "> %.*s", (int)al, t));
			tt_strv_push(P->t, &v, as_quoted(P->t, q->body.v[0]));
			if (rest < tl)
				tt_strv_push(P->t, &v, t + rest);
			for (size_t p = 1; p < c->body.n; p++)
				tt_strv_push(P->t, &v, c->body.v[p]);
			c->body = v;
			break;
		}
	}
}

/* Line l (len bytes) less an ellipsis opening it ("... Mein Provider", a
 * quotation cut short): where its words start. */
static const char *past_ellipsis_a(const char *l, size_t *len)
{
	while (*len && (*l == '.' || *l == ' '))
		l++, (*len)--;
	if (*len >= 3 && !memcmp(l, "\xE2\x80\xA6", 3)) /* U+2026 */
		l += 3, *len -= 3;
	while (*len && *l == ' ')
		l++, (*len)--;
	return l;
}

/* The byte comparisons quotes_under_name_a may spend on a page: each
 * comment's lines are sought in up to 20 earlier texts, which a page of
 * near-copies ("a a a ... b" under texts of "a a a ...") would make cost
 * the square of its size; real quotations are found in far fewer (no
 * dump of the rounds spends more than a few thousand, MacTechNews.de's
 * forum thread of 44 posts 1,537). Past it, no more quotations are sought
 * on the page. */
enum { QUOTE_SEARCH_BUDGET = 1 << 25 };

/* Whether the n bytes at w stand in text h, a line's break in either the
 * same as a space (the browser wraps the quoted text and its source at
 * other places); each byte compared is taken from *budget, and none is
 * found once it is spent. */
static int holds_words_a(const char *h, const char *w, size_t n, size_t *budget)
{
	for (const char *c = strchr(h, w[0]); c && *budget; c = strchr(c + 1, w[0])) {
		size_t i = 0;
		while (i < n && c[i] &&
		       (c[i] == w[i] || ((c[i] == '\n' || c[i] == ' ') && (w[i] == '\n' || w[i] == ' '))))
			i++;
		*budget -= i + 1 < *budget ? i + 1 : *budget;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Whether every line of the len bytes at s stands in comment q's text
 * (each line's words, an opening ellipsis left out). */
static int lines_in_text_a(const tt_comment *q, const char *s, size_t len, size_t *budget)
{
	while (len) {
		const char *nl = memchr(s, '\n', len);
		size_t ll = nl ? (size_t)(nl - s) : len, wl = ll;
		const char *w = past_ellipsis_a(s, &wl);
		int in = 0;
		for (size_t p = 0; wl && p < q->body.n && !in; p++)
			in = holds_words_a(q->body.v[p], w, wl, budget);
		if (!in)
			return 0;
		len -= nl ? ll + 1 : ll;
		s += nl ? ll + 1 : ll;
	}
	return 1;
}

/* The bytes of a paragraph after its first line (at rest) that stand in
 * comment q's text, line by line, three words at least: a quotation's
 * length (up to a line's end), or 0. */
static size_t quoted_lines_a(const tt_comment *q, const char *rest, size_t *budget)
{
	size_t got = 0, n = strlen(rest);
	while (got < n) {
		const char *nl = memchr(rest + got, '\n', n - got);
		size_t end = nl ? (size_t)(nl - rest) : n;
		if (!lines_in_text_a(q, rest + got, end - got, budget))
			break;
		got = nl ? end + 1 : end;
	}
	return tt_textline_count_words(rest, got) >= 3 ? got : 0;
}

/* The first paragraph's rest under the name, fewer than three words
 * ("@macbacchi", the quoted post's own opening over a blank line), when it
 * and the whole next paragraph, of three words or more, stand in comment
 * q's text: the rest's length, or 0 (w3m parts them where lynx runs them
 * together). */
static size_t quoted_short_over_para_c(const tt_comment *q, const tt_comment *c, const char *rest,
                                       size_t *budget)
{
	size_t n = strlen(rest);
	if (!n || c->body.n < 2 || tt_textline_count_words(rest, n) >= 3 ||
	    tt_textline_count_words(c->body.v[1], strlen(c->body.v[1])) < 3 ||
	    !lines_in_text_a(q, rest, n, budget) ||
	    !lines_in_text_a(q, c->body.v[1], strlen(c->body.v[1]), budget))
		return 0;
	return n;
}

/* A quotation under the quoted writer's name alone ("maculi" over "Wenn es
 * gelingt, das Problem ...", a forum's quotation box as the text browsers
 * draw it, the box's name and words each on lines of their own): the
 * text opens with an earlier comment's author on a line of its own, and
 * the lines under it stand in that author's text (a line cut short after
 * "..." too): the name and those lines, and the paragraphs after them
 * that stand there whole, are a quotation, "> " opening each line; the
 * rest is the comment's own. Authors are looked up by hash
 * (latest_by_author), the author's latest 20 comments asked. */
static void quotes_under_name_a(struct page *P)
{
	size_t budget = QUOTE_SEARCH_BUDGET;
	author_keys(P);
	for (size_t k = 1; k < P->nall && budget; k++) {
		tt_comment *c = P->all[k];
		const char *t = c->body.n ? c->body.v[0] : NULL, *nl = t ? strchr(t, '\n') : NULL;
		size_t al = nl ? (size_t)(nl - t) : 0, got = 0;
		if (!al || al > 64 || !strncmp(t, "> ", 2))
			continue;
		size_t at = latest_by_author(P, k, t, al), tries = 0;
		/* the author's latest 20 comments: a look back bounded for pages
		 * where one writer posts thousands */
		const tt_comment *q = NULL;
		for (; at < P->nakeys && !got && tries++ < 20; at = earlier_by_author(P, k, at, t, al)) {
			q = P->all[P->akeys[at].k];
			got = q != c ? quoted_lines_a(q, nl + 1, &budget) : 0;
			if (!got && q != c)
				got = quoted_short_over_para_c(q, c, nl + 1, &budget);
		}
		if (!got)
			continue;
		tt_strv v = {0};
		tt_strv_push(P->t, &v, tt_thread_strfmt(P->t, "> %.*s", (int)al, t));
		const char *rest = nl + 1 + got;
		size_t ql = got - (rest[-1] == '\n');
		tt_strv_push(P->t, &v, as_quoted(P->t, tt_thread_strdup(P->t, nl + 1, ql)));
		size_t p = 1;
		if (*rest)
			tt_strv_push(P->t, &v, rest);
		else /* the paragraphs after it that stand in the quoted text whole */
			for (; p < c->body.n &&
			       lines_in_text_a(q, c->body.v[p], strlen(c->body.v[p]), &budget);
			     p++)
				tt_strv_push(P->t, &v, as_quoted(P->t, c->body.v[p]));
		for (; p < c->body.n; p++)
			tt_strv_push(P->t, &v, c->body.v[p]);
		c->body = v;
	}
}

static int quote_title(const struct page *P, size_t k, const char *t);

/* The latest comment before k whose writer's name opens title t ("jubjub
 * a écrit :": jubjub's), or NULL. */
static tt_comment *titled_writer(struct page *P, size_t k, const char *t)
{
	for (size_t j = k; j-- > 0;) {
		const char *a = P->all[j]->author;
		size_t al = a ? strlen(a) : 0;
		if (al >= 2 && !strncmp(t, a, al) && t[al] == ' ')
			return P->all[j];
	}
	return NULL;
}

/* A comment opening with a quotation's title on its own ("fafarex a écrit
 * :", lynx's "[29]fafarex a écrit :"), an earlier writer's name first,
 * over paragraphs that stand in that writer's text though the page
 * indents them no further (forum.hardware.fr's table.citation): the title
 * and those paragraphs are the quotation. Whom it answers the dump does
 * not say (a quotation of no link answers no one: simplepress' in round
 * 27, as its HTML). */
static void titles_over_quoted_text(struct page *P)
{
	size_t budget = QUOTE_SEARCH_BUDGET;
	for (size_t k = 1; k < P->nall && budget; k++) {
		tt_comment *c = P->all[k];
		const char *t = c->body.n >= 2 ? c->body.v[0] : NULL;
		if (!t || strchr(t, '\n'))
			continue;
		t += tt_textline_link_ref(t, strlen(t));
		if (!quote_title(P, k, t))
			continue;
		tt_comment *q = titled_writer(P, k, t);
		size_t p = 1;
		while (q && p < c->body.n && lines_in_text_a(q, c->body.v[p], strlen(c->body.v[p]), &budget))
			p++;
		if (p == 1)
			continue;
		c->body.v[0] = tt_thread_strfmt(P->t, "> %s", t);
		for (size_t i = 1; i < p; i++)
			c->body.v[i] = as_quoted(P->t, c->body.v[i]);
	}
}

/* A comment's age in seconds as the page shows it ("44 seconds ago",
 * "2 minutes ago (7:17 PM)": the clock after it in brackets left out), a
 * month as 30 days and a year as 365; -1 when it shows none. */
static long shown_age(const tt_comment *c)
{
	char copy[64];
	long count, secs;
	if (!c->posted || c->time)
		return -1;
	snprintf(copy, sizeof copy, "%s", c->posted);
	char *open = strstr(copy, " (");
	if (open)
		*open = '\0';
	if (!tt_dates_age(copy, &count, &secs))
		return -1;
	if (secs == 0)
		secs = 30L * 86400;
	else if (secs < 0)
		secs = 365L * 86400;
	return count * secs;
}

/* Whether comment a is newer than comment b, both aged (age[], seconds,
 * or -1) or both timed the same way (an ISO time of one length). */
static int newer_than(const tt_comment *a, long aa, const tt_comment *b, long ab)
{
	if (aa >= 0 && ab >= 0)
		return aa < ab;
	return a->time && b->time && strlen(a->time) == strlen(b->time) &&
	       strcmp(a->time, b->time) > 0;
}

/* Whether a newest-first list with this many answers of n comments keeps
 * them: one in two at most, or two in three where five comments at least
 * stand at the top and every one is older than the one above it (Polska
 * Press: seven threads, eight answers): a list oldest first would leave one
 * or two at the top, each comment newer than the one before. */
static int answers_allowed(size_t answers, size_t n, size_t tops, size_t rises)
{
	if (answers * 2 <= n)
		return 1;
	return tops >= 5 && rises + 1 == tops && answers * 3 <= n * 2;
}

/* Whether a newest-first list whose answers pass answers_allowed's share
 * keeps them all the same: no comment went back part of the chain (each
 * one newer than the one before, one level deeper, or older than the last
 * at the top, a new thread), six answers at least, and two threads at
 * least hold answers (Podrobnosti.ua's replies to replies, seven answers
 * of nine under two comments). A list in no order goes back part of its
 * chain at almost every step (five comments keep it unbroken one time in
 * eight, nine hardly once in a thousand: Forsal's five by score); one
 * oldest first under a newer pinned comment holds one thread of answers,
 * the pinned comment none. */
static int chains_b(size_t partial, size_t threads, size_t answers)
{
	return partial == 0 && threads >= 2 && answers >= 6;
}

/* A flat list, newest first, of comments that show their ages
 * (HuffPost's "15 seconds ago (7:18 PM)") or times (wpDiscuz's, its
 * answers oldest first under what they answer), whose answers sit under
 * the comments they answer with nothing else to show it: an answer is
 * newer than what it answers, and the next comment at the top older than
 * the last one at the top. Each comment answers the latest before it, on
 * the chain from the last one at the top, that it is newer than; one newer
 * than none is at the top. Five comments at least, every one aged, or
 * every one timed, the comments at the top in order, older at half their
 * steps at least, one in two at most an answer (answers_allowed). */
static void answers_newer_than_above(struct page *P)
{
	size_t n = P->nall, answers = 0, tops = 0, rises = 0, depth = 0, partial = 0, threads = 0;
	if (n < 5)
		return;
	long *age = tt_xcalloc(n, sizeof *age);
	size_t *chain = tt_xcalloc(n, sizeof *chain), *parent = tt_xcalloc(n, sizeof *parent);
	int aged = P->all[0]->time == NULL;
	for (size_t k = 0; k < n; k++) {
		age[k] = shown_age(P->all[k]);
		if (P->all[k]->parent || (aged ? age[k] < 0 : !P->all[k]->time))
			goto done;
		size_t was = depth;
		while (depth && !newer_than(P->all[k], age[k], P->all[chain[depth - 1]], age[chain[depth - 1]]))
			depth--;
		if (depth) {
			partial += depth < was;
			threads += depth == 1 && was == 1;
			answers++;
			parent[k] = chain[depth - 1] + 1;
		} else {
			rises += tops && newer_than(P->all[chain[0]], age[chain[0]], P->all[k], age[k]);
			tops++;
		}
		chain[depth++] = k;
	}
	if (!answers || rises * 2 < tops - 1 ||
	    !(answers_allowed(answers, n, tops, rises) || chains_b(partial, threads, answers)))
		goto done;
	/* a comment's previous sibling at the top is the last one kept there */
	for (size_t k = 0, top = 0; k < n; k++) {
		if (parent[k])
			tt_thread_move_comment(P->t, P->all[k], P->all[top], P->all[parent[k] - 1]);
		else
			top = k;
	}
done:
	free(age);
	free(chain);
	free(parent);
}

/* A no-break space (U+00A0) or a typographic one (tt_utf8_space) in a
 * comment's text read as a space, a paragraph's trailing ones dropped: w3m
 * writes the page's "&nbsp;" through as the character where lynx and the
 * HTML importer give a space, so the same words would otherwise differ
 * between the dumps, and "@NAME" run into a no-break space would not be
 * read as a name. */
static void plain_spaces(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		for (size_t i = 0; i < b->n; i++) {
			if (!strstr(b->v[i], "\xc2\xa0") && !strstr(b->v[i], "\xe2\x80") &&
			    !strstr(b->v[i], "\xe2\x81\x9f"))
				continue;
			size_t n = strlen(b->v[i]), o = 0, u;
			char *s = tt_xmalloc(n + 1);
			for (const char *p = b->v[i]; *p; p++) {
				if ((u = tt_utf8_space(p)))
					p += u - 1, s[o++] = ' ';
				else
					s[o++] = *p;
			}
			while (o && s[o - 1] == ' ')
				o--;
			b->v[i] = tt_thread_strdup(P->t, s, o);
			free(s);
			if (!o) /* nothing but no-break spaces: no paragraph */
				memmove(&b->v[i], &b->v[i + 1], (--b->n - i) * sizeof *b->v), i--;
		}
	}
}

/* Whether the last word of a (its bytes [w, n)) is a separator mark alone
 * ("・", "·", "•", "|", "-", "–", "—"): a header sets it between the name
 * and the next field ("bobbyiliev ・" over the date), never a name's own. */
static int separator_word_v(const char *w, size_t n)
{
	static const char *const marks[] = {"\xE3\x83\xBB", "\xC2\xB7", "\xE2\x80\xA2", "|", "-",
	                                    "\xE2\x80\x93", "\xE2\x80\x94"};
	for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
		if (strlen(marks[k]) == n && !memcmp(w, marks[k], n))
			return 1;
	return 0;
}

/* Whether the word [w, n) is a bare count of three digits at most, lynx's link
 * number before it allowed ("0", "[23]0"). */
static int count_word_v(const char *w, size_t n)
{
	size_t ref = tt_textline_link_ref(w, n);
	return n > ref && n - ref <= 3 && strspn(w + ref, "0123456789") == n - ref;
}

/* Comment c's name ended in separator mark [m, ml): where the same mark
 * stands alone on a line of its header, within six lines of its first
 * (DevDojo's "・" under the date), the fields go on past it: a first
 * paragraph that is the mark goes, and a short one after it that the line
 * past the mark opens ("Best Answer", a badge: three words at most, no
 * sentence) when more text follows. */
static void fields_past_mark_v(struct page *P, tt_comment *c, const char *m, size_t ml)
{
	size_t i = c->line ? c->line - 1 : P->n, mark = P->n;
	for (size_t k = i + 1; k < P->n && k <= i + 6 && mark == P->n; k++)
		if (P->l[k].no == c->line + (k - i) && P->l[k].len == ml && !memcmp(P->l[k].s, m, ml))
			mark = k;
	if (mark == P->n || !c->body.n)
		return;
	tt_strv *b = &c->body;
	if (strlen(b->v[0]) == ml && !memcmp(b->v[0], m, ml))
		memmove(b->v, b->v + 1, (--b->n) * sizeof *b->v);
	size_t k = mark + 1;
	while (k < P->n && k <= mark + 3 && P->l[k].blank)
		k++;
	if (b->n < 2 || k >= P->n || k > mark + 3)
		return;
	const char *f = b->v[0];
	size_t fl = strlen(f);
	if (fl == P->l[k].len && !memcmp(f, P->l[k].s, fl) && tt_textline_count_words(f, fl) <= 3 &&
	    !tt_textline_ends_sentence(f, fl))
		memmove(b->v, b->v + 1, (--b->n) * sizeof *b->v);
}

/* A name less what its header set after it: a separator mark alone
 * ("bobbyiliev ・", the mark before the date the line break took), or two
 * bare counts or more ("admindemo 0 0", lynx's "admindemo [23]0 [24]0":
 * the post's likes and answers, each a link of its own), three digits
 * each at most, after a word with a letter ("Uwe 1999 2" and "FJB 2022 23
 * 24" are names); a word with a letter stays before them. */
static void name_tails_v(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, e = n, counts = 0, cut = n, mark = n;
		while (e > 0) {
			const char *sp = memrchr(a, ' ', e);
			size_t w = sp ? (size_t)(sp + 1 - a) : 0;
			if (!sp || !tt_textline_has_alpha(a, w))
				break;
			if (count_word_v(a + w, e - w))
				counts++;
			else if (!counts && separator_word_v(a + w, e - w))
				cut = mark = w;
			else
				break;
			e = w;
			while (e > 0 && a[e - 1] == ' ')
				e--;
			if (counts >= 2 || !counts)
				cut = e;
		}
		/* the counts follow a word with a letter: "FJB 2022 23 24" is a name */
		const char *sp = cut < n ? memrchr(a, ' ', cut) : NULL;
		size_t w = sp ? (size_t)(sp + 1 - a) : 0;
		if (cut < n && tt_textline_has_alpha(a + w, cut - w))
			P->all[k]->author = tt_thread_strdup(P->t, a, cut);
		if (mark < n && counts == 0)
			fields_past_mark_v(P, P->all[k], a + mark, n - mark);
	}
}

/* A name without the invisible marks a site writes into it (a zero-width
 * space to let a long name break, "FrozenCanad\u200bian"; a word joiner; a
 * byte-order mark): the name as shown, as the HTML importer reads it, so
 * that the same comment gets the same id from either. */
static void invisible_in_names_b(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		if (!a || (!strstr(a, "\xE2") && !strstr(a, "\xEF")))
			continue;
		size_t n = strlen(a), o = 0;
		char *s = tt_xmalloc(n + 1);
		for (const char *p = a; *p;) {
			size_t skip = tt_html_invisible(p);
			if (skip)
				p += skip;
			else
				s[o++] = *p++;
		}
		if (o && o < n)
			P->all[k]->author = tt_thread_strdup(P->t, s, o);
		free(s);
	}
}

/* The comment among the first n of the page whose time (as its header
 * showed it) closes the text s (len bytes) and whose author comes before
 * it, with words besides them ("Response to NAME, 18 November 2011
 * 11:31PM"): the comment the one opening with s answers, or NULL. A short
 * line only, no quotation; the latest such comment within the 1000 before
 * (the time compared first: a page of many comments stays linear). */
tt_comment *itx_answer_naming(const struct page *P, size_t n, const char *s, size_t len)
{
	while (len && s[len - 1] == ' ')
		len--;
	if (len < 8 || len > 160 || s[0] == '>' || !isalnum((unsigned char)s[len - 1]))
		return NULL;
	size_t d = len - 8; /* a time's digit near the end (s is not terminated) */
	while (d < len && !isdigit((unsigned char)s[d]))
		d++;
	if (d == len)
		return NULL;
	for (size_t j = n; j-- > 0 && n - j <= 1000;) {
		tt_comment *c = P->all[j];
		size_t pl = c->posted ? strlen(c->posted) : 0;
		if (!pl || !c->author || pl + 4 >= len || memcmp(s + len - pl, c->posted, pl))
			continue;
		size_t al = strlen(c->author);
		const char *a = memmem(s, len - pl, c->author, al);
		if (a && (a > s || a + al < s + len - pl - 2))
			return c;
	}
	return NULL;
}

/* A comment whose text opens with a line naming an earlier comment's
 * author and time (itx_answer_naming) answers that comment: a reply to it,
 * its last, whatever the page calls it ("Response to", "Antwort auf"). */
static void answers_naming_comment(struct page *P)
{
	for (size_t k = 1; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (!c->body.n)
			continue;
		const char *s = c->body.v[0], *nl = strchr(s, '\n');
		tt_comment *to = itx_answer_naming(P, k, s, nl ? (size_t)(nl - s) : strlen(s));
		if (to && to != c->parent)
			tt_thread_move_comment(P->t, c, NULL, to);
	}
}

/* The letters of text s past lynx's link numbers ("our [175]community"):
 * into out (at most cap bytes), their count. */
static size_t unlinked(const char *s, char *out, size_t cap)
{
	size_t n = 0, len = strlen(s);
	for (size_t i = 0; i < len && n < cap;) {
		size_t ref = s[i] == '[' ? tt_textline_link_ref(s + i, len - i) : 0;
		if (ref)
			i += ref;
		else
			out[n++] = s[i++];
	}
	return n;
}

/* Whether text s ends a sentence before its end: a stop, question or
 * exclamation mark followed by a space. */
static int sentence_within(const char *s)
{
	for (const char *p = strpbrk(s, ".!?"); p; p = strpbrk(p + 1, ".!?"))
		if (p[1] == ' ')
			return 1;
	return 0;
}

/* The hash of comment c's text, its paragraphs joined past link numbers,
 * when it reads as a notice (two paragraphs or a sentence ended within
 * one, fifteen words or more, ending a sentence, 1000 bytes at most: more
 * than a short thanks several readers may write alike), else 0. */
static uint64_t notice_hash(const tt_comment *c)
{
	char buf[1024];
	size_t words = 0, n = 0, ends = 0;
	if (!c->body.n || !c->author)
		return 0;
	const char *last = c->body.v[c->body.n - 1];
	if (!tt_textline_ends_sentence(last, strlen(last)))
		return 0;
	/* two sentences at least: two paragraphs, or a sentence within one
	 * (the cheap test first) */
	for (size_t i = 0; i < c->body.n && ends < 2; i++)
		ends += c->body.n > 1 || sentence_within(c->body.v[i]) ? 2 : 0;
	if (ends < 2)
		return 0;
	for (size_t i = 0; i < c->body.n && n < 1000; i++) {
		size_t len = strlen(c->body.v[i]);
		words += tt_textline_count_words(c->body.v[i], len);
		n += unlinked(c->body.v[i], buf + n, sizeof buf - 1 - n);
		buf[n++] = '\n';
	}
	return words >= 15 && n < 1000 ? XXH3_64bits(buf, n) | 1 : 0;
}

static int by_hash(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Comments by different authors with the same text word for word (lynx's
 * link numbers aside), a notice's length (notice_hash) ("This comment
 * was removed by a moderator because ..." under two names): no one's words
 * but the page's notice for a comment gone. Each is kept as a placeholder,
 * with its time and no author or text, so that its replies keep their
 * place. */
static void gone_notices(struct page *P)
{
	uint64_t(*h)[2] = tt_xcalloc(P->nall + 1, sizeof *h);
	size_t n = 0;
	for (size_t k = 0; k < P->nall; k++)
		if ((h[n][0] = notice_hash(P->all[k])))
			h[n++][1] = k;
	qsort(h, n, sizeof *h, by_hash);
	for (size_t a = 0, b; a < n; a = b) {
		int gone = 0;
		for (b = a + 1; b < n && h[b][0] == h[a][0]; b++) {
			const tt_comment *x = P->all[h[a][1]], *y = P->all[h[b][1]];
			gone |= strcmp(x->author, y->author) != 0; /* the hash holds the words */
		}
		for (size_t k = a; gone && k < b; k++) {
			tt_comment *c = P->all[h[k][1]];
			c->author = NULL;
			c->body.n = 0;
			c->flags |= TT_C_DELETED;
		}
	}
	free(h);
}

/* The nearest of c's ancestors it can answer: not later than c (both
 * timed alike), or NULL for the top level. */
static tt_comment *answerable(const tt_comment *c)
{
	tt_comment *p = c->parent;
	while (p && p->time && later_than(p->time, c->time))
		p = p->parent;
	return p;
}

/* A comment set under one posted after it cannot answer it (Globo's list
 * of answers, which the markup leaves open, draws the comments after it
 * indented under the answered one, each older than it): it goes up to the
 * nearest ancestor it can answer. Each comment then goes to its parent's
 * end in page order, so that the tree keeps the page's order; not on a
 * page of more than 5000 comments (each move looks for its siblings). */
static void answers_before_their_comment(struct page *P)
{
	size_t moved = 0;
	if (P->nall > 5000)
		return;
	tt_comment **to = tt_xcalloc(P->nall + 1, sizeof *to);
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		to[k] = c->time ? answerable(c) : c->parent;
		moved += to[k] != c->parent;
	}
	/* One such answer is more likely a misread time or parent: a run of
	 * them under one comment (three at least) is the page's drawing. */
	char *keep = tt_xcalloc(P->nall + 1, 1);
	for (size_t k = 0; moved && k < P->nall; k++) {
		const tt_comment *p = P->all[k]->parent;
		size_t run = 0;
		for (size_t j = 0; to[k] != p && j < P->nall && run < 3; j++)
			run += P->all[j]->parent == p && to[j] != p;
		keep[k] = to[k] != p && run < 3;
	}
	for (size_t k = 0; moved && k < P->nall; k++)
		if (keep[k]) {
			to[k] = P->all[k]->parent;
			moved--;
		}
	free(keep);
	for (size_t k = 0; moved && k < P->nall; k++)
		tt_thread_move_comment(P->t, P->all[k], NULL, to[k]);
	free(to);
}

/* Whether paragraphs a and b hold the same words, however the browser
 * broke and indented their lines (lynx's link numbers aside). */
static int same_words(const char *a, const char *b)
{
	for (;;) {
		a += *a == '[' ? tt_textline_link_ref(a, strlen(a)) : 0;
		b += *b == '[' ? tt_textline_link_ref(b, strlen(b)) : 0;
		int sa = isspace((unsigned char)*a), sb = isspace((unsigned char)*b);
		a += strspn(a, " \n\t");
		b += strspn(b, " \n\t");
		if (sa != sb || *a != *b)
			return 0;
		if (!*a)
			return 1;
		a++, b++;
	}
}

/* Whether comment b repeats comment a: the same author, time and first
 * paragraph. */
static int repeats(const tt_comment *a, const tt_comment *b)
{
	return a->author && b->author && a->time && b->time && a->body.n && b->body.n &&
	       !strcmp(a->author, b->author) && !strcmp(a->time, b->time) &&
	       same_words(a->body.v[0], b->body.v[0]);
}

/* The comments' keys sorted (repeats' author and time, hashed), in key[];
 * at[k] the place of comment k's among them, first[i] the first key of
 * key i's hash. Only comments with an author, a time and a text get a
 * hash of their own: the others repeat nothing. */
static void repeat_keys(const struct page *P, struct itx_repeat_key *key, size_t *at, size_t *first)
{
	for (size_t k = 0; k < P->nall; k++) {
		const tt_comment *c = P->all[k];
		key[k].k = k;
		key[k].h = 0;
		if (c->author && c->time && c->body.n)
			key[k].h = (XXH3_64bits(c->author, strlen(c->author)) * 31 +
			            XXH3_64bits(c->time, strlen(c->time))) | 1;
	}
	qsort(key, P->nall, sizeof *key, cmp_repeat_key);
	for (size_t i = 0; i < P->nall; i++) {
		at[key[i].k] = i;
		first[i] = i && key[i - 1].h == key[i].h ? first[i - 1] : i;
	}
}

/* The first comment before k that comment k repeats, looked for from
 * from on (the one after the comment the previous one repeats), else
 * from the page's first; P->nall if none. Only the comments of k's hash
 * (key, at, first: repeat_keys) are asked: a repeat has the same author
 * and time, so the same hash. */
static size_t repeated(const struct page *P, size_t k, size_t from, const struct itx_repeat_key *key,
                       const size_t *at, const size_t *first)
{
	if (from < k && repeats(P->all[from], P->all[k]))
		return from;
	if (!key[at[k]].h)
		return P->nall;
	for (size_t i = first[at[k]]; i < at[k]; i++)
		if (repeats(P->all[key[i].k], P->all[k]))
			return key[i].k;
	return P->nall;
}

/* A list drawn twice (a second tab of the same comments, "populares"
 * after "recentes", which the dump shows open): a run of three comments
 * or more, each repeating in order a comment of a run before it, is drawn
 * as that run was, not under the comment it follows: each repeat goes
 * under the repeat of its original's parent, or, where that parent is
 * outside the run, under the original's parent itself. Not on a page of
 * more than 5000 comments (each repeat is looked for among those before,
 * of the same author and time: repeat_keys). */
static void lists_drawn_twice(struct page *P)
{
	if (P->nall < 6 || P->nall > 5000)
		return;
	size_t *orig = tt_xcalloc(P->nall, sizeof *orig), moved = 0;
	tt_comment **to = tt_xcalloc(P->nall, sizeof *to);
	struct itx_repeat_key *key = tt_xcalloc(P->nall, sizeof *key);
	size_t *at = tt_xcalloc(P->nall, sizeof *at), *first = tt_xcalloc(P->nall, sizeof *first);
	repeat_keys(P, key, at, first);
	for (size_t k = 0; k < P->nall; k++) {
		orig[k] = repeated(P, k, k && orig[k - 1] < P->nall ? orig[k - 1] + 1 : P->nall, key, at,
		                   first);
		to[k] = P->all[k]->parent;
	}
	free(key);
	free(at);
	free(first);
	for (size_t a = 0, b; a < P->nall; a = b) {
		for (b = a + 1; orig[a] < P->nall && b < P->nall && orig[b] == orig[b - 1] + 1 &&
		                orig[b] < a;
		     b++)
			;
		if (orig[a] >= P->nall || b - a < 3 || orig[b - 1] >= a)
			continue;
		for (size_t k = a; k < b; k++) {
			tt_comment *op = P->all[orig[k]]->parent;
			to[k] = op;
			for (size_t i = a; i < k; i++)
				if (P->all[orig[i]] == op)
					to[k] = P->all[i];
			moved += to[k] != P->all[k]->parent;
		}
	}
	for (size_t k = 0; moved && k < P->nall; k++)
		tt_thread_move_comment(P->t, P->all[k], NULL, to[k]);
	free(to);
	free(orig);
}

/* Paragraph s as a quotation's: "> " opening each of its lines. */
static const char *as_quoted(tt_thread *t, const char *s)
{
	if (!strncmp(s, "> ", 2))
		return s;
	tt_buf b = {0};
	tt_buf_add(&b, "> ", 2);
	for (; *s; s++)
		if (*s == '\n')
			tt_buf_add(&b, "\n> ", 3);
		else
			tt_buf_addc(&b, *s);
	const char *q = tt_thread_strdup(t, b.data, b.len);
	tt_buf_free(&b);
	return q;
}

/* Whether paragraph t of comment k is a quotation's title: one line
 * ending in a colon, either one word that is no earlier comment's author
 * (a label: "Quote:", "Цитата:") or words naming one ("Цитирую NAME:",
 * "NAME wrote:"), six words at most. A name alone ("cmpalmer:") opens
 * the comment's own answer to NAME, and a line of the comment's own
 * ending so ("Bonus comment on this:") names nobody: neither is a title.
 * Nor is an address, "@NAME:" (w3m sets the words it answers indented
 * under it): the comment's own answer, whatever NAME is shortened to. */
/* "Dark_guyver posted..." (GameFAQs): an earlier writer's name, one
 * lower-case word and dots, a quotation's title as "NAME wrote:" is. */
static int posted_dots_title(const struct page *P, size_t k, const char *t, size_t len)
{
	size_t e = len >= 3 && !strcmp(t + len - 3, "...") ? len - 3 : len;
	const char *sp = e < len && e <= 80 ? memrchr(t, ' ', e) : NULL;
	if (!sp || sp == t || !islower((unsigned char)sp[1]) || memchr(t, '\n', len))
		return 0;
	for (size_t i = 1; sp + i < t + e; i++)
		if (!islower((unsigned char)sp[i]))
			return 0;
	size_t nl = (size_t)(sp - t);
	for (size_t j = 0; j < k; j++) {
		const char *a = P->all[j]->author;
		if (a && strlen(a) == nl && !memcmp(a, t, nl))
			return 1;
	}
	return 0;
}

static int quote_title(const struct page *P, size_t k, const char *t)
{
	size_t len = strlen(t), words = tt_textline_count_words(t, len);
	if (posted_dots_title(P, k, t, len))
		return 1;
	if (len < 2 || len > 120 || t[len - 1] != ':' || memchr(t, '\n', len) ||
	    !strncmp(t, "> ", 2) || words > 6 || (t[0] == '@' && words == 1))
		return 0;
	for (size_t j = 0; j < k; j++) {
		const char *a = P->all[j]->author;
		size_t al = a ? strlen(a) : 0;
		const char *at = al >= 2 ? strstr(t, a) : NULL;
		if (at && (at == t || at[-1] == ' ') && (at[al] == ':' || at[al] == ' '))
			return at != t || al + 1 != len; /* more than the name */
	}
	return words == 1;
}

/* The line of the page, from line from (0-based) and before to, that is
 * paragraph t; to if none. */
static size_t line_of(const struct page *P, size_t from, size_t to, const char *t)
{
	size_t len = strlen(t);
	for (size_t i = from; i < to; i++) {
		const struct line *L = &P->l[i];
		size_t r = tt_textline_link_ref(L->s, L->len);
		if (L->len - r == len && !memcmp(L->s + r, t, len))
			return i;
	}
	return to;
}

/* The paragraphs of c after its i-th that the page indents past line t:
 * the quotation under a title there, made a quotation's. */
static void quote_under(struct page *P, tt_comment *c, size_t i, size_t t, size_t to)
{
	size_t j = t + 1;
	for (size_t p = i + 1; p < c->body.n; p++) {
		while (j < to && P->l[j].blank)
			j++;
		unsigned min = ~0u;
		size_t e = j;
		for (; e < to && !P->l[e].blank; e++)
			min = P->l[e].indent < min ? P->l[e].indent : min;
		if (e == j || min <= P->l[t].indent)
			return;
		c->body.v[p] = as_quoted(P->t, c->body.v[p]);
		j = e;
	}
}

/* "streaker said:" on a line of its own: a name of a word or three, then
 * one lowercase word and a colon, the name no commenter's on the page (a
 * post quoted from another thread), under the comment's own words ("From
 * another thread:"); as the comment's first paragraph such a line is the
 * writer's own, introducing what is quoted ("Bonuskommentar hierzu :").
 * Only the page's indenting the words under it past its line makes it a
 * quotation's title: quote_under marks them, and the title goes with
 * them. */
static int named_verb_title_a(const char *t)
{
	size_t len = strlen(t), words = tt_textline_count_words(t, len);
	size_t b = tt_textline_without_verb(t, len);
	return len <= 60 && !memchr(t, '\n', len) && strncmp(t, "> ", 2) && words >= 2 &&
	       words <= 4 && b < len && islower((unsigned char)t[b + 1]);
}

/* A quotation's title ("Quote:", "NAME wrote:", "Цитирую NAME:"): a
 * paragraph of one short line ending in a colon right over a quotation,
 * one the comment marks ("> ") or that the page indents past the title's
 * line, is the quotation's own first line, as the HTML importer reads it,
 * not the comment's words; and that quotation is marked. */
static int same_but_refs(const char *a, const char *b);

/* Whether the first line of text (its first 30 bytes at most, 8 at least)
 * stands in one of comment o's own paragraphs (none quoting). */
static int words_of(const tt_comment *o, const char *text)
{
	size_t l = strcspn(text, "\n");
	l = l < 30 ? l : 30;
	for (size_t i = 0; i < o->body.n && l >= 8; i++)
		if (strncmp(o->body.v[i], "> ", 2) &&
		    memmem(o->body.v[i], strlen(o->body.v[i]), text, l))
			return 1;
	return 0;
}

/* A quotation's title run into the quoted words, no space between ("aquatic
 * hoyt wrote:with fish make sure...", the dumps of Tapatalk's phpBB, whose
 * <cite> ends with no break), opening a comment's text, naming an earlier
 * comment's writer: the title made a paragraph of its own, the quoted
 * words another, and the comment one level under that writer's last
 * comment. */
static void glued_quote_titles(struct page *P)
{
	static const char *const verbs[] = {" wrote:", " schrieb:", " said:",
	                                    " a \xC3\xA9"
	                                    "crit :"};
	for (size_t k = 1; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (!c->body.n)
			continue;
		const char *t = c->body.v[0];
		size_t pre = !strncmp(t, "> ", 2) ? 2 : 0, j = k, end = 0, al = 0;
		/* the verb first, run into what follows it, within a name's
		 * length of the start (most texts hold none: no author is
		 * compared) */
		const char *nl = strchr(t + pre, '\n');
		size_t line = nl ? (size_t)(nl - t) : strlen(t);
		for (size_t v = 0; v < sizeof verbs / sizeof *verbs && !end; v++) {
			size_t vl = strlen(verbs[v]);
			const char *r =
			    memmem(t + pre, line - pre < 80 ? line - pre : 80, verbs[v], vl);
			if (r && r > t + pre + 1 && r[vl] && !isspace((unsigned char)r[vl]))
				al = (size_t)(r - t) - pre, end = pre + al + vl;
		}
		while (end && j-- > 0 && k - j <= 200) {
			const char *a = P->all[j]->author;
			if (a && strlen(a) == al && !strncasecmp(t + pre, a, al))
				break; /* (in any case: "BOLGANO wrote:" for Bolgano) */
		}
		if (!end || j >= k || k - j > 200)
			continue;
		tt_comment *o = P->all[j];
		char *rest = tt_xasprintf("%.*s%s", (int)pre, t, t + end);
		tt_strv_push(P->t, &c->body, NULL);
		memmove(c->body.v + 2, c->body.v + 1, (c->body.n - 2) * sizeof *c->body.v);
		c->body.v[0] = tt_thread_strdup(P->t, t, end);
		c->body.v[1] = tt_thread_strdup(P->t, rest, strlen(rest));
		/* (a quotation the dump indents no further than the answer,
		 * NationStates' in both browsers: its words, the quoted
		 * writer's own, make it one) */
		if (!pre && words_of(o, rest)) {
			c->body.v[0] = as_quoted(P->t, c->body.v[0]);
			c->body.v[1] = as_quoted(P->t, c->body.v[1]);
		}
		free(rest);
		if (c->parent != o && o != c)
			tt_thread_move_comment(P->t, c, NULL, o);
	}
}

/* A quotation's title drawn on two lines, a word or three over "by NAME"
 * naming an earlier writer, then the quoted words in the same paragraph
 * ("Original post" over "by Saracen's Fez" over the words, The Student
 * Room's quotation as both browsers draw it): the title made one line,
 * the words under it quoted, and the comment one level under that
 * writer's comment whose words open as the quoted ones do, else that
 * writer's last. */
static void by_line_quotes(struct page *P)
{
	for (size_t k = 1; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *t = c->body.n ? c->body.v[0] : NULL, *nl = t ? strchr(t, '\n') : NULL;
		if (!nl || nl - t > 30 || tt_textline_count_words(t, (size_t)(nl - t)) > 3 ||
		    tt_textline_has_digit(t, (size_t)(nl - t)) || strncmp(nl + 1, "by ", 3) != 0)
			continue;
		const char *who = nl + 4, *we = strchr(who, '\n');
		size_t wl = we ? (size_t)(we - who) : strlen(who);
		const char *words = we ? we + 1 : "";
		tt_comment *o = NULL, *last = NULL;
		for (size_t j = k; j-- > 0 && k - j <= 200 && !o;) {
			const char *a = P->all[j]->author;
			if (!a || strlen(a) != wl || memcmp(a, who, wl) != 0)
				continue;
			if (!last)
				last = P->all[j];
			const char *w0 = P->all[j]->body.n ? P->all[j]->body.v[0] : "";
			size_t cmp = strlen(w0) < 30 ? strlen(w0) : 30;
			if (cmp && !strncmp(words, w0, cmp))
				o = P->all[j];
		}
		o = o ? o : last;
		if (!o)
			continue;
		/* the quoted lines: those the writer quoted wrote, one after
		 * another; the lines after them in the paragraph are the
		 * comment's own (no blank line parts them) */
		const char *own = words;
		while (*own) {
			const char *e = strchr(own, '\n');
			size_t l = e ? (size_t)(e - own) : strlen(own);
			int theirs = 0;
			for (size_t i = 0; i < o->body.n && !theirs && l >= 8; i++)
				theirs = strncmp(o->body.v[i], "> ", 2) &&
				         memmem(o->body.v[i], strlen(o->body.v[i]), own, l) != NULL;
			if (!theirs)
				break;
			own = e ? e + 1 : own + l;
		}
		char *title = tt_xasprintf("%.*s %.*s", (int)(nl - t), t, (int)(wl + 3), nl + 1);
		char *quoted = tt_xstrndup(words, (size_t)(own - words));
		size_t ql = strlen(quoted);
		while (ql && quoted[ql - 1] == '\n')
			quoted[--ql] = '\0';
		/* (into the thread's arena first: as_quoted hands back a text
		 * already quoted as it is) */
		const char *parts[3] = {
		    as_quoted(P->t, tt_thread_strdup(P->t, title, strlen(title))),
		    ql ? as_quoted(P->t, tt_thread_strdup(P->t, quoted, ql)) : NULL,
		    *own ? tt_thread_strdup(P->t, own, strlen(own)) : NULL};
		free(title), free(quoted);
		size_t add = (parts[1] != NULL) + (parts[2] != NULL);
		for (size_t a = 0; a < add; a++)
			tt_strv_push(P->t, &c->body, NULL);
		memmove(c->body.v + 1 + add, c->body.v + 1,
		        (c->body.n - 1 - add) * sizeof *c->body.v);
		c->body.v[0] = parts[0];
		for (size_t a = 1, at = 1; a < 3; a++)
			if (parts[a])
				c->body.v[at++] = parts[a];
		if (c->parent != o)
			tt_thread_move_comment(P->t, c, NULL, o);
	}
}

/* A comment whose text opens with an earlier comment's header line, word
 * for word, then that comment's paragraphs ("Seaside3 · 03/03/2026 20:20"
 * over Seaside3's words, then the writer's own: Mumsnet's quotation of a
 * post, whose title line the dumps draw like a header and index_headers
 * took for none): a quotation of that comment, answering it. The title
 * and the paragraphs the two share are marked "> ". */
static void quoted_header_lines(struct page *P)
{
	for (size_t k = 1; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		if (c->body.n < 2)
			continue;
		size_t l = strlen(c->body.v[0]), j = k;
		while (j-- > 0 && k - j <= 200) {
			const tt_comment *o = P->all[j];
			if (o->line && o->line <= P->n && P->l[o->line - 1].len == l &&
			    !memcmp(P->l[o->line - 1].s, c->body.v[0], l))
				break;
		}
		if (j >= k || !P->all[j]->body.n ||
		    !same_but_refs(c->body.v[1], P->all[j]->body.v[0]))
			continue;
		tt_comment *o = P->all[j];
		c->body.v[0] = as_quoted(P->t, c->body.v[0]);
		for (size_t i = 1; i + 1 < c->body.n && i - 1 < o->body.n &&
		                   same_but_refs(c->body.v[i], o->body.v[i - 1]);
		     i++)
			c->body.v[i] = as_quoted(P->t, c->body.v[i]);
		if (c->parent != o)
			tt_thread_move_comment(P->t, c, NULL, o);
	}
}

static void quotation_titles(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		size_t from = c->line, to = k + 1 < P->nall ? P->all[k + 1]->line - 1 : P->n;
		for (size_t i = 0; i + 1 < c->body.n && from < to; i++) {
			int titled = quote_title(P, k, c->body.v[i]);
			if (!titled && (!i || !named_verb_title_a(c->body.v[i])))
				continue;
			size_t t = line_of(P, from, to, c->body.v[i]);
			if (t < to)
				quote_under(P, c, i, t, to), from = t + 1;
			if (!strncmp(c->body.v[i + 1], "> ", 2))
				c->body.v[i] = as_quoted(P->t, c->body.v[i]);
		}
	}
}

/* Whether name (nl bytes) stands in s (len bytes) as a whole word, in any
 * case: where it ends, or 0. */
static size_t names_word_a(const char *s, size_t len, const char *name, size_t nl)
{
	for (size_t b = 0; nl >= 2 && b + nl <= len; b++)
		if ((!b || s[b - 1] == ' ') && !strncasecmp(s + b, name, nl) &&
		    (b + nl == len || !isalnum((unsigned char)s[b + nl])))
			return b + nl;
	return 0;
}

/* The earlier comment (of the last 200 before comment k) whose author line
 * l (len bytes) names, as a word in any case ("Originally Posted by
 * MikeJones" for mikejones): its index, else k; *end where the name ends. */
static size_t quoted_author_a(const struct page *P, size_t k, const char *l, size_t len,
                              size_t *end)
{
	for (size_t j = k; j-- > 0 && k - j <= 200;) {
		const char *a = P->all[j]->author;
		if (a && (*end = names_word_a(l, len, a, strlen(a))) != 0)
			return j;
	}
	return k;
}

/* Whether paragraph t is one of comment c's own. */
static int among_paragraphs_a(const tt_comment *c, const char *t)
{
	for (size_t i = 0; i < c->body.n; i++)
		if (!strcmp(c->body.v[i], t))
			return 1;
	return 0;
}

/* A quotation opening a comment's text with its title and its source run
 * together in one paragraph ("Quote:" over "Originally Posted by
 * herbapou\xEF\xBF\xBDView Post", a forum's quotation box as the text
 * browsers draw it): the second line names an earlier comment's author.
 * The source line ends with the name and the marks run into it (an
 * image's alt text after them, "View Post", is no word of the page's);
 * the lines under it in the paragraph (lynx sets no blank line) and the
 * paragraphs after it that are the named comment's own are the quoted
 * words; all of it is marked "> ". */
static void named_quotes_a(struct page *P)
{
	for (size_t k = 1; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *t = c->body.n ? c->body.v[0] : NULL, *nl = t ? strchr(t, '\n') : NULL;
		if (!nl)
			continue;
		const char *l = nl + 1, *le = strchr(l, '\n');
		size_t len = le ? (size_t)(le - l) : strlen(l), end = 0;
		/* the title a label of one word and a colon ("Quote:", "Zitat:"),
		 * told without quote_title's walk over every earlier author */
		size_t tl = (size_t)(nl - t);
		if (tl < 3 || tl > 30 || t[tl - 1] != ':' || memchr(t, ' ', tl) ||
		    tt_textline_has_digit(t, tl) || !strncmp(t, "> ", 2) || len > 120)
			continue;
		size_t j = quoted_author_a(P, k, l, len, &end);
		if (j >= k)
			continue;
		while (end < len && l[end] != ' ' &&
		       ((unsigned char)l[end] >= 0x80 || ispunct((unsigned char)l[end])))
			end++;
		tt_buf b = {0};
		tt_buf_add(&b, t, (size_t)(l - t) + end);
		if (le)
			tt_buf_add(&b, le, strlen(le));
		tt_buf_addc(&b, '\0');
		c->body.v[0] = as_quoted(P->t, b.data);
		tt_buf_free(&b);
		for (size_t i = 1; i + 1 < c->body.n && among_paragraphs_a(P->all[j], c->body.v[i]); i++)
			c->body.v[i] = as_quoted(P->t, c->body.v[i]);
	}
}

/* The paragraphs of comment c from page line t on, up to two blank lines
 * in a row before line to: their count, or 0 when no such gap comes. */
static size_t paras_before_gap(const struct page *P, size_t t, size_t to)
{
	size_t paras = 1;
	for (size_t j = t; j < to; j++) {
		if (!P->l[j].blank)
			continue;
		size_t e = j;
		while (e < to && P->l[e].blank)
			e++;
		if (e >= to)
			return 0;
		if (e - j >= 2)
			return paras;
		paras++, j = e - 1;
	}
	return 0;
}

/* A quotation's title opening the text's first paragraph ("Quote:" right
 * over the quoted words, phpBB as w3m draws Ars Technica's forum), and two
 * blank lines in a row further down, the comment's own words under them:
 * the paragraphs over the gap are the quotation, title and all, marked
 * "> " (the page sets the quotation apart so; quotation_titles asks for a
 * title alone in its paragraph). */
static void titled_quotes_set_apart(struct page *P)
{
	char title[48];
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *nl = c->body.n >= 2 ? strchr(c->body.v[0], '\n') : NULL;
		size_t tl = nl ? (size_t)(nl - c->body.v[0]) : 0;
		if (!tl || tl >= sizeof title || !c->line)
			continue;
		memcpy(title, c->body.v[0], tl);
		title[tl] = '\0';
		size_t to = k + 1 < P->nall && P->all[k + 1]->line ? P->all[k + 1]->line - 1 : P->n;
		size_t t = quote_title(P, k, title) ? line_of(P, c->line, to, title) : to;
		size_t q = t < to ? paras_before_gap(P, t, to) : 0;
		for (size_t i = 0; q && q < c->body.n && i < q; i++)
			c->body.v[i] = as_quoted(P->t, c->body.v[i]);
	}
}

/* Whether paragraphs a and b are the same less lynx's link numbers. */
static int same_but_refs(const char *a, const char *b)
{
	for (;;) {
		a += *a == '[' ? tt_textline_link_ref(a, strlen(a)) : 0;
		b += *b == '[' ? tt_textline_link_ref(b, strlen(b)) : 0;
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
		a++, b++;
	}
}

/* Whether comment c's text opens with a line of its own, a blank line
 * between it and the header and after it. */
static int line_apart_under_header(const struct page *P, const tt_comment *c)
{
	size_t h = c->line ? c->line - 1 : 0, k = h + 1;
	if (h >= P->n || k >= P->n || P->role[h] != R_HEADER)
		return 0;
	while (k < P->n && P->role[k] == R_HEADER)
		k++;
	if (k >= P->n || !P->l[k].blank)
		return 0;
	while (k < P->n && P->l[k].blank)
		k++;
	return k + 1 < P->n && P->l[k + 1].blank;
}

/* The words between comment k's author and its date on its header's
 * dated line, when its header is a name alone over a line opening with the
 * name again and ending in the date (name_over_named_date's shape), in *w;
 * their length, or 0. */
static size_t named_date_words(const struct page *P, size_t k, const char **w)
{
	const tt_comment *c = P->all[k];
	if (!c->author || !c->posted || !c->line || c->line >= P->n)
		return 0;
	const struct line *L = &P->l[c->line - 1], *N = &P->l[c->line];
	size_t al = strlen(c->author), pl = strlen(c->posted);
	size_t ref = tt_textline_link_ref(L->s, L->len), nref = tt_textline_link_ref(N->s, N->len);
	const char *n = N->s + nref, *e = N->s + N->len;
	if (L->len - ref != al || memcmp(L->s + ref, c->author, al) || (size_t)(e - n) <= al + pl + 2 ||
	    memcmp(n, c->author, al) || n[al] != ' ')
		return 0;
	const char *d = memmem(n + al, (size_t)(e - n) - al, c->posted, pl);
	if (!d)
		return 0;
	*w = n + al + 1;
	return (size_t)(d - *w);
}

/* The latest comment before comment k whose author is a whole word of
 * words w (len bytes; after lynx's link number, "[64]Leo7575", too) other
 * than comment k's own, or NULL; within the last 1000, as the other
 * answers by name look (a dump of thousands of such headers took seconds,
 * each looking back over every comment before it). Each run of whole
 * words of w is looked up among the authors (P->akeys), not each of the
 * last 1000 authors searched in w: a header holds a few words, and the
 * look back read every author's name for each comment. */
static tt_comment *author_among_words(const struct page *P, size_t k, const char *w, size_t len)
{
	const char *own = P->all[k]->author;
	size_t ol = own ? strlen(own) : 0, best = P->nall;
	for (size_t b = 0; b + 3 <= len; b++) {
		if (b && w[b - 1] != ' ' && w[b - 1] != ']')
			continue;
		for (size_t e = b + 3; e <= len && e - b <= P->akeys_maxlen; e++) {
			if (e < len && w[e] != ' ')
				continue;
			if (own && e - b == ol && !memcmp(w + b, own, ol))
				continue;
			size_t at = latest_by_author(P, k, w + b, e - b);
			if (at < P->nakeys && k - P->akeys[at].k <= 1000 &&
			    (best == P->nall || P->akeys[at].k > best))
				best = P->akeys[at].k;
		}
	}
	return best < P->nall ? P->all[best] : NULL;
}

/* Newsland's "вигвам отвечает Leo7575 на комментарий Вчера в 10:45 #"
 * under "вигвам": a header that gives the name twice, alone and then
 * opening the dated line, and between the name and the date the name of
 * an earlier comment's author, where the page's other such headers name
 * nobody ("комментирует материал"): the comment answers that author's
 * latest comment before it, whatever the words around the name say. */
static tt_comment *answer_named_in_header(struct page *P, size_t k)
{
	const char *w;
	size_t len = named_date_words(P, k, &w);
	return len ? author_among_words(P, k, w, len) : NULL;
}

/* In a flat list, the comments whose headers name the comment answered
 * (answer_named_in_header) go under it; three headers of the shape at
 * least, most of them naming nobody. */
static void answers_named_in_headers(struct page *P)
{
	if (!itx_flat(P))
		return;
	size_t shaped = 0, naming = 0;
	/* each answer looked for once: the search looks back over up to 1000
	 * comments (itx_move_answers would look again) */
	tt_comment **to = tt_xcalloc(P->nall ? P->nall : 1, sizeof *to);
	author_keys(P); /* no author changes while the answers are looked for */
	for (size_t k = 0; k < P->nall; k++) {
		const char *w;
		shaped += named_date_words(P, k, &w) != 0;
		naming += (to[k] = answer_named_in_header(P, k)) != NULL;
	}
	free(P->akeys), P->akeys = NULL, P->nakeys = 0;
	if (naming && shaped >= 3 && naming * 2 < shaped) {
		tt_comment *prev = NULL;
		for (size_t k = 0; k < P->nall; k++)
			if (to[k])
				tt_thread_move_comment(P->t, P->all[k], prev, to[k]);
			else
				prev = P->all[k];
	}
	free(to);
}

/* A first paragraph every comment opens with, word for word (less lynx's
 * link numbers), three comments or more, each with more text after it, a
 * line set apart by blank lines right under each header: buttons the page
 * sets there ("Report Link Share"), nobody's words. (A title every
 * comment repeats, "Re: TITLE", stands right under its header.) */
static void shared_first_paragraph(struct page *P)
{
	if (P->nall < 3)
		return;
	for (size_t k = 0; k < P->nall; k++)
		if (P->all[k]->body.n < 2 || !same_but_refs(P->all[k]->body.v[0], P->all[0]->body.v[0]) ||
		    !line_apart_under_header(P, P->all[k]))
			return;
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		memmove(b->v, b->v + 1, (b->n - 1) * sizeof *b->v);
		b->n--;
	}
}

/* Whether paragraph s is a row of actions: one line, lynx's link numbers
 * aside, of eight words at most with no sentence's mark in it, opening
 * with an action's word ("Zgłoś do usunięcia Link Podziel się", "Reply
 * Report Share"; tt_html_action_words). */
static int action_row_d(const char *s)
{
	if (strchr(s, '\n') || strpbrk(s, ".,;:!?"))
		return 0;
	char *t = tt_xstrdup(s), *o = t;
	for (const char *p = s; *p;) {
		size_t r = *p == '[' ? tt_textline_link_ref(p, strlen(p)) : 0;
		if (r)
			p += r;
		else
			*o++ = *p++;
	}
	*o = '\0';
	size_t words = 0;
	for (const char *p = t; *p; p++)
		words += !isspace((unsigned char)*p) && (p == t || isspace((unsigned char)p[-1]));
	int yes = words >= 2 && words <= 8 && tt_html_action_words(t);
	free(t);
	return yes;
}

/* A comment's first paragraph set apart by blank lines right under its
 * header, a row of actions, with text after it (action_row_d): the
 * header's buttons, nobody's words, though no other comment repeats them
 * (a page of one or two comments, where shared_first_paragraph has
 * nothing to compare). */
static void action_row_under_header_d(struct page *P)
{
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		if (b->n < 2 || !line_apart_under_header(P, P->all[k]) || !action_row_d(b->v[0]))
			continue;
		memmove(b->v, b->v + 1, (b->n - 1) * sizeof *b->v);
		b->n--;
	}
}

/* Whether the lines at a (al bytes) and b (bl) are the same, their
 * indentation and lynx's link numbers aside ("Replying to [144]@Reuters"
 * and "Replying to [147]@Reuters"). */
static int same_line_b(const char *a, size_t al, const char *b, size_t bl)
{
	const char *ae = a + al, *be = b + bl;
	while (a < ae && *a == ' ')
		a++;
	while (b < be && *b == ' ')
		b++;
	for (;;) {
		a += a < ae && *a == '[' ? tt_textline_link_ref(a, (size_t)(ae - a)) : 0;
		b += b < be && *b == '[' ? tt_textline_link_ref(b, (size_t)(be - b)) : 0;
		if (a == ae || b == be)
			return a == ae && b == be;
		if (*a++ != *b++)
			return 0;
	}
}

/* Where line j (from 0) of paragraph s starts, its length in *len; NULL
 * past its last line. */
static const char *para_line_b(const char *s, size_t j, size_t *len)
{
	for (; j && s; j--)
		if ((s = strchr(s, '\n')) != NULL)
			s++;
	if (!s)
		return NULL;
	const char *e = strchr(s, '\n');
	*len = e ? (size_t)(e - s) : strlen(s);
	return s;
}

/* Whether the line at s (len bytes) is a number alone, one to six figures
 * (a vote count). */
static int number_line_d(const char *s, size_t len)
{
	size_t sp = strspn(s, " ");
	return len > sp && len - sp <= 6 && strspn(s + sp, "0123456789") == len - sp;
}

/* Where comment c's text opens with short lines with no sentence's end,
 * then a number alone (its second or third line), text after it in the
 * same paragraph: the number's line (1 or 2), or 0. */
static size_t count_under_opening_d(const tt_comment *c)
{
	const tt_strv *b = &c->body;
	size_t j = 0, len;
	const char *l;
	if (!b->n)
		return 0;
	while (j < 3 && (l = para_line_b(b->v[0], j, &len)) != NULL && !number_line_d(l, len) &&
	       tt_textline_count_words(l, len) <= 4 && !tt_textline_ends_with_any(l, len, ".!?"))
		j++;
	return j && j < 3 && (l = para_line_b(b->v[0], j, &len)) != NULL && number_line_d(l, len) &&
	               para_line_b(b->v[0], j + 1, &len)
	           ? j
	           : 0;
}

/* The lines comments' texts open with up to a number alone, at the same
 * place in three comments or more and two thirds of them at least
 * (count_under_opening_d; 360 快资讯's "来自福建省" over "2": the writer's
 * place and the likes, drawn under the header with no blank line): the
 * header's, nobody's words; a comment not so drawn (the article's byline
 * read as one) keeps its text. */
static void opening_lines_to_count_d(struct page *P)
{
	size_t n[3] = {0}, len;
	for (size_t k = 0; k < P->nall; k++)
		n[count_under_opening_d(P->all[k])]++;
	size_t at = n[2] > n[1] ? 2 : 1;
	if (n[at] < 3 || n[at] * 3 < P->nall * 2)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		if (count_under_opening_d(P->all[k]) != at)
			continue;
		const char *rest = para_line_b(b->v[0], at + 1, &len);
		b->v[0] = rest + strspn(rest, " ");
	}
}

/* Short lines every comment's text opens with, the same (but for lynx's
 * link numbers), three comments or more, each with text after them, in
 * one paragraph with it (no blank line sets them apart, as
 * shared_first_paragraph asks), two lines or more: the buttons and the answered account the
 * page draws over each post's words ("More", "Copy link to Tweet",
 * "Replying to @Reuters"), nobody's words. */
static void shared_opening_lines_b(struct page *P)
{
	if (P->nall < 3 || !P->all[0]->body.n)
		return;
	size_t common = 0, len, bl;
	const char *a;
	while (common < 8 && (a = para_line_b(P->all[0]->body.v[0], common, &len)) != NULL &&
	       tt_textline_count_words(a, len) <= 8) {
		size_t k = 1;
		for (const char *b; k < P->nall; k++)
			if (!P->all[k]->body.n ||
			    !(b = para_line_b(P->all[k]->body.v[0], common, &bl)) ||
			    !same_line_b(a, len, b, bl))
				break;
		if (k < P->nall)
			break;
		common++;
	}
	/* two lines at least: one alone may be a title every comment repeats
	 * ("Re: Bolest proxy"), which the page counts as the comment's */
	if (common < 2)
		return;
	for (size_t k = 0; k < P->nall; k++) /* text after them in each */
		if (P->all[k]->body.n < 2 && !para_line_b(P->all[k]->body.v[0], common, &len))
			return;
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		const char *rest = para_line_b(b->v[0], common, &len);
		if (rest) {
			b->v[0] = rest + strspn(rest, " ");
			continue;
		}
		memmove(b->v, b->v + 1, (b->n - 1) * sizeof *b->v);
		b->n--;
	}
}

/* How far into a comment's text a line the page repeats there is looked
 * for, in lines and in paragraphs, and how many comments name it. */
enum { OPENING_LINES_C = 24, OPENING_PARAS_C = 4, SAMPLE_C = 12 };

/* The bytes of the line at a (al bytes) outside brackets (lynx's image
 * names and link numbers). */
static size_t unbracketed_c(const char *a, size_t al)
{
	size_t n = 0;
	for (size_t k = 0, depth = 0; k < al; k++)
		if (a[k] == '[')
			depth++;
		else if (a[k] == ']' && depth)
			depth--;
		else
			n += !depth;
	return n;
}

/* Whether the line at a (al bytes) may be one of a member box's: a short
 * line (four words at most, 48 bytes outside brackets at most, no
 * sentence's end: "回答量：4932", "Posts: 7,135", lynx's "关注 [wise.1...
 * .jpg]") or an image alone (lynx's "[u=1673705142,...]"). */
static int box_line_c(const char *a, size_t al)
{
	size_t sp = strspn(a, " ");
	a += sp;
	al -= sp < al ? sp : al;
	if (al > 2 && a[0] == '[' && a[al - 1] == ']' && !memchr(a, ' ', al))
		return 1;
	return unbracketed_c(a, al) <= 48 && tt_textline_count_words(a, al) <= 4 &&
	       !tt_textline_ends_with_any(a, al, ".!?");
}

/* Where the line at a (al bytes) stands among the first lines of comment
 * c's text, past short lines alone (box_line_c): paragraph *p, line *j
 * (from 0); 0 when not there or when no line of prose follows it. */
static int opening_line_at_c(const tt_comment *c, const char *a, size_t al, size_t *p, size_t *j)
{
	size_t seen = 0, len;
	const char *l;
	for (size_t q = 0; q < c->body.n && q < OPENING_PARAS_C; q++)
		for (size_t k = 0; seen < OPENING_LINES_C && (l = para_line_b(c->body.v[q], k, &len));
		     k++, seen++)
			if (same_line_b(a, al, l, len)) {
				*p = q;
				*j = k;
				const char *t = para_line_b(c->body.v[q], k + 1, &len);
				if (!t && q + 1 < c->body.n)
					t = para_line_b(c->body.v[q + 1], 0, &len);
				return t && !box_line_c(t, len); /* prose after it, no more of a box */
			} else if (!box_line_c(l, len)) {
				return 0; /* the text has begun: the line is the text's */
			}
	return 0;
}

/* How many of the first SAMPLE_C comments hold the line at a among their
 * first lines, with text after it. */
static size_t opening_line_shared_c(const struct page *P, const char *a, size_t al)
{
	size_t n = 0, p, j;
	for (size_t k = 0; k < P->nall && k < SAMPLE_C; k++)
		n += opening_line_at_c(P->all[k], a, al, &p, &j);
	return n;
}

/* Whether the line at a (al bytes) may close a member box: a short line
 * with a letter, no sentence's end, no digit ("展开全部", "Show more"). */
static int box_closer_c(const char *a, size_t al)
{
	return tt_textline_count_words(a, al) <= 3 && tt_textline_has_letter(a, al) &&
	       !tt_textline_has_digit(a, al) && !tt_textline_ends_with_any(a, al, ".!?:;,");
}

/* A short line the page draws among the first lines of most comments'
 * texts, past their first line, the same each time (lynx's link numbers
 * aside), with prose after it: three comments at least and half of
 * the first twelve (Baidu Zhidao's "展开全部" closing the answerer's box of
 * badges and figures, under the header with no blank line or over one).
 * The lines down to it are the header's box, the text starts past it. The
 * line is looked for in the first three comments' openings, its count in
 * the first twelve: bounded, whatever the page's length. */
static void past_shared_line_c(struct page *P)
{
	size_t sample = P->nall < SAMPLE_C ? P->nall : SAMPLE_C, len, p, j;
	const char *a = NULL, *l;
	size_t al = 0;
	for (size_t c = 0; c < 3 && c < P->nall && !a; c++) {
		const tt_comment *C = P->all[c];
		size_t seen = 0;
		for (size_t q = 0; q < C->body.n && q < OPENING_PARAS_C && !a; q++)
			for (size_t k = 0; seen < OPENING_LINES_C && !a && (l = para_line_b(C->body.v[q], k, &len));
			     k++, seen++) {
				size_t n = (q || k) && box_closer_c(l, len) ? opening_line_shared_c(P, l, len) : 0;
				if (n >= 3 && n * 2 >= sample)
					a = l, al = len;
			}
	}
	if (!a)
		return;
	const char *keep = tt_thread_strdup(P->t, a, al); /* a points into a text cut below */
	for (size_t k = 0; k < P->nall; k++) {
		tt_strv *b = &P->all[k]->body;
		if (!opening_line_at_c(P->all[k], keep, al, &p, &j) || (!p && !j))
			continue;
		const char *rest = para_line_b(b->v[p], j + 1, &len);
		if (!rest)
			p++;
		memmove(b->v, b->v + p, (b->n - p) * sizeof *b->v);
		b->n -= p;
		if (rest)
			b->v[0] = rest + strspn(rest, " ");
	}
}

/* The length of name a less a word in round brackets closing it ("uszka
 * (gość)": a guest's badge), or 0 when none closes it. */
static size_t without_bracket_badge(const char *a, size_t n)
{
	if (n < 5 || a[n - 1] != ')')
		return 0;
	const char *open = memrchr(a, '(', n);
	if (!open || open == a || open[-1] != ' ' || memchr(open, ' ', (size_t)(a + n - open)) ||
	    !tt_textline_has_letter(open, (size_t)(a + n - open)))
		return 0;
	size_t e = (size_t)(open - a);
	while (e > 0 && a[e - 1] == ' ')
		e--;
	return e;
}

/* A word in round brackets after the names of two thirds of the comments,
 * two at least, the same each time ("uszka (gość)", "Gucio (gość)": a badge
 * the page sets after every guest's name, in any language): no part of
 * them, as it tells no one apart. One name's own bracket ("Yalcin
 * (Fehlpass.com)") is kept, and so is a word after fewer names, as the
 * staff's ("Catherine (GiveWell)" among readers' names). */
static void shared_bracket_badges(struct page *P)
{
	const char *badge = NULL;
	size_t blen = 0, same = 0;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, e = without_bracket_badge(a, n);
		if (!e && !(n > 2 && a[0] == '(' && a[n - 1] == ')')) /* or the badge alone */
			continue;
		const char *b = strrchr(a, '(');
		if (!badge)
			badge = b, blen = strlen(b);
		same += strlen(b) == blen && !memcmp(b, badge, blen);
	}
	if (same < 2 || same * 3 < P->nall * 2)
		return;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, e = without_bracket_badge(a, n);
		if (e && n - e > blen - 1 && !memcmp(a + n - blen, badge, blen))
			P->all[k]->author = tt_thread_strdup(P->t, a, e);
	}
}

/* Where the last word of name a (n bytes) starts, after another word, or
 * 0. */
static size_t last_word_at(const char *a, size_t n)
{
	const char *sp = n > 2 ? memrchr(a, ' ', n) : NULL;
	return sp && sp > a && (size_t)(sp + 1 - a) < n ? (size_t)(sp + 1 - a) : 0;
}

/* The same last word after the names of two thirds of the dated comments,
 * three at least ("Mel of Sydney Posted at 7:17 AM Today", "Jeremy Posted
 * at 7:01 AM Today": the header's label between the name and the date, a
 * capitalised word the header reader keeps as the name's, in any
 * language): no part of them. A name the word is alone stays. */
static void shared_label_after_names(struct page *P)
{
	const char *word = NULL, *pre[3];
	size_t wl = 0, same = 0, dated = 0, names = 0, pl[3];
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, w = a && P->all[k]->posted ? last_word_at(a, n) : 0;
		dated += a && P->all[k]->posted;
		if (!w)
			continue;
		if (!word)
			word = a + w, wl = n - w;
		if (n - w != wl || memcmp(a + w, word, wl))
			continue;
		same++;
		/* after three names at least, not one name's surname */
		int known = 0;
		for (size_t d = 0; d < names && !known; d++)
			known = pl[d] == w && !memcmp(a, pre[d], w);
		if (!known && names < 3)
			pre[names] = a, pl[names] = w, names++;
	}
	if (same < 3 || names < 3 || same * 3 < dated * 2 || wl > 24 ||
	    tt_textline_has_digit(word, wl))
		return;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, w = a && P->all[k]->posted ? last_word_at(a, n) : 0;
		if (w && n - w == wl && !memcmp(a + w, word, wl))
			P->all[k]->author = tt_thread_strdup(P->t, a, w - 1);
	}
}

/* Where a name's first word runs into a capitalised word, the name's
 * first word not ending there ("spotterArs Tribunus Militum",
 * "HelaisSmack-Fu Master": the writer's rank set right after the name
 * with no space, as w3m and lynx join two elements): the capital's offset
 * (the last such in the first word), or 0. The name holds two words at
 * least. */
static size_t run_in_capital(const char *a, size_t n)
{
	size_t sp = strcspn(a, " "), at = 0;
	if (sp >= n)
		return 0;
	for (size_t k = 1; k + 1 < sp; k++)
		if (isupper((unsigned char)a[k]) && islower((unsigned char)a[k + 1]) &&
		    (islower((unsigned char)a[k - 1]) || isdigit((unsigned char)a[k - 1])))
			at = k;
	return at;
}

/* A rank run into the names: the word the names' first words run into
 * ("Ars", "Smack-Fu") the same after two names at least is the rank's,
 * and the name ends before it ("spotter", "Helais"). One name's capital
 * inside its first word ("McKay Lee", "JoAnn Smith") stays. Up to eight
 * words are counted, so the pass stays linear. */
static void ranks_run_into_names(struct page *P)
{
	enum { WORDS = 8 };
	const char *word[WORDS];
	size_t wl[WORDS], seen[WORDS], nw = 0;
	for (size_t k = 0; k < P->nall; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, at = run_in_capital(a ? a : "", n);
		if (!at)
			continue;
		size_t l = strcspn(a + at, " "), w = 0;
		while (w < nw && !(wl[w] == l && !memcmp(word[w], a + at, l)))
			w++;
		if (w == nw && nw < WORDS)
			word[nw] = a + at, wl[nw] = l, seen[nw++] = 0;
		if (w < nw)
			seen[w]++;
	}
	for (size_t k = 0; k < P->nall && nw; k++) {
		const char *a = P->all[k]->author;
		size_t n = a ? strlen(a) : 0, at = run_in_capital(a ? a : "", n);
		size_t l = at ? strcspn(a + at, " ") : 0, w = 0;
		while (at && w < nw && !(wl[w] == l && !memcmp(word[w], a + at, l)))
			w++;
		if (at && w < nw && seen[w] >= 2)
			P->all[k]->author = tt_thread_strdup(P->t, a, at);
	}
}

/* The index of the page's line numbered no, or P->n. */
static size_t line_at_no(const struct page *P, unsigned no)
{
	size_t lo = 0, hi = P->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (P->l[mid].no < no)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < P->n && P->l[lo].no == no ? lo : P->n;
}

/* A row of votes ("zgłoś +12 / -16", lynx's "[271]zgłoś [272]+12 /
 * [273]-16"): six words at most, a sign right before a digit. */
static int vote_row(const struct line *L)
{
	if (L->blank || L->len > 60 || tt_textline_count_words(L->s, L->len) > 6)
		return 0;
	for (size_t k = 1; k < L->len; k++)
		if ((L->s[k - 1] == '+' || L->s[k - 1] == '-') && isdigit((unsigned char)L->s[k]))
			return 1;
	return 0;
}

/* The line of comment header h's title: the short line, a paragraph of its
 * own, over lines the page repeats over every header (a vote row, an
 * avatar's alt text), one such at least, and under a line it repeats as
 * often (the buttons under the text before); or P->n. */
static size_t title_over_repeats(const struct page *P, size_t h, const unsigned *seen)
{
	size_t i = h, skipped = 0;
	while (i > 0 && (P->l[i - 1].blank || seen[i - 1] >= 3 || vote_row(&P->l[i - 1])))
		skipped += !P->l[--i].blank;
	if (!skipped || i == 0 || (i >= 2 && !P->l[i - 2].blank) || P->role[i - 1] == R_HEADER)
		return P->n;
	const struct line *T = &P->l[i - 1];
	/* and under the buttons the page repeats under every comment's text
	 * ("skomentuj"), not under a comment's own last words */
	size_t up = i - 1;
	while (up > 0 && P->l[up - 1].blank)
		up--;
	if (up == 0 || seen[up - 1] < 3)
		return P->n;
	return tt_textline_count_words(T->s, T->len) <= 12 && T->len <= 120 ? i - 1 : P->n;
}

/* Comments each titled over the page's repeated lines over its header
 * (Polska Press: "Pokora", then "zgłoś +24 / -16" and "Autor komentarza
 * nie dodał zdjęcia", then "NAME (gość), DATE"), two thirds of them, three
 * at least: the title is the comment's first paragraph, not the last of the
 * text above it. */
/* Whether two thirds of the first nine comments are titled so, each line
 * counted among the twelve over each of those headers only (as often as
 * it stands over different ones): the cheap sign asked before counting
 * every line of the page. */
#define TITLE_SAMPLE 9
#define TITLE_WINDOW 12
static int titled_sample(const struct page *P)
{
	size_t n = P->nall < TITLE_SAMPLE ? P->nall : TITLE_SAMPLE, m = 0, titled = 0;
	size_t line[TITLE_SAMPLE * TITLE_WINDOW], head[TITLE_SAMPLE];
	unsigned char owner[TITLE_SAMPLE * TITLE_WINDOW];
	uint64_t key[TITLE_SAMPLE * TITLE_WINDOW];
	unsigned *seen = tt_xcalloc(P->n + 1, sizeof *seen);
	for (size_t k = 0; k < n; k++) {
		size_t h = head[k] = line_at_no(P, P->all[k]->line), spaces;
		for (size_t i = h < P->n && h > TITLE_WINDOW ? h - TITLE_WINDOW : 0; h < P->n && i < h; i++)
			if (!P->l[i].blank && P->l[i].len <= 80)
				line[m] = i, owner[m] = (unsigned char)k, key[m++] = itx_line_hash(&P->l[i], &spaces);
	}
	for (size_t x = 0; x < m; x++) {
		unsigned char by[TITLE_SAMPLE] = {0};
		unsigned owners = 0;
		for (size_t y = 0; y < m; y++)
			if (key[y] == key[x] && !by[owner[y]])
				by[owner[y]] = 1, owners++;
		seen[line[x]] = owners;
	}
	for (size_t k = 0; k < n; k++)
		titled += head[k] < P->n && title_over_repeats(P, head[k], seen) < P->n;
	free(seen);
	return titled * 3 >= n * 2;
}

static void titles_over_repeats(struct page *P)
{
	if (P->nall < 3 || !titled_sample(P))
		return;
	/* how often the page holds each short line */
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *seen = tt_xcalloc(P->n + 1, sizeof *seen);
	for (size_t i = 0; i < P->n; i++) {
		size_t spaces;
		if (!P->l[i].blank && P->l[i].len <= 80)
			of[i] = itx_line_hash(&P->l[i], &spaces) | 1;
	}
	itx_count_keys(P, of, seen);
	size_t *title = tt_xcalloc(P->nall, sizeof *title), with = 0;
	for (size_t k = 0; k < P->nall; k++) {
		size_t h = line_at_no(P, P->all[k]->line);
		title[k] = h < P->n ? title_over_repeats(P, h, seen) : P->n;
		with += title[k] < P->n;
	}
	for (size_t k = 0; with * 3 >= P->nall * 2 && k < P->nall; k++) {
		if (title[k] >= P->n)
			continue;
		const struct line *T = &P->l[title[k]];
		size_t ref = tt_textline_link_ref(T->s, T->len);
		const char *t = tt_thread_strdup(P->t, T->s + ref, T->len - ref);
		tt_comment *prev = k ? P->all[k - 1] : NULL, *c = P->all[k];
		/* in the text above among its last paragraphs (the page's
		 * buttons after it go later), not all of it */
		unsigned at = 0;
		for (unsigned j = prev ? prev->body.n : 0; j > 1 && !at && prev->body.n - j < 4; j--)
			if (!strcmp(prev->body.v[j - 1], t))
				at = j;
		if (P->role[title[k]] == R_COMMENT && !at)
			continue; /* a comment's own words, all it says */
		if (at) {
			memmove(prev->body.v + at - 1, prev->body.v + at,
			        (prev->body.n - at) * sizeof *prev->body.v);
			prev->body.n--;
		}
		tt_strv_push(P->t, &c->body, t);
		memmove(c->body.v + 1, c->body.v, (c->body.n - 1) * sizeof *c->body.v);
		c->body.v[0] = t;
		P->role[title[k]] = R_COMMENT;
	}
	free(title);
	free(of);
	free(seen);
}

/* The length of the opening a and b share, backed to a character's start
 * and to 0 unless both go on with a letter run into it: where two texts
 * part inside a word. */
static size_t opening_parting_in_word_a(const char *a, const char *b)
{
	size_t l = 0;
	while (a[l] && a[l] == b[l])
		l++;
	while (l > 0 && ((unsigned char)a[l] & 0xC0) == 0x80)
		l--;
	int in_word =
	    l > 0 && (isalpha((unsigned char)a[l - 1]) || (unsigned char)a[l - 1] >= 0x80);
	int a_on = isalpha((unsigned char)a[l]) || (unsigned char)a[l] >= 0xC0;
	int b_on = isalpha((unsigned char)b[l]) || (unsigned char)b[l] >= 0xC0;
	return in_word && a_on && b_on ? l : 0;
}

/* Where in the first 12 bytes of p the title t (tl bytes) opens, run into a
 * letter after it ("Re: " before it allowed): the end of the title in p, or
 * 0. */
static size_t title_run_in_a(const char *p, const char *t, size_t tl)
{
	for (size_t off = 0; off <= 12 && p[off]; off++)
		if (!strncmp(p + off, t, tl))
			return isalpha((unsigned char)p[off + tl]) ||
			               (unsigned char)p[off + tl] >= 0xC0
			           ? off + tl
			           : 0;
	return 0;
}

/* "Re: Kac - syndrom dnia następnegoczym się strułeś": the title each
 * comment repeats, a link the browser runs into the text after it with no
 * space (We-Dwoje's "Re: TITLE" over nothing, as w3m and lynx draw it).
 * Consecutive comments' first paragraphs that part inside a word share
 * their title up to there: the opening most pairs share (a majority vote,
 * one pass), three words at least, in half the pairs and two at least, is
 * the title, and every first paragraph holding it within its first words
 * run into a letter gets it as a paragraph of its own. */
static void titles_run_into_text_a(struct page *P)
{
	const char *t = NULL;
	size_t tl = 0, votes = 0, pairs = 0, same = 0;
	for (size_t k = 0; k + 1 < P->nall; k++) {
		if (!P->all[k]->body.n || !P->all[k + 1]->body.n)
			continue;
		const char *a = P->all[k]->body.v[0];
		size_t l = opening_parting_in_word_a(a, P->all[k + 1]->body.v[0]);
		pairs++;
		if (l < 12 || tt_textline_count_words(a, l) < 3)
			continue;
		if (votes && l == tl && !strncmp(a, t, l))
			votes++;
		else if (votes)
			votes--;
		else
			t = a, tl = l, votes = 1;
	}
	for (size_t k = 0; t && k + 1 < P->nall; k++) {
		const tt_comment *a = P->all[k], *b = P->all[k + 1];
		same += a->body.n && b->body.n &&
		        opening_parting_in_word_a(a->body.v[0], b->body.v[0]) == tl &&
		        !strncmp(a->body.v[0], t, tl);
	}
	if (!t || same < 2 || same * 2 < pairs)
		return;
	const char *title = tt_thread_strdup(P->t, t, tl);
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		size_t end = c->body.n ? title_run_in_a(c->body.v[0], title, tl) : 0;
		if (!end)
			continue;
		const char *rest = c->body.v[0] + end;
		tt_strv_push(P->t, &c->body, rest);
		memmove(c->body.v + 1, c->body.v, (c->body.n - 1) * sizeof *c->body.v);
		c->body.v[0] = tt_thread_strdup(P->t, c->body.v[1], end);
		c->body.v[1] = rest;
	}
}

/* The name an avatar's alt text gives on line L ("AtlanG's picture",
 * Drupal's; "x6Teen's Avatar", vBulletin's; link numbers aside), its
 * length in *len; NULL if L is no such line. */
static const char *pictured_name(const struct line *L, size_t *len)
{
	static const char *const tails[] = {"'s picture", "'s avatar", "'s Avatar", "\xE2\x80\x99s picture"};
	size_t r = tt_textline_link_ref(L->s, L->len);
	for (size_t i = 0; !L->blank && i < sizeof tails / sizeof *tails; i++) {
		size_t tl = strlen(tails[i]);
		if (L->len - r > tl && !memcmp(L->s + L->len - tl, tails[i], tl)) {
			*len = L->len - r - tl;
			return L->s + r;
		}
	}
	return NULL;
}

/* A name line run into badges and a rank ("AtlanG Monkey CO", lynx's
 * "AtlanG [345]Monkey [346]CO") under an avatar's alt text naming the
 * writer ("AtlanG's picture"), or a badge's ("DrApeman - Certified
 * Professional"), within three lines over it: the name is the alt text's,
 * the rest the member's badges. */
static void pictured_names(struct page *P)
{
	size_t i = 0;
	for (size_t k = 0; k < P->nall; k++) {
		tt_comment *c = P->all[k];
		const char *a = c->author;
		while (i < P->n && P->l[i].no < c->line)
			i++;
		if (!a || i >= P->n || P->l[i].no != c->line)
			continue;
		for (size_t j = i, seen = 0; j-- > 0 && seen < 3;) {
			size_t n;
			const char *name = pictured_name(&P->l[j], &n);
			seen += !P->l[j].blank && P->l[j].len - strspn(P->l[j].s, " ") > 0;
			/* (or "NAME - TITLE", a badge's alt text opening with the name
			 * the line under it opens with: "DrApeman - Certified
			 * Professional" over "DrApeman Almost Human CO") */
			const char *dash = name || P->l[j].blank ? NULL : memmem(P->l[j].s, P->l[j].len, " - ", 3);
			if (dash) {
				size_t r = tt_textline_link_ref(P->l[j].s, P->l[j].len);
				name = P->l[j].s + r, n = (size_t)(dash - name);
			}
			if (!name)
				continue;
			if (n && n < strlen(a) && !strncmp(a, name, n) && a[n] == ' ')
				c->author = tt_thread_strdup(P->t, name, n);
			break;
		}
	}
}

void itx_tidy_headers(struct page *P)
{
	plain_spaces(P);
	pictured_names(P);
	name_tails_v(P);
	invisible_in_names_b(P);
	counted_names(P);
	avatars_over_headers(P);
	lettered_avatars(P);
	avatar_letter_tails_a(P);
	names_given_twice(P);
	own_handles(P);
	handles_after_names_b(P);
	for (size_t k = 0; k < P->nall; k++) {
		name_over_header(P, k);
		subject_of_text(P->all[k]);
	}
	numbers_before_names(P);
	topic_over_numbers(P);
	numbers_under_dates(P);
	counts_under_headers(P);
	row_titles(P);
	line_naming_author(P);
	answers_in_headers(P);
	answers_named_in_headers(P);
	answers_at_names(P);
	labels_over_mentions_m(P);
	link_numbers_opening_texts(P);
	quotes_run_in_b(P);
	quotes_under_name_a(P);
	answers_after_counts(P);
	answers_by_name(P);
	answers_by_bare_name(P);
	answers_by_opening_name(P);
	answers_by_first_name(P);
	dates_in_page_order(P);
	answers_out_of_time(P);
	answers_after_forms(P);
	badges_after_names(P);
	shared_bracket_badges(P);
	shared_label_after_names(P);
	ranks_run_into_names(P);
	titles_over_repeats(P);
	answers_newer_than_above(P);
	answers_naming_comment(P);
	lists_drawn_twice(P);
	answers_before_their_comment(P);
	gone_notices(P);
	named_quotes_a(P);
	glued_quote_titles(P);
	by_line_quotes(P);
	quoted_header_lines(P);
	quotation_titles(P);
	titles_over_quoted_text(P); /* (those the page indents are marked now) */
	itx_dotted_quote_replies(P); /* (the titles marked just now: "NAME posted...") */
	titled_quotes_set_apart(P);
	shared_first_paragraph(P);
	action_row_under_header_d(P);
	shared_opening_lines_b(P);
	opening_lines_to_count_d(P);
	past_shared_line_c(P);
	titles_run_into_text_a(P);
	image_files_opening_texts_b(P); /* once the lines over the text are gone */
	picture_files_opening_texts(P);
}
