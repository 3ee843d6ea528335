/* config: XDG paths, the user's config file and remembered reading positions. */
#ifndef THREADTAG_CONFIG_H
#define THREADTAG_CONFIG_H

#include <stddef.h>

#include "threadtag/error.h"

typedef struct tt_binding {
	char *action; /* action name from the view's action table, e.g. "move-down" */
	char *keys;   /* key names as written by the user: "j", "<Down>", "C-d", "<Space>" */
	unsigned line, col; /* where it was written, for "unknown action" messages */
} tt_binding;

typedef struct tt_config {
	char *theme;          /* NULL: "default" */
	int mouse;            /* 1 on (default), 0 off */
	char *layout;         /* "auto" (default), "wide", "tall" */
	int max_width;        /* text columns at most; 0 = no limit (default 100) */
	int article_width;    /* the article's columns at most, centred; 0 = max_width (80) */
	int relative_dates;   /* comment times as "3 h" (1, default) or as dates (0) */
	int advance;          /* move to the next comment after a stance key (default 1) */
	char *annotator;      /* NULL: the login name */
	char *scheme;         /* scheme file path, NULL: built-in/stored */
	tt_binding *bindings; /* in file order */
	/* fetch: where threads are fetched from (doc/fetch.md); NULL: the defaults */
	char *fetch_reddit, *fetch_hn, *fetch_hn_firebase;
	char *fetch_token_command; /* prints a Reddit OAuth token; NULL: none */
	long fetch_stall_timeout;  /* seconds without a byte before a transfer fails; 0: 30 */
	long fetch_connect_timeout; /* seconds to resolve and connect; 0: 10 */
	size_t nbindings;
	char *path;           /* the file read, NULL if none existed */
} tt_config;

/* Sets every field to its default. */
void tt_config_defaults(tt_config *c);
/* Loads path, or $XDG_CONFIG_HOME/threadtag/config.yaml when path is NULL. A
 * missing default file is not an error. c need not be initialised; it starts
 * from the defaults (calling tt_config_defaults first is harmless). On a bad
 * file returns -1 with err (FILE:LINE:COL) and leaves c at its defaults so the
 * program can go on. Either way, free c with tt_config_free. */
int tt_config_load(tt_config *c, const char *path, tt_error *err);
void tt_config_free(tt_config *c);
/* fetch.<site> ("reddit", "hn", "hn_firebase", "reddit_token_command"), or NULL. */
const char *tt_config_fetch(const tt_config *c, const char *site);
/* The settings a config file may hold, NULL-terminated (for docs and checks). */
const char *const *tt_config_keys(void);

/* $XDG_<KIND>_HOME/threadtag/<rel> with the spec's defaults (kind: "config",
 * "data", "state", "cache"). Caller frees. */
char *tt_xdg_path(const char *kind, const char *rel);

/* Reading position per thread, under $XDG_STATE_HOME/threadtag/positions/. */
char *tt_state_position_load(const char *thread_id); /* comment id or NULL; caller frees */
int tt_state_position_save(const char *thread_id, const char *comment_id);
/* The whole reading position: the selected comment and the folds, so that
 * reopening shows the thread as it was left. */
typedef struct tt_position {
	char *comment;    /* selected comment id (required to save) */
	int collapse_all; /* folding started from "collapse all" */
	char **folds;     /* comments folded the other way from that start */
	size_t nfolds;
	char *saved; /* when it was saved (ISO 8601 UTC); read only, NULL if absent */
} tt_position;
/* 0 and p filled (free with tt_position_free), or -1 when there is none. */
int tt_state_position_read(const char *thread_id, tt_position *p);
int tt_state_position_write(const char *thread_id, const tt_position *p); /* 0 or -1 + errno */
void tt_position_free(tt_position *p);
/* When the position was last saved (the thread last left), ISO 8601, or NULL.
 * Caller frees. */
char *tt_state_position_time(const char *thread_id);

#endif
