/*
 * util.c: allocation, buffers, whole-file I/O.
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <math.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

const char *sq_progname = "snipquiz";

/* util_replace_file's temporary files are .NAME.snipquiz-XXXXXX */
#define UTIL_TEMP_MARK ".snipquiz-"

static void SQ_NORETURN
util_die(int errnum, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", sq_progname);
	vfprintf(stderr, fmt, ap);
	if (errnum != 0)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
	exit(70);
}

/* Log a critical error with the errno string and die. */
void
fatal(const char *fmt, ...)
{
	int	 errnum = errno;
	va_list	 ap;

	va_start(ap, fmt);
	util_die(errnum, fmt, ap);
}

/* Log a critical error and die. */
void
fatalx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	util_die(0, fmt, ap);
}

void *
xmalloc(size_t size)
{
	void	*p;

	if ((p = malloc(size == 0 ? 1 : size)) == NULL)
		fatal("xmalloc: allocating %zu bytes", size);
	return (p);
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		fatal("xcalloc: allocating %zu * %zu bytes", n, size);
	return (p);
}

void *
xrealloc(void *p, size_t size)
{
	if ((p = realloc(p, size == 0 ? 1 : size)) == NULL)
		fatal("xrealloc: allocating %zu bytes", size);
	return (p);
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		fatalx("xreallocarray: %zu * %zu overflows", n, size);
	return (xrealloc(p, n * size));
}

char *
xstrdup(const char *s)
{
	return (xstrndup(s, strlen(s)));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	if (n != 0)	/* s may be NULL then, which memcpy must not see */
		memcpy(p, s, n);
	p[n] = '\0';
	return (p);
}

char *
xvprintf(const char *fmt, va_list ap)
{
	char	*s;

	if (vasprintf(&s, fmt, ap) == -1)
		fatal("xvprintf");
	return (s);
}

char *
xprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvprintf(fmt, ap);
	va_end(ap);
	return (s);
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->size = 0;
}

static void
buf_grow(struct buf *b, size_t more)
{
	size_t	 want = b->len + more + 1;

	if (want <= b->size)
		return;
	if (b->size == 0)
		b->size = 64;
	while (b->size < want)
		b->size *= 2;
	b->data = xrealloc(b->data, b->size);
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n != 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = xvprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, s);
	free(s);
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char	*p;

	if (b->data == NULL) {
		buf_grow(b, 0);
		b->data[0] = '\0';
	}
	p = b->data;
	if (len != NULL)
		*len = b->len;
	buf_init(b);
	return (p);
}

/* Length of the valid UTF-8 sequence at p (1-4), or 0 if invalid. */
static size_t
util_utf8_len(const unsigned char *p, size_t n)
{
	size_t	 len, i;
	unsigned int	 c;

	if (p[0] < 0x80)
		return (1);
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		len = 3;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		len = 4;
	else
		return (0);
	if (n < len)
		return (0);
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return (0);
	}
	c = len == 2 ? 0 : len == 3 ? ((p[0] & 0x0f) << 6) | (p[1] & 0x3f) :
	    ((p[0] & 0x07) << 6) | (p[1] & 0x3f);
	/* Overlong forms, surrogates, and beyond U+10FFFF are invalid. */
	if ((len == 3 && (c < 0x20 || (c >= 0x360 && c < 0x380))) ||
	    (len == 4 && (c < 0x10 || c > 0x10f)))
		return (0);
	return (len);
}

void
buf_add_utf8(struct buf *b, const char *p, size_t n)
{
	const unsigned char	*u = (const unsigned char *)p;
	size_t			 i, len;

	for (i = 0; i < n; i += len) {
		if ((len = util_utf8_len(u + i, n - i)) == 0) {
			buf_adds(b, "\xef\xbf\xbd");
			len = 1;
		} else
			buf_add(b, p + i, len);
	}
}

void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

