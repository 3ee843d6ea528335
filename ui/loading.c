/* loading: a big thread file's first comments on screen while the rest of it loads. */
#include "loading.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "threadtag/exitcodes.h"
#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"
#include "waitscreen.h"

/* The loading screen: a page copied from the first comments of the partial
 * thread, rebuilt until it holds a screenful, then only its status line moves. */
struct loading {
	struct wait_screen W;
	const char *path;
	size_t shown;  /* comments on the page */
	int titled;    /* the page has the article's own title */
	long delay_ms; /* THREADTAG_TEST_LOAD_DELAY_MS: a disk that slow, for the tests */
	double start;  /* when the load began */
	tt_load_progress last; /* the latest report, for the status line */
};

int ui_loading_wanted(const char *path)
{
	struct stat st;
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && strcmp(path, "-") != 0 &&
	       stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= UI_LOADING_MIN_BYTES;
}

/* Copies c's fields a comment line shows (author, time, first paragraph). */
static void copy_comment(tt_thread *page, tt_comment *to, const tt_comment *c)
{
	to->id = c->id ? tt_thread_strdup(page, c->id, (size_t)-1) : NULL;
	to->author = c->author ? tt_thread_strdup(page, c->author, (size_t)-1) : NULL;
	to->posted = c->posted ? tt_thread_strdup(page, c->posted, (size_t)-1) : NULL;
	to->time = c->time ? tt_thread_strdup(page, c->time, (size_t)-1) : NULL;
	to->flags = c->flags & ~(unsigned)TT_C_EXTRA; /* the page has no extras */
	if (c->body.n)
		tt_strv_push(page, &to->body, tt_thread_strdup(page, c->body.v[0], (size_t)-1));
}

/* The page: the article's title, author and first paragraphs, then the first
 * max comments of t in tree order, nested as in t. */
static tt_thread *page_of(const tt_thread *t, size_t max, size_t *shown)
{
	tt_thread *page = tt_thread_new();
	const tt_article *a = &t->article;
	tt_error err;
	page->article.title = tt_thread_strdup(page, a->title, (size_t)-1);
	page->article.author = a->author ? tt_thread_strdup(page, a->author, (size_t)-1) : NULL;
	page->article.site = a->site ? tt_thread_strdup(page, a->site, (size_t)-1) : NULL;
	for (size_t i = 0; i < a->body.n && i < 8; i++)
		tt_strv_push(page, &page->article.body,
		             tt_thread_strdup(page, a->body.v[i], (size_t)-1));
	tt_comment **at = tt_xcalloc(max + 1, sizeof *at); /* the copies by depth */
	size_t n = 0;
	for (const tt_comment *c = t->first; c && n < max; c = tt_comment_walk(c), n++) {
		unsigned d = c->depth < n ? c->depth : (unsigned)n; /* a copy's depth <= its rank */
		at[d] = tt_thread_add_comment(page, d ? at[d - 1] : NULL);
		copy_comment(page, at[d], c);
	}
	free(at);
	if (tt_thread_finish(page, &err) < 0) { /* a duplicate id: the load will say so */
		tt_thread_free(page);
		return NULL;
	}
	*shown = n;
	return page;
}

/* What the status line says of the keys typed so far: they wait, how many. */
static void keys_note(const struct wait_screen *W, char *out, size_t size)
{
	if (!W->nkeys)
		snprintf(out, size, "keys wait");
	else if (!W->dropped)
		snprintf(out, size, "%zu key%s waiting", W->nkeys, W->nkeys == 1 ? "" : "s");
	else
		snprintf(out, size, "%zu keys waiting, %zu more dropped", W->nkeys, W->dropped);
}

/* The progress line: comments so far, megabytes of megabytes, percent, and
 * the keys waiting for the thread. */
static void progress_line(struct loading *L)
{
	const tt_load_progress *p = &L->last;
	double mb = 1e6;
	int pct = p->total ? (int)(100.0 * (double)p->bytes / (double)p->total) : 0;
	char keys[96];
	if (L->W.quit || !p->t)
		return;
	keys_note(&L->W, keys, sizeof keys);
	if (p->total && p->bytes >= p->total) {
		ui_wait_status(&L->W,
		               "loaded %zu comments, %.1f MB; opening the viewer\xe2\x80\xa6 \xc2\xb7 %s",
		               p->ncomments, (double)p->total / mb, keys);
		return;
	}
	ui_wait_status(&L->W,
	               "loading: %zu comments, %.1f of %.1f MB (%d%%) \xc2\xb7 %s \xc2\xb7 q stops",
	               p->ncomments, (double)p->bytes / mb, (double)p->total / mb, pct, keys);
}

