/**
 * The lab's checks: what a learner's terminal shows, read against a step of data/lab.ts. The
 * terminal's text is split into runs (a prompt, the command typed after it, what it printed);
 * the step's commands are looked for in order, each in a run after the previous one; a command
 * with an `expect` pattern passes when one of its runs printed a match. The verdict says what
 * was achieved, what to type next, or, after a run that printed something else, a hint: never a
 * dead end (the learner can type again, or have it typed).
 */
import type { LabCommand, LabStep } from '../data/lab'

/** One command as the terminal shows it. */
export interface TerminalRun {
  /** The host name in the prompt (`vm` on the VM, `box` inside a renamed container). */
  host: string
  /** The working directory in the prompt. */
  cwd: string
  /** What was typed after the prompt. */
  command: string
  /** What it printed, up to the next prompt (trailing blank lines dropped). */
  output: string
}

export type LabVerdict
  = | { state: 'done', message: string, evidence: string[] }
    | { state: 'next', message: string, next: LabCommand }
    | { state: 'hint', message: string, next: LabCommand }

/** BusyBox ash's prompt as the image sets it: `host:cwd# ` (root) or `host:cwd$ `. */
const PROMPT = /^([\w.-]+):([^\s#$]*)[#$] ?(.*)$/

/**
 * Splits a terminal's text (its lines top to bottom, wrapped rows already joined) into runs.
 * Text before the first prompt (a boot log, a banner) belongs to no run.
 */
export function parseTerminal(text: string): TerminalRun[] {
  const runs: (TerminalRun & { lines: string[] })[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    const prompt = PROMPT.exec(line)
    if (prompt)
      runs.push({ host: prompt[1], cwd: prompt[2], command: prompt[3].trim(), output: '', lines: [] })
    else
      runs.at(-1)?.lines.push(line)
  }
  return runs.map(({ lines, ...run }) => {
    while (lines.length > 0 && lines.at(-1) === '')
      lines.pop()
    return { ...run, output: lines.join('\n') }
  })
}

/** The same command, written with other spacing. */
function sameCommand(typed: string, expected: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ')
  return norm(typed) === norm(expected)
}

/**
 * The run as the command it was, when its line wrapped at the terminal's edge: BusyBox's line
 * editor moves to the next row itself, so the terminal does not mark the row as a continuation,
 * and the command's tail reads as the first line(s) of its output. Null if it was another command.
 */
function asTyped(run: TerminalRun, expected: string): TerminalRun | null {
  if (sameCommand(run.command, expected))
    return run
  const bare = (s: string): string => s.replace(/\s+/g, '')
  const lines = run.output.split('\n')
  let typed = run.command
  for (let k = 1; k <= lines.length && bare(typed).length < bare(expected).length; k++) {
    typed += lines[k - 1]
    if (bare(typed) === bare(expected))
      return { ...run, command: expected, output: lines.slice(k).join('\n') }
  }
  return null
}

/** A run's output in a few words, for a hint. */
function gist(output: string): string {
  const text = output.trim()
  if (text === '')
    return 'nothing'
  const first = text.split('\n')[0]
  return `“${first.length > 60 ? `${first.slice(0, 57)}…` : first}”${text.includes('\n') ? ' and more' : ''}`
}

/**
 * Why a run may have printed the wrong thing: typed on the wrong side of the container's wall.
 * The prompt tells the sides apart once the step has renamed the container (`hostname box`).
 */
function whereHint(step: LabStep, at: number, run: TerminalRun): string {
  const command = step.commands[at]
  const renamed = step.commands.slice(0, at).some(c => c.in === 'container' && /^hostname \S/.test(c.command))
  if (command.in === 'host' && run.host !== 'vm')
    return ` The prompt says ${run.host}: this ran inside the container. Type exit to get back to the VM's own shell, then type it again.`
  if (command.in === 'container' && renamed && run.host === 'vm')
    return ' The prompt says vm: this ran on the VM itself, not inside the container. Start the container\'s shell again (the step\'s first command), then type it again.'
  if (command.in === 'container')
    return ' Is the container\'s shell still running? If you typed exit, start it again with the step\'s first command. Or press “Type it for me”.'
  return ' Check the command for a typo and type it again, or press “Type it for me”.'
}

/** Reads the learner's runs (oldest first) against a step: done, what to type next, or a hint. */
export function checkStep(step: LabStep, runs: TerminalRun[]): LabVerdict {
  let from = 0
  const evidence: string[] = []
  for (const [at, command] of step.commands.entries()) {
    const tries = runs.flatMap((seen, i) => {
      const run = i >= from ? asTyped(seen, command.command) : null
      return run ? [{ run, i }] : []
    })
    if (tries.length === 0)
      return { state: 'next', next: command, message: `Next, type: ${command.command} (${command.shows}).` }
    const passed = command.expect ? tries.find(({ run }) => command.expect!.test(run.output)) : tries[0]
    if (!passed) {
      const last = tries.at(-1)!.run
      return {
        state: 'hint',
        next: command,
        message: `“${command.command}” printed ${gist(last.output)}, but it should show ${command.shows}.${whereHint(step, at, last)}`,
      }
    }
    if (command.expect)
      evidence.push(`${command.command}: ${command.shows}`)
    from = passed.i + 1
  }
  return { state: 'done', evidence, message: `Done. ${step.fence}` }
}
