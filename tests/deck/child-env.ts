import process from 'node:process'
/**
 * The environment for a child process that builds or exports the deck. Vitest puts
 * import.meta.env into process.env (SSR=1, DEV=1, MODE=test…); passed on, they make Slidev's
 * export render blank pages.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SSR', 'DEV', 'PROD', 'MODE', 'BASE_URL'].includes(key)))
  return { ...env, ...extra }
}
