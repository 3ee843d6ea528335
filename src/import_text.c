/* import_text: page text into a thread: the line model, paragraphs, the comment pass, entry. */
#include <ctype.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/textline.h"
#include "threadtag/textlinks.h"
#include "threadtag/xalloc.h"
#include "import_text_impl.h"

static const char *const role_names[] = {
    "furniture",        "title",          "byline",       "article",
    "comments heading", "comment header", "comment body", "comment links"};

/* ---- lines and words ---- */

static void split_lines(struct page *P, const char *text, size_t len)
{
	/* counted first, so the array is the lines' size, not up to twice it:
	 * on a long dump it is the largest of the page's arrays */
	size_t cap = 1;
	for (const char *q = text, *qe = text + len; (q = memchr(q, '\n', (size_t)(qe - q))); q++)
		cap++;
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

/* w3m draws a table's columns side by side: a sidebar set right of the
 * comments continues each comment's line past a gap of spaces ("Спасибо
 * за ссылку, почитала ...      О нас пишут   EUR 41,0481", FederalPress'
 * news and rates at column 112), and stands alone on the lines between.
 * SIDE_MIN is the least column such a sidebar starts at, SIDE_LINES how
 * many lines at least continue past a gap to it. */
enum { SIDE_MIN = 60, SIDE_MAX = 400, SIDE_LINES = 10 };

/* The first gap of four spaces or more after text on line L: the length
 * before it (0: none), the right part's start into *k and its column into
 * *col. */
static size_t first_gap_a(const struct line *L, size_t *k, unsigned *col)
{
	for (size_t i = 1; i + 4 < L->len; i++) {
		if (L->s[i] != ' ' || L->s[i - 1] == ' ')
			continue;
		size_t e = i;
		while (e < L->len && L->s[e] == ' ')
			e++;
		if (e - i >= 4 && e < L->len) {
			*k = e;
			*col = L->indent + itx_columns(L->s, e);
			return i;
		}
		i = e - 1;
	}
	return 0;
}

/* The column where the text after the first gap of the line (four spaces
 * or more) starts, with *cut the length before the gap; 0 where there is
 * none, or where it starts left of SIDE_MIN (columns of a table across the
 * page, not a sidebar right of the text). */
static unsigned side_gap_a(const struct line *L, size_t *cut)
{
	size_t k;
	unsigned col;
	*cut = first_gap_a(L, &k, &col);
	return *cut && col >= SIDE_MIN && col < SIDE_MAX ? col : 0;
}

/* Whether line L's text runs across column x (a character just left of
 * it and one on it): the column is no edge of a table's cell there. */
static int crosses_a(const struct line *L, unsigned x)
{
	if (L->blank || L->indent >= x)
		return 0;
	unsigned col = L->indent;
	for (size_t i = 0; i < L->len; i++) {
		if (((unsigned char)L->s[i] & 0xC0) == 0x80)
			continue;
		if (col + 1 == x)
			return L->s[i] != ' ' && i + 1 < L->len && L->s[i + 1] != ' ';
		col++;
	}
	return 0;
}

/* The sidebar cut away: where SIDE_LINES lines or more continue past a
 * gap to one column (the commonest such), from the first of them to the
 * last, a line's text from the gap on goes and a line standing wholly at
 * or right of the column is left blank, unless lines of text cross the
 * column (a quarter of those that stop at it): there it is no cell's
 * edge. Two passes over the lines. */
static void cut_side_column_a(struct page *P)
{
	size_t *count = tt_xcalloc(SIDE_MAX, sizeof *count), cut;
	unsigned x = 0;
	for (size_t i = 0; i < P->n; i++) {
		unsigned col = side_gap_a(&P->l[i], &cut);
		if (col && ++count[col] > count[x])
			x = col;
	}
	size_t gapped = x ? count[x] : 0, first = P->n, last = 0, crossing = 0;
	free(count);
	if (gapped < SIDE_LINES)
		return;
	for (size_t i = 0; i < P->n; i++)
		if (side_gap_a(&P->l[i], &cut) == x) {
			first = first < i ? first : i;
			last = i;
		}
	/* the sidebar's own columns further right end it as they go on */
	for (size_t i = last + 1; i < P->n && i <= last + 8; i++)
		if (!P->l[i].blank && (P->l[i].indent >= x || side_gap_a(&P->l[i], &cut) > x))
			last = i;
	for (size_t i = first; i <= last; i++)
		crossing += (size_t)crosses_a(&P->l[i], x);
	if (crossing * 4 > gapped)
		return;
	for (size_t i = first; i <= last; i++) {
		struct line *L = &P->l[i];
		if (L->blank)
			continue;
		if (L->indent >= x) {
			L->len = 0, L->blank = 1;
			continue;
		}
		unsigned col = side_gap_a(L, &cut);
		if (col >= x)
			L->len = cut;
	}
}

/* ---- a writer's card beside a header (w3m) ---- */

/* Where line L's text continues past such a gap with a label and its value
 * alone ("Registrado: 8 años antes", "Mensajes: 40": a word or two closed
 * by a colon, five words in all, no gap after): the length before the
 * gap, the label's column into *col; else 0. */
static size_t label_cell_a(const struct line *L, unsigned *col)
{
	size_t k, cut = L->blank || !memchr(L->s, ':', L->len) ? 0 : first_gap_a(L, &k, col);
	if (!cut)
		return 0;
	const char *r = L->s + k, *c;
	size_t n = L->len - k;
	if (!(c = tt_textline_find(r, n, ": ", 2)) || !isalpha((unsigned char)r[0]) ||
	    tt_textline_count_words(r, (size_t)(c - r)) > 2 || tt_textline_count_words(r, n) > 5 ||
	    tt_textline_find(r, n, "    ", 4))
		return 0;
	return cut;
}

/* w3m draws a writer's card right of a post's header, a column of its own
 * ("mtcano      Registrado: 8 años antes" over "Re: Compartir experiencias
 * Mensajes: 40", Phorum's): where three lines or more continue past a gap
 * to one column (48 or further) with a label and its value alone, those
 * labels' cells go, a few columns either side of it, and so does a word
 * or two over such a cell (a role, "angelman      Admin"): the header's
 * lines stay as lynx draws them. */
static void cut_label_cells_a(struct page *P)
{
	size_t *count = tt_xcalloc(SIDE_MAX, sizeof *count), k;
	unsigned x = 0, col;
	for (size_t i = 0; i < P->n; i++)
		if (label_cell_a(&P->l[i], &col) && col >= 48 && col < SIDE_MAX &&
		    ++count[col] > count[x])
			x = col;
	size_t n = x ? count[x] : 0;
	free(count);
	if (n < 3)
		return;
	unsigned char *cut = tt_xcalloc(P->n + 1, 1);
	for (size_t i = 0; i < P->n; i++) {
		size_t c = label_cell_a(&P->l[i], &col);
		if (c && col + 4 >= x && col <= x + 4)
			P->l[i].len = c, cut[i] = 1;
	}
	for (size_t i = 0; i + 1 < P->n; i++) {
		struct line *L = &P->l[i];
		size_t c = cut[i + 1] && !cut[i] ? first_gap_a(L, &k, &col) : 0;
		if (c && col + 4 >= x && col <= x + 4 &&
		    tt_textline_count_words(L->s + k, L->len - k) <= 2 &&
		    !tt_textline_find(L->s + k, L->len - k, ":", 1))
			L->len = c;
	}
	free(cut);
}

/* Where line L opens with a date, a link's number aside, that a label and
 * its value follow ("25-February-2012 23:07 Registrado: 8 años antes", a
 * writer's card lynx draws on the date's line: a word or two closed by a
 * colon, five words in all): the date's length; else 0. */
static size_t date_then_label(const struct line *L)
{
	if (L->blank || L->len < 12 || !memchr(L->s, ':', L->len))
		return 0;
	size_t r = tt_textline_link_ref(L->s, L->len);
	for (size_t i = r + 1; i + 2 < L->len; i++) {
		if (L->s[i] != ' ' || !isdigit((unsigned char)L->s[i - 1]) ||
		    !isalpha((unsigned char)L->s[i + 1]))
			continue;
		const char *t = L->s + i + 1, *c = tt_textline_find(t, L->len - i - 1, ": ", 2);
		size_t n = L->len - i - 1;
		if (!c || tt_textline_count_words(t, (size_t)(c - t)) > 2 ||
		    tt_textline_count_words(t, n) > 5)
			continue;
		char iso[32], *d = tt_xstrndup(L->s + r, i - r);
		int date = tt_dates_parse(d, iso) == 0;
		free(d);
		if (date)
			return i;
	}
	return 0;
}

/* The writer's card lynx draws on the dates' lines goes, where three lines
 * or more hold one, as cut_label_cells_a takes w3m's. */
static void cut_date_labels_a(struct page *P)
{
	size_t n = 0;
	for (size_t i = 0; i < P->n && n < 3; i++)
		n += date_then_label(&P->l[i]) != 0;
	for (size_t i = 0; n >= 3 && i < P->n; i++) {
		size_t c = date_then_label(&P->l[i]);
		if (c)
			P->l[i].len = c;
	}
}

/* ---- a ruled middle column (w3m) ---- */

/* The column and width of a rule of 20 characters or more ('━' or '─')
 * on line L, past its start or a gap of two spaces (w3m's column of rules
 * between the comments, text of other columns beside it); 0 if none. */
static unsigned rule_run_v(const struct line *L, unsigned *width)
{
	unsigned col = L->indent, run = 0, start = 0;
	for (size_t i = 0; i < L->len;) {
		int bar = i + 2 < L->len && (unsigned char)L->s[i] == 0xE2 &&
		          (unsigned char)L->s[i + 1] == 0x94 &&
		          ((unsigned char)L->s[i + 2] == 0x81 || (unsigned char)L->s[i + 2] == 0x80);
		if (bar) {
			if (!run && (i == 0 || (i >= 2 && L->s[i - 1] == ' ' && L->s[i - 2] == ' ')))
				start = col, run = 1;
			else if (run)
				run++;
			i += 3;
		} else {
			if (run >= 20)
				break;
			run = 0;
			i++; /* past the character's continuation bytes too */
			while (i < L->len && ((unsigned char)L->s[i] & 0xC0) == 0x80)
				i++;
		}
		col++;
	}
	*width = run;
	return run >= 20 ? start : 0;
}

/* The byte offset of column x on line L (L->len past its end). */
static size_t column_at_v(const struct line *L, unsigned x)
{
	unsigned col = L->indent;
	size_t i = 0;
	while (i < L->len && col < x) {
		i++;
		while (i < L->len && ((unsigned char)L->s[i] & 0xC0) == 0x80)
			i++;
		col++;
	}
	return col < x ? L->len : i;
}

/* Line L cut to columns [x, end): its text there, the spaces before it
 * its column; 0 where text crosses x or end (no column's edge there). */
static int cut_to_column_v(struct line *L, unsigned x, unsigned end)
{
	size_t a = column_at_v(L, x), b = column_at_v(L, end);
	if (L->blank || (a > 0 && a < L->len && L->s[a - 1] != ' ' && L->s[a] != ' ') ||
	    (b > 0 && b < L->len && L->s[b - 1] != ' ' && L->s[b] != ' '))
		return 0;
	if (L->indent >= x)
		a = 0;
	unsigned col = L->indent >= x ? L->indent : x;
	while (a < b && L->s[a] == ' ')
		a++, col++;
	while (b > a && L->s[b - 1] == ' ')
		b--;
	L->s += a, L->len = b - a, L->indent = col, L->blank = L->len == 0;
	return 1;
}

/* w3m draws a page's columns side by side: where three rules or more of
 * one width stand at one column, 20 or further in (the rules between the
 * comments of a middle column, Bankfax's), and three lines or more between
 * the first and the last hold text left of that column and in it, each
 * line from the first rule to the last keeps its text in the rules'
 * columns alone (a line the other columns' text crosses into them stays
 * whole). */
static void cut_ruled_column_v(struct page *P)
{
	unsigned x = 0, w = 0, cw;
	size_t n = 0, first = P->n, last = 0, beside = 0;
	for (size_t i = 0; i < P->n; i++) {
		unsigned c = rule_run_v(&P->l[i], &cw);
		if (c < 20)
			continue;
		if (!n || (c == x && cw == w))
			x = c, w = cw, n++, first = first < i ? first : i, last = i;
		else if (n < 3)
			x = c, w = cw, n = 1, first = last = i;
	}
	if (n < 3)
		return;
	for (size_t i = first; i <= last; i++) {
		const struct line *L = &P->l[i];
		size_t a = column_at_v(L, x);
		beside += !L->blank && L->indent < x && a > 0 && a < L->len;
	}
	if (beside < 3)
		return;
	for (size_t i = first; i <= last; i++)
		cut_to_column_v(&P->l[i], x, x + w + 1);
	size_t added = 0;
	unsigned char *f = tt_xcalloc(P->n, 1); /* 1 a blank line after it, 2 gone */
	for (size_t i = first; i <= last; i++) {
		struct line *L = &P->l[i];
		int rule = L->indent == x && rule_run_v(L, &cw) == x && cw == w;
		/* a blank line under each of the column's rules with text right
		 * under it: the rule ends a block, as lynx's blank line under it
		 * does; and none over it (the last block's date over the rule) */
		if (rule && i + 1 < P->n && !P->l[i + 1].blank)
			f[i] |= 1, added++;
		if (rule && i > first + 1 && P->l[i - 1].blank && !P->l[i - 2].blank)
			f[i - 1] |= 2;
		/* a block's first line set flush right in the column (a header)
		 * and its wrapped tail under it flush right too, no digit in it
		 * (no date): one line, as lynx draws it on a wider line */
		const struct line *N = i + 1 <= last ? &P->l[i + 1] : NULL;
		if (!rule && N && !L->blank && !N->blank && L->indent >= x && N->indent > L->indent &&
		    (i == first || P->l[i - 1].blank || (f[i - 1] & 1)) &&
		    L->indent + itx_columns(L->s, L->len) == x + w &&
		    N->indent + itx_columns(N->s, N->len) == x + w && !tt_textline_has_digit(N->s, N->len) &&
		    rule_run_v(N, &cw) == 0) {
			char *j = tt_xmalloc(L->len + N->len + 2);
			memcpy(j, L->s, L->len);
			j[L->len] = ' ';
			memcpy(j + L->len + 1, N->s, N->len);
			L->s = tt_thread_strdup(P->t, j, L->len + 1 + N->len), L->len += 1 + N->len;
			free(j);
			f[i + 1] |= 2;
		}
	}
	struct line *l = tt_xmalloc((P->n + added + 1) * sizeof *l);
	size_t k = 0;
	for (size_t i = 0; i < P->n; i++) {
		if (!(f[i] & 2))
			l[k++] = P->l[i];
		if (f[i] & 1)
			l[k++] = (struct line){.s = "", .blank = 1, .no = P->l[i].no};
	}
	free(f);
	free(P->l);
	P->l = l;
	P->n = k;
}

/* ---- a table's left cells (w3m) ---- */

/* Where the right cell's text starts on line L at the margin: past a left
 * cell of 2 to 30 characters and four words at most (an avatar's alt text,
 * a name: no menu's row) and two spaces or more; its column (each
 * character one, as w3m counted them) into *col; 0 if none. */
static size_t right_cell_b(const struct line *L, unsigned *col)
{
	size_t k = 0, cp = 0;
	if (L->blank || L->indent)
		return 0;
	while (k < L->len && !(L->s[k] == ' ' && k + 1 < L->len && L->s[k + 1] == ' ')) {
		cp += ((unsigned char)L->s[k] & 0xC0) != 0x80;
		k++;
	}
	size_t cell = cp, bytes = k;
	while (k < L->len && L->s[k] == ' ')
		k++, cp++;
	if (k >= L->len || cell < 2 || cell > 30 || tt_textline_count_words(L->s, bytes) > 4)
		return 0;
	*col = (unsigned)cp;
	return k;
}

/* The column three lines or more of the page split at (right_cell_b), the
 * most often so, or 0. */
static unsigned cells_column_b(const struct page *P)
{
	unsigned counts[48] = {0}, best = 0, col;
	for (size_t i = 0; i < P->n; i++)
		if (right_cell_b(&P->l[i], &col) && col < 48 && ++counts[col] >= 3 &&
		    counts[col] > counts[best])
			best = col;
	return best >= 8 ? best : 0;
}

/* Whether line i is a table's left cell beside text at column col: split
 * there, or a short line alone at the margin (a name: four words at most,
 * shorter than the column, no sentence's end) with a line at col or split
 * there right above or below it. *right is where its right text starts
 * (0: none). */
static int left_cell_b(const struct page *P, size_t i, unsigned col, size_t *right)
{
	const struct line *L = &P->l[i];
	unsigned c;
	*right = right_cell_b(L, &c);
	if (*right)
		return c == col;
	if (L->blank || L->indent || itx_columns(L->s, L->len) + 2 > col ||
	    tt_textline_count_words(L->s, L->len) > 4 || tt_textline_ends_sentence(L->s, L->len))
		return 0;
	const struct line *U = i > 0 ? &P->l[i - 1] : NULL, *D = i + 1 < P->n ? &P->l[i + 1] : NULL;
	return (U && !U->blank && (U->indent == col || (right_cell_b(U, &c) && c == col))) ||
	       (D && !D->blank && (D->indent == col || (right_cell_b(D, &c) && c == col)));
}

/* The date line at column col nearest over line i (80 lines up at most,
 * past no other left cell), opening its block (a blank line over it): the
 * first line of the table's row, which w3m draws the left cell beside
 * halfway down; or P->n. */
static size_t row_date_b(struct page *P, size_t i, unsigned col, const unsigned char *cell)
{
	for (size_t k = i; k-- > 0 && i - k <= 80;) {
		if (cell[k])
			return P->n;
		struct line D = P->l[k];
		struct when w = {0};
		if (!D.blank && D.indent == col && k > 0 && P->l[k - 1].blank &&
		    itx_date_line(P, &D, &w))
			return k;
	}
	return P->n;
}

/* The left cell right under a run of them ending at line j, past a blank
 * line or two, that holds a date alone (AMSEL's "19.11.2019, 16:38" beside
 * the words, under the name beside the title): the row's date; or P->n. */
static size_t dated_cell_b(struct page *P, size_t j, const unsigned char *cell)
{
	size_t k = j;
	while (k < P->n && k < j + 2 && P->l[k].blank)
		k++;
	if (k >= P->n || !cell[k] || (k + 1 < P->n && cell[k + 1]))
		return P->n;
	struct line C = P->l[k];
	unsigned c;
	size_t r = right_cell_b(&C, &c);
	if (r)
		C.len = r;
	while (C.len && C.s[C.len - 1] == ' ')
		C.len--;
	struct when w = {0};
	return itx_date_line(P, &C, &w) ? k : P->n;
}

/* A table of two columns as w3m draws it: a narrow left cell (an avatar's
 * alt text and the writer's name) set halfway down its row, beside or
 * between the lines of the right cell (the date, the text, the buttons:
 * Pluck's comments, "[default-av]      attempt to trick ..." over
 * "FrozenCanadian   doing something useful"). Three lines or more split
 * at one column give the table; each left cell's lines go, in order, over
 * the date line that opens its row, a blank line under them, as lynx
 * draws the row, and the right cell's words stay where they are. */
static void table_left_cells_b(struct page *P)
{
	unsigned col = cells_column_b(P);
	if (!col)
		return;
	unsigned char *cell = tt_xcalloc(P->n + 1, 1);
	size_t *at = tt_xcalloc(P->n + 1, sizeof *at), moved = 0, right;
	for (size_t i = 0; i < P->n; i++)
		cell[i] = (unsigned char)left_cell_b(P, i, col, &right);
	/* each run of left cells to its row's date line, or left alone */
	for (size_t i = 0; i < P->n;) {
		size_t j = i;
		while (j < P->n && cell[j])
			j++;
		if (j == i) {
			i++;
			continue;
		}
		/* an avatar and a name: three lines at most, one no image alone */
		int named = 0;
		for (size_t k = i; k < j; k++) {
			unsigned c;
			size_t r = right_cell_b(&P->l[k], &c), len = r ? r : P->l[k].len;
			while (len && P->l[k].s[len - 1] == ' ')
				len--;
			named |= !itx_bracketed_word(P->l[k].s, len);
		}
		size_t d = j - i <= 3 && named ? row_date_b(P, i, col, cell) : P->n;
		size_t dated = d == P->n && j - i <= 3 && named ? dated_cell_b(P, j, cell) : P->n;
		if (dated < P->n) { /* the name's cell and the date's, atop the row */
			for (size_t k = i; k < j; k++)
				at[k] = i + 1, moved++;
			at[dated] = i + 1, moved++;
			i = dated + 1;
			continue;
		}
		for (size_t k = i; k < j; k++)
			if (d < P->n)
				at[k] = d + 1, moved++;
			else
				cell[k] = 0;
		i = j;
	}
	if (!moved) {
		free(cell);
		free(at);
		return;
	}
	struct line *l = tt_xmalloc((P->n + 2 * moved + 1) * sizeof *l);
	size_t n = 0;
	for (size_t i = 0; i < P->n; i++) {
		/* the cells whose row opens here, then a blank line */
		size_t first = n;
		for (size_t k = i; k < P->n && k <= i + 80; k++)
			if (cell[k] && at[k] == i + 1) {
				struct line C = P->l[k];
				unsigned c;
				size_t r = right_cell_b(&C, &c);
				if (r) {
					C.len = r;
					while (C.len && C.s[C.len - 1] == ' ')
						C.len--;
				}
				l[n++] = C;
			}
		if (n > first)
			l[n++] = (struct line){.s = "", .blank = 1, .no = P->l[i].no};
		struct line L = P->l[i];
		unsigned c;
		if (cell[i]) {
			size_t r = right_cell_b(&L, &c);
			if (!r)
				continue; /* the cell alone: moved */
			L.s += r, L.len -= r, L.indent = col;
		}
		l[n++] = L;
	}
	free(P->l);
	P->l = l;
	P->n = n;
	free(cell);
	free(at);
}

/* ---- an avatar's alt text over the name (w3m) ---- */

/* Whether line A holds the name on line N and a few words more, its own
 * list mark aside ("• Source Audio's icon", "Avatar von Hans Meier" over
 * "Hans Meier"): an avatar's alt text, which w3m draws as words where
 * lynx gives a link. */
static int alt_of_name_f(const struct line *A, const struct line *N)
{
	size_t mark = tt_textline_list_mark(A->s, A->len);
	const char *s = A->s + mark;
	size_t len = A->len - mark;
	return !N->blank && N->len >= 3 && N->len <= 40 && len > N->len && len <= N->len + 24 &&
	       tt_textline_count_words(s, len) <= tt_textline_count_words(N->s, N->len) + 3 &&
	       tt_textline_has_letter(N->s, N->len) && tt_textline_find(s, len, N->s, N->len);
}

/* The alt texts of a writer's avatar, one or two lines right over the line
 * of the name alone, with a line of text (the date) right under it: w3m
 * draws them as words, which join the name's block and hide the header
 * (lynx links them, "[38]Source Audio's icon", and reads right). They go,
 * a list's mark on the first kept alone, as lynx's link would stand apart. */
static void avatar_alt_texts_f(struct page *P)
{
	for (size_t i = 1; i + 1 < P->n; i++) {
		struct line *N = &P->l[i];
		if (N->blank || P->l[i + 1].blank || tt_textline_list_mark(N->s, N->len))
			continue;
		size_t k = i;
		while (k > 0 && i - k < 2 && !P->l[k - 1].blank && P->l[k - 1].indent <= N->indent &&
		       alt_of_name_f(&P->l[k - 1], N))
			k--;
		if (k == i || !tt_textline_list_mark(P->l[k].s, P->l[k].len))
			continue; /* no item opened by the avatar */
		for (size_t j = k; j < i; j++) {
			struct line *A = &P->l[j];
			size_t mark = tt_textline_list_mark(A->s, A->len);
			A->len = mark;
			while (A->len && A->s[A->len - 1] == ' ')
				A->len--;
			A->blank = !A->len;
		}
	}
}

/* A clock run into the date before it ("th3Chris28.09.1913:39": w3m and
 * lynx join a post's date and time, which the page's style sets apart) is
 * set apart by a space, as the page shows it, so that the date reads whole
 * and the time is kept as shown: the clock closing the line or a word. */
static void unglue_clocks(struct page *P)
{
	for (size_t i = 0; i < P->n; i++) {
		struct line *L = &P->l[i];
		if (L->blank || L->len > 160)
			continue;
		for (const char *c = L->s; (c = memchr(c, ':', L->len - (size_t)(c - L->s))); c++) {
			size_t colon = (size_t)(c - L->s), at;
			if (colon + 3 < L->len && L->s[colon + 3] != ' ')
				continue;
			if (!(at = tt_dates_clock_run_in(L->s, L->len, colon)))
				continue;
			char *s = tt_xmalloc(L->len + 1);
			memcpy(s, L->s, at);
			s[at] = ' ';
			memcpy(s + at + 1, L->s + at, L->len - at);
			L->s = tt_thread_strdup(P->t, s, ++L->len);
			free(s);
			break;
		}
	}
}

/* Where a machine form of a moment ends line s (len bytes), run into what
 * comes before it ("2006-09-01T16:07+00:00", seconds and a zone if any):
 * where it starts, or len. */
static size_t machine_form_tail(const char *s, size_t len)
{
	static const char shape[] = "dddd-dd-ddTdd:dd"; /* d a digit */
	size_t end = len;
	if (end && s[end - 1] == 'Z')
		end--;
	else if (end >= 6 && (s[end - 6] == '+' || s[end - 6] == '-') && s[end - 3] == ':')
		end -= 6;
	if (end >= 3 && s[end - 3] == ':' && isdigit((unsigned char)s[end - 1]) &&
	    isdigit((unsigned char)s[end - 2]) && end >= 19 && s[end - 9] == 'T')
		end -= 3; /* the seconds */
	size_t n = sizeof shape - 1;
	if (end < n)
		return len;
	for (size_t k = 0; k < n; k++) {
		char c = s[end - n + k];
		if (shape[k] == 'd' ? !isdigit((unsigned char)c) : c != shape[k])
			return len;
	}
	return end - n;
}

/* A time element the page hides drawn run into the date it shows, after
 * the post's number ("Sep 01, 2006#22006-09-01T16:07+00:00", w3m's;
 * "Sep 01, 2006[27]#22006-...", lynx's, Tapatalk's): the machine form,
 * and the number and link number before it, are cut where the words
 * before them read as a date of the same day, so that the line reads as
 * the date shown. */
static void machine_form_tails(struct page *P)
{
	for (size_t i = 0; i < P->n; i++) {
		struct line *L = &P->l[i];
		if (L->blank || L->len > 120 || L->len < 20)
			continue;
		size_t at = machine_form_tail(L->s, L->len), q = at;
		if (at == L->len)
			continue;
		while (q > 0 && isdigit((unsigned char)L->s[q - 1]))
			q--;
		if (q > 0 && L->s[q - 1] == '#')
			q--;
		else
			q = at;
		if (q > 0 && L->s[q - 1] == ']') { /* lynx's link number */
			size_t b = q - 1;
			while (b > 0 && isdigit((unsigned char)L->s[b - 1]))
				b--;
			if (b > 0 && L->s[b - 1] == '[' && b < q - 1)
				q = b - 1;
		}
		while (q > 0 && L->s[q - 1] == ' ')
			q--;
		char shown[128], iso[32];
		if (!q || q >= sizeof shown)
			continue;
		memcpy(shown, L->s, q);
		shown[q] = '\0';
		if (tt_dates_parse(shown, iso) == 0 && !strncmp(iso, L->s + at, 10))
			L->len = q;
	}
}

/* Case-insensitive match of the whole line against a list of phrases. */
int itx_line_is(const struct line *L, const char *const *phrases)
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

/* ---- paragraphs ---- */

void itx_lines_add(struct lines *ls, const struct line *L)
{
	if (ls->n == ls->cap)
		ls->v = tt_xrealloc(ls->v, (ls->cap = ls->cap ? ls->cap * 2 : 32) * sizeof *ls->v);
	ls->v[ls->n++] = L && !L->blank ? L : NULL;
}

/* Records what the lines of ls were taken as. */
void itx_mark_lines(struct page *P, const struct lines *ls, enum role r)
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
	return itx_columns(s, len);
}

