#pragma once

#include "records/record.h"
#include "storage/survey_rows.h"
#include "surveys/survey_definition.h"

#include <optional>
#include <string>
#include <vector>

namespace medvandrer::server::surveys {

// Only the people who chose `option` on a choice question.
struct ResultFilter
{
    std::string questionId;
    int64_t option = 0;
};

// The results of the published answers, with small-number suppression: nothing of a question that fewer than
// minCount answered (among those the filter keeps), nothing at all when the filter keeps fewer than minCount
// people, free texts only unfiltered and only from minCount texts up, in the order given (random).
// docs/protocol.md §4.15.
Json results(const Survey &survey, const std::vector<Json> &responses,
             const std::vector<PublishedSurveyText> &texts, const std::optional<ResultFilter> &filter);

// Splits one person's checked answers into the response published as one row (choices and scales) and the
// free texts published each on its own.
struct SplitAnswers
{
    Json response = Json::object();
    std::vector<std::pair<std::string, std::string>> texts; // question id, text
};
SplitAnswers split(const Survey &survey, const Json &answers);

} // namespace medvandrer::server::surveys
