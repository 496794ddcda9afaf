/**
 * Where contributions go on a host: the git host and repository of the CMS
 * (site config `cms`, with its LEERNETWERK_CMS_* overrides) and a token that
 * lives only in the host's environment (LEERNETWERK_CONTRIBUTE_TOKEN). Without
 * a token the endpoint answers that sharing is not switched on.
 */
import { cmsSettings } from '../config/cms-settings.ts';
import type { SiteConfig } from '../config/site-schema.ts';
import { giteaStore } from './git-hosts/gitea.ts';
import { gitHubStore } from './git-hosts/github.ts';
import { gitLabStore } from './git-hosts/gitlab.ts';
import type { Fetch } from './git-hosts/http.ts';
import type { ContributionStore } from './store.ts';

export const contributeEnv = {
  token: 'LEERNETWERK_CONTRIBUTE_TOKEN',
  /** Only when the API differs from the CMS's: GitHub Enterprise, or a GitLab that the CMS reaches another way. */
  apiRoot: 'LEERNETWERK_CONTRIBUTE_API_ROOT',
} as const;

export function gitHostStore(site: SiteConfig, env: Record<string, string | undefined>, fetchImpl?: Fetch): ContributionStore | undefined {
  const token = env[contributeEnv.token];
  if (!token) return undefined;
  const cms = cmsSettings(site.cms, env);
  const apiRoot = env[contributeEnv.apiRoot] || cms.apiRoot;
  const common = {
    repo: cms.repo,
    branch: cms.branch,
    token,
    labelPrefix: site.contribute.labelPrefix,
    status: site.contribute.workflowStatus,
    fetch: fetchImpl,
  };
  switch (cms.backend) {
    case 'github':
      return gitHubStore({ ...common, apiRoot });
    case 'gitlab':
      return gitLabStore({ ...common, apiRoot });
    case 'gitea':
      return giteaStore({ ...common, apiRoot: apiRoot! });
  }
}
