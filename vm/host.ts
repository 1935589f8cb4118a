/**
 * The VM's host inside the worker (tested in host.test.ts): the windows attached to it, which VM
 * they want, and the one VM that runs. Plain logic: the emulator comes in through `StartMachine`
 * (vm/runtime.ts in the worker, a fake in the tests), the windows through `PortLike`.
 *
 * - Each window says which VM slide it shows (`show`), at which demo step, and whether it is the
 *   presenter's. The VM that runs is the one the presenter shows, else the one shown most recently.
 * - The presenter's steps drive the demo (any window's when no presenter shows it); a step is
 *   queued while a command runs, never skipped (CommandSequencer).
 * - The whole scrollback is kept: a window that attaches or reloads gets it first, then every chunk.
 * - When no window shows a VM slide (they left it, closed, or stopped pinging), the VM stops.
 */
import type { FromWorker, ToWorker, VmErrorInfo, VmPhase, VmRequest, VmState, VmStatus } from './protocol'
import type { BootTimes, DemoSteps } from './session'
import { vmHostLine } from '../data/vm-image'
import { DROP_MS } from './protocol'
import { bootPhase, CommandSequencer, CursorQueries, cursorReport, isTerminalReply, markMilestones, PromptWatcher, TerminalLog } from './session'

/** What the runtime reports while a machine loads and runs. */
export interface MachineHooks {
  /** A batch of the serial console's bytes. */
  output: (bytes: Uint8Array) => void
  /** The emulator runs (after loading; after a restore, the guest resumes). */
  started: (machine: Machine) => void
  /** Bytes of the image loaded so far. */
  progress: (loaded: number, total: number) => void
  /** A line the firmware or the kernel's decompressor wrote on the VGA text screen (nobody sees it otherwise). */
  screenLine: (line: string) => void
}

export interface Machine {
  /** Types into the serial console. */
  send: (text: string) => void
  /** Sends a line to /init's host port (the time, the terminal size). */
  sendHostLine: (line: string) => void
  instructions: () => number
  destroy: () => void
}

export type StartMachine = (request: VmRequest, hooks: MachineHooks, signal: AbortSignal) => Promise<Machine>

export interface PortLike {
  postMessage: (message: FromWorker) => void
}

/** Turns a failure into what the window shows (vm/runtime.ts's VmLoadError has these fields). */
export function errorInfo(error: unknown): VmErrorInfo {
  const e = error as Partial<VmErrorInfo> & { message?: string }
  if (typeof e?.what === 'string' && typeof e.fix === 'string')
    return { what: e.what, url: e.url ?? null, reason: e.reason ?? '', fix: e.fix }
  return { what: 'The VM', url: null, reason: e?.message ?? String(error), fix: 'Press Retry; if it fails again, reload the page.' }
}

interface Viewer {
  request: VmRequest | null
  step: number
  presenter: boolean
  cols: number
  rows: number
  /** When this window last asked for its VM (the most recent request wins among equals). */
  shownAt: number
  lastSeen: number
}

const NUDGE_MS = 3000
const NUDGES = 3

/** The scrollback kept for windows that attach late (about 40 screens of dense output). */
const SCROLLBACK_BYTES = 1 << 20

class RunningVm {
  readonly log = new TerminalLog()
  readonly prompts = new PromptWatcher()
  readonly queries = new CursorQueries()
  readonly sequencer: CommandSequencer
  readonly chunks: Uint8Array[] = []
  bytes = 0
  state: VmState = 'loading'
  phase: VmPhase = 'loading'
  error: VmErrorInfo | null = null
  promptMs: number | null = null
  milestones: BootTimes = {}
  loaded = 0
  total = 0
  screenLine = ''
  recorded = false
  /** When the guest started running (perf ms), and how often it was nudged for a prompt since. */
  startedPerf = 0
  nudges = 0
  machine: Machine | null = null
  readonly abort = new AbortController()

