/*
 * sanitize.c: the oracle under AddressSanitizer and UBSan.
 *
 * The oracle's processes are the helper, forked from snipquiz, the zygote
 * (snipquiz-oracle, which the helper execs, built with the same
 * sanitizers and options; it then counts as forked) and the snippets,
 * forked from the zygote and never exec'd. Three things would make a
 * sanitizer build behave unlike the normal one, and are handled here:
 *
 * - AddressSanitizer maps about 20 TiB of shadow and heap at start, so an
 *   RLIMIT_AS of 512 MiB would make every later mmap fail ("ERROR: Failed
 *   to mmap"): sanitize_as_limit counts the run's limit on top of what was
 *   mapped when snipquiz started. It then binds what the snippet maps
 *   (Python's arenas, blocks over 128 KiB, thread stacks). Blocks under
 *   128 KiB come from heap ASan reserved at start, which RLIMIT_AS never
 *   sees, so sanitize_limit_data sets RLIMIT_DATA the same way: once
 *   written to, they count there, and the next arena or large block is
 *   refused. allocator_may_return_null makes a refused block a
 *   MemoryError, as in the normal build (if the runtime's own mmap is the
 *   one refused, the run ends with status 1 and MemoryError on stderr).
 * - A snippet that crashes (ctypes, a C stack overflow) must die by its
 *   signal, not become an ASan report with exit status 1: forked processes
 *   get the default handlers back.
 * - A forked process is sandboxed (Landlock, a private /tmp) and cannot
 *   open the report log, and its stderr is the snippet's, which results and
 *   transcripts show. Its reports go to a page shared with snipquiz
 *   instead (across the zygote's exec too: sanitize_log_map), and snipquiz
 *   appends them to the log (log_path in ASAN_OPTIONS and UBSAN_OPTIONS;
 *   stderr without one) when it exits.
 *
 * LeakSanitizer runs in snipquiz's own process only: the oracle's
 * processes end with _exit, and its ptrace-based checker could not run
 * under their seccomp filter anyway.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sanitize.h"

#ifndef SQ_SANITIZED

size_t
sanitize_as_limit(size_t memory, int execs)
{
	(void)execs;
	return (memory);
}

int
sanitize_limit_data(size_t memory, int execs)
{
	(void)memory;
	(void)execs;
	return (0);
}

#else

/* The runtime's interface; weak, for a build with only one sanitizer. */
extern void	 __asan_set_error_report_callback(void (*)(const char *))
		    __attribute__((weak));
extern void	 __sanitizer_set_death_callback(void (*)(void))
		    __attribute__((weak));
extern void	 __sanitizer_set_report_fd(void *) __attribute__((weak));
extern const char *__sanitizer_get_report_path(void) __attribute__((weak));
extern void	 __ubsan_get_current_report_data(const char **, const char **,
		    const char **, unsigned *, unsigned *, char **)
		    __attribute__((weak));

const char	*__asan_default_options(void);
const char	*__ubsan_default_options(void);
void		 __ubsan_on_report(void);

/* Reports of forked processes: appended by any of them, read at exit. */
#define SANITIZE_LOG_SIZE (1024 * 1024)
struct sanitize_log {
	size_t	 used;		/* bytes claimed; may pass the size */
	char	 text[SANITIZE_LOG_SIZE - sizeof(size_t)];
};

/* The page's descriptor, for snipquiz-oracle (see sanitize_log_map). */
#define SANITIZE_LOG_ENV "SQ_SANITIZE_LOG_FD"

static struct sanitize_log	*sanitize_log;
static size_t			 sanitize_mapped;	/* at start: VmSize */
static size_t			 sanitize_data;		/* and VmData */
static int			 sanitize_forked;
static int			 sanitize_reported;

/*
 * allocator_may_return_null: a block refused under the run's limit is a
 * MemoryError (the memory-limit verdict), not a report and exit status 1.
 */
const char *
__asan_default_options(void)
{
	return ("allocator_may_return_null=1");
}

const char *
__ubsan_default_options(void)
{
	return ("print_stacktrace=1");
}

/* Append to the shared page; safe in a dying process. */
static void
sanitize_log_add(const char *s)
{
	size_t	 len = strlen(s), at;

	if (sanitize_log == NULL)
		return;
	at = __atomic_fetch_add(&sanitize_log->used, len, __ATOMIC_RELAXED);
	if (at >= sizeof sanitize_log->text)
		return;
	if (len > sizeof sanitize_log->text - at)
		len = sizeof sanitize_log->text - at;
	memcpy(sanitize_log->text + at, s, len);
}

static void
sanitize_log_header(const char *what)
{
	char	 line[256];

	snprintf(line, sizeof line, "== forked process %ld (pid in its "
	    "namespace), a child of snipquiz: %s ==\n", (long)getpid(), what);
	sanitize_log_add(line);
}

/*
 * AddressSanitizer's whole report, once it has been written. Its frames
 * stay module+offset: the seccomp filter refuses the execve of
 * llvm-symbolizer (and the run says "blocked: execve").
 */
static void
sanitize_asan_report(const char *report)
{
	if (!sanitize_forked)
		return;
	sanitize_log_header("AddressSanitizer report");
	sanitize_log_add("(frames as module+offset: llvm-symbolizer "
	    "--obj=MODULE OFFSET names them)\n");
	sanitize_log_add(report);
	sanitize_reported = 1;
}

