/* draw: sanitised text onto the screen, and the colour roles seen from ui/. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/colors.h"
#include "threadtag/text.h"
#include "threadtag/theme.h"

attr_t ui_attr(const char *role)
{
	return tt_colors_attr(tt_colors_role(role));
}

struct ui_theme *ui_theme_open(const char *name, void (*report)(const tt_error *))
{
	tt_error err;
	tt_theme *t = NULL;

	if (name) {
		t = tt_theme_load(name, &err);
		if (!t && report)
			report(&err); /* a bad theme is reported; the default is used */
	}
	return (struct ui_theme *)(t ? t : tt_theme_builtin());
}

void ui_theme_close(struct ui_theme *t)
{
	if (t)
		tt_theme_free((tt_theme *)t);
}

static unsigned colors_gen;

void ui_colors_setup(const struct ui_theme *t, int no_color)
{
	tt_colors_init((const tt_theme *)t, no_color);
	colors_gen++;
}

unsigned ui_colors_generation(void)
{
	return colors_gen;
}

attr_t ui_mix(attr_t a, attr_t b)
{
	attr_t pair = (a & A_COLOR) ? (a & A_COLOR) : (b & A_COLOR);

	return ((a | b) & ~A_COLOR) | pair;
}

int ui_blank_alike(attr_t a, attr_t b)
{
	/* What shows on a blank: the background colour, reverse video (which
	 * shows the foreground), underline. Bold, dim and italic do not. */
	const attr_t shows = A_REVERSE | A_STANDOUT | A_UNDERLINE | A_BLINK;
	int fa, ba, fb, bb;

	if ((a & shows) != (b & shows))
		return 0;
	if (PAIR_NUMBER(a) == PAIR_NUMBER(b))
		return 1;
	tt_colors_pair((short)PAIR_NUMBER(a), &fa, &ba);
	tt_colors_pair((short)PAIR_NUMBER(b), &fb, &bb);
	return ba == bb && (!(a & shows) || fa == fb);
}

