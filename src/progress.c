/*
 * progress.c: progress in SQLite: answers, cards, and the checks that
 * keep a stranger's file safe from us.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
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
/*
 * 2: answers carry a uid (export and import merge by it), the event, the
 * time spent, the FSRS grade applied and their misreadings; cards the
 * time their answer was last shown. A version 1 file is migrated when
 * opened (progress_migrate); one read where it cannot be written, in a
 * copy in memory.
 */
#define PROGRESS_VERSION	2
/*
 * The bytes of a database file SQLite locks to share it (SHARED_FIRST and
 * SHARED_SIZE in its os_unix.c; the lock-byte page of its file format).
 */
#define PROGRESS_SHARED_FIRST	(0x40000000 + 2)
#define PROGRESS_SHARED_SIZE	510

/* The SQL below counts a success as grade 3. */
_Static_assert(FSRS_GOOD == 3, "FSRS_GOOD is grade 3 in SQL");

struct progress {
	sqlite3	*db;
	char	*path;
	int	 exams;	/* has the exam table (older files lack it) */
	int	 version;	/* PRAGMA user_version when opened */
};

static const char progress_schema[] =
	"CREATE TABLE answer ("
	" id INTEGER PRIMARY KEY,"
	" at REAL NOT NULL,"			/* days since the epoch */
	" item TEXT NOT NULL,"
	" objective TEXT,"
	" form TEXT,"
	" correct INTEGER,"			/* NULL: not answered */
	" given TEXT,"
	" uid TEXT,"
	" event TEXT NOT NULL DEFAULT 'answer',"	/* skip, unanswered */
	" seconds REAL,"
	" grade INTEGER);"			/* FSRS grade, NULL: none */
	"CREATE INDEX answer_objective ON answer(objective);"
	"CREATE UNIQUE INDEX answer_uid ON answer(uid);"
	"CREATE INDEX answer_item ON answer(item, at);"
	"CREATE TABLE card ("
	" item TEXT PRIMARY KEY,"
	" objective TEXT,"
	" stability REAL NOT NULL,"
	" difficulty REAL NOT NULL,"
	" last REAL NOT NULL,"
	" reps INTEGER NOT NULL,"
	" lapses INTEGER NOT NULL,"
	" shown REAL NOT NULL DEFAULT 0);"	/* answer shown, none given */
	"CREATE TABLE misread ("
	" answer INTEGER NOT NULL REFERENCES answer(id),"
	" label TEXT NOT NULL,"
	" made INTEGER NOT NULL,"
	" line INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX misread_answer ON misread(answer);"
	"CREATE INDEX misread_label ON misread(label);";

/* Made before mock exams, some version 1 files lack it. */
static const char progress_exam_schema[] =
	"CREATE TABLE IF NOT EXISTS exam ("
	" id INTEGER PRIMARY KEY,"
	" at REAL NOT NULL,"
	" exam TEXT NOT NULL,"
	" seconds INTEGER NOT NULL,"
	" right INTEGER NOT NULL,"
	" total INTEGER NOT NULL,"
	" passed INTEGER NOT NULL,"
	" uid TEXT);"
	"CREATE UNIQUE INDEX IF NOT EXISTS exam_uid ON exam(uid);";

/*
 * Version 1 to 2 (the exam table is made afterwards, whole, if it is
 * missing). A version 1 answer gets a uid made of what it is (when, to
 * which item), so the same file migrated on two machines merges as one.
 * Its grade and every card are then computed again by progress_replay:
 * version 1 scheduled with a defective mix of FSRS versions.
 */
static const char progress_migrate_sql[] =
	"ALTER TABLE answer ADD COLUMN uid TEXT;"
	"ALTER TABLE answer ADD COLUMN event TEXT NOT NULL DEFAULT 'answer';"
	"ALTER TABLE answer ADD COLUMN seconds REAL;"
	"ALTER TABLE answer ADD COLUMN grade INTEGER;"
	"UPDATE answer SET uid = printf('v1-%.9f-%s', at, item);"
	"CREATE UNIQUE INDEX answer_uid ON answer(uid);"
	"CREATE INDEX answer_item ON answer(item, at);"
	"ALTER TABLE card ADD COLUMN shown REAL NOT NULL DEFAULT 0;"
	"CREATE TABLE misread ("
	" answer INTEGER NOT NULL REFERENCES answer(id),"
	" label TEXT NOT NULL,"
	" made INTEGER NOT NULL,"
	" line INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX misread_answer ON misread(answer);"
	"CREATE INDEX misread_label ON misread(label);";

static const char progress_migrate_exam_sql[] =
	"ALTER TABLE exam ADD COLUMN uid TEXT;"
	"UPDATE exam SET uid = printf('v1-%.9f-%s', at, exam);";

