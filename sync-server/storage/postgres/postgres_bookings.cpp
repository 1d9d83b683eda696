// PostgresServerStorage: the booking index.
#include "storage/postgres/postgres_server_storage.h"
#include "storage/row_columns.h"

namespace medvandrer::server {

namespace {

Result<std::vector<BookingRow>> readBookings(Result<PgRows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<BookingRow> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(BookingRow{rows->text(i, 0), rows->text(i, 1), rows->integer(i, 2), rows->text(i, 3),
                                 rows->text(i, 4), rows->integer(i, 5), rows->integer(i, 6), rows->integer(i, 7)});
    return out;
}

} // namespace

Status PostgresServerStorage::saveBooking(const BookingRow &b)
{
    return m_db->run("INSERT INTO bookings(" + bookingColumns +
                         ") VALUES($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT(id) DO UPDATE SET "
                         "activity_id = excluded.activity_id, session_ms = excluded.session_ms, owner = excluded.owner, "
                         "status = excluded.status, position = excluded.position, "
                         "offer_expires_ms = excluded.offer_expires_ms, arrival = excluded.arrival",
                     {b.id, b.activityId, pgInt(b.sessionMs), b.owner, b.status, pgInt(b.position),
                      pgInt(b.offerExpiresMs), pgInt(b.arrival)});
}

Result<std::optional<BookingRow>> PostgresServerStorage::booking(const std::string &id)
{
    auto all = readBookings(m_db->query("SELECT " + bookingColumns + " FROM bookings WHERE id = $1", {id}));
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<BookingRow>();
    return std::optional<BookingRow>(std::move(all->front()));
}

Result<std::vector<BookingRow>> PostgresServerStorage::bookingsForSession(const std::string &activityId,
                                                                          int64_t sessionMs)
{
    // Seats of one session are decided by one transaction at a time, on any connection: this lock is held until
    // commit, so the rows read here cannot change under the decision (row locks would miss a new booking's row).
    if (m_db->inTransaction()) {
        if (Status s = m_db->run("SELECT pg_advisory_xact_lock(hashtextextended($1, $2))",
                                 {activityId, pgInt(sessionMs)});
            !s)
            return s.error();
    }
    return readBookings(m_db->query("SELECT " + bookingColumns +
                                        " FROM bookings WHERE activity_id = $1 AND session_ms = $2 ORDER BY arrival",
                                    {activityId, pgInt(sessionMs)}));
}

Result<std::vector<BookingRow>> PostgresServerStorage::bookingsForActivity(const std::string &activityId)
{
    return readBookings(m_db->query("SELECT " + bookingColumns +
                                        " FROM bookings WHERE activity_id = $1 ORDER BY session_ms, arrival",
                                    {activityId}));
}

Result<std::vector<BookingRow>> PostgresServerStorage::expiredOffers(int64_t nowMs)
{
    // Several instances sweep: the rows one sweep takes stay locked until it commits them declined, and the others
    // skip them, so an offer expires once, whichever instance sweeps.
    return readBookings(m_db->query("SELECT " + bookingColumns +
                                        " FROM bookings WHERE status = 'offered' AND offer_expires_ms <= $1 "
                                        "ORDER BY arrival FOR UPDATE SKIP LOCKED",
                                    {pgInt(nowMs)}));
}

Result<std::vector<BookingRow>> PostgresServerStorage::bookingsOf(const std::string &owner)
{
    return readBookings(
        m_db->query("SELECT " + bookingColumns + " FROM bookings WHERE owner = $1 ORDER BY arrival", {owner}));
}

} // namespace medvandrer::server
