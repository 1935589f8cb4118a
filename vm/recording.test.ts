import type { VmTranscript } from '../data/vm-demos'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VmRecording from '../components/vm/VmRecording.vue'
import { vmDemos } from '../data/vm-demos'
import { vmTranscript } from '../data/vm-transcript'
import { recordedRun } from './recording'

describe('the recorded run (print, and the fallback when the VM cannot start)', () => {
  it('gives every demo its recorded commands, at their prompts, with their real output', () => {
    for (const demo of vmDemos) {
      const run = recordedRun(demo.id)
      expect(run.kind).toBe('demo')
      if (run.kind !== 'demo')
        continue
      expect(run.steps.map(s => s.command)).toEqual(demo.steps.map(s => s.command))
      const recorded = vmTranscript.demos.find(d => d.id === demo.id)!.steps
      expect(run.steps.map(s => s.output)).toEqual(recorded.map(s => s.output))
    }
  })

  it('without a demo, gives the cold boot\'s key log lines with their times, the three milestones marked in order', () => {
    const run = recordedRun(undefined)
    expect(run.kind).toBe('boot')
    if (run.kind !== 'boot')
      return
    expect(run.lines.filter(l => l.milestone).map(l => l.milestone)).toEqual(['kernel', 'init', 'shell'])
    expect(run.lines.find(l => l.milestone === 'kernel')!.line).toMatch(/Linux version \d/)
    expect(run.lines.at(-1)!.time).toBe(`${vmTranscript.timings.coldBootToPromptSeconds.toFixed(1)} s`)
    expect(run.note).toContain(`after ${vmTranscript.timings.coldBootToPromptSeconds} s`)
    expect(run.note).toContain(`load average ${/load average ([\d.]+)/.exec(vmTranscript.measuredOn)![1]}`)
    const times = vmTranscript.coldBootLog.map(l => l.seconds)
    expect(times, 'log lines in the order they appeared').toEqual([...times].sort((a, b) => a - b))
  })

  it('says what to run when the transcript lacks a demo or the boot log', () => {
    const bare: VmTranscript = { ...vmTranscript, demos: [], coldBootLog: [] }
    expect(() => recordedRun('container', bare)).toThrow(/no demo "container".*npm run vm:transcript/)
    expect(() => recordedRun(undefined, bare)).toThrow(/no cold boot log.*npm run vm:transcript/)
  })

  it('<VmRecording> shows the container demo\'s commands and output, commands marked apart from output', () => {
    const w = mount(VmRecording, { props: { demo: 'container' } })
    const commands = w.findAll('.vm-cmd').map(c => c.text())
    const recorded = vmTranscript.demos.find(d => d.id === 'container')!.steps
    expect(commands).toEqual(recorded.map(s => (s.prompt + s.command).trim()))
    expect(w.text()).toContain(recorded.find(s => s.command.startsWith('ps -o pid,comm |'))!.output.trim())
  })

  it('<VmRecording> with no demo prints the boot log and its note', () => {
    const w = mount(VmRecording)
    expect(w.findAll('.vm-log').length).toBe(vmTranscript.coldBootLog.length)
    expect(w.findAll('.vm-log[data-milestone]').length).toBe(3)
    expect(w.find('.vm-log-note').text()).toMatch(/translated in software/)
  })
})
