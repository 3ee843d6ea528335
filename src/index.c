/* index: thread files saved as flat arrays and a string block, mapped back without parsing. */
#include "threadtag/index.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
/* The state's layout, so hashers live on the stack (a stable part of the
 * library's interface since 0.8.0, the one Debian 12 ships). */
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/hash.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* The file: header, comment records in preorder, paragraph references, the
 * strings (NUL-terminated; offset 0 is the empty string that stands for NULL
 * in the named fields), then the id table: per comment the offset of its id
 * and its parent, an open-addressing table over the ids, and the ids' own
 * strings, so `tag` checks an id reading that section alone. Each section has
 * its hash in the header and the header its checksum: a reader verifies what
 * it reads and nothing else. Native byte order: it is this machine's cache. */
#define INDEX_MAGIC "TTINDEX\x01"
enum { INDEX_VERSION = 7, INDEX_ENDIAN = 0x01020304 };
enum { SEC_COMMENTS, SEC_PARAS, SEC_STRINGS, SEC_IDS, NSEC };
#define NO_PARENT UINT64_MAX

/* Within this long after the source's last change (its mtime or ctime), a
 * write to it may leave its stamp as it was (a file system's timestamps come
 * from a clock that ticks in milliseconds, on some in seconds): an index
 * written then is trusted only after hashing the whole source (git's racy
 * entries). */
#define RACY_WINDOW_NS 2000000000LL

struct rec_comment {
	uint64_t id, author, posted, time, parent;
	int64_t more;
	uint64_t body_start, body_n;
	uint64_t edited, added, prev_start, prev_n; /* what an update recorded */
	uint32_t flags, line, col, pad;
};

struct rec_thread {
	uint64_t id, source, title, site, section, url, author, published, time;
	uint64_t source_url, fetched; /* where and when it was fetched */
	int64_t more;
	uint64_t kw_start, kw_n, body_start, body_n;
};

/* The id table's entry of a comment: offset of its id in the id strings and
 * the index of its parent (NO_PARENT at top level). */
struct rec_id {
	uint64_t id, parent;
};

struct header {
	char magic[8];
	uint32_t version, endian, header_size, comment_size;
	tt_index_stamp src;
	int64_t written_ns; /* the clock before the source was last hashed */
	uint64_t ncomments, nparas, nstr, nslots, nidstr, total;
	uint64_t path_hash;   /* of the source's real path; of "" for none */
	uint64_t fingerprint; /* tt_index_fingerprint's hash, so tag stores need not
	                       * read all the text again */
	uint64_t tid, ttitle; /* the thread's id and title in the id strings */
	uint64_t sec_hash[NSEC];
	uint64_t checksum; /* of the header with this field zero */
	struct rec_thread thread;
};

/* A hash fed in pieces: xxHash's XXH3, which reads a source file's bytes
 * about as fast as memory delivers them (the index checks the whole source on
 * every open); the result does not depend on how the input was cut. */
struct hasher {
	XXH3_state_t st;
};

static void hasher_init(struct hasher *s, uint64_t seed)
{
	XXH3_INITSTATE(&s->st);
	XXH3_64bits_reset_withSeed(&s->st, seed);
}

static void hasher_add(struct hasher *s, const void *data, size_t len)
{
	if (len) /* data may be NULL when nothing was given */
		XXH3_64bits_update(&s->st, data, len);
}

static uint64_t hasher_end(const struct hasher *s)
{
	return XXH3_64bits_digest(&s->st);
}

uint64_t tt_index_hash(uint64_t seed, const void *data, size_t len)
{
	return XXH3_64bits_withSeed(len ? data : "", len, seed);
}

char *tt_index_path_for(const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return NULL;
	char name[40];
	snprintf(name, sizeof name, "index/%016llx.idx",
	         (unsigned long long)tt_index_hash(0, real, strlen(real)));
	free(real);
	return tt_xdg_path("cache", name);
}

/* The clock the racy check reads; tests set their own. */
static void clock_now(struct timespec *ts)
{
	clock_gettime(CLOCK_REALTIME, ts);
}

static void (*index_clock)(struct timespec *) = clock_now;

