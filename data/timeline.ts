/**
 * The history of VMs and containers, as data: two lanes on one time axis that meet in
 * 2017–18. Every date comes from the fact sheet (§1), each with its source; where the sheet marks a
 * date as disputed, `yearLabel` uses the wording it recommends. Drawn by components/Timeline.vue;
 * checked and laid out by composables/timeline.ts; invariants in data/timeline.test.ts.
 */
import type { ColorToken } from './layers'
import type { SourceId } from './sources'

/** Virtual machines (top lane), containers (bottom lane), or where the two meet. */
export type TimelineLane = 'vm' | 'container' | 'both'

export interface TimelineEntry {
  id: string
  /** For ordering and position on the axis: the first year the entry stands for. */
  year: number
  /** The date as shown, e.g. '1964–67', '1979 / 1982', 'March 2013'. */
  yearLabel: string
  lane: TimelineLane
  title: string
  /** One short line: what it was and why it counts. */
  detail: string
  /** The era (TimelineEra.no) whose click reveals it. */
  era: number
  source: SourceId
  /** Further sources, where the detail states more than the main source gives (e.g. a second date). */
  alsoSources?: SourceId[]
}

export interface TimelineEra {
  /** 1, 2, 3…: one click each. */
  no: number
  /** The years the era covers on the axis, inclusive. */
  from: number
  to: number
  title: string
  /** The era's point, one sentence, shown under the timeline while it is the newest. */
  point: string
}

export interface TimelineLaneInfo {
  label: string
  /** --layer-<color>-bg in styles/tokens.css: the lane wears the colour of the layer it is about. */
  color: ColorToken
}

export const timelineLanes: Record<Exclude<TimelineLane, 'both'>, TimelineLaneInfo> = {
  vm: { label: 'Virtual machines', color: 'hypervisor' },
  container: { label: 'Containers', color: 'container-runtime' },
}

export const timelineEras: TimelineEra[] = [
  {
    no: 1,
    from: 1964,
    to: 1982,
    title: 'Mainframes, and chroot',
    point: 'IBM runs many virtual machines on one mainframe; Unix gets chroot, a fence around one process’s files.',
  },
  {
    no: 2,
    from: 1999,
    to: 2006,
    title: 'x86 virtualization; OS-level isolation',
    point: 'VMware and Xen virtualize the PC in software, then the CPU helps (VT-x, AMD-V); jails, Zones and OpenVZ fence processes in one kernel.',
  },
  {
    no: 3,
    from: 2007,
    to: 2013,
    title: 'KVM, LXC, Docker',
    point: 'Linux becomes a hypervisor (KVM) and gets cgroups; LXC, then Docker, build containers from them.',
  },
  {
    no: 4,
    from: 2014,
    to: 2016,
    title: 'Orchestration, standards',
    point: 'Still two lanes: Kubernetes runs containers on many machines; the OCI standardises images.',
  },
  {
    no: 5,
    from: 2017,
    to: 2018,
    title: 'The lanes meet',
    point: 'Kata and Firecracker run containers or functions in tiny VMs; gVisor gives each sandbox a user-space kernel.',
  },
]

