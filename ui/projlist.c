/* projlist: the thread list of an annotation project: progress, filter, sort, open. */
#include "projlist.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <wchar.h>

#include "threadtag/config.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"
#include "view.h"

static const char *const sort_names[PL_NSORT] = {"file", "progress", "last opened",
                                                 "disagreements"};

/* Comments of thread i the annotator has tagged (never more than it has). */
static size_t tagged(const struct projlist *l, size_t i)
{
	const tt_project_summary *T = &l->S->v[i];
	if (!T->loaded || l->ai == SIZE_MAX)
		return 0;
	size_t n = T->stores[l->ai].tagged;
	return n > T->ncomments ? T->ncomments : n;
}

/* "2026-03-01T14:02:11Z" as "2026-03-01 14:02". */
static char *short_time(char *iso)
{
	if (iso && strlen(iso) >= 16) {
		iso[10] = ' ';
		iso[16] = '\0';
	}
	return iso;
}

static int matches(const struct projlist *l, size_t i)
{
	const tt_project_summary *T = &l->S->v[i];
	if (!l->filter[0])
		return 1;
	/* The viewer's own search rule: UTF-8, smart-case. */
	return tt_text_find(T->file, strlen(T->file), 0, l->filter) >= 0 ||
	       (T->title && tt_text_find(T->title, strlen(T->title), 0, l->filter) >= 0);
}

/* Untagged share first ordering: the least done thread first. */
static double done(const struct projlist *l, size_t i)
{
	size_t n = l->S->v[i].ncomments;
	return n ? (double)tagged(l, i) / (double)n : 1.0;
}

static const struct projlist *sort_list; /* qsort has no context argument in C11 */

static int by_sort(const void *a, const void *b)
{
	const struct projlist *l = sort_list;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = 0;
	if (l->sort == PL_SORT_PROGRESS)
		c = (done(l, i) > done(l, j)) - (done(l, i) < done(l, j));
	else if (l->sort == PL_SORT_OPENED) /* most recent first; never opened last */
		c = -strcmp(l->opened[i] ? l->opened[i] : "", l->opened[j] ? l->opened[j] : "");
	else if (l->sort == PL_SORT_DISAGREE)
		c = (l->S->v[i].disagree < l->S->v[j].disagree) -
		    (l->S->v[i].disagree > l->S->v[j].disagree);
	return c ? c : (i > j) - (i < j); /* thread files are sorted by name */
}

/* Rebuilds row[] from the filter and the sort, keeping the selection on the
 * thread `keep` when it is still shown. */
static void rebuild_rows(struct projlist *l, size_t keep)
{
	l->nrow = 0;
	for (size_t i = 0; i < l->S->n; i++)
		if (matches(l, i))
			l->row[l->nrow++] = i;
	sort_list = l;
	qsort(l->row, l->nrow, sizeof *l->row, by_sort);
	l->sel = 0;
	for (size_t r = 0; r < l->nrow; r++)
		if (l->row[r] == keep)
			l->sel = r;
}

size_t projlist_selected(const struct projlist *l)
{
	return l->sel < l->nrow ? l->row[l->sel] : SIZE_MAX;
}

static void free_loaded(struct projlist *l)
{
	for (size_t i = 0; l->S && i < l->S->n; i++)
		free(l->opened[i]);
	free(l->opened);
	free(l->row);
	if (l->S)
		tt_project_summaries_free(l->S, l->p);
	tt_scheme_free(l->sc);
	tt_project_free(l->p);
	l->opened = NULL, l->row = NULL, l->S = NULL, l->sc = NULL, l->p = NULL;
}

static int load(struct projlist *l)
{
	tt_error err;
	int rc = 0;
	l->p = tt_project_open(l->dir, &err, &rc);
	if (!l->p) {
		tt_error_print(&err);
		return rc ? rc : EX_DATAERR;
	}
	l->sc = tt_project_scheme(l->p);
	if (!l->sc)
		return EX_DATAERR;
	l->S = tt_project_summaries_get(l->p, l->sc);
	if (tt_project_scheme_check(l->p, l->sc, l->S)) {
		tt_project_summaries_free(l->S, l->p); /* the list would count those tags */
		l->S = NULL;                           /* as untagged: refuse it */
		return EX_DATAERR;
	}
	l->ai = SIZE_MAX;
	for (size_t a = 0; a < l->p->nannotators; a++)
		if (!strcmp(l->p->annotators[a], l->annotator))
			l->ai = a;
	l->opened = tt_xcalloc(l->S->n + 1, sizeof *l->opened);
	l->row = tt_xcalloc(l->S->n + 1, sizeof *l->row);
	for (size_t i = 0; i < l->S->n; i++)
		if (l->S->v[i].loaded)
			l->opened[i] = short_time(tt_state_position_time(l->S->v[i].id));
	return 0;
}

