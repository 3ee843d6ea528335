/* bench_tags: what one tag change costs in a small and in a huge tag store, what
 * opening a big store costs against a bare parse of it, and a store for a thread. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_util.h"
#include "threadtag/tagindex.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

enum { CHANGES = 1000 };

static const char *const stances[] = {"favor", "against", "neutral", "unclear", "off-topic"};

/* A thread of n top-level comments c0..c(n-1). */
static tt_thread *make_thread(size_t n)
{
	tt_thread *t = tt_thread_new();
	t->id = "bench-tags";
	t->article.title = "bench";
	for (size_t i = 0; i < n; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "c%zu", i);
	}
	tt_error err;
	if (tt_thread_finish(t, &err) < 0)
		exit(2);
	return t;
}

/* A store with every comment tagged, written directly: going through the API
 * would cost one fdatasync per item. */
static void write_store(const char *path, size_t n)
{
	FILE *f = fopen(path, "w");
	if (!f)
		exit(2);
	fprintf(f, "threadtag_tags: 1\nthread: {id: bench-tags}\nannotator: bench\ntags:\n");
	for (size_t i = 0; i < n; i++)
		fprintf(f,
		        "  c%zu:\n    stance: %s\n    annotator: bench\n    time: "
		        "\"2026-01-01T00:00:00Z\"\n",
		        i, stances[i % 5]);
	fclose(f);
}

static double lat[CHANGES]; /* wall time of each change, seconds */

