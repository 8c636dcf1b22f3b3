/**
 * The rooms of src/main (docs/architecture.md): features take what they use from core/deps.ts,
 * app/ composes them, and only the entry points import app/. Lint refuses the wrong imports;
 * the import graph shows what is left: no circle through app/, none across two rooms.
 */
import { ESLint } from 'eslint'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cycles, importGraph, type Graph } from '../../support/import-graph'

const root = resolve(__dirname, '../../..')
const ENTRY_POINTS = ['src/main/bridge/start-web.ts', 'src/main/cli.ts', 'src/main/index.ts']
const inApp = (path: string) => path.startsWith('src/main/app/')
/** The room of a module: its first folder under src/main, or the file itself at the top. */
const roomOf = (path: string) => path.replace(/^src\/main\//, '').split('/')[0]

describe('lint keeps the rooms', () => {
  const eslint = new ESLint({ cwd: root })
  /** The messages of no-restricted-imports for `code` linted as if it were the file at `path`. */
  async function refusals(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, path) })
    expect(result.messages.filter((m) => m.fatal)).toEqual([])
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
  }
  const importing = (from: string) => `import type { X } from '${from}'\nexport type Y = X\n`

  it('refuses an import from a feature into app/, at any depth, and points to core/deps.ts', async () => {
    const [message] = await refusals('src/main/import/probe.ts', importing('../app/backend'))
    expect(message).toMatch(/core\/deps\.ts/)
    expect(await refusals('src/main/import/kinds/probe.ts', importing('../../app/open'))).toHaveLength(1)
    expect(await refusals('src/main/history/probe.ts', importing('../app'))).toHaveLength(1)
    expect(await refusals('src/main/probe.ts', importing('./app/host'))).toHaveLength(1)
  })

  it('lets a feature take its share from core/deps.ts and other rooms below it', async () => {
    expect(await refusals('src/main/import/probe.ts', importing('../core/deps'))).toEqual([])
    expect(await refusals('src/main/export/probe.ts', importing('../ledgers'))).toEqual([])
  })

  it('lets app/ and the entry points import app/, and nothing else at the top', async () => {
    expect(await refusals('src/main/app/probe.ts', importing('./backend'))).toEqual([])
    for (const entry of ENTRY_POINTS) {
      const up = entry.split('/').length - 3
      const from = up === 0 ? './app/open' : `${'../'.repeat(up)}app/open`
      expect(await refusals(entry, importing(from)), entry).toEqual([])
    }
    // The shell's IPC registration serves a gate: it may import electron, not the app.
    expect(await refusals('src/main/ipc/register.ts', importing('electron'))).toEqual([])
    expect(await refusals('src/main/ipc/register.ts', importing('../app/host'))).toHaveLength(1)
    expect(await refusals('src/main/bridge/server.ts', importing('../app/host'))).toHaveLength(1)
  })

  it('keeps the rooms below the features free of features', async () => {
    expect(await refusals('src/main/core/probe.ts', importing('../import/run'))).toHaveLength(1)
    expect(await refusals('src/main/ledgers/probe.ts', importing('../campaigns/plan'))).toHaveLength(1)
    expect(await refusals('src/main/query/probe.ts', importing('../ledgers'))).toEqual([])
  })

  it('still refuses electron outside the shell, and main from the renderer', async () => {
    expect(await refusals('src/main/import/probe.ts', importing('electron'))).toHaveLength(1)
    const renderer = 'src/renderer/src/features/probe.ts'
    const [message] = await refusals(renderer, importing('../../../main/app/backend'))
    expect(message).toMatch(/only through the API/)
    expect(await refusals(renderer, importing('../../../main/core/deps'))).toHaveLength(1)
  })
})

describe('the import graph of src/main', () => {
  const graph = importGraph(root, 'src/main')

  it('is read whole: app/ reaches the features it composes', () => {
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get('src/main/app/backend.ts')).toContain('src/main/import/handlers.ts')
    expect(graph.get('src/main/import/handlers.ts')).toContain('src/main/core/deps.ts')
  })

  it('has app/ imported only by app/ and the entry points', () => {
    const importers = [...graph]
      .filter(([file, targets]) => !inApp(file) && targets.some(inApp))
      .map(([file]) => file)
      .sort()
    expect(importers).toEqual(ENTRY_POINTS)
  })

  it('has no circle through app/, and none that spans two rooms', () => {
    const found = cycles(graph)
    expect(found.filter((c) => c.some(inApp))).toEqual([])
    expect(found.filter((c) => new Set(c.map(roomOf)).size > 1)).toEqual([])
  })

  it('finds a circle where there is one', () => {
    const g: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ])
    expect(cycles(g)).toEqual([['a', 'b', 'c']])
  })
})