/* What a file that is not a regular one is, for messages. */
static const char *
util_file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return ("a directory");
	if (S_ISFIFO(mode))
		return ("a FIFO");
	if (S_ISCHR(mode))
		return ("a character device");
	if (S_ISBLK(mode))
		return ("a block device");
	if (S_ISSOCK(mode))
		return ("a socket");
	return ("not a regular file");
}

/* A size for messages: "16 MiB", or bytes when it is no whole MiB. */
static char *
util_size_text(size_t n)
{
	if (n != 0 && n % (1 << 20) == 0)
		return (xprintf("%zu MiB", n >> 20));
	return (xprintf("%zu bytes", n));
}

int
util_read_file(const char *path, size_t max, char **data, size_t *len,
    char **cause)
{
	struct stat	 st;
	struct buf	 b;
	char		 chunk[65536], *limit;
	size_t		 want;
	ssize_t		 n;
	int		 fd;

	*data = NULL;
	buf_init(&b);
	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else {
		/*
		 * O_NONBLOCK: open(2) of a FIFO waits for a writer; reads of
		 * a regular file ignore the flag.
		 */
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
		if (fd == -1 || fstat(fd, &st) == -1) {
			*cause = xprintf("%s: %s", path, strerror(errno));
			goto fail;
		}
		if (!S_ISREG(st.st_mode)) {
			*cause = xprintf("%s: not a regular file (%s)", path,
			    util_file_kind(st.st_mode));
			goto fail;
		}
		if ((uintmax_t)st.st_size > max)
			goto too_big;
	}
	for (;;) {
		/* One byte past max is enough to know it is too long. */
		want = max + 1 - b.len;
		if (want > sizeof chunk)
			want = sizeof chunk;
		n = read(fd, chunk, want);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*cause = xprintf("%s: %s", path, strerror(errno));
			goto fail;
		}
		if (n == 0)
			break;
		buf_add(&b, chunk, n);
		if (b.len > max)
			goto too_big;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	*data = buf_detach(&b, len);
	return (0);
too_big:
	limit = util_size_text(max);
	*cause = xprintf("%s: larger than the limit of %s", path, limit);
	free(limit);
fail:
	if (fd != -1 && fd != STDIN_FILENO)
		close(fd);
	buf_free(&b);
	return (-1);
}

int
util_write_all(int fd, const void *p, size_t n)
{
	const char	*c = p;
	ssize_t		 w;

	while (n > 0) {
		w = write(fd, c, n);
		if (w == -1 && errno == EINTR)
			continue;
		if (w == -1)
			return (-1);
		c += w;
		n -= w;
	}
	return (0);
}

/*
 * Remove the temporary files an earlier util_replace_file of dir/base left
 * behind when it was killed before its rename. Only snipquiz's own: the
 * exact name it gives them, a regular file of this user with one link,
 * untouched for a minute, and not locked (a live snipquiz holds a lock on
 * its temporary file from just after making it until it is renamed).
 */
static void
util_replace_clean(const char *dir, const char *base)
{
	struct dirent	*de;
	struct stat	 st;
	DIR		*dp;
	char		*prefix;
	size_t		 plen, i;
	int		 fd;

	if ((dp = opendir(dir)) == NULL)
		return;
	prefix = xprintf(".%s" UTIL_TEMP_MARK, base);
	plen = strlen(prefix);
	while ((de = readdir(dp)) != NULL) {
		if (strncmp(de->d_name, prefix, plen) != 0 ||
		    strlen(de->d_name) != plen + 6)
			continue;
		/* What mkstemp puts in place of XXXXXX. */
		for (i = plen; i < plen + 6; i++) {
			if (!isalnum((unsigned char)de->d_name[i]))
				break;
		}
		if (i != plen + 6)
			continue;
		fd = openat(dirfd(dp), de->d_name, O_RDONLY | O_CLOEXEC |
		    O_NOFOLLOW | O_NOCTTY | O_NONBLOCK);
		if (fd == -1)
			continue;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == geteuid() && st.st_nlink == 1 &&
		    st.st_mtime < time(NULL) - 60 &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0)
			(void)unlinkat(dirfd(dp), de->d_name, 0);
		close(fd);
	}
	closedir(dp);
	free(prefix);
}

