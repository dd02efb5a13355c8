/*
 * oracle.c: snipquiz's side of the oracle: start the zygote, send it
 * snippets, read their output, turn what came back into results.
 */
#include "config.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "display.h"
#include "oracle.h"
#include "pyexec.h"
#include "util.h"
#include "zygote.h"

/* How long output may keep flowing after the snippet's child ended. */
#define ORACLE_DRAIN_GRACE	2.0
/*
 * The watchdog: a snippet's DONE is due by its time limit plus the
 * zygote's grace before SIGKILL; this much later, the oracle is taken to
 * have stopped answering, and is killed and started again.
 */
#define ORACLE_WATCHDOG_MARGIN	5.0

struct oracle_job {
	uint32_t		 id;
	void			*tag;
	/* The request, kept to send it again to a restarted oracle. */
	char			*source;
	size_t			 source_len;
	char			*stdin_data;
	size_t			 stdin_len;
	char			 filename[PATH_MAX];
	char			 argv0[PATH_MAX];
	struct sandbox_limits	 limits;
	int			 fixed_random;
	unsigned		 needs;
	double			 due;		/* the watchdog's deadline */
	int			 resent;	/* sent to a restarted oracle */
	int			 lost;		/* the oracle stopped answering */
	int			 fd[2];		/* stdout, stderr read ends */
	struct buf		 out[2];
	size_t			 dropped[2];
	int			 over;		/* output limit hit */
	int			 done;		/* DONE received */
	double			 done_at;
	double			 submitted;	/* util_now() at submit */
	struct zy_done		 msg;
	int			 keyed;		/* key names it in the cache */
	unsigned char		 key[SHA256_LEN];
	int			 cached;	/* res came from the cache */
	struct result		 res;
	struct oracle_job	*next;
};

struct oracle {
	pid_t			 pid;
	char			*prog;		/* snipquiz-oracle's path */
	int			 prog_fd;	/* it, open to exec */
	long			 hash_seed;	/* to start it again */
	char			*fpython;	/* --python: its real path */
	char			*fversion;
	char			**freadable;
	char			*finterp;
	char			*fexec[3];
	/*
	 * The embedded interpreter's python3 (sys.executable, resolved) and
	 * its loader: what an item that needs subprocess may execute.
	 */
	char			*spawn[3];
	unsigned		 needs_ok;	/* BANK_NEEDS_* it can give */
	int			 ctl;
	char			*root;		/* scratch without a private /tmp */
	char			*warnings;
	char			 version[32];
	uint32_t		 next_id;
	struct oracle_job	*jobs;
	int			 dead;
	/*
	 * Lazy (oracle_opts.lazy): no zygote yet, only what a probe said;
	 * oracle_wake starts it at the first run the cache does not answer.
	 */
	int			 idle;
	char			*fbuild;	/* --python: its sys.version */
	struct cache		*cache;		/* NULL: none */
	struct sha256		 keybase;	/* the key of every run, so far */
};

static int	oracle_warned;

static int
oracle_memfd(const char *name, const char *data, size_t len)
{
	int	 fd;

	if ((fd = memfd_create(name, MFD_CLOEXEC)) == -1)
		return (-1);
	if ((len != 0 && util_write_all(fd, data, len) == -1) ||
	    lseek(fd, 0, SEEK_SET) == -1) {
		close(fd);
		return (-1);
	}
	return (fd);
}

/*
 * --python: ask the interpreter (the user's own, run as the user, before
 * any snippet) for its version and the paths it reads, and find what it
 * must be allowed to execute. 0, or -1 with *cause set.
 */
static int
oracle_foreign_probe(struct oracle *o, const char *python, char **cause)
{
	static const char	*query = "import json, sys; print(json.dumps("
	    "{'v': '%d.%d.%d' % sys.version_info[:3], 'b': sys.version,"
	    " 'e': sys.executable,"
	    " 'p': [sys.prefix,"
	    " sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix] +"
	    " [p for p in sys.path if p], 'm': [m for m in ('requests',"
	    " 'pytest') if __import__('importlib.util').util.find_spec(m)]}))";
	struct buf		 out;
	json_t			*j = NULL, *paths;
	json_error_t		 err;
	char			 chunk[4096], *real, *exe;
	const char		*v;
	ssize_t			 n;
	size_t			 i, k = 0;
	pid_t			 pid;
	int			 pfd[2], status;

	if ((real = realpath(python, NULL)) == NULL ||
	    access(real, X_OK) == -1) {
		*cause = xprintf("--python %s: %s", python, strerror(errno));
		free(real);
		return (-1);
	}
	if (pipe2(pfd, O_CLOEXEC) == -1) {
		*cause = xprintf("pipe: %s", strerror(errno));
		free(real);
		return (-1);
	}
	fflush(NULL);
	if ((pid = fork()) == 0) {
		dup2(pfd[1], 1);
		execl(real, real, "-s", "-c", query, (char *)NULL);
		_exit(127);
	}
	close(pfd[1]);
	buf_init(&out);
	while ((n = read(pfd[0], chunk, sizeof chunk)) > 0)
		buf_add(&out, chunk, (size_t)n);
	close(pfd[0]);
	while (pid > 0 && waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	if (pid > 0 && out.len > 0)
		j = json_loadb(out.data, out.len, 0, &err);
	buf_free(&out);
	if (j == NULL || (v = json_string_value(json_object_get(j, "v"))) ==
	    NULL) {
		*cause = xprintf("--python %s: not a Python interpreter that"
		    " snipquiz can ask for its version", python);
		json_decref(j);
		free(real);
		return (-1);
	}
	o->fversion = xstrdup(v);
	if ((v = json_string_value(json_object_get(j, "b"))) != NULL)
		o->fbuild = xstrdup(v);
	paths = json_object_get(j, "p");
	o->freadable = xcalloc(json_array_size(paths) + 1, sizeof *o->freadable);
	for (i = 0; i < json_array_size(paths); i++) {
		if ((v = json_string_value(json_array_get(paths, i))) != NULL)
			o->freadable[k++] = xstrdup(v);
	}
	/* A launcher (a pyenv shim) names the interpreter it started. */
	if ((v = json_string_value(json_object_get(j, "e"))) != NULL && *v &&
	    (exe = realpath(v, NULL)) != NULL) {
		free(real);
		real = exe;
	}
	/* It executes itself anyway: spawning is the interpreter's exec. */
	o->needs_ok = BANK_NEEDS_SUBPROCESS;
	paths = json_object_get(j, "m");
	for (i = 0; i < json_array_size(paths); i++) {
		v = json_string_value(json_array_get(paths, i));
		if (v != NULL && strcmp(v, "requests") == 0)
			o->needs_ok |= BANK_NEEDS_REQUESTS;
		else if (v != NULL && strcmp(v, "pytest") == 0)
			o->needs_ok |= BANK_NEEDS_PYTEST;
	}
	json_decref(j);
	o->fpython = real;
	o->finterp = util_elf_interp(real);
	o->fexec[0] = o->fpython;
	o->fexec[1] = o->finterp;
	o->fexec[2] = NULL;
	return (0);
}

/*
 * Where snipquiz-oracle is: $SNIPQUIZ_ORACLE when set and not empty
 * (tests, a relocated installation); the build tree's when this program
 * runs from the build tree (snipquiz, the unit tests, the benchmarks);
 * else the installed one, in $(pkglibexecdir).
 */
static const char *
oracle_program(void)
{
	static char	 exe[PATH_MAX];
	const char	*env;
	ssize_t		 n;

	if ((env = getenv("SNIPQUIZ_ORACLE")) != NULL && *env != '\0')
		return (env);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (strncmp(exe, SQ_BUILDDIR "/", strlen(SQ_BUILDDIR "/")) == 0)
			return (SQ_BUILDDIR "/src/snipquiz-oracle");
	}
	return (SQ_PKGLIBEXECDIR "/snipquiz-oracle");
}

