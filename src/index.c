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
#include <unistd.h>
/* The state's layout, so hashers live on the stack (a stable part of the
 * library's interface since 0.8.0, the one Debian 12 ships). */
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/hash.h"
#include "threadtag/xalloc.h"

/* The file: header, comment records in preorder, paragraph references, then
 * the strings (NUL-terminated; offset 0 is the empty string that stands for
 * NULL in the named fields). Native byte order: it is this machine's cache. */
#define INDEX_MAGIC "TTINDEX\x01"
enum { INDEX_VERSION = 5, INDEX_ENDIAN = 0x01020304 };
#define NO_PARENT UINT64_MAX

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

struct header {
	char magic[8];
	uint32_t version, endian, header_size, comment_size;
	tt_index_stamp src;
	uint64_t ncomments, nparas, nstr, total;
	uint64_t path;        /* the source's real path, in the strings */
	uint64_t fingerprint; /* tt_index_fingerprint's hash, so tag stores need not
	                       * read all the text again */
	uint64_t checksum;    /* of the whole file with this field zero */
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

int tt_index_stamp_of(const char *path, tt_index_stamp *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0)
		return -1;
	if (fstat(fd, &sb) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) { /* a pipe or a device: nothing to stamp */
		close(fd);
		errno = EINVAL;
		return -1;
	}
	memset(st, 0, sizeof *st);
	st->size = (uint64_t)sb.st_size;
	st->ino = (uint64_t)sb.st_ino;
	st->dev = (uint64_t)sb.st_dev;
	st->mtime_sec = (int64_t)sb.st_mtim.tv_sec;
	st->mtime_nsec = (int64_t)sb.st_mtim.tv_nsec;
	/* Read in pieces rather than mapped: a mapping would count the whole
	 * file in the viewer's resident memory while the model is built. */
	enum { PIECE = 1 << 20 };
	struct hasher hs;
	char *buf = tt_xmalloc(PIECE);
	ssize_t n;
	int rc = 0;
	hasher_init(&hs, 1);
	while ((n = read(fd, buf, PIECE)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = -1;
			break;
		}
		hasher_add(&hs, buf, (size_t)n);
	}
	free(buf);
	st->hash = hasher_end(&hs);
	close(fd);
	return rc;
}

/* Section lengths as the header claims them, cut to what len holds. */
static void section_lengths(const struct header *h, size_t len, size_t out[3])
{
	size_t rest = len - sizeof *h;
	out[0] = h->ncomments <= rest / sizeof(struct rec_comment)
	             ? h->ncomments * sizeof(struct rec_comment)
	             : rest;
	rest -= out[0];
	out[1] = h->nparas <= rest / sizeof(uint64_t) ? h->nparas * sizeof(uint64_t) : rest;
	out[2] = rest - out[1];
}

/* The checksum: a hash of the hashes of the header (checksum field zero) and
 * of each section, so the writer can hash each section as it writes it. */
