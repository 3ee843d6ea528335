/* colors: theme roles turned into curses attributes (colour pairs) on the current screen. */
#ifndef THREADTAG_COLORS_H
#define THREADTAG_COLORS_H

#include <curses.h>

#include "threadtag/theme.h"

/* What the screen was found able to show. */
enum tt_color_mode {
	TT_COLORS_MONO, /* attributes only: NO_COLOR, --no-color or a terminal without colour */
	TT_COLORS_8,
	TT_COLORS_16,
	TT_COLORS_256, /* #rrggbb as the nearest of the 240 fixed colours */
	TT_COLORS_RGB, /* 256 colours and a changeable palette (not inside tmux or
			  screen, which do not pass palette changes on): #rrggbb exact */
};

/* Sets up colour pairs for every role on the current screen; call after
 * initscr()/newterm() (it calls start_color() itself when colours are used)
 * and again after switching screens or themes. t may be NULL (the builtin
 * default). Mono when no_color is set, when NO_COLOR is set and non-empty, or
 * when the terminal has fewer than 8 colours; mono uses the mono theme unless
 * t itself has no colours. The theme is copied: the caller may free it.
 * Returns 0, or -1 when there is no screen (attributes are then A_NORMAL). */
int tt_colors_init(const tt_theme *t, int no_color);
/* A small stable id for a role name, kept across tt_colors_init calls: look
 * it up once and keep it. Fallbacks as tt_theme_style says. */
int tt_colors_role(const char *role);
/* The attributes (COLOR_PAIR included) to draw a role with; A_NORMAL for an
 * unknown id or before tt_colors_init. */
attr_t tt_colors_attr(int role_id);
/* The mode chosen by the last tt_colors_init. */
enum tt_color_mode tt_colors_mode(void);
/* 1 when the NO_COLOR environment variable is set and not empty (no-color.org). */
int tt_colors_no_color_env(void);
/* Nearest of the first ncolors (8, 16 or 256) terminal colours to a theme
 * colour (0-255 or TT_COLOR_RGB), judged on the xterm palette. */
int tt_colors_nearest(int color, int ncolors);
/* The colours of a pair made by tt_colors_init, as pair_content would say
 * without asking curses (the viewer asks per rail while drawing). */
void tt_colors_pair(short pair, int *fg, int *bg);
/* Frees the role table (for leak checkers at exit; ids become invalid). */
void tt_colors_reset(void);

#endif
