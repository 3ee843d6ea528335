/* theme: loads theme files (roles -> colours and attributes) and resolves role fallbacks. */
#include "threadtag/theme.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "threadtag/config.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

/* A theme may name a base theme; a chain longer than this is taken for a cycle. */
enum { MAX_BASE_DEPTH = 8, MAX_ROLES = 512, MAX_ROLE_NAME = 64 };

struct role {
	char *name;
	tt_style style;
};

struct tt_theme {
	char *name;
	char *description;
	struct role *roles;
	size_t n, cap;
};

/* The compiled-in themes, written in the theme file syntax so that one parser
 * serves both; tests check they match themes/default.yaml and themes/mono.yaml. */
static const char builtin_default[] =
	"name: default\n"
	"roles:\n"
	"  title: bright-white bold\n"
	"  site: 110\n"
	"  meta: 245\n"
	"  body: default\n"
	"  quote: 108 italic\n"
	"  author: 75 bold\n"
	"  time: 244\n"
	"  reply-count: 244\n"
	"  collapsed: 179 bold\n"
	"  rail: 240\n"
	"  rail.1: 33\n"
	"  rail.2: 37\n"
	"  rail.3: 71\n"
	"  rail.4: 178\n"
	"  rail.5: 167\n"
	"  rail.6: 134\n"
	"  selection: bright-white on 24\n"
	"  search-hit: black on 214 bold\n"
	"  status: 252 on 236\n"
	"  status.mode: black on 110 bold\n"
	"  message: 223 on 236\n"
	"  error: 203 on 236 bold\n"
	"  border: 240\n"
	"  border.focus: 75 bold\n"
	"  help.key: 214 bold\n"
	"  help.text: default\n"
	"  chip: black on 250\n"
	"  stance: black on 250\n"
	"  stance.favor: black on 71\n"
	"  stance.against: bright-white on 124\n"
	"  stance.neutral: black on 248\n"
	"  stance.unclear: black on 178\n"
	"  stance.off-topic: bright-white on 97\n"
	"  reply: 248\n"
	"  reply.agree: 71\n"
	"  reply.disagree: 167\n"
	"  reply.neutral: 248\n"
	"  label: black on 110\n"
	"  note: 180 italic\n"
	"  bar: 75 reverse\n"
	"  agree.same: black on 71 bold\n"
	"  agree.diff.1: black on 223\n"
	"  agree.diff.2: black on 209\n"
	"  agree.diff.3: bright-white on 160 bold\n";

static const char builtin_mono[] =
	"name: mono\n"
	"roles:\n"
	"  title: bold\n"
	"  site: dim\n"
	"  meta: dim\n"
	"  body: default\n"
	"  quote: italic\n"
	"  author: bold\n"
	"  time: dim\n"
	"  reply-count: dim\n"
	"  collapsed: bold\n"
	"  rail: dim\n"
	"  rail.1: default\n"
	"  rail.2: dim\n"
	"  rail.3: default\n"
	"  rail.4: dim\n"
	"  rail.5: default\n"
	"  rail.6: dim\n"
	"  selection: reverse\n"
	"  search-hit: bold underline\n"
	"  status: reverse\n"
	"  status.mode: reverse bold\n"
	"  message: reverse\n"
	"  error: reverse bold\n"
	"  border: default\n"
	"  border.focus: bold\n"
	"  help.key: bold\n"
	"  help.text: default\n"
	"  chip: reverse\n"
	"  stance: reverse\n"
	"  stance.favor: reverse bold\n"
	"  stance.against: reverse bold\n"
	"  stance.neutral: reverse\n"
	"  stance.unclear: reverse dim\n"
	"  stance.off-topic: reverse dim\n"
	"  reply: default\n"
	"  reply.agree: bold\n"
	"  reply.disagree: bold underline\n"
	"  reply.neutral: default\n"
	"  label: underline\n"
	"  note: italic\n"
	"  bar: reverse\n"
	"  agree.same: bold\n"
	"  agree.diff.1: underline\n"
	"  agree.diff.2: reverse\n"
	"  agree.diff.3: reverse bold\n";

