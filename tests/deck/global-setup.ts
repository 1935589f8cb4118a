import type { TestProject } from 'vitest/node'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { INSTALL_HINT, resolveBrowser } from '../../scripts/browser'
import { serveDir } from '../../scripts/serve'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the browser tests drive; null when none was found. */
    browserPath: string | null
    /** Where the freshly built deck is served (http://127.0.0.1:port), '' without a browser. */
    deckUrl: string
  }
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n${lines.map(l => `!! ${l}`).join('\n')}\n${bar}\n`)
}

/** Builds the deck, serves dist/ on 127.0.0.1 and hands both to the deck tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await resolveBrowser()
  project.provide('browserPath', browser?.path ?? null)
  if (!browser) {
    banner([
      'The deck and export tests need Chromium and did not find one.',
      INSTALL_HINT,
      process.env.CI ? 'CI is set: those tests FAIL.' : 'They are SKIPPED on this machine (under CI they fail).',
    ])
    project.provide('deckUrl', '')
    return async () => {}
  }
  const build = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build'], { encoding: 'utf8' })
  if (build.status !== 0)
    throw new Error(`slidev build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  const server = await serveDir('dist')
  project.provide('deckUrl', server.url)
  return () => server.close()
}