int projlist_open(struct projlist *l, const char *dir, const char *annotator)
{
	memset(l, 0, sizeof *l);
	l->dir = tt_xstrdup(dir);
	l->annotator = tt_xstrdup(annotator);
	int rc = load(l);
	if (!rc)
		rebuild_rows(l, 0);
	return rc;
}

int projlist_reload(struct projlist *l)
{
	size_t keep = projlist_selected(l);
	char *file = keep != SIZE_MAX ? tt_xstrdup(l->S->v[keep].file) : NULL;
	free_loaded(l);
	int rc = load(l);
	keep = 0;
	for (size_t i = 0; !rc && file && i < l->S->n; i++)
		if (!strcmp(l->S->v[i].file, file))
			keep = i;
	free(file);
	if (!rc)
		rebuild_rows(l, keep);
	return rc;
}

void projlist_free(struct projlist *l)
{
	free_loaded(l);
	free(l->dir);
	free(l->annotator);
}

char *projlist_store(const struct projlist *l, size_t i)
{
	if (i >= l->S->n || !l->S->v[i].loaded)
		return NULL;
	return tt_project_store_path(l->p, l->annotator, l->S->v[i].id);
}

/* ---- drawing ---- */

enum { W_COMMENTS = 9, W_BAR = 13, W_COUNT = 12, W_FLAG = 6, W_DIS = 6, W_OPENED = 17 };

/* Text at (y, x) right-aligned in a field of width n; sanitised by ui_put. */
static void put_right(WINDOW *w, int y, int x, int n, const char *s, attr_t a)
{
	int len = (int)strlen(s); /* the fields right-aligned are ASCII */
	ui_put(w, y, x + (len < n ? n - len : 0), n, s, strlen(s), a, NULL);
}

/* The columns right of the title: comments, bar, n/m, flagged, disagreements, opened. */
static int right_width(const struct projlist *l)
{
	return W_COMMENTS + W_BAR + W_COUNT + W_FLAG + (l->p->blind ? 0 : W_DIS) + W_OPENED;
}

static void draw_bar(WINDOW *w, int y, int x, size_t n, size_t m)
{
	int filled = m ? (int)((n * 10 + m / 2) / m) : 10;
	char bar[16];
	bar[0] = '[';
	for (int i = 0; i < 10; i++)
		bar[1 + i] = i < filled ? '#' : '-';
	bar[11] = ']';
	bar[12] = '\0';
	ui_put(w, y, x, W_BAR, bar, 12, ui_attr(n == m ? "bar" : "body"), NULL);
}

static void draw_head(struct projlist *l, WINDOW *w)
{
	char line[512];
	int x = l->cols - right_width(l);
	snprintf(line, sizeof line, "%s: %zu threads, sorted by %s", l->p->name, l->S->n,
	         sort_names[l->sort]);
	struct rect r = {.y = 0, .x = 0, .h = 1, .w = l->cols};
	ui_pane_title(w, r, line, 1);
	attr_t a = ui_attr("meta");
	ui_put(w, 1, 1, x - 1, "title", 5, a, NULL);
	put_right(w, 1, x, W_COMMENTS - 1, "comments", a);
	x += W_COMMENTS;
	ui_put(w, 1, x, W_BAR + W_COUNT, "progress", 8, a, NULL);
	x += W_BAR + W_COUNT;
	put_right(w, 1, x, W_FLAG - 1, "flag", a);
	x += W_FLAG;
	if (!l->p->blind) {
		put_right(w, 1, x, W_DIS - 1, "disag", a);
		x += W_DIS;
	}
	ui_put(w, 1, x, W_OPENED, "last opened", 11, a, NULL);
}