static const char *const known_roles[] = {
	"title",     "site",	     "meta",	       "body",		"quote",
	"author",    "time",	     "reply-count",    "collapsed",	"rail",
	"selection", "search-hit",   "status",	       "status.mode",	"message",
	"error",     "border",	     "border.focus",   "help.key",	"help.text",
	"chip",	     "stance",	     "label",	       "note",		"bar",
	"reply",     "stance.favor", "stance.against", "stance.neutral", "stance.unclear",
	"stance.off-topic", "reply.agree", "reply.disagree", "reply.neutral", "agree.same",
	"agree.diff.1", "agree.diff.2", "agree.diff.3", NULL,
};

/* Families whose members are open-ended: depths, and the values of any scheme. */
static const char *const open_families[] = {"rail.", "stance.", "reply.", "label.", NULL};

static const struct {
	const char *name;
	int color;
} color_names[] = {
	{"black", 0},	      {"red", 1},	      {"green", 2},	    {"yellow", 3},
	{"blue", 4},	      {"magenta", 5},	      {"cyan", 6},	    {"white", 7},
	{"bright-black", 8},  {"gray", 8},	      {"grey", 8},	    {"bright-red", 9},
	{"bright-green", 10}, {"bright-yellow", 11}, {"bright-blue", 12}, {"bright-magenta", 13},
	{"bright-cyan", 14},  {"bright-white", 15},  {"default", TT_COLOR_DEFAULT},
};

static const struct {
	const char *name;
	unsigned attr;
} attr_names[] = {
	{"bold", TT_ATTR_BOLD},		  {"dim", TT_ATTR_DIM},
	{"italic", TT_ATTR_ITALIC},	  {"underline", TT_ATTR_UNDERLINE},
	{"reverse", TT_ATTR_REVERSE},
};

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int parse_hex(const char *s, size_t len, int *out)
{
	int v[6];
	if (len != 4 && len != 7)
		return -1;
	for (size_t i = 1; i < len; i++)
		if ((v[i - 1] = hexval(s[i])) < 0)
			return -1;
	if (len == 4) /* #rgb is #rrggbb with each digit doubled, as in CSS */
		*out = TT_COLOR_RGB(v[0] * 17, v[1] * 17, v[2] * 17);
	else
		*out = TT_COLOR_RGB(v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]);
	return 0;
}

int tt_theme_parse_color(const char *s, size_t len, int *out)
{
	if (len == 0)
		return -1;
	if (s[0] == '#')
		return parse_hex(s, len, out);
	if (isdigit((unsigned char)s[0])) {
		int v = 0;
		for (size_t i = 0; i < len; i++) {
			if (!isdigit((unsigned char)s[i]) || (v = v * 10 + s[i] - '0') > 255)
				return -1;
		}
		*out = v;
		return 0;
	}
	for (size_t i = 0; i < sizeof color_names / sizeof *color_names; i++)
		if (strlen(color_names[i].name) == len &&
		    strncasecmp(color_names[i].name, s, len) == 0) {
			*out = color_names[i].color;
			return 0;
		}
	return -1;
}

static int parse_attr(const char *s, size_t len, unsigned *out)
{
	for (size_t i = 0; i < sizeof attr_names / sizeof *attr_names; i++)
		if (strlen(attr_names[i].name) == len &&
		    strncasecmp(attr_names[i].name, s, len) == 0) {
			*out |= attr_names[i].attr;
			return 0;
		}
	return -1;
}

/* Why a colour word was refused, for the message. */
static const char *color_problem(const char *s)
{
	if (s[0] == '#')
		return "a colour in hex is #rrggbb or #rgb";
	if (isdigit((unsigned char)s[0]))
		return "a colour number is 0-255";
	return "a colour is a name (red, bright-blue, gray...), 0-255, #rrggbb or default";
}

/* Fills why and returns -1. */
static int refuse(char *why, size_t whylen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int refuse(char *why, size_t whylen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, whylen, fmt, ap);
	va_end(ap);
	return -1;
}

struct style_parse {
	tt_style st;
	int have_fg, want_bg, have_bg;
	char *why;
	size_t whylen;
};