void tt_index_set_clock(void (*now)(struct timespec *))
{
	index_clock = now ? now : clock_now;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	index_clock(&ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The later of the source's mtime and ctime, in nanoseconds. */
static int64_t changed_ns(const tt_index_stamp *st)
{
	int64_t m = st->mtime_sec * 1000000000LL + st->mtime_nsec;
	int64_t c = st->ctime_sec * 1000000000LL + st->ctime_nsec;
	return m > c ? m : c;
}

/* Adds len bytes of fd from off (fewer at its end) to the hash. */
static int hash_range(int fd, struct hasher *hs, char *buf, size_t piece, off_t off, uint64_t len)
{
	while (len) {
		ssize_t n = pread(fd, buf, len < piece ? (size_t)len : piece, off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -1 : 0;
		hasher_add(hs, buf, (size_t)n);
		off += n;
		len -= (uint64_t)n;
	}
	return 0;
}

enum { QUICK_PART = 64 * 1024 };

/* Stats path and hashes its first and last QUICK_PART bytes (quick), and all
 * of it when full (hash; else 0). The whole file is read in pieces rather
 * than mapped: a mapping would count it in the viewer's resident memory. */
static int stamp(const char *path, tt_index_stamp *st, int full)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0)
		return -1;
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) { /* a pipe or a device: nothing to stamp */
		int e = errno;
		close(fd);
		errno = S_ISREG(sb.st_mode) ? e : EINVAL;
		return -1;
	}
	memset(st, 0, sizeof *st);
	st->size = (uint64_t)sb.st_size;
	st->ino = (uint64_t)sb.st_ino;
	st->dev = (uint64_t)sb.st_dev;
	st->mtime_sec = (int64_t)sb.st_mtim.tv_sec;
	st->mtime_nsec = (int64_t)sb.st_mtim.tv_nsec;
	st->ctime_sec = (int64_t)sb.st_ctim.tv_sec;
	st->ctime_nsec = (int64_t)sb.st_ctim.tv_nsec;
	size_t piece = full ? 1 << 20 : QUICK_PART;
	struct hasher hs;
	char *buf = tt_xmalloc(piece);
	uint64_t tail = st->size > QUICK_PART ? st->size - QUICK_PART : 0;
	hasher_init(&hs, 8);
	int rc = hash_range(fd, &hs, buf, piece, 0, QUICK_PART);
	if (rc == 0)
		rc = hash_range(fd, &hs, buf, piece, (off_t)tail, QUICK_PART);
	st->quick = hasher_end(&hs);
	if (rc == 0 && full) {
		hasher_init(&hs, 1);
		rc = hash_range(fd, &hs, buf, piece, 0, UINT64_MAX);
		st->hash = hasher_end(&hs);
	}
	free(buf);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

int tt_index_stamp_of(const char *path, tt_index_stamp *st)
{
	return stamp(path, st, 1);
}

/* Section lengths as the header claims them, cut to what len holds; the id
 * table is the rest. */
static void section_lengths(const struct header *h, size_t len, size_t out[NSEC])
{
	uint64_t want[SEC_IDS];
	size_t rest = len - sizeof *h;
	want[SEC_COMMENTS] = h->ncomments <= SIZE_MAX / sizeof(struct rec_comment)
	                         ? h->ncomments * sizeof(struct rec_comment)
	                         : UINT64_MAX;
	want[SEC_PARAS] = h->nparas <= SIZE_MAX / sizeof(uint64_t) ? h->nparas * sizeof(uint64_t)
	                                                           : UINT64_MAX;
	want[SEC_STRINGS] = h->nstr;
	for (int i = 0; i < SEC_IDS; i++) {
		out[i] = want[i] <= rest ? (size_t)want[i] : rest;
		rest -= out[i];
	}
	out[SEC_IDS] = rest;
}

/* The header's checksum: of the header with that field zero, which holds
 * every section's hash. */
static uint64_t header_sum(const struct header *h)
{
	struct header c = *h;
	c.checksum = 0;
	return tt_index_hash(2, &c, sizeof c);
}

/* Gives the whole pages of [p, p + len), read-only pages of a mapped index,
 * back to the page cache: touched again, they are read from it again. So a
 * reopen's peak memory is the model's and the pages in use, not the model's
 * plus the whole index file's. */
static void release(const void *p, size_t len)
{
	uintptr_t pg = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t a = ((uintptr_t)p + pg - 1) & ~(pg - 1), e = ((uintptr_t)p + len) & ~(pg - 1);
	if (e > a)
		madvise((void *)a, e - a, MADV_DONTNEED);
}

/* The hash of section i at p; with mapped set, a piece at a time, each piece
 * released once hashed (XXH3 gives the same hash however the input is cut). */
static uint64_t section_hash(int i, const unsigned char *p, size_t len, int mapped)
{
	enum { PIECE = 4 << 20 };
	uint64_t seed = (uint64_t)i + 3;
	if (!mapped)
		return tt_index_hash(seed, p, len);
	struct hasher h;
	hasher_init(&h, seed);
	for (size_t off = 0; off < len; off += PIECE) {
		size_t n = len - off < PIECE ? len - off : PIECE;
		hasher_add(&h, p + off, n);
		release(p + off, n);
	}
	return hasher_end(&h);
}

/* ---- the tag stores' fingerprint of a thread ---- */

static uint64_t fp_field(uint64_t h, const char *p)
{
	return tt_hash_field(h, p ? p : "\x01"); /* absent differs from empty */
}

/* FNV-1a 64 over ids, tree shape, authors and text (doc/tag-format.md). */
static uint64_t fingerprint_of(const tt_thread *t)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fp_field(h, t->id);
	h = fp_field(h, t->article.title);
	for (size_t i = 0; i < t->article.body.n; i++)
		h = fp_field(h, t->article.body.v[i]);
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		h = fp_field(h, c->id);
		h = fp_field(h, c->parent ? c->parent->id : "");
		h = fp_field(h, c->author);
		for (size_t j = 0; j < c->body.n; j++)
			h = fp_field(h, c->body.v[j]);
	}
	return h;
}

/* ---- writing ---- */

/* The writer walks the model three times in the same order: to lay out the
 * strings (offsets only) while writing the records, again for the paragraph
 * references, then to write the strings. So neither a copy of the text nor the
 * references are ever held in memory: the viewer's peak stays that of the
 * model. */
enum { PASS_RECORDS, PASS_PARAS, PASS_STRINGS };
struct writer {
	FILE *f;
	tt_buf *buf;       /* instead of f: an index made in memory */
	struct hasher *hs; /* the section being written, NULL for none */
	int pass;        /* PASS_* */
	uint64_t next;   /* offset of the next string in the block */
	uint64_t nparas; /* paragraph references so far */
	int failed;
};

