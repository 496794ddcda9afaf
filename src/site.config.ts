/**
 * The one file a samenwerkingsverband changes to run this site as its own:
 * name, address, logo, colours and contact. See "Een eigen Leernetwerk" in the README.
 */
import { defineSiteConfig } from './config/define-site-config.ts';

export default defineSiteConfig({
  name: 'Leernetwerk',
  tagline: 'Goede voorbeelden, lessen en wie weet wat: samen werken aan inclusiever onderwijs',
  organisation: 'Samenwerkingsverband Passend Onderwijs Noord-Kennemerland',
  url: 'https://leernetwerk.example.nl',
  basePath: '/',
  logo: { src: '/logo.svg', alt: 'Leernetwerk' },
  colours: {
    primary: '#0b5e6b',
    onPrimary: '#ffffff',
    accent: '#c2410c',
    background: '#ffffff',
    text: '#1f2933',
    surface: '#f1f6f7',
  },
  contact: { email: 'leernetwerk@example.nl', name: 'Team Leernetwerk' },
  privacy: { reviewMonths: 12, consentMonths: 24 },
  // The support plan the speerpunten come from; leave `plan` out when it is not online.
  plan: { title: 'Ondersteuningsplan 2023-2027', url: 'https://www.swv-noordkennemerland.example/ondersteuningsplan/' },
  // The report of `npm run check:content` on text for parents: longer sentences and words are named.
  plainLanguage: { maxSentenceWords: 20, maxWordLetters: 16 },
  // Shown on every page for parents (/ouders/). Leave out when the samenwerkingsverband has none.
  parentSupport: {
    name: 'Ouder- en jeugdsteunpunt Noord-Kennemerland',
    email: 'steunpunt@swv-noordkennemerland.example',
    phone: '072 555 0100',
    availability: 'maandag tot en met donderdag, van 9 tot 16 uur',
  },
  // Where the CMS at /admin/ saves edits. Can be overridden with LEERNETWERK_CMS_* variables (README, "Redactie").
  cms: {
    backend: 'github',
    repo: 'swv-noord-kennemerland/leernetwerk',
    branch: 'main',
    baseUrl: 'https://cms-login.leernetwerk.example.nl',
  },
});
