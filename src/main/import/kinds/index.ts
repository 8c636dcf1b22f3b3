import type { ImportKind } from '../../../shared/domain/fields'
import type { KindContext, KindHandler } from './common'
import { DirectoryHandler, type DirectorySpec } from './directory'
import { enterpriseSpec, eventSpec, namedSpec, rentReliefSpec, requestSpec } from './specs'
import { VisitHandler } from './visits'

const SPECS: Record<Exclude<ImportKind, 'visits'>, (ctx: KindContext) => DirectorySpec> = {
  enterprises: enterpriseSpec,
  buildings: namedSpec('building', '楼宇名称'),
  staff: namedSpec('staff', '姓名'),
  partners: namedSpec('partner', '合作伙伴名称'),
  requests: requestSpec,
  'rent-reliefs': rentReliefSpec,
  events: eventSpec,
}

export function handlerFor(ctx: KindContext): KindHandler {
  return ctx.kind === 'visits' ? new VisitHandler(ctx) : new DirectoryHandler(ctx, SPECS[ctx.kind](ctx))
}
