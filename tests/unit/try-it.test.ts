import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import TryIt from '../../components/TryIt.vue'
import { tryCapture } from '../../data/try-it'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('try-it slide', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per captured output', () => {
    mount(TryIt, { props: { slide: 'by-hand' } })
    expect(slidev.total).toBe(3)
  })

  it('shows the commands, and reveals each captured output in order, one per click', async () => {
    const wrapper = mount(TryIt, { props: { slide: 'by-hand' } })
    const outs = (): string[] => wrapper.findAll('.try-out').filter(o => o.attributes('data-state') !== 'hidden').map(o => o.text())
    expect(wrapper.findAll('.try-cmd')).toHaveLength(3)
    expect(outs()).toEqual([])
    await at(1)
    expect(outs()).toEqual([tryCapture.runs.find(r => r.id === 'pid-ns')!.output.trim()])
    await at(3)
    expect(outs()).toEqual(['pid-ns', 'uts-ns', 'lsns'].map(id => tryCapture.runs.find(r => r.id === id)!.output.trim()))
    expect(wrapper.findAll('.try-out')[0].attributes('aria-hidden')).toBeUndefined()
  })

  it('marks the Docker command, shows no output for it, and says where the output was captured', () => {
    const wrapper = mount(TryIt, { props: { slide: 'shared-kernel' } })
    const docker = wrapper.get('[data-command="uname-docker"]')
    expect(docker.text()).toContain('needs Docker')
    expect(docker.find('.try-out').exists()).toBe(false)
    expect(wrapper.get('.try-source').text()).toContain(tryCapture.machine.kernel)
    expect(wrapper.get('.try-source').text()).toContain(tryCapture.capturedAt.slice(0, 10))
  })
})
