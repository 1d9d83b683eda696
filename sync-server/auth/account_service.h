#pragma once

#include "core/result.h"
#include "storage/server_storage.h"

#include <optional>
#include <string>
#include <utility>

namespace medvandrer::server {

// A signed-in device: its account, the device row and, for register/login, the new token (shown once).
struct AuthOutcome
{
    Account account;
    Device device;
    std::string token;
};

struct IssuedInvite
{
    std::string code;
    std::string inviteId;
    Role role = Role::Bruker;
    int64_t expiresAt = 0;
};

// Account, device and invite operations over ServerStorage, each in its own transaction. Used on the
// server's storage thread and by the admin commands. Password hashing happens before these are called.
namespace accounts {

inline constexpr int64_t maxInviteHours = 24 * 30;

Result<AuthOutcome> registerWithInvite(ServerStorage &storage, const std::string &inviteCode,
                                       const std::string &username, const std::string &displayName,
                                       const std::string &passwordHash, const std::string &deviceName, int64_t now);

Result<Account> createAccount(ServerStorage &storage, const std::string &username, const std::string &displayName,
                              Role role, const std::string &passwordHash, int64_t now);

// A new device with a fresh token for an account whose password was just verified.
Result<AuthOutcome> openDevice(ServerStorage &storage, const Account &account, const std::string &deviceName,
                               int64_t now);

// Whether an invite code would be accepted now, without using it up: checked before the password is hashed, so
// a wrong code costs no Argon2 time. The real use (registerWithInvite) checks again.
Result<bool> inviteUsable(ServerStorage &storage, const std::string &inviteCode, int64_t now);

// The device and account behind a token, if the token is live. Reads only: the caller records lastSeen
// (the storage worker batches those writes).
Result<std::optional<std::pair<Account, Device>>> resume(ServerStorage &storage, const std::string &token);

Result<IssuedInvite> createInvite(ServerStorage &storage, Role role, const std::string &createdBy, int64_t validHours,
                                  int64_t now);

// Open invites of the whole team, oldest first (docs/protocol.md §4.8a). Codes cannot be read back: only ids.
Result<std::vector<Invite>> openInvites(ServerStorage &storage, int64_t now);

// Withdraws an open invite so its code no longer registers; not_found for an unknown, used, expired or already
// withdrawn id (§4.8b).
Status withdrawInvite(ServerStorage &storage, const std::string &inviteId, int64_t now);

} // namespace accounts
} // namespace medvandrer::server
