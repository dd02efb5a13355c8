/*
 * sandbox.c: namespaces, Landlock, seccomp and rlimits for snippets.
 *
 * Why this shape: tests and CI run as root, where file permissions do not
 * protect and RLIMIT_NPROC does not bind. So the zygote lives in a user
 * namespace whose uid 0 is an unprivileged uid outside (nobody when
 * snipquiz runs as root), drops every capability, and relies on Landlock
 * (which binds root too) for the file system. Each snippet child adds a
 * Landlock domain of its own, which also keeps it from signalling the
 * zygote or its siblings, and a seccomp filter compiled once by the zygote.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <libgen.h>
#include <stddef.h>
#include <limits.h>
#include <net/if.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/ucontext.h>
#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/netlink.h>
#include <linux/seccomp.h>

#include "sanitize.h"
#include "sandbox.h"
#include "util.h"

/*
 * Landlock, with the constants newer than the build machine's headers
 * (Debian 12 ships 6.1 headers; the kernel may well be newer). The
 * kernel takes the attribute struct by size, so a larger one is fine.
 */
#ifndef __NR_landlock_create_ruleset
#define __NR_landlock_create_ruleset	444
#define __NR_landlock_add_rule		445
#define __NR_landlock_restrict_self	446
#endif
#define LL_CREATE_RULESET_VERSION	(1U << 0)
#define LL_RULE_PATH_BENEATH		1
#define LL_FS_EXECUTE		(1ULL << 0)
#define LL_FS_WRITE_FILE	(1ULL << 1)
#define LL_FS_READ_FILE		(1ULL << 2)
#define LL_FS_READ_DIR		(1ULL << 3)
#define LL_FS_REMOVE_DIR	(1ULL << 4)
#define LL_FS_REMOVE_FILE	(1ULL << 5)
#define LL_FS_MAKE_CHAR		(1ULL << 6)
#define LL_FS_MAKE_DIR		(1ULL << 7)
#define LL_FS_MAKE_REG		(1ULL << 8)
#define LL_FS_MAKE_SOCK		(1ULL << 9)
#define LL_FS_MAKE_FIFO		(1ULL << 10)
#define LL_FS_MAKE_BLOCK	(1ULL << 11)
#define LL_FS_MAKE_SYM		(1ULL << 12)
#define LL_FS_REFER		(1ULL << 13)	/* ABI 2 */
#define LL_FS_TRUNCATE		(1ULL << 14)	/* ABI 3 */
#define LL_FS_IOCTL_DEV		(1ULL << 15)	/* ABI 5 */
#define LL_NET_BIND_TCP		(1ULL << 0)	/* ABI 4 */
#define LL_NET_CONNECT_TCP	(1ULL << 1)
#define LL_SCOPE_ABSTRACT_UNIX	(1ULL << 0)	/* ABI 6 */
#define LL_SCOPE_SIGNAL		(1ULL << 1)

struct ll_ruleset_attr {
	uint64_t	handled_fs;
	uint64_t	handled_net;
	uint64_t	scoped;
};
struct ll_path_beneath {
	uint64_t	allowed;
	int32_t		parent_fd;
} __attribute__((packed));

/* ioprio_set's "which" (linux/ioprio.h is not in every libc's headers). */
#define SANDBOX_IOPRIO_WHO_PROCESS	1
#define SANDBOX_IOPRIO_WHO_PGRP		2
#define SANDBOX_IOPRIO_WHO_USER		3
#ifndef PR_SCHED_CORE
#define PR_SCHED_CORE			62
#endif
/* A 32-bit argument (an int): the kernel ignores the upper half. */
#define SANDBOX_ARG32_EQ(n, v) \
	SCMP_CMP((n), SCMP_CMP_MASKED_EQ, 0xffffffffULL, (uint32_t)(v))

#define LL_FS_READ	(LL_FS_READ_FILE | LL_FS_READ_DIR)
#define LL_FS_FILE_ONLY	(LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE | \
			 LL_FS_TRUNCATE | LL_FS_IOCTL_DEV)

/* A path snippets may read (or, for rw, write too). */
struct sandbox_path {
	int		 fd;		/* O_PATH */
	int		 is_dir;
	int		 rw;
	int		 exec;		/* may be executed (a file) */
	int		 spawn;		/* ... by a run allowed to spawn */
	char		*name;
};

/* A run's directory, reused run after run (see sandbox.h). */
struct sandbox_slot {
	char		*dir;		/* relative to the scratch root */
	int		 busy;
	size_t		 size;		/* its tmpfs's, or 0: none yet */
	int		 mntns;		/* where shm/ is /dev/shm, or -1 */
	int		 netns;		/* its own loopback, or -1 */
	int		 tcp[2];	/* /proc/net/sockstat, sockstat6 there,
					   or -1 */
	ino_t		 shm_ino;	/* shm/ as bound there */
};

struct sandbox {
	struct sandbox_slot	**slots;
	size_t			 nslots;
	int			 ns;
	int			 landlock_abi;
	uint64_t		 ll_fs;		/* handled fs rights */
	uint64_t		 ll_net;	/* handled net rights */
	uint64_t		 ll_scope;
	struct sandbox_path	*paths;
	size_t			 npaths;
	int			 own_userns;	/* each run in a user ns of its own */
	int			 run_tmpfs;	/* each run on a tmpfs of its own */
	char			*root;		/* where scratch dirs go */
	int			 scratch_fd;	/* O_PATH, the zygote's rw root */
	struct sock_fprog	 filter;
	int			 have_filter;
	struct sock_fprog	 filter_spawn;	/* the same, execve allowed */
	int			 have_spawn;	/* runs may spawn (below) */
	int			 allow_exec;	/* a foreign interpreter: exec it */
	struct buf		 report;
};

/* Read-only data and libraries Python needs besides its own paths. */
static const char *sandbox_system_paths[] = {
	"/usr/lib", "/usr/lib64", "/usr/lib32", "/lib", "/lib64", "/lib32",
	"/usr/share/zoneinfo", "/usr/lib/locale", "/usr/share/locale",
	"/etc/localtime", "/etc/ld.so.cache", "/dev/urandom", "/dev/random",
	"/dev/zero",
	/*
	 * tkinter: Tcl's and Tk's scripts (init.tcl), X's locale data and
	 * the fonts fontconfig finds, so that a program without a display
	 * fails as python3 fails there ("no display name"), and one with
	 * the private X server (display.c) draws with the fonts python3 has.
	 */
	"/usr/share/tcltk", "/usr/share/X11/locale", "/etc/fonts",
	"/usr/share/fonts", "/var/cache/fontconfig", NULL
};

/* Where the SIGSYS reporter stores what was refused (shared memory). */
static volatile int *sandbox_blocked_nr;
/* The run's own directory, where memfd_create's files go instead. */
static char sandbox_memfd_dir[PATH_MAX];

static void	sandbox_note(struct sandbox *, const char *, ...)
		    SQ_PRINTF(2, 3);

void
sandbox_limits_resolve(struct sandbox_limits *l)
{
	if (l->timeout <= 0)
		l->timeout = SANDBOX_DEFAULT_TIMEOUT;
	if (l->cpu <= 0)
		l->cpu = (long)l->timeout + 1;
	if (l->memory == 0)
		l->memory = SANDBOX_DEFAULT_MEMORY;
	if (l->files == 0 || l->files >= l->memory)
		l->files = l->memory / 8;
	if (l->procs <= 0)
		l->procs = SANDBOX_DEFAULT_PROCS;
	if (l->file_size == 0)
		l->file_size = SANDBOX_DEFAULT_FILE_SIZE;
	if (l->open_files <= 0)
		l->open_files = SANDBOX_DEFAULT_OPEN_FILES;
	if (l->output == 0)
		l->output = SANDBOX_DEFAULT_OUTPUT;
}

