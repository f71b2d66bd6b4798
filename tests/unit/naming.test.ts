// The naming rules of the README's "Layout" section, checked over the tree: a file named after
// the React component or hook it exports, every other file and folder kebab-case, and
// "follow-up" spelled one way (lib/followup keeps its public path, docs/method.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TOP = ['lib', 'components', 'entrypoints', 'tests', 'docs'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? [relative(ROOT, path), ...walk(path)] : [relative(ROOT, path)];
  });
}
const paths = TOP.flatMap((top) => [top, ...walk(join(ROOT, top))]);
const base = (path: string): string => path.split('/').at(-1)!;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;
const COMPONENT = /^([A-Z][A-Za-z0-9]*)(\.test)?\.tsx$/;
const HOOK = /^(use[A-Z][A-Za-z0-9]*)\.ts$/;

describe('file names', () => {
  test('are kebab-case, or named after the component or hook they export', () => {
    const wrong = paths.filter((path) => {
      const name = base(path);
      if (KEBAB.test(name)) return false;
      const [, exported, isTest] = COMPONENT.exec(name) ?? HOOK.exec(name) ?? [];
      if (!exported) return true;
      if (isTest || path.startsWith('tests/')) return false;
      return !new RegExp(`export (?:function|const|class) ${exported}\\b`).test(readFileSync(join(ROOT, path), 'utf8'));
    });
    expect(wrong).toEqual([]);
  });

  test('spell follow-up as "follow-up", but for the public lib/followup and its tests', () => {
    const oneWord = paths.filter(
      (path) => /[Ff]ollowup/.test(path) && !/^(lib|tests\/unit)\/followup(\/|$)/.test(path),
    );
    expect(oneWord).toEqual([]);
  });

  test('the walk sees the tree', () => {
    expect(paths).toContain('lib/followup/index.ts');
    expect(paths).toContain('components/useUndo.ts');
  });
});
