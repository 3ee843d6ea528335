/* test_index: the binary index gives back the model exactly, and is never trusted when stale or
 * damaged. */
#include "tt_test.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

/* Truncated at every length, or any byte flipped: the checksum refuses it. */
static void damaged_index_is_ignored(void **state)
{
	char *path = copy_thread("tests/data/small.yaml", "dm.yaml");
	char *idx = tt_xasprintf("%s/dm.idx", dir), *bad = tt_xasprintf("%s/bad.idx", dir);
	size_t len;
	(void)state;
	tt_thread_free(load_and_index(path, idx));
	char *good = read_bytes(idx, &len);
	for (size_t cut = 0; cut < len; cut += 1 + cut / 64) {
		write_bytes(bad, good, cut);
		assert_null(tt_index_open(path, bad));
	}
	for (size_t i = 0; i < len; i += 1 + i / 97) {
		good[i] ^= 0x41;
		write_bytes(bad, good, len);
		assert_null(tt_index_open(path, bad));
		good[i] ^= 0x41;
	}
	write_bytes(bad, good, len);
	tt_thread *t = tt_index_open(path, bad);
	assert_non_null(t);
	tt_thread_free(t);
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
	int refused = 0;
	(void)state;
	tt_thread_free(load_and_index(path, idx));
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
	    cmocka_unit_test(index_in_memory),
	    cmocka_unit_test(fingerprint_comes_from_index),
	    cmocka_unit_test(stale_index_is_ignored),
	    cmocka_unit_test(damaged_index_is_ignored),
	    cmocka_unit_test(resealed_damage_is_checked),
	    cmocka_unit_test(open_any_uses_index),
	    cmocka_unit_test(open_any_reads_a_pipe),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
