/* colors: maps theme roles to curses colour pairs and attributes for the terminal at hand. */
#include "threadtag/colors.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/xalloc.h"

/* Palette slots redefined for #rrggbb are taken from the top of the 256, at most this many. */
enum { MAX_RGB_SLOTS = 96, MAX_ROLES = 1024, HASH_SIZE = 2 * MAX_ROLES };

struct pair {
	int fg, bg;
};

static struct {
	char **names;
	attr_t *attrs;
	size_t n;
	int hash[HASH_SIZE]; /* role name -> id + 1 (0: empty), open addressing */
	tt_theme *theme; /* our copy: roles named later resolve against it */
	enum tt_color_mode mode;
	int ready;
	int default_ok; /* use_default_colors() worked: -1 means the terminal's own */
	struct pair *pairs;
	size_t npairs;
	int rgb[MAX_RGB_SLOTS], slot[MAX_RGB_SLOTS]; /* #rrggbb -> redefined palette slot */
	size_t nrgb;
	int next_slot; /* slots are taken downwards from 255 */
	unsigned char used[256]; /* colour numbers the theme names, never redefined */
} S;

int tt_colors_no_color_env(void)
{
	const char *v = getenv("NO_COLOR");
	return v && *v;
}

enum tt_color_mode tt_colors_mode(void)
{
	return S.mode;
}

/* The xterm defaults: what "red" or 196 look like on most terminals. */
static void xterm_rgb(int c, int *r, int *g, int *b)
{
	static const unsigned char base16[16][3] = {
		{0, 0, 0},	 {205, 0, 0},	  {0, 205, 0},	   {205, 205, 0},
		{0, 0, 238},	 {205, 0, 205},	  {0, 205, 205},   {229, 229, 229},
		{127, 127, 127}, {255, 0, 0},	  {0, 255, 0},	   {255, 255, 0},
		{92, 92, 255},	 {255, 0, 255},	  {0, 255, 255},   {255, 255, 255},
	};
	static const unsigned char level[6] = {0, 95, 135, 175, 215, 255};
	if (TT_COLOR_IS_RGB(c)) {
		*r = (c >> 16) & 255, *g = (c >> 8) & 255, *b = c & 255;
	} else if (c < 16) {
		*r = base16[c][0], *g = base16[c][1], *b = base16[c][2];
	} else if (c < 232) {
		*r = level[(c - 16) / 36], *g = level[(c - 16) / 6 % 6], *b = level[(c - 16) % 6];
	} else {
		*r = *g = *b = 8 + 10 * (c - 232);
	}
}

/* Among the 8 or 16 basic colours, distance alone maps grays to cyan and dark
 * blues to gray; judge by hue for colours, by lightness for grays. */
static int nearest_basic(int r, int g, int b, int ncolors)
{
	int max = r > g ? (r > b ? r : b) : (g > b ? g : b);
	int min = r < g ? (r < b ? r : b) : (g < b ? g : b);
	if (max < 60)
		return COLOR_BLACK;
	if ((max - min) * 4 < max) { /* saturation under a quarter: a gray */
		if (ncolors < 16)
			return max < 60 ? COLOR_BLACK : COLOR_WHITE;
		return max < 60 ? COLOR_BLACK : max < 170 ? 8 : max < 240 ? COLOR_WHITE : 15;
	}
	int d = max - min, hue;
	if (max == r)
		hue = (60 * (g - b) / d + 360) % 360;
	else if (max == g)
		hue = 60 * (b - r) / d + 120;
	else
		hue = 60 * (r - g) / d + 240;
	/* The six hues, 60 degrees apart, starting at red. */
	static const int by_sector[6] = {COLOR_RED,  COLOR_YELLOW, COLOR_GREEN,
					 COLOR_CYAN, COLOR_BLUE,   COLOR_MAGENTA};
	int c = by_sector[((hue + 30) / 60) % 6];
	return ncolors >= 16 && max >= 235 ? c + 8 : c;
}

