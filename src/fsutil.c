/* fsutil: whole-file reads with limits, binary-data checks, crash-safe writes. */
#include "threadtag/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* ---- reading ---- */

/* A FIFO opened without blocking reads as empty until a writer comes, so wait
 * for one, saying so when it does not come at once. */
static int wait_for_writer(const char *path, int fd)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	int n = poll(&p, 1, 0);
	if (n == 0) {
		fprintf(stderr, "threadtag: %s: waiting for a program to write into this FIFO\n",
		        tt_text_safe(path));
		while ((n = poll(&p, 1, -1)) < 0 && errno == EINTR)
			;
	}
	return n < 0 ? -1 : 0;
}

static int clear_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
}

/* Opens an input without ever blocking in open() (a FIFO with no writer would). */
static int open_input(const char *path)
{
	if (strcmp(path, "-") == 0)
		return STDIN_FILENO;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -1;
	struct stat st;
	int rc = fstat(fd, &st);
	if (rc == 0 && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		rc = -1;
	}
	if (rc == 0 && S_ISFIFO(st.st_mode))
		rc = wait_for_writer(path, fd);
	if (rc == 0)
		rc = clear_nonblock(fd);
	if (rc < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* Is the sequence at u[0..n) a UTF-8 character cut by the end of the buffer? */
static int cut_short(const unsigned char *u, size_t n)
{
	size_t need = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
	if (u[0] < 0xC2 || u[0] > 0xF4 || n >= need)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((u[i] & 0xC0) != 0x80)
			return 0;
	return 1;
}

size_t tt_binary_at(const char *buf, size_t len, int utf8_only)
{
	const unsigned char *u = (const unsigned char *)buf;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return (size_t)-1;
	size_t n = len < TT_TEXT_PROBE ? len : TT_TEXT_PROBE;
	for (size_t i = 0; i < n;) {
		if (!u[i])
			return i;
		if (u[i] < 0x80 || !utf8_only) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t k = tt_utf8_decode(buf + i, len - i, &cp);
		if (cp == TT_REPLACEMENT && k == 1)
			return cut_short(u + i, len - i) ? (size_t)-1 : i;
		i += k;
	}
	return (size_t)-1;
}

struct reading {
	size_t max;    /* bytes allowed */
	int check;     /* look for binary data in the first block */
	int utf8_only; /* ... including invalid UTF-8 */
	size_t bad;    /* out: where binary data starts */
};

/* Reads fd to its end into b. -1 with errno: EFBIG past rd->max, EILSEQ for
 * binary data (rd->bad says where), or the read error. */
static int read_fd(int fd, struct reading *rd, tt_buf *b)
{
	char chunk[65536];
	int probed = !rd->check;
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n > 0 && (size_t)n > rd->max - b->len)
			return errno = EFBIG, -1;
		tt_buf_add(b, chunk, (size_t)n);
		if (!probed && (n == 0 || b->len >= TT_TEXT_PROBE)) {
			probed = 1;
			rd->bad = tt_binary_at(b->data ? b->data : "", b->len, rd->utf8_only);
			if (rd->bad != (size_t)-1)
				return errno = EILSEQ, -1;
		}
		if (n == 0)
			return 0;
	}
}

/* Line and column (1-based, columns in characters) of a byte offset. */
static void position_of(const char *buf, size_t off, unsigned *line, unsigned *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (buf[i] == '\n')
			++*line, *col = 1;
		else if ((buf[i] & 0xC0) != 0x80)
			++*col;
	}
}

/* Files people point threadtag at by mistake, told by their first bytes. */
static const struct {
	const char *magic;
	size_t len;
	const char *what;
} magics[] = {
    {"\x7F"
     "ELF",
     4, "an ELF executable"},
    {"%PDF-", 5, "a PDF document"},
    {"\x89PNG", 4, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"GIF8", 4, "a GIF image"},
    {"PK\x03\x04", 4, "a ZIP archive"},
    {"\x1F\x8B", 2, "gzip-compressed data"},
    {"BZh", 3, "bzip2-compressed data"},
    {"\xFD"
     "7zXZ",
     5, "xz-compressed data"},
    {"SQLite format 3", 15, "an SQLite database"},
};

const char *tt_binary_kind(const char *buf, size_t len)
{
	for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
		if (len >= magics[i].len && !memcmp(buf, magics[i].magic, magics[i].len))
			return magics[i].what;
	return NULL;
}

