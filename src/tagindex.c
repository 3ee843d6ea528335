/* tagindex: the summary file beside a tag store — items' byte ranges and the caller's totals,
 * checked. */
#include "threadtag/tagindex.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/index.h"
#include "threadtag/xalloc.h"

/* The file: header, key, summary (each padded to 8 bytes), the items sorted
 * by hash, then a hash of every BLOCK bytes of what lies between the header
 * and that table. The header holds the table's hash and its own checksum, so
 * a reader checks the header and the table on open and a block when it
 * first reads from it: `tag --id` reads a few blocks of a file of megabytes.
 * Native byte order: it is this machine's cache. */
#define TIX_MAGIC "TTTAGIX\x01"
enum { TIX_VERSION = 2, TIX_ENDIAN = 0x01020304, BLOCK = 4096 };

struct header {
	char magic[8];
	uint32_t version, endian;
	uint64_t size, ino, dev;
	int64_t mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
	uint64_t nkey, nsummary, nitems, nblocks, total;
	uint64_t table_hash; /* of the blocks' hashes */
	uint64_t checksum;   /* of the header with this field zero */
};

/* A block's state in a reader. */
enum { UNCHECKED, GOOD, DAMAGED };

struct tt_tagindex {
	const char *data; /* the file, mapped */
	unsigned char *state; /* per block */
	const uint64_t *table;
	size_t len;
	const struct header *h;
	const char *summary;
	const tt_tagindex_item *items;
};

static size_t pad8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

char *tt_tagindex_path_for(const char *store_path)
{
	char name[48];
	snprintf(name, sizeof name, "tags/%016llx.tix",
	         (unsigned long long)tt_index_hash(0, store_path, strlen(store_path)));
	return tt_xdg_path("cache", name);
}

uint64_t tt_tagindex_item_hash(const char *item)
{
	return tt_index_hash(9, item, strlen(item));
}

static void stamp(struct header *h, const struct stat *st)
{
	h->size = (uint64_t)st->st_size;
	h->ino = (uint64_t)st->st_ino;
	h->dev = (uint64_t)st->st_dev;
	h->mtime_sec = st->st_mtim.tv_sec;
	h->mtime_nsec = st->st_mtim.tv_nsec;
	h->ctime_sec = st->st_ctim.tv_sec;
	h->ctime_nsec = st->st_ctim.tv_nsec;
}

static uint64_t header_sum(const struct header *h)
{
	struct header c = *h;
	c.checksum = 0;
	return tt_index_hash(11, &c, sizeof c);
}

static uint64_t block_hash(const char *p, size_t len)
{
	return tt_index_hash(12, p, len);
}

static int cmp_item(const void *pa, const void *pb)
{
	const tt_tagindex_item *a = pa, *b = pb;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a->off < b->off ? -1 : a->off > b->off;
}

/* The whole file in memory, laid out as described above. */
static char *layout(const struct stat *st, const char *key, const void *summary, size_t nsummary,
                    const tt_tagindex_item *items, size_t nitems, size_t *len)
{
	struct header h = {.version = TIX_VERSION, .endian = TIX_ENDIAN};
	memcpy(h.magic, TIX_MAGIC, 8);
	stamp(&h, st);
	h.nkey = strlen(key);
	h.nsummary = nsummary;
	h.nitems = nitems;
	size_t body = pad8(h.nkey) + pad8(nsummary) + nitems * sizeof *items;
	h.nblocks = (body + BLOCK - 1) / BLOCK;
	h.total = sizeof h + body + h.nblocks * sizeof(uint64_t);
	char *data = tt_xcalloc(1, h.total);
	memcpy(data, &h, sizeof h);
	memcpy(data + sizeof h, key, h.nkey);
	if (nsummary)
		memcpy(data + sizeof h + pad8(h.nkey), summary, nsummary);
	if (nitems)
		memcpy(data + sizeof h + pad8(h.nkey) + pad8(nsummary), items,
		       nitems * sizeof *items);
	uint64_t *table = (uint64_t *)(data + sizeof h + body);
	for (size_t b = 0; b < h.nblocks; b++)
		table[b] = block_hash(data + sizeof h + b * BLOCK,
		                      body - b * BLOCK < BLOCK ? body - b * BLOCK : BLOCK);
	h.table_hash = tt_index_hash(13, table, h.nblocks * sizeof *table);
	h.checksum = header_sum(&h);
	memcpy(data, &h, sizeof h);
	*len = h.total;
	return data;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int tt_tagindex_write(const char *path, const struct stat *st, const char *key, const void *summary,
                      size_t nsummary, tt_tagindex_item *items, size_t nitems)
{
	qsort(items, nitems, sizeof *items, cmp_item);
	size_t len;
	char *data = layout(st, key, summary, nsummary, items, nitems, &len);
	char *dir = tt_xstrdup(path), *tmp = tt_xasprintf("%s.%ld.tmp", path, (long)getpid());
	int fd = tt_mkdirs(dirname(dir)) < 0
	             ? -1
	             : open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	int rc = fd < 0 ? -1 : write_all(fd, data, len);
	if (fd >= 0 && close(fd) < 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) < 0)
		rc = -1;
	int e = errno;
	if (rc < 0 && fd >= 0)
		unlink(tmp);
	free(tmp);
	free(dir);
	free(data);
	errno = e;
	return rc;
}