size_t
sandbox_limits_address_space(const struct sandbox_limits *l)
{
	return (l->memory - l->files);
}

/* Add a line to the report of missing protections. */
static void
sandbox_note(struct sandbox *sb, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvprintf(fmt, ap);
	va_end(ap);
	buf_addf(&sb->report, "sandbox: %s\n", s);
	free(s);
}

static int
sandbox_write_file(const char *path, const char *text)
{
	int	 fd, rc;

	if ((fd = open(path, O_WRONLY | O_CLOEXEC)) == -1)
		return (-1);
	rc = util_write_all(fd, text, strlen(text));
	if (close(fd) == -1)
		rc = -1;
	return (rc);
}

int
sandbox_disabled(char **cause)
{
	static const struct {
		const char	*name;
		int		 bit;
	} layers[] = {
		{ "user", SANDBOX_NS_USER }, { "pid", SANDBOX_NS_PID },
		{ "net", SANDBOX_NS_NET }, { "mount", SANDBOX_NS_MNT },
		{ "ipc", SANDBOX_NS_IPC }, { "landlock", SANDBOX_LANDLOCK },
	};
	const char	*env, *p;
	size_t		 i, n;
	int		 mask = 0;

	if ((env = getenv("SNIPQUIZ_SANDBOX_DISABLE")) == NULL)
		return (0);
	for (p = env; *p != '\0'; p += n + (p[n] == ',')) {
		n = strcspn(p, ",");
		for (i = 0; i < sizeof layers / sizeof layers[0]; i++) {
			if (strlen(layers[i].name) == n &&
			    strncmp(p, layers[i].name, n) == 0)
				break;
		}
		if (i == sizeof layers / sizeof layers[0]) {
			if (cause != NULL)
				*cause = xprintf("SNIPQUIZ_SANDBOX_DISABLE: unknown"
				    " layer '%.*s' (layers: user, pid, net,"
				    " mount, ipc, landlock)", (int)n, p);
			return (-1);
		}
		mask |= layers[i].bit;
	}
	return (mask);
}

int
sandbox_unshare(int sync_r, int sync_w)
{
	static const struct {
		int	 flag;
		int	 ns;
	} each[] = {
		{ CLONE_NEWPID, SANDBOX_NS_PID },
		{ CLONE_NEWNET, SANDBOX_NS_NET },
		{ CLONE_NEWNS, SANDBOX_NS_MNT },
		{ CLONE_NEWIPC, SANDBOX_NS_IPC },
	};
	size_t	 i;
	int	 ns = 0, off, all = 1;
	char	 c;

	if ((off = sandbox_disabled(NULL)) == -1)
		off = 0;
	if (!(off & SANDBOX_NS_USER) && unshare(CLONE_NEWUSER) == 0) {
		/* Only the parent may map our uid to another one. */
		if (write(sync_w, "U", 1) != 1 || read(sync_r, &c, 1) != 1 ||
		    c != '1')
			_exit(71);
		/*
		 * The map does not change our credentials: become the
		 * namespace's uid 0, i.e. the unprivileged uid outside.
		 */
		if (setresgid(0, 0, 0) == -1 || setresuid(0, 0, 0) == -1)
			_exit(71);
		ns |= SANDBOX_NS_USER;
	} else if (write(sync_w, "N", 1) != 1 || read(sync_r, &c, 1) != 1)
		_exit(71);
	for (i = 0; i < sizeof each / sizeof each[0]; i++) {
		if (off & each[i].ns)
			all = 0;
	}
	if (all && unshare(CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS |
	    CLONE_NEWIPC | CLONE_NEWUTS) == 0)
		return (ns | SANDBOX_NS_PID | SANDBOX_NS_NET | SANDBOX_NS_MNT |
		    SANDBOX_NS_IPC | (off << 8));
	for (i = 0; i < sizeof each / sizeof each[0]; i++) {
		if (!(off & each[i].ns) && unshare(each[i].flag) == 0)
			ns |= each[i].ns;
	}
	return (ns | (off << 8));
}

int
sandbox_map_ids(pid_t child, char **cause)
{
	char	 path[64], map[64];
	uid_t	 uid = getuid();
	gid_t	 gid = getgid();

	/*
	 * As root, uid 0 inside is nobody outside: then a snippet owns no
	 * file on the machine, and RLIMIT_NPROC binds.
	 */
	if (uid == 0)
		uid = 65534;
	if (gid == 0)
		gid = 65534;
	snprintf(path, sizeof path, "/proc/%ld/setgroups", (long)child);
	if (sandbox_write_file(path, "deny") == -1 && errno != ENOENT)
		goto fail;
	snprintf(path, sizeof path, "/proc/%ld/uid_map", (long)child);
	snprintf(map, sizeof map, "0 %lu 1", (unsigned long)uid);
	if (sandbox_write_file(path, map) == -1)
		goto fail;
	snprintf(path, sizeof path, "/proc/%ld/gid_map", (long)child);
	snprintf(map, sizeof map, "0 %lu 1", (unsigned long)gid);
	if (sandbox_write_file(path, map) == -1)
		goto fail;
	return (0);
fail:
	*cause = xprintf("%s: %s", path, strerror(errno));
	return (-1);
}

/* Bring up lo in the new network namespace, for servers on 127.0.0.1. */
static int
sandbox_loopback_up(void)
{
	struct ifreq	 ifr;
	int		 s, rc = -1;

	if ((s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1)
		return (-1);
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.ifr_name, "lo");
	if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
		rc = ioctl(s, SIOCSIFFLAGS, &ifr);
	}
	close(s);
	return (rc);
}

static void
sandbox_add_path(struct sandbox *sb, const char *name, int rw)
{
	struct stat		 st;
	struct sandbox_path	*p;
	size_t			 i;
	int			 fd;

	for (i = 0; i < sb->npaths; i++) {
		if (strcmp(sb->paths[i].name, name) == 0)
			return;
	}
	if ((fd = open(name, O_PATH | O_CLOEXEC)) == -1)
		return;
	if (fstat(fd, &st) == -1) {
		close(fd);
		return;
	}
	sb->paths = xreallocarray(sb->paths, sb->npaths + 1, sizeof *sb->paths);
	p = &sb->paths[sb->npaths++];
	p->fd = fd;
	p->is_dir = S_ISDIR(st.st_mode);
	p->rw = rw;
	p->exec = 0;		/* the caller grants it, to a file it names */
	p->spawn = 0;
	p->name = xstrdup(name);
}

static const char *sandbox_trapped[] = {
	"execve", "execveat", "ptrace", "process_vm_readv",
	"process_vm_writev", "pidfd_getfd", "kcmp", "mount", "umount2",
	"pivot_root", "chroot", "unshare", "setns", "bpf", "perf_event_open",
	"kexec_load", "kexec_file_load", "init_module", "finit_module",
	"delete_module", "reboot", "swapon", "swapoff", "keyctl", "add_key",
	"request_key", "userfaultfd", "acct", "settimeofday",
	"clock_settime", "clock_adjtime", "adjtimex", "iopl", "ioperm",
	"open_by_handle_at", "name_to_handle_at", "quotactl", "quotactl_fd",
	"syslog", "setsid", "setpgid", "fanotify_init", "move_mount",
	"open_tree", "fsopen", "fsmount", "fsconfig", "fspick",
	"mount_setattr", "sethostname", "setdomainname", "vhangup",
	/* io_uring's operations are not system calls: seccomp never sees them. */
	"io_uring_setup", "io_uring_enter", "io_uring_register",
	/* Another process's memory, through a pidfd. */
	"process_madvise", "process_mrelease",
	/* Old or rare kernel code no Python program needs. */
	"modify_ldt", "uselib", "lookup_dcookie", "nfsservctl", "vmsplice",
	NULL
};