/*
 * Open the oracle program to exec it later (by descriptor: once in the
 * user namespace, as nobody, the directories on its path may be closed to
 * us). 0, or -1 with *cause set, naming the path and why.
 */
static int
oracle_program_open(struct oracle *o, char **cause)
{
	struct stat	 st;

	o->prog = xstrdup(oracle_program());
	if ((o->prog_fd = open(o->prog, O_RDONLY | O_CLOEXEC)) == -1 ||
	    fstat(o->prog_fd, &st) == -1) {
		*cause = xprintf("cannot start the oracle: %s: %s (is snipquiz"
		    " installed? SNIPQUIZ_ORACLE names another)", o->prog,
		    strerror(errno));
		return (-1);
	}
	if (!S_ISREG(st.st_mode) || (st.st_mode & 0111) == 0) {
		*cause = xprintf("cannot start the oracle: %s: not an"
		    " executable file", o->prog);
		return (-1);
	}
	return (0);
}

/*
 * The oracle program's command line, but for -n's value (*nsarg, filled
 * in by the child once it knows which namespaces it entered). The strings
 * point into o; the caller frees the array.
 */
static char **
oracle_argv(struct oracle *o, int ctl, int probe, char **nsarg)
{
	char	**argv;
	size_t	  n = 0, i, max = 1;

	/*
	 * The name, -c, -n, -s, -t, -p, -V with their values, a pair per
	 * path, and -P.
	 */
	max += 14 + 2 * (sizeof o->fexec / sizeof o->fexec[0]) +
	    2 * (sizeof o->spawn / sizeof o->spawn[0]);
	for (i = 0; o->freadable != NULL && o->freadable[i] != NULL; i++)
		max += 2;
	argv = xcalloc(max, sizeof *argv);
	argv[n++] = (char *)"snipquiz-oracle";
	argv[n++] = (char *)"-c";
	argv[n++] = xprintf("%d", ctl);
	argv[n++] = (char *)"-n";
	argv[n++] = *nsarg = xcalloc(1, 32);
	argv[n++] = (char *)"-s";
	argv[n++] = xprintf("%ld", o->hash_seed);
	argv[n++] = (char *)"-t";
	argv[n++] = o->root;
	if (o->fpython != NULL) {
		argv[n++] = (char *)"-p";
		argv[n++] = o->fpython;
		argv[n++] = (char *)"-V";
		argv[n++] = o->fversion;
		for (i = 0; o->freadable[i] != NULL; i++) {
			argv[n++] = (char *)"-r";
			argv[n++] = o->freadable[i];
		}
		for (i = 0; o->fexec[i] != NULL; i++) {
			argv[n++] = (char *)"-x";
			argv[n++] = o->fexec[i];
		}
	} else {
		for (i = 0; o->spawn[i] != NULL; i++) {
			argv[n++] = (char *)"-S";
			argv[n++] = o->spawn[i];
		}
	}
	if (probe)
		argv[n++] = (char *)"-P";
	argv[n] = NULL;
	return (argv);
}

/* The oracle program's strings of oracle_argv. */
static void
oracle_argv_free(char **argv)
{
	free(argv[2]);
	free(argv[4]);
	free(argv[6]);
	free(argv);
}

/*
 * The first child: enter namespaces, then exec the oracle program, the
 * zygote (after one more fork, so that it is pid 1 of the new pid
 * namespace).
 */
