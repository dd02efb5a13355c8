/*
 * syllabus.c: load data/syllabus.json with jansson.
 */
#include "config.h"

#include <dirent.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "syllabus.h"
#include "util.h"

/* A string member, copied; NULL when absent and optional. */
static int
syl_str(json_t *o, const char *key, int optional, char **out, char **cause,
    const char *where)
{
	json_t	*v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL && optional)
		return (0);
	if (!json_is_string(v)) {
		*cause = xprintf("%s: '%s' must be a string", where, key);
		return (-1);
	}
	*out = xstrdup(json_string_value(v));
	return (0);
}

static int
syl_int(json_t *o, const char *key, int *out, char **cause, const char *where)
{
	json_t	*v = json_object_get(o, key);

	if (!json_is_integer(v)) {
		*cause = xprintf("%s: '%s' must be a whole number", where, key);
		return (-1);
	}
	*out = (int)json_integer_value(v);
	return (0);
}

/* An objective's "topics": its sub-bullets, a list of strings. */
/*
 * An objective's "not_runnable_topics": {"sub-bullet": "why no run shows
 * it"}, naming its own sub-bullets.
 */
static int
syl_topic_reasons(json_t *jo, struct syl_objective *o, char **cause,
    const char *where)
{
	json_t		*t = json_object_get(jo, "not_runnable_topics"), *v;
	const char	*k;
	size_t		 i;

	o->topic_reasons = xcalloc(o->ntopics + 1, sizeof *o->topic_reasons);
	if (t == NULL)
		return (0);
	if (!json_is_object(t)) {
		*cause = xprintf("%s %s: 'not_runnable_topics' must map"
		    " sub-bullets to reasons", where, o->id);
		return (-1);
	}
	json_object_foreach(t, k, v) {
		for (i = 0; i < o->ntopics; i++) {
			if (strcmp(o->topics[i], k) == 0)
				break;
		}
		if (i == o->ntopics || !json_is_string(v)) {
			*cause = xprintf("%s %s: 'not_runnable_topics': '%s' is"
			    " not one of its topics, with a reason", where,
			    o->id, k);
			return (-1);
		}
		o->topic_reasons[i] = xstrdup(json_string_value(v));
	}
	return (0);
}

static int
syl_topics(json_t *jo, struct syl_objective *o, char **cause,
    const char *where)
{
	json_t	*t = json_object_get(jo, "topics"), *v;
	size_t	 i;

	if (t == NULL)
		return (syl_topic_reasons(jo, o, cause, where));
	if (!json_is_array(t) || json_array_size(t) > SYL_MAX_TOPICS) {
		*cause = xprintf("%s %s: 'topics' must be a list of at most %d"
		    " strings", where, o->id, SYL_MAX_TOPICS);
		return (-1);
	}
	o->topics = xcalloc(json_array_size(t) + 1, sizeof *o->topics);
	json_array_foreach(t, i, v) {
		if (!json_is_string(v)) {
			*cause = xprintf("%s %s: 'topics' must be a list of"
			    " strings", where, o->id);
			return (-1);
		}
		o->topics[o->ntopics++] = xstrdup(json_string_value(v));
	}
	return (syl_topic_reasons(jo, o, cause, where));
}

static int
syl_objective(json_t *jo, struct syl_objective *o, struct syl_section *s,
    char **cause)
{
	char	*where;
	json_t	*r;
	int	 rc = -1;

	o->section = s;
	where = xprintf("%s section %s", s->exam->id, s->id);
	if (syl_str(jo, "id", 0, &o->id, cause, where) == -1 ||
	    syl_str(jo, "title", 0, &o->title, cause, where) == -1 ||
	    syl_str(jo, "reason", 1, &o->reason, cause, where) == -1)
		goto out;
	if (syl_topics(jo, o, cause, where) == -1)
		goto out;
	r = json_object_get(jo, "runnable");
	o->runnable = r == NULL || json_is_true(r);
	if (!o->runnable && o->reason == NULL) {
		*cause = xprintf("%s %s: a non-runnable objective needs a"
		    " reason", s->exam->id, o->id);
		goto out;
	}
	rc = 0;
out:
	free(where);
	return (rc);
}

