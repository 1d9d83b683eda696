#include "store/record_store.h"

#include "merge/merge.h"
#include "protocol/error_codes.h"
#include "protocol/changes_frame.h"
#include "protocol/messages.h"
#include "records/record_json.h"
#include "records/schema.h"

#include <atomic>
#include <future>
#include <iterator>
#include <map>

namespace medvandrer {

namespace {

// Bodies read in one pass of the quick reader at a time (well under a frame's 2 MiB).
constexpr size_t readBatchBytes = 512 * 1024;
// Rows opened and read by two threads at a time (fewer are read by this one alone).
constexpr size_t readWindowRows = 8192;

const std::vector<std::string> &migrations()
{
    static const std::vector<std::string> m{
        // 1: records, outbox, settings
        R"(CREATE TABLE records (
               id TEXT PRIMARY KEY,
               kind TEXT NOT NULL,
               owner TEXT NOT NULL,
               scope TEXT NOT NULL DEFAULT '',
               deleted INTEGER NOT NULL DEFAULT 0,
               body TEXT NOT NULL
           );
           CREATE INDEX records_kind_scope ON records(kind, scope);
           CREATE TABLE outbox (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               change_id TEXT NOT NULL UNIQUE,
               record_id TEXT NOT NULL,
               body TEXT NOT NULL
           );
           CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;)",
    };
    return m;
}

// Associated data per row: a value sealed for one row never opens on another (or in another table).
std::string recordAd(std::string_view id)
{
    return "record/" + std::string(id);
}
std::string outboxAd(std::string_view changeId)
{
    return "outbox/" + std::string(changeId);
}
std::string settingAd(std::string_view key)
{
    return "setting/" + std::string(key);
}
// A settings row whose presence says "this file is encrypted"; its value is a sealed known text, so the key is
// checked at open and a wrong key never reads (or writes) anything.
constexpr std::string_view cipherMarkKey = "cipher";
constexpr std::string_view cipherMarkText = "medvandrer-encrypted-v1";

std::string sealWith(const ValueCipher *cipher, std::string_view plain, std::string_view associated)
{
    return cipher ? cipher->seal(plain, associated) : std::string(plain);
}

std::optional<std::string> openWith(const ValueCipher *cipher, const std::string &stored, std::string_view associated)
{
    if (!cipher)
        return ValueCipher::isSealed(stored) ? std::nullopt : std::optional<std::string>(stored);
    auto plain = cipher->open(stored, associated);
    return plain ? std::optional<std::string>(std::move(*plain)) : std::nullopt;
}

std::atomic<std::thread::id> g_forbiddenThread{};
std::atomic<int64_t> g_forbiddenCalls{0};

// Called first in every public operation: cheap (one atomic load and a compare).
void checkThread()
{
    const std::thread::id forbidden = g_forbiddenThread.load(std::memory_order_relaxed);
    if (forbidden != std::thread::id{} && forbidden == std::this_thread::get_id())
        g_forbiddenCalls.fetch_add(1, std::memory_order_relaxed);
}

} // namespace

void RecordStore::forbidThread(std::thread::id thread)
{
    g_forbiddenThread.store(thread);
}

int64_t RecordStore::callsOnForbiddenThread()
{
    return g_forbiddenCalls.load();
}

std::string RecordStore::scopeOf(const Record &record)
{
    if (isScopeRoot(record.kind))
        return record.id;
    return record.stringValue("goalId");
}

