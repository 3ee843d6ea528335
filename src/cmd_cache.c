/* cmd_cache: `threadtag cache list|clear`: what is kept for reading offline. */
#include <stdio.h>
#include <string.h>

#include "threadtag/cache.h"
#include "threadtag/cmd.h"
#include "threadtag/datetime.h"
#include "threadtag/exitcodes.h"
#include "threadtag/text.h"

static void cache_help(void)
{
	printf("usage: threadtag cache list|clear\n\n"
	       "Every answer a fetch uses is kept under $XDG_CACHE_HOME/threadtag/, so a\n"
	       "thread opened once opens again without the network.\n\n"
	       "  list    one line per kept answer: when it was fetched, its size, its URL\n"
	       "  clear   remove every kept answer\n\n"
	       "Exit 0 on success, 64 bad usage, 74 I/O error.\n");
}

static void print_entry(void *ctx, const char *url, size_t bytes, long long fetched)
{
	char iso[32];
	(void)ctx;
	tt_datetime_from_epoch((double)fetched, iso);
	printf("%s %10zu %s\n", iso, bytes, tt_text_safe(url));
}

int tt_cmd_cache(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")))
		return cache_help(), 0;
	if (argc != 2 || (strcmp(argv[1], "list") && strcmp(argv[1], "clear")))
		return tt_usage_error("cache", "expected 'list' or 'clear'");
	if (!strcmp(argv[1], "list")) {
		tt_cache_list(print_entry, NULL);
		return fflush(stdout) == 0 ? 0 : EX_IOERR;
	}
	long n = tt_cache_clear();
	if (n < 0) {
		perror("threadtag: cache clear");
		return EX_IOERR;
	}
	fprintf(stderr, "threadtag: removed %ld kept answer%s\n", n, n == 1 ? "" : "s");
	return 0;
}
