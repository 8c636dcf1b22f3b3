import type { z } from 'zod'

export interface ValidationSummary {
  /** One Chinese sentence per problem, joined: for a toast or a CLI line. */
  message: string
  /** field -> message, for the cell or form item that is wrong. */
  fields: Record<string, string>
}

/** Names each problem by its field's Chinese label unless the message already does. */
export function summariseIssues(error: z.ZodError, labels: Record<string, string>): ValidationSummary {
  const fields: Record<string, string> = {}
  const lines: string[] = []
  for (const issue of error.issues) {
    // An update's issues sit under `patch`: name the field, not the envelope.
    // Nested inputs (a visit's requests) keep their whole path, so the form can mark the row.
    const field = String(
      issue.path.find((p) => typeof p === 'string' && p in labels) ?? issue.path.map(String).join('.'),
    )
    const label = labels[field]
    const text =
      label && !issue.message.includes(label.replace(/\(.*\)$/, '')) ? `${label}: ${issue.message}` : issue.message
    if (field && !(field in fields)) fields[field] = issue.message
    lines.push(text)
  }
  return { message: lines.join(';'), fields }
}