Result<std::unique_ptr<RecordStore>> RecordStore::open(const std::string &path, SqliteDatabase::Durability durability,
                                                       std::shared_ptr<const ValueCipher> cipher,
                                                       SqliteDatabase::IntegrityCheck check)
{
    checkThread();
    auto db = SqliteDatabase::open(path, durability, check);
    if (!db)
        return db.error();
    std::unique_ptr<RecordStore> store(new RecordStore(std::move(*db)));
    // Deleted and overwritten content is zeroed, so an old plain value does not linger in a free page.
    if (Status s = store->m_db->exec("PRAGMA secure_delete=ON"); !s)
        return s.error();
    // Nothing is written to a file that has not passed the integrity check.
    bool checked = check == SqliteDatabase::IntegrityCheck::AtOpen;
    auto checkBeforeWriting = [&]() -> Status {
        if (std::exchange(checked, true))
            return {};
        return store->m_db->quickCheck(path);
    };
    if (store->m_db->userVersion() != static_cast<int64_t>(migrations().size())) {
        if (Status s = checkBeforeWriting(); !s)
            return s.error();
    }
    if (Status s = store->migrate(); !s)
        return s.error();
    auto mark = store->m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    if (!mark)
        return mark.error();
    (*mark)->bind(1, cipherMarkKey);
    auto row = (*mark)->step();
    if (!row)
        return row.error();
    const std::optional<std::string> stored = *row ? std::optional((*mark)->text(0)) : std::nullopt;
    (*mark)->reset();
    if (stored && !cipher)
        return Error{"store_locked", "the device store is encrypted; it opens only with its key"};
    if (stored && openWith(cipher.get(), *stored, settingAd(cipherMarkKey)) != std::string(cipherMarkText))
        return Error{"key_mismatch", "this key does not open the device store"};
    if (stored)
        store->m_cipher = std::move(cipher);
    else if (cipher) {
        // A plain store (the device was used before encryption was turned on): encrypted now, all or nothing.
        if (Status s = checkBeforeWriting(); !s)
            return s.error();
        if (Status s = store->setCipher(std::move(cipher)); !s)
            return s.error();
    }
    return store;
}

std::string RecordStore::sealed(std::string_view plain, std::string_view associated) const
{
    return sealWith(m_cipher.get(), plain, associated);
}

std::optional<std::string> RecordStore::unsealed(const std::string &stored, std::string_view associated) const
{
    return openWith(m_cipher.get(), stored, associated);
}

