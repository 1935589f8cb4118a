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
  /** Where to follow it: an https address (a DOI as https://doi.org/…). Shown and linked on the references slides. */
  url: string
}

export const sources = {
  'varian-vm-history': { by: 'M. Varian', title: 'VM and the VM Community: Past, Present, and Future', where: 'SHARE 89, 1989/1997', url: 'https://www.leeandmelindavarian.com/Melinda/neuvm.pdf' },
  'cp-cms-summaries': { by: 'Computer History Wiki and others', title: 'CP-40 and CP/CMS', where: 'summaries of R. J. Creasy, IBM J. R&D 25(5), 1981', url: 'https://gunkies.org/w/index.php?title=CP_operating_system' },
  'vm370-30th': { by: 'linux-390 mailing list', title: 'Happy 30th Birthday, VM! (VM/370 announced 2 Aug 1972)', where: 'Aug 2002', url: 'https://www.mail-archive.com/search?l=linux-390%40vm.marist.edu&q=subject%3A%22Happy+30th+Birthday%2C+VM%5C%21%22' },
  'goldberg-thesis': { by: 'R. P. Goldberg', title: 'Architectural Principles for Virtual Computer Systems', where: 'Harvard PhD thesis, DTIC AD0772809, Feb 1973', url: 'https://apps.dtic.mil/sti/citations/AD0772809' },
  'popek-goldberg': { by: 'G. J. Popek, R. P. Goldberg', title: 'Formal Requirements for Virtualizable Third Generation Architectures', where: 'CACM 17(7), July 1974', url: 'https://doi.org/10.1145/361011.361073' },
  'chroot-v7': { by: 'W. Losh', title: 'Whither chroot? (chroot in V7 Unix, 1979)', where: 'bsdimp.blogspot.com, June 2020', url: 'https://bsdimp.blogspot.com/2020/06/whither-chroot.html' },
  'jails-paper': { by: 'P.-H. Kamp, R. N. M. Watson', title: 'Jails: Confining the omnipotent root', where: 'SANE 2000', url: 'https://papers.freebsd.org/2000/phk-jails/' },
  'vmware-workstation': { by: 'E. Bugnion et al.', title: 'Bringing Virtualization to the x86 Architecture with the Original VMware Workstation', where: 'ACM TOCS 30(4), 2012', url: 'https://doi.org/10.1145/2382553.2382554' },
  'vmware-birthday': { by: 'virtualization.info', title: 'Happy Birthday VMware! (VMware for Linux 1.0, 15 May 1999)', where: 'May 2008', url: 'https://www.virtualization.info/2008/05/15/happy-birthday-vmware/' },
  'robin-irvine': { by: 'J. S. Robin, C. E. Irvine', title: 'Analysis of the Intel Pentium’s Ability to Support a Secure Virtual Machine Monitor', where: 'USENIX Security 2000', url: 'https://www.usenix.org/legacy/events/sec00/full_papers/robin/robin_html/index.html' },
  'vmware-history': { by: 'E. Siebert', title: 'A brief history of VMware (ESX 1.0 and GSX 1.0, 2001)', where: 'TechTarget IT Knowledge Exchange', url: 'https://itknowledgeexchange.techtarget.com/virtualization-pro/a-brief-history-of-vmware-2/' },
  'xen-paper': { by: 'P. Barham et al.', title: 'Xen and the Art of Virtualization', where: 'SOSP 2003, pp. 164–177', url: 'https://doi.org/10.1145/945445.945462' },
  'zones-paper': { by: 'D. Price, A. Tucker', title: 'Solaris Zones: Operating System Support for Consolidating Commercial Workloads', where: 'USENIX LISA ’04, Nov 2004', url: 'https://www.usenix.org/legacy/publications/library/proceedings/lisa04/tech/full_papers/price/price.pdf' },
  'solaris10-launch': { by: 'OSNews', title: 'Sun’s Solaris 10 Launch: The Good, The Bad, and the Ugly (launched 15 Nov 2004, with Solaris Containers)', where: 'OSNews, Nov 2004', url: 'https://www.osnews.com/story/8921/' },
  'openvz-history': { by: 'OpenVZ wiki', title: 'History', where: 'wiki.openvz.org', url: 'https://wiki.openvz.org/History' },
  'intel-vt': { by: 'H. Takahashi (Nikkei Byte)', title: 'Intel ships the Pentium 4 672 and 662 with Virtualization Technology, 15 Nov 2005 (in Japanese)', where: 'Nikkei xTECH, 15 Nov 2005', url: 'https://xtech.nikkei.com/it/article/NEWS/20051115/224618/' },
  'amd-v': { by: 'Nikkei PC', title: 'AMD’s CPU revisions: Revision F, announced May 2006 for Socket AM2, adds AMD-V (in Japanese)', where: 'Nikkei xTECH, 17 Oct 2007', url: 'https://xtech.nikkei.com/it/pc/article/NPC/20071017/284789/' },
  'man-namespaces': { by: 'M. Kerrisk (Linux man-pages)', title: 'namespaces(7), clone(2), unshare(2)', where: 'man-pages, 2021', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' },
  'man-cgroups': { by: 'M. Kerrisk (Linux man-pages)', title: 'cgroups(7)', where: 'man-pages, 2021', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  'kvm-2620': { by: 'S. J. Vaughan-Nichols (Practical Technology)', title: 'Super Kernel Sunday score: Linux 2.6.20, Vista 1.0 (2.6.20 released, with KVM)', where: 'practical-tech.com, 5 Feb 2007', url: 'https://practical-tech.com/2007/02/05/super-kernel-sunday-score-linux-2620-vista-10/' },
  'kvm-merge': { by: 'A. Kivity (Linux kernel git)', title: '[PATCH] kvm: userspace interface, commit 6aa8b732 (KVM merged, 10 Dec 2006)', where: 'git.kernel.org, torvalds/linux', url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=6aa8b732ca01c3d7a54e93f4d701b8aabbe60fb7' },
  'lxc-git': { by: 'LXC project', title: 'LXC git history (first commit 6 Aug 2008; LXC 1.0, 20 Feb 2014)', where: 'github.com/lxc/lxc', url: 'https://github.com/lxc/lxc' },
  'docker-changelog': { by: 'Docker', title: 'CHANGELOG: 0.1.0 (2013-03-23); 0.9.0 (2014-03-10)', where: 'moby/moby repository', url: 'https://github.com/moby/moby/blob/master/CHANGELOG.md' },
  'docker-pycon': { by: 'S. Hykes', title: 'The future of Linux Containers (lightning talk)', where: 'PyCon US, March 2013', url: 'https://www.youtube.com/watch?v=wW9CAH9nSLs' },
  'k8s-10-years': { by: 'Kubernetes', title: '10 Years of Kubernetes', where: 'kubernetes.io blog, 6 Jun 2024', url: 'https://kubernetes.io/blog/2024/06/06/10-years-of-kubernetes/' },
  'k8s-birthday': { by: 'CNCF', title: 'Happy 1st Birthday Kubernetes (v1.0, 21 Jul 2015)', where: 'cncf.io blog, Jul 2016', url: 'https://www.cncf.io/blog/2016/07/21/happy-1st-birthday-kubernetes/' },
  'firecracker-faq': { by: 'Firecracker project', title: 'FAQ', where: 'github.com/firecracker-microvm/firecracker', url: 'https://github.com/firecracker-microvm/firecracker/blob/main/FAQ.md' },
  'oci-v1': { by: 'Docker / Linux Foundation', title: 'OCI v1.0 runtime and image format specifications (19 Jul 2017)', where: 'linux.com, Jul 2017', url: 'https://www.linux.com/news/docker-leads-oci-release-v10-runtime-and-image-format-specifications/' },
  'docker-1-11': { by: 'Docker', title: 'Docker 1.11: the first runtime built on containerd and based on OCI technology', where: 'docker.com blog, Apr 2016', url: 'https://www.docker.com/blog/docker-engine-1-11-runc/' },
  'gvisor-launch': { by: 'LWN', title: 'Google launches the gVisor container runtime', where: 'May 2018', url: 'https://lwn.net/Articles/753324/' },
  'firecracker-repo': { by: 'Firecracker project', title: 'Repository, tags and CHANGELOG (first commit 23 Oct 2017; v0.11.0 23 Nov 2018; emulated devices; optional PCI)', where: 'github.com/firecracker-microvm/firecracker', url: 'https://github.com/firecracker-microvm/firecracker' },
  'lightvm': { by: 'F. Manco et al.', title: 'My VM is Lighter (and Safer) than your Container', where: 'SOSP 2017', url: 'https://doi.org/10.1145/3132747.3132763' },
  'firecracker-paper': { by: 'A. Agache et al.', title: 'Firecracker: Lightweight Virtualization for Serverless Applications', where: 'NSDI 2020', url: 'https://www.usenix.org/conference/nsdi20/presentation/agache' },
  'virtualbox-boot': { by: 'decodednode.com', title: 'Ubuntu 20.10 boot time in VirtualBox', where: 'Feb 2021', url: 'https://decodednode.com/2021/02' },
  'depot-microvm': { by: 'Depot', title: 'How we got microVMs booting in under a second', where: 'engineering blog', url: 'https://depot.dev/blog/optimizing-microvm-boot-times' },
  'firecracker-spec': { by: 'Firecracker project', title: 'SPECIFICATION.md', where: 'github.com/firecracker-microvm/firecracker', url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md' },
  'quark-bench': { by: 'Quark Containers', title: 'Performance Test Result and Comparison (one vendor measurement)', where: 'github.com/QuarkContainer/Quark, doc/perf_test.md', url: 'https://github.com/QuarkContainer/Quark/blob/main/doc/perf_test.md' },
  'docker-repo-info': { by: 'Docker official images', title: 'repo-info: alpine 3.22, ubuntu 24.04, debian 13-slim', where: 'github.com/docker-library/repo-info, Aug–Sep 2026', url: 'https://github.com/docker-library/repo-info' },
  'hyperv-gallery': { by: 'Microsoft', title: 'Hyper-V Quick Create gallery entry for Ubuntu 24.04', where: 'gallery JSON (mirror)', url: 'https://raw.githubusercontent.com/ppfoong/HyperVQuickCreate_Ubuntu/refs/heads/main/HyperV_UbuntuGallery.json' },
  'docker-desktop-linux': { by: 'Docker', title: 'Docker Desktop for Linux FAQ: why does it run a VM?', where: 'docs.docker.com', url: 'https://docs.docker.com/desktop/troubleshoot-and-support/faqs/linuxfaqs/' },
  'felter-ibm': { by: 'W. Felter et al. (IBM Research)', title: 'An Updated Performance Comparison of Virtual Machines and Linux Containers', where: 'IBM RC25482, 2014; IEEE ISPASS 2015', url: 'https://doi.org/10.1109/ISPASS.2015.7095802' },
  'lin-container-security': { by: 'X. Lin et al.', title: 'A Measurement Study on Linux Container Security: Attacks and Countermeasures', where: 'ACSAC 2018', url: 'https://doi.org/10.1145/3274694.3274720' },
  'docker-seccomp': { by: 'Docker', title: 'Seccomp security profiles for Docker', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/security/seccomp/' },
  'containers-caps': { by: 'containers/common', title: 'Rework default list of capabilities to minimal (Docker’s default: 14)', where: 'commit f39f2a3', url: 'https://github.com/containers/common/commit/f39f2a3f8c7680b9e456b9d235570e511807d6c6' },
  'runc-cve-2019-5736': { by: 'Kubernetes', title: 'Runc and CVE-2019-5736', where: 'kubernetes.io blog, 11 Feb 2019', url: 'https://kubernetes.io/blog/2019/02/11/runc-and-cve-2019-5736/' },
  'docker-what-is-container': { by: 'Docker', title: 'What is a container?', where: 'docs.docker.com', url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/' },
  'docker-multi-platform': { by: 'Docker', title: 'Multi-platform builds', where: 'docs.docker.com', url: 'https://docs.docker.com/build/building/multi-platform/' },
  'docker-desktop-vmm': { by: 'Docker', title: 'Docker Desktop VMM options on Mac (docs PR #21008); WSL 2 backend (PR #10093)', where: 'github.com/docker/docs', url: 'https://github.com/docker/docs/pull/21008' },
  'redhat-kvm': { by: 'Red Hat', title: 'What is KVM?', where: 'redhat.com', url: 'https://www.redhat.com/en/topics/virtualization/what-is-KVM' },
  'kata-hypervisors': { by: 'Kata Containers', title: 'docs/hypervisors.md', where: 'github.com/kata-containers/kata-containers', url: 'https://github.com/kata-containers/kata-containers/blob/main/docs/hypervisors.md' },
  'venom': { by: 'NIST National Vulnerability Database', title: 'CVE-2015-3456 (VENOM): QEMU’s floppy controller lets a guest cause a denial of service or possibly execute arbitrary code', where: 'NVD, published 13 May 2015', url: 'https://nvd.nist.gov/vuln/detail/CVE-2015-3456' },
  'unshare-measured': { by: 'Measured for this deck', title: 'Measured with unshare(1) (linked) for this deck: five namespaces plus true, median 3.8 ms against 0.7 ms for fork and exec', where: 'util-linux 2.38.1, 2-vCPU x86-64 VM, 20 runs', url: 'https://man7.org/linux/man-pages/man1/unshare.1.html' },
  'rice-from-scratch': { by: 'L. Rice', title: 'Containers From Scratch (talk)', where: 'GopherCon UK 2016; GOTO Amsterdam 2018', url: 'https://www.gophercon.co.uk/videos/2016/what-is-a-container/' },
  'windows-container-compat': { by: 'Microsoft', title: 'Windows container version compatibility (process isolation: versions must match, with documented exceptions)', where: 'learn.microsoft.com', url: 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/deploy-containers/version-compatibility' },
  'kata-announce': { by: 'Phoronix; InfoQ', title: 'Kata Containers announced by the OpenStack Foundation (5 Dec 2017), merging Intel Clear Containers and Hyper.sh runV', where: 'Dec 2017', url: 'https://infoq.com/news/2017/12/openstack-kata-containers' },
  'dirty-cow': { by: 'Security Scientist', title: 'How does Dirty COW (CVE-2016-5195) affect container security?', where: 'answers.securityscientist.net', url: 'https://answers.securityscientist.net/q/21342/how-does-dirty-cow-affect-container-security' },
  'aws-runc-cve': { by: 'AWS', title: 'Anatomy of CVE-2019-5736: a runc container escape', where: 'AWS Compute Blog, 2019', url: 'https://aws.amazon.com/blogs/compute/anatomy-of-cve-2019-5736-a-runc-container-escape/' },
  'gke-architecture': { by: 'Google Cloud', title: 'GKE cluster architecture: nodes are Compute Engine VMs', where: 'cloud.google.com', url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-architecture' },
  'adams-agesen': { by: 'K. Adams, O. Agesen (VMware)', title: 'A Comparison of Software and Hardware Techniques for x86 Virtualization', where: 'ASPLOS 2006', url: 'https://doi.org/10.1145/1168857.1168860' },
  'vmware-ept': { by: 'VMware Performance team', title: 'Performance Evaluation of Intel EPT Hardware Assist (nested paging, after AMD RVI)', where: 'VMware VROOM! blog, Mar 2009', url: 'https://blogs.vmware.com/performance/2009/03/performance-evaluation-of-intel-ept-hardware-assist.html' },
  'man-lsns': { by: 'util-linux', title: 'lsns(8): PID is the lowest PID in the namespace; namespaces without processes are not seen', where: 'util-linux 2.38.1 man page, 2022', url: 'https://man7.org/linux/man-pages/man8/lsns.8.html' },
  'docker-containerd-store': { by: 'Docker', title: 'containerd image store (default for fresh installs of Docker Engine 29 and Docker Desktop 4.34)', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/storage/containerd/' },
  'docker-live-restore': { by: 'Docker', title: 'Live restore: keep containers alive during daemon downtime', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/daemon/live-restore/' },
  'xsa-254': { by: 'Xen Project', title: 'XSA-254: Spectre and Meltdown (Meltdown reaches other guests only from 64-bit PV guests)', where: 'xenbits.xen.org, Jan 2018', url: 'https://xenbits.xen.org/xsa/advisory-254.html' },
  'l1tf-kernel': { by: 'Linux kernel documentation', title: 'L1TF: L1 Terminal Fault (guests can attack the host and other guests)', where: 'kernel.org admin guide', url: 'https://www.kernel.org/doc/html/latest/admin-guide/hw-vuln/l1tf.html' },
  'kata-kubernetes': { by: 'Kata Containers', title: 'Kubernetes support: one VM per pod (docs/design/architecture/kubernetes.md)', where: 'github.com/kata-containers', url: 'https://github.com/kata-containers/kata-containers/blob/main/docs/design/architecture/kubernetes.md' },
  'gvisor-docs': { by: 'gVisor', title: 'What is gVisor? (an application kernel, not a VM)', where: 'gvisor.dev', url: 'https://gvisor.dev/docs/' },
  'firecracker-containerd': { by: 'Firecracker project', title: 'firecracker-containerd: run containers inside Firecracker microVMs', where: 'github.com/firecracker-microvm', url: 'https://github.com/firecracker-microvm/firecracker-containerd' },
  'docker-manifest-v2': { by: 'CNCF Distribution', title: 'Image Manifest Version 2, Schema 2 (Docker’s image format)', where: 'distribution.github.io', url: 'https://distribution.github.io/distribution/spec/manifest-v2-2/' },
  'v86': { by: 'The v86 contributors', title: 'v86 README: emulates an x86-compatible CPU and hardware; machine code is translated to WebAssembly at run time (npm v86 0.5.462)', where: 'github.com/copy/v86', url: 'https://github.com/copy/v86' },
  'man-syscalls': { by: 'M. Kerrisk (Linux man-pages)', title: 'syscalls(2) and intro(2): the system call is the interface between a program and the kernel', where: 'man-pages', url: 'https://man7.org/linux/man-pages/man2/syscalls.2.html' },
  'man-user-namespaces': { by: 'M. Kerrisk (Linux man-pages)', title: 'user_namespaces(7): UID 0 inside, an unprivileged ID outside', where: 'man-pages', url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html' },
  'docker-storage-drivers': { by: 'Docker', title: 'Storage drivers: images and layers, the container layer, copy-on-write', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/storage/drivers/' },
  'docker-rootless': { by: 'Docker', title: 'Rootless mode: the daemon and containers run inside a user namespace', where: 'docs.docker.com', url: 'https://docs.docker.com/engine/security/rootless/' },
  'docker-registry': { by: 'Docker', title: 'What is a registry? (a place to store and share images; Docker Hub is one)', where: 'docs.docker.com', url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-registry/' },
} satisfies Record<string, Source>

export type SourceId = keyof typeof sources
