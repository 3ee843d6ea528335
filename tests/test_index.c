/* test_index: the binary index gives back the model exactly, and is never trusted when stale or
 * damaged. */
#include "tt_test.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/import.h"
#include "threadtag/index.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static const char *const threads[] = {
    "samples/nested-old-town-car-ban.yaml",
    "samples/ukraine-security-guarantees.yaml",
    "tests/data/hostile.yaml",
    "tests/data/deep.yaml",
    "tests/data/wide.yaml",
    "tests/data/small.yaml",
    "tests/data/threads/updated.yaml", /* what an update records: url, edits, additions */
};

static char *dir;

static int setup(void **state)
{
	(void)state;
	dir = tt_test_tmpdir();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	free(dir);
	return 0;
}

/* A private copy of a thread of the source tree, so tests may change it. */
static char *copy_thread(const char *rel, const char *as)
{
	char *src = tt_test_src(rel), *data = tt_test_slurp(src);
	char *path = tt_xasprintf("%s/%s", dir, as);
	assert_non_null(data);
	tt_test_write(path, data);
	free(data);
	free(src);
	return path;
}

/* Loads path, writes its index to idx, and returns the loaded thread. */
static tt_thread *load_and_index(const char *path, const char *idx)
{
	tt_error err;
	tt_index_stamp st;
	assert_int_equal(tt_index_stamp_of(path, &st), 0);
	tt_thread *t = tt_thread_load(path, &err, NULL);
	if (!t)
		fail_msg("%s: %s", path, err.msg);
	assert_int_equal(tt_index_write(t, path, &st, idx), 0);
	return t;
}

static void assert_same_thread(const tt_thread *a, const tt_thread *b)
{
	size_t la, lb;
	char *ya = tt_thread_to_yaml(a, &la), *yb = tt_thread_to_yaml(b, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(ya, yb, la);
	free(ya);
	free(yb);
	assert_int_equal(a->ncomments, b->ncomments);
	assert_string_equal(a->id, b->id);
	assert_int_equal(a->max_depth, b->max_depth);
	for (size_t i = 0; i < a->ncomments; i++) {
		const tt_comment *x = a->order[i], *y = b->order[i];
		assert_string_equal(x->id, y->id);
		assert_int_equal(x->flags, y->flags);
		assert_int_equal(x->line, y->line);
		assert_int_equal(x->col, y->col);
		assert_int_equal(x->depth, y->depth);
		assert_int_equal(x->subtree, y->subtree);
		assert_ptr_equal(tt_thread_find(b, x->id), y);
	}
}

/* Every sample back through its index: the same model, field by field. */
static void round_trip(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
		char *path = copy_thread(threads[i], "rt.yaml"),
		     *idx = tt_xasprintf("%s/rt.idx", dir);
		tt_thread *t = load_and_index(path, idx);
		tt_thread *u = tt_index_open(path, idx);
		if (!u)
			fail_msg("%s: the index did not open", threads[i]);
		assert_same_thread(t, u);
		char fa[TT_INDEX_FP_LEN], fb[TT_INDEX_FP_LEN];
		tt_index_fingerprint(t, fa);
		tt_index_fingerprint(u, fb);
		assert_string_equal(fa, fb);
		assert_int_equal(strncmp(fa, "fnv1a64:", 8), 0);
		tt_thread_free(t);
		tt_thread_free(u);
		free(path);
		free(idx);
	}
}

/* An index of more comments than a thread may hold is refused (the model's
 * places are 32-bit), both ways of opening it. */
static void over_the_limit_is_refused(void **state)
{
	(void)state;
	char *path = copy_thread("tests/data/small.yaml", "limit.yaml"),
	     *idx = tt_xasprintf("%s/limit.idx", dir);
	tt_thread *t = load_and_index(path, idx);
	tt_thread *u = tt_index_open(path, idx);
	assert_non_null(u);
	tt_thread_free(u);
	tt_thread_set_max_comments(t->ncomments - 1);
	assert_null(tt_index_open(path, idx));
	assert_null(tt_index_open_ids(path, idx));
	tt_thread_set_max_comments(0);
	u = tt_index_open_ids(path, idx);
	assert_non_null(u);
	tt_thread_free(u);
	tt_thread_free(t);
	free(path);
	free(idx);
}

