// SqliteServerStorage: accounts, devices and invites.
#include "storage/sqlite/sqlite_server_storage.h"
#include "storage/row_columns.h"

#include "storage/first_of.h"

namespace medvandrer::server {

Result<std::vector<Account>> SqliteServerStorage::readAccounts(Statement *st)
{
    return st->rows([](const Statement &r) {
        Account a;
        a.id = r.text(0);
        a.username = r.text(1);
        a.displayName = r.text(2);
        a.role = parseRole(r.text(3)).value_or(Role::Bruker);
        a.passwordHash = r.text(4);
        a.createdAt = r.integer(5);
        return a;
    });
}

Result<std::optional<Account>> SqliteServerStorage::accountById(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns + " FROM accounts WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readAccounts(*st));
}

Result<std::optional<Account>> SqliteServerStorage::accountByUsername(const std::string &username)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns + " FROM accounts WHERE username = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, username);
    return firstOf(readAccounts(*st));
}

Status SqliteServerStorage::insertAccount(const Account &a)
{
    auto st = m_db->prepare("INSERT INTO accounts(id, username, display_name, role, password_hash, created_at) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, a.id)
        .bind(2, a.username)
        .bind(3, a.displayName)
        .bind(4, roleName(a.role))
        .bind(5, a.passwordHash)
        .bind(6, a.createdAt)
        .run();
}

Result<std::vector<Account>> SqliteServerStorage::accountsWithRole(Role role)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns +
                            " FROM accounts WHERE role = ? ORDER BY display_name, username");
    if (!st)
        return st.error();
    (*st)->bind(1, roleName(role));
    return readAccounts(*st);
}

Result<std::vector<Device>> SqliteServerStorage::readDevices(Statement *st)
{
    return st->rows([](const Statement &r) {
        Device d;
        d.id = r.text(0);
        d.accountId = r.text(1);
        d.name = r.text(2);
        d.createdAt = r.integer(3);
        d.lastSeen = r.integer(4);
        if (!r.isNull(5))
            d.revokedAt = r.integer(5);
        return d;
    });
}

Status SqliteServerStorage::insertDevice(const Device &d, const std::string &tokenHash)
{
    auto st = m_db->prepare("INSERT INTO devices(id, account_id, name, token_hash, created_at, last_seen) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, d.id)
        .bind(2, d.accountId)
        .bind(3, d.name)
        .bind(4, tokenHash)
        .bind(5, d.createdAt)
        .bind(6, d.lastSeen)
        .run();
}

Result<std::optional<Device>> SqliteServerStorage::deviceByTokenHash(const std::string &tokenHash)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns +
                            " FROM devices WHERE token_hash = ? AND revoked_at IS NULL");
    if (!st)
        return st.error();
    (*st)->bind(1, tokenHash);
    return firstOf(readDevices(*st));
}

Result<std::optional<Device>> SqliteServerStorage::deviceById(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns + " FROM devices WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readDevices(*st));
}

Status SqliteServerStorage::touchDevice(const std::string &deviceId, int64_t now)
{
    auto st = m_db->prepare("UPDATE devices SET last_seen = ? WHERE id = ?");
    if (!st)
        return st.error();
    return (*st)->bind(1, now).bind(2, deviceId).run();
}

Result<std::vector<Device>> SqliteServerStorage::devicesOf(const std::string &accountId)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns +
                            " FROM devices WHERE account_id = ? ORDER BY created_at, id");
    if (!st)
        return st.error();
    (*st)->bind(1, accountId);
    return readDevices(*st);
}

Result<bool> SqliteServerStorage::revokeDevice(const std::string &deviceId, int64_t now)
{
    auto st = m_db->prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, now).bind(2, deviceId).run(); !s)
        return s.error();
    return m_db->changes() > 0;
}

Status SqliteServerStorage::insertInvite(const Invite &inv)
{
    auto st = m_db->prepare("INSERT INTO invites(code_hash, role, created_by, created_at, expires_at, invite_id) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, inv.codeHash)
        .bind(2, roleName(inv.role))
        .bind(3, inv.createdBy)
        .bind(4, inv.createdAt)
        .bind(5, inv.expiresAt)
        .bind(6, inv.inviteId)
        .run();
}

Result<std::optional<Role>> SqliteServerStorage::consumeInvite(const std::string &codeHash, const std::string &accountId,
                                                               int64_t now)
{
    auto st = m_db->prepare("UPDATE invites SET used_at = ?, used_by = ? "
                            "WHERE code_hash = ? AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ? "
                            "RETURNING role");
    if (!st)
        return st.error();
    (*st)->bind(1, now).bind(2, accountId).bind(3, codeHash).bind(4, now);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::optional<Role> role;
    if (*row)
        role = parseRole((*st)->text(0));
    // Drain so the UPDATE completes before the statement is reset.
    while (true) {
        auto more = (*st)->step();
        if (!more || !*more)
            break;
    }
    (*st)->reset();
    return role;
}

Result<std::vector<Invite>> SqliteServerStorage::openInvites(int64_t now)
{
    auto st = m_db->prepare("SELECT invite_id, role, created_by, created_at, expires_at FROM invites "
                            "WHERE used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ? "
                            "ORDER BY created_at, rowid");
    if (!st)
        return st.error();
    (*st)->bind(1, now);
    return (*st)->rows([](const Statement &r) {
        Invite inv;
        inv.inviteId = r.text(0);
        inv.role = parseRole(r.text(1)).value_or(Role::Bruker);
        inv.createdBy = r.text(2);
        inv.createdAt = r.integer(3);
        inv.expiresAt = r.integer(4);
        return inv;
    });
}

Result<bool> SqliteServerStorage::withdrawInvite(const std::string &inviteId, int64_t now)
{
    auto st = m_db->prepare("UPDATE invites SET withdrawn_at = ? "
                            "WHERE invite_id = ? AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ?");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, now).bind(2, inviteId).bind(3, now).run(); !s)
        return s.error();
    return m_db->changes() > 0;
}

} // namespace medvandrer::server
