/* test_commands: the commands as library calls (the core links without main.c),
 * their option parsing run twice in one process, and the one errno mapping. */
#include "tt_test.h"

#include <errno.h>
#include <stdio.h>

#include "threadtag/cmd.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"

/* Calls a command with a NULL-terminated list of arguments after its name. */
static int call(int (*cmd)(int, char **), const char *name, ...)
{
	char *argv[16] = {(char *)name};
	int argc = 1;
	va_list ap;
	va_start(ap, name);
	for (const char *a; argc < 15 && (a = va_arg(ap, const char *));)
		argv[argc++] = (char *)a;
	va_end(ap);
	return cmd(argc, argv);
}

/* This program links ttcore and ttui but not src/main.c: the commands and
 * their usage errors live in the library. */
static void commands_link_without_main(void **state)
{
	(void)state;
	assert_int_equal(call(tt_cmd_check, "check", "--help", NULL), 0);
	assert_int_equal(call(tt_cmd_stats, "stats", "-h", NULL), 0);
	assert_int_equal(tt_usage_error("check", "%s", "a test message"), EX_USAGE);
}

/* getopt_long keeps state between calls; each command starts it afresh. */
static void parsing_twice_in_one_process(void **state)
{
	(void)state;
	for (int i = 0; i < 2; i++) {
		assert_int_equal(call(tt_cmd_check, "check", "--bogus", NULL), EX_USAGE);
		assert_int_equal(call(tt_cmd_export, "export", NULL), EX_USAGE);
		assert_int_equal(call(tt_cmd_tag, "tag", "t.yaml", "--id", NULL), EX_USAGE);
		assert_int_equal(call(tt_cmd_agree, "agree", "t.yaml", "--tags", "a", NULL),
		                 EX_USAGE);
		assert_int_equal(call(tt_cmd_export, "export", "--help", NULL), 0);
	}
}

/* Input that is missing is 66; output that cannot be created is 73; a write
 * that fails once begun (a full disk, a device error) is 74. */
static void one_errno_mapping(void **state)
{
	(void)state;
	assert_int_equal(tt_exit_for_errno(ENOENT), EX_NOINPUT);
	assert_int_equal(tt_exit_for_errno(EACCES), EX_NOINPUT);
	assert_int_equal(tt_exit_for_errno(EIO), EX_IOERR);
	assert_int_equal(tt_exit_for_output_errno(ENOENT), EX_CANTCREAT);
	assert_int_equal(tt_exit_for_output_errno(EACCES), EX_CANTCREAT);
	assert_int_equal(tt_exit_for_output_errno(EROFS), EX_CANTCREAT);
	assert_int_equal(tt_exit_for_output_errno(ENOSPC), EX_IOERR);
	assert_int_equal(tt_exit_for_output_errno(EIO), EX_IOERR);
	assert_int_equal(tt_exit_for_output_errno(EPIPE), EX_IOERR);
	assert_int_equal(tt_error_errno("out.yaml", ENOSPC, 1), EX_IOERR);
	assert_int_equal(tt_error_errno("out.yaml", ENOTDIR, 1), EX_CANTCREAT);
	assert_int_equal(tt_error_errno("in.yaml", ENOENT, 0), EX_NOINPUT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(commands_link_without_main),
	    cmocka_unit_test(parsing_twice_in_one_process),
	    cmocka_unit_test(one_errno_mapping),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
