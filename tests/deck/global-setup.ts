import type { TestProject } from 'vitest/node'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { INSTALL_HINT, resolveBrowser } from '../../scripts/browser'
import { TALK_PATH } from '../../scripts/build-site'
import { launchChromium } from '../../scripts/deck-walk'
import { serveDir } from '../../scripts/serve'
import { buildSiteIfChanged } from './build-cache'
import { RESULTS_DIR, runExportJobs, runWalkJobs } from './runs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the browser tests drive; null when none was found. */
    browserPath: string | null
    /** Where the built study deck (slides.md, in dist/) is served (http://127.0.0.1:port), '' without a browser. */
    deckUrl: string
    /** Where the built talk (talk.md, in dist/talk/) is served: <deckUrl>/talk, '' without a browser. */
    talkUrl: string
  }
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n${lines.map(l => `!! ${l}`).join('\n')}\n${bar}\n`)
}

/**
 * Before any deck test: builds both decks (or keeps builds made from the same sources), serves
 * them on 127.0.0.1, and does the shared browser work once (tests/deck/runs.ts): the walks of
 * both decks and the exports, side by side. The test files then read the results.
 */
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
  const started = Date.now()
  const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`
  rmSync(RESULTS_DIR, { recursive: true, force: true })
  // The exports use Slidev's dev server, not the builds: they start at once, beside the builds.
  const skipShared = process.env.DECK_SHARED === 'skip'
  const exports = skipShared ? Promise.resolve() : runExportJobs(browser.path)
  const built = await buildSiteIfChanged('dist')
  console.warn(`  deck tests: the site (study deck and talk) ${built} (dist/) at ${seconds()}`)
  const server = await serveDir('dist')
  project.provide('deckUrl', server.url)
  const talkUrl = `${server.url}/${TALK_PATH.replace(/\/$/, '')}`
  project.provide('talkUrl', talkUrl)
  if (skipShared) {
    // For working on one test file that drives its own browser (lab, vm-windows, study…): the files that read the shared results fail.
    console.warn('  deck tests: DECK_SHARED=skip: no shared walks or exports this run')
    return async () => {
      await server.close()
    }
  }
  const chromium = await launchChromium(browser.path)
  try {
    await Promise.all([runWalkJobs(chromium, { study: server.url, talk: talkUrl }), exports])
  }
  finally {
    await chromium.close()
  }
  console.warn(`  deck tests: shared walks and exports done at ${seconds()}`)
  return async () => {
    await server.close()
  }
}
