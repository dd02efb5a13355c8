/*
 * zygote.c: the prepared interpreter that forks one child per snippet.
 *
 * Runs inside the sandbox's namespaces as pid 1 of its own pid namespace
 * (when the kernel allows), so when it dies every snippet process dies
 * with it, and orphans of snippets are reparented to it and reaped here.
 * Each child gets its own process group (which setsid/setpgid, refused by
 * seccomp, cannot leave), so killing the group kills the whole tree.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bank.h"
#include "display.h"
#include "pyexec.h"
#include "sandbox.h"
#include "util.h"
#include "zygote.h"

/* --python: the interpreter snippets run under instead of ours. */
static const struct zygote_foreign	*zygote_foreign;
static long				 zygote_hash_seed;

struct zygote_job {
	uint32_t		 id;
	pid_t			 pid;
	double			 start;
	double			 deadline;
	int			 interrupted;
	int			 killed;
	struct pyexec_report	*rep;		/* shared with the child */
	struct sandbox_slot	*slot;		/* its directory */
	struct zygote_job	*next;
};

static struct zygote_job	*zygote_jobs;

/* The environment every snippet sees: nothing of the user's. */
static void
zygote_environment(void)
{
	clearenv();
	setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1);
	setenv("LANG", "C.UTF-8", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("TZ", "UTC", 1);
	setenv("HOME", "/nonexistent", 1);
	setenv("TERM", "dumb", 1);
	setenv("NO_COLOR", "1", 1);
	setenv("PYTHON_COLORS", "0", 1);
	setenv("COLUMNS", "80", 1);
	setenv("LINES", "24", 1);
}

/*
 * Standard streams on /dev/null while Python starts, so it never takes
 * them for a terminal (which would line-buffer a child's stdout).
 */
static void
zygote_fds(int *ctl)
{
	int	 null;

	if (*ctl != 3) {
		if (dup2(*ctl, 3) == -1)
			_exit(71);
		*ctl = 3;
	}
	if ((null = open("/dev/null", O_RDWR)) == -1)
		_exit(71);
	dup2(null, 0);
	dup2(null, 1);
	dup2(null, 2);
	if (null > 2)
		close(null);
	closefrom(4);
	fcntl(3, F_SETFD, FD_CLOEXEC);
}

static void
zygote_send(int ctl, const void *msg, size_t len)
{
	while (send(ctl, msg, len, MSG_NOSIGNAL) == -1) {
		if (errno != EINTR)
			_exit(0);	/* snipquiz is gone */
	}
}

static void
zygote_hello(int ctl, int ok, const char *text, int uses_scratch_root,
    uint32_t needs_ok)
{
	struct zy_hello	 h;

	memset(&h, 0, sizeof h);
	h.type = ZY_HELLO;
	h.ok = ok;
	h.uses_scratch_root = uses_scratch_root;
	h.needs_ok = needs_ok;
	snprintf(h.version, sizeof h.version, "%s", !ok ? "" :
	    zygote_foreign != NULL ? zygote_foreign->version : pyexec_version());
	snprintf(h.text, sizeof h.text, "%s", text);
	zygote_send(ctl, &h, sizeof h);
}

static struct zygote_job *
zygote_find(uint32_t id, pid_t pid)
{
	struct zygote_job	*j;

	for (j = zygote_jobs; j != NULL; j = j->next) {
		if ((pid == 0 && j->id == id) || (pid != 0 && j->pid == pid))
			return (j);
	}
	return (NULL);
}

/* Kill a job's whole process group. */
static void
zygote_kill(struct zygote_job *j, int reason)
{
	if (j->killed == ZY_KILLED_NONE)
		j->killed = reason;
	kill(-j->pid, SIGKILL);
	kill(j->pid, SIGKILL);
}


/*
 * src/foreign_driver.py, made into a C string by the build: runs main.py
 * as `python3 main.py` would and leaves what ended it in ../report.
 */
static const char zygote_driver[] =
#include "src/foreign_driver.h"
    ;

/*
 * What the items' "needs" this oracle can give (BANK_NEEDS_*): the
 * distribution's packages that are installed, and spawning when the
 * sandbox can keep it to the interpreter. A foreign interpreter's are
 * found by oracle.c's probe instead.
 */
