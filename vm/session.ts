/**
 * The live VM's terminal session as plain logic (tested in vm-session.test.ts): turning the
 * serial console's bytes into text, spotting the shell's prompt, typing a demo's commands one
 * at a time as the speaker clicks, and the boot clock. Nothing here touches v86, xterm or Vue.
 */
import { stripControl } from '../composables/vm-console'

/** busybox ash asks the terminal where the cursor is after every prompt (Device Status Report). */
export const CURSOR_QUERY = '\x1B[6n'

/** An escape sequence cut off at the end of a chunk: held back until the rest arrives. */
// eslint-disable-next-line no-control-regex
const PARTIAL_ESCAPE = /\x1B(?:\[[\x30-\x3F]*[\x20-\x2F]*|\][^\x07\x1B]*)?$/
/** Stands in for a backspace while stripControl drops the other control characters. */
const BACKSPACE = '\uE008'

/**
 * Terminal output as a text view would show it: what stripControl (vm-console.ts) leaves, with
 * each backspace taking back the character before it (the shell's line editing).
 */
export function toPlainText(raw: string): string {
  const text = stripControl(raw.replaceAll('\b', BACKSPACE))
  let out = ''
  for (const char of text) {
    if (char === BACKSPACE) {
      if (out.length > 0 && !out.endsWith('\n'))
        out = out.slice(0, -1)
    }
    else {
      out += char
    }
  }
  return out
}

/**
 * The serial console's output, kept as plain text. Bytes arrive one at a time from v86 and are
 * fed in chunks; UTF-8 characters and escape sequences split across chunks are put back together.
 * Only the last `limit` characters are kept.
 */
export class TerminalLog {
  private readonly decoder = new TextDecoder()
  private held = ''
  private kept = ''

  constructor(private readonly limit = 64_000) {}

  /** Adds output; returns the plain text it added. */
  push(bytes: Uint8Array): string {
    let raw = this.held + this.decoder.decode(bytes, { stream: true })
    const partial = PARTIAL_ESCAPE.exec(raw)
    this.held = partial ? partial[0] : ''
    if (partial)
      raw = raw.slice(0, partial.index)
    const before = this.kept.length
    // Backspaces may reach into text already kept, so the last line is re-read with the new text.
    const lineStart = this.kept.lastIndexOf('\n') + 1
    this.kept = this.kept.slice(0, lineStart) + toPlainText(this.kept.slice(lineStart) + raw)
    const added = this.kept.slice(Math.min(before, this.kept.length))
    if (this.kept.length > this.limit)
      this.kept = this.kept.slice(-this.limit)
    return added
  }

  get text(): string {
    return this.kept
  }

  /** The line the cursor is on (where a prompt appears). */
  get lastLine(): string {
    return this.kept.slice(this.kept.lastIndexOf('\n') + 1)
  }
}

