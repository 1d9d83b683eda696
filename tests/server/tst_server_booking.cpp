// Seats against the real server: the 200-device race, cancellations, offers and their expiry, retries, SIGKILL.
#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"
#include "records/record_json.h"
#include "support/server_harness.h"

#include <algorithm>
#include <csignal>
#include <iostream>
#include <latch>
#include <map>
#include <set>
#include <thread>

namespace medvandrer::testing {
namespace {

struct Person
{
    std::string accountId;
    std::string token;
    std::unique_ptr<WsClient> ws;
    std::string bookingId;
    std::string changeId;
    int64_t seq = 0; // arrival, from push_result
};

class BookingTest : public ServerTest
{
protected:
    // Offers of 6 s: the arrival-order test must see the first offers run out and the next ones still open, and
    // under a loaded machine (the whole suite on two cores) its steps in between have taken well over a second.
    void SetUp() override { startServer({"--offer-seconds", "6"}); }

    std::vector<Person> createPeople(const std::string &prefix, int count)
    {
        auto r = admin({"create-accounts", "--count", std::to_string(count), "--prefix", prefix, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        Json list = Json::parse(r.out, nullptr, false);
        std::vector<Person> out;
        for (const auto &a : list)
            out.push_back(Person{a["accountId"], a["token"], nullptr, newUuid(), newUuid(), 0});
        return out;
    }

    void connectAll(std::vector<Person> &people)
    {
        for (auto &p : people) {
            p.ws = connect();
            Json reply = p.ws->request(Json{{"type", "resume"}, {"token", p.token}});
            ASSERT_EQ(reply["type"], "authenticated") << reply.dump();
        }
    }

    // A bookable activity starting in a few days; returns its id and the session people will book.
    std::pair<std::string, std::string> createActivity(Device &lise, int capacity, int deadlineHours = 1)
    {
        const int64_t start = (systemMillis() / 1000 + 3 * 86400) * 1000;
        auto a = activity(lise.accountId, "Samtalegruppe")
                     .set("start", calendar::formatUtc(start))
                     .set("end", calendar::formatUtc(start + 5400000))
                     .set("recurrenceWeeks", 3)
                     .set("capacity", capacity)
                     .set("bookingDeadlineHours", deadlineHours);
        EXPECT_EQ(statusOf(push(*lise.ws, {a.change()})), "applied");
        const calendar::ActivityTimes times{start, 5400000, 3};
        return {a.id(), calendar::formatUtc(calendar::sessionStartMs(times, 1))};
    }

    static Json bookingChange(const Person &p, const std::string &activityId, const std::string &session)
    {
        RecordBuilder b("booking", p.accountId, p.bookingId);
        b.set("activityId", activityId).set("sessionStart", session).set("status", "requested");
        return b.change(p.changeId);
    }

    static Json flagChange(const Person &p, const std::string &field, bool value)
    {
        return RecordBuilder("booking", p.accountId, p.bookingId).set(field, value).change();
    }

    // Every client sends its message at the same moment (8 threads); returns each reply, or {} if none came.
    static std::vector<Json> fireAll(std::vector<Person *> people, const std::vector<Json> &messages,
                                     std::chrono::milliseconds timeout = 20s)
    {
        std::vector<Json> replies(people.size());
        const size_t threads = 8;
        std::latch ready(threads);
        std::vector<std::thread> pool;
        for (size_t t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                ready.arrive_and_wait();
                for (size_t i = t; i < people.size(); i += threads)
                    people[i]->ws->sendJson(messages[i]);
                for (size_t i = t; i < people.size(); i += threads) {
                    const std::string rid = messages[i]["rid"];
                    auto reply = people[i]->ws->waitFor([&](const Json &j) { return j.value("rid", "") == rid; },
                                                        timeout);
                    if (reply)
                        replies[i] = *reply;
                }
            });
        }
        for (auto &th : pool)
            th.join();
        return replies;
    }

    static std::vector<Json> pushEach(std::vector<Person *> people, const std::vector<Json> &changes,
                                      std::chrono::milliseconds timeout = 20s)
    {
        std::vector<Json> messages;
        for (size_t i = 0; i < changes.size(); ++i)
            messages.push_back(Json{{"type", "push"}, {"rid", "p" + newUuid()}, {"changes", Json::array({changes[i]})}});
        return fireAll(std::move(people), messages, timeout);
    }

    static std::vector<Person *> ptrs(std::vector<Person> &people)
    {
        std::vector<Person *> out;
        for (auto &p : people)
            out.push_back(&p);
        return out;
    }

    Json participants(Device &lise, const std::string &activityId, const std::string &session)
    {
        Json reply = lise.ws->request(Json{{"type", "participants"}, {"activityId", activityId}, {"sessionStart", session}});
        EXPECT_EQ(reply["type"], "participants") << reply.dump();
        return reply["participants"];
    }

