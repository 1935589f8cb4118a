/**
 * Accessibility checks on the built deck, shared by tests/deck/a11y.test.ts and this script:
 * axe-core (serious and critical findings) and code blocks that scroll instead of wrapping.
 *   npm run build && npx tsx scripts/a11y.ts     prints every finding, light and dark
 */
import type { Page } from 'playwright-chromium'
import type { DeckState } from './deck-walk'
import { createRequire } from 'node:module'
import process from 'node:process'
import { requireBrowser } from './browser'
import { launchChromium, walkDeck } from './deck-walk'
import { serveDir } from './serve'

export const SCHEMES = ['light', 'dark'] as const
export type Scheme = typeof SCHEMES[number]

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeFinding {
  rule: string
  impact: string
  help: string
  /** One selector per offending element, with axe's summary of what is wrong with it. */
  nodes: { target: string, summary: string }[]
}

/**
 * The serious and critical axe-core findings on the page as it is now (WCAG 2.x A and AA rules).
 *
 * Two things of Slidev's own are set aside, both narrowly:
 * - its drawing layer, a transparent <svg> over the whole slide (drawings are off until the
 *   speaker draws): while it holds no drawing it is hidden during the run, since axe cannot see
 *   through it and would report every text's contrast as "could not be determined" instead of
 *   measuring it;
 * - `nested-interactive` in its nav bar (a <button> wrapping the "More options" button, in
 *   @slidev/client/internals/MenuButton.vue): markup of Slidev's, outside the slide.
 */
export async function axeFindings(page: Page, rules?: readonly string[]): Promise<AxeFinding[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE })
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string, impact: string | null, help: string, nodes: { target: unknown[], failureSummary?: string }[] }[] }> } }).axe
    const overlays = [...document.querySelectorAll<SVGElement>('#slide-content svg.absolute.top-0.w-full.h-full')]
      .filter(svg => svg.childElementCount === 0 && getComputedStyle(svg).pointerEvents === 'none')
    overlays.forEach(svg => svg.style.setProperty('display', 'none'))
    try {
      const result = await axe.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      })
      return result.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => ({
          rule: v.id,
          impact: v.impact!,
          help: v.help,
          nodes: v.nodes
            .filter(n => !(v.id === 'nested-interactive' && document.querySelector(String(n.target[0]))?.closest('nav:not(#slide-content nav)')))
            .map(n => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200) })),
        }))
        .filter(v => v.nodes.length > 0)
    }
    finally {
      overlays.forEach(svg => svg.style.removeProperty('display'))
    }
  }, rules)
}

/**
 * The axe rules whose outcome depends on colour: all that can differ between the light and the
 * dark scheme, whose pages are the same markup (Slidev toggles one class on <html>). The dark
 * walk runs these; the light walk runs every WCAG A/AA rule.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const

export interface ScrollingCode {
  text: string
  scrollWidth: number
  clientWidth: number
}

/** Code blocks (pre, and code inside them) on the visible slide that scroll sideways instead of wrapping. */
export async function scrollingCode(page: Page): Promise<ScrollingCode[]> {
  return page.evaluate(() => {
    const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find(el => el.offsetParent !== null)
    return [...slide?.querySelectorAll<HTMLElement>('pre, pre code, .slidev-code-wrapper') ?? []]
      .filter(el => el.scrollWidth > el.clientWidth + 1)
      .map(el => ({ text: (el.textContent ?? '').trim().slice(0, 60), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }))
  })
}

export interface A11yReport extends DeckState {
  scheme: Scheme
  findings: AxeFinding[]
  scrolling: ScrollingCode[]
}

/** Walks the deck at every click in one colour scheme (Slidev's `colorSchema: auto` follows the browser's). */
export async function walkA11y(page: Page, baseUrl: string, scheme: Scheme): Promise<A11yReport[]> {
  await page.emulateMedia({ colorScheme: scheme })
  const reports: A11yReport[] = []
  await walkDeck(page, baseUrl, async (state) => {
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
    if (dark !== (scheme === 'dark'))
      throw new Error(`slide ${state.no}: asked for the ${scheme} scheme, but html.dark is ${dark}; does slides.md still say colorSchema: auto?`)
    reports.push({ ...state, scheme, findings: await axeFindings(page), scrolling: await scrollingCode(page) })
  })
  return reports
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { path } = await requireBrowser()
  const server = await serveDir('dist')
  const browser = await launchChromium(path)
  try {
    for (const scheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      const reports = await walkA11y(page, server.url, scheme)
      let nodes = 0
      for (const r of reports) {
        for (const f of r.findings) {
          nodes += f.nodes.length
          for (const n of f.nodes)
            console.log(`${scheme} ${r.no}/${r.clicks} ${f.impact} ${f.rule}: ${n.target} — ${n.summary}`)
        }
        for (const s of r.scrolling)
          console.log(`${scheme} ${r.no}/${r.clicks} scrolls: "${s.text}" ${s.scrollWidth} > ${s.clientWidth}`)
      }
      console.log(`${scheme}: ${reports.length} states, ${nodes} serious/critical nodes, ${reports.reduce((n, r) => n + r.scrolling.length, 0)} scrolling code blocks`)
      await page.close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