/*
 * Calls that change a process (or a process group, or all of a user's
 * processes) named by a number. The zygote is pid 1 and the snippets beside
 * this one run as the same uid, so the kernel lets them through: a snippet
 * that lowered the zygote's RLIMIT_NOFILE or RLIMIT_NPROC broke every run
 * after it. Each is refused unless it names the caller itself (0); the
 * SIGSYS handler lets a call through again when its number is the caller's
 * own (as `os.setpriority(os.PRIO_PROCESS, os.getpid(), 5)` names it).
 */
#define SANDBOX_WHO_PROCESS	0	/* the number names a process */
#define SANDBOX_WHO_THREAD	1	/* ... a thread (the sched_* calls) */
#define SANDBOX_WHO_WHICH	2	/* another argument says what it names */
static const struct sandbox_pidcall {
	const char	*name;
	int		 kind;		/* SANDBOX_WHO_* */
	unsigned int	 arg;		/* the argument holding the number */
	unsigned int	 which;		/* for SANDBOX_WHO_WHICH: its argument */
	long		 thread;	/* ... and its values: one thread */
	long		 pgrp;		/* a process group */
	long		 user;		/* every process of a user */
} sandbox_pidcalls[] = {
	{ "prlimit64", SANDBOX_WHO_PROCESS, 0, 0, 0, 0, 0 },
	{ "migrate_pages", SANDBOX_WHO_PROCESS, 0, 0, 0, 0, 0 },
	{ "move_pages", SANDBOX_WHO_PROCESS, 0, 0, 0, 0, 0 },
	{ "sched_setaffinity", SANDBOX_WHO_THREAD, 0, 0, 0, 0, 0 },
	{ "sched_setscheduler", SANDBOX_WHO_THREAD, 0, 0, 0, 0, 0 },
	{ "sched_setparam", SANDBOX_WHO_THREAD, 0, 0, 0, 0, 0 },
	{ "sched_setattr", SANDBOX_WHO_THREAD, 0, 0, 0, 0, 0 },
	{ "setpriority", SANDBOX_WHO_WHICH, 1, 0, PRIO_PROCESS, PRIO_PGRP,
	    PRIO_USER },
	{ "ioprio_set", SANDBOX_WHO_WHICH, 1, 0, SANDBOX_IOPRIO_WHO_PROCESS,
	    SANDBOX_IOPRIO_WHO_PGRP, SANDBOX_IOPRIO_WHO_USER },
};
#define SANDBOX_NPIDCALLS (sizeof sandbox_pidcalls / sizeof sandbox_pidcalls[0])

/*
 * What the filter does to a refused call: SIGSYS, which the reporter
 * turns into EPERM and a "blocked" verdict; or, when snippets run under
 * a foreign interpreter (--python), where no handler survives execve,
 * EPERM straight away, so the run ends with PermissionError rather than
 * being killed by SIGSYS.
 */
static uint32_t sandbox_refuse = SCMP_ACT_TRAP;

/* Their numbers, resolved with the filter for the SIGSYS handler. */
static int sandbox_pidcall_nr[SANDBOX_NPIDCALLS];

/*
 * Refuse the calls of sandbox_pidcalls aimed at another process, and note
 * their numbers for the SIGSYS handler. A number with its upper half set
 * counts as another process even when the kernel would take it for 0:
 * refusing too much is safe, the handler sorts it out.
 */
static int
sandbox_filter_pids(scmp_filter_ctx ctx)
{
	const struct sandbox_pidcall	*c;
	size_t				 i;
	int				 nr, rc;

	for (i = 0; i < SANDBOX_NPIDCALLS; i++) {
		c = &sandbox_pidcalls[i];
		sandbox_pidcall_nr[i] = -1;
		nr = seccomp_syscall_resolve_name(c->name);
		if (nr == __NR_SCMP_ERROR)
			continue;
		sandbox_pidcall_nr[i] = nr;
		switch (c->kind) {
		case SANDBOX_WHO_PROCESS:
		case SANDBOX_WHO_THREAD:
			if (nr == SCMP_SYS(prlimit64)) {
				/* Reading another's limits changes nothing. */
				rc = seccomp_rule_add(ctx, sandbox_refuse, nr, 2,
				    SCMP_CMP(c->arg, SCMP_CMP_NE, 0),
				    SCMP_A2(SCMP_CMP_NE, 0));
			} else
				rc = seccomp_rule_add(ctx, sandbox_refuse, nr, 1,
				    SCMP_CMP(c->arg, SCMP_CMP_NE, 0));
			break;
		default:
			/* The whole user's processes include the zygote. */
			rc = seccomp_rule_add(ctx, sandbox_refuse, nr, 2,
			    SANDBOX_ARG32_EQ(c->which, c->thread),
			    SCMP_CMP(c->arg, SCMP_CMP_NE, 0));
			if (rc == 0)
				rc = seccomp_rule_add(ctx, sandbox_refuse, nr, 2,
				    SANDBOX_ARG32_EQ(c->which, c->pgrp),
				    SCMP_CMP(c->arg, SCMP_CMP_NE, 0));
			if (rc == 0)
				rc = seccomp_rule_add(ctx, sandbox_refuse, nr, 1,
				    SANDBOX_ARG32_EQ(c->which, c->user));
			break;
		}
		if (rc != 0)
			return (-1);
	}
	/* Core scheduling cookies, shared to or from another process. */
	if (seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(prctl), 2,
	    SANDBOX_ARG32_EQ(0, PR_SCHED_CORE), SCMP_A2(SCMP_CMP_NE, 0)) != 0)
		return (-1);
	return (0);
}

/*
 * Socket families: Unix sockets, the network of the snippet's own
 * namespace (when it has one), and the routing netlink that glibc reads
 * for getaddrinfo(AI_ADDRCONFIG) and if_nameindex(). Everything else is
 * refused: AF_VSOCK reaches the hypervisor whatever the namespace, and
 * the rest (packet, Bluetooth, crypto, key, XDP, other netlink, ...) is
 * kernel code no snippet needs. A family with its upper half set is above
 * AF_NETLINK, so refused too.
 */
static int
sandbox_filter_sockets(scmp_filter_ctx ctx, int ns)
{
	int	 af;

	for (af = 0; af < AF_NETLINK; af++) {
		if (af == AF_UNIX ||
		    ((af == AF_INET || af == AF_INET6) && (ns & SANDBOX_NS_NET)))
			continue;
		if (seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(socket), 1,
		    SCMP_A0(SCMP_CMP_EQ, af)) != 0)
			return (-1);
	}
	if (seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(socket), 1,
	    SCMP_A0(SCMP_CMP_GT, AF_NETLINK)) != 0 ||
	    seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(socket), 2,
	    SCMP_A0(SCMP_CMP_EQ, AF_NETLINK),
	    SCMP_A2(SCMP_CMP_NE, NETLINK_ROUTE)) != 0 ||
	    seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(socketpair), 1,
	    SCMP_A0(SCMP_CMP_NE, AF_UNIX)) != 0)
		return (-1);
	return (0);
}

/*
 * Compile the snippets' seccomp filter to BPF once, for every child, into
 * *out; with spawn, the variant for runs that may execute the interpreter
 * itself: execve is let through (Landlock decides which file), all the
 * rest is the same. 0, or -1 with *cause set.
 */
