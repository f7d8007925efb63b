#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# macOS app bundle and disk image (run on macOS with Python 3.11):
#   packaging/macos/build-dmg.sh
# 1. packaging/pyinstaller/build.sh: build/pyinstaller/dist/Messenger.app, whose
#    Info.plist (from messenger.spec) declares CFBundleURLTypes for xmpp: and
#    mailto:, so Launch Services sends those links to messenger.
# 2. Signing, when MESSENGER_SIGN_IDENTITY names a "Developer ID Application"
#    identity: hardened runtime with entitlements.plist.
# 3. build/macos/Messenger-<version>.dmg (the app plus an Applications link).
# 4. Notarisation, when MESSENGER_NOTARY_PROFILE names a notarytool keychain
#    profile: submit, wait, staple.
# Written from Apple's and PyInstaller's documentation; not run by CI (Linux
# only), see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/pyinstaller/build.sh build/pyinstaller
app=build/pyinstaller/dist/Messenger.app
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")

if [ -n "${MESSENGER_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist \
    --sign "$MESSENGER_SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

mkdir -p build/macos
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="build/macos/Messenger-$version.dmg"
rm -f "$dmg"
hdiutil create -volname Messenger -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${MESSENGER_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$MESSENGER_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
