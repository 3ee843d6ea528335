/* ui_main: the viewer's command line, loading the thread, and the headless entry. */
#include "threadtag/ui.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <stdio.h>
#include <sysexits.h>
#include <unistd.h>

#include "app.h"
#include "fetching.h"
#include "loading.h"
#include "projlist.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/config.h"
#include "threadtag/fetchcli.h"
#include "threadtag/http.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/import.h"
#include "threadtag/merge.h"
#include "threadtag/project.h"
#include "threadtag/tagstore.h"
#include "threadtag/xalloc.h"

enum { TT_UI_MAX_TAGS = 32 };

struct ui_opts {
	const char *theme, *tags, *annotator, *scheme, *config, *layout;
	const char *target;                 /* the project's claim, shown in the tags pane */
	const char *guideline;              /* --guideline, or the project's */
	const tt_project *project;          /* a thread opened from a project's list, for review */
	const char *others[TT_UI_MAX_TAGS]; /* --tags after the first: others' stores, read-only */
	size_t nothers;
	int no_mouse;
	ui_key *replay; /* keys typed while the thread loaded, for the first view */
	size_t nreplay;
};

void tt_ui_usage(FILE *f)
{
	fputs("usage: threadtag [OPTIONS] THREAD        open a thread in the viewer\n"
	      "       threadtag [OPTIONS] DIR           the thread list of a project DIR\n"
	      "       threadtag COMMAND [ARGS...]       run a command (below)\n\n"
	      "THREAD is a thread file, a saved page or Reddit/HN JSON (imported in memory),\n"
	      "or the URL of a Reddit or Hacker News thread or of any web page (fetched\n"
	      "through the cache; see threadtag import --help).\n\n"
	      "Viewer options:\n"
	      "  --theme NAME|FILE   colour theme (default, light, mono, ...)\n"
	      "  --no-mouse          do not take the mouse\n"
	      "  --layout MODE       auto, wide or tall\n"
	      "  --tags FILE         tag store to use instead of the default location; again:\n"
	      "                      other annotators' stores, read-only, for review (V) and\n"
	      "                      the agreement pane (a)\n"
	      "  --annotator NAME    whose tags these are (default: config, then login name)\n"
	      "  --scheme FILE       stance scheme to tag with\n"
	      "  --guideline FILE    annotation guideline the H key shows\n"
	      "  --config FILE       config file instead of the XDG one\n"
	      "  -h, --help          show this help (threadtag COMMAND --help for a command)\n"
	      "  -V, --version       show the version\n"
	      "Press ? in the viewer for the keys; see threadtag(1).\n",
	      f);
}

/* UTF-8 text needs a UTF-8 LC_CTYPE for wcwidth and ncursesw; fall back to C.UTF-8. */
static void set_locale(void)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
}

enum {
	OPT_THEME = 256,
	OPT_NO_MOUSE,
	OPT_TAGS,
	OPT_ANNOTATOR,
	OPT_SCHEME,
	OPT_CONFIG,
	OPT_LAYOUT,
	OPT_KEYS_MAN,
	OPT_GUIDELINE
};

