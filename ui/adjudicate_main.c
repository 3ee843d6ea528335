/* adjudicate_main: `threadtag adjudicate DIR|THREAD --tags A --tags B...`, thread after thread. */
#include "threadtag/ui.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "adjudicate.h"
#include "app.h"
#include "threadtag/adjudicate.h"
#include "threadtag/fsutil.h"
#include "threadtag/tagcli.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

struct adj_opts {
	const char *out, *scheme, *theme, *config, *layout;
	int no_mouse;
};

/* Where the keys come from: the terminal, or a list (the headless run). */
struct adj_keys {
	int headless;
	ui_key *list;
	size_t n, next;
	char **screen; /* the headless run's last screen */
};

static void print_error(const tt_error *e)
{
	tt_error_print(e);
}

static void adj_help(void)
{
	printf(
	    "usage: threadtag adjudicate DIR [OPTIONS]\n"
	    "       threadtag adjudicate THREAD --tags A --tags B... [-o STORE] [OPTIONS]\n\n"
	    "Decide the comments the annotators disagree on (then those only one of them\n"
	    "coded) into the gold store, in the viewer: every annotator's values, state,\n"
	    "reason and note beside the comment in its thread; a then an annotator's\n"
	    "number accepts their values, the value keys set another, i adds a note,\n"
	    "= and - go to the next or previous comment left, ) and ( to the next or\n"
	    "previous thread of a project. Comments already in the gold store (by\n"
	    "`threadtag gold --rule` or an earlier session) are not asked again.\n\n"
	    "The gold store: DIR/tags/gold/THREAD-ID.yaml in a project; else -o STORE,\n"
	    "by default the store of annotator 'gold' that `threadtag gold` writes.\n\n"
	    "  -o, --output STORE  the gold store (a thread outside a project)\n"
	    "  --scheme FILE       the scheme to decide with (a thread outside a project)\n"
	    "  --theme NAME|FILE, --config FILE, --layout MODE, --no-mouse  as for the viewer\n\n"
	    "Exit 0, 64 bad usage, 65 a bad project or store, 66 a missing store, thread,\n"
	    "project or annotator folder, 75 the gold store is open in another viewer.\n");
}

/* Applies listed keys to v until one quits or the list ends (which quits). */
static int run_keys(struct adj_keys *K, struct view *v)
{
	ui_screen_setup(v);
	ui_draw_all(v, stdscr);
	while (K->next < K->n)
		if (ui_apply_key(v, K->list[K->next++], NULL) & RD_QUIT)
			break;
		else
			ui_draw_all(v, stdscr);
	if (K->screen) {
		ui_draw_all(v, stdscr);
		free(*K->screen);
		*K->screen = ui_screen_text(stdscr);
	}
	return 0;
}

/* The folder a store goes in, made when missing. */
static void make_parent(const char *path)
{
	char *dir = tt_xstrdup(path), *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		tt_mkdirs(dir);
	}
	free(dir);
}

/* One thread in the viewer, its own store the gold store; *leave says where
 * to go next. Returns 0 or an exit code. */
static int adjudicate_thread(struct adj_keys *K, const struct adj_opts *o, tt_thread *t,
                             tt_adjud *A, const char *gold, size_t no, size_t n,
                             enum adjud_leave *leave)
{
	struct view v;
	struct ui_session s;

	*leave = ADJ_QUIT;
	make_parent(gold);
	view_init(&v, t);
	ui_keymap_defaults();
	int rc = ui_session_open(&s, &v,
	                         &(struct ui_session_opts){.theme = o->theme,
	                                                   .tags = gold,
	                                                   .annotator = TT_PROJECT_GOLD,
	                                                   .scheme = o->scheme,
	                                                   .config = o->config,
	                                                   .layout = o->layout,
	                                                   .no_mouse = o->no_mouse || K->headless},
	                         print_error);
	if (rc == 0 && (tags_readonly(&v) || !tags_store(&v))) {
		fprintf(stderr, "threadtag: %s: %s\n", tt_text_safe(gold),
		        tags_notice(&v) ? tt_text_safe(tags_notice(&v)) : "cannot be written");
		rc = EX_TEMPFAIL; /* another viewer writes it: decisions would be lost */
	}
	if (rc == 0)
		tt_adjud_build(A, tags_store(&v));
	if (rc == 0 && !A->nqueue && !n) { /* a lone thread (a project's come planned) */
		fprintf(stderr,
		        "threadtag adjudicate: nothing to adjudicate: every comment is "
		        "agreed or in the gold store %s\n",
		        tt_text_safe(gold));
	} else if (rc == 0) {
		adjud_attach(&v, A, no, n);
		s.ran = 1;
		if (K->headless) {
			v.mouse = 0;
			tags_set_headless(&v);
			rc = run_keys(K, &v);
		} else {
			rc = ui_run(&v, s.theme, 0);
		}
		*leave = adjud_leave(&v);
	}
	rc = ui_session_close(&s, &v, rc, print_error);
	view_free(&v);
	return rc;
}