static uint32_t
zygote_needs_ok(struct sandbox *sb)
{
	uint32_t	 ok = 0;

	if (zygote_foreign != NULL)
		return (0);
	if (pyexec_has_package("requests"))
		ok |= BANK_NEEDS_REQUESTS;
	if (pyexec_has_package("pytest"))
		ok |= BANK_NEEDS_PYTEST;
	if (sandbox_can_spawn(sb))
		ok |= BANK_NEEDS_SUBPROCESS;
	return (ok);
}

/* In the child, sandboxed: become the foreign interpreter. */
static void __attribute__((noreturn))
zygote_exec_foreign(const char *work, const char *srcdir)
{
	char	*path, *seed, *argv[8], buf[65536];
	ssize_t	 n;
	int	 fd;

	(void)work;
	path = xprintf("%s/main.py", srcdir);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0444)) == -1)
		_exit(125);
	while ((n = read(3, buf, sizeof buf)) > 0) {
		if (util_write_all(fd, buf, (size_t)n) == -1)
			_exit(125);
	}
	close(fd);
	close(3);
	seed = zygote_hash_seed < 0 ? xstrdup("random") :
	    xprintf("%ld", zygote_hash_seed);
	/*
	 * As python3 starts under the sandbox's LC_ALL=C.UTF-8, like the
	 * embedded interpreter: UTF-8 from the locale, not UTF-8 mode.
	 */
	setenv("PYTHONHASHSEED", seed, 1);
	setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
	argv[0] = (char *)zygote_foreign->python;
	argv[1] = "-s";
	argv[2] = "-c";
	argv[3] = (char *)zygote_driver;
	argv[4] = path;
	argv[5] = NULL;
	execv(zygote_foreign->python, argv);
	_exit(126);
}

/*
 * The zygote's side: what ../report says (key NUL value NUL ..., written
 * by the snippet's process: untrusted, read within bounds), into the DONE
 * message.
 */
static void
zygote_foreign_report(struct zygote_job *j, struct zy_done *d)
{
	char		 buf[16384], *k, *v, *end;
	const char	*type = NULL, *msg = "", *filename = "";
	char		*path;
	ssize_t		 n;
	size_t		 len = 0;
	int		 fd, done = 0, line = 0, err = 0, system_exit = 0;

	path = xprintf("%s/report", sandbox_slot_dir(j->slot));
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	free(path);
	if (fd == -1) {
		/* It never got as far as main.py: it could not start here. */
		snprintf(d->rep.internal, sizeof d->rep.internal, "%s could"
		    " not start in the sandbox (can it read its own files as"
		    " nobody?)", zygote_foreign->python);
		return;
	}
	while (len < sizeof buf - 1 && (n = read(fd, buf + len,
	    sizeof buf - 1 - len)) > 0)
		len += (size_t)n;
	close(fd);
	buf[len] = '\0';
	end = buf + len;
	for (k = buf; k < end; k = v + strlen(v) + 1) {
		if ((v = k + strlen(k) + 1) >= end)
			break;
		if (strcmp(k, "done") == 0)
			done = strcmp(v, "1") == 0 || strcmp(v, "True") == 0;
		else if (strcmp(k, "type") == 0)
			type = v;
		else if (strcmp(k, "msg") == 0)
			msg = v;
		else if (strcmp(k, "line") == 0)
			line = (int)strtol(v, NULL, 10);
		else if (strcmp(k, "errno") == 0)
			err = (int)strtol(v, NULL, 10);
		else if (strcmp(k, "filename") == 0)
			filename = v;
		else if (strcmp(k, "system_exit") == 0)
			system_exit = strcmp(v, "1") == 0;
	}
	if (!done)
		return;		/* it left early (os._exit): no exception */
	d->rep.done = 1;
	if (type == NULL)
		return;
	snprintf(d->rep.exc_type, sizeof d->rep.exc_type, "%s", type);
	snprintf(d->rep.exc_msg, sizeof d->rep.exc_msg, "%s", msg);
	d->rep.exc_line = line;
	d->rep.exc_errno = err;
	snprintf(d->rep.exc_filename, sizeof d->rep.exc_filename, "%s",
	    filename);
	d->rep.system_exit = system_exit;
}

