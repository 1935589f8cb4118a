import type { VmStatus } from './protocol'
import { describe, expect, it } from 'vitest'
import { bootPhaseText, milestoneTrail, vmClock } from './labels'

function status(over: Partial<VmStatus> = {}): VmStatus {
  return {
    key: '17:boot:cold',
    slide: 17,
    state: 'booting',
    phase: 'kernel-load',
    error: null,
    startedAt: 1000,
    promptMs: null,
    milestones: { 'firmware': 300, 'kernel-load': 700 },
    typed: 0,
    busy: false,
    loaded: 0,
    total: 0,
    instructions: 1_234_000_000,
    cols: 97,
    rows: 12,
    screenLine: '',
    recorded: false,
    starts: 1,
    windows: 1,
    ...over,
  }
}

describe('what the VM box says', () => {
  it('runs the clock from the worker\'s start, then says what the time to the prompt measured', () => {
    expect(vmClock('cold', status(), 4500)).toBe('3.5 s')
    expect(vmClock('cold', status({ promptMs: 14_200, state: 'ready' }), 0)).toBe('boot to prompt: 14.2 s here')
    expect(vmClock('restore', status({ promptMs: 900, state: 'ready' }), 0)).toBe('snapshot restore to prompt: 900 ms')
    expect(vmClock('restore', null, 0)).toBe('…')
  })

  it('says what a cold boot is doing while the console is silent, with how far it has got', () => {
    expect(bootPhaseText('cold', status({ state: 'loading', phase: 'loading', loaded: 4_300_000 }))).toBe('loading the emulator and the image (4.3 MB)')
    expect(bootPhaseText('cold', status({ phase: 'firmware' }), true)).toMatch(/SeaBIOS/)
    expect(bootPhaseText('cold', status(), true)).toMatch(/unpacking itself.*1,234 million guest instructions/)
    expect(bootPhaseText('restore', status({ phase: 'restoring' }))).toBe('resuming the saved machine')
  })

  it('lists the milestones in order, the last one reached current until the shell', () => {
    const trail = milestoneTrail(status())
    expect(trail.map(t => t.label)).toEqual(['firmware', 'unpacking', 'kernel', 'init', 'shell'])
    expect(trail.filter(t => t.current).map(t => t.id)).toEqual(['kernel-load'])
    expect(trail[1].time).toBe('700 ms')
    expect(milestoneTrail(status({ state: 'ready', milestones: { firmware: 1, shell: 9000 } })).some(t => t.current)).toBe(false)
  })
})
