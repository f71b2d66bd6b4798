// `npm run bench`: runs every benchmark and prints one table of figures, then the chunk table.
import type { Bench, BenchRow, BenchTable } from './row';

const benches: Record<string, () => Promise<{ bench: Bench }>> = {
  'content-script': () => import('./content-script.bench'),
  detection: () => import('./detection.bench'),
  'quick-add': () => import('./quick-add.bench'),
  csv: () => import('./csv.bench'),
  popup: () => import('./popup.bench'),
  data: () => import('./data.bench'),
  capture: () => import('./capture.bench'),
  'qr-decoders': () => import('./qr-decoders.bench'),
};
/** Tables printed after the figures, selected by name like the benches. */
const tables: Record<string, () => Promise<{ table: BenchTable }>> = {
  chunks: () => import('./chunks.bench'),
  'qr-decoders': () => import('./qr-decoders.bench'),
};

const only = process.argv.slice(2);
const selected = (name: string) => only.length === 0 || only.includes(name);
const rows: BenchRow[] = [];
for (const [name, load] of Object.entries(benches)) {
  if (!selected(name)) continue;
  const { bench } = await load();
  rows.push(...(await bench()));
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
if (rows.length > 0)
  console.table(
    rows.map((r) => ({
      figure: r.figure,
      value: `${fmt(r.value)} ${r.unit}`,
      target: r.target,
      ok: r.ok ? 'yes' : 'NO',
    })),
  );

for (const [name, load] of Object.entries(tables)) {
  if (!selected(name)) continue;
  const { title, rows } = await (await load()).table();
  console.log(`\n${title}`);
  console.table(rows);
}
