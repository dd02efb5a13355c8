/*
 * repo.c: the git work tree around a path.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <git2.h>

#include "repo.h"
#include "util.h"

/* The folder to search from: path's own, or its folder's (real paths). */
static char *
repo_start(const char *path)
{
	struct stat	 st;
	char		*real, *slash;

	if ((real = realpath(path, NULL)) == NULL)
		return (NULL);
	if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode) &&
	    (slash = strrchr(real, '/')) != NULL) {
		if (slash == real)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
	return (real);
}

int
repo_root(const char *path, char **root, char **cause)
{
	git_repository	*repo = NULL;
	const git_error	*e;
	const char	*workdir;
	char		*start, *real;
	int		 rc;

	*root = NULL;
	if ((start = repo_start(path)) == NULL)
		return (0);
	git_libgit2_init();
	/* Searched upwards as git does, not across file systems. */
	rc = git_repository_open_ext(&repo, start, 0, NULL);
	free(start);
	if (rc == GIT_ENOTFOUND)
		return (0);
	if (rc != 0) {
		e = git_error_last();
		*cause = xprintf("%s: %s", path, e != NULL && e->message !=
		    NULL ? e->message : "libgit2 failed");
		return (-1);
	}
	/* A bare repository holds no files to name. */
	if ((workdir = git_repository_workdir(repo)) == NULL ||
	    (real = realpath(workdir, NULL)) == NULL) {
		git_repository_free(repo);
		return (0);
	}
	git_repository_free(repo);
	*root = real;
	return (1);
}

char *
repo_relative(const char *path)
{
	char	*root, *real, *cause = NULL, *rel = NULL;
	size_t	 len;

	if (repo_root(path, &root, &cause) != 1) {
		free(cause);
		return (NULL);
	}
	len = strlen(root);
	if ((real = realpath(path, NULL)) == NULL)
		;
	else if (strcmp(root, "/") == 0)
		rel = xstrdup(real + 1);
	else if (strncmp(real, root, len) == 0 && real[len] == '/')
		rel = xstrdup(real + len + 1);
	free(real);
	free(root);
	return (rel);
}