export const timeline: TimelineEntry[] = [
  // Virtual machines
  { id: 'cp-40', year: 1964, yearLabel: '1964–67', lane: 'vm', title: 'CP-40', detail: 'IBM: begun late 1964, in use Jan 1967; 14 VMs', era: 1, source: 'varian-vm-history', alsoSources: ['cp-cms-summaries'] },
  { id: 'cp-67', year: 1967, yearLabel: '1967–68', lane: 'vm', title: 'CP-67', detail: 'CP/CMS on the System/360 Model 67', era: 1, source: 'cp-cms-summaries' },
  { id: 'vm-370', year: 1972, yearLabel: '1972', lane: 'vm', title: 'VM/370', detail: 'IBM’s VM product, announced 2 Aug 1972', era: 1, source: 'vm370-30th' },
  { id: 'vmware-workstation', year: 1999, yearLabel: '1999', lane: 'vm', title: 'VMware Workstation', detail: 'x86 VMs with no CPU help, by binary translation', era: 2, source: 'vmware-birthday' },
  { id: 'esx-server', year: 2001, yearLabel: '2001', lane: 'vm', title: 'ESX Server', detail: 'VMware’s bare-metal (type 1) hypervisor', era: 2, source: 'vmware-history' },
  { id: 'xen', year: 2003, yearLabel: '2003', lane: 'vm', title: 'Xen', detail: 'paravirtualization, up to 100 VMs a server', era: 2, source: 'xen-paper' },
  { id: 'intel-vt-x', year: 2005, yearLabel: '2005', lane: 'vm', title: 'Intel VT-x', detail: 'hardware help for hypervisors in the CPU', era: 2, source: 'intel-vt' },
  { id: 'amd-v', year: 2006, yearLabel: '2006', lane: 'vm', title: 'AMD-V', detail: 'AMD’s hardware help, first CPUs May 2006', era: 2, source: 'amd-v' },
  { id: 'kvm', year: 2007, yearLabel: '2007', lane: 'vm', title: 'KVM', detail: 'merged Dec 2006; shipped in Linux 2.6.20, Feb 2007', era: 3, source: 'kvm-2620', alsoSources: ['kvm-merge'] },

  // Containers
  { id: 'chroot', year: 1979, yearLabel: '1979 / 1982', lane: 'container', title: 'chroot', detail: 'V7 Unix, 1979; added to BSD, 1982', era: 1, source: 'chroot-v7', alsoSources: ['jails-paper'] },
  { id: 'freebsd-jails', year: 2000, yearLabel: '2000', lane: 'container', title: 'FreeBSD jails', detail: 'confining root; FreeBSD 4.0', era: 2, source: 'jails-paper' },
  { id: 'linux-namespaces', year: 2002, yearLabel: '2002–20', lane: 'container', title: 'Linux namespaces', detail: 'mount 2002 … user 2013, cgroup 2016, time 2020', era: 2, source: 'man-namespaces' },
  { id: 'solaris-zones', year: 2004, yearLabel: '2004', lane: 'container', title: 'Solaris Zones', detail: 'in Solaris 10, announced Nov 2004', era: 2, source: 'solaris10-launch', alsoSources: ['zones-paper'] },
  { id: 'openvz', year: 2005, yearLabel: '2005', lane: 'container', title: 'OpenVZ', detail: 'Virtuozzo’s core, released under the GPL', era: 2, source: 'openvz-history' },
  { id: 'cgroups', year: 2008, yearLabel: '2008', lane: 'container', title: 'cgroups', detail: 'resource limits, Linux 2.6.24', era: 3, source: 'man-cgroups' },
  { id: 'lxc', year: 2008, yearLabel: '2008', lane: 'container', title: 'LXC', detail: 'first commit Aug 2008; 1.0 in 2014', era: 3, source: 'lxc-git' },
  { id: 'docker', year: 2013, yearLabel: 'March 2013', lane: 'container', title: 'Docker', detail: 'images, a registry, an easy CLI; ran on LXC until 2014', era: 3, source: 'docker-changelog' },

  { id: 'kubernetes', year: 2014, yearLabel: '2014', lane: 'container', title: 'Kubernetes', detail: 'first public commit June 2014; 1.0 in 2015', era: 4, source: 'k8s-10-years' },
  { id: 'oci', year: 2015, yearLabel: '2015', lane: 'container', title: 'OCI founded', detail: 'founded June 2015; image and runtime specs 1.0 in July 2017', era: 4, source: 'oci-v1' },

  // Where the lanes meet
  { id: 'kata-containers', year: 2017, yearLabel: '2017', lane: 'both', title: 'Kata', detail: 'each pod (group of containers) in its own VM', era: 5, source: 'kata-announce', alsoSources: ['kata-kubernetes'] },
  { id: 'gvisor', year: 2018, yearLabel: '2018', lane: 'both', title: 'gVisor', detail: 'a user-space kernel per sandbox, not a VM (runsc)', era: 5, source: 'gvisor-launch', alsoSources: ['gvisor-docs'] },
  { id: 'firecracker', year: 2018, yearLabel: '2018', lane: 'both', title: 'Firecracker', detail: 'AWS’s tiny, fast-starting VMs; open source Nov 2018', era: 5, source: 'firecracker-repo' },
]
