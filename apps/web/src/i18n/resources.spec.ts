import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();

const fr = flatten(resources.fr);
const en = flatten(resources.en);

describe('i18n resources', () => {
  it('has every English key in French', () => {
    expect([...en.keys()].filter((key) => !fr.has(key))).toEqual([]);
  });

  it('has every French key in English', () => {
    expect([...fr.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = [...fr, ...en].filter(([, value]) => !value.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const mismatched = [...en.keys()].filter(
      (key) =>
        fr.has(key) &&
        placeholders(en.get(key) ?? '').join() !== placeholders(fr.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('names every role of the domain in both languages', async () => {
    const { ROLES } = await import('@relais/domain');
    for (const role of ROLES) {
      expect(en.has(`common.roles.${role}`), role).toBe(true);
      expect(fr.has(`common.roles.${role}`), role).toBe(true);
    }
  });
});
