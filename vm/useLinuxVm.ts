/**
 * What a LinuxVm on a slide shows, from the slide (shown here? which click?) and the VM's worker
 * (which VM runs, its state, its error). The slide asks for its VM while it is the active slide
 * in the audience's window or the presenter's (not in print, the overview or the next-slide
 * preview); the worker runs one VM for all windows (vm/host.ts). The terminal is useVmTerminal's.
 */
import type { ComputedRef, Ref } from 'vue'
import type { VmConnection } from './client'
import type { VmErrorInfo, VmRequest, VmStatus } from './protocol'
import type { VmMode } from './session'
import { useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { VM_BASE_URL } from '../data/vm-image'
import { vmConnection } from './client'
import { columnsThatFit } from './terminal'
import { useVmTerminal } from './useVmTerminal'

/**
 * - still: not live here (overview, next-slide preview, a hidden slide): the recorded run;
 * - print: a PDF export: the recorded run;
 * - armed: shown, waiting for the click that powers it on;
 * - waiting: asking the worker; or the worker runs another slide's VM (for another window);
 * - loading / booting / ready: the VM (ready = at a prompt);
 * - error: something did not load; a message, Retry and the recorded run.
 */
export type VmViewState = 'still' | 'print' | 'armed' | 'waiting' | 'loading' | 'booting' | 'ready' | 'error'

export interface LinuxVmOptions {
  mode: VmMode
  demo: string | null
  /** Whether the VM starts when the slide is shown, or at the slide's first click (then the demo's steps come after it). */
  startAt: 'enter' | 'click'
  rows: number
  label: string
  /** The VM's box (measured for the terminal's width) and the terminal's element in it. */
  root: Ref<HTMLElement | null>
  screen: Ref<HTMLElement | null>
  /** The slide's click step for this component (0 … clicks), from useClickSteps. */
  step: ComputedRef<number>
}

let nextView = 0
/** The terminal's horizontal padding in the box (.vm-screen in LinuxVm.vue), px. */
const SCREEN_PADDING_X = 16

/** The page's `?vm-fail=FILE` (a test hook: that file of the image fails to load, once). */
function failFile(): string | undefined {
  return new URLSearchParams(window.location.search).get('vm-fail') ?? undefined
}

export function useLinuxVm(options: LinuxVmOptions) {
  const { $page, $renderContext } = useSlideContext()
  const { isPrintMode, isPresenter } = useNav()
  const isActive = useIsSlideActive()
  const view = nextView++

  const commandStep = computed(() => options.startAt === 'click' ? Math.max(0, options.step.value - 1) : options.step.value)
  const shownHere = computed(() => !isPrintMode.value && ['slide', 'presenter'].includes($renderContext.value) && isActive.value)
  const wanted = computed(() => shownHere.value && (options.startAt === 'enter' || options.step.value >= 1))
  const armed = computed(() => shownHere.value && !wanted.value)
  const key = computed(() => `${$page.value}:${options.demo ?? 'boot'}:${options.mode}`)

  const connection = shallowRef<VmConnection | null>(null)
  const size = ref({ cols: 80, rows: options.rows })
  const status = computed<VmStatus | null>(() => connection.value?.status.value ?? null)
  /** The worker's status, if the VM it runs is this slide's. */
  const mine = computed(() => (status.value?.key === key.value ? status.value : null))
  const terminal = useVmTerminal({ screen: options.screen, open: wanted, connection, vmKey: key, size, label: options.label })
  /** The recorded run, when the worker itself could not be reached (else the worker keeps the choice for every window). */
  const localRecorded = ref(false)

  const error = computed<VmErrorInfo | null>(() => {
    const failure = connection.value?.failure.value
    if (failure)
      return { what: 'The VM', url: null, reason: failure, fix: 'Serve the deck over http (`npm run dev`, or `npm run build` then `npm run preview`), then reload the page.' }
    return terminal.error.value ?? mine.value?.error ?? null
  })
  const state = computed<VmViewState>(() => {
    if (isPrintMode.value)
      return 'print'
    if (!shownHere.value)
      return 'still'
    if (!wanted.value)
      return 'armed'
    if (error.value)
      return 'error'
    return mine.value?.state ?? 'waiting'
  })
  /** Another window's VM runs in the worker (a second tab on another VM slide): its slide number. */
  const elsewhere = computed(() => (state.value === 'waiting' && status.value && status.value.key !== key.value ? status.value.slide : null))
  const recorded = computed(() => state.value === 'error' && (mine.value?.error ? mine.value.recorded : localRecorded.value))

  function request(): VmRequest {
    return { key: key.value, slide: $page.value, demo: options.demo, mode: options.mode, baseUrl: `${import.meta.env.BASE_URL}${VM_BASE_URL.replace(/^\//, '')}`, failFile: failFile() }
  }

  function announce(): void {
    if (!wanted.value) {
      connection.value?.hide(view)
      return
    }
    connection.value ??= vmConnection()
    connection.value.show(view, { request: request(), step: commandStep.value, presenter: isPresenter.value, ...size.value })
  }

  onMounted(() => {
    watch(wanted, (on) => {
      // The guest wraps lines where the terminal does: measure the columns before the VM starts.
      if (on && options.root.value)
        size.value = { cols: columnsThatFit(options.root.value, SCREEN_PADDING_X), rows: options.rows }
      announce()
    }, { immediate: true, flush: 'post' })
    watch([commandStep, key], announce)
  })
  onBeforeUnmount(() => connection.value?.hide(view))

  function retry(): void {
    localRecorded.value = false
    connection.value?.retry()
  }
  /** Keys typed for the learner (a lab's "Type it for me"), as if typed into the terminal. */
  function send(data: string): void {
    connection.value?.send(data, true)
  }
  function restart(): void {
    connection.value?.restart()
  }
  function showRecorded(on: boolean): void {
    localRecorded.value = on
    connection.value?.setRecorded(on)
  }

  return {
    state,
    error,
    status: mine,
    elsewhere,
    recorded,
    focused: terminal.focused,
    size,
    retry,
    showRecorded,
    send,
    restart,
    text: terminal.text,
    changes: terminal.changes,
    commandStep,
    armed,
    shared: computed(() => connection.value?.shared ?? null),
    context: $renderContext,
  }
}
