/** The hidden line that marks envguard's one comment on a pull request, so later runs update it. */
const COMMENT_MARKER = "<!-- envguard:sticky-comment -->";

/** GitHub's limit on a comment body is 65,536 characters. */
const MAX_COMMENT_CHARS = 60_000;

export interface CommentTarget {
  token: string;
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome =
  | { status: "created" | "updated"; url: string | undefined }
  | { status: "skipped"; reason: string }
  | { status: "failed"; reason: string };

/** The comment as posted: the marker first, then the body cut to GitHub's limit. */
function commentBody(markdown: string): string {
  const body =
    markdown.length > MAX_COMMENT_CHARS
      ? `${markdown.slice(0, MAX_COMMENT_CHARS)}\n\n… cut here; the job summary has the rest.\n`
      : markdown;
  return `${COMMENT_MARKER}\n${body}`;
}

/**
 * Creates envguard's comment on the pull request, or updates it in place (found by its marker).
 * `createIfMissing: false` only updates one that exists (a passing run clears an old failure).
 * Never throws: a fork's read-only token or a 403 is an outcome for the caller to warn about.
 */
export async function upsertComment(
  target: CommentTarget,
  markdown: string,
  options: { createIfMissing: boolean },
): Promise<CommentOutcome> {
  try {
    // Loaded only when a comment is wanted: a run without one never loads octokit.
    const { getOctokit } = await import("@actions/github");
    const octokit = getOctokit(target.token);
    const where = { owner: target.owner, repo: target.repo };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      issue_number: target.number,
      per_page: 100,
    });
    const mine = comments.find((c) => typeof c.body === "string" && c.body.startsWith(COMMENT_MARKER));
    const body = commentBody(markdown);
    if (mine) {
      const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
      return { status: "updated", url: updated.data.html_url };
    }
    if (!options.createIfMissing) return { status: "skipped", reason: "no earlier comment to update" };
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body });
    return { status: "created", url: created.data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const reason =
      status === 403 || status === 404
        ? `GitHub answered ${status}: the token cannot write comments here (a fork's pull request, or the workflow lacks \`permissions: pull-requests: write\`)`
        : `the comment could not be written (${status ? `HTTP ${status}` : error instanceof Error ? error.message.split("\n")[0] : "error"})`;
    return { status: "failed", reason };
  }
}
