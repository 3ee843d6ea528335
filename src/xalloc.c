/* xalloc: checked allocation and a growable buffer. */
#include "threadtag/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

static void *oom(size_t n)
{
	fprintf(stderr, "threadtag: out of memory (%zu bytes)\n", n);
	exit(EX_OSERR);
}

void *tt_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	return p ? p : oom(n);
}

void *tt_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	return p ? p : oom(n * size);
}

void *tt_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	return q ? q : oom(n);
}

char *tt_xstrndup(const char *s, size_t n)
{
	char *p = tt_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *tt_xstrdup(const char *s)
{
	return tt_xstrndup(s, strlen(s));
}

char *tt_xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = tt_xmalloc((size_t)(n < 0 ? 0 : n) + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
	va_end(ap);
	return p;
}

static void buf_reserve(tt_buf *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = tt_xrealloc(b->data, cap);
		b->cap = cap;
	}
}

void tt_buf_reserve(tt_buf *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->data = tt_xrealloc(b->data, b->len + n + 1);
		b->cap = b->len + n + 1;
	}
}

void tt_buf_add(tt_buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void tt_buf_addc(tt_buf *b, char c)
{
	tt_buf_add(b, &c, 1);
}

void tt_buf_adds(tt_buf *b, const char *s)
{
	tt_buf_add(b, s, strlen(s));
}

void tt_buf_printf(tt_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void tt_buf_free(tt_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
