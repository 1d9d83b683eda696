#include "surveys/survey_definition.h"

#include "calendar/calendar_time.h"
#include "core/uuid.h"
#include "protocol/survey_messages.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace medvandrer::server::surveys {

namespace {

constexpr int64_t dayMs = 86'400'000;

Error invalid(std::string why)
{
    return Error{std::string(protocol::survey::errc::invalid), std::move(why)};
}

Error badAnswer(const std::string &questionId, const std::string &why)
{
    return Error{std::string(protocol::survey::errc::answerInvalid), "question '" + questionId + "': " + why};
}

// A string member, absent as "", refused when of another type or longer than max.
Result<std::string> text(const Json &j, const char *key, size_t max, bool required)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (required)
            return invalid(std::string("'") + key + "' is required");
        return std::string();
    }
    if (!it->is_string())
        return invalid(std::string("'") + key + "' must be a string");
    std::string s = it->get<std::string>();
    if (s.size() > max)
        return invalid(std::string("'") + key + "' is longer than " + std::to_string(max) + " bytes");
    if (required && s.empty())
        return invalid(std::string("'") + key + "' may not be empty");
    return s;
}

bool validQuestionId(const std::string &id)
{
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

int64_t osloMidnightMs(int64_t days)
{
    const int64_t utcMidnight = days * dayMs;
    // Norwegian midnight is 22:00 or 23:00 UTC the day before; the offset at that instant decides which.
    return utcMidnight - calendar::osloOffsetMs(utcMidnight - 3'600'000);
}

Result<Question> parseQuestion(const Json &q)
{
    if (!q.is_object())
        return invalid("each question must be an object");
    Question out;
    auto id = text(q, "id", 32, true);
    auto type = text(q, "type", 16, true);
    auto body = text(q, "text", 500, true);
    if (!id || !type || !body)
        return !id ? id.error() : !type ? type.error() : body.error();
    if (!validQuestionId(*id))
        return invalid("a question's 'id' must be 1–32 of a–z 0–9 _ -");
    out.id = *id;
    out.type = *type;
    out.text = *body;
    if (out.type == "scale") {
        auto low = text(q, "low", 100, true);
        auto high = text(q, "high", 100, true);
        if (!low || !high)
            return !low ? low.error() : high.error();
        out.low = *low;
        out.high = *high;
    } else if (out.type == "one" || out.type == "several") {
        auto it = q.find("options");
        if (it == q.end() || !it->is_array() || it->size() < 2 || it->size() > maxOptions)
            return invalid("question '" + out.id + "' needs 2–12 'options'");
        for (const auto &o : *it) {
            if (!o.is_string() || o.get<std::string>().empty() || o.get<std::string>().size() > 200)
                return invalid("question '" + out.id + "': each option is a text of 1–200 bytes");
            out.options.push_back(o.get<std::string>());
        }
    } else if (out.type != "text") {
        return invalid("a question's 'type' is scale, one, several or text");
    }
    return out;
}

} // namespace

const Question *Survey::question(const std::string &qid) const
{
    for (const auto &q : questions)
        if (q.id == qid)
            return &q;
    return nullptr;
}

Result<Survey> parseDefinition(const Json &j)
{
    if (!j.is_object())
        return invalid("'survey' must be an object");
    Survey s;
    auto id = text(j, "id", 64, true);
    if (!id)
        return id.error();
    if (!isUuid(*id))
        return invalid("'id' must be a UUID");
    s.id = *id;
    auto title = text(j, "title", 200, true);
    auto intro = text(j, "intro", 4000, false);
    auto opens = text(j, "opensOn", 10, true);
    auto closes = text(j, "closesOn", 10, true);
    auto audience = text(j, "audience", 16, true);
    for (const auto *r : {&title, &intro, &opens, &closes, &audience})
        if (!*r)
            return r->error();
    s.title = *title;
    s.intro = *intro;
    s.opensOn = *opens;
    s.closesOn = *closes;
    const auto from = calendar::parseDateDays(s.opensOn);
    const auto to = calendar::parseDateDays(s.closesOn);
    if (!from || !to)
        return invalid("'opensOn' and 'closesOn' must be dates YYYY-MM-DD");
    if (*to < *from)
        return invalid("'closesOn' may not be before 'opensOn'");
    if (*to - *from > 366)
        return invalid("a survey is open for at most 366 days");
    s.audience = *audience;
    if (s.audience == "activity") {
        auto activity = text(j, "activityId", 64, true);
        if (!activity)
            return activity.error();
        if (!isUuid(*activity))
            return invalid("'activityId' must be a UUID");
        s.activityId = *activity;
    } else if (s.audience != "everyone") {
        return invalid("'audience' is everyone or activity");
    }
    auto qs = j.find("questions");
    if (qs == j.end() || !qs->is_array() || qs->empty() || qs->size() > maxQuestions)
        return invalid("'questions' must hold 1–12 questions");
    std::set<std::string> ids;
    for (const auto &q : *qs) {
        auto parsed = parseQuestion(q);
        if (!parsed)
            return parsed.error();
        if (!ids.insert(parsed->id).second)
            return invalid("question id '" + parsed->id + "' is used twice");
        s.questions.push_back(std::move(*parsed));
    }
    return s;
}

