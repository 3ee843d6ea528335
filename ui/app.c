/* app: the terminal's lifetime — setup, the key loop, signals, restoring on every exit. */
#include "app.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "threadtag/text.h"

static volatile sig_atomic_t got_signal;
static int screen_open;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* Registered once: whatever path leaves the program, the terminal comes back. */
static void restore_terminal(void)
{
	if (screen_open && !isendwin())
		endwin();
}

void ui_restore_terminal(void)
{
	restore_terminal();
}

#if !defined(__SANITIZE_ADDRESS__)
/* A crash must not leave the terminal raw: put it back, then die as before.
 * endwin() is not async-signal-safe, but the process is lost anyway and a
 * usable terminal is worth the risk. Left to the sanitizers when they run. */
static void on_crash(int sig)
{
	if (screen_open)
		endwin();
	raise(sig);
}
#endif

static void install_crash_handlers(void)
{
#if !defined(__SANITIZE_ADDRESS__)
	struct sigaction sa;
	int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_crash;
	sa.sa_flags = (int)SA_RESETHAND | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, NULL);
#endif
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a pending read returns so the loop sees the signal. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	install_crash_handlers();
}

void ui_loop_begin(void)
{
	static int registered;
	install_signals();
	if (!registered++)
		atexit(restore_terminal);
	screen_open = 1;
}

int ui_loop_signal(void)
{
	return got_signal;
}

/* Lines s wraps to at cols columns, drawn from the top when they fit in rows. */
static int put_wrapped(WINDOW *w, int rows, int cols, const char *s, int draw)
{
	size_t pos = 0, len = strlen(s);
	int y = 0;
	tt_line l;

	while (tt_text_wrap_next(s, len, &pos, cols, &l)) {
		if (draw)
			ui_put(w, y, 0, cols, s + l.start, l.end - l.start, A_BOLD, NULL);
		y++;
	}
	return y <= rows;
}

/* The "too small" screen: the longest wording that fits says the minimum size. */
static void draw_too_small(struct view *v, WINDOW *w)
{
	char says[3][96];

	snprintf(says[0], sizeof says[0],
	         "Terminal too small: %dx%d at least (now %dx%d). q quits.", UI_MIN_COLS,
	         UI_MIN_ROWS, v->cols, v->rows);
	snprintf(says[1], sizeof says[1], "Too small: %dx%d", UI_MIN_COLS, UI_MIN_ROWS);
	snprintf(says[2], sizeof says[2], "%dx%d", UI_MIN_COLS, UI_MIN_ROWS);
	for (int i = 0; i < 3; i++)
		if (put_wrapped(w, v->rows, v->cols, says[i], 0) || i == 2) {
			put_wrapped(w, v->rows, v->cols, says[i], 1);
			return;
		}
}

static const struct pane_ops *const pane_ops_of[NPANES] = {&pane_article, &pane_comments,
                                                           &pane_tags};
static const int pane_flag[NPANES] = {RD_ARTICLE, RD_COMMENTS, RD_TAGS};
enum { RD_EVERY_PANE = RD_ARTICLE | RD_COMMENTS | RD_TAGS };

/* Remembers what the frame just drawn shows, for ui_draw. */
static void remember_frame(struct view *v)
{
	struct frame *f = &v->drawn;

	f->valid = v->mode == MODE_NORMAL && !v->too_small;
	f->rows = v->rows, f->cols = v->cols;
	memcpy(f->r, v->r, sizeof f->r);
}

