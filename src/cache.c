/*
 * cache.c: the result cache (see cache.h).
 *
 * An entry's layout: one header line
 *
 *   SQC1 KEY VERDICT EXC_LINE EXIT OUT_DROPPED ERR_DROPPED OUT_LEN
 *        ERR_LEN TYPE_LEN MSG_LEN WALL CPU MAXRSS_KB
 *
 * (TYPE_LEN -1: no exception), the stdout, stderr, exception type and
 * message bytes, then the 32 bytes of a SHA-256 of everything before
 * them. It is read only when all of that holds: the key in the header
 * is the one asked for, the lengths add up to the file's size, and the
 * checksum matches.
 */
#include "config.h"

#include <dirent.h>
#include <elf.h>
#include <link.h>
#include <limits.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "util.h"

/* Prune at most this often (a stamp file's age says when it last did). */
#define CACHE_PRUNE_EVERY	(24 * 3600.0)

struct cache {
	char			*dir;
	int			 dfd;
	unsigned char		 self[SHA256_LEN];	/* snipquiz's build */
	struct cache_stats	 st;
	/* Keys written by this process: an open-addressing set. */
	unsigned char		(*mine)[SHA256_LEN];
	size_t			 nmine, capmine;
};

char *
cache_default_dir(void)
{
	return (util_xdg_path("XDG_CACHE_HOME", ".cache", "snipquiz"));
}

/* dl_iterate_phdr's callback: the main program's GNU build ID. */
static int
cache_build_id_of(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct sha256		*c = arg;
	const ElfW(Nhdr)	*nh;
	const char		*p, *end;
	int			 i;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		if (info->dlpi_phdr[i].p_type != PT_NOTE)
			continue;
		p = (const char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
		end = p + info->dlpi_phdr[i].p_memsz;
		while (p + sizeof *nh <= end) {
			nh = (const ElfW(Nhdr) *)p;
			p += sizeof *nh + ((nh->n_namesz + 3) & ~3U);
			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
			    p + nh->n_descsz <= end) {
				sha256_add(c, p, nh->n_descsz);
				return (1);
			}
			p += (nh->n_descsz + 3) & ~3U;
		}
	}
	return (1);	/* the first object is the program: stop */
}

/*
 * snipquiz's build: the linker's build ID (a hash of the linked
 * program, so a rebuild of the same sources elsewhere, a CI runner's,
 * gives the same one), or else a SHA-256 of the executable.
 */
static void
cache_self(unsigned char digest[SHA256_LEN])
{
	struct sha256	 c, probe;
	char		 chunk[65536];
	ssize_t		 n;
	int		 fd;

	sha256_init(&c);
	sha256_add(&c, PACKAGE_VERSION, sizeof PACKAGE_VERSION);
	probe = c;
	dl_iterate_phdr(cache_build_id_of, &c);
	if (c.len == probe.len &&
	    (fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)) != -1) {
		while ((n = read(fd, chunk, sizeof chunk)) > 0)
			sha256_add(&c, chunk, (size_t)n);
		close(fd);
	}
	sha256_end(&c, digest);
}

struct cache *
cache_open(const char *dir, char **cause)
{
	struct cache	*c;
	struct stat	 st;
	int		 fd;

	if (util_mkdirs(dir, 0700) == -1) {
		*cause = xprintf("the result cache %s: %s", dir,
		    strerror(errno));
		return (NULL);
	}
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		*cause = xprintf("the result cache %s: %s", dir,
		    strerror(errno));
		return (NULL);
	}
	/*
	 * Whoever can write entries decides what check reports (a checksum
	 * is no signature): the folder must be the user's alone.
	 */
	if (fstat(fd, &st) == -1 || st.st_uid != geteuid() ||
	    (st.st_mode & 022) != 0) {
		*cause = xprintf("the result cache %s: not a folder of this"
		    " user's that only it may write", dir);
		close(fd);
		return (NULL);
	}
	c = xcalloc(1, sizeof *c);
	c->dir = xstrdup(dir);
	c->dfd = fd;
	cache_self(c->self);
	return (c);
}

void
cache_close(struct cache *c)
{
	struct stat	 st;
	int		 fd;

	if (c == NULL)
		return;
	if (fstatat(c->dfd, "pruned", &st, AT_SYMLINK_NOFOLLOW) == -1 ||
	    (double)time(NULL) - (double)st.st_mtime > CACHE_PRUNE_EVERY) {
		if ((fd = openat(c->dfd, "pruned", O_WRONLY | O_CREAT |
		    O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600)) != -1)
			close(fd);
		cache_prune(c, CACHE_MAX_AGE_DAYS * 86400.0);
	}
	close(c->dfd);
	free(c->dir);
	free(c->mine);
	free(c);
}

void
cache_identity(struct cache *c, struct sha256 *h)
{
	sha256_add(h, "snipquiz-result-v1", 19);
	sha256_add(h, c->self, sizeof c->self);
}

