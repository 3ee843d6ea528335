/* config: XDG paths, the user's config.yaml, and the reading position kept per thread. */
#include "threadtag/config.h"

#include <errno.h>
#include <pwd.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/fsutil.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

/* Bounds that keep a hostile or mistaken file from costing much. */
enum { MAX_BINDINGS = 2000, MAX_KEY_LEN = 64, MAX_ACTION_LEN = 64, MAX_THREAD_ID = 200 };
enum { MIN_WIDTH = 20, MAX_WIDTH = 10000 };

/* The default layout is not allocated, so that tt_config_defaults followed by
 * tt_config_load (which starts from the defaults again) leaks nothing. */
static char default_layout[] = "auto";

void tt_config_defaults(tt_config *c)
{
	memset(c, 0, sizeof *c);
	c->mouse = 1;
	c->layout = default_layout;
	c->max_width = 100;
	c->article_width = 80;
	c->relative_dates = 1;
	c->advance = 1;
}

void tt_config_free(tt_config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nbindings; i++) {
		free(c->bindings[i].action);
		free(c->bindings[i].keys);
	}
	free(c->bindings);
	free(c->theme);
	if (c->layout != default_layout)
		free(c->layout);
	free(c->annotator);
	free(c->scheme);
	free(c->fetch_reddit);
	free(c->fetch_hn);
	free(c->fetch_hn_firebase);
	free(c->fetch_token_command);
	free(c->path);
	memset(c, 0, sizeof *c);
}

/* ---- XDG base directories ---- */

static const char *home_dir(void)
{
	const char *h = getenv("HOME");
	if (h && *h)
		return h;
	struct passwd *pw = getpwuid(getuid());
	return pw && pw->pw_dir ? pw->pw_dir : ".";
}

char *tt_xdg_path(const char *kind, const char *rel)
{
	static const struct {
		const char *kind, *var, *fallback;
	} dirs[] = {
		{"config", "XDG_CONFIG_HOME", ".config"},
		{"data", "XDG_DATA_HOME", ".local/share"},
		{"state", "XDG_STATE_HOME", ".local/state"},
		{"cache", "XDG_CACHE_HOME", ".cache"},
	};
	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		if (strcmp(kind, dirs[i].kind) != 0)
			continue;
		const char *v = getenv(dirs[i].var);
		char *base;
		/* The spec says a relative value is invalid and must be ignored. */
		if (v && v[0] == '/')
			base = tt_xasprintf("%s/threadtag", v);
		else
			base = tt_xasprintf("%s/%s/threadtag", home_dir(), dirs[i].fallback);
		if (!rel || !*rel)
			return base;
		char *p = tt_xasprintf("%s/%s", base, rel);
		free(base);
		return p;
	}
	return NULL;
}

/* ---- config.yaml ---- */

struct loader {
	tt_yreader *r;
	tt_config *c;
	const char *dir; /* the config file's directory, for relative paths */
	tt_error *err;
	tt_yevent ev;
};

enum {
	K_THEME,
	K_MOUSE,
	K_LAYOUT,
	K_MAX_WIDTH,
	K_ARTICLE_WIDTH,
	K_DATES,
	K_ADVANCE,
	K_ANNOTATOR,
	K_SCHEME,
	K_KEYS,
	K_FETCH
};
static const char *const config_keys[] = {
    "theme",     "mouse",  "layout", "max_width", "article_width", "dates", "advance",
    "annotator", "scheme", "keys",   "fetch",     NULL,
};

const char *const *tt_config_keys(void)
{
	return config_keys;
}

/* A scalar is quoted back as written: the messages show what was found. */
static const char *kind(const tt_yevent *ev)
{
	return tt_yevent_kind(ev, NULL);
}

/* What a message quotes of the file: 80 columns at most, cut between characters. */
static const char *quote(const char *s)
{
	return tt_text_quote(s, strlen(s), 80);
}

static int next(struct loader *L)
{
	return tt_yreader_next(L->r, &L->ev, L->err);
}

static int fail(struct loader *L, const char *what, const char *key)
{
	return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' must be %s, found %s", key, what,
			       quote(kind(&L->ev)));
}

static int has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

