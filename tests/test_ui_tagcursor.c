/* test_ui_tagcursor: the tags pane's value cursor, and the keys a two-dimension scheme costs. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_harness.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"

/* Two dimensions that both apply to every comment, replies included. */
static const char scheme[] = "threadtag_scheme: 1\nname: two\ntarget: the claim\n"
                             "dimensions:\n"
                             "- name: stance\n  values:\n"
                             "  - name: favor\n    key: \"1\"\n"
                             "    description: argues for the claim\n"
                             "    examples: [\"Yes, and here is why.\"]\n"
                             "  - name: against\n    key: \"2\"\n"
                             "    description: argues against the claim\n"
                             "    examples: [\"No: the figures say otherwise.\"]\n"
                             "- name: tone\n  values:\n"
                             "  - name: calm\n    key: \"3\"\n    description: measured words\n"
                             "  - name: heated\n    key: \"4\"\n    description: angry words\n";
static uih H;

static int open_all(void **state)
{
	(void)state;
	uih_open(&H, &(struct uih_opts){
	                 .path = "tests/data/small.yaml", .rows = 50, .cols = 140, .scheme = scheme});
	return 0;
}

static int close_all(void **state)
{
	(void)state;
	uih_close(&H);
	return 0;
}

/* Applies the keys; returns how many there were. */
static int keys(const char *names)
{
	return uih_keys(&H, names);
}

static const char *value(const char *item, size_t dim)
{
	return uih_value(&H, item, dim);
}


/* With the tags pane focused, j/k move the cursor over the values of both
 * dimensions (showing each one's description and first example) and Enter
 * sets the one under it; the current value's description shows too. */
static void cursor_describes_and_sets(void **state)
{
	(void)state;
	keys("o g <Tab>"); /* advance off: the comment stays for the checks */
	assert_int_equal(H.V.focus, PANE_TAGS);
	assert_true(uih_on_screen("Cursor: stance favor [1]: argues for the claim"));
	assert_true(uih_on_screen("e.g. \"Yes, and here is why.\""));
	keys("j");
	assert_true(uih_on_screen("Cursor: stance against [2]: argues against the claim"));
	assert_true(uih_on_screen("e.g. \"No: the figures say otherwise.\""));
	assert_false(uih_on_screen("Yes, and here is why."));
	keys("<Enter>");
	assert_string_equal(value("c1", 0), "against");
	assert_string_equal(H.V.sel->id, "c1");
	keys("k"); /* the cursor's value and the current one, both described */
	assert_true(uih_on_screen("Cursor: stance favor [1]: argues for the claim"));
	assert_true(uih_on_screen("against: argues against the claim"));
	keys("k"); /* up from the first value: round to the last */
	assert_true(uih_on_screen("Cursor: tone heated [4]: angry words"));
	keys("<Enter>");
	assert_string_equal(value("c1", 1), "heated");
	keys("<Enter>"); /* as with its key: again clears */
	assert_null(value("c1", 1));
	keys("<S-Tab> o");
	assert_int_equal(H.V.focus, PANE_COMMENTS);
}

/* From the comments pane, ( and ) move the cursor (j stays the tree's) and
 * it shows once moved; the value's own key still sets. */
static void cursor_from_the_comments(void **state)
{
	(void)state;
	keys("g");
	assert_false(uih_on_screen("Cursor:"));
	keys(") ) )");
	assert_true(uih_on_screen("Cursor: tone heated [4]: angry words"));
	keys("(");
	assert_true(uih_on_screen("Cursor: tone calm [3]: measured words"));
	keys("j");
	assert_string_equal(H.V.sel->id, "c2");
	assert_true(uih_on_screen("Cursor: tone calm [3]"));
}

/* Labelling speed: with advance on, each comment costs one key per
 * dimension and none to move on, replies included: 6 comments, 12 keys. */
static void two_keys_per_comment(void **state)
{
	(void)state;
	static const char *const ids[] = {"c1", "c2", "c3", "c4", "c5", "c6"};
	keys("g");
	assert_true(H.V.advance);
	assert_int_equal(H.V.t->ncomments, 6);
	int n = keys("1 3 2 4 3 1 4 2 1 4 2 3");
	assert_int_equal(n, 2 * 6);
	for (int i = 0; i < 6; i++) {
		assert_non_null(value(ids[i], 0));
		assert_non_null(value(ids[i], 1));
	}
	assert_string_equal(value("c3", 0), "favor"); /* order within a comment is free */
	assert_string_equal(value("c3", 1), "calm");
	assert_string_equal(value("c6", 1), "calm");
	assert_string_equal(H.V.sel->id, "c6"); /* nothing left: it stays on the last */
}

/* One value alone does not move on; a tagged or skipped comment is passed. */
static void advance_waits_and_skips(void **state)
{
	(void)state;
	keys("g j j 1 3");
	assert_string_equal(H.V.sel->id, "c4"); /* c3 done first */
	keys("g j S <Esc> g");                /* c2 skipped */
	keys("1");
	assert_string_equal(H.V.sel->id, "c1"); /* one of two values: stays */
	keys("3");
	assert_string_equal(H.V.sel->id, "c4"); /* c2 skipped, c3 tagged */
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(cursor_describes_and_sets, open_all, close_all),
	    cmocka_unit_test_setup_teardown(cursor_from_the_comments, open_all, close_all),
	    cmocka_unit_test_setup_teardown(two_keys_per_comment, open_all, close_all),
	    cmocka_unit_test_setup_teardown(advance_waits_and_skips, open_all, close_all),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
