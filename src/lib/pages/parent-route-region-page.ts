/**
 * /ouders/<route>/<werkgebied>/: the whole route for one werkgebied, with
 * the people there who help at each step (or the steunpunt for the whole
 * samenwerkingsverband when nobody there fits). Drawn to take in at a
 * glance, and printed on one A4 to take to a meeting with school.
 */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import type { ParentRoute, Region, Relations } from '../relations.ts';
import { firstUseOn, supportBox, wordNotes } from '../parents/page-parts.ts';
import { stepHelp, type ParentSupport } from '../parents/route-help.ts';
import { routeBody, routeHeader, routeSteps } from '../parents/route-steps.ts';
import { entryUrl, listUrl, parentRouteRegionUrl } from '../urls.ts';
import type { Crumb } from './types.ts';

/** `options.support`: the steunpunt for the whole samenwerkingsverband; the site config's unless given (also when given as none). */
export function parentRouteRegionPage(
  route: ParentRoute,
  region: Region,
  relations: Relations,
  { support }: { support?: ParentSupport } = { support: site.parentSupport },
) {
  const { data } = route;
  const text = nl.parents;
  const firstUse = firstUseOn(relations);
  const header = routeHeader(route, firstUse);
  const steps = routeSteps(route, firstUse).map((step, index) => {
    const help = stepHelp(data.steps[index], region.id, relations, support);
    return { ...step, help: { label: text.helpLabel, ...(help.kind === 'swv-wide' ? { kind: help.kind, support: supportBox(help.support)! } : help) } };
  });
  const body = routeBody(route, firstUse);
  const routeHref = entryUrl('parent-routes', route.id);
  const crumbs: Crumb[] = [
    { label: text.title, href: listUrl('parent-routes') },
    { label: data.title, href: routeHref },
    { label: region.data.name },
  ];
  const address = new URL(parentRouteRegionUrl(route.id, region.id), site.url).href;
  return {
    kind: `${nl.collections['parent-routes'].kind} · ${region.data.name}`,
    title: data.title,
    pageTitle: text.regionTitle(data.title, region.data.name),
    description: data.summary,
    crumbs,
    region: { label: text.regionLabel, name: region.data.name, places: region.data.municipalities.join(', ') },
    otherRegion: { label: text.otherRegion, href: routeHref },
    printHint: text.printHint,
    printFooter: text.printFooter(site.name, address),
    ...header,
    overview: { heading: text.overviewHeading, steps: steps.map((step) => ({ number: step.number, title: step.title, href: `#${step.anchor}` })) },
    stepsHeading: text.stepsHeading,
    steps,
    labels: { swvWide: text.swvWide, elsewhere: text.elsewhere },
    body,
    words: wordNotes(firstUse.used),
    support: supportBox(support),
  };
}
