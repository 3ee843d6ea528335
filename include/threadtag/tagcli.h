/* tagcli: option handling shared by the tag, export, stats and agree commands. */
#ifndef THREADTAG_TAGCLI_H
#define THREADTAG_TAGCLI_H

#include "threadtag/tagstore.h"
#include "threadtag/thread.h"
#include "threadtag/yaml_io.h"

/* Reports what getopt_long (with opterr 0 and a ':' leading the short
 * options) returned as c: an unknown option, a missing value or a value given
 * to a flag. Returns 64. */
int tt_tagcli_option_error(const char *cmd, char **argv, int c);
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

enum { TT_TAGCLI_HELP = -1, TT_TAGCLI_MAX_OPTIONS = 16 };
/* Parses "THREAD [--tags FILE]... [OPTIONS]" with getopt_long, taking the
 * options of opts (at most TT_TAGCLI_MAX_OPTIONS, ended by a NULL name;
 * "--name" long, "-x" short), in any order. Returns 0, TT_TAGCLI_HELP for
 * -h/--help, or 64 after a usage message. */
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
/* Finishes a YAML document and writes it to standard output (tt_tagcli_write);
 * frees e. On an encoding error says "cannot encode the WHAT" and returns 70. */
int tt_tagcli_print_yaml(tt_yemit *e, const char *what);
/* Writes a command's output to path (atomically) or, path NULL or "-", to
 * standard output: byte-exact into a file or a pipe, with controls shown as
 * inert glyphs on a terminal. Returns 0, or 73/74 after a message. */
int tt_tagcli_write(const char *path, const char *data, size_t len);
/* tt_thread_save that makes the text inert when path is "-" and standard
 * output is a terminal. Returns 0, or -1 with errno set (EINVAL: cannot encode). */
int tt_tagcli_save_thread(const tt_thread *t, const char *path);
/* Opens a thread as the viewer does (tt_open_any: a thread file, a saved page,
 * Reddit or HN JSON); prints the error. Returns 0 or an exit code. */
int tt_tagcli_thread(const char *path, tt_thread **out);
/* The same for a command that only checks that comment ids exist (`tag`): a
 * thread file with a valid index gives a thread without its comments whose
 * tt_thread_find answers from the index (tt_index_open_ids), so neither the
 * file nor the model is read. Anything else as tt_tagcli_thread. */
int tt_tagcli_thread_ids(const char *path, tt_thread **out);
/* Opens a tag store for a command; prints notices and errors to stderr. An
 * explicit path that does not exist is an error (66) when must_exist is set.
 * Returns 0 or an exit code. */
int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator, const char *scheme,
                    int readonly, int must_exist, tt_tagstore **out);
/* The same, writable, for a command about to change these items only: when
 * the store's summary is current, only they (and the journal) are read, so
 * the command costs its change and not the store (tt_tagstore_opts.items). */
int tt_tagcli_store_items(const tt_thread *t, const char *path, const char *annotator,
                          const char *scheme, const char *const *items, size_t nitems,
                          tt_tagstore **out);

#endif
