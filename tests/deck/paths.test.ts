import type { DeckStructure } from '../../scripts/deck-structure'
import type { StepReport } from './results'
import process from 'node:process'
import { beforeAll, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck-structure'
import { clickMarks } from '../../scripts/notes'
import { describeWithBrowser } from './gate'
import { readWalk } from './results'

/**
 * Both built decks in Chromium, from their walks (tests/deck/runs.ts). The talk gets the same
 * per-step checks as the study deck (tests/deck/deck.test.ts); in both decks, every slide's
 * `[click]` marks in its notes must equal the clicks it registers, so presenter mode never
 * drifts from the slide.
 */
const study = await loadDeck(process.cwd(), 'slides.md')
const talk = await loadDeck(process.cwd(), 'talk.md')

function clicksBySlide(seen: StepReport[]): Map<number, number> {
  const clicks = new Map<number, number>()
  for (const s of seen)
    clicks.set(s.no, Math.max(clicks.get(s.no) ?? 0, s.clicks))
  return clicks
}

function drift(deck: DeckStructure, seen: StepReport[]): string[] {
  const clicks = clicksBySlide(seen)
  return deck.slides.filter(s => clickMarks(s.note) !== (clicks.get(s.no) ?? -1))
    .map(s => `slide ${s.no} "${s.title}" (${s.file}): ${clickMarks(s.note)} [click] marks, ${clicks.get(s.no)} clicks`)
}

/** What a step's checks found, one line each. */
function problems(s: StepReport, full: boolean): string[] {
  return [
    ...(full ? s.consoleErrors.map(e => `console: ${e}`) : []),
    ...(full ? s.externalRequests.map(r => `request: ${r}`) : []),
    ...(full ? s.overflow.map(o => `outside the canvas: ${o.tag} "${o.text}"`) : []),
    ...(full ? s.small.map(t => `text under 16px: ${t.tag} ${t.size}px "${t.text}"`) : []),
    ...s.sideways.map(x => `scrolls sideways: ${x}`),
  ].map(p => `slide ${s.no}, click ${s.clicks}: ${p}`)
}

describeWithBrowser('both paths, built, in Chromium', () => {
  let talkSeen: StepReport[]
  let studySeen: StepReport[]

  beforeAll(() => {
    talkSeen = readWalk('talk', 'light')
    studySeen = readWalk('study', 'light')
  })

  it('the talk: every slide reached by →, in order', () => {
    expect([...new Set(talkSeen.map(s => s.no))]).toEqual(talk.slides.map(s => s.no))
  })

  it('the talk: no console error, no request off localhost, nothing outside the canvas, no small text, nothing scrolling sideways, at any click', () => {
    expect(talkSeen.flatMap(s => problems(s, true))).toEqual([])
  })

  it('the talk: every slide\'s [click] marks equal the clicks it registers', () => {
    expect(drift(talk, talkSeen)).toEqual([])
  })

  it('the study deck: every slide\'s [click] marks equal the clicks it registers', () => {
    expect([...new Set(studySeen.map(s => s.no))]).toEqual(study.slides.map(s => s.no))
    expect(drift(study, studySeen)).toEqual([])
  })

  it('the study deck: no code or command scrolls sideways, at any click', () => {
    expect(studySeen.flatMap(s => problems(s, false))).toEqual([])
  })
})
