#pragma once
// The columns each engine selects for a row type, in the order its reader takes them: one list for both engines.
#include <string>

namespace medvandrer::server {

inline const std::string accountColumns = "id, username, display_name, role, password_hash, created_at";
inline const std::string deviceColumns = "id, account_id, name, created_at, last_seen, revoked_at";
inline const std::string bookingColumns = "id, activity_id, session_ms, owner, status, position, offer_expires_ms, arrival";
inline const std::string grantColumns = "consent_id, owner, helper, goal_id, level, active, include_notes";

} // namespace medvandrer::server