    // The invariant that must hold whatever happened: seats never overbooked, wait-list places 1..n, unique.
    static void checkInvariant(const Json &list, int capacity)
    {
        int held = 0;
        std::vector<int64_t> positions;
        std::set<std::string> activeOwners;
        for (const auto &p : list) {
            const std::string status = p["status"];
            if (status == "confirmed" || status == "offered" || status == "attended")
                ++held;
            if (status == "waitlisted")
                positions.push_back(p["position"]);
            if (status != "cancelled" && status != "declined" && status != "attended") {
                EXPECT_TRUE(activeOwners.insert(p["accountId"]).second) << "two active bookings for one person";
            }
        }
        EXPECT_LE(held, capacity);
        std::sort(positions.begin(), positions.end());
        for (size_t i = 0; i < positions.size(); ++i)
            EXPECT_EQ(positions[i], int64_t(i + 1));
    }

    // A record's fields as `ws` pulls them (the newest state); null if it is not in that account's scope.
    static Json fieldsOf(WsClient &ws, const std::string &id)
    {
        Json fields;
        for (const auto &r : pullAll(ws).records) {
            if (r["id"] == id)
                fields = r["fields"];
        }
        return fields;
    }

    static Json seatsTaken(WsClient &ws, const std::string &activityId)
    {
        Json f = fieldsOf(ws, activityId);
        return f.contains("seatsTaken") ? f["seatsTaken"]["v"] : Json::object();
    }

    // The activity's schedule as the server holds it.
    static calendar::ActivityTimes timesOf(WsClient &ws, const std::string &activityId)
    {
        for (const auto &r : pullAll(ws).records) {
            if (r["id"] == activityId) {
                auto rec = recordFromJson(r);
                if (rec)
                    if (auto t = calendar::activityTimes(*rec))
                        return *t;
            }
        }
        ADD_FAILURE() << "no readable activity " << activityId;
        return {};
    }

    static std::string sessionOf(const calendar::ActivityTimes &t, int index)
    {
        return calendar::formatUtc(calendar::sessionStartMs(t, index));
    }

    // A koordinator's edit of the times: the first session at `startMs`, 90 minutes long.
    static Json moveChange(Device &lise, const std::string &activityId, int64_t startMs)
    {
        return RecordBuilder("activity", lise.accountId, activityId)
            .set("start", calendar::formatUtc(startMs))
            .set("end", calendar::formatUtc(startMs + 5400000))
            .change();
    }

    static Json statusChange(const Person &p, const std::string &status)
    {
        return RecordBuilder("booking", p.accountId, p.bookingId).set("status", status).change();
    }

    static std::map<std::string, Json> byBooking(const Json &list)
    {
        std::map<std::string, Json> out;
        for (const auto &p : list)
            out[p["bookingId"]] = p;
        return out;
    }
};

TEST_F(BookingTest, TwoHundredOfflineRequestsTwentySeatsInArrivalOrder)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 20);
    auto people = createPeople("deltaker", 200);
    connectAll(people);

    // All 200 come online at once, each pushing the request it made offline.
    std::vector<Json> changes;
    for (const auto &p : people)
        changes.push_back(bookingChange(p, activityId, session));
    auto replies = pushEach(ptrs(people), changes);
    for (size_t i = 0; i < people.size(); ++i) {
        ASSERT_EQ(statusOf(replies[i]), "applied") << replies[i].dump();
        people[i].seq = replies[i]["results"][0]["seq"];
    }

    // Arrival order is server seq order: the first 20 are confirmed, the rest wait in that order.
    std::vector<Person *> order = ptrs(people);
    std::sort(order.begin(), order.end(), [](Person *a, Person *b) { return a->seq < b->seq; });
    auto list = byBooking(participants(lise, activityId, session));
    ASSERT_EQ(list.size(), 200u);
    checkInvariant(participants(lise, activityId, session), 20);
    for (size_t i = 0; i < order.size(); ++i) {
        const Json &p = list[order[i]->bookingId];
        if (i < 20) {
            EXPECT_EQ(p["status"], "confirmed") << i;
        } else {
            EXPECT_EQ(p["status"], "waitlisted") << i;
            EXPECT_EQ(p["position"], int64_t(i - 19)) << i;
        }
        EXPECT_EQ(p["displayName"], "deltaker" + std::to_string(&*order[i] - &people[0] + 1));
    }

    // Each person's own device hears the decision live, and again at its next pull.
    for (size_t i = 0; i < order.size(); i += 37) {
        Person &p = *order[i];
        auto live = p.ws->waitFor([&](const Json &j) {
            return j.value("type", "") == "changes" && j.value("live", false) && j["records"].dump().find(p.bookingId) != std::string::npos;
        });
        ASSERT_TRUE(live) << "no live decision for arrival " << i;
        auto pulled = pullAll(*p.ws);
        ASSERT_TRUE(pulled.has(p.bookingId));
        for (const auto &r : pulled.records) {
            if (r["id"] == p.bookingId) {
                EXPECT_EQ(r["fields"]["status"]["v"], i < 20 ? "confirmed" : "waitlisted");
            }
        }
    }

