/* test_ui_loadkeys: keys typed on the loading screen wait in order and are carried out once the thread is loaded. */
#include "tt_test.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../ui/app.h"
#include "../ui/loading.h"
#include "../ui/waitscreen.h"

/* A thread whose load the progress hook holds back for LOAD_MS: COMMENTS/4
 * top-level comments with three replies each, so in tree order the comments
 * are c0, c0-0, c0-1, c0-2, c1, ... */
enum { COMMENTS = 8000, LOAD_MS = 1500 };
static char *thread_path;

static int setup(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	size_t n = strlen(dir) + 32;
	thread_path = malloc(n);
	snprintf(thread_path, n, "%s/big.yaml", dir);
	free(dir);
	FILE *f = fopen(thread_path, "w");
	if (!f)
		return -1;
	fputs("threadtag: 1\narticle:\n  title: Keys while loading\n  body:\n  - The article.\n"
	      "comments:\n",
	      f);
	for (int i = 0; i < COMMENTS / 4; i++) {
		fprintf(f, "- id: c%d\n  author: top%d\n  body:\n  - Comment c%d says a few words.\n"
		           "  replies:\n",
		        i, i, i);
		for (int j = 0; j < 3; j++)
			fprintf(f, "  - id: c%d-%d\n    author: reply%d\n    body:\n    - A reply.\n", i,
			        j, j);
	}
	return fclose(f) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	free(thread_path);
	return 0;
}

/* What the child saw: the load's exit code, the keys kept, and after the
 * viewer ran on the thread with them, the selected comment. */
struct outcome {
	int loaded, rc;
	size_t nkeys;
	char sel[64];
};

/* The child, on the pseudo-terminal: the loading screen, then the viewer on
 * the thread with the kept keys, until the parent types q. Reports on fd. */
static void child(int fd)
{
	size_t n = 0;
	ui_key *keys = NULL;
	int rc = 0;
	setlocale(LC_ALL, "C.UTF-8");
	setenv("TERM", "xterm-256color", 1);
	char delay[16];
	snprintf(delay, sizeof delay, "%d", LOAD_MS);
	setenv("THREADTAG_TEST_LOAD_DELAY_MS", delay, 1);
	ui_keymap_defaults();
	tt_thread *t = ui_loading_run(thread_path, NULL, &rc, &keys, &n);
	dprintf(fd, "loaded=%d rc=%d nkeys=%zu\n", t != NULL, rc, n);
	if (t) {
		struct view v;
		view_init(&v, t);
		v.mouse = 0;
		v.replay = keys;
		v.nreplay = n;
		ui_run(&v, NULL, 0);
		dprintf(fd, "sel=%s replayed=%zu\n", v.sel ? v.sel->id : "-", v.ireplay);
		view_free(&v);
		tt_thread_free(t);
	}
	free(keys);
	close(fd);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs the child on a pseudo-terminal: types during once the loading screen
 * is up, then q once the load has ended (the viewer reads it after the kept
 * keys); returns what the child reported. */
static struct outcome run(const char *during)
{
	struct outcome o = {0};
	int p[2];
	assert_int_equal(pipe(p), 0);
	struct winsize ws = {.ws_row = 30, .ws_col = 100};
	int master;
	char *cache = tt_test_tmpdir(); /* no index: every run loads the file */
	fflush(NULL);
	pid_t pid = forkpty(&master, NULL, NULL, &ws);
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		setenv("XDG_CACHE_HOME", cache, 1);
		child(p[1]);
		_exit(0);
	}
	close(p[1]);
	free(cache);
	char out[4096], rep[512] = "";
	size_t nrep = 0, seen = 0;
	int typed = 0, quit = 0, open = 1;
	const char *mark = "LOADING"; /* the loading screen's status line is up */
	double deadline = now_s() + 120;
	while (open && now_s() < deadline) {
		struct pollfd fds[2] = {{master, POLLIN, 0}, {p[0], POLLIN, 0}};
		if (poll(fds, 2, 100) < 0 && errno != EINTR)
			break;
		if (fds[0].revents & (POLLIN | POLLHUP)) {
			ssize_t got = read(master, out, sizeof out);
			for (ssize_t i = 0; i < got && mark[seen]; i++) /* the mark, even split over reads */
				seen = out[i] == mark[seen] ? seen + 1 : out[i] == mark[0];
			if (!typed && mark[seen] == '\0') {
				assert_int_equal(write(master, during, strlen(during)), (ssize_t)strlen(during));
				typed = 1;
			}
		}
		if (fds[1].revents & (POLLIN | POLLHUP)) {
			ssize_t got = read(p[0], rep + nrep, sizeof rep - 1 - nrep);
			if (got <= 0)
				open = 0;
			else
				nrep += (size_t)got;
			rep[nrep] = '\0';
		}
		if (!quit && strstr(rep, "loaded=1")) {
			assert_int_equal(write(master, "q", 1), 1);
			quit = 1;
		}
	}
	if (open)
		kill(pid, SIGKILL);
	int status;
	waitpid(pid, &status, 0);
	close(master);
	close(p[0]);
	if (!typed)
		fprintf(stderr, "child said: %s\n", rep);
	assert_false(open); /* the child ended in time */
	assert_true(typed);
	assert_int_equal(sscanf(rep, "loaded=%d rc=%d nkeys=%zu", &o.loaded, &o.rc, &o.nkeys), 3);
	const char *s = strstr(rep, "sel=");
	if (s)
		sscanf(s, "sel=%63s", o.sel);
	return o;
}

/* j j j typed while it loads: kept, then carried out: the 4th comment. */
static void test_moves_wait_then_act(void **state)
{
	(void)state;
	struct outcome o = run("jjj");
	assert_int_equal(o.loaded, 1);
	assert_int_equal(o.nkeys, 3);
	assert_string_equal(o.sel, "c0-2");
}

/* The keys' order holds: down twice, up once is the 2nd comment. */
static void test_order_kept(void **state)
{
	(void)state;
	struct outcome o = run("jjk");
	assert_int_equal(o.nkeys, 3);
	assert_string_equal(o.sel, "c0-0");
}

/* ? and the help's own keys act during the load and are not kept; q in the
 * help closes it, not the program. */
static void test_help_not_kept(void **state)
{
	(void)state;
	struct outcome o = run("?qj");
	assert_int_equal(o.loaded, 1);
	assert_int_equal(o.nkeys, 1);
	assert_string_equal(o.sel, "c0-0");
}

/* q stops the load at once and drops what waited: no thread, exit 0. */
static void test_quit_drops_keys(void **state)
{
	(void)state;
	struct outcome o = run("jj1q");
	assert_int_equal(o.loaded, 0);
	assert_int_equal(o.rc, 0);
	assert_int_equal(o.nkeys, 0);
	assert_string_equal(o.sel, "");
}

/* Past UI_WAIT_KEYS the keys are dropped, the first ones kept and done. */
static void test_bounded(void **state)
{
	(void)state;
	char keys[UI_WAIT_KEYS + 45];
	memset(keys, 'j', sizeof keys - 1);
	keys[sizeof keys - 1] = '\0';
	struct outcome o = run(keys);
	assert_int_equal(o.nkeys, UI_WAIT_KEYS);
	/* 256 moves down from c0: the 257th comment, c64 (4 comments a group). */
	assert_string_equal(o.sel, "c64");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_moves_wait_then_act), cmocka_unit_test(test_order_kept),
	    cmocka_unit_test(test_help_not_kept),       cmocka_unit_test(test_quit_drops_keys),
	    cmocka_unit_test(test_bounded),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
