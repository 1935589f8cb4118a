import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import RevealCards from '../../components/RevealCards.vue'
import { citations, citationText } from '../../composables/references'
import { analogyLimits } from '../../data/analogy'
import { vmCharacteristics } from '../../data/characteristics'
import { isolationGoals } from '../../data/goals'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

function states(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('[data-card]').map(card => card.attributes('data-state') ?? '')
}

describe('reveal cards', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per goal with the slide', () => {
    mount(RevealCards, { props: { cards: isolationGoals } })
    expect(slidev.registrations).toBe(1)
    expect(slidev.total).toBe(isolationGoals.length)
  })

  it('shows one more goal per click, the newest marked current', async () => {
    const wrapper = mount(RevealCards, { props: { cards: isolationGoals } })
    expect(states(wrapper)).toEqual(['hidden', 'hidden', 'hidden', 'hidden'])
    slidev.clicks.value = 2
    await nextTick()
    expect(states(wrapper)).toEqual(['shown', 'current', 'hidden', 'hidden'])
    slidev.clicks.value = 4
    await nextTick()
    expect(states(wrapper)).toEqual(['shown', 'shown', 'shown', 'current'])
  })

  it('hides goals not yet shown from assistive technology', async () => {
    const wrapper = mount(RevealCards, { props: { cards: isolationGoals } })
    slidev.clicks.value = 1
    await nextTick()
    const hidden = wrapper.findAll('[data-card]').map(card => card.attributes('aria-hidden'))
    expect(hidden).toEqual([undefined, 'true', 'true', 'true'])
  })

  it('turns motion off in print mode and under reduced motion', async () => {
    const wrapper = mount(RevealCards, { props: { cards: isolationGoals } })
    expect(wrapper.get('ol').attributes('data-motion')).toBe('on')
    slidev.printMode.value = true
    await nextTick()
    expect(wrapper.get('ol').attributes('data-motion')).toBe('off')

    slidev.reset()
    slidev.setReducedMotion(true)
    const reduced = mount(RevealCards, { props: { cards: isolationGoals } })
    expect(reduced.get('ol').attributes('data-motion')).toBe('off')
  })

  it('counts its clicks after earlier clicks on the same slide', async () => {
    // an earlier element on the slide took clicks 1-2
    const { useSlideContext } = await import('../support/slidev-client')
    const ctx = useSlideContext().$clicksContext
    ctx.register('earlier', ctx.calculateSince('+1', 2))
    const wrapper = mount(RevealCards, { props: { cards: isolationGoals } })
    expect(slidev.total).toBe(2 + isolationGoals.length)
    slidev.clicks.value = 3
    await nextTick()
    expect(states(wrapper)).toEqual(['current', 'hidden', 'hidden', 'hidden'])
  })

  it('rejects bad props with an error that names the problem', () => {
    const silence = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(RevealCards, { props: { cards: [] } })).toThrow(/RevealCards: `cards` must be a non-empty array/)
    const noBody = [{ ...isolationGoals[0], body: '' }]
    expect(() => mount(RevealCards, { props: { cards: noBody } })).toThrow(/RevealCards: card 1 has no "body"/)
    const badNote = [{ ...isolationGoals[0], note: { label: 'Without it:', text: '' } }]
    expect(() => mount(RevealCards, { props: { cards: badNote } })).toThrow(/card 1 \("Keep it separate"\) has a note without a label or text/)
    const badLayer = [{ ...isolationGoals[0], layer: 'kernel' as never }]
    expect(() => mount(RevealCards, { props: { cards: badLayer } })).toThrow(/names an unknown layer "kernel"/)
    silence.mockRestore()
  })

  it('a card with numbers or dates cites its sources by number at the end of its note', () => {
    for (const cards of [vmCharacteristics, analogyLimits]) {
      const wrapper = mount(RevealCards, { props: { cards } })
      for (const card of cards.filter(c => /\d/.test(`${c.body} ${c.note?.text ?? ''}`))) {
        expect(card.sources, `${card.id} states a number: give it sources`).toBeDefined()
        const note = wrapper.get(`[data-card="${card.id}"] .card-note`)
        expect(note.text(), card.id).toMatch(new RegExp(`${citationText(citations(card.sources!)).replace(/[[\]]/g, '\\$&')}$`))
      }
    }
  })
})
