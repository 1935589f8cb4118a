import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SyscallJourney from '../../components/SyscallJourney.vue'
import { readJourney } from '../../data/journey'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

/** The rows the call has reached on a side, top to bottom, as the diagram marks them. */
function reached(wrapper: VueWrapper, side: string): string[] {
  return wrapper.findAll(`[data-side="${side}"] .journey-cell[data-reached="true"]`).map(cell => cell.attributes('data-row')!)
}
/** The hop badges showing on a side. */
function hops(wrapper: VueWrapper, side: string): string[] {
  return wrapper.findAll(`[data-side="${side}"] .journey-hop`).filter(h => h.attributes('data-state') !== 'hidden').map(h => h.text())
}

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('system call journey', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per step after the start', () => {
    mount(SyscallJourney)
    expect(slidev.total).toBe(readJourney.steps.length - 1)
  })

  it('starts with read() at the app on both sides, and says so in words; the figure has a text alternative', () => {
    const wrapper = mount(SyscallJourney)
    expect(hops(wrapper, 'container')).toEqual(['read()'])
    expect(hops(wrapper, 'vm')).toEqual(['read()'])
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toContain('five crossings')
    expect(wrapper.get('[data-caption]').text()).toBe(readJourney.steps[0].caption)
    expect(wrapper.get('.journey-explain').attributes('aria-live')).toBe('polite')
  })

  it('sends the container\'s call straight to the host kernel on the first click, past the runtime', async () => {
    const wrapper = mount(SyscallJourney)
    await at(1)
    expect(reached(wrapper, 'container')).toEqual(['app', 'host-kernel', 'hardware'])
    expect(hops(wrapper, 'container')).toEqual(['read()', '1', '2'])
    expect(wrapper.get('[data-side="container"] [data-row="middle"]').attributes('data-aside')).toBe('true')
    expect(wrapper.get('[data-side="container"] [data-row="middle"]').attributes('data-reached')).toBeUndefined()
    expect(hops(wrapper, 'vm')).toEqual(['read()'])
  })

  it('takes the VM\'s call down through guest kernel, virtual disk, hypervisor and host kernel', async () => {
    const wrapper = mount(SyscallJourney)
    await at(3)
    expect(reached(wrapper, 'vm')).toEqual(['app', 'guest-kernel', 'virtual-device', 'middle'])
    expect(wrapper.findAll('[data-side="vm"] [data-newest="true"]').map(c => c.attributes('data-row'))).toEqual(['virtual-device', 'middle'])
    await at(4)
    expect(hops(wrapper, 'vm')).toEqual(['read()', '1', '2', '3', '4', '5'])
  })

  it('hides steps not yet reached from assistive technology too', async () => {
    const wrapper = mount(SyscallJourney)
    await at(1)
    const wall = wrapper.get('[data-side="vm"] .journey-wall')
    expect(wall.attributes('data-state')).toBe('hidden')
    expect(wall.attributes('aria-hidden')).toBe('true')
  })

  it('shows the walls, then the crossings, at the end', async () => {
    const wrapper = mount(SyscallJourney)
    await at(5)
    expect(wrapper.findAll('.journey-wall').map(w => w.attributes('data-state'))).toEqual(['current', 'current'])
    expect(wrapper.findAll('.journey-wall').map(w => w.text())).toEqual([readJourney.wallLabel.container, readJourney.wallLabel.vm])
    await at(6)
    expect(wrapper.findAll('.journey-cost').map(c => c.text())).toEqual(['2 crossings', '5 crossings'])
  })

  it('in the final-state PDF shows both paths whole and writes every step\'s explanation out', async () => {
    const wrapper = mount(SyscallJourney)
    slidev.printMode.value = true
    await at(slidev.total)
    expect(hops(wrapper, 'container')).toHaveLength(3)
    expect(hops(wrapper, 'vm')).toHaveLength(6)
    expect(wrapper.findAll('[data-handout] [data-caption]').map(li => li.text())).toEqual(readJourney.steps.slice(1).map(s => s.caption))
    expect(wrapper.get('.journey').attributes('data-motion')).toBe('off')
  })

  it('printed click by click, shows one caption per page, not the list', async () => {
    const wrapper = mount(SyscallJourney)
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    await at(2)
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    expect(wrapper.get('[data-caption]').text()).toBe(readJourney.steps[2].caption)
  })

  it('under reduced motion marks itself so every step shows without motion', () => {
    slidev.setReducedMotion(true)
    expect(mount(SyscallJourney).get('.journey').attributes('data-motion')).toBe('off')
  })
})
