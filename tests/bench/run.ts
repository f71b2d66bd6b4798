// `npm run bench`: runs every benchmark and prints one table of figures.
import type { Bench, BenchRow } from './row';

const benches: Record<string, () => Promise<{ bench: Bench }>> = {
  'content-script': () => import('./content-script.bench'),
  detection: () => import('./detection.bench'),
  'quick-add': () => import('./quick-add.bench'),
  csv: () => import('./csv.bench'),
  popup: () => import('./popup.bench'),
  data: () => import('./data.bench'),
  capture: () => import('./capture.bench'),
};

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, load] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const { bench } = await load();
  rows.push(...(await bench()));
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
console.table(
  rows.map((r) => ({
    figure: r.figure,
    value: `${fmt(r.value)} ${r.unit}`,
    target: r.target,
    ok: r.ok ? 'yes' : 'NO',
  })),
);
