/* cache: one file per URL (named by a hash of it), holding the URL, the fetch time and the body. */
#include "threadtag/cache.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/xalloc.h"

/* The first line of every entry: a file without it is not ours and is left alone. */
static const char magic[] = "threadtag-cache 1\n";

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

/* Splits an entry into URL, time and body; -1 when it is not an entry. */
static int split(char *data, size_t len, const char **url, long long *fetched, size_t *body_at)
{
	size_t ml = sizeof magic - 1;
	if (len < ml || memcmp(data, magic, ml))
		return -1;
	char *u = data + ml, *nl = memchr(u, '\n', len - ml);
	if (!nl)
		return -1;
	*nl = 0;
	char *t = nl + 1, *end;
	*fetched = strtoll(t, &end, 10);
	if (end == t || *end != '\n')
		return -1;
	*url = u;
	*body_at = (size_t)(end + 1 - data);
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

int tt_cache_put(const char *url, const char *body, size_t len, long long fetched)
{
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			errno = EINVAL;
			return -1;
		}
	char *dir = tt_cache_dir();
	int rc = tt_mkdirs(dir);
	free(dir);
	if (rc < 0)
		return -1;
	tt_buf b = {0};
	tt_buf_printf(&b, "%s%s\n%lld\n", magic, url, fetched);
	tt_buf_add(&b, body, len);
	char *path = entry_path(url);
	rc = tt_write_atomic(path, b.data, b.len);
	free(path);
	tt_buf_free(&b);
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
		if (data && n >= sizeof magic - 1 && !memcmp(data, magic, sizeof magic - 1)) {
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