static int read_text(struct loader *L, const char *key, char **out)
{
	if (*out == default_layout)
		*out = NULL;
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
		return fail(L, "a string", key);
	if (L->ev.len == 0)
		return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' must not be empty", key);
	if (has_control(L->ev.value))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "'%s' must not contain control characters", key);
	free(*out);
	*out = tt_xstrdup(L->ev.value);
	return 0;
}

static int read_bool(struct loader *L, const char *key, int *out)
{
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_bool(&L->ev, out) < 0)
		return fail(L, "true or false", key);
	return 0;
}

static int read_layout(struct loader *L)
{
	if (read_text(L, "layout", &L->c->layout) < 0)
		return -1;
	const char *v = L->c->layout;
	if (strcmp(v, "auto") && strcmp(v, "wide") && strcmp(v, "tall"))
		return fail(L, "auto, wide or tall", "layout");
	return 0;
}

static int read_width(struct loader *L, const char *key, int *out)
{
	long long v;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_long(&L->ev, &v) < 0 || (v != 0 && (v < MIN_WIDTH || v > MAX_WIDTH)))
		return tt_yreader_fail(L->r, &L->ev, L->err,
		                       "'%s' must be 0 (no limit) or a number of columns "
		                       "from %d to %d, found %s",
		                       key, MIN_WIDTH, MAX_WIDTH, quote(kind(&L->ev)));
	*out = (int)v;
	return 0;
}

static int read_dates(struct loader *L)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_SCALAR && !strcmp(L->ev.value, "relative"))
		L->c->relative_dates = 1;
	else if (L->ev.type == TT_Y_SCALAR && !strcmp(L->ev.value, "absolute"))
		L->c->relative_dates = 0;
	else
		return fail(L, "relative or absolute", "dates");
	return 0;
}

/* "~/x" is under the home directory; a relative path is relative to the config file. */
static char *resolve_path(struct loader *L, const char *v)
{
	if (v[0] == '~' && v[1] == '/')
		return tt_xasprintf("%s%s", home_dir(), v + 1);
	if (v[0] != '/' && L->dir)
		return tt_xasprintf("%s/%s", L->dir, v);
	return tt_xstrdup(v);
}

static int read_path(struct loader *L, const char *key, char **out)
{
	char *v = NULL;
	if (read_text(L, key, &v) < 0)
		return -1;
	free(*out);
	*out = resolve_path(L, v);
	free(v);
	return 0;
}

/* A theme is a name ("light") or, with a '/' or ".yaml", a path. */
static int read_theme(struct loader *L)
{
	if (read_text(L, "theme", &L->c->theme) < 0)
		return -1;
	const char *v = L->c->theme;
	size_t n = strlen(v);
	if (strchr(v, '/') || (n > 5 && !strcmp(v + n - 5, ".yaml"))) {
		char *p = resolve_path(L, v);
		free(L->c->theme);
		L->c->theme = p;
	}
	return 0;
}

static int valid_action(const char *s, size_t len)
{
	return len > 0 && len <= MAX_ACTION_LEN &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-_.") == len;
}

static int add_binding(struct loader *L, const char *action)
{
	tt_config *c = L->c;
	if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "a key for '%s' must be a string such as j, <Down>, C-d or "
				       "<Space>, found %s",
				       action, quote(kind(&L->ev)));
	if (L->ev.len > MAX_KEY_LEN || has_control(L->ev.value))
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "'%s' is not a key name (write control keys as C-x, "
				       "special keys as <Name>)",
				       quote(L->ev.value));
	if (c->nbindings >= MAX_BINDINGS)
		return tt_yreader_fail(L->r, &L->ev, L->err, "more than %d key bindings",
				       MAX_BINDINGS);
	c->bindings = tt_xrealloc(c->bindings, (c->nbindings + 1) * sizeof *c->bindings);
	c->bindings[c->nbindings++] = (tt_binding){
		.action = tt_xstrdup(action),
		.keys = tt_xstrdup(L->ev.value),
		.line = L->ev.line,
		.col = L->ev.col,
	};
	return 0;
}

static int read_binding(struct loader *L, const char *action)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SEQ_START)
		return add_binding(L, action);
	unsigned line = L->ev.line, col = L->ev.col;
	size_t before = L->c->nbindings;
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_SEQ_END)
			break;
		if (add_binding(L, action) < 0)
			return -1;
	}
	if (L->c->nbindings == before)
		return tt_error_set(L->err, tt_yreader_name(L->r), line, col,
				    "'%s' has an empty list of keys", action);
	return 0;
}

