/**
 * The site config (src/site.config.ts) a fork fills in: WCAG contrast between
 * its colours, the shape of its address and base path, and a Dutch message
 * naming the field when something is wrong.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/config/contrast.ts';
import { defineSiteConfig } from '../../src/config/define-site-config.ts';
import { siteConfigSchema, type SiteConfigInput } from '../../src/config/site-schema.ts';
import site from '../../src/site.config.ts';

/** A valid config with readable colours, to change one thing at a time. */
const valid: SiteConfigInput = {
  name: 'Leernetwerk Proef',
  tagline: 'Een site om mee te testen',
  organisation: 'Samenwerkingsverband De Proef',
  url: 'https://leernetwerk.example.nl',
  logo: { src: '/logo.svg', alt: 'Leernetwerk' },
  colours: {
    primary: '#0b5e6b',
    onPrimary: '#ffffff',
    accent: '#c2410c',
    background: '#ffffff',
    text: '#1f2933',
    surface: '#ffffff',
  },
  contact: { email: 'proef@example.nl', name: 'Team Proef' },
  cms: { backend: 'github', repo: 'proef/leernetwerk', baseUrl: 'https://cms-login.example.nl' },
  privacy: {},
};
const withColours = (colours: Partial<SiteConfigInput['colours']>): SiteConfigInput => ({ ...valid, colours: { ...valid.colours, ...colours } });
/** "field: message" for each problem the schema finds. */
const problems = (config: SiteConfigInput) => {
  const result = siteConfigSchema.safeParse(config);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('WCAG contrast ratio', () => {
  it('is 21 for black on white, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
  });

  it('is 1 for a colour on itself', () => {
    expect(contrastRatio('#0b5e6b', '#0b5e6b')).toBe(1);
  });

  it('puts #767676 on white just above 4.5 and #777777 just below', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('the site config', () => {
  it('accepts the shipped src/site.config.ts', () => {
    expect(siteConfigSchema.safeParse(site).success).toBe(true);
  });

  it('accepts a config with enough contrast and fills in the defaults', () => {
    const config = defineSiteConfig(valid);
    expect(config.basePath).toBe('/');
    expect(config.privacy).toEqual({ reviewMonths: 12, consentMonths: 24 });
  });

  it('refuses too little contrast in Dutch, naming the colour field, the other colour and the ratio', () => {
    expect(() => defineSiteConfig(withColours({ accent: '#aaaaaa' }))).toThrow(
      'De site-instellingen kloppen niet:\n' +
        '- src/site.config.ts: veld "colours.accent": heeft te weinig contrast met "background": 2.32, minstens 3 nodig (WCAG AA)',
    );
  });

  it('asks 4.5 for text and 3 for the accent colour', () => {
    expect(problems(withColours({ text: '#767676' }))).toEqual([]);
    expect(problems(withColours({ text: '#777777' }))).toEqual([
      'colours.text: heeft te weinig contrast met "background": 4.48, minstens 4.5 nodig (WCAG AA)',
      'colours.text: heeft te weinig contrast met "surface": 4.48, minstens 4.5 nodig (WCAG AA)',
    ]);
    // #949494 on white is 3.03: too little for text, enough for the accent.
    expect(problems(withColours({ accent: '#949494' }))).toEqual([]);
    expect(problems(withColours({ text: '#949494' }))[0]).toBe('colours.text: heeft te weinig contrast met "background": 3.03, minstens 4.5 nodig (WCAG AA)');
  });

  it('checks the text on primary-coloured areas against the primary colour', () => {
    expect(problems(withColours({ onPrimary: '#1f2933' }))).toEqual([
      'colours.onPrimary: heeft te weinig contrast met "primary": 1.99, minstens 4.5 nodig (WCAG AA)',
    ]);
  });

  it('accepts only colours written as #rrggbb', () => {
    expect(problems(withColours({ primary: 'teal' }))).toEqual(['colours.primary: moet een kleur zijn als #0b5e6b']);
    expect(problems(withColours({ primary: '#0b5' }))).toEqual(['colours.primary: moet een kleur zijn als #0b5e6b']);
  });

  it('accepts a base path of / or folders between slashes', () => {
    for (const basePath of ['/', '/leernetwerk/', '/swv/leernetwerk-2/']) expect(problems({ ...valid, basePath }), basePath).toEqual([]);
  });

  it('refuses a base path without its slashes or with capitals', () => {
    for (const basePath of ['leernetwerk/', '/leernetwerk', '/Leernetwerk/', '']) {
      expect(problems({ ...valid, basePath }), basePath).toEqual([`basePath: heeft niet de goede vorm (de tekst "${basePath}")`]);
    }
  });

  it('takes the support plan as an optional title and full web address, which the speerpunt pages link', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, plan: { title: 'Ondersteuningsplan 2023-2027', url: 'https://swv.example.nl/plan.pdf' } })).toEqual([]);
    expect(problems({ ...valid, plan: { title: 'Ondersteuningsplan', url: 'swv.example.nl/plan.pdf' } }).map((line) => line.split(':')[0])).toEqual(['plan.url']);
  });

  it('needs a full web address for the site, not only a host name', () => {
    expect(problems({ ...valid, url: 'leernetwerk.example.nl' })).toEqual(['url: heeft niet de goede vorm (de tekst "leernetwerk.example.nl")']);
  });
});