unsigned itx_columns(const char *s, size_t len)
{
	unsigned n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Counts the page's lines by their width in count (200 columns at most),
 * those with a space and no address (browsers never break one), into
 * *lines; returns the widest width less the widest hundredth: lines the
 * browser could not break (a long word, characters it counts wider) are
 * not its width. */
static unsigned widths(const struct page *P, size_t count[201], size_t *lines)
{
	for (size_t i = 0; i < P->n; i++) {
		const struct line *L = &P->l[i];
		/* the columns counted only for a line that counts */
		if (!memchr(L->s, ' ', L->len) || tt_textline_find(L->s, L->len, "://", 3))
			continue;
		unsigned w = L->indent + columns(L->s, L->len);
		if (w <= 200)
			count[w]++, (*lines)++;
	}
	unsigned max = 200;
	for (size_t over = 0; max > 0 && over + count[max] <= *lines / 100; max--)
		over += count[max];
	return max;
}

/* The width a text browser wrapped the page at: the widest line that has a
 * space in it (less the widest hundredth), when a third of the lines inside paragraphs reach near it; 0
 * when the page was not wrapped (a browser's copy keeps a paragraph on one
 * line). A line holding an address is left out: browsers never break one, so
 * it runs past the width (lynx's list of references is all such lines). */
static unsigned wrap_width(const struct page *P)
{
	size_t count[201] = {0}, lines = 0;
	unsigned max = widths(P, count, &lines);
	size_t inner = 0, full = 0; /* lines followed by a line of the same paragraph */
	for (size_t i = 0; i + 1 < P->n; i++)
		if (!P->l[i].blank && !P->l[i + 1].blank) {
			inner++;
			full += P->l[i].indent + columns(P->l[i].s, P->l[i].len) + 12 >= max;
		}
	return max >= 60 && inner >= 10 && full * 3 >= inner ? max : 0;
}

/* Whether the character at s (n bytes on) is a wide one, Chinese, Japanese
 * or Korean, that a text browser gives two columns. */
static int wide_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n < 3 || u[0] < 0xE2)
		return 0;
	if (u[0] == 0xF0)
		return n >= 4 && u[1] >= 0xA0; /* the ideographs of planes 2 and 3 */
	unsigned cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
	return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
	       (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
}