static void __attribute__((noreturn))
oracle_child(struct oracle *o, int ctl, int sync_r, int sync_w, char **argv,
    char *nsarg)
{
	struct zy_hello	 h;
	pid_t		 pid;
	int		 ns, status;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	/* Ctrl-C at snipquiz's terminal is for snipquiz, not for us. */
	setpgid(0, 0);
	ns = sandbox_unshare(sync_r, sync_w);
	close(sync_r);
	close(sync_w);
	/* A change of uid clears the death signal: ask again. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if ((ns & SANDBOX_NS_PID) && (pid = fork()) != 0) {
		if (pid == -1)
			_exit(71);
		close(ctl);
		closefrom(3);
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
		_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 71);
	}
	/* The zygote: the oracle program, given the socket. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	snprintf(nsarg, 32, "%d", ns);
	/*
	 * Every symbol bound once, in the zygote, before it forks: bound
	 * lazily, each run looked up the same ones again and copied the
	 * pages it wrote them to (18 page faults a run). The zygote clears
	 * its environment before any snippet runs.
	 */
	setenv("LD_BIND_NOW", "1", 1);
	/*
	 * The same addresses in every oracle, as when each zygote was a copy
	 * of snipquiz: the determinism guard compares the runs of two oracles
	 * (two hash seeds), and a default repr's address must not differ
	 * between them. Runs were never randomised from one another (each is
	 * a fork of its zygote), and a snippet learns any address it wants
	 * from id() or ctypes.
	 */
	(void)personality(personality(0xffffffff) | ADDR_NO_RANDOMIZE);
	if (fcntl(ctl, F_SETFD, 0) == 0)
		fexecve(o->prog_fd, argv, environ);
	memset(&h, 0, sizeof h);
	h.type = ZY_HELLO;
	/* By descriptor, a script's interpreter finds no file to read. */
	snprintf(h.text, sizeof h.text, "cannot run the oracle program %s: %s%s",
	    o->prog, strerror(errno), errno == ENOENT ? " (a script, or a"
	    " program whose ELF loader is missing?)" : "");
	(void)send(ctl, &h, sizeof h, MSG_NOSIGNAL);
	_exit(71);
}

/*
 * Start (or start again) the helper process for o: fork it, map its
 * ids, wait for its HELLO. probe: the oracle program only probes the
 * sandbox and exits (oracle_probe), and o is idle after it. 0, or -1
 * with *cause set; o->pid and o->ctl are set as soon as they exist, so
 * oracle_halt can clean up either way.
 */
static int
oracle_spawn(struct oracle *o, int probe, char **cause)
{
	struct zy_hello		 h;
	const char		*tmp;
	char			 c, **argv, *nsarg;
	int			 sv[2] = { -1, -1 }, p2c[2] = { -1, -1 };
	int			 c2p[2] = { -1, -1 }, i, status;
	ssize_t			 n;

	/*
	 * Scratch directories go to a private tmpfs when the kernel gives a
	 * mount namespace; this one in $TMPDIR is for when it does not, and
	 * is removed as soon as the zygote says it has no use for it.
	 */
	if ((tmp = getenv("TMPDIR")) == NULL || *tmp == '\0')
		tmp = "/tmp";
	o->root = xprintf("%s/snipquiz.XXXXXX", tmp);
	if (mkdtemp(o->root) == NULL) {
		*cause = xprintf("cannot make a scratch directory in %s: %s",
		    tmp, strerror(errno));
		free(o->root);
		o->root = NULL;
		return (-1);
	}
	if (getuid() == 0)
		(void)chown(o->root, 65534, 65534);
	/* Nothing buffered may be written twice by a child's exit(). */
	fflush(NULL);
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) == -1 ||
	    pipe2(p2c, O_CLOEXEC) == -1 || pipe2(c2p, O_CLOEXEC) == -1 ||
	    (o->pid = fork()) == -1) {
		*cause = xprintf("cannot start the oracle: %s", strerror(errno));
		for (i = 0; i < 2; i++) {
			if (sv[i] != -1)
				close(sv[i]);
			if (p2c[i] != -1)
				close(p2c[i]);
			if (c2p[i] != -1)
				close(c2p[i]);
		}
		return (-1);
	}
	argv = oracle_argv(o, sv[1], probe, &nsarg);
	if (o->pid == 0) {
		close(sv[0]);
		close(p2c[1]);
		close(c2p[0]);
		oracle_child(o, sv[1], p2c[0], c2p[1], argv, nsarg);
	}
	oracle_argv_free(argv);
	close(sv[1]);
	close(p2c[0]);
	close(c2p[1]);
	o->ctl = sv[0];
	if (read(c2p[0], &c, 1) == 1) {
		if (c == 'U' && sandbox_map_ids(o->pid, cause) == -1) {
			close(p2c[1]);
			close(c2p[0]);
			return (-1);
		}
		(void)write(p2c[1], "1", 1);
	}
	close(p2c[1]);
	close(c2p[0]);
	do
		n = recv(o->ctl, &h, sizeof h, 0);
	while (n == -1 && errno == EINTR);
	if (n != sizeof h || h.type != ZY_HELLO) {
		/* The helper exits with the zygote's status. */
		if (n != 0)
			kill(o->pid, SIGKILL);
		while (waitpid(o->pid, &status, 0) == -1 && errno == EINTR)
			;
		o->pid = -1;
		if (WIFEXITED(status))
			*cause = xprintf("cannot start the oracle: %s exited"
			    " with status %d before it was ready", o->prog,
			    WEXITSTATUS(status));
		else
			*cause = xprintf("cannot start the oracle: %s was"
			    " killed by signal %d before it was ready", o->prog,
			    WTERMSIG(status));
		return (-1);
	}
	h.text[sizeof h.text - 1] = '\0';
	if (!h.ok) {
		*cause = xprintf("cannot start the oracle: %s", h.text);
		return (-1);
	}
	if (!h.uses_scratch_root) {
		rmdir(o->root);
		free(o->root);
		o->root = NULL;
	}
	if (o->fpython == NULL)
		o->needs_ok = h.needs_ok;
	memcpy(o->version, h.version, sizeof o->version);
	o->version[sizeof o->version - 1] = '\0';
	free(o->warnings);
	o->warnings = xstrdup(h.text);
	o->dead = 0;
	o->idle = probe;
	return (0);
}

