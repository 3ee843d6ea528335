/* import: picks the importer for an input, decodes captures, applies overrides. */
#include "threadtag/import.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "threadtag/datetime.h"
#include "threadtag/fsutil.h"
#include "threadtag/index.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

static const char *const kind_names[] = {"auto", "text", "reddit", "hn", "html", "json"};
#define NKINDS (sizeof kind_names / sizeof *kind_names)

int tt_import_kind_parse(const char *name)
{
	for (int i = 0; i < (int)NKINDS; i++)
		if (!strcasecmp(name, kind_names[i]))
			return i;
	if (!strcasecmp(name, "hackernews"))
		return TT_IMPORT_HN;
	return -1;
}

const char *tt_import_kind_name(enum tt_import_kind kind)
{
	return (unsigned)kind < NKINDS ? kind_names[kind] : "?";
}

int tt_import_encoding_parse(const char *name)
{
	if (!strcasecmp(name, "auto"))
		return TT_ENC_AUTO;
	if (!strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8"))
		return TT_ENC_UTF8;
	if (!strcasecmp(name, "windows-1252") || !strcasecmp(name, "cp1252"))
		return TT_ENC_CP1252;
	if (!strcasecmp(name, "latin1") || !strcasecmp(name, "latin-1") ||
	    !strcasecmp(name, "iso-8859-1"))
		return TT_ENC_LATIN1;
	return -1;
}

/* Length of the valid UTF-8 sequence at s, or 0 (overlongs, surrogates refused). */
static size_t utf8_seq(const unsigned char *s, size_t avail)
{
	return tt_utf8_seq((const char *)s, avail);
}

/* UTF-8, or nearly: a text browser that cuts a line or a form field at a
 * byte count leaves a broken sequence now and then in a page that is UTF-8
 * throughout. A few bad bytes among many good sequences are such cuts (each
 * becomes U+FFFD); Windows-1252 text has hardly any valid sequences, binary
 * data mostly bad ones. */
static int valid_utf8(const char *buf, size_t len)
{
	if (tt_utf8_valid(buf, len))
		return 1;
	size_t good = 0, bad = 0;
	for (size_t i = 0; i < len;) {
		if ((unsigned char)buf[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = utf8_seq((const unsigned char *)buf + i, len - i);
		if (n)
			good++, i += n;
		else
			bad++, i++;
	}
	return good >= 100 && bad * 40 <= good;
}

/* Windows-1252's 0x80-0x9F; the holes fall back to the C1 code points. */
static const unsigned short cp1252_hi[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

unsigned tt_import_cp1252(unsigned c)
{
	return c >= 0x80 && c < 0xA0 ? cp1252_hi[c - 0x80] : c;
}

/* UTF-16 with a byte-order mark (Windows' "Unicode" text) into UTF-8; lone
 * surrogates and NUL become U+FFFD. Caller frees. */
static char *utf16_to_utf8(const unsigned char *s, size_t len, int big, size_t *outlen)
{
	tt_buf b = {0};
	for (size_t i = 2; i + 1 < len; i += 2) {
		unsigned u = big ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
			unsigned lo = big ? (unsigned)s[i + 2] << 8 | s[i + 3]
			                  : (unsigned)s[i + 3] << 8 | s[i + 2];
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				tt_utf8_encode(&b, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		tt_utf8_encode(&b, (u >= 0xD800 && u <= 0xDFFF) || u == 0 ? 0xFFFD : u);
	}
	tt_buf_add(&b, NULL, 0);
	*outlen = b.len;
	return b.data;
}

char *tt_import_decode(const char *buf, size_t len, enum tt_import_encoding enc, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)buf;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		size_t n;
		char *utf8 = utf16_to_utf8(u, len, u[0] == 0xFE, &n);
		char *out = tt_import_decode(utf8, n, TT_ENC_UTF8, outlen);
		free(utf8);
		return out;
	}
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		buf += 3, len -= 3, enc = TT_ENC_UTF8;
	if (enc == TT_ENC_AUTO)
		enc = valid_utf8(buf, len) ? TT_ENC_UTF8 : TT_ENC_CP1252;
	tt_buf b = {0};
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)buf[i];
		if (c == '\r') {
			tt_buf_addc(&b, '\n');
			i += i + 1 < len && buf[i + 1] == '\n' ? 2 : 1;
		} else if (c == '\0') {
			tt_buf_adds(&b, "\xEF\xBF\xBD"); /* NUL would end the text early */
			i++;
		} else if (c < 0x80) {
			/* the run of ASCII up to the next byte of those above, at
			 * once: a call per byte was most of this loop's cost */
			size_t e = i + 1;
			while (e < len && (unsigned char)buf[e] < 0x80 && buf[e] != '\r' && buf[e] != '\0')
				e++;
			tt_buf_add(&b, buf + i, e - i);
			i = e;
		} else if (enc == TT_ENC_UTF8) {
			size_t n = utf8_seq((const unsigned char *)buf + i, len - i);
			if (n)
				tt_buf_add(&b, buf + i, n);
			else
				tt_buf_adds(&b, "\xEF\xBF\xBD");
			i += n ? n : 1;
		} else {
			unsigned cp = enc == TT_ENC_CP1252 ? tt_import_cp1252(c) : c;
			tt_utf8_encode(&b, cp);
			i++;
		}
	}
	tt_buf_add(&b, NULL, 0);
	*outlen = b.len;
	return b.data;
}

/* Skips a BOM and white space. */
static const char *skip_ws(const char *p, const char *end)
{
	if (end - p >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (p < end && strchr(" \t\r\n", *p))
		p++;
	return p;
}

static int has(const char *buf, size_t len, const char *needle)
{
	return memmem(buf, len, needle, strlen(needle)) != NULL;
}

/* A fragment of a page (MediaWiki's action=render, a copied comment list)
 * opens with a block element and is dense with markup: it closes that
 * element's kind and many others in its first 64 KB. A text opening with
 * "<div>" as a word closes nothing. */
static int looks_fragment(const char *p, const char *end)
{
	static const char *const blocks[] = {"div",    "table", "section", "article", "main", "ul",
	                                     "ol",     "dl",    "p",       "h1",      "h2",   "h3",
	                                     "header", "nav",   "form",    "center"};
	size_t n = (size_t)(end - p), scan = n < 65536 ? n : 65536;
	for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++) {
		size_t l = strlen(blocks[i]);
		if (n <= l + 1 || strncasecmp(p + 1, blocks[i], l) != 0 || !memchr(" \t\r\n>", p[1 + l], 5))
			continue;
		char close[16];
		snprintf(close, sizeof close, "</%s>", blocks[i]);
		if (!memmem(p, scan, close, strlen(close)))
			return 0;
		size_t closes = 0;
		for (const char *q = p; closes < 8 && (q = memmem(q, scan - (size_t)(q - p), "</", 2)); q += 2)
			closes++;
		return closes >= 8;
	}
	return 0;
}

/* A page opens with a doctype, <html>, <head>, a comment or one of the
 * elements browsers save at the top, or is a fragment of one; text that
 * merely mentions a tag does not. */
static int looks_html(const char *p, const char *end)
{
	static const char *const starts[] = {"<!doctype html", "<html", "<head",  "<!--",
	                                     "<meta",          "<body", "<title", "<?xml",
	                                     "<script",        "<link", "<style"};
	if (p == end || *p != '<')
		return 0;
	size_t n = (size_t)(end - p);
	for (size_t i = 0; i < sizeof starts / sizeof *starts; i++) {
		size_t l = strlen(starts[i]);
		if (n >= l && !strncasecmp(p, starts[i], l)) {
			/* A comment, an XML declaration or a script must still lead to a page. */
			if (i < 3 || (i > 3 && i < 7))
				return 1;
			size_t scan = n < 65536 ? n : 65536; /* scripts can be long */
			return memmem(p, scan, "<html", 5) || memmem(p, scan, "<HTML", 5) ||
			       memmem(p, scan, "<head", 5) || memmem(p, scan, "<!DOCTYPE", 9) ||
			       memmem(p, scan, "<!doctype", 9);
		}
	}
	return looks_fragment(p, end);
}

enum tt_import_kind tt_import_detect(const char *buf, size_t len)
{
	const char *end = buf + len, *p = skip_ws(buf, end);
	if (looks_html(p, end))
		return TT_IMPORT_HTML;
	if (p == end || (*p != '{' && *p != '['))
		return TT_IMPORT_TEXT;
	const char *q = skip_ws(p + 1, end);
	/* JSON opens with {"key" or [{ or [] — a page rarely does. */
	if (q < end &&
	    !((*p == '{' && (*q == '"' || *q == '}')) || (*p == '[' && (*q == '{' || *q == ']'))))
		return TT_IMPORT_TEXT;
	/* An empty object or array is JSON only when nothing follows it: a text
	 * browser draws an empty form field as "[    ]" atop a page. */
	if (q < end && (*q == '}' || *q == ']') && skip_ws(q + 1, end) != end)
		return TT_IMPORT_TEXT;
	if (*p == '[' && (has(buf, len, "\"Listing\"") || has(buf, len, "\"t3\"")))
		return TT_IMPORT_REDDIT;
	if (*p == '{' && has(buf, len, "\"kind\"") && has(buf, len, "\"Listing\""))
		return TT_IMPORT_REDDIT;
	return TT_IMPORT_HN;
}

/* Where the first JSON value of buf ends (just past its closing bracket),
 * or NULL when it never closes. Strings are followed with their escapes but
 * may hold raw line ends: a text browser wraps a logged object's long
 * strings, and the value still ends where its brackets balance. */
static const char *json_value_end(const char *p, const char *end)
{
	size_t depth = 0;
	for (int in_str = 0; p < end; p++) {
		if (in_str) {
			if (*p == '\\' && p + 1 < end)
				p++;
			else if (*p == '"')
				in_str = 0;
		} else if (*p == '"') {
			in_str = 1;
		} else if (*p == '{' || *p == '[') {
			depth++;
		} else if ((*p == '}' || *p == ']') && depth && !--depth) {
			return p + 1;
		}
	}
	return NULL;
}

/* A line of prose: two words of letters or more, and none of JSON's marks
 * at its start or between a key and its value. */
static int prose_line(const char *p, const char *eol)
{
	while (p < eol && (*p == ' ' || *p == '\t'))
		p++;
	if (p == eol || strchr("{}[]\",", *p) || memmem(p, (size_t)(eol - p), "\":", 2))
		return 0;
	int words = 0;
	for (int in_word = 0; p < eol; p++) {
		int letter = ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (unsigned char)*p >= 0x80;
		if (letter && !in_word)
			words++;
		in_word = letter;
	}
	return words >= 2;
}

/* Page text that opens with a JSON value (a console's logged object a page
 * printed above its text) rather than broken JSON: the first value closes
 * and most of the lines after it, three or more, are prose. A truncated
 * export never closes; one with a stray comma has no prose after it. */
static int json_then_prose(const char *buf, size_t len)
{
	const char *end = buf + len, *p = json_value_end(skip_ws(buf, end), end);
	if (!p)
		return 0;
	size_t prose = 0, lines = 0;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		eol = eol ? eol : end;
		if (skip_ws(p, eol) < eol)
			lines++, prose += prose_line(p, eol);
		p = eol + 1;
	}
	return prose >= 3 && prose * 2 > lines;
}

