/*
 * progress.c: progress in SQLite: answers, cards, and the checks that
 * keep a stranger's file safe from us.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"
#include "util.h"

/* 'SQZ1': marks the file as ours (PRAGMA application_id). */
#define PROGRESS_APP_ID		0x53515a31
#define PROGRESS_VERSION	1
/*
 * The bytes of a database file SQLite locks to share it (SHARED_FIRST and
 * SHARED_SIZE in its os_unix.c; the lock-byte page of its file format).
 */
#define PROGRESS_SHARED_FIRST	(0x40000000 + 2)
#define PROGRESS_SHARED_SIZE	510

struct progress {
	sqlite3	*db;
	char	*path;
	int	 exams;	/* has the exam table (older files lack it) */
};

static const char progress_schema[] =
	"CREATE TABLE answer ("
	" id INTEGER PRIMARY KEY,"
	" at REAL NOT NULL,"			/* days since the epoch */
	" item TEXT NOT NULL,"
	" objective TEXT,"
	" form TEXT,"
	" correct INTEGER NOT NULL,"
	" given TEXT);"
	"CREATE INDEX answer_objective ON answer(objective);"
	"CREATE TABLE card ("
	" item TEXT PRIMARY KEY,"
	" objective TEXT,"
	" stability REAL NOT NULL,"
	" difficulty REAL NOT NULL,"
	" last REAL NOT NULL,"
	" reps INTEGER NOT NULL,"
	" lapses INTEGER NOT NULL);";

/* Added to version 1 databases that lack it (made before mock exams). */
static const char progress_exam_schema[] =
	"CREATE TABLE IF NOT EXISTS exam ("
	" id INTEGER PRIMARY KEY,"
	" at REAL NOT NULL,"
	" exam TEXT NOT NULL,"
	" seconds INTEGER NOT NULL,"
	" right INTEGER NOT NULL,"
	" total INTEGER NOT NULL,"
	" passed INTEGER NOT NULL);";

char *
progress_default_path(void)
{
	const char	*xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return (xprintf("%s/snipquiz/progress.db", xdg));
	return (xprintf("%s/.local/share/snipquiz/progress.db",
	    home != NULL && *home != '\0' ? home : "."));
}

/*
 * mkdir -p of the folder that will hold path; errno on failure. *made is
 * the topmost folder made (NULL if none, caller frees), even on failure,
 * so that a failed open can take away what it made.
 */
static int
progress_mkdirs(const char *path, char **made)
{
	char	*dir, *p, *end;
	int	 error;

	*made = NULL;
	dir = xstrdup(path);
	if ((end = strrchr(dir, '/')) == NULL || end == dir) {
		free(dir);
		return (0);
	}
	*end = '\0';
	for (p = dir + 1; p <= end; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) == 0) {
			if (*made == NULL)
				*made = xstrdup(dir);
		} else if (errno != EEXIST) {
			error = errno;
			free(dir);
			errno = error;
			return (-1);
		}
		if (p != end)
			*p = '/';
	}
	free(dir);
	return (0);
}

/* Does path+suffix exist, and (if size) hold something? */
static int
progress_exists(const char *path, const char *suffix, int size)
{
	struct stat	 sb;
	char		*s;
	int		 rc;

	s = xprintf("%s%s", path, suffix);
	rc = stat(s, &sb) == 0 && (!size || sb.st_size > 0);
	free(s);
	return (rc);
}

/*
 * After a failed open, with no connection of this process left on path:
 * take away what nobody uses: SQLite's empty -wal and its -shm (a try on
 * a full disk leaves them), and the database file and its journal if
 * this open made it. Nobody uses them if SQLite's EXCLUSIVE lock can be
 * had: every connection in WAL mode holds a SHARED lock for as long as
 * it is open, and that is how SQLite itself knows that its last
 * connection may delete them.
 */
