#include "final_check.h"

#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"

#include "records/record_json.h"
#include "store/record_store.h"
#include "store/sqlite_database.h"

#include <libpq-fe.h>

#include <optional>

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <sstream>

using namespace medvandrer;

namespace {
const std::vector<std::string> allKinds{"goal",    "step",    "checkin",    "reflection", "activity", "booking",
                                        "consent", "comment", "suggestion", "plan",       "about",    "snapshot"};
// Fields only the server writes; the driver does not know their final values (seat counts are checked apart).
bool serverDecided(const Record &r, const std::string &field)
{
    // A booking the server moved with its activity has a sessionStart no device wrote; cancelled sessions move
    // with the series (checked against the schedule in checkSchedule).
    return (r.kind == "booking" && (field == "status" || field == "position" || field == "offerExpires" ||
                                    field == "movedFrom" || field == "cancelReason" ||
                                    (field == "sessionStart" && r.value("movedFrom")))) ||
           (r.kind == "activity" && (field == "seatsTaken" || field == "cancelledSessions"));
}

std::string show(const Record &r)
{
    return recordToJson(r).dump();
}

// The first difference between two states of one record, readable.
std::string firstDifference(const Record &want, const Record &got)
{
    if (want.kind != got.kind || want.owner != got.owner)
        return "kind/owner " + want.kind + "/" + want.owner + " vs " + got.kind + "/" + got.owner;
    if (want.originDevice != got.originDevice)
        return "origin " + want.originDevice + " vs " + got.originDevice;
    if (want.deleted != got.deleted)
        return std::string("tombstone ") + (want.deleted ? want.deleted->toString() : "none") + " vs " +
               (got.deleted ? got.deleted->toString() : "none");
    for (const auto &[name, f] : want.fields) {
        auto g = got.fields.find(name);
        if (g == got.fields.end())
            return "field " + name + " missing (server has " + f.value.dump() + " @" + f.stamp.toString() + ")";
        if (!(g->second == f))
            return "field " + name + ": " + f.value.dump() + " @" + f.stamp.toString() + " vs " +
                   g->second.value.dump() + " @" + g->second.stamp.toString();
    }
    for (const auto &[name, f] : got.fields) {
        if (!want.fields.count(name))
            return "extra field " + name + " = " + f.value.dump();
    }
    return "equal";
}
} // namespace

FinalCheck::FinalCheck(const std::vector<Simulation::Account> &accounts,
                       const std::map<std::string, Simulation::Expected> &expected,
                       const std::multiset<std::string> &suggestionTexts)
    : m_accounts(accounts), m_expected(expected), m_suggestionTexts(suggestionTexts)
{
}

void FinalCheck::problem(std::string text)
{
    m_problems.push_back(std::move(text));
}

namespace {

bool isPostgresUrl(const std::string &spec)
{
    return spec.rfind("postgresql://", 0) == 0;
}

// One query's rows as text, from the server's PostgreSQL database; nothing on failure.
std::optional<std::vector<std::vector<std::string>>> pgRows(const std::string &url, const char *sql)
{
    PGconn *c = PQconnectdb(url.c_str());
    std::optional<std::vector<std::vector<std::string>>> out;
    if (PQstatus(c) == CONNECTION_OK) {
        PGresult *r = PQexec(c, sql);
        if (PQresultStatus(r) == PGRES_TUPLES_OK) {
            out.emplace();
            for (int i = 0; i < PQntuples(r); ++i) {
                std::vector<std::string> row;
                for (int j = 0; j < PQnfields(r); ++j)
                    row.emplace_back(PQgetvalue(r, i, j));
                out->push_back(std::move(row));
            }
        }
        PQclear(r);
    }
    PQfinish(c);
    return out;
}

} // namespace

bool FinalCheck::loadServer(const std::string &path)
{
    if (isPostgresUrl(path)) {
        auto rows = pgRows(path, "SELECT id, scope, shared, body FROM records");
        if (!rows) {
            problem("cannot read the server's records from PostgreSQL");
            return false;
        }
        for (const auto &row : *rows) {
            auto rec = recordFromJson(Json::parse(row[3], nullptr, false));
            if (!rec) {
                problem("unreadable server record " + row[0]);
                continue;
            }
            m_server[rec->id] = ServerRecord{*rec, row[1], row[2] != "0"};
        }
        return true;
    }
    auto db = SqliteDatabase::open(path, SqliteDatabase::Durability::Normal);
    if (!db) {
        problem("cannot open the server database: " + db.error().message);
        return false;
    }
    auto st = (*db)->prepare("SELECT id, scope, shared, body FROM records");
    if (!st) {
        problem("cannot read the server's records: " + st.error().message);
        return false;
    }
    while (true) {
        auto row = (*st)->step();
        if (!row || !*row)
            break;
        auto rec = recordFromJson(Json::parse((*st)->text(3), nullptr, false));
        if (!rec) {
            problem("unreadable server record " + (*st)->text(0));
            continue;
        }
        m_server[rec->id] = ServerRecord{*rec, (*st)->text(1), (*st)->integer(2) != 0};
    }
    (*st)->reset();
    return true;
}

