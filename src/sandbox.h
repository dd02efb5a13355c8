/*
 * sandbox.h: the kernel protections around every snippet.
 *
 * Layers, each independent of the others so that a kernel missing one
 * still has the rest (and says so, see sandbox_report):
 *  - namespaces (user, pid, net, mount, ipc, uts), entered once by the
 *    oracle's helper process: no network but loopback, no view of other
 *    processes, snipquiz's uid mapped to an unprivileged one;
 *  - a private tmpfs for the scratch directories;
 *  - Landlock: read only the Python installation, system libraries and
 *    read-only data, write only the snippet's own scratch directory,
 *    execute nothing, signal nothing outside the snippet's own domain;
 *  - seccomp (libseccomp): refuse exec, ptrace, mount, new namespaces,
 *    setsid and friends, reporting what was refused;
 *  - rlimits: CPU, address space, processes, file size, open files, no
 *    core dumps.
 * The helper (the "zygote") calls sandbox_zygote_setup once; each snippet
 * child calls sandbox_child_enter right after fork.
 */
#ifndef SQ_SANDBOX_H
#define SQ_SANDBOX_H

#include <stddef.h>
#include <sys/types.h>

/* Per-run limits. A zero field means "the default" (see sandbox.c). */
struct sandbox_limits {
	double	 timeout;	/* wall clock, seconds */
	long	 cpu;		/* CPU seconds */
	size_t	 memory;	/* all the memory a run holds, bytes: its
				   address space plus its files */
	size_t	 files;		/* of which its files (scratch directory,
				   /dev/shm, memfds): 0 means memory / 8 */
	long	 procs;		/* processes and threads */
	size_t	 file_size;	/* largest file written, bytes */
	long	 open_files;	/* file descriptors */
	size_t	 output;	/* bytes kept per stream (stdout, stderr) */
};

#define SANDBOX_DEFAULT_TIMEOUT		5.0
#define SANDBOX_DEFAULT_MEMORY		(512UL << 20)
/*
 * The least memory a run may be given: a child forked from the zygote
 * already spans about 28 MiB of address space before the snippet runs.
 */
#define SANDBOX_MIN_MEMORY		(64UL << 20)
#define SANDBOX_DEFAULT_PROCS		64
#define SANDBOX_DEFAULT_FILE_SIZE	(16UL << 20)
#define SANDBOX_DEFAULT_OPEN_FILES	256
#define SANDBOX_DEFAULT_OUTPUT		(1UL << 20)
#define SANDBOX_SCRATCH_SIZE		"64m"

/* Fill the zero fields of l with the defaults. */
void	 sandbox_limits_resolve(struct sandbox_limits *);
/* The address-space limit of a run: its memory less its files. */
size_t	 sandbox_limits_address_space(const struct sandbox_limits *);

/* What the zygote set up, and a run's directory; private to sandbox.c. */
struct sandbox;
struct sandbox_slot;

/*
 * In the oracle's first child, before anything else: try to enter new
 * user/pid/net/mount/ipc/uts namespaces. The user namespace needs its
 * uid map written by the parent: sandbox_unshare writes "U" on sync_w
 * and waits for a byte on sync_r. Returns a flag set of the namespaces
 * entered (SANDBOX_NS_*); never fails, what is missing is remembered and
 * reported by sandbox_report. Layers in sandbox_disabled() are skipped;
 * their mask comes back shifted left by 8 bits.
 */
#define SANDBOX_NS_USER	0x01
#define SANDBOX_NS_PID	0x02
#define SANDBOX_NS_NET	0x04
#define SANDBOX_NS_MNT	0x08
#define SANDBOX_NS_IPC	0x10
#define SANDBOX_LANDLOCK 0x20	/* only in sandbox_disabled's mask */
int	 sandbox_unshare(int sync_r, int sync_w);
/*
 * The layers SNIPQUIZ_SANDBOX_DISABLE turns off (a comma-separated list
 * of user, pid, net, mount, ipc, landlock), for testing how snipquiz
 * behaves and warns on kernels without them. Returns the SANDBOX_NS_* /
 * SANDBOX_LANDLOCK mask, or -1 with *cause set for an unknown name.
 */
int	 sandbox_disabled(char **cause);
/* In the parent: write child's uid/gid maps. 0, or -1 with *cause set. */
int	 sandbox_map_ids(pid_t child, char **cause);

