/* bench_gen: writes large synthetic threads (mixed tree, reply chain) and projects for the
 * benchmark. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "threadtag/fsutil.h"
#include "threadtag/project.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* Deterministic, so every run measures the same file. */
static unsigned long long rng_state = 0x9e3779b97f4a7c15ULL;

static unsigned rnd(unsigned bound)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(rng_state >> 33) % bound;
}

static const char *const sentences[] = {
    "I read the whole proposal last night and it is more careful than the headline suggests.",
    "That depends entirely on whether the buses actually run on time.",
    "Nobody asked the people who live just outside the walls.",
    "My grandmother ran a shop here for forty years and she would have loved this.",
    "The numbers in annex B do not add up to what the council claims.",
    "Fair enough.",
    "We tried something similar in my home town – it took two winters to settle down.",
    "Deliveries are the real issue; everything else is noise.",
    "Has anyone measured the air on Marktgasse since the roadworks ended?",
    "I changed my mind twice while writing this comment.",
    "The café owners are for it, the hardware shops against; that tells you a lot.",
    "“Temporary” closures in this city have a way of becoming permanent.",
    "Smooth paving would help far more people than the ban itself.",
    "Source: the council minutes from 14 October, item 7.",
    "This is exactly the kind of thread I come here for. 👍",
    "Look at Pontevedra before you decide, then look at the ring road.",
};
enum { NSENTENCES = sizeof sentences / sizeof *sentences };

/* One paragraph of 1..4 sentences; now and then with a hard line break. */
static const char *paragraph(tt_thread *t, tt_buf *b)
{
	b->len = 0;
	unsigned n = 1 + rnd(4);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tt_buf_addc(b, rnd(12) == 0 ? '\n' : ' ');
		tt_buf_adds(b, sentences[rnd(NSENTENCES)]);
	}
	return tt_thread_strdup(t, b->data, b->len);
}

/* Fills author, times, body and (usually) an id; some ids are left to derive. */
static void fill(tt_thread *t, tt_comment *c, size_t i, tt_buf *b, int always_id)
{
	if (always_id || i % 5 != 0)
		c->id = tt_thread_strfmt(t, "b%07zu", i);
	c->author = tt_thread_strfmt(t, "reader%u", rnd(700));
	unsigned minute = (unsigned)(i / 7);
	c->posted = tt_thread_strfmt(t, "%u Mar 2025 %02u:%02u", 11 + minute / 1440 % 18,
	                             minute / 60 % 24, minute % 60);
	c->time = tt_thread_strfmt(t, "2025-03-%02uT%02u:%02u+01:00", 11 + minute / 1440 % 18,
	                           minute / 60 % 24, minute % 60);
	unsigned paras = 1 + (rnd(4) == 0) + (rnd(8) == 0);
	for (unsigned p = 0; p < paras; p++)
		tt_strv_push(t, &c->body, paragraph(t, b));
}

static tt_thread *new_thread(const char *title)
{
	tt_thread *t = tt_thread_new();
	t->id = "bench";
	t->article.title = title;
	t->article.site = "Benchmark";
	t->article.time = "2025-03-11T07:30+01:00";
	tt_strv_push(t, &t->article.body, "A synthetic thread for measuring threadtag.");
	return t;
}

/* A forest of ordinary discussion depths, with one deep chain in the middle. */
static tt_thread *gen_mixed(size_t n, size_t chain)
{
	enum { MAX_FOREST_DEPTH = 40 };
	tt_thread *t = new_thread("Synthetic mixed thread");
	tt_comment *path[MAX_FOREST_DEPTH];
	size_t len = 0, chain_at = n / 2;
	tt_buf b = {0};
	for (size_t i = 0; i < n;) {
		if (i == chain_at && chain) {
			/* The chain hangs under a top-level comment of its own. */
			tt_comment *c = NULL;
			for (size_t k = 0; k < chain && i < n; k++, i++) {
				c = tt_thread_add_comment(t, c);
				fill(t, c, i, &b, 0);
			}
			len = 0;
			continue;
		}
		size_t d;
		if (len == 0 || rnd(10) < 2)
			d = 0;
		else if (rnd(10) < 5)
			d = len; /* a reply to the last comment */
		else
			d = 1 + rnd((unsigned)len); /* a reply further up the path */
		if (d >= MAX_FOREST_DEPTH)
			d = MAX_FOREST_DEPTH - 1;
		tt_comment *c = tt_thread_add_comment(t, d ? path[d - 1] : NULL);
		fill(t, c, i++, &b, 0);
		path[d] = c;
		len = d + 1;
	}
	tt_buf_free(&b);
	return t;
}