    // Retries never double-book: the same change again is a duplicate; a second booking is refused.
    std::vector<Person *> retry(order.begin() + 15, order.begin() + 25);
    std::vector<Json> again;
    for (auto *p : retry)
        again.push_back(bookingChange(*p, activityId, session));
    for (const auto &r : pushEach(retry, again))
        EXPECT_EQ(statusOf(r), "duplicate");
    Person second = {order[0]->accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*order[0]->ws, {bookingChange(second, activityId, session)})), "rejected:already_booked");
    Person other = {order[25]->accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*order[25]->ws, {bookingChange(other, activityId, session)})), "rejected:already_booked");
    // A device cannot confirm itself.
    EXPECT_EQ(statusOf(push(*order[30]->ws, {RecordBuilder("booking", order[30]->accountId, order[30]->bookingId)
                                                  .set("status", "confirmed")
                                                  .change()})),
              "rejected:forbidden");
    checkInvariant(participants(lise, activityId, session), 20);

    // Five confirmed people cancel at once: five offers, to the first five waiting.
    std::vector<Person *> cancellers(order.begin(), order.begin() + 5);
    std::vector<Json> cancels;
    for (auto *p : cancellers)
        cancels.push_back(flagChange(*p, "wantsCancel", true));
    for (const auto &r : pushEach(cancellers, cancels))
        EXPECT_EQ(statusOf(r), "applied");
    list = byBooking(participants(lise, activityId, session));
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(list[order[i]->bookingId]["status"], "cancelled");
        EXPECT_EQ(list[order[20 + i]->bookingId]["status"], "offered") << i;
        EXPECT_TRUE(list[order[20 + i]->bookingId]["offerExpires"].is_string());
    }
    for (size_t i = 25; i < 200; ++i)
        EXPECT_EQ(list[order[i]->bookingId]["position"], int64_t(i - 24));
    checkInvariant(participants(lise, activityId, session), 20);
    // The offered person is told live.
    EXPECT_TRUE(order[20]->ws->waitFor([&](const Json &j) {
        return j.value("live", false) && j["records"].dump().find("\"offered\"") != std::string::npos;
    }));

    // One accepts, one declines (the seat moves on at once), the other three let the offer run out.
    EXPECT_EQ(statusOf(push(*order[20]->ws, {flagChange(*order[20], "acceptOffer", true)})), "applied");
    EXPECT_EQ(statusOf(push(*order[21]->ws, {flagChange(*order[21], "acceptOffer", false)})), "applied");
    list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[order[20]->bookingId]["status"], "confirmed");
    EXPECT_EQ(list[order[21]->bookingId]["status"], "declined");
    EXPECT_EQ(list[order[25]->bookingId]["status"], "offered");
    EXPECT_EQ(list[order[26]->bookingId]["position"], 1);
    checkInvariant(participants(lise, activityId, session), 20);

    // The first offers run out by the server's clock (offerExpires is shown to the second, rounded down; the sweep
    // runs twice a second): look until they have, for at most 3 s after the last one's expiry.
    int64_t lastExpiry = 0;
    for (int i : {22, 23, 24, 25})
        lastExpiry = std::max(lastExpiry, *calendar::parseDateTimeMs(list[order[i]->bookingId]["offerExpires"].get<std::string>()));
    std::this_thread::sleep_for(std::chrono::milliseconds(std::max<int64_t>(0, lastExpiry - systemMillis())));
    for (;;) {
        list = byBooking(participants(lise, activityId, session));
        const bool allRanOut = std::all_of(order.begin() + 22, order.begin() + 26,
                                           [&](Person *p) { return list[p->bookingId]["status"] == "declined"; });
        if (allRanOut || systemMillis() > lastExpiry + 3000)
            break;
        std::this_thread::sleep_for(200ms);
    }
    for (int i : {22, 23, 24, 25})
        EXPECT_EQ(list[order[i]->bookingId]["status"], "declined") << i;
    for (int i : {26, 27, 28, 29})
        EXPECT_EQ(list[order[i]->bookingId]["status"], "offered") << i;
    EXPECT_EQ(list[order[30]->bookingId]["position"], 1);
    checkInvariant(participants(lise, activityId, session), 20);

    // Accepting too late changes nothing; accepting in time confirms.
    EXPECT_EQ(statusOf(push(*order[22]->ws, {flagChange(*order[22], "acceptOffer", true)})), "applied");
    EXPECT_EQ(statusOf(push(*order[26]->ws, {flagChange(*order[26], "acceptOffer", true)})), "applied");
    list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[order[22]->bookingId]["status"], "declined");
    EXPECT_EQ(list[order[26]->bookingId]["status"], "confirmed");
    auto pulled = pullAll(*order[22]->ws);
    for (const auto &r : pulled.records) {
        if (r["id"] == order[22]->bookingId) {
            EXPECT_EQ(r["fields"]["status"]["v"], "declined");
        }
    }
    checkInvariant(participants(lise, activityId, session), 20);
}

