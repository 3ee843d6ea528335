/* main: the subcommand table and the entry point of threadtag. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/ui.h"

struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

/* One table: dispatch and --help both come from it. */
static const struct subcommand subcommands[] = {
    {"check", tt_cmd_check, "validate a thread file and summarise it"},
    {"import", tt_cmd_import, "turn a saved page, Reddit or HN JSON, or a URL into a thread file"},
    {"update", tt_cmd_update, "fetch a thread again and merge it, keeping every tag"},
    {"cache", tt_cmd_cache, "list or clear the answers kept for reading offline"},
    {"tag", tt_cmd_tag, "set an item's stance, labels or note from a script"},
    {"export", tt_cmd_export, "write tags as YAML, CSV or JSON lines"},
    {"stats", tt_cmd_stats, "count tags per value, label, author and depth"},
    {"agree", tt_cmd_agree, "agreement between annotators (kappa, alpha)"},
    {"init", tt_cmd_init, "make a folder an annotation project"},
    {"status", tt_cmd_status, "progress and agreement of a project"},
    {"gold", tt_cmd_gold, "fold agreed tags of a project into its gold store"},
    {"adjudicate", tt_ui_adjudicate_main,
     "decide disagreements into the gold store, in the viewer"},
    {"compact", tt_cmd_compact, "fold a project's journals into its stores"},
};

static void usage(FILE *f)
{
	tt_ui_usage(f);
	fprintf(f, "\nCommands:\n");
	for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
		fprintf(f, "  %-10s %s\n", subcommands[i].name, subcommands[i].summary);
}

/* Display widths (wcwidth) and the sanitiser need a UTF-8 LC_CTYPE: without
 * one every non-ASCII character would print as U+FFFD. The user's locale is
 * taken; where its character set is not UTF-8, C.UTF-8 stands in for it. */
static void set_locale(void)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
}

/* A write to standard output that failed (a full disk, a closed descriptor)
 * leaves the stream's error flag set, and buffered text fails at the last
 * flush: both are checked once here, for every command. */
static int close_stdout(int rc)
{
	errno = 0;
	int failed = fflush(stdout) != 0 || ferror(stdout);
	int e = errno ? errno : EIO;
	if (fclose(stdout) != 0 && !failed) {
		failed = 1;
		e = errno ? errno : EIO;
	}
	/* A command that failed has said why (often this very error) already. */
	if (!failed || rc)
		return rc;
	return tt_error_errno("-", e, 1);
}

static int run(int argc, char **argv)
{
	if (argc < 2)
		return usage(stderr), EX_USAGE;
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))
		return usage(stdout), 0;
	if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
		printf("threadtag %s\n", TT_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
		if (!strcmp(argv[1], subcommands[i].name))
			return subcommands[i].run(argc - 1, argv + 1);
	return tt_ui_main(argc, argv);
}

int main(int argc, char **argv)
{
	set_locale();
	return close_stdout(run(argc, argv));
}
