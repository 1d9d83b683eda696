#include "metrics/metrics.h"

#include <fmt/format.h>

namespace medvandrer::server {

void Histogram::observe(double seconds)
{
    for (size_t i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds[i])
            m_buckets[i].fetch_add(1, std::memory_order_relaxed);
    }
    m_count.fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

void Histogram::render(std::string &out, std::string_view name, std::string_view help) const
{
    out += fmt::format("# HELP {} {}\n# TYPE {} histogram\n", name, help, name);
    for (size_t i = 0; i < bounds.size(); ++i)
        out += fmt::format("{}_bucket{{le=\"{}\"}} {}\n", name, bounds[i], m_buckets[i].load());
    const uint64_t count = m_count.load();
    out += fmt::format("{}_bucket{{le=\"+Inf\"}} {}\n", name, count);
    out += fmt::format("{}_sum {}\n{}_count {}\n", name, static_cast<double>(m_sumMicros.load()) / 1e6, name, count);
}

void Metrics::countError(std::string_view code)
{
    std::lock_guard lock(m_errorsMutex);
    auto it = m_errors.find(code);
    if (it == m_errors.end())
        m_errors.emplace(std::string(code), 1);
    else
        ++it->second;
}

std::string Metrics::render() const
{
    std::string out;
    auto counter = [&out](std::string_view name, std::string_view help, uint64_t value) {
        out += fmt::format("# HELP {} {}\n# TYPE {} counter\n{} {}\n", name, help, name, name, value);
    };
    out += fmt::format("# HELP medvandrer_connections Open WebSocket connections.\n"
                       "# TYPE medvandrer_connections gauge\nmedvandrer_connections {}\n",
                       connections.load());
    counter("medvandrer_connections_total", "WebSocket connections accepted.", connectionsTotal.load());
    counter("medvandrer_messages_in_total", "Frames received.", messagesIn.load());
    counter("medvandrer_messages_out_total", "Frames sent.", messagesOut.load());
    counter("medvandrer_push_total", "Push requests.", pushes.load());
    counter("medvandrer_pull_total", "Pull requests.", pulls.load());
    counter("medvandrer_changes_applied_total", "Changes applied.", changesApplied.load());
    counter("medvandrer_changes_duplicate_total", "Changes already applied before.", changesDuplicate.load());
    counter("medvandrer_changes_rejected_total", "Changes rejected.", changesRejected.load());
    counter("medvandrer_live_frames_total", "Live change frames sent.", liveFrames.load());
    counter("medvandrer_commits_total", "Group commits.", commits.load());
    counter("medvandrer_slow_clients_closed_total", "Connections closed for not reading.", slowClientsClosed.load());
    counter("medvandrer_logins_total", "Successful register, login and resume.", logins.load());
    pushLatency.render(out, "medvandrer_push_seconds", "Push latency from receipt to reply.");
    pullLatency.render(out, "medvandrer_pull_seconds", "Pull latency from receipt to reply.");
    commitTime.render(out, "medvandrer_commit_seconds", "Time to apply and commit one group of pushes.");
    out += "# HELP medvandrer_errors_total Error replies by code.\n# TYPE medvandrer_errors_total counter\n";
    std::lock_guard lock(m_errorsMutex);
    for (const auto &[code, n] : m_errors)
        out += fmt::format("medvandrer_errors_total{{code=\"{}\"}} {}\n", code, n);
    return out;
}

} // namespace medvandrer::server
