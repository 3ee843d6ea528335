/* html_repeat: comments found by their shape (sibling blocks with a name, a time and text). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/html_repeat.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"

/* Text nodes read in one block at most: a block holding more is a page
 * region, not a comment, and the cap keeps the search linear. */
#define SCAN_MAX 4000
/* Distinct kinds of children compared under one element. */
#define KINDS_MAX 16
/* Bytes of a block's shape (struct scan). */
#define PATH_MAX_LEN 160
#define PLACEHOLDER_MAX 64 /* bytes of a placeholder's notice at most */

/* What one block shows: the first time, the name nearest before it, the
 * longest other text. */
struct scan {
	const struct tt_repeat *skip; /* blocks whose text is not this one's */
	tt_hnode *block;
	const tt_hnode *time; /* the text node */
	size_t time_off;
	tt_hnode *name;
	const tt_hnode *name_text; /* the text taken for the name */
	const tt_hnode *longest;
	size_t longest_len, texts;
	char shape[PATH_MAX_LEN]; /* the tags down to the name, and to the time */
	const tt_hnode *avoid;    /* the time's box: its other texts are no words */
	int quick;                /* stop at a name, a time and a text outside links */
	int plain;                /* a text outside links seen, neither name nor time */
	int by_heading;           /* the name is a heading's (heading_name): any other yields */
	const tt_hnode *same_name; /* a name-like text every block shows: a name if no other */
	const char *alts[4];       /* the block's first pictures' alt texts (pictured_name) */
	int alts_read;
};

static int is_elem(const tt_hnode *n)
{
	return n && n->type == TT_HNODE_ELEMENT;
}

static tt_hnode *first_elem(const tt_hnode *n)
{
	tt_hnode *c = n->children;
	while (c && !is_elem(c))
		c = c->next;
	return c;
}

static tt_hnode *next_elem(const tt_hnode *n)
{
	tt_hnode *c = n ? n->next : NULL;
	while (c && !is_elem(c))
		c = c->next;
	return c;
}

static tt_hnode *last_elem(const tt_hnode *n)
{
	tt_hnode *c = n->last;
	while (c && !is_elem(c))
		c = c->prev;
	return c;
}

static int same_tag(const tt_hnode *a, const tt_hnode *b)
{
	return (!a && !b) || (a && b && !strcmp(a->name, b->name));
}

/* Two boxes of one tag and one class (none: no class). */
static int alike_box(const tt_hnode *a, const tt_hnode *b)
{
	const char *ca = tt_html_attr(a, "class"), *cb = tt_html_attr(b, "class");
	return same_tag(a, b) && (ca && cb ? !strcmp(ca, cb) : !ca && !cb);
}

/* The last child of n that is n's own: a box at its end whose first child
 * has n's tag (<li> ... <ol><li>, <div> ... <div><div>) holds answers to
 * n, and shows only on the blocks that have some, so it is no part of the
 * block's shape (a comment with answers and one without are one kind). */
static tt_hnode *own_last_elem(const tt_hnode *n)
{
	tt_hnode *l = last_elem(n);
	/* answers set straight in the block after its own boxes, blocks of
	 * its tag (<twk-reaction><div>...</div><twk-reaction>, <article>
	 * ... <article>): no part of its shape either; not so for a <div>,
	 * whose own boxes are <div>s too */
	/* (64 boxes at most, both walks together: the shape of a box that
	 * holds thousands of blocks, asked once for each kind of box beside
	 * it, made the records' reading grow as the square of the page, 16,000
	 * records 8.6 s; `make bench`, "records found by their repeats") */
	unsigned steps = 0;
	while (l && l != first_elem(n) && same_tag(l, n) && !tt_html_is(n, "div") && steps++ < 64)
		for (l = l->prev; l && !is_elem(l); l = l->prev)
			;
	tt_hnode *in = l ? first_elem(l) : NULL;
	if (!in || l == first_elem(n) || !same_tag(in, n))
		return l;
	/* (every such box at its end is none of its shape: a list of buttons
	 * before the list of answers, "<li> ... <ul><li>Reply</li></ul>
	 * <ul><li>answer</li></ul>", shows on every block, the answers' on some;
	 * a box per answer, "<div> <article/> <div class=x><div>1</div></div>
	 * <div class=x><div>2</div></div>", a theme writing each answer's list
	 * apart. For a <div>, whose own boxes are <div>s too, only boxes of the
	 * last one's tag and class.) */
	const tt_hnode *box = l;
	do
		for (l = l->prev; l && !is_elem(l); l = l->prev)
			;
	while (l && l != first_elem(n) && same_tag(first_elem(l), n) &&
	       (!tt_html_is(n, "div") || alike_box(l, box)) && steps++ < 64);
	return l;
}

/* One tag, the same first and last child tags: generated class names
 * ("css-7styu7") change with every build, the markup's shape does not. */
static int same_kind(const tt_hnode *a, const tt_hnode *b)
{
	return same_tag(a, b) && first_elem(a) && same_tag(first_elem(a), first_elem(b)) &&
	       same_tag(own_last_elem(a), own_last_elem(b));
}

/* Subtrees whose text is never a comment's (a pop-up's either: a copy of
 * the answered comment, Onet's, shown on hovering over its writer's name;
 * a form's, unless it shows no field: old Reddit's comment words sit in a
 * form to edit them in place). */
static int opaque(const tt_hnode *n)
{
	static const char *const tags[] = {"script", "style",  "head",    "template",
	                                   "noscript", "svg",  "button", "textarea", "select"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	if (tt_html_is(n, "form"))
		return tt_html_form_to_fill(n);
	return tt_html_popup(n) || tt_html_visually_hidden(n);
}

static int contains(const tt_hnode *box, const tt_hnode *n)
{
	for (; n; n = n->parent)
		if (n == box)
			return 1;
	return 0;
}

static int cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t) * (tt_hnode *const *)a, y = (uintptr_t) * (tt_hnode *const *)b;
	return x < y ? -1 : x > y;
}

static int found_block(const struct tt_repeat *r, const tt_hnode *n)
{
	return r && r->sorted && bsearch(&n, r->sorted, r->n, sizeof *r->sorted, cmp_ptr);
}

char *tt_html_squeeze(const char *s)
{
	size_t n = strlen(s);
	char *out = tt_xmalloc(n + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		int nbsp = !strncmp(s + i, "\xC2\xA0", 2);
		if (!nbsp && !isspace((unsigned char)s[i]))
			*o++ = s[i];
		else if (o > out && o[-1] != ' ')
			*o++ = ' ';
		i += nbsp;
	}
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	if (!*out) {
		free(out);
		return NULL;
	}
	return out;
}

char *tt_html_repeat_text(const tt_hnode *t)
{
	return tt_html_squeeze(t->content ? t->content : "");
}

/* The offset of the time in text ("answered 6 years ago": at the 6), or
 * -1. Only short texts are asked, those without a digit only whole. */
/* The bytes of a little word of the label's language opening s, and the
 * space after it, where the rest still reads as a date ("le" of "Posté le
 * 16-03-2016", "on"): up to three lower-case letters; else 0. */
static size_t little_word(const char *s)
{
	size_t l = 0;
	char iso[32];
	while (l < 4 && s[l] >= 'a' && s[l] <= 'z')
		l++;
	return l && l <= 3 && s[l] == ' ' && tt_dates_parse(s + l + 1, iso) == 0 ? l + 1 : 0;
}

static long time_in(const char *s)
{
	size_t len = strlen(s), d = strcspn(s, "0123456789");
	if (len > 80)
		return -1;
	/* an age in words alone ("about a minute ago", "an hour ago") */
	if (d == len)
		return len <= 40 && strchr(s, ' ') && tt_dates_is_time(s, TT_DATES_SHORT) ? 0 : -1;
	/* (a label before a date that reads whole only without it: "Posté
	 * le 16-03-2016 à 14:33:35", forum.hardware.fr's, "发布于 2024-03-03":
	 * the fewest words cut, "Posted Thursday 6th June" keeps its day) */
	char iso[32];
	if (d && tt_dates_parse(s, iso) != 0 && tt_dates_is_time(s, TT_DATES_SHORT))
		for (size_t w = strcspn(s, " "); w < d; w += 1 + strcspn(s + w + 1, " "))
			if (tt_dates_parse(s + w + 1, iso) == 0)
				return (long)(w + 1 + little_word(s + w + 1));
	if (tt_dates_is_time(s, TT_DATES_SHORT))
		return 0;
	if (d && s[d - 1] == ' ' && tt_dates_is_time(s + d, TT_DATES_SHORT))
		return (long)d;
	/* a label of one word before a time whose first word is a month's
	 * ("Updated May 17", "Bearbeitet 12. März" is read above) */
	size_t w = strcspn(s, " ");
	return w < d && w <= 16 && s[w] == ' ' && tt_dates_is_time(s + w + 1, TT_DATES_SHORT)
	           ? (long)w + 1
	           : -1;
}

/* ---- the day a member joined, shown beside the post's time ------------- */

int tt_html_joined_class(const tt_hnode *n)
{
	static const char *const words[] = {"registered", "joined",   "reg-date",    "regdate",
	                                    "join-date",  "joindate", "member-since"};
	const char *c = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "class") : NULL;
	for (size_t i = 0; c && i < sizeof words / sizeof *words; i++)
		if (strcasestr(c, words[i]))
			return 1;
	return 0;
}

/* Whether the first len bytes of t end with a label saying the member
 * joined, a colon or a dash after it allowed, in the languages the dates
 * are read in ("10 posts | registered", "Joined:", "Dabei seit", "Inscrit
 * le", "Dołączył:", "Зарегистрирован:", "注册时间："). */
static int ends_joined_label(const char *t, size_t len)
{
	static const char *const words[] = {
	    "registered", "joined", "member since", "join date", "registriert", "dabei seit",
	    "mitglied seit", "inscrit", "inscrit le", "inscrito", "inscrito el", "registrado",
	    "iscritto", "iscritto il", "registrato", "lid sinds", "geregistreerd",
	    "do\xC5\x82\xC4\x85" "czy\xC5\x82", "zarejestrowany",
	    "\xD0\xB7\xD0\xB0\xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB8\xD1\x80"
	    "\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD", /* зарегистрирован */
	    "\xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F", /* регистрация */
	    "\xE6\xB3\xA8\xE5\x86\x8C", /* 注册 */
	    "\xE6\xB3\xA8\xE5\x86\x8C\xE6\x97\xB6\xE9\x97\xB4", /* 注册时间 */
	    "\xE5\x8A\xA0\xE5\x85\xA5\xE6\x97\xB6\xE9\x97\xB4", /* 加入时间 */
	    "anmeldungsdatum", "anmeldedatum", "registriert seit"};
	while (len && (isspace((unsigned char)t[len - 1]) || t[len - 1] == ':' || t[len - 1] == '-'))
		len--;
	if (len >= 3 && !memcmp(t + len - 3, "\xEF\xBC\x9A", 3)) /* a full-width colon */
		len -= 3;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		size_t l = strlen(words[i]);
		if (len >= l && !strncasecmp(t + len - l, words[i], l) &&
		    (len == l || !isalpha((unsigned char)t[len - l - 1])))
			return 1;
	}
	return 0;
}

/* The text of a small element (a label: a few nodes at most), else NULL. */
static int small_enter(tt_hnode *n, void *u)
{
	int *left = u;
	return --*left > 0 && n->type == TT_HNODE_ELEMENT;
}

static char *label_text(const tt_hnode *n)
{
	if (n->type == TT_HNODE_TEXT)
		return n->content ? tt_xstrdup(n->content) : NULL;
	if (n->type != TT_HNODE_ELEMENT)
		return NULL;
	int left = 8;
	tt_html_walk((tt_hnode *)n, small_enter, NULL, &left);
	return left > 0 ? tt_html_text(n) : NULL;
}

/* Whether what comes right before n (white space and a line break
 * skipped: "Anmeldungsdatum:<br>18. Oktober 2016") ends with the label. */
static int joined_before(const tt_hnode *n)
{
	const tt_hnode *p = n->prev;
	while (p && ((p->type == TT_HNODE_TEXT && p->content &&
	              !p->content[strspn(p->content, " \t\r\n")]) ||
	             tt_html_is(p, "br")))
		p = p->prev;
	char *t = p ? label_text(p) : NULL;
	int yes = t && strlen(t) <= 80 && ends_joined_label(t, strlen(t));
	free(t);
	return yes;
}

int tt_html_joined_date(const tt_hnode *n)
{
	if (n->type == TT_HNODE_TEXT && n->content) { /* "Registrado: 01/02/2015" */
		const char *c = n->content;
		size_t d = strcspn(c, "0123456789");
		if (c[d] && d <= 60 && ends_joined_label(c, d))
			return 1;
		if (joined_before(n))
			return 1;
		const tt_hnode *box = n->parent;
		for (const tt_hnode *k = box ? box->children : NULL; k; k = k->next)
			if (k != n && (k->type == TT_HNODE_ELEMENT ||
			               (k->type == TT_HNODE_TEXT && k->content &&
			                k->content[strspn(k->content, " \t\r\n")])))
				return 0; /* not alone in its box */
		n = box;
	}
	/* up through the boxes the date is alone in, a few at most */
	for (int up = 0; n && n->type == TT_HNODE_ELEMENT && up < 3; up++, n = n->parent) {
		if (tt_html_joined_class(n) || joined_before(n))
			return 1;
		if (!n->parent || tt_html_sole_child(n->parent) != n)
			break;
	}
	return 0;
}

static const tt_hnode *up_to(const tt_hnode *n, const tt_hnode *block, const char *tag)
{
	for (; n && n != block; n = n->parent)
		if (tt_html_is(n, tag))
			return n;
	return NULL;
}