/* ---- a project ---- */

/* Opens the project and refuses what cannot be adjudicated. NULL + *rc. */
static tt_project *open_project(const char *dir, int *rc)
{
	tt_error err;
	tt_project *p = tt_project_open(dir, &err, rc);
	tt_scheme *sc = p ? tt_project_scheme(p) : NULL;

	if (!p) {
		tt_error_print(&err);
		return NULL;
	}
	if (!sc || tt_project_scheme_check_all(p, sc)) {
		*rc = EX_DATAERR;
	} else if (p->nannotators < 2) {
		fprintf(stderr,
		        "threadtag: %s/tags: %s annotator folder%s%s%s: adjudication needs two or "
		        "more\n",
		        tt_text_safe(p->dir), p->nannotators ? "one" : "no",
		        p->nannotators ? " (" : "s",
		        p->nannotators ? tt_text_safe(p->annotators[0]) : "",
		        p->nannotators ? ")" : "");
		*rc = EX_NOINPUT;
	}
	tt_scheme_free(sc);
	if (*rc) {
		tt_project_free(p);
		return NULL;
	}
	return p;
}

/* Is anything left to decide in A's thread? Threads come round again, and
 * the gold store may have grown since the plan was made. */
static int anything_left(const tt_project *p, tt_adjud *A)
{
	int bad = 0;
	tt_tagstore *gold = tt_project_store_open(p, TT_PROJECT_GOLD, A->t, &bad);
	tt_adjud_build(A, gold);
	if (gold)
		tt_tagstore_close(gold, NULL);
	return A->nqueue > 0 || bad; /* a bad gold store: the viewer's open says what is wrong */
}

/* Thread j of the plan in the viewer, unless nothing is left in it. */
static int project_thread(struct adj_keys *K, const struct adj_opts *o, const tt_project *p,
                          const tt_adjud_thread *plan, size_t n, size_t j, enum adjud_leave *leave)
{
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_thread_load(p->threads[plan[j].index], &err, &eno);
	tt_adjud A;

	if (!t) {
		tt_error_print(&err);
		return EX_DATAERR;
	}
	int rc = tt_adjud_open_project(&A, p, t) ? EX_DATAERR : 0;
	char *gold = tt_project_store_path(p, TT_PROJECT_GOLD, t->id);
	struct adj_opts to = *o;
	to.scheme = p->scheme;
	if (rc == 0 && !anything_left(p, &A))
		*leave = ADJ_NOTHING_LEFT;
	else if (rc == 0)
		rc = adjudicate_thread(K, &to, t, &A, gold, j + 1, n, leave);
	free(gold);
	tt_adjud_free(&A);
	tt_thread_free(t);
	return rc;
}

static int adjudicate_project(struct adj_keys *K, const struct adj_opts *o, const char *dir)
{
	int rc = 0, bad = 0;
	tt_project *p = open_project(dir, &rc);
	size_t n = 0;

	if (!p)
		return rc;
	if (p->nthreads >= 50 && isatty(STDERR_FILENO)) /* seconds on a large project */
		fprintf(stderr, "threadtag adjudicate: reading %zu threads and their tags...\n",
		        p->nthreads);
	tt_adjud_thread *plan = tt_adjud_plan(p, &n, &bad);
	if (bad)
		rc = EX_DATAERR;
	else if (!n)
		fprintf(stderr,
		        "threadtag adjudicate: nothing to adjudicate in %s: every comment "
		        "is agreed or in the gold store\n",
		        tt_text_safe(p->dir));
	else if (!K->headless)
		rc = ui_terminal_check();
	/* Thread to thread, most left to decide first; ) and ( wrap around, past
	 * threads with nothing left, until a quit or a round with nothing left. */
	enum adjud_leave way = ADJ_NEXT_THREAD;
	size_t idle = 0;
	for (size_t j = 0; rc == 0 && idle < n;) {
		enum adjud_leave leave = ADJ_QUIT;
		rc = project_thread(K, o, p, plan, n, j, &leave);
		if (rc || leave == ADJ_QUIT)
			break;
		if (leave == ADJ_NOTHING_LEFT)
			idle++;
		else
			idle = 0, way = leave;
		j = (j + (way == ADJ_NEXT_THREAD ? 1 : n - 1)) % n;
	}
	if (rc == 0 && n && idle == n)
		fprintf(stderr, "threadtag adjudicate: every comment of %s is decided\n",
		        tt_text_safe(p->dir));
	free(plan);
	tt_project_free(p);
	return rc;
}