void ui_fill(WINDOW *w, int y, int x, int n, attr_t a)
{
	cchar_t sp;
	wchar_t s[2] = {L' ', 0};

	if (n <= 0)
		return;
	setcchar(&sp, s, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	/* One call for the row: the same cells as n wadd_wch, without the
	 * per-cell work (it was a tenth of a key). */
	mvwhline_set(w, y, x, &sp, n);
}

void ui_clear(WINDOW *w, struct rect r)
{
	cchar_t bg;

	if (r.w <= 0 || wgetbkgrnd(w, &bg) == ERR)
		return;
	for (int y = r.y; y < r.y + r.h; y++)
		mvwhline_set(w, y, r.x, &bg, r.w);
}

/* Byte ranges of s where pattern matches, as a bitmap of hit bytes. */
static void mark_hits(const char *s, size_t len, const char *pattern, unsigned char *hit)
{
	size_t plen = pattern ? strlen(pattern) : 0;
	long at;

	memset(hit, 0, len);
	if (!plen)
		return;
	for (size_t from = 0; (at = tt_text_find(s, len, from, pattern)) >= 0;) {
		size_t end = (size_t)at + plen;
		/* The hit's length in the haystack may differ under case folding;
		 * mark by code points of the pattern instead of bytes. */
		size_t i = (size_t)at, n = 0, np = 0;
		while (np < plen && i < len) {
			uint32_t cp;
			np += tt_utf8_decode(pattern + np, plen - np, &cp);
			i += tt_utf8_decode(s + i, len - i, &cp);
			n++;
		}
		end = i;
		memset(hit + at, 1, end - (size_t)at);
		from = end > (size_t)at ? end : (size_t)at + 1;
	}
}

/* A code point of sanitised text decoded ahead, with its width. */
struct ahead {
	uint32_t cp;
	size_t n;
	int w;
};

static void decode_at(const char *s, size_t len, size_t i, struct ahead *d)
{
	d->n = tt_utf8_decode(s + i, len - i, &d->cp);
	d->w = tt_text_cp_width(d->cp);
}

/* The cell that starts with d (at s[*i]): its character with the combining
 * marks that ride on it (a cell holds only so many: the rest, as in Zalgo
 * text, are dropped, not spilled). A code point past ASCII after the cell is
 * left decoded in d (else d->n is 0). Returns the cell's columns; a lone
 * combining mark is shown on a space. */
static int next_cell(const char *s, size_t len, size_t *i, struct ahead *d,
                     wchar_t cell[CCHARW_MAX + 1])
{
	int nc = 0, cw = d->w;

	cell[nc++] = (wchar_t)d->cp;
	*i += d->n;
	d->n = 0;
	while (*i < len && (unsigned char)s[*i] >= 0x80) { /* no ASCII combines */
		decode_at(s, len, *i, d);
		if (d->w != 0)
			break;
		if (nc < CCHARW_MAX - 1)
			cell[nc++] = (wchar_t)d->cp;
		*i += d->n;
		d->n = 0;
	}
	cell[nc] = 0;
	if (cw <= 0)
		cell[0] = L' ', cell[1] = 0, cw = 1;
	return cw;
}

static int is_print(unsigned char c)
{
	return c >= 0x20 && c < 0x7F;
}

/* Cells of printable ASCII in one attribute, made by setcchar once and then
 * copied: setcchar costs about as much per cell as the rest of the rendering
 * (most text of a thread is ASCII). */
struct ascii_cells {
	attr_t a;
	unsigned char made[0x7F - 0x20];
	cchar_t cell[0x7F - 0x20];
};

static const cchar_t *ascii_cell(struct ascii_cells *t, attr_t a, unsigned char c)
{
	if (t->a != a) {
		memset(t->made, 0, sizeof t->made);
		t->a = a;
	}
	if (!t->made[c - 0x20]) {
		wchar_t wc[2] = {c, 0};
		setcchar(&t->cell[c - 0x20], wc, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
		t->made[c - 0x20] = 1;
	}
	return &t->cell[c - 0x20];
}

int ui_cells(const char *s, size_t len, int maxw, attr_t a, const char *pattern, cchar_t *out,
             int *ncells)
{
	static struct ascii_cells plain = {.a = (attr_t)-1}, hits = {.a = (attr_t)-1};
	unsigned char hitbuf[512], *hit = NULL;
	int used = 0, n = 0;
	attr_t hita = 0;

	if (pattern && *pattern) {
		hita = ui_attr("search-hit");
		hit = len > sizeof hitbuf ? tt_xmalloc(len) : hitbuf;
		mark_hits(s, len, pattern, hit);
	}
	struct ahead d = {0};
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		int on_hit = hit && hit[i];
		attr_t ca = on_hit ? hita : a;

		/* A run of printable ASCII in one attribute, a cell a column. Its last
		 * character takes the general path below when a byte past ASCII
		 * follows: a combining mark may ride on it (no ASCII combines). */
		if (!d.n && is_print(c)) {
			size_t end = i + 1;

			while (end < len && is_print((unsigned char)s[end]) &&
			       (!hit || hit[end] == on_hit))
				end++;
			if (end < len && (unsigned char)s[end] >= 0x80)
				end--;
			if (end > i) {
				struct ascii_cells *t = on_hit ? &hits : &plain;

				if (end - i > (size_t)(maxw - used))
					end = i + (size_t)(maxw - used);
				if (end == i)
					break; /* no room left */
				used += (int)(end - i);
				for (; i < end; i++)
					out[n++] = *ascii_cell(t, ca, (unsigned char)s[i]);
				continue;
			}
		}
		wchar_t cell[CCHARW_MAX + 1];
		if (!d.n)
			decode_at(s, len, i, &d);
		if (used + (d.w > 0 ? d.w : 1) > maxw)
			break;
		used += next_cell(s, len, &i, &d, cell);
		setcchar(&out[n++], cell, ca & ~A_COLOR, (short)PAIR_NUMBER(ca), NULL);
	}
	if (hit && hit != hitbuf)
		free(hit);
	*ncells = n;
	return used;
}

/* The cursor where wadd_wch would have left it after n columns from (y, x),
 * so the terminal's cursor ends where it did (at the right edge curses wraps
 * to the next row, or stays in the last column on the last row). */
static void cursor_after(WINDOW *w, int y, int x, int n)
{
	if (n && x + n < getmaxx(w))
		wmove(w, y, x + n);
	else if (n)
		wmove(w, y + 1 < getmaxy(w) ? y + 1 : y, y + 1 < getmaxy(w) ? 0 : getmaxx(w) - 1);
}

int ui_put(WINDOW *w, int y, int x, int maxw, const char *s, size_t len, attr_t a,
           const char *pattern)
{
	tt_buf san = {0};
	cchar_t cellbuf[256], *cells = cellbuf;
	size_t room;
	int used, n;

	if (maxw <= 0)
		return 0;
	tt_text_sanitize(s, len, 0, &san);
	/* A cell takes a column or more and a byte or more. */
	room = (size_t)maxw < san.len ? (size_t)maxw : san.len;
	if (room > sizeof cellbuf / sizeof *cellbuf)
		cells = tt_xmalloc(room * sizeof *cells);
	used = ui_cells(san.data, san.len, maxw, a, pattern, cells, &n);
	/* One wadd_wchnstr for the text: a wadd_wch per cell cost a fifth of a
	 * page of text. */
	if (n)
		mvwadd_wchnstr(w, y, x, cells, n);
	cursor_after(w, y, x, used);
	if (cells != cellbuf)
		free(cells);
	tt_buf_free(&san);
	return used;
}

void ui_pane_title(WINDOW *w, struct rect r, const char *title, int focused)
{
	attr_t a = ui_attr(focused ? "border.focus" : "border");
	cchar_t line;
	int x;

	if (r.w <= 0)
		return;
	/* The first cell as a cell at a time drew the whole line (wadd_wch, then
	 * wchgat), read back and repeated by one whline_set: drawing a pane's
	 * width of cells one by one cost 35,000 instructions a title. */
	mvwadd_wch(w, r.y, r.x, WACS_HLINE);
	mvwchgat(w, r.y, r.x, 1, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	mvwin_wch(w, r.y, r.x, &line);
	mvwhline_set(w, r.y, r.x, &line, r.w); /* the cursor at r.x, as mvwchgat left it */
	if (r.w > 4) {
		x = r.x + 1;
		x += ui_put(w, r.y, x, r.w - 2, focused ? "[" : " ", 1, a | A_BOLD, NULL);
		x += ui_put(w, r.y, x, r.x + r.w - x - 1, title, strlen(title),
		            a | (focused ? A_BOLD : 0), NULL);
		ui_put(w, r.y, x, r.x + r.w - x, focused ? "]" : " ", 1, a | A_BOLD, NULL);
	}
}
