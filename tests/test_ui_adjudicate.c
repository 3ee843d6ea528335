/* test_ui_adjudicate: the adjudication view on a newterm() screen: the panel, accepting, setting,
 * moving, errors. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/project.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/ui.h"
#include "threadtag/xalloc.h"

enum { ROWS = 30, COLS = 150 };

static const char thread_a[] = "threadtag: 1\nid: alpha\narticle:\n  title: Alpha thread\n"
                               "comments:\n"
                               "  - id: c1\n    author: carol\n    body: [one of alpha]\n"
                               "    replies:\n"
                               "      - id: c2\n        author: dave\n        body: [two]\n"
                               "  - id: c3\n    author: erin\n    body: [three]\n"
                               "  - id: c4\n    author: finn\n    body: [four]\n";
static const char thread_b[] = "threadtag: 1\nid: beta\narticle:\n  title: Beta thread\n"
                               "comments:\n"
                               "  - id: b1\n    author: hal\n    body: [uno]\n";

static char *project(const char *name, const char *project_file)
{
	char *tmp = tt_test_tmpdir(), *dir = tt_xasprintf("%s/%s", tmp, name);
	tt_error err;
	int rc;
	free(tmp);
	assert_int_equal(tt_project_init(dir, NULL, NULL, &err, &rc), 0);
	char *path = tt_xasprintf("%s/threads/a.yaml", dir);
	tt_test_write(path, thread_a);
	free(path);
	if (project_file) {
		path = tt_xasprintf("%s/%s", dir, TT_PROJECT_FILE);
		tt_test_write(path, project_file);
		free(path);
	}
	return dir;
}

/* ann and bob: c1 favor/against (bob's note), c2 favor+agree/favor+disagree
 * (bob flagged it, with a reason), c3 agreed, c4 only ann. */
static void tag_alpha(const char *dir)
{
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_error err;
	tt_test_project_tag(dir, t, "ann", "c1", "stance", "favor");
	tt_test_project_tag(dir, t, "bob", "c1", "stance", "against");
	tt_test_project_tag(dir, t, "ann", "c2", "stance", "favor");
	tt_test_project_tag(dir, t, "ann", "c2", "reply", "agree");
	tt_test_project_tag(dir, t, "bob", "c2", "stance", "favor");
	tt_test_project_tag(dir, t, "bob", "c2", "reply", "disagree");
	tt_test_project_tag(dir, t, "ann", "c3", "stance", "neutral");
	tt_test_project_tag(dir, t, "bob", "c3", "stance", "neutral");
	tt_test_project_tag(dir, t, "ann", "c4", "stance", "unclear");
	tt_tagstore *b = tt_test_project_store(dir, "bob", t, 0);
	assert_int_equal(tt_tagstore_set_note(b, "c1", "reads as sarcasm", &err), 0);
	assert_int_equal(tt_tagstore_set_state(b, "c2", "flagged", "which parent?", &err), 0);
	assert_int_equal(tt_tagstore_close(b, &err), 0);
	tt_thread_free(t);
}

/* Runs `adjudicate ARGS` headless with keys; returns the exit code, *s the last screen. */
static int run(char **argv, int argc, const char *keys, char **s)
{
	return tt_ui_adjudicate_headless(argc, argv, ROWS, COLS, keys, s);
}

static char *screen_of(const char *dir, const char *keys)
{
	char *argv[] = {"adjudicate", (char *)dir, NULL};
	char *s = NULL;
	assert_int_equal(run(argv, 2, keys, &s), 0);
	assert_non_null(s);
	return s;
}

/* The screen line holding needle (a static copy), or "". */
static const char *line_with(const char *s, const char *needle)
{
	static char buf[1024];
	const char *hit = strstr(s, needle);
	if (!hit)
		return "";
	const char *b = hit, *e = strchr(hit, '\n');
	while (b > s && b[-1] != '\n')
		b--;
	size_t n = (size_t)(e - b) < sizeof buf - 1 ? (size_t)(e - b) : sizeof buf - 1;
	memcpy(buf, b, n);
	buf[n] = '\0';
	return buf;
}

/* The first disagreement opens with every annotator's values per dimension,
 * notes and states with reasons, a gold column, and the progress. */
