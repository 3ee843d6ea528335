/* html_features: one row of layout features per element of a page, parsed as the HTML importer parses it (for tests/model/learn.py). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/html_dom.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

/*
 * Output, tab-separated, in document order of the elements under <body>:
 *   E idx parent depth tag f1 f2 ... | vocabulary bits
 *   T idx text          (each text node under <body>, idx its element)
 * The columns are named by the header line "# E ..." printed first. The
 * first group needs no site's class names and no language's words; the
 * last column ("vocab") is a bit set of a small generic vocabulary found
 * in class and id values, reported apart (the scrambled measure scrambles
 * class names).
 */

/* Generic words of class and id values (any site's, no one site's). */
static const char *const hf_vocab[] = {
    "comment", "reply", "author", "user", "post",   "date",   "time",   "meta",
    "content", "body",  "message", "avatar", "text", "name", "thread", "item",
    "entry",   "child", "depth",  "level",  "answer", "list", "header", "footer",
    NULL};

struct hf_row {
	const tt_hnode *n;
	long parent;
	unsigned depth;
	unsigned nchild, nelem;
	unsigned own_len, sub_len, link_len;
	unsigned nrep, rep_pos, nrep_tag;
	unsigned dates, own_date, time_elem;
	unsigned imgs, lists, items, heads, links, elems, paras, forms, maxdepth;
	unsigned itemprop, aria;
	unsigned long tfirst, tlast;
	unsigned long vocab;
};

struct hf_page {
	struct hf_row *v;
	size_t n, cap;
	unsigned long ntext;
	FILE *out;
};

/* Characters of a text, white space not counted (UTF-8: one per lead byte). */
static unsigned hf_chars(const char *s)
{
	unsigned n = 0;
	for (; *s; s++)
		n += !isspace((unsigned char)*s) && ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static int hf_skipped(const tt_hnode *n)
{
	return tt_html_is(n, "script") || tt_html_is(n, "style") || tt_html_is(n, "template");
}

/* A short text the project's date readers take for a time. */
static int hf_is_date(const char *s)
{
	size_t len = strlen(s);
	if (len > 80 || !tt_dates_plausible(s, len))
		return tt_dates_is_time(s, 0) || tt_dates_is_relative(s);
	char iso[32];
	return tt_dates_parse(s, iso) == 0 || tt_dates_is_time(s, 0);
}

/* Schema.org's itemprop values (a standard, not one site's words): 1 a
 * comment, 2 an author or creator, 3 a date, 4 a text, 5 another. */
static unsigned hf_itemprop(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "itemprop"), *t = tt_html_attr(n, "itemtype");
	if (t && strstr(t, "Comment"))
		return 1;
	if (!v)
		return 0;
	if (strstr(v, "comment"))
		return 1;
	if (strstr(v, "author") || strstr(v, "creator"))
		return 2;
	if (strstr(v, "date"))
		return 3;
	if (strstr(v, "text") || strstr(v, "Body"))
		return 4;
	return 5;
}

static unsigned long hf_vocab_bits(const tt_hnode *n)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s %s", tt_html_attr(n, "class") ? tt_html_attr(n, "class") : "",
	         tt_html_attr(n, "id") ? tt_html_attr(n, "id") : "");
	for (char *p = buf; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	unsigned long bits = 0;
	for (size_t i = 0; hf_vocab[i]; i++)
		if (strstr(buf, hf_vocab[i]))
			bits |= 1ul << i;
	return bits;
}

static size_t hf_push(struct hf_page *p, const tt_hnode *n, long parent, unsigned depth)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 1024;
		p->v = tt_xrealloc(p->v, p->cap * sizeof *p->v);
	}
	struct hf_row *r = &p->v[p->n];
	memset(r, 0, sizeof *r);
	r->n = n;
	r->parent = parent;
	r->depth = depth;
	r->itemprop = hf_itemprop(n);
	r->aria = tt_html_attr(n, "aria-label") != NULL;
	r->vocab = hf_vocab_bits(n);
	r->time_elem = tt_html_is(n, "time") || tt_html_attr(n, "datetime");
	return p->n++;
}

static void hf_text(struct hf_page *p, size_t at, const char *s, int in_link)
{
	struct hf_row *r = &p->v[at];
	unsigned c = hf_chars(s);
	if (!c)
		return;
	r->own_len += c;
	r->link_len += in_link ? c : 0;
	if (hf_is_date(s))
		r->own_date = 1;
	fputs("T\t", p->out);
	fprintf(p->out, "%zu\t", at);
	for (; *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, p->out);
	fputc('\n', p->out);
	p->ntext++;
}

/* Adds a child's totals into its parent's. */
static void hf_gather(struct hf_row *r, const struct hf_row *c)
{
	r->sub_len += c->sub_len;
	r->link_len += c->link_len;
	r->dates += c->dates;
	r->imgs += c->imgs;
	r->lists += c->lists;
	r->items += c->items;
	r->heads += c->heads;
	r->links += c->links;
	r->paras += c->paras;
	r->forms += c->forms;
	r->elems += c->elems + 1;
	r->maxdepth = c->maxdepth + 1 > r->maxdepth ? c->maxdepth + 1 : r->maxdepth;
}

struct hf_sib {
	const char *tag, *cls;
	size_t row;
};