int
util_replace_file(const char *path, const char *data, size_t len,
    char **cause)
{
	struct stat	 st;
	char		*real, *tmp = NULL, *dir, *base;
	int		 fd = -1;

	/* Through a symbolic link: the file it names is replaced. */
	if ((real = realpath(path, NULL)) == NULL ||
	    stat(real, &st) == -1) {
		*cause = xprintf("%s: %s", path, strerror(errno));
		free(real);
		return (-1);
	}
	dir = xstrdup(real);
	base = strrchr(dir, '/');	/* realpath gives an absolute path */
	*base++ = '\0';
	/* (A file in / leaves dir empty.) */
	util_replace_clean(*dir != '\0' ? dir : "/", base);
	tmp = xprintf("%s/.%s" UTIL_TEMP_MARK "XXXXXX", dir, base);
	if ((fd = mkostemp(tmp, O_CLOEXEC)) == -1) {
		*cause = xprintf("%s: cannot create a temporary file: %s",
		    path, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto fail;
	}
	/* Held until the rename: util_replace_clean leaves it alone. */
	(void)flock(fd, LOCK_EX);
	/* The owner first: a change of owner may clear the mode's bits. */
	(void)fchown(fd, st.st_uid, st.st_gid);
	(void)fchmod(fd, st.st_mode & 07777);
	if (util_write_all(fd, data, len) == -1 || fsync(fd) == -1 ||
	    rename(tmp, real) == -1) {
		*cause = xprintf("%s: %s", real, strerror(errno));
		goto fail;
	}
	/* fsync has reported any error of writing: close cannot fail now. */
	close(fd);
	free(tmp);
	free(dir);
	free(real);
	return (0);
fail:
	if (tmp != NULL)
		unlink(tmp);
	if (fd != -1)
		close(fd);
	free(tmp);
	free(dir);
	free(real);
	return (-1);
}

/* Before removing: make every directory writable and searchable. */
static int
util_rm_open(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)f;
	/* A snippet may have left a directory without permissions. */
	if (flag == FTW_D || flag == FTW_DNR)
		(void)chmod(path, (st->st_mode & 07777) | 0700);
	return (0);
}

static int
util_rm_one(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	if (remove(path) == -1 && errno != ENOENT)
		return (-1);
	return (0);
}

int
util_rm_rf(const char *path)
{
	/* nftw reports a directory before it reads it: open it up first. */
	(void)nftw(path, util_rm_open, 16, FTW_PHYS);
	return (nftw(path, util_rm_one, 16, FTW_DEPTH | FTW_PHYS));
}

char *
util_clip(const char *s, int width)
{
	const char	*p, *q;
	int		 n = 0;

	for (p = s; *p != '\0'; p++)
		n += (*p & 0xc0) != 0x80;
	if (n <= width)
		return (xstrdup(s));
	if (width < 1)
		return (xstrdup(""));
	/* width - 1 code points, then the ellipsis. */
	for (p = s, n = 0; *p != '\0'; p++) {
		if ((*p & 0xc0) != 0x80 && n++ == width - 1)
			break;
	}
	/*
	 * Rather after a space in the last third than in the middle of a
	 * word or a number ("10, 11" cut to "10, 1" reads as a value).
	 */
	for (q = p; q > s && q[-1] != ' '; q--)
		;
	if (q > s && (q - s) * 3 >= (p - s) * 2)
		p = q;
	return (xprintf("%.*s\xe2\x80\xa6", (int)(p - s), s));
}

char *
util_fit(const char *s, int width)
{
	struct buf	 b;
	int		 n = 0;

	buf_init(&b);
	while (*s != '\0' && n < width) {
		buf_addc(&b, *s++);
		/* The continuation bytes of this code point come along. */
		while ((*s & 0xc0) == 0x80)
			buf_addc(&b, *s++);
		n++;
	}
	for (; n < width; n++)
		buf_addc(&b, ' ');
	return (buf_detach(&b, NULL));
}