/* Whether line L ends in a wide character. */
static int ends_wide(const struct line *L)
{
	size_t k = L->len;
	while (k > 0 && ((unsigned char)L->s[k - 1] & 0xC0) == 0x80)
		k--;
	return k > 0 && wide_at(L->s + k - 1, L->len - (k - 1));
}

/* Columns of line L as a text browser counts them, wide characters two. */
static unsigned wide_columns(const struct line *L)
{
	unsigned n = L->indent;
	for (size_t i = 0; i < L->len; i++)
		if (((unsigned char)L->s[i] & 0xC0) != 0x80)
			n += 1 + (unsigned)wide_at(L->s + i, L->len - i);
	return n;
}

/* The width a text browser wrapped runs of wide characters at, which have
 * no space to break at: the width most lines reach that end in a wide
 * character over a line of the same paragraph opening with one (two lines
 * at least, of 40 columns or more); 0 if none. */
static unsigned wide_wrap_width(const struct page *P)
{
	unsigned count[401] = {0}, best = 0;
	for (size_t i = 0; i + 1 < P->n; i++) {
		const struct line *L = &P->l[i], *N = &P->l[i + 1];
		if (L->blank || N->blank || !ends_wide(L) || !wide_at(N->s, N->len))
			continue;
		unsigned w = wide_columns(L);
		if (w >= 40 && w <= 400 && ++count[w] > count[best])
			best = w;
	}
	return count[best] >= 2 ? best : 0;
}

/* Was the break after L, between two wide characters, the browser's
 * wrapping of a run with no space in it? Then the words go on with no
 * space between (a line one column short of the width too: a wide
 * character that did not fit). */
static int wide_soft_break(const struct page *P, const struct line *L, const struct line *next)
{
	return P->wide_wrap && ends_wide(L) && wide_at(next->s, next->len) &&
	       wide_columns(L) + 1 >= P->wide_wrap;
}

/* Was the break after L the browser's wrapping? Only when the next line's
 * first word would not have fitted on L. */
int itx_soft_break(const struct page *P, const struct line *L, const struct line *next)
{
	if (!P->wrap)
		return 0;
	const char *sp = memchr(next->s, ' ', next->len);
	size_t first = sp ? (size_t)(sp - next->s) : next->len;
	return L->indent + columns(L->s, L->len) + 1 + columns(next->s, first) > P->wrap;
}

/* Whether the break after L was forced at width w: the next line's first
 * word would not have fitted on L. */
static int forced_at(unsigned w, const struct line *L, const struct line *next)
{
	const char *sp = memchr(next->s, ' ', next->len);
	size_t first = sp ? (size_t)(sp - next->s) : next->len;
	return L->indent + columns(L->s, L->len) + 1 + columns(next->s, first) > w;
}

/* The width a text browser wrapped the paragraphs' text at where wrap_width
 * finds the page not wrapped (its third of full lines is not met when menus,
 * lists and headers sit between the paragraphs, as in most lynx dumps):
 * the widest line as wrap_width reads it, when of the lines inside
 * paragraphs at least half as wide, a fifth, and twelve or more, end where
 * the next word would not have fitted. A page typed with hard breaks
 * (the seeds, a copy from a browser) has a few such lines at most. Used
 * to join a paragraph's lines, as its HTML has them, and (as P->text_wrap)
 * to tell a list's wrapped item and a comment's wrapped first line; no
 * header is read by it otherwise. */
static unsigned text_wrap_width(const struct page *P)
{
	size_t count[201] = {0}, lines = 0, half = 0, forced = 0;
	unsigned max = widths(P, count, &lines);
	for (size_t i = 0; i + 1 < P->n; i++) {
		const struct line *L = &P->l[i], *N = &P->l[i + 1];
		if (L->blank || N->blank || (L->indent + columns(L->s, L->len)) * 2 < max)
			continue;
		half++;
		forced += forced_at(max, L, N);
	}
	return max >= 60 && forced >= 12 && forced * 5 >= half ? max : 0;
}

/* Whether line L could be a browser's wrapping of words: it has a letter
 * (a rule of box characters runs the page's width). */
static int wordy(const struct line *L)
{
	return tt_textline_has_letter(L->s, L->len);
}

/* Was the break after L, on a page with no wrap width, the browser's
 * wrapping at the paragraphs' width w (text_wrap_width)? Not between wide characters
 * (wide_soft_break reads those), nor before an image's alt text, which a
 * browser sets on a line of its own. */
static int text_soft_break(unsigned w, const struct line *L, const struct line *next)
{
	return !ends_wide(L) && next->s[0] != '[' && forced_at(w, L, next) && wordy(L) &&
	       wordy(next);
}

int itx_text_soft_break(const struct page *P, const struct line *L, const struct line *next)
{
	return P->text_wrap && text_soft_break(P->text_wrap, L, next);
}

/* Whether page line L holds the n bytes at s (a paragraph's line, its
 * indentation left out). */
static int line_is(const struct line *L, const char *s, size_t n)
{
	return L->len == n && !memcmp(L->s, s, n);
}

/* The page line at or after *from (at most twice UNWRAP_AHEAD lines on)
 * holding the line [s, s+n) with the line [t, t+m) under it, or NULL. A
 * comment's search starts UNWRAP_AHEAD lines over its header, for the
 * layouts that put the text above it. */
enum { UNWRAP_AHEAD = 64 };
static const struct line *line_pair(const struct page *P, size_t *from, const char *s, size_t n,
                                    const char *t, size_t m)
{
	for (size_t k = *from; k + 1 < P->n && k < *from + 2 * UNWRAP_AHEAD; k++)
		if (line_is(&P->l[k], s, n) && line_is(&P->l[k + 1], t, m)) {
			*from = k + 1;
			return &P->l[k];
		}
	return NULL;
}

/* Paragraph p of a comment, its lines found from page line *from on, with
 * the breaks text_soft_break reads at width w made spaces, as the page's
 * HTML has them; p itself when there is none. */
static const char *unwrap_paragraph(const struct page *P, unsigned w, size_t *from, const char *p)
{
	tt_buf b = {0};
	int joined = 0;
	for (const char *s = p;;) {
		const char *nl = strchr(s, '\n');
		tt_buf_add(&b, s, nl ? (size_t)(nl - s) : strlen(s));
		if (!nl)
			break;
		const char *a = s + strspn(s, " "), *u = nl + 1, *v = u + strspn(u, " ");
		const struct line *L = line_pair(P, from, a, (size_t)(nl - a), v, strcspn(v, "\n"));
		int soft = L && text_soft_break(w, L, L + 1);
		tt_buf_addc(&b, soft ? ' ' : '\n');
		joined |= soft;
		s = soft ? v : u;
	}
	const char *r = joined ? tt_thread_strdup(P->t, b.data, b.len) : p;
	tt_buf_free(&b);
	return r;
}

/* The comments' paragraphs joined where a text browser wrapped them on a
 * page with no wrap width but a text_wrap_width: the page's HTML has a
 * paragraph's words on one line, and a comment's derived id reads its line
 * breaks (doc/import.md, "The same ids from HTML and from text"). Run
 * last, so that no rule reading a comment's lines sees them joined (the
 * rules that cut a line's bullet keep its columns). */
static void unwrap_comments(struct page *P)
{
	unsigned w = P->wrap ? 0 : text_wrap_width(P);
	for (size_t k = 0; w && k < P->nall; k++) {
		tt_comment *c = P->all[k];
		size_t from = c->line > UNWRAP_AHEAD ? c->line - UNWRAP_AHEAD : 0;
		for (size_t i = 0; i < c->body.n; i++)
			c->body.v[i] = unwrap_paragraph(P, w, &from, c->body.v[i]);
	}
}

/* A comment's paragraph indented four columns or more past the comment's
 * own text, and no list item, is a quote (w3m indents a blockquote so;
 * lynx two, told by a title opening the comment): marked as the HTML
 * importer marks one, "> " opening each line. */
static int quoted_para(const struct page *P, const struct lines *ls, size_t i, unsigned min,
                       unsigned base)
{
	const struct line *L = ls->v[i];
	if (base == ~0u || tt_textline_list_mark(L->s, L->len) || itx_numbered(L))
		return 0;
	/* (lynx indents one two columns: where its first line is a title
	 * closing with a colon, "[45]Kaczynski:", "Le 02 juin 2026 à 22:26:37
	 * Hillojow a écrit :", the comment opening with it) */
	size_t first = 0;
	while (first < ls->n && !ls->v[first])
		first++;
	size_t r = tt_textline_link_ref(L->s, L->len); /* (an "@NAME:" is whom it answers) */
	return min >= base + 4 ||
	       (min >= base + 2 && i == first && tt_textline_ends_with_any(L->s, L->len, ":") &&
	        r < L->len && L->s[r] != '@' && itx_lynx_refs((struct page *)P));
}

/* As itx_emit_paragraphs; paragraphs indented four columns or more past base
 * (~0u: none) are quotes. */
static void emit_quoting(const struct page *P, tt_strv *out, const struct lines *ls, int line_mode,
                         unsigned base)
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
		int quote = quoted_para(P, ls, i, min, base);
		for (size_t k = i; k < j; k++) {
			int wide = k > i && wide_soft_break(P, ls->v[k - 1], ls->v[k]);
			int soft = wide || (k > i && itx_soft_break(P, ls->v[k - 1], ls->v[k]));
			if (k > i && !wide)
				tt_buf_addc(&b, soft ? ' ' : '\n');
			if (quote && !soft)
				tt_buf_add(&b, "> ", 2);
			for (unsigned s = min; s < ls->v[k]->indent && !soft; s++)
				tt_buf_addc(&b, ' ');
			/* (lynx's number of the link a quotation's title is, "[45]
			 * Kaczynski:": the browser's, no word of the title) */
			const struct line *Q = ls->v[k];
			size_t r = quote && k == i && tt_textline_ends_with_any(Q->s, Q->len, ":")
			               ? tt_textline_link_ref(Q->s, Q->len)
			               : 0;
			tt_buf_add(&b, Q->s + r, Q->len - r);
		}
		tt_strv_push(t, out, tt_thread_strdup(t, b.data, b.len));
		i = j;
	}
	tt_buf_free(&b);
}

void itx_emit_paragraphs(const struct page *P, tt_strv *out, const struct lines *ls, int line_mode)
{
	emit_quoting(P, out, ls, line_mode, ~0u);
}

/* ---- the comment section ---- */

static int under_avatar(const struct page *P, size_t i);

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
	size_t first_header; /* the line of the first comment's header */
	size_t last_sig;     /* the line of the last signature, or 0 */
	int dash_signed;     /* the first signature a "- NAME , PLACE, DATE" */
	long answers_left;   /* answers a count over them still holds (answers_count_nesting_v) */
	unsigned answers_indent; /* the column those answers nest at */
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
		if (!mark && itx_numbered(L))
			mark = list_number(S, k);
		for (size_t b = 0; b < mark; b++) /* columns, not bytes */
			L->indent += ((unsigned char)L->s[b] & 0xC0) != 0x80;
		L->s += mark;
		L->len -= mark;
		S->P->lines_edited |= mark != 0;
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
	/* a name drawn one column right of the margin (the space an inline
	 * avatar leaves, w3m's Pikabu) has its text at the margin */
	size_t n = trailing_left(S, header ? header - 1 : header);
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
		itx_mark_lines(S->P, &S->body, R_COMMENT);
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
/* The letters of two lines alike, digits, marks and link numbers aside
 * ("Rating   (0)" and "[61]Rating   2"). */
static int same_letters(const struct line *a, const struct line *b)
{
	size_t x = 0, y = 0, letters = 0;
	for (;;) {
		while (x < a->len && !isalpha((unsigned char)a->s[x]))
			x++;
		while (y < b->len && !isalpha((unsigned char)b->s[y]))
			y++;
		if (x == a->len || y == b->len)
			return x == a->len && y == b->len && letters;
		if (a->s[x++] != b->s[y++])
			return 0;
		letters++;
	}
}

/* A signature's footer: the lines under the signature at line sig that the
 * signature at line other has too ("Click to rate  Rating 2", "Report
 * abuse"), blanks aside; the line after the last of them. */
