import { describe, expect, it } from 'vitest'
import { tryCapture } from './try-it'
import { tryCommands } from './try-it-commands'
import { tryItRows } from './try-it-rows'

/** About as many monospace characters as fit on one line of a try-it slide at 16px. */
const LINE = 62

describe('try-it commands and their captured output', () => {
  it('holds real output for every command that needs no Docker, in the order the slides show them', () => {
    const runnable = tryCommands.filter(c => !c.needsDocker)
    expect(tryCapture.runs.map(r => r.id)).toEqual(runnable.map(c => c.id))
    expect(tryCapture.runs.map(r => r.command)).toEqual(runnable.map(c => c.command))
    for (const run of tryCapture.runs) {
      expect(run.output.trim(), `output of ${run.command}`).not.toBe('')
      expect(run.exitCode, `exit code of ${run.command}`).toBe(0)
    }
  })

  it('holds no output for the Docker commands, which were not run', () => {
    const docker = tryCommands.filter(c => c.needsDocker).map(c => c.id)
    expect(docker.length).toBeGreaterThan(0)
    expect(tryCapture.runs.filter(r => docker.includes(r.id))).toEqual([])
  })

  it('says when and on what it was captured', () => {
    expect(Number.isNaN(Date.parse(tryCapture.capturedAt))).toBe(false)
    for (const [key, value] of Object.entries(tryCapture.machine))
      expect(value, key).not.toBe('')
    expect(tryCapture.machine.utilLinux).toMatch(/util-linux \d/)
  })

  it('keeps every command and output line short enough not to be cut off', () => {
    const lines = [...tryCommands.map(c => c.command), ...tryCapture.runs.flatMap(r => r.output.split('\n'))]
    expect(lines.filter(line => line.length + 2 > LINE)).toEqual([])
  })

  it('numbers the reveals of each slide 1, 2, 3… and gives Docker commands none', () => {
    const rows = tryItRows(tryCommands, tryCapture, 'shared-kernel')
    expect(rows.map(r => r.reveal)).toEqual([1, null, 2])
    expect(rows[1].needsDocker).toBe(true)
  })

  it('stops with a message when the capture is stale or missing', () => {
    const changed = tryCommands.map(c => (c.id === 'uname' ? { ...c, command: 'uname -a' } : c))
    expect(() => tryItRows(changed, tryCapture, 'shared-kernel')).toThrow(/the command changed.*npm run capture:try-it/)
    expect(() => tryItRows(tryCommands, { ...tryCapture, runs: [] }, 'by-hand')).toThrow(/never run/)
  })
})