char *
progress_default_path(void)
{
	char	*path;

	path = util_xdg_path("XDG_DATA_HOME", ".local/share",
	    "snipquiz/progress.db");
	return (path != NULL ? path :
	    xstrdup("./.local/share/snipquiz/progress.db"));
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
	if (app == PROGRESS_APP_ID && ver > PROGRESS_VERSION) {
		*cause = xprintf("%s was written by a newer snipquiz (progress"
		    " version %d; this one reads up to %d): snipquiz leaves it"
		    " alone", p->path, ver, PROGRESS_VERSION);
		return (-1);
	}
	if (app != PROGRESS_APP_ID || ver < 1) {
		*cause = xprintf("%s is not a snipquiz progress database"
		    " (application id %#x, version %d): snipquiz leaves it"
		    " alone; give another file with --db", p->path, app, ver);
		return (-1);
	}
	p->version = ver;
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

/* An event's name in the answer table. */
static const char *
progress_event_name(enum progress_event ev)
{
	switch (ev) {
	case PROGRESS_SKIPPED:
		return ("skip");
	case PROGRESS_UNANSWERED:
		return ("unanswered");
	default:
		return ("answer");
	}
}

static enum progress_event
progress_event_parse(const char *s)
{
	if (s != NULL && strcmp(s, "skip") == 0)
		return (PROGRESS_SKIPPED);
	if (s != NULL && strcmp(s, "unanswered") == 0)
		return (PROGRESS_UNANSWERED);
	return (PROGRESS_ANSWERED);
}

/*
 * One event on an item's card c, whose answer was last shown without one
 * at *shown (0: not since its last answer): the grade applied, or 0.
 * The one rule for recording and replaying alike.
 */
static int
progress_step(struct fsrs_card *c, double *shown, enum progress_event ev,
    int correct, double at)
{
	enum fsrs_grade	 grade;

	if (ev != PROGRESS_ANSWERED) {
		/* Shown, not answered: neither a success nor a lapse. */
		*shown = at;
		return (0);
	}
	grade = correct ? FSRS_GOOD : FSRS_AGAIN;
	/* Right just after seeing the answer is no recall. */
	if (correct && *shown > 0 && at - *shown < PROGRESS_REVEAL_DAYS)
		grade = FSRS_AGAIN;
	fsrs_review(c, grade, at);
	*shown = 0;
	return (grade);
}

/* Store item's card (its latest objective) as it stands. */
static int
progress_put_card(struct progress *p, const char *item, const char *objective,
    const struct fsrs_card *c, double shown)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(p->db, "INSERT OR REPLACE INTO card (item,"
	    " objective, stability, difficulty, last, reps, lapses, shown)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		return (SQLITE_ERROR);
	sqlite3_bind_text(st, 1, item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, objective, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, c->stability);
	sqlite3_bind_double(st, 4, c->difficulty);
	sqlite3_bind_double(st, 5, c->last);
	sqlite3_bind_int(st, 6, c->reps);
	sqlite3_bind_int(st, 7, c->lapses);
	sqlite3_bind_double(st, 8, shown);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return (rc == SQLITE_DONE ? SQLITE_OK : rc);
}

/*
 * Inside a write transaction: every card and every answer's grade
 * computed again from the answers, in the order they were given. Cards
 * are a function of the answers: this is how a migrated file gets
 * FSRS-6 cards, and how an import merges two histories. SQLITE_OK or
 * SQLite's error.
 */
static int
progress_replay(struct progress *p)
{
	sqlite3_stmt		*sel = NULL, *upd = NULL;
	struct fsrs_card	 c;
	char			*item = NULL, *objective = NULL;
	const char		*it, *ob;
	double			 shown = 0;
	int			 rc, grade;

	if ((rc = sqlite3_exec(p->db, "DELETE FROM card", NULL, NULL,
	    NULL)) != SQLITE_OK)
		return (rc);
	if ((rc = sqlite3_prepare_v2(p->db, "SELECT id, item, objective,"
	    " event, correct, at FROM answer ORDER BY item, at, id", -1, &sel,
	    NULL)) != SQLITE_OK ||
	    (rc = sqlite3_prepare_v2(p->db, "UPDATE answer SET grade = ?"
	    " WHERE id = ?", -1, &upd, NULL)) != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
		it = (const char *)sqlite3_column_text(sel, 1);
		ob = (const char *)sqlite3_column_text(sel, 2);
		if (item == NULL || strcmp(item, it) != 0) {
			if (item != NULL && (rc = progress_put_card(p, item,
			    objective, &c, shown)) != SQLITE_OK)
				goto out;
			free(item);
			item = xstrdup(it);
			memset(&c, 0, sizeof c);
			shown = 0;
		}
		free(objective);
		objective = ob != NULL ? xstrdup(ob) : NULL;
		grade = progress_step(&c, &shown, progress_event_parse(
		    (const char *)sqlite3_column_text(sel, 3)),
		    sqlite3_column_int(sel, 4), sqlite3_column_double(sel, 5));
		if (grade != 0)
			sqlite3_bind_int(upd, 1, grade);
		else
			sqlite3_bind_null(upd, 1);
		sqlite3_bind_int64(upd, 2, sqlite3_column_int64(sel, 0));
		if ((rc = sqlite3_step(upd)) != SQLITE_DONE)
			goto out;
		sqlite3_reset(upd);
	}
	if (rc != SQLITE_DONE)
		goto out;
	rc = item != NULL ? progress_put_card(p, item, objective, &c, shown) :
	    SQLITE_OK;
out:
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		rc = SQLITE_ERROR;
	sqlite3_finalize(sel);
	sqlite3_finalize(upd);
	free(item);
	free(objective);
	return (rc);
}

/*
 * Inside a write transaction, a version 1 file made version 2 (see
 * progress_migrate_sql). SQLITE_OK or SQLite's error; on error the
 * caller rolls back and the file is as it was.
 */
static int
progress_migrate(struct progress *p)
{
	char	*sql;
	int	 rc;

	if ((rc = sqlite3_exec(p->db, progress_migrate_sql, NULL, NULL,
	    NULL)) != SQLITE_OK)
		return (rc);
	if (p->exams && (rc = sqlite3_exec(p->db, progress_migrate_exam_sql,
	    NULL, NULL, NULL)) != SQLITE_OK)
		return (rc);
	if ((rc = sqlite3_exec(p->db, progress_exam_schema, NULL, NULL,
	    NULL)) != SQLITE_OK)
		return (rc);
	if ((rc = progress_replay(p)) != SQLITE_OK)
		return (rc);
	sql = xprintf("PRAGMA user_version = %d", PROGRESS_VERSION);
	rc = sqlite3_exec(p->db, sql, NULL, NULL, NULL);
	free(sql);
	if (rc == SQLITE_OK) {
		p->version = PROGRESS_VERSION;
		p->exams = 1;
	}
	return (rc);
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
		p->version = PROGRESS_VERSION;
	}
	if ((p->version < PROGRESS_VERSION &&
	    progress_migrate(p) != SQLITE_OK) ||
	    sqlite3_exec(p->db, progress_exam_schema, NULL, NULL,
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

/*
 * An older file opened only to read: read a copy in memory, migrated
 * there, so that reading writes nothing. 0, or -1 with *cause.
 */
static int
progress_read_copy(struct progress *p, char **cause)
{
	sqlite3_backup	*bk;
	sqlite3		*mem;
	int		 rc;

	if (sqlite3_open(":memory:", &mem) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(mem));
		sqlite3_close(mem);
		return (-1);
	}
	if ((bk = sqlite3_backup_init(mem, "main", p->db, "main")) != NULL) {
		sqlite3_backup_step(bk, -1);
		sqlite3_backup_finish(bk);
	}
	if ((rc = sqlite3_errcode(mem)) == SQLITE_OK) {
		sqlite3_close(p->db);
		p->db = mem;
		if ((rc = sqlite3_exec(p->db, "BEGIN", NULL, NULL,
		    NULL)) == SQLITE_OK && (rc = progress_migrate(p)) ==
		    SQLITE_OK)
			rc = sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return (0);
	}
	*cause = xprintf("%s: cannot read this older progress file: %s",
	    p->path, sqlite3_errmsg(mem));
	if (mem != p->db)
		sqlite3_close(mem);
	return (-1);
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
	if (rc == 0 && (*out)->version < PROGRESS_VERSION &&
	    progress_read_copy(*out, cause) == -1) {
		progress_close(*out);
		*out = NULL;
		rc = -1;
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

/*
 * The card of item, and when its answer was last shown without one: 0
 * if found, 1 if it has none, -1 on SQLite's error (its message on
 * p->db).
 */
static int
progress_card_load(struct progress *p, const char *item, struct fsrs_card *c,
    double *shown)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(c, 0, sizeof *c);
	*shown = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT stability, difficulty, last,"
	    " reps, lapses, shown FROM card WHERE item = ?", -1, &st,
	    NULL) != SQLITE_OK)
		return (-1);
	sqlite3_bind_text(st, 1, item, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->stability = sqlite3_column_double(st, 0);
		c->difficulty = sqlite3_column_double(st, 1);
		c->last = sqlite3_column_double(st, 2);
		c->reps = sqlite3_column_int(st, 3);
		c->lapses = sqlite3_column_int(st, 4);
		*shown = sqlite3_column_double(st, 5);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (-1);
	return (rc == SQLITE_ROW ? 0 : 1);
}

int
progress_card(struct progress *p, const char *item, struct fsrs_card *c,
    char **cause)
{
	double	 shown;
	int	 rc;

	if ((rc = progress_card_load(p, item, c, &shown)) == -1) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	/* Only shown, never answered: no schedule yet. */
	return (rc == 0 && c->reps > 0 ? 0 : 1);
}

int
progress_record(struct progress *p, const struct progress_answer *a,
    double now, int *gradep, char **cause)
{
	struct fsrs_card	 c;
	sqlite3_stmt		*st = NULL;
	sqlite3_int64		 id;
	double			 shown;
	int			 grade, i;

	*cause = NULL;
	if (sqlite3_exec(p->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL) != SQLITE_OK)
		goto fail;
	if (progress_card_load(p, a->item, &c, &shown) == -1)
		goto rollback;
	grade = progress_step(&c, &shown, a->event, a->correct, now);
	if (sqlite3_prepare_v2(p->db, "INSERT INTO answer (at, item,"
	    " objective, form, correct, given, uid, event, seconds, grade)"
	    " VALUES (?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))), ?, ?, ?)",
	    -1, &st, NULL) != SQLITE_OK)
		goto rollback;
	sqlite3_bind_double(st, 1, now);
	sqlite3_bind_text(st, 2, a->item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, a->objective, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, a->form, -1, SQLITE_STATIC);
	if (a->event == PROGRESS_ANSWERED)
		sqlite3_bind_int(st, 5, a->correct != 0);
	sqlite3_bind_text(st, 6, a->given, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, progress_event_name(a->event), -1,
	    SQLITE_STATIC);
	if (a->seconds > 0)
		sqlite3_bind_double(st, 8, a->seconds);
	if (grade != 0)
		sqlite3_bind_int(st, 9, grade);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto rollback;
	sqlite3_finalize(st);
	st = NULL;
	id = sqlite3_last_insert_rowid(p->db);
	if (a->nmisreads > 0 && sqlite3_prepare_v2(p->db, "INSERT INTO"
	    " misread (answer, label, made, line) VALUES (?, ?, ?, ?)", -1,
	    &st, NULL) != SQLITE_OK)
		goto rollback;
	for (i = 0; i < a->nmisreads; i++) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, a->misreads[i].label, -1,
		    SQLITE_STATIC);
		sqlite3_bind_int(st, 3, a->misreads[i].made != 0);
		sqlite3_bind_int(st, 4, a->misreads[i].line);
		if (sqlite3_step(st) != SQLITE_DONE)
			goto rollback;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	st = NULL;
	if (progress_put_card(p, a->item, a->objective, &c, shown) !=
	    SQLITE_OK)
		goto rollback;
	if (sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto rollback;
	if (gradep != NULL)
		*gradep = grade;
	return (0);
rollback:
	*cause = progress_cause(p->path, p->db, 0, "this answer was not saved");
	sqlite3_finalize(st);
	sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
fail:
	*cause = progress_cause(p->path, p->db, 0, "this answer was not saved");
	return (-1);
}

/* Order cards soonest due first, then by item. */
static int
progress_due_cmp(const void *a, const void *b)
{
	const struct progress_card_info	*x = a, *y = b;

	if (x->due != y->due)
		return (x->due < y->due ? -1 : 1);
	return (strcmp(x->item, y->item));
}

int
progress_cards(struct progress *p, struct progress_card_info **out, int *n,
    char **cause)
{
	struct progress_card_info	*c;
	sqlite3_stmt			*st;
	const char			*ob;
	int				 rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT item, objective, stability,"
	    " difficulty, last, reps, lapses FROM card WHERE reps > 0", -1,
	    &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		c = &(*out)[(*n)++];
		c->item = xstrdup((const char *)sqlite3_column_text(st, 0));
		ob = (const char *)sqlite3_column_text(st, 1);
		c->objective = ob != NULL ? xstrdup(ob) : NULL;
		c->card.stability = sqlite3_column_double(st, 2);
		c->card.difficulty = sqlite3_column_double(st, 3);
		c->card.last = sqlite3_column_double(st, 4);
		c->card.reps = sqlite3_column_int(st, 5);
		c->card.lapses = sqlite3_column_int(st, 6);
		c->due = fsrs_due(&c->card);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		progress_cards_free(*out, *n);
		*out = NULL;
		*n = 0;
		return (-1);
	}
	if (*n > 1)
		qsort(*out, *n, sizeof **out, progress_due_cmp);
	return (0);
}

void
progress_cards_free(struct progress_card_info *c, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		free(c[i].item);
		free(c[i].objective);
	}
	free(c);
}