static int hf_sib_cmp(const void *a, const void *b)
{
	const struct hf_sib *x = a, *y = b;
	int c = strcmp(x->tag, y->tag);
	if (!c)
		c = strcmp(x->cls, y->cls);
	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* The repeat count of each child: siblings of the same tag and class
 * value (whatever the value says), its place among them, and siblings of
 * the same tag; sorted, so linear but for the sort. */
static void hf_siblings(struct hf_page *p, const size_t *rows, size_t k)
{
	struct hf_sib *s = tt_xmalloc((k ? k : 1) * sizeof *s);
	for (size_t i = 0; i < k; i++) {
		const char *cls = tt_html_attr(p->v[rows[i]].n, "class");
		s[i] = (struct hf_sib){p->v[rows[i]].n->name, cls ? cls : "", rows[i]};
	}
	qsort(s, k, sizeof *s, hf_sib_cmp);
	for (size_t i = 0, j; i < k; i = j) {
		for (j = i; j < k && !strcmp(s[i].tag, s[j].tag) && !strcmp(s[i].cls, s[j].cls); j++)
			;
		for (size_t m = i; m < j; m++) {
			p->v[s[m].row].nrep = (unsigned)(j - i);
			p->v[s[m].row].rep_pos = (unsigned)(m - i);
		}
	}
	for (size_t i = 0, j; i < k; i = j) {
		for (j = i; j < k && !strcmp(s[i].tag, s[j].tag); j++)
			;
		for (size_t m = i; m < j; m++)
			p->v[s[m].row].nrep_tag = (unsigned)(j - i);
	}
	free(s);
}

static void hf_walk(struct hf_page *p, size_t at, unsigned depth, int in_link)
{
	const tt_hnode *n = p->v[at].n;
	p->v[at].tfirst = p->ntext;
	size_t *rows = NULL, k = 0, cap = 0;
	for (const tt_hnode *c = n->children; c; c = c->next) {
		p->v[at].nchild++;
		if (c->type == TT_HNODE_TEXT && c->content) {
			hf_text(p, at, c->content, in_link);
			continue;
		}
		if (c->type != TT_HNODE_ELEMENT || hf_skipped(c))
			continue;
		p->v[at].nelem++;
		size_t row = hf_push(p, c, (long)at, depth + 1);
		if (k == cap)
			rows = tt_xrealloc(rows, (cap = cap ? cap * 2 : 16) * sizeof *rows);
		rows[k++] = row;
		hf_walk(p, row, depth + 1, in_link || tt_html_is(c, "a"));
	}
	struct hf_row *r = &p->v[at];
	r->sub_len += r->own_len;
	r->dates += r->own_date || r->time_elem;
	r->imgs += tt_html_is(n, "img");
	r->lists += tt_html_is(n, "ul") || tt_html_is(n, "ol");
	r->items += tt_html_is(n, "li");
	r->heads += tt_html_heading(n) != 0;
	r->links += tt_html_is(n, "a");
	r->paras += tt_html_is(n, "p") || tt_html_is(n, "br");
	r->forms += tt_html_is(n, "form") || tt_html_is(n, "input") || tt_html_is(n, "textarea");
	for (size_t i = 0; i < k; i++)
		hf_gather(&p->v[at], &p->v[rows[i]]);
	hf_siblings(p, rows, k);
	p->v[at].tlast = p->ntext;
	free(rows);
}

static void hf_print(const struct hf_page *p)
{
	for (size_t i = 0; i < p->n; i++) {
		const struct hf_row *r = &p->v[i];
		fprintf(p->out,
		        "E\t%zu\t%ld\t%u\t%s\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u"
		        "\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%lu\t%lu\t%lu\n",
		        i, r->parent, r->depth, r->n->name, r->nchild, r->nelem, r->own_len, r->sub_len,
		        r->link_len, r->nrep, r->rep_pos, r->nrep_tag, r->dates, r->own_date,
		        r->time_elem, r->imgs, r->lists, r->items, r->heads, r->links, r->elems,
		        r->paras, r->forms, r->maxdepth, r->itemprop, r->aria, r->tfirst, r->tlast,
		        r->vocab);
	}
}

static char *hf_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0, got;
	char *buf = tt_xmalloc(cap);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0)
		if ((n += got) == cap)
			buf = tt_xrealloc(buf, cap *= 2);
	fclose(f);
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: html_features PAGE.html\n");
		return 64;
	}
	size_t len = 0;
	char *buf = hf_slurp(argv[1], &len);
	int dense = 0;
	tt_hdoc *doc = buf ? tt_import_html_parse(buf, len, TT_ENC_AUTO, NULL, &dense) : NULL;
	free(buf);
	tt_hnode *root = doc ? tt_html_root(doc) : NULL;
	tt_hnode *body = root ? tt_html_find_tag(root, "body") : NULL;
	if (!body)
		body = root;
	if (!body) {
		fprintf(stderr, "html_features: %s: no page\n", argv[1]);
		tt_html_free(doc);
		return 65;
	}
	struct hf_page p = {.out = stdout};
	printf("# E idx parent depth tag nchild nelem own_len sub_len link_len nrep rep_pos "
	       "nrep_tag dates own_date time_elem imgs lists items heads links elems paras forms "
	       "maxdepth itemprop aria tfirst tlast vocab\n");
	hf_push(&p, body, -1, 0);
	hf_walk(&p, 0, 0, 0);
	hf_print(&p);
	free(p.v);
	tt_html_free(doc);
	return 0;
}
