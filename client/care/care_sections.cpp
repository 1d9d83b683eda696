#include "care/care_sections.h"

#include <QCoreApplication>

namespace medvandrer {

namespace {
constexpr char context[] = "CareNav";
} // namespace

const std::vector<CareSection> &careSections(std::string_view kind)
{
    static const std::vector<CareSection> plan{
        {"signs", QT_TRANSLATE_NOOP("CareNav", "Signs that things are getting hard for me")},
        {"selfHelp", QT_TRANSLATE_NOOP("CareNav", "What I can do on my own")},
        {"distractions", QT_TRANSLATE_NOOP("CareNav", "People and places that take my mind off things")},
        {"contacts", QT_TRANSLATE_NOOP("CareNav", "People I can ask for help")},
        {"professional", QT_TRANSLATE_NOOP("CareNav", "Professional help and emergency numbers")},
        {"professionalContacts", QT_TRANSLATE_NOOP("CareNav", "Professional help and emergency numbers")},
        {"safety", QT_TRANSLATE_NOOP("CareNav", "Making my surroundings safer")},
        {"meetMe", QT_TRANSLATE_NOOP("CareNav", "How I want to be met")},
        {"after", QT_TRANSLATE_NOOP("CareNav", "After a hard time")}};
    static const std::vector<CareSection> about{
        {"calledName", QT_TRANSLATE_NOOP("CareNav", "What I like to be called")},
        {"matters", QT_TRANSLATE_NOOP("CareNav", "What matters to me")},
        {"helps", QT_TRANSLATE_NOOP("CareNav", "What helps me")},
        {"avoid", QT_TRANSLATE_NOOP("CareNav", "What I don't want to talk about or be asked about")},
        {"meetMe", QT_TRANSLATE_NOOP("CareNav", "How I want to be met")},
        {"people", QT_TRANSLATE_NOOP("CareNav", "People who know me well")},
        {"language", QT_TRANSLATE_NOOP("CareNav", "Language I prefer")},
        {"interpreter", QT_TRANSLATE_NOOP("CareNav", "I would like an interpreter")},
        {"practical", QT_TRANSLATE_NOOP("CareNav", "Other practical needs")}};
    static const std::vector<CareSection> none;
    return kind == "plan" ? plan : kind == "about" ? about : none;
}

QString careTitle(const char *title)
{
    return QCoreApplication::translate(context, title);
}

QString carePageTitle(std::string_view kind)
{
    return kind == "plan" ? careTitle(QT_TRANSLATE_NOOP("CareNav", "My plan for hard days"))
                          : careTitle(QT_TRANSLATE_NOOP("CareNav", "About me"));
}

QString careYes()
{
    return QCoreApplication::translate("CarePage", QT_TRANSLATE_NOOP("CarePage", "Yes"));
}

} // namespace medvandrer
