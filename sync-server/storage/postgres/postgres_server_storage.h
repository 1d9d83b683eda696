#pragma once

#include "storage/commit_feed.h"
#include "storage/instance_locks.h"
#include "storage/shared_attempt_limits.h"
#include "storage/postgres/pg_connection.h"
#include "storage/server_storage.h"

#include <memory>

namespace medvandrer::server {

// The engine for a region: one PostgreSQL database (libpq), shared by admin commands and, later, several server
// instances. Every statement is prepared and parameterised; the SQL of each concern is in its own file:
// postgres_accounts/records/bookings/privacy.cpp, the schema and its migrations in postgres_schema.cpp.
class PostgresServerStorage final : public ServerStorage, public CommitFeed, public SharedAttemptLimits,
                                    public InstanceLocks
{
public:
    // Connects and brings the schema up to date; refuses a schema written by a newer binary.
    static Result<std::unique_ptr<PostgresServerStorage>> open(const std::string &url);
    // postgres_surveys.cpp: the tables of «Spør brukerne» (schema version 2).
    static const std::string &surveySchema();

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<std::string>> meta(const std::string &key) override;
    Status setMeta(const std::string &key, const std::string &value) override;
    std::string engine() const override { return "postgresql"; }
    Result<int64_t> schemaVersion() override;

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
    Result<std::vector<StoredRecord>> recordsOwnedBy(const std::string &owner, int64_t afterSeq, size_t limit) override;

    Result<std::optional<int64_t>> appliedChange(const std::string &accountKey, const std::string &changeId) override;
    Status recordAppliedChange(const std::string &accountKey, const std::string &changeId, int64_t seq,
                               int64_t now) override;

    Result<std::optional<Grant>> grant(const std::string &consentId) override;
    Status saveGrant(const Grant &grant) override;
    Result<std::vector<Grant>> activeGrantsOn(const std::string &owner, const std::string &goalId) override;
    Result<std::vector<Grant>> grantsGivenBy(const std::string &owner) override;

    Status addEviction(const std::string &accountId, const std::string &recordId, int64_t seq) override;
    Result<std::vector<PulledRow>> pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                               size_t maxBytes) override;
    Result<int64_t> countPending(const ReadScope &scope, int64_t cursor, int64_t upTo) override;
    Result<std::vector<PulledRow>> pullEvictions(const std::string &accountId, int64_t cursor, size_t limit) override;

    Status saveBooking(const BookingRow &booking) override;
    Result<std::optional<BookingRow>> booking(const std::string &id) override;
    Result<std::vector<BookingRow>> bookingsForSession(const std::string &activityId, int64_t sessionMs) override;
    Result<std::vector<BookingRow>> bookingsForActivity(const std::string &activityId) override;
    Result<std::vector<BookingRow>> expiredOffers(int64_t nowMs) override;
    Result<std::vector<BookingRow>> bookingsOf(const std::string &owner) override;

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
    Status compactInbox() override;
    Status markSuggestionsRead(const std::vector<std::string> &ids, bool read) override;
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

    // postgres_commit_feed.cpp: several instances on one database.
    Status announceCommit() override;
    Result<std::vector<StoredRecord>> recordsAfter(int64_t seq, size_t limit) override;
    Result<std::vector<FeedEviction>> evictionsAfter(int64_t seq, size_t limit) override;
    Result<std::unique_ptr<CommitWaiter>> openCommitWaiter() override;
    // postgres_instances.cpp: sign-outs every instance reads, login attempts counted across instances.
    Result<std::vector<FeedSignOut>> signOutsAfter(int64_t seq, size_t limit) override;
    Result<bool> countAttempt(const std::string &key, int64_t nowMs, int64_t maxAttempts, int64_t windowMs) override;
    Status clearAttempts(const std::string &key) override;
    Status lockSeatCounts(const std::string &activityId) override;

private:
    PostgresServerStorage(std::unique_ptr<PgConnection> db, std::string url) : m_db(std::move(db)), m_url(std::move(url))
    {
    }
    // postgres_schema.cpp: runs the migrations the database lacks, under an advisory lock.
    Status migrate();
    // Inside the deletion's transaction: every device of the account signed out on every instance, its login count gone.
    Status signOutEverywhere(const std::string &accountId);

    std::unique_ptr<PgConnection> m_db;
    std::string m_url; // for the commit waiter's connection; never logged
};

} // namespace medvandrer::server
