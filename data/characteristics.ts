import type { RevealCard } from './cards'

/**
 * The chapter's key characteristics of VMs and of containers, each tied to the layer of the
 * diagram it comes from, with the fine print a good teacher adds. Sources are in the notes
 * of the slides that show them (pages/02-virtual-machines.md, pages/03-containers.md).
 */
export const vmCharacteristics: RevealCard[] = [
  {
    id: 'own-os',
    title: 'Each VM has its own complete OS',
    layer: 'guest-os',
    body: 'A whole operating system, kernel included, boots inside every VM.',
    note: { label: 'Fine print:', text: '“complete” can be tiny: trimmed guests (Tinyx, say) are a few MB.' },
  },
  {
    id: 'strong-isolation',
    title: 'Strong isolation',
    layer: 'hypervisor',
    body: 'The hypervisor, helped by the CPU, walls each VM off from the others.',
    note: { label: 'Fine print:', text: 'strong, not perfect: VENOM (2015) escaped through an emulated floppy drive.' },
  },
  {
    id: 'overhead',
    title: 'More resource overhead',
    layer: 'guest-os',
    body: 'Every guest OS needs its own memory, disk and CPU time.',
    note: { label: 'Fine print:', text: 'memory is the real cost; with hardware help, CPU overhead is small.' },
  },
  {
    id: 'boot',
    title: 'Boot time in minutes',
    layer: 'virtual-hardware',
    body: 'A VM boots like a computer: firmware, kernel, services, then your app.',
    note: { label: 'Fine print:', text: 'outdated: a desktop VM boots in about 30 s, a microVM in ≤ 125 ms.' },
  },
]

export const containerCharacteristics: RevealCard[] = [
  {
    id: 'shared-kernel',
    title: 'Containers share the host OS kernel',
    layer: 'host-kernel',
    body: 'No kernel of their own: every system call goes to the one kernel.',
    note: { label: 'So:', text: 'uname -r prints the same version inside and out; Linux containers need Linux.' },
  },
  {
    id: 'lightweight',
    title: 'Lightweight',
    layer: 'libraries',
    body: 'It carries the app and the files it needs, not a whole OS.',
    note: { label: 'Fine print:', text: 'many still carry a distro’s files: ubuntu:24.04 is about 78 MB on disk.' },
  },
  {
    id: 'less-isolation',
    title: 'Less isolation than VMs',
    layer: 'host-kernel',
    body: 'The wall is the kernel’s: namespaces (what it sees), cgroups (what it uses) and more.',
    note: { label: 'Fine print:', text: 'in one study, 50 of 88 exploits tried worked from a default container.' },
  },
  {
    id: 'fast-start',
    title: 'Start in seconds, or less',
    layer: 'container-runtime',
    body: 'Nothing to boot: the kernel starts one more, fenced-off process.',
    note: { label: 'Fine print:', text: 'docker run of a tiny Ubuntu took about 0.6 s in one test; most of it is the engine’s work.' },
  },
]