static int in_heading(const tt_hnode *n, const tt_hnode *block)
{
	static const char *const h[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
	for (size_t i = 0; i < 6; i++)
		if (up_to(n, block, h[i]))
			return 1;
	return 0;
}

/* A block's number alone ("№ 8", "#8", "8."): its place in the list, shown
 * over or beside the name, never the name. */
static int numbered_only(const char *s)
{
	s += strspn(s, " #");
	if (!strncmp(s, "\xE2\x84\x96", 3)) /* № */
		s += 3 + strspn(s + 3, " ");
	size_t d = strspn(s, "0123456789");
	return d && d <= 6 && !s[d + (s[d] == '.') + strspn(s + d + (s[d] == '.'), " ")];
}

/* Whether the link a shows a web address in running text: loose words of
 * a sentence (six words or more) before it in its box, a few siblings back
 * ("... I tak dalej Link : <a>http://...</a>"). (Words after a link are
 * how a name opens its text, "<a>Anna</a> wrote that ..."; a link named
 * in words is a citation's, "im Sinne von <a>§ 13 TMG</a>", and the
 * reader of the block's other names weighs it.) */
static int in_sentence(const tt_hnode *a)
{
	const tt_hnode *n = a->prev;
	for (int i = 0; n && i < 4; i++, n = n->prev)
		if (n->type == TT_HNODE_TEXT && n->content &&
		    tt_textline_count_words(n->content, strlen(n->content)) >= 6)
			return 1;
	return 0;
}

/* A nickname of marks alone, no letter nor figure in it ("<b>&amp;</b>
 * (gość), 04.01.12", "<strong>?!</strong> 3 May"), all the text of a bold
 * box: a name in the place the template writes names in bold. */
static int bold_marks(const char *s, const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *b = up_to(t, block, "b");
	if (!b)
		b = up_to(t, block, "strong");
	size_t len = strlen(s);
	if (!b || !len || len > 8 || b->children != t || t->next)
		return 0;
	for (const char *p = s; *p; p++)
		if (!ispunct((unsigned char)*p))
			return 0;
	return 1;
}

/* A short text with a letter, of five words at most, in no heading and
 * no link within a sentence: a name (a title is in a heading, or
 * longer; a link among the words is the text's). */
static int bold_link_name(const tt_hnode *t, const tt_hnode *a, const tt_hnode *block);

static int name_like(const char *s, const tt_hnode *t, const tt_hnode *block)
{
	size_t len = strlen(s), spaces = 0, letter = 0;
	const tt_hnode *a = up_to(t, block, "a");
	if (bold_link_name(t, a, block))
		return 1;
	if (len > 64 || numbered_only(s) ||
	    (a && (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) || !strncmp(s, "www.", 4)) &&
	     in_sentence(a)))
		return 0;
	for (const char *p = s; *p; p++) {
		spaces += *p == ' ';
		letter |= isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
	}
	return (letter || bold_marks(s, t, block)) && spaces <= 4 && !in_heading(t, block);
}

/* The text of a link to a page of its own that is all a bold box holds,
 * in no heading ("<strong><a href=SITE>TITLE - SITE NAME</a></strong>",
 * a pingback's citing page in a comment's place): the template's name,
 * however long. */
static int bold_link_name(const tt_hnode *t, const tt_hnode *a, const tt_hnode *block)
{
	const tt_hnode *b = a && a->parent && a->parent != block ? a->parent : NULL;
	if (!b || !(tt_html_is(b, "b") || tt_html_is(b, "strong")) || first_elem(b) != a ||
	    last_elem(b) != a || a->children != t || t->next || in_heading(t, block))
		return 0;
	const char *href = tt_html_attr(a, "href");
	return href && *href && *href != '#' && strncmp(href, "javascript:", 11) != 0 &&
	       !strchr(href, '#') && strlen(t->content) <= 200;
}

/* A link that goes somewhere (not "#", not a script): a profile. */
static int real_link(const tt_hnode *a)
{
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	return href && *href && *href != '#' && strncmp(href, "javascript:", 11) != 0;
}

/* A link to a page of its own: a profile. One to a place in a page
 * ("...html#comment-862962", "comment from Juno the Loon": the comment
 * answered) points at another comment, not at the writer. */
static int profile_link(const tt_hnode *a)
{
	const char *href = real_link(a) ? tt_html_attr(a, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	return href && !(frag && frag[1]);
}

/* A link to a member's page ("/members/47826/fjb_2022_23_24.html"): what
 * it shows is a name, though it hold a year ("FJB 2022 23 24"). */
static int member_link(const tt_hnode *a)
{
	const char *href = real_link(a) ? tt_html_attr(a, "href") : NULL;
	/* (relative to the page's folder too: "members/NAME.124140/") */
	return href && (strstr(href, "/member") || strstr(href, "/user") || strstr(href, "/profile") ||
	                !strncmp(href, "member", 6) || !strncmp(href, "user", 4) ||
	                !strncmp(href, "profile", 7));
}

/* Whether t opens with word, ASCII letters and Cyrillic capitals folded
 * ("ЗАРЕГИСТРИРОВАТЬСЯ" as "зарегистрироваться"); word written in lower
 * case. */
static int opens_folded(const char *t, const char *word, size_t *len)
{
	size_t i = 0, j = 0;
	for (; word[j]; i++, j++) {
		unsigned char a = (unsigned char)t[i], b = (unsigned char)word[j];
		if (a == 0xD0 && b >= 0xD0 && b <= 0xD1) { /* a Cyrillic letter */
			unsigned char a2 = (unsigned char)t[i + 1], b2 = (unsigned char)word[j + 1];
			unsigned cap = 0x400u + (a2 & 0x3Fu), low = ((b & 0x1Fu) << 6 | (b2 & 0x3Fu));
			if (cap >= 0x410 && cap <= 0x42F)
				cap += 0x20; /* А-Я as а-я */
			if (cap != low)
				return 0;
			i++, j++;
		} else if (tolower(a) != tolower(b)) {
			return 0;
		}
	}
	*len = i;
	return 1;
}

/* The words of an account's action, signing up or in ("Register", "Sign
 * up", "Log in", "Anmelden", "Zaloguj", "ЗАРЕГИСТРИРОВАТЬСЯ", "登录"): a
 * link showing them sits where a guest's name would (KP's status pop-up
 * beside the name), and is never a name. */
static int account_words(const char *t)
{
	static const char *const words[] = {
	    "register", "sign up", "signup", "sign in", "log in", "login", "registrieren",
	    "anmelden", "s'inscrire", "inscription", "connexion", "se connecter",
	    "registrarse", "reg\xC3\xADstrate", "iniciar sesi\xC3\xB3n", "registrati", "accedi",
	    "zarejestruj", "zaloguj", "registrovat", "p\xC5\x99ihl\xC3\xA1sit", "registreren",
	    "inloggen", "aanmelden",
	    "\xD0\xB7\xD0\xB0\xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB8"
	    "\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F", /* зарегистрироваться */
	    "\xD1\x80\xD0\xB5\xD0\xB3\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8"
	    "\xD1\x8F", /* регистрация */
	    "\xD0\xB2\xD0\xBE\xD0\xB9\xD1\x82\xD0\xB8", /* войти */
	    "\xE6\xB3\xA8\xE5\x86\x8C", "\xE7\x99\xBB\xE5\xBD\x95"}; /* 注册, 登录 */
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		size_t l;
		if (opens_folded(t, words[i], &l) && (!t[l] || isspace((unsigned char)t[l])))
			return 1;
	}
	return 0;
}

/* The words of a button or an action link, first in what it shows
 * ("Flag as Offensive", "Report abuse", "Reply", "Antworten", "Zgłoś",
 * "Ответить", "回复"), in the languages the importer reads dates of; as
 * buttons write them, Cyrillic capitalised (no case is folded there). */
int tt_html_action_words(const char *text)
{
	static const char *const verbs[] = {
	    "flag",     "report",    "reply",    "like",     "share",   "offensive", "quote",
	    "edit",     "delete",    "permalink", "melden",  "antworten", "zitieren", "teilen",
	    "signaler", "r\xC3\xA9pondre", "citer", "partager", "responder", "denunciar",
	    "rispondi", "segnala",   "odpowiedz", "zg\xC5\x82o\xC5\x9B", "cytuj", "odpov\xC4\x9B" "d",
	    "nahl\xC3\xA1sit", "citovat", "beantwoorden", "rapporteren", "link", "reportar",
	    "compartir", "citar", "condividi",
	    "\xD0\x9E\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C", /* Ответить */
	    "\xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82"
	    "\xD1\x8C\xD1\x81\xD1\x8F", /* Пожаловаться */
	    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C", /* ответить */
	    "\xD0\xBF\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82"
	    "\xD1\x8C\xD1\x81\xD1\x8F", /* пожаловаться */
	    "\xD0\xA6\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C", /* Цитировать */
	    "\xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C", /* цитировать */
	    "\xE5\x9B\x9E\xE5\xA4\x8D", "\xE4\xB8\xBE\xE6\x8A\xA5", /* 回复, 举报 */
	    "\xE5\x88\x86\xE4\xBA\xAB", "\xE5\xBC\x95\xE7\x94\xA8"}; /* 分享, 引用 */
	const char *t = text + strspn(text, " \t\r\n");
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++) {
		size_t l = strlen(verbs[i]);
		if (!strncasecmp(t, verbs[i], l) && (!t[l] || isspace((unsigned char)t[l])))
			return 1;
	}
	return account_words(t);
}

/* A link that acts on the page rather than going to one: a script's
 * ("javascript:"), or one showing an action's words: what it shows is
 * never a name, though it be short and first in a block. */
static int action_link(const tt_hnode *a)
{
	if (!a)
		return 0;
	const char *href = tt_html_attr(a, "href");
	if (href && !strncmp(href, "javascript:", 11))
		return 1;
	char *all = tt_html_text(a);
	int yes = tt_html_action_words(all);
	free(all);
	return yes;
}

/* A role's badge spelt out ("Original poster" over Mumsnet's name, the
 * topic's writer answering): words no name is, whatever the case. */
static int role_words(const char *p)
{
	static const char *const roles[] = {"original poster", "thread starter", "topic starter",
	                                    "themenstarter"};
	size_t l = strlen(p);
	while (l && isspace((unsigned char)p[l - 1]))
		l--;
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (l == strlen(roles[i]) && !strncasecmp(p, roles[i], l))
			return 1;
	return 0;
}

/* A role badge written before the name in the name's row ("<span>TS</span>
 * <div>mcookie</div>", Kaskus' thread starter; "OP", "MOD"): two to four
 * capital letters, or a role's words (role_words), alone in the box taken
 * for the name, whose row (its parent) also holds the next short text t,
 * directly or in a box of its own. The first short text of a block is
 * taken for its name; where the badge shows on one block and not on the
 * next, their shapes differed and the run was lost. */
static int badge_before(const tt_hnode *name, const tt_hnode *t)
{
	const tt_hnode *b = name->children;
	if (!b || b != name->last || b->type != TT_HNODE_TEXT || !b->content)
		return 0;
	const char *p = b->content + strspn(b->content, " \t\r\n");
	size_t l = 0;
	while (isupper((unsigned char)p[l]))
		l++;
	if ((l < 2 || l > 4 || p[l + strspn(p + l, " \t\r\n")]) && !role_words(p))
		return 0;
	return t->parent && (t->parent->parent == name->parent || t->parent == name->parent);
}

static int avatar_link(const tt_hnode *n, const void *href)
{
	const char *h = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return h && !strcmp(h, href) && tt_html_find_tag((tt_hnode *)n, "img");
}

/* A name linked to the address the block's picture links (the member's
 * avatar and name, one profile): the writer's, kept over any later link
 * ("来自 Android客户端", "via Twitter for iPhone" in the time's row: where it
 * was written, not who wrote it). */
static int avatar_named(tt_hnode *block, const tt_hnode *name)
{
	const tt_hnode *a = up_to(name, block, "a");
	const char *href = real_link(a) ? tt_html_attr(a, "href") : NULL;
	return href && tt_html_find(block, avatar_link, href);
}

/* A short form read as a time only by its shape ("24h", "4 д"), in bold at
 * the block's head before any name: where the blocks of a run show their
 * name ("<b>24h</b> (gość), 03.01.12"), so a name, not the time. */
static int bold_short_name(const struct scan *s, const tt_hnode *t, const char *text)
{
	return !s->name && !strchr(text, ' ') && strlen(text) <= 8 &&
	       (up_to(t, s->block, "b") || up_to(t, s->block, "strong")) &&
	       !tt_dates_is_time(text, 0);
}

/* A short heading opening a block, before any other text: where each
 * block of a run opens so, its writer's name (HubSpot's "<h4>NAME</h4>"
 * over the time), unless a name follows before the time (a comment's
 * title over "by NAME on DATE", Drupal's). Two words at most, a title
 * being longer; a link inside the heading to a page of the site (a
 * relative one) is an article's title, as a list of related articles
 * writes it ("<h3><a href=/a1>Bridges</a></h3>" over a date), while a
 * writer's name links to the writer's own site, whole, or nowhere, or the
 * heading is the face of a link to the member's page ("<a
 * href=/!ku10739/><h4>NAME</h4></a>", taz). The run's blocks must still
 * each show a time after it and a text. */
static int heading_name(const struct scan *s, const char *text, const tt_hnode *t)
{
	size_t spaces = 0;
	for (const char *p = text; *p; p++)
		spaces += *p == ' ';
	const tt_hnode *a = up_to(t, s->block, "a");
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	return s->texts == 1 && !s->name && spaces <= 2 && strlen(text) <= 40 &&
	       !numbered_only(text) && in_heading(t, s->block) &&
	       (!a || !in_heading(a, s->block) ||
	        (href && (!strncmp(href, "http", 4) || !strncmp(href, "//", 2))));
}

/* A heading whose whole text is one link to a member's page ("<h4><a
 * href=/members/NAME.81656/>NAME</a></h4>", a forum post's writer over a
 * list of the member's details): the name, however relative the link (a
 * related article's title links to an article, no member), and a firm one:
 * the details after it (the joined date, "Beiträge", counts) are no name. */
static int member_heading(const char *text, const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *a = up_to(t, block, "a"), *h = a ? a->parent : NULL;
	if (!member_link(a) || strlen(text) > 64 || numbered_only(text) ||
	    tt_textline_count_words(text, strlen(text)) > 5)
		return 0;
	while (h && h != block && !in_heading(h, h->parent) && tt_html_sole_child(h) == a)
		a = h, h = h->parent; /* (a span around the link) */
	if (!h || h == block || tt_html_sole_child(h) != a || !in_heading(h, block))
		return 0;
	char *all = tt_html_text(h);
	int yes = all && !strcmp(all, text);
	free(all);
	return yes;
}

/* 1 when t is in a box of block that is not drawn ("style=display:
 * none": a form to write to the writer, "Enviar mensaje a NAME", that a
 * click opens): its words name no writer. (A hidden box's words may still
 * be a comment's own, shown by a script: only the name is asked here.) */
static int in_undrawn(const tt_hnode *t, const tt_hnode *block)
{
	for (const tt_hnode *n = t->parent; n && n != block; n = n->parent)
		if (tt_html_style_hidden(n))
			return 1;
	return 0;
}

/* A member's heading after the time where no name came before it (a
 * forum post's heading line showing the time and its number, the writer's
 * column under it: XenForo 1's): the name all the same. */
static int member_heading_after(const struct scan *s, const tt_hnode *t, const char *text)
{
	return s->time && !s->name && member_heading(text, t, s->block);
}

