/* bench_fetch: a fetched thread against the same thread imported or loaded from a file
 * (bench/fetch.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "threadtag/cache.h"
#include "threadtag/fetch.h"
#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"

/* Builds the thread the mode names once; NULL on failure. */
static tt_thread *run_once(const char *mode, const char *arg, tt_error *err)
{
	struct tt_fetch_opts o = {.quiet = 1};
	struct tt_fetch_result res;
	int eno;
	if (!strcmp(mode, "import")) {
		struct tt_import_opts io = {0};
		return tt_import_file(arg, &io, err, &eno);
	}
	if (!strcmp(mode, "fetch"))
		return tt_fetch_thread(arg, &o, &res, err);
	if (!strcmp(mode, "cached")) {
		o.offline = 1;
		return tt_fetch_thread(arg, &o, &res, err);
	}
	return tt_thread_load(arg, err, &eno);
}

int main(int argc, char **argv)
{
	static const char *const modes[] = {"import", "fetch", "cached", "file", NULL};
	int known = 0;
	for (int i = 0; modes[i] && argc == 4; i++)
		known |= !strcmp(argv[1], modes[i]);
	if (!known) {
		fprintf(stderr,
		        "usage: bench_fetch import FILE | fetch URL | cached URL | file THREAD"
		        " RUNS\n");
		return 2;
	}
	int runs = atoi(argv[3]);
	double best_cpu = 1e9, best_wall = 1e9;
	size_t n = 0;
	for (int i = 0; i < runs; i++) {
		tt_error err;
		if (!strcmp(argv[1], "fetch"))
			tt_cache_clear(); /* every run goes to the server; not part of the time */
		double c0 = bench_cpu(), w0 = bench_now();
		tt_thread *t = run_once(argv[1], argv[2], &err);
		double cpu = bench_cpu() - c0, wall = bench_now() - w0;
		if (!t) {
			fprintf(stderr, "bench_fetch: %s: %s\n", err.file, err.msg);
			return 1;
		}
		n = t->ncomments;
		tt_thread_free(t);
		best_cpu = cpu < best_cpu ? cpu : best_cpu;
		best_wall = wall < best_wall ? wall : best_wall;
	}
	printf("phase=%s comments=%zu cpu_s=%.4f wall_s=%.4f\n", argv[1], n, best_cpu, best_wall);
	return 0;
}