/* Was this action already bound earlier in the keys mapping? */
static const tt_binding *bound(const tt_config *c, size_t from, const char *action)
{
	for (size_t i = from; i < c->nbindings; i++)
		if (!strcmp(c->bindings[i].action, action))
			return &c->bindings[i];
	return NULL;
}

static int read_keys(struct loader *L)
{
	size_t first = L->c->nbindings;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (L->ev.type != TT_Y_MAP_START)
		return fail(L, "a mapping of action: key (or a list of keys)", "keys");
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		if (L->ev.type != TT_Y_SCALAR || !valid_action(L->ev.value, L->ev.len))
			return tt_yreader_fail(L->r, &L->ev, L->err,
					       "'%s' is not an action name (names are like "
					       "move-down; 'threadtag --help' and the ? screen "
					       "list them)",
					       quote(kind(&L->ev)));
		char action[MAX_ACTION_LEN + 1];
		memcpy(action, L->ev.value, L->ev.len + 1);
		const tt_binding *prev = bound(L->c, first, action);
		if (prev)
			return tt_yreader_fail(L->r, &L->ev, L->err,
					       "'%s' is bound twice (first on line %u)", action,
					       prev->line);
		if (read_binding(L, action) < 0)
			return -1;
	}
}

const char *tt_config_fetch(const tt_config *c, const char *site)
{
	if (!strcmp(site, "reddit"))
		return c->fetch_reddit;
	if (!strcmp(site, "hn"))
		return c->fetch_hn;
	if (!strcmp(site, "hn_firebase"))
		return c->fetch_hn_firebase;
	if (!strcmp(site, "reddit_token_command"))
		return c->fetch_token_command;
	return NULL;
}

/* A number of seconds under fetch: (stall_timeout, connect_timeout) into *dst. */
static int read_seconds(struct loader *L, const char *key, long *dst)
{
	long long v;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_long(&L->ev, &v) < 0 || v < 1 || v > 3600)
		return fail(L, "a number of seconds from 1 to 3600", key);
	*dst = (long)v;
	return 0;
}

/* The timeouts under fetch:, and where each goes; NULL for another key. */
static long *fetch_seconds(tt_config *c, const char *key)
{
	if (!strcmp(key, "stall_timeout"))
		return &c->fetch_stall_timeout;
	if (!strcmp(key, "connect_timeout"))
		return &c->fetch_connect_timeout;
	return NULL;
}

/* The text settings under fetch:, and where each goes. */
static char **fetch_text(tt_config *c, const char *key)
{
	static const struct {
		const char *key;
		size_t off;
	} texts[] = {
		{"reddit", offsetof(tt_config, fetch_reddit)},
		{"hn", offsetof(tt_config, fetch_hn)},
		{"hn_firebase", offsetof(tt_config, fetch_hn_firebase)},
		{"reddit_token_command", offsetof(tt_config, fetch_token_command)},
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (!strcmp(key, texts[i].key))
			return (char **)((char *)c + texts[i].off);
	return NULL;
}

/* fetch: {reddit: URL, hn: URL, hn_firebase: URL, reddit_token_command: CMD,
 * stall_timeout: SECONDS, connect_timeout: SECONDS} */
static int read_fetch(struct loader *L)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_MAP_START)
		return fail(L,
			    "a mapping (reddit, hn, hn_firebase, reddit_token_command, "
			    "stall_timeout, connect_timeout)",
			    "fetch");
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		char key[32];
		snprintf(key, sizeof key, "%s", L->ev.type == TT_Y_SCALAR ? L->ev.value : "");
		char **text = fetch_text(L->c, key);
		long *secs = fetch_seconds(L->c, key);
		int rc = text ? read_text(L, key, text) : secs ? read_seconds(L, key, secs) : 1;
		if (rc == 1)
			return tt_yreader_fail(L->r, &L->ev, L->err,
					       "unknown fetch setting '%s' (reddit, hn, hn_firebase, "
					       "reddit_token_command, stall_timeout, "
					       "connect_timeout)",
					       quote(kind(&L->ev)));
		if (rc < 0)
			return -1;
	}
}

