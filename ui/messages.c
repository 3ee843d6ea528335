/* messages: every notice and error of the session, kept for the `M` log and shown on the status
 * line. */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

enum { LOG_MAX = 200 }; /* older messages go first: the log never grows without bound */

void messages_keep(struct view *v)
{
	if (!v->msg[0])
		return;
	if (v->nlog == LOG_MAX) {
		free(v->log[0]);
		memmove(v->log, v->log + 1, (LOG_MAX - 1) * sizeof *v->log);
		v->nlog--;
	}
	v->log = tt_xrealloc(v->log, (v->nlog + 1) * sizeof *v->log);
	v->log[v->nlog++] = tt_xasprintf("%s%s", v->msg_error ? "error: " : "", v->msg);
}

void messages_summary(struct view *v)
{
	char keys[32], last[sizeof v->msg];

	if (v->nlog < 2)
		return;
	ui_keymap_keys(ACT_MESSAGES, keys, sizeof keys);
	keys[strcspn(keys, " ")] = 0;
	snprintf(last, sizeof last, "%s", v->msg);
	if (snprintf(v->msg, sizeof v->msg, "(%zu messages, %s lists them) %s", v->nlog, keys,
	             last) >= (int)sizeof v->msg)
		return; /* cut on the status line; the log keeps every one whole */
}

void view_log_error(struct view *v, const tt_error *e)
{
	if (e->line)
		view_message(v, 1, "%s:%u:%u: %s", e->file, e->line, e->col, e->msg);
	else if (e->file[0])
		view_message(v, 1, "%s: %s", e->file, e->msg);
	else
		view_message(v, 1, "%s", e->msg);
}

void messages_free(struct view *v)
{
	for (size_t i = 0; i < v->nlog; i++)
		free(v->log[i]);
	free(v->log);
	v->log = NULL;
	v->nlog = 0;
}

/* Width the log wraps at: a message is never cut, paths can be long. */
static int log_cols(const struct view *v)
{
	return v->cols > 3 ? v->cols - 2 : 1;
}

/* Screen lines of message i (sanitised, wrapped). */
static size_t entry_lines(const struct view *v, size_t i, tt_buf *san)
{
	san->len = 0;
	tt_text_sanitize(v->log[i], strlen(v->log[i]), 1, san);
	return tt_text_wrap_count(san->data, san->len, log_cols(v));
}

size_t messages_nlines(const struct view *v)
{
	tt_buf san = {0};
	size_t n = 1;

	for (size_t i = 0; i < v->nlog; i++)
		n += entry_lines(v, i, &san);
	tt_buf_free(&san);
	return n;
}

void messages_draw(struct view *v, WINDOW *w)
{
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	char head[128], keys[32];
	size_t line = 0, skip;
	tt_buf san = {0};

	ui_keymap_keys(ACT_MESSAGES, keys, sizeof keys);
	snprintf(head, sizeof head, "Messages of this session, oldest first (Esc, q or %s closes)",
	         keys);
	for (int i = 0; i < h; i++)
		ui_fill(w, i, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, "Messages", 1);
	if (v->help_top > (int)messages_nlines(v) - 1)
		v->help_top = (int)messages_nlines(v) - 1;
	skip = (size_t)(v->help_top > 0 ? v->help_top : 0);
	if (skip == 0 && ++y < h)
		ui_put(w, y, 1, v->cols - 1, head, strlen(head), ui_attr("title"), NULL);
	line = 1;
	for (size_t i = 0; i < v->nlog && y < h; i++) {
		attr_t a = ui_attr(!strncmp(v->log[i], "error: ", 7) ? "error" : "body");
		size_t pos = 0;
		tt_line l;
		entry_lines(v, i, &san);
		while (tt_text_wrap_next(san.data, san.len, &pos, log_cols(v), &l))
			if (line++ >= skip && ++y < h)
				ui_put(w, y, 1, v->cols - 1, san.data + l.start, l.end - l.start, a,
				       NULL);
	}
	if (!v->nlog && ++y < h)
		ui_put(w, y, 1, v->cols - 1, "(none)", 6, ui_attr("meta"), NULL);
	tt_buf_free(&san);
}
