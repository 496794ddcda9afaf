/**
 * A contribution as a pull or merge request that Decap's editorial workflow
 * lists, the same on every git host: the branch is `cms/<collection>/<slug>`
 * (Decap's branchFromContentKey), the request carries the label
 * `<cms_label_prefix><status>` (`decap-cms/pending_review` by default), its
 * base is the CMS's branch, and its one commit adds or changes the entry's
 * file. The commit message is Decap's default (`Create lessons “<slug>”`);
 * the title and description are for the redactie. Each host (github.ts,
 * gitlab.ts, gitea.ts) supplies the few calls.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { slugCandidates } from '../slug.ts';
import { entryPath, StoreRefusal, type ContributionStore, type StoreRequest } from '../store.ts';

export interface WorkflowSettings {
  /** The branch the CMS publishes to (site config `cms.branch`). */
  branch: string;
  labelPrefix: string;
  status: 'draft' | 'pending_review';
}

/** What each git host can do, in its own API. */
export interface HostOperations {
  /** A file on a branch: its text and the version id the host wants back for a change. */
  readFile(path: string, branch: string): Promise<{ text: string; sha: string } | undefined>;
  branchExists(branch: string): Promise<boolean>;
  /** Makes `branch` from `base` with one commit that writes `path`; `sha` when changing an existing file. */
  commitOnNewBranch(change: { base: string; branch: string; path: string; text: string; message: string; sha?: string }): Promise<void>;
  /** Opens the request from `branch` into `base`, with the label; returns its web page. */
  openRequest(request: { base: string; branch: string; title: string; body: string; label: string }): Promise<string>;
}

/** Decap's branch for an entry: `cms/<collection>/<slug>`. */
export const workflowBranch = (collection: CollectionName, slug: string) => `cms/${collection}/${slug}`;

/** Decap's default commit messages (its `commit_messages.create` and `.update`). */
export const commitMessage = (change: 'create' | 'update', collection: CollectionName, slug: string) =>
  `${change === 'create' ? 'Create' : 'Update'} ${collection} “${slug}”`;

export function workflowStore(host: HostOperations, settings: WorkflowSettings): ContributionStore {
  const label = `${settings.labelPrefix}${settings.status}`;
  const base = settings.branch;

  async function freeSlug(collection: CollectionName, wanted: string): Promise<string> {
    for (const slug of slugCandidates(wanted)) {
      // The id must be free as .md and .mdx, and no other contribution may wait under it.
      if (await host.readFile(entryPath(collection, slug), base)) continue;
      if (await host.readFile(entryPath(collection, slug, 'mdx'), base)) continue;
      if (await host.branchExists(workflowBranch(collection, slug))) continue;
      return slug;
    }
    throw new StoreRefusal('full', `no free name for ${collection}/${wanted}`);
  }

  return {
    async save(request: StoreRequest) {
      if (request.type === 'new') {
        const slug = await freeSlug(request.collection, request.slug);
        const path = entryPath(request.collection, slug);
        const branch = workflowBranch(request.collection, slug);
        await host.commitOnNewBranch({ base, branch, path, text: request.file({ draft: false }), message: commitMessage('create', request.collection, slug) });
        const url = await host.openRequest({ base, branch, title: request.title, body: request.description(path), label });
        return { file: path, url };
      }
      const path = entryPath(request.collection, request.id);
      const current = await host.readFile(path, base);
      if (!current) {
        const isMdx = await host.readFile(entryPath(request.collection, request.id, 'mdx'), base);
        throw new StoreRefusal(isMdx ? 'mdxPage' : 'unknownPage');
      }
      const branch = workflowBranch(request.collection, request.id);
      if (await host.branchExists(branch)) throw new StoreRefusal('pending');
      const text = request.apply(current.text);
      if (text === undefined) throw new StoreRefusal('unreadable');
      await host.commitOnNewBranch({ base, branch, path, text, message: commitMessage('update', request.collection, request.id), sha: current.sha });
      const url = await host.openRequest({ base, branch, title: request.title, body: request.description(path), label });
      return { file: path, url };
    },
  };
}
