/* cmd: the subcommands behind `threadtag NAME ...`; each returns an exit code. */
#ifndef THREADTAG_CMD_H
#define THREADTAG_CMD_H

/* tt_usage_error, which every command's parser uses. */
#include "threadtag/error.h"

/* argv[0] is the subcommand's own name; each handles --help itself. */
int tt_cmd_check(int argc, char **argv);
int tt_cmd_import(int argc, char **argv);
int tt_cmd_tag(int argc, char **argv);
int tt_cmd_export(int argc, char **argv);
int tt_cmd_stats(int argc, char **argv);
int tt_cmd_agree(int argc, char **argv);
int tt_cmd_init(int argc, char **argv);
int tt_cmd_status(int argc, char **argv);
int tt_cmd_gold(int argc, char **argv);
int tt_cmd_compact(int argc, char **argv);
int tt_cmd_update(int argc, char **argv);
int tt_cmd_cache(int argc, char **argv);


#endif
