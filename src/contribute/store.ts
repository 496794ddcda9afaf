/**
 * Where a checked contribution goes: a pull or merge request on the git host
 * (git-hosts/), or, with `npm start`, a draft file in content/
 * (local-drafts.ts). Both get the same two kinds of request.
 */
import type { CollectionName } from '../schemas/index.ts';

/** A new entry: a file under content/<collection>/ with a name not yet taken. */
export interface NewEntryRequest {
  type: 'new';
  collection: CollectionName;
  /** The wanted file name without extension; the store adds -2, -3 when it is taken. */
  slug: string;
  /** The file's text; `draft` when no review step stands between it and the site. */
  file(options: { draft: boolean }): string;
  /** For the pull request: its title and description (with the contributor's name and e-mail, never in the file). */
  title: string;
  description(file: string): string;
}

/** An addition to an existing entry's file. */
export interface AdditionRequest {
  type: 'addition';
  collection: CollectionName;
  id: string;
  /** The file's new text made from its current text; undefined when it cannot be read. */
  apply(existing: string): string | undefined;
  title: string;
  description(file: string): string;
}

export type StoreRequest = NewEntryRequest | AdditionRequest;

export interface Stored {
  /** The file in the repository, e.g. content/lessons/x.md. */
  file: string;
  /** The pull or merge request's page, when there is one. */
  url?: string;
}

export interface ContributionStore {
  save(request: StoreRequest): Promise<Stored>;
}

/** Why a store could not take a contribution; the handler turns it into a Dutch answer. */
export type RefusalReason = 'unknownPage' | 'pending' | 'mdxPage' | 'unreadable' | 'host' | 'full';

export class StoreRefusal extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, detail?: string) {
    super(detail ?? reason);
    this.name = 'StoreRefusal';
    this.reason = reason;
  }
}

export const entryPath = (collection: CollectionName, id: string, extension = 'md') => `content/${collection}/${id}.${extension}`;
