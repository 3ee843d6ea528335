/* test_ui_review: the review strip of a project thread (every annotator's values), and blind. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/project.h"
#include "threadtag/ui.h"
#include "threadtag/xalloc.h"

enum { ROWS = 16, COLS = 140 };

static const char thread[] = "threadtag: 1\nid: alpha\narticle:\n  title: Alpha thread\n"
                             "comments:\n"
                             "  - id: a1\n    author: carol\n    body: [first of alpha]\n"
                             "  - id: a2\n    author: dave\n    body: [second of alpha]\n"
                             "  - id: a3\n    author: erin\n    body: [third of alpha]\n";

/* A project with one thread; blind as asked. Caller frees. */
static char *project(int blind)
{
	char *tmp = tt_test_tmpdir(), *dir = tt_xasprintf("%s/study%d", tmp, blind);
	tt_error err;
	int rc;
	free(tmp);
	assert_int_equal(tt_project_init(dir, NULL, NULL, &err, &rc), 0);
	char *path = tt_xasprintf("%s/threads/a.yaml", dir);
	tt_test_write(path, thread);
	free(path);
	if (blind) {
		path = tt_xasprintf("%s/%s", dir, TT_PROJECT_FILE);
		tt_test_write(path, "threadtag-project: 1\nblind: true\n");
		free(path);
	}
	return dir;
}

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

/* ann says favor on a1, bob against on a1 and flags a2: ann's review strip
 * shows both side by side on each comment's header, and only after the key. */
static void test_review_side_by_side(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "<Enter> g 1 q"));
	free(screen(dir, "bob", "<Enter> g 2 g j f <Esc> q"));
	char *s = screen(dir, "ann", "<Enter>");
	assert_null(strstr(s, "bob=")); /* off until asked */
	free(s);
	s = screen(dir, "ann", "<Enter> g V");
	const char *row = line_with(s, "carol");
	assert_non_null(row);
	assert_non_null(strstr(row, "ann=favor"));
	assert_non_null(strstr(row, "bob=against"));
	row = line_with(s, "dave");
	assert_non_null(row);
	assert_non_null(strstr(row, "ann=-"));
	assert_non_null(strstr(row, "bob=~flagged"));
	assert_null(strstr(row, "against"));
	free(s);
	s = screen(dir, "ann", "<Enter> V V"); /* the key toggles it off again */
	assert_null(strstr(s, "bob="));
	free(s);
	free(dir);
}

/* ann: favor on all three; bob: against, favor, neutral. The jump keys visit
 * a1 and a3 (not a2, where they agree), count them, and stop at the ends. */
static void test_disagreement_jumps(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "<Enter> g 1 g j 1 G 1 q"));
	free(screen(dir, "bob", "<Enter> g 2 g j 1 G 3 q"));
	char *s = screen(dir, "ann", "<Enter> g =");
	assert_non_null(strstr(s, "Disagreement 2 of 2."));
	assert_non_null(strstr(s, " 3/3 "));                          /* a3 selected */
	assert_non_null(strstr(line_with(s, "erin"), "bob=neutral")); /* review turned on */
	free(s);
	s = screen(dir, "ann", "<Enter> G -");
	assert_non_null(strstr(s, "Disagreement 1 of 2."));
	assert_non_null(strstr(s, " 1/3 "));
	free(s);
	s = screen(dir, "ann", "<Enter> G =");
	assert_non_null(strstr(s, "No further disagreement (2 in all)."));
	free(s);
	free(dir);
}

/* Another annotator's store that does not parse is left out and said so,
 * never a crash; the annotator's own tags still show. */
static void test_broken_store(void **state)
{
	(void)state;
	char *dir = project(0);
	free(screen(dir, "ann", "<Enter> g 1 q"));
	char *bad = tt_xasprintf("%s/tags/bob", dir);
	mkdir(bad, 0755);
	free(bad);
	bad = tt_xasprintf("%s/tags/bob/alpha.yaml", dir);
	tt_test_write(bad, "threadtag-tags: [not, a, store\n");
	free(bad);
	char *s = screen(dir, "ann", "<Enter>");
	assert_non_null(strstr(s, "1 annotator store did not load; review leaves it out."));
	free(s);
	s = screen(dir, "ann", "<Enter> g V");
	assert_non_null(strstr(line_with(s, "carol"), "ann=favor bob=-"));
	free(s);
	free(dir);
}

/* In a blind project the key says review is off and nothing of bob shows. */
static void test_blind(void **state)
{
	(void)state;
	char *dir = project(1);
	free(screen(dir, "ann", "<Enter> g 1 q"));
	free(screen(dir, "bob", "<Enter> 2 q"));
	char *s = screen(dir, "ann", "<Enter> g V");
	assert_non_null(strstr(s, "Review is off: this project is blind."));
	assert_null(strstr(s, "bob"));
	assert_null(strstr(s, "against"));
	free(s);
	s = screen(dir, "ann", "<Enter> g ="); /* nor does the jump reveal anything */
	assert_non_null(strstr(s, "Review is off: this project is blind."));
	assert_null(strstr(s, "Disagreement"));
	free(s);
	free(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_review_side_by_side),
	    cmocka_unit_test(test_disagreement_jumps),
	    cmocka_unit_test(test_broken_store),
	    cmocka_unit_test(test_blind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