static void draw_row(struct projlist *l, WINDOW *w, int y, size_t r)
{
	size_t i = l->row[r];
	const tt_project_summary *T = &l->S->v[i];
	attr_t a = r == l->sel ? ui_attr("selection") : ui_attr("body");
	char buf[64];
	int x = l->cols - right_width(l);
	const char *title = T->loaded && T->title[0] ? T->title : T->file;
	ui_fill(w, y, 0, l->cols, a);
	ui_put(w, y, 1, x - 2, title, strlen(title), a, NULL);
	if (!T->loaded) {
		ui_put(w, y, x, l->cols - x, "(did not load)", 14, ui_mix(a, ui_attr("error")),
		       NULL);
		return;
	}
	snprintf(buf, sizeof buf, "%zu", T->ncomments);
	put_right(w, y, x, W_COMMENTS - 1, buf, a);
	x += W_COMMENTS;
	draw_bar(w, y, x, tagged(l, i), T->ncomments);
	x += W_BAR;
	snprintf(buf, sizeof buf, "%zu/%zu", tagged(l, i), T->ncomments);
	ui_put(w, y, x, W_COUNT, buf, strlen(buf), a, NULL);
	x += W_COUNT;
	/* The annotator's own flags: items set aside for discussion. */
	snprintf(buf, sizeof buf, "%zu", l->ai == SIZE_MAX ? (size_t)0 : T->stores[l->ai].flagged);
	put_right(w, y, x, W_FLAG - 1, buf, a);
	x += W_FLAG;
	if (!l->p->blind) {
		snprintf(buf, sizeof buf, "%zu", T->disagree);
		put_right(w, y, x, W_DIS - 1, buf, a);
		x += W_DIS;
	}
	const char *o = l->opened[i] ? l->opened[i] : "never";
	ui_put(w, y, x, W_OPENED, o, strlen(o), a, NULL);
}

/* The project's status line: the annotator's total progress, or the prompt. */
static void draw_status(struct projlist *l, WINDOW *w)
{
	char line[512];
	size_t n = 0, m = 0, done_threads = 0;
	for (size_t i = 0; i < l->S->n; i++) {
		n += tagged(l, i);
		m += l->S->v[i].ncomments;
		done_threads += l->S->v[i].loaded && tagged(l, i) == l->S->v[i].ncomments;
	}
	if (l->filtering)
		snprintf(line, sizeof line, "/%s", l->filter);
	else if (l->msg[0])
		snprintf(line, sizeof line, "%s", l->msg);
	else
		snprintf(line, sizeof line,
		         "%s: %zu/%zu comments tagged (%d%%), %zu/%zu threads done%s%s",
		         l->annotator, n, m, m ? (int)(n * 100 / m) : 100, done_threads, l->S->n,
		         l->filter[0] ? ", filter: " : "", l->filter);
	ui_fill(w, l->rows - 1, 0, l->cols, ui_attr("status"));
	ui_put(w, l->rows - 1, 0, l->cols, line, strlen(line), ui_attr("status"), NULL);
}

/* The list's keys, from the action table and the keymap in force. */
static const enum action list_actions[] = {ACT_MOVE_DOWN, ACT_MOVE_UP,       ACT_FIRST,  ACT_LAST,
                                           ACT_PAGE_DOWN, ACT_PAGE_UP,       ACT_TOGGLE, ACT_SEARCH,
                                           ACT_LIST_SORT, ACT_NEXT_UNTAGGED, ACT_HELP,   ACT_QUIT};

static void draw_help(struct projlist *l, WINDOW *w)
{
	const struct help_row *rows;
	size_t n = ui_help_rows(&rows);
	int y = 1;
	struct rect r = {.y = 0, .x = 0, .h = l->rows - 1, .w = l->cols};
	ui_pane_title(w, r, "Keys of the thread list (Esc or q closes)", 1);
	for (size_t k = 0; k < sizeof list_actions / sizeof *list_actions && y < l->rows - 1; k++)
		for (size_t i = 0; i < n; i++) {
			if (rows[i].action != list_actions[k])
				continue;
			char keys[96], line[256];
			ui_keymap_keys(rows[i].action, keys, sizeof keys);
			snprintf(
			    line, sizeof line, "%-16s %s", keys,
			    rows[i].action == ACT_TOGGLE   ? "open the thread"
			    : rows[i].action == ACT_SEARCH ? "filter the threads by title or file"
			    : rows[i].action == ACT_NEXT_UNTAGGED
			        ? "open the next thread with untagged comments"
			    : rows[i].action == ACT_QUIT ? "quit (from a thread: back to the list)"
			                                 : rows[i].help);
			ui_put(w, y++, 1, l->cols - 2, line, strlen(line), ui_attr("body"), NULL);
		}
	draw_status(l, w);
}

