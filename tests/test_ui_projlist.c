/* test_ui_projlist: the thread list of a project (`threadtag DIR`) on an offscreen screen. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/project.h"
#include "threadtag/ui.h"
#include "threadtag/xalloc.h"

enum { ROWS = 12, COLS = 100 };

/* Three threads: Alpha 3 comments, Beta 1, Gamma 2. */
static const char *const threads[][2] = {
    {"a.yaml", "threadtag: 1\nid: alpha\narticle:\n  title: Alpha thread\ncomments:\n"
               "  - id: a1\n    author: ann\n    body: [first of alpha]\n"
               "  - id: a2\n    body: [second of alpha]\n"
               "  - id: a3\n    body: [third of alpha]\n"},
    {"b.yaml", "threadtag: 1\nid: beta\narticle:\n  title: Beta thread\ncomments:\n"
               "  - id: b1\n    body: [only of beta]\n"},
    {"c.yaml", "threadtag: 1\nid: gamma\narticle:\n  title: Gamma thread\ncomments:\n"
               "  - id: g1\n    body: [first of gamma]\n"
               "  - id: g2\n    body: [second of gamma]\n"},
};

/* A fresh project with the three threads; blind as asked. Caller frees. */
static char *project(int blind)
{
	char *tmp = tt_test_tmpdir(), *dir = tt_xasprintf("%s/study", tmp);
	tt_error err;
	int rc;
	free(tmp);
	assert_int_equal(tt_project_init(dir, NULL, NULL, &err, &rc), 0);
	for (size_t i = 0; i < 3; i++) {
		char *path = tt_xasprintf("%s/threads/%s", dir, threads[i][0]);
		tt_test_write(path, threads[i][1]);
		free(path);
	}
	if (blind) {
		char *path = tt_xasprintf("%s/%s", dir, TT_PROJECT_FILE);
		tt_test_write(path, "threadtag-project: 1\nblind: true\n");
		free(path);
	}
	return dir;
}

/* The final screen after keys, run as annotator. Caller frees. */
static char *screen(const char *dir, const char *who, const char *keys)
{
	char *s = NULL;
	assert_int_equal(tt_ui_list_headless(dir, who, ROWS, COLS, keys, &s), 0);
	assert_non_null(s);
	return s;
}

/* The screen line holding needle (a static copy), or NULL. */
static const char *line_with(const char *s, const char *needle)
{
	static char buf[1024];
	const char *hit = strstr(s, needle);
	if (!hit)
		return NULL;
	const char *b = hit, *e = strchr(hit, '\n');
	while (b > s && b[-1] != '\n')
		b--;
	size_t n = (size_t)(e - b) < sizeof buf - 1 ? (size_t)(e - b) : sizeof buf - 1;
	memcpy(buf, b, n);
	buf[n] = '\0';
	return buf;
}

/* The word after the first word w of line (a static copy), or "". */
static const char *word_after(const char *line, const char *w)
{
	static char buf[64];
	const char *at = strstr(line, w);
	buf[0] = '\0';
	if (at)
		sscanf(at + strlen(w), "%63s", buf);
	return buf;
}

/* Does a come before b on the screen? */
static int before(const char *s, const char *a, const char *b)
{
	const char *x = strstr(s, a), *y = strstr(s, b);
	return x && y && x < y;
}

/* Each thread's row: title, comments, this annotator's n/m, "never" opened;
 * the status line sums the project up. */
static void test_rows_and_status(void **state)
{
	(void)state;
	char *dir = project(0);
	char *s = screen(dir, "ann", "");
	const char *row = line_with(s, "Alpha thread");
	assert_non_null(row);
	assert_string_equal(word_after(row, "Alpha thread"), "3");
	assert_non_null(strstr(row, "[----------] 0/3"));
	assert_string_equal(word_after(row, "0/3"), "0"); /* nothing flagged */
	assert_non_null(strstr(s, " flag ")); /* the flagged column's head */
	assert_non_null(strstr(row, "never"));
	assert_non_null(strstr(s, "disag")); /* not blind: the column is there */
	assert_true(before(s, "Alpha thread", "Beta thread"));
	assert_true(before(s, "Beta thread", "Gamma thread"));
	assert_non_null(strstr(s, "ann: 0/6 comments tagged (0%), 0/3 threads done"));
	free(s);
	free(dir);
}

