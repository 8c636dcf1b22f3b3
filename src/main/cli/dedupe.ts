/**
 * One firm, one record (issue #20) from the command line:
 *   npm run cli -- dedupe --db PATH [--json]
 * `--json` prints exactly one object: {"groups":[{"ids","names","reasons","score"}]}.
 */
import type { Deps } from '../core/deps'
import { findDuplicates } from '../dedupe/find'
import type { Command } from './command'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type CliDedupeDeps = Pick<Deps, 'db'>

const dbOption = { db: { type: 'string' } } as const

export const dedupeCommands: Record<string, Command<CliDedupeDeps>> = {
  dedupe: {
    usage: '--db PATH [--json]     列出疑似重复的企业(每组的理由与可信度)',
    options: { ...dbOption, json: { type: 'boolean' } },
    run(deps, values) {
      const groups = findDuplicates(deps.db)
      if (values.json) {
        console.log(JSON.stringify({ groups }))
        return
      }
      if (groups.length === 0) {
        console.log('没有发现疑似重复的企业。')
        return
      }
      console.log(`疑似重复 ${groups.length} 组:`)
      for (const g of groups) {
        console.log(`\n[${g.score}] ${g.reasons.join(';')}`)
        g.ids.forEach((id, i) => console.log(`  #${id}  ${g.names[i]}`))
      }
    },
  },
}