  constructor(readonly request: VmRequest, steps: DemoSteps, send: (text: string) => void, readonly startedAt: number, readonly perfStart: number, readonly cols: number, readonly rows: number) {
    this.sequencer = new CommandSequencer(steps, send)
  }

  keep(bytes: Uint8Array): void {
    this.chunks.push(bytes)
    this.bytes += bytes.length
    while (this.bytes > SCROLLBACK_BYTES && this.chunks.length > 1)
      this.bytes -= this.chunks.shift()!.length
  }

  scrollback(): Uint8Array {
    const all = new Uint8Array(this.bytes)
    let at = 0
    for (const chunk of this.chunks) {
      all.set(chunk, at)
      at += chunk.length
    }
    return all
  }
}

export interface HostOptions {
  start: StartMachine
  /** The demo's steps for a request (data/vm-demos.ts in the worker). */
  stepsFor: (request: VmRequest) => DemoSteps
  now?: () => number
  perfNow?: () => number
}

export class VmHost {
  private readonly viewers = new Map<PortLike, Viewer>()
  private vm: RunningVm | null = null
  private readonly now: () => number
  private readonly perfNow: () => number
  private readonly retried = new Set<string>()
  /** VMs started so far (the tests count them: one per slide visit, however many windows). */
  starts = 0

  constructor(private readonly options: HostOptions) {
    this.now = options.now ?? (() => Date.now())
    this.perfNow = options.perfNow ?? (() => performance.now())
  }

  get windows(): number {
    return this.viewers.size
  }

  get running(): VmRequest | null {
    return this.vm?.request ?? null
  }

  /** A window connected: it gets the VM's status and scrollback at once. */
  attach(port: PortLike): void {
    const now = this.now()
    this.viewers.set(port, { request: null, step: 0, presenter: false, cols: 80, rows: 24, shownAt: now, lastSeen: now })
    if (this.vm)
      port.postMessage({ type: 'scrollback', key: this.vm.request.key, bytes: this.vm.scrollback() })
    // Every window learns how many windows share the VM.
    this.broadcastStatus()
  }

  detach(port: PortLike): void {
    if (!this.viewers.delete(port))
      return
    this.reconcile()
    this.broadcastStatus()
  }

  receive(port: PortLike, message: ToWorker): void {
    const viewer = this.viewers.get(port)
    if (!viewer)
      return
    viewer.lastSeen = this.now()
    switch (message.type) {
      case 'show': {
        if (message.request?.key !== viewer.request?.key || message.presenter !== viewer.presenter)
          viewer.shownAt = this.now()
        viewer.request = message.request
        viewer.step = message.step
        viewer.presenter = message.presenter
        viewer.cols = message.cols
        viewer.rows = message.rows
        this.reconcile()
        break
      }
      case 'keys': {
        const vm = this.vm
        // The worker answers the shell's cursor queries itself (see output()): a window's answers are dropped.
        if (!vm?.machine || viewer.request?.key !== vm.request.key || isTerminalReply(message.data))
          return
        if (message.user)
          vm.sequencer.userTyped(message.data)
        vm.machine.send(message.data)
        break
      }
      case 'retry':
        if (this.vm?.state === 'error') {
          // The test hook fails a file once: Retry loads it.
          this.retried.add(this.vm.request.key)
          this.stop()
          this.reconcile()
        }
        break
      case 'restart':
        if (this.vm && viewer.request?.key === this.vm.request.key) {
          this.stop()
          this.reconcile()
        }
        break
      case 'recorded':
        if (this.vm?.state === 'error' && viewer.request?.key === this.vm.request.key) {
          this.vm.recorded = message.on
          this.broadcastStatus()
        }
        break
      case 'bye':
        this.detach(port)
        break
      case 'ping':
        break
    }
  }

