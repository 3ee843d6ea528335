/* waitscreen: the screen shown while a thread is fetched or loaded, keys polled from a progress
 * hook. */
#include "waitscreen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <time.h>

#include "app.h"

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int ui_wait_open(struct wait_screen *W, const struct ui_theme *theme)
{
	W->sc = newterm(NULL, stdout, stdin);
	if (!W->sc) {
		fprintf(stderr, "threadtag: cannot use this terminal (TERM=%s)\n",
		        getenv("TERM") ? getenv("TERM") : "");
		return EX_UNAVAILABLE;
	}
	set_term(W->sc);
	ui_loop_begin();
	ui_colors_setup(theme, 0);
	return 0;
}

tt_thread *ui_wait_page(const char *title, const char *url, const char *const *paras)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	t->article.title = tt_thread_strdup(t, title, (size_t)-1);
	if (url)
		t->article.url = tt_thread_strdup(t, url, (size_t)-1);
	for (; *paras; paras++)
		tt_strv_push(t, &t->article.body, tt_thread_strdup(t, *paras, (size_t)-1));
	tt_thread_finish(t, &err); /* no comments: nothing to report */
	return t;
}

void ui_wait_show(struct wait_screen *W, tt_thread *p, int comments, const char *msg, int error)
{
	if (W->page) {
		view_free(&W->v);
		tt_thread_free(W->page);
	}
	W->page = p;
	view_init(&W->v, p);
	W->v.mouse = 0;
	W->v.zoom = !comments; /* the article pane alone when there is nothing to tag yet */
	snprintf(W->v.msg, sizeof W->v.msg, "%s", msg);
	W->v.msg_error = error;
	W->v.waiting = W->label;
	ui_screen_setup(&W->v);
	ui_draw_all(&W->v, stdscr);
	wrefresh(stdscr);
}

void ui_wait_label(struct wait_screen *W, const char *label)
{
	W->label = label;
	W->v.waiting = label;
}

void ui_wait_status(struct wait_screen *W, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(W->v.msg, sizeof W->v.msg, fmt, ap);
	va_end(ap);
}

/* A key during the wait: q stops, ? opens the keys (whose own keys then
 * work), a new size lays out again; the rest waits for the thread, kept in
 * order when the caller will carry them out. */
static void wait_key(struct wait_screen *W, ui_key k)
{
	enum action a = ui_keymap_lookup(k);
	if (k == -KEY_RESIZE || W->v.mode == MODE_HELP || a == ACT_HELP) {
		ui_apply_key(&W->v, k, NULL);
	} else if (a == ACT_QUIT) {
		W->nkeys = W->dropped = 0; /* stopping: nothing of what waited is done */
		if (!W->quit) {
			W->quit = 1;
			if (W->on_quit)
				W->on_quit(W);
		}
	} else if (W->keep_keys && !W->quit) {
		if (W->nkeys < UI_WAIT_KEYS)
			W->keys[W->nkeys++] = k;
		else
			W->dropped++;
	}
}

int ui_wait_poll(struct wait_screen *W)
{
	wint_t ch;
	int got;
	double now = mono();
	if (now - W->last_draw < 0.05)
		return 0;
	W->last_draw = now;
	wtimeout(stdscr, 0);
	while ((got = wget_wch(stdscr, &ch)) != ERR)
		if (got != KEY_CODE_YES || ch != KEY_MOUSE) /* the page takes no mouse */
			wait_key(W, got == KEY_CODE_YES ? -(int)ch : (ui_key)ch);
	if (W->on_keys)
		W->on_keys(W);
	ui_draw_all(&W->v, stdscr);
	wrefresh(stdscr);
	return 1;
}

void ui_wait_close(struct wait_screen *W)
{
	if (W->page) {
		view_free(&W->v);
		tt_thread_free(W->page);
		W->page = NULL;
	}
	if (W->sc) {
		endwin();
		delscreen(W->sc);
		W->sc = NULL;
	}
}
