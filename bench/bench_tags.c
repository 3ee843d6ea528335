/* bench_tags: what one tag change costs in a small and in a huge tag store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_util.h"
#include "threadtag/tagstore.h"
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
		fprintf(f, "  c%zu:\n    stance: %s\n    annotator: bench\n    time: "
			   "\"2026-01-01T00:00:00Z\"\n",
			i, stances[i % 5]);
	fclose(f);
}

/* The changes callgrind counts (--toggle-collect=bench_region_*). */
__attribute__((noinline)) static void bench_region_changes(tt_tagstore *s, size_t n)
{
	tt_error err;
	char id[32];
	unsigned long x = 12345;
	for (int k = 0; k < CHANGES; k++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(id, sizeof id, "c%zu", (size_t)(x >> 33) % n);
		if (tt_tagstore_set_value(s, id, "stance", stances[k % 5], &err) < 0)
			exit(3);
	}
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: bench_tags ITEMS DIR\n");
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
	printf("phase=tags items=%zu changes=%d open_s=%.3f change_us=%.1f change_cpu_us=%.1f "
	       "close_s=%.3f maxrss_kb=%ld\n",
	       n, CHANGES, t1 - t0, (t2 - t1) * 1e6 / CHANGES, (c2 - c1) * 1e6 / CHANGES, t3 - t2,
	       bench_maxrss_kb());
	unlink(path);
	free(path);
	tt_thread_free(t);
	return 0;
}
