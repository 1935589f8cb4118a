import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { groupSections } from '../../composables/handout'
import { loadDeck } from '../../scripts/deck-structure'

for (const entry of ['slides.md', 'talk.md']) {
  const deck = await loadDeck(process.cwd(), entry)

  describe(`the handout's sections in ${entry} (the section: of each src: import)`, () => {
    it('give every slide after the cover a section', () => {
      const without = deck.slides.filter(slide => slide.no > 1 && !slide.section).map(slide => `${slide.no} ${slide.title} (${slide.file})`)
      expect(without, `add \`section: …\` beside the \`src:\` in ${entry} that imports these slides`).toEqual([])
    })

    it('are the files of pages/, one section each, in order', () => {
      const sections = groupSections(deck.slides.map(slide => ({ ...slide, noteHtml: '' })))
      const files = sections.map(section => [...new Set(section.slides.map(slide => deck.slides[slide.no - 1].file))])
      expect(files.every(list => list.length === 1), 'a section spanning several files').toBe(true)
      expect(files.flat()).toEqual([...new Set(deck.slides.map(slide => slide.file))])
      expect(new Set(sections.map(section => section.title)).size, 'section names are unique').toBe(sections.length)
    })
  })
}

it('the talk names each section as the study deck does', async () => {
  const study = new Map((await loadDeck(process.cwd(), 'slides.md')).slides.map(slide => [slide.file, slide.section]))
  const talk = (await loadDeck(process.cwd(), 'talk.md')).slides.filter(slide => slide.section)
  for (const slide of talk)
    expect(slide.section, `talk slide ${slide.no} (${slide.file})`).toBe(study.get(slide.file))
})
