/* cmd: the subcommands behind `threadtag NAME ...`; each returns an exit code. */
#ifndef THREADTAG_CMD_H
#define THREADTAG_CMD_H

/* argv[0] is the subcommand's own name; each handles --help itself. */
int tt_cmd_check(int argc, char **argv);
int tt_cmd_import(int argc, char **argv);
int tt_cmd_tag(int argc, char **argv);
int tt_cmd_export(int argc, char **argv);
int tt_cmd_stats(int argc, char **argv);
int tt_cmd_agree(int argc, char **argv);
int tt_cmd_update(int argc, char **argv);
int tt_cmd_cache(int argc, char **argv);

/* The prefix every message starts with, and a usage-error helper (returns 64). */
int tt_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