/* An index made in memory (a fetch's finished thread, kept in the cache):
 * every sample back the same, at an offset of its block; refused when cut
 * short, damaged, misplaced (records not aligned) or made from a file. */
static void index_in_memory(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
		char *src = tt_test_src(threads[i]);
		tt_error err;
		tt_thread *t = tt_thread_load(src, &err, NULL);
		if (!t)
			fail_msg("%s: %s", src, err.msg);
		tt_buf b = {0};
		tt_buf_adds(&b, "prefix:\n"); /* 8 bytes: what the cache entry puts first */
		tt_index_append(t, &b);
		size_t len = b.len - 8;
		/* Whole: the same thread, and its fingerprint from the index. */
		char *copy = tt_xmalloc(b.len);
		memcpy(copy, b.data, b.len);
		tt_thread *u = tt_index_open_mem("mem", copy, 8, len);
		if (!u)
			fail_msg("%s: the index in memory did not open", threads[i]);
		assert_same_thread(t, u);
		char fa[TT_INDEX_FP_LEN], fb[TT_INDEX_FP_LEN];
		tt_index_fingerprint(t, fa);
		tt_index_fingerprint(u, fb);
		assert_string_equal(fa, fb);
		tt_thread_free(u);
		/* Cut short, a byte flipped, or one byte off its place: refused. */
		copy = tt_xmalloc(b.len);
		memcpy(copy, b.data, b.len);
		assert_null(tt_index_open_mem("mem", copy, 8, len - 8));
		copy = tt_xmalloc(b.len);
		memcpy(copy, b.data, b.len);
		copy[8 + len / 2] ^= 0x20;
		assert_null(tt_index_open_mem("mem", copy, 8, len));
		copy = tt_xmalloc(b.len + 1);
		memcpy(copy + 1, b.data, b.len);
		assert_null(tt_index_open_mem("mem", copy, 9, len));
		tt_buf_free(&b);
		tt_thread_free(t);
		free(src);
	}
	/* An index of a file is not taken as one made in memory. */
	char *path = copy_thread(threads[0], "mem.yaml"), *idx = tt_xasprintf("%s/mem.idx", dir);
	tt_thread *t = load_and_index(path, idx);
	struct stat st;
	assert_int_equal(stat(idx, &st), 0);
	char *block = tt_xmalloc((size_t)st.st_size);
	int fd = open(idx, O_RDONLY);
	assert_int_equal(read(fd, block, (size_t)st.st_size), st.st_size);
	close(fd);
	assert_null(tt_index_open_mem("mem", block, 0, (size_t)st.st_size));
	tt_thread_free(t);
	free(path);
	free(idx);
}

/* Any change to the source makes the index unusable: bytes (even with size
 * and times put back), times alone, a new file in its place. */
static void stale_index_is_ignored(void **state)
{
	char *path = copy_thread("samples/nested-old-town-car-ban.yaml", "st.yaml");
	char *idx = tt_xasprintf("%s/st.idx", dir), *data = tt_test_slurp(path);
	struct stat sb;
	(void)state;
	tt_thread_free(load_and_index(path, idx));

	/* One byte changed, the size and both times restored. */
	assert_int_equal(stat(path, &sb), 0);
	char *changed = tt_xstrdup(data);
	char *p = strstr(changed, "title:");
	assert_non_null(p);
	p[7] ^= 0x20;
	int fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, changed, strlen(changed)), (ssize_t)strlen(changed));
	struct timespec times[2] = {sb.st_atim, sb.st_mtim};
	assert_int_equal(futimens(fd, times), 0);
	close(fd);
	assert_null(tt_index_open(path, idx));

	/* Back as it was, but a newer modification time (past the clock's tick). */
	usleep(20000);
	tt_test_write(path, data);
	assert_null(tt_index_open(path, idx));
	tt_thread_free(load_and_index(path, idx));
	tt_thread *t = tt_index_open(path, idx);
	assert_non_null(t);
	tt_thread_free(t);

	/* The same bytes as a new file (another inode) in its place. */
	char *other = tt_xasprintf("%s/other.yaml", dir);
	tt_test_write(other, data);
	assert_int_equal(rename(other, path), 0);
	assert_null(tt_index_open(path, idx));

	/* Another file's index is not this file's. */
	char *second = copy_thread("samples/nested-old-town-car-ban.yaml", "second.yaml");
	assert_null(tt_index_open(second, idx));
	free(second);
	free(other);
	free(changed);
	free(data);
	free(path);
	free(idx);
}

