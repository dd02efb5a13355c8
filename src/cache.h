/*
 * cache.h: the result cache: runs' results kept on disk under a key that
 * names everything that decides them, so that checking an unchanged bank
 * again runs nothing.
 *
 * An entry is one file, DIR/XX/KEY (KEY: 64 hex digits of the key, XX
 * its first two), written by snipquiz alone (snippets run in the sandbox
 * and never see DIR), through a temporary file and a rename, and ending
 * with a SHA-256 of all that comes before it (the key included): a
 * damaged or altered entry is found, counted, and run again, never
 * trusted. Only results that cannot depend on the machine's load are
 * kept: ok and raised (see cache_keeps).
 */
#ifndef SQ_CACHE_H
#define SQ_CACHE_H

#include "result.h"
#include "sha256.h"

/* Entries not used for this many days are removed (cache_prune). */
#define CACHE_MAX_AGE_DAYS	30
/* An entry is at most this big (two streams of 1 MiB, by default). */
#define CACHE_MAX_ENTRY		(64UL << 20)

struct cache;

/* What a check did with the cache. */
struct cache_stats {
	long	 hits;		/* results read from it */
	long	 stored;	/* results written to it */
	long	 damaged;	/* entries found damaged or altered: rerun */
};

/*
 * $XDG_CACHE_HOME/snipquiz, or ~/.cache/snipquiz when XDG_CACHE_HOME is
 * unset, empty or relative (as the XDG base directory specification
 * says); NULL when neither it nor HOME is set. Caller frees.
 */
char		*cache_default_dir(void);
/*
 * Open (making it, mode 0700, if it is not there) the cache in dir.
 * NULL with *cause set when it cannot be made, is not a directory, or
 * is not the user's own or may be written by others (whoever writes
 * entries decides what check reports).
 */
struct cache	*cache_open(const char *dir, char **cause);
/* Close it, pruning it at most once a day (cache_prune); NULL: no-op. */
void		 cache_close(struct cache *);
/*
 * What decides a result besides the request, the same for every run of
 * an oracle: snipquiz's own build (a SHA-256 of its executable, made at
 * cache_open) is added to it. Fills digest.
 */
void		 cache_identity(struct cache *, struct sha256 *);
/* Would a result like r be kept? Only ok and raised. */
int		 cache_keeps(const struct result *r);
/*
 * Read the entry for key into *r (result_init'd first; r->cached set).
 * 1 found and sound; 0 not there, written by this process (a key is
 * read only from earlier checks, so what a check reports does not
 * depend on the order its runs finish), or damaged (counted, and left
 * to be replaced).
 */
int		 cache_get(struct cache *, const unsigned char key[SHA256_LEN],
		     struct result *r);
/* Keep r under key, if cache_keeps(r); errors are ignored (a miss). */
void		 cache_put(struct cache *, const unsigned char key[SHA256_LEN],
		     const struct result *r);
/* What this process did with the cache so far. */
const struct cache_stats *cache_stats(const struct cache *);
/*
 * Remove the entries (and temporary files) not used for max_age
 * seconds. Returns how many were removed.
 */
long		 cache_prune(struct cache *, double max_age);

#endif