Status RecordStore::setCipher(std::shared_ptr<const ValueCipher> cipher)
{
    checkThread();
    struct Row
    {
        std::string key, value;
    };
    auto readAll = [this](const std::string &sql) -> Result<std::vector<Row>> {
        auto st = m_db->prepare(sql);
        if (!st)
            return st.error();
        return (*st)->rows([](const Statement &r) { return Row{r.text(0), r.text(1)}; });
    };
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    struct Table
    {
        const char *select;
        const char *update;
        std::string (*ad)(std::string_view);
    };
    const Table tables[] = {
        {"SELECT id, body FROM records", "UPDATE records SET body = ?1 WHERE id = ?2", recordAd},
        {"SELECT change_id, body FROM outbox", "UPDATE outbox SET body = ?1 WHERE change_id = ?2", outboxAd},
        {"SELECT key, value FROM settings WHERE key <> 'cipher'", "UPDATE settings SET value = ?1 WHERE key = ?2",
         settingAd},
    };
    for (const auto &table : tables) {
        auto rows = readAll(table.select);
        if (!rows)
            return rows.error();
        auto update = m_db->prepare(table.update);
        if (!update)
            return update.error();
        for (const auto &row : *rows) {
            const std::string ad = table.ad(row.key);
            auto plain = openWith(m_cipher.get(), row.value, ad);
            if (!plain)
                return Error{"storage_corrupt", "a stored value does not open with the current key"};
            (*update)->bind(1, sealWith(cipher.get(), *plain, ad)).bind(2, row.key);
            if (Status s = (*update)->run(); !s)
                return s;
        }
    }
    if (cipher) {
        if (Status s = setSettingSealed(std::string(cipherMarkKey), std::string(cipherMarkText), cipher.get()); !s)
            return s;
    } else if (Status s = m_db->exec("DELETE FROM settings WHERE key = 'cipher'"); !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_cipher = std::move(cipher);
    return scrub();
}

Status RecordStore::scrub()
{
    // VACUUM rewrites the file from the live rows only; the TRUNCATE checkpoint then empties the WAL, whose old
    // frames would otherwise keep earlier page images (plain ones, before encryption was turned on).
    if (Status s = m_db->exec("VACUUM"); !s)
        return s;
    return m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Status RecordStore::migrate()
{
    return m_db->migrate(migrations());
}

std::optional<Record> RecordStore::load(const std::string &id)
{
    auto st = m_db->prepare("SELECT body FROM records WHERE id = ?1");
    if (!st)
        return std::nullopt;
    (*st)->bind(1, id);
    auto row = (*st)->step();
    std::optional<Record> out;
    if (row && *row) {
        if (auto body = unsealed((*st)->text(0), recordAd(id))) {
            Json j = Json::parse(*body, nullptr, false);
            if (auto rec = recordFromJson(j); rec)
                out = std::move(*rec);
        }
    }
    (*st)->reset();
    return out;
}

Status RecordStore::save(const Record &record)
{
    auto st = m_db->prepare("INSERT INTO records (id, kind, owner, scope, deleted, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            "ON CONFLICT(id) DO UPDATE SET scope = excluded.scope, deleted = excluded.deleted, "
                            "body = excluded.body");
    if (!st)
        return st.error();
    (*st)->bind(1, record.id)
        .bind(2, record.kind)
        .bind(3, record.owner)
        .bind(4, scopeOf(record))
        .bind(5, int64_t(record.isDeleted() ? 1 : 0))
        .bind(6, sealed(recordToJson(record).dump(), recordAd(record.id)));
    return (*st)->run();
}

Hlc RecordStore::lastStamp()
{
    checkThread();
    if (!m_lastStampLoaded) {
        m_lastStamp = Hlc{};
        if (auto s = setting("clock"))
            m_lastStamp = Hlc::parse(*s).value_or(Hlc{});
        m_lastStampLoaded = true;
    }
    return m_lastStamp;
}

Status RecordStore::noteStamp(const Hlc &stamp)
{
    if (stamp <= lastStamp())
        return {};
    m_lastStamp = stamp;
    return setSetting("clock", stamp.toString());
}

Result<std::vector<Record>> RecordStore::applyLocal(const std::vector<Change> &changes)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    auto enqueue = m_db->prepare("INSERT INTO outbox (change_id, record_id, body) VALUES (?1, ?2, ?3)");
    if (!enqueue)
        return enqueue.error();

    std::vector<Record> merged;
    merged.reserve(changes.size());
    Hlc newest;
    for (const auto &change : changes) {
        std::optional<Record> current = load(change.patch.id);
        if (Status s = validateChange(change.patch, current ? &*current : nullptr); !s)
            return s.error();
        // Within the schema's limits a change can still be too large for any push (escaped text grows up to six
        // times): refused here, where the person sees it, rather than kept in an outbox that could never send it.
        const std::string body = changeToJson(change).dump();
        if (body.size() + 1 > protocol::maxPushChangesBytes)
            return Error{std::string(errc::tooLarge), "this change is too large to be sent"};
        Record state = current.value_or(Record{});
        merge(state, change.patch);
        if (Status s = save(state); !s)
            return s.error();
        (*enqueue)->bind(1, change.changeId)
            .bind(2, change.patch.id)
            .bind(3, sealed(body, outboxAd(change.changeId)));
        if (Status s = (*enqueue)->run(); !s)
            return s.error();
        newest = std::max(newest, change.patch.latestStamp());
        merged.push_back(std::move(state));
    }
    if (Status s = noteStamp(newest); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        m_lastStampLoaded = false;
        return s.error();
    }
    return merged;
}

Result<bool> RecordStore::insertNew(const Record &record, std::string_view wireText)
{
    auto st = m_db->prepare("INSERT INTO records (id, kind, owner, scope, deleted, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            "ON CONFLICT(id) DO NOTHING");
    if (!st)
        return st.error();
    (*st)->bind(1, record.id)
        .bind(2, record.kind)
        .bind(3, record.owner)
        .bind(4, scopeOf(record))
        .bind(5, int64_t(record.isDeleted() ? 1 : 0))
        .bind(6, sealed(wireText, recordAd(record.id)));
    if (Status s = (*st)->run(); !s)
        return s.error();
    return m_db->changes() == 1;
}

Status RecordStore::mergeRemote(std::vector<Record> &records, const std::vector<std::string_view> &wireTexts,
                                std::vector<Record> &changed, Hlc &newest)
{
    changed.reserve(changed.size() + records.size());
    const bool haveTexts = wireTexts.size() == records.size();
    for (size_t i = 0; i < records.size(); ++i) {
        Record &incoming = records[i];
        // A record new to the device is, merged into nothing, itself — unless it is a tombstone that still carries
        // fields (the merge drops them): then its text is not its state.
        if (haveTexts && !(incoming.deleted && !incoming.fields.empty())) {
            auto inserted = insertNew(incoming, wireTexts[i]);
            if (!inserted)
                return inserted.error();
            if (*inserted) {
                newest = std::max(newest, incoming.latestStamp());
                changed.push_back(std::move(incoming));
                continue;
            }
        }
        std::optional<Record> current = load(incoming.id);
        // The server already validated; a record that still fails here is skipped, not fatal.
        if (current && (current->kind != incoming.kind || current->owner != incoming.owner))
            continue;
        if (!current) {
            // merge(Record{}, incoming), without copying it: a tombstone keeps no fields.
            newest = std::max(newest, incoming.latestStamp());
            if (incoming.deleted)
                incoming.fields.clear();
            if (Status s = save(incoming); !s)
                return s;
            changed.push_back(std::move(incoming));
            continue;
        }
        Record &state = *current;
        if (!merge(state, incoming))
            continue;
        if (Status s = save(state); !s)
            return s;
        newest = std::max(newest, incoming.latestStamp());
        changed.push_back(std::move(state));
    }
    return {};
}

Status RecordStore::deleteRecords(const std::vector<std::string> &ids)
{
    auto st = m_db->prepare("DELETE FROM records WHERE id = ?1");
    if (!st)
        return st.error();
    for (const auto &id : ids) {
        (*st)->bind(1, id);
        if (Status s = (*st)->run(); !s)
            return s;
    }
    return {};
}

Result<std::vector<Record>> RecordStore::applyRemote(std::vector<Record> records)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    std::vector<Record> changed;
    Hlc newest;
    if (Status s = mergeRemote(records, {}, changed, newest); !s)
        return s.error();
    if (Status s = noteStamp(newest); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        m_lastStampLoaded = false;
        return s.error();
    }
    return changed;
}

Result<std::vector<Record>> RecordStore::applyPage(std::vector<Record> records,
                                                   const std::vector<std::string> &evictions, int64_t cursor,
                                                   const std::vector<std::string_view> &wireTexts)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    std::vector<Record> changed;
    Hlc newest;
    if (Status s = mergeRemote(records, wireTexts, changed, newest); !s)
        return s.error();
    if (Status s = deleteRecords(evictions); !s)
        return s.error();
    if (Status s = noteStamp(newest); !s)
        return s.error();
    if (Status s = setSetting("cursor", std::to_string(cursor)); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        m_lastStampLoaded = false;
        return s.error();
    }
    return changed;
}

