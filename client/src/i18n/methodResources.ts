import type { MethodDefinition, Role } from '@intervision/shared';

/** The texts of one phase, as the resources hold them. */
export interface PhaseTexts {
  title: string;
  guidance: Record<Role, string>;
}

/** The texts of one method, keyed by method id and then phase id. */
export interface MethodTexts {
  title: string;
  summary: string;
  phases: Record<string, PhaseTexts>;
}

/**
 * The English method texts taken from the method data in `shared/`, so the server and the client
 * never disagree on the English and a new method needs no client change to show up in English.
 */
export function methodResources(methods: readonly MethodDefinition[]): Record<string, MethodTexts> {
  return Object.fromEntries(
    methods.map((m) => [
      m.id,
      {
        title: m.title,
        summary: m.summary,
        phases: Object.fromEntries(
          m.phases.map((p) => [p.id, { title: p.title, guidance: { ...p.guidance } }]),
        ),
      },
    ]),
  );
}
