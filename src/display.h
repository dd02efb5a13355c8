/*
 * display.h: the private X server (Xvfb) items that need a display run
 * with: one per oracle, started by its zygote on demand, gone with it.
 */
#ifndef SQ_DISPLAY_H
#define SQ_DISPLAY_H

#include <sys/types.h>

#include "sandbox.h"

#define DISPLAY_SERVER		"/usr/bin/Xvfb"
#define DISPLAY_XKBCOMP		"/usr/bin/xkbcomp"
/* What a run that needs a display finds in DISPLAY, and where. */
#define DISPLAY_NAME		":0"
#define DISPLAY_SOCKDIR		"/tmp/.X11-unix"
#define DISPLAY_SCREEN		"1024x768x24"
/* How long the zygote waits for the server to be ready, seconds. */
#define DISPLAY_START_TIMEOUT	5.0

/*
 * Look for the server again: DISPLAY_SERVER, or $SNIPQUIZ_XVFB when set
 * (the tests name a missing one). The zygote calls it before it clears
 * its environment.
 */
void	 display_find(void);
/*
 * Can items that need a display run? 1, or 0 with *why set (the caller
 * frees; why may be NULL) when the server is not installed.
 */
int	 display_available(char **why);

/*
 * In the zygote: start the server unless it runs, sandboxed
 * (sandbox_server_enter), and wait until it accepts clients. 0, or -1
 * with *cause set (not installed, no private /tmp, it did not start).
 */
int	 display_ensure(struct sandbox *, char **cause);
/* In the zygote: was pid the server? Then it is forgotten (1), else 0. */
int	 display_reaped(pid_t pid);
/* In the zygote: kill the server, if it runs, and reap it. */
void	 display_stop(void);

#endif