static int read_value(struct loader *L, int k)
{
	tt_config *c = L->c;
	switch (k) {
	case K_THEME:
		return read_theme(L);
	case K_MOUSE:
		return read_bool(L, "mouse", &c->mouse);
	case K_LAYOUT:
		return read_layout(L);
	case K_MAX_WIDTH:
		return read_width(L, "max_width", &c->max_width);
	case K_ARTICLE_WIDTH:
		return read_width(L, "article_width", &c->article_width);
	case K_DATES:
		return read_dates(L);
	case K_ADVANCE:
		return read_bool(L, "advance", &c->advance);
	case K_ANNOTATOR:
		return read_text(L, "annotator", &c->annotator);
	case K_SCHEME:
		return read_path(L, "scheme", &c->scheme);
	case K_FETCH:
		return read_fetch(L);
	default:
		return read_keys(L);
	}
}

static int load_top(struct loader *L)
{
	unsigned seen = 0;
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_END || tt_yscalar_is_null(&L->ev))
		return 0; /* an empty file (or only comments) means all defaults */
	if (L->ev.type != TT_Y_MAP_START)
		return tt_yreader_fail(L->r, &L->ev, L->err,
				       "the config must be a mapping of setting: value, found %s",
				       quote(kind(&L->ev)));
	for (;;) {
		int k = -1;
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		for (int i = 0; config_keys[i] && L->ev.type == TT_Y_SCALAR; i++)
			if (!strcmp(config_keys[i], L->ev.value))
				k = i;
		if (k < 0)
			return tt_yreader_fail(L->r, &L->ev, L->err,
			                       "unknown setting '%s' (settings: theme, mouse, "
			                       "layout, max_width, article_width, dates, advance, "
			                       "annotator, scheme, keys, fetch)",
			                       quote(kind(&L->ev)));
		if (seen & (1u << k))
			return tt_yreader_fail(L->r, &L->ev, L->err, "'%s' is set twice",
					       config_keys[k]);
		seen |= 1u << k;
		if (read_value(L, k) < 0)
			return -1;
	}
}

int tt_config_load(tt_config *c, const char *path, tt_error *err)
{
	tt_error scratch;
	int e = 0;
	char *p = path ? tt_xstrdup(path) : tt_xdg_path("config", "config.yaml");
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof *err);
	tt_config_defaults(c);
	tt_yreader *r = tt_yreader_open_file(p, 32, err, &e);
	if (!r) {
		free(p);
		return !path && e == ENOENT ? 0 : -1;
	}
	const char *slash = strrchr(p, '/');
	char *dir = slash ? tt_xstrndup(p, (size_t)(slash - p)) : NULL;
	struct loader L = {.r = r, .c = c, .dir = dir, .err = err};
	int rc = load_top(&L);
	tt_yreader_close(r);
	free(dir);
	if (rc < 0) {
		tt_config_free(c);
		tt_config_defaults(c);
		free(p);
		return -1;
	}
	c->path = p;
	return 0;
}

/* ---- reading positions ---- */

