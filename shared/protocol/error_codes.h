#pragma once

#include <string_view>

// Stable error codes of the sync protocol (docs/protocol.md lists each with its meaning).
namespace medvandrer::errc {
inline constexpr std::string_view badJson = "bad_json";                 // not parseable JSON
inline constexpr std::string_view badMessage = "bad_message";           // JSON, but not a valid message
inline constexpr std::string_view unknownType = "unknown_type";         // no such message type
inline constexpr std::string_view tooLarge = "too_large";               // frame or batch over the limit
inline constexpr std::string_view binaryFrame = "binary_not_supported"; // only text frames are spoken
inline constexpr std::string_view unsupportedProtocol = "unsupported_protocol";
inline constexpr std::string_view helloRequired = "hello_required";
inline constexpr std::string_view notAuthenticated = "not_authenticated";
inline constexpr std::string_view authFailed = "auth_failed";     // wrong username or password
inline constexpr std::string_view tokenInvalid = "token_invalid"; // unknown, revoked or expired token
inline constexpr std::string_view rateLimited = "rate_limited";
inline constexpr std::string_view inviteInvalid = "invite_invalid"; // unknown, used or expired code
inline constexpr std::string_view usernameTaken = "username_taken";
inline constexpr std::string_view invalidUsername = "invalid_username"; // not 3–32 of a–z 0–9 . _ -
inline constexpr std::string_view weakPassword = "weak_password";
inline constexpr std::string_view forbidden = "forbidden"; // outside the account's scope or role
inline constexpr std::string_view referenceOutsideScope = "reference_outside_scope"; // goalId names no goal of the owner
inline constexpr std::string_view notFound = "not_found";
inline constexpr std::string_view invalidRecord = "invalid_record";
inline constexpr std::string_view unknownKind = "unknown_kind";
inline constexpr std::string_view kindMismatch = "kind_mismatch";
inline constexpr std::string_view ownerMismatch = "owner_mismatch";
inline constexpr std::string_view immutableField = "immutable_field";
inline constexpr std::string_view appendOnly = "append_only";
inline constexpr std::string_view clockSkew = "clock_skew"; // stamp too far in the future
inline constexpr std::string_view bookingClosed = "booking_closed";     // activity cancelled, past deadline, no such session
inline constexpr std::string_view noBookingNeeded = "no_booking_needed"; // open activity: just come
inline constexpr std::string_view alreadyBooked = "already_booked";     // this person already holds a booking for the session
inline constexpr std::string_view attendanceNotOpen = "attendance_not_open"; // before the session's start or past the window after it
inline constexpr std::string_view capacityBelowSeatsTaken = "capacity_below_seats_taken"; // more seats held than the new capacity
inline constexpr std::string_view overloaded = "overloaded";
inline constexpr std::string_view unavailable = "unavailable"; // the database cannot be reached just now; send again later
inline constexpr std::string_view storageFull = "storage_full"; // the server's disk is full: nothing stored; reads work, send again later
inline constexpr std::string_view internal = "internal";
} // namespace medvandrer::errc