int
cache_keeps(const struct result *r)
{
	/*
	 * Timeouts, output floods (how much got out before the kill is a
	 * race), crashes (the OOM killer, a signal from outside), memory
	 * limits (ENOSPC and MemoryError depend on what else the tmpfs and
	 * the allocator hold), refusals (the kernel's protections change)
	 * and internal errors may come out otherwise next time.
	 */
	return (r->verdict == VERDICT_OK || r->verdict == VERDICT_RAISED);
}

static size_t
cache_slot(const struct cache *c, const unsigned char key[SHA256_LEN])
{
	size_t	 h;

	memcpy(&h, key, sizeof h);
	return (h & (c->capmine - 1));
}

static int
cache_is_mine(const struct cache *c, const unsigned char key[SHA256_LEN])
{
	static const unsigned char	 zero[SHA256_LEN];
	size_t				 i;

	if (c->capmine == 0)
		return (0);
	for (i = cache_slot(c, key); memcmp(c->mine[i], zero, SHA256_LEN) != 0;
	    i = (i + 1) & (c->capmine - 1)) {
		if (memcmp(c->mine[i], key, SHA256_LEN) == 0)
			return (1);
	}
	return (0);
}

static void
cache_add_mine(struct cache *c, const unsigned char key[SHA256_LEN])
{
	static const unsigned char	 zero[SHA256_LEN];
	unsigned char			(*old)[SHA256_LEN] = c->mine;
	size_t				 i, oldcap = c->capmine;

	if (cache_is_mine(c, key))
		return;
	if (2 * (c->nmine + 1) > c->capmine) {
		c->capmine = c->capmine ? c->capmine * 2 : 1024;
		c->mine = xcalloc(c->capmine, SHA256_LEN);
		c->nmine = 0;
		for (i = 0; i < oldcap; i++) {
			if (memcmp(old[i], zero, SHA256_LEN) != 0)
				cache_add_mine(c, old[i]);
		}
		free(old);
	}
	for (i = cache_slot(c, key); memcmp(c->mine[i], zero, SHA256_LEN) != 0;
	    i = (i + 1) & (c->capmine - 1))
		;
	memcpy(c->mine[i], key, SHA256_LEN);
	c->nmine++;
}

/* "XX/KEYHEX" for key, into path. */
static void
cache_path(const unsigned char key[SHA256_LEN], char path[68])
{
	char	 hex[65];

	sha256_hex(key, hex);
	snprintf(path, 68, "%.2s/%s", hex, hex);
}

/* Parse an entry of len bytes into *r. 0, or -1 if it is not sound. */
static int
cache_parse(const char *data, size_t len, const char *hex, struct result *r)
{
	unsigned char	 sum[SHA256_LEN];
	const char	*nl, *p;
	char		 head[512], khex[65];
	long		 tlen, mlen;
	size_t		 olen, elen, odrop, edrop, hlen;
	double		 wall, cpu;
	long		 rss;
	int		 verdict, line, code, n;

	if (len < SHA256_LEN + 8 || (nl = memchr(data, '\n', len <
	    sizeof head ? len : sizeof head)) == NULL)
		return (-1);
	hlen = (size_t)(nl - data) + 1;
	memcpy(head, data, hlen - 1);
	head[hlen - 1] = '\0';
	if (sscanf(head, "SQC1 %64[0-9a-f] %d %d %d %zu %zu %zu %zu %ld %ld"
	    " %lf %lf %ld%n", khex, &verdict, &line, &code, &odrop, &edrop,
	    &olen, &elen, &tlen, &mlen, &wall, &cpu, &rss, &n) != 13 ||
	    (size_t)n != hlen - 1 || strcmp(khex, hex) != 0)
		return (-1);
	if ((verdict != VERDICT_OK && verdict != VERDICT_RAISED) ||
	    tlen < -1 || mlen < -1 || (tlen == -1) != (mlen == -1) ||
	    olen > len || elen > len || (size_t)(tlen + 1) > len ||
	    (size_t)(mlen + 1) > len)
		return (-1);
	if (hlen + olen + elen + (size_t)(tlen < 0 ? 0 : tlen) +
	    (size_t)(mlen < 0 ? 0 : mlen) + SHA256_LEN != len)
		return (-1);
	sha256(data, len - SHA256_LEN, sum);
	if (memcmp(sum, data + len - SHA256_LEN, SHA256_LEN) != 0)
		return (-1);
	result_init(r);
	r->verdict = (enum verdict)verdict;
	p = data + hlen;
	r->out = xmalloc(olen + 1);
	memcpy(r->out, p, olen);
	r->out[olen] = '\0';
	r->out_len = olen;
	p += olen;
	r->err = xmalloc(elen + 1);
	memcpy(r->err, p, elen);
	r->err[elen] = '\0';
	r->err_len = elen;
	p += elen;
	if (tlen >= 0) {
		r->exc_type = xstrndup(p, (size_t)tlen);
		p += tlen;
		r->exc_msg = xstrndup(p, (size_t)mlen);
	}
	r->out_dropped = odrop;
	r->err_dropped = edrop;
	r->exc_line = line;
	r->exit_code = code;
	r->wall = wall;
	r->cpu = cpu;
	r->maxrss_kb = rss;
	r->cached = 1;
	return (0);
}

