import type { ImportKind } from '../../../shared/domain/fields'
import type { KindContext, KindHandler } from './common'
import { DirectoryHandler, type DirectorySpec } from './directory'
import { FirmBulkHandler } from './firm-bulk'
import { eventSpec, namedSpec, rentReliefSpec, requestSpec } from './specs'
import { VisitHandler } from './visits'

const SPECS: Record<Exclude<ImportKind, 'visits' | 'enterprises'>, (ctx: KindContext) => DirectorySpec> = {
  buildings: namedSpec('building', '楼宇名称'),
  staff: namedSpec('staff', '姓名'),
  partners: namedSpec('partner', '合作伙伴名称'),
  requests: requestSpec,
  'rent-reliefs': rentReliefSpec,
  events: eventSpec,
}

/**
 * The firm directory is written set-based (firm-bulk.ts); visits, whose rows group into one
 * visit with its requests and companions, and the other ledgers, whose rows name firms and
 * each other row by row, go through the ledgers' services one row at a time.
 */
export function handlerFor(ctx: KindContext): KindHandler {
  if (ctx.kind === 'visits') return new VisitHandler(ctx)
  if (ctx.kind === 'enterprises') return new FirmBulkHandler(ctx)
  return new DirectoryHandler(ctx, SPECS[ctx.kind](ctx))
}
