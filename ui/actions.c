/* actions: names, key parsing, the keymap, the help rows and the man page key section. */
#include "actions.h"

#include <curses.h>
#include <string.h>

#include "threadtag/xalloc.h"

struct action_info {
	const char *name, *keys, *help;
};

static const struct action_info actions[ACT_COUNT] = {
#define TT_GROUP_(title)
#define TT_ACT_(id, nm, k, h) [ACT_##id] = {.name = nm, .keys = k, .help = h},
    TT_ACTIONS(TT_GROUP_, TT_ACT_)
#undef TT_GROUP_
#undef TT_ACT_
};

static const struct help_row help_rows[] = {
#define TT_GROUP_(title)      {.group = title, .action = ACT_NONE},
#define TT_ACT_(id, nm, k, h) {.group = NULL, .action = ACT_##id, .help = h},
    TT_ACTIONS(TT_GROUP_, TT_ACT_)
#undef TT_GROUP_
#undef TT_ACT_
};

static const struct {
	const char *name;
	ui_key key;
} named_keys[] = {
    {"<Down>", -KEY_DOWN},
    {"<Up>", -KEY_UP},
    {"<Left>", -KEY_LEFT},
    {"<Right>", -KEY_RIGHT},
    {"<PageDown>", -KEY_NPAGE},
    {"<PageUp>", -KEY_PPAGE},
    {"<Home>", -KEY_HOME},
    {"<End>", -KEY_END},
    {"<Enter>", '\n'},
    {"<Space>", ' '},
    {"<Tab>", '\t'},
    {"<S-Tab>", -KEY_BTAB},
    {"<Esc>", 27},
    {"<Backspace>", -KEY_BACKSPACE},
    {"<Delete>", -KEY_DC},
    {"<F1>", -KEY_F(1)},
    {"<Insert>", -KEY_IC},
};

enum { MAX_BINDINGS = 256 };
struct binding {
	ui_key key;
	enum action action;
};
static struct binding keymap[MAX_BINDINGS];
static size_t nkeymap;

const char *ui_action_name(enum action a)
{
	return a > ACT_NONE && a < ACT_COUNT ? actions[a].name : "none";
}

enum action ui_action_by_name(const char *name)
{
	for (int a = 1; a < ACT_COUNT; a++)
		if (!strcmp(actions[a].name, name))
			return (enum action)a;
	return ACT_NONE;
}

ui_key ui_key_parse(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < sizeof named_keys / sizeof *named_keys; i++)
		if (!strcasecmp(named_keys[i].name, name))
			return named_keys[i].key;
	if (n == 3 && name[0] == 'C' && name[1] == '-' && name[2] >= '@' && name[2] <= '~')
		return (name[2] & 0x1f);
	if (n >= 1 && (unsigned char)name[0] >= 0x21 && (unsigned char)name[0] < 0x7f && n == 1)
		return (unsigned char)name[0];
	if (n > 1 && (unsigned char)name[0] >= 0x80) {
		mbstate_t st = {0};
		wchar_t wc;
		size_t r = mbrtowc(&wc, name, n, &st);
		if (r == n)
			return (ui_key)wc;
	}
	return 0;
}

void ui_key_name(ui_key k, char *out, size_t size)
{
	for (size_t i = 0; i < sizeof named_keys / sizeof *named_keys; i++)
		if (named_keys[i].key == k) {
			snprintf(out, size, "%s", named_keys[i].name);
			return;
		}
	if (k > 0 && k < 0x20)
		snprintf(out, size, "C-%c", k + '`');
	else if (k > 0x20 && k < 0x7f)
		snprintf(out, size, "%c", k);
	else if (k >= 0xa0) {
		char mb[8] = {0};
		mbstate_t st = {0};
		if (wcrtomb(mb, (wchar_t)k, &st) != (size_t)-1)
			snprintf(out, size, "%s", mb);
		else
			snprintf(out, size, "<U+%04X>", (unsigned)k);
	} else
		snprintf(out, size, "<key %d>", -k);
}

static void unbind_key(ui_key k)
{
	for (size_t i = 0; i < nkeymap; i++)
		if (keymap[i].key == k) {
			keymap[i] = keymap[--nkeymap];
			return;
		}
}

/* Binds a space-separated list of keys; returns the first key name that did not
 * parse, or NULL. A key bound again moves to its new action. */