int
cache_get(struct cache *c, const unsigned char key[SHA256_LEN],
    struct result *r)
{
	struct stat	 st;
	char		 path[68], *data;
	size_t		 got = 0;
	ssize_t		 n;
	int		 fd, rc;

	if (cache_is_mine(c, key))
		return (0);
	cache_path(key, path);
	if ((fd = openat(c->dfd, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		return (0);
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size > CACHE_MAX_ENTRY) {
		close(fd);
		c->st.damaged++;
		return (0);
	}
	data = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		n = read(fd, data + got, (size_t)st.st_size - got);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	/* Used now: a prune keeps it another CACHE_MAX_AGE_DAYS. */
	if ((double)time(NULL) - (double)st.st_mtime > 86400)
		futimens(fd, NULL);
	close(fd);
	rc = got == (size_t)st.st_size ? cache_parse(data, got, path + 3, r) :
	    -1;
	free(data);
	if (rc == -1) {
		c->st.damaged++;
		return (0);
	}
	c->st.hits++;
	return (1);
}

void
cache_put(struct cache *c, const unsigned char key[SHA256_LEN],
    const struct result *r)
{
	unsigned char	 sum[SHA256_LEN];
	struct buf	 b;
	char		 path[68], tmp[PATH_MAX], dest[PATH_MAX];
	int		 fd, rc;

	if (!cache_keeps(r))
		return;
	cache_add_mine(c, key);
	cache_path(key, path);
	buf_init(&b);
	buf_addf(&b, "SQC1 %s %d %d %d %zu %zu %zu %zu %ld %ld %.6f %.6f"
	    " %ld\n", path + 3, (int)r->verdict, r->exc_line, r->exit_code,
	    r->out_dropped, r->err_dropped, r->out_len, r->err_len,
	    r->exc_type ? (long)strlen(r->exc_type) : -1L,
	    r->exc_type ? (long)strlen(r->exc_msg ? r->exc_msg : "") : -1L,
	    r->wall, r->cpu, r->maxrss_kb);
	buf_add(&b, r->out, r->out_len);
	buf_add(&b, r->err, r->err_len);
	if (r->exc_type != NULL) {
		buf_adds(&b, r->exc_type);
		buf_adds(&b, r->exc_msg ? r->exc_msg : "");
	}
	sha256(b.data, b.len, sum);
	buf_add(&b, sum, sizeof sum);
	path[2] = '\0';
	if (mkdirat(c->dfd, path, 0700) == -1 && errno != EEXIST)
		goto out;
	path[2] = '/';
	/* Written whole under a temporary name, then renamed into place. */
	snprintf(tmp, sizeof tmp, "%s/%.2s/.tmp.XXXXXX", c->dir, path);
	if ((fd = mkostemp(tmp, O_CLOEXEC)) == -1)
		goto out;
	rc = util_write_all(fd, b.data, b.len);
	if (close(fd) == -1 || rc == -1) {
		unlink(tmp);
		goto out;
	}
	snprintf(dest, sizeof dest, "%s/%s", c->dir, path);
	if (rename(tmp, dest) == -1) {
		unlink(tmp);
		goto out;
	}
	c->st.stored++;
out:
	buf_free(&b);
}

const struct cache_stats *
cache_stats(const struct cache *c)
{
	return (&c->st);
}

long
cache_prune(struct cache *c, double max_age)
{
	struct dirent	*de, *fe;
	struct stat	 st;
	DIR		*d, *f;
	double		 now = (double)time(NULL);
	long		 removed = 0;
	int		 sfd;

	if ((sfd = dup(c->dfd)) == -1 || (d = fdopendir(sfd)) == NULL)
		return (0);
	rewinddir(d);
	while ((de = readdir(d)) != NULL) {
		if (strlen(de->d_name) != 2 || de->d_name[0] == '.')
			continue;
		if ((sfd = openat(c->dfd, de->d_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC)) == -1)
			continue;
		if ((f = fdopendir(sfd)) == NULL) {
			close(sfd);
			continue;
		}
		while ((fe = readdir(f)) != NULL) {
			if (strcmp(fe->d_name, ".") == 0 ||
			    strcmp(fe->d_name, "..") == 0)
				continue;
			if (fstatat(dirfd(f), fe->d_name, &st,
			    AT_SYMLINK_NOFOLLOW) == -1 || S_ISDIR(st.st_mode))
				continue;
			if (now - (double)st.st_mtime > max_age &&
			    unlinkat(dirfd(f), fe->d_name, 0) == 0)
				removed++;
		}
		closedir(f);
	}
	closedir(d);
	return (removed);
}