static int
sandbox_compile_filter(struct sandbox *sb, int spawn, struct sock_fprog *out,
    char **cause)
{
	static const uint64_t	 nsflags[] = { CLONE_NEWUSER, CLONE_NEWNS,
	    CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS,
	    CLONE_NEWCGROUP };
	static const char	*sysv[] = { "shmget", "semget", "msgget" };
	scmp_filter_ctx		 ctx;
	struct stat		 st;
	const char		**name;
	size_t			 i;
	void			*prog = NULL;
	int			 nr, fd = -1, rc = -1;

	sandbox_refuse = sb->allow_exec ? SCMP_ACT_ERRNO(EPERM) :
	    SCMP_ACT_TRAP;
	if ((ctx = seccomp_init(SCMP_ACT_ALLOW)) == NULL) {
		*cause = xstrdup("seccomp_init failed");
		return (-1);
	}
	/* We set no_new_privs ourselves, before any filter is loaded. */
	seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
#if SCMP_VER_MAJOR > 2 || (SCMP_VER_MAJOR == 2 && SCMP_VER_MINOR >= 5)
	/*
	 * A binary tree of syscall numbers, not a chain: loading the filter,
	 * once per run, costs the kernel a pass over it for every syscall
	 * number (the action cache of Linux 5.11), and a chain made that a
	 * tenth of a run's CPU. Same rules, same verdicts.
	 */
	(void)seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
#endif
	for (name = sandbox_trapped; *name != NULL; name++) {
		/*
		 * A foreign interpreter is started with execve; Landlock
		 * then lets it execute that interpreter and nothing else.
		 */
		if (sb->allow_exec && strncmp(*name, "execve", 6) == 0)
			continue;
		/*
		 * execveat stays refused: subprocess and os.exec* use execve,
		 * and an fd or an AT_EMPTY_PATH is one more way to name a file.
		 */
		if (spawn && strcmp(*name, "execve") == 0)
			continue;
		nr = seccomp_syscall_resolve_name(*name);
		if (nr == __NR_SCMP_ERROR)
			continue;
		if (seccomp_rule_add(ctx, sandbox_refuse, nr, 0) != 0)
			goto out;
	}
	for (i = 0; i < sizeof nsflags / sizeof nsflags[0]; i++) {
		if (seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(clone), 1,
		    SCMP_A0(SCMP_CMP_MASKED_EQ, nsflags[i], nsflags[i])) != 0)
			goto out;
	}
	/*
	 * memfd_create is answered by the reporter with a file in the run's
	 * own tmpfs (sandbox_memfd), so that it counts against the run's
	 * memory; SysV IPC objects outlive their run and hold memory no
	 * limit counts: refused (POSIX shared memory and semaphores, in the
	 * run's own /dev/shm, remain).
	 */
	for (i = 0; i < sizeof sysv / sizeof sysv[0]; i++) {
		if ((nr = seccomp_syscall_resolve_name(sysv[i])) !=
		    __NR_SCMP_ERROR &&
		    seccomp_rule_add(ctx, sandbox_refuse, nr, 0) != 0)
			goto out;
	}
	if (sb->run_tmpfs && seccomp_rule_add(ctx, sandbox_refuse,
	    SCMP_SYS(memfd_create), 0) != 0)
		goto out;
	/* clone3 hides its flags in memory: make libc fall back to clone. */
	nr = seccomp_syscall_resolve_name("clone3");
	if (nr != __NR_SCMP_ERROR &&
	    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), nr, 0) != 0)
		goto out;
	/*
	 * The reporter of refused calls stays in place (the kernel reads the
	 * signal number as an int, so SIGSYS with high bits set is SIGSYS).
	 */
	if (seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EINVAL), SCMP_SYS(rt_sigaction),
	    2, SANDBOX_ARG32_EQ(0, SIGSYS), SCMP_A1(SCMP_CMP_NE, 0)) != 0)
		goto out;
	/* No typing into a terminal the snippet might still reach. */
	if (seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(ioctl), 1,
	    SANDBOX_ARG32_EQ(1, TIOCSTI)) != 0 ||
	    seccomp_rule_add(ctx, sandbox_refuse, SCMP_SYS(ioctl), 1,
	    SANDBOX_ARG32_EQ(1, TIOCLINUX)) != 0)
		goto out;
	if (sandbox_filter_sockets(ctx, sb->ns) != 0 ||
	    sandbox_filter_pids(ctx) != 0)
		goto out;
	if ((fd = memfd_create("seccomp", MFD_CLOEXEC)) == -1 ||
	    seccomp_export_bpf(ctx, fd) != 0 || fstat(fd, &st) == -1 ||
	    st.st_size == 0 || st.st_size % sizeof(struct sock_filter) != 0)
		goto out;
	prog = xmalloc(st.st_size);
	if (pread(fd, prog, st.st_size, 0) != st.st_size)
		goto out;
	out->len = st.st_size / sizeof(struct sock_filter);
	out->filter = prog;
	prog = NULL;
	rc = 0;
out:
	if (rc != 0)
		*cause = xstrdup("cannot compile the seccomp filter");
	free(prog);
	if (fd != -1)
		close(fd);
	seccomp_release(ctx);
	return (rc);
}

/*
 * Give up every capability, in the user namespace too, but those in keep
 * (CAP_TO_MASK bits of the first 32): the zygote keeps CAP_SYS_ADMIN in
 * its own namespace to mount each run's tmpfs.
 */
static void
sandbox_drop_caps(uint32_t keep)
{
	struct __user_cap_header_struct	 hdr;
	struct __user_cap_data_struct	 data[2];
	int				 cap;

	for (cap = 0; cap < 64; cap++) {
		if (cap < 32 && (keep & CAP_TO_MASK(cap)))
			continue;
		if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == -1 &&
		    errno == EINVAL)
			break;
	}
	(void)prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	memset(&hdr, 0, sizeof hdr);
	memset(data, 0, sizeof data);
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	data[0].effective = data[0].permitted = keep;
	(void)syscall(SYS_capset, &hdr, data);
}

/*
 * Create a Landlock domain: read paths, rw paths, plus extra[] (rw); with
 * spawn, the files a spawning run may execute are executable too.
 */
static int
sandbox_landlock(struct sandbox *sb, const int *extra, int nextra, int spawn)
{
	struct ll_ruleset_attr	 attr;
	struct ll_path_beneath	 pb;
	size_t			 i, size;
	uint64_t		 rw;
	int			 rfd, rc = -1;

	memset(&attr, 0, sizeof attr);
	attr.handled_fs = sb->ll_fs;
	attr.handled_net = sb->ll_net;
	attr.scoped = sb->ll_scope;
	if (sb->landlock_abi >= 6)
		size = sizeof attr;
	else if (sb->landlock_abi >= 4)
		size = offsetof(struct ll_ruleset_attr, scoped);
	else
		size = offsetof(struct ll_ruleset_attr, handled_net);
	rfd = syscall(__NR_landlock_create_ruleset, &attr, size, 0);
	if (rfd == -1)
		return (-1);
	rw = sb->ll_fs & ~(LL_FS_EXECUTE | LL_FS_MAKE_CHAR | LL_FS_MAKE_BLOCK |
	    LL_FS_IOCTL_DEV);
	for (i = 0; i < sb->npaths; i++) {
		pb.parent_fd = sb->paths[i].fd;
		pb.allowed = (sb->paths[i].rw ? rw : LL_FS_READ) & sb->ll_fs;
		if (sb->paths[i].exec || (spawn && sb->paths[i].spawn))
			pb.allowed |= LL_FS_EXECUTE & sb->ll_fs;
		if (!sb->paths[i].is_dir)
			pb.allowed &= LL_FS_FILE_ONLY;
		if (syscall(__NR_landlock_add_rule, rfd, LL_RULE_PATH_BENEATH,
		    &pb, 0) == -1)
			goto out;
	}
	for (i = 0; i < (size_t)nextra; i++) {
		pb.parent_fd = extra[i];
		pb.allowed = rw;
		if (syscall(__NR_landlock_add_rule, rfd, LL_RULE_PATH_BENEATH,
		    &pb, 0) == -1)
			goto out;
	}
	rc = syscall(__NR_landlock_restrict_self, rfd, 0);
out:
	close(rfd);
	return (rc);
}

/*
 * Can a child enter a user namespace of its own? Tried once, in a
 * throwaway child, so that sandbox_child_enter knows whether to try (and
 * the report can say when runs must share one process budget).
 */
