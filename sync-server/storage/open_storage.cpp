#include "storage/open_storage.h"

#include "storage/postgres/postgres_server_storage.h"
#include "storage/sqlite/sqlite_server_storage.h"

#include <cstdlib>

namespace medvandrer::server {

std::string StorageLocation::describe() const
{
    return postgres() ? "postgresql " + redactDatabaseUrl(databaseUrl) : "sqlite " + dataDir;
}

Result<StorageLocation> resolveStorageLocation(const std::string &dataDir, const std::string &databaseUrl)
{
    StorageLocation location{dataDir, databaseUrl};
    if (location.databaseUrl.empty()) {
        if (const char *env = std::getenv("MEDVANDRER_DATABASE_URL"))
            location.databaseUrl = env;
    }
    if (location.postgres()) {
        const std::string &u = location.databaseUrl;
        if (u.rfind("postgresql://", 0) != 0 && u.rfind("postgres://", 0) != 0)
            return Error{"config", "--database must be a postgresql:// URL"};
        return location;
    }
    if (location.dataDir.empty())
        return Error{"config", "give --data-dir (SQLite) or --database postgresql://… (or MEDVANDRER_DATABASE_URL)"};
    return location;
}

Result<std::unique_ptr<ServerStorage>> openServerStorage(const StorageLocation &location)
{
    if (location.postgres()) {
        auto pg = PostgresServerStorage::open(location.databaseUrl);
        if (!pg)
            return pg.error();
        return std::unique_ptr<ServerStorage>(std::move(*pg));
    }
    auto sqlite = SqliteServerStorage::open(location.dataDir);
    if (!sqlite)
        return sqlite.error();
    return std::unique_ptr<ServerStorage>(std::move(*sqlite));
}

} // namespace medvandrer::server
