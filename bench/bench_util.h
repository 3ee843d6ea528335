/* bench_util: clocks and memory readings shared by the benchmark programs. */
#ifndef THREADTAG_BENCH_UTIL_H
#define THREADTAG_BENCH_UTIL_H

/* Seconds on a monotonic clock. */
double bench_now(void);
/* CPU seconds this process has used (user + system). */
double bench_cpu(void);
/* Peak resident set size of this process so far, in KiB. */
long bench_maxrss_kb(void);

#endif
