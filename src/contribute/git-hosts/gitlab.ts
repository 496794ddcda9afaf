/** GitLab (gitlab.com or self-hosted): the calls of workflow.ts in GitLab's REST API v4, with a project access token (api scope, Developer). */
import { fromBase64, hostClient, toBase64, type Fetch } from './http.ts';
import { workflowStore, type HostOperations, type WorkflowSettings } from './workflow.ts';

export interface GitLabSettings extends WorkflowSettings {
  repo: string;
  token: string;
  /** https://gitlab.com/api/v4, or a self-hosted GitLab's. */
  apiRoot?: string;
  fetch?: Fetch;
}

export function gitLabOperations(settings: GitLabSettings): HostOperations {
  const client = hostClient(settings.apiRoot ?? 'https://gitlab.com/api/v4', `Bearer ${settings.token}`, settings.fetch);
  const project = `/projects/${encodeURIComponent(settings.repo)}`;
  return {
    async readFile(path, branch) {
      const file = await client.call<{ content: string; last_commit_id: string }>(
        'GET',
        `${project}/repository/files/${encodeURIComponent(path)}?ref=${encodeURIComponent(branch)}`,
        undefined,
        { allowMissing: true },
      );
      return file && { text: fromBase64(file.content), sha: file.last_commit_id };
    },
    async branchExists(branch) {
      return (await client.call('GET', `${project}/repository/branches/${encodeURIComponent(branch)}`, undefined, { allowMissing: true })) !== undefined;
    },
    async commitOnNewBranch({ base, branch, path, text, message, sha }) {
      // One call makes the branch from `base` and commits the file on it.
      await client.call('POST', `${project}/repository/commits`, {
        branch,
        start_branch: base,
        commit_message: message,
        actions: [{ action: sha ? 'update' : 'create', file_path: path, content: toBase64(text), encoding: 'base64' }],
      });
    },
    async openRequest({ base, branch, title, body, label }) {
      const request = await client.call<{ web_url: string }>('POST', `${project}/merge_requests`, {
        source_branch: branch,
        target_branch: base,
        title,
        description: body,
        labels: label,
        // As Decap makes its merge requests.
        remove_source_branch: true,
      });
      return request!.web_url;
    },
  };
}

export const gitLabStore = (settings: GitLabSettings) => workflowStore(gitLabOperations(settings), settings);
