/* theme: roles (title, body, rails, stances...) mapped to colours and attributes. */
#ifndef THREADTAG_THEME_H
#define THREADTAG_THEME_H

#include <stddef.h>

#include "threadtag/error.h"

enum tt_attr {
	TT_ATTR_BOLD = 1 << 0,
	TT_ATTR_DIM = 1 << 1,
	TT_ATTR_ITALIC = 1 << 2,
	TT_ATTR_UNDERLINE = 1 << 3,
	TT_ATTR_REVERSE = 1 << 4,
};

#define TT_COLOR_DEFAULT (-1)
/* A colour: TT_COLOR_DEFAULT, 0-255 (names map to 0-15), or TT_COLOR_RGB(r,g,b). */
#define TT_COLOR_RGB(r, g, b) (0x1000000 | ((r) << 16) | ((g) << 8) | (b))
#define TT_COLOR_IS_RGB(c) ((c) >= 0x1000000)

typedef struct tt_style {
	int fg, bg;
	unsigned attrs;
} tt_style;

typedef struct tt_theme tt_theme;

/* The compiled-in default (dark) theme, a copy of themes/default.yaml. Caller
 * frees with tt_theme_free. */
tt_theme *tt_theme_builtin(void);
/* The compiled-in colourless theme (themes/mono.yaml), used under NO_COLOR and
 * on terminals without colour. Caller frees. */
tt_theme *tt_theme_builtin_mono(void);
/* A name ("light") searched in $XDG_CONFIG_HOME/threadtag/themes, the installed
 * data dir and ./themes; or a path. NULL + err (FILE:LINE:COL) on a bad file:
 * callers then fall back to tt_theme_builtin(). */
tt_theme *tt_theme_load(const char *name_or_path, tt_error *err);
/* A theme from text in memory; name stands for the file in messages and
 * for finding a relative base. NULL + err on bad text. */
tt_theme *tt_theme_load_mem(const char *name, const char *text, size_t len, tt_error *err);
/* The file a theme name resolves to (a path is returned as given), or NULL when
 * no file has that name ("default" and "mono" then mean the builtins). Caller frees. */
char *tt_theme_find(const char *name);
void tt_theme_free(tt_theme *t);
/* A copy of t. Caller frees. */
tt_theme *tt_theme_dup(const tt_theme *t);
const char *tt_theme_name(const tt_theme *t);
/* The theme's one-line description, "" if it has none. */
const char *tt_theme_description(const tt_theme *t);
/* 1 if any role has a colour (0 for a theme of attributes only, like mono). */
int tt_theme_has_color(const tt_theme *t);
/* Style of a role; "rail.7" falls back to "rail", "stance.favor" to "stance",
 * anything unknown to "body". Never fails. */
tt_style tt_theme_style(const tt_theme *t, const char *role);
/* Roles defined by the theme, for listing and validation. */
size_t tt_theme_nroles(const tt_theme *t);
const char *tt_theme_role_name(const tt_theme *t, size_t i);
/* 1 if a theme file may set this role: one of the listed roles, or a member of
 * an open family (rail.N, stance.VALUE, reply.VALUE, label.NAME). */
int tt_theme_role_known(const char *role);
/* The listed roles, NULL-terminated. */
const char *const *tt_theme_known_roles(void);

/* Parses one colour word (name, 0-255, #rrggbb, #rgb, default). 0 or -1. */
int tt_theme_parse_color(const char *s, size_t len, int *out);
/* Parses "FG [on BG] [ATTR...]" (any order; 'on' marks the background). On
 * failure returns -1, *bad_off is the offset of the bad word and why says what
 * is wrong. */
int tt_theme_parse_style(const char *s, tt_style *out, size_t *bad_off, char *why,
			 size_t whylen);

#endif