static int
syl_section(json_t *js, struct syl_section *s, struct syl_exam *e,
    char **cause)
{
	json_t	*objs;
	char	*where;
	size_t	 i;
	int	 rc = -1;

	s->exam = e;
	where = xprintf("exam %s", e->id);
	if (syl_str(js, "id", 0, &s->id, cause, where) == -1 ||
	    syl_str(js, "title", 0, &s->title, cause, where) == -1 ||
	    syl_int(js, "items", &s->items, cause, where) == -1 ||
	    syl_int(js, "weight", &s->weight, cause, where) == -1)
		goto out;
	objs = json_object_get(js, "objectives");
	if (!json_is_array(objs)) {
		*cause = xprintf("%s section %s: 'objectives' must be a list",
		    e->id, s->id);
		goto out;
	}
	s->nobjectives = json_array_size(objs);
	s->objectives = xcalloc(s->nobjectives ? s->nobjectives : 1,
	    sizeof *s->objectives);
	for (i = 0; i < s->nobjectives; i++) {
		if (syl_objective(json_array_get(objs, i), &s->objectives[i], s,
		    cause) == -1)
			goto out;
	}
	rc = 0;
out:
	free(where);
	return (rc);
}

static int
syl_exam(json_t *je, struct syl_exam *e, char **cause)
{
	json_t	*secs;
	char	*status = NULL;
	size_t	 i;

	if (syl_str(je, "id", 0, &e->id, cause, "an exam") == -1 ||
	    syl_str(je, "name", 0, &e->name, cause, e->id) == -1 ||
	    syl_str(je, "status", 1, &status, cause, e->id) == -1 ||
	    syl_str(je, "note", 1, &e->note, cause, e->id) == -1 ||
	    syl_int(je, "items", &e->items, cause, e->id) == -1 ||
	    syl_int(je, "minutes", &e->minutes, cause, e->id) == -1 ||
	    syl_int(je, "pass_percent", &e->pass_percent, cause, e->id) == -1) {
		free(status);
		return (-1);
	}
	e->draft = status != NULL && strcmp(status, "draft") == 0;
	free(status);
	secs = json_object_get(je, "sections");
	if (!json_is_array(secs)) {
		*cause = xprintf("%s: 'sections' must be a list", e->id);
		return (-1);
	}
	e->nsections = json_array_size(secs);
	e->sections = xcalloc(e->nsections ? e->nsections : 1,
	    sizeof *e->sections);
	for (i = 0; i < e->nsections; i++) {
		if (syl_section(json_array_get(secs, i), &e->sections[i], e,
		    cause) == -1)
			return (-1);
	}
	return (0);
}

/* A file's "retag": {"OLD-EXAM N.M": "NEW-EXAM N.M", ...}. */
static int
syl_retags(json_t *root, struct syllabus *syl, char **cause)
{
	json_t		*r = json_object_get(root, "retag"), *v;
	const char	*k;

	if (r == NULL)
		return (0);
	if (!json_is_object(r)) {
		*cause = xstrdup("'retag' must map objectives to objectives");
		return (-1);
	}
	json_object_foreach(r, k, v) {
		if (!json_is_string(v) || strchr(k, ' ') == NULL ||
		    strchr(json_string_value(v), ' ') == NULL) {
			*cause = xprintf("retag: '%s' must map an 'EXAM N.M' to"
			    " an 'EXAM N.M'", k);
			return (-1);
		}
		syl->retags = xreallocarray(syl->retags, syl->nretags + 1,
		    sizeof *syl->retags);
		syl->retags[syl->nretags].from = xstrdup(k);
		syl->retags[syl->nretags++].to = xstrdup(json_string_value(v));
	}
	return (0);
}

struct syllabus *
syllabus_load(const char *path, char **cause)
{
	struct syllabus	*syl;
	json_error_t	 err;
	json_t		*root, *exams;
	char		*inner = NULL;
	size_t		 i;

	if ((root = json_load_file(path, 0, &err)) == NULL) {
		*cause = xprintf("%s:%d: %s", path, err.line, err.text);
		return (NULL);
	}
	syl = xcalloc(1, sizeof *syl);
	/* A file of retags alone (a mapping file) has no exams. */
	exams = json_object_get(root, "exams");
	if (exams == NULL && json_object_get(root, "retag") != NULL)
		exams = json_array();
	else
		json_incref(exams);
	if (!json_is_array(exams)) {
		inner = xstrdup("'exams' must be a list");
		json_decref(exams);
		goto fail;
	}
	syl->nexams = json_array_size(exams);
	syl->exams = xcalloc(syl->nexams ? syl->nexams : 1, sizeof *syl->exams);
	for (i = 0; i < syl->nexams; i++) {
		if (syl_exam(json_array_get(exams, i), &syl->exams[i],
		    &inner) == -1) {
			json_decref(exams);
			goto fail;
		}
	}
	json_decref(exams);
	if (syl_retags(root, syl, &inner) == -1)
		goto fail;
	json_decref(root);
	return (syl);
fail:
	*cause = xprintf("%s: %s", path, inner);
	free(inner);
	json_decref(root);
	syllabus_free(syl);
	return (NULL);
}