static tt_thread *gen_chain(size_t n)
{
	tt_thread *t = new_thread("Synthetic reply chain");
	tt_comment *c = NULL;
	tt_buf b = {0};
	for (size_t i = 0; i < n; i++) {
		c = tt_thread_add_comment(t, c);
		fill(t, c, i, &b, 1);
	}
	tt_buf_free(&b);
	return t;
}

static int usage(void)
{
	fprintf(stderr, "usage: bench_gen mixed|chain COMMENTS OUT [CHAIN_DEPTH]\n"
	                "       bench_gen project COMMENTS DIR THREADS ANNOTATORS\n");
	return 64;
}

static const char *const stances[] = {"favor", "against", "neutral", "unclear", "off-topic"};

/* One annotator's store of t: about nine comments in ten tagged, most with the
 * value the comment "really" has (from its position), the rest at random. */
static int write_store(const char *path, const tt_thread *t, const char *annotator)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fprintf(f, "threadtag_tags: 1\nthread: {id: %s}\nannotator: %s\ntags:\n", t->id, annotator);
	for (size_t i = 0; i < t->ncomments; i++) {
		if (rnd(10) == 0)
			continue;
		unsigned v = rnd(10) < 7 ? (unsigned)(i * 7 % 5) : rnd(5);
		fprintf(f, "  \"%s\": {stance: %s, time: \"2026-11-23T14:%02u:%02uZ\"}\n",
		        t->order[i]->id, stances[v], (unsigned)(i / 60 % 60), (unsigned)(i % 60));
	}
	return fclose(f);
}

/* A project of nthreads threads sharing n comments, each tagged by every annotator. */
static int gen_project(size_t n, const char *dir, size_t nthreads, size_t nann)
{
	tt_error err;
	int code;
	if (tt_project_init(dir, NULL, "bench", &err, &code) < 0) {
		tt_error_print(&err);
		return code;
	}
	for (size_t a = 0; a < nann; a++) {
		char *d = tt_xasprintf("%s/tags/a%zu", dir, a + 1);
		tt_mkdirs(d);
		free(d);
	}
	for (size_t i = 0; i < nthreads; i++) {
		size_t size = n / nthreads + (i < n % nthreads);
		tt_thread *t = gen_mixed(size ? size : 1, 0);
		t->id = tt_thread_strfmt(t, "bench-%04zu", i);
		t->article.title = tt_thread_strfmt(t, "Synthetic thread %zu", i);
		char *path = tt_xasprintf("%s/threads/t%04zu.yaml", dir, i);
		int rc = tt_thread_finish(t, &err) < 0 || tt_thread_save(t, path) < 0 ? -1 : 0;
		free(path);
		for (size_t a = 0; a < nann && rc == 0; a++) {
			char name[32];
			snprintf(name, sizeof name, "a%zu", a + 1);
			char *store =
			    tt_project_store_path(&(tt_project){.dir = (char *)dir}, name, t->id);
			rc = write_store(store, t, name);
			free(store);
		}
		tt_thread_free(t);
		if (rc < 0) {
			fprintf(stderr, "bench_gen: %s: cannot write thread %zu\n", dir, i);
			return 73;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 4 || argc > 6)
		return usage();
	char *end;
	size_t n = strtoul(argv[2], &end, 10);
	size_t chain = argc == 5 ? strtoul(argv[4], NULL, 10) : 10000;
	if (*end || !n)
		return usage();
	if (!strcmp(argv[1], "project")) {
		if (argc != 6)
			return usage();
		double t0 = bench_now();
		int rc =
		    gen_project(n, argv[3], strtoul(argv[4], NULL, 10), strtoul(argv[5], NULL, 10));
		printf("phase=generate comments=%zu build_s=%.3f\n", n, bench_now() - t0);
		return rc;
	}
	int mixed = !strcmp(argv[1], "mixed");
	if (!mixed && strcmp(argv[1], "chain"))
		return usage();
	double t0 = bench_now();
	tt_thread *t = mixed ? gen_mixed(n, chain) : gen_chain(n);
	double t1 = bench_now();
	if (tt_thread_save(t, argv[3]) < 0) {
		fprintf(stderr, "bench_gen: %s: %s\n", argv[3], strerror(errno));
		return 73;
	}
	double t2 = bench_now();
	printf("phase=generate comments=%zu build_s=%.3f save_s=%.3f maxrss_kb=%ld\n", t->ncomments,
	       t1 - t0, t2 - t1, bench_maxrss_kb());
	tt_thread_free(t);
	return 0;
}
