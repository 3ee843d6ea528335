/* test_same_ids: a comment gets the same derived id from a page's HTML and from its text dumps. */
#include "tt_test.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/idtext.h"
#include "threadtag/import.h"
#include "threadtag/textlinks.h"
#include "threadtag/xalloc.h"

static char *norm(const char *p)
{
	tt_buf b = {0};
	tt_idtext_paragraph(&b, p);
	tt_buf_addc(&b, '\0');
	return b.data;
}

static void assert_norm(const char *p, const char *want)
{
	char *have = norm(p);
	assert_string_equal(have, want);
	free(have);
}

/* What a dump changes and an id must not see: spacing, link numbers, a
 * link's address, quote marks. What it must see: the words and the line
 * breaks a writer made. */
static void test_paragraph(void **state)
{
	(void)state;
	assert_norm("  one   two\tthree  ", "one two three");
	assert_norm("read [12]this page", "read this page");
	assert_norm("read this page (https://example.org/a?b=c)", "read this page");
	assert_norm("see (https://example.org/a b) too", "see (https://example.org/a b) too");
	assert_norm("> quoted words", "quoted words");
	assert_norm(">> twice\n>   quoted", "twice\nquoted");
	assert_norm("first line  \n   second line\n\n", "first line\nsecond line");
	assert_norm("[7]", "");
	/* An address as the HTML has it and as a dump shortens it. */
	assert_norm("see https://docs.google.com/d/1OrBr3KPDjeJB/edit now", "see now");
	assert_norm("see https://docs.google.com/d/1OrBr3... now", "see now");
	assert_norm("https://example.org/a\nnext line", "next line");
	assert_norm("not an address: xhttps://a.b", "not an address: xhttps://a.b");
	/* lynx's apostrophe for a page's "&#39;"; other apostrophes are words'. */
	assert_norm("don\u02BCt", "don't");
	assert_norm("don\u2019t", "don\u2019t");
	/* A bracket that is not a link number stays. */
	assert_norm("[sic] and [a1]", "[sic] and [a1]");
	/* A hard break is a writer's: the seeds' ids depend on it staying. */
	char *a = norm("1. Withdrawal\n2. Reparations"), *b = norm("1. Withdrawal 2. Reparations");
	assert_string_not_equal(a, b);
	free(a);
	free(b);
}

/* The time as the page writes it, whatever machine form the HTML adds. */
static void test_time(void **state)
{
	(void)state;
	char iso[32];
	tt_comment c = {.posted = "14.09.2022 um 21.11", .time = "2022-09-14T21:11:11+02:00"};
	assert_string_equal(tt_idtext_time(&c, iso), "2022-09-14T21:11");
	tt_comment d = {.posted = "14.09.2022 um 21.11", .time = NULL};
	assert_string_equal(tt_idtext_time(&d, iso), "2022-09-14T21:11");
	tt_comment e = {.posted = "24 minutes ago", .time = "2015-03-01T10:00:00Z"};
	assert_string_equal(tt_idtext_time(&e, iso), "24 minutes ago");
	tt_comment f = {.posted = NULL, .time = "2015-03-01T10:00:00Z"};
	assert_string_equal(tt_idtext_time(&f, iso), "2015-03-01T10:00:00Z");
	tt_comment g = {.posted = "Le 11 septembre 2018 à 12:57", .time = "2018-09-11T10:57:27Z"};
	assert_string_equal(tt_idtext_time(&g, iso), "2018-09-11T12:57");
	/* Words the HTML keeps around a date in its element and a dump shows
	 * apart: the date alone counts, a time with nothing but words stays. */
	tt_comment h[] = {
	    {.posted = "(25 juin 2018 @08h39)"},
	    {.posted = "1/12/2020 9:41:03 AM (No. 1234567)"},
	    {.posted = "Reply #12 Oct. 9, 2019 - 9:41 AM EST"},
	    {.posted = "Heidrun51 19.10.2019, 09:08 Zum Antworten anmelden Zitieren #"},
	};
	tt_comment dumped[] = {
	    {.posted = "25 juin 2018 @08h39"},
	    {.posted = "1/12/2020 9:41:03 AM"},
	    {.posted = "Oct. 9, 2019 - 9:41 AM EST"},
	    {.posted = "19.10.2019, 09:08"},
	};
	for (size_t i = 0; i < sizeof h / sizeof *h; i++) {
		char want[32];
		assert_string_equal(tt_idtext_time(&h[i], iso),
		                    tt_idtext_time(&dumped[i], want));
		assert_true(strchr(iso, 'T') != NULL);
	}
	tt_comment w = {.posted = "edited by the moderator"};
	assert_string_equal(tt_idtext_time(&w, iso), "edited by the moderator");
}

