// Target 5: 500 devices racing for 20 seats: all decided in < 1 s, exactly 20 confirmed.
//
// A koordinator publishes an activity with one session and `capacity` 20. 500 brukere (one device each, made by
// the `create-accounts` admin command: no Argon2 per account) have each written a booking request for that
// session while offline (the push frames are built before the clock starts). Then all 500 come online at once:
// connect, hello, resume, and push the booking. Timed from the first connection attempt until every device holds
// the server's decision for its booking (the live `changes` frame carrying its booking with status confirmed or
// waitlisted, which the server sends to the booker's own connection, docs/protocol.md §6.4). Also reported: from
// the moment all are signed in and the 500 pushes go out, to the last decision.
// Checks: exactly 20 confirmed, 480 waitlisted with positions 1..480, each exactly once.
#include "async_fleet.h"

#include "core/uuid.h"
#include "protocol/messages.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

int main(int argc, char **argv)
{
    size_t devices = 500;
    int64_t seats = 20;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--devices"))
            devices = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--seats"))
            seats = std::stoll(argv[++i]);
    }
    const double targetMs = 1000;
    std::printf("bench_booking_race: %zu devices book one session with %lld seats (target: all decided < %.0f ms)\n",
                devices, static_cast<long long>(seats), targetMs);
    raiseFdLimit();

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    if (!server.createKoordinator("lise"))
        return failed("create-koordinator failed");
    auto lise = login(server.port(), "lise");
    if (!lise)
        return failed("koordinator login failed");

    // The activity: one session, `seats` seats.
    const std::string activityId = newUuid();
    const std::string sessionStart = "2030-03-05T11:00:00+01:00";
    {
        HybridClock clock(lise->deviceId);
        Record a;
        a.id = activityId;
        a.kind = "activity";
        a.owner = lise->accountId;
        a.originDevice = lise->deviceId;
        const Hlc at = clock.tick();
        a.fields["title"] = {"Kafé med plass til få", at};
        a.fields["start"] = {sessionStart, at};
        a.fields["capacity"] = {seats, at};
        Json r = lise->ws->request(protocol::encodePushRequest("", {Change{newUuid(), a}}));
        if (r.value("type", "") != "push_result" || r["results"][0].value("status", "") != "applied")
            return failed("activity push: " + r.dump());
    }
    lise->ws->close(); // a koordinator would get all 500 bookings live; not part of the race

    const auto setupStart = Clock::now();
    auto created = server.admin({"create-accounts", "--count", std::to_string(devices), "--prefix", "racer", "--role",
                                 "bruker", "--json"});
    if (created.exitCode != 0)
        return failed("create-accounts: " + created.err);
    Json list = Json::parse(created.out, nullptr, false);
    if (!list.is_array() || list.size() != devices)
        return failed("create-accounts gave no list");

    // Written offline: one booking per person, stamped by that device's clock.
    std::vector<std::string> signIns, pushes, bookingIds;
    for (const auto &acc : list) {
        HybridClock clock(acc["deviceId"].get<std::string>());
        Record b;
        b.id = newUuid();
        b.kind = "booking";
        b.owner = acc["accountId"];
        b.originDevice = acc["deviceId"];
        const Hlc at = clock.tick();
        b.fields["activityId"] = {activityId, at};
        b.fields["sessionStart"] = {sessionStart, at};
        b.fields["status"] = {"requested", at};
        bookingIds.push_back(b.id);
        pushes.push_back(protocol::encodePushRequest("book", {Change{newUuid(), b}}).dump());
        signIns.push_back(Json{{"type", "resume"}, {"rid", "a"}, {"token", acc["token"]}}.dump());
    }
    std::printf("setup: %zu accounts with a device each in %.0f ms (not timed)\n", devices, msSince(setupStart));
    std::fflush(stdout);

    struct Decision
    {
        std::string status;
        int64_t position = 0;
        bool applied = false;
        Clock::time_point at;
    };
    std::vector<Decision> decisions(devices);
    size_t decided = 0;
    AsyncFleet fleet(server.port());
    fleet.setHandler([&](size_t conn, std::string_view frame, Clock::time_point at) {
        if (conn >= devices)
            return;
        Decision &d = decisions[conn];
        if (frame.find(R"("type":"push_result")") != std::string_view::npos) {
            d.applied = frame.find(R"("status":"applied")") != std::string_view::npos;
            return;
        }
        if (!d.status.empty() || frame.find(bookingIds[conn]) == std::string_view::npos)
            return;
        Json j = Json::parse(frame, nullptr, false);
        for (const auto &r : j.value("records", Json::array())) {
            if (r.value("id", "") != bookingIds[conn])
                continue;
            const Json &fields = r["fields"];
            const std::string status = fields.contains("status") ? fields["status"].value("v", "") : "";
            if (status != "confirmed" && status != "waitlisted")
                continue;
            d.status = status;
            if (fields.contains("position") && fields["position"]["v"].is_number_integer())
                d.position = fields["position"]["v"];
            d.at = at;
            ++decided;
        }
    });

    const double serverCpu0 = cpuMs(server.pid());
    const auto t0 = Clock::now();
    const size_t ready = fleet.open(signIns, devices, 60s);
    const auto t1 = Clock::now();
    if (ready != devices)
        return failed("only " + std::to_string(ready) + " of " + std::to_string(devices) + " devices signed in");
    for (size_t i = 0; i < devices; ++i)
        fleet.send(i, pushes[i]);
    const bool all = fleet.runUntil([&] { return decided == devices; }, 30s);
    const auto t2 = Clock::now();
    const double serverCpu = cpuMs(server.pid()) - serverCpu0;
    if (!all)
        return failed("only " + std::to_string(decided) + " of " + std::to_string(devices) + " devices got a decision");

    size_t confirmed = 0, waitlisted = 0, applied = 0;
    std::set<int64_t> positions;
    bool positionsUnique = true;
    for (const auto &d : decisions) {
        applied += d.applied ? 1 : 0;
        if (d.status == "confirmed")
            ++confirmed;
        else if (d.status == "waitlisted") {
            ++waitlisted;
            positionsUnique = positions.insert(d.position).second && positionsUnique;
        }
    }
    const size_t expectWaiting = devices - static_cast<size_t>(seats);
    const bool positionsOk = positionsUnique && positions.size() == expectWaiting &&
                             (positions.empty() || (*positions.begin() == 1 &&
                                                    *positions.rbegin() == static_cast<int64_t>(expectWaiting)));
    const double totalMs = msBetween(t0, t2), raceMs = msBetween(t1, t2);
    std::printf("online (connect + hello + resume) %.1f ms; pushes out -> last decision %.1f ms; total %.1f ms\n",
                msBetween(t0, t1), raceMs, totalMs);
    std::printf("decisions: %zu confirmed, %zu waitlisted (positions %s), %zu push_results applied; server CPU %.0f ms\n",
                confirmed, waitlisted, positionsOk ? "1..n unique" : "WRONG", applied, serverCpu);
    result("booking_race_total_ms", totalMs, "ms");
    result("booking_race_push_to_decided_ms", raceMs, "ms");
    if (confirmed != static_cast<size_t>(seats) || waitlisted != expectWaiting || !positionsOk)
        return failed("wrong outcome: " + std::to_string(confirmed) + " confirmed, " + std::to_string(waitlisted) +
                      " waitlisted");
    char what[200];
    std::snprintf(what, sizeof what, "%zu devices, %lld seats: all decided in %.0f ms (target < %.0f ms), %zu confirmed",
                  devices, static_cast<long long>(seats), totalMs, targetMs, confirmed);
    return verdict(totalMs < targetMs, what);
}
