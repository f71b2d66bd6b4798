// Detector figures: throughput over the corpus, latency on a 200 KB
// description, and the shipped size (minified + gzipped) of lib/detection.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { detectFestiveEvent, type FestiveEventInput } from '../../lib/detection/index';
import type { Bench, BenchRow } from './row';

const corpusPath = fileURLToPath(new URL('../fixtures/detection/events.jsonl', import.meta.url));
const entryPath = fileURLToPath(new URL('../../lib/detection/index.ts', import.meta.url));

function loadCorpus(): FestiveEventInput[] {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FestiveEventInput);
}

function eventsPerSecond(events: FestiveEventInput[]): number {
  for (let i = 0; i < 20; i++) for (const e of events) detectFestiveEvent(e); // warm-up
  let count = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 1000) {
    for (const e of events) detectFestiveEvent(e);
    count += events.length;
    elapsed = performance.now() - t0;
  }
  return Math.round((count / elapsed) * 1000);
}

function hugeDescriptionMs(): number {
  const chunk = '<div class="x">Sehr geehrte Damen &amp; Herren, <b>Agenda</b> Q4 Zahlen 🎄</div>\n';
  const description = chunk.repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000);
  const event = { title: 'Einladung der Firma Wagner', description, start: '2026-12-11T18:00' };
  for (let i = 0; i < 5; i++) detectFestiveEvent(event);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    detectFestiveEvent(event);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function gzippedKb(): Promise<number> {
  const result = await build({ entryPoints: [entryPath], bundle: true, minify: true, write: false, format: 'esm' });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length / 1024;
}

export const bench: Bench = async () => {
  const rate = eventsPerSecond(loadCorpus());
  const hugeMs = hugeDescriptionMs();
  const sizeKb = await gzippedKb();
  const rows: BenchRow[] = [
    { figure: 'detection: events/s over corpus', value: rate, unit: 'ev/s', target: '≥ 50000', ok: rate >= 50_000 },
    { figure: 'detection: 200 KB description (median)', value: hugeMs, unit: 'ms', target: '< 5', ok: hugeMs < 5 },
    { figure: 'detection: bundle min+gzip', value: sizeKb, unit: 'KB', target: '≤ 6', ok: sizeKb <= 6 },
  ];
  return rows;
};