/* ---- a thread and stores given by hand ---- */

/* Is the gold store one of the annotators' stores? */
static int same_file(const char *a, const char *b)
{
	struct stat x, y;
	if (stat(a, &x) == 0 && stat(b, &y) == 0)
		return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
	return !strcmp(a, b);
}

static int adjudicate_stores(struct adj_keys *K, const struct adj_opts *o,
                             const tt_tagcli_args *cli)
{
	tt_thread *t = NULL;
	int rc = tt_tagcli_thread(cli->thread, &t);
	tt_adjud A = {.t = t, .n = cli->ntags};
	char *gold = NULL;

	if (rc)
		return rc;
	A.names = tt_xcalloc(A.n, sizeof *A.names);
	A.stores = tt_xcalloc(A.n, sizeof *A.stores);
	gold = o->out ? tt_xstrdup(o->out) : tt_tagstore_default_path(t->id, TT_PROJECT_GOLD);
	for (size_t i = 0; i < A.n && rc == 0; i++) {
		if (same_file(cli->tags[i], gold))
			rc = tt_usage_error("adjudicate",
			                    "the gold store %s is also an annotator's "
			                    "store: give another with -o",
			                    tt_text_safe(gold));
		else
			rc = tt_tagcli_store(t, cli->tags[i], NULL, NULL, 1, 1, &A.stores[i]);
		if (rc == 0)
			A.names[i] = tt_xstrdup(tt_tagstore_annotator(A.stores[i]));
	}
	if (rc == 0 && !K->headless)
		rc = ui_terminal_check();
	enum adjud_leave leave = ADJ_QUIT;
	if (rc == 0)
		rc = adjudicate_thread(K, o, t, &A, gold, 1, 0, &leave);
	free(gold);
	tt_adjud_free(&A);
	tt_thread_free(t);
	return rc;
}

/* ---- the command line ---- */

static int adjudicate(struct adj_keys *K, int argc, char **argv)
{
	struct adj_opts o = {0};
	const tt_tagcli_option opts[] = {
	    {"--output", &o.out, NULL},        {"-o", &o.out, NULL},
	    {"--scheme", &o.scheme, NULL},     {"--theme", &o.theme, NULL},
	    {"--config", &o.config, NULL},     {"--layout", &o.layout, NULL},
	    {"--no-mouse", NULL, &o.no_mouse}, {NULL, NULL, NULL}};
	tt_tagcli_args cli = {0};
	int rc = tt_tagcli_parse("adjudicate", argc, argv, opts, &cli);
	struct stat st;

	if (rc == TT_TAGCLI_HELP) {
		adj_help();
		rc = 0;
	} else if (rc == 0 && tt_project_is(cli.thread)) {
		rc = cli.ntags || o.out || o.scheme
		         ? tt_usage_error("adjudicate",
		                          "a project names its own stores (tags/NAME/, "
		                          "tags/gold/) and scheme: no --tags, -o or "
		                          "--scheme with a folder")
		         : adjudicate_project(K, &o, cli.thread);
	} else if (rc == 0 && stat(cli.thread, &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "threadtag: %s: not a project (no %s in it)\n",
		        tt_text_safe(cli.thread), TT_PROJECT_FILE);
		rc = EX_NOINPUT;
	} else if (rc == 0 && cli.ntags < 2) {
		rc = tt_usage_error("adjudicate", "a THREAD needs the annotators' stores: give two "
		                                  "or more --tags FILE (or a project folder)");
	} else if (rc == 0) {
		rc = adjudicate_stores(K, &o, &cli);
	}
	free(cli.tags);
	return rc;
}

int tt_ui_adjudicate_main(int argc, char **argv)
{
	struct adj_keys K = {0};
	return adjudicate(&K, argc, argv);
}

int tt_ui_adjudicate_headless(int argc, char **argv, int rows, int cols, const char *keys,
                              char **screen)
{
	struct adj_keys K = {.headless = 1, .screen = screen};
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *sc = out && in ? newterm("xterm-256color", out, in) : NULL;
	int rc = -1;

	if (screen)
		*screen = NULL;
	K.list = ui_keys_parse(keys, &K.n);
	if (sc && K.list) {
		set_term(sc);
		resizeterm(rows, cols);
		ui_colors_setup(NULL, 0);
		rc = adjudicate(&K, argc, argv);
	}
	if (sc) {
		endwin();
		delscreen(sc);
	}
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	free(K.list);
	return rc;
}