static void
progress_unmake(const char *link, int created)
{
	struct flock	 lk;
	char		*s, *path;
	int		 fd;

	/* SQLite's files are beside the file a symbolic link names. */
	if ((path = realpath(link, NULL)) == NULL)
		return;
	if ((fd = open(path, O_RDWR | O_CLOEXEC | O_NOCTTY)) == -1) {
		free(path);
		return;
	}
	memset(&lk, 0, sizeof lk);
	lk.l_type = F_WRLCK;
	lk.l_whence = SEEK_SET;
	lk.l_start = PROGRESS_SHARED_FIRST;
	lk.l_len = PROGRESS_SHARED_SIZE;
	if (fcntl(fd, F_SETLK, &lk) == 0 &&
	    (created || !progress_exists(path, "-wal", 1))) {
		s = xprintf("%s-wal", path);
		unlink(s);
		free(s);
		s = xprintf("%s-shm", path);
		unlink(s);
		free(s);
		if (created) {
			s = xprintf("%s-journal", path);
			unlink(s);
			free(s);
			unlink(path);
		}
	}
	close(fd);
	free(path);
}

/* Remove the folders of path from made (see progress_mkdirs) down. */
static void
progress_rmdirs(const char *path, const char *made)
{
	char	*dir, *p;

	if (made == NULL)
		return;
	dir = xstrdup(path);
	while ((p = strrchr(dir, '/')) != NULL && p != dir) {
		*p = '\0';
		if (rmdir(dir) == -1 || strcmp(dir, made) == 0)
			break;
	}
	free(dir);
}

static int
progress_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return (-1);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (rc == SQLITE_ROW ? 0 : -1);
}

static char *
progress_text(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	char		*s = NULL;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return (NULL);
	if (sqlite3_step(st) == SQLITE_ROW &&
	    sqlite3_column_text(st, 0) != NULL)
		s = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return (s);
}

/* Why path cannot be written, from the errno of opening it to write. */
static const char *
progress_readonly_why(const char *path, int error)
{
	struct statx	 sx;

	/* statx, not an ioctl: a descriptor closed would drop SQLite's locks. */
	if (error == EPERM && statx(AT_FDCWD, path, 0, 0, &sx) == 0) {
		if (sx.stx_attributes & STATX_ATTR_IMMUTABLE)
			return ("immutable file");
		if (sx.stx_attributes & STATX_ATTR_APPEND)
			return ("append-only file");
	}
	switch (error) {
	case EROFS:
		return ("read-only file system");
	case EACCES:
		return ("permission denied");
	case EPERM:
		return ("operation not permitted");
	}
	return (NULL);
}

/*
 * The cause for a failed open or write of path, in the learner's words:
 * a full disk and a file that cannot be written are named as such. error
 * is the errno behind it, or 0 to take SQLite's last error on db. lost
 * says what a failed write lost ("this answer was not saved"); NULL when
 * opening, where the cause says what to do instead.
 */
static char *
progress_cause(const char *path, sqlite3 *db, int error, const char *lost)
{
	const char	*why;
	int		 rc;

	rc = db != NULL ? sqlite3_extended_errcode(db) & 0xff : SQLITE_OK;
	if (error == 0 && rc == SQLITE_FULL)
		error = ENOSPC;
	else if (error == 0 && (rc == SQLITE_IOERR || rc == SQLITE_CANTOPEN ||
	    rc == SQLITE_READONLY))
		error = sqlite3_system_errno(db);
	if (error == ENOSPC || error == EDQUOT) {
		return (xprintf("%s: %s: %s", path, error == ENOSPC ?
		    "no space left on device" : "disk quota exceeded",
		    lost != NULL ? lost : "progress cannot be saved; free some"
		    " space or give another file with --db"));
	}
	why = progress_readonly_why(path, error);
	if (why != NULL || rc == SQLITE_READONLY) {
		return (xprintf("%s: read-only%s%s%s: %s", path,
		    why != NULL ? " (" : "", why != NULL ? why : "",
		    why != NULL ? ")" : "", lost != NULL ? lost : "progress"
		    " cannot be saved; give a writable file with --db"));
	}
	return (xprintf("%s: %s%s%s", path, db != NULL ? sqlite3_errmsg(db) :
	    strerror(error), lost != NULL ? ": " : "", lost != NULL ? lost :
	    ""));
}

/*
 * The cause for a file SQLite could not read when opening it, to write
 * (as progress_cause) or only to read.
 */
