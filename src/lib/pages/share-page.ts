/**
 * /delen/: the form to share a les, a goed voorbeeld or an addition, with
 * the choices the form offers (werkgebieden, thema's, ...) and the labels and
 * hints the CMS uses for the same fields.
 */
import { bodySections, formNames, limits, type NewEntryCollection } from '../../contribute/contribution.ts';
import { nl } from '../../i18n/nl.ts';
import { focusAreaIds } from '../../schemas/focus-areas.ts';
import { prototypeStatuses } from '../../schemas/statuses.ts';
import { schoolTypes } from '../../schemas/shared.ts';
import site from '../../site.config.ts';
import { url } from '../urls.ts';
import type { Relations } from '../relations.ts';
import type { Crumb } from './types.ts';

export interface Option {
  value: string;
  label: string;
}

const options = (entries: Array<{ id: string; data: Record<string, unknown> }>, field: string): Option[] =>
  entries.map((entry) => ({ value: entry.id, label: String(entry.data[field]) }));

/** The endpoint's address as the form's action: a path on the site, or a server elsewhere. */
export const shareEndpoint = (endpoint = site.contribute.endpoint) => endpoint;

export function sharePage(relations: Relations) {
  const crumbs: Crumb[] = [{ label: nl.share.title }];
  const sections = (kind: NewEntryCollection) =>
    bodySections[kind].map((heading, index) => ({ name: formNames.section(kind, index), id: `delen-${kind}-sectie-${index + 1}`, heading }));
  return {
    title: nl.share.title,
    lead: nl.share.lead,
    crumbs,
    action: shareEndpoint(),
    thanksHref: url('delen/bedankt/'),
    needsAccessCode: site.contribute.accessCodeHash !== undefined,
    names: formNames,
    limits,
    choices: {
      regions: options(relations.regions, 'name'),
      topics: options(relations.topics, 'name'),
      networkGroups: options(relations.networkGroups, 'name'),
      prototypes: options(relations.prototypes, 'title'),
      experts: options(relations.experts, 'name'),
      schoolTypes: Object.entries(schoolTypes).map(([value, label]) => ({ value, label })),
      statuses: Object.entries(prototypeStatuses).map(([value, label]) => ({ value, label })),
      focusAreas: focusAreaIds.map((id) => ({ value: id, label: nl.focusAreas[id].label })),
    },
    sections: { lessons: sections('lessons'), prototypes: sections('prototypes') },
    mailto: site.contact.email,
  };
}
