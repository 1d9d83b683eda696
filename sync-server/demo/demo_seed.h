#pragma once

#include "records/record.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medvandrer::server::demo {

// Demo data only: every demo account has this password, so the app's demo launcher can sign in.
inline constexpr const char *demoPassword = "demo-passord";

struct DemoAccount
{
    std::string username;
    std::string displayName;
    std::string role;
};

const std::vector<DemoAccount> &accounts();

// The demo activity calendar: cafés run by user organisations, Frisklivssentralen courses, a rus-free activity
// house and a clubhouse; first sessions in the week of `nowMs`, repeating weekly.
Json activities(int64_t nowMs);

} // namespace medvandrer::server::demo
