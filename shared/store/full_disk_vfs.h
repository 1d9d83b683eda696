#pragma once

#include <string>

namespace medvandrer {

// A disk that fills up, for tests where no small file system can be mounted (no root in the container): a SQLite
// VFS over the default one, made the default, that refuses every write growing a file with SQLITE_FULL while the
// file `flagPath` exists — as a full file system does (writes inside a file's present size still succeed). Removing
// the flag is "space returns". Only files under `onlyUnder` are on the "disk" (all files when empty). Process-wide;
// call once before any database is opened.
bool installFullDiskSimulation(const std::string &flagPath, const std::string &onlyUnder = {});

} // namespace medvandrer
