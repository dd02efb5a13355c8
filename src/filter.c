/*
 * filter.c: choosing the items a check runs.
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <git2.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "filter.h"
#include "repo.h"
#include "util.h"

struct filter {
	pcre2_code	 *re;
	pcre2_match_data *md;		/* for re, made once */
	char		 *objective;
	unsigned long	  shard, nshards;	/* 0 of 1: no sharding */
	int		  changed_only;
	char		 *rev;			/* --changed-since */
	char		**changed;		/* real paths */
	size_t		  nchanged;
};

struct filter *
filter_new(void)
{
	struct filter	*f = xcalloc(1, sizeof *f);

	f->nshards = 1;
	return (f);
}

void
filter_free(struct filter *f)
{
	size_t	 i;

	if (f == NULL)
		return;
	pcre2_match_data_free(f->md);
	pcre2_code_free(f->re);
	free(f->objective);
	free(f->rev);
	for (i = 0; i < f->nchanged; i++)
		free(f->changed[i]);
	free(f->changed);
	free(f);
}

int
filter_set_regex(struct filter *f, const char *re, char **cause)
{
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 off;
	int		 err;

	pcre2_code_free(f->re);
	f->re = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, 0, &err,
	    &off, NULL);
	if (f->re == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		*cause = xprintf("--filter: %s at offset %zu of '%s'", msg,
		    (size_t)off, re);
		return (-1);
	}
	pcre2_match_data_free(f->md);
	f->md = pcre2_match_data_create_from_pattern(f->re, NULL);
	return (0);
}

void
filter_set_objective(struct filter *f, const char *objective)
{
	free(f->objective);
	f->objective = xstrdup(objective);
}

int
filter_set_shard(struct filter *f, const char *spec, char **cause)
{
	char		*end;
	unsigned long	 k, n;

	k = strtoul(spec, &end, 10);
	if (end == spec || *end != '/' || spec[0] == '-')
		goto bad;
	n = strtoul(end + 1, &end, 10);
	if (*end != '\0' || k < 1 || n < 1 || k > n || n > 10000)
		goto bad;
	f->shard = k - 1;
	f->nshards = n;
	return (0);
bad:
	*cause = xprintf("--shard wants K/N with 1 <= K <= N (e.g. 2/4), not"
	    " '%s'", spec);
	return (-1);
}

static int
filter_in_shard(const struct filter *f, const char *key)
{
	/* util_hash: the same split on every machine and in every run. */
	return (util_hash(key) % f->nshards == f->shard);
}

/* Add path (relative to the work tree workdir) to the changed files. */
static void
filter_add_changed(struct filter *f, const char *workdir, const char *path)
{
	char	*full, real[PATH_MAX];

	full = xprintf("%s%s", workdir, path);
	if (realpath(full, real) != NULL) {
		f->changed = xreallocarray(f->changed, f->nchanged + 1,
		    sizeof *f->changed);
		f->changed[f->nchanged++] = xstrdup(real);
	}
	free(full);
}

static char *
filter_git_error(const char *what)
{
	const git_error	*e = git_error_last();

	return (xprintf("%s: %s", what, e != NULL && e->message != NULL ?
	    e->message : "libgit2 failed"));
}

int
filter_set_changed(struct filter *f, const char *rev, char **cause)
{
	(void)cause;	/* the repository is known with the paths */
	free(f->rev);
	f->rev = xstrdup(rev);
	f->changed_only = 1;
	return (0);
}

/*
 * The root of the one work tree that holds the paths, in *root (NULL
 * when no path names anything: bank_collect says so). 0, or -1 with
 * *cause naming the path in no work tree or in another one.
 */
