/* actions: every action of the view, declared once; keys, help and the man page come from here. */
#ifndef THREADTAG_UI_ACTIONS_H
#define THREADTAG_UI_ACTIONS_H

#include <stdio.h>

#include "threadtag/config.h"
#include "threadtag/error.h"

/* clang-format off */
/* GROUP(title) starts a section of the help; ACT(ID, name, default keys, help).
 * Keys are written as in the config file: "j", "<Down>", "C-d", "<Space>". */
#define TT_ACTIONS(GROUP, ACT)                                                                  \
	GROUP("Moving")                                                                         \
	ACT(MOVE_DOWN, "move-down", "j <Down>", "next comment (scrolls through a long one)")    \
	ACT(MOVE_UP, "move-up", "k <Up>", "previous comment")                                  \
	ACT(FIRST, "first", "g <Home>", "first comment")                                       \
	ACT(LAST, "last", "G <End>", "last comment")                                           \
	ACT(HALF_DOWN, "half-page-down", "C-d", "half a page down")                            \
	ACT(HALF_UP, "half-page-up", "C-u", "half a page up")                                  \
	ACT(PAGE_DOWN, "page-down", "C-f <PageDown>", "a page down")                           \
	ACT(PAGE_UP, "page-up", "C-b <PageUp>", "a page up")                                   \
	ACT(SCROLL_DOWN, "scroll-down", "C-e", "scroll one line down")                         \
	ACT(SCROLL_UP, "scroll-up", "C-y", "scroll one line up")                               \
	ACT(PARENT, "parent", "p <Left>", "parent comment")                                    \
	ACT(ANCESTORS, "ancestors", "A", "who replied to whom: the chain of comments above this one") \
	ACT(GUIDELINE, "guideline", "H", "the annotation guideline: j/k scroll, / searches it, n/N next/previous hit") \
	ACT(PIN_CHAIN, "pin-ancestors", "P", "pin the ancestors (author, first line) above the comment, or unpin") \
	ACT(NEXT_SIBLING, "next-sibling", "J", "next sibling")                                 \
	ACT(PREV_SIBLING, "prev-sibling", "K", "previous sibling")                             \
	ACT(NEXT_TOP, "next-top", "]", "next top-level comment")                               \
	ACT(PREV_TOP, "prev-top", "[", "previous top-level comment")                           \
	ACT(NEXT_NEW, "next-new", "w", "next comment new since the thread was last opened")    \
	GROUP("Folding")                                                                        \
	ACT(TOGGLE, "collapse-toggle", "<Space> <Enter>", "collapse or expand the replies")             \
	ACT(FOLD_THREAD, "fold-thread", "F", "fold the whole chain (collapse the top-level ancestor)") \
	ACT(COLLAPSE_ALL, "collapse-all", "C", "collapse every comment")                       \
	ACT(EXPAND_ALL, "expand-all", "E", "expand every comment")                             \
	GROUP("Search")                                                                         \
	ACT(SEARCH, "search-forward", "/", "search forward in bodies and authors (follows as you type)") \
	ACT(SEARCH_BACK, "search-backward", "\\", "search backward")                              \
	ACT(SEARCH_NEXT, "search-next", "n", "next hit")                                       \
	ACT(SEARCH_PREV, "search-prev", "N", "previous hit")                                   \
	GROUP("Panes")                                                                          \
	ACT(FOCUS_NEXT, "focus-next", "<Tab>", "focus the next pane")                          \
	ACT(FOCUS_PREV, "focus-prev", "<S-Tab>", "focus the previous pane")                    \
	ACT(DATES, "toggle-dates", "D", "comment times relative (3 h, Mar 2015) or as dates") \
	ACT(LINKS, "links", "U", "the links of the comment or article: open in $BROWSER, or copy") \
	ACT(ZOOM, "zoom", "z", "zoom the focused pane to the whole screen and back")           \
	ACT(REDRAW, "redraw", "C-l", "redraw the screen")                                      \
	GROUP("Tagging")                                                                        \
	ACT(TAG_VALUE, "tag-value", "1 2 3 4 5 6 7 8 9",                                        \
	    "set the scheme value on that key (stance 1-5, reply 6-8 by default); again clears") \
	ACT(LABELS, "labels", "t", "label picker (several labels may be chosen)")              \
	ACT(NOTE, "note", "i", "write a note in a prompt")                                     \
	ACT(NOTE_EDITOR, "note-editor", "I", "write a long note in $VISUAL or $EDITOR")       \
	ACT(CLEAR_TAGS, "clear-tags", "x", "remove every tag and the note of the item")        \
	ACT(UNDO, "undo", "u", "undo the last change")                                         \
	ACT(REDO, "redo", "C-r", "redo")                                                       \
	ACT(NEXT_UNTAGGED, "next-untagged", ">", "next untagged comment")                      \
	ACT(PREV_UNTAGGED, "prev-untagged", "<", "previous untagged comment")                  \
	ACT(SET_SKIPPED, "skip", "S", "mark skipped (next-untagged passes it); asks why, Esc: no reason") \
	ACT(SET_FLAGGED, "flag", "f", "flag for discussion; asks why, Esc: no reason; again: unflag") \
	ACT(SET_UNSURE, "unsure", "~", "mark unsure; asks why, Esc: no reason; again: unmark") \
	ACT(NEXT_FLAGGED, "next-flagged", "}", "next flagged comment")                         \
	ACT(PREV_FLAGGED, "prev-flagged", "{", "previous flagged comment")                     \
	ACT(LIMIT, "limit", "L", "show only comments with a value, a label, a state or '" TT_LIMIT_UNTAGGED "' (empty: all)") \
	ACT(ADVANCE, "toggle-advance", "o", "move on after a stance key, or stay")             \
	ACT(WRITABLE, "take-over", "W", "make a read-only viewer writable once the other one has closed") \
	ACT(REVIEW, "review", "V", "every annotator's values beside each comment (not in a blind project)") \
	ACT(NEXT_DISAGREE, "next-disagreement", "=", "next comment the annotators disagree on (review); adjudicating: next left") \
	ACT(PREV_DISAGREE, "prev-disagreement", "-", "previous comment the annotators gave different values") \
	ACT(VALUE_NEXT, "value-next", ")", "value cursor of the tags pane down (j too when it has the focus; Enter sets)") \
	ACT(VALUE_PREV, "value-prev", "(", "value cursor of the tags pane up (k too when it has the focus)") \
	GROUP("Agreement pane (not in a blind project)")                                        \
	ACT(AGREEMENT, "agreement", "%", "confusion matrix of two annotators; Enter: a cell's comments, n/N between them") \
	ACT(CELL_LEFT, "cell-left", "h", "agreement pane: the cell to the left (<Left> too)")  \
	ACT(CELL_RIGHT, "cell-right", "l <Right>", "agreement pane: the cell to the right")    \
	ACT(AGREE_PAIR, "agreement-pair", "c", "agreement pane: the next pair of annotators")  \
	ACT(AGREE_DIM, "agreement-dimension", "d", "agreement pane: the next dimension of the scheme") \
	ACT(AGREE_SCOPE, "agreement-scope", "s", "agreement pane: this thread or the whole project") \
	GROUP("Adjudication (threadtag adjudicate)")                                            \
	ACT(ACCEPT, "accept", "a", "accept an annotator's values into the gold store: then their number (a1, a2...)") \
	ACT(NEXT_THREAD, "next-thread", "C-n", "the next thread of the project with comments left to adjudicate") \
	ACT(PREV_THREAD, "prev-thread", "C-p", "the previous thread with comments left to adjudicate") \
	GROUP("Thread list (threadtag DIR)")                                                    \
	ACT(LIST_SORT, "list-sort", "O",                                                       \
	    "sort the thread list by file, progress, last opened or disagreements") \
	GROUP("General")                                                                        \
	ACT(HELP, "help", "? <F1>", "this help (Esc or q closes it)")                          \
	ACT(MESSAGES, "messages", "M", "every message of this session: config, theme and store notices") \
	ACT(UPDATE, "update", "R", "fetch a thread read from an address again and merge it")   \
	ACT(QUIT, "quit", "q", "quit (the reading position is remembered)")
