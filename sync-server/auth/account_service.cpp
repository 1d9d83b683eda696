#include "auth/account_service.h"

#include "auth/secrets.h"
#include "core/uuid.h"
#include "protocol/error_codes.h"
#include "storage/in_transaction.h"

namespace medvandrer::server::accounts {

namespace {

constexpr std::string_view tokenPurpose = "medvandrer-device-token";
constexpr std::string_view invitePurpose = "medvandrer-invite-code";

Result<AuthOutcome> addDevice(ServerStorage &storage, const Account &account, const std::string &deviceName, int64_t now)
{
    AuthOutcome out;
    out.account = account;
    out.token = newToken();
    out.device.id = newUuid();
    out.device.accountId = account.id;
    out.device.name = deviceName.empty() ? std::string("device") : deviceName;
    out.device.createdAt = now;
    out.device.lastSeen = now;
    if (Status s = storage.insertDevice(out.device, hashSecret(tokenPurpose, out.token)); !s)
        return s.error();
    return out;
}

} // namespace

Result<AuthOutcome> registerWithInvite(ServerStorage &storage, const std::string &inviteCode,
                                       const std::string &username, const std::string &displayName,
                                       const std::string &passwordHash, const std::string &deviceName, int64_t now)
{
    const auto code = normalizeInviteCode(inviteCode);
    if (!code)
        return Error{std::string(errc::inviteInvalid), "the invite code is unknown, used or expired"};
    return inTransaction(storage, [&]() -> Result<AuthOutcome> {
        auto taken = storage.accountByUsername(username);
        if (!taken)
            return taken.error();
        Account account;
        account.id = newUuid();
        auto role = storage.consumeInvite(hashSecret(invitePurpose, *code), account.id, now);
        if (!role)
            return role.error();
        if (!*role)
            return Error{std::string(errc::inviteInvalid), "the invite code is unknown, used or expired"};
        // Checked after the invite, so only an invite holder learns whether a username exists.
        if (*taken)
            return Error{std::string(errc::usernameTaken), "that username is taken"};
        account.username = username;
        account.displayName = displayName;
        account.role = **role;
        account.passwordHash = passwordHash;
        account.createdAt = now;
        if (Status s = storage.insertAccount(account); !s)
            return s.error();
        return addDevice(storage, account, deviceName, now);
    });
}

Result<Account> createAccount(ServerStorage &storage, const std::string &username, const std::string &displayName,
                              Role role, const std::string &passwordHash, int64_t now)
{
    return inTransaction(storage, [&]() -> Result<Account> {
        auto taken = storage.accountByUsername(username);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error{std::string(errc::usernameTaken), "that username is taken"};
        Account account{newUuid(), username, displayName, role, passwordHash, now};
        if (Status s = storage.insertAccount(account); !s)
            return s.error();
        return account;
    });
}

Result<AuthOutcome> openDevice(ServerStorage &storage, const Account &account, const std::string &deviceName, int64_t now)
{
    return inTransaction(storage, [&] { return addDevice(storage, account, deviceName, now); });
}

Result<bool> inviteUsable(ServerStorage &storage, const std::string &inviteCode, int64_t now)
{
    const auto code = normalizeInviteCode(inviteCode);
    if (!code)
        return false;
    if (Status s = storage.begin(); !s)
        return s.error();
    // The same rule as the real use, inside a transaction that is always rolled back: nothing is written.
    auto role = storage.consumeInvite(hashSecret(invitePurpose, *code), "check", now);
    storage.rollback();
    if (!role)
        return role.error();
    return role->has_value();
}

Result<std::optional<std::pair<Account, Device>>> resume(ServerStorage &storage, const std::string &token)
{
    using Found = std::optional<std::pair<Account, Device>>;
    auto device = storage.deviceByTokenHash(hashSecret(tokenPurpose, token));
    if (!device)
        return device.error();
    if (!*device)
        return Found{};
    auto account = storage.accountById((*device)->accountId);
    if (!account)
        return account.error();
    if (!*account)
        return Found{};
    return Found{std::make_pair(**account, **device)};
}

Result<IssuedInvite> createInvite(ServerStorage &storage, Role role, const std::string &createdBy, int64_t validHours,
                                  int64_t now)
{
    if (validHours < 1 || validHours > maxInviteHours)
        return Error{std::string(errc::badMessage), "validHours must be between 1 and 720"};
    return inTransaction(storage, [&]() -> Result<IssuedInvite> {
        IssuedInvite out;
        out.code = newInviteCode();
        out.inviteId = newRandomHex(16);
        out.role = role;
        out.expiresAt = now + validHours * 3600 * 1000;
        const auto normalized = normalizeInviteCode(out.code);
        Invite inv{hashSecret(invitePurpose, normalized.value_or(out.code)), role, createdBy, now, out.expiresAt,
                   out.inviteId};
        if (Status s = storage.insertInvite(inv); !s)
            return s.error();
        return out;
    });
}

Result<std::vector<Invite>> openInvites(ServerStorage &storage, int64_t now)
{
    return storage.openInvites(now);
}

Status withdrawInvite(ServerStorage &storage, const std::string &inviteId, int64_t now)
{
    auto done = inTransaction(storage, [&]() -> Result<bool> {
        auto withdrawn = storage.withdrawInvite(inviteId, now);
        if (!withdrawn)
            return withdrawn.error();
        if (!*withdrawn)
            return Error{std::string(errc::notFound), "no such open invite"};
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

} // namespace medvandrer::server::accounts
