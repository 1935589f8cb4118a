import type { StepReport } from './results'
import { beforeAll, expect, it } from 'vitest'
import { SCHEMES } from '../../scripts/a11y'
import { loadDeck } from '../../scripts/deck-structure'
import { describeWithBrowser } from './gate'
import { readWalk } from './results'

const deck = await loadDeck()

/** One line per offending element, so a failure says what to fix and where. */
function describeFindings(report: StepReport): string[] {
  return report.axe.flatMap(f => f.nodes.map(n => `${f.impact} ${f.rule} (${f.help}): ${n.target}: ${n.summary}`))
}

/**
 * axe-core at every click of the study deck's walk in each scheme (tests/deck/runs.ts): every
 * WCAG A/AA rule in light, the rules that depend on colour (COLOUR_RULES) in dark.
 */
describeWithBrowser('the built deck is accessible at every click, light and dark (axe-core)', () => {
  const reports: Record<string, StepReport[]> = {}

  beforeAll(() => {
    for (const scheme of SCHEMES)
      reports[scheme] = readWalk('study', scheme)
  })

  for (const scheme of SCHEMES) {
    it(`visits every slide in the ${scheme} scheme, in that scheme`, () => {
      expect([...new Set(reports[scheme].map(r => r.no))]).toEqual(deck.slides.map(s => s.no))
      const wrong = reports[scheme].filter(r => r.dark !== (scheme === 'dark')).map(r => `${r.no}/${r.clicks}`)
      expect(wrong, `asked for the ${scheme} scheme; does slides.md still say colorSchema: auto?`).toEqual([])
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