static int
sandbox_probe_userns(void)
{
	pid_t	 pid;
	int	 status;

	if ((pid = fork()) == -1)
		return (0);
	if (pid == 0)
		_exit(unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
	return (WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

struct sandbox *
sandbox_zygote_setup(int ns, const char *scratch_root, const char **readable,
    const char **executable, const char **spawnable, char **cause)
{
	struct sandbox	*sb;
	const char	**p;
	char		*opts;
	int		 abi, off;

	off = ns >> 8;
	ns &= 0xff;
	sb = xcalloc(1, sizeof *sb);
	sb->ns = ns;
	buf_init(&sb->report);
	if (off != 0)
		sandbox_note(sb, "SNIPQUIZ_SANDBOX_DISABLE turned off:%s%s%s%s%s%s",
		    off & SANDBOX_NS_USER ? " user" : "",
		    off & SANDBOX_NS_PID ? " pid" : "",
		    off & SANDBOX_NS_NET ? " net" : "",
		    off & SANDBOX_NS_MNT ? " mount" : "",
		    off & SANDBOX_NS_IPC ? " ipc" : "",
		    off & SANDBOX_LANDLOCK ? " landlock" : "");
	if (!(ns & SANDBOX_NS_USER) && getuid() != 0)
		sandbox_note(sb, "no user namespace (unprivileged user namespaces"
		    " are disabled): snippets run as your own user");
	if (!(ns & SANDBOX_NS_PID))
		sandbox_note(sb, "no pid namespace: snippets can see other"
		    " processes");
	if (ns & SANDBOX_NS_MNT) {
		/*
		 * A private tmpfs over /tmp: bounded, gone with the namespace,
		 * and reachable whatever the permissions above $TMPDIR (the
		 * zygote may no longer be the user who made that directory).
		 * Our mounts must not propagate back to the machine.
		 */
		opts = xprintf("size=%s,mode=0700%s", SANDBOX_SCRATCH_SIZE,
		    !(ns & SANDBOX_NS_USER) && getuid() == 0 ?
		    ",uid=65534,gid=65534" : "");
		if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
		    mount("snipquiz", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV |
		    MS_NOEXEC, opts) == 0) {
			sb->root = xstrdup("/tmp");
			if (mount("snipquiz-shm", "/dev/shm", "tmpfs", MS_NOSUID |
			    MS_NODEV | MS_NOEXEC, "size=16m,mode=1777") == 0)
				sandbox_add_path(sb, "/dev/shm", 1);
		} else
			sandbox_note(sb, "cannot mount a private scratch tmpfs:"
			    " %s", strerror(errno));
		free(opts);
	} else {
		/*
		 * The folder scratch_root is in: its own name is random, and
		 * what the sandbox lacks is part of the result cache's keys.
		 */
		char	*copy = xstrdup(scratch_root);

		sandbox_note(sb, "no mount namespace: scratch files go to %s",
		    dirname(copy));
		free(copy);
	}
	if (sb->root == NULL)
		sb->root = xstrdup(scratch_root);
	if (ns & SANDBOX_NS_NET) {
		if (sandbox_loopback_up() == -1)
			sandbox_note(sb, "cannot bring up loopback in the"
			    " snippets' network namespace: %s", strerror(errno));
	} else
		sandbox_note(sb, "no network namespace: network sockets are"
		    " refused instead (socket.socketpair() still works)");

	for (p = readable; p != NULL && *p != NULL; p++)
		sandbox_add_path(sb, *p, 0);
	for (p = executable; p != NULL && *p != NULL; p++) {
		size_t	 i;

		sandbox_add_path(sb, *p, 0);
		for (i = 0; i < sb->npaths; i++) {
			if (strcmp(sb->paths[i].name, *p) == 0)
				sb->paths[i].exec = 1;
		}
		sb->allow_exec = 1;
	}
	/*
	 * What a run that may spawn may execute: the interpreter itself and
	 * its ELF loader, each a file of its own (never their directories).
	 */
	for (p = spawnable; p != NULL && *p != NULL; p++) {
		size_t	 i;

		sandbox_add_path(sb, *p, 0);
		for (i = 0; i < sb->npaths; i++) {
			if (strcmp(sb->paths[i].name, *p) == 0 &&
			    !sb->paths[i].is_dir)
				sb->paths[i].spawn = 1;
		}
	}
	for (p = sandbox_system_paths; *p != NULL; p++)
		sandbox_add_path(sb, *p, 0);
	sandbox_add_path(sb, "/dev/null", 1);
	if ((sb->scratch_fd = open(sb->root, O_PATH | O_CLOEXEC)) == -1) {
		*cause = xprintf("%s: %s", sb->root, strerror(errno));
		goto fail;
	}
	/*
	 * Work from inside the scratch root with relative paths: once we are
	 * nobody, the directories above it may no longer let us through.
	 */
	if (chdir(sb->root) == -1) {
		*cause = xprintf("%s: %s", sb->root, strerror(errno));
		goto fail;
	}

	sb->run_tmpfs = (ns & SANDBOX_NS_USER) && (ns & SANDBOX_NS_MNT) &&
	    strcmp(sb->root, "/tmp") == 0;
	if (sandbox_compile_filter(sb, 0, &sb->filter, cause) == -1)
		goto fail;
	sb->have_filter = 1;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1) {
		*cause = xprintf("no_new_privs: %s", strerror(errno));
		goto fail;
	}
	/* Root without a user namespace: become nobody, so limits bind. */
	if (!(ns & SANDBOX_NS_USER) && getuid() == 0) {
		if (setgroups(0, NULL) == -1 || setgid(65534) == -1 ||
		    setuid(65534) == -1) {
			*cause = xprintf("cannot drop root: %s", strerror(errno));
			goto fail;
		}
		sandbox_note(sb, "no user namespace: snippets run as nobody");
	}
	/*
	 * With namespaces of its own, the zygote mounts a tmpfs for each
	 * run; Landlock forbids mounting to any process it restricts, so
	 * the zygote then stays outside Landlock (it never runs a snippet)
	 * and each child applies the whole domain itself.
	 */
	sandbox_drop_caps(sb->run_tmpfs ? CAP_TO_MASK(CAP_SYS_ADMIN) |
	    CAP_TO_MASK(CAP_SYS_CHROOT) | CAP_TO_MASK(CAP_NET_ADMIN) : 0);
	if (!sb->run_tmpfs)
		sandbox_note(sb, "no tmpfs per run: runs share their scratch"
		    " space, and /dev/shm");
	if (!(off & SANDBOX_NS_USER) && (sb->own_userns =
	    sandbox_probe_userns()) == 0)
		sandbox_note(sb, "no user namespace per run: concurrent"
		    " snippets share one budget of %d processes",
		    SANDBOX_DEFAULT_PROCS);

	abi = syscall(__NR_landlock_create_ruleset, NULL, 0,
	    LL_CREATE_RULESET_VERSION);
	sb->landlock_abi = abi < 0 ? 0 : abi;
	if (off & SANDBOX_LANDLOCK) {
		sb->landlock_abi = 0;
		sandbox_note(sb, "Landlock is off: snippets can read and write"
		    " wherever their user can");
	} else if (sb->landlock_abi < 1) {
		sandbox_note(sb, "Landlock is not available (%s): snippets can"
		    " read and write wherever this user can",
		    abi < 0 ? strerror(errno) : "ABI 0");
	} else {
		sb->ll_fs = LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE |
		    LL_FS_READ_DIR | LL_FS_REMOVE_DIR | LL_FS_REMOVE_FILE |
		    LL_FS_MAKE_CHAR | LL_FS_MAKE_DIR | LL_FS_MAKE_REG |
		    LL_FS_MAKE_SOCK | LL_FS_MAKE_FIFO | LL_FS_MAKE_BLOCK |
		    LL_FS_MAKE_SYM;
		if (sb->landlock_abi >= 2)
			sb->ll_fs |= LL_FS_REFER;
		if (sb->landlock_abi >= 3)
			sb->ll_fs |= LL_FS_TRUNCATE;
		if (sb->landlock_abi >= 5)
			sb->ll_fs |= LL_FS_IOCTL_DEV;
		if (sb->landlock_abi >= 4 && !(ns & SANDBOX_NS_NET))
			sb->ll_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
		if (sb->landlock_abi >= 6)
			sb->ll_scope = LL_SCOPE_SIGNAL | LL_SCOPE_ABSTRACT_UNIX;
		else if (!(ns & SANDBOX_NS_PID))
			sandbox_note(sb, "Landlock ABI %d has no signal scoping:"
			    " snippets may signal processes of this user",
			    sb->landlock_abi);
		/* The zygote writes all scratch dirs; a child only its own. */
		if (!sb->run_tmpfs &&
		    sandbox_landlock(sb, &sb->scratch_fd, 1, 1) == -1) {
			*cause = xprintf("landlock: %s", strerror(errno));
			goto fail;
		}
	}
	/*
	 * Runs that may spawn (an item's "needs: subprocess") get execve
	 * back, so only Landlock keeps them to the interpreter: without it,
	 * they get the ordinary filter and execve stays refused.
	 */
	if (spawnable != NULL && spawnable[0] != NULL && !sb->allow_exec) {
		if (sb->landlock_abi < 1)
			sandbox_note(sb, "without Landlock, items that need"
			    " subprocess cannot execute the interpreter");
		else if (sandbox_compile_filter(sb, 1, &sb->filter_spawn,
		    cause) == 0)
			sb->have_spawn = 1;
		else
			goto fail;
	}
	return (sb);
fail:
	free(sb);
	return (NULL);
}

const char *
sandbox_scratch_root(struct sandbox *sb)
{
	return (sb->root);
}

const char *
sandbox_report(struct sandbox *sb)
{
	return (sb->report.data != NULL ? sb->report.data : "");
}

int
sandbox_can_spawn(struct sandbox *sb)
{
	return (sb->have_spawn);
}

int
sandbox_private_tmp(struct sandbox *sb)
{
	return (sb->run_tmpfs);
}

/* A trapped call's arguments, from the registers. 0, or -1 if unknown. */
static int
sandbox_sigsys_args(ucontext_t *uc, long a[6])
{
#if defined(__x86_64__)
	a[0] = uc->uc_mcontext.gregs[REG_RDI];
	a[1] = uc->uc_mcontext.gregs[REG_RSI];
	a[2] = uc->uc_mcontext.gregs[REG_RDX];
	a[3] = uc->uc_mcontext.gregs[REG_R10];
	a[4] = uc->uc_mcontext.gregs[REG_R8];
	a[5] = uc->uc_mcontext.gregs[REG_R9];
	return (0);
#elif defined(__aarch64__)
	int	 i;

	/* Not run, so x0 still holds the first argument. */
	for (i = 0; i < 6; i++)
		a[i] = uc->uc_mcontext.regs[i];
	return (0);
#else
	(void)uc;
	(void)a;
	return (-1);
#endif
}

/*
 * Was the trapped call one of sandbox_pidcalls naming the caller itself
 * by number? Then make it again with 0, which the filter lets through and
 * which names the same thread, process or group, and give its result.
 * A pid names a thread for the sched_* calls and priorities: only the
 * caller's own thread id is itself there. Only raw system calls here: we
 * are in a signal handler. Returns 1 with *ret set, or 0.
 */
static int
sandbox_sigsys_self(int nr, long a[6], long *ret)
{
	const struct sandbox_pidcall	*c = NULL;
	size_t				 i;
	long				 self, which;
	int				 saved;

	for (i = 0; i < SANDBOX_NPIDCALLS; i++) {
		if (sandbox_pidcall_nr[i] == nr) {
			c = &sandbox_pidcalls[i];
			break;
		}
	}
	if (c == NULL)
		return (0);
	switch (c->kind) {
	case SANDBOX_WHO_PROCESS:
		if (a[c->arg] != syscall(SYS_getpid) &&
		    a[c->arg] != syscall(SYS_gettid))
			return (0);
		break;
	case SANDBOX_WHO_THREAD:
		if (a[c->arg] != syscall(SYS_gettid))
			return (0);
		break;
	default:
		which = (int)a[c->which];
		if (which == c->thread)
			self = syscall(SYS_gettid);
		else if (which == c->pgrp)
			self = syscall(SYS_getpgid, 0);
		else
			return (0);
		if (a[c->arg] != self)
			return (0);
		break;
	}
	a[c->arg] = 0;
	saved = errno;
	*ret = syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	if (*ret == -1)
		*ret = -errno;
	errno = saved;
	return (1);
}

/*
 * memfd_create, done as an unnamed file in the run's own tmpfs: a memfd
 * lives in memory no rlimit counts (250 of them held 4 GiB), while the
 * run's tmpfs is part of its memory budget. The snippet gets a working
 * descriptor; sealing (F_ADD_SEALS) is what it loses. Returns 1 with
 * *ret set when the call was memfd_create, or 0.
 */
static int
sandbox_memfd(int nr, const long a[6], long *ret)
{
	int	 saved;

	if (nr != SYS_memfd_create || sandbox_memfd_dir[0] == '\0')
		return (0);
	saved = errno;
	*ret = syscall(SYS_openat, AT_FDCWD, sandbox_memfd_dir, O_TMPFILE |
	    O_RDWR | ((a[1] & MFD_CLOEXEC) ? O_CLOEXEC : 0), 0600);
	if (*ret == -1)
		*ret = -errno;
	errno = saved;
	return (1);
}

/*
 * SIGSYS from a SECCOMP_RET_TRAP rule: remember what was refused and make
 * the call fail with EPERM, so Python raises PermissionError and the
 * snippet ends the way any refused operation would. A call on another
 * process that names the caller itself is made again instead and is not
 * counted as refused: python3 would have let it through.
 */
static void
sandbox_sigsys(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t	*uc = ctx;
	long		 a[6], ret = -EPERM;

	(void)sig;
	if (sandbox_sigsys_args(uc, a) == -1 ||
	    (!sandbox_memfd(si->si_syscall, a, &ret) &&
	    !sandbox_sigsys_self(si->si_syscall, a, &ret))) {
		if (sandbox_blocked_nr != NULL && *sandbox_blocked_nr == 0)
			*sandbox_blocked_nr = si->si_syscall;
	}
#if defined(__x86_64__)
	uc->uc_mcontext.gregs[REG_RAX] = ret;
#elif defined(__aarch64__)
	uc->uc_mcontext.regs[0] = ret;
#endif
}

static int
sandbox_rlimit(int resource, rlim_t soft, rlim_t hard)
{
	struct rlimit	 rl = { soft, hard };

	return (setrlimit(resource, &rl));
}

int
sandbox_child_enter(struct sandbox *sb, struct sandbox_slot *sl,
    const struct sandbox_limits *l, int spawn, volatile int *blocked_nr,
    const char **cause)
{
	char			 here[PATH_MAX];
	struct sigaction	 sa;
	size_t			 as;
	int			 wfd[2], nw;

	*cause = NULL;
	spawn = spawn && sb->have_spawn;
	/* Into the slot's mount namespace, where /dev/shm is its shm/. */
	if (sl->mntns != -1) {
		snprintf(here, sizeof here, "%s/%s", sb->root, sl->dir);
		if (setns(sl->mntns, CLONE_NEWNS) == -1) {
			*cause = "cannot enter the run's mount namespace";
			return (-1);
		}
		close(sl->mntns);
	} else
		snprintf(here, sizeof here, "%s", sl->dir);
	if (sl->netns != -1) {
		if (setns(sl->netns, CLONE_NEWNET) == -1) {
			*cause = "cannot enter the run's network namespace";
			return (-1);
		}
		close(sl->netns);
		close(sl->tcp[0]);
		if (sl->tcp[1] != -1)
			close(sl->tcp[1]);
	}
	if (chdir(here) == -1) {
		*cause = "cannot enter the scratch directory";
		return (-1);
	}
	if (setpgid(0, 0) == -1) {
		*cause = "setpgid failed";
		return (-1);
	}
	/*
	 * A user namespace of the run's own. RLIMIT_NPROC counts the
	 * processes of a user in each user namespace (Linux >= 5.14), so
	 * every run gets a budget of its own: one item's fork storm cannot
	 * starve the item beside it under check -j N. Entered before
	 * setrlimit, because the kernel caps the count shared with the
	 * parent namespace at the creator's RLIMIT_NPROC (the zygote's,
	 * unlimited in practice). Nothing is mapped in it: the snippet sees
	 * itself as the overflow uid, nobody (65534), and the capabilities
	 * a new namespace grants are dropped at once.
	 */
	if (sb->own_userns && unshare(CLONE_NEWUSER) == -1) {
		*cause = "cannot enter a user namespace of its own";
		return (-1);
	}
	/* What that namespace grants, and what the zygote kept to mount. */
	sandbox_drop_caps(0);
	/* A sanitizer build counts memory on top of the runtime's shadow. */
	as = sanitize_as_limit(sandbox_limits_address_space(l), sb->allow_exec);
	if (sandbox_rlimit(RLIMIT_CPU, l->cpu, l->cpu + 1) == -1 ||
	    sandbox_rlimit(RLIMIT_AS, as, as) == -1 ||
	    sanitize_limit_data(sandbox_limits_address_space(l),
	    sb->allow_exec) == -1 ||
	    sandbox_rlimit(RLIMIT_NPROC, l->procs, l->procs) == -1 ||
	    sandbox_rlimit(RLIMIT_FSIZE, l->file_size, l->file_size) == -1 ||
	    sandbox_rlimit(RLIMIT_NOFILE, l->open_files, l->open_files) == -1 ||
	    sandbox_rlimit(RLIMIT_CORE, 0, 0) == -1 ||
	    sandbox_rlimit(RLIMIT_MSGQUEUE, 0, 0) == -1) {
		*cause = "setrlimit failed";
		return (-1);
	}
	if (sb->landlock_abi >= 1) {
		/*
		 * Its directory and, when it has one of its own, its /dev/shm:
		 * Landlock skips a covered mount's root when it walks up from
		 * a mount over it, so that needs a rule of its own.
		 */
		nw = 0;
		if ((wfd[nw++] = open(".", O_PATH | O_CLOEXEC)) == -1 ||
		    (sl->mntns != -1 && (wfd[nw++] =
		    open("/dev/shm", O_PATH | O_CLOEXEC)) == -1)) {
			*cause = "cannot open the scratch directory";
			return (-1);
		}
		if (sandbox_landlock(sb, wfd, nw, spawn) == -1) {
			*cause = "landlock_restrict_self failed";
			return (-1);
		}
		while (nw > 0)
			close(wfd[--nw]);
	}
	sandbox_blocked_nr = blocked_nr;
	if (sb->run_tmpfs && realpath(".", sandbox_memfd_dir) == NULL)
		sandbox_memfd_dir[0] = '\0';
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = sandbox_sigsys;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSYS, &sa, NULL) == -1) {
		*cause = "cannot install the SIGSYS reporter";
		return (-1);
	}
	if (sb->have_filter && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER,
	    spawn ? &sb->filter_spawn : &sb->filter) == -1) {
		*cause = "cannot load the seccomp filter";
		return (-1);
	}
	return (0);
}

