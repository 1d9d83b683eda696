#pragma once

#include "core/result.h"
#include "storage/survey_rows.h"

#include <optional>
#include <string>
#include <vector>

namespace medvandrer::server {

// «Spør brukerne» (sync-server/surveys/): surveys, who may draft them, who has answered, and the answers. The
// answers live apart from everything that names an account (SQLite: in suggestions.db; PostgreSQL: schema
// box) and are only ever written in transactions that touch nothing else (docs/protocol.md §10.4).
class SurveyStorage
{
  public:
    virtual ~SurveyStorage() = default;

    virtual Result<std::optional<SurveyRow>> survey(const std::string &id) = 0;
    virtual Result<std::vector<SurveyRow>> surveys() = 0;
    // Inserts or replaces the survey with this id.
    virtual Status saveSurvey(const SurveyRow &row) = 0;

    // Brukerrepresentanter: brukere a koordinator marked as writers of surveys.
    virtual Result<bool> isSurveyWriter(const std::string &accountId) = 0;
    virtual Status setSurveyWriter(const std::string &accountId, bool writer) = 0;
    virtual Result<std::vector<std::string>> surveyWriters() = 0;

    // The "has answered" marks: which account answered which survey, never what or when.
    // The mark keeps a keyed hash of the answer's changeId, so a resent answer is told from a second one.
    virtual Result<std::optional<std::string>> answerMark(const std::string &surveyId,
                                                          const std::string &accountId) = 0;
    virtual Status markAnswered(const std::string &surveyId, const std::string &accountId,
                                const std::string &changeHash) = 0;
    virtual Result<std::vector<std::string>> surveysAnsweredBy(const std::string &accountId) = 0;
    // Rewrites every mark of a survey in the caller's transaction, so none keeps the transaction it was
    // written in.
    virtual Status rewriteAnswerMarks(const std::string &surveyId) = 0;
    // The same for the noted answer keys of a survey, in the caller's (publication) transaction.
    virtual Status rewriteAnswerKeys(const std::string &surveyId) = 0;

    // Answers waiting for a batch. Stored once per answer key: the key's hash is noted beside (never in a
    // mark), and an answer whose key is noted already is not stored again (false). Safe against a concurrent
    // store of the same key on another server instance.
    virtual Result<bool> storeAnswerOnce(const std::string &keyHash, const PendingSurveyAnswer &answer) = 0;
    // In random order; on PostgreSQL locked until the caller's transaction ends, so two instances never
    // publish the same answers.
    virtual Result<std::vector<PendingSurveyAnswer>> pendingAnswers(const std::string &surveyId) = 0;
    virtual Result<std::vector<std::string>> surveysWithPendingAnswers() = 0;
    // Moves pending answers out of the inbox: `responses` (JSON bodies without free text) and `texts`
    // published, the pending rows `pendingIds` deleted, all in the caller's transaction.
    virtual Status publishAnswers(const std::vector<std::string> &pendingIds,
                                  const std::vector<PendingSurveyAnswer> &responses,
                                  const std::vector<PublishedSurveyText> &texts) = 0;
    virtual Result<std::vector<std::string>> publishedResponses(const std::string &surveyId) = 0;
    // In random order.
    virtual Result<std::vector<PublishedSurveyText>> publishedTexts(const std::string &surveyId) = 0;
    // Makes deleted and rewritten answer rows and marks unreadable from the table files (PostgreSQL: VACUUM;
    // SQLite: secure_delete already overwrote them). Outside any transaction.
    virtual Status scrubSurveyAnswers() = 0;
};

} // namespace medvandrer::server
