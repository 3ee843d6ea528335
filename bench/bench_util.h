/* bench_util: clocks, memory and instruction readings shared by the benchmark programs. */
#ifndef THREADTAG_BENCH_UTIL_H
#define THREADTAG_BENCH_UTIL_H

/* Seconds on a monotonic clock. */
double bench_now(void);
/* CPU seconds this process has used (user + system). */
double bench_cpu(void);
/* Peak resident set size of this process so far, in KiB. */
long bench_maxrss_kb(void);
/* Reads the instruction count of callgrind's dump CGOUT.N into *ir: 1 when
 * the dump says it, 0 when the dump counts nothing yet, -1 when there is no
 * such dump. */
int bench_callgrind_dump(const char *cgout, int n, unsigned long long *ir);

#endif
