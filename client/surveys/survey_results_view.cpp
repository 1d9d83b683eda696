#include "surveys/survey_results_view.h"

#include "core/locale_format.h"
#include "core/qt_records.h"
#include "surveys/survey_words.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantList>

#include <algorithm>

namespace medvandrer::surveys {

namespace {

int intOr(const Json &o, const char *key, int fallback)
{
    auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QVariantMap resultsView(const Json &definition, const Json &reply)
{
    QVariantMap view;
    view[QStringLiteral("surveyId")] = qs(definition.value("id", std::string()));
    view[QStringLiteral("title")] = qs(definition.value("title", std::string()));
    view[QStringLiteral("intro")] = qs(definition.value("intro", std::string()));
    const QString state = qs(reply.value("state", std::string()));
    const QDate opens = QDate::fromString(qs(definition.value("opensOn", std::string())), Qt::ISODate);
    const QDate closes = QDate::fromString(qs(definition.value("closesOn", std::string())), Qt::ISODate);
    view[QStringLiteral("state")] = state;
    view[QStringLiteral("stateText")] = stateWords(state, opens, closes);
    const int minCount = intOr(reply, "minCount", 5);
    const int respondents = intOr(reply, "respondents", -1);
    view[QStringLiteral("minCount")] = minCount;
    view[QStringLiteral("respondents")] = respondents;
    view[QStringLiteral("respondentsText")] =
        respondents < 0 ? QCoreApplication::translate("SurveyResults", "Fewer than %n people have answered so far. To keep everyone anonymous, nothing is shown "
                             "until at least %n have.", nullptr, minCount)
                        : QCoreApplication::translate("SurveyResults", "%n people answered.", nullptr, respondents);
    const bool filtered = reply.contains("filter") && reply["filter"].is_object();
    view[QStringLiteral("filtered")] = filtered;

    QVariantList questions;
    const Json defs = definition.value("questions", Json::array());
    const Json got = reply.value("questions", Json::array());
    for (size_t i = 0; i < defs.size(); ++i) {
        const Json &q = defs[i];
        const std::string id = q.value("id", std::string());
        Json r = Json::object();
        for (const Json &g : got)
            if (g.is_object() && g.value("id", std::string()) == id)
                r = g;
        const QString type = qs(q.value("type", std::string()));
        const QString text = qs(q.value("text", std::string()));
        QVariantMap out;
        out[QStringLiteral("id")] = qs(id);
        out[QStringLiteral("number")] = int(i + 1);
        out[QStringLiteral("type")] = type;
        out[QStringLiteral("text")] = text;
        out[QStringLiteral("low")] = qs(q.value("low", std::string()));
        out[QStringLiteral("high")] = qs(q.value("high", std::string()));
        const bool suppressed = r.value("suppressed", false) || !r.contains("answered") || r["answered"].is_null();
        const int answered = suppressed ? -1 : intOr(r, "answered", -1);
        out[QStringLiteral("suppressed")] = suppressed;
        out[QStringLiteral("answered")] = answered;
        QVariantList bars;
        QStringList said;
        QVariantList texts;
        if (!suppressed) {
            std::vector<std::pair<QString, int>> counts;
            if (type == QLatin1String("scale")) {
                const Json spread = r.value("spread", Json::array());
                for (size_t v = 0; v < spread.size(); ++v)
                    counts.emplace_back(QString::number(v), spread[v].is_number_integer() ? spread[v].get<int>() : 0);
            } else if (type == QLatin1String("one") || type == QLatin1String("several")) {
                const Json options = q.value("options", Json::array());
                const Json c = r.value("counts", Json::array());
                for (size_t o = 0; o < options.size(); ++o)
                    counts.emplace_back(qs(options[o].get<std::string>()),
                                        o < c.size() && c[o].is_number_integer() ? c[o].get<int>() : 0);
            } else {
                for (const Json &t : r.value("texts", Json::array()))
                    if (t.is_string())
                        texts.push_back(qs(t.get<std::string>()));
            }
            int largest = 1;
            for (const auto &c : counts)
                largest = std::max(largest, c.second);
            for (const auto &[label, count] : counts) {
                bars.push_back(QVariantMap{{QStringLiteral("label"), label},
                                           {QStringLiteral("count"), count},
                                           {QStringLiteral("share"), double(count) / largest}});
                //: One bar of a chart read aloud: «Ja: 7».
                said << QCoreApplication::translate("SurveyResults", "%1: %2").arg(label).arg(count);
            }
        }
        out[QStringLiteral("bars")] = bars;
        out[QStringLiteral("texts")] = texts;
        QString description;
        if (suppressed)
            description = QCoreApplication::translate("SurveyResults", "Not shown: fewer than %n people answered this question.", nullptr, minCount);
        else if (type == QLatin1String("text"))
            description = texts.isEmpty() ? QCoreApplication::translate("SurveyResults", "%n people answered. The texts are shown once at least %1 have written "
                                               "one, and never with a filter.", nullptr, answered).arg(minCount)
                                          : QCoreApplication::translate("SurveyResults", "%n texts, in random order.", nullptr, int(texts.size()));
        else if (type == QLatin1String("scale"))
            description = QCoreApplication::translate("SurveyResults", "%n answers from 0 to 10. ", nullptr, answered) + said.join(QStringLiteral(", ")) +
                          QStringLiteral(". ") + QCoreApplication::translate("SurveyResults", "0 means %1, 10 means %2.").arg(out[QStringLiteral("low")].toString(),
                                                                                  out[QStringLiteral("high")].toString());
        else
            description = QCoreApplication::translate("SurveyResults", "%n answered. ", nullptr, answered) + said.join(QStringLiteral(", ")) + QStringLiteral(".");
        out[QStringLiteral("description")] = description;
        questions.push_back(out);
    }
    view[QStringLiteral("questions")] = questions;
    view[QStringLiteral("madeAt")] =
        LocaleFormat::instance()->format(QDateTime::currentDateTimeUtc(), LocaleFormat::DateTime);
    return view;
}

QString resultsHtml(const QVariantMap &view)
{
    const QString lang = LocaleFormat::instance()->language().isEmpty() ? QStringLiteral("nb")
                                                                          : LocaleFormat::instance()->language();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(lang);
    h += QStringLiteral("<title>%1</title>\n").arg(escaped(view.value(QStringLiteral("title")).toString()));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1d2428;line-height:1.5}"
        "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}table{border-collapse:collapse;width:100%}"
        "th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #c9d1d6;vertical-align:middle}"
        "td.n{text-align:right;width:4em}.bar{background:#1f5f7a;height:1em;display:block}"
        ".muted{color:#4b5a63}ul.texts li{margin:.4em 0}</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(escaped(view.value(QStringLiteral("title")).toString()));
    if (!view.value(QStringLiteral("intro")).toString().isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(escaped(view.value(QStringLiteral("intro")).toString()));
    h += QStringLiteral("<p class=\"muted\">%1 · %2</p>\n")
             .arg(escaped(view.value(QStringLiteral("stateText")).toString()),
                  escaped(view.value(QStringLiteral("respondentsText")).toString()));
    // Filtered results say so on the page, as in the app: read without it they pass for everyone's answers.
    if (view.value(QStringLiteral("filtered")).toBool())
        h += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                 .arg(escaped(view.value(QStringLiteral("filterText")).toString()),
                      escaped(QCoreApplication::translate("SurveyResults", "Free texts are never shown with a filter.")));
    const int minCount = view.value(QStringLiteral("minCount")).toInt();
    const QString anonymous = QCoreApplication::translate(
        "SurveyResults", "Answers are anonymous. A number is shown only where at least %n people answered.", nullptr,
        minCount);
    h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escaped(anonymous));
    for (const QVariant &qv : view.value(QStringLiteral("questions")).toList()) {
        const QVariantMap q = qv.toMap();
        h += QStringLiteral("<h2>%1. %2</h2>\n")
                 .arg(q.value(QStringLiteral("number")).toInt())
                 .arg(escaped(q.value(QStringLiteral("text")).toString()));
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escaped(q.value(QStringLiteral("description")).toString()));
        if (q.value(QStringLiteral("suppressed")).toBool())
            continue;
        const QVariantList bars = q.value(QStringLiteral("bars")).toList();
        if (!bars.isEmpty()) {
            h += QStringLiteral("<table>\n<tr><th>%1</th><th class=\"n\">%2</th><th></th></tr>\n")
                     .arg(escaped(QCoreApplication::translate("SurveyResults", "Answer")), escaped(QCoreApplication::translate("SurveyResults", "People")));
            for (const QVariant &bv : bars) {
                const QVariantMap b = bv.toMap();
                h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td><span class=\"bar\" style=\"width:%3%\">"
                                    "</span></td></tr>\n")
                         .arg(escaped(b.value(QStringLiteral("label")).toString()))
                         .arg(b.value(QStringLiteral("count")).toInt())
                         .arg(int(b.value(QStringLiteral("share")).toDouble() * 100));
            }
            h += QStringLiteral("</table>\n");
        }
        const QVariantList texts = q.value(QStringLiteral("texts")).toList();
        if (!texts.isEmpty()) {
            h += QStringLiteral("<ul class=\"texts\">\n");
            for (const QVariant &t : texts)
                h += QStringLiteral("<li>%1</li>\n").arg(escaped(t.toString()));
            h += QStringLiteral("</ul>\n");
        }
    }
    h += QStringLiteral("<p class=\"muted\">%1</p>\n</body>\n</html>\n")
             .arg(escaped(QCoreApplication::translate("SurveyResults", "Made with Medvandrer, %1.").arg(view.value(QStringLiteral("madeAt")).toString())));
    return h;
}

} // namespace medvandrer::surveys
