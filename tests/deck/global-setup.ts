import type { TestProject } from 'vitest/node'
import process from 'node:process'
import { INSTALL_HINT, resolveBrowser } from '../../scripts/browser'
import { buildSite, TALK_PATH } from '../../scripts/build-site'
import { serveDir } from '../../scripts/serve'
import { childEnv } from './child-env'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the browser tests drive; null when none was found. */
    browserPath: string | null
    /** Where the freshly built study deck (slides.md) is served (http://127.0.0.1:port), '' without a browser. */
    deckUrl: string
    /** Where the freshly built talk (talk.md, built into dist/talk/) is served (<deckUrl>/talk), '' without a browser. */
    talkUrl: string
  }
}

function banner(lines: string[]): void {
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n${lines.map(l => `!! ${l}`).join('\n')}\n${bar}\n`)
}

/** Builds the site (npm run build: the study deck in dist/, the talk in dist/talk/), serves it on 127.0.0.1 and hands the URLs to the deck tests. */
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
  await buildSite({ out: 'dist', env: childEnv() })
  const server = await serveDir('dist')
  project.provide('deckUrl', server.url)
  project.provide('talkUrl', `${server.url}/${TALK_PATH.replace(/\/$/, '')}`)
  return async () => {
    await server.close()
  }
}
