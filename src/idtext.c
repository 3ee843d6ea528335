/* idtext: the one normalisation behind derived comment ids, shared by every importer. */
#include "threadtag/idtext.h"

#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/hash.h"
#include "threadtag/textline.h"

enum { WITHIN_WORDS = 16, WITHIN_BYTES = 160 };

/* Reads the longest run of whole words of text that is a date into iso
 * (0), or -1. A page's HTML often puts words around the date in the same
 * element ("(25 juin 2018 @08h39)", "Reply #12 Oct. 9, 2019 - 9:41 AM",
 * "於 2019/10/19 09:08", "1/12/2020 9:41:03 AM (No. 1234567)", a name
 * before and "Zitieren" after) where the text importer reads the date
 * alone: the words around it are the page's furniture, the date is what
 * both formats share. Brackets at the run's ends go with the words. */
static int date_within(const char *text, char iso[32])
{
	size_t len = strlen(text), at[WITHIN_WORDS + 1], n = 0;
	if (len > WITHIN_BYTES || !tt_dates_plausible(text, len))
		return -1;
	for (size_t i = 0; i < len && n < WITHIN_WORDS; n++) {
		i += strspn(text + i, " ");
		at[n] = i;
		i += strcspn(text + i, " ");
	}
	at[n] = len;
	for (size_t w = n; w > 0; w--)
		for (size_t i = 0; i + w <= n; i++) {
			size_t a = at[i], b = at[i + w];
			a += strspn(text + a, " ([");
			while (b > a && strchr(" )],", text[b - 1]))
				b--;
			/* Brackets and spaces skipped may run past the words' end
			 * ("( x"): then the run is empty. */
			if (b <= a)
				continue;
			char run[WITHIN_BYTES + 1];
			memcpy(run, text + a, b - a);
			run[b - a] = '\0';
			if (tt_dates_parse(run, iso) == 0)
				return 0;
		}
	iso[0] = '\0';
	return -1;
}

const char *tt_idtext_time(const tt_comment *c, char iso[32])
{
	if (!c->posted || !c->posted[0])
		return c->time;
	/* Relative and yearless words are no date of their own: kept as written,
	 * as the text importer keeps them (it gives them no time). */
	if (tt_dates_is_relative(c->posted) || tt_dates_is_yearless(c->posted))
		return c->posted;
	if (tt_dates_parse(c->posted, iso) != 0 && date_within(c->posted, iso) != 0)
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

/* Length of a modifier letter apostrophe (U+02BC) at s, or 0. lynx writes
 * one for a page's ASCII apostrophe given as a reference ("&#39;", "&#x27;"),
 * where the HTML importer and w3m keep the apostrophe: it reads as "'". */
static size_t lynx_apostrophe(const char *s)
{
	return (unsigned char)s[0] == 0xCA && (unsigned char)s[1] == 0xBC ? 2 : 0;
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

/* Appends ch, after the one space a run of blanks before it made (none at
 * a line's start). */
static void add_char(tt_buf *b, size_t start, int *space, char ch)
{
	if (*space && b->len > start && b->data[b->len - 1] != '\n')
		tt_buf_addc(b, ' ');
	*space = 0;
	tt_buf_addc(b, ch);
}

void tt_idtext_paragraph(tt_buf *b, const char *p)
{
	size_t start = b->len;
	int space = 0;
	const char *end = p + strlen(p);
	p += line_start(p);
	while (*p) {
		/* each test only where its first byte stands: this runs over every
		 * byte of every comment */
		size_t skip = *p == '[' ? tt_textline_link_ref(p, (size_t)(end - p)) : 0;
		if (!skip && *p == ' ' && p[1] == '(')
			skip = url_suffix(p);
		if (!skip && *p == 'h' && (b->len == start || space || b->data[b->len - 1] == '\n'))
			skip = bare_url(p);
		if (skip) {
			p += skip;
			continue;
		}
		if (lynx_apostrophe(p)) {
			p += 2;
			add_char(b, start, &space, '\'');
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
		add_char(b, start, &space, *p++);
		/* the plain bytes after it in one piece, as add_char would append
		 * them one by one: none opens a link number, an address or a
		 * lynx apostrophe, nor is a blank */
		size_t run = strcspn(p, "[ \t\nh\xCA");
		if (run)
			tt_buf_add(b, p, run), p += run;
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
