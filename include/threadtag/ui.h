/* ui: the full-screen viewer, the program's default command. */
#ifndef THREADTAG_UI_H
#define THREADTAG_UI_H

/* `threadtag [options] THREAD`: argv[0] is the program name. Returns an exit code. */
int tt_ui_main(int argc, char **argv);

#endif