/* Keys were read: the count in the status line follows at once. */
static void on_keys(struct wait_screen *W)
{
	progress_line((struct loading *)W); /* W is the first member */
}

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* For the tests: holds the load back as a disk that reads the whole file in
 * delay_ms would, so each stage of the screen can be seen on any machine. The
 * keys are read while it waits, as they are every 50 ms while a real slow
 * disk is read. */
static void slow_disk(struct loading *L, const tt_load_progress *p)
{
	double due = L->start + (double)L->delay_ms / 1e3 * (double)p->bytes / (double)p->total;
	double wait;
	while ((wait = due - mono()) > 0 && !L->W.quit && !ui_loop_signal()) {
		if (wait > 0.05)
			wait = 0.05;
		nanosleep(&(struct timespec){0, (long)(wait * 1e9)}, NULL);
		ui_wait_poll(&L->W);
	}
}

/* The loader's hook: a page with more comments while the screen is not yet
 * full, the progress line, the keys; nonzero stops the load. */
static int on_progress(void *ctx, const tt_load_progress *p)
{
	struct loading *L = ctx;
	size_t want = (size_t)(LINES > 0 ? LINES : 24);
	if (L->delay_ms > 0 && p->total)
		slow_disk(L, p);
	L->last = *p;
	progress_line(L);
	if (p->total && p->bytes >= p->total)
		L->W.last_draw = 0; /* drawn now: linking the tree takes a while */
	if (L->W.v.mode != MODE_HELP && p->t->article.title &&
	    (!L->titled || (L->shown < want && p->ncomments > L->shown))) {
		size_t shown = 0;
		tt_thread *page = page_of(p->t, want, &shown);
		if (page) {
			char msg[sizeof L->W.v.msg];
			snprintf(msg, sizeof msg, "%s", L->W.v.msg);
			ui_wait_show(&L->W, page, shown > 0, msg, 0);
			L->titled = 1;
			L->shown = shown;
			L->W.last_draw = 0; /* the status line too, now */
		}
	}
	ui_wait_poll(&L->W);
	return L->W.quit || ui_loop_signal();
}

static void stop_load(struct wait_screen *W)
{
	ui_wait_status(W, "stopping the load; nothing is written");
}

/* The first page, before the file's article is read. */
static void first_page(struct loading *L)
{
	char title[600];
	snprintf(title, sizeof title, "Loading %s\xe2\x80\xa6", L->path);
	const char *paras[] = {"The thread's first comments show here as they are read; the "
	                       "viewer opens at the first comment when the whole file is read.",
	                       "Keys typed meanwhile wait and are carried out once the viewer "
	                       "opens. q or Ctrl-C stops the load: nothing is written, the keys "
	                       "waiting are dropped. ? shows the keys.",
	                       NULL};
	ui_wait_show(&L->W, ui_wait_page(title, NULL, paras), 0, "loading (q stops)", 0);
}

tt_thread *ui_loading_run(const char *path, const struct ui_theme *theme, int *rc, ui_key **keys,
                          size_t *nkeys)
{
	struct loading L = {.W = {.on_quit = stop_load, .keep_keys = 1, .on_keys = on_keys},
	                    .path = path};
	const char *delay = getenv("THREADTAG_TEST_LOAD_DELAY_MS");
	tt_error err = {0};
	int eno = 0;
	L.delay_ms = delay ? strtol(delay, NULL, 10) : 0;
	*rc = ui_wait_open(&L.W, theme);
	if (*rc)
		return NULL;
	ui_wait_label(&L.W, "LOADING");
	first_page(&L);
	L.start = mono();
	tt_thread_load_hook(on_progress, &L);
	tt_thread *t = tt_open_any(path, NULL, &err, &eno);
	tt_thread_load_hook(NULL, NULL);
	int sig = ui_loop_signal();
	*keys = NULL;
	*nkeys = 0;
	if (t && L.W.nkeys) {
		*keys = tt_xmalloc(L.W.nkeys * sizeof **keys);
		memcpy(*keys, L.W.keys, L.W.nkeys * sizeof **keys);
		*nkeys = L.W.nkeys;
	}
	ui_wait_close(&L.W);
	if (t)
		return t;
	*rc = L.W.quit ? 0 : sig ? 128 + sig : eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	if (!L.W.quit && sig)
		tt_error_set(&err, path, 0, 0, "interrupted");
	if (!L.W.quit)
		tt_error_print(&err);
	return NULL;
}
