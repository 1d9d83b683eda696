#pragma once

// Removes what earlier runs of a fuzz target left in a folder (libFuzzer's timeouts and crashes exit without
// atexit handlers): entries named <prefix><pid> whose process is gone.
#include <filesystem>
#include <string>

namespace medvandrer::fuzz {

inline void removeStaleFiles(const std::filesystem::path &dir, const std::string &prefix)
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0)
            continue;
        const std::string pid = name.substr(prefix.size(), name.find_first_not_of("0123456789", prefix.size()) - prefix.size());
        if (!pid.empty() && !std::filesystem::exists("/proc/" + pid))
            std::filesystem::remove_all(entry.path(), ec);
    }
}

} // namespace medvandrer::fuzz
