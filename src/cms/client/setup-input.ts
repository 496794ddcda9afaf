/**
 * What the build tells the admin setup script: a JSON block in the admin page
 * (src/pages/admin/index.astro), read by src/cms/client/setup.ts. Shared by
 * both sides so they agree on the shape.
 */

export interface CmsSetupInput {
  /** Stylesheets for the preview pane, as URLs with the site's base path. */
  previewStyles: string[];
  /** Collection name to the kind label shown above the title in its preview. */
  previewKinds: Record<string, string>;
}

/** Set on window by the setup just before it starts Decap; admin/manual-init.js starts Decap itself when the setup did not. */
export const cmsStartedFlag = 'LEERNETWERK_CMS_STARTED';

/** The id of the <script type="application/json"> element that carries the input. */
export const cmsSetupInputId = 'cms-setup-input';

/** The input as JSON that is safe inside a <script> element (no "</script>" can end it early). */
export function serialiseSetupInput(input: CmsSetupInput): string {
  return JSON.stringify(input).replace(/</g, '\\u003c');
}

/** Reads the input from the admin page. */
export function readSetupInput(document: Document): CmsSetupInput {
  const element = document.getElementById(cmsSetupInputId);
  if (!element?.textContent) throw new Error(`The admin page has no #${cmsSetupInputId} element with the setup input.`);
  return JSON.parse(element.textContent) as CmsSetupInput;
}
