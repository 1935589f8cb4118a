/**
 * The lab: a container built by hand in the live VM, one fence at a time (issue 18). Each step is
 * a short sequence of shell commands typed at the VM's console, from the host's prompt back to the
 * host's prompt; every command here was run in the committed image by `npm run vm:transcript`,
 * which records its real output in data/vm-transcript.ts (`lab`), and the unit tests check each
 * recorded output against `expect`.
 *
 * The steps run in order in one VM, from the saved state: a later step may rely on an earlier one
 * (the container's directories under /c, the web server's page). The image is the VM's own OCI
 * image (data/vm-lab-image.ts, built by `npm run vm:image`).
 */
import { vmLabImage } from './vm-lab-image'

export interface LabCommand {
  /** Exactly what is typed, without the newline. */
  command: string
  /** Where it runs: at the VM's own shell, or at a shell inside the container being built. */
  in: 'host' | 'container'
  /** What the output shows (or, with no output, what happened), in one short phrase. */
  shows: string
  /** A pattern the real output matches; what a check of the learner's terminal can look for. */
  expect?: RegExp
}

export interface LabStep {
  id: 'baseline' | 'uts' | 'pid' | 'image' | 'root' | 'network' | 'volume' | 'limit' | 'host'
  title: string
  /** The fence this step adds, in one sentence. */
  fence: string
  commands: LabCommand[]
}

const [base, app] = vmLabImage.layers as [typeof vmLabImage.layers[0], typeof vmLabImage.layers[0]]
const short = (dir: string): string => dir.split('/').at(-1)!
/** The overlay: the app layer above the base layer (lowerdir lists the top first), a writable upper layer. */
const overlay = `mount -t overlay hello -o lowerdir=${short(app.dir)}:${short(base.dir)},upperdir=/c/up,workdir=/c/work /c/root`

const host = (command: string, shows: string, expect?: RegExp): LabCommand => ({ command, in: 'host', shows, ...(expect ? { expect } : {}) })
const inside = (command: string, shows: string, expect?: RegExp): LabCommand => ({ command, in: 'container', shows, ...(expect ? { expect } : {}) })