TEST_F(BookingTest, SigkillMidwayLosesNothingAndOverbooksNothing)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 20);
    auto people = createPeople("kill", 120);
    connectAll(people);

    std::vector<Json> changes;
    for (const auto &p : people)
        changes.push_back(bookingChange(p, activityId, session));
    std::vector<Json> replies;
    std::thread pusher([&] { replies = pushEach(ptrs(people), changes, 5s); });
    // Kill once the first decisions are being committed.
    std::this_thread::sleep_for(40ms);
    ASSERT_TRUE(server().stop(SIGKILL));
    pusher.join();
    std::set<std::string> ackedBefore;
    for (size_t i = 0; i < people.size(); ++i) {
        if (statusOf(replies[i]) == "applied")
            ackedBefore.insert(people[i].bookingId);
    }

    std::cout << "acknowledged before SIGKILL: " << ackedBefore.size() << " of " << people.size() << std::endl;
    startServer({"--offer-seconds", "3"});
    lise = login("lise");
    connectAll(people);
    // Every device retries its unacknowledged push with the same changeId.
    replies = pushEach(ptrs(people), changes);
    size_t duplicates = 0;
    for (size_t i = 0; i < people.size(); ++i) {
        const std::string st = statusOf(replies[i]);
        ASSERT_TRUE(st == "applied" || st == "duplicate") << st;
        if (ackedBefore.count(people[i].bookingId)) {
            EXPECT_EQ(st, "duplicate") << "an acknowledged booking was lost";
        }
        duplicates += st == "duplicate";
        people[i].seq = replies[i]["results"][0]["seq"];
    }
    EXPECT_GE(duplicates, ackedBefore.size());
    auto list = participants(lise, activityId, session);
    ASSERT_EQ(list.size(), 120u);
    checkInvariant(list, 20);
    int confirmed = 0;
    for (const auto &p : list)
        confirmed += p["status"] == "confirmed";
    EXPECT_EQ(confirmed, 20);

    // Cancellations interrupted by another SIGKILL: still never overbooked, still in order.
    auto byId = byBooking(list);
    std::vector<Person *> cancellers;
    for (auto &p : people) {
        if (byId[p.bookingId]["status"] == "confirmed" && cancellers.size() < 10)
            cancellers.push_back(&p);
    }
    std::vector<Json> cancels;
    for (auto *p : cancellers)
        cancels.push_back(flagChange(*p, "wantsCancel", true));
    std::thread canceller([&] { (void)pushEach(cancellers, cancels, 3s); });
    std::this_thread::sleep_for(5ms);
    ASSERT_TRUE(server().stop(SIGKILL));
    canceller.join();
    startServer({"--offer-seconds", "3"});
    lise = login("lise");
    for (auto *p : cancellers) {
        p->ws = connect();
        ASSERT_EQ(p->ws->request(Json{{"type", "resume"}, {"token", p->token}})["type"], "authenticated");
    }
    for (const auto &r : pushEach(cancellers, cancels)) {
        const std::string st = statusOf(r);
        EXPECT_TRUE(st == "applied" || st == "duplicate") << st;
    }
    list = participants(lise, activityId, session);
    checkInvariant(list, 20);
    int offered = 0, cancelled = 0;
    for (const auto &p : list) {
        offered += p["status"] == "offered";
        cancelled += p["status"] == "cancelled";
    }
    EXPECT_EQ(cancelled, 10);
    EXPECT_EQ(offered, 10);
}

TEST_F(BookingTest, KoordinatorsEditCancelAndMarkAttendance)
{
    Device lise = koordinator("lise");
    Device ola = koordinator("ola");
    auto [activityId, session] = createActivity(lise, 2);
    auto people = createPeople("book", 3);
    connectAll(people);
    for (auto &p : people)
        ASSERT_EQ(statusOf(push(*p.ws, {bookingChange(p, activityId, session)})), "applied");

    // A second koordinator edits the first one's activity (the owner stays its creator).
    EXPECT_EQ(statusOf(push(*ola.ws, {RecordBuilder("activity", lise.accountId, activityId).set("title", "Ny tittel").change()})),
              "applied");
    // Raising the capacity offers the new seat to the first person waiting.
    EXPECT_EQ(statusOf(push(*ola.ws, {RecordBuilder("activity", lise.accountId, activityId).set("capacity", 3).change()})),
              "applied");
    auto list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[people[2].bookingId]["status"], "offered");

    // Attendance: koordinators only, confirmed bookings only.
    auto attended = [&](const Person &p) {
        return RecordBuilder("booking", p.accountId, p.bookingId).set("status", "attended").change();
    };
    EXPECT_EQ(statusOf(push(*people[1].ws, {attended(people[0])})), "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*people[0].ws, {attended(people[0])})), "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*lise.ws, {attended(people[2])})), "rejected:forbidden");
    // Next week's session has not begun (the window is tested in AttendanceFromTheStartUntilAWeekAfter).
    EXPECT_EQ(statusOf(push(*lise.ws, {attended(people[0])})), "rejected:attendance_not_open");
    list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[people[0].bookingId]["status"], "confirmed");

    // Names only to koordinatorer.
    Json denied = people[0].ws->request(Json{{"type", "participants"}, {"activityId", activityId}});
    EXPECT_EQ(denied["code"], "forbidden");

    // Cancelling the activity cancels every active booking; the person learns it at the next pull.
    EXPECT_EQ(statusOf(push(*ola.ws, {RecordBuilder("activity", lise.accountId, activityId).set("cancelled", true).change()})),
              "applied");
    list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[people[0].bookingId]["status"], "cancelled");
    EXPECT_EQ(list[people[1].bookingId]["status"], "cancelled");
    EXPECT_EQ(list[people[2].bookingId]["status"], "cancelled");
    // The person's device learns it, and why: the activity was cancelled, not the booking by them.
    Json fields = fieldsOf(*people[1].ws, people[1].bookingId);
    EXPECT_EQ(fields["status"]["v"], "cancelled");
    EXPECT_EQ(fields["cancelReason"]["v"], "activity_cancelled") << fields.dump();
    Person late{people[1].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*people[1].ws, {bookingChange(late, activityId, session)})), "rejected:booking_closed");
}