/* A thread file has "threadtag:" as a top-level key (at the start of a line). */
static int is_thread_file(const char *buf, size_t len)
{
	const char *p = skip_ws(buf, buf + len);
	if ((size_t)(buf + len - p) >= 10 && !memcmp(p, "threadtag:", 10))
		return 1;
	return has(buf, len, "\nthreadtag:");
}

void tt_import_apply_overrides(tt_thread *t, const struct tt_import_opts *o)
{
	tt_article *a = &t->article;
	const char **fields[] = {&a->title, &a->author, &a->site, &a->url, &a->published};
	const char *vals[] = {o->title, o->author, o->site, o->url, o->published};
	/* An empty value takes a wrongly found field away; the title, which a
	 * thread must have, is then left as found. */
	for (size_t i = 0; i < 5; i++)
		if (vals[i] && vals[i][0])
			*fields[i] = tt_thread_strdup(t, vals[i], (size_t)-1);
		else if (vals[i] && i > 0)
			*fields[i] = NULL;
	if (o->published) {
		char iso[32] = "";
		a->time = tt_datetime_parse(o->published, iso) == 0
		              ? tt_thread_strdup(t, iso, (size_t)-1)
		              : NULL;
	}
}

/* A control character no text file holds (tab, line ends, form feed and
 * escape are text's own; Windows-1252 leaves five bytes undefined). */
