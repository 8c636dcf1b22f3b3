import { openBackend } from '../../src/main/app/open'
import type { Backend } from '../../src/main/app/backend'
import type { CampaignInput } from '../../src/shared/domain'

/** A fresh migrated ledger in memory, acting as “测试员”. */
export function memoryBackend(): Backend {
  return openBackend(':memory:', '测试员')
}

/** One number from SQL, for tests that check a result against an independent query. */
export function scalar(b: Backend, q: string, ...params: unknown[]): number {
  return b.db
    .prepare(q)
    .pluck()
    .get(...params) as number
}

/** Minimal records to hang others on. */
export function seedBasics(b: Backend) {
  const industry = b.ledgers.dictionary.create({ kind: 'industry', name: '建筑设计' })
  const manager = b.ledgers.staff.create({ name: '王建国', roles: ['处级干部', '楼掌柜'] })
  const building = b.ledgers.building.create({
    name: '紫荆广场',
    managerId: manager.id as number,
    operator: '上海海锦房地产有限公司',
  })
  const firm = b.ledgers.enterprise.create({
    name: '上海紫荆建筑设计有限公司',
    creditCode: '91350100M000100Y43',
    industryId: industry.id as number,
    buildingId: building.id as number,
  })
  return { industry, manager, building, firm }
}

/** A campaign from `startOn` to `endOn`: a 专项走访 over all firms unless `more` says otherwise. */
export function campaignOver(
  b: Backend,
  name: string,
  startOn: string,
  endOn: string,
  more: Partial<CampaignInput> = {},
) {
  return b.ledgers.campaign.create({ name, kind: '专项走访', startOn, endOn, ...more })
}