/* In the child: become the snippet and never return. */
static void __attribute__((noreturn))
zygote_child(struct sandbox *sb, struct zygote_job *j, const struct zy_run *r,
    int fds[4], sigset_t *oldmask)
{
	const char	*cause = NULL;
	char		*work, *src, *dir;
	int		 code, i;

	if (zygote_foreign == NULL)
		pyexec_after_fork_child();
	j->rep->t_child = util_now();
	signal(SIGCHLD, SIG_DFL);
	sigprocmask(SIG_SETMASK, oldmask, NULL);
	/* 0 stdin, 1 stdout, 2 stderr, 3 the source; nothing else. */
	for (i = 0; i < 4; i++) {
		if (fds[i] < 4 && (fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC,
		    4)) == -1)
			_exit(125);
	}
	if (dup2(fds[1], 0) == -1 || dup2(fds[2], 1) == -1 ||
	    dup2(fds[3], 2) == -1 || dup2(fds[0], 3) == -1)
		_exit(125);
	/* Into the job's directory, to make its Landlock domain from there. */
	if (sandbox_child_enter(sb, j->slot, &r->limits,
	    (r->needs & BANK_NEEDS_SUBPROCESS) != 0, &j->rep->blocked_nr,
	    &cause) == -1 || (dir = getcwd(NULL, 0)) == NULL ||
	    chdir("w") == -1) {
		snprintf(j->rep->internal, sizeof j->rep->internal,
		    "sandbox: %s: %s", cause ? cause : "chdir", strerror(errno));
		_exit(125);
	}
	/* Python wants absolute paths: the snippet may change directory. */
	work = xprintf("%s/w", dir);
	src = xprintf("%s/s", dir);
	closefrom(4);
	j->rep->t_sandboxed = util_now();
	/* Only a run that asks for it sees the display, as python3 would. */
	if ((r->needs & BANK_NEEDS_DISPLAY) && zygote_foreign == NULL)
		pyexec_setenv("DISPLAY", DISPLAY_NAME);
	else if (r->needs & BANK_NEEDS_DISPLAY)
		setenv("DISPLAY", DISPLAY_NAME, 1);
	if (zygote_foreign != NULL)
		zygote_exec_foreign(work, src);
	if (r->fixed_random)
		pyexec_seed_random(0);
	code = pyexec_run(3, r->filename, r->argv0, work, src,
	    (r->needs & (BANK_NEEDS_REQUESTS | BANK_NEEDS_PYTEST)) != 0, j->rep);
	j->rep->t_ran = util_now();
	_exit(code);
}

/* Receive a RUN with its four descriptors. -1 when ctl is closed. */
static int
zygote_recv(int ctl, void *msg, size_t len, int fds[4], int *nfds)
{
	struct msghdr	 mh;
	struct iovec	 iov = { msg, len };
	struct cmsghdr	*cm;
	union {
		char		buf[CMSG_SPACE(4 * sizeof(int))];
		struct cmsghdr	align;
	} cbuf;
	ssize_t		 n;

	memset(&mh, 0, sizeof mh);
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = cbuf.buf;
	mh.msg_controllen = sizeof cbuf.buf;
	*nfds = 0;
	do
		n = recvmsg(ctl, &mh, MSG_CMSG_CLOEXEC);
	while (n == -1 && errno == EINTR);
	if (n <= 0)
		return (-1);
	for (cm = CMSG_FIRSTHDR(&mh); cm != NULL; cm = CMSG_NXTHDR(&mh, cm)) {
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS) {
			*nfds = (cm->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			if (*nfds > 4)
				*nfds = 4;
			memcpy(fds, CMSG_DATA(cm), *nfds * sizeof(int));
		}
	}
	return ((int)n);
}

/* Tell snipquiz a snippet could not be started, and why. */
static void
zygote_refuse_why(int ctl, uint32_t id, const char *why)
{
	struct zy_done	 d;

	memset(&d, 0, sizeof d);
	d.type = ZY_DONE;
	d.id = id;
	d.wstatus = 125 << 8;
	snprintf(d.rep.internal, sizeof d.rep.internal, "%s", why);
	zygote_send(ctl, &d, sizeof d);
}

/* Tell snipquiz a snippet could not be started: what, and errno. */
static void
zygote_refuse(int ctl, uint32_t id, const char *what)
{
	char	*why;

	why = xprintf("%s: %s", what, strerror(errno));
	zygote_refuse_why(ctl, id, why);
	free(why);
}

