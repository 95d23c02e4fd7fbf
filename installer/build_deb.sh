#!/usr/bin/env bash
# Pack the onedir bundle (dist/jinchang-desktop, from installer/jinchang_desktop.spec) into a .deb for Debian 12 and
# the UOS / Kylin releases built on it.
#
#     bash installer/build_deb.sh [--arch amd64|arm64] [--bundle dist/jinchang-desktop] [--out dist]
#                                 [--compression xz|gzip|none]
#
# The bundle holds native code, so each architecture is built on a machine of that architecture (an arm64 .deb on
# an arm64 UOS/Kylin or Debian machine, with the same two commands); --arch defaults to this machine's and must
# match the bundle's. Installs the bundle under /opt/jinchang-desktop, the command jinchang-desktop on the PATH
# (/usr/bin symlink), a menu entry and its icon. Needs dpkg-deb and objdump (binutils), as PyInstaller does.
set -euo pipefail
cd "$(dirname "$0")/.."

arch=$(dpkg --print-architecture)
bundle=dist/jinchang-desktop
out=dist
compression=xz
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) arch=$2; shift 2 ;;
    --bundle) bundle=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --compression) compression=$2; shift 2 ;;
    *) echo "usage: $0 [--arch amd64|arm64] [--bundle DIR] [--out DIR] [--compression xz|gzip|none]" >&2; exit 2 ;;
  esac
done

case "$arch" in
  amd64) elf_machine="X86-64" ;;
  arm64) elf_machine="AArch64" ;;
  *) echo "架构只能是 amd64 或 arm64 / the architecture must be amd64 or arm64, not $arch" >&2; exit 2 ;;
esac
if [ ! -x "$bundle/jinchang-desktop" ]; then
  echo "找不到程序包目录 / no bundle at $bundle: run pyinstaller installer/jinchang_desktop.spec first" >&2
  exit 2
fi
built_for=$(LC_ALL=C readelf -h "$bundle/jinchang-desktop" | awk -F: '/Machine:/ {gsub(/^ +/, "", $2); print $2}')
case "$built_for" in
  *"$elf_machine"*) ;;
  *) echo "程序包是为 $built_for 构建的，不是 $arch / the bundle was built for $built_for, not $arch" >&2; exit 2 ;;
esac

# The version is the package's own (jinchang_desktop.__version__), as the bundle reports it.
version=$("$bundle/jinchang-desktop" --version | awk '{print $2}')
# The oldest glibc the bundle runs on: the newest GLIBC_x.y symbol version any of its binaries asks for.
glibc=$(find "$bundle" -type f \( -name '*.so*' -o -name jinchang-desktop \) -print0 \
        | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/jinchang-desktop" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/jinchang-desktop"
ln -s /opt/jinchang-desktop/jinchang-desktop "$root/usr/bin/jinchang-desktop"
cp resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/jinchang-desktop.svg"
cp installer/jinchang-desktop.desktop "$root/usr/share/applications/jinchang-desktop.desktop"
cat > "$root/usr/share/doc/jinchang-desktop/copyright" <<'EOF'
jinchang-desktop — 金昌市义务教育优质均衡发展评估桌面程序（离线）
License: Proprietary. The bundle includes Qt 6 and PySide6 (LGPLv3), Python (PSF), matplotlib, numpy, openpyxl,
cryptography and their dependencies under their own licences.
EOF

installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Only what the bundle does not carry itself: glibc, OpenGL/EGL (from the system's graphics driver) and libxcb.
cat > "$root/DEBIAN/control" <<EOF
Package: jinchang-desktop
Version: $version
Architecture: $arch
Maintainer: 金昌市教育局 <jinchang-desktop@localhost>
Installed-Size: $installed_kb
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1
Recommends: fonts-wqy-microhei | fonts-noto-cjk
Section: education
Priority: optional
Description: 金昌市义务教育优质均衡评估（离线）/ offline school balance assessment
 Checks every compulsory-education school of a county against the national
 优质均衡 standard and the Jinchang plan, and carries signed reports
 school → county → city. Works offline; run "jinchang-desktop --self-check"
 to check an installation.
EOF
# Menus pick up the new entry and icon at once where the tools exist (they are optional).
cat > "$root/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
EOF
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr"

mkdir -p "$out"
deb="$out/jinchang-desktop_${version}_${arch}.deb"
# xz at level 2: within 10% of the default level's size in a quarter of the time; every dpkg reads it.
level=()
[ "$compression" = xz ] && level=(-z2)
dpkg-deb --root-owner-group "-Z$compression" "${level[@]}" --build "$root" "$deb"
echo "$deb"
