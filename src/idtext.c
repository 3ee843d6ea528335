/* idtext: the one normalisation behind derived comment ids, shared by every importer. */
#include "threadtag/idtext.h"

#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/hash.h"
#include "threadtag/textline.h"

const char *tt_idtext_time(const tt_comment *c, char iso[32])
{
	if (!c->posted || !c->posted[0])
		return c->time;
	/* Relative and yearless words are no date of their own: kept as written,
	 * as the text importer keeps them (it gives them no time). */
	if (tt_dates_is_relative(c->posted) || tt_dates_is_yearless(c->posted) ||
	    tt_dates_parse(c->posted, iso) != 0)
		return c->posted;
	return iso;
}

/* Length of " (http://...)" at s, the address the HTML importer writes after
 * a link's text (a text dump shows the text alone), or 0. */
static size_t url_suffix(const char *s)
{
	if (strncmp(s, " (http://", 9) != 0 && strncmp(s, " (https://", 10) != 0)
		return 0;
	size_t n = strcspn(s + 2, " \t\n)");
	return s[2 + n] == ')' ? n + 3 : 0;
}

/* Length of an address standing as a word at s ("https://x.org/a/b"), or 0.
 * The HTML gives a link's full address where a dump shows the shortened
 * text ("https://docs.google.com/d/1OrBr3..."), so addresses do not count. */
static size_t bare_url(const char *s)
{
	if (strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0)
		return 0;
	return strcspn(s, " \t\n");
}

/* Leading blanks and quote marks of a line: how far its words start. */
static size_t line_start(const char *s)
{
	size_t i = 0;
	for (;;) {
		i += strspn(s + i, " \t");
		if (s[i] != '>')
			return i;
		i++;
	}
}

void tt_idtext_paragraph(tt_buf *b, const char *p)
{
	size_t start = b->len;
	int space = 0;
	const char *end = p + strlen(p);
	p += line_start(p);
	while (*p) {
		size_t skip = *p == '[' ? tt_textline_link_ref(p, (size_t)(end - p)) : 0;
		if (!skip)
			skip = url_suffix(p);
		if (!skip && (b->len == start || space || b->data[b->len - 1] == '\n'))
			skip = bare_url(p);
		if (skip) {
			p += skip;
			continue;
		}
		if (*p == ' ' || *p == '\t') {
			space = 1;
			p++;
			continue;
		}
		if (*p == '\n') {
			if (b->len > start && b->data[b->len - 1] != '\n')
				tt_buf_addc(b, '\n');
			space = 0;
			p++;
			p += line_start(p);
			continue;
		}
		if (space && b->len > start && b->data[b->len - 1] != '\n')
			tt_buf_addc(b, ' ');
		space = 0;
		tt_buf_addc(b, *p++);
	}
	while (b->len > start && b->data[b->len - 1] == '\n')
		b->len--;
}

uint64_t tt_idtext_hash(const tt_comment *c)
{
	char iso[32];
	tt_buf b = {0};
	uint64_t h = TT_HASH_INIT;
	tt_idtext_paragraph(&b, c->author ? c->author : "");
	tt_buf_addc(&b, '\0');
	h = tt_hash_field(h, b.data);
	h = tt_hash_field(h, tt_idtext_time(c, iso));
	for (size_t i = 0; i < c->body.n; i++) {
		b.len = 0;
		tt_idtext_paragraph(&b, c->body.v[i]);
		if (!b.len)
			continue;
		tt_buf_addc(&b, '\0');
		h = tt_hash_field(h, b.data);
	}
	tt_buf_free(&b);
	return h;
}
