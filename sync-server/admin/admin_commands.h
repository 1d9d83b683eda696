#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

namespace medvandrer::server::admin {

// Each command opens the data directory itself, prints to `out` (JSON with json=true, else short text),
// reports problems on stderr, and returns the process exit code. They may run while the server runs:
// SQLite serialises the writers; connected devices see the effect on their next pull or sign-in.
struct Output
{
    std::ostream &out;
    bool json = false;
};

int init(const Output &o, const std::string &dataDir);
int createKoordinator(const Output &o, const std::string &dataDir, const std::string &username,
                      const std::string &displayName, std::istream &passwordIn);
int invite(const Output &o, const std::string &dataDir, const std::string &role, int64_t validHours);
int listDevices(const Output &o, const std::string &dataDir, const std::string &username);
int revokeDevice(const Output &o, const std::string &dataDir, const std::string &deviceId);
int importActivities(const Output &o, const std::string &dataDir, const std::string &file);
// Accounts without a usable password (a random one is hashed once and shared, so no one can log in with it):
// each gets one device whose token is printed, and signs in only with `resume`. Prints a JSON array of
// {username, accountId, deviceId, token}.
int createAccounts(const Output &o, const std::string &dataDir, const std::string &prefix, int count,
                   const std::string &role);
int demo(const Output &o, const std::string &dataDir);

} // namespace medvandrer::server::admin
