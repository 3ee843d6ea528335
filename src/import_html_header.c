/* import_html_header: a comment's header box that names none of its parts: time, name and title by place. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* Bytes of text a header box shows at most: more is a comment of its own. */
#define HEAD_MAX 600
/* Pieces of a header read at most, and the words a time written loose
 * before or after a name takes at most ("10.2. 19:34 Anna"). */
#define HEAD_PIECES 32
#define TIME_WORDS 6

/* One piece of a header: a text written loose or an inline element's text,
 * on the header's line number line (a <br> or a box ends a line). */
struct piece {
	tt_hnode *n;
	char *text;
	unsigned line;
	int link; /* only links: an action, a profile's or a blog's address */
};

struct head {
	struct piece v[HEAD_PIECES];
	size_t n;
	unsigned line;
};

/* 1 when s shows no letter or digit ("|", "-", "·"). */
static int marks_only(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || isalnum((unsigned char)*s))
			return 0;
	return 1;
}

static int block_like(const tt_hnode *n)
{
	static const char *const tags[] = {"div", "p",  "ul", "ol", "li", "dl", "dt", "dd", "table",
	                                   "tr",  "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return 0;
}

/* 1 when n is a link or shows only links' text (buttons written as
 * "<a onclick=...>", a profile's address). */
static int links_only(const tt_hnode *n)
{
	if (tt_html_is(n, "a") || ihx_info(n)->linklen * 2 >= ihx_info(n)->textlen)
		return 1;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_TEXT ? c->content && !marks_only(c->content)
		                             : c->type == TT_HNODE_ELEMENT && !tt_html_is(c, "a") &&
		                                   ihx_info(c)->textlen && !links_only(c))
			return 0;
	return 1;
}

static int head_enter(tt_hnode *n, void *u)
{
	struct head *s = u;
	if (s->n == HEAD_PIECES)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		char *t = tt_html_repeat_text(n);
		if (t)
			s->v[s->n++] = (struct piece){n, t, s->line, 0};
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "script") || tt_html_is(n, "style") ||
	    tt_html_is(n, "button") || tt_html_is(n, "form") || ihx_hidden(n))
		return 0;
	if (tt_html_is(n, "br")) {
		s->line++;
		return 0;
	}
	if (block_like(n)) {
		s->line++;
		return 1;
	}
	char *t = ihx_info(n)->textlen ? tt_html_text(n) : NULL;
	if (t && *t) {
		s->v[s->n++] = (struct piece){n, t, s->line, links_only(n)};
	} else {
		free(t);
	}
	return 0;
}

static void head_leave(tt_hnode *n, void *u)
{
	struct head *s = u;
	if (n->type == TT_HNODE_ELEMENT && block_like(n))
		s->line++;
}

static int is_time(const char *s)
{
	return strlen(s) < 60 && ihx_looks_like_time(s);
}

/* The end of the first n words of s. */
static char *after_words(char *s, int n)
{
	while (n-- > 0) {
		s += strspn(s, " ");
		s += strcspn(s, " ");
	}
	return s;
}

/* 1 when s holds a letter (any byte of a multibyte letter counts). */
static int has_letter(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || isalpha((unsigned char)*s))
			return 1;
	return 0;
}

/* Words a time may end with that are no name ("7:34 pm", "19:34 Uhr"). */
static int clock_word(const char *s)
{
	static const char *const words[] = {"am", "pm", "a.m.", "p.m.", "uhr", "h", "hod."};
	size_t l = strcspn(s, " ");
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (l == strlen(words[i]) && !strncasecmp(s, words[i], l))
			return 1;
	return 0;
}

/* A clock alone, dotted or not, a clock word after it ("13.47 Uhr",
 * "7:34 pm", "21h05"): the end of a time, never a name. */
static int clock_alone(const char *s)
{
	size_t h = strspn(s, "0123456789");
	if (!h || h > 2 || !strchr(".:h", s[h]) || strspn(s + h + 1, "0123456789") != 2)
		return 0;
	const char *r = s + h + 3;
	return !*r || (*r == ' ' && clock_word(r + 1) && !r[1 + strcspn(r + 1, " ")]);
}