/*
 * Stop the helper process: closing ctl ends the zygote, which kills what
 * is left and exits; its parent follows. Killing them outright would
 * leave zombies for init to reap. Give them a moment (none when hung:
 * a zygote that stopped answering gets SIGKILL at once), then insist.
 */
static void
oracle_halt(struct oracle *o, int hung)
{
	int	 status, i;

	if (o->ctl != -1) {
		close(o->ctl);
		o->ctl = -1;
	}
	if (o->pid > 0) {
		for (i = hung ? 2000 : 0; i < 2000; i++) {
			if (waitpid(o->pid, &status, WNOHANG) != 0)
				break;
			usleep(1000);
		}
		if (i == 2000) {
			/* The zygote follows: parent-death signal. */
			kill(o->pid, SIGKILL);
			while (waitpid(o->pid, &status, 0) == -1 &&
			    errno == EINTR)
				;
		}
		o->pid = -1;
	}
	if (o->root != NULL) {
		util_rm_rf(o->root);
		free(o->root);
		o->root = NULL;
	}
}

/*
 * Learn what the sandbox lacks here, and the interpreter's version,
 * without starting the interpreter: the oracle program, run as -P, sets
 * the sandbox up as a zygote does, says HELLO and exits. Its HELLO is
 * the zygote's but for needs_ok (0: oracle_needs_missing wakes the
 * oracle). 0, or -1 with *cause set.
 */
static int
oracle_probe(struct oracle *o, char **cause)
{
	int	 rc;

	rc = oracle_spawn(o, 1, cause);
	oracle_halt(o, 0);
	return (rc);
}

/*
 * Start a lazy oracle's zygote. Should the sandbox have changed since
 * the probe, the keys of the runs from now on name what it lacks now.
 * 0 (also when it runs already), or -1 with *cause set; it stays idle,
 * to be tried again.
 */
static int
oracle_wake(struct oracle *o, char **cause)
{
	char	*probed;

	if (!o->idle)
		return (0);
	probed = xstrdup(o->warnings);
	if (oracle_spawn(o, 0, cause) == -1) {
		oracle_halt(o, 0);
		free(o->warnings);
		o->warnings = probed;
		return (-1);
	}
	if (o->cache != NULL && strcmp(probed, o->warnings) != 0)
		oracle_set_cache(o, o->cache);
	free(probed);
	return (0);
}

struct oracle *
oracle_start(const struct oracle_opts *opts, char **cause)
{
	struct oracle		*o;

	if (sandbox_disabled(cause) == -1)
		return (NULL);
	o = xcalloc(1, sizeof *o);
	o->ctl = -1;
	o->pid = -1;
	o->prog_fd = -1;
	o->hash_seed = opts->hash_seed;
	if (oracle_program_open(o, cause) == -1) {
		oracle_stop(o);
		return (NULL);
	}
	if (opts->python != NULL) {
		if (oracle_foreign_probe(o, opts->python, cause) == -1) {
			oracle_stop(o);
			return (NULL);
		}
	} else if ((o->spawn[0] = realpath(SQ_PYTHON_EXE, NULL)) != NULL)
		o->spawn[1] = util_elf_interp(o->spawn[0]);
	if ((opts->lazy ? oracle_probe(o, cause) : oracle_spawn(o, 0,
	    cause)) == -1) {
		oracle_stop(o);
		return (NULL);
	}
	if (!opts->quiet && *o->warnings != '\0' && !oracle_warned) {
		oracle_warned = 1;
		fprintf(stderr, "%s", o->warnings);
		fprintf(stderr, "%s: warning: the sandbox above is weaker than"
		    " usual; run only banks you trust\n", sq_progname);
	}
	return (o);
}

/* Close a job's pipes and free it. */
static void
oracle_job_free(struct oracle_job *j)
{
	if (j->fd[0] != -1)
		close(j->fd[0]);
	if (j->fd[1] != -1)
		close(j->fd[1]);
	buf_free(&j->out[0]);
	buf_free(&j->out[1]);
	free(j->source);
	free(j->stdin_data);
	result_free(&j->res);
	free(j);
}

void
oracle_stop(struct oracle *o)
{
	struct oracle_job	*j, *next;
	int			 i;

	if (o == NULL)
		return;
	oracle_halt(o, 0);
	for (j = o->jobs; j != NULL; j = next) {
		next = j->next;
		oracle_job_free(j);
	}
	free(o->warnings);
	for (i = 0; o->freadable != NULL && o->freadable[i] != NULL; i++)
		free(o->freadable[i]);
	free(o->freadable);
	free(o->fpython);
	free(o->fversion);
	free(o->fbuild);
	free(o->finterp);
	free(o->spawn[0]);
	free(o->spawn[1]);
	if (o->prog_fd != -1)
		close(o->prog_fd);
	free(o->prog);
	free(o);
}

char *
oracle_needs_missing(struct oracle *o, unsigned needs)
{
	static const struct {
		unsigned	 bit;
		const char	*why;
	} each[] = {
		{ BANK_NEEDS_REQUESTS, "requests, which is not installed"
		    " (Debian's python3-requests)" },
		{ BANK_NEEDS_PYTEST, "pytest, which is not installed"
		    " (Debian's python3-pytest)" },
		{ BANK_NEEDS_SUBPROCESS, "subprocess, which this sandbox cannot"
		    " keep to the interpreter (no Landlock)" },
	};
	size_t	 i;
	char	*why = NULL;

	if ((needs & BANK_NEEDS_DISPLAY) && !display_available(&why))
		return (why);
	/* Only the zygote knows the packages: a lazy oracle wakes. */
	if ((needs & ~BANK_NEEDS_DISPLAY) && oracle_wake(o, &why) == -1)
		return (why);
	for (i = 0; i < sizeof each / sizeof each[0]; i++) {
		if ((needs & each[i].bit) && !(o->needs_ok & each[i].bit))
			return (xprintf("needs %s", each[i].why));
	}
	return (NULL);
}

