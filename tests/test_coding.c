/* test_coding: threads and stores become the right agreement table, units named for a reader. */
#include "tt_test.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/coding.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* c1's body: 'é' (2 bytes) thirty times, so byte 60 falls between characters
 * and byte 61 inside one; c2's: an 'x' and then 'é's, so byte 60 is inside. */
static const char *const thread_text =
    "threadtag: 1\nid: t1\narticle:\n  title: T\n  body: [Para]\ncomments:\n"
    "  - id: c1\n    author: ann-author\n    body: [\"%s\", second paragraph]\n"
    "    replies:\n"
    "      - id: c2\n        body: [\"%s\"]\n"
    "        replies:\n"
    "          - id: c3\n            author: zed\n            body: [\"three\\nlines\"]\n"
    "  - id: c4\n    body: [four]\n";

static char *dir;

static tt_thread *load_thread(const char *name)
{
	char e30[61] = "", xe30[62] = "x";
	for (int i = 0; i < 30; i++) {
		strcat(e30, "\xc3\xa9");
		strcat(xe30, "\xc3\xa9");
	}
	char *text = tt_xasprintf(thread_text, e30, xe30);
	char *path = tt_xasprintf("%s/%s", dir, name);
	tt_test_write(path, text);
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_thread_load(path, &err, &eno);
	if (!t)
		fail_msg("%s", err.msg);
	free(path);
	free(text);
	return t;
}

static tt_tagstore *open_store(const tt_thread *t, const char *name, const char *tags)
{
	char *path = tt_xasprintf("%s/%s.yaml", dir, name);
	char *text = tt_xasprintf("threadtag_tags: 1\nthread: {id: t1}\nannotator: %s\ntags:\n%s",
	                          name, tags);
	tt_test_write(path, text);
	tt_tagstore_opts o = {.path = path, .annotator = name, .readonly = 1};
	tt_error err;
	int eno = 0;
	tt_tagstore *s = tt_tagstore_open(t, &o, &err, &eno);
	if (!s)
		fail_msg("%s", err.msg);
	free(text);
	free(path);
	return s;
}

static void test_units_and_codes(void **state)
{
	(void)state;
	dir = tt_test_tmpdir();
	tt_thread *t = load_thread("t.yaml");
	tt_tagstore *stores[3] = {
	    open_store(t, "ann",
	               "  \"@article\": {stance: favor}\n  c4: {stance: maybe}\n"
	               "  c2: {stance: against}\n  c1: {stance: favor}\n"),
	    open_store(t, "bob",
	               "  c1: {stance: favor}\n  c2: {stance: favor}\n"
	               "  c3: {stance: neutral}\n"),
	    NULL, /* a coder without a store of this thread */
	};
	tt_scheme *sc = tt_scheme_default();
	const char *const names[] = {"ann", "bob", "cid"};
	assert_null(tt_coding_new(sc, "nosuch", names, 3));
	tt_coding *c = tt_coding_new(sc, NULL, names, 3);
	assert_string_equal(c->dim, "stance");
	tt_coding_add_thread(c, t, "t.yaml", stores);

	/* Thread order, the article first; a value outside the scheme is a category. */
	assert_int_equal(c->nunits, 5);
	const char *order[] = {"@article", "c1", "c2", "c3", "c4"};
	const int depth[] = {-1, 0, 1, 2, 0};
	for (size_t u = 0; u < 5; u++) {
		assert_string_equal(c->units[u].item, order[u]);
		assert_int_equal(c->units[u].depth, depth[u]);
		assert_int_equal(c->units[u].thread, 0);
	}
	assert_int_equal(c->nscheme_cats, 5);
	assert_int_equal(c->ncats, 6);
	assert_string_equal(c->cats[5], "maybe");
	const int codes[] = {0, -1, -1, 0, 0, -1, 1, 0, -1, -1, 2, -1, 5, -1, -1};
	assert_memory_equal(c->codes, codes, sizeof codes);

	/* Author, and the first words cut at a character boundary, one line. */
	assert_null(c->units[0].author);
	assert_null(c->units[0].snippet);
	assert_string_equal(c->units[1].author, "ann-author");
	assert_int_equal(strlen(c->units[1].snippet), 60);
	assert_int_equal(strlen(c->units[2].snippet), 59);
	assert_null(c->units[2].author);
	assert_string_equal(c->units[3].snippet, "three lines");

	/* The comments behind a cell of ann x bob: against/favor is c2. */
	const tt_coding_unit *cell[4];
	assert_int_equal(tt_coding_cell(c, 0, 1, 1, 0, cell, 4), 1);
	assert_string_equal(cell[0]->item, "c2");
	assert_int_equal(tt_coding_cell(c, 0, 1, 0, 0, cell, 4), 1);
	assert_string_equal(cell[0]->item, "c1");
	assert_int_equal(tt_coding_cell(c, 0, 2, 0, 0, cell, 4), 0);

	/* A second thread adds its units after the first's. */
	tt_coding_add_thread(c, t, "again.yaml", stores);
	assert_int_equal(c->nunits, 10);
	assert_int_equal(c->units[9].thread, 1);
	assert_string_equal(c->threads[1], "again.yaml");
	tt_agree_table tab = tt_coding_table(c);
	assert_int_equal(tab.nunits, 10);
	assert_int_equal(tt_coding_cell(c, 0, 1, 1, 0, cell, 1), 2);

	tt_coding_free(c);
	tt_scheme_free(sc);
	tt_tagstore_close(stores[0], NULL);
	tt_tagstore_close(stores[1], NULL);
	tt_thread_free(t);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_units_and_codes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
