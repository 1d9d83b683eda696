#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace medvandrer {

// One check-in as the chart's words need it: the day (Oslo time) and the number.
struct DayRating
{
    QDate day;
    int rating = 0;
};

// The last weeks of check-ins in words, one whole sentence per ISO week that has any («Week 48: 2 check-ins,
// from 4 to 7 of 10.»), for the chart's text alternative. Weeks without check-ins are left out, never scolded;
// when the recent weeks have none, it names the latest check-in instead. checkIns are oldest first.
QString recentWeeksInWords(const std::vector<DayRating> &checkIns, QDate today, int weeks = 4);

} // namespace medvandrer