/* One word of "FG [on BG] [ATTR...]". */
static int style_word(struct style_parse *P, const char *w, int n)
{
	int c;
	if (n == 2 && strncasecmp(w, "on", 2) == 0) {
		if (P->want_bg || P->have_bg)
			return refuse(P->why, P->whylen, "'on' given twice");
		P->want_bg = 1;
	} else if (P->want_bg) {
		if (tt_theme_parse_color(w, (size_t)n, &c) < 0)
			return refuse(P->why, P->whylen, "unknown background colour '%.*s' (%s)", n,
				      w, color_problem(w));
		P->st.bg = c;
		P->want_bg = 0;
		P->have_bg = 1;
	} else if (parse_attr(w, (size_t)n, &P->st.attrs) < 0) {
		if (tt_theme_parse_color(w, (size_t)n, &c) < 0)
			return refuse(P->why, P->whylen,
				      "unknown colour or attribute '%.*s' (attributes: bold dim "
				      "italic underline reverse; %s)",
				      n, w, color_problem(w));
		if (P->have_fg)
			return refuse(P->why, P->whylen,
				      "a second foreground colour '%.*s' (write 'on' before a "
				      "background colour)",
				      n, w);
		P->st.fg = c;
		P->have_fg = 1;
	}
	return 0;
}

int tt_theme_parse_style(const char *s, tt_style *out, size_t *bad_off, char *why, size_t whylen)
{
	struct style_parse P = {
		.st = {TT_COLOR_DEFAULT, TT_COLOR_DEFAULT, 0}, .why = why, .whylen = whylen};
	const char *p = s;
	for (;;) {
		p += strspn(p, " \t");
		*bad_off = (size_t)(p - s);
		if (!*p)
			break;
		size_t n = strcspn(p, " \t");
		if (style_word(&P, p, (int)(n > 256 ? 256 : n)) < 0)
			return -1;
		p += n;
	}
	if (P.want_bg)
		return refuse(why, whylen, "'on' must be followed by a background colour");
	*out = P.st;
	return 0;
}

int tt_theme_role_known(const char *role)
{
	for (size_t i = 0; known_roles[i]; i++)
		if (!strcmp(known_roles[i], role))
			return 1;
	for (size_t i = 0; open_families[i]; i++) {
		size_t n = strlen(open_families[i]);
		if (strncmp(role, open_families[i], n) != 0 || !role[n])
			continue;
		if (strspn(role + n, "abcdefghijklmnopqrstuvwxyz0123456789-_") == strlen(role + n))
			return 1;
	}
	return 0;
}

const char *const *tt_theme_known_roles(void)
{
	return known_roles;
}

static tt_theme *theme_new(const char *name)
{
	tt_theme *t = tt_xcalloc(1, sizeof *t);
	t->name = tt_xstrdup(name);
	return t;
}

void tt_theme_free(tt_theme *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		free(t->roles[i].name);
	free(t->roles);
	free(t->name);
	free(t->description);
	free(t);
}

static struct role *find_role(const tt_theme *t, const char *name, size_t len)
{
	for (size_t i = 0; i < t->n; i++)
		if (strlen(t->roles[i].name) == len && !strncmp(t->roles[i].name, name, len))
			return &t->roles[i];
	return NULL;
}

static void set_role(tt_theme *t, const char *name, tt_style st)
{
	struct role *r = find_role(t, name, strlen(name));
	if (!r) {
		if (t->n == t->cap) {
			t->cap = t->cap ? 2 * t->cap : 48;
			t->roles = tt_xrealloc(t->roles, t->cap * sizeof *t->roles);
		}
		r = &t->roles[t->n++];
		r->name = tt_xstrdup(name);
	}
	r->style = st;
}

/* ---- loading ---- */

struct loader {
	tt_yreader *r;
	tt_theme *t;
	char *base; /* the 'base:' value, or NULL */
	tt_yevent base_at;
	tt_error *err;
	tt_yevent ev;
};

/* Callers that want the scalar text pass it themselves. */
static const char *kind(const tt_yevent *ev)
{
	return tt_yevent_kind(ev, "a string");
}

