import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LayerStack from '../../components/LayerStack.vue'
import { buildStackModel } from '../../composables/stack'
import { stacks } from '../../data/stacks'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

const model = buildStackModel(stacks['vm-hosted'])
const built = model.buildSteps - 1 + model.highlights.length

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

const kinds = (wrapper: VueWrapper): string[] => [...new Set(wrapper.findAll('.layer:not([data-state="hidden"])').map(c => c.attributes('data-kind')!))]

describe('layer stack varied by click (the VM stack: one VM, several VMs, bare metal)', () => {
  beforeEach(() => slidev.reset())

  it('after the build, redraws the picture with three VMs, then without the host OS', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    await at(built)
    expect(wrapper.get('.layer-stack').attributes('data-variant')).toBe('vm-hosted')
    expect(wrapper.findAll('.column-name')).toHaveLength(0)
    await at(built + 1)
    expect(wrapper.get('.layer-stack').attributes('data-variant')).toBe('vms-on-one-host')
    expect(wrapper.findAll('.column-name').map(n => n.text())).toEqual(['VM 1', 'VM 2', 'VM 3'])
    expect(wrapper.findAll('.layer[data-light="lit"]').map(c => c.text())).toEqual(['Linux', 'Windows', 'Linux'])
    expect(wrapper.get('[data-caption]').text()).toMatch(/Three VMs/)
    await at(built + 2)
    expect(kinds(wrapper)).not.toContain('host-os')
    expect(wrapper.get('.layer[data-light="lit"]').text()).toMatch(/Hypervisor/)
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toMatch(/no host OS/)
  })

  it('keeps every picture on the same bottom line, so the stack does not jump as it varies', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    const hardwareRow = (): string => wrapper.get('.layer[data-kind="hardware"]').attributes('style')!.match(/grid-row: (\d+)/)![1]
    const first = hardwareRow()
    await at(built + 1)
    expect(hardwareRow()).toBe(first)
    await at(built + 2)
    expect(hardwareRow()).toBe(first)
  })

  it('lists every highlight and variant caption on the handout page', async () => {
    slidev.printMode.value = true
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    await at(slidev.total)
    expect(wrapper.findAll('[data-handout] [data-caption]')).toHaveLength(model.highlights.length + model.variants.length)
  })
})