/* Enter opens the selected thread; tagging in it and quitting returns to the
 * list with the selection on the same thread and its progress counted. */
static void test_enter_tags_and_returns_to_same_place(void **state)
{
	(void)state;
	char *dir = project(0);
	/* j: Beta; Enter opens it; 1 tags b1; q returns; Enter opens it again. */
	char *s = screen(dir, "ann", "j <Enter> 1 q");
	const char *row = line_with(s, "Beta thread");
	assert_non_null(row);
	assert_non_null(strstr(row, "[##########] 1/1"));
	assert_null(strstr(row, "never")); /* the position was saved on leaving */
	assert_non_null(strstr(s, "ann: 1/6 comments tagged (16%), 1/3 threads done"));
	free(s);
	s = screen(dir, "ann", "j <Enter> q <Enter>");
	assert_non_null(strstr(s, "Comments (1)")); /* still on Beta after returning */
	free(s);
	/* The tag is durable in the project's store of that annotator. */
	char *store = tt_xasprintf("%s/tags/ann/beta.yaml", dir);
	struct stat st;
	char *journal = tt_xasprintf("%s.journal", store);
	assert_true(stat(store, &st) == 0 || stat(journal, &st) == 0);
	free(journal);
	free(store);
	free(dir);
}

/* O cycles the order; "progress" puts the least done thread first. */
static void test_sort_by_progress(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "<Enter> 1 1 q"));   /* Alpha: 2 of 3 */
	free(screen(dir, "ann", "j j <Enter> 1 q")); /* Gamma: 1 of 2 */
	char *s = screen(dir, "ann", "O");
	assert_non_null(strstr(s, "sorted by progress"));
	assert_true(before(s, "Beta thread", "Gamma thread")); /* 0 < 1/2 < 2/3 */
	assert_true(before(s, "Gamma thread", "Alpha thread"));
	free(s);
	s = screen(dir, "ann", "");
	assert_non_null(strstr(s, "sorted by file"));
	assert_true(before(s, "Alpha thread", "Beta thread"));
	free(s);
	free(dir);
}

/* / filters by title as one types; Esc brings every thread back. */
static void test_filter(void **state)
{
	(void)state;
	char *dir = project(0);
	char *s = screen(dir, "ann", "/ g a m <Enter>");
	assert_non_null(strstr(s, "Gamma thread"));
	assert_null(strstr(s, "Alpha thread"));
	assert_null(strstr(s, "Beta thread"));
	assert_non_null(strstr(s, "filter: gam"));
	free(s);
	s = screen(dir, "ann", "/ G A M"); /* an upper-case letter: case-sensitive */
	assert_non_null(strstr(s, "no thread matches the filter"));
	free(s);
	s = screen(dir, "ann", "/ G a m");
	assert_non_null(strstr(s, "Gamma thread"));
	free(s);
	s = screen(dir, "ann", "/ z z z");
	assert_non_null(strstr(s, "no thread matches the filter"));
	free(s);
	s = screen(dir, "ann", "/ g a m <Esc>");
	assert_non_null(strstr(s, "Alpha thread"));
	assert_non_null(strstr(s, "Beta thread"));
	free(s);
	/* Enter on a filtered list opens the thread shown, not the first file. */
	s = screen(dir, "ann", "/ g a m <Enter> <Enter>");
	assert_non_null(strstr(s, "Comments (2)")); /* Gamma opened */
	free(s);
	free(dir);
}

/* > opens the next thread with untagged comments, passing finished ones. */
static void test_next_untagged(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "j <Enter> 1 q"));  /* Beta done */
	char *s = screen(dir, "ann", ">");          /* from Alpha: Beta is done, Gamma is next */
	assert_non_null(strstr(s, "Comments (2)")); /* Gamma opened */
	free(s);
	free(dir);
}

/* Two annotators giving c different stances count as a disagreement; a blind
 * project hides the column. */
static void test_disagreements_and_blind(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "<Enter> 1 q")); /* a1: stance 1 */
	free(screen(dir, "bob", "<Enter> 2 q")); /* a1: stance 2 */
	char *s = screen(dir, "ann", "");
	const char *row = line_with(s, "Alpha thread");
	assert_non_null(row);
	size_t flagged = 9, disagree = 9;
	assert_int_equal(sscanf(strstr(row, "1/3") + 3, "%zu %zu", &flagged, &disagree), 2);
	assert_int_equal(flagged, 0); /* n/m, flagged, then 1 disagreement */
	assert_int_equal(disagree, 1);
	free(s);
	char *blind = project(1);
	s = screen(blind, "ann", "");
	assert_null(strstr(s, "disag"));
	free(s);
	free(blind);
	free(dir);
}