static int stray_control(unsigned char c, int utf8)
{
	return (c < 0x20 && !strchr("\t\n\v\f\r\x1B", c)) || c == 0x7F ||
	       (!utf8 && (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D));
}

/* Refuses binary data before any importer turns it into a thread of garbage:
 * a known binary format or a NUL byte anywhere (UTF-16 was decoded before).
 * 0, or -1 with err saying what was seen and where. */
static int refuse_binary(const char *name, const char *buf, size_t len, tt_error *err)
{
	/* A known format, or a NUL in the first block: the words of every reader. */
	if (tt_check_text(name, buf, len, 0, err) < 0)
		return -1;
	const char *nul = memchr(buf, '\0', len);
	if (!nul)
		return 0;
	unsigned line = 1;
	const char *bol = buf;
	for (const char *p = buf; p < nul; p++)
		if (*p == '\n')
			line++, bol = p + 1;
	return tt_error_set(err, name, line, (unsigned)(nul - bol) + 1,
	                    "binary input (a NUL byte), not text");
}

/* Text with more than one stray control byte in a hundred, once decoded as
 * UTF-8 or Windows-1252, is no page either. 0, or -1 with err. The
 * encoding that auto decodes with in *enc (the decoder would ask the whole
 * input whether it is UTF-8 again; a byte order mark, which it reads
 * first, overrides either). */
