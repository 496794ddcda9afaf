/**
 * Where the CMS saves its edits: the git host of the site's repository. The
 * values come from `cms` in src/site.config.ts, and each can be overridden by
 * an environment variable at build time (LEERNETWERK_CMS_BACKEND, _REPO,
 * _BRANCH, _BASE_URL, _APP_ID, _API_ROOT), so one fork can deploy to several hosts.
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import '../schemas/shared.ts';

export const cmsBackends = ['github', 'gitlab', 'gitea'] as const;
export const cmsSettingsSchema = z
  .object({
    /** github, gitlab or gitea (Gitea and Forgejo). */
    backend: z.enum(cmsBackends),
    /** The repository as owner/name. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: nl.settings.repo }),
    branch: z.string().min(1).default('main'),
    /** GitHub: address of the OAuth proxy. Gitea: address of the Gitea server. GitLab: only when self-hosted. */
    baseUrl: z.url().optional(),
    /** GitLab and Gitea: id of the OAuth application (PKCE, no proxy needed). */
    appId: z.string().min(1).optional(),
    /** Gitea, or a self-hosted GitLab: the API address, e.g. https://git.example.nl/api/v1 */
    apiRoot: z.url().optional(),
  })
  .superRefine((cms, context) => {
    const needs = (field: 'baseUrl' | 'appId' | 'apiRoot', why: string) => {
      if (cms[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: nl.settings.missing(why) });
    };
    if (cms.backend === 'github') needs('baseUrl', nl.settings.githubNeedsProxy);
    if (cms.backend === 'gitlab') needs('appId', nl.settings.gitlabNeedsApp);
    if (cms.backend === 'gitea') {
      needs('appId', nl.settings.giteaNeedsApp);
      needs('baseUrl', nl.settings.giteaNeedsServer);
      needs('apiRoot', nl.settings.giteaNeedsApi);
    }
  });
export type CmsSettings = z.output<typeof cmsSettingsSchema>;

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
  const lines = result.error.issues.map((issue) => nl.settings.cmsLine(issue.path.join('.'), issue.message));
  throw new Error(nl.settings.cmsInvalid(lines));
}

