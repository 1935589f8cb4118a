import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import StackCompare from '../../components/StackCompare.vue'
import { vmVsContainers } from '../../data/stacks'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

function lit(wrapper: VueWrapper, side: string): string[] {
  return [...new Set(wrapper.findAll(`[data-side="${side}"] .layer[data-light="lit"]`).map(cell => cell.attributes('data-kind')!))]
}
function slots(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.empty-slot[data-state="shown"]').map(slot => slot.text())
}

describe('side-by-side stacks', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per step', () => {
    mount(StackCompare)
    expect(slidev.total).toBe(vmVsContainers.steps.length)
  })

  it('starts with both stacks whole and unlit, and the question underneath', () => {
    const wrapper = mount(StackCompare)
    expect(wrapper.findAll('[data-side="vm"] .layer[data-kind="guest-os"]')).toHaveLength(3)
    expect(wrapper.findAll('[data-side="container"] .layer[data-kind="guest-os"]')).toHaveLength(0)
    expect(wrapper.findAll('.layer[data-light]')).toHaveLength(0)
    expect(slots(wrapper)).toEqual([])
    expect(wrapper.get('[data-caption]').text()).toBe(vmVsContainers.intro)
  })

  it('click by click: no guest OS, no virtual hardware, hypervisor against runtime, four kernels against one', async () => {
    const wrapper = mount(StackCompare)
    const seen: [string[], string[], string[]][] = []
    for (let click = 1; click <= 4; click++) {
      slidev.clicks.value = click
      await nextTick()
      seen.push([lit(wrapper, 'vm'), lit(wrapper, 'container'), slots(wrapper)])
    }
    expect(seen).toEqual([
      [['guest-os'], [], ['no guest OS']],
      [['virtual-hardware'], [], ['no virtual hardware', 'no guest OS']],
      [['hypervisor'], ['container-runtime'], ['no hypervisor', 'no virtual hardware', 'no guest OS']],
      [['host-os', 'guest-os'], ['host-kernel'], ['no hypervisor', 'no virtual hardware', 'no guest OS']],
    ])
  })

  it('on a handout page shows the final state without motion, ringed but nothing dimmed', async () => {
    const wrapper = mount(StackCompare)
    slidev.printMode.value = true
    slidev.clicks.value = slidev.total
    await nextTick()
    expect(wrapper.get('.stack-compare').attributes('data-motion')).toBe('off')
    expect(wrapper.findAll('[data-handout] [data-caption]').map(c => c.text()), 'every click\'s caption, in order').toEqual(vmVsContainers.steps.map(s => s.caption))
    expect(wrapper.findAll('.layer[data-light="dim"]')).toHaveLength(0)
    expect(lit(wrapper, 'container')).toEqual(['host-kernel'])
    expect(slots(wrapper)).toEqual(['no hypervisor', 'no virtual hardware', 'no guest OS'])
  })

  it('in the click-by-click export and while presenting, shows one caption at a time', async () => {
    const wrapper = mount(StackCompare)
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    slidev.clicks.value = 2
    await nextTick()
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    expect(wrapper.findAll('[data-caption]').map(c => c.text())).toEqual([vmVsContainers.steps[1].caption])
  })

  it('has a text alternative, and empty slots not yet revealed are hidden from screen readers', () => {
    const wrapper = mount(StackCompare)
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe(vmVsContainers.alt)
    expect(wrapper.findAll('.empty-slot').every(slot => slot.attributes('aria-hidden') === 'true')).toBe(true)
  })

  it('rejects a comparison whose step lights a layer that is not there', () => {
    const bad = { ...vmVsContainers, steps: [{ caption: 'x', vm: ['container-runtime' as const], container: [] }] }
    expect(() => mount(StackCompare, { props: { comparison: bad } })).toThrow(/vm side.*lights "container-runtime", which is not in this stack/)
  })
})
