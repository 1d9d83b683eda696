#pragma once

#include <QString>

namespace medvandrer {

class GoalManager;

// A few goals, steps, check-ins and reflections in Norwegian, for screenshots and the self-test.
// Returns the number of records written (0 if the device already had goals).
int seedDemoData(GoalManager &goals);

} // namespace medvandrer