static int next(struct loader *L)
{
	return tt_yreader_next(L->r, &L->ev, L->err);
}

/* The column of a word inside a scalar: exact for plain scalars on one line,
 * one past the opening quote for quoted ones. */
static unsigned word_col(const tt_yevent *ev, size_t off)
{
	return ev->col + (unsigned)off + (ev->plain ? 0 : 1);
}

static int style_from_scalar(struct loader *L, tt_style *st)
{
	size_t off = 0;
	char why[400];
	if (tt_yscalar_is_null(&L->ev))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "empty style (write 'default', or quote a #rrggbb colour: "
				       "an unquoted # starts a comment)");
	if (tt_theme_parse_style(L->ev.value, st, &off, why, sizeof why) == 0)
		return 0;
	return tt_error_set(L->err, tt_yreader_name(L->r), L->ev.line, word_col(&L->ev, off),
			    "%s", why);
}

/* One colour or attribute list from the {fg, bg, attrs} form. */
static int style_field(struct loader *L, const char *key, tt_style *st)
{
	size_t off = 0;
	char why[400];
	if (next(L) < 0)
		return -1;
	if (strcmp(key, "attrs") == 0 && L->ev.type == TT_Y_SEQ_START) {
		for (;;) {
			unsigned a = 0;
			if (next(L) < 0)
				return -1;
			if (L->ev.type == TT_Y_SEQ_END)
				return 0;
			if (L->ev.type != TT_Y_SCALAR || parse_attr(L->ev.value, L->ev.len, &a) < 0)
				return tt_yreader_fail(L->r, &L->ev, L->err,
						       "unknown attribute '%s' (attributes: bold "
						       "dim italic underline reverse)",
						       L->ev.type == TT_Y_SCALAR ? L->ev.value
										 : kind(&L->ev));
			st->attrs |= a;
		}
	}
	if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "'%s' must be %s, found %s (quote a #rrggbb colour: an "
				       "unquoted # starts a comment)",
				       key, strcmp(key, "attrs") ? "a colour" : "attributes",
				       tt_yevent_kind(&L->ev, "nothing"));
	if (strcmp(key, "attrs") == 0) {
		tt_style tmp;
		if (tt_theme_parse_style(L->ev.value, &tmp, &off, why, sizeof why) < 0 ||
		    tmp.fg != TT_COLOR_DEFAULT || tmp.bg != TT_COLOR_DEFAULT)
			return tt_error_set(L->err, tt_yreader_name(L->r), L->ev.line,
					    word_col(&L->ev, off), "'attrs' takes attributes only "
					    "(bold dim italic underline reverse)");
		st->attrs |= tmp.attrs;
		return 0;
	}
	int c;
	if (tt_theme_parse_color(L->ev.value, L->ev.len, &c) < 0)
		return tt_yreader_fail(L->r, &L->ev, L->err, "unknown colour '%s' (%s)",
				       L->ev.value, color_problem(L->ev.value));
	*(strcmp(key, "fg") == 0 ? &st->fg : &st->bg) = c;
	return 0;
}

static int style_from_map(struct loader *L, tt_style *st)
{
	static const char *const keys[] = {"fg", "bg", "attrs", NULL};
	unsigned seen = 0;
	*st = (tt_style){TT_COLOR_DEFAULT, TT_COLOR_DEFAULT, 0};
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		int k = -1;
		for (int i = 0; keys[i] && L->ev.type == TT_Y_SCALAR; i++)
			if (!strcmp(keys[i], L->ev.value))
				k = i;
		if (k < 0)
			return tt_yreader_fail(L->r, &L->ev, L->err,
					       "unknown style key '%s' (use fg, bg and attrs)",
					       L->ev.type == TT_Y_SCALAR ? L->ev.value
									 : kind(&L->ev));
		if (seen & (1u << k))
			return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' given twice",
					       keys[k]);
		seen |= 1u << k;
		if (style_field(L, keys[k], st) < 0)
			return -1;
	}
}

