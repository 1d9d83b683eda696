#pragma once

#include "core/result.h"
#include "protocol/messages.h"
#include "scope/scope_policy.h"
#include "storage/server_storage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medvandrer::server::surveys {

// An answer the group transaction accepted: the account is marked as having answered; the answers themselves
// wait, in memory only, for a transaction of their own. `accountId` is kept only to take the mark back if
// that fails.
struct AnswerClaim
{
    size_t push = 0; // index of the push it came in, for the reply
    std::string surveyId;
    std::string accountId;
    PendingSurveyAnswer answer;
};

// A pushed survey_answer, inside the group transaction: checks survey, audience, open dates and the answers,
// and writes only the "has answered" mark. Never stores the answers there (they would share its transaction).
Result<protocol::ChangeResult> claim(ServerStorage &storage, const Principal &who, const Change &change,
                                     int64_t now, std::vector<AnswerClaim> &claims);

// After the group committed: the answers into the inbox in a transaction that holds nothing else, then the
// due batches published (each in a transaction of its own), then the marks of those surveys rewritten and the
// tables scrubbed. Runs its own transactions. On an error nothing of the claims' answers is stored and the
// caller releases the marks.
Status commitAnswers(ServerStorage &storage, const std::vector<AnswerClaim> &claims, int64_t now);
// Takes back the marks of claims whose answers could not be stored, so the devices can send them again.
Status releaseMarks(ServerStorage &storage, const std::vector<AnswerClaim> &claims);
// Publishes what waits for one survey when a batch is full or, `closed`, whatever is left. Own transactions.
Status publishDue(ServerStorage &storage, const std::string &surveyId, bool closed);

} // namespace medvandrer::server::surveys
