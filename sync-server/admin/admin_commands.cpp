#include "admin/admin_commands.h"

#include "admin/activity_import.h"
#include "auth/account_service.h"
#include "auth/password_hasher.h"
#include "auth/secrets.h"
#include "demo/demo_seed.h"
#include "storage/sqlite/sqlite_server_storage.h"
#include "sync/sync_engine.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace medvandrer::server::admin {

namespace {

int report(const Error &e)
{
    std::cerr << "error: " << e.message << " (" << e.code << ")\n";
    return 1;
}

std::unique_ptr<ServerStorage> openStorage(const StorageLocation &where)
{
    auto storage = openServerStorage(where);
    if (!storage) {
        report(storage.error());
        return nullptr;
    }
    return std::move(*storage);
}

void restoreClock(ServerStorage &storage, HybridClock &clock)
{
    if (auto last = storage.meta("clock"); last && *last) {
        if (auto stamp = Hlc::parse(**last))
            clock.restore(*stamp);
    }
}

std::string readPassword(std::istream &in)
{
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return line;
}

void print(const Output &o, const Json &json, const std::string &text)
{
    if (o.json)
        o.out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    else
        o.out << text;
    o.out.flush();
}

} // namespace

int init(const Output &o, const StorageLocation &where)
{
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    auto version = storage->schemaVersion();
    if (!version)
        return report(version.error());
    Json json{{"engine", storage->engine()}, {"schemaVersion", *version}};
    if (!where.postgres())
        json["dataDir"] = where.dataDir;
    print(o, json, where.describe() + " ready (schema " + std::to_string(*version) + ")\n");
    return 0;
}

int createKoordinator(const Output &o, const StorageLocation &where, const std::string &username,
                      const std::string &displayName, std::istream &passwordIn)
{
    const auto name = normalizeUsername(username);
    if (!name)
        return report(Error{"invalid_username", "3–32 characters: letters a–z, digits, '.', '_' or '-'"});
    if (displayName.empty() || displayName.size() > 100)
        return report(Error{"bad_message", "--display-name must be 1–100 characters"});
    const std::string password = readPassword(passwordIn);
    if (Status s = PasswordHasher::checkStrength(password); !s)
        return report(s.error());
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return report(hash.error());
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    auto account = accounts::createAccount(*storage, *name, displayName, Role::Koordinator, *hash, systemMillis());
    if (!account)
        return report(account.error());
    print(o,
          Json{{"accountId", account->id},
               {"username", account->username},
               {"displayName", account->displayName},
               {"role", "koordinator"}},
          "created koordinator " + account->username + " (" + account->id + ")\n");
    return 0;
}

int invite(const Output &o, const StorageLocation &where, const std::string &roleText, int64_t validHours)
{
    const auto role = parseRole(roleText);
    if (!role)
        return report(Error{"bad_message", "--role must be bruker, erfaringskonsulent or koordinator"});
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    auto inv = accounts::createInvite(*storage, *role, "admin", validHours, systemMillis());
    if (!inv)
        return report(inv.error());
    print(o, Json{{"code", inv->code}, {"role", roleName(inv->role)}, {"expiresAt", inv->expiresAt}},
          inv->code + "\n");
    return 0;
}

int listDevices(const Output &o, const StorageLocation &where, const std::string &username)
{
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    auto account = storage->accountByUsername(normalizeUsername(username).value_or(username));
    if (!account)
        return report(account.error());
    if (!*account)
        return report(Error{"not_found", "no account named " + username});
    auto devices = storage->devicesOf((*account)->id);
    if (!devices)
        return report(devices.error());
    Json list = Json::array();
    std::ostringstream text;
    for (const auto &d : *devices) {
        list.push_back(Json{{"deviceId", d.id},
                            {"name", d.name},
                            {"createdAt", d.createdAt},
                            {"lastSeen", d.lastSeen},
                            {"revoked", d.revokedAt.has_value()}});
        text << d.id << "  " << d.name << (d.revokedAt ? "  (revoked)" : "") << "\n";
    }
    print(o, Json{{"username", (*account)->username}, {"accountId", (*account)->id}, {"devices", list}}, text.str());
    return 0;
}

int revokeDevice(const Output &o, const StorageLocation &where, const std::string &deviceId)
{
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    auto device = storage->deviceById(deviceId);
    if (!device)
        return report(device.error());
    if (!*device)
        return report(Error{"not_found", "no device " + deviceId});
    auto revoked = storage->revokeDevice(deviceId, systemMillis());
    if (!revoked)
        return report(revoked.error());
    print(o, Json{{"deviceId", deviceId}, {"revoked", true}, {"alreadyRevoked", !*revoked}},
          *revoked ? "revoked " + deviceId + "\n" : deviceId + " was already revoked\n");
    return 0;
}

