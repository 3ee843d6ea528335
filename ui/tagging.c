/* tagging: the tag store seen from the view — chips, counts, the tags pane, tagging keys. */
#include "view.h"

#include <stdio.h>
#include <string.h>

void tags_paragraph_item(size_t paragraph, char out[32])
{
	snprintf(out, 32, "@article/%zu", paragraph);
}

int tags_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const char *item)
{
	(void)v, (void)w, (void)y, (void)x, (void)maxw, (void)item;
	return 0;
}

int tags_subtree_counts(struct view *v, WINDOW *w, int y, int x, int maxw, const tt_comment *c)
{
	(void)v, (void)w, (void)y, (void)x, (void)maxw, (void)c;
	return 0;
}

int tags_action(struct view *v, enum action a, ui_key k)
{
	(void)k;
	switch (a) {
	case ACT_TAG_VALUE:
	case ACT_TAG_REPLY:
	case ACT_LABELS:
	case ACT_NOTE:
	case ACT_NOTE_EDITOR:
	case ACT_CLEAR_TAGS:
	case ACT_UNDO:
	case ACT_REDO:
	case ACT_NEXT_UNTAGGED:
	case ACT_PREV_UNTAGGED:
	case ACT_LIMIT:
	case ACT_ADVANCE:
		view_message(v, 1, "Tagging needs the tag store, which this build lacks.");
		return RD_STATUS;
	default:
		return RD_NONE;
	}
}

int tags_prompt_done(struct view *v, enum prompt_kind kind, const char *text)
{
	(void)kind, (void)text;
	return RD_ALL;
	(void)v;
}

int tags_labels_key(struct view *v, ui_key k)
{
	(void)k;
	v->mode = MODE_NORMAL;
	return RD_ALL;
}

int tags_is_tagged(struct view *v, const char *item)
{
	(void)v, (void)item;
	return 0;
}

size_t tags_ntagged(struct view *v)
{
	(void)v;
	return 0;
}

void tags_pane_draw(struct view *v, WINDOW *w, struct rect r)
{
	const tt_comment *c = v->sel;
	char line[256];
	int n;

	if (!c || r.h < 1)
		return;
	n = snprintf(line, sizeof line, "%s  depth %u  %zu repl%s", c->id, c->depth, c->subtree,
		     c->subtree == 1 ? "y" : "ies");
	ui_put(w, r.y, r.x, r.w, line, (size_t)n, ui_attr("time"), NULL);
}

const char *tags_notice(struct view *v)
{
	(void)v;
	return NULL;
}

int tags_open(struct view *v, const struct tags_open_opts *o, void (*report)(const tt_error *))
{
	(void)v, (void)o, (void)report;
	return 0;
}

int tags_close(struct view *v, void (*report)(const tt_error *))
{
	(void)v, (void)report;
	return 0;
}