/* 1 when the word before e (in s) holds a digit: a time's last word. */
static int digit_before(const char *s, const char *e)
{
	const char *b = e;
	while (b > s && b[-1] != ' ')
		b--;
	for (; b < e; b++)
		if (isdigit((unsigned char)*b))
			return 1;
	return 0;
}

/* A time as split_time's pass takes one: strictly, a date read whole
 * ("March 13, 2015 at 7:34 pm", "12.03.2015 20:01"); else as a header
 * shows one ("10.2. 21:53"). */
static int time_ok(const char *s, int strict)
{
	char iso[32];
	return strict ? strlen(s) < 60 && tt_dates_parse(s, iso) == 0 : is_time(s);
}

/* A time written loose with a name after it ("10.2. 21:53 Anna") or
 * before it ("Bernd Loose 12.03.2015 20:01"), the name's part no time: a
 * date read whole first, the longest; else a time whose words end (with a
 * name after it) or open (with a name before it) with a digit, so that
 * neither "pm" nor a name's last word is taken for the time's. */
static char *split_pass(char *text, char **name, int strict)
{
	for (int k = TIME_WORDS; k > 0; k--) {
		char *e = after_words(text, k);
		char *rest = e + strspn(e, " ");
		if (!has_letter(rest) || is_time(rest) || clock_word(rest) || clock_alone(rest) ||
		    (!strict && !digit_before(text, e)))
			continue;
		char keep = *e;
		*e = '\0';
		char *t = time_ok(text, strict) ? tt_xstrdup(text) : NULL;
		*e = keep;
		if (t) {
			*name = rest;
			return t;
		}
	}
	for (int k = 1; k <= TIME_WORDS; k++) {
		char *b = after_words(text, k);
		char *from = b + strspn(b, " ");
		if (!*from)
			break;
		if (!time_ok(from, strict) ||
		    (!strict && (!digit_before(from, from + strlen(from)) ||
		                 !digit_before(from, from + strcspn(from, " ")))))
			continue;
		char keep = *b;
		*b = '\0';
		if (has_letter(text) && !is_time(text)) {
			*name = text;
			return tt_xstrdup(from);
		}
		*b = keep;
	}
	return NULL;
}

/* Splits text; *name the other part, in text. Returns the time (owned) or
 * NULL. */
static char *split_time(char *text, char **name)
{
	char *t = split_pass(text, name, 1);
	return t ? t : split_pass(text, name, 0);
}

/* A short word in lower case alone ("by", "von", "par"): what joins the
 * time to a name in a box of its own, no name. */
static int linking_word(const char *s)
{
	size_t l = strlen(s);
	if (!l || l > 4)
		return 0;
	for (size_t i = 0; i < l; i++)
		if (!islower((unsigned char)s[i]))
			return 0;
	return 1;
}

/* A name as a header shows one: up to a bar ("manasekp | skóre: 27"),
 * short, one line, no time, no sentence. */
static char *name_of(const char *s)
{
	if (!s)
		return NULL;
	s += strspn(s, " ");
	size_t l = strcspn(s, "|");
	while (l && s[l - 1] == ' ')
		l--;
	if (!l || l > 40 || memchr(s, '\n', l))
		return NULL;
	char *t = tt_xstrndup(s, l);
	if (marks_only(t) || is_time(t) || strpbrk(t, "!?")) {
		free(t);
		return NULL;
	}
	return t;
}

/* Piece i is alone on its line and the pieces after it are links. */
static int alone_but_links(const struct head *s, size_t i)
{
	for (size_t k = i + 1; k < s->n; k++)
		if (!s->v[k].link)
			return 0;
	return i == 0 || s->v[i - 1].line != s->v[i].line;
}

/* The name beside the time at piece ti: the piece after it on its line,
 * else the one before it, else the last piece of the line before (of the
 * box before the time's: "<div>NAME</div><div>TIME</div>", the one box
 * closing and the other opening between them). */