  /** Called every second or so: drops windows that stopped pinging, sends a booting VM's progress. */
  tick(): void {
    const now = this.now()
    let dropped = false
    for (const [port, viewer] of this.viewers) {
      if (now - viewer.lastSeen > DROP_MS) {
        this.viewers.delete(port)
        dropped = true
      }
    }
    if (dropped) {
      this.reconcile()
      this.broadcastStatus()
    }
    if (this.vm && (this.vm.state === 'loading' || this.vm.state === 'booting')) {
      this.advancePhase(this.vm)
      this.nudge(this.vm)
      this.broadcastStatus()
    }
  }

  /** The request that should run now: the presenter's, else the most recently shown. */
  private wanted(): { viewer: Viewer, request: VmRequest } | null {
    let best: Viewer | null = null
    for (const viewer of this.viewers.values()) {
      if (!viewer.request)
        continue
      if (!best || Number(viewer.presenter) > Number(best.presenter) || (viewer.presenter === best.presenter && viewer.shownAt > best.shownAt))
        best = viewer
    }
    return best ? { viewer: best, request: best.request! } : null
  }

  private reconcile(): void {
    const wanted = this.wanted()
    if (!wanted) {
      if (this.vm)
        this.stop()
      return
    }
    if (!this.vm || this.vm.request.key !== wanted.request.key) {
      this.stop()
      this.launch(wanted.request, wanted.viewer)
    }
    this.drive()
  }

  /** The demo goes to the furthest step of its drivers: the presenter's windows, else every window on it. */
  private drive(): void {
    const vm = this.vm
    if (!vm || vm.state === 'error')
      return
    const on = [...this.viewers.values()].filter(v => v.request?.key === vm.request.key)
    const drivers = on.some(v => v.presenter) ? on.filter(v => v.presenter) : on
    const step = Math.max(0, ...drivers.map(v => v.step))
    const before = vm.sequencer.typed
    vm.sequencer.goTo(step)
    if (vm.sequencer.typed !== before)
      this.broadcastStatus()
  }

  private launch(request: VmRequest, viewer: Viewer): void {
    const steps = this.options.stepsFor(request)
    const vm: RunningVm = new RunningVm(request, steps, text => vm.machine?.send(text), this.now(), this.perfNow(), viewer.cols, viewer.rows)
    this.vm = vm
    this.starts++
    this.broadcast({ type: 'scrollback', key: request.key, bytes: new Uint8Array() })
    this.broadcastStatus()
    const live = (): boolean => this.vm === vm
    const failFile = this.retried.has(request.key) ? undefined : request.failFile
    this.options.start({ ...request, failFile }, {
      output: bytes => live() && this.output(vm, bytes),
      started: (machine) => {
        if (!live())
          return
        vm.machine = machine
        vm.startedPerf = this.perfNow()
        vm.state = 'booting'
        vm.phase = request.mode === 'cold' ? 'firmware' : 'restoring'
        vm.milestones = { ...vm.milestones, ...(request.mode === 'cold' ? { firmware: this.elapsed(vm) } : {}) }
        if (request.mode === 'restore') {
          // The guest's clock stopped when the state was saved: tell /init the time and the
          // terminal's size. The shell printed its prompt before it was saved: ask for a fresh one.
          vm.machine?.sendHostLine(vmHostLine({ cols: vm.cols, rows: vm.rows }))
          vm.machine?.send('\r')
        }
        this.broadcastStatus()
      },
      progress: (loaded, total) => {
        if (!live())
          return
        vm.loaded = loaded
        vm.total = total
      },
      screenLine: (line) => {
        if (!live() || vm.state !== 'booting')
          return
        vm.screenLine = line
        this.advancePhase(vm)
        this.broadcastStatus()
      },
    }, vm.abort.signal).then((machine) => {
      if (!live()) {
        machine.destroy()
        return
      }
      vm.machine = machine
      this.drive()
    }, (error) => {
      if (!live() || vm.abort.signal.aborted)
        return
      vm.state = 'error'
      vm.error = errorInfo(error)
      this.broadcastStatus()
    })
  }