const char *
oracle_version(struct oracle *o)
{
	return (o->version);
}

const char *
oracle_warnings(struct oracle *o)
{
	return (o->warnings);
}

/*
 * Send j's request to the zygote as a new run: its source and stdin as
 * memfds, fresh stdout and stderr pipes. 0, or -1 with *cause set (the
 * helper is gone: o->dead is set).
 */
static int
oracle_send(struct oracle *o, struct oracle_job *j, char **cause)
{
	struct zy_run		 r;
	struct msghdr		 mh;
	struct iovec		 iov;
	struct cmsghdr		*cm;
	union {
		char		buf[CMSG_SPACE(4 * sizeof(int))];
		struct cmsghdr	align;
	} cbuf;
	int			 fds[4] = { -1, -1, -1, -1 };
	int			 po[2] = { -1, -1 }, pe[2] = { -1, -1 };
	ssize_t			 n;

	memset(&r, 0, sizeof r);
	r.type = ZY_RUN;
	r.id = ++o->next_id;
	r.limits = j->limits;
	r.fixed_random = j->fixed_random;
	r.needs = j->needs;
	memcpy(r.filename, j->filename, sizeof r.filename);
	memcpy(r.argv0, j->argv0, sizeof r.argv0);
	if ((fds[0] = oracle_memfd("snippet", j->source,
	    j->source_len)) == -1 ||
	    (fds[1] = oracle_memfd("stdin", j->stdin_data,
	    j->stdin_len)) == -1 ||
	    pipe2(po, O_CLOEXEC) == -1 || pipe2(pe, O_CLOEXEC) == -1) {
		*cause = xprintf("cannot set up a snippet's streams: %s",
		    strerror(errno));
		goto fail;
	}
	fds[2] = po[1];
	fds[3] = pe[1];

	memset(&mh, 0, sizeof mh);
	iov.iov_base = &r;
	iov.iov_len = sizeof r;
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = cbuf.buf;
	mh.msg_controllen = sizeof cbuf.buf;
	cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(4 * sizeof(int));
	memcpy(CMSG_DATA(cm), fds, 4 * sizeof(int));
	do
		n = sendmsg(o->ctl, &mh, MSG_NOSIGNAL);
	while (n == -1 && errno == EINTR);
	if (n != (ssize_t)sizeof r) {
		o->dead = 1;
		*cause = xstrdup("the oracle's helper process has died");
		goto fail;
	}
	close(fds[0]);
	close(fds[1]);
	close(po[1]);
	close(pe[1]);

	j->id = r.id;
	j->submitted = util_now();
	j->due = j->submitted + j->limits.timeout + ZYGOTE_GRACE +
	    ORACLE_WATCHDOG_MARGIN;
	/* The zygote may first wait for its X server to start. */
	if (j->needs & BANK_NEEDS_DISPLAY)
		j->due += DISPLAY_START_TIMEOUT;
	j->fd[0] = po[0];
	j->fd[1] = pe[0];
	fcntl(po[0], F_SETFL, O_NONBLOCK);
	fcntl(pe[0], F_SETFL, O_NONBLOCK);
	return (0);
fail:
	if (fds[0] != -1)
		close(fds[0]);
	if (fds[1] != -1)
		close(fds[1]);
	if (po[0] != -1) {
		close(po[0]);
		close(po[1]);
	}
	if (pe[0] != -1) {
		close(pe[0]);
		close(pe[1]);
	}
	return (-1);
}

/*
 * The oracle died or stopped answering: start it again and decide what
 * becomes of the runs it held. A run past its watchdog deadline, or one
 * that was already sent again once (it may be what brought the oracle
 * down), ends as lost; the others are sent to the new oracle. 0, or -1
 * with *cause set when it cannot be started again.
 */
static int
oracle_recover(struct oracle *o, char **cause)
{
	struct oracle_job	*j;
	double			 now = util_now();
	int			 i;

	oracle_halt(o, 1);
	if (oracle_spawn(o, 0, cause) == -1) {
		o->dead = 1;
		return (-1);
	}
	for (j = o->jobs; j != NULL; j = j->next) {
		if (j->done)
			continue;	/* its DONE came in time */
		for (i = 0; i < 2; i++) {
			if (j->fd[i] != -1) {
				close(j->fd[i]);
				j->fd[i] = -1;
			}
		}
		if (j->resent || now >= j->due) {
			j->lost = 1;
			j->done = 1;
			j->done_at = now;
			continue;
		}
		j->resent = 1;
		buf_free(&j->out[0]);
		buf_free(&j->out[1]);
		buf_init(&j->out[0]);
		buf_init(&j->out[1]);
		j->dropped[0] = j->dropped[1] = 0;
		j->over = 0;
		if (oracle_send(o, j, cause) == -1)
			return (-1);
	}
	return (0);
}

void
oracle_set_cache(struct oracle *o, struct cache *c)
{
	char	 seed[32], chunk[65536];
	off_t	 off;
	ssize_t	 n;

	o->cache = NULL;
	/* A random hash seed is not one result: nothing to keep. */
	if (c == NULL || o->hash_seed < 0)
		return;
	o->cache = c;
	sha256_init(&o->keybase);
	cache_identity(c, &o->keybase);
	/* The program that runs the snippets, a build of its own. */
	for (off = 0; (n = pread(o->prog_fd, chunk, sizeof chunk, off)) > 0;
	    off += n)
		sha256_add(&o->keybase, chunk, (size_t)n);
	/* The interpreter: its build, its standard library. */
	if (o->fpython != NULL) {
		sha256_add(&o->keybase, "foreign", 8);
		sha256_add(&o->keybase, o->fpython, strlen(o->fpython) + 1);
		sha256_add(&o->keybase, o->fversion, strlen(o->fversion) + 1);
		if (o->fbuild != NULL)
			sha256_add(&o->keybase, o->fbuild, strlen(o->fbuild) + 1);
	} else {
		sha256_add(&o->keybase, "embedded", 9);
		sha256_add(&o->keybase, pyexec_build(), strlen(pyexec_build()) +
		    1);
		sha256_add(&o->keybase, SQ_PYTHON_HOME, sizeof SQ_PYTHON_HOME);
		sha256_add(&o->keybase, SQ_PYTHON_EXE, sizeof SQ_PYTHON_EXE);
	}
	/* What the sandbox lacks here may change what a run can do. */
	sha256_add(&o->keybase, o->warnings, strlen(o->warnings) + 1);
	snprintf(seed, sizeof seed, "%ld", o->hash_seed);
	sha256_add(&o->keybase, seed, strlen(seed) + 1);
}