static void put_bytes(struct writer *w, const void *p, size_t n)
{
	if (w->buf)
		tt_buf_add(w->buf, p, n);
	else if (n && fwrite(p, 1, n, w->f) != n)
		w->failed = 1;
	if (w->hs)
		hasher_add(w->hs, p, n);
}

/* A string's offset in the block (0 for NULL); written on the strings pass. */
static uint64_t put_str(struct writer *w, const char *v)
{
	if (!v)
		return 0;
	size_t n = strlen(v) + 1;
	uint64_t off = w->next;
	w->next += n;
	if (w->pass == PASS_STRINGS)
		put_bytes(w, v, n);
	return off;
}

/* The offset a string was given in a walk done before (at *at, which moves
 * on); nothing written. */
static uint64_t str_again(uint64_t *at, const char *v)
{
	if (!v)
		return 0;
	uint64_t off = *at;
	*at += strlen(v) + 1;
	return off;
}

/* A comment's short strings, which a reopen reads for every comment (the ids
 * for the id index): they come first in the block, together, so reading them
 * touches few pages, and the paragraphs' pages are read only when shown. */
static void put_short(struct writer *w, const tt_thread *t, const tt_comment *c)
{
	const tt_comment_extra *x = tt_comment_extra_get(t, c);
	put_str(w, c->id);
	put_str(w, c->author);
	put_str(w, c->posted);
	put_str(w, c->time);
	put_str(w, x->edited);
	put_str(w, x->added);
}

static void put_strv(struct writer *w, const tt_strv *v, uint64_t *start, uint64_t *n)
{
	*start = w->nparas;
	*n = v->n;
	for (size_t i = 0; i < v->n; i++, w->nparas++) {
		uint64_t off = put_str(w, v->v[i]);
		if (w->pass == PASS_PARAS)
			put_bytes(w, &off, sizeof off);
	}
}

static void put_thread(struct writer *w, const tt_thread *t, struct rec_thread *r)
{
	const tt_article *a = &t->article;
	r->id = put_str(w, t->id);
	r->source = put_str(w, t->source);
	r->source_url = put_str(w, t->source_url);
	r->fetched = put_str(w, t->fetched);
	r->title = put_str(w, a->title);
	r->site = put_str(w, a->site);
	r->section = put_str(w, a->section);
	r->url = put_str(w, a->url);
	r->author = put_str(w, a->author);
	r->published = put_str(w, a->published);
	r->time = put_str(w, a->time);
	r->more = t->more;
	put_strv(w, &a->keywords, &r->kw_start, &r->kw_n);
	put_strv(w, &a->body, &r->body_start, &r->body_n);
}

/* Pads the string block being laid out to a multiple of 8 bytes, so what
 * follows it stays aligned. */
static void put_pad(struct writer *w)
{
	static const char zeros[8];
	size_t pad = (8 - w->next % 8) % 8;
	if (w->pass == PASS_STRINGS)
		put_bytes(w, zeros, pad);
	w->next += pad;
}

/* One walk over the model: what w->pass writes. */
static void put_all(struct writer *w, const tt_thread *t, struct header *h)
{
	w->next = 0;
	w->nparas = 0;
	put_bytes(w, "", w->pass == PASS_STRINGS); /* offset 0: the "" that means NULL */
	w->next = 1;
	put_thread(w, t, &h->thread);
	uint64_t at = w->next; /* the short strings, then the paragraphs */
	for (size_t i = 0; i < t->ncomments; i++)
		put_short(w, t, t->order[i]);
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		const tt_comment_extra *x = tt_comment_extra_get(t, c);
		struct rec_comment r = {
		    .id = str_again(&at, c->id),
		    .author = str_again(&at, c->author),
		    .posted = str_again(&at, c->posted),
		    .time = str_again(&at, c->time),
		    .parent = c->parent ? c->parent->index : NO_PARENT,
		    .more = x->more,
		    .flags = c->flags & ~(unsigned)TT_C_EXTRA,
		    .line = c->line,
		    .col = c->col,
		    .edited = str_again(&at, x->edited),
		    .added = str_again(&at, x->added),
		};
		put_strv(w, &c->body, &r.body_start, &r.body_n);
		put_strv(w, &x->previous, &r.prev_start, &r.prev_n);
		if (w->pass == PASS_RECORDS)
			put_bytes(w, &r, sizeof r);
	}
	put_pad(w);
}

/* The id table's slot of an id: the model's hash of it, so the table is
 * the model's own id index (tt_thread_id_slots), written as it is. */
static uint64_t id_slot_hash(const char *id)
{
	return tt_thread_id_hash(id);
}

/* The id table's slots made anew, for a thread without its own (caller
 * frees); NULL when there are too many comments. */
static uint32_t *id_slots(const tt_thread *t, size_t *nslots)
{
	size_t n = t->ncomments;
	if (n >= UINT32_MAX / 4)
		return NULL;
	for (*nslots = 2; *nslots < 2 * n; *nslots *= 2)
		;
	uint32_t *slots = tt_xcalloc(*nslots, sizeof *slots);
	for (size_t i = 0; i < n; i++) {
		size_t k = id_slot_hash(t->order[i]->id) & (*nslots - 1);
		while (slots[k])
			k = (k + 1) & (*nslots - 1);
		slots[k] = (uint32_t)(i + 1);
	}
	return slots;
}

