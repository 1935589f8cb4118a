/**
 * The layer stacks the deck draws, as data. Rows are listed bottom-up, as the stacks are
 * built. A row is a `band` (one layer shared by everything above it, drawn full width) or
 * `cells` (one layer per column: per app, per VM). Validated by composables/stack.ts.
 */
import type { LayerKind } from './layers'
import type { SourceId } from './sources'

export interface LayerSpec {
  kind: LayerKind
  /** Overrides the kind's label, e.g. 'Guest OS (Linux or Windows)'. */
  label?: string
  /** Overrides the kind's one-line explanation for this stack. */
  explain?: string
  /** A second, smaller line in the block, e.g. 'sets up, then steps aside'. */
  note?: string
}

/**
 * A row is a `band` (full width), `cells` (one per column), or an `aside`: a layer drawn as a
 * dashed column beside the per-column rows above it, standing on the row below it but not
 * between them and it (the container runtime: it sets containers up, then steps aside).
 */
export type StackRow = { band: LayerSpec } | { cells: LayerSpec[] } | { aside: LayerSpec }

export interface StackHighlight {
  /** The layer kinds this click lights up; everything else dims. */
  kinds: LayerKind[]
  /** What the speaker says about it, shown while it is lit. */
  caption: string
  /** Where a number or date in the caption comes from: cited as [n] after it. */
  sources?: SourceId[]
}

export interface StackSpec {
  id: string
  title: string
  /** What the whole picture shows, in a sentence, for people who cannot see it. */
  alt: string
  /** Names of the columns, where some layers are per app or per VM. */
  columns?: string[]
  /** Bottom-up. */
  rows: StackRow[]
  /** How many rows each click adds, bottom-up (default: one row per click). */
  groups?: number[]
  /** Clicks after the build, each lighting a set of layers. */
  highlights?: StackHighlight[]
  /** Clicks after the highlights, each redrawing the picture as a variant of it (drawn whole). */
  variants?: StackVariant[]
  /**
   * A second picture the handout page (the final-state PDF) prints beside the stack as built,
   * since paper has no clicks: the VM stack prints type 2 (as built) and type 1 (this).
   */
  printWith?: StackSpec
  /**
   * The row (0-based, bottom-up) where each column's dashed frame starts; default: the first
   * per-column row. A microVM's frame starts above its VMM, which runs on the host, outside it.
   */
  frameFrom?: number
}

/** The same picture, varied: another stack drawn whole on one click, some layers lit, a caption beside. */
export interface StackVariant {
  stack: StackSpec
  kinds: LayerKind[]
  caption: string
  sources?: SourceId[]
}

/** A per-column row: the same layer in each of n columns. */
const each = (n: number, layer: LayerSpec): StackRow => ({ cells: Array.from({ length: n }, () => ({ ...layer })) })
/** The container engine (Docker: dockerd, containerd, runc), beside the containers: it sets them up, then steps aside. */
function runtimeAside(label = 'Container engine'): StackRow {
  return {
    aside: {
      kind: 'container-runtime',
      label,
      note: 'sets up, then steps aside',
      explain: 'Sets each container up, fences it in, starts it, then steps aside: drawn beside the containers, because it is not between an app and the kernel.',
    },
  }
}

/** A per-column row of apps, one named app per column. */
const apps = (names: string[]): StackRow => ({ cells: names.map(label => ({ kind: 'application', label })) })

/** The chapter's container diagram: three apps on one shared kernel. */
export const containers: StackSpec = {
  id: 'containers',
  title: 'Containers',
  alt: 'A container stack, bottom to top: physical hardware, the host OS kernel, then three containers side by side, each holding its own libraries and app (App A, App B, App C), standing directly on the kernel. Beside them, not between them and the kernel, a dashed container engine such as Docker, which sets them up and then steps aside.',
  columns: ['Container A', 'Container B', 'Container C'],
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'host-kernel' } },
    runtimeAside('Engine (Docker)'),
    each(3, { kind: 'libraries' }),
    apps(['App A', 'App B', 'App C']),
  ],
  highlights: [
    { kinds: ['host-kernel'], caption: 'One kernel under every container: the host’s own.' },
    { kinds: ['libraries', 'application'], caption: 'Each container carries only its app and the files it needs.' },
  ],
}

