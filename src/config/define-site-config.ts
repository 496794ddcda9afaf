/** Validates src/site.config.ts once, with a readable message when a fork fills it in wrongly. */
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './site-schema.ts';

export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- src/site.config.ts: veld "${issue.path.join('.')}": ${issue.message}`);
  throw new Error(`De site-instellingen kloppen niet:\n${lines.join('\n')}`);
}
