// PostgresServerStorage: accounts, devices and invites.
#include "storage/postgres/postgres_server_storage.h"
#include "storage/row_columns.h"

namespace medvandrer::server {

namespace {

std::vector<Account> readAccounts(const PgRows &r)
{
    std::vector<Account> out;
    for (int i = 0; i < r.size(); ++i)
        out.push_back(Account{r.text(i, 0), r.text(i, 1), r.text(i, 2), parseRole(r.text(i, 3)).value_or(Role::Bruker),
                              r.text(i, 4), r.integer(i, 5)});
    return out;
}

std::vector<Device> readDevices(const PgRows &r)
{
    std::vector<Device> out;
    for (int i = 0; i < r.size(); ++i) {
        Device d{r.text(i, 0), r.text(i, 1), r.text(i, 2), r.integer(i, 3), r.integer(i, 4), std::nullopt};
        if (!r.isNull(i, 5))
            d.revokedAt = r.integer(i, 5);
        out.push_back(std::move(d));
    }
    return out;
}

template <typename T>
Result<std::optional<T>> first(Result<PgRows> rows, std::vector<T> (*read)(const PgRows &))
{
    if (!rows)
        return rows.error();
    auto all = read(*rows);
    if (all.empty())
        return std::optional<T>();
    return std::optional<T>(std::move(all.front()));
}

} // namespace

Result<std::optional<Account>> PostgresServerStorage::accountById(const std::string &id)
{
    return first(m_db->query("SELECT " + accountColumns + " FROM accounts WHERE id = $1", {id}), readAccounts);
}

Result<std::optional<Account>> PostgresServerStorage::accountByUsername(const std::string &username)
{
    return first(m_db->query("SELECT " + accountColumns + " FROM accounts WHERE username = $1", {username}),
                 readAccounts);
}

Status PostgresServerStorage::insertAccount(const Account &a)
{
    return m_db->run("INSERT INTO accounts(id, username, display_name, role, password_hash, created_at) "
                     "VALUES($1, $2, $3, $4, $5, $6)",
                     {a.id, a.username, a.displayName, std::string(roleName(a.role)), a.passwordHash,
                      pgInt(a.createdAt)});
}

Result<std::vector<Account>> PostgresServerStorage::accountsWithRole(Role role)
{
    // COLLATE "C": the same byte order SQLite sorts by, whatever the database's locale.
    auto rows = m_db->query("SELECT " + accountColumns +
                                " FROM accounts WHERE role = $1 ORDER BY display_name COLLATE \"C\", username COLLATE \"C\"",
                            {std::string(roleName(role))});
    if (!rows)
        return rows.error();
    return readAccounts(*rows);
}

Status PostgresServerStorage::insertDevice(const Device &d, const std::string &tokenHash)
{
    return m_db->run("INSERT INTO devices(id, account_id, name, token_hash, created_at, last_seen) "
                     "VALUES($1, $2, $3, $4, $5, $6)",
                     {d.id, d.accountId, d.name, tokenHash, pgInt(d.createdAt), pgInt(d.lastSeen)});
}

Result<std::optional<Device>> PostgresServerStorage::deviceByTokenHash(const std::string &tokenHash)
{
    return first(m_db->query("SELECT " + deviceColumns + " FROM devices WHERE token_hash = $1 AND revoked_at IS NULL",
                             {tokenHash}),
                 readDevices);
}

Result<std::optional<Device>> PostgresServerStorage::deviceById(const std::string &id)
{
    return first(m_db->query("SELECT " + deviceColumns + " FROM devices WHERE id = $1", {id}), readDevices);
}

Status PostgresServerStorage::touchDevice(const std::string &deviceId, int64_t now)
{
    // Never backwards: several writers may note the same device.
    return m_db->run("UPDATE devices SET last_seen = GREATEST(last_seen, $1) WHERE id = $2", {pgInt(now), deviceId});
}

Result<std::vector<Device>> PostgresServerStorage::devicesOf(const std::string &accountId)
{
    auto rows = m_db->query("SELECT " + deviceColumns + " FROM devices WHERE account_id = $1 ORDER BY created_at, id",
                            {accountId});
    if (!rows)
        return rows.error();
    return readDevices(*rows);
}

// revokeDevice lives with what several instances share, in postgres_instances.cpp.

Status PostgresServerStorage::insertInvite(const Invite &inv)
{
    return m_db->run("INSERT INTO invites(code_hash, role, created_by, created_at, expires_at, invite_id) "
                     "VALUES($1, $2, $3, $4, $5, $6)",
                     {inv.codeHash, std::string(roleName(inv.role)), inv.createdBy, pgInt(inv.createdAt),
                      pgInt(inv.expiresAt), inv.inviteId});
}

Result<std::optional<Role>> PostgresServerStorage::consumeInvite(const std::string &codeHash,
                                                                 const std::string &accountId, int64_t now)
{
    // One UPDATE: of two registrations racing for one code, exactly one sees a row.
    auto rows = m_db->query("UPDATE invites SET used_at = $1, used_by = $2 "
                            "WHERE code_hash = $3 AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $1 "
                            "RETURNING role",
                            {pgInt(now), accountId, codeHash});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<Role>();
    return parseRole(rows->text(0, 0));
}

Result<std::vector<Invite>> PostgresServerStorage::openInvites(int64_t now)
{
    auto rows = m_db->query("SELECT invite_id, role, created_by, created_at, expires_at FROM invites "
                            "WHERE used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $1 "
                            "ORDER BY created_at, ordinal",
                            {pgInt(now)});
    if (!rows)
        return rows.error();
    std::vector<Invite> out;
    for (int i = 0; i < rows->size(); ++i) {
        Invite inv;
        inv.inviteId = rows->text(i, 0);
        inv.role = parseRole(rows->text(i, 1)).value_or(Role::Bruker);
        inv.createdBy = rows->text(i, 2);
        inv.createdAt = rows->integer(i, 3);
        inv.expiresAt = rows->integer(i, 4);
        out.push_back(std::move(inv));
    }
    return out;
}

Result<bool> PostgresServerStorage::withdrawInvite(const std::string &inviteId, int64_t now)
{
    auto rows = m_db->query("UPDATE invites SET withdrawn_at = $1 "
                            "WHERE invite_id = $2 AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $1",
                            {pgInt(now), inviteId});
    if (!rows)
        return rows.error();
    return rows->affected() > 0;
}

} // namespace medvandrer::server
