/**
 * The VM's terminal on a slide: xterm.js opened in `screen` while `open` holds, fed with the
 * running VM's scrollback and then its output, its keys sent to the VM. Every window draws the
 * same bytes, so every window shows the same terminal.
 */
import type { Terminal } from '@xterm/xterm'
import type { Ref } from 'vue'
import type { VmConnection } from './client'
import type { VmErrorInfo } from './protocol'
import { onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { terminalText } from './lab-session'
import { isTerminalReply } from './session'
import { loadTerminal, openTerminal } from './terminal'

export interface VmTerminalOptions {
  screen: Ref<HTMLElement | null>
  /** Open while true (the slide shows its VM); closed (disposed) otherwise. */
  open: Ref<boolean>
  connection: Ref<VmConnection | null>
  /** The VM whose output this terminal shows. */
  vmKey: Ref<string>
  size: Ref<{ cols: number, rows: number }>
  label: string
}

export function useVmTerminal(options: VmTerminalOptions) {
  const focused = ref(false)
  const error = shallowRef<VmErrorInfo | null>(null)
  /** Counts what the terminal has drawn (each chunk of output, a reset): a lab step checks its text when it changes. */
  const changes = ref(0)
  const drawn = (): void => {
    changes.value++
  }
  let term: Terminal | null = null
  let off: (() => void) | null = null
  let generation = 0

  function close(): void {
    generation++
    off?.()
    off = null
    term?.dispose()
    term = null
    focused.value = false
  }

  async function open(): Promise<void> {
    close()
    const gen = generation
    const element = options.screen.value
    const connection = options.connection.value
    if (!element || !connection)
      return
    let xterm: Awaited<ReturnType<typeof loadTerminal>>
    try {
      xterm = await loadTerminal()
    }
    catch (e) {
      error.value = { what: 'the terminal (xterm.js)', url: null, reason: `its code did not load (${(e as Error).message})`, fix: 'Serve the deck over http (`npm run dev`, or `npm run build` then `npm run preview`), then press Retry.' }
      return
    }
    if (gen !== generation)
      return
    const { cols, rows } = options.size.value
    const opened = openTerminal(xterm, element, {
      cols,
      rows,
      label: options.label,
      // The worker answers the shell's cursor queries: this terminal's answers (one per window, and again for a replayed scrollback) would be typed into the shell.
      onData: (data) => {
        if (!isTerminalReply(data))
          connection.send(data, true)
      },
      onEscape: () => opened.blur(),
      onFocus: (on) => {
        focused.value = on
      },
    })
    term = opened
    const key = options.vmKey.value
    // Everything printed so far, then each new chunk: a window that attaches late misses nothing.
    for (const chunk of connection.scrollback(key))
      opened.write(chunk)
    opened.write('', drawn)
    off = connection.onOutput((from, bytes, reset) => {
      if (from !== options.vmKey.value)
        return
      if (reset)
        opened.reset()
      opened.write(bytes, drawn)
    })
  }

  onMounted(() => watch(() => [options.open.value, options.vmKey.value, options.connection.value] as const, ([on]) => {
    error.value = null
    if (on)
      void open()
    else
      close()
  }, { immediate: true, flush: 'post' }))
  onBeforeUnmount(close)

  /** The terminal's text, wrapped rows joined ('' while it is closed). */
  function text(): string {
    return term ? terminalText(term.buffer.active) : ''
  }

  return { focused, error, changes, text }
}
