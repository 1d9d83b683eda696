#pragma once

#include "protocol/error_codes.h"
#include "storage/server_storage.h"

#include <exception>
#include <string>
#include <type_traits>

namespace medvandrer::server {

// One transaction around work (returning a Status or a Result): committed when it succeeds, rolled back on an
// error, a failed commit or an exception, so the connection is never left inside an open transaction for the
// next writer to commit by accident.
template <typename Work>
auto inTransaction(ServerStorage &storage, Work &&work) -> std::invoke_result_t<Work &>
{
    using R = std::invoke_result_t<Work &>;
    if (Status begun = storage.begin(); !begun)
        return R(begun.error());
    R result = [&]() -> R {
        try {
            return work();
        } catch (const std::exception &e) {
            return R(Error{std::string(errc::internal), e.what()});
        }
    }();
    if (result) {
        Status committed = storage.commit();
        if (committed)
            return result;
        result = R(committed.error());
    }
    storage.rollback();
    return result;
}

} // namespace medvandrer::server
