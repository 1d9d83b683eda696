#include "care/care_demo.h"

#include "care/care_manager.h"

namespace medvandrer {

namespace {
QVariantMap person(const QString &name, const QString &phone)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone}};
}
} // namespace

int seedCareDemo(CareManager &care)
{
    int written = 0;
    if (!care.plan().value(QStringLiteral("exists")).toBool()) {
        // Demo text stays Norwegian, as Kari would write it, whatever the app's language.
        care.savePlan({
            {QStringLiteral("signs"), QStringLiteral("Jeg sover dårlig, slutter å svare på meldinger og blir sittende inne.")},
            {QStringLiteral("selfHelp"), QStringLiteral("Gå en tur rundt vannet. Dusje og lage te. Høre på podkasten min.")},
            {QStringLiteral("distractions"), QStringLiteral("Kafe X på tirsdager. Biblioteket. Sitte hos Anne uten å måtte prate.")},
            {QStringLiteral("contacts"), QVariantList{person(QStringLiteral("Anne (søster)"), QStringLiteral("+47 900 11 222")),
                                                      person(QStringLiteral("Per"), QStringLiteral("412 34 567"))}},
            {QStringLiteral("professional"), QStringLiteral("Fastlegen min på Torget legesenter. Jonas, erfaringskonsulent.")},
            {QStringLiteral("professionalContacts"), QVariantList{person(QStringLiteral("Torget legesenter"), QStringLiteral("22 00 00 00"))}},
            {QStringLiteral("safety"), QStringLiteral("Anne tar vare på medisinene når det er tungt.")},
            {QStringLiteral("meetMe"), QStringLiteral("Rolig stemme, ikke mange spørsmål på en gang. Gjerne gå en tur mens vi prater.")},
            {QStringLiteral("after"), QStringLiteral("Snakke med Jonas om hva som skjedde. En rolig uke uten avtaler.")},
        });
        ++written;
    }
    if (!care.aboutMe().value(QStringLiteral("exists")).toBool()) {
        care.saveAboutMe({
            {QStringLiteral("calledName"), QStringLiteral("Kari")},
            {QStringLiteral("matters"), QStringLiteral("Sønnen min, Ola. Å ha en egen leilighet. Å komme tilbake i jobb.")},
            {QStringLiteral("helps"), QStringLiteral("Å vite hva som skal skje. Korte møter, og å få ting skriftlig.")},
            {QStringLiteral("avoid"), QStringLiteral("Barndommen min, med mindre jeg tar det opp selv.")},
            {QStringLiteral("meetMe"), QStringLiteral("Som en voksen som vet hva hun trenger.")},
            {QStringLiteral("people"), QStringLiteral("Anne, søsteren min. Det er greit å ringe henne.")},
            {QStringLiteral("language"), QStringLiteral("Norsk")},
            {QStringLiteral("practical"), QStringLiteral("Jeg leser best på papir. Hører dårlig på venstre øre.")},
        });
        ++written;
    }
    return written;
}

} // namespace medvandrer