static char *
progress_cause_open(const char *path, sqlite3 *db, int writing)
{
	int	 rc = sqlite3_extended_errcode(db) & 0xff, error;

	if (rc == SQLITE_NOTADB) {
		return (xprintf("%s is not a progress database (%s): snipquiz"
		    " leaves it alone; give another file with --db", path,
		    sqlite3_errmsg(db)));
	}
	if (rc == SQLITE_CORRUPT) {
		return (xprintf("%s is damaged (%s): snipquiz leaves it alone;"
		    " move it away to start afresh", path, sqlite3_errmsg(db)));
	}
	if (writing)
		return (progress_cause(path, db, 0, NULL));
	error = rc == SQLITE_FULL ? ENOSPC : sqlite3_system_errno(db);
	if (error != 0) {
		return (xprintf("%s: %s (%s)", path, sqlite3_errmsg(db),
		    strerror(error)));
	}
	return (xprintf("%s: %s", path, sqlite3_errmsg(db)));
}

/*
 * Turn on WAL: SQLITE_OK or SQLite's error. The switch writes the file's
 * header from inside a read, and SQLite refuses that at once, without
 * its busy handler, when another connection holds the write lock (two
 * sessions opening one new database together): wait here as the busy
 * timeout would, trying again every 10 ms for up to 10 s.
 */
static int
progress_wal(struct progress *p)
{
	int	rc, tries;

	for (tries = 0; tries < 1000; tries++) {
		rc = sqlite3_exec(p->db, "PRAGMA journal_mode=WAL", NULL, NULL,
		    NULL);
		if ((rc & 0xff) != SQLITE_BUSY)
			break;
		sqlite3_sleep(10);
	}
	return (rc);
}

/*
 * Inside a transaction: is the open database snipquiz's and sound? 0 if
 * so, 1 if it is empty (a new file), -1 with *cause when it cannot be
 * read (opened for writing or not), is another program's, or is
 * damaged; it is then not written.
 */
static int
progress_check(struct progress *p, int writing, char **cause)
{
	char	*check;
	int	 app = 0, ver = 0, tables = 0;

	if (progress_int(p->db, "PRAGMA application_id", &app) == -1) {
		*cause = progress_cause_open(p->path, p->db, writing);
		return (-1);
	}
	progress_int(p->db, "PRAGMA user_version", &ver);
	progress_int(p->db, "SELECT count(*) FROM sqlite_schema", &tables);
	if (app == 0 && tables == 0)
		return (1);
	if (app != PROGRESS_APP_ID || ver != PROGRESS_VERSION) {
		*cause = xprintf("%s is not a snipquiz progress database"
		    " (application id %#x, version %d): snipquiz leaves it"
		    " alone; give another file with --db", p->path, app, ver);
		return (-1);
	}
	check = progress_text(p->db, "PRAGMA quick_check");
	if (check == NULL || strcmp(check, "ok") != 0) {
		*cause = xprintf("%s is damaged (%s): snipquiz leaves it"
		    " alone; move it away to start afresh", p->path,
		    check ? check : sqlite3_errmsg(p->db));
		free(check);
		return (-1);
	}
	free(check);
	progress_int(p->db, "SELECT count(*) FROM sqlite_schema WHERE type ="
	    " 'table' AND name = 'exam'", &p->exams);
	return (0);
}