int tt_check_text(const char *name, const char *buf, size_t len, int utf8_only, tt_error *err)
{
	/* A known format is named whole, wherever its first odd byte falls. */
	const char *kind = tt_binary_kind(buf, len);
	if (kind)
		return tt_error_set(err, name, 0, 0, "binary input (%s), not text", kind);
	size_t at = tt_binary_at(buf, len, utf8_only);
	if (at == (size_t)-1)
		return 0;
	unsigned line, col;
	position_of(buf, at, &line, &col);
	return tt_error_set(err, name, line, col, "binary input (%s), not text",
	                    buf[at] ? "invalid UTF-8" : "a NUL byte");
}

/* Reads path whole under rd's rules. Binary data is reported into err (when
 * given) while its bytes are still at hand. */
static char *read_with(const char *path, struct reading *rd, size_t *len, tt_error *err)
{
	int fd = open_input(path);
	if (fd < 0)
		return NULL;
	tt_buf b = {0};
	int rc = read_fd(fd, rd, &b);
	int e = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc < 0 && e == EILSEQ && err)
		tt_check_text(strcmp(path, "-") ? path : "<stdin>", b.data, b.len, rd->utf8_only,
		              err);
	if (rc < 0) {
		tt_buf_free(&b);
		errno = e;
		return NULL;
	}
	tt_buf_add(&b, NULL, 0);
	*len = b.len;
	return b.data;
}

char *tt_read_capped(const char *path, size_t max, size_t *len)
{
	struct reading rd = {.max = max};
	return read_with(path, &rd, len, NULL);
}

char *tt_read_file(const char *path, size_t *len)
{
	return tt_read_capped(path, TT_READ_MAX, len);
}

char *tt_read_text(const char *path, size_t max, int utf8_only, size_t *len, tt_error *err,
                   int *errno_out)
{
	struct reading rd = {.max = max, .check = 1, .utf8_only = utf8_only};
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	char *buf = read_with(path, &rd, len, err);
	int e = buf ? 0 : errno;
	if (errno_out)
		*errno_out = e == EFBIG || e == EILSEQ ? 0 : e;
	if (e == EFBIG)
		tt_error_set(err, name, 0, 0, "larger than the %zu MiB a file may hold", max >> 20);
	else if (e && e != EILSEQ)
		tt_error_set(err, name, 0, 0, "%s", strerror(e));
	return buf;
}

/* ---- writing ---- */

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
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

/* Opens an existing non-regular file for writing; a FIFO with no reader yet
 * is waited for (a non-blocking open fails with ENXIO), saying so. */
static int open_special(const char *path)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 && errno == ENXIO) {
		fprintf(stderr, "threadtag: %s: waiting for a program to read from this FIFO\n",
		        tt_text_safe(path));
		fd = open(path, O_WRONLY | O_CLOEXEC);
	}
	if (fd >= 0 && clear_nonblock(fd) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* Writes straight into an existing non-regular file (/dev/null, a FIFO, a
 * terminal): renaming over one would replace the device with a plain file. */
static int write_special(const char *path, const char *data, size_t len)
{
	int fd = open_special(path);
	if (fd < 0)
		return -1;
	int rc = write_all(fd, data, len);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

/* The mode a new file gets from open(O_CREAT, 0666); an existing file keeps its own. */
static mode_t new_file_mode(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

static int write_regular(const char *path, const char *data, size_t len)
{
	char *tmp = tt_xasprintf("%s.tmp.XXXXXX", path);
	int fd = mkostemp(tmp, O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	int rc = fchmod(fd, new_file_mode(path));
	if (rc == 0)
		rc = write_all(fd, data, len);
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
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	if (rc < 0)
		return errno = e, -1;
	/* Without this the rename itself may not survive a power cut. */
	return tt_fsync_dir_of(path);
}

int tt_write_atomic(const char *path, const char *data, size_t len)
{
	if (strcmp(path, "-") == 0)
		return write_all(STDOUT_FILENO, data, len);
	struct stat st;
	char *real = NULL;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		/* Only a link to an existing file is followed: creating a file where a
		 * dangling link points is how a planted link redirects a write. */
		real = realpath(path, NULL);
		if (!real)
			return -1;
		path = real;
	}
	int rc;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		rc = write_special(path, data, len);
	else
		rc = write_regular(path, data, len);
	int e = errno;
	free(real);
	errno = e;
	return rc;
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