static size_t signature_footer(const struct page *P, size_t sig, size_t other)
{
	size_t a = sig + 1, b = other + 1, end = sig + 1;
	for (;;) {
		while (a < P->n && P->l[a].blank)
			a++;
		while (b < P->n && P->l[b].blank)
			b++;
		if (a >= P->n || b >= P->n || a == other || !same_letters(&P->l[a], &P->l[b]))
			return end;
		end = ++a, b++;
	}
}

/* Past the footer under the signature at line i, told by the next
 * signature's (or the last one's) having the same lines; the line where
 * the next comment's text may start. */
static size_t past_signature_footer(struct section *S, size_t i)
{
	struct page *P = S->P;
	struct header h;
	size_t other = S->last_sig;
	for (size_t j = i + 1; j < P->n && j < i + 200; j++)
		if (!P->l[j].blank && itx_signature_at(P, &P->l[j], &h)) {
			other = j;
			break;
		}
	S->last_sig = i;
	return other ? signature_footer(P, i, other) : i + 1;
}

/* The first signature's text is what lies under the section's own lines:
 * its sorting list ("Newest", "Oldest") and buttons ("View all"), short
 * lines with no mark at their end, come before the comment, not in it. */
static void drop_section_head(struct section *S)
{
	size_t k = S->body.n, cut = 0;
	while (k--) {
		const struct line *L = S->body.v[k];
		if (L && (tt_textline_list_mark(L->s, L->len) || itx_bare_mark(L) ||
		          (tt_textline_count_words(L->s, L->len) <= 2 &&
		           !ispunct((unsigned char)L->s[L->len - 1])))) {
			cut = k + 1;
			break;
		}
	}
	while (cut < S->body.n && !S->body.v[cut])
		cut++;
	if (!cut || cut == S->body.n)
		return;
	memmove(S->body.v, S->body.v + cut, (S->body.n - cut) * sizeof *S->body.v);
	S->body.n -= cut;
}

/* A comment signed at the end of its list item is that item: what came
 * before the item's mark (the last one's buttons) is not its text, nor a
 * line with no letter over the name (an avatar's "[6343]"). */
static void keep_signed_item(struct section *S, const struct header *h)
{
	const struct line *from = &S->P->l[h->opens];
	size_t k = 0;
	while (k < S->body.n && (!S->body.v[k] || S->body.v[k] < from))
		k++;
	/* the mark alone is the item's, not text (lynx's "#", "@") */
	if (k < S->body.n && S->body.v[k] == from && from->len == 1)
		for (k++; k < S->body.n && !S->body.v[k];)
			k++;
	memmove(S->body.v, S->body.v + k, (S->body.n - k) * sizeof *S->body.v);
	S->body.n -= k;
	const struct line *L = S->body.n ? S->body.v[S->body.n - 1] : NULL;
	size_t c = 0;
	while (L && c < L->len && !isalpha((unsigned char)L->s[c]) && (unsigned char)L->s[c] < 0x80)
		c++;
	if (L && c == L->len)
		S->body.n--;
}

size_t itx_signed_item(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t k = i;
	if (!L->indent)
		return 0;
	while (k > 0 && i - k < 200 && (P->l[k - 1].blank || P->l[k - 1].indent == L->indent))
		k--;
	if (k == 0 || i - k >= 200)
		return 0;
	const struct line *M = &P->l[--k];
	size_t mark = tt_textline_list_mark(M->s, M->len);
	/* a bullet of U+2000-U+2FFF takes three bytes and one column */
	return mark && M->indent + (mark == 4 ? 2 : mark) == L->indent ? k : 0;
}

static int signature_line(struct section *S, size_t i, struct header *h)
{
	struct page *P = S->P;
	if (itx_signature_at(P, &P->l[i], h)) {
		S->dash_signed |= S->style == H_NONE && P->l[i].s[0] == '-';
		return 1;
	}
	/* under such signatures, a line of a name and a date ("FEMAIL TODAY"
	 * over the next page's links) signs nothing */
	if (S->dash_signed)
		return 0;
	/* A header right under an avatar's bare item ("1. 1 [60afcbfb6a3d]")
	 * opens its comment: the text before it is someone else's. */
	if (S->style == H_NONE && under_avatar(P, i))
		return 0;
	/* So does a header under its "level N" line: the level is its own. */
	if (level_over(S, i) >= 0)
		return 0;
	if ((S->style == H_SIGNATURE || (pending_text(S) && P->signed_text)) &&
	    itx_header_at(P, i, 0, h) && (h->shape & SH_ONE_LINE)) {
		h->kind = H_SIGNATURE;
		h->shape = SH_SIGNATURE;
		h->opens = itx_signed_item(P, i);
		return 1;
	}
	return 0;
}

/* A count of the comments under the section's heading ("Comments (35)"
 * over "35 Comments »"), before the first comment and any text: the
 * page's, no text for the first signature to claim. */
static int count_before_comments(const struct section *S, const struct line *L)
{
	return !S->P->nall && isdigit((unsigned char)L->s[0]) && !pending_text(S) &&
	       itx_stated_count(S->P, L) >= 0;
}

/* A list's bullet or number alone on its line, perhaps with an image (" 1.
 * []", " 2. [pic2]"; "☆", "o"): a text browser's mark for the next comment,
 * no text. */
int itx_bare_mark(const struct line *L)
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
	if (!U || U->blank || !(P->shape & SH_NUMBERED) || !itx_numbered(U) || !itx_bare_mark(U) ||
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
	       !itx_numbered(N) && N->s[0] != '[' && tt_textline_count_words(N->s, N->len) >= 3;
}

/* A comment's number alone on the line under a bare item ("1." over "1",
 * as lynx shows a theme's counter where the avatar has no alt text). */
int itx_item_number(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t k = 0;
	while (k < L->len && isdigit((unsigned char)L->s[k]))
		k++;
	return k && k == L->len && k <= 4 && i > 0 && !P->l[i - 1].blank &&
	       itx_bare_mark(&P->l[i - 1]);
}

/* Line i sits right under an avatar's bare item (perhaps past its number). */
static int under_avatar(const struct page *P, size_t i)
{
	return i > 0 && !P->l[i - 1].blank &&
	       (itx_bare_mark(&P->l[i - 1]) || itx_item_number(P, i - 1));
}

/* An avatar's bare item ("• [5e6a]") over a line of its own, apart from
 * both, that is no list item, then a dated header ("Ein Missverständnis",
 * "geschrieben von wScherf am 21. Jan. 2015, 20:02"): the line is the
 * comment's title. */
int itx_titled_item(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	struct header g;
	/* An avatar's image alone ("[avatar_sla]"), the title right under it
	 * and the one-line header right under that (Slate.fr): the same. */
	if (L->len > 2 && L->s[0] == '[' && L->s[L->len - 1] == ']' && !memchr(L->s, ' ', L->len) &&
	    i + 2 < P->n && !P->l[i + 1].blank && !P->l[i + 2].blank &&
	    P->l[i + 1].indent == L->indent && P->hshape && P->hshape[i + 2] == SH_ONE_LINE &&
	    !P->hshape[i + 1] && itx_header_at(P, i + 2, 0, &g) && g.kind == H_DATED)
		return 1;
	if (!itx_bare_mark(L) ||
	    !(memchr(L->s, '[', L->len) || !tt_textline_has_letter(L->s, L->len)))
		return 0;
	size_t j = itx_next_text(P, i), k;
	struct header h;
	/* the title apart from the header, or (lynx) at the margin right over
	 * the header indented under the item */
	if (j >= P->n || j == i + 1 || tt_textline_list_mark(P->l[j].s, P->l[j].len) ||
	    itx_numbered(&P->l[j]) || (k = itx_next_text(P, j)) >= P->n ||
	    (k == j + 1 && P->l[j].indent >= P->l[k].indent))
		return 0;
	return itx_header_at(P, k, 0, &h) && h.kind == H_DATED && !(h.shape & SH_DATE_AFTER);
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
		if (P->hshape[k] && itx_header_at(P, k, 0, &g)) {
			seen++;
			clocked += g.kind == H_DATED && strchr(g.when.iso, 'T') != NULL;
			k = g.next - 1;
		}
	return seen >= 2 && clocked == seen;
}

/* Three comments or more, all of one shape (a name line over its date):
 * a dated header of another after them ("DATE by NAME" under "Popular
 * Stories") is a teaser of another post. So it is after fewer once they
 * make the count the heading states (KopalniaWiedzy's "Komentarze (1)"
 * over "Tolo, 9 stycznia 2012, 22:27", then the news box's "Najnowsze
 * wiadomości" over "dziś"). */
static int other_shape(const struct section *S, const struct header *h)
{
	size_t enough = S->P->stated > 0 && S->P->stated < 3 ? (size_t)S->P->stated : 3;
	return S->shaped >= enough && h->kind == H_DATED && S->shaped == S->P->nall &&
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
	return (P->shape & SH_NUMBERED) && S->cur && !itx_numbered(L) &&
	       !tt_textline_list_mark(L->s, L->len) && L->indent + 1 > S->cur->col &&
	       hanging_item(P, (size_t)(L - P->l), L->indent) == L->indent;
}

/* Where comments are dated under their text, a one-line header opening
 * with an avatar's image ("[100x100] NAME （楼主） 1周前", lynx's
 * "[127][100x100] [128]NAME ...") after the open comment's date, or after
 * such an answer, is an answer drawn smaller (LearnKu's comments under a
 * comment): its own shape, nested under that comment. */
static int answer_in_own_shape(const struct section *S, const struct header *h,
                               const struct line *L)
{
	/* the comment still open, its text perhaps closed by its reply form */
	const tt_comment *open = S->depth ? S->stack[S->depth - 1].c : NULL;
	if (!(S->P->shape & SH_DATE_AFTER) || !(h->shape & SH_ONE_LINE) || !open ||
	    !(open->parent || (S->dated && (size_t)(L - S->P->l) > S->dated)))
		return 0;
	size_t ref = tt_textline_link_ref(L->s, L->len);
	const char *close = L->s[ref] == '[' ? memchr(L->s + ref, ']', L->len - ref) : NULL;
	return close && !memchr(L->s + ref, ' ', (size_t)(close - L->s) - ref) &&
	       tt_textline_has_digit(L->s + ref, (size_t)(close - L->s) - ref) &&
	       tt_textline_has_letter(L->s + ref, (size_t)(close - L->s) - ref);
}

/* Once comments are dated under their text, a header of another shape is a
 * teaser of another post (a title over its date) in a box after them. */
/* A score alone on its line ("+ 2", "- 1", "0"). */
static int score_alone(const struct line *L)
{
	size_t m = L->len > 2 && (L->s[0] == '+' || L->s[0] == '-') && L->s[1] == ' ' ? 2 : 0;
	return !L->blank && (m ? L->len - m <= 6 && strspn(L->s + m, "0123456789") == L->len - m
	                       : itx_count_line(L));
}

/* The index of the non-blank line right above line i, or P->n. */
static size_t line_above(const struct page *P, size_t i)
{
	while (i > 0 && P->l[i - 1].blank)
		i--;
	return i > 0 ? i - 1 : P->n;
}

/* A header with no score over it, 30 lines or more past the last comment's,
 * where each of the last five comments had its score right over its header
 * (Podrobnosti.ua's "+ 1" over "NAME" over "DATE"; then the forum's and the
 * videos' teasers, a title over a date, down the sidebar): the comments'
 * template has ended, the header is a teaser's. */
static int unscored_after_scored(const struct section *S, const struct line *L)
{
	const struct page *P = S->P;
	size_t i = (size_t)(L - P->l), k = i, seen = 0;
	if (P->nall < 5 || !P->all[P->nall - 1]->line)
		return 0;
	size_t a = line_above(P, i);
	if (a < P->n && score_alone(&P->l[a]))
		return 0;
	for (size_t c = P->nall; c-- > P->nall - 5;) {
		while (k > 0 && P->l[k].no > P->all[c]->line)
			k--;
		if (P->l[k].no != P->all[c]->line)
			return 0;
		if (c == P->nall - 1 && i - k < 30)
			return 0;
		a = line_above(P, k);
		seen += a < P->n && score_alone(&P->l[a]);
	}
	return seen == 5;
}

/* Where headers stand over their text, a one-line header closing a list
 * item of the open comment's text (the item's text hanging at its column
 * over it) with nothing at its column or deeper under it: an answer
 * signed under its text inside the comment's list (PIXNET's "• 謝謝小鳳的
 * 來訪！" over "史蒂文的家_藍天於 2014/01/01 20:31 回覆", then the next
 * comment's item further left). Where the item starts in the open
 * comment's text, or -1. */
static long signed_answer_item(const struct section *S, size_t i, const struct header *h)
{
	const struct page *P = S->P;
	if (!S->cur || S->style != H_DATED || h->kind != H_DATED || !(h->shape & SH_ONE_LINE) ||
	    (h->shape & SH_SIGNATURE))
		return -1;
	size_t m = itx_signed_item(P, i), j = h->next;
	if (!m)
		return -1;
	while (j < P->n && P->l[j].blank)
		j++;
	if (j < P->n && P->l[j].indent >= P->l[i].indent)
		return -1;
	/* the item's text, no bare mark over the header (lynx's nesting) */
	const struct line *M = &P->l[m];
	size_t mark = tt_textline_list_mark(M->s, M->len), k = S->body.n;
	if (!tt_textline_has_letter(M->s + mark, M->len - mark))
		return -1;
	while (k && S->body.v[k - 1] != M)
		k--;
	return k ? (long)k - 1 : -1;
}

static int same_template(const struct section *S, const struct header *h, const struct line *L)
{
	/* Where "level N" lines nest the comments, a header without one (a
	 * sidebar's "Created · Jan 25, 2008") is none of them. */
	if (S->level.len && level_over(S, (size_t)(L - S->P->l)) < 0)
		return 0;
	if (S->style == H_NONE || answer_in_own_shape(S, h, L))
		return 1;
	if (other_shape(S, h) || unscored_after_scored(S, L))
		return 0;
	/* After a reply form or footer, a header dated to the day (or less) where
	 * the comments were dated to the minute is a teaser's, in a box of other
	 * posts. */
	if (S->chrome && S->clocked && h->kind == H_DATED && !strchr(h->when.iso, 'T'))
		return 0;
	/* Where headers are items of a list (bulleted, or numbered for replies),
	 * a name and date in a comment's text ("@ NAME" over the date of the
	 * comment it answers) are no header. */
	if (S->bulleted && !tt_textline_list_mark(L->s, L->len) && !itx_numbered(L) &&
	    signed_answer_item(S, (size_t)(L - S->P->l), h) < 0)
		return 0;
	if (quoted_among_numbered(S, L))
		return 0;
	return !(S->P->shape & SH_DATE_AFTER) || (h->shape & SH_DATE_AFTER);
}

