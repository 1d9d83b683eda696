// Dispatcher handlers of «Spør brukerne»: drafting, publishing, closing, listing, results and the
// brukerrepresentant mark (docs/protocol.md §4.15). Answers come in through push
// (surveys/survey_answers.cpp).
#include "dispatch/dispatcher.h"

#include "core/uuid.h"
#include "protocol/error_codes.h"
#include "protocol/survey_messages.h"
#include "records/schema.h"
#include "surveys/survey_access.h"
#include "surveys/survey_answers.h"
#include "surveys/survey_results.h"

#include <algorithm>

namespace medvandrer::server {

namespace stype = protocol::survey::type;
namespace serrc = protocol::survey::errc;

namespace {

Error refuse(std::string_view code, std::string message)
{
    return Error{std::string(code), std::move(message)};
}

Result<std::string> surveyIdOf(const Json &body)
{
    auto it = body.find("id");
    if (it == body.end() || !it->is_string() || !isUuid(it->get<std::string>()))
        return refuse(errc::badMessage, "'id' must be a survey's UUID");
    return it->get<std::string>();
}

Result<int64_t> revisionOf(const Json &body)
{
    return protocol::optionalInt(body, "revision", 0, 0, INT64_MAX);
}

// A survey that exists and that `who` may see; otherwise not_found, the same for both.
Result<SurveyRow> visibleSurvey(ServerStorage &storage, const std::string &id, const Principal &who)
{
    auto row = storage.survey(id);
    if (!row)
        return row.error();
    if (!*row)
        return refuse(errc::notFound, "no such survey");
    auto def = surveys::definitionOf(**row);
    if (!def)
        return def.error();
    auto may = surveys::maySee(storage, **row, *def, who);
    if (!may)
        return may.error();
    if (!*may)
        return refuse(errc::notFound, "no such survey");
    return std::move(**row);
}

Result<Json> listSurveys(ServerStorage &storage, const Principal &who, int64_t now)
{
    auto writer = surveys::mayWrite(storage, who);
    if (!writer)
        return writer.error();
    auto rows = storage.surveys();
    if (!rows)
        return rows.error();
    auto answered = storage.surveysAnsweredBy(who.accountId);
    if (!answered)
        return answered.error();
    Json list = Json::array();
    for (const auto &row : *rows) {
        auto def = surveys::definitionOf(row);
        if (!def)
            return def.error();
        auto may = surveys::maySee(storage, row, *def, who);
        if (!may)
            return may.error();
        if (!*may)
            continue;
        auto audience = surveys::inAudience(storage, *def, who);
        if (!audience)
            return audience.error();
        const std::string state = surveys::stateOf(row, *def, now);
        const bool hasAnswered = std::find(answered->begin(), answered->end(), row.id) != answered->end();
        list.push_back(Json{{"survey", surveys::toJson(*def)},
                            {"status", row.status},
                            {"state", state},
                            {"revision", row.revision},
                            {"answered", hasAnswered},
                            {"mayEdit", *writer && row.status == "draft"},
                            {"mayPublish", who.role == Role::Koordinator && row.status == "draft"},
                            {"mayAnswer", *audience && state == "open" && !hasAnswered},
                            {"mayReadResults", row.status == "published"}});
    }
    return Json{{"type", stype::surveys},
                {"writer", *writer},
                {"koordinator", who.role == Role::Koordinator},
                {"minCount", surveys::minCount},
                {"surveys", std::move(list)}};
}

Result<Json> saveSurvey(ServerStorage &storage, const Principal &who, const Json &definition,
                        int64_t revision)
{
    auto writer = surveys::mayWrite(storage, who);
    if (!writer)
        return writer.error();
    if (!*writer)
        return refuse(errc::forbidden, "only koordinatorer and brukerrepresentanter write surveys");
    auto def = surveys::parseDefinition(definition);
    if (!def)
        return def.error();
    if (def->audience == "activity") {
        auto activity = storage.loadRecord(def->activityId);
        if (!activity)
            return activity.error();
        if (!*activity || (*activity)->record.kind != kinds::activity || (*activity)->record.isDeleted())
            return refuse(serrc::invalid, "'activityId' names no activity");
    }
    auto existing = storage.survey(def->id);
    if (!existing)
        return existing.error();
    SurveyRow row;
    if (*existing) {
        if ((*existing)->status != "draft")
            return refuse(serrc::notDraft, "a published survey cannot be changed");
        if ((*existing)->revision != revision)
            return refuse(serrc::conflict, "the survey was saved by someone else since revision " +
                                               std::to_string(revision) + "; it is at " +
                                               std::to_string((*existing)->revision));
        row = **existing;
    } else {
        if (revision != 0)
            return refuse(serrc::conflict, "no such survey at that revision");
        row.id = def->id;
        row.status = "draft";
        row.createdBy = who.accountId;
    }
    row.definition = surveys::toJson(*def).dump();
    row.revision += 1;
    if (Status s = storage.saveSurvey(row); !s)
        return s.error();
    return Json{{"type", stype::saved}, {"id", row.id}, {"revision", row.revision}, {"status", row.status}};
}

Result<Json> publishSurvey(ServerStorage &storage, const Principal &who, const std::string &id,
                           int64_t revision, int64_t now)
{
    if (who.role != Role::Koordinator)
        return refuse(errc::forbidden, "only koordinatorer publish surveys");
    auto row = visibleSurvey(storage, id, who);
    if (!row)
        return row.error();
    if (row->status != "draft")
        return refuse(serrc::notDraft, "the survey is published already");
    if (row->revision != revision)
        return refuse(serrc::conflict, "the survey changed since revision " + std::to_string(revision));
    auto def = surveys::definitionOf(*row);
    if (!def)
        return def.error();
    if (surveys::closesAtMs(*def) <= now)
        return refuse(serrc::invalid, "'closesOn' has passed");
    row->status = "published";
    row->revision += 1;
    if (Status s = storage.saveSurvey(*row); !s)
        return s.error();
    return Json{
        {"type", stype::saved}, {"id", row->id}, {"revision", row->revision}, {"status", row->status}};
}

Result<Json> closeSurvey(ServerStorage &storage, const Principal &who, const std::string &id, int64_t now)
{
    if (who.role != Role::Koordinator)
        return refuse(errc::forbidden, "only koordinatorer close surveys");
    auto row = visibleSurvey(storage, id, who);
    if (!row)
        return row.error();
    if (row->status != "published")
        return refuse(serrc::notOpen, "only a published survey can be closed");
    if (row->closedAt == 0) {
        row->closedAt = now;
        row->revision += 1;
        if (Status s = storage.saveSurvey(*row); !s)
            return s.error();
    }
    // Whatever waits in the inbox goes out now: no more answers will join it.
    if (Status s = surveys::publishDue(storage, id, true); !s)
        return s.error();
    return Json{{"type", protocol::type::ok}};
}

Result<Json> surveyResults(ServerStorage &storage, const Principal &who, const std::string &id,
                           const std::optional<surveys::ResultFilter> &filter, int64_t now)
{
    auto row = visibleSurvey(storage, id, who);
    if (!row)
        return row.error();
    if (row->status != "published")
        return refuse(serrc::notOpen, "a draft has no results");
    auto def = surveys::definitionOf(*row);
    if (!def)
        return def.error();
    if (filter) {
        const surveys::Question *q = def->question(filter->questionId);
        if (!q || (q->type != "one" && q->type != "several") ||
            filter->option >= static_cast<int64_t>(q->options.size()))
            return refuse(errc::badMessage, "'filter' must name a choice question and one of its options");
    }
    const std::string state = surveys::stateOf(*row, *def, now);
    if (state == "closed") {
        if (Status s = surveys::publishDue(storage, id, true); !s)
            return s.error();
    }
    auto bodies = storage.publishedResponses(id);
    if (!bodies)
        return bodies.error();
    auto texts = storage.publishedTexts(id);
    if (!texts)
        return texts.error();
    std::vector<Json> responses;
    for (const auto &b : *bodies) {
        Json j = Json::parse(b, nullptr, false);
        if (j.is_object())
            responses.push_back(std::move(j));
    }
    Json out = surveys::results(*def, responses, *texts, filter);
    out["type"] = stype::resultsReply;
    out["id"] = id;
    out["state"] = state;
    return out;
}

Result<Json> listWriters(ServerStorage &storage, const Principal &who)
{
    if (who.role != Role::Koordinator)
        return refuse(errc::forbidden, "only koordinatorer mark brukerrepresentanter");
    auto brukere = storage.accountsWithRole(Role::Bruker);
    if (!brukere)
        return brukere.error();
    auto writers = storage.surveyWriters();
    if (!writers)
        return writers.error();
    std::sort(brukere->begin(), brukere->end(),
              [](const Account &a, const Account &b) { return a.displayName < b.displayName; });
    Json list = Json::array();
    for (const auto &a : *brukere)
        list.push_back(Json{{"accountId", a.id},
                            {"username", a.username},
                            {"displayName", a.displayName},
                            {"writer", std::find(writers->begin(), writers->end(), a.id) != writers->end()}});
    return Json{{"type", stype::writers}, {"accounts", std::move(list)}};
}

Result<Json> setWriter(ServerStorage &storage, const Principal &who, const std::string &accountId,
                       bool writer)
{
    if (who.role != Role::Koordinator)
        return refuse(errc::forbidden, "only koordinatorer mark brukerrepresentanter");
    auto account = storage.accountById(accountId);
    if (!account)
        return account.error();
    if (!*account || (*account)->role != Role::Bruker)
        return refuse(errc::notFound, "no bruker with this id");
    if (Status s = storage.setSurveyWriter(accountId, writer); !s)
        return s.error();
    return Json{{"type", protocol::type::ok}};
}

} // namespace

void Dispatcher::onSurveyRequest(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string &t = env.type;
    const std::string rid = env.rid;
    const Principal who = *s->state().principal;
    const Json &body = env.body;
    std::function<Result<Json>(ServerStorage &)> work;

    if (t == stype::list) {
        work = [who](ServerStorage &st) { return listSurveys(st, who, systemMillis()); };
    } else if (t == stype::save) {
        auto def = body.find("survey");
        auto revision = revisionOf(body);
        if (def == body.end() || !def->is_object() || !revision)
            return fail(s, rid,
                        !revision ? revision.error()
                                  : refuse(errc::badMessage, "'survey' must be an object"));
        work = [who, def = *def, revision = *revision](ServerStorage &st) {
            return saveSurvey(st, who, def, revision);
        };
    } else if (t == stype::publish || t == stype::close || t == stype::results) {
        auto id = surveyIdOf(body);
        if (!id)
            return fail(s, rid, id.error());
        if (t == stype::publish) {
            auto revision = revisionOf(body);
            if (!revision)
                return fail(s, rid, revision.error());
            work = [who, id = *id, revision = *revision](ServerStorage &st) {
                return publishSurvey(st, who, id, revision, systemMillis());
            };
        } else if (t == stype::close) {
            work = [who, id = *id](ServerStorage &st) { return closeSurvey(st, who, id, systemMillis()); };
        } else {
            std::optional<surveys::ResultFilter> filter;
            if (auto f = body.find("filter"); f != body.end() && !f->is_null()) {
                auto q = f->is_object() ? f->find("questionId") : f->end();
                auto o = f->is_object() ? f->find("option") : f->end();
                if (!f->is_object() || q == f->end() || !q->is_string() || o == f->end() ||
                    !o->is_number_integer() || o->get<int64_t>() < 0)
                    return fail(s, rid, errc::badMessage,
                                "'filter' must be {\"questionId\": text, \"option\": index}");
                filter = surveys::ResultFilter{q->get<std::string>(), o->get<int64_t>()};
            }
            work = [who, id = *id, filter](ServerStorage &st) {
                return surveyResults(st, who, id, filter, systemMillis());
            };
        }
    } else if (t == stype::listWriters) {
        work = [who](ServerStorage &st) { return listWriters(st, who); };
    } else {
        auto account = body.find("accountId");
        auto writer = body.find("writer");
        if (account == body.end() || !account->is_string() || !isUuid(account->get<std::string>()) ||
            writer == body.end() || !writer->is_boolean())
            return fail(s, rid, errc::badMessage, "'accountId' must be a UUID and 'writer' true or false");
        work = [who, account = account->get<std::string>(), writer = writer->get<bool>()](ServerStorage &st) {
            return setWriter(st, who, account, writer);
        };
    }
    viaStorage<Json>(s, rid, std::move(work), [this, s, rid](Result<Json> &r) {
        if (!r)
            return fail(s, rid, r.error());
        reply(s, rid, std::move(*r));
    });
}

} // namespace medvandrer::server