/* Add a length and then len bytes to h: fields cannot run together. */
static void
oracle_key_field(struct sha256 *h, const void *p, size_t len)
{
	uint64_t	 n = len;

	sha256_add(h, &n, sizeof n);
	sha256_add(h, p, len);
}

/*
 * Compute j's key in the cache, when it may be cached: 1 (j->key set),
 * or 0. The packages an item needs (requests, pytest) and the display
 * server have versions of their own that the key does not name: those
 * runs are never cached.
 */
static int
oracle_cache_key(struct oracle *o, struct oracle_job *j)
{
	struct sha256			 h;
	const struct sandbox_limits	*l = &j->limits;
	char				 lim[256];

	if (o->cache == NULL || (j->needs & (BANK_NEEDS_REQUESTS |
	    BANK_NEEDS_PYTEST | BANK_NEEDS_DISPLAY)))
		return (0);
	h = o->keybase;
	oracle_key_field(&h, j->source, j->source_len);
	oracle_key_field(&h, j->stdin_data, j->stdin_len);
	oracle_key_field(&h, j->filename, strlen(j->filename));
	oracle_key_field(&h, j->argv0, strlen(j->argv0));
	snprintf(lim, sizeof lim, "%.17g %ld %zu %zu %ld %zu %ld %zu %d %u",
	    l->timeout, l->cpu, l->memory, l->files, l->procs, l->file_size,
	    l->open_files, l->output, j->fixed_random, j->needs);
	oracle_key_field(&h, lim, strlen(lim));
	sha256_end(&h, j->key);
	j->keyed = 1;
	return (1);
}

int
oracle_submit(struct oracle *o, const struct oracle_req *req, void *tag,
    char **cause)
{
	struct oracle_job	*j;

	if (o->dead && oracle_recover(o, cause) == -1)
		return (-1);
	j = xcalloc(1, sizeof *j);
	j->fd[0] = j->fd[1] = -1;
	j->tag = tag;
	j->limits = req->limits;
	j->fixed_random = req->fixed_random;
	j->needs = req->needs;
	sandbox_limits_resolve(&j->limits);
	snprintf(j->filename, sizeof j->filename, "%s",
	    req->filename ? req->filename : "main.py");
	snprintf(j->argv0, sizeof j->argv0, "%s",
	    req->argv0 ? req->argv0 : j->filename);
	j->source = xmalloc(req->source_len + 1);
	memcpy(j->source, req->source, req->source_len);
	j->source_len = req->source_len;
	if (req->stdin_data != NULL && req->stdin_len > 0) {
		j->stdin_data = xmalloc(req->stdin_len);
		memcpy(j->stdin_data, req->stdin_data, req->stdin_len);
		j->stdin_len = req->stdin_len;
	}
	buf_init(&j->out[0]);
	buf_init(&j->out[1]);
	if (oracle_cache_key(o, j) && cache_get(o->cache, j->key, &j->res)) {
		/* Collected at once, without the zygote. */
		j->cached = 1;
		j->done = 1;
		j->done_at = util_now();
		j->next = o->jobs;
		o->jobs = j;
		return (0);
	}
	if (oracle_wake(o, cause) == -1) {
		oracle_job_free(j);
		return (-1);
	}
	if (oracle_send(o, j, cause) == -1) {
		/* Once more, to a new oracle; then give up. */
		free(*cause);
		*cause = NULL;
		if (oracle_recover(o, cause) == -1 ||
		    oracle_send(o, j, cause) == -1) {
			oracle_job_free(j);
			return (-1);
		}
	}
	j->next = o->jobs;
	o->jobs = j;
	return (0);
}

int
oracle_pending(struct oracle *o)
{
	struct oracle_job	*j;
	int			 n = 0;

	for (j = o->jobs; j != NULL; j = j->next)
		n++;
	return (n);
}

static void
oracle_kill(struct oracle *o, struct oracle_job *j, int reason)
{
	struct zy_kill	 k;

	memset(&k, 0, sizeof k);
	k.type = ZY_KILL;
	k.id = j->id;
	k.reason = reason;
	if (send(o->ctl, &k, sizeof k, MSG_NOSIGNAL) == -1)
		o->dead = 1;
}

void
oracle_cancel(struct oracle *o, void *tag)
{
	struct oracle_job	*j;

	for (j = o->jobs; j != NULL; j = j->next) {
		if (j->tag == tag && !j->done)
			oracle_kill(o, j, ZY_KILLED_CANCEL);
	}
}

/* Read what is there on one of a job's streams, keeping up to the limit. */
static void
oracle_read(struct oracle *o, struct oracle_job *j, int which)
{
	char	 chunk[65536];
	ssize_t	 n;
	size_t	 keep;

	for (;;) {
		n = read(j->fd[which], chunk, sizeof chunk);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 && errno == EAGAIN)
			return;
		if (n <= 0) {
			close(j->fd[which]);
			j->fd[which] = -1;
			return;
		}
		keep = 0;
		if (j->out[which].len < j->limits.output)
			keep = j->limits.output - j->out[which].len;
		if ((size_t)n < keep)
			keep = n;
		buf_add(&j->out[which], chunk, keep);
		if ((size_t)n > keep) {
			/* Keep the first part, count the rest, stop the flood. */
			j->dropped[which] += n - keep;
			if (!j->over) {
				j->over = 1;
				oracle_kill(o, j, ZY_KILLED_OUTPUT);
			}
		}
	}
}

