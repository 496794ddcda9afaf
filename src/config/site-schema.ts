/**
 * The shape of src/site.config.ts: everything a samenwerkingsverband changes
 * when it forks the site. Colours are checked for WCAG AA contrast, so a fork
 * cannot make the site unreadable by accident.
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { cmsSettingsSchema } from './cms-settings.ts';
import { contrastRatio } from './contrast.ts';
import '../schemas/shared.ts';

/** The label prefix Decap's editorial workflow uses when none is configured. */
export const defaultLabelPrefix = 'decap-cms/';

/**
 * Sharing without an account (/delen/ and its endpoint, src/contribute/). The
 * git token never lives here: only in the host's environment
 * (LEERNETWERK_CONTRIBUTE_TOKEN), see "Delen zonder account" in the README.
 */
export const contributeSchema = z
  .object({
    /** Where the form posts: a path on the site (Netlify and Cloudflare functions, npm start) or the full address of a self-hosted server. */
    endpoint: z.string().regex(/^(\/[a-z0-9/-]*|https?:\/\/\S+)$/).default('/api/delen'),
    /** SHA-256 (hex) of an access code that contributors must type, e.g. one per samenwerkingsverband; leave out for none. */
    accessCodeHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    /** Largest submission in bytes. */
    maxBytes: z.number().int().min(2_000).max(1_000_000).default(60_000),
    /** Submissions per hour from one address. */
    ratePerHour: z.number().int().min(1).max(1_000).default(10),
    /** The status a contribution gets in the CMS's editorial workflow: draft (Concept) or pending_review (Wordt beoordeeld). */
    workflowStatus: z.enum(['draft', 'pending_review']).default('pending_review'),
    /** Decap's `cms_label_prefix`: the labels that mark its pull requests. */
    labelPrefix: z.string().regex(/^[\w./-]+$/).default(defaultLabelPrefix),
  })
  .prefault({});

/** How long pages stay current before they ask to be checked. */
export const freshnessSchema = z
  .object({
    /** After how many months without a change a goed voorbeeld shows "Klopt dit nog?". */
    prototypeMonths: z.number().int().min(1).max(60).default(12),
  })
  .prefault({});

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: nl.settings.colour });

/** The samenwerkingsverband's own ouder- en jeugdsteunpunt, shown on every page for parents. */
const parentSupportSchema = z
  .object({
    /** e.g. "Ouder- en jeugdsteunpunt Noord-Kennemerland". */
    name: z.string().min(2).max(120),
    email: z.email().optional(),
    /** As people write it: 072 555 01 00. */
    phone: z.string().regex(/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/).optional(),
    url: z.url().optional(),
    /** When they answer, e.g. "maandag tot en met donderdag, 9 tot 16 uur". */
    availability: z.string().max(120).optional(),
  })
  .refine((support) => support.email ?? support.phone ?? support.url, { error: nl.settings.parentSupportContact });

export const siteConfigSchema = z
  .object({
    /** Name of the site, in the header and the title of every page. */
    name: z.string().min(2).max(40),
    /** One line under the name: what the site is for. */
    tagline: z.string().min(5).max(120),
    /** The samenwerkingsverband that runs the site. */
    organisation: z.string().min(2).max(120),
    /** Public address of the site, without the path, e.g. https://leernetwerk.example.nl */
    url: z.url(),
    /** Path the site lives under; `/` unless the host serves it from a subfolder. */
    basePath: z.string().regex(/^\/([a-z0-9-]+\/)*$/).default('/'),
    /** Logo in public/, shown in the header and the CMS. */
    logo: z.object({ src: z.string().startsWith('/'), alt: z.string().min(2) }),
    colours: z.object({
      /** Links, buttons and headings. Must read well on the background. */
      primary: hexColour,
      /** Text on primary-coloured areas (header bar, buttons). */
      onPrimary: hexColour,
      /** Highlights such as the focus ring and the "what did not work" mark. */
      accent: hexColour,
      background: hexColour,
      text: hexColour,
      /** A soft tint for cards and panels. */
      surface: hexColour,
    }),
    contact: z.object({
      /** Where visitors send questions about the site and corrections. */
      email: z.email(),
      /** Shown in the footer, e.g. "Team Leernetwerk". */
      name: z.string().min(2),
    }),
    /** The support plan (ondersteuningsplan) the speerpunten come from; its title links to it on every speerpunt page. Leave out when it is not online. */
    plan: z.object({ title: z.string().min(2).max(120), url: z.url() }).optional(),
    /** Where the CMS at /admin/ saves edits; see "Redactie" in the README. */
    cms: cmsSettingsSchema,
    privacy: z.object({
      /** After how many months a profile counts as possibly outdated. */
      reviewMonths: z.number().int().min(1).max(36).default(12),
      /** After how many months consent to publish a profile must be asked again. */
      consentMonths: z.number().int().min(1).max(60).default(24),
    }),
    /** Limits of the plain-language (B1) report on text for parents (npm run check:content). */
    plainLanguage: z
      .object({
        /** Sentences with more words are reported. */
        maxSentenceWords: z.number().int().min(8).max(40).default(20),
        /** Words with more letters are reported, unless the glossary explains them. */
        maxWordLetters: z.number().int().min(8).max(30).default(16),
      })
      .prefault({}),
    parentSupport: parentSupportSchema.optional(),
    contribute: contributeSchema,
    freshness: freshnessSchema,
  })
  .superRefine((config, context) => {
    const pairs: Array<[keyof typeof config.colours, keyof typeof config.colours, number]> = [
      ['text', 'background', 4.5],
      ['primary', 'background', 4.5],
      ['onPrimary', 'primary', 4.5],
      ['text', 'surface', 4.5],
      ['primary', 'surface', 4.5],
      ['accent', 'background', 3],
    ];
    for (const [foreground, background, minimum] of pairs) {
      const ratio = contrastRatio(config.colours[foreground], config.colours[background]);
      if (ratio < minimum) {
        context.addIssue({
          code: 'custom',
          path: ['colours', foreground],
          message: nl.settings.contrast(background, ratio.toFixed(2), minimum),
        });
      }
    }
  });

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
