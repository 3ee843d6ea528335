/* ui_main: entry of the full-screen viewer (being built; see issue on the view). */
#include "threadtag/ui.h"

#include <stdio.h>
#include <sysexits.h>

int tt_ui_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "threadtag: the viewer is not built into this version yet\n");
	return EX_SOFTWARE;
}