struct progress *
progress_open(const char *path, char **cause)
{
	struct progress	*p = NULL;
	struct stat	 sb;
	char		*made = NULL, *sql;
	int		 fd, created = 0, rc;

	/*
	 * Open it to write first, which writes nothing: SQLite would quietly
	 * open a file it cannot write read-only, and the first answer would
	 * be lost. A new file is made here, so that a failed open knows what
	 * it may take away.
	 */
	fd = open(path, O_RDWR | O_CLOEXEC | O_NOCTTY);
	if (fd == -1 && errno == ENOENT) {
		if (progress_mkdirs(path, &made) == 0) {
			fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC |
			    O_NOCTTY, 0644);
			if (fd != -1)
				created = 1;
			else if (errno == EEXIST) {
				/* Another snipquiz made it this moment. */
				fd = open(path, O_RDWR | O_CLOEXEC | O_NOCTTY);
			}
		}
	}
	if (fd == -1 && errno != EISDIR) {
		*cause = progress_cause(path, NULL, errno, NULL);
		goto fail;
	}
	rc = fd != -1 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
	/* Before SQLite locks it: a close drops all of a process's locks. */
	if (fd != -1)
		close(fd);
	if (!rc) {
		*cause = xprintf("%s is not a regular file: give a progress"
		    " database with --db", path);
		goto fail;
	}

	p = xcalloc(1, sizeof *p);
	p->path = xstrdup(path);
	if (sqlite3_open_v2(path, &p->db, SQLITE_OPEN_READWRITE,
	    NULL) != SQLITE_OK) {
		*cause = progress_cause(path, p->db, 0, NULL);
		goto fail;
	}
	if (sqlite3_db_readonly(p->db, "main") == 1) {
		/* It stopped being writable since the look above. */
		*cause = xprintf("%s: read-only: progress cannot be saved; give"
		    " a writable file with --db", path);
		goto fail;
	}
	/* Another snipquiz may be writing: wait for it rather than fail. */
	sqlite3_busy_timeout(p->db, 10000);
	/*
	 * Look and, for a new file, build under one write lock: a second
	 * snipquiz starting at the same moment must see either nothing or
	 * the whole schema. Taking the lock also makes SQLite's -wal and
	 * -shm files, so a full disk is found here, before any question.
	 * Refusing rolls back, so a foreign file is left as it was.
	 */
	if (sqlite3_exec(p->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL) != SQLITE_OK) {
		*cause = progress_cause_open(path, p->db, 1);
		goto fail;
	}
	if ((rc = progress_check(p, 1, cause)) == -1)
		goto fail;
	if (rc == 1) {
		sql = xprintf("%s PRAGMA application_id = %d; PRAGMA"
		    " user_version = %d;", progress_schema, PROGRESS_APP_ID,
		    PROGRESS_VERSION);
		rc = sqlite3_exec(p->db, sql, NULL, NULL, NULL);
		free(sql);
		if (rc != SQLITE_OK)
			goto sqlfail;
	}
	if (sqlite3_exec(p->db, progress_exam_schema, NULL, NULL,
	    NULL) != SQLITE_OK ||
	    sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK ||
	    progress_wal(p) != SQLITE_OK)
		goto sqlfail;
	p->exams = 1;
	free(made);
	return (p);
sqlfail:
	*cause = progress_cause(path, p->db, 0, NULL);
fail:
	if (p != NULL && p->db != NULL)
		sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	progress_close(p);
	if (p != NULL || created)
		progress_unmake(path, created);
	progress_rmdirs(path, made);
	free(made);
	return (NULL);
}

/* path as a URI for SQLite, with query appended. */
static char *
progress_uri(const char *path, const char *query)
{
	struct buf	 b;
	const char	*s;

	buf_init(&b);
	/* An absolute path gets an empty authority: file:///... */
	buf_adds(&b, *path == '/' ? "file://" : "file:");
	for (s = path; *s != '\0'; s++) {
		if (isalnum((unsigned char)*s) || strchr("/-._~", *s) != NULL)
			buf_addc(&b, *s);
		else
			buf_addf(&b, "%%%02X", (unsigned char)*s);
	}
	buf_addf(&b, "?%s", query);
	return (buf_detach(&b, NULL));
}

/*
 * One try at opening path to read (to write as well if writable, as
 * immutable if immutable): 0, 1 if it holds nothing yet, -1 with *cause
 * and *again set when another way of opening might do.
 */
static int
progress_open_as(const char *path, int writable, int immutable,
    struct progress **out, int *again, char **cause)
{
	struct progress	*p;
	char		*uri;
	int		 rc;