int
sandbox_server_enter(struct sandbox *sb, const char *sockdir,
    const char **readable, const char **executable, const char **cause)
{
	struct sandbox	 own;
	const char	**p;
	char		 from[64];
	size_t		 i;
	int		 fd, wfd, rc;

	*cause = NULL;
	if (!sb->run_tmpfs) {
		*cause = SANDBOX_NO_PRIVATE_TMP;
		errno = 0;	/* no call failed: nothing to add */
		return (-1);
	}
	if (setpgid(0, 0) == -1) {
		*cause = "setpgid failed";
		return (-1);
	}
	/* No network at all: not even the loopback snippets have. */
	if ((sb->ns & SANDBOX_NS_NET) && unshare(CLONE_NEWNET) == -1) {
		*cause = "cannot enter a network namespace of its own";
		return (-1);
	}
	/*
	 * A /tmp of its own, where only sockdir is the zygote's: the server
	 * writes its keymaps in /tmp, and must not reach the runs' slots.
	 * (A bind's source must be a mount of this namespace: opened after
	 * unshare.)
	 */
	if (unshare(CLONE_NEWNS) == -1 ||
	    (fd = open(sockdir, O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    mount("snipquiz-x", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV |
	    MS_NOEXEC, "size=16m,mode=1777") == -1 ||
	    mkdir(sockdir, 01777) == -1 ||
	    snprintf(from, sizeof from, "/proc/self/fd/%d", fd) < 0 ||
	    mount(from, sockdir, NULL, MS_BIND, NULL) == -1 ||
	    chdir("/tmp") == -1) {
		*cause = "cannot make its /tmp";
		return (-1);
	}
	close(fd);
	sandbox_drop_caps(0);
	if (sandbox_rlimit(RLIMIT_CORE, 0, 0) == -1 ||
	    sandbox_rlimit(RLIMIT_AS, SANDBOX_SERVER_MEMORY,
	    SANDBOX_SERVER_MEMORY) == -1 ||
	    sandbox_rlimit(RLIMIT_NOFILE, 256, 256) == -1) {
		*cause = "setrlimit failed";
		return (-1);
	}
	if (sb->landlock_abi < 1)
		return (0);
	/* A domain of its own: these paths, and /tmp (its own) to write. */
	memset(&own, 0, sizeof own);
	own.landlock_abi = sb->landlock_abi;
	own.ll_fs = sb->ll_fs;
	own.ll_net = sb->ll_net;
	own.ll_scope = sb->ll_scope;
	for (p = readable; *p != NULL; p++)
		sandbox_add_path(&own, *p, 0);
	for (p = executable; *p != NULL; p++) {
		sandbox_add_path(&own, *p, 0);
		for (i = 0; i < own.npaths; i++) {
			if (strcmp(own.paths[i].name, *p) == 0)
				own.paths[i].exec = 1;
		}
	}
	if ((wfd = open("/tmp", O_PATH | O_CLOEXEC)) == -1) {
		*cause = "cannot open /tmp";
		return (-1);
	}
	rc = sandbox_landlock(&own, &wfd, 1, 0);
	close(wfd);
	if (rc == -1) {
		*cause = "landlock_restrict_self failed";
		return (-1);
	}
	return (0);
}

/* Make a slot's w/, s/ and shm/; 0, or -1 with errno set. */
static int
sandbox_slot_fill(struct sandbox_slot *sl)
{
	static const char	*sub[] = { "w", "s", "shm" };
	struct stat		 st;
	char			*path;
	size_t			 i;
	int			 rc = 0;

	for (i = 0; rc == 0 && i < sizeof sub / sizeof sub[0]; i++) {
		path = xprintf("%s/%s", sl->dir, sub[i]);
		if (mkdir(path, 0700) == -1 && errno != EEXIST)
			rc = -1;
		/* /dev/shm as python3 finds it: sticky and open to all. */
		else if (strcmp(sub[i], "shm") == 0 && (chmod(path, 01777) ==
		    -1 || stat(path, &st) == -1))
			rc = -1;
		else if (strcmp(sub[i], "shm") == 0)
			sl->shm_ino = st.st_ino;
		free(path);
	}
	return (rc);
}

/*
 * A mount namespace for a slot, where its shm/ is /dev/shm: made once,
 * by stepping into a copy of the zygote's own and back. A child joins it
 * with setns, which costs nothing at exit (the zygote keeps it alive),
 * unlike a namespace of the child's own. Returns an fd, or -1.
 */
static int
sandbox_slot_ns(struct sandbox *sb, struct sandbox_slot *sl)
{
	char	*shm;
	int	 self, fd = -1;

	if ((self = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC)) == -1)
		return (-1);
	if (unshare(CLONE_NEWNS) == -1) {
		close(self);
		return (-1);
	}
	shm = xprintf("%s/%s/shm", sb->root, sl->dir);
	if (mount(shm, "/dev/shm", NULL, MS_BIND, NULL) == 0)
		fd = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
	free(shm);
	/* Back home; setns puts us at the root, so back to the scratch. */
	if (setns(self, CLONE_NEWNS) == -1 || chdir(sb->root) == -1)
		_exit(71);
	close(self);
	return (fd);
}

/*
 * A network namespace for a slot, with loopback up: runs side by side
 * never share ports (two items serving on the same port under -j 2 both
 * work). Made by stepping into a new one and back; its /proc/net/sockstat
 * and sockstat6 are kept open to tell when a run left TCP sockets behind
 * (a TIME_WAIT connection makes the next bind() of its port fail), so the
 * slot gets a fresh one. (Not /proc/net/tcp: it walks the whole machine's
 * connection table, 2 ms a read here; sockstat counts per namespace.)
 * 0, or -1.
 */
static int
sandbox_slot_net(struct sandbox_slot *sl)
{
	int	 self, rc = -1;

	if ((self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC)) == -1)
		return (-1);
	if (unshare(CLONE_NEWNET) == 0 && sandbox_loopback_up() == 0 &&
	    (sl->netns = open("/proc/self/ns/net", O_RDONLY |
	    O_CLOEXEC)) != -1 &&
	    (sl->tcp[0] = open("/proc/self/net/sockstat", O_RDONLY |
	    O_CLOEXEC)) != -1)
		rc = 0;
	/* No IPv6 in this kernel: nothing to look at. */
	sl->tcp[1] = open("/proc/self/net/sockstat6", O_RDONLY | O_CLOEXEC);
	if (setns(self, CLONE_NEWNET) == -1)
		_exit(71);
	close(self);
	return (rc);
}

