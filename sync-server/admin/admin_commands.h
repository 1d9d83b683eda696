#pragma once

#include "storage/open_storage.h"

#include <cstdint>
#include <iosfwd>
#include <string>

namespace medvandrer::server::admin {

// Each command opens the storage itself (SQLite data directory or PostgreSQL), prints to `out` (JSON with json=true, else short text),
// reports problems on stderr, and returns the process exit code. They may run while the server runs:
// the engine serialises the writers; connected devices see the effect on their next pull or sign-in.
struct Output
{
    std::ostream &out;
    bool json = false;
};

int init(const Output &o, const StorageLocation &where);
int createKoordinator(const Output &o, const StorageLocation &where, const std::string &username,
                      const std::string &displayName, std::istream &passwordIn);
int invite(const Output &o, const StorageLocation &where, const std::string &role, int64_t validHours);
int listDevices(const Output &o, const StorageLocation &where, const std::string &username);
int revokeDevice(const Output &o, const StorageLocation &where, const std::string &deviceId);
int importActivities(const Output &o, const StorageLocation &where, const std::string &file);
// Accounts without a usable password (a random one is hashed once and shared, so no one can log in with it):
// each gets one device whose token is printed, and signs in only with `resume`. Prints a JSON array of
// {username, accountId, deviceId, token}.
int createAccounts(const Output &o, const StorageLocation &where, const std::string &prefix, int count,
                   const std::string &role);
int demo(const Output &o, const StorageLocation &where);
// SQLite only (PostgreSQL has pg_dump and PITR, docs/deploy.md): an online, consistent copy of the data directory's
// files into an empty folder while the server runs; and its restore into an empty data directory.
int backup(const Output &o, const StorageLocation &where, const std::string &toDir);
int restore(const Output &o, const StorageLocation &where, const std::string &fromDir);

} // namespace medvandrer::server::admin