static int load_role(struct loader *L, unsigned char *defined, size_t *ndefined)
{
	char name[MAX_ROLE_NAME + 1];
	tt_style st;
	if (L->ev.type != TT_Y_SCALAR)
		return tt_yreader_fail(L->r, &L->ev, L->err, "a role name must be a word, found %s",
				       kind(&L->ev));
	if (L->ev.len > MAX_ROLE_NAME || !tt_theme_role_known(L->ev.value))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "unknown role '%s' (the roles are listed in "
				       "doc/themes.md)",
				       tt_text_quote(L->ev.value, L->ev.len, 64));
	memcpy(name, L->ev.value, L->ev.len + 1);
	struct role *old = find_role(L->t, name, L->ev.len);
	if (old && defined[old - L->t->roles])
		return tt_yreader_fail(L->r, &L->ev, L->err, "role '%s' given twice", name);
	if (!old && *ndefined >= MAX_ROLES)
		return tt_yreader_fail(L->r, &L->ev, L->err, "more than %d roles", MAX_ROLES);
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_MAP_START) {
		if (style_from_map(L, &st) < 0)
			return -1;
	} else if (L->ev.type == TT_Y_SCALAR) {
		if (style_from_scalar(L, &st) < 0)
			return -1;
	} else {
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "the style of '%s' must be a string like \"yellow on blue "
				       "bold\" or a mapping {fg, bg, attrs}, found %s",
				       name, kind(&L->ev));
	}
	set_role(L->t, name, st);
	defined[find_role(L->t, name, strlen(name)) - L->t->roles] = 1;
	(*ndefined)++;
	return 0;
}

static int load_roles(struct loader *L)
{
	unsigned char defined[MAX_ROLES + 1] = {0};
	size_t ndefined = 0;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (L->ev.type != TT_Y_MAP_START)
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "'roles' must be a mapping of role: style, found %s",
				       kind(&L->ev));
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		if (load_role(L, defined, &ndefined) < 0)
			return -1;
	}
}

static int load_string(struct loader *L, const char *key, char **out)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
		return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' must be a string, found %s",
				       key, tt_yevent_kind(&L->ev, "nothing"));
	free(*out);
	*out = tt_xstrdup(L->ev.value);
	return 0;
}

static int load_top(struct loader *L)
{
	static const char *const keys[] = {"name", "description", "base", "roles", NULL};
	unsigned seen = 0;
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_END)
		return tt_yreader_fail(L->r, &L->ev, L->err, "empty theme (it needs 'roles:')");
	if (L->ev.type != TT_Y_MAP_START)
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "a theme must be a mapping (name, description, base, "
				       "roles), found %s",
				       kind(&L->ev));
	for (;;) {
		int k = -1, rc;
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		for (int i = 0; keys[i] && L->ev.type == TT_Y_SCALAR; i++)
			if (!strcmp(keys[i], L->ev.value))
				k = i;
		if (k < 0)
			return tt_yreader_fail(L->r, &L->ev, L->err,
					       "unknown key '%s' (a theme has name, "
					       "description, base and roles)",
					       L->ev.type == TT_Y_SCALAR
					           ? tt_text_quote(L->ev.value, L->ev.len, 64)
					           : kind(&L->ev));
		if (seen & (1u << k))
			return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' given twice", keys[k]);
		seen |= 1u << k;
		if (k == 0)
			rc = load_string(L, "name", &L->t->name);
		else if (k == 1)
			rc = load_string(L, "description", &L->t->description);
		else if (k == 2) {
			rc = load_string(L, "base", &L->base);
			L->base_at = L->ev;
		} else
			rc = load_roles(L);
		if (rc < 0)
			return -1;
	}
}

/* The file's own content; the base is merged by the caller. */
static tt_theme *parse(tt_yreader *r, const char *default_name, char **base,
		       tt_yevent *base_at, tt_error *err)
{
	struct loader L = {.r = r, .t = theme_new(default_name), .err = err};
	int rc = load_top(&L);
	tt_yreader_close(r);
	if (rc < 0) {
		free(L.base);
		tt_theme_free(L.t);
		return NULL;
	}
	*base = L.base;
	*base_at = L.base_at;
	return L.t;
}

