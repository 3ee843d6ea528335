/* cache: one file per URL (named by a hash of it), holding the URL, the fetch time, the body's
 * length and the body; a set of answers is such an entry under its own key. */
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

/* ---- sets: many answers as one entry ---- */

/* A set's entry is kept under "threadtag-answers:" and the address it was
 * made for; its body is each answer in turn, "URL\nLENGTH\n" and the body. */
static const char set_prefix[] = "threadtag-answers:";

int tt_cache_put_set(const char *key, size_t n, const char *const *urls,
                     const char *const *bodies, const size_t *lens, long long fetched)
{
	tt_buf b = {0};
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += strlen(urls[i]) + 24 + lens[i];
	tt_buf_reserve(&b, total);
	for (size_t i = 0; i < n; i++) {
		if (strpbrk(urls[i], "\n\r")) {
			tt_buf_free(&b);
			errno = EINVAL;
			return -1;
		}
		tt_buf_printf(&b, "%s\n%zu\n", urls[i], lens[i]);
		tt_buf_add(&b, bodies[i], lens[i]);
	}
	char *name = tt_xasprintf("%s%s", set_prefix, key);
	int rc = tt_cache_put(name, b.data ? b.data : "", b.len, fetched);
	free(name);
	tt_buf_free(&b);
	return rc;
}

char *tt_cache_get_set(const char *key, size_t *len, long long *fetched)
{
	char *name = tt_xasprintf("%s%s", set_prefix, key);
	char *data = tt_cache_get(name, len, fetched);
	free(name);
	return data;
}

int tt_cache_set_next(const char **p, const char *end, const char **url, size_t *url_len,
                      const char **body, size_t *len)
{
	const char *nl = *p < end ? memchr(*p, '\n', (size_t)(end - *p)) : NULL;
	const char *nl2 = nl ? memchr(nl + 1, '\n', (size_t)(end - nl - 1)) : NULL;
	if (!nl2 || nl == *p || strspn(nl + 1, "0123456789") != (size_t)(nl2 - nl - 1) ||
	    nl2 == nl + 1 || nl2 - nl > 16)
		return -1;
	unsigned long long n = strtoull(nl + 1, NULL, 10);
	if (n > (unsigned long long)(end - nl2 - 1))
		return -1;
	*url = *p;
	*url_len = (size_t)(nl - *p);
	*body = nl2 + 1;
	*len = (size_t)n;
	*p = nl2 + 1 + n;
	return 0;
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
	size_t answers;
};

/* Calls fn for an entry, or for each answer of a set. Returns the count. */
static size_t each_answer(char *data, size_t n, void (*fn)(void *, const char *, size_t, long long),
                          void *ctx)
{
	const char *url;
	long long fetched;
	size_t at;
	if (split(data, n, &url, &fetched, &at) < 0)
		return 0;
	if (strncmp(url, set_prefix, sizeof set_prefix - 1)) {
		if (fn)
			fn(ctx, url, n - at, fetched);
		return 1;
	}
	const char *p = data + at, *end = data + n, *u, *body;
	size_t ulen, blen, count = 0;
	while (tt_cache_set_next(&p, end, &u, &ulen, &body, &blen) == 0) {
		char *one = tt_xstrndup(u, ulen);
		if (fn)
			fn(ctx, one, blen, fetched);
		free(one);
		count++;
	}
	return count;
}

static void list_one(void *ctx, const char *path, char *data, size_t n)
{
	struct lister *L = ctx;
	(void)path;
	L->answers += each_answer(data, n, L->fn, L->ctx);
}

size_t tt_cache_list(void (*fn)(void *ctx, const char *url, size_t bytes, long long fetched),
                     void *ctx)
{
	struct lister L = {fn, ctx, 0};
	each_entry(list_one, &L);
	return L.answers;
}

struct remover {
	int failed;
	size_t answers;
};

static void remove_one(void *ctx, const char *path, char *data, size_t n)
{
	struct remover *R = ctx;
	size_t answers = each_answer(data, n, NULL, NULL);
	if (unlink(path) < 0 && errno != ENOENT)
		R->failed = errno;
	else
		R->answers += answers;
}

long tt_cache_clear(void)
{
	struct remover R = {0};
	each_entry(remove_one, &R);
	if (R.failed) {
		errno = R.failed;
		return -1;
	}
	return (long)R.answers;
}
