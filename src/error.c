/* error: the one error shape, and the usage and system-error messages of every command. */
#include "threadtag/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "threadtag/exitcodes.h"
#include "threadtag/text.h"

int tt_error_vset(tt_error *err, const char *file, unsigned line, unsigned col, const char *fmt,
                  va_list ap)
{
	if (!err)
		return -1;
	/* Both quote the input: a long one is cut between characters. */
	size_t n = file ? tt_utf8_cut(file, strlen(file), sizeof err->file - 1) : 0;
	memcpy(err->file, file ? file : "", n);
	err->file[n] = '\0';
	err->line = line;
	err->col = col;
	tt_utf8_vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	return -1;
}

int tt_error_set(tt_error *err, const char *file, unsigned line, unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tt_error_vset(err, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* Messages quote the input (keys, values, file names): shown inert. */
void tt_error_print(const tt_error *err)
{
	const char *file = tt_text_safe(err->file), *msg = tt_text_safe(err->msg);
	if (err->line)
		fprintf(stderr, "threadtag: %s:%u:%u: %s\n", file, err->line, err->col, msg);
	else if (err->file[0])
		fprintf(stderr, "threadtag: %s: %s\n", file, msg);
	else
		fprintf(stderr, "threadtag: %s\n", msg);
}

int tt_usage_error(const char *cmd, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* The message quotes arguments; the sanitiser keeps their escapes inert. */
	fprintf(stderr, "threadtag%s%s: %s\nTry 'threadtag%s%s --help'.\n", cmd ? " " : "",
	        cmd ? cmd : "", tt_text_safe(msg), cmd ? " " : "", cmd ? cmd : "");
	return EX_USAGE;
}

int tt_error_errno(const char *file, int e, int writing)
{
	if (!file || !strcmp(file, "-"))
		file = writing ? "<stdout>" : "<stdin>";
	fprintf(stderr, "threadtag: %s: %s\n", tt_text_safe(file), strerror(e));
	return writing ? tt_exit_for_output_errno(e) : tt_exit_for_errno(e);
}
