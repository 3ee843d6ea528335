/* test_fsutil: crash-safe writes keep devices, links and old contents intact. */
#include "tt_test.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replaces_whole_file_and_leaves_no_temp),
		cmocka_unit_test(test_special_file_kept),
		cmocka_unit_test(test_symlink_followed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
