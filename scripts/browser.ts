/**
 * Finds a Chromium for the exports and the browser tests. Nothing is ever downloaded.
 * Order: the CHROMIUM_PATH environment variable, then Playwright's own browser if one
 * is installed, then the system's (chromium, chromium-browser, google-chrome).
 */
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'

export const BROWSER_ENV = 'CHROMIUM_PATH'
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export const INSTALL_HINT = `No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) `
  + `or point ${BROWSER_ENV} at a Chromium or Chrome executable.`

/** The flags headless Chromium needs on a locked-down, offline machine (and as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface ResolvedBrowser {
  path: string
  source: 'env' | 'playwright' | 'system'
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function onPath(name: string, pathVar: string): string | undefined {
  for (const dir of pathVar.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    if (isExecutable(candidate))
      return candidate
  }
  return undefined
}

export interface ResolveOptions {
  env?: NodeJS.ProcessEnv
  /** Where Playwright would put its own browser; undefined when playwright-chromium is absent. */
  playwrightPath?: string
}

async function playwrightOwnPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** Pure resolution, given the environment and Playwright's path; null when nothing is found. */
export function resolveBrowserFrom({ env = process.env, playwrightPath }: ResolveOptions): ResolvedBrowser | null {
  const fromEnv = env[BROWSER_ENV]
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`${BROWSER_ENV} is set to "${fromEnv}", which is not an executable file. Fix the path or unset ${BROWSER_ENV}.`)
    return { path: fromEnv, source: 'env' }
  }
  if (playwrightPath && existsSync(playwrightPath) && isExecutable(playwrightPath))
    return { path: playwrightPath, source: 'playwright' }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name, env.PATH ?? '')
    if (found)
      return { path: found, source: 'system' }
  }
  return null
}

export async function resolveBrowser(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedBrowser | null> {
  return resolveBrowserFrom({ env, playwrightPath: await playwrightOwnPath() })
}

/** Resolves or exits with the one-line install hint (for scripts run from the command line). */
export async function requireBrowser(): Promise<ResolvedBrowser> {
  const browser = await resolveBrowser()
  if (!browser) {
    console.error(INSTALL_HINT)
    process.exit(1)
  }
  return browser
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await requireBrowser()
  console.log(`${browser.path} (${browser.source})`)
}
