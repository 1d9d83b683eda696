#pragma once

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::server {

enum class Role { Bruker, Erfaringskonsulent, Koordinator };

std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view name);

struct Account
{
    std::string id;
    std::string username;
    std::string displayName;
    Role role = Role::Bruker;
    std::string passwordHash;
    int64_t createdAt = 0;
};

struct Device
{
    std::string id;
    std::string accountId;
    std::string name;
    int64_t createdAt = 0;
    int64_t lastSeen = 0;
    std::optional<int64_t> revokedAt;
};

struct Invite
{
    std::string codeHash;
    Role role = Role::Bruker;
    std::string createdBy;
    int64_t createdAt = 0;
    int64_t expiresAt = 0;
    std::string inviteId; // random, shown to koordinatorer to name the invite; never lets anyone register
};

// Accounts, their devices (tokens) and invites.
class AccountStorage
{
public:
    virtual ~AccountStorage() = default;

    virtual Result<std::optional<Account>> accountById(const std::string &id) = 0;
    virtual Result<std::optional<Account>> accountByUsername(const std::string &username) = 0;
    virtual Status insertAccount(const Account &account) = 0;
    virtual Result<std::vector<Account>> accountsWithRole(Role role) = 0;

    virtual Status insertDevice(const Device &device, const std::string &tokenHash) = 0;
    // The live (not revoked) device holding this token.
    virtual Result<std::optional<Device>> deviceByTokenHash(const std::string &tokenHash) = 0;
    virtual Result<std::optional<Device>> deviceById(const std::string &id) = 0;
    virtual Status touchDevice(const std::string &deviceId, int64_t now) = 0;
    virtual Result<std::vector<Device>> devicesOf(const std::string &accountId) = 0;
    virtual Result<bool> revokeDevice(const std::string &deviceId, int64_t now) = 0;

    virtual Status insertInvite(const Invite &invite) = 0;
    // Marks an unused, unexpired, not withdrawn invite used; returns its role, or nothing if there is no such invite.
    virtual Result<std::optional<Role>> consumeInvite(const std::string &codeHash, const std::string &accountId,
                                                      int64_t now) = 0;
    // Invites still open at `now` (not used, expired or withdrawn), oldest first; codeHash is left empty.
    virtual Result<std::vector<Invite>> openInvites(int64_t now) = 0;
    // Withdraws an open invite; false if there is no open invite with this id.
    virtual Result<bool> withdrawInvite(const std::string &inviteId, int64_t now) = 0;
};

} // namespace medvandrer::server