uint32_t
util_hash(const char *s)
{
	uint32_t	 h = 2166136261u;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return (h);
}

double
util_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (ts.tv_sec + ts.tv_nsec / 1e9);
}

int
util_parse_seconds(const char *s, double *out)
{
	char	*end;
	double	 v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || !(v > 0) || v > 86400)
		return (-1);
	*out = v;
	return (0);
}

char *
util_xdg_path(const char *var, const char *fallback, const char *leaf)
{
	const char	*x = getenv(var), *home = getenv("HOME");

	if (x != NULL && x[0] == '/')
		return (xprintf("%s/%s", x, leaf));
	if (home == NULL || *home == '\0')
		return (NULL);
	return (xprintf("%s/%s/%s", home, fallback, leaf));
}

int
util_mkdirs(const char *dir, mode_t mode)
{
	char	*p = xstrdup(dir), *s, c;
	int	 rc = 0;

	for (s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		c = *s;
		*s = '\0';
		if (mkdir(p, mode) == -1 && errno != EEXIST)
			rc = -1;
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return (rc);
}

const char *
util_datadir(void)
{
	static char	 exe[PATH_MAX];
	const char	*env;
	ssize_t		 n;

	if ((env = getenv("SNIPQUIZ_DATADIR")) != NULL && *env != '\0')
		return (env);
	/* Run from the build tree: use the source tree's banks. */
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if (strcmp(exe, SQ_BUILDDIR "/src/snipquiz") == 0)
			return (SQ_SRCDIR);
	}
	return (SQ_PKGDATADIR);
}

void
util_shuffle(void *base, size_t n, size_t size)
{
	unsigned char	*a = base, tmp[256];
	size_t		 k, j, done, chunk;

	for (k = n; k > 1; k--) {
		j = (size_t)random() % k;
		if (j == k - 1)
			continue;
		/* Swap elements j and k - 1, a piece at a time. */
		for (done = 0; done < size; done += chunk) {
			chunk = size - done < sizeof tmp ? size - done :
			    sizeof tmp;
			memcpy(tmp, a + j * size + done, chunk);
			memcpy(a + j * size + done, a + (k - 1) * size + done,
			    chunk);
			memcpy(a + (k - 1) * size + done, tmp, chunk);
		}
	}
}

/* Code points in s[0..len). */
static int
util_width(const char *s, size_t len)
{
	size_t	 i;
	int	 n = 0;

	for (i = 0; i < len; i++)
		n += (s[i] & 0xc0) != 0x80;
	return (n);
}

/* Is the paragraph p[0..len) plain prose (no indented, list or fence line)? */
static int
util_prose(const char *p, size_t len)
{
	const char	*l = p, *end = p + len;

	while (l < end) {
		if (*l == ' ' || *l == '\t' || *l == '>' || *l == '|' ||
		    strncmp(l, "```", 3) == 0 || strncmp(l, "~~~", 3) == 0 ||
		    ((*l == '-' || *l == '*' || *l == '+') && l[1] == ' ') ||
		    (*l >= '0' && *l <= '9' && strspn(l, "0123456789") < 4 &&
		    (l[strspn(l, "0123456789")] == '.' ||
		    l[strspn(l, "0123456789")] == ')')))
			return (0);
		l = memchr(l, '\n', (size_t)(end - l));
		if (l == NULL)
			break;
		l++;
	}
	return (1);
}