/*
 * Is a path one of the snippet's own files (relative, or in its scratch
 * directory)? A PermissionError there is the snippet's doing (a file it
 * made read-only), not the sandbox's: for the key, an ordinary raise.
 */
static int
oracle_own_path(const char *path, const char *scratch)
{
	size_t	 n = strlen(scratch);

	if (*path == '\0' || strstr(path, "..") != NULL)
		return (0);
	return (path[0] != '/' || (n > 1 && strncmp(path, scratch, n) == 0 &&
	    path[n] == '/'));
}

/* Turn a finished job into a result. */
static void
oracle_result(struct oracle_job *j, struct result *r)
{
	const struct zy_done		*d = &j->msg;
	const struct pyexec_report	*rep = &d->rep;
	int				 st = d->wstatus;

	if (j->cached) {
		*r = j->res;
		result_init(&j->res);
		r->t.collected = util_now();
		return;
	}
	result_init(r);
	r->out = buf_detach(&j->out[0], &r->out_len);
	r->err = buf_detach(&j->out[1], &r->err_len);
	r->out_dropped = j->dropped[0];
	r->err_dropped = j->dropped[1];
	r->wall = d->wall;
	r->t.submit = j->submitted;
	r->t.fork = d->t_start;
	r->t.child = d->rep.t_child;
	r->t.sandboxed = d->rep.t_sandboxed;
	r->t.ran = d->rep.t_ran;
	r->t.reaped = d->t_reaped;
	r->t.collected = util_now();
	r->cpu = d->cpu;
	r->maxrss_kb = d->maxrss_kb;
	if (rep->done && rep->exc_type[0] != '\0') {
		r->exc_type = xstrdup(rep->exc_type);
		r->exc_msg = xstrdup(rep->exc_msg);
		r->exc_line = rep->exc_line;
	}
	if (WIFEXITED(st))
		r->exit_code = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		r->exit_code = 128 + WTERMSIG(st);

	if (j->lost) {
		r->verdict = VERDICT_INTERNAL;
		r->detail = xprintf("the oracle stopped answering (no result"
		    " %g s after the %g s limit); it was started again",
		    ZYGOTE_GRACE + ORACLE_WATCHDOG_MARGIN, j->limits.timeout);
	} else if (d->killed == ZY_KILLED_TIMEOUT) {
		r->verdict = VERDICT_TIMEOUT;
		r->detail = xprintf("wall-clock limit of %g s", j->limits.timeout);
	} else if (j->over || d->killed == ZY_KILLED_OUTPUT) {
		r->verdict = VERDICT_OUTPUT;
		r->detail = xprintf("more than %zu bytes on %s", j->limits.output,
		    j->dropped[0] ? "stdout" : "stderr");
	} else if (d->killed == ZY_KILLED_CANCEL) {
		r->verdict = VERDICT_INTERNAL;
		r->detail = xstrdup("cancelled");
	} else if (!rep->started && WIFEXITED(st) && WEXITSTATUS(st) == 125) {
		r->verdict = VERDICT_INTERNAL;
		r->detail = xstrdup(rep->internal[0] ? rep->internal :
		    "the snippet's process could not start");
	} else if (rep->internal[0] != '\0') {
		r->verdict = VERDICT_INTERNAL;
		r->detail = xstrdup(rep->internal);
	} else if (WIFSIGNALED(st) && WTERMSIG(st) == SIGINT &&
	    rep->keyboard_interrupt) {
		r->verdict = VERDICT_RAISED;
	} else if (WIFSIGNALED(st) && (WTERMSIG(st) == SIGXCPU ||
	    (WTERMSIG(st) == SIGKILL && d->cpu >= j->limits.cpu))) {
		r->verdict = VERDICT_TIMEOUT;
		r->detail = xprintf("CPU limit of %ld s", j->limits.cpu);
	} else if (WIFSIGNALED(st)) {
		r->verdict = VERDICT_CRASHED;
		r->signal = WTERMSIG(st);
	} else if (r->exc_type != NULL &&
	    strcmp(r->exc_type, "MemoryError") == 0) {
		r->verdict = VERDICT_MEMORY;
		r->detail = xprintf("address space: %zu of its %zu MiB",
		    sandbox_limits_address_space(&j->limits) >> 20,
		    j->limits.memory >> 20);
	} else if (r->exc_type != NULL && rep->exc_errno == ENOSPC) {
		/* Its own tmpfs is full: the rest of its memory budget. */
		r->verdict = VERDICT_MEMORY;
		r->detail = xprintf("files: %zu of its %zu MiB",
		    j->limits.files >> 20, j->limits.memory >> 20);
	} else if (r->exc_type != NULL)
		r->verdict = VERDICT_RAISED;
	else
		r->verdict = VERDICT_OK;

	/* A refused system call, or a refused file: the sandbox said no. */
	if (r->verdict == VERDICT_OK || r->verdict == VERDICT_RAISED) {
		if (rep->blocked_nr != 0) {
			r->verdict = VERDICT_BLOCKED;
			r->blocked = sandbox_syscall_name(rep->blocked_nr);
		} else if (r->exc_type != NULL &&
		    strcmp(r->exc_type, "PermissionError") == 0 &&
		    (rep->exc_errno == EACCES || rep->exc_errno == EPERM) &&
		    !oracle_own_path(rep->exc_filename, rep->scratch)) {
			r->verdict = VERDICT_BLOCKED;
			r->blocked = xstrdup(r->exc_msg);
		}
	}
}

