/**
 * Gitea and Forgejo: the calls of workflow.ts in Gitea's REST API v1, with an
 * access token (repository: read and write). Decap's Gitea backend has no
 * editorial workflow, so the redactie reviews these pull requests in Gitea;
 * they carry the same branch and label as on GitHub and GitLab.
 */
import { encodePath, hostClient, readContentsFile, toBase64, type Fetch } from './http.ts';
import { workflowStore, type HostOperations, type WorkflowSettings } from './workflow.ts';

export interface GiteaSettings extends WorkflowSettings {
  repo: string;
  token: string;
  /** The API root, e.g. https://git.example.nl/api/v1 (site config `cms.apiRoot`). */
  apiRoot: string;
  fetch?: Fetch;
}

/** The colour a new label gets: the site's primary colour in the sample config. */
const labelColour = '#0b5e6b';

export function giteaOperations(settings: GiteaSettings): HostOperations {
  const client = hostClient(settings.apiRoot, `token ${settings.token}`, settings.fetch);
  const repo = `/repos/${settings.repo}`;

  /** Gitea labels a pull request by id: find the label, or make it. */
  async function labelId(name: string): Promise<number> {
    const labels = (await client.call<Array<{ id: number; name: string }>>('GET', `${repo}/labels?limit=100`)) ?? [];
    const found = labels.find((label) => label.name === name);
    if (found) return found.id;
    const made = await client.call<{ id: number }>('POST', `${repo}/labels`, { name, color: labelColour });
    return made!.id;
  }

  return {
    readFile: (path, branch) => readContentsFile(client, repo, path, branch),
    async branchExists(branch) {
      return (await client.call('GET', `${repo}/branches/${encodeURIComponent(branch)}`, undefined, { allowMissing: true })) !== undefined;
    },
    async commitOnNewBranch({ base, branch, path, text, message, sha }) {
      // Writing a file with `new_branch` makes the branch from `branch` in the same call.
      await client.call(sha ? 'PUT' : 'POST', `${repo}/contents/${encodePath(path)}`, {
        content: toBase64(text),
        message,
        branch: base,
        new_branch: branch,
        ...(sha ? { sha } : {}),
      });
    },
    async openRequest({ base, branch, title, body, label }) {
      const pull = await client.call<{ html_url: string }>('POST', `${repo}/pulls`, { title, body, head: branch, base, labels: [await labelId(label)] });
      return pull!.html_url;
    },
  };
}

export const giteaStore = (settings: GiteaSettings) => workflowStore(giteaOperations(settings), settings);