/* The child of block that holds n. */
static const tt_hnode *block_child(const tt_hnode *n, const tt_hnode *block)
{
	while (n->parent && n->parent != block)
		n = n->parent;
	return n;
}

/* A link to a member's page holding the whole of a name-like text, in a
 * column of the block apart from the time's, after the time where no name
 * came before it (vBulletin 4's post: the date and the post's number in
 * its head, the writer's column under it): the name. A teaser's "DATE by
 * <a>AUTHOR</a>" writes the name in the time's own line. */
static int member_after_time(const struct scan *s, const tt_hnode *t, const char *text)
{
	const tt_hnode *a = s->time && !s->name ? up_to(t, s->block, "a") : NULL;
	if (!a || !member_link(a) || action_link(a) || in_undrawn(t, s->block) ||
	    block_child(a, s->block) == block_child(s->time, s->block) ||
	    !name_like(text, t, s->block))
		return 0;
	char *all = tt_html_text(a);
	int yes = all && !strcmp(all, text);
	free(all);
	return yes;
}

/* An inline box a name is written in: no paragraph's. */
static int inline_box(const tt_hnode *n)
{
	static const char *const tags[] = {"span", "b", "strong", "cite", "small", "font", "em"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return 0;
}

/* A nickname of six to eight words, a phrase ("~Jak nie wiadomo o co
 * chodzi...", Onet's guests), the block's first text and all of its
 * inline box: a name, where name_like's five words stop. No sentence
 * inside it (no mark but an ellipsis at its end), no heading, no link, no
 * paragraph (a text of six words opening a block, "<p>I enjoy this more
 * than the original</p>", is the writer's). */
static int opening_name(const struct scan *s, const char *text, const tt_hnode *t)
{
	size_t len = strlen(text), spaces = 0;
	if (s->texts != 1 || s->name || len > 64 || !t->parent || t->parent->children != t ||
	    t->next || up_to(t, s->block, "a") || in_heading(t, s->block) ||
	    !inline_box(t->parent))
		return 0;
	if (len > 3 && !strcmp(text + len - 3, "..."))
		len -= 3;
	for (size_t i = 0; i < len; i++)
		if (strchr(".!?:;|", text[i]) || isdigit((unsigned char)text[i]))
			return 0;
		else
			spaces += text[i] == ' ';
	return spaces >= 5 && spaces <= 7;
}

static int repeated(const struct tt_repeat *r, const tt_hnode *n);

struct own_leaf {
	const struct tt_repeat *r;
	const tt_hnode *block;
	const char *text;
	int seen;
};

static int own_leaf_enter(tt_hnode *n, void *u)
{
	struct own_leaf *o = u;
	if (o->seen || !is_elem(n) || opaque(n) || (n != o->block && found_block(o->r, n)))
		return 0;
	if (first_elem(n))
		return 1;
	char *t = tt_html_text(n);
	o->seen = !strcmp(t, o->text);
	free(t);
	return 0;
}

/* The last text own_in_every_block was asked of a run, and its answer:
 * a label every block shows is asked once a block, and each asking walks
 * every block (a page of 2,000 blocks took seconds). */
struct tt_repeat_every {
	char *text;
	int yes;
	char *words; /* the same for template_words: a text node's words */
	int words_yes;
};

static int walk_every_block(const struct tt_repeat *r, const char *text)
{
	for (size_t i = 0; i < r->n; i++) {
		struct own_leaf o = {r, r->v[i].block, text, 0};
		tt_html_walk(r->v[i].block, own_leaf_enter, NULL, &o);
		if (!o.seen)
			return 0;
	}
	return 1;
}

/* Whether every block, answers too, shows text in a leaf of its own, not
 * only inside an answer it holds (the blog's owner answering every
 * comment names the owner in each block, a name all the same). */
static int own_in_every_block(const struct tt_repeat *r, const char *text)
{
	struct tt_repeat_every *e = r->every;
	if (!e)
		return walk_every_block(r, text);
	if (!e->text || strcmp(e->text, text) != 0) {
		free(e->text);
		e->text = tt_xstrdup(text);
		e->yes = walk_every_block(r, text);
	}
	return e->yes;
}

int tt_html_repeat_in_every_block(const struct tt_repeat *r, const char *text)
{
	return r->n && own_in_every_block(r, text);
}

/* Whether t, a name-like text, is one every block of the run shows (an
 * action row's "Add your comment", a label): furniture, not who wrote the
 * block, which a line that differs from block to block tells. Kept aside,
 * to be the name only where the block shows no other. */
static int same_in_every_block(struct scan *s, const tt_hnode *t)
{
	if (!s->skip || !s->skip->sorted || !t->parent || !repeated(s->skip, t->parent))
		return 0;
	char *text = tt_html_text(t->parent);
	int same = own_in_every_block(s->skip, text);
	free(text);
	if (!same)
		return 0;
	if (!s->same_name)
		s->same_name = t;
	return 1;
}

/* A line's words ending in a mention ("Replying to @Reuters"). */
static int mention_text(const char *t)
{
	size_t len = strlen(t);
	const char *last = t;
	for (const char *p = t; *p; p++)
		if (*p == ' ')
			last = p + 1;
	return len && len <= 80 && last != t && *last == '@' && last[1] &&
	       tt_textline_count_words(t, len) <= 8;
}

/* A text of such a line (below): its own words, never the comment's
 * however short the comment ("Replying to" is longer than "LOL"). */
static int in_mention_line(const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *box = t->parent;
	if (!box || box == block)
		return 0;
	char *s = tt_html_text(box);
	int yes = mention_text(s);
	free(s);
	return yes;
}

/* As own_leaf_enter, but a text node's words (tt_html_repeat_text) are
 * compared, wherever they stand in the block. */
static int words_seen_enter(tt_hnode *n, void *u)
{
	struct own_leaf *w = u;
	if (w->seen)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		char *t = tt_html_repeat_text(n);
		w->seen = t && !strcmp(t, w->text);
		free(t);
		return 0;
	}
	return is_elem(n) && !opaque(n) && (n == w->block || !found_block(w->r, n));
}

/* Whether t, about to be taken for the block's words, is a text every block
 * of the run shows the same ("Thanks. Twitter will use this to make your
 * timeline better.", a confirmation each post carries for later): the
 * template's, no one's words. Asked only of a text longer than the longest
 * yet; a block without it ends the asking, and the last answer is kept (a
 * text every block shows is asked once a block). */
static int template_words(struct scan *s, const char *text)
{
	const struct tt_repeat *r = s->skip;
	if (!r || !r->sorted || r->n < 5 || !r->every)
		return 0;
	struct tt_repeat_every *e = r->every;
	if (e->words && !strcmp(e->words, text))
		return e->words_yes;
	int yes = 1;
	for (size_t i = 0; i < r->n && yes; i++) {
		struct own_leaf w = {r, r->v[i].block, text, 0};
		tt_html_walk(r->v[i].block, words_seen_enter, NULL, &w);
		yes = w.seen;
	}
	free(e->words);
	e->words = tt_xstrdup(text), e->words_yes = yes;
	return yes;
}

static char *text_before(const tt_hnode *t, const tt_hnode *block);

/* An account's handle, one word set apart from the mention mark before it
 * ("@<b>steveTHEbacon_</b>" beside the name shown, "Replying to @<b>
 * Reuters</b>"): whom the block names or who wrote it, never its words,
 * however short these are ("LOL"). A handle opens with a letter ("2011 @
 * 13:04" is a time). */
static int handle_text(const tt_hnode *t, const char *text, const tt_hnode *block)
{
	if (!*text || strchr(text, ' ') || (!isalpha((unsigned char)text[0]) && text[0] != '_'))
		return 0;
	char *before = text_before(t, block);
	size_t l = before ? strlen(before) : 0;
	int yes = l && before[l - 1] == '@';
	free(before);
	return yes;
}

/* Whether t sits in a link to a script ("javascript:") within block: old
 * Reddit's "load more comments (2 replies)" under a short comment, longer
 * than its words. */
static int in_script_link(const tt_hnode *t, const tt_hnode *block)
{
	for (const tt_hnode *a = t->parent; a && a != block; a = a->parent)
		if (tt_html_is(a, "a")) {
			const char *href = tt_html_attr(a, "href");
			return href && !strncasecmp(href, "javascript:", 11);
		}
	return 0;
}

/* Text t (its squeezed text) as the block's words if the longest yet. */
static void words_candidate(struct scan *s, const tt_hnode *t, const char *text)
{
	/* (a heading's text is the block's title, not its words: it
	 * counts as the words only where nothing else is written) */
	size_t len = in_heading(t, s->block) ? 1 : strlen(text);
	/* (a label every block shows, its "Reply", is no block's words
	 * however short they are: "❤️") */
	if (len > s->longest_len && !template_words(s, text) && !in_mention_line(t, s->block) &&
	    !handle_text(t, text, s->block) && !(s->skip && t->parent && repeated(s->skip, t->parent)) &&
	    !in_script_link(t, s->block))
		s->longest = t, s->longest_len = len;
}

/* Text t as the block's words (words_candidate) unless it is name, the
 * name written twice (an avatar's caption and the header's link). */
static void words_text(struct scan *s, const tt_hnode *t, const char *name)
{
	char *text = tt_html_repeat_text(t);
	if (text && strcmp(text, name) != 0)
		s->plain = 1, words_candidate(s, t, text);
	free(text);
}

static int clock_alone(const char *s);

/* The sibling of n past white space, toward next or prev. */
static const tt_hnode *shown_sibling(const tt_hnode *n, int next)
{
	for (n = next ? n->next : n->prev; n; n = next ? n->next : n->prev)
		if (is_elem(n) ||
		    (n->type == TT_HNODE_TEXT && n->content && n->content[strspn(n->content, " \t\r\n")]))
			return n;
	return NULL;
}

/* Text t alone on the line under the time, in the time's own box ("DD.MM.
 * YYYY HH:MM<br>NAME<br>", a signature's column) where no name came
 * before the time: the name. Nothing but a <br> between them, and a <br>
 * or the box's end after it. */
static int name_under_time(const struct scan *s, const tt_hnode *t, const char *text)
{
	if (!s->time || s->name || t->parent != s->time->parent || !name_like(text, t, s->block) ||
	    time_in(text) >= 0 || clock_alone(text))
		return 0; /* ("August 29, 2011<br>6:45 am": the time's clock) */
	const tt_hnode *br = shown_sibling(t, 0), *after = shown_sibling(t, 1);
	return br && tt_html_is(br, "br") && shown_sibling(br, 0) == s->time &&
	       (!after || tt_html_is(after, "br"));
}

/* A link to a page of its own right in the time's box, after the time,
 * where no name came before it, the box a heading ("<h6>On December 23,
 * 2014, at 10:07 PM, <a href=PROFILE><strong>NAME</strong></a>
 * wrote:</h6>"): the name; a heading holding the time is the comment's
 * header line, not a title (a teaser's "DATE by <a>AUTHOR</a>" in a box
 * of its own is no comment's, and no address is a name). */
static int name_after_time(const struct scan *s, const tt_hnode *t, const char *text)
{
	const tt_hnode *a = s->time && !s->name ? up_to(t, s->block, "a") : NULL;
	if (!a || a->parent != s->time->parent || !in_heading(a, s->block) || !profile_link(a) ||
	    action_link(a) || time_in(text) >= 0 || !strncmp(text, "http", 4) ||
	    !strncmp(text, "www.", 4))
		return 0;
	size_t spaces = 0, letter = 0;
	for (const char *p = text; *p; p++) {
		spaces += *p == ' ';
		letter |= isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
	}
	return letter && spaces <= 4 && strlen(text) <= 64 && !numbered_only(text);
}

/* A bold text alone after the time, beside the time's own element in one
 * box ("<span>January 16, 2012 - 8:06am</span> <strong>NAME</strong>
 * <p>TEXT</p>"), where no name came before the time: the name. Never a
 * link's (a teaser's "DATE by <a>AUTHOR</a>" stays no comment). */
static int bold_after_time(const struct scan *s, const tt_hnode *t, const char *text)
{
	if (!s->time || s->name || up_to(t, s->block, "a") || time_in(text) >= 0 ||
	    !name_like(text, t, s->block))
		return 0;
	const tt_hnode *b = t->parent, *tb = s->time->parent;
	if (!b || !(tt_html_is(b, "b") || tt_html_is(b, "strong")) || tb == s->block)
		return 0;
	return b->parent == tb || b->parent == tb->parent;
}

/* The name after a label in the name's own text ("Комментарии нашего
 * читателя: NAME", "Reader comment: NAME"): one to four words, a letter
 * among them, then ": ", then a name-like rest. The rest, or NULL. The
 * label must be every block's (labelled_names). */
static const char *label_rest(const char *text)
{
	const char *colon = strstr(text, ": ");
	if (!colon || colon == text || tt_textline_count_words(text, (size_t)(colon - text)) > 4)
		return NULL;
	int letter = 0;
	for (const char *p = text; p < colon; p++)
		letter |= isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80;
	return letter && colon[2] ? colon + 2 : NULL;
}

static int has_letter(const char *s);

/* A short text ending in a colon whose box goes on with figures and marks
 * only ("Ocena: 0 [0]", "Rating: +3", "Stimmen: 12"): a field's label over
 * its value (a comment's score), no name; the name comes after it. */
static int score_label(const char *text, const tt_hnode *t, const tt_hnode *block)
{
	size_t n = strlen(text);
	if (!n || text[n - 1] != ':' || n > 32 || !t->parent || t->parent == block)
		return 0;
	char *all = tt_html_text(t->parent);
	const char *at = strstr(all, text), *rest = at ? at + n : NULL;
	int score = rest && strpbrk(rest, "0123456789") && !has_letter(rest);
	free(all);
	return score;
}

/* (the rest may run to eight words: a field the template appends, "NAME
 * из города CITY", is cut by labelled_names) */
static int labelled_name(const char *text, const tt_hnode *t, const tt_hnode *block)
{
	const char *rest = label_rest(text);
	return rest && !strstr(rest, ": ") && strlen(rest) <= 128 &&
	       tt_textline_count_words(rest, strlen(rest)) <= 8 && !in_heading(t, block) &&
	       !up_to(t, block, "a");
}

/* Where the two words before name's last word start ("Андрей из города
 * Барнаул": at "из"), when it has four words at least; else NULL. */
static const char *field_words(const char *name)
{
	const char *sp[3] = {NULL, NULL, NULL};
	for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' '))
		sp[0] = sp[1], sp[1] = sp[2], sp[2] = p;
	return sp[0] && sp[0] != name && tt_textline_count_words(name, strlen(name)) >= 4
	           ? sp[0] + 1
	           : NULL;
}