/** Several VMs on one host, each with its own guest OS. Drawn as a variant of the VM stack. */
export const vmsOnOneHost: StackSpec = {
  id: 'vms-on-one-host',
  title: 'Several VMs on one host',
  alt: 'Three virtual machines on one host: shared physical hardware, host OS and hypervisor at the bottom; above them three columns, VM 1, VM 2 and VM 3, each with its own virtual hardware, its own guest OS (Linux, Windows, Linux) and its own app.',
  columns: ['VM 1', 'VM 2', 'VM 3'],
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'host-os' } },
    { band: { kind: 'hypervisor' } },
    each(3, { kind: 'virtual-hardware' }),
    { cells: [{ kind: 'guest-os', label: 'Linux' }, { kind: 'guest-os', label: 'Windows' }, { kind: 'guest-os', label: 'Linux' }] },
    apps(['App A', 'App B', 'App C']),
  ],
  groups: [3, 1, 1, 1],
  highlights: [
    { kinds: ['guest-os'], caption: 'Each VM has its own complete OS: three guest kernels, on top of the host’s, each with its own memory.' },
    { kinds: ['hardware', 'host-os', 'hypervisor'], caption: 'Shared underneath: one machine, one hypervisor.' },
  ],
}

/** A bare-metal (type 1) hypervisor: on the hardware, no host OS under it. KVM is the other way round. */
const bareMetalHypervisor: LayerSpec = {
  kind: 'hypervisor',
  label: 'Hypervisor (ESXi, Xen, Hyper-V)',
  explain: 'Runs on the bare hardware, no OS under it. With KVM the hypervisor is the Linux kernel itself: host OS and hypervisor are one, so KVM counts as type 1.',
}

/** A bare-metal (type 1) hypervisor: no host OS under it. Drawn as the last variant of the VM stack. */
export const vmBareMetal: StackSpec = {
  id: 'vm-bare-metal',
  title: 'Type 1, bare metal: servers',
  alt: 'A bare-metal hypervisor stack: physical hardware, then the hypervisor directly on it with no host OS, then three VMs, each with virtual hardware, a guest OS (Linux, Windows, Linux) and an app.',
  columns: ['VM 1', 'VM 2', 'VM 3'],
  rows: [
    { band: { kind: 'hardware' } },
    { band: bareMetalHypervisor },
    each(3, { kind: 'virtual-hardware' }),
    { cells: [{ kind: 'guest-os', label: 'Linux' }, { kind: 'guest-os', label: 'Windows' }, { kind: 'guest-os', label: 'Linux' }] },
    apps(['App A', 'App B', 'App C']),
  ],
  highlights: [
    { kinds: ['hypervisor'], caption: 'No host OS: the hypervisor sits on the bare metal. Data centres and clouds mostly run this way.' },
  ],
}

/** The type 1 picture the VM stack's handout page prints beside the type 2 one: one VM, no host OS. */
export const vmBareMetalOne: StackSpec = {
  id: 'vm-bare-metal-one',
  title: 'Type 1, bare metal: servers',
  alt: 'Type 1, bare metal, as on servers: physical hardware, then the hypervisor directly on it with no host OS, then virtual hardware, a guest OS and your application.',
  rows: [
    { band: { kind: 'hardware' } },
    { band: bareMetalHypervisor },
    { band: { kind: 'virtual-hardware' } },
    { band: { kind: 'guest-os', label: 'Guest OS (Linux or Windows)' } },
    { band: { kind: 'application', label: 'Your application' } },
  ],
}

/**
 * The VM stack, built once: a hosted (type 2) hypervisor with one VM, as the chapter draws it;
 * then varied by click: several VMs on the host, then the host OS gone (bare metal, type 1).
 */