static int
filter_repo_root(char **paths, int npaths, char **root, char **cause)
{
	struct stat	 st;
	const char	*first = NULL;
	char		*r;
	int		 k, rc;

	*root = NULL;
	for (k = 0; k < npaths; k++) {
		if ((rc = repo_root(paths[k], &r, cause)) == -1)
			goto fail;
		if (rc == 0 && stat(paths[k], &st) == -1)
			continue;
		if (rc == 0) {
			*cause = xprintf("--changed-since: %s is in no git work"
			    " tree", paths[k]);
			goto fail;
		}
		if (*root == NULL) {
			*root = r;
			first = paths[k];
		} else if (strcmp(*root, r) != 0) {
			*cause = xprintf("--changed-since: %s is in the git"
			    " work tree %s, %s in %s: check one repository at"
			    " a time", paths[k], r, first, *root);
			free(r);
			goto fail;
		} else
			free(r);
	}
	return (0);
fail:
	free(*root);
	*root = NULL;
	return (-1);
}

int
filter_prepare(struct filter *f, char **paths, int npaths, char **cause)
{
	git_repository		*repo = NULL;
	git_object		*obj = NULL;
	git_tree		*tree = NULL;
	git_diff		*diff = NULL;
	git_diff_options	 dopts;
	const git_diff_delta	*d;
	const char		*workdir;
	char			*root;
	size_t			 i;
	int			 rc = -1;

	if (f->rev == NULL)
		return (0);
	if (filter_repo_root(paths, npaths, &root, cause) == -1)
		return (-1);
	if (root == NULL)
		return (0);
	git_libgit2_init();
	if (git_repository_open_ext(&repo, root,
	    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) != 0 ||
	    (workdir = git_repository_workdir(repo)) == NULL) {
		*cause = filter_git_error("--changed-since");
		goto out;
	}
	if (git_revparse_single(&obj, repo, f->rev) != 0) {
		*cause = filter_git_error("--changed-since");
		goto out;
	}
	if (git_object_peel((git_object **)&tree, obj, GIT_OBJECT_TREE) != 0) {
		*cause = filter_git_error("--changed-since");
		goto out;
	}
	git_diff_options_init(&dopts, GIT_DIFF_OPTIONS_VERSION);
	/* New files count as changed: a bank just written is checked too. */
	dopts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS;
	if (git_diff_tree_to_workdir_with_index(&diff, repo, tree,
	    &dopts) != 0) {
		*cause = filter_git_error("--changed-since");
		goto out;
	}
	for (i = 0; i < git_diff_num_deltas(diff); i++) {
		d = git_diff_get_delta(diff, i);
		if (d->status != GIT_DELTA_DELETED)
			filter_add_changed(f, workdir, d->new_file.path);
	}
	rc = 0;
out:
	git_diff_free(diff);
	git_tree_free(tree);
	git_object_free(obj);
	git_repository_free(repo);
	free(root);
	return (rc);
}

int
filter_file(const struct filter *f, const char *path)
{
	char	 real[PATH_MAX];
	size_t	 i;

	if (!f->changed_only)
		return (1);
	if (realpath(path, real) == NULL)
		return (0);
	for (i = 0; i < f->nchanged; i++) {
		if (strcmp(f->changed[i], real) == 0)
			return (1);
	}
	return (0);
}

int
filter_item(const struct filter *f, const char *path,
    const struct bank_item *it)
{
	char	*key;
	int	 ok = 1;

	if (f->objective != NULL && (it->objective == NULL ||
	    strcmp(it->objective, f->objective) != 0))
		return (0);
	key = xprintf("%s#%s", path, it->id);
	if (f->re != NULL)
		ok = pcre2_match(f->re, (PCRE2_SPTR)key, strlen(key), 0, 0,
		    f->md, NULL) >= 0;
	if (ok && f->nshards > 1)
		ok = filter_in_shard(f, key);
	free(key);
	return (ok);
}

int
filter_error(const struct filter *f, const char *path, int line)
{
	char	*key;
	int	 ok;

	if (f->nshards <= 1)
		return (1);
	key = xprintf("%s:%d", path, line);
	ok = filter_in_shard(f, key);
	free(key);
	return (ok);
}

int
filter_may_be_empty(const struct filter *f)
{
	return (f->changed_only || f->nshards > 1);
}
