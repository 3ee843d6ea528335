/* bench_import: times the importers on generated page text, Reddit JSON, HN JSON and HTML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "threadtag/fsutil.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

/* Depth of comment i: runs of replies five deep, then a new top-level comment. */
static unsigned depth_of(size_t i)
{
	return (unsigned)(i % 5);
}

/* A saved page: article, "N Comments", then author/date headers with the
 * replies indented four spaces a level, as browsers copy them. */
static void gen_page(tt_buf *b, size_t n)
{
	tt_buf_adds(b, "Menu\n\nA Generated Article About Night Buses\n\nBy Bench Writer | "
	               "March 14, 2023\n\n");
	for (int p = 0; p < 20; p++)
		tt_buf_adds(b, "Night buses carry fewer riders than day buses, but for many of "
		               "them there is no other way home at that hour.\n\n");
	tt_buf_printf(b, "%zu Comments\n\n", n);
	for (size_t i = 0; i < n; i++) {
		int ind = (int)depth_of(i) * 4;
		tt_buf_printf(b, "%*sCommenter %zu\n\n%*sDecember %zu, 2022 at %zu:%02zu pm\n\n",
		              ind, "", i % 997, ind, "", 1 + i % 28, 1 + i % 12, i % 60);
		tt_buf_printf(b,
		              "%*sComment %zu says something about the buses, at some length, "
		              "with a second sentence.\n\n%*sReply\n\n",
		              ind, "", i, ind, "");
	}
	tt_buf_adds(b, "Leave a Reply\n\n\xC2\xA9 2023 Bench\n");
}

/* Writes the separator before comment i: closes the reply lists of deeper
 * levels (each `close`), or notes the list the previous comment opened. */
static void before_comment(tt_buf *b, size_t i, unsigned *open, const char *close)
{
	unsigned d = depth_of(i);
	if (i == 0)
		return;
	if (d > depth_of(i - 1)) {
		(*open)++;
		return;
	}
	for (; *open > d; (*open)--)
		tt_buf_adds(b, close);
	tt_buf_adds(b, ", ");
}

static int has_child(size_t i, size_t n)
{
	return i + 1 < n && depth_of(i + 1) > depth_of(i);
}

static void gen_reddit(tt_buf *b, size_t n)
{
	tt_buf_adds(b, "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", "
	               "\"data\": {\"id\": \"b1\", \"name\": \"t3_b1\", \"title\": \"Bench\", "
	               "\"author\": \"a\", \"subreddit\": \"bench\", \"selftext\": \"x\", "
	               "\"created_utc\": 1700000000.0, \"permalink\": \"/r/bench/b1/\"}}]}},\n"
	               "{\"kind\": \"Listing\", \"data\": {\"children\": [");
	unsigned open = 0;
	for (size_t i = 0; i < n; i++) {
		/* A level closes its children list, the listing, then its comment. */
		before_comment(b, i, &open, "]}}}}");
		tt_buf_printf(
		    b,
		    "{\"kind\": \"t1\", \"data\": {\"id\": \"c%zu\", \"author\": \"u%zu\", "
		    "\"body\": \"Comment %zu &amp; more.\\n\\nSecond paragraph.\", "
		    "\"body_html\": \"&lt;p&gt;x&lt;/p&gt;\", \"created_utc\": %zu, ",
		    i, i % 997, i, 1700000000 + i);
		if (has_child(i, n))
			tt_buf_adds(
			    b, "\"replies\": {\"kind\": \"Listing\", \"data\": {\"children\": [");
		else
			tt_buf_adds(b, "\"replies\": \"\"}}");
	}
	for (; open > 0; open--)
		tt_buf_adds(b, "]}}}}");
	tt_buf_adds(b, "]}}]\n");
}

static void gen_hn(tt_buf *b, size_t n)
{
	tt_buf_adds(b, "{\"id\": 1, \"type\": \"story\", \"author\": \"a\", \"title\": \"Bench\", "
	               "\"created_at_i\": 1700000000, \"children\": [");
	unsigned open = 0;
	for (size_t i = 0; i < n; i++) {
		before_comment(b, i, &open, "]}");
		tt_buf_printf(
		    b,
		    "{\"id\": %zu, \"author\": \"u%zu\", \"created_at_i\": %zu, \"text\": "
		    "\"<p>Comment %zu &amp; a <a href=\\\"https://example.com/%zu\\\">link</a>."
		    "<p>Second.\", \"children\": [",
		    i + 2, i % 997, (size_t)1700000000 + i, i, i);
		if (!has_child(i, n))
			tt_buf_adds(b, "]}");
	}
	for (; open > 0; open--)
		tt_buf_adds(b, "]}");
	tt_buf_adds(b, "]}\n");
}

