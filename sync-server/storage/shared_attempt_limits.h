#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>

namespace medvandrer::server {

// Login attempts counted in the database, so several server instances share one count per username (PostgreSQL;
// with SQLite there is one server process and its in-memory RateLimiter is the whole count).
class SharedAttemptLimits
{
public:
    virtual ~SharedAttemptLimits() = default;
    // Counts an attempt on key and says whether it may go ahead: at most maxAttempts in a window that starts at
    // the first attempt and lasts windowMs. One statement: attempts on several instances at once cannot all pass.
    virtual Result<bool> countAttempt(const std::string &key, int64_t nowMs, int64_t maxAttempts, int64_t windowMs) = 0;
    // After a successful attempt: the count starts again.
    virtual Status clearAttempts(const std::string &key) = 0;
};

} // namespace medvandrer::server
