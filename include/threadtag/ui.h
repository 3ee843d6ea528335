/* ui: the full-screen viewer, the program's default command. */
#ifndef THREADTAG_UI_H
#define THREADTAG_UI_H

#include <stdio.h>

#include <stdio.h>

#include "threadtag/thread.h"

/* The viewer's usage and options, the first part of `threadtag --help`. */
void tt_ui_usage(FILE *f);

/* `threadtag [options] THREAD`: argv[0] is the program name. Returns an exit code. */
int tt_ui_main(int argc, char **argv);

/* Runs the view without a terminal, for tests and benchmarks: an offscreen
 * rows x cols screen (newterm on /dev/null), thread t loaded into the view, the
 * keys applied one by one (key names separated by spaces, as in the config
 * file: "j j <Space> G C-d / w o r d <Enter>"), everything drawn after each key.
 * When screen is non-NULL it receives the final screen as text, rows lines of
 * UTF-8 ending in "\n" (caller frees). Returns 0, or -1 for a key name that does
 * not parse or when no offscreen screen can be made (nothing is applied then). */
int tt_ui_headless(tt_thread *t, int rows, int cols, const char *keys, char **screen);

/* The thread list of the project in dir (`threadtag DIR`) run headless like
 * tt_ui_headless, as annotator: keys go to the list, and to a thread opened
 * from it until that thread is quit. Returns 0 (also after the list's quit
 * key), an exit code when a store fails, or -1 when the project does not open,
 * a key name does not parse or no offscreen screen can be made. */
int tt_ui_list_headless(const char *dir, const char *annotator, int rows, int cols,
                        const char *keys, char **screen);

/* `threadtag adjudicate DIR|THREAD --tags A --tags B... [OPTIONS]` (argv[0]
 * "adjudicate"): the viewer on the comments left to decide, its tag store the
 * gold store. Returns an exit code. */
int tt_ui_adjudicate_main(int argc, char **argv);
/* The same on an offscreen rows x cols screen with listed keys (as for
 * tt_ui_headless), going on from thread to thread; running out of keys quits.
 * *screen gets the last screen (caller frees; NULL when no view opened).
 * Returns the command's exit code, or -1 when a key does not parse or no
 * offscreen screen can be made. */
int tt_ui_adjudicate_headless(int argc, char **argv, int rows, int cols, const char *keys,
                              char **screen);

/* Writes the man page's KEYS section (roff) generated from the action table. */
void tt_ui_print_keys_man(FILE *f);

#endif