static void test_panel(void **state)
{
	(void)state;
	char *dir = project("panel", NULL);
	tag_alpha(dir);
	char *s = screen_of(dir, "");
	assert_non_null(strstr(s, "Disagreement 1/2, 0 adjudicated, 3 remaining"));
	assert_non_null(strstr(s, "ADJUDICATE"));
	assert_non_null(strstr(s, "Comment c1 by carol"));
	assert_non_null(strstr(s, "1 ann     stance favor"));
	assert_non_null(strstr(s, "2 bob     stance against"));
	assert_non_null(strstr(s, "note: reads as sarcasm"));
	assert_non_null(strstr(line_with(s, "- carol"), "ann=favor bob=against gold=-"));
	free(s);
	s = screen_of(dir, "=");
	assert_non_null(strstr(s, "Disagreement 2/2, 0 adjudicated, 3 remaining"));
	assert_non_null(strstr(s, "1 ann     stance favor  reply agree"));
	assert_non_null(strstr(s, "2 bob     stance favor  reply disagree"));
	assert_non_null(strstr(s, "flagged: which parent?"));
	free(s);
	s = screen_of(dir, "= =");
	assert_non_null(strstr(s, "One annotator only 1/1, 0 adjudicated, 3 remaining"));
	assert_non_null(strstr(s, "2 bob     -"));
	free(s);
	s = screen_of(dir, "-"); /* backwards, round the queue */
	assert_non_null(strstr(s, "One annotator only 1/1"));
	free(s);
	free(dir);
}

/* a 2 takes bob's value, a 1 ann's two values, a value key sets another on
 * the third, i adds a note: all in the gold store, progress counted, the view
 * moving on after each decision. */
static void test_decide(void **state)
{
	(void)state;
	char *dir = project("decide", NULL);
	tag_alpha(dir);
	char *s = screen_of(dir, "a 2");
	assert_non_null(strstr(s, "Disagreement 2/2, 1 adjudicated, 2 remaining"));
	assert_non_null(strstr(line_with(s, "- carol"), "gold=against"));
	free(s);
	/* each run asks only what is left: c2, then c4 */
	s = screen_of(dir, "a 1");
	assert_non_null(strstr(s, "One annotator only 1/1, 1 adjudicated, 1 remaining"));
	free(s);
	s = screen_of(dir, "3 i c h e c k e d <Enter>");
	assert_non_null(strstr(s, "1 adjudicated, 0 remaining"));
	free(s);

	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_tagstore *g = tt_test_project_store(dir, TT_PROJECT_GOLD, t, 1);
	assert_string_equal(tt_tagstore_get(g, "c1")->values[0], "against");
	assert_string_equal(tt_tagstore_get(g, "c2")->values[0], "favor");
	assert_string_equal(tt_tagstore_get(g, "c2")->values[1], "agree");
	assert_null(tt_tagstore_get(g, "c2")->state); /* bob's flag is his, not gold's */
	assert_string_equal(tt_tagstore_get(g, "c4")->values[0], "neutral");
	assert_string_equal(tt_tagstore_get(g, "c4")->note, "checked");
	assert_null(tt_tagstore_get(g, "c3")); /* agreed: never asked */
	assert_int_equal(tt_tagstore_count(g), 3);
	tt_tagstore_close(g, NULL);
	tt_thread_free(t);

	/* decided comments drop out: nothing is left to open */
	char *argv[] = {"adjudicate", dir, NULL};
	s = NULL;
	assert_int_equal(run(argv, 2, "", &s), 0);
	assert_null(s);
	free(dir);
}

/* A fresh two-annotator project run with keys; the last screen. */
static char *fresh(const char *name, const char *keys)
{
	char *dir = project(name, NULL);
	tag_alpha(dir);
	char *s = screen_of(dir, keys);
	free(dir);
	return s;
}

/* With two dimensions in dispute the view stays until both are set, and the
 * comment stays "remaining"; the accept key then anything but a number
 * cancels; a number too high says so; undo takes a decision back. */
static void test_keys_in_between(void **state)
{
	(void)state;
	char *s = fresh("between1", "= 1");
	assert_non_null(strstr(s, "Disagreement 2/2, 0 adjudicated, 3 remaining"));
	assert_non_null(strstr(s, "Comment c2 by dave"));
	free(s);
	s = fresh("between2", "= 1 7");
	assert_non_null(strstr(s, "One annotator only 1/1, 1 adjudicated, 2 remaining"));
	free(s);
	s = fresh("between3", "a");
	assert_non_null(strstr(s, "Accept whose values? 1 ann, 2 bob"));
	free(s);
	s = fresh("between4", "a x");
	assert_non_null(strstr(s, "Nothing accepted."));
	assert_non_null(strstr(s, "0 adjudicated"));
	free(s);
	s = fresh("between5", "a 9");
	assert_non_null(strstr(s, "No annotator 9: they are numbered 1 to 2."));
	free(s);
	s = fresh("between6", "= = a 2"); /* bob gave c4 nothing */
	assert_non_null(strstr(s, "bob gave this comment no value: nothing accepted."));
	free(s);
	s = fresh("between7", "a 1 u");
	assert_non_null(strstr(s, "0 adjudicated, 3 remaining"));
	free(s);
}

