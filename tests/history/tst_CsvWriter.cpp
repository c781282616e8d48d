#include "CsvWriter.h"

#include <QBuffer>
#include <QTest>

class tst_CsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void rowsEndInCrLfInUtf8();
};

void tst_CsvWriter::field_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "Grafana"
                           << "Grafana";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << "+1"
                               << "'+1";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "\"'\rx\"";
    QTest::newRow("equals inside") << "a=b"
                                   << "a=b";
    QTest::newRow("unicode") << "Zürich ✓"
                             << "Zürich ✓";
}

void tst_CsvWriter::field() {
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(cell), written);
}

void tst_CsvWriter::rowsEndInCrLfInUtf8() {
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("when"), QStringLiteral("description")}));
    QVERIFY(writer.writeRow({QStringLiteral("2026"), QStringLiteral("Zürich, \"main\"")}));
    QCOMPARE(buffer.data(),
             QByteArray("when,description\r\n2026,\"Z\xc3\xbcrich, \"\"main\"\"\"\r\n"));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