/* Forget a slot's network namespace; the next run gets a new one. */
static void
sandbox_slot_net_drop(struct sandbox_slot *sl)
{
	int	 i;

	if (sl->netns != -1)
		close(sl->netns);
	for (i = 0; i < 2; i++) {
		if (sl->tcp[i] != -1)
			close(sl->tcp[i]);
		sl->tcp[i] = -1;
	}
	sl->netns = -1;
}

/*
 * Did the run leave a TCP socket in its slot's namespace? sockstat says
 * "TCP: inuse N orphan N tw N ...", sockstat6 "TCP6: inuse N"; what
 * cannot be read counts as used.
 */
static int
sandbox_slot_net_used(struct sandbox_slot *sl)
{
	char	 buf[1024], *p;
	ssize_t	 n;
	int	 inuse, orphan, tw;

	if ((n = pread(sl->tcp[0], buf, sizeof buf - 1, 0)) <= 0)
		return (1);
	buf[n] = '\0';
	if ((p = strstr(buf, "\nTCP: ")) == NULL || sscanf(p,
	    "\nTCP: inuse %d orphan %d tw %d", &inuse, &orphan, &tw) != 3 ||
	    inuse != 0 || orphan != 0 || tw != 0)
		return (1);
	if (sl->tcp[1] == -1)
		return (0);
	if ((n = pread(sl->tcp[1], buf, sizeof buf - 1, 0)) <= 0)
		return (1);
	buf[n] = '\0';
	if ((p = strstr(buf, "TCP6: ")) == NULL ||
	    sscanf(p, "TCP6: inuse %d", &inuse) != 1 || inuse != 0)
		return (1);
	return (0);
}

