#include "app/lock_states.h"

#include "app/page_runner.h"
#include "lock/app_lock.h"
#include "store/device_store.h"

#include <QVariant>

namespace medvandrer::lockStates {

namespace {
const QString demoPin = QStringLiteral("482913");
const QString demoPassword = QStringLiteral("demo-passord");
constexpr int argon2idMs = 30000; // a few Argon2id runs on a loaded machine
} // namespace

bool show(DeviceStore &store, AppLock &lock, QObject *root, bool withPlan)
{
    if (!lock.isEnabled()) {
        store.enableLock(demoPin, false, demoPassword);
        if (!PageRunner::waitUntil([&lock] { return lock.isEnabled(); }, argon2idMs))
            return false;
    }
    if (!lock.planOnLockScreen()) {
        store.setLockOptions(lock.lockAfterSeconds(), true, true);
        if (!PageRunner::waitUntil([&lock] { return lock.planOnLockScreen(); }))
            return false;
    }
    lock.lockNow();
    if (!lock.isLocked())
        return false;
    auto *screen = root->property("lockScreen").value<QObject *>();
    if (!screen)
        return false;
    if (!withPlan)
        return QMetaObject::invokeMethod(screen, "hidePlan");
    if (!QMetaObject::invokeMethod(screen, "showPlan"))
        return false;
    return PageRunner::waitUntil([&lock] { return !lock.planLoading() && lock.planCopy().isValid(); });
}

bool leave(AppLock &lock)
{
    if (!lock.isLocked())
        return true;
    lock.unlock(demoPin);
    return PageRunner::waitUntil([&lock] { return !lock.isLocked(); }, argon2idMs);
}

} // namespace medvandrer::lockStates
