/**
 * WCAG 2.2 AA in a real Chromium: axe-core finds no violations on one page of
 * every type at phone and desktop width, and the keyboard route through the
 * header (skip link, logo, search, menu) to the main content shows a clearly
 * visible focus at every stop. Zero axe violations is the floor, not the proof.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/config/contrast.ts';
import { axeViolations } from '../helpers/axe.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { waitForSearch } from '../helpers/search-page.ts';

const site = useSampleSite();
const widths = [375, 1280];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  describe.each(pageTypes())('$name ($path)', ({ path, search }) => {
    it.each(widths)('has no violations at %i px wide', async (width) => {
      const page = await site.page(path, { width });
      if (search) await waitForSearch(page);
      expect(await axeViolations(page), `axe violations on ${path} at ${width} px`).toEqual([]);
    });
  });
});

interface FocusStop {
  /** Short description of the focused element: `a.skip-link "Naar de inhoud"`, `input#header-search`. */
  element: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColour: string;
  /** The first non-transparent background behind the element. */
  background: string;
  inViewport: boolean;
}

/** What has focus now, and how its focus indicator looks. */
function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const toHex = (colour: string) => {
      const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
      return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
    };
    let background = 'rgb(255, 255, 255)';
    for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const id = element.id ? `#${element.id}` : element.classList.length ? `.${element.classList[0]}` : '';
    return {
      element: `${element.tagName.toLowerCase()}${id}${text ? ` "${text}"` : ''}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColour: toHex(style.outlineColor),
      background: toHex(background),
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

/** Problems with the focus indicator of one stop; empty when it is clearly visible. */
function focusProblems(stop: FocusStop): string[] {
  const problems: string[] = [];
  if (stop.outlineStyle === 'none' || stop.outlineWidth < 2) problems.push(`${stop.element}: no visible outline (${stop.outlineStyle} ${stop.outlineWidth}px)`);
  const ratio = contrastRatio(stop.outlineColour, stop.background);
  if (ratio < 3) problems.push(`${stop.element}: outline ${stop.outlineColour} on ${stop.background} has contrast ${ratio.toFixed(2)}, needs 3`);
  if (!stop.inViewport) problems.push(`${stop.element}: focused but not on screen`);
  return problems;
}

describe('keyboard use', () => {
  describe.each(widths)('at %i px wide', (width) => {
    it('reaches the skip link first, then logo, header search and menu, each with a visible focus', async () => {
      const page = await site.page('/prototypen/', { width });
      const stops: FocusStop[] = [];
      for (let step = 0; step < 12; step++) {
        await page.keyboard.press('Tab');
        stops.push(await focusStop(page));
      }
      expect(stops.map((stop) => stop.element)).toEqual([
        'a.skip-link "Naar de inhoud"',
        expect.stringMatching(/^a\.site-brand "Leernetwerk/),
        'input#header-search',
        'button "Zoek"',
        'a "Goede voorbeelden"',
        'a "Lessen"',
        'a "Wie weet wat"',
        'a "Werkgebieden"',
        'a "Thema\'s"',
        'a "Netwerkgroepen"',
        'a "Voor ouders"',
        'a "Speerpunten"',
      ]);
      expect(stops.flatMap(focusProblems)).toEqual([]);
    });

    it('moves focus to the main content with the skip link, so the next Tab stays in it', async () => {
      const page = await site.page('/prototypen/', { width });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      expect(await page.evaluate(() => location.hash)).toBe('#inhoud');
      await page.keyboard.press('Tab');
      const next = await focusStop(page);
      expect(await page.evaluate(() => document.activeElement?.closest('main')?.id), `${next.element} is not inside <main>`).toBe('inhoud');
      expect(focusProblems(next)).toEqual([]);
    });
  });
});