static void
zygote_start(int ctl, struct sandbox *sb, const struct zy_run *r, int fds[4],
    sigset_t *oldmask)
{
	struct zygote_job	*j;
	char			*cause = NULL;
	int			 i;

	/* The private X server, started the first time a run needs it. */
	if ((r->needs & BANK_NEEDS_DISPLAY) && display_ensure(sb, &cause) == -1) {
		zygote_refuse_why(ctl, r->id, cause);
		free(cause);
		for (i = 0; i < 4; i++)
			close(fds[i]);
		return;
	}
	j = xcalloc(1, sizeof *j);
	j->id = r->id;
	j->rep = mmap(NULL, sizeof *j->rep, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (j->rep == MAP_FAILED || (j->slot = sandbox_slot_take(sb,
	    &r->limits)) == NULL) {
		zygote_refuse(ctl, r->id, "cannot make a scratch directory");
		goto fail;
	}
	j->start = util_now();
	j->deadline = j->start + r->limits.timeout;
	if (zygote_foreign == NULL)
		pyexec_before_fork();
	j->pid = fork();
	if (j->pid == 0)
		zygote_child(sb, j, r, fds, oldmask);
	if (zygote_foreign == NULL)
		pyexec_after_fork_parent();
	if (j->pid == -1) {
		zygote_refuse(ctl, r->id, "fork");
		goto fail;
	}
	for (i = 0; i < 4; i++)
		close(fds[i]);
	j->next = zygote_jobs;
	zygote_jobs = j;
	return;
fail:
	for (i = 0; i < 4; i++)
		close(fds[i]);
	if (j->slot != NULL)
		sandbox_slot_give_back(j->slot);
	if (j->rep != MAP_FAILED)
		munmap(j->rep, sizeof *j->rep);
	free(j);
}

/* A child ended: clean up its tree and scratch, tell snipquiz. */
static void
zygote_finish(int ctl, struct zygote_job *j, int wstatus, struct rusage *ru)
{
	struct zygote_job	**pp;
	struct zy_done		  d;

	kill(-j->pid, SIGKILL);		/* what it left running */
	memset(&d, 0, sizeof d);
	d.type = ZY_DONE;
	d.id = j->id;
	d.wstatus = wstatus;
	d.killed = j->killed;
	d.wall = util_now() - j->start;
	d.t_start = j->start;
	d.t_reaped = util_now();
	d.cpu = ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 +
	    ru->ru_stime.tv_sec + ru->ru_stime.tv_usec / 1e6;
	d.maxrss_kb = ru->ru_maxrss;
	memcpy(&d.rep, j->rep, sizeof d.rep);
	if (zygote_foreign != NULL)
		zygote_foreign_report(j, &d);
	d.rep.internal[sizeof d.rep.internal - 1] = '\0';
	d.rep.exc_type[sizeof d.rep.exc_type - 1] = '\0';
	d.rep.exc_msg[sizeof d.rep.exc_msg - 1] = '\0';
	sandbox_slot_give_back(j->slot);
	munmap(j->rep, sizeof *j->rep);
	for (pp = &zygote_jobs; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == j) {
			*pp = j->next;
			break;
		}
	}
	free(j);
	zygote_send(ctl, &d, sizeof d);
}

static void
zygote_reap(int ctl)
{
	struct zygote_job	*j;
	struct rusage		 ru;
	pid_t			 pid;
	int			 status;

	for (;;) {
		pid = wait4(-1, &status, WNOHANG, &ru);
		if (pid <= 0)
			break;
		if ((j = zygote_find(0, pid)) != NULL)
			zygote_finish(ctl, j, status, &ru);
		/* The X server died: the next run that needs it starts one. */
		else if (display_reaped(pid))
			continue;
		/* else an orphan of some snippet: reaped, nothing to say */
	}
}

/* Arm the timer for the nearest deadline; stop what is past it. */
static void
zygote_deadlines(int tfd)
{
	struct zygote_job	*j;
	struct itimerspec	 its;
	double			 now = util_now(), next = 0, left;

	for (j = zygote_jobs; j != NULL; j = j->next) {
		if (j->deadline <= now) {
			if (!j->interrupted && j->killed == ZY_KILLED_NONE) {
				j->interrupted = 1;
				j->killed = ZY_KILLED_TIMEOUT;
				j->deadline = now + ZYGOTE_GRACE;
				kill(j->pid, SIGINT);
			} else {
				zygote_kill(j, ZY_KILLED_TIMEOUT);
				j->deadline = now + 3600;
				continue;
			}
		}
		if (next == 0 || j->deadline < next)
			next = j->deadline;
	}
	memset(&its, 0, sizeof its);
	if (next != 0) {
		left = next - now;
		its.it_value.tv_sec = (time_t)left;
		its.it_value.tv_nsec = (long)((left - (time_t)left) * 1e9);
		if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0)
			its.it_value.tv_nsec = 1;
	}
	timerfd_settime(tfd, 0, &its, NULL);
}

