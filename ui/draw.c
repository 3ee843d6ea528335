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

/* Cells are gathered and written a run at a time: one wadd_wchnstr for a
 * run costs less than a wadd_wch per cell (a fifth of a page of text). */
enum { PUT_RUN = 128 };

struct put_run {
	WINDOW *w;
	int y, x; /* where the run starts */
	int n;
	cchar_t cell[PUT_RUN];
};

static void put_flush(struct put_run *r, int cols)
{
	if (r->n)
		mvwadd_wchnstr(r->w, r->y, r->x, r->cell, r->n);
	r->x += cols;
	r->n = 0;
}

int ui_put(WINDOW *w, int y, int x, int maxw, const char *s, size_t len, attr_t a,
           const char *pattern)
{
	tt_buf san = {0};
	unsigned char hitbuf[512], *hit = hitbuf;
	int used = 0, run_cols = 0;
	attr_t hita = ui_attr("search-hit");
	struct put_run run;

	if (maxw <= 0)
		return 0;
	run.w = w, run.y = y, run.x = x, run.n = 0;
	tt_text_sanitize(s, len, 0, &san);
	if (pattern && *pattern) {
		hit = san.len > sizeof hitbuf ? tt_xmalloc(san.len) : hitbuf;
		mark_hits(san.data, san.len, pattern, hit);
	}
	for (size_t i = 0; i < san.len;) {
		wchar_t cell[CCHARW_MAX + 1];
		int nc = 0, cw;
		size_t start = i;
		uint32_t cp;
		attr_t ca;

		i += tt_utf8_decode(san.data + i, san.len - i, &cp);
		cw = tt_text_cp_width(cp);
		cell[nc++] = (wchar_t)cp;
		/* Combining marks ride on their base character's cell; a cell holds
		 * only so many, the rest (Zalgo text) are dropped, not spilled. */
		while (i < san.len) {
			uint32_t next;
			size_t n = tt_utf8_decode(san.data + i, san.len - i, &next);
			if (tt_text_cp_width(next) != 0)
				break;
			if (nc < CCHARW_MAX - 1)
				cell[nc++] = (wchar_t)next;
			i += n;
		}
		cell[nc] = 0;
		if (cw <= 0) /* a lone combining mark: show it on a space */
			cell[0] = L' ', cell[1] = 0, cw = 1;
		if (used + cw > maxw)
			break;
		ca = (pattern && *pattern && hit[start]) ? hita : a;
		if (run.n == PUT_RUN) {
			put_flush(&run, run_cols);
			run_cols = 0;
		}
		setcchar(&run.cell[run.n++], cell, ca & ~A_COLOR, (short)PAIR_NUMBER(ca), NULL);
		used += cw;
		run_cols += cw;
	}
	put_flush(&run, run_cols);
	/* The cursor where wadd_wch would have left it, so the terminal's cursor
	 * ends where it did (at the right edge curses wraps to the next row, or
	 * stays in the last column on the last row). */
	if (used && x + used < getmaxx(w))
		wmove(w, y, x + used);
	else if (used)
		wmove(w, y + 1 < getmaxy(w) ? y + 1 : y, y + 1 < getmaxy(w) ? 0 : getmaxx(w) - 1);
	if (hit != hitbuf)
		free(hit);
	tt_buf_free(&san);
	return used;
}

void ui_pane_title(WINDOW *w, struct rect r, const char *title, int focused)
{
	attr_t a = ui_attr(focused ? "border.focus" : "border");
	cchar_t line;
	wchar_t h[2] = {L' ', 0};
	int x;

	(void)h;
	line = *WACS_HLINE;
	for (x = 0; x < r.w; x++)
		mvwadd_wch(w, r.y, r.x + x, &line);
	mvwchgat(w, r.y, r.x, r.w, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	if (r.w > 4) {
		x = r.x + 1;
		x += ui_put(w, r.y, x, r.w - 2, focused ? "[" : " ", 1, a | A_BOLD, NULL);
		x += ui_put(w, r.y, x, r.x + r.w - x - 1, title, strlen(title),
		            a | (focused ? A_BOLD : 0), NULL);
		ui_put(w, r.y, x, r.x + r.w - x, focused ? "]" : " ", 1, a | A_BOLD, NULL);
	}
}