static int refuse_controls(const char *name, const char *buf, size_t len,
                           enum tt_import_encoding *enc, tt_error *err)
{
	const unsigned char *u = (const unsigned char *)buf;
	int utf8 = valid_utf8(buf, len);
	if (*enc == TT_ENC_AUTO)
		*enc = utf8 ? TT_ENC_UTF8 : TT_ENC_CP1252;
	size_t stray = 0;
	for (size_t i = 0; i < len; i++)
		stray += stray_control(u[i], utf8);
	if (stray && stray * 100 >= len)
		return tt_error_set(err, name, 0, 0,
		                    "binary input (%zu control bytes in %zu, as %s), not text; "
		                    "nothing imported",
		                    stray, len, utf8 ? "UTF-8" : "Windows-1252");
	return 0;
}

/* The importer may have named the format more precisely already. */
static void note_format(struct tt_import_report *r, const char *format)
{
	if (r && !r->format[0])
		snprintf(r->format, sizeof r->format, "%s", format);
}

static int utf16_bom(const char *buf, size_t len)
{
	const unsigned char *u = (const unsigned char *)buf;
	return len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
}

/* Under --from auto, input taken for JSON that the JSON importer refused
 * but that reads as page text is imported as text, saying why (the JSON
 * error is kept when the text importer refuses it too). */
