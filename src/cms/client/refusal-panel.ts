/**
 * The panel that tells an editor why an entry was not saved: every message
 * in a list that stays until it is closed or the next save goes through.
 * (Decap's own notice for a refused save disappears after a few seconds,
 * too soon to read several messages.) Built from text nodes only.
 */
import { nl } from '../../i18n/nl.ts';

export const refusalPanelId = 'cms-save-check';

const panelStyle = [
  'position: fixed',
  'inset-inline: 1rem',
  'bottom: 1rem',
  'z-index: 10000',
  'max-width: 48rem',
  'max-height: 50vh',
  'margin-inline: auto',
  'overflow: auto',
  'padding: 1rem 1.25rem',
  'border: 3px solid #b3261e',
  'border-radius: 6px',
  'background: #ffffff',
  'color: #1f2933',
  'box-shadow: 0 4px 16px rgb(0 0 0 / 25%)',
  'font: 16px/1.5 system-ui, sans-serif',
].join('; ');

/** Shows (or replaces) the panel with `messages`. */
export function showRefusal(document: Document, messages: readonly string[]): void {
  clearRefusal(document);
  const panel = document.createElement('section');
  panel.id = refusalPanelId;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${refusalPanelId}-heading`);
  panel.setAttribute('style', panelStyle);

  const heading = document.createElement('h2');
  heading.id = `${refusalPanelId}-heading`;
  heading.setAttribute('style', 'margin: 0 0 0.5rem; font-size: 1.25rem; color: #b3261e');
  heading.textContent = nl.cmsCheck.heading;
  const intro = document.createElement('p');
  intro.setAttribute('style', 'margin: 0 0 0.5rem');
  intro.textContent = nl.cmsCheck.intro(messages.length);
  const list = document.createElement('ul');
  list.setAttribute('style', 'margin: 0 0 0.75rem; padding-inline-start: 1.25rem');
  for (const message of messages) {
    const item = document.createElement('li');
    item.textContent = message;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = nl.cmsCheck.close;
  close.setAttribute('style', 'font: inherit; padding: 0.25rem 1rem; cursor: pointer');
  close.addEventListener('click', () => clearRefusal(document));

  panel.append(heading, intro, list, close);
  document.body.append(panel);
}

/** Removes the panel, if it is there. */
export function clearRefusal(document: Document): void {
  document.getElementById(refusalPanelId)?.remove();
}
