/* test_shared_seeds: our copies of the seed pages are byte for byte the shared
 * ones (test_import_text imports our copies to the samples). */
/* tt-test-needs: ../shared/seeds */
#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "threadtag/xalloc.h"

static void copies_are_the_seeds(void **state)
{
	(void)state;
	static const char *const names[] = {"000_ad0407a9d237ef29.txt", "003_0073e05e403a6fd3.txt"};
	for (size_t i = 0; i < 2; i++) {
		char *shared = tt_xasprintf("../shared/seeds/%s", names[i]);
		char *rel = tt_xasprintf("tests/data/pages/%s", names[i]);
		char *ours = tt_test_src(rel);
		char *a = tt_test_slurp(shared), *b = tt_test_slurp(ours);
		assert_non_null(a);
		assert_non_null(b);
		assert_string_equal(a, b);
		free(a);
		free(b);
		free(shared);
		free(rel);
		free(ours);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(copies_are_the_seeds),
	};
	struct stat st;
	/* Registered only where the seeds are; run by hand without them, a skip. */
	if (stat("../shared/seeds", &st) != 0) {
		puts("SKIP: ../shared/seeds is not here");
		return 77;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