void ui_draw_all(struct view *v, WINDOW *w)
{
	werase(w);
	if (v->too_small) {
		draw_too_small(v, w);
		remember_frame(v);
		return;
	}
	if (v->mode == MODE_HELP) {
		help_draw(v, w);
	} else if (v->mode == MODE_MESSAGES) {
		messages_draw(v, w);
	} else if (v->mode == MODE_LINKS) {
		links_draw(v, w);
	} else if (v->mode == MODE_CHAIN) {
		chain_draw(v, w);
	} else if (v->mode == MODE_AGREE) {
		agree_draw(v, w);
	} else if (v->mode == MODE_GUIDE ||
	           (v->mode == MODE_PROMPT && v->prompt_kind == PROMPT_GUIDE)) {
		guide_draw(v, w);
	} else {
		for (int i = 0; i < NPANES; i++)
			if (v->r[i].h > 0)
				pane_ops_of[i]->draw(v, w, v->r[i]);
		/* The vertical border of the wide layout. */
		if (v->r[PANE_COMMENTS].x > 0)
			for (int y = 0; y < v->rows - 1; y++) {
				mvwadd_wch(w, y, v->r[PANE_COMMENTS].x - 1, WACS_VLINE);
				mvwchgat(w, y, v->r[PANE_COMMENTS].x - 1, 1, ui_attr("border"),
				         PAIR_NUMBER(ui_attr("border")), NULL);
			}
	}
	status_draw(v, w);
	remember_frame(v);
}

/* The panes rd asks for: every one unless the handler named some. */
static int panes_asked(int rd)
{
	int named = rd & RD_EVERY_PANE;

	return (rd & (RD_PANES | RD_LAYOUT)) || !named ? RD_EVERY_PANE : named;
}

/* The last frame is still the screen's: same mode, size and panes. While
 * adjudicating, the article pane shows the selected comment's decisions, so
 * every key draws it all. */
static int frame_kept(const struct view *v)
{
	const struct frame *f = &v->drawn;

	return f->valid && v->mode == MODE_NORMAL && !v->too_small && !v->adjud &&
	       f->rows == v->rows &&
	       f->cols == v->cols && !memcmp(f->r, v->r, sizeof f->r);
}

void ui_draw(struct view *v, WINDOW *w, int rd)
{
	int want = panes_asked(rd);

	if (want == RD_EVERY_PANE || !frame_kept(v)) {
		ui_draw_all(v, w);
		return;
	}
	/* Only the panes named are touched, so curses compares and sends only
	 * their rows; the others, the border and the titles stay as they are. */
	for (int i = 0; i < NPANES; i++) {
		struct rect r = v->r[i];
		if (!(want & pane_flag[i]) || r.h <= 0)
			continue;
		if (i == PANE_COMMENTS && comments_redraw_selection(v, w, r))
			continue;
		if (i == PANE_TAGS && r.h > 1 &&
		    tags_pane_redraw_selected(
		        v, w,
		        (struct rect){.y = r.y + 1, .x = r.x + 1, .h = r.h - 1, .w = r.w - 1}))
			continue;
		ui_clear(w, r);
		pane_ops_of[i]->draw(v, w, r);
	}
	status_draw(v, w);
	remember_frame(v);
}

int ui_idle_tick(struct view *v, time_t now)
{
	int stale = now / 60 != v->now / 60; /* relative times age by the minute */

	v->now = now;
	int rd = tags_fold_tick(v); /* the store folds its journal while nobody types */
	rd |= search_tick(v);
	if (follow_tick(v))
		return RD_ALL;
	/* Times show in the comment headers and the status line only. */
	return rd | (stale ? RD_COMMENTS | RD_STATUS : RD_NONE);
}

/* Reads one key: a character, or a KEY_ code as its negative. 0 on timeout. */
static ui_key read_key(WINDOW *w, struct view *v, MEVENT *me, int *is_mouse)
{
	wint_t ch;
	int r = wget_wch(w, &ch);

	*is_mouse = 0;
	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES) {
		if (ch == KEY_MOUSE) {
			*is_mouse = v->mouse && getmouse(me) == OK;
			return *is_mouse ? -KEY_MOUSE : 0;
		}
		return -(int)ch;
	}
	return (ui_key)ch;
}

static int mouse_button(mmask_t b)
{
	if (b & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED))
		return 1;
	if (b & BUTTON4_PRESSED)
		return 4;
#ifdef BUTTON5_PRESSED
	if (b & BUTTON5_PRESSED)
		return 5;
#endif
	return 0;
}

