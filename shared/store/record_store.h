#pragma once

#include "core/hlc.h"
#include "core/result.h"
#include "crypto/value_cipher.h"
#include "records/record.h"
#include "store/sqlite_database.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace medvandrer {

// The device's local database: merged records, the outbox of local changes not yet acknowledged by the
// server, and small settings (sync cursor, clock, account). One instance per file, used from one thread.
//
// A local change and its outbox entry are written in the same transaction, so a change is either
// fully recorded and queued, or not at all — whatever kills the process. Remote state is merged without
// touching the outbox, so what arrives from the server is never sent back (no echo).
class RecordStore
{
public:
    // With a cipher, every record body, outbox entry and setting value is encrypted on disk (a plain store is
    // encrypted on the way in, all or nothing); an encrypted store opened without its key is refused
    // ("store_locked"), and with another key too ("key_mismatch"). With IntegrityCheck::Separate the caller runs
    // SqliteDatabase::checkIntegrity beside its first reads and writes nothing before it passed; the open itself
    // checks first when it has to write (a schema migration, a plain store to encrypt).
    static Result<std::unique_ptr<RecordStore>> open(const std::string &path,
                                                     SqliteDatabase::Durability durability =
                                                         SqliteDatabase::Durability::Full,
                                                     std::shared_ptr<const ValueCipher> cipher = nullptr,
                                                     SqliteDatabase::IntegrityCheck check =
                                                         SqliteDatabase::IntegrityCheck::AtOpen);
    // Re-encrypts everything under another key, or none (nullptr: encryption off), in one transaction; then
    // rewrites the file and empties the WAL so no value remains readable in the old form.
    Status setCipher(std::shared_ptr<const ValueCipher> cipher);
    bool isEncrypted() const { return m_cipher != nullptr; }

    // Validates, merges and enqueues local edits, all or nothing. Returns the merged records.
    Result<std::vector<Record>> applyLocal(const std::vector<Change> &changes);
    // Merges state from the server. Invalid records are skipped and counted. Returns the records that changed.
    Result<std::vector<Record>> applyRemote(std::vector<Record> records);
    // Drops records that left this account's scope (a revoked consent): gone from the device entirely.
    Status evict(const std::vector<std::string> &ids);
    // Drops records holding a change the server refused, keeping what this device still has to send for them:
    // each is rebuilt from its remaining outbox changes, and the pull cursor goes back to 0 in the same
    // transaction, so the next pull brings the server's state of each. Returns the rebuilt records; the ids not
    // among them are gone from the device.
    Result<std::vector<Record>> dropRefused(const std::vector<std::string> &ids);
    // A whole pulled page in one transaction (one fsync): merge its records, drop its evictions, then save its
    // cursor — the cursor can never be ahead of what is stored. Returns the records that changed.
    // `wireTexts`, when given, holds each record's JSON as the server sent it (one per record, in order): a record
    // this device does not hold yet is stored as that text rather than written out again (the first sync).
    Result<std::vector<Record>> applyPage(std::vector<Record> records, const std::vector<std::string> &evictions,
                                          int64_t cursor, const std::vector<std::string_view> &wireTexts = {});

    // A live frame in one transaction (one fsync): merge its records, drop its evictions and, unless `syncedAt` is
    // empty, save it as the "lastSynced" setting. Returns the records that changed. `wireTexts` as for applyPage.
    Result<std::vector<Record>> applyLive(std::vector<Record> records, const std::vector<std::string> &evictions,
                                          const std::string &syncedAt,
                                          const std::vector<std::string_view> &wireTexts = {});

    // A clock that jumped ahead (set a year forward while offline) stamped this device's edits in the future; the
    // server refuses stamps over 24 h ahead (clock_skew), and the edits would be lost. Re-stamps, in one
    // transaction, every stamp of `node` later than limitMs in the outbox and in the records, with fresh stamps at
    // nowMs (≤ limitMs) ordered after every stamp up to limitMs the store holds, other devices' too (the outbox order
    // kept), and lowers the saved clock. Stamps of other nodes are never touched. Returns how many outbox changes
    // were re-stamped.
    Result<size_t> restampAhead(int64_t limitMs, int64_t nowMs, const std::string &node);