/* The id table: records, slots, strings. A thread too big for 32-bit slots
 * has none (nslots 0): `tag` then builds the model as other commands do. */
static void put_ids(struct writer *w, const tt_thread *t, struct header *h)
{
	size_t n = t->ncomments, nslots = 0;
	/* The model's own index when it has one: no copy beside the model (a
	 * 400,000-comment thread's would be 4 MB at the viewer's peak). */
	const uint32_t *slots = tt_thread_id_slots(t, &nslots);
	uint32_t *made = slots ? NULL : id_slots(t, &nslots);
	if (made)
		slots = made;
	else if (!slots)
		nslots = 0;
	w->next = 0;
	w->pass = PASS_RECORDS;
	put_str(w, "");
	h->tid = put_str(w, t->id);
	h->ttitle = put_str(w, t->article.title);
	for (size_t i = 0; slots && i < n; i++) {
		const tt_comment *c = t->order[i];
		struct rec_id r = {.id = put_str(w, c->id),
		                   .parent = c->parent ? c->parent->index : NO_PARENT};
		put_bytes(w, &r, sizeof r);
	}
	if (slots)
		put_bytes(w, slots, nslots * sizeof *slots);
	free(made);
	w->next = 0;
	w->pass = PASS_STRINGS;
	put_str(w, "");
	put_str(w, t->id);
	put_str(w, t->article.title);
	for (size_t i = 0; nslots && i < n; i++)
		put_str(w, t->order[i]->id);
	put_pad(w);
	h->nslots = nslots;
	h->nidstr = w->next;
}

/* Writes the index to f (or buf), hashing each section as it goes, with a
 * placeholder where the header goes; *h is the header to put there once f is
 * flushed. written: the clock before the source's stamp was last taken. */
static int write_body(FILE *f, tt_buf *buf, const tt_thread *t, const char *real,
                      const tt_index_stamp *st, int64_t written, struct header *h)
{
	*h = (struct header){.version = INDEX_VERSION,
	                     .endian = INDEX_ENDIAN,
	                     .header_size = sizeof *h,
	                     .comment_size = sizeof(struct rec_comment),
	                     .src = *st,
	                     .written_ns = written,
	                     .path_hash = tt_index_hash(0, real, strlen(real))};
	struct writer w = {.f = f, .buf = buf};
	struct hasher sec[NSEC];
	memcpy(h->magic, INDEX_MAGIC, 8);
	put_bytes(&w, h, sizeof *h); /* a placeholder until the counts are known */
	for (int i = 0; i < NSEC; i++)
		hasher_init(&sec[i], (uint64_t)i + 3);
	w.hs = &sec[SEC_COMMENTS];
	put_all(&w, t, h);
	struct header again; /* the same offsets once more; nothing of a pass is kept */
	w.pass = PASS_PARAS;
	w.hs = &sec[SEC_PARAS];
	put_all(&w, t, &again);
	h->ncomments = t->ncomments;
	h->fingerprint = fingerprint_of(t);
	h->nparas = w.nparas;
	w.pass = PASS_STRINGS;
	w.hs = &sec[SEC_STRINGS];
	if (buf) /* the strings' size is known: one allocation for them */
		tt_buf_reserve(buf, w.next);
	put_all(&w, t, &again);
	h->nstr = w.next;
	w.hs = &sec[SEC_IDS];
	put_ids(&w, t, h);
	h->total = sizeof *h + h->ncomments * sizeof(struct rec_comment) + h->nparas * 8 + h->nstr +
	           (h->nslots ? h->ncomments * sizeof(struct rec_id) : 0) + h->nslots * 4 +
	           h->nidstr;
	for (int i = 0; i < NSEC; i++)
		h->sec_hash[i] = hasher_end(&sec[i]);
	h->checksum = header_sum(h);
	return w.failed ? -1 : 0;
}

/* Writes the index into the open file fd; the header goes last, when the
 * counts and the hashes are known. */
static int write_to(int fd, const tt_thread *t, const char *real, const tt_index_stamp *st,
                    int64_t written)
{
	struct header h;
	FILE *f = fdopen(dup(fd), "wb");
	if (!f)
		return -1;
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	int rc = write_body(f, NULL, t, real, st, written, &h);
	if (fclose(f) != 0 || rc < 0)
		return -1;
	return pwrite(fd, &h, sizeof h, 0) == (ssize_t)sizeof h ? 0 : -1;
}

void tt_index_append(const tt_thread *t, tt_buf *out)
{
	static const tt_index_stamp none; /* made from no file */
	struct header h;
	size_t at = out->len;
	write_body(NULL, out, t, "", &none, 0, &h);
	memcpy(out->data + at, &h, sizeof h);
}

/* Whether two stamps say the same file as it was: everything but the whole
 * file's hash, which only a full stamp has. */
static int same_stamp(const tt_index_stamp *a, const tt_index_stamp *b)
{
	return a->size == b->size && a->ino == b->ino && a->dev == b->dev &&
	       a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec &&
	       a->ctime_sec == b->ctime_sec && a->ctime_nsec == b->ctime_nsec &&
	       a->quick == b->quick;
}

