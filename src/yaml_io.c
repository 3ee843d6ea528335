/* yaml_io: the only module that talks to libyaml; one error shape for all. */
#include "threadtag/yaml_io.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "threadtag/fsutil.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

struct tt_yreader {
	yaml_parser_t parser;
	yaml_event_t event;
	int have_event;
	int done;
	char *owned; /* file contents when we read the file */
	const char *buf; /* the whole input; NULL while a file is streamed */
	size_t len;
	FILE *fp;        /* a regular file, streamed so it is never held whole */
	char *path;      /* re-read only to place an error */
	unsigned depth, max_depth;
	char name[512];
};

static tt_yreader *reader_new(const char *name, const char *buf, size_t len,
			      unsigned max_depth)
{
	tt_yreader *r = tt_xcalloc(1, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", name);
	r->buf = buf;
	r->len = len;
	r->max_depth = max_depth ? max_depth : TT_YAML_DEFAULT_MAX_DEPTH;
	yaml_parser_initialize(&r->parser);
	yaml_parser_set_input_string(&r->parser, (const unsigned char *)buf, len);
	return r;
}

tt_yreader *tt_yreader_open_mem(const char *name, const char *buf, size_t len,
				unsigned max_depth, tt_error *err)
{
	(void)err;
	return reader_new(name, buf, len, max_depth);
}

/* Refuses a file too large to be one of ours before libyaml spends time on
 * it. Binary content needs no check here: the reader stops at its first NUL
 * or invalid UTF-8 byte and says where. */
static int check_size(const char *path, const struct stat *st, tt_error *err)
{
	if ((unsigned long long)st->st_size > TT_READ_MAX)
		return tt_error_set(err, path, 0, 0, "larger than the %zu MiB a file may hold",
				    TT_READ_MAX >> 20);
	return 0;
}

/* A regular file is streamed through libyaml's own buffer: a thread is not
 * held in memory twice (file bytes and model) while it loads. */
static tt_yreader *open_stream(const char *path, unsigned max_depth, tt_error *err,
			       int *errno_out)
{
	FILE *fp = fopen(path, "rb");
	struct stat st;
	if (fp && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		fp = NULL;
		errno = EISDIR;
	}
	if (!fp) {
		if (errno_out)
			*errno_out = errno;
		tt_error_set(err, path, 0, 0, "%s", strerror(errno));
		return NULL;
	}
	if (check_size(path, &st, err) < 0) {
		if (errno_out)
			*errno_out = 0;
		fclose(fp);
		return NULL;
	}
	tt_yreader *r = tt_xcalloc(1, sizeof *r);
	snprintf(r->name, sizeof r->name, "%s", path);
	r->max_depth = max_depth ? max_depth : TT_YAML_DEFAULT_MAX_DEPTH;
	r->fp = fp;
	r->path = tt_xstrdup(path);
	yaml_parser_initialize(&r->parser);
	yaml_parser_set_input_file(&r->parser, fp);
	return r;
}

/* Anything else (stdin, a FIFO, a device) is read whole, capped, and refused
 * early when it is binary: /dev/zero must not fill the memory. */
tt_yreader *tt_yreader_open_file(const char *path, unsigned max_depth, tt_error *err,
				 int *errno_out)
{
	struct stat st;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return open_stream(path, max_depth, err, errno_out);
	size_t len;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	char *buf = tt_read_text(path, TT_READ_MAX, 1, &len, err, errno_out);
	if (!buf)
		return NULL;
	tt_yreader *r = reader_new(name, buf, len, max_depth);
	r->owned = buf;
	return r;
}

const char *tt_yreader_name(const tt_yreader *r)
{
	return r->name;
}

void tt_yreader_progress(const tt_yreader *r, size_t *done, size_t *total)
{
	struct stat st;
	*done = r->parser.offset;
	*total = r->buf ? r->len : r->fp && fstat(fileno(r->fp), &st) == 0 ? (size_t)st.st_size : 0;
}

void tt_yreader_close(tt_yreader *r)
{
	if (!r)
		return;
	if (r->have_event)
		yaml_event_delete(&r->event);
	yaml_parser_delete(&r->parser);
	if (r->fp)
		fclose(r->fp);
	free(r->path);
	free(r->owned);
	free(r);
}

/* For a streamed file, reads it whole once an error needs a line and column
 * that libyaml does not give (reader errors) or a look at the text. */
static void need_text(tt_yreader *r)
{
	if (r->buf || !r->path)
		return;
	r->owned = tt_read_file(r->path, &r->len);
	r->buf = r->owned;
	if (!r->buf)
		r->len = 0;
}

/* Line and column (1-based, in characters) of a byte offset in the input. */
static void offset_position(const tt_yreader *r, size_t off, unsigned *line, unsigned *col)
{
	unsigned l = 1, c = 1;
	if (off > r->len)
		off = r->len;
	for (size_t i = 0; i < off; i++) {
		unsigned char ch = (unsigned char)r->buf[i];
		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* The byte at a 1-based line and column (columns count characters). */
static int char_at(const tt_yreader *r, unsigned line, unsigned col)
{
	size_t i = 0;
	for (unsigned l = 1; l < line && i < r->len; i++)
		if (r->buf[i] == '\n')
			l++;
	for (unsigned c = 1; i < r->len && r->buf[i] != '\n'; i++) {
		if ((r->buf[i] & 0xC0) == 0x80)
			continue;
		if (c++ == col)
			return (unsigned char)r->buf[i];
	}
	return -1;
}

static int parser_error(tt_yreader *r, tt_error *err)
{
	yaml_parser_t *p = &r->parser;
	unsigned line = (unsigned)p->problem_mark.line + 1;
	unsigned col = (unsigned)p->problem_mark.column + 1;
	const char *problem = p->problem ? p->problem : "unknown error";
	need_text(r);
	switch (p->error) {
	case YAML_READER_ERROR:
		offset_position(r, p->problem_offset, &line, &col);
		if (strstr(problem, "control characters"))
			return tt_error_set(err, r->name, line, col,
					    "control character 0x%02X is not allowed here "
					    "(write it as an escape in a double-quoted string)",
					    (unsigned)p->problem_value);
		if (strstr(problem, "UTF") || strstr(problem, "Unicode"))
			return tt_error_set(err, r->name, line, col, "invalid UTF-8 (%s)",
					    problem);
		return tt_error_set(err, r->name, line, col, "%s", problem);
	case YAML_MEMORY_ERROR:
		return tt_error_set(err, r->name, 0, 0, "out of memory while parsing");
	default:
		if (char_at(r, line, col) == '\t')
			return tt_error_set(err, r->name, line, col,
					    "YAML syntax error: a tab cannot indent YAML; use spaces");
		if (p->context)
			return tt_error_set(err, r->name, line, col, "YAML syntax error: %s %s",
					    p->context, problem);
		return tt_error_set(err, r->name, line, col, "YAML syntax error: %s", problem);
	}
}

static int event_error(tt_yreader *r, const yaml_event_t *e, tt_error *err, const char *msg)
{
	return tt_error_set(err, r->name, (unsigned)e->start_mark.line + 1,
			    (unsigned)e->start_mark.column + 1, "%s", msg);
}

/* Refuses anchors and aliases: data files never need them, and they are how
 * "billion laughs" files blow up a loader. */
static int check_anchor(tt_yreader *r, const yaml_event_t *e, tt_error *err)
{
	const yaml_char_t *anchor = NULL;
	if (e->type == YAML_ALIAS_EVENT)
		return event_error(r, e, err, "aliases (*name) are not allowed in this file");
	if (e->type == YAML_SCALAR_EVENT)
		anchor = e->data.scalar.anchor;
	else if (e->type == YAML_SEQUENCE_START_EVENT)
		anchor = e->data.sequence_start.anchor;
	else if (e->type == YAML_MAPPING_START_EVENT)
		anchor = e->data.mapping_start.anchor;
	if (anchor)
		return event_error(r, e, err, "anchors (&name) are not allowed in this file");
	return 0;
}

static int pull(tt_yreader *r, tt_error *err)
{
	if (r->have_event) {
		yaml_event_delete(&r->event);
		r->have_event = 0;
	}
	if (!yaml_parser_parse(&r->parser, &r->event))
		return parser_error(r, err);
	r->have_event = 1;
	return 0;
}

/* After the first document: only the end of the stream may follow. */
static int expect_stream_end(tt_yreader *r, tt_error *err)
{
	if (pull(r, err) < 0)
		return -1;
	if (r->event.type == YAML_DOCUMENT_START_EVENT)
		return event_error(r, &r->event, err,
				   "more than one YAML document (a second '---')");
	return 0;
}

static int fill(tt_yreader *r, tt_yevent *ev, tt_error *err)
{
	yaml_event_t *e = &r->event;
	memset(ev, 0, sizeof *ev);
	ev->line = (unsigned)e->start_mark.line + 1;
	ev->col = (unsigned)e->start_mark.column + 1;
	switch (e->type) {
	case YAML_SCALAR_EVENT:
		ev->type = TT_Y_SCALAR;
		ev->value = (const char *)e->data.scalar.value;
		ev->len = e->data.scalar.length;
		ev->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		if (memchr(ev->value, '\0', ev->len))
			return event_error(r, e, err, "NUL character (\\0) in text is not allowed");
		break;
	case YAML_MAPPING_START_EVENT:
	case YAML_SEQUENCE_START_EVENT:
		if (++r->depth > r->max_depth)
			return tt_error_set(err, r->name, ev->line, ev->col,
					    "nesting deeper than %u levels", r->max_depth);
		ev->type = e->type == YAML_MAPPING_START_EVENT ? TT_Y_MAP_START : TT_Y_SEQ_START;
		break;
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		r->depth--;
		ev->type = e->type == YAML_MAPPING_END_EVENT ? TT_Y_MAP_END : TT_Y_SEQ_END;
		break;
	default:
		ev->type = TT_Y_END;
		break;
	}
	ev->depth = r->depth;
	return 0;
}

int tt_yreader_next(tt_yreader *r, tt_yevent *ev, tt_error *err)
{
	if (r->done) {
		memset(ev, 0, sizeof *ev);
		ev->type = TT_Y_END;
		return 0;
	}
	for (;;) {
		if (pull(r, err) < 0)
			return -1;
		yaml_event_type_t t = r->event.type;
		if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT)
			continue;
		if (check_anchor(r, &r->event, err) < 0)
			return -1;
		if (t == YAML_DOCUMENT_END_EVENT || t == YAML_STREAM_END_EVENT) {
			unsigned line = (unsigned)r->event.start_mark.line + 1;
			unsigned col = (unsigned)r->event.start_mark.column + 1;
			r->done = 1;
			if (t == YAML_DOCUMENT_END_EVENT && expect_stream_end(r, err) < 0)
				return -1;
			memset(ev, 0, sizeof *ev);
			ev->type = TT_Y_END;
			ev->line = line;
			ev->col = col;
			return 0;
		}
		return fill(r, ev, err);
	}
}

int tt_yreader_skip(tt_yreader *r, const tt_yevent *first, tt_error *err)
{
	if (first->type != TT_Y_MAP_START && first->type != TT_Y_SEQ_START)
		return 0;
	unsigned target = first->depth - 1;
	tt_yevent ev;
	do {
		if (tt_yreader_next(r, &ev, err) < 0)
			return -1;
		if (ev.type == TT_Y_END)
			return tt_error_set(err, r->name, ev.line, ev.col, "unexpected end of file");
	} while (!((ev.type == TT_Y_MAP_END || ev.type == TT_Y_SEQ_END) && ev.depth == target));
	return 0;
}

int tt_yreader_fail(tt_yreader *r, const tt_yevent *at, tt_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tt_error_vset(err, r->name, at ? at->line : 0, at ? at->col : 0, fmt, ap);
	va_end(ap);
	return -1;
}

int tt_yscalar_is_null(const tt_yevent *ev)
{
	if (ev->type != TT_Y_SCALAR || !ev->plain)
		return 0;
	return ev->len == 0 || !strcmp(ev->value, "~") || !strcmp(ev->value, "null") ||
	       !strcmp(ev->value, "Null") || !strcmp(ev->value, "NULL");
}

const char *tt_yevent_kind(const tt_yevent *ev, const char *scalar_word)
{
	switch (ev->type) {
	case TT_Y_MAP_START:
		return "a mapping";
	case TT_Y_SEQ_START:
		return "a list";
	case TT_Y_SCALAR:
		if (scalar_word)
			return scalar_word;
		return tt_yscalar_is_null(ev) ? "nothing" : ev->value;
	default:
		return "the end of the file";
	}
}

int tt_yscalar_bool(const tt_yevent *ev, int *out)
{
	if (ev->type != TT_Y_SCALAR || !ev->plain)
		return -1;
	if (!strcmp(ev->value, "true") || !strcmp(ev->value, "True") ||
	    !strcmp(ev->value, "TRUE")) {
		*out = 1;
		return 0;
	}
	if (!strcmp(ev->value, "false") || !strcmp(ev->value, "False") ||
	    !strcmp(ev->value, "FALSE")) {
		*out = 0;
		return 0;
	}
	return -1;
}

int tt_yscalar_long(const tt_yevent *ev, long long *out)
{
	if (ev->type != TT_Y_SCALAR || !ev->plain || ev->len == 0)
		return -1;
	char *end;
	errno = 0;
	long long v = strtoll(ev->value, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

/* ---- emitter ---- */

struct tt_yemit {
	yaml_emitter_t emitter;
	tt_buf out;
	int failed;
};

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	tt_buf_add(data, buffer, size);
	return 1;
}

static void emit(tt_yemit *e, yaml_event_t *ev)
{
	if (e->failed) {
		yaml_event_delete(ev);
		return;
	}
	if (!yaml_emitter_emit(&e->emitter, ev))
		e->failed = 1; /* yaml_emitter_emit frees the event either way */
}

tt_yemit *tt_yemit_new(void)
{
	tt_yemit *e = tt_xcalloc(1, sizeof *e);
	yaml_event_t ev;
	yaml_emitter_initialize(&e->emitter);
	yaml_emitter_set_output(&e->emitter, write_handler, &e->out);
	yaml_emitter_set_unicode(&e->emitter, 1);
	yaml_emitter_set_width(&e->emitter, -1); /* one paragraph a line: diff-friendly */
	yaml_emitter_set_indent(&e->emitter, 2);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(e, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	emit(e, &ev);
	return e;
}

void tt_yemit_map_start(tt_yemit *e, int flow)
{
	yaml_event_t ev;
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
					    flow ? YAML_FLOW_MAPPING_STYLE
						 : YAML_BLOCK_MAPPING_STYLE);
	emit(e, &ev);
}

void tt_yemit_map_end(tt_yemit *e)
{
	yaml_event_t ev;
	yaml_mapping_end_event_initialize(&ev);
	emit(e, &ev);
}

void tt_yemit_seq_start(tt_yemit *e, int flow)
{
	yaml_event_t ev;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
					     flow ? YAML_FLOW_SEQUENCE_STYLE
						  : YAML_BLOCK_SEQUENCE_STYLE);
	emit(e, &ev);
}

void tt_yemit_seq_end(tt_yemit *e)
{
	yaml_event_t ev;
	yaml_sequence_end_event_initialize(&ev);
	emit(e, &ev);
}

/* Would a YAML 1.1 reader (PyYAML) take this plain text for a non-string?
 * libyaml's emitter does no resolution, so such strings are quoted here. */
static int looks_typed(const char *s, size_t len)
{
	static const char *const words[] = {"null", "~", "true", "false", "yes", "no",
					    "on", "off", "y", "n", ".inf", "-.inf",
					    "+.inf", ".nan"};
	if (len == 0)
		return 1;
	/* none is longer than five bytes: most texts need no look at them */
	for (size_t i = 0; len <= 5 && i < sizeof words / sizeof *words; i++)
		if (strlen(words[i]) == len && strncasecmp(s, words[i], len) == 0)
			return 1;
	if (!strchr("0123456789+-.", s[0]) || len > 64)
		return 0;
	/* Numbers in any base, sexagesimals and timestamps share these characters. */
	return strspn(s, "0123456789abcdefABCDEFxXoO_.:+-eETZ tz") >= len;
}

void tt_yemit_strn(tt_yemit *e, const char *s, size_t len, enum tt_ystyle style)
{
	yaml_scalar_style_t st = YAML_ANY_SCALAR_STYLE;
	if (style == TT_YS_PLAIN)
		st = YAML_PLAIN_SCALAR_STYLE;
	else if (style == TT_YS_QUOTED)
		st = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	else if (style == TT_YS_LITERAL)
		st = memchr(s, '\n', len) ? YAML_LITERAL_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE;
	if (looks_typed(s, len) && st != YAML_LITERAL_SCALAR_STYLE)
		st = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	yaml_event_t ev;
	/* Refuses text that is not UTF-8; the event is then unset, so do not emit it. */
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (const yaml_char_t *)s, (int)len, 1, 1,
					  st)) {
		e->failed = 1;
		return;
	}
	emit(e, &ev);
}

