/** GitHub (and GitHub Enterprise): the calls of workflow.ts in GitHub's REST API, with a fine-grained token (contents and pull requests: write). */
import { encodePath, hostClient, readContentsFile, toBase64, type Fetch } from './http.ts';
import { workflowStore, type HostOperations, type WorkflowSettings } from './workflow.ts';

export interface GitHubSettings extends WorkflowSettings {
  repo: string;
  token: string;
  /** https://api.github.com, or a GitHub Enterprise API root. */
  apiRoot?: string;
  fetch?: Fetch;
}

export function gitHubOperations(settings: GitHubSettings): HostOperations {
  const client = hostClient(settings.apiRoot ?? 'https://api.github.com', `Bearer ${settings.token}`, settings.fetch);
  const repo = `/repos/${settings.repo}`;
  return {
    readFile: (path, branch) => readContentsFile(client, repo, path, branch),
    async branchExists(branch) {
      return (await client.call('GET', `${repo}/git/ref/heads/${encodePath(branch)}`, undefined, { allowMissing: true })) !== undefined;
    },
    async commitOnNewBranch({ base, branch, path, text, message, sha }) {
      const head = await client.call<{ object: { sha: string } }>('GET', `${repo}/git/ref/heads/${encodePath(base)}`);
      await client.call('POST', `${repo}/git/refs`, { ref: `refs/heads/${branch}`, sha: head!.object.sha });
      await client.call('PUT', `${repo}/contents/${encodePath(path)}`, { message, content: toBase64(text), branch, ...(sha ? { sha } : {}) });
    },
    async openRequest({ base, branch, title, body, label }) {
      const pull = await client.call<{ number: number; html_url: string }>('POST', `${repo}/pulls`, { title, body, head: branch, base });
      await client.call('POST', `${repo}/issues/${pull!.number}/labels`, { labels: [label] });
      return pull!.html_url;
    },
  };
}

export const gitHubStore = (settings: GitHubSettings) => workflowStore(gitHubOperations(settings), settings);