TEST_F(BookingTest, RequestsThatCannotBeBooked)
{
    Device lise = koordinator();
    auto people = createPeople("rej", 1);
    connectAll(people);
    Person &p = people[0];
    auto fresh = [&] { return Person{p.accountId, {}, nullptr, newUuid(), newUuid(), 0}; };

    // Open activity: just come.
    auto open = activity(lise.accountId, "Åpen kafé").set("start", "2030-03-05T11:00:00+01:00").set("capacity", nullptr);
    ASSERT_EQ(statusOf(push(*lise.ws, {open.change()})), "applied");
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), open.id(), "2030-03-05T11:00:00+01:00")})),
              "rejected:no_booking_needed");

    // Not one of the sessions; the deadline passed; unknown activity.
    auto [activityId, session] = createActivity(lise, 5, 24 * 12);
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), activityId, "2030-03-05T11:30:00+01:00")})),
              "rejected:booking_closed");
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), activityId, session)})), "rejected:booking_closed");
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), newUuid(), session)})), "rejected:booking_closed");

    // Weekly sessions: the fourth (index 3) exists, a fifth does not.
    auto [weekly, unused] = createActivity(lise, 5);
    (void)unused;
    auto act = pullAll(*p.ws);
    calendar::ActivityTimes times{};
    for (const auto &r : act.records) {
        if (r["id"] == weekly)
            times = {*calendar::parseDateTimeMs(r["fields"]["start"]["v"].get<std::string>()), 5400000, 3};
    }
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), weekly, calendar::formatUtc(calendar::sessionStartMs(times, 4)))})),
              "rejected:booking_closed");
    Person ok = fresh();
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(ok, weekly, calendar::formatUtc(calendar::sessionStartMs(times, 3)))})),
              "applied");
    // Bookings are cancelled, not deleted; the server's fields are not the device's to write.
    EXPECT_EQ(statusOf(push(*p.ws, {RecordBuilder("booking", p.accountId, ok.bookingId).deleted().change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*p.ws, {RecordBuilder("booking", p.accountId, ok.bookingId).set("position", 1).change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*p.ws, {flagChange(ok, "wantsCancel", true)})), "applied");
    // After cancelling, the same session can be booked again.
    EXPECT_EQ(statusOf(push(*p.ws, {bookingChange(fresh(), weekly, calendar::formatUtc(calendar::sessionStartMs(times, 3)))})),
              "applied");
}

// Everyone sees how many seats are taken per session (counts only, no names), and a koordinator can cancel one
// session of a weekly activity without touching the others.
TEST_F(BookingTest, SeatCountsAndCancellingOneSession)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 2);
    auto people = createPeople("seat", 3);
    connectAll(people);
    for (auto &p : people)
        ASSERT_EQ(statusOf(push(*p.ws, {bookingChange(p, activityId, session)})), "applied");

    auto seatsSeenBy = [&](Person &p) {
        Json seats;
        for (const auto &r : pullAll(*p.ws).records) {
            if (r["id"] == activityId && r["fields"].contains("seatsTaken"))
                seats = r["fields"]["seatsTaken"]["v"];
        }
        return seats;
    };
    // Two confirmed, one waiting: two seats taken, and the count carries no account or booking id.
    Json seats = seatsSeenBy(people[2]);
    ASSERT_TRUE(seats.is_object()) << seats.dump();
    EXPECT_EQ(seats.size(), 1u);
    EXPECT_EQ(seats.value(session, -1), 2) << seats.dump();
    for (const auto &p : people) {
        EXPECT_EQ(seats.dump().find(p.accountId), std::string::npos);
        EXPECT_EQ(seats.dump().find(p.bookingId), std::string::npos);
    }
    // The count is the server's: a koordinator's device may not write it.
    EXPECT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, activityId)
                                           .set("seatsTaken", Json{{session, 0}})
                                           .change()})),
              "rejected:forbidden");

    // One cancels: the seat is offered to the one waiting, so still two taken; then the offer is declined.
    ASSERT_EQ(statusOf(push(*people[0].ws, {flagChange(people[0], "wantsCancel", true)})), "applied");
    EXPECT_EQ(seatsSeenBy(people[1]).value(session, -1), 2);
    ASSERT_EQ(statusOf(push(*people[2].ws, {flagChange(people[2], "acceptOffer", false)})), "applied");
    EXPECT_EQ(seatsSeenBy(people[1]).value(session, -1), 1);

    // Cancelling this one session cancels its bookings; booking it is closed; the next week is still open.
    ASSERT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, activityId)
                                           .set("cancelledSessions", Json::array({session}))
                                           .change()})),
              "applied");
    auto list = byBooking(participants(lise, activityId, session));
    EXPECT_EQ(list[people[1].bookingId]["status"], "cancelled");
    EXPECT_EQ(fieldsOf(*people[1].ws, people[1].bookingId)["cancelReason"]["v"], "session_cancelled");
    EXPECT_FALSE(fieldsOf(*people[0].ws, people[0].bookingId).contains("cancelReason")); // cancelled by herself
    EXPECT_FALSE(seatsSeenBy(people[1]).contains(session));
    Person again{people[0].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*people[0].ws, {bookingChange(again, activityId, session)})), "rejected:booking_closed");
    calendar::ActivityTimes times{};
    for (const auto &r : pullAll(*people[0].ws).records) {
        if (r["id"] == activityId)
            times = {*calendar::parseDateTimeMs(r["fields"]["start"]["v"].get<std::string>()), 5400000, 3};
    }
    ASSERT_EQ(calendar::formatUtc(calendar::sessionStartMs(times, 1)), session);
    Person next{people[0].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*people[0].ws, {bookingChange(next, activityId,
                                                          calendar::formatUtc(calendar::sessionStartMs(times, 2)))})),
              "applied");
}

