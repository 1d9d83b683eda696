#!/usr/bin/env bash
# Builds QtCore, QtNetwork and QtTest with ThreadSanitizer from Debian's own qt6-base source, with Debian's own
# configure flags, so that the app's TSan run sees Qt's locks and queued calls (an uninstrumented Qt makes every
# queued signal look like a race). The libraries replace Debian's at run time through LD_LIBRARY_PATH only;
# nothing is installed. About 8 minutes on 2 cores with a cold ccache (450 steps).
# Usage: scripts/build-qt-tsan.sh [DIR]   (default: build-qt-tsan) — prints the folder to give
#        -DMEDVANDRER_TSAN_QT_LIBDIR=… on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(realpath -m "${1:-$here/build-qt-tsan}")
version=$(dpkg-query -W -f '${source:Version}' libqt6core6)   # the source of the Qt the app links against

# Debian's sources: a deb-src entry of its own when none is configured (the image has binary entries only).
if ! apt-get indextargets --format '$(CREATED_BY)' 2>/dev/null | grep -qx Sources; then
  cat >/etc/apt/sources.list.d/medvandrer-deb-src.sources <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get update -qq
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev ccache >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get build-dep -y -qq "qt6-base=$version" >/dev/null

mkdir -p "$dir"
if [ ! -f "$dir/src/CMakeLists.txt" ]; then
  (cd "$dir" && apt-get source -qq --download-only "qt6-base=$version" &&
   dpkg-source -x --no-check qt6-base_"${version#*:}".dsc src >/dev/null)
fi

# debian/rules' flags (the features decide the ABI the other Qt libraries expect), plus TSan and -O1 -g1.
triplet=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
cmake -S "$dir/src" -B "$dir/build" -G Ninja -Wno-dev \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DFEATURE_sanitize_thread=ON -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF -DBUILD_EXAMPLES=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr -DINSTALL_BINDIR=lib/qt6/bin -DINSTALL_LIBDIR="lib/$triplet" \
  -DINSTALL_LIBEXECDIR=lib/qt6/libexec -DINSTALL_ARCHDATADIR="lib/$triplet/qt6" \
  -DINSTALL_DATADIR=share/qt6 -DINSTALL_HOSTDATADIR="lib/$triplet/qt6" -DINSTALL_DOCDIR=share/qt6/doc \
  -DINSTALL_SYSCONFDIR=/etc/xdg -DINSTALL_INCLUDEDIR="include/$triplet/qt6" \
  -DINSTALL_PLUGINDIR="lib/$triplet/qt6/plugins" -DINSTALL_TRANSLATIONDIR=share/qt6/translations \
  -DINSTALL_MKSPECSDIR="lib/$triplet/qt6/mkspecs" -DINSTALL_PUBLICBINDIR=bin \
  -DFEATURE_mimetype_database=OFF -DFEATURE_dbus_linked=ON -DFEATURE_accessibility=ON \
  -DFEATURE_doubleconversion=ON -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_pcre2=ON -DFEATURE_system_pcre2=ON \
  -DFEATURE_zlib=ON -DFEATURE_ssl=ON -DFEATURE_libproxy=ON -DFEATURE_system_proxies=ON -DFEATURE_cups=ON \
  -DFEATURE_fontconfig=ON -DFEATURE_freetype=ON -DFEATURE_harfbuzz=ON -DFEATURE_gtk=ON -DFEATURE_directfb=OFF \
  -DFEATURE_sql_odbc=ON -DFEATURE_sql_mysql=ON -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=ON \
  -DFEATURE_system_sqlite=ON -DFEATURE_jpeg=ON -DFEATURE_system_jpeg=ON -DFEATURE_png=ON -DFEATURE_system_png=ON \
  -DFEATURE_system_libb2=ON -DFEATURE_rpath=OFF -DFEATURE_relocatable=OFF -DFEATURE_sql_ibase=OFF \
  -DFEATURE_sctp=ON >"$dir/configure.log"
grep -q '^FEATURE_sanitize_thread:BOOL=ON' "$dir/build/CMakeCache.txt"
cmake --build "$dir/build" -j "$(nproc)" --target Core Network Test >"$dir/build.log"
echo "$dir/build/lib/$triplet"