/* The --syllabus files, in the order given. */
static char	**syl_paths;
static size_t	  syl_npaths;

void
syllabus_add_path(const char *path)
{
	syl_paths = xreallocarray(syl_paths, syl_npaths + 1,
	    sizeof *syl_paths);
	syl_paths[syl_npaths++] = xstrdup(path);
}

/* Free an exam's contents (not the exam itself). */
static void
syl_exam_clear(struct syl_exam *e)
{
	struct syl_section	*s;
	size_t			 j, k, t;

	for (j = 0; e->sections != NULL && j < e->nsections; j++) {
		s = &e->sections[j];
		for (k = 0; s->objectives != NULL && k < s->nobjectives; k++) {
			free(s->objectives[k].id);
			free(s->objectives[k].title);
			free(s->objectives[k].reason);
			for (t = 0; t < s->objectives[k].ntopics; t++) {
				free(s->objectives[k].topics[t]);
				if (s->objectives[k].topic_reasons != NULL)
					free(s->objectives[k].topic_reasons[t]);
			}
			free(s->objectives[k].topics);
			free(s->objectives[k].topic_reasons);
		}
		free(s->objectives);
		free(s->id);
		free(s->title);
	}
	free(e->sections);
	free(e->id);
	free(e->name);
	free(e->note);
}

/*
 * Move more's exams and retags into syl: an exam of a known id replaces
 * it. The back pointers (section -> exam) are set again, as the exams
 * move in memory.
 */
static void
syl_merge(struct syllabus *syl, struct syllabus *more)
{
	struct syl_exam	*e;
	size_t		 i, j, k;

	for (i = 0; i < more->nexams; i++) {
		for (j = 0; j < syl->nexams; j++) {
			if (strcmp(syl->exams[j].id, more->exams[i].id) == 0)
				break;
		}
		if (j == syl->nexams)
			syl->exams = xreallocarray(syl->exams, ++syl->nexams,
			    sizeof *syl->exams);
		else
			syl_exam_clear(&syl->exams[j]);
		syl->exams[j] = more->exams[i];
	}
	for (i = 0; i < syl->nexams; i++) {
		e = &syl->exams[i];
		for (j = 0; j < e->nsections; j++) {
			e->sections[j].exam = e;
			for (k = 0; k < e->sections[j].nobjectives; k++)
				e->sections[j].objectives[k].section =
				    &e->sections[j];
		}
	}
	syl->retags = xreallocarray(syl->retags, syl->nretags +
	    more->nretags + 1, sizeof *syl->retags);
	memcpy(syl->retags + syl->nretags, more->retags, more->nretags *
	    sizeof *more->retags);
	syl->nretags += more->nretags;
	free(more->exams);
	free(more->retags);
	free(more);
}

