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
// wait, in memory only, for a transaction of their own. A resend of the marked change is claimed again, so
// answers lost between the two transactions (a crash) are stored then; `keyHash` (of the device's answer key)
// stores them once however often they come.
struct AnswerClaim
{
    size_t push = 0; // index of the push it came in, for the reply
    std::string surveyId;
    std::string keyHash;
    PendingSurveyAnswer answer;
};

// A pushed survey_answer, inside the group transaction: checks survey, audience, open dates and the answers,
// and writes only the "has answered" mark. Never stores the answers there (they would share its transaction).
Result<protocol::ChangeResult> claim(ServerStorage &storage, const Principal &who, const Change &change,
                                     int64_t now, std::vector<AnswerClaim> &claims);

// After the group committed: the answers into the inbox in a transaction that holds nothing else (each once per
// answer key), then the due batches published (each in a transaction of its own), then the marks of those
// surveys rewritten and the tables scrubbed. Runs its own transactions. On an error nothing of the claims'
// answers is stored; the marks stay, and the devices' resends (claimed again) store them.
Status commitAnswers(ServerStorage &storage, const std::vector<AnswerClaim> &claims, int64_t now);
// Publishes what waits for one survey when a batch is full or, `closed`, whatever is left. Own transactions.
Status publishDue(ServerStorage &storage, const std::string &surveyId, bool closed);
// Publishes what is left in the inbox of every survey that has closed (by its date or by a koordinator), so
// no answer waits beyond its survey's close. Called by the storage worker's publication tick.
Status publishClosed(ServerStorage &storage, int64_t now);

} // namespace medvandrer::server::surveys
