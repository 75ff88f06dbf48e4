export type { MethodDefinition, PhaseDefinition } from './methods/methodTypes.js';
import { intervision } from './methods/intervision.js';
import { balint } from './methods/balint.js';
import { supervisionCycle } from './methods/supervisionCycle.js';
import { reflectivePracticeGroup } from './methods/reflectivePracticeGroup.js';
import { oneToOne } from './methods/oneToOne.js';
import { incidentMethod } from './methods/incidentMethod.js';
import type { MethodDefinition } from './methods/methodTypes.js';

/** Every method the product offers, in the order the create screen lists them. */
export const METHODS: readonly MethodDefinition[] = [
  intervision,
  balint,
  supervisionCycle,
  reflectivePracticeGroup,
  oneToOne,
  incidentMethod,
];

/** The method with this id, or undefined. */
export function findMethod(id: string): MethodDefinition | undefined {
  return METHODS.find((m) => m.id === id);
}
