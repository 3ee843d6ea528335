/* bench_view: the cost of one keypress in the viewer, for a thread of any size. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/ui.h"
#include "threadtag/xalloc.h"

#include <locale.h>

/* Key sequences a reader uses; each is repeated so the per-key cost stands out
 * from the fixed cost of opening the offscreen screen. */
static const struct {
	const char *name, *keys;
} moves[] = {
    {"down", "j"},     {"up_from_end", "G k"}, {"page", "C-f"},         {"half_page", "C-d"},
    {"last", "G"},     {"first", "G g"},       {"toggle", "<Space> j"}, {"collapse_all", "C E"},
    {"next_top", "]"}, {"fold_thread", "G F"}, {"help", "? q"},
};

/* Seconds for one headless run of keys repeated n times. */
static double run(tt_thread *t, int rows, int cols, const char *keys, int n)
{
	tt_buf b = {0};
	double t0;

	tt_buf_add(&b, "", 0);
	for (int i = 0; i < n; i++)
		tt_buf_printf(&b, "%s%s", i ? " " : "", keys);
	t0 = bench_now();
	if (tt_ui_headless(t, rows, cols, b.data, NULL) < 0) {
		fprintf(stderr, "bench_view: bad keys: %s\n", keys);
		exit(2);
	}
	tt_buf_free(&b);
	return bench_now() - t0;
}

int main(int argc, char **argv)
{
	tt_error err;
	tt_thread *t;
	int rows = argc > 2 ? atoi(argv[2]) : 50, cols = argc > 3 ? atoi(argv[3]) : 160;
	enum { REPS = 200 };

	if (argc < 2) {
		fprintf(stderr, "usage: bench_view THREAD [ROWS COLS]\n");
		return 2;
	}
	setlocale(LC_ALL, "C.UTF-8");
	t = tt_thread_load(argv[1], &err, NULL);
	if (!t) {
		tt_error_print(&err);
		return 2;
	}
	double base = run(t, rows, cols, "", 1);
	for (size_t i = 0; i < sizeof moves / sizeof *moves; i++) {
		double s = run(t, rows, cols, moves[i].keys, REPS) - base;
		int nkeys = 1 + (strchr(moves[i].keys, ' ') != NULL);
		printf("phase=view move=%s comments=%zu rows=%d cols=%d per_key_us=%.1f\n",
		       moves[i].name, t->ncomments, rows, cols,
		       s > 0 ? s * 1e6 / (REPS * nkeys) : 0.0);
	}
	printf("phase=view open_s=%.4f maxrss_kb=%ld\n", base, bench_maxrss_kb());
	tt_thread_free(t);
	return 0;
}
