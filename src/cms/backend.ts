/**
 * The Decap backend block: which git host saves the edits. Settings come from
 * the site config, and each can be overridden by an environment variable at
 * build time (LEERNETWERK_CMS_BACKEND, _REPO, _BRANCH, _BASE_URL, _APP_ID, _API_ROOT).
 */
import { cmsSettingsSchema, type CmsSettings } from '../schemas/site.ts';

const envNames = {
  backend: 'LEERNETWERK_CMS_BACKEND',
  repo: 'LEERNETWERK_CMS_REPO',
  branch: 'LEERNETWERK_CMS_BRANCH',
  baseUrl: 'LEERNETWERK_CMS_BASE_URL',
  appId: 'LEERNETWERK_CMS_APP_ID',
  apiRoot: 'LEERNETWERK_CMS_API_ROOT',
} as const;

/** The site config's CMS settings with environment overrides applied and checked again. */
export function cmsSettings(configured: CmsSettings, env: Record<string, string | undefined> = process.env): CmsSettings {
  const overrides = Object.fromEntries(
    Object.entries(envNames)
      .filter(([, name]) => env[name] !== undefined && env[name] !== '')
      .map(([field, name]) => [field, env[name]]),
  );
  const result = cmsSettingsSchema.safeParse({ ...configured, ...overrides });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- cms.${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`De instellingen voor het beheer (CMS) kloppen niet:\n${lines.join('\n')}`);
}

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
