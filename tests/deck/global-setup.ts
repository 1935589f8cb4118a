import type { TestProject } from 'vitest/node'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { INSTALL_HINT, resolveBrowser } from '../../scripts/browser'
import { serveDir } from '../../scripts/serve'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the browser tests drive; null when none was found. */
    browserPath: string | null
    /** Where the freshly built study deck (slides.md) is served (http://127.0.0.1:port), '' without a browser. */
    deckUrl: string
    /** Where the freshly built talk (talk.md, built into dist-talk/) is served, '' without a browser. */
    talkUrl: string
  }
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n${lines.map(l => `!! ${l}`).join('\n')}\n${bar}\n`)
}

/** Builds both decks (study: dist/, talk: dist-talk/), serves them on 127.0.0.1 and hands the URLs to the deck tests. */
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
    project.provide('talkUrl', '')
    return async () => {}
  }
  for (const [entry, out] of [['slides.md', 'dist'], ['talk.md', 'dist-talk']]) {
    const build = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', out], { encoding: 'utf8' })
    if (build.status !== 0)
      throw new Error(`slidev build ${entry} failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  }
  const server = await serveDir('dist')
  const talkServer = await serveDir('dist-talk')
  project.provide('deckUrl', server.url)
  project.provide('talkUrl', talkServer.url)
  return async () => {
    await server.close()
    await talkServer.close()
  }
}
