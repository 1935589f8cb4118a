import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, ref, shallowRef } from 'vue'
import LinuxVm from '../../components/LinuxVm.vue'
import { vmTranscript } from '../../data/vm-transcript'

vi.mock('@slidev/client', () => import('../support/slidev-client'))
// The VM did not start (a venue's browser without WebAssembly, a file that did not load).
const retry = vi.fn()
vi.mock('../../composables/useLinuxVm', () => ({
  useLinuxVm: () => ({
    state: ref('error'),
    error: shallowRef({ what: 'the saved state', url: '/vm/state.bin.zst', reason: 'the server answered 404', fix: 'Check public/vm/, then press Retry.' }),
    role: ref('idle'),
    focused: ref(false),
    elapsedMs: ref(null),
    promptMs: ref(null),
    milestones: ref({}),
    typed: ref(0),
    busy: ref(false),
    retry,
    commandStep: computed(() => 0),
    armed: ref(false),
    context: ref('slide'),
  }),
}))

describe('the live VM when it cannot start: the speaker\'s fallback on the slide', () => {
  it('names the problem, offers Retry, and "Show the recorded run" shows the current demo\'s recorded commands and output', async () => {
    const w = mount(LinuxVm, { props: { demo: 'container' } })
    expect(w.find('[role="alert"]').text()).toMatch(/did not start: the saved state \(\/vm\/state\.bin\.zst\): the server answered 404/)
    expect(w.find('.vm-recording').exists(), 'no recording until asked for').toBe(false)
    const buttons = w.findAll('button')
    expect(buttons.map(b => b.text())).toEqual(['Retry', 'Show the recorded run'])
    await buttons[0].trigger('click')
    expect(retry).toHaveBeenCalledOnce()

    await buttons[1].trigger('click')
    const recording = w.find('.vm-recording')
    expect(recording.exists()).toBe(true)
    const steps = vmTranscript.demos.find(d => d.id === 'container')!.steps
    expect(recording.findAll('.vm-cmd').map(c => c.text())).toEqual(steps.map(s => (s.prompt + s.command).trim()))
    for (const s of steps.filter(s => s.output))
      expect(recording.text()).toContain(s.output.split('\n')[0].trim())
    expect(buttons[1].text()).toBe('Hide the recorded run')
    expect(w.find('[role="alert"]').text(), 'the problem stays named, in one line').toMatch(/did not start \(the saved state\)/)
    await buttons[1].trigger('click')
    expect(w.find('.vm-recording').exists()).toBe(false)
  })

  it('on the cold-boot slide, the fallback is the recorded boot log', async () => {
    const w = mount(LinuxVm, { props: { mode: 'cold', startAt: 'click' } })
    await w.findAll('button')[1].trigger('click')
    expect(w.findAll('.vm-recording .vm-log').length).toBe(vmTranscript.coldBootLog.length)
  })
})