// A phone whose clock runs an hour ahead books: the server's decision must still win on that phone, so its
// stamp orders after the phone's "requested" (found by the sync simulation).
TEST_F(BookingTest, DecisionOrdersAfterAFastDeviceClock)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 2);
    auto people = createPeople("fast", 1);
    connectAll(people);
    Person &p = people[0];
    const std::string ahead = stampAt(systemMillis() + 3600 * 1000, 0, "fastphone");
    RecordBuilder b("booking", p.accountId, p.bookingId);
    b.set("activityId", activityId, ahead).set("sessionStart", session, ahead).set("status", "requested", ahead);
    ASSERT_EQ(statusOf(push(*p.ws, {b.change(p.changeId)})), "applied");
    Json status;
    for (const auto &r : pullAll(*p.ws).records) {
        if (r["id"] == p.bookingId)
            status = r["fields"]["status"];
    }
    ASSERT_EQ(status["v"], "confirmed") << status.dump();
    EXPECT_GT(status["t"].get<std::string>(), ahead);
}

// A koordinator may not lower the capacity below the seats already held (found by the sync simulation): the
// change is refused as a whole, the held seats stay, and lowering it to exactly the seats held is fine.
TEST_F(BookingTest, CapacityNeverDropsBelowTheSeatsHeld)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 3);
    auto people = createPeople("cap", 3);
    connectAll(people);
    for (auto &p : people)
        ASSERT_EQ(statusOf(push(*p.ws, {bookingChange(p, activityId, session)})), "applied");
    auto capacityChange = [&](int capacity) {
        return RecordBuilder("activity", lise.accountId, activityId).set("capacity", capacity).set("title", "Nytt navn").change();
    };
    EXPECT_EQ(statusOf(push(*lise.ws, {capacityChange(2)})), "rejected:capacity_below_seats_taken");
    Json fields;
    for (const auto &r : pullAll(*lise.ws).records) {
        if (r["id"] == activityId)
            fields = r["fields"];
    }
    EXPECT_EQ(fields["capacity"]["v"], 3) << fields.dump();
    EXPECT_NE(fields["title"]["v"], "Nytt navn"); // refused as a whole, nothing half-applied
    auto list = byBooking(participants(lise, activityId, session));
    for (const auto &p : people)
        EXPECT_EQ(list[p.bookingId]["status"], "confirmed");

    // One cancels; now two seats are held, and two is a capacity the koordinator may set.
    ASSERT_EQ(statusOf(push(*people[0].ws, {flagChange(people[0], "wantsCancel", true)})), "applied");
    EXPECT_EQ(statusOf(push(*lise.ws, {capacityChange(2)})), "applied");
    EXPECT_EQ(statusOf(push(*lise.ws, {capacityChange(1)})), "rejected:capacity_below_seats_taken");
}

