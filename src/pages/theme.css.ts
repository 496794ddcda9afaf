/** /theme.css: the colours from src/site.config.ts as CSS custom properties (a file, so no inline style is needed under the CSP). */
import type { APIRoute } from 'astro';
import { contrastRatio } from '../config/contrast.ts';
import site from '../site.config.ts';

export const GET: APIRoute = () => {
  const { colours } = site;
  // Accent as text (e.g. "gestopt") needs 4.5:1; fall back to the text colour when the accent is too light.
  const accentText = contrastRatio(colours.accent, colours.background) >= 4.5 ? colours.accent : colours.text;
  const css = `:root {
  --colour-primary: ${colours.primary};
  --colour-on-primary: ${colours.onPrimary};
  --colour-accent: ${colours.accent};
  --colour-accent-text: ${accentText};
  --colour-background: ${colours.background};
  --colour-text: ${colours.text};
  --colour-surface: ${colours.surface};
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
