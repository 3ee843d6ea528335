/* tagcli: option handling shared by the tag, export, stats and agree commands. */
#ifndef THREADTAG_TAGCLI_H
#define THREADTAG_TAGCLI_H

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"

/* Matches argv[*i] against "--name VALUE" or "--name=VALUE". Returns 1 and sets
 * *val on a match (advancing *i past a separate value), 0 when argv[*i] is
 * another argument, -1 (after a usage message) when the value is missing. */
int tt_tagcli_opt(const char *cmd, int argc, char **argv, int *i, const char *name,
		  const char **val);
/* Loads a thread file; prints the error. Returns 0 or an exit code. */
int tt_tagcli_thread(const char *path, tt_thread **out);
/* Opens a tag store for a command; prints notices and errors to stderr. An
 * explicit path that does not exist is an error (66) when must_exist is set.
 * Returns 0 or an exit code. */
int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator,
		    const char *scheme, int readonly, int must_exist, tt_tagstore **out);

#endif