Result<std::vector<Record>> RecordStore::applyLive(std::vector<Record> records,
                                                   const std::vector<std::string> &evictions, const std::string &syncedAt,
                                                   const std::vector<std::string_view> &wireTexts)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    std::vector<Record> changed;
    Hlc newest;
    if (Status s = mergeRemote(records, wireTexts, changed, newest); !s)
        return s.error();
    if (Status s = deleteRecords(evictions); !s)
        return s.error();
    if (Status s = noteStamp(newest); !s)
        return s.error();
    if (!syncedAt.empty()) {
        if (Status s = setSetting("lastSynced", syncedAt); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s) {
        m_lastStampLoaded = false;
        return s.error();
    }
    return changed;
}

Status RecordStore::evict(const std::vector<std::string> &ids)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = deleteRecords(ids); !s)
        return s;
    return tx.commit();
}

Result<std::vector<Record>> RecordStore::dropRefused(const std::vector<std::string> &ids)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = deleteRecords(ids); !s)
        return s.error();
    auto pending = m_db->prepare("SELECT body, change_id FROM outbox WHERE record_id = ?1 ORDER BY seq");
    if (!pending)
        return pending.error();
    std::vector<Record> rebuilt;
    for (const auto &id : ids) {
        (*pending)->bind(1, id);
        auto changes = (*pending)->rows([this](const Statement &st) {
            return changeFromJson(
                Json::parse(unsealed(st.text(0), outboxAd(st.text(1))).value_or(std::string()), nullptr, false));
        });
        if (!changes)
            return changes.error();
        Record state;
        bool any = false;
        for (const auto &change : *changes) {
            if (!change)
                continue;
            merge(state, change->patch);
            any = true;
        }
        if (!any)
            continue;
        if (Status s = save(state); !s)
            return s.error();
        rebuilt.push_back(std::move(state));
    }
    // In the same transaction: a crash can never leave a record dropped with the cursor already past it.
    if (Status s = setSetting("cursor", "0"); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rebuilt;
}

