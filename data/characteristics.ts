import type { RevealCard } from './cards'

/**
 * Key characteristics of VMs and of containers, each tied to the layer of the diagram it comes
 * from, stated as they are true, with a remark where the usual simplification falls short.
 * Sources are in the notes of the slides that show them (pages/02-virtual-machines.md,
 * pages/03-containers.md).
 */
export const vmCharacteristics: RevealCard[] = [
  {
    id: 'own-os',
    title: 'Each VM has its own OS, kernel included',
    layer: 'guest-os',
    body: 'A whole operating system boots inside every VM.',
    note: { label: 'Size varies:', text: 'a desktop guest runs to GBs; trimmed guests (Tinyx, say) are a few MB.' },
    sources: ['lightvm'],
  },
  {
    id: 'strong-isolation',
    title: 'Strong isolation, from the hypervisor',
    layer: 'hypervisor',
    body: 'The CPU traps a guest’s sensitive instructions to the hypervisor, which walls each VM off.',
    note: { label: 'Not perfect:', text: 'VENOM (2015), a bug in an emulated floppy drive, could possibly let a guest run code outside its VM.' },
    sources: ['popek-goldberg', 'adams-agesen', 'venom'],
  },
  {
    id: 'overhead',
    title: 'Memory is the main overhead',
    layer: 'guest-os',
    body: 'Every guest kernel and its services need memory of their own.',
    note: { label: 'CPU:', text: 'with hardware help (VT-x, AMD-V), CPU overhead is small.' },
    sources: ['felter-ibm'],
  },
  {
    id: 'boot',
    title: 'Boots in milliseconds to minutes',
    layer: 'virtual-hardware',
    body: 'It boots like a computer: how long depends on what it boots.',
    note: { label: 'Often read:', text: '“minutes”. A desktop VM: about 30 s; a minimal VM’s spec: init within 125 ms.' },
    sources: ['virtualbox-boot', 'firecracker-spec'],
  },
]

export const containerCharacteristics: RevealCard[] = [
  {
    id: 'shared-kernel',
    title: 'Containers share the host OS kernel',
    layer: 'host-kernel',
    body: 'No kernel of their own: every system call goes to the one kernel.',
    note: { label: 'So:', text: 'uname -r prints the same version inside and out; Linux containers need a Linux kernel.' },
  },
  {
    id: 'lightweight',
    title: 'Light: no kernel to boot',
    layer: 'libraries',
    body: 'It carries the app and the files it needs, never a kernel.',
    note: { label: 'Sizes vary:', text: 'the image (a container’s packed files) for alpine:3.22 is 3.8 MB to download, for ubuntu:24.04 29.8 MB; some run to GBs.' },
    sources: ['docker-repo-info'],
  },
  {
    id: 'less-isolation',
    title: 'As isolated as the shared kernel',
    layer: 'host-kernel',
    body: 'The wall is the kernel’s: namespaces (what it sees), cgroups (what it uses) and more.',
    note: { label: 'By default:', text: 'in one study 50 of 88 known exploits worked; not a failure rate: defaults miss kernel attacks.' },
    sources: ['lin-container-security'],
  },
  {
    id: 'fast-start',
    title: 'Usually start in under a second',
    layer: 'container-runtime',
    body: 'Nothing to boot: the kernel starts one more, fenced-off process.',
    note: { label: 'Measured:', text: 'docker run ubuntu /bin/date: about 0.6 s from launch until date ran, in one test; most of it is the engine’s work.' },
    sources: ['quark-bench'],
  },
]
