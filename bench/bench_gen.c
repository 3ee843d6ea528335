/* bench_gen: writes large synthetic thread files (mixed, realistic, one reply chain) and projects for the
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

/* Sentences for the realistic shape: Latin, accented, emoji and CJK text, so
 * widths, folding and wrapping meet what real threads hold. */
static const char *const real_sentences[] = {
    "The report leaves out the one number that would settle this.",
    "I have lived two streets away for eleven years and nobody ever asked us.",
    "Correct me if I am wrong, but the second table contradicts the first.",
    "Ça dépend du quartier, honnêtement ; chez nous rien n'a changé.",
    "Straßenbahn statt Bus wäre hier die ehrliche Antwort gewesen.",
    "This aged well 😂 and I say that as someone who voted for it.",
    "東京でも同じような議論がありましたが、結論は出ませんでした。",
    "这个问题其实早在十年前就有人提出过。",
    "Thanks for the link — the appendix is where the interesting part is.",
    "Two things can be true at once, and the thread keeps forgetting that.",
    "🚲🚶‍♀️🚌 is the order of priority the plan claims; the budget says otherwise.",
    "Honest question: who pays for the maintenance after year three?",
    "Ny ordning, samma problem: köerna flyttar bara runt hörnet.",
    "I work in logistics and the delivery window alone makes this unworkable.",
    "The original study had 41 participants, which nobody in the article mentions.",
    "Agreed.",
    "Edit: fixed the figures after a reply below pointed out my mistake.",
    "서울에서도 비슷한 정책이 시행되었지만 결과는 엇갈렸습니다.",
};
enum { NREAL = sizeof real_sentences / sizeof *real_sentences };

/* A body shaped like real comments: mostly one or two short paragraphs, a
 * long tail up to six, and one in a hundred about 5 KB long. */
static void real_body(tt_thread *t, tt_comment *c, tt_buf *b)
{
	static const unsigned para_weights[] = {52, 25, 11, 6, 4, 2};
	unsigned r = rnd(100), paras = 1, long_one = rnd(100) == 0;
	for (unsigned acc = para_weights[0]; r >= acc && paras < 6; acc += para_weights[paras++])
		;
	for (unsigned p = 0; p < paras; p++) {
		unsigned n = long_one && p == 0 ? 60 : 1 + rnd(3);
		b->len = 0;
		for (unsigned i = 0; i < n; i++) {
			if (i)
				tt_buf_addc(b, ' ');
			tt_buf_adds(b, real_sentences[rnd(NREAL)]);
		}
		tt_strv_push(t, &c->body, tt_thread_strdup(t, b->data, b->len));
	}
}

/* A realistic tree: parents drawn in proportion to the replies they already
 * have (so reply counts are heavy-tailed), runs of back-and-forth replies down
 * to depth 50, and about 5,000 authors with a few far more active than most. */
static tt_thread *gen_real(size_t n)
{
	enum { MAX_DEPTH = 50 };
	tt_thread *t = new_thread("Synthetic realistic thread");
	tt_buf para = {0};
	/* An article as long as a newspaper piece: 14 paragraphs, about 7 KB. */
	for (int p = 0; p < 14; p++) {
		para.len = 0;
		for (int k = 0; k < 6; k++)
			tt_buf_printf(&para, "%s%s", k ? " " : "",
			              real_sentences[(p * 7 + k) % NREAL]);
		tt_strv_push(t, &t->article.body, tt_thread_strdup(t, para.data, para.len));
	}
	tt_buf_free(&para);
	tt_strv_push(t, &t->article.keywords, "transport");
	tt_strv_push(t, &t->article.keywords, "city council");
	tt_comment **all = tt_xmalloc(n * sizeof *all);
	size_t *urn = tt_xmalloc(2 * n * sizeof *urn), nurn = 0;
	tt_buf b = {0};
	for (size_t i = 0; i < n; i++) {
		size_t pi = (size_t)-1; /* index of the parent, none: top level */
		unsigned r = rnd(100);
		if (i && r < 35)
			pi = i - 1; /* a back-and-forth run */
		else if (nurn && r >= 45)
			pi = urn[rnd((unsigned)nurn)];
		while (pi != (size_t)-1 && all[pi]->depth + 1 >= MAX_DEPTH)
			pi = all[pi]->parent ? all[pi]->parent->line : (size_t)-1;
		tt_comment *parent = pi == (size_t)-1 ? NULL : all[pi];
		tt_comment *c = tt_thread_add_comment(t, parent);
		c->depth = parent ? parent->depth + 1 : 0;
		c->line = (unsigned)i; /* our index, for the walk up above; not saved */
		all[i] = c;
		urn[nurn++] = i;
		if (parent)
			urn[nurn++] = pi;
		c->id = tt_thread_strfmt(t, "r%07zu", i);
		unsigned a = rnd(10) < 3 ? rnd(50) : rnd(5000);
		c->author = tt_thread_strfmt(t, "user_%u", a);
		unsigned minute = (unsigned)(i / 3);
		c->posted = c->time =
		    tt_thread_strfmt(t, "2025-03-%02uT%02u:%02u:00Z", 1 + minute / 1440 % 28,
		                     minute / 60 % 24, minute % 60);
		real_body(t, c, &b);
	}
	free(all);
	free(urn);
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
	fprintf(stderr, "usage: bench_gen mixed|real|chain COMMENTS OUT [CHAIN_DEPTH]\n"
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
	int mixed = !strcmp(argv[1], "mixed"), real = !strcmp(argv[1], "real");
	if (!mixed && !real && strcmp(argv[1], "chain"))
		return usage();
	double t0 = bench_now();
	tt_thread *t = mixed ? gen_mixed(n, chain) : real ? gen_real(n) : gen_chain(n);
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