/* clang-format on */

/* The word the limit prompt takes for "no tag": one spelling for the prompt,
 * the help, the man page and the parser. */
#define TT_LIMIT_UNTAGGED "untagged"

enum action {
	ACT_NONE = 0,
#define TT_GROUP_(title)
#define TT_ACT_(id, name, keys, help) ACT_##id,
	TT_ACTIONS(TT_GROUP_, TT_ACT_)
#undef TT_GROUP_
#undef TT_ACT_
	    ACT_COUNT
};

/* A key as the view sees it: a Unicode code point, or -(ncurses KEY_ code). */
typedef int ui_key;

const char *ui_action_name(enum action a);
enum action ui_action_by_name(const char *name);
/* Parses one key name ("j", "C-d", "<Down>"); 0 when it is not a key. */
ui_key ui_key_parse(const char *name);
/* Writes a key's name into out. */
void ui_key_name(ui_key k, char *out, size_t size);

/* The keymap: the defaults from the table, then the user's bindings on top. */
void ui_keymap_defaults(void);
/* Applies config bindings; each unknown action or key is reported through
 * report(err) with the binding's position in the config file, and skipped. */
void ui_keymap_apply(const tt_config *c, void (*report)(const tt_error *));
enum action ui_keymap_lookup(ui_key k);
/* Binds one more key to an action (scheme keys); returns the action it had, if any. */
enum action ui_keymap_add(ui_key k, enum action a);
/* The keys bound to an action now, space-separated, into out. */
void ui_keymap_keys(enum action a, char *out, size_t size);

/* One row of the help: a group title (action ACT_NONE) or an action. */
struct help_row {
	const char *group;
	enum action action;
	const char *help;
};
size_t ui_help_rows(const struct help_row **rows);

/* The man page's key section in roff, from the same table. */
void ui_print_keys_man(FILE *f);

#endif
