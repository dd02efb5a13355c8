/*
 * sanitize.c: the oracle under AddressSanitizer and UBSan.
 *
 * The oracle's processes (the helper, the zygote, every snippet) are
 * forked from snipquiz and never exec'd, so they run with snipquiz's
 * sanitizer runtime and options. Three things would make a sanitizer build
 * behave unlike the normal one, and are handled here:
 *
 * - AddressSanitizer maps about 20 TiB of shadow and heap at start, so an
 *   RLIMIT_AS of 512 MiB would make every later mmap fail ("ERROR: Failed
 *   to mmap"): sanitize_as_limit counts the run's limit on top of what the
 *   runtime reserved. It then binds what the snippet maps (Python's arenas,
 *   blocks over 128 KiB, thread stacks), and allocator_may_return_null
 *   makes a refused block a MemoryError, as in the normal build. It does
 *   not bind blocks under 128 KiB, which come from ASan's reserved heap.
 * - A snippet that crashes (ctypes, a C stack overflow) must die by its
 *   signal, not become an ASan report with exit status 1: forked processes
 *   get the default handlers back.
 * - A forked process is sandboxed (Landlock, a private /tmp) and cannot
 *   open the report log, and its stderr is the snippet's, which results and
 *   transcripts show. Its reports go to a page shared with snipquiz
 *   instead, and snipquiz appends them to the log (log_path in ASAN_OPTIONS
 *   and UBSAN_OPTIONS; stderr without one) when it exits.
 *
 * LeakSanitizer runs in snipquiz's own process only: the oracle's
 * processes end with _exit, and its ptrace-based checker could not run
 * under their seccomp filter anyway.
 */
#include "config.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sanitize.h"

#ifndef SQ_SANITIZED

size_t
sanitize_as_limit(size_t memory, int execs)
{
	(void)execs;
	return (memory);
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
#define SANITIZE_RING_SIZE (1024 * 1024)
struct sanitize_ring {
	size_t	 used;		/* bytes claimed; may pass the size */
	char	 text[SANITIZE_RING_SIZE - sizeof(size_t)];
};

static struct sanitize_ring	*sanitize_ring;
static size_t			 sanitize_reserved;
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
sanitize_ring_add(const char *s)
{
	size_t	 len = strlen(s), at;

	if (sanitize_ring == NULL)
		return;
	at = __atomic_fetch_add(&sanitize_ring->used, len, __ATOMIC_RELAXED);
	if (at >= sizeof sanitize_ring->text)
		return;
	if (len > sizeof sanitize_ring->text - at)
		len = sizeof sanitize_ring->text - at;
	memcpy(sanitize_ring->text + at, s, len);
}

static void
sanitize_ring_header(const char *what)
{
	char	 line[128];

	snprintf(line, sizeof line, "== forked process %ld (pid in its "
	    "namespace), a child of snipquiz: %s ==\n", (long)getpid(), what);
	sanitize_ring_add(line);
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
	sanitize_ring_header("AddressSanitizer report");
	sanitize_ring_add("(frames as module+offset: llvm-symbolizer "
	    "--obj=MODULE OFFSET names them)\n");
	sanitize_ring_add(report);
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
	sanitize_ring_header("UBSan report");
	sanitize_ring_add(buf);
}

/* Copy what forked processes reported into the log. */
static void
sanitize_flush(void)
{
	const char	*path;
	size_t		 len;
	int		 fd = 2;

	if (sanitize_forked || sanitize_ring == NULL ||
	    (len = sanitize_ring->used) == 0)
		return;
	if (len > sizeof sanitize_ring->text)
		len = sizeof sanitize_ring->text;
	path = __sanitizer_get_report_path != NULL ?
	    __sanitizer_get_report_path() : NULL;
	if (path != NULL && *path != '\0' && strcmp(path, "stderr") != 0 &&
	    (fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		fd = 2;
	(void)write(fd, sanitize_ring->text, len);
	if (fd != 2)
		close(fd);
	sanitize_ring->used = 0;
}

/* The runtime is ending this process (an error, or its own failure). */
static void
sanitize_died(void)
{
	if (!sanitize_forked) {
		sanitize_flush();
		return;
	}
	if (!sanitize_reported)
		sanitize_ring_header("stopped by the sanitizer runtime (its "
		    "message was lost: the process could not write it)");
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

/* The address space mapped in runs of 1 GiB or more: the runtime's own. */
static size_t
sanitize_measure(void)
{
	FILE			*f;
	unsigned long long	 lo, hi;
	size_t			 total = 0;
	char			 line[512];

	if ((f = fopen("/proc/self/maps", "r")) == NULL)
		return (0);
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "%llx-%llx", &lo, &hi) == 2 &&
		    hi - lo >= (1ULL << 30))
			total += hi - lo;
	}
	fclose(f);
	return (total);
}

static void __attribute__((constructor))
sanitize_init(void)
{
	void	*p;

	sanitize_reserved = sanitize_measure();
	p = mmap(NULL, sizeof *sanitize_ring, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED)
		sanitize_ring = p;
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
	if (execs || memory > SIZE_MAX - sanitize_reserved)
		return (memory);
	return (memory + sanitize_reserved);
}

#endif
