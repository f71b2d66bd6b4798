// The built extension's script and style files, what each weighs and which page loads it: read from
// the build itself (the HTML pages' script and preload tags, the chunks' imports), no bundler output
// needed. Used by the bundle audit (bundle.spec.ts) and the chunk table of `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  /** Path inside the build, e.g. `chunks/vendor-react-4WB2DqLa.js`. */
  path: string;
  /** The name without the content hash and extension, e.g. `vendor-react`. */
  name: string;
  bytes: number;
  gzipBytes: number;
  /** The pages (`popup`, `panel`, …) that load it, statically or by a dynamic import. */
  pages: string[];
  text: string;
}

const CODE_DIRS = ['chunks', 'assets', 'content-scripts'];
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/** A built file's name without its hash: Rollup appends `-` and eight URL-safe characters. */
const chunkName = (path: string): string => (path.split('/').pop() ?? path).replace(/(-[\w-]{8})?\.(js|css)$/, '');

/** Every file a text refers to by its base name (imports, preload lists, link and script tags). */
function references(text: string, all: string[]): string[] {
  return all.filter((path) => text.includes(path.split('/').pop()!));
}

/** The script and style files of a build (`.output/chrome-mv3`), with the pages that load each. */
export function builtFiles(dir: string): BuiltFile[] {
  const code = [
    ...CODE_DIRS.flatMap((d) => walk(join(dir, d)).map((f) => relative(dir, f))),
    ...readdirSync(dir).filter((f) => f.endsWith('.js')),
  ].filter((f) => /\.(js|css)$/.test(f));
  const texts = new Map(code.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const pages = new Map<string, Set<string>>(code.map((f) => [f, new Set<string>()]));
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const page = html.replace(/\.html$/, '');
    const queue = references(readFileSync(join(dir, html), 'utf8'), code);
    while (queue.length > 0) {
      const file = queue.pop()!;
      const loadedBy = pages.get(file)!;
      if (loadedBy.has(page)) continue;
      loadedBy.add(page);
      queue.push(...references(texts.get(file)!, code).filter((f) => f !== file));
    }
  }
  return code
    .map((path) => {
      const text = texts.get(path)!;
      return {
        path,
        name: chunkName(path),
        bytes: Buffer.byteLength(text),
        gzipBytes: gzipSync(text, { level: 9 }).length,
        pages: [...pages.get(path)!].sort(),
        text,
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
