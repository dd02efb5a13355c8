/*
 * diff.c: unified diffs through libgit2's xdiff, rather than a diff of
 * our own: it is git's diff, which bank authors read every day.
 */
#include "config.h"

#include <git2.h>
#include <string.h>

#include "diff.h"
#include "util.h"

static void
diff_init(void)
{
	static int	 done;

	if (!done) {
		git_libgit2_init();
		done = 1;
	}
}

struct diff_ctx {
	struct buf	*out;
};

static int
diff_line(const git_diff_delta *delta, const git_diff_hunk *hunk,
    const git_diff_line *line, void *payload)
{
	struct diff_ctx	*ctx = payload;

	(void)delta;
	(void)hunk;
	switch (line->origin) {
	case GIT_DIFF_LINE_HUNK_HDR:
	case GIT_DIFF_LINE_CONTEXT:
	case GIT_DIFF_LINE_ADDITION:
	case GIT_DIFF_LINE_DELETION:
		if (line->origin != GIT_DIFF_LINE_HUNK_HDR)
			buf_addc(ctx->out, line->origin);
		buf_add(ctx->out, line->content, line->content_len);
		break;
	case GIT_DIFF_LINE_CONTEXT_EOFNL:
	case GIT_DIFF_LINE_ADD_EOFNL:
	case GIT_DIFF_LINE_DEL_EOFNL:
		buf_adds(ctx->out, "\\ No newline at end of file\n");
		break;
	default:
		/* file headers: we write our own */
		break;
	}
	return (0);
}

char *
diff_unified(const char *a, size_t alen, const char *b, size_t blen,
    const char *a_name, const char *b_name)
{
	git_diff_options	 opts;
	git_patch		*patch = NULL;
	struct buf		 out, body;
	struct diff_ctx		 ctx;

	diff_init();
	buf_init(&out);
	buf_init(&body);
	if (alen == blen && memcmp(a, b, alen) == 0)
		return (buf_detach(&out, NULL));
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 3;
	opts.flags |= GIT_DIFF_FORCE_TEXT;
	if (git_patch_from_buffers(&patch, a, alen, a_name, b, blen, b_name,
	    &opts) != 0)
		fatalx("diff: %s", git_error_last() ? git_error_last()->message :
		    "libgit2 failed");
	ctx.out = &body;
	if (git_patch_print(patch, diff_line, &ctx) != 0)
		fatalx("diff: cannot print the patch");
	git_patch_free(patch);
	buf_addf(&out, "--- %s\n+++ %s\n", a_name, b_name);
	if (body.len != 0)
		buf_add(&out, body.data, body.len);
	buf_free(&body);
	return (buf_detach(&out, NULL));
}
