#pragma once

#include "core/result.h"

#include <optional>
#include <utility>
#include <vector>

namespace medvandrer::server {

// The first row of a single-row lookup, or nothing; read errors pass through.
template <typename T>
Result<std::optional<T>> firstOf(Result<std::vector<T>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<T>();
    return std::optional<T>(std::move(rows->front()));
}
} // namespace medvandrer::server
