import type { DeckSlide, DeckStructure } from '../../scripts/deck-structure'
import process from 'node:process'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck-structure'
import { minutes, openingLines } from '../../scripts/notes'

/**
 * The two paths through one set of pages: the study deck (slides.md, everything, in teaching
 * order) and the talk (talk.md, 30 minutes by its notes' own minutes). No slide is written twice:
 * the talk imports its slides from pages/, and each of them is in the study deck too.
 */

/** The talk's sections, in order: the file each run of slides comes from. */
const TALK_SECTIONS = [
  'talk.md',
  'pages/01-problem.md',
  'pages/02-virtual-machines.md',
  'pages/03-containers.md',
  'pages/live-vm.md',
  'pages/04-side-by-side.md',
  'pages/06-comparison.md',
  'pages/07-history.md',
  'pages/08-in-practice.md',
  'pages/10-wrap-up.md',
  'pages/11-references.md',
]
const TALK_MINUTES = 30
const TALK_SLIDES = { min: 20, max: 26 }
/** At 150 words a minute, a talk slide's notes can be read in about its minutes (a little slack for the explanation). */
const WORDS_PER_MINUTE = 190

let study: DeckStructure
let talk: DeckStructure
beforeAll(async () => {
  study = await loadDeck(process.cwd(), 'slides.md')
  talk = await loadDeck(process.cwd(), 'talk.md')
})

const key = (slide: DeckSlide): string => `${slide.file}\n${slide.content.trim()}`
/** The slides a speaker gives: all but the references after the closing slide (0 minutes, for reading afterwards). */
const spoken = (deck: DeckStructure): DeckSlide[] => deck.slides.filter(s => !s.title.startsWith('References'))
const total = (deck: DeckStructure): number => deck.slides.reduce((sum, s) => sum + (minutes(s.note) ?? 0), 0)

describe('two paths from one source', () => {
  it('the talk parses, and its imports resolve', () => {
    expect(talk.parseErrors).toEqual([])
    expect(talk.missingImports).toEqual([])
  })

  it('the talk runs through its sections in order, each once', () => {
    const runs = talk.slides.map(s => s.file).filter((file, i, all) => file !== all[i - 1])
    expect(runs).toEqual(TALK_SECTIONS)
  })

  it(`the talk has ${TALK_SLIDES.min}–${TALK_SLIDES.max} slides to give, then the references`, () => {
    expect(spoken(talk).length).toBeGreaterThanOrEqual(TALK_SLIDES.min)
    expect(spoken(talk).length).toBeLessThanOrEqual(TALK_SLIDES.max)
  })

  it('writes no slide twice: every talk slide but its cover and its closing comes from pages/ and is in the study deck', () => {
    const inStudy = new Set(study.slides.map(key))
    const closing = spoken(talk).at(-1)!
    const missing = talk.slides.slice(1).filter(s => s !== closing).filter(s => !s.file.startsWith('pages/') || !inStudy.has(key(s))).map(s => `${s.no} "${s.title}" (${s.file})`)
    expect(missing).toEqual([])
  })

  it('keeps the how-to slide in the study deck only; both end on the same references, so a [n] on a slide finds its source', () => {
    expect(talk.slides.filter(s => s.file === 'pages/00-how-to-use.md').map(s => s.title)).toEqual([])
    expect(study.slides.some(s => s.file === 'pages/00-how-to-use.md')).toBe(true)
    const references = (deck: DeckStructure): string[] => deck.slides.filter(s => s.title.startsWith('References')).map(key)
    expect(references(talk).length).toBeGreaterThan(0)
    expect(references(talk)).toEqual(references(study))
    expect(talk.slides.slice(-references(talk).length).every(s => s.title.startsWith('References'))).toBe(true)
    expect(references(talk).every(r => minutes(talk.slides.find(s => key(s) === r)!.note) === 0)).toBe(true)
  })

  it('ends the talk on its closing slide, with questions; the study deck on its own, without, before the answer key and references', () => {
    const closing = spoken(talk).at(-1)!
    expect(closing.file).toBe('pages/10-wrap-up.md')
    expect(closing.content).toContain('Questions?')
    expect(study.slides.some(s => key(s) === key(closing)), 'the talk\'s closing is not in the study deck').toBe(false)
    const own = study.slides.filter(s => s.file === 'pages/study-closing.md')
    expect(own).toHaveLength(1)
    expect(own[0].content + own[0].note).not.toMatch(/questions\?/i)
    const at = study.slides.indexOf(own[0])
    expect(study.slides[at + 1].title).toMatch(/^Self-check answers/)
    expect(at).toBeLessThan(study.slides.findIndex(s => s.title.startsWith('References')))
  })

  it('says the four goals on both closing slides from the scorecard (<GoalsInBrief />), so they agree with it', () => {
    const closings = [spoken(talk).at(-1)!, study.slides.find(s => s.file === 'pages/study-closing.md')!]
    expect(closings.map(s => /<GoalsInBrief\s*\/>/.test(s.content))).toEqual([true, true])
    expect(closings.filter(s => /The four goals:/.test(s.content)), 'no goals written out by hand beside it').toEqual([])
  })

  it('places the live demo in the middle of the talk, after "a container is a process" is claimed', () => {
    const demo = talk.slides.findIndex(s => s.file === 'pages/live-vm.md')
    const claim = talk.slides.findIndex(s => /process/i.test(s.title) && s.file === 'pages/03-containers.md')
    expect(claim).toBeGreaterThan(0)
    expect(demo).toBeGreaterThan(claim)
    expect(demo / spoken(talk).length).toBeGreaterThan(0.3)
    expect(demo / spoken(talk).length).toBeLessThan(0.7)
  })
})

