import type { BufferLike } from './lab-session'
import { describe, expect, it } from 'vitest'
import { labSteps } from '../data/lab'
import { vmTranscript } from '../data/vm-transcript'
import { LAB_DEMO_PREFIX, labPrint, labSetupSteps, labStep, labVerdict, PRINT_COLUMNS, PRINT_ROWS, progressText, readProgress, resetText, saveProgress, terminalText, typeKeys } from './lab-session'

/** A terminal buffer as xterm.js gives it: rows of `cols` characters, a long line wrapped onto the next rows. */
function buffer(lines: string[], cols = 20): BufferLike {
  const rows: { text: string, isWrapped: boolean }[] = []
  for (const line of lines) {
    for (let at = 0; at === 0 || at < line.length; at += cols)
      rows.push({ text: line.slice(at, at + cols), isWrapped: at > 0 })
  }
  return {
    length: rows.length + 2,
    getLine: y => (y < rows.length
      ? { isWrapped: rows[y].isWrapped, translateToString: (trim?: boolean) => (trim ? rows[y].text.trimEnd() : rows[y].text.padEnd(cols)) }
      : { isWrapped: false, translateToString: () => ' '.repeat(cols) }),
  }
}

describe('terminalText', () => {
  it('joins a wrapped command back into one line and drops the empty rows below', () => {
    const long = 'vm:~# mount -t overlay hello -o lowerdir=a:b /c/root'
    expect(terminalText(buffer(['vm:~# ls', 'bin  etc', long, 'vm:~# ']))).toBe(`vm:~# ls\nbin  etc\n${long}\nvm:~#`)
  })
})

describe('labVerdict', () => {
  const uts = labStep('uts')
  it('counts only finished commands: one still running (or being typed) gives no hint', () => {
    expect(labVerdict(uts, 'vm:~# unshare --uts sh\nvm:~# hostname box\nbox:~# hostname')).toMatchObject({ state: 'next', index: 2 })
    expect(labVerdict(uts, 'vm:~# unshare --uts sh\nvm:~# hostname box\nbox:~# hostname\nbox\nbox:~# ')).toMatchObject({ state: 'next', index: 3 })
  })
  it('the whole step from a terminal: done; the host command typed inside: a hint naming the side', () => {
    const text = terminalText(buffer(['vm:~# unshare --uts sh', 'vm:~# hostname box', 'box:~# hostname', 'box', 'box:~# exit', 'vm:~# hostname', 'vm', 'vm:~# '], 30))
    expect(labVerdict(uts, text)).toMatchObject({ state: 'done', index: uts.commands.length })
    const wrong = labVerdict(uts, 'vm:~# unshare --uts sh\nvm:~# hostname box\nbox:~# hostname\nbox\nbox:~# exit\nbox:~# hostname\nbox\nbox:~# ')
    expect(wrong.state).toBe('hint')
    expect(wrong.message).toContain('this ran inside the container')
  })
})

describe('the step\'s VM, typing and Reset', () => {
  it('the volume step starts with what the root step left (/c/root); the others from the saved state alone; other demos are not the lab\'s', () => {
    expect(labSetupSteps(`${LAB_DEMO_PREFIX}volume`)).toEqual([['mkdir -p /c/root']])
    expect(labSetupSteps(`${LAB_DEMO_PREFIX}uts`)).toEqual([])
    expect(labSetupSteps('container')).toBeNull()
    expect(() => labSetupSteps(`${LAB_DEMO_PREFIX}nope`)).toThrow(/no step "nope".*baseline, uts/)
    expect(resetText('volume')).toContain('mkdir -p /c/root')
    expect(resetText('uts')).toContain('saved state')
  })
  it('type it for me clears the line first (Ctrl-U), then types the command and Enter', () => {
    expect(typeKeys('hostname')).toBe('\x15hostname\r')
  })
})

describe('progress', () => {
  it('is kept in storage, ignores unknown or broken entries, and says how many of the nine are done', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    expect(readProgress(storage).size).toBe(0)
    saveProgress(storage, new Set(['pid', 'uts']))
    expect([...readProgress(storage)]).toEqual(['uts', 'pid'])
    expect(progressText(readProgress(storage))).toBe(`2 of ${labSteps.length} steps done`)
    store.set([...store.keys()][0], '{broken')
    expect(readProgress(storage).size).toBe(0)
    store.set([...store.keys()][0], '["uts","nope"]')
    expect([...readProgress(storage)]).toEqual(['uts'])
  })
})

describe('labPrint: a lab slide on paper', () => {
  it('shows each checked command\'s recorded output, cut to a few lines, with the recording\'s date', () => {
    for (const step of labSteps) {
      const print = labPrint(step, vmTranscript)
      expect(print.recorded, step.id).toBe(true)
      if (!print.recorded)
        continue
      expect(print.entries.map(e => e.command)).toEqual(step.commands.filter(c => c.expect).map(c => c.command))
      expect(print.entries.reduce((rows, e) => rows + e.output.length, 0), `${step.id}: rows of output on paper`).toBeLessThanOrEqual(PRINT_ROWS)
      for (const e of print.entries) {
        expect(e.output.every(l => l.length <= PRINT_COLUMNS)).toBe(true)
        expect(e.prompt).toMatch(/^[\w.-]+:\S*[#$] $/)
      }
    }
    const baseline = labPrint(labStep('baseline'), vmTranscript)
    expect(baseline.recorded && baseline.entries[0].more, 'ps lists about twenty processes: cut and counted').toBeGreaterThan(10)
  })
  it('with no recording of the lab, says it is not one and shows what the commands should show', () => {
    const print = labPrint(labStep('uts'), { ...vmTranscript, lab: [] })
    expect(print).toMatchObject({ recorded: false, entries: [{ command: 'hostname', shows: 'inside, the name is box' }, { command: 'hostname', shows: 'outside, still vm' }] })
    expect(print.note).toMatch(/^Not a recording/)
  })
})
