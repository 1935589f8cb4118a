/**
 * One VM per audience (tested in vm-mirror.test.ts). In presenter mode the same slide is shown
 * in several windows of one browser: the audience's window, the speaker's view and its
 * next-slide preview. Only one of them may run the VM; the others mirror its terminal.
 *
 * Each window that wants to run a VM for a slide says `hello` on a BroadcastChannel with its
 * rank (the audience's window outranks the presenter's) and waits a moment:
 * - a window already running that VM answers `running` (and replays its output so far): mirror it;
 * - a higher-ranked window says `hello` too: let it run, mirror it;
 * - nobody answers: run the VM, say `running`, then send every chunk of output and status.
 * A mirror whose runner stops (`stopped`) holds the election again if its slide is still shown.
 * Nothing here knows about v86 or xterm: the window wires `onRole`, `onOutput` and `onStatus`.
 */

/** The audience's window runs the VM when it is open; otherwise the presenter's does. */
export const RANK = { presenter: 1, audience: 2 } as const

export type MirrorRole = 'idle' | 'electing' | 'runner' | 'mirror'

/** What the runner tells its mirrors about the VM, besides the terminal's bytes. */
export interface VmStatus {
  state: string
  /** Date.now() when the runner started the VM (for the mirror's own clock). */
  startedAt: number | null
  /** Milliseconds to the first prompt, once seen. */
  promptMs: number | null
  /** Further numbers the runner measured (milestones, command timings). */
  times: Record<string, number>
  error: string | null
}

export type MirrorMessage
  = | { type: 'hello', key: string, from: string, rank: number }
    | { type: 'running', key: string, from: string }
    | { type: 'output', key: string, from: string, bytes: Uint8Array, replayFor?: string }
    | { type: 'status', key: string, from: string, status: VmStatus }
    | { type: 'stopped', key: string, from: string }

/** The part of BroadcastChannel the protocol uses (a fake one in the tests). */
export interface ChannelLike {
  postMessage: (message: MirrorMessage) => void
  close: () => void
}

export interface MirrorOptions {
  /** Which VM: the same slide and demo in every window. */
  key: string
  rank: number
  /** Unique per window and mount; breaks ties between equal ranks. */
  id: string
  channel: ChannelLike
  /** How long to wait for answers before running the VM here. */
  electionMs?: number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  onRole: (role: MirrorRole) => void
  /** Output from the runner, for a mirror's terminal. `replay` is the runner's log so far. */
  onOutput: (bytes: Uint8Array, replay: boolean) => void
  onStatus: (status: VmStatus) => void
}

export class VmMirror {
  private current: MirrorRole = 'idle'
  private runner: string | null = null
  private timer: unknown = null
  /** Deferred to a higher-ranked window that has not yet said `running`. */
  private awaiting = false
  private readonly electionMs: number
  private readonly setTimer: (fn: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void
  /** Set by the runner: everything it has printed so far, for a mirror that joins late. */
  log: () => Uint8Array = () => new Uint8Array()
  status: VmStatus | null = null

  constructor(private readonly options: MirrorOptions) {
    this.electionMs = options.electionMs ?? 300
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
    this.clearTimer = options.clearTimer ?? (timer => clearTimeout(timer as ReturnType<typeof setTimeout>))
  }

  get role(): MirrorRole {
    return this.current
  }

  /** The window whose VM this one mirrors. */
  get mirroring(): string | null {
    return this.current === 'mirror' ? this.runner : null
  }

  /** The slide is shown here: find out who runs the VM. */
  activate(): void {
    if (this.current !== 'idle')
      return
    this.elect()
  }

  /** The slide is left here: stop running or mirroring. */
  deactivate(): void {
    this.stopTimer()
    if (this.current === 'runner')
      this.post({ type: 'stopped', key: this.options.key, from: this.options.id })
    this.runner = null
    this.awaiting = false
    this.status = null
    this.setRole('idle')
  }

  /** The runner's new output, sent to every mirror. */
  publishOutput(bytes: Uint8Array): void {
    if (this.current === 'runner' && bytes.length > 0)
      this.post({ type: 'output', key: this.options.key, from: this.options.id, bytes })
  }

  publishStatus(status: VmStatus): void {
    this.status = status
    if (this.current === 'runner')
      this.post({ type: 'status', key: this.options.key, from: this.options.id, status })
  }

  /** Hand every message from the channel here. */
  receive(message: MirrorMessage): void {
    const { key, id } = this.options
    if (message.key !== key || message.from === id)
      return
    switch (message.type) {
      case 'hello':
        if (this.current === 'runner') {
          this.post({ type: 'running', key, from: id })
          this.post({ type: 'output', key, from: id, bytes: this.log(), replayFor: message.from })
          if (this.status)
            this.post({ type: 'status', key, from: id, status: this.status })
        }
        else if (this.current === 'electing' && outranks(message, this.options)) {
          // Theirs to run: wait for its `running`, and elect again if it never comes.
          this.follow(message.from)
          this.awaiting = true
          this.restartTimer(this.electionMs * 4)
        }
        break
      case 'running':
        if (this.current === 'electing' || (this.current === 'mirror' && (this.awaiting || this.runner !== message.from))) {
          this.stopTimer()
          this.awaiting = false
          this.follow(message.from)
        }
        break
      case 'output':
        if (this.current === 'mirror' && this.runner === message.from && (!message.replayFor || message.replayFor === id))
          this.options.onOutput(message.bytes, !!message.replayFor)
        break
      case 'status':
        if (this.current === 'mirror' && this.runner === message.from)
          this.options.onStatus(message.status)
        break
      case 'stopped':
        if (this.current === 'mirror' && this.runner === message.from) {
          this.runner = null
          this.elect()
        }
        break
    }
  }

  private elect(): void {
    this.runner = null
    this.awaiting = false
    this.setRole('electing')
    this.post({ type: 'hello', key: this.options.key, from: this.options.id, rank: this.options.rank })
    this.restartTimer(this.electionMs)
  }

  private follow(runner: string): void {
    this.runner = runner
    this.setRole('mirror')
  }

  private onTimeout(): void {
    this.timer = null
    // Nobody runs it (or the window we deferred to never did): run it here.
    if (this.current === 'electing' || (this.current === 'mirror' && this.awaiting)) {
      this.awaiting = false
      this.runner = this.options.id
      this.setRole('runner')
      this.post({ type: 'running', key: this.options.key, from: this.options.id })
    }
  }

  private restartTimer(ms: number): void {
    this.stopTimer()
    this.timer = this.setTimer(() => this.onTimeout(), ms)
  }

  private stopTimer(): void {
    if (this.timer !== null)
      this.clearTimer(this.timer)
    this.timer = null
  }

  private setRole(role: MirrorRole): void {
    if (role === this.current)
      return
    this.current = role
    this.options.onRole(role)
  }

  private post(message: MirrorMessage): void {
    this.options.channel.postMessage(message)
  }
}

/** Whether the window that said `hello` should run the VM rather than `self`. */
export function outranks(hello: { rank: number, from: string }, self: { rank: number, id: string }): boolean {
  return hello.rank > self.rank || (hello.rank === self.rank && hello.from < self.id)
}
