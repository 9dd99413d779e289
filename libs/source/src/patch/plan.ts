import type { Edit } from './diff';

/** Edits to one file and what they do; or why no patch is offered. */
export interface PatchPlan {
  edits: Edit[];
  description: string;
}

export type PlanResult = PatchPlan | { reason: string };

export function isPlan(r: PlanResult): r is PatchPlan {
  return 'edits' in r;
}