static struct oracle_job *
oracle_finished(struct oracle *o)
{
	struct oracle_job	**pp, *j;

	for (pp = &o->jobs; (j = *pp) != NULL; pp = &j->next) {
		if (j->done && ((j->fd[0] == -1 && j->fd[1] == -1) ||
		    util_now() - j->done_at > ORACLE_DRAIN_GRACE)) {
			*pp = j->next;
			return (j);
		}
	}
	return (NULL);
}

static int
oracle_recv_done(struct oracle *o)
{
	struct oracle_job	*j;
	struct zy_done		 d;
	ssize_t			 n;

	do
		n = recv(o->ctl, &d, sizeof d, MSG_DONTWAIT);
	while (n == -1 && errno == EINTR);
	if (n == -1 && errno == EAGAIN)
		return (0);
	if (n != sizeof d || d.type != ZY_DONE)
		return (-1);
	for (j = o->jobs; j != NULL; j = j->next) {
		if (j->id == d.id) {
			j->msg = d;
			j->done = 1;
			j->done_at = util_now();
			break;
		}
	}
	return (0);
}

/* Has a run of o gone without an answer past its watchdog deadline? */
static int
oracle_hung(struct oracle *o, double now)
{
	struct oracle_job	*j;

	for (j = o->jobs; j != NULL; j = j->next) {
		if (!j->done && now >= j->due)
			return (1);
	}
	return (0);
}

int
oracle_collect_any(struct oracle **os, int nos, struct result *r, void **tag,
    int *which, char **cause)
{
	struct oracle_job	*j;
	struct pollfd		*pfd = NULL;
	struct oracle_job	**who = NULL;
	struct oracle		**owner = NULL;
	size_t			 n, cap = 0;
	double			 now, wake;
	int			 i, k, timeout, busy;

	for (;;) {
		busy = 0;
		now = util_now();
		for (k = 0; k < nos; k++) {
			/*
			 * The watchdog: a helper that died, or that holds a
			 * run past its deadline, is started again; the run
			 * comes back lost and the rest go on.
			 */
			if (os[k]->jobs != NULL && (os[k]->dead ||
			    oracle_hung(os[k], now)) &&
			    oracle_recover(os[k], cause) == -1)
				goto fail;
			if ((j = oracle_finished(os[k])) != NULL) {
				oracle_result(j, r);
				if (j->keyed && !j->cached)
					cache_put(os[k]->cache, j->key, r);
				if (tag != NULL)
					*tag = j->tag;
				if (which != NULL)
					*which = k;
				oracle_job_free(j);
				free(pfd);
				free(who);
				free(owner);
				return (0);
			}
			busy |= os[k]->jobs != NULL;
		}
		if (!busy) {
			*cause = xstrdup("no snippet is running");
			break;
		}
		n = 0;
		for (k = 0; k < nos; k++) {
			n++;
			for (j = os[k]->jobs; j != NULL; j = j->next)
				n += 2;
		}
		if (n > cap) {
			cap = n;
			pfd = xreallocarray(pfd, cap, sizeof *pfd);
			who = xreallocarray(who, cap, sizeof *who);
			owner = xreallocarray(owner, cap, sizeof *owner);
		}
		n = 0;
		wake = 0;
		for (k = 0; k < nos; k++) {
			if (os[k]->jobs == NULL)
				continue;
			pfd[n].fd = os[k]->ctl;
			pfd[n].events = POLLIN;
			who[n] = NULL;
			owner[n++] = os[k];
			for (j = os[k]->jobs; j != NULL; j = j->next) {
				for (i = 0; i < 2; i++) {
					if (j->fd[i] == -1)
						continue;
					pfd[n].fd = j->fd[i];
					pfd[n].events = POLLIN;
					who[n] = j;
					owner[n++] = os[k];
				}
				if (j->done && (wake == 0 || j->done_at +
				    ORACLE_DRAIN_GRACE < wake))
					wake = j->done_at + ORACLE_DRAIN_GRACE;
				if (!j->done && (wake == 0 || j->due < wake))
					wake = j->due;
			}
		}
		timeout = -1;
		if (wake != 0)
			timeout = wake <= now ? 0 : (int)((wake - now) * 1000) +
			    10;
		if (poll(pfd, n, timeout) == -1) {
			if (errno == EINTR)
				continue;
			*cause = xprintf("poll: %s", strerror(errno));
			break;
		}
		for (i = 0; i < (int)n; i++) {
			if (pfd[i].revents == 0)
				continue;
			if ((j = who[i]) != NULL)
				oracle_read(owner[i], j, pfd[i].fd == j->fd[0] ?
				    0 : 1);
			else if ((pfd[i].revents & (POLLIN | POLLHUP |
			    POLLERR)) && oracle_recv_done(owner[i]) == -1)
				owner[i]->dead = 1;
		}
	}
fail:
	free(pfd);
	free(who);
	free(owner);
	return (-1);
}

int
oracle_collect(struct oracle *o, struct result *r, void **tag, char **cause)
{
	return (oracle_collect_any(&o, 1, r, tag, NULL, cause));
}

int
oracle_run(struct oracle *o, const struct oracle_req *req, struct result *r,
    char **cause)
{
	if (oracle_submit(o, req, NULL, cause) == -1)
		return (-1);
	return (oracle_collect(o, r, NULL, cause));
}

void
oracle_req_item(struct oracle_req *req, const struct bank_item *it,
    const char *src, size_t len)
{
	memset(req, 0, sizeof *req);
	req->source = src;
	req->source_len = len;
	req->filename = "main.py";
	if (it->input != NULL) {
		req->stdin_data = it->input->text;
		req->stdin_len = it->input->len;
	}
	req->limits.timeout = it->timeout;
	req->needs = it->needs;
}

void
oracle_req_driver(struct oracle_req *req, const char *driver, size_t len,
    const char *name, const char *in, size_t inlen)
{
	memset(req, 0, sizeof *req);
	req->source = driver;
	req->source_len = len;
	req->filename = name;
	req->argv0 = "main.py";
	req->stdin_data = in;
	req->stdin_len = inlen;
}