int FinalCheck::openOffers(const std::string &serverDb)
{
    if (isPostgresUrl(serverDb)) {
        auto rows = pgRows(serverDb, "SELECT COUNT(*) FROM bookings WHERE status = 'offered'");
        return rows && !rows->empty() ? std::stoi(rows->front().front()) : -1;
    }
    auto db = SqliteDatabase::open(serverDb, SqliteDatabase::Durability::Normal);
    if (!db)
        return -1;
    return int((*db)->scalar("SELECT COUNT(*) FROM bookings WHERE status = 'offered'"));
}

std::set<std::string> FinalCheck::scopeOf(const Simulation::Account &account) const
{
    // docs/protocol.md §7, from the records themselves (not the server's grant table).
    std::set<std::string> ids;
    std::set<std::pair<std::string, std::string>> granted; // (owner, goal) shared with this helper
    if (account.role == QLatin1String("erfaringskonsulent")) {
        for (const auto &[id, s] : m_server) {
            const Record &r = s.record;
            if (r.kind != "consent" || r.isDeleted())
                continue;
            const Json *helper = r.value("helperId");
            const Json *active = r.value("active");
            if (helper && *helper == account.id && !(active && *active == false)) {
                ids.insert(id);
                granted.insert({r.owner, r.stringValue("goalId")});
            }
        }
    }
    for (const auto &[id, s] : m_server) {
        const Record &r = s.record;
        bool in = r.kind == "activity" || (r.owner == account.id && r.kind != "suggestion");
        if (account.role == QLatin1String("koordinator"))
            in = in || r.kind == "booking" || r.kind == "suggestion";
        if (account.role == QLatin1String("erfaringskonsulent") && granted.count({r.owner, s.scope})) {
            // A plan or «Om meg» is its own scope; its snapshots (history) stay the owner's.
            if (r.kind == "goal" || r.kind == "step" || r.kind == "checkin" || r.kind == "comment" || r.kind == "plan" ||
                r.kind == "about")
                in = true;
            if (r.kind == "reflection" && s.shared)
                in = true;
        }
        if (in)
            ids.insert(id);
    }
    return ids;
}

std::set<std::string> FinalCheck::goalsSharedWithNotes(const Simulation::Account &account) const
{
    // From the records themselves: active consents naming this helper with includeNotes true.
    std::set<std::string> goals;
    for (const auto &[id, s] : m_server) {
        const Record &r = s.record;
        if (r.kind != "consent" || r.isDeleted())
            continue;
        const Json *helper = r.value("helperId");
        const Json *active = r.value("active");
        const Json *notes = r.value("includeNotes");
        if (helper && *helper == account.id && !(active && *active == false) && notes && *notes == true)
            goals.insert(r.stringValue("goalId"));
    }
    return goals;
}

void FinalCheck::checkExpected()
{
    for (const auto &[id, x] : m_expected) {
        auto it = m_server.find(id);
        if (it == m_server.end()) {
            if (!x.mayReject)
                problem("lost: " + x.state.kind + " " + id + " was written on a device and never reached the server");
            continue;
        }
        const Record &got = it->second.record;
        if (x.deleted) {
            if (!got.isDeleted() && !x.mayReject)
                problem("lost delete: " + x.state.kind + " " + id + " is not deleted on the server: " + show(got));
            continue;
        }
        if (got.isDeleted()) {
            problem("phantom delete: " + x.state.kind + " " + id + " is deleted on the server, no device deleted it");
            continue;
        }
        if (!x.hasContent)
            continue;
        for (const auto &[name, want] : x.state.fields) {
            if (serverDecided(got, name))
                continue;
            auto g = got.fields.find(name);
            const bool same = g != got.fields.end() && g->second == want;
            auto written = x.written.find(name);
            const bool writtenBySomeone =
                x.refusable.count(name) && written != x.written.end() && g != got.fields.end() &&
                std::find(written->second.begin(), written->second.end(), g->second) != written->second.end();
            if (!same && !writtenBySomeone && !(x.mayReject && g == got.fields.end())) {
                problem("lost write: " + x.state.kind + " " + id + " field " + name + " should be " +
                        want.value.dump() + " @" + want.stamp.toString() + ", server has " +
                        (g == got.fields.end() ? std::string("nothing")
                                               : g->second.value.dump() + " @" + g->second.stamp.toString()));
            }
        }
        for (const auto &[name, f] : got.fields) {
            if (!serverDecided(got, name) && !x.state.fields.count(name))
                problem("phantom write: " + x.state.kind + " " + id + " field " + name + " = " + f.value.dump() +
                        " on the server, written by no device");
        }
    }
}

