#pragma once

namespace medvandrer {

class CareManager;

// A plan for hard days and an «Om meg» for the demo person (screenshots, --demo), in Kari's words; none if she
// already has them. Returns how many were written.
int seedCareDemo(CareManager &care);

} // namespace medvandrer
