/* faults: an LD_PRELOAD library that makes one chosen system call fail, for
 * the fault-injection tests (tests/cli/store_faults.sh).
 *
 *   TT_FAULT_DIR_FSYNC=N      the Nth fsync of a directory fails with EIO
 *   TT_FAULT_JOURNAL_WRITE=N  the Nth write to a *.journal file fails with ENOSPC
 */
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Counts calls of one kind; true on the one the variable names. */
static int nth(const char *var, int *count)
{
	const char *v = getenv(var);
	return v && ++*count == atoi(v);
}

static int is_journal(int fd)
{
	char link[64], path[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof path - 1);
	if (n < 8)
		return 0;
	path[n] = '\0';
	return strcmp(path + n - 8, ".journal") == 0;
}

int fsync(int fd)
{
	static int (*real)(int);
	static int dirs;
	struct stat st;
	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && nth("TT_FAULT_DIR_FSYNC", &dirs)) {
		errno = EIO;
		return -1;
	}
	return real(fd);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	static int writes;
	if (!real)
		real = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	if (getenv("TT_FAULT_JOURNAL_WRITE") && is_journal(fd) &&
	    nth("TT_FAULT_JOURNAL_WRITE", &writes)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n);
}