/* Thread to thread: the one with most left first, ) and ( between them. */
static void test_threads(void **state)
{
	(void)state;
	char *dir = project("threads", NULL);
	tag_alpha(dir);
	char *path = tt_xasprintf("%s/threads/b.yaml", dir);
	tt_test_write(path, thread_b);
	free(path);
	tt_thread *b = tt_test_project_thread(dir, "b.yaml");
	tt_test_project_tag(dir, b, "ann", "b1", "stance", "favor");
	tt_test_project_tag(dir, b, "bob", "b1", "stance", "against");
	tt_thread_free(b);
	char *s = screen_of(dir, "");
	assert_non_null(strstr(s, "(thread 1/2)"));
	assert_non_null(strstr(s, "Alpha thread"));
	free(s);
	s = screen_of(dir, "C-n");
	assert_non_null(strstr(s, "(thread 2/2)"));
	assert_non_null(strstr(s, "Comment b1 by hal"));
	free(s);
	s = screen_of(dir, "C-n C-p");
	assert_non_null(strstr(s, "(thread 1/2)"));
	free(s);
	s = screen_of(dir, "C-n a 1 C-n"); /* b decided; round again to a */
	assert_non_null(strstr(s, "(thread 1/2)"));
	free(s);
	s = screen_of(dir, "C-n"); /* b has nothing left: a again */
	assert_non_null(strstr(s, "Alpha thread"));
	free(s);
	free(dir);
}

/* A blind project hides the others' tags from annotators; adjudicating is
 * the explicit act of looking, so it shows them. */
static void test_blind(void **state)
{
	(void)state;
	char *dir = project("blind", "threadtag-project: 1\nblind: true\n");
	tag_alpha(dir);
	char *s = screen_of(dir, "");
	assert_non_null(strstr(s, "2 bob     stance against"));
	free(s);
	free(dir);
}

/* Comment text, notes and reasons reach the screen through the sanitiser. */
static void test_hostile_note(void **state)
{
	(void)state;
	char *dir = project("hostile", NULL);
	tag_alpha(dir);
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_tagstore *b = tt_test_project_store(dir, "bob", t, 0);
	tt_error err;
	assert_int_equal(tt_tagstore_set_note(b, "c1", "x\x1b]0;owned\x07y\xe2\x80\xae", &err), 0);
	assert_int_equal(tt_tagstore_close(b, &err), 0);
	tt_thread_free(t);
	char *s = screen_of(dir, "");
	assert_non_null(strstr(s, "note: x^[]0;owned^Gy<U+202E>"));
	assert_null(strchr(s, '\x1b'));
	assert_null(strchr(s, '\x07'));
	free(s);
	free(dir);
}

/* Out of adjudication the accept key says where it works. */
static void test_accept_elsewhere(void **state)
{
	(void)state;
	tt_error err;
	char *s = NULL;
	tt_thread *t = tt_thread_load_mem("x", thread_b, strlen(thread_b), &err);
	assert_non_null(t);
	assert_int_equal(tt_ui_headless(t, ROWS, COLS, "a", &s), 0);
	assert_non_null(strstr(s, "That key is for adjudicating"));
	free(s);
	tt_thread_free(t);
}

static void expect(const char *const *args, int code, const char *msg)
{
	char *out = NULL, *err = NULL;
	int rc = tt_test_run(args, NULL, &out, &err);
	if (rc != code || !strstr(err ? err : "", msg))
		fail_msg("%s %s: exit %d (want %d), stderr: %s", args[0], args[1], rc, code, err);
	free(out);
	free(err);
}

