/**
 * The kinds of layer the stack diagrams are built from: a label, a one-line explanation
 * (shown beside a layer while it is the newest) and a colour token from styles/tokens.css.
 */
export type ColorToken = 'hardware' | 'host-os' | 'system-call' | 'hypervisor' | 'virtual-hardware' | 'guest-os' | 'container-runtime' | 'libraries' | 'application'

export interface LayerKindInfo {
  label: string
  explain: string
  /** --layer-<color>-bg / -fg in styles/tokens.css. The host OS and its kernel share one colour. */
  color: ColorToken
}

export const layerKinds = {
  'hardware': {
    label: 'Physical hardware',
    explain: 'The real machine: CPU cores, memory, disks and network cards.',
    color: 'hardware',
  },
  'host-os': {
    label: 'Host OS',
    explain: 'The operating system installed on the machine, kernel and all.',
    color: 'host-os',
  },
  'host-kernel': {
    label: 'Host OS kernel',
    explain: 'The one kernel every container shares: it schedules, isolates and limits their processes.',
    color: 'host-os',
  },
  'os-kernel': {
    label: 'Kernel',
    explain: 'The core of the OS: drives the hardware, runs and separates programs, owns files and the network.',
    color: 'host-os',
  },
  'system-calls': {
    label: 'System calls',
    explain: 'A program’s requests to the kernel: read, write, open, fork and hundreds more.',
    color: 'system-call',
  },
  'userland': {
    label: 'Tools and services',
    explain: 'The shell, ls, systemd, sshd: ordinary programs, in user space like yours.',
    color: 'libraries',
  },
  'hypervisor': {
    label: 'Hypervisor',
    explain: 'Splits one machine into several virtual ones and keeps them apart.',
    color: 'hypervisor',
  },
  'virtual-hardware': {
    label: 'Virtual hardware',
    explain: 'The CPU, memory, disk and network each VM believes it has.',
    color: 'virtual-hardware',
  },
  'guest-os': {
    label: 'Guest OS',
    explain: 'A complete operating system, with its own kernel, inside each VM.',
    color: 'guest-os',
  },
  'container-runtime': {
    label: 'Container engine',
    explain: 'Sets each container up, fences it in, starts it, then steps aside.',
    color: 'container-runtime',
  },
  'libraries': {
    label: 'Libs',
    explain: 'The libraries and files each app needs, packed with it.',
    color: 'libraries',
  },
  'application': {
    label: 'App',
    explain: 'Your program: the thing all the other layers exist to run.',
    color: 'application',
  },
} as const satisfies Record<string, LayerKindInfo>

export type LayerKind = keyof typeof layerKinds

export function isLayerKind(kind: string): kind is LayerKind {
  return Object.hasOwn(layerKinds, kind)
}
