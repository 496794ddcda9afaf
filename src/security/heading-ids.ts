/**
 * Gives every heading in an editor's Markdown an id that is unique on its
 * page. Astro's own heading-ids step (GitHub-style slugs) already numbers a
 * repeated heading (`wat-werkte`, `wat-werkte-1`), but it does not know the
 * ids the page layout puts around the body: a `## Voorbeeld` in a lesson
 * would share `id="voorbeeld"` with the layout's section, and a link to it
 * would land in the wrong place. This hast plugin runs before Astro's step,
 * which keeps an id that is already set, and skips the layout's ids the same
 * way: `## Voorbeeld` becomes `voorbeeld-1`.
 */
import { satteriCollectHastText } from '@astrojs/markdown-satteri';
import GithubSlugger, { slug } from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import { nl } from '../i18n/nl.ts';

/**
 * Every id the layouts, components and pages of src/ write themselves
 * (tests/unit/heading-ids.test.ts keeps this list complete), and the id of the
 * footnotes heading that the Markdown renderer adds.
 */
export const layoutIds: readonly string[] = [
  'answer-heading',
  'ask-heading',
  'auteurs',
  'contact',
  'contacten',
  'de-route',
  'een-les-delen',
  'ervaringsouders',
  // The form of /delen/ (src/pages/delen/index.astro).
  'delen-aanvulling',
  'delen-aanvulling-tekst',
  'delen-author',
  'delen-bezig',
  'delen-code',
  'delen-contacts',
  'delen-date',
  'delen-email',
  'delen-formulier',
  'delen-gekozen-pagina',
  'delen-les',
  'delen-naam',
  'delen-networkGroup',
  'delen-over',
  'delen-problemen',
  'delen-problemen-intro',
  'delen-problemen-lijst',
  'delen-prototype',
  'delen-schools',
  'delen-started',
  'delen-status',
  'delen-stuk',
  'delen-summary',
  'delen-title',
  'delen-verstuurd',
  'delen-verstuurd-link',
  'delen-verstuurd-tekst',
  'delen-voorbeeld',
  'delen-website',
  'volgen',
  'filters-heading',
  'footnote-label',
  'ga-naar-een-woord',
  'goed-om-te-weten',
  'header-search',
  'home-search',
  'inhoud',
  'kaart',
  'kaart-arcering',
  'kies-een-plaats',
  'kom-kijken',
  'lessen',
  'mensen',
  'netwerkgroepen',
  'nieuwste-lessen',
  'nog-niemand',
  'overgenomen-elders',
  'overgenomen-hier',
  'overname',
  'per-werkgebied',
  'route-in-het-kort',
  'routes',
  'search-answer',
  'search-answer-parts',
  'search-app',
  'search-ask',
  'search-browse',
  'search-clear',
  'search-empty',
  'search-empty-clear',
  'search-filters',
  'search-filters-active',
  'search-filters-done',
  'search-filters-toggle',
  'search-form',
  'search-intro',
  'search-more',
  'search-query',
  'search-results',
  'search-sort',
  'search-status',
  'steunpunt',
  'voorbeeld',
  'voorbeelden',
  'vraag-mij-over',
  'wat-is-nodig',
  'wat-mag-je-verwachten',
  'wat-speelt-er',
  'werkgebieden',
  'wie-weet-wat',
  'wie-zijn-wij',
  'woorden-op-deze-pagina',
];

/** A slugger that already counts the layout's ids as taken. */
function newSlugger(): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of layoutIds) slugger.occurrences[id] = 0;
  return slugger;
}

/** Satteri hast plugin (a factory: one slugger per document). */
export const uniqueHeadingIds = (): HastPluginDefinition => {
  const slugger = newSlugger();
  return {
    name: 'leernetwerk-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, context) {
        // An id the renderer set itself (the footnotes heading) stays; the list above reserves it.
        if (typeof node.properties?.id === 'string') return;
        const astro = context.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
        const raw = context.textContent(node);
        // As Astro's step does: a heading with {frontmatter.x} in MDX is named after that value.
        const text = raw.includes('frontmatter') ? satteriCollectHastText(node, astro?.frontmatter ?? {}) : raw;
        // A heading of only emoji or punctuation has an empty slug, and id="" is no id at all.
        context.setProperty(node, 'id', slugger.slug(slug(text) === '' ? nl.formatCheck.headingFallbackId : text));
      },
    },
  };
};