/* A WordPress page: article, then comments in nested ol.children lists,
 * each with the author, time, two paragraphs and a reply link. */
static void gen_html(tt_buf *b, size_t n)
{
	tt_buf_adds(b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Night Buses | "
	               "Bench</title></head><body><nav><a href=\"/\">Home</a></nav><article "
	               "class=\"post hentry\"><h1 class=\"entry-title\">Night Buses</h1><div "
	               "class=\"entry-content\">");
	for (int p = 0; p < 20; p++)
		tt_buf_adds(b, "<p>Night buses carry fewer riders than day buses, but for many of "
		               "them there is no other way home at that hour.</p>\n");
	tt_buf_printf(b,
	              "</div></article><div id=\"comments\"><h2 class=\"comments-title\">%zu "
	              "Comments</h2><ol class=\"comment-list\">\n",
	              n);
	for (size_t i = 0; i < n; i++) {
		for (unsigned l = i ? depth_of(i - 1) : 0; i && l > depth_of(i); l--)
			tt_buf_adds(b, "</ol></li>\n");
		tt_buf_printf(
		    b,
		    "<li id=\"comment-%zu\" class=\"comment depth-%u\"><article "
		    "class=\"comment-body\"><footer class=\"comment-meta\"><div "
		    "class=\"comment-author vcard\"><b class=\"fn\">Commenter %zu</b> <span "
		    "class=\"says\">says:</span></div><div class=\"comment-metadata\"><time "
		    "datetime=\"2022-12-%02zuT10:00:00+00:00\">December %zu, 2022 at %zu:%02zu "
		    "pm</time></div></footer><div class=\"comment-content\"><p>Comment %zu says "
		    "something about the buses &amp; more, at some length.</p><p>A second "
		    "paragraph.</p></div><div class=\"reply\"><a class=\"comment-reply-link\" "
		    "href=\"#\">Reply</a></div></article>",
		    i, depth_of(i) + 1, i % 997, 1 + i % 28, 1 + i % 28, 1 + i % 12, i % 60, i);
		tt_buf_adds(b, has_child(i, n) ? "<ol class=\"children\">\n" : "</li>\n");
	}
	for (unsigned l = n ? depth_of(n - 1) : 0; l > 0; l--)
		tt_buf_adds(b, "</ol></li>\n");
	tt_buf_adds(b, "</ol></div><footer>&copy; 2023 Bench</footer></body></html>\n");
}

/* A page whose comments no reader knows (no class names, the time before
 * the name in one header box, each comment with an answer nested at its
 * end): only the records found by their repeats read it (html_records). */
static void gen_records(tt_buf *b, size_t n)
{
	tt_buf_adds(b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rzeki</title>"
	               "</head><body><h1>Rzeki</h1><p>Artykuł o rzekach, dość długi, aby został "
	               "odczytany jako artykuł tej strony.</p><div>\n");
	/* names and texts that differ in words, not only in digits (a text the
	 * same but for its digits in every record is the template's) */
	static const char *const who[] = {"Ania", "Bartek", "Celina", "Darek", "Ewa",
	                                  "Filip", "Grażyna", "Henryk", "Iga", "Jan", "Kasia"};
	static const char *const what[] = {"rzece", "mostach", "promie", "brzegu", "wodzie",
	                                   "śluzie", "porcie"};
	for (size_t i = 0; i < n; i++) {
		tt_buf_printf(b,
		              "<div><div><span>%02zu.03.2024 %02zu:%02zu</span> <a href=\"/u/%zu\">"
		              "%s%zu</a></div><div><p>Tekst numer %zu o %s i o %s.</p><p>Drugi akapit, "
		              "dłuższy: most stał tu od stu lat, a prom kursował co godzinę, dopóki "
		              "nie zbudowano nowej drogi wzdłuż brzegu.</p></div>"
		              "<div><a href=\"#\">Odpowiedz</a></div>",
		              1 + i % 28, 10 + i % 12, i % 60, i, who[i % 11], i, i, what[i % 7],
		              what[i / 7 % 7]);
		/* an even comment opens its answers' box, the odd one after it is the
		 * answer: it closes itself, the box and the comment it answers */
		tt_buf_adds(b, i % 2 ? "</div></div></div>\n" : "<div>");
	}
	if (n % 2)
		tt_buf_adds(b, "</div></div>\n");
	tt_buf_adds(b, "</div></body></html>\n");
}

