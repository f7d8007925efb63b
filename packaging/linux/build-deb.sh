#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Build the .deb from the PyInstaller bundle:
#   packaging/linux/build-deb.sh [OUT] [BUNDLE]
# OUT defaults to build/deb; BUNDLE to a fresh packaging/pyinstaller/build.sh
# into OUT/pyinstaller. Prints the path of OUT/messenger_<version>_<arch>.deb.
#
# Layout: the bundle under /opt/messenger, /usr/bin/messenger (a link to its
# executable; the bootloader finds its files through /proc/self/exe), the
# desktop file, the AppStream metainfo and the hicolor icons (PNG sizes and
# SVG) under /usr/share. Depends: packaging/linux/deb_depends.py (why: there).
# No maintainer scripts: Debian's triggers refresh the icon cache and the
# desktop database (hicolor-icon-theme, desktop-file-utils) when installed.
# gzip, not xz: about 25 s instead of 66 s for ~70 MB compressed.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p "${1:-build/deb}"
OUT=$(cd "${1:-build/deb}" && pwd)
PYTHON="${PYTHON:-python3}"
if [ -n "${2:-}" ]; then
  BUNDLE=$(cd "$2" && pwd)
else
  packaging/pyinstaller/build.sh "$OUT/pyinstaller" >/dev/null
  BUNDLE="$OUT/pyinstaller/dist/messenger"
fi
[ -x "$BUNDLE/messenger" ] || { echo "no bundle at $BUNDLE" >&2; exit 1; }

APP_ID=org.messenger.Messenger
# PEP 440 -> Debian: 0.1.0.dev0 -> 0.1.0~dev0 (sorts before 0.1.0).
py_version=$("$BUNDLE/messenger" --version | awk '{print $2}')
version=$(printf '%s' "$py_version" | sed -E 's/\.?(dev|a|b|rc)([0-9]*)/~\1\2/')
arch=$(dpkg --print-architecture)

stage="$OUT/root"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" \
  "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
  "$stage/usr/share/icons" "$stage/usr/share/doc/messenger"
cp -a "$BUNDLE" "$stage/opt/messenger"
ln -s /opt/messenger/messenger "$stage/usr/bin/messenger"
install -m 644 "resources/desktop/$APP_ID.desktop" "$stage/usr/share/applications/"
install -m 644 "resources/desktop/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/"
# The icons need PySide6: the bundle's build venv, else the development one.
qt_python=$PYTHON
for candidate in "$OUT/pyinstaller/venv/bin/python" .venv/bin/python; do
  if [ -x "$candidate" ]; then qt_python=$candidate; break; fi
done
"$qt_python" packaging/render_icons.py "$OUT/icons" >/dev/null
cp -r "$OUT/icons/hicolor" "$stage/usr/share/icons/"
cat > "$stage/usr/share/doc/messenger/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: messenger
Files: *
Copyright: The messenger developers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3. The bundle under
 /opt/messenger also contains Python, Qt (LGPL-3.0) and other libraries under
 their own licenses.
COPYRIGHT

depends=$("$PYTHON" packaging/linux/deb_depends.py "$stage/opt/messenger")
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: messenger
Version: $version
Architecture: $arch
Maintainer: The messenger developers <noreply@messenger.invalid>
Installed-Size: $installed_size
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, dbus-user-session | dbus-x11
Section: net
Priority: optional
Description: instant messenger for XMPP and chat over e-mail
 A desktop instant messenger with a classic buddy list, chat windows and a
 tray icon. It speaks XMPP and carries chats over e-mail; several UIs can
 attach to one running session. This package is a self-contained bundle
 (Python, Qt) under /opt/messenger.
CONTROL

deb="$OUT/messenger_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb"