// Issue 19: a koordinator moves an activity by 30 minutes. Every booking and the open offer follow their session to
// the same place in the new series; the old time is empty, the seat count moved, a newcomer at the new time waits
// (a 2-seat session never holds 3), and the offer is accepted on its new time.
TEST_F(BookingTest, TimeEditMovesBookingsOffersAndSeatCounts)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 2);
    auto people = createPeople("move", 4);
    connectAll(people);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(statusOf(push(*people[i].ws, {bookingChange(people[i], activityId, session)})), "applied");
    ASSERT_EQ(statusOf(push(*people[0].ws, {flagChange(people[0], "wantsCancel", true)})), "applied");
    ASSERT_EQ(byBooking(participants(lise, activityId, session))[people[2].bookingId]["status"], "offered");

    const calendar::ActivityTimes before = timesOf(*lise.ws, activityId);
    ASSERT_EQ(sessionOf(before, 1), session);
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, before.startMs + 1800000)})), "applied");
    const calendar::ActivityTimes after = timesOf(*lise.ws, activityId);
    const std::string moved = sessionOf(after, 1);
    ASSERT_NE(moved, session);

    EXPECT_TRUE(participants(lise, activityId, session).empty());
    auto list = byBooking(participants(lise, activityId, moved));
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[people[0].bookingId]["status"], "cancelled");
    EXPECT_EQ(list[people[1].bookingId]["status"], "confirmed");
    EXPECT_EQ(list[people[2].bookingId]["status"], "offered");
    // Each person's device gets the new session and where it came from, live and at the next pull.
    EXPECT_TRUE(people[1].ws->waitFor([&](const Json &j) {
        return j.value("live", false) && j["records"].dump().find(people[1].bookingId) != std::string::npos &&
               j["records"].dump().find("movedFrom") != std::string::npos;
    }));
    for (int i : {1, 2}) {
        Json f = fieldsOf(*people[i].ws, people[i].bookingId);
        EXPECT_EQ(f["sessionStart"]["v"], moved) << f.dump();
        EXPECT_EQ(f["movedFrom"]["v"], session) << f.dump();
        EXPECT_FALSE(f.contains("cancelReason"));
    }
    EXPECT_TRUE(fieldsOf(*people[2].ws, people[2].bookingId)["offerExpires"]["v"].is_string());
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{moved, 2}}));

    // The new time is full: a newcomer waits. The old time is no session any more.
    ASSERT_EQ(statusOf(push(*people[3].ws, {bookingChange(people[3], activityId, moved)})), "applied");
    list = byBooking(participants(lise, activityId, moved));
    EXPECT_EQ(list[people[3].bookingId]["status"], "waitlisted");
    EXPECT_EQ(list[people[3].bookingId]["position"], 1);
    Person old{people[3].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*people[3].ws, {bookingChange(old, activityId, session)})), "rejected:booking_closed");

    // The offer is accepted on its new time; the seats stay within capacity.
    ASSERT_EQ(statusOf(push(*people[2].ws, {flagChange(people[2], "acceptOffer", true)})), "applied");
    EXPECT_EQ(byBooking(participants(lise, activityId, moved))[people[2].bookingId]["status"], "confirmed");
    checkInvariant(participants(lise, activityId, moved), 2);
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{moved, 2}}));

    // Devices never write where a booking is: movedFrom and cancelReason are the server's, sessionStart is fixed.
    EXPECT_EQ(statusOf(push(*people[1].ws, {RecordBuilder("booking", people[1].accountId, people[1].bookingId)
                                                .set("movedFrom", session)
                                                .change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*people[1].ws, {RecordBuilder("booking", people[1].accountId, people[1].bookingId)
                                                .set("cancelReason", "session_removed")
                                                .change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*people[1].ws, {RecordBuilder("booking", people[1].accountId, people[1].bookingId)
                                                .set("sessionStart", session)
                                                .change()})),
              "rejected:immutable_field");

    // Moved again: movedFrom names the session it came from this time.
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, after.startMs + 86400000)})), "applied");
    const std::string again = sessionOf(timesOf(*lise.ws, activityId), 1);
    Json f = fieldsOf(*people[1].ws, people[1].bookingId);
    EXPECT_EQ(f["sessionStart"]["v"], again);
    EXPECT_EQ(f["movedFrom"]["v"], moved);
    EXPECT_EQ(participants(lise, activityId, again).size(), 4u);
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{again, 2}}));
}

// A shorter series cancels the bookings of the sessions it drops, with the reason, and frees no seat anywhere;
// cancelled sessions move with the series.
TEST_F(BookingTest, ShorterRecurrenceCancelsRemovedSessionsAndCancellationsMove)
{
    Device lise = koordinator();
    auto [activityId, unused] = createActivity(lise, 1);
    (void)unused;
    const calendar::ActivityTimes t = timesOf(*lise.ws, activityId);
    auto people = createPeople("short", 4);
    connectAll(people);
    ASSERT_EQ(statusOf(push(*people[0].ws, {bookingChange(people[0], activityId, sessionOf(t, 3))})), "applied");
    ASSERT_EQ(statusOf(push(*people[1].ws, {bookingChange(people[1], activityId, sessionOf(t, 3))})), "applied");
    ASSERT_EQ(statusOf(push(*people[2].ws, {bookingChange(people[2], activityId, sessionOf(t, 1))})), "applied");
    ASSERT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, activityId)
                                           .set("cancelledSessions", Json::array({sessionOf(t, 2)}))
                                           .change()})),
              "applied");
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{sessionOf(t, 1), 1}, {sessionOf(t, 3), 1}}));

    // Three sessions instead of four: the fourth's confirmed and waiting bookings are cancelled, with the reason.
    ASSERT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, activityId)
                                           .set("recurrenceWeeks", 2)
                                           .change()})),
              "applied");
    for (int i : {0, 1}) {
        Json f = fieldsOf(*people[i].ws, people[i].bookingId);
        EXPECT_EQ(f["status"]["v"], "cancelled") << i;
        EXPECT_EQ(f["cancelReason"]["v"], "session_removed") << i;
        EXPECT_EQ(f["sessionStart"]["v"], sessionOf(t, 3)); // where it was: that session exists no more
        EXPECT_EQ(f["position"]["v"], nullptr);
    }
    Json kept = fieldsOf(*people[2].ws, people[2].bookingId);
    EXPECT_EQ(kept["status"]["v"], "confirmed");
    EXPECT_FALSE(kept.contains("movedFrom"));
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{sessionOf(t, 1), 1}}));
    EXPECT_EQ(statusOf(push(*people[3].ws, {bookingChange(people[3], activityId, sessionOf(t, 3))})),
              "rejected:booking_closed");
    EXPECT_EQ(fieldsOf(*lise.ws, activityId)["cancelledSessions"]["v"], Json::array({sessionOf(t, 2)}));

    // A day later: the booking and the cancelled session move together; the new first session is bookable.
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, t.startMs + 86400000)})), "applied");
    const calendar::ActivityTimes n = timesOf(*lise.ws, activityId);
    ASSERT_EQ(n.recurrenceWeeks, 2);
    EXPECT_EQ(fieldsOf(*lise.ws, activityId)["cancelledSessions"]["v"], Json::array({sessionOf(n, 2)}));
    EXPECT_EQ(fieldsOf(*people[2].ws, people[2].bookingId)["sessionStart"]["v"], sessionOf(n, 1));
    EXPECT_EQ(seatsTaken(*people[3].ws, activityId), (Json{{sessionOf(n, 1), 1}}));
    Person closed{people[3].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    EXPECT_EQ(statusOf(push(*people[3].ws, {bookingChange(closed, activityId, sessionOf(n, 2))})),
              "rejected:booking_closed");
    Person full{people[3].accountId, {}, nullptr, newUuid(), newUuid(), 0};
    ASSERT_EQ(statusOf(push(*people[3].ws, {bookingChange(full, activityId, sessionOf(n, 1))})), "applied");
    EXPECT_EQ(byBooking(participants(lise, activityId, sessionOf(n, 1)))[full.bookingId]["status"], "waitlisted");
    ASSERT_EQ(statusOf(push(*people[3].ws, {bookingChange(people[3], activityId, sessionOf(n, 0))})), "applied");
    EXPECT_EQ(byBooking(participants(lise, activityId, sessionOf(n, 0)))[people[3].bookingId]["status"], "confirmed");
}

