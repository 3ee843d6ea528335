/* xalloc: checked allocation; out of memory ends the program with a message. */
#ifndef THREADTAG_XALLOC_H
#define THREADTAG_XALLOC_H

#include <stddef.h>

void *tt_xmalloc(size_t n);
void *tt_xcalloc(size_t n, size_t size);
void *tt_xrealloc(void *p, size_t n);
char *tt_xstrdup(const char *s);
char *tt_xstrndup(const char *s, size_t n);
/* printf into a new string. Caller frees. */
char *tt_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer, always NUL-terminated. */
typedef struct tt_buf {
	char *data;
	size_t len, cap;
} tt_buf;
void tt_buf_add(tt_buf *b, const void *p, size_t n);
void tt_buf_addc(tt_buf *b, char c);
void tt_buf_adds(tt_buf *b, const char *s);
void tt_buf_printf(tt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Room for n more bytes (and the NUL) at once, for a size known ahead. */
void tt_buf_reserve(tt_buf *b, size_t n);
void tt_buf_free(tt_buf *b);

#endif
