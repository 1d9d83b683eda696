#include "surveys/survey_answers.h"

#include "auth/secrets.h"
#include "core/uuid.h"
#include "protocol/error_codes.h"
#include "protocol/survey_messages.h"
#include "records/schema.h"
#include "storage/in_transaction.h"
#include "surveys/survey_access.h"
#include "surveys/survey_results.h"

#include <set>

namespace medvandrer::server::surveys {

namespace {

protocol::ChangeResult rejected(const std::string &changeId, std::string_view code, std::string message)
{
    return protocol::ChangeResult{changeId, "rejected", std::string(code), std::move(message), 0};
}

} // namespace

Result<protocol::ChangeResult> claim(ServerStorage &storage, const Principal &who, const Change &change,
                                     int64_t now, std::vector<AnswerClaim> &claims)
{
    const std::string &changeId = change.changeId;
    const Record &patch = change.patch;
    if (patch.owner != who.accountId || patch.isDeleted())
        return rejected(changeId, errc::forbidden, "outside your scope");
    if (Status s = validateChange(patch, nullptr); !s)
        return rejected(changeId, s.error().code, s.error().message);
    const std::string surveyId = patch.stringValue("surveyId");
    auto row = storage.survey(surveyId);
    if (!row)
        return row.error();
    if (!*row)
        return rejected(changeId, errc::forbidden, "outside your scope");
    auto survey = definitionOf(**row);
    if (!survey)
        return survey.error();
    if ((*row)->status != "published") {
        auto writer = mayWrite(storage, who);
        if (!writer)
            return writer.error();
        // A draft is invisible to those who may not write it, like anything outside their scope.
        return *writer ? rejected(changeId, protocol::survey::errc::notOpen, "the survey is not published")
                       : rejected(changeId, errc::forbidden, "outside your scope");
    }
    auto audience = inAudience(storage, *survey, who);
    if (!audience)
        return audience.error();
    if (!*audience)
        return rejected(changeId, errc::forbidden, "outside your scope");
    // Apps before the answer key send none: their change id, under another purpose, stands in for it (the
    // mark's hash and this one cannot be told to belong together without the change id itself).
    const bool hasKey = patch.fields.count("answerKey") > 0;
    const std::string key = hasKey ? patch.stringValue("answerKey") : changeId;
    // The key is in the mark's hash too: a resend is the same change with the same key, so a client cannot
    // resend its marked change under fresh keys to have its answers counted again.
    const std::string changeHash = hashSecret("survey-change", hasKey ? changeId + "\n" + key : changeId);
    auto mark = storage.answerMark(surveyId, who.accountId);
    if (!mark)
        return mark.error();
    const bool resend = *mark && **mark == changeHash;
    const std::string state = stateOf(**row, *survey, now);
    if (state == "scheduled")
        return rejected(changeId, protocol::survey::errc::notOpen, "the survey opens later");
    // Also a resend: answers arriving after the close would be published alone, at a time that points to
    // their writer's device coming back (§10.4).
    if (state == "closed")
        return rejected(changeId, protocol::survey::errc::closed, "the survey is closed");
    if (*mark && !resend)
        return rejected(changeId, protocol::survey::errc::alreadyAnswered, "this account has answered already");

    const Json answers = Json::parse(patch.stringValue("answers"), nullptr, false);
    if (answers.is_discarded())
        return rejected(changeId, protocol::survey::errc::answerInvalid,
                        "'answers' must be a JSON object as text");
    auto checked = checkAnswers(*survey, answers);
    if (!checked)
        return rejected(changeId, checked.error().code, checked.error().message);
    const std::string keyHash = hashSecret("survey-answer-key", key);
    if (*mark) {
        // A resend of the marked change: its answers may have been lost before they were stored (a crash between
        // the two transactions). Claimed again; stored only if their key is not noted yet.
        claims.push_back(AnswerClaim{0, surveyId, keyHash, PendingSurveyAnswer{newUuid(), surveyId, checked->dump()}});
        return protocol::ChangeResult{changeId, "duplicate", {}, {}, 0};
    }
    if (Status s = storage.markAnswered(surveyId, who.accountId, changeHash); !s)
        return s.error();
    claims.push_back(AnswerClaim{0, surveyId, keyHash, PendingSurveyAnswer{newUuid(), surveyId, checked->dump()}});
    return protocol::ChangeResult{changeId, "applied", {}, {}, 0};
}

Status publishDue(ServerStorage &storage, const std::string &surveyId, bool closed)
{
    auto row = storage.survey(surveyId);
    if (!row)
        return row.error();
    if (!*row)
        return {};
    auto survey = definitionOf(**row);
    if (!survey)
        return survey.error();
    bool published = false;
    // Publication: a transaction with the answers alone (moved out of the inbox, split, under new random
    // ids).
    Status s = inTransaction(storage, [&]() -> Status {
        auto pending = storage.pendingAnswers(surveyId);
        if (!pending)
            return pending.error();
        if (pending->empty() || (!closed && pending->size() < publishBatchSize()))
            return {};
        std::vector<std::string> ids;
        std::vector<PendingSurveyAnswer> responses;
        std::vector<PublishedSurveyText> texts;
        for (const auto &p : *pending) {
            ids.push_back(p.id);
            const Json body = Json::parse(p.body, nullptr, false);
            if (body.is_discarded())
                continue;
            SplitAnswers parts = split(*survey, body);
            responses.push_back(PendingSurveyAnswer{newUuid(), surveyId, parts.response.dump()});
            for (auto &[qid, text] : parts.texts)
                texts.push_back(PublishedSurveyText{newUuid(), surveyId, qid, std::move(text)});
        }
        published = true;
        if (Status k = storage.rewriteAnswerKeys(surveyId); !k)
            return k;
        return storage.publishAnswers(ids, responses, texts);
    });
    if (!s || !published)
        return s;
    // Then, apart, the marks: none keeps the transaction it was written in, next to its answers' transaction.
    if (Status m = inTransaction(storage, [&] { return storage.rewriteAnswerMarks(surveyId); }); !m)
        return m;
    return storage.scrubSurveyAnswers();
}

Status commitAnswers(ServerStorage &storage, const std::vector<AnswerClaim> &claims, int64_t now)
{
    std::set<std::string> surveys;
    Status s = inTransaction(storage, [&]() -> Status {
        for (const auto &c : claims) {
            auto stored = storage.storeAnswerOnce(c.keyHash, c.answer);
            if (!stored)
                return stored.error();
            if (*stored)
                surveys.insert(c.surveyId);
        }
        return {};
    });
    if (!s)
        return s;
    // Stored: a failure to publish only delays publication to the next answer (or close, or results).
    for (const auto &id : surveys) {
        auto row = storage.survey(id);
        if (!row || !*row)
            continue;
        auto survey = definitionOf(**row);
        const bool closed = survey && stateOf(**row, *survey, now) == "closed";
        // The answers are stored: nothing after this may turn into a failure (the marks would be released and
        // the device would send the answers a second time).
        try {
            (void)publishDue(storage, id, closed);
        } catch (const std::exception &) {
            // Published with the next answer, the close or the next results instead.
        }
    }
    return {};
}

Status publishClosed(ServerStorage &storage, int64_t now)
{
    auto waiting = storage.surveysWithPendingAnswers();
    if (!waiting)
        return waiting.error();
    for (const auto &id : *waiting) {
        auto row = storage.survey(id);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        auto survey = definitionOf(**row);
        if (!survey || stateOf(**row, *survey, now) != "closed")
            continue;
        if (Status s = publishDue(storage, id, true); !s)
            return s;
    }
    return {};
}

} // namespace medvandrer::server::surveys
