#pragma once

class QObject;

namespace medvandrer {

class AppLock;
class DeviceStore;

// The lock screen's states for the screenshots, the self-test and the accessibility audit: a PIN set on the demo
// device with the plan on the lock screen, then locked (withPlan: the plan opened over the lock); leave() unlocks
// again for the other pages. The demo device only: its PIN is fixed and its plan copy accepted as plain.
namespace lockStates {
bool show(DeviceStore &store, AppLock &lock, QObject *root, bool withPlan);
bool leave(AppLock &lock);
} // namespace lockStates

} // namespace medvandrer
