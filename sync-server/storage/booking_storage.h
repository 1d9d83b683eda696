#pragma once

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::server {

// The server's index of one booking: what seat decisions are made from, kept in step with the record.
struct BookingRow
{
    std::string id;
    std::string activityId;
    int64_t sessionMs = 0; // the session's start, epoch ms
    std::string owner;
    std::string status;
    int64_t position = 0;       // wait-list place, 1 = next; 0 when not wait-listed
    int64_t offerExpiresMs = 0; // 0 when no offer is open
    int64_t arrival = 0;        // seq at which the server first took the request: the order of arrival
};

// The booking index seat decisions are made from.
class BookingStorage
{
public:
    virtual ~BookingStorage() = default;

    virtual Status saveBooking(const BookingRow &booking) = 0;
    virtual Result<std::optional<BookingRow>> booking(const std::string &id) = 0;
    // One session's bookings in order of arrival. Engines with several writers also lock the session here until
    // commit, so two transactions never decide seats of one session from the same snapshot.
    virtual Result<std::vector<BookingRow>> bookingsForSession(const std::string &activityId, int64_t sessionMs) = 0;
    // All of an activity's bookings, by session, then arrival.
    virtual Result<std::vector<BookingRow>> bookingsForActivity(const std::string &activityId) = 0;
    // Offers still open whose time ran out at or before nowMs.
    virtual Result<std::vector<BookingRow>> expiredOffers(int64_t nowMs) = 0;
    virtual Result<std::vector<BookingRow>> bookingsOf(const std::string &owner) = 0;
};

} // namespace medvandrer::server