static int
syl_name_cmp(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* The *.json files of the user's syllabi folder, sorted; maybe none. */
static void
syl_user_files(char ***files, size_t *n)
{
	char		*dir;
	DIR		*d;
	struct dirent	*de;
	size_t		 len;

	*files = NULL;
	*n = 0;
	dir = util_xdg_path("XDG_DATA_HOME", ".local/share",
	    "snipquiz/syllabi");
	if (dir == NULL)
		return;
	if ((d = opendir(dir)) == NULL) {
		free(dir);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 6 ||
		    strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		*files = xreallocarray(*files, *n + 1, sizeof **files);
		(*files)[(*n)++] = xprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	free(dir);
	if (*n > 0)
		qsort(*files, *n, sizeof **files, syl_name_cmp);
}

struct syllabus *
syllabus_default(char **cause)
{
	struct syllabus	*syl, *more;
	char		*path, **files;
	size_t		 nfiles, i, k;

	path = xprintf("%s/data/syllabus.json", util_datadir());
	syl = syllabus_load(path, cause);
	free(path);
	if (syl == NULL)
		return (NULL);
	syl_user_files(&files, &nfiles);
	for (i = 0; i < nfiles + syl_npaths; i++) {
		path = i < nfiles ? files[i] : syl_paths[i - nfiles];
		if ((more = syllabus_load(path, cause)) == NULL) {
			syllabus_free(syl);
			syl = NULL;
			break;
		}
		syl_merge(syl, more);
	}
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	/* A retag must land on an objective the syllabus has. */
	for (k = 0; syl != NULL && k < syl->nretags; k++) {
		if (syllabus_objective(syl, syl->retags[k].to) == NULL) {
			*cause = xprintf("retag: '%s' maps to '%s', which no"
			    " syllabus has", syl->retags[k].from,
			    syl->retags[k].to);
			syllabus_free(syl);
			syl = NULL;
		}
	}
	return (syl);
}

const char *
syllabus_retag(const struct syllabus *syl, const char *objective,
    const char *exam)
{
	size_t	 i, n = strlen(exam);

	if (objective == NULL)
		return (NULL);
	if (strncmp(objective, exam, n) == 0 && objective[n] == ' ')
		return (objective);
	for (i = 0; i < syl->nretags; i++) {
		if (strcmp(syl->retags[i].from, objective) == 0 &&
		    strncmp(syl->retags[i].to, exam, n) == 0 &&
		    syl->retags[i].to[n] == ' ')
			return (syl->retags[i].to);
	}
	return (NULL);
}

void
syllabus_free(struct syllabus *syl)
{
	size_t	 i;

	if (syl == NULL)
		return;
	for (i = 0; i < syl->nexams; i++)
		syl_exam_clear(&syl->exams[i]);
	for (i = 0; i < syl->nretags; i++) {
		free(syl->retags[i].from);
		free(syl->retags[i].to);
	}
	free(syl->retags);
	free(syl->exams);
	free(syl);
}

const struct syl_exam *
syllabus_exam(const struct syllabus *syl, const char *id)
{
	size_t	 i;

	for (i = 0; i < syl->nexams; i++) {
		if (syl->exams[i].id != NULL && strcmp(syl->exams[i].id, id) == 0)
			return (&syl->exams[i]);
	}
	return (NULL);
}

/* Which of o's sub-bullets start with part (n bytes), ignoring case. */
static uint64_t
syl_prefixed(const struct syl_objective *o, const char *part, size_t n,
    int whole)
{
	uint64_t	 m = 0;
	size_t		 i;

	for (i = 0; i < o->ntopics; i++) {
		if (strlen(o->topics[i]) < n || (whole &&
		    strlen(o->topics[i]) != n))
			continue;
		if (strncasecmp(o->topics[i], part, n) == 0)
			m |= (uint64_t)1 << i;
	}
	return (m);
}

int
syllabus_covers(const struct syl_objective *o, const char *value,
    uint64_t *mask, char **cause)
{
	const char	*p = value, *end, *q;
	uint64_t	 m;
	size_t		 n;

	*mask = 0;
	while (*p != '\0') {
		p += strspn(p, " \t;");
		if (*p == '\0')
			break;
		/* The longest run of parts that is one sub-bullet, whole. */
		m = 0;
		for (q = p + strlen(p); q > p && m == 0; ) {
			for (n = q - p; n > 0 && (p[n - 1] == ' ' ||
			    p[n - 1] == '\t'); n--)
				;
			if ((m = syl_prefixed(o, p, n, 1)) != 0)
				end = q;
			else {
				while (q > p && q[-1] != ';')
					q--;
				if (q > p)
					q--;
			}
		}
		if (m == 0) {
			/* Else the next part alone, as a unique prefix. */
			end = p + strcspn(p, ";");
			for (n = end - p; n > 0 && (p[n - 1] == ' ' ||
			    p[n - 1] == '\t'); n--)
				;
			m = syl_prefixed(o, p, n, 0);
			if (m == 0 || (m & (m - 1)) != 0) {
				*cause = xprintf("'%.*s' %s of %s's sub-bullets"
				    " (%s)", (int)n, p, m == 0 ? "is none" :
				    "starts several", o->id, o->ntopics == 0 ?
				    "it has none" : "'snipquiz topics"
				    " --subtopics' lists them");
				return (-1);
			}
		}
		*mask |= m;
		p = end;
	}
	return (0);
}

const struct syl_objective *
syllabus_objective(const struct syllabus *syl, const char *name)
{
	const struct syl_exam	*e;
	const char		*sp;
	char			*exam;
	size_t			 i, j;

	if ((sp = strchr(name, ' ')) == NULL)
		return (NULL);
	exam = xstrndup(name, sp - name);
	e = syllabus_exam(syl, exam);
	free(exam);
	if (e == NULL)
		return (NULL);
	for (i = 0; i < e->nsections; i++) {
		for (j = 0; j < e->sections[i].nobjectives; j++) {
			if (strcmp(e->sections[i].objectives[j].id, sp + 1) == 0)
				return (&e->sections[i].objectives[j]);
		}
	}
	return (NULL);
}