int
progress_history(struct progress *p, struct progress_event_row **out,
    int *n, char **cause)
{
	struct progress_event_row	*r;
	sqlite3_stmt			*st;
	const char			*ob;
	int				 rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT at, objective, event,"
	    " coalesce(grade = 3, 0), coalesce(seconds, 0) FROM answer ORDER"
	    " BY at, id", -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		r = &(*out)[(*n)++];
		r->at = sqlite3_column_double(st, 0);
		ob = (const char *)sqlite3_column_text(st, 1);
		r->objective = ob != NULL ? xstrdup(ob) : NULL;
		r->event = progress_event_parse((const char *)
		    sqlite3_column_text(st, 2));
		r->right = sqlite3_column_int(st, 3);
		r->seconds = sqlite3_column_double(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		progress_history_free(*out, *n);
		*out = NULL;
		*n = 0;
		return (-1);
	}
	return (0);
}

void
progress_history_free(struct progress_event_row *r, int n)
{
	int	 i;

	for (i = 0; i < n; i++)
		free(r[i].objective);
	free(r);
}

int
progress_misreads(struct progress *p, struct progress_misread_row **out,
    int *n, char **cause)
{
	struct progress_misread_row	*r;
	sqlite3_stmt			*st;
	int				 rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(p->db, "SELECT m.label, a.at, m.made, a.item,"
	    " m.line, a.objective FROM misread m JOIN answer a ON a.id = m.answer ORDER BY"
	    " a.at, a.id", -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		r = &(*out)[(*n)++];
		r->label = xstrdup((const char *)sqlite3_column_text(st, 0));
		r->at = sqlite3_column_double(st, 1);
		r->made = sqlite3_column_int(st, 2);
		r->item = xstrdup((const char *)sqlite3_column_text(st, 3));
		r->line = sqlite3_column_int(st, 4);
		r->objective = sqlite3_column_text(st, 5) != NULL ? xstrdup(
		    (const char *)sqlite3_column_text(st, 5)) : NULL;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		progress_misreads_free(*out, *n);
		*out = NULL;
		*n = 0;
		return (-1);
	}
	return (0);
}

