/* pane_tags: the scheme with keys and counts, and the selected item's tags and note. */
#include "view.h"

static void tagsp_draw(struct view *v, WINDOW *w, struct rect r)
{
	ui_pane_title(w, r, "Tags", v->focus == PANE_TAGS);
	tags_pane_draw(v, w, (struct rect){.y = r.y + 1, .x = r.x + 1, .h = r.h - 1, .w = r.w - 1});
}

static int tagsp_key(struct view *v, enum action a, ui_key k)
{
	(void)v, (void)a, (void)k;
	return RD_NONE; /* moving keys fall through to the comment tree */
}

static int tagsp_click(struct view *v, int y, int x, int button)
{
	(void)y, (void)x;
	if (button == 4 || button == 5)
		return pane_comments.key(v, button == 4 ? ACT_MOVE_UP : ACT_MOVE_DOWN, 0);
	return RD_NONE;
}

const struct pane_ops pane_tags = {
    .title = "Tags",
    .draw = tagsp_draw,
    .key = tagsp_key,
    .click = tagsp_click,
};