Json toJson(const Survey &s)
{
    Json questions = Json::array();
    for (const auto &q : s.questions) {
        Json j{{"id", q.id}, {"type", q.type}, {"text", q.text}};
        if (q.type == "scale") {
            j["low"] = q.low;
            j["high"] = q.high;
        }
        if (q.type == "one" || q.type == "several")
            j["options"] = q.options;
        questions.push_back(std::move(j));
    }
    return Json{{"id", s.id},
                {"title", s.title},
                {"intro", s.intro},
                {"opensOn", s.opensOn},
                {"closesOn", s.closesOn},
                {"audience", s.audience},
                {"activityId", s.activityId.empty() ? Json(nullptr) : Json(s.activityId)},
                {"questions", std::move(questions)}};
}

int64_t opensAtMs(const Survey &s)
{
    return osloMidnightMs(calendar::parseDateDays(s.opensOn).value_or(0));
}

int64_t closesAtMs(const Survey &s)
{
    return osloMidnightMs(calendar::parseDateDays(s.closesOn).value_or(0) + 1);
}

Result<Json> checkAnswers(const Survey &survey, const Json &answers)
{
    if (!answers.is_object())
        return Error{std::string(protocol::survey::errc::answerInvalid), "'answers' must be a JSON object"};
    Json out = Json::object();
    for (const auto &[qid, value] : answers.items()) {
        const Question *q = survey.question(qid);
        if (!q)
            return badAnswer(qid, "no such question");
        if (value.is_null())
            continue; // skipped
        if (q->type == "scale") {
            if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() > 10)
                return badAnswer(qid, "a whole number 0–10");
        } else if (q->type == "one") {
            if (!value.is_number_integer() || value.get<int64_t>() < 0 ||
                value.get<int64_t>() >= static_cast<int64_t>(q->options.size()))
                return badAnswer(qid, "the index of one option");
        } else if (q->type == "several") {
            if (!value.is_array() || value.size() > q->options.size())
                return badAnswer(qid, "an array of option indexes");
            std::set<int64_t> seen;
            for (const auto &v : value) {
                if (!v.is_number_integer() || v.get<int64_t>() < 0 ||
                    v.get<int64_t>() >= static_cast<int64_t>(q->options.size()) ||
                    !seen.insert(v.get<int64_t>()).second)
                    return badAnswer(qid, "an array of distinct option indexes");
            }
            out[qid] = Json(std::vector<int64_t>(seen.begin(), seen.end()));
            continue;
        } else {
            if (!value.is_string() || value.get<std::string>().size() > freeTextMax)
                return badAnswer(qid, "a text of at most 500 bytes");
            if (value.get<std::string>().empty())
                continue;
        }
        out[qid] = value;
    }
    return out;
}

size_t publishBatchSize()
{
    static const size_t size = [] {
        const char *env = std::getenv("MEDVANDRER_SURVEY_BATCH");
        const long v = env ? std::strtol(env, nullptr, 10) : 0;
        return v >= 1 && v <= 1000 ? static_cast<size_t>(v) : static_cast<size_t>(minCount);
    }();
    return size;
}

} // namespace medvandrer::server::surveys
