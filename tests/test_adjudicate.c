/* test_adjudicate: which comments adjudication asks about, accepting into gold, the plan over a
 * project. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/adjudicate.h"
#include "threadtag/cmd.h"
#include "threadtag/project.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* c1 with a reply c2, then c3, c4, c5 at the top. */
static const char thread_a[] = "threadtag: 1\nid: alpha\narticle:\n  title: Alpha\n"
                               "comments:\n"
                               "  - id: c1\n    author: carol\n    body: [one]\n"
                               "    replies:\n"
                               "      - id: c2\n        author: dave\n        body: [two]\n"
                               "  - id: c3\n    author: erin\n    body: [three]\n"
                               "  - id: c4\n    author: finn\n    body: [four]\n"
                               "  - id: c5\n    author: gus\n    body: [five]\n";
static const char thread_b[] = "threadtag: 1\nid: beta\narticle:\n  title: Beta\n"
                               "comments:\n"
                               "  - id: b1\n    author: hal\n    body: [uno]\n"
                               "  - id: b2\n    author: ida\n    body: [dos]\n";

static char *project(void)
{
	char *tmp = tt_test_tmpdir(), *dir = tt_xasprintf("%s/study", tmp);
	tt_error err;
	int rc;
	free(tmp);
	assert_int_equal(tt_project_init(dir, NULL, NULL, &err, &rc), 0);
	char *path = tt_xasprintf("%s/threads/a.yaml", dir);
	tt_test_write(path, thread_a);
	free(path);
	path = tt_xasprintf("%s/threads/b.yaml", dir);
	tt_test_write(path, thread_b);
	free(path);
	return dir;
}

static tt_project *open_project(const char *dir)
{
	tt_error err;
	int rc = 0;
	tt_project *p = tt_project_open(dir, &err, &rc);
	assert_non_null(p);
	return p;
}

/* ann and bob on thread a: c1 differs, c2 differs in the second dimension
 * only, c3 agrees, c4 only ann coded, c5 nobody. */
static void tag_alpha(const char *dir, const tt_thread *t)
{
	tt_test_project_tag(dir, t, "ann", "c1", "stance", "favor");
	tt_test_project_tag(dir, t, "bob", "c1", "stance", "against");
	tt_test_project_tag(dir, t, "ann", "c2", "stance", "favor");
	tt_test_project_tag(dir, t, "ann", "c2", "reply", "agree");
	tt_test_project_tag(dir, t, "bob", "c2", "stance", "favor");
	tt_test_project_tag(dir, t, "bob", "c2", "reply", "disagree");
	tt_test_project_tag(dir, t, "ann", "c3", "stance", "neutral");
	tt_test_project_tag(dir, t, "bob", "c3", "stance", "neutral");
	tt_test_project_tag(dir, t, "ann", "c4", "stance", "unclear");
}

/* What each comment asks, and the queue: disagreements (any dimension) in
 * thread order first, then what one annotator alone coded; agreement and
 * untagged comments never. */
static void test_need_and_queue(void **state)
{
	(void)state;
	char *dir = project();
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tag_alpha(dir, t);
	tt_project *p = open_project(dir);
	tt_adjud A;
	assert_int_equal(tt_adjud_open_project(&A, p, t), 0);
	assert_int_equal(tt_adjud_need(&A, "c1"), TT_ADJUD_DISAGREE);
	assert_int_equal(tt_adjud_need(&A, "c2"), TT_ADJUD_DISAGREE);
	assert_int_equal(tt_adjud_need(&A, "c3"), TT_ADJUD_NONE);
	assert_int_equal(tt_adjud_need(&A, "c4"), TT_ADJUD_SINGLE);
	assert_int_equal(tt_adjud_need(&A, "c5"), TT_ADJUD_NONE);
	tt_adjud_build(&A, NULL);
	assert_int_equal(A.nqueue, 3);
	assert_int_equal(A.ndisagree, 2);
	assert_string_equal(t->order[A.queue[0]]->id, "c1");
	assert_string_equal(t->order[A.queue[1]]->id, "c2");
	assert_string_equal(t->order[A.queue[2]]->id, "c4");
	tt_adjud_free(&A);
	tt_project_free(p);
	tt_thread_free(t);
	free(dir);
}

/* Accepting bob's tag on c2 copies both dimensions and his labels, keeps the
 * gold item's note, is on disk (a second reader sees it), and takes c2 out
 * of the queue; an annotator who gave no value changes nothing. */