  /**
   * A restored guest prints nothing until it gets a key: the Enter sent when it resumed asks for
   * a fresh prompt. Seen a few times (busy machines, Firefox): that Enter was lost and the box
   * stayed at "resuming". If the console has said nothing at all NUDGE_MS after the guest
   * started, send another (at most NUDGES times).
   */
  private nudge(vm: RunningVm): void {
    if (vm.request.mode !== 'restore' || vm.state !== 'booting' || !vm.machine || vm.bytes > 0 || vm.nudges >= NUDGES)
      return
    if (this.perfNow() - vm.startedPerf >= NUDGE_MS * (vm.nudges + 1)) {
      vm.nudges++
      vm.machine.send('\r')
    }
  }

  /** A cold boot's phase, from the milestones, the VGA text and the instructions run; marks 'kernel-load' when first seen. */
  private advancePhase(vm: RunningVm): void {
    if (vm.request.mode !== 'cold' || vm.state !== 'booting')
      return
    const phase = bootPhase(vm.milestones, vm.screenLine, vm.machine?.instructions() ?? 0)
    if (phase === 'kernel-load' && vm.milestones['kernel-load'] === undefined)
      vm.milestones = { ...vm.milestones, 'kernel-load': this.elapsed(vm) }
    vm.phase = phase
  }

  private elapsed(vm: RunningVm): number {
    return Math.round(this.perfNow() - vm.perfStart)
  }

  private output(vm: RunningVm, bytes: Uint8Array): void {
    vm.keep(bytes)
    this.broadcast({ type: 'output', key: vm.request.key, bytes })
    const added = vm.log.push(bytes)
    // The shell asks where the cursor is after each prompt: on the last line, after its text.
    for (let n = vm.queries.feed(bytes); n > 0; n--)
      vm.machine?.send(cursorReport(vm.rows, vm.log.lastLine.length + 1))
    const elapsed = this.elapsed(vm)
    let changed = false
    if (vm.state === 'booting' && vm.request.mode === 'cold') {
      const marked = markMilestones(vm.milestones, added, elapsed)
      if (Object.keys(marked).length !== Object.keys(vm.milestones).length) {
        vm.milestones = marked
        this.advancePhase(vm)
        changed = true
      }
    }
    for (let found = vm.prompts.feed(added, vm.log.lastLine); found > 0; found--) {
      if (vm.promptMs === null) {
        vm.promptMs = elapsed
        vm.milestones = { ...vm.milestones, shell: elapsed }
        vm.state = 'ready'
        vm.phase = 'shell'
        // A serial line has no size of its own: tell the booted guest the terminal's.
        if (vm.request.mode === 'cold')
          vm.machine?.sendHostLine(vmHostLine({ cols: vm.cols, rows: vm.rows }))
      }
      vm.sequencer.prompt()
      changed = true
    }
    if (changed)
      this.broadcastStatus()
  }

  private stop(): void {
    const vm = this.vm
    if (!vm)
      return
    this.vm = null
    vm.abort.abort()
    vm.machine?.destroy()
    this.broadcastStatus()
  }

  status(): VmStatus | null {
    const vm = this.vm
    if (!vm)
      return null
    return {
      key: vm.request.key,
      slide: vm.request.slide,
      state: vm.state,
      phase: vm.phase,
      error: vm.error,
      startedAt: vm.startedAt,
      promptMs: vm.promptMs,
      milestones: { ...vm.milestones },
      typed: vm.sequencer.typed,
      busy: vm.sequencer.busy,
      loaded: vm.loaded,
      total: vm.total,
      instructions: vm.machine?.instructions() ?? 0,
      cols: vm.cols,
      rows: vm.rows,
      screenLine: vm.screenLine,
      recorded: vm.recorded,
      starts: this.starts,
      windows: this.viewers.size,
    }
  }

  private broadcastStatus(): void {
    this.broadcast({ type: 'status', status: this.status() })
  }

  private broadcast(message: FromWorker): void {
    for (const port of this.viewers.keys())
      port.postMessage(message)
  }
}
