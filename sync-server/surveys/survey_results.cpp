#include "surveys/survey_results.h"

namespace medvandrer::server::surveys {

namespace {

bool chose(const Json &response, const ResultFilter &f)
{
    auto it = response.find(f.questionId);
    if (it == response.end())
        return false;
    if (it->is_number_integer())
        return it->get<int64_t>() == f.option;
    if (it->is_array()) {
        for (const auto &v : *it)
            if (v.is_number_integer() && v.get<int64_t>() == f.option)
                return true;
    }
    return false;
}

Json suppressed(const Question &q)
{
    return Json{{"id", q.id}, {"type", q.type}, {"answered", nullptr}, {"suppressed", true}};
}

} // namespace

SplitAnswers split(const Survey &survey, const Json &answers)
{
    SplitAnswers out;
    for (const auto &[qid, value] : answers.items()) {
        const Question *q = survey.question(qid);
        if (!q)
            continue;
        if (q->type == "text")
            out.texts.emplace_back(qid, value.get<std::string>());
        else
            out.response[qid] = value;
    }
    return out;
}

Json results(const Survey &survey, const std::vector<Json> &responses,
             const std::vector<PublishedSurveyText> &texts, const std::optional<ResultFilter> &filter)
{
    std::vector<const Json *> kept;
    for (const auto &r : responses)
        if (!filter || chose(r, *filter))
            kept.push_back(&r);
    const bool enough = static_cast<int64_t>(kept.size()) >= minCount;
    Json questions = Json::array();
    for (const auto &q : survey.questions) {
        if (!enough) {
            questions.push_back(suppressed(q));
            continue;
        }
        if (q.type == "text") {
            // A free text beside a filter would stand next to that person's other answers.
            std::vector<std::string> list;
            for (const auto &t : texts)
                if (t.questionId == q.id)
                    list.push_back(t.text);
            if (filter || static_cast<int64_t>(list.size()) < minCount) {
                questions.push_back(suppressed(q));
                continue;
            }
            questions.push_back(
                Json{{"id", q.id}, {"type", q.type}, {"answered", list.size()}, {"texts", list}});
            continue;
        }
        int64_t answered = 0;
        std::vector<int64_t> counts(q.type == "scale" ? 11 : q.options.size(), 0);
        for (const Json *r : kept) {
            auto it = r->find(q.id);
            if (it == r->end())
                continue;
            ++answered;
            if (it->is_number_integer()) {
                const int64_t v = it->get<int64_t>();
                if (v >= 0 && v < static_cast<int64_t>(counts.size()))
                    ++counts[static_cast<size_t>(v)];
            } else if (it->is_array()) {
                for (const auto &v : *it)
                    if (v.is_number_integer() && v.get<int64_t>() >= 0 &&
                        v.get<int64_t>() < static_cast<int64_t>(counts.size()))
                        ++counts[static_cast<size_t>(v.get<int64_t>())];
            }
        }
        if (answered < minCount) {
            questions.push_back(suppressed(q));
            continue;
        }
        Json j{{"id", q.id}, {"type", q.type}, {"answered", answered}};
        j[q.type == "scale" ? "spread" : "counts"] = counts;
        questions.push_back(std::move(j));
    }
    return Json{{"respondents", enough ? Json(kept.size()) : Json(nullptr)},
                {"minCount", minCount},
                {"filter", filter ? Json{{"questionId", filter->questionId}, {"option", filter->option}}
                                  : Json(nullptr)},
                {"questions", std::move(questions)}};
}

} // namespace medvandrer::server::surveys
