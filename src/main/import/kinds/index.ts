import type { ImportKind } from '../../../shared/domain/fields'
import type { KindContext, KindHandler } from './common'
import { DirectoryHandler, type DirectorySpec } from './directory'
import { FirmBulkHandler } from './firm-bulk'
import { eventSpec, namedSpec, rentReliefSpec, requestSpec } from './specs'
import { DispatchHandler } from './dispatch'
import { VisitTaskHandler } from './visit-tasks'
import { VisitHandler } from './visits'

const SPECS: Record<
  Exclude<ImportKind, 'visits' | 'enterprises' | 'visit-tasks' | 'dispatch'>,
  (ctx: KindContext) => DirectorySpec
> = {
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
  if (ctx.kind === 'visit-tasks') return new VisitTaskHandler(ctx)
  if (ctx.kind === 'dispatch') return new DispatchHandler(ctx)
  return new DirectoryHandler(ctx, SPECS[ctx.kind](ctx))
}
