/* test_fsutil: crash-safe writes keep devices, links and old contents intact; reads are bounded. */
#include "tt_test.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/fsutil.h"
#include "threadtag/xalloc.h"

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; d && (e = readdir(d));)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

static void test_replaces_whole_file_and_leaves_no_temp(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/out.yaml", dir);
	tt_test_write(path, "old contents that are longer than the new ones\n");
	assert_int_equal(tt_write_atomic(path, "new\n", 4), 0);
	char *got = tt_test_slurp(path);
	assert_string_equal(got, "new\n");
	assert_int_equal(count_entries(dir), 1);
	free(got);
	/* A folder that does not exist: an error, and nothing created. */
	char *bad = tt_xasprintf("%s/missing/out.yaml", dir);
	assert_int_equal(tt_write_atomic(bad, "x", 1), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(count_entries(dir), 1);
	free(bad);
	free(path);
	free(dir);
}

/* Writing to a FIFO (like -o /dev/null or a pipe) writes into it and never
 * renames a plain file over it. */
static void test_special_file_kept(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *fifo = tt_xasprintf("%s/pipe", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(fifo, O_RDONLY);
		char buf[16] = {0};
		ssize_t n = read(fd, buf, sizeof buf - 1);
		_exit(n == 5 && memcmp(buf, "hello", 5) == 0 ? 0 : 1);
	}
	assert_int_equal(tt_write_atomic(fifo, "hello", 5), 0);
	int status;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	struct stat st;
	assert_int_equal(lstat(fifo, &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	assert_int_equal(count_entries(dir), 1);
	free(fifo);
	free(dir);
}

/* A symbolic link stays a link; the file it points to is replaced. */
static void test_symlink_followed(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *target = tt_xasprintf("%s/real.yaml", dir);
	char *link = tt_xasprintf("%s/link.yaml", dir);
	tt_test_write(target, "old\n");
	assert_int_equal(symlink("real.yaml", link), 0);
	assert_int_equal(tt_write_atomic(link, "new\n", 4), 0);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	char *got = tt_test_slurp(target);
	assert_string_equal(got, "new\n");
	free(got);
	free(target);
	free(link);
	free(dir);
}

/* A link planted where the old code put its temp file (OUT.tmp.PID), and at
 * every name a guess could give, must not redirect the write. */
static void test_planted_temp_link_not_followed(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *victim = tt_xasprintf("%s/victim", dir);
	char *out = tt_xasprintf("%s/out.yaml", dir);
	char *trap = tt_xasprintf("%s.tmp.%ld", out, (long)getpid());
	tt_test_write(victim, "precious\n");
	assert_int_equal(symlink(victim, trap), 0);
	assert_int_equal(tt_write_atomic(out, "new\n", 4), 0);
	char *got = tt_test_slurp(victim);
	assert_string_equal(got, "precious\n");
	free(got);
	struct stat st;
	assert_int_equal(lstat(out, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	got = tt_test_slurp(out);
	assert_string_equal(got, "new\n");
	free(got);
	assert_int_equal(count_entries(dir), 3); /* victim, trap, out: no temp left */
	free(victim);
	free(out);
	free(trap);
	free(dir);
}

/* The rule for links given as the output: a live one is written through (see
 * test_symlink_followed), a dangling one is refused and nothing is created. */
static void test_dangling_symlink_refused(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *link = tt_xasprintf("%s/link.yaml", dir);
	char *target = tt_xasprintf("%s/nowhere.yaml", dir);
	assert_int_equal(symlink("nowhere.yaml", link), 0);
	assert_int_equal(tt_write_atomic(link, "x\n", 2), -1);
	assert_int_equal(errno, ENOENT);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(stat(target, &st), -1);
	assert_int_equal(count_entries(dir), 1);
	free(link);
	free(target);
	free(dir);
}

/* An endless input stops at the cap instead of filling the memory. */
static void test_read_capped(void **state)
{
	(void)state;
	size_t len = 0;
	errno = 0;
	assert_null(tt_read_capped("/dev/zero", (size_t)1 << 20, &len));
	assert_int_equal(errno, EFBIG);
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/f", dir);
	tt_test_write(path, "0123456789");
	assert_null(tt_read_capped(path, 9, &len));
	assert_int_equal(errno, EFBIG);
	char *got = tt_read_capped(path, 10, &len);
	assert_non_null(got);
	assert_int_equal(len, 10);
	free(got);
	free(path);
	free(dir);
}

static void test_binary_at(void **state)
{
	(void)state;
	const size_t none = (size_t)-1;
	assert_int_equal(tt_binary_at("plain text\n", 11, 1), none);
	assert_int_equal(tt_binary_at("abc\0def", 7, 0), 3);
	assert_int_equal(tt_binary_at("ab\xff"
	                              "cd",
	                              5, 1),
	                 2);
	assert_int_equal(tt_binary_at("ab\xff"
	                              "cd",
	                              5, 0),
	                 none); /* CP1252 is known */
	assert_int_equal(tt_binary_at("\xc3\xa9t\xc3\xa9", 5, 1), none);
	assert_int_equal(tt_binary_at("\xed\xa0\x80", 3, 1), 0);  /* a surrogate */
	assert_int_equal(tt_binary_at("ab\xe2\x82", 4, 1), none); /* cut by the buffer */
	assert_int_equal(tt_binary_at("\xff\xfe"
	                              "a\0b\0",
	                              6, 1),
	                 none); /* UTF-16 BOM */
	/* Only the first block is looked at. */
	size_t n = TT_TEXT_PROBE + 10;
	char *big = tt_xmalloc(n);
	memset(big, 'a', n);
	big[TT_TEXT_PROBE + 2] = '\0';
	assert_int_equal(tt_binary_at(big, n, 1), none);
	big[TT_TEXT_PROBE - 1] = '\0';
	assert_int_equal(tt_binary_at(big, n, 1), TT_TEXT_PROBE - 1);
	free(big);
}

/* /dev/zero and /dev/urandom are refused at once, as bad data, with a position. */
static void test_read_text_refuses_binary(void **state)
{
	(void)state;
	size_t len;
	tt_error err;
	int eno = -1;
	assert_null(tt_read_text("/dev/zero", TT_READ_MAX, 1, &len, &err, &eno));
	assert_int_equal(eno, 0);
	assert_int_equal(err.line, 1);
	assert_int_equal(err.col, 1);
	assert_non_null(strstr(err.msg, "NUL"));
	eno = -1;
	assert_null(tt_read_text("/dev/urandom", TT_READ_MAX, 1, &len, &err, &eno));
	assert_int_equal(eno, 0);
	assert_non_null(strstr(err.msg, "binary input"));
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/big", dir);
	tt_test_write(path, "0123456789");
	assert_null(tt_read_text(path, 4, 1, &len, &err, &eno));
	assert_int_equal(eno, 0);
	assert_non_null(strstr(err.msg, "larger than"));
	free(path);
	free(dir);
}

/* Polls a file until it holds text, for up to 20 seconds. */
static int wait_for_text(const char *path, const char *text)
{
	for (int i = 0; i < 2000; i++) {
		char *got = tt_test_slurp(path);
		int found = got && strstr(got, text);
		free(got);
		if (found)
			return 1;
		struct timespec ts = {0, 10 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	return 0;
}

/* Runs fn in a child whose stderr goes to errpath. */
static pid_t child_with_stderr(const char *errpath, int (*fn)(const char *), const char *arg)
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		_exit(fn(arg));
	}
	return pid;
}

static int read_fifo(const char *fifo)
{
	size_t len;
	char *got = tt_read_file(fifo, &len);
	return got && len == 3 && !memcmp(got, "abc", 3) ? 0 : 1;
}

static int write_fifo(const char *fifo)
{
	return tt_write_atomic(fifo, "abc", 3) == 0 ? 0 : 1;
}

static void finish_child(pid_t pid, int saw_message)
{
	int status;
	if (!saw_message)
		kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	assert_true(saw_message);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Reading a FIFO nobody writes to says what it waits for instead of hanging
 * silently in open(), and then reads what comes. */
static void test_fifo_without_writer(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *fifo = tt_xasprintf("%s/in", dir), *errpath = tt_xasprintf("%s/err", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	pid_t pid = child_with_stderr(errpath, read_fifo, fifo);
	int saw = wait_for_text(errpath, "waiting for a program to write");
	if (saw) {
		int fd = open(fifo, O_WRONLY);
		assert_int_equal(write(fd, "abc", 3), 3);
		close(fd);
	}
	finish_child(pid, saw);
	free(fifo);
	free(errpath);
	free(dir);
}

/* Writing to a FIFO nobody reads says what it waits for, then writes. */
static void test_fifo_without_reader(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *fifo = tt_xasprintf("%s/out", dir), *errpath = tt_xasprintf("%s/err", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	pid_t pid = child_with_stderr(errpath, write_fifo, fifo);
	int saw = wait_for_text(errpath, "waiting for a program to read");
	if (saw) {
		int fd = open(fifo, O_RDONLY);
		char buf[8] = {0};
		assert_int_equal(read(fd, buf, sizeof buf), 3);
		assert_string_equal(buf, "abc");
		close(fd);
	}
	finish_child(pid, saw);
	free(fifo);
	free(errpath);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_replaces_whole_file_and_leaves_no_temp),
	    cmocka_unit_test(test_special_file_kept),
	    cmocka_unit_test(test_symlink_followed),
	    cmocka_unit_test(test_planted_temp_link_not_followed),
	    cmocka_unit_test(test_dangling_symlink_refused),
	    cmocka_unit_test(test_read_capped),
	    cmocka_unit_test(test_binary_at),
	    cmocka_unit_test(test_read_text_refuses_binary),
	    cmocka_unit_test(test_fifo_without_writer),
	    cmocka_unit_test(test_fifo_without_reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
