/**
 * One firm, one record (issue #20) from the command line:
 *   npm run cli -- dedupe --db PATH [--json]
 *   npm run cli -- merge  --db PATH --keep ID --from ID[,ID…] [--json]
 *   npm run cli -- link   --db PATH --kind rent-reliefs|events [--accept] [--json]
 * `--json` prints exactly one object: {"groups":[{"ids","names","reasons","score"}]} for dedupe.
 */
import { LINK_KINDS, type LinkKind } from '../../shared/ipc/channels/dedupe'
import type { LedgerDeps } from '../core/deps'
import { findDuplicates } from '../dedupe/find'
import { acceptLinks, linkProposals } from '../dedupe/link'
import { mergeFirms } from '../dedupe/merge'
import { UsageError, type Command, type Values } from './command'

/** What this module uses of the ledger's services (src/main/core/deps.ts). */
type CliDedupeDeps = LedgerDeps

function idOf(value: unknown, option: string): number {
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1) {
    throw new UsageError(`${option} 应为企业编号(正整数),收到“${String(value ?? '')}”`)
  }
  return n
}

const fromIds = (values: Values) =>
  String(values.from ?? '')
    .split(/[,,]/)
    .map((s) => idOf(s.trim(), '--from'))

function kindOf(values: Values): LinkKind {
  if (!LINK_KINDS.includes(values.kind as LinkKind)) {
    throw new UsageError(`--kind 应为 ${LINK_KINDS.join(' 或 ')},收到“${String(values.kind ?? '')}”`)
  }
  return values.kind as LinkKind
}

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
  merge: {
    usage: '--db PATH --keep ID --from ID[,ID…] [--json]   把其他企业并入保留的企业(走访、诉求等一并转移,可撤销)',
    options: { ...dbOption, keep: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } },
    writes: () => true,
    check(values) {
      idOf(values.keep, '--keep')
      fromIds(values)
    },
    run(deps, values) {
      const r = mergeFirms(deps, idOf(values.keep, '--keep'), fromIds(values))
      if (values.json) {
        console.log(JSON.stringify(r))
        return
      }
      const m = r.moved
      console.log(
        `已将 ${r.removed} 家企业并入编号 ${r.keepId}:走访 ${m.visits} 条、诉求 ${m.requests} 件、房租减免 ${m.rentReliefs} 条、` +
          `活动 ${m.events} 场、联盟商会 ${m.organisations} 个、走访计划 ${m.assignments} 条、保存的视图 ${m.views} 个。`,
      )
      for (const n of r.notes) console.log(`  ${n}`)
    },
  },
  link: {
    usage:
      '--db PATH --kind rent-reliefs|events [--accept] [--json]   为未关联企业的承租方或活动来宾建议企业;--accept 全部采纳(可撤销)',
    options: { ...dbOption, kind: { type: 'string' }, accept: { type: 'boolean' }, json: { type: 'boolean' } },
    writes: (values) => values.accept === true,
    check(values) {
      kindOf(values)
    },
    run(deps, values) {
      const kind = kindOf(values)
      const proposals = linkProposals(deps, kind)
      const accepted = values.accept
        ? acceptLinks(
            deps,
            kind,
            proposals.map((p) => ({ recordId: p.recordId, enterpriseId: p.enterpriseId })),
          )
        : null
      if (values.json) {
        console.log(JSON.stringify({ proposals, linked: accepted?.linked ?? 0 }))
        return
      }
      if (proposals.length === 0) console.log('没有可以关联的名称。')
      for (const p of proposals) console.log(`${p.context}  “${p.name}” → #${p.enterpriseId} ${p.enterpriseName}`)
      if (accepted) console.log(`已关联 ${accepted.linked} 条。`)
      else if (proposals.length) console.log(`共 ${proposals.length} 条建议;加 --accept 全部采纳。`)
    },
  },
}
