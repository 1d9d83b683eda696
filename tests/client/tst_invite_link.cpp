#include "team/invite_link.h"
#include "team/qr_image_provider.h"

#include <QTest>

using namespace medvandrer;

// What an invite's QR code holds, and what the app takes from a scanned or pasted link.
class TestInviteLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("server");
        QTest::newRow("with server") << "K7PMX-R3QTD" << "wss://medvandrer.kommune.no/sync?x=1&y=2";
        QTest::newRow("loopback") << "ABCDE-12345" << "ws://127.0.0.1:8080/sync";
        QTest::newRow("no server") << "ABCDE-12345" << "";
    }
    void roundTrip()
    {
        QFETCH(QString, code);
        QFETCH(QString, server);
        const QString link = InviteLink{code, server}.toString();
        QVERIFY2(link.startsWith(QLatin1String("medvandrer://invite?code=")), qPrintable(link));
        const auto back = InviteLink::parse(link);
        QVERIFY(back);
        QCOMPARE(back->code, code);
        QCOMPARE(back->server, server);
        // The QR code of the link can be made (the page shows it).
        QVERIFY(!QrImageProvider::encode(link).isNull());
    }
    void bareCodesAndRefusals()
    {
        QCOMPARE(InviteLink::parse(QStringLiteral("  K7PMX-R3QTD ")).value().code, QStringLiteral("K7PMX-R3QTD"));
        QVERIFY(!InviteLink::parse(QStringLiteral("medvandrer://goal?code=X")));
        QVERIFY(!InviteLink::parse(QStringLiteral("medvandrer://invite?server=ws://x")));
        QVERIFY(!InviteLink::parse(QStringLiteral("https://example.org/?code=ABC")));
        QVERIFY(!InviteLink::parse(QStringLiteral("DROP TABLE;")));
        QVERIFY(!InviteLink::parse(QString(65, QLatin1Char('A'))));
        QVERIFY(!InviteLink::parse({}));
    }
};

QTEST_MAIN(TestInviteLink)
#include "tst_invite_link.moc"
