/* cache: one file per URL (named by a hash of it), holding the URL, the fetch time, the body's
 * length and the body. */
#include "threadtag/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/xalloc.h"

/* The first line of every entry: a file without it is not ours and is left
 * alone. Version 1 entries (fsynced, no length or checksum) still load. */
static const char magic[] = "threadtag-cache ";
enum { MAGIC_LEN = sizeof magic - 1 };

char *tt_cache_dir(void)
{
	return tt_xdg_path("cache", "responses");
}

/* FNV-1a: a file name per URL; the URL inside the file settles collisions. */
static char *entry_path(const char *url)
{
	uint64_t h = 1469598103934665603ULL;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	char *dir = tt_cache_dir();
	char *path = tt_xasprintf("%s/%016" PRIx64, dir, h);
	free(dir);
	return path;
}

/* Splits an entry into URL, time and body; -1 when it is not an entry, or a
 * version 2 entry whose body is not the length it says. Entries are written
 * without fsync, and what a crash leaves of one on a journalling file system
 * is a file cut short (data is written before the size is committed), which
 * the length catches; a checksum would cost more than the rest of opening a
 * cached thread. */
static int split(char *data, size_t len, const char **url, long long *fetched, size_t *body_at)
{
	if (len < MAGIC_LEN + 2 || memcmp(data, magic, MAGIC_LEN) || data[MAGIC_LEN + 1] != '\n')
		return -1;
	char version = data[MAGIC_LEN];
	if (version != '1' && version != '2')
		return -1;
	char *u = data + MAGIC_LEN + 2, *nl = memchr(u, '\n', len - MAGIC_LEN - 2);
	if (!nl)
		return -1;
	*nl = 0;
	char *t = nl + 1, *end;
	*fetched = strtoll(t, &end, 10);
	unsigned long long blen = 0;
	if (end != t && version == '2')
		blen = strtoull(end, &end, 10);
	if (end == t || end >= data + len || *end != '\n')
		return -1;
	*url = u;
	*body_at = (size_t)(end + 1 - data);
	if (version == '2' && blen != len - *body_at)
		return -1;
	return 0;
}

char *tt_cache_get(const char *url, size_t *len, long long *fetched)
{
	char *path = entry_path(url);
	size_t n;
	char *data = tt_read_file(path, &n);
	free(path);
	if (!data)
		return NULL;
	const char *u;
	size_t at;
	if (split(data, n, &u, fetched, &at) < 0 || strcmp(u, url)) {
		free(data);
		return NULL;
	}
	memmove(data, data + at, n - at + 1);
	*len = n - at;
	return data;
}

/* Writes data to path through a temp file renamed over it, so a reader
 * sees the old entry or the new one. No fsync: a cache may be lost in a
 * crash, and a torn entry fails its length check; a fetch of a big thread writes
 * a hundred entries, and two fsyncs each cost more than the fetch itself on a
 * busy disk. One writev, no stdio: four system calls an entry. 0, or -1 with
 * errno (ENOENT when the folder is missing). */
static int write_entry(const char *path, const tt_buf *head, const char *body, size_t len)
{
	char *tmp = tt_xasprintf("%s.XXXXXX", path);
	int fd = mkostemp(tmp, O_CLOEXEC);
	int rc = fd < 0 ? -1 : 0;
	struct iovec iov[2] = {{head->data, head->len}, {(void *)body, len}};
	size_t want = head->len + len, done = 0;
	while (rc == 0 && done < want) {
		/* A short write goes on where it stopped. */
		size_t skip = done;
		int i = 0;
		for (; i < 2 && skip >= iov[i].iov_len; i++)
			skip -= iov[i].iov_len;
		struct iovec part[2] = {iov[0], iov[1]};
		part[i].iov_base = (char *)part[i].iov_base + skip;
		part[i].iov_len -= skip;
		ssize_t n = writev(fd, part + i, 2 - i);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			rc = -1;
		else
			done += (size_t)n;
	}
	if (fd >= 0 && close(fd) < 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) < 0)
		rc = -1;
	if (rc < 0 && fd >= 0) {
		int e = errno;
		unlink(tmp);
		errno = e;
	}
	free(tmp);
	return rc;
}

int tt_cache_put(const char *url, const char *body, size_t len, long long fetched)
{
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			errno = EINVAL;
			return -1;
		}
	tt_buf head = {0};
	tt_buf_printf(&head, "%s2\n%s\n%lld %zu\n", magic, url, fetched, len);
	char *path = entry_path(url);
	int rc = write_entry(path, &head, body, len);
	if (rc < 0 && errno == ENOENT) { /* the first entry: the folder is made once */
		char *dir = tt_cache_dir();
		rc = tt_mkdirs(dir) < 0 ? -1 : write_entry(path, &head, body, len);
		free(dir);
	}
	free(path);
	tt_buf_free(&head);
	return rc;
}

/* Calls fn(ctx, path, entry) for each entry file of the folder. */
static size_t each_entry(void (*fn)(void *, const char *, char *, size_t), void *ctx)
{
	char *dir = tt_cache_dir();
	DIR *d = opendir(dir);
	size_t count = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (strlen(de->d_name) != 16 || strspn(de->d_name, "0123456789abcdef") != 16)
			continue;
		char *path = tt_xasprintf("%s/%s", dir, de->d_name);
		size_t n;
		char *data = tt_read_file(path, &n);
		if (data && n >= MAGIC_LEN && !memcmp(data, magic, MAGIC_LEN)) {
			fn(ctx, path, data, n);
			count++;
		}
		free(data);
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
	return count;
}

struct lister {
	void (*fn)(void *, const char *, size_t, long long);
	void *ctx;
};

static void list_one(void *ctx, const char *path, char *data, size_t n)
{
	struct lister *L = ctx;
	const char *url;
	long long fetched;
	size_t at;
	(void)path;
	if (split(data, n, &url, &fetched, &at) == 0)
		L->fn(L->ctx, url, n - at, fetched);
}

size_t tt_cache_list(void (*fn)(void *ctx, const char *url, size_t bytes, long long fetched),
                     void *ctx)
{
	struct lister L = {fn, ctx};
	return each_entry(list_one, &L);
}

static void remove_one(void *ctx, const char *path, char *data, size_t n)
{
	(void)data, (void)n;
	if (unlink(path) < 0 && errno != ENOENT)
		*(int *)ctx = errno;
}

long tt_cache_clear(void)
{
	int failed = 0;
	size_t n = each_entry(remove_one, &failed);
	if (failed) {
		errno = failed;
		return -1;
	}
	return (long)n;
}