/* UBSan's report as data: its text went where the process cannot see. */
void
__ubsan_on_report(void)
{
	const char	*kind, *msg, *file;
	unsigned	 line, col;
	char		*addr, buf[1024];

	if (!sanitize_forked || __ubsan_get_current_report_data == NULL)
		return;
	__ubsan_get_current_report_data(&kind, &msg, &file, &line, &col,
	    &addr);
	snprintf(buf, sizeof buf, "%s:%u:%u: runtime error: %s (%s)\n",
	    file != NULL ? file : "?", line, col, msg != NULL ? msg : "?",
	    kind != NULL ? kind : "?");
	sanitize_log_header("UBSan report");
	sanitize_log_add(buf);
}

/* Copy what forked processes reported into the log. */
static void
sanitize_flush(void)
{
	const char	*path;
	size_t		 len;
	int		 fd = 2;

	if (sanitize_forked || sanitize_log == NULL ||
	    (len = sanitize_log->used) == 0)
		return;
	if (len > sizeof sanitize_log->text)
		len = sizeof sanitize_log->text;
	path = __sanitizer_get_report_path != NULL ?
	    __sanitizer_get_report_path() : NULL;
	if (path != NULL && *path != '\0' && strcmp(path, "stderr") != 0 &&
	    (fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		fd = 2;
	(void)write(fd, sanitize_log->text, len);
	if (fd != 2)
		close(fd);
	sanitize_log->used = 0;
}

/*
 * The runtime is ending this process: after a report, or because it
 * failed itself. A run that reached its memory limit with small blocks
 * (RLIMIT_DATA passed without a check: see sanitize_limit_data) can end
 * here, when the runtime's own next mmap is refused before Python's: that
 * is the limit at work, not a finding, and the run says MemoryError.
 */
static void
sanitize_died(void)
{
	static const char	 nomem[] = "MemoryError: the sanitizer runtime "
	    "could not map memory (the run's memory limit)\n";
	void			*p;

	if (!sanitize_forked) {
		sanitize_flush();
		return;
	}
	if (sanitize_reported)
		return;
	p = mmap(NULL, 1024 * 1024, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED && errno == ENOMEM) {
		(void)write(2, nomem, sizeof nomem - 1);
		return;
	}
	sanitize_log_header("stopped by the sanitizer runtime (its message "
	    "is lost: it went where this process writes nothing)");
}

/*
 * In every forked process: reports to nowhere (the hooks above copy them
 * to the shared page), and crashes by signal as in the normal build.
 */
static void
sanitize_atfork_child(void)
{
	sanitize_forked = 1;
	if (__sanitizer_set_report_fd != NULL)
		__sanitizer_set_report_fd((void *)(intptr_t)INT_MAX);
	signal(SIGSEGV, SIG_DFL);
	signal(SIGBUS, SIG_DFL);
	signal(SIGFPE, SIG_DFL);
	signal(SIGILL, SIG_DFL);
}

/*
 * What is mapped when snipquiz starts (VmSize, and VmData of it): the
 * runtime's shadow and heap, and the program's own libraries (about 30
 * MiB, which the normal build counts against the limit too).
 */
static void
sanitize_measure(void)
{
	FILE			*f;
	unsigned long long	 kb;
	char			 line[256];

	if ((f = fopen("/proc/self/status", "r")) == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "VmSize: %llu kB", &kb) == 1)
			sanitize_mapped = (size_t)kb * 1024;
		else if (sscanf(line, "VmData: %llu kB", &kb) == 1)
			sanitize_data = (size_t)kb * 1024;
	}
	fclose(f);
}

/*
 * The shared page: a memfd, left open across exec and named in the
 * environment, so that snipquiz-oracle, which snipquiz's helper execs,
 * maps snipquiz's page rather than one of its own (its zygote ends with
 * _exit, and could not open the log anyway). The oracle program then
 * counts as forked: it reports to the page and never flushes it.
 */
static void
sanitize_log_map(void)
{
	const char	*env;
	char		 num[16];
	void		*p = MAP_FAILED;
	int		 fd;

	if ((env = getenv(SANITIZE_LOG_ENV)) != NULL) {
		fd = atoi(env);
		p = mmap(NULL, sizeof *sanitize_log, PROT_READ | PROT_WRITE,
		    MAP_SHARED, fd, 0);
		close(fd);
		unsetenv(SANITIZE_LOG_ENV);
		if (p != MAP_FAILED) {
			sanitize_log = p;
			sanitize_atfork_child();
		}
		return;
	}
	if ((fd = memfd_create("snipquiz-sanitize-log", 0)) == -1)
		return;
	if (ftruncate(fd, sizeof *sanitize_log) == 0)
		p = mmap(NULL, sizeof *sanitize_log, PROT_READ | PROT_WRITE,
		    MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		close(fd);
		return;
	}
	sanitize_log = p;
	snprintf(num, sizeof num, "%d", fd);
	setenv(SANITIZE_LOG_ENV, num, 1);
}

static void __attribute__((constructor))
sanitize_init(void)
{
	sanitize_measure();
	sanitize_log_map();
	pthread_atfork(NULL, NULL, sanitize_atfork_child);
	if (__asan_set_error_report_callback != NULL)
		__asan_set_error_report_callback(sanitize_asan_report);
	if (__sanitizer_set_death_callback != NULL)
		__sanitizer_set_death_callback(sanitize_died);
	atexit(sanitize_flush);
}

size_t
sanitize_as_limit(size_t memory, int execs)
{
	if (execs || memory > SIZE_MAX - sanitize_mapped)
		return (memory);
	return (memory + sanitize_mapped);
}

int
sanitize_limit_data(size_t memory, int execs)
{
	struct rlimit	 rl;

	if (execs || sanitize_data == 0 || memory > SIZE_MAX - sanitize_data)
		return (0);
	rl.rlim_cur = rl.rlim_max = memory + sanitize_data;
	return (setrlimit(RLIMIT_DATA, &rl));
}

#endif
