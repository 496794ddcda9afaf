/** Validates src/site.config.ts once, with a readable message when a fork fills it in wrongly. */
import { nl } from '../i18n/nl.ts';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './site-schema.ts';

export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => nl.settings.line(issue.path.join('.'), issue.message));
  throw new Error(nl.settings.invalid(lines));
}
