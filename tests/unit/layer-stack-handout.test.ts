import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LayerStack from '../../components/LayerStack.vue'
import { vmBareMetal, vmBareMetalOne, vmHosted } from '../../data/stacks'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

describe('the VM stack on paper: both the type 2 picture the notes and answers name, and type 1', () => {
  beforeEach(() => slidev.reset())

  it('prints the hosted stack (with its host OS) and the bare-metal one, each titled', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    slidev.printMode.value = true
    slidev.clicks.value = slidev.total
    await nextTick()
    const figures = wrapper.findAll('[data-figure]')
    expect(figures.map(f => f.attributes('data-figure'))).toEqual([vmHosted.id, vmBareMetalOne.id])
    expect(figures.map(f => f.get('[data-figure-title]').text())).toEqual(['Type 2, hosted: a laptop', 'Type 1, bare metal: servers'])
    expect(figures[1].findAll('.layer[data-kind="hypervisor"]').map(l => l.text())).toEqual(['Hypervisor (ESXi, Xen, Hyper-V)'])
    expect(figures[0].findAll('.layer[data-kind="host-os"]'), 'type 2 has a host OS').toHaveLength(1)
    expect(figures[1].findAll('.layer[data-kind="host-os"]'), 'type 1 has none').toHaveLength(0)
    expect(figures[0].findAll('.layer[data-state="hidden"]'), 'every layer of both is shown').toHaveLength(0)
    expect(figures[1].findAll('.layer[data-state="hidden"]')).toHaveLength(0)
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe(`${vmHosted.alt} ${vmBareMetalOne.alt}`)
  })

  it('on screen, draws one picture at a time, untitled', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    slidev.clicks.value = slidev.total
    await nextTick()
    expect(wrapper.findAll('[data-figure]').map(f => f.attributes('data-figure'))).toEqual([vmBareMetal.id])
    expect(wrapper.find('[data-figure-title]').exists()).toBe(false)
  })

  it('says that with KVM the host OS and the hypervisor are one, wherever KVM is named', () => {
    expect(vmBareMetal.rows.map(row => ('band' in row ? row.band.label ?? '' : '')).join(' ')).not.toContain('KVM')
    for (const spec of [vmBareMetal, vmBareMetalOne])
      expect(JSON.stringify(spec)).toMatch(/KVM the hypervisor is the Linux kernel itself: host OS and hypervisor are one/)
  })
})