/* A file on disk imported five times: the best wall time (page-cache warm). */
static int time_file(const char *path)
{
	double best = 1e9;
	size_t ncomments = 0, bytes = 0;
	for (int k = 0; k < 5; k++) {
		tt_error err;
		double t0 = bench_now();
		tt_thread *t = tt_import_file(path, NULL, &err, NULL);
		double t1 = bench_now();
		if (!t) {
			tt_error_print(&err);
			return 1;
		}
		ncomments = t->ncomments;
		tt_thread_free(t);
		best = t1 - t0 < best ? t1 - t0 : best;
	}
	FILE *f = fopen(path, "rb");
	if (f && !fseek(f, 0, SEEK_END))
		bytes = (size_t)ftell(f);
	if (f)
		fclose(f);
	printf("phase=import kind=file comments=%zu bytes=%zu import_best_s=%.4f maxrss_kb=%ld\n",
	       ncomments, bytes, best, bench_maxrss_kb());
	return 0;
}

/* Generates the input of a kind into b; the import options follow the kind. */
static int generate(const char *kind, size_t n, tt_buf *b, struct tt_import_opts *o)
{
	if (!strcmp(kind, "text")) {
		gen_page(b, n);
		o->kind = TT_IMPORT_TEXT;
	} else if (!strcmp(kind, "reddit")) {
		gen_reddit(b, n);
		o->kind = TT_IMPORT_REDDIT;
	} else if (!strcmp(kind, "hn")) {
		gen_hn(b, n);
		o->kind = TT_IMPORT_HN;
	} else if (!strcmp(kind, "html")) {
		gen_html(b, n);
		o->kind = TT_IMPORT_HTML;
	} else if (!strcmp(kind, "records")) {
		gen_records(b, n);
		o->kind = TT_IMPORT_HTML;
	} else {
		return -1;
	}
	return 0;
}

/* `gen KIND N OUT`: the same input written to a file, for other programs to read. */
static int save(const char *kind, size_t n, const char *out)
{
	tt_buf b = {0};
	struct tt_import_opts o = {0};
	if (generate(kind, n, &b, &o) < 0)
		return 2;
	FILE *f = fopen(out, "wb");
	if (!f || fwrite(b.data, 1, b.len, f) != b.len || fclose(f) != 0) {
		perror(out);
		return 1;
	}
	tt_buf_free(&b);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && !strcmp(argv[1], "gen"))
		return save(argv[2], strtoul(argv[3], NULL, 10), argv[4]);
	if (argc == 3 && !strcmp(argv[1], "file"))
		return time_file(argv[2]);
	if (argc != 3 && !(argc == 4 && !strcmp(argv[1], "file"))) {
		fprintf(stderr, "usage: bench_import text|reddit|hn|html|records COMMENTS\n"
		                "       bench_import gen text|reddit|hn|html|records COMMENTS OUT\n"
		                "       bench_import file text|reddit|hn|html|auto FILE\n"
		                "       bench_import file PAGE   (any kind, best of five)\n");
		return 2;
	}
	tt_buf b = {0};
	struct tt_import_opts o = {0};
	const char *kind = argc == 4 ? argv[2] : argv[1];
	size_t n = 0;
	/* From a file, reading it is timed too, as a reader of that file pays it. */
	double t0 = bench_now(), c0 = bench_cpu();
	if (argc == 4) {
		b.data = tt_read_file(argv[3], &b.len);
		if (!b.data) {
			perror(argv[3]);
			return 2;
		}
		/* Every kind the importer knows, by the name --from takes: "html"
		 * was once read as text, which counted 159 comments on a page of 80. */
		int k = tt_import_kind_parse(kind);
		if (k < 0) {
			fprintf(stderr, "bench_import: no such kind: %s\n", kind);
			free(b.data);
			return 2;
		}
		o.kind = (enum tt_import_kind)k;
	} else {
		n = strtoul(argv[2], NULL, 10);
		if (generate(kind, n, &b, &o) < 0)
			return 2;
		t0 = bench_now();
		c0 = bench_cpu();
	}
	tt_error err;
	tt_thread *t = tt_import_mem("bench", b.data, b.len, &o, &err);
	double t1 = bench_now(), c1 = bench_cpu();
	if (!t) {
		tt_error_print(&err);
		return 1;
	}
	if (argc == 3 && t->ncomments != n) {
		fprintf(stderr, "bench_import: %zu comments imported, %zu generated\n",
		        t->ncomments, n);
		return 1;
	}
	printf("phase=import kind=%s comments=%zu bytes=%zu import_s=%.3f import_cpu_s=%.3f "
	       "maxrss_kb=%ld\n",
	       kind, t->ncomments, b.len, t1 - t0, c1 - c0, bench_maxrss_kb());
	tt_thread_free(t);
	free(b.data);
	return 0;
}
