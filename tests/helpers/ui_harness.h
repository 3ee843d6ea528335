/* ui_harness: a viewer on a terminal of /dev/null, for the screen tests. */
#ifndef TT_UI_HARNESS_H
#define TT_UI_HARNESS_H

#include "../../ui/app.h"

/* What to open. The thread is a file of the source tree (path) or YAML text
 * (yaml); the tag store is STORE in a fresh temporary directory. */
struct uih_opts {
	tt_thread *thread;  /* a thread already loaded (the harness frees it), or NULL */
	const char *path;   /* a thread of the source tree, or NULL */
	const char *yaml;   /* the thread's text when thread and path are NULL */
	int rows, cols;
	int no_color;
	long long now;      /* the clock relative times count from; 0 keeps the view's */
	const char *scheme; /* text of a coding scheme written beside the store, or NULL */
	const char *store;  /* the store's file name in the directory; "tags.yaml" if NULL */
	int no_store;       /* open the view without a tag store, as a reader */
};

/* The open viewer. One at a time: ncurses has one current screen. */
typedef struct uih {
	SCREEN *sc;
	FILE *fin, *fout;
	tt_thread *T;
	struct view V;
	char *dir;   /* the temporary directory of the store */
	char *store; /* the tag store's path */
	int no_store;
} uih;

/* Fails the test with the error: the report function for tags_open and
 * tags_close where no error is expected. */
void uih_report(const tt_error *e);
/* Opens a rows x cols terminal writing to /dev/null as the current screen,
 * its colours set up (none with no_color). */
void uih_terminal(uih *h, int rows, int cols, int no_color);
/* Ends and frees that terminal. */
void uih_terminal_close(uih *h);
/* Loads the thread, opens the terminal, the view and its tag store as the
 * viewer does (headless store), and draws the first screen. Fails the test
 * on any error. */
void uih_open(uih *h, const struct uih_opts *o);
/* Closes the store, the view, the terminal and the thread. */
void uih_close(uih *h);
/* Applies keys named as ui_key_parse reads them, separated by spaces
 * ("<Resize>" too), drawing after each; returns how many there were. */
int uih_keys(uih *h, const char *names);
/* Whether the text appears on the screen. */
int uih_on_screen(const char *s);
/* Screen row y as text, trailing blanks dropped. Static buffer. */
const char *uih_row(int y);
/* The first row holding s, or -1. */
int uih_find_row(const char *s);
/* The column (in cells) where s starts on row y, or -1. */
int uih_find_col(int y, const char *s);
/* The attributes of the cell at y, x, its colour pair included. */
attr_t uih_cell_attr(int y, int x);
/* The value of a dimension of an item in the view's store, or NULL. */
const char *uih_value(uih *h, const char *item, size_t dim);

#endif