/* "level 2": one word of letters and a number of one or two digits, alone
 * on a line; the number, or -1. */
long itx_level_line(const struct line *L, size_t *word)
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
	    (n = itx_level_line(&S->P->l[i - 1], &w)) < 0)
		return -1;
	return w == S->level.len && !memcmp(S->P->l[i - 1].s, S->level.s, w) ? n : -1;
}

/* A header no deeper than the comment above it but a reply by its links
 * (itx_reply_link: "| thread parent" where the first comment has "|
 * thread"), as a page that nests by its style sheet alone is dumped: nested
 * under the comment whose own link lynx's address names, else under the
 * comment above it (a first reply follows what it answers). */
static unsigned reply_nesting(struct section *S, size_t i, unsigned indent)
{
	size_t named, k = S->depth;
	if (!k || indent > S->stack[k - 1].indent ||
	    !itx_reply_link(S->P, S->first_header, i, &named))
		return indent;
	if (named < S->P->n) /* the open comment whose text holds that link */
		while (k > 1 && S->stack[k - 1].c->line - 1 > named)
			k--;
	return S->stack[k - 1].indent + 1;
}

/* A header no deeper than the comment above it, under a count of that
 * comment's answers in place of its button ("1 reply" where the others
 * show "Reply", itx_answers_count; a few lines up, past an avatar's
 * label): it and the answers the count holds after it nest a level under
 * that comment, as a page that draws its answers at the same column
 * (Vimeo, dumped) shows them only by the count. */
static unsigned answers_count_nesting_v(struct section *S, size_t i, unsigned indent)
{
	size_t k = S->depth;
	if (!k || indent > S->stack[k - 1].indent)
		return indent;
	size_t top = S->stack[k - 1].c->line; /* its header's line, 1-based */
	for (size_t u = i; u-- > top && u + 6 >= i;) {
		long n = itx_answers_count(S->P, S->first_header, u);
		if (n > 0) {
			S->answers_left = n;
			S->answers_indent = S->stack[k - 1].indent + 1;
			break;
		}
	}
	if (S->answers_left <= 0 || indent >= S->answers_indent)
		return indent;
	S->answers_left--;
	return S->answers_indent;
}

/* A header no deeper than the comment above it whose lynx links name, by
 * the anchor after '#', an open comment's own link ("[26]parent" to
 * "item?id=1#36818754", the comment whose "[19]1 day ago" is
 * "item?id=36818754"), as Hacker News's page, nested by spacer images, is
 * dumped: nested under the deepest such comment, but for one whose own
 * header names this one so (its "next": a sibling, not the parent). */
static unsigned anchor_nesting(struct section *S, size_t i, unsigned indent)
{
	struct page *P = S->P;
	size_t k = S->depth;
	if (!k || indent > S->stack[k - 1].indent || !memchr(P->l[i].s, '[', P->l[i].len))
		return indent;
	while (k-- > 0) {
		size_t j = S->stack[k].c->line - 1;
		if (itx_links_to_own(P, i, j) && !itx_links_to_own(P, j, i))
			return S->stack[k].indent + 1;
	}
	return indent;
}

/* "知产人李鑫" over "评论" over "香樟树" over "2020.06.11 11:40 发布"
 * (BBScloud's answers, at their comment's column): a name, one word of the
 * template's ("replied to", "评论": whatever the page's word), then over
 * the date the name of an open comment's writer. The first name wrote the
 * answer, one level under the deepest open comment of the name under it;
 * the two lines are the header's, no text of the comment above. */
static void answer_naming_writer_a(struct section *S, size_t i, struct header *h)
{
	struct page *P = S->P;
	if (!S->depth || !h->author || i < 2 || i + 1 >= P->n || P->l[i - 1].blank ||
	    P->l[i - 2].blank)
		return;
	const struct line *W = &P->l[i - 1], *N = &P->l[i - 2], *A = &P->l[i];
	struct when w = {0};
	size_t al = strlen(h->author), aref = tt_textline_link_ref(A->s, A->len);
	/* the name alone on its line, the date alone on the next */
	if (A->len != aref + al || memcmp(A->s + aref, h->author, al) ||
	    !itx_date_line(P, &P->l[i + 1], &w))
		return;
	if (W->len > 24 || memchr(W->s, ' ', W->len) || tt_textline_has_digit(W->s, W->len) ||
	    !tt_textline_has_letter(W->s, W->len) || tt_textline_list_mark(W->s, W->len))
		return;
	const char *name;
	size_t ref = tt_textline_link_ref(N->s, N->len);
	size_t nl = tt_textline_author_name(N->s + ref, N->len - ref, &name);
	/* the answer's writer is another than the one answered, and neither
	 * line above holds the name under them: an avatar's text ("annAvatar
	 * border" over "TS" over "ann", "评论" over "ann" over "ann") */
	if (!nl || name + nl != N->s + N->len || (nl == W->len && !memcmp(name, W->s, nl)) ||
	    tt_textline_find(N->s, N->len, h->author, al) ||
	    tt_textline_find(W->s, W->len, h->author, al))
		return;
	size_t k = S->depth;
	while (k-- > 0)
		if (S->stack[k].c->author && !strcmp(S->stack[k].c->author, h->author))
			break;
	if (k >= S->depth)
		return;
	h->author = tt_thread_strdup(P->t, name, nl);
	h->indent = S->stack[k].indent + 1;
	while (S->body.n && (S->body.v[S->body.n - 1] == W || S->body.v[S->body.n - 1] == N))
		S->body.n--;
	P->role[i - 1] = P->role[i - 2] = R_HEADER;
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
		long n = U->blank ? -1 : itx_level_line(U, &w);
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

/* Three dated headers at least further down the section: the comments'
 * template is theirs, and a heading over a list before them ("Related
 * Articles" over its titles, indented as items) is no name over an
 * undated comment's text. */
static int dated_later_a(const struct page *P, size_t i)
{
	return P->strong_from && P->strong_from[i] >= 3;
}

/* Line i a comment's title, apart, right over a one-line header with one
 * blank line between ("Fake Christians" over "Submitted by charlyc on
 * Wed, 10/17/2018 - 12:17.", Drupal 6): two to eight words, no sentence's
 * end, no item, number or date. */
static int title_at(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	struct when w = {0};
	size_t words = L->blank ? 0 : tt_textline_count_words(L->s, L->len);
	return i > 0 && i + 2 < P->n && words >= 2 && words <= 8 && P->l[i - 1].blank &&
	       P->l[i + 1].blank && P->hshape[i + 2] == SH_ONE_LINE && !P->hshape[i] &&
	       P->l[i + 2].indent >= L->indent &&
	       !tt_textline_ends_with_any(L->s, L->len, ".!?:;,") &&
	       !tt_textline_list_mark(L->s, L->len) && !itx_numbered(L) &&
	       !itx_date_line(P, L, &w) && !itx_comment_chrome(L) && !itx_comments_heading(L) &&
	       !itx_reply_form(L) && itx_stated_count(P, L) < 0;
}

/* Where two one-line headers or more have a title over them, and two in
 * three at least (a byline's "CHQ Staff | 10/17/18" has none), each title
 * opens its comment, a paragraph of its own. Three or more all alike are
 * a link closing each comment ("Log in to Reply" over the next header),
 * no titles; two alike may be an answer under its question's title. */
int itx_titled_header(struct page *P, size_t i)
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
				uint64_t h = itx_line_hash(&P->l[k - 2], &spaces);
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
 * shares, the name being the line under the date (itx_names_under_dates).
 * Asked once a page: one pass and itx_count_keys. */
static int shared_over_dates(struct page *P)
{
	if (P->shared_over_dates)
		return P->shared_over_dates == 2;
	P->shared_over_dates = 1;
	uint64_t *of = tt_xcalloc(P->n + 1, sizeof *of);
	unsigned *n = tt_xcalloc(P->n + 1, sizeof *n);
	size_t dates = 0, best = 0, spaces;
	struct when w = {0};
	for (size_t i = 1; i < P->n; i++) {
		const struct line *U = &P->l[i - 1];
		if (U->blank || P->l[i].blank || !itx_date_line(P, &P->l[i], &w))
			continue;
		struct line M = *U;
		if (itx_numbered(&M)) {
			size_t k = strspn(M.s, "0123456789") + 2;
			M.s += k, M.len -= k;
		}
		of[i] = itx_line_hash(&M, &spaces) | 1;
		dates++;
	}
	itx_count_keys(P, of, n);
	for (size_t i = 0; i < P->n; i++)
		best = n[i] > best ? n[i] : best;
	free(of);
	free(n);
	if (best >= 3 && best * 4 >= dates * 3)
		P->shared_over_dates = 2;
	return P->shared_over_dates == 2;
}

/* Whether the bare mark at line m follows another alike at its column: a
 * list of items with nothing in them (share buttons drawn as images with
 * no alt text, "+" five times over), no reply's mark of nesting. */
static int in_mark_run(const struct page *P, size_t m)
{
	const struct line *M = &P->l[m], *U = m ? &P->l[m - 1] : NULL;
	return U && !U->blank && U->indent == M->indent && U->len == M->len &&
	       !memcmp(U->s, M->s, M->len);
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
	struct when w = {0};
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
		    itx_digit_past_refs(L) || !tt_textline_has_letter(L->s, L->len) ||
		    has_emoji(L) || tt_textline_ends_with_any(L->s, L->len, ".!?:;,") ||
		    itx_date_line(P, L, &w))
			return h->next;
		k++;
	}
	return k > h->next && k < P->n && P->l[k].blank ? k : h->next;
}

/* A name lynx set at the margin over its date at a deeper column, the
 * first header after it not so drawn with its name one column right of
 * its date at that same column
 * (taz: "Martinxyz" over "   14. 01. 2020, 13:47", then "    Götz-Michael
 * Freimann" over "   14. 01. 2020, 13:29"): the items are drawn alike but
 * for the space lynx keeps before the later names, so the date's column
 * is the header's, as it is the later ones' (name_right_of_date). */
static unsigned margin_name_nesting(const struct page *P, size_t i, const struct header *h)
{
	size_t d = h->next - 1; /* the date line of a name-then-date header */
	if (!(h->shape & SH_NAME_DATE) || !P->hshape || P->l[i].indent != 0 || d <= i + 1 ||
	    P->l[d].indent == 0)
		return h->indent;
	for (size_t k = h->next; k < P->n && k - h->next < 400; k++) {
		struct header g;
		if (!P->hshape[k])
			continue;
		if (!(P->hshape[k] & SH_NAME_DATE) || !itx_header_at((struct page *)P, k, 0, &g) ||
		    !(g.shape & SH_NAME_DATE))
			return h->indent;
		if (P->l[g.next - 1].indent != P->l[d].indent)
			return h->indent;
		if (P->l[k].indent == P->l[d].indent + 1)
			return P->l[d].indent;
		if (P->l[k].indent != 0) /* another at the margin: look on */
			return h->indent;
		k = g.next - 1;
	}
	return h->indent;
}


/* A line a header's box may repeat under every header: it holds a number
 * (a count, a version) past link numbers and ends no sentence, as an
 * answer's "@Suzanne:" or a comment of "Thanks!" does not. */
static int echo_line(const struct line *L)
{
	static const char *const stops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
	if (L->blank || tt_textline_ends_with_any(L->s, L->len, ".!?") || !itx_digit_past_refs(L))
		return 0;
	for (size_t s = 0; s < sizeof stops / sizeof *stops; s++)
		if (L->len >= 3 && !memcmp(L->s + L->len - 3, stops[s], 3))
			return 0;
	return 1;
}

/* The header nearest the one at line h, before it (dir 0) or after (1),
 * within 80 lines, or 0. */
static size_t neighbour_header(const struct page *P, size_t h, int dir)
{
	size_t j = h;
	do
		j = dir ? j + 1 : j - 1;
	while (j > 0 && j < P->n && j + 80 > h && j < h + 80 && !P->hshape[j]);
	return j > 0 && j < P->n && P->hshape[j] ? j : 0;
}

/* Where the text starts after the header at line h ending before line i:
 * past a run of one to three lines right under it (no blank line between)
 * that stand word for word at the same place under one of the two headers
 * before it or after, where that one's run ends in a blank line: what the template
 * prints in every header's box (a like count, the writer's browser, "2"
 * over "Chrome 122.0.0.0Windows 10", Waline; lynx's "(BUTTON) 2
 * (BUTTON)"; "1回复" over an answer's "回复 @NAME :", Twikoo), none of it
 * the comment's words. */
static size_t past_header_echo(struct page *P, size_t h, size_t i)
{
	size_t spaces;
	if (!P->hshape || i >= P->n || !echo_line(&P->l[i]))
		return i;
	/* the two headers before it and the two after (the last comment's
	 * neighbour may be an answer, its box written otherwise) */
	for (int look = 0; look < 4; look++) {
		size_t j = neighbour_header(P, h, look & 1), m = 0;
		j = j && look >= 2 ? neighbour_header(P, j, look & 1) : j;
		if (!j || j + (i - h) + 3 >= P->n)
			continue;
		const struct line *N = &P->l[j + (i - h)];
		while (m < 3 && i + m < P->n && echo_line(&P->l[i + m]) &&
		       itx_line_hash(&P->l[i + m], &spaces) == itx_line_hash(&N[m], &spaces))
			m++;
		size_t k = i + m;
		if (m && N[m].blank && k + 1 < P->n && !P->hshape[k] && !P->hshape[k + 1] &&
		    !(P->l[k].blank && P->l[k + 1].blank))
			return k;
	}
	return i;
}

/* Where the text starts past a vote row right under the header, and past
 * the writer's name once more right under that (We-Dwoje's "ClauduSu"
 * over its date, its votes, then "ClauduSu", lynx's "[74]ClauduSu", over
 * the text): both are the header's. */