/* A name's field (field_words): its words up to its last, and its block. */
struct field {
	char *at;
	size_t len;
};

static int cmp_field(const void *a, const void *b)
{
	const struct field *x = a, *y = b;
	int c = memcmp(x->at, y->at, x->len < y->len ? x->len : y->len);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The same two words before the last ending the names of two blocks or
 * more, not of every block: a field the template writes after the name
 * when the writer gave it ("из города CITY", "from the town of"), no part
 * of the name; cut from those names. The fields sorted, each group of
 * equal ones weighed once. */
static void appended_fields(struct tt_repeat *r)
{
	struct field *f = tt_xmalloc((r->n ? r->n : 1) * sizeof *f);
	size_t n = 0;
	for (size_t i = 0; i < r->n; i++) {
		char *g = r->v[i].named ? (char *)field_words(r->v[i].named) : NULL;
		if (g)
			f[n++] = (struct field){g, (size_t)(strrchr(g, ' ') - g)};
	}
	qsort(f, n, sizeof *f, cmp_field);
	for (size_t i = 0, k; i < n; i = k) {
		for (k = i + 1; k < n && !cmp_field(&f[i], &f[k]);)
			k++;
		if (k - i < 2 || k - i == r->n)
			continue;
		for (size_t m = i; m < k; m++)
			f[m].at[-1] = '\0';
	}
	free(f);
}

static int alts_enter(tt_hnode *n, void *u)
{
	struct scan *s = u;
	const char *alt = tt_html_is(n, "img") ? tt_html_attr(n, "alt") : NULL;
	for (size_t i = 0; alt && *alt && i < 4; i++)
		if (!s->alts[i]) {
			s->alts[i] = alt;
			break;
		}
	return !s->alts[3];
}

/* A text too long for a name (a name with the writer's titles, "NAME,
 * Thinking Partner, Alignment Builder, Certified Executive Coach") that
 * the block's picture of its writer says in its alt text: the name. The
 * block's first four pictures are read once per scan. */
static int pictured_name(struct scan *s, const char *text)
{
	size_t len = strlen(text);
	if (len <= 40 || len > 160 || strchr(text, '\n'))
		return 0;
	if (!s->alts_read) {
		s->alts_read = 1;
		tt_html_walk(s->block, alts_enter, NULL, s);
	}
	for (size_t i = 0; i < 4 && s->alts[i]; i++) {
		char *a = tt_html_squeeze(s->alts[i]);
		int same = a && !strcmp(a, text);
		free(a);
		if (same)
			return 1;
	}
	return 0;
}

/* The link around a name's box t when the link's other words are the
 * account's server, "@" and a domain ("<a><span>db0</span><small>
 * @lemmy.dbzer0.com</small></a>", a federated account on Lemmy): the
 * name is the link's words, the server no words of the comment. Else
 * t's box. */
static tt_hnode *name_with_server(const tt_hnode *t, const tt_hnode *block)
{
	tt_hnode *box = t->parent;
	const tt_hnode *a = up_to(box, block, "a");
	if (!a || a == box || !t->content)
		return box;
	char *all = tt_html_text(a), *own = tt_html_text(t);
	const char *at = strchr(all, '@');
	size_t ol = strlen(own);
	int yes = ol && at && !strncmp(all, own, ol) && all + ol == at && strchr(at, '.') &&
	          !strpbrk(at, " \t\r\n") && strlen(at) <= 80;
	free(all);
	free(own);
	return yes ? (tt_hnode *)a : box;
}

/* An age without its "ago" as the whole text of t ("6 years" in a box of
 * its own, as a video site shows a comment's age): after other words it is
 * a count ("member for 6 years"), and in a table's cell a column of
 * durations (a cookie table's "1 year"), neither a time. */
static int bare_age_box(const tt_hnode *t, const char *text)
{
	if (!isdigit((unsigned char)text[0]) || strlen(text) > 24 ||
	    !tt_dates_is_time(text, TT_DATES_AGE_WORD))
		return 0;
	for (const tt_hnode *p = t->parent; p; p = p->parent)
		if (tt_html_is(p, "td") || tt_html_is(p, "th"))
			return 0;
	return 1;
}

/* Whether text s is a field's label saying "name" ("Name", "名前", "Nom :"). */
static int name_label(const char *s)
{
	static const char *const labels[] = {"name",
	                                     "nom",
	                                     "nombre",
	                                     "nome",
	                                     "naam",
	                                     "nick",
	                                     "\xE5\x90\x8D\xE5\x89\x8D" /* 名前 */,
	                                     "\xD0\x98\xD0\xBC\xD1\x8F" /* Имя */};
	s += strspn(s, " \t\r\n");
	size_t l = strlen(s);
	while (l && strchr(" \t\r\n:", s[l - 1]))
		l--;
	if (l > 3 && !memcmp(s + l - 3, "\xEF\xBC\x9A", 3)) /* "：" */
		l -= 3;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (l == strlen(labels[i]) && !strncasecmp(s, labels[i], l))
			return 1;
	return 0;
}

/* Whether text t is what a label "Name" right before its box names (Futaba's
 * "Name <font><b>NAME</b></font>", after the post's subject in bold): the
 * name, whatever short text came first, and though every post shows it
 * (a board's default name, "としあき"). */
static int name_labelled(const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *n = t;
	while (n->parent && n->parent != block && !n->prev && !n->next)
		n = n->parent; /* (the boxes t alone fills) */
	const tt_hnode *p = n->prev;
	return p && p->type == TT_HNODE_TEXT && p->content && name_label(p->content);
}

static void scan_text(struct scan *s, tt_hnode *t)
{
	char *text = tt_html_repeat_text(t);
	if (!text)
		return;
	s->texts++;
	long off = s->time || member_link(up_to(t, s->block, "a")) ? -1 : time_in(text);
	if (off < 0 && !s->time && !member_link(up_to(t, s->block, "a")) && bare_age_box(t, text))
		off = 0;
	if (off >= 0 && tt_html_joined_date(t))
		off = -1; /* the day the writer joined: no time of the post */
	if (off == 0 && bold_short_name(s, t, text))
		off = -1;
	/* "Linktipps Juni 2018 * Café", three words or more before its first
	 * figure in a bold link: a citing page's title, its date the title's */
	if (off >= 0 && bold_link_name(t, up_to(t, s->block, "a"), s->block) &&
	    tt_textline_count_words(text, strcspn(text, "0123456789")) >= 3)
		off = -1;
	int named = off < 0 && !s->time && !score_label(text, t, s->block) &&
	            !in_undrawn(t, s->block) &&
	            (name_like(text, t, s->block) || heading_name(s, text, t) ||
	             member_heading(text, t, s->block) || opening_name(s, text, t) ||
	             labelled_name(text, t, s->block) || pictured_name(s, text)) &&
	            !action_link(up_to(t, s->block, "a")) &&
	            (name_labelled(t, s->block) || !same_in_every_block(s, t));
	if (off >= 0) {
		s->time = t, s->time_off = (size_t)off;
	} else if (named && (!s->name || s->by_heading ||
	                     ((profile_link(up_to(t, s->block, "a")) || badge_before(s->name, t) ||
	                       name_labelled(t, s->block)) &&
	                      !avatar_named(s->block, s->name)))) {
		/* the profile link nearest the time, else the first short text */
		const tt_hnode *was = s->name_text;
		s->by_heading = !s->name && !name_like(text, t, s->block) &&
		                !opening_name(s, text, t) && !member_heading(text, t, s->block);
		s->name = name_with_server(t, s->block), s->name_text = t;
		/* (a short text outside links taken for the name before the
		 * profile link came is the block's words, written before its
		 * name: "Epic", then the name and the age) */
		if (was && !s->by_heading && !up_to(was, s->block, "a") && !contains(s->name, was))
			words_text(s, was, text);
	} else if ((name_under_time(s, t, text) || name_after_time(s, t, text) ||
	            bold_after_time(s, t, text) || member_heading_after(s, t, text) ||
	            member_after_time(s, t, text)) &&
	           !same_in_every_block(s, t)) {
		s->name = t->parent, s->name_text = t;
	} else if (!(s->name && contains(s->name, t)) && !(s->avoid && contains(s->avoid, t))) {
		if (s->quick && !s->plain)
			s->plain = !up_to(t, s->block, "a");
		words_candidate(s, t, text);
	}
	free(text);
}

static int scan_enter(tt_hnode *n, void *u)
{
	struct scan *s = u;
	if (s->texts >= SCAN_MAX)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		scan_text(s, n);
		return 0;
	}
	/* Enough to know a nested block is one: a chain of replies is then
	 * read once, not once per block around it. */
	if (s->quick && s->time && s->name && s->plain)
		return 0;
	return is_elem(n) && !opaque(n) && !found_block(s->skip, n);
}

/* The tags from the block down to n, appended to out ("div/span|"). */
static void add_path(char *out, const tt_hnode *block, const tt_hnode *n)
{
	const char *tags[32];
	size_t k = 0, len = strlen(out);
	for (; n && n != block && k < 32; n = n->parent)
		if (is_elem(n))
			tags[k++] = n->name;
	while (k-- && len + strlen(tags[k]) + 2 < PATH_MAX_LEN)
		len += (size_t)sprintf(out + len, "%s/", tags[k]);
	if (len + 2 < PATH_MAX_LEN)
		strcpy(out + len, "|");
}

/* A box beside the time's of its very tag and class ("来自河南省" in a
 * second div.item__header--time after "2024-05-10 16:08"): another field
 * of the header, not the words, however short these are ("未"). */
static int twin_box(const tt_hnode *time_box, const tt_hnode *b)
{
	const char *c = tt_html_attr(time_box, "class");
	return b != time_box && b->parent == time_box->parent && same_tag(b, time_box) && c &&
	       *c && tt_html_attr(b, "class") && !strcmp(c, tt_html_attr(b, "class"));
}

/* Whether text s is one word a template writes before a name ("by",
 * "von", "par", "przez", "от"): letters alone, short, not capitalised
 * (a name's first word is). */