export const vmHosted: StackSpec = {
  id: 'vm-hosted',
  title: 'Type 2, hosted: a laptop',
  alt: 'Type 2, hosted, as on a laptop: physical hardware, host OS, hypervisor, virtual hardware, a guest OS (Linux or Windows), and your application.',
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'host-os', explain: 'Your laptop’s own OS (Windows, macOS, Linux), which the hypervisor runs on as a program.' } },
    { band: { kind: 'hypervisor', explain: 'A program (VirtualBox, VMware Workstation…) that carves out virtual machines.' } },
    { band: { kind: 'virtual-hardware' } },
    { band: { kind: 'guest-os', label: 'Guest OS (Linux or Windows)' } },
    { band: { kind: 'application', label: 'Your application' } },
  ],
  highlights: [
    { kinds: ['guest-os'], caption: 'A complete operating system, with its own kernel, just to run one app.' },
  ],
  variants: [
    { stack: vmsOnOneHost, kinds: ['guest-os'], caption: 'Three VMs on one host: three guest kernels, each in its own memory, on one hypervisor.' },
    { stack: vmBareMetal, kinds: ['hypervisor'], caption: 'Servers drop the host OS: the hypervisor runs on the bare metal (type 1). KVM counts as type 1 too: there the Linux kernel is the hypervisor.' },
  ],
  printWith: vmBareMetalOne,
}

/** The usual cloud picture: containers inside a VM. */
export const containersInVm: StackSpec = {
  id: 'containers-in-vm',
  title: 'Containers inside a VM',
  alt: 'Containers inside a cloud VM: physical hardware and the cloud’s hypervisor at the bottom; one VM’s virtual hardware and guest Linux kernel; then three containers on that kernel, each with libraries and an app, and beside them, not between them and the kernel, a dashed container engine that set them up.',
  columns: ['Container A', 'Container B', 'Container C'],
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'hypervisor', label: 'The cloud’s hypervisor' } },
    { band: { kind: 'virtual-hardware', label: 'Virtual hardware (your VM)' } },
    { band: { kind: 'guest-os', label: 'Guest OS: Linux kernel', explain: 'The VM’s own Linux: for the containers above, it is “the host kernel”.' } },
    runtimeAside('Engine'),
    each(3, { kind: 'libraries' }),
    apps(['App A', 'App B', 'App C']),
  ],
  groups: [2, 2, 1, 2],
  highlights: [
    { kinds: ['hypervisor', 'virtual-hardware'], caption: 'The VM keeps tenants apart: yours from the cloud’s other customers.' },
    { kinds: ['guest-os'], caption: 'The containers share the VM’s kernel, not the cloud host’s.' },
  ],
}

/** A microVM per function (Firecracker-style): each VMM is a host process, outside its microVM. */
export const microVm: StackSpec = {
  id: 'microvm',
  title: 'MicroVMs',
  alt: 'MicroVMs: physical hardware; the host’s Linux kernel, which with KVM is the hypervisor; on it three minimal VMM processes, one per microVM, running on the host; above each VMM, inside a dashed microVM wall, a minimal guest kernel and one function.',
  columns: ['microVM 1', 'microVM 2', 'microVM 3'],
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'host-kernel', label: 'Host Linux kernel + KVM', explain: 'With KVM, the host’s Linux kernel is itself the hypervisor: here the host OS and the hypervisor are one.' } },
    each(3, { kind: 'hypervisor', label: 'VMM process', explain: 'One small virtual machine monitor per microVM (Firecracker): an ordinary host process, outside the VM’s wall, playing a few virtual devices. The hypervisor, KVM, runs the CPU and memory.' }),
    each(3, { kind: 'guest-os', label: 'Minimal kernel', explain: 'A trimmed guest kernel, inside the wall: loaded directly by the VMM (no firmware), no desktop, few services.' }),
    apps(['Function A', 'Function B', 'Function C']),
  ],
  frameFrom: 3,
  highlights: [
    { kinds: ['guest-os', 'hypervisor'], caption: 'A VM’s wall, close to a container’s speed: Firecracker’s spec promises init within 125 ms.', sources: ['firecracker-spec'] },
  ],
}

