/* app.h: running the view on a terminal or on an offscreen screen (ui/ only). */
#ifndef THREADTAG_UI_APP_H
#define THREADTAG_UI_APP_H

#include "view.h"

/* Applies one key (or a mouse event when k is -KEY_MOUSE) and lays out again if asked. */
int ui_apply_key(struct view *v, ui_key k, const MEVENT *me);
/* What an idle moment at time now changes: the writer's tags for a read-only
 * viewer, the relative times once a minute. Returns the RD_* flags to draw. */
int ui_idle_tick(struct view *v, time_t now);
/* Terminal modes, mouse and first layout for the screen in use. */
void ui_screen_setup(struct view *v);
/* 0 when standard input and output are a terminal, else a message and 64. */
int ui_terminal_check(void);
/* The interactive loop on the real terminal. Returns 0, or 128 + a signal. */
int ui_run(struct view *v, const struct ui_theme *theme, int no_color);
void ui_restore_terminal(void);
/* For another loop on the terminal (the thread list), after its newterm: the
 * viewer's signal handling, and the terminal restored however the program
 * ends. ui_loop_signal: the signal caught since (SIGINT, SIGTERM, SIGHUP), or 0. */
void ui_loop_begin(void);
int ui_loop_signal(void);

/* A space-separated list of key names ("j <Enter> C-d"; "<Resize>" too) as
 * keys; NULL when one does not parse. Caller frees. */
ui_key *ui_keys_parse(const char *keys, size_t *n);

/* The final screen as text, one line per row ending in "\n". Caller frees. */
char *ui_screen_text(WINDOW *w);

/* What the command line and the config file say, applied to a view. */
struct ui_session_opts {
	const char *theme, *tags, *annotator, *scheme, *config, *layout;
	const char *target;    /* the project's claim, or NULL */
	const char *guideline; /* the guideline file, or NULL */
	int no_mouse;
};
struct ui_session {
	tt_config cfg;
	int have_cfg, ran; /* ran: the screen was shown, so the position is worth keeping */
	struct ui_theme *theme;
};
/* Reads the config (a bad one is reported and the defaults used), applies it and
 * the options to v, restores the reading position, opens the tag store. Returns 0,
 * or an exit code (a malformed tag store: 65) before any screen is opened. */
int ui_session_open(struct ui_session *s, struct view *v, const struct ui_session_opts *o,
                    void (*report)(const tt_error *));
/* Remembers the reading position, closes the tag store. Returns the final exit code. */
int ui_session_close(struct ui_session *s, struct view *v, int rc,
                     void (*report)(const tt_error *));

#endif
