import type { Browser } from 'playwright-chromium'
import type { A11yReport, Scheme } from '../../scripts/a11y'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SCHEMES, walkA11y } from '../../scripts/a11y'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium } from '../../scripts/deck-walk'
import { deckUrl, describeWithBrowser } from './gate'

const deck = await loadDeck()

/** One line per offending element, so a failure says what to fix and where. */
function describeFindings(report: A11yReport): string[] {
  return report.findings.flatMap(f => f.nodes.map(n => `${f.impact} ${f.rule} (${f.help}): ${n.target}: ${n.summary}`))
}

describeWithBrowser('the built deck is accessible at every click, light and dark (axe-core)', (browserPath) => {
  let browser: Browser
  const reports: Record<Scheme, A11yReport[]> = { light: [], dark: [] }

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
    for (const scheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      reports[scheme] = await walkA11y(page, deckUrl, scheme)
      await page.close()
    }
  }, 900_000)

  afterAll(async () => {
    await browser?.close()
  })

  for (const scheme of SCHEMES) {
    it(`visits every slide in the ${scheme} scheme`, () => {
      expect([...new Set(reports[scheme].map(r => r.no))]).toEqual(deck.slides.map(s => s.no))
    })

    for (const slide of deck.slides) {
      it(`${scheme}: slide ${slide.no} "${slide.title}" has no serious or critical axe finding and no code block that scrolls, at any click`, () => {
        const states = reports[scheme].filter(r => r.no === slide.no)
        expect(states.length).toBeGreaterThan(0)
        for (const state of states) {
          const at = `${scheme}, slide ${state.no}, click ${state.clicks}`
          expect(describeFindings(state), `axe at ${at}`).toEqual([])
          expect(state.scrolling, `code blocks wider than their box at ${at} (wrap them: white-space: pre-wrap)`).toEqual([])
        }
      })
    }
  }
})
