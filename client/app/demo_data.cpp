#include "app/demo_data.h"

#include "goals/goal_manager.h"

#include <QDateTime>

namespace medvandrer {

int seedDemoData(GoalManager &goals)
{
    if (!goals.goals().empty())
        return 0;
    int written = 0;
    const QDateTime now = QDateTime::currentDateTime();

    const QString home = goals.createGoal(QStringLiteral("Få en egen leilighet"),
                                          QStringLiteral("Jeg vil ha et sted som er mitt, der jeg kan ha besøk "
                                                         "av datteren min."),
                                          QStringLiteral("bolig"));
    ++written;
    for (const auto &step : {QStringLiteral("Snakke med Housing First-teamet"), QStringLiteral("Søke om bostøtte"),
                             QStringLiteral("Se på to leiligheter")}) {
        goals.addStep(home, step);
        ++written;
    }
    const int homeRatings[] = {3, 4, 4, 5, 4, 6, 7};
    for (int i = 0; i < 7; ++i) {
        goals.checkInAt(home, homeRatings[i], i == 6 ? QStringLiteral("Fikk svar fra NAV i dag.") : QString(),
                        now.addDays(-3 * (6 - i)));
        ++written;
    }

    const QString work = goals.createGoal(QStringLiteral("Prøve meg i jobb to dager i uka"),
                                          QStringLiteral("Å ha noe å stå opp til."),
                                          QStringLiteral("arbeid_utdanning"));
    ++written;
    for (const auto &step : {QStringLiteral("Møte IPS-jobbspesialisten"), QStringLiteral("Lage en enkel CV")}) {
        goals.addStep(work, step);
        ++written;
    }
    const int workRatings[] = {5, 6, 5};
    for (int i = 0; i < 3; ++i) {
        goals.checkInAt(work, workRatings[i], {}, now.addDays(-5 * (2 - i)));
        ++written;
    }

    const QString friends = goals.createGoal(QStringLiteral("Gå på Kafé 103 en gang i uka"),
                                             QStringLiteral("Treffe folk uten at det må handle om rus."),
                                             QStringLiteral("relasjoner_nettverk"));
    ++written;
    goals.setGoalStatus(friends, QStringLiteral("paused"));
    ++written;

    goals.addReflection(QStringLiteral("Det var godt å si høyt hva som er viktig for meg. Tar én ting om gangen."),
                        home);
    goals.addReflection(QStringLiteral("Dårlig dag, men jeg gikk en tur likevel."));
    written += 2;
    return written;
}

} // namespace medvandrer
