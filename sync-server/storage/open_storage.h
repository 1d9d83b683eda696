#pragma once

#include "core/result.h"
#include "storage/server_storage.h"

#include <memory>
#include <string>

namespace medvandrer::server {

// Where the server keeps its data: a PostgreSQL URL when given, else SQLite files in the data directory.
struct StorageLocation
{
    std::string dataDir;
    std::string databaseUrl; // postgresql://… or postgres://…; empty for SQLite

    bool postgres() const { return !databaseUrl.empty(); }
    // For logs and messages: the engine and where, never a password.
    std::string describe() const;
};

// `--database` if given, else MEDVANDRER_DATABASE_URL, else SQLite in dataDir. A bad combination is an error.
Result<StorageLocation> resolveStorageLocation(const std::string &dataDir, const std::string &databaseUrl);

// Opens the engine and brings its schema up to date.
Result<std::unique_ptr<ServerStorage>> openServerStorage(const StorageLocation &location);

} // namespace medvandrer::server
