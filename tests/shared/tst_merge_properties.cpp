#include "core/hlc.h"
#include "core/uuid.h"
#include "merge/merge.h"
#include "records/record_json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>

using namespace medvandrer;

namespace {

constexpr int64_t hour = 3600 * 1000;
constexpr int64_t day = 24 * hour;
constexpr int64_t epoch = 1'790'000'000'000;

uint64_t baseSeed()
{
    if (const char *s = std::getenv("MEDVANDRER_SEED"))
        return std::strtoull(s, nullptr, 10);
    return 20261123;
}

using State = std::map<std::string, Record>;

void applyPatch(State &state, const Record &patch)
{
    merge(state[patch.id], patch);
}

// One simulated replica: its own clock (possibly wrong), its own view of every record.
struct Replica
{
    std::string node;
    int64_t skew;
    HybridClock clock;
    State state;
    Replica(std::string n, int64_t s, const int64_t &trueTime)
        : node(n), skew(s), clock(std::move(n), [&trueTime, s] { return trueTime + s; })
    {
    }
};

Json randomValue(std::mt19937_64 &rng, const std::string &field)
{
    std::uniform_int_distribution<int> pick(0, 6);
    if (field == "lifeArea") {
        static const char *areas[] = {"bolig", "arbeid_utdanning", "okonomi", "helse", "relasjoner_nettverk",
                                      "fritid_aktivitet", "annet"};
        return areas[pick(rng)];
    }
    if (field == "status") {
        static const char *statuses[] = {"active", "paused", "achieved", "archived"};
        return statuses[pick(rng) % 4];
    }
    if (field == "done")
        return pick(rng) % 2 == 0;
    if (field == "order")
        return static_cast<double>(pick(rng)) / 2.0;
    if (field == "targetDate")
        return pick(rng) == 0 ? Json(nullptr) : Json("2027-0" + std::to_string(1 + pick(rng)) + "-15");
    return field + "-" + std::to_string(rng() % 1000);
}

// A random scenario: replicas edit, delete and append while exchanging changes in random, duplicated order.
// Returns a description of the first divergence, or an empty string when all replicas converge.
std::string runScenario(uint64_t seed)
{
    std::mt19937_64 rng(seed);
    int64_t trueTime = epoch;
    const int replicaCount = 3 + static_cast<int>(rng() % 3);
    const int64_t skews[] = {-2 * day, hour, 0, -5 * 60 * 1000, 30 * 1000};
    std::vector<std::unique_ptr<Replica>> replicas;
    for (int i = 0; i < replicaCount; ++i)
        replicas.push_back(std::make_unique<Replica>("dev-" + std::to_string(i), skews[i], trueTime));

    std::vector<Record> log; // every change ever made, in creation order
    std::vector<std::vector<size_t>> inbox(replicas.size());
    const std::vector<std::string> goalFields{"title", "why", "lifeArea", "status", "targetDate"};
    const std::vector<std::string> stepFields{"title", "done", "order"};
    const std::string owner = "acc-1";

    auto publish = [&](size_t from, Record patch) {
        applyPatch(replicas[from]->state, patch);
        log.push_back(std::move(patch));
        for (size_t r = 0; r < replicas.size(); ++r) {
            if (r != from)
                inbox[r].push_back(log.size() - 1);
        }
    };

    const int operations = 20 + static_cast<int>(rng() % 40);
    for (int op = 0; op < operations; ++op) {
        trueTime += static_cast<int64_t>(rng() % 5000);
        const size_t who = rng() % replicas.size();
        Replica &rep = *replicas[who];
        std::vector<std::string> known;
        for (const auto &[id, rec] : rep.state) {
            if (!rec.isDeleted() && rec.kind != "checkin")
                known.push_back(id);
        }
        const int action = static_cast<int>(rng() % 10);
        if (action <= 1 || known.empty()) {
            Record r;
            r.id = newUuid();
            r.owner = owner;
            r.originDevice = rep.node;
            const bool isGoal = known.empty() || rng() % 2 == 0;
            r.kind = isGoal ? "goal" : "step";
            const Hlc at = rep.clock.tick();
            for (const auto &f : isGoal ? goalFields : stepFields)
                r.fields[f] = {randomValue(rng, f), at};
            if (!isGoal)
                r.fields["goalId"] = {known.front(), at};
            publish(who, std::move(r));
        } else if (action <= 6) {
            const Record &target = rep.state[known[rng() % known.size()]];
            Record patch;
            patch.id = target.id;
            patch.kind = target.kind;
            patch.owner = target.owner;
            patch.originDevice = target.originDevice;
            const auto &fields = target.kind == "goal" ? goalFields : stepFields;
            const int edits = 1 + static_cast<int>(rng() % 2);
            for (int e = 0; e < edits; ++e) {
                const auto &f = fields[rng() % fields.size()];
                patch.fields[f] = {randomValue(rng, f), rep.clock.tick()};
            }
            publish(who, std::move(patch));
        } else if (action == 7) {
            const Record &target = rep.state[known[rng() % known.size()]];
            Record tomb;
            tomb.id = target.id;
            tomb.kind = target.kind;
            tomb.owner = target.owner;
            tomb.originDevice = target.originDevice;
            tomb.deleted = rep.clock.tick();
            publish(who, std::move(tomb));
        } else {
            // Append-only check-in: its own record, written once.
            Record c;
            c.id = newUuid();
            c.kind = "checkin";
            c.owner = owner;
            c.originDevice = rep.node;
            const Hlc at = rep.clock.tick();
            c.fields["rating"] = {static_cast<int>(rng() % 11), at};
            c.fields["date"] = {"2026-11-23", at};
            publish(who, std::move(c));
        }

        // Some deliveries happen mid-scenario, out of order and sometimes twice; receivers observe the stamps.
        for (size_t r = 0; r < replicas.size(); ++r) {
            if (inbox[r].empty() || rng() % 3 != 0)
                continue;
            std::shuffle(inbox[r].begin(), inbox[r].end(), rng);
            const size_t deliver = 1 + rng() % inbox[r].size();
            for (size_t k = 0; k < deliver; ++k) {
                const Record &patch = log[inbox[r][k]];
                applyPatch(replicas[r]->state, patch);
                replicas[r]->clock.observe(patch.latestStamp());
            }
            // A delivered change is occasionally delivered again later (a lost ack and a retry).
            std::vector<size_t> again;
            for (size_t k = 0; k < deliver; ++k) {
                if (rng() % 4 == 0)
                    again.push_back(inbox[r][k]);
            }
            inbox[r].erase(inbox[r].begin(), inbox[r].begin() + static_cast<long>(deliver));
            inbox[r].insert(inbox[r].end(), again.begin(), again.end());
        }
    }

    // Final delivery: everything each replica has not seen, shuffled, with duplicates of the whole log.
    for (size_t r = 0; r < replicas.size(); ++r) {
        std::vector<size_t> rest = inbox[r];
        for (size_t k = 0; k < log.size(); ++k) {
            if (rng() % 3 == 0)
                rest.push_back(k);
        }
        std::shuffle(rest.begin(), rest.end(), rng);
        for (size_t k : rest)
            applyPatch(replicas[r]->state, log[k]);
    }

    // A server merging the same changes as full-state snapshots from replicas must agree too.
    State server;
    for (auto &rep : replicas) {
        std::vector<Record> snapshot;
        for (const auto &[id, rec] : rep->state)
            snapshot.push_back(rec);
        std::shuffle(snapshot.begin(), snapshot.end(), rng);
        for (const auto &rec : snapshot)
            applyPatch(server, rec);
    }

    for (size_t r = 0; r < replicas.size(); ++r) {
        if (replicas[r]->state != server) {
            for (const auto &[id, rec] : server) {
                auto it = replicas[r]->state.find(id);
                if (it == replicas[r]->state.end() || it->second != rec)
                    return "replica " + std::to_string(r) + " differs on " + id + ": server has " +
                           recordToJson(rec).dump() +
                           (it == replicas[r]->state.end() ? " replica has nothing"
                                                           : " replica has " + recordToJson(it->second).dump());
            }
            return "replica " + std::to_string(r) + " holds extra records";
        }
    }
    // Deleted records hold no content anywhere.
    for (const auto &[id, rec] : server) {
        if (rec.isDeleted() && !rec.fields.empty())
            return "tombstone " + id + " kept content";
    }
    return {};
}

Record randomRecord(std::mt19937_64 &rng, const std::string &id)
{
    Record r;
    r.id = id;
    r.kind = "goal";
    r.owner = "acc-1";
    r.originDevice = "dev-" + std::to_string(rng() % 3);
    for (const char *f : {"title", "why", "status"}) {
        if (rng() % 2)
            r.fields[f] = {std::to_string(rng() % 4), Hlc{epoch + static_cast<int64_t>(rng() % 5),
                                                          static_cast<uint32_t>(rng() % 2),
                                                          "dev-" + std::to_string(rng() % 2)}};
    }
    if (rng() % 5 == 0)
        r.deleted = Hlc{epoch + static_cast<int64_t>(rng() % 5), 0, "dev-x"};
    return r;
}

Record joined(std::initializer_list<const Record *> parts)
{
    Record out;
    for (const Record *p : parts)
        merge(out, *p);
    return out;
}

} // namespace

