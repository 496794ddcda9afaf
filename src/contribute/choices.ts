/** The ids the /delen/ form offers, as the built site publishes them in /delen/keuzes.json for the endpoint. */
import type { SiteConfig } from '../config/site-schema.ts';
import type { Choices } from './contribution.ts';

export const choicesPath = (config: SiteConfig) => `${config.basePath}delen/keuzes.json`;

/** The published ids per collection that the form offers. */
export function publishedChoices(relations: {
  regions: Array<{ id: string }>;
  topics: Array<{ id: string }>;
  networkGroups: Array<{ id: string }>;
  prototypes: Array<{ id: string }>;
  lessons: Array<{ id: string }>;
  experts: Array<{ id: string }>;
}): Choices {
  const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);
  return {
    regions: ids(relations.regions),
    topics: ids(relations.topics),
    'network-groups': ids(relations.networkGroups),
    prototypes: ids(relations.prototypes),
    lessons: ids(relations.lessons),
    experts: ids(relations.experts),
  };
}
