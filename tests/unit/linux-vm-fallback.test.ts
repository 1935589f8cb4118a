import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, ref, shallowRef } from 'vue'
import LinuxVm from '../../components/vm/LinuxVm.vue'
import { vmTranscript } from '../../data/vm-transcript'

vi.mock('@slidev/client', () => import('../support/slidev-client'))
// The VM did not start (a venue's browser without WebAssembly, a file that did not load).
const retry = vi.fn()
const recorded = ref(false)
const commandStep = ref(0)
vi.mock('../../vm/useLinuxVm', () => ({
  useLinuxVm: () => ({
    state: ref('error'),
    error: shallowRef({ what: 'the saved state', url: '/vm/state.bin.zst', reason: 'the server answered 404', fix: 'Check public/vm/, then press Retry.' }),
    status: ref(null),
    elsewhere: ref(null),
    recorded,
    focused: ref(false),
    size: ref({ cols: 80, rows: 14 }),
    retry,
    showRecorded: (on: boolean) => {
      recorded.value = on
    },
    commandStep: computed(() => commandStep.value),
    armed: ref(false),
    shared: ref(true),
    context: ref('slide'),
  }),
}))

describe('the live VM when it cannot start: the speaker\'s fallback on the slide', () => {
  it('names the problem, offers Retry, and "Show the recorded run" steps through the recorded commands with the clicks, giving the keys back to the deck', async () => {
    const w = mount(LinuxVm, { props: { demo: 'container' }, attachTo: document.body })
    expect(w.find('[role="alert"]').text()).toMatch(/did not start: the saved state \(\/vm\/state\.bin\.zst\): the server answered 404/)
    expect(w.find('.vm-recording').exists(), 'no recording until asked for').toBe(false)
    const buttons = w.findAll('button')
    expect(buttons.map(b => b.text())).toEqual(['Retry', 'Show the recorded run'])
    ;(buttons[0].element as HTMLButtonElement).focus()
    await buttons[0].trigger('click')
    expect(retry).toHaveBeenCalledOnce()
    expect(document.activeElement, 'Retry gives the focus back').not.toBe(buttons[0].element)

    ;(buttons[1].element as HTMLButtonElement).focus()
    await buttons[1].trigger('click')
    expect(document.activeElement, 'the fallback button gives the focus back: → and Space drive the deck').not.toBe(buttons[1].element)
    const steps = vmTranscript.demos.find(d => d.id === 'container')!.steps
    const commands = (): string[] => w.findAll('.vm-recording .vm-cmd:not(.vm-next)').map(c => c.text())
    expect(commands(), 'at click 0: no command yet').toEqual([])
    expect(w.find('.vm-next').text()).toBe(steps[0].prompt.trim())
    for (let i = 1; i <= steps.length; i++) {
      commandStep.value = i
      await w.vm.$nextTick()
      expect(commands(), `click ${i}`).toEqual(steps.slice(0, i).map(s => (s.prompt + s.command).trim()))
    }
    for (const s of steps.filter(s => s.output))
      expect(w.find('.vm-recording').text()).toContain(s.output.split('\n')[0].trim())
    expect(w.find('.vm-next').exists(), 'after the last click, no prompt waits').toBe(false)
    expect(buttons[1].text()).toBe('Hide the recorded run')
    expect(w.find('[role="alert"]').text(), 'the problem stays named, in one line').toMatch(/did not start \(the saved state\)/)
    await buttons[1].trigger('click')
    expect(w.find('.vm-recording').exists()).toBe(false)
    w.unmount()
  })

  it('on the cold-boot slide, the fallback is the recorded boot log', async () => {
    recorded.value = false
    const w = mount(LinuxVm, { props: { mode: 'cold', startAt: 'click' } })
    await w.findAll('button')[1].trigger('click')
    expect(w.findAll('.vm-recording .vm-log').length).toBe(vmTranscript.coldBootLog.length)
  })
})
