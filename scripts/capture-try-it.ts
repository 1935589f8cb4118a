/**
 * Runs the try-it commands (data/try-it-commands.ts) that need no Docker engine on this machine
 * and writes what they printed, with the date and the versions of what ran them, to
 * data/try-it.ts, which the try-it slides render. Run it on a Linux machine as a user who may
 * use sudo (as root, `sudo ` is dropped):
 *   npm run capture:try-it
 * Commands marked needsDocker are not run: the slides show them without output.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { arch, platform } from 'node:os'
import process from 'node:process'
import { tryCommands } from '../data/try-it-commands'

export interface CapturedRun {
  id: string
  command: string
  output: string
  exitCode: number
}

export interface TryCapture {
  /** ISO date and time of the run (UTC). */
  capturedAt: string
  /** What ran the commands. */
  machine: { os: string, kernel: string, arch: string, utilLinux: string, systemd: string, docker: string, user: string }
  runs: CapturedRun[]
}

function sh(command: string): { output: string, exitCode: number } {
  const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 20_000 })
  return { output: `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/\s+$/, ''), exitCode: run.status ?? -1 }
}

function firstLine(command: string): string {
  return sh(command).output.split('\n')[0] || 'not found'
}

export function capture(): TryCapture {
  if (platform() !== 'linux')
    throw new Error(`capture-try-it: the commands are Linux commands; this is ${platform()}. Run it on a Linux machine or VM.`)
  const root = process.getuid?.() === 0
  const osRelease = sh('. /etc/os-release && echo "$PRETTY_NAME"').output
  const dockerInfo = sh('docker info --format "{{.ServerVersion}}"')
  const runs = tryCommands.filter(c => !c.needsDocker).map((c): CapturedRun => {
    const command = root ? c.command.replaceAll(/(^|; |\| )sudo /g, '$1') : c.command
    const { output, exitCode } = sh(command)
    if (exitCode !== 0)
      throw new Error(`capture-try-it: "${command}" failed (exit ${exitCode}):\n${output}\nFix the command in data/try-it-commands.ts or the machine, then run again.`)
    return { id: c.id, command: c.command, output, exitCode }
  })
  return {
    capturedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: {
      os: osRelease,
      kernel: execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(),
      arch: arch() === 'x64' ? 'x86_64' : arch(),
      utilLinux: firstLine('unshare --version'),
      systemd: firstLine('systemd --version'),
      docker: dockerInfo.exitCode === 0 ? `Docker Engine ${dockerInfo.output}` : 'no Docker engine (the Docker commands were not run)',
      user: root ? 'root (sudo dropped)' : 'a user with sudo',
    },
    runs,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = capture()
  const file = 'data/try-it.ts'
  writeFileSync(file, `/**
 * Written by scripts/capture-try-it.ts (npm run capture:try-it): what the try-it commands in
 * data/try-it-commands.ts printed when they were run, with the machine and the date. Do not
 * edit by hand; run the script again.
 */
import type { TryCapture } from '../scripts/capture-try-it'

export const tryCapture: TryCapture = ${JSON.stringify(result, null, 2)}
`)
  console.log(`Wrote ${file}: ${result.runs.length} commands run on ${result.machine.os}, kernel ${result.machine.kernel}, at ${result.capturedAt}.`)
}
