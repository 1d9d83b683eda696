#include "surveys/survey_words.h"

#include "core/locale_format.h"

#include <QCoreApplication>

#include <set>

namespace medvandrer::surveys {

namespace {

QString day(const QDate &d)
{
    return LocaleFormat::instance()->formatDay(d, LocaleFormat::DayMonth);
}

bool textBetween(const Json &o, const char *key, size_t min, size_t max)
{
    auto it = o.find(key);
    if (it == o.end() || !it->is_string())
        return min == 0;
    const std::string s = it->get<std::string>();
    const QString q = QString::fromStdString(s).trimmed();
    return size_t(q.toUtf8().size()) >= min && s.size() <= max;
}

} // namespace

QString stateWords(const QString &state, const QDate &opensOn, const QDate &closesOn)
{
    if (state == QLatin1String("draft"))
        return QCoreApplication::translate("SurveyWords", "Draft, not published");
    if (state == QLatin1String("scheduled"))
        return QCoreApplication::translate("SurveyWords", "Opens %1").arg(day(opensOn));
    if (state == QLatin1String("open"))
        return QCoreApplication::translate("SurveyWords", "Open until %1").arg(day(closesOn));
    return QCoreApplication::translate("SurveyWords", "Closed");
}

QString stateToday(const QString &listedState, const QDate &opensOn, const QDate &closesOn, const QDate &today)
{
    if (listedState == QLatin1String("draft") || listedState == QLatin1String("closed"))
        return listedState;
    if (closesOn.isValid() && today > closesOn)
        return QStringLiteral("closed");
    if (opensOn.isValid() && today >= opensOn)
        return QStringLiteral("open");
    return listedState;
}

QString typeWords(const QString &type)
{
    if (type == QLatin1String("scale"))
        return QCoreApplication::translate("SurveyWords", "0 to 10");
    if (type == QLatin1String("one"))
        return QCoreApplication::translate("SurveyWords", "One choice");
    if (type == QLatin1String("several"))
        return QCoreApplication::translate("SurveyWords", "Several choices");
    return QCoreApplication::translate("SurveyWords", "Short text");
}

QString draftProblem(const Json &d)
{
    if (!textBetween(d, "title", 1, 200))
        return QCoreApplication::translate("SurveyWords", "Give the survey a title (at most 200 letters).");
    if (!textBetween(d, "intro", 0, 4000))
        return QCoreApplication::translate("SurveyWords", "The introduction is too long (at most 4000 letters).");
    const QDate opens = QDate::fromString(QString::fromStdString(d.value("opensOn", std::string())), Qt::ISODate);
    const QDate closes = QDate::fromString(QString::fromStdString(d.value("closesOn", std::string())), Qt::ISODate);
    if (!opens.isValid() || !closes.isValid())
        return QCoreApplication::translate("SurveyWords", "Choose the day it opens and the day it closes.");
    if (closes < opens)
        return QCoreApplication::translate("SurveyWords", "The survey must close on or after the day it opens.");
    if (opens.daysTo(closes) > 366)
        return QCoreApplication::translate("SurveyWords", "A survey can be open for at most a year.");
    if (d.value("audience", std::string()) == "activity" && d.value("activityId", Json()).is_null())
        return QCoreApplication::translate("SurveyWords", "Choose the activity whose participants are asked.");
    const Json list = d.value("questions", Json::array());
    if (!list.is_array() || list.empty())
        return QCoreApplication::translate("SurveyWords", "Add at least one question.");
    if (list.size() > size_t(maxQuestions))
        return QCoreApplication::translate("SurveyWords", "A survey has at most 12 questions.");
    std::set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &q = list[i];
        const QString n = QString::number(i + 1);
        if (!q.is_object() || !ids.insert(q.value("id", std::string())).second)
            return QCoreApplication::translate("SurveyWords", "Question %1 is not complete.").arg(n);
        if (!textBetween(q, "text", 1, 500))
            return QCoreApplication::translate("SurveyWords", "Write question %1 (at most 500 letters).").arg(n);
        const std::string type = q.value("type", std::string());
        if (type == "scale" && (!textBetween(q, "low", 1, 100) || !textBetween(q, "high", 1, 100)))
            return QCoreApplication::translate("SurveyWords", "Say what 0 and 10 mean in question %1.").arg(n);
        if (type == "one" || type == "several") {
            const Json opts = q.value("options", Json::array());
            if (!opts.is_array() || opts.size() < 2 || opts.size() > size_t(maxOptions))
                return QCoreApplication::translate("SurveyWords", "Question %1 needs 2 to 12 choices.").arg(n);
            for (const Json &o : opts) {
                if (!o.is_string() || QString::fromStdString(o.get<std::string>()).trimmed().isEmpty() ||
                    o.get<std::string>().size() > 200)
                    return QCoreApplication::translate("SurveyWords", "Every choice in question %1 needs a few words (at most 200 letters).").arg(n);
            }
        }
    }
    return {};
}

QString refusalWords(const QString &code, const QString &message)
{
    if (code == QLatin1String("survey_conflict"))
        return QCoreApplication::translate("SurveyWords", "Someone else saved this survey while you were editing. Your text is still here: look at theirs "
                  "in the list, then save yours again.");
    if (code == QLatin1String("survey_not_draft"))
        return QCoreApplication::translate("SurveyWords", "This survey is published already and can no longer be changed.");
    if (code == QLatin1String("survey_invalid"))
        return QCoreApplication::translate("SurveyWords", "The server did not accept the survey: %1").arg(message);
    if (code == QLatin1String("survey_not_open"))
        return QCoreApplication::translate("SurveyWords", "This survey is not open.");
    if (code == QLatin1String("forbidden"))
        return QCoreApplication::translate("SurveyWords", "Only a koordinator can do this.");
    if (code == QLatin1String("not_found"))
        return QCoreApplication::translate("SurveyWords", "This survey is no longer there.");
    if (code == QLatin1String("offline"))
        return QCoreApplication::translate("SurveyWords", "You are offline. Try again when you are connected.");
    return QCoreApplication::translate("SurveyWords", "That did not work. Try again in a moment.");
}

} // namespace medvandrer::surveys
