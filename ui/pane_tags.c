/* pane_tags: the scheme with keys and counts, a value cursor, and the selected item's tags and
 * note. */
#include "view.h"

static void tagsp_draw(struct view *v, WINDOW *w, struct rect r)
{
	ui_pane_title(w, r, "Tags", v->focus == PANE_TAGS);
	tags_pane_draw(v, w, (struct rect){.y = r.y + 1, .x = r.x + 1, .h = r.h - 1, .w = r.w - 1});
}

/* With the focus here, the moving keys go over the scheme's values and Enter
 * sets the one under the cursor; the rest falls through to the comment tree. */
static int tagsp_key(struct view *v, enum action a, ui_key k)
{
	(void)k;
	if (!tags_store(v))
		return RD_NONE;
	if (a == ACT_MOVE_DOWN || a == ACT_MOVE_UP)
		return tags_cursor(v, a == ACT_MOVE_DOWN ? 1 : -1);
	if (a == ACT_TOGGLE)
		return tags_cursor(v, 0);
	return RD_NONE;
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
