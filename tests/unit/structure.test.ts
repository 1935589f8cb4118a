import type { DeckStructure } from '../../scripts/deck-structure'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck-structure'

/** The sections of the lesson, in teaching order: the file of each (pages/, after the cover in slides.md). */
const SECTIONS = [
  'slides.md',
  'pages/00-how-to-use.md',
  'pages/01-problem.md',
  'pages/os-basics.md',
  'pages/02-virtual-machines.md',
  'pages/check-hypervisors.md',
  'pages/03-containers.md',
  'pages/live-vm.md',
  'pages/check-fences.md',
  'pages/images.md',
  'pages/own-world.md',
  'pages/root.md',
  'pages/check-images.md',
  'pages/lab.md',
  'pages/04-side-by-side.md',
  'pages/syscall-journey.md',
  'pages/check-kernel.md',
  'pages/05-analogy.md',
  'pages/check-startup.md',
  'pages/06-comparison.md',
  'pages/07-history.md',
  'pages/check-history.md',
  'pages/08-in-practice.md',
  'pages/check-pick.md',
  'pages/09-try-it.md',
  'pages/scorecard.md',
  'pages/check-mixed.md',
  'pages/10-wrap-up.md',
  'pages/study-closing.md',
  'pages/answer-key.md',
  'pages/glossary.md',
  'pages/11-references.md',
]

/**
 * The study deck: everything, in teaching order, with its self-checks, answer key and glossary
 * (the 30-minute talk is talk.md, tested in paths.test.ts).
 */
// Issue 19 added sources (one more references slide), glossary terms (one more glossary page), the
// study deck's own pages (own files, network and data; a mixed check; its own closing; the lab, one slide per step).
const SLIDES = { min: 28, max: 90 }

/** Notes shorter than this are keywords, not an explanation a learner can follow alone. */
const MIN_NOTE_CHARS = 400

let deck: DeckStructure
beforeAll(async () => {
  deck = await loadDeck()
})

describe('deck structure (slides.md and pages/)', () => {
  it('parses without errors, and every src: import resolves to a file', () => {
    expect(deck.parseErrors).toEqual([])
    expect(deck.missingImports).toEqual([])
  })

  it('gives every slide a title', () => {
    const untitled = deck.slides.filter(slide => slide.title.trim() === '').map(slide => `${slide.no} (${slide.file})`)
    expect(untitled, 'slides without a # title').toEqual([])
  })

  it('gives every slide notes a learner can follow alone', () => {
    const thin = deck.slides.filter(slide => slide.note.length < MIN_NOTE_CHARS)
      .map(slide => `${slide.no} "${slide.title}": ${slide.note.length} chars`)
    expect(thin, `slides whose notes are shorter than ${MIN_NOTE_CHARS} characters`).toEqual([])
  })

  it('has no duplicate slide titles (the PDF outline and presenter list use them)', () => {
    const titles = deck.slides.map(slide => slide.title)
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([])
  })

  it('presents every section, in teaching order, each file\'s slides together', () => {
    const files = deck.slides.map(slide => slide.file).filter((file, i, all) => all.indexOf(file) === i)
    expect(files).toEqual(SECTIONS)
    const runs = deck.slides.map(slide => slide.file).filter((file, i, all) => file !== all[i - 1])
    expect(runs, 'a section split into two places').toEqual(SECTIONS)
  })

  it(`has ${SLIDES.min}–${SLIDES.max} slides`, () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(SLIDES.min)
    expect(deck.slides.length).toBeLessThanOrEqual(SLIDES.max)
  })

  it('gives each section\'s first slide the minutes a speaker should spend on it (`Time: N min.`)', () => {
    const firsts = SECTIONS.slice(2).map(file => deck.slides.find(slide => slide.file === file)!)
    const missing = firsts.filter(slide => !/^Time: \d+(?:\.\d+)? min\.$/m.test(slide.rawNote)).map(slide => `${slide.file}: "${slide.title}"`)
    expect(missing).toEqual([])
  })

  it('keeps slide content in pages/, one file per section', () => {
    const outside = deck.slides.slice(1).filter(slide => !slide.file.startsWith('pages/'))
    expect(outside.map(slide => slide.title)).toEqual([])
  })
})
