/* import_text_start: where page text's comments start: headings, stated counts, count lists. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

/* Prose in a script written without spaces (Chinese, Japanese), where no
 * words can be counted: a paragraph whose first line holds twenty
 * characters or more of three bytes (CJK), most of the line, and a full
 * stop of that script ("。", "！", "？"). */
static int unspaced_line(const struct line *L)
{
	size_t wide = 0;
	for (size_t k = 0; k < L->len; k++)
		wide += ((unsigned char)L->s[k] & 0xF0) == 0xE0;
	return wide >= 20 && wide * 3 * 4 >= L->len * 3;
}

static int unspaced_prose(const struct page *P, const struct para *p)
{
	static const char *const stops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
	const struct line *L = &P->l[p->first], *E = &P->l[p->last];
	if (!unspaced_line(L))
		return 0;
	for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
		if (memmem(L->s, L->len, stops[k], 3) ||
		    (E->len >= 3 && !memcmp(E->s + E->len - 3, stops[k], 3)))
			return 1;
	return 0;
}

/* Two such paragraphs in a row are an article's (a notice under the
 * comments, "讨论应以学习和精进为目的。…", stands alone): where prose
 * starts on a page whose article is written so, as the article under a
 * comment form of Twikoo, Artalk, Waline or Valine is. */
static int unspaced_article(const struct page *P, const struct para *ps, size_t n, size_t i)
{
	return i + 1 < n && unspaced_prose(P, &ps[i]) && unspaced_prose(P, &ps[i + 1]);
}

/* Three such paragraphs in a row, every line of them such a line (a
 * comment's lines run on into its date and buttons), none a list's item,
 * are an article's
 * even where none holds a full stop (a travel blog's lines, each cut at
 * the browser's width before its stop: "一波波接續性低溫寒流報到已將…"), so
 * that the comments' items under it are not taken for its start. */
static int unspaced_run(const struct page *P, const struct para *ps, size_t n, size_t i)
{
	if (i + 2 >= n)
		return 0;
	for (size_t k = i; k < i + 3; k++) {
		const struct line *L = &P->l[ps[k].first];
		if (tt_textline_list_mark(L->s, L->len) || itx_numbered(L))
			return 0;
		for (size_t j = ps[k].first; j <= ps[k].last; j++)
			if (!unspaced_line(&P->l[j]))
				return 0;
	}
	return 1;
}

/* lynx sets no blank line inside an article drawn as lines of text, nor
 * between it and the comment's header under it (Kyffhäuser Nachrichten's
 * article runs on into "Kommentare", "Harzer66", "31.10.2023, 19.18 Uhr"):
 * the run's last line is a date, no sentence's end, yet its first line is
 * a whole sentence of ten words or more, and six lines of ten words or
 * more are in it, half its lines at least (a comment's one sentence over
 * its buttons is no such run). Such a run is prose, so that the comments
 * are looked for under it. */
enum { RUN_ON_LINES = 6, RUN_ON_WORDS = 10 };
static int run_on_prose(const struct page *P, const struct para *p)
{
	const struct line *L = &P->l[p->first];
	if (p->lines < RUN_ON_LINES || tt_textline_count_words(L->s, L->len) < RUN_ON_WORDS ||
	    !tt_textline_ends_sentence(L->s, L->len))
		return 0;
	size_t wordy = 0;
	for (size_t k = p->first; k <= p->last; k++)
		wordy += tt_textline_count_words(P->l[k].s, P->l[k].len) >= RUN_ON_WORDS;
	return wordy >= RUN_ON_LINES && wordy * 2 >= p->lines;
}

static size_t first_prose_line(struct page *P)
{
	struct para *ps;
	size_t n = itx_make_paras(P, 0, P->n, 0, &ps), line = P->n;
	for (size_t i = 0; i < n; i++)
		if (itx_is_prose(P, &ps[i]) || unspaced_article(P, ps, n, i) || run_on_prose(P, &ps[i]) ||
		    unspaced_run(P, ps, n, i)) {
			line = ps[i].first;
			break;
		}
	free(ps);
	return line;
}

/* One pass from the end, so that asking at every line stays linear. */
/* Header line i right under another header (blank lines and lynx's bare
 * buttons between), repeating an earlier header's line word for word
 * ("StillSpartacus · 03/03/2026 20:51" over "Seaside3 · 03/03/2026
 * 20:20", the quoted post's own line over its quoted words, Mumsnet's):
 * the title of a quotation of that post, no post of its own. */
static int quoted_header(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t k = i;
	while (k > 0 && i - k < 4 && (P->l[k - 1].blank || itx_bare_button(&P->l[k - 1])))
		k--;
	/* (one-line headers all three: a name and a date on one line each, not
	 * the lines of a header drawn over several, "Gast" under "NAME") */
	if (k == 0 || i - k >= 4 || P->hshape[k - 1] != SH_ONE_LINE || P->hshape[i] != SH_ONE_LINE)
		return 0;
	for (size_t j = k - 1; j-- > 0 && k - j < 2000;)
		if (P->hshape[j] == SH_ONE_LINE && P->l[j].len == L->len &&
		    !memcmp(P->l[j].s, L->s, L->len))
			return 1;
	return 0;
}

static void index_headers(struct page *P)
{
	struct header h;
	P->undated_from = tt_xcalloc(P->n + 1, sizeof *P->undated_from);
	P->strong_from = tt_xcalloc(P->n + 1, sizeof *P->strong_from);
	P->hshape = tt_xcalloc(P->n + 1, 1);
	unsigned char *none = tt_xcalloc(P->n + 1, 1);
	for (size_t i = P->n; i-- > 0;) {
		int sig = itx_signature_at(P, &P->l[i], &h), strong = sig || itx_header_at(P, i, 0, &h);
		none[i] = !strong; /* a signature's line was not asked */
		P->hshape[i] = strong ? (unsigned char)(h.shape & SH_BASE) : 0;
		if (strong && !P->strong_end)
			P->strong_end = i + 1;
		P->undated_from[i] = P->undated_from[i + 1] + (!strong && itx_undated_at(P, i, &h));
		P->strong_from[i] = P->strong_from[i + 1] + (uint32_t)strong;
	}
	size_t quoted = 0;
	for (size_t i = 1; i < P->n; i++)
		if (P->hshape[i] && quoted_header(P, i)) {
			if (!P->quoted_headers)
				P->quoted_headers = tt_xcalloc(P->n + 1, 1);
			P->quoted_headers[i] = 1, quoted++;
		}
	for (size_t i = 1; quoted && i < P->n; i++)
		P->hshape[i] = P->quoted_headers[i] ? 0 : P->hshape[i];
	for (size_t i = P->n; quoted && i-- > 0;) /* (the counts without them) */
		P->strong_from[i] = P->strong_from[i + 1] + (!none[i] && !P->quoted_headers[i]);
	P->no_header = none;
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
 * section starts at that heading instead; unless another heading or count
 * comes between it and the comments' first header (the byline's "153
 * COMMENTS" over the article's text, "151 comments" right over the
 * comments): the later one heads them (heading_nearer). */
static int heading_nearer(struct page *P, size_t i, unsigned dom);

/* A run of dated lines before a comment heading, each "WORD DATE" with
 * one of at most two words for all of them ("dodane 2012-01-01 (14:23)",
 * "aktualizacja ...": a news list's added and updated labels under its
 * titles, in any language): a list of dated labels, page
 * furniture. Commenters differ from header to header; a label does not.
 * Where three or more such lines, and no other header, come before a
 * comment heading with comments under it, the section starts at the
 * heading: the heading's line, or P->n. */
