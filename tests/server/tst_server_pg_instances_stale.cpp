// Issue 13: a writer on one instance never decides on what it read before another instance's writer committed.
// Two pushes on two instances wait behind a third writer that holds the sequence counter (as any instance's commit
// in progress does); the one that goes second must see the first one's rows, or it writes back what it read before
// (the long multi-instance simulation's seat counts one seat off, and a koordinator's device keeping a value the
// server had lost). Runs only as server.pg.*.
#include "support/instances_fixture.h"

#include <libpq-fe.h>

#include <thread>

using namespace medvandrer;
using namespace medvandrer::testing;
using namespace std::chrono;

namespace {

// Long enough for a push to reach the database and wait there on a loaded machine.
constexpr auto settle = 400ms;

bool exec(PGconn *conn, const char *sql)
{
    PGresult *r = PQexec(conn, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    return ok;
}

class InstancesStaleReadTest : public InstancesFixture
{
};

TEST_F(InstancesStaleReadTest, AnActivityEditQueuedBehindABookingKeepsItsSeatCount)
{
    Device lise = koordinator("lise", 0);
    auto act = activity(lise.accountId, "Kafe");
    ASSERT_EQ(lise.ws->request(Json{{"type", "push"}, {"changes", {act.change()}}})["results"][0]["status"], "applied");
    const Json brukere = createAccounts("ola", 1);
    ASSERT_TRUE(brukere.is_array() && brukere.size() == 1);
    auto ola = connect(1);
    ASSERT_EQ(ola->request(Json{{"type", "resume"}, {"token", brukere[0]["token"]}})["type"], "authenticated");

    // A writer in the middle of its commit holds the counter row until it ends.
    PGconn *holder = PQconnectdb(m_url.c_str());
    ASSERT_EQ(PQstatus(holder), CONNECTION_OK) << PQerrorMessage(holder);
    ASSERT_TRUE(exec(holder, "BEGIN"));
    ASSERT_TRUE(exec(holder, "SELECT value FROM meta WHERE key = 'seq' FOR UPDATE"));

    // Ola's booking (instance 1) queues first, Lise's new title (instance 0) behind it.
    auto b = booking(brukere[0]["accountId"], act.id());
    ASSERT_TRUE(ola->sendJson(Json{{"type", "push"}, {"rid", "book"}, {"changes", {b.change()}}}));
    std::this_thread::sleep_for(settle);
    auto retitled = RecordBuilder("activity", lise.accountId, act.id()).set("title", "Kafe på torget");
    ASSERT_TRUE(lise.ws->sendJson(Json{{"type", "push"}, {"rid", "edit"}, {"changes", {retitled.change()}}}));
    std::this_thread::sleep_for(settle);
    ASSERT_TRUE(exec(holder, "COMMIT"));
    PQfinish(holder);

    auto booked = ola->waitFor([](const Json &m) { return m.value("rid", "") == "book"; }, 20s);
    ASSERT_TRUE(booked);
    ASSERT_EQ((*booked)["results"][0]["status"], "applied") << booked->dump();
    auto edited = lise.ws->waitFor([](const Json &m) { return m.value("rid", "") == "edit"; }, 20s);
    ASSERT_TRUE(edited);
    ASSERT_EQ((*edited)["results"][0]["status"], "applied") << edited->dump();

    // On the server, read by a fresh connection to the third instance: the new title and Ola's seat, both.
    auto reader = resume(lise.token, 2);
    Json page = reader->request(Json{{"type", "pull"}, {"cursor", 0}, {"limit", 500}});
    ASSERT_EQ(page["type"], "changes") << page.dump();
    std::optional<Json> stored;
    for (const auto &r : page["records"])
        if (r["id"] == act.id())
            stored = r;
    ASSERT_TRUE(stored) << page.dump();
    EXPECT_EQ((*stored)["fields"]["title"]["v"], "Kafe på torget");
    const Json seats = stored->value("/fields/seatsTaken/v"_json_pointer, Json());
    ASSERT_TRUE(seats.is_object() && seats.size() == 1) << "the edit wrote back the activity as it was before the "
                                                           "booking: "
                                                        << stored->dump();
    EXPECT_EQ(seats.begin().value(), 1) << stored->dump();
}

// Each instance has a clock of its own, and a device's stamps move only the clock of the instance it pushes to. The
// seat count a booking on instance 1 writes must still win over the one instance 0 wrote with its clock an hour
// ahead (a stamp older than the field's loses the merge on the server and on every device).
TEST_F(InstancesStaleReadTest, ASeatCountWrittenWithASlowerInstanceClockStillCounts)
{
    Device lise = koordinator("lise", 0);
    auto act = activity(lise.accountId, "Kafe");
    ASSERT_EQ(lise.ws->request(Json{{"type", "push"}, {"changes", {act.change()}}})["results"][0]["status"], "applied");
    const Json brukere = createAccounts("bruker", 2);
    ASSERT_TRUE(brukere.is_array() && brukere.size() == 2);

    const std::string ahead = stampAt(systemMillis() + 3'600'000); // a device whose clock runs an hour fast
    auto early = connect(0);
    ASSERT_EQ(early->request(Json{{"type", "resume"}, {"token", brukere[0]["token"]}})["type"], "authenticated");
    auto fast = RecordBuilder("booking", brukere[0]["accountId"])
                    .set("activityId", act.id(), ahead)
                    .set("sessionStart", "2030-03-05T11:00:00+01:00", ahead)
                    .set("status", "requested", ahead);
    ASSERT_EQ(early->request(Json{{"type", "push"}, {"changes", {fast.change()}}})["results"][0]["status"], "applied");
    auto late = connect(1);
    ASSERT_EQ(late->request(Json{{"type", "resume"}, {"token", brukere[1]["token"]}})["type"], "authenticated");
    auto b = booking(brukere[1]["accountId"], act.id());
    ASSERT_EQ(late->request(Json{{"type", "push"}, {"changes", {b.change()}}})["results"][0]["status"], "applied");

    Json page = lise.ws->request(Json{{"type", "pull"}, {"cursor", 0}, {"limit", 500}});
    ASSERT_EQ(page["type"], "changes") << page.dump();
    std::optional<Json> stored;
    for (const auto &r : page["records"])
        if (r["id"] == act.id())
            stored = r;
    ASSERT_TRUE(stored) << page.dump();
    const Json seats = stored->value("/fields/seatsTaken/v"_json_pointer, Json());
    ASSERT_TRUE(seats.is_object() && seats.size() == 1) << stored->dump();
    EXPECT_EQ(seats.begin().value(), 2) << "the second seat count lost to the first one's later stamp: "
                                        << stored->dump();
}

} // namespace
