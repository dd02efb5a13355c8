/*
 * repo.h: the git work tree a path lies in (libgit2), for what check
 * says in terms of a repository: --changed-since, --dry-run's patch.
 */
#ifndef SQ_REPO_H
#define SQ_REPO_H

/*
 * The root of the git work tree that holds path (a file: its folder; a
 * folder: itself), found upwards as git finds it, symbolic links
 * resolved. 1 with *root (the caller frees it; no trailing '/'), 0 when
 * path is in no work tree (or names nothing), -1 with *cause when
 * libgit2 fails otherwise.
 */
int	 repo_root(const char *path, char **root, char **cause);
/*
 * path relative to the root of its work tree ("banks/mine.md"), the
 * file itself rather than a symbolic link to it; NULL when path is in
 * none. Never fails otherwise; the caller frees the result.
 */
char	*repo_relative(const char *path);

#endif
