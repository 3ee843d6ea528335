/* import_text_article: the article of page text: title, byline, front matter, body, widgets. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

/* A vote's counter on a line of its own, a word and a mark run into its
 * count ("Hilfreich?+1", "Helpful:0", a forum's vote row under each post,
 * w3m setting no blank line between it and the text): no words of the text. */
static int counter_line_a(const struct line *L)
{
	size_t d = L->len;
	while (d > 0 && isdigit((unsigned char)L->s[d - 1]))
		d--;
	if (d == L->len || d < 2 || L->len > 24 || memchr(L->s, ' ', L->len))
		return 0;
	d -= L->s[d - 1] == '+' || L->s[d - 1] == '-';
	return d >= 2 && (L->s[d - 1] == '?' || L->s[d - 1] == ':') &&
	       tt_textline_has_letter(L->s, d - 1);
}

static int byline_under_d(const struct page *P, const struct line *E);

int itx_is_prose(const struct page *P, const struct para *p)
{
	const struct line *L = &P->l[p->first];
	if (p->chars < 60 || tt_textline_count_words(L->s, L->len) < (p->lines > 1 ? 4 : 10))
		return 0;
	const struct line *E = &P->l[p->last];
	if (p->last > p->first && counter_line_a(E))
		E--; /* the text's last line is the one over its vote row */
	else if (p->last > p->first + 1 && byline_under_d(P, E))
		E--; /* the text's last line is the one over its byline */
	return tt_textline_ends_sentence(E->s, E->len) || memmem(L->s, L->len, ". ", 2) != NULL;
}

int itx_is_caption(const struct line *L)
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
	return itx_line_is(L, words);
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
			struct when w = {0};
			if (!itx_date_text(P, L->s + start[i], end[j] - start[i], &w) || !w.iso[0])
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
	if (itx_date_line(P, L, &b->when))
		return b->has_when = 1;
	const char *by = memmem(s, len, " by ", 4);
	if (by && itx_date_text(P, s, (size_t)(by - s), &b->when)) {
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
		if (itx_one_line_header(P, &rest, &h)) {
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
	if (itx_one_line_header(P, L, &bare)) {
		b->author = bare.author;
		b->when = bare.when;
		return b->has_when = 1;
	}
	return dated_words(P, L, b);
}

/* Whether L holds a clock: a digit, a colon, two digits ("09:00"). */
static int clock_in_d(const struct line *L)
{
	for (size_t k = 1; k + 2 < L->len; k++)
		if (L->s[k] == ':' && isdigit((unsigned char)L->s[k - 1]) &&
		    isdigit((unsigned char)L->s[k + 1]) && isdigit((unsigned char)L->s[k + 2]))
			return 1;
	return 0;
}

/* A byline closing a paragraph right under a sentence's end (lynx runs an
 * article's paragraphs and its byline into one block: "...beside each
 * chamber." over "Posted by Ellen Park at [5]9:00 AM"): no line of the
 * text, whose end tells prose. A short line of no sentence's end holding
 * a date or a clock, or a byline as line_byline reads one. */
static int byline_under_d(const struct page *P, const struct line *E)
{
	struct byline b;
	memset(&b, 0, sizeof b);
	if (!tt_textline_ends_sentence(E[-1].s, E[-1].len) ||
	    tt_textline_ends_sentence(E->s, E->len) || E->len > 80)
		return 0;
	/* whatever its words: a short line holding a clock or a date
	 * ("Eingestellt von NAME um [5]09:00") */
	if (tt_textline_count_words(E->s, E->len) <= 8 &&
	    (tt_dates_plausible(E->s, E->len) || clock_in_d(E)))
		return 1;
	return line_byline((struct page *)P, E, &b) && (b.has_when || b.author);
}

/* Line i is a name whose next text line (before limit) is a date: a byline
 * in two lines, as "Jane Roe / Mar 14, 2023". */
static int byline_name_at(struct page *P, size_t i, size_t limit, struct byline *b)
{
	const struct line *L = &P->l[i];
	const char *name;
	struct when w = {0};
	size_t nl = L->blank ? 0 : tt_textline_author_name(L->s, L->len, &name);
	size_t j = itx_next_text(P, i);
	/* an image alone ("[btn-follow]" over "Fr, 18. Oktober 2019") names no one */
	if (nl && L->s[0] == '[' && L->s[L->len - 1] == ']' && !memchr(L->s, ' ', L->len))
		return 0;
	if (!nl || j >= limit || itx_date_line(P, L, &w) || !itx_date_line(P, &P->l[j], &b->when))
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
	    tt_textline_contains_ci(L->s, L->len, "http") || itx_is_caption(L) ||
	    itx_comments_heading(L) || itx_reply_form(L) || itx_comment_chrome(L) ||
	    itx_form_field(L))
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

size_t itx_make_paras(const struct page *P, size_t from, size_t to, int line_mode,
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
				keep = !itx_is_caption(para.v[k]);
			for (size_t k = 0; k < para.n && keep; k++)
				itx_lines_add(body, para.v[k]);
			if (keep)
				itx_lines_add(body, NULL);
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
			skip = itx_next_text(P, i);
			P->role[i] = P->role[skip] = R_BYLINE;
		} else {
			itx_lines_add(&para, &P->l[i]);
		}
	}
	free(para.v);
}

/* A line of a widget: a field, a button ("[Subscribe]"), or a bulleted or
 * linked item of four words at most. */
static int widget_line(const struct line *L)
{
	if (itx_form_field(L) || (L->len > 2 && L->s[0] == '[' && L->s[L->len - 1] == ']' &&
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
	struct when w = {0};
	/* Teasers of other posts: a title over a date, the comments' shape. */
	if (p->lines <= 2 && (itx_header_at(P, p->first, 0, &h) ||
	                      (p->lines == 1 && itx_date_line(P, &P->l[p->first], &w))))
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
void itx_parse_article(struct page *P, size_t from, size_t to)
{
	struct para *ps;
	int line_mode = article_line_mode(P, from, to);
	size_t n = itx_make_paras(P, from, to, line_mode, &ps);
	size_t prose = 0;
	while (prose < n && !itx_is_prose(P, &ps[prose]))
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
		if (itx_is_prose(P, &ps[i]))
			last_prose = i;
	if (prose < n)
		end = without_widgets(P, ps, last_prose, end);
	for (size_t i = from_para; i < end; i++) {
		const struct line *L = &P->l[ps[i].first];
		if (ps[i].lines == 1 && (itx_comment_chrome(L) || itx_comments_heading(L)))
			continue; /* "Sort by", "Share" and the like, just above the comments */
		for (size_t k = ps[i].first; k <= ps[i].last; k++)
			itx_lines_add(&body, &P->l[k]);
		itx_lines_add(&body, NULL);
	}
	itx_mark_lines(P, &body, R_ARTICLE);
	itx_emit_paragraphs(P, &P->t->article.body, &body, line_mode);
	/* The author box after the body names the author when nothing above did. */
	static const char *const box[] = {"Written by", "About the author", "About the writer",
	                                  NULL};
	for (size_t i = end; i + 1 < n && !P->t->article.author; i++)
		if (itx_line_is(&P->l[ps[i].first], box))
			P->t->article.author = bio_name(P, &P->l[ps[i + 1].first]);
	free(body.v);
	free(ps);
}
