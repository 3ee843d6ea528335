/* view: the viewer's state and the dispatch of actions to the focused pane. */
#include "view.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adjudicate.h"
#include "threadtag/search.h"

static const struct pane_ops *const panes[NPANES] = {
    [PANE_ARTICLE] = &pane_article,
    [PANE_COMMENTS] = &pane_comments,
    [PANE_TAGS] = &pane_tags,
};

void view_init(struct view *v, tt_thread *t)
{
	size_t n = t->ncomments ? t->ncomments : 1;

	memset(v, 0, sizeof *v);
	v->t = t;
	v->fold_epoch = tt_xcalloc(n, sizeof *v->fold_epoch);
	v->fold = tt_xcalloc(n, 1);
	v->epoch = 1;
	v->hc = tt_xcalloc(n, sizeof *v->hc);
	v->seen = tt_xcalloc(n, 1);
	v->sel = t->first;
	v->top = t->first;
	v->focus = t->ncomments ? PANE_COMMENTS : PANE_ARTICLE;
	v->text_max = 100;
	v->art_max = 80;
	v->mouse = 1;
	v->advance = 1;
	v->now = time(NULL);
	v->relative_dates = 1;
	v->crows = 20;
	v->ccols = 80;
}

void view_free(struct view *v)
{
	follow_stop(v);
	review_free(v);
	agree_free(v);
	adjud_free(v);
	messages_free(v);
	links_close(v);
	free(v->fold_epoch);
	free(v->fold);
	free(v->hc);
	free(v->seen);
	free(v->limit);
	free(v->pattern);
	guide_free(v);
	tt_search_free(v->search);
	free(v->isearch_pattern);
	lc_free(v);
	hdr_free(v);
	free(v->rowmap);
	tt_buf_free(&v->scratch);
	tt_buf_free(&v->shown);
}

void view_message(struct view *v, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(v->msg, sizeof v->msg, fmt, ap);
	va_end(ap);
	v->msg_error = error;
	messages_keep(v);
}

int view_collapsed(const struct view *v, const tt_comment *c)
{
	return v->fold_epoch[c->index] == v->epoch ? v->fold[c->index] : v->fold_default;
}

int view_any_collapsed(const struct view *v)
{
	return v->fold_default || v->ncollapsed > 0;
}

void view_set_collapsed(struct view *v, const tt_comment *c, int on)
{
	int was = v->fold_epoch[c->index] == v->epoch && v->fold[c->index];

	v->fold_epoch[c->index] = v->epoch;
	v->fold[c->index] = (unsigned char)!!on;
	v->fold_changes++;
	if (on && !was)
		v->ncollapsed++;
	else if (!on && was)
		v->ncollapsed--;
}

void view_reveal(struct view *v, tt_comment *c)
{
	if (!view_any_collapsed(v))
		return;
	for (tt_comment *a = c->parent; a; a = a->parent)
		if (view_collapsed(v, a))
			view_set_collapsed(v, a, 0);
}

void view_mark_seen(struct view *v)
{
	if (v->sel && !v->seen[v->sel->index]) {
		v->seen[v->sel->index] = 1;
		v->nseen++;
	}
}

void view_count_new(struct view *v, time_t last_visit)
{
	time_t t;

	v->nnew = 0;
	for (size_t i = 0; i < v->t->ncomments; i++) {
		const tt_comment *c = v->t->order[i];
		if (c->time && when_parse(c->time, &t) == 0 && t > last_visit)
			v->nnew++;
	}
}

void view_select(struct view *v, tt_comment *c)
{
	if (!c)
		return;
	if (!v->limited)
		view_reveal(v, c);
	v->sel = c;
	if (v->top && !nav_shown(v, v->top))
		v->top = NULL;
	nav_ensure_visible(v);
}

