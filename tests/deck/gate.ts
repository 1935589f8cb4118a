import process from 'node:process'
import { describe, inject, it } from 'vitest'
import { INSTALL_HINT } from '../../scripts/browser'

export const browserPath = inject('browserPath')
export const deckUrl = inject('deckUrl')
export const talkUrl = inject('talkUrl')
const onCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI)

/**
 * A describe() for tests that need Chromium. Without one they fail under CI, with the
 * resolver's message, and are skipped elsewhere (global-setup prints why, in a banner).
 */
export function describeWithBrowser(name: string, body: (browser: string) => void): void {
  if (browserPath)
    describe(name, () => body(browserPath))
  else if (onCI)
    describe(name, () => it('needs Chromium', () => { throw new Error(INSTALL_HINT) }))
  else
    describe.skip(name, () => it(INSTALL_HINT, () => {}))
}
