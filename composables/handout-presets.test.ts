import { describe, expect, it } from 'vitest'
import { handoutPresets } from '../data/handout-presets'
import { loadDeck } from '../scripts/deck-structure'
import { findPreset, presetSlides } from './handout-presets'

const deck = await loadDeck()

describe('handout presets: slides chosen by title or section, so they follow moved slides', () => {
  it('every preset resolves against the deck as it is', () => {
    for (const preset of handoutPresets)
      expect(presetSlides(deck.slides, preset).length, preset.id).toBeGreaterThan(0)
  })

  it('meetup: a few pages, the cover, the stacks, the comparison and the closing slide, in deck order', () => {
    const nos = presetSlides(deck.slides, findPreset('meetup'))
    expect(nos.length).toBeLessThanOrEqual(10)
    expect(nos).toEqual([...nos].sort((a, b) => a - b))
    const titles = nos.map(no => deck.slides[no - 1].title)
    expect(titles[0]).toBe(deck.slides[0].title)
    expect(titles).toContain('VMs and containers compared')
    expect(titles.at(-1)).toBe('One idea to take with you')
  })

  it('class: the core path, without the how-to page, references, answers and glossary', () => {
    const titles = presetSlides(deck.slides, findPreset('class')).map(no => deck.slides[no - 1].title)
    expect(titles).not.toContain('How to use this deck')
    expect(titles.some(t => /^(?:References|Glossary|Self-check answers)\b/.test(t))).toBe(false)
    expect(titles).toContain('One idea to take with you')
    expect(titles).toContain('Check: type 1 or type 2?')
  })

  it('follows a slide that moved, and names a title or section that is gone', () => {
    const moved = [deck.slides[0], ...deck.slides.slice(1).reverse()].map((s, i) => ({ ...s, no: i + 1 }))
    const nos = presetSlides(moved, findPreset('meetup'))
    expect(nos.map(no => moved[no - 1].title).sort()).toEqual(presetSlides(deck.slides, findPreset('meetup')).map(no => deck.slides[no - 1].title).sort())
    expect(() => presetSlides(deck.slides, { id: 'x', name: 'x', description: '', titles: ['No such slide'] })).toThrow(/"No such slide".*data\/handout-presets\.ts/)
    expect(() => presetSlides(deck.slides, { id: 'y', name: 'y', description: '', withoutSections: ['Nowhere'] })).toThrow(/"Nowhere"/)
    expect(() => findPreset('party')).toThrow(/No handout preset "party". There are: meetup, class/)
  })
})
