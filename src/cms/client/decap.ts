/**
 * The few globals of decap-cms.js that the admin setup uses, typed. The
 * classic script that defines them runs before the setup module, so they exist
 * by the time this module reads them. Only what the setup calls is described.
 */

/** The part of an Immutable.js Map that the setup reads (Decap hands entries over as Immutable maps). */
export interface ImmutableMap {
  get(key: string): unknown;
  has(key: string): boolean;
  delete(key: string): ImmutableMap;
  set(key: string, value: unknown): ImmutableMap;
  forEach(visit: (value: unknown, key: string) => void): unknown;
}

/** A React element; the setup only passes them on. */
export type ReactNode = unknown;

export interface PreviewProps {
  entry: ImmutableMap;
  /** The preview of one field as Decap renders it (for the Markdown body: its own safe rendering). */
  widgetFor(field: string): ReactNode;
}

/** What Decap passes to a `preSave` or `prePublish` listener. */
export interface EntryEvent {
  entry: ImmutableMap;
}

/**
 * `preSave` may return the data to save instead; `prePublish`'s result is not
 * used. When a listener throws, Decap saves or publishes nothing and shows the
 * error's text in its notice.
 */
export type EntryEventListener =
  | { name: 'preSave'; handler: (event: EntryEvent) => ImmutableMap }
  | { name: 'prePublish'; handler: (event: EntryEvent) => void };

export interface DecapCms {
  /** Decap's phrase book for a language (registered by decap-cms.js), and a replacement for it. */
  getLocale(locale: string): Record<string, unknown> | undefined;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerEventListener(listener: EntryEventListener): void;
  /** Starts the CMS; called by hand, as manual-init.js tells decap-cms.js not to start by itself. */
  init(): void;
}

/** React.createElement: text children are escaped, never read as HTML. */
export type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: ReactNode[]) => ReactNode;

/** create-react-class, for a preview component without JSX or a build of React of our own. */
export type CreateClass = (spec: { render(this: { props: PreviewProps }): ReactNode }) => unknown;

interface DecapGlobals {
  CMS: DecapCms;
  h: CreateElement;
  createClass: CreateClass;
}

/** The globals decap-cms.js sets on window. */
export function decapGlobals(): DecapGlobals {
  const globals = globalThis as unknown as Partial<DecapGlobals>;
  if (!globals.CMS || !globals.h || !globals.createClass) {
    throw new Error('Decap CMS is not loaded: /admin/decap-cms.js must run before the setup script.');
  }
  return { CMS: globals.CMS, h: globals.h, createClass: globals.createClass };
}
