/**
 * The whole Decap CMS configuration (served as /admin/config.yml), generated
 * from the schemas and the site config at build and in dev, so the CMS can
 * never drift from the content model.
 */
import yaml from 'js-yaml';
import { defaultLabelPrefix, type SiteConfig } from '../config/site-schema.ts';
import { cmsSettings } from '../config/cms-settings.ts';
import { decapBackend, supportsEditorialWorkflow } from './backend.ts';
import { decapCollections } from './collections.ts';

export interface CmsConfigOptions {
  site: SiteConfig;
  /**
   * `local`: `npm start` on one's own machine, saving through decap-server
   * straight into content/. `production`: the git host from the site config.
   */
  mode: 'local' | 'production';
  /** Where the local backend listens in local mode: decap-server behind npm start's guard (LEERNETWERK_CMS_LOCAL_URL, set by scripts/start.ts). */
  localBackendUrl?: string;
  /** In local mode: the address of the local site (`http://localhost:4321/`), for "Bekijk live". */
  localSiteUrl?: string;
  env?: Record<string, string | undefined>;
}

export const mediaFolder = 'public/uploads';
export const defaultLocalBackendUrl = 'http://localhost:8081/api/v1';

export function cmsConfig({ site, mode, localBackendUrl = defaultLocalBackendUrl, localSiteUrl, env }: CmsConfigOptions) {
  const settings = cmsSettings(site.cms, env);
  // Working locally, "Bekijk live" opens the page on the local site, where the edit already shows.
  const siteUrl = mode === 'local' && localSiteUrl ? localSiteUrl : new URL(site.basePath, site.url).href;
  const labelPrefix = site.contribute.labelPrefix;
  return {
    locale: 'nl',
    // The label prefix is shared with contributions from /delen/ (src/contribute/), which must show in the workflow.
    backend: { ...decapBackend(settings), ...(labelPrefix !== defaultLabelPrefix ? { cms_label_prefix: labelPrefix } : {}) },
    ...(mode === 'local'
      ? { local_backend: { url: localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] } }
      : supportsEditorialWorkflow(settings)
        ? { publish_mode: 'editorial_workflow' }
        : {}),
    site_url: siteUrl,
    display_url: siteUrl,
    // Root-relative: the admin is served from the site itself, so the logo needs no other host.
    logo_url: `${site.basePath}${site.logo.src.replace(/^\//, '')}`,
    media_folder: mediaFolder,
    public_folder: `${site.basePath}uploads`,
    // File names from titles: lower case, plain letters and dashes, as the content model wants ids.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: decapCollections(),
  };
}

export function cmsConfigYaml(options: CmsConfigOptions): string {
  const header = '# Generated from src/schemas and src/site.config.ts by src/cms/config.ts. Do not edit.\n';
  return header + yaml.dump(cmsConfig(options), { lineWidth: 120, noRefs: true });
}