static void write_bytes(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

/* Reads a whole binary file. */
static char *read_bytes(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	rewind(f);
	char *b = tt_xmalloc(*len + 1);
	assert_int_equal(fread(b, 1, *len, f), *len);
	fclose(f);
	return b;
}

/* The index's clock: the real one moved by clock_shift seconds. */
static long clock_shift;

static void shifted_clock(struct timespec *ts)
{
	clock_gettime(CLOCK_REALTIME, ts);
	ts->tv_sec += clock_shift;
}

/* Changes the source's whole-file hash in the index's header (so the index
 * claims other bytes than the source has) and reseals it. */
static void forge_source_hash(const char *path, const char *idx)
{
	tt_index_stamp st;
	size_t len;
	assert_int_equal(tt_index_stamp_of(path, &st), 0);
	char *data = read_bytes(idx, &len);
	char *at = memmem(data, len < 1024 ? len : 1024, &st.hash, sizeof st.hash);
	assert_non_null(at);
	at[0] ^= 0x5a;
	tt_index_reseal(data, len);
	write_bytes(idx, data, len);
	free(data);
}

static ino_t inode_of(const char *path)
{
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	return sb.st_ino;
}

/* A sample with 100 KB of YAML comment lines before and after it, so a change
 * to its title lies outside the first and last 64 KiB the stamp hashes. */
static char *padded_thread(const char *as)
{
	char *src = tt_test_src("samples/nested-old-town-car-ban.yaml"), *body = tt_test_slurp(src);
	char *path = tt_xasprintf("%s/%s", dir, as);
	tt_buf b = {0};
	assert_non_null(body);
	for (int side = 0; side < 2; side++) {
		for (int i = 0; i < 1000; i++)
			tt_buf_printf(&b, "# padding line %04d so the title is far from both ends %40s\n",
			              i, "");
		if (!side)
			tt_buf_adds(&b, body);
	}
	tt_buf_addc(&b, '\0');
	tt_test_write(path, b.data);
	tt_buf_free(&b);
	free(body);
	free(src);
	return path;
}

/* An index written well after the source's last change is trusted on the
 * source's stamp alone, without reading the source: a forged whole-file hash
 * goes unnoticed. But the bytes rewritten with the same size and the mtime
 * put back (utimensat) change the ctime, and the index is refused, though
 * the change is outside the parts of the file the stamp hashes. */
static void stamp_alone_when_not_racy(void **state)
{
	char *path = padded_thread("sa.yaml");
	char *idx = tt_xasprintf("%s/sa.idx", dir), *data = tt_test_slurp(path);
	struct stat sb;
	(void)state;
	assert_true(strlen(data) > 200000);
	clock_shift = 10; /* the index made 10 s after the source: not racy */
	tt_index_set_clock(shifted_clock);
	tt_thread_free(load_and_index(path, idx));
	clock_shift = 0;
	forge_source_hash(path, idx);
	tt_thread *t = tt_index_open(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	t = tt_index_open_ids(path, idx);
	assert_non_null(t);
	tt_thread_free(t);

	assert_int_equal(stat(path, &sb), 0);
	char *p = strstr(data, "title:");
	assert_non_null(p);
	assert_true(p - data > 70000 && strlen(p) > 70000);
	p[7] ^= 0x20;
	usleep(20000); /* past the clock's tick, so the ctime moves */
	tt_test_write(path, data);
	struct timespec times[2] = {sb.st_atim, sb.st_mtim};
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	struct stat now;
	assert_int_equal(stat(path, &now), 0);
	assert_int_equal(now.st_size, sb.st_size);
	assert_int_equal(now.st_ino, sb.st_ino);
	assert_int_equal(now.st_mtim.tv_sec, sb.st_mtim.tv_sec);
	assert_int_equal(now.st_mtim.tv_nsec, sb.st_mtim.tv_nsec);
	assert_null(tt_index_open(path, idx));
	assert_null(tt_index_open_ids(path, idx));
	tt_index_set_clock(NULL);
	free(data);
	free(path);
	free(idx);
}

/* An index written within two seconds of the source's last change is racy:
 * its stamp may hide a write in the same tick, so the source is hashed (a
 * forged whole-file hash is refused). Once the change is older, a good racy
 * index is stamped anew (a new file) and then trusted on its stamp alone. */
static void racy_index_hashes_source(void **state)
{
	char *path = copy_thread("samples/nested-old-town-car-ban.yaml", "ra.yaml");
	char *idx = tt_xasprintf("%s/ra.idx", dir);
	(void)state;
	tt_index_set_clock(shifted_clock);
	clock_shift = 0;
	tt_thread_free(load_and_index(path, idx));
	char *copy = tt_xasprintf("%s/ra-copy.idx", dir);
	size_t len;
	char *good = read_bytes(idx, &len);
	write_bytes(copy, good, len);
	forge_source_hash(path, copy);
	assert_null(tt_index_open(path, copy));
	assert_null(tt_index_open_ids(path, copy));

	/* Still racy: opened after hashing, and left as it is. */
	ino_t before = inode_of(idx);
	tt_thread *t = tt_index_open_ids(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	t = tt_index_open(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	assert_int_equal(inode_of(idx), before);
	/* Three seconds on: hashed once more and stamped anew. */
	clock_shift = 3;
	t = tt_index_open(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	assert_true(inode_of(idx) != before);
	/* The new stamp is trusted alone: the forged hash now goes unnoticed. */
	clock_shift = 0;
	forge_source_hash(path, idx);
	t = tt_index_open(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	t = tt_index_open_ids(path, idx);
	assert_non_null(t);
	tt_thread_free(t);
	tt_index_set_clock(NULL);
	free(good);
	free(copy);
	free(path);
	free(idx);
}

/* What the progress hook saw of an open through the index. */
struct seen {
	size_t calls, first_n, last_n, last_bytes, last_total;
	const char *first_author; /* of the partial thread's first comment */
	int stop;                 /* answer nonzero from this call on */
};

static int on_progress(void *ctx, const tt_load_progress *p)
{
	struct seen *s = ctx;
	if (!s->calls++)
		s->first_n = p->ncomments;
	if (p->t->first && !s->first_author)
		s->first_author = tt_xstrdup(p->t->first->author ? p->t->first->author : "");
	s->last_n = p->ncomments;
	s->last_bytes = p->bytes;
	s->last_total = p->total;
	return s->stop && s->calls >= (size_t)s->stop;
}

/* A reopen draws its first screen while the model is built: the loads'
 * progress hook is called before the comments are made, then as they are,
 * with the first comments in tree order, and once all are made; a hook that
 * asks to stop stops the open. */
static void open_reports_progress(void **state)
{
	char *path = tt_xasprintf("%s/pr.yaml", dir), *idx = tt_xasprintf("%s/pr.idx", dir);
	tt_buf b = {0};
	(void)state;
	tt_buf_adds(&b, "threadtag: 1\nid: pr\narticle:\n  title: Many\ncomments:\n");
	for (int i = 0; i < 10000; i++) /* pairs: a comment and a reply to it */
		tt_buf_printf(&b, "%s- id: c%d\n%s  author: a%d\n%s  body: [\"text %d\"]\n%s",
		              i % 2 ? "  " : "", i, i % 2 ? "  " : "", i, i % 2 ? "  " : "", i,
		              i % 2 ? "" : "  replies:\n");
	tt_buf_addc(&b, '\0');
	tt_test_write(path, b.data);
	tt_buf_free(&b);
	tt_thread *want = load_and_index(path, idx);
	assert_true(want->ncomments > TT_LOAD_PROGRESS_EVERY);
	struct seen s = {0};
	tt_thread_load_hook(on_progress, &s);
	tt_thread *t = tt_index_open(path, idx);
	tt_thread_load_hook(NULL, NULL);
	assert_non_null(t);
	assert_true(s.calls >= 2 + want->ncomments / TT_LOAD_PROGRESS_EVERY);
	assert_int_equal(s.first_n, 0);
	assert_int_equal(s.last_n, want->ncomments);
	assert_true(s.last_total > 0);
	assert_int_equal(s.last_bytes, s.last_total);
	assert_non_null(s.first_author);
	assert_string_equal(s.first_author, want->order[0]->author ? want->order[0]->author : "");
	tt_thread_free(t);
	free((char *)s.first_author);
	struct seen stop = {.stop = 2};
	tt_thread_load_hook(on_progress, &stop);
	assert_null(tt_index_open(path, idx));
	tt_thread_load_hook(NULL, NULL);
	assert_int_equal(stop.calls, 2);
	free((char *)stop.first_author);
	tt_thread_free(want);
	free(idx);
	free(path);
}

/* A thread opened through its index takes the tag stores' fingerprint from
 * it instead of reading all its text: an index whose stored fingerprint was
 * changed (and resealed) gives the changed one, and the thread freed, the
 * same pointer value no longer finds it. */
static void fingerprint_comes_from_index(void **state)
{
	char *path = copy_thread("samples/nested-old-town-car-ban.yaml", "fp.yaml");
	char *idx = tt_xasprintf("%s/fp.idx", dir);
	char fa[TT_INDEX_FP_LEN], fb[TT_INDEX_FP_LEN];
	size_t len;
	(void)state;
	tt_thread *t = load_and_index(path, idx);
	tt_index_fingerprint(t, fa);
	tt_thread_free(t);
	unsigned long long h = strtoull(fa + 8, NULL, 16);
	char *data = read_bytes(idx, &len);
	char *at = memmem(data, len < 1024 ? len : 1024, &h, sizeof h);
	assert_non_null(at);
	at[0] ^= 0x5a;
	tt_index_reseal(data, len);
	write_bytes(idx, data, len);
	tt_thread *u = tt_index_open(path, idx);
	assert_non_null(u);
	tt_index_fingerprint(u, fb);
	assert_string_not_equal(fa, fb);
	tt_thread_free(u);
	free(data);
	free(idx);
	free(path);
}

/* What a thread opened for ids answers, against the whole thread t: every id
 * found at its index under its parent, and ids not in t not found. */
static void assert_same_ids(const tt_thread *t, const tt_thread *ids)
{
	char fa[TT_INDEX_FP_LEN], fb[TT_INDEX_FP_LEN];
	assert_string_equal(t->id, ids->id);
	assert_int_equal(t->article.body.n, ids->article.body.n);
	assert_true(!t->article.title == !ids->article.title);
	if (t->article.title)
		assert_string_equal(t->article.title, ids->article.title);
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i], *d = tt_thread_find(ids, c->id);
		assert_non_null(d);
		assert_string_equal(d->id, c->id);
		assert_int_equal(d->index, c->index);
		assert_int_equal(d->depth, c->depth);
		assert_true(!c->parent == !d->parent);
		if (c->parent)
			assert_int_equal(d->parent->index, c->parent->index);
	}
	assert_null(tt_thread_find(ids, "no such comment"));
	assert_null(tt_thread_find(ids, ""));
	tt_index_fingerprint(t, fa);
	tt_index_fingerprint(ids, fb);
	assert_string_equal(fa, fb);
}

/* Opened for ids, every sample answers as its whole model does. */
static void ids_round_trip(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
		char *as = tt_xasprintf("ids%zu.yaml", i);
		char *path = copy_thread(threads[i], as), *idx = tt_xasprintf("%s.idx", path);
		tt_thread *t = load_and_index(path, idx), *u = tt_index_open_ids(path, idx);
		if (!u)
			fail_msg("%s: not opened for ids", threads[i]);
		assert_same_ids(t, u);
		assert_int_equal(u->ncomments, 0);
		tt_thread_free(u);
		tt_thread_free(t);
		free(idx);
		free(path);
		free(as);
	}
	/* The id table is the model's own index written out: derived ids (made
	 * after the given ones) and given ones moved by `parent:` found too. */
	char *path = tt_xasprintf("%s/derived.yaml", dir), *idx = tt_xasprintf("%s.idx", path);
	tt_test_write(path, "threadtag: 1\narticle: {title: T}\ncomments:\n"
			    "- {author: a, body: [one]}\n"
			    "- {id: g, author: b, body: [two], replies: [{author: c, body: [x]}]}\n"
			    "- {author: a, body: [one]}\n"
			    "- {id: h, parent: g, body: [three]}\n");
	tt_thread *t = load_and_index(path, idx), *u = tt_index_open_ids(path, idx);
	assert_non_null(u);
	assert_true(t->order[0]->flags & TT_C_DERIVED_ID);
	assert_int_equal(t->ncomments, 5);
	assert_same_ids(t, u);
	tt_thread_free(u);
	tt_thread_free(t);
	free(idx);
	free(path);
}

/* Truncated at every length, or any byte flipped: refused by each way of
 * opening that reads that byte (the whole model, or the id table alone), and
 * a way that does not read it gives what the good index gives. */
static void damaged_index_is_ignored(void **state)
{
	char *path = copy_thread("tests/data/small.yaml", "dm.yaml");
	char *idx = tt_xasprintf("%s/dm.idx", dir), *bad = tt_xasprintf("%s/bad.idx", dir);
	size_t len;
	int whole_only = 0, ids_only = 0;
	(void)state;
	tt_thread *want = load_and_index(path, idx);
	char *good = read_bytes(idx, &len);
	for (size_t cut = 0; cut < len; cut += 1 + cut / 64) {
		write_bytes(bad, good, cut);
		assert_null(tt_index_open(path, bad));
		assert_null(tt_index_open_ids(path, bad));
	}
	for (size_t i = 0; i < len; i += 1 + i / 97) {
		good[i] ^= 0x41;
		write_bytes(bad, good, len);
		tt_thread *t = tt_index_open(path, bad), *u = tt_index_open_ids(path, bad);
		assert_true(!t || !u);
		if (t)
			assert_same_thread(want, t);
		if (u)
			assert_same_ids(want, u);
		whole_only += t != NULL;
		ids_only += u != NULL;
		tt_thread_free(t);
		tt_thread_free(u);
		good[i] ^= 0x41;
	}
	/* Flips in the id table refuse it alone, in the text the whole model. */
	assert_true(whole_only > 0);
	assert_true(ids_only > 0);
	write_bytes(bad, good, len);
	tt_thread *t = tt_index_open(path, bad), *u = tt_index_open_ids(path, bad);
	assert_non_null(t);
	assert_non_null(u);
	assert_same_ids(want, u);
	tt_thread_free(t);
	tt_thread_free(u);
	tt_thread_free(want);
	free(good);
	free(bad);
	free(idx);
	free(path);
}

/* Damage with a valid checksum: random bytes changed and the index resealed,
 * so header, sizes and offsets must be checked on their own. Whatever comes
 * back must be a whole model (run under ASan, an out-of-bounds read fails). */
static void resealed_damage_is_checked(void **state)
{
	char *path = copy_thread("samples/nested-old-town-car-ban.yaml", "fz.yaml");
	char *idx = tt_xasprintf("%s/fz.idx", dir), *bad = tt_xasprintf("%s/fzbad.idx", dir);
	size_t len;
	unsigned long long seed = 7;
	int refused = 0, ids_opened = 0;
	(void)state;
	tt_thread *want = load_and_index(path, idx);
	char *good = read_bytes(idx, &len);
	char *work = tt_xmalloc(len);
	tt_buf scratch = {0};
	for (int round = 0; round < 1500; round++) {
		memcpy(work, good, len);
		for (int k = 0; k < 1 + round % 4; k++) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			size_t at = (size_t)(seed >> 33) % (round % 2 ? 512 : len);
			work[at] = (char)(seed >> 13);
		}
		tt_index_reseal(work, len);
		write_bytes(bad, work, len);
		/* Looked up for ids: every answer in bounds, parents before replies. */
		tt_thread *u = tt_index_open_ids(path, bad);
		for (size_t i = 0; u && i < want->ncomments; i++) {
			const tt_comment *c = tt_thread_find(u, want->order[i]->id);
			assert_true(!c || strcmp(c->id, want->order[i]->id) == 0);
			for (; c && c->parent; c = c->parent)
				assert_true(c->parent->index < c->index);
		}
		ids_opened += u != NULL;
		tt_thread_free(u);
		tt_thread *t = tt_index_open(path, bad);
		if (!t) {
			refused++;
			continue;
		}
		/* Every string ends inside the mapping and every link holds:
		 * walk them all (ASan or valgrind would see a stray read). */
		for (size_t i = 0; i < t->ncomments; i++) {
			const tt_comment *c = t->order[i];
			assert_ptr_equal(tt_thread_find(t, c->id), c);
			assert_true(!c->parent || c->parent->index < i);
			for (size_t p = 0; p < c->body.n; p++)
				tt_text_sanitize(c->body.v[p], strlen(c->body.v[p]), 1, &scratch);
			if (c->author)
				tt_text_sanitize(c->author, strlen(c->author), 0, &scratch);
			scratch.len = 0;
		}
		tt_thread_free(t);
	}
	assert_true(refused > 100);
	assert_true(ids_opened > 100);
	tt_thread_free(want);
	tt_buf_free(&scratch);
	free(work);
	free(good);
	free(bad);
	free(idx);
	free(path);
}

/* The viewer's open: the first writes the index, the next one reads it (a
 * resealed change to the index shows), and a touched source is loaded again. */
static void open_any_uses_index(void **state)
{
	char *path = copy_thread("samples/nested-old-town-car-ban.yaml", "oa.yaml");
	char *cache = tt_xasprintf("%s/cache", dir);
	tt_error err;
	int eno;
	size_t len;
	(void)state;
	setenv("XDG_CACHE_HOME", cache, 1);
	char *idx = tt_index_path_for(path);
	assert_non_null(idx);
	assert_true(strncmp(idx, cache, strlen(cache)) == 0);
	tt_thread *t = tt_open_any(path, NULL, &err, &eno);
	assert_non_null(t);
	const char *title = t->article.title;
	char *want = tt_xstrdup(title);
	tt_thread_free(t);

	char *data = read_bytes(idx, &len);
	char *at = memmem(data, len, want, strlen(want));
	assert_non_null(at);
	at[0] = at[0] == 'X' ? 'Y' : 'X';
	tt_index_reseal(data, len);
	write_bytes(idx, data, len);
	t = tt_open_any(path, NULL, &err, &eno);
	assert_non_null(t);
	assert_int_equal(t->article.title[0], at[0]);
	assert_string_equal(t->article.title + 1, want + 1);
	tt_thread_free(t);

	/* A newer source time: loaded from the file again, and indexed again. */
	struct timespec times[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
	usleep(20000);
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	t = tt_open_any(path, NULL, &err, &eno);
	assert_non_null(t);
	assert_string_equal(t->article.title, want);
	tt_thread_free(t);
	t = tt_index_open(path, idx);
	assert_non_null(t);
	assert_string_equal(t->article.title, want);
	tt_thread_free(t);
	unsetenv("XDG_CACHE_HOME");
	free(data);
	free(want);
	free(idx);
	free(cache);
	free(path);
}

/* A thread given through a named pipe is read once, whole: only regular
 * files are looked at first and then streamed (a pipe's head would be lost). */
static void open_any_reads_a_pipe(void **state)
{
	char *fifo = tt_xasprintf("%s/pipe.yaml", dir), *src = tt_test_src("tests/data/small.yaml");
	char *data = tt_test_slurp(src);
	tt_error err;
	int eno, status;
	(void)state;
	assert_non_null(data);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(fifo, O_WRONLY);
		size_t n = strlen(data);
		_exit(fd >= 0 && write(fd, data, n) == (ssize_t)n ? 0 : 1);
	}
	tt_thread *t = tt_open_any(fifo, NULL, &err, &eno);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!t)
		fail_msg("%s", err.msg);
	tt_thread *want = tt_thread_load(src, &err, NULL);
	assert_non_null(want);
	assert_int_equal(t->ncomments, want->ncomments);
	assert_string_equal(t->id, want->id);
	tt_thread_free(t);
	tt_thread_free(want);
	unlink(fifo);
	free(data);
	free(src);
	free(fifo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(round_trip),
	    cmocka_unit_test(over_the_limit_is_refused),
	    cmocka_unit_test(index_in_memory),
	    cmocka_unit_test(fingerprint_comes_from_index),
	    cmocka_unit_test(stale_index_is_ignored),
	    cmocka_unit_test(stamp_alone_when_not_racy),
	    cmocka_unit_test(racy_index_hashes_source),
	    cmocka_unit_test(ids_round_trip),
	    cmocka_unit_test(open_reports_progress),
	    cmocka_unit_test(damaged_index_is_ignored),
	    cmocka_unit_test(resealed_damage_is_checked),
	    cmocka_unit_test(open_any_uses_index),
	    cmocka_unit_test(open_any_reads_a_pipe),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