static int parse(int argc, char **argv, struct ui_opts *o, const char **path)
{
	static const struct option longs[] = {
	    {"theme", required_argument, NULL, OPT_THEME},
	    {"no-mouse", no_argument, NULL, OPT_NO_MOUSE},
	    {"tags", required_argument, NULL, OPT_TAGS},
	    {"annotator", required_argument, NULL, OPT_ANNOTATOR},
	    {"scheme", required_argument, NULL, OPT_SCHEME},
	    {"config", required_argument, NULL, OPT_CONFIG},
	    {"layout", required_argument, NULL, OPT_LAYOUT},
	    {"guideline", required_argument, NULL, OPT_GUIDELINE},
	    {"print-keys-man", no_argument, NULL, OPT_KEYS_MAN},
	    {"help", no_argument, NULL, 'h'},
	    {0},
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", longs, NULL)) != -1) {
		switch (c) {
		case OPT_THEME:
			o->theme = optarg;
			break;
		case OPT_NO_MOUSE:
			o->no_mouse = 1;
			break;
		case OPT_TAGS:
			if (!o->tags)
				o->tags = optarg;
			else if (o->nothers < TT_UI_MAX_TAGS)
				o->others[o->nothers++] = optarg;
			else
				return tt_usage_error(NULL, "at most %d --tags",
				                      TT_UI_MAX_TAGS + 1);
			break;
		case OPT_ANNOTATOR:
			o->annotator = optarg;
			break;
		case OPT_SCHEME:
			o->scheme = optarg;
			break;
		case OPT_CONFIG:
			o->config = optarg;
			break;
		case OPT_LAYOUT:
			if (strcmp(optarg, "auto") && strcmp(optarg, "wide") &&
			    strcmp(optarg, "tall"))
				return tt_usage_error(NULL, "--layout takes auto, wide or tall");
			o->layout = optarg;
			break;
		case OPT_GUIDELINE:
			o->guideline = optarg;
			break;
		case OPT_KEYS_MAN:
			tt_ui_print_keys_man(stdout);
			return -1;
		case 'h':
			tt_ui_usage(stdout);
			return -1;
		default:
			return tt_usage_error(NULL, "unknown option or missing argument: %s",
			                      argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return tt_usage_error(NULL, "%s",
		                      optind >= argc ? "which thread? give a THREAD file"
		                                     : "one THREAD at a time");
	*path = argv[optind];
	return 0;
}

void tt_ui_print_keys_man(FILE *f)
{
	ui_print_keys_man(f);
}

static void print_error(const tt_error *e)
{
	tt_error_print(e);
}

static void quiet_report(const tt_error *e)
{
	(void)e;
}

/* The user's keys and theme (--theme, else the config's) for the fetching
 * and loading screens. Problems are reported once, when the viewer's session reads them. */
static struct ui_theme *fetching_setup(const struct ui_opts *o)
{
	tt_config c;
	tt_config_defaults(&c);
	int have = tt_config_load(&c, o->config, NULL) == 0;
	ui_keymap_defaults();
	if (have)
		ui_keymap_apply(&c, quiet_report);
	const char *theme = o->theme ? o->theme : have ? c.theme : NULL;
	struct ui_theme *th = ui_theme_open(theme, quiet_report);
	tt_config_free(&c);
	return th;
}

/* Fetches a thread from its address (Ctrl-C stops it); NULL + *rc on failure.
 * A thread in the cache opens at once; otherwise, on a terminal, the screen
 * opens first and shows the fetch (fetching.c). The note for the status line
 * says where it came from. */
static tt_thread *open_url(const char *url, const struct ui_opts *o, struct tt_fetch_result *res,
                           char *note, size_t notelen, int *rc)
{
	struct tt_fetch_opts fo = {0}, cached = {.offline = 1, .quiet = 1};
	tt_error err;
	tt_thread *t = NULL;
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		t = tt_fetch_thread(url, &cached, res, &err);
		if (!t) {
			struct ui_theme *th = fetching_setup(o);
			t = ui_fetching_run(url, th, res, rc);
			ui_theme_close(th);
			if (!t)
				return NULL;
		}
	} else {
		tt_http_catch_sigint();
		t = tt_fetch_thread(url, &fo, res, &err);
		signal(SIGINT, SIG_DFL); /* the viewer sets up its own handling */
	}
	if (!t) {
		tt_error_print(&err);
		*rc = res->code;
		return NULL;
	}
	char age[64] = "";
	if (res->cached)
		tt_fetchcli_age(res->fetched, age, sizeof age);
	snprintf(note, notelen, "%zu comments %s%s", t->ncomments,
	         res->cached ? "from the cache, fetched " : "fetched now", age);
	return t;
}

/* The comment a URL pointed at wins over the remembered position. */
static void select_pointed(struct view *v, const char *id)
{
	tt_comment *c = *id ? tt_thread_find(v->t, id) : NULL;
	if (c)
		v->sel = v->top = c;
}

/* What the viewer shows after an update, or why it could not update. */
struct note {
	char text[200];
	int error;
};

/* The update key's fetch, made while the viewer is still on screen (news.c
 * shows its progress); update_thread takes the result. */
struct fetched {
	const tt_thread *t; /* the thread to update */
	int done;
	tt_thread *u;
	struct tt_merge_stats st;
	struct tt_fetch_result res;
	tt_error err;
};

static void fetch_update(void *ctx)
{
	struct fetched *f = ctx;
	struct sigaction was; /* the viewer's own handler, when on screen */
	sigaction(SIGINT, NULL, &was);
	tt_http_catch_sigint(); /* Ctrl-C stops the fetch, not the viewer */
	f->u = tt_fetch_update(f->t, &f->st, &f->res, &f->err);
	sigaction(SIGINT, &was, NULL);
	tt_http_stop = 0;
	f->done = 1;
}

/* The update key: fetch again (unless done on screen), merge, and save over
 * the thread file it came from (a thread opened by URL lives in the cache).
 * NULL when it failed. */
static tt_thread *update_thread(struct fetched *f, const char *file, struct note *n)
{
	if (!f->done)
		fetch_update(f);
	f->done = 0;
	tt_thread *u = f->u;
	struct tt_merge_stats st = f->st;
	tt_error err = f->err;
	n->error = !u;
	if (!u) {
		/* Cut between characters: a cut inside one would show as U+FFFD. */
		snprintf(n->text, sizeof n->text, "update failed: %.*s",
		         (int)tt_utf8_cut(err.msg, strlen(err.msg), 180), err.msg);
		return NULL;
	}
	free(st.edited_ids);
	if (file && tt_thread_save(u, file) < 0) {
		snprintf(n->text, sizeof n->text, "updated, but %s was not saved: %s", file,
		         strerror(errno));
		n->error = 1;
		return u;
	}
	snprintf(n->text, sizeof n->text, "updated: %zu new, %zu edited, %zu deleted%s", st.added,
	         st.edited, st.deleted, st.edited ? " (tags on [edited] comments: review)" : "");
	return u;
}

/* One run of the viewer on t; sets *again when the update key ended it. */
static int view_once(tt_thread *t, const struct ui_opts *o, const char *since, const char *select,
                     const struct note *n, char **sel_out, int *again)
{
	struct view v;
	struct ui_session s;
	view_init(&v, t);
	v.since = since;
	v.replay = o->replay; /* carried out once the store is open: a tag shown is on disk */
	v.nreplay = o->nreplay;
	ui_keymap_defaults();
	int rc = ui_session_open(&s, &v,
	                         &(struct ui_session_opts){.theme = o->theme,
	                                                   .tags = o->tags,
	                                                   .annotator = o->annotator,
	                                                   .scheme = o->scheme,
	                                                   .target = o->target,
	                                                   .guideline = o->guideline,
	                                                   .config = o->config,
	                                                   .layout = o->layout,
	                                                   .no_mouse = o->no_mouse},
	                         print_error);
	if (rc == 0 && o->project)
		review_attach(&v, o->project, o->annotator);
	else if (rc == 0 && o->nothers)
		rc = review_attach_stores(&v, o->others, o->nothers, print_error);
	select_pointed(&v, select);
	if (n->text[0])
		view_message(&v, n->error, "%s", n->text);
	if (rc == 0) {
		s.ran = 1;
		rc = ui_run(&v, s.theme, 0);
	}
	rc = ui_session_close(&s, &v, rc, print_error);
	*again = rc == 0 && v.want_update;
	*sel_out = *again && v.sel ? tt_xstrdup(v.sel->id) : NULL;
	view_free(&v);
	return rc;
}

/* ---- the thread list of a project: `threadtag DIR` ---- */

/* Who tags: --annotator, else the config's annotator, else the login name.
 * NULL after a message (64) when the name cannot be a folder under tags/. */
static char *list_annotator(const struct ui_opts *o)
{
	char *name = NULL;
	const char *why = NULL;
	if (o->annotator) {
		name = tt_xstrdup(o->annotator);
	} else if (o->config) {
		tt_config c;
		tt_config_defaults(&c);
		if (tt_config_load(&c, o->config, NULL) == 0 && c.annotator && *c.annotator)
			name = tt_xstrdup(c.annotator);
		tt_config_free(&c);
	}
	if (!name)
		name = tt_tagstore_annotator_default();
	if (!tt_project_annotator_ok(name, &why)) {
		tt_usage_error(NULL, "annotator \"%s\" cannot name a folder under tags/: %s",
		               tt_text_safe(name), why);
		free(name);
		return NULL;
	}
	return name;
}

/* The options a thread opened from the list is viewed with: the annotator's
 * store in the project and the project's scheme. */
static struct ui_opts list_thread_opts(const struct projlist *l, const struct ui_opts *o,
                                       const char *store)
{
	struct ui_opts t = *o;
	t.tags = store;
	t.annotator = l->annotator;
	t.project = l->p;
	if (l->p->scheme)
		t.scheme = l->p->scheme;
	t.target = l->p->target;
	if (l->p->guideline)
		t.guideline = l->p->guideline;
	return t;
}

/* Views thread i of the list on the terminal until it is quit. */
static int list_view_thread(const struct projlist *l, size_t i, const struct ui_opts *o)
{
	tt_error err;
	int eno = 0, again = 0;
	char *store = projlist_store(l, i), *sel = NULL;
	tt_thread *t = store ? tt_thread_load(l->p->threads[i], &err, &eno) : NULL;
	if (!t) {
		free(store);
		return 0; /* the list shows it did not load */
	}
	struct ui_opts to = list_thread_opts(l, o, store);
	char *since = t->id ? tt_state_position_time(t->id) : NULL;
	struct note n = {0};
	int rc = view_once(t, &to, since, "", &n, &sel, &again);
	free(sel);
	free(since);
	free(store);
	tt_thread_free(t);
	return rc;
}

/* The list's terminal modes, as the viewer's (ui_screen_setup). */
static void list_modes(void)
{
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	wtimeout(stdscr, 500); /* reads return now and then, so a signal is seen */
}

/* The list on the terminal until a key opens a thread or quits: PL_OPEN,
 * PL_QUIT, or an exit code (> 0: no terminal, 128 + a signal) in *rc. The
 * screen is closed on return, so a thread's viewer gets the terminal whole. */
static enum pl_result list_screen(struct projlist *l, const struct ui_theme *theme, int *rc)
{
	SCREEN *sc = newterm(NULL, stdout, stdin);
	enum pl_result r = PL_REDRAW;
	if (!sc) {
		fprintf(stderr, "threadtag: cannot use this terminal (TERM=%s)\n",
		        getenv("TERM") ? getenv("TERM") : "");
		*rc = EX_UNAVAILABLE;
		return PL_QUIT;
	}
	set_term(sc);
	ui_loop_begin();
	ui_colors_setup(theme, 0);
	list_modes();
	while (r != PL_QUIT && r != PL_OPEN) {
		wint_t ch;
		if (r != PL_NONE)
			projlist_draw(l, stdscr);
		wrefresh(stdscr);
		int got = wget_wch(stdscr, &ch);
		if (ui_loop_signal()) {
			*rc = 128 + ui_loop_signal();
			break;
		}
		/* ERR: an idle tick */
		r = got == ERR ? PL_NONE
		               : projlist_key(l, got == KEY_CODE_YES ? -(int)ch : (ui_key)ch);
	}
	endwin();
	delscreen(sc);
	return *rc ? PL_QUIT : r;
}

/* The list, and the threads opened from it: each comes back to the list at
 * the same place with fresh progress. */
static int list_run(struct projlist *l, const struct ui_opts *o)
{
	struct ui_theme *theme = ui_theme_open(o->theme, print_error);
	int rc = 0;
	while (rc == 0 && list_screen(l, theme, &rc) == PL_OPEN) {
		rc = list_view_thread(l, projlist_selected(l), o);
		if (rc == 0)
			rc = projlist_reload(l);
	}
	ui_theme_close(theme);
	return rc;
}

static int list_main(const char *dir, const struct ui_opts *o)
{
	struct projlist l;
	if (o->tags)
		return tt_usage_error(NULL, "--tags does not go with a project: each thread's "
		                            "store is DIR/tags/ANNOTATOR/THREAD-ID.yaml");
	char *who = list_annotator(o);
	if (!who)
		return EX_USAGE;
	int rc = projlist_open(&l, dir, who);
	free(who);
	if (rc == 0)
		rc = ui_terminal_check();
	if (rc == 0) {
		/* The user's keys and theme hold in the list too; a bad config is
		 * reported when a thread opens (ui_session_open), as for one thread. */
		tt_config c;
		tt_config_defaults(&c);
		int have = tt_config_load(&c, o->config, NULL) == 0;
		struct ui_opts lo = *o;
		ui_keymap_defaults();
		if (have) {
			ui_keymap_apply(&c, print_error);
			if (!lo.theme)
				lo.theme = c.theme;
		}
		rc = list_run(&l, &lo);
		tt_config_free(&c);
	}
	projlist_free(&l);
	return rc;
}

int tt_ui_main(int argc, char **argv)
{
	struct ui_opts o = {0};
	const char *path = NULL;
	tt_error err;
	int eno = 0, rc;
	tt_thread *t;

	set_locale();
	rc = parse(argc, argv, &o, &path);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (tt_project_is(path))
		return list_main(path, &o);
	struct tt_fetch_result fres = {0};
	struct note n = {0};
	int is_url = tt_url_is_url(path);
	if (is_url) {
		t = open_url(path, &o, &fres, n.text, sizeof n.text, &rc);
		if (!t)
			return rc;
	} else if (ui_loading_wanted(path)) { /* a big file: the screen first (loading.c) */
		struct ui_theme *th = fetching_setup(&o);
		t = ui_loading_run(path, th, &rc, &o.replay, &o.nreplay);
		ui_theme_close(th);
		if (!t)
			return rc;
	} else {
		t = tt_open_any(path, NULL, &err, &eno); /* a thread file, or a page/JSON */
	}
	if (!t) {
		tt_error_print(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	rc = ui_terminal_check();
	if (rc) {
		free(o.replay);
		tt_thread_free(t);
		return rc;
	}
	/* "New" means added by an update after the thread was last left. */
	char *since = t->id ? tt_state_position_time(t->id) : NULL;
	char *select = tt_xstrdup(fres.selected);
	for (int again = 1; again;) {
		char *sel = NULL;
		struct fetched f = {.t = t};
		ui_news_set_updater(fetch_update, &f);
		rc = view_once(t, &o, since, select, &n, &sel, &again);
		ui_news_set_updater(NULL, NULL);
		free(o.replay); /* the keys typed during the load belong to the first view */
		o.replay = NULL;
		o.nreplay = 0;
		free(select);
		select = sel ? sel : tt_xstrdup("");
		tt_thread *u = again ? update_thread(&f, is_url ? NULL : path, &n) : NULL;
		if (!again && f.done && f.u) { /* fetched, but the viewer did not end well */
			free(f.st.edited_ids);
			tt_thread_free(f.u);
		}
		if (u) {
			tt_thread_free(t);
			t = u;
		}
	}
	free(select);
	free(since);
	tt_thread_free(t);
	return rc;
}

ui_key *ui_keys_parse(const char *keys, size_t *n)
{
	char *save = NULL, *copy = tt_xstrdup(keys ? keys : "");
	ui_key *list = tt_xmalloc((strlen(copy) / 2 + 1) * sizeof *list);

	*n = 0;
	for (char *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		ui_key k = !strcmp(tok, "<Resize>") ? -KEY_RESIZE : ui_key_parse(tok);
		if (!k) {
			free(list);
			list = NULL;
			break;
		}
		list[(*n)++] = k;
	}
	free(copy);
	return list;
}

int tt_ui_headless(tt_thread *t, int rows, int cols, const char *keys, char **screen)
{
	struct view v;
	size_t n;
	ui_key *list = ui_keys_parse(keys, &n);
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *sc = list && out && in ? newterm("xterm-256color", out, in) : NULL;

	if (!sc) {
		free(list);
		if (out)
			fclose(out);
		if (in)
			fclose(in);
		return -1;
	}
	set_term(sc);
	resizeterm(rows, cols);
	ui_colors_setup(NULL, 0);
	view_init(&v, t);
	v.mouse = 0;
	ui_keymap_defaults();
	ui_screen_setup(&v);
	ui_draw_all(&v, stdscr);
	for (size_t i = 0; i < n; i++) {
		if (ui_apply_key(&v, list[i], NULL) & RD_QUIT)
			break;
		ui_draw_all(&v, stdscr);
	}
	if (screen)
		*screen = ui_screen_text(stdscr);
	view_free(&v);
	endwin();
	delscreen(sc);
	fclose(out);
	fclose(in);
	free(list);
	return 0;
}

/* A thread opened from the list in a headless run: its view and session. */
struct list_thread {
	tt_thread *t;
	struct view v;
	struct ui_session s;
	char *store;
	int open;
};

static int headless_open(struct list_thread *lt, const struct projlist *l, const char *config)
{
	tt_error err;
	size_t i = projlist_selected(l);
	lt->store = projlist_store(l, i);
	lt->t = lt->store ? tt_thread_load(l->p->threads[i], &err, NULL) : NULL;
	if (!lt->t) {
		free(lt->store);
		return 0;
	}
	view_init(&lt->v, lt->t);
	lt->v.mouse = 0;
	ui_keymap_defaults();
	struct ui_opts o = {.config = config};
	struct ui_opts to = list_thread_opts(l, &o, lt->store);
	int rc = ui_session_open(&lt->s, &lt->v,
	                         &(struct ui_session_opts){.tags = to.tags,
	                                                   .annotator = to.annotator,
	                                                   .scheme = to.scheme,
	                                                   .config = to.config,
	                                                   .no_mouse = 1},
	                         print_error);
	if (rc == 0)
		review_attach(&lt->v, l->p, l->annotator);
	tags_set_headless(&lt->v);
	lt->s.ran = 1;
	lt->open = 1;
	ui_screen_setup(&lt->v);
	return rc;
}

static int headless_close(struct list_thread *lt, struct projlist *l)
{
	int rc = ui_session_close(&lt->s, &lt->v, 0, print_error);
	view_free(&lt->v);
	tt_thread_free(lt->t);
	free(lt->store);
	memset(lt, 0, sizeof *lt);
	return rc ? rc : projlist_reload(l);
}

/* One key to whichever has the screen: the list or a thread opened from it. */
static int headless_list_key(struct projlist *l, struct list_thread *lt, ui_key k,
                             const char *config)
{
	int rc = 0;
	if (lt->open) {
		if (ui_apply_key(&lt->v, k, NULL) & RD_QUIT)
			rc = headless_close(lt, l);
	} else {
		enum pl_result r = projlist_key(l, k);
		if (r == PL_OPEN)
			rc = headless_open(lt, l, config);
		else if (r == PL_QUIT)
			rc = -1;
	}
	if (lt->open)
		ui_draw_all(&lt->v, stdscr);
	else
		projlist_draw(l, stdscr);
	return rc;
}

int tt_ui_list_headless(const char *dir, const char *annotator, int rows, int cols,
                        const char *keys, char **screen)
{
	struct projlist l;
	struct list_thread lt = {0};
	size_t n;
	ui_key *list = ui_keys_parse(keys, &n);
	if (!list || projlist_open(&l, dir, annotator)) {
		free(list);
		return -1;
	}
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *sc = out && in ? newterm("xterm-256color", out, in) : NULL;
	int rc = sc ? 0 : -1;
	if (sc) {
		set_term(sc);
		resizeterm(rows, cols);
		ui_colors_setup(NULL, 0);
		ui_keymap_defaults();
		projlist_draw(&l, stdscr);
		for (size_t i = 0; i < n && rc == 0; i++)
			rc = headless_list_key(&l, &lt, list[i], NULL);
		if (screen)
			*screen = ui_screen_text(stdscr);
		if (lt.open)
			headless_close(&lt, &l);
		endwin();
		delscreen(sc);
		rc = rc > 0 ? rc : 0;
	}
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	projlist_free(&l);
	free(list);
	return rc;
}
