/**
 * THE rule for a profile's contact data: e-mail and phone are published only
 * while the person's consent (`consent`) is no older than the consent term in
 * src/site.config.ts (`privacy.consentMonths`). After that the profile stays
 * on the site, but without e-mail or phone: contact goes through the redactie
 * until the consent is renewed. Every place that shows contact data (profile
 * page, cards, the printed contact sheet) asks this module; the content check
 * lists such profiles with the same rule (src/content-check/health.ts).
 */
import { nl } from '../i18n/nl.ts';
import type { ContactChannel } from '../schemas/experts.ts';
import site from '../site.config.ts';
import { isOlderThan } from './dates.ts';
import type { Expert } from './relations.ts';

export type Contact = Expert['data']['contact'];

/** What the rule needs of a profile; the content check's entries have it too. */
interface WithConsent {
  data: { consent: Date };
}

/** True when the consent is older than the term (one day past it): its contact data are no longer published. */
export function consentExpired(expert: WithConsent, now = new Date(), consentMonths = site.privacy.consentMonths): boolean {
  return isOlderThan(expert.data.consent, consentMonths, now);
}

/** The contact data that may be shown for `expert` at `now`; undefined once the consent has expired. */
export function publishableContact(expert: WithConsent & { data: { contact: Contact } }, now = new Date()): Contact | undefined {
  return consentExpired(expert, now) ? undefined : expert.data.contact;
}

export interface ContactLink {
  channel: ContactChannel;
  label: string;
  text: string;
  href: string;
  preferred: boolean;
}

/** A Dutch phone number as a tel: link in international form: 072 555 01 23 becomes tel:+31725550123. */
const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '').replace(/^0/, '+31')}`;

/** How to reach a person on the site: their own links, or the redactie when their contact data are hidden. */
export type ExpertContact =
  | { published: true; links: ContactLink[] }
  | { published: false; editors: { email: string; mailto: string } };

export function expertContact(expert: Pick<Expert, 'data'>, now = new Date()): ExpertContact {
  const contact = publishableContact(expert, now);
  if (!contact) {
    const subject = encodeURIComponent(nl.expert.contactWith(expert.data.name));
    return { published: false, editors: { email: site.contact.email, mailto: `mailto:${site.contact.email}?subject=${subject}` } };
  }
  const links: ContactLink[] = [];
  if (contact.email) {
    links.push({ channel: 'email', label: nl.expert.email, text: contact.email, href: `mailto:${contact.email}`, preferred: contact.preferred === 'email' });
  }
  if (contact.phone) {
    links.push({ channel: 'telefoon', label: nl.expert.phone, text: contact.phone, href: telHref(contact.phone), preferred: contact.preferred === 'telefoon' });
  }
  // The preferred way first.
  links.sort((a, b) => Number(b.preferred) - Number(a.preferred));
  return { published: true, links };
}

/** An e-mail address cut where a line may break: before the @ and before each dot after it ("ans", "@proef", ".example"). */
export const emailBreakParts = (address: string): string[] => address.split(/(?=@)|(?<=@.*)(?=\.)/);