static tt_thread *json_as_text(const char *name, const char *buf, size_t len,
                               const struct tt_import_opts *o, tt_error *err)
{
	if (!json_then_prose(buf, len))
		return NULL;
	size_t tlen;
	tt_error terr;
	enum tt_import_encoding enc = o->encoding;
	if (refuse_controls(name, buf, len, &enc, &terr) < 0)
		return NULL;
	char *text = tt_import_decode(buf, len, enc, &tlen);
	tt_thread *t = tt_import_text(name, text, tlen, o, &terr);
	free(text);
	struct tt_import_report *r = o->report;
	if (!t || !r)
		return t;
	tt_import_warn(r, 0, "not JSON (%u:%u: %s), read as page text", err->line, err->col,
	               err->msg);
	/* First among the warnings, as the JSON is first in the file. */
	char *w = r->warn[r->nwarn - 1];
	memmove(r->warn + 1, r->warn, (r->nwarn - 1) * sizeof *r->warn);
	r->warn[0] = w;
	return t;
}

/* Whether decoding would give buf back byte for byte (UTF-8 throughout, no
 * BOM, no CR, no NUL): then the text importer reads buf itself, and a 10 MB
 * page is not held twice while it is imported. */
static int decoded_as_is(const char *buf, size_t len, enum tt_import_encoding enc)
{
	return enc == TT_ENC_UTF8 && !(len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) &&
	       !memchr(buf, '\r', len) && !memchr(buf, '\0', len) && tt_utf8_valid(buf, len);
}

static tt_thread *import_buf(const char *name, const char *buf, size_t len,
                             const struct tt_import_opts *opts, int terminated, tt_error *err);

tt_thread *tt_import_mem(const char *name, const char *buf, size_t len,
                         const struct tt_import_opts *opts, tt_error *err)
{
	return import_buf(name, buf, len, opts, 0, err);
}

/* tt_import_mem; terminated says buf[len] is a NUL the importers may read. */
static tt_thread *import_buf(const char *name, const char *buf, size_t len,
                             const struct tt_import_opts *opts, int terminated, tt_error *err)
{
	static const struct tt_import_opts none;
	const struct tt_import_opts *o = opts ? opts : &none;
	if (utf16_bom(buf, len)) {
		/* Windows' "Unicode" files: every importer reads them as UTF-8. */
		size_t n;
		char *utf8 = tt_import_decode(buf, len, TT_ENC_AUTO, &n);
		tt_thread *t = tt_import_mem(name, utf8, n, o, err);
		free(utf8);
		return t;
	}
	enum tt_import_kind kind = o->kind ? o->kind : tt_import_detect(buf, len);
	if (kind == TT_IMPORT_JSON) /* JSON whichever forum's: never page text */
		kind = tt_import_detect(buf, len) == TT_IMPORT_REDDIT ? TT_IMPORT_REDDIT : TT_IMPORT_HN;
	tt_thread *t = NULL;
	if (!o->kind && is_thread_file(buf, len)) {
		/* Already a thread file: read it, so import normalises it. */
		t = tt_thread_load_mem(name, buf, len, err);
		if (t)
			tt_import_apply_overrides(t, o);
		note_format(o->report, "thread");
		return t;
	}
	if (refuse_binary(name, buf, len, err) < 0)
		return NULL;
	if (kind == TT_IMPORT_HTML) {
		t = tt_import_html(name, buf, len, o, err);
	} else if (kind == TT_IMPORT_REDDIT || kind == TT_IMPORT_HN) {
		t = kind == TT_IMPORT_REDDIT ? tt_import_reddit(name, buf, len, err)
		                             : tt_import_hn(name, buf, len, err);
		if (!t && !o->kind && (t = json_as_text(name, buf, len, o, err)))
			kind = TT_IMPORT_TEXT;
	} else {
		enum tt_import_encoding enc = o->encoding;
		if (refuse_controls(name, buf, len, &enc, err) < 0)
			return NULL;
		if (terminated && decoded_as_is(buf, len, enc)) {
			t = tt_import_text(name, buf, len, o, err);
		} else {
			size_t tlen;
			char *text = tt_import_decode(buf, len, enc, &tlen);
			t = tt_import_text(name, text, tlen, o, err);
			free(text);
		}
	}
	if (!t)
		return NULL;
	note_format(o->report, tt_import_kind_name(kind));
	/* The forum's own address when the importer knows it, else the file's
	 * name (without its directories, which are this machine's business). */
	const char *slash = strrchr(name, '/');
	if (!t->source && strcmp(name, "<stdin>") != 0)
		t->source = tt_thread_strdup(t, slash ? slash + 1 : name, (size_t)-1);
	/* The text importer applies overrides before its ids are derived; the JSON
	 * ones carry the forum's own ids, which overrides do not change. */
	if (kind != TT_IMPORT_TEXT && kind != TT_IMPORT_HTML)
		tt_import_apply_overrides(t, o);
	return t;
}

