/*
 * pyexec.h: the embedded interpreter (the only module that includes
 * Python.h).
 *
 * The zygote calls pyexec_init once; each snippet child, forked from the
 * zygote, calls pyexec_run, which behaves like `python3 FILE`: same
 * traceback text, same exit status, same finalisation (atexit handlers,
 * non-daemon threads joined, buffers flushed).
 */
#ifndef SQ_PYEXEC_H
#define SQ_PYEXEC_H

/*
 * What a snippet child reports about itself. It lives in memory shared
 * with the zygote (not in a pipe a snippet could close), plain data only.
 */
struct pyexec_report {
	int	 started;		/* the child reached pyexec_run */
	int	 done;			/* Python finished running the code */
	int	 exit_code;		/* what python3 would exit with */
	int	 keyboard_interrupt;	/* exits by SIGINT, like python3 */
	int	 system_exit;
	int	 blocked_nr;		/* a system call seccomp refused */
	int	 exc_line;
	int	 exc_errno;		/* OSError.errno, or 0 */
	char	 exc_filename[512];	/* OSError.filename, or "" */
	char	 scratch[512];		/* the snippet's own directory */
	char	 exc_type[256];
	char	 exc_msg[2048];
	char	 internal[256];		/* why the child could not run it */
	/* When (util_now()) the child started, was sandboxed, had run. */
	double	 t_child, t_sandboxed, t_ran;
};

/*
 * Initialise the interpreter: isolated from the environment and from
 * site-packages, UTF-8 I/O, hash seed fixed (seed >= 0) or random (-1).
 * Returns 0, or -1 with *cause set.
 */
int		 pyexec_init(long hash_seed, char **cause);
/* Directories the interpreter reads (sys.path), NULL-terminated. */
const char	**pyexec_paths(void);
/*
 * Is package name (a top-level module: "requests") in the distribution's
 * dist-packages that pyexec_run puts on sys.path for the items that need
 * them? Looks for its files; imports nothing.
 */
int		 pyexec_has_package(const char *name);
/* "3.11.2": the interpreter's version. */
const char	*pyexec_version(void);
/*
 * The embedded interpreter's build as sys.version gives it ("3.11.2
 * (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]"): its version, build date
 * and compiler, for the result cache's keys. Needs no initialisation.
 */
const char	*pyexec_build(void);
/* Fork protocol, as os.fork does it. */
void		 pyexec_before_fork(void);
void		 pyexec_after_fork_parent(void);
void		 pyexec_after_fork_child(void);
/*
 * In the child, before pyexec_run: set an environment variable in both
 * os.environ (read once, in the zygote) and the C environment (which
 * Tcl and Xlib read). Never fails: a variable that cannot be set stays
 * unset.
 */
void		 pyexec_setenv(const char *name, const char *value);
/*
 * In the child, before pyexec_run: seed the random module (preloaded,
 * and reseeded from the system at fork) with seed, so that a program
 * drawing random numbers prints the same each time.
 */
void		 pyexec_seed_random(unsigned long seed);
/*
 * In the child: run the source read from src_fd as the __main__ module.
 * filename is what tracebacks and __file__ show, argv0 is sys.argv[0];
 * workdir is the cwd and sys.path[0]; a copy of the source is put in
 * srcdir so tracebacks and warnings can show source lines. With packages,
 * the distribution's dist-packages (python3-requests, python3-pytest) are
 * on sys.path after the standard library, as python3 has them; without,
 * the standard library alone. Fills rep.
 * Returns the exit status python3 would have; a KeyboardInterrupt kills
 * the process with SIGINT instead, as python3 does.
 */
int		 pyexec_run(int src_fd, const char *filename, const char *argv0,
		     const char *workdir, const char *srcdir, int packages,
		     struct pyexec_report *rep);

#endif
