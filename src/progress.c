/*
 * progress.c: progress in SQLite: answers, cards, and the checks that
 * keep a stranger's file safe from us.
 */
#include "config.h"

#include <errno.h>
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

struct progress {
	sqlite3	*db;
	char	*path;
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

/* mkdir -p of the folder that will hold path. */
static int
progress_mkdirs(const char *path)
{
	char	*dir, *p;

	dir = xstrdup(path);
	if ((p = strrchr(dir, '/')) == NULL || p == dir) {
		free(dir);
		return (0);
	}
	*p = '\0';
	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) == -1 && errno != EEXIST)
			goto fail;
		*p = '/';
	}
	if (mkdir(dir, 0700) == -1 && errno != EEXIST)
		goto fail;
	free(dir);
	return (0);
fail:
	free(dir);
	return (-1);
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

struct progress *
progress_open(const char *path, char **cause)
{
	struct progress	*p;
	struct stat	 sb;
	char		*check, *sql;
	int		 fresh, app = 0, ver = 0, tables = 0, rc;

	fresh = stat(path, &sb) == -1 && errno == ENOENT;
	if (fresh && progress_mkdirs(path) == -1) {
		*cause = xprintf("%s: cannot make its folder: %s", path,
		    strerror(errno));
		return (NULL);
	}
	p = xcalloc(1, sizeof *p);
	p->path = xstrdup(path);
	if (sqlite3_open_v2(path, &p->db, SQLITE_OPEN_READWRITE |
	    (fresh ? SQLITE_OPEN_CREATE : 0), NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", path, sqlite3_errmsg(p->db));
		goto fail;
	}
	/* Another snipquiz may be writing: wait for it rather than fail. */
	sqlite3_busy_timeout(p->db, 10000);
	/*
	 * Look and, for a new file, build under one write lock: a second
	 * snipquiz starting at the same moment must see either nothing or
	 * the whole schema. Refusing rolls back, so a foreign file is left
	 * as it was.
	 */
	if (sqlite3_exec(p->db, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL) != SQLITE_OK ||
	    progress_int(p->db, "PRAGMA application_id", &app) == -1) {
		*cause = xprintf("%s is not a progress database (%s): snipquiz"
		    " leaves it alone; give another file with --db",
		    path, sqlite3_errmsg(p->db));
		goto fail;
	}
	progress_int(p->db, "PRAGMA user_version", &ver);
	progress_int(p->db, "SELECT count(*) FROM sqlite_schema", &tables);
	if ((app != PROGRESS_APP_ID || ver != PROGRESS_VERSION) &&
	    !(app == 0 && tables == 0)) {
		*cause = xprintf("%s is not a snipquiz progress database"
		    " (application id %#x, version %d): snipquiz leaves it"
		    " alone; give another file with --db", path, app, ver);
		goto fail;
	}
	if (tables != 0) {
		check = progress_text(p->db, "PRAGMA quick_check");
		if (check == NULL || strcmp(check, "ok") != 0) {
			*cause = xprintf("%s is damaged (%s): snipquiz leaves it"
			    " alone; move it away to start afresh", path,
			    check ? check : sqlite3_errmsg(p->db));
			free(check);
			goto fail;
		}
		free(check);
	} else {
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
	    sqlite3_exec(p->db, "PRAGMA journal_mode=WAL", NULL, NULL,
	    NULL) != SQLITE_OK)
		goto sqlfail;
	return (p);
sqlfail:
	*cause = xprintf("%s: %s", path, sqlite3_errmsg(p->db));
fail:
	if (p->db != NULL)
		sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	progress_close(p);
	return (NULL);
}

int
progress_exam_record(struct progress *p, const char *exam, double now,
    int seconds, int right, int total, int passed, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(p->db, "INSERT INTO exam (at, exam, seconds,"
	    " right, total, passed) VALUES (?, ?, ?, ?, ?, ?)", -1, &st,
	    NULL) != SQLITE_OK) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
		return (-1);
	}
	sqlite3_bind_double(st, 1, now);
	sqlite3_bind_text(st, 2, exam, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, seconds);
	sqlite3_bind_int(st, 4, right);
	sqlite3_bind_int(st, 5, total);
	sqlite3_bind_int(st, 6, passed);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
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
		(*out)[*n].right = sqlite3_column_int(st, 3);
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
	fsrs_review(&c, a->correct, now);
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
	if (*cause == NULL)
		*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
	sqlite3_finalize(st);
	sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
	return (-1);
out:
	*cause = xprintf("%s: %s", p->path, sqlite3_errmsg(p->db));
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
