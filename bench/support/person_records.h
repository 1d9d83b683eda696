#pragma once

#include "core/hlc.h"
#include "core/uuid.h"
#include "records/record.h"

#include <string>
#include <vector>

namespace medvandrer::bench {

// One person's records as the app writes them: goals, each with its steps and check-ins, stamped by one device's
// clock (bench_app_cold_start builds a store of them, bench_app_first_sync pushes them to the server).
inline std::vector<Record> personRecords(HybridClock &clock, const std::string &owner, size_t goals,
                                         size_t stepsPerGoal, size_t checkinsPerGoal)
{
    std::vector<Record> out;
    out.reserve(goals * (1 + stepsPerGoal + checkinsPerGoal));
    auto rec = [&](const char *kind) {
        Record r;
        r.id = newUuid();
        r.kind = kind;
        r.owner = owner;
        r.originDevice = clock.node();
        return r;
    };
    for (size_t g = 0; g < goals; ++g) {
        Record goal = rec("goal");
        Hlc at = clock.tick();
        goal.fields["title"] = {"Mål nummer " + std::to_string(g + 1), at};
        goal.fields["why"] = {"Fordi det betyr noe for meg", at};
        goal.fields["status"] = {"active", at};
        goal.fields["lifeArea"] = {"helse", at};
        const std::string goalId = goal.id;
        out.push_back(std::move(goal));
        for (size_t s = 0; s < stepsPerGoal; ++s) {
            Record step = rec("step");
            at = clock.tick();
            step.fields["goalId"] = {goalId, at};
            step.fields["title"] = {"Et lite steg " + std::to_string(s + 1), at};
            step.fields["done"] = {s % 3 == 0, at};
            step.fields["order"] = {static_cast<double>(s), at};
            out.push_back(std::move(step));
        }
        for (size_t c = 0; c < checkinsPerGoal; ++c) {
            Record checkin = rec("checkin");
            at = clock.tick();
            checkin.fields["goalId"] = {goalId, at};
            checkin.fields["rating"] = {static_cast<int>(c % 11), at};
            checkin.fields["date"] = {"2026-11-23", at};
            checkin.fields["note"] = {"Gikk en tur med naboen i dag.", at};
            out.push_back(std::move(checkin));
        }
    }
    return out;
}

} // namespace medvandrer::bench