/* Actions that mean the same whichever pane has the focus. */
static int global_key(struct view *v, enum action a)
{
	switch (a) {
	case ACT_QUIT:
		return RD_QUIT;
	case ACT_HELP:
	case ACT_MESSAGES:
	case ACT_ANCESTORS:
		v->mode = a == ACT_HELP       ? MODE_HELP
		          : a == ACT_MESSAGES ? MODE_MESSAGES
		                              : MODE_CHAIN;
		v->help_top = 0;
		return RD_ALL;
	case ACT_FOCUS_NEXT:
	case ACT_FOCUS_PREV:
		for (int i = 0; i < NPANES; i++) {
			v->focus = (v->focus + (a == ACT_FOCUS_NEXT ? 1 : NPANES - 1)) % NPANES;
			if (v->zoom || v->r[v->focus].h > 0)
				break;
		}
		return RD_ALL | (v->zoom ? RD_LAYOUT : 0);
	case ACT_LINKS:
		return links_open(v);
	case ACT_DATES:
		v->relative_dates = !v->relative_dates;
		view_message(v, 0, "Comment times: %s.",
		             v->relative_dates ? "relative (3 h, 2 d, Mar 2015)"
		                               : "dates and hours");
		return RD_ALL;
	case ACT_GUIDELINE:
		return guide_open(v);
	case ACT_PIN_CHAIN:
		v->pin_chain = !v->pin_chain;
		nav_ensure_visible(v); /* the pinned rows take room from the comments */
		return RD_ALL;
	case ACT_ZOOM:
		v->zoom = !v->zoom;
		return RD_ALL | RD_LAYOUT;
	case ACT_REDRAW:
		return RD_ALL | RD_LAYOUT;
	case ACT_SEARCH:
	case ACT_SEARCH_BACK:
		/* The folded text is memory only a searching reader pays for: it
		 * is built while the pattern is typed. */
		if (v->t->ncomments)
			search_start(v);
		prompt_open(v, a == ACT_SEARCH ? PROMPT_SEARCH : PROMPT_SEARCH_BACK, NULL);
		return RD_STATUS;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		return search_again(v, a == ACT_SEARCH_PREV);
	case ACT_NEXT_NEW:
	case ACT_UPDATE:
		return ui_news_key(v, a);
	default:
		return RD_NONE;
	}
}

static int too_small_key(enum action a)
{
	return a == ACT_QUIT ? RD_QUIT : a == ACT_REDRAW ? RD_ALL | RD_LAYOUT : RD_NONE;
}

int view_key(struct view *v, ui_key k)
{
	enum action a;
	int rd;

	if (k == -KEY_RESIZE)
		return RD_ALL | RD_LAYOUT;
	if (v->too_small) /* nothing shows what a key would do: only quit and redraw */
		return too_small_key(ui_keymap_lookup(k));
	if (v->mode == MODE_PROMPT || v->mode == MODE_LABELS)
		return prompt_key(v, k);
	a = ui_keymap_lookup(k);
	if (v->mode == MODE_GUIDE && (a == ACT_SEARCH_NEXT || a == ACT_SEARCH_PREV))
		return guide_search(v, a == ACT_SEARCH_PREV);
	if (v->mode == MODE_GUIDE && a == ACT_SEARCH) {
		prompt_open(v, PROMPT_GUIDE, NULL);
		return RD_ALL;
	}
	if (v->mode == MODE_HELP || v->mode == MODE_MESSAGES || v->mode == MODE_CHAIN ||
	    v->mode == MODE_GUIDE)
		return help_key(v, a, k);
	if (v->mode == MODE_LINKS)
		return links_key(v, a, k);
	if (v->mode == MODE_AGREE)
		return agree_pane_key(v, a, k);
	v->msg[0] = 0;
	rd = adjud_key(v, a, k); /* first: after its accept key, any key is an answer */
	if (rd)
		return rd;
	if (a == ACT_NONE) {
		char name[32];
		ui_key_name(k, name, sizeof name);
		view_message(v, 0, "%s is not bound to anything; ? lists the keys.", name);
		return RD_STATUS;
	}
	rd = agree_key(v, a); /* n/N: a cell's comments before the search's hits */
	if (!rd)
		rd = global_key(v, a);
	if (rd)
		return rd;
	rd = tags_action(v, a, k);
	if (rd)
		return rd;
	rd = review_key(v, a);
	if (rd)
		return rd;
	rd = panes[v->focus]->key(v, a, k);
	if (!rd && v->focus != PANE_COMMENTS) /* the tags pane follows the selected comment */
		rd = pane_comments.key(v, a, k);
	view_mark_seen(v);
	return rd ? rd : RD_STATUS;
}

int view_mouse(struct view *v, int y, int x, int button)
{
	if (v->mode != MODE_NORMAL)
		return RD_NONE;
	for (int i = 0; i < NPANES; i++) {
		struct rect r = v->r[i];
		if (r.h > 0 && y >= r.y && y < r.y + r.h && x >= r.x && x < r.x + r.w) {
			if (button == 1)
				v->focus = i;
			if (y == r.y && button == 1)
				return RD_ALL;
			return panes[i]->click(v, y - r.y - 1, x - r.x, button) | RD_ALL;
		}
	}
	return RD_NONE;
}
