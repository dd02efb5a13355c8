/*
 * display.c: the private X server (Xvfb) of an oracle, for items that
 * need a display (`- needs: display`: tkinter).
 *
 * Why this shape: a tkinter program needs a real X server, and the key
 * must be what real Tk does. The zygote starts Debian's Xvfb the first
 * time a run asks for a display, as its own child: so it lives in the
 * oracle's pid namespace and dies with it (the kernel kills a pid
 * namespace's processes with its pid 1) when snipquiz exits, is killed,
 * or the watchdog restarts the oracle. Its socket is /tmp/.X11-unix/X0
 * in the oracle's private /tmp, so only that oracle's snippets can reach
 * it; it listens on nothing else (no TCP, no abstract socket, and a
 * network namespace of its own besides). It runs in a sandbox of its own
 * (sandbox_server_enter): no capabilities, a /tmp of its own, and a
 * Landlock domain that reads the system's libraries and X data only.
 * By default an X server resets when its last client leaves, so a run
 * that finds no other run connected finds the server as it started.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "display.h"
#include "util.h"

/* The server, once found (display_find), and once started. */
static char	*display_path;
static pid_t	 display_pid;

void
display_find(void)
{
	const char	*env;

	free(display_path);
	display_path = NULL;
	/* The tests name a missing server here to see items skipped. */
	if ((env = getenv("SNIPQUIZ_XVFB")) == NULL || *env == '\0')
		env = DISPLAY_SERVER;
	if (access(env, X_OK) == 0)
		display_path = xstrdup(env);
}

int
display_available(char **why)
{
	static int	 found;

	if (!found) {
		display_find();
		found = 1;
	}
	if (display_path != NULL)
		return (1);
	if (why != NULL)
		*why = xstrdup("needs a display: Xvfb is not installed (Debian's"
		    " xvfb)");
	return (0);
}

/* In the child: the server's sandbox, then the server. */
static void __attribute__((noreturn))
display_exec(struct sandbox *sb, int ready)
{
	const char	*readable[] = {
		"/usr/lib", "/usr/lib64", "/lib", "/lib64", "/etc/ld.so.cache",
		"/usr/share/X11", "/usr/share/fonts", "/dev/null",
		"/dev/urandom", NULL
	};
	const char	*exec[5], *cause;
	char		*argv[24], *loader;
	int		 n = 0;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	/* The keymap compiler, run through /bin/sh -c; and their loader. */
	loader = util_elf_interp(display_path);
	exec[n++] = display_path;
	exec[n++] = DISPLAY_XKBCOMP;
	exec[n++] = "/bin/sh";
	if (loader != NULL)
		exec[n++] = loader;
	exec[n] = NULL;
	/* Why it failed goes where the display number would. */
	if (sandbox_server_enter(sb, DISPLAY_SOCKDIR, readable, exec,
	    &cause) == -1) {
		dprintf(ready, "-%s%s%s", cause, errno != 0 ? ": " : "",
		    errno != 0 ? strerror(errno) : "");
		_exit(71);
	}
	if (dup2(ready, 3) == -1)
		_exit(71);
	closefrom(4);
	n = 0;
	argv[n++] = display_path;
	argv[n++] = DISPLAY_NAME;
	argv[n++] = "-nolisten";
	argv[n++] = "tcp";
	argv[n++] = "-nolisten";	/* the abstract socket */
	argv[n++] = "local";
	argv[n++] = "-nolock";		/* /tmp/.X0-lock: nothing to guard */
	argv[n++] = "-displayfd";
	argv[n++] = "3";
	argv[n++] = "-screen";
	argv[n++] = "0";
	argv[n++] = DISPLAY_SCREEN;
	argv[n++] = "-dpi";
	argv[n++] = "96";
	argv[n++] = "-tst";		/* no XTEST: no input into others */
	/*
	 * No GLX: Tk does not use it, and it loads Mesa's software renderer
	 * (LLVM): 70 MB resident instead of 16 MB, and more code a client
	 * can reach.
	 */
	argv[n++] = "-extension";
	argv[n++] = "GLX";
	argv[n] = NULL;
	clearenv();
	setenv("PATH", "/usr/bin:/bin", 1);
	execv(display_path, argv);
	_exit(126);
}

int
display_ensure(struct sandbox *sb, char **cause)
{
	struct pollfd	 pfd;
	double		 start, left;
	char		 buf[128];
	ssize_t		 n, got;
	int		 p[2], status;

	if (display_pid > 0)
		return (0);
	if (!display_available(cause))
		return (-1);
	/*
	 * Said before the socket's folder is made: without a private /tmp
	 * it would be the machine's, where the zygote may not write.
	 */
	if (!sandbox_private_tmp(sb)) {
		*cause = xprintf("the private X server (%s) did not start: its"
		    " sandbox: %s", display_path, SANDBOX_NO_PRIVATE_TMP);
		return (-1);
	}
	/* The socket's folder, for the server to bind over its own /tmp. */
	if (mkdir(DISPLAY_SOCKDIR, 01777) == -1 && errno != EEXIST) {
		*cause = xprintf("%s: %s", DISPLAY_SOCKDIR, strerror(errno));
		return (-1);
	}
	(void)chmod(DISPLAY_SOCKDIR, 01777);
	if (pipe2(p, O_CLOEXEC) == -1) {
		*cause = xprintf("pipe: %s", strerror(errno));
		return (-1);
	}
	start = util_now();
	if ((display_pid = fork()) == -1) {
		*cause = xprintf("fork: %s", strerror(errno));
		close(p[0]);
		close(p[1]);
		display_pid = 0;
		return (-1);
	}
	if (display_pid == 0) {
		signal(SIGCHLD, SIG_DFL);
		close(p[0]);
		display_exec(sb, p[1]);
	}
	close(p[1]);
	/*
	 * Ready when it writes its display number (-displayfd). The zygote
	 * waits here, once per oracle: about 0.2 s, inside the watchdog's
	 * margin (oracle.c).
	 */
	/*
	 * The whole line: Xvfb writes the number and its newline in two
	 * writes, and dies when the second finds the pipe closed.
	 */
	n = 0;
	while (n < (ssize_t)sizeof buf - 1 && memchr(buf, '\n', n) == NULL) {
		left = start + DISPLAY_START_TIMEOUT - util_now();
		pfd.fd = p[0];
		pfd.events = POLLIN;
		if (left <= 0 || poll(&pfd, 1, (int)(left * 1000) + 1) == 0)
			break;
		if ((got = read(p[0], buf + n, sizeof buf - 1 - n)) == -1 &&
		    errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += got;
	}
	close(p[0]);
	if (n > 0 && buf[0] != '-' && memchr(buf, '\n', n) != NULL)
		return (0);
	kill(display_pid, SIGKILL);
	while (waitpid(display_pid, &status, 0) == -1 && errno == EINTR)
		;
	display_pid = 0;
	buf[n > 0 ? n : 0] = '\0';
	*cause = xprintf("the private X server (%s) did not start%s%s",
	    display_path, n > 0 ? ": its sandbox: " : "", n > 0 ? buf + 1 :
	    "");
	return (-1);
}

int
display_reaped(pid_t pid)
{
	if (pid <= 0 || pid != display_pid)
		return (0);
	display_pid = 0;
	return (1);
}

void
display_stop(void)
{
	int	 status;

	if (display_pid <= 0)
		return;
	kill(display_pid, SIGKILL);
	while (waitpid(display_pid, &status, 0) == -1 && errno == EINTR)
		;
	display_pid = 0;
}