static uint64_t combine(const uint64_t part[4])
{
	return tt_index_hash(6, part, 4 * sizeof *part);
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

/* tt_index_hash of a section; with mapped set, a piece at a time, each piece
 * released once hashed (XXH3 gives the same hash however the input is cut). */
static uint64_t section_hash(uint64_t seed, const unsigned char *p, size_t len, int mapped)
{
	enum { PIECE = 4 << 20 };
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

/* The checksum of an index at base; mapped: base is a read-only mapping of
 * the file, whose pages may be released as they are read. */
static uint64_t checksum(const unsigned char *base, size_t len, int mapped)
{
	struct header h;
	size_t sec[3];
	uint64_t part[4];
	memcpy(&h, base, sizeof h);
	h.checksum = 0;
	part[0] = tt_index_hash(2, &h, sizeof h);
	section_lengths(&h, len, sec);
	base += sizeof h;
	for (int i = 0; i < 3; base += sec[i++])
		part[i + 1] = section_hash((uint64_t)i + 3, base, sec[i], mapped);
	return combine(part);
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
static void put_short(struct writer *w, const tt_comment *c)
{
	put_str(w, c->id);
	put_str(w, c->author);
	put_str(w, c->posted);
	put_str(w, c->time);
	put_str(w, c->edited);
	put_str(w, c->added);
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

/* One walk over the model: what w->pass writes. */
static void put_all(struct writer *w, const tt_thread *t, const char *real, struct header *h)
{
	w->next = 0;
	w->nparas = 0;
	put_bytes(w, "", w->pass == PASS_STRINGS); /* offset 0: the "" that means NULL */
	w->next = 1;
	h->path = put_str(w, real);
	put_thread(w, t, &h->thread);
	uint64_t at = w->next; /* the short strings, then the paragraphs */
	for (size_t i = 0; i < t->ncomments; i++)
		put_short(w, t->order[i]);
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		struct rec_comment r = {
		    .id = str_again(&at, c->id),
		    .author = str_again(&at, c->author),
		    .posted = str_again(&at, c->posted),
		    .time = str_again(&at, c->time),
		    .parent = c->parent ? c->parent->index : NO_PARENT,
		    .more = c->more,
		    .flags = c->flags,
		    .line = c->line,
		    .col = c->col,
		    .edited = str_again(&at, c->edited),
		    .added = str_again(&at, c->added),
		};
		put_strv(w, &c->body, &r.body_start, &r.body_n);
		put_strv(w, &c->previous, &r.prev_start, &r.prev_n);
		if (w->pass == PASS_RECORDS)
			put_bytes(w, &r, sizeof r);
	}
	static const char zeros[8];
	if (w->pass == PASS_STRINGS)
		put_bytes(w, zeros,
		          (8 - w->next % 8) % 8); /* keeps the file's size a multiple of 8 */
	w->next += (8 - w->next % 8) % 8;
}

/* Writes the index to f, hashing each section as it goes, with a placeholder
 * where the header goes; *h is the header to put there once f is flushed. */
static int write_body(FILE *f, tt_buf *buf, const tt_thread *t, const char *real,
                      const tt_index_stamp *st, struct header *h)
{
	*h = (struct header){.version = INDEX_VERSION,
	                     .endian = INDEX_ENDIAN,
	                     .header_size = sizeof *h,
	                     .comment_size = sizeof(struct rec_comment),
	                     .src = *st};
	struct writer w = {.f = f, .buf = buf};
	struct hasher sec[3];
	uint64_t part[4];
	memcpy(h->magic, INDEX_MAGIC, 8);
	put_bytes(&w, h, sizeof *h); /* a placeholder until the counts are known */
	for (int i = 0; i < 3; i++)
		hasher_init(&sec[i], (uint64_t)i + 3);
	w.hs = &sec[0];
	put_all(&w, t, real, h);
	struct header again; /* the same offsets once more; nothing of a pass is kept */
	w.pass = PASS_PARAS;
	w.hs = &sec[1];
	put_all(&w, t, real, &again);
	h->ncomments = t->ncomments;
	h->fingerprint = fingerprint_of(t);
	h->nparas = w.nparas;
	w.pass = PASS_STRINGS;
	w.hs = &sec[2];
	if (buf) /* the strings' size is known: one allocation for them */
		tt_buf_reserve(buf, w.next);
	put_all(&w, t, real, &again);
	h->nstr = w.next;
	h->total = sizeof *h + h->ncomments * sizeof(struct rec_comment) + h->nparas * 8 + h->nstr;
	part[0] = tt_index_hash(2, h, sizeof *h);
	for (int i = 0; i < 3; i++)
		part[i + 1] = hasher_end(&sec[i]);
	h->checksum = combine(part);
	return w.failed ? -1 : 0;
}

/* Writes the index into the open file fd; the header goes last, when the
 * counts and the checksum are known. */
static int write_to(int fd, const tt_thread *t, const char *real, const tt_index_stamp *st)
{
	struct header h;
	FILE *f = fdopen(dup(fd), "wb");
	if (!f)
		return -1;
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	int rc = write_body(f, NULL, t, real, st, &h);
	if (fclose(f) != 0 || rc < 0)
		return -1;
	return pwrite(fd, &h, sizeof h, 0) == (ssize_t)sizeof h ? 0 : -1;
}

void tt_index_append(const tt_thread *t, tt_buf *out)
{
	static const tt_index_stamp none; /* made from no file */
	struct header h;
	size_t at = out->len;
	write_body(NULL, out, t, "", &none, &h);
	memcpy(out->data + at, &h, sizeof h);
}

static int same_stamp(const tt_index_stamp *a, const tt_index_stamp *b)
{
	return a->size == b->size && a->ino == b->ino && a->dev == b->dev &&
	       a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec && a->hash == b->hash;
}

/* A temp file beside index_path, renamed over it once whole. There is no
 * fsync: a cache may be lost in a crash, and a torn one fails its checksum. */
int tt_index_write(const tt_thread *t, const char *path, const tt_index_stamp *st,
                   const char *index_path)
{
	tt_index_stamp now;
	char *real = realpath(path, NULL);
	if (!real || tt_index_stamp_of(path, &now) < 0) {
		free(real);
		return -1;
	}
	if (!same_stamp(st, &now)) { /* changed while it was loaded */
		free(real);
		errno = ESTALE;
		return -1;
	}
	char *dir = tt_xstrdup(index_path), *slash = strrchr(dir, '/');
	char *tmp = tt_xasprintf("%s.%ld.tmp", index_path, (long)getpid());
	if (slash)
		*slash = '\0';
	int fd = slash && tt_mkdirs(dir) < 0
	             ? -1
	             : open(tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	int rc = fd < 0 ? -1 : write_to(fd, t, real, st);
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
	free(dir);
	free(real);
	return rc;
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
	const struct rec_comment *comments;
	const uint64_t *paras;
	const char *str;
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
	free(m);
}

/* The header's claims against the file's real size, overflow-checked. */
static int sections_fit(struct map *m)
{
	const struct header *h = m->h;
	if (m->len < sizeof *h || memcmp(h->magic, INDEX_MAGIC, 8) != 0 ||
	    h->version != INDEX_VERSION || h->endian != INDEX_ENDIAN ||
	    h->header_size != sizeof *h || h->comment_size != sizeof(struct rec_comment) ||
	    h->total != m->len)
		return 0;
	size_t rest = m->len - sizeof *h;
	if (h->ncomments > rest / sizeof(struct rec_comment))
		return 0;
	rest -= h->ncomments * sizeof(struct rec_comment);
	if (h->nparas > rest / sizeof(uint64_t))
		return 0;
	rest -= h->nparas * sizeof(uint64_t);
	if (h->nstr != rest || h->nstr == 0)
		return 0;
	m->comments = (const void *)(m->base + sizeof *h);
	m->paras = (const void *)(m->comments + h->ncomments);
	m->str = (const char *)(m->paras + h->nparas);
	/* Every offset below nstr then reaches a NUL inside the block. */
	return m->str[0] == '\0' && m->str[h->nstr - 1] == '\0';
}

static int checksum_ok(const struct map *m)
{
	return checksum(m->base, m->len, !m->owned) == m->h->checksum;
}

void tt_index_reseal(void *data, size_t len)
{
	if (len < sizeof(struct header))
		return;
	uint64_t sum = checksum(data, len, 0);
	memcpy((char *)data + offsetof(struct header, checksum), &sum, sizeof sum);
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
	for (uint64_t i = 0; i < n; i++) {
		uint64_t off = m->paras[start + i];
		v->v[i] = string_start(m, off) ? m->str + off : (*bad = 1, "");
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

/* The comments, each under a parent that came before it (preorder). */
static void comments_read(tt_thread *t, const struct map *m, int *bad)
{
	size_t n = m->h->ncomments;
	tt_comment **all = tt_xmalloc((n ? n : 1) * sizeof *all);
	for (size_t i = 0; i < n && !*bad; i++) {
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
		c->more = r->more;
		c->flags = r->flags & (TT_C_DELETED | TT_C_DEAD | TT_C_DERIVED_ID);
		c->line = r->line;
		c->col = r->col;
		c->edited = field(m, r->edited, bad);
		c->added = field(m, r->added, bad);
		strv_read(t, m, r->body_start, r->body_n, &c->body, bad);
		strv_read(t, m, r->prev_start, r->prev_n, &c->previous, bad);
		*bad |= !c->id;
		if (i % 8192 == 8191) /* the records and text read so far: not kept resident */
			release_map(m);
	}
	free(all);
}

/* Whether the index was made from this very file as it is now. */
static int source_matches(const struct map *m, const char *path)
{
	tt_index_stamp now;
	char *real = realpath(path, NULL);
	int ok = real && m->h->path < m->h->nstr && strcmp(m->str + m->h->path, real) == 0;
	free(real);
	if (!ok || tt_index_stamp_of(path, &now) < 0)
		return 0;
	return same_stamp(&m->h->src, &now);
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
	m->t = t;
	pthread_mutex_lock(&live_lock);
	m->next = live;
	live = m;
	pthread_mutex_unlock(&live_lock);
	return t;
}

tt_thread *tt_index_open(const char *path, const char *index_path)
{
	struct map *m = map_index(index_path);
	if (!m)
		return NULL;
	if (!sections_fit(m) || !checksum_ok(m) || !source_matches(m, path)) {
		unmap(m);
		return NULL;
	}
	return thread_of(m, path);
}

tt_thread *tt_index_open_mem(const char *name, void *block, size_t off, size_t len)
{
	struct map *m = tt_xcalloc(1, sizeof *m);
	m->owned = block;
	m->base = (const unsigned char *)block + off;
	m->len = len;
	m->h = (const void *)m->base;
	if ((uintptr_t)m->base % 8 || len < sizeof(struct header) || !sections_fit(m) ||
	    !checksum_ok(m) || m->h->path >= m->h->nstr || m->str[m->h->path] ||
	    m->h->src.size || m->h->src.hash) {
		unmap(m);
		return NULL;
	}
	return thread_of(m, name);
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
