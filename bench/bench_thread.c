/* bench_thread: times a raw libyaml parse, tt_thread_load, and the life of a deep reply chain. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "bench_util.h"
#include "threadtag/fsutil.h"
#include "threadtag/thread_yaml.h"

/* The bench_region_* functions are what callgrind counts (--toggle-collect):
 * each holds exactly the work being compared, file reading included on both sides. */

/* What a loader cannot do with less: read the file and pull every libyaml event. */
__attribute__((noinline)) static long bench_region_parse(const char *path)
{
	size_t len;
	char *buf = tt_read_file(path, &len);
	if (!buf)
		return -1;
	yaml_parser_t parser;
	yaml_event_t ev;
	long events = 0;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev)) {
			fprintf(stderr, "bench_thread: %s:%zu: %s\n", path,
			        parser.problem_mark.line + 1,
			        parser.problem ? parser.problem : "?");
			events = -1;
			break;
		}
		int done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		events++;
		if (done)
			break;
	}
	yaml_parser_delete(&parser);
	free(buf);
	return events;
}

__attribute__((noinline)) static tt_thread *bench_region_load(const char *path, tt_error *err)
{
	return tt_thread_load(path, err, NULL);
}

static tt_thread *load_or_die(const char *path)
{
	tt_error err;
	tt_thread *t = bench_region_load(path, &err);
	if (!t) {
		tt_error_print(&err);
		exit(65);
	}
	return t;
}

/* CPU time is reported beside wall time: it is steadier on a shared machine. */
static int run_parse(const char *path)
{
	double w0 = bench_now(), c0 = bench_cpu();
	long events = bench_region_parse(path);
	double w1 = bench_now(), c1 = bench_cpu();
	if (events < 0)
		return 65;
	printf("phase=parse wall_s=%.4f cpu_s=%.4f maxrss_kb=%ld events=%ld\n", w1 - w0, c1 - c0,
	       bench_maxrss_kb(), events);
	return 0;
}

static int run_load(const char *path)
{
	double w0 = bench_now(), c0 = bench_cpu();
	tt_thread *t = load_or_die(path);
	double w1 = bench_now(), c1 = bench_cpu();
	printf("phase=load wall_s=%.4f cpu_s=%.4f maxrss_kb=%ld comments=%zu max_depth=%u\n",
	       w1 - w0, c1 - c0, bench_maxrss_kb(), t->ncomments, t->max_depth);
	tt_thread_free(t);
	return 0;
}

/* Every way the viewer moves through a thread, end to end of the chain. */
static int walk_chain(const tt_thread *t)
{
	size_t n = 0;
	const tt_comment *deepest = NULL;
	for (const tt_comment *c = t->ncomments ? t->order[0] : NULL; c;
	     c = tt_comment_next(t, c), n++) {
		if (c->depth != n)
			return fprintf(stderr, "bench_thread: not a chain at %zu\n", n), -1;
		deepest = c;
	}
	if (n != t->ncomments || !deepest)
		return fprintf(stderr, "bench_thread: walked %zu of %zu\n", n, t->ncomments), -1;
	size_t up = 0;
	for (const tt_comment *c = deepest; c->parent; c = c->parent)
		up++;
	const tt_comment *root = tt_comment_top(deepest);
	if (up + 1 != n || root != t->first || tt_comment_next_after_subtree(t, root) ||
	    root->subtree + 1 != n || tt_thread_find(t, deepest->id) != deepest)
		return fprintf(stderr, "bench_thread: the chain does not hold together\n"), -1;
	size_t back = 0;
	for (const tt_comment *c = deepest; c; c = tt_comment_prev(t, c))
		back++;
	return back == n ? 0 : -1;
}

/* A chain of n replies built in memory, as a loader would leave it. */
static tt_thread *build_chain(size_t n)
{
	tt_thread *t = tt_thread_new();
	t->article.title = "Synthetic reply chain";
	tt_comment *c = NULL;
	for (size_t i = 0; i < n; i++) {
		c = tt_thread_add_comment(t, c);
		c->id = tt_thread_strfmt(t, "r%zu", i);
		c->author = i % 2 ? "left" : "right";
		tt_strv_push(t, &c->body, tt_thread_strfmt(t, "Reply number %zu.", i));
	}
	tt_error err;
	if (tt_thread_finish(t, &err) < 0) {
		tt_error_print(&err);
		exit(70);
	}
	return t;
}

/* Loads (or, with n > 0, builds) a chain, walks it, serialises it and frees it. */
static int run_chain(const char *path, size_t n)
{
	double t0 = bench_now(), c0 = bench_cpu();
	tt_thread *t = n ? build_chain(n) : load_or_die(path);
	double t1 = bench_now(), c1 = bench_cpu();
	int rc = walk_chain(t);
	double t2 = bench_now();
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	double t3 = bench_now();
	int saved = yaml != NULL;
	free(yaml);
	unsigned depth = t->max_depth;
	size_t count = t->ncomments;
	tt_thread_free(t);
	double t4 = bench_now();
	if (rc < 0 || !saved)
		return 70;
	const char *first = n ? "build" : "load";
	printf("phase=chain comments=%zu max_depth=%u %s_s=%.4f %s_cpu_s=%.4f walk_s=%.4f "
	       "save_s=%.4f free_s=%.4f maxrss_kb=%ld\n",
	       count, depth, first, t1 - t0, first, c1 - c0, t2 - t1, t3 - t2, t4 - t3,
	       bench_maxrss_kb());
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: bench_thread parse|load|chain FILE\n"
		                "       bench_thread chain-mem COMMENTS\n");
		return 64;
	}
	if (!strcmp(argv[1], "parse"))
		return run_parse(argv[2]);
	if (!strcmp(argv[1], "load"))
		return run_load(argv[2]);
	if (!strcmp(argv[1], "chain"))
		return run_chain(argv[2], 0);
	if (!strcmp(argv[1], "chain-mem")) {
		char *end;
		size_t n = strtoul(argv[2], &end, 10);
		if (*end || !n)
			return fprintf(stderr, "bench_thread: bad count '%s'\n", argv[2]), 64;
		return run_chain(NULL, n);
	}
	fprintf(stderr, "bench_thread: unknown mode '%s'\n", argv[1]);
	return 64;
}
