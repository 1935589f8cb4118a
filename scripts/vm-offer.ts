/**
 * public/vm/licenses/WRITTEN-OFFER.md, written by `npm run vm:image` from the lock, so that the
 * versions it names are always the ones the image is built from.
 */
import type { VmImageLock } from '../data/vm-image'
import { sourcePackages } from '../data/vm-image'

export function writtenOffer(lock: VmImageLock, imageVersion: string): string {
  const binaries = lock.packages
    .map(p => `- \`${p.name}\` ${p.version} (${p.arch}); ${p.role}; from the source packages ${p.sources.map(s => `${s.name} ${s.version}`).join(' and ')}`)
  const sources = sourcePackages(lock)
    .map(s => `- ${s.name} ${s.version}: https://snapshot.debian.org/package/${s.name}/${s.version.replace(/^\d+:/, '')}/`)
  return `# Written offer for the source code of the live VM's binaries

The deck's live VM (image ${imageVersion}, the files in \`public/vm/\` and any copy of them in a built
site, including the saved state \`state.bin.zst\`, which holds the same programs in the guest's memory)
contains binaries licensed under the GNU General Public License version 2 (the Linux kernel, BusyBox)
and the GNU Lesser General Public License (SeaBIOS, LGPL-3.0; the GNU C Library, LGPL-2.1+, linked
statically into BusyBox). They are unmodified binaries from Debian 12 (${lock.suite}):

${binaries.join('\n')}

## The offer

For at least three years from the date you received this deck, and for as long as the deck's
maintainers distribute it, the maintainers of this deck will give anyone who asks a complete,
machine-readable copy of the corresponding source code of these binaries — the Debian source
packages listed below, exactly these versions — on a medium customarily used for software
interchange or as a download, for a charge no more than the cost of physically performing the
distribution. Ask the maintainers through the repository you received the deck from.

The corresponding source is:

${sources.join('\n')}

together with the scripts that build the image from the binary packages (\`scripts/vm-image.ts\`,
\`scripts/cpio.ts\`, \`scripts/vm-rootfs/\`, \`scripts/vm-state.ts\`, \`data/vm-image.ts\`,
\`data/vm-image.lock.json\`), which are part of this deck's repository.

## Getting the source yourself

\`npm run vm:sources\` downloads exactly these source packages from Debian's archive
(\`apt-get source --download-only NAME=VERSION\` with a private APT configuration; about 165 MB, of which
the kernel is 140 MB; \`-- --dry-run\` lists the files and sizes). Once a version has left Debian's
mirror, Debian's snapshot archive keeps it at the addresses above.

## Licence texts

The Debian \`copyright\` files in this directory (\`*.copyright\`) give each package's authors and
licences; the full texts of the GPL-2.0, the LGPL-2.1, the LGPL-3.0 and the GPL-3.0 it builds on are
here too (\`GPL-2\`, \`LGPL-2.1\`, \`LGPL-3\`, \`GPL-3\`, copied from Debian's \`/usr/share/common-licenses/\`). The emulator, v86, is under the BSD 2-Clause licence
(\`v86.LICENSE\`).
`
}
