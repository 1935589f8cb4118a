/**
 * What crosses between a window of the deck and the VM's worker (vm/worker.ts). One worker per
 * browser (a SharedWorker; a dedicated Worker per window where there is none) runs at most one
 * VM. Every window that shows a VM slide says so with `show`; the worker runs the VM of the most
 * recent request, keeps its whole scrollback and sends it to every window that attaches, then
 * each chunk of output and every change of status to all of them.
 */
import type { BootTimes, VmMode } from './session'

/** Which VM a slide runs: its slide, its demo and how it starts. Two windows on one slide ask for the same. */
export interface VmRequest {
  /** `${slide}:${demo}:${mode}`: the same VM in every window. */
  key: string
  slide: number
  /** The demo whose commands the clicks type (data/vm-demos.ts); null: the VM only boots. */
  demo: string | null
  mode: VmMode
  /** Where public/vm/ is served (the deck's base path + vm/). */
  baseUrl: string
  /**
   * A test hook (the page's `?vm-fail=FILE` query): the worker fails to load that file
   * (`state`, `kernel`, `bios`, …) as if the server had answered 404. For the fallback's tests and rehearsals.
   */
  failFile?: string
}

export type ToWorker
  /** This window shows `request`'s slide (null: no VM slide) at `step` (demo steps typed so far). */
  = | { type: 'show', request: VmRequest | null, step: number, presenter: boolean, cols: number, rows: number }
  /** Keys typed into the terminal; `user` is false for the terminal's own replies (cursor position). */
    | { type: 'keys', data: string, user: boolean }
    | { type: 'retry' }
  /** Start this window's VM again from the beginning (a lab step's Reset): every window on it sees the fresh one. */
    | { type: 'restart' }
  /** The speaker chose the recorded run instead of the failed VM (every window shows it), or went back. */
    | { type: 'recorded', on: boolean }
  /** Still here (every PING_MS): a window that stops sending is dropped after DROP_MS. */
    | { type: 'ping' }
  /** The window is going away (pagehide). */
    | { type: 'bye' }

export type VmState = 'loading' | 'booting' | 'ready' | 'error'

/** What the boot is doing now, for the box's top bar (a cold boot's phases; a restore's fewer). */
export type VmPhase = 'loading' | 'firmware' | 'kernel-load' | 'kernel' | 'init' | 'shell' | 'restoring'

export interface VmErrorInfo {
  what: string
  url: string | null
  reason: string
  fix: string
}

export interface VmStatus {
  key: string
  slide: number
  state: VmState
  phase: VmPhase
  error: VmErrorInfo | null
  /** Date.now() when the worker started this VM (each window runs its own clock from it). */
  startedAt: number
  /** Milliseconds from the start to the first prompt, once seen. */
  promptMs: number | null
  milestones: BootTimes
  /** Demo steps typed (or queued) so far, and whether a command still runs. */
  typed: number
  busy: boolean
  /** Bytes of the image loaded so far, and the total (while loading). */
  loaded: number
  total: number
  /** Guest instructions executed so far (v86's counter), for a cold boot's progress. */
  instructions: number
  /** The terminal size the guest was told. */
  cols: number
  rows: number
  /** The last line the firmware or the kernel's set-up code wrote to the (unseen) VGA text screen. */
  screenLine: string
  /** The VM failed and the speaker asked for the recorded run: every window shows it, stepping with the clicks. */
  recorded: boolean
  /** VMs this worker has started, and the windows attached to it now (one worker per browser: the tests read these). */
  starts: number
  windows: number
}

export type FromWorker
  /** The VM's status; null: no VM runs. */
  = | { type: 'status', status: VmStatus | null }
  /** Clear the terminal and write everything the VM printed so far (on attach, and when a new VM starts). */
    | { type: 'scrollback', key: string, bytes: Uint8Array }
    | { type: 'output', key: string, bytes: Uint8Array }

/** A window pings this often; the worker drops a window that has been silent for DROP_MS. */
export const PING_MS = 1000
export const DROP_MS = 4000
