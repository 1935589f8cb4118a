/**
 * Every source the deck cites, once. Data entries (timeline, comparison, numbers) point here by
 * id; the references slide lists them. Drawn from the project's fact sheet, which checked them.
 */
export interface Source {
  /** Who wrote or published it. */
  by: string
  title: string
  /** Venue, publisher or document, with the date. */
  where: string
  url?: string
}

export const sources = {
  'varian-vm-history': { by: 'M. Varian', title: 'VM and the VM Community: Past, Present, and Future', where: 'SHARE 89, 1989/1997' },
  'cp-cms-summaries': { by: 'Computer History Wiki and others', title: 'CP-40 and CP/CMS', where: 'summaries of R. J. Creasy, IBM J. R&D 25(5), 1981', url: 'https://gunkies.org/w/index.php?title=CP_operating_system' },
  'vm370-30th': { by: 'linux-390 mailing list', title: 'Happy 30th Birthday, VM! (VM/370 announced 2 Aug 1972)', where: 'Aug 2002' },
  'goldberg-thesis': { by: 'R. P. Goldberg', title: 'Architectural Principles for Virtual Computer Systems', where: 'Harvard PhD thesis, DTIC AD0772809, Feb 1973' },
  'popek-goldberg': { by: 'G. J. Popek, R. P. Goldberg', title: 'Formal Requirements for Virtualizable Third Generation Architectures', where: 'CACM 17(7), July 1974' },
  'chroot-v7': { by: 'W. Losh', title: 'Whither chroot?', where: 'blog, June 2020 (V7 Unix, 1979)', url: 'https://bsdimp.blogspot.com/2020/06/whither-chroot.html' },
  'jails-paper': { by: 'P.-H. Kamp, R. N. M. Watson', title: 'Jails: Confining the omnipotent root', where: 'SANE 2000', url: 'https://papers.freebsd.org/2000/phk-jails/' },
  'vmware-workstation': { by: 'E. Bugnion et al.', title: 'Bringing Virtualization to the x86 Architecture with the Original VMware Workstation', where: 'ACM TOCS 30(4), 2012' },
  'vmware-birthday': { by: 'virtualization.info', title: 'Happy Birthday VMware! (VMware for Linux 1.0, 15 May 1999)', where: 'May 2008' },
  'robin-irvine': { by: 'J. S. Robin, C. E. Irvine', title: 'Analysis of the Intel Pentium’s Ability to Support a Secure Virtual Machine Monitor', where: 'USENIX Security 2000' },
  'vmware-history': { by: 'E. Siebert', title: 'A brief history of VMware', where: 'TechTarget' },
  'xen-paper': { by: 'P. Barham et al.', title: 'Xen and the Art of Virtualization', where: 'SOSP 2003, pp. 164–177' },
  'zones-paper': { by: 'D. Price, A. Tucker', title: 'Solaris Zones: Operating System Support for Consolidating Commercial Workloads', where: 'LISA ’04' },
  'zones-history': { by: 'O’Reilly', title: 'Oracle Solaris 11 System Virtualization Essentials, ch. 3 (Zones beta Feb 2004, GA Jan 2005)', where: '2013' },
  'openvz-history': { by: 'OpenVZ wiki', title: 'History', where: 'wiki.openvz.org', url: 'https://wiki.openvz.org/History' },
  'intel-vt': { by: 'Hardware Secrets; Nikkei ITpro', title: 'Intel VT launch: Pentium 4 662/672', where: 'Nov 2005' },
  'amd-v': { by: 'CRN', title: 'AMD Unveils Virtualization Technology (Pacifica); first AMD-V CPUs May 2006', where: '2005–2006' },
  'man-namespaces': { by: 'M. Kerrisk (Linux man-pages)', title: 'namespaces(7), clone(2), unshare(2)', where: 'man-pages, 2021', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' },
  'man-cgroups': { by: 'M. Kerrisk (Linux man-pages)', title: 'cgroups(7)', where: 'man-pages, 2021', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  'kvm-2620': { by: 'Practical Technology', title: 'Super Kernel Sunday: Linux 2.6.20', where: '5 Feb 2007' },
  'lxc-git': { by: 'LXC project', title: 'LXC git history (first commit 6 Aug 2008; LXC 1.0, 20 Feb 2014)', where: 'github.com/lxc/lxc', url: 'https://github.com/lxc/lxc' },
  'docker-changelog': { by: 'Docker', title: 'CHANGELOG: 0.1.0 (2013-03-23); 0.9.0 (2014-03-10)', where: 'moby/moby repository' },
  'docker-pycon': { by: 'S. Hykes', title: 'The future of Linux Containers (lightning talk)', where: 'PyCon US, March 2013' },
  'k8s-10-years': { by: 'Kubernetes', title: '10 Years of Kubernetes', where: 'kubernetes.io blog, 6 Jun 2024', url: 'https://kubernetes.io/blog/2024/06/06/10-years-of-kubernetes/' },
  'k8s-birthday': { by: 'CNCF', title: 'Happy 1st Birthday Kubernetes (v1.0, 21 Jul 2015)', where: 'cncf.io blog, Jul 2016' },
  'firecracker-faq': { by: 'Firecracker project', title: 'FAQ', where: 'github.com/firecracker-microvm/firecracker', url: 'https://github.com/firecracker-microvm/firecracker/blob/main/FAQ.md' },
  'oci-v1': { by: 'Docker / Linux Foundation', title: 'OCI v1.0 runtime and image format specifications (19 Jul 2017)', where: 'linux.com, Jul 2017' },
  'docker-1-11': { by: 'Docker', title: 'Docker 1.11: the first runtime built on containerd and based on OCI technology', where: 'docker.com blog, Apr 2016' },
  'gvisor-launch': { by: 'LWN', title: 'Google launches the gVisor container runtime', where: 'May 2018', url: 'https://lwn.net/Articles/753324/' },
  'firecracker-repo': { by: 'Firecracker project', title: 'Repository and tags (first commit 23 Oct 2017; v0.11.0 23 Nov 2018)', where: 'github.com/firecracker-microvm/firecracker' },
  'lightvm': { by: 'F. Manco et al.', title: 'My VM is Lighter (and Safer) than your Container', where: 'SOSP 2017' },
  'firecracker-paper': { by: 'A. Agache et al.', title: 'Firecracker: Lightweight Virtualization for Serverless Applications', where: 'NSDI 2020' },
  'virtualbox-boot': { by: 'decodednode.com', title: 'Ubuntu 20.10 boot time in VirtualBox', where: 'Feb 2021' },
  'depot-microvm': { by: 'Depot', title: 'How we got microVMs booting in under a second', where: 'engineering blog' },
  'firecracker-spec': { by: 'Firecracker project', title: 'SPECIFICATION.md', where: 'github.com/firecracker-microvm/firecracker', url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md' },
  'quark-bench': { by: 'Quark Containers', title: 'Performance Test Result and Comparison (one vendor measurement)', where: 'github.com/QuarkContainer/Quark, doc/perf_test.md' },
  'docker-repo-info': { by: 'Docker official images', title: 'repo-info: alpine 3.22, ubuntu 24.04, debian 13-slim', where: 'github.com/docker-library/repo-info, Aug–Sep 2026' },
  'hyperv-gallery': { by: 'Microsoft', title: 'Hyper-V Quick Create gallery entry for Ubuntu 24.04', where: 'gallery JSON (mirror)' },
  'docker-desktop-linux': { by: 'Docker', title: 'Docker Desktop for Linux FAQ: why does it run a VM?', where: 'docs.docker.com' },
  'felter-ibm': { by: 'W. Felter et al. (IBM Research)', title: 'An Updated Performance Comparison of Virtual Machines and Linux Containers', where: 'IBM RC25482, 2014; IEEE ISPASS 2015' },
  'lin-container-security': { by: 'X. Lin et al.', title: 'A Measurement Study on Linux Container Security: Attacks and Countermeasures', where: '2018' },
  'docker-seccomp': { by: 'Docker', title: 'Seccomp security profiles for Docker', where: 'docs.docker.com' },
  'containers-caps': { by: 'containers/common', title: 'Rework default list of capabilities to minimal (Docker’s default: 14)', where: 'commit f39f2a3' },
  'runc-cve-2019-5736': { by: 'Kubernetes', title: 'Runc and CVE-2019-5736', where: 'kubernetes.io blog, 11 Feb 2019' },
  'docker-what-is-container': { by: 'Docker', title: 'What is a container?', where: 'docs.docker.com' },
  'docker-multi-platform': { by: 'Docker', title: 'Multi-platform builds', where: 'docs.docker.com' },
  'docker-desktop-vmm': { by: 'Docker', title: 'Docker Desktop VMM options on Mac (docs PR #21008); WSL 2 backend (PR #10093)', where: 'docker/docs' },
  'redhat-kvm': { by: 'Red Hat', title: 'What is KVM?', where: 'redhat.com' },
  'kata-hypervisors': { by: 'Kata Containers', title: 'docs/hypervisors.md', where: 'github.com/kata-containers/kata-containers' },
  'venom': { by: 'CVE', title: 'VENOM, CVE-2015-3456 (disclosed 13 May 2015)', where: 'cve.org' },
  'unshare-measured': { by: 'This deck’s fact sheet', title: 'unshare and lsns checks; five namespaces plus true: median 3.8 ms against 0.7 ms for fork and exec', where: 'util-linux 2.38.1, 2-vCPU x86-64 VM, 20 runs' },
  'rice-from-scratch': { by: 'L. Rice', title: 'Containers From Scratch (talk)', where: 'GopherCon UK 2016; GOTO Amsterdam 2018' },
  'windows-container-compat': { by: 'Microsoft', title: 'Windows container requirements and version compatibility (process isolation needs matching host and container versions)', where: 'Microsoft Virtualization-Documentation; moby/moby#27524', url: 'https://github.com/Microsoft/Virtualization-Documentation' },
  'kata-announce': { by: 'Phoronix; InfoQ', title: 'Kata Containers announced by the OpenStack Foundation (5 Dec 2017), merging Intel Clear Containers and Hyper.sh runV', where: 'Dec 2017', url: 'https://infoq.com/news/2017/12/openstack-kata-containers' },
  'dirty-cow': { by: 'Security Scientist', title: 'How does Dirty COW (CVE-2016-5195) affect container security?', where: 'answers.securityscientist.net', url: 'https://answers.securityscientist.net/q/21342/how-does-dirty-cow-affect-container-security' },
  'aws-runc-cve': { by: 'AWS', title: 'Anatomy of CVE-2019-5736: a runc container escape', where: 'AWS Compute Blog, 2019', url: 'https://aws.amazon.com/blogs/compute/anatomy-of-cve-2019-5736-a-runc-container-escape/' },
  'gke-architecture': { by: 'Google Cloud', title: 'GKE cluster architecture: nodes are Compute Engine VMs', where: 'cloud.google.com' },
  'man-syscalls': { by: 'M. Kerrisk (Linux man-pages)', title: 'syscalls(2) and intro(2): the system call is the interface between a program and the kernel', where: 'man-pages', url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html' },
  'man-user-namespaces': { by: 'M. Kerrisk (Linux man-pages)', title: 'user_namespaces(7): UID 0 inside, an unprivileged ID outside', where: 'man-pages', url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html' },
  'docker-storage-drivers': { by: 'Docker', title: 'Storage drivers: images and layers, the container layer, copy-on-write', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/storage/drivers/' },
  'docker-rootless': { by: 'Docker', title: 'Rootless mode: the daemon and containers run inside a user namespace', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/security/rootless/' },
  'docker-registry': { by: 'Docker', title: 'What is a registry? (a place to store and share images; Docker Hub is one)', where: 'docs.docker.com', url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-registry/' },
} satisfies Record<string, Source>

export type SourceId = keyof typeof sources