static const char *bind_keys(enum action a, const char *keys, int replace)
{
	char buf[256], *save = NULL;
	const char *bad = NULL;

	if (replace) {
		for (size_t i = 0; i < nkeymap;) {
			if (keymap[i].action == a) {
				keymap[i] = keymap[--nkeymap];
			} else {
				i++;
			}
		}
	}
	snprintf(buf, sizeof buf, "%s", keys);
	for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		ui_key k = ui_key_parse(tok);
		if (!k) {
			bad = bad ? bad : keys;
			continue;
		}
		unbind_key(k);
		if (nkeymap < MAX_BINDINGS)
			keymap[nkeymap++] = (struct binding){.key = k, .action = a};
		if (k == '\n') { /* Enter comes as \n, \r or KEY_ENTER depending on the terminal */
			unbind_key('\r');
			unbind_key(-KEY_ENTER);
			if (nkeymap + 2 <= MAX_BINDINGS) {
				keymap[nkeymap++] = (struct binding){.key = '\r', .action = a};
				keymap[nkeymap++] =
				    (struct binding){.key = -KEY_ENTER, .action = a};
			}
		}
	}
	return bad;
}

void ui_keymap_defaults(void)
{
	nkeymap = 0;
	for (int a = 1; a < ACT_COUNT; a++)
		bind_keys((enum action)a, actions[a].keys, 0);
}

void ui_keymap_apply(const tt_config *c, void (*report)(const tt_error *))
{
	/* An action the user binds loses its default keys once, at its first
	 * binding; a list of keys comes as several bindings of one action. */
	unsigned char replaced[ACT_COUNT] = {0};

	for (size_t i = 0; c && i < c->nbindings; i++) {
		const tt_binding *b = &c->bindings[i];
		enum action a = ui_action_by_name(b->action);
		tt_error err;

		if (a == ACT_NONE) {
			tt_error_set(
			    &err, c->path ? c->path : "config", b->line, b->col,
			    "unknown action '%s' (see threadtag(1) for the names); ignored",
			    b->action);
			if (report)
				report(&err);
			continue;
		}
		if (bind_keys(a, b->keys ? b->keys : "", !replaced[a])) {
			tt_error_set(&err, c->path ? c->path : "config", b->line, b->col,
			             "'%s': a key in \"%s\" is not a key name; it was skipped",
			             b->action, b->keys);
			if (report)
				report(&err);
		}
		replaced[a] = 1;
	}
}

enum action ui_keymap_add(ui_key k, enum action a)
{
	enum action old = ui_keymap_lookup(k);

	if (old == ACT_NONE && nkeymap < MAX_BINDINGS)
		keymap[nkeymap++] = (struct binding){.key = k, .action = a};
	return old;
}

enum action ui_keymap_lookup(ui_key k)
{
	for (size_t i = 0; i < nkeymap; i++)
		if (keymap[i].key == k)
			return keymap[i].action;
	return ACT_NONE;
}

void ui_keymap_keys(enum action a, char *out, size_t size)
{
	size_t used = 0;

	out[0] = 0;
	/* Defaults first, in the table's order, so help reads like the man page. */
	for (size_t i = 0; i < nkeymap && used + 1 < size; i++) {
		char name[32];
		if (keymap[i].action != a || keymap[i].key == '\r' || keymap[i].key == -KEY_ENTER)
			continue;
		ui_key_name(keymap[i].key, name, sizeof name);
		used += (size_t)snprintf(out + used, size - used, "%s%s", used ? " " : "", name);
	}
	if (used >= size)
		out[size - 1] = 0;
}

size_t ui_help_rows(const struct help_row **rows)
{
	*rows = help_rows;
	return sizeof help_rows / sizeof *help_rows;
}

/* Writes s escaped for roff: backslashes doubled, a leading dot or quote guarded. */
static void roff_text(FILE *f, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", f);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", f);
		else if (*s == '-')
			fputs("\\-", f);
		else
			fputc(*s, f);
	}
}

void ui_print_keys_man(FILE *f)
{
	fputs(".SH KEYS\n"
	      "Every key below is bound to a named action; the config file's\n"
	      ".B keys:\n"
	      "mapping rebinds an action by its name.\n"
	      "The same table produces the help shown by\n.BR ? .\n",
	      f);
	for (size_t i = 0; i < sizeof help_rows / sizeof *help_rows; i++) {
		const struct help_row *r = &help_rows[i];
		if (r->group) {
			fputs(".SS ", f);
			roff_text(f, r->group);
			fputc('\n', f);
			continue;
		}
		fputs(".TP\n.B ", f);
		roff_text(f, actions[r->action].keys);
		fputs("\n", f);
		roff_text(f, r->help);
		fputs(" (", f);
		roff_text(f, actions[r->action].name);
		fputs(")\n", f);
	}
}