/* Makes a temp file beside index_path (directories created); its name in *tmp. */
static int create_beside(const char *index_path, char **tmp)
{
	char *dir = tt_xstrdup(index_path), *slash = strrchr(dir, '/');
	*tmp = tt_xasprintf("%s.%ld.tmp", index_path, (long)getpid());
	if (slash)
		*slash = '\0';
	int fd = slash && tt_mkdirs(dir) < 0
	             ? -1
	             : open(*tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	free(dir);
	return fd;
}

/* Closes fd and renames tmp over index_path when rc is 0, else removes tmp;
 * frees tmp. There is no fsync: a cache may be lost in a crash, and a torn
 * one fails its checks. */
static int put_in_place(int fd, char *tmp, const char *index_path, int rc)
{
	if (fd >= 0 && close(fd) < 0)
		rc = -1;
	if (rc == 0 && rename(tmp, index_path) < 0)
		rc = -1;
	if (rc < 0 && fd >= 0) {
		int e = errno;
		unlink(tmp);
		errno = e;
	}
	free(tmp);
	return rc;
}

/* The source is stamped and hashed again after the load: an index whose
 * stamp and hash were the same before and after describes what was loaded.
 * The clock is read before that stamp (see RACY_WINDOW_NS). */
int tt_index_write(const tt_thread *t, const char *path, const tt_index_stamp *st,
                   const char *index_path)
{
	tt_index_stamp now;
	int64_t written = now_ns();
	char *real = realpath(path, NULL), *tmp;
	if (!real || stamp(path, &now, 1) < 0) {
		free(real);
		return -1;
	}
	if (!same_stamp(st, &now) || st->hash != now.hash) { /* changed while it was loaded */
		free(real);
		errno = ESTALE;
		return -1;
	}
	int fd = create_beside(index_path, &tmp);
	int rc = fd < 0 ? -1 : write_to(fd, t, real, st, written);
	free(real);
	return put_in_place(fd, tmp, index_path, rc);
}

/* ---- reading ---- */

/* A mapped index and where its sections are. */
struct map {
	const unsigned char *base;
	size_t len;
	void *owned; /* an index in memory: this block is freed, nothing unmapped */
	const tt_thread *t; /* the thread made from it, once open */
	struct map *next;   /* in the list of open ones */
	const struct header *h;
	const unsigned char *sec[NSEC];
	size_t seclen[NSEC];
	const struct rec_comment *comments;
	const uint64_t *paras;
	const char *str;
	const struct rec_id *ids; /* the id table, for a thread opened for ids */
	const uint32_t *slots;
	const char *idstr;
	tt_thread *lean;   /* such a thread, */
	tt_comment **made; /* and the comments made for it so far, by index */
};

/* Gives back the pages of a mapped index; an index in memory (owned) has no
 * file to read them again from: released, its pages would read as zeros. */
static void release_map(const struct map *m)
{
	if (!m->owned)
		release(m->base, m->len);
}

/* Indexes whose threads are open, so a thread's fingerprint can be found
 * from the thread alone. Threads may be opened and freed on several threads
 * of the program, hence the lock. */
static struct map *live;
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;

static void unmap(void *arg)
{
	struct map *m = arg;
	pthread_mutex_lock(&live_lock);
	for (struct map **p = &live; *p; p = &(*p)->next)
		if (*p == m) {
			*p = m->next;
			break;
		}
	pthread_mutex_unlock(&live_lock);
	if (m->owned)
		free(m->owned);
	else
		munmap((void *)m->base, m->len);
	free(m->made);
	free(m);
}

/* The header's claims, its checksum (which covers the sections' hashes) and
 * the sections' sizes against the file's real size, overflow-checked. No
 * section's bytes are read. */
static int sections_fit(struct map *m)
{
	const struct header *h = m->h;
	if (m->len < sizeof *h || memcmp(h->magic, INDEX_MAGIC, 8) != 0 ||
	    h->version != INDEX_VERSION || h->endian != INDEX_ENDIAN ||
	    h->header_size != sizeof *h || h->comment_size != sizeof(struct rec_comment) ||
	    h->total != m->len || header_sum(h) != h->checksum)
		return 0;
	size_t rest = m->len - sizeof *h;
	if (h->ncomments > rest / sizeof(struct rec_comment) ||
	    h->ncomments > tt_thread_max_comments()) /* places are 32-bit in the model */
		return 0;
	rest -= h->ncomments * sizeof(struct rec_comment);
	if (h->nparas > rest / sizeof(uint64_t))
		return 0;
	rest -= h->nparas * sizeof(uint64_t);
	if (h->nstr > rest || h->nstr == 0)
		return 0;
	section_lengths(h, m->len, m->seclen);
	m->sec[0] = m->base + sizeof *h;
	for (int i = 1; i < NSEC; i++)
		m->sec[i] = m->sec[i - 1] + m->seclen[i - 1];
	m->comments = (const void *)m->sec[SEC_COMMENTS];
	m->paras = (const void *)m->sec[SEC_PARAS];
	m->str = (const char *)m->sec[SEC_STRINGS];
	return 1;
}

/* Whether section i is what the (checked) header says it is. */
static int section_ok(const struct map *m, int i)
{
	return section_hash(i, m->sec[i], m->seclen[i], !m->owned) == m->h->sec_hash[i];
}

/* The sections the model is built from, verified, and the string block's
 * ends: every offset below nstr then reaches a NUL inside the block. */
static int model_ok(const struct map *m)
{
	return section_ok(m, SEC_COMMENTS) && section_ok(m, SEC_PARAS) &&
	       section_ok(m, SEC_STRINGS) && m->str[0] == '\0' && m->str[m->h->nstr - 1] == '\0';
}

/* The id section, verified, against its parts' sizes, overflow-checked. */
static int ids_ok(struct map *m)
{
	const struct header *h = m->h;
	size_t rest = m->seclen[SEC_IDS];
	if (h->nslots < 2 || (h->nslots & (h->nslots - 1)) || h->nslots > rest / 4 ||
	    h->nslots <= h->ncomments)
		return 0;
	rest -= h->nslots * 4;
	if (h->ncomments > rest / sizeof(struct rec_id))
		return 0;
	rest -= h->ncomments * sizeof(struct rec_id);
	if (h->nidstr != rest || h->nidstr == 0 || !section_ok(m, SEC_IDS))
		return 0;
	m->ids = (const void *)m->sec[SEC_IDS];
	m->slots = (const void *)(m->ids + h->ncomments);
	m->idstr = (const char *)(m->slots + h->nslots);
	/* Every offset below nidstr then reaches a NUL inside the block. */
	return m->idstr[0] == '\0' && m->idstr[h->nidstr - 1] == '\0';
}

void tt_index_reseal(void *data, size_t len)
{
	struct header h;
	size_t sec[NSEC];
	const unsigned char *p = (const unsigned char *)data + sizeof h;
	if (len < sizeof h)
		return;
	memcpy(&h, data, sizeof h);
	section_lengths(&h, len, sec);
	for (int i = 0; i < NSEC; p += sec[i++])
		h.sec_hash[i] = section_hash(i, p, sec[i], 0);
	h.checksum = header_sum(&h);
	memcpy(data, &h, sizeof h);
}

/* What is checked is what keeps the model whole and every access in bounds.
 * The text is not checked for valid UTF-8 again (it cost 40% of a reopen):
 * accidental damage fails the checksum, and a forged index is no more
 * dangerous than a forged thread file, whose text every reader already
 * treats as untrusted bytes (invalid sequences are shown as U+FFFD). */

/* 1 when off starts one of the block's strings (0 being the empty one). */
static int string_start(const struct map *m, uint64_t off)
{
	return off < m->h->nstr && (off == 0 || m->str[off - 1] == '\0');
}

/* A string field (offset 0 is NULL); an offset that starts no string sets *bad. */
static const char *field(const struct map *m, uint64_t off, int *bad)
{
	if (!string_start(m, off)) {
		*bad = 1;
		return NULL;
	}
	return off ? m->str + off : NULL;
}

static void strv_read(tt_thread *t, const struct map *m, uint64_t start, uint64_t n, tt_strv *v,
                      int *bad)
{
	if (n > m->h->nparas || start > m->h->nparas - n || n > UINT_MAX) {
		*bad = 1;
		return;
	}
	if (!n)
		return;
	v->v = tt_thread_alloc(t, n * sizeof *v->v);
	v->n = v->cap = n;
	/* Only bounds: an offset inside a string still reaches the block's last
	 * NUL, and looking at the byte before it would read every page of the
	 * text (a 1,000,000-comment reopen read its 400 MB twice); the text is
	 * read when shown. */
	for (uint64_t i = 0; i < n; i++) {
		uint64_t off = m->paras[start + i];
		v->v[i] = off < m->h->nstr ? m->str + off : (*bad = 1, "");
	}
}

static void thread_read(tt_thread *t, const struct map *m, int *bad)
{
	const struct rec_thread *r = &m->h->thread;
	tt_article *a = &t->article;
	t->id = field(m, r->id, bad);
	t->source = field(m, r->source, bad);
	t->source_url = field(m, r->source_url, bad);
	t->fetched = field(m, r->fetched, bad);
	a->title = field(m, r->title, bad);
	a->site = field(m, r->site, bad);
	a->section = field(m, r->section, bad);
	a->url = field(m, r->url, bad);
	a->author = field(m, r->author, bad);
	a->published = field(m, r->published, bad);
	a->time = field(m, r->time, bad);
	t->more = r->more;
	strv_read(t, m, r->kw_start, r->kw_n, &a->keywords, bad);
	strv_read(t, m, r->body_start, r->body_n, &a->body, bad);
}

/* Tells the loads' progress hook (a loading screen) about the comments
 * made so far, as tt_thread_load does: the records are in preorder, so the
 * first ones are the first screen. *bad set when the hook stops the open. */
static void report(const tt_thread *t, const struct map *m, size_t done, int *bad)
{
	size_t n = m->h->ncomments;
	tt_load_progress p = {.t = t,
	                      .ncomments = t->ncomments,
	                      .bytes = n ? (size_t)((double)m->len * (double)done / (double)n)
	                                 : m->len,
	                      .total = m->len};
	if (tt_thread_load_report(&p))
		*bad = 1;
}

/* The comments, each under a parent that came before it (preorder). */
static void comments_read(tt_thread *t, const struct map *m, int *bad)
{
	size_t n = m->h->ncomments;
	tt_comment **all = tt_xmalloc((n ? n : 1) * sizeof *all);
	for (size_t i = 0; i < n && !*bad; i++) {
		if (i % TT_LOAD_PROGRESS_EVERY == 0)
			report(t, m, i, bad);
		const struct rec_comment *r = &m->comments[i];
		if (r->parent != NO_PARENT && r->parent >= i) {
			*bad = 1;
			break;
		}
		tt_comment *c =
		    tt_thread_add_comment(t, r->parent == NO_PARENT ? NULL : all[r->parent]);
		all[i] = c;
		c->id = field(m, r->id, bad);
		c->author = field(m, r->author, bad);
		c->posted = field(m, r->posted, bad);
		c->time = field(m, r->time, bad);
		c->flags = r->flags & (TT_C_DELETED | TT_C_DEAD | TT_C_DERIVED_ID);
		c->line = r->line;
		c->col = r->col;
		strv_read(t, m, r->body_start, r->body_n, &c->body, bad);
		if (r->more || r->edited || r->added || r->prev_n) {
			tt_comment_extra *x = tt_comment_extra_set(t, c);
			x->more = r->more;
			x->edited = field(m, r->edited, bad);
			x->added = field(m, r->added, bad);
			strv_read(t, m, r->prev_start, r->prev_n, &x->previous, bad);
		}
		*bad |= !c->id;
		if (i % 8192 == 8191) /* the records and text read so far: not kept resident */
			release_map(m);
	}
	if (!*bad)
		report(t, m, n, bad);
	free(all);
}

/* The same index with a new time of writing (once the source's last change
 * is out of the racy window), so later opens trust its stamp alone. A copy
 * renamed into place: other readers may have the old one mapped. */
static void restamp(const struct map *m, const char *index_path, int64_t written)
{
	struct header h = *m->h;
	char *tmp;
	h.written_ns = written;
	h.checksum = header_sum(&h);
	int fd = create_beside(index_path, &tmp);
	size_t rest = m->len - sizeof h;
	int rc = fd < 0 || pwrite(fd, &h, sizeof h, 0) != (ssize_t)sizeof h ||
	                 pwrite(fd, m->base + sizeof h, rest, sizeof h) != (ssize_t)rest
	             ? -1
	             : 0;
	release_map(m);
	(void)put_in_place(fd, tmp, index_path, rc);
}

/* Whether the index was made from this very file as it is now: its real path,
 * and its stamp (size, mtime, ctime, inode, device, first and last 64 KiB).
 * Any write through the file system sets the ctime, which programs cannot set
 * back; but a write in the same clock tick as the stamp was taken leaves it
 * alike, so an index written within RACY_WINDOW_NS of the source's last change
 * is trusted only once the whole source hashes the same (git's racy-clean
 * entries), and is stamped anew once that change is old enough. */
static int source_matches(const struct map *m, const char *path, const char *index_path)
{
	tt_index_stamp now, full;
	char *real = realpath(path, NULL);
	int ok = real && tt_index_hash(0, real, strlen(real)) == m->h->path_hash;
	free(real);
	if (!ok || stamp(path, &now, 0) < 0 || !same_stamp(&m->h->src, &now))
		return 0;
	if (changed_ns(&now) + RACY_WINDOW_NS <= m->h->written_ns)
		return 1;
	int64_t t0 = now_ns();
	if (stamp(path, &full, 1) < 0 || !same_stamp(&full, &now) || full.hash != m->h->src.hash)
		return 0;
	if (changed_ns(&now) + RACY_WINDOW_NS <= t0)
		restamp(m, index_path, t0);
	return 1;
}

static struct map *map_index(const char *index_path)
{
	int fd = open(index_path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) ||
	    sb.st_size < (off_t)sizeof(struct header)) {
		close(fd);
		return NULL;
	}
	struct map *m = tt_xcalloc(1, sizeof *m);
	m->len = (size_t)sb.st_size;
	/* Not populated: its pages come in as the checks read them, and go (release). */
	void *p = mmap(NULL, m->len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		free(m);
		return NULL;
	}
	m->base = p;
	m->h = p;
	return m;
}

