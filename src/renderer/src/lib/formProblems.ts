import type { App, FormInstance } from 'antd'

type Message = ReturnType<typeof App.useApp>['message']

/** Puts each problem (field → message) on its form item; `known` limits it to the items the form has. */
export function markProblems(form: FormInstance, problems: Record<string, string>, known?: ReadonlySet<string>): void {
  form.setFields(
    Object.entries(problems)
      .filter(([k]) => !known || known.has(k))
      .map(([name, msg]) => ({ name, errors: [msg] })),
  )
}

/**
 * Problems the page found before sending: marked on their items, the first also in a message.
 * True when there were any, and nothing should be sent.
 */
export function refuseProblems(
  form: FormInstance,
  message: Message,
  problems: Record<string, string>,
  known?: ReadonlySet<string>,
): boolean {
  const first = Object.values(problems)[0]
  if (first === undefined) return false
  markProblems(form, problems, known)
  void message.error(first)
  return true
}