/** A line that begins with the image's prompt (`vm:~# `, `box:/# `), whatever was typed after it. */
const PROMPT_START = /^[\w.-]+:[^\n#$]*[#$] /

/**
 * Counts the prompts the shell prints, one per line that begins with one. A prompt counts even
 * when keys typed ahead were echoed after it in the same chunk (a learner typing while a command
 * runs), and the echo of a command on the prompt's own line does not count again.
 */
export class PromptWatcher {
  private line = 0
  private counted = -1
  private current = ''

  /** Feed the text a chunk added and the line the cursor is on now; returns the new prompts. */
  feed(added: string, lastLine: string): number {
    let found = 0
    const check = (text: string): void => {
      if (this.counted < this.line && PROMPT_START.test(text)) {
        this.counted = this.line
        found++
      }
    }
    for (const char of added) {
      if (char === '\n') {
        check(this.current)
        this.line++
        this.current = ''
      }
      else {
        this.current += char
      }
    }
    // Backspaces may have rewritten the line: the log's view of it is the true one.
    this.current = lastLine
    check(this.current)
    return found
  }
}

/** What the demo types at each click: `steps[i]` holds the command lines of click i + 1. */
export type DemoSteps = readonly (readonly string[])[]

/** Throws a clear error unless every step is a non-empty list of one-line commands. */
export function assertDemoSteps(steps: DemoSteps, who: string): void {
  if (!Array.isArray(steps))
    throw new Error(`${who}: the demo's steps must be an array of command lists (see data/vm-demos.ts).`)
  steps.forEach((commands, i) => {
    if (!Array.isArray(commands) || commands.length === 0)
      throw new Error(`${who}: step ${i + 1} has no commands; every click must type at least one command.`)
    for (const command of commands) {
      if (typeof command !== 'string' || command.trim() === '' || command.includes('\n'))
        throw new Error(`${who}: step ${i + 1} has a command that is empty or spans lines: ${JSON.stringify(command)}. Give one line per command.`)
    }
  })
}

/**
 * The commands to type so that the first `step` steps have been typed, when `typed` steps
 * already were: going back types nothing, a jump forward types every missing step in order.
 */
export function commandsToType(steps: DemoSteps, typed: number, step: number): string[] {
  const target = Math.min(Math.max(step, 0), steps.length)
  return steps.slice(Math.min(typed, target), target).flat()
}

/** One command the sequencer typed, and how long the shell took to come back to its prompt. */
export interface CommandRun {
  command: string
  /** Milliseconds from sending the line to the next prompt; null while it runs. */
  ms: number | null
}

/**
 * Finds busybox ash's cursor queries in the console's bytes, a query split across chunks
 * included. The worker answers them itself: every window's terminal would answer each query
 * again (and a window that replays the scrollback would answer old ones), typing their answers
 * into the shell as if someone had.
 */
export class CursorQueries {
  private tail = ''

  /** How many queries these bytes complete. */
  feed(bytes: Uint8Array): number {
    let text = this.tail
    for (const byte of bytes)
      text += String.fromCharCode(byte)
    let count = 0
    for (let at = text.indexOf(CURSOR_QUERY); at !== -1; at = text.indexOf(CURSOR_QUERY, at + CURSOR_QUERY.length))
      count++
    // Keep a possible start of a query for the next chunk.
    const cut = text.lastIndexOf('\x1B')
    this.tail = cut !== -1 && cut > text.length - CURSOR_QUERY.length && !text.slice(cut).startsWith(CURSOR_QUERY) ? text.slice(cut) : ''
    return count
  }
}

/** The answer a terminal gives to the cursor query: row and column, 1-based. */
export function cursorReport(row: number, column: number): string {
  return `\x1B[${row};${column}R`
}

/** xterm's answer to the cursor query (ESC [ row ; col R): for the shell, but not typed by anyone. */
export function isTerminalReply(data: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^(?:\x1B\[\d+;\d+R)+$/.test(data)
}

/** Ctrl-U: busybox's line editor clears what was typed before the cursor. */
export const CLEAR_LINE = '\x15'

/**
 * Types a demo's commands into the shell as the speaker clicks. Each step's commands are typed
 * once (going back does not retype them); a command is sent only when the shell is at its
 * prompt, so a jump forward several clicks types the missing commands one after another. If the
 * learner has typed something at the prompt, the line is cleared first.
 */
export class CommandSequencer {
  private typedSteps = 0
  private readonly queue: string[] = []
  private ready = false
  private running: CommandRun | null = null
  private sentAt = 0
  private dirty = false
  readonly runs: CommandRun[] = []

  constructor(
    private readonly steps: DemoSteps,
    private readonly send: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    assertDemoSteps(steps, 'CommandSequencer')
  }

  /** Steps whose commands have been queued or typed. */
  get typed(): number {
    return this.typedSteps
  }

  /** True while a command runs or more wait their turn. */
  get busy(): boolean {
    return this.running !== null || this.queue.length > 0
  }

  /** The slide is at `step`: queue whatever has not been typed yet. */
  goTo(step: number): void {
    this.queue.push(...commandsToType(this.steps, this.typedSteps, step))
    this.typedSteps = Math.max(this.typedSteps, Math.min(step, this.steps.length))
    this.pump()
  }

  /** The shell printed its prompt: the previous command (if any) is done. */
  prompt(): void {
    this.ready = true
    if (this.running) {
      this.running.ms = this.now() - this.sentAt
      this.running = null
    }
    this.pump()
  }

  /** The learner typed into the terminal: the next command clears whatever they left on the line. */
  userTyped(data: string): void {
    this.dirty = true
    // Their own command runs now: wait for the prompt after it.
    if (data.includes('\r'))
      this.ready = false
  }

  private pump(): void {
    if (!this.ready || this.running || this.queue.length === 0)
      return
    const command = this.queue.shift()!
    this.running = { command, ms: null }
    this.runs.push(this.running)
    this.sentAt = this.now()
    this.ready = false
    this.send(`${this.dirty ? CLEAR_LINE : ''}${command}\r`)
    this.dirty = false
  }
}

/** How a VM gets to its prompt: booting from the firmware, or resuming a saved state. */
export type VmMode = 'cold' | 'restore'

/** What the boot clock shows: each milestone of a cold boot as it is seen. */
export interface BootMilestone {
  id: 'firmware' | 'kernel-load' | 'kernel' | 'init' | 'shell'
  label: string
  /** Matches the serial console's line that marks it (null: marked from the emulator's events or the prompt). */
  pattern: RegExp | null
}

/**
 * The milestones, in order. Patterns that hold for Debian's kernel and a small one of our own:
 * the emulator starting runs the firmware (SeaBIOS); the kernel's real-mode set-up code (its
 * "Probing EDD" line on the VGA screen, or the guest running on past the firmware's few million
 * instructions) means the kernel is loaded and unpacking itself; then its own log on the serial
 * console: "Linux version", "Run /init" (or "Freeing unused kernel"), and the shell's prompt.
 */
export const BOOT_MILESTONES: readonly BootMilestone[] = [
  { id: 'firmware', label: 'firmware', pattern: null },
  { id: 'kernel-load', label: 'unpacking', pattern: null },
  { id: 'kernel', label: 'kernel', pattern: /Linux version \d/ },
  { id: 'init', label: 'init', pattern: /Run \/init as init process|Freeing unused kernel/ },
  { id: 'shell', label: 'shell', pattern: null },
]

/** Milestones seen so far, with the time each was first seen (ms since the start). */
export type BootTimes = Partial<Record<BootMilestone['id'], number>>

/** Marks the milestones the new serial text reveals (the shell's by the PromptWatcher). */
export function markMilestones(times: BootTimes, text: string, elapsed: number): BootTimes {
  const next = { ...times }
  for (const milestone of BOOT_MILESTONES) {
    if (milestone.pattern && next[milestone.id] === undefined && milestone.pattern.test(text))
      next[milestone.id] = Math.round(elapsed)
  }
  return next
}

/** The kernel's real-mode set-up code, once the firmware has handed over (VGA text). */
const KERNEL_SETUP_LINE = /Probing EDD|Decompressing Linux|Parsing ELF|Booting the kernel|early console/i
/** SeaBIOS runs a few million guest instructions; past this, the kernel is unpacking itself (Debian's takes about 2,400 M). */
export const FIRMWARE_INSTRUCTIONS = 50_000_000

export type BootPhase = 'firmware' | 'kernel-load' | 'kernel' | 'init' | 'shell'

/**
 * Where a cold boot is, from what has been seen: a line on the VGA text screen, the guest
 * instructions run so far, and the serial milestones. Never goes back.
 */
export function bootPhase(times: BootTimes, screenLine: string, instructions: number): BootPhase {
  if (times.shell !== undefined)
    return 'shell'
  if (times.init !== undefined)
    return 'init'
  if (times.kernel !== undefined)
    return 'kernel'
  if (times['kernel-load'] !== undefined || KERNEL_SETUP_LINE.test(screenLine) || instructions > FIRMWARE_INSTRUCTIONS)
    return 'kernel-load'
  return 'firmware'
}

/** "0.9 s", "17.2 s", "120 ms" for short spans. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`formatDuration: expected a duration in ms ≥ 0, got ${ms}.`)
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