void
progress_misreads_free(struct progress_misread_row *r, int n)
{
	int	 i;

	for (i = 0; i < n; i++) {
		free(r[i].label);
		free(r[i].item);
		free(r[i].objective);
	}
	free(r);
}

int
progress_tallies(struct progress *p, struct progress_tally **out, int *n,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	/* A right answer after seeing the answer is no success (grade). */
	if (sqlite3_prepare_v2(p->db, "SELECT objective, count(*),"
	    " sum(grade = 3) FROM answer WHERE objective IS NOT NULL AND"
	    " correct IS NOT NULL GROUP BY objective ORDER BY objective", -1,
	    &st, NULL) != SQLITE_OK) {
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
	/* Wrong answers, not lapses: a first answer wrong is no lapse. */
	if (sqlite3_prepare_v2(p->db, "SELECT item, count(*) AS n FROM answer"
	    " WHERE correct = 0 GROUP BY item HAVING n >= ? ORDER BY n DESC,"
	    " item", -1, &st, NULL) != SQLITE_OK) {
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
	if (sqlite3_prepare_v2(p->db, "SELECT count(*), coalesce(sum(grade ="
	    " 3), 0) FROM answer WHERE correct IS NOT NULL", -1, &st,
	    NULL) != SQLITE_OK) {
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

/* The export's format name: what import looks for first. */
#define PROGRESS_FORMAT		"snipquiz-progress"

/* Text for JSON: invalid UTF-8 replaced (a typed answer may hold any). */
static json_t *
progress_json_text(const char *s)
{
	struct buf	 b;
	json_t		*j;

	if (s == NULL)
		return (json_null());
	if ((j = json_string(s)) != NULL)
		return (j);
	buf_init(&b);
	buf_add_utf8(&b, s, strlen(s));
	j = json_stringn(b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return (j);
}

/* Column i of st as JSON: text, a number, or null. */
static json_t *
progress_json_column(sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		return (json_null());
	case SQLITE_INTEGER:
		return (json_integer(sqlite3_column_int64(st, i)));
	case SQLITE_FLOAT:
		return (json_real(sqlite3_column_double(st, i)));
	default:
		return (progress_json_text((const char *)
		    sqlite3_column_text(st, i)));
	}
}

/* Every row of sql as an object of its columns, into list. */
static int
progress_json_rows(struct progress *p, const char *sql, json_t *list,
    char **cause)
{
	sqlite3_stmt	*st;
	json_t		*o;
	int		 rc, i;

	if (sqlite3_prepare_v2(p->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		o = json_object();
		for (i = 0; i < sqlite3_column_count(st); i++)
			json_object_set_new(o, sqlite3_column_name(st, i),
			    progress_json_column(st, i));
		json_array_append_new(list, o);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	return (0);
}

/* Write data to path: a new file, or one replaced atomically. */
static int
progress_write_file(const char *path, const char *data, size_t len,
    char **cause)
{
	int	 fd;

	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			*cause = xprintf("stdout: %s", strerror(errno));
			return (-1);
		}
		return (0);
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY,
	    0600);
	if (fd == -1 && errno == EEXIST)
		return (util_replace_file(path, data, len, cause));
	if (fd == -1) {
		*cause = xprintf("%s: %s", path, strerror(errno));
		return (-1);
	}
	if (util_write_all(fd, data, len) == -1 || fsync(fd) == -1) {
		*cause = xprintf("%s: %s", path, strerror(errno));
		close(fd);
		unlink(path);
		return (-1);
	}
	close(fd);
	return (0);
}

int
progress_export(struct progress *p, const char *path, int *answers,
    int *exams, char **cause)
{
	json_t		*o, *list, *mr, *a;
	sqlite3_stmt	*st = NULL;
	char		*data = NULL;
	size_t		 i;
	int		 rc = -1;

	o = json_object();
	json_object_set_new(o, "format", json_string(PROGRESS_FORMAT));
	json_object_set_new(o, "version", json_integer(PROGRESS_VERSION));
	list = json_array();
	json_object_set_new(o, "answers", list);
	if (progress_json_rows(p, "SELECT uid, at, item, objective, form,"
	    " event, correct, given, seconds FROM answer ORDER BY at, id",
	    list, cause) == -1)
		goto out;
	/* Each answer's misreadings, in its own list. */
	if (sqlite3_prepare_v2(p->db, "SELECT label, made, line FROM misread"
	    " WHERE answer = (SELECT id FROM answer WHERE uid = ?) ORDER BY"
	    " rowid", -1, &st, NULL) != SQLITE_OK)
		goto sqlfail;
	json_array_foreach(list, i, a) {
		mr = json_array();
		sqlite3_bind_text(st, 1, json_string_value(json_object_get(a,
		    "uid")), -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			json_array_append_new(mr, json_pack("{s:o,s:b,s:i}",
			    "label", progress_json_column(st, 0), "made",
			    sqlite3_column_int(st, 1), "line",
			    sqlite3_column_int(st, 2)));
		}
		sqlite3_reset(st);
		json_object_set_new(a, "misreadings", mr);
		if (rc != SQLITE_DONE)
			goto sqlfail;
	}
	*answers = (int)json_array_size(list);
	list = json_array();
	json_object_set_new(o, "exams", list);
	if (p->exams && progress_json_rows(p, "SELECT uid, at, exam, seconds,"
	    " right AS points, total, passed FROM exam ORDER BY at, id", list,
	    cause) == -1)
		goto out;
	*exams = (int)json_array_size(list);
	if ((data = json_dumps(o, JSON_INDENT(1) | JSON_PRESERVE_ORDER)) ==
	    NULL) {
		*cause = xprintf("%s: cannot make the export", p->path);
		goto out;
	}
	i = strlen(data);
	data = realloc(data, i + 2);
	data[i] = '\n';
	data[i + 1] = '\0';
	rc = progress_write_file(path, data, i + 1, cause);
	goto out;
sqlfail:
	*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
	rc = -1;
out:
	sqlite3_finalize(st);
	free(data);
	json_decref(o);
	return (rc);
}

/* A string member of o, or NULL (absent or null); *bad if another type. */
static const char *
progress_json_str(json_t *o, const char *key, int *bad)
{
	json_t	*j = json_object_get(o, key);

	if (j == NULL || json_is_null(j))
		return (NULL);
	if (!json_is_string(j))
		*bad = 1;
	return (json_string_value(j));
}

/* Insert the import's answer a (index k); *added if it was new. */
static int
progress_import_answer(struct progress *p, json_t *a, size_t k,
    int *added, char **cause)
{
	sqlite3_stmt	*st = NULL;
	json_t		*at, *cor, *sec, *mr, *m;
	const char	*uid, *item, *ev;
	sqlite3_int64	 id;
	size_t		 i;
	int		 bad = 0, rc;

	*added = 0;
	uid = progress_json_str(a, "uid", &bad);
	item = progress_json_str(a, "item", &bad);
	ev = progress_json_str(a, "event", &bad);
	at = json_object_get(a, "at");
	cor = json_object_get(a, "correct");
	sec = json_object_get(a, "seconds");
	mr = json_object_get(a, "misreadings");
	if (!json_is_object(a) || bad || uid == NULL || item == NULL ||
	    !json_is_number(at) || (cor != NULL && !json_is_null(cor) &&
	    !json_is_integer(cor) && !json_is_boolean(cor)) ||
	    (sec != NULL && !json_is_null(sec) && !json_is_number(sec)) ||
	    (mr != NULL && !json_is_array(mr)) ||
	    (ev != NULL && strcmp(ev, "answer") != 0 && strcmp(ev, "skip") !=
	    0 && strcmp(ev, "unanswered") != 0)) {
		*cause = xprintf("answers[%zu] is not an answer (it needs uid,"
		    " at, item; event, correct, seconds and misreadings of"
		    " their types)", k);
		return (-1);
	}
	if (sqlite3_prepare_v2(p->db, "INSERT OR IGNORE INTO answer (uid, at,"
	    " item, objective, form, event, correct, given, seconds) VALUES"
	    " (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		goto sqlfail;
	sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 2, json_number_value(at));
	sqlite3_bind_text(st, 3, item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, progress_json_str(a, "objective", &bad), -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 5, progress_json_str(a, "form", &bad), -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 6, ev != NULL ? ev : "answer", -1,
	    SQLITE_STATIC);
	/* Only an answer is right or wrong. */
	if ((ev == NULL || strcmp(ev, "answer") == 0) && cor != NULL &&
	    !json_is_null(cor))
		sqlite3_bind_int(st, 7, json_is_true(cor) ||
		    (json_is_integer(cor) && json_integer_value(cor) != 0));
	else if (ev == NULL || strcmp(ev, "answer") == 0) {
		*cause = xprintf("answers[%zu] is an answer without correct",
		    k);
		sqlite3_finalize(st);
		return (-1);
	}
	sqlite3_bind_text(st, 8, progress_json_str(a, "given", &bad), -1,
	    SQLITE_STATIC);
	if (json_is_number(sec))
		sqlite3_bind_double(st, 9, json_number_value(sec));
	if (bad) {
		*cause = xprintf("answers[%zu]: objective, form and given are"
		    " text", k);
		sqlite3_finalize(st);
		return (-1);
	}
	if (sqlite3_step(st) != SQLITE_DONE)
		goto sqlfail;
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_changes(p->db) == 0)
		return (0);		/* already here */
	*added = 1;
	id = sqlite3_last_insert_rowid(p->db);
	if (sqlite3_prepare_v2(p->db, "INSERT INTO misread (answer, label,"
	    " made, line) VALUES (?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
		goto sqlfail;
	json_array_foreach(mr, i, m) {
		if (!json_is_object(m) || !json_is_string(json_object_get(m,
		    "label"))) {
			*cause = xprintf("answers[%zu].misreadings[%zu] has no"
			    " label", k, i);
			sqlite3_finalize(st);
			return (-1);
		}
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, json_string_value(json_object_get(m,
		    "label")), -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 3, json_is_true(json_object_get(m,
		    "made")));
		sqlite3_bind_int(st, 4, (int)json_integer_value(
		    json_object_get(m, "line")));
		if ((rc = sqlite3_step(st)) != SQLITE_DONE)
			goto sqlfail;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return (0);
sqlfail:
	*cause = progress_cause(p->path, p->db, 0, "nothing was imported");
	sqlite3_finalize(st);
	return (-1);
}

/* Insert the import's exam e (index k); *added if it was new. */
static int
progress_import_exam(struct progress *p, json_t *e, size_t k, int *added,
    char **cause)
{
	sqlite3_stmt	*st;
	const char	*uid, *exam;
	json_t		*at, *sec, *pts, *tot, *pass;
	int		 bad = 0;

	*added = 0;
	uid = progress_json_str(e, "uid", &bad);
	exam = progress_json_str(e, "exam", &bad);
	at = json_object_get(e, "at");
	sec = json_object_get(e, "seconds");
	pts = json_object_get(e, "points");
	tot = json_object_get(e, "total");
	pass = json_object_get(e, "passed");
	if (!json_is_object(e) || bad || uid == NULL || exam == NULL ||
	    !json_is_number(at) || !json_is_integer(sec) ||
	    !json_is_number(pts) || !json_is_integer(tot) ||
	    !json_is_integer(pass)) {
		*cause = xprintf("exams[%zu] is not a mock exam (it needs uid,"
		    " at, exam, seconds, points, total, passed)", k);
		return (-1);
	}
	if (sqlite3_prepare_v2(p->db, "INSERT OR IGNORE INTO exam (uid, at,"
	    " exam, seconds, right, total, passed) VALUES (?, ?, ?, ?, ?, ?,"
	    " ?)", -1, &st, NULL) != SQLITE_OK) {
		*cause = progress_cause(p->path, p->db, 0,
		    "nothing was imported");
		return (-1);
	}
	sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 2, json_number_value(at));
	sqlite3_bind_text(st, 3, exam, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, json_integer_value(sec));
	sqlite3_bind_double(st, 5, json_number_value(pts));
	sqlite3_bind_int64(st, 6, json_integer_value(tot));
	sqlite3_bind_int(st, 7, json_integer_value(pass) != 0);
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = progress_cause(p->path, p->db, 0,
		    "nothing was imported");
		sqlite3_finalize(st);
		return (-1);
	}
	sqlite3_finalize(st);
	*added = sqlite3_changes(p->db) > 0;
	return (0);
}

struct progress_import {
	json_t	*o;
	char	*name;		/* as said in messages: the path, or stdin */
};

int
progress_import_read(const char *path, struct progress_import **out,
    char **cause)
{
	json_error_t	 jerr;
	json_t		*o = NULL;
	struct stat	 sb;
	struct buf	 b;
	const char	*name = strcmp(path, "-") == 0 ? "stdin" : path;
	char		 chunk[65536];
	size_t		 got;
	FILE		*f;

	*out = NULL;
	f = strcmp(path, "-") == 0 ? stdin : fopen(path, "re");
	if (f == NULL) {
		*cause = xprintf("%s: %s", path, strerror(errno));
		return (-1);
	}
	/* A stranger's file: a regular file (or a pipe), of bounded size. */
	if (fstat(fileno(f), &sb) == -1 || (f != stdin &&
	    !S_ISREG(sb.st_mode))) {
		*cause = xprintf("%s: not a regular file", name);
		goto fail;
	}
	/* Read with a bound: a pipe says nothing of its size. */
	buf_init(&b);
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + got > PROGRESS_MAX_IMPORT) {
			*cause = xprintf("%s: larger than %d MiB: not an export",
			    name, PROGRESS_MAX_IMPORT >> 20);
			buf_free(&b);
			goto fail;
		}
		buf_add(&b, chunk, got);
	}
	o = json_loadb(b.data != NULL ? b.data : "", b.len,
	    JSON_REJECT_DUPLICATES, &jerr);
	buf_free(&b);
	if (o == NULL) {
		*cause = xprintf("%s:%d:%d: not JSON: %s", name, jerr.line,
		    jerr.column, jerr.text);
		goto fail;
	}
	if (!json_is_object(o) || !json_is_string(json_object_get(o,
	    "format")) || strcmp(json_string_value(json_object_get(o,
	    "format")), PROGRESS_FORMAT) != 0) {
		*cause = xprintf("%s: not a snipquiz progress export (no"
		    " \"format\": \"" PROGRESS_FORMAT "\")", name);
		goto fail;
	}
	if (!json_is_integer(json_object_get(o, "version")) ||
	    json_integer_value(json_object_get(o, "version")) >
	    PROGRESS_VERSION) {
		*cause = xprintf("%s: an export of a newer snipquiz (version"
		    " %lld; this one reads up to %d)", name, (long long)
		    json_integer_value(json_object_get(o, "version")),
		    PROGRESS_VERSION);
		goto fail;
	}
	if ((json_object_get(o, "answers") != NULL &&
	    !json_is_array(json_object_get(o, "answers"))) ||
	    (json_object_get(o, "exams") != NULL &&
	    !json_is_array(json_object_get(o, "exams")))) {
		*cause = xprintf("%s: answers and exams are lists", name);
		goto fail;
	}
	if (f != stdin)
		fclose(f);
	*out = xcalloc(1, sizeof **out);
	(*out)->o = o;
	(*out)->name = xstrdup(name);
	return (0);
fail:
	json_decref(o);
	if (f != stdin)
		fclose(f);
	return (-1);
}

void
progress_import_free(struct progress_import *imp)
{
	if (imp == NULL)
		return;
	json_decref(imp->o);
	free(imp->name);
	free(imp);
}

int
progress_import(struct progress *p, const struct progress_import *imp,
    int *added, int *known, int *exams, char **cause)
{
	json_t		*list, *a;
	char		*err = NULL;
	size_t		 i;
	int		 one;

	*added = *known = *exams = 0;
	if (sqlite3_exec(p->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL) != SQLITE_OK) {
		*cause = progress_cause(p->path, p->db, 0,
		    "nothing was imported");
		return (-1);
	}
	list = json_object_get(imp->o, "answers");
	json_array_foreach(list, i, a) {
		if (progress_import_answer(p, a, i, &one, &err) == -1)
			goto rollback;
		*added += one;
		*known += !one;
	}
	list = json_object_get(imp->o, "exams");
	json_array_foreach(list, i, a) {
		if (progress_import_exam(p, a, i, &one, &err) == -1)
			goto rollback;
		*exams += one;
	}
	/* The cards, from every answer in the order given. */
	if ((*added > 0 && progress_replay(p) != SQLITE_OK) ||
	    sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		err = progress_cause(p->path, p->db, 0, "nothing was imported");
		goto rollback;
	}
	return (0);
rollback:
	sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	*cause = xprintf("%s: %s", imp->name, err);
	free(err);
	*added = *known = *exams = 0;
	return (-1);
}
