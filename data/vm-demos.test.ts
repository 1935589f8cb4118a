import type { VmDemo } from './vm-demos'
import { describe, expect, it } from 'vitest'
import { MAX_COMMAND_CHARS, validateDemos, vmDemos } from './vm-demos'

const demo = (steps: VmDemo['steps']): VmDemo => ({ id: 'vm', title: 'T', shows: 'S', steps })

describe('vm demos', () => {
  it('has the four demos the VM slides show, in order', () => {
    expect(vmDemos.map(d => d.id)).toEqual(['vm', 'container', 'cgroup', 'timing'])
  })

  it('makes the container by hand with new PID, mount and UTS namespaces', () => {
    const commands = vmDemos.find(d => d.id === 'container')!.steps.map(s => s.command)
    const unshare = commands.find(c => c.startsWith('unshare '))!
    for (const flag of ['--pid', '--fork', '--mount-proc', '--uts'])
      expect(unshare).toContain(flag)
  })

  it('keeps every command short enough for a 60-column terminal', () => {
    for (const step of vmDemos.flatMap(d => d.steps))
      expect(step.command.length).toBeLessThanOrEqual(MAX_COMMAND_CHARS)
  })

  it('rejects a bad demo with a message that says where and why', () => {
    expect(() => validateDemos([demo([])])).toThrow(/demo "vm": has no steps/)
    expect(() => validateDemos([demo([{ command: 'x'.repeat(MAX_COMMAND_CHARS + 1), shows: 'y' }])])).toThrow(/step 1 .*characters; at most/)
    expect(() => validateDemos([demo([{ command: 'a\nb', shows: 'y' }])])).toThrow(/one line per step/)
    expect(() => validateDemos([demo([{ command: 'ls', shows: 'y' }]), demo([{ command: 'ls', shows: 'y' }])])).toThrow(/used twice/)
  })
})
