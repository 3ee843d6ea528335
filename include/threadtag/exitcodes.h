/* exitcodes: the sysexits.h codes threadtag uses, in one place. */
#ifndef THREADTAG_EXITCODES_H
#define THREADTAG_EXITCODES_H

#include <sysexits.h>

/* 0 ok; EX_USAGE 64 bad usage; EX_DATAERR 65 bad data; EX_NOINPUT 66 missing
 * input; EX_CANTCREAT 73 cannot create output; EX_IOERR 74 I/O error. */
/* For input: ENOENT, EACCES... -> 66, others -> 74. */
int tt_exit_for_errno(int err);
/* For output: ENOENT, EACCES, EROFS... -> 73 (cannot create), others such as
 * ENOSPC, EIO, EPIPE -> 74. tt_error_errno (error.h) prints and maps both. */
int tt_exit_for_output_errno(int err);

#endif
