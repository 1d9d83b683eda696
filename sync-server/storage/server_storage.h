#pragma once

#include "storage/account_storage.h"
#include "storage/booking_storage.h"
#include "storage/privacy_storage.h"
#include "storage/record_storage.h"
#include "storage/survey_storage.h"

#include <optional>
#include <string>

namespace medvandrer::server {

// Everything the sync engine, auth and privacy services store, one interface per concern. One instance is used
// from one thread at a time (the storage thread, or an admin command). Everything dialect-specific lives in the
// engine (storage/sqlite/, storage/postgres/); storage/ depends on nothing of the server above it.
class ServerStorage : public AccountStorage, public RecordStorage, public BookingStorage, public PrivacyStorage,
                      public SurveyStorage
{
public:
    ~ServerStorage() override = default;

    virtual Status begin() = 0;
    // Returns only once the transaction is durable: an acknowledged change survives a crash of either process.
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    virtual Result<std::optional<std::string>> meta(const std::string &key) = 0;
    virtual Status setMeta(const std::string &key, const std::string &value) = 0;

    // "sqlite" or "postgresql"; and the schema version the database is at.
    virtual std::string engine() const = 0;
    virtual Result<int64_t> schemaVersion() = 0;
};

} // namespace medvandrer::server
