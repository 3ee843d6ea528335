/* fetching: what `threadtag URL` shows while its thread is fetched, progress in the status line. */
#include "fetching.h"

#include <stdio.h>

#include "app.h"
#include "threadtag/http.h"
#include "waitscreen.h"

enum { EX_INTERRUPTED = 130 };

/* q stops the transfers at their next callback. */
static void stop_fetch(struct wait_screen *W)
{
	tt_http_stop = 1;
	ui_wait_status(W, "stopping the fetch; nothing is kept");
}

/* The fetch's progress hook: the line in the status line; keys read and the
 * screen drawn at most 20 times a second (the hook comes far more often). */
static void on_progress(void *ctx, const char *line)
{
	struct wait_screen *F = ctx;
	if (line && !F->quit)
		ui_wait_status(F, "%s", line);
	if (ui_wait_poll(F) && ui_loop_signal()) /* SIGTERM, SIGHUP: stop as Ctrl-C does */
		tt_http_stop = 1;
}

/* Runs the fetch under the screen; Ctrl-C (SIGINT) stops it, not the program. */
static tt_thread *fetch(struct wait_screen *F, const char *url, struct tt_fetch_result *res,
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
static void show_failure(struct wait_screen *F, const char *url, const tt_error *err)
{
	char msg[1100];
	snprintf(msg, sizeof msg, "%s: %s", err->file[0] ? err->file : url, err->msg);
	const char *paras[] = {msg,
	                       "Press any key to close. The message is repeated on standard "
	                       "error, and the exit status says what failed.",
	                       NULL};
	ui_wait_show(F, ui_wait_page("Could not fetch the thread", url, paras), 0, err->msg, 1);
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
	struct wait_screen F = {.on_quit = stop_fetch};
	tt_error err = {0};
	*rc = ui_wait_open(&F, theme);
	if (*rc)
		return NULL;
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
	ui_wait_label(&F, "FETCHING");
	ui_wait_show(&F, ui_wait_page(title, url, paras), 0, first, 0);
	tt_thread *t = fetch(&F, url, res, &err);
	int stopped = !t && (F.quit || res->code == EX_INTERRUPTED);
	if (!t && !stopped && !ui_loop_signal())
		show_failure(&F, url, &err);
	ui_wait_close(&F);
	*rc = t ? 0 : F.quit ? 0 : ui_loop_signal() ? 128 + ui_loop_signal() : res->code;
	if (!t && !F.quit)
		tt_error_print(&err);
	return t;
}
