/**
 * What the CMS does with the save check (save-check.ts) on every save and
 * publish: refuse the entry with the build's messages, so nothing is written.
 * Decap aborts a save when a `preSave` or `prePublish` listener throws, and
 * shows the error's text after "Kan item niet opslaan:"; tests/browser/cms.test.ts
 * proves both in Chromium.
 */
import { nl } from '../../i18n/nl.ts';
import type { NamedReferenceDecoder } from '../../content-check/visible-characters.ts';
import { plainEntry } from './entry-data.ts';
import { clearRefusal, showRefusal } from './refusal-panel.ts';
import { checkEntryBeforeSave, isCheckedCollection } from './save-check.ts';

/** A refused save. Reads as its message alone: Decap puts the error's text in its notice. */
export class EntryRefusedError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(nl.cmsCheck.notice(problems.length));
    this.name = 'EntryRefusedError';
    this.problems = problems;
  }
  override toString(): string {
    return this.message;
  }
}

/** The browser's own list of named character references (`&commat;` becomes `@`). */
export function browserNamedReferences(document: Document): NamedReferenceDecoder {
  const decoder = document.createElement('textarea');
  return (reference) => {
    // A textarea's content is text only: nothing in it runs or loads.
    decoder.innerHTML = reference;
    return decoder.value;
  };
}

/**
 * Checks an entry of `collection` before Decap writes it; throws
 * EntryRefusedError (and shows the messages) when the build would refuse it.
 */
export function guardSave(document: Document, collection: unknown, data: unknown, decodeNamed: NamedReferenceDecoder): void {
  if (!isCheckedCollection(collection)) return;
  const { fields, body } = plainEntry(data);
  let problems: string[];
  try {
    problems = checkEntryBeforeSave(collection, fields, body, decodeNamed);
  } catch (error) {
    // A fault in the check must not lock editors out: the build still checks everything.
    console.error('The save check failed; saving without it.', error);
    return;
  }
  if (problems.length === 0) {
    clearRefusal(document);
    return;
  }
  showRefusal(document, problems);
  throw new EntryRefusedError(problems);
}
