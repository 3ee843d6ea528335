/* bench_project: times a project's thread summaries (cold, warm) and whole commands on it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_util.h"
#include "threadtag/project.h"
#include "threadtag/ui.h"

/* Gets every summary once; prints how long it took and how many were rebuilt. */
static int summaries_once(const char *dir, const char *label)
{
	tt_error err;
	int rc;
	tt_project *p = tt_project_open(dir, &err, &rc);
	if (!p) {
		tt_error_print(&err);
		return rc;
	}
	tt_scheme *sc = tt_project_scheme(p);
	double w0 = bench_now(), c0 = bench_cpu();
	tt_project_summaries *s = tt_project_summaries_get(p, sc);
	double w1 = bench_now(), c1 = bench_cpu();
	printf("phase=summaries cache=%s threads=%zu rebuilt=%zu bad=%zu wall_s=%.3f cpu_s=%.3f\n",
	       label, s->n, s->rebuilt, s->bad, w1 - w0, c1 - c0);
	rc = s->bad ? 65 : 0;
	tt_project_summaries_free(s, p);
	tt_scheme_free(sc);
	tt_project_free(p);
	return rc;
}

/* Cold (the cache removed first), then warm. */
static int run_summaries(const char *dir)
{
	tt_project p = {.dir = (char *)dir};
	char *cache = tt_project_cache_path(&p);
	unlink(cache);
	free(cache);
	int rc = summaries_once(dir, "cold");
	return rc ? rc : summaries_once(dir, "warm");
}

/* Opens the viewer's thread list headless and draws its first screen: the
 * project, the summaries (from the cache when warm), each thread's last
 * opened time. */
static int run_list(const char *dir, const char *annotator)
{
	double w0 = bench_now(), c0 = bench_cpu();
	int rc = tt_ui_list_headless(dir, annotator, 50, 160, "", NULL);
	double w1 = bench_now(), c1 = bench_cpu();
	if (rc)
		return 1;
	printf("phase=list wall_s=%.3f cpu_s=%.3f\n", w1 - w0, c1 - c0);
	return 0;
}

/* Opens the first thread from the list headless, then the agreement pane
 * over the whole project (a, s): every thread and store loaded into one
 * coding, the grid drawn. The list's own opening is measured apart (list). */
static int run_pane(const char *dir, const char *annotator)
{
	double w0 = bench_now(), c0 = bench_cpu();
	int rc = tt_ui_list_headless(dir, annotator, 50, 160, "<Enter> % s", NULL);
	double w1 = bench_now(), c1 = bench_cpu();
	if (rc)
		return 1;
	printf("phase=pane wall_s=%.3f cpu_s=%.3f\n", w1 - w0, c1 - c0);
	return 0;
}

/* Runs argv with stdout to /dev/null; prints its wall and CPU time. */
static int run_command(char **argv)
{
	double w0 = bench_now();
	pid_t pid = fork();
	if (pid < 0)
		return perror("bench_project: fork"), 71;
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(71);
		execv(argv[0], argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		return perror("bench_project: wait"), 71;
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	             (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
	printf("phase=command exit=%d wall_s=%.3f cpu_s=%.3f maxrss_kb=%ld\n", code,
	       bench_now() - w0, cpu, ru.ru_maxrss);
	return code;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "summaries"))
		return run_summaries(argv[2]);
	if (argc == 4 && !strcmp(argv[1], "list"))
		return run_list(argv[2], argv[3]);
	if (argc == 4 && !strcmp(argv[1], "pane"))
		return run_pane(argv[2], argv[3]);
	if (argc >= 3 && !strcmp(argv[1], "run"))
		return run_command(argv + 2);
	fprintf(stderr, "usage: bench_project summaries DIR\n"
	                "       bench_project list DIR ANNOTATOR\n"
	                "       bench_project pane DIR ANNOTATOR\n"
	                "       bench_project run PROGRAM [ARG]...\n");
	return 64;
}