static int lead_word(const char *s)
{
	s += strspn(s, " \t\r\n");
	size_t l = strcspn(s, " \t\r\n");
	if (!l || l > 16 || s[l + strspn(s + l, " \t\r\n")] || isupper((unsigned char)*s))
		return 0;
	for (size_t i = 0; i < l; i++)
		if ((unsigned char)s[i] < 0x80 && !isalpha((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Whether text s holds no letter nor digit (" » ", " | ", ":"). */
static int marks_only(const char *s)
{
	for (; *s; s++)
		if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0xC3)
			return 0; /* (0xC2 leads "»" and the no-break space) */
	return 1;
}

static int first_text_enter(tt_hnode *n, void *u)
{
	const tt_hnode **t = u;
	if (*t)
		return 0;
	if (n->type == TT_HNODE_TEXT && n->content && !marks_only(n->content))
		*t = n;
	return is_elem(n);
}

/* "by <b>NAME</b>", "von <a>NAME</a> »": a name's box opening with a word
 * the template writes before one element holding the name, marks at most
 * after it: the element is the name, the word no part of it (a name in a
 * box of its own is read so by its markup's class word "author" or
 * "username" only). */
static void name_after_lead(struct scan *s)
{
	tt_hnode *box = s->name, *lead = box ? box->children : NULL;
	if (!lead || lead->type != TT_HNODE_TEXT || !lead->content || !lead_word(lead->content) ||
	    (s->time && contains(box, s->time)))
		return;
	tt_hnode *e = next_elem(lead);
	if (!e || e != lead->next)
		return;
	for (tt_hnode *n = e->next; n; n = n->next)
		if (is_elem(n) || (n->content && !marks_only(n->content)))
			return;
	const tt_hnode *t = NULL;
	tt_html_walk(e, first_text_enter, NULL, &t);
	if (t)
		s->name = e, s->name_text = t;
}

static int comes_after(const tt_hnode *a, const tt_hnode *b);

/* Whether box, the time's box, holds a blockquote after the time (Futaba's
 * cell: "Name NAME TIME No.N" loose, a picture's file, then the words in
 * a blockquote): the words stand apart from the header's fields there. */
static int quoted_apart(const tt_hnode *box, const tt_hnode *time)
{
	for (const tt_hnode *n = box->children; n; n = n->next)
		if (tt_html_is(n, "blockquote") && comes_after(time, n))
			return 1;
	return 0;
}

/* Reads block into s; 1 when it holds a name, a time and text outside a
 * link. Blocks of one template share a shape: the path to the name and
 * the path to the time (an advertisement among comments has its own). */
static int scan_block(struct scan *s, const struct tt_repeat *skip, int quick, tt_hnode *block)
{
	memset(s, 0, sizeof *s);
	s->skip = skip, s->block = block, s->quick = quick;
	tt_html_walk(block, scan_enter, NULL, s);
	/* "浙江网友 · 5月19日": a place beside the time is longer than "故意的" */
	const tt_hnode *box = s->time ? s->time->parent : NULL;
	if (!quick && s->longest && box && box != block && twin_box(box, s->longest->parent))
		box = box->parent;
	if (!quick && s->longest && box != block && contains(box, s->longest) &&
	    !quoted_apart(box, s->time)) {
		memset(s, 0, sizeof *s);
		s->skip = skip, s->block = block, s->avoid = box;
		tt_html_walk(block, scan_enter, NULL, s);
	}
	if (!s->name && s->same_name)
		s->name = s->same_name->parent, s->name_text = s->same_name;
	name_after_lead(s);
	int yes = s->time && s->name && s->longest && s->texts < SCAN_MAX &&
	          (quick ? s->plain : !up_to(s->longest, block, "a"));
	if (yes) {
		/* (a member's name is linked, a guest's not, or in a span of
		 * its own where the member's is a link, "<span
		 * class=username>" beside "<a class=username href=...>": one
		 * template; the box around the link and the span is the shape;
		 * so is a name in bold in a link to mail its writer in bold,
		 * "<font><b><a href=mailto:sage><b>NAME</b></a></b></font>",
		 * Futaba's, beside "<font><b><b>NAME</b></b></font>") */
		const tt_hnode *nb = s->name;
		while (nb->parent && nb->parent != block && (tt_html_is(nb, "a") || inline_box(nb)))
			nb = nb->parent;
		add_path(s->shape, block, nb);
		add_path(s->shape, block, s->time);
	}
	return yes;
}

/* ---- the run: siblings of one kind, most of them comments ---------------- */

struct best {
	tt_hnode *kind;
	size_t count;
	char shape[PATH_MAX_LEN];
};

/* The blocks of kind among parent's children that hold a comment, of the
 * shape most of them share (into shape), when most of the blocks are such
 * and their texts differ (a list repeating one text is none). */
static size_t run_count(tt_hnode *kind, char shape[PATH_MAX_LEN])
{
	size_t members = 0, good = 0, best = 0;
	char(*shapes)[PATH_MAX_LEN] = NULL;
	const char **texts = NULL;
	struct scan s;
	for (tt_hnode *c = kind; c; c = c->next) {
		if (!is_elem(c) || !same_kind(kind, c))
			continue;
		members++;
		if (!scan_block(&s, NULL, 0, c)) {
			if (members >= 4 && !good)
				break; /* a navigation list, a grid: no need to read on */
			continue;
		}
		shapes = tt_xrealloc(shapes, (good + 1) * sizeof *shapes);
		texts = tt_xrealloc(texts, (good + 1) * sizeof *texts);
		memcpy(shapes[good], s.shape, PATH_MAX_LEN);
		texts[good++] = s.longest->content;
	}
	/* the shape of one of the first three blocks that most blocks share */
	for (size_t i = 0; i < good && i < 3; i++) {
		size_t same = 0, distinct = 0;
		for (size_t j = 0; j < good; j++)
			if (!strcmp(shapes[i], shapes[j])) {
				same++;
				distinct |= strcmp(texts[i], texts[j]) != 0;
			}
		if (same > best && distinct)
			best = same, memcpy(shape, shapes[i], PATH_MAX_LEN);
	}
	free(shapes);
	free(texts);
	return best >= 2 && 2 * best >= members ? best : 0;
}

/* Whether child c is a block of a kind not among kinds[0..*nk) yet (then
 * added, while there is room): each kind of a box's children is weighed
 * once, from its first block. */
static int new_kind(const tt_hnode *c, const tt_hnode **kinds, size_t *nk)
{
	if (!is_elem(c) || !first_elem(c))
		return 0;
	size_t k = 0;
	while (k < *nk && !same_kind(kinds[k], c))
		k++;
	if (k < *nk || *nk == KINDS_MAX)
		return 0;
	kinds[(*nk)++] = c;
	return 1;
}

/* The box closing block n that holds its answers (<li> ... <ol><li>), or
 * NULL (own_last_elem tells them apart). */
static tt_hnode *answer_box(const tt_hnode *n)
{
	tt_hnode *l = last_elem(n);
	return l && l != own_last_elem(n) ? l : NULL;
}

/* The answers of block n at every depth (up to 32 boxes down) that are
 * blocks of kind and of shape; *differ set when a time is not first's (the
 * longest text of a block is its answer's when that is longer). */
static size_t answers_of_shape(const tt_hnode *n, const tt_hnode *kind, const char *shape,
                               const char *first, int *differ, int depth)
{
	size_t count = 0;
	tt_hnode *box = depth < 32 ? answer_box(n) : NULL;
	struct scan s;
	for (tt_hnode *c = box ? box->children : NULL; c; c = c->next) {
		if (!is_elem(c) || !same_kind(kind, c) || !scan_block(&s, NULL, 0, c) ||
		    strcmp(s.shape, shape) != 0)
			continue;
		*differ |= strcmp(s.time->content, first) != 0;
		count += 1 + answers_of_shape(c, kind, shape, first, differ, depth + 1);
	}
	return count;
}

/* A thread of one: a block with no sibling of its kind whose answers, in
 * the box closing it, are blocks of its kind and shape (a comment and the
 * answer to it, the only thread of a page). The block and its answers
 * count as a run, nesting giving their order, as siblings' would. */
static size_t thread_count(tt_hnode *c, char shape[PATH_MAX_LEN])
{
	const tt_hnode *up = c->parent ? c->parent->parent : NULL;
	if (up && is_elem(up) && answer_box(up) == c->parent && same_kind(up, c))
		return 0; /* an answer's thread is its parent's run's */
	tt_hnode *box = answer_box(c);
	int has = 0, differ = 0;
	for (tt_hnode *k = box ? box->children : NULL; k && !has; k = k->next)
		has = is_elem(k) && same_kind(c, k);
	struct scan s;
	if (!has || !scan_block(&s, NULL, 0, c))
		return 0;
	size_t count = 1 + answers_of_shape(c, c, s.shape, s.time->content, &differ, 0);
	if (count < 2 || !differ)
		return 0;
	memcpy(shape, s.shape, PATH_MAX_LEN);
	return count;
}

static int best_enter(tt_hnode *n, void *u)
{
	struct best *b = u;
	/* (a form is sought in: a page may be written whole inside one,
	 * ASP.NET's; a form to fill holds no run of named, timed texts, and
	 * a block's own forms are still no part of what it shows) */
	if (!is_elem(n) || (opaque(n) && !tt_html_is(n, "form")))
		return 0;
	const tt_hnode *kinds[KINDS_MAX];
	size_t nk = 0;
	for (tt_hnode *c = n->children; c; c = c->next) {
		if (!new_kind(c, kinds, &nk))
			continue;
		size_t more = 0;
		for (tt_hnode *d = c->next; d && !more; d = d->next)
			more = is_elem(d) && same_kind(c, d);
		char shape[PATH_MAX_LEN];
		size_t count = more ? run_count(c, shape) : thread_count(c, shape);
		if (count > b->count)
			b->kind = c, b->count = count, memcpy(b->shape, shape, PATH_MAX_LEN);
	}
	return 1;
}

/* ---- the blocks: the run's, and their replies nested inside them -------- */

struct nest {
	const tt_hnode *kind;
	const char *shape;
	struct tt_repeat *out;
	size_t cap;
	tt_hnode *stack[256]; /* blocks open around the walk */
	const tt_hnode *times[256];
	size_t depth;
	/* the shape of the comment's own box inside a run's block that wraps
	 * it, or "": an answer nested as that box is */
	char inner_shape[PATH_MAX_LEN];
};

static void push_block(struct nest *w, tt_hnode *n)
{
	if (w->out->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 32;
		w->out->v = tt_xrealloc(w->out->v, w->cap * sizeof *w->out->v);
	}
	w->out->v[w->out->n++] = (struct tt_repeat_block){.block = n};
}

/* The first text below n with more than white space, or NULL. */
static const tt_hnode *first_text(const tt_hnode *n)
{
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && c->content) {
			char *t = tt_html_repeat_text(c);
			int some = t != NULL;
			free(t);
			if (some)
				return c;
		}
		const tt_hnode *in = is_elem(c) && !opaque(c) ? first_text(c) : NULL;
		if (in)
			return in;
	}
	return NULL;
}

/* An item of a list inside a block, after the block's own time, that
 * opens with a name linked to a profile, then shows a time and a text of
 * its own: a small post answering the block (Baidu Tieba's 楼中楼, "NAME:
 * TEXT" then the time, in a list closing the floor), whatever its kind;
 * an item opening with other words holds the block's own text. Returns
 * its time. */
static const tt_hnode *list_answer(const struct nest *w, tt_hnode *n)
{
	struct scan s;
	if (!w->depth || !tt_html_is(n, "li") || !n->parent ||
	    !(tt_html_is(n->parent, "ul") || tt_html_is(n->parent, "ol")) ||
	    same_kind(w->kind, n) || !comes_after(w->times[w->depth - 1], n) ||
	    !scan_block(&s, NULL, 0, n) || contains(s.name, s.time) ||
	    !real_link(up_to(s.name, n, "a")) || !contains(s.name, first_text(n)))
		return NULL;
	return s.time;
}

/* A block of the run's kind with the time where the run's blocks show it
 * but no words, a short notice at most, taken for a name or not ("Comment
 * removed by moderator"), no linked name: a comment kept as its place in
 * the thread, its answers under it. Its time is returned. */
static const tt_hnode *placeholder(const struct nest *w, tt_hnode *n)
{
	struct scan s;
	const char *run_time = strchr(w->shape, '|');
	scan_block(&s, NULL, 0, n);
	if (!run_time || !s.time || (s.longest && strlen(s.longest->content) > PLACEHOLDER_MAX))
		return NULL;
	/* (a linked name is a writer's: a post whose words were not read, a
	 * topic's "last post by NAME", never a placeholder) */
	if (s.name && (up_to(s.name, n, "a") || tt_html_find_tag((tt_hnode *)s.name, "a")))
		return NULL;
	char path[PATH_MAX_LEN] = "";
	add_path(path, n, s.time);
	return !strcmp(path, run_time + 1) ? s.time : NULL;
}

/* A block of the kind that holds a name, a time and text and is not the
 * inner box of the block around it (which would hold that block's time). */
static int nest_enter(tt_hnode *n, void *u)
{
	struct nest *w = u;
	if (!is_elem(n) || opaque(n))
		return 0;
	const tt_hnode *answer = w->depth < 256 ? list_answer(w, n) : NULL;
	if (answer) {
		push_block(w, n);
		w->stack[w->depth] = n, w->times[w->depth++] = answer;
		return 1;
	}
	struct scan s;
	if (!same_kind(w->kind, n) || (w->depth && contains(n, w->times[w->depth - 1])) ||
	    w->depth == 256)
		return 1;
	if (!scan_block(&s, NULL, 1, n) ||
	    (strcmp(s.shape, w->shape) != 0 &&
	     !(w->depth && *w->inner_shape && !strcmp(s.shape, w->inner_shape)))) {
		const tt_hnode *kept = placeholder(w, n);
		if (kept) {
			push_block(w, n);
			w->out->v[w->out->n - 1].placeholder = 1;
			w->stack[w->depth] = n, w->times[w->depth++] = kept;
		}
		return 1;
	}
	push_block(w, n);
	w->stack[w->depth] = n, w->times[w->depth++] = s.time;
	return 1;
}

static void nest_leave(tt_hnode *n, void *u)
{
	struct nest *w = u;
	if (w->depth && w->stack[w->depth - 1] == n)
		w->depth--;
}

/* Loose text of marks alone between the name and the text ("NAME:&nbsp;
 * TEXT", "NAME - TEXT"): the name's separator, no word of the text; the
 * first sibling from first on (up to box) that is not one. */
static tt_hnode *past_separator(tt_hnode *first, tt_hnode *box)
{
	for (; first != box && first->type == TT_HNODE_TEXT; first = first->next)
		for (const char *c = first->content ? first->content : ""; *c; c++) {
			if (!strncmp(c, "\xC2\xA0", 2) || !strncmp(c, "\xC2\xB7", 2)) /* nbsp, · */
				c += 1;
			else if (!strncmp(c, "\xEF\xBC\x9A", 3) || !strncmp(c, "\xE2\x80", 2))
				c += 2; /* ：, and dashes, bullets and spaces (U+2000 to U+203F) */
			else if (isalnum((unsigned char)*c) || (unsigned char)*c >= 0x80)
				return first;
		}
	return first;
}

/* Words in a line of the header between the name and the text, ending
 * with a colon ("do ~jan:", Onet's; "to Anna:", "an Anna:", "回复 小王："):
 * whom the comment answers, no word of its text. Inline boxes and loose
 * text only (a paragraph before the text is the text's own), four words
 * at most. */
static int addressee_line(tt_hnode *first, tt_hnode *box)
{
	static const char *const inline_tags[] = {"span", "a", "b", "strong", "em", "i", "small"};
	tt_buf line = {0};
	for (tt_hnode *n = first; n && n != box; n = n->next) {
		int ok = n->type == TT_HNODE_TEXT || n->type == TT_HNODE_COMMENT || opaque(n);
		for (size_t i = 0; !ok && i < sizeof inline_tags / sizeof *inline_tags; i++)
			ok = tt_html_is(n, inline_tags[i]);
		char *t = !ok || opaque(n) || n->type == TT_HNODE_COMMENT ? NULL
		          : n->type == TT_HNODE_TEXT                   ? tt_html_repeat_text(n)
		                                                       : tt_html_text(n);
		if (t)
			tt_buf_printf(&line, "%s ", t);
		free(t);
		if (!ok || line.len > 60) {
			tt_buf_free(&line);
			return 0;
		}
	}
	size_t len = line.len;
	while (len && line.data[len - 1] == ' ')
		len--;
	int yes = len && tt_textline_count_words(line.data, len) <= 4 &&
	          (line.data[len - 1] == ':' || (len >= 3 && !memcmp(line.data + len - 3, "\xEF\xBC\x9A", 3)));
	tt_buf_free(&line);
	return yes;
}

/* A box of its own before the text's naming whom the comment answers,
 * a few words and mentions ending in one ("Replying to @Reuters", "En
 * réponse à @anna @ben", "回复 @小王"): no word of its text. */
static int mention_line(const tt_hnode *first, const tt_hnode *box)
{
	if (first == box || next_elem(first) != box || !is_elem(first))
		return 0;
	char *t = tt_html_text(first);
	int yes = mention_text(t);
	free(t);
	return yes;
}



/* A box before a comment's text holding a short label and an empty box
 * the page's script fills ("<div>View original reply</div><div></div>",
 * a quoted answer's; "Show translation" over an empty one), or nothing
 * shown at all: no word of the text. */
static int scripted_label(const tt_hnode *n)
{
	if (!is_elem(n)) {
		char *t = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
		int blank = t && !t[0];
		free(t);
		return blank;
	}
	char *t = tt_html_text(n);
	size_t len = strlen(t);
	int words = tt_textline_count_words(t, len) <= 4 && len <= 40, empty = !len, hole = 0;
	free(t);
	for (const tt_hnode *c = first_elem(n); c && !hole; c = next_elem(c))
		hole = !c->children && !tt_html_is(c, "img") && !tt_html_is(c, "br");
	return empty || (words && hole && !tt_html_find_tag((tt_hnode *)n, "a"));
}

/* The address of the link that is or holds name n, or that n sits in;
 * NULL when none, or one to an anchor of the page. */
static const char *name_address(const tt_hnode *n)
{
	const tt_hnode *a = n;
	while (a && !(is_elem(a) && tt_html_is(a, "a")))
		a = a->parent;
	if (!a && is_elem(n))
		a = tt_html_find_tag((tt_hnode *)n, "a");
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	return href && *href && *href != '#' ? href : NULL;
}

static int links_to(const tt_hnode *n, const void *href)
{
	const char *h = is_elem(n) && tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	return h && !strcmp(h, href);
}

static int time_elem(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return is_elem(n) && tt_html_is(n, "time");
}

/* Whether box p, before the text, holds a link to the writer's address
 * (the name's) or a <time>: a pane of the writer's (Invision's aside, the
 * name, the rank, the count of posts linking the profile) or the post's
 * dated line ("Posted <time>"), beside a second name and time in a pane
 * for small screens, which the block's name and time were read from: no
 * words of the text. */
static int writer_pane(const tt_hnode *p, const char *href)
{
	return is_elem(p) && ((href && tt_html_find((tt_hnode *)p, links_to, href)) ||
	                      tt_html_find((tt_hnode *)p, time_elem, NULL));
}

/* The child of box holding n, or NULL. */
static tt_hnode *child_holding(tt_hnode *box, const tt_hnode *n)
{
	while (n && n->parent != box)
		n = n->parent;
	return (tt_hnode *)n;
}

/* A text's box holding a dated line before the text ("Posted <time>"
 * over the words, Invision's, the block's name and time read from a pane
 * for small screens): the text starts past it, at the box's child
 * holding the longest text, its last child the text's last. */
static tt_hnode *past_dated_line(tt_hnode *box, const tt_hnode *longest, tt_hnode **last)
{
	for (int depth = 0; depth < 8 && is_elem(box); depth++) {
		const tt_hnode *t = tt_html_find(box, time_elem, NULL);
		tt_hnode *c = t ? child_holding(box, longest) : NULL;
		if (!c)
			return box;
		if (contains(c, t)) {
			box = c;
			continue;
		}
		const tt_hnode *tc = child_holding(box, t);
		int before = 0;
		for (const tt_hnode *p = c->prev; p && !before; p = p->prev)
			before = p == tc;
		if (!before)
			return box;
		tt_hnode *l = box->last;
		while (l && l != c && !is_elem(l))
			l = l->prev;
		*last = l ? l : c;
		return c;
	}
	return box;
}

/* The siblings around the box of the longest text that hold neither the
 * name nor the time: the comment's text. */
static void body_of(struct tt_repeat_block *b, const struct scan *s, const struct tt_repeat *r)
{
	if (!s->longest)
		return;
	tt_hnode *box = s->longest->parent;
	if (box == b->block) {
		b->body = b->body_last = (tt_hnode *)s->longest;
		return;
	}
	/* a text loose in the box of the name or the time: the siblings
	 * around the text itself */
	int loose = contains(box, s->name) || contains(box, s->time);
	if (loose)
		box = (tt_hnode *)s->longest;
	while (box->parent != b->block && !contains(box->parent, s->name) &&
	       !contains(box->parent, s->time))
		box = box->parent;
	tt_hnode *first = box, *last = box;
	const char *href = name_address(s->name);
	for (tt_hnode *p = box->prev; p; p = p->prev) {
		if (contains(p, s->name) || contains(p, s->time) || found_block(r, p) ||
		    writer_pane(p, href))
			break;
		first = p;
	}
	for (tt_hnode *p = box->next; p; p = p->next) {
		if (contains(p, s->name) || contains(p, s->time) || found_block(r, p))
			break;
		last = p;
	}
	first = past_separator(first, box);
	if (first != box && (addressee_line(first, box) || mention_line(first, box)))
		first = box;
	while (loose && first != box && scripted_label(first))
		first = first->next;
	int alone = first == box && box != s->longest; /* (text nodes after it aside) */
	for (const tt_hnode *p = box->next; alone && p && p != last->next; p = p->next)
		alone = !is_elem(p);
	if (alone)
		first = past_dated_line(box, s->longest, &last);
	b->body = first, b->body_last = last;
}

/* A clock alone ("4:14 pm", "16:14", "10:30 Uhr"): a time and no date. */
static int clock_alone(const char *s)
{
	char iso[32];
	return strlen(s) <= 12 && isdigit((unsigned char)*s) && strchr(s, ':') &&
	       tt_dates_is_time(s, 0) && tt_dates_parse(s, iso) != 0;
}

/* A date without its clock ("August 06, 2019", "— 17.07, 2011 @"): one
 * the readers take whole, or a time of a month's name or numbers joined
 * (no age) with no clock in it. */
static int date_alone(const char *s)
{
	char iso[32];
	if (tt_dates_parse(s, iso) == 0)
		return !strchr(iso, 'T');
	return !strchr(s, ':') && tt_dates_plausible(s, strlen(s)) && tt_dates_is_time(s, 0);
}

/* The text right before t within block (white space passed over), or
 * NULL: the first of a few leaves back. */
static char *text_before(const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *n = t;
	for (int leaves = 0; leaves < 8; leaves++) {
		while (n != block && !n->prev)
			n = n->parent;
		if (n == block)
			return NULL;
		for (n = n->prev; is_elem(n) && n->last && !opaque(n);)
			n = n->last;
		char *text = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
		if (text)
			return text;
	}
	return NULL;
}

/* The time a block shows, when its date and its clock stand in two boxes
 * side by side ("<small>August 06, 2019</small><small>4:14 pm</small>", in
 * either order): the two joined, as a reader reads them; else time as it
 * is. The next text after the time's, within the block, is the other half
 * only when one is a date alone and the other a clock alone; a clock taken
 * as the time with no date after it takes the date right before it ("<span>
 * 03/12/15</span> <span>03:28 PM</span>": a date of two-digit year is no
 * time alone among words, so the clock was the block's first). */
static char *time_with_clock(char *time, const tt_hnode *t, const tt_hnode *block)
{
	if (clock_alone(time)) {
		char *before = text_before(t, block);
		char *both = before && date_alone(before) ? tt_xasprintf("%s %s", before, time) : NULL;
		free(before);
		if (both) {
			free(time);
			return both;
		}
	}
	const tt_hnode *n = t;
	char *next = NULL;
	while (!next) {
		while (n != block && !n->next)
			n = n->parent;
		if (n == block)
			return time;
		for (n = n->next; is_elem(n) && n->children && !opaque(n);)
			n = n->children;
		if (n->type == TT_HNODE_TEXT) /* (white space only: NULL, read on) */
			next = tt_html_repeat_text(n);
	}
	char *both = NULL;
	if ((date_alone(time) && clock_alone(next)) || (clock_alone(time) && date_alone(next)))
		both = tt_xasprintf("%s %s", time, next);
	free(next);
	if (!both)
		return time;
	free(time);
	return both;
}

/* The name of a block: the box of the name's text, or that text alone
 * when the box holds the time too ("NAME <span><time>DATE</time></span>"
 * in one box): the box's text would be the name and the time run
 * together. */
static tt_hnode *name_of(const struct scan *s)
{
	if (s->name && s->time && s->name_text && s->name_text->parent == s->name &&
	    contains(s->name, s->time) && s->name_text != s->time)
		return (tt_hnode *)s->name_text;
	return s->name;
}

/* The words of the time's box up to the time and the time's text
 * ("geschrieben von NAME am DATE", "Soumis par NAME , le DATE"): the
 * texts of the box before the time's node, then that node's; NULL when
 * the box is the block, or the line is no header's (over 200 bytes). */
struct line_walk {
	const tt_hnode *time;
	tt_buf b;
	int done;
};

static int line_enter(tt_hnode *n, void *u)
{
	struct line_walk *w = u;
	if (w->done || n == w->time)
		return w->done = 1, 0;
	if (n->type == TT_HNODE_TEXT && n->content)
		tt_buf_printf(&w->b, " %s", n->content);
	return is_elem(n) && !opaque(n) && w->b.len <= 400;
}

static char *time_line(const struct scan *s)
{
	const tt_hnode *box = s->time->parent;
	if (!box || box == s->block)
		return NULL;
	struct line_walk w = {s->time, {0}, 0};
	tt_buf_add(&w.b, NULL, 0);
	tt_html_walk((tt_hnode *)box, line_enter, NULL, &w);
	if (s->time->content)
		tt_buf_printf(&w.b, " %s", s->time->content);
	char *line = w.b.len <= 400 ? tt_html_squeeze(w.b.data) : NULL;
	tt_buf_free(&w.b);
	if (line && strlen(line) > 200)
		free(line), line = NULL;
	return line;
}

static void fill_block(struct tt_repeat_block *b, const struct tt_repeat *r)
{
	struct scan s;
	scan_block(&s, r, 0, b->block);
	if (b->placeholder) { /* its time alone: the notice is no one's words */
		char *t = s.time ? tt_html_repeat_text(s.time) : NULL;
		b->time = t ? tt_xstrdup(t + s.time_off) : NULL;
		free(t);
		return;
	}
	b->name = name_of(&s);
	if (s.time) {
		char *t = tt_html_repeat_text(s.time);
		b->time = time_with_clock(tt_xstrdup(t + s.time_off), s.time, b->block);
		free(t);
		/* (the post's number after it, "No.13042346", no part of it) */
		b->time[tt_textline_without_post_number(b->time, strlen(b->time))] = '\0';
		/* (a name that is a link, or in the time's box, is the line's own) */
		if (r && s.name && !up_to(s.name, b->block, "a") && !tt_html_find_tag(s.name, "a") &&
		    !contains(s.time->parent, s.name) && !contains(s.name, s.time))
			b->line = time_line(&s);
		if (b->line)
			b->line_box = s.time->parent;
	}
	body_of(b, &s, r);
}

/* ---- a name in the words of the time's line ------------------------------ */

#define LINE_WORDS 24

/* The words of a line, split at spaces, LINE_WORDS at most; 0 past it. */
static size_t line_words(char *line, char *w[LINE_WORDS])
{
	size_t n = 0;
	for (char *p = strtok(line, " "); p; p = strtok(NULL, " ")) {
		if (n == LINE_WORDS)
			return 0;
		w[n++] = p;
	}
	return n;
}

/* Whether s holds a letter (any non-ASCII byte counts as one). */
static int has_letter(const char *s)
{
	for (; *s; s++)
		if (isalpha((unsigned char)*s) || (unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* The name between the template's words of one line: words pre.. n - post,
 * the marks at its ends trimmed; NULL when it is no name (no letter, a
 * number or a time among its words, over five words or 64 bytes). Caller
 * frees. */
static char *line_name(char *const w[], size_t n, size_t pre, size_t post)
{
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (size_t i = pre; i + post < n; i++)
		tt_buf_printf(&b, "%s%s", i > pre ? " " : "", w[i]);
	char *t = b.data;
	size_t len = strlen(t);
	while (len && strchr(",;:|-", t[len - 1]))
		t[--len] = '\0';
	while (*t && strchr(",;:|-", *t))
		t++;
	/* (no part of a date: "11 septembre 2018", "30 janvier") */
	int number = 0;
	for (size_t i = pre; i + post < n; i++)
		number |= w[i][strspn(w[i], "0123456789.,")] == '\0';
	char *out = *t && has_letter(t) && !number && time_in(t) < 0 && strlen(t) <= 64 &&
	                    tt_textline_count_words(t, strlen(t)) <= 5
	                ? tt_xstrdup(t)
	                : NULL;
	tt_buf_free(&b);
	return out;
}

/* Where the separator word sep stands in line w (n words), one to five
 * words past the template's first pre words, with a time after it: its
 * index, else 0. */
static size_t line_sep(char *const w[], size_t n, size_t pre, const char *sep)
{
	for (size_t j = pre + 1; j < n && j <= pre + 5; j++)
		if (!strcmp(w[j], sep) && j + 1 < n) {
			tt_buf b = {0};
			tt_buf_add(&b, NULL, 0);
			for (size_t k = j + 1; k < n; k++)
				tt_buf_printf(&b, "%s%s", k > j + 1 ? " " : "", w[k]);
			int t = time_in(b.data) >= 0;
			tt_buf_free(&b);
			if (t)
				return j;
		}
	return 0;
}

/* Where every block's time stands in a line whose first words the run
 * repeats, then a part that differs, then a word the run repeats again
 * before the time ("geschrieben von berg2012 am 21. Jan. 2015", "Soumis
 * par NAME , le lundi 29 octobre 2012"), and the name taken was no link
 * nor in that line (a title, a heading): the part between is the
 * writer's name, and the time what follows the second word. The first
 * words must hold a letter (a label), and the names must differ between
 * two blocks at least (a weekday is no name). Lines are freed. */
static void names_in_lines(struct tt_repeat *r)
{
	size_t lines = 0, pre = (size_t)-1, n0 = 0;
	char *first[LINE_WORDS], *w[LINE_WORDS], *copy0 = NULL;
	for (size_t i = 0; i < r->n; i++) {
		char *c = r->v[i].line ? tt_xstrdup(r->v[i].line) : NULL;
		size_t n = c ? line_words(c, w) : 0, p = 0;
		if (n && !copy0) {
			copy0 = c, c = NULL, n0 = n, pre = n;
			memcpy(first, w, n * sizeof *w);
		}
		while (n && p < n && p < n0 && !strcmp(w[p], first[p]))
			p++;
		pre = n && p < pre ? p : pre;
		lines += n > 0;
		free(c);
	}
	int label = 0;
	for (size_t i = 0; copy0 && i < pre && i < n0; i++)
		label |= has_letter(first[i]);
	size_t sep = 0;
	int good = label && lines >= 3 && 4 * lines >= 3 * r->n && pre < n0;
	/* the separator: the first word of the first line, past its name, that
	 * every line shows before its time */
	for (size_t j = pre + 1; good && !sep && j < n0 && j <= pre + 5; j++) {
		int all = 1;
		for (size_t i = 0; all && i < r->n; i++) {
			if (!r->v[i].line)
				continue;
			char *c = tt_xstrdup(r->v[i].line);
			size_t n = line_words(c, w);
			all = n && line_sep(w, n, pre, first[j]) > 0;
			free(c);
		}
		sep = all ? j : 0;
	}
	size_t named = 0;
	int differ = 0;
	const char *ref = NULL;
	char **when = sep ? tt_xcalloc(r->n, sizeof *when) : NULL;
	for (size_t i = 0; sep && i < r->n; i++) {
		if (!r->v[i].line)
			continue;
		char *c = tt_xstrdup(r->v[i].line);
		size_t n = line_words(c, w), j = line_sep(w, n, pre, first[sep]);
		r->v[i].named = line_name(w, j, pre, 0);
		tt_buf b = {0};
		tt_buf_add(&b, NULL, 0);
		for (size_t k = j + 1; k < n; k++)
			tt_buf_printf(&b, "%s%s", k > j + 1 ? " " : "", w[k]);
		long at = time_in(b.data);
		when[i] = tt_xstrdup(b.data + (at > 0 ? at : 0));
		tt_buf_free(&b);
		if (r->v[i].named) {
			named++;
			differ |= ref && strcmp(ref, r->v[i].named) != 0;
			ref = ref ? ref : r->v[i].named;
		}
		free(c);
	}
	free(copy0);
	int keep = sep && named == lines && differ;
	for (size_t i = 0; i < r->n; i++) {
		if (!keep) {
			free(r->v[i].named), r->v[i].named = NULL;
		} else if (r->v[i].named) {
			r->v[i].name = r->v[i].line_box;
			free(r->v[i].time), r->v[i].time = when[i], when[i] = NULL;
		}
		if (when)
			free(when[i]);
		free(r->v[i].line), r->v[i].line = NULL;
		r->v[i].line_box = NULL;
	}
	free(when);
}

/* ---- the buttons every block repeats ("Reply", "Kutip", "回复") ---------- */

#define SAME_MAX 32

struct leaves {
	struct tt_repeat *r;
	unsigned char *seen; /* per text of r->same: in this block */
	int collect;         /* the first block: every short leaf text is a candidate */
};

static int leaves_enter(tt_hnode *n, void *u)
{
	struct leaves *l = u;
	if (!is_elem(n) || opaque(n))
		return 0;
	if (first_elem(n))
		return 1;
	char *t = tt_html_text(n);
	size_t i = 0, len = strlen(t);
	while (i < l->r->nsame && strcmp(l->r->same[i], t) != 0)
		i++;
	if (i < l->r->nsame)
		l->seen[i] = 1;
	else if (l->collect && len && len <= 40 && l->r->nsame < SAME_MAX)
		l->r->same[l->r->nsame++] = t, t = NULL;
	free(t);
	return 0;
}

/* The short texts of leaf elements that every block of the run shows:
 * buttons and labels, not words of a comment. */
static void same_texts(struct tt_repeat *r, const tt_hnode *kind)
{
	size_t blocks = 0;
	unsigned char *all = tt_xcalloc(SAME_MAX, 1), *seen = tt_xcalloc(SAME_MAX, 1);
	r->same = tt_xcalloc(SAME_MAX, sizeof *r->same);
	for (size_t i = 0; i < r->n; i++) {
		tt_hnode *b = r->v[i].block;
		if (b->parent != kind->parent)
			continue; /* a reply */
		struct leaves l = {r, seen, !blocks};
		memset(seen, 0, SAME_MAX);
		tt_html_walk(b, leaves_enter, NULL, &l);
		for (size_t k = 0; k < r->nsame; k++)
			all[k] = (blocks ? all[k] : 1) & (l.collect || seen[k]);
		blocks++;
	}
	size_t k = 0;
	for (size_t i = 0; i < r->nsame; i++)
		if (all[i] && blocks >= 2)
			r->same[k++] = r->same[i];
		else
			free(r->same[i]);
	r->nsame = k;
	free(all);
	free(seen);
}

/* ---- pairs: a header box (name, time) and then the box of its text ------ */

/* A header of a pair: a name and a time, and no text of its own that
 * would make it a whole comment (the run's blocks are those). */
static int pair_head(struct scan *s, tt_hnode *n)
{
	return !scan_block(s, NULL, 0, n) && s->time && s->name && s->texts <= 8;
}

/* The pairs from head on: a box of one kind then a box of another kind
 * (<dt> then <dd>, a header <div> then the text's <div>), alternating; the
 * count of those whose header shows a name and a time, when most do (0
 * else), with out (when not NULL) given each one's comment. *pairs: the
 * pairs of the run, read or not. */
static size_t pair_run(tt_hnode *head, struct tt_repeat *out, size_t *pairs)
{
	size_t good = 0;
	struct scan s;
	tt_hnode *kind_b = next_elem(head);
	*pairs = 0;
	for (tt_hnode *a = head, *b; a && same_kind(a, head); a = next_elem(b)) {
		b = next_elem(a);
		if (!b || same_kind(b, head) || !same_kind(b, kind_b))
			break;
		++*pairs;
		if (!pair_head(&s, a))
			continue;
		good++;
		if (!out)
			continue;
		out->v = tt_xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct tt_repeat_block *r = &out->v[out->n++];
		*r = (struct tt_repeat_block){.block = a, .name = name_of(&s), .body = b, .body_last = b};
		char *t = tt_html_repeat_text(s.time);
		r->time = time_with_clock(tt_xstrdup(t + s.time_off), s.time, a);
		free(t);
	}
	return 2 * good >= *pairs ? good : 0;
}

struct pairs {
	tt_hnode *head;
	size_t count;
};

/* The longest run of pairs among n's children; the shape alone first
 * (two pairs of alternating kinds), the boxes read only then. */
static int pairs_enter(tt_hnode *n, void *u)
{
	struct pairs *p = u;
	if (!is_elem(n) || opaque(n))
		return 0;
	for (tt_hnode *a = first_elem(n); a;) {
		tt_hnode *b = next_elem(a), *c = next_elem(b), *d = next_elem(c);
		if (!d || !first_elem(a) || same_kind(a, b) || !same_kind(a, c) || !same_kind(b, d)) {
			a = b;
			continue;
		}
		size_t pairs, count = pair_run(a, NULL, &pairs);
		if (count > p->count)
			p->head = a, p->count = count;
		/* (a run's later pairs open no longer one) */
		for (size_t k = 2 * pairs; k-- && a;)
			a = next_elem(a);
	}
	return 1;
}

/* Comments as pairs of sibling boxes, a header (name and time) and then
 * the text (<dt>/<dd>, or two <div>s side by side): each pair a comment,
 * read when the run of pairs is longer than the run of whole blocks. The
 * header is the comment's block, the box after it its text. */
static size_t pair_comments(tt_hnode *top, size_t blocks, struct tt_repeat *out)
{
	struct pairs p = {0};
	tt_html_walk(top, pairs_enter, NULL, &p);
	if (p.count < 2 || p.count <= blocks)
		return 0;
	size_t pairs;
	pair_run(p.head, out, &pairs);
	same_texts(out, p.head);
	out->sorted = tt_xmalloc(out->n * sizeof *out->sorted);
	for (size_t i = 0; i < out->n; i++)
		out->sorted[i] = out->v[i].block;
	qsort(out->sorted, out->n, sizeof *out->sorted, cmp_ptr);
	return out->n;
}

/* A box among the run's blocks holding only blocks of their kind (the
 * answers drawn in a box after the block they answer, the importer's
 * ihx_parent_of tells which): its blocks are the run's too. */
static int box_of_kind(const tt_hnode *box, const tt_hnode *kind)
{
	int some = 0;
	for (const tt_hnode *k = box->children; k; k = k->next)
		if (is_elem(k) && !(some = same_kind(k, kind)))
			return 0;
	return some;
}

/* The comment's own box in a run's block that wraps it: the smallest box
 * holding the name, the time and the text of the first block of the run's
 * shape, when that is not the block itself (a block of no class around
 * the comment's box and the box of its answers, "<div><div><div
 * role=group>NAME TIME TEXT</div><div>ANSWERS</div></div></div>"), when
 * it is of the block's kind (its tag, its first and last children's): its
 * shape, read from the box, into w->inner_shape. An answer nested inside
 * the block is such a box, not a wrapper (nest_enter). (A box of another
 * kind is not taken: on a page of no class names it is as often a part of
 * the comment, its header or its menu, as an answer.) */
static void inner_box(struct nest *w, tt_hnode *first)
{
	struct scan s;
	for (tt_hnode *c = first; c; c = c->next) {
		if (!is_elem(c) || !same_kind(w->kind, c) || !scan_block(&s, NULL, 1, c) ||
		    strcmp(s.shape, w->shape) != 0)
			continue;
		tt_hnode *box = s.longest->parent;
		while (box && box != c && !(contains(box, s.name) && contains(box, s.time)))
			box = box->parent;
		if (box && box != c && same_kind(w->kind, box) && scan_block(&s, NULL, 1, box))
			memcpy(w->inner_shape, s.shape, PATH_MAX_LEN);
		return;
	}
}

/* The blocks of the run's kind and shape from first on, and those nested
 * in them, into the run. */
static void nest_box(struct nest *w, tt_hnode *first)
{
	for (tt_hnode *c = first; c; c = c->next)
		if (is_elem(c) && (same_kind(w->kind, c) || box_of_kind(c, w->kind))) {
			nest_enter(c, w);
			tt_html_walk(c, nest_enter, nest_leave, w);
			w->depth = 0;
		}
}

/* A run's list split in two by the page ("top comments" over "all
 * comments", each list under a heading in a box of its own): a sibling of
 * the box around the run's list, of its tag, holding a list of the list's
 * tag, holds blocks of the run's kind and shape too (nest_enter checks
 * each); they count in the page's order. */
static void cousin_boxes(struct nest *w, tt_hnode *around, const tt_hnode *list)
{
	for (tt_hnode *c = around->children; c; c = c->next)
		if (is_elem(c) && same_tag(c, list) && first_elem(c))
			nest_box(w, first_elem(c));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The longest text of each of blocks v[from..to), sorted. */
static const char **block_texts(const struct tt_repeat_block *v, size_t from, size_t to)
{
	const char **t = tt_xmalloc((to - from + 1) * sizeof *t);
	struct scan s;
	for (size_t i = from; i < to; i++)
		t[i - from] = scan_block(&s, NULL, 0, v[i].block) ? s.longest->content : "";
	qsort(t, to - from, sizeof *t, cmp_str);
	return t;
}

/* The blocks the cousin boxes of the run's list give (cousin_boxes): a
 * block repeating the text of one of the run's own is a copy (the best
 * comments shown again over all of them) and gives none; the blocks of
 * the boxes before the run's go before its blocks, in the page's order. */
static void split_run(struct nest *w, tt_hnode *up, const tt_hnode *list)
{
	struct tt_repeat *out = w->out;
	size_t run = out->n, before = run;
	const char **texts = block_texts(out->v, 0, run);
	struct scan s;
	for (tt_hnode *u = up->parent->children; u; u = u->next) {
		if (u == up)
			before = out->n;
		if (u == up || !is_elem(u) || !same_tag(u, up))
			continue;
		size_t from = out->n, kept = from;
		cousin_boxes(w, u, list);
		for (size_t i = from; i < out->n; i++) {
			const char *t = scan_block(&s, NULL, 0, out->v[i].block) ? s.longest->content : "";
			if (!bsearch(&t, texts, run, sizeof *texts, cmp_str))
				out->v[kept++] = out->v[i];
		}
		out->n = kept;
	}
	free(texts);
	if (before == run) /* no block before the run's */
		return;
	size_t n = before - run;
	struct tt_repeat_block *tmp = tt_xmalloc(n * sizeof *tmp);
	memcpy(tmp, out->v + run, n * sizeof *tmp);
	memmove(out->v + n, out->v, run * sizeof *tmp);
	memcpy(out->v, tmp, n * sizeof *tmp);
	free(tmp);
}

/* A run of answers set inside a block of their own kind and shape (a
 * comment's answers in its body's box after its time, not in a box
 * closing it, where answer_box finds them): the run is the outermost such
 * block's and its siblings', from the first of them, the answers nested
 * in them (nest_box). The run of one comment's answers can outnumber the
 * comments; read alone it loses them all. One walk up the tree. */
static tt_hnode *outer_run(tt_hnode *kind, const char *shape)
{
	struct scan s;
	tt_hnode *outer = NULL;
	for (tt_hnode *a = kind->parent; a && is_elem(a); a = a->parent)
		if (same_kind(kind, a) && scan_block(&s, NULL, 0, a) && !strcmp(s.shape, shape))
			outer = a;
	tt_hnode *first = NULL;
	for (tt_hnode *c = outer && outer->parent ? outer->parent->children : NULL; c && !first;
	     c = c->next)
		if (is_elem(c) && same_kind(c, outer))
			first = c;
	/* a run of its own, of the answers' shape: a box of the page around
	 * the comments (the article's, by the article's own name and date)
	 * has no sibling of its kind and shape */
	char outer_shape[PATH_MAX_LEN];
	if (!first || !run_count(first, outer_shape) || strcmp(outer_shape, shape) != 0)
		return kind;
	return first;
}

/* The text of block v's name when it opens with a label (label_rest), or
 * NULL. Caller frees. */
static char *labelled_text(const struct tt_repeat_block *v)
{
	char *t = v->name && !v->named ? (v->name->type == TT_HNODE_TEXT
	                                      ? tt_html_repeat_text(v->name)
	                                      : tt_html_text(v->name))
	                               : NULL;
	if (t && !label_rest(t))
		free(t), t = NULL;
	return t;
}

/* A label every block's name opens with, the same words ("Комментарии
 * нашего читателя: гость", "Комментарии нашего читателя: Андрей"): the
 * template's, no part of the name, which is the rest. Only when every
 * block of the run shows it, two at least. */
static void labelled_names(struct tt_repeat *r)
{
	char *first = r->n >= 2 ? labelled_text(&r->v[0]) : NULL;
	size_t label = first ? (size_t)(label_rest(first) - first) : 0;
	int all = first != NULL;
	for (size_t i = 1; all && i < r->n; i++) {
		char *t = labelled_text(&r->v[i]);
		all = t && (size_t)(label_rest(t) - t) == label && !memcmp(t, first, label);
		free(t);
	}
	for (size_t i = 0; all && i < r->n; i++) {
		char *t = labelled_text(&r->v[i]);
		r->v[i].named = tt_xstrdup(label_rest(t));
		free(t);
	}
	free(first);
	if (all)
		appended_fields(r);
}

/* Where the number ending a label of a word or two starts ("level 2",
 * "Ebene 3"): one or two figures after a space; else NULL. */
static const char *level_number(const char *t)
{
	const char *sp = strrchr(t, ' ');
	size_t d = sp ? strspn(sp + 1, "0123456789") : 0;
	if (!d || d > 2 || sp[1 + d] || sp == t || tt_textline_count_words(t, (size_t)(sp - t)) > 2)
		return NULL;
	for (const char *p = t; p < sp; p++)
		if (isdigit((unsigned char)*p))
			return NULL;
	return sp + 1;
}

/* Names that are every block's same words before a number that differs
 * from block to block ("level 1", "level 2": a thread's level said for
 * screen readers where no writer is shown): the template's label, no
 * name; the blocks are read nameless. Only when every block of the run,
 * three at least, shows one, and two numbers differ. */
static void level_labels(struct tt_repeat *r)
{
	if (r->n < 3)
		return;
	char **t = tt_xcalloc(r->n, sizeof *t);
	int all = 1, differ = 0;
	for (size_t i = 0; all && i < r->n; i++) {
		const struct tt_repeat_block *v = &r->v[i];
		t[i] = v->name && !v->named ? tt_html_text(v->name) : NULL;
		const char *n = t[i] ? level_number(t[i]) : NULL, *n0 = i ? level_number(t[0]) : n;
		all = n && (size_t)(n - t[i]) == (size_t)(n0 - t[0]) && !memcmp(t[i], t[0], (size_t)(n - t[i]));
		differ |= all && strcmp(n, n0) != 0;
	}
	for (size_t i = 0; i < r->n; i++) {
		if (all && differ)
			r->v[i].named = tt_xstrdup("");
		free(t[i]);
	}
	free(t);
}

/* ---- a text box the run shares: a post of a picture alone -------------- */

#define BODY_PATH 16

/* The places among element siblings from block down to n, into path;
 * their count, 0 when n is deeper than BODY_PATH or not inside block. */
static size_t index_path(const tt_hnode *block, const tt_hnode *n, unsigned path[BODY_PATH])
{
	unsigned rev[BODY_PATH];
	size_t k = 0;
	for (; n && n != block; n = n->parent) {
		if (k == BODY_PATH)
			return 0;
		unsigned i = 0;
		for (const tt_hnode *p = n->prev; p; p = p->prev)
			i += is_elem(p);
		rev[k++] = i;
	}
	for (size_t j = 0; n && j < k; j++)
		path[j] = rev[k - 1 - j];
	return n ? k : 0;
}

/* The element at path under block, or NULL. */
static tt_hnode *at_path(tt_hnode *block, const unsigned *path, size_t k)
{
	tt_hnode *n = block;
	for (size_t j = 0; j < k && n; j++) {
		n = first_elem(n);
		for (unsigned i = 0; n && i < path[j]; i++)
			n = next_elem(n);
	}
	return n;
}

/* The path of block b's (first) text box, when it is an element; 0 if
 * not. */
static size_t body_path(const struct tt_repeat_block *b, unsigned path[BODY_PATH])
{
	if (!is_elem(b->body))
		return 0;
	return index_path(b->block, b->body, path);
}

/* Whether block b's text box found is in the writer's column: the box
 * holding its name, beside the box n (inside the box holding both). */
static int in_name_column(const struct tt_repeat_block *b, const tt_hnode *n)
{
	const tt_hnode *col = b->name;
	while (col->parent && col->parent != b->block && !contains(col->parent, n))
		col = col->parent;
	return contains(col->parent, n) && contains(col, b->body) && contains(col, b->body_last);
}

/* Where most of the run's blocks open their text with a box at one place
 * (three or more, half of the run at least), a block whose box at that
 * place is there, of that tag, has it for its text box, when the text
 * found instead is in the writer's column (a rank, a date joined, counts):
 * no words of the post, which are fewer than those (a picture alone, or
 * Inyoka's "Nein" beside "Wohnort: vor dem Röhrenmonitor"). */
static void empty_bodies(struct tt_repeat *r)
{
	unsigned best[BODY_PATH], path[BODY_PATH];
	size_t bestk = 0, bestn = 0;
	const char *tag = NULL;
	for (size_t i = 0; i < r->n && i < 3; i++) {
		size_t k = body_path(&r->v[i], path), same = 0;
		for (size_t j = 0; k && j < r->n; j++) {
			unsigned p[BODY_PATH];
			same += body_path(&r->v[j], p) == k && !memcmp(p, path, k * sizeof *p);
		}
		if (same > bestn)
			bestn = same, bestk = k, memcpy(best, path, k * sizeof *path),
			tag = r->v[i].body->name;
	}
	if (bestn < 3 || 2 * bestn < r->n)
		return;
	for (size_t i = 0; i < r->n; i++) {
		struct tt_repeat_block *b = &r->v[i];
		size_t k = body_path(b, path);
		if (b->placeholder || (k == bestk && !memcmp(path, best, k * sizeof *path)))
			continue;
		tt_hnode *n = at_path(b->block, best, bestk);
		if (!n || !n->children || strcmp(n->name, tag) != 0 || !b->name || contains(n, b->name) ||
		    !in_name_column(b, n))
			continue;
		b->body = b->body_last = n;
	}
}

size_t tt_html_repeat_find(tt_hnode *top, struct tt_repeat *out)
{
	struct best b = {0};
	memset(out, 0, sizeof *out);
	best_enter(top, &b);
	tt_html_walk(top, best_enter, NULL, &b);
	if (pair_comments(top, b.count, out))
		return out->n;
	if (!b.count)
		return 0;
	b.kind = outer_run(b.kind, b.shape);
	struct nest *w = tt_xcalloc(1, sizeof *w);
	w->kind = b.kind, w->shape = b.shape, w->out = out;
	inner_box(w, b.kind);
	nest_box(w, b.kind);
	tt_hnode *box = b.kind->parent, *up = box ? box->parent : NULL;
	if (up && is_elem(up) && up->parent)
		split_run(w, up, box);
	free(w);
	same_texts(out, b.kind);
	out->sorted = tt_xmalloc((out->n ? out->n : 1) * sizeof *out->sorted);
	for (size_t i = 0; i < out->n; i++)
		out->sorted[i] = out->v[i].block;
	qsort(out->sorted, out->n, sizeof *out->sorted, cmp_ptr);
	out->every = tt_xcalloc(1, sizeof *out->every);
	for (size_t i = 0; i < out->n; i++)
		fill_block(&out->v[i], out);
	empty_bodies(out);
	names_in_lines(out);
	labelled_names(out);
	level_labels(out);
	return out->n;
}

int tt_html_repeat_is_time(const char *text)
{
	return time_in(text) >= 0;
}

/* 1 when b comes after a in the page's order (neither holding the other). */
static int comes_after(const tt_hnode *a, const tt_hnode *b)
{
	for (; a; a = a->parent) {
		for (const tt_hnode *n = a->next; n; n = n->next)
			if (contains(n, b))
				return 1;
		if (contains(a->parent, b))
			return 0;
	}
	return 0;
}

/* The first text after t inside block that is no time ("2:42 am" beside
 * the date), or NULL. */
static const tt_hnode *text_after(const tt_hnode *t, const tt_hnode *block)
{
	const tt_hnode *n = t;
	for (;;) {
		if (n != t && is_elem(n) && n->children && !opaque(n)) {
			n = n->children;
		} else {
			while (n != block && !n->next)
				n = n->parent;
			if (n == block)
				return NULL;
			n = n->next;
		}
		if (n->type != TT_HNODE_TEXT)
			continue;
		char *s = tt_html_repeat_text(n);
		int text = s && time_in(s) < 0;
		free(s);
		if (text)
			return n;
	}
}

/* A run's test for one block, made stricter for a block standing alone
 * inside a comment: a header first, the name and then the time (each in a
 * box of its own, the name in no paragraph, the time no address), and the
 * text after them: a comment's own text box shows a short first paragraph
 * and a date in its words, but no header. A box whose child holds the name,
 * the time and the first text after it is a box around the block (a list
 * of answers), not the answer. A heading is no name here: alone, a block
 * opening with one is a titled comment's inner box as often. */
int tt_html_repeat_holds_comment(tt_hnode *block)
{
	struct scan s;
	if (!scan_block(&s, NULL, 0, block) || s.by_heading || contains(s.name, s.time) ||
	    up_to(s.name, block, "p") ||
	    !comes_after(s.time, s.longest) || strstr(s.time->content, "://") ||
	    strstr(s.time->content, "www."))
		return 0;
	const tt_hnode *c = s.name, *next = text_after(s.time, block);
	while (c->parent != block)
		c = c->parent;
	return !contains(c, s.time) || !next || !contains(c, next);
}

void tt_html_repeat_read(tt_hnode *block, struct tt_repeat_block *out)
{
	*out = (struct tt_repeat_block){.block = block};
	fill_block(out, NULL);
}

/* Digits and separators only: a counter of likes or answers; never a
 * paragraph, which holds a writer's words ("<p>200+</p>", a reply), nor a
 * heading, the title the writer gave the comment ("<h5>.........</h5>"). */
static int counter(const tt_hnode *n)
{
	if (first_elem(n) || tt_html_is(n, "p") || tt_html_heading(n))
		return 0;
	char *s = tt_html_text(n);
	int yes = *s && strspn(s, "0123456789 .,+-") == strlen(s);
	free(s);
	return yes;
}

/* A leaf showing a text every block shows. */
static int repeated(const struct tt_repeat *r, const tt_hnode *n)
{
	if (!r->nsame || first_elem(n))
		return 0;
	char *s = tt_html_text(n);
	size_t i = 0;
	while (i < r->nsame && strcmp(r->same[i], s) != 0)
		i++;
	free(s);
	return i < r->nsame;
}

int tt_html_repeat_skip(const tt_hnode *n, void *u)
{
	return is_elem(n) && (found_block(u, n) || opaque(n) || counter(n) || repeated(u, n));
}

void tt_html_repeat_free(struct tt_repeat *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].time), free(r->v[i].named), free(r->v[i].line);
	for (size_t i = 0; i < r->nsame; i++)
		free(r->same[i]);
	free(r->same);
	if (r->every)
		free(r->every->text), free(r->every->words);
	free(r->every);
	free(r->v);
	free(r->sorted);
	memset(r, 0, sizeof *r);
}

/* ---- blocks without times: a name over a text, repeated ---------------- */

/* What one block without a time shows: its first text, a name alone in
 * its box, and its longest text, outside links. */
struct untimed {
	const tt_hnode *block, *name_text, *longest;
	size_t longest_len, texts, other_len;
	int bad; /* a time, a link's text taken for the words, or too much */
};

/* A link to a place on the page's own site ("/2012/01/story.php"): an
 * article's, not a writer's; a writer's goes to a site of theirs, whole. */
static int site_link(const tt_hnode *a)
{
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	return href && !strstr(href, "://") && strncmp(href, "//", 2) != 0;
}

static void untimed_text(struct untimed *u, const tt_hnode *t)
{
	char *text = tt_html_repeat_text(t);
	if (!text)
		return;
	size_t len = strlen(text);
	const tt_hnode *a = up_to(t, u->block, "a");
	if (time_in(text) >= 0 && !u->texts)
		u->bad = 1; /* a time where the name would be */
	else if (time_in(text) >= 0 && len <= 40)
		u->bad = 1;
	if (!u->texts++) {
		int alone = t->parent && !first_elem(t->parent) && t->parent != u->block;
		if (alone && name_like(text, t, u->block) && len <= 40 && !action_link(a) &&
		    !site_link(a) && !strpbrk(text, "!?:"))
			u->name_text = t;
		else
			u->bad = 1;
	} else if (!a && !in_heading(t, u->block)) {
		u->other_len += len;
		if (len > u->longest_len)
			u->longest = t, u->longest_len = len;
	}
	free(text);
}

static int untimed_enter(tt_hnode *n, void *u)
{
	struct untimed *s = u;
	if (s->bad || s->texts > 40)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		untimed_text(s, n);
		return 0;
	}
	return is_elem(n) && !opaque(n);
}

/* 1 when block shows a name alone in its box first, then words outside
 * links, sentences rather than a label (16 bytes at least), no time. */
static int untimed_block(tt_hnode *block, struct untimed *u)
{
	*u = (struct untimed){.block = block};
	tt_html_walk(block, untimed_enter, NULL, u);
	return !u->bad && u->texts <= 40 && u->name_text && u->longest && u->other_len >= 16 &&
	       !contains(u->name_text->parent, u->longest);
}

/* The text of t without its digits and white space. */
static char *letters_of(const tt_hnode *t)
{
	char *s = tt_html_repeat_text(t), *w = s;
	for (const char *r = s; *r; r++)
		if (!isdigit((unsigned char)*r) && !isspace((unsigned char)*r))
			*w++ = *r;
	*w = '\0';
	return s;
}

struct untimed_best {
	tt_hnode *kind;
	size_t count;
};

/* The siblings of kind that show a name and words without a time, when
 * most of them do (four in five), at least three, with texts that differ
 * and names in boxes of one path. */
static size_t untimed_count(tt_hnode *kind)
{
	size_t members = 0, good = 0;
	char shape[PATH_MAX_LEN] = "";
	char *first_text = NULL, *first_name = NULL;
	int differ = 0, names_differ = 0;
	for (tt_hnode *c = kind; c; c = c->next) {
		if (!is_elem(c) || !same_kind(kind, c))
			continue;
		members++;
		struct untimed u;
		if (!untimed_block(c, &u))
			continue;
		/* (the box around the name's: a member's linked, a guest's a
		 * span, one template) */
		const tt_hnode *box = u.name_text->parent;
		char path[PATH_MAX_LEN] = "";
		add_path(path, c, box->parent != c ? box->parent : box);
		if (good && strcmp(path, shape) != 0)
			continue;
		memcpy(shape, path, PATH_MAX_LEN);
		char *t = tt_html_repeat_text(u.longest), *name = letters_of(u.name_text);
		if (!first_text)
			first_text = t, t = NULL, first_name = name, name = NULL;
		else
			differ |= t && strcmp(t, first_text) != 0,
			    names_differ |= strcmp(name, first_name) != 0;
		free(t);
		free(name);
		good++;
	}
	free(first_text);
	free(first_name);
	/* (a label the same in every block, or numbered, "Mehr zum Thema",
	 * "Bieg 15", "Bieg 14", is the page's furniture: names differ) */
	return good >= 3 && differ && names_differ && 5 * good >= 4 * members ? good : 0;
}

static int untimed_best_enter(tt_hnode *n, void *u)
{
	struct untimed_best *b = u;
	if (!is_elem(n) || opaque(n))
		return 0;
	const tt_hnode *kinds[KINDS_MAX];
	size_t nk = 0;
	for (tt_hnode *c = n->children; c; c = c->next) {
		if (!new_kind(c, kinds, &nk))
			continue;
		size_t count = untimed_count(c);
		if (count > b->count)
			b->kind = c, b->count = count;
	}
	return 1;
}

size_t tt_html_repeat_find_untimed(tt_hnode *top, struct tt_repeat *out)
{
	struct untimed_best b = {0};
	memset(out, 0, sizeof *out);
	tt_html_walk(top, untimed_best_enter, NULL, &b);
	if (!b.count)
		return 0;
	out->v = tt_xcalloc(b.count, sizeof *out->v);
	for (tt_hnode *c = b.kind; c && out->n < b.count; c = c->next) {
		struct untimed u;
		if (!is_elem(c) || !same_kind(b.kind, c) || !untimed_block(c, &u))
			continue;
		struct tt_repeat_block *rb = &out->v[out->n++];
		*rb = (struct tt_repeat_block){.block = c, .name = u.name_text->parent};
		struct scan s = {.block = c, .name = u.name_text->parent, .longest = u.longest};
		body_of(rb, &s, NULL);
	}
	same_texts(out, b.kind);
	out->sorted = tt_xmalloc(out->n * sizeof *out->sorted);
	for (size_t i = 0; i < out->n; i++)
		out->sorted[i] = out->v[i].block;
	qsort(out->sorted, out->n, sizeof *out->sorted, cmp_ptr);
	return out->n;
}
