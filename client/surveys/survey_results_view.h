#pragma once

#include "records/record.h"

#include <QVariantMap>

namespace medvandrer::surveys {

// The server's survey_results reply (docs/protocol.md §4.15), set beside the survey's definition, as the
// results page and the export show it: per question its words, bars (label, count, share of the largest) and a
// text alternative that says every number the chart shows. Only what the server sent is there: a suppressed
// question has no numbers at all.
QVariantMap resultsView(const Json &definition, const Json &reply);

// The same for the dialogue meeting, as a self-contained HTML page (no scripts, nothing fetched).
QString resultsHtml(const QVariantMap &view);

} // namespace medvandrer::surveys
