#pragma once

#include "goals/goal_manager.h"
#include "store/device_store.h"

#include <QTest>

#include <memory>

// One "phone": a device store in its own folder and the goal manager on top, wired as main() wires them.
struct Phone
{
    explicit Phone(const QString &dir, bool syncEnabled = true)
        : store(std::make_unique<medvandrer::DeviceStore>(dir)), goals(std::make_unique<medvandrer::GoalManager>(nullptr))
    {
        goals->setDeviceStore(store.get());
        store->open(syncEnabled);
    }
    ~Phone()
    {
        goals.reset();
        store.reset();
    }

    bool waitLoaded() { return QTest::qWaitFor([this] { return store->isLoaded(); }, 10000); }
    bool waitState(medvandrer::SyncState state, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return store->syncState() == state; }, ms);
    }
    // Up to date with nothing left in the outbox.
    bool waitSynced(int ms = 20000)
    {
        return QTest::qWaitFor(
            [&] { return store->syncState() == medvandrer::SyncState::UpToDate && store->pendingCount() == 0; }, ms);
    }
    bool loginAs(const QString &url, const QString &user)
    {
        store->login(url, user, QStringLiteral("demo-passord"));
        return QTest::qWaitFor([&] { return store->session().hasToken; }, 20000) && waitSynced();
    }
    // The only goal this phone shows (tests use one).
    std::optional<medvandrer::Goal> onlyGoal() const
    {
        const auto all = goals->goals();
        return all.size() == 1 ? std::optional(all.front()) : std::nullopt;
    }

    std::unique_ptr<medvandrer::DeviceStore> store;
    std::unique_ptr<medvandrer::GoalManager> goals;
};
