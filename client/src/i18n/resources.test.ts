import { describe, expect, test } from 'vitest';
import { METHODS } from '@intervision/shared';
import { en } from './en';
import { nl } from './nl';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource tree as `dotted.key → text`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(en as unknown as Tree);
const dutch = flatten(nl as unknown as Tree);

describe('the language resources', () => {
  test('every English key exists in Dutch and Dutch has no keys English lacks', () => {
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
  });

  test('each key uses the same interpolation variables in both languages', () => {
    const mismatched = [...english].filter(
      ([key, text]) =>
        JSON.stringify(variables(text)) !== JSON.stringify(variables(dutch.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  test('no text is empty in either language', () => {
    const empty = [...english, ...dutch].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('every method, phase and role guidance in shared/ has a Dutch text', () => {
    for (const method of METHODS) {
      expect(dutch.has(`methods.${method.id}.title`), method.id).toBe(true);
      expect(dutch.has(`methods.${method.id}.summary`), method.id).toBe(true);
      for (const phase of method.phases) {
        const base = `methods.${method.id}.phases.${phase.id}`;
        expect(dutch.has(`${base}.title`), base).toBe(true);
        for (const role of ['chair', 'presenter', 'peer'])
          expect(dutch.has(`${base}.guidance.${role}`), `${base} ${role}`).toBe(true);
      }
    }
  });

  test('Dutch speaks to people as je, never as u', () => {
    const formal = [...dutch].filter(([, text]) => /\b(u|uw|U|Uw)\b/.test(text));
    expect(formal).toEqual([]);
  });
});