static size_t past_votes_and_name_a(struct page *P, const struct header *h, size_t i)
{
	if (i + 1 >= P->n || P->l[i].blank || !itx_vote_row(&P->l[i]) || !h->author)
		return i;
	const struct line *N = &P->l[i + 1];
	size_t ref = tt_textline_link_ref(N->s, N->len), al = strlen(h->author);
	if (N->len == ref + al && !memcmp(N->s + ref, h->author, al))
		return i + 2;
	return i + 1;
}

/* Whether the name line k (lynx's link number gone) begins, as whole
 * words, a longer line of the box between from and k: the writer's name
 * drawn alone in the box's second drawing, its first with a status after
 * it ("[19]Angie Online Content" over "[20]Angie"). */
static int name_drawn_before(const struct page *P, size_t from, size_t k)
{
	const struct line *K = &P->l[k];
	size_t kr = tt_textline_link_ref(K->s, K->len), nl = K->len - kr;
	if (!nl || tt_textline_count_words(K->s + kr, nl) > 4 || !tt_textline_has_letter(K->s + kr, nl))
		return 0;
	for (size_t u = from; u < k; u++) {
		const struct line *U = &P->l[u];
		size_t ur = tt_textline_link_ref(U->s, U->len);
		if (U->len - ur > nl + 1 && !memcmp(U->s + ur, K->s + kr, nl) && U->s[ur + nl] == ' ')
			return 1;
	}
	return 0;
}

/* Where the text starts past a member box drawn twice right under the
 * header, compact and full (UBB.threads: "Joined: Apr 2002", "Posts:
 * 7,135", the name with its status, then the name alone and the same
 * lines again, no blank line, no line of eight words): past the last
 * line the second drawing repeats of the first. The name drawn alone is
 * the writer's; the header's name there is the post it answers. At most
 * 24 lines are looked at, each against those before it. */
static size_t past_box_drawn_twice(struct page *P, struct header *h, size_t i)
{
	enum { BOX = 24 };
	uint64_t key[BOX];
	size_t n = 0, name = 0, end = 0, repeats = 0, spaces;
	while (n < BOX && i + n < P->n && !P->l[i + n].blank && !P->hshape[i + n] &&
	       tt_textline_count_words(P->l[i + n].s, P->l[i + n].len) < 8) {
		key[n] = itx_line_hash(&P->l[i + n], &spaces);
		if (!name && n >= 2 && name_drawn_before(P, i, i + n))
			name = n;
		for (size_t u = 0; name && n > name && u < name; u++)
			if (key[u] == key[n]) {
				end = n + 1;
				repeats++;
				break;
			}
		n++;
	}
	if (!name || repeats < 2)
		return i;
	const struct line *N = &P->l[i + name];
	size_t ref = tt_textline_link_ref(N->s, N->len);
	h->author = tt_thread_strdup(P->t, N->s + ref, N->len - ref);
	return i + end;
}

/* An image alone on its line, no space in its name ("[1]", lynx's
 * "[1.png]"), right over a comment's header: the next comment's avatar,
 * drawn before its name, not the last words of the comment above. */
static int avatar_over_header(const struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	return P->hshape && i + 1 < P->n && P->hshape[i + 1] && L->len > 2 && L->s[0] == '[' &&
	       L->s[L->len - 1] == ']' && !memchr(L->s, ' ', L->len);
}

/* The page number a list's item holds alone ("* 1", lynx's "* [52]2",
 * w3m's "• 2"), or -1. */
static long item_page_number_b(const struct line *L)
{
	size_t mark = tt_textline_list_mark(L->s, L->len);
	if (!mark)
		return -1;
	const char *s = L->s + mark;
	size_t len = L->len - mark, ref = tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	if (!len || len > 4 || strspn(s, "0123456789") != len)
		return -1;
	return strtol(s, NULL, 10);
}

/* A pager under the comments: a list's item holding a page's number
 * alone, the next line the same list's next item holding the next number
 * ("* 1" over "* [52]2" over "* [53]Next »"). No comment's text counts
 * so; the comment above ends there, as at a footer. */
static int pager_at_b(const struct page *P, size_t i)
{
	long n = item_page_number_b(&P->l[i]);
	return n >= 0 && i + 1 < P->n && P->l[i + 1].indent == P->l[i].indent &&
	       item_page_number_b(&P->l[i + 1]) == n + 1;
}

/* "Powered by Waline v3.1.3", "Powered By Artalk": a comment widget's
 * credit, which it prints in English whatever the page's language, under
 * its last comment; a short line opening so (six words at most, no
 * sentence's end) ends the comments, as a footer does. */
static int widget_credit(const struct line *L)
{
	return L->indent < 8 && tt_textline_starts_with_ci(L->s, L->len, "powered by ") &&
	       tt_textline_count_words(L->s, L->len) <= 6 &&
	       !tt_textline_ends_with_any(L->s, L->len, "!?");
}

/* A heading over a forum's list of other threads under the last post
 * ("More Topics from this Board", GameFAQs; "Similar threads", XenForo;
 * "Ähnliche Themen", "Sujets similaires"): the posts end there. */
static int other_threads_heading(const struct line *L)
{
	static const char *const words[] = {"more topics",        "similar threads",
	                                    "related threads",    "similar topics",
	                                    "related topics",     "\xC3\xA4hnliche themen",
	                                    "sujets similaires", "temas similares"};
	if (L->indent >= 8 || tt_textline_count_words(L->s, L->len) > 6)
		return 0;
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (tt_textline_starts_with_ci(L->s, L->len, words[k]))
			return 1;
	return itx_last_reply_line(L); /* (the list itself: "Last reply 2 weeks ago") */
}

/* A line under a comment's header holding the name and the time, as its
 * header showed them, of a comment read before it, and more besides
 * ("Response to NAME, 18 November 2011 11:31PM": the comment it answers,
 * whatever the page's words for it): the comment's text, no header of
 * another shape (itx_answer_naming nests it). */
static int names_earlier_comment(const struct page *P, const struct line *L)
{
	return itx_answer_naming(P, P->nall, L->s, L->len) != NULL;
}

/* The column comment c's text stands at: its header line's, past a
 * list's bullet opening that line (lynx's "* NAME"). */
static unsigned own_text_column(const struct page *P, const tt_comment *c)
{
	size_t h = c->line ? c->line - 1 : 0;
	if (h >= P->n || P->l[h].no != c->line)
		return c->col - 1;
	return P->l[h].indent + (unsigned)tt_textline_list_mark(P->l[h].s, P->l[h].len);
}

/* A header drawn inside the comment being read, before any of its text
 * and at another column than that text, which comes after it at the
 * comment's own column (The Guardian's quotation of another comment:
 * its name, date and words set deeper in w3m's dump, shallower in
 * lynx's): the quoted comment's header, the quotation's first line, no
 * comment of its own. */
static int quoted_header(struct section *S, size_t i)
{
	struct page *P = S->P;
	if (!S->cur)
		return 0;
	for (size_t k = 0; k < S->body.n; k++)
		if (S->body.v[k])
			return 0;
	unsigned col = own_text_column(P, S->cur), at = P->l[i].indent;
	/* a list's item is the next comment's, however its text then stands */
	if (at == col || tt_textline_list_mark(P->l[i].s, P->l[i].len) ||
	    (i > 0 && !P->l[i - 1].blank && itx_bare_mark(&P->l[i - 1])))
		return 0;
	for (size_t j = i + 1; j < P->n && j < i + 200; j++) {
		const struct line *L = &P->l[j];
		if (L->blank || L->indent == at)
			continue;
		struct header h = {0};
		return L->indent == col && !itx_bare_mark(L) && !itx_header_at(P, j, 0, &h);
	}
	return 0;
}

/* A comment's score right over the next comment's header ("+ 2", "- 1",
 * "0" over "NAME" over "DATE"): the header's, not the text above it. */
static int score_over_header(struct page *P, size_t i)
{
	const struct line *L = &P->l[i];
	size_t m = L->len > 2 && (L->s[0] == '+' || L->s[0] == '-') && L->s[1] == ' ' ? 2 : 0;
	struct header h;
	return (m ? L->len - m <= 6 && strspn(L->s + m, "0123456789") == L->len - m
	          : itx_count_line(L)) &&
	       i + 1 < P->n && itx_header_at(P, i + 1, 0, &h);
}

/* After a reply form or footer that closed three signed comments or more,
 * each dated to the minute, a signature dated to the day is a teaser's
 * (ScienceBlogs' "Editor's Picks" down the sidebar, each title over "the
 * weizmann wave 01.11.2012"): a list of links each with a date and no text
 * of its own, no comment; as same_template says of headers. */
static int day_signature_after_form(const struct section *S, const struct header *h)
{
	const struct page *P = S->P;
	if (S->style != H_SIGNATURE || !S->chrome || P->nall < 3 || strchr(h->when.iso, 'T'))
		return 0;
	for (size_t k = 0; k < P->nall; k++)
		if (!P->all[k]->time || !strchr(P->all[k]->time, 'T'))
			return 0;
	return 1;
}

/* Two counts, each alone on its line, right over the next comment's
 * header with no blank line between ("0" over "3" over "~NAME [DATE]":
 * the votes for and against, drawn over the name, Wirtualna Polska's
 * opinions): the header's, not the last lines of the text above. */
static int votes_over_header(struct page *P, size_t i)
{
	struct header h;
	return i + 2 < P->n && itx_count_line(&P->l[i]) && itx_count_line(&P->l[i + 1]) &&
	       itx_header_at(P, i + 2, 0, &h);
}

/* A header's vote box after one blank line (w3m draws the box's empty
 * first row as a line of no-break spaces: Glavred's "Не согласен", "0",
 * "Согласен" right over the text): the header's, as itx_past_header_tail
 * reads such a run right under the header. Where the text starts, or i. */
static size_t past_blank_then_tail(struct page *P, size_t i)
{
	if (i + 1 >= P->n || !P->l[i].blank || P->l[i + 1].blank)
		return i;
	size_t k = itx_past_header_tail(P, i + 1);
	return k > i + 1 ? k : i;
}

/* A line right under one-line header i, deeper than it: w3m's drawing of
 * the header's table cell, its reply link under the name past the
 * avatar's label ("[stub-us] Piter 6 Января 2012 14:05:28" over
 * "          ответить"). Asked first, so that the page's repeats are
 * counted only where such a line stands. */
static int cell_under_header_a(const struct page *P, size_t i, const struct header *h)
{
	return (h->shape & SH_ONE_LINE) && h->next == i + 1 && i + 1 < P->n &&
	       !P->l[i + 1].blank && P->l[i + 1].indent > P->l[i].indent;
}

/* The item at body.v[from] on is the answer signed by header h at line i:
 * the open comment ends before it, the answer is made and ends at once. */
static void take_signed_answer(struct section *S, size_t from, const struct header *h,
                               const struct line *L)
{
	struct lines tail = {0};
	for (size_t k = from; k < S->body.n; k++)
		itx_lines_add(&tail, S->body.v[k]);
	S->body.n = from;
	while (S->body.n && !S->body.v[S->body.n - 1])
		S->body.n--;
	finish_comment(S);
	struct line *M = &S->P->l[tail.v[0] - S->P->l];
	size_t mark = tt_textline_list_mark(M->s, M->len);
	for (size_t b = 0; b < mark; b++) /* columns, not bytes */
		M->indent += ((unsigned char)M->s[b] & 0xC0) != 0x80;
	M->s += mark;
	M->len -= mark;
	S->P->lines_edited |= mark != 0;
	S->cur = new_comment(S, h, L);
	free(S->body.v);
	S->body = tail;
	finish_comment(S);
}

/* Whether the paragraph at line i, indented past col and two blank lines
 * under the header, is a quotation opening a comment whose own words come
 * after it at col (w3m indents a blockquote: Lemmy's "> Adding local site
 * settings" over "Yisss!"): the first paragraph after it not so indented
 * (eight at most, each within two blank lines of the last) stands at col
 * and is no header.
 * Then the comments' text is not told to sit right of their headers. */
static int quotation_first(struct page *P, size_t i, unsigned col)
{
	/* (set apart by two blank lines over it, as w3m sets a blockquote
	 * opening a comment's text) */
	if (i < 3 || !P->l[i - 1].blank || !P->l[i - 2].blank || P->l[i - 3].blank)
		return 0;
	size_t n = i;
	for (int paras = 0; paras < 8 && n < P->n && P->l[n].indent > col; paras++) {
		size_t k = n;
		while (k < P->n && !P->l[k].blank && P->l[k].indent > col)
			k++;
		if (k >= P->n || !P->l[k].blank)
			return 0;
		n = itx_next_text(P, k);
	}
	struct header g;
	return n < P->n && P->l[n].indent == col && !itx_header_at(P, n, 0, &g);
}

/* A pingback or trackback in the list of comments ("23. Pingback: TITLE",
 * lynx's "23. Pingback: [119]TITLE", the title wrapped onto lines hanging
 * past the item's number): WordPress lists the page linking here among the
 * comments, its title for a name, no date. Its words into *text,
 * "Pingback: TITLE" (lynx's link numbers left out), the title from byte
 * *at; the line past the item returned, or 0. */
static size_t pingback_item(struct page *P, size_t i, tt_buf *text, size_t *at)
{
	const struct line *L = &P->l[i];
	size_t m = tt_textline_list_mark(L->s, L->len);
	if (!m && itx_numbered(L))
		m = (size_t)((const char *)memchr(L->s, ' ', L->len) + 1 - L->s);
	static const char *const kinds[] = {"Pingback: ", "Trackback: "};
	if (!m || m >= L->len || (L->s[m] != 'P' && L->s[m] != 'T'))
		return 0;
	size_t k = 0;
	while (k < 2 && (L->len <= m + strlen(kinds[k]) + 1 ||
	                 strncmp(L->s + m, kinds[k], strlen(kinds[k]))))
		k++;
	if (k == 2)
		return 0;
	text->len = 0;
	tt_buf_adds(text, kinds[k]);
	*at = text->len;
	size_t e = i;
	for (const char *s = L->s + m + strlen(kinds[k]);; s = P->l[e].s) {
		const struct line *W = &P->l[e];
		for (const char *q = s; q < W->s + W->len; q++) {
			size_t ref = *q == '[' ? tt_textline_link_ref(q, (size_t)(W->s + W->len - q)) : 0;
			if (ref)
				q += ref - 1;
			else
				tt_buf_addc(text, *q);
		}
		if (++e >= P->n || P->l[e].blank || P->l[e].indent <= L->indent ||
		    itx_numbered(&P->l[e]) || tt_textline_list_mark(P->l[e].s, P->l[e].len))
			break;
		tt_buf_addc(text, ' ');
	}
	return text->len > *at && text->len - *at <= 300 ? e : 0;
}