/* Bad input: clear messages and sysexits codes, before any screen. */
static void test_errors(void **state)
{
	(void)state;
	char *dir = project("errors", NULL), *thread = tt_xasprintf("%s/threads/a.yaml", dir);
	char *ann = tt_xasprintf("%s/tags/ann/alpha.yaml", dir);
	char *nope = tt_xasprintf("%s/tags/zed/alpha.yaml", dir);
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_test_project_tag(dir, t, "ann", "c1", "stance", "favor");
	tt_thread_free(t);
	expect((const char *[]){"adjudicate", dir, NULL}, 66,
	       "tags: one annotator folder (ann): adjudication needs two or more");
	expect((const char *[]){"adjudicate", thread, NULL}, 64,
	       "a THREAD needs the annotators' stores: give two or more --tags");
	expect((const char *[]){"adjudicate", thread, "--tags", ann, NULL}, 64,
	       "two or more --tags");
	expect((const char *[]){"adjudicate", thread, "--tags", ann, "--tags", nope, NULL}, 66,
	       "zed/alpha.yaml");
	expect(
	    (const char *[]){"adjudicate", thread, "--tags", ann, "--tags", ann, "-o", ann, NULL},
	    64, "is also an annotator's store");
	expect((const char *[]){"adjudicate", dir, "--tags", ann, NULL}, 64,
	       "a project names its own stores");
	char *threads = tt_xasprintf("%s/threads", dir);
	expect((const char *[]){"adjudicate", threads, NULL}, 66, "not a project");
	expect((const char *[]){"adjudicate", "--frobnicate", NULL}, 64, "--frobnicate");
	t = tt_test_project_thread(dir, "a.yaml");
	tt_test_project_tag(dir, t, "bob", "c1", "stance", "favor");
	tt_thread_free(t);
	expect((const char *[]){"adjudicate", dir, NULL}, 0, "nothing to adjudicate");
	free(threads);
	free(nope);
	free(ann);
	free(thread);
	free(dir);
}

/* The accept key is the action table's like any other: config.yaml rebinds
 * it, and the panel names the key in use. */
static void test_rebound_accept(void **state)
{
	(void)state;
	char *dir = project("rebound", NULL);
	tag_alpha(dir);
	char *cfg = tt_xasprintf("%s/config.yaml", dir);
	tt_test_write(cfg, "keys:\n  accept: [Y]\n");
	char *argv[] = {"adjudicate", dir, "--config", cfg, NULL};
	char *s = NULL;
	assert_int_equal(run(argv, 4, "Y 2", &s), 0);
	assert_non_null(strstr(s, "1 adjudicated, 2 remaining"));
	assert_non_null(strstr(s, "Y then 1-2: accept that annotator's values"));
	free(s);
	free(cfg);
	free(dir);
}

/* A gold store another threadtag is writing is not adjudicated read-only,
 * where decisions could not be saved: 75, and the store named. */
static void test_gold_store_busy(void **state)
{
	(void)state;
	char *dir = project("busy", NULL);
	tag_alpha(dir);
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_tagstore *held = tt_test_project_store(dir, TT_PROJECT_GOLD, t, 0); /* holds the lock */
	char *argv[] = {"adjudicate", dir, NULL};
	char *s = NULL;
	assert_int_equal(run(argv, 2, "a 1", &s), 75);
	free(s);
	assert_int_equal(tt_tagstore_close(held, NULL), 0);
	tt_thread_free(t);
	free(dir);
}

/* THREAD --tags A --tags B: the same view; the gold store is -o STORE. */
static void test_thread_with_stores(void **state)
{
	(void)state;
	char *dir = project("stores", NULL);
	tag_alpha(dir);
	char *thread = tt_xasprintf("%s/threads/a.yaml", dir);
	char *a = tt_xasprintf("%s/tags/ann/alpha.yaml", dir);
	char *b = tt_xasprintf("%s/tags/bob/alpha.yaml", dir);
	char *g = tt_xasprintf("%s/decided.yaml", dir);
	char *argv[] = {"adjudicate", thread, "--tags", a, "--tags", b, "-o", g, NULL};
	char *s = NULL;
	assert_int_equal(run(argv, 8, "a 2", &s), 0);
	assert_non_null(strstr(s, "Disagreement 2/2, 1 adjudicated, 2 remaining"));
	assert_null(strstr(s, "(thread"));
	free(s);
	tt_thread *t = tt_test_project_thread(dir, "a.yaml");
	tt_tagstore_opts o = {.path = g, .readonly = 1};
	tt_error err;
	tt_tagstore *gs = tt_tagstore_open(t, &o, &err, NULL);
	assert_non_null(gs);
	assert_string_equal(tt_tagstore_get(gs, "c1")->values[0], "against");
	tt_tagstore_close(gs, NULL);
	/* decided in full, the thread opens no view */
	assert_int_equal(run(argv, 8, "a 1 = 3", &s), 0);
	free(s);
	s = NULL;
	assert_int_equal(run(argv, 8, "", &s), 0);
	assert_null(s);
	tt_thread_free(t);
	free(g);
	free(b);
	free(a);
	free(thread);
	free(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_panel),
	    cmocka_unit_test(test_decide),
	    cmocka_unit_test(test_keys_in_between),
	    cmocka_unit_test(test_threads),
	    cmocka_unit_test(test_blind),
	    cmocka_unit_test(test_hostile_note),
	    cmocka_unit_test(test_accept_elsewhere),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_thread_with_stores),
	    cmocka_unit_test(test_gold_store_busy),
	    cmocka_unit_test(test_rebound_accept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