describe('timing: every slide ends its notes with `Time: N min.` (the talk shows it; the study deck drops it)', () => {
  it('in both decks', () => {
    const untimed = [...study.slides.filter(s => minutes(s.rawNote) === null), ...talk.slides.filter(s => minutes(s.note) === null)].map(s => `${s.file}: "${s.title}"`)
    expect([...new Set(untimed)]).toEqual([])
  })

  it(`the talk's minutes add up to ${TALK_MINUTES}`, () => {
    expect(total(talk)).toBe(TALK_MINUTES)
  })

  it('the talk\'s cover and the study deck\'s how-to slide state that figure', () => {
    expect(talk.slides[0].content).toContain(`${total(talk)}-minute`)
    const howTo = study.slides.find(s => s.file === 'pages/00-how-to-use.md')!
    expect(howTo.content).toContain(`${total(talk)} minutes`)
  })

  it('each talk slide\'s notes can be read in about its minutes', () => {
    const long = spoken(talk).filter(s => s.note.split(/\s+/).length > (minutes(s.note) ?? 0) * WORDS_PER_MINUTE).map(s => `${s.no} "${s.title}": ${s.note.split(/\s+/).length} words for ${minutes(s.note)} min`)
    expect(long).toEqual([])
  })
})

describe('notes a speaker can glance at', () => {
  it('every click segment of every slide opens with a short bold line to say', () => {
    const bad = [...study.slides, ...talk.slides].flatMap(s => openingLines(s.note).flatMap((line, i) =>
      line === null
        ? [`${s.file} "${s.title}", segment ${i}: no bold opening line`]
        : line.split(/\s+/).length > 25 ? [`${s.file} "${s.title}", segment ${i}: opening line of ${line.split(/\s+/).length} words`] : []))
    expect([...new Set(bad)]).toEqual([])
  })

  it('no note points the learner at internal review documents', () => {
    const internal = study.slides.filter(s => /fact sheet|accuracy review|the project's/i.test(s.note)).map(s => `${s.file}: "${s.title}"`)
    expect(internal).toEqual([])
  })

  it('no kicker talks about the deck instead of the topic', () => {
    const meta = [...study.slides, ...talk.slides].filter(s => /Chapter 1|fine print a good teacher/i.test(s.content)).map(s => `${s.file}: "${s.title}"`)
    expect(meta).toEqual([])
  })
})
