/**
 * `npm run build:host` runs this before the build on a static host: many
 * hosts clone only the last commit (a shallow clone), which would leave
 * "Laatst bijgewerkt" and /wijzigingen/ without history. This fetches the
 * rest of the history when the clone is shallow; when that fails (no network
 * to the git host), the build goes on and uses the entries' own dates.
 */
import { execFileSync } from 'node:child_process';
import { nl } from '../src/i18n/nl.ts';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

try {
  if (git(['rev-parse', '--is-shallow-repository']) === 'true') {
    console.log(nl.living.fetchingHistory);
    git(['fetch', '--unshallow', '--quiet']);
  }
} catch (error) {
  console.warn(nl.living.fetchFailed(error instanceof Error ? error.message.split('\n')[0]! : String(error)));
}