	*again = 0;
	p = xcalloc(1, sizeof *p);
	p->path = xstrdup(path);
	uri = immutable ? progress_uri(path, "immutable=1") : xstrdup(path);
	rc = sqlite3_open_v2(uri, &p->db, (writable ? SQLITE_OPEN_READWRITE :
	    SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(p->db, 10000);
		rc = sqlite3_exec(p->db, "BEGIN", NULL, NULL, NULL);
	}
	if (rc != SQLITE_OK) {
		*cause = progress_cause_open(path, p->db, 0);
		rc = -1;
	} else
		rc = progress_check(p, 0, cause);
	if (rc == -1) {
		switch (sqlite3_errcode(p->db)) {
		case SQLITE_CANTOPEN:
		case SQLITE_IOERR:
		case SQLITE_FULL:
		case SQLITE_READONLY:
			*again = 1;
			break;
		}
	}
	sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL);
	if (rc != 0) {
		progress_close(p);
		return (rc);
	}
	*out = p;
	return (0);
}

int
progress_open_read(const char *path, struct progress **out, char **cause)
{
	struct stat	 sb;
	char		*real;
	int		 rc, fd, writable, quiet, again;

	*out = NULL;
	if (stat(path, &sb) == -1) {
		if (errno == ENOENT)
			return (1);
		*cause = xprintf("%s: %s", path, strerror(errno));
		return (-1);
	}
	if (!S_ISREG(sb.st_mode)) {
		*cause = xprintf("%s is not a regular file: give a progress"
		    " database with --db", path);
		return (-1);
	}
	/*
	 * A file it may write is opened to write (and only read): a
	 * connection that can only read leaves SQLite's -wal and -shm files
	 * behind when it closes.
	 */
	if ((fd = open(path, O_RDWR | O_CLOEXEC | O_NOCTTY)) != -1)
		close(fd);
	writable = fd != -1;
	/*
	 * No -shm file means no snipquiz has it open, and no -wal file with
	 * something in it means the file itself holds every answer: reading
	 * it as immutable then needs no lock and no file of SQLite's beside
	 * it, which a read-only filesystem, an immutable file or a full disk
	 * would refuse. Only when ordinary reading cannot be done, though: a
	 * writer starting meanwhile would not be kept out by locks.
	 */
	real = realpath(path, NULL);
	quiet = !progress_exists(real != NULL ? real : path, "-shm", 0) &&
	    !progress_exists(real != NULL ? real : path, "-wal", 1);
	free(real);
	rc = progress_open_as(path, writable, !writable && quiet, out, &again,
	    cause);
	if (rc == -1 && again && writable && quiet) {
		free(*cause);
		*cause = NULL;
		/* The failed try may have left SQLite's files behind. */
		progress_unmake(path, 0);
		rc = progress_open_as(path, 0, 1, out, &again, cause);
	}
	return (rc);
}

int
progress_exam_record(struct progress *p, const char *exam, double now,
    int seconds, double points, int total, int passed, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(p->db, "INSERT INTO exam (at, exam, seconds,"
	    " right, total, passed) VALUES (?, ?, ?, ?, ?, ?)", -1, &st,
	    NULL) != SQLITE_OK) {
		*cause = progress_cause(p->path, p->db, 0,
		    "this exam was not saved");
		return (-1);
	}
	sqlite3_bind_double(st, 1, now);
	sqlite3_bind_text(st, 2, exam, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, seconds);
	sqlite3_bind_double(st, 4, points);
	sqlite3_bind_int(st, 5, total);
	sqlite3_bind_int(st, 6, passed);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = progress_cause(p->path, p->db, 0,
		    "this exam was not saved");
		return (-1);
	}
	return (0);
}

