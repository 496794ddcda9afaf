/** The Decap backend block: which git host saves the edits (settings from src/config/cms-settings.ts). */
import type { CmsSettings } from '../config/cms-settings.ts';

/** Only GitHub and GitLab support Decap's editorial workflow (concept, ter beoordeling, klaar). */
export const supportsEditorialWorkflow = (settings: CmsSettings) => settings.backend !== 'gitea';

export function decapBackend(settings: CmsSettings): Record<string, unknown> {
  const common = { name: settings.backend, repo: settings.repo, branch: settings.branch };
  switch (settings.backend) {
    case 'github':
      return { ...common, base_url: settings.baseUrl };
    case 'gitlab':
      return {
        ...common,
        auth_type: 'pkce',
        app_id: settings.appId,
        ...(settings.baseUrl ? { base_url: settings.baseUrl, auth_endpoint: 'oauth/authorize' } : {}),
        ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
      };
    case 'gitea':
      return { ...common, app_id: settings.appId, base_url: settings.baseUrl, api_root: settings.apiRoot };
  }
}