/** The ground floor: what is inside one operating system, before any VM or container. */
export const osInside: StackSpec = {
  id: 'os',
  title: 'Inside an operating system',
  alt: 'One operating system, bottom to top: the hardware; the kernel; a thin band of system calls, the front door into the kernel; then user space: libraries, tools and services, and your programs.',
  rows: [
    { band: { kind: 'hardware' } },
    { band: { kind: 'os-kernel' } },
    { band: { kind: 'system-calls', label: 'System calls: the front door in' } },
    { band: { kind: 'libraries', label: 'Libraries (libc, OpenSSL…)', explain: 'Shared code programs use; libc usually turns a function call into a system call.' } },
    { band: { kind: 'userland', label: 'Tools and services (shell, ls, systemd)' } },
    { band: { kind: 'application', label: 'Your programs' } },
  ],
  highlights: [
    { kinds: ['libraries', 'userland', 'application'], caption: 'User space: everything above the door. All of it is just files on disk until it runs.' },
    { kinds: ['os-kernel'], caption: 'The kernel: one per running OS. A container borrows the host’s; a VM boots its own.' },
  ],
}

export const stacks = {
  'vm-hosted': vmHosted,
  'containers': containers,
  'containers-in-vm': containersInVm,
  'microvm': microVm,
  'os': osInside,
} satisfies Record<string, StackSpec>

/** The stacks slides draw by id (a variant is drawn as part of the stack it varies). */
export type StackId = keyof typeof stacks

/** One row of the side-by-side view: a VM-side row and a container-side row at the same height. */
export interface CompareRow {
  vm: StackRow | null
  /** null: containers have no such layer; `missing` is written in its empty slot. */
  container: StackRow | null
  missing?: string
}

export interface CompareStep {
  caption: string
  /** Layer kinds lit on each side at this click. */
  vm: LayerKind[]
  container: LayerKind[]
}

export interface StackComparison {
  id: string
  alt: string
  /** The question shown before the first click. */
  intro: string
  columns: string[]
  /** Bottom-up. */
  rows: CompareRow[]
  /**
   * A layer drawn dashed beside one side's per-column rows, from row `from` (0-based, bottom-up)
   * to the top: there, but not in the path (the container runtime).
   */
  aside?: { side: 'vm' | 'container', from: number, layer: LayerSpec }
  steps: CompareStep[]
}

/** The chapter's two pictures side by side, three apps each, aligned by layer. */
export const vmVsContainers: StackComparison = {
  id: 'vm-vs-containers',
  intro: 'Look across: what do the containers not have, and what do they share?',
  alt: 'Three apps as virtual machines on the left and as containers on the right, aligned layer by layer. Both sides start from physical hardware. The VM side has a host OS, a hypervisor, and per app its own virtual hardware, guest OS, libraries and app. The container side has the host OS kernel, no hypervisor, no virtual hardware and no guest OS, then per app its libraries and app; beside the apps, not under them, a dashed container engine that sets them up and steps aside.',
  columns: ['App A', 'App B', 'App C'],
  rows: [
    { vm: { band: { kind: 'hardware' } }, container: { band: { kind: 'hardware' } } },
    { vm: { band: { kind: 'host-os' } }, container: { band: { kind: 'host-kernel' } } },
    { vm: { band: { kind: 'hypervisor' } }, container: null, missing: 'no hypervisor' },
    { vm: each(3, { kind: 'virtual-hardware', label: 'Virtual HW' }), container: null, missing: 'no virtual hardware' },
    { vm: each(3, { kind: 'guest-os' }), container: null, missing: 'no guest OS' },
    { vm: each(3, { kind: 'libraries' }), container: each(3, { kind: 'libraries' }) },
    { vm: apps(['App A', 'App B', 'App C']), container: apps(['App A', 'App B', 'App C']) },
  ],
  aside: { side: 'container', from: 2, layer: { kind: 'container-runtime', label: 'Engine', note: 'sets up, then steps aside' } },
  steps: [
    { caption: 'No guest OS per app: nothing to boot, no second kernel to keep in memory.', vm: ['guest-os'], container: [] },
    { caption: 'No virtual hardware: container apps make ordinary system calls to the kernel.', vm: ['virtual-hardware'], container: [] },
    { caption: 'No hypervisor: the engine (dashed, beside them) sets each container up, then steps aside.', vm: ['hypervisor'], container: ['container-runtime'] },
    { caption: 'Four kernels on the left (three guests, one host), one shared kernel on the right: lighter, and a thinner wall.', vm: ['guest-os', 'host-os'], container: ['host-kernel'] },
  ],
}