export const labSteps: LabStep[] = [
  {
    id: 'baseline',
    title: 'A process, and what it sees',
    fence: 'None yet: an ordinary shell sees every process, the machine\'s name, its files and its network.',
    commands: [
      host('ps', 'every process on the machine, /init as PID 1', /^\s*PID\s+USER.*\n\s*1 root .*init/),
      host('hostname', 'the machine\'s name', /^vm$/),
      host('ls /', 'the machine\'s own root directory, with the lab\'s image under /images', /(?:^|\s)images(?:\s|$)/),
      host('ip link', 'the network interfaces: only the loopback', /^1: lo: /),
    ],
  },
  {
    id: 'uts',
    title: 'Its own host name (UTS namespace)',
    fence: 'A new UTS namespace: the process can rename its machine without renaming the host.',
    commands: [
      host('unshare --uts sh', 'a shell in a new UTS namespace (the prompt still says vm)'),
      inside('hostname box', 'renamed inside: the prompt now says box'),
      inside('hostname', 'inside, the name is box', /^box$/),
      inside('exit', 'back to the host'),
      host('hostname', 'outside, still vm', /^vm$/),
    ],
  },
  {
    id: 'pid',
    title: 'Its own process numbers (PID and mount namespaces)',
    fence: 'New PID and mount namespaces with a /proc of its own: the shell is PID 1 and sees only its own processes.',
    commands: [
      host('unshare --pid --fork --mount-proc sh', 'a shell in new PID and mount namespaces, with its own /proc'),
      inside('echo $$', 'the shell\'s own PID: 1', /^1$/),
      inside('ps', 'only the shell and ps: the host\'s processes are out of sight', /^\s*PID\s+USER[^\n]*\n\s*1 root\s+sh\n\s*\d+ root\s+\{ps\} sh$/),
      inside('exit', 'back to the host'),
    ],
  },
  {
    id: 'image',
    title: 'An image: layers, a manifest, digests',
    fence: 'No fence: the files a container will run from, as an OCI image with two layers.',
    commands: [
      host(`cd ${vmLabImage.dir}`, 'the image, an OCI image layout'),
      host('ls', 'blobs, index.json, oci-layout, and the layers unpacked', /blobs[\s\S]*index\.json[\s\S]*layers[\s\S]*oci-layout/),
      host('cat index.json', 'the index points at the manifest by its sha256 digest', new RegExp(vmLabImage.manifestDigest)),
      host('ls layers', 'each layer unpacked into a directory named after its digest', new RegExp(`${short(app.dir)}[\\s\\S]*${short(base.dir)}|${short(base.dir)}[\\s\\S]*${short(app.dir)}`)),
      host('sha256sum blobs/sha256/*', 'every blob\'s sha256 is its file name: content-addressed', new RegExp(`${base.digest.slice(7)}\\s+blobs/sha256/${base.digest.slice(7)}`)),
      host(`ls layers/${short(base.dir)} layers/${short(app.dir)}`, 'the base layer is a whole small root file system; the app layer adds /www and /bin/start', /www[\s\S]*etc|etc[\s\S]*www/),
      host('cd', 'back home'),
    ],
  },
  {
    id: 'root',
    title: 'Its own root: overlayfs and pivot_root',
    fence: 'A new root file system: the image\'s two layers, read-only, under a writable layer, swapped in for / with pivot_root.',
    commands: [
      host('mkdir -p /c/up /c/work /c/root', 'the container\'s writable layer (up), overlayfs\'s work directory, and where its root will be'),
      host('unshare --mount --uts --pid --fork sh', 'a shell in new mount, UTS and PID namespaces'),
      inside('hostname box', 'renamed, so the prompt tells inside from outside'),
      inside(`cd ${vmLabImage.dir}/layers`, 'to the unpacked layers'),
      inside(overlay, 'the two layers (app on top of base) read-only, with /c/up as the writable layer on top, mounted at /c/root'),
      inside('cd /c/root', 'into the new root'),
      inside('mkdir -p old', 'a place for the old root'),
      inside('pivot_root . old', 'the overlay becomes /, the old root moves to /old'),
      inside('cd /', 'to the new /'),
      inside('umount -l /old', 'the host\'s files detached: nothing outside the image is reachable now'),
      inside('ls /', 'the image\'s root: the app layer\'s www beside the base layer\'s bin and etc', /^bin\s[\s\S]*\sold\s[\s\S]*\swww$/),
      inside('echo hello > /root/note.txt', 'a file written inside the container'),
      inside('exit', 'back to the host; the container\'s mounts go with it'),
      host('ls /c/up /c/up/root', 'the file landed in the writable layer', /note\.txt/),
      host(`ls -A ${base.dir}/root`, 'the image\'s base layer is untouched: its /root is still empty', /^$/),
    ],
  },
  {
    id: 'network',
    title: 'Its own network: a veth pair',
    fence: 'A new network namespace, joined to the host by a veth pair (a virtual cable), with an address at each end.',
    commands: [
      host('unshare --net --uts sleep 1d &', 'a container process in new network and UTS namespaces, in the background'),
      host('P=$!', 'remember its PID'),
      host('ip link add veth-host type veth', 'a veth pair, both ends on the host for now: veth-host, and its peer, which the kernel names veth0'),
      host('ip link', 'the pair: veth-host and veth0', /veth0@veth-host[\s\S]*veth-host@veth0|veth-host@veth0[\s\S]*veth0@veth-host/),
      host('ip link set veth0 netns $P', 'one end into the container\'s network namespace: it leaves the host\'s list'),
      host('ip addr add 10.0.0.1/24 dev veth-host', 'the host\'s end gets an address'),
      host('ip link set veth-host up', 'and is switched on'),
      host('nsenter -t $P -n -u sh', 'a shell inside the container\'s network and UTS namespaces'),
      inside('hostname box', 'renamed, so the prompt tells inside from outside'),
      inside('ip link set lo up', 'the container\'s own loopback, switched on'),
      inside('ip link set veth0 name eth0', 'renamed eth0, as Docker names a container\'s end'),
      inside('ip addr add 10.0.0.2/24 dev eth0', 'the container\'s end gets an address'),
      inside('ip link set eth0 up', 'and is switched on'),
      inside('ip addr', 'inside: only lo and eth0 (10.0.0.2); the host\'s interfaces are not here', /^1: lo: [\s\S]*eth0@[\s\S]*inet 10\.0\.0\.2\/24/),
      inside('ping -c 2 10.0.0.1', 'the host answers across the cable', /2 packets transmitted, 2 packets received/),
      inside(`httpd -p 80 -h ${app.dir}/www`, 'a web server inside the container, on port 80 of its own address'),
      inside('exit', 'back to the host (the server runs on)'),
      host('wget -qO- http://10.0.0.2/', 'from the host, the container\'s web page, at the container\'s address', /Hello from a container/),
      host('kill $P', 'the sleep ends; the server still holds the namespace, and its address'),
    ],
  },
  {
    id: 'volume',
    title: 'A volume: data that outlives the container',
    fence: 'A host directory bind-mounted into the container\'s root: what is written there stays when the container is removed.',
    commands: [
      host('mkdir -p /srv/data /c/up /c/work', 'the volume on the host, and a writable layer'),
      host('unshare --mount --uts --pid --fork sh', 'a new container\'s shell'),
      inside('hostname box', 'renamed'),
      inside(`cd ${vmLabImage.dir}/layers`, 'to the layers'),
      inside(overlay, 'the same image, stacked again'),
      inside('mkdir -p /c/root/data', 'a mount point for the volume'),
      inside('mount --bind /srv/data /c/root/data', 'the host directory appears inside the container\'s root'),
      inside('cd /c/root', 'into the new root'),
      inside('mkdir -p old', 'a place for the old root'),
      inside('pivot_root . old', 'switch to it'),
      inside('umount -l /old', 'and detach the host\'s files'),
      inside('echo kept > /data/volume.txt', 'written to the volume'),
      inside('echo lost > /root/layer.txt', 'written to the container\'s own writable layer'),
      inside('exit', 'the container stops'),
      host('rm -rf /c/up /c/work', 'the container is removed, with its writable layer (as docker rm does)'),
      host('cat /srv/data/volume.txt', 'the volume\'s data survives', /^kept$/),
      host('ls /c', 'the writable layer is gone', /^root$/),
    ],
  },
  {
    id: 'limit',
    title: 'A limit that bites: cgroup v2',
    fence: 'A control group caps processes and memory: the kernel refuses a fork past pids.max, and kills a process past memory.max.',
    commands: [
      host('mkdir /sys/fs/cgroup/lab', 'a new control group'),
      host('echo 3 > /sys/fs/cgroup/lab/pids.max', 'at most 3 processes'),
      host('echo 8M > /sys/fs/cgroup/lab/memory.max', 'at most 8 MiB of memory'),
      host('sh', 'a new shell, to put in the group'),
      host('echo $$ > /sys/fs/cgroup/lab/cgroup.procs', 'the shell joins the group'),
      host('dd if=/dev/zero of=/dev/null bs=16M count=1', 'dd asks for 16 MiB: the kernel kills it', /Killed/),
      host('sleep 1 & sleep 1 & sleep 1 &', 'two sleeps start; the third fork is refused', /can't fork/),
      host('exit', 'back to the shell outside the group'),
      host('cat /sys/fs/cgroup/lab/pids.events', 'how often the process limit was hit', /^max [1-9]/),
      host('dmesg | grep -i "out of memory"', 'the kernel\'s log: the memory controller killed dd', /Memory cgroup out of memory: Killed process \d+ \(dd\)/),
    ],
  },
  {
    id: 'host',
    title: 'The container, seen from the host',
    fence: 'No new fence: the container\'s process is an ordinary process of the host, and the host can step into its namespaces.',
    commands: [
      host('unshare --pid --fork --mount-proc --uts sleep 2d &', 'a container in the background'),
      host('ps -o pid,comm | grep sleep', 'the host lists the container\'s process under an ordinary PID', /^\s*\d+ sleep/),
      host('readlink /proc/$$/ns/pid; readlink /proc/$(pidof sleep)/ns/pid', 'two different PID namespaces: the host shell\'s and the container\'s', /^pid:\[(\d+)\]\npid:\[(?!\1)\d+\]$/),
      host('nsenter -t $(pidof sleep) -p -m -u sh', 'a shell inside the container\'s namespaces, as docker exec does'),
      inside('ps', 'inside, the same sleep is PID 1', /^\s*PID\s+USER[^\n]*\n\s*1 root\s+sleep 2d/),
      inside('exit', 'back to the host'),
    ],
  },
]