static tt_comment *add(tt_thread *t, const char *author, const char *p1, const char *p2)
{
	tt_comment *c = tt_thread_add_comment(t, NULL);
	c->author = author;
	tt_strv_push(t, &c->body, p1);
	if (p2)
		tt_strv_push(t, &c->body, p2);
	return c;
}

/* The links under most comments go, in any language; a sign-off under a few
 * stays, and so does a comment that is all link words. */
static void test_links(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *v[6];
	v[0] = add(t, "a", "Schöner Text.\nLöschen\nAntworten ↓", NULL);
	v[1] = add(t, "b", "Finde ich auch.", "Liebe Grüße ♥\n[12]Löschen\n  * [13]Antworten");
	v[2] = add(t, "c", "Danke! [14]Antworten", NULL);
	v[3] = add(t, "d", "Gut.", "Liebe Grüße ♥\nAntwortenLöschen\nAntworten");
	v[4] = add(t, "e", "Löschen\nAntworten", NULL);
	v[5] = add(t, "f", "Ohne Link.\n♥♥♥", NULL);
	tt_textlinks_drop(t, v, 6);
	assert_int_equal(v[0]->body.n, 1);
	assert_string_equal(v[0]->body.v[0], "Schöner Text.");
	assert_int_equal(v[1]->body.n, 2);
	assert_string_equal(v[1]->body.v[1], "Liebe Grüße ♥");
	assert_string_equal(v[2]->body.v[0], "Danke!");
	assert_int_equal(v[3]->body.n, 2);
	assert_string_equal(v[3]->body.v[1], "Liebe Grüße ♥");
	assert_int_equal(v[4]->body.n, 1);
	assert_string_equal(v[4]->body.v[0], "Löschen\nAntworten");
	assert_string_equal(v[5]->body.v[0], "Ohne Link.\n♥♥♥");
	tt_thread_free(t);
}

/* A link under one comment in three is the writer's, not the site's. */
static void test_links_rare(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *v[4];
	v[0] = add(t, "a", "One.\nCheers", NULL);
	v[1] = add(t, "b", "Two.", NULL);
	v[2] = add(t, "c", "Three.", NULL);
	v[3] = add(t, "d", "Four.\nCheers", NULL);
	tt_textlinks_drop(t, v, 2 + 1);
	assert_string_equal(v[0]->body.v[0], "One.\nCheers");
	tt_textlinks_drop(t, v, 4);
	assert_string_equal(v[0]->body.v[0], "One."); /* two of four: the site's */
	assert_string_equal(v[3]->body.v[0], "Four.");
	tt_thread_free(t);
}

/* Words that split a line many ways, and a comment of thousands of short
 * lines: read in a bounded time, and only whole link lines go. */
static void test_links_bounded(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *v[4];
	v[0] = add(t, "a", "One.\na\naa\naaa", NULL);
	v[1] = add(t, "b", "Two.\na\naa\naaa", NULL);
	v[2] = add(t, "c", "Three.\na\naa\naaa", NULL);
	v[3] = add(t, "d", "Four.\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", NULL);
	tt_textlinks_drop(t, v, 4);
	assert_string_equal(v[0]->body.v[0], "One.");
	assert_string_equal(v[3]->body.v[0], "Four.\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab");
	tt_buf b = {0};
	tt_buf_adds(&b, "Five.");
	for (int i = 0; i < 20000; i++)
		tt_buf_printf(&b, "\nw%c%c", 'a' + i % 26, 'a' + i / 26 % 26);
	v[3] = add(t, "e", tt_thread_strdup(t, b.data, b.len), NULL);
	tt_textlinks_drop(t, v, 4);
	assert_int_equal(strlen(v[3]->body.v[0]), b.len); /* not the site's words */
	tt_buf_free(&b);
	tt_thread_free(t);
}

