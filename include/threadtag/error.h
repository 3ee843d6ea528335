/* error: the one error shape of threadtag and the messages every command prints. */
#ifndef THREADTAG_ERROR_H
#define THREADTAG_ERROR_H

#include <stdarg.h>

/* One error shape for every loader: printed as "threadtag: FILE:LINE:COL: MSG". */
typedef struct tt_error {
	char file[512];
	unsigned line; /* 1-based; 0 when no position exists */
	unsigned col;  /* 1-based */
	char msg[512];
} tt_error;

/* Fills err (printf-style); always returns -1 so callers can `return tt_error_set(...)`. */
int tt_error_set(tt_error *err, const char *file, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The same with a va_list, for functions that take a format themselves. */
int tt_error_vset(tt_error *err, const char *file, unsigned line, unsigned col, const char *fmt,
                  va_list ap) __attribute__((format(printf, 5, 0)));
/* Writes the error to stderr in the project's one message shape; the file name
 * and the message pass the sanitiser. */
void tt_error_print(const tt_error *err);

/* Says "threadtag CMD: MESSAGE" and "Try 'threadtag CMD --help'." on stderr
 * (CMD NULL for the viewer's own options). Returns 64 (EX_USAGE). Arguments
 * quoted in the message should go through tt_text_safe. */
int tt_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Says "threadtag: FILE: strerror(e)" on stderr and returns the exit code for
 * e: for input (writing 0) 66 when the file is missing or unreadable, else 74;
 * for output (writing 1) 73 when it cannot be created, else 74 (ENOSPC, EIO).
 * FILE NULL or "-" is named <stdout> or <stdin>. */
int tt_error_errno(const char *file, int e, int writing);

#endif