/* The changes callgrind counts (--toggle-collect=bench_region_*). */
__attribute__((noinline)) static void bench_region_changes(tt_tagstore *s, size_t n)
{
	tt_error err;
	char id[32];
	unsigned long x = 12345;
	for (int k = 0; k < CHANGES; k++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(id, sizeof id, "c%zu", (size_t)(x >> 33) % n);
		double t0 = bench_now();
		if (tt_tagstore_set_value(s, id, "stance", stances[k % 5], &err) < 0)
			exit(3);
		lat[k] = bench_now() - t0;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Rewrites the store at path in the current format (with its end line). */
static void fold(tt_thread *t, const char *path)
{
	tt_tagstore_opts o = {.path = path, .annotator = "bench"};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(t, &o, &err, NULL);
	if (!s || tt_tagstore_compact(s, &err) < 0 || tt_tagstore_close(s, &err) < 0) {
		tt_error_print(&err);
		exit(3);
	}
}

/* Pulls every YAML event of the file and nothing else: the floor of a load. */
__attribute__((noinline)) static void bench_region_parse(const char *path)
{
	tt_error err;
	tt_yreader *r = tt_yreader_open_file(path, 64, &err, NULL);
	tt_yevent ev;
	if (!r)
		exit(3);
	while (tt_yreader_next(r, &ev, &err) == 0 && ev.type != TT_Y_END)
		;
	tt_yreader_close(r);
}

/* Opening only: freeing the store afterwards is not part of it. */
__attribute__((noinline)) static tt_tagstore *bench_region_open(tt_thread *t, const char *path)
{
	tt_tagstore_opts o = {.path = path, .readonly = 1};
	tt_error err;
	tt_tagstore *s = tt_tagstore_open(t, &o, &err, NULL);
	if (!s)
		exit(3);
	return s;
}

/* The same without a summary: the store parsed (a reader writes none). */
__attribute__((noinline)) static tt_tagstore *bench_region_first(tt_thread *t, const char *path)
{
	return bench_region_open(t, path);
}

/* bench_tags open N DIR [parse|open|first]: CPU time of opening an N-tag
 * store against a bare parse of the same file (best of three), or only one
 * of them (for callgrind). "open" finds the store's summary (saving the store
 * wrote it); "first" removes it before each open, which then parses the
 * store. */
static int bench_open(size_t n, const char *dir, const char *only)
{
	char *path = tt_xasprintf("%s/open-%zu.yaml", dir, n);
	tt_thread *t = make_thread(n);
	write_store(path, n);
	fold(t, path);
	char *real = realpath(path, NULL), *tix = tt_tagindex_path_for(real);
	double parse = 1e9, open = 1e9, first = 1e9;
	int from_summary = 1;
	for (int round = 0; round < 3; round++) {
		double c0 = bench_cpu();
		if (!only || !strcmp(only, "parse"))
			bench_region_parse(path);
		double c1 = bench_cpu();
		tt_tagstore *s = !only || !strcmp(only, "open") ? bench_region_open(t, path) : NULL;
		double c2 = bench_cpu();
		from_summary &= !s || tt_tagstore_from_summary(s);
		tt_tagstore_close(s, NULL);
		double c3 = bench_cpu(), c4 = c3;
		if (!only || !strcmp(only, "first")) {
			unlink(tix);
			c3 = bench_cpu();
			s = bench_region_first(t, path);
			c4 = bench_cpu();
			tt_tagstore_close(s, NULL);
			fold(t, path); /* a writer's open and save: the summary again */
		}
		parse = c1 - c0 < parse ? c1 - c0 : parse;
		open = c2 - c1 < open ? c2 - c1 : open;
		first = c4 - c3 < first ? c4 - c3 : first;
	}
	printf("phase=open items=%zu parse_cpu_s=%.4f open_cpu_s=%.4f first_cpu_s=%.4f "
	       "ratio=%.3f first_ratio=%.3f from_summary=%d\n",
	       n, parse, open, first, open / parse, first / parse, from_summary);
	free(real);
	free(tix);
	unlink(path);
	char *bak = tt_xasprintf("%s.bak", path);
	unlink(bak);
	free(bak);
	free(path);
	tt_thread_free(t);
	return 0;
}

/* bench_tags fsync DIR: the disk's own cost of a durable append (one short
 * line written and fdatasync'd), median and max of 200, the floor under a
 * durable change. */
static int bench_fsync(const char *dir)
{
	enum { N = 200 };
	static double t[N];
	char *path = tt_xasprintf("%s/fsync.tmp", dir);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0600);
	if (fd < 0)
		return 2;
	static const char line[] = "{item: \"c1\", stance: \"favor\", annotator: \"bench\"}\n";
	for (int i = 0; i < N; i++) {
		double t0 = bench_now();
		if (write(fd, line, sizeof line - 1) < 0 || fdatasync(fd) < 0)
			return 3;
		t[i] = bench_now() - t0;
	}
	close(fd);
	unlink(path);
	free(path);
	qsort(t, N, sizeof *t, cmp_double);
	printf("phase=fsync n=%d median_us=%.1f max_us=%.1f\n", N, t[N / 2] * 1e6, t[N - 1] * 1e6);
	return 0;
}

/* bench_tags store THREAD OUT: a store tagging every comment of THREAD. */
static int bench_store(const char *thread, const char *out)
{
	tt_error err;
	tt_thread *t = tt_thread_load(thread, &err, NULL);
	FILE *f = t ? fopen(out, "w") : NULL;
	if (!f)
		return 2;
	fprintf(f, "threadtag_tags: 1\nthread: {id: \"%s\"}\nannotator: bench\ntags:\n", t->id);
	for (size_t i = 0; i < t->ncomments; i++)
		fprintf(f, "  \"%s\": {stance: %s}\n", t->order[i]->id, stances[i % 5]);
	fclose(f);
	fold(t, out);
	tt_thread_free(t);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && !strcmp(argv[1], "open"))
		return bench_open(strtoul(argv[2], NULL, 10), argv[3], argc > 4 ? argv[4] : NULL);
	if (argc == 4 && !strcmp(argv[1], "store"))
		return bench_store(argv[2], argv[3]);
	if (argc == 3 && !strcmp(argv[1], "fsync"))
		return bench_fsync(argv[2]);
	if (argc != 3) {
		fprintf(stderr, "usage: bench_tags ITEMS DIR | open ITEMS DIR [parse|open|first] | "
		                "store THREAD OUT | fsync DIR\n");
		return 2;
	}
	size_t n = strtoul(argv[1], NULL, 10);
	if (!n)
		return 2;
	char *path = tt_xasprintf("%s/bench-%zu.yaml", argv[2], n);
	tt_thread *t = make_thread(n);
	write_store(path, n);
	tt_tagstore_opts o = {.path = path, .annotator = "bench"};
	tt_error err;
	double t0 = bench_now();
	tt_tagstore *s = tt_tagstore_open(t, &o, &err, NULL);
	if (!s || tt_tagstore_count(s) != n) {
		tt_error_print(&err);
		return 3;
	}
	double t1 = bench_now(), c1 = bench_cpu();
	bench_region_changes(s, n);
	double t2 = bench_now(), c2 = bench_cpu();
	if (tt_tagstore_close(s, &err) < 0)
		return 3;
	double t3 = bench_now();
	qsort(lat, CHANGES, sizeof *lat, cmp_double);
	printf("phase=tags items=%zu changes=%d open_s=%.3f change_us=%.1f change_cpu_us=%.1f "
	       "change_median_us=%.1f change_max_us=%.1f close_s=%.3f maxrss_kb=%ld\n",
	       n, CHANGES, t1 - t0, (t2 - t1) * 1e6 / CHANGES, (c2 - c1) * 1e6 / CHANGES,
	       lat[CHANGES / 2] * 1e6, lat[CHANGES - 1] * 1e6, t3 - t2, bench_maxrss_kb());
	unlink(path);
	char *bak = tt_xasprintf("%s.bak", path);
	unlink(bak);
	free(bak);
	free(path);
	tt_thread_free(t);
	return 0;
}