int tt_colors_nearest(int color, int ncolors)
{
	int r, g, b, best = 0;
	long best_d = -1;
	if (color < 0 || (!TT_COLOR_IS_RGB(color) && color < ncolors))
		return color;
	xterm_rgb(color, &r, &g, &b);
	if (ncolors <= 16)
		return nearest_basic(r, g, b, ncolors);
	/* The first 16 differ from terminal to terminal; only the cube and the
	 * grays are predictable. */
	for (int c = 16; c < 256; c++) {
		int cr, cg, cb;
		xterm_rgb(c, &cr, &cg, &cb);
		long dist = 2L * (r - cr) * (r - cr) + 4L * (g - cg) * (g - cg) +
			    3L * (b - cb) * (b - cb);
		if (best_d < 0 || dist < best_d)
			best_d = dist, best = c;
	}
	return best;
}

/* A palette slot showing exactly this #rrggbb, or -1 when none is left. */
static int rgb_slot(int rgb)
{
	for (size_t i = 0; i < S.nrgb; i++)
		if (S.rgb[i] == rgb)
			return S.slot[i];
	while (S.next_slot > 255 - MAX_RGB_SLOTS && S.used[S.next_slot])
		S.next_slot--; /* the theme uses this number as is: leave it alone */
	if (S.next_slot <= 255 - MAX_RGB_SLOTS || S.nrgb >= MAX_RGB_SLOTS)
		return -1;
	int slot = S.next_slot, r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
	if (init_color((short)slot, (short)(r * 1000 / 255), (short)(g * 1000 / 255),
		       (short)(b * 1000 / 255)) == ERR)
		return -1;
	S.next_slot--;
	S.rgb[S.nrgb] = rgb;
	S.slot[S.nrgb++] = slot;
	return slot;
}

/* A theme colour as a colour number this terminal has. */
static int resolve(int c, int is_bg)
{
	int n = S.mode == TT_COLORS_8 ? 8 : S.mode == TT_COLORS_16 ? 16 : 256;
	if (c == TT_COLOR_DEFAULT)
		return S.default_ok ? -1 : is_bg ? COLOR_BLACK : COLOR_WHITE;
	if (TT_COLOR_IS_RGB(c) && S.mode == TT_COLORS_RGB) {
		int slot = rgb_slot(c);
		if (slot >= 0)
			return slot;
	}
	return tt_colors_nearest(c, n);
}

static short pair_for(int fg, int bg)
{
	for (size_t i = 0; i < S.npairs; i++)
		if (S.pairs[i].fg == fg && S.pairs[i].bg == bg)
			return (short)(i + 1);
	if (fg == -1 && bg == -1)
		return 0;
	/* COLOR_PAIR() keeps 8 bits in an attr_t: more pairs would spill into
	 * other attributes. Out of pairs, a role keeps its attributes alone. */
	if ((long)S.npairs + 1 >= COLOR_PAIRS || S.npairs + 1 > 255)
		return 0;
	if (init_pair((short)(S.npairs + 1), (short)fg, (short)bg) == ERR)
		return 0;
	S.pairs = tt_xrealloc(S.pairs, (S.npairs + 1) * sizeof *S.pairs);
	S.pairs[S.npairs++] = (struct pair){fg, bg};
	return (short)S.npairs;
}

static attr_t attrs_of(unsigned a)
{
	attr_t r = A_NORMAL;
	if (a & TT_ATTR_BOLD)
		r |= A_BOLD;
	if (a & TT_ATTR_DIM)
		r |= A_DIM;
	if (a & TT_ATTR_ITALIC)
		r |= A_ITALIC;
	if (a & TT_ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & TT_ATTR_REVERSE)
		r |= A_REVERSE;
	return r;
}

static attr_t compute(const char *role)
{
	tt_style st = tt_theme_style(S.theme, role);
	attr_t a = attrs_of(st.attrs);
	if (S.mode == TT_COLORS_MONO)
		return a;
	int fg = resolve(st.fg, 0), bg = resolve(st.bg, 1);
	/* Bright colours on an 8-colour terminal: most show bold as bright. */
	if (S.mode == TT_COLORS_8 && !TT_COLOR_IS_RGB(st.fg) && st.fg >= 9 && st.fg <= 15)
		a |= A_BOLD;
	/* Two colours that became one would hide the text: show the colour as a block. */
	if (fg == bg && fg != -1 && st.fg != st.bg) {
		bg = S.default_ok ? -1 : COLOR_BLACK;
		a |= A_REVERSE;
	}
	return a | COLOR_PAIR(pair_for(fg, bg));
}