char *
util_wrap(const char *s, int width)
{
	struct buf	 b;
	const char	*p = s, *end, *w, *we;
	size_t		 len;
	int		 col;

	buf_init(&b);
	while (*p != '\0') {
		/* One paragraph: up to a blank line. */
		for (end = p; *end != '\0'; end++) {
			if (*end == '\n' && end[1] == '\n')
				break;
		}
		len = (size_t)(end - p);
		/* Its own last newlines are copied below, with the blank line. */
		while (len > 0 && p[len - 1] == '\n')
			len--;
		end = p + len;
		if (!util_prose(p, len))
			buf_add(&b, p, len);
		else {
			for (col = 0, w = p; w < end; w = we) {
				while (w < end && (*w == ' ' || *w == '\n'))
					w++;
				if (w == end)
					break;
				for (we = w; we < end && *we != ' ' && *we != '\n';
				    we++)
					;
				if (col > 0 && col + 1 + util_width(w,
				    (size_t)(we - w)) > width) {
					buf_addc(&b, '\n');
					col = 0;
				} else if (col > 0) {
					buf_addc(&b, ' ');
					col++;
				}
				buf_add(&b, w, (size_t)(we - w));
				col += util_width(w, (size_t)(we - w));
			}
		}
		/* The blank line (or the end), as it was. */
		for (; *end == '\n'; end++)
			buf_addc(&b, '\n');
		p = end;
	}
	if (b.data == NULL)
		buf_add(&b, "", 0);
	return (buf_detach(&b, NULL));
}

int
util_tab_fields(char *line, char **f, int n)
{
	int	 i;

	f[0] = line;
	for (i = 1; i < n; i++) {
		if ((f[i] = strchr(f[i - 1], '\t')) == NULL)
			return (-1);
		*f[i]++ = '\0';
	}
	return (strchr(f[n - 1], '\t') != NULL ? -1 : 0);
}

void
util_split_list(char *s, char ***v, size_t *n)
{
	char	*tok, *e, *save;

	for (tok = strtok_r(s, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		while (*tok == ' ')
			tok++;
		e = tok + strlen(tok);
		while (e > tok && e[-1] == ' ')
			*--e = '\0';
		if (*tok == '\0')
			continue;
		*v = xreallocarray(*v, *n + 1, sizeof **v);
		(*v)[(*n)++] = xstrdup(tok);
	}
}

int
util_objective_under(const char *objective, char *const *list, size_t n)
{
	size_t	 i, len;

	if (objective == NULL)
		return (0);
	for (i = 0; i < n; i++) {
		len = strlen(list[i]);
		if (strncmp(objective, list[i], len) == 0 &&
		    (objective[len] == '\0' || objective[len] == '.'))
			return (1);
	}
	return (0);
}

/* The ELF loader a binary asks for (PT_INTERP), resolved, or NULL. */
char *
util_elf_interp(const char *path)
{
	Elf64_Ehdr	 eh;
	Elf64_Phdr	 ph;
	char		 buf[PATH_MAX], *real = NULL;
	int		 fd, i;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return (NULL);
	if (pread(fd, &eh, sizeof eh, 0) != sizeof eh ||
	    memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64)
		goto out;
	for (i = 0; i < eh.e_phnum; i++) {
		if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff +
		    (Elf64_Off)i * eh.e_phentsize)) != sizeof ph)
			break;
		if (ph.p_type != PT_INTERP || ph.p_filesz >= sizeof buf)
			continue;
		if (pread(fd, buf, ph.p_filesz, (off_t)ph.p_offset) !=
		    (ssize_t)ph.p_filesz)
			break;
		buf[ph.p_filesz] = '\0';
		real = realpath(buf, NULL);
		break;
	}
out:
	close(fd);
	return (real);
}

long
util_local_day(double at)
{
	struct tm	 tm;
	time_t		 t = (time_t)(at * 86400);

	/* The offset from UTC at that moment, daylight saving included. */
	if (localtime_r(&t, &tm) == NULL)
		return ((long)floor(at));
	return ((long)floor((double)(t + tm.tm_gmtoff) / 86400));
}

const char *
util_when(double at, double now)
{
	static char	 s[32];
	long		 d;

	if (at <= now)
		return ("now");
	d = util_local_day(at) - util_local_day(now);
	if (d <= 0)
		return ("today");
	if (d == 1)
		return ("tomorrow");
	snprintf(s, sizeof s, "in %ld days", d);
	return (s);
}