// «Var her» only from the session's start until a week after its end, and a koordinator can undo it.
TEST_F(BookingTest, AttendanceFromTheStartUntilAWeekAfter)
{
    Device lise = koordinator();
    auto [activityId, session] = createActivity(lise, 3);
    const calendar::ActivityTimes t = timesOf(*lise.ws, activityId);
    auto people = createPeople("var", 3);
    connectAll(people);
    ASSERT_EQ(statusOf(push(*people[0].ws, {bookingChange(people[0], activityId, session)})), "applied");
    ASSERT_EQ(statusOf(push(*people[1].ws, {bookingChange(people[1], activityId, session)})), "applied");
    ASSERT_EQ(statusOf(push(*people[2].ws, {bookingChange(people[2], activityId, sessionOf(t, 2))})), "applied");
    const int64_t week = int64_t(7) * 86400000;
    // The first session's start that puts the second one (`session`) at atMs, across summer-time changes too.
    auto secondAt = [&](int64_t atMs) {
        calendar::ActivityTimes guess = t;
        guess.startMs = atMs - week;
        return guess.startMs - (calendar::sessionStartMs(guess, 1) - atMs);
    };

    // Days ahead, then a minute ahead: not yet.
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "attended")})), "rejected:attendance_not_open");
    const int64_t now = systemMillis() / 1000 * 1000;
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, secondAt(now + 60000))})), "applied");
    EXPECT_GT(*calendar::parseDateTimeMs(fieldsOf(*people[0].ws, people[0].bookingId)["sessionStart"]["v"].get<std::string>()),
              systemMillis());
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "attended")})), "rejected:attendance_not_open");

    // Begun an hour ago: marked, undone, marked again; next week's session is still closed.
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, secondAt(now - 3600000))})), "applied");
    const std::string current = sessionOf(timesOf(*lise.ws, activityId), 1);
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "attended")})), "applied");
    EXPECT_EQ(byBooking(participants(lise, activityId, current))[people[0].bookingId]["status"], "attended");
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[2], "attended")})), "rejected:attendance_not_open");
    EXPECT_EQ(statusOf(push(*people[0].ws, {statusChange(people[0], "confirmed")})), "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "confirmed")})), "applied");
    EXPECT_EQ(fieldsOf(*people[0].ws, people[0].bookingId)["status"]["v"], "confirmed");
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[1], "confirmed")})), "applied"); // already so
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "attended")})), "applied");
    EXPECT_EQ(fieldsOf(*people[0].ws, people[0].bookingId)["status"]["v"], "attended");
    EXPECT_EQ(seatsTaken(*lise.ws, activityId).value(current, -1), 2);

    // Ended more than a week ago: closed both ways.
    ASSERT_EQ(statusOf(push(*lise.ws, {moveChange(lise, activityId, secondAt(now - int64_t(9) * 86400000))})), "applied");
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[1], "attended")})), "rejected:attendance_not_open");
    EXPECT_EQ(statusOf(push(*lise.ws, {statusChange(people[0], "confirmed")})), "rejected:attendance_not_open");
    EXPECT_EQ(fieldsOf(*people[0].ws, people[0].bookingId)["status"]["v"], "attended");

    // Attendance is history: cancelling the activity leaves it, and cancels the rest.
    ASSERT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, activityId).set("cancelled", true).change()})),
              "applied");
    EXPECT_EQ(fieldsOf(*people[0].ws, people[0].bookingId)["status"]["v"], "attended");
    EXPECT_EQ(fieldsOf(*people[1].ws, people[1].bookingId)["cancelReason"]["v"], "activity_cancelled");
}

} // namespace
} // namespace medvandrer::testing
