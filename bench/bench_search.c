/* bench_search: the folded text's build (in the caller, and by the workers) and searches with no match. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "threadtag/search.h"
#include "threadtag/thread.h"
#include "threadtag/thread_yaml.h"

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double wall_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	tt_error err;
	if (argc < 3) {
		fprintf(stderr, "usage: bench_search THREAD PATTERN...\n");
		return 64;
	}
	setlocale(LC_ALL, "C.UTF-8");
	tt_thread *t = tt_thread_load(argv[1], &err, NULL);
	if (!t) {
		fprintf(stderr, "bench_search: cannot load %s\n", argv[1]);
		return 65;
	}
	/* The workers, as the viewer starts them at its first screen: wall time
	 * to the whole text, and the CPU time of every thread of the process. */
	tt_search *s = tt_search_new(t);
	double w0 = wall_ms(), t0 = cpu_ms();
	tt_search_start(s);
	while (!tt_search_ready(s, "x"))
		nanosleep(&(struct timespec){0, 100000L}, NULL);
	printf("workers_wall_ms=%.2f workers_cpu_ms=%.2f\n", wall_ms() - w0, cpu_ms() - t0);
	tt_search_free(s);
	/* In the caller, as a search that finds no workers builds it. */
	s = tt_search_new(t);
	t0 = cpu_ms();
	tt_search_find(s, "x", 0, 0, NULL, NULL, NULL);
	printf("build_ms=%.2f folded_bytes=%zu\n", cpu_ms() - t0, tt_search_size(s));
	for (int a = 2; a < argc; a++) {
		double ms[7], first = 0;
		size_t hit = 0;
		for (int r = 0; r < 7; r++) {
			t0 = cpu_ms();
			hit = tt_search_find(s, argv[a], 0, 0, NULL, NULL, NULL);
			ms[r] = cpu_ms() - t0;
			if (!r)
				first = ms[r];
		}
		qsort(ms, 7, sizeof *ms, cmp_d);
		/* first: the first search with the pattern (a pattern with a
		 * capital used to build its exact copy then) */
		printf("pattern=%s ms=%.2f first_ms=%.2f match=%s\n", argv[a], ms[3], first,
		       hit == TT_SEARCH_NONE ? "none" : "some");
	}
	tt_search_free(s);
	tt_thread_free(t);
	return 0;
}