/*
 * In the zygote, after the interpreter is initialised: mount a private
 * tmpfs on /tmp for scratch directories (without a mount namespace,
 * scratch_root, made by snipquiz, serves instead), bring up loopback, open the paths snippets may
 * read (readable[], NULL-terminated, plus the built-in system list) and
 * the files they may execute (executable[], NULL or NULL-terminated: a
 * foreign interpreter and its loader; with any, execve is not trapped),
 * the files a run that may spawn may execute (spawnable[], NULL or
 * NULL-terminated: the embedded interpreter's python3 and its loader;
 * see sandbox_child_enter), compile the seccomp filters, drop
 * capabilities and restrict the zygote itself with Landlock. ns is
 * sandbox_unshare's result. Returns the state, or NULL with *cause set
 * when even the basics failed.
 */
struct sandbox	*sandbox_zygote_setup(int ns, const char *scratch_root,
		     const char **readable, const char **executable,
		     const char **spawnable, char **cause);
/*
 * Where the zygote makes scratch directories (a private /tmp if it can);
 * sandbox_zygote_setup leaves the zygote in it, to use relative paths.
 */
const char	*sandbox_scratch_root(struct sandbox *);
/*
 * A multi-line human summary of the protections that are missing ("" if
 * none); the zygote sends it to snipquiz, which prints it on stderr.
 */
const char	*sandbox_report(struct sandbox *);
/* Can a run be allowed to execute the spawnable files (and only them)? */
int		 sandbox_can_spawn(struct sandbox *);
/*
 * Has each run (and a server: sandbox_server_enter) a /tmp of its own,
 * a tmpfs in mount and user namespaces of its own?
 */
int		 sandbox_private_tmp(struct sandbox *);
/* Why a server cannot start without one. */
#define SANDBOX_NO_PRIVATE_TMP	"no private /tmp (mount and user namespaces)"

/*
 * In a snippet child, right after fork: into its slot (and the slot's
 * mount namespace), its own process group, user namespace and limits,
 * a Landlock domain of its own where only the slot is writable, the
 * SIGSYS reporter, then seccomp. Leaves the child in the slot's
 * directory. With spawn (and Landlock), the run may execve the spawnable
 * files and nothing else: Landlock grants execute on those files alone,
 * the seccomp filter is the same but for execve (execveat stays
 * refused), and everything else (namespaces, rlimits, Landlock domain,
 * process group, filter) is inherited by what it executes. A refused
 * call kills an executed program with SIGSYS: no reporter survives
 * execve. blocked_nr is where the number of a refused system call is
 * stored (shared memory the zygote reads). On failure the child must not
 * run the snippet: returns -1 with a static message in *cause.
 */
int	 sandbox_child_enter(struct sandbox *, struct sandbox_slot *,
	     const struct sandbox_limits *, int spawn, volatile int *blocked_nr,
	     const char **cause);
/*
 * In a child of the zygote that is about to exec a helper server (the
 * private X server, display.c): its own process group, network namespace
 * (nothing to reach, no abstract socket anyone else sees) and mount
 * namespace, where /tmp is a tmpfs of its own but for sockdir (an
 * absolute path under /tmp, which must exist), the zygote's; no
 * capabilities; at most SANDBOX_SERVER_MEMORY of address space; and a
 * Landlock domain that reads readable[], executes executable[] (both
 * NULL-terminated) and writes only its /tmp. No seccomp filter: the
 * server execs its keymap compiler. Needs the private /tmp of a mount
 * and user namespace: -1 with a static message in *cause without them,
 * or on any failure (errno set by the call that failed, 0 when none
 * did); the child must then not exec the server.
 */
#define SANDBOX_SERVER_MEMORY	(512UL << 20)
int	 sandbox_server_enter(struct sandbox *, const char *sockdir,
	     const char **readable, const char **executable,
	     const char **cause);
/*
 * A run's directory, a "slot": w/ (its working directory), s/ (its
 * source) and shm/ (its /dev/shm). With a mount namespace, a slot is a
 * tmpfs of its own, so what a run writes never fills another run's
 * space and counts against its memory, and the slot comes with a mount
 * namespace where its shm/ is /dev/shm. Slots are made as runs need them
 * and emptied for the next run, never unmounted: taking a mount down
 * waits for an RCU grace period, which cost more than the run itself.
 */
/*
 * In the zygote, before fork: an empty slot for a run with limits l.
 * Returns it, or NULL with errno set.
 */
struct sandbox_slot	*sandbox_slot_take(struct sandbox *,
			     const struct sandbox_limits *);
/* The slot's directory, relative to the scratch root ("3"). */
const char		*sandbox_slot_dir(struct sandbox_slot *);
/* After the run: empty the slot for the next one (never fails). */
void			 sandbox_slot_give_back(struct sandbox_slot *);
/* The name of system call nr ("execve"), or "syscall N". Caller frees. */
char	*sandbox_syscall_name(int nr);

#endif
