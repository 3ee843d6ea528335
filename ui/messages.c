/* messages: every notice and error of the session, kept for the `M` log and shown on the status
 * line. */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

size_t messages_nlines(const struct view *v)
{
	return v->nlog + 1;
}

void messages_draw(struct view *v, WINDOW *w)
{
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	char head[128], keys[32];

	ui_keymap_keys(ACT_MESSAGES, keys, sizeof keys);
	snprintf(head, sizeof head, "Messages of this session, oldest first (Esc, q or %s closes)",
	         keys);
	for (int i = 0; i < h; i++)
		ui_fill(w, i, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, "Messages", 1);
	if (v->help_top > (int)messages_nlines(v) - 1)
		v->help_top = (int)messages_nlines(v) - 1;
	for (size_t i = (size_t)v->help_top; i < messages_nlines(v) && ++y < h; i++) {
		const char *s = i == 0 ? head : v->log[i - 1];
		int err = i > 0 && !strncmp(s, "error: ", 7);
		ui_put(w, y, 1, v->cols - 1, s, strlen(s),
		       ui_attr(i == 0 ? "title"
		               : err  ? "error"
		                      : "body"),
		       NULL);
	}
	if (!v->nlog && ++y < h)
		ui_put(w, y, 1, v->cols - 1, "(none)", 6, ui_attr("meta"), NULL);
}
