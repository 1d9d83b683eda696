#pragma once

#include <string_view>

// Message types and error codes of walking beside and data rights (docs/protocol.md §4.10–4.14).
namespace medvandrer::protocol::privacy {

namespace type {
// client → server
inline constexpr std::string_view requestConnectCode = "request_connect_code";
inline constexpr std::string_view resolveConnectCode = "resolve_connect_code";
inline constexpr std::string_view listAccessLog = "list_access_log";
inline constexpr std::string_view listSuggestions = "list_suggestions";
inline constexpr std::string_view markSuggestionsRead = "mark_suggestions_read";
inline constexpr std::string_view exportAccount = "export_account";
inline constexpr std::string_view deleteAccount = "delete_account";
// server → client
inline constexpr std::string_view connectCode = "connect_code";
inline constexpr std::string_view helper = "helper";
inline constexpr std::string_view accessLog = "access_log";
inline constexpr std::string_view suggestions = "suggestions";
inline constexpr std::string_view accountExport = "account_export";
inline constexpr std::string_view accountDeleted = "account_deleted"; // reply, and unasked to other devices
} // namespace type

namespace errc {
inline constexpr std::string_view codeInvalid = "code_invalid"; // unknown, replaced or expired connect code
} // namespace errc

inline bool isRequest(std::string_view t)
{
    for (auto k : {type::requestConnectCode, type::resolveConnectCode, type::listAccessLog, type::listSuggestions,
                   type::markSuggestionsRead, type::exportAccount, type::deleteAccount}) {
        if (t == k)
            return true;
    }
    return false;
}

} // namespace medvandrer::protocol::privacy
