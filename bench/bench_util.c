/* bench_util: clocks, memory and instruction readings shared by the benchmark programs. */
#include "bench_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double bench_cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

long bench_maxrss_kb(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) < 0)
		return -1;
	return ru.ru_maxrss; /* Linux reports KiB */
}

int bench_callgrind_dump(const char *cgout, int n, unsigned long long *ir)
{
	char path[512], line[512];
	int found = 0;
	snprintf(path, sizeof path, "%s.%d", cgout, n);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	*ir = 0;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "totals:", 7) || !strncmp(line, "summary:", 8)) {
			*ir = strtoull(strchr(line, ':') + 1, NULL, 10);
			found = 1;
		}
	fclose(f);
	return found;
}
