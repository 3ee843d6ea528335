/* ui_harness: opens and drives a viewer on a terminal of /dev/null for the screen tests. */
#include "ui_harness.h"

#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/tagstore.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

void uih_report(const tt_error *e)
{
	fail_msg("unexpected error: %s", e->msg);
}

static tt_thread *load(const struct uih_opts *o)
{
	tt_error err;
	tt_thread *t;

	if (o->thread)
		return o->thread;
	if (o->path) {
		char *path = tt_test_src(o->path);
		t = tt_thread_load(path, &err, NULL);
		free(path);
	} else {
		t = tt_thread_load_mem("harness.yaml", o->yaml, strlen(o->yaml), &err);
	}
	if (!t)
		fail_msg("the thread does not load: %s", err.msg);
	return t;
}

void uih_terminal(uih *h, int rows, int cols, int no_color)
{
	h->fout = fopen("/dev/null", "w");
	h->fin = fopen("/dev/null", "r");
	assert_non_null(h->fout);
	assert_non_null(h->fin);
	h->sc = newterm("xterm-256color", h->fout, h->fin);
	assert_non_null(h->sc);
	set_term(h->sc);
	resizeterm(rows, cols);
	ui_colors_setup(NULL, no_color);
}

void uih_terminal_close(uih *h)
{
	endwin();
	delscreen(h->sc);
	fclose(h->fin);
	fclose(h->fout);
	h->sc = NULL;
	h->fin = h->fout = NULL;
}

void uih_open(uih *h, const struct uih_opts *o)
{
	char *scheme = NULL;

	memset(h, 0, sizeof *h);
	h->T = load(o);
	h->dir = tt_test_tmpdir();
	h->no_store = o->no_store;
	h->store = tt_xasprintf("%s/%s", h->dir, o->store ? o->store : "tags.yaml");
	if (o->scheme) {
		scheme = tt_xasprintf("%s/scheme.yaml", h->dir);
		tt_test_write(scheme, o->scheme);
	}
	uih_terminal(h, o->rows, o->cols, o->no_color);
	view_init(&h->V, h->T);
	h->V.mouse = 0;
	if (o->now)
		h->V.now = o->now;
	ui_keymap_defaults();
	if (!o->no_store) {
		assert_int_equal(tags_open(&h->V,
		                           &(struct tags_open_opts){
		                               .path = h->store, .annotator = "ann", .scheme = scheme},
		                           uih_report),
		                 0);
		tags_set_headless(&h->V);
	}
	free(scheme);
	ui_screen_setup(&h->V);
	ui_draw_all(&h->V, stdscr);
}

void uih_close(uih *h)
{
	if (!h->no_store)
		tags_close(&h->V, uih_report);
	view_free(&h->V);
	uih_terminal_close(h);
	tt_thread_free(h->T);
	free(h->dir);
	free(h->store);
	memset(h, 0, sizeof *h);
}

int uih_keys(uih *h, const char *names)
{
	char *copy = tt_xstrdup(names), *save = NULL;
	int n = 0;

	for (char *k = strtok_r(copy, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
		ui_key key = !strcmp(k, "<Resize>") ? -KEY_RESIZE : ui_key_parse(k);
		assert_int_not_equal(key, 0);
		ui_apply_key(&h->V, key, NULL);
		ui_draw_all(&h->V, stdscr);
		n++;
	}
	free(copy);
	return n;
}

int uih_on_screen(const char *s)
{
	char *text = ui_screen_text(stdscr);
	int r = strstr(text, s) != NULL;
	free(text);
	return r;
}

const char *uih_row(int y)
{
	static char buf[4096];
	char *all = ui_screen_text(stdscr), *p = all;

	for (int i = 0; i < y && p; i++)
		p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL;
	buf[0] = 0;
	if (p) {
		size_t n = strcspn(p, "\n");
		n = n < sizeof buf - 1 ? n : sizeof buf - 1;
		memcpy(buf, p, n);
		while (n > 0 && buf[n - 1] == ' ')
			n--;
		buf[n] = 0;
	}
	free(all);
	return buf;
}

int uih_find_row(const char *s)
{
	for (int y = 0; y < LINES; y++)
		if (strstr(uih_row(y), s))
			return y;
	return -1;
}

int uih_find_col(int y, const char *s)
{
	const char *r = uih_row(y), *at = strstr(r, s);

	return at ? tt_text_width(r, (size_t)(at - r)) : -1;
}

attr_t uih_cell_attr(int y, int x)
{
	cchar_t cc;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;

	mvwin_wch(stdscr, y, x, &cc);
	getcchar(&cc, wc, &a, &pair, NULL);
	return (a & ~A_COLOR) | COLOR_PAIR(pair);
}

const char *uih_value(uih *h, const char *item, size_t dim)
{
	const tt_tag *g = tt_tagstore_get(tags_store(&h->V), item);
	return g ? g->values[dim] : NULL;
}
