/* tagcli: option handling shared by the tag, export, stats and agree commands. */
#ifndef THREADTAG_TAGCLI_H
#define THREADTAG_TAGCLI_H

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"
#include "threadtag/yaml_io.h"

/* Matches argv[*i] against "--name VALUE" or "--name=VALUE". Returns 1 and sets
 * *val on a match (advancing *i past a separate value), 0 when argv[*i] is
 * another argument, -1 (after a usage message) when the value is missing. */
int tt_tagcli_opt(const char *cmd, int argc, char **argv, int *i, const char *name,
		  const char **val);
/* An option a command takes besides --tags: a value option stores its value
 * through value, a flag (value NULL) sets *flag to 1. */
typedef struct tt_tagcli_option {
	const char *name;
	const char **value;
	int *flag;
} tt_tagcli_option;

/* The thread and the --tags values (in order) of a command line. Caller frees
 * tags (the array only: the strings are argv's). */
typedef struct tt_tagcli_args {
	const char *thread;
	const char **tags;
	size_t ntags;
} tt_tagcli_args;

/* Parses "THREAD [--tags FILE]... [OPTIONS]" with the options of opts (ended
 * by a NULL name). Returns 0, or 64 after a usage message. */
int tt_tagcli_parse(const char *cmd, int argc, char **argv, const tt_tagcli_option *opts,
		    tt_tagcli_args *a);
/* Checks a --format of text or yaml (NULL is fine). Returns 0 or 64. */
int tt_tagcli_text_or_yaml(const char *cmd, const char *format);
/* Loads the thread and opens each --tags store read-only, or the annotator's
 * default store when none is given. On return *stores has *n entries (some
 * NULL after an error). Caller closes with tt_tagcli_close. Returns 0 or an
 * exit code. */
int tt_tagcli_open(const tt_tagcli_args *a, const char *annotator, tt_thread **t,
		   tt_tagstore ***stores, size_t *n);
void tt_tagcli_close(tt_thread *t, tt_tagstore **stores, size_t n);
/* Finishes a YAML document and writes it to standard output; frees e. On an
 * encoding error says "cannot encode the WHAT" and returns 70. */
int tt_tagcli_print_yaml(tt_yemit *e, const char *what);
/* Loads a thread file; prints the error. Returns 0 or an exit code. */
int tt_tagcli_thread(const char *path, tt_thread **out);
/* Opens a tag store for a command; prints notices and errors to stderr. An
 * explicit path that does not exist is an error (66) when must_exist is set.
 * Returns 0 or an exit code. */
int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator,
		    const char *scheme, int readonly, int must_exist, tt_tagstore **out);

#endif
