/*
 * filter.h: which items a check looks at: a regex on FILE#ID, one
 * objective, one shard of a stable split, files changed since a git
 * revision. Items left out are neither run nor counted.
 */
#ifndef SQ_FILTER_H
#define SQ_FILTER_H

#include "bank.h"

struct filter;

/* A filter that takes everything; free with filter_free. */
struct filter	*filter_new(void);
void		 filter_free(struct filter *);
/* Only items whose FILE#ID matches re (PCRE2). 0, or -1 with *cause. */
int		 filter_set_regex(struct filter *, const char *re, char **cause);
/* Only items of this objective ("PCEP-30-02 1.4"). */
void		 filter_set_objective(struct filter *, const char *);
/* Only shard K of N ("K/N", 1 <= K <= N). 0, or -1 with *cause. */
int		 filter_set_shard(struct filter *, const char *spec, char **cause);
/*
 * Only files changed since rev (committed since, staged, modified, or
 * untracked) in the git work tree that holds the paths checked, which
 * filter_prepare finds. Always 0 (cause: for the option table).
 */
int		 filter_set_changed(struct filter *, const char *rev,
		     char **cause);
/*
 * What needs the paths to check (as named, before folders are searched):
 * with --changed-since, the files changed in the one work tree that
 * holds them all, whatever the current directory. 0 (also when nothing
 * is asked, or no path names anything), or -1 with *cause: a path in no
 * work tree, paths in two, an unknown revision.
 */
int		 filter_prepare(struct filter *, char **paths, int npaths,
		     char **cause);
/* Is the file at path looked at (--changed-since)? 1 or 0. */
int		 filter_file(const struct filter *, const char *path);
/* Is this item of the bank at path looked at? 1 or 0. */
int		 filter_item(const struct filter *, const char *path,
		     const struct bank_item *);
/*
 * Can the filter rightly leave nothing (no file changed, a shard with no
 * item), so that an empty check is no mistake? 1 or 0.
 */
int		 filter_may_be_empty(const struct filter *);
/* Does this shard report a parse error at path:line? 1 or 0. */
int		 filter_error(const struct filter *, const char *path, int line);

#endif