struct sandbox_slot *
sandbox_slot_take(struct sandbox *sb, const struct sandbox_limits *l)
{
	struct sandbox_slot	*sl;
	char			*opts;
	size_t			 i;
	int			 rc;

	for (i = 0; i < sb->nslots; i++) {
		if (!sb->slots[i]->busy)
			break;
	}
	if (i == sb->nslots) {
		sl = xcalloc(1, sizeof *sl);
		sl->dir = xprintf("%zu", i + 1);
		sl->mntns = -1;
		sl->netns = sl->tcp[0] = sl->tcp[1] = -1;
		if (mkdir(sl->dir, 0700) == -1) {
			free(sl->dir);
			free(sl);
			return (NULL);
		}
		sb->slots = xreallocarray(sb->slots, sb->nslots + 1,
		    sizeof *sb->slots);
		sb->slots[sb->nslots++] = sl;
	}
	sl = sb->slots[i];
	if (sb->run_tmpfs && sl->size != l->files) {
		/* Empty, so any size fits: a remount costs next to nothing. */
		opts = xprintf("size=%zu,nr_inodes=4096,mode=0700", l->files);
		rc = mount("snipquiz-run", sl->dir, "tmpfs", MS_NOSUID |
		    MS_NODEV | MS_NOEXEC | (sl->size != 0 ? MS_REMOUNT : 0),
		    opts);
		free(opts);
		if (rc == -1)
			return (NULL);
		sl->size = l->files;
	}
	if (sandbox_slot_fill(sl) == -1)
		return (NULL);
	if (sb->run_tmpfs && sl->mntns == -1 &&
	    (sl->mntns = sandbox_slot_ns(sb, sl)) == -1)
		return (NULL);
	if (sb->run_tmpfs && (sb->ns & SANDBOX_NS_NET) && sl->netns == -1 &&
	    sandbox_slot_net(sl) == -1) {
		sandbox_slot_net_drop(sl);
		return (NULL);
	}
	sl->busy = 1;
	return (sl);
}

const char *
sandbox_slot_dir(struct sandbox_slot *sl)
{
	return (sl->dir);
}

/*
 * Remove everything in dir but, when keep_ino is not 0, the directory
 * named keep whose inode is keep_ino: that one is emptied instead.
 */
static void
sandbox_empty(const char *dir, const char *keep, ino_t keep_ino)
{
	struct dirent	*de;
	struct stat	 st;
	DIR		*d;
	char		*path;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		path = xprintf("%s/%s", dir, de->d_name);
		if (keep_ino != 0 && strcmp(de->d_name, keep) == 0 &&
		    lstat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
		    st.st_ino == keep_ino) {
			/* The run may have locked it: open it up again. */
			(void)chmod(path, 01777);
			sandbox_empty(path, NULL, 0);
		} else
			util_rm_rf(path);
		free(path);
	}
	closedir(d);
}

void
sandbox_slot_give_back(struct sandbox_slot *sl)
{
	struct stat	 st;
	char		*path;

	if (sl->netns != -1 && sandbox_slot_net_used(sl))
		sandbox_slot_net_drop(sl);
	/* Everything the run left, but shm/ itself: /dev/shm is bound to it. */
	sandbox_empty(sl->dir, "shm", sl->mntns != -1 ? sl->shm_ino : 0);
	/*
	 * The run removed or replaced shm/: the slot's /dev/shm now names a
	 * directory no longer there. A new namespace for the next run.
	 */
	path = xprintf("%s/shm", sl->dir);
	if (sl->mntns != -1 && (lstat(path, &st) == -1 ||
	    st.st_ino != sl->shm_ino)) {
		close(sl->mntns);
		sl->mntns = -1;
	}
	free(path);
	sl->busy = 0;
}

char *
sandbox_syscall_name(int nr)
{
	char	*name;

	name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
	if (name == NULL)
		return (xprintf("syscall %d", nr));
	return (name);
}