/* The header's claims against the file's real size and the store now, its
 * checksum and the blocks' table. The blocks are checked as they are read. */
static int fits(tt_tagindex *x, const struct stat *st)
{
	const struct header *h = x->h;
	struct header now = {0};
	stamp(&now, st);
	if (x->len < sizeof *h || memcmp(h->magic, TIX_MAGIC, 8) || h->version != TIX_VERSION ||
	    h->endian != TIX_ENDIAN || h->total != x->len || h->size != now.size ||
	    h->ino != now.ino || h->dev != now.dev || h->mtime_sec != now.mtime_sec ||
	    h->mtime_nsec != now.mtime_nsec || h->ctime_sec != now.ctime_sec ||
	    h->ctime_nsec != now.ctime_nsec || header_sum(h) != h->checksum)
		return 0;
	size_t rest = x->len - sizeof *h;
	if (h->nkey > rest || pad8(h->nkey) > rest)
		return 0;
	rest -= pad8(h->nkey);
	if (h->nsummary > rest || pad8(h->nsummary) > rest)
		return 0;
	rest -= pad8(h->nsummary);
	if (h->nitems > rest / sizeof(tt_tagindex_item))
		return 0;
	rest -= h->nitems * sizeof(tt_tagindex_item);
	size_t body = x->len - sizeof *h - rest;
	if (h->nblocks != (body + BLOCK - 1) / BLOCK || rest != h->nblocks * sizeof(uint64_t))
		return 0;
	x->summary = x->data + sizeof *h + pad8(h->nkey);
	x->items = (const void *)(x->summary + pad8(h->nsummary));
	x->table = (const void *)(x->data + sizeof *h + body);
	if (tt_index_hash(13, x->table, rest) != h->table_hash)
		return 0;
	x->state = tt_xcalloc(h->nblocks ? h->nblocks : 1, 1);
	return 1;
}

/* Whether the bytes [p, p + len) of the mapped body (between the header and
 * the table) are whole: each block they touch hashed when first read. */
static int span_ok(const tt_tagindex *x, const void *p, size_t len)
{
	const char *body = x->data + sizeof *x->h;
	size_t off = (size_t)((const char *)p - body), n = (size_t)((const char *)x->table - body);
	if (off > n || len > n - off)
		return 0;
	for (size_t b = off / BLOCK; len && b <= (off + len - 1) / BLOCK; b++) {
		if (x->state[b] == UNCHECKED) {
			size_t at = b * BLOCK, bl = n - at < BLOCK ? n - at : BLOCK;
			x->state[b] = block_hash(body + at, bl) == x->table[b] ? GOOD : DAMAGED;
		}
		if (x->state[b] != GOOD)
			return 0;
	}
	return 1;
}

/* The file mapped, not copied (`tag` reads a few records of it): summaries
 * are only ever replaced by rename, never written in place, so the mapped
 * bytes stay those that were checked. NULL when it cannot be. */
static const char *map_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	void *p = MAP_FAILED;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (uint64_t)sb.st_size >= sizeof(struct header)) {
		*len = (size_t)sb.st_size;
		p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0);
	}
	close(fd);
	return p == MAP_FAILED ? NULL : p;
}

tt_tagindex *tt_tagindex_open(const char *path, const struct stat *st)
{
	tt_tagindex *x = tt_xcalloc(1, sizeof *x);
	x->data = map_file(path, &x->len);
	x->h = (const void *)x->data;
	if (!x->data || !fits(x, st)) {
		tt_tagindex_close(x);
		return NULL;
	}
	return x;
}

int tt_tagindex_key_is(const tt_tagindex *x, const char *key)
{
	const char *at = x->data + sizeof *x->h;
	return x->h->nkey == strlen(key) && span_ok(x, at, x->h->nkey) &&
	       !memcmp(at, key, x->h->nkey);
}

void tt_tagindex_close(tt_tagindex *x)
{
	if (!x)
		return;
	if (x->data)
		munmap((void *)x->data, x->len);
	free(x->state);
	free(x);
}

uint64_t tt_tagindex_summary_len(const tt_tagindex *x)
{
	return x->h->nsummary;
}

const void *tt_tagindex_summary(const tt_tagindex *x, uint64_t off, uint64_t len)
{
	if (off > x->h->nsummary || len > x->h->nsummary - off ||
	    !span_ok(x, x->summary + off, (size_t)len))
		return NULL;
	return x->summary + off;
}

size_t tt_tagindex_count(const tt_tagindex *x, const tt_tagindex_item **all)
{
	*all = x->items;
	if (!span_ok(x, x->items, x->h->nitems * sizeof *x->items))
		return SIZE_MAX;
	return x->h->nitems;
}

size_t tt_tagindex_find(const tt_tagindex *x, uint64_t hash, const tt_tagindex_item **first)
{
	size_t lo = 0, hi = x->h->nitems;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (!span_ok(x, &x->items[mid], sizeof *x->items))
			return SIZE_MAX;
		if (x->items[mid].hash < hash)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < x->h->nitems && span_ok(x, &x->items[lo + n], sizeof *x->items) &&
	       x->items[lo + n].hash == hash)
		n++;
	if (lo + n < x->h->nitems && !span_ok(x, &x->items[lo + n], sizeof *x->items))
		return SIZE_MAX;
	*first = x->items + lo;
	return n;
}
