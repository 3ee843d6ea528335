/* main: the subcommand table and the entry point of threadtag. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "threadtag/cmd.h"
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
};

static void usage(FILE *f)
{
	tt_ui_usage(f);
	fprintf(f, "\nCommands:\n");
	for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
		fprintf(f, "  %-8s %s\n", subcommands[i].name, subcommands[i].summary);
}

int tt_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "threadtag%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'threadtag%s%s --help'.\n", cmd ? " " : "", cmd ? cmd : "");
	return EX_USAGE;
}

int main(int argc, char **argv)
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
