/**
 * The handler as `npm start` runs it: contributions become draft files in
 * content/ (local-drafts.ts), the choices come from the files themselves, and
 * the answer says where the draft is.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { nl } from '../i18n/nl.ts';
import site from '../site.config.ts';
import type { SiteConfig } from '../config/site-schema.ts';
import { contributeHandler, type ContributeHandler } from './handler.ts';
import { choicesFromFolder, localDraftStore } from './local-drafts.ts';
import type { RateLimiter } from './rate-limit.ts';

export interface LocalHandlerOptions {
  /** The folder that holds content/ (the repository). */
  repoDir: string;
  /** The content folder, when not <repoDir>/content (LEERNETWERK_CONTENT_DIR). */
  contentDir?: string;
  config?: SiteConfig;
  rateLimiter?: RateLimiter;
  today?: () => string;
}

export function localHandler(options: LocalHandlerOptions): ContributeHandler {
  const contentDir = options.contentDir ?? path.join(options.repoDir, 'content');
  return contributeHandler({
    site: options.config ?? site,
    store: localDraftStore(contentDir),
    choices: async () => choicesFromFolder(contentDir, (dir) => readdirSync(dir)),
    rateLimiter: options.rateLimiter,
    today: options.today,
    savedMessage: (stored) => nl.contribute.savedLocally(stored.file),
  });
}