Result<size_t> RecordStore::restampAhead(int64_t limitMs, int64_t nowMs, const std::string &node)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status().error();
    const auto ahead = [&](const Hlc &h) { return h.node == node && h.wallMs > limitMs; };
    // With the id, so readRecords opens sealed bodies (the app's lock) with their row's identity.
    auto all = m_db->prepare("SELECT body, id FROM records");
    if (!all)
        return all.error();
    std::vector<Record> records = readRecords(*all);
    // New stamps come after every stamp up to limitMs (other devices' too), so an edit still wins over what the
    // device had seen when it was made, and they are never ahead themselves (calling again changes nothing).
    Hlc kept;
    for (const auto &r : records) {
        for (const auto &[name, fv] : r.fields) {
            if (fv.stamp.wallMs <= limitMs)
                kept = std::max(kept, fv.stamp);
        }
        if (r.deleted && r.deleted->wallMs <= limitMs)
            kept = std::max(kept, *r.deleted);
    }
    HybridClock clock(node, [nowMs] { return nowMs; });
    clock.restore(kept);

    auto outbox = m_db->prepare("SELECT seq, body, change_id FROM outbox ORDER BY seq");
    auto rewrite = m_db->prepare("UPDATE outbox SET body = ?2 WHERE seq = ?1");
    if (!outbox)
        return outbox.error();
    if (!rewrite)
        return rewrite.error();
    struct Row
    {
        int64_t seq;
        std::string body, changeId;
    };
    auto rows = (*outbox)->rows([](const Statement &st) { return Row{st.integer(0), st.text(1), st.text(2)}; });
    if (!rows)
        return rows.error();
    std::map<std::pair<std::string, std::string>, Hlc> newField; // (record, field) → its latest new stamp
    std::map<std::string, Hlc> newTombstone;
    size_t restamped = 0;
    for (const auto &[seq, stored, changeId] : *rows) {
        // An entry that does not open stays as it is (the sync client holds it back).
        const auto body = unsealed(stored, outboxAd(changeId));
        auto change = changeFromJson(Json::parse(body.value_or(std::string()), nullptr, false));
        if (!change)
            continue;
        Record &patch = change->patch;
        bool any = patch.deleted && ahead(*patch.deleted);
        for (const auto &[name, fv] : patch.fields)
            any = any || ahead(fv.stamp);
        if (!any)
            continue;
        const Hlc fresh = clock.tick();
        for (auto &[name, fv] : patch.fields) {
            if (ahead(fv.stamp)) {
                fv.stamp = fresh;
                newField[{patch.id, name}] = fresh;
            }
        }
        if (patch.deleted && ahead(*patch.deleted)) {
            patch.deleted = fresh;
            newTombstone[patch.id] = fresh;
        }
        (*rewrite)->bind(1, seq).bind(2, sealed(changeToJson(*change).dump(), outboxAd(changeId)));
        if (Status s = (*rewrite)->run(); !s)
            return s.error();
        ++restamped;
    }
    // The merged records get the same stamps as the changes that will reach the server, so both sides converge.
    for (auto &r : records) {
        bool touched = false;
        for (auto &[name, fv] : r.fields) {
            if (!ahead(fv.stamp))
                continue;
            auto it = newField.find({r.id, name});
            fv.stamp = it != newField.end() ? it->second : clock.tick();
            touched = true;
        }
        if (r.deleted && ahead(*r.deleted)) {
            auto it = newTombstone.find(r.id);
            r.deleted = it != newTombstone.end() ? it->second : clock.tick();
            touched = true;
        }
        if (touched) {
            if (Status s = save(r); !s)
                return s.error();
        }
    }
    // The saved clock may go back here, and only here: nothing was sent with the stamps it forgets.
    Hlc newest = std::max(kept, clock.last());
    if (const Hlc previous = lastStamp(); previous.wallMs <= limitMs)
        newest = std::max(newest, previous);
    if (Status s = setSetting("clock", newest.toString()); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        m_lastStampLoaded = false;
        return s.error();
    }
    m_lastStamp = newest;
    m_lastStampLoaded = true;
    return restamped;
}

std::optional<Record> RecordStore::get(const std::string &id)
{
    checkThread();
    return load(id);
}