static void mark_used(const tt_theme *t)
{
	memset(S.used, 0, sizeof S.used);
	for (size_t i = 0; i < tt_theme_nroles(t); i++) {
		tt_style st = tt_theme_style(t, tt_theme_role_name(t, i));
		if (st.fg >= 0 && st.fg < 256)
			S.used[st.fg] = 1;
		if (st.bg >= 0 && st.bg < 256)
			S.used[st.bg] = 1;
	}
}

/* tmux and screen do not pass palette changes on, yet TERM inside them is often
 * left at xterm-256color, which claims it can: redefined slots would show in
 * the multiplexer's own colours for those numbers. */
static int inside_multiplexer(void)
{
	const char *tmux = getenv("TMUX"), *sty = getenv("STY");
	return (tmux && *tmux) || (sty && *sty);
}

static enum tt_color_mode pick_mode(int no_color)
{
	if (no_color || tt_colors_no_color_env() || !has_colors() || start_color() == ERR ||
	    COLORS < 8)
		return TT_COLORS_MONO;
	if (COLORS >= 256)
		return can_change_color() && !inside_multiplexer() ? TT_COLORS_RGB : TT_COLORS_256;
	return COLORS >= 16 ? TT_COLORS_16 : TT_COLORS_8;
}

int tt_colors_init(const tt_theme *t, int no_color)
{
	tt_theme_free(S.theme);
	S.theme = NULL;
	free(S.pairs);
	S.pairs = NULL;
	S.npairs = S.nrgb = 0;
	S.next_slot = 255;
	S.ready = 0;
	S.mode = TT_COLORS_MONO;
	if (!stdscr) {
		for (size_t i = 0; i < S.n; i++)
			S.attrs[i] = A_NORMAL;
		return -1;
	}
	S.mode = pick_mode(no_color);
	if (S.mode == TT_COLORS_MONO && (!t || tt_theme_has_color(t)))
		S.theme = tt_theme_builtin_mono();
	else
		S.theme = t ? tt_theme_dup(t) : tt_theme_builtin();
	if (S.mode != TT_COLORS_MONO) {
		S.default_ok = use_default_colors() == OK;
		mark_used(S.theme);
	}
	for (size_t i = 0; i < S.n; i++)
		S.attrs[i] = compute(S.names[i]);
	S.ready = 1;
	return 0;
}

/* FNV-1a: the viewer looks roles up by name while drawing, so this stays cheap. */
static size_t hash_of(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h % HASH_SIZE;
}

int tt_colors_role(const char *role)
{
	size_t h = hash_of(role);
	for (; S.hash[h]; h = (h + 1) % HASH_SIZE)
		if (!strcmp(S.names[S.hash[h] - 1], role))
			return S.hash[h] - 1;
	if (S.n >= MAX_ROLES)
		return -1; /* role names are few and fixed; this is a caller's bug */
	S.names = tt_xrealloc(S.names, (S.n + 1) * sizeof *S.names);
	S.attrs = tt_xrealloc(S.attrs, (S.n + 1) * sizeof *S.attrs);
	S.names[S.n] = tt_xstrdup(role);
	S.attrs[S.n] = S.ready ? compute(role) : A_NORMAL;
	S.hash[h] = (int)S.n + 1;
	return (int)S.n++;
}

attr_t tt_colors_attr(int role_id)
{
	if (role_id < 0 || (size_t)role_id >= S.n)
		return A_NORMAL;
	return S.attrs[role_id];
}

void tt_colors_pair(short pair, int *fg, int *bg)
{
	if (pair > 0 && (size_t)pair <= S.npairs) {
		*fg = S.pairs[pair - 1].fg, *bg = S.pairs[pair - 1].bg;
		return;
	}
	/* Pair 0, and any pair not ours: the terminal's own colours, or curses'
	 * white on black when it has no default colours. */
	*fg = S.default_ok ? -1 : COLOR_WHITE;
	*bg = S.default_ok ? -1 : COLOR_BLACK;
}

void tt_colors_reset(void)
{
	for (size_t i = 0; i < S.n; i++)
		free(S.names[i]);
	free(S.names);
	free(S.attrs);
	free(S.pairs);
	tt_theme_free(S.theme);
	memset(&S, 0, sizeof S);
}
