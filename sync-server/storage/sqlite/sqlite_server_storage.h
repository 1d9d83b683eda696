#pragma once

#include "storage/server_storage.h"
#include "store/sqlite_database.h"

#include <memory>
#include <optional>

namespace medvandrer::server {

// The default engine, for one team: server.db in the data directory (WAL, synchronous=FULL) and suggestions.db
// beside it. The SQL of each concern is in its own file: sqlite_accounts/records/bookings/privacy.cpp.
class SqliteServerStorage final : public ServerStorage
{
public:
    static Result<std::unique_ptr<SqliteServerStorage>> open(const std::string &dataDir);

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<std::string>> meta(const std::string &key) override;
    Status setMeta(const std::string &key, const std::string &value) override;
    std::string engine() const override { return "sqlite"; }
    Result<int64_t> schemaVersion() override { return m_db->userVersion(); }

    Result<std::optional<Account>> accountById(const std::string &id) override;
    Result<std::optional<Account>> accountByUsername(const std::string &username) override;
    Status insertAccount(const Account &account) override;
    Result<std::vector<Account>> accountsWithRole(Role role) override;

    Status insertDevice(const Device &device, const std::string &tokenHash) override;
    Result<std::optional<Device>> deviceByTokenHash(const std::string &tokenHash) override;
    Result<std::optional<Device>> deviceById(const std::string &id) override;
    Status touchDevice(const std::string &deviceId, int64_t now) override;
    Result<std::vector<Device>> devicesOf(const std::string &accountId) override;
    Result<bool> revokeDevice(const std::string &deviceId, int64_t now) override;

    Status insertInvite(const Invite &invite) override;
    Result<std::optional<Role>> consumeInvite(const std::string &codeHash, const std::string &accountId,
                                              int64_t now) override;
    Result<std::vector<Invite>> openInvites(int64_t now) override;
    Result<bool> withdrawInvite(const std::string &inviteId, int64_t now) override;

    Result<int64_t> nextSeq() override;
    Result<std::optional<StoredRecord>> loadRecord(const std::string &id) override;
    Status saveRecord(const StoredRecord &record) override;
    Result<std::vector<StoredRecord>> recordsInScope(const std::string &owner, const std::string &goalId) override;

    Result<std::optional<int64_t>> appliedChange(const std::string &accountKey, const std::string &changeId) override;
    Status recordAppliedChange(const std::string &accountKey, const std::string &changeId, int64_t seq,
                               int64_t now) override;

    Result<std::optional<Grant>> grant(const std::string &consentId) override;
    Status saveGrant(const Grant &grant) override;
    Result<std::vector<Grant>> activeGrantsOn(const std::string &owner, const std::string &goalId) override;

    Status saveBooking(const BookingRow &booking) override;
    Result<std::optional<BookingRow>> booking(const std::string &id) override;
    Result<std::vector<BookingRow>> bookingsForSession(const std::string &activityId, int64_t sessionMs) override;
    Result<std::vector<BookingRow>> bookingsForActivity(const std::string &activityId) override;
    Result<std::vector<BookingRow>> expiredOffers(int64_t nowMs) override;

    Status addEviction(const std::string &accountId, const std::string &recordId, int64_t seq) override;

    Result<std::vector<PulledRow>> pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                               size_t maxBytes) override;
    Result<int64_t> countPending(const ReadScope &scope, int64_t cursor, int64_t upTo) override;
    Result<std::vector<PulledRow>> pullEvictions(const std::string &accountId, int64_t cursor, size_t limit) override;

