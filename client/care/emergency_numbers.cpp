#include "care/emergency_numbers.h"

#include <QCoreApplication>

namespace medvandrer {

// Checked 2026-12-01 against helsenorge.no («Nødnumre»: 113 medisinsk nødhjelp, 116 117 legevakt) and
// mentalhelse.no (Hjelpetelefonen 116 123, open day and night). Re-check them, and this date, at least yearly.
QString emergencyNumbersCheckedOn()
{
    return QStringLiteral("2026-12-01");
}

std::vector<EmergencyNumber> emergencyNumbers()
{
    return {
        {QStringLiteral("113"), QStringLiteral("113"), QCoreApplication::translate("EmergencyNumbers", "Medical emergency"),
         QCoreApplication::translate("EmergencyNumbers", "When life may be in danger: call at once."), QStringLiteral("helsenorge.no")},
        {QStringLiteral("116 117"), QStringLiteral("116117"), QCoreApplication::translate("EmergencyNumbers", "Legevakt (out-of-hours doctor)"),
         QCoreApplication::translate("EmergencyNumbers", "When you need a doctor now and cannot wait for your own."), QStringLiteral("helsenorge.no")},
        {QStringLiteral("116 123"), QStringLiteral("116123"), QCoreApplication::translate("EmergencyNumbers", "Mental Helse helpline"),
         QCoreApplication::translate("EmergencyNumbers", "Someone to talk to, day and night. You can be anonymous."), QStringLiteral("mentalhelse.no")},
    };
}

QString telUrl(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits += c;
    }
    if (digits.isEmpty() || digits == QLatin1String("+"))
        return {};
    return QStringLiteral("tel:") + digits;
}

} // namespace medvandrer