/* Reads a pingback item at line *i as a comment of its own at the top
 * level: its title the name, "Pingback: TITLE" its text, as the HTML
 * importer reads WordPress's li.pingback. */
static int section_pingback(struct section *S, size_t *i)
{
	struct page *P = S->P;
	tt_buf text = {0};
	size_t at = 0, e = S->chrome ? 0 : pingback_item(P, *i, &text, &at);
	if (!e) {
		tt_buf_free(&text);
		return 0;
	}
	finish_comment(S);
	const struct line *L = &P->l[*i];
	struct header h = {0};
	h.kind = H_DATED;
	h.author = tt_thread_strdup(P->t, text.data + at, text.len - at);
	h.indent = S->style == H_NONE || L->indent < S->top_indent ? L->indent : S->top_indent;
	tt_comment *c = new_comment(S, &h, L);
	S->shaped += S->shaped + 1 == P->nall; /* (it breaks no run of one shape) */
	tt_strv_push(P->t, &c->body, tt_thread_strdup(P->t, text.data, text.len));
	tt_buf_free(&text);
	for (size_t k = *i; k < e; k++)
		P->role[k] = R_COMMENT;
	S->depth--; /* no answer goes under it */
	*i = e - 1;
	return 1;
}

static void section_line(struct section *S, size_t *i)
{
	struct page *P = S->P;
	const struct line *L = &P->l[*i];
	struct header h = {0};
	if (P->flat_to && *i == P->flat_to) { /* a flat run ends with its last text */
		finish_comment(S);
		S->chrome = 1;
	}
	if (L->blank) {
		itx_lines_add(&S->body, NULL);
		return;
	}
	if (S->first_header && other_threads_heading(L)) { /* no post past it */
		finish_comment(S);
		*i = P->n - 1;
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
	if (S->style == H_DATED && (score_over_header(P, *i) || votes_over_header(P, *i))) {
		P->role[*i] = R_HEADER;
		return;
	}
	int undated = S->style == H_UNDATED ||
	              (S->style == H_NONE && !dated_soon(P, *i) && !dated_later_a(P, *i));
	if ((S->style == H_NONE || S->style == H_SIGNATURE) && !S->lead && signature_line(S, *i, &h) &&
	    !day_signature_after_form(S, &h)) {
		if (S->style == H_NONE)
			P->shape = h.shape;
		S->style = H_SIGNATURE;
		P->role[*i] = R_HEADER;
		if (!P->nall && S->dash_signed)
			drop_section_head(S);
		if (h.opens)
			keep_signed_item(S, &h);
		S->cur = new_comment(S, &h, L);
		finish_comment(S);
		S->chrome = 0;
		size_t end = S->dash_signed ? past_signature_footer(S, *i) : 0;
		for (end = end > h.next ? end : h.next; *i + 1 < end;)
			if (!P->l[++*i].blank)
				P->role[*i] = R_HEADER;
		return;
	}
	if (S->style != H_SIGNATURE && section_pingback(S, i))
		return;
	if (S->style != H_SIGNATURE && itx_header_at(P, *i, undated, &h) &&
	    same_template(S, &h, L) && !(S->style == H_NONE && day_over_clocks(P, &h)) &&
	    !quoted_header(S, *i)) {
		h.indent = margin_name_nesting(P, *i, &h);
		if (S->style == H_NONE) {
			S->style = h.kind;
			S->top_indent = h.indent;
			S->bulleted = tt_textline_list_mark(L->s, L->len) != 0;
			S->clocked = h.kind == H_DATED && strchr(h.when.iso, 'T') != NULL;
			P->shape = h.shape;
			S->first_header = *i;
		}
		/* A list's bullet alone right above the header, deeper than it, is
		 * where lynx shows the comment's nesting ("  *" over "Graugans
		 * sagt:" under its parent's text): the header nests there. */
		if (*i > 0 && !P->l[*i - 1].blank && itx_bare_mark(&P->l[*i - 1]) &&
		    P->l[*i - 1].indent > h.indent && !in_mark_run(P, *i - 1))
			h.indent = P->l[*i - 1].indent;
		h.indent = hanging_item(P, *i, h.indent);
		h.next = header_badges(P, &h);
		/* "level 2" over it: nested as the number says, past the
		 * column every header shares */
		long level = level_over(S, *i);
		if (level >= S->level_min && S->level.len)
			h.indent += (unsigned)(level - S->level_min);
		h.indent = reply_nesting(S, *i, h.indent);
		h.indent = anchor_nesting(S, *i, h.indent);
		h.indent = answers_count_nesting_v(S, *i, h.indent);
		answer_naming_writer_a(S, *i, &h);
		if (answer_in_own_shape(S, &h, L)) /* a level under the comment it answers */
			h.indent = S->stack[S->depth - 1].indent + !S->stack[S->depth - 1].c->parent;
		/* A mark alone right under the header (SPIP's ":" after the
		 * date), no letter or digit in it, is the header's; a sentence's
		 * end (a comment of ".") is text. */
		if (h.next < P->n && !P->l[h.next].blank && P->l[h.next].len <= 3 &&
		    !tt_textline_has_letter(P->l[h.next].s, P->l[h.next].len) &&
		    !itx_bare_mark(&P->l[h.next]) &&
		    !tt_textline_ends_with_any(P->l[h.next].s, P->l[h.next].len, ".!?"))
			h.next++;
		h.next = past_blank_then_tail(P, itx_past_header_tail(P, h.next));
		h.next = past_votes_and_name_a(P, &h, h.next);
		if (P->hshape && h.when.iso[0])
			h.next = past_box_drawn_twice(P, &h, h.next);
		if (!h.dated) /* text then date: the run may be its end */
			h.next = past_header_echo(P, *i, h.next);
		if ((h.shape & SH_NAME_DATE) || cell_under_header_a(P, *i, &h))
			h.next = itx_past_header_buttons(P, h.next);
		for (size_t k = *i; k < h.next; k++)
			if (!P->l[k].blank)
				P->role[k] = R_HEADER;
		/* Text between an avatar's item and the header under it ("•
		 * [5e6a]", "Ein Missverständnis", "geschrieben von wScherf am
		 * ...") is the comment's title: it opens the comment's text. */
		long answer = signed_answer_item(S, *i, &h);
		if (answer >= 0) {
			take_signed_answer(S, (size_t)answer, &h, L);
			S->chrome = 0;
			*i = h.next - 1;
			return;
		}
		if (!S->lead || S->cur)
			finish_comment(S);
		else if (S->body.n)
			itx_lines_add(&S->body, NULL); /* the title, a paragraph of its own */
		S->lead = 0;
		S->cur = new_comment(S, &h, L);
		S->shaped +=
		    S->shaped + 1 == P->nall && (h.shape & SH_BASE) == (P->shape & SH_BASE);
		S->chrome = 0;
		S->dated = h.dated;
		*i = h.next - 1;
		return;
	}
	/* A teaser's header ends the comment before it: what follows is the
	 * teaser's, up to the next comment. */
	if (S->style == H_DATED && S->cur && P->hshape && P->hshape[*i] &&
	    itx_header_at(P, *i, 0, &h) && (other_shape(S, &h) || unscored_after_scored(S, L)) &&
	    !names_earlier_comment(P, L) &&
	    !(S->dated && h.next > S->dated)) { /* not the comment's date under its text */
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	/* A footer's words with comments still to come ("das Copyright" in a
	 * comment's text) are no footer: the page's own comes after them all. */
	if (S->cur && avatar_over_header(P, *i)) {
		P->role[*i] = R_HEADER;
		return;
	}
	if (S->cur && (widget_credit(L) || pager_at_b(P, *i))) {
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	int footer = itx_footer_line(L) && !(P->strong_from && P->strong_from[*i + 1]);
	if (itx_form_at(P, L) || footer || itx_form_field(L) || itx_drawn_field(L, 0)) {
		if (footer)
			drop_footer_tail(S);
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	if (((S->cur && S->style == H_DATED) || S->style == H_NONE) && itx_titled_header(P, *i)) {
		finish_comment(S);
		S->lead = 1;
		S->chrome = 0;
		/* lynx's number of the title's link ("[137]Fake Christians") */
		size_t ref = tt_textline_link_ref(L->s, L->len);
		P->l[*i].s += ref;
		P->l[*i].len -= ref;
		P->lines_edited |= ref != 0;
		itx_lines_add(&S->body, L);
		return;
	}
	/* An avatar's item after a dated comment's text, over a title, opens
	 * the next comment: the title is that one's. */
	if (((S->cur && S->style == H_DATED) || S->style == H_NONE) && !S->chrome &&
	    itx_titled_item(P, *i)) {
		finish_comment(S);
		S->lead = 1;
		return;
	}
	if (S->lead && !S->cur) {
		itx_lines_add(&S->body, L);
		return;
	}
	/* Before any header, text is kept in case a signature claims it. */
	if (S->chrome || itx_chrome_at(P, L) || (itx_bare_mark(L) && !mark_opens_text(P, *i)) ||
	    itx_item_number(P, *i) || (!S->cur && S->style != H_SIGNATURE && S->style != H_NONE) ||
	    count_before_comments(S, L))
		return;
	/* Where comment text is indented like its header, text further left is
	 * the page going on (a footer); where it is not, nothing can be told. */
	/* Headers drawn as items of an inner list ("□ NAME", "□ DATE") may stand
	 * right of their comment's text, which belongs to the outer item: there
	 * only text at the margin is the page's. */
	/* Where it sits right of its header, text back at the header's column
	 * (and no header) is the page going on too. */
	if (S->cur && !S->text_aligned)
		S->text_aligned = L->indent > S->top_indent && !quotation_first(P, *i, S->top_indent) ? 3
		                  : L->indent >= S->top_indent                                     ? 1
		                                                                                   : 2;
	/* A bulleted header at the margin itself ("● HansEhrlich" over text at
	 * column 0) leaves nothing further left to be the page's. */
	if ((S->text_aligned == 1 || S->text_aligned == 3) && S->style != H_SIGNATURE &&
	    L->indent < (S->bulleted ? S->top_indent > 0 : S->top_indent + (S->text_aligned == 3))) {
		finish_comment(S);
		S->chrome = 1;
		return;
	}
	itx_lines_add(&S->body, L);
}

static void parse_comments(struct page *P, size_t from)
{
	struct section S = {.P = P};
	find_levels(&S, from);
	for (size_t i = from; i < P->n; i++)
		section_line(&S, &i);
	finish_comment(&S);
	itx_drop_repeated_links(P);
	itx_drop_numbered_heads(P);
	itx_drop_repeated_titles(P);
	itx_drop_notice_heads(P);
	itx_strip_template(P);
	itx_drop_count_names(P);
	itx_mark_spaced_quotes(P);
	itx_names_under_dates(P);
	tt_textlinks_drop(P->t, P->all, P->nall);
	free(S.body.v);
	free(S.stack);
}

/* The name opening a list's item (named_list): the comment's author, with
 * lynx's number of its link left out. */
static void named_item_author(struct page *P, tt_comment *c, const struct line *L, size_t mark)
{
	const char *s = L->s + mark;
	size_t len = L->len - mark;
	while (len && *s == ' ')
		s++, len--;
	size_t ref = tt_textline_link_ref(s, len);
	c->author = tt_thread_strdup(P->t, s + ref, len - ref);
}

/* The items of the list under a stated count (count_list), each a
 * comment with no name or date, in page order, none nested. */
static void parse_list(struct page *P, size_t from)
{
	struct lines ls = {0};
	size_t i = itx_next_text(P, from);
	unsigned col = i < P->list_to ? P->l[i].indent : 0;
	while (i < P->list_to) {
		struct line *L = &P->l[i];
		size_t mark = itx_item_bullet(L);
		tt_comment *c = tt_thread_add_comment(P->t, NULL);
		c->line = L->no;
		c->col = L->indent + 1;
		if (P->nall == P->capall)
			P->all = tt_xrealloc(P->all, (P->capall = P->capall * 2 + 16) * sizeof *P->all);
		P->all[P->nall++] = c;
		ls.n = 0;
		if (mark == L->len) {
			P->role[i] = R_HEADER; /* the bullet alone marks the comment */
		} else if (P->list_named) {
			named_item_author(P, c, L, mark);
			P->role[i] = R_HEADER;
		} else {
			/* the bullet goes, its text stays at the columns it had */
			size_t at = mark;
			while (at < L->len && L->s[at] == ' ')
				at++;
			L->indent += columns(L->s, at);
			L->s += at, L->len -= at;
			P->lines_edited = 1;
			itx_lines_add(&ls, L);
		}
		size_t k = i + 1;
		for (; k < P->list_to; k++) {
			const struct line *K = &P->l[k];
			if (!K->blank && K->indent == col && itx_item_bullet(K))
				break;
			itx_lines_add(&ls, K);
		}
		itx_mark_lines(P, &ls, R_COMMENT);
		itx_emit_paragraphs(P, &c->body, &ls, 0);
		i = k;
	}
	P->shape = P->list_named ? SH_NAMED_LIST : SH_LIST;
	tt_textlinks_drop(P->t, P->all, P->nall);
	free(ls.v);
}

/* ---- the report ---- */

/* A dropped block that reads as text: eight words or more ending a sentence
 * (a menu, a form's labels or a counter does not). */
static int reads_as_text(const struct page *P, size_t first, size_t last)
{
	size_t words = 0;
	for (size_t i = first; i <= last; i++) {
		if (itx_is_caption(&P->l[i]) || itx_form_field(&P->l[i]))
			return 0;
		words += tt_textline_count_words(P->l[i].s, P->l[i].len);
	}
	return (words >= 8 || tt_textline_ends_sentence(P->l[last].s, P->l[last].len)) &&
	       words >= 4 && !itx_reply_form(&P->l[first]) && !itx_footer_line(&P->l[last]);
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
	    {SH_NAMED_LIST, "list items each under its writer's name, no date"},
	    {SH_COUNTED, "headers counting the comments under them"},
	    {SH_SUBJECT, "member cards over the thread's subject"},
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
	if (P->t->max_depth > 0 && !(P->shape & SH_COUNTED)) /* (those set none apart) */
		tt_buf_printf(&b, "%sindented replies", b.len ? ", " : "");
	snprintf(P->r->layout, sizeof P->r->layout, "%s", b.data ? b.data : "");
	tt_buf_free(&b);
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
	free(P->date_ix);
	free(P->flat_names);
	free(P->repeated);
	free(P->buttons);
	free(P->short_repeats);
	free(P->refs);
	free(P->no_header);
	free(P->quoted_headers);
	free(P->facts);
	free(P->wdf);
	free(P->wcache);
	free(P->wpool);
	free(P->akeys);
}

/* ---- text read twice ---- */

/* The bytes line s (len bytes) stood for before its UTF-8 was read as the
 * single-byte code page cd converts to and written out as UTF-8 again, into
 * out (len bytes or more): their length where every character has a byte
 * there and the bytes are UTF-8 of two sequences of more than one byte or
 * more; else 0. A "?" where a lead byte wants a continuation byte was
 * 0x98, the one byte Windows-1251 leaves undefined (w3m writes "?" for it:
 * "Р?" for "И"); a space there was 0xA0, the no-break space lynx writes as a
 * space ("Р " for "Р"). */
static size_t bytes_read_twice(iconv_t cd, const char *s, size_t len, char *out)
{
	char *in = (char *)s, *o = out;
	size_t il = len, ol = len;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1)
		return 0;
	size_t n = (size_t)(o - out), multi = 0;
	for (size_t i = 0, k; i < n; i += k) {
		unsigned char b = (unsigned char)out[i];
		size_t want = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
		for (size_t j = 1; j < want && i + j < n; j++)
			if (out[i + j] == '?')
				out[i + j] = (char)0x98;
			else if (out[i + j] == ' ') /* a no-break space lynx wrote plain */
				out[i + j] = (char)0xA0;
		if ((k = tt_utf8_seq(out + i, n - i)) == 0)
			return 0;
		multi += k > 1;
	}
	return multi >= 2 ? n : 0;
}

/* bytes_read_twice for a line where lynx wrote the byte the code page lacks
 * as U+FFFD ("Р\uFFFD" for "И") where w3m writes "?": each U+FFFD is taken
 * as that "?" (lynx's dump of round 21's Pikabu page, a line with one "И" else
 * left unmended). out holds len bytes or more. */
static size_t bytes_read_twice_marked(iconv_t cd, const char *s, size_t len, char *out)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	if (!memmem(s, len, fffd, 3))
		return bytes_read_twice(cd, s, len, out);
	char *q = tt_xmalloc(len);
	size_t n = 0;
	for (size_t i = 0; i < len;)
		if (i + 3 <= len && !memcmp(s + i, fffd, 3)) {
			q[n++] = '?';
			i += 3;
		} else
			q[n++] = s[i++];
	size_t got = bytes_read_twice(cd, q, n, out);
	free(q);
	return got;
}

/* Page text whose UTF-8 was read as Windows-1251 and written as UTF-8 again
 * (a page declaring windows-1251 though its bytes are UTF-8, dumped by a
 * browser that believed it: "РљСЃС‚Р°С‚Рё" for "Кстати"), mended line by
 * line, a line mended only where all of it reads back so (real Cyrillic
 * text never does: a small letter is a lead byte there, and the next is
 * not a continuation byte); NULL when no line is. Caller frees. */
static char *mended_read_twice(const char *text, size_t len, size_t *outlen)
{
	iconv_t cd = (iconv_t)-1;
	char *out = NULL, *line = NULL;
	size_t at = 0, cap = 0, done = 0;
	if (!memchr(text, 0xD0, len)) /* no line would open so: one fast look */
		return NULL;
	for (const char *p = text, *end = text + len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
		const char *hi = p;
		while (hi < e && !((unsigned char)*hi & 0x80))
			hi++;
		size_t n = 0, ll = (size_t)(e - p);
		if (hi < e && (unsigned char)hi[0] == 0xD0 && e - hi > 3) { /* U+0400-U+043F */
			if (cd == (iconv_t)-1 && (cd = iconv_open("CP1251", "UTF-8")) == (iconv_t)-1)
				break;
			if (ll > cap)
				line = tt_xrealloc(line, cap = ll);
			n = bytes_read_twice_marked(cd, p, ll, line);
		}
		if (n) {
			if (!out)
				out = tt_xmalloc(len + 1);
			memcpy(out + at, text + done, (size_t)(p - text) - done);
			at += (size_t)(p - text) - done;
			memcpy(out + at, line, n);
			at += n;
			done = (size_t)(e - text);
		}
		p = nl ? nl + 1 : end;
	}
	if (out) {
		memcpy(out + at, text + done, len - done);
		at += len - done;
		*outlen = at;
	}
	free(line);
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	return out;
}

/* A comment with no words, its header a few lines over the next one's and
 * its time that one's (a signature over the buttons over the next post's
 * name, subject and date, read as a header of its own: Phorum's in lynx's
 * dump, "Omayra" over "[14]Responder [15]Responder citando" over
 * "[16]mtcano"): the same header read twice; the empty one goes. */
static void drop_doubled_headers(struct page *P)
{
	for (size_t k = 0; k + 1 < P->nall;) {
		tt_comment *a = P->all[k], *b = P->all[k + 1];
		if (a->body.n || a->first_child || a->parent || b->parent || !a->posted ||
		    !b->posted || strcmp(a->posted, b->posted) != 0 || b->line < a->line ||
		    b->line - a->line > 6 || a->next_sibling != b) {
			k++;
			continue;
		}
		tt_thread_drop_comment(P->t, a, NULL);
		memmove(P->all + k, P->all + k + 1, (--P->nall - k) * sizeof *P->all);
	}
}

/* Whether a paragraph of the article is a sentence of six words or more:
 * words of its own, not a menu's, a search box's or a title's. */
static int article_prose(const tt_thread *t)
{
	for (size_t i = 0; i < t->article.body.n; i++) {
		const char *s = t->article.body.v[i];
		size_t l = strlen(s);
		if (tt_textline_count_words(s, l) >= 6 && tt_textline_ends_sentence(s, l))
			return 1;
	}
	return 0;
}

/* Where the top-level comments, four or more and none answered, are dated
 * from the newest down, the first later than the last, and the page's
 * article holds no words of its own and no date (AMSEL's flat view of a thread, read
 * from its dump: its opening post last), the last is the thread's opening
 * post: the article, no comment. */
static void newest_first_topic(struct page *P)
{
	tt_thread *t = P->t;
	tt_comment *last = NULL, *before = NULL;
	size_t n = 0;
	const char *first_time = NULL, *prev = NULL;
	if (article_prose(t) || t->article.time || t->ntop != t->ncomments)
		return; /* (a dated article is a post already: the topic's) */
	for (tt_comment *c = t->first; c; before = last, last = c, c = c->next_sibling, n++) {
		if (!c->time || (prev && strcmp(c->time, prev) > 0))
			return;
		prev = c->time;
		first_time = first_time ? first_time : c->time;
	}
	if (n < 4 || !last || strcmp(first_time, last->time) <= 0)
		return;
	t->article.body = last->body;
	t->article.author = last->author;
	t->article.published = last->posted;
	t->article.time = last->time;
	for (size_t k = 0; k < P->nall; k++)
		if (P->all[k] == last)
			memmove(P->all + k, P->all + k + 1, (--P->nall - k) * sizeof *P->all);
	tt_thread_drop_comment(t, last, before);
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

tt_thread *tt_import_text(const char *name, const char *text, size_t len,
                          const struct tt_import_opts *opts, tt_error *err)
{
	struct page P = {.t = tt_thread_new(), .r = opts ? opts->report : NULL};
	P.t->name = tt_thread_strdup(P.t, name, (size_t)-1);
	char *mended = mended_read_twice(text, len, &len);
	split_lines(&P, mended ? mended : text, len);
	drop_margin_marks(&P);
	cut_side_column_a(&P);
	cut_label_cells_a(&P);
	cut_date_labels_a(&P);
	cut_ruled_column_v(&P);
	unglue_clocks(&P);
	machine_form_tails(&P);
	table_left_cells_b(&P);
	avatar_alt_texts_f(&P);
	itx_drop_repeated_blocks(&P);
	P.wrap = wrap_width(&P);
	P.wide_wrap = wide_wrap_width(&P);
	P.text_wrap = P.wrap ? P.wrap : text_wrap_width(&P);
	P.is_date = tt_xcalloc(P.n + 1, 1);
	P.role = tt_xcalloc(P.n + 1, 1);
	P.date_ix = tt_xcalloc(P.n + 1, sizeof *P.date_ix);
	int heading;
	long stated;
	size_t cstart = itx_find_section(&P, &heading, &stated);
	struct numposts np;
	struct replylines rl = {0};
	struct qa_signs *qa = NULL;
	struct twice_posts *tp = NULL;
	struct dated_counts *dc = NULL;
	struct boxed_posts *bp = NULL;
	struct ruled_posts *rdp = NULL;
	struct rule_signed_d *rsd = NULL;
	struct stamped_posts *sp = NULL;
	struct rowed_posts *rwp = NULL;
	struct signed_posts *sgp = NULL;
	struct outlined_posts *olp = NULL;
	struct footed_posts *ftp = NULL;
	struct copied_posts *cpp = NULL;
	struct closed_posts_l *clp = NULL;
	struct talk_posts *tkp = NULL;
	struct carded_posts *cdp = NULL;
	struct subject_posts *sjp = NULL;
	struct counted_posts *ctp = NULL;
	memset(&np, 0, sizeof np);
	if (itx_counted_posts(&P, &ctp) || itx_talk_posts(&P, &tkp) || itx_twice_posts(&P, &tp) || itx_numbered_posts(&P, &np) ||
	    itx_numbered_replies(&P, &rl) || itx_qa_posts(&P, &qa) ||
	    itx_dated_counts(&P, &dc) || itx_boxed_posts(&P, &bp) ||
	    itx_rule_signed_d(&P, &rsd) || itx_ruled_posts(&P, &rdp) ||
	    itx_stamped_posts(&P, &sp) ||
	    itx_rowed_posts(&P, &rwp) || itx_signed_posts(&P, &sgp) ||
	    itx_outlined_posts(&P, &olp) || itx_footed_posts(&P, &ftp) ||
	    itx_copied_posts(&P, &cpp) || itx_closed_posts_l(&P, &clp) ||
	    itx_carded_posts(&P, &cdp) || itx_subject_posts(&P, &sjp)) /* forum posts: read apart */
		cstart = ctp    ? itx_counted_from(ctp)
		         : tkp  ? itx_talk_from(tkp)
		         : tp   ? itx_twice_from(tp)
		         : np.n ? np.from
		         : rl.n ? rl.from
		         : qa   ? itx_qa_from(qa)
		         : dc   ? itx_dated_counts_from(&P, dc)
		         : bp   ? itx_boxed_from(bp)
		         : rsd  ? itx_rule_signed_from_d(rsd)
		         : rdp  ? itx_ruled_from(rdp)
		         : sp   ? itx_stamped_from(sp)
		         : rwp  ? itx_rowed_from(rwp)
		         : sgp  ? itx_signed_from(sgp)
		         : olp  ? itx_outlined_from(olp)
		         : ftp  ? itx_footed_from(ftp)
		         : cpp  ? itx_copied_from(cpp)
		         : clp  ? itx_closed_from_l(clp)
		         : cdp  ? itx_carded_from(cdp)
		                : itx_subject_from(&P, sjp),
		heading = 0, stated = -1, P.list_to = 0;
	else if (cstart < P.n) { /* the topic's own post first: the article's */
		size_t past = itx_topic_subject_from(&P, cstart);
		if (past != cstart)
			cstart = past, heading = 0;
	}
	P.stated = stated;
	if (P.r) {
		P.r->stated = stated;
		P.r->stated_line = stated >= 0 ? P.l[cstart].no : 0;
	}
	itx_parse_article(&P, 0, cstart);
	if (ctp) /* old Reddit's post over the comments, not the column before it */
		itx_counted_article(&P, cstart);
	if (cstart < P.n) {
		if (heading)
			P.role[cstart] = R_SECTION;
		if (P.list_to)
			parse_list(&P, cstart);
		else if (ctp)
			itx_read_counted_posts(&P, ctp);
		else if (tkp)
			itx_read_talk_posts(&P, tkp);
		else if (tp)
			itx_read_twice_posts(&P, tp);
		else if (np.n)
			itx_read_numbered_posts(&P, &np);
		else if (rl.n)
			itx_read_numbered_replies(&P, &rl);
		else if (qa)
			itx_read_qa_posts(&P, qa);
		else if (dc)
			itx_read_dated_counts(&P, dc, cstart);
		else if (bp)
			itx_read_boxed_posts(&P, bp);
		else if (rsd)
			itx_read_rule_signed_d(&P, rsd);
		else if (rdp)
			itx_read_ruled_posts(&P, rdp);
		else if (sp)
			itx_read_stamped_posts(&P, sp);
		else if (rwp)
			itx_read_rowed_posts(&P, rwp);
		else if (sgp)
			itx_read_signed_posts(&P, sgp);
		else if (olp)
			itx_read_outlined_posts(&P, olp);
		else if (ftp)
			itx_read_footed_posts(&P, ftp);
		else if (cpp)
			itx_read_copied_posts(&P, cpp);
		else if (clp)
			itx_read_closed_posts_l(&P, clp);
		else if (cdp)
			itx_read_carded_posts(&P, cdp);
		else if (sjp)
			itx_read_subject_posts(&P, sjp);
		else
			parse_comments(&P, heading ? cstart + 1 : cstart);
	}
	itx_tidy_posts(&P);
	itx_tidy_headers(&P);
	tt_textlinks_drop_lines(P.t, P.all, P.nall);
	itx_drop_title_refs(&P);
	unwrap_comments(&P);
	/* after the unwrapping, which finds each paragraph's lines as the page has them */
	itx_lynx_apostrophes(&P);
	drop_doubled_headers(&P);
	newest_first_topic(&P);
	report_blocks(&P);
	page_free(&P);
	if (opts)
		tt_import_apply_overrides(P.t, opts);
	tt_thread *t = check_page(P.t, name, opts, err);
	if (t)
		report_layout(&P);
	free(mended);
	return t;
}
