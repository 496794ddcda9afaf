/**
 * The "Kom kijken" box of a goed voorbeeld: how a visit works and a mailto:
 * to its contact, with the title in the subject and a reminder in the body
 * not to write children's names. Gone once `until` has passed: the site is
 * rebuilt every night (README, "Publiceren"), so `now` is the build's day.
 */
import { nl } from '../../i18n/nl.ts';
import { formatDate, isoDay } from '../dates.ts';
import type { Prototype, Relations } from '../relations.ts';

export function visitOffer(prototype: Prototype, relations: Relations, now = new Date()) {
  const visits = prototype.data.visits;
  if (!visits) return undefined;
  // `until` is the last day the offer stands.
  if (visits.until && isoDay(visits.until) < isoDay(now)) return undefined;
  const contact = relations.expertOf(visits.contact);
  const subject = nl.visit.mailSubject(prototype.data.title);
  return {
    heading: nl.visit.heading,
    how: visits.how,
    until: visits.until && nl.visit.until(formatDate(visits.until)),
    contact: contact && { expert: contact, intro: nl.visit.askWith(contact.data.name) },
    noContact: contact ? undefined : nl.visit.noContact,
    mail: { subject, body: nl.visit.mailBody },
  };
}
