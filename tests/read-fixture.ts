// Reads a fixture page for the unit tests, the browser tests and the benches alike. The pages of
// one app share their logic in a script file: `<script src="…">` is replaced by that file's text,
// so every page stays a single document (served alone at the real URL, or written into happy-dom).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function readFixture(file: string): string {
  const path = join(FIXTURES_DIR, file);
  return readFileSync(path, 'utf8').replace(
    /<script src="([^"]+)"><\/script>/g,
    (_, src: string) => `<script>\n${readFileSync(join(dirname(path), src), 'utf8')}</script>`,
  );
}

/** The event data a fixture app page renders from (its JSON block #fixture-data): the truth its pages show. */
export function readFixtureData<T>(file: string): T {
  const block = /<script type="application\/json" id="fixture-data">([\s\S]*?)<\/script>/.exec(readFixture(file));
  if (!block) throw new Error(`${file} has no #fixture-data block`);
  return JSON.parse(block[1]!) as T;
}