static size_t labelled_dates_before(struct page *P, size_t first, unsigned dom)
{
	struct header h;
	enum hkind kind;
	const char *word[2] = {NULL, NULL};
	size_t wl[2] = {0, 0}, headers = 0;
	for (size_t i = first; i < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (itx_comments_heading(L) || itx_stated_count(P, L) >= 0)
			return headers >= 3 && comments_follow(P, i + 1, &kind) && kind != H_UNDATED &&
			               !heading_nearer(P, i, dom)
			           ? i
			           : P->n;
		if (!P->hshape[i] || !itx_header_at(P, i, 0, &h))
			continue; /* a title over its label may read as a signature */
		struct header lab;
		size_t j = h.next - 1;
		if (h.next > i + 1 && !P->l[j].blank && itx_header_at(P, j, 0, &lab) &&
		    lab.next == j + 1) {
			/* a title read as a name over its label's date line: the
			 * label's line, read alone, is the one to weigh */
			i = j - 1;
			continue;
		}
		if (!h.author || h.next != i + 1)
			return P->n;
		size_t al = strlen(h.author);
		if (!al || al > 24 || memchr(h.author, ' ', al) || tt_textline_has_digit(h.author, al) ||
		    !islower((unsigned char)h.author[0]) || strncmp(L->s, h.author, al))
			return P->n;
		int k = 0;
		while (k < 2 && word[k] && !(wl[k] == al && !memcmp(word[k], h.author, al)))
			k++;
		if (k == 2)
			return P->n;
		word[k] = h.author, wl[k] = al;
		headers++;
	}
	return P->n;
}

