// Prints one line "tests: N passed, N failed, N skipped" from the unit and browser JSON reports.
import { readFileSync } from 'node:fs';

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
