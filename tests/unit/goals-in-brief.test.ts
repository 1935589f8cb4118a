import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GoalsInBrief from '../../components/GoalsInBrief.vue'
import { scorecard } from '../../data/scorecard'

describe('the four goals in brief (GoalsInBrief.vue)', () => {
  it('says each goal with the scorecard\'s own brief, in order', () => {
    const text = mount(GoalsInBrief).text()
    expect(text).toBe('The four goals: Keep it separate: both, a VM more strongly. Give it consistent resources: both. Make it easy to move: both, in different ways. Protect it, both ways: a VM by default; a container as far as the shared kernel holds.')
    expect(mount(GoalsInBrief).findAll('[data-goal]').map(el => el.attributes('data-goal'))).toEqual(scorecard.map(row => row.goal))
  })
})
