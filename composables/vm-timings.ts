/**
 * What the live VMs measured in this window, for the timings slide: the cold boot's and the
 * restore's time to a prompt, and how long each typed command took (send to next prompt).
 * Module state, shared by every LinuxVm of the deck; the newest measurement wins.
 */
import { reactive } from 'vue'

export const vmTimings = reactive<Record<string, number>>({})

export function recordVmTiming(what: string, ms: number): void {
  if (Number.isFinite(ms) && ms >= 0)
    vmTimings[what] = Math.round(ms)
}