std::vector<Record> RecordStore::readRecords(Statement *st)
{
    std::vector<Record> out;
    readRecords(st, [&out](std::vector<Record> &&part) {
        if (out.empty())
            out = std::move(part);
        else
            std::move(part.begin(), part.end(), std::back_inserter(out));
    });
    return out;
}

void RecordStore::readRecords(Statement *st, const std::function<void(std::vector<Record> &&)> &sink)
{
    // Rows are read here in windows; each window's bodies are opened (the app lock's seal) and read by two threads,
    // half each, and put back in order: at a cold start with 100,000 records that was most of the load. The helper
    // touches no SQLite, only the texts this thread read.
    struct Row
    {
        std::string stored, id;
    };
    auto decode = [this](std::vector<Row>::iterator from, std::vector<Row>::iterator to) {
        std::vector<Record> out;
        std::vector<std::string> bodies;
        size_t bytes = 0;
        auto flush = [&] {
            // Read in one pass by the quick reader (no JSON tree per record); a batch it leaves alone, body by body.
            std::vector<std::string_view> texts(bodies.begin(), bodies.end());
            if (auto quick = protocol::readRecordTexts(texts)) {
                std::move(quick->begin(), quick->end(), std::back_inserter(out));
            } else {
                for (const auto &body : bodies) {
                    if (auto rec = recordFromJson(Json::parse(body, nullptr, false)); rec)
                        out.push_back(std::move(*rec));
                }
            }
            bodies.clear();
            bytes = 0;
        };
        for (auto row = from; row != to; ++row) {
            auto body = unsealed(row->stored, recordAd(row->id));
            if (!body)
                continue;
            bytes += body->size();
            bodies.push_back(std::move(*body));
            if (bytes >= readBatchBytes)
                flush();
        }
        if (!bodies.empty())
            flush();
        return out;
    };
    std::vector<Row> window;
    auto take = [&] {
        if (window.size() < readWindowRows) {
            sink(decode(window.begin(), window.end()));
        } else {
            const auto middle = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
            auto second = std::async(std::launch::async, decode, middle, window.end());
            auto part = decode(window.begin(), middle);
            auto rest = second.get();
            std::move(rest.begin(), rest.end(), std::back_inserter(part));
            sink(std::move(part));
        }
        window.clear();
    };
    for (auto row = st->step(); row && *row; row = st->step()) {
        window.push_back(Row{st->text(0), st->text(1)});
        if (window.size() >= readWindowRows)
            take();
    }
    st->reset();
    if (!window.empty())
        take();
}

std::vector<Record> RecordStore::byKind(const std::string &kind, bool includeDeleted)
{
    checkThread();
    auto st = m_db->prepare("SELECT body, id FROM records WHERE kind = ?1 AND (deleted = 0 OR ?2) ORDER BY rowid");
    if (!st)
        return {};
    (*st)->bind(1, kind).bind(2, int64_t(includeDeleted ? 1 : 0));
    return readRecords(*st);
}

void RecordStore::byKinds(const std::vector<std::string> &kinds, const std::function<void(std::vector<Record> &&)> &sink)
{
    checkThread();
    // The table in rowid order, read once: byKind per kind wants rowid order from the (kind, scope) index, and SQLite
    // copies every body into a sorter for it. With 100,000 records that sort was a third of a cold start.
    auto st = m_db->prepare("SELECT body, id FROM records NOT INDEXED WHERE deleted = 0 ORDER BY rowid");
    if (!st)
        return;
    readRecords(*st, [&](std::vector<Record> &&part) {
        std::erase_if(part, [&](const Record &r) { return std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end(); });
        if (!part.empty())
            sink(std::move(part));
    });
}

std::vector<Record> RecordStore::byScope(const std::string &kind, const std::string &scope, bool includeDeleted)
{
    checkThread();
    auto st = m_db->prepare("SELECT body, id FROM records WHERE kind = ?1 AND scope = ?2 AND (deleted = 0 OR ?3) ORDER BY rowid");
    if (!st)
        return {};
    (*st)->bind(1, kind).bind(2, scope).bind(3, int64_t(includeDeleted ? 1 : 0));
    return readRecords(*st);
}

int64_t RecordStore::storedRows()
{
    checkThread();
    return m_db->scalar("SELECT count(*) FROM records");
}