TEST(MergeProperties, JoinIsCommutativeAssociativeAndIdempotent)
{
    std::mt19937_64 rng(baseSeed());
    const std::string id = newUuid();
    for (int i = 0; i < 20000; ++i) {
        const Record a = randomRecord(rng, id);
        const Record b = randomRecord(rng, id);
        const Record c = randomRecord(rng, id);
        ASSERT_EQ(joined({&a, &b}), joined({&b, &a})) << "seed " << baseSeed() << " iteration " << i;
        const Record ab = joined({&a, &b});
        const Record bc = joined({&b, &c});
        ASSERT_EQ(joined({&ab, &c}), joined({&a, &bc})) << "seed " << baseSeed() << " iteration " << i;
        Record twice = ab;
        EXPECT_FALSE(merge(twice, a));
        EXPECT_FALSE(merge(twice, b));
        ASSERT_EQ(twice, ab);
    }
}

TEST(MergeProperties, EditVersusDeleteTheTombstoneWins)
{
    const std::string id = newUuid();
    Record goal;
    goal.id = id;
    goal.kind = "goal";
    goal.owner = "acc-1";
    goal.fields["title"] = {"Bolig", Hlc{epoch, 0, "a"}};
    Record laterEdit = goal;
    laterEdit.fields["title"] = {"Egen bolig", Hlc{epoch + 10, 0, "b"}};
    Record tomb = goal;
    tomb.fields.clear();
    tomb.deleted = Hlc{epoch + 5, 0, "a"};

    Record x = joined({&goal, &tomb, &laterEdit});
    Record y = joined({&laterEdit, &goal, &tomb});
    EXPECT_EQ(x, y);
    EXPECT_TRUE(x.isDeleted());
    EXPECT_TRUE(x.fields.empty());
}

TEST(MergeProperties, EqualStampsBreakTiesTheSameWayEverywhere)
{
    const std::string id = newUuid();
    Record a, b;
    a.id = b.id = id;
    a.kind = b.kind = "goal";
    a.owner = b.owner = "acc-1";
    a.fields["title"] = {"A", Hlc{epoch, 0, "same"}};
    b.fields["title"] = {"B", Hlc{epoch, 0, "same"}};
    EXPECT_EQ(joined({&a, &b}), joined({&b, &a}));
}

// Issue 2's check: at least 1,000 random scenarios with 3+ replicas, edits and deletes on all fields,
// random and duplicated delivery, and skewed clocks (two days behind, an hour ahead) all converge.
TEST(MergeProperties, RandomScenariosConverge)
{
    const uint64_t seed = baseSeed();
    const int scenarios = 1500;
    for (int i = 0; i < scenarios; ++i) {
        const uint64_t s = seed * 1000003ULL + static_cast<uint64_t>(i);
        const std::string divergence = runScenario(s);
        ASSERT_TRUE(divergence.empty()) << "scenario seed " << s << " (MEDVANDRER_SEED=" << seed << "): "
                                        << divergence;
    }
}