static tt_thread *import(const char *rel)
{
	char *path = tt_test_src(rel);
	tt_error err;
	int eno;
	tt_thread *t = tt_import_file(path, NULL, &err, &eno);
	if (!t)
		fail_msg("%s: %s", err.file, err.msg);
	free(path);
	return t;
}

/* A page written here, with its w3m and lynx dumps: w3m's gives every id;
 * lynx runs a comment's paragraphs together and moves a quote, so only the
 * one-paragraph comment agrees there. */
static void test_written_page(void **state)
{
	(void)state;
	tt_thread *h = import("tests/data/ids/river.html");
	tt_thread *w = import("tests/data/ids/river.w3m.txt");
	tt_thread *l = import("tests/data/ids/river.lynx.txt");
	assert_int_equal(h->ncomments, 3);
	assert_int_equal(w->ncomments, 3);
	assert_int_equal(l->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(h->order[i]->id, w->order[i]->id);
	assert_string_equal(h->order[2]->id, l->order[2]->id);
	assert_string_not_equal(h->order[0]->id, l->order[0]->id);
	tt_thread_free(h);
	tt_thread_free(w);
	tt_thread_free(l);
}

/* Appends words to b as a text browser wraps them at width columns, each
 * line indented four. */
static void wrap_words(tt_buf *b, const char *words, size_t width)
{
	size_t col = 0;
	for (const char *w = words; *w;) {
		size_t n = strcspn(w, " ");
		if (col && col + 1 + n > width) {
			tt_buf_addc(b, '\n');
			col = 0;
		}
		tt_buf_adds(b, col ? " " : "    ");
		col += col ? 1 : 4;
		tt_buf_add(b, w, n);
		col += n;
		w += n + strspn(w + n, " ");
	}
	tt_buf_adds(b, "\n\n");
}

/* A dump wrapped at 94 columns whose long menu of short lines hides the
 * width from the page as a whole (most lynx dumps): a comment's paragraph
 * still comes out on one line, as its HTML has it, so its id is the one
 * the same comment gets from the HTML; a writer's short lines stay apart. */
static void test_wrapped_under_menu(void **state)
{
	(void)state;
	static const char *const said[] = {
	    "The ferry across the lower river has run every day since the spring of 1931, and the "
	    "crews who keep it going know every bolt of the old boat by name and by its sound in "
	    "the cold mornings of the winter months when ice comes down the channel from the lakes "
	    "above the town.",
	    "A bridge would take four years to build and the ferries would stop on the first day "
	    "of the work, so the villages on the far bank would be cut off from the town for all "
	    "of those years, and nobody at the council has said who would pay for the buses.",
	    "My grandmother crossed on the middle ferry every school day for nine years, in fog, "
	    "in ice and once in a storm that the captain said was nothing at all, and she would "
	    "not swap a single one of those mornings for a bridge or for anything else offered.",
	};
	static const char *const who[] = {"Marta Lindqvist", "Jon Ek", "Priya"};
	tt_buf b = {0};
	tt_buf_adds(&b, "Ferries on the lower river\n\n");
	for (int i = 0; i < 80; i++)
		tt_buf_printf(&b, "  • Link %d\n", i);
	tt_buf_addc(&b, '\n');
	for (int i = 0; i < 3; i++)
		wrap_words(&b, said[i], 94);
	tt_buf_adds(&b, "3 thoughts on “Ferries on the lower river”\n\n");
	for (int i = 0; i < 3; i++) {
		tt_buf_printf(&b, " %d. %s says:\n    March %d, 2023 at 6:04 pm\n\n", i + 1, who[i],
		              i + 2);
		wrap_words(&b, said[i], 94);
		if (i == 2)
			tt_buf_adds(&b, "    Thanks for reading.\n    Priya\n\n");
		tt_buf_adds(&b, "    Reply\n\n");
	}
	tt_error err;
	tt_thread *t = tt_import_text("menu.txt", b.data, b.len, NULL, &err);
	if (!t)
		fail_msg("%s", err.msg);
	assert_int_equal(t->ncomments, 3);
	tt_thread *h = tt_thread_new();
	for (size_t i = 0; i < 3; i++) {
		const tt_comment *d = t->order[i];
		assert_string_equal(d->body.v[0], said[i]);
		tt_comment *c = add(h, who[i], said[i], i == 2 ? "Thanks for reading.\nPriya" : NULL);
		c->posted = d->posted;
		assert_int_equal(tt_idtext_hash(c), tt_idtext_hash(d));
	}
	assert_string_equal(t->order[2]->body.v[1], "Thanks for reading.\nPriya");
	tt_thread_free(h);
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* Lines the site repeats under its comments go whatever their words and
 * counts; a writer's own sign-off under their comments stays, and so does a
 * comment's first line. Over the comments, only a line with a count goes. */
static void test_site_lines(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *v[5];
	v[0] = add(t, "a", "Schöner Text.\nDaumen hoch3Daumen runter", NULL);
	v[1] = add(t, "b", "Finde ich auch.", "+ Recommend? (53)\nDaumen hoch0Daumen runter");
	v[2] = add(t, "c", "Danke!\nGruß, c", "Daumen hoch12Daumen runter");
	v[3] = add(t, "c", "Noch etwas.\nGruß, c\nDaumen hoch1Daumen runter", NULL);
	v[4] = add(t, "d", "Daumen hoch2Daumen runter", NULL);
	tt_textlinks_drop_lines(t, v, 5);
	assert_int_equal(v[0]->body.n, 1);
	assert_string_equal(v[0]->body.v[0], "Schöner Text.");
	/* "+ Recommend? (N)" ends one comment only: the writer's for all we know */
	assert_int_equal(v[1]->body.n, 2);
	assert_string_equal(v[1]->body.v[1], "+ Recommend? (53)");
	assert_int_equal(v[2]->body.n, 1);
	assert_string_equal(v[2]->body.v[0], "Danke!\nGruß, c");
	assert_string_equal(v[3]->body.v[0], "Noch etwas.\nGruß, c");
	assert_string_equal(v[4]->body.v[0], "Daumen hoch2Daumen runter");
	/* the same lines under one writer's comments only are theirs */
	tt_comment *w[3];
	w[0] = add(t, "e", "Eins.\nDaumen hoch3Daumen runter", NULL);
	w[1] = add(t, "e", "Zwei.\nDaumen hoch4Daumen runter", NULL);
	w[2] = add(t, "f", "Drei.\nDaumen hoch5Daumen runter", NULL);
	tt_textlinks_drop_lines(t, w, 3);
	assert_string_equal(w[0]->body.v[0], "Eins.\nDaumen hoch3Daumen runter");
	/* Opening the text, a rating the site gives goes; a greeting stays. */
	tt_comment *h[3];
	h[0] = add(t, "g", "5 stars\nHi,\nlovely bread.", NULL);
	h[1] = add(t, "h", "4 stars", "Hi,\ntoo dry for me.");
	h[2] = add(t, "i", "5 stars\nHi,\nmade it twice.", NULL);
	tt_textlinks_drop_lines(t, h, 3);
	assert_string_equal(h[0]->body.v[0], "Hi,\nlovely bread.");
	assert_int_equal(h[1]->body.n, 1);
	assert_string_equal(h[1]->body.v[0], "Hi,\ntoo dry for me.");
	tt_thread_free(t);
}

/* The next comment's writer's name alone ending a comment is the next
 * header's start; a writer's own name under their text is a signature. */
static void test_next_name(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *v[4];
	v[0] = add(t, "Isaac", "Why Steve? Why?", "• samsara");
	v[1] = add(t, "samsara", "wise people know where to stop...\nSana", NULL);
	v[2] = add(t, "Sana", "Liebe Grüße,\nSana", NULL);
	v[3] = add(t, "Sana", "Noch einmal.", NULL);
	tt_textlinks_drop_lines(t, v, 4);
	assert_int_equal(v[0]->body.n, 1);
	assert_string_equal(v[0]->body.v[0], "Why Steve? Why?");
	assert_string_equal(v[1]->body.v[0], "wise people know where to stop...");
	assert_string_equal(v[2]->body.v[0], "Liebe Grüße,\nSana");
	tt_thread_free(t);
}

/* ---- real pages ---- */

/* The k-th comment of author a in t (in page order), or NULL. */
static const tt_comment *nth_by(const tt_thread *t, const char *a, size_t k)
{
	for (size_t i = 0; i < t->ncomments; i++) {
		const char *b = t->order[i]->author ? t->order[i]->author : "";
		if (!strcmp(a, b) && k-- == 0)
			return t->order[i];
	}
	return NULL;
}

/* Prints what a comment's id is made of, one field a line. */
static void show_input(const char *side, const tt_comment *c)
{
	char iso[32];
	const char *time = tt_idtext_time(c, iso);
	printf("  %s author [%s] time [%s]\n", side, c->author ? c->author : "",
	       time ? time : "");
	for (size_t i = 0; i < c->body.n; i++) {
		char *p = norm(c->body.v[i]);
		for (char *n = p; (n = strchr(n, '\n'));)
			*n = '|'; /* one line a paragraph */
		printf("  %s p%zu [%s]\n", side, i, p);
		free(p);
	}
}

/* TT_SAME_IDS_SHOW=1 prints both id inputs of a matched comment whose ids
 * differ: how to find what one format adds or drops. */
static void show_inputs(const tt_comment *h, const tt_comment *d)
{
	printf("same ids differ:\n");
	show_input("html", h);
	show_input("dump", d);
}

/* Comments of h found in d by author and position among that author's, and
 * of those the ones with the same id. */
static void compare(const tt_thread *h, const tt_thread *d, size_t *matched, size_t *same)
{
	*matched = *same = 0;
	for (size_t i = 0; i < h->ncomments; i++) {
		const tt_comment *c = h->order[i];
		const char *a = c->author ? c->author : "";
		size_t k = 0;
		for (size_t j = 0; j < i; j++)
			k += !strcmp(a, h->order[j]->author ? h->order[j]->author : "");
		const tt_comment *o = nth_by(d, a, k);
		if (!o)
			continue;
		(*matched)++;
		*same += !strcmp(c->id, o->id);
		if (strcmp(c->id, o->id) && getenv("TT_SAME_IDS_SHOW"))
			show_inputs(c, o);
	}
}

/* Where ids agree today, page by page (w3m, lynx): a floor, so a change that
 * loses one fails here. Pages not listed agree on none yet. */
static const struct floor {
	const char *page;
	size_t w3m, lynx;
} floors[] = {
    {"blogger-derpapierplanet-de", 2, 0},
    {"drupal-cicero-de", 7, 6},
    {"hn-ask-en", 0, 10},
    {"hn-story-en", 0, 12},
    {"schemaorg-handelsblatt-de", 0, 3},
    {"wordpress-californiaglobe-en", 11, 8},
    {"wordpress-cubadebate-es", 11, 10},
    {"wordpress-epoch-en", 1, 11},
    {"wordpress-gormulus-de", 3, 10},
    {"wordpress-janewayne-de", 1, 11},
    {"wordpress-lemire-en", 2, 2},
    {"wordpress-nervousbreakdown-en", 11, 5},
    {"wordpress-thepain-de", 10, 14},
    {"wordpress-uebermedien-de", 0, 10},
    {"wordpress-zulang-de", 2, 0},
};

static size_t floor_of(const char *page, int lynx)
{
	for (size_t i = 0; i < sizeof floors / sizeof *floors; i++)
		if (!strcmp(floors[i].page, page))
			return lynx ? floors[i].lynx : floors[i].w3m;
	return 0;
}

/* Same ids and matched comments of one set, w3m's and lynx's. */
struct sums {
	size_t same[2], matched[2];
};

/* One page and its dumps; a page's own floor holds only in the development
 * set, where the table above was measured. */
static void measure_page(const char *rel, const char *name, int dev, struct sums *s)
{
	size_t l = strlen(name);
	char *stem = tt_xstrndup(name, l - 5);
	char *page = tt_xasprintf("%s/%s", rel, name);
	tt_thread *h = import(page);
	for (int k = 0; k < 2; k++) {
		char *dump = tt_xasprintf("%s/dumps/%s.%s.txt", rel, stem, k ? "lynx" : "w3m");
		char *abs = tt_test_src(dump);
		FILE *f = fopen(abs, "r");
		if (f) {
			fclose(f);
			tt_error err;
			tt_thread *t = tt_test_import(dump, &err);
			size_t matched = 0, same = 0, want = dev ? floor_of(stem, k) : 0;
			if (t)
				compare(h, t, &matched, &same);
			else /* a dump the text importer refuses shares no id */
				printf("same ids %s %s: refused: %s\n", stem, k ? "lynx" : "w3m",
				       err.msg);
			printf("same ids %-32s %-4s %3zu of %3zu matched (%zu in the HTML)\n",
			       stem, k ? "lynx" : "w3m", same, matched, h->ncomments);
			if (same < want)
				fail_msg("%s %s: %zu same ids, %zu before", stem,
				         k ? "lynx" : "w3m", same, want);
			s->same[k] += same;
			s->matched[k] += matched;
			tt_thread_free(t);
		}
		free(abs);
		free(dump);
	}
	tt_thread_free(h);
	free(page);
	free(stem);
}

/* Every page of a folder, in name order so the output reads the same. */
static void measure_dir(const char *rel, int dev, struct sums *s)
{
	char *dir = tt_test_src(rel);
	struct dirent **de;
	int n = scandir(dir, &de, NULL, alphasort);
	assert_true(n >= 0);
	for (int i = 0; i < n; i++) {
		size_t l = strlen(de[i]->d_name);
		if (l >= 6 && !strcmp(de[i]->d_name + l - 5, ".html"))
			measure_page(rel, de[i]->d_name, dev, s);
		free(de[i]);
	}
	free(de);
	free(dir);
}

/* Floors per set (same ids, w3m and lynx), raised as they gain. */
enum { DEV_W3M = 195, DEV_LYNX = 165 };
/* PIXNET's answers signed in their comment's list raised round 4 to 175, 125. */
enum { ROUND4_W3M = 175, ROUND4_LYNX = 125 };
enum { ROUND5_W3M = 149, ROUND5_LYNX = 157 };
enum { ROUND6_W3M = 77, ROUND6_LYNX = 36 };
enum { ROUND7_W3M = 89, ROUND7_LYNX = 75 };
enum { ROUND8_W3M = 180, ROUND8_LYNX = 123 };
enum { ROUND9_W3M = 47, ROUND9_LYNX = 45 };
enum { ROUND10_W3M = 62, ROUND10_LYNX = 55 };
enum { ROUND11_W3M = 75, ROUND11_LYNX = 48 };
enum { ROUND13_W3M = 131, ROUND13_LYNX = 118 };
enum { ROUND14_W3M = 160, ROUND14_LYNX = 193 };
enum { ROUND15_W3M = 9, ROUND15_LYNX = 8 };
enum { ROUND16_W3M = 26, ROUND16_LYNX = 32 };
enum { ROUND17_W3M = 66, ROUND17_LYNX = 67 };
enum { ROUND18_W3M = 74, ROUND18_LYNX = 57 };
enum { ROUND19_W3M = 162, ROUND19_LYNX = 101 };
enum { ROUND20_W3M = 141, ROUND20_LYNX = 210 };
enum { ROUND21_W3M = 151, ROUND21_LYNX = 139 };
enum { ROUND22_W3M = 167, ROUND22_LYNX = 164 };
enum { ROUND23_W3M = 177, ROUND23_LYNX = 158 };
enum { TEMPLATES_W3M = 95, TEMPLATES_LYNX = 76 };
/* Round 36's wiki talk pages, once their dumps were read (import_text_talk.c);
 * w3m 168 -> 185 by round 37's shown names. Round 37's deletion log, Qaru and
 * Stack Overflow in Russian, once it was worked on. */
enum { ROUND36_W3M = 185, ROUND36_LYNX = 309 };
enum { ROUND37_W3M = 154, ROUND37_LYNX = 177 };
/* Round 38's talk pages and forum, once it was worked on; round 39's old
 * Reddit, once its dumps were read (itx_counted_posts): the same text and
 * the same names give the same ids but where a flair runs into a name. */
enum { ROUND38_W3M = 156, ROUND38_LYNX = 361 };
enum { ROUND39_W3M = 402, ROUND39_LYNX = 402 };
/* Round 40's Lemmy, phpBB, NodeBB and WordPress pages, once their dumps
 * were read (2026-11-29): NodeBB's dumps show no time, and lynx sets
 * Lemmy's answers at no depth, their words otherwise the same. */
enum { ROUND40_W3M = 48, ROUND40_LYNX = 26 };
/* Round 41's Drupal, Invision, FluxBB and vBulletin 4 pages, once their
 * dumps were read (2026-11-29): FluxBB 15 of 24 and vBulletin 3 of 17 in
 * each (the forum readers join a post's lines with spaces where the page
 * broke them), Drupal's and Invision's none. */
enum { ROUND41_W3M = 18, ROUND41_LYNX = 18 };

/* The sets measured. Round 12 is held out: never read here. */
static const struct set {
	const char *name, *dir;
	size_t w3m, lynx;
} sets[] = {
    {"development", "tests/data/html", DEV_W3M, DEV_LYNX},
    {"round 4", "tests/data/html/heldout", ROUND4_W3M, ROUND4_LYNX},
    {"round 5", "tests/data/html/round5", ROUND5_W3M, ROUND5_LYNX},
    {"round 6", "tests/data/html/round6", ROUND6_W3M, ROUND6_LYNX},
    {"round 7", "tests/data/html/round7", ROUND7_W3M, ROUND7_LYNX},
    {"round 8", "tests/data/html/round8", ROUND8_W3M, ROUND8_LYNX},
    {"round 9", "tests/data/html/round9", ROUND9_W3M, ROUND9_LYNX},
    {"round 10", "tests/data/html/round10", ROUND10_W3M, ROUND10_LYNX},
    {"round 11", "tests/data/html/round11", ROUND11_W3M, ROUND11_LYNX},
    {"round 13", "tests/data/html/round13", ROUND13_W3M, ROUND13_LYNX},
    {"round 14", "tests/data/html/round14", ROUND14_W3M, ROUND14_LYNX},
    {"round 15", "tests/data/html/round15", ROUND15_W3M, ROUND15_LYNX},
    {"round 16", "tests/data/html/round16", ROUND16_W3M, ROUND16_LYNX},
    {"round 17", "tests/data/html/round17", ROUND17_W3M, ROUND17_LYNX},
    {"round 18", "tests/data/html/round18", ROUND18_W3M, ROUND18_LYNX},
    {"round 19", "tests/data/html/round19", ROUND19_W3M, ROUND19_LYNX},
    {"round 20", "tests/data/html/round20", ROUND20_W3M, ROUND20_LYNX},
    {"round 21", "tests/data/html/round21", ROUND21_W3M, ROUND21_LYNX},
    {"round 22", "tests/data/html/round22", ROUND22_W3M, ROUND22_LYNX},
    {"round 23", "tests/data/html/round23", ROUND23_W3M, ROUND23_LYNX},
    {"round 36", "tests/data/html/round36", ROUND36_W3M, ROUND36_LYNX},
    {"round 37", "tests/data/html/round37", ROUND37_W3M, ROUND37_LYNX},
    {"round 38", "tests/data/html/round38", ROUND38_W3M, ROUND38_LYNX},
    {"round 39", "tests/data/html/round39", ROUND39_W3M, ROUND39_LYNX},
    {"round 40", "tests/data/html/round40", ROUND40_W3M, ROUND40_LYNX},
    {"round 41", "tests/data/html/round41", ROUND41_W3M, ROUND41_LYNX},
    {"templates", "tests/data/html/templates", TEMPLATES_W3M, TEMPLATES_LYNX},
};

static void test_real_pages(void **state)
{
	(void)state;
	struct sums all = {0};
	int low = 0;
	for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
		struct sums s = {0};
		measure_dir(sets[i].dir, i == 0, &s);
		printf("same ids (%s) w3m %zu of %zu, lynx %zu of %zu\n", sets[i].name,
		       s.same[0], s.matched[0], s.same[1], s.matched[1]);
		if (s.same[0] < sets[i].w3m || s.same[1] < sets[i].lynx) {
			printf("same ids (%s) below its floor: w3m %zu, lynx %zu\n",
			       sets[i].name, sets[i].w3m, sets[i].lynx);
			low = 1;
		}
		for (int k = 0; k < 2; k++) {
			all.same[k] += s.same[k];
			all.matched[k] += s.matched[k];
		}
	}
	printf("same ids (all) w3m %zu of %zu, lynx %zu of %zu\n", all.same[0],
	       all.matched[0], all.same[1], all.matched[1]);
	assert_false(low);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_paragraph),     cmocka_unit_test(test_time),
	    cmocka_unit_test(test_links),         cmocka_unit_test(test_links_rare),
	    cmocka_unit_test(test_links_bounded), cmocka_unit_test(test_written_page),
	    cmocka_unit_test(test_real_pages),    cmocka_unit_test(test_wrapped_under_menu),
	    cmocka_unit_test(test_site_lines),    cmocka_unit_test(test_next_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
