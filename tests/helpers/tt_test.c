/* tt_test: helpers shared by the cmocka tests (paths, running the binary). */
#include "tt_test.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

extern char **environ;

char *tt_test_src(const char *rel)
{
	const char *root = getenv("TT_SRCDIR");
	return tt_xasprintf("%s/%s", root ? root : ".", rel);
}

/* The folders tt_test_tmpdir made, removed when the test program exits. */
static char **made;
static size_t nmade;

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

static void remove_made(void)
{
	for (size_t i = 0; i < nmade; i++) {
		nftw(made[i], remove_one, 16, FTW_DEPTH | FTW_PHYS);
		free(made[i]);
	}
	free(made);
	made = NULL;
	nmade = 0;
}

char *tt_test_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *tmpl = tt_xasprintf("%s/threadtag-test-XXXXXX", base ? base : "/tmp");
	if (!mkdtemp(tmpl)) {
		fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
		abort();
	}
	if (!made)
		atexit(remove_made);
	made = tt_xrealloc(made, (nmade + 1) * sizeof *made);
	made[nmade++] = tt_xstrdup(tmpl);
	return tmpl;
}

char *tt_test_slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	tt_buf b = {0};
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		tt_buf_add(&b, chunk, n);
	fclose(f);
	tt_buf_add(&b, NULL, 0);
	return b.data;
}

void tt_test_write(const char *path, const char *data)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(data, 1, strlen(data), f);
	fclose(f);
}

/* Pumps stdin/stdout/stderr without deadlock until the child closes both outputs. */
static void pump(int in, const char *data, int outfd, int errfd, tt_buf *out, tt_buf *err)
{
	size_t off = 0, len = data ? strlen(data) : 0;
	if (in >= 0 && len == 0) {
		close(in);
		in = -1;
	}
	while (outfd >= 0 || errfd >= 0) {
		struct pollfd p[3] = {{outfd, POLLIN, 0}, {errfd, POLLIN, 0}, {in, POLLOUT, 0}};
		if (poll(p, 3, -1) < 0 && errno != EINTR)
			break;
		char chunk[8192];
		for (int i = 0; i < 2; i++) {
			int *fd = i ? &errfd : &outfd;
			if (*fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			ssize_t n = read(*fd, chunk, sizeof chunk);
			if (n > 0) {
				tt_buf_add(i ? err : out, chunk, (size_t)n);
			} else {
				close(*fd);
				*fd = -1;
			}
		}
		if (in >= 0 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t n = write(in, data + off, len - off);
			if (n > 0)
				off += (size_t)n;
			if (n <= 0 || off == len) {
				close(in);
				in = -1;
			}
		}
	}
	if (in >= 0)
		close(in);
}

int tt_test_run(const char *const *args, const char *stdin_data, char **out, char **err)
{
	const char *bin = getenv("TT_BIN");
	if (!bin)
		bin = "build/threadtag";
	size_t n = 0;
	while (args[n])
		n++;
	char **argv = tt_xcalloc(n + 2, sizeof *argv);
	argv[0] = (char *)bin;
	for (size_t i = 0; i < n; i++)
		argv[i + 1] = (char *)args[i];
	int pin[2], pout[2], perr[2];
	if (pipe(pin) || pipe(pout) || pipe(perr))
		abort();
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pin[0], 0);
	posix_spawn_file_actions_adddup2(&fa, pout[1], 1);
	posix_spawn_file_actions_adddup2(&fa, perr[1], 2);
	int fds[] = {pin[0], pin[1], pout[0], pout[1], perr[0], perr[1]};
	for (int i = 0; i < 6; i++)
		posix_spawn_file_actions_addclose(&fa, fds[i]);
	pid_t pid;
	int rc = posix_spawn(&pid, bin, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	free(argv);
	close(pin[0]);
	close(pout[1]);
	close(perr[1]);
	if (rc != 0) {
		fprintf(stderr, "cannot run %s: %s\n", bin, strerror(rc));
		abort();
	}
	signal(SIGPIPE, SIG_IGN);
	tt_buf ob = {0}, eb = {0};
	pump(pin[1], stdin_data, pout[0], perr[0], &ob, &eb);
	tt_buf_add(&ob, NULL, 0);
	tt_buf_add(&eb, NULL, 0);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (out)
		*out = ob.data;
	else
		free(ob.data);
	if (err)
		*err = eb.data;
	else
		free(eb.data);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

tt_thread *tt_test_import(const char *rel, tt_error *err)
{
	char *p = tt_test_src(rel);
	int eno;
	tt_thread *t = tt_import_file(p, NULL, err, &eno);
	free(p);
	return t;
}

tt_thread *tt_test_must_import(const char *rel)
{
	tt_error err;
	tt_thread *t = tt_test_import(rel, &err);
	if (!t)
		tt_error_print(&err);
	assert_non_null(t);
	return t;
}

void tt_test_assert_round_trip(const tt_thread *t)
{
	size_t len;
	char *a = tt_thread_to_yaml(t, &len);
	tt_error err;
	tt_thread *u = tt_thread_load_mem("again", a, len, &err);
	assert_non_null(u);
	char *b = tt_thread_to_yaml(u, NULL);
	assert_string_equal(a, b);
	free(a);
	free(b);
	tt_thread_free(u);
}

tt_thread *tt_test_project_thread(const char *dir, const char *file)
{
	char *path = tt_xasprintf("%s/threads/%s", dir, file);
	tt_error err;
	tt_thread *t = tt_thread_load(path, &err, NULL);
	if (!t)
		tt_error_print(&err);
	free(path);
	assert_non_null(t);
	return t;
}

tt_tagstore *tt_test_project_store(const char *dir, const char *who, const tt_thread *t,
                                   int readonly)
{
	char *folder = tt_xasprintf("%s/tags/%s", dir, who);
	char *path = tt_xasprintf("%s/%s.yaml", folder, t->id);
	mkdir(folder, 0755);
	tt_tagstore_opts o = {.path = path, .annotator = who, .readonly = readonly};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(t, &o, &err, NULL);
	if (!s)
		tt_error_print(&err);
	free(folder);
	free(path);
	assert_non_null(s);
	return s;
}

void tt_test_project_tag(const char *dir, const tt_thread *t, const char *who,
                         const char *item, const char *dim, const char *value)
{
	tt_tagstore *s = tt_test_project_store(dir, who, t, 0);
	tt_error err;
	assert_int_equal(tt_tagstore_set_value(s, item, dim, value, &err), 0);
	assert_int_equal(tt_tagstore_close(s, &err), 0);
}
