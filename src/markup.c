/* markup: entity decoding, paragraph splitting and a small HTML-to-text pass. */
#include "threadtag/markup.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"

struct entity {
	const char *name;
	unsigned cp;
};

/* The named references forums actually send; the numeric forms cover the rest. */
static const struct entity entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"laquo", 0xAB},    {"raquo", 0xBB},
    {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122}, {"euro", 0x20AC},   {"pound", 0xA3},
    {"deg", 0xB0},     {"middot", 0xB7},  {"bull", 0x2022},  {"times", 0xD7},    {"eacute", 0xE9},
    {"egrave", 0xE8},  {"agrave", 0xE0},  {"uuml", 0xFC},    {"ouml", 0xF6},     {"auml", 0xE4},
    {"szlig", 0xDF},   {"ccedil", 0xE7},
};

/* What a reference names may be no character at all: NUL and surrogates too. */
static void put_utf8(tt_buf *b, unsigned cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	tt_utf8_encode(b, cp);
}

/* Decodes the reference at s (a '&'); returns bytes consumed, 0 if it is none. */
static size_t entity_at(const char *s, size_t avail, tt_buf *b)
{
	const char *semi = memchr(s, ';', avail < 12 ? avail : 12);
	if (!semi || semi == s + 1)
		return 0;
	size_t n = (size_t)(semi - s) + 1;
	if (s[1] == '#') {
		int hex = s[2] == 'x' || s[2] == 'X';
		const char *digits = s + 2 + hex;
		char *end;
		unsigned long cp = strtoul(digits, &end, hex ? 16 : 10);
		if (end != semi || end == digits)
			return 0;
		put_utf8(b, cp > 0x10FFFF ? 0xFFFD : (unsigned)cp);
		return n;
	}
	for (size_t i = 0; i < sizeof entities / sizeof *entities; i++) {
		size_t l = strlen(entities[i].name);
		if (l == n - 2 && !strncmp(s + 1, entities[i].name, l)) {
			put_utf8(b, entities[i].cp);
			return n;
		}
	}
	return 0;
}

static void unescape_into(tt_buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = s[i] == '&' ? entity_at(s + i, len - i, b) : 0;
		if (n) {
			i += n;
			continue;
		}
		tt_buf_addc(b, s[i++]);
	}
}

char *tt_markup_unescape(const char *s, size_t len)
{
	tt_buf b = {0};
	unescape_into(&b, s, len);
	tt_buf_add(&b, NULL, 0);
	return b.data;
}

static int blank_line(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

static void push_trimmed(tt_thread *t, tt_strv *out, const char *s, size_t len)
{
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	while (len && (*s == '\n' || *s == '\r'))
		s++, len--;
	if (len)
		tt_strv_push(t, out, tt_thread_strdup(t, s, len));
}

void tt_markup_split_paragraphs(tt_thread *t, tt_strv *out, const char *text)
{
	const char *start = NULL, *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (blank_line(p, len)) {
			if (start)
				push_trimmed(t, out, start, (size_t)(p - start));
			start = NULL;
		} else if (!start) {
			start = p;
		}
		p += len + (nl != NULL);
	}
	if (start)
		push_trimmed(t, out, start, (size_t)(p - start));
}

/* ---- HTML ---- */

struct html {
	tt_thread *t;
	tt_strv *out;
	tt_buf para;
	int pre;        /* inside <pre> */
	char *href;     /* of the open <a>, or NULL */
	size_t a_start; /* where the link text starts in para */
};

static void flush(struct html *h)
{
	push_trimmed(h->t, h->out, h->para.data ? h->para.data : "", h->para.len);
	h->para.len = 0;
	if (h->para.data)
		h->para.data[0] = '\0';
}

/* The value of attribute name inside a tag's text, decoded. Caller frees. */
static char *attr(const char *tag, size_t len, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = 0; i + nl + 1 < len; i++) {
		if (strncasecmp(tag + i, name, nl) || tag[i + nl] != '=' ||
		    (i && !isspace((unsigned char)tag[i - 1])))
			continue;
		const char *v = tag + i + nl + 1;
		char q = (*v == '"' || *v == '\'') ? *v++ : ' ';
		const char *e = v;
		while (e < tag + len && *e != q && *e != '>')
			e++;
		return tt_markup_unescape(v, (size_t)(e - v));
	}
	return NULL;
}

/* Ends a link: its text, then the address when it says something more. */
static void close_link(struct html *h)
{
	if (!h->href)
		return;
	const char *text = h->para.data ? h->para.data + h->a_start : "";
	size_t tl = h->para.len - h->a_start;
	size_t hl = strlen(h->href);
	int same = tl == hl && !strncmp(text, h->href, hl);
	/* HN shortens long link text to "https://example.com/a/b..." */
	if (!same && tl > 3 && !strncmp(text + tl - 3, "...", 3) && tl - 3 <= hl &&
	    !strncmp(text, h->href, tl - 3)) {
		h->para.len = h->a_start;
		tt_buf_adds(&h->para, h->href);
		same = 1;
	}
	if (!same && tl)
		tt_buf_printf(&h->para, " (%s)", h->href);
	else if (!tl)
		tt_buf_adds(&h->para, h->href);
	free(h->href);
	h->href = NULL;
}

static void tag(struct html *h, const char *s, size_t len)
{
	int end = s[1] == '/';
	const char *name = s + 1 + end;
	size_t nl = 0;
	while (isalnum((unsigned char)name[nl]))
		nl++;
#define IS(word) (nl == strlen(word) && !strncasecmp(name, word, nl))
	if (IS("p") || IS("div") || IS("blockquote") || IS("li") || IS("ul") || IS("ol") ||
	    IS("h1") || IS("h2") || IS("h3") || IS("h4") || IS("table") || IS("tr")) {
		flush(h);
	} else if (IS("br")) {
		tt_buf_addc(&h->para, '\n');
	} else if (IS("pre")) {
		flush(h);
		h->pre = !end;
	} else if (IS("a")) {
		if (end) {
			close_link(h);
		} else {
			free(h->href);
			h->href = attr(s, len, "href");
			h->a_start = h->para.len;
		}
	}
#undef IS
}

/* Text between tags: collapsed whitespace outside <pre>, entities decoded. */
static void text(struct html *h, const char *s, size_t len)
{
	char *dec = tt_markup_unescape(s, len);
	for (const char *p = dec; *p; p++) {
		if (!h->pre && isspace((unsigned char)*p)) {
			if (h->para.len && h->para.data[h->para.len - 1] != ' ' &&
			    h->para.data[h->para.len - 1] != '\n')
				tt_buf_addc(&h->para, ' ');
			continue;
		}
		tt_buf_addc(&h->para, *p);
	}
	free(dec);
}

void tt_markup_html_paragraphs(tt_thread *t, tt_strv *out, const char *html)
{
	struct html h = {.t = t, .out = out};
	const char *p = html;
	while (*p) {
		const char *lt = strchr(p, '<');
		const char *gt = lt ? strchr(lt, '>') : NULL;
		int is_tag = gt && (isalpha((unsigned char)lt[1]) || lt[1] == '/');
		if (!is_tag) {
			const char *stop = lt ? lt + 1 : p + strlen(p);
			text(&h, p, (size_t)(stop - p));
			p = stop;
			continue;
		}
		text(&h, p, (size_t)(lt - p));
		tag(&h, lt, (size_t)(gt - lt) + 1);
		p = gt + 1;
	}
	close_link(&h);
	flush(&h);
	tt_buf_free(&h.para);
}
