#include "ManagementApi.h"
#include "SandboxServer.h"
#include "TokenExport.h"
#include "TokenFilterModel.h"
#include "TokenTableModel.h"
#include "Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QDateTime Now = QDateTime::currentDateTimeUtc();

// Descriptions any admin can set, and that a careless CSV or a spreadsheet gets wrong.
const QStringList HardDescriptions{
    QStringLiteral("plain"),
    QStringLiteral("with, commas, inside"),
    QStringLiteral("with \"quotes\" and a trailing quote\""),
    QStringLiteral("two\nlines\r\nand CRLF"),
    QStringLiteral("Grüße, 東京, emoji 🔑, RTL \u202Eabc"),
    QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"),
    QStringLiteral("+1+1"),
    QStringLiteral("-2+3"),
    QStringLiteral("@SUM(A1:A2)"),
    QStringLiteral("\tstarts with a tab"),
    QStringLiteral("\rstarts with CR"),
    QString(),
};

// What Python's csv module reads from `path`: every record, as JSON.
QJsonArray readWithPython(const QString &path) {
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    json.dump(list(csv.reader(f, strict=True)), sys.stdout)\n"),
                  path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

// The cell as an export guards it: a leading apostrophe before a formula start.
QString guarded(const QString &text) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text
                                                                   : text;
}

} // namespace

// The view export: exactly the rows shown, read back by Python's csv module and compared
// field by field with the API's own JSON.
class TestTokenExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvReadsBackAsTheApiSent();
    void jsonIsTheApisTokenObjects();
    void exportsOnlyTheRowsShownInTheirOrder();
    void unwritableFileSaysWhyAndKeepsTheOldOne();

private:
    QJsonArray apiList();
    void loadModel();

    QNetworkAccessManager m_network;
    std::optional<SandboxServer> m_sandbox;
    TokenTableModel m_model;
    TokenFilterModel m_view;
    QTemporaryDir m_dir;
};

void TestTokenExport::initTestCase() {
    installTranslations(QLocale(QLocale::English));
    m_sandbox.emplace();
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    QList<Token> tokens;
    for (int i = 0; i < HardDescriptions.size(); ++i) {
        Token token;
        token.id =
            QStringLiteral("%1-0000-4000-8000-000000000000").arg(i + 10, 8, 10, QLatin1Char('0'));
        token.description = HardDescriptions.at(i);
        token.createdAt = Now.addDays(-i - 1);
        token.accountId = m_sandbox->accountId();
        token.clusterId = m_sandbox->clusterId();
        if (i % 3 == 0)
            token.expiresAt = Now.addDays(i + 1);
        if (i % 4 == 1)
            token.revokedAt = Now.addDays(-1);
        if (i % 5 != 4)
            token.permissions = {{QStringLiteral("read"), QStringLiteral("db%1").arg(i)},
                                 {QStringLiteral("write"),
                                  i % 2 ? QStringLiteral("*") : QStringLiteral("db%1").arg(i)}};
        tokens.append(token);
    }
    m_sandbox->setTokens(tokens);
    m_view.setSourceModel(&m_model);
    m_view.setShowInactive(true);
    loadModel();
    QVERIFY(m_dir.isValid());
}

QJsonArray TestTokenExport::apiList() {
    // Straight from the wire, without Token Admin's decoder.
    QNetworkRequest request(QUrl(m_sandbox->apiUrl().toString() +
                                 QStringLiteral("/accounts/%1/clusters/%2/tokens")
                                     .arg(m_sandbox->accountId(), m_sandbox->clusterId())));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->managementToken().toUtf8());
    QNetworkReply *reply = m_network.get(request);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    }();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

void TestTokenExport::loadModel() {
    ManagementApi api(&m_network, m_sandbox->endpoint());
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    m_model.setTokens(std::move(result->value.tokens));
}