static char *name_beside(const struct head *s, size_t ti)
{
	const struct piece *v = s->v;
	char *name = NULL;
	if (ti + 1 < s->n && v[ti + 1].line == v[ti].line && v[ti + 1].text[0] != '|')
		name = name_of(v[ti + 1].text);
	if (!name && ti > 0 && v[ti - 1].line == v[ti].line)
		name = name_of(v[ti - 1].text);
	if (!name && ti > 0 && v[ti - 1].line + 2 >= v[ti].line)
		name = name_of(v[ti - 1].text);
	/* A time opening the header, the name alone on the line under it
	 * ("DD.MM.YYYY HH:MM<br>NAME<br>", a signature's column; "TIME<br>
	 * NAME"), nothing after it but links. */
	if (!name && ti == 0 && ti + 1 < s->n && v[ti + 1].line == v[ti].line + 1 &&
	    !v[ti + 1].link && alone_but_links(s, ti + 1))
		name = name_of(v[ti + 1].text);
	return name;
}

/* A comment's number alone ("8", "#8", "8.", "№ 8"), as a header shows it
 * on a line of its own over or beside the name and time: the comment's
 * place in the list, no title (Johnston Press' "div.commentNo"). */
static int ordinal(const char *s)
{
	s += strspn(s, " #");
	if (!strncmp(s, "\xE2\x84\x96", 3)) /* № */
		s += 3 + strspn(s + 3, " ");
	size_t d = strspn(s, "0123456789");
	if (!d || d > 6)
		return 0;
	s += d + (s[d] == '.');
	return !s[strspn(s, " ")];
}

/* A line of words other than the time's and the name's: the comment's own
 * title ("Re: Bolest proxy"), its links (actions, a profile) and its number
 * left out. */
static const struct piece *title_of(const struct head *s, unsigned tline, unsigned nline)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct piece *p = &s->v[i];
		if (p->line == tline || p->line == nline || p->link || marks_only(p->text) ||
		    is_time(p->text) || strlen(p->text) > 200 || ordinal(p->text))
			continue;
		return p;
	}
	return NULL;
}

/* The comment's first box when it is a header over the text: short, the
 * text's box not in it, and more shown after it. */
static tt_hnode *header_box(const struct fields *f)
{
	tt_hnode *c = f->root->children;
	while (c && (c->type != TT_HNODE_ELEMENT || !ihx_info(c)->textlen))
		c = c->next;
	/* (a box holding kilobytes, indentation and all, is no header: its
	 * words are not gathered) */
	if (!c || !block_like(c) || ihx_info(c)->textlen > 8 * HEAD_MAX ||
	    (f->body && ihx_inside(f->body, c)))
		return NULL;
	/* (a template's indentation counts in textlen: the words shown) */
	char *t = tt_html_text(c);
	size_t len = strlen(t);
	free(t);
	tt_hnode *more = c->next;
	while (more && (more->type != TT_HNODE_ELEMENT || !ihx_info(more)->textlen))
		more = more->next;
	return len <= HEAD_MAX && more ? c : NULL;
}

int ihx_header_box(struct fields *f, char **author, char **when, char **title, unsigned *line)
{
	tt_hnode *box = header_box(f);
	struct head s = {.n = 0};
	/* (a name found in the box by what its markup names: read so) */
	if (!box || (f->author && ihx_inside(f->author, box)))
		return 0;
	tt_html_walk(box, head_enter, head_leave, &s);
	size_t ti = 0;
	char *t = NULL, *name = NULL;
	for (; ti < s.n && !t; ti++) {
		if (!s.v[ti].link && s.v[ti].n->type == TT_HNODE_TEXT &&
		    (t = split_time(s.v[ti].text, &name)))
			name = linking_word(name) && ti + 1 < s.n && s.v[ti + 1].line == s.v[ti].line
			           ? NULL /* "DATE by <a>NAME</a>": the name is the next piece */
			           : name_of(name);
		else if (is_time(s.v[ti].text))
			t = tt_xstrdup(s.v[ti].text);
	}
	if (t && !name)
		name = name_beside(&s, ti - 1);
	const struct piece *np = NULL;
	for (size_t i = 0; name && i < s.n && !np; i++)
		if (strstr(s.v[i].text, name))
			np = &s.v[i];
	const struct piece *tp = t ? title_of(&s, s.v[ti - 1].line, np ? np->line : s.v[ti - 1].line) : NULL;
	if (t) {
		*when = t;
		*author = name;
		*title = tp ? tt_xstrdup(tp->text) : NULL;
		*line = tp ? tt_html_line(tp->n) : 0;
		f->namebox = box;
	}
	for (size_t i = 0; i < s.n; i++)
		free(s.v[i].text);
	return t != NULL;
}