    Status putConnectCode(const std::string &helperId, const std::string &codeHash, int64_t expiresAt) override;
    Result<std::optional<std::string>> helperForConnectCode(const std::string &codeHash, int64_t now) override;
    Result<std::vector<RecordHeader>> recordHeaders(const std::vector<std::string> &ids) override;
    Status noteAccess(const AccessEntry &entry) override;
    Result<std::vector<AccessEntry>> accessLogOf(const std::string &owner, size_t limit, size_t offset) override;
    Status purgeAccessLogBefore(const std::string &day) override;
    Result<std::string> suggestionState(const std::string &recordId, const std::string &changeHash) override;
    Status putSuggestion(const InboxSuggestion &suggestion, const std::string &changeHash) override;
    Result<std::vector<InboxSuggestion>> inboxSuggestions() override;
    Status removeFromInbox(const std::vector<std::string> &ids) override;
    Result<std::vector<ListedSuggestion>> publishedSuggestions() override;
    Status markSuggestionsRead(const std::vector<std::string> &ids, bool read) override;
    Result<std::vector<StoredRecord>> recordsOwnedBy(const std::string &owner, int64_t afterSeq, size_t limit) override;
    Result<std::vector<Grant>> grantsGivenBy(const std::string &owner) override;
    Result<std::vector<BookingRow>> bookingsOf(const std::string &owner) override;
    Status purgeAccount(const std::string &accountId) override;
    Status checkpoint() override;
    Result<std::optional<SurveyRow>> survey(const std::string &id) override;
    Result<std::vector<SurveyRow>> surveys() override;
    Status saveSurvey(const SurveyRow &row) override;
    Result<bool> isSurveyWriter(const std::string &accountId) override;
    Status setSurveyWriter(const std::string &accountId, bool writer) override;
    Result<std::vector<std::string>> surveyWriters() override;
    Result<std::optional<std::string>> answerMark(const std::string &surveyId, const std::string &accountId) override;
    Status markAnswered(const std::string &surveyId, const std::string &accountId, const std::string &changeHash) override;
    Result<std::vector<std::string>> surveysAnsweredBy(const std::string &accountId) override;
    Status rewriteAnswerMarks(const std::string &surveyId) override;
    Result<bool> storeAnswerOnce(const std::string &keyHash, const PendingSurveyAnswer &answer) override;
    Status rewriteAnswerKeys(const std::string &surveyId) override;
    Result<std::vector<PendingSurveyAnswer>> pendingAnswers(const std::string &surveyId) override;
    Result<std::vector<std::string>> surveysWithPendingAnswers() override;
    Status publishAnswers(const std::vector<std::string> &pendingIds, const std::vector<PendingSurveyAnswer> &responses,
                          const std::vector<PublishedSurveyText> &texts) override;
    Result<std::vector<std::string>> publishedResponses(const std::string &surveyId) override;
    Result<std::vector<PublishedSurveyText>> publishedTexts(const std::string &surveyId) override;
    Status scrubSurveyAnswers() override;

    SqliteDatabase &database() { return *m_db; }

    // sqlite_backup.cpp: a consistent copy of both files into an empty folder, while the server runs; and its
    // restore into an empty data directory (integrity checked, schema migrated).
    Status backupTo(const std::string &dir);
    static Status restoreFrom(const std::string &backupDir, const std::string &dataDir);

private:
    explicit SqliteServerStorage(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
    // Tables of sync-server/privacy/ and the attached suggestions.db (sqlite_privacy_storage.cpp).
    Status openPrivacySchema(const std::string &dataDir);
    // Tables of sync-server/surveys/ (sqlite_surveys.cpp), after the privacy schema attached suggestions.db.
    Status openSurveySchema();
    Result<std::vector<Account>> readAccounts(Statement *st);
    Result<std::vector<Device>> readDevices(Statement *st);
    Result<std::vector<StoredRecord>> readRecords(Statement *st);
    Result<std::vector<Grant>> readGrants(Statement *st);
    Result<std::vector<BookingRow>> readBookings(Statement *st);
    Result<std::vector<PulledRow>> readRows(Statement *st, bool withBody, size_t maxBytes = SIZE_MAX);

    // Writes the sequence counted in this transaction back to meta (before COMMIT, and before anyone reads it).
    Status writeBackSeq();
    void forgetSeq();

    std::unique_ptr<SqliteDatabase> m_db;
    // Inside a transaction begun here the sequence is read once and counted in memory: a row update per record
    // was a tenth of a push's server time. Still one value in meta for admin commands, since it is written back
    // in the same transaction.
    bool m_inWrite = false;
    std::optional<int64_t> m_seqCounted; // last value handed out in this transaction
    bool m_seqUnwritten = false;
};

} // namespace medvandrer::server