/* Puts m in the list of open indexes, for tt_index_fingerprint. */
static void make_live(struct map *m, const tt_thread *t)
{
	m->t = t;
	pthread_mutex_lock(&live_lock);
	m->next = live;
	live = m;
	pthread_mutex_unlock(&live_lock);
}

/* The thread of a checked index m (named name), which it then owns; NULL
 * (m released) when a record is wrong. */
static tt_thread *thread_of(struct map *m, const char *name)
{
	tt_thread *t = tt_thread_new();
	int bad = 0;
	tt_error err;
	tt_thread_on_free(t, unmap, m);
	t->name = tt_thread_strdup(t, name, (size_t)-1);
	thread_read(t, m, &bad);
	comments_read(t, m, &bad);
	if (bad || tt_thread_finish(t, &err) < 0) {
		tt_thread_free(t);
		return NULL;
	}
	release_map(m); /* the text comes back as it is shown */
	make_live(m, t);
	return t;
}

tt_thread *tt_index_open(const char *path, const char *index_path)
{
	struct map *m = map_index(index_path);
	if (!m)
		return NULL;
	if (!sections_fit(m) || !model_ok(m) || !source_matches(m, path, index_path)) {
		unmap(m);
		return NULL;
	}
	return thread_of(m, path);
}

tt_thread *tt_index_open_mem(const char *name, void *block, size_t off, size_t len)
{
	static const tt_index_stamp none;
	struct map *m = tt_xcalloc(1, sizeof *m);
	m->owned = block;
	m->base = (const unsigned char *)block + off;
	m->len = len;
	m->h = (const void *)m->base;
	if ((uintptr_t)m->base % 8 || len < sizeof(struct header) || !sections_fit(m) ||
	    !model_ok(m) || m->h->path_hash != tt_index_hash(0, "", 0) ||
	    memcmp(&m->h->src, &none, sizeof none) != 0) {
		unmap(m);
		return NULL;
	}
	return thread_of(m, name);
}