static tt_theme *parse_builtin(const char *text)
{
	char *base = NULL;
	tt_yevent at;
	tt_error err;
	tt_yreader *r = tt_yreader_open_mem("<builtin>", text, strlen(text), 8, &err);
	tt_theme *t = r ? parse(r, "default", &base, &at, &err) : NULL;
	free(base);
	return t ? t : theme_new("default"); /* unreachable unless the text above is broken */
}

tt_theme *tt_theme_builtin(void)
{
	return parse_builtin(builtin_default);
}

tt_theme *tt_theme_builtin_mono(void)
{
	return parse_builtin(builtin_mono);
}

static int is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n > 5 && !strcmp(s + n - 5, ".yaml"));
}

static char *try_dir(const char *dir, const char *name)
{
	char *p = tt_xasprintf("%s/%s.yaml", dir, name);
	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

/* The folder of the running program, or NULL where it cannot be known. */
static char *exe_dir(void)
{
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = 0;
	slash = strrchr(buf, '/');
	return slash ? tt_xstrndup(buf, (size_t)(slash - buf)) : NULL;
}

/* Themes shipped with the program: beside a program in its build tree
 * (BIN/themes), under its install prefix (BIN/../share/threadtag/themes),
 * then the prefix it was configured for. */
static char *try_shipped(const char *name)
{
	char *dir = exe_dir(), *p = NULL;

	if (dir) {
		char *d = tt_xasprintf("%s/themes", dir);
		p = try_dir(d, name);
		free(d);
		if (!p) {
			d = tt_xasprintf("%s/../share/threadtag/themes", dir);
			p = try_dir(d, name);
			free(d);
		}
		free(dir);
	}
	return p ? p : try_dir(TT_DATADIR "/themes", name);
}

/* $XDG_DATA_DIRS/threadtag/themes, in order (default /usr/local/share:/usr/share). */
static char *try_data_dirs(const char *name)
{
	const char *dirs = getenv("XDG_DATA_DIRS");
	char *copy = tt_xstrdup(dirs && *dirs ? dirs : "/usr/local/share:/usr/share"), *save = NULL;
	char *p = NULL;

	for (char *d = strtok_r(copy, ":", &save); d && !p; d = strtok_r(NULL, ":", &save)) {
		if (d[0] != '/') /* the spec: relative entries are ignored */
			continue;
		char *t = tt_xasprintf("%s/threadtag/themes", d);
		p = try_dir(t, name);
		free(t);
	}
	free(copy);
	return p;
}

char *tt_theme_find(const char *name)
{
	char *p, *dir;
	if (is_path(name))
		return tt_xstrdup(name);
	if (!*name || name[0] == '.')
		return NULL;
	dir = tt_xdg_path("config", "themes");
	p = try_dir(dir, name);
	free(dir);
	if (!p) {
		dir = tt_xdg_path("data", "themes");
		p = try_dir(dir, name);
		free(dir);
	}
	if (!p)
		p = try_shipped(name);
	if (!p)
		p = try_data_dirs(name);
	if (!p)
		p = try_dir("themes", name);
	return p;
}

/* A base named relative to the theme that names it. */
static char *base_path(const char *including, const char *base)
{
	if (!is_path(base) || base[0] == '/')
		return tt_theme_find(base);
	const char *slash = strrchr(including, '/');
	if (!slash)
		return tt_xstrdup(base);
	return tt_xasprintf("%.*s/%s", (int)(slash - including), including, base);
}

static char *stem(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	size_t n = strlen(b);
	if (n > 5 && !strcmp(b + n - 5, ".yaml"))
		n -= 5;
	return tt_xstrndup(b, n);
}

static tt_theme *load_named(const char *name_or_path, const char *path, unsigned depth,
			    tt_error *err);

static tt_theme *with_base(tt_theme *own, const char *path, const char *base,
			   const tt_yevent *at, unsigned depth, tt_error *err)
{
	if (depth >= MAX_BASE_DEPTH) {
		tt_error_set(err, path, at->line, at->col,
			     "'base' chain deeper than %d themes (does it loop?)", MAX_BASE_DEPTH);
		return NULL;
	}
	char *bpath = base_path(path, base);
	tt_theme *b = load_named(base, bpath, depth + 1, err);
	free(bpath);
	if (!b) {
		if (!err->line) { /* a missing base: point at where it is named */
			char why[sizeof err->msg];
			snprintf(why, sizeof why, "%s", err->msg);
			tt_error_set(err, path, at->line, at->col, "base theme '%s': %s", base,
				     why);
		}
		return NULL;
	}
	for (size_t i = 0; i < own->n; i++)
		set_role(b, own->roles[i].name, own->roles[i].style);
	free(b->name);
	b->name = tt_xstrdup(own->name);
	free(b->description);
	b->description = own->description ? tt_xstrdup(own->description) : NULL;
	return b;
}

static tt_theme *load_named(const char *name_or_path, const char *path, unsigned depth,
			    tt_error *err)
{
	char *base = NULL;
	tt_yevent at;
	if (!path) {
		if (!strcmp(name_or_path, "default"))
			return tt_theme_builtin();
		if (!strcmp(name_or_path, "mono"))
			return tt_theme_builtin_mono();
		tt_error_set(err, name_or_path, 0, 0,
		             "no such theme (looked in the user's themes folders, beside the "
		             "program, the installed themes and ./themes)");
		return NULL;
	}
	tt_yreader *r = tt_yreader_open_file(path, 16, err, NULL);
	if (!r)
		return NULL;
	char *name = stem(path);
	tt_theme *t = parse(r, name, &base, &at, err);
	free(name);
	if (t && base) {
		tt_theme *merged = with_base(t, path, base, &at, depth, err);
		tt_theme_free(t);
		t = merged;
	}
	free(base);
	return t;
}

tt_theme *tt_theme_load(const char *name_or_path, tt_error *err)
{
	tt_error scratch;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof *err);
	if (!name_or_path || !*name_or_path)
		name_or_path = "default";
	char *path = tt_theme_find(name_or_path);
	tt_theme *t = load_named(name_or_path, path, 0, err);
	free(path);
	return t;
}

