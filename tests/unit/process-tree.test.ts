import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ProcessTree from '../../components/ProcessTree.vue'
import { dockerRun } from '../../data/process-tree'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('process tree (docker run)', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per step after the first', () => {
    mount(ProcessTree)
    expect(slidev.total).toBe(dockerRun.steps.length - 1)
  })

  it('shows the CLI first, then one process per click, with the step’s caption beside', async () => {
    const wrapper = mount(ProcessTree)
    const shown = (): string[] => wrapper.findAll('.proc-row:not([data-state="hidden"])').map(r => r.attributes('data-process')!)
    expect(shown()).toEqual(['cli'])
    expect(wrapper.get('[data-caption]').text()).toContain('docker run')
    await at(3)
    expect(shown()).toEqual(['cli', 'dockerd', 'containerd', 'shim'])
    expect(wrapper.get('[data-process="shim"]').attributes('data-parent')).toBe('containerd')
    expect(wrapper.get('[data-process="dockerd"]').text()).toContain('asks')
  })

  it('crosses runc out when it exits and moves the app under the shim; then shows the kernel', async () => {
    const wrapper = mount(ProcessTree)
    await at(6)
    expect(wrapper.get('[data-process="runc"]').attributes('data-state')).toBe('exited')
    expect(wrapper.get('[data-process="runc"]').text()).toContain('ran, then exited')
    expect(wrapper.get('[data-process="app"]').attributes('data-parent')).toBe('shim')
    expect(wrapper.get('[data-process="app"]').text()).toContain('child of containerd-shim')
    expect(wrapper.get('.proc-kernel').attributes('data-state')).toBe('hidden')
    await at(7)
    expect(wrapper.get('.proc-kernel').attributes('data-state')).toBe('shown')
  })

  it('hides processes not yet started from screen readers, and lists every step on a handout page', async () => {
    const wrapper = mount(ProcessTree)
    expect(wrapper.get('[data-process="app"]').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toContain('runc')
    slidev.printMode.value = true
    await at(slidev.total)
    expect(wrapper.findAll('[data-handout] [data-caption]')).toHaveLength(dockerRun.steps.length)
  })
})
