// Quick add parses on every keystroke in the popup: it must stay far below a frame.
import { parseQuickAdd } from '../../lib/quick-add';
import { cases } from '../unit/quick-add/cases';
import type { Bench } from './row';

const ROUNDS = 200;

export const bench: Bench = async () => {
  const lines = cases.map(([line]) => line);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const line of lines) parseQuickAdd(line);
  const perSecond = (ROUNDS * lines.length) / ((performance.now() - started) / 1000);

  const worstLine = 'Dr. Anna Berger, Lechner AG, anna@lechner.at, +43 660 1234567 '.repeat(40);
  const worstStarted = performance.now();
  parseQuickAdd(worstLine);
  const worstMs = performance.now() - worstStarted;

  return [
    {
      figure: 'quick-add lines parsed',
      value: Math.round(perSecond),
      unit: '/s',
      target: '≥ 20000',
      ok: perSecond >= 20_000,
    },
    { figure: 'quick-add 2.5 kB line', value: worstMs, unit: 'ms', target: '< 16', ok: worstMs < 16 },
  ];
};