void
zygote_main(int ctl, int ns, long hash_seed, const char *scratch_root,
    const struct zygote_foreign *foreign, const char **spawnable, int probe)
{
	struct sandbox		*sb;
	struct zygote_job	*j;
	struct pollfd		 pfd[3];
	struct signalfd_siginfo	 si;
	union {
		struct zy_run	 run;
		struct zy_kill	 kill;
		uint32_t	 type;
	} msg;
	sigset_t		 chld, oldmask;
	char			*cause = NULL, *tmp;
	uint64_t		 ticks;
	int			 sfd, tfd, fds[4], nfds, n, i;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_NAME, "snipquiz-oracle");
	/* Out of the terminal's reach: Ctrl-C is snipquiz's to handle. */
	setpgid(0, 0);
	tmp = xstrdup(scratch_root);
	zygote_fds(&ctl);
	display_find();
	zygote_environment();
	zygote_foreign = foreign;
	zygote_hash_seed = hash_seed;
	/* A foreign interpreter starts in each child: nothing to prepare. */
	if (foreign == NULL && !probe && pyexec_init(hash_seed, &cause) == -1) {
		zygote_hello(ctl, 0, cause, 0, 0);
		_exit(1);
	}
	/*
	 * A probe reads no paths of the interpreter's (it has none without
	 * starting it); what the sandbox lacks does not depend on them.
	 */
	if ((sb = sandbox_zygote_setup(ns, tmp, foreign ? (const char **)
	    foreign->readable : probe ? NULL : pyexec_paths(), foreign ?
	    foreign->executable : NULL, foreign ? NULL : spawnable,
	    &cause)) == NULL) {
		zygote_hello(ctl, 0, cause, 0, 0);
		_exit(1);
	}
	if (probe) {
		zygote_hello(ctl, 1, sandbox_report(sb),
		    strcmp(sandbox_scratch_root(sb), tmp) == 0, 0);
		_exit(0);
	}
	/* Credentials may have changed, which clears the death signal. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_CHILD_SUBREAPER, 1);

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &oldmask);
	if ((sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK)) == -1 ||
	    (tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC |
	    TFD_NONBLOCK)) == -1) {
		zygote_hello(ctl, 0, "cannot create signalfd/timerfd", 0, 0);
		_exit(1);
	}
	zygote_hello(ctl, 1, sandbox_report(sb),
	    strcmp(sandbox_scratch_root(sb), tmp) == 0, zygote_needs_ok(sb));
	free(tmp);

	for (;;) {
		pfd[0].fd = ctl;
		pfd[0].events = POLLIN;
		pfd[1].fd = sfd;
		pfd[1].events = POLLIN;
		pfd[2].fd = tfd;
		pfd[2].events = POLLIN;
		if (poll(pfd, 3, -1) == -1) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[1].revents & POLLIN) {
			while (read(sfd, &si, sizeof si) == sizeof si)
				;
			zygote_reap(ctl);
		}
		if (pfd[2].revents & POLLIN) {
			(void)read(tfd, &ticks, sizeof ticks);
			zygote_deadlines(tfd);
		}
		if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR)) {
			n = zygote_recv(ctl, &msg, sizeof msg, fds, &nfds);
			if (n == -1)
				break;
			if (msg.type == ZY_RUN && n == sizeof msg.run &&
			    nfds == 4) {
				msg.run.filename[sizeof msg.run.filename - 1] = 0;
				msg.run.argv0[sizeof msg.run.argv0 - 1] = 0;
				zygote_start(ctl, sb, &msg.run, fds, &oldmask);
				zygote_deadlines(tfd);
			} else {
				for (i = 0; i < nfds; i++)
					close(fds[i]);
				if (msg.type == ZY_KILL &&
				    n == sizeof msg.kill &&
				    (j = zygote_find(msg.kill.id, 0)) != NULL)
					zygote_kill(j, msg.kill.reason);
			}
		}
	}
	/* snipquiz went away: take every snippet with us, and clean up. */
	for (j = zygote_jobs; j != NULL; j = j->next) {
		zygote_kill(j, ZY_KILLED_CANCEL);
		waitpid(j->pid, NULL, 0);
		sandbox_slot_give_back(j->slot);
	}
	display_stop();
	_exit(0);
}
