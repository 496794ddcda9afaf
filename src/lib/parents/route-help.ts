/**
 * Who helps with one step of a parent route in one werkgebied. The people
 * are profiles for parents (audience `ouders`) in that werkgebied that the
 * step names in `contacts` or whose role contains one of the step's `roles`.
 * When nobody there fits, the samenwerkingsverband's own steunpunt (site
 * config `parentSupport`) stands in, marked as such; without one, the named
 * contacts from elsewhere.
 */
import type { SiteConfig } from '../../config/site-schema.ts';
import { refId, type Expert, type ParentRoute, type Relations } from '../relations.ts';

export type RouteStep = ParentRoute['data']['steps'][number];
export type ParentSupport = NonNullable<SiteConfig['parentSupport']>;

export type StepHelp =
  /** The step names nobody (the parent does it with their own school), or nobody can be found. */
  | { kind: 'none' }
  /** People of this werkgebied. */
  | { kind: 'local'; people: Expert[] }
  /** Nobody here fits: the steunpunt for the whole samenwerkingsverband. */
  | { kind: 'swv-wide'; support: ParentSupport }
  /** Nobody here fits and there is no steunpunt: the named contacts, who work elsewhere. */
  | { kind: 'elsewhere'; people: Expert[] };

/** True when a role ("Onderwijsconsulent Noord") contains one of the words ("onderwijsconsulent"). */
export const roleMatches = (role: string, words: readonly string[]) =>
  words.some((word) => role.toLocaleLowerCase('nl').includes(word.trim().toLocaleLowerCase('nl')));

export function stepHelp(step: RouteStep, regionId: string, relations: Relations, support: ParentSupport | undefined): StepHelp {
  const named = new Set(step.contacts.map(refId));
  if (named.size === 0 && step.roles.length === 0) return { kind: 'none' };
  const people = relations.parentExpertsForRegion(regionId).filter((expert) => named.has(expert.id) || roleMatches(expert.data.role, step.roles));
  if (people.length > 0) return { kind: 'local', people };
  if (support) return { kind: 'swv-wide', support };
  const elsewhere = relations.expertsOf(step.contacts).filter((expert) => expert.data.audience.includes('ouders'));
  return elsewhere.length > 0 ? { kind: 'elsewhere', people: elsewhere } : { kind: 'none' };
}
