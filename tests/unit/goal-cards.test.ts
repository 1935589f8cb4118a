import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import GoalCards from '../../components/GoalCards.vue'
import { isolationGoals } from '../../data/goals'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

function states(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('[data-goal]').map(card => card.attributes('data-state') ?? '')
}

describe('goal cards', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per goal with the slide', () => {
    mount(GoalCards, { props: { goals: isolationGoals } })
    expect(slidev.registrations).toBe(1)
    expect(slidev.total).toBe(isolationGoals.length)
  })

  it('shows one more goal per click, the newest marked current', async () => {
    const wrapper = mount(GoalCards, { props: { goals: isolationGoals } })
    expect(states(wrapper)).toEqual(['hidden', 'hidden', 'hidden', 'hidden'])
    slidev.clicks.value = 2
    await nextTick()
    expect(states(wrapper)).toEqual(['shown', 'current', 'hidden', 'hidden'])
    slidev.clicks.value = 4
    await nextTick()
    expect(states(wrapper)).toEqual(['shown', 'shown', 'shown', 'current'])
  })

  it('hides goals not yet shown from assistive technology', async () => {
    const wrapper = mount(GoalCards, { props: { goals: isolationGoals } })
    slidev.clicks.value = 1
    await nextTick()
    const hidden = wrapper.findAll('[data-goal]').map(card => card.attributes('aria-hidden'))
    expect(hidden).toEqual([undefined, 'true', 'true', 'true'])
  })

  it('turns motion off in print mode and under reduced motion', async () => {
    const wrapper = mount(GoalCards, { props: { goals: isolationGoals } })
    expect(wrapper.get('ol').attributes('data-motion')).toBe('on')
    slidev.printMode.value = true
    await nextTick()
    expect(wrapper.get('ol').attributes('data-motion')).toBe('off')

    slidev.reset()
    slidev.setReducedMotion(true)
    const reduced = mount(GoalCards, { props: { goals: isolationGoals } })
    expect(reduced.get('ol').attributes('data-motion')).toBe('off')
  })

  it('counts its clicks after earlier clicks on the same slide', async () => {
    // an earlier element on the slide took clicks 1-2
    const { useSlideContext } = await import('../support/slidev-client')
    const ctx = useSlideContext().$clicksContext
    ctx.register('earlier', ctx.calculateSince('+1', 2))
    const wrapper = mount(GoalCards, { props: { goals: isolationGoals } })
    expect(slidev.total).toBe(2 + isolationGoals.length)
    slidev.clicks.value = 3
    await nextTick()
    expect(states(wrapper)).toEqual(['current', 'hidden', 'hidden', 'hidden'])
  })

  it('rejects bad props with an error that names the problem', () => {
    const silence = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(GoalCards, { props: { goals: [] } })).toThrow(/GoalCards: `goals` must be a non-empty array/)
    const broken = [{ ...isolationGoals[0], without: '' }]
    expect(() => mount(GoalCards, { props: { goals: broken } })).toThrow(/GoalCards: goal 1 has no "without"/)
    silence.mockRestore()
  })
})
