import type { Terminal } from '@xterm/xterm'
import type { V86 } from 'v86'
import type { ComputedRef, Ref } from 'vue'
import type { MirrorRole, VmStatus } from './vm-mirror'
import type { BootTimes, DemoSteps, VmMode } from './vm-session'
import { useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { VM_HOST_SERIAL, vmHostLine } from '../data/vm-image'
import { RANK, VmMirror } from './vm-mirror'
import { createTerminal, startEmulator, VmLoadError } from './vm-runtime'
import { CommandSequencer, isTerminalReply, markMilestones, PromptWatcher, TerminalLog } from './vm-session'

/**
 * What the LinuxVm component shows:
 * - still: not live here (overview, next-slide preview, a hidden slide): a picture, no VM;
 * - print: a PDF export: the recorded transcript;
 * - electing: asking the other windows who runs the VM;
 * - loading / booting / ready: this window runs the VM (ready = at a prompt);
 * - mirror: another window runs it; this one shows its terminal, read-only;
 * - error: something did not load; a message and Retry.
 */
export type VmViewState = 'still' | 'print' | 'electing' | 'loading' | 'booting' | 'ready' | 'mirror' | 'error'

export interface LinuxVmOptions {
  mode: VmMode
  /** The demo's id, in the mirror's key: the same VM in every window. */
  demo: string
  steps: DemoSteps
  /** Whether the VM starts when the slide is shown, or at the slide's first click (then the demo's steps come after it). */
  startAt: 'enter' | 'click'
  rows: number
  cols: number
  label: string
  screen: Ref<HTMLElement | null>
  /** The slide's click step for this component (0 … clicks), from useClickSteps. */
  step: ComputedRef<number>
}

const CHANNEL = 'slidev-linux-vm'
/** The output is handed to xterm and the mirrors in batches, not byte by byte. */
const FLUSH_MS = 16
const CLOCK_MS = 100

export function useLinuxVm(options: LinuxVmOptions) {
  const { $page, $renderContext } = useSlideContext()
  const { isPrintMode, isPresenter } = useNav()
  const isActive = useIsSlideActive()

  const state = ref<VmViewState>('still')
  const error = shallowRef<VmLoadError | null>(null)
  const role = ref<MirrorRole>('idle')
  const focused = ref(false)
  /** Date.now() when the VM was started (here or in the runner's window). */
  const startedAt = ref<number | null>(null)
  const now = ref(Date.now())
  const promptMs = ref<number | null>(null)
  const milestones = ref<BootTimes>({})
  /** Demo steps typed so far (for tests and the still). */
  const typed = ref(0)
  const busy = ref(false)

  const commandStep = computed(() => options.startAt === 'click' ? Math.max(0, options.step.value - 1) : options.step.value)
  const shownHere = computed(() => !isPrintMode.value && ['slide', 'presenter'].includes($renderContext.value) && isActive.value)
  const wanted = computed(() => shownHere.value && (options.startAt === 'enter' || options.step.value >= 1))
  /** Shown, waiting for the click that starts it. */
  const armed = computed(() => shownHere.value && !wanted.value)
  const elapsedMs = computed(() => promptMs.value ?? (startedAt.value === null ? null : Math.max(0, now.value - startedAt.value)))

  let generation = 0
  let mirror: VmMirror | null = null
  let channel: BroadcastChannel | null = null
  let emulator: V86 | null = null
  let term: Terminal | null = null
  let abort: AbortController | null = null
  let log = new TerminalLog()
  let prompts = new PromptWatcher()
  let sequencer: CommandSequencer | null = null
  let pending: number[] = []
  let flushTimer: ReturnType<typeof setTimeout> | null = null
  let clockTimer: ReturnType<typeof setInterval> | null = null
  let raw: Uint8Array[] = []
  let perfStart = 0

  function startClock(): void {
    stopClock()
    clockTimer = setInterval(() => {
      now.value = Date.now()
    }, CLOCK_MS)
  }
  function stopClock(): void {
    if (clockTimer)
      clearInterval(clockTimer)
    clockTimer = null
    now.value = Date.now()
  }

  function status(): VmStatus {
    return {
      state: state.value,
      startedAt: startedAt.value,
      promptMs: promptMs.value,
      times: { ...milestones.value },
      error: error.value?.message ?? null,
    }
  }
  function publish(): void {
    mirror?.publishStatus(status())
  }

  function fail(err: unknown, gen: number): void {
    if (gen !== generation || (err instanceof DOMException && err.name === 'AbortError'))
      return
    stopAll()
    state.value = 'error'
    error.value = err instanceof VmLoadError
      ? err
      : new VmLoadError('The VM', null, (err as Error)?.message ?? String(err), 'Press Retry; if it fails again, reload the page.')
    console.warn(error.value.message)
    publish()
  }

  async function openTerminal(readOnly: boolean, gen: number): Promise<Terminal | null> {
    const element = options.screen.value
    if (!element)
      return null
    const opened = await createTerminal(element, {
      rows: options.rows,
      cols: options.cols,
      readOnly,
      label: readOnly ? `${options.label} (a read-only mirror of the VM in the audience's window)` : options.label,
      onData: (data) => {
        if (readOnly || !emulator)
          return
        if (!isTerminalReply(data))
          sequencer?.userTyped(data)
        emulator.serial0_send(data)
      },
      onEscape: () => opened.blur(),
      onFocus: (on) => {
        focused.value = on
      },
    })
    if (gen !== generation) {
      opened.dispose()
      return null
    }
    return opened
  }

  function flush(): void {
    flushTimer = null
    if (!pending.length)
      return
    const chunk = Uint8Array.from(pending)
    pending = []
    raw.push(chunk)
    term?.write(chunk)
    mirror?.publishOutput(chunk)
    const added = log.push(chunk)
    const elapsed = performance.now() - perfStart
    if (state.value === 'booting')
      milestones.value = markMilestones(milestones.value, added, elapsed)
    for (let found = prompts.feed(added, log.lastLine); found > 0; found--) {
      if (promptMs.value === null) {
        promptMs.value = Math.round(elapsed)
        milestones.value = { ...milestones.value, shell: promptMs.value }
        state.value = 'ready'
        stopClock()
        // A serial line has no size of its own: tell the booted guest the terminal's.
        if (options.mode === 'cold')
          emulator?.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(vmHostLine({ cols: options.cols, rows: options.rows })))
        publish()
      }
      sequencer?.prompt()
      syncSequencer()
    }
  }

  function syncSequencer(): void {
    if (!sequencer)
      return
    typed.value = sequencer.typed
    busy.value = sequencer.busy
  }

  async function run(gen: number): Promise<void> {
    state.value = 'loading'
    error.value = null
    perfStart = performance.now()
    startedAt.value = Date.now()
    promptMs.value = null
    milestones.value = {}
    log = new TerminalLog()
    prompts = new PromptWatcher()
    raw = []
    startClock()
    publish()
    try {
      term = await openTerminal(false, gen)
      if (!term)
        return
      abort = new AbortController()
      sequencer = new CommandSequencer(options.steps, text => emulator?.serial0_send(text))
      const started = await startEmulator(options.mode, {
        onByte: (byte) => {
          pending.push(byte)
          flushTimer ??= setTimeout(flush, FLUSH_MS)
        },
        onStarted: () => {
          if (options.mode !== 'restore')
            return
          // The guest's clock stopped when the state was saved: tell /init the time and the
          // terminal's size. The shell printed its prompt before it was saved: ask for a fresh one.
          emulator?.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(vmHostLine({ cols: options.cols, rows: options.rows })))
          emulator?.serial0_send('\r')
        },
      }, abort.signal)
      if (gen !== generation) {
        void started.destroy()
        return
      }
      emulator = started
      state.value = 'booting'
      sequencer.goTo(commandStep.value)
      publish()
    }
    catch (err) {
      fail(err, gen)
    }
  }

  async function follow(gen: number): Promise<void> {
    state.value = 'mirror'
    term = await openTerminal(true, gen)
  }

  function onRole(next: MirrorRole): void {
    role.value = next
    const gen = generation
    if (next === 'runner') {
      void run(gen)
    }
    else if (next === 'mirror') {
      stopAll()
      void follow(gen)
    }
    else if (next === 'electing') {
      stopAll()
      state.value = 'electing'
    }
  }

  function stopAll(): void {
    abort?.abort()
    abort = null
    if (flushTimer)
      clearTimeout(flushTimer)
    flushTimer = null
    pending = []
    stopClock()
    const stopping = emulator
    emulator = null
    void stopping?.destroy()
    term?.dispose()
    term = null
    sequencer = null
    focused.value = false
  }

  function activate(): void {
    generation++
    error.value = null
    startedAt.value = null
    promptMs.value = null
    milestones.value = {}
    if (typeof BroadcastChannel === 'undefined') {
      onRole('runner')
      return
    }
    channel = new BroadcastChannel(CHANNEL)
    mirror = new VmMirror({
      key: `${$page.value}:${options.demo}:${options.mode}`,
      rank: isPresenter.value ? RANK.presenter : RANK.audience,
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      channel,
      onRole,
      onOutput: (bytes, replay) => {
        if (replay)
          term?.reset()
        term?.write(bytes)
      },
      onStatus: (s) => {
        startedAt.value = s.startedAt
        promptMs.value = s.promptMs
        milestones.value = s.times as BootTimes
        if (s.promptMs === null && s.startedAt !== null)
          startClock()
        else
          stopClock()
      },
    })
    mirror.log = () => {
      const all = new Uint8Array(raw.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const c of raw) {
        all.set(c, at)
        at += c.length
      }
      return all
    }
    channel.onmessage = event => mirror?.receive(event.data)
    mirror.activate()
  }

  function deactivate(): void {
    generation++
    mirror?.deactivate()
    mirror = null
    channel?.close()
    channel = null
    stopAll()
    role.value = 'idle'
    raw = []
    state.value = isPrintMode.value ? 'print' : 'still'
  }

  function retry(): void {
    deactivate()
    if (wanted.value)
      activate()
  }

  const onPageHide = (): void => deactivate()
  onMounted(() => {
    window.addEventListener('pagehide', onPageHide)
    watch(wanted, on => (on ? activate() : deactivate()), { immediate: true })
    watch(commandStep, (step) => {
      sequencer?.goTo(step)
      syncSequencer()
    })
  })
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', onPageHide)
    deactivate()
  })

  return { state, error, role, focused, elapsedMs, promptMs, milestones, typed, busy, retry, commandStep, armed, context: $renderContext }
}
