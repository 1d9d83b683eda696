// SqliteServerStorage: the booking index.
#include "storage/sqlite/sqlite_server_storage.h"
#include "storage/row_columns.h"

#include "storage/first_of.h"

namespace medvandrer::server {

Result<std::vector<BookingRow>> SqliteServerStorage::readBookings(Statement *st)
{
    return st->rows([](const Statement &r) {
        BookingRow b;
        b.id = r.text(0);
        b.activityId = r.text(1);
        b.sessionMs = r.integer(2);
        b.owner = r.text(3);
        b.status = r.text(4);
        b.position = r.integer(5);
        b.offerExpiresMs = r.integer(6);
        b.arrival = r.integer(7);
        return b;
    });
}

Status SqliteServerStorage::saveBooking(const BookingRow &b)
{
    auto st = m_db->prepare(std::string("INSERT OR REPLACE INTO bookings(") + bookingColumns +
                            ") VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, b.id)
        .bind(2, b.activityId)
        .bind(3, b.sessionMs)
        .bind(4, b.owner)
        .bind(5, b.status)
        .bind(6, b.position)
        .bind(7, b.offerExpiresMs)
        .bind(8, b.arrival)
        .run();
}

Result<std::optional<BookingRow>> SqliteServerStorage::booking(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns + " FROM bookings WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readBookings(*st));
}

Result<std::vector<BookingRow>> SqliteServerStorage::bookingsForSession(const std::string &activityId, int64_t sessionMs)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE activity_id = ? AND session_ms = ? ORDER BY arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, activityId).bind(2, sessionMs);
    return readBookings(*st);
}

Result<std::vector<BookingRow>> SqliteServerStorage::bookingsForActivity(const std::string &activityId)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE activity_id = ? ORDER BY session_ms, arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, activityId);
    return readBookings(*st);
}

Result<std::vector<BookingRow>> SqliteServerStorage::expiredOffers(int64_t nowMs)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE status = 'offered' AND offer_expires_ms <= ? ORDER BY arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, nowMs);
    return readBookings(*st);
}

Result<std::vector<BookingRow>> SqliteServerStorage::bookingsOf(const std::string &owner)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns + " FROM bookings WHERE owner = ? ORDER BY arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, owner);
    return readBookings(*st);
}

} // namespace medvandrer::server
