import type { Browser, Page } from 'playwright-chromium'
import type { DeckStructure } from '../../scripts/deck-structure'
import type { DeckState, PageTrouble } from '../../scripts/deck-walk'
import process from 'node:process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, overflowingElements, sidewaysScroll, smallText, walkDeck, watchPage } from '../../scripts/deck-walk'
import { clickMarks } from '../../scripts/notes'
import { deckUrl, describeWithBrowser, talkUrl } from './gate'

/**
 * Both built decks in Chromium. The talk is walked at every click with the same checks as the
 * study deck's walk (tests/deck/deck.test.ts); in both decks, every slide's `[click]` marks in
 * its notes must equal the clicks it registers, so presenter mode never drifts from the slide.
 */
const study = await loadDeck(process.cwd(), 'slides.md')
const talk = await loadDeck(process.cwd(), 'talk.md')

interface Seen extends DeckState, PageTrouble {
  problems: string[]
}

async function walk(browser: Browser, url: string, full: boolean): Promise<Seen[]> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const trouble = watchPage(page)
  const seen: Seen[] = []
  await walkDeck(page, url, async (state) => {
    const problems = [
      ...(full ? (await overflowingElements(page)).map(o => `outside the canvas: ${o.tag} "${o.text}"`) : []),
      ...(full ? (await smallText(page)).map(t => `text under 16px: ${t.tag} ${t.size}px "${t.text}"`) : []),
      ...(await sidewaysScroll(page)).map(s => `scrolls sideways: ${s}`),
    ]
    seen.push({ ...state, ...trouble.take(), problems })
  }, full ? undefined : 120)
  await page.close()
  return seen
}

function clicksBySlide(seen: Seen[]): Map<number, number> {
  const clicks = new Map<number, number>()
  for (const s of seen)
    clicks.set(s.no, Math.max(clicks.get(s.no) ?? 0, s.clicks))
  return clicks
}

function drift(deck: DeckStructure, seen: Seen[]): string[] {
  const clicks = clicksBySlide(seen)
  return deck.slides.filter(s => clickMarks(s.note) !== (clicks.get(s.no) ?? -1))
    .map(s => `slide ${s.no} "${s.title}" (${s.file}): ${clickMarks(s.note)} [click] marks, ${clicks.get(s.no)} clicks`)
}

describeWithBrowser('both paths, built, in Chromium', (browserPath) => {
  let browser: Browser
  let talkSeen: Seen[]
  let studySeen: Seen[]

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
    talkSeen = await walk(browser, talkUrl, true)
    studySeen = await walk(browser, deckUrl, false)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('the talk: every slide reached by →, in order', () => {
    expect([...new Set(talkSeen.map(s => s.no))]).toEqual(talk.slides.map(s => s.no))
  })

  it('the talk: no console error, no request off localhost, nothing outside the canvas, no small text, nothing scrolling sideways, at any click', () => {
    const bad = talkSeen.flatMap(s => [...s.consoleErrors.map(e => `console: ${e}`), ...s.externalRequests.map(r => `request: ${r}`), ...s.problems]
      .map(p => `slide ${s.no}, click ${s.clicks}: ${p}`))
    expect(bad).toEqual([])
  })

  it('the talk: every slide\'s [click] marks equal the clicks it registers', () => {
    expect(drift(talk, talkSeen)).toEqual([])
  })

  it('the study deck: every slide\'s [click] marks equal the clicks it registers', () => {
    expect([...new Set(studySeen.map(s => s.no))]).toEqual(study.slides.map(s => s.no))
    expect(drift(study, studySeen)).toEqual([])
  })

  it('the study deck: no code or command scrolls sideways, at any click', () => {
    expect(studySeen.flatMap(s => s.problems.map(p => `slide ${s.no}, click ${s.clicks}: ${p}`))).toEqual([])
  })
})