void FinalCheck::checkSuggestions()
{
    std::multiset<std::string> stored;
    for (const auto &[id, s] : m_server) {
        if (s.record.kind == "suggestion")
            stored.insert(s.record.stringValue("text"));
    }
    for (const auto &t : m_suggestionTexts) {
        if (stored.count(t) != 1)
            problem("suggestion \"" + t + "\" is on the server " + std::to_string(stored.count(t)) +
                    " times, written once");
    }
    if (stored.size() != m_suggestionTexts.size())
        problem("the server holds " + std::to_string(stored.size()) + " suggestions, devices wrote " +
                std::to_string(m_suggestionTexts.size()));
}

void FinalCheck::checkSeats()
{
    std::map<std::pair<std::string, qint64>, std::vector<const Record *>> sessions;
    for (const auto &[id, s] : m_server) {
        const Record &r = s.record;
        if (r.kind != "booking" || r.isDeleted())
            continue;
        ++m_bookings;
        const qint64 at =
            QDateTime::fromString(QString::fromStdString(r.stringValue("sessionStart")), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        sessions[{r.stringValue("activityId"), at}].push_back(&r);
    }
    std::map<std::string, std::map<std::string, int>> seatsHeld; // activity → session (UTC) → seats held
    for (const auto &[key, bookings] : sessions) {
        ++m_sessionsChecked;
        auto activity = m_server.find(key.first);
        if (activity == m_server.end())
            continue;
        const Json *capacity = activity->second.record.value("capacity");
        int taken = 0;
        std::vector<int64_t> positions;
        for (const Record *b : bookings) {
            const std::string status = b->stringValue("status");
            if (status == "confirmed" || status == "offered" || status == "attended")
                ++taken;
            if (status == "requested")
                problem("booking " + b->id + " is still 'requested' on the server");
            if (status == "waitlisted") {
                const Json *p = b->value("position");
                positions.push_back(p && p->is_number_integer() ? p->get<int64_t>() : -1);
            }
        }
        seatsHeld[key.first][calendar::formatUtc(key.second)] = taken;
        if (capacity && capacity->is_number_integer() && taken > capacity->get<int>())
            problem("overbooked: activity " + key.first + " session " + std::to_string(key.second) + " has " +
                    std::to_string(taken) + " seats taken, capacity " + capacity->dump());
        std::sort(positions.begin(), positions.end());
        for (size_t i = 0; i < positions.size(); ++i) {
            if (positions[i] != int64_t(i + 1)) {
                problem("waitlist positions of activity " + key.first + " are not 1…n");
                break;
            }
        }
    }
    // Every device shows seats left from the activity's seatsTaken: it must equal the seats really held.
    for (const auto &[id, st] : m_server) {
        const Record &a = st.record;
        if (a.kind != "activity" || a.isDeleted())
            continue;
        std::map<std::string, int> shown;
        if (const Json *seats = a.value("seatsTaken"); seats && seats->is_object()) {
            for (const auto &[session, count] : seats->items())
                shown[session] = count.get<int>();
        }
        std::map<std::string, int> held;
        for (const auto &[session, count] : seatsHeld[id]) {
            if (count > 0)
                held[session] = count;
        }
        if (shown != held)
            problem("activity " + id + " shows seatsTaken " + Json(shown).dump() + " but holds " + Json(held).dump());
    }
}

void FinalCheck::checkSchedule()
{
    // Issue 19: whatever koordinators did to times and series, nothing that holds or wants a seat, and no seat
    // count, points at a session the activity does not have.
    for (const auto &[id, s] : m_server) {
        const Record &a = s.record;
        if (a.kind != "activity" || a.isDeleted())
            continue;
        const auto times = calendar::activityTimes(a);
        if (!times) {
            problem("activity " + id + " has no readable schedule");
            continue;
        }
        if (const Json *seats = a.value("seatsTaken"); seats && seats->is_object()) {
            for (const auto &[session, count] : seats->items()) {
                const auto ms = calendar::parseDateTimeMs(session);
                if (!ms || !calendar::sessionAt(*times, *ms))
                    problem("activity " + id + " counts seats in " + session + ", which is not one of its sessions");
            }
        }
    }
    for (const auto &[id, s] : m_server) {
        const Record &b = s.record;
        if (b.kind != "booking" || b.isDeleted())
            continue;
        const std::string status = b.stringValue("status");
        const bool wantsPlace = status == "requested" || status == "confirmed" || status == "waitlisted" ||
                                status == "offered";
        const bool holdsSeat = status == "confirmed" || status == "offered" || status == "attended";
        if (b.value("cancelReason") && status != "cancelled")
            problem("booking " + id + " has a cancelReason but is " + status);
        if (b.stringValue("cancelReason") == "session_removed")
            ++m_removedBookings;
        if (b.value("movedFrom"))
            ++m_movedBookings;
        if (!wantsPlace && !holdsSeat)
            continue;
        auto activity = m_server.find(b.stringValue("activityId"));
        if (activity == m_server.end() || activity->second.record.isDeleted())
            continue;
        const Record &a = activity->second.record;
        const auto times = calendar::activityTimes(a);
        const auto ms = calendar::parseDateTimeMs(b.stringValue("sessionStart"));
        if (!times || !ms || !calendar::sessionAt(*times, *ms)) {
            problem("booking " + id + " (" + status + ") is on " + b.stringValue("sessionStart") +
                    ", outside the schedule of activity " + a.id + ": " + show(a));
            continue;
        }
        bool sessionCancelled = false;
        if (const Json *list = a.value("cancelledSessions"); list && list->is_array()) {
            for (const auto &entry : *list) {
                if (entry.is_string() && calendar::parseDateTimeMs(entry.get<std::string>()) == ms)
                    sessionCancelled = true;
            }
        }
        const Json *cancelled = a.value("cancelled");
        if (wantsPlace && (sessionCancelled || (cancelled && *cancelled == true)))
            problem("booking " + id + " is still " + status + " in a cancelled session");
    }
}

void FinalCheck::checkDevice(const DeviceFile &device)
{
    ++m_devicesChecked;
    const Simulation::Account &account = m_accounts[size_t(device.account)];
    const std::string who = "device " + std::to_string(device.index) + " (" + account.username.toStdString() + ")";
    auto store = RecordStore::open(device.path);
    if (!store) {
        problem(who + ": cannot open its store: " + store.error().message);
        return;
    }
    std::map<std::string, Record> held;
    for (const auto &kind : allKinds) {
        for (Record &r : (*store)->byKind(kind, true)) {
            if (!device.ownSuggestions.count(r.id))
                held[r.id] = std::move(r);
        }
    }
    m_deviceRecords += int(held.size());
    if ((*store)->pendingCount() != 0)
        problem(who + ": " + std::to_string((*store)->pendingCount()) + " changes still in the outbox");
    const std::set<std::string> scope = scopeOf(account);
    const std::set<std::string> notesShared = goalsSharedWithNotes(account);
    for (const auto &id : scope) {
        Record want = m_server.at(id).record;
        // A helper holds a check-in's note only where a grant includes notes (§7).
        if (want.kind == "checkin" && want.owner != account.id && !notesShared.count(m_server.at(id).scope))
            want.fields.erase("note");
        auto it = held.find(id);
        if (it == held.end()) {
            problem(who + ": missing " + want.kind + " " + id + " (in scope, on the server: " + show(want) + ")");
            continue;
        }
        if (!(it->second == want))
            problem(who + ": " + want.kind + " " + id + " differs from the server: " +
                    firstDifference(want, it->second));
    }
    for (const auto &[id, r] : held) {
        if (scope.count(id))
            continue;
        if (!m_server.count(id))
            problem(who + ": holds " + r.kind + " " + id + " that the server does not have: " + show(r));
        else
            problem(who + ": holds " + r.kind + " " + id + " outside its scope");
    }
}

bool FinalCheck::run(const std::string &serverDb, const std::vector<DeviceFile> &devices)
{
    if (!loadServer(serverDb))
        return false;
    checkExpected();
    checkSuggestions();
    checkSeats();
    checkSchedule();
    for (const auto &d : devices)
        checkDevice(d);
    return m_problems.empty();
}

std::string FinalCheck::stats() const
{
    std::ostringstream out;
    out << "server-records=" << m_server.size() << " bookings=" << m_bookings << " moved=" << m_movedBookings
        << " session-removed=" << m_removedBookings << " sessions=" << m_sessionsChecked
        << " device-records=" << m_deviceRecords << " problems=" << m_problems.size();
    return out.str();
}
