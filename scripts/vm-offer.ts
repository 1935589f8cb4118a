/**
 * public/vm/licenses/WRITTEN-OFFER.md, written by `npm run vm:image` from the lock, so that the
 * versions it names are always the ones the image is built from.
 */
import type { VmImageLock } from '../data/vm-image'
import { sourcePackages } from '../data/vm-image'

export function writtenOffer(lock: VmImageLock, imageVersion: string): string {
  const binaries = lock.packages
    .map(p => `- \`${p.name}\` ${p.version} (${p.arch}); ${p.role}; from the source packages ${p.sources.map(s => `${s.name} ${s.version}`).join(' and ')}`)
  const k = lock.kernelSource
  const sources = sourcePackages({ ...lock, kernelSource: { ...k, sources: [] } })
    .map(s => `- ${s.name} ${s.version}: https://snapshot.debian.org/package/${s.name}/${s.version.replace(/^\d+:/, '')}/`)
  return `# Written offer for the source code of the live VM's binaries

The deck's live VM (image ${imageVersion}, the files in \`public/vm/\` and any copy of them in a built
site, including the saved state \`state.bin.zst\`, which holds the same programs in the guest's memory)
contains binaries licensed under the GNU General Public License version 2 (the Linux kernel, BusyBox)
and the GNU Lesser General Public License (SeaBIOS, LGPL-3.0; the GNU C Library, LGPL-2.1+, linked
statically into BusyBox).

The kernel (\`bzImage\`) is built by this project from Debian's kernel source, unmodified:
\`${k.name}\` ${k.version} (${k.filename}, ${k.size} bytes, sha256 ${k.sha256}), from the
Debian source package ${k.sources.map(s => `${s.name} ${s.version}`).join(' and ')}, configured with \`make ARCH=i386 tinyconfig\`
plus the fragment \`kernel.config\` (in this directory; the whole resolved configuration is
\`linux.config\`) and built by \`scripts/vm-kernel.ts\` (\`npm run vm:kernel\`).

The other binaries are unmodified binaries from Debian 12 (${lock.suite}):

${binaries.join('\n')}

## The offer

For at least three years from the date you received this deck, and for as long as the deck's
maintainers distribute it, the maintainers of this deck will give anyone who asks a complete,
machine-readable copy of the corresponding source code of these binaries — the Debian source
packages listed below, exactly these versions — on a medium customarily used for software
interchange or as a download, for a charge no more than the cost of physically performing the
distribution. Ask the maintainers through the repository you received the deck from.

The corresponding source is:

- for the kernel: the package \`${k.name}\` ${k.version} itself (its \`usr/src/${k.name}.tar.xz\` is the
  complete kernel source with Debian's patches applied), https://snapshot.debian.org/package/${k.sources[0]!.name}/${k.sources[0]!.version}/,
  with the configuration and build script named above;
${sources.join('\n')}

together with the scripts that build the kernel and the image (\`scripts/vm-kernel.ts\`,
\`scripts/vm-kernel/kernel.config\`, \`scripts/kernel-config.ts\`, \`scripts/vm-image.ts\`,
\`scripts/cpio.ts\`, \`scripts/oci-image.ts\`, \`scripts/vm-rootfs/\`, \`scripts/vm-oci/\`,
\`scripts/vm-state.ts\`, \`data/vm-image.ts\`, \`data/vm-image.lock.json\`), which are part of this
deck's repository.

## Getting the source yourself

\`npm run vm:sources\` downloads exactly these: the \`${k.name}\` ${k.version} package, its sha256
checked (${(k.size / 1e6).toFixed(0)} MB), and the other source packages from Debian's archive (\`apt-get source --download-only
NAME=VERSION\` with a private APT configuration; about 25 MB); \`-- --dry-run\` lists the files and sizes. Once a version has left Debian's
mirror, Debian's snapshot archive keeps it at the addresses above.

## Licence texts

The Debian \`copyright\` files in this directory (\`*.copyright\`) give each package's authors and
licences; the full texts of the GPL-2.0, the LGPL-2.1, the LGPL-3.0 and the GPL-3.0 it builds on are
here too (\`GPL-2\`, \`LGPL-2.1\`, \`LGPL-3\`, \`GPL-3\`, copied from Debian's \`/usr/share/common-licenses/\`). The emulator, v86, is under the BSD 2-Clause licence
(\`v86.LICENSE\`).
`
}
