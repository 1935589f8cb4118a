import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck-structure'
import type { Overflow, SmallText } from '../../scripts/deck-walk'
import type { PdfContent } from './pdf'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { allExplanations, buildStackModel, captions, drawnModel, frameAt } from '../../composables/stack'
import { sources } from '../../data/sources'
import { stacks, vmVsContainers } from '../../data/stacks'
import { timelineEras } from '../../data/timeline'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, overflowingElements, settle, smallText } from '../../scripts/deck-walk'
import { finalPdf } from './final-pdf'
import { deckUrl, describeWithBrowser } from './gate'
import { squash } from './pdf'

/**
 * The final-state PDF (`npm run export`) is a handout: each page says what its slide's clicks
 * revealed. Every stack page carries each layer's explanation and each highlight's caption; the
 * side-by-side page every caption; each history page every era's point. And those pages fit
 * the 980×552 canvas, with no text under 16px, in print mode.
 */
const deck = await loadDeck()

/** A year (1964, the 1960s) or a measured quantity (125 ms, 3.8 MB, 50%): a fact that needs a source. */
const FACT = /\b(?:1[89]\d\d|20\d\d)s?\b|\b\d+(?:[.,]\d+)?\s?(?:ms|s|%|[KMG]i?B|min|minutes|seconds)(?![\w-])/g
/** Pages whose numbers are not claims from a source, and why. */
const UNCITED: { test: (slide: DeckSlide) => boolean, why: string }[] = [
  { test: s => s.file === 'pages/00-how-to-use.md', why: 'the talk\'s own length' },
  { test: s => s.file === 'pages/live-vm.md', why: 'output of the VM on the slide, recorded by npm run vm:transcript and dated there' },
  { test: s => s.file === 'pages/09-try-it.md', why: 'command output captured by npm run capture:try-it, dated on the slide' },
  { test: s => s.title.startsWith('References'), why: 'the sources themselves' },
]

function slidesShowing(tag: string): DeckSlide[] {
  return deck.slides.filter(s => s.content.includes(`<${tag}`))
}

function stackSlide(id: string): DeckSlide {
  const slide = deck.slides.find(s => new RegExp(`<LayerStack[^>]*\\sstack="${id}"`).test(s.content))
  if (!slide)
    throw new Error(`no slide shows <LayerStack stack="${id}">; every stack in data/stacks.ts is drawn on some slide`)
  return slide
}

/** The eras a Timeline slide shows: its `:range="[a, b]"`, or all of them. */
function erasOf(slide: DeckSlide): typeof timelineEras {
  const range = slide.content.match(/<Timeline[^>]*:range="\[(\d+),\s*(\d+)\]"/)
  return range ? timelineEras.filter(e => e.no >= Number(range[1]) && e.no <= Number(range[2])) : timelineEras
}

describeWithBrowser('the final-state PDF writes out what every click revealed', (browserPath) => {
  let pdf: PdfContent
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    pdf = await finalPdf()
    browser = await launchChromium(browserPath)
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  const pageOf = (slide: DeckSlide): string => squash(pdf.pages[slide.no - 1] ?? '')

  for (const spec of Object.values(stacks)) {
    it(`the "${spec.id}" stack's page: every layer's explanation and every caption its clicks showed`, () => {
      const slide = stackSlide(spec.id)
      const text = pageOf(slide)
      const model = buildStackModel(spec)
      // The page shows the last click: a varied stack ends on its last variant.
      for (const item of allExplanations(drawnModel(model, frameAt(model, model.clicks))))
        expect(text, `page ${slide.no}: ${item.title}: "${item.explain}"`).toContain(squash(item.explain))
      for (const caption of captions(model))
        expect(text, `page ${slide.no}: "${caption}"`).toContain(squash(caption))
    })
  }

  it('the side-by-side page: all of its captions', () => {
    const slides = slidesShowing('StackCompare')
    expect(slides.length, 'slides with a StackCompare').toBeGreaterThan(0)
    for (const slide of slides) {
      for (const step of vmVsContainers.steps)
        expect(pageOf(slide), `page ${slide.no}: "${step.caption}"`).toContain(squash(step.caption))
    }
  })

  it('each history page: every era\'s title and point', () => {
    const slides = slidesShowing('Timeline')
    expect(slides.length, 'slides with a Timeline').toBeGreaterThan(0)
    for (const slide of slides) {
      for (const era of erasOf(slide)) {
        expect(pageOf(slide), `page ${slide.no}: era ${era.no} "${era.title}"`).toContain(squash(era.title))
        expect(pageOf(slide), `page ${slide.no}: era ${era.no}'s point`).toContain(squash(era.point))
      }
    }
  })

  it('those pages fit the 980×552 canvas in print mode, with no text under 16px', async () => {
    const slides = [...new Set([...slidesShowing('LayerStack'), ...slidesShowing('StackCompare'), ...slidesShowing('Timeline')])]
    const trouble: { no: number, overflow: Overflow[], small: SmallText[] }[] = []
    for (const slide of slides) {
      // Print mode on the slide route, at its last click: what the final-state export renders.
      await page.goto(`${deckUrl}/${slide.no}?print&clicks=999`, { waitUntil: 'networkidle' })
      await settle(page)
      const handout = await page.locator('.slidev-page:visible [data-handout]').count()
      expect(handout, `slide ${slide.no} "${slide.title}" shows its handout text in print mode`).toBeGreaterThan(0)
      const overflow = await overflowingElements(page)
      const small = await smallText(page)
      if (overflow.length || small.length)
        trouble.push({ no: slide.no, overflow, small })
    }
    expect(trouble).toEqual([])
  })

  it('every page that states a year or a measured number cites its source as [n], and each n links to source n', () => {
    const urls = Object.values(sources).map(source => source.url)
    const problems: string[] = []
    deck.slides.forEach((slide, i) => {
      if (UNCITED.some(rule => rule.test(slide)))
        return
      const text = pdf.pages[i] ?? ''
      const facts = text.match(FACT) ?? []
      // A citation has at most three digits; longer bracketed numbers are output (lsns prints namespaces as [4026531836]).
      const cited = [...text.replace(/\s+/g, '').matchAll(/\[(\d{1,3}(?:,\d{1,3})*)\]/g)].flatMap(m => m[1].split(',').map(Number))
      if (facts.length > 0 && cited.length === 0)
        problems.push(`page ${slide.no} "${slide.title}" states ${[...new Set(facts)].join(', ')} and cites no source`)
      for (const n of cited) {
        if (!(n >= 1 && n <= urls.length))
          problems.push(`page ${slide.no}: [${n}] is not a source number (1–${urls.length})`)
        else if (!pdf.links[i].includes(urls[n - 1]))
          problems.push(`page ${slide.no}: [${n}] does not link to ${urls[n - 1]}`)
      }
    })
    expect(problems).toEqual([])
  })
})
