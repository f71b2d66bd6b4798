// Prints one line "tests: N passed, N failed, N skipped" from the unit, Chromium and Firefox JSON reports.
import { readFileSync } from 'node:fs';

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
const firefox = JSON.parse(readFileSync('reports/firefox.json', 'utf8'));
const vitests = [unit, firefox];
const sum = (key) => vitests.reduce((total, report) => total + report[key], 0);
const passed = sum('numPassedTests') + e2e.stats.expected + e2e.stats.flaky;
const failed = sum('numFailedTests') + e2e.stats.unexpected;
const skipped = sum('numPendingTests') + sum('numTodoTests') + e2e.stats.skipped;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
