/**
 * The official layouts' templates: resources/templates/<layout>.json, read when an export
 * starts, so the office can change a title, a width or the order of columns without a new
 * build. Columns name fields of the import dictionary, which keeps every layout importable.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { IMPORT_KINDS } from '../../shared/domain/fields'
import { LAYOUTS, type LayoutName } from '../../shared/ipc/channels/export'
import { AppError } from '../errors'

const columnSchema = z.strictObject({
  key: z.string().optional(),
  field: z.string().optional(),
  header: z.string().optional(),
  kind: z.enum(['text', 'code', 'date', 'money', 'number', 'boolean', 'auto']).optional(),
  width: z.number().min(2).max(100).optional(),
  merge: z.boolean().optional(),
})

const templateSchema = z.strictObject({
  layout: z.enum(LAYOUTS),
  kind: z.enum(IMPORT_KINDS),
  sheet: z.string().min(1).max(31),
  title: z.string(),
  subtitle: z.string().optional(),
  footer: z.string().optional(),
  orientation: z.enum(['portrait', 'landscape']),
  columns: z.array(columnSchema).min(1),
})
export type LayoutTemplate = z.infer<typeof templateSchema>

/**
 * resources/ next to the app: the repository's folder under tsx and tests, two levels above
 * out/main in a build, and Electron's resources folder once packaged.
 */
function templatesDir(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  const candidates = packaged ? [join(packaged, 'templates'), join(packaged, 'resources', 'templates')] : []
  for (let dir = __dirname, i = 0; i < 6; i++, dir = dirname(dir)) candidates.push(join(dir, 'resources', 'templates'))
  const found = candidates.find((d) => existsSync(d))
  if (!found) throw new AppError('NOT_FOUND', '找不到导出模板文件夹 resources/templates,请重新安装本程序。')
  return found
}

export function loadTemplate(layout: LayoutName): LayoutTemplate {
  const file = join(templatesDir(), `${layout}.json`)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new AppError('VALIDATION', `导出模板“${file}”无法读取:${(e as Error).message}`)
  }
  const parsed = templateSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AppError('VALIDATION', `导出模板“${file}”有误(${issue.path.join('.')}):${issue.message}`)
  }
  if (parsed.data.layout !== layout) {
    throw new AppError('VALIDATION', `导出模板“${file}”写的版式是“${parsed.data.layout}”,应为“${layout}”`)
  }
  return parsed.data
}

/** {office}, {date} … in a template's texts; unknown names are left as written. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all)
}