int importActivities(const Output &o, const StorageLocation &where, const std::string &file)
{
    std::ifstream in(file);
    if (!in)
        return report(Error{"bad_file", "cannot read " + file});
    std::stringstream buffer;
    buffer << in.rdbuf();
    const Json list = Json::parse(buffer.str(), nullptr, false);
    if (list.is_discarded())
        return report(Error{"bad_file", file + " is not valid JSON"});
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    HybridClock clock("server");
    restoreClock(*storage, clock);
    SyncEngine engine(clock);
    auto summary = server::importActivities(*storage, engine, list, false);
    if (!summary)
        return report(summary.error());
    print(o, Json{{"imported", summary->ids.size()}, {"changed", summary->changed}, {"ids", summary->ids}},
          "imported " + std::to_string(summary->ids.size()) + " activities (" + std::to_string(summary->changed) +
              " new or changed)\n");
    return 0;
}

int createAccounts(const Output &o, const StorageLocation &where, const std::string &prefix, int count,
                   const std::string &roleText)
{
    const auto role = parseRole(roleText);
    if (!role)
        return report(Error{"bad_message", "--role must be bruker, erfaringskonsulent or koordinator"});
    if (!normalizeUsername(prefix + "1") || !normalizeUsername(prefix + std::to_string(count)))
        return report(Error{"invalid_username", "--prefix must make valid usernames (3–32 characters)"});
    // One Argon2 hash of a password nobody knows: these accounts sign in with their device tokens only.
    auto hash = PasswordHasher::hash(newToken());
    if (!hash)
        return report(hash.error());
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    const int64_t now = systemMillis();
    Json list = Json::array();
    std::ostringstream text;
    for (int i = 1; i <= count; ++i) {
        const std::string username = *normalizeUsername(prefix + std::to_string(i));
        auto account = accounts::createAccount(*storage, username, username, *role, *hash, now);
        if (!account)
            return report(account.error());
        auto device = accounts::openDevice(*storage, *account, "device", now);
        if (!device)
            return report(device.error());
        list.push_back(Json{{"username", username},
                            {"accountId", account->id},
                            {"deviceId", device->device.id},
                            {"token", device->token}});
        text << username << " " << account->id << " " << device->token << "\n";
    }
    print(o, list, text.str());
    return 0;
}

int demo(const Output &o, const StorageLocation &where)
{
    auto storage = openStorage(where);
    if (!storage)
        return 1;
    const int64_t now = systemMillis();
    Json accountsJson = Json::array();
    std::ostringstream text;
    text << "Demo accounts (password for all: " << demo::demoPassword << "):\n";
    std::string hash;
    for (const auto &d : demo::accounts()) {
        auto existing = storage->accountByUsername(d.username);
        if (!existing)
            return report(existing.error());
        std::string id;
        if (*existing) {
            id = (*existing)->id;
        } else {
            if (hash.empty()) {
                auto h = PasswordHasher::hash(demo::demoPassword);
                if (!h)
                    return report(h.error());
                hash = *h;
            }
            auto created = accounts::createAccount(*storage, d.username, d.displayName, *parseRole(d.role), hash, now);
            if (!created)
                return report(created.error());
            id = created->id;
        }
        accountsJson.push_back(Json{{"username", d.username},
                                    {"password", demo::demoPassword},
                                    {"role", d.role},
                                    {"displayName", d.displayName},
                                    {"accountId", id}});
        text << "  " << d.username << "  (" << d.role << ", " << d.displayName << ")\n";
    }
    HybridClock clock("server");
    restoreClock(*storage, clock);
    SyncEngine engine(clock);
    auto summary = server::importActivities(*storage, engine, demo::activities(now), true);
    if (!summary)
        return report(summary.error());
    text << "Activities: " << summary->ids.size() << "\n";
    print(o, Json{{"accounts", accountsJson}, {"activities", summary->ids.size()}}, text.str());
    return 0;
}

int backup(const Output &o, const StorageLocation &where, const std::string &toDir)
{
    if (where.postgres())
        return report(Error{"unsupported", "backup copies SQLite files; back up PostgreSQL with pg_dump or "
                                           "pg_basebackup and WAL archiving (docs/deploy.md)"});
    auto storage = SqliteServerStorage::open(where.dataDir);
    if (!storage)
        return report(storage.error());
    if (Status s = (*storage)->backupTo(toDir); !s)
        return report(s.error());
    print(o, Json{{"backup", toDir}, {"files", {"server.db", "suggestions.db"}}}, "backed up to " + toDir + "\n");
    return 0;
}

int restore(const Output &o, const StorageLocation &where, const std::string &fromDir)
{
    if (where.postgres())
        return report(Error{"unsupported", "restore copies SQLite files; restore PostgreSQL with pg_restore or "
                                           "point-in-time recovery (docs/deploy.md)"});
    if (Status s = SqliteServerStorage::restoreFrom(fromDir, where.dataDir); !s)
        return report(s.error());
    print(o, Json{{"restored", where.dataDir}, {"from", fromDir}},
          "restored " + where.dataDir + " from " + fromDir + "\n");
    return 0;
}

} // namespace medvandrer::server::admin
