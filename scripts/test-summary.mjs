// Prints one closing line for the whole `npm test` run, from the JSON reports that vitest
// and Playwright write to .reports/: "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs'

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    console.error(`missing test report ${file}`)
    process.exit(1)
  }
}

const unit = read('.reports/vitest.json')
const e2e = read('.reports/playwright.json')
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky
const failed = unit.numFailedTests + e2e.stats.unexpected
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped
console.log(
  `unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`,
)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
