#pragma once

#include "dispatch/dispatcher.h"
#include "metrics/metrics.h"

#include <atomic>
#include <cstdint>

namespace medvandrer::server {

// What every connection needs to reach; owned by Server, outlives all sessions.
struct ServerContext
{
    Dispatcher &dispatcher;
    Metrics &metrics;
    std::atomic<uint64_t> nextSessionId{1};
    std::atomic<bool> shuttingDown{false};
};

} // namespace medvandrer::server
