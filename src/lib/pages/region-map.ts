/**
 * The map of the werkgebieden with what is shared in each, and the same
 * numbers as a table (for screen readers, and for anyone who reads numbers
 * more easily than a map): on /werkgebieden/ everything, on a thema page only
 * the voorbeelden, lessen and mensen of that thema.
 */
import { nl } from '../../i18n/nl.ts';
import type { ReferenceValue } from '../../schemas/shared.ts';
import { networkMap, type AreaCounts } from '../map/network-map.ts';
import { refId, type Region, type Relations, type Topic } from '../relations.ts';
import { entryUrl } from '../urls.ts';
import { regionPlaces } from './region-page.ts';

export interface RegionMapModel {
  caption: string;
  legend: string;
  emptyLegend: string;
  map: ReturnType<typeof networkMap>;
  table: {
    caption: string;
    columns: typeof nl.networkMap.columns;
    /** `places`: the places in the werkgebied (on /werkgebieden/), so a reader finds the one of their school. */
    rows: Array<{ name: string; href: string; places: string; counts: AreaCounts }>;
  };
}

function regionMap(
  relations: Relations,
  counts: (region: Region) => AreaCounts,
  text: { caption: string; tableCaption: string; withPlaces: boolean },
): RegionMapModel {
  const inputs = relations.regions.map((region) => ({ region, href: entryUrl('regions', region.id), counts: counts(region) }));
  return {
    caption: text.caption,
    legend: nl.networkMap.legend,
    emptyLegend: nl.networkMap.emptyLegend,
    map: networkMap(inputs),
    table: {
      caption: text.tableCaption,
      columns: nl.networkMap.columns,
      rows: inputs.map(({ region, href, counts: numbers }) => ({ name: region.data.name, href, places: text.withPlaces ? regionPlaces(region).join(', ') : '', counts: numbers })),
    },
  };
}

/** /werkgebieden/: every voorbeeld, les and person per werkgebied (the numbers of the hub pages). */
export function allRegionsMap(relations: Relations): RegionMapModel {
  return regionMap(
    relations,
    (region) => ({
      prototypes: relations.prototypesForRegion(region.id).length,
      lessons: relations.lessonsForRegion(region.id).length,
      experts: relations.expertsForRegion(region.id).length,
    }),
    { caption: nl.networkMap.caption, tableCaption: nl.networkMap.tableCaption, withPlaces: true },
  );
}

/** A thema page: where people and voorbeelden for this thema are, and where nothing is shared yet. */
export function topicMap(topic: Topic, relations: Relations): RegionMapModel {
  const inRegion = (regionId: string) => (entry: { data: { regions: readonly ReferenceValue[] } }) =>
    entry.data.regions.some((ref) => refId(ref) === regionId);
  const prototypes = relations.prototypesForTopic(topic.id);
  const lessons = relations.lessonsForTopic(topic.id);
  const experts = relations.expertsForTopic(topic.id);
  return regionMap(
    relations,
    (region) => ({
      prototypes: prototypes.filter(inRegion(region.id)).length,
      lessons: lessons.filter(inRegion(region.id)).length,
      experts: experts.filter(inRegion(region.id)).length,
    }),
    { caption: nl.networkMap.topicCaption(topic.data.name), tableCaption: nl.networkMap.topicTableCaption(topic.data.name), withPlaces: false },
  );
}
