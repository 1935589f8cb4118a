import type { DeckStructure } from '../../scripts/deck-structure'
import process from 'node:process'
import { beforeAll, describe, expect, it } from 'vitest'
import { isStudyPath, STUDY_PATHS } from '../../composables/study-path'
import { loadDeck } from '../../scripts/deck-structure'
import { aboutMinutes, learnerNotes, pathMinutes, studyMinutes } from '../../scripts/study-path'

/**
 * The study deck's core path and deep dives (composables/study-path.ts): every slide has a path,
 * the core path fits in about 40 minutes, and the cover and the how-to slide say what the slides add up to.
 */
const CORE_MINUTES = { min: 35, max: 45 }

let study: DeckStructure
let talk: DeckStructure
beforeAll(async () => {
  study = await loadDeck(process.cwd(), 'slides.md')
  talk = await loadDeck(process.cwd(), 'talk.md')
})

describe('the study deck\'s paths', () => {
  it('puts every slide of slides.md on a path (core, deep or reference)', () => {
    const without = study.slides.filter(s => !isStudyPath(s.path)).map(s => `${s.no} "${s.title}": path ${String(s.path)}`)
    expect(without, `set path: ${STUDY_PATHS.join('|')} on the src: import in slides.md`).toEqual([])
  })

  it('leaves the talk without paths: its corners show the number only', () => {
    expect(talk.slides.filter(s => s.path !== undefined).map(s => `${s.no} "${s.title}"`)).toEqual([])
  })

  it(`adds the core path up to ${CORE_MINUTES.min}–${CORE_MINUTES.max} minutes`, () => {
    const { core } = pathMinutes(study.slides)
    expect(core).toBeGreaterThanOrEqual(CORE_MINUTES.min)
    expect(core).toBeLessThanOrEqual(CORE_MINUTES.max)
  })

  it('keeps the reference pages (answers, glossary, sources) together at the end, after every core and deep slide', () => {
    const firstReference = study.slides.findIndex(s => s.path === 'reference')
    expect(study.slides.slice(firstReference).every(s => s.path === 'reference')).toBe(true)
    expect(study.slides.slice(firstReference).map(s => s.file).filter((f, i, all) => all.indexOf(f) === i))
      .toEqual(['pages/answer-key.md', 'pages/glossary.md', 'pages/11-references.md'])
  })

  it('starts and ends the core path: the cover, the how-to slide, the last check and the closing slide are core', () => {
    const core = study.slides.filter(s => s.path === 'core').map(s => s.file)
    expect(core[0]).toBe('slides.md')
    expect(core[1]).toBe('pages/00-how-to-use.md')
    expect(core).toContain('pages/check-mixed.md')
    expect(core.at(-1)).toBe('pages/study-closing.md')
  })

  it('states on the cover and the how-to slide the minutes the slides add up to', () => {
    const { core, deep } = pathMinutes(study.slides)
    const howTo = study.slides.find(s => s.file === 'pages/00-how-to-use.md')!
    expect(study.slides[0].content).toContain(`${aboutMinutes(core)}-minute core path`)
    expect(howTo.content).toMatch(new RegExp(`Core path\\*\\*: about ${aboutMinutes(core)} minutes`))
    expect(howTo.content).toMatch(new RegExp(`Everything\\*\\*: about ${aboutMinutes(core + deep)} minutes`))
    expect(howTo.note).toContain(`core path takes about ${aboutMinutes(core)} minutes`)
    expect(howTo.note).toContain(`takes about ${aboutMinutes(core + deep)}.`)
  })
})

describe('study minutes', () => {
  it('reads the explanation, not the room\'s lines or the sources', () => {
    const note = '**Say this.**\n\nExplain one two three.\n\nTalk: for the room.\n\nCue: hands up.\n\nSources: a; b.\n\nTime: 1 min.'
    expect(learnerNotes(note)).toBe('**Say this.**\n\nExplain one two three.')
  })

  it('counts reading, clicks and check questions', () => {
    const words = Array.from({ length: 240 }).fill('word').join(' ')
    expect(studyMinutes({ note: words, content: '' })).toBeCloseTo(1.25)
    expect(studyMinutes({ note: `${words}\n[click] a\n[click] b`, content: '' })).toBeCloseTo(1.25 + 0.2 + 2 / 240)
    expect(studyMinutes({ note: '', content: '<Quiz id="a" />\n<Quiz id="b" />' })).toBeCloseTo(1.25)
  })

  it('rounds to the nearest 5 minutes, as the how-to slide says them', () => {
    expect([37.4, 37.6, 42.4, 42.6, 88.9].map(aboutMinutes)).toEqual([35, 40, 40, 45, 90])
  })
})