void tt_yemit_str(tt_yemit *e, const char *s, enum tt_ystyle style)
{
	tt_yemit_strn(e, s, strlen(s), style);
}

void tt_yemit_raw(tt_yemit *e, const char *token)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (const yaml_char_t *)token,
					  (int)strlen(token), 1, 0, YAML_PLAIN_SCALAR_STYLE)) {
		e->failed = 1;
		return;
	}
	emit(e, &ev);
}

void tt_yemit_kv(tt_yemit *e, const char *key, const char *val)
{
	if (!val)
		return;
	tt_yemit_raw(e, key);
	tt_yemit_str(e, val, TT_YS_ANY);
}

void tt_yemit_kv_int(tt_yemit *e, const char *key, long long v)
{
	char num[32];
	snprintf(num, sizeof num, "%lld", v);
	tt_yemit_raw(e, key);
	tt_yemit_raw(e, num);
}

int tt_yemit_finish(tt_yemit *e, char **out, size_t *len)
{
	yaml_event_t ev;
	yaml_document_end_event_initialize(&ev, 1);
	emit(e, &ev);
	yaml_stream_end_event_initialize(&ev);
	emit(e, &ev);
	if (!e->failed && !yaml_emitter_flush(&e->emitter))
		e->failed = 1;
	if (e->failed)
		return -1;
	tt_buf_add(&e->out, NULL, 0);
	*out = e->out.data;
	if (len)
		*len = e->out.len;
	e->out.data = NULL;
	e->out.len = e->out.cap = 0;
	return 0;
}

void tt_yemit_free(tt_yemit *e)
{
	if (!e)
		return;
	yaml_emitter_delete(&e->emitter);
	tt_buf_free(&e->out);
	free(e);
}
