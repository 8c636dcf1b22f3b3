// From shared, not ../api: this helper must not build the client as a side effect (unit tests).
import { ApiError } from '../../../shared/ipc/api'

/** The Chinese sentence to show for any failure; backend errors already carry one. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message
  if (e instanceof Error) return `操作失败: ${e.message}`
  return `操作失败: ${String(e)}`
}

/** The message for one field (a grid cell, a form item), falling back to the whole message. */
export function fieldError(e: unknown, field: string): string {
  if (e instanceof ApiError) {
    const fields = e.body.fields
    // An issue the gate could not name by field comes keyed by its envelope ('patch'); for a
    // one-field patch (all a cell edit sends) it is still that field's.
    return fields?.[field] ?? fields?.patch ?? e.message
  }
  return errorMessage(e)
}

/** '联系电话: 不能超过50个字符', but not '统一社会信用代码: 统一社会信用代码应为18位'. */
export function withLabel(label: string, message: string): string {
  const bare = label.replace(/\(.*\)$/, '')
  return message.includes(bare) ? message : `${label}: ${message}`
}
