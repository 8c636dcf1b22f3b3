export const SHELL_METHODS = [] as const
