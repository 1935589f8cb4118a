/**
 * Every term the deck uses that a newcomer may not know: a one-line definition, a short gloss
 * for its first use before it is taught, and the slide that teaches it (by title, so it survives
 * reordering). The glossary slides list these; <Term id="…"> shows a term with its gloss; a test
 * (tests/unit/glossary.test.ts) holds every slide before the teaching one to carrying the gloss.
 */
import type { SourceId } from './sources'

export interface GlossaryEntry {
  term: string
  /** One line: what it is. */
  definition: string
  /** A few words, shown in brackets after the term where it is used before it is taught. */
  gloss: string
  /** The title of the slide that teaches it. */
  taughtOn: string
  /** How the term is found in a slide's text: a case-insensitive regular expression source. */
  match: string
  /** Where its dates and numbers come from: cited as [n] after the definition. */
  sources?: SourceId[]
}

export const glossary = {
  'kernel': {
    term: 'kernel',
    definition: 'The core of an operating system: the one program that drives the hardware and runs, schedules and separates every other program.',
    gloss: 'the core of the OS, in charge of the hardware',
    taughtOn: 'What is inside an operating system',
    match: '\\bkernels?\\b',
  },
  'system-call': {
    term: 'system call',
    definition: 'A program’s request to the kernel (read a file, open a socket, start a process): the front door from user space into the kernel.',
    gloss: 'a program’s request to the kernel',
    taughtOn: 'What is inside an operating system',
    match: '\\bsystem calls?\\b|\\bsyscalls?\\b',
  },
  'user-space': {
    term: 'user space (userland)',
    definition: 'Everything in an operating system outside the kernel: libraries, tools, services and your programs, all of which must ask the kernel for what they need.',
    gloss: 'everything outside the kernel',
    taughtOn: 'What is inside an operating system',
    match: '\\buser ?space\\b|\\buserland\\b',
  },
  'host-os': {
    term: 'host OS',
    definition: 'The operating system installed on the physical machine, under everything else.',
    gloss: 'the machine’s own OS',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\bhost OS\\b',
  },
  'hypervisor': {
    term: 'hypervisor',
    definition: 'The software that splits one physical machine into virtual machines and keeps them apart, with the CPU’s help; a VMM plays each VM’s devices.',
    gloss: 'software that splits one machine into VMs',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\bhypervisors?\\b',
  },
  'virtual-hardware': {
    term: 'virtual hardware',
    definition: 'The CPU, memory, disk and network card a VM believes it has: presented by the hypervisor, backed by the real ones.',
    gloss: 'pretend devices a hypervisor presents',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\bvirtual (hardware|devices?)\\b',
  },
  'guest-os': {
    term: 'guest OS',
    definition: 'The operating system, with its own kernel, that boots inside a virtual machine.',
    gloss: 'the OS inside a VM',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\bguest (OS|OSes|kernels?)\\b',
  },
  'hypervisor-types': {
    term: 'type 1 and type 2 hypervisor',
    definition: 'Type 1 (bare metal) runs directly on the hardware, as ESXi, Xen and Hyper-V do; type 2 (hosted) runs as a program on a host OS, as VirtualBox does.',
    gloss: 'type 1 runs on the hardware, type 2 on an OS',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\btype[ -]?[12]\\b|\\bbare[- ]metal\\b',
  },
  'kvm': {
    term: 'KVM',
    definition: 'A part of the Linux kernel (since 2007) that turns Linux itself into a hypervisor, using the CPU’s virtualization features.',
    gloss: 'Linux’s built-in hypervisor',
    taughtOn: 'Virtual machines: a computer made of software',
    match: '\\bKVM\\b',
    sources: ['kvm-2620'],
  },
  'container-runtime': {
    term: 'container runtime',
    definition: 'The software that sets a container up (namespaces, cgroups, its files) and starts it; runc does the last step, Docker and containerd manage the rest.',
    gloss: 'the software that starts containers',
    taughtOn: 'Containers: one kernel, fenced-off processes',
    match: '\\bcontainer runtimes?\\b',
  },
  'namespace': {
    term: 'namespace',
    definition: 'A kernel feature that gives a group of processes its own view of one kind of thing: process IDs, hostname, network, mounts, users.',
    gloss: 'limits what a process can see',
    taughtOn: 'A container is a process, fenced in',
    match: '\\bnamespaces?\\b',
  },
  'cgroup': {
    term: 'cgroup (control group)',
    definition: 'A kernel feature that limits and accounts what a group of processes can use: memory, CPU, disk I/O, process count (not network bandwidth).',
    gloss: 'limits what a process can use',
    taughtOn: 'A container is a process, fenced in',
    match: '\\bcgroups?\\b|\\bcontrol groups?\\b',
  },
  'runc': {
    term: 'runc',
    definition: 'The reference OCI runtime: it asks the kernel for a container’s namespaces and cgroups, starts its program, then exits.',
    gloss: 'the program that creates a container',
    taughtOn: 'What happens when you type docker run',
    match: '\\brunc\\b',
  },
  'containerd': {
    term: 'containerd',
    definition: 'The daemon under Docker and Kubernetes that manages containers’ lives, calling runc to start them; it pulls images for Kubernetes, and for Docker with the containerd image store.',
    gloss: 'the daemon that manages containers',
    taughtOn: 'What happens when you type docker run',
    match: '\\bcontainerd\\b',
    sources: ['docker-containerd-store'],
  },
  'image': {
    term: 'image',
    definition: 'A container’s files, packed as a stack of read-only layers with a little configuration; every container started from it shares them.',
    gloss: 'a container’s files, as one package',
    taughtOn: 'What an image is',
    match: '\\b(container )?images?\\b',
  },
  'layer': {
    term: 'layer (of an image)',
    definition: 'One read-only set of file changes in an image; images that share a layer store it once.',
    gloss: 'one read-only slice of an image',
    taughtOn: 'What an image is',
    match: '\\bread-only layers?\\b|\\bimage layers?\\b',
  },
  'copy-on-write': {
    term: 'copy-on-write',
    definition: 'Sharing a file until someone changes it: the change goes into a private copy, so the shared original stays untouched.',
    gloss: 'share until changed, then copy',
    taughtOn: 'What an image is',
    match: '\\bcopy-on-write\\b',
  },
  'registry': {
    term: 'registry',
    definition: 'A server that stores images and hands them out: docker pull downloads from one, docker push uploads to one (Docker Hub is the best known).',
    gloss: 'a server that stores and shares images',
    taughtOn: 'What an image is',
    match: '\\bregistr(y|ies)\\b',
  },
  'oci': {
    term: 'OCI',
    definition: 'The Open Container Initiative: the standards (since 2017) for what a container image is and how a runtime runs one, so tools from different projects share images (on a matching OS and CPU).',
    gloss: 'the open container standards',
    taughtOn: 'What an image is',
    match: '\\bOCI\\b',
    sources: ['oci-v1'],
  },
  'user-namespace': {
    term: 'user namespace',
    definition: 'A namespace with its own user IDs: a process can be UID 0 inside it and an ordinary user outside.',
    gloss: 'root inside, an ordinary user outside',
    taughtOn: 'Root in a container',
    match: '\\buser namespaces?\\b|\\buserns\\b',
  },
  'rootless': {
    term: 'rootless container',
    definition: 'A container run entirely by an ordinary user, inside a user namespace: no part of it holds root on the host.',
    gloss: 'run with no root on the host',
    taughtOn: 'Root in a container',
    match: '\\brootless\\b',
  },
  'capabilities': {
    term: 'capabilities',
    definition: 'Root’s powers split into pieces (41 in Linux’s man-pages 5.13); a default Docker container keeps 14 of them.',
    gloss: 'root’s powers, in pieces',
    taughtOn: 'Root in a container',
    match: '\\bcapabilit(y|ies)\\b',
    sources: ['containers-caps', 'man-capabilities'],
  },
  'seccomp': {
    term: 'seccomp',
    definition: 'A kernel filter on which system calls a process may make; Docker’s default blocks about 44 of more than 300.',
    gloss: 'a filter on system calls',
    taughtOn: 'Root in a container',
    match: '\\bseccomp\\b',
    sources: ['docker-seccomp'],
  },
  'lsm': {
    term: 'LSM (Linux Security Module)',
    definition: 'A kernel security policy, such as AppArmor or SELinux, that limits what even a privileged process may touch.',
    gloss: 'a kernel security policy: AppArmor, SELinux',
    taughtOn: 'Root in a container',
    match: '\\bLSM\\b|\\bAppArmor\\b|\\bSELinux\\b',
  },
  'vmm': {
    term: 'VMM (virtual machine monitor)',
    definition: 'The program that runs one VM: it presents the virtual devices and handles what the guest asks of them (QEMU, Firecracker); with KVM it is an ordinary process, while the hypervisor in the kernel runs the CPU and memory.',
    gloss: 'the program that runs one VM',
    taughtOn: 'MicroVMs',
    match: '\\bVMMs?\\b',
  },
  'microvm': {
    term: 'microVM',
    definition: 'A VM stripped to the minimum (a few virtual devices, a small kernel, usually no firmware: its VMM loads the kernel directly) so that it starts in a fraction of a second.',
    gloss: 'a minimal, fast-starting VM',
    taughtOn: 'MicroVMs',
    match: '\\bmicro-?VMs?\\b',
  },
  'firecracker': {
    term: 'Firecracker',
    definition: 'AWS’s open-source microVM monitor on KVM (2018), which runs AWS Lambda and Fargate.',
    gloss: 'AWS’s tiny, fast-starting VMs',
    taughtOn: 'MicroVMs',
    match: '\\bFirecracker\\b',
    sources: ['firecracker-repo'],
  },
  'gvisor': {
    term: 'gVisor',
    definition: 'Google’s sandbox (2018) that answers a container’s system calls with its own kernel written in Go, so few reach the host kernel.',
    gloss: 'a user-space kernel per sandbox, not a VM',
    taughtOn: 'Isolation is a spectrum',
    match: '\\bgVisor\\b',
    sources: ['gvisor-launch'],
  },
  'kata': {
    term: 'Kata Containers',
    definition: 'A container runtime (2017) that runs each Kubernetes pod (or each container) inside its own lightweight VM, with its own guest kernel.',
    gloss: 'each pod (group of containers) in its own VM',
    taughtOn: 'Where the two lanes meet',
    match: '\\bKata\\b',
    sources: ['kata-announce'],
  },
  'root': {
    term: 'root (UID 0)',
    definition: 'The all-powerful admin account. The kernel knows each user by a number, the user ID (UID); root is UID 0.',
    gloss: 'the all-powerful admin user, UID 0',
    taughtOn: 'Root in a container',
    match: '\\broot\\b|\\bUIDs?\\b',
  },
  'daemon': {
    term: 'daemon',
    definition: 'A program that runs in the background all the time, waiting for requests, such as dockerd and containerd.',
    gloss: 'a background program that is always running',
    taughtOn: 'What happens when you type docker run',
    match: '\\bdaemons?\\b',
  },
  'shim': {
    term: 'shim (containerd-shim)',
    definition: 'A small process containerd starts per container: it runs runc, then stays as the app’s parent, so containerd can restart without stopping containers.',
    gloss: 'a small helper process, one per container',
    taughtOn: 'What happens when you type docker run',
    match: '\\bshims?\\b',
  },
  'emulator': {
    term: 'emulator',
    definition: 'A program that imitates a CPU in software, translating the guest’s machine code; far slower than a hypervisor, which lets the real CPU run it. Both give you a VM.',
    gloss: 'imitates a CPU in software',
    taughtOn: 'A VM boots a whole computer, in software',
    match: '\\bemulators?\\b|\\bemulation\\b',
  },
  'cpu-architecture': {
    term: 'CPU architecture (amd64, arm64)',
    definition: 'The instruction set a CPU understands: amd64 (x86-64) in most PCs and servers, arm64 in phones and Apple silicon. Code built for one runs on the other only under emulation.',
    gloss: 'the CPU’s instruction set: amd64, arm64',
    taughtOn: 'What an image is',
    match: '\\bamd64\\b|\\barm64\\b|\\bCPU architectures?\\b',
    sources: ['docker-multi-platform'],
  },
  'cve': {
    term: 'CVE',
    definition: 'Common Vulnerabilities and Exposures: the public ID a security bug is filed under, e.g. CVE-2019-5736 (the runc bug).',
    gloss: 'a public ID for a security bug',
    taughtOn: 'Root in a container',
    match: '\\bCVEs?\\b',
    sources: ['runc-cve-2019-5736'],
  },
  'side-channel': {
    term: 'side channel (Spectre, L1TF)',
    definition: 'Leaking secrets through hardware that programs share, e.g. by timing a CPU’s caches. Spectre and L1TF, CPU flaws of this kind, can cross a VM’s wall.',
    gloss: 'leaking data by timing shared CPU parts',
    taughtOn: 'One system call, two journeys',
    match: '\\bside[- ]channels?\\b|\\bSpectre\\b|\\bL1TF\\b',
  },
  'lambda': {
    term: 'AWS Lambda (serverless)',
    definition: 'Amazon’s “serverless” service: it runs customers’ small programs (functions) on demand, each in a Firecracker microVM.',
    gloss: 'runs customers’ functions on demand',
    taughtOn: 'MicroVMs',
    match: '\\bLambda\\b|\\bserverless\\b',
    sources: ['firecracker-paper'],
  },
  'kubernetes': {
    term: 'Kubernetes',
    definition: 'Open-source software (first public in 2014) that runs containers across many machines: it places them, restarts them and connects them.',
    gloss: 'runs containers across many machines',
    taughtOn: 'Where the two lanes meet',
    match: '\\bKubernetes\\b',
    sources: ['k8s-10-years'],
  },
  'pod': {
    term: 'pod',
    definition: 'The unit Kubernetes runs: one or more containers that share a network namespace and are placed on one machine together.',
    gloss: 'containers Kubernetes runs as one unit',
    taughtOn: 'Glossary (4 of 6)',
    match: '\\bpods?\\b',
  },
  'tenant': {
    term: 'tenant',
    definition: 'One customer (or team) among many that share the same machines; “multi-tenant” means strangers’ code side by side.',
    gloss: 'one customer among many on shared machines',
    taughtOn: 'Containers inside a VM',
    match: '\\btenants?\\b|\\bmulti-tenan',
  },
  'unikernel': {
    term: 'unikernel',
    definition: 'One application compiled together with just the pieces of an operating system it needs, booted as a tiny VM.',
    gloss: 'an app and a tiny OS, as one VM',
    taughtOn: 'Glossary (5 of 6)',
    match: '\\bunikernels?\\b',
  },
  'virtual-machine': {
    term: 'virtual machine (VM)',
    definition: 'A complete computer made of software: virtual hardware on which a whole operating system, with its own kernel, boots and runs.',
    gloss: 'a computer made of software, with its own OS',
    taughtOn: 'Two ways to isolate',
    match: '\\bvirtual machines?\\b',
  },
  'container': {
    term: 'container',
    definition: 'A group of ordinary processes that the shared kernel fences in: its own view of files, processes and network (namespaces), limits on what it may use (cgroups).',
    gloss: 'processes fenced in by the shared kernel',
    taughtOn: 'Two ways to isolate',
    match: '\\bcontainers?\\b',
  },
  'docker': {
    term: 'Docker',
    definition: 'The best-known container tool (2013): it builds images, pulls them from registries and starts containers, through dockerd, containerd and runc.',
    gloss: 'the best-known container tool',
    taughtOn: 'Containers: one kernel, fenced-off processes',
    match: '\\bDocker\\b',
    sources: ['docker-changelog'],
  },
  'chroot': {
    term: 'chroot',
    definition: 'A system call (in Unix since 1979) that makes one directory look like the root, /, for a process: the oldest ancestor of a container’s own files.',
    gloss: 'gives a process its own root directory',
    taughtOn: 'VMs and containers: two lanes',
    match: '\\bchroot\\b',
    sources: ['chroot-v7'],
  },
  'snapshot': {
    term: 'snapshot (of a VM)',
    definition: 'A VM’s whole state (memory, devices, CPU) saved to a file, so it can resume where it was without booting again.',
    gloss: 'a saved VM state, resumed without a boot',
    taughtOn: 'A container is a process: watch',
    match: '\\bsnapshots?\\b',
  },
  'init': {
    term: 'init',
    definition: 'The first program the kernel starts when it has booted (process 1, often systemd); it starts everything else.',
    gloss: 'the first program the kernel starts',
    taughtOn: 'A VM boots in milliseconds to minutes',
    match: '\\binit\\b',
  },
  'vt-x': {
    term: 'VT-x and AMD-V',
    definition: 'Intel’s (2005) and AMD’s (2006) hardware help for hypervisors: a CPU mode for guests in which sensitive instructions trap to the hypervisor.',
    gloss: 'the CPU’s hardware help for hypervisors',
    taughtOn: 'Four things to know about VMs',
    match: '\\bVT-x\\b|\\bAMD-V\\b',
    sources: ['intel-vt', 'amd-v'],
  },
  'volume': {
    term: 'volume',
    definition: 'Storage a container runtime keeps outside a container’s writable layer and mounts into it, so the data outlives the container.',
    gloss: 'storage that outlives the container',
    taughtOn: 'What an image is',
    match: '\\bvolumes?\\b',
    sources: ['docker-storage-drivers'],
  },
  'dockerfile': {
    term: 'Dockerfile',
    definition: 'The text file of steps (FROM, RUN, COPY…) an image is built from; each step that changes files adds one layer.',
    gloss: 'the build steps of an image',
    taughtOn: 'What an image is',
    match: '\\bDockerfiles?\\b',
    sources: ['docker-storage-drivers'],
  },
  'paravirtualization': {
    term: 'paravirtualization',
    definition: 'Changing the guest OS so that it asks the hypervisor for help directly instead of being trapped or translated, as Xen did first (2003).',
    gloss: 'a guest OS changed to cooperate with the hypervisor',
    taughtOn: 'VMs and containers: two lanes',
    match: '\\bparavirtuali[sz]ation\\b|\\bparavirtual\\b',
    sources: ['xen-paper'],
  },
  'disk-image': {
    term: 'disk image (VMDK, VHDX, qcow2)',
    definition: 'A file that holds a VM’s whole virtual disk, in a format each hypervisor reads: VMDK (VMware), VHDX (Hyper-V), qcow2 (QEMU and KVM).',
    gloss: 'a file holding a VM’s virtual disk',
    taughtOn: 'VMs and containers compared',
    match: '\\bdisk images?\\b|\\bVMDK\\b|\\bVHDX\\b|\\bqcow2\\b',
  },
} as const satisfies Record<string, GlossaryEntry>

export type TermId = keyof typeof glossary

export function isTermId(id: string): id is TermId {
  return Object.hasOwn(glossary, id)
}
