#!/usr/bin/env node
// Sums vitest JSON reports into one line `N passed, N failed`. A report that is missing or
// unreadable counts as one failure, so that a suite that crashed before reporting never looks green.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorCount ?? 0);
    // A test file that failed to load has no tests but a failed suite.
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        failed += 1;
        failures.push(`${file}: ${suite.name} did not load: ${firstLine(suite.message)}`);
      }
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'failed') {
          failures.push(`${file}: ${suite.name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
        }
      }
    }
  } catch {
    failed += 1;
    failures.push(`${file}: no readable report`);
  }
}
if (process.argv.length <= 2) failed += 1;
// The failed tests are named before the summary, so the last lines of a red run say what broke.
if (failures.length > 0) console.log(`Failed tests:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function firstLine(text) {
  return String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);
}