/* Reads a whole file ("-": standard input, named "<stdin>" in messages) and
 * imports it; a thread file is taken as it is when as_is is set and no
 * importer was asked for. */
static tt_thread *from_file(const char *path, const struct tt_import_opts *opts, int as_is,
                            tt_error *err, int *errno_out)
{
	size_t len;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (errno_out)
		*errno_out = 0;
	/* Invalid UTF-8 is not refused here: it is decoded as CP1252. */
	char *buf = tt_read_text(path, TT_READ_MAX, 0, &len, err, errno_out);
	if (!buf)
		return NULL;
	tt_thread *t;
	if (as_is && is_thread_file(buf, len) && (!opts || !opts->kind))
		t = tt_thread_load_mem(name, buf, len, err);
	else
		t = import_buf(name, buf, len, opts, 1, err); /* tt_read_text ends it with a NUL */
	free(buf);
	return t;
}

tt_thread *tt_import_file(const char *path, const struct tt_import_opts *opts, tt_error *err,
                          int *errno_out)
{
	return from_file(path, opts, 0, err, errno_out);
}

/* Whether the file's first bytes say it is a thread file, so it can be streamed
 * (a thread file starts with its "threadtag:" key; a capture quoting one far
 * down is read whole and told apart as before). */
static int head_is_thread_file(const char *path)
{
	char head[65536];
	struct stat sb;
	/* Only a regular file can be read twice: a pipe's head would be lost. */
	if (stat(path, &sb) < 0 || !S_ISREG(sb.st_mode))
		return 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	return is_thread_file(head, n);
}

/* A thread file: through its index when one is valid, else streamed into the
 * model as `check` does (never whole in memory), leaving an index for the
 * next open. The index is a cache: failing to write it is no error. */
static tt_thread *open_thread_file(const char *path, tt_error *err, int *errno_out)
{
	char *idx = tt_index_path_for(path);
	tt_index_stamp st;
	tt_thread *t = idx ? tt_index_open(path, idx) : NULL;
	if (!t) {
		int stamped = idx && tt_index_stamp_of(path, &st) == 0;
		t = tt_thread_load(path, err, errno_out);
		if (t && stamped)
			(void)tt_index_write(t, path, &st, idx);
	}
	free(idx);
	return t;
}

tt_thread *tt_open_any(const char *path, const struct tt_import_opts *opts_or_NULL, tt_error *err,
                       int *errno_out)
{
	if (strcmp(path, "-") != 0 && (!opts_or_NULL || !opts_or_NULL->kind) &&
	    head_is_thread_file(path)) {
		if (errno_out)
			*errno_out = 0;
		return open_thread_file(path, err, errno_out);
	}
	return from_file(path, opts_or_NULL, 1, err, errno_out);
}
