// Loads a labelled JSONL event set and measures the detector on it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectFestiveEvent, type FestiveEventInput } from '../../../lib/detection/index';

export interface LabelledEvent extends FestiveEventInput {
  id: string;
  lang: string;
  expected: boolean;
}

export interface Evaluation {
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export function loadLabelled(name: string): LabelledEvent[] {
  const path = fileURLToPath(new URL(`../../fixtures/detection/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledEvent);
}

export function evaluate(events: LabelledEvent[]): Evaluation {
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  let truePositives = 0;
  for (const e of events) {
    const { match } = detectFestiveEvent(e);
    if (match && e.expected) truePositives++;
    else if (match) falsePositives.push(`${e.id} ${e.title}`);
    else if (e.expected) falseNegatives.push(`${e.id} ${e.title}`);
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    precision: ratio(truePositives, truePositives + falsePositives.length),
    recall: ratio(truePositives, truePositives + falseNegatives.length),
    falsePositives,
    falseNegatives,
  };
}

export function report(name: string, result: Evaluation): void {
  console.log(
    `${name}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}` +
      (result.falsePositives.length ? `\n  false positives: ${result.falsePositives.join(' | ')}` : '') +
      (result.falseNegatives.length ? `\n  false negatives: ${result.falseNegatives.join(' | ')}` : ''),
  );
}
