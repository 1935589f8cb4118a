import type { DeckStructure } from '../../scripts/deck-structure'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck-structure'

/** The sections of the lesson, in teaching order: the first slide title of each. */
const SECTIONS = [
  'VMs and Containers',
  'How to use this deck',
  'Imagine you run a web server',
]

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

  it('presents the sections in teaching order', () => {
    const positions = SECTIONS.map(title => deck.slides.findIndex(slide => slide.title === title))
    expect(positions.every(p => p >= 0), `missing sections: ${SECTIONS.filter((_, i) => positions[i] < 0)}`).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('keeps slide content in pages/, one file per section', () => {
    const outside = deck.slides.slice(1).filter(slide => !slide.file.startsWith('pages/'))
    expect(outside.map(slide => slide.title)).toEqual([])
  })
})
