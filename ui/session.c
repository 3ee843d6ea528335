/* session: the config file, command-line options, reading position and tag store around a view. */
#include "app.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/config.h"

static void apply_config(struct view *v, const tt_config *c, void (*report)(const tt_error *))
{
	v->mouse = c->mouse;
	v->text_max = c->max_width;
	v->art_max = c->article_width;
	v->relative_dates = c->relative_dates;
	v->advance = c->advance;
	if (c->layout)
		v->layout = !strcmp(c->layout, "wide") ? 1 : !strcmp(c->layout, "tall") ? 2 : 0;
	ui_keymap_apply(c, report);
}

/* The selected comment and the folds as they were left. */
static void restore_position(struct view *v)
{
	tt_position p;
	tt_comment *c;

	if (!v->t->id || tt_state_position_read(v->t->id, &p) < 0)
		return;
	v->fold_default = p.collapse_all;
	for (size_t i = 0; i < p.nfolds; i++)
		if ((c = tt_thread_find(v->t, p.folds[i])))
			view_set_collapsed(v, c, !v->fold_default);
	time_t last;
	if (p.saved && when_parse(p.saved, &last) == 0)
		view_count_new(v, last);
	c = tt_thread_find(v->t, p.comment);
	if (c) {
		view_reveal(v, c); /* a fold made elsewhere must not hide it */
		v->sel = c;
		v->top = c;
	}
	tt_position_free(&p);
}

/* Remembers the selection and every fold that differs from the default. */
static void save_position(struct view *v)
{
	tt_position p = {.comment = (char *)v->sel->id, .collapse_all = v->fold_default};
	size_t cap = 0;

	for (size_t i = 0; i < v->t->ncomments && (v->ncollapsed || v->fold_default); i++) {
		const tt_comment *c = v->t->order[i];
		if (view_collapsed(v, c) == v->fold_default)
			continue;
		if (p.nfolds == cap) {
			cap = cap ? cap * 2 : 16;
			p.folds = tt_xrealloc(p.folds, cap * sizeof *p.folds);
		}
		p.folds[p.nfolds++] = (char *)c->id;
	}
	tt_state_position_write(v->t->id, &p);
	free(p.folds);
}

/* Where reports go while a session opens: the caller's report (stderr) and the
 * view's message log, so they show on screen too and not only after quitting. */
static struct view *reporting_view;
static void (*reporting_next)(const tt_error *);

static void report_both(const tt_error *e)
{
	if (reporting_next)
		reporting_next(e);
	if (reporting_view)
		view_log_error(reporting_view, e);
}

int ui_session_open(struct ui_session *s, struct view *v, const struct ui_session_opts *o,
                    void (*outer)(const tt_error *))
{
	void (*report)(const tt_error *) = report_both;
	tt_error err;
	int rc;

	memset(s, 0, sizeof *s);
	reporting_view = v;
	reporting_next = outer;
	tt_config_defaults(&s->cfg);
	if (tt_config_load(&s->cfg, o->config, &err) < 0)
		report(&err); /* a bad config is reported and the defaults are used */
	s->have_cfg = 1;
	apply_config(v, &s->cfg, report);
	s->theme = ui_theme_open(o->theme ? o->theme : s->have_cfg ? s->cfg.theme : NULL, report);
	if (o->no_mouse)
		v->mouse = 0;
	if (o->layout)
		v->layout = !strcmp(o->layout, "wide") ? 1 : !strcmp(o->layout, "tall") ? 2 : 0;
	restore_position(v);
	v->guideline = o->guideline;
	rc = tags_open(
	    v,
	    &(struct tags_open_opts){.path = o->tags,
	                             .annotator = o->annotator,
	                             .scheme = o->scheme     ? o->scheme
	                                       : s->have_cfg ? s->cfg.scheme
	                                                     : NULL,
	                             .target = o->target,
	                             .config_annotator = s->have_cfg ? s->cfg.annotator : NULL},
	    report);
	reporting_view = NULL;
	messages_summary(v);
	return rc;
}

int ui_session_close(struct ui_session *s, struct view *v, int rc, void (*report)(const tt_error *))
{
	if (s->ran && v->sel && v->t->id)
		save_position(v);
	if (tags_close(v, report) < 0 && rc == 0)
		rc = 74;
	ui_theme_close(s->theme);
	s->theme = NULL;
	if (s->have_cfg)
		tt_config_free(&s->cfg);
	return rc;
}