static void test_accept(void **state)
{
	(void)state;
	char *dir = project();
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tag_alpha(dir, t);
	tt_tagstore *b = tt_test_project_store(dir, "bob", t, 0);
	tt_error err;
	assert_int_equal(tt_tagstore_toggle_label(b, "c2", "sarcasm", &err), 0);
	assert_int_equal(tt_tagstore_close(b, &err), 0);
	tt_project *p = open_project(dir);
	tt_adjud A;
	assert_int_equal(tt_adjud_open_project(&A, p, t), 0);
	assert_string_equal(A.names[1], "bob");
	tt_tagstore *gold = tt_test_project_store(dir, TT_PROJECT_GOLD, t, 0);
	assert_int_equal(tt_tagstore_set_note(gold, "c2", "see the guideline, 3.2", &err), 0);
	tt_adjud_build(&A, gold);
	assert_int_equal(tt_adjud_decided(&A, gold), 0);
	assert_int_equal(tt_adjud_is_decided(&A, gold, "c2"), 0); /* a note is no decision */
	assert_int_equal(tt_tagstore_set_value(gold, "c2", "stance", "favor", &err), 0);
	assert_int_equal(tt_adjud_is_decided(&A, gold, "c2"), 0); /* reply still open */

	assert_int_equal(tt_adjud_accept(&A, 1, gold, "c2", &err), 0);
	const tt_tag *g = tt_tagstore_get(gold, "c2");
	assert_string_equal(g->values[0], "favor");
	assert_string_equal(g->values[1], "disagree");
	assert_int_equal(g->nlabels, 1);
	assert_string_equal(g->labels[0], "sarcasm");
	assert_string_equal(g->note, "see the guideline, 3.2");
	assert_int_equal(tt_adjud_is_decided(&A, gold, "c2"), 1);
	assert_int_equal(tt_adjud_decided(&A, gold), 1);

	/* durable: another reader of the store (journal replayed) has it now */
	int bad = 0;
	tt_tagstore *r = tt_project_store_open(p, TT_PROJECT_GOLD, t, &bad);
	assert_non_null(r);
	assert_string_equal(tt_tagstore_get(r, "c2")->values[1], "disagree");
	tt_tagstore_close(r, NULL);

	assert_int_equal(tt_adjud_accept(&A, 1, gold, "c4", &err), 1); /* bob said nothing */
	assert_null(tt_tagstore_get(gold, "c4"));
	tt_adjud_build(&A, gold); /* reopened later: c2 is no longer asked */
	assert_int_equal(A.nqueue, 2);
	assert_string_equal(t->order[A.queue[0]]->id, "c1");
	assert_int_equal(tt_tagstore_close(gold, &err), 0);
	tt_adjud_free(&A);
	tt_project_free(p);
	tt_thread_free(t);
	free(dir);
}

/* The plan: threads with something left, most first; after `gold --rule
 * majority` with three annotators only what the rule left open remains. */
static void test_plan_after_gold(void **state)
{
	(void)state;
	char *dir = project();
	tt_thread *a = tt_test_project_thread(dir, "a.yaml"), *b = tt_test_project_thread(dir, "b.yaml");
	tag_alpha(dir, a);
	tt_test_project_tag(dir, b, "ann", "b1", "stance", "favor");
	tt_test_project_tag(dir, b, "bob", "b1", "stance", "against");
	tt_project *p = open_project(dir);
	size_t n = 0;
	int bad = 0;
	tt_adjud_thread *plan = tt_adjud_plan(p, &n, &bad);
	assert_int_equal(bad, 0);
	assert_int_equal(n, 2);
	assert_string_equal(p->threads[plan[0].index] + strlen(p->threads[plan[0].index]) - 6,
	                    "a.yaml");
	assert_int_equal(plan[0].remaining, 3);
	assert_int_equal(plan[0].disagree, 2);
	assert_int_equal(plan[1].remaining, 1);
	free(plan);
	tt_project_free(p);

	/* cid breaks the tie on c1 (against) and confirms c4: majority decides both */
	tt_test_project_tag(dir, a, "cid", "c1", "stance", "against");
	tt_test_project_tag(dir, a, "cid", "c4", "stance", "unclear");
	char *args[] = {"gold", dir, "--rule", "majority", NULL};
	FILE *was = stdout;
	stdout = fopen("/dev/null", "w");
	assert_int_equal(tt_cmd_gold(4, args), 0);
	fclose(stdout);
	stdout = was;
	p = open_project(dir);
	plan = tt_adjud_plan(p, &n, &bad);
	assert_int_equal(n, 2);
	/* a: only c2 (reply agree/disagree/none: no majority) is left */
	for (size_t i = 0; i < n; i++)
		if (strstr(p->threads[plan[i].index], "a.yaml"))
			assert_int_equal(plan[i].remaining, 1);
		else
			assert_int_equal(plan[i].remaining, 1); /* b1: one against one */
	free(plan);
	tt_project_free(p);
	tt_thread_free(a);
	tt_thread_free(b);
	free(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_need_and_queue),
	    cmocka_unit_test(test_accept),
	    cmocka_unit_test(test_plan_after_gold),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
