/* help: the `?` overlay, drawn from the action table and the keymap in force. */
#include "view.h"

#include <stdio.h>
#include <string.h>

/* Lines of the help text: a heading, every group and action, then the scheme. */
static size_t help_nlines(struct view *v)
{
	const struct help_row *rows;
	size_t extra = tags_help_count(v);

	return ui_help_rows(&rows) + 2 + (extra ? extra + 1 : 0);
}

void help_draw(struct view *v, WINDOW *w)
{
	const struct help_row *rows;
	size_t n = ui_help_rows(&rows), total = help_nlines(v);
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	const char *head = "Keys (Esc or q closes; j/k scroll). Rebind in config.yaml under keys:";

	for (int i = 0; i < h; i++)
		ui_fill(w, i, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, "Help", 1);
	if (v->help_top > (int)total - 1)
		v->help_top = (int)total - 1;
	for (size_t i = (size_t)v->help_top; i < total && ++y < h; i++) {
		char keys[96], line[256];
		if (i == 0) {
			ui_put(w, y, 1, v->cols - 1, head, strlen(head), ui_attr("title"), NULL);
			continue;
		}
		if (i == 1 || i == n + 2)
			continue;
		if (i > n + 2) {
			tags_help_line(v, i - n - 3, line, sizeof line);
			ui_put(w, y, 1, v->cols - 1, line, strlen(line),
			       ui_attr(i == n + 3 ? "title" : "body"), NULL);
			continue;
		}
		const struct help_row *hr = &rows[i - 2];
		if (hr->group) {
			ui_put(w, y, 1, v->cols - 1, hr->group, strlen(hr->group),
			       ui_attr("title") | A_UNDERLINE, NULL);
			continue;
		}
		ui_keymap_keys(hr->action, keys, sizeof keys);
		if (!keys[0])
			snprintf(keys, sizeof keys, "(unbound)");
		int kw =
		    ui_put(w, y, 3, v->cols - 3, keys, strlen(keys), ui_attr("help.key"), NULL);
		int x = 3 + (kw < 18 ? 18 : kw + 1);
		int len =
		    snprintf(line, sizeof line, "%s  [%s]", hr->help, ui_action_name(hr->action));
		ui_put(w, y, x, v->cols - x, line, (size_t)len, ui_attr("body"), NULL);
	}
}

/* Lines of whichever overlay is open: the help or the message log. */
static size_t overlay_nlines(struct view *v)
{
	return v->mode == MODE_MESSAGES ? messages_nlines(v)
	       : v->mode == MODE_CHAIN  ? chain_nlines(v)
	       : v->mode == MODE_GUIDE  ? guide_nlines(v)
	                                : help_nlines(v);
}

int help_key(struct view *v, enum action a, ui_key k)
{
	int page = v->rows > 4 ? v->rows - 3 : 1;

	if (k == 27 || a == ACT_QUIT || a == ACT_HELP || a == ACT_MESSAGES || a == ACT_ANCESTORS ||
	    a == ACT_GUIDELINE) {
		v->mode = MODE_NORMAL;
		return RD_ALL;
	}
	switch (a) {
	case ACT_MOVE_DOWN:
	case ACT_SCROLL_DOWN:
		v->help_top++;
		break;
	case ACT_MOVE_UP:
	case ACT_SCROLL_UP:
		v->help_top--;
		break;
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		v->help_top += page;
		break;
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		v->help_top -= page;
		break;
	case ACT_FIRST:
		v->help_top = 0;
		break;
	case ACT_LAST:
		v->help_top = (int)overlay_nlines(v) - page;
		break;
	default:
		return RD_NONE;
	}
	if (v->help_top > (int)overlay_nlines(v) - 1)
		v->help_top = (int)overlay_nlines(v) - 1;
	if (v->help_top < 0)
		v->help_top = 0;
	return RD_ALL;
}