/* Thread ids become file names: refuse anything that could leave the directory. */
static int valid_thread_id(const char *id)
{
	size_t n = id ? strlen(id) : 0;
	if (n == 0 || n > MAX_THREAD_ID || id[0] == '.' || strchr(id, '/') || has_control(id)) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

static char *position_path(const char *thread_id)
{
	char *rel = tt_xasprintf("positions/%s.yaml", thread_id);
	char *p = tt_xdg_path("state", rel);
	free(rel);
	return p;
}

/* Reads a sequence of scalars into p->folds; the reader is past SEQ_START. */
static int read_folds(tt_yreader *r, tt_position *p)
{
	tt_yevent ev;
	tt_error err;

	while (tt_yreader_next(r, &ev, &err) == 0 && ev.type == TT_Y_SCALAR) {
		if (!ev.len)
			continue;
		p->folds = tt_xrealloc(p->folds, (p->nfolds + 1) * sizeof *p->folds);
		p->folds[p->nfolds++] = tt_xstrdup(ev.value);
	}
	return ev.type == TT_Y_SEQ_END ? 0 : -1;
}

/* Reads a position file written for thread_id into p. 0, or -1 (p emptied). */
static int parse_position(tt_yreader *r, const char *thread_id, tt_position *p)
{
	tt_yevent ev;
	tt_error err;
	char *key = NULL;
	int same = 0, bad = 0;
	if (tt_yreader_next(r, &ev, &err) < 0 || ev.type != TT_Y_MAP_START)
		return -1;
	while (!bad && tt_yreader_next(r, &ev, &err) == 0 && ev.type == TT_Y_SCALAR) {
		key = tt_xstrdup(ev.value);
		if (tt_yreader_next(r, &ev, &err) < 0)
			break;
		if (ev.type == TT_Y_SEQ_START && !strcmp(key, "folds") && !p->nfolds)
			bad = read_folds(r, p) < 0;
		else if (ev.type != TT_Y_SCALAR)
			bad = tt_yreader_skip(r, &ev, &err) < 0;
		else if (!strcmp(key, "thread"))
			same = strcmp(ev.value, thread_id) == 0;
		else if (!strcmp(key, "comment") && ev.len && !p->comment)
			p->comment = tt_xstrdup(ev.value);
		else if (!strcmp(key, "saved") && !p->saved)
			p->saved = tt_xstrdup(ev.value);
		else if (!strcmp(key, "collapse_all"))
			p->collapse_all = !strcmp(ev.value, "true");
		free(key);
		key = NULL;
	}
	free(key);
	if (same && p->comment && !bad && ev.type == TT_Y_MAP_END)
		return 0;
	tt_position_free(p);
	return -1;
}

void tt_position_free(tt_position *p)
{
	free(p->comment);
	free(p->saved);
	for (size_t i = 0; i < p->nfolds; i++)
		free(p->folds[i]);
	free(p->folds);
	memset(p, 0, sizeof *p);
}

int tt_state_position_read(const char *thread_id, tt_position *p)
{
	tt_error err;
	int rc;
	memset(p, 0, sizeof *p);
	if (!valid_thread_id(thread_id))
		return -1;
	char *path = position_path(thread_id);
	tt_yreader *r = tt_yreader_open_file(path, 8, &err, NULL);
	free(path);
	if (!r)
		return -1;
	rc = parse_position(r, thread_id, p);
	tt_yreader_close(r);
	return rc;
}

static char *position_field(const char *thread_id, const char *field)
{
	tt_position p;
	char *comment;
	if (tt_state_position_read(thread_id, &p) < 0)
		return NULL;
	comment = !strcmp(field, "saved") ? p.saved : p.comment;
	if (comment == p.saved)
		p.saved = NULL;
	else
		p.comment = NULL;
	tt_position_free(&p);
	return comment;
}

char *tt_state_position_load(const char *thread_id)
{
	return position_field(thread_id, "comment");
}

char *tt_state_position_time(const char *thread_id)
{
	return position_field(thread_id, "saved");
}

int tt_state_position_save(const char *thread_id, const char *comment_id)
{
	tt_position p = {.comment = (char *)comment_id};
	return tt_state_position_write(thread_id, &p);
}

int tt_state_position_write(const char *thread_id, const tt_position *pos)

{
	char when[32], *out = NULL, *dir;
	size_t len;
	time_t now = time(NULL);
	struct tm tm;
	const char *comment_id = pos->comment;
	if (!valid_thread_id(thread_id) || !comment_id || !*comment_id) {
		errno = EINVAL;
		return -1;
	}
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "thread", thread_id);
	tt_yemit_kv(e, "comment", comment_id);
	if (pos->collapse_all) {
		tt_yemit_raw(e, "collapse_all");
		tt_yemit_raw(e, "true");
	}
	if (pos->nfolds) {
		tt_yemit_raw(e, "folds");
		tt_yemit_seq_start(e, 0);
		for (size_t i = 0; i < pos->nfolds; i++)
			tt_yemit_str(e, pos->folds[i], TT_YS_ANY);
		tt_yemit_seq_end(e);
	}
	tt_yemit_kv(e, "saved", when);
	tt_yemit_map_end(e);
	int rc = tt_yemit_finish(e, &out, &len);
	tt_yemit_free(e);
	if (rc < 0) {
		errno = EINVAL;
		return -1;
	}
	dir = tt_xdg_path("state", "positions");
	char *p = position_path(thread_id);
	rc = tt_mkdirs(dir) < 0 ? -1 : tt_write_atomic(p, out, len);
	int saved = errno;
	free(dir);
	free(p);
	free(out);
	errno = saved;
	return rc;
}
