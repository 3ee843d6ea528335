/* fetching: what `threadtag URL` shows while its thread is fetched, progress in the status line. */
#include "fetching.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "app.h"
#include "threadtag/http.h"

/* The screen while the fetch runs. Its page is a thread of no comments whose
 * article says what is happening, so the panes, the status line and the help
 * are the viewer's own. */
struct fetching {
	struct view v;
	tt_thread *page;
	int quit;         /* q pressed: stop, and end without a message */
	double last_draw; /* keys are read and the screen drawn at most so often */
};

enum { EX_INTERRUPTED = 130 };

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A page of no comments: title, the address, paragraphs (NULL-terminated). */
static tt_thread *page_new(const char *title, const char *url, const char *const *paras)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	t->article.title = tt_thread_strdup(t, title, (size_t)-1);
	t->article.url = tt_thread_strdup(t, url, (size_t)-1);
	for (; *paras; paras++)
		tt_strv_push(t, &t->article.body, tt_thread_strdup(t, *paras, (size_t)-1));
	tt_thread_finish(t, &err); /* no comments: nothing to report */
	return t;
}

/* Shows page p, with msg in the status line. */
static void show_page(struct fetching *F, tt_thread *p, const char *msg, int error)
{
	if (F->page) {
		view_free(&F->v);
		tt_thread_free(F->page);
	}
	F->page = p;
	view_init(&F->v, p);
	F->v.mouse = 0;
	F->v.zoom = 1; /* the article pane alone: there is nothing to tag yet */
	snprintf(F->v.msg, sizeof F->v.msg, "%s", msg);
	F->v.msg_error = error;
	ui_screen_setup(&F->v);
	ui_draw_all(&F->v, stdscr);
	wrefresh(stdscr);
}

/* A key while the fetch runs: q stops it, ? opens the keys (whose own keys
 * then work), a new size lays out again; the rest waits for the thread. */
static void fetching_key(struct fetching *F, ui_key k)
{
	enum action a = ui_keymap_lookup(k);
	if (k == -KEY_RESIZE || F->v.mode == MODE_HELP || a == ACT_HELP) {
		ui_apply_key(&F->v, k, NULL);
	} else if (a == ACT_QUIT) {
		F->quit = 1;
		tt_http_stop = 1; /* the transfers end at their next callback */
		snprintf(F->v.msg, sizeof F->v.msg, "stopping the fetch; nothing is kept");
	}
}

/* The fetch's progress hook: the line in the status line; keys read and the
 * screen drawn at most 20 times a second (the hook comes far more often). */
static void on_progress(void *ctx, const char *line)
{
	struct fetching *F = ctx;
	wint_t ch;
	int got;
	if (line && !F->quit)
		snprintf(F->v.msg, sizeof F->v.msg, "%s", line);
	double now = mono();
	if (now - F->last_draw < 0.05)
		return;
	F->last_draw = now;
	while ((got = wget_wch(stdscr, &ch)) != ERR)
		fetching_key(F, got == KEY_CODE_YES ? -(int)ch : (ui_key)ch);
	if (ui_loop_signal()) /* SIGTERM, SIGHUP: stop as Ctrl-C does */
		tt_http_stop = 1;
	ui_draw_all(&F->v, stdscr);
	wrefresh(stdscr);
}

/* Runs the fetch under the screen; Ctrl-C (SIGINT) stops it, not the program. */
static tt_thread *fetch(struct fetching *F, const char *url, struct tt_fetch_result *res,
                        tt_error *err)
{
	struct tt_fetch_opts fo = {0};
	tt_http_catch_sigint();
	wtimeout(stdscr, 0); /* keys are polled from the progress hook */
	tt_fetch_progress_hook(on_progress, F);
	tt_thread *t = tt_fetch_thread(url, &fo, res, err);
	tt_fetch_progress_hook(NULL, NULL);
	tt_http_stop = 0;
	ui_loop_begin(); /* the viewer's signal handling again */
	return t;
}

/* The failure on screen until a key (or a signal) comes. */
static void show_failure(struct fetching *F, const char *url, const tt_error *err)
{
	char msg[1100];
	snprintf(msg, sizeof msg, "%s: %s", err->file[0] ? err->file : url, err->msg);
	const char *paras[] = {msg,
	                       "Press any key to close. The message is repeated on standard "
	                       "error, and the exit status says what failed.",
	                       NULL};
	show_page(F, page_new("Could not fetch the thread", url, paras), err->msg, 1);
	wtimeout(stdscr, 500); /* wake now and then to see a signal */
	for (;;) {
		wint_t ch;
		int got = wget_wch(stdscr, &ch);
		if (ui_loop_signal() || (got != ERR && !(got == KEY_CODE_YES && ch == KEY_RESIZE)))
			break;
		if (got == KEY_CODE_YES) { /* a new size */
			ui_apply_key(&F->v, -KEY_RESIZE, NULL);
			ui_draw_all(&F->v, stdscr);
		}
	}
}

tt_thread *ui_fetching_run(const char *url, const struct ui_theme *theme,
                           struct tt_fetch_result *res, int *rc)
{
	struct fetching F = {0};
	tt_error err = {0};
	SCREEN *sc = newterm(NULL, stdout, stdin);
	if (!sc) {
		fprintf(stderr, "threadtag: cannot use this terminal (TERM=%s)\n",
		        getenv("TERM") ? getenv("TERM") : "");
		*rc = EX_UNAVAILABLE;
		return NULL;
	}
	set_term(sc);
	ui_loop_begin();
	ui_colors_setup(theme, 0);
	char title[300];
	snprintf(title, sizeof title, "Fetching %s\xe2\x80\xa6", url);
	const char *paras[] = {"The thread opens here as soon as it has arrived. The status line "
	                       "below shows the requests made, the comments found so far, the "
	                       "bytes and the rate.",
	                       "q or Ctrl-C stops the fetch: nothing is written and nothing is "
	                       "kept in the cache. ? shows the keys.",
	                       NULL};
	char first[300];
	snprintf(first, sizeof first, "fetching %s (q or Ctrl-C stops)", url);
	show_page(&F, page_new(title, url, paras), first, 0);
	tt_thread *t = fetch(&F, url, res, &err);
	int stopped = !t && (F.quit || res->code == EX_INTERRUPTED);
	if (!t && !stopped && !ui_loop_signal())
		show_failure(&F, url, &err);
	view_free(&F.v);
	tt_thread_free(F.page);
	endwin();
	delscreen(sc);
	*rc = t ? 0 : F.quit ? 0 : ui_loop_signal() ? 128 + ui_loop_signal() : res->code;
	if (!t && !F.quit)
		tt_error_print(&err);
	return t;
}
