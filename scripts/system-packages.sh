#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Install the Debian packages messenger needs: "app" for running it, "test" for
# the whole test suite (real Prosody, Dovecot, Xvfb, D-Bus, gnome-keyring).
# Skips apt entirely when everything is already installed.
set -euo pipefail

APP_PACKAGES=(
  python3 python3-venv python3-pip
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxss1
  gnome-keyring
)
TEST_PACKAGES=(
  "${APP_PACKAGES[@]}"
  prosody lua-unbound lua-dbi-sqlite3
  dovecot-imapd dovecot-lmtpd
  xvfb xauth dbus dbus-x11 openssl procps
  trayer dunst xdotool
  # Packaging: validators of the desktop file and the AppStream metainfo, and
  # readelf for the .deb's Depends (packaging/linux/deb_depends.py).
  appstream desktop-file-utils binutils
  # Arabic (also in italics) for the right-to-left tests and screenshots.
  fonts-noto-ui-core
)

case "${1:-app}" in
  app) packages=("${APP_PACKAGES[@]}") ;;
  test) packages=("${TEST_PACKAGES[@]}") ;;
  *) echo "usage: $0 [app|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# Installing a server package must not start its system-wide service (it would
# listen on every interface); the tests run their own instances on 127.0.0.1.
if [ "${1:-app}" = test ] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
fi
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