/* ---- threads for id checks ---- */

/* A string of the id block (offset 0 is NULL); NULL and *bad set when off
 * starts none. */
static const char *id_string(const struct map *m, uint64_t off, int *bad)
{
	if (off >= m->h->nidstr || (off && m->idstr[off - 1] != '\0')) {
		*bad = 1;
		return NULL;
	}
	return off ? m->idstr + off : NULL;
}

/* The index of the comment with this id, or SIZE_MAX. */
static size_t id_lookup(const struct map *m, const char *id)
{
	uint64_t mask = m->h->nslots - 1, k = id_slot_hash(id) & mask;
	for (uint64_t probes = 0; probes < m->h->nslots; probes++, k = (k + 1) & mask) {
		uint64_t v = m->slots[k];
		if (v == 0)
			break;
		if (v > m->h->ncomments || m->ids[v - 1].id >= m->h->nidstr)
			continue; /* a forged slot: in bounds, never followed */
		if (strcmp(m->idstr + m->ids[v - 1].id, id) == 0)
			return (size_t)(v - 1);
	}
	return SIZE_MAX;
}

/* The comment at index k and its ancestors, made once each: id, index,
 * parent and depth (the text is not read). NULL when an id does not start a
 * string or a parent does not come before its reply. */
static tt_comment *make_comment(struct map *m, size_t k)
{
	size_t *chain = NULL, n = 0, cap = 0;
	int bad = 0;
	for (size_t i = k; !m->made[i]; i = (size_t)m->ids[i].parent) {
		if (n == cap)
			chain = tt_xrealloc(chain, (cap = cap ? 2 * cap : 16) * sizeof *chain);
		chain[n++] = i;
		if (m->ids[i].parent == NO_PARENT)
			break;
		if (m->ids[i].parent >= i) {
			free(chain);
			return NULL;
		}
	}
	while (n-- && !bad) {
		const struct rec_id *r = &m->ids[chain[n]];
		tt_comment *c = tt_thread_alloc(m->lean, sizeof *c);
		memset(c, 0, sizeof *c);
		c->id = id_string(m, r->id, &bad);
		c->index = chain[n];
		if (r->parent != NO_PARENT) {
			c->parent = m->made[r->parent];
			c->depth = c->parent->depth + 1;
		}
		m->made[chain[n]] = c;
	}
	free(chain);
	return bad ? NULL : m->made[k];
}

