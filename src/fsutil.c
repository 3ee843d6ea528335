/* fsutil: whole-file reads and crash-safe writes (temp, fsync, rename, fsync dir). */
#include "threadtag/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/xalloc.h"

char *tt_read_file(const char *path, size_t *len)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return NULL;
	}
	tt_buf b = {0};
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			tt_buf_free(&b);
			if (fd != STDIN_FILENO)
				close(fd);
			errno = e;
			return NULL;
		}
		if (n == 0)
			break;
		tt_buf_add(&b, chunk, (size_t)n);
	}
	if (fd != STDIN_FILENO)
		close(fd);
	tt_buf_add(&b, NULL, 0);
	*len = b.len;
	return b.data;
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

int tt_fsync_dir_of(const char *path)
{
	char *copy = tt_xstrdup(path);
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(copy);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* Writes straight into an existing non-regular file (/dev/null, a FIFO, a
 * terminal): renaming over one would replace the device with a plain file. */
static int write_special(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = write_all(fd, data, len);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

int tt_write_atomic(const char *path, const char *data, size_t len)
{
	if (strcmp(path, "-") == 0)
		return write_all(STDOUT_FILENO, data, len);
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return write_special(path, data, len);
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		/* Replace the file the link points to, not the link itself. */
		char *target = realpath(path, NULL);
		if (target) {
			int rc = tt_write_atomic(target, data, len);
			int e = errno;
			free(target);
			errno = e;
			return rc;
		}
	}
	char *tmp = tt_xasprintf("%s.tmp.%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	int rc = write_all(fd, data, len);
	if (rc == 0)
		rc = fsync(fd);
	int e = errno;
	if (close(fd) < 0 && rc == 0) {
		rc = -1;
		e = errno;
	}
	if (rc == 0 && rename(tmp, path) < 0) {
		rc = -1;
		e = errno;
	}
	if (rc < 0) {
		unlink(tmp);
		free(tmp);
		errno = e;
		return -1;
	}
	free(tmp);
	tt_fsync_dir_of(path);
	return 0;
}

int tt_mkdirs(const char *path)
{
	char *p = tt_xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = mkdir(p, 0700) < 0 && errno != EEXIST ? -1 : 0;
	free(p);
	return rc;
}

void tt_path_component(tt_buf *b, const char *s)
{
	if (*s == '.')
		tt_buf_printf(b, "%%%02X", (unsigned char)*s++);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '/' || c == '%' || c < 0x20 || c == 0x7f)
			tt_buf_printf(b, "%%%02X", c);
		else
			tt_buf_addc(b, (char)c);
	}
}