    std::optional<Record> get(const std::string &id);
    // Records of one kind, optionally only those whose scope (their goalId, or own id for goals) matches.
    std::vector<Record> byKind(const std::string &kind, bool includeDeleted = false);
    // The records of every kind listed, in rowid order (within a kind, as byKind gives them), handed to `sink` a
    // few thousand at a time as they are read: one pass over the table, for opening the store while the caller
    // takes in what came so far.
    void byKinds(const std::vector<std::string> &kinds, const std::function<void(std::vector<Record> &&)> &sink);
    std::vector<Record> byScope(const std::string &kind, const std::string &scope, bool includeDeleted = false);
    int64_t recordCount();
    // Stored rows, tombstones too (an upper bound of what byKinds brings): a count over the id index, no body read.
    int64_t storedRows();

    // Outbox, oldest first.
    std::vector<Change> pendingChanges(size_t limit);
    // The outbox after entry `afterSeq` (0: from the start), oldest first, each with its place in the outbox: a
    // sync client with several pushes in flight reads each next batch after the last change it sent.
    struct Pending
    {
        int64_t seq = 0;
        Change change;
    };
    // An outbox entry that is kept but cannot be sent: it does not open or decode (another key, damaged bytes), or
    // its wire form alone is over the byte budget.
    struct HeldBack
    {
        int64_t seq = 0;
        enum class Why { Unreadable, TooLarge } why = Why::Unreadable;
    };
    struct PendingBatch
    {
        std::vector<Pending> changes;
        std::vector<HeldBack> heldBack;
        int64_t scannedUpTo = 0; // place of the last entry taken or held back; afterSeq when none was
    };
    // At most `limit` changes whose wire forms (their JSON as a push carries it, one comma each) add up to at most
    // `maxBytes`: a batch stops before the change that would pass it, so a large change goes in the next batch, alone
    // if need be. Entries that cannot be sent are passed over and reported, never dropped.
    PendingBatch pendingAfter(int64_t afterSeq, size_t limit, size_t maxBytes);
    int64_t pendingCount();
    // Removes acknowledged changes (applied, duplicate or permanently rejected).
    Status acknowledge(const std::vector<std::string> &changeIds);

    std::optional<std::string> setting(const std::string &key);
    Status setSetting(const std::string &key, const std::string &value);
    int64_t cursor();
    Status setCursor(int64_t cursor);
    // Newest stamp this device has written or seen, so its clock never goes back after a restart.
    Hlc lastStamp();

    // Forgets everything (account deletion, or logging out for good).
    Status wipe();

    SqliteDatabase &database() { return *m_db; }

    // The scope key of a record: a goal's own id, otherwise its goalId field (empty if none).
    static std::string scopeOf(const Record &record);

    // Storage must never run on the app's GUI thread. The app names that thread once at start; every store call
    // made on it afterwards is counted, so a test or the cold-start check can fail on the first one.
    static void forbidThread(std::thread::id thread);
    static int64_t callsOnForbiddenThread();

private:
    explicit RecordStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
    Status migrate();
    // Stored form of a value: sealed under m_cipher with its row's identity, or as is when encryption is off.
    std::string sealed(std::string_view plain, std::string_view associated) const;
    // nullopt for a value that does not open (another key, changed bytes, plain text in an encrypted store).
    std::optional<std::string> unsealed(const std::string &stored, std::string_view associated) const;
    Status setSettingSealed(const std::string &key, const std::string &value, const ValueCipher *cipher);
    Status scrub();
    std::optional<Record> load(const std::string &id);
    Status save(const Record &record);
    Status noteStamp(const Hlc &stamp);
    std::vector<Record> readRecords(Statement *st);
    // The same, one window of rows at a time.
    void readRecords(Statement *st, const std::function<void(std::vector<Record> &&)> &sink);
    // The merge of applyRemote/applyPage, inside the caller's transaction; takes the records' contents.
    Status mergeRemote(std::vector<Record> &records, const std::vector<std::string_view> &wireTexts,
                       std::vector<Record> &changed, Hlc &newest);
    // Inserts `record` stored as `wireText` unless the device holds a version of it: true when inserted.
    Result<bool> insertNew(const Record &record, std::string_view wireText);
    Status deleteRecords(const std::vector<std::string> &ids);

    std::unique_ptr<SqliteDatabase> m_db;
    std::shared_ptr<const ValueCipher> m_cipher;
    Hlc m_lastStamp;
    bool m_lastStampLoaded = false;
};

} // namespace medvandrer
