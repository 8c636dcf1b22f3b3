/**
 * `npm run lint:electron`: @doyensec/electronegativity over the Electron side (src/main,
 * src/preload and the page's index.html). Fails on any HIGH or MEDIUM finding that is not in
 * scripts/electronegativity-allow.json with the reason it does not apply; says which allowed
 * findings no longer occur, so the list does not rot.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')
const root = resolve(import.meta.dirname, '..')
const electron = require('electron/package.json').version
const allow = JSON.parse(readFileSync(resolve(root, 'scripts/electronegativity-allow.json'), 'utf8'))
const INPUTS = process.argv.slice(2).length ? process.argv.slice(2) : ['out']

const findings = []
for (const input of INPUTS) {
  const { issues, errors } = await run({
    input: resolve(root, input),
    isRelative: false,
    electronVersionOverride: electron,
    parserPlugins: [],
    customScan: [],
    // That check asks the network for Electron's newer releases: offline it waited out a timeout
    // per input (half a minute of every test run), and the Electron version is pinned on purpose.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  })
  for (const e of errors ?? []) console.warn(`electronegativity could not read ${e.file}: ${e.message ?? e.error}`)
  for (const i of issues) {
    const severity = i.severity.name ?? String(i.severity)
    findings.push({
      id: i.id,
      file: relative(root, i.file),
      line: i.location?.line,
      severity,
      manual: !!i.manualReview,
    })
  }
}

const serious = findings.filter((f) => /HIGH|MEDIUM/i.test(f.severity))
const allowed = (f) => allow.find((a) => a.id === f.id && a.file === f.file)
const unexplained = serious.filter((f) => !allowed(f))
const stale = allow.filter((a) => !serious.some((f) => f.id === a.id && f.file === a.file))

console.log(
  `electronegativity ${INPUTS.join(', ')} (Electron ${electron}): ${findings.length} findings, ${serious.length} high or medium`,
)
for (const f of serious) {
  const a = allowed(f)
  console.log(
    `  ${a ? 'allowed' : 'UNEXPLAINED'}  ${f.severity.padEnd(6)} ${f.id}  ${f.file}:${f.line}${a ? `\n           ${a.reason}` : ''}`,
  )
}
for (const a of stale) console.log(`  (allowed but no longer found: ${a.id} in ${a.file}; remove it from the list)`)
if (unexplained.length) {
  console.error(`\n${unexplained.length} high/medium finding(s) not explained in scripts/electronegativity-allow.json`)
  process.exit(1)
}