static size_t later_heading(struct page *P, size_t first, unsigned dom)
{
	size_t labelled = labelled_dates_before(P, first, dom);
	if (labelled < P->n)
		return labelled;
	struct header h;
	enum hkind kind;
	size_t headers = 0;
	for (size_t i = first; i < P->n && headers <= 2; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (itx_comments_heading(L) && comments_follow(P, i + 1, &kind) &&
		    kind != H_UNDATED && !heading_nearer(P, i, dom))
			return i;
		if (itx_signature_at(P, L, &h) || itx_header_at(P, i, 0, &h))
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

/* Whether L ends in a full-width stop, question or exclamation mark (U+3002,
 * U+FF01, U+FF1F): a Chinese or Japanese sentence ("1 楼我的评论被删除了。",
 * a reply's words naming its floor), no heading. */
static int wide_stop(const struct line *L)
{
	static const char *const stops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
	for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
		if (L->len >= 3 && !memcmp(L->s + L->len - 3, stops[k], 3))
			return 1;
	return 0;
}

/* Whether line L, after a count's number and the space at end, runs on as
 * three words at most and then a title in quotes to its end ("5 Antworten zu
 * „Rebloggt von ...“", "3 Responses to "TITLE"", "2 réponses à « TITLE »"):
 * WordPress's heading naming the post, however long its title. */
static int count_over_quoted_title(const struct line *L, const char *end)
{
	static const char *const opens[] = {"\xE2\x80\x9E", "\xE2\x80\x9C", "\"", "\xC2\xAB",
	                                    "\xE2\x80\x98", "\xE2\x80\x9A"};
	static const char *const closes[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "\xC2\xBB",
	                                     "\xE2\x80\x99"};
	const char *e = L->s + L->len, *p = end;
	for (int words = 0; p < e && words <= 3; words++) {
		p += strspn(p, " ");
		for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
			size_t n = strlen(opens[k]);
			if (words >= 1 && (size_t)(e - p) > n + 2 && !memcmp(p, opens[k], n))
				for (size_t c = 0; c < sizeof closes / sizeof *closes; c++) {
					size_t m = strlen(closes[c]);
					if ((size_t)(e - p) >= n + m + 1 && !memcmp(e - m, closes[c], m))
						return 1;
				}
		}
		const char *sp = memchr(p, ' ', (size_t)(e - p));
		p = sp ? sp : e;
	}
	return 0;
}

/* The count a short heading states: "74 Kommentare", "199 Comments", "17
 * Discussion to this post", "Comments (4)", "Kommentare (12)"; -1 if none.
 * The words do not matter: a number opening or closing a short line that is
 * no sentence, no date and no list item is what such headings share. */
/* Where the number starts after a label of two to four wide characters
 * (CJK, three bytes each) run into a number of one to six figures filling
 * the line ("评论13", 360 快资讯's count over its comments: a script writing
 * no space between word and figure), or 0. */
static size_t wide_label_run_d(const struct line *L)
{
	size_t w = 0;
	while (w + 3 <= L->len && (unsigned char)L->s[w] >= 0xE3 && (unsigned char)L->s[w] <= 0xE9)
		w += 3;
	size_t sp = w < L->len && L->s[w] == ' ', d = w + sp;
	size_t digits = d < L->len ? strspn(L->s + d, "0123456789") : 0;
	/* the number may stand apart and close with one wide counter word
	 * ("热门评论 7条", Guancha's lists; "コメント 5件"): how those scripts count
	 * things, the label's script again */
	size_t unit = d + digits + 3 == L->len && (unsigned char)L->s[d + digits] >= 0xE3 &&
	              (unsigned char)L->s[d + digits] <= 0xE9;
	if (sp && !unit)
		return 0;
	return w >= 6 && w <= 12 && digits >= 1 && digits <= 6 && d + digits + 3 * unit == L->len
	           ? d
	           : 0;
}

/* One word of letters (three at least, any script), a colon and a number
 * filling the line ("Wypowiedzi: 5", dziennik.pl's count over its
 * comments; "Comments: 12"), a line the page holds once or twice: the
 * number, or -1. */
static long label_colon_count_b(struct page *P, const struct line *L)
{
	const char *colon = L->len <= 40 ? memchr(L->s, ':', L->len) : NULL;
	uintptr_t at = (uintptr_t)L, first = (uintptr_t)P->l;
	if (at < first || at >= (uintptr_t)(P->l + P->n)) /* not one of the page's lines */
		return -1;
	size_t i = (at - first) / sizeof *L;
	/* a member box's field repeated with each post ("Posts: 22") or under
	 * another field ("Joined: 4 months ago") is none */
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	if (P->short_repeats[i] || (i > 0 && !P->l[i - 1].blank &&
	                            memchr(P->l[i - 1].s, ':', P->l[i - 1].len)))
		return -1;
	size_t w = colon ? (size_t)(colon - L->s) : 0, d = w + 2;
	if (!colon && (d = wide_label_run_d(L)) > 0)
		w = 0; /* the label all wide characters */
	else if (w < 3 || d >= L->len || colon[1] != ' ' || L->len - d > 6 ||
	    strspn(L->s + d, "0123456789") != L->len - d)
		return -1;
	for (size_t k = 0; k < w; k++)
		if (!isalpha((unsigned char)L->s[k]) && (unsigned char)L->s[k] < 0x80)
			return -1;
	return strtol(L->s + d, NULL, 10);
}

long itx_stated_count(struct page *P, const struct line *L)
{
	/* a count opens the line or closes it in brackets (or after a label's
	 * colon): asked of most lines several times, the rest is read only
	 * where one may stand */
	if (!L->blank && !isdigit((unsigned char)L->s[0]) &&
	    (isdigit((unsigned char)L->s[L->len - 1]) ||
	     (L->len >= 4 && isdigit((unsigned char)L->s[L->len - 4]) &&
	      (unsigned char)L->s[L->len - 3] >= 0xE3)))
		return label_colon_count_b(P, L);
	if (L->blank || (!isdigit((unsigned char)L->s[0]) && L->s[L->len - 1] != ')'))
		return -1;
	struct when w = {0};
	int quoted = !L->blank && isdigit((unsigned char)L->s[0]) &&
	             count_over_quoted_title(L, L->s + strspn(L->s, "0123456789"));
	if (L->blank || (!quoted && (L->len > 120 || tt_textline_count_words(L->s, L->len) > 12)) ||
	    tt_textline_ends_with_any(L->s, L->len, ".!?:,;") || wide_stop(L) ||
	    itx_date_line(P, L, &w))
		return -1;
	const char *s = L->s, *e = L->s + L->len;
	char *end;
	if (isdigit((unsigned char)s[0])) {
		long n = strtol(s, &end, 10);
		/* the number then a word of letters: not "1. Name", not "2019 Report" */
		if (end - s <= 6 && end + 1 < e && end[0] == ' ' &&
		    (isalpha((unsigned char)end[1]) || (unsigned char)end[1] >= 0xC0) &&
		    (quoted || tt_textline_count_words(L->s, L->len) <= (itx_comments_heading(L) ? 12 : 5)) &&
		    !date_then_count(L))
			return n;
		return -1;
	}
	if (e[-1] != ')')
		return -1;
	const char *open = e - 1;
	while (open > s && isdigit((unsigned char)open[-1]))
		open--;
	if (open == e - 1 || open - s < 3 || open[-1] != '(' ||
	    !itx_count_opens(s, (size_t)(open - 1 - s)) || tt_textline_count_words(L->s, L->len) > 4)
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

/* A count in brackets at line i ("odpowiedzi (2)") whose words came
 * already within 64 lines above with a count of none ("odpowiedzi (0)",
 * under the comment before: a section's heading never says 0 over its
 * comments): each comment's count of answers, no heading. A run of such
 * counts none of which is 0 ("раскрыть ветку (72)", Pikabu's collapsed
 * branches) is left as before: a page whose comments start there only so. */
static int bracket_count_again(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	const char *open = L->len > 3 && L->s[L->len - 1] == ')' ? memrchr(L->s, '(', L->len) : NULL;
	if (!open || open == L->s)
		return 0;
	size_t wl = (size_t)(open - L->s);
	for (size_t k = i > 64 ? i - 64 : 0; k < i; k++) {
		const struct line *K = &P->l[k];
		if (!K->blank && K->len == wl + 3 && !memcmp(K->s, L->s, wl + 1) &&
		    !memcmp(K->s + wl + 1, "0)", 2))
			return 1;
	}
	return 0;
}

/* A count in brackets among a few words closing a short heading
 * ("Comments in chronological order (Total 83 comments)"): the number,
 * alone among at most three words in the brackets, the line eight words at
 * most, words of letters only before the bracket (no sentence, no code's
 * "irsend; // IRemote initialisieren (Pin 3)") and a block of its own (a
 * list's "1 Widerstand (hier 39 Ohm)" is none), not repeated nearby;
 * else -1. */
static long bracketed_total(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	if (L->blank || L->len > 80 || L->s[L->len - 1] != ')' || !isalpha((unsigned char)L->s[0]) ||
	    tt_textline_count_words(L->s, L->len) > 8 || (i > 0 && !P->l[i - 1].blank) ||
	    (i + 1 < P->n && !P->l[i + 1].blank))
		return -1;
	const char *open = memrchr(L->s, '(', L->len), *e = L->s + L->len - 1;
	if (!open || open == L->s || open[-1] != ' ' ||
	    tt_textline_count_words(open, (size_t)(e - open)) > 3)
		return -1;
	for (const char *p = L->s; p < open; p++) /* words only: no code, no sentence */
		if (!isalpha((unsigned char)*p) && *p != ' ' && (unsigned char)*p < 0x80)
			return -1;
	/* the line again nearby, at a list's item too: a tab's or a button's
	 * label ("DIVE DEEPER (7 MIN)" over the tabs that repeat it) */
	for (size_t k = i > 64 ? i - 64 : 0; k < P->n && k <= i + 64; k++)
		if (k != i && P->l[k].len >= L->len &&
		    !memcmp(P->l[k].s + P->l[k].len - L->len, L->s, L->len))
			return -1;
	long n = -1;
	for (const char *p = open + 1; p < e; p++)
		if (isdigit((unsigned char)*p)) {
			if (n >= 0 || (p[-1] != ' ' && p[-1] != '('))
				return -1;
			char *end;
			n = strtol(p, &end, 10);
			if (end != e && *end != ' ')
				return -1;
			p = end - 1;
		}
	return n;
}

/* A comment heading between the first prose and line i with three dated
 * headers or more between it and line i, of another shape than those
 * after line i: the comments under their heading came before, and a count
 * at line i heads a later box (Johnston Press' "5 day forecast" over the
 * weather's days, a day over each forecast, after "Comments" and its eight
 * comments, each a name over a date). */
static unsigned char next_shape(const struct page *P, size_t i, size_t end)
{
	for (; i < end; i++)
		if (P->hshape[i])
			return P->hshape[i];
	return 0;
}

/* The comment headings from the first prose on, found once a page: a page
 * of many count lines asked each to look back over every line before it
 * (a 10 MB dump of such lines took seconds). */
struct headings {
	size_t *v, n;
	int built;
};

static void headings_build(const struct page *P, size_t prose, struct headings *H)
{
	size_t cap = 0;
	H->built = 1;
	for (size_t k = prose; k < P->n; k++) {
		if (P->l[k].blank || !itx_comments_heading(&P->l[k]))
			continue;
		if (H->n == cap) {
			cap = cap ? cap * 2 : 16;
			H->v = tt_xrealloc(H->v, cap * sizeof *H->v);
		}
		H->v[H->n++] = k;
	}
}

static int comments_before_count(struct page *P, size_t prose, size_t i, struct headings *H)
{
	if (!H->built)
		headings_build(P, prose, H);
	for (size_t j = 0; j < H->n && H->v[j] < i; j++) {
		size_t k = H->v[j];
		if (P->strong_from[k + 1] >= P->strong_from[i] + 3) {
			unsigned char before = next_shape(P, k + 1, i), after = next_shape(P, i + 1, P->n);
			return before && after && before != after;
		}
	}
	return 0;
}

/* A stated-count heading after the prose with about as many comments under
 * it as it says (furniture such as related posts may come before it and look
 * like comments); its line, or P->n. */
/* Line i one of a header's own lines, under its first with no blank line
 * between (a member's box under "August 29, 2011" over "6:45 am" over the
 * name ends in "17 sp_EditHistory sp_Permalink sp_Print", the post's
 * number and buttons): the header's, no count of the page's. Sixteen
 * lines up at most, the longest box a header takes. */
static int in_header_lines(struct page *P, size_t i)
{
	struct header h;
	for (size_t k = i; k-- > 0 && i - k <= 16 && !P->l[k].blank;)
		if (P->hshape[k] && itx_header_at(P, k, 0, &h) && h.next > i)
			return 1;
	return 0;
}

/* Do the n bytes at a and at b open with the same four letters or more,
 * case aside (ASCII): "Reply" and "replies", "Antworten" and "Antwort". */
static int same_stem_v(const char *a, size_t na, const char *b, size_t nb)
{
	size_t k = 0;
	while (k < na && k < nb && (unsigned char)a[k] >= 0x41 &&
	       tolower((unsigned char)a[k]) == tolower((unsigned char)b[k]))
		k++;
	return k >= 4;
}

/* The bytes of lynx's mark of a button ("(BUTTON) ") opening the n bytes
 * at s, before its label: a word of capitals in brackets and a space. */
static size_t control_mark_v(const char *s, size_t n)
{
	size_t k = 1;
	if (n < 4 || s[0] != '(')
		return 0;
	while (k < n && isupper((unsigned char)s[k]))
		k++;
	return k > 1 && k + 2 < n && s[k] == ')' && s[k + 1] == ' ' ? k + 2 : 0;
}

long itx_answers_count(struct page *P, size_t from, size_t i)
{
	const struct line *L = &P->l[i];
	if (L->blank)
		return 0;
	size_t m = control_mark_v(L->s, L->len), d = strspn(L->s + m, "0123456789");
	const char *word = L->s + m + d + 1;
	if (d == 0 || d > 4 || m + d + 1 >= L->len || L->s[m + d] != ' ' ||
	    tt_textline_count_words(word, L->len - m - d - 1) != 1)
		return 0;
	if (!P->short_repeats)
		itx_mark_short_repeats(P);
	size_t lo = i > from + 40 ? i - 40 : from, hi = i + 40 < P->n ? i + 40 : P->n;
	for (size_t k = lo; k < hi; k++) {
		const struct line *B = &P->l[k];
		size_t bm = B->blank ? 0 : control_mark_v(B->s, B->len);
		size_t bl = B->len - bm, wl = L->len - m - d - 1;
		/* the same word exactly is the button's own count ("5 Like",
		 * "2 举报": votes), not the answers' ("1 reply" under "Reply") */
		if (!B->blank && P->short_repeats[k] && B->len <= 24 &&
		    tt_textline_count_words(B->s + bm, bl) == 1 && same_stem_v(B->s + bm, bl, word, wl) &&
		    (bl != wl || memcmp(B->s + bm, word, wl) != 0))
			return strtol(L->s + m, NULL, 10);
	}
	return 0;
}

/* Line i, a count ("1 reply", "3 Antworten"), is the count of one
 * comment's answers (itx_answers_count) where comments come before it
 * (two at least) and more come after it than it says: a toggle amid the
 * comments, no heading, which counts all that follow it ("4 Antworten"
 * over four, under a sidebar's dated teasers, is one). */
static int answers_count_v(struct page *P, size_t prose, size_t i, long n)
{
	return P->strong_from[prose] >= P->strong_from[i] + 2 && P->strong_from[i + 1] > (size_t)n &&
	       itx_answers_count(P, prose, i) > 0;
}

static size_t count_heading(struct page *P, size_t prose, long *stated)
{
	enum hkind kind;
	int tries = 0; /* same_shape_after walks to the end: a few times at most */
	struct headings H = {0};
	/* big: the first count stating more comments than the page shows
	 * after it ("Komentarze (813)" over nine); a count after two headers
	 * or more under it, of the same shape after as before, is one
	 * comment's, its answers folded away ("Pokaż odpowiedzi (10)" under
	 * the second comment), no heading */
	size_t found = P->n, big = P->n;
	for (size_t i = prose; i < P->n; i++) {
		long n = itx_stated_count(P, &P->l[i]);
		if (n < 0)
			n = bracketed_total(P, i);
		if (n < 1 || !comments_follow(P, i + 1, &kind) || kind != H_DATED ||
		    count_again(P, i) || comments_before_count(P, prose, i, &H) ||
		    answers_count_v(P, prose, i, n) ||
		    bracket_count_again(P, i))
			continue;
		/* A count right under a date is a teaser's ("19/02/2020" over "15
		 * min lues", a reading time), no heading. */
		struct when w = {0};
		if (i > 0 && !P->l[i - 1].blank &&
		    (itx_date_line(P, &P->l[i - 1], &w) || in_header_lines(P, i)))
			continue;
		/* A line amid a paragraph, at its indentation above and below, or
		 * right under another such count, is the paragraph's ("1 Freddy
		 * Mercury", "3 Robert Plant" in a comment's list). */
		const struct line *up = i > 0 && !P->l[i - 1].blank ? &P->l[i - 1] : NULL;
		if (up && up->indent == P->l[i].indent &&
		    ((i + 1 < P->n && !P->l[i + 1].blank && P->l[i + 1].indent == up->indent) ||
		     itx_stated_count(P, up) >= 0))
			continue;
		/* A line hanging under a list item right over it is the item's
		 * words run on ("Recommend |" over "14 Times", a share bar's
		 * count of recommendations), no heading. */
		if (up && P->l[i].indent > up->indent && tt_textline_list_mark(up->s, up->len))
			continue;
		if (big < P->n && P->strong_from[big + 1] >= P->strong_from[i] + 2 &&
		    next_shape(P, big + 1, i) == next_shape(P, i + 1, P->n))
			continue; /* one comment's count under a heading saying more */
		size_t after = P->strong_from[i + 1];
		if (after * 2 + 3 < (size_t)n && big == P->n)
			big = i;
		/* Too many: those of the comments' template, no fewer than it says
		 * (replies only add to a page's count). */
		if (after > (size_t)n * 2 + 3 && tries++ < 8) {
			after = same_shape_after(P, i + 1);
			if (after < (size_t)n)
				continue;
		}
		if (after * 2 + 1 >= (size_t)n && after <= (size_t)n * 2 + 3) {
			*stated = n;
			found = i;
			break;
		}
	}
	free(H.v);
	return found;
}

/* A list's bullet opening line L, alone ("•", as w3m draws an item over
 * its text) or before the text (lynx's "* text"): its length, or 0. */
size_t itx_item_bullet(const struct line *L)
{
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (mark)
		return mark;
	return itx_bare_mark(L) && !isdigit((unsigned char)L->s[0]) && L->s[0] != '[' ? L->len : 0;
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
	if (!itx_item_bullet(&P->l[i]))
		return 0;
	for (; k < P->n; k++) {
		const struct line *L = &P->l[k];
		if (L->blank) {
			size_t j = itx_next_text(P, k);
			if (j >= P->n || P->l[j].indent < col ||
			    (P->l[j].indent == col && !itx_item_bullet(&P->l[j])))
				break;
			continue;
		}
		size_t mark = L->indent == col ? itx_item_bullet(L) : 0;
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
		    tt_textline_list_mark(L->s, L->len) || itx_numbered(L))
			continue;
		long n = itx_stated_count(P, L);
		if (n < 3)
			continue;
		size_t j = itx_next_text(P, i), items, texts, end;
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

/* A comments heading, perhaps with a link after it in brackets (w3m's
 * "Comments [rss]", lynx's "Comments [[31]rss]"). */
static int heading_with_link(const struct line *L)
{
	if (itx_comments_heading(L))
		return 1;
	const char *open = L->len > 2 && L->s[L->len - 1] == ']' ? memchr(L->s, '[', L->len) : NULL;
	struct line rest = *L;
	rest.len = open ? (size_t)(open - L->s) : 0;
	while (rest.len && rest.s[rest.len - 1] == ' ')
		rest.len--;
	return rest.len && itx_comments_heading(&rest);
}

/* Whether the item of a list at line k (its bullet at column col) opens
 * with a name alone (short, no sentence: tt_textline_author_name) and
 * its text hangs under it, on the next line, right of the bullet. */
static int named_item(const struct page *P, size_t k, unsigned col)
{
	const struct line *L = &P->l[k];
	size_t mark = itx_item_bullet(L), len;
	const char *s = L->s + mark, *name;
	len = L->len - mark;
	while (len && *s == ' ')
		s++, len--;
	size_t ref = len ? tt_textline_link_ref(s, len) : 0;
	s += ref, len -= ref;
	const struct line *N = k + 1 < P->n ? &P->l[k + 1] : NULL;
	return len && len <= 40 && tt_textline_count_words(s, len) <= 4 &&
	       tt_textline_author_name(s, len, &name) == len && name == s && N && !N->blank &&
	       N->indent > col && !itx_item_bullet(N) && !tt_textline_link_ref(N->s, N->len) &&
	       (tt_textline_count_words(N->s, N->len) >= 3 || tt_textline_ends_sentence(N->s, N->len));
}

/* Comments with no time anywhere, each an item of a list right under a
 * comments heading: its first line the writer's name alone, its text
 * hanging under it (Disqus written into Gothamist's page: "• OleS" over
 * "That's weird. Never felt better actually."), three items or more, all
 * so shaped (the text of three words or a sentence, not opening with a
 * link as teasers' titles do), none a header. The
 * heading's line, or P->n; P->list_to and P->list_named are set. */
static size_t named_list(struct page *P, size_t prose)
{
	for (size_t i = prose; i < P->n; i++) {
		if (P->l[i].blank || !heading_with_link(&P->l[i]))
			continue;
		size_t j = itx_next_text(P, i), items, texts, end, named = 0;
		/* the text is told by named_item: bullet_list's, opening with the
		 * name's link, would not read as text */
		if (j >= P->n || !(end = bullet_list(P, j, &items, &texts)) || items < 3 ||
		    P->strong_from[j] != P->strong_from[end])
			continue;
		unsigned col = P->l[j].indent;
		for (size_t k = j; k < end; k++)
			named += !P->l[k].blank && P->l[k].indent == col && itx_item_bullet(&P->l[k]) &&
			         named_item(P, k, col);
		if (named == items) {
			P->list_to = end;
			P->list_named = 1;
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
		if (!P->l[k].blank && !itx_bare_button(&P->l[k]))
			return &P->l[k];
		blanks += P->l[k].blank;
	}
	return NULL;
}

/* A one-line header that opens an item of a list, the text above it
 * hanging in the item before and the line under it hanging in its own
 * (Smitten Kitchen's "• Rena   May 26, 2016" over its number and text,
 * all four columns in): it heads its item, signs nothing above it. */
static int heads_its_item(const struct line *L, const struct line *up, const struct line *down)
{
	return tt_textline_list_mark(L->s, L->len) && up->indent > L->indent && down &&
	       down->indent > L->indent;
}

/* Line D, under a one-line header, a notice the page repeats under every
 * comment's (three times or more, itx_mark_repeats: CareerCup's "Comment
 * hidden because of low score. Click to expand." under each "- NAME DATE |
 * Flag Reply"): the site's words, no comment's text under a header. */
static int notice_under_b(struct page *P, const struct line *D)
{
	if (!P->repeated)
		itx_mark_repeats(P);
	return P->repeated[D - P->l];
}

/* A one-line header that signs text: text of three words or more right
 * above it (past the post's score, which a question-and-answer page draws
 * between a post's text and its signature: "17997" over "ответ дан ..."),
 * and below it a short line (a reply link), nothing, or the next item of a
 * list (lynx numbers the comments and writes each signature right over the
 * next one's first line). */
static int signs_above(struct page *P, size_t i)
{
	const struct line *up = near_text(P, i, -1), *down = near_text(P, i, 1);
	if (up && itx_count_line(up)) /* a post's score between its text and signature */
		up = near_text(P, (size_t)(up - P->l), -1);
	return up && !P->hshape[up - P->l] && tt_textline_count_words(up->s, up->len) >= 3 &&
	       !heads_its_item(&P->l[i], up, down) &&
	       (!down || tt_textline_count_words(down->s, down->len) <= 3 || itx_numbered(down) ||
	        tt_textline_list_mark(down->s, down->len) || notice_under_b(P, down));
}

/* Line first, the first one-line header, right under the comments
 * heading past a menu alone: short lines only (two words at most, no
 * sentence's end: "Expand All", "Best", "Top", "Newest" over Imgur's first
 * "NAME•DATE"), two at least, twelve lines at most. A first signature
 * would have the first comment's text over it; a header over text signs
 * nothing, though signs_above takes each later header to sign the
 * buttons closing the comment before ("Collapse replies5 repliesReply"). */
static int menu_over_first(struct page *P, size_t from, size_t first)
{
	size_t k = first, shorts = 0;
	while (k > from && first - k < 12) {
		const struct line *L = &P->l[--k];
		if (L->blank)
			continue;
		if (itx_comments_heading(L) || itx_stated_count(P, L) > 0) /* "4 Kommentare" */
			return shorts >= 2;
		if (P->hshape[k] || tt_textline_count_words(L->s, L->len) > 2 ||
		    tt_textline_ends_with_any(L->s, L->len, ".!?"))
			return 0;
		shorts++;
	}
	return 0;
}

/* Signatures rather than headers: most one-line headers (three at least)
 * sign the text above them. */
static int signed_layout(struct page *P, size_t from)
{
	size_t one_line = 0, signing = 0, first = P->n;
	for (size_t i = from; i < P->n; i++)
		if (P->hshape[i] == SH_ONE_LINE) {
			if (!one_line++)
				first = i;
			signing += (size_t)signs_above(P, i);
		}
	return signing >= 3 && signing * 2 >= one_line && !menu_over_first(P, from, first);
}

/* An image's label alone on its line ("[blog-arrow]"): drawn between a
 * text and its signature, it is neither. */
static int label_line(const struct line *L)
{
	return !L->blank && itx_bracketed_word(L->s, L->len);
}

/* A count standing alone over n signatures ("4 Kommentare"): no list's
 * item ("• 看过(11783)", a tab's), and no more than four times n (a count
 * far past the page's signatures counts views or ratings). */
static int count_over(struct page *P, size_t i, size_t n)
{
	const struct line *L = &P->l[i];
	if (L->blank || tt_textline_list_mark(L->s, L->len) || itx_numbered(L))
		return 0;
	long c = itx_stated_count(P, L);
	return c > 0 && (size_t)c <= 4 * n;
}

/* Line i right under a list's number alone on its line, at its column or
 * left of it, no blank line between ("     1." over the header). */
static int under_bare_number_b(const struct page *P, size_t i)
{
	const struct line *U = i ? &P->l[i - 1] : NULL;
	return U && !U->blank && U->indent <= P->l[i].indent && isdigit((unsigned char)U->s[0]) &&
	       itx_bare_mark(U);
}

/* Signatures told by the section's two ends (ABC News' blog: the text,
 * "[blog-arrow]", then "Posted by: NAME | DATE", each comment's text
 * running on to the next signature): under a comments heading (or a
 * stated count: "4 Kommentare"), text of four words or more, not a list's
 * item, comes before the first one-line header (none drawn as a list's
 * item, which opens its item), and after the last one comes nothing of
 * more than three words before the next heading, form or the page's end.
 * Headers over text would leave text under the last header, and nothing
 * between the heading and the first. */
static int signed_at_ends(struct page *P, size_t from)
{
	size_t first = P->n, last = P->n, count = 0;
	for (size_t i = from; i < P->n; i++)
		if (P->hshape[i] == SH_ONE_LINE) {
			/* a header drawn as a list's item opens its item, so does one
			 * right under its item's number alone (w3m's " 1." over
			 * "     1." over the header) */
			if (itx_numbered(&P->l[i]) || tt_textline_list_mark(P->l[i].s, P->l[i].len) ||
			    under_bare_number_b(P, i))
				return 0;
			last = i, count++;
			if (first == P->n)
				first = i;
		}
	if (count < 3)
		return 0;
	size_t words = 0, k = first, last_text = P->n, longest = 0;
	while (k > from && !itx_comments_heading(&P->l[k - 1]) && !count_over(P, k - 1, count)) {
		const struct line *L = &P->l[--k];
		if (P->hshape[k] || first - k > 40)
			return 0;
		if (!L->blank && !label_line(L)) {
			size_t w = tt_textline_count_words(L->s, L->len);
			words += w;
			longest = w > longest ? w : longest;
			if (last_text == P->n)
				last_text = k;
		}
	}
	/* "Comments are closed." signs nothing; nor does a list's item (the
	 * sorting controls over headers), nor lines of two words at most
	 * ("Expand All", "Best", "Top", "Newest": a menu drawn as lines) */
	if (k <= from || words < 4 || longest < 3 ||
	    tt_textline_list_mark(P->l[last_text].s, P->l[last_text].len))
		return 0;
	/* an image's label under the last header ("[43]", Serendipity's
	 * avatar in w3m's dump) is no text of it either: what follows is */
	const struct line *down = near_text(P, last, 1);
	while (down && label_line(down))
		down = near_text(P, (size_t)(down - P->l), 1);
	return !down || itx_comments_heading(down) || itx_reply_form(down) ||
	       tt_textline_count_words(down->s, down->len) <= 3;
}

/* The words of the lines between line a and line b (b excluded), or
 * of the first two paragraphs from a on (b 0: a title and its text),
 * stopping at a heading or a form: blank lines and images' labels hold
 * none. */
static size_t words_between(const struct page *P, size_t a, size_t b)
{
	size_t words = 0, paras = 0;
	for (size_t k = a; k < P->n && (b ? k < b : paras < 2); k++) {
		const struct line *L = &P->l[k];
		if (!b && !L->blank && (itx_comments_heading(L) || itx_reply_form(L)))
			break;
		if (!L->blank && !label_line(L)) {
			words += tt_textline_count_words(L->s, L->len);
			paras += k + 1 == P->n || P->l[k + 1].blank;
		}
	}
	return words;
}

/* The line right over the first header (first) repeats a line the page
 * showed before it, three words or more and no sentence (FederalPress'
 * "Комментарии" over the article's title again, then "Piter 6 Января 2012
 * 14:05:28 0"): the section's caption, where no heading is read. A first
 * comment signed below it would be the commenter's words, not the page's
 * again. One pass back over the page, once. */
static int caption_over_first_a(const struct page *P, size_t first)
{
	size_t u = first;
	while (u > 0 && (P->l[u - 1].blank || label_line(&P->l[u - 1])) && first - u < 3)
		u--;
	if (u == 0 || P->l[u - 1].blank || P->hshape[u - 1])
		return 0;
	const struct line *U = &P->l[u - 1];
	size_t ur = tt_textline_link_ref(U->s, U->len);
	if (tt_textline_count_words(U->s, U->len) < 3 ||
	    tt_textline_ends_with_any(U->s, U->len, ".!?:"))
		return 0;
	for (size_t j = u - 1; j-- > 0;) {
		const struct line *L = &P->l[j];
		size_t r = tt_textline_link_ref(L->s, L->len);
		if (L->len - r == U->len - ur && !memcmp(L->s + r, U->s + ur, U->len - ur))
			return 1;
	}
	return 0;
}

/* Headers over text told by the section's two ends, the converse of
 * signed_at_ends (The Chronicle Herald: "Comments(7)", "Add New Comment",
 * then "by NAME | DATE", each comment's title and text under it, lynx
 * drawing each header right under the text before it): under a comments
 * heading (or a stated count) nothing of more than three words comes
 * before the first one-line header, and the two paragraphs under the
 * last one (a title and its text) hold four words or more. Signatures would leave text over the first and
 * nothing under the last; a short title under each header (a line of one
 * to three words) makes signs_above take them for signatures otherwise. */
static int headed_at_ends(struct page *P, size_t from)
{
	size_t first = P->n, last = P->n, count = 0;
	for (size_t i = from; i < P->n; i++)
		if (P->hshape[i] == SH_ONE_LINE) {
			last = i, count++;
			if (first == P->n)
				first = i;
		}
	if (count < 3)
		return 0;
	size_t k = first;
	while (k > from && first - k <= 8 && !itx_comments_heading(&P->l[k - 1]) &&
	       !count_over(P, k - 1, count))
		if (P->hshape[--k])
			return 0;
	if ((k <= from || first - k > 8 || words_between(P, k, first) > 3) &&
	    !caption_over_first_a(P, first))
		return 0;
	return words_between(P, last + 1, 0) >= 4;
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
		if (!P->l[j].blank &&
		    (itx_comments_heading(&P->l[j]) || itx_stated_count(P, &P->l[j]) > 0))
			return 1;
	return 0;
}

/* Whether dates a and b are written alike: the same bytes, every run of
 * digits read as one and every run of letters as one ("09.01.2012, 12:18"
 * as "08.01.2012, 2:34", not as "5 Января 2012, 23:32"). */
static int dates_written_alike(const char *a, const char *b)
{
	while (*a && *b) {
		int da = isdigit((unsigned char)*a), db = isdigit((unsigned char)*b);
		int la = isalpha((unsigned char)*a) || (unsigned char)*a >= 0x80;
		int lb = isalpha((unsigned char)*b) || (unsigned char)*b >= 0x80;
		if (da != db || la != lb || (!da && !la && *a != *b))
			return 0;
		int digits = da, letters = la;
		for (a++; *a && (digits ? isdigit((unsigned char)*a)
		                        : letters && (isalpha((unsigned char)*a) || (unsigned char)*a >= 0x80));)
			a++;
		for (b++; *b && (digits ? isdigit((unsigned char)*b)
		                        : letters && (isalpha((unsigned char)*b) || (unsigned char)*b >= 0x80));)
			b++;
	}
	return !*a && !*b;
}

/* The article's byline read as the first comment's header (Komsomolskaya
 * Pravda's "Саша ПЯТНИЦКАЯ" over "(5 Января 2012, 23:32)", then the
 * article): eight paragraphs or more lie under header i before the next
 * header of its shape, and the three headers of that shape after it stand
 * at one indentation, not its own, and write their dates alike, not as it
 * does (or at its indentation, dated to the minute where it is dated to
 * the day). A comment's template repeats; a byline over its article stands
 * apart from it in both. */
enum { BYLINE_PARAS = 8 };
static int byline_apart(struct page *P, size_t i, unsigned dom)
{
	struct header first, h;
	if (!itx_header_at(P, i, 0, &first) || !first.when.posted)
		return 0;
	const char *date = NULL;
	unsigned indent = 0;
	size_t seen = 0, paras = 0;
	for (size_t k = first.next; k < P->n && seen < 3; k++) {
		paras += !seen && !P->l[k].blank && P->l[k - 1].blank;
		if (!(P->hshape[k] & dom) || !itx_header_at(P, k, 0, &h))
			continue;
		if (!seen && paras < BYLINE_PARAS)
			return 0;
		/* at the byline's own indentation where it is dated to the day,
		 * they to the minute (We-Dwoje's "01 Sty 2012" over the article,
		 * "Środa | 4 Sty 12, 13:53" over each comment) */
		int to_minute = first.when.iso[0] && !strchr(first.when.iso, 'T') &&
		                strchr(h.when.iso, 'T');
		if (!h.when.posted || (h.indent == first.indent && !to_minute) ||
		    dates_written_alike(h.when.posted, first.when.posted) ||
		    (seen && (h.indent != indent || !dates_written_alike(h.when.posted, date))))
			return 0;
		date = h.when.posted, indent = h.indent;
		seen++;
		k = h.next - 1;
	}
	return seen == 3;
}

/* The line after a list of short items right under line i (three items
 * at least, each of one line or wrapped onto a second deeper one, none a
 * header), or 0 if no such list is there. */
static size_t short_items_under(const struct page *P, size_t i)
{
	size_t k = itx_next_text(P, i), items = 0;
	if (k >= P->n || !tt_textline_list_mark(P->l[k].s, P->l[k].len))
		return 0;
	unsigned col = P->l[k].indent;
	for (; k < P->n && !P->l[k].blank; k++) {
		const struct line *L = &P->l[k];
		if (P->hshape[k])
			return 0;
		if (L->indent == col && tt_textline_list_mark(L->s, L->len))
			items++;
		else if (L->indent <= col || (k && !tt_textline_list_mark(P->l[k - 1].s, P->l[k - 1].len)))
			return 0; /* no item's first line above: a paragraph, or an item of three lines */
	}
	return items >= 3 ? k : 0;
}

/* A comments heading over a list of short items, none a header, with a
 * later comments heading that headers follow (three at least): the
 * sidebar's widget of recent comments, each item a commenter's name and
 * the post it was left on ("Recent Comments", "MikeMa on [37]The
 * antivaccine crankosphere ..." at ScienceBlogs; "Neueste Kommentare",
 * "NAME bei TITLE" elsewhere), not the page's comments, which carry their
 * headers. Its lines name no time: whatever the words, they are links. */
static int comments_widget(struct page *P, size_t i)
{
	size_t end = short_items_under(P, i);
	if (!end)
		return 0;
	for (size_t j = end; j < P->n; j++)
		if (!P->l[j].blank && itx_comments_heading(&P->l[j]))
			return P->strong_from[j] >= 3;
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
	P->signed_text = (signed_layout(P, prose + 1) || signed_at_ends(P, prose + 1)) &&
	                 !headed_at_ends(P, prose + 1);
	size_t counted = count_heading(P, prose, stated);
	if (counted < P->n)
		return counted;
	if ((counted = count_list(P, prose, stated)) < P->n)
		return counted;
	if ((counted = named_list(P, prose)) < P->n)
		return counted;
	size_t first, last;
	unsigned dom = P->signed_text ? SH_ONE_LINE : dominant_shape(P, prose + 1, &first, &last);
	for (size_t i = prose; i < P->n; i++) {
		const struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (itx_comments_heading(L) || itx_reply_form(L)) {
			if (!itx_reply_form(L) && comments_widget(P, i))
				continue;
			if ((comments_follow(P, i + 1, &kind) || itx_reply_form(L) ||
			     itx_flat_run(P, i, NULL)) &&
			    !heading_nearer(P, i, dom))
				return i;
			continue;
		}
		if (i > prose && (P->hshape[i] & dom) && !byline_apart(P, i, dom))
			return later_heading(P, i, dom);
	}
	/* Name lines over indented replies, with no dates anywhere. The index
	 * is asked first: a line's header costs far more, and a page of no
	 * dated header but no undated ones under it needs none asked. */
	for (size_t i = prose + 1; i < P->n; i++)
		if (comments_follow(P, i, &kind) && kind == H_UNDATED && itx_header_at(P, i, 1, &h))
			return i;
	return P->n;
}

/* The first line of the comment section (P->n: none) and whether it is a
 * heading; *stated is the count a heading states, or -1. */
/* lynx sets no blank line between a comment's header, its text and the
 * next comment's header (Tweakers: "[127]renrom [128]6 september 2024
 * 12:59" right over its text and "[130]Reageer", then the next header):
 * such a block reads as no prose, and the first prose comes in a later
 * comment, and the block may open with the controls over the comments
 * ("(*) Threaded"). The first header of the blocks right above paragraph
 * i (four at most) that hold one with text under it, or i. */
/* The header right over paragraph i, one blank line between, opening on
 * the line alone over its block past one blank line (w3m's dump of
 * Quora's answer: the avatar's alt text, a blank line of a no-break
 * space, then the name, `·`, `Follow`, the credential and the date, then
 * a blank line and the text): its first line, or i. A byline's block over
 * the article's text is no such header. */
static size_t header_block_over_b(struct page *P, size_t i)
{
	struct header h;
	if (i < 3 || !P->l[i - 1].blank || P->l[i - 2].blank)
		return i;
	size_t k = i - 2, n = 0;
	while (k > 0 && !P->l[k - 1].blank && n++ < 8)
		k--;
	return k >= 3 && P->l[k - 1].blank && !P->l[k - 2].blank && P->l[k - 3].blank &&
	               itx_header_at(P, k - 2, 0, &h) && h.next >= i - 1
	           ? k - 2
	           : i;
}

static size_t headed_blocks_over(struct page *P, size_t i)
{
	struct header h;
	for (int n = 0; n < 4; n++) {
		size_t k = i;
		while (k > 0 && P->l[k - 1].blank)
			k--;
		if (k == i || k == 0)
			break;
		size_t end = k;
		while (k > 0 && !P->l[k - 1].blank)
			k--;
		while (k < end && !itx_header_at(P, k, 0, &h))
			k++;
		if (k == end || h.next >= end) /* no text under it: a byline */
			break;
		int opens = k == 0 || P->l[k - 1].blank;
		i = k;
		if (!opens) /* the block's first header, under short lines */
			break;
	}
	return i;
}

/* The first prose paragraph opening with a comment header (or under
 * blocks that do: headed_blocks_over), a stated count
 * up to 30 lines above it with only short lines between, none a sentence's
 * end (Tweakers' "Reacties (29)" over its sorting controls, its article a
 * list; lynx's "12 Comments" over Scientific American's first comment, its
 * text run on under the header): the paragraph is the first comment's,
 * and the count is where to look for the comments from. Else prose. */
static size_t prose_under_count(struct page *P, size_t prose)
{
	struct header h;
	if (prose == 0 || prose >= P->n)
		return prose;
	size_t first = headed_blocks_over(P, prose);
	if (first == prose)
		first = header_block_over_b(P, prose);
	if (first == prose && !itx_header_at(P, prose, 0, &h))
		return prose;
	for (size_t k = first; k-- > 0 && first - k <= 30;) {
		const struct line *L = &P->l[k];
		if (L->blank || itx_bare_mark(L))
			continue;
		if (itx_stated_count(P, L) >= 0)
			return k;
		if (tt_textline_count_words(L->s, L->len) > 12 || tt_textline_ends_sentence(L->s, L->len))
			return prose;
	}
	return prose;
}

/* A comment drawn twice, by its name and date: above a later heading that
 * states a count, and as the first comment under it (wnp.pl's article
 * shows the latest comment, "miki, 07.01.2012 07:00", under its tab
 * "Komentarze (10)"; the comments' box opens with it again under
 * "KOMENTARZE (10)"): the first is a teaser, and the section starts at the
 * later heading, so the article between stays the article's. The later
 * heading's line (of the first three after cstart, 400 lines at most
 * down), or cstart. */
static size_t teaser_before_heading(struct page *P, size_t cstart)
{
	struct header h, t;
	size_t end = cstart + 400 < P->n ? cstart + 400 : P->n;
	for (size_t k = cstart + 1, headings = 0; k < end && headings < 3; k++) {
		const struct line *L = &P->l[k];
		if (L->blank || (itx_stated_count(P, L) < 0 && !itx_comments_heading(L)))
			continue;
		/* a header's own name line run into a number ("宏盛宏盛99" over
		 * its badge and date) reads as a label's count: no heading */
		if (P->hshape[k] && itx_header_at(P, k, 0, &t) && t.author)
			continue;
		headings++;
		size_t j = k + 1;
		while (j < end && j < k + 8 && (!P->hshape[j] || !itx_header_at(P, j, 0, &h)))
			j++;
		if (j >= end || j == k + 8 || !h.author || !h.when.iso[0])
			continue;
		for (size_t i = cstart; i < k; i++)
			if (P->hshape[i] && itx_header_at(P, i, 0, &t) && t.author &&
			    !strcmp(t.author, h.author) && !strcmp(t.when.iso, h.when.iso))
				return k;
	}
	return cstart;
}

/* A page that opens with its comments, the first prose under them (lynx's
 * dump of Ars Technica's comment page: "23 Reader Comments" over five
 * comments run on with no blank line, each a name over its date, then
 * teasers): a count before the first prose with three headers or more of
 * one shape between them (two thirds of those there at least), and none
 * of that shape after the prose (a forum's "6 Posts" over the topic's
 * post, its answers under the prose), is where to look for the comments
 * from. Its line, or prose. */
static size_t count_over_first_prose(struct page *P, size_t prose)
{
	enum hkind kind;
	if (prose >= P->n || !comments_follow(P, 0, &kind) || kind != H_DATED)
		return prose;
	for (size_t k = 0; k < prose; k++) {
		const struct line *L = &P->l[k];
		if (L->blank || itx_stated_count(P, L) < 1)
			continue;
		unsigned char shape = next_shape(P, k + 1, prose);
		size_t same = 0, later = 0, second = 0;
		for (size_t i = k + 1; i < P->n && shape; i++) {
			*(i < prose ? &same : &later) += P->hshape[i] == shape;
			/* the date line right under a name of the shape is that
			 * header's second line, no header of another shape */
			second += i < prose && P->hshape[i] && P->hshape[i] != shape &&
			          P->hshape[i - 1] == shape;
		}
		if (later) /* the comments go on past the prose: it is one of theirs */
			return prose;
		return same >= 3 && same * 3 >= (P->strong_from[k + 1] - P->strong_from[prose] - second) * 2
		           ? k
		           : prose;
	}
	return prose;
}

/* The signature at line sig signs the article, not a first comment, when
 * every later header of its shape (two at least) sits left of it: the
 * first comment is at the top level, at the comments' leftmost column, so
 * a first signature deeper than all of them is the question's own, drawn
 * inside the article's block (CareerCup's "- NAME DATE | Report Duplicate"
 * under the question, the answers' at the margin). The next one is the
 * first comment's. */
static size_t past_article_signature(const struct page *P, size_t sig)
{
	size_t later = 0, next = sig;
	for (size_t i = sig + 1; i < P->n; i++)
		if (P->hshape[i] == P->hshape[sig]) {
			if (P->l[i].indent >= P->l[sig].indent)
				return sig;
			if (!later++)
				next = i;
		}
	return later >= 2 ? next : sig;
}

/* A comments heading or a stated count over the first prose with headers between it and the
 * prose, all of the shape of the first header under it (w3m's dump of
 * 9GAG: "Hot comments" over the first comment, a line of one sentence
 * under its name and date, then a second whose text runs to several
 * paragraphs, the first prose of a page whose article is a picture): the
 * prose is a comment's, and the heading is where to look for them from.
 * Two headers at least, 40 lines up at most (bounded). The heading's
 * line, or prose. */
static size_t heading_over_headers_c(struct page *P, size_t prose)
{
	enum hkind kind;
	if (prose >= P->n || !comments_follow(P, 0, &kind) || kind != H_DATED)
		return prose;
	unsigned char shape = 0;
	for (size_t k = prose + 1; k < P->n && k <= prose + 60 && !shape; k++)
		shape = P->hshape[k];
	size_t headers = 0;
	for (size_t k = prose; shape && k-- > 0 && prose - k <= 40;) {
		const struct line *L = &P->l[k];
		if (L->blank)
			continue;
		if (P->hshape[k]) {
			/* an avatar's line read as a header of its own right over
			 * a header of the shape is that header's */
			if (P->hshape[k] != shape && P->hshape[k + 1] != shape)
				return prose;
			headers += P->hshape[k] == shape;
		} else if (itx_comments_heading(L) || itx_stated_count(P, L) >= 0) {
			return headers >= 2 ? k : prose;
		}
	}
	return prose;
}

/* Where a chat's posts come before any prose (short lines, pictures'
 * addresses, jeuxvideo.com's topic: the first paragraph read as prose is
 * in its last posts), the headers stacked over a member's rank before that
 * prose ("NAME" / "NAME" / "Niveau 100" / DATE), four at least and twice
 * as many as after it, are the posts: the prose line is taken as the line
 * over the first of them; so too where the prose is such a post's text.
 * Else prose. (Headers of any shape so counted
 * would take a sidebar's list of latest posts for the thread: wpForo's.) */
static size_t posts_before_prose(struct page *P, size_t prose)
{
	if (prose >= P->n)
		return prose;
	if (!P->undated_from)
		index_headers(P);
	unsigned char shape = 0;
	size_t before = 0, after = 0, first = P->n, last = P->n;
	for (size_t i = 0; i < P->n; i++) {
		if (!P->hshape[i] || (shape && P->hshape[i] != shape) || i + 2 >= P->n ||
		    !itx_rank_line(&P->l[i + 2]))
			continue;
		if (!shape && i < prose)
			shape = P->hshape[i], first = i;
		if (i < prose)
			before++, last = i;
		else
			after++;
	}
	/* (or the prose is the text of such a post, right under its header:
	 * the posts began with the first) */
	int owned = last < prose && prose - last <= 60 && before + after >= 4;
	return ((before >= 4 && before >= 2 * after) || owned) && first > 0 ? first - 1 : prose;
}

/* Where every post's header dates it, four posts or more, the dates
 * running from the newest down (AMSEL's flat view of a thread, its
 * opening post last), a prose line after the first header is a post's:
 * the posts begin with the first header (the line over it is taken).
 * Else prose. */
static size_t newest_posts_before_prose(struct page *P, size_t prose)
{
	if (prose >= P->n)
		return prose;
	if (!P->undated_from)
		index_headers(P);
	size_t first = P->n, count = 0;
	char prev[32] = "";
	for (size_t i = 0; i < P->n; i++) {
		struct header h;
		memset(&h, 0, sizeof h);
		if (!P->hshape[i])
			continue;
		if (!itx_header_at(P, i, 0, &h) || !h.when.iso[0] ||
		    (count && strcmp(h.when.iso, prev) > 0))
			return prose;
		memcpy(prev, h.when.iso, sizeof prev);
		first = count++ ? first : i;
	}
	return count >= 4 && first < prose && first > 0 ? first - 1 : prose;
}

/* Where the prose found stands past every post's header, four dated ones
 * or more (lynx's dump of a thread with no blank line in it, Phorum's: its
 * first paragraph of prose a spam post's list of links, the last), the
 * posts are what the page holds: the first is the thread's opening post,
 * its text the article's prose, the comments from the next header on. */
static size_t prose_past_posts(struct page *P, size_t prose)
{
	if (prose >= P->n || !P->strong_end || P->strong_end > prose)
		return prose;
	size_t text = P->n, count = 0;
	for (size_t i = 0; i < prose; i++) {
		struct header h;
		memset(&h, 0, sizeof h);
		if (!P->hshape[i] || !itx_header_at(P, i, 0, &h) || !h.when.iso[0])
			continue;
		text = count++ ? text : h.next;
	}
	return count >= 4 && text < prose ? text : prose;
}

size_t itx_find_section(struct page *P, int *heading, long *stated)
{
	size_t first = first_prose_line(P), prose = prose_under_count(P, first);
	if (prose == first)
		prose = count_over_first_prose(P, first);
	if (prose == first)
		prose = heading_over_headers_c(P, first);
	if (prose == P->n)
		prose = 0;
	prose = posts_before_prose(P, prose);
	prose = newest_posts_before_prose(P, prose);
	prose = prose_past_posts(P, prose);
	P->prose_indent = prose < P->n ? P->l[prose].indent : 0;
	if (prose < first && first < P->n) /* the count's line is no prose */
		P->prose_indent = P->l[first].indent;
	*stated = -1;
	size_t cstart = comment_start(P, prose, stated);
	cstart = cstart < P->n ? teaser_before_heading(P, cstart) : cstart;
	*heading = cstart < P->n && (itx_comments_heading(&P->l[cstart]) || *stated >= 0);
	if (*heading && *stated < 0)
		*stated = itx_stated_count(P, &P->l[cstart]);
	/* A signature-style section has no header: its first comment starts after
	 * the article, which only a heading can tell; without one, the paragraph
	 * before the first signature is taken as that comment, the first
	 * prose line too where it opens that paragraph (a question page whose
	 * question is no prose: CareerCup's first answer, "1. Assuming ...",
	 * right over its signature). */
	if (cstart < P->n && !*heading && !itx_reply_form(&P->l[cstart]) &&
	    (P->hshape[cstart] == SH_SIGNATURE ||
	     (P->signed_text && P->hshape[cstart] == SH_ONE_LINE))) {
		size_t k = cstart = past_article_signature(P, cstart);
		/* a signature closing a list item: the item is the comment,
		 * its paragraphs set apart by blank lines (w3m) */
		size_t item = itx_signed_item(P, cstart);
		while (k > prose + 1 && P->l[k - 1].blank)
			k--;
		while (k > prose && !P->l[k - 1].blank)
			k--;
		cstart = item > prose && item < k ? item : k;
	}
	/* The list number or bullet a text browser put on a line of its own
	 * above the first header ("1. []") is the comment's, not the article's;
	 * so is a bare item over the title right above it (itx_titled_item). */
	if (cstart < P->n && cstart > prose + 1 && itx_bare_mark(&P->l[cstart - 1]))
		cstart--;
	else if (cstart < P->n && cstart > prose + 2 && !P->l[cstart - 1].blank) {
		size_t k = cstart - 2;
		while (k > prose + 1 && P->l[k].blank)
			k--;
		if (itx_titled_item(P, k))
			cstart = k;
	}
	if (cstart < P->n && cstart >= 2 && itx_titled_header(P, cstart - 2))
		cstart -= 2;
	if (*heading && !P->list_to)
		itx_find_flat_run(P, cstart);
	return cstart;
}