int64_t RecordStore::recordCount()
{
    checkThread();
    return m_db->scalar("SELECT count(*) FROM records WHERE deleted = 0");
}

std::vector<Change> RecordStore::pendingChanges(size_t limit)
{
    checkThread();
    std::vector<Change> out;
    auto st = m_db->prepare("SELECT body, change_id FROM outbox ORDER BY seq LIMIT ?1");
    if (!st)
        return out;
    (*st)->bind(1, static_cast<int64_t>(limit));
    for (auto row = (*st)->step(); row && *row; row = (*st)->step()) {
        auto body = unsealed((*st)->text(0), outboxAd((*st)->text(1)));
        if (!body)
            continue;
        Json j = Json::parse(*body, nullptr, false);
        if (auto c = changeFromJson(j); c)
            out.push_back(std::move(*c));
    }
    (*st)->reset();
    return out;
}

RecordStore::PendingBatch RecordStore::pendingAfter(int64_t afterSeq, size_t limit, size_t maxBytes)
{
    checkThread();
    PendingBatch out;
    out.scannedUpTo = afterSeq;
    auto st = m_db->prepare("SELECT body, change_id, seq FROM outbox WHERE seq > ?1 ORDER BY seq");
    if (!st)
        return out;
    (*st)->bind(1, afterSeq);
    size_t bytes = 0;
    for (auto row = (*st)->step(); row && *row && out.changes.size() < limit; row = (*st)->step()) {
        const int64_t seq = (*st)->integer(2);
        auto body = unsealed((*st)->text(0), outboxAd((*st)->text(1)));
        std::optional<Change> change;
        if (body) {
            if (auto c = changeFromJson(Json::parse(*body, nullptr, false)); c)
                change = std::move(*c);
        }
        if (!change) {
            out.heldBack.push_back({seq, HeldBack::Why::Unreadable});
            out.scannedUpTo = seq;
            continue;
        }
        const size_t size = body->size() + 1;
        if (size > maxBytes) {
            out.heldBack.push_back({seq, HeldBack::Why::TooLarge});
            out.scannedUpTo = seq;
            continue;
        }
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        out.changes.push_back(Pending{seq, std::move(*change)});
        out.scannedUpTo = seq;
    }
    (*st)->reset();
    return out;
}

int64_t RecordStore::pendingCount()
{
    checkThread();
    return m_db->scalar("SELECT count(*) FROM outbox");
}

Status RecordStore::acknowledge(const std::vector<std::string> &changeIds)
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    auto st = m_db->prepare("DELETE FROM outbox WHERE change_id = ?1");
    if (!st)
        return st.error();
    for (const auto &id : changeIds) {
        (*st)->bind(1, id);
        if (Status s = (*st)->run(); !s)
            return s;
    }
    return tx.commit();
}

std::optional<std::string> RecordStore::setting(const std::string &key)
{
    checkThread();
    auto st = m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    if (!st)
        return std::nullopt;
    (*st)->bind(1, key);
    auto row = (*st)->step();
    std::optional<std::string> out;
    if (row && *row)
        out = unsealed((*st)->text(0), settingAd(key));
    (*st)->reset();
    return out;
}

Status RecordStore::setSetting(const std::string &key, const std::string &value)
{
    checkThread();
    return setSettingSealed(key, value, m_cipher.get());
}

Status RecordStore::setSettingSealed(const std::string &key, const std::string &value, const ValueCipher *cipher)
{
    auto st = m_db->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    (*st)->bind(1, key).bind(2, sealWith(cipher, value, settingAd(key)));
    return (*st)->run();
}

int64_t RecordStore::cursor()
{
    auto s = setting("cursor");
    if (!s)
        return 0;
    try {
        return std::stoll(*s);
    } catch (...) {
        return 0;
    }
}

Status RecordStore::setCursor(int64_t value)
{
    checkThread();
    return setSetting("cursor", std::to_string(value));
}

Status RecordStore::wipe()
{
    checkThread();
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = m_db->exec("DELETE FROM records; DELETE FROM outbox; DELETE FROM settings WHERE key <> 'cipher';");
        !s)
        return s;
    m_lastStamp = Hlc{};
    return tx.commit();
}

} // namespace medvandrer