int ui_apply_key(struct view *v, ui_key k, const MEVENT *me)
{
	int rd;

	if (k == 27 && v->mode != MODE_PROMPT && search_cancel(v))
		return RD_STATUS;
	if (k == -KEY_MOUSE && me)
		rd = view_mouse(v, me->y, me->x, mouse_button(me->bstate));
	else
		rd = view_key(v, k);
	if (rd & RD_LAYOUT) {
		int rows, cols;
		clearok(curscr,
		        TRUE); /* repaint every cell: the terminal may have been disturbed */
		getmaxyx(stdscr, rows, cols);
		layout_compute(v, rows, cols);
		nav_ensure_visible(v);
	}
	return rd;
}

void ui_screen_setup(struct view *v)
{
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	if (v->mouse) {
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		              | BUTTON5_PRESSED
#endif
		          ,
		          NULL);
		mouseinterval(0);
	}
	curs_set(0);
	view_mark_seen(v);
	layout_compute(v, LINES, COLS);
	nav_ensure_visible(v);
}

int ui_terminal_check(void)
{
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		return 0;
	fprintf(stderr, "threadtag: the viewer needs a terminal on standard input and output "
	                "(for scripts: threadtag check, export, stats)\n");
	return EX_USAGE;
}

int ui_run(struct view *v, const struct ui_theme *theme, int no_color)
{
	int status = 0;
	SCREEN *sc;

	install_signals();
	atexit(restore_terminal);
	/* newterm, unlike initscr, returns instead of exiting on an unknown TERM. */
	sc = newterm(NULL, stdout, stdin);
	if (!sc) {
		fprintf(stderr, "threadtag: cannot use this terminal (TERM=%s)\n",
		        getenv("TERM") ? getenv("TERM") : "");
		return EX_UNAVAILABLE;
	}
	set_term(sc);
	screen_open = 1;
	ui_colors_setup(theme, no_color);
	ui_screen_setup(v);
	v->term_out = stdout;  /* OSC 52 goes to the terminal, only on the user's y */
	wtimeout(stdscr, 500); /* idle ticks: a read-only viewer follows the writer */
	ui_draw_all(v, stdscr);
	v->search_async = 1; /* this loop ticks: a search may wait for its text */
	for (;;) {
		MEVENT me;
		int is_mouse, rd;
		ui_key k;

		if (v->ireplay < v->nreplay) { /* typed during the load: no screen between them */
			k = v->replay[v->ireplay++];
			is_mouse = 0;
		} else {
			curs_set(v->mode == MODE_PROMPT ? 1 : 0);
			/* A search waiting for its text is answered on the first tick
			 * after the workers finish: tick often while one waits. */
			wtimeout(stdscr, search_waiting(v) ? 10 : 500);
			wrefresh(stdscr);
			k = read_key(stdscr, v, &me, &is_mouse);
		}
		if (got_signal) {
			status = 128 + got_signal;
			break;
		}
		if (!k) { /* an idle tick: a read-only viewer looks for the writer's changes */
			rd = ui_idle_tick(v, time(NULL));
			if (rd)
				ui_draw(v, stdscr, rd);
			continue;
		}
		rd = ui_apply_key(v, k, is_mouse ? &me : NULL);
		if (rd & RD_QUIT)
			break;
		/* Keys keep coming: do not wait for a quiet moment. What the writer
		 * changed may show in any pane. */
		if (follow_tick(v))
			rd |= RD_ALL;
		if (search_waiting(v))
			rd |= search_tick(v);
		if (rd)
			ui_draw(v, stdscr, rd);
	}
	endwin();
	screen_open = 0;
	delscreen(sc);
	return status;
}

char *ui_screen_text(WINDOW *w)
{
	int rows, cols;
	tt_buf b = {0};

	getmaxyx(w, rows, cols);
	tt_buf_add(&b, "", 0);
	for (int y = 0; y < rows; y++) {
		for (int x = 0; x < cols; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t a;
			short pair;
			char mb[MB_LEN_MAX * (CCHARW_MAX + 1) + 1];

			if (mvwin_wch(w, y, x, &cc) == ERR ||
			    getcchar(&cc, wc, &a, &pair, NULL) == ERR)
				continue;
			if (!wc[0]) /* the right half of a wide character */
				continue;
			size_t n = wcstombs(mb, wc, sizeof mb - 1);
			if (n != (size_t)-1)
				tt_buf_add(&b, mb, n);
		}
		tt_buf_addc(&b, '\n');
	}
	return b.data;
}