void TestTokenExport::csvReadsBackAsTheApiSent() {
    m_view.setFilterText({});
    m_view.sort(TokenTableModel::IdColumn);
    const QString path = m_dir.filePath(QStringLiteral("tokens.csv"));
    QString error;
    QVERIFY2(
        TokenExport::save(path, TokenExport::Format::Csv, TokenExport::rowsShown(m_view), &error),
        qPrintable(error));
    const QJsonArray records = readWithPython(path);
    const QJsonArray api = apiList();
    QCOMPARE(records.size(), api.size() + 1);
    QCOMPARE(records.at(0).toArray().toVariantList(),
             QVariantList({"id", "description", "status", "createdAt", "expiresAt", "revokedAt",
                           "permissions", "flags"}));
    for (qsizetype i = 0; i < api.size(); ++i) {
        const QJsonObject token = api.at(i).toObject(); // the sandbox lists by ID, as sorted
        const QJsonArray record = records.at(i + 1).toArray();
        QCOMPARE(record.size(), 8);
        QCOMPARE(record.at(0).toString(), token.value(QStringLiteral("id")).toString());
        QCOMPARE(record.at(1).toString(),
                 guarded(token.value(QStringLiteral("description")).toString()));
        auto sameTime = [](const QString &exported, const QJsonValue &sent) {
            if (sent.isUndefined() || sent.isNull())
                return exported.isEmpty();
            return exported.endsWith(QLatin1Char('Z')) &&
                   QDateTime::fromString(exported, Qt::ISODateWithMs) ==
                       QDateTime::fromString(sent.toString(), Qt::ISODateWithMs);
        };
        QVERIFY(sameTime(record.at(3).toString(), token.value(QStringLiteral("createdAt"))));
        QVERIFY(sameTime(record.at(4).toString(), token.value(QStringLiteral("expiresAt"))));
        QVERIFY(sameTime(record.at(5).toString(), token.value(QStringLiteral("revokedAt"))));
        QStringList permissions;
        for (const QJsonValue &permission : token.value(QStringLiteral("permissions")).toArray())
            permissions.append(permission[QStringLiteral("resource")].toString() + ':' +
                               permission[QStringLiteral("action")].toString());
        QCOMPARE(record.at(6).toString(), permissions.join(';'));
        const bool revoked = token.contains(QStringLiteral("revokedAt"));
        QCOMPARE(record.at(2).toString() == QStringLiteral("Revoked"), revoked);
        QCOMPARE(record.at(7).toString().contains(QStringLiteral("Never expires")),
                 !token.contains(QStringLiteral("expiresAt")));
        QCOMPARE(record.at(7).toString().contains(QStringLiteral("All databases")),
                 permissions.join(';').contains(QStringLiteral("*:")));
    }
    // No cell a spreadsheet would run.
    for (const QJsonValue &record : records) {
        for (const QJsonValue &cell : record.toArray()) {
            const QString text = cell.toString();
            QVERIFY2(text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()),
                     qPrintable(text));
        }
    }
}

void TestTokenExport::jsonIsTheApisTokenObjects() {
    m_view.setFilterText({});
    m_view.sort(TokenTableModel::IdColumn);
    const QString path = m_dir.filePath(QStringLiteral("tokens.json"));
    QString error;
    QVERIFY2(
        TokenExport::save(path, TokenExport::Format::Json, TokenExport::rowsShown(m_view), &error),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(file.readAll()).array();
    const QJsonArray api = apiList();
    QCOMPARE(exported.size(), api.size());
    for (qsizetype i = 0; i < api.size(); ++i) {
        QJsonObject sent = api.at(i).toObject();
        QJsonObject mine = exported.at(i).toObject();
        for (const QString &time : {QStringLiteral("createdAt"), QStringLiteral("expiresAt"),
                                    QStringLiteral("revokedAt")}) {
            QCOMPARE(QDateTime::fromString(mine.take(time).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(sent.take(time).toString(), Qt::ISODateWithMs));
        }
        QCOMPARE(mine, sent);
        QVERIFY(!mine.contains(QStringLiteral("accessToken")));
    }
}

void TestTokenExport::exportsOnlyTheRowsShownInTheirOrder() {
    m_view.setShowInactive(false);
    m_view.setFilterText(QStringLiteral("e")); // a search, and a sort by description, reversed
    m_view.sort(TokenTableModel::DescriptionColumn, Qt::DescendingOrder);
    QStringList shown;
    for (int row = 0; row < m_view.rowCount(); ++row)
        shown.append(m_view.index(row, 0).data(TokenTableModel::TokenIdRole).toString());
    QVERIFY(shown.size() > 1);
    QVERIFY(shown.size() < HardDescriptions.size());
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    QVERIFY(
        TokenExport::save(path, TokenExport::Format::Csv, TokenExport::rowsShown(m_view), nullptr));
    const QJsonArray records = readWithPython(path);
    QStringList exported;
    for (qsizetype i = 1; i < records.size(); ++i)
        exported.append(records.at(i).toArray().at(0).toString());
    QCOMPARE(exported, shown);
    m_view.setShowInactive(true);
}

void TestTokenExport::unwritableFileSaysWhyAndKeepsTheOldOne() {
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    // A folder that is a file: no user, root included, can write under it. The message names
    // the file and the reason; the old export is untouched.
    QString error;
    QVERIFY(!TokenExport::save(path + QStringLiteral("/x.csv"), TokenExport::Format::Csv,
                               TokenExport::rowsShown(m_view), &error));
    QVERIFY2(error.contains(QStringLiteral("kept.csv/x.csv")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral(": ")), qPrintable(error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old contents\n"));
}

QTEST_MAIN(TestTokenExport)
#include "tst_TokenExport.moc"
