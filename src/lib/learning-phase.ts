/**
 * The leerfase of a goed voorbeeld, computed from what the network shared,
 * never typed by hand: Idee, then Uitgeprobeerd (a school is doing or did
 * it), Teruggekeken (someone shared a lesson about it), Overgenomen (another
 * werkgebied took it over). The furthest step the evidence shows counts: a
 * lesson about an idea means it was tried and looked back on.
 */
import { nl } from '../i18n/nl.ts';
import type { PrototypeStatus } from '../schemas/statuses.ts';

export const learningPhaseIds = ['idee', 'uitgeprobeerd', 'teruggekeken', 'overgenomen'] as const;
export type LearningPhase = (typeof learningPhaseIds)[number];

/** Each phase with its Dutch name, in order. */
export const learningPhaseNames: Record<LearningPhase, string> = nl.learningPhase.names;

export interface PhaseEvidence {
  status: PrototypeStatus;
  /** Published lessons about the voorbeeld, take-overs included. */
  lessons: number;
  /** Published lessons that report a take-over in another werkgebied. */
  adoptions: number;
}

export function learningPhase({ status, lessons, adoptions }: PhaseEvidence): LearningPhase {
  if (adoptions > 0) return 'overgenomen';
  if (lessons > 0) return 'teruggekeken';
  return status === 'idee' ? 'idee' : 'uitgeprobeerd';
}
