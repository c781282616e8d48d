// What the edit and create dialogs send: only what really changed, as the spec wants it.
#include "TokenRequests.h"

#include <QTest>

class TestTokenRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void descriptionChangesOnlyWhenEdited_data();
    void descriptionChangesOnlyWhenEdited();
    void permissionsCompareAsSets();
    void rebaseKeepsWhatTheServerChanged();
};

void TestTokenRequests::descriptionChangesOnlyWhenEdited_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QString>("sent");
    QTest::newRow("untouched") << "Grafana"
                               << "Grafana" << false << "";
    QTest::newRow("untouched, outer spaces") << "  Grafana "
                                             << "  Grafana " << false << "";
    QTest::newRow("untouched, empty") << ""
                                      << "" << false << "";
    QTest::newRow("renamed") << "Grafana"
                             << "Grafana EU" << true << "Grafana EU";
    QTest::newRow("renamed, sent trimmed") << "Grafana"
                                           << " Grafana EU  " << true << "Grafana EU";
    QTest::newRow("only a space typed") << "Grafana"
                                        << "Grafana " << false << "";
    QTest::newRow("spaces on an empty one") << ""
                                            << "   " << false << "";
    QTest::newRow("outer spaces removed") << "  Grafana "
                                          << "Grafana" << true << "Grafana";
    QTest::newRow("cleared") << "Grafana"
                             << "" << true << "";
}

void TestTokenRequests::descriptionChangesOnlyWhenEdited() {
    QFETCH(QString, server);
    QFETCH(QString, typed);
    QFETCH(bool, changes);
    QFETCH(QString, sent);
    Token before;
    before.description = server;
    before.permissions = {{QStringLiteral("read"), QStringLiteral("db")}};
    const TokenChanges result = changesBetween(before, typed, before.permissions);
    QCOMPARE(bool(result.description), changes);
    if (changes)
        QCOMPARE(*result.description, sent);
    QVERIFY(!result.permissions);
}

void TestTokenRequests::permissionsCompareAsSets() {
    Token before;
    before.description = QStringLiteral("x");
    const Permission readA{QStringLiteral("read"), QStringLiteral("a")};
    const Permission writeB{QStringLiteral("write"), QStringLiteral("b")};
    before.permissions = {readA, writeB};
    QVERIFY(changesBetween(before, before.description, {writeB, readA}).isEmpty());
    const TokenChanges fewer = changesBetween(before, before.description, {readA});
    QVERIFY(fewer.permissions && !fewer.description);
    QCOMPARE(*fewer.permissions, QList<Permission>{readA});
}

void TestTokenRequests::rebaseKeepsWhatTheServerChanged() {
    const Permission readA{QStringLiteral("read"), QStringLiteral("a")};
    const Permission writeA{QStringLiteral("write"), QStringLiteral("a")};
    const Permission readB{QStringLiteral("read"), QStringLiteral("b")};
    const Permission readC{QStringLiteral("read"), QStringLiteral("c")};
    // The user added read on b and removed write on a; the server meanwhile added read on c.
    const QList<Permission> base{readA, writeA};
    const QList<Permission> edited{readA, readB};
    const QList<Permission> current{readA, writeA, readC};
    QCOMPARE(rebasePermissions(base, edited, current), (QList<Permission>{readA, readC, readB}));
    // Nothing edited: the server's version as it is.
    QCOMPARE(rebasePermissions(base, base, current), current);
    // The server removed what the user kept: it stays removed; what both added, once.
    QCOMPARE(rebasePermissions(base, {readA, writeA, readB}, {readA, readB}),
             (QList<Permission>{readA, readB}));
}

QTEST_GUILESS_MAIN(TestTokenRequests)
#include "tst_TokenRequests.moc"
