/* test_yaml_io: the words tt_yevent_kind gives the loaders for "found %s". */
#include "tt_test.h"

#include <string.h>

#include "threadtag/yaml_io.h"

/* Reads doc and checks the kind named for each event, in order. */
static void kinds_of(const char *doc, const char *scalar_word, const char *const *want)
{
	tt_error err;
	tt_yreader *r = tt_yreader_open_mem("t.yaml", doc, strlen(doc), 16, &err);
	assert_non_null(r);
	for (size_t i = 0; want[i]; i++) {
		tt_yevent ev;
		assert_int_equal(tt_yreader_next(r, &ev, &err), 0);
		assert_string_equal(tt_yevent_kind(&ev, scalar_word), want[i]);
	}
	tt_yreader_close(r);
}

static void test_collections_and_end(void **state)
{
	(void)state;
	static const char *const want[] = {"a mapping", "a string", "a list", "a string",
					   "the end of the file", "the end of the file",
					   "the end of the file", NULL};
	kinds_of("k: [x]\n", "a string", want);
}

static void test_scalar_as_written(void **state)
{
	(void)state;
	static const char *const want[] = {"a mapping", "a", "nothing", "b", "~x",
					   "c", "null", NULL};
	/* A quoted "null" is text, not nothing. */
	kinds_of("a: ~\nb: ~x\nc: \"null\"\n", NULL, want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_collections_and_end),
		cmocka_unit_test(test_scalar_as_written),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