/* An item flagged in a thread (f, then Esc for no reason) counts in the
 * annotator's flagged column, blind or not. */
static void test_flagged_column(void **state)
{
	(void)state;
	char *dir = project(1);
	free(screen(dir, "ann", "<Enter> f <Esc> q"));
	char *s = screen(dir, "ann", "");
	const char *row = line_with(s, "Alpha thread");
	assert_non_null(row);
	/* A flagged item counts as handled in the progress, as in `status`. */
	assert_string_equal(word_after(row, "1/3"), "1");
	free(s);
	s = screen(dir, "bob", ""); /* another annotator's flags are theirs */
	row = line_with(s, "Alpha thread");
	assert_non_null(row);
	assert_string_equal(word_after(row, "0/3"), "0");
	free(s);
	free(dir);
}

/* Untrusted titles reach the screen without their control characters. */
static void test_title_sanitised(void **state)
{
	(void)state;
	char *dir = project(0);
	char *path = tt_xasprintf("%s/threads/d.yaml", dir);
	tt_test_write(path, "threadtag: 1\nid: delta\narticle:\n  title: \"Evil\\e[2Jtitle\"\n"
	                    "comments:\n  - id: d1\n    body: [x]\n");
	free(path);
	char *s = screen(dir, "ann", "");
	assert_non_null(strstr(s, "Evil"));
	assert_null(strchr(s, '\033'));
	free(s);
	free(dir);
}

/* ? lists the list's keys from the action table, the sort key among them. */
static void test_help(void **state)
{
	(void)state;
	char *dir = project(0);
	char *s = screen(dir, "ann", "?");
	const char *row = line_with(s, "sort the thread list");
	assert_non_null(row);
	assert_string_equal(word_after(row, ""), "O");
	assert_non_null(strstr(s, "open the next thread with untagged comments"));
	free(s);
	s = screen(dir, "ann", "? q");
	assert_non_null(strstr(s, "Alpha thread")); /* q closes the help, not the list */
	free(s);
	free(dir);
}

/* A thread file that does not load keeps its row, says so, and is not opened. */
static void test_broken_thread(void **state)
{
	(void)state;
	char *dir = project(0);
	char *path = tt_xasprintf("%s/threads/0-broken.yaml", dir);
	tt_test_write(path, "threadtag: 1\nid: [not, a, string\n");
	free(path);
	char *s = screen(dir, "ann", "<Enter>");
	const char *row = line_with(s, "0-broken.yaml");
	assert_non_null(row);
	assert_non_null(strstr(row, "(did not load)"));
	assert_non_null(strstr(s, "0-broken.yaml did not load"));
	assert_non_null(strstr(s, "Alpha thread")); /* still the list */
	free(s);
	free(dir);
}

/* Tiny screens get a notice, never a crash; keys still work on them. */
static void test_tiny_screens(void **state)
{
	(void)state;
	char *dir = project(0);
	char *s = NULL;
	assert_int_equal(tt_ui_list_headless(dir, "ann", 6, 40, "j O /", &s), 0);
	assert_non_null(strstr(s, "too small: the list needs 73x4"));
	free(s);
	s = NULL;
	assert_int_equal(tt_ui_list_headless(dir, "ann", 1, 1, "j k G g", &s), 0);
	assert_non_null(s);
	assert_null(strstr(s, "Alpha thread"));
	free(s);
	free(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rows_and_status),
	    cmocka_unit_test(test_enter_tags_and_returns_to_same_place),
	    cmocka_unit_test(test_sort_by_progress),
	    cmocka_unit_test(test_filter),
	    cmocka_unit_test(test_next_untagged),
	    cmocka_unit_test(test_disagreements_and_blind),
	    cmocka_unit_test(test_flagged_column),
	    cmocka_unit_test(test_title_sanitised),
	    cmocka_unit_test(test_help),
	    cmocka_unit_test(test_broken_thread),
	    cmocka_unit_test(test_tiny_screens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