/* tt_thread_find of a thread opened for ids. */
static tt_comment *find_id(void *arg, const char *id)
{
	struct map *m = arg;
	size_t k = id_lookup(m, id);
	if (k == SIZE_MAX)
		return NULL;
	if (!m->made)
		m->made = tt_xcalloc(m->h->ncomments, sizeof *m->made);
	tt_comment *c = make_comment(m, k);
	return c && c->id && strcmp(c->id, id) == 0 ? c : NULL;
}

tt_thread *tt_index_open_ids(const char *path, const char *index_path)
{
	struct map *m = map_index(index_path);
	if (!m)
		return NULL;
	if (!sections_fit(m) || !ids_ok(m) || m->h->thread.body_n > m->h->nparas ||
	    m->h->thread.body_n > UINT_MAX ||
	    !source_matches(m, path, index_path)) {
		unmap(m);
		return NULL;
	}
	tt_thread *t = tt_thread_new();
	int bad = 0;
	tt_thread_on_free(t, unmap, m);
	m->lean = t;
	t->name = tt_thread_strdup(t, path, (size_t)-1);
	t->id = id_string(m, m->h->tid, &bad);
	t->article.title = id_string(m, m->h->ttitle, &bad);
	t->more = m->h->thread.more;
	/* The article's paragraphs are counted (items @article/N), not read. */
	size_t np = (size_t)m->h->thread.body_n;
	t->article.body.v = np ? tt_thread_alloc(t, np * sizeof *t->article.body.v) : NULL;
	for (size_t i = 0; i < np; i++)
		t->article.body.v[i] = "";
	t->article.body.n = t->article.body.cap = (unsigned)np;
	if (bad || !t->id) {
		tt_thread_free(t);
		return NULL;
	}
	tt_thread_set_finder(t, find_id, m);
	make_live(m, t);
	return t;
}

void tt_index_fingerprint(const tt_thread *t, char out[TT_INDEX_FP_LEN])
{
	uint64_t h = 0;
	int found = 0;
	pthread_mutex_lock(&live_lock);
	for (const struct map *m = live; m && !found; m = m->next)
		if (m->t == t) {
			h = m->h->fingerprint;
			found = 1;
		}
	pthread_mutex_unlock(&live_lock);
	if (!found)
		h = fingerprint_of(t);
	snprintf(out, TT_INDEX_FP_LEN, "fnv1a64:%016llx", (unsigned long long)h);
}