tt_theme *tt_theme_load_mem(const char *name, const char *text, size_t len, tt_error *err)
{
	tt_error scratch;
	char *base = NULL;
	tt_yevent at;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof *err);
	tt_yreader *r = tt_yreader_open_mem(name, text, len, 16, err);
	tt_theme *t = r ? parse(r, name, &base, &at, err) : NULL;
	if (t && base) {
		tt_theme *merged = with_base(t, name, base, &at, 0, err);
		tt_theme_free(t);
		t = merged;
	}
	free(base);
	return t;
}

tt_theme *tt_theme_dup(const tt_theme *t)
{
	tt_theme *d = theme_new(t->name);
	d->description = t->description ? tt_xstrdup(t->description) : NULL;
	for (size_t i = 0; i < t->n; i++)
		set_role(d, t->roles[i].name, t->roles[i].style);
	return d;
}

const char *tt_theme_name(const tt_theme *t)
{
	return t->name;
}

const char *tt_theme_description(const tt_theme *t)
{
	return t->description ? t->description : "";
}

tt_style tt_theme_style(const tt_theme *t, const char *role)
{
	size_t len = strlen(role);
	while (t && len) {
		struct role *r = find_role(t, role, len);
		if (r)
			return r->style;
		while (len && role[len - 1] != '.')
			len--;
		if (len)
			len--; /* drop the dot: "rail.7" -> "rail" */
	}
	if (t && strcmp(role, "body") != 0)
		return tt_theme_style(t, "body");
	return (tt_style){TT_COLOR_DEFAULT, TT_COLOR_DEFAULT, 0};
}

int tt_theme_has_color(const tt_theme *t)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->roles[i].style.fg != TT_COLOR_DEFAULT ||
		    t->roles[i].style.bg != TT_COLOR_DEFAULT)
			return 1;
	return 0;
}

size_t tt_theme_nroles(const tt_theme *t)
{
	return t->n;
}

const char *tt_theme_role_name(const tt_theme *t, size_t i)
{
	return i < t->n ? t->roles[i].name : NULL;
}