void projlist_draw(struct projlist *l, WINDOW *w)
{
	getmaxyx(w, l->rows, l->cols);
	werase(w);
	if (l->help) {
		draw_help(l, w);
		return;
	}
	if (l->rows < 4 || l->cols < right_width(l) + 10) {
		char s[64];
		snprintf(s, sizeof s, "too small: the list needs %dx4", right_width(l) + 10);
		ui_put(w, 0, 0, l->cols, s, strlen(s), ui_attr("body"), NULL);
		return;
	}
	draw_head(l, w);
	int h = l->rows - 3;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + (size_t)h)
		l->top = l->sel - (size_t)h + 1;
	for (int y = 0; y < h && l->top + (size_t)y < l->nrow; y++)
		draw_row(l, w, 2 + y, l->top + (size_t)y);
	if (!l->nrow) {
		const char *s =
		    l->S->n ? "no thread matches the filter" : "no threads in threads/ yet";
		ui_put(w, 2, 1, l->cols - 2, s, strlen(s), ui_attr("meta"), NULL);
	}
	draw_status(l, w);
}

/* ---- keys ---- */

/* The filter prompt: typing filters as it goes; Enter keeps, Esc clears. */
static enum pl_result filter_key(struct projlist *l, ui_key k)
{
	size_t keep = projlist_selected(l), len = strlen(l->filter);
	if (k == 27) {
		l->filter[0] = '\0';
		l->filtering = 0;
	} else if (k == '\r' || k == '\n' || k == -KEY_ENTER) {
		l->filtering = 0;
	} else if (k == 127 || k == 8 || k == -KEY_BACKSPACE) {
		while (len > 0 && (l->filter[--len] & 0xC0) == 0x80)
			; /* back over a whole UTF-8 character */
		l->filter[len] = '\0';
	} else if (k == -KEY_RESIZE) {
		return PL_REDRAW;
	} else if (k >= 32) {
		char mb[MB_LEN_MAX];
		mbstate_t st = {0};
		size_t n = wcrtomb(mb, (wchar_t)k, &st);
		if (n == (size_t)-1 || len + n >= sizeof l->filter)
			return PL_NONE;
		memcpy(l->filter + len, mb, n);
		l->filter[len + n] = '\0';
	} else {
		return PL_NONE;
	}
	rebuild_rows(l, keep);
	return PL_REDRAW;
}

/* Selects the next thread (after the selection, wrapping) with comments the
 * annotator has not tagged. */
static enum pl_result next_untagged(struct projlist *l)
{
	for (size_t d = 1; d <= l->nrow; d++) {
		size_t r = (l->sel + d) % l->nrow, i = l->row[r];
		if (l->S->v[i].loaded && tagged(l, i) < l->S->v[i].ncomments) {
			l->sel = r;
			return PL_OPEN;
		}
	}
	snprintf(l->msg, sizeof l->msg, "every thread shown is tagged");
	return PL_REDRAW;
}

static void sel_move(struct projlist *l, long by)
{
	long s = (long)l->sel + by;
	if (s >= (long)l->nrow)
		s = (long)l->nrow - 1;
	l->sel = s < 0 ? 0 : (size_t)s;
}

enum pl_result projlist_key(struct projlist *l, ui_key k)
{
	if (l->filtering)
		return filter_key(l, k);
	enum action a = ui_keymap_lookup(k);
	long page = l->rows > 4 ? l->rows - 3 : 1;
	l->msg[0] = '\0';
	if (l->help) {
		l->help = !(k == 27 || a == ACT_QUIT || a == ACT_HELP);
		return PL_REDRAW;
	}
	switch (a) {
	case ACT_MOVE_DOWN:
		sel_move(l, 1);
		break;
	case ACT_MOVE_UP:
		sel_move(l, -1);
		break;
	case ACT_FIRST:
		l->sel = 0;
		break;
	case ACT_LAST:
		sel_move(l, (long)l->nrow);
		break;
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		sel_move(l, page);
		break;
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		sel_move(l, -page);
		break;
	case ACT_TOGGLE:
		if (l->nrow && !l->S->v[l->row[l->sel]].loaded) {
			snprintf(l->msg, sizeof l->msg, "%s did not load: threadtag check %s/threads/%s",
			         l->S->v[l->row[l->sel]].file, l->dir, l->S->v[l->row[l->sel]].file);
			return PL_REDRAW;
		}
		return l->nrow ? PL_OPEN : PL_NONE;
	case ACT_NEXT_UNTAGGED:
		return next_untagged(l);
	case ACT_SEARCH:
		l->filtering = 1;
		break;
	case ACT_HELP:
		l->help = 1;
		break;
	case ACT_QUIT:
		return PL_QUIT;
	case ACT_REDRAW:
		break;
	case ACT_LIST_SORT:
		l->sort = (l->sort + 1) % PL_NSORT;
		rebuild_rows(l, projlist_selected(l));
		break;
	default:
		return k == -KEY_RESIZE ? PL_REDRAW : PL_NONE;
	}
	return PL_REDRAW;
}