int
progress_exams(struct progress *p, struct progress_exam **out, int *n,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (!p->exams)
		return (0);
	if (sqlite3_prepare_v2(p->db, "SELECT exam, at, seconds, right, total,"
	    " passed FROM exam ORDER BY id", -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[*n].exam = xstrdup((const char *)
		    sqlite3_column_text(st, 0));
		(*out)[*n].at = sqlite3_column_double(st, 1);
		(*out)[*n].seconds = sqlite3_column_int(st, 2);
		(*out)[*n].points = sqlite3_column_double(st, 3);
		(*out)[*n].total = sqlite3_column_int(st, 4);
		(*out)[*n].passed = sqlite3_column_int(st, 5);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	return (0);
}

void
progress_exams_free(struct progress_exam *e, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		free(e[i].exam);
	free(e);
}

void
progress_close(struct progress *p)
{
	if (p == NULL)
		return;
	sqlite3_close(p->db);
	free(p->path);
	free(p);
}

int
progress_card(struct progress *p, const char *item, struct fsrs_card *c,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(c, 0, sizeof *c);
	if (sqlite3_prepare_v2(p->db, "SELECT stability, difficulty, last,"
	    " reps, lapses FROM card WHERE item = ?", -1, &st,
	    NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	sqlite3_bind_text(st, 1, item, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->stability = sqlite3_column_double(st, 0);
		c->difficulty = sqlite3_column_double(st, 1);
		c->last = sqlite3_column_double(st, 2);
		c->reps = sqlite3_column_int(st, 3);
		c->lapses = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	return (rc == SQLITE_ROW ? 0 : 1);
}

int
progress_record(struct progress *p, const struct progress_answer *a,
    double now, char **cause)
{
	struct fsrs_card	 c;
	sqlite3_stmt		*st = NULL;
	int			 rc = -1;

	*cause = NULL;
	if (sqlite3_exec(p->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL) != SQLITE_OK)
		goto out;
	if (progress_card(p, a->item, &c, cause) == -1)
		goto rollback;
	fsrs_review(&c, a->correct ? FSRS_GOOD : FSRS_AGAIN, now);
	if (sqlite3_prepare_v2(p->db, "INSERT INTO answer (at, item,"
	    " objective, form, correct, given) VALUES (?, ?, ?, ?, ?, ?)",
	    -1, &st, NULL) != SQLITE_OK)
		goto rollback;
	sqlite3_bind_double(st, 1, now);
	sqlite3_bind_text(st, 2, a->item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, a->objective, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, a->form, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, a->correct);
	sqlite3_bind_text(st, 6, a->given, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto rollback;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(p->db, "INSERT OR REPLACE INTO card (item,"
	    " objective, stability, difficulty, last, reps, lapses) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		goto rollback;
	sqlite3_bind_text(st, 1, a->item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, a->objective, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, c.stability);
	sqlite3_bind_double(st, 4, c.difficulty);
	sqlite3_bind_double(st, 5, c.last);
	sqlite3_bind_int(st, 6, c.reps);
	sqlite3_bind_int(st, 7, c.lapses);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto rollback;
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto rollback;
	return (0);
rollback:
	if (*cause == NULL) {
		*cause = progress_cause(p->path, p->db, 0,
		    "this answer was not saved");
	}
	sqlite3_finalize(st);
	sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
out:
	*cause = progress_cause(p->path, p->db, 0, "this answer was not saved");
	return (rc);
}

int
progress_tallies(struct progress *p, struct progress_tally **out, int *n,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT objective, count(*),"
	    " sum(correct) FROM answer WHERE objective IS NOT NULL GROUP BY"
	    " objective ORDER BY objective", -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[*n].objective = xstrdup((const char *)
		    sqlite3_column_text(st, 0));
		(*out)[*n].answered = sqlite3_column_int(st, 1);
		(*out)[*n].correct = sqlite3_column_int(st, 2);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	return (0);
}

void
progress_tally_free(struct progress_tally *t, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		free(t[i].objective);
	free(t);
}

int
progress_leeches(struct progress *p, int min_lapses, char ***items,
    int **lapses, int *n, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	*items = NULL;
	*lapses = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT item, lapses FROM card WHERE"
	    " lapses >= ? ORDER BY lapses DESC, item", -1, &st,
	    NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	sqlite3_bind_int(st, 1, min_lapses);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*items = xreallocarray(*items, *n + 1, sizeof **items);
		*lapses = xreallocarray(*lapses, *n + 1, sizeof **lapses);
		(*items)[*n] = xstrdup((const char *)sqlite3_column_text(st, 0));
		(*lapses)[*n] = sqlite3_column_int(st, 1);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	return (0);
}

int
progress_count(struct progress *p, int *answered, int *correct, char **cause)
{
	sqlite3_stmt	*st;

	*answered = *correct = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT count(*), coalesce(sum(correct),"
	    " 0) FROM answer", -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	if (sqlite3_step(st) == SQLITE_ROW) {
		*answered = sqlite3_column_int(st, 0);
		*correct = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	return (0);
}
